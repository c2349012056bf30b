package extract

import (
	"slices"
	"sort"

	"github.com/parley/parley/graph"
)

// Mechanisms of session 11 for French, Italian and Spanish.

// romanceSubjectless tells whether sentence si of a French, Italian or
// Spanish article names no actor before its first event trigger, while it
// names one after it: "In mattinata ha incontrato Çavuşoğlu", "Il a été
// reçu par Mohamed al-Menfi", "El 19 de enero conversó con Haftar", "Nel
// pomeriggio era previsto un colloquio con Erdogan". Italian and Spanish
// drop the subject pronoun and French puts a bare "il" or "elle" in its
// place, so everyone the sentence names is an object, an agent or a
// partner after a preposition; the subject is still the one the sentence
// before was about, and a pronoun in the next sentence means that one,
// not the partner.
func (d *doc) romanceSubjectless(si int, ms []mention) bool {
	if !d.romance() {
		return false
	}
	s := d.sents[si]
	// (a trigger that points back at an event told before is no verb of
	// the sentence: "Se trata de la visita …", "cette visite est …")
	first := -1
	hs := d.sentHits(si)
	for _, h := range hs {
		if isTrigger(h.p.kind) && !d.inQuote[h.tok0] && !told(h, hs) {
			first = h.tok0
			break
		}
	}
	if first < 0 {
		return false
	}
	after := false
	for _, m := range ms {
		if d.inQuote[m.tok0] || m.loc || m.dir {
			continue
		}
		if m.tok0 < first {
			return false
		}
		after = true
	}
	return after && first > s.tok0
}

// talkAsCall gives a "talk" trigger ("a parlé avec", "ha parlato con",
// "conversaron", "había hablado con") the mode its context sets. Talking
// says nothing of where: it is a call when a telephone or video cue
// stands before it in its sentence ("Moscou a décroché le téléphone :
// Lavrov a longuement parlé avec Çavuşoğlu", "fue el turno del teléfono:
// Putin y Erdogan conversaron") or in the sentence before, in the same
// paragraph ("hablará por teléfono con Trump. Ya el martes había
// conversado con Putin"); else it is a meeting, like the meet trigger it
// is listed as.
func (d *doc) talkAsCall(si int, h hit, hs []hit) hit {
	if (h.p.kind == pMeet || h.p.kind == pMeetNoun) && !isTalk(h.p) && !d.inQuote[h.tok0] {
		if kind := d.mediumFrame(si); kind != 0 {
			p := *h.p
			p.kind = kind
			h.p = &p
		}
		return h
	}
	if !isTalk(h.p) || d.inQuote[h.tok0] {
		return h
	}
	cue := func(o hit, hs []hit) bool {
		return (o.p.kind == pCall || o.p.kind == pVideo) && !d.inQuote[o.tok0] && !ignored(o, hs)
	}
	kind := 0
	for _, o := range hs {
		if o.tok1 <= h.tok0 && cue(o, hs) {
			kind = o.p.kind
		}
	}
	// a verb-first clause's verb whose partner an open particle brings
	// ("بحث X مع Y، في اتصال هاتفي"): the medium told after it in its
	// sentence is its manner (session 17)
	if kind == 0 && d.opensPartner(h.p.particle) {
		for _, o := range hs {
			if o.tok0 >= h.tok1 && cue(o, hs) {
				kind = o.p.kind
				break
			}
		}
	}
	// (a talk_anchored verb right after a call is told is that call,
	// across a paragraph break too: "X spoke by telephone with Y. ¶ X and
	// Y discussed …"; after a sentence that also tells a meeting in
	// person, it is no call: "X met Y, a day after he spoke by telephone
	// with Z. X and Y discussed …")
	if kind == 0 && si > 0 && (d.sents[si-1].para == d.sents[si].para || h.p.name == "talk_anchored") {
		prev := d.sentHits(si - 1)
		for _, o := range prev {
			if cue(o, prev) {
				kind = o.p.kind
			}
		}
		if h.p.name == "talk_anchored" && (slices.ContainsFunc(prev, func(o hit) bool {
			return (o.p.kind == pMeet || o.p.kind == pMeetNoun || o.p.kind == pHost || o.p.kind == pVisit) && !isTalk(o.p) && !d.inQuote[o.tok0]
		}) || !d.callPeopleAgain(si)) {
			kind = 0
		}
	}
	if kind == 0 {
		return h
	}
	p := *h.p
	p.kind = kind
	h.p = &p
	return h
}

