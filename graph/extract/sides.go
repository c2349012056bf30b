package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// sidePhrase is the pair phrase groupHits makes for a pair word with a
// head noun of sides, camps, chambers or delegations (words.yaml
// `side_heads`): "both sides", "beider Seiten", "les deux camps".
var sidePhrase = &phrase{kind: pSides, name: "both_sides"}

// sideGroup is the span of the pair phrase of sides whose pair word
// ("both", "beider", "les deux", "دونوں") stands at token i of sentence
// si: with a `side_heads` noun right after it, one word after it, or right
// before it. hi is -1 when none is there.
func (d *doc) sideGroup(i, si int) (lo, hi int, p *phrase) {
	heads := closed().sideHead[d.lang]
	isSide := func(k int) bool {
		if k < 0 || k >= len(d.toks) || d.toks[k].sent != si {
			return false
		}
		return heads[d.toks[k].norm] || heads[d.toks[k].key]
	}
	switch {
	case isSide(i + 1):
		return i, i + 2, sidePhrase
	case isSide(i+2) && !d.punctIn(i+1, i+2, ",;:.،"):
		return i, i + 3, sidePhrase
	case isSide(i - 1):
		return i - 1, i + 1, sidePhrase
	}
	return i, -1, nil
}

// sidesPhrase is the first phrase in [lo, hi), outside quotes, that
// names two sides: a pair phrase (pBoth, not a group of three or four)
// or a plural object of more than one word (in Arabic the dual itself:
// "الوفدين") with a `side_heads` noun in it ("both sides", "the two
// delegations", "ambas cámaras", "обеих сторон", "الطرفين"). Nil when
// there is none.
func (d *doc) sidesPhrase(hs []hit, lo, hi int) *hit {
	heads := closed().sideHead[d.lang]
	if len(heads) == 0 {
		return nil
	}
	for i, h := range hs {
		if h.tok0 < lo || h.tok0 >= hi || d.inQuote[h.tok0] {
			continue
		}
		pair := h.p.kind == pSides || h.p.kind == pBoth && h.p.name != "group_three" && h.p.name != "group_four"
		them := h.p.kind == pThem && h.p.name == "plural_object" && (h.tok1-h.tok0 >= 2 || d.lang == "ar")
		if !pair && !them {
			continue
		}
		for k := h.tok0; k < h.tok1 && k < len(d.toks); k++ {
			if heads[d.toks[k].norm] || heads[d.toks[k].key] {
				return &hs[i]
			}
		}
	}
	return nil
}

// sidesPair is whom a phrase of two sides in [lo, hi) of sentence si
// (sidesPhrase: "both sides", "les deux camps", "ambas cámaras", "beider
// Seiten", "обеих сторон", "iki tarafın", "الطرفين", "دونوں فریقوں")
// stands for when the discourse has set up the two camps as bodies: the
// two organisations of a country (the GNA and the LNA, the House of
// Representatives and the High Council of State) named in the nearest
// sentence that names any, its own sentence before the phrase first, then
// up to three before it. Nil when the phrase names no sides, when that
// sentence names one or more than two such bodies, or when a sentence
// nearer to it (before its own) names two people or more: "the two
// sides" are then the people the pair phrases stand for otherwise.
func (d *doc) sidesPair(hs []hit, lo, hi, si int) []string {
	ph := d.sidesPhrase(hs, lo, hi)
	if ph == nil {
		return nil
	}
	// ("The two delegations met in Geneva. The GNA's was led by X, the
	// LNA's by Y": the leaders the next sentence names)
	if ls := d.leadersAfter(si); ls != nil {
		return ls
	}
	for k := si; k >= max(0, si-3); k-- {
		s := d.sents[k]
		end := s.tok1
		if k == si {
			end = ph.tok0
		}
		// ("… a delegation led by X and another led by Y. Both
		// delegations will meet again on Monday": the leaders)
		// (two delegations: two `led_by` phrases, or one after a phrase
		// of two sides, "Las dos delegaciones, encabezadas
		// respectivamente por X y Y"; not one delegation's leader and
		// members)
		if k < si && (d.ledCount(s.tok0, end) >= 2 || d.sidesPhrase(d.sentHits(k), s.tok0, end) != nil) {
			if ls := d.ledPeople(s.tok0, end); len(ls) >= 2 {
				return ls
			}
		}
		var orgs, people []string
		for _, m := range d.actorMentions(s.tok0, end) {
			if d.inQuote[m.tok0] {
				continue
			}
			switch {
			case m.kind == graph.KindPerson:
				if !slices.Contains(people, m.actor) {
					people = append(people, m.actor)
				}
			case m.kind == graph.KindOrganisation && d.actorCountry(m.actor) != "":
				if !slices.Contains(orgs, m.actor) {
					orgs = append(orgs, m.actor)
				}
			}
		}
		if len(orgs) == 2 {
			return orgs
		}
		if bodies := d.bodiesHeaded(people); len(orgs) == 0 && len(bodies) == 2 && d.bodyPhrase(ph) {
			return bodies
		}
		if len(orgs) > 2 || k < si && len(people) >= 2 {
			return nil
		}
	}
	return nil
}

