package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/parley/parley/graph"
)

// The date, status, place and mode of an event once its people are
// known: cues inside a topic phrase, days counted from the day last
// named, places inside descriptions.

// topicCue tells whether the planned or cancelled cue h stands inside the
// phrase that says what the meeting was about, where it belongs to the
// noun it modifies, not to the meeting: "hat am Dienstag mit X über die
// geplante Libyen-Konferenz telefoniert", "spoke about the planned
// conference", "ont discuté de la conférence prévue", "говорили о
// предстоящей конференции", "حول المؤتمر المرتقب", and, with the topic
// word after its noun, "planlanan konferans hakkında görüştü". The cue
// follows a topic or discuss phrase by at most three words with no
// punctuation between (precedes a topic_after phrase in the same way),
// and the meeting's trigger main is not the noun it modifies.
func (d *doc) topicCue(h, main hit, hs []hit) bool {
	if h.tok0 <= main.tok0 && main.tok0 < h.tok1 {
		return false
	}
	for _, t := range hs {
		switch t.p.kind {
		case pTopic, pDiscuss:
			// (not a preposition of time: "to meet Haftar on December 14
			// was called off")
			if t.tok1 > h.tok0 || h.tok0-t.tok1 > 3 || d.punctIn(t.tok1, h.tok0, ",;:.") || d.dateStartsAt(t.tok1) {
				continue
			}
			// (the cue modifies the trigger noun right after it: "über
			// das geplante Treffen" tells the planned meeting itself)
			if main.tok0 >= t.tok1 && main.tok0 <= h.tok1+1 {
				continue
			}
			return true
		case pTopicAfter:
			if t.tok0 < h.tok1 || t.tok0-h.tok1 > 4 || d.punctIn(h.tok1, t.tok0, ",;:.،") || main.tok0 < t.tok1 {
				continue
			}
			if main.tok0 >= h.tok1 && main.tok0 < t.tok0 {
				continue
			}
			return true
		}
	}
	return false
}

// namedDayAnchor dates an anchor word that points back at a day ("the
// same day", "in the evening", "ese día", "aynı akşam", "в тот же день",
// "في اليوم نفسه", "three days later") by the last day named before it:
// earlier in its own sentence for a same-day word ("أجرى اتصالا أمس
// الأول …، ثم تلقى في اليوم نفسه اتصالا"), else in the sentences before it
// in its paragraph, whatever became of what the sentence that names it
// tells ("the meeting planned for Sunday in Istanbul was put off at the
// last minute. The two ministers spoke by phone that evening"). A text
// moves its story's day by naming it; the last held meeting told may lie
// days before. A held meeting told after that day and before the word,
// dated to the day, is the later reference ("28 декабря … Накануне … За
// день до этого"). Not the anchor of a named event ("the eve of the
// conference"), nor Russian "накануне", nor one whose sentence names
// another date or points back at a meeting by a phrase ("в тот же день,
// после встречи с Салехом"); nor a held meeting's word after a day of
// something still to come ("The vote is due on 24 December. That night
// …"); an opening "the next day" right after a sentence that names a day
// is left to openingAnchorDay.
func (d *doc) namedDayAnchor(e dateExpr, status string, anchor graph.Date) (graph.Date, bool) {
	if e.kind != dateAnchor || e.of || e.lede || d.toldEventDate(e.sent, d.sentHits(e.sent)).Day != 0 {
		return graph.Date{}, false
	}
	// (a day written before a shifting anchor is the event's own, the
	// anchor in apposition: "В среду, накануне переговоров, …")
	if b, ok := d.dayBefore(e); ok {
		if e.days != 0 {
			return graph.Date{}, false
		}
		st := graph.StatusHeld
		if status == graph.StatusPlanned {
			st = status
		}
		if dt := d.resolve(b, st, anchor); dt.Day != 0 && dt.Month != 0 {
			return dt, true
		}
		return graph.Date{}, false
	}
	if e.sent == 0 || d.otherDate(e) {
		return graph.Date{}, false
	}
	var b dateExpr
	ok := false
	for _, o := range d.dates {
		if o.sent >= e.sent {
			break
		}
		if d.sents[o.sent].para != d.sents[e.sent].para || !d.dayDate(o) || o.sent == d.datelineSent && o.tok0 < d.datelineEnd {
			continue
		}
		// (a weekday after a written date of its sentence is in
		// apposition to it: "14 Haziran Pazar günü")
		if ok && b.sent == o.sent && b.kind == dateAbsolute && o.kind == dateWeekday {
			continue
		}
		b, ok = o, true
	}
	if !ok {
		return graph.Date{}, false
	}
	named := d.namedDayStatus(b.sent)
	if named == graph.StatusPlanned && status == graph.StatusHeld {
		return graph.Date{}, false
	}
	st := graph.StatusHeld
	if status == graph.StatusPlanned && named == graph.StatusPlanned {
		st = status
	}
	dt := d.resolve(b, st, anchor)
	// (a meeting told as the day before is a flashback: "The day before,
	// she had phoned X. The next day, …" goes on from the day named;
	// "За день до этого" goes further back from it)
	for _, m := range d.meetings {
		if m.sent <= b.sent || m.sent >= e.sent || m.m.Status != "" && m.m.Status != graph.StatusHeld || m.m.Date.Day == 0 || m.m.Date.Month == 0 {
			continue
		}
		if e.days >= 0 && dt.Day != 0 && dt.Month != 0 && dayEarlier(m.m.Date, dt) {
			continue
		}
		dt = m.m.Date
	}
	if dt.Day == 0 || dt.Month == 0 {
		return graph.Date{}, false
	}
	return shiftDays(dt, e.days), true
}

