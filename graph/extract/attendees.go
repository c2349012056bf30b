package extract

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
