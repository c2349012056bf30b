package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parley/parley/graph"
)

// Kinds of date expression.
const (
	dateAbsolute = iota // "8 January", "8. Januar 2020", "January 8"
	dateWeekday         // "on Monday": resolved against publication and tense
	dateRelative        // "yesterday", "أمس": days from publication
	dateAnchor          // "the day before", "накануне": days from the previous event
	dateSince           // "a day after [event]": dates the event it introduces from the sentence's other one
)

// dateExpr is a date expression found in the text, not yet resolved.
type dateExpr struct {
	tok0, tok1 int
	sent       int
	kind       int
	date       graph.Date // dateAbsolute
	days       int        // dateRelative, dateAnchor; weekday 0-6 for dateWeekday
	tense      bool       // the sign of days follows the tense
	next       bool       // dateWeekday: "next Tuesday", the week after
	last       bool       // dateWeekday: "last Tuesday", the week before; a month alone: "last June", behind the paper
	weeks      int        // dateWeekday: in the week this many weeks from the paper's ("Dienstag vergangener Woche")
	lede       bool       // dateAnchor: from publication when no event of its paragraph anchors it ("накануне")
	of         bool       // dateAnchor: from the event the noun after it names ("la víspera de la firma")
	event      bool       // of-anchor naming its event itself ("vor der Konferenz"): dated by that event's day
	named      bool       // event anchor whose event is named beside it, not by its own word ("forumunun açılışından önce")
	loose      bool       // dateAbsolute: a month read from "last month", "next week": no written date, and no later clause's
	storyMonth bool       // dateAbsolute: its month is the one the story last wrote ("el 17 de ese mes"), set by storyMonths
	vague      bool       // dateAnchor: an unsaid number of days or weeks from the day told ("days later", "días después"): no day
}