// namedDayStatus is how a day named in sentence si is read: planned when
// the sentence has a planned cue and no cancelled one ("the vote is due on
// 24 December", "will travel to Paris on Friday"), else held.
func (d *doc) namedDayStatus(si int) string {
	hs := d.sentHits(si)
	planned := false
	for _, h := range hs {
		if d.inQuote[h.tok0] || ignored(h, hs) {
			continue
		}
		switch h.p.kind {
		case pCancelled:
			return graph.StatusHeld
		case pPlanned:
			planned = true
		}
	}
	if planned {
		return graph.StatusPlanned
	}
	return graph.StatusHeld
}

// dayEarlier tells whether day a comes before day b (of one year when
// either has none).
func dayEarlier(a, b graph.Date) bool {
	if a.Year == 0 || b.Year == 0 {
		a.Year, b.Year = 2001, 2001
	}
	return toTime(a).Before(toTime(b))
}

// inEpithet tells whether place mention p lies inside an actor's epithet
// of the lexicon ("l'uomo forte della Cirenaica", "the strongman of
// Benghazi", "l'homme fort de l'Est"): the place describes the man, it
// is not where the meeting was.
func (d *doc) inEpithet(p placeMention) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > p.tok0 })
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		// (or a title that holds the office's seat: "la titolare del
		// Viminale", "il titolare della Farnesina")
		if h := d.hits[j]; (h.p.kind == pEpithet || h.p.kind == pTitle) && h.tok0 <= p.tok0 && p.tok1 <= h.tok1 {
			return true
		}
	}
	return false
}

// namingCall tells whether call trigger h is the verb of naming, not of
// phoning: a quotation opens right after it ("a visit his aides called
// "a message to the east"", "una visita que sus asesores llamaron
// «un mensaje»", "ce qu'il a appelé « une trahison »").
//
// (session 20) so does a quotation right after the verb's object, at
// most five words on with no mark between: "He called Italy "a strategic
// partner"", "Erdogan llamó a Haftar «golpista»", "ha chiamato Haftar
// «un interlocutore»", "called the Sirte line "a red line"" name and
// describe; "called Sarraj on Thursday to offer "full support"" phones.
func (d *doc) namingCall(h hit) bool {
	if h.p.kind != pCall || h.tok1 >= len(d.toks) || d.inQuote[h.tok0] {
		return false
	}
	if d.inQuote[h.tok1] {
		return d.toks[h.tok1].sent == d.toks[h.tok0].sent
	}
	// (not where the object comes first: "telefonda görüştü" closes its
	// clause; nor past a date or "and": "conversaron por teléfono el
	// miércoles y acordaron buscar «…»")
	if verbFinal[d.lang] || d.lang == "ar" {
		return false
	}
	for k := h.tok1; k < len(d.toks) && k <= h.tok1+5 && d.toks[k].sent == d.toks[h.tok0].sent; k++ {
		if d.inQuote[k] {
			return true
		}
		if k > h.tok1 && strings.Trim(d.toks[k].punct, " -'’") != "" || d.dateStartsAt(k) || d.hitStartsWithKind(k, pAnd) {
			return false
		}
	}
	return false
}

