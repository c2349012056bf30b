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

// conjunctOfPlace tells whether the name starting at token i is the
// second conjunct of a place or destination right before it ("to Ankara
// and Moscow", "in Tripoli and Benghazi", "junto a Abu Dabi y Moscú"):
// the preposition governs both names, so a state or organisation so named
// is a place too, no actor. loc and dir are the first conjunct's (but a
// visit's destinations are each its host: "a visit to Tunisia and
// Algeria").
func (d *doc) conjunctOfPlace(i int) (loc, dir bool) {
	if i < 2 || d.toks[i].punct != "" || d.toks[i-1].punct != "" || !d.hitStartsWithKind(i-1, pAnd) {
		return false, false
	}
	for k := len(d.mentions) - 1; k >= 0 && d.mentions[k].tok1 >= i-1; k-- {
		if m := d.mentions[k]; m.tok1 == i-1 && m.kind != graph.KindPerson {
			return m.loc, m.dir && !d.visitDestination(m.tok0)
		}
	}
	for k := len(d.placeMs) - 1; k >= 0 && d.placeMs[k].tok1 >= i-1; k-- {
		if p := d.placeMs[k]; p.tok1 == i-1 {
			return p.loc, p.dir && !d.visitDestination(p.tok0)
		}
	}
	return false, false
}

// visitDestination tells whether the name at token k is the destination
// of a visit trigger right before it ("visited Tunisia", "a visit to
// Tunisia"): the countries of a tour stay its hosts, each of them.
func (d *doc) visitDestination(k int) bool {
	for j := k; j >= k-1 && j > 0; j-- {
		for _, h := range d.hitsEndingAt(j) {
			if h.p.kind == pVisit {
				return true
			}
		}
	}
	return false
}

// datelineActor tells whether a state or organisation mention is the
// city of the report's dateline ("أثينا - وصل …", "ANKARA — …", "قاہرہ
// — …"): where the report was filed, never a party to what it tells.
func (d *doc) datelineActor(m mention) bool {
	if d.dateline == "" || m.kind == graph.KindPerson || m.tok0 != d.sents[d.datelineSent].tok0 {
		return false
	}
	return slices.ContainsFunc(d.placeMs, func(p placeMention) bool { return p.tok0 == m.tok0 && p.place == d.dateline })
}

// capitalApposition marks the city named right after a capital phrase
// that ends at token hi, in apposition to it ("إلى العاصمة اليونانية
// أثينا", "to the Greek capital Athens"): it is the place or destination
// the phrase is, so the state the city stands for as a metonym is no
// actor there.
func (d *doc) capitalApposition(hi int, loc, dir bool) {
	if !loc && !dir || hi >= len(d.toks) || d.toks[hi].punct != "" && d.toks[hi].punct != " " {
		return
	}
	for k := range d.mentions {
		if m := &d.mentions[k]; m.tok0 == hi && m.kind != graph.KindPerson && !m.loc && !m.dir && d.toks[m.tok0].sent == d.toks[hi-1].sent {
			m.loc, m.dir = loc, dir
		}
	}
}