// findDates reads the date expressions of every sentence.
func (d *doc) findDates() {
	// A month word inside a name is no month: "مايو" is May, but "دي مايو"
	// is Di Maio.
	inName := make([]bool, len(d.toks))
	for _, m := range d.mentions {
		for k := m.tok0; k < m.tok1; k++ {
			inName[k] = true
		}
	}
	months := map[int]*hit{}
	for i := range d.hits {
		h := &d.hits[i]
		if inName[h.tok0] {
			continue
		}
		switch h.p.kind {
		case pMonth:
			// (the paper's month, "bu ayın", "الشهر الجاري": none without
			// the paper's date)
			if h.p.val == 0 && d.pub.Month == 0 {
				continue
			}
			// (the longer phrase at a token: "ce mois-là" (that month)
			// is no "ce mois" (this month))
			if o, ok := months[h.tok0]; !ok || h.p.val < 0 && h.tok1 > o.tok1 {
				months[h.tok0] = h
			}
		case pWeekday:
			e := dateExpr{tok0: h.tok0, tok1: h.tok1, sent: d.toks[h.tok0].sent, kind: dateWeekday, days: h.p.val, next: d.weekWordAround(h, pNextWeek), last: d.weekWordAround(h, pLastWeek)}
			if w := d.weekBeside(h, pWeekday); w != nil {
				e.weeks = w.p.weeks
			}
			d.dates = append(d.dates, e)
		case pRelative:
			if d.insideLongerRelative(h) {
				continue // "أمس" inside "أمس الأول" (the day before yesterday)
			}
			if h.p.years != 0 {
				continue // read with the month before it
			}
			if h.p.weeks != 0 {
				// "next week", "la semana pasada", "geçen hafta": the
				// month, when the whole week lies in one
				if d.pub.IsZero() || d.overlapsKind(h, pWeekday) {
					continue // "گزشتہ ہفتے کو" is last Saturday
				}
				if d.weekBeside(h, pRelative) != nil {
					continue // the weekday beside it dates the day
				}
				p := toTime(d.pub)
				mon := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)+7*h.p.weeks)
				sun := mon.AddDate(0, 0, 6)
				if mon.Month() != sun.Month() {
					continue
				}
				d.dates = append(d.dates, dateExpr{tok0: h.tok0, tok1: h.tok1, sent: d.toks[h.tok0].sent, kind: dateAbsolute, date: graph.Date{Year: mon.Year(), Month: int(mon.Month())}, loose: true})
				continue
			}
			if h.p.months != 0 || h.p.month {
				// "last month", "в прошлом месяце", "geçen ay", "earlier
				// this month": a month from the paper's, its day unknown
				if d.pub.IsZero() {
					continue
				}
				t := time.Date(d.pub.Year, time.Month(d.pub.Month)+time.Month(h.p.months), 1, 12, 0, 0, 0, time.UTC)
				d.dates = append(d.dates, dateExpr{tok0: h.tok0, tok1: h.tok1, sent: d.toks[h.tok0].sent, kind: dateAbsolute, date: graph.Date{Year: t.Year(), Month: int(t.Month())}, loose: true})
				continue
			}
			k := dateRelative
			switch {
			case h.p.since && !d.triggerSoonAfter(h.tok1):
				continue // "a day after the ceasefire" dates no meeting
			case h.p.since:
				k = dateSince
			case h.p.anchor:
				k = dateAnchor
			}
			d.dates = append(d.dates, dateExpr{tok0: h.tok0, tok1: h.tok1, sent: d.toks[h.tok0].sent, kind: k, days: h.p.val, tense: h.p.tense, lede: h.p.lede, of: h.p.of, event: h.p.event, named: h.p.named, vague: h.p.vague})
		}
	}
	used := map[int]bool{}
	d.ordinalDays(months, inName, used)
	for i := range d.toks {
		t := &d.toks[i]
		// (an English ordinal day before "of" and a month: "the 17th of
		// January", "on the 17th of that month")
		ord := d.lang == "en" && enOrdinalDay(t.norm) > 0 && i+1 < len(d.toks) && d.toks[i+1].norm == "of"
		// (a day in digits with an ordinal ending right before its month:
		// "le 1er septembre", "1st September", "1º de enero")
		sfx := 0
		if t.script != scriptDigit && !ord && i+1 < len(d.toks) {
			_, ok := months[i+1]
			if !ok && (d.toks[i+1].norm == "de" || d.toks[i+1].norm == "di") {
				_, ok = months[i+2]
			}
			if ok {
				sfx = suffixedDay(t.norm)
			}
		}
		if t.script != scriptDigit && !ord && sfx == 0 {
			continue
		}
		day, err := strconv.Atoi(t.norm)
		if ord {
			day, err = enOrdinalDay(t.norm), nil
		} else if sfx > 0 {
			day, err = sfx, nil
		} else if len(t.norm) > 2 {
			continue
		}
		if err != nil || day < 1 || day > 31 {
			continue
		}
		// day month: "8 January", "8. Januar", "8 de enero", "17 Haziran'da"
		j := i + 1
		if j < len(d.toks) && (d.toks[j].norm == "de" || d.toks[j].norm == "di") && d.lang != "de" {
			j++
		}
		if _, ok := months[j]; ord && !ok {
			j++
		}
		if h, ok := months[j]; ok && d.toks[j].sent == t.sent && j-i <= 2 {
			e := dateExpr{tok0: i, tok1: h.tok1, sent: t.sent, kind: dateAbsolute, date: graph.Date{Month: d.monthOf(h), Day: day}, storyMonth: h.p.val < 0}
			end := d.monthEnd(h, months, used)
			e.tok1, e.date.Year = d.yearAfter(end, t.sent)
			if e.tok1 == 0 {
				e.tok1 = end
				// "3 июня прошлого года", "am 3. Juni letzten Jahres":
				// the paper's year shifted, as after a month alone
				if r := d.relativeYearAt(end); r != nil && !d.pub.IsZero() {
					e.tok1, e.date.Year = r.tok1, d.pub.Year+r.p.years
				}
			}
			if h.p.val == 0 {
				e.date.Year = d.pub.Year
			}
			if e.date.Valid() {
				d.dates = append(d.dates, e)
				used[j] = true
			}
			continue
		}
		// weekday day: "el domingo 15", "jeudi 17", "giovedì 17"
		if d.weekdayDay(i, day) {
			continue
		}
		// month day: "January 8" (or a longer phrase of the paper's
		// month: "bu ayın 6'sında", "اس ماہ کی 6 تاریخ")
		h, ok := months[i-1]
		for k := i - 2; !ok && k >= 0 && k >= i-4; k-- {
			h, ok = months[k]
			ok = ok && h.p.val <= 0
		}
		if ok && i > 0 && h.tok1 == i && d.toks[i-1].sent == t.sent {
			e := dateExpr{tok0: h.tok0, tok1: i + 1, sent: t.sent, kind: dateAbsolute, date: graph.Date{Month: d.monthOf(h), Day: day}, storyMonth: h.p.val < 0}
			if end, y := d.yearAfter(i+1, t.sent); end > 0 {
				e.tok1, e.date.Year = end, y
			}
			if h.p.val == 0 {
				e.date.Year = d.pub.Year
			}
			if e.date.Valid() {
				d.dates = append(d.dates, e)
				used[h.tok0] = true
			}
		}
	}
	// a month alone: "last April", "Ende April", "en avril 2019"
	for tok, h := range months {
		if used[tok] || h.p.val == 0 || d.secondMonthName(h, months) {
			continue
		}
		// (a story's month inside a date already read: "17 числа того
		// же месяца")
		if h.p.val < 0 && slices.ContainsFunc(d.dates, func(e dateExpr) bool { return e.kind == dateAbsolute && e.tok0 < h.tok0 && h.tok0 < e.tok1 }) {
			continue
		}
		e := dateExpr{tok0: h.tok0, tok1: d.monthEnd(h, months, used), sent: d.toks[h.tok0].sent, kind: dateAbsolute, date: graph.Date{Month: d.monthOf(h)}, last: d.weekWordAround(h, pLastWeek), storyMonth: h.p.val < 0}
		if end, y := d.yearAfter(e.tok1, e.sent); end > 0 {
			e.tok1, e.date.Year = end, y
		}
		// "в январе прошлого года", "im Januar letzten Jahres": the year
		// is the paper's shifted; without a paper's date, no date at all
		if r := d.relativeYearAt(h.tok1); r != nil {
			if d.pub.IsZero() {
				continue
			}
			e.tok1, e.date.Year = r.tok1, d.pub.Year+r.p.years
		}
		d.dates = append(d.dates, e)
	}
	// a written date in a "since" phrase starts a state, it dates no
	// meeting: "besieged the capital since April", "seit dem 4. April",
	// "с апреля", "منذ أبريل", "Nisan'dan beri", "اپریل سے"
	out := d.dates[:0]
	for _, e := range d.dates {
		if e.kind == dateAbsolute && !e.loose && (d.guardEndsAt(e.tok0, e.tok0-6) || d.guardStartsAt(e.tok1)) {
			continue
		}
		out = append(out, e)
	}
	d.dates = out
	// ("وبعد أيام، استضافت العاصمة الروسية في 13 يناير": a day written
	// after an unsaid count of days is the day it reached; so is one it
	// stands in apposition to, "Il 17 dicembre, poche settimane dopo la
	// firma, …", not one a conjunction sets apart, "6 января, а через
	// несколько дней", "في 6 يناير، وبعد أيام")
	d.dates = slices.DeleteFunc(d.dates, func(e dateExpr) bool {
		return e.vague && slices.ContainsFunc(d.dates, func(o dateExpr) bool {
			appos := o.tok1 == e.tok0 && !strings.HasPrefix(d.toks[e.tok0].norm, "و")
			return o.sent == e.sent && (o.tok0 >= e.tok1 || appos) && o.kind == dateAbsolute && !o.loose && o.date.Day != 0
		})
	})
	sortDates(d.dates)
	d.storyMonths()
	d.ellipticDays()
	sortDates(d.dates)
}

