package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley/parley/graph"
)

// referringGroup tells whether group g, in sentence si, names its event
// only by nouns the reader already knows: every trigger is an event noun
// a `refer_determiner` ("the", "this", "his", "la", "cette", "der",
// "этот", "bu", "یہ"), a possessive "'s" or, in Arabic, the article
// determines, and which names no person and no day of its own
// ("The visit, arranged in barely a week, was meant to signal …", "has
// not commented on the envoy's visit", "no ha reaccionado a la visita",
// "the talks had focused on …"). With an event of the same class told
// before in the body, such a clause speaks of that event (what was
// thought of it, what it was meant to do): held, it reports no new one.
// "Talks with Haftar", "a visit to Rome", "their meeting in Istanbul on
// 8 January", and a planned or called-off "visit" ("the visit was
// called off") are news.
//
// A noun in a phrase that points back at an event told before ("after
// the talks", "على هامش الزيارة") is the `anaphor` rules' to read: the
// clause around it may tell a meeting of its own.
func (d *doc) referringGroup(si int, g *group, hs []hit) bool {
	if si < d.headSents || len(g.trigs) == 0 {
		return false
	}
	known := false
	for _, e := range d.meetings {
		known = known || e.class == g.class()
	}
	if !known {
		return false
	}
	// ("Jeudi, Salamé et Borrell ont fait le point : la
	// visioconférence a porté sur …": two persons joined by "and"
	// before a colon that opens the noun's clause are its own pair, the
	// clause after the colon telling more of what they did)
	ms := g.mentions
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if ms[i].kind == graph.KindPerson && ms[j].kind == graph.KindPerson && ms[j].tok1 <= g.trigs[0].tok0 && d.coordinated(ms[i], ms[j]) && d.punctIn(ms[j].tok1, g.trigs[0].tok0, ":") {
				return false
			}
		}
	}
	// (a clause that names after the noun who sat in it, two people or
	// more, tells who took part: "ومثل الولايات المتحدة في الاجتماع X وY وZ", "At the
	// meeting the US was represented by X and Y")
	persons := 0
	for _, m := range ms {
		if m.kind == graph.KindPerson && !d.inQuote[m.tok0] && m.tok0 > g.trigs[0].tok0 {
			persons++
		}
	}
	if persons >= 2 {
		return false
	}
	for _, t := range g.trigs {
		if told(t, hs) || d.timePhraseNoun(t, hs) || !d.bareNoun(t) {
			return false
		}
	}
	return true
}

// refStops end the words of an event noun's phrase.
const refStops = ",;:.!?()[]«»\"“”„—–،؛"

// determinerOf is the token of the determiner that makes event noun t
// known, or -1: a `refer_determiner` right before it or with one or two
// adjectives between ("the Turkish visit", "der erste Besuch", "la
// prossima visita", "этот визит"), a possessive "'s" right before it
// ("the envoy's visit"), or, in Arabic, the noun itself with its
// article ("الزيارة", "اللقاء"). Meeting verbs, host verbs and the like
// are no nouns, nor, in German, an uncapitalised word ("telefoniert").
func (d *doc) determinerOf(t hit) int {
	switch t.p.kind {
	case pMeetNoun, pVisit, pCall, pVideo:
	case pMeet:
		// (a word that is a meeting verb and noun: "incontro", "Treffen")
		if !d.hitStartsWithKind(t.tok0, pMeetNoun) {
			return -1
		}
	default:
		return -1
	}
	if d.lang == "ar" {
		// (the article also makes a manner generic: "عبر تقنية الاتصال
		// المرئي", by video link)
		if t.p.kind != pVideo && arabicDefinite(d.toks[t.tok0].norm) {
			return t.tok0
		}
		return -1
	}
	if d.lang == "de" && !d.toks[t.tok1-1].upper {
		return -1
	}
	// (a meeting phrase that holds its article: "the meeting",
	// "l'entretien", "das Treffen"; a call phrase that does is mostly
	// the instrument, "zum Telefonhörer", "al telefono")
	if t.tok1-t.tok0 > 1 && classOf(t.p.kind) == "meet" && d.rules.referDeterminers[d.toks[t.tok0].norm] {
		return t.tok0
	}
	fw := closed().function[d.lang]
	s0 := d.sents[d.toks[t.tok0].sent].tok0
	for k := t.tok0 - 1; k >= s0 && k >= t.tok0-3; k-- {
		if strings.ContainsAny(d.toks[k+1].punct, refStops) || d.inQuote[k] != d.inQuote[t.tok0] {
			return -1
		}
		w := d.toks[k].norm
		if d.rules.referDeterminers[w] {
			return k
		}
		if k == t.tok0-1 && w == "s" && d.toks[k].apos {
			return k
		}
		// (an adjective between: no name, no trigger, no closed-class
		// word, and in German no noun)
		if fw[w] || d.triggerAt(k) || d.mentionStartsAt(k) || d.lang == "de" && d.toks[k].upper {
			return -1
		}
	}
	return -1
}