// bodyPhrase tells whether pair phrase h names bodies (words.yaml
// `body_heads`: "ambas cámaras", "both chambers", "المجلسين").
func (d *doc) bodyPhrase(h *hit) bool {
	heads := closed().bodyHead[d.lang]
	for k := h.tok0; k < h.tok1 && k < len(d.toks); k++ {
		if heads[d.toks[k].norm] || heads[d.toks[k].key] {
			return true
		}
	}
	return false
}

// bodiesHeaded lists the organisations of a country that the people
// head (headOfOrg: their lexicon roles), one each, in their order; nil
// when one of them heads none or two head the same.
func (d *doc) bodiesHeaded(people []string) []string {
	if len(people) < 2 {
		return nil
	}
	var out []string
	for _, p := range people {
		for _, a := range d.x.lx.actors {
			if a.Kind == graph.KindOrganisation && d.actorCountry(a.ID) != "" && d.headOfOrg(p, a.ID) {
				if !slices.Contains(out, a.ID) {
					out = append(out, a.ID)
				}
				break
			}
		}
	}
	return out
}

// ledPeople lists the people a `led_by` phrase in tokens [t0, t1) names
// as leaders, outside quotes: those after it up to the next one (in tr
// and ur, which put the leader first, the one right before it).
func (d *doc) ledPeople(t0, t1 int) []string {
	var out []string
	add := func(a string) {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	var leds []hit
	for _, h := range d.hits {
		if h.tok0 >= t0 && h.tok0 < t1 && h.p.kind == pLedBy && !d.inQuote[h.tok0] {
			leds = append(leds, h)
		}
	}
	for i, h := range leds {
		for _, m := range d.actorMentions(t0, t1) {
			if m.kind != graph.KindPerson || d.inQuote[m.tok0] {
				continue
			}
			if d.lang == "tr" || d.lang == "ur" {
				if m.tok1 <= h.tok0 && m.tok1 >= h.tok0-1 {
					add(m.actor)
				}
				continue
			}
			if m.tok0 >= h.tok1 && (i+1 == len(leds) || m.tok0 < leds[i+1].tok0) {
				add(m.actor)
			}
		}
	}
	return out
}

// leadersAfter is who led the two delegations when the sentence after
// sentence si tells it and nothing else: it has a `led_by` phrase ("The
// GNA team was led by X, the LNA's by Y", "Celle du GNA était conduite
// par X", "وترأس وفد حكومة الوفاق X، فيما ترأس وفد الجيش Y"), names two
// leaders or more that sentence si does not name, and tells no meeting,
// call or visit of its own. Nil otherwise.
func (d *doc) leadersAfter(si int) []string {
	if ls := d.leadersNext(si, false); len(ls) >= 2 {
		return ls
	}
	return nil
}

// leadersNext is who the sentence after sentence si says led: the people
// of its `led_by` phrases and, with verbs, everyone it names when it has
// a words.yaml `led_verbs` verb ("X headed the Russian delegation"). Nil
// when that sentence tells a meeting, call, visit or statement of its
// own, or sentence si names one of them.
func (d *doc) leadersNext(si int, verbs bool) []string {
	if si+1 >= len(d.sents) {
		return nil
	}
	n := d.sents[si+1]
	for _, h := range d.sentHits(si + 1) {
		switch h.p.kind {
		case pMeet, pMeetNoun, pHost, pVisit, pCall, pVideo, pSpeech:
			if !d.inQuote[h.tok0] {
				return nil
			}
		}
	}
	ls := d.ledPeople(n.tok0, n.tok1)
	if vs := closed().ledVerb[d.lang]; verbs && len(vs) > 0 {
		for k := n.tok0; k < n.tok1; k++ {
			if d.inQuote[k] || !vs[d.toks[k].norm] && !vs[d.toks[k].key] {
				continue
			}
			for _, m := range d.actorMentions(n.tok0, n.tok1) {
				if m.kind == graph.KindPerson && !d.inQuote[m.tok0] && !slices.Contains(ls, m.actor) {
					ls = append(ls, m.actor)
				}
			}
			break
		}
	}
	s := d.sents[si]
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if slices.Contains(ls, m.actor) {
			return nil
		}
	}
	return ls
}

// ledCount counts the `led_by` phrases in tokens [t0, t1) outside quotes.
func (d *doc) ledCount(t0, t1 int) int {
	n := 0
	for _, h := range d.hits {
		if h.tok0 >= t0 && h.tok0 < t1 && h.p.kind == pLedBy && !d.inQuote[h.tok0] {
			n++
		}
	}
	return n
}
