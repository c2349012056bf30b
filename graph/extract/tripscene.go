package extract

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parley/parley/graph"
)

// tripScene is the city a held visit or arrival of the story took its
// travellers to ("aterrizó ayer en Trípoli", "Trablus'u ziyaret etti",
// "arrived in Tripoli"), with the day of that visit: a trip report tells
// its later meetings by venue only ("en la sede del Gobierno", "presso la
// residenza dell'ambasciatore", "dans ses bureaux du centre-ville") or by
// none, and they are held in the trip's city.
type tripScene struct {
	place  string // "" while no trip is told
	guests []string
	date   graph.Date
	sent   int
	// the person who travels (the first guest who is a person), and the
	// last sentence that told him at an event of the trip: the later
	// meetings of the scene whose clause names no subject are his
	traveller string
	last      int
	// the day of the scene's last stop (none when the traveller moved on
	// to a city on a day not told), which its undated meetings take
	day graph.Date
}

// noteTrip records the city of held event ev as the trip's scene when ev
// is a visit (an arrival alone, with no host, counts) to a city, or a
// meeting in a city other than the scene's of one of the trip's guests
// (the traveller moved on: "then flew to Benghazi, where he met Haftar").
func (d *doc) noteTrip(ev *event) {
	if ev == nil || ev.m.Status != graph.StatusHeld || ev.m.Place == "" || d.isCountry(ev.m.Place) || d.pluperfect(ev) {
		return
	}
	switch {
	case ev.m.Mode == graph.ModeVisit:
		var guests []string
		for _, p := range ev.parts {
			// (a trip goes abroad: a city of the guest's own country
			// is a misread place, "una visita che a Roma viene letta")
			if c := d.actorCountry(p); c != "" && c == d.countryOf(ev.m.Place) {
				continue
			}
			if r := ev.roles[p]; r == graph.RoleGuest || len(ev.parts) == 1 {
				guests = append(guests, p)
			}
		}
		if len(guests) == 0 {
			return
		}
		d.trip = tripScene{place: ev.m.Place, guests: guests, date: ev.m.Date, sent: ev.sent, last: ev.sent, day: ev.m.Date}
		// (a name the lexicon does not know may be a misread word)
		known := func(p string) bool { return d.isPerson(p) && !strings.HasPrefix(p, "x-") }
		if i := slices.IndexFunc(guests, known); i >= 0 {
			d.trip.traveller = guests[i]
		} else if i := slices.IndexFunc(ev.parts, func(p string) bool {
			// (a misread guest before him: the one of the visit's
			// people who comes from abroad, "La ministra de Asuntos
			// Exteriores, …, Arancha González Laya, visitó … Trípoli")
			c := d.actorCountry(p)
			return known(p) && c != "" && c != d.countryOf(ev.m.Place)
		}); i >= 0 {
			d.trip.traveller = ev.parts[i]
		}
	case ev.m.Mode == graph.ModeInPerson && d.trip.place != "" && ev.m.Place != d.trip.place && d.tripGuestIn(ev.parts):
		d.trip.place, d.trip.sent, d.trip.last, d.trip.day = ev.m.Place, ev.sent, ev.sent, ev.m.Date
		if !ev.m.Date.IsZero() {
			d.trip.date = ev.m.Date
		}
	}
}

// tripGuestIn tells whether one of the trip's guests is among parts.
func (d *doc) tripGuestIn(parts []string) bool {
	return slices.ContainsFunc(parts, func(p string) bool { return contains(d.trip.guests, p) })
}

// tripPlace is the trip's city for in-person event ev told after the
// trip with no place of its own: one of the trip's guests takes part, ev
// is not told as background (pluperfect), and its day is the trip's or
// one of the three days after it (both dated; to the month when either
// has no day).
func (d *doc) tripPlace(ev *event) string {
	t := d.trip
	if t.place == "" || ev.sent <= t.sent || !d.tripGuestIn(ev.parts) || slices.Contains(ev.parts, t.place) || d.pluperfect(ev) {
		return ""
	}
	// (an undated meeting may be any time: "after the meeting" with the
	// host may follow the trip's return home)
	if ev.m.Date.IsZero() || t.date.IsZero() {
		return ""
	}
	if ev.m.Date.Day == 0 || t.date.Day == 0 {
		if ev.m.Date.Month != t.date.Month {
			return ""
		}
	} else {
		a, b := ev.m.Date, t.date
		if a.Year == 0 || b.Year == 0 {
			a.Year, b.Year = 2001, 2001
		}
		if diff := toTime(a).Sub(toTime(b)); diff < 0 || diff > 3*24*time.Hour {
			return ""
		}
	}
	return t.place
}