// bareNoun tells whether event noun t is determined (determinerOf) and
// its phrase names no person and no day: after it up to the next
// punctuation, at most eight words ("the meeting with Saleh", "la
// visita di Draghi a Roma", "su encuentro en Estambul el 8 de enero"),
// or, in Turkish and Urdu, whose nouns take their complements before
// them, the four words before its determiner.
func (d *doc) bareNoun(t hit) bool {
	det := d.determinerOf(t)
	if det < 0 {
		return false
	}
	s := d.sents[d.toks[t.tok0].sent]
	lo, hi := t.tok1, min(s.tok1, t.tok1+8)
	if d.verbFinal() {
		lo, hi = max(s.tok0, det-4), det
		for k := hi; k > lo; k-- {
			if strings.ContainsAny(d.toks[k].punct, refStops) {
				lo = k
				break
			}
		}
	} else {
		for k := lo; k < hi; k++ {
			if strings.ContainsAny(d.toks[k].punct, refStops) {
				hi = k
				break
			}
		}
	}
	for k := lo; k < hi; k++ {
		if d.personStartsAt(k) && (d.verbFinal() || d.nounComplement(t.tok1, k)) || d.dateStartsAt(k) {
			return false
		}
	}
	return true
}

// nounComplement tells whether the person whose mention starts at token
// k, after an event noun that ends at token end, is the noun's own
// complement: every word between them is a link word (`comitative`,
// `between`, `agent`, `unnamed_link`, `locative`, `direction`, `and`), a
// `refer_determiner`, an `inserted` word, or part of a name, place, date,
// title or demonym, and one other word at most ("the meeting with the
// Libyan commander Khalifa Haftar", "la visita di Draghi a Roma", "встреча
// с Хафтаром"). A verb between them makes the person the clause's, not
// the noun's: "the meeting was meant to keep Haftar …", "la rencontre
// visait à rassurer Haftar", "اللقاء كان يهدف إلى طمأنة حفتر".
func (d *doc) nounComplement(end, k int) bool {
	other := 0
	for j := end; j < k; {
		next := j
		if d.rules.referDeterminers[d.toks[j].norm] || d.rules.inserted[d.toks[j].norm] {
			next = j + 1
		}
		i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= j })
		for ; i < len(d.mentions) && d.mentions[i].tok0 == j; i++ {
			next = max(next, d.mentions[i].tok1)
		}
		next = d.placeOrDateEnd(j, next)
		for _, h := range d.hitsStartingAt(j) {
			switch h.p.kind {
			case pComitative, pBetween, pAgent, pUnnamedLink, pLocative, pDirection, pAnd, pTitle, pDemonym:
				next = max(next, h.tok1)
			}
		}
		if next <= j {
			// (one other word may qualify the noun: "il suo primo
			// viaggio all'estero da presidente del Consiglio")
			if other++; other > 1 {
				return false
			}
			next = j + 1
		}
		j = next
	}
	return true
}

// mentionStartsAt tells whether an actor's mention starts at token k.
func (d *doc) mentionStartsAt(k int) bool {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= k })
	return i < len(d.mentions) && d.mentions[i].tok0 == k
}