// talkSpeech tells whether speech verb h is the verb of a "talk" trigger
// that shares its words ("a parlé" in "Lavrov a parlé avec Çavuşoğlu",
// "habló" in "habló con Borrell"): talking with someone reports no words,
// and the name after the verb is the partner, not a speaker to leave out.
func (d *doc) talkSpeech(h hit) bool {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-6 })
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok1; k++ {
		// (a talk_anchored verb with no partner is none: "diye konuştu")
		if x := d.hits[k]; isTalk(x.p) && x.tok1 > h.tok0 && (x.p.name == "talk" || d.talkPartner(d.toks[x.tok0].sent, x, d.sentHits(d.toks[x.tok0].sent))) {
			return true
		}
	}
	return false
}

// objectRelativeSubject is who meets the antecedent of a relative clause
// whose antecedent is the object or partner of its verb ("le maréchal
// Khalifa Haftar, qu'elle avait rencontré le 2 juillet", "Fayez
// al-Sarraj, avec qui il s'était entretenu", "Haftar, con cui aveva
// parlato", "Jalifa Haftar, a quien había visto"): the one the story was
// about in the sentences before, other than the antecedent. A clause
// whose verb has a name or an object pronoun after the relative word is
// the antecedent's own ("Haftar, che aveva incontrato Dbeibah", "Di Maio,
// che lo aveva sentito"), and gets none.
func (d *doc) objectRelativeSubject(si int, g *group, hs []hit, main hit, ant string) string {
	if !d.romance() || main.p.kind == pMeetNoun || si == 0 {
		return ""
	}
	rel := -1
	for _, h := range hs {
		if h.p.kind == pObjRel && h.tok1 <= main.tok0 && main.tok0-h.tok1 <= 4 && !d.inQuote[h.tok0] && d.punctIn(h.tok0, h.tok0, ",") {
			rel = h.tok0
		}
	}
	if rel < 0 || d.objectPronoun(g, hs) {
		return ""
	}
	named := false
	for _, m := range g.mentions {
		if m.loc || m.dir {
			continue
		}
		if m.tok0 >= rel && m.tok0 < main.tok0 || m.tok0 >= main.tok1 && m.kind == graph.KindPerson {
			return ""
		}
		named = named || m.tok1 == rel && m.actor == ant
	}
	if !named {
		return ""
	}
	// a subject pronoun in the clause tells a woman ("qu'elle avait
	// rencontré") from a man ("qu'il avait reçu"); without one (Italian,
	// Spanish) either will do
	gender := 0
	for _, h := range hs {
		if h.p.kind == pPronoun && h.tok0 >= rel && h.tok0 < main.tok0 {
			gender = 'm'
			if h.p.name == "pronoun_fem" {
				gender = 'f'
			}
		}
	}
	fits := func(p string) bool {
		return p != "" && p != ant && d.isPerson(p) && (gender == 0 || d.female(p) == (gender == 'f'))
	}
	// the one the article is about, else the subject of the sentences
	// before
	if p := d.protagonist(); fits(p) {
		return p
	}
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		if p := d.lastSubject(sj); fits(p) {
			return p
		}
	}
	return ""
}

// protagonist is the person the article names most often outside
// quotations (the first named of those named as often).
func (d *doc) protagonist() string {
	return d.mostNamed(func(mention) bool { return true })
}