// loneTrip notes the trip of a visit or arrival clause that names its
// traveller alone ("aterrizó ayer en Trípoli", "è atterrata a Tripoli",
// "Trablus'u ziyaret etti"): no event, but the scene of the traveller's
// later meetings. A cue of plan or cancellation in the clause, or a verb
// in the future, tells no trip made.
func (d *doc) loneTrip(si int, g *group, hs []hit, main hit, guest string, seen map[string]bool, anchor graph.Date) {
	lo, hi := g.lo, g.hi
	if d.inQuote[main.tok0] || d.futureVerb(lo, hi, g.trigs[0].tok0) || d.forwardDayIn(lo, hi) {
		return
	}
	for _, h := range hs {
		if h.tok0 >= lo && h.tok0 < hi && !d.inQuote[h.tok0] && !ignored(h, hs) && (h.p.kind == pPlanned || h.p.kind == pCancelled) {
			return
		}
	}
	if d.earlierClauseCue(si, lo, main, hs, graph.StatusHeld) != graph.StatusHeld {
		return
	}
	ev := &event{sent: si, class: g.class(), parts: []string{guest}, roles: map[string]string{guest: graph.RoleGuest}, trig: main.tok0}
	ev.m.Mode, ev.m.Status = graph.ModeVisit, graph.StatusHeld
	ev.m.Place = d.capitalOfSameName(d.eventPlace(lo, hi, main.tok0, si, seen, g.rel), si)
	ev.m.Date = d.eventDate(si, lo, hi, main.tok0, graph.StatusHeld, anchor)
	d.noteTrip(ev)
}

// sceneGoesOn notes event ev of sentence si as one of the trip's scene
// when its traveller takes part: the scene stays open for the sentences
// right after it.
func (d *doc) sceneGoesOn(ev *event) {
	if ev != nil && d.trip.traveller != "" && ev.sent > d.trip.last && contains(ev.parts, d.trip.traveller) && !d.pluperfect(ev) {
		d.trip.last = ev.sent
	}
}

// sceneTraveller is the trip's traveller for meeting clause g of
// sentence si when the clause names no subject of its own: a trip ("visitó
// Trípoli", "arrived in Algiers", "Trablus'a gitti") opens a scene, and
// the sentences that follow tell its meetings with the visitor as a
// pronoun, a dropped subject or a passive's subject ("A primera hora fue
// recibida por X y a continuación por Y", "He then sat down with X",
// "Allí se reunió con X", "Затем его принял X", "X tarafından kabul
// edildi"). The scene holds while each sentence since the traveller's
// last event is his or names no other subject; it is "" otherwise, or
// when the clause names the traveller itself.
func (d *doc) sceneTraveller(si int, g *group, hs []hit, main hit, parts []string, seen map[string]bool) string {
	t := d.trip
	if t.traveller == "" || si <= t.sent || si-t.last > 2 || seen[t.traveller] || d.inQuote[main.tok0] || len(parts) == 0 {
		return ""
	}
	// (a call reaches the traveller's host as well: "Mardi, il s'est
	// entretenu au téléphone avec Macron" after a visit to Saied; a
	// meeting told as background is no step of the trip)
	if g.class() == "call" || g.has(pVideo) || d.kindIn(hs, g.lo, main.tok1, pPluperfect) {
		return ""
	}
	for sj := t.last + 1; sj < si; sj++ {
		if p := d.lastSubject(sj); p != "" && p != t.traveller {
			return ""
		}
	}
	if !d.subjectless(g, hs, main, parts) {
		return ""
	}
	return t.traveller
}

