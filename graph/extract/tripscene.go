package extract

import (
	"slices"
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
		d.trip = tripScene{place: ev.m.Place, guests: guests, date: ev.m.Date, sent: ev.sent}
	case ev.m.Mode == graph.ModeInPerson && d.trip.place != "" && ev.m.Place != d.trip.place && d.tripGuestIn(ev.parts):
		d.trip.place, d.trip.sent = ev.m.Place, ev.sent
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
