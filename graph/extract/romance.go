package extract

import "sort"

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

// talkAsCall gives a "talk" trigger ("a parlé avec", "ha parlato con",
// "conversaron", "había hablado con") the mode its context sets. Talking
// says nothing of where: it is a call when a telephone or video cue
// stands before it in its sentence ("Moscou a décroché le téléphone :
// Lavrov a longuement parlé avec Çavuşoğlu", "fue el turno del teléfono:
// Putin y Erdogan conversaron") or in the sentence before, in the same
// paragraph ("hablará por teléfono con Trump. Ya el martes había
// conversado con Putin"); else it is a meeting, like the meet trigger it
// is listed as.
func (d *doc) talkAsCall(si int, h hit, hs []hit) hit {
	if h.p.name != "talk" || d.inQuote[h.tok0] {
		return h
	}
	cue := func(o hit, hs []hit) bool {
		return (o.p.kind == pCall || o.p.kind == pVideo) && !d.inQuote[o.tok0] && !ignored(o, hs)
	}
	kind := 0
	for _, o := range hs {
		if o.tok1 <= h.tok0 && cue(o, hs) {
			kind = o.p.kind
		}
	}
	if kind == 0 && si > 0 && d.sents[si-1].para == d.sents[si].para {
		prev := d.sentHits(si - 1)
		for _, o := range prev {
			if cue(o, prev) {
				kind = o.p.kind
			}
		}
	}
	if kind == 0 {
		return h
	}
	p := *h.p
	p.kind = kind
	h.p = &p
	return h
}

// talkSpeech tells whether speech verb h is the verb of a "talk" trigger
// that shares its words ("a parlé" in "Lavrov a parlé avec Çavuşoğlu",
// "habló" in "habló con Borrell"): talking with someone reports no words,
// and the name after the verb is the partner, not a speaker to leave out.
func (d *doc) talkSpeech(h hit) bool {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-6 })
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok1; k++ {
		if x := d.hits[k]; x.p.name == "talk" && x.tok1 > h.tok0 {
			return true
		}
	}
	return false
}
