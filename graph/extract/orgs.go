package extract

import (
	"slices"
	"sort"

	"github.com/parley/parley/graph"
)

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

// pairedDemonyms adds the two states of a hyphened pair of demonyms
// right before a meeting noun (right after it in fr it es), outside quotes ("российско-турецких
// консультаций", "Russian-Turkish talks", "russisch-türkische
// Gespräche", "colloqui russo-turchi", "Rus-Türk görüşmeleri"): the
// talks are between the two states' delegations, so each state is a
// party, as a named delegation is.
func (d *doc) pairedDemonyms() {
	added := false
	for _, a := range d.hits {
		if a.p.kind != pDemonym || d.inQuote[a.tok0] || a.tok1 >= len(d.toks) || !d.toks[a.tok1].hyph {
			continue
		}
		for _, b := range d.hitsStartingAt(a.tok1) {
			if b.p.kind != pDemonym || b.p.role == a.p.role {
				continue
			}
			// (before the noun, or right after it where adjectives follow
			// their noun: "les consultations russo-turques", "i colloqui
			// russo-turchi")
			before := b.tok1 < len(d.toks) && d.toks[b.tok1].punct == "" && slices.ContainsFunc(d.hitsStartingAt(b.tok1), func(h hit) bool { return h.p.kind == pMeetNoun })
			after := latinRomance[d.lang] && d.toks[a.tok0].punct == "" && slices.ContainsFunc(d.hitsEndingAt(a.tok0), func(h hit) bool { return h.p.kind == pMeetNoun })
			if !before && !after {
				continue
			}
			for _, x := range []hit{a, b} {
				if d.mentionStarts(x.tok0, x.tok1) {
					continue
				}
				d.mentions = append(d.mentions, mention{tok0: x.tok0, tok1: x.tok1, start: d.toks[x.tok0].start, end: d.toks[x.tok1-1].end, actor: x.p.role, kind: graph.KindCountry, name: nameDemonymPair})
				added = true
			}
		}
	}
	if added {
		sort.SliceStable(d.mentions, func(i, j int) bool { return d.mentions[i].tok0 < d.mentions[j].tok0 })
	}
}