// subjectless tells whether meeting clause g, whose people are parts,
// names no subject of its own, only the partners of an unnamed one: in
// a verb-final language every name is marked as no subject ("X ile",
// "X tarafından", "X سے") or a pronoun stands for the subject; in Arabic
// the verb comes first with a single person after it ("ثم استقبله X");
// elsewhere no name stands before the verb but a passive's agent ("fue
// recibida por X", "wurde er von X empfangen"), and in German and
// Russian, whose subject may follow the verb, the clause names one
// person or holds a pronoun ("Dort empfing ihn X", "Затем его принял X").
func (d *doc) subjectless(g *group, hs []hit, main hit, parts []string) bool {
	// (a subject the sentence names before the clause, or a group or
	// delegation phrase, is the clause's own: "أما الدبيبة، فقد التقى …
	// وتلقى", "les trois ministres ont été reçus par X")
	s := d.sents[d.toks[main.tok0].sent]
	if d.kindIn(hs, s.tok0, main.tok0, pBoth, pDelegation, pGuest, pHostPerson, pMediators) {
		return false
	}
	// (the objects of an earlier clause of the sentence are none: "Prima
	// ha incontrato Dbeibah, poi è stato ricevuto da Menfi")
	first := main.tok0
	for _, h := range hs {
		if isTrigger(h.p.kind) && h.tok0 >= s.tok0 && h.tok0 < first && !d.inQuote[h.tok0] {
			first = h.tok0
		}
	}
	end := main.tok0
	if verbFinal[d.lang] {
		end = g.lo
	}
	for _, m := range d.mentions {
		// (nor is the trip's own city or country: "Erste Station war
		// Algier, wo der Minister von X empfangen wurde")
		if m.tok0 >= first && m.tok0 < g.lo || d.trip.place != "" && (m.actor == d.countryOf(d.trip.place) || m.actor == d.trip.place) {
			continue
		}
		if m.tok0 >= s.tok0 && m.tok0 < end && !d.inQuote[m.tok0] && !m.loc && !m.dir && !d.agentBefore(hs, s.tok0, m.tok0) && !(verbFinal[d.lang] && d.kindIn(hs, m.tok1, m.tok1+1, pOblique)) {
			return false
		}
	}
	var own []mention
	for _, m := range g.mentions {
		if !d.inQuote[m.tok0] && !m.loc && !m.dir && contains(parts, m.actor) {
			own = append(own, m)
		}
	}
	if len(own) == 0 {
		return false
	}
	pronoun := d.kindIn(hs, g.lo, g.hi, pPronoun, pObjPron)
	switch {
	case verbFinal[d.lang]:
		if pronoun {
			return true
		}
		for _, m := range own {
			if !d.kindIn(hs, m.tok1, m.tok1+1, pOblique) {
				return false
			}
		}
		return true
	case d.lang == "ar":
		return own[0].tok0 > main.tok0 && len(parts) == 1
	}
	// (the pronoun beside the verb: "его заместитель встретился с X и Y"
	// has a subject of its own)
	if (d.lang == "de" || d.lang == "ru") && len(parts) > 1 && !slices.ContainsFunc(hs, func(h hit) bool {
		return (h.p.kind == pPronoun || h.p.kind == pObjPron) && ((h.tok1 == main.tok0 || h.tok1+1 == main.tok0 && d.insertedAt(h.tok1)) || h.tok0 >= main.tok1 && h.tok0-main.tok1 <= 1)
	}) {
		return false
	}
	return true
}

// agentBefore tells whether a passive's agent word ("por", "by", "von")
// opens the name that starts at token k, a title at most between.
func (d *doc) agentBefore(hs []hit, lo, k int) bool {
	for _, h := range hs {
		// (the name's span may start on the word itself: "von
		// Staatspräsident X")
		if h.p.kind == pAgent && h.tok0 <= k && h.tok0 >= lo && k-h.tok0 <= 4 && !d.punctIn(h.tok1, k, ",;:") {
			return true
		}
	}
	return false
}

