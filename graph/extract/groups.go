package extract

import (
	"slices"
	"sort"

	"github.com/parley/parley/graph"
)

// namedSet is whom a group phrase of n (n of three or more: "the three
// ministers", "los cuatro ministros", "dört bakan") stands for: the people
// of the last list of exactly n persons the story named before token lo,
// in sentence si or before it ("Maas, sein französischer Kollege Le Drian
// und der italienische Außenminister Di Maio …"; "Lavrov and Shoigu,
// with their Turkish counterparts Çavuşoğlu and Akar"). A list is a run
// of persons outside quotes, each after the one before with a comma or
// an "and" between them, at most six words apart and no event or speech
// word between. Every member must fit the phrase (fits). Nil when no
// such list of that size is found.
func (d *doc) namedSet(lo, n int, fits func(string) bool) []string {
	if n < 2 {
		return nil
	}
	var run []string
	prev := -1 // index in d.mentions of the run's last person
	var best []string
	flush := func() {
		if len(run) == n && best == nil {
			best = slices.Clone(run)
		}
	}
	// walk forwards over the persons before lo, keeping the last run of n
	var found []string
	for i, m := range d.mentions {
		if m.tok0 >= lo {
			break
		}
		if m.kind != graph.KindPerson || m.loc || m.dir || d.inQuote[m.tok0] {
			continue
		}
		if prev >= 0 && d.listNext(d.mentions[prev], m) {
			if !slices.Contains(run, m.actor) {
				run = append(run, m.actor)
			}
		} else {
			best = nil
			flush()
			if best != nil {
				found = best
			}
			run = []string{m.actor}
		}
		prev = i
	}
	best = nil
	flush()
	if best != nil {
		found = best
	}
	if found == nil || slices.ContainsFunc(found, func(p string) bool { return !fits(p) }) {
		return nil
	}
	return found
}

// listNext tells whether person mention b follows a in one list: the
// same sentence, at most six words between, a comma or an "and" word
// between, and no event or speech word (a `beside` word, "junto a",
// "aux côtés de", is none here).
func (d *doc) listNext(a, b mention) bool {
	if d.toks[a.tok0].sent != d.toks[b.tok0].sent || b.tok0-a.tok1 > 6 || b.tok0 < a.tok1 {
		return false
	}
	joined := d.punctIn(a.tok1, b.tok0, ",،")
	for k := a.tok1; k < b.tok0; k++ {
		// (a `beside` word, "alongside", "junto a", joins the list
		// though it is also a `meet` phrase)
		beside := d.hitStartsWithKind(k, pBeside)
		for _, h := range d.hitsStartingAt(k) {
			if (isTrigger(h.p.kind) && !beside) || h.p.kind == pSpeech {
				return false
			}
			if h.p.kind == pAnd {
				joined = true
			}
		}
	}
	return joined
}

// groupSide is the set a group phrase of three or more in [lo, hi)
// stands for (namedSet) when the phrase comes before every person the
// clause names there, outside quotes: "die drei Minister kamen mit X
// zusammen", "les trois ministres ont été reçus par X", "un incontro dei
// tre ministri con X". It is one side of the event, the people named
// after it the other, and the clause borrows no subject. Nil otherwise.
func (d *doc) groupSide(hs []hit, lo, hi int) []string {
	both := d.groupFirst(hs, lo, hi)
	if both == nil {
		return nil
	}
	n := d.groupSize(both.tok0, both.tok1)
	if n < 2 || n == 2 && !d.pairSide(both, hi) {
		return nil
	}
	var roles []string
	for _, h := range d.hits {
		if h.p.kind == pTitle && h.tok0 >= both.tok0 && h.tok0 < both.tok1+1 {
			roles = append(roles, h.p.role)
		}
	}
	fits := func(p string) bool {
		if i, known := d.x.lx.actorIdx[p]; !known || d.x.lx.actors[i].Role == "" {
			return true
		}
		for _, r := range roles {
			if !d.roleFits(p, r) {
				return false
			}
		}
		return true
	}
	set := d.namedSet(both.tok0, n, fits)
	if n == 2 && len(set) == 2 && !d.pairNear(both, set) {
		return nil
	}
	return set
}

