package extract

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

// event is a meeting being built from one sentence.
type event struct {
	m     graph.Meeting
	sent  int
	class string // "meet" or "call"
	parts []string
	roles map[string]string
	spans [][2]int
	trig  int // token of the main trigger
	// merged holds, for a headline's event, the participants of the body
	// event that merged into it
	merged []string
	// body holds, for a headline's event, the participants of every body
	// event that merged into it
	body []string
	// pair holds the people a `both` phrase stood for as the clause's
	// subject ("the two leaders held separate talks with X")
	pair []string
	// ref marks an event told by known nouns alone ("the visit", "the
	// envoy's visit", "such a meeting"): held, it is one told before,
	// no new one (see referringGroup)
	ref bool
	// session marks the session of a body's members, no partner named
	// ("the meeting of EU foreign ministers"): it sets the scene, it
	// tells no meeting (see bodySession)
	session bool
}

// trigger kinds that start an event.
func isTrigger(k int) bool {
	switch k {
	case pMeet, pMeetNoun, pHost, pVisit, pCall, pCallFrom, pVideo, pNegated:
		return true
	}
	return false
}

func classOf(k int) string {
	switch k {
	case pCall, pCallFrom, pVideo:
		return "call"
	}
	return "meet"
}

// group is a run of triggers of one sentence with the actors of its clause.
type group struct {
	trigs    []hit
	lo, hi   int // token range of the clause
	mentions []mention
	cut      bool // a semicolon or dash parts it from the clause before
	rel      bool // a relative clause with a meeting of its own: its place is inside it
	late     bool // an earlier group of the sentence has a verb trigger
	// relAnt is, for a clause a `prep_relative` opens ("…, with whom he
	// will meet in Berlin"), the person named right before it: the
	// partner of the main subject there (session 20)
	relAnt string
}

// contrastCut finds a clause opened by a contrastive conjunction between
// two triggers, with a name of its own before the second: "Lavrov met
// Haftar, while Çavuşoğlu held talks with Sarraj", "tandis que", "mientras
// que", "mentre", "während", "а", "بينما", "جبکہ". Its names are its own
// event's, its first name that event's subject. It is the conjunction's
// token, or -1. A single word that is also a preposition or a particle
// ("während des Besuchs", "а", "فيما") opens such a clause only after a
// comma.
func (d *doc) contrastCut(t, next hit, ms []mention) int {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= t.tok1 })
	for ; k < len(d.hits) && d.hits[k].tok0 < next.tok0; k++ {
		h := d.hits[k]
		if h.p.kind != pContrast || d.inQuote[h.tok0] {
			continue
		}
		if h.tok1-h.tok0 == 1 && (d.lang == "de" || d.lang == "ru" || d.lang == "ar") && !d.punctIn(h.tok0, h.tok0, ",،") {
			continue
		}
		// (a pronoun keeps the subject: "جبکہ انہوں نے … سے بھی رابطہ کیا")
		if mentionIn(ms, h.tok1, next.tok0) && len(ms) > 0 && ms[0].tok0 < h.tok0 && !d.pronounIn(h.tok1, next.tok0) {
			return h.tok0
		}
		// (a pair phrase is a subject of its own too: "…, mais les deux
		// hommes ne se sont jamais retrouvés dans la même pièce")
		if next.p.kind != pMeetNoun && d.kindBetween(h.tok1, next.tok0, pBoth) && len(ms) > 0 && ms[0].tok0 < h.tok0 {
			return h.tok0
		}
	}
	return -1
}

// pairClauseCut finds a clause of its own whose subject is a pair phrase
// after a comma or semicolon, telling an event of another class than the
// one before it: "…, but the visit was cancelled and the two sides made
// do with a phone call", "…، غير أن الزيارة ألغيت، واكتفى الطرفان باتصال
// هاتفي", "… fue cancelada, y ambos se limitaron a una llamada". The pair
// phrase stands at most two words after the comma ("and", or the verb of
// a verb-first clause), people are named before the comma and none
// between the phrase and the next trigger. It is the clause's first
// token (the one the comma stands before), or -1.
func (d *doc) pairClauseCut(t, next hit, ms []mention) int {
	if classOf(t.p.kind) == classOf(next.p.kind) || len(ms) == 0 {
		return -1
	}
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= t.tok1 })
	for ; k < len(d.hits) && d.hits[k].tok0 < next.tok0; k++ {
		h := d.hits[k]
		if h.p.kind != pBoth || d.inQuote[h.tok0] || mentionIn(ms, h.tok1, next.tok0) {
			continue
		}
		for c := h.tok0; c >= max(t.tok1, h.tok0-2); c-- {
			if d.punctIn(c, c, ",،;؛") {
				if ms[0].tok0 < c {
					return c
				}
				break
			}
		}
	}
	return -1
}

// priorClausePair is whom a pair phrase opening a clause of its own
// (pairClauseCut: "…, and the two sides made do with a phone call")
// stands for: the two heads of the event the sentence told in the clause
// before it, not the last event of the sentences before. Nil when more
// than two are wanted, the clause is not cut off, the phrase does not
// open it or no such event joins two.
func (d *doc) priorClausePair(g *group, hs []hit, want int) []string {
	if want != 2 || !g.cut || len(d.sentEvs) == 0 {
		return nil
	}
	both := d.pairPhrase(hs, g.lo, g.hi)
	if both == nil || both.tok0-g.lo > 2 || both.tok0 >= g.trigs[0].tok0 {
		return nil
	}
	// (the two named in the clause before: not the people a trip
	// naming no one borrowed)
	named := func(p string) bool {
		return slices.ContainsFunc(d.mentions, func(m mention) bool {
			return m.actor == p && m.tok0 >= d.sents[d.toks[both.tok0].sent].tok0 && m.tok0 < both.tok0
		})
	}
	for i := len(d.sentEvs) - 1; i >= 0; i-- {
		if ev := d.sentEvs[i]; ev != nil && len(ev.parts) >= 2 {
			if !named(ev.parts[0]) || !named(ev.parts[1]) {
				return nil
			}
			return slices.Clone(ev.parts[:2])
		}
	}
	return nil
}

// namedPairBefore is whom a pair phrase at token lo of sentence si stands
// for when the sentence right before it names exactly two people and
// tells no event, and the sentence names no one before the phrase:
// "Erdoğan received Sarraj in Ankara. Meanwhile Lavrov was courting
// Aguila Saleh. The two met in Moscow on Friday". The two last named
// together are nearer than the heads of an event told further back. Nil
// when more than two are wanted, when the two are a pair the article
// denied or saw apart, when the sentence before tells an event, or when
// it speaks or lists companions (one who speaks and one he speaks of are
// no pair).
func (d *doc) namedPairBefore(si, lo, want int) []string {
	if want != 2 || si == 0 {
		return nil
	}
	s := d.sents[si-1]
	var named []string
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && !slices.Contains(named, m.actor) {
			named = append(named, m.actor)
		}
	}
	if len(named) != 2 || d.negPairs[pairKey(named[0], named[1])] || d.apart[pairKey(named[0], named[1])] {
		return nil
	}
	// (not one who speaks and one he speaks of: "Sarraj said his
	// government would defend itself against Haftar's forces")
	if slices.ContainsFunc(d.sentHits(si-1), func(h hit) bool { return h.p.kind == pSpeech || h.p.kind == pCompanion || h.p.kind == pJoin }) {
		return nil
	}
	for _, m := range d.actorMentions(d.sents[si].tok0, lo) {
		if m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
			return nil
		}
	}
	if n := len(d.meetings); n > 0 && d.meetings[n-1].sent >= si-1 {
		return nil
	}
	return named
}

// pronounClauseCut finds a clause joined by a comma whose subject is a
// personal pronoun right after it and that names someone before its
// trigger ("kam er mit X zusammen, danach wurde er von Y empfangen"): the
// name belongs to the later clause, as its partner of the one the pronoun
// stands for, not to the clause before. It is the comma's token, or -1.
// German only, where the clause's verb or participle closes it after the
// names ("wurde er von Y empfangen", "hat er mit Y gesprochen"); the other
// languages put the partner after the verb, in the later trigger's group.
func (d *doc) pronounClauseCut(t, next hit, ms []mention) int {
	if d.lang != "de" {
		return -1
	}
	c := -1
	for k := next.tok0 - 1; k > t.tok1; k-- {
		if d.punctIn(k, k, ",،") && !d.inQuote[k] {
			c = k
			break
		}
	}
	if c < 0 || !mentionIn(ms, t.tok1, c) {
		return -1
	}
	for k := c; k < next.tok0 && k <= c+3; k++ {
		if d.mentionStarts(k, k+1) {
			return -1
		}
		if d.pronounIn(k, k+1) {
			if mentionIn(ms, k+1, next.tok0) {
				return c
			}
			return -1
		}
	}
	return -1
}

// newSubject finds a clause joined by a bare comma whose subject stands
// right before the next trigger: "Conte riceve Haftar a Palazzo Chigi,
// Sarraj annulla la visita a Roma". It is the comma's token, or -1 when
// the clause before would keep fewer than two actors or the names after
// the comma are a list ("met Haftar, Saleh and Sarraj during the visit").
func (d *doc) newSubject(t, next hit, ms []mention) int {
	if q := d.subordinateSubject(t, next, ms); q >= 0 {
		return q
	}
	c := -1
	for k := next.tok0 - 1; k > t.tok1; k-- {
		if d.punctIn(k, k, ",،") {
			c = k
			break
		}
	}
	if c >= 0 && d.hitStartsWithKind(c, pAnd) {
		return d.andOwnSubject(c, next, ms)
	}
	if c < 0 || d.andBetween(c, next.tok0) {
		return -1
	}
	before, first, lastEnd := namesAround(c, next, ms)
	// "…, the same day Heiko Maas held talks with Dendias", "…, el mismo
	// día en que Maas se entrevistaba con Dendias", "…, am selben Tag, an
	// dem Maas mit Dendias zusammentraf": a day the comma sets beside the
	// clause before opens a clause of its own subject
	// (the subject's title may stand first: "el mismo día en que el
	// ministro alemán Heiko Maas se entrevistaba")
	if o := d.dayClauseOpen(c); o >= 0 && len(before) >= 2 && first >= o && first-o <= 4 && !d.punctIn(o+1, first+1, ",;:") && next.tok0-lastEnd <= 3 {
		return c
	}
	// the new subject opens its clause ("…, Sarraj annulla"); a clause
	// opened by another word ("…، جہاں انہیں السیسی سے ملنا تھا", "where
	// he was to meet Sisi") has no subject of its own there
	if len(before) < 2 || first != c || next.tok0-lastEnd > 3 {
		return -1
	}
	return c
}

// dayClauseOpen is where the subject of a clause stands that the comma
// at token c opens with a day counted from the one told before ("the
// same day", "el mismo día en que", "le jour même où", "lo stesso giorno
// in cui") or that a relative word opens after such a day set off by the
// comma ("am selben Tag, an dem", "в тот же день, когда"): the token after
// the day phrase and at most two relative, complementizer or locative
// words; -1 when no day phrase stands there.
func (d *doc) dayClauseOpen(c int) int {
	k := -1
	for _, e := range d.dates {
		if e.kind != dateAnchor {
			continue
		}
		if e.tok0 == c {
			k = e.tok1
		} else if e.tok1 == c && e.tok0 > 0 && d.punctIn(e.tok0, e.tok0, ",،") {
			k = c
		}
	}
	if k < 0 {
		return -1
	}
	for n := 0; n < 2 && k < len(d.toks); n++ {
		if k != c && d.punctIn(k, k, ",;:") || !d.hitStartsWithKind(k, pRelPron) && !d.hitStartsWithKind(k, pComplementizer) && !d.hitStartsWithKind(k, pLocative) {
			break
		}
		k++
	}
	return k
}

// futureVerb tells whether a verb in the Spanish or Italian future tense,
// which its accented ending writes ("expondrá", "se reunirán",
// "incontrerà"), stands in the clause [lo, hi) before the trigger or as
// it, outside quotes: the event is still to come.
func (d *doc) futureVerb(lo, hi, trig int) bool {
	if d.lang != "es" && d.lang != "it" {
		return false
	}
	for k := lo; k < hi && k <= trig; k++ {
		t := &d.toks[k]
		if d.inQuote[k] || t.end-t.start < 4 || t.upper {
			continue
		}
		w := string(d.text[t.start:t.end])
		if d.lang == "es" && (strings.HasSuffix(w, "rá") || strings.HasSuffix(w, "rán")) ||
			d.lang == "it" && (strings.HasSuffix(w, "rà") || strings.HasSuffix(w, "ranno")) {
			return true
		}
	}
	return false
}

// verbFinalCut parts the clauses of a verb-final language at the comma
// after trigger t: the names between it and the next trigger are that
// trigger's ("önce Dibeybe ile görüştü, ardından Menguş ile bir araya
// geldi"). It is the comma's token, or -1.
func (d *doc) verbFinalCut(t, next hit, ms []mention) int {
	if d.lang != "tr" && d.lang != "ur" {
		return -1
	}
	for k := t.tok1; k < next.tok0; k++ {
		if strings.ContainsAny(d.toks[k].punct, ",،") {
			// not a relative clause ("، جہاں انہیں السیسی سے ملنا تھا")
			if mentionIn(ms, k, next.tok0) && !mentionIn(ms, t.tok1, k) && !d.hitStartsWithKind(k, pRelPron) {
				return k
			}
			return -1
		}
	}
	return -1
}

// subordinateSubject finds a clause opened by a complementizer whose
// subject stands right before the next trigger, after a trigger that
// names nobody of its own: "La visita se produce días después de que el
// presidente del Gobierno, Pedro Sánchez, conversara con Erdogan" (the
// visit told before is no clause of Sánchez). It is the complementizer's
// token, or -1.
func (d *doc) subordinateSubject(t, next hit, ms []mention) int {
	q := -1
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= t.tok1 })
	for ; k < len(d.hits) && d.hits[k].tok0 < next.tok0; k++ {
		if d.hits[k].p.kind == pComplementizer {
			q = d.hits[k].tok0
		}
	}
	if q < 0 {
		return -1
	}
	lastEnd := -1
	for _, m := range ms {
		switch {
		case m.tok0 >= t.tok1 && m.tok0 < q && !d.commaAside(m, t.tok1, q):
			return -1
		case m.tok0 >= q && m.tok0 < next.tok0:
			lastEnd = m.tok1
		}
	}
	if lastEnd < 0 || next.tok0-lastEnd > 1 && !d.auxiliaryGap(lastEnd, next.tok0) {
		return -1
	}
	return q
}

// nounOnly tells whether every trigger of the group is a meeting noun.
func (g *group) nounOnly() bool {
	for _, t := range g.trigs {
		if t.p.kind != pMeetNoun {
			return false
		}
	}
	return true
}

// clauseMarks end a clause inside a sentence: "he will see Sarraj; a
// meeting with Haftar was called off", "Merkel phones Erdoğan – Maas
// travels to Benghazi".
const clauseMarks = ";؛–—"

// clauseCut is the last token in (from, to) that a clause mark precedes,
// or -1.
func (d *doc) clauseCut(from, to int) int {
	for k := to - 1; k > from; k-- {
		if d.punctIn(k, k, clauseMarks) {
			return k
		}
	}
	return -1
}

func (g *group) class() string {
	c := "meet"
	for _, t := range g.trigs {
		if classOf(t.p.kind) == "call" {
			c = "call"
		}
	}
	return c
}

func (g *group) has(kind int) bool {
	for _, t := range g.trigs {
		if t.p.kind == kind {
			return true
		}
	}
	return false
}

// findEvents builds meetings, calls and visits sentence by sentence.
func (d *doc) findEvents() {
	lastEventSent, joinedSent := -10, -10
	var anchor graph.Date
	var conf *event // a host's conference whose guests are still to come
	for si, s := range d.sents {
		hs := d.sentHits(si)
		var trigs []hit
		join := false
		for _, h := range hs {
			if d.inQuote[h.tok0] && !isTrigger(h.p.kind) {
				continue
			}
			h = d.relativeTalk(h)
			h = d.talkAsCall(si, h, hs)
			if len(trigs) > 0 && trigs[len(trigs)-1].tok0 == h.tok0 && isTrigger(h.p.kind) {
				continue
			}
			switch {
			case h.p.kind == pJoin && !d.presenceAtSigning(h, hs):
				join = true
			case isTrigger(h.p.kind) && !d.covered(h, hs) && !d.urging(h, hs) && !d.namingCall(h) && !d.genericNoun(h, hs) && !d.hostsThing(h, hs) && !d.departNoDestination(h, hs) && !d.stayWithoutPlace(h) && !d.unanchoredTalk(si, h, hs):
				trigs = append(trigs, h)
			}
		}
		// "Al tavolo, accanto a Draghi, sedeva anche X", "copresidió, junto
		// a Guterres, una videoconferencia": a `beside` phrase is a trigger
		// only in a sentence with no other, or with no join word
		if join || slices.ContainsFunc(trigs, func(t hit) bool { return !d.startsKind(t.tok0, pBeside) && !d.startsKind(t.tok0, pCopresence) }) {
			trigs = slices.DeleteFunc(trigs, func(t hit) bool { return d.startsKind(t.tok0, pBeside) || d.startsKind(t.tok0, pCopresence) })
		}
		trigs = d.dropApartCopresence(trigs, hs)
		// "urged Haftar to call for a truce", "llamar a la calma": a
		// `call_infinitive` phrase is a call only with its callee after it
		trigs = slices.DeleteFunc(trigs, func(t hit) bool { return d.startsKind(t.tok0, pCallInf) && !d.personRightAfter(t.tok1) })
		// "… signed the accord at a meeting chaired by Williams. The LNA
		// delegation was led by General X, the GNA's by General Y": a
		// sentence with no trigger of its own that tells who led the
		// delegations names more people of the meeting told just before
		if !join && len(trigs) == 0 && lastEventSent == si-1 && d.kindIn(hs, s.tok0, s.tok1, pLedBy) && d.kindIn(hs, s.tok0, s.tok1, pDelegation) {
			join = true
		}
		// "a day before the visit, X phoned Y": with an event told before,
		// a trigger in a phrase that points back at it is no new one when
		// the sentence has a verb of its own (not "the call came a day
		// after talks in Moscow")
		if len(d.meetings) > 0 {
			trigs = slices.DeleteFunc(trigs, func(t hit) bool { return d.openingAnaphor(si, t, hs) })
		}
		// "En la víspera del encuentro, el sábado, Bourita mantuvo …":
		// the event a time phrase counts from is no event of the sentence
		// when a trigger of its own follows the phrase
		trigs = slices.DeleteFunc(trigs, func(t hit) bool { return d.anchorNoun(t, trigs) })
		toldGone := false
		if len(d.meetings) > 0 && slices.ContainsFunc(trigs, func(t hit) bool { return !told(t, hs) && t.p.kind != pMeetNoun }) {
			n := len(trigs)
			trigs = slices.DeleteFunc(trigs, func(t hit) bool { return told(t, hs) && !d.toldNews(t, hs) })
			toldGone = len(trigs) < n
		}
		ms := d.withoutReporters(d.actorMentions(s.tok0, s.tok1), hs, trigs)
		// (nor is the partner named in such a phrase: "после встречи с
		// Салехом, Лавров провёл телефонный разговор с X")
		if toldGone {
			ms = d.outsideTold(ms, hs)
		}
		// "X came with a large delegation …. On the Turkish side Y and Z
		// also took part": a run of such sentences joins the last event
		// "Maas hosted the conference. Around the table were A, B and
		// C": the host's meeting with everyone listed as attending
		if join && len(ms) > 0 && conf != nil && si-conf.sent <= 2 && len(trigs) == 0 {
			d.joinConference(conf, ms, anchor)
			lastEventSent, joinedSent = conf.sent, si
			continue
		}
		// "Around the table sat A, B, C and D", with no meeting told
		// just before: the gathering they attended
		if len(trigs) == 0 && (si-joinedSent > 2 || d.newGathering(si, lastEventSent, hs)) {
			if ev := d.attendance(si, hs, ms, anchor); ev != nil {
				lastEventSent, joinedSent = si, si
				continue
			}
		}
		var back *event // (an attendance sentence: "An dem Gespräch nahm auch X teil")
		if join {
			back = d.attendBack(si, lastEventSent, trigs, hs)
		}
		if join && len(ms) > 0 && (si-joinedSent <= 2 || d.toldJoin(trigs, hs) || back != nil) && !(len(trigs) > 0 && lastEventSent < d.headSents && si >= d.headSents) && !d.otherMedium(trigs, lastEventSent) && !d.joinsOwnEvent(hs, ms, trigs) && !d.joinOfOwnEvent(trigs, hs, ms) && !d.joinNamesNoOne(trigs, hs, ms) && !d.joinOnOwnDay(si, lastEventSent, trigs) && !d.joinElsewhere(si, lastEventSent, trigs) && !d.companionOfOwnSubject(trigs, hs) {
			if back != nil && back.sent != lastEventSent {
				d.joinBack(back, ms)
			} else {
				d.joinLast(lastEventSent, ms)
			}
			joinedSent = si
			continue
		}
		if len(trigs) == 0 {
			// a sentence that tells no meeting but dates something to the
			// day ("Sarraj, in a televised speech on 4 April, …") is what
			// "that same night" in the next one points back at
			if dt, ok := d.sceneDate(si); ok && d.nearDay(dt, anchor) {
				anchor = dt
			}
			continue
		}
		groups := d.groups(s, trigs, ms)
		subject := d.subject(d.outsideTold(ms, hs))
		subject = d.pastFrontedCompanion(s, hs, trigs, ms, subject)
		// a pronoun in the sentence and the first person named only after
		// the first trigger: that person is an object ("traf er Dendias"),
		// the pronoun stands for the last sentence's subject
		// (a pronoun after the subject named first stands for it: "Визит
		// в Москву Дбейба совершил …, где его принимал Эрдоган")
		// (or, in Spanish and Italian, a sentence that opens with its
		// verb, the subject dropped: "Viajó a Libia el 1 de septiembre: en
		// Trípoli se entrevistó con Sarraj")
		dropped := (d.lang == "es" || d.lang == "it") && (trigs[0].tok0 == s.tok0 || d.timeOpensVerb(si, ms, hs, trigs[0]))
		// (not a gerund or participle clause whose main clause names
		// its subject after the comma: "Reuniéndose con Dbeibah, Albares
		// reiteró …")
		if dropped && d.openingNonFinite(trigs[0]) && mentionIn(ms, d.nonfiniteComma(trigs[0]), s.tok1) {
			dropped = false
		}
		// (a trigger in a phrase about an event told before is not the
		// clause's verb: "Antes de emprender el viaje, el domingo, González
		// Laya había conversado …" names its subject before the call)
		first := trigs[0]
		for _, t := range trigs {
			if !told(t, hs) {
				first = t
				break
			}
		}
		if si > 0 && subject != "" && (dropped || d.pronounIn(s.tok0, firstPerson(ms, s.tok1))) && (!mentionIn(ms, s.tok0, first.tok0) || d.clauseFinalVerb(first)) {
			if prev := d.personSubject(si-1, firstPerson(ms, s.tok1) < s.tok1); prev != "" {
				subject = prev
			}
			if tr := d.tripGoesOn(si, first, ms); tr != "" {
				subject = tr
			}
		} else if si > 0 && d.lang == "de" && d.pronounAgent(si, ms) {
			// "Dort wurde er von Außenminister Lawrow empfangen": the
			// pronoun subject of the passive is the one the sentence
			// before was about, the agent his partner
			if prev := d.lastSubject(si - 1); prev != "" {
				subject = prev
			}
		} else if si > 0 && d.subjectDropped(si, ms) {
			// "Salı günü Abu Dabi'de Gargaş ile görüştü": every name is
			// an object, the subject goes on from the sentence before
			if prev := d.lastSubject(si - 1); prev != "" {
				subject = prev
			}
		} else if p := d.objectPronounPartner(si, ms, trigs[0]); p != "" {
			// "Giuseppe Conte received him on Tuesday", "Pompeo
			// telephoned her": the pronoun is who the text was about
			subject = p
		} else if si > 0 && (d.lang == "de" || d.lang == "ru") && d.pronounIn(trigs[0].tok0, s.tok1) {
			// "Merkel hatte per Videokonferenz mit ihm gesprochen": the
			// pronoun after the trigger is the partner named before
			var persons []string
			for _, m := range ms {
				if m.kind == graph.KindPerson && !slices.Contains(persons, m.actor) {
					persons = append(persons, m.actor)
				}
			}
			if prev := d.lastSubject(si - 1); len(persons) == 1 && prev != "" && prev != persons[0] {
				subject = prev
			}
		}
		subject = d.asideSubject(si, ms, hs, first, subject)
		if p := d.demonymSubject(si, ms, hs, first); p != "" {
			subject = p
		}
		emitted := false
		// A sentence that denies a meeting ("the two did not meet, despite
		// rumours of a face-to-face in Rome") reports none: its other
		// triggers are about the meeting that did not happen.
		var evs []*event
		d.negTrig = -1
		later := d.mainSubject(subject, ms, hs)
		// the people a group phrase opening the sentence stands for ("Les
		// trois ministres ont été reçus par X, avant de s'entretenir avec
		// Y"): the subject of its later clauses too, not X
		opener := d.groupOpens(si, ms, hs, first)
		var crowd, hosts []string
		for k, g := range groups {
			if k > 0 && later != "" {
				subject = later
			}
			if k > 0 && len(crowd) > 0 {
				subject = crowd[0]
			}
			g.late = k > 0 && (groups[k-1].late || !groups[k-1].nounOnly())
			if len(evs) > 0 && d.appositiveEvent(g, hs, evs, false) {
				continue
			}
			if k == 0 && len(d.meetings) > 0 && si-d.meetings[len(d.meetings)-1].sent <= 2 && d.appositiveEvent(g, hs, d.meetings[len(d.meetings)-1:], true) {
				continue // "Il s'agit de la première visite d'un chef d'État étranger depuis …"
			}
			d.sentEvs = evs
			ev := d.buildEvent(si, g, hs, subject, d.clauseAnchor(evs, anchor, g, hs))
			if d.signedByNoPair(ev, g) {
				continue
			}
			if k == 0 && ev != nil && later == "" {
				if opener {
					crowd, hosts = d.crowdOf(ev, g)
				} else {
					crowd, hosts = d.coordinatedSubject(ev, ms, subject)
				}
			} else if k > 0 && len(crowd) > 0 && !groups[k-1].rel {
				d.addCrowd(ev, g, crowd, hosts)
			}
			split := d.separateThem(ev, g, hs, si)
			if split == nil {
				split = d.splitSeparate(ev, g, hs)
			}
			if len(split) == 1 && split[0] == ev {
				if c := d.splitCorrelative(ev, g, hs); c != nil {
					split = c
				}
			}
			n := len(evs)
			for _, e := range d.splitThen(split, g, hs, si) {
				d.wherePlace(e, g, hs)
				evs = append(evs, d.splitByPlace(d.splitCall(e, g), g)...)
			}
			d.laterPartnerDays(evs[n:], g, si)
		}
		if d.negTrig >= 0 {
			// (but a relative clause set off by commas before the denial
			// tells a meeting of its own: "Sarraj, who was in Ankara for
			// talks with Erdoğan, has not met Sisi")
			// (nor does a denial in a clause of its own after "but": "Lavrov
			// saw Haftar and Sarraj separately, but the two did not meet")
			evs = slices.DeleteFunc(evs, func(e *event) bool {
				return e == nil || !d.inClosedRelative(e.trig, d.negTrig) && !d.butBetween(e.trig, d.negTrig) && !d.inTrailingRelative(e.trig, d.negTrig) && !d.pairDeniedApart(e.trig, d.negTrig) && !d.pairDeniedBecause(e.trig, d.negTrig) && !d.deniedAfterApart(e.trig, d.negTrig) && !d.denialOfItsOwn(e, d.negTrig)
			})
		}
		evs = d.foldCompanionEvent(evs, hs, ms)
		d.datePriorEvents(si, evs)
		for _, ev := range evs {
			if ev == nil {
				continue
			}
			d.noteTrip(ev)
			d.sceneGoesOn(ev)
			if ev.session {
				continue
			}
			if len(ev.parts) < 2 {
				conf = ev
				continue
			}
			// a held event named by a known noun alone points back at
			// one told before: it tells none of its own (referringGroup)
			if ev.ref && ev.m.Status == graph.StatusHeld {
				continue
			}
			// a lead that restates the title merges into the title's event:
			// the merged date still anchors "the day before" further on
			if m := d.mergeInto(ev); m != nil {
				ev = m
			} else {
				d.meetings = append(d.meetings, ev)
			}
			emitted = true
			// (a meeting told as background, weeks before the day the
			// story is at, does not move it: "lo aveva già incontrato il
			// 2 settembre" in a December report)
			if ev.m.Status == graph.StatusHeld && ev.m.Date.Day != 0 && d.dayBeforeTold(si, ev, anchor) {
				d.backDay, d.backSent = ev.m.Date, si
			} else if ev.m.Status == graph.StatusHeld && ev.m.Date.Day != 0 && !d.longBefore(ev.m.Date, anchor) {
				anchor = ev.m.Date
				d.anchorPara = d.sents[si].para
				d.anchorPlace = ""
				if ev.m.Mode == graph.ModeInPerson || ev.m.Mode == graph.ModeVisit {
					d.anchorPlace = ev.m.Place
				}
			}
		}
		if emitted {
			lastEventSent, joinedSent = si, si
		}
		// "Am Tag darauf reiste Maas nach Tunis weiter. … Am Nachmittag
		// empfing der Minister …": a trip told in this sentence with no
		// meeting of its own moves the story to its day and city
		// (not one told as background, before the story's day: "Дбейба
		// прилетел в российскую столицу накануне вечером")
		if !emitted && d.trip.sent == si && d.trip.date.Day != 0 && !d.longBefore(d.trip.date, anchor) && !dayBefore(d.trip.date, anchor) {
			anchor = d.trip.date
			d.anchorPara = d.sents[si].para
			d.anchorPlace = d.trip.place
		}
	}
	d.cancelledBackRef()
	d.splitHeadline()
	d.titleToBody()
	d.applyNegated()
}

// titleToBody keeps of the title's events only what the body tells
// again: the title line restates the story's events, it does not add one
// of its own ("Conte phones Sarraj, UN envoy meets him in Tripoli" with
// only the call in the body), nor partners from its other clauses.
func (d *doc) titleToBody() {
	d.meetings = slices.DeleteFunc(d.meetings, func(e *event) bool {
		if e.sent >= d.headSents {
			return false
		}
		e.parts = slices.DeleteFunc(e.parts, func(p string) bool { return !contains(e.body, p) && !d.groupInBody(p, e.body) })
		return len(e.parts) < 2
	})
}

// groupInBody tells whether the body told the title's person p by the
// country or body p belongs to: the partner the lead first names as "his
// Libyan counterpart" ("il suo omologo libico, Fathi Bashagha") merged
// into the title's event before the description took its name.
func (d *doc) groupInBody(p string, body []string) bool {
	if d.isCountry(p) {
		return false
	}
	gs := map[string]bool{}
	d.groupsOf(p, gs)
	for _, b := range body {
		if gs[b] {
			return true
		}
	}
	return false
}

// splitHeadline gives back to the body the partners a headline lists
// together ("Maas trifft Sarradsch und Haftar") when the body tells its
// meetings one by one: the headline's event keeps the first body meeting
// that merged into it, and a later one with a partner it does not hold
// takes that partner away.
func (d *doc) splitHeadline() {
	for _, h := range d.meetings {
		if h.sent >= d.headSents || len(h.merged) < 2 || len(h.parts) < 3 {
			continue
		}
		for _, e := range d.meetings {
			if e == h || e.sent < d.headSents || e.class != h.class || len(e.parts) < 2 {
				continue
			}
			inside := true
			for _, p := range e.parts {
				inside = inside && contains(h.parts, p)
			}
			if !inside {
				continue
			}
			for _, p := range e.parts {
				if !contains(h.merged, p) {
					h.parts = slices.DeleteFunc(h.parts, func(q string) bool { return q == p })
					delete(h.roles, p)
				}
			}
		}
	}
}

// eventName tells whether a city that stands for its country names the
// meeting noun right after it ("the Moscow talks", "ماسکو مذاکرات",
// "die Berliner Konferenz", or after it: "leur rencontre d'Abou Dhabi"):
// the talks are named for where they are held, the country takes no part
// by that.
func (d *doc) eventName(m mention, g *group) bool {
	if m.name != nameMetonym {
		return false
	}
	for _, t := range g.trigs {
		if t.p.kind == pMeetNoun && t.tok0 == m.tok1 && d.toks[t.tok0].punct == "" {
			return true
		}
		// after the noun through a short link word: "leur rencontre
		// d'Abou Dhabi", "l'incontro di Abu Dhabi", "la reunión de Abu Dabi"
		if latinRomance[d.lang] && (t.p.kind == pMeetNoun || t.p.kind == pMeet) && !d.punctIn(t.tok1, m.tok0, ",;:.()") && (t.tok1 == m.tok0 || t.tok1 == m.tok0-1 && utf8.RuneCountInString(d.toks[t.tok1].key) <= 3) {
			return true
		}
	}
	return false
}

// pronounIn tells whether a personal pronoun stands in tokens [t0, t1).
func (d *doc) pronounIn(t0, t1 int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= t0 })
	for ; i < len(d.hits) && d.hits[i].tok0 < t1; i++ {
		if d.hits[i].p.kind == pPronoun && !d.inQuote[d.hits[i].tok0] {
			return true
		}
	}
	return false
}

// clauseFinalVerb tells whether German verb trigger t closes its clause,
// the infinitive or participle after its objects ("Dort wird er am
// Donnerstag mit Schukri zusammentreffen", "hatte er Haftar empfangen"):
// a name before it is then no subject, and a subject pronoun before that
// name stands for the one the sentences before were about.
func (d *doc) clauseFinalVerb(t hit) bool {
	// (a word that is both verb and noun is the verb in lower case:
	// "treffen", not "Treffen")
	if d.lang != "de" || t.p.kind == pMeetNoun || d.hitStartsWithKind(t.tok0, pMeetNoun) && d.toks[t.tok0].upper {
		return false
	}
	s := d.sents[d.toks[t.tok0].sent]
	return t.tok1 >= s.tok1 || d.punctIn(t.tok1, t.tok1, ",;:")
}

// objectPronounPartner is, in English, whom a pronoun object right after
// a meeting, hosting or calling verb means ("Conte received him",
// "Pompeo telephoned her on September 13") when the clause names one
// person: the one the sentence before was about, or else the person of
// the pronoun's gender named last in the two sentences before. It is ""
// when there is none.
func (d *doc) objectPronounPartner(si int, ms []mention, t hit) string {
	if d.lang != "en" || si == 0 {
		return ""
	}
	switch t.p.kind {
	case pMeet, pHost, pCall:
	default:
		return ""
	}
	var pron *hit
	for _, h := range d.hitsStartingAt(t.tok1) {
		if h.p.kind == pPronoun && !d.inQuote[h.tok0] && d.toks[h.tok0].sent == si {
			pron = &h
		}
	}
	if pron == nil {
		return ""
	}
	var persons []string
	for _, m := range ms {
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !slices.Contains(persons, m.actor) {
			persons = append(persons, m.actor)
		}
	}
	if len(persons) != 1 {
		return ""
	}
	fem := pron.p.name == "pronoun_fem"
	if prev := d.lastSubject(si - 1); prev != "" && prev != persons[0] && d.female(prev) == fem {
		return prev
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.tok0 >= d.sents[si].tok0 {
			continue
		}
		if d.toks[m.tok0].sent < si-2 {
			break
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && m.actor != persons[0] && d.female(m.actor) == fem {
			return m.actor
		}
	}
	return ""
}

// pronounAfterPerson tells whether a pronoun follows the first person
// sentence si names: that person is who the sentence is about, and its
// clauses borrow no subject from the sentence before.
func (d *doc) pronounAfterPerson(si int, hs []hit) bool {
	s := d.sents[si]
	ms := d.actorMentions(s.tok0, s.tok1)
	p := firstPerson(ms, s.tok1)
	// (a partner marked as no subject is not who the pronoun after him
	// stands for: "С Лавровым он встретился в среду")
	if k := slices.IndexFunc(ms, func(m mention) bool { return m.tok0 == p }); k >= 0 && d.obliqueName(ms[k], hs) {
		return false
	}
	return p < s.tok1 && d.pronounIn(p, s.tok1)
}

// pronounBeforeVerb tells whether group g's first trigger is a verb
// whose clause names no one before it and has a personal pronoun right
// before it, only adverbs of the `inserted` list or auxiliaries between,
// or right after it ("В среду он
// встретился с Лавровым и Богдановым", "On Wednesday he met Lavrov and
// Bogdanov", "il a rencontré", "traf er", "его приняли Лавров и
// Богданов"): the pronoun, subject or
// object, is a party besides all the people named after the verb, who
// are its partners, not a pair of their own.
func (d *doc) pronounBeforeVerb(g *group, hs []hit) bool {
	t := g.trigs[0]
	switch t.p.kind {
	case pMeet, pHost, pCall, pVisit:
	default:
		return false
	}
	if !d.pronounBefore(g) {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pPronoun || d.inQuote[h.tok0] || h.tok0 < g.lo {
			continue
		}
		// (right after the verb, verb-second or inverted: "traf er",
		// "встретился он")
		if h.tok0 == t.tok1 && !d.punctIn(h.tok0, h.tok0, ",;:") {
			return true
		}
		if h.tok1 > t.tok0 {
			continue
		}
		k := h.tok1
		for k < t.tok0 && d.toks[k].punct == "" && (d.insertedAt(k) || d.rules.auxiliary[d.toks[k].norm]) {
			k++
		}
		if k == t.tok0 && !d.punctIn(h.tok1, t.tok0, ",;:") {
			return true
		}
	}
	return false
}

// allNamedAfter tells whether every one of parts is named in group g
// after its first trigger: none is a subject borrowed from before.
func (d *doc) allNamedAfter(g *group, parts []string) bool {
	for _, p := range parts {
		if !slices.ContainsFunc(g.mentions, func(m mention) bool { return m.actor == p && m.tok0 >= g.trigs[0].tok1 }) {
			return false
		}
	}
	return true
}

// pronounAfterObliquePartner tells whether the names before group g's
// first trigger are all partners marked as no subject and a personal
// pronoun stands after them, before the trigger: the partner fronted as
// the topic, the pronoun the subject ("С Лавровым он встретился в среду",
// "С ним Лавров встретился"; Turkish "Lavrov'la o görüştü"). The pronoun
// stands for a person named before, as when it opens the clause.
func (d *doc) pronounAfterObliquePartner(g *group, hs []hit) bool {
	last := -1
	for _, m := range g.mentions {
		if m.tok0 >= g.trigs[0].tok0 {
			continue
		}
		if !d.obliqueName(m, hs) {
			return false
		}
		last = max(last, m.tok1)
	}
	return last >= 0 && d.pronounIn(last, g.trigs[0].tok0)
}

// lastPeople is the n people named last before token lo, in the two
// sentences before sentence si or in it, none of those seen.
func (d *doc) lastPeople(lo, si, n int, seen map[string]bool) []string {
	var out []string
	for i := len(d.mentions) - 1; i >= 0 && len(out) < n; i-- {
		m := d.mentions[i]
		if m.tok0 >= lo {
			continue
		}
		if d.toks[m.tok0].sent < si-2 {
			break
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !seen[m.actor] && !slices.Contains(out, m.actor) && !d.rolePredicate(m) {
			out = append(out, m.actor)
		}
	}
	return out
}

// rolePredicate tells whether mention m comes right after an `as_aside`
// word ("chose Dbeibah as premier and al-Menfi as president of the
// council", "ha scelto Dbeibah come premier"): a title there is the role
// of the person before it, no one else.
func (d *doc) rolePredicate(m mention) bool {
	if m.tok0 == 0 || d.toks[m.tok0].punct != "" {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= m.tok0-1 })
	for ; i < len(d.hits) && d.hits[i].tok0 == m.tok0-1; i++ {
		if d.hits[i].p.kind == pAsAside && d.hits[i].tok1 == m.tok0 {
			return true
		}
	}
	return false
}

// groupSize is how many people the group phrase in [lo, hi) counts.
func (d *doc) groupSize(lo, hi int) int {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < hi; i++ {
		if d.hits[i].p.kind != pBoth {
			continue
		}
		// (the `group_three` and `group_four` phrases count themselves:
		// "تینوں وزرائے خارجہ", "die drei Minister", "четверо министров")
		switch d.hits[i].p.name {
		case "group_three":
			return 3
		case "group_four":
			return 4
		}
		for _, k := range d.hits[i].p.keys {
			if n := closed().groupNum[k]; n > 0 {
				return n
			}
		}
	}
	return 2
}

// lastSubject is the subject of sentence si's last clause after a colon
// or semicolon, when it names a person ("le maréchal n'a pas été reçu
// par Le Drian : le ministre se trouvait à Bruxelles" ends on Le Drian),
// else the sentence's subject: whom a pronoun in the next sentence means.
func (d *doc) lastSubject(si int) string {
	return d.lastSubjectDepth(si, 2)
}

func (d *doc) lastSubjectDepth(si, depth int) string {
	s := d.sents[si]
	ms := d.actorMentions(s.tok0, s.tok1)
	// the subject goes on from the sentence before when this one has a
	// pronoun subject ("Am 18. August war er in Tripolis mit X
	// zusammengetroffen"), a passive's agent after a pronoun, or none
	if depth > 0 && si > 0 && ((d.lang == "de" || d.lang == "ru") && d.pronounIn(s.tok0, min(firstPerson(ms, s.tok1), s.tok0+6)) || d.pronounAgent(si, ms) || d.subjectDropped(si, ms) || d.romanceSubjectless(si, ms) || d.urPronounErgative(si, ms)) {
		if prev := d.lastSubjectDepth(si-1, depth-1); prev != "" {
			return prev
		}
	}
	if depth > 0 && si > 0 && d.pronounOnly(si, ms) {
		if p := d.pronounChain(si, depth); p != "" {
			return p
		}
	}
	for k := s.tok1 - 1; k > s.tok0; k-- {
		if strings.ContainsAny(d.toks[k].punct, ":;؛") && !d.inQuote[k] {
			if p := firstPerson(ms, s.tok1); p < k {
				for _, m := range ms {
					// the clause's subject opens it ("ein Treffen mit
					// General Haftar" after a semicolon is no subject)
					if m.tok0 >= k && m.tok0 <= k+2 && m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
						return m.actor
					}
				}
			}
			break
		}
	}
	return d.subject(d.withoutFrontedObject(si, ms))
}

// longBefore tells whether date a is more than a week before date b
// (both with a day; a year taken from the publication when missing).
func (d *doc) longBefore(a, b graph.Date) bool {
	if b.Day == 0 || b.Month == 0 {
		return false
	}
	if a.Year == 0 {
		a.Year = d.pub.Year
	}
	if b.Year == 0 {
		b.Year = d.pub.Year
	}
	if a.Year == 0 && b.Year == 0 {
		a.Year, b.Year = 2000, 2000 // both of one unknown year
	}
	if a.Year == 0 || b.Year == 0 {
		return false
	}
	return toTime(b).Sub(toTime(a)) > 7*24*time.Hour
}

// visitOf tells whether a group's last trigger is a visit whose visitor
// follows it as its genitive ("la visite à Paris de Mohamed el-Menfi",
// "El viaje de Sánchez"): the visit is that person's, and the sentence's
// or the last sentence's subject did not take part.
func (d *doc) visitOf(g *group) bool {
	t := g.trigs[len(g.trigs)-1]
	if t.p.kind != pVisit {
		return false
	}
	for _, m := range g.mentions {
		if m.tok0 < t.tok1 {
			continue
		}
		return m.kind == graph.KindPerson && m.tok0 <= t.tok1+4 && d.hitEndsAt(m.tok0, m.tok0-1, pUnnamedLink)
	}
	return false
}

// ownTraveller tells whether person p, the one person of a later clause
// of its sentence, is named before that clause's trip verb t as its
// subject ("Lavrov ile Çavuşoğlu'nun Soçi'de bir araya gelmesinden sonra
// Hafter Moskova'ya gitti", "After the talks, Haftar flew to Moscow"): the
// trip is the traveller's alone, and the earlier clause's subject did not
// come along. A name with a case ending or postposition after it
// ("Erdoğan'ı ziyaret etti", "اردوان سے") is an object; in Arabic and
// German the subject follows the verb and nothing changes.
func (d *doc) ownTraveller(g *group, t hit, p string) bool {
	if t.p.kind != pVisit || d.lang == "ar" || d.lang == "de" {
		return false
	}
	for _, m := range g.mentions {
		if m.actor != p {
			continue
		}
		if m.kind != graph.KindPerson || m.tok0 < g.lo || m.tok1 > t.tok0 || d.punctIn(m.tok1, t.tok0, ",;:") {
			return false
		}
		if m.tok1 < len(d.toks) && (d.toks[m.tok1].apos || d.lang == "ur" && urObjectMarks[d.toks[m.tok1].norm]) {
			return false
		}
		return !d.pronounIn(g.lo, t.tok0) && d.otherStop(g)
	}
	return false
}

// otherStop tells whether the trip of later clause g goes somewhere other
// than where the sentence's event told before it was held ("… Soçi'de bir
// araya gelmesinden sonra Hafter Moskova'ya gitti"). A trip to the same
// place, or to no place named, may be a visit to that event's host
// ("Conte riceve Haftar a Palazzo Chigi, Sarraj annulla la visita a
// Roma").
func (d *doc) otherStop(g *group) bool {
	s0 := d.sents[d.toks[g.lo].sent].tok0
	var before, own []string
	for _, p := range d.placeMs {
		switch {
		case p.tok0 >= s0 && p.tok0 < g.lo:
			before = append(before, p.place)
		case p.tok0 >= g.lo && p.tok0 < g.hi:
			own = append(own, p.place)
		}
	}
	if len(before) == 0 || len(own) == 0 {
		return false
	}
	for _, p := range own {
		if slices.Contains(before, p) {
			return false
		}
	}
	return true
}

// urObjectMarks are the Urdu postpositions that make the name before them
// an object or a partner, not a subject.
var urObjectMarks = map[string]bool{"کو": true, "سے": true, "کے": true, "کی": true, "کا": true}

// outcomeOf tells whether a meeting noun is what is reported on: a
// topic phrase ends right before it, a place name or one word between
// ("brief the Council on the outcome of the Berlin meeting").
func (d *doc) outcomeOf(t hit) bool {
	for k := t.tok0; k >= max(0, t.tok0-3); k-- {
		if d.hitEndsAt(k, 0, pTopic) && (k == t.tok0 || !d.punctIn(k, t.tok0, ",;:")) {
			for _, i := range d.hitsByEnd(k) {
				if h := d.hits[i]; h.p.kind == pTopic && h.tok1-h.tok0 >= 3 {
					return true // a phrase ("the outcome of the"), not a bare "on"
				}
			}
		}
	}
	return false
}

// otherPerson is the one person of sentence si other than actor, or "".
func (d *doc) otherPerson(si int, actor string) string {
	s := d.sents[si]
	other := ""
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if m.kind != graph.KindPerson || m.actor == actor || d.inQuote[m.tok0] {
			continue
		}
		if other != "" && other != m.actor {
			return ""
		}
		other = m.actor
	}
	return other
}

// withoutFrontedObject drops the persons of a phrase that opens the
// sentence with an event noun and ends at a comma, when a person follows
// it: "After talks with Malta's foreign minister, Evarist Bartolo, in
// Valletta, Sarraj held …" is about Sarraj, and a pronoun in the next
// sentence means him.
func (d *doc) withoutFrontedObject(si int, ms []mention) []mention {
	s := d.sents[si]
	if len(ms) < 2 || ms[0].tok0-s.tok0 > 6 {
		return ms
	}
	opens := false
	for _, h := range d.sentHits(si) {
		if h.tok0 >= ms[0].tok0 || h.tok0-s.tok0 > 5 {
			break
		}
		if isTrigger(h.p.kind) {
			opens = true
		}
	}
	if !opens {
		return d.withoutFrontedPhrase(s, ms)
	}
	f := firstPerson(ms, -1)
	for i := 1; i < len(ms); i++ {
		if f < 0 || ms[i].tok0 <= f || ms[i].kind != graph.KindPerson || !d.punctIn(ms[i-1].tok1, ms[i].tok0, ",،") || d.relativeAfterComma(ms[i-1].tok1, ms[i].tok0) {
			continue
		}
		for k := ms[i-1].tok1; k < ms[i].tok0; k++ {
			if d.triggerAt(k) || d.pronounIn(k, k+1) {
				return ms
			}
		}
		return ms[i:]
	}
	return ms
}

// relativeAfterComma tells whether the first comma in tokens [lo, hi]
// opens a relative clause ("flog weiter in die Emirate, die als
// Unterstützer Haftars gelten", "…, qui soutiennent Haftar"): a name in
// it is no subject of the sentence (session 16).
func (d *doc) relativeAfterComma(lo, hi int) bool {
	for k := lo; k <= hi && k < len(d.toks); k++ {
		if strings.ContainsAny(d.toks[k].punct, ",،") {
			return d.relativeOpensAt(k) || d.hitStartsWithKind(k, pRelPron)
		}
	}
	return false
}

// afterDateline is the first token of sentence si's own words: past the
// dateline that opens the lead ("Berlin – Bei einem Treffen mit X
// forderte Y …", "Kairo (AFP) – …"), else its first token (session 16).
func (d *doc) afterDateline(si int) int {
	s := d.sents[si]
	if d.dateline == "" || si != d.datelineSent {
		return s.tok0
	}
	for k := s.tok0 + 1; k < s.tok1 && k <= s.tok0+9; k++ {
		if strings.ContainsAny(d.toks[k].punct, "—–-") && !d.toks[k].hyph {
			return k
		}
	}
	return s.tok0
}

// pronounAfterAuxiliary tells whether group g's clause has a name
// fronted before an auxiliary, a personal pronoun right after it and its
// trigger, a participle or verb-final verb, after that with no mark
// between ("Mit Sisi war er … zusammengetroffen", "Sisi hatte er …
// getroffen") (session 16).
func (d *doc) pronounAfterAuxiliary(g *group) bool {
	t := g.trigs[0]
	if d.rules.auxiliary == nil || d.toks[t.tok0].upper || len(g.mentions) == 0 {
		return false
	}
	for k := g.lo + 1; k < t.tok0; k++ {
		if !d.pronounIn(k, k+1) || !d.rules.auxiliary[d.toks[k-1].norm] || d.punctIn(k-1, t.tok0, ",;:()–—") {
			continue
		}
		for _, m := range g.mentions {
			if m.tok1 > k-1 {
				return false
			}
		}
		return true
	}
	return false
}

// firstPerson is the first token of the first person among ms, or end.
func firstPerson(ms []mention, end int) int {
	for _, m := range ms {
		if m.kind == graph.KindPerson {
			return m.tok0
		}
	}
	return end
}

// withoutTold drops from a group the triggers that point back at an
// event told before ("За два дня до визита в Москву, … он встречался в
// Бенгази с Хафтаром": the visit to Moscow is not where or how they
// met), when a trigger of its own remains.
func (d *doc) withoutTold(g *group, hs []hit) *group {
	var own []hit
	for _, t := range g.trigs {
		if !told(t, hs) {
			own = append(own, t)
		}
	}
	if len(own) == 0 || len(own) == len(g.trigs) {
		return g
	}
	c := *g
	c.trigs = own
	return &c
}

// anaphoric tells whether every trigger of the group lies in a phrase
// that points back at an event already told ("said after the meeting",
// "nach dem Treffen", "خلال اللقاء", "görüşmenin ardından"): unless the
// clause names a pair of its own, it adds to that event and reports no
// new one.
func (d *doc) anaphoric(g *group, hs []hit) bool {
	for _, t := range g.trigs {
		if !told(t, hs) {
			return false
		}
	}
	return true
}

// commas counts the commas in tokens [t0, t1].
func (d *doc) commas(t0, t1 int) int {
	n := 0
	for k := t0; k <= t1 && k < len(d.toks); k++ {
		n += strings.Count(d.toks[k].punct, ",") + strings.Count(d.toks[k].punct, "،")
	}
	return n
}

// toldWith tells whether an event told before holds all of parts.
func (d *doc) toldWith(parts []string) bool {
	return slices.ContainsFunc(d.meetings, func(e *event) bool { return containsAll(e.parts, parts) })
}

// outsideTold drops the mentions inside a phrase about an event told
// before, up to its comma: in "после встречи с Салехом, Лавров провёл
// телефонный разговор" Saleh is no subject of the sentence.
func (d *doc) outsideTold(ms []mention, hs []hit) []mention {
	if !slices.ContainsFunc(hs, func(h hit) bool { return h.p.kind == pAnaphor }) {
		return ms
	}
	var out []mention
	for _, m := range ms {
		in := false
		for _, h := range hs {
			if h.p.kind != pAnaphor || h.tok0 > m.tok0 {
				continue
			}
			// the phrase closed by a comma right after the name (not "Nach
			// dem Gespräch sagte Maas", where Maas is the subject)
			if m.tok0 < h.tok1 || m.tok0 <= h.tok1+4 && !d.punctIn(h.tok1, m.tok0, ",،;:") && m.tok1 < len(d.toks) && strings.ContainsAny(d.toks[m.tok1].punct, ",،") {
				in = true
				break
			}
		}
		if !in {
			out = append(out, m)
		}
	}
	return out
}

// told tells whether trigger t lies in a phrase that points back at an
// event told before.
func told(t hit, hs []hit) bool {
	for _, h := range hs {
		// (or its noun, the partner's preposition after it: "после
		// встречи" of "встречи с Салехом")
		if h.p.kind == pAnaphor && h.tok0 <= t.tok0 && (h.tok1 >= t.tok1 || h.tok1 > t.tok0 && t.p.kind == pMeet && t.tok1-h.tok1 == 1) {
			return true
		}
	}
	return false
}

// tripGoesOn is who a pronoun subject of a trip verb stands for ("منگل
// کو وہ طبرق پہنچے", "on Tuesday he went on to Tobruk"): the person the
// article names most, when he took part in the last event told in the
// three sentences before. He is the one travelling from stop to stop,
// not the host who spoke in between ("the field marshal reaffirmed …").
// It is "" when the trigger is no trip word or no such event was told.
func (d *doc) tripGoesOn(si int, first hit, ms []mention) string {
	if first.p.kind != pVisit || len(d.meetings) == 0 {
		return ""
	}
	e := d.meetings[len(d.meetings)-1]
	tr := d.protagonist()
	if e.sent < si-3 || tr == "" || !contains(e.parts, tr) || slices.ContainsFunc(ms, func(m mention) bool { return m.actor == tr }) {
		return ""
	}
	return tr
}

// departNoDestination tells whether visit trigger h is a `depart` word
// ("روانہ", set off) with no destination named with it: a place right
// before it, or before a `toward` phrase ("ماسکو روانہ", "ماسکو کے لیے
// روانہ"). A place marked as the source ("ماسکو سے روانہ ہو گئے", left
// Moscow) or none at all ("دستخط کیے بغیر روانہ", left without signing)
// tells a departure, no visit.
func (d *doc) departNoDestination(h hit, hs []hit) bool {
	if h.p.kind != pVisit || !slices.ContainsFunc(hs, func(x hit) bool { return x.p.kind == pDepart && x.tok0 == h.tok0 }) {
		return false
	}
	end := h.tok0
	for _, x := range hs {
		if x.p.kind == pToward && x.tok1 == h.tok0 {
			end = x.tok0
		}
	}
	if end > 0 && strings.ContainsAny(d.toks[end-1].punct, breakMarks) {
		return true
	}
	for _, p := range d.placeMs {
		if p.tok1 == end {
			return false
		}
	}
	return true
}

// toldJoin tells whether a sentence with a taking-part word names its
// event only by nouns in phrases that point back at one told before ("ہونے
// والی ملاقات میں X بھی شریک ہوئے", at the meeting that was held X also
// took part): it adds to the last event told, however many sentences
// about the delegation stand between.
func (d *doc) toldJoin(trigs, hs []hit) bool {
	if len(trigs) == 0 || len(d.meetings) == 0 {
		return false
	}
	for _, t := range trigs {
		if !told(t, hs) {
			return false
		}
	}
	return true
}

// toldNews tells whether the phrase pointing back that trigger t lies in
// names right after it a partner no meeting told before holds ("dopo i
// colloqui con Lavrov", after a summit Lavrov was not at): talks the
// story has not told, news of their own.
func (d *doc) toldNews(t hit, hs []hit) bool {
	// (in Turkish and Urdu a noun's partner comes before it: a name after
	// the phrase is the next clause's)
	if d.verbFinal() {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pAnaphor || h.tok0 > t.tok0 || h.tok1 < t.tok1 {
			continue
		}
		for _, m := range d.actorMentions(h.tok1, h.tok1+d.toldNewsReach(h)) {
			if m.kind != graph.KindPerson || d.punctIn(h.tok1, m.tok0, ",;:.") {
				continue
			}
			if !slices.ContainsFunc(d.meetings, func(e *event) bool { return contains(e.parts, m.actor) }) {
				return true
			}
		}
	}
	return false
}

// covered tells whether a trigger lies inside a longer trigger, an
// ignore phrase ("in contact with" is no call) or a longer cancellation
// cue ("called off") of the same sentence.
func (d *doc) covered(h hit, hs []hit) bool {
	for _, o := range hs {
		if o.tok0 == h.tok0 && o.tok1 == h.tok1 && o.p == h.p {
			continue
		}
		if o.tok0 <= h.tok0 && o.tok1 >= h.tok1 && (o.tok1-o.tok0 > h.tok1-h.tok0 || o.p.kind == pIgnore) {
			// a cancellation cue holds no trigger of its own: "called off";
			// nor does a longer joining phrase: "принял участие" receives no one
			if o.p.kind == pIgnore || o.p.kind == pCancelled || o.p.kind == pJoin || isTrigger(o.p.kind) {
				return true
			}
		}
		// a `without` phrase holds no meeting of its own ("without
		// meeting X", "senza incontrare X", "ohne X zu treffen")
		if o.p.kind == pWithout && d.withoutSpan(o, h) {
			return true
		}
		// a separable ignore phrase ("hätte … getroffen") covers the
		// participle that closes its clause too
		if o.p.kind == pIgnore && len(o.p.particle) > 0 && h.tok0 >= o.tok1 && h.tok0 < o.tok1+12 &&
			d.toks[h.tok0].norm == o.p.particle[0] && !d.punctIn(o.tok1+1, h.tok0, ",;:") {
			return true
		}
	}
	return false
}

// hostsThing tells whether host verb h takes a thing, not a person: a
// `host_thing` word ("letter", "decision", "решение", "меры", "к
// сведению") as its object, at most two words after it with no name or
// punctuation between ("received a personal letter from Putin", "принял
// окончательное решение"), or, in Russian, which can front the object or
// make it a passive's subject, at most two words before it ("решение
// должны принимать сами ливийцы", "резолюция была принята").
func (d *doc) hostsThing(h hit, hs []hit) bool {
	if (h.p.kind == pMeet || h.p.kind == pMeetNoun) && d.meetsAnyone(h, hs) {
		return true
	}
	if h.p.kind != pHost {
		return false
	}
	if d.meetsAnyone(h, hs) {
		return true
	}
	for _, o := range hs {
		if o.p.kind != pHostThing || d.inQuote[o.tok0] {
			continue
		}
		if o.tok0 >= h.tok1 && o.tok0 <= h.tok1+2 && !d.punctIn(h.tok1, o.tok0, ",;:.()«»\"") && !d.namedIn(h.tok1, o.tok0) {
			return true
		}
		if d.lang == "ru" && o.tok1 <= h.tok0 && o.tok1+2 >= h.tok0 && !d.punctIn(o.tok1, h.tok0, ",;:.()«»\"") && !d.namedIn(o.tok1, h.tok0) {
			return true
		}
	}
	return false
}

// meetsAnyone tells whether meeting or hosting verb h (or a meeting noun
// French folds a participle into, "a rencontré") has an `anyone` word as
// its object, at most two words after it with no name or
// punctuation between ("has met almost everyone who matters", "received
// anybody who asked", "встречался почти со всеми"): it names no one met,
// and a name told later in the sentence is no partner of it.
func (d *doc) meetsAnyone(h hit, hs []hit) bool {
	for _, o := range hs {
		if o.p.kind == pAnyone && !d.inQuote[o.tok0] && o.tok0 >= h.tok1 && o.tok0 <= h.tok1+2 && !d.punctIn(h.tok1, o.tok0, ",;:.()«»\"") && !d.namedIn(h.tok1, o.tok0) {
			return true
		}
	}
	return false
}

// urging tells whether call trigger h is a verb of calling that urges
// rather than phones: "a appelé les parties à la retenue", "llamó a la
// calma", "ha chiamato i libici al dialogo". After the verb, up to the
// clause's end, a preposition of the urge list that names no actor or
// place and opens no date before the next preposition or punctuation is
// what is urged; "a appelé son homologue, Heiko Maas", "llamó a Maas" and
// "a appelé Maas à Berlin" stay calls. English "called on" is a visit
// verb the same way: "called on al-Menfi at his residence" visits him,
// "called on Turkey to withdraw" urges.
func (d *doc) urging(h hit, hs []hit) bool {
	if d.urgedMeeting(h, hs) || d.proposedMeeting(h, hs) {
		return true
	}
	if h.p.kind != pCall && h.p.kind != pVisit {
		return false
	}
	var u *hit
	for i := range hs {
		if hs[i].p.kind == pUrge && hs[i].tok0 <= h.tok0 && hs[i].tok1 >= h.tok1 {
			u = &hs[i]
			break
		}
	}
	if u == nil {
		return false
	}
	end := d.sents[d.toks[h.tok0].sent].tok1
	for k := u.tok0 + 1; k < end; k++ {
		// (the clause of the verb: "llamó a Macron, a quien pidió
		// apoyo" urges nothing; a dash ends it too: "calling on Turkey
		// to withdraw - remarks Ankara called unfortunate")
		if k > u.tok0+1 && urgeClauseEnds(d.toks[k]) {
			break
		}
		// (an infinitive marker before a word naming no one: all that
		// follows is urged, "called on Turkey to withdraw from Libya")
		if d.hitStartsWithKind(k, pUrgeInf) && k+1 < end && !d.namedIn(k+1, k+2) && !d.dateStartsAt(k+1) {
			return true
		}
		// (a particle inside a name is none: "llamó a Fayez al Sarraj")
		if !d.hitStartsWithKind(k, pUrgePrep) || d.insideMention(k, k+1) {
			continue
		}
		j := k + 1
		for j < end && !d.hitStartsWithKind(j, pUrgePrep) && !urgeClauseEnds(d.toks[j]) {
			j++
		}
		// (a name or place opening what follows is the called one, "llamó
		// a Erdogan"; one further on is what the appeal is about, "à la
		// modération sur la ligne de Syrte", "a la calma en Libia")
		if !d.namedIn(k+1, min(j, k+3)) && !d.dateStartsAt(k+1) {
			return true
		}
	}
	return false
}

// urgedMeeting tells whether meeting trigger h is what an urge verb
// before it in its clause urges, opened by an urge preposition right
// before it or at its start (an article or adjective between, no name):
// "forderte al-Sarradsch und Haftar zu Gesprächen auf", "drängte Saleh
// und al-Mischri zu direkten Gesprächen", "ermunterte Haftar zu einem
// Treffen mit al-Sarradsch", "hat X zu einem Treffen aufgefordert" tell
// an appeal, no meeting: its partners are the urge verb's objects. Eight
// words at most between the verb and the phrase, no clause break.
func (d *doc) urgedMeeting(h hit, hs []hit) bool {
	if h.p.kind != pMeet && h.p.kind != pMeetNoun {
		return false
	}
	k := -1
	for j := h.tok0; j >= 0 && j >= h.tok0-3; j-- {
		// (only articles and adjectives between, no noun: "zum Auftakt
		// seiner Gespräche mit X" opens no appeal)
		if j < h.tok0 && (d.namedIn(j, h.tok0) || urgeClauseEnds(d.toks[j+1]) || d.toks[j].upper) {
			break
		}
		if d.hitStartsWithKind(j, pUrgePrep) {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	for _, u := range hs {
		if u.p.kind != pUrge || d.toks[u.tok0].sent != d.toks[k].sent {
			continue
		}
		// (before, or closing a verb-final clause after it: "hat X zu
		// einem Treffen aufgefordert")
		lo, hi := u.tok1, k
		if u.tok0 >= h.tok1 {
			lo, hi = h.tok1, u.tok0
		} else if u.tok1 > k {
			continue
		}
		if hi-lo > 8 {
			continue
		}
		clause := true
		for j := lo; j <= hi; j++ {
			if urgeClauseEnds(d.toks[j]) {
				clause = false
				break
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// urgeClauseEnds tells whether the punctuation before t ends the clause
// an urge verb governs: a comma, colon, full stop or a dash set apart;
// the hyphen inside a name ("al-Sarraj", "el-Menfi", "Jean-Yves") ends
// nothing ("a appelé Fayez al-Sarraj et Khalifa Haftar à la retenue").
func urgeClauseEnds(t token) bool {
	if strings.ContainsAny(t.punct, ",;:.–—") {
		return true
	}
	return !t.hyph && strings.Contains(t.punct, "-")
}

// namedIn tells whether an actor or a place is mentioned in tokens [t0, t1).
func (d *doc) namedIn(t0, t1 int) bool {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= t0 })
	if i < len(d.mentions) && d.mentions[i].tok0 < t1 {
		return true
	}
	for _, p := range d.placeMs {
		if p.tok0 >= t0 && p.tok0 < t1 {
			return true
		}
	}
	return false
}

// dateStartsAt tells whether a date expression starts at token k.
func (d *doc) dateStartsAt(k int) bool {
	for _, e := range d.dates {
		if e.tok0 == k {
			return true
		}
	}
	return false
}

// ignored tells whether a cue lies inside an ignore phrase ("the next
// day" holds no "next" of a planned event).
func ignored(h hit, hs []hit) bool {
	for _, o := range hs {
		if (o.p.kind == pIgnore || o.p.kind == pButNot || o.p.kind == pEachOf || o.p.kind == pWithout) && o.tok0 <= h.tok0 && o.tok1 >= h.tok1 {
			return true
		}
	}
	return false
}

func (d *doc) sentHits(si int) []hit {
	s := d.sents[si]
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= s.tok0 })
	j := i
	for j < len(d.hits) && d.hits[j].tok0 < s.tok1 {
		j++
	}
	return d.hits[i:j]
}

// actorMentions lists the actor (not place) mentions of a token range.
func (d *doc) actorMentions(t0, t1 int) []mention {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= t0 })
	n := 0 // counted first: one allocation of the size it needs
	for j := i; j < len(d.mentions) && d.mentions[j].tok0 < t1; j++ {
		if !d.mentions[j].loc && !d.mentions[j].dir {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]mention, 0, n)
	for ; i < len(d.mentions) && d.mentions[i].tok0 < t1; i++ {
		if !d.mentions[i].loc && !d.mentions[i].dir {
			out = append(out, d.mentions[i])
		}
	}
	return out
}

// asideOpensAt tells whether token k, at most eight words before speech
// verb h and not before trigger t, lies in a source aside opened by an
// `as_aside` word after a comma that ends at h (", wie das Auswärtige Amt
// mitteilte", ", wie sein Sprecher Christofer Burger mitteilte", ", comme
// l'a annoncé le Quai d'Orsay"): its names report the event told before
// the comma; they are no party to it, however close the verb-final
// trigger stands to the comma.
func (d *doc) asideOpensAt(k int, h, t hit) bool {
	if k < t.tok1 || h.tok0-k > 8 {
		return false
	}
	for a := k; a >= t.tok1 && a >= h.tok0-8; a-- {
		if d.hitStartsWithKind(a, pAsAside) && strings.Contains(d.toks[a].punct, ",") {
			return !d.punctIn(a+1, h.tok0, ",;:")
		}
	}
	return false
}

// withoutReporters drops the actors who only report the sentence's event:
// the source of "according to X", and the speaker of a speech verb that
// comes after the event ("…, Kemmer said", "…, sagte Kemmer"). "Maas said
// he met Haftar" keeps Maas: his verb comes before the event.
func (d *doc) withoutReporters(ms []mention, hs, trigs []hit) []mention {
	if len(trigs) == 0 {
		return ms
	}
	drop := map[int]bool{} // by token start
	for _, h := range hs {
		if !isSpeech(h.p.kind) || d.inQuote[h.tok0] || d.talkSpeech(h) || d.speechToTrigger(h, hs, trigs) {
			continue
		}
		if isAccording(h) {
			if m := d.sourceOf(h, d.inQuote); m != nil {
				drop[m.tok0] = true
			}
			continue
		}
		if h.tok0 < trigs[0].tok1 {
			// "Carthage a annoncé que Dbeibah …", "the Kremlin said that
			// Putin …": an office or a state announcing the event is no
			// party to it
			if latinRomance[d.lang] && d.complementizerAt(h.tok1) {
				for _, m := range ms {
					if m.tok1 <= h.tok0 && h.tok0-m.tok1 <= 3 && !d.punctIn(m.tok1, h.tok0, ",;:") && m.kind != graph.KindPerson && !m.loc && !m.dir {
						drop[m.tok0] = true
					}
				}
			}
			continue
		}
		// "Bei seinem Treffen mit Lawrow forderte Maas …": the verb after
		// a fronted phrase has the event's own subject after it
		if s0 := d.afterDateline(d.toks[h.tok0].sent); d.hitStartsWithKind(s0, pFronted) && trigs[0].tok0 <= s0+3 && !d.punctIn(s0+1, h.tok0, ",;:") {
			continue
		}
		// "After his talks with Sarraj in Tripoli, Conte said …", "À
		// l'issue de son entretien avec X, Y a déclaré …": the time phrase
		// that opens the sentence holds the event; the name after its
		// comma is the subject of the verb and a party to the event
		if d.openingAfter(trigs[0], h) {
			continue
		}
		if d.frontedEventAddressee(trigs[0], h, ms) {
			continue
		}
		if m := d.mentionAfter(h, d.inQuote); m != nil {
			drop[m.tok0] = true
		}
		if d.invertedAfterComma(h) {
			// "…, Mohamed el-Menfi, a annoncé le Quai d'Orsay": the name
			// the comma closes is the event's, not the verb's
			continue
		}
		// "…, Kemmer said", "…, UN officials said": the names between the
		// last comma and the verb
		// (the comma may close the trigger's clause: "… Saleh treffen, wie
		// das Auswärtige Amt mitteilte")
		for k := h.tok0 - 1; k >= trigs[0].tok1 && k >= h.tok0-4 || d.asideOpensAt(k, h, trigs[0]); k-- {
			if d.punctIn(k, k, ",،") {
				for _, m := range ms {
					if m.tok0 >= k && m.tok1 <= h.tok0 && !d.relativeApposition(&m) {
						drop[m.tok0] = true
					}
				}
				break
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if !drop[m.tok0] {
			out = append(out, m)
		}
	}
	return out
}

// invertedAfterComma tells whether speech verb h, set off by a comma
// from what comes before it, has its subject right after it in en fr it
// es (", a annoncé le Quai d'Orsay", ", a indiqué son ministère", ", ha
// reso noto la Farnesina", ", informó su ministerio", ", said the
// ministry"): no mark, quotation or complementizer after the verb (a
// date may stand first), and a name or a determiner (refer_determiner)
// opens what follows. The name before the comma then closes an
// apposition of the clause before ("avec le président du Conseil
// présidentiel libyen, Mohamed el-Menfi, a annoncé …") and does not
// speak.
func (d *doc) invertedAfterComma(h hit) bool {
	if !latinRomance[d.lang] {
		return false
	}
	// (the longest speech phrase ending where h ends: "annoncé" in "a
	// annoncé")
	t0 := h.tok0
	for _, o := range d.hitsEndingAt(h.tok1) {
		if o.tok0 < t0 && isSpeech(o.p.kind) {
			t0 = o.tok0
		}
	}
	if !d.punctIn(t0, t0, ",") {
		return false
	}
	s := d.sents[d.toks[h.tok0].sent]
	k := h.tok1 + d.dateRightAfter(h.tok1)
	if k >= s.tok1 || d.punctIn(h.tok1, k, ",;:.") || d.inQuote[k] || d.complementizerAt(k) {
		return false
	}
	if d.rules.referDeterminers[d.toks[k].norm] {
		return true
	}
	return d.mentionAfter(h, d.inQuote) != nil
}

// agentIn tells whether the group's clause is a passive with its agent
// named after the trigger ("were received … by Bourita", "reçus … par X",
// "ricevuti … da X", "recibidos … por X").
func (d *doc) agentIn(g *group, hs []hit) bool {
	t := g.trigs[0]
	for _, h := range hs {
		if h.p.kind != pAgent || h.tok0 < t.tok1 || h.tok0 >= g.hi || d.inQuote[h.tok0] || d.punctIn(t.tok1, h.tok0, ";:") {
			continue
		}
		for _, m := range g.mentions {
			if m.tok0 >= h.tok1 && m.tok0-h.tok1 <= 4 && !d.punctIn(h.tok1, m.tok0, ",;:") {
				return true
			}
		}
	}
	return false
}

// afterPhraseBefore tells whether "after" ("a day after", "following",
// "après", "tras") stands right before trigger token k, at most two words
// between and no mark.
func (d *doc) afterPhraseBefore(k int) bool {
	for _, e := range d.dates {
		if e.kind == dateSince && d.endsJustBefore(e.tok1, k, ",;:") {
			return true
		}
	}
	return d.phraseJustBefore(k-4, k, ",;:", func(h hit) bool { return h.p.kind == pAfter })
}

// endsJustBefore tells whether a phrase whose last token is end-1 ends at
// most two words before token k, none of marks between: an "after" or
// "before" phrase opening the time phrase trigger token k stands in.
func (d *doc) endsJustBefore(end, k int, marks string) bool {
	return end <= k && k-end <= 2 && !d.punctIn(end, k, marks)
}

// phraseJustBefore tells whether a hit that ok accepts, starting in tokens
// [lo, k), ends just before token k (endsJustBefore). Callers bound lo
// by k-4 (and the sentence's start where that matters).
func (d *doc) phraseJustBefore(lo, k int, marks string, ok func(hit) bool) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		h := d.hits[i]
		if ok(h) && d.endsJustBefore(h.tok1, k, marks) {
			return true
		}
	}
	return false
}

// frontedEventAddressee tells whether speech verb h follows its own
// subject, a person named right before it, in a clause opened by a phrase
// that holds trigger t and names no one ("In a telephone call, Norland
// told Haftar …", "Lors d'un entretien téléphonique, Macron a dit à
// Erdogan …", "В телефонном разговоре Путин сказал Эрдогану …"): the
// name after the verb is whom the subject spoke to in that event, not an
// inverted speaker reporting it.
func (d *doc) frontedEventAddressee(t, h hit, ms []mention) bool {
	si := d.toks[t.tok0].sent
	s0 := d.afterDateline(si)
	if t.tok0-s0 > 4 || t.tok1 > h.tok0 || d.inQuote[t.tok0] {
		return false
	}
	var subj *mention
	for i := range ms {
		m := &ms[i]
		if m.tok0 < t.tok1 && m.tok1 > s0 {
			return false // the phrase names someone: "In a call with Sarraj, …"
		}
		if m.tok1 <= h.tok0 && m.tok0 >= t.tok1 {
			subj = m
		}
	}
	if subj == nil || subj.kind != graph.KindPerson || h.tok0-subj.tok1 > 1 || d.punctIn(subj.tok1, h.tok0, ",;:()") {
		return false
	}
	// the one spoken to is the verb's object, right after it or after a
	// `direction` or `urge_prep` word ("a dit à X"), and what is said
	// follows him as a "that" clause or an `infinitive` or `urge_prep`
	// word ("told Haftar that", "urged Haftar to", "a
	// dit à Erdogan que", "сказал Эрдогану, что"); a name followed by its
	// own verb is the subject of what was said ("After the talks Di Maio
	// said Haftar had to withdraw")
	for _, m := range ms {
		at := m.tok0 == h.tok1 || m.tok0 == h.tok1+1 && (d.hitStartsWithKind(h.tok1, pDirection) || d.hitStartsWithKind(h.tok1, pUrgePrep))
		if !at {
			continue
		}
		k := m.tok1
		return k < len(d.toks) && (d.complementizerAt(k) || d.hitStartsWithKind(k, pInfinitive) || d.hitStartsWithKind(k, pUrgePrep))
	}
	return false
}

// openingAfter tells whether trigger t stands in a time phrase opened by
// "after" ("following", "à l'issue de", "all'indomani di", "tras") that
// starts the sentence, a comma closing it before the verb h.
func (d *doc) openingAfter(t, h hit) bool {
	// (so does a gerund or participle clause: "Incontrando Sarraj, Di
	// Maio ha ribadito …", "Reunido con Sarraj, Erdogan reiteró …")
	if d.openingNonFinite(t) {
		return d.punctIn(t.tok1, h.tok0, ",،")
	}
	// (past a dateline: "PARIS – Après son entretien avec X, Y a
	// souligné …")
	s0 := d.afterDateline(d.toks[t.tok0].sent)
	for _, a := range d.hitsStartingAt(s0) {
		if (a.p.kind == pAfter || a.p.kind == pDuring) && d.endsJustBefore(a.tok1, t.tok0, ",;:") {
			return d.punctIn(t.tok1, h.tok0, ",،")
		}
	}
	return false
}

// wasVerb tells whether complementizer hit h is the Arabic "كان" (was)
// read as "ك" + "أن": "تأجل لقاء كان مقررا … بين X وY" goes on with the
// meeting's own clause.
func (d *doc) wasVerb(h hit) bool {
	if d.lang != "ar" {
		return false
	}
	w := d.toks[h.tok0].norm
	return (strings.HasPrefix(w, "ک") || strings.HasPrefix(w, "وک")) && !strings.HasPrefix(h.p.keys[0], "ک")
}

// openingAfterEnd is the token that opens the clause after the comma
// closing the "after" phrase trigger t stands in at the sentence's start
// ("وبعد محادثات في باريس مع ماكرون، عاد المنفي إلى طرابلس", "After
// talks in Paris with Macron, Menfi returned to Tripoli"), else -1.
func (d *doc) openingAfterEnd(t hit) int {
	s := d.sents[d.toks[t.tok0].sent]
	// (the phrase may follow a fronted time phrase: "وفي الشهر نفسه،
	// وبعد محادثات …، عاد …", "In the same month, after talks …, …")
	opens := func(a hit) bool {
		return (a.p.kind == pAfter || a.p.kind == pDuring) && (a.tok0 == s.tok0 || a.tok0 == d.afterDateline(d.toks[t.tok0].sent) || strings.ContainsAny(d.toks[a.tok0].punct, ",،"))
	}
	if !d.phraseJustBefore(max(s.tok0, t.tok0-4), t.tok0, ",،;:", opens) {
		return -1
	}
	for k := t.tok1; k < s.tok1; k++ {
		if strings.ContainsAny(d.toks[k].punct, ",،") {
			return k
		}
	}
	return -1
}

// subject is the first person named in the sentence (else the first
// actor): the one a pronoun or a dropped subject most likely means.
func (d *doc) subject(ms []mention) string {
	for _, m := range ms {
		if m.kind == graph.KindPerson && !d.supported(m) {
			return m.actor
		}
	}
	if len(ms) > 0 {
		return ms[0].actor
	}
	return ""
}

// groupIndex is the group whose clause holds token tok: the last one that
// starts at or before it.
func groupIndex(gs []*group, tok int) int {
	k := 0
	for k+1 < len(gs) && tok >= gs[k+1].lo {
		k++
	}
	return k
}

// groups splits a sentence at its triggers: actors before the first
// trigger and between trigger k and k+1 belong to trigger k. Neighbouring
// triggers of one class whose clauses are short of actors are one event
// ("arrived in Tripoli, where he met Dbeibah").
func (d *doc) groups(s sentence, trigs []hit, ms []mention) []*group {
	// triggers that share a word ("held talks" + "talks with") are one
	// (the groups, their first triggers and the heads are each one
	// allocation of the sentence's trigger count; a group's trigs is
	// capped at its one trigger, so appending to it copies)
	heads := make([]hit, 0, len(trigs))
	gs := make([]*group, 0, len(trigs))
	slab := make([]group, len(trigs))
	first := make([]hit, len(trigs))
	for _, t := range trigs {
		if n := len(gs); n > 0 && t.tok0 < heads[n-1].tok1 {
			gs[n-1].trigs = append(gs[n-1].trigs, t)
			heads[n-1].tok1 = max(heads[n-1].tok1, t.tok1)
			continue
		}
		heads = append(heads, t)
		n := len(gs)
		first[n] = t
		slab[n] = group{trigs: first[n : n+1 : n+1], lo: t.tok0, hi: s.tok1}
		gs = append(gs, &slab[n])
	}
	gs[0].lo = s.tok0
	// (session 17) "Maas praised al-Sarraj, who was in Ankara for talks
	// with Erdoğan": a sentence whose first trigger lies in a relative
	// clause about the main clause's object tells that clause's event,
	// of its antecedent; the main clause's subject takes no part
	if a := d.objectRelative(s, heads[0]); a >= 0 {
		gs[0].lo = a
	}
	for k := 0; k+1 < len(gs); k++ {
		gs[k].hi = heads[k+1].tok0
		if c, ant := d.prepRelativeCut(heads[k], heads[k+1]); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut, gs[k+1].relAnt = c, c, true, ant
		} else if c := d.timePostCut(heads[k], heads[k+1]); c >= 0 {
			gs[k].hi, gs[k+1].lo = c, c
		} else if c := d.clauseCut(heads[k].tok1, heads[k+1].tok0); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.semicolonAfterVerb(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.denialColonCut(s, heads[k], heads[k+1]); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.andAfterUrduVerb(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.adverbialCut(s, k, heads); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.frontedClauseCut(s, k, heads, ms); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut, gs[k].rel = c, c, true, true
		} else if c := d.relativeCut(s, heads, k); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut, gs[k].rel = c, c, true, true
		} else if c := d.contrastCut(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.pairClauseCut(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo, gs[k+1].cut = c, c, true
		} else if c := d.pronounClauseCut(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo = c, c
		} else if c := d.newSubject(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo = c, c
			gs[k].rel = d.hitStartsWithKind(c, pAnd) // its place is its own
			// (a subordinate clause, "después de que X fuera recibido",
			// is an event of its own, not one more partner's of the
			// clause before when that names someone; a cleft names no
			// one before it: "c'est par visioconférence que X a …")
			gs[k+1].cut = d.hitStartsWithKind(c, pComplementizer) && mentionIn(ms, gs[k].lo, c)
		} else if c := d.verbFinalCut(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo = c, c
		} else if c := d.relativeSubjectCut(heads[k], heads[k+1], ms); c >= 0 {
			gs[k].hi, gs[k+1].lo = c, c
		}
	}
	// (counted first: each group's mentions are its part of one
	// allocation, capped at its count, so that appending copies)
	var nroom [16]int
	counts := nroom[:0]
	if len(gs) > len(nroom) {
		counts = make([]int, 0, len(gs))
	}
	counts = counts[:len(gs)]
	clear(counts)
	total := 0
	for _, m := range ms {
		if m.tok0 < gs[0].lo {
			continue
		}
		k := groupIndex(gs, m.tok0)
		counts[k]++
		total++
	}
	if total > 0 {
		mslab := make([]mention, total)
		off := 0
		for k, n := range counts {
			if n > 0 {
				gs[k].mentions = mslab[off : off : off+n]
				off += n
			}
		}
	}
	for _, m := range ms {
		if m.tok0 < gs[0].lo {
			continue
		}
		k := groupIndex(gs, m.tok0)
		gs[k].mentions = append(gs[k].mentions, m)
	}
	// merge same-class neighbours when either lacks two actors of its own,
	// and a meeting verb with the manner right after it: "s'est entretenu
	// par visioconférence", "held talks by phone" are one remote event
	out := gs[:1]
	for _, g := range gs[1:] {
		p := out[len(out)-1]
		last := p.trigs[len(p.trigs)-1]
		manner := classOf(last.p.kind) == "meet" && classOf(g.trigs[0].p.kind) == "call" && (g.trigs[0].tok0-last.tok1 <= 1 || d.timeBetween(p, last, g.trigs[0])) ||
			// the manner before the verb, as verb-final languages put it:
			// "ویڈیو لنک کے ذریعے بات چیت کی", "video konferans yoluyla görüştü"
			classOf(last.p.kind) == "call" && classOf(g.trigs[0].p.kind) == "meet" && g.trigs[0].tok0-last.tok1 <= 3 && !mentionIn(p.mentions, last.tok1, g.trigs[0].tok0) && !d.punctIn(last.tok1, g.trigs[0].tok0, ",،;:") ||
			// the manner closing the clause after the partner, naming no one
			// itself: "провёл переговоры с Маасом в режиме видеоконференции"
			// (not a call verb of its own after "and": "ha incontrato X a
			// Tripoli e poi ha sentito telefonicamente Y")
			classOf(last.p.kind) == "meet" && g.class() == "call" && d.mannerNamesNone(g) && !g.cut && !d.punctIn(last.tok1, g.trigs[0].tok0, ",،;:") && !d.kindBetween(last.tok1, g.trigs[0].tok0, pAnd) ||
			// or closing a participle or relative clause about the meeting
			// noun: "переговоров, прошедших во вторник в формате
			// видеоконференции", "Gespräche, die per Videokonferenz stattfanden"
			last.p.kind == pMeetNoun && g.class() == "call" && len(g.mentions) == 0 && !g.cut && g.trigs[0].tok0-last.tok1 <= 12 && !d.punctIn(last.tok1, g.trigs[0].tok0, ";:") && d.commas(last.tok1, g.trigs[0].tok0) <= 1 ||
			// or the manner, with the partner, before a meeting verb that
			// closes the clause naming no one after it: "hatte in einer
			// Videokonferenz mit Blinken über Libyen gesprochen"
			classOf(last.p.kind) == "call" && g.trigs[0].p.kind == pMeet && len(g.mentions) == 0 && !g.cut && g.trigs[0].tok0-last.tok1 <= 12 && !d.punctIn(last.tok1, g.trigs[0].tok0, ",،;:–—")
		short := p.class() == g.class() && (distinct(p.mentions) < 2 || len(g.mentions) == 0)
		// "traf er Dendias, am Abend empfing ihn Mitsotakis": each clause
		// names its own partner of the one the pronoun stands for
		// (the pronoun after the verb or, as subject, right before it)
		if d.pronounIn(max(p.trigs[len(p.trigs)-1].tok1, g.lo-4), g.hi) && len(g.mentions) > 0 && mentionIn(p.mentions, p.trigs[0].tok1, p.hi) {
			short = false
		}
		// "è stata ricevuta da Dbeibah, poi ha incontrato Mangoush",
		// "a été reçu par X, puis s'est entretenu avec Y": a `then` word
		// after a comma opens the next step of the same unnamed subject,
		// each clause with its own partner (see thenClause)
		if short && d.thenClause(p, g) {
			short = false
		}
		// "s'est entretenu avec Dbeibah, avant un déjeuner de travail avec
		// Mangoush": a time phrase after a comma is the subject's next
		// event, with its own partner
		if short && d.timePhraseOpens(g) {
			short = false
		}
		// "se reunió con Sarraj y al día siguiente voló a Tobruk": so
		// does "and" with a time word, the subject left out
		if c := d.sequelClause(p, g); c >= 0 {
			short = false
			p.hi, g.lo = c, c
		}
		// "Serrac'la görüşmesinin ardından Akar, X ile bir araya geldi":
		// so too the meeting a verb-final time phrase tells before it
		if short && d.timePostCut(last, g.trigs[0]) >= 0 {
			short = false
		}
		// "его принял Мишустин; на переговорах присутствовал также
		// аль-Куни", "…; görüşmede X de hazır bulundu": a clause whose only
		// trigger is a meeting noun (or a meeting phrase that is also one:
		// "l'entretien", "dem Treffen") and that tells who else took part
		// adds them to the meeting just told, across the clause cut
		attended := classOf(last.p.kind) == "meet" && g.class() == "meet" && d.meetNounsOnly(g) &&
			len(g.mentions) > 0 && d.kindBetween(g.lo, g.hi, pJoin)
		// "يزور سيالة القاهرة الشهر المقبل للقاء شكري": the meeting a
		// visit is made for is the visit, with its host
		// (so is "sono atterrati a Bengasi per incontrare Haftar", "voló
		// a Tobruk para entrevistarse con Saleh": a purpose word right
		// before the meeting verb, after the visit's destination)
		purpose := p.has(pVisit) && (d.arabicPurpose(g.trigs[0]) || d.purposeRightBefore(g.trigs[0]) && !slices.ContainsFunc(p.trigs, func(t hit) bool { return classOf(t.p.kind) == "meet" && t.p.kind != pVisit })) && !d.punctIn(last.tok1, g.trigs[0].tok0+1, ",،;:")
		if ((manner || short || purpose) && !g.cut || attended) && !p.has(pNegated) && !g.has(pNegated) {
			p.trigs = append(p.trigs, g.trigs...)
			p.mentions = append(p.mentions, g.mentions...)
			p.hi = g.hi
			continue
		}
		out = append(out, g)
	}
	return out
}

// arabicPurpose tells whether meeting trigger t is an Arabic verbal noun
// with the preposition "ل" of purpose ("للقاء", "لمقابلة", "للاجتماع ب"):
// the meeting is what the clause's visit is made for.
func (d *doc) arabicPurpose(t hit) bool {
	if d.lang != "ar" || classOf(t.p.kind) != "meet" || len(t.p.keys) == 0 {
		return false
	}
	w := d.toks[t.tok0].norm
	return w == "ل"+t.p.keys[0] || strings.HasPrefix(w, "لل") && strings.HasPrefix(t.p.keys[0], "لل")
}

// timePhraseOpens tells whether group g's first trigger stands in a time
// phrase set off by a comma ("…, before a working lunch with
// X", "…, après une rencontre avec X", "…, prima di un colloquio con X").
func (d *doc) timePhraseOpens(g *group) bool {
	t := g.trigs[0]
	return d.phraseJustBefore(t.tok0-4, t.tok0, ",;:", func(h hit) bool {
		return (h.p.kind == pBefore || h.p.kind == pAfter) && strings.Contains(d.toks[h.tok0].punct, ",")
	})
}

// listedAfter tells whether a name of ms starts at token k and a comma
// follows it: the next item of a list set off by semicolons ("X, the
// minister; Y, his deputy"), not a clause of its own.
func (d *doc) listedAfter(ms []mention, k int) bool {
	for _, m := range ms {
		if m.tok0 == k {
			return m.tok1 < len(d.toks) && strings.ContainsAny(d.toks[m.tok1].punct, ",،")
		}
	}
	return false
}

// mentionIn tells whether one of ms starts in tokens [t0, t1).
func mentionIn(ms []mention, t0, t1 int) bool {
	for _, m := range ms {
		if m.tok0 >= t0 && m.tok0 < t1 {
			return true
		}
	}
	return false
}

func distinct(ms []mention) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.actor] = true
	}
	return len(seen)
}

// buildEvent turns a group into an event, or records a negated pair.
func (d *doc) buildEvent(si int, g *group, hs []hit, subject string, anchor graph.Date) *event {
	if d.irrealis(g, hs) || d.conditional(g, hs) {
		return nil
	}
	session := d.bodySession(g, hs)
	ref := d.referringGroup(si, g, hs)
	g = d.withoutTold(g, hs)
	if g.nounOnly() && (d.outcomeOf(g.trigs[0]) || d.backdropOf(g.trigs[0], hs)) {
		return nil
	}
	main := g.trigs[0]
	for _, t := range g.trigs {
		if t.p.kind != pMeetNoun {
			main = t
			break
		}
	}
	main = d.pastSubjectRelative(g, main)
	// participants in order, with the subject added when the clause has
	// only one actor of its own
	negated := g.has(pNegated)
	lo, hi := g.lo, g.hi
	// ("did not rule out meeting X", "non ha escluso di incontrare X":
	// a denied refusal denies nothing; the meeting is only possible)
	possible := false
	for _, h := range hs {
		if h.p.kind == pRefusal && !d.inQuote[h.tok0] && d.refuses(h, g) {
			if d.deniedRefusal(h, hs) {
				possible = true
			} else {
				negated = true
			}
		}
		// ("nicht nur", "не только" deny nothing)
		if h.p.kind != pNegation || d.inQuote[h.tok0] || ignored(h, hs) && !d.bareButNot(h, hs) || d.describingNegation(h, hs) || d.deniesRefusal(h, hs, g) {
			continue
		}
		for _, t := range g.trigs {
			// a comma between them parts the clauses: in "X, who spoke
			// by phone last April, has not commented" nothing denies the call
			from, to := min(h.tok1, t.tok1), max(h.tok0, t.tok0)
			// before a meeting noun, a negation denies it only as its
			// determiner ("no meeting", "pas de rencontre"); further back it
			// denies another verb ("n'a pas commenté le sommet")
			before := 4
			if t.p.kind == pMeetNoun {
				before = 1 + h.tok1 - h.tok0
			}
			// an adverb after its verb ("has not spoken with X face to
			// face", "لم يتحدث مع X على انفراد") is denied by a negation
			// anywhere before it in its clause
			// (meet_adverb: a meeting trigger after the verb it
			// qualifies)
			if t.p.name == "meet_adverb" {
				before = t.tok0 - g.lo
			}
			// in German a negation closing the clause denies the verb
			// earlier in it ("getroffen haben sich die beiden nie")
			after := 3
			// (or only the verb's particle or participle after it:
			// "trafen … naturgemäß nicht zusammen")
			if d.lang == "de" && t.p.kind != pMeetNoun && h.tok0 >= t.tok1 && (h.tok1 >= d.sents[si].tok1 || d.punctIn(h.tok1, h.tok1, ".;:!?,،؛") || d.closingWord(h.tok1, si)) {
				after = 8
			}
			if h.tok0 >= t.tok0-before && h.tok0 <= t.tok1+after && !d.triggerBetween(hs, h, t) && !d.punctIn(from, to, ",،;") {
				negated = true
			}
			if d.existentialDenies(hs, h, t) || d.subjectNounDenied(si, hs, h, t) {
				negated = true
			}
		}
	}
	if !negated && d.neitherClause(si, g, hs) {
		negated = true
	}
	// (session 20) "The planned talks with X did not take place": a
	// planned meeting denied to have taken place was called off
	plannedNot, notOwn := d.plannedNotOccurred(si, g, hs)
	if notOwn {
		return nil
	}
	if plannedNot {
		negated = false
	}
	// a subordinate clause after the triggers ("… about the conference
	// that Germany will host on Sunday", "dopo che i due hanno
	// annunciato") is not the event's: its actors, tense and dates are
	// its own
	last := g.trigs[len(g.trigs)-1].tok1
	whenCut := false // (its subject is no one of the event's)
	for _, h := range hs {
		// (and a relative clause after a comma: "принял Агилу Салеха,
		// которого … считают более гибким, чем … Хафтара")
		rel := h.p.kind == pRelPron && d.punctIn(h.tok0, h.tok0, ",،") && !d.includingList(h, hs)
		// (and "…, with whom he will meet in Berlin on 17 January": the
		// clause's day, place and tense are its own event's)
		rel = rel || h.p.kind == pPrepRel && d.punctIn(h.tok0, h.tok0, ",،")
		// (and an Arabic clause joined to the event noun with no pronoun:
		// "في زيارة لم يُعلن عنها … منذ توقيع المذكرة في نوفمبر")
		rel = rel || h.p.kind == pNegation && d.describingNegation(h, hs)
		// (and an "at a time when" clause: "یہ ٹیلی فونک رابطہ ایسے وقت
		// ہوا ہے جب X اور Y نے انقرہ میں …", "l'appel intervient au moment
		// où X et Y se réunissent à Ankara")
		rel = rel || h.p.kind == pTimeWhen
		// (and one a preposition opens: "…, mit dem er am 17. Januar …
		// besprechen will", "…, con quien preparará …")
		rel = rel || h.p.kind == pRelPrep && d.prepRelativeAt(h.tok0)
		if (h.p.kind == pComplementizer && !d.wasVerb(h) || rel) && h.tok0 >= last && h.tok0 < hi && !d.inQuote[h.tok0] && !d.joinClause(hs, h) && !d.attendClause(hs, h) {
			if h.p.kind != pTimeWhen && d.eventNounRelative(g, h, lo) {
				break
			}
			hi = h.tok0
			whenCut = h.p.kind == pTimeWhen
			break
		}
	}
	// ", and Rome is expected to send a minister", ", e l'11 gennaio
	// Sarraj tornò a Roma": a coordinated clause with its own subject
	// and no trigger is not the event's
	if c := d.andClauseAt(g, hs, last, hi); c >= 0 {
		hi = c
	}
	// a semicolon after the triggers opens a clause of its own ("met
	// Haftar in Berlin; Sarraj was not there"), unless a name of the
	// event's list comes right after it ("X, the minister; Y, his deputy")
	for k := last + 1; k < hi; k++ {
		if strings.ContainsAny(d.toks[k].punct, ";؛") && !d.inQuote[k] {
			if !d.listedAfter(g.mentions, k) {
				hi = k
			}
			break
		}
	}
	// a sentence opened by a clause opener ("Dass er dort von Lawrow
	// empfangen wurde, galt in Bengasi als Affront", "Als Maas in Algier
	// eintraf, …"): the subordinate clause, and the event's place and date,
	// end at the comma that closes it
	openerCut := false
	if st := d.sents[si].tok0; d.rules.clauseOpeners[d.toks[st].norm] && !d.inQuote[st] {
		for k := last; k < hi && k <= last+2; k++ {
			if strings.Contains(d.toks[k].punct, ",") {
				hi, openerCut = k, true
				break
			}
		}
	}
	if d.verbFinal() {
		// the verb closes its clause: "… سے ملاقات کی تھی اور 2019 میں ترکی
		// …", "… ile görüştü ve Türkiye'nin …" go on with another one
		for _, h := range hs {
			if h.p.kind == pAnd && h.tok0 >= last && h.tok0 <= last+2 && h.tok0 < hi && !mentionIn(g.mentions, last, h.tok0) {
				hi = h.tok0
				break
			}
		}
	}
	// "The two are due to meet in Berlin, where Germany and the UN are
	// hosting …": a group subject's clause ends at a relative clause
	if d.kindBetween(g.lo, main.tok0, pBoth) {
		for _, h := range hs {
			if h.p.kind == pRelPron && h.tok0 > main.tok0 && h.tok0 < hi && d.punctIn(h.tok0, h.tok0, ",") {
				hi = h.tok0
				break
			}
		}
	}
	// "Lavrov ile görüşen Hafter, … Rusya'dan ayrılmıştı": a participle
	// clause ends with the name it qualifies, its subject; the main
	// clause after the comma is not the event's
	if c := d.participleHeadEnd(main, lo, hi, g); c >= 0 {
		hi, openerCut = c, true
	}
	// nor are the actors of what a speech verb past a comma reports
	// ("Blinken, der Dbeibah traf, sagte, die USA würden …")
	partsHi, partsLo := hi, -1
	// in Urdu, a trigger in what a speaker reports ("صالح کے ترجمان X نے کہا کہ
	// ملاقات کی نئی تاریخ …") has none of the speaker's clause
	for _, h := range hs {
		if d.lang == "ur" && h.p.kind == pComplementizer && h.tok0 >= lo && h.tok1 <= main.tok0 && !d.inQuote[h.tok0] && d.kindBetween(lo, h.tok0, pSpeech) {
			partsLo = h.tok1
		}
	}
	for _, h := range hs {
		if isSpeech(h.p.kind) && !isAccording(h) && h.tok0 >= last && h.tok0 < partsHi && !d.inQuote[h.tok0] && d.punctIn(last, h.tok0, ",،") && !d.frontedEventAddressee(main, h, g.mentions) {
			partsHi = h.tok0
			break
		}
	}
	var parts, denied []string
	seen := map[string]bool{}
	var spans [][2]int
	thingRel := d.thingRelative(g, hs)
	for _, m := range g.mentions {
		// a name inside a quotation is not at a meeting the writer
		// reports outside it ("after the talks X said: «Greece …»")
		if m.tok0 >= partsHi || m.tok0 < partsLo || d.inQuote[m.tok0] != d.inQuote[main.tok0] || d.isTopic(m) || d.recognisedBy(m) || d.supported(m) || d.eventName(m, g) || d.summitOwner(m, hs) || d.aideOwner(m) || d.inClosedRelative(m.tok0, main.tok0) || d.subjectRelative(m.tok0, main.tok0) || d.inPersonAside(m, main.tok0, hs) || d.inTimePhrase(m, main.tok0) || d.premisesOwner(m) || d.forcesOwner(m) || d.ownerOfTimeNoun(m, hs, main.tok0) || d.datelineActor(m) || d.gatheringBody(m, g) || d.electedAfter(m, g, hs) || thingRel >= 0 && m.tok1 <= thingRel {
			continue
		}
		if d.titleRemit(m, g.mentions) || d.relationAside(m, main.tok0) || d.hopedFor(m, main, hs) {
			continue
		}
		// "met Sarraj but not Haftar", "ha visto Maiteeq ma non Sarraj",
		// "pero no con Haftar", "но не с Хафтаром": the one named right
		// after the contrast was not met
		if d.deniedName(m, g.mentions, hs) {
			if !seen[m.actor] {
				seen[m.actor] = true
				denied = append(denied, m.actor)
			}
			continue
		}
		spans = append(spans, [2]int{m.start, m.end})
		if !seen[m.actor] {
			seen[m.actor] = true
			parts = append(parts, m.actor)
		}
	}
	parts = d.dropMembers(parts)
	// "وفد نے … الحویج سے ملاقات کی", "والتقى الوفد …": a delegation
	// named as the subject is its members the article named before
	if !negated {
		for _, p := range d.delegationSubject(si, g, main) {
			if !seen[p] {
				seen[p] = true
				parts = append([]string{p}, parts...)
			}
		}
	}
	// "die Vermittler pendelten zwischen den Räumen": mediators named
	// by no name are the people of the talks told just before
	// (the people named before a semicolon or colon ahead of it are
	// another clause's: "X and Y stayed apart; the mediators shuttled")
	// (and with no talks told before, they are no one the article
	// names: the clause tells no meeting)
	if med, at := d.mediatorsSubject(si, g, hs, main); !negated && at >= 0 && !d.namedInClause(g, parts, at) {
		if len(med) == 0 {
			return nil
		}
		for _, p := range parts {
			delete(seen, p)
		}
		parts = parts[:0]
		for _, p := range med {
			if !seen[p] {
				seen[p] = true
				parts = append(parts, p)
			}
		}
	}
	// "Türk heyeti pazar günü Başağa ile görüştü": the delegation is the
	// people of its country at the trip's last event
	if !negated && (len(parts) > 0 || !d.subjectFirst()) {
		for _, p := range d.delegationOf(g, hs, main) {
			if !seen[p] {
				parts = append([]string{p}, parts...)
				seen[p] = true
			}
		}
	}
	// "Saied received Menfi and his delegation": the people who travel
	// with the person named right before a party phrase take part
	if !negated {
		for _, p := range d.partyOf(g, hs, parts) {
			if !seen[p] {
				seen[p] = true
				parts = append(parts, p)
			}
		}
	}
	// (session 20) "…, with whom he will meet in Berlin": the main
	// subject meets the person the relative pronoun stands for
	if g.relAnt != "" && !negated && subject != "" && subject != g.relAnt && !seen[subject] && !seen[g.relAnt] && len(parts) == 0 {
		parts = append(parts, subject, g.relAnt)
		seen[subject], seen[g.relAnt] = true, true
	}
	own := len(parts)
	// (session 18) "il premier aveva scelto Tripoli, incontrando
	// Dbeibah e Menfi": the gerund's subject is the clause's before it;
	// with no one named there, not a meeting of the two
	if own >= 2 && !negated {
		if who, ok := d.gerundSubject(main, lo, g.mentions); ok && who == "" {
			return nil
		} else if ok && !seen[who] {
			seen[who] = true
			parts = append([]string{who}, parts...)
			own++
		}
	}
	// "die drei Minister kamen mit X zusammen": a group of three or more
	// before every person named is the list of that size told before
	side := d.groupSide(hs, lo, hi)
	if !negated {
		for _, p := range side {
			if !seen[p] {
				parts = append([]string{p}, parts...)
				seen[p] = true
			}
		}
	}
	// a clause after a semicolon or dash with a subject of its own does
	// not borrow the sentence's, nor does a meeting noun after the
	// sentence's event ("will receive Choukri to prepare a meeting of
	// Libya's neighbours": the subject is busy with the first event)
	// (but a gerund with its object that an "after" phrase opens is the
	// subject's own earlier meeting: "held talks with Haftar, a day after
	// meeting Menfi in Tripoli"; not "a day after talks in Moscow ended")
	borrow := !g.late || !g.nounOnly() || d.afterPhraseBefore(main.tok0) && d.personAt(main.tok1, "")
	borrow = borrow && !(whenCut && len(parts) == 0)
	borrow = borrow && side == nil && (negated || d.groupFirst(hs, lo, hi) == nil)
	borrow = borrow && thingRel < 0
	if borrow && len(parts) == 1 && (d.visitOf(g) || g.late && d.ownTraveller(g, main, parts[0])) {
		borrow = false
	}
	// "встретился с Салехом, который накануне провёл переговоры с
	// Хафтаром": a relative clause's event is its antecedent's
	ant := d.relativeAntecedent(main)
	if ant != "" {
		subject = ant
		// (session 16) "telefonierte mit Baschagha, der sich zu
		// Gesprächen in Ankara aufhielt": a relative clause that names
		// no one tells the antecedent's own doing, no meeting with the
		// people of the clause before
		if own == 0 && !negated {
			return nil
		}
	}
	// "A primera hora fue recibida por X", "He then sat down with X": a
	// clause of a trip's scene that names no subject of its own is the
	// traveller's (see sceneTraveller)
	traveller := ""
	// (a denial pairs everyone its clause names: only its one partner
	// is denied the traveller, not "X, suspendido por Sarraj")
	if borrow && ant == "" && side == nil && (!negated || len(parts) == 1) {
		if traveller = d.sceneTraveller(si, g, hs, main, parts, seen); traveller != "" {
			parts = append([]string{traveller}, parts...)
			seen[traveller] = true
			subject = traveller
		}
	}
	// (a planned or called-off meeting named by its noun alone is the
	// story's, not the last sentence's subject's: see ownerlessPlanned)
	if len(parts) < 2 && subject != "" && !seen[subject] {
		subject = d.borrowedOwner(si, g, hs, lo, hi, subject)
	}
	if len(parts) < 2 && subject != "" && !seen[subject] && (!g.cut || d.pronounBefore(g)) && borrow {
		parts = append([]string{subject}, parts...)
		seen[subject] = true
	}
	// (session 16) "Mit Sisi war er schon im Januar zusammengetroffen",
	// "Haftar hatte ihn zuvor empfangen": German fronts the partner and
	// puts the pronoun right after the auxiliary, the participle last;
	// the pronoun is the one the sentence before was about
	if len(parts) == 1 && si > 0 && borrow && !negated && d.pronounAfterAuxiliary(g) {
		if prev := d.lastSubject(si - 1); prev != "" && !seen[prev] {
			parts = append([]string{prev}, parts...)
			seen[prev] = true
		}
	}
	// "the talks with his Russian counterpart Lavrov were called off":
	// the one whose counterpart Lavrov is takes part
	if len(parts) == 1 && !negated {
		if p := d.counterpartOf(lo, hi, parts[0]); p != "" {
			parts = append([]string{p}, parts...)
			seen[p] = true
		}
	}
	// "the two leaders had also met in Istanbul on 27 November": the pair
	// at the head of the last event (its subject and first partner, not
	// their delegations)
	// "the three ministers" gathers the heads of the last sentence's
	// events; "i due hanno incontrato Maas" adds the pair to the one
	// named
	var bothPair []string
	// "X and Y did not meet; the two leaders held separate talks with
	// Z": the `both` subject is the pair just denied, in a clause of its
	// own, not the sentence's subject borrowed
	deniedPair := d.negTrig >= 0 && d.negTrig < lo && len(d.negParts) >= 2 && d.punctIn(d.negTrig, lo, ";؛") && d.kindBetween(lo, main.tok0, pBoth)
	if deniedPair && len(parts) == own+1 && contains(d.negParts, parts[0]) && own <= 1 {
		delete(seen, parts[0])
		parts = parts[1:]
	}
	// (a group phrase before every person of its clause is one side of
	// the event, whoever else the clause names: see groupFirst)
	// (but not when it names two or more itself: "the two leaders held
	// talks before Draghi went on to see Menfi")
	gfirst := side == nil && d.groupFirst(hs, lo, hi) != nil && d.personsNamed(lo, hi) <= 1
	// ("both sides", "beider Seiten", "الطرفين": the two bodies the
	// discourse set up, session 21; see sidesPair)
	sides := d.sidesPair(hs, lo, hi, si)
	if (len(parts) <= 1 || gfirst || deniedPair && !contains(parts, d.negParts[0]) && !contains(parts, d.negParts[1])) && !negated && (d.kindBetween(lo, hi, pBoth) || sides != nil) {
		want := d.groupSize(lo, hi)
		var pair []string
		if lead := d.returnPair(hs, lo, hi, want); lead != nil {
			pair = lead
		} else if deniedPair && len(d.negParts) == want {
			pair = d.negParts
		} else if prior := d.priorClausePair(g, hs, want); prior != nil {
			// ("… was called off, and the two spoke by phone instead")
			pair = prior
		} else if want == 2 && sides != nil {
			// ("The GNA and the LNA agreed to talk. Officers of both
			// sides met in Hurghada": the two bodies, session 21)
			pair = sides
		} else if ministers := d.ministerPair(hs, lo, hi, want, si); ministers != nil {
			pair = ministers
		} else if denied := d.deniedPairOf(hs, lo, hi, parts); want == 2 && denied != nil {
			// ("received the two men separately": the pair denied)
			pair = denied
		} else if named := d.namedPairBefore(si, lo, want); named != nil {
			pair = named
		} else if recent := d.recentPair(si, lo, want); recent != nil {
			pair = d.twoSides(si, lo, recent)
		} else if n := len(d.meetings); n > 0 && len(d.meetings[n-1].parts) >= 2 {
			for i := n - 1; i >= 0 && d.meetings[i].sent == d.meetings[n-1].sent && len(pair) < want; i-- {
				// (a group of three or four is the people of the trip
				// or talks told last, all of them: "X, Y and Z flew to
				// Tripoli. The three ministers met …")
				heads := d.meetings[i].parts[:2]
				if want > 2 {
					heads = d.meetings[i].parts
				} else {
					heads = d.twoSides(si, lo, heads)
				}
				for _, p := range heads {
					if want > 2 && !d.isPerson(p) {
						continue
					}
					if !slices.Contains(pair, p) && len(pair) < want {
						pair = append(pair, p)
					}
				}
			}
		} else {
			// no event told before: the people named last ("Sarraj
			// … Haftar … . Macron a réuni les deux rivaux")
			pair = d.lastPeople(lo, si, want, seen)
		}
		pair = d.typedPair(hs, lo, hi, want, pair)
		pair = d.headTyped(hs, lo, hi, want, pair)
		if len(pair) >= want {
			for _, p := range pair {
				if !seen[p] {
					parts = append(parts, p)
					seen[p] = true
				}
			}
			bothPair = pair
		}
	}
	// A denial speaks of the people in its own sentence: "there were no
	// plans for an encounter" after "Maas met Haftar" denies nothing of Maas.
	if (len(parts) < 2 || d.pronounBeforeVerb(g, hs) && d.allNamedAfter(g, parts)) && si > 0 && !negated && borrow {
		if prev := d.ownerlessPlanned(g, hs, lo, hi, d.agreeingSubject(d.lastSubject(si-1), g.trigs[0], si)); prev != "" && !seen[prev] && (d.pronounBefore(g) || d.pronounBeforePartner(g) || d.pronounAfterObliquePartner(g, hs)) && !d.otherCountryTitle(g, prev) && !d.pronounAfterPerson(si, hs) && !d.travellerAfterVerb(g) {
			parts = append([]string{prev}, parts...)
		}
	}
	// "Haftar, qu'elle avait rencontré": the antecedent is the partner
	if len(parts) == 1 && !negated {
		if p := d.objectRelativeSubject(si, g, hs, main, parts[0]); p != "" && !seen[p] {
			parts = append([]string{p}, parts...)
			seen[p] = true
		}
	}
	// "Macron l'a reçu", "Conte lo ha ricevuto", "Sánchez lo recibió": an
	// object pronoun right before the verb stands for the person the
	// sentence named before the clause, else the last sentence's subject
	if len(parts) == 1 && !negated && borrow && d.objectPronoun(g, hs) {
		if p := d.pronounReferent(si, g); p != "" && !seen[p] {
			parts = append(parts, p)
			seen[p] = true
		} else if p == parts[0] && si > 0 {
			// "Di Maio conosce Haftar. Il capo della diplomazia italiana
			// lo aveva incontrato": the subject cannot be its own object;
			// the other person of the last sentence is
			if o := d.otherPerson(si-1, p); o != "" {
				parts = append(parts, o)
				seen[o] = true
			}
		}
	}
	// "Ein für Mittwoch vorgesehenes Treffen mit Präsident Saied in Tunis
	// wurde abgesagt": a planned or cancelled meeting with one partner and
	// no one whose it is belongs to the one the story follows, the first
	// of the last event told
	// (not when a name the lexicon does not know follows the noun as its
	// owner: "встреча Прохорова с Саналлой")
	// (written for de ru tr, where a meeting noun's owner stands beside it,
	// and taken up by fr it es)
	if (d.lang == "de" || d.lang == "ru" || d.lang == "tr" || d.romance()) && len(parts) == 1 && !negated && borrow && si > 0 && d.kindIn(hs, lo, hi, pPlanned, pCancelled) && d.nounOwner(g, hs) == 0 {
		if n := len(d.meetings); n > 0 && si-d.meetings[n-1].sent <= 4 {
			if p := d.storyPerson(d.meetings[n-1].parts[0]); p != parts[0] && d.isPerson(p) {
				parts = append([]string{p}, parts...)
				seen[p] = true
			}
		}
	}
	if d.lang != "ur" && len(parts) == 1 && !negated && borrow && g.has(pVisit) && d.kindIn(hs, lo, hi, pPlanned) {
		if p := d.returnHost(lo, hi, parts[0]); p != "" && !seen[p] {
			parts = append(parts, p)
			seen[p] = true
		}
	}
	// "Conte received Haftar in Rome on Wednesday. Sarraj cancelled his
	// visit to Rome at the last minute": a called-off visit naming only its
	// traveller is with the host of the city's scene told just before
	// (session 20)
	// (session 21) and so is a visit only expected or planned: "Sarraj è
	// atteso a Roma venerdì" after Conte received Haftar there
	if len(parts) == 1 && !negated && borrow && si > 0 && g.has(pVisit) && d.kindIn(hs, lo, hi, pCancelled, pPlanned) {
		if p := d.cancelledVisitHost(si, lo, parts[0]); p != "" && !seen[p] {
			parts = append([]string{p}, parts...)
			seen[p] = true
		}
	}
	if len(parts) > 0 {
		for _, p := range denied {
			d.negPairs[pairKey(parts[0], p)] = true
		}
	}
	// "… held talks with Sarraj and Haftar. The two men did not meet": a
	// `both` phrase denied after talks of outsiders with two people of
	// one country is those two
	// (session 21) and so is a reciprocal word ("…, but they did not
	// meet each other", "mais ne se sont pas rencontrés entre eux", "но
	// друг с другом не встретились", "ancak birbirleriyle görüşmediler")
	// (only in a `but` clause after the talks its sentence told: "…
	// ливийские лидеры друг с другом не встречались: …" after a list of
	// mediators names no one's talks)
	if negated && len(parts) < 2 && (d.kindBetween(lo, hi, pBoth) || d.kindBetween(lo, hi, pReciprocal) && d.butClauseAfterTalks(lo)) {
		// (its head noun may say whose they are: "les deux Libyens"
		// after Lavrov and Shoigu met Çavuşoğlu and Akar are not the Turks)
		if pair := d.headTyped(hs, lo, hi, 2, d.rivalsOfLastTalks(si)); pair != nil {
			parts = pair
		}
	}
	// hosting a dialogue or a conference whose people the clause does
	// not name is no meeting with whoever else it names
	if !negated && len(parts) >= 2 && d.hostsUnnamedEvent(g, main) {
		return nil
	}
	// indirect talks never join their two sides
	if !negated {
		if !d.indirectTalks(g, main, parts) {
			if d.indirect == nil {
				d.indirect = map[int]bool{}
			}
			d.indirect[main.tok0] = true
		}
	}
	if negated {
		d.negTrig = main.tok0
		d.negParts = parts
		for i := range parts {
			for j := i + 1; j < len(parts); j++ {
				d.negPairs[pairKey(parts[i], parts[j])] = true
			}
		}
		return nil
	}
	// "X said after the meeting": the clause names no pair of its own
	// and points back at an event told before
	// "Maas hosted the conference": the host alone, whose guests the
	// sentences after it list as attending (see findEvents)
	lone := len(parts) == 1 && d.hostsConference(main, hs)
	// "Меркель провела переговоры с каждым из них по отдельности",
	// "میرکل نے دونوں سے الگ الگ بات چیت کی": the two people named last
	// are the partners, met one after the other (see separateThem)
	if len(parts) == 1 && !negated && d.kindIn(hs, lo, hi, pThem) && (d.kindIn(hs, lo, hi, pSeparate) || d.themApart(hs, lo, hi, g.class() == "call")) {
		for _, p := range d.lastPeople(lo, si, 2, seen) {
			if !seen[p] {
				parts = append(parts, p)
				seen[p] = true
			}
		}
	}
	// "Bourita received the two delegations": a pair phrase as the
	// object, no `separate` word, is the two people named last, met
	// together (jointThem)
	// (in Arabic the dual "الوفدين" is also a delegation noun, which may
	// have given one of the two already: the other joins)
	if (len(parts) == 1 || d.lang == "ar" && len(parts) == 2) && !negated && d.jointThem(g, hs, lo, hi) {
		ex := seen
		if len(parts) == 2 {
			ex = map[string]bool{}
		}
		pair := d.sidesPair(hs, lo, hi, si)
		if pair == nil {
			pair = d.lastPeople(lo, si, 2, ex)
		}
		if len(pair) == 2 && (len(parts) == 1 || slices.Contains(pair, parts[0]) || slices.Contains(pair, parts[1])) {
			for _, p := range pair {
				if !seen[p] && !slices.Contains(parts, p) {
					parts = append(parts, p)
					seen[p] = true
				}
			}
		}
	}
	// (and once more after the people borrowed from the sentences
	// before: a borrowed subject may be the clause's state's own person)
	parts = d.dropMembers(parts)
	parts = d.countryHeads(parts, si) // "Российско-турецкие консультации …. Российскую делегацию возглавлял X, турецкую — Y"
	if g.has(pVisit) && !g.has(pVideo) && g.class() != "call" {
		parts = d.visitCountries(parts, lo, hi)
	}
	if len(parts) == 1 && !lone && !negated && !possible && g.has(pVisit) && g.class() != "call" {
		d.loneTrip(si, g, hs, main, parts[0], seen, anchor) // "aterrizó ayer en Trípoli"
	}
	if len(parts) < 2 && !lone || (own < 2 || d.parenthetical(g, hs) || d.toldSpeech(g, hs)) && len(d.meetings) > 0 && d.anaphoric(g, hs) {
		return nil
	}
	// "Erdoğan'ın görüşmede … Serrac'a bildirdiği": a phrase pointing back
	// at an event whose people it names is that event
	if d.anaphoric(g, hs) && d.toldWith(parts) {
		return nil
	}
	status := graph.StatusHeld
	for _, h := range hs {
		if h.tok0 < lo || h.tok0 >= hi || d.inQuote[h.tok0] || ignored(h, hs) {
			continue
		}
		// "had spoken by phone on Tuesday …, and is expected to travel
		// to Paris": a cue past a comma, right before the next clause's
		// trigger, is that clause's
		if h.tok0 > main.tok0 && hi < d.sents[si].tok1 && d.triggerAt(hi) && hi-h.tok1 <= 2 && d.punctIn(main.tok1, h.tok0, ",;") {
			continue
		}
		if d.laterClauseCue(si, main, h, hi) {
			continue
		}
		if h.p.kind == pPlanned && d.pastDatedBefore(main, h, lo) {
			continue
		}
		if (h.p.kind == pPlanned || h.p.kind == pCancelled) && (d.topicCue(h, main, hs) || d.discussedCue(h, main, hs)) {
			continue
		}
		if h.p.kind == pPlanned && (d.attributiveParticiple(h, hs, hi) || d.inPurposeAfter(main, h, hs)) {
			continue
		}
		if h.p.kind == pCancelled && d.anchorCancel(main, h, hs) {
			continue
		}
		switch h.p.kind {
		case pCancelled:
			status = graph.StatusCancelled
		case pPlanned:
			if status != graph.StatusCancelled {
				status = graph.StatusPlanned
			}
		}
	}
	if status == graph.StatusHeld {
		status = d.earlierClauseCue(si, lo, main, hs, status)
	}
	if status == graph.StatusHeld {
		status = d.relativeStatus(main, hs, lo, hi, status)
	}
	if status == graph.StatusHeld && possible {
		status = graph.StatusPlanned
	}
	if status == graph.StatusHeld && (d.futureVerb(lo, hi, g.trigs[0].tok0) || d.forwardDayIn(lo, hi) || d.presentWeekday(si, lo, hi, g.trigs[0])) {
		status = graph.StatusPlanned
	}
	if status != graph.StatusCancelled && (main.p.kind == pMeetNoun || main.p.kind == pMeet || d.subjectVisitNoun(si, main)) && d.predicateCue(si, hi, hs) {
		status = graph.StatusCancelled
	}
	if plannedNot {
		status = graph.StatusCancelled
	}
	mode, rule, conf := graph.ModeInPerson, "meet.verb", 0.8
	switch {
	case g.has(pVideo):
		mode, rule, conf = graph.ModeVideo, "video", 0.85
	case g.class() == "call":
		mode, rule, conf = graph.ModeCall, "call", 0.85
		if main.p.kind == pCallFrom {
			rule = "call.from"
		}
	case g.has(pVisit):
		mode, rule, conf = graph.ModeVisit, "visit", 0.8
	case g.has(pHost):
		rule = "meet.host"
	case main.p.kind == pMeetNoun:
		rule, conf = "meet.noun", 0.6
	case d.startsKind(main.tok0, pCopresence):
		rule, conf = "meet.copresence", 0.6
	}
	if mode == graph.ModeCall && main.p.kind != pCallFrom {
		if main.tok1-main.tok0 == 1 && main.p.kind == pCall {
			rule = "call.verb"
		} else {
			rule = "call.noun"
		}
	}
	// (nor is a forum the clause made its subject: "the forum, which
	// will bring together 75 delegates": see gatheringBody)
	if mode != graph.ModeCall && mode != graph.ModeVideo {
		parts = slices.DeleteFunc(parts, d.gathering)
	}
	roles := map[string]string{}
	for i, p := range parts {
		r := graph.RoleParticipant
		switch {
		case g.has(pHost):
			r = graph.RoleGuest
			if i == 0 {
				r = graph.RoleHost
			}
		case mode == graph.ModeCall || mode == graph.ModeVideo:
			if main.p.kind == pCallFrom {
				r = graph.RoleCallee
				if i == 1 {
					r = graph.RoleCaller
				}
			} else {
				r = graph.RoleCallee
				if i == 0 {
					r = graph.RoleCaller
				}
			}
		case mode == graph.ModeVisit:
			r = graph.RoleHost
			if i == 0 {
				r = graph.RoleGuest
			}
		}
		roles[p] = r
	}
	ev := &event{sent: si, class: g.class(), parts: parts, roles: roles, spans: spans, trig: main.tok0, pair: bothPair, ref: ref, session: session}
	ev.m.Mode, ev.m.Status = mode, status
	// "В тот же день, после встречи с Салехом, Лавров …": the same day
	// is the day of the event the phrase points back at
	if a := d.toldEventDate(si, hs); a.Day != 0 {
		anchor = a
	}
	ev.m.Date = d.eventDate(si, lo, hi, main.tok0, status, anchor)
	if mode == graph.ModeInPerson || mode == graph.ModeVisit {
		ev.m.Place = d.capitalOfSameName(d.eventPlace(lo, hi, main.tok0, si, seen, g.rel || openerCut), si)
		if ev.m.Place == "" || ev.m.Place == d.dateline {
			if c := d.capitalPlace(lo, hi, si, main.tok0); c != "" {
				ev.m.Place = c
			}
		}
		// "Merkel, konferans öncesinde Serrac ve Hafter ile ayrı ayrı
		// görüştü": where the event it counts its day from was held
		if ev.m.Place == "" {
			ev.m.Place = d.namedEventPlace(si, lo, hi)
		}
		if ev.m.Place == "" && si > 0 && !d.sentHasEvent(si-1) && d.sents[si-1].para == d.sents[si].para {
			ev.m.Place = d.scenePlace(si - 1)
		}
		// "Im Anschluss empfing Präsident X den Gast", "В тот же день Y
		// провела переговоры с Z": the same day goes on in the same city
		if ev.m.Place == "" && d.anchorPlace != "" && !seen[d.anchorPlace] && d.sameDayCue(si, lo, hi) {
			ev.m.Place = d.anchorPlace
		}
		// (a wire report's dateline city is the scene of the held
		// meetings its first two paragraphs tell without a place:
		// "TRIPOLI — … Draghi went straight into talks with Dbeibeh")
		if ev.m.Place == "" && d.dateline != "" && (si <= d.datelineSent+1 || d.sents[si].para <= d.sents[d.datelineSent].para+1) && status == graph.StatusHeld && !seen[d.dateline] && !d.sceneElsewhere() {
			ev.m.Place = d.dateline
		}
		if ev.m.Place == "" && status == graph.StatusHeld {
			prev := d.sequenceOf(si, main, parts)
			if prev == nil {
				prev = d.sameScene(si, parts, ev.m.Date)
			}
			if prev != nil {
				ev.m.Place = prev.m.Place
				if ev.m.Date.IsZero() {
					ev.m.Date = prev.m.Date
				}
			}
		}
		// (a trip's later meetings, told by venue or not at all: "se
		// reunió en la residencia del embajador con …")
		// (and its day, when the scene goes on: "Al día siguiente viajó a
		// Bengasi. Allí se reunió con Haftar")
		if ev.m.Date.IsZero() && status == graph.StatusHeld {
			if dt := d.sceneDay(ev, g, hs); !dt.IsZero() {
				ev.m.Date = dt
			}
		}
		// (the country of the trip's city, told in the sentence before,
		// is that city: "el embajador de España en Libia … A primera hora
		// fue recibida por X")
		if ev.m.Place != "" && status == graph.StatusHeld && d.trip.traveller != "" && contains(ev.parts, d.trip.traveller) && ev.sent > d.trip.sent && ev.sent-d.trip.last <= 2 && ev.m.Place == d.countryOf(d.trip.place) && !d.pluperfect(ev) {
			ev.m.Place = d.trip.place
		}
		if ev.m.Place == "" && mode == graph.ModeInPerson && status == graph.StatusHeld {
			ev.m.Place = d.tripPlace(ev)
		}
		if status == graph.StatusHeld {
			ev.m.Place = d.headlineCity(ev.m.Place)
		}
		// (session 21) "Am Nachmittag landete der Minister in Ankara. … Ein
		// vorgesehenes Treffen mit Präsident Erdoğan wurde abgesagt": a
		// called-off stop of the traveller is where he was
		if ev.m.Place == "" && status == graph.StatusCancelled {
			d.calledOffStop(ev)
		}
	}

	ev.m.CAMEO = d.cameo(ev, g)
	trig := d.span(main.tok0, main.tok1)
	ev.m.Evidence = d.evidence(si, d.lang+"."+rule, conf, trig, spans)
	ev.m.ID = claimID("m", d.art.ID, si, trig[0])
	return ev
}

// joinConference adds the attendees ms to the conference conf told by a
// host alone, and tells it as a meeting once it has a guest. Undated or
// with no place, it is held on the day and at the place the story's lead
// gives, else at the dateline's.
func (d *doc) joinConference(conf *event, ms []mention, anchor graph.Date) {
	n := len(conf.parts)
	for _, m := range ms {
		if !contains(conf.parts, m.actor) {
			conf.parts = append(conf.parts, m.actor)
			conf.roles[m.actor] = graph.RoleGuest
		}
	}
	conf.parts = d.dropMembers(conf.parts)
	if n >= 2 || len(conf.parts) < 2 {
		return
	}
	if conf.m.Status == graph.StatusHeld {
		for sj := d.headSents; sj < conf.sent && sj <= d.headSents+2; sj++ {
			s := d.sents[sj]
			if dt := d.eventDate(sj, s.tok0, s.tok1, s.tok0, graph.StatusHeld, anchor); conf.m.Date.IsZero() && !dt.IsZero() {
				conf.m.Date = dt
			}
			if conf.m.Place == "" {
				conf.m.Place = d.leadPlace(sj)
			}
		}
	}
	if conf.m.Place == "" && d.dateline != "" && conf.sent <= d.datelineSent+3 {
		conf.m.Place = d.dateline
	}
	d.meetings = append(d.meetings, conf)
}

// leadPlace is where lead sentence sj sets its scene: the dateline's
// place when the sentence also names it as one ("Berlin, 21. Oktober –
// vor den Wahlen in Libyen haben Diplomaten in Berlin beraten"), else its
// first.
func (d *doc) leadPlace(sj int) string {
	for _, p := range d.placeMs {
		if d.dateline != "" && p.place == d.dateline && d.toks[p.tok0].sent == sj && (p.loc || p.dir) && !d.placeOfNoun(p) {
			return p.place
		}
	}
	return d.scenePlace(sj)
}

// backdropOf tells whether meeting noun t names a conference only as the
// time of something else ("on the eve of the Berlin summit", "ahead of
// the Palermo conference", "am Vorabend des Gipfels", "عشية القمة"): a
// backdrop phrase ends at most three words before it, with no
// punctuation between.
func (d *doc) backdropOf(t hit, hs []hit) bool {
	if !d.hitStartsWithKind(t.tok0, pConference) {
		return false
	}
	// (in Turkish and Urdu the postposition follows the noun: "Berlin
	// zirvesi öncesinde", "برلن کانفرنس سے پہلے")
	post := d.verbFinal()
	for _, h := range hs {
		switch {
		case h.p.kind != pBackdrop:
		case post && h.tok0 >= t.tok1 && h.tok0-t.tok1 <= 1 && !d.punctIn(t.tok1, h.tok0, ",;:."):
			return true
		case !post && h.tok1 <= t.tok0 && t.tok0-h.tok1 <= 3 && !d.punctIn(h.tok1, t.tok0, ",;:."):
			return true
		}
	}
	return d.sinceEventOf(t, hs)
}

// meetNounsOnly tells whether every trigger of g is a meeting noun, or a
// meeting phrase that starts with one ("l'entretien", "dem Treffen").
func (d *doc) meetNounsOnly(g *group) bool {
	for _, t := range g.trigs {
		if t.p.kind != pMeetNoun && !d.hitStartsWithKind(t.tok0, pMeetNoun) {
			return false
		}
	}
	return true
}

// summitOwner tells whether m, an organisation, names who holds the conference
// that a backdrop phrase puts behind the sentence's meeting ("on the
// sidelines of the NATO summit", "en marge du sommet de l'Union
// africaine", "на полях саммита НАТО", "Arap Birliği zirvesinin
// marjında", "على هامش قمة جامعة الدول العربية"): the summit's owner is
// no participant of the meeting held beside it.
func (d *doc) summitOwner(m mention, hs []hit) bool {
	// (an organisation only: a country right after the noun is another
	// word's, "am Rande der Konferenz Libyens Regierungschef")
	if m.kind != graph.KindOrganisation {
		return false
	}
	post := d.verbFinal()
	for _, h := range hs {
		if h.p.kind != pBackdrop || d.inQuote[h.tok0] {
			continue
		}
		for _, c := range hs {
			if c.p.kind != pConference {
				continue
			}
			if post {
				// "[Arap Birliği] zirvesinin marjında"
				if h.tok0 >= c.tok1 && h.tok0-c.tok1 <= 1 && m.tok1 <= c.tok0 && c.tok0-m.tok1 <= 1 && !d.punctIn(m.tok0, h.tok0, ",;:.") {
					return true
				}
				continue
			}
			if h.tok1 > c.tok0 || c.tok0-h.tok1 > 3 || d.punctIn(h.tok1, c.tok0, ",;:.") {
				continue
			}
			// "the [NATO] summit", "du sommet de [l'OTAN]", "саммита [НАТО]"
			if m.tok0 >= h.tok1 && m.tok1 <= c.tok0 || m.tok0 >= c.tok1 && m.tok0-c.tok1 <= 2 && !d.punctIn(c.tok1, m.tok0, ",;:.()") {
				return true
			}
		}
		if !post && d.sidelinesOwner(m, h) {
			return true
		}
	}
	return false
}

// sidelinesOwner tells whether organisation m is named inside the
// phrase that backdrop hit h opens, a few words on with no mark and no
// meeting word between ("en marge de l'Assemblée générale des [Nations
// unies]", "on the sidelines of the [UN] General Assembly", "على هامش
// اجتماعات الجمعية العامة [للأمم المتحدة]", "al margen de la Asamblea
// General de la [ONU]"): the body whose gathering it is, however that
// gathering is called, is no party to the talks held beside it
// (session 19).
func (d *doc) sidelinesOwner(m mention, h hit) bool {
	if m.tok0 < h.tok1 || m.tok0-h.tok1 > 7 || d.punctIn(h.tok1, m.tok0, ",،;:.()") {
		return false
	}
	for k := h.tok1; k < m.tok0; k++ {
		if d.triggerAt(k) {
			return false
		}
	}
	return true
}

// gatheringBody tells whether organisation m is a gathering, the article
// naming it somewhere by a name that holds a conference noun ("Libyan
// Political Dialogue Forum", "Foro de Diálogo Político Libio", "ملتقى
// الحوار السياسي الليبي"; its abbreviation too), in a clause that tells
// a meeting or visit, not a call: a forum is where or when people meet
// ("on the eve of the forum's opening", "opened the forum in the
// presence of Williams", "the capital, venue of the forum"), no party to
// their talks; one addressed by call or video ("Williams will address
// the forum by video") stays one.
func (d *doc) gatheringBody(m mention, g *group) bool {
	return m.kind == graph.KindOrganisation && g.class() != "call" && d.gathering(m.actor)
}

// gathering tells whether the article names actor id somewhere by a name
// that holds a conference noun (see gatheringBody).
func (d *doc) gathering(id string) bool {
	for _, o := range d.mentions {
		if o.actor != id || o.kind != graph.KindOrganisation {
			continue
		}
		for k := o.tok0; k < o.tok1; k++ {
			if d.startsKind(k, pConference) {
				return true
			}
		}
	}
	return false
}

// conferencePlace is the city a conference noun of sentence si names as
// its venue, written right before it or one word after it ("the Berlin
// conference", "Берлинской конференции", "conferenza di Berlino",
// "برلن کانفرنس", "مؤتمر برلين"), or "". A country so written is the
// conference's topic ("the Libya conference"), no venue.
func (d *doc) conferencePlace(si int, hs []hit) string {
	for _, h := range hs {
		if h.p.kind != pConference || d.inQuote[h.tok0] || d.backdropOf(h, hs) {
			continue
		}
		for _, p := range d.placeMs {
			if d.toks[p.tok0].sent != si || d.isCountry(p.place) || d.x.lx.seas[p.place] {
				continue
			}
			before := p.tok1 <= h.tok0 && h.tok0-p.tok1 <= 1
			after := p.tok0 >= h.tok1 && p.tok0-h.tok1 <= 1
			if before && !d.punctIn(p.tok1, h.tok0, ",،;:.") || after && !d.punctIn(h.tok1, p.tok0, ",،;:.") {
				return p.place
			}
		}
		// (a city's adjective before it: "Берлинской конференции",
		// "der Berliner Libyen-Konferenz")
		for k := h.tok0 - 1; k >= h.tok0-2 && k >= d.sents[si].tok0 && !d.punctIn(k+1, h.tok0, ",;:.()"); k-- {
			if c := d.cityAdjective(k); c != "" {
				return c
			}
		}
	}
	return ""
}

// cityAdjective is the city whose adjective token k is, in Russian
// ("Берлинской", "Парижская") and German ("Berliner", "Pariser"), or "".
func (d *doc) cityAdjective(k int) string {
	var suffix string
	switch d.lang {
	case "ru":
		suffix = "ск"
	case "de":
		suffix = "er"
	default:
		return ""
	}
	t := d.toks[k]
	if !t.upper {
		return ""
	}
	for _, c := range d.x.lx.cityStems {
		if rest, ok := strings.CutPrefix(t.norm, c.form); ok {
			if d.lang == "de" && rest == suffix || d.lang == "ru" && strings.HasPrefix(rest, suffix) {
				return c.id
			}
		}
	}
	return ""
}

// newGathering tells whether attendance sentence si sets a scene of its
// own rather than adding people to the event told in sentence last ("À la
// conférence de Berlin, M. Tebboune a pris place autour de la table aux
// côtés de A, B et C", "Undici giorni dopo, alla conferenza di Berlino,
// sedeva allo stesso tavolo di A, B e C"): it names a conference that
// sentence last does not, or a day far from that event's.
func (d *doc) newGathering(si, last int, hs []hit) bool {
	if last < 0 || last == si {
		return false
	}
	if d.conferenceIn(hs) && !d.conferenceIn(d.sentHits(last)) {
		return true
	}
	dt, ok := d.sceneDate(si)
	if !ok {
		return false
	}
	for _, e := range d.meetings {
		if e.sent == last && !e.m.Date.IsZero() && (e.m.Date.Month != dt.Month || e.m.Date.Day != 0 && !d.nearDay(dt, e.m.Date)) {
			return true
		}
	}
	return false
}

// attendance tells, as a meeting, the gathering that sentence si lists
// three or more people as attending ("Around the table sat A, B, C and
// D", "An der Konferenz nahmen A, B und C teil"), or returns nil: the
// attend phrase outside quotes, no negation in its clause, and three
// people named.
func (d *doc) attendance(si int, hs []hit, ms []mention, anchor graph.Date) *event {
	at := -1
	for _, h := range hs {
		if h.p.kind == pAttend && !d.inQuote[h.tok0] {
			at = h.tok0
			break
		}
	}
	if at < 0 {
		return nil
	}
	// (a negation or cancellation in the attend phrase's clause: "did
	// not take part"; not one in another clause, "the photograph
	// everyone wanted never came")
	for _, h := range hs {
		switch h.p.kind {
		case pNegation, pNegated, pCancelled, pRefusal:
			lo, hi := min(h.tok1, at), max(h.tok0, at)
			if !d.inQuote[h.tok0] && hi-lo <= 4 && !d.punctIn(lo, hi, ",;:") {
				return nil
			}
		}
	}
	n := 0
	var seen []string
	for _, m := range ms {
		if m.kind == graph.KindPerson && !contains(seen, m.actor) {
			seen = append(seen, m.actor)
			n++
		}
	}
	if n < 3 {
		return nil
	}
	s := d.sents[si]
	ev := &event{sent: si, class: "meet", roles: map[string]string{}, trig: at}
	ev.m.Mode, ev.m.Status = graph.ModeInPerson, graph.StatusHeld
	if d.kindIn(hs, s.tok0, s.tok1, pPlanned) || d.futureVerb(s.tok0, s.tok1, at) {
		ev.m.Status = graph.StatusPlanned
	}
	ev.m.Date = d.eventDate(si, s.tok0, s.tok1, at, ev.m.Status, anchor)
	own := d.conferencePlace(si, hs)
	ev.m.Place = own
	if ev.m.Place == "" {
		ev.m.Place = d.eventPlace(s.tok0, s.tok1, at, si, map[string]bool{}, false)
	}
	// (no place of its own: the conference the sentence before told,
	// "Berlin'de toplanan ikinci Libya konferansında … . Maas'ın ev
	// sahipliğindeki toplantıya A ve B de katıldı")
	if prev := si - 1; ev.m.Place == "" && prev >= d.headSents && d.kindIn(d.sentHits(prev), d.sents[prev].tok0, d.sents[prev].tok1, pConference) {
		if ev.m.Place = d.conferencePlace(prev, d.sentHits(prev)); ev.m.Place == "" {
			ev.m.Place = d.scenePlace(prev)
		}
	}
	// (or the conference the story's lead names with its venue: "A
	// cuatro días de la segunda conferencia de Berlín … . El miércoles se
	// sentarán en torno a la mesa A, B y C")
	for sj := d.headSents; ev.m.Place == "" && sj <= d.headSents+1 && sj < si; sj++ {
		ev.m.Place = d.conferencePlace(sj, d.sentHits(sj))
	}
	ev.m.CAMEO = "043"
	trig := d.span(at, at+1)
	ev.m.Evidence = d.evidence(si, d.lang+".meet.attend", 0.6, trig, nil)
	ev.m.ID = claimID("m", d.art.ID, si, trig[0])
	place, date := ev.m.Place, ev.m.Date
	d.joinConference(ev, ms, anchor)
	// (a conference the sentence names is an event of its own: not held
	// on the lead's day nor at the dateline, "На Берлинской конференции
	// Теббун сидел за одним столом с A, B и C" in a story from Algiers;
	// "the conference" alone is the lead's)
	if d.namedConference(si, hs, own) {
		ev.m.Place, ev.m.Date = place, date
	}
	return ev
}

// namedConference tells whether sentence si names a conference by a
// venue or a capitalised word next to its noun ("the Paris conference",
// "Берлинской конференции", "conferenza di Berlino", "مؤتمر برلين"),
// not "the conference" alone. place is the sentence's conferencePlace.
func (d *doc) namedConference(si int, hs []hit, place string) bool {
	if place != "" {
		return true
	}
	s := d.sents[si]
	upper := func(k int) bool { return k >= s.tok0 && k < s.tok1 && d.toks[k].upper }
	for _, h := range hs {
		if h.p.kind != pConference || d.inQuote[h.tok0] || d.backdropOf(h, hs) {
			continue
		}
		if h.tok0-1 > s.tok0 && upper(h.tok0-1) && !d.punctIn(h.tok0-1, h.tok0, ",;:.") || upper(h.tok1) && !d.punctIn(h.tok1-1, h.tok1, ",;:.") {
			return true
		}
	}
	return false
}

// conferenceIn tells whether hits hs hold a conference noun outside
// quotes that is no backdrop of something else.
func (d *doc) conferenceIn(hs []hit) bool {
	for _, h := range hs {
		if h.p.kind == pConference && !d.inQuote[h.tok0] && !d.backdropOf(h, hs) {
			return true
		}
	}
	return false
}

// agreeingSubject is the dropped subject of trigger t's clause in
// sentence si, given prev, the last sentence's subject: an Arabic verb in the
// feminine ("أجرت اتصالاً", "التقت", "استقبلت") has a woman for its
// subject, so when prev is not one, the woman named last in the five
// sentences before (and up to the verb) is ("وصلت وليامز إلى بنغازي.
// والتقى صالح حفتر. ثم أجرت اتصالاً بالسراج" is Williams's call).
func (d *doc) agreeingSubject(prev string, t hit, si int) string {
	if d.lang != "ar" || prev == "" || d.female(prev) {
		return prev
	}
	// (the verb may stand before a noun trigger it takes as object:
	// "أجرت اتصالاً هاتفياً"; not before a noun in construct with a name,
	// its subject: "أحدثت مكالمة ترامب إحراجاً")
	if !arabicFeminineVerb(d.toks[t.tok0].norm) && (t.tok0 == 0 || d.punctIn(t.tok0, t.tok0, ",،;:") || !arabicFeminineVerb(d.toks[t.tok0-1].norm) || d.mentionStarts(t.tok0+1, t.tok0+2)) {
		return prev
	}
	lo := d.sents[max(0, si-5)].tok0
	// (mentions are sorted: start at the last one before the verb)
	for i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= t.tok0 }) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if d.inQuote[m.tok0] {
			continue
		}
		if m.tok0 < lo {
			break
		}
		if m.kind == graph.KindPerson && d.female(m.actor) {
			return m.actor
		}
	}
	return prev
}

// arabicFeminineVerb tells whether a folded Arabic word is a perfect verb
// of the third person feminine: the suffix "ت" on a stem of three letters
// or more, after a conjunction ("أجرت", "والتقت", "فاستقبلت").
func arabicFeminineVerb(w string) bool {
	for _, c := range []string{"و", "ف"} {
		if strings.HasPrefix(w, c) && utf8.RuneCountInString(w) > 4 {
			w = strings.TrimPrefix(w, c)
			break
		}
	}
	return strings.HasSuffix(w, "ت") && utf8.RuneCountInString(w) >= 4 && !strings.HasPrefix(w, "ال")
}

// describingNegation tells whether, in Arabic, negation h opens a
// relative clause of the indefinite event noun right before it: "في زيارة
// لم يُعلن عنها مسبقاً" (a visit not announced beforehand), "لقاء لم
// يُكشف عن موعده". Arabic joins a clause to an indefinite noun with no
// relative pronoun; its negation describes the event, it does not deny
// it. A definite noun ("الزيارة لم تتم", "اللقاء لن يُعقد") is the subject
// of the negated verb and stays denied.
func (d *doc) describingNegation(h hit, hs []hit) bool {
	if d.lang != "ar" || d.toks[h.tok0].punct != "" {
		return false
	}
	for _, t := range hs {
		if t.tok1 == h.tok0 && (t.p.kind == pMeetNoun || t.p.kind == pVisit || t.p.kind == pCall) {
			return !arabicDefinite(d.toks[t.tok0].norm)
		}
	}
	return false
}

// arabicDefinite tells whether a folded Arabic word carries the article,
// after a clitic or not ("الزيارة", "بالزيارة", "للقاء").
func arabicDefinite(w string) bool {
	if strings.HasPrefix(w, "ال") {
		return true
	}
	for _, c := range arabicClitics {
		if strings.HasPrefix(w, c) && (strings.HasPrefix(w[len(c):], "ال") || strings.HasSuffix(c, "لل")) {
			return true
		}
	}
	return false
}

// hostsConference tells whether trigger t is a host verb whose object is
// a gathering of many ("hosted the one-day conference", "a accueilli le
// sommet", "zirveye ev sahipliği yaptı"): the conference noun within
// three words after it (not counting a name between, the subject of a
// verb-first clause: "استضاف وزير الخارجية هايكو ماس المؤتمر"), or before it in a verb-final clause, with no
// punctuation between.
func (d *doc) hostsConference(t hit, hs []hit) bool {
	if t.p.kind != pHost && t.p.kind != pMeet || d.inQuote[t.tok0] {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pConference || d.inQuote[h.tok0] {
			continue
		}
		if h.tok0 >= t.tok1 && d.wordsOutside(t.tok1, h.tok0) <= 3 && !d.punctIn(t.tok1, h.tok0, ",;:.") ||
			h.tok1 <= t.tok0 && t.tok0-h.tok1 <= 3 && !d.punctIn(h.tok1, t.tok0, ",;:.") {
			return true
		}
	}
	return false
}

// wordsOutside counts the tokens from lo to hi that no actor mention
// covers.
func (d *doc) wordsOutside(lo, hi int) int {
	n := hi - lo
	for _, m := range d.actorMentions(lo, hi) {
		n -= min(m.tok1, hi) - max(m.tok0, lo)
	}
	return n
}

// sequenceOf is the last meeting, with a place, when the meeting at
// trigger t of sentence si is told as its next step ("Después, Dendias se
// reunió a solas con su homóloga", "Le ministre a ensuite reçu …", "Poi
// Di Maio ha visto …", or as the last stop before going home: "Antes de
// regresar a Madrid, …") and shares a participant with it, four sentences
// back at most: the new one is held where (and, undated, when) it was.
func (d *doc) sequenceOf(si int, t hit, parts []string) *event {
	if len(d.meetings) == 0 {
		return nil
	}
	last := d.meetings[len(d.meetings)-1]
	// (not a meeting told as background, dated days before one told
	// earlier: "Dendias, Ankara ziyaretinden önce 6 Nisan'da Trablus'a
	// giderek Dibeybe ile görüşmüştü. … temasının ardından Erdoğan
	// tarafından da kabul edildi" goes on from the story's own meeting)
	if d.flashback(last) {
		return nil
	}
	if last.m.Place == "" || si-last.sent > 4 || last.sent < d.headSents || last.m.Status != graph.StatusHeld || last.class != "meet" {
		return nil
	}
	if !slices.ContainsFunc(parts, func(p string) bool { return contains(last.parts, p) }) {
		return nil
	}
	s := d.sents[si]
	for _, h := range d.sentHits(si) {
		// "Antes de regresar a Madrid, la ministra se reunió con X": the
		// last stop before going home, where the trip's last meeting was
		if h.p.kind == pDeparture && !d.inQuote[h.tok0] && !d.inQuote[t.tok0] {
			return last
		}
		if h.p.kind == pSequence && !d.inQuote[h.tok0] && (h.tok0 < t.tok0 && !d.punctIn(h.tok1, t.tok0, ".;:") || h.tok0 >= t.tok1 && h.tok0 <= t.tok1+1) && h.tok0 >= s.tok0 {
			return last
		}
	}
	return nil
}

// splitCall makes one telephone call per callee when one caller phoned
// several people named after the call ("Guterres phoned Sarraj and Saleh",
// "اتصالين هاتفيين بالمنفي والدبيبة"): a phone call has two ends. A video
// conference may have many and is left whole, as is a call with several
// callers ("Merkel and Macron phoned Putin").
func (d *doc) splitCall(ev *event, g *group) []*event {
	if ev == nil || ev.m.Mode != graph.ModeCall || len(ev.parts) < 3 {
		return []*event{ev}
	}
	// "un entretien téléphonique à trois avec X et Y", "a three-way call":
	// the text says the ends were on one line
	if d.kindBetween(g.lo, g.hi, pMultiCall) {
		return []*event{ev}
	}
	trig := ev.m.Evidence.Trigger[0]
	after := map[string]bool{}
	// the callees are a list: a comma that no name follows ends it, and
	// what comes after describes them ("X, Haftar's main ally with Egypt
	// and Russia", "Y، بحثا خلاله … بعد مقتل Z")
	end := -1
	beyond := map[string]bool{}
	for _, m := range g.mentions {
		if m.start < trig {
			after[m.actor] = false
			continue
		}
		if end >= 0 && m.tok0 >= end {
			beyond[m.actor] = true
			continue
		}
		if _, seen := after[m.actor]; !seen {
			after[m.actor] = true
		}
		if end < 0 {
			end = d.listEnd(m.tok1, g.hi, g.mentions)
		}
	}
	var callers, callees []string
	for _, p := range ev.parts {
		_, listed := after[p]
		switch {
		case after[p]:
			callees = append(callees, p)
		case beyond[p] && !listed:
			// named only in the description
		default:
			callers = append(callers, p)
		}
	}
	if len(callers) == 1 && len(callees) == 1 && len(ev.parts) > 2 {
		// the description after the list named more: a call has two ends
		return []*event{d.subEvent(ev, g, []string{callers[0], callees[0]}, 0)}
	}
	if len(callers) != 1 || len(callees) < 2 {
		return []*event{ev}
	}
	out := make([]*event, 0, len(callees))
	for k, c := range callees {
		out = append(out, d.subEvent(ev, g, []string{callers[0], c}, k))
	}
	return out
}

// listEnd is the first token in (from, hi) after a comma that no name
// follows, or hi.
func (d *doc) listEnd(from, hi int, ms []mention) int {
	for k := from; k < hi; k++ {
		if !d.punctIn(k, k, ",،") {
			continue
		}
		// ", y con el príncipe heredero de Abu Dabi, Mohamed bin Zayed":
		// an "and" right after the comma goes on with the list
		if !mentionIn(ms, k, k+2) && !d.kindBetween(k, k+1, pAnd) {
			return k
		}
	}
	return hi
}

// counterpartOf is the person whose counterpart actor is, when a
// counterpart word stands in tokens [lo, hi): the last person named
// before it who holds the same office in another country ("Foreign
// Minister of Turkey" for "Foreign Minister of Russia").
func (d *doc) counterpartOf(lo, hi int, actor string) string {
	at := -1
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= lo })
	for ; k < len(d.hits) && d.hits[k].tok0 < hi; k++ {
		if d.hits[k].p.kind == pCounterpart && !d.inQuote[d.hits[k].tok0] {
			at = d.hits[k].tok0
			break
		}
	}
	office := d.officeOf(actor)
	if at < 0 || office == "" {
		return ""
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.tok0 >= at || m.kind != graph.KindPerson || m.actor == actor {
			continue
		}
		if d.officeOf(m.actor) == office {
			return m.actor
		}
	}
	return ""
}

// officeOf is a lexicon person's office without its country: "Foreign
// Minister" of "Foreign Minister of Russia".
func (d *doc) officeOf(actor string) string {
	i, ok := d.x.lx.actorIdx[actor]
	if !ok {
		return ""
	}
	role := d.x.lx.actors[i].Role
	if j := strings.Index(role, " of "); j > 0 {
		return role[:j]
	}
	return ""
}

// recognisedBy tells whether an organisation or a state only recognises
// or backs someone of the sentence: "the government recognised by the
// United Nations", "the UN-recognised government", "reconnu par l'ONU",
// "признанного ООН", "BM tarafından tanınan", "المعترف بها من الأمم
// المتحدة", "اقوام متحدہ کی تسلیم شدہ"; it is no party to the meeting.
func (d *doc) recognisedBy(m mention) bool {
	if m.kind == graph.KindPerson {
		return false
	}
	if d.hitEndsAt(m.tok0, 0, pRecogBy) {
		return true
	}
	if m.tok0 > 0 && elided(d.toks[m.tok0].punct) && d.toks[m.tok0-1].punct == "" && d.hitEndsAt(m.tok0-1, 0, pRecogBy) {
		return true // an article between: "by the United Nations", "par l'ONU"
	}
	if m.tok1 >= len(d.toks) || d.toks[m.tok1].punct != "" && !d.toks[m.tok1].hyph {
		return false
	}
	return d.hitStartsWithKind(m.tok1, pRecogAfter)
}

// supported tells whether a name is the one a purpose phrase of support
// backs, right after it or through the noun of what is backed: "arrived
// in 2019 to support Haftar's offensive", "per sostenere l'offensiva di
// Haftar", "чтобы поддержать наступление Хафтара". Backing someone is no
// meeting with him.
func (d *doc) supported(m mention) bool {
	for k := m.tok0; k >= 0 && k >= m.tok0-3; k-- {
		if k < m.tok0 && d.toks[k+1].punct != "" && !elided(d.toks[k+1].punct) {
			return false
		}
		if d.hitEndsAt(k, max(0, k-4), pSupport) {
			return true
		}
	}
	return false
}

// elided tells whether the punctuation before a token joins it to the
// word before: none, or the apostrophe of an elided article ("l'ONU").
func elided(p string) bool {
	return p == "" || p == "'" || p == "’"
}

// isTopic tells whether a country is what the talks are about rather
// than a party to them: "discussed the situation in Libya", "über
// Libyen", "حول ليبيا", "Libya hakkında", "لیبیا کی صورتحال", or the first
// part of a German compound ("Libyen-Konferenz").
func (d *doc) isTopic(m mention) bool {
	// a person right after a topic phrase is what is talked about too
	// ("desde la caída de Gadafi", "the fall of Gaddafi")
	return m.kind == graph.KindCountry && m.name != nameDemonymPair && (d.topicSpan(m.tok0, m.tok1) || d.betweenTopic(m)) || m.kind == graph.KindPerson && d.hitEndsAt(m.tok0, 0, pTopic) && !d.travelToPerson(m) || d.compoundModifier(m)
}

// compoundModifier tells whether an organisation is the first part of a
// hyphened compound ("UN-led talks", "U.N.-backed government", "eine
// UN-Vertreterin"), as isTopic takes a country: it qualifies the word
// after it, it is no party. A pair of actors ("EU-Turkey talks") is
// none.
func (d *doc) compoundModifier(m mention) bool {
	return m.kind == graph.KindOrganisation && m.tok1 < len(d.toks) && d.toks[m.tok1].hyph && !d.hitStartsWithKind(m.tok1, pVenueHead) && !d.mentionStarts(m.tok1, m.tok1+1)
}

// topicSpan tells whether tokens [t0, t1) stand where isTopic says a
// topic stands.
func (d *doc) topicSpan(t0, t1 int) bool {
	m := struct{ tok0, tok1 int }{t0, t1}
	if m.tok1 < len(d.toks) && d.toks[m.tok1].hyph {
		return true
	}
	// (a topic phrase broken by a comma is none: "the speaker of the
	// eastern-based parliament, in Cairo")
	for _, i := range d.hitsByEnd(m.tok0) {
		if h := d.hits[i]; h.p.kind == pTopic && !d.punctIn(h.tok0+1, h.tok1-1, ",;:") {
			return true
		}
		// (the direct object of a verb of discussing, right after it, is
		// what was discussed: "обсудили Ливию", "discussed Libya")
		if h := d.hits[i]; h.p.kind == pDiscuss && !d.punctIn(m.tok0, m.tok0, ",;:") {
			return true
		}
	}
	if m.tok0 > 0 && d.elidedOrJoined(m.tok0) && d.toks[m.tok0-1].punct == "" && d.hitEndsAt(m.tok0-1, 0, pTopic) {
		return true // one word between: "sur la Libye", "évoqué l'Égypte"
	}
	if d.andTopic(m.tok0) || d.talkOfTopic(m.tok0) {
		return true
	}
	for k := m.tok1; k <= m.tok1+1 && k < len(d.toks); k++ {
		// a case ending after an apostrophe ("Libya'nın komşuları") still
		// belongs to the name
		if d.toks[k].punct != "" && (k > m.tok1 || !d.toks[k].apos) {
			break
		}
		for _, h := range d.hitsStartingAt(k) {
			if h.p.kind == pTopicAfter {
				return true
			}
		}
	}
	return false
}

// elidedOrJoined tells whether token t follows the word before with no
// punctuation or only an elision's apostrophe ("l'Égypte").
func (d *doc) elidedOrJoined(t int) bool {
	return d.toks[t].punct == "" || d.toks[t].apos && !strings.ContainsAny(d.toks[t].punct, breakMarks)
}

// andTopic tells whether the country starting at t0 is joined by "and"
// (an article between or not) to a country right before that is a
// topic: "pour évoquer la Tunisie et la Libye", "ont évoqué l'Égypte et
// la Libye" are about both.
func (d *doc) andTopic(t0 int) bool {
	k := t0 - 1
	// (an article, a preposition repeated: "et la Libye", "et de la Libye")
	for n := 0; n < 2 && k >= 1 && !d.hitStartsWithKind(k, pAnd) && d.elidedOrJoined(k+1); n++ {
		k--
	}
	if k < 1 || !d.hitStartsWithKind(k, pAnd) || d.toks[k].punct != "" || !d.elidedOrJoined(k+1) {
		return false
	}
	i := d.mentionEndingAt(k)
	if i < 0 || d.mentions[i].kind != graph.KindCountry || d.mentions[i].tok0 >= k {
		return false
	}
	return d.topicSpan(d.mentions[i].tok0, d.mentions[i].tok1)
}

// listGapBreaks tells whether the gap between one partner of a list and
// the next (tokens lo..hi, hi the next name's first) ends the list. A
// semicolon or colon does; a comma only when it is neither one of the
// last three gaps before a name ("X, Y and Z", "the head of the
// government, Fayez al-Sarraj", "a Saleh, a Sarraj") nor the one closing
// an apposition the last name opened ("…, Fayez al-Sarraj, then the
// field marshal").
func (d *doc) listGapBreaks(lo, hi int, opened bool) bool {
	for k := lo; k <= hi && k < len(d.toks); k++ {
		p := d.toks[k].punct
		if strings.ContainsAny(p, ";:") {
			return true
		}
		if strings.ContainsAny(p, ",،") && k < hi-2 && !(k == lo && opened) {
			return true
		}
	}
	return false
}

// mediatorsSubject gives, for a clause whose subject is a `mediators`
// noun with no one named between it and the verb ("die Vermittler
// pendelten zwischen den Räumen", "посредники работали с делегациями
// раздельно"), the people of the last held meeting told in the three
// sentences before si: the talks the mediators led. Nil otherwise.
func (d *doc) mediatorsSubject(si int, g *group, hs []hit, main hit) ([]string, int) {
	at := -1
	for _, h := range hs {
		if h.p.kind == pMediators && h.tok0 >= g.lo && h.tok0 < g.hi && !d.inQuote[h.tok0] && !d.personIn(min(h.tok1, main.tok0), max(h.tok0, main.tok1)) {
			at = h.tok0
			break
		}
	}
	if at < 0 {
		return nil, -1
	}
	i := d.heldTalksBefore(si, -1)
	if i < 0 {
		return nil, at
	}
	var out []string
	for _, p := range d.meetings[i].parts {
		if d.isPerson(p) {
			out = append(out, p)
		}
	}
	return out, at
}

// heldTalksBefore is the index in d.meetings of the last held meeting in
// person told in the three sentences before si, before index below (-1:
// anywhere), or -1.
func (d *doc) heldTalksBefore(si, below int) int {
	if below < 0 {
		below = len(d.meetings)
	}
	for i := below - 1; i >= 0; i-- {
		ev := d.meetings[i]
		if ev.sent >= si {
			continue
		}
		if ev.sent < si-3 {
			return -1
		}
		if ev.class == "meet" && ev.m.Status == graph.StatusHeld {
			return i
		}
	}
	return -1
}

// namedInClause tells whether one of parts is named in group g in the
// clause of token at: after the last semicolon or colon before it.
func (d *doc) namedInClause(g *group, parts []string, at int) bool {
	from := g.lo
	for k := at; k > g.lo; k-- {
		if strings.ContainsAny(d.toks[k].punct, ":;") {
			from = k
			break
		}
	}
	for _, m := range g.mentions {
		if m.tok0 >= from && m.tok0 < g.hi && slices.Contains(parts, m.actor) {
			return true
		}
	}
	return false
}

// sameTalksBefore drops the meeting told in the three sentences before
// si whose people are the mediators of a shuttle just split, and no one
// else ("X and Y negotiated with the Libyan rivals. … The mediators
// shuttled between the rooms"): the talks the split tells side by side.
// The split meetings take its date and place when they have none.
func (d *doc) sameTalksBefore(si int, subjects []string, split []*event) {
	for i := d.heldTalksBefore(si, -1); i >= 0; i = d.heldTalksBefore(si, i) {
		ev := d.meetings[i]
		if len(ev.parts) != len(subjects) || !containsAll(ev.parts, subjects) {
			continue
		}
		for _, e := range split {
			if e.m.Date.IsZero() {
				e.m.Date = ev.m.Date
			}
			if e.m.Place == "" {
				e.m.Place = ev.m.Place
			}
		}
		d.meetings = slices.Delete(d.meetings, i, i+1)
		return
	}
}

// rivalsOfLastTalks gives the two people of one country that the last
// held meeting, told in sentence si or the two before it, names last,
// after people of other countries only (the mediators or hosts): the
// sides of mediated talks. Nil when there is no such meeting, or when it
// names more than two of that country (a side's companions: which two
// are the sides is not told).
func (d *doc) rivalsOfLastTalks(si int) []string {
	var ev *event
	// (the talks the sentence told before the denial's clause: "… were
	// received by Bourita, but the two men did not meet")
	for _, e := range d.sentEvs {
		if e != nil {
			ev = e
		}
	}
	if n := len(d.meetings); ev == nil && n > 0 {
		ev = d.meetings[n-1]
	}
	if ev == nil || ev.sent < si-2 || ev.class != "meet" || ev.m.Status != graph.StatusHeld || len(ev.parts) < 3 {
		return nil
	}
	if pair := d.rivalsNamedFirst(ev); pair != nil {
		return pair
	}
	last := ev.parts[len(ev.parts)-1]
	c := d.actorCountry(last)
	if c == "" {
		return nil
	}
	var pair []string
	for _, p := range ev.parts {
		switch {
		case d.actorCountry(p) == c && d.isPerson(p):
			pair = append(pair, p)
		case len(pair) > 0 || p == c:
			return nil
		}
	}
	if len(pair) != 2 || pair[0] == ev.parts[0] {
		return nil
	}
	return pair
}

// rivalsNamedFirst is the pair of one country an event names first, the
// guests of outsiders named after them (s21): "Saleh and Mishri were
// received by Bourita", "Sarraj and Haftar held talks with Lavrov". Nil
// unless the first two are people of one country and every one after
// them is of another.
func (d *doc) rivalsNamedFirst(ev *event) []string {
	if len(ev.parts) < 3 || !d.isPerson(ev.parts[0]) || !d.isPerson(ev.parts[1]) {
		return nil
	}
	c := d.actorCountry(ev.parts[0])
	if c == "" || d.actorCountry(ev.parts[1]) != c {
		return nil
	}
	for _, p := range ev.parts[2:] {
		if p == c || d.actorCountry(p) == c || d.actorCountry(p) == "" {
			return nil
		}
	}
	// (the subjects of an active host verb are the hosts: "empfingen
	// Mitsotakis und Dendias den General Haftar"; of a passive, the guests)
	if ev.roles[ev.parts[0]] == graph.RoleHost && !d.agentOfAny(ev.sent, ev.parts[2:]) {
		return nil
	}
	return slices.Clone(ev.parts[:2])
}

// agentOfAny tells whether sentence si names one of people right after
// an `agent` word ("by", "par", "por el canciller", "von"), at most four
// words on with no mark between: the agent of a passive.
func (d *doc) agentOfAny(si int, people []string) bool {
	for _, h := range d.sentHits(si) {
		if h.p.kind != pAgent || d.inQuote[h.tok0] {
			continue
		}
		for _, m := range d.actorMentions(h.tok1, min(h.tok1+5, d.sents[si].tok1)) {
			if slices.Contains(people, m.actor) && m.tok0-h.tok1 <= 4 && !d.punctIn(h.tok1, m.tok0, ",;:") {
				return true
			}
		}
	}
	return false
}

// containsAll tells whether every one of want is in parts.
func containsAll(parts, want []string) bool {
	for _, w := range want {
		if !slices.Contains(parts, w) {
			return false
		}
	}
	return true
}

// separateThem splits a clause whose object is a plural pronoun with a
// `separate` word beside it ("la cancelliera li ha ricevuti
// separatamente", "Merkel received them separately", "les a reçus
// séparément"): the pronoun stands for the last two people named before
// the clause, and the subject met each of them on their own. It returns
// nil when the clause is not of that kind.
func (d *doc) separateThem(ev *event, g *group, hs []hit, si int) []*event {
	if ev == nil {
		return nil
	}
	// the pronoun beside a verb of the clause, the word after it
	// (further before it in a verb-final clause: "دونوں سے الگ الگ بات
	// چیت کی", "her ikisiyle ayrı ayrı görüştü")
	back := 3
	if d.lang == "ur" || d.lang == "tr" {
		back = 5
	}
	near := func(k int) bool {
		for _, t := range g.trigs {
			if k >= t.tok0-back && k <= t.tok1+4 {
				return true
			}
		}
		return false
	}
	them, sep := -1, -1
	phrase := false // them is a pair phrase, no pronoun
	first := true
	both := false // them is a `both_object` or `each_object`
	for _, h := range hs {
		if h.tok0 < g.lo || h.tok0 >= g.hi || d.inQuote[h.tok0] {
			continue
		}
		switch {
		// (past a first pronoun far from the verb, a phrase of more
		// words near it: "Les ministres … ont fait la navette entre les
		// deux délégations", where "Les" is an article)
		case h.p.kind == pThem && them < 0 && (first || h.tok1-h.tok0 > 1 && near(h.tok0)):
			them = h.tok0
			if !near(them) && !d.eachNear(g, h) {
				them = -1
			}
			first = false
			// ("with each of them", "с каждым из них", "كل منهما": the
			// object itself tells them apart)
			if them >= 0 && h.p.name == "each_object" && sep < 0 {
				sep = h.tok0
			}
			both = them >= 0 && (h.p.name == "each_object" || h.p.name == "both_object")
		// (a pair phrase as the object, its head noun next to the verb:
		// "دونوں لیبیائی رہنماؤں سے الگ الگ ملاقاتیں کیں")
		case them < 0 && d.pairObject(h, g) && (near(h.tok0) || near(h.tok1)):
			them, phrase = h.tok0, true
			first = false
		case h.p.kind == pSeparate && sep < 0:
			sep = h.tok0
		// (a mediator's role, "acted as mediators", "посредниками
		// выступили": the two sides are its object and it is done apart)
		case h.p.kind == pMediateAs && them < 0:
			them, sep, phrase = h.tok0, h.tok0, true
			first = false
		}
	}
	// (a call has two ends: "telephoned both of them", "ha telefonato a
	// entrambi", "позвонил обоим" are two calls)
	if them >= 0 && sep < 0 && ev.m.Mode == graph.ModeCall && both {
		sep = them
	}
	if them < 0 || sep < 0 {
		return nil
	}
	// the clause of the pronoun starts after a colon or semicolon ("…
	// ma non si sono mai visti: la cancelliera li ha ricevuti")
	lo := g.lo
	for k := them; k > g.lo; k-- {
		if strings.ContainsAny(d.toks[k].punct, ":;") {
			lo = k
			break
		}
	}
	seen := map[string]bool{}
	for _, m := range g.mentions {
		if m.tok0 >= lo && m.tok0 < them && contains(ev.parts, m.actor) {
			seen[m.actor] = true
		}
	}
	pair := d.lastPeople(lo, si, 2, seen)
	if phrase {
		// ("a reçu séparément les deux hommes": the pair the article
		// denied, see deniedPairOf)
		if denied := d.deniedPairOf(hs, g.lo, g.hi, slices.Collect(maps.Keys(seen))); denied != nil {
			pair = denied
		}
	}
	// ("les deux Libyens": the people its head types, see headTyped)
	pair = d.headTyped(hs, them, g.hi, 2, pair)
	// ("с каждой из делегаций": the two delegations set up before, each
	// with all its people; see eachDelegation)
	groups := d.eachDelegation(hs, them, g.hi, si, seen)
	if groups != nil {
		pair = []string{groups[0][0], groups[1][0]}
	}
	if len(pair) != 2 {
		return nil
	}
	var subjects []string
	for _, p := range ev.parts {
		if !contains(pair, p) && (groups == nil || !contains(groups[0], p) && !contains(groups[1], p)) {
			subjects = append(subjects, p)
		}
	}
	if len(subjects) == 0 {
		return nil
	}
	d.apart[pairKey(pair[0], pair[1])] = true
	if d.pronounApart == nil {
		d.pronounApart = map[[2]string]bool{}
	}
	d.pronounApart[pairKey(pair[0], pair[1])] = true
	out := make([]*event, 0, 2)
	sides := [][]string{{pair[1]}, {pair[0]}}
	if groups != nil {
		sides = [][]string{groups[1], groups[0]}
	}
	for _, side := range sides {
		e := *ev
		e.parts = append(slices.Clone(subjects), side...)
		e.roles = maps.Clone(ev.roles)
		for _, p := range side {
			if _, ok := e.roles[p]; !ok {
				e.roles[p] = graph.RoleParticipant
				if g.has(pHost) {
					e.roles[p] = graph.RoleGuest
				}
			}
		}
		out = append(out, &e)
	}
	d.sameTalksBefore(si, subjects, out)
	return out
}

// eachNear tells whether h, an `each_object` or `both_object`, stands
// after one of group g's triggers within its clause, a date or adverb
// between ("sprach am Sonntag getrennt mit beiden"): no comma, no other
// name between.
func (d *doc) eachNear(g *group, h hit) bool {
	if h.p.name != "each_object" && h.p.name != "both_object" {
		return false
	}
	for _, t := range g.trigs {
		if h.tok0 >= t.tok1 && h.tok0 <= t.tok1+8 && !d.punctIn(t.tok1, h.tok0, ",،;:") && !d.personIn(t.tok1, h.tok0) {
			return true
		}
	}
	return false
}

// jointThem tells whether clause g (tokens lo to hi) has as its object a
// `plural_object` phrase of more words than a pronoun ("the two
// delegations", "les deux délégations", "обе делегации"; in Arabic,
// whose object pronouns are clitics, a single word: "الوفدين"), outside quotes, within four words after one of its triggers (five
// before it in tr ur), after a person the clause names, with no
// `separate` word and no object that tells its people apart (themApart):
// the two sides met the subject together.
func (d *doc) jointThem(g *group, hs []hit, lo, hi int) bool {
	if d.kindIn(hs, lo, hi, pSeparate) || d.themApart(hs, lo, hi, g.class() == "call") {
		return false
	}
	back := 0
	if d.lang == "ur" || d.lang == "tr" {
		back = 5
	}
	for _, h := range hs {
		if h.p.kind != pThem || h.p.name != "plural_object" || h.tok1-h.tok0 < 2 && d.lang != "ar" || h.tok0 < lo || h.tok0 >= hi || d.inQuote[h.tok0] {
			continue
		}
		// (a person named before it in the clause: "Moscou accueillait
		// les deux camps" names the host by its city, no one)
		named := false
		for _, m := range g.mentions {
			if m.tok0 >= lo && m.tok1 <= h.tok0 && m.kind == graph.KindPerson && !m.loc && !d.inQuote[m.tok0] {
				named = true
			}
		}
		if !named {
			continue
		}
		for _, t := range g.trigs {
			if h.tok0 >= t.tok1 && h.tok0 <= t.tok1+4 || h.tok1 <= t.tok0 && h.tok1 >= t.tok0-back {
				return true
			}
		}
	}
	return false
}

// themApart tells whether a plural object in tokens lo to hi tells its
// people apart by itself: an `each_object` ("with each of them", "с
// каждым из них", "كل منهما"), or, in a call, a `both_object` ("called
// both of them", "ha telefonato a entrambi", "позвонил обоим": a call has
// two ends).
func (d *doc) themApart(hs []hit, lo, hi int, call bool) bool {
	for _, h := range hs {
		if h.p.kind == pThem && h.tok0 >= lo && h.tok0 < hi && !d.inQuote[h.tok0] && (h.p.name == "each_object" || call && h.p.name == "both_object") {
			return true
		}
	}
	return false
}

// pairObject tells whether hit h is a pair phrase ("the two Libyan
// leaders", "die beiden Politiker", "دونوں لیبیائی رہنماؤں") that stands
// as an object of group g's clause: a person is named before it in the
// clause, outside quotes, so it is no subject. With a `separate` word it
// is read like a plural object pronoun (separateThem): "Lavrov and
// Çavuşoğlu met the two Libyan leaders separately".
func (d *doc) pairObject(h hit, g *group) bool {
	if h.p.kind != pBoth || h.p.name == "group_three" || h.p.name == "group_four" || d.inQuote[h.tok0] {
		return false
	}
	if !slices.ContainsFunc(g.trigs, func(t hit) bool { return t.tok0 < h.tok0 }) && d.lang != "ur" && d.lang != "tr" {
		return false
	}
	for _, m := range g.mentions {
		if m.tok0 >= g.lo && m.tok1 <= h.tok0 && m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
			return true
		}
	}
	return false
}

// splitSeparate makes one meeting per partner when the clause says the
// talks were separate ("held separate talks with Sarraj and with Haftar",
// "a rencontré séparément X et Y", "التقى كلاً على حدة"): the partners are
// the actors named after the word "separate" (or after the trigger, when
// the word comes first) up to the next comma; everyone else in the
// meeting is at each of them. The partners are never joined again.
func (d *doc) splitSeparate(ev *event, g *group, hs []hit) []*event {
	if ev == nil || len(ev.parts) < 2 {
		return []*event{ev}
	}
	from, sep := -1, -1
	each := false // "الگ الگ", "على حدة": with each in turn
	for _, h := range hs {
		if h.p.kind == pSeparate && h.tok0 >= g.lo && h.tok0 < g.hi && !d.inQuote[h.tok0] {
			from, sep = h.tok1, h.tok0
			each = h.tok1-h.tok0 >= 2 && (d.lang == "ar" || d.lang == "ur")
			break
		}
	}
	if from < 0 {
		if a, ok := d.distributiveAdverb(g.lo, g.hi); ok {
			from, sep, each = a.tok1, a.tok0, true
		}
	}
	if from < 0 {
		return []*event{ev}
	}
	// "X نے A اور B سے الگ ملاقات کی", "held a separate meeting with A and
	// B": one word before a singular noun sets one meeting apart from
	// those told before; the partners met together
	if !each && d.oneApartAt(hs, sep) {
		return []*event{ev}
	}
	// "the two leaders held separate talks with Lavrov", "iki lider,
	// Lavrov ile ayrı ayrı görüştü": each of the pair met the others
	if len(ev.pair) >= 2 && len(ev.parts) > len(ev.pair) {
		var others []string
		for _, p := range ev.parts {
			if !contains(ev.pair, p) {
				others = append(others, p)
			}
		}
		out := make([]*event, 0, len(ev.pair))
		for k, p := range ev.pair {
			out = append(out, d.subEvent(ev, g, append([]string{p}, others...), k))
			for _, q := range ev.pair[k+1:] {
				d.apart[pairKey(p, q)] = true
			}
		}
		return out
	}
	if !each && len(ev.parts) < 3 {
		return []*event{ev}
	}
	sepEnd := from
	from = max(from, g.trigs[0].tok1)
	if grps := d.separatePartnerGroups(g, ev.parts, from); grps != nil {
		if out := d.splitGroups(ev, g, grps); out != nil {
			return out
		}
	}
	var partners []string
	// (a `separate` word set off by commas opens the list after it: "recibió
	// en Rabat, por separado, al presidente del Parlamento, Aguila Saleh, y
	// …")
	prevEnd, opened := from, from == sepEnd && d.punctIn(sep, sep, ",،") && d.punctIn(from, from, ",،")
	for _, m := range g.mentions {
		if m.tok0 < from || !contains(ev.parts, m.actor) || contains(partners, m.actor) {
			continue
		}
		if d.listGapBreaks(prevEnd, m.tok0, opened) {
			break
		}
		opened = d.punctIn(max(prevEnd, m.tok0-2), m.tok0, ",،")
		prevEnd = m.tok1
		partners = append(partners, m.actor)
	}
	if len(partners) < 2 {
		// verb-final languages name the partners before the word: "Erdoğan,
		// Serrac ve Akile Salih ile ayrı ayrı görüştü"; the subject is not one
		// (but the subject of a passive is: "Saleh and Mishri were received
		// separately in Rabat by Bourita", "reçus séparément par")
		passive := d.agentIn(g, hs) || d.lang == "de" && d.agentOfAny(ev.sent, ev.parts)
		partners = partners[:0]
		var first *mention
		trailing := false // the word closes the clause after a comma
		for i := len(g.mentions) - 1; i >= 0; i-- {
			m := g.mentions[i]
			if m.tok1 > sep || !contains(ev.parts, m.actor) || contains(partners, m.actor) {
				continue
			}
			// (nor the Urdu subject marked with "نے": "میرکل اور ماس نے
			// پہلے السراج سے اور پھر حفتر سے الگ الگ ملاقات کی")
			if m.actor == ev.parts[0] && !(each && len(ev.parts) == 2) && !passive || d.punctIn(m.tok1, sep, ",،;:") && !trailing && !(len(partners) == 0 && d.trailingApart(g, m.tok1, sep)) || d.toks[m.tok1].key == urduErgative {
				break
			}
			// (the partners are one list: "Lavrov ve Çavuşoğlu Moskova'da
			// Serrac ve Hafter ile ayrı ayrı görüştü" keeps the subject's
			// own list whole)
			if len(partners) > 0 && !d.coordinated(m, *first) {
				break
			}
			trailing = trailing || len(partners) == 0 && d.punctIn(m.tok1, sep, ",،")
			first = &g.mentions[i]
			partners = append([]string{m.actor}, partners...)
		}
	}
	if len(partners) < 2 {
		return []*event{ev}
	}
	if len(partners) == len(ev.parts) {
		// "separate video talks with Saleh and Mishri" by someone the
		// clause does not name: the partners never met each other
		for k, p := range partners {
			for _, q := range partners[k+1:] {
				d.apart[pairKey(p, q)] = true
			}
		}
		return nil
	}
	var others []string
	for _, p := range ev.parts {
		if !contains(partners, p) {
			others = append(others, p)
		}
	}
	out := make([]*event, 0, len(partners))
	for k, p := range partners {
		out = append(out, d.subEvent(ev, g, append(append([]string{}, others...), p), k))
		for _, q := range partners[k+1:] {
			d.apart[pairKey(p, q)] = true
		}
	}
	return out
}

// trailingApart tells whether the `separate` word at token sep closes
// the clause after its partners, set off by a comma (s21): "met Sarraj
// and Haftar in Rome, but separately", "a reçu X et Y, l'un après
// l'autre", "с Сараджем и Хафтаром, однако встречи шли раздельно",
// "عقيلة صالح وخالد المشري، كلا على حدة". From the last partner's end
// (token from) to the word no one is named and no mark but commas
// stands, and the word lies at most seven words past the last comma.
func (d *doc) trailingApart(g *group, from, sep int) bool {
	if sep > g.hi || d.punctIn(from, sep, ";؛:–—") {
		return false
	}
	// (a place or a date's city is no one: "… and Haftar in Rome, but")
	if slices.ContainsFunc(g.mentions, func(m mention) bool { return m.tok0 >= from && m.tok0 < sep && !m.loc && !m.dir }) {
		return false
	}
	last := -1
	for k := from; k <= sep && k < len(d.toks); k++ {
		if d.punctIn(k, k, ",،") {
			last = k
		}
	}
	return last >= 0 && sep-last <= 7
}

// oneApartAt tells whether a `one_apart` phrase ("الگ ملاقات", "a separate
// meeting", "un entretien séparé") holds token k, where a `separate` word
// starts: a singular meeting noun beside one such word, no reduplication
// before it ("الگ الگ ملاقات" is one meeting with each).
func (d *doc) oneApartAt(hs []hit, k int) bool {
	for _, h := range hs {
		if h.p.kind == pOneApart && h.tok0 <= k && k < h.tok1 {
			redup := k+1 < len(d.toks) && d.toks[k+1].key == d.toks[k].key || k > 0 && d.toks[k-1].key == d.toks[k].key
			return !redup
		}
	}
	return false
}

// subEvent is the k-th of the events ev splits into, with participants
// parts.
func (d *doc) subEvent(ev *event, g *group, parts []string, k int) *event {
	e := *ev
	e.parts = parts
	e.roles = make(map[string]string, len(parts))
	for _, p := range parts {
		e.roles[p] = ev.roles[p]
	}
	e.spans = nil
	for _, m := range g.mentions {
		if contains(parts, m.actor) {
			e.spans = append(e.spans, [2]int{m.start, m.end})
		}
	}
	e.m.Evidence.Spans = e.spans
	if k > 0 {
		e.m.ID = ev.m.ID + "." + itoa(k)
	}
	return &e
}

// splitByPlace makes one meeting per place when one trigger has partners
// in two places ("ha incontrato a Tripoli Sarraj e, nel pomeriggio, a
// Bengasi Haftar", "met Sarraj in Tripoli and Haftar in Benghazi"): each
// partner named after the trigger goes with the located place nearest to
// him, the subject with every one.
func (d *doc) splitByPlace(evs []*event, g *group) []*event {
	out := evs[:0:0]
	for _, ev := range evs {
		if ev == nil || ev.m.Mode != graph.ModeInPerson && ev.m.Mode != graph.ModeVisit {
			out = append(out, ev)
			continue
		}
		if sub := d.splitByPlaceBefore(ev, g); sub != nil {
			out = append(out, sub...)
			continue
		}
		// the place past the comma that closes an opening "after" phrase
		// is the main verb's, not a second scene of the phrase's meeting
		// ("وبعد محادثات في باريس مع ماكرون، عاد المنفي بوعود … في طرابلس")
		hi := g.hi
		if e := d.openingAfterEnd(hit{tok0: ev.trig, tok1: ev.trig + 1}); e >= 0 {
			hi = min(hi, e)
		}
		var places []placeMention
		for _, p := range d.placeMs {
			// (not the country of an office a title names: "استقبل … المبعوثة
			// الأممية بالإنابة إلى ليبيا ستيفاني ويليامز" is one scene)
			if (p.loc || p.dir && d.stopsOfTrip(ev)) && p.tok0 > ev.trig && p.tok0 < hi && d.toks[p.tok0].sent == ev.sent && !(d.isCountry(p.place) && (d.titlePlace(p.tok0, ev.trig) || d.countryOfTitle(p))) {
				places = append(places, p)
			}
		}
		// a country beside one of its cities is the same scene: "بالعاصمة
		// طرابلس، المبعوث الخاص … إلى ليبيا"
		places = slices.DeleteFunc(places, func(p placeMention) bool {
			return d.isCountry(p.place) && slices.ContainsFunc(places, func(q placeMention) bool {
				return q.place != p.place && d.countryOf(q.place) == p.place
			})
		})
		if len(places) < 2 {
			out = append(out, ev)
			continue
		}
		at := map[string][]string{} // place -> partners
		var order []string
		after := map[string]bool{}
		for _, m := range g.mentions {
			if m.tok0 <= ev.trig || !contains(ev.parts, m.actor) || after[m.actor] {
				continue
			}
			// (a subject after its verb, before any place, goes to every
			// stop: "Am Dienstag reiste Maas zunächst nach Athen zu X und
			// … nach Ankara, wo ihn Y empfing")
			if m.actor == ev.parts[0] && m.tok1 <= places[0].tok0 && d.subjectAfterVerb(ev, m) {
				continue
			}
			after[m.actor] = true
			best, bestGap := "", 1<<30
			for _, p := range places {
				// (a place after him counts its preposition as its own:
				// "met Haftar in Benghazi and Sarraj in Tripoli", "ha
				// incontrato Haftar a Bengasi e Serraj a Tripoli" met
				// Sarraj in Tripoli, not in Benghazi before him)
				gap := p.tok0 - m.tok1 - d.locativeBefore(p.tok0, m.tok1)
				if p.tok0 < m.tok0 {
					gap = m.tok0 - p.tok1
				}
				if gap < bestGap {
					best, bestGap = p.place, gap
				}
			}
			if _, ok := at[best]; !ok {
				order = append(order, best)
			}
			at[best] = append(at[best], m.actor)
		}
		if len(order) < 2 {
			out = append(out, ev)
			continue
		}
		var subject []string
		for _, p := range ev.parts {
			if !after[p] {
				subject = append(subject, p)
			}
		}
		// "Viajó a Libia: en Trípoli se entrevistó con Sarraj y, horas
		// más tarde, en Tobruk, con Saleh": each partner met the
		// dropped subject, the last sentence's
		if len(subject) == 0 && ev.sent > 0 && firstPerson(d.actorMentions(d.sents[ev.sent].tok0, ev.trig), ev.trig) == ev.trig {
			if p := d.lastSubject(ev.sent - 1); d.isPerson(p) && !contains(ev.parts, p) {
				subject = []string{p}
			}
		}
		for k, place := range order {
			e := d.subEvent(ev, g, append(append([]string(nil), subject...), at[place]...), k)
			e.m.Place = place
			out = append(out, e)
		}
	}
	return out
}

// datePriorEvents dates an event that "a day after" introduces ("met
// Haftar yesterday, a day after he spoke with Sarraj", "بعد يوم من اتصال
// هاتفي"): it came that many days before the event of the sentence it
// follows.
func (d *doc) datePriorEvents(si int, evs []*event) {
	for k := 1; k < len(evs); k++ {
		ev, base := evs[k], evs[k-1]
		if ev == nil || base == nil || base.m.Date.Day == 0 {
			continue
		}
		for _, e := range d.dates {
			if e.sent != si || e.kind != dateSince || e.tok1 > ev.trig || ev.trig-e.tok1 > 3 || e.tok0 < base.trig {
				continue
			}
			ev.m.Date = shiftDays(base.m.Date, -e.days)
		}
	}
}

// travellerAfterVerb tells whether a German visit verb standing second,
// after a fronted phrase, has a name right after it ("Wenige Wochen
// später reiste Saleh nach Moskau", "Am Montag besuchte Maas Tripolis"):
// in a verb-second clause that name is the subject, the traveller, so no
// one from the sentence before is on the trip.
func (d *doc) travellerAfterVerb(g *group) bool {
	t := g.trigs[0]
	// (a verb, lower case, not a noun with its genitive: "ein geplanter
	// Besuch Le Drians")
	if d.lang != "de" || t.p.kind != pVisit || d.toks[t.tok0].upper {
		return false
	}
	if t.tok1 < len(d.toks) && d.toks[t.tok1].punct == "" && d.personAt(t.tok1, "") {
		return true
	}
	// (session 16) a subject told by its title after "der"/"die" ("flog
	// der Minister weiter nach Ankara"), or a name right after the verb's
	// own word of a phrase whose particle follows ("reiste Maas weiter")
	k := t.tok0 + 1
	if k+1 >= len(d.toks) || d.toks[k].punct != "" {
		return false
	}
	return d.personAt(k, "") || (d.toks[k].norm == "der" || d.toks[k].norm == "die") && d.toks[k+1].punct == "" && d.personAt(k+1, "")
}

// pronounBefore tells whether the clause has no subject of its own: no
// actor before the first trigger.
func (d *doc) pronounBefore(g *group) bool {
	for _, m := range g.mentions {
		if m.tok0 < g.trigs[0].tok0 {
			return false
		}
	}
	return true
}

// objectPronoun tells whether an object pronoun stands right before one
// of the group's verb triggers (not a meeting noun).
func (d *doc) objectPronoun(g *group, hs []hit) bool {
	for _, h := range hs {
		if h.p.kind != pObjPron || d.inQuote[h.tok0] {
			continue
		}
		for _, t := range g.trigs {
			if t.p.kind != pMeetNoun && h.tok0 < t.tok0 && h.tok1+1 >= t.tok0 && !mentionIn(g.mentions, h.tok0, t.tok0) { // (an adverb may stand between: "lo aveva già incontrato")
				return true
			}
			// (in Arabic the pronoun is the verb's suffix: "استقبله")
			if d.lang == "ar" && t.p.kind != pMeetNoun && h.tok0 == t.tok0 {
				return true
			}
		}
	}
	return false
}

// pronounReferent is whom an object pronoun of group g stands for: the
// first person sentence si names before the group ("Menfi est arrivé à
// Paris, où Macron l'a reçu"), else the last sentence's subject.
func (d *doc) pronounReferent(si int, g *group) string {
	s := d.sents[si]
	for _, m := range d.actorMentions(s.tok0, g.lo) {
		if m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
			return m.actor
		}
	}
	if si > 0 {
		return d.lastSubject(si - 1)
	}
	return ""
}

// otherCountryTitle tells whether the clause's subject is a title that
// no name resolved, qualified by a country other than actor's ("il
// ministro turco ha telefonato" after a sentence about Di Maio): the
// clause's subject is someone else, not the last sentence's subject.
func (d *doc) otherCountryTitle(g *group, actor string) bool {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= g.lo })
	for ; k < len(d.hits) && d.hits[k].tok0 < g.trigs[0].tok0; k++ {
		h := d.hits[k]
		if h.p.kind != pTitle || d.mentionStarts(h.tok0, h.tok1) {
			continue
		}
		if c := d.titleCountry(h); c != "" && c != d.actorCountry(actor) {
			return true
		}
	}
	return false
}

// announceDate tells whether a date before the trigger is the day a
// speech verb reports it, with "that" between them: "announced on
// Thursday that he would receive X in May", "a annoncé jeudi que",
// "kündigte am Donnerstag an, dass", "أعلن الخميس أن". The report's day
// dates a future event only by chance, and a held one not when the
// clause after "that" has a date of its own.
func (d *doc) announceDate(e dateExpr, trig, hi int, status string) bool {
	if e.tok1 > trig || d.toks[trig].sent != e.sent {
		return false
	}
	speech := false
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= e.tok0-4 })
	comp := -1
	for ; k < len(d.hits) && d.hits[k].tok0 < trig; k++ {
		h := d.hits[k]
		switch {
		case isSpeech(h.p.kind) && h.tok0 < e.tok1+2:
			speech = true
		case h.p.kind == pComplementizer && h.tok0 >= e.tok1 && h.tok0 <= e.tok1+3 && speech && comp < 0:
			comp = h.tok0
		}
	}
	if !speech || comp < 0 {
		return false
	}
	if status == graph.StatusPlanned || status == graph.StatusCancelled {
		return true
	}
	for _, o := range d.dates {
		if o.sent == e.sent && o.tok0 > comp && o.tok0 < hi {
			return true
		}
	}
	return false
}

func (d *doc) sentHasEvent(si int) bool {
	for _, e := range d.meetings {
		if e.sent == si {
			return true
		}
	}
	return false
}

// eventDate is the nearest date in the clause, else in the sentence, else
// in the sentence before when that one sets the scene (has no event).
func (d *doc) eventDate(si, lo, hi, trig int, status string, anchor graph.Date) graph.Date {
	// a Turkish verb closes its clause: a date after it is the next
	// clause's ("8 Ocak'ta … bir araya gelerek tarafları 12 Ocak'tan
	// itibaren ateşkese çağırdı")
	verbFinal := d.lang == "tr" && d.verbTriggerAt(trig)
	pick := func(from, to int, sent int) (dateExpr, bool) {
		best, bestDist, ok := dateExpr{}, 1<<30, false
		for _, e := range d.dates {
			if e.sent != sent || e.tok0 < from || e.tok0 >= to || e.kind == dateSince || d.inRelative(e.tok0, trig) {
				continue
			}
			if sent == d.datelineSent && e.tok0 < d.datelineEnd {
				continue // "TRIPOLI, Aug 27 (MWS) -": the report's date
			}
			if d.announceDate(e, trig, to, status) {
				continue
			}
			// a date in a purpose clause after the trigger is the purpose's:
			// "si sono ritrovati in videoconferenza … per preparare il
			// Consiglio Affari esteri del 13 luglio"
			if d.inPurpose(trig, e.tok0) || d.inReported(trig, e.tok0) {
				continue
			}
			// (a written date in apposition to a weekday stands where the
			// weekday does: "am Donnerstag, dem 17. September", "on
			// Thursday, September 17")
			pos := d.weekdayBefore(e)
			dist := abs(pos - trig)
			if e.kind == dateAbsolute && !e.loose {
				dist -= 3 // a written date beats a nearby "the day before"
			}
			// (an unsaid count of days counts on from a written date
			// before it: "6 января, а через несколько дней провел")
			if e.vague {
				dist -= 3
			}
			// "last month" after the clause is the background's: "held
			// talks with X, his first trip since Y was sworn in last month"
			if e.loose && pos > trig && (d.punctIn(trig+1, pos, ",،;؛") || verbFinal) {
				continue
			}
			// a date in a later clause is that clause's: "met in Istanbul
			// on 8 January, after which a truce from 12 January was called"
			if pos > trig && (d.punctIn(trig+1, pos, ",،;؛") || verbFinal) {
				dist += 100
			}
			if dist < bestDist {
				best, bestDist, ok = e, dist, true
			}
		}
		return best, ok
	}
	s := d.sents[si]
	// the sentence before, when it tells no event of its own, dates an
	// event that follows it ("arrived in Tripoli on Monday. In the
	// evening he met …")
	before := func() (dateExpr, bool) {
		if si == 0 || d.sentHasEvent(si-1) || d.sents[si-1].para != s.para {
			return dateExpr{}, false
		}
		// a written date, weekday or "yesterday" of it, not its "in the
		// evening"
		for _, e := range d.dates {
			if e.sent == si-1 && e.kind != dateAnchor && e.kind != dateSince && !e.loose && !d.inQuote[e.tok0] {
				return d.writtenDayOf(e), true
			}
		}
		return dateExpr{}, false
	}
	res := func(e dateExpr) graph.Date {
		// "y días después conversó por teléfono con Haftar", "a few days
		// later", "через несколько дней": days from the day told, how
		// many unsaid; the text supports no date of the event (not even
		// the month: six days after 28 January is February)
		if e.vague {
			return graph.Date{}
		}
		// "A day after the ceasefire was signed on October 23, Williams
		// called Haftar": the written day is the other event's, the
		// clause's is that many days after it
		if n, ok := d.sinceBefore(e, trig); ok {
			if dt := d.resolve(e, graph.StatusHeld, anchor); dt.Day != 0 && dt.Month != 0 {
				return shiftDays(dt, n)
			}
		}
		// "vor der Konferenz", "drei Tage vor der Konferenz": from the
		// day the article gave the event it names
		if dt, ok := d.namedEventDay(e, status, anchor); ok {
			return dt
		}
		// "Six days later", "üç gün sonra", "Dos días antes": counted
		// from the last day the text wrote, within five sentences, not
		// from the event told last
		if e.kind == dateAnchor && abs(e.days) >= 2 && !e.of {
			if b, ok := d.lastDayWritten(e, 5); ok {
				if dt := d.resolve(b, graph.StatusHeld, anchor); dt.Day != 0 && dt.Month != 0 {
					return shiftDays(dt, e.days)
				}
			}
		}
		// "За день до этого": a day before the one told as the day
		// before in the sentence just before
		if e.kind == dateAnchor && e.days < 0 && d.backDay.Day != 0 && d.backSent == si-1 {
			anchor = d.backDay
		}
		// "la víspera de la firma", "am Abend der Wahl": counted from an
		// event other than the ones told, dated only by a day its own
		// sentence writes ("…, vio cómo el 23 de octubre …"); else no
		// date rather than one counted from the wrong event
		// (a day written before it is the event's own, the phrase in
		// apposition: "Lunedì, alla vigilia della partenza, Draghi aveva
		// sentito …"; without a day, the event told in its paragraph
		// anchors it as any "the day before" does)
		if e.kind == dateAnchor && e.of && !d.meetingNounAfter(e) {
			if b, ok := d.otherDayIn(e); ok {
				if dt := d.resolve(b, graph.StatusHeld, anchor); dt.Day != 0 && dt.Month != 0 {
					if b.tok0 < e.tok0 {
						return dt
					}
					return shiftDays(dt, e.days)
				}
			}
			// (told paragraphs after the event that anchors "the day
			// before", it counts from the story's day: "La veille de son
			// arrivée", "noch am Abend der Wahl", else from nothing)
			if anchor.Day == 0 || d.anchorPara != s.para {
				if dt := d.storyDay(si); dt.Day != 0 {
					return shiftDays(dt, e.days)
				}
				return graph.Date{}
			}
		}
		// "La veille, …", "Am Vortag …", "Накануне …" opening the sentence
		// count from the last day the sentence before names, whatever its
		// event's fate ("la visite qu'il devait effectuer vendredi a été
		// reportée. La veille, …"), not from a held event told earlier
		if dt, ok := d.toldDayBefore(e, trig); ok {
			return dt
		}
		if e.kind == dateAnchor {
			if b, ok := d.openingAnchorDay(e, trig); ok {
				// (a day far from the story's, the anchor's or the lead's,
				// "elle se rendrait à Paris le 12 avril. Le lendemain, la
				// délégation …", is another story's)
				ref := anchor
				if ref.Day == 0 || ref.Month == 0 {
					ref = d.storyDay(si)
				}
				if dt := d.resolve(b, graph.StatusHeld, anchor); dt.Day != 0 && dt.Month != 0 && (ref.Day == 0 || d.nearDay(dt, ref)) {
					return shiftDays(dt, e.days)
				}
			}
		}
		if dt, ok := d.sentenceDayAnchor(e, status, anchor); ok {
			return dt
		}
		if dt, ok := d.namedDayAnchor(e, status, anchor); ok {
			return dt
		}
		// "накануне" with no event of its paragraph before it is the day
		// before the paper ("Лавров накануне провёл переговоры"), not the
		// day before an event told paragraphs earlier
		// (a sentence with a date of its own anchors it: "во вторник
		// встретился с X, который накануне …")
		if e.kind == dateAnchor && e.lede && (anchor.Day == 0 || anchor.Month == 0 || d.anchorPara != s.para) && !d.otherDate(e) {
			// (once the lead has told the news event of the last days,
			// a later "Накануне" counts from it: "Делегация в четверг
			// провела переговоры … \n\nНакануне гости встречались с …")
			if dt, ok := d.newsDayBefore(si); ok && !d.speechBefore(e) {
				return shiftDays(dt, e.days)
			}
			r := e
			r.kind = dateRelative
			if dt := d.resolve(r, status, anchor); dt.Day != 0 {
				return dt
			}
		}
		// (an event told in another paragraph anchors it less than a
		// written date of the sentence before it: "Tout a basculé le 4
		// avril … Guterres, qui venait de s'entretenir avec Sarraj dans la
		// matinée, s'est envolé le lendemain")
		if b, ok := before(); ok && e.kind == dateAnchor && anchor.Day != 0 && d.anchorPara != s.para && b.kind == dateAbsolute && !b.loose {
			if dt := d.resolve(b, graph.StatusHeld, anchor); dt.Day != 0 {
				return shiftDays(dt, e.days)
			}
		}
		if e.kind == dateAnchor && (anchor.Day == 0 || anchor.Month == 0) {
			if b, ok := before(); ok && b.kind != dateAnchor && b.kind != dateSince {
				if dt := d.resolve(b, status, anchor); dt.Day != 0 {
					return shiftDays(dt, e.days)
				}
			}
			// a day written before it in its sentence: "Am 2. Februar
			// empfing sie Saleh, tags darauf telefonierte sie mit …"
			if b, ok := d.dayBefore(e); ok {
				if dt := d.resolve(b, graph.StatusHeld, anchor); dt.Day != 0 {
					return shiftDays(dt, e.days)
				}
			}
			// no event dated to the day before it: "the next day", "la
			// veille", "Aquel día" count from the day the lead sets
			// ("landed in Tripoli on 1 September. That day he met …")
			if dt := d.storyDay(si); dt.Day != 0 && !d.otherDate(e) {
				return shiftDays(dt, e.days)
			}
		}
		if e.kind == dateAnchor && d.hitStartsWithKind(e.tok1, pPairAnchor) {
			anchor = d.firstOfPair(si, anchor)
		}
		return d.resolve(e, status, anchor)
	}
	if e, ok := pick(lo, hi, si); ok {
		return res(e)
	}
	// (a meeting told in a relative clause set off by commas takes no
	// date from the main clause: "Sarraj, who was in Ankara for talks
	// with Erdoğan, has not met Sisi since April")
	// (not past a relative clause a preposition opens after the event:
	// "telefonierte mit Salamé, mit dem er am 17. Januar … will")
	end := d.laterClauseStart(hi, s.tok1)
	if hi > trig && d.ownClauseAt(hi) {
		end = hi
	}
	if e, ok := pick(s.tok0, end, si); ok && !d.inCommaRelative(trig) {
		return res(e)
	}
	// any date of an arrival told just before ("è arrivato a Tripoli
	// martedì. Il premier ha incontrato …"), a written one of anything
	// (since session 15 also a "yesterday" or weekday of a sentence that
	// tells no event, "Ieri è toccato al premier. A Tripoli, Draghi ha
	// incontrato Dbeibah", when the event's sentence names no time)
	if e, ok := before(); ok && (e.kind == dateAbsolute || e.kind != dateAnchor && e.kind != dateSince && (d.arrivalIn(si-1) || !d.timeWordIn(si) && !d.toComeIn(si-1))) {
		return d.resolve(e, status, anchor)
	}
	// the story's first held event, told in the lead's first sentences
	// without a date of its own, is on the day the lead sets: "В Москве 9
	// февраля состоялся раунд консультаций. … В переговорах приняли
	// участие …", "è atterrato ieri mattina a Mitiga. I due hanno avuto un
	// colloquio …"
	// (not one its own sentence times otherwise: "Wagner, which arrived
	// in 2019", "who hosted Saleh last month")
	if status == graph.StatusHeld && len(d.meetings) == 0 && si < d.headSents+4 && !d.timeWordIn(si) {
		return d.storyDay(si)
	}
	return graph.Date{}
}

// newsDayBefore is the story's day (storyDay) when a sentence before si
// in an earlier paragraph than si's sets it and it is the paper's news
// of the day or the day before (a report of yesterday's talks): the day
// a later lede anchor ("накануне") counts from. (A story told over
// several days before the paper, a tour, has moved on: its "накануне"
// is the paper's eve.)
func (d *doc) newsDayBefore(si int) (graph.Date, bool) {
	if d.pub.IsZero() || si < d.headSents || d.sents[si].para == d.sents[d.headSents].para {
		return graph.Date{}, false
	}
	dt := d.storyDay(si)
	if dt.Day == 0 || dt.Month == 0 || dt.Year == 0 {
		return graph.Date{}, false
	}
	n := toTime(d.pub).Sub(toTime(dt)).Hours() / 24
	return dt, n >= 0 && n <= 1
}

// speechBefore tells whether a speech verb of e's sentence stands before
// it: a day in what was said counts from when it was said ("В Минобороны
// сообщили, что Шойгу накануне вечером встретился с Хафтаром").
func (d *doc) speechBefore(e dateExpr) bool {
	for _, h := range d.sentHits(e.sent) {
		if isSpeech(h.p.kind) && !isAccording(h) && h.tok1 <= e.tok0 {
			return true
		}
	}
	return false
}

// storyDay is the day the body's first three sentences before si set:
// the first date to the day of a sentence that tells an event (a
// meeting, talks, a visit), else the first of any of them, outside
// quotes and the dateline. A written date, a weekday or "yesterday", not
// "the day before" nor "last month"; only one that resolves (a weekday
// needs the paper's date).
func (d *doc) storyDay(si int) graph.Date {
	var first graph.Date
	for _, e := range d.dates {
		if e.sent >= si || e.sent >= d.headSents+3 {
			break
		}
		if e.sent < d.headSents || !d.dayDate(e) || e.sent == d.datelineSent && e.tok0 < d.datelineEnd {
			continue
		}
		dt := d.resolve(d.writtenDayOf(e), graph.StatusHeld, graph.Date{})
		if dt.Day == 0 || dt.Month == 0 {
			continue
		}
		// (not "rouvrira lundi" before "une réunion tenue jeudi")
		if d.triggerIn(e.sent) {
			return dt
		}
		if first.Day == 0 {
			first = dt
		}
	}
	return first
}

// openingAnchorDay is the last day written in the sentence before the
// one an anchor word e opens ("Am Vortag hatten Lawrow und Çavuşoğlu
// telefoniert" after "… wurde am Freitag verschoben"): a written date,
// weekday or "yesterday" outside quotes and the dateline. The anchor word
// moves the day ("the day before", "the next day"; "the same day" and "in
// the evening" go on with the story's day, and Russian "накануне" is as
// often the day before the paper), stands at most two words into its
// sentence, before the trigger, and its sentence names no other date.
func (d *doc) openingAnchorDay(e dateExpr, trig int) (dateExpr, bool) {
	s := d.sents[e.sent]
	if e.sent == 0 || e.days == 0 || e.lede || e.tok0-s.tok0 > 2 || e.tok0 > trig || d.otherDate(e) {
		return dateExpr{}, false
	}
	var res dateExpr
	ok := false
	for _, o := range d.dates {
		if o.sent != e.sent-1 || !d.dayDate(o) || o.sent == d.datelineSent && o.tok0 < d.datelineEnd {
			continue
		}
		res, ok = o, true
	}
	return res, ok
}

// dayBefore is the last date to the day written before the anchor word e
// in its sentence.
func (d *doc) dayBefore(e dateExpr) (dateExpr, bool) {
	var res dateExpr
	ok := false
	for _, o := range d.dates {
		if o.tok0 >= e.tok0 {
			break
		}
		if o.sent == e.sent && d.dayDate(o) {
			res, ok = o, true
		}
	}
	return res, ok
}

// lastDayWritten is the last written date with its day before e, in e's
// sentence or the n before it, outside quotes.
func (d *doc) lastDayWritten(e dateExpr, n int) (dateExpr, bool) {
	var res dateExpr
	ok := false
	for _, o := range d.dates {
		if o.tok0 >= e.tok0 {
			break
		}
		if o.sent >= e.sent-n && o.kind == dateAbsolute && d.dayDate(o) {
			res, ok = o, true
		}
	}
	return res, ok
}

// dayDate tells whether e names a day by itself, outside quotes: a
// written date with its day, a weekday or "yesterday", not "the day
// before" nor "last month".
func (d *doc) dayDate(e dateExpr) bool {
	if e.kind == dateAnchor || e.kind == dateSince || e.loose || d.inQuote[e.tok0] {
		return false
	}
	return e.kind != dateAbsolute || e.date.Day != 0 && e.date.Month != 0
}

// timeWordIn tells whether sentence si names a time of its own: a date,
// a relative date word, or a year.
func (d *doc) timeWordIn(si int) bool {
	for _, e := range d.dates {
		if e.sent == si {
			return true
		}
	}
	// ("last month" with no paper's date is no date expression)
	s := d.sents[si]
	if d.kindBetween(s.tok0, s.tok1, pRelative) {
		return true
	}
	for k := s.tok0; k < s.tok1; k++ {
		if t := &d.toks[k]; t.script == scriptDigit && len(t.norm) == 4 && (strings.HasPrefix(t.norm, "19") || strings.HasPrefix(t.norm, "20")) {
			return true
		}
	}
	return false
}

// triggerIn tells whether sentence si holds an event trigger outside
// quotes.
func (d *doc) triggerIn(si int) bool {
	for _, h := range d.sentHits(si) {
		if isTrigger(h.p.kind) && !d.inQuote[h.tok0] {
			return true
		}
	}
	return false
}

// firstOfPair is the day of the first of the last two held events told
// before sentence si, dated to the day, when "the eve of the two
// visits" points back at both: the later one is anchor.
func (d *doc) firstOfPair(si int, anchor graph.Date) graph.Date {
	n := 0
	for i := len(d.meetings) - 1; i >= 0; i-- {
		e := d.meetings[i]
		if e.sent >= si || e.m.Status != graph.StatusHeld || e.m.Date.Day == 0 || e.m.Date.Month == 0 {
			continue
		}
		if n++; n == 2 {
			if d.nearDay(e.m.Date, anchor) {
				return e.m.Date
			}
			break
		}
	}
	return anchor
}

// sceneDate is the first date written to the day in sentence si, outside
// quotes, with its year resolved against publication.
func (d *doc) sceneDate(si int) (graph.Date, bool) {
	for _, e := range d.dates {
		if e.sent == si && e.kind == dateAbsolute && e.date.Day != 0 && e.date.Month != 0 && !d.inQuote[e.tok0] {
			return d.resolve(e, graph.StatusHeld, graph.Date{}), true
		}
	}
	return graph.Date{}, false
}

// nearDay tells whether a lies within three days of the anchor b (of the
// same year where either has none): the story's own days, not a
// background date ("the elections of 24 December").
func (d *doc) nearDay(a, b graph.Date) bool {
	if b.Day == 0 || b.Month == 0 {
		return false
	}
	if a.Year == 0 || b.Year == 0 {
		a.Year, b.Year = 2001, 2001
	}
	n := toTime(a).Sub(toTime(b)).Hours() / 24
	return n >= -3 && n <= 3
}

// refuses tells whether a refusal denies a meeting noun of the group: the
// noun is its object, right after it with at most a determiner between
// ("lehnt jede Begegnung mit X ab", "отказался от встречи с X") or, in a
// verb-final language, right before it ("X ile görüşmeyi reddetti"). A
// preposition between ("lehnte beim Treffen den Vorschlag ab") refuses
// something else.
func (d *doc) refuses(h hit, g *group) bool {
	for _, t := range g.trigs {
		if t.tok0 >= h.tok1 && t.tok0-h.tok1 <= 1 && !d.kindBetween(h.tok1, t.tok0, pFronted) && !d.kindBetween(h.tok1, t.tok0, pLocative) && !d.punctIn(h.tok1, t.tok0, ",;:") {
			return true
		}
		if d.verbFinal() && h.tok0 >= t.tok1 && h.tok0-t.tok1 <= 1 && !d.punctIn(t.tok1, h.tok0, ",;:،") {
			return true
		}
		// (a time phrase may stand before the infinitive's mark, an
		// object pronoun after it: "avait exclu dès la veille de le
		// rencontrer", "aveva escluso già mercoledì di incontrarlo")
		if t.p.kind != pMeetNoun && t.tok0 > h.tok1 && t.tok0-h.tok1 <= 5 && !d.punctIn(h.tok1, t.tok0, ",;:()«»\"“”") && d.infinitiveBefore(h.tok1, t.tok0) {
			return true
		}
		// (Arabic puts the subject between: "استبعد السراج لقاء حفتر")
		if d.lang == "ar" && t.tok0 > h.tok1 && !d.punctIn(h.tok1, t.tok0, ",;:،") && d.onlyActorsBetween(h.tok1, t.tok0) {
			return true
		}
	}
	return false
}

// infinitiveBefore tells whether an `infinitive` mark in [lo, hi) ends
// right before hi or one short word (an object pronoun) before it, with
// no actor and no trigger between lo and hi.
func (d *doc) infinitiveBefore(lo, hi int) bool {
	if len(d.actorMentions(lo, hi)) > 0 {
		return false
	}
	mark := false
	for k := lo; k < hi; k++ {
		for _, h := range d.hitsStartingAt(k) {
			if isTrigger(h.p.kind) {
				return false
			}
			if h.p.kind == pInfinitive && (h.tok1 == hi || h.tok1 == hi-1 && len([]rune(d.toks[hi-1].norm)) <= 3) {
				mark = true
			}
		}
	}
	return mark
}

// onlyActorsBetween tells whether actor mentions fill tokens [lo, hi)
// with no other word.
func (d *doc) onlyActorsBetween(lo, hi int) bool {
	k := lo
	for _, m := range d.actorMentions(lo, hi) {
		if m.tok0 != k {
			return false
		}
		k = m.tok1
	}
	return k == hi && hi > lo
}

// deniedRefusal tells whether refusal h is itself denied: a negation
// ends at most two words before it ("did not rule out", "non ha escluso",
// "n'a pas exclu", "no descartó", "не исключил").
func (d *doc) deniedRefusal(h hit, hs []hit) bool {
	for _, n := range hs {
		if n.p.kind == pNegation && n.tok1 <= h.tok0 && h.tok0-n.tok1 <= 2 && !d.punctIn(n.tok1, h.tok0, ",;:،") {
			return true
		}
	}
	return false
}

// deniesRefusal tells whether negation n denies a refusal of the group
// rather than its meeting ("did not rule out meeting X").
func (d *doc) deniesRefusal(n hit, hs []hit, g *group) bool {
	for _, h := range hs {
		if h.p.kind == pRefusal && h.tok0 >= n.tok1 && h.tok0-n.tok1 <= 2 && !d.punctIn(n.tok1, h.tok0, ",;:،") && d.refuses(h, g) {
			return true
		}
	}
	return false
}

// openingAnaphor tells whether a visit or meeting noun opening its
// sentence is the event told before, as the subject of what follows:
// "Ziyaret, Erdoğan'ın Serrac ile telefon görüşmesinin ardından geldi",
// "Визит Майтига в Москву стал первым после …", "Der Besuch war der
// erste …". It is when a comma sets it off, or when everyone the sentence
// names is at an event told before; a planned, cancelled or denied one is
// news of its own.
func (d *doc) openingAnaphor(si int, t hit, hs []hit) bool {
	s := d.sents[si]
	if t.p.kind != pVisit && t.p.kind != pMeetNoun || d.inQuote[t.tok0] {
		return false
	}
	// (a German article may come first: "Der Besuch")
	if t.tok0 != s.tok0 && !(d.lang == "de" && t.tok0 == s.tok0+1 && d.hitStartsWithKind(s.tok0, pRelPron)) {
		return false
	}
	for _, h := range hs {
		if (h.p.kind == pPlanned || h.p.kind == pCancelled || h.p.kind == pNegated) && !d.inQuote[h.tok0] {
			return false
		}
	}
	if d.punctIn(t.tok1, t.tok1, ",،") {
		return true
	}
	seen := map[string]bool{}
	for _, e := range d.meetings {
		for _, p := range e.parts {
			seen[p] = true
		}
	}
	n := 0
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if m.kind != graph.KindPerson {
			continue
		}
		if !seen[m.actor] {
			return false
		}
		n++
	}
	return n > 0
}

// sameDayCue tells whether the clause [lo, hi) of sentence si, or the
// sentence's opening, dates its event by the event told before on the
// same day ("am selben Tag", "im Anschluss", "в тот же день", "aynı gün").
func (d *doc) sameDayCue(si, lo, hi int) bool {
	s := d.sents[si]
	for _, e := range d.dates {
		if e.sent != si || e.kind != dateAnchor || e.days != 0 || d.inQuote[e.tok0] {
			continue
		}
		if e.tok0 >= lo && e.tok0 < hi || e.tok0 <= s.tok0+2 {
			return true
		}
	}
	return false
}

// nounOwner tells of a group whether a meeting noun is one of its
// triggers: 0 when one is and no name follows it, -1 when none is, 1 when
// a capitalised word no mention covers follows it right away as its owner
// ("встреча Прохорова с Саналлой").
func (d *doc) nounOwner(g *group, hs []hit) int {
	res := -1
	for _, h := range hs {
		if h.p.kind != pMeetNoun || !slices.ContainsFunc(g.trigs, func(t hit) bool { return t.tok0 <= h.tok0 && t.tok1 >= h.tok1 }) {
			continue
		}
		res = 0
		k := h.tok1
		if k >= len(d.toks) || !d.toks[k].upper || d.toks[k].punct != "" {
			continue
		}
		if !slices.ContainsFunc(d.mentions, func(m mention) bool { return m.tok0 <= k && m.tok1 > k }) {
			return 1
		}
	}
	return res
}

// isPerson tells whether the article names actor as a person.
func (d *doc) isPerson(actor string) bool {
	return d.actorKind(actor) == graph.KindPerson
}

// actorKind is the kind the article's first mention of actor gives it
// (person, organisation, country), or "" when it names no such actor.
func (d *doc) actorKind(actor string) string {
	for _, m := range d.mentions {
		if m.actor == actor {
			return m.kind
		}
	}
	return ""
}

// kindIn tells whether a cue of one of kinds, outside quotes, lies in
// tokens [lo, hi).
func (d *doc) kindIn(hs []hit, lo, hi int, kinds ...int) bool {
	for _, h := range hs {
		if h.tok0 >= lo && h.tok0 < hi && !d.inQuote[h.tok0] && slices.Contains(kinds, h.p.kind) {
			return true
		}
	}
	return false
}

// delegationOf lists, for a clause whose subject is a delegation ("Türk
// heyeti", "die deutsche Delegation", "российская делегация"), its
// members: the people of its country (of the last event's first one, when
// it names none) at the events of the trip told in the ten sentences
// before, in the order they were named.
func (d *doc) delegationOf(g *group, hs []hit, main hit) []string {
	var del *hit
	for i, h := range hs {
		// (before the verb, or right after it in a verb-second clause:
		// "Am Dienstag traf die deutsche Delegation X")
		// (in en fr it es right after the verb it is the partner: "qui
		// a fait le point avec la délégation")
		if h.p.kind == pDelegation && h.tok0 >= g.lo && (h.tok1 <= main.tok0 || h.tok0 >= main.tok1 && h.tok0 <= main.tok1+2) && !d.inQuote[h.tok0] {
			del = &hs[i]
			break
		}
	}
	if del == nil {
		return nil
	}
	// a delegation met is no subject: "traf sich mit einer Delegation",
	// "heyeti ile görüştü"
	if d.lang == "de" && d.kindBetween(max(g.lo, del.tok0-3), del.tok0, pFronted) ||
		del.tok1 < len(d.toks) && (d.toks[del.tok1].norm == "ile" || d.toks[del.tok1].norm == "ile,") ||
		// "heyetler arası görüşme": talks between the delegations, an
		// adjunct of the meeting, no subject
		d.hitStartsWithKind(del.tok1, pBetween) {
		return nil
	}
	si := d.toks[del.tok0].sent
	want := d.titleCountry(*del)
	// ("Präsident Saied empfing die Gäste", "Сайед принял гостей": with
	// a person named before the verb, the noun after it is the object,
	// the party the last roster sentence names; delegationObjectCountry)
	objectCountry := d.delegationObjectCountry(g, main, *del, want)
	if objectCountry != "" {
		want = objectCountry
	}
	if want == "" && del.tok0 >= main.tok1 && !d.subjectFirst() {
		return nil // after the verb, only "die deutsche Delegation" is sure to be its subject
	}
	// (en fr it es: only a delegation of a country named with it or in a
	// sentence telling who travels with whom, not the last event's)
	if want == "" && len(d.meetings) > 0 && !d.subjectFirst() {
		want = d.actorCountry(d.meetings[len(d.meetings)-1].parts[0])
	}
	if want == "" {
		want = d.rosterCountry(si, del.tok0)
	}
	if want == "" {
		return nil
	}
	out := d.delegationRoster(si, del.tok0, want)
	for _, e := range d.meetings {
		if si-e.sent > 10 {
			continue
		}
		for _, p := range e.parts {
			if !slices.Contains(out, p) && d.isPerson(p) && d.actorCountry(p) == want {
				out = append(out, p)
			}
		}
	}
	slices.Reverse(out) // prepended one by one: back in order
	return out
}

// partyOf lists the travel companions of the person a party phrase
// follows in clause g ("received Menfi and his delegation", "recibió a
// Menfi y a su comitiva", "انتقل المنفي ومرافقوه", "Menfi ve
// beraberindeki heyeti"): the people of his country the sentences up to
// ten before name in a sentence that tells who travels with whom (see
// delegationRoster). The person must be one of the clause's parts.
func (d *doc) partyOf(g *group, hs []hit, parts []string) []string {
	var out []string
	for _, h := range hs {
		if h.p.kind != pParty || h.tok0 < g.lo || h.tok0 >= g.hi || d.inQuote[h.tok0] {
			continue
		}
		for _, m := range g.mentions {
			// (right before it; Spanish marks the object again: "a Menfi
			// y a su comitiva")
			if m.kind != graph.KindPerson || m.loc || m.tok1 > h.tok0 || m.tok1 < h.tok0-1 || !slices.Contains(parts, m.actor) {
				continue
			}
			want := d.actorCountry(m.actor)
			if want == "" {
				continue
			}
			for _, p := range d.delegationRoster(d.toks[h.tok0].sent, h.tok0, want) {
				if p != m.actor && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// delegationRoster is the people the sentences up to ten before a
// delegation noun (at token at of sentence si) name as its members: in a
// sentence with a led_by or companion phrase ("a delegation led by X",
// "begleitet von Y und Z", "Con il premier viaggiavano …", "X beraberinde
// Y'den oluşan heyetle", "وفد … يترأسه X ويضم Y"), the people of the
// delegation's country, and the leader or companions named right after
// the phrase whose country the lexicon does not know.
func (d *doc) delegationRoster(si, at int, want string) []string {
	var out []string
	for _, h := range d.hits {
		if !d.rosterHit(h, si, at, 10) {
			continue
		}
		sj := d.toks[h.tok0].sent
		t := d.sents[sj]
		for _, m := range d.mentions {
			if m.tok0 < t.tok0 || m.tok1 > t.tok1 || m.kind != graph.KindPerson || d.inQuote[m.tok0] || slices.Contains(out, m.actor) {
				continue
			}
			c := d.actorCountry(m.actor)
			after := !d.verbFinal() && m.tok0 >= h.tok1
			if c == want || c == "" && after {
				out = append(out, m.actor)
			}
		}
	}
	// (the traveller the roster's phrase travels with, named before
	// it: "X … پہنچے۔ ان کے ہمراہ Y بھی تھیں")
	return d.withLeaders(out, si, at, 10, want)
}

// rosterHit tells whether h is a led_by, companion or roster phrase outside
// quotations, before token at and at most window sentences before
// sentence si: a phrase that tells who travels with whom, which the
// delegation rosters read.
func (d *doc) rosterHit(h hit, si, at, window int) bool {
	return (h.p.kind == pLedBy || h.p.kind == pCompanion || h.p.kind == pRoster) && !d.inQuote[h.tok0] && h.tok0 < at && si-d.toks[h.tok0].sent <= window
}

// rosterCountry is, for a delegation noun at token at of sentence si
// that names no country, with no meeting told before, the country of the
// first person of known country in the last sentence up to ten before
// that tells who travels with whom ("X landete …, begleitet von Y"): the
// trip's leader's.
func (d *doc) rosterCountry(si, at int) string {
	sj := -1
	for _, h := range d.hits {
		if d.rosterHit(h, si, at, 10) {
			sj = d.toks[h.tok0].sent
		}
	}
	if sj < 0 {
		return ""
	}
	t := d.sents[sj]
	for _, m := range d.mentions {
		if m.tok0 >= t.tok0 && m.tok1 <= t.tok1 && m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
			if c := d.actorCountry(m.actor); c != "" {
				return c
			}
		}
	}
	// "Le ministre était accompagné de Y": the one the sentence before
	// named first
	if sj > 0 {
		p := d.sents[sj-1]
		for _, m := range d.mentions {
			if m.tok0 >= p.tok0 && m.tok1 <= p.tok1 && m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
				return d.actorCountry(m.actor)
			}
		}
	}
	return ""
}

// toldEventDate is the date of the event told before that a phrase of
// sentence si points back at by its partner ("после встречи с Салехом",
// "nach dem Treffen mit Haftar"): the last one holding the person named
// right after the phrase, or the zero Date.
func (d *doc) toldEventDate(si int, hs []hit) graph.Date {
	for _, h := range hs {
		if h.p.kind != pAnaphor || d.inQuote[h.tok0] {
			continue
		}
		for _, m := range d.mentions {
			if m.tok0 < h.tok1 || m.tok0 > h.tok1+3 || m.kind != graph.KindPerson || d.punctIn(h.tok1, m.tok0, ",;:") {
				continue
			}
			// (the one with another person of the sentence, when there is
			// one: Lavrov's talks with Saleh, not Bogdanov's)
			var best graph.Date
			for i := len(d.meetings) - 1; i >= 0; i-- {
				e := d.meetings[i]
				if e.sent >= si || !slices.Contains(e.parts, m.actor) {
					continue
				}
				if best.IsZero() {
					best = e.m.Date
				}
				for _, o := range d.actorMentions(d.sents[si].tok0, d.sents[si].tok1) {
					if o.actor != m.actor && o.kind == graph.KindPerson && slices.Contains(e.parts, o.actor) {
						return e.m.Date
					}
				}
			}
			if !best.IsZero() {
				return best
			}
		}
	}
	return graph.Date{}
}

// otherDate tells whether the sentence of e holds another date expression.
func (d *doc) otherDate(e dateExpr) bool {
	for _, o := range d.dates {
		if o.sent == e.sent && o.tok0 != e.tok0 {
			return true
		}
	}
	return false
}

// arrivalIn tells whether sentence si tells a visit or arrival.
func (d *doc) arrivalIn(si int) bool {
	for _, h := range d.sentHits(si) {
		if h.p.kind == pVisit && !d.inQuote[h.tok0] {
			return true
		}
	}
	return false
}

// inRelative tells whether token k lies in a relative clause closed
// before trigger trig: "Blinken, der am Vorabend eingetroffen war, traf
// Dbeibah" (the day before is when he arrived, not when they met).
func (d *doc) inRelative(k, trig int) bool {
	if k >= trig {
		return false
	}
	si := d.toks[k].sent
	for r := k; r >= d.sents[si].tok0 && r >= k-8; r-- {
		if !strings.ContainsAny(d.toks[r].punct, ",،") {
			continue
		}
		// the clause opens with a relative pronoun right after the comma
		// and closes with a comma before the trigger
		return d.hitStartsWithKind(r, pRelPron) && d.punctIn(k+1, trig, ",،")
	}
	return false
}

// closingWord tells whether token k is the one word that closes sentence
// si's clause: the particle or participle of a German verb ("trafen …
// naturgemäß nicht zusammen", "haben sich … nicht getroffen").
func (d *doc) closingWord(k, si int) bool {
	end := d.sents[si].tok1
	return k < end && (k+1 == end || d.punctIn(k+1, k+1, ".;:!?,"))
}

// bareButNot tells whether negation h lies in a "but not" phrase that no
// name follows before the next punctuation ("sind jedoch nicht
// zusammengetroffen"): there it denies the verb, as a plain "nicht" does.
func (d *doc) bareButNot(h hit, hs []hit) bool {
	for _, o := range hs {
		if o.p.kind == pButNot && o.tok0 <= h.tok0 && o.tok1 >= h.tok1 {
			end := min(o.tok1+5, d.sents[d.toks[o.tok0].sent].tok1)
			for k := o.tok1; k < end; k++ {
				if d.punctIn(k, k, ",;:.()") {
					end = k
					break
				}
			}
			return !d.mentionStarts(o.tok1, end)
		}
	}
	return false
}

// deniedName tells whether mention m comes right after a "but not"
// phrase, with at most a title or article between them and no comma or
// other name ("ma non il capo del governo Fayez al-Sarraj").
func (d *doc) deniedName(m mention, ms []mention, hs []hit) bool {
	for _, h := range hs {
		if h.p.kind == pButNot && h.tok1 <= m.tok0 && m.tok0-h.tok1 <= 5 && !d.punctIn(h.tok1-1, m.tok0-1, ",;:.()") && !mentionIn(ms, h.tok1, m.tok0) {
			return true
		}
		if h.p.kind == pWithout && d.withoutObject(h, m, ms) {
			return true
		}
	}
	return false
}

// withoutObject tells whether mention m is the one a `without` phrase h
// governs ("met Sarraj without meeting Haftar", "ناقش مع السراج … دون أن
// يلتقي حفتر", "Hafter ile görüşmeden", "حفتر سے ملے بغیر"): named right
// after it (a title or article between, no comma or other name), or, in
// the verb-final languages, right before it. He was not met; the clause's
// meeting with the others stands (session 19).
func (d *doc) withoutObject(h hit, m mention, ms []mention) bool {
	if d.inQuote[h.tok0] || d.insideHit(h, pWithoutVoid) {
		return false
	}
	if d.verbFinal() {
		return m.tok1 <= h.tok0 && h.tok0-m.tok1 <= 1 && !d.punctIn(m.tok1, h.tok0, ",;:.()،؛")
	}
	if h.tok1 <= m.tok0 && m.tok0-h.tok1 <= 5 && !d.punctIn(h.tok1, m.tok0, ",;:.()،؛") && !mentionIn(ms, h.tok1, m.tok0) {
		return true
	}
	// (and one coordinated with him: "sin reunirse con Hafter ni con
	// Saleh", "without meeting Haftar or Saleh")
	for _, o := range ms {
		if o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 3 && o.tok0 >= h.tok1 && !d.punctIn(o.tok1, m.tok0, ",;:.()،؛") && !mentionIn(ms, o.tok1, m.tok0) &&
			(d.kindBetween(o.tok1, m.tok0, pAnd) || d.kindBetween(o.tok1, m.tok0, pNeither)) && d.withoutObject(h, o, ms) {
			return true
		}
	}
	return false
}

// withoutSpan tells whether trigger t lies inside `without` phrase w: in
// its words, or, for a separable phrase ("ohne … zu treffen"), in the
// particle that closes its clause.
func (d *doc) withoutSpan(w, t hit) bool {
	// (inside a longer phrase that makes it something else: tr "ile
	// görüşmeden önce", before meeting X)
	if d.insideHit(w, pWithoutVoid) {
		return false
	}
	if w.tok0 <= t.tok0 && w.tok1 >= t.tok1 {
		return true
	}
	if len(w.p.particle) == 0 || t.tok0 < w.tok1 || t.tok0 >= w.tok1+12 || d.punctIn(w.tok1, t.tok0, ",;:.") {
		return false
	}
	return slices.Contains(w.p.particle, d.toks[t.tok0].norm)
}

// hitStartsWithKind tells whether a rule phrase of a kind starts at k.
func (d *doc) hitStartsWithKind(k, kind int) bool {
	for _, h := range d.hitsStartingAt(k) {
		if h.p.kind == kind {
			return true
		}
	}
	return false
}

// dropMembers removes a country or organisation when one of its people
// (or member organisations) is also there: "the Americans" next to the
// US ambassador is the ambassador.
func (d *doc) dropMembers(parts []string) []string {
	if len(parts) < 2 {
		return parts
	}
	// An organisation or country that a named person belongs to (along the
	// affiliation chain: envoy -> UNSMIL -> UN) is that person's label in
	// the sentence ("UN envoy Williams"), not another participant.
	member := map[string]bool{}
	for _, p := range parts {
		d.groupsOf(p, member)
		for _, o := range d.ledBy[p] {
			if o != p {
				member[o] = true
			}
		}
	}
	n := 0 // counted first: one allocation of the size it needs
	for _, p := range parts {
		if !member[p] {
			n++
		}
	}
	if n == 0 {
		return parts[:0:0]
	}
	out := make([]string, 0, n)
	for _, p := range parts {
		if member[p] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// visitCountries drops the states from a visit's people: a trip is made
// by people to people ("Днём позже в Доху с визитом прибыл Сарадж", "the
// Turkish visit", "Libya'nın başkenti Trablus'a ziyaret"), and a state
// beside a named person is the country visited, the traveller's label or
// a state the sentence before named, no participant. The state visited
// (a destination of the clause [lo, hi) or its country: "Dbeibah's visit
// to Ankara" with no host named) stays the host, and without a person
// the states stay (a metonym: "the Americans visited Tripoli and met X").
func (d *doc) visitCountries(parts []string, lo, hi int) []string {
	person := false
	for _, p := range parts {
		if d.isPerson(p) {
			person = true
		}
	}
	if !person {
		return parts
	}
	out := parts[:0:0]
	for _, p := range parts {
		if d.actorKind(p) == graph.KindCountry && !d.visitedIn(p, lo, hi) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// visitedIn tells whether a destination in tokens [lo, hi) is country or
// lies in it.
func (d *doc) visitedIn(country string, lo, hi int) bool {
	for _, pm := range d.placeMs {
		if pm.tok0 >= lo && pm.tok0 < hi && pm.dir && (pm.place == country || d.countryOf(pm.place) == country) {
			return true
		}
	}
	// ("a visit to Tunisia and Algeria": the states are the destinations)
	for k, m := range d.mentions {
		if m.tok0 >= lo && m.tok0 < hi && m.actor == country && d.visitedState(k) {
			return true
		}
	}
	return false
}

// visitedState tells whether mention k names where a trip goes: a
// destination ("to Tunisia"), the object of a visit trigger right before
// it ("visited Tunisia"), a name a few words before a visit noun it qualifies
// ("لیبیا کا دورہ", "Libya ziyareti"), or a name joined by 'and' to one
// of these ("a visit to Tunisia and Algeria", "تیونس اور الجزائر کا
// دورہ").
func (d *doc) visitedState(k int) bool {
	m := d.mentions[k]
	if m.dir || m.loc || d.visitDestination(m.tok0) {
		return true
	}
	far := m.tok1 + 1
	if m.tok1 < len(d.toks) && closed().visitGen[d.toks[m.tok1].key] {
		far = m.tok1 + 3
	}
	for j := m.tok1; j <= far && j < len(d.toks) && !strings.ContainsAny(d.toks[j-1].punct, ",;.") && !d.personStartsAt(j); j++ {
		if d.hitStartsWithKind(j, pVisit) {
			return true
		}
	}
	if k+1 < len(d.mentions) && d.mentions[k+1].tok0 == m.tok1+1 && d.hitStartsWithKind(m.tok1, pAnd) && d.mentions[k+1].kind == m.kind {
		if d.visitedState(k + 1) {
			return true
		}
	}
	if k > 0 && m.tok0 >= 2 && d.mentions[k-1].tok1 == m.tok0-1 && d.hitStartsWithKind(m.tok0-1, pAnd) && d.mentions[k-1].kind == m.kind {
		p := d.mentions[k-1]
		return p.dir || p.loc || d.visitDestination(p.tok0)
	}
	return false
}

func (d *doc) cameo(ev *event, g *group) string {
	switch {
	case ev.m.Status == graph.StatusPlanned:
		return "036"
	case ev.m.Mode == graph.ModeCall || ev.m.Mode == graph.ModeVideo:
		return "041"
	case ev.m.Mode == graph.ModeVisit:
		return "042"
	case g.has(pHost):
		return "043"
	}
	if ev.m.Place != "" {
		if pi, ok := d.x.lx.placeIdx[ev.m.Place]; ok {
			c := d.x.lx.places[pi].Country
			if c == "" {
				c = ev.m.Place
			}
			home := false
			for _, p := range ev.parts {
				if p == c {
					home = true
				}
				if i, ok := d.x.lx.actorIdx[p]; ok && d.x.lx.actors[i].country == c {
					home = true
				}
			}
			if !home {
				return "044"
			}
		}
	}
	return "040"
}

// joinOnOwnDay tells whether sentence si, which has a trigger of its own
// and a `join` word, writes a day and month other than those of every
// event of sentence last ("Le 23 octobre, … signé à Genève …. Le 9
// novembre, Saied a ouvert le forum en présence de Williams"): it tells
// another day's event, not who else was at the last one.
func (d *doc) joinOnOwnDay(si, last int, trigs []hit) bool {
	if len(trigs) == 0 {
		return false
	}
	var own graph.Date
	for _, e := range d.dates {
		if e.sent == si && e.kind == dateAbsolute && !e.loose && e.date.Day != 0 && e.date.Month != 0 && !d.inQuote[e.tok0] {
			own = e.date
			break
		}
	}
	if own.Day == 0 {
		return false
	}
	n := 0
	for _, e := range d.meetings {
		if e.sent != last {
			continue
		}
		if e.m.Date.Day == 0 || e.m.Date.Month == 0 || e.m.Date.Day == own.Day && e.m.Date.Month == own.Month {
			return false
		}
		n++
	}
	return n > 0
}

// joinLast adds the actors of a "also took part" sentence to the events
// of the last sentence that had any.
func (d *doc) joinLast(si int, ms []mention) {
	for _, e := range d.meetings {
		if e.sent != si {
			continue
		}
		for _, m := range ms {
			if !contains(e.parts, m.actor) {
				e.parts = append(e.parts, m.actor)
				e.roles[m.actor] = graph.RoleParticipant
			}
		}
		e.parts = d.dropMembers(e.parts)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// groupsOf marks in set the countries and organisations p belongs to,
// along the affiliation chain (envoy -> UNSMIL -> UN), p itself excluded.
func (d *doc) groupsOf(p string, set map[string]bool) {
	id := p
	for depth := 0; depth < 4; depth++ {
		i, ok := d.x.lx.actorIdx[id]
		if !ok {
			// an unknown person's title may name their country
			// ("پاکستان کے سفیر X")
			if u := d.unknownByID[id]; u != nil && u.actor.Affiliation != "" && u.actor.Affiliation != p {
				set[u.actor.Affiliation] = true
				id = u.actor.Affiliation
				continue
			}
			return
		}
		a := &d.x.lx.actors[i]
		if a.country != "" && a.country != p {
			set[a.country] = true
		}
		if a.Affiliation == "" || a.Affiliation == id {
			return
		}
		if a.Affiliation != p {
			set[a.Affiliation] = true
		}
		id = a.Affiliation
	}
}

// expand is each actor with the countries and organisations it belongs
// to, so that "the Americans" overlap with the US ambassador and "the UN"
// ("its secretary-general") with Guterres.
func (d *doc) expand(ids []string) map[string]bool {
	out := map[string]bool{}
	for _, p := range ids {
		out[p] = true
		d.groupsOf(p, out)
	}
	return out
}

// monthsBeforePub is how many calendar months date t lies before the
// publication (0 when either is unknown or t is later).
func (d *doc) monthsBeforePub(t graph.Date) int {
	if t.Year == 0 || t.Month == 0 || d.pub.Year == 0 {
		return 0
	}
	return max(0, d.pub.Year*12+d.pub.Month-t.Year*12-t.Month)
}

// mergeInto folds ev into an earlier event of the article that reports
// the same encounter: same class and status, compatible date and place,
// and two participants in common.
func (d *doc) mergeInto(ev *event) *event {
	for _, o := range d.meetings {
		// the title's date, told in the present, is the day of
		// publication; the lead's own date, a few days before, is the
		// meeting's ("holds talks" … "met … on Wednesday")
		leadDate := o.sent < d.headSents && o.merged == nil && ev.sent <= d.headSents+1 && !d.bodyEvent() && !ev.m.Date.IsZero() && d.daysApart(o.m.Date, ev.m.Date) <= 7
		if o.class != ev.class || o.m.Status != ev.m.Status || !o.m.Date.Compatible(ev.m.Date) && !leadDate {
			continue
		}
		if o.m.Date.IsZero() && d.monthsBeforePub(ev.m.Date) >= 2 {
			continue // a meeting of months before is background, not the story's undated one
		}
		// a headline's place gives way to the body's: the title names
		// what the talks were about or where the story goes next ("…:
		// più motovedette per Zuara"), the body where they were held
		// (a country in the body does not undo the title's city)
		// (once the lead has been merged, a later body event in another
		// place that brings partners the title does not name is a meeting
		// of its own: "Le Drian reçoit Choukri" … "Choukri, qui s'était
		// entretenu au Caire avec Haftar")
		headline := o.sent < d.headSents && ev.sent >= d.headSents && (!d.isCountry(ev.m.Place) || d.isCountry(o.m.Place)) && (o.merged == nil || allIn(ev.parts, o.parts))
		if o.m.Place != "" && ev.m.Place != "" && o.m.Place != ev.m.Place && !headline || d.keptApart(o.parts, ev.parts) {
			continue
		}
		eo := d.expand(o.parts)
		ee := d.expand(ev.parts)
		n := 0
		for _, p := range ev.parts {
			if eo[p] {
				n++
			}
		}
		m := 0
		for _, p := range o.parts {
			if ee[p] {
				m++
			}
		}
		if max(n, m) < 2 || d.sideMeeting(o, ev) || d.nextOfHeadline(o, ev) || d.otherPeopleByGroup(o, ev) || d.metAgain(ev) && !d.metAgain(o) {
			continue
		}
		// "… met Sarraj. Akar and Güler then visited Haddad": the same
		// delegation with another partner on each side is another meeting
		// (a headline may still list fewer than its lead)
		// (the partner, named last, differs on both sides; a clause that
		// adds aides to the same pair still restates it)
		// (or the partner of one side leads the other: "la comitiva fue
		// recibida por X … Allí, Y mantuvo con Sánchez un encuentro")
		// (or the same party met by two hosts of one country: see
		// otherHostOfParty)
		if o.class == "meet" && o.sent >= d.headSents && n < len(ev.parts) && m < len(o.parts) && (!eo[ev.parts[len(ev.parts)-1]] || !eo[ev.parts[0]]) && !ee[o.parts[len(o.parts)-1]] || d.otherHostOfParty(o, ev) {
			// it goes on the same trip: its day and city, when it names none
			// (not a trip told as background: see flashback)
			if ev.sent-o.sent <= 5 && !d.flashback(o) {
				if ev.m.Date.IsZero() {
					ev.m.Date = o.m.Date
				}
				if ev.m.Place == "" && !slices.Contains(ev.parts, o.m.Place) {
					ev.m.Place = o.m.Place
				}
			}
			continue
		}
		for _, p := range ev.parts {
			if !contains(o.parts, p) {
				o.parts = append(o.parts, p)
				o.roles[p] = ev.roles[p]
			}
		}
		if o.sent < d.headSents && ev.sent >= d.headSents {
			if o.merged == nil {
				o.merged = slices.Clone(ev.parts)
			}
			o.body = append(o.body, ev.parts...)
		}
		o.parts = d.dropMembers(o.parts)
		if leadDate {
			o.m.Date = ev.m.Date
		}
		o.m.Date = o.m.Date.MorePrecise(ev.m.Date)
		if o.m.Place == "" || headline && ev.m.Place != "" {
			o.m.Place = ev.m.Place
		}
		return o
	}
	return nil
}

// allIn tells whether every id of a is in b.
func allIn(a, b []string) bool {
	for _, p := range a {
		if !contains(b, p) {
			return false
		}
	}
	return true
}

// sideMeeting tells whether ev, a pair told in the body after a body
// event of three or more, is a meeting of two guests on its sidelines
// ("Putin met Erdoğan on the sidelines of the summit"), not the summit
// told again: the host or subject of the larger one is not in it.
func (d *doc) sideMeeting(o, ev *event) bool {
	if len(o.parts) < 3 || len(ev.parts) != 2 || o.sent < d.headSents || ev.sent < d.headSents {
		return false
	}
	return !contains(ev.parts, o.parts[0])
}

// nextOfHeadline tells whether ev, a body meeting, is another of the
// meetings a headline lists together ("González Laya se reúne con
// Dbeibah y Al Mishri" told as one meeting with each): the headline's
// event o already holds a body meeting, and ev has a partner that one
// lacks and lacks one it has. splitHeadline then takes ev's partner from
// the headline's event.
func (d *doc) nextOfHeadline(o, ev *event) bool {
	if o.sent >= d.headSents || ev.sent < d.headSents || o.merged == nil || o.class != "meet" || len(o.parts) < 3 || !allIn(ev.parts, o.parts) {
		return false
	}
	return slices.ContainsFunc(ev.parts, func(p string) bool { return !contains(o.merged, p) }) &&
		slices.ContainsFunc(o.merged, func(p string) bool { return !contains(ev.parts, p) })
}

// otherPeopleByGroup tells whether o and ev share one person only and
// meet on the other side only through a country or body one of them
// names ("Lavrov and Çavuşoğlu met the Libyan parties" … "Lavrov met
// Haftar"), while each holds a person the other lacks: two meetings of
// the same host.
func (d *doc) otherPeopleByGroup(o, ev *event) bool {
	shared := 0
	for _, p := range ev.parts {
		if contains(o.parts, p) {
			shared++
		}
	}
	if shared >= 2 {
		return false
	}
	only := func(a, b []string) bool {
		return slices.ContainsFunc(a, func(p string) bool { return d.isPerson(p) && !contains(b, p) })
	}
	return only(o.parts, ev.parts) && only(ev.parts, o.parts)
}

// otherHostOfParty tells whether o and ev, both told in the body, are the
// same visiting party received by two hosts of one country ("Najla
// Mangoush held talks with Mariam al-Mahdi; her delegation took part" …
// "al-Burhan received the minister and her delegation"): each holds a
// person the other lacks, those people (of known country) are of one
// country, and someone they share is of another: two meetings of the
// party, not one told again.
func (d *doc) otherHostOfParty(o, ev *event) bool {
	if ev.sent < d.headSents {
		return false
	}
	host := ""
	for _, side := range [2][2][]string{{o.parts, ev.parts}, {ev.parts, o.parts}} {
		n := 0
		for _, p := range side[0] {
			if contains(side[1], p) || !d.isPerson(p) {
				continue
			}
			c := d.actorCountry(p)
			if c == "" {
				continue // (someone the lexicon does not know)
			}
			if host != "" && c != host {
				return false
			}
			host = c
			n++
		}
		if n == 0 {
			return false
		}
	}
	shared := 0
	for _, p := range ev.parts {
		if !contains(o.parts, p) {
			continue
		}
		if c := d.actorCountry(p); c == "" || c == host {
			continue
		}
		shared++
	}
	return shared > 0
}

// metAgain tells whether ev's trigger says its people met again ("Putin
// und Erdoğan sahen sich erneut", "вновь увиделись", "yeniden bir araya
// geldi", within six words of the trigger: not "yeniden
// yapılandırma", restructuring): a new occasion, not the earlier meeting
// of the pair told again.
func (d *doc) metAgain(ev *event) bool {
	for _, h := range d.sentHits(ev.sent) {
		if h.p.kind == pAgain && !d.inQuote[h.tok0] && h.tok0 >= ev.trig-6 && h.tok0 <= ev.trig+6 {
			return true
		}
	}
	return false
}

// keptApart tells whether the two lists hold a pair the text met
// separately.
func (d *doc) keptApart(a, b []string) bool {
	for _, p := range a {
		for _, q := range b {
			if d.apart[pairKey(p, q)] {
				return true
			}
		}
	}
	return false
}

func pairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// applyNegated keeps pairs the text says did not meet out of every
// meeting: the later-named one of the pair leaves the meeting.
func (d *doc) applyNegated() {
	if len(d.negPairs) == 0 && len(d.pronounApart) == 0 {
		return
	}
	var split []*event
	for _, e := range d.meetings {
		if d.indirect[e.trig] {
			continue
		}
		split = append(split, d.mediatedApart(e)...)
	}
	out := split[:0]
	for _, e := range split {
		var keep []string
		for _, p := range e.parts {
			ok := true
			for _, q := range keep {
				// (nor the pair a plural pronoun met separately: a
				// companion step may have joined them again)
				if d.negPairs[pairKey(p, q)] || d.pronounApart[pairKey(p, q)] {
					ok = false
				}
			}
			if ok {
				keep = append(keep, p)
			}
		}
		e.parts = keep
		if len(keep) >= 2 {
			out = append(out, e)
		}
	}
	d.meetings = out
}

// mediatedApart splits a meeting whose partners include a pair the
// article says never met, with others named before them, into one
// meeting per side, each with those others: the others are mediators
// or hosts who talked to each side in turn ("Lavrov and Çavuşoğlu held
// talks with Sarraj and Haftar … The two never sat at one table": one
// meeting of the mediators with each). The first side runs from the
// first of the pair to the second, the other side from the second on.
// Any other meeting is returned as it is.
func (d *doc) mediatedApart(e *event) []*event {
	denied := func(p, q string) bool {
		return d.negPairs[pairKey(p, q)] || d.pronounApart[pairKey(p, q)]
	}
	if e.class != "meet" || e.m.Mode != graph.ModeInPerson || e.m.Status != graph.StatusHeld {
		return []*event{e}
	}
	// (the pair named first, the guests of those after them: "Saleh and
	// Mishri were received by Bourita … the two did not meet")
	if pair := d.rivalsNamedFirst(e); pair != nil && denied(pair[0], pair[1]) {
		hosts := e.parts[2:]
		if slices.ContainsFunc(hosts, func(h string) bool { return denied(h, pair[0]) || denied(h, pair[1]) }) {
			return []*event{e}
		}
		out := make([]*event, 0, 2)
		for _, p := range pair {
			c := *e
			c.parts = append([]string{p}, hosts...)
			c.roles = maps.Clone(e.roles)
			if !d.toldMeeting(e, c.parts) {
				out = append(out, &c)
			}
		}
		if len(out) > 0 {
			return out
		}
		return []*event{e}
	}
	for i := 1; i < len(e.parts); i++ {
		for j := i + 1; j < len(e.parts); j++ {
			if !denied(e.parts[i], e.parts[j]) {
				continue
			}
			// (the two sides are rivals of one country, the mediators
			// outsiders whom neither side's denial names)
			c := d.actorCountry(e.parts[i])
			if c == "" || d.actorCountry(e.parts[j]) != c {
				return []*event{e}
			}
			for _, m := range e.parts[:i] {
				if d.actorCountry(m) == c || m == c {
					return []*event{e}
				}
				for _, p := range e.parts[i:] {
					if denied(m, p) {
						return []*event{e}
					}
				}
			}
			out := make([]*event, 0, 2)
			for _, side := range [][]string{e.parts[i:j], e.parts[j:]} {
				c := *e
				c.parts = append(slices.Clone(e.parts[:i]), side...)
				c.roles = maps.Clone(e.roles)
				// (a side's meeting told already in a sentence of its own)
				if !d.toldMeeting(e, c.parts) {
					out = append(out, &c)
				}
			}
			if len(out) == 0 {
				return []*event{e}
			}
			return out
		}
	}
	return []*event{e}
}

// toldMeeting tells whether a meeting other than e has every one of
// parts among its own.
func (d *doc) toldMeeting(e *event, parts []string) bool {
	return slices.ContainsFunc(d.meetings, func(o *event) bool {
		return o != e && o.class == e.class && containsAll(o.parts, parts)
	})
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// inCommaRelative tells whether token k lies in a relative clause about a
// person, opened by a comma and closed by one before the sentence ends ("Sarraj, who
// was in Ankara for talks with Erdoğan, has not met …").
func (d *doc) inCommaRelative(k int) bool {
	if !latinRomance[d.lang] {
		return false
	}
	s := d.sents[d.toks[k].sent]
	open := false
	for _, h := range d.hits[sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= s.tok0 }):] {
		if h.tok0 > k {
			break
		}
		if h.p.kind == pRelPron && strings.Contains(d.toks[h.tok0].punct, ",") && !d.inQuote[h.tok0] && !d.punctIn(h.tok1, k, ",;:") {
			// (about a person named right before it, not a place's "where")
			open = d.personEndsAt(h.tok0)
		}
	}
	return open && k+1 < s.tok1 && d.punctIn(k+1, s.tok1-1, ",")
}

// personEndsAt tells whether an actor mention of a person ends right
// before token k.
func (d *doc) personEndsAt(k int) bool {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= k })
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if m := d.mentions[j]; m.tok1 == k && !m.loc && !m.dir && m.kind == graph.KindPerson {
			return true
		}
	}
	return false
}

// butClauseAfterTalks tells whether token k lies in a `but` clause set
// off by a comma after a held meeting its sentence told (session 21).
func (d *doc) butClauseAfterTalks(k int) bool {
	talks := false
	for _, e := range d.sentEvs {
		if e != nil && e.trig < k && e.m.Status == graph.StatusHeld {
			talks = true
		}
	}
	if !talks {
		return false
	}
	for _, h := range d.sentHits(d.toks[k].sent) {
		if h.p.kind == pBut && h.tok0 < k && strings.ContainsAny(d.toks[h.tok0].punct, ",،") && !d.inQuote[h.tok0] {
			return true
		}
	}
	return false
}

// butBetween tells whether a "but" clause ("…, but", "…, obwohl",
// "…، مگر") opens after trigger token a and by denied trigger token b of
// one sentence: the denial after it is its own, the meeting told before
// it stands. (Not the other way round: after a denial, "…, although
// local media reported such a meeting" is about the denied one.)
func (d *doc) butBetween(a, b int) bool {
	lo, hi := a, b
	if lo >= hi || d.toks[lo].sent != d.toks[hi].sent {
		return false
	}
	for _, h := range d.sentHits(d.toks[lo].sent) {
		if h.p.kind == pBut && h.tok0 > lo && h.tok0 <= hi && strings.ContainsAny(d.toks[h.tok0].punct, ",،") && !d.inQuote[h.tok0] {
			// (a denial that adds to one before, "pero tampoco se reunió
			// con Haftar", "but nor did he meet", denies the whole
			// sentence: session 21)
			return !d.kindBetween(h.tok1, hi+1, pAlsoNot)
		}
	}
	return false
}

// inClosedRelative tells whether token k lies in a relative clause set
// off by commas before trigger trig that tells a meeting of its own ("The
// minister, who had met Lamamra in Algiers, also held talks with
// Dbeibah"): its names and places are that meeting's, not trig's.
func (d *doc) inClosedRelative(k, trig int) bool {
	if k >= trig || !latinRomance[d.lang] {
		return false
	}
	si := d.toks[trig].sent
	if d.toks[k].sent != si {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= d.sents[si].tok0 })
	for ; i < len(d.hits) && d.hits[i].tok0 <= k; i++ {
		h := d.hits[i]
		if h.p.kind != pRelPron || !strings.Contains(d.toks[h.tok0].punct, ",") || d.inQuote[h.tok0] {
			continue
		}
		// the comma that closes it, before trig, with a trigger inside
		c := -1
		for j := h.tok1; j <= trig; j++ {
			if strings.ContainsAny(d.toks[j].punct, ",;:") {
				c = j
				break
			}
		}
		if c < 0 || c > trig || k >= c || !strings.Contains(d.toks[c].punct, ",") {
			continue
		}
		for _, x := range d.hits[i:] {
			if x.tok0 >= c {
				break
			}
			if x.tok0 >= h.tok1 && isTrigger(x.p.kind) {
				return true
			}
		}
	}
	return false
}

// pairDeniedApart tells whether the denial at trig b is a clause of its
// own after a semicolon, about the pair a `both` phrase names, after a
// meeting told as separate ("Lavrov e
// Šojgu li ricevettero separatamente; i due libici, però, non si
// incontrarono mai"): it denies that the two met each other, not the
// meeting at a told before it.
func (d *doc) pairDeniedApart(a, b int) bool {
	if a >= b || d.toks[a].sent != d.toks[b].sent {
		return false
	}
	semi := -1
	for k := a + 1; k <= b; k++ {
		if strings.Contains(d.toks[k].punct, ";") && !d.inQuote[k] {
			semi = k
		}
	}
	// (the meeting before it was told as separate: "li ricevettero
	// separatamente"; a planned meeting of the pair itself is denied
	// with it: "ein Treffen … ist nicht vorgesehen; die beiden haben sich
	// nicht getroffen")
	return semi >= 0 && d.kindBetween(semi, b, pBoth) && d.kindBetween(a, semi, pSeparate)
}

// deniedAfterApart tells whether the denial at trig b follows a
// `separate` word told after the trigger at a, set off from it by a mark,
// naming no one between the word and the denial (s21): "провели …
// переговоры с Сараджем и Хафтаром, однако встречи шли раздельно: лично
// руководители враждующих сторон так и не встретились", "met X and Y, but
// separately: the two rivals never met". It denies that the partners met
// each other, not the meetings at a.
func (d *doc) deniedAfterApart(a, b int) bool {
	if a >= b || d.toks[a].sent != d.toks[b].sent {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > a })
	for ; i < len(d.hits) && d.hits[i].tok0 < b; i++ {
		h := d.hits[i]
		if h.p.kind != pSeparate || d.inQuote[h.tok0] {
			continue
		}
		if !d.punctIn(h.tok1, b, ",،;:") {
			return false
		}
		return !slices.ContainsFunc(d.actorMentions(h.tok1, b), func(m mention) bool { return m.kind == graph.KindPerson })
	}
	return false
}

// pairDeniedBecause tells whether the denial at trig b is a clause set off
// by a comma after a meeting told as separate, about the pair a `both`
// phrase names ("Merkel met Sarraj and Haftar separately, since the two
// men refused to sit at one table and did not meet", "a reçu séparément
// X et Y, car les deux hommes ne se sont pas rencontrés", "كلا من السراج
// وحفتر كل على حدة، إذ رفض الرجلان … ولم يلتقيا"): the clause gives the
// reason the host saw them one by one; it denies that the two met each
// other, not the meetings at a. The `separate` word may come before the
// verb ("ayrı ayrı görüştü").
func (d *doc) pairDeniedBecause(a, b int) bool {
	if a >= b || d.toks[a].sent != d.toks[b].sent {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > a })
	for ; i < len(d.hits) && d.hits[i].tok0 < b; i++ {
		h := d.hits[i]
		if h.p.kind != pBoth || d.inQuote[h.tok0] {
			continue
		}
		return d.punctIn(a, h.tok0-1, ",،;:") && (d.kindBetween(d.sents[d.toks[a].sent].tok0, h.tok0, pSeparate) || d.hasDistributiveAdverb(d.sents[d.toks[a].sent].tok0, h.tok0))
	}
	return false
}

// inTrailingRelative tells whether token k, after the denial's trigger
// trig, lies in a relative clause opened after a comma past the denied
// partner ("n'ont pas rencontré Aguila Saleh, qui se trouvait au Caire, où
// il a été reçu par al-Sissi", "did not meet Saleh, who was received in
// Cairo by Sisi"): the clause tells a meeting of its own that did happen.
func (d *doc) inTrailingRelative(k, trig int) bool {
	if k <= trig || d.toks[k].sent != d.toks[trig].sent {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > trig })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		h := d.hits[i]
		if h.p.kind == pRelPron && strings.Contains(d.toks[h.tok0].punct, ",") && !d.inQuote[h.tok0] && len(d.actorMentions(trig, h.tok0)) > 0 {
			return true
		}
	}
	return false
}

// distributiveAdverb finds, in tokens lo to hi, a meet_adverb ("على
// انفراد", "in private") after a `distributive` phrase ("كلا من", "each
// of") with a name between them: "التقى X كلا من A وB على انفراد" met A
// and B one by one, as a `separate` word says.
func (d *doc) distributiveAdverb(lo, hi int) (hit, bool) {
	dist := -1
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < hi; i++ {
		h := d.hits[i]
		if d.inQuote[h.tok0] {
			continue
		}
		if h.p.kind == pEachOf && dist < 0 {
			dist = h.tok1
		}
		if h.p.name == "meet_adverb" && dist >= 0 && len(d.actorMentions(dist, h.tok0)) > 0 {
			return h, true
		}
	}
	return hit{}, false
}

// hasDistributiveAdverb tells whether distributiveAdverb finds one.
func (d *doc) hasDistributiveAdverb(lo, hi int) bool {
	_, ok := d.distributiveAdverb(lo, hi)
	return ok
}

// attendClause tells whether the relative clause opened by h, right
// after a conference or meeting noun, names who attends it before its
// attend verb ("the Berlin conference, which Putin, Macron and Erdoğan
// are expected to attend", "a summit that A and B will attend"): its
// names are the gathering's, as a join verb right after the pronoun
// makes them (joinClause). No other trigger and no mark but commas lie
// between the pronoun and the verb.
func (d *doc) attendClause(hs []hit, h hit) bool {
	noun := false
	// (in Urdu the relative clause follows the main verb, its noun
	// before it: "کانفرنس کی میزبانی میرکل نے کی جس میں A، B … شریک
	// ہوئے", the conference Merkel hosted, in which A and B took part)
	reach := 4
	if d.lang == "ur" {
		reach = 10
	}
	for _, c := range hs {
		if (c.p.kind == pConference || c.p.kind == pMeetNoun) && c.tok1 <= h.tok0 && h.tok0-c.tok1 <= reach && !d.punctIn(c.tok1, h.tok0-1, ";:.()") && !d.inQuote[c.tok0] {
			noun = true
		}
	}
	if !noun {
		return false
	}
	for _, j := range hs {
		if j.tok0 <= h.tok0 || d.toks[j.tok0].sent != d.toks[h.tok0].sent {
			continue
		}
		if j.p.kind == pAttend {
			return !d.punctIn(h.tok1, j.tok0-1, ";:.()") && len(d.actorMentions(h.tok1, j.tok0)) > 0
		}
		if isTrigger(j.p.kind) {
			return false
		}
	}
	return false
}

// joinClause tells whether the relative clause opened by h says who took
// part in the meeting told before it ("una reunión a la que asistieron
// X e Y", "a meeting that X and Y attended"): its names are the
// meeting's. The join verb comes right after the pronoun, with no mark
// between.
func (d *doc) joinClause(hs []hit, h hit) bool {
	for _, j := range hs {
		if j.p.kind == pJoin && j.tok0 >= h.tok1 && j.tok0 <= h.tok1+1 && !d.punctIn(h.tok1, j.tok0, ",;:.") {
			return true
		}
	}
	return false
}

// aideOwner tells whether person mention m, in en fr it es, only says
// whose aide or envoy the participant is ("the foreign policy adviser of
// Chancellor Angela Merkel, Jan Hecker", "un conseiller du président X",
// "el asesor de la canciller Angela Merkel"): the aide was at the
// meeting, not the one he works for.
func (d *doc) aideOwner(m mention) bool {

	if m.kind != graph.KindPerson || !latinRomance[d.lang] || m.tok0 < 2 {
		return false
	}
	// the owner's title and articles between ("Chancellor", "la
	// canciller", "du président libyen"): at most four words, with no
	// punctuation or other name
	link := -1
	for k := m.tok0; k >= m.tok0-4 && k > 0 && link < 0; k-- {
		// (nor past a passive's agent word: "reçu au palais de Carthage
		// par le président X" is received by X)
		if d.toks[k].punct != "" || k < m.tok0 && d.personAt(k, m.actor) || k < m.tok0 && d.hitStartsWithKind(k, pAgent) {
			return false
		}
		for _, h := range d.hitsEndingAt(k) {
			if h.p.kind == pUnnamedLink {
				link = h.tok0
			}
		}
	}
	if link < 0 {
		return false
	}
	// the aide: a word of the unnamed kind ending at most three words
	// before the link ("adviser", "asesor diplomático", "foreign policy
	// adviser")
	for j := link; j >= link-3 && j > 0; j-- {
		if d.punctIn(j, link, ",;:()") {
			return false
		}
		for _, h := range d.hitsEndingAt(j) {
			if h.p.kind == pUnnamed {
				return true
			}
		}
	}
	return false
}

// personAt tells whether token k is part of a mention of a person other
// than actor.
func (d *doc) personAt(k int, actor string) bool {
	for _, m := range d.mentions {
		if m.tok0 <= k && k < m.tok1 && m.kind == graph.KindPerson && m.actor != actor {
			return true
		}
	}
	return false
}

// existentialDenies tells whether negation h, beside an existential verb
// ("there was no", "no hubo", "il n'y a pas eu de", "non c'è stato"),
// denies meeting noun t that follows it as what did not take place, even
// past a parenthesis between commas ("No hubo, en cambio, encuentro con",
// "Non c'è stato, invece, alcun incontro con").
func (d *doc) existentialDenies(hs []hit, h, t hit) bool {
	for _, e := range hs {
		if e.p.kind != pExistential || d.inQuote[e.tok0] || e.tok0 < h.tok0-2 || e.tok0 > h.tok1+1 || e.tok1 > t.tok0 {
			continue
		}
		lo := max(h.tok1, e.tok1)
		if t.tok0-lo > 4 || d.punctIn(lo+1, t.tok0, ";:.!?") || d.triggerBetween(hs, e, t) {
			continue
		}
		// only determiners and a parenthesis between ("there was no doubt
		// that the meeting …" denies the doubt)
		ok := true
		for j := lo; j < t.tok0 && ok; j++ {
			ok = utf8.RuneCountInString(d.toks[j].key) <= 4 || d.hitEndsAt(j+1, j, pNegation) || d.punctIn(lo, j, ",") && d.punctIn(j+1, t.tok0, ",")
		}
		if ok {
			return true
		}
	}
	return false
}

// subjectNounDenied tells whether negation h, beside an `occurred` verb
// (of taking place or existing) after meeting noun t that opens its clause, denies that
// the meeting took place: the noun is the subject of the denied verb,
// however long its phrase of participants ("Ein Treffen zwischen X und Y
// hat es bis heute nicht gegeben", "Une rencontre entre X et Y n'a
// toujours pas eu lieu", "Un incontro tra X e Y non c'è mai stato",
// "Встречи X и Y так и не было"), not only when the negation follows it
// at once (session 19).
func (d *doc) subjectNounDenied(si int, hs []hit, h, t hit) bool {
	if t.p.kind != pMeetNoun && t.p.kind != pMeet || h.tok0 < t.tok1 || h.tok0-t.tok1 > 14 || d.punctIn(t.tok1, h.tok0, ",;:!?()،؛") || d.triggerBetween(hs, h, t) {
		return false
	}
	// (the noun opens its clause: a determiner or an adjective before it
	// at most, no name or verb)
	lo := d.sents[si].tok0
	for k := t.tok0; k > lo; k-- {
		if d.punctIn(k, k, ",;:()،؛") {
			lo = k
			break
		}
	}
	// (a meet word that also spells a verb, "Treffen", "rencontre",
	// "incontro", is the noun after its article only)
	if t.tok0-lo > 2 || d.mentionStarts(lo, t.tok0) || t.p.kind == pMeet && t.tok0 == lo {
		return false
	}
	for _, e := range hs {
		if e.p.kind != pOccurred || d.inQuote[e.tok0] || e.tok0 < t.tok1 || d.punctIn(h.tok1, e.tok0, ",;:!?()،؛") {
			continue
		}
		// beside the negation ("nicht gegeben", "pas eu lieu", "не было",
		// "non c'è mai stato"), or closing a German clause after it
		if e.tok0 >= h.tok0-2 && e.tok0 <= h.tok1+2 || d.lang == "de" && e.tok0 > h.tok0 && e.tok0 <= h.tok1+8 && (e.tok1 >= d.sents[si].tok1 || d.punctIn(e.tok1, e.tok1, ".;:!?,")) {
			return true
		}
	}
	return false
}

// triggerBetween tells whether another event trigger stands between a
// negation and a trigger: in "did not meet during the visit" the "not"
// denies the meeting, not the visit.
func (d *doc) triggerBetween(hs []hit, neg, t hit) bool {
	lo, hi := neg.tok1, t.tok0
	if neg.tok0 > t.tok0 {
		lo, hi = t.tok1, neg.tok0
	}
	for _, o := range hs {
		// (a talk verb before a meet_adverb is the verb it qualifies:
		// "have not talked with each other face to face")
		if isTrigger(o.p.kind) && o.tok0 >= lo && o.tok1 <= hi && o.tok0 != t.tok0 && !(t.p.name == "meet_adverb" && isTalk(o.p)) {
			return true
		}
	}
	return false
}

// adverbialCut is the comma that closes a time phrase opening the
// sentence around its first trigger ("A day after Boukadoum's visit to
// Tripoli, the Algerian president received a call", "وفي اليوم التالي
// لزيارة بوقدوم إلى طرابلس، تلقى …"): the event in it is not the main
// clause's, and shares no actor with it. It is -1 when there is none.
func (d *doc) adverbialCut(s sentence, k int, heads []hit) int {
	if k != 0 {
		return -1
	}
	// a "since" phrase takes the event as its complement; so does an
	// Arabic "the next day" with the trigger joined by "ل" ("لزيارة")
	opens := false
	for _, h := range d.hitsStartingAt(s.tok0) {
		opens = opens || h.p.kind == pRelative && h.tok1 <= heads[0].tok0 && (h.p.since ||
			d.lang == "ar" && h.p.anchor && heads[0].tok0 == h.tok1 && strings.HasPrefix(d.toks[h.tok1].norm, "ل"))
	}
	if !opens {
		return -1
	}
	for c := heads[0].tok1; c < heads[1].tok0; c++ {
		if d.punctIn(c, c, ",،") {
			return c
		}
	}
	return -1
}

// parenthetical tells whether every trigger of the group stands in a
// phrase about an event told before that commas set off ("وأكد البرهان،
// خلال اللقاء، دعم السودان …", "sagte Maas, nach dem Treffen, …"): the
// names around it are what was said, not a new pair that met.
func (d *doc) parenthetical(g *group, hs []hit) bool {
	for _, t := range g.trigs {
		ok := false
		for _, a := range hs {
			if a.p.kind == pAnaphor && a.tok0 <= t.tok0 && a.tok1 >= t.tok1 && a.tok1 < len(d.toks) &&
				d.punctIn(a.tok0, a.tok0, ",،") && d.punctIn(a.tok1, a.tok1, ",،") {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// objectRelative is where the antecedent of the relative clause that
// holds trigger t starts, when that antecedent, a person, is not the
// sentence's first actor: the clause opens after a comma with a relative
// pronoun ("who", "qui", "che", "que", "der", "который", "الذي") a few
// words before t, with no trigger between, right after the name or an
// apposition closing with that comma ("al-Menfi, the head of the
// Presidential Council, who was in Athens on Monday for talks with
// Mitsotakis"). -1 when there is none.
func (d *doc) objectRelative(s sentence, t hit) int {
	for k := t.tok0 - 1; k > s.tok0 && k >= t.tok0-relativeReach; k-- {
		if d.triggerAt(k) || d.punctIn(k+1, k+1, ".;:!?؛") {
			return -1
		}
		if !d.hitStartsWithKind(k, pRelPron) || !d.punctIn(k, k, ",،") || d.rules.whereWords[d.toks[k].norm] {
			continue
		}
		ant := -1
		for i, m := range d.mentions {
			if m.tok1 == k && m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] {
				ant = i
			}
		}
		if ant < 0 {
			ant = d.appositionHead(k)
		}
		if ant < 0 {
			return -1
		}
		a := d.mentions[ant]
		// ("die Gespräche zwischen Maas und Lawrow, die …": a coordinated
		// antecedent is all of them)
		if a.tok0 > 0 && d.hitStartsWithKind(a.tok0-1, pAnd) {
			return -1
		}
		// no meeting trigger before the relative pronoun (the main
		// clause's verb is none; a speech verb is none either: "Maas
		// lobte Sarradsch, der …"), and someone named before the
		// antecedent, whom the clause leaves out
		for _, h := range d.hits {
			if h.tok0 >= s.tok0 && h.tok0 < k && isTrigger(h.p.kind) {
				return -1
			}
		}
		for _, m := range d.mentions {
			if m.tok0 >= s.tok0 && m.tok1 <= a.tok0 && m.actor != a.actor {
				return a.tok0
			}
		}
		return -1
	}
	return -1
}

// relativeReach is how many words before its trigger a relative
// clause's pronoun may stand.
const relativeReach = 12

// appositionHead is the index in d.mentions of the person named before
// an apposition that ends at the comma before token k ("Mohamed
// al-Menfi, the head of the Presidential Council, who …"): a name and a
// comma, then at most ten words with no other comma and no trigger.
// -1 when there is none.
func (d *doc) appositionHead(k int) int {
	// (a place's relative is about the place: "…, puis à Khartoum, où")
	if d.rules.whereWords[d.toks[k].norm] {
		return -1
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.tok1 >= k {
			continue
		}
		if m.tok1 < k-10 || m.loc || m.dir || d.inQuote[m.tok0] {
			return -1
		}
		if m.kind != graph.KindPerson || !d.punctIn(m.tok1, m.tok1, ",،") || d.punctIn(m.tok1+1, k-1, ",،.;:") {
			// (the apposition's own title may name the same person:
			// "Bashagha, the interior minister of …")
			if m.kind == graph.KindPerson && i > 0 && d.mentions[i-1].actor == m.actor {
				continue
			}
			return -1
		}
		for j := m.tok1; j < k; j++ {
			if d.triggerAt(j) {
				return -1
			}
		}
		return i
	}
	return -1
}

// relativeAntecedent is the actor a relative clause that holds trigger t
// is about: the one named right before the comma and the relative
// pronoun that open it, a few words before t with no trigger between.
func (d *doc) relativeAntecedent(t hit) string {
	s := d.sents[d.toks[t.tok0].sent]
	for k := t.tok0 - 1; k > s.tok0 && k >= t.tok0-relativeReach; k-- {
		if d.triggerAt(k) {
			return ""
		}
		// (session 17) past six words, the clause holds no comma of its
		// own: "who was in Athens on Monday for talks with", not "qui
		// venait de s'entretenir avec Sarraj, s'est envolé … afin de
		// rencontrer"
		if k < t.tok0-6 && d.punctIn(k+1, t.tok0, ",،;:") {
			return ""
		}
		if !d.hitStartsWithKind(k, pRelPron) || !d.punctIn(k, k, ",،") {
			continue
		}
		for _, m := range d.mentions {
			if m.tok1 == k && !m.loc && !m.dir && !d.inQuote[m.tok0] {
				// "Sarraj, chef du gouvernement reconnu par l'ONU, qui
				// avait été accueilli": the relative is not the
				// recognising body's
				if d.recognisedBy(m) {
					return ""
				}
				// (session 17) past six words, a single antecedent only:
				// "Sarraj et Haftar, qui ne se sont plus parlé depuis leur
				// rencontre" is about both
				if k < t.tok0-6 && m.tok0 > 0 && d.hitStartsWithKind(m.tok0-1, pAnd) {
					return ""
				}
				return m.actor
			}
		}
		// (session 17) "al-Menfi, the head of the Presidential Council,
		// who was in Athens for talks with Mitsotakis"
		if a := d.appositionHead(k); a >= 0 {
			return d.mentions[a].actor
		}
		return ""
	}
	return ""
}

// unnamedCounterparts resolves a counterpart given only by a demonym
// ("son homologue égyptien", "his Turkish counterpart", "su homóloga
// libia", "il suo omologo turco") to the one lexicon person of that
// country who held the office of the one whose counterpart it is (the
// last person named before, in that sentence or the one before) at the
// article's date (its publication; without one, 2020, else 2021 or 2019,
// the years the articles cover), unless one of that country with the
// office was named before. With no single holder the country stands for
// the counterpart. A counterpart named right after keeps its name. In
// every language: "Libyalı mevkidaşı", "sein libyscher Amtskollege",
// "ливийский коллега", "نظيره الليبي" are built the same way.
func (d *doc) unnamedCounterparts() {
	added := false
	for _, h := range d.hits {
		if h.p.kind != pCounterpart || d.inQuote[h.tok0] {
			continue
		}
		si := d.toks[h.tok0].sent
		var dem hit
		found := false
		for _, x := range d.hits {
			if x.tok0 > h.tok1+1 {
				break
			}
			if x.p.kind == pDemonym && d.toks[x.tok0].sent == si && (x.tok0 == h.tok1 || x.tok1 == h.tok0) {
				dem, found = x, true
				break
			}
		}
		if !found {
			continue
		}
		lo, end := min(h.tok0, dem.tok0), max(h.tok1, dem.tok1)
		named := false
		owner, owner0 := "", 0
		for _, m := range d.mentions {
			if m.tok1 > lo && m.tok0 < end || m.kind == graph.KindPerson && m.tok0 >= end && m.tok0 < end+3 && m.tok0 < d.sents[si].tok1 {
				named = true // "son homologue égyptien, Sameh Choukri"; or resolved already
			}
			if m.kind == graph.KindPerson && m.tok1 <= lo && d.toks[m.tok0].sent >= si-1 {
				owner, owner0 = m.actor, m.tok0
			}
		}
		if named || owner == "" {
			continue
		}
		if d.toks[owner0].sent < si && d.kindBetween(d.sents[si].tok0, lo, pTitle) {
			continue // "Le ministre libyen a ensuite reçu son homologue italien": its own subject, unnamed
		}
		offices := d.officesOf(owner)
		country := dem.p.role
		if len(offices) == 0 || d.actorCountry(owner) == country {
			continue
		}
		// one of that country with the office named before is the one
		// ("Le Drian a reçu Heiko Maas. … Son homologue allemand a jugé")
		id, kind := "", graph.KindPerson
		for _, m := range d.mentions {
			if m.tok0 >= lo {
				break
			}
			if m.kind == graph.KindPerson && d.actorCountry(m.actor) == country && slices.ContainsFunc(d.officesOf(m.actor), func(o string) bool { return slices.Contains(offices, o) }) {
				id = m.actor
			}
		}
		if id == "" {
			id = d.officeHolder(country, offices)
		}
		if id == "" {
			if _, ok := d.x.lx.actorIdx[country]; !ok {
				continue
			}
			id, kind = country, graph.KindCountry
		}
		d.mentions = append(d.mentions, mention{tok0: lo, tok1: end, start: d.toks[lo].start, end: d.toks[end-1].end, actor: id, kind: kind, name: nameShort})
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// officeHolder is the one lexicon person of a country who held one of
// the offices at the article's date, or "".
func (d *doc) officeHolder(country string, offices []string) string {
	return d.officeHolderOf(country, offices, false)
}

// officeHolderOf is officeHolder; with recognised, an officer of a
// `rival` body holds the office only when no one else did then.
func (d *doc) officeHolderOf(country string, offices []string, recognised bool) string {
	if !d.pub.IsZero() {
		return d.holderAt(country, offices, d.pub, recognised)
	}
	// undated: the holder of 2020, else of 2021 or 2019, when one held it
	for _, y := range []int{2020, 2021, 2019} {
		if id := d.holderAt(country, offices, graph.Date{Year: y}, recognised); id != "" {
			return id
		}
	}
	return ""
}

// holderAt is the one lexicon person of a country who held one of the
// offices at date t, or "".
func (d *doc) holderAt(country string, offices []string, t graph.Date, recognised bool) string {
	found := ""
	var earlier []string // held the office before a later one their term spans
	for i := range d.x.lx.actors {
		a := &d.x.lx.actors[i]
		if a.Kind != graph.KindPerson || d.actorCountry(a.ID) != country {
			continue
		}
		fits := false
		for _, o := range d.officesOf(a.ID) {
			fits = fits || slices.Contains(offices, o)
		}
		if !fits || a.from.IsZero() && a.to.IsZero() {
			continue // no term known: cannot tell whether they held it then
		}
		if a.outside(t) {
			continue
		}
		if d.heldBeforeLater(a.Role, offices) || recognised && d.rivalOfficer(a) {
			earlier = append(earlier, a.ID)
			continue
		}
		if found != "" {
			return ""
		}
		found = a.ID
	}
	if found == "" && len(earlier) == 1 {
		return earlier[0]
	}
	return found
}

// officesOf lists the offices of a lexicon person's role without their
// country or organisation: "Foreign Minister" of "Foreign Minister of
// Russia" and of "Italian Foreign Minister"; "Chairman" and "Prime
// Minister" of "Chairman of the Presidential Council, Prime Minister of
// the GNA"; "Defence Minister" of "GNA Defence Minister / Chief of Staff".
// Deputies and former holders hold no office here.
func (d *doc) officesOf(id string) []string {
	i, ok := d.x.lx.actorIdx[id]
	if !ok {
		return nil
	}
	role := d.x.lx.actors[i].Role
	role = strings.ReplaceAll(role, "Secretary of State", "Foreign Minister")
	role = strings.ReplaceAll(role, "Minister of Foreign Affairs", "Foreign Minister")
	role = strings.ReplaceAll(role, "Foreign Secretary", "Foreign Minister")
	role = strings.ReplaceAll(role, "Defense", "Defence")
	var out []string
	for _, part := range strings.FieldsFunc(role, func(r rune) bool { return r == ',' || r == ';' || r == '/' }) {
		part = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "later "))
		head, _, of := strings.Cut(part, " of ")
		head, _, _ = strings.Cut(head, " to ")
		head, _, _ = strings.Cut(head, " for ")
		if w := strings.Fields(head); !of && len(w) >= 3 || len(w) >= 2 && (w[0] == "US" || w[0] == "UK") {
			head = strings.Join(w[1:], " ") // "Italian Interior Minister", "US Foreign Minister"
		}
		if head == "" || strings.ContainsAny(head[:1], "abcdefghijklmnopqrstuvwxyz") {
			continue
		}
		bad := false
		for _, w := range []string{"Deputy", "Vice", "Former", "Assistant", "Under", "Acting", "Son", "Spokes"} {
			bad = bad || strings.Contains(head, w)
		}
		if !bad && !slices.Contains(out, head) {
			out = append(out, head)
		}
	}
	return out
}

// capitalPlace is the capital a clause names as where it happened ("è
// stato ricevuto nella capitale dal presidente", "received in the Libyan
// capital by"): a capital word after a locative, in tokens [lo, hi) of
// sentence si, is the capital of the country a demonym beside it names,
// else of the dateline's country, else of the last place named before.
func (d *doc) capitalPlace(lo, hi, si, trig int) string {
	for _, h := range d.sentHits(si) {
		if h.p.kind != pCapital || h.tok0 < lo || h.tok0 >= hi || d.inQuote[h.tok0] != d.inQuote[trig] {
			continue
		}
		loc := false
		back := d.venueOfCapital(h, si)
		for k := h.tok0; k >= h.tok0-back && k > d.sents[si].tok0 && !loc; k-- {
			for _, x := range d.hitsEndingAt(k) {
				loc = loc || x.p.kind == pLocative && !d.punctIn(x.tok1, h.tok0, ",;:.")
			}
		}
		if !loc {
			continue
		}
		country := ""
		for _, x := range d.sentHits(si) {
			if x.p.kind == pDemonym && x.tok0 >= h.tok0-2 && x.tok0 <= h.tok1 {
				country = x.p.role
			}
		}
		if country == "" && d.dateline != "" {
			country = d.countryOf(d.dateline)
			if d.isCountry(d.dateline) {
				country = d.dateline
			}
		}
		if country == "" {
			for _, p := range d.placeMs {
				if p.tok0 >= h.tok0 {
					break
				}
				if p.loc || p.dir {
					country = d.countryOf(p.place)
					if d.isCountry(p.place) {
						country = p.place
					}
				}
			}
		}
		if c := d.x.lx.capitals[country]; c != "" {
			return c
		}
	}
	return ""
}

// appositiveEvent tells whether group g's trigger opens an apposition
// set off by a comma that describes an event of the same sentence told
// before it ("held talks with Dbeibah, the first visit by a British
// minister since the government took office", "la première visite d'un
// chef d'État depuis …"): it names no one new but organisations and
// countries, and is that event, not another. With opening, the group
// opens a sentence that says what the last event was ("Il s'agit de la
// première visite …", "It was the first visit …").
func (d *doc) appositiveEvent(g *group, hs []hit, evs []*event, opening bool) bool {
	if len(g.trigs) == 0 {
		return false
	}
	t := g.trigs[0]
	ord := false
	for _, h := range hs {
		if h.p.kind != pOrdinal || h.tok1 > t.tok0 || t.tok0-h.tok1 > 1 {
			continue
		}
		if !opening {
			ord = ord || strings.ContainsAny(d.toks[h.tok0].punct, ",،")
			continue
		}
		// (a sentence that opens with "il s'agit de" right before it)
		for _, x := range hs {
			ord = ord || x.p.kind == pIdentity && x.tok0 == d.sents[d.toks[h.tok0].sent].tok0 && h.tok0-x.tok1 <= 1
		}
	}
	if !ord {
		return false
	}
	for _, m := range g.mentions {
		if m.kind != graph.KindPerson || m.tok0 < t.tok0 {
			continue
		}
		known := false
		for _, e := range evs {
			known = known || e != nil && contains(e.parts, m.actor)
		}
		if !known {
			return false
		}
	}
	return true
}

// relativeCut is the comma that closes a relative clause holding trigger
// heads[k] before the main clause goes on to heads[k+1] ("Guterres, qui
// venait de s'entretenir avec Sarraj dans la matinée, s'est envolé pour
// Benghazi afin de rencontrer Haftar"), in en fr it es: what follows the
// comma is the main clause's, its place and partner not the relative
// clause's. It is -1 when no such clause holds a meeting verb with a
// partner of its own; a hosting verb counts as a meeting verb, and Russian
// ("который") as the four.
func (d *doc) relativeCut(s sentence, heads []hit, k int) int {
	// (Russian puts its relative clause after the comma as these do:
	// "Саид, который принимал Сараджа в январе, заявил, что переговоры …")
	if !latinRomance[d.lang] && d.lang != "ru" {
		return -1
	}
	t, next := heads[k], heads[k+1]
	// (a hosting verb tells the subject's meeting as a meeting verb does:
	// "Saied, who received Sarraj in January, said the talks …")
	if t.p.kind != pMeet && t.p.kind != pHost {
		return -1 // an arrival ("que llegó a primera hora acompañada de …") is the main clause's visit
	}
	from := s.tok0
	if k > 0 {
		from = heads[k-1].tok1
	}
	opened := false
	for j := t.tok0; j >= from && j >= t.tok0-6; j-- {
		if strings.ContainsAny(d.toks[j].punct, ",،") {
			opened = d.hitStartsWithKind(j, pRelPron)
			break
		}
	}
	if !opened {
		return -1
	}
	for j := t.tok1; j <= next.tok0; j++ {
		if strings.ContainsAny(d.toks[j].punct, ",،") {
			// the clause names its own partner
			if slices.ContainsFunc(d.mentions, func(m mention) bool { return m.kind == graph.KindPerson && m.tok0 >= t.tok1 && m.tok1 <= j }) {
				return j
			}
			return -1
		}
	}
	return -1
}

// daysApart is the number of days between two full dates, or a large
// number when either lacks a part.
func (d *doc) daysApart(a, b graph.Date) int {
	if a.Year == 0 || a.Month == 0 || a.Day == 0 || b.Year == 0 || b.Month == 0 || b.Day == 0 {
		return 1 << 20
	}
	x := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	y := time.Date(b.Year, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	n := int(x.Sub(y).Hours() / 24)
	if n < 0 {
		n = -n
	}
	return n
}

// bodyEvent tells whether an event of the body (after the title) was
// told already.
func (d *doc) bodyEvent() bool {
	for _, e := range d.meetings {
		if e.sent >= d.headSents {
			return true
		}
	}
	return false
}

// delegationSubject is the members of the delegation that is the
// subject of an Arabic-script meeting clause ("وفد نے … سے ملاقات کی",
// "التقى الوفد …", "پاکستانی وفد … ملاقات کرے گا"): the people named in
// earlier sentences about a delegation ("X کی قیادت میں … وفد", "وفد میں
// … A اور … B بھی شامل ہیں", "ترأس الوفد X") that report no meeting of
// their own. It is nil when a person stands between the noun and the
// trigger (in Urdu: before the noun), so the noun is not the subject.
func (d *doc) delegationSubject(si int, g *group, main hit) []string {
	if d.lang != "ar" && d.lang != "ur" {
		return nil
	}
	s := d.sents[si]
	at := -1
	for k := s.tok0; k < main.tok0; k++ {
		if closed().deleg[d.toks[k].key] {
			at = k
		}
	}
	if at < 0 && d.lang == "ar" && main.tok1 < s.tok1 && closed().deleg[d.toks[main.tok1].key] {
		at = main.tok1
	}
	// "دورے کے پہلے روز وفد نے X سے ملاقات کی": the ergative marks the
	// delegation the subject wherever the sentence's first trigger stands
	if at < 0 && d.lang == "ur" {
		for k := s.tok0; k+1 < s.tok1 && k < g.hi; k++ {
			if closed().deleg[d.toks[k].key] && d.toks[k+1].key == urNe && !d.personIn(s.tok0, k) {
				at = k
				break
			}
		}
	}
	// "استقبل السراج الوفد المصري", "وكان في استقبال الوفد X": the
	// delegation a host receives is its members too
	if at < 0 && d.lang == "ar" && main.p.kind == pHost {
		for k := main.tok1; k < s.tok1 && k < main.tok1+8 && !d.punctIn(k, k, breakMarks); k++ {
			if closed().deleg[d.toks[k].key] {
				at = k
				break
			}
		}
		if at < 0 {
			return nil
		}
		return d.arabicRoster(si, at)
	}
	if at < 0 || d.inQuote[at] {
		return nil
	}
	// Arabic puts the object after the subject noun ("وكان الوفد قد
	// التقى"), Urdu before the verb ("وفد نے … X سے ملاقات کی"): there
	// the noun must be the clause's first actor
	if at < main.tok0 && (d.lang == "ar" && d.personIn(at, main.tok0) || d.lang == "ur" && d.personIn(s.tok0, at)) {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for sj := si - 1; sj >= 0 && sj >= si-4; sj-- {
		t := d.sents[sj]
		has, trig := false, false
		for k := t.tok0; k < t.tok1; k++ {
			has = has || closed().deleg[d.toks[k].key]
		}
		for _, h := range d.sentHits(sj) {
			trig = trig || isTrigger(h.p.kind) && h.p.kind != pJoin
		}
		if !has || trig {
			continue
		}
		for _, m := range d.mentions {
			if m.tok0 >= t.tok0 && m.tok1 <= t.tok1 && m.kind == graph.KindPerson && !d.inQuote[m.tok0] && !seen[m.actor] {
				seen[m.actor] = true
				out = append(out, m.actor)
			}
		}
	}
	if d.lang == "ur" {
		// "X کی قیادت میں … وفد": the leader stands right before led_by,
		// in a sentence that may tell the trip itself
		for _, h := range d.hits {
			if h.p.kind != pLedBy || d.inQuote[h.tok0] || h.tok0 >= at || si-d.toks[h.tok0].sent > 4 {
				continue
			}
			for _, m := range d.mentions {
				if m.tok1 == h.tok0 && m.kind == graph.KindPerson && !seen[m.actor] {
					seen[m.actor] = true
					out = append([]string{m.actor}, out...)
				}
			}
		}
	}
	if d.lang == "ar" {
		for _, p := range d.arabicRoster(si, at) {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	if d.lang == "ur" {
		out = d.urduRoster(si, at, out, seen)
	}
	return out
}

// arabicRoster is the people an Arabic sentence up to four before a
// delegation noun (at token at of sentence si) names after a led_by or
// companion word ("وفد تركي يترأسه X ويضم Y", "وترأس الوفد X، وضمّ في
// عضويته Y"), up to the next event trigger of that sentence.
func (d *doc) arabicRoster(si, at int) []string {
	var out []string
	for _, h := range d.hits {
		if !d.rosterHit(h, si, at, 4) {
			continue
		}
		sj := d.toks[h.tok0].sent
		end := d.sents[sj].tok1
		for _, x := range d.sentHits(sj) {
			if x.tok0 >= h.tok1 && x.tok0 < end && isTrigger(x.p.kind) && x.p.kind != pJoin {
				end = x.tok0
			}
		}
		for _, m := range d.mentions {
			if m.tok0 >= h.tok1 && m.tok1 <= end && m.kind == graph.KindPerson && !d.inQuote[m.tok0] && !slices.Contains(out, m.actor) {
				out = append(out, m.actor)
			}
		}
	}
	// ("وصل X إلى طرابلس، يرافقه Y": X leads them)
	return d.withLeaders(out, si, at, 4, "")
}

// subjectDropped tells whether sentence si names no subject of its own in
// a language that drops it: it names someone, and every name outside a
// quotation is marked as no subject by an oblique word or case ending
// right after it ("Salı günü Abu Dabi'de Gargaş ile görüştü", "Kahire'de
// Sisi tarafından kabul edildi", "Dbeybe'yi ağırladı"). Its subject is
// the one the sentence before was about.
func (d *doc) subjectDropped(si int, ms []mention) bool {
	hs := d.sentHits(si)
	n := 0
	for _, m := range ms {
		if d.inQuote[m.tok0] {
			continue
		}
		if !d.kindIn(hs, m.tok1, m.tok1+1, pOblique) {
			return false
		}
		n++
	}
	// (a delegation, a pair or a counterpart phrase is a subject of its
	// own: "Türk heyetinin … ile bir araya gelmesi", "Rus mevkidaşı
	// Lavrov ile")
	s := d.sents[si]
	return n > 0 && !d.kindIn(hs, s.tok0, s.tok1, pDelegation, pBoth, pCounterpart, pPronoun)
}

// verbTriggerAt tells whether a meeting or hosting verb (no noun) starts
// at token k.
func (d *doc) verbTriggerAt(k int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k })
	for ; i < len(d.hits) && d.hits[i].tok0 == k; i++ {
		if d.hits[i].p.kind == pMeet || d.hits[i].p.kind == pHost {
			return true
		}
	}
	return false
}

// pronounAgent tells whether the first person sentence si names is the
// agent of a passive whose subject is a pronoun right before it ("…, wo
// sie von Außenminister X empfangen wurde"): the pronoun, not the agent,
// is whom the sentence is about.
func (d *doc) pronounAgent(si int, ms []mention) bool {
	s := d.sents[si]
	p := firstPerson(ms, s.tok1)
	if p >= s.tok1 {
		return false
	}
	hs := d.sentHits(si)
	for _, h := range hs {
		if h.p.kind != pAgent || h.tok0 >= p || p-h.tok1 > 3 || d.inQuote[h.tok0] || mentionIn(ms, h.tok1, p) {
			continue
		}
		for _, q := range hs {
			if q.p.kind == pPronoun && q.tok1 == h.tok0 {
				return true
			}
			// (a German middle field may stand between: "Dort wurde er
			// Anfang Juli von Außenminister X empfangen", "Dass er dort
			// von X empfangen wurde")
			if d.lang == "de" && q.p.kind == pPronoun && q.tok1 < h.tok0 && h.tok0-q.tok1 <= 5 && !d.punctIn(q.tok1, h.tok0, ",;:") && !mentionIn(ms, q.tok1, h.tok0) {
				return true
			}
		}
	}
	return false
}

// weekdayBefore is where written date e starts, or, when a weekday stands
// right before it ("Donnerstag, dem 17. September"), where the weekday
// does.
func (d *doc) weekdayBefore(e dateExpr) int {
	if e.kind != dateAbsolute {
		return e.tok0
	}
	for _, w := range d.dates {
		if w.sent == e.sent && w.kind == dateWeekday && w.tok1 <= e.tok0 && e.tok0-w.tok1 <= 1 {
			return w.tok0
		}
	}
	return e.tok0
}

// writtenDayOf is the date written to the day beside weekday e, the two
// naming one day ("Le lundi 13 janvier", "On Monday, 13 January", "Am
// Montag, dem 13. Januar", "13 Ocak Pazartesi günü"): the written date
// holds its month and year, where the weekday alone would be counted
// from the paper. Any other expression, or a weekday with no day beside
// it, is e itself.
func (d *doc) writtenDayOf(e dateExpr) dateExpr {
	if e.kind != dateWeekday {
		return e
	}
	for _, o := range d.dates {
		if o.sent != e.sent || o.kind != dateAbsolute || o.loose || o.date.Day == 0 || o.date.Month == 0 {
			continue
		}
		if o.tok0 >= e.tok1 && o.tok0-e.tok1 <= 2 || o.tok1 <= e.tok0 && e.tok0-o.tok1 <= 1 {
			return o
		}
	}
	return e
}

// mannerNamesNone tells whether the clause of manner cue g (a telephone
// or video word closing a meeting's clause) names no one up to the comma
// that ends it: "doivent s'entretenir jeudi par visioconférence, et
// l'Élysée a fait savoir …" is the manner of the talk before it, whoever
// the next clause names.
func (d *doc) mannerNamesNone(g *group) bool {
	end := g.hi
	for k := g.trigs[0].tok1; k < g.hi; k++ {
		if d.punctIn(k, k, ",،;:") {
			end = k
			break
		}
	}
	return !mentionIn(g.mentions, g.lo, end)
}

// otherMedium tells whether a "took part" sentence tells a remote event
// of its own: a video or telephone trigger of a medium no event of the
// last event's sentence has ("M. Saïed a eu un entretien téléphonique
// avec Tebboune. Le même jour, M. Jerandi a participé à une
// visioconférence avec ses homologues …" is a second event, not more
// people on the call).
func (d *doc) otherMedium(trigs []hit, last int) bool {
	for _, t := range trigs {
		mode := graph.ModeCall
		switch {
		case t.p.kind == pVideo:
			mode = graph.ModeVideo
		case classOf(t.p.kind) != "call":
			continue
		}
		told := false
		for _, ev := range d.meetings {
			if ev.sent == last && ev.m.Mode == mode {
				told = true
			}
		}
		if !told {
			return true
		}
	}
	return false
}

// pronounBeforePartner tells whether, in a German clause that closes on
// its participle, a subject pronoun stands before the partner the clause
// names: "Bereits am Montag hatte sie mit Luigi Di Maio telefoniert" is
// the call of the one the pronoun stands for.
func (d *doc) pronounBeforePartner(g *group) bool {
	if d.lang != "de" || len(g.mentions) == 0 {
		return false
	}
	first := g.mentions[0].tok0
	for _, m := range g.mentions {
		first = min(first, m.tok0)
	}
	return first < g.trigs[0].tok0 && first > g.lo && d.pronounIn(g.lo, first) && !mentionIn(g.mentions, g.trigs[0].tok1, g.hi)
}

// sceneElsewhere tells whether a held meeting or visit told before is
// placed away from the dateline ("ANKARA – Akar … Trablus'a resmi bir
// ziyaret gerçekleştirdi. … Trablus'ta … kabul edildi. Heyet daha sonra
// … bir araya geldi"): the desk files from home about a trip, and the
// dateline is no scene of the meetings told without a place.
func (d *doc) sceneElsewhere() bool {
	for _, e := range d.meetings {
		p := e.m.Place
		if e.m.Status != graph.StatusHeld || e.m.Mode != graph.ModeInPerson && e.m.Mode != graph.ModeVisit || p == "" || p == d.dateline {
			continue
		}
		if d.isCountry(p) && d.countryOf(d.dateline) == p {
			continue
		}
		return true
	}
	return false
}

// predicateCue tells whether a meeting noun's own predicate, past the
// relative clause that closes the noun's clause at hi, calls it off ("The
// meeting between X and Y, which was to take place on Tuesday in Rome,
// has been postponed", "Встреча X с Y, которая должна была пройти во
// вторник, перенесена"): a cancelled cue at most six words after the
// comma that closes the relative clause, before the next trigger or
// clause mark.
func (d *doc) predicateCue(si, hi int, hs []hit) bool {
	s := d.sents[si]
	if hi >= s.tok1 || !d.hitStartsWithKind(hi, pRelPron) || !strings.Contains(d.toks[hi].punct, ",") {
		return false
	}
	c := -1
	for k := hi + 1; k < s.tok1; k++ {
		if strings.ContainsAny(d.toks[k].punct, ";:") {
			return false
		}
		if strings.Contains(d.toks[k].punct, ",") {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	for _, h := range hs {
		if h.tok0 < c || d.inQuote[h.tok0] || ignored(h, hs) {
			continue
		}
		// ("was called off": the call verb inside the cancelled phrase
		// is no trigger of its own)
		if isTrigger(h.p.kind) && d.insideHit(h, pCancelled) {
			continue
		}
		if isTrigger(h.p.kind) || h.tok0-c > 6 || d.punctIn(c+1, h.tok0, ",;:") {
			break
		}
		if h.p.kind == pCancelled {
			return true
		}
	}
	return false
}

// subjectVisitNoun tells whether trigger main is a visit phrase that
// opens its sentence, an article or determiner before it at most ("A
// stop in Benghazi to see Haftar, which …, was called off", "Ein Besuch
// in Ankara, der …, wurde abgesagt"): the noun phrase is the subject
// whose predicate predicateCue reads, not a visit verb's object.
func (d *doc) subjectVisitNoun(si int, main hit) bool {
	return main.p.kind == pVisit && main.tok0-d.sents[si].tok0 <= 2
}

// meetingNounAfter tells whether a meeting, call or visit phrase, or a
// phrase pointing back at an event told before, starts within two words
// after date expression e or ends right before it ("the eve of the
// talks", "la veille de la réunion", "ملاقات سے ایک روز قبل"): the event
// it counts from is one the story tells.
func (d *doc) meetingNounAfter(e dateExpr) bool {
	// (before it in a postpositional language: "ملاقات سے ایک روز قبل")
	for _, h := range d.hitsEndingAt(e.tok0) {
		if verbFinal[d.lang] && (isTrigger(h.p.kind) || h.p.kind == pAnaphor) {
			return true
		}
	}
	for k := e.tok1; k < e.tok1+3 && k < len(d.toks) && d.toks[k].sent == e.sent; k++ {
		for _, h := range d.hitsStartingAt(k) {
			if isTrigger(h.p.kind) || h.p.kind == pAnaphor {
				return true
			}
		}
	}
	return false
}

// otherDayIn is the day written in e's sentence nearest to e, other than
// e: a written date, weekday or "yesterday" outside quotes and the
// dateline.
func (d *doc) otherDayIn(e dateExpr) (dateExpr, bool) {
	var res dateExpr
	ok, best := false, 1<<30
	for _, o := range d.dates {
		if o.sent != e.sent || o.tok0 == e.tok0 || !d.dayDate(o) || o.sent == d.datelineSent && o.tok0 < d.datelineEnd {
			continue
		}
		if dist := abs(o.tok0 - e.tok0); dist < best {
			res, ok, best = o, true, dist
		}
	}
	return res, ok
}

// flashback tells whether meeting e is dated, to the day, two days or
// more before a held meeting told before it: background told out of
// order, whose day and city a meeting told after it does not go on with.
func (d *doc) flashback(e *event) bool {
	if e.m.Date.Day == 0 || e.m.Date.Month == 0 {
		return false
	}
	for _, o := range d.meetings {
		if o == e {
			break
		}
		if o.m.Status != graph.StatusHeld || o.m.Date.Day == 0 || o.m.Date.Month == 0 {
			continue
		}
		a, b := e.m.Date, o.m.Date
		if a.Year == 0 || b.Year == 0 {
			a.Year, b.Year = 2001, 2001
		}
		if toTime(b).Sub(toTime(a)) >= 48*time.Hour {
			return true
		}
	}
	return false
}

// laterClauseCue tells whether planned or cancelled cue h, past a comma
// after the event's trigger main and in the clause that runs, with no
// comma, up to the next trigger at hi, is that later clause's: "telefonierte
// am Montag mit Lawrow, am Freitag will er Schukri empfangen", "обсудил …
// по телефону с Лавровым, а в среду … планирует принять Бартоло".
func (d *doc) laterClauseCue(si int, main, h hit, hi int) bool {
	if h.tok0 <= main.tok1 || hi >= d.sents[si].tok1 || !d.triggerAt(hi) || h.tok1 > hi {
		return false
	}
	return d.punctIn(main.tok1, h.tok0-1, ",;") && !d.punctIn(h.tok1-1, hi-1, ",;")
}

// earlierClauseCue is the other side of laterClauseCue: a planned or
// cancelled cue before the event's own group (lo), past a comma after an
// earlier trigger of the sentence, or with no trigger before it at all,
// and with no comma nor trigger between it and the event's trigger main,
// gives the event its status.
func (d *doc) earlierClauseCue(si, lo int, main hit, hs []hit, status string) string {
	s := d.sents[si]
	if lo <= s.tok0 {
		return status
	}
	for _, h := range hs {
		if h.p.kind != pPlanned && h.p.kind != pCancelled || h.tok0 >= lo || h.tok0 < s.tok0 || h.tok1 > main.tok0 || d.inQuote[h.tok0] || ignored(h, hs) {
			continue
		}
		if d.punctIn(h.tok1-1, main.tok0-1, ",;،؛") {
			continue
		}
		before, between := false, false
		for _, t := range hs {
			if !isTrigger(t.p.kind) {
				continue
			}
			if t.tok1 <= h.tok0 && t.tok0 >= s.tok0 && d.punctIn(t.tok1, h.tok0-1, ",;") {
				before = true
			}
			if t.tok0 >= h.tok1 && t.tok0 < main.tok0 {
				between = true
			}
		}
		// (with no trigger before it, the cue opens main's own clause:
		// "Lamorgese is expected to travel to Tripoli next month to meet
		// Mazen", "حيث من المقرر أن يلتقي"; unless it modifies a topic)
		if between || !before && d.topicCue(h, main, hs) {
			continue
		}
		if h.p.kind == pCancelled {
			return graph.StatusCancelled
		}
		status = graph.StatusPlanned
	}
	return status
}

// titleRemit tells whether country mention m is the remit of a title
// whose holder is named right after its comma: "the UN envoy for Libya,
// Stephanie Williams", "la enviada de la ONU para Libia, Stephanie
// Williams", "l'envoyée de l'ONU pour la Libye, …", "der UN-Gesandten für
// Libyen, …". The country (after a `remit` word, an article between at
// most) is no party of the event.
func (d *doc) titleRemit(m mention, ms []mention) bool {
	if m.kind != graph.KindCountry || m.tok1 >= len(d.toks) || !slices.ContainsFunc(ms, func(o mention) bool { return o.tok0 == m.tok1 && o.kind == graph.KindPerson }) {
		return false
	}
	// (with no comma, a title and its link words right before the
	// country, no mark inside its last word: "السفير الأمريكي لدى ليبيا
	// ريتشارد نورلاند", "посла США в Ливии Ричарда Норланда")
	if d.titlePlace(m.tok0, -1) && d.toks[m.tok1-1].punct == "" {
		return true
	}
	if m.tok0 == 0 || !strings.Contains(d.toks[m.tok1].punct, ",") || d.toks[m.tok0].punct != "" {
		return false
	}
	return d.hitEndsAt(m.tok0, 0, pRemit) || d.toks[m.tok0-1].punct == "" && d.hitEndsAt(m.tok0-1, 0, pRemit)
}

// dayBeforeTold tells whether event ev of sentence si is told as the day
// before the story's day ("İstişareler, … bir gün önce gerçekleştirilen
// telefon görüşmesinin ardından yapıldı"): dated before the anchor by a
// day-shifting word of its sentence that counts back, it does not move
// the story's day, which "the same day" after it still means.
func (d *doc) dayBeforeTold(si int, ev *event, anchor graph.Date) bool {
	if anchor.Day == 0 || anchor.Month == 0 || !d.nearDay(ev.m.Date, anchor) {
		return false
	}
	a, b := ev.m.Date, anchor
	if a.Year == 0 || b.Year == 0 {
		a.Year, b.Year = 2001, 2001
	}
	if !toTime(a).Before(toTime(b)) {
		return false
	}
	for _, e := range d.dates {
		if e.sent == si && e.kind == dateAnchor && e.days < 0 {
			return true
		}
	}
	return false
}

// eventNounRelative tells whether the relative clause opened by h right
// after the event's trigger, with no one named before it in the clause,
// tells the event itself: "the phone call that Erdoğan held with Sarraj",
// "Телефонный разговор, который Эрдоган провёл с Сараджем", "la
// telefonata che Erdogan ha avuto con Sarraj". Its names are the
// event's.
func (d *doc) eventNounRelative(g *group, h hit, lo int) bool {
	last := g.trigs[len(g.trigs)-1].tok1
	if h.tok0 > last+1 {
		return false
	}
	named := 0
	for _, m := range g.mentions {
		if m.tok0 >= lo && m.tok0 < h.tok0 {
			return false
		}
		if m.tok0 >= h.tok1 && m.kind == graph.KindPerson {
			named++
		}
	}
	return named >= 2
}

// sentenceDayAnchor dates "the same day" or "the next day" by a day
// written before it in its own sentence ("On 17 December X met A in
// Benghazi and was received by B in Tripoli the same day", "17 Aralık'ta
// … görüşmüş, aynı gün … kabul edilmişti"), not by the event told last
// before the sentence, which may be months away.
func (d *doc) sentenceDayAnchor(e dateExpr, status string, anchor graph.Date) (graph.Date, bool) {
	if e.kind != dateAnchor {
		return graph.Date{}, false
	}
	b, ok := d.dayBefore(e)
	if !ok || b.kind != dateAbsolute {
		return graph.Date{}, false
	}
	dt := d.resolve(b, graph.StatusHeld, anchor)
	if dt.Day == 0 || dt.Month == 0 {
		return graph.Date{}, false
	}
	return shiftDays(dt, e.days), true
}

// splitThen makes two meetings of one whose partners a `then` word parts
// ("met Sarraj and then Haftar", "استقبل تبون السراج، ثم تشاووش أوغلو",
// "встретился с Хафтаром, а затем с Сараджем", "önce Menfi, ardından
// Dbeybe ile görüştü", "پہلے السراج سے اور پھر حفتر سے"): the partners
// named right before the word, back to the subject, and those named after
// it, each with the subject and anyone else of the meeting. A date after
// the word is the later meeting's ("…, ثم تشاووش أوغلو بعد ذلك بيومين").
// The two sets of partners did not meet each other.
func (d *doc) splitThen(evs []*event, g *group, hs []hit, si int) []*event {
	var th hit
	found := false
	for _, h := range hs {
		// (an ignore phrase holds no `then`: "the then prime minister")
		if h.p.kind == pThen && h.tok0 >= g.lo && h.tok0 < g.hi && !d.inQuote[h.tok0] && !ignored(h, hs) {
			th, found = h, true
			break
		}
	}
	// (in a verb-final language, a participle or converb told first, its
	// partner marked as no subject, parts the clause as the word does:
	// "Menfi ile görüşen Maas, Dbeybe tarafından kabul edildi")
	chained := false
	fp := slices.IndexFunc(g.mentions, func(m mention) bool { return m.kind == graph.KindPerson && !m.loc && !m.dir })
	if !found && verbFinal[d.lang] && len(g.trigs) >= 2 && fp >= 0 && d.obliqueName(g.mentions[fp], hs) {
		if main := d.mainSubject(g.mentions[fp].actor, g.mentions, hs); main != "" {
			t0 := g.trigs[0]
			at := slices.IndexFunc(g.mentions, func(m mention) bool { return m.actor == main })
			if g.mentions[at].tok0 >= t0.tok1 && slices.ContainsFunc(g.trigs[1:], func(t hit) bool { return t.tok0 >= g.mentions[at].tok1 && classOf(t.p.kind) == "meet" }) {
				th, found, chained = hit{p: t0.p, tok0: t0.tok1, tok1: t0.tok1}, true, true
			}
		}
	}
	if !found && !verbFinal[d.lang] {
		th, found = d.andLater(g, hs, si)
	}
	if !found || !chained && !d.thenAfterPartner(g, th) {
		return evs
	}
	// (in a language whose verb comes first, a trigger after the word is a
	// clause of its own: "ثم جاء الرئيس التونسي … في أول زيارة")
	if !verbFinal[d.lang] && slices.ContainsFunc(hs, func(h hit) bool { return isTrigger(h.p.kind) && h.tok0 >= th.tok1 && h.tok0 < g.hi }) {
		return evs
	}
	out := make([]*event, 0, len(evs)+1)
	for _, ev := range evs {
		if ev == nil || len(ev.parts) < 3 || ev.m.Mode != graph.ModeInPerson && ev.m.Mode != graph.ModeVisit && !d.remoteThen(ev, g, th) {
			out = append(out, ev)
			continue
		}
		subject := ev.parts[0]
		// (the partner of a participle told first is no subject: "Menfi ile
		// görüşen Maas, öğleden sonra Dbeybe ile bir araya geldi")
		main := ""
		if k := slices.IndexFunc(g.mentions, func(m mention) bool { return m.actor == subject }); k >= 0 && d.obliqueName(g.mentions[k], hs) {
			main = d.mainSubject(subject, g.mentions, hs)
		}
		if chained && main == "" {
			out = append(out, ev)
			continue
		}
		if main != "" && contains(ev.parts, main) {
			subject = main
		}
		var before, after []string
		for _, m := range g.mentions {
			if m.loc || m.dir || !contains(ev.parts, m.actor) || m.actor == subject {
				continue
			}
			if m.tok0 >= th.tok1 && !contains(after, m.actor) {
				after = append(after, m.actor)
			}
			if main != "" && m.tok1 <= th.tok0 && !contains(before, m.actor) && !contains(after, m.actor) {
				before = append(before, m.actor)
			}
		}
		// the one named right before the word, with those coordinated with
		// him: "Miçotakis önce Menfi, ardından …", "Maas met Sarraj and
		// then Haftar", "önce Serrac ve … Mişri ile, ardından …"
		var next *mention
		for i := len(g.mentions) - 1; i >= 0 && main == ""; i-- {
			m := g.mentions[i]
			if m.tok1 > th.tok0 || m.loc || m.dir || !contains(ev.parts, m.actor) {
				continue
			}
			if next != nil && !d.coordinated(m, *next) {
				break
			}
			// (a word right after the verb, no partner between, is its
			// adverb: "se reunió después con Di Maio")
			if next == nil && slices.ContainsFunc(g.trigs, func(t hit) bool { return t.tok0 >= m.tok1 && t.tok1 <= th.tok0 }) {
				break
			}
			if m.actor == subject {
				// (a subject in the list is no subject: "Dört bakan önce
				// Serrac ve Mişri ile, ardından Hafter ile görüştü")
				if next != nil {
					before = nil
				}
				break
			}
			if !contains(before, m.actor) && !contains(after, m.actor) {
				before = append([]string{m.actor}, before...)
			}
			next = &g.mentions[i]
		}
		if len(before) == 0 || len(after) == 0 {
			out = append(out, ev)
			continue
		}
		var others []string
		for _, p := range ev.parts {
			if !contains(before, p) && !contains(after, p) {
				others = append(others, p)
			}
		}
		first := d.subEvent(ev, g, append(append([]string{}, others...), before...), 0)
		second := d.subEvent(ev, g, append(append([]string{}, others...), after...), 1)
		if slices.ContainsFunc(d.dates, func(e dateExpr) bool { return e.sent == si && e.tok0 >= th.tok1 && e.tok0 < g.hi }) {
			if dt := d.eventDate(si, th.tok1, g.hi, th.tok1, ev.m.Status, first.m.Date); !dt.IsZero() {
				second.m.Date = dt
			}
		}
		// (a located place after the word is the later meeting's: "التقى
		// دي مايو حفتر في بنغازي، ثم السراج في طرابلس")
		for _, p := range d.placeMs {
			if p.loc && p.tok0 >= th.tok1 && p.tok0 < g.hi && d.toks[p.tok0].sent == si && !d.inQuote[p.tok0] && !contains(ev.parts, p.place) {
				second.m.Place = p.place
				break
			}
		}
		for _, p := range before {
			for _, q := range after {
				d.apart[pairKey(p, q)] = true
			}
		}
		out = append(out, first, second)
	}
	return out
}

// coordinated tells whether names a and b, a first, stand in one list:
// joined by an "and" (in Arabic the "و" written on b) with no comma or
// clause mark between. (A comma after a name sets off the subject:
// "Akar, Serrac'la görüşmesinin ardından …".)
func (d *doc) coordinated(a, b mention) bool {
	// (a token's punct is the punctuation before it)
	if b.tok0 < a.tok1 || d.punctIn(a.tok1, b.tok0, ";؛:") {
		return false
	}
	if b.tok0 == a.tok1 {
		t := d.toks[b.tok0]
		return d.lang == "ar" && t.punct == "" && b.start > t.start && strings.HasPrefix(t.norm, "و")
	}
	return !d.punctIn(a.tok1, b.tok0, ",،") && d.kindBetween(a.tok1, b.tok0, pAnd)
}

// mainSubject is the subject of the main clause when the sentence opens
// with a meeting told in a participle, converb or "after" phrase whose
// partner is named first, marked as no subject ("Menfi ile görüşen Maas,
// öğleden sonra Dbeybe ile bir araya geldi", "Встретившись с Менфи, Маас
// провёл переговоры с Дбейбой", "وبعد لقائه المنفي، أجرى ماس محادثات مع
// الدبيبة"): the first person named after him with no such mark. The
// events after the first take it as their subject; "" when the subject
// stands.
func (d *doc) mainSubject(subject string, ms []mention, hs []hit) string {
	k := slices.IndexFunc(ms, func(m mention) bool { return m.actor == subject })
	if k < 0 || !d.obliqueName(ms[k], hs) {
		return ""
	}
	for _, m := range ms[k+1:] {
		if m.kind == graph.KindPerson && m.actor != subject && !d.inQuote[m.tok0] && !d.supported(m) && !d.obliqueName(m, hs) {
			return m.actor
		}
	}
	return ""
}

// obliqueName tells whether name m is marked as no subject: a Turkish
// `oblique` word or ending after it ("Menfi ile", "Serrac'la"), Russian
// "с" before it, Arabic "مع" before it or a verbal noun with a pronoun
// suffix right before it ("لقائه المنفي"), Urdu "سے" or "کو" after it.
func (d *doc) obliqueName(m mention, hs []hit) bool {
	prev, next := "", ""
	if m.tok0 > 0 && d.toks[m.tok0].punct == "" {
		prev = d.toks[m.tok0-1].norm
	}
	if m.tok1 < len(d.toks) && d.toks[m.tok1].punct == "" {
		next = d.toks[m.tok1].norm
	}
	switch d.lang {
	case "tr":
		return d.kindIn(hs, m.tok1, m.tok1+1, pOblique)
	case "ru":
		return prev == "с" || prev == "со"
	case "ar":
		if prev == "مع" || prev == "ومع" {
			return true
		}
		return (strings.HasSuffix(prev, "ه") || strings.HasSuffix(prev, "ها")) && d.kindIn(hs, m.tok0-1, m.tok0, pMeetNoun, pMeet, pHost)
	case "ur":
		return next == "سے" || next == "کو"
	case "en", "fr", "it", "es":
		return d.inOpeningAfter(m)
	}
	return false
}

// inOpeningAfter tells whether name m stands in an "after" phrase that
// opens its sentence and a comma closes after m ("After meeting Sarraj on
// Monday, Di Maio …", "Après avoir rencontré Sarraj lundi, …", "Tras
// reunirse con Serraj, …"): the phrase's partner, no subject of the main
// clause.
func (d *doc) inOpeningAfter(m mention) bool {
	s := d.sents[d.toks[m.tok0].sent]
	if d.inQuote[m.tok0] || d.punctIn(s.tok0+1, m.tok0, ",،;:") {
		return false
	}
	opens := slices.ContainsFunc(d.hitsStartingAt(s.tok0), func(a hit) bool { return a.p.kind == pAfter && a.tok1 <= m.tok0 })
	return opens && d.punctIn(m.tok1, s.tok1-1, ",،")
}

// thenAfterPartner tells whether the `then` word th stands after a
// partner the meeting verb takes ("met Sarraj, then Haftar"), not right
// after the verb before any partner ("se entrevistó después con Siala",
// "met later with Haftar"), where it only dates the one meeting. A
// verb-final language names the partners before the verb: always.
func (d *doc) thenAfterPartner(g *group, th hit) bool {
	if verbFinal[d.lang] {
		return true
	}
	for _, t := range g.trigs {
		if t.p.kind == pJoin || t.tok1 > th.tok0 {
			continue
		}
		for _, m := range g.mentions {
			if !m.loc && !m.dir && m.tok0 >= t.tok1 && m.tok1 <= th.tok0 {
				return true
			}
		}
	}
	return false
}

// companionOfOwnSubject tells whether every taking-part word of the
// sentence is a `companion` phrase in a relative clause about the subject
// of its first trigger ("Sánchez, que llegó acompañado de la ministra,
// Arancha González Laya, fue recibido también por Menfi", "Maas, der von
// Annen begleitet wurde, traf Sarradsch"): the companions came with the
// subject to the sentence's own event, which is new, not the one told
// before.
func (d *doc) companionOfOwnSubject(trigs, hs []hit) bool {
	if len(trigs) == 0 {
		return false
	}
	any := false
	for _, h := range hs {
		if h.p.kind != pJoin {
			continue
		}
		if h.tok0 >= trigs[0].tok0 || !d.startsKind(h.tok0, pCompanion) && !d.startsKind(h.tok0, pEscortEnd) || !d.subjectRelative(h.tok0, trigs[0].tok0) {
			return false
		}
		any = true
	}
	return any
}

// joinOfOwnEvent: the sentence's first taking-part word ("участвовал",
// "an dem … teilnahm", "who was accompanied by") stands in a clause past
// a comma after a meeting verb of the sentence itself, whose clause names
// two people, its subject and partner ("Лавров провёл встречу с Мангуш,
// в которой участвовал и Богданов", "führte er Gespräche mit Boukadoum,
// an denen auch Wendt teilnahm"): those it names took part in that
// meeting, which is a new one, not the event told before.
func (d *doc) joinOfOwnEvent(trigs, hs []hit, ms []mention) bool {
	first := -1
	for _, h := range hs {
		if h.p.kind == pJoin {
			first = h.tok0
			break
		}
	}
	if first < 0 {
		return false
	}
	for _, t := range trigs {
		switch t.p.kind {
		case pMeet, pHost, pVisit, pCall, pCallFrom, pVideo:
		default:
			continue
		}
		if t.tok1 > first {
			continue
		}
		// the comma that opens the taking-part clause
		comma := -1
		for k := first - 1; k >= t.tok1-1; k-- {
			if strings.ContainsAny(d.toks[k].punct, ",;") {
				comma = k
				break
			}
		}
		if comma < 0 {
			continue
		}
		people := map[string]bool{}
		for _, m := range ms {
			if m.tok1 <= comma+1 && m.kind == "person" && !m.loc {
				people[m.actor] = true
			}
		}
		// a pronoun subject or object of the verb itself ("he held
		// talks with", "führte er Gespräche", "hosted him")
		for _, h := range hs {
			if h.p.kind == pPronoun && h.tok1 >= t.tok0-1 && h.tok0 <= t.tok1 {
				people[""] = true
			}
		}
		if len(people) >= 2 {
			return true
		}
	}
	return false
}

// denialColonCut finds a colon between trigger t and the next one, when
// the clause up to the colon denies a meeting ("X et Y ne se sont pas
// rencontrés : Lavrov a reçu séparément chacune des délégations"): the
// clause after it explains how the talks went and is another event. It
// is the colon's token, or -1.
func (d *doc) denialColonCut(s sentence, t, next hit) int {
	// (told by a verb with people of its own, not a noun pointing back:
	// "Non c'è stato il faccia a faccia …: l'incontro è saltato")
	if next.p.kind != pMeet && next.p.kind != pHost {
		return -1
	}
	for k := next.tok0; k > t.tok0; k-- {
		if strings.Contains(d.toks[k].punct, ":") && !d.inQuote[k] {
			if (t.p.kind == pNegated || d.kindBetween(s.tok0, k, pNegated) || d.kindBetween(s.tok0, k, pNegation)) && d.personIn(k, min(next.tok1+8, s.tok1)) {
				return k
			}
			return -1
		}
	}
	return -1
}

// denialClauseMarks close or open a denial's clause of its own: a
// semicolon, or a colon or dash that explains ("X and Y did not meet:
// Lavrov received each delegation in turn", "verhandelten getrennt mit
// beiden Delegationen – X und Y trafen sich nicht").
const denialClauseMarks = ";؛:–—"

// denialOfItsOwn tells whether the denial at trigger token b stands in a
// clause of its own after a semicolon that follows event e's trigger and
// names someone, but not the pair of e nor the pair of the event before
// ("Лавров провёл переговоры с Сараджем; Хафтар с ним не встретился",
// "Lavrov Serrac ile görüştü; Hafter ise Saleh ile görüşmedi"): e, told
// before it, stands. (A denial that names both of e's people, or a
// `both` phrase, is about e: "… was to meet Y; the two did not meet".)
func (d *doc) denialOfItsOwn(e *event, b int) bool {
	if e == nil || d.toks[e.trig].sent != d.toks[b].sent {
		return false
	}
	// (a denial told first, in a clause closed by a semicolon, leaves the
	// meetings of the clauses after it standing: "X ile Y yüz yüze
	// görüşmedi; iki lider, Lavrov ile ayrı ayrı görüştü", "did not meet;
	// the two leaders held separate talks with Lavrov")
	if e.trig > b {
		// (told by a verb of its own, not a noun: "…; iki bakanın bir
		// araya gelmesi için bir tarih belirlenmedi" is about the pair denied)
		verb := false
		for _, h := range d.sentHits(d.toks[b].sent) {
			if h.tok0 == e.trig && (h.p.kind == pMeet || h.p.kind == pHost) {
				verb = true
			}
		}
		// (or by a coordinated clause with a subject of its own, who is no
		// one of the pair denied: "…, and Merkel held separate talks with
		// each of them", "…, а Меркель провела переговоры", "… اور میرکل نے
		// دونوں سے الگ الگ بات چیت کی")
		if verb && len(e.parts) >= 2 && d.newSubjectAfterDenial(e, b) {
			end := d.sents[d.toks[b].sent].tok1
			return !d.kindBetween(e.trig, end, pNegation) && !d.kindBetween(e.trig, end, pNegated)
		}
		for k := b + 1; k <= e.trig; k++ {
			if strings.ContainsAny(d.toks[k].punct, denialClauseMarks) && !d.inQuote[k] {
				// (and denying nothing itself: "…; bir tarih yok")
				end := d.sents[d.toks[b].sent].tok1
				return verb && len(e.parts) >= 2 && !d.kindBetween(k, end, pNegation) && !d.kindBetween(k, end, pNegated)
			}
		}
		return false
	}
	semi := -1
	for k := e.trig; k < b; k++ {
		if strings.ContainsAny(d.toks[k].punct, denialClauseMarks) && !d.inQuote[k] {
			semi = k
		}
	}
	if semi < 0 || d.kindBetween(semi, b, pBoth) {
		return false
	}
	end := d.sents[d.toks[b].sent].tok1
	named, shared := 0, map[string]bool{}
	for _, m := range d.actorMentions(semi, end) {
		if m.kind != graph.KindPerson {
			continue
		}
		named++
		if contains(e.parts, m.actor) {
			shared[m.actor] = true
		}
	}
	return named > 0 && len(shared) < 2
}

// semicolonAfterVerb finds a semicolon right after trigger t, before the
// next trigger, with someone named (or a `both` phrase) between it and
// that trigger: in a
// verb-final clause the verb ends the clause ("Serrac ile görüştü; Hafter
// ise Saleh ile görüşmedi", "سے ملاقات کی؛ حفتر نے …"), and the next
// clause, with a subject of its own, is another event. It is the
// semicolon's token, or -1. (A clause naming no one, "…; bu ziyaret",
// still tells the event before.)
func (d *doc) semicolonAfterVerb(t, next hit, ms []mention) int {
	k := t.tok1
	if k >= next.tok0 || !strings.ContainsAny(d.toks[k].punct, ";؛") || d.inQuote[k] {
		return -1
	}
	if !mentionIn(ms, k, next.tok0) && !d.kindBetween(k, next.tok0, pBoth) {
		return -1
	}
	return k
}

// joinNamesNoOne: Arabic names those taking part right after the word
// ("بحضور X", "وفد ضم X"); a taking-part word with no one named after it
// before the sentence's next trigger ("على رأس وفد ضم أحد عشر وزيراً،
// التقى خلالها الدبيبة") adds no one to the event told before, and a
// sentence that tells a meeting of its own, with two people, is that
// meeting.
func (d *doc) joinNamesNoOne(trigs, hs []hit, ms []mention) bool {
	if d.lang != "ar" || len(trigs) == 0 {
		return false
	}
	people := map[string]bool{}
	for _, m := range ms {
		if m.kind == graph.KindPerson && !m.loc {
			people[m.actor] = true
		}
	}
	if len(people) < 2 {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pJoin || d.inQuote[h.tok0] {
			continue
		}
		end := d.sents[d.toks[h.tok0].sent].tok1
		for _, t := range trigs {
			if t.tok0 >= h.tok1 && t.tok0 < end {
				end = t.tok0
			}
		}
		if mentionIn(ms, h.tok1, end) {
			return false
		}
	}
	return true
}

// newSubjectAfterDenial tells whether, between the denial at token b and
// event e's trigger, a comma or an "and" opens a clause whose subject, a
// person of e named within three words of it, is none of the people the
// denial named.
func (d *doc) newSubjectAfterDenial(e *event, b int) bool {
	for _, m := range d.actorMentions(b+1, e.trig) {
		if m.kind != graph.KindPerson || contains(d.negParts, m.actor) || !contains(e.parts, m.actor) {
			continue
		}
		for k := max(b+1, m.tok0-3); k <= m.tok0; k++ {
			if strings.ContainsAny(d.toks[k].punct, ",،") && !d.inQuote[k] || d.hitStartsWithKind(k, pAnd) {
				return true
			}
		}
	}
	return false
}

// groupOpens tells whether a group phrase (`both`, `group_three`,
// `group_four`: "the three ministers", "les trois ministres", "i tre
// ministri", "die drei Minister", "три министра") is the subject of
// sentence si: it stands before the sentence's first trigger, outside a
// quote, with no person named before it.
func (d *doc) groupOpens(si int, ms []mention, hs []hit, first hit) bool {
	s := d.sents[si]
	for _, h := range hs {
		if h.p.kind != pBoth || h.tok0 < s.tok0 || h.tok0 >= first.tok0 || d.inQuote[h.tok0] {
			continue
		}
		return !slices.ContainsFunc(ms, func(m mention) bool { return m.kind == graph.KindPerson && m.tok0 < h.tok0 })
	}
	return false
}

// andSubjectLangs name the subject of a clause before its verb, by a
// name or a pronoun ("\u201c…,\u201d he told the Assembly"): see
// pronounOnly.
var andSubjectLangs = map[string]bool{"en": true, "fr": true, "it": true, "es": true}

// pronounOnly tells whether sentence si, in en fr it es, names no person
// outside quotes and has a pronoun there ("\u201cWe arm no one,\u201d he
// told the National Assembly"): its subject is the one the sentence
// before was about, and goes on to a pronoun in the next.
func (d *doc) pronounOnly(si int, ms []mention) bool {
	if !andSubjectLangs[d.lang] {
		return false
	}
	for _, m := range ms {
		if m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
			return false
		}
	}
	s := d.sents[si]
	return d.pronounIn(s.tok0, s.tok1)
}

// pronounChain is whom the pronoun of sentence si, which names no person
// itself (pronounOnly), stands for: the subject of the sentence before
// when its gender fits the pronoun's, else the last person of the
// pronoun's gender named in the sentences before ("… with Saied greeting
// Williams. \u201c…,\u201d she told them."); "" if none.
func (d *doc) pronounChain(si, depth int) string {
	s := d.sents[si]
	fem, ok := false, false
	for k := s.tok0; k < s.tok1 && !ok; k++ {
		if !d.inQuote[k] {
			fem, ok = d.pronounGender(k, k+1)
		}
	}
	prev := d.lastSubjectDepth(si-1, depth-1)
	if _, known := d.x.lx.actorIdx[prev]; prev != "" && (!ok || !known || d.female(prev) == fem) {
		return prev
	}
	if ok {
		if p := d.lastOfGender(fem, s.tok0); p != "" {
			return p
		}
		return d.protagonistOfGender(fem, s.tok0)
	}
	return ""
}

// signedByNoPair tells whether g's triggers are all `sign` verbs
// ("signed", "firmaron", "unterzeichneten") and its event ev no meeting of
// people: a signing is a meeting only of two or more persons, with no
// country or organisation among them ("the accord Ankara signed with
// Tripoli", "the delegations of the GNA and the LNA signed"), told with
// a subject of its own; a `both` phrase ("the two sides signed five
// memorandums") tells what the last meeting did, no new one, and an
// English "signed" after a word that is no subject is a participle ("the
// ceasefire signed in Geneva").
func (d *doc) signedByNoPair(ev *event, g *group) bool {
	beside := true
	for _, t := range g.trigs {
		co := d.startsKind(t.tok0, pCopresence)
		if !d.startsKind(t.tok0, pSign) && !d.startsKind(t.tok0, pBeside) && !co {
			return false
		}
		beside = beside && (d.startsKind(t.tok0, pBeside) || co)
	}
	if !beside && d.signedBefore(ev, g) {
		return false
	}
	if ev == nil || len(ev.parts) < 2 {
		return true
	}
	for _, p := range ev.parts {
		if !d.isPerson(p) {
			return true
		}
	}
	t := g.trigs[0]
	if d.kindBetween(max(g.lo, t.tok0-5), t.tok0, pBoth) {
		return true
	}
	if !beside && d.signerApart(ev, g, t) {
		return true
	}
	if d.lang == "en" && t.tok0 > 0 && !beside {
		k := t.tok0 - 1
		if w := d.toks[k].norm; w == "had" || w == "have" || w == "has" || w == "also" || w == "jointly" {
			k--
		}
		if k < 0 || d.toks[t.tok0].punct != "" {
			return true
		}
		switch d.toks[k].norm {
		case "he", "she", "they", "who":
			return false
		}
		return !slices.ContainsFunc(g.mentions, func(m mention) bool { return m.tok1 == k+1 && m.kind == graph.KindPerson })
	}
	return false
}

// presentWeekday tells whether trigger t, a `present_verb` phrase ("trifft",
// "empfängt", "meets", "reçoit", "встречается"), tells a meeting still to
// come: a bare weekday in its clause [lo, hi) ("Maas trifft am Sonntag
// Haftar"), not the paper's own weekday, no written date, no "last", in
// a body sentence outside quotations. The present of a report names the
// coming day; a past day takes the past tense ("traf am Sonntag") or a
// written date (the narrative present of analyses: "Am 19. Januar 2020
// empfängt Merkel Haftar").
func (d *doc) presentWeekday(si, lo, hi int, t hit) bool {
	if si == 0 || d.inQuote[t.tok0] || d.pub.IsZero() || !d.startsKind(t.tok0, pPresentVerb) {
		return false
	}
	pw := (int(toTime(d.pub).Weekday()) + 6) % 7
	found := false
	for _, e := range d.dates {
		if e.tok0 < lo || e.tok1 > hi || d.inQuote[e.tok0] {
			continue
		}
		switch e.kind {
		case dateWeekday:
			if e.last || e.weeks != 0 || e.days == pw || d.hitEndsAt(e.tok0, 0, pThisDay) {
				return false
			}
			found = true
		default:
			return false
		}
	}
	return found
}

// signerApart tells whether the signing t of clause g has one signer
// only, the others of its event ev named after a word that turns to a
// second subject with a verb of its own: a `contrast` or `but` word after
// the trigger ("Sarraj signed the document, while Haftar asked for time
// until the morning", "Сарадж подписал документ, а Хафтар попросил
// время", "ووقع السراج على الوثيقة، بينما طلب حفتر مهلة"), or a
// `topic_turn` word ("Serrac belgeyi imzaladı, Hafter ise süre istedi":
// Turkish "ise" after that subject). Signing alone is no meeting.
func (d *doc) signerApart(ev *event, g *group, t hit) bool {
	cut := -1
	for i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= t.tok1 }); i < len(d.hits) && d.hits[i].tok0 < g.hi; i++ {
		h := d.hits[i]
		if d.inQuote[h.tok0] {
			continue
		}
		switch h.p.kind {
		case pContrast, pBut:
			if h.tok1-h.tok0 == 1 && (d.lang == "de" || d.lang == "ru" || d.lang == "ar") && !d.punctIn(h.tok0, h.tok0, ",،") {
				continue
			}
			cut = h.tok0
		case pTopicTurn:
			cut = h.tok0
			// (Turkish "ise" follows the subject it turns to)
			for _, m := range g.mentions {
				if m.tok1 == h.tok0 {
					cut = m.tok0
				}
			}
		}
		if cut >= 0 {
			break
		}
	}
	if cut < 0 {
		return false
	}
	before, after := map[string]bool{}, false
	for _, m := range g.mentions {
		if m.loc || m.dir || !slices.Contains(ev.parts, m.actor) {
			continue
		}
		if m.tok0 < cut {
			before[m.actor] = true
		} else if !before[m.actor] {
			after = true
		}
	}
	return len(before) < 2 && after
}

// startsKind tells whether a rule phrase of a kind starts at token k.
func (d *doc) startsKind(k, kind int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k })
	for ; i < len(d.hits) && d.hits[i].tok0 == k; i++ {
		if d.hits[i].p.kind == kind {
			return true
		}
	}
	return false
}

// personRightAfter tells whether a person is named within three words
// after token k, in its sentence, with no punctuation before the name
// ("to call Nikos Dendias", "d'appeler le ministre grec Nikos Dendias"
// is too far; "appeler Dendias", "llamar a Dendias" are not).
func (d *doc) personRightAfter(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	si := d.toks[k].sent
	for _, m := range d.actorMentions(k, min(k+4, d.sents[si].tok1)) {
		return m.kind == graph.KindPerson && !d.punctIn(k, m.tok0, ",;:")
	}
	return false
}

// crowdOf is whom the group phrase of the first clause stood for: the
// people of its event that the clause does not name itself (nil when
// fewer than two), and the others of the event, whom it named.
func (d *doc) crowdOf(ev *event, g *group) (crowd, named []string) {
	for _, p := range ev.parts {
		if d.isPerson(p) && !slices.ContainsFunc(g.mentions, func(m mention) bool { return m.actor == p }) {
			crowd = append(crowd, p)
		} else {
			named = append(named, p)
		}
	}
	if len(crowd) < 2 {
		return nil, nil
	}
	return crowd, named
}

// coordinatedSubject is the sentence's subject with the people coordinated
// with it ("Lavrov and Çavuşoğlu received Haftar, …", "Le Drian, Di Maio
// et Maas sont arrivés à Tripoli, …", "وصل لودريان وماس ودي مايو …"), all
// in the first clause's event ev, and the others of that event; nil when
// the subject stands alone.
func (d *doc) coordinatedSubject(ev *event, ms []mention, subject string) (crowd, others []string) {
	k := slices.IndexFunc(ms, func(m mention) bool { return m.actor == subject && !m.loc && !m.dir })
	if k < 0 || ms[k].kind != graph.KindPerson {
		return nil, nil
	}
	// (a list of three or more has commas before its "and": "A, B and
	// C"; one with no "and" is an apposition)
	crowd = []string{subject}
	prev, joined := ms[k], false
	for _, m := range ms[k+1:] {
		if m.loc || m.dir || m.actor == prev.actor {
			continue
		}
		listed := m.tok0 == prev.tok1 && strings.ContainsAny(d.toks[m.tok0].punct, ",،") && !strings.ContainsAny(d.toks[m.tok0].punct, ";:؛()")
		if m.kind != graph.KindPerson || !listed && !d.coordinated(prev, m) {
			break
		}
		joined = joined || !listed
		if !contains(crowd, m.actor) {
			crowd = append(crowd, m.actor)
		}
		prev = m
	}
	if len(crowd) < 2 || !joined || !allIn(crowd, ev.parts) {
		return nil, nil
	}
	for _, p := range ev.parts {
		if !contains(crowd, p) {
			others = append(others, p)
		}
	}
	return crowd, others
}

// addCrowd gives a later clause of a sentence whose group phrase is the
// subject the rest of the group: the clause took the first of them as
// its subject, naming none of them itself ("…, avant de s'entretenir
// avec Dbeibah", "…, then held talks with Dbeibah"). Those the first
// clause named (the host who received the group) and the partners of
// this one are two meetings, kept apart.
func (d *doc) addCrowd(ev *event, g *group, crowd, hosts []string) {
	if ev == nil || len(ev.parts) == 0 {
		return
	}
	// (a clause of two partners took no subject: "…, during which they
	// met Menfi and Dbeibah"; in a verb-first language the first of them
	// may be its subject)
	if ev.parts[0] != crowd[0] && (d.lang == "ar" || len(ev.parts) < 2 || ev.m.Mode == graph.ModeCall || ev.m.Mode == graph.ModeVideo) {
		return
	}
	// (nor a clause with a subject of its own: "…, where Germany and the
	// UN are hosting a conference", "…, who had met Sarraj", "…, and
	// Erdoğan later phoned Putin")
	if slices.ContainsFunc(g.mentions, func(m mention) bool { return slices.Contains(crowd, m.actor) || m.tok0 < g.trigs[0].tok0 }) {
		return
	}
	if slices.ContainsFunc(g.trigs, func(t hit) bool { return d.relativeAntecedent(t) != "" }) || d.andSubjectBefore(g) {
		return
	}
	own := slices.Clone(ev.parts)
	if ev.parts[0] == crowd[0] {
		own = own[1:]
	}
	ev.parts = append([]string{}, crowd...)
	for _, p := range own {
		if !contains(ev.parts, p) {
			ev.parts = append(ev.parts, p)
		}
	}
	for _, p := range hosts {
		for _, q := range own {
			if p != q {
				d.apart[pairKey(p, q)] = true
			}
		}
	}
}

// andSubjectBefore tells whether the person named last before clause g's
// trigger opens a clause of its own: an "and" after a comma stands right
// before the name and no comma between it and the trigger ("…, and
// Erdoğan later phoned Putin").
func (d *doc) andSubjectBefore(g *group) bool {
	t0 := g.trigs[0].tok0
	var last *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok1 <= t0 && m.tok0 >= d.sents[d.toks[t0].sent].tok0 && m.kind == graph.KindPerson && !m.loc && !m.dir {
			last = m
		}
	}
	if last == nil || d.punctIn(last.tok1, t0, ",،;:") {
		return false
	}
	for _, h := range d.hits {
		if h.p.kind == pAnd && h.tok1 == last.tok0 && strings.ContainsAny(d.toks[h.tok0].punct, ",،") {
			return true
		}
	}
	return false
}

// joinsOwnEvent tells whether the joining phrase of a sentence ("also
// attended by", "в которой участвовал и Богданов") joins the sentence's
// own meeting: a trigger stands before it with two people named between
// them ("Лавров провёл отдельную встречу с Мангуш, в которой участвовал и
// Богданов"), so the sentence tells a meeting of its own, not more of
// the one told before.
func (d *doc) joinsOwnEvent(hs []hit, ms []mention, trigs []hit) bool {
	// (a verb's meeting, not a meeting noun that the joining phrase
	// itself is about: "Görüşmeye X ile Y da katıldı"; the joining phrase
	// past a comma, in a clause of its own)
	if len(trigs) == 0 || trigs[0].p.kind == pMeetNoun {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pJoin || h.tok0 <= trigs[0].tok1 || d.inQuote[h.tok0] {
			continue
		}
		// (the people named before the comma or semicolon that opens the
		// joining clause: "…, which Bogdanov also attended", "…, в которых
		// участвовал и Богданов", "…; görüşmeye X da katıldı")
		cut := -1
		for k := h.tok0; k > trigs[0].tok1; k-- {
			if strings.ContainsAny(d.toks[k].punct, ",،;") {
				cut = k
				break
			}
		}
		seen := map[string]bool{}
		for _, m := range ms {
			if m.kind == graph.KindPerson && !m.loc && !m.dir && m.tok1 <= cut {
				seen[m.actor] = true
			}
		}
		if len(seen) < 2 {
			return false
		}
		// (the pair of one of the events told last, told again with who
		// came along, is that event: "Lamorgese riceve Bashagha" … "ha
		// ricevuto … Bashagha, accompagnato dal …")
		for _, e := range d.meetings[max(0, len(d.meetings)-3):] {
			n := 0
			for p := range seen {
				if contains(e.parts, p) {
					n++
				}
			}
			if n >= 2 {
				return false
			}
		}
		return true
	}
	return false
}

// andAfterUrduVerb finds an "and" within three words after an Urdu
// trigger, its verb's auxiliaries between ("ملاقات نہیں ہوئی تھی اور"),
// with someone marked with the ergative "نے" named before the next
// trigger: a clause with a subject of its own ("اور میرکل نے دونوں سے
// الگ الگ بات چیت کی"). It is the "and"'s token, or -1.
func (d *doc) andAfterUrduVerb(t, next hit, ms []mention) int {
	if d.lang != "ur" {
		return -1
	}
	for k := t.tok1; k < next.tok0 && k <= t.tok1+3; k++ {
		if d.punctIn(k, k, ",،;؛:") {
			return -1
		}
		if !d.hitStartsWithKind(k, pAnd) {
			continue
		}
		for _, m := range ms {
			if m.tok0 > k && m.tok1 < next.tok0 && d.toks[m.tok1].key == urduErgative {
				return k
			}
		}
		return -1
	}
	return -1
}

// signedBefore tells whether the signing g tells is done before someone,
// a `presence` phrase in its clause ("in the presence of Williams", "sous
// son égide", "unter ihrer Vermittlung", "بحضور ويليامز", "Williams'ın
// huzurunda", "в присутствии Уильямс"), and makes ev a meeting of the
// signing sides, delegations and the bodies they speak for included, with
// that person: the one named within a few words after the phrase, else
// right before it (Turkish and Urdu postpositions); a possessive phrase
// naming no one ("in her presence") is the person of its gender, when
// its form tells it, the story named most before the sentence; a presence phrase that is the signing verb itself ("Williams
// presidió la firma …") has the mediator for its subject. A presence of
// no person, or with one side only, tells no meeting.
func (d *doc) signedBefore(ev *event, g *group) bool {
	if ev == nil {
		return false
	}
	var pr hit
	found := false
	for _, h := range d.hits {
		if h.tok0 >= g.lo && h.tok0 < g.hi && h.p.kind == pPresence && !d.inQuote[h.tok0] {
			pr, found = h, true
			break
		}
	}
	if !found {
		return false
	}
	si := d.toks[pr.tok0].sent
	who := ""
	for _, m := range d.mentions {
		if m.kind == graph.KindPerson && !m.loc && !m.dir && m.tok0 >= pr.tok1 && m.tok0 < pr.tok1+8 && d.toks[m.tok0].sent == si {
			who = m.actor
			break
		}
	}
	if who == "" {
		for _, m := range d.mentions {
			if m.kind == graph.KindPerson && !m.loc && !m.dir && m.tok1 <= pr.tok0 && m.tok1 >= pr.tok0-2 && d.toks[m.tok0].sent == si {
				who = m.actor
			}
		}
	}
	if who == "" && !d.startsKind(pr.tok0, pSign) {
		// the pronoun's gender, where its form tells it
		gender := 0
		for k := pr.tok0; k < pr.tok1; k++ {
			switch d.toks[k].norm {
			case "her", "ihrer", "ihrem":
				gender = 1
			case "his", "seiner", "seinem":
				gender = -1
			}
		}
		count := map[string]int{}
		for _, m := range d.mentions {
			if m.kind != graph.KindPerson || m.loc || m.dir || d.toks[m.tok0].sent >= si || slices.Contains(ev.parts, m.actor) {
				continue
			}
			if _, known := d.x.lx.actorIdx[m.actor]; !known || gender == 1 && !d.female(m.actor) || gender == -1 && d.female(m.actor) {
				continue
			}
			count[m.actor]++
			if count[m.actor] >= count[who] {
				who = m.actor
			}
		}
	}
	if who != "" && !slices.Contains(ev.parts, who) {
		ev.parts = append(ev.parts, who)
		ev.roles[who] = graph.RoleParticipant
	}
	return len(ev.parts) >= 3 || len(ev.parts) == 2 && slices.ContainsFunc(ev.parts, d.isPerson)
}

// presenceAtSigning tells whether the join phrase h ("بحضور", "کی
// موجودگی میں") is also a `presence` phrase in a sentence with a `sign`
// verb: the signing before that person is the sentence's own meeting
// ("وقّع وفدا … وبحضور ويليامز، اتفاقاً"), not more people of the event
// told before.
func (d *doc) presenceAtSigning(h hit, hs []hit) bool {
	return d.startsKind(h.tok0, pPresence) && slices.ContainsFunc(hs, func(t hit) bool { return t.p.kind == pSign && !d.inQuote[t.tok0] })
}

// foldCompanionEvent: "X, accompanied by Y, arrived in Tripoli and met Z"
// tells one trip of X and Y, not a visit of X to Y besides X's meeting
// with Z: an event of a sentence whose partners besides its first are
// all people named after a companion phrase ("accompanied by", "in
// Begleitung von", "в сопровождении"), with no trigger between, folds
// into the sentence's other event that has that first one, the
// companions joining it.
func (d *doc) foldCompanionEvent(evs []*event, hs []hit, ms []mention) []*event {
	comp := map[string]bool{}
	for _, h := range hs {
		if h.p.kind != pCompanion || d.inQuote[h.tok0] {
			continue
		}
		next := -1
		for _, t := range hs {
			if isTrigger(t.p.kind) && t.tok0 >= h.tok1 && (next < 0 || t.tok0 < next) {
				next = t.tok0
			}
		}
		for _, m := range ms {
			if m.kind == graph.KindPerson && m.tok0 >= h.tok1 && (next < 0 || m.tok0 < next) {
				comp[m.actor] = true
			}
		}
	}
	if len(comp) == 0 {
		return evs
	}
	drop := map[*event]bool{}
	for i, e := range evs {
		if e == nil || drop[e] || len(e.parts) < 2 || comp[e.parts[0]] || !allSet(e.parts[1:], comp) {
			continue
		}
		for j, o := range evs {
			if j == i || o == nil || drop[o] || o.class != e.class || !slices.Contains(o.parts, e.parts[0]) || allSet(o.parts[1:], comp) {
				continue
			}
			// the event told first stands for the trip, the other's
			// partners joining it
			keep, gone := o, e
			if e.trig < o.trig {
				keep, gone = e, o
			}
			for _, p := range gone.parts {
				if !slices.Contains(keep.parts, p) {
					keep.parts = append(keep.parts, p)
					if keep.roles != nil {
						keep.roles[p] = gone.roles[p]
						if keep.roles[p] == "" {
							keep.roles[p] = graph.RoleParticipant
						}
					}
				}
			}
			// (a companion travels as the traveller does: no host)
			if keep.roles != nil {
				for _, p := range e.parts[1:] {
					keep.roles[p] = keep.roles[e.parts[0]]
				}
			}
			// (what the one lacks of when and where, the other tells)
			if keep.m.Date.IsZero() {
				keep.m.Date = gone.m.Date
			}
			if keep.m.Place == "" {
				keep.m.Place = gone.m.Place
			}
			drop[gone] = true
			break
		}
	}
	if len(drop) == 0 {
		return evs
	}
	return slices.DeleteFunc(evs, func(e *event) bool { return drop[e] })
}

// allSet tells whether every one of ps is in set.
func allSet(ps []string, set map[string]bool) bool {
	for _, p := range ps {
		if !set[p] {
			return false
		}
	}
	return true
}

// pastFrontedCompanion: a sentence that opens with a companion phrase
// ("Accompanied by Ambassador X, Blinken met …", "Accompagné de X et de
// Y, le ministre Z s'est entretenu …") has its subject after the comma
// that closes the phrase, right before the verb: the people of the phrase
// travel with the subject, none of them is it.
func (d *doc) pastFrontedCompanion(s sentence, hs []hit, trigs []hit, ms []mention, subject string) string {
	if len(trigs) == 0 {
		return subject
	}
	open := false
	for _, h := range hs {
		if h.p.kind == pCompanion && h.tok0 == s.tok0 && h.tok1 <= trigs[0].tok0 {
			open = true
		}
	}
	if !open {
		return subject
	}
	last, prev := -1, -1
	for i, m := range ms {
		if m.kind == graph.KindPerson && m.tok1 <= trigs[0].tok0 {
			last, prev = i, last
		}
	}
	if last < 0 || prev < 0 {
		return subject
	}
	m := ms[last]
	if !d.punctIn(ms[prev].tok1, m.tok0, ",") || d.punctIn(m.tok1, trigs[0].tok0, ",") {
		return subject
	}
	return m.actor
}

// dropApartCopresence drops the `copresence` triggers of a sentence that
// tells its people apart ("separately", "each", "by video", "in a
// statement", "from their capitals"): a joint act done apart is no
// meeting ("Putin and Erdoğan together called for a truce in a joint
// statement"), or denies it. The other triggers stay.
func (d *doc) dropApartCopresence(trigs []hit, hs []hit) []hit {
	if !slices.ContainsFunc(trigs, func(t hit) bool { return d.startsKind(t.tok0, pCopresence) }) {
		return trigs
	}
	// (a quoted "together" is rhetoric: „Wir sind gemeinsam hier", sagte
	// Maas)
	trigs = slices.DeleteFunc(trigs, func(t hit) bool { return d.startsKind(t.tok0, pCopresence) && d.inQuote[t.tok0] })
	if slices.ContainsFunc(hs, func(h hit) bool {
		switch h.p.kind {
		case pSeparate, pVideo, pStatementIn, pEachOf, pCoApart:
			return true
		}
		return false
	}) {
		return slices.DeleteFunc(trigs, func(t hit) bool { return d.startsKind(t.tok0, pCopresence) })
	}
	// a negation up to three words before the phrase, in its clause,
	// denies it ("nicht mehr an einem Tisch sitzen", "never stood side by
	// side"): whether they never met is the `negated` phrases' to tell
	return slices.DeleteFunc(trigs, func(t hit) bool {
		return d.startsKind(t.tok0, pCopresence) && slices.ContainsFunc(hs, func(h hit) bool {
			return h.p.kind == pNegation && h.tok0 < t.tok0 && t.tok0-h.tok0 <= 4 && !d.punctIn(h.tok0, t.tok0-1, ",;:")
		})
	})
}

// irrealis tells whether an `irrealis` particle ("бы") stands in the
// clause of one of g's triggers, at most four words before it ("хотел бы
// провести переговоры", "Лавров бы его принял") or six after it ("Встреча
// X и Y в Москве была бы полезна"; the names of the people count for
// nothing), with no punctuation between: the
// meeting is wished, counterfactual or only thinkable, none is told. A
// particle inside an `ignore` phrase ("хотя бы", "как бы") or a `planned`
// one ("могла бы состояться": a possible meeting is planned) is none.
func (d *doc) irrealis(g *group, hs []hit) bool {
	for _, h := range hs {
		if h.p.kind != pIrrealis || d.inQuote[h.tok0] || ignored(h, hs) || d.insideHit(h, pPlanned) {
			continue
		}
		for _, t := range g.trigs {
			if h.tok0 < t.tok0 && t.tok0-h.tok1 > 4 || h.tok0 >= t.tok1 && h.tok0-t.tok1-d.actorWords(t.tok1, h.tok0) > 6 || h.tok0 >= t.tok0 && h.tok0 < t.tok1 {
				continue
			}
			lo, hi := min(h.tok1, t.tok1), max(h.tok0, t.tok0)
			if !d.punctIn(lo, hi, ",;:()«»\"“”—–") {
				return true
			}
		}
	}
	return false
}

// discussedCue tells whether the planned or cancelled cue h stands in
// what a meeting told before it was about: after a `discuss` phrase that
// follows the meeting's trigger main ("met X in Tunis on 8 September to
// discuss a mechanism under which oil revenues would be held abroad", "a
// reçu X lundi pour évoquer une feuille de route qui devrait mener à des
// élections", "traf X, um über einen Mechanismus zu sprechen, nach dem
// die Einnahmen eingefroren werden sollen"), with no trigger, semicolon
// or clause opened by a comma and an `and` or `but` word between. The
// complement of the discussing verb, and the relative and purpose
// clauses inside it, have a tense of their own: the meeting keeps its
// status. topicCue reads the cue right after such a phrase the same way.
// Not when the meeting is a noun, or the cue opens a clause after a
// comma (two words at most before it): that is the noun's predicate.
func (d *doc) discussedCue(h, main hit, hs []hit) bool {
	// (a meeting noun's own predicate past the phrases that modify it is
	// its status: "Une réunion …, prévue le 20 décembre pour discuter de
	// …, a été reportée", "Намеченная … встреча …, на которой
	// предполагалось обсудить …, была отменена")
	if main.p.kind == pMeetNoun || d.punctIn(max(h.tok0-2, 0), h.tok0, ",،") {
		return false
	}
	for _, t := range hs {
		if t.p.kind != pDiscuss || t.tok0 < main.tok1 || t.tok1 > h.tok0 || d.inQuote[t.tok0] {
			continue
		}
		if d.punctIn(t.tok1, h.tok0, ";:؛") {
			continue
		}
		open := false
		for _, o := range hs {
			if o.tok0 < t.tok1 || o.tok0 > h.tok0 {
				continue
			}
			if isTrigger(o.p.kind) && !d.insideHit(o, pPlanned) && !d.insideHit(o, pCancelled) || (o.p.kind == pAnd || o.p.kind == pBut) && d.punctIn(o.tok0, o.tok0, ",،") {
				open = true
				break
			}
		}
		if !open {
			return true
		}
	}
	return false
}

// relativeStatus gives a meeting noun the status a relative clause right
// after its phrase predicates of it: the clause, cut off the event's at
// its relative pronoun hi after a comma, opens with a `planned` or
// `cancelled` cue (three words at most after the pronoun, no punctuation,
// trigger or name between): "визит X в Москву для переговоров с
// Лавровым, который намечен на май", "ein Besuch von X in Moskau zu
// Gesprächen mit Y, der für Mai geplant ist", "A meeting between X and Y
// in Moscow, which is scheduled for May". Being scheduled or put off is
// said of events, not of the person named last before the comma. Only
// for a meeting noun, or a visit word with no one named before it in
// its clause (a visit verb has its subject before it: "Lavrov visited
// Sarraj, who is expected in Rome" is held).
func (d *doc) relativeStatus(main hit, hs []hit, lo, hi int, status string) string {
	noun := main.p.kind == pMeetNoun || d.startsKind(main.tok0, pMeetNoun) && (d.lang != "de" || d.toks[main.tok0].upper)
	if !noun && (main.p.kind != pVisit || len(d.actorMentions(lo, main.tok0)) > 0) {
		return status
	}
	for _, r := range hs {
		if r.p.kind != pRelPron || r.tok0 != hi || d.inQuote[r.tok0] || !d.punctIn(r.tok0, r.tok0, ",،") {
			continue
		}
		for _, c := range hs {
			if c.p.kind != pPlanned && c.p.kind != pCancelled || c.tok0 < r.tok1 || c.tok0-r.tok1 > 3 || ignored(c, hs) || d.punctIn(r.tok1, c.tok0, ",;:،؛") || len(d.actorMentions(r.tok1, c.tok0)) > 0 {
				continue
			}
			if slices.ContainsFunc(hs, func(t hit) bool { return isTrigger(t.p.kind) && t.tok0 >= r.tok1 && t.tok0 < c.tok1 }) {
				continue
			}
			if c.p.kind == pCancelled {
				return graph.StatusCancelled
			}
			return graph.StatusPlanned
		}
	}
	return status
}

// attributiveParticiple tells whether the Turkish `planned` cue h is a
// participle of the future or of planning ("yapılacak", "düzenlenecek",
// "planlanan") standing before a noun it qualifies, no meeting phrase:
// "görüşmede aralık ayında yapılacak seçimler ele alındı" (the elections
// to be held), where the cue is the noun's, not the meeting's. The word
// after it is in its clause with no punctuation before it, and is no
// trigger (a coming meeting: "yapılacak görüşme") nor an `and` word
// (the cue ends a clause: "ziyaret edecek ve …").
func (d *doc) attributiveParticiple(h hit, hs []hit, hi int) bool {
	if d.lang != "tr" || h.tok1-h.tok0 != 1 || h.tok1 >= hi || d.inQuote[h.tok0] {
		return false
	}
	w := d.toks[h.tok0].norm
	if !strings.HasSuffix(w, "acak") && !strings.HasSuffix(w, "ecek") && !strings.HasSuffix(w, "lanan") && !strings.HasSuffix(w, "lenen") {
		return false
	}
	if d.toks[h.tok1].punct != "" || d.toks[h.tok1].sent != d.toks[h.tok0].sent {
		return false
	}
	return !slices.ContainsFunc(hs, func(t hit) bool {
		return t.tok0 == h.tok1 && (isTrigger(t.p.kind) || t.p.kind == pAnd || t.p.kind == pAnaphor || t.p.kind == pConference)
	})
}

// inPurposeAfter tells whether planning word h stands in a purpose clause
// opened after trigger main ("s'entretenaient au téléphone pour sauver la
// conférence prévue à Berlin", "hablaron para preparar la cumbre prevista"):
// it is the planned thing the talk served, and the talk itself was held.
func (d *doc) inPurposeAfter(main, h hit, hs []hit) bool {
	if h.tok0 <= main.tok1 {
		return false
	}
	return slices.ContainsFunc(hs, func(p hit) bool {
		return p.p.kind == pPurpose && p.tok0 >= main.tok1 && p.tok1 <= h.tok0 && !d.inQuote[p.tok0] && !d.punctIn(p.tok0, h.tok0, ".;:")
	})
}

// anchorCancel tells whether cancellation word h only dates the event of
// trigger main: it is governed by an `after` word right before it or an
// `after_post` word right after it ("The day after the postponement, on
// Monday, X and Y spoke by telephone", "Au lendemain du report", "Einen Tag
// nach der Absage telefonierten", "التوا کے اگلے روز"), and does not
// govern main itself: main is not in the phrase's noun group (after the
// word when the language puts the head first, before it when last).
func (d *doc) anchorCancel(main, h hit, hs []hit) bool {
	if d.inQuote[h.tok0] {
		return false
	}
	for _, a := range hs {
		switch {
		case a.p.kind == pAfter && a.tok1 <= h.tok0 && h.tok0-a.tok1 <= 2 && !d.punctIn(a.tok0, h.tok0, ",;:.()«»\"“”—–،"):
			// head first: "the postponement of the meeting" governs what follows
			if main.tok0 < h.tok0 || d.punctIn(h.tok0, main.tok0, ",;:،") || main.tok0 == h.tok1 && main.p.kind != pMeetNoun && main.p.kind != pVisit {
				return true
			}
		case a.p.kind == pAfterPost && a.tok0 >= h.tok1 && a.tok0-h.tok1 <= 2 && !d.punctIn(h.tok0, a.tok0, ",;:.()«»\"“”—–،"):
			// head last: "görüşmenin ertelenmesinin ardından" governs what precedes
			if main.tok0 >= a.tok1 {
				return true
			}
		}
	}
	return false
}

// neitherClause tells whether a correlative negation opens the clause of
// one of g's verb triggers: a `neither` word first in its sentence (after
// an `and` or `but` word at most) or first after a semicolon, and the
// trigger after it with no semicolon or colon between, nor a comma that
// opens a clause of its own (clauseOpenedBetween). A negative phrase
// fronted before the subject denies the clause's verb however far it
// stands ("Neither in Moscow nor in Berlin did Sarraj and Haftar agree to
// meet", "Ni à Moscou, ni à Berlin, X et Y n'ont accepté de se
// rencontrer", "Ni X ni Y n'ont voulu se rencontrer", "Ni en Moscú ni en
// Berlín aceptaron X y Y reunirse", "Weder in Moskau noch in Berlin waren
// X und Y bereit, sich zu treffen"). A meeting noun is the object of
// another verb the negation denies ("Ni l'Élysée ni Matignon n'ont
// confirmé une éventuelle visite"): it is left alone.
func (d *doc) neitherClause(si int, g *group, hs []hit) bool {
	s := d.sents[si]
	for _, h := range hs {
		if h.p.kind != pNeither || d.inQuote[h.tok0] {
			continue
		}
		opens := h.tok0 == s.tok0 || d.punctIn(h.tok0, h.tok0, ";؛")
		if !opens && h.tok0 == s.tok0+1 && (d.startsKind(s.tok0, pAnd) || d.startsKind(s.tok0, pBut)) {
			opens = true
		}
		if !opens {
			continue
		}
		for _, t := range g.trigs {
			// (a word that is also a meeting noun is one, "entretien",
			// unless German writes it in lower case: "sich zu treffen")
			noun := t.p.kind == pMeetNoun || d.startsKind(t.tok0, pMeetNoun) && (d.lang != "de" || d.toks[t.tok0].upper)
			// (a participle is the verb: "Ni X ni Y n'ont rencontré Z",
			// not the noun "rencontre")
			if noun && t.p.kind != pMeetNoun && d.participleWritten(t) {
				noun = false
			}
			if !noun && t.tok0 >= h.tok1 && !d.inQuote[t.tok0] && !d.punctIn(h.tok1, t.tok0, ";:؛") && !d.clauseOpenedBetween(h.tok1, t.tok0, hs) {
				return true
			}
		}
	}
	return false
}

// electedAfter tells whether mention m is named after an `elect` verb
// that follows the event's last trigger in its clause ("the forum, meeting
// near Geneva, chose Dbeibah as prime minister and Menfi as head of the
// Presidential Council", "Il Foro riunito a Ginevra ha eletto Dbeibah",
// "Der Präsidialrat kam zusammen und ernannte Mangusch"): the people a
// body elects, names or appoints at its meeting are no participants of
// it. A verb-final language names them before the verb: not read there.
func (d *doc) electedAfter(m mention, g *group, hs []hit) bool {
	if d.verbFinal() || d.inQuote[m.tok0] {
		return false
	}
	last := g.trigs[len(g.trigs)-1]
	for _, h := range hs {
		if h.p.kind != pElect || h.tok0 < last.tok1 || h.tok1 > m.tok0 || d.inQuote[h.tok0] {
			continue
		}
		if d.punctIn(last.tok1, m.tok0, ";:؛") || d.triggerBetween(hs, h, hit{tok0: m.tok0, tok1: m.tok1}) {
			continue
		}
		return true
	}
	return false
}

// thingRelative is where the relative pronoun stands that opens the
// clause holding the event's last trigger, when that clause is about a
// thing or a body and a speaker's clause before it reports it: "Agnès von
// der Mühll a indiqué que la France soutenait les discussions du Forum,
// qui se réunit à Tunis sous l'égide de Williams", "Dujarric said the
// secretary-general welcomed the talks of the military commission, which
// meets in Geneva under the auspices of Williams". The pronoun follows a
// comma at most eight words before the trigger, with no punctuation
// between, and no person is named right before it. Neither the body that
// meets nor whoever is named before it (the speaker, the country that
// backs the talks) is a participant, and the clause borrows no subject.
// -1 when there is none; not in the verb-final tr ur.
func (d *doc) thingRelative(g *group, hs []hit) int {
	main := g.trigs[len(g.trigs)-1]
	if d.verbFinal() || d.inQuote[main.tok0] {
		return -1
	}
	si := d.toks[main.tok0].sent
	for _, r := range hs {
		if r.p.kind != pRelPron || r.tok1 > main.tok0 || main.tok0-r.tok1 > 8 || r.tok0 <= d.sents[si].tok0 {
			continue
		}
		if !strings.ContainsAny(d.toks[r.tok0].punct, ",،") || d.inQuote[r.tok0] || d.rules.whereWords[d.toks[r.tok0].norm] || d.punctIn(r.tok1, main.tok0, ",;:.()«»\"“”،") {
			continue
		}
		for _, a := range d.mentions {
			if a.tok1 == r.tok0 && a.kind == graph.KindPerson {
				return -1
			}
		}
		// (nor a person an apposition describes: "Bashagha, the interior
		// minister of the Government of National Accord, who was in Ankara
		// for talks with Akar")
		if d.appositionHead(r.tok0) >= 0 {
			return -1
		}
		// (what a speaker's clause before it reports: not a cleft "c'est
		// X, chef des garde-côtes, qui a fait le point avec …", nor a
		// description of the subject "Le chef de la diplomatie égyptienne,
		// qui s'était entretenu avec Haftar")
		if slices.ContainsFunc(hs, func(h hit) bool {
			return isSpeech(h.p.kind) && !isAccording(h) && h.tok0 >= d.sents[si].tok0 && h.tok1 <= r.tok0 && !d.inQuote[h.tok0]
		}) {
			return r.tok0
		}
		return -1
	}
	return -1
}

// participleWritten tells whether verb trigger t, whose folded word is also
// a meeting noun's, is written as a participle: French folds
// "rencontré" to the noun "rencontre", the accent tells them apart.
func (d *doc) participleWritten(t hit) bool {
	if d.lang != "fr" {
		return false
	}
	w := d.text[d.toks[t.tok0].start:d.toks[t.tok0].end]
	for len(w) > 1 && (w[len(w)-1] == 'e' || w[len(w)-1] == 's') {
		w = w[:len(w)-1]
	}
	return len(w) > 0 && (w[len(w)-1] == 'é' || w[len(w)-1] == 'É')
}

// clauseOpenedBetween tells whether a comma in (lo, hi] opens a clause of
// its own: an `and`, `but`, `contrast`, relative or complementizer word
// within three words after it ("…, pero el lunes X recibió a Y", "…, au
// cours duquel X a reçu Y").
func (d *doc) clauseOpenedBetween(lo, hi int, hs []hit) bool {
	for _, o := range hs {
		if o.tok0 <= lo || o.tok0 >= hi {
			continue
		}
		switch o.p.kind {
		case pAnd, pBut, pContrast, pRelPron, pComplementizer:
			if d.punctIn(max(o.tok0-2, lo+1), o.tok0, ",،") {
				return true
			}
		}
	}
	return false
}

// conditional tells whether one of g's triggers stands in the protasis of
// a condition: after a `conditional` word ("if", "unless", "si", "se",
// "falls", "если", "إذا", "اگر", "eğer") in its clause, at most
// eight words on (the names of the people count for nothing), with no
// punctuation and no `conditional_then` word ("اگر … تو") between: "If
// Haftar met Sarraj in Rome, …", "Si Haftar rencontrait Sarraj, …",
// "Если Хафтар встретится с Сараджем, …", "اگر حفتر سراج سے ملاقات کریں
// تو …". The meeting is only supposed, none is told. A condition after
// the trigger ("will meet Sarraj if the truce holds") leaves it planned,
// and one closed by a comma before it ("If the truce holds, they will
// meet") is another clause's. A word inside an `ignore` phrase ("even
// if", "même si", "anche se", "как если бы") is none, and so is a
// condition on whether a meeting noun's event takes place ("Если встреча
// состоится, …": the meeting is planned, told before).
func (d *doc) conditional(g *group, hs []hit) bool {
	for _, h := range hs {
		if h.p.kind == pHope && !d.inQuote[h.tok0] && !ignored(h, hs) && slices.ContainsFunc(g.trigs, func(t hit) bool {
			return t.tok0 >= h.tok1 && t.tok0-h.tok1-d.actorWords(h.tok1, t.tok0) <= 6 && !d.punctIn(h.tok1, t.tok0, ",;:()«»\"“”—–،؛")
		}) {
			return true // "hoping to arrange a meeting with X": only hoped for
		}
		if h.p.kind != pConditional || d.inQuote[h.tok0] || ignored(h, hs) {
			continue
		}
		// ("Если встреча состоится, …", "If the meeting takes place, …":
		// a condition on whether a meeting noun's event comes about
		// presupposes the meeting planned, told before)
		if g.nounOnly() && slices.ContainsFunc(hs, func(c hit) bool {
			return c.p.kind == pPlanned && c.tok0 >= h.tok1 && !d.punctIn(h.tok1, c.tok0, ",;:،؛")
		}) {
			continue
		}
		for _, t := range g.trigs {
			if t.tok0 < h.tok1 || t.tok0-h.tok1-d.actorWords(h.tok1, t.tok0) > 8 || d.punctIn(h.tok1, t.tok0, ",;:()«»\"“”—–،؛") {
				continue
			}
			if !slices.ContainsFunc(hs, func(c hit) bool { return c.p.kind == pCondThen && c.tok0 >= h.tok1 && c.tok1 <= t.tok0 }) {
				return true
			}
		}
	}
	return false
}

// actorWords counts the tokens of [lo, hi) inside actor mentions.
func (d *doc) actorWords(lo, hi int) int {
	n := 0
	for _, m := range d.actorMentions(lo, hi) {
		n += min(m.tok1, hi) - max(m.tok0, lo)
	}
	return n
}

// sinceBefore tells how many days after the written date e the event of
// trigger trig came, when e dates the event of a fronted "a day after"
// phrase ("A day after the ceasefire was signed in Geneva on October 23,
// Williams called Haftar", "Au lendemain de la signature … le 23
// octobre, …", "بعد يوم واحد من توقيع الاتفاق في 23 أكتوبر، أجرت …"): the
// phrase opens before the date with no mark between, and the date stands
// before the trigger, set off by a comma or close to it.
func (d *doc) sinceBefore(e dateExpr, trig int) (int, bool) {
	if e.kind != dateAbsolute || e.loose || e.date.Day == 0 || e.tok1 > trig || d.inQuote[e.tok0] {
		return 0, false
	}
	if trig-e.tok1 > 6 && !d.punctIn(e.tok1, trig, ",،") {
		return 0, false
	}
	for _, h := range d.sentHits(e.sent) {
		if h.p.kind != pRelative || !h.p.since || h.tok1 > e.tok0 || e.tok0-h.tok1 > 12 {
			continue
		}
		if d.punctIn(h.tok1, e.tok0, ",،;:.") || d.insideLongerRelative(&h) {
			continue
		}
		return h.p.val, true
	}
	return 0, false
}

// hopedFor tells whether mention m comes after a `hope` phrase that
// follows the main trigger in its sentence ("received Haftar, hoping to
// bring him together with Sarraj", "in der Hoffnung, ihn mit Sarradsch
// zusammenzubringen"): whom the hope names was not at the meeting.
func (d *doc) hopedFor(m mention, main hit, hs []hit) bool {
	for _, h := range hs {
		if h.p.kind == pHope && h.tok0 >= main.tok1 && h.tok1 <= m.tok0 && !d.inQuote[h.tok0] && d.toks[h.tok0].sent == d.toks[m.tok0].sent {
			return true
		}
	}
	return false
}