// storyMonths gives a date written with a that_month phrase ("el 17 de
// ese mes", "Le 17 du même mois", "am 17. desselben Monats", "17-го того
// же месяца", "aynı ayın 17'sinde", "في 17 من الشهر ذاته", "اسی مہینے کی
// 17 تاریخ", "A finales de ese mes") the month and year of the last date
// written before it ("Haftar devolvió la visita en enero. El 17 de ese
// mes …" is 17 January), not the paper's; with none before it, the
// paper's month; with no paper's date either, no date.
func (d *doc) storyMonths() {
	if !slices.ContainsFunc(d.dates, func(e dateExpr) bool { return e.storyMonth }) {
		return
	}
	out := make([]dateExpr, 0, len(d.dates))
	for _, e := range d.dates {
		if e.storyMonth {
			found := false
			for j := len(out) - 1; j >= 0; j-- {
				if o := out[j]; o.kind == dateAbsolute && o.date.Month != 0 && o.tok1 <= e.tok0 {
					e.date.Month, e.date.Year, found = o.date.Month, o.date.Year, true
					break
				}
			}
			if !found {
				if d.pub.IsZero() {
					continue
				}
				e.date.Month, e.date.Year = d.pub.Month, d.pub.Year
			}
			if !e.date.Valid() {
				continue
			}
			e.storyMonth = false
		}
		out = append(out, e)
	}
	d.dates = out
}