// mostNamed is the person named most often outside quotations among the
// mentions keep accepts (the first named of those named as often), or "".
func (d *doc) mostNamed(keep func(mention) bool) string {
	n := map[string]int{}
	best := ""
	for _, m := range d.mentions {
		if m.kind != graph.KindPerson || m.loc || m.dir || d.inQuote[m.tok0] || !keep(m) {
			continue
		}
		n[m.actor]++
		if best == "" || n[m.actor] > n[best] {
			best = m.actor
		}
	}
	return best
}

// mediumFrame is the kind of the telephone or video cue (pCall, pVideo)
// of the sentence before si in its paragraph when that sentence names no
// person and so tells no call of its own, but sets the medium of what the
// paragraph tells next: "Le téléphone a pris le relais. Le 14 avril,
// Tebboune s'est entretenu avec Saïed", "Palazzo Chigi ha privilegiato il
// telefono. Con Erdogan … il colloquio del 2 marzo", "Sus primeros meses
// se jugaron por videoconferencia. El 10 de junio, Williams conversó con
// Sarraj". Sentence si must itself hold no cue of its own: a meeting
// there is a call or video call; 0 when there is no such frame.
func (d *doc) mediumFrame(si int) int {
	if !d.romance() || si == 0 || d.sents[si-1].para != d.sents[si].para {
		return 0
	}
	for _, o := range d.sentHits(si) {
		if isTrigger(o.p.kind) && classOf(o.p.kind) == "call" && !d.inQuote[o.tok0] {
			return 0
		}
	}
	// (nor when it told a call of its own, of a pair it names by a
	// phrase: "I due ministri si erano sentiti al telefono il 18 marzo.
	// Di Maio era poi tornato in Libia …, dove aveva incontrato Dbeibah")
	if n := len(d.meetings); n > 0 && d.meetings[n-1].sent == si-1 {
		return 0
	}
	prev := d.sents[si-1]
	for _, m := range d.actorMentions(prev.tok0, prev.tok1) {
		if m.kind == graph.KindPerson && !d.inQuote[m.tok0] {
			return 0
		}
	}
	// (a city the sentence sets its meeting in is a scene, no line: "Di
	// Maio era poi tornato in Libia … con Draghi, che a Tripoli aveva
	// incontrato Dbeibah" after "I due ministri si erano sentiti al
	// telefono")
	cur := d.sents[si]
	for _, p := range d.placeMs {
		if p.tok0 >= cur.tok0 && p.tok1 <= cur.tok1 && p.loc && !d.isCountry(p.place) && !d.inQuote[p.tok0] {
			return 0
		}
	}
	kind := 0
	hs := d.sentHits(si - 1)
	for _, o := range hs {
		if (o.p.kind == pCall || o.p.kind == pVideo) && !d.inQuote[o.tok0] && !ignored(o, hs) {
			kind = o.p.kind
		}
	}
	return kind
}

// storyPerson is the one a French, Italian or Spanish story follows: the
// person it names most ("La réunion à laquelle elle devait participer a
// été reportée" in a portrait of Williams is hers), else last, the first
// of the last event told.
func (d *doc) storyPerson(last string) string {
	if !d.romance() {
		return last
	}
	if p := d.protagonist(); p != "" {
		return p
	}
	return last
}

