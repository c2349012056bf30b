package extract

// Mechanisms of session 11 for French, Italian and Spanish.

// romanceSubjectless tells whether sentence si of a French, Italian or
// Spanish article names no actor before its first event trigger, while it
// names one after it: "In mattinata ha incontrato Çavuşoğlu", "Il a été
// reçu par Mohamed al-Menfi", "El 19 de enero conversó con Haftar", "Nel
// pomeriggio era previsto un colloquio con Erdogan". Italian and Spanish
// drop the subject pronoun and French puts a bare "il" or "elle" in its
// place, so everyone the sentence names is an object, an agent or a
// partner after a preposition; the subject is still the one the sentence
// before was about, and a pronoun in the next sentence means that one,
// not the partner.
func (d *doc) romanceSubjectless(si int, ms []mention) bool {
	if d.lang != "fr" && d.lang != "it" && d.lang != "es" {
		return false
	}
	s := d.sents[si]
	// (a trigger that points back at an event told before is no verb of
	// the sentence: "Se trata de la visita …", "cette visite est …")
	first := -1
	hs := d.sentHits(si)
	for _, h := range hs {
		if isTrigger(h.p.kind) && !d.inQuote[h.tok0] && !told(h, hs) {
			first = h.tok0
			break
		}
	}
	if first < 0 {
		return false
	}
	after := false
	for _, m := range ms {
		if d.inQuote[m.tok0] || m.loc || m.dir {
			continue
		}
		if m.tok0 < first {
			return false
		}
		after = true
	}
	return after && first > s.tok0
}
