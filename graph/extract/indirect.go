package extract

import (
	"sort"

	"github.com/parley/parley/graph"
)

// indirectSides finds the two sides of indirect talks: a group whose
// trigger is qualified by an `indirect` phrase ("indirect talks",
// "pourparlers indirects", "непрямые переговоры", "بالواسطہ مذاکرات",
// "through intermediaries") tells talks in which the sides never sat
// together. The sides are the first two actors of the group named after a `between`
// word ("between Sarraj and Haftar"; the last two before it in tr and ur, whose
// "arasında", "کے درمیان" follow), else the group's only two actors. It
// returns nil when the group has no such phrase or the sides cannot be
// told. The phrase must overlap the group's main trigger or follow it
// within six words with no punctuation between ("held talks indirectly",
// "talked through intermediaries"): a clause whose verb tells another
// meeting ("after the indirect talks in Moscow, X met Y") is not
// qualified by it.
func (d *doc) indirectSides(g *group, main hit, parts []string) []string {
	found := false
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= g.lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < g.hi && !found; i++ {
		h := d.hits[i]
		if h.p.kind != pIndirect || d.inQuote[h.tok0] {
			continue
		}
		t := main
		found = t.tok0 < h.tok1 && h.tok0 < t.tok1 || h.tok0 >= t.tok1 && h.tok0 <= t.tok1+6 && !d.punctIn(t.tok1, h.tok0, ",;:.()«»\"")
	}
	if !found {
		return nil
	}
	in := func(a string) bool { return contains(parts, a) }
	for k := g.lo; k < g.hi; k++ {
		if !d.hitStartsWithKind(k, pBetween) || d.insideMention(k, k+1) {
			continue
		}
		var sides []string
		add := func(m mention) {
			if !m.loc && !m.dir && in(m.actor) && !contains(sides, m.actor) && len(sides) < 2 {
				sides = append(sides, m.actor)
			}
		}
		if d.lang == "tr" || d.lang == "ur" {
			for j := len(g.mentions) - 1; j >= 0; j-- {
				if m := g.mentions[j]; m.tok1 <= k {
					add(m)
				}
			}
		} else {
			for _, m := range g.mentions {
				if m.tok0 > k {
					add(m)
				}
			}
		}
		if len(sides) == 2 {
			return sides
		}
	}
	if len(parts) == 2 {
		return parts
	}
	return nil
}

// indirectTalks records the sides of indirect talks as a pair that did
// not meet and tells whether the group's event is kept: always, but for
// indirect talks only when a person besides the sides takes part (a
// mediator, whom mediatedApart then has meet each side on its own); a
// country in a place phrase ("in the Russian capital") is none.
func (d *doc) indirectTalks(g *group, main hit, parts []string) (keep bool) {
	sides := d.indirectSides(g, main, parts)
	if sides == nil {
		return true
	}
	d.negPairs[pairKey(sides[0], sides[1])] = true
	for _, m := range g.mentions {
		if m.kind == graph.KindPerson && !m.loc && !m.dir && contains(parts, m.actor) && !contains(sides, m.actor) {
			return true
		}
	}
	return false
}
