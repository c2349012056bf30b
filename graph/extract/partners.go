package extract

// Mechanisms of session 12 for the partners of a meeting in en fr it es de.

// nounHeaded tells whether every trigger of the group is headed by a
// meeting noun: a noun trigger, or a phrase trigger of the verb class
// that opens with one ("colloquio con", "incontro con", "Treffen mit",
// "entretien avec"), which names a meeting without telling who had it.
func (d *doc) nounHeaded(g *group, hs []hit) bool {
	for _, t := range g.trigs {
		if t.p.kind == pMeetNoun {
			continue
		}
		noun := false
		for _, h := range hs {
			if h.p.kind == pMeetNoun && h.tok0 == t.tok0 {
				noun = true
				break
			}
		}
		if !noun {
			return false
		}
	}
	return true
}

// borrowedOwner is the one a meeting takes from outside its sentence
// when the sentence names no one of its own before it: subject when the
// sentence names subject, else ownerlessPlanned's choice ("Menfi pidió
// apoyo. Una reunión con Dbeibah, prevista por la tarde, fue cancelada"
// is not Menfi's).
func (d *doc) borrowedOwner(si int, g *group, hs []hit, lo, hi int, subject string) string {
	s := d.sents[si]
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if m.actor == subject {
			return subject
		}
	}
	return d.ownerlessPlanned(g, hs, lo, hi, subject)
}

// speechToTrigger tells whether speech hit h is a verb whose infinitive
// complement is one of the triggers ("went on to see Menfi", "went on
// to hold talks with Sarraj"): it reports nothing, and the name after it
// is the partner, not a speaker.
func (d *doc) speechToTrigger(h hit, hs, trigs []hit) bool {
	for _, t := range trigs {
		if t.tok0 != h.tok1+1 {
			continue
		}
		for _, o := range hs {
			if o.p.kind == pUrgeInf && o.tok0 == h.tok1 && o.tok1 == t.tok0 {
				return true
			}
		}
	}
	return false
}