// ownerlessPlanned is whose a planned or cancelled meeting noun with no
// owner is in French, Italian or Spanish ("Un entretien avec Florence
// Parly, initialement prévu mercredi, a été reporté", "era previsto un
// colloquio con Erdogan"): the one the story follows (storyPerson), not
// the subject of the sentence before; prev otherwise. The noun may head
// a phrase trigger ("colloquio con", "Treffen mit": nounHeaded). In
// German and English the person the article names most takes it only
// from a sentence before that is about a country ("Ägypten unterstützt
// die Gespräche. Ein geplantes Treffen mit Sisi wurde abgesagt"), a
// person there being the likelier owner.
func (d *doc) ownerlessPlanned(g *group, hs []hit, lo, hi int, prev string) string {
	planned := d.kindIn(hs, lo, hi, pPlanned, pCancelled)
	// (session 20) in a trip's story, the traveller's: see plannedTraveller
	if p := d.plannedTraveller(g, hs, planned); p != "" {
		return p
	}
	if p := d.chainOwner(g, hs, prev); p != "" && !(planned && d.romance()) {
		return p
	}
	if !(d.romance() || d.lang == "de" || d.lang == "en") || !d.nounHeaded(g, hs) || !planned {
		return prev
	}
	if !d.romance() {
		if p := d.protagonist(); p != "" && !d.isPerson(prev) {
			return p
		}
		return prev
	}
	return d.storyPerson(prev)
}

// stayWithoutPlace tells whether h is a `visit_stay` phrase ("era stato
// a", "è stata al") with no known place right after it: "to have been
// at" tells a trip only with its destination ("era stato a Tripoli da
// al-Sarraj"), not in "è stato a capo della delegazione".
func (d *doc) stayWithoutPlace(h hit) bool {
	return h.p.name == "visit_stay" && !d.placeStartsAt(h.tok1)
}

// andLater finds an "and" right before a phrase counting days on from
// the event told before it ("… e il giorno dopo ad Abu Dhabi dal
// principe", "puis … et, deux semaines plus tard, X", "y, dos semanas más
// tarde, a X"), or before a day of its own ("s'est entretenu le 3 avril
// avec A et, le 23 avril, avec B", "habló el miércoles con A y el jueves
// con B"): coordination with another day parts the clause in two events
// as a `then` word does (splitThen), the later one dated by it.
func (d *doc) andLater(g *group, hs []hit, si int) (hit, bool) {
	for _, h := range hs {
		if h.p.kind != pAnd || h.tok0 < g.lo || h.tok0 >= g.hi || d.inQuote[h.tok0] {
			continue
		}
		for _, e := range d.dates {
			// (an article may open the date: "et, le 23 avril, …")
			if e.sent != si || e.tok0 < h.tok1 || e.tok0 > h.tok1+1 || e.tok0 > h.tok1 && d.mentionStartsAt(h.tok1) || e.loose {
				continue
			}
			if e.kind == dateAnchor && e.days > 0 && !e.of || e.kind == dateAbsolute && e.date.Day > 0 || e.kind == dateWeekday {
				return h, true
			}
		}
	}
	return hit{}, false
}

// laterPartnerDays dates the later of the events one clause parts in
// two or more ("reçu A le 8 mai, puis B deux semaines plus tard", "era
// stato a Tripoli da A martedì e il giorno dopo ad Abu Dhabi da B",
// "recibió a A el 3 de marzo y, dos semanas más tarde, a B"): a phrase
// counting days on from the event before, standing between the partners
// of one event and those of the next, dates the next so many days after
// the one before.
func (d *doc) laterPartnerDays(evs []*event, g *group, si int) {
	for k := 1; k < len(evs); k++ {
		ev, prev := evs[k], evs[k-1]
		if ev == nil || prev == nil || prev.m.Date.Day == 0 || ev.sent != si || prev.sent != si {
			continue
		}
		lo, hi := -1, -1
		for _, m := range g.mentions {
			own, before := contains(ev.parts, m.actor), contains(prev.parts, m.actor)
			if before && !own {
				lo = max(lo, m.tok1)
			}
			if own && !before && hi < 0 {
				hi = m.tok0
			}
		}
		if lo < 0 || hi <= lo {
			continue
		}
		for _, x := range d.dates {
			if x.sent == si && x.kind == dateAnchor && x.days > 0 && !x.of && x.tok0 >= lo && x.tok1 <= hi {
				ev.m.Date = shiftDays(prev.m.Date, x.days)
				break
			}
		}
	}
}