// groupPhrases are the group phrases groupHits makes, by count.
var groupPhrases = map[int]*phrase{
	2: {kind: pBoth, name: "both"},
	3: {kind: pBoth, name: "group_three"},
	4: {kind: pBoth, name: "group_four"},
}

// groupHits adds a group phrase (pBoth, "group_three", "group_four") for
// a group numeral of three or four (words.yaml `group_numbers`) with a
// head noun of the language's `group_heads` right after it, or one word
// after it (an adjective between: "die drei europäischen Minister"), or,
// when none is there, right before it ("الوزراء الثلاثة"): "der drei
// Minister", "dört bakan", "les quatre chefs de la diplomatie". A
// numeral inside a phrase already found is left alone. The hits stay
// in token order.
func (d *doc) groupHits(hs []hit) []hit {
	heads := closed().groupHead[d.lang]
	if len(heads) == 0 {
		return hs
	}
	isHead := func(k, si int) bool {
		if k < 0 || k >= len(d.toks) || d.toks[k].sent != si {
			return false
		}
		return heads[d.toks[k].norm] || heads[d.toks[k].key]
	}
	var add []hit
	cw := closed()
	for i := range d.toks {
		if !cw.mayGroup(d.toks[i].norm) {
			continue // no group numeral, nor a word that counts two
		}
		n := cw.groupNum[d.toks[i].norm]
		if n == 0 && d.pairWord(i) {
			n = 2
		}
		si := d.toks[i].sent
		if n == 0 && cw.sidePair[d.lang][d.toks[i].norm] {
			// ("des deux camps", "dei due schieramenti", "двух лагерей":
			// a two of sides only, whatever stands before it)
			if lo, hi, p := d.sideGroup(i, si); hi >= 0 && !d.punctIn(lo+1, hi-1, ",;:.،") && !d.pairCovered(hs, i) {
				add = append(add, hit{p: p, tok0: lo, tok1: hi})
			}
			continue
		}
		p := groupPhrases[n]
		if p == nil {
			continue
		}
		lo, hi := i, -1
		switch {
		case isHead(i+1, si):
			hi = i + 2
		case isHead(i+2, si) && !d.punctIn(i+1, i+2, ",;:.،"):
			hi = i + 3
		case isHead(i-1, si):
			lo, hi = i-1, i+1
		}
		if hi < 0 && n == 2 {
			// ("both sides", "beider Seiten", "les deux camps": a pair of
			// sides, camps or chambers; see sidesPair)
			lo, hi, p = d.sideGroup(i, si)
		}
		if hi < 0 || d.punctIn(lo+1, hi-1, ",;:.،") {
			continue
		}
		if !d.pairCovered(hs, i) {
			add = append(add, hit{p: p, tok0: lo, tok1: hi})
		}
	}
	if len(add) == 0 {
		return hs
	}
	hs = append(hs, add...)
	sort.SliceStable(hs, func(a, b int) bool { return hs[a].tok0 < hs[b].tok0 })
	return hs
}

// pairCovered tells whether token i lies inside a pair or group phrase
// (pBoth) already found.
func (d *doc) pairCovered(hs []hit, i int) bool {
	for _, h := range hs {
		if h.p.kind == pBoth && h.tok0 <= i && h.tok1 > i {
			return true
		}
	}
	return false
}

// groupFirst is the first group phrase (pBoth) in [lo, hi) outside
// quotes when no person is named before it there: the clause's subject
// or the first side of its event ("the two men agreed to meet again",
// "i due premier si rivedranno … quando X sarà accolto", "un incontro
// dei tre ministri con X"). Nil otherwise.
func (d *doc) groupFirst(hs []hit, lo, hi int) *hit {
	for i, h := range hs {
		if h.p.kind != pBoth || h.tok0 < lo || h.tok0 >= hi || d.inQuote[h.tok0] {
			continue
		}
		for _, m := range d.actorMentions(lo, h.tok0) {
			if m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
				return nil
			}
		}
		return &hs[i]
	}
	return nil
}

