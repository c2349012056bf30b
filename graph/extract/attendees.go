package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// joinElsewhere tells whether sentence si, a `join` sentence with no
// trigger of its own, sets its attendance in a city other than the one
// every event of sentence last was held in ("X met Y in Tripoli on
// Tuesday. Z attended a security forum in Tunis on Friday", "Z a
// participé vendredi à un forum à Tunis", "Z ha partecipato a un forum a
// Tunisi"): it tells of another gathering, not who else was at the last
// one. A city that completes a title ("the Italian ambassador in
// Tripoli", "طرابلس میں اٹلی کے سفیر") or qualifies a noun ("con sede en
// Trípoli") sets nothing. A city of the events' own country or their own city keeps the
// sentence joining ("Z also attended the talks in Tripoli").
func (d *doc) joinElsewhere(si, last int, trigs []hit) bool {
	if len(trigs) > 0 {
		return false
	}
	own := ""
	for _, p := range d.placeMs {
		if d.toks[p.tok0].sent == si && p.loc && !d.inQuote[p.tok0] && d.countryOf(p.place) != "" && !d.basedPlace(p) && !d.titleNear(p) {
			own = p.place
			break
		}
	}
	if own == "" {
		return false
	}
	n := 0
	for _, e := range d.meetings {
		if e.sent != last {
			continue
		}
		if e.m.Place == "" || e.m.Place == own {
			return false
		}
		n++
	}
	return n > 0
}

// titleNear tells whether a title phrase ends right before place mention
// p, a preposition at most between, or, in a verb-final language, starts
// at most three words after it, with no mark between: the place is where
// an office is ("ambassador in Tripoli", "طرابلس میں اٹلی کے سفیر").
func (d *doc) titleNear(p placeMention) bool {
	for _, h := range d.hits {
		if h.p.kind != pTitle {
			continue
		}
		if h.tok1 <= p.tok0 && p.tok0-h.tok1 <= 1 && !d.punctIn(h.tok1-1, p.tok0-1, ",;:.") ||
			d.verbFinal() && h.tok0 >= p.tok1 && h.tok0-p.tok1 <= 3 && !d.punctIn(p.tok1-1, h.tok0-1, ",;:.") {
			return true
		}
	}
	return false
}

// basedPlace tells whether a `based` phrase right before or after place
// mention p makes it where a body sits ("con sede en Trípoli", "the
// Tobruk-based parliament", "طرابلس میں قائم"), the part of placeOfNoun
// that does not ask what noun a Turkish locative adjective qualifies
// ("Tunus'taki bir güvenlik forumuna katıldı" still sets the scene).
func (d *doc) basedPlace(p placeMention) bool {
	if d.hitEndsAt(p.tok0, p.tok0-4, pBased) || p.tok1 < len(d.toks) && (d.toks[p.tok1].hyph || !latinRomance[d.lang]) && d.hitStartsWithKind(p.tok1, pBased) {
		return true
	}
	return d.lang == "ur" && p.tok1+1 < len(d.toks) && d.toks[p.tok1].key == urduIn && urduBased[d.toks[p.tok1+1].key]
}

// headlineCity is, for a held event placed in a country ("Первый визит
// Дбейбы в Россию … Мишустин принял Дбейбу"), the city of that country
// the article's dateline or its title line sets the story in
// ("Дбейба провел в Москве переговоры", "MOSCOW, April 15 -"): the
// visit's city, not the country. The place itself otherwise, and when
// the title names two cities of that country.
func (d *doc) headlineCity(place string) string {
	if place == "" || !d.isCountry(place) {
		return place
	}
	if d.dateline != "" && d.countryOf(d.dateline) == place {
		return d.dateline
	}
	city := ""
	for _, p := range d.placeMs {
		if d.toks[p.tok0].sent >= d.headSents {
			break
		}
		if !p.loc || d.inQuote[p.tok0] || d.countryOf(p.place) != place || d.basedPlace(p) || d.titleNear(p) {
			continue
		}
		if city != "" && city != p.place {
			return place
		}
		city = p.place
	}
	if city == "" {
		return place
	}
	return city
}

// attendBack is, for sentence si with a `join` word that names its
// event only by meeting nouns an `attend_back` phrase holds ("An dem
// Gespräch nahm auch X teil", "Во встрече также принял участие X",
// "Görüşmeye X de katıldı", "All'incontro ha partecipato anche X",
// "وحضر اللقاء X", "ملاقات میں X بھی شریک تھے"), the meeting told last,
// in sentence last at most six sentences before (or the title's, which
// took it in), held in person: X also attended it, however many
// sentences of what was said there stand between. nil otherwise.
func (d *doc) attendBack(si, last int, trigs, hs []hit) *event {
	if last < 0 || si-last > 6 || len(d.meetings) == 0 {
		return nil
	}
	// (the phrase the taking-part word governs: at most eight words from
	// it, no mark between; in tr ur, where the verb closes the sentence,
	// opening it: not "ایک علیحدہ ملاقات میں", in a separate meeting)
	governed := func(h hit) bool {
		if h.p.kind != pAttendBack || d.inQuote[h.tok0] || d.verbFinal() && h.tok0 != d.sents[si].tok0 {
			return false
		}
		return slices.ContainsFunc(hs, func(j hit) bool {
			if j.p.kind != pJoin {
				return false
			}
			if j.tok0 >= h.tok1 {
				return j.tok0-h.tok1 <= 8 && !d.punctIn(h.tok1-1, j.tok0-1, ",;:")
			}
			return h.tok0 >= j.tok1 && h.tok0-j.tok1 <= 8 && !d.punctIn(j.tok1-1, h.tok0-1, ",;:") || h.tok0 < j.tok1
		})
	}
	// (with no trigger left, the phrase alone: "وحضر اللقاء X")
	if len(trigs) == 0 && !slices.ContainsFunc(hs, governed) {
		return nil
	}
	for _, t := range trigs {
		if !slices.ContainsFunc(hs, func(h hit) bool { return h.tok0 <= t.tok0 && h.tok1 >= t.tok1 && governed(h) }) {
			return nil
		}
	}
	e := d.meetings[len(d.meetings)-1]
	if e.sent != last && e.sent >= d.headSents || e.m.Status != graph.StatusHeld || e.m.Mode == graph.ModeCall {
		return nil
	}
	return e
}

// joinBack adds the actors of an attendance sentence to event e
// (attendBack), as joinLast does to the events of a sentence.
func (d *doc) joinBack(e *event, ms []mention) {
	for _, m := range ms {
		if !contains(e.parts, m.actor) {
			e.parts = append(e.parts, m.actor)
			e.roles[m.actor] = graph.RoleParticipant
		}
	}
	e.parts = d.dropMembers(e.parts)
}