// thenClause tells whether group g, after group p of the same sentence,
// is a clause of its own that a `then` word opens after a comma ("…
// ricevuta dal premier Dbeibah, poi ha incontrato Mangoush", "reçu par
// X, puis s'est entretenu avec Y", "met X, then held talks with Y"):
// both clauses name a partner after their verb, and the word stands
// right before the second verb, an auxiliary or pronoun at most between.
func (d *doc) thenClause(p, g *group) bool {
	last, next := p.trigs[len(p.trigs)-1], g.trigs[0]
	if verbFinal[d.lang] || !mentionIn(p.mentions, p.trigs[0].tok1, g.lo) || !mentionIn(g.mentions, next.tok1, g.hi) {
		return false
	}
	for _, h := range d.sentHits(d.toks[next.tok0].sent) {
		if h.p.kind == pThen && h.tok0 > last.tok1 && h.tok1 <= next.tok0 && next.tok0-h.tok1 <= 3 && d.punctIn(h.tok0, h.tok0, ",،;") && !mentionIn(g.mentions, h.tok1, next.tok0) && !d.inQuote[h.tok0] {
			return true
		}
	}
	return false
}

// purposeRightBefore tells whether a purpose word ("per", "para",
// "pour", "in order to") stands right before meeting trigger t, a
// reflexive pronoun at most between ("para entrevistarse", "pour
// s'entretenir", "per incontrare"): the meeting is what the trip before
// it is made for.
func (d *doc) purposeRightBefore(t hit) bool {
	if classOf(t.p.kind) != "meet" {
		return false
	}
	// (English marks the purpose with the bare infinitive: "will travel
	// to Tripoli with Maas to meet Dbeibah")
	if d.lang == "en" && t.p.kind == pMeet && t.tok0 > 0 && d.toks[t.tok0-1].key == "to" && d.toks[t.tok0-1].punct == "" && !d.inQuote[t.tok0] {
		return true
	}
	for _, h := range d.sentHits(d.toks[t.tok0].sent) {
		if h.p.kind == pPurpose && h.tok1 <= t.tok0 && t.tok0-h.tok1 <= 1 && !d.inQuote[h.tok0] {
			return true
		}
	}
	return false
}

// dayBefore tells whether day a comes before day b (both with a day; a
// missing year is taken as the same).
func dayBefore(a, b graph.Date) bool {
	if a.Day == 0 || b.Day == 0 {
		return false
	}
	if a.Year == 0 || b.Year == 0 {
		a.Year, b.Year = 2001, 2001
	}
	return toTime(a).Before(toTime(b))
}

// sceneDay is the trip's day for held event ev, told with no day of its
// own in the open scene of the trip (its traveller takes part, at most
// two sentences after his last event, not as background): in the trip's
// city or in none ("Allí se reunió con Haftar", "Там он был принят X").
// A meeting in another city may be on another day ("Danach flog er nach
// Kairo, wo er mit Schukri sprach"): none.
func (d *doc) sceneDay(ev *event, g *group, hs []hit) graph.Date {
	t := d.trip
	if t.traveller == "" || t.day.IsZero() || ev.sent <= t.sent || ev.sent-t.last > 2 || !contains(ev.parts, t.traveller) || d.pluperfect(ev) {
		return graph.Date{}
	}
	if ev.m.Place != "" && ev.m.Place != t.place {
		return graph.Date{}
	}
	// (a trip told as background, days before the story's meetings, is
	// no scene of the later ones: "Before coming to Ankara, Dendias had
	// travelled to Tripoli on 6 April …")
	if d.flashback(&event{m: graph.Meeting{Date: t.day}}) {
		return graph.Date{}
	}
	return t.day
}