// personsNamed counts the people named in [lo, hi) outside quotes (by
// a name: a bare title in lower case, "ministri", names no one here).
func (d *doc) personsNamed(lo, hi int) int {
	var seen []string
	for _, m := range d.actorMentions(lo, hi) {
		if t := d.toks[m.tok0]; (t.script == scriptLatin || t.script == scriptCyrillic) && !t.upper {
			continue
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && !slices.Contains(seen, m.actor) {
			seen = append(seen, m.actor)
		}
	}
	return len(seen)
}

// pairWord tells whether token i counts two in a group phrase: a dual
// word ("both", "beide", "оба", "دونوں") or the numeral two after a
// determiner ("the two", "les deux", "los dos"); see groupHits.
func (d *doc) pairWord(i int) bool {
	cw := closed()
	t := d.toks[i]
	if cw.pairDual[t.norm] {
		return true
	}
	return cw.pairTwo[t.norm] && i > 0 && d.toks[i-1].sent == t.sent && cw.groupDet[d.lang][d.toks[i-1].norm] && !d.punctIn(i, i, ",;:.،")
}

// recentPair is whom a pair phrase ("ambos mandatarios", "the two
// leaders") at token lo of sentence si stands for when the sentence
// before it, or the one before that, names two people who met in an
// event told before: the first two so named, in the nearest such
// sentence ("X received Y in Ankara … . Ambos mandatarios
// comparecieron …"), whichever event the text told last. Nil when more
// than two are wanted or no such sentence is found.
func (d *doc) recentPair(si, lo, want int) []string {
	if want != 2 {
		return nil
	}
	met := func(a, b string) bool {
		for _, ev := range d.meetings {
			if ev.sent < si && slices.Contains(ev.parts, a) && slices.Contains(ev.parts, b) {
				return true
			}
		}
		return false
	}
	for k := si - 1; k >= max(0, si-2); k-- {
		var named []string
		for _, m := range d.actorMentions(d.sents[k].tok0, d.sents[k].tok1) {
			if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && !slices.Contains(named, m.actor) {
				named = append(named, m.actor)
			}
		}
		for a := 0; a < len(named); a++ {
			for b := a + 1; b < len(named); b++ {
				if met(named[a], named[b]) {
					return []string{named[a], named[b]}
				}
			}
		}
	}
	return nil
}

// headTyped is who a group phrase in [lo, hi) whose head names an office
// or a nationality (words.yaml `group_head_roles`, `group_head_countries`:
// "i due presidenti", "les deux Libyens") stands for: the pair or group
// found when all of it fits, else the last want persons named before the
// phrase, within five sentences, who hold that office or are of that
// country; found when fewer are named.
func (d *doc) headTyped(hs []hit, lo, hi, want int, found []string) []string {
	both := d.pairPhrase(hs, lo, hi)
	if both == nil {
		return found
	}
	role, country := "", ""
	cw := closed()
	for k := both.tok0; k < both.tok1 && k < len(d.toks); k++ {
		if r := cw.headRole[d.lang][d.toks[k].norm]; r != "" {
			role = r
		}
		if c := cw.headCountry[d.lang][d.toks[k].norm]; c != "" {
			country = c
		}
	}
	if country == "" {
		// ("les deux rivaux libyens", "die beiden libyschen Rivalen")
		country = d.pairDemonym(both)
	}
	if role == "" && country == "" {
		return found
	}
	fit := func(p string) bool {
		if !d.isPerson(p) || country != "" && d.actorCountry(p) != country {
			return false
		}
		if role == "" {
			return true
		}
		if d.roleFits(p, role) {
			return true
		}
		u := d.unknownByID[p]
		return u != nil && u.actor.Role != "" && d.roleNameFits(u.actor.Role, role)
	}
	if len(found) >= want && !slices.ContainsFunc(found, func(p string) bool { return !fit(p) }) {
		return found
	}
	first := d.sents[max(0, d.toks[both.tok0].sent-5)].tok0
	var out []string
	for k := len(d.mentions) - 1; k >= 0 && len(out) < want; k-- {
		m := d.mentions[k]
		if m.tok0 >= both.tok0 {
			continue
		}
		if m.tok0 < first {
			break
		}
		if m.kind == graph.KindPerson && !d.inQuote[m.tok0] && !slices.Contains(out, m.actor) && fit(m.actor) {
			out = append(out, m.actor)
		}
	}
	if len(out) < want {
		return found
	}
	return out
}