// personStartsAt tells whether a person's mention starts at token k.
func (d *doc) personStartsAt(k int) bool {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= k })
	for ; i < len(d.mentions) && d.mentions[i].tok0 == k; i++ {
		if d.mentions[i].kind == graph.KindPerson {
			return true
		}
	}
	return false
}

// timePhraseNoun tells whether event noun t heads a phrase of time or
// backdrop: a `backdrop`, `before` or `after` phrase ends at most three
// words before it (starts right after it in Turkish and Urdu), no
// punctuation between ("on the sidelines of the visit", "على هامش
// الزيارة", "avant la rencontre", "görüşmenin ardından"). What the
// clause around such a phrase tells is the `anaphor` rules' to read.
func (d *doc) timePhraseNoun(t hit, hs []hit) bool {
	for _, h := range hs {
		if h.p.kind != pBackdrop && h.p.kind != pBefore && h.p.kind != pAfter {
			continue
		}
		if d.verbFinal() && h.tok0 >= t.tok1 && h.tok0-t.tok1 <= 1 && !d.punctIn(t.tok1, h.tok0, refStops) {
			return true
		}
		if !d.verbFinal() && h.tok1 <= t.tok0 && t.tok0-h.tok1 <= 3 && !d.punctIn(h.tok1, t.tok0, refStops) {
			return true
		}
	}
	return false
}

// genericNoun tells whether event noun h is quantified by a `generic`
// word ("every", "any", "ogni", "cualquier", "jede", "любые", "her",
// "كل", "أي", "کسی بھی"): right before it, or, for a meeting noun, with
// one or two words between and no punctuation or name ("every round of
// talks", "any new talks"). Such a noun speaks of talks in general ("it
// gains from every round of talks", "no withdrawal before any talks"),
// it reports none.
func (d *doc) genericNoun(h hit, hs []hit) bool {
	gap := 0
	switch h.p.kind {
	case pVisit, pCall, pVideo:
	case pMeetNoun:
		gap = 2
	case pMeet:
		// (a word that is a meeting verb and noun: "talks with",
		// "incontro", "Treffen")
		if !d.hitStartsWithKind(h.tok0, pMeetNoun) {
			return false
		}
		gap = 2
	default:
		return false
	}
	for _, q := range hs {
		if q.p.kind != pGeneric || q.tok1 > h.tok0 || h.tok0-q.tok1 > gap || d.inQuote[q.tok0] != d.inQuote[h.tok0] {
			continue
		}
		if d.punctIn(q.tok1, h.tok0, refStops) {
			continue
		}
		named := false
		for k := q.tok1; k < h.tok0; k++ {
			named = named || d.mentionStartsAt(k) || d.triggerAt(k)
		}
		if !named {
			return true
		}
	}
	return false
}

// toldSpeech tells whether the clause of group g, whose triggers all
// point back at an event told before ("görüşmede", "görüşmenin
// ardından", "nach dem Gespräch", "after the talks"), has a speech verb
// of its own outside quotations: "Serrac, görüşmede Türkiye'nin desteğine
// teşekkür etti", "Maas sagte nach der Unterredung, Haftar müsse …". The
// people and states it names are what was said there, not a new pair
// that met; a phrase naming right after it a partner no told meeting
// holds ("after talks with Lavrov") stays news (toldNews), and one
// that names its partner at all ("sagte Maas nach dem Gespräch mit
// Dendias", "Dendias ile görüşmenin ardından") names a pair of its own.
func (d *doc) toldSpeech(g *group, hs []hit) bool {
	for _, t := range g.trigs {
		if d.toldNews(t, hs) {
			return false
		}
	}
	for _, h := range hs {
		if h.p.kind != pAnaphor || !slices.ContainsFunc(g.trigs, func(t hit) bool { return h.tok0 <= t.tok0 && h.tok1 >= t.tok0 }) {
			continue
		}
		for _, m := range d.mentions {
			if m.kind != graph.KindPerson {
				continue
			}
			if !d.verbFinal() && m.tok0 >= h.tok1 && m.tok0 <= h.tok1+3 && !d.punctIn(h.tok1, m.tok0, refStops) {
				return false
			}
			if d.verbFinal() && m.tok1 <= h.tok0 && h.tok0-m.tok1 <= 2 && d.kindIn(hs, m.tok1-1, h.tok0, pOblique) && !d.punctIn(m.tok1, h.tok0, refStops) {
				return false
			}
		}
	}
	for _, h := range hs {
		if h.p.kind != pSpeech || h.tok0 < g.lo || h.tok0 >= g.hi || d.inQuote[h.tok0] || ignored(h, hs) {
			continue
		}
		return true
	}
	return false
}

