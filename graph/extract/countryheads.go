package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// countryHeads is who met when a meeting names two countries and no one
// else ("Российско-турецкие консультации прошли в Анкаре", "Russian-Turkish
// consultations were held in Ankara") and the sentence right after it
// tells who led the delegations and nothing else ("Российскую делегацию
// возглавлял X, турецкую — Y", "The Russian delegation was led by X, the
// Turkish one by Y"; a `led_by` phrase or a words.yaml `led_verbs` verb, no event of its own, none of its
// people named in the meeting's sentence): each country gives way to the
// leaders of it named there; a country with no leader named stays
// (session 21, russian). Parts unchanged otherwise.
func (d *doc) countryHeads(parts []string, si int) []string {
	if len(parts) != 2 {
		return parts
	}
	lx := d.x.lx
	for _, p := range parts {
		i, ok := lx.actorIdx[p]
		if !ok || lx.actors[i].Kind != graph.KindCountry {
			return parts
		}
	}
	ls := d.leadersNext(si, true)
	if len(ls) == 0 {
		return parts
	}
	var out []string
	for _, c := range parts {
		var of []string
		for _, l := range ls {
			if d.actorCountry(l) == c {
				of = append(of, l)
			}
		}
		if len(of) == 0 {
			of = []string{c}
		}
		out = append(out, of...)
	}
	// (a leader of a third country: not these talks' delegations)
	for _, l := range ls {
		if !slices.Contains(out, l) {
			return parts
		}
	}
	return out
}

// eachDelegation is who the delegations are when the object of separate
// talks names delegations or sides ("поочередно встречались с каждой из
// делегаций", "met each of the delegations in turn"; an `each_object` or
// pair phrase at token them with a words.yaml `side_heads` noun in it):
// the two parties the four sentences before set up, each a `led_by`
// phrase's people ("делегация во главе с X и Y") or a `companion`
// sentence's people, its leader with those who travel with him
// ("Хафтара сопровождал Z"), when there are exactly two, none shared and
// none of the clause's own subjects (session 21, russian). Nil otherwise.
func (d *doc) eachDelegation(hs []hit, them, hi, si int, subjects map[string]bool) [][]string {
	heads := closed().sideHead[d.lang]
	named := false
	for _, h := range hs {
		if h.tok0 != them || h.p.kind != pThem {
			continue
		}
		for k := h.tok0; k < h.tok1 && k < len(d.toks); k++ {
			named = named || heads[d.toks[k].norm] || heads[d.toks[k].key]
		}
	}
	if !named {
		return nil
	}
	var groups [][]string
	owner := map[string]bool{}
	for k := max(0, si-4); k < si; k++ {
		s := d.sents[k]
		var grp []string
		if d.ledCount(s.tok0, s.tok1) == 1 {
			grp = d.ledPeople(s.tok0, s.tok1)
		} else if d.kindBetween(s.tok0, s.tok1, pCompanion) {
			for _, m := range d.actorMentions(s.tok0, s.tok1) {
				if m.kind == graph.KindPerson && !d.inQuote[m.tok0] && !slices.Contains(grp, m.actor) {
					grp = append(grp, m.actor)
				}
			}
		}
		if len(grp) == 0 {
			continue
		}
		for _, p := range grp {
			if owner[p] || subjects[p] {
				return nil
			}
			owner[p] = true
		}
		groups = append(groups, grp)
	}
	if len(groups) != 2 {
		return nil
	}
	return groups
}