// enOrdinalDay is the day an English ordinal in digits writes ("17th",
// "1st", "22nd"), else 0.
func enOrdinalDay(w string) int {
	if len(w) < 3 || len(w) > 4 {
		return 0
	}
	n, err := strconv.Atoi(w[:len(w)-2])
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return n
	}
	return 0
}

// suffixedDay is the day a number with an ordinal ending writes ("1er",
// "1re", "1st", "2nd", "3rd", "4th", "1º", "1ª"), else 0.
func suffixedDay(w string) int {
	k := 0
	for k < len(w) && k < 2 && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k == len(w) {
		return 0
	}
	n, err := strconv.Atoi(w[:k])
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	switch w[k:] {
	case "er", "re", "st", "nd", "rd", "th", "º", "ª", "o", "a":
		return n
	}
	return 0
}

// ordinalDays reads a day written as an ordinal right before a month
// ("في السادس من يناير", "الحادي والعشرين من ديسمبر 2020"): the ordinal
// phrase holds its link word, so the month starts where it ends. The
// month is marked used, so it is not read again as a month alone.
func (d *doc) ordinalDays(months map[int]*hit, inName []bool, used map[int]bool) {
	for i := range d.hits {
		h := &d.hits[i]
		if h.p.kind != pOrdinalDay || inName[h.tok0] {
			continue
		}
		m, ok := months[h.tok1]
		if !ok || d.toks[m.tok0].sent != d.toks[h.tok0].sent {
			continue
		}
		e := dateExpr{tok0: h.tok0, tok1: d.monthEnd(m, months, used), sent: d.toks[h.tok0].sent, kind: dateAbsolute, date: graph.Date{Month: d.monthOf(m), Day: h.p.val}, storyMonth: m.p.val < 0}
		if end, y := d.yearAfter(e.tok1, e.sent); end > 0 {
			e.tok1, e.date.Year = end, y
		}
		if m.p.val == 0 {
			e.date.Year = d.pub.Year
		}
		if e.date.Valid() {
			d.dates = append(d.dates, e)
			used[m.tok0] = true
		}
	}
}

// weekdayDay turns the weekday right before day number token i, with no
// month after it ("el domingo 15 se había reunido", "jeudi 17"), into the
// date of that day in the month around the paper's whose day falls on
// that weekday, or without a paper's date in the month of the last full
// date written before it: the day and month. It tells whether it did.
func (d *doc) weekdayDay(i, day int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	for j := i + 1; j < len(d.toks) && j <= i+2 && d.toks[j].sent == d.toks[i].sent; j++ {
		if d.hitStartsWithKind(j, pMonth) {
			return false
		}
	}
	for n := range d.dates {
		e := &d.dates[n]
		if e.kind != dateWeekday || e.tok1 != i || e.next || e.last {
			continue
		}
		if d.pub.IsZero() {
			// no paper's date: the month of the last full date written
			// before it
			for k := len(d.dates) - 1; k >= 0; k-- {
				if a := d.dates[k]; a.kind == dateAbsolute && a.tok1 <= i && a.date.Month != 0 && a.date.Day != 0 {
					e.kind, e.tok1, e.date = dateAbsolute, i+1, graph.Date{Year: a.date.Year, Month: a.date.Month, Day: day}
					// (a smaller day of a clause still to come is in the
					// month after: "el pasado 24 de marzo …, viajará el
					// jueves 8", not "el domingo 15 se había reunido")
					if day < a.date.Day && d.toComeIn(e.sent) {
						if e.date.Month++; e.date.Month > 12 {
							e.date.Month = 1
							if e.date.Year != 0 {
								e.date.Year++
							}
						}
					}
					return true
				}
			}
			return false
		}
		p := toTime(graph.Date{Year: d.pub.Year, Month: d.pub.Month, Day: 1})
		best, bestGap := time.Time{}, 1<<30
		for off := -2; off <= 1; off++ {
			m := p.AddDate(0, off, 0)
			c := time.Date(m.Year(), m.Month(), day, 12, 0, 0, 0, time.UTC)
			if c.Month() != m.Month() || (int(c.Weekday())+6)%7 != e.days {
				continue
			}
			gap := int(c.Sub(toTime(d.pub)).Hours() / 24)
			if gap < 0 {
				gap = -gap
			}
			if gap < bestGap {
				best, bestGap = c, gap
			}
		}
		if best.IsZero() {
			return false
		}
		e.kind, e.tok1, e.date = dateAbsolute, i+1, graph.Date{Month: int(best.Month()), Day: day}
		return true
	}
	return false
}