// plannedTraveller is the trip's traveller for a planned or cancelled
// meeting noun that names no owner of its own, told in the trip's story
// ("Ein in Tunis geplantes Treffen mit X wurde abgesagt", "L'entretien
// prévu avec X a été annulé", "X ile planlanan görüşme iptal edildi"): a
// stop of the tour that did not happen is the visitor's, not the last
// sentence's subject's (the host he saw just before) nor the person the
// article names most. The trip's last event is at most three sentences
// back, the traveller is a person the clause does not name, and the
// trip is no background (flashback).
func (d *doc) plannedTraveller(g *group, hs []hit, planned bool) string {
	t := d.trip
	si := d.toks[g.trigs[0].tok0].sent
	if !planned || !d.nounHeaded(g, hs) || g.class() == "call" || d.inQuote[g.trigs[0].tok0] || d.kindIn(hs, g.lo, g.hi, pPronoun) {
		return ""
	}
	// (a group, a pair or a delegation phrase is the clause's own
	// subject: "президенты договорились провести очную встречу")
	s := d.sents[si]
	if d.kindIn(hs, s.tok0, g.hi, pBoth, pDelegation, pGuest, pHostPerson, pMediators) || d.groupFirst(hs, g.lo, g.hi) != nil {
		return ""
	}
	// (the clause names its partner, and him only as a partner: after
	// the noun, or before it with a postposition in tr ur; "Qureshi will
	// go to Ankara next month for talks" has a subject of its own)
	own := 0
	for _, m := range g.mentions {
		if m.loc || m.dir || m.kind != graph.KindPerson || d.inQuote[m.tok0] {
			continue
		}
		if verbFinal[d.lang] && !d.kindIn(hs, m.tok1, m.tok1+1, pOblique) || !verbFinal[d.lang] && m.tok0 < g.trigs[0].tok0 {
			return ""
		}
		own++
	}
	if own == 0 {
		return ""
	}
	p := ""
	if t.traveller != "" && d.isPerson(t.traveller) && si > t.sent && si-t.last <= 3 && !d.flashback(&event{m: graph.Meeting{Date: t.day}}) {
		p = t.traveller
	} else {
		p = d.storyTraveller(si)
	}
	for _, m := range g.mentions {
		if m.actor == p {
			return ""
		}
	}
	return p
}

// storyTraveller is the one who goes from meeting to meeting in the
// sentences right before si, when no trip scene names him: the person
// who takes part in the most held events told at most eight sentences
// back (the last of them at most three), in two or more and in more
// than anyone else.
func (d *doc) storyTraveller(si int) string {
	n := map[string]int{}
	near := false
	for i := len(d.meetings) - 1; i >= 0; i-- {
		ev := d.meetings[i]
		if ev.sent >= si || ev.m.Status != graph.StatusHeld || d.pluperfect(ev) {
			continue
		}
		if si-ev.sent > 8 {
			continue
		}
		near = near || si-ev.sent <= 3
		for _, p := range ev.parts {
			// (a name the lexicon does not know may be a misread word)
			if d.isPerson(p) && !strings.HasPrefix(p, "x-") {
				n[p]++
			}
		}
	}
	best, tie := "", false
	for p, c := range n {
		switch {
		case best == "" || c > n[best]:
			best, tie = p, false
		case c == n[best]:
			tie = true
		}
	}
	if !near || tie || n[best] < 2 {
		return ""
	}
	return best
}

