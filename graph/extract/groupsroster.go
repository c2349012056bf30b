package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// rosterLeader is the traveller a companion or led_by phrase h travels
// with when the roster it opens does not name him: the first person its
// own sentence names before it, in a sentence that tells no meeting, call or hosting (a trip at most)
// ("وصل X إلى طرابلس، يرافقه Y", "X pazartesi günü …, Y eşliğinde";
// in tr ur not the one right before the postposition when no one is
// named after it, who is the companion: "X … Y کے ہمراہ پہنچے", but
// "X کے ہمراہ Y بھی تھے"), or, when the phrase opens its
// sentence naming no one before it ("ان کے ہمراہ Y بھی تھیں",
// "Beraberinde Y de vardı", "With him travelled Y"), the first person
// the sentence right before names when that sentence tells no meeting,
// call or hosting either. "" when there is none: a meeting or host word before the
// phrase in its sentence ("استقبل السراج X يرافقه Y") leaves its first
// person the host, no traveller.
func (d *doc) rosterLeader(h hit) string {
	if h.p.kind != pCompanion && h.p.kind != pLedBy || d.inQuote[h.tok0] {
		return ""
	}
	sj := d.toks[h.tok0].sent
	onlyTrip := func(si, lo, hi int) bool {
		for _, x := range d.sentHits(si) {
			if x.tok0 >= lo && x.tok0 < hi && isTrigger(x.p.kind) && x.p.kind != pVisit {
				return false
			}
		}
		return true
	}
	firstPerson := func(lo, hi int) (mention, bool) {
		for _, m := range d.mentions {
			if m.tok0 >= hi {
				break
			}
			if m.tok0 >= lo && m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] {
				return m, true
			}
		}
		return mention{}, false
	}
	t := d.sents[sj]
	if m, ok := firstPerson(t.tok0, h.tok0); ok {
		if d.verbFinal() && h.tok0-m.tok1 <= 1 && !d.personIn(h.tok1, t.tok1) {
			return "" // "X … Y کے ہمراہ پہنچے": the companion
		}
		if !onlyTrip(sj, t.tok0, t.tok1) {
			return ""
		}
		return m.actor
	}
	if sj == 0 {
		return ""
	}
	p := d.sents[sj-1]
	if !onlyTrip(sj-1, p.tok0, p.tok1) {
		return ""
	}
	if m, ok := firstPerson(p.tok0, p.tok1); ok {
		return m.actor
	}
	return ""
}

// withLeaders adds to a roster the leaders (rosterLeader) of the roster
// phrases up to window sentences before sentence si and before token at
// whose country is want (or unknown to the lexicon; any when want is
// ""), first.
func (d *doc) withLeaders(out []string, si, at, window int, want string) []string {
	for _, h := range d.hits {
		if !d.rosterHit(h, si, at, window) {
			continue
		}
		l := d.rosterLeader(h)
		if l == "" || slices.Contains(out, l) {
			continue
		}
		if c := d.actorCountry(l); want != "" && c != "" && c != want {
			continue
		}
		out = append([]string{l}, out...)
	}
	return out
}

// urduRoster adds to the members out of an Urdu delegation subject (at
// token at of sentence si: "اطالوی وفد نے X سے ملاقات کی") the people of
// its country (of its demonym, else of the last roster sentence's
// traveller) that a sentence up to ten before names travelling together
// ("ان کے ہمراہ Y بھی تھیں", "X، Y کے ہمراہ … پہنچے"), the traveller
// first (delegationRoster, rosterLeader).
func (d *doc) urduRoster(si, at int, out []string, seen map[string]bool) []string {
	// ("لیبیائی وفد کی قیادت X اور Y نے کی": another ergative subject
	// between the noun and the verb; the noun only names whom they led)
	for _, m := range d.mentions {
		if m.tok0 > at && m.tok1 < len(d.toks) && d.toks[m.tok0].sent == si && d.toks[m.tok1].key == urNe && m.kind == graph.KindPerson {
			return out
		}
	}
	want := d.titleCountry(hit{tok0: at, tok1: at + 1})
	if want == "" {
		want = d.rosterCountry(si, at)
	}
	if want == "" {
		return out
	}
	var add []string
	for _, p := range d.delegationRoster(si, at, want) {
		if !seen[p] {
			seen[p] = true
			add = append(add, p)
		}
	}
	return append(add, out...)
}

// pairSide tells whether a pair phrase both ("the two Russian
// ministers", "оба министра", "İki Rus bakan", "دونوں روسی وزرا")
// opening its clause, which ends at hi, is one side of the clause's
// event: the clause names a person after it, the other side ("the two
// ministers held talks with X and Y").
//
// The two named right after it past a comma, of the country the phrase
// gives (or any, when it gives none), are the pair itself in apposition,
// no other side ("die beiden libyschen Kontrahenten, X und Y, …").
func (d *doc) pairSide(both *hit, hi int) bool {
	// (a separate word makes it a meeting per member: "the two leaders
	// held separate talks with X", read by separateThem)
	if d.personsNamed(both.tok1, hi) == 0 || d.kindIn(d.hits, d.sents[d.toks[both.tok0].sent].tok0, hi, pSeparate) {
		return false
	}
	// (the phrase's head may follow it: "die beiden | libyschen
	// Kontrahenten, X und Y")
	comma := -1
	for k := both.tok1; k <= both.tok1+2 && k < hi; k++ {
		if d.punctIn(k, k, ",،") {
			comma = k
			break
		}
		if d.mentionStarts(k, k+1) {
			break
		}
	}
	if comma < 0 {
		return true
	}
	country := d.pairDemonym(both)
	cw := closed()
	for k := both.tok0; k < both.tok1 && k < len(d.toks); k++ {
		if c := cw.headCountry[d.lang][d.toks[k].norm]; c != "" {
			country = c
		}
	}
	n := 0
	for _, m := range d.actorMentions(comma, hi) {
		if m.kind != graph.KindPerson || d.inQuote[m.tok0] {
			continue
		}
		if country != "" && d.actorCountry(m.actor) != country {
			return true
		}
		if n++; n == 2 {
			break
		}
	}
	return false
}

// pairNear tells whether the pair set a pair phrase stands for was
// named as a list in the phrase's sentence or the one right before it
// ("Lavrov and Shoigu flew to Ankara on Sunday. There the two Russian
// ministers held talks with …").
func (d *doc) pairNear(both *hit, set []string) bool {
	si := d.toks[both.tok0].sent
	for _, m := range d.mentions {
		if m.tok0 >= both.tok0 {
			break
		}
		if m.actor == set[0] && si-d.toks[m.tok0].sent <= 1 {
			return true
		}
	}
	return false
}

// delegationObjectCountry is, in de and ru, the country of a delegation
// noun that names none and stands after a host or meeting verb main
// whose clause g names a person before the verb, its subject
// ("Präsident Kais Saied empfing die Gäste im Karthago-Palast",
// "Президент Сайед принял гостей"): the noun is the verb's object, the
// party of the last sentence up to ten before that tells who travels
// with whom (rosterCountry). "" otherwise.
func (d *doc) delegationObjectCountry(g *group, main, del hit, want string) string {
	if want != "" || d.subjectFirst() || d.verbFinal() || del.tok0 < main.tok1 || main.p.kind != pHost && main.p.kind != pMeet {
		return ""
	}
	if !d.personIn(g.lo, main.tok0) {
		return ""
	}
	return d.rosterCountry(d.toks[del.tok0].sent, del.tok0)
}