func sortDates(ds []dateExpr) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].tok0 < ds[j-1].tok0; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// yearAfter reads an optional year after token i ("2020", "de 2020"):
// the end token and the year, or 0, 0.
func (d *doc) yearAfter(i, sent int) (int, int) {
	j := i
	if j < len(d.toks) && (d.toks[j].norm == "de" || d.toks[j].norm == "del") {
		j++
	}
	if j >= len(d.toks) || d.toks[j].sent != sent || d.toks[j].script != scriptDigit || len(d.toks[j].norm) != 4 {
		return 0, 0
	}
	y, err := strconv.Atoi(d.toks[j].norm)
	if err != nil || y < 1900 || y > 2100 {
		return 0, 0
	}
	return j + 1, y
}

// forwardDayIn tells whether tokens [lo, hi) hold a day counted forward
// from the paper's ("tomorrow", "demain", "غداً", "yarın", "завтра"; not a
// count whose sign follows the tense): an event on it is still to come,
// whatever the tense of its verb ("Saied receives Tebboune tomorrow",
// "يستقبل سعيد غداً تبون").
func (d *doc) forwardDayIn(lo, hi int) bool {
	for _, e := range d.dates {
		if e.tok0 >= lo && e.tok1 <= hi && e.kind == dateRelative && e.days > 0 && !e.tense && !d.inQuote[e.tok0] {
			return true
		}
	}
	return false
}

// resolve turns an expression into a date, given the event's status and
// the date of the event before it (for "the day before"). Unknown stays
// unknown: a relative date without a publication date is the zero Date.
func (d *doc) resolve(e dateExpr, status string, anchor graph.Date) graph.Date {
	future := status == graph.StatusPlanned || status == graph.StatusCancelled
	switch e.kind {
	case dateAbsolute:
		if y := d.storyYear(e); y != 0 {
			dt := e.date
			dt.Year = y
			return dt
		}
		if e.date.Year != 0 || d.pub.IsZero() || e.date.Month == 0 {
			return e.date
		}
		past := e.date.ResolveYear(d.pub)
		// ("were due in Istanbul last June": a month the text calls last
		// is behind the paper, whatever became of the plan)
		if !future || e.last {
			return past
		}
		dt := e.date
		dt.Year = d.pub.Year
		if dt.Month < d.pub.Month || dt.Month == d.pub.Month && dt.Day != 0 && dt.Day < d.pub.Day {
			dt.Year++
		}
		// a called-off meeting was due when the text says, before or after
		// publication: "a visit planned for late April" that a May paper
		// calls off was due this April, not next; one as far before as
		// after (March in a September paper) was too: a cancellation is
		// news of a past plan more often than of a future one
		if status == graph.StatusCancelled && monthsBetween(past, d.pub) <= monthsBetween(d.pub, dt) {
			return past
		}
		return dt
	case dateWeekday:
		if d.pub.IsZero() {
			return d.storyWeekday(e, future)
		}
		p := toTime(d.pub)
		pw := (int(p.Weekday()) + 6) % 7 // Monday 0
		if e.weeks != 0 {
			// "am Dienstag vergangener Woche", "el martes de la semana
			// pasada": that weekday of the week named
			return fromTime(p.AddDate(0, 0, -pw+7*e.weeks+e.days), true)
		}
		// the publication's own weekday is that day: a Saturday paper's
		// "on Saturday" is today, whether done or still to come; "next
		// Saturday" is a week on
		// (a called-off meeting's weekday is the nearer one: "Martedì è
		// saltato l'incontro" in a Wednesday paper is yesterday's)
		// (but "previsto per martedì", "scheduled for Tuesday" is when it was due)
		// (and one called off at the last minute was due about when it was
		// called off, behind the paper: "prévue jeudi après-midi, a été
		// annulée à la dernière minute" in a Friday paper is yesterday's)
		if future && !(status == graph.StatusCancelled && !e.next && (pw-e.days+7)%7 < (e.days-pw+7)%7 && !d.hitEndsAt(e.tok0, e.tok0-3, pPlanned) && !d.hitEndsAt(e.tok0-1, e.tok0-4, pPlanned)) && !(status == graph.StatusCancelled && !e.next && d.lastMinute(e.sent)) {
			n := (e.days - pw + 7) % 7
			if n == 0 && e.next {
				n = 7
			}
			return fromTime(p.AddDate(0, 0, n), true)
		}
		n := (pw - e.days + 7) % 7
		if n == 0 && e.last {
			// a Wednesday paper's "last Wednesday" is a week ago
			n = 7
		}
		return fromTime(p.AddDate(0, 0, -n), true)
	case dateRelative:
		if d.pub.IsZero() {
			return graph.Date{}
		}
		n := e.days
		if e.tense && !future {
			n = -n
		}
		return fromTime(toTime(d.pub).AddDate(0, 0, n), true)
	case dateAnchor:
		if anchor.Day == 0 || anchor.Month == 0 || e.vague {
			return graph.Date{}
		}
		return shiftDays(anchor, e.days)
	}
	return graph.Date{}
}