// ellipticDays reads a day number standing alone after its article, the
// month left to the full date written before it in its sentence: "a
// téléphoné le 14 janvier à Poutine, puis, le 15, à Erdogan", "el 3 de
// marzo con X y el 5 con Y", "il 7 maggio … il 22", "am 14. Januar … am
// 15.": the same month, a later day.
func (d *doc) ellipticDays() {
	var add []dateExpr
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.script != scriptDigit || len(t.norm) > 2 || d.toks[i-1].sent != t.sent {
			continue
		}
		day, err := strconv.Atoi(t.norm)
		if err != nil || day < 1 || day > 31 {
			continue
		}
		switch d.toks[i-1].norm {
		case "le", "el", "il":
			if d.lang != "fr" && d.lang != "es" && d.lang != "it" {
				continue
			}
		case "am":
			if d.lang != "de" || i+1 >= len(d.toks) || !strings.HasPrefix(d.toks[i+1].punct, ".") {
				continue
			}
		default:
			continue
		}
		var full *dateExpr
		taken := false
		for k := range d.dates {
			e := &d.dates[k]
			if e.tok0 <= i && i < e.tok1 {
				taken = true
				break
			}
			if e.kind == dateAbsolute && e.sent == t.sent && e.tok1 <= i-1 && e.date.Month != 0 && e.date.Day != 0 && (full == nil || e.tok0 > full.tok0) {
				full = e
			}
		}
		if taken || full == nil || day <= full.date.Day {
			continue
		}
		dt := graph.Date{Year: full.date.Year, Month: full.date.Month, Day: day}
		if !dt.Valid() {
			continue
		}
		add = append(add, dateExpr{tok0: i, tok1: i + 1, sent: t.sent, kind: dateAbsolute, date: dt})
	}
	d.dates = append(d.dates, add...)
}

// toldDayBefore dates an anchor word opening its sentence ("Le
// lendemain, …", "The next day, …") by the day of the held meeting the
// sentence before told, when that meeting is dated to the day: the
// story's day is the meeting's, not a date a clause of that sentence
// writes about something else ("Le président, qu'Erdogan avait appelé dès
// le 3 janvier, recevait trois jours plus tard Sarraj. Le lendemain, …").
// Not a meeting told as the day before the story's ("The day before, she
// had phoned X. The next day, …" goes on from the story's day).
func (d *doc) toldDayBefore(e dateExpr, trig int) (graph.Date, bool) {
	s := d.sents[e.sent]
	if e.kind != dateAnchor || e.sent == 0 || e.days == 0 || e.lede || e.of || e.tok0-s.tok0 > 2 || e.tok0 > trig || d.otherDate(e) || d.sents[e.sent-1].para != s.para {
		return graph.Date{}, false
	}
	var dt graph.Date
	for _, m := range d.meetings {
		if m.sent != e.sent-1 || m.m.Status != "" && m.m.Status != graph.StatusHeld || m.m.Date.Day == 0 || m.m.Date.Month == 0 {
			continue
		}
		if d.backSent == m.sent && d.backDay == m.m.Date {
			continue
		}
		dt = m.m.Date
	}
	if dt.Day == 0 {
		return graph.Date{}, false
	}
	return shiftDays(dt, e.days), true
}

// cityOfCountryIn narrows a country that sets the scene of sentence si to
// a city of it the sentence goes to or is in ("stayed on in Libya and
// flew to Benghazi"), as eventPlace does for a meeting's own clause.
func (d *doc) cityOfCountryIn(si int, place string) string {
	if !d.isCountry(place) {
		return place
	}
	for _, p := range d.placeMs {
		if d.toks[p.tok0].sent == si && (p.loc || p.dir) && !d.placeOfNoun(p) && d.countryOf(p.place) == place {
			return p.place
		}
	}
	return place
}