// plannedNotOccurred tells whether meeting group g of sentence si is a
// planned meeting told not to have taken place (own): its noun opens the
// clause with a planned cue beside it, and a negation stands beside an
// `occurred` verb after it ("The planned talks with X did not take
// place", "Das geplante Treffen mit X fand nicht statt", "La rencontre
// prévue avec X n'a pas eu lieu"; see subjectNounDenied), or a negated
// phrase of not taking place, an `occurred` word inside it, follows or
// precedes the noun in its clause ("Запланированная встреча с X не
// состоялась", "Ein geplantes Treffen mit X kam nicht zustande", "X ile
// planlanan görüşme gerçekleşmedi", "ولم يعقد اللقاء المقرر مع X", "X سے
// طے شدہ ملاقات نہ ہو سکی"). Such a meeting was called off; "no meeting
// took place" with no plan stays a denial. other tells that g is only
// the negated phrase of such a noun that heads a group before it: it
// tells no event of its own.
func (d *doc) plannedNotOccurred(si int, g *group, hs []hit) (own, other bool) {
	s := d.sents[si]
	inG := func(t hit) bool { return slices.ContainsFunc(g.trigs, func(o hit) bool { return o == t }) }
	// a planned cue right before the noun, or right after it
	cued := func(t hit) bool {
		for _, p := range hs {
			if p.p.kind != pPlanned || d.inQuote[p.tok0] {
				continue
			}
			if p.tok1 <= t.tok0 && t.tok0-p.tok1 <= 2 && !d.punctIn(p.tok0, t.tok0, ",;:()،؛") || p.tok0 >= t.tok1 && p.tok0-t.tok1 <= 1 && !d.punctIn(t.tok1-1, p.tok0, ",;:()،؛") {
				return true
			}
		}
		return false
	}
	noun := func(t hit) bool {
		return t.p.kind == pMeetNoun || isTrigger(t.p.kind) && t.p.kind != pNegated && d.nounHeaded(&group{trigs: []hit{t}}, hs)
	}
	for _, n := range hs {
		if n.p.kind != pNegated || n.tok0 < s.tok0 || n.tok0 >= s.tok1 || d.inQuote[n.tok0] || !d.kindIn(hs, n.tok0, n.tok1, pOccurred) {
			continue
		}
		for _, t := range hs {
			if t.tok0 < s.tok0 || t.tok0 >= s.tok1 || !(noun(t) || t == n) || d.inQuote[t.tok0] {
				continue
			}
			if d.punctIn(min(t.tok0, n.tok0), max(t.tok1, n.tok1)-1, ",;:()،؛") || max(t.tok0, n.tok0)-min(t.tok1, n.tok1) > 12 || !cued(t) {
				continue
			}
			if inG(t) {
				return true, false
			}
			if inG(n) {
				other = true
			}
		}
	}
	if other {
		return false, true
	}
	for _, h := range hs {
		if h.p.kind != pNegation || h.tok0 < g.lo || h.tok0 >= s.tok1 || d.inQuote[h.tok0] {
			continue
		}
		for _, t := range g.trigs {
			if d.subjectNounDenied(si, hs, h, t) && cued(t) {
				return true, false
			}
		}
	}
	return false, false
}

// prepRelativeCut finds a prepositional relative pronoun (`prep_relative`:
// "with whom", "mit dem", "avec qui", "con cui", "con quien", "с
// которым", "جن سے") right after a comma and a person named at most a
// word before it, between trigger t and the next trigger next: the
// relative clause tells the main subject's own event with that person
// ("X phoned Y, with whom he will meet in Berlin on 17 January"), with its
// own tense, day and place. It is the pronoun's token and the person, or
// -1.
func (d *doc) prepRelativeCut(t, next hit) (int, string) {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= t.tok1 })
	for ; k < len(d.hits) && d.hits[k].tok0 < next.tok0; k++ {
		h := d.hits[k]
		if h.p.kind != pPrepRel || d.inQuote[h.tok0] || !d.punctIn(h.tok0, h.tok0, ",،") {
			continue
		}
		for _, m := range d.mentions {
			if m.tok1 <= h.tok0 && h.tok0-m.tok1 <= 1 && m.tok0 >= t.tok1 && m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] {
				return h.tok0, m.actor
			}
		}
	}
	return -1, ""
}

// relativeTalk reads a `rel_talk` verb ("will discuss", "besprechen
// will", "discuterà", "обсудит") as a meeting trigger when a
// `prep_relative` pronoun after a comma and a person opens its clause at
// most fourteen words before it, with no punctuation between, in its
// sentence (a German verb comes last: "mit dem er am 17. Januar in Berlin
// die letzten Details der Konferenz besprechen will") ("X phoned Y, with whom he
// will discuss the conference next week": X's planned meeting with Y,
// through prepRelativeCut); anywhere else it is no trigger.
func (d *doc) relativeTalk(h hit) hit {
	if h.p.kind != pRelTalk || d.inQuote[h.tok0] {
		return h
	}
	sent := d.toks[h.tok0].sent
	for k := len(d.hits) - 1; k >= 0; k-- {
		r := d.hits[k]
		if r.tok0 >= h.tok0 || r.p.kind != pPrepRel {
			continue
		}
		if d.toks[r.tok0].sent != sent || h.tok0-r.tok1 > 14 {
			break
		}
		if !d.punctIn(r.tok0, r.tok0, ",،") || d.punctIn(r.tok1, h.tok0, ",;:()") {
			break
		}
		for _, m := range d.mentions {
			if m.tok1 <= r.tok0 && r.tok0-m.tok1 <= 1 && m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] {
				p := *h.p
				p.kind = pMeet
				h.p = &p
				return h
			}
		}
		break
	}
	return h
}