// storyWeekday dates weekday e in a text with no paper's date by the
// last day written to the day before it, at most five sentences back or
// in the lead's first three, whose weekday the text tells or its year gives ("Maas hat am Dienstag,
// 22. Juni 2021, Mangusch empfangen. … Am Mittwoch will Maas zudem Dbaiba
// treffen" is 23 June): a meeting still to come on the first such
// weekday on or after that day, a held one on the nearer one; a weekday
// written with its day is that day. Zero when no day anchors it.
func (d *doc) storyWeekday(e dateExpr, future bool) graph.Date {
	if w := d.writtenDayOf(e); w.kind == dateAbsolute {
		return d.resolve(w, graph.StatusHeld, graph.Date{})
	}
	if e.weeks != 0 || e.last {
		return graph.Date{}
	}
	for i := len(d.dates) - 1; i >= 0; i-- {
		o := d.dates[i]
		if o.tok1 > e.tok0 {
			continue
		}
		if o.sent < e.sent-5 && o.sent >= d.headSents+3 {
			continue // (the lead's day still anchors it)
		}
		if o.kind != dateAbsolute || o.loose || o.date.Day == 0 || o.date.Month == 0 || d.inQuote[o.tok0] {
			continue
		}
		rw := -1
		for _, w := range d.dates {
			if w.kind == dateWeekday && w.sent == o.sent && d.writtenDayOf(w).tok0 == o.tok0 && d.writtenDayOf(w).kind == dateAbsolute {
				rw = w.days
			}
		}
		if rw < 0 && o.date.Year != 0 {
			rw = (int(toTime(o.date).Weekday()) + 6) % 7
		}
		if rw < 0 {
			continue
		}
		fwd, back := (e.days-rw+7)%7, (rw-e.days+7)%7
		if fwd == 0 && e.next {
			fwd = 7
		}
		if future || fwd <= back {
			return shiftDays(o.date, fwd)
		}
		return shiftDays(o.date, -back)
	}
	// a wire report's lead tells the news of its dateline's day: "TRIPOLI,
	// May 31 - Di Maio flew into Tripoli on Monday" is 31 May, its
	// weekday unknown without a year (a held event only, in the
	// dateline's sentence)
	if !future && e.sent == d.datelineSent && d.datelineEnd > 0 {
		for _, o := range d.dates {
			if o.sent == d.datelineSent && o.tok0 < d.datelineEnd && o.kind == dateAbsolute && o.date.Day != 0 && o.date.Month != 0 {
				return o.date
			}
		}
	}
	return graph.Date{}
}

// storyYear is the year a date written without one takes from the story
// its paragraph tells: a year stated once ("3 июня прошлого года", "On 3
// June 2020", "In May 2020") carries to the later dates of the same
// paragraph ("… а 14 июня визит был отменён") until another anchor. The
// chain back to the year goes through dates without a year, no later in
// the year than this one, and through words counted from the story ("the
// day before", "a few days later"); a weekday, "yesterday", "last week" or
// the dateline, anchored at the paper, breaks it. 0: no such year.
func (d *doc) storyYear(e dateExpr) int {
	// (a weekday with its day, "el jueves 4", is read in the paper's
	// month: anchored at the paper)
	// (also one a weekday stands beside: "on Monday, June 14")
	weekday := func(o dateExpr) bool {
		if d.hitStartsWithKind(o.tok0, pWeekday) {
			return true
		}
		for _, w := range d.dates {
			if w.kind == dateWeekday && w.sent == o.sent && (w.tok1 <= o.tok0 && o.tok0-w.tok1 <= 2 || w.tok0 >= o.tok1 && w.tok0-o.tok1 <= 2) {
				return true
			}
		}
		return false
	}
	if e.kind != dateAbsolute || e.date.Year != 0 || e.date.Month == 0 || e.loose || e.date.Month == 2 && e.date.Day == 29 || weekday(e) {
		return 0
	}
	para := d.sents[e.sent].para
	for i := len(d.dates) - 1; i >= 0; i-- {
		o := d.dates[i]
		if o.tok0 >= e.tok0 {
			continue
		}
		if d.sents[o.sent].para != para || o.sent == d.datelineSent && o.tok0 < d.datelineEnd {
			return 0
		}
		switch o.kind {
		case dateAnchor, dateSince:
			continue
		case dateAbsolute:
			if o.loose || o.date.Month == 0 || o.date.Month > e.date.Month || weekday(o) {
				return 0
			}
			if o.date.Year != 0 {
				return o.date.Year
			}
			continue
		}
		return 0
	}
	return 0
}

