package extract

// placePrepAcross tells whether the name starting at token i is governed
// by a locative or direction preposition across one lower-case word of a
// cased script, an article or an adjective of region that
// locative_modifiers lists ("in central Libya", "at the Carthage Palace",
// "в соседней Ливии"): as right after the preposition,
// a state or organisation so named is where something is or goes, no
// actor of the clause.
func (d *doc) placePrepAcross(i int) bool {
	if i < 2 || d.toks[i].punct != "" || d.toks[i-1].punct != "" || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	if t := &d.toks[i-1]; t.upper || !closed().locMod[d.lang][t.norm] {
		return false
	}
	for _, h := range d.hitsEndingAt(i - 1) {
		if h.p.kind == pLocative || h.p.kind == pDirection {
			return true
		}
	}
	return false
}