// namedEventDay dates a phrase that names the event it counts from ("vor
// der Konferenz", "the day after the summit", "konferans başlamadan önce",
// "کانفرنس سے قبل", "قبل المؤتمر") by the day the article gave that event
// earlier: the last held meeting told before it in a sentence naming the
// same noun, else the last sentence naming the noun with a day written,
// else the last conference-sized meeting (four participants or more) told
// before it. The phrase's noun is its last long word, its first in a
// verb-final language. A day found only to the month stays partial,
// unshifted. With no such day "before the conference" dates nothing (ok,
// zero date): the event told last is another one.
func (d *doc) namedEventDay(e dateExpr, status string, anchor graph.Date) (graph.Date, bool) {
	if e.kind != dateAnchor || !e.event {
		return graph.Date{}, false
	}
	// (a day of its own sentence dates the event, the phrase in
	// apposition: "am Mittwoch noch vor Konferenzbeginn", "before the
	// summit opened on 19 January")
	if b, ok := d.otherDayIn(e); ok && !e.named && (b.tok1 >= e.tok0-4 && b.tok1 <= e.tok0 || b.tok0 >= e.tok1 && b.tok0 <= e.tok1+4) {
		return d.resolve(b, status, anchor), true
	}
	stem := ""
	if e.named {
		if dt, ok := d.namedBesideOwnDay(e, status, anchor); ok {
			if dt.Day != 0 {
				dt = shiftDays(dt, e.days)
			}
			return dt, true
		}
		stem = d.namedBesideStem(e)
	}
	if !e.named {
		stem = d.eventNounStem(e)
	}
	if stem == "" {
		return graph.Date{}, false
	}
	names := func(si int) bool {
		for t := d.sents[si].tok0; t < d.sents[si].tok1; t++ {
			if (t < e.tok0 || t >= e.tok1) && strings.Contains(d.toks[t].key, stem) {
				return true
			}
		}
		return false
	}
	shift := func(dt graph.Date) graph.Date {
		if dt.Day == 0 {
			return dt
		}
		return shiftDays(dt, e.days)
	}
	var best *event
	for _, m := range d.meetings {
		if m.sent < e.sent && m.m.Status == graph.StatusHeld && m.m.Date.Month != 0 && names(m.sent) {
			best = m
		}
	}
	if best != nil {
		return shift(best.m.Date), true
	}
	for si := e.sent - 1; si >= 0; si-- {
		if !names(si) {
			continue
		}
		// (the day nearest the noun, not the sentence's first: "12
		// Ocak'ta yürürlüğe giren ateşkesin …, dün Berlin'de düzenlenen
		// konferansla …" dates the conference by "dün")
		noun := d.sents[si].tok0
		for t := d.sents[si].tok0; t < d.sents[si].tok1; t++ {
			if strings.Contains(d.toks[t].key, stem) {
				noun = t
				break
			}
		}
		var best graph.Date
		bestDist := 1 << 30
		for _, o := range d.dates {
			if o.sent != si || !d.dayDate(o) || o.sent == d.datelineSent && o.tok0 < d.datelineEnd {
				continue
			}
			// (a meeting still to come counts from an event still to
			// come: "The conference opens on June 23. The day before
			// the conference, X will meet Y" in a paper of June 18)
			st := graph.StatusHeld
			if status == graph.StatusPlanned {
				st = status
			}
			// (a named anchor counts from the opening its noun's event
			// had, the sentence's first day: "9 Kasım'da açılan … Forumu,
			// pazar günü … sona erdi")
			dist := min(abs(o.tok0-noun), abs(o.tok1-1-noun))
			if e.named {
				dist = 0
			}
			if dt := d.resolve(o, st, anchor); dt.Day != 0 && dt.Month != 0 && dist < bestDist {
				best, bestDist = dt, dist
			}
		}
		if bestDist < 1<<30 {
			return shift(best), true
		}
	}
	for _, m := range d.meetings {
		if m.sent < e.sent && m.m.Status == graph.StatusHeld && m.m.Date.Day != 0 && len(m.m.Participants) >= 4 && !e.named {
			best = m
		}
	}
	if best != nil {
		return shift(best.m.Date), true
	}
	// (a count of days goes on from the last day written, as "two days
	// earlier" does)
	return graph.Date{}, e.days == 0
}