// lastMinute tells whether sentence si says something was called off at
// the last minute (`last_minute`, outside quotes).
func (d *doc) lastMinute(si int) bool {
	return slices.ContainsFunc(d.sentHits(si), func(h hit) bool { return h.p.kind == pLastMinute && !d.inQuote[h.tok0] })
}

// weekBeside finds, for a weekday hit (kind pWeekday), the week phrase
// ("last week", "vergangener Woche", "de la semana pasada", "на прошлой
// неделе") at most three words before or after it in the same clause;
// for a week phrase (kind pRelative), the weekday beside it. Overlapping
// hits do not count: Urdu "گزشتہ ہفتے کو" is last Saturday.
func (d *doc) weekBeside(h *hit, kind int) *hit {
	si := d.toks[h.tok0].sent
	lo, hi := max(h.tok0-4, d.sents[si].tok0), min(h.tok1+4, d.sents[si].tok1)
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < hi; i++ {
		o := &d.hits[i]
		if o.p.kind != pWeekday && o.p.kind != pRelative || o.tok1 > hi || o.tok0 < h.tok1 && o.tok1 > h.tok0 {
			continue
		}
		if kind == pWeekday && (o.p.kind != pRelative || o.p.weeks == 0) || kind == pRelative && o.p.kind != pWeekday {
			continue
		}
		a, b := o.tok1, h.tok0
		if o.tok0 >= h.tok1 {
			a, b = h.tok1, o.tok0
		}
		if b-a > 3 || d.punctIn(a, b, ",،;؛") {
			continue
		}
		return o
	}
	return nil
}

// weekWordAround tells whether a "next" or "last" word (kind) stands
// right before or after a weekday ("next Tuesday", "mardi prochain",
// "الثلاثاء المقبل", "el pasado martes", "mercoledì scorso").
func (d *doc) weekWordAround(w *hit, kind int) bool {
	for _, i := range d.hitsByEnd(w.tok0) {
		if d.hits[i].p.kind == kind {
			return true
		}
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= w.tok1 })
	for ; i < len(d.hits) && d.hits[i].tok0 == w.tok1; i++ {
		if d.hits[i].p.kind == kind {
			return true
		}
	}
	return false
}

// monthsBetween counts the months from a to b.
func monthsBetween(a, b graph.Date) int {
	return (b.Year-a.Year)*12 + b.Month - a.Month
}

// shiftDays moves a date with a day by n days, keeping an unknown year
// unknown.
func shiftDays(a graph.Date, n int) graph.Date {
	hasYear := a.Year != 0
	if !hasYear {
		a.Year = 2001
	}
	return fromTime(toTime(a).AddDate(0, 0, n), hasYear)
}

// triggerSoonAfter tells whether an event trigger of the same sentence
// starts within three tokens after tok: "a day after he spoke by phone",
// "بعد يوم من اتصال هاتفي".
func (d *doc) triggerSoonAfter(tok int) bool {
	if tok >= len(d.toks) {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= tok })
	for ; i < len(d.hits) && d.hits[i].tok0 <= tok+3; i++ {
		if isTrigger(d.hits[i].p.kind) && d.toks[d.hits[i].tok0].sent == d.toks[tok].sent {
			return true
		}
	}
	return false
}

func toTime(d graph.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time, withYear bool) graph.Date {
	d := graph.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	if !withYear {
		d.Year = 0
	}
	return d
}

// relativeYearAt is the relative year phrase starting at token k, or nil.
func (d *doc) relativeYearAt(k int) *hit {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k })
	for ; i < len(d.hits) && d.hits[i].tok0 == k; i++ {
		if d.hits[i].p.kind == pRelative && d.hits[i].p.years != 0 {
			return &d.hits[i]
		}
	}
	return nil
}