// bodySession tells whether group g tells only a session of a body's
// members, with no partner named: every trigger is a meeting noun whose
// complement is a `body_members` word ("the meeting of NATO foreign
// ministers", "beim Treffen der EU-Außenminister", "une réunion de ses
// homologues de l'Otan", "во встрече министров иностранных дел стран
// НАТО", "اجتماع وزراء خارجية الناتو"; before the noun in Turkish and
// Urdu: "NATO dışişleri bakanları toplantısı", "یورپی ہم منصبوں کے
// اجلاس"), and the clause names one person at most. Whoever attends such
// a session meets no one the text names, and the bloc whose members meet
// is no partner: "X is busy these days with a meeting of his European
// counterparts", "X will raise the issue at the meeting of EU foreign
// ministers". A person named after the noun ("the meeting of the
// ministers X and Y", "das Treffen mit dem Außenminister der Emirate,
// Scheich Abdullah"), a partner after "with", or a second person in the
// clause keeps the meeting.
func (d *doc) bodySession(g *group, hs []hit) bool {
	if len(g.trigs) == 0 {
		return false
	}
	// (the words from each noun to its members word are the body's)
	var spans [][2]int
	for _, t := range g.trigs {
		if t.p.kind != pMeetNoun && !(t.p.kind == pMeet && d.hitStartsWithKind(t.tok0, pMeetNoun)) {
			return false
		}
		end := d.membersSession(t, hs)
		if end < 0 {
			return false
		}
		spans = append(spans, [2]int{min(t.tok0, end), max(t.tok1, end)})
	}
	persons := map[string]bool{}
	for _, m := range g.mentions {
		if m.kind != graph.KindPerson || slices.ContainsFunc(spans, func(sp [2]int) bool { return m.tok0 >= sp[0] && m.tok0 < sp[1] }) {
			continue
		}
		// (a person named after the noun is a partner: "ein Treffen
		// mit dem Außenminister der Emirate, Scheich Abdullah")
		if !d.verbFinal() && m.tok0 > g.trigs[0].tok0 {
			return false
		}
		persons[m.actor] = true
	}
	return len(persons) <= 1 && !(d.verbFinal() && d.kindBetween(g.lo, g.hi, pComitative))
}

// membersSession is the end of the `body_members` word that is meeting
// noun t's complement (its start in Turkish and Urdu), or -1: at most five words after it (in Turkish and Urdu
// right before it, a genitive mark between at most), no punctuation,
// person, comitative or other trigger between, and no person named right
// after the word.
func (d *doc) membersSession(t hit, hs []hit) int {
	for _, h := range hs {
		if h.p.kind != pBodyMembers || d.inQuote[h.tok0] {
			continue
		}
		lo, hi := t.tok1, h.tok0
		if d.verbFinal() {
			lo, hi = h.tok1, t.tok0
			if lo > hi || hi-lo > 1 {
				continue
			}
		} else if lo > hi || hi-lo > 5 {
			continue
		}
		if d.punctIn(lo, hi, refStops) || d.kindBetween(t.tok0, hi, pComitative) {
			continue
		}
		ok := true
		for k := lo; k < hi && ok; k++ {
			ok = !d.personStartsAt(k) && (k == lo || !d.triggerAt(k))
		}
		if !d.verbFinal() {
			for k := h.tok1; k < min(len(d.toks), h.tok1+3) && ok; k++ {
				if d.toks[k].sent != d.toks[h.tok0].sent || strings.ContainsAny(d.toks[k-1].punct, refStops) {
					break
				}
				ok = !d.personStartsAt(k)
			}
		}
		if ok && d.verbFinal() {
			return h.tok0
		}
		if ok {
			return h.tok1
		}
	}
	return -1
}