// namedBesideStem is the stem of the event a `named` anchor counts from,
// named beside the phrase rather than by its own word ("açılış",
// "افتتاح", "opening"): the genitive before it in a verb-final language
// ("Tunus forumunun açılışından bir gün önce"), else the first long word
// after it ("عشية افتتاح ملتقى الحوار", "on the eve of the opening of the
// forum"), within three words.
func (d *doc) namedBesideStem(e dateExpr) string {
	s := d.sents[e.sent]
	for i := 1; i <= 3; i++ {
		k := e.tok1 - 1 + i
		if verbFinal[d.lang] {
			k = e.tok0 - i
		}
		if k < s.tok0 || k >= s.tok1 {
			return ""
		}
		if r := []rune(d.toks[k].key); len(r) >= 5 {
			return string(r[:5])
		}
	}
	return ""
}

// namedBesideOwnDay is the day its own sentence writes for the event a
// `named` anchor names after it ("عشية افتتاح ملتقى الحوار السياسي الليبي
// في تونس، المقرر في 9 نوفمبر"): a day within twelve words after the
// phrase (before it in a verb-final language: "9 Kasım'da açılacak
// forumun açılışından önce"), the nearest.
func (d *doc) namedBesideOwnDay(e dateExpr, status string, anchor graph.Date) (graph.Date, bool) {
	best, dist := -1, 13
	for i, o := range d.dates {
		if o.sent != e.sent || o.tok0 == e.tok0 || !d.dayDate(o) {
			continue
		}
		n := o.tok0 - e.tok1
		if verbFinal[d.lang] {
			n = e.tok0 - o.tok1
		}
		if n >= 0 && n < dist {
			best, dist = i, n
		}
	}
	if best < 0 {
		return graph.Date{}, false
	}
	return d.resolve(d.dates[best], status, anchor), true
}

// namedEventPlace is the city of the event a phrase of the clause
// [lo, hi) of sentence si names and counts its day from ("before the
// conference", "konferans öncesinde", "کانفرنس سے پہلے", "vor der
// Konferenz"): the place of the last held meeting told before it in a
// sentence naming the same noun, else the city named nearest that noun
// in the last sentence before it that names it ("Berlin'de düzenlenen
// konferans", "برلن کانفرنس منعقد ہوئی", "la conferenza di Berlino").
// A meeting the article dates by that event and places nowhere else was
// held where the event was, not in a city an earlier sentence named.
// "" when the clause holds no such phrase or the event has no city.
func (d *doc) namedEventPlace(si, lo, hi int) string {
	var e *dateExpr
	for i := range d.dates {
		if o := &d.dates[i]; o.sent == si && o.kind == dateAnchor && o.event && !o.named && o.tok0 >= lo && o.tok0 < hi {
			e = o
			break
		}
	}
	if e == nil {
		return ""
	}
	stem := d.eventNounStem(*e)
	if stem == "" {
		return ""
	}
	nounIn := func(si int) int {
		for t := d.sents[si].tok0; t < d.sents[si].tok1; t++ {
			if (t < e.tok0 || t >= e.tok1) && strings.Contains(d.toks[t].key, stem) {
				return t
			}
		}
		return -1
	}
	for i := len(d.meetings) - 1; i >= 0; i-- {
		if m := d.meetings[i]; m.sent < si && m.m.Status == graph.StatusHeld && m.m.Place != "" && !d.isCountry(m.m.Place) && nounIn(m.sent) >= 0 {
			return m.m.Place
		}
	}
	for s := si - 1; s >= 0; s-- {
		k := nounIn(s)
		if k < 0 {
			continue
		}
		best, dist := "", 1<<30
		for _, p := range d.placeMs {
			if d.toks[p.tok0].sent != s || d.inQuote[p.tok0] || d.isCountry(p.place) || d.x.lx.seas[p.place] {
				continue
			}
			if n := min(abs(p.tok0-k), abs(p.tok1-1-k)); n < dist {
				best, dist = p.place, n
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// eventNounStem is the first five letters of the event noun of a phrase
// that dates by an event ("vor der Konferenz", "konferans öncesinde"):
// its last word of five letters or more, its first in a verb-final
// language; "" when it has none.
func (d *doc) eventNounStem(e dateExpr) string {
	for i := 0; i < e.tok1-e.tok0; i++ {
		k := e.tok1 - 1 - i
		if verbFinal[d.lang] {
			k = e.tok0 + i
		}
		if r := []rune(d.toks[k].key); len(r) >= 5 {
			return string(r[:5])
		}
	}
	return ""
}