// insideLongerRelative tells whether a relative date word lies inside a
// longer relative expression.
func (d *doc) insideLongerRelative(h *hit) bool {
	for i := range d.hits {
		o := &d.hits[i]
		if o.p.kind == pRelative && o != h && o.tok0 <= h.tok0 && o.tok1 >= h.tok1 && o.tok1-o.tok0 > h.tok1-h.tok0 {
			return true
		}
	}
	return false
}

// overlapsKind tells whether a hit of the kind shares a token with h.
func (d *doc) overlapsKind(h *hit, kind int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= h.tok0-4 })
	for ; i < len(d.hits) && d.hits[i].tok0 < h.tok1; i++ {
		o := &d.hits[i]
		if o.p.kind == kind && o.tok0 < h.tok1 && o.tok1 > h.tok0 {
			return true
		}
	}
	return false
}

// guardEndsAt tells whether a "since" or owner phrase before a date
// (pSinceDate) starts at or after token from and ends at token end.
func (d *doc) guardEndsAt(end, from int) bool {
	s := d.sents[d.toks[max(end-1, 0)].sent]
	for i := max(from, s.tok0); i < end; i++ {
		if d.guardAt(i, end, s.tok1, pSinceDate) {
			return true
		}
	}
	return false
}

// guardStartsAt tells whether a "since" or owner phrase after a date
// (pSinceAfter) starts at token i.
func (d *doc) guardStartsAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	return d.guardAt(i, -1, d.sents[d.toks[i].sent].tok1, pSinceAfter)
}

// guardAt tells whether a guard phrase of kind starts at token i (and,
// with end >= 0, ends at end).
func (d *doc) guardAt(i, end, limit, kind int) bool {
	gs := &d.rules.guards
	w := d.toks[i].norm
	var wroom, croom [8]string
	ws, _ := d.wordForms(&d.toks[i], wroom[:0], croom[:0])
	for _, v := range ws {
		for _, p := range gs.exact[v] {
			if n := d.phraseLen(p, i, limit); n > 0 && p.kind == kind && (end < 0 || i+n == end) {
				return true
			}
		}
	}
	for _, p := range gs.wild {
		if strings.HasPrefix(w, p.keys[0]) && p.kind == kind {
			if n := d.phraseLen(p, i, limit); n > 0 && (end < 0 || i+n == end) {
				return true
			}
		}
	}
	return false
}

// toComeIn tells whether sentence si tells something still to come: a
// planned cue, or a Spanish or Italian future verb.
func (d *doc) toComeIn(si int) bool {
	s := d.sents[si]
	for _, h := range d.sentHits(si) {
		if h.p.kind == pPlanned && !d.inQuote[h.tok0] {
			return true
		}
	}
	return d.futureVerb(s.tok0, s.tok1, s.tok1)
}

// secondMonthName tells whether month hit h is the second name of the
// month written right before it, after a slash ("24 ديسمبر/كانون الأول",
// "9 نوفمبر/تشرين الثاني": the Levantine name beside the Egyptian one):
// it belongs to that date and is no month alone of its own, which would
// date a meeting by the month of a date the sentence gives to another
// event ("الانتخابات المقررة في 24 ديسمبر/كانون الأول").
func (d *doc) secondMonthName(h *hit, months map[int]*hit) bool {
	return d.firstMonthName(h, months) != nil
}

// monthEnd is where the month written by hit h ends: past its second
// name after a slash ("نوفمبر/تشرين الثاني 2020": the year follows the
// second name), which it marks used.
func (d *doc) monthEnd(h *hit, months map[int]*hit, used map[int]bool) int {
	if o, ok := months[h.tok1]; ok && d.firstMonthName(o, months) == h {
		used[o.tok0] = true
		return o.tok1
	}
	return h.tok1
}

// firstMonthName is the month hit that month hit h names a second time
// after a slash, or nil.
func (d *doc) firstMonthName(h *hit, months map[int]*hit) *hit {
	if h.tok0 == 0 || !strings.Contains(d.toks[h.tok0].punct, "/") {
		return nil
	}
	for _, o := range months {
		if o.tok1 == h.tok0 && d.toks[o.tok0].sent == d.toks[h.tok0].sent {
			return o
		}
	}
	return nil
}

// monthOf is the month month hit h writes: the paper's for a this_month
// phrase ("bu ayın", "الشهر الجاري", "dieses Monats").
func (d *doc) monthOf(h *hit) int {
	if h.p.val == 0 {
		return d.pub.Month
	}
	if h.p.val < 0 {
		return 1 // the story's, set by storyMonths
	}
	return h.p.val
}
