package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// separatePartnerGroups reads the partners of a clause that says its
// talks were `separate`, when the partner list after the word is not a
// plain "X and Y":
//
//   - each partner introduced by the same preposition again after an
//     "and" ("se reunieron por separado con Haftar, acompañado por Saleh,
//     y con Serraj", "met separately with Haftar, who came with Saleh,
//     and with Sarraj", "trafen sich getrennt mit X, … und mit Y"): one
//     group per preposition, each with the people named after its partner
//     up to the next one (who came with him);
//   - an aside set off by commas between the word and a plain list
//     ("ricevettero separatamente, in una residenza governativa, Sarraj e
//     Haftar"): the list after the aside.
//
// from is the first token after the word (or the trigger); parts are the
// clause's participants. It returns nil when the clause is of neither
// kind.
func (d *doc) separatePartnerGroups(g *group, parts []string, from int) [][]string {
	var ms []mention
	for _, m := range g.mentions {
		if m.tok0 >= from && contains(parts, m.actor) {
			ms = append(ms, m)
		}
	}
	if len(ms) < 2 || from >= len(d.toks) {
		return nil
	}
	if out := d.repeatedPrepGroups(g, ms, from); len(out) >= 2 {
		return out
	}
	return d.listAfterAside(ms, from)
}

// repeatedPrepGroups: the partners are each introduced by the word right
// after the separate word (a lower-case preposition: "con", "with",
// "avec", "mit", "с"), the later ones by an `and` word and that word.
func (d *doc) repeatedPrepGroups(g *group, ms []mention, from int) [][]string {
	prep := d.toks[from]
	if prep.upper || len([]rune(prep.norm)) > 4 || ms[0].tok0 == from || d.punctIn(from+1, ms[0].tok0, ",،;:") {
		return nil
	}
	var heads []int // indices into ms
	heads = append(heads, 0)
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		if d.punctIn(ms[heads[len(heads)-1]].tok1, m.tok0, ";:") {
			break
		}
		// "… y con Serraj", "… and with Sarraj", "… und mit dem Chef …, X"
		for k := max(ms[i-1].tok1, m.tok0-8); k+1 < m.tok0+1 && k+1 < len(d.toks); k++ {
			if d.hitStartsWithKind(k, pAnd) && d.toks[k+1].norm == prep.norm && !d.punctIn(k+2, m.tok0, ";:") && !mentionIn(ms, k+1, m.tok0) {
				heads = append(heads, i)
				break
			}
		}
	}
	if len(heads) < 2 {
		return nil
	}
	out := make([][]string, 0, len(heads))
	for h, i := range heads {
		end := len(ms)
		if h+1 < len(heads) {
			end = heads[h+1]
		}
		var grp []string
		for _, m := range ms[i:end] {
			if !contains(grp, m.actor) {
				grp = append(grp, m.actor)
			}
		}
		out = append(out, grp)
	}
	// (a partner named in two groups is no separate partner)
	seen := map[string]bool{}
	for _, grp := range out {
		for _, p := range grp {
			if seen[p] {
				return nil
			}
			seen[p] = true
		}
	}
	return out
}

// listAfterAside: an aside set off by commas right after the separate
// word, naming no one, then a list of names with no comma between them.
func (d *doc) listAfterAside(ms []mention, from int) [][]string {
	first := ms[0]
	// the aside opens right after the word and closes right before the
	// first name, with no other break inside
	// (or before the preposition of the first name: "…, con Haftar y con
	// Serraj")
	closing := first.tok0
	if !d.punctIn(closing, closing, ",") && !d.toks[closing-1].upper {
		closing--
	}
	if !d.punctIn(from, from, ",") || !d.punctIn(closing, closing, ",") || closing-from < 2 {
		return nil
	}
	if d.punctIn(from+1, closing-1, ",،;:") {
		return nil
	}
	out := [][]string{{first.actor}}
	prevEnd := first.tok1
	for _, m := range ms[1:] {
		if d.punctIn(prevEnd, m.tok0, ",،;:") || m.tok0-prevEnd > 2 {
			break
		}
		if !d.hitStartsWithKind(prevEnd, pAnd) && m.tok0 != prevEnd {
			break
		}
		prevEnd = m.tok1
		out = append(out, []string{m.actor})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// splitGroups makes one meeting per group of partners grps, each with the
// clause's other participants; the groups never met each other.
func (d *doc) splitGroups(ev *event, g *group, grps [][]string) []*event {
	var others []string
	for _, p := range ev.parts {
		if !slices.ContainsFunc(grps, func(grp []string) bool { return contains(grp, p) }) {
			others = append(others, p)
		}
	}
	if len(others) == 0 {
		return nil
	}
	out := make([]*event, 0, len(grps))
	for k, grp := range grps {
		out = append(out, d.subEvent(ev, g, append(slices.Clone(others), grp...), k))
		for _, later := range grps[k+1:] {
			for _, p := range grp {
				for _, q := range later {
					d.apart[pairKey(p, q)] = true
				}
			}
		}
	}
	return out
}

// venueOfCapital is how far before the capital word h a locative may
// stand: two words ("in the capital", "nella capitale russa"), or five
// when a venue of the capital stands between ("in una residenza
// governativa della capitale russa", "in a guest house of the Russian
// capital", "en un palacio de la capital rusa"): a short lower-case word
// of linking right before the capital word, no punctuation between.
func (d *doc) venueOfCapital(h hit, si int) int {
	k := h.tok0 - 1
	// (the article or the demonym before the capital word: "of the
	// Russian capital", "de la capitale")
	for k > d.sents[si].tok0 && h.tok0-k <= 3 && !d.punctIn(k+1, h.tok0, ",;:") {
		if d.rules.capitalLinks[d.toks[k].norm] {
			return 6
		}
		if !d.hitStartsWithKind(k, pDemonym) && (len([]rune(d.toks[k].norm)) > 3 || d.toks[k].upper) {
			break
		}
		k--
	}
	return 2
}

// splitByPlaceBefore is splitByPlace for a verb-final clause, whose
// partners and their places stand before the verb ("25 Ağustos'ta önce
// Atina'da Dendias ile, aynı gün Ankara'da Çavuşoğlu ile görüştü",
// "پہلے طرابلس میں السراج سے اور پھر بن غازی میں حفتر سے ملاقات کی"):
// each name after a located place, up to the next one, met the subject
// there. It returns nil when the clause names fewer than two places with
// partners after them.
func (d *doc) splitByPlaceBefore(ev *event, g *group) []*event {
	if !d.verbFinal() {
		return nil
	}
	var places []placeMention
	for _, p := range d.placeMs {
		if p.loc && p.tok0 >= g.lo && p.tok1 <= ev.trig && d.toks[p.tok0].sent == ev.sent {
			places = append(places, p)
		}
	}
	if len(places) < 2 {
		return nil
	}
	at := map[string][]string{}
	var order []string
	placed := map[string]bool{}
	for _, m := range g.mentions {
		if m.tok1 > ev.trig || !contains(ev.parts, m.actor) || placed[m.actor] {
			continue
		}
		best := -1
		for i, p := range places {
			if p.tok1 <= m.tok0 {
				best = i
			}
		}
		// (the subject before the first place: "Maas, 25 Ağustos'ta önce
		// Atina'da …")
		if best < 0 {
			continue
		}
		// (a place of its own clause, past a semicolon, is no stop)
		if d.punctIn(places[best].tok1, m.tok0, ";:؛") {
			continue
		}
		pl := places[best].place
		placed[m.actor] = true
		if _, ok := at[pl]; !ok {
			order = append(order, pl)
		}
		at[pl] = append(at[pl], m.actor)
	}
	if len(order) < 2 {
		return nil
	}
	var subject []string
	for _, p := range ev.parts {
		if !placed[p] {
			subject = append(subject, p)
		}
	}
	if len(subject) == 0 {
		return nil
	}
	out := make([]*event, 0, len(order))
	for k, place := range order {
		e := d.subEvent(ev, g, append(slices.Clone(subject), at[place]...), k)
		e.m.Place = place
		out = append(out, e)
	}
	return out
}

// placeOpens tells whether sentence si opens with a short locative
// phrase of a place and then trigger t ("En la capital libia se reunió
// con Serraj", "A Tripoli ha incontrato Dbeibah", "Nella capitale libica
// ha visto Menfi"): the scene, no subject; the verb's subject is dropped.
func (d *doc) placeOpens(si int, t hit) bool {
	s := d.sents[si]
	if t.tok0-s.tok0 < 2 || t.tok0-s.tok0 > 6 || !d.hitStartsWithKind(s.tok0, pLocative) {
		return false
	}
	for _, p := range d.placeMs {
		if p.tok0 > s.tok0 && p.tok1 <= t.tok0 {
			return true
		}
	}
	return d.kindIn(d.sentHits(si), s.tok0, t.tok0, pCapital)
}

// wherePlace places a meeting told in a relative clause about a place
// ("…, and the same day to Ankara, where Çavuşoğlu received him", "…
// nach Ankara, wo ihn Çavuşoğlu empfing", "à Ankara, où il a rencontré
// …", "в Анкару, где его принял …"): a `where` word right after the
// place and a comma, at most eight words before the trigger, with no
// other place, trigger or clause break between. The place is the
// meeting's, not the one the sentence named first. A later trigger of the
// group counts too when every partner is named after its `where` word
// ("reiste zunächst nach Athen … und noch am selben Tag nach Ankara, wo
// ihn sein Kollege Çavuşoğlu empfing": the visit is Ankara's).
func (d *doc) wherePlace(ev *event, g *group, hs []hit) {
	if ev == nil || ev.m.Mode != graph.ModeInPerson && ev.m.Mode != graph.ModeVisit || len(d.rules.whereWords) == 0 {
		return
	}
	place, k := d.whereBefore(ev, ev.trig, hs)
	for _, t := range g.trigs {
		if place != "" || t.tok0 <= ev.trig {
			continue
		}
		pl, w := d.whereBefore(ev, t.tok0, hs)
		if pl == "" || slices.ContainsFunc(g.mentions, func(m mention) bool { return m.tok0 < w && m.actor != ev.parts[0] && contains(ev.parts, m.actor) }) {
			continue
		}
		place, k = pl, w
	}
	// (a country names no more than the city the clause is placed in:
	// "…, en Libye, où …")
	if k >= 0 && place != "" && !contains(ev.parts, place) && !(d.isCountry(place) && ev.m.Place != "") {
		ev.m.Place = place
	}
}

// whereBefore is the place a `where` clause that holds trigger trig is
// about, and the `where` word's token; "" and -1 if none.
func (d *doc) whereBefore(ev *event, trig int, hs []hit) (string, int) {
	s := d.sents[ev.sent]
	reach := 8
	if d.lang == "ur" {
		reach = 14 // (the subject's titles and names stand between)
	}
	for k := trig - 1; k > s.tok0 && k >= trig-reach; k-- {
		if d.punctIn(k+1, trig, ";:") || d.inQuote[k] {
			return "", -1
		}
		if slices.ContainsFunc(hs, func(h hit) bool { return isTrigger(h.p.kind) && h.tok0 >= k && h.tok0 < trig }) {
			return "", -1
		}
		if !d.rules.whereWords[d.toks[k].norm] {
			continue
		}
		// (Urdu puts the main verb between the place and its relative
		// clause, with or without a comma: "8 جنوری کو روم میں ہوا تھا
		// جہاں A اور B نے ملاقات کی", "الجزائر آئے، جہاں …"; its clause
		// ends with its verb, so a place after the trigger is another
		// word's: "ملاقات کے بعد لیبیا میں جنگ بندی کی اپیل")
		urdu := d.lang == "ur"
		if !urdu && !d.punctIn(k, k, ",،") {
			continue
		}
		place := ""
		for _, p := range d.placeMs {
			// (a place the sentence goes to or is at, not one named in
			// passing: "la réunion des pays voisins de la Libye, où …")
			// (or an object: "ha raggiunto Tobruk, dove …")
			if p.tok1 == k && (p.loc || p.dir || !d.ofPlace(p)) {
				place = p.place
			}
			if urdu && p.tok1 < k && p.tok1 >= k-3 && (p.loc || p.dir) && !d.punctIn(p.tok1, k-1, ";:.") && d.toks[p.tok0].sent == ev.sent {
				place = p.place
			}
			// (a place inside the clause is its own: "…, where in Tripoli
			// he met …"; not a country a title inside is of: "где
			// накануне его принимал президент Египта")
			if p.tok0 > k && p.tok0 < trig+6 && (!urdu || p.tok0 < trig) && d.toks[p.tok0].sent == ev.sent && (p.loc || p.dir || !d.titleCountryAt(p)) {
				return "", -1
			}
		}
		return place, k
	}
	return "", -1
}

// titleCountryAt tells whether place p is the country a title right
// before it is of, in a genitive or through a link word ("президент
// Египта", "the president of Egypt", "il presidente dell'Egitto"): whose
// office it is, not where anyone is.
func (d *doc) titleCountryAt(p placeMention) bool {
	if !d.isCountry(p.place) {
		return false
	}
	for _, h := range d.hitsEndingAt(p.tok0) {
		if h.p.kind == pTitle {
			return true
		}
	}
	if p.tok0 >= 2 && d.rules.capitalLinks[d.toks[p.tok0-1].norm] && d.toks[p.tok0].punct == "" {
		for _, h := range d.hitsEndingAt(p.tok0 - 1) {
			if h.p.kind == pTitle {
				return true
			}
		}
	}
	return false
}

// ofPlace tells whether place p follows a `capital_link` word ("of",
// "de", "della", "der"), perhaps with an article between: a place named
// as whose something is ("the neighbours of Libya", "des pays voisins de
// la Libye").
func (d *doc) ofPlace(p placeMention) bool {
	for k := p.tok0 - 1; k >= 0 && k >= p.tok0-2; k-- {
		if d.rules.capitalLinks[d.toks[k].norm] {
			return true
		}
		if len([]rune(d.toks[k].norm)) > 3 || d.punctIn(k+1, p.tok0, ",;:") {
			return false
		}
	}
	return false
}

// remoteThen tells whether a call or video call ev splits at the `then`
// word th as a meeting does ("conversó con Sarraj y, horas más tarde, con
// Saleh", "spoke with Sarraj and then with Saleh"): when the clause has
// only one call or meeting verb (not "called Sarraj and then spoke
// with…", two clauses), so the partners after the word were talked to
// on their own.
func (d *doc) remoteThen(ev *event, g *group, th hit) bool {
	// (a verb-final clause has its verb after the word: "Putin ile,
	// ardından Erdoğan ile telefonda görüştü")
	for _, t := range g.trigs {
		if t.tok0 >= th.tok1 && isTrigger(t.p.kind) && !d.verbFinal() {
			return false
		}
	}
	return ev.m.Mode == graph.ModeCall || ev.m.Mode == graph.ModeVideo
}

// protagonistOfGender is, when no one of the pronoun's gender was named
// in the last sentences, the person of that gender the story named most
// before token k: the one a profile goes on about ("By the summer she was
// travelling again. She flew to Benghazi …" in a portrait of Williams
// whose last paragraphs named only men); "" if none.
func (d *doc) protagonistOfGender(fem bool, k int) string {
	return d.mostNamed(func(m mention) bool {
		f, known := d.genderOf(m.actor)
		return m.tok1 <= k && known && f == fem
	})
}

// travelToPerson tells whether German person m follows "zu" right after
// a journey's destination ("reiste zunächst nach Athen zu Dendias", "flog
// nach Bengasi zu Haftar"): the one the traveller went to see, no topic.
func (d *doc) travelToPerson(m mention) bool {
	if d.lang != "de" || m.tok0 < 3 || d.toks[m.tok0-1].norm != "zu" || d.toks[m.tok0].punct != "" {
		return false
	}
	for _, p := range d.placeMs {
		// (session 16) or right before it: "reiste zu Putin nach Moskau"
		if p.dir && (p.tok1 == m.tok0-1 || p.tok0 == m.tok1+1 && !d.punctIn(m.tok1, m.tok1+1, ",;:")) {
			return true
		}
	}
	return d.visitVerbAround(m.tok0-1, m.tok1)
}

// visitVerbAround tells whether a visit phrase ends a few words before
// token zu ("reiste am Samstag zu Putin") or starts a few words after
// token end in a verb-final clause ("war zu Putin gereist"), with no
// punctuation between (session 16): "zu" + person after a verb of
// travel is whom one goes to see.
func (d *doc) visitVerbAround(zu, end int) bool {
	for k := zu - 1; k >= 0 && k >= zu-6; k-- {
		if d.punctIn(k+1, zu, ",;:.") {
			break
		}
		for _, h := range d.hitsStartingAt(k) {
			if h.p.kind == pVisit && h.tok1 <= zu && h.tok1-h.tok0 == 1 {
				return true
			}
		}
	}
	for k := end; k < len(d.toks) && k <= end+4; k++ {
		if d.punctIn(end, k, ",;:.") {
			break
		}
		for _, h := range d.hitsStartingAt(k) {
			if h.p.kind == pVisit && h.tok1-h.tok0 == 1 {
				return true
			}
		}
	}
	return false
}

// stopsOfTrip tells whether visit ev's destinations count as its places
// when it has partners in two of them ("reiste nach Athen zu Dendias und
// noch am selben Tag nach Ankara, wo ihn Çavuşoğlu empfing"): a German
// journey with a person it went "zu".
func (d *doc) stopsOfTrip(ev *event) bool {
	if ev.m.Mode != graph.ModeVisit || d.lang != "de" {
		return false
	}
	s := d.sents[ev.sent]
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if d.travelToPerson(m) {
			return true
		}
	}
	return false
}

// subjectAfterVerb tells whether m, named after ev's trigger, stands where
// a subject after its verb does: right after the trigger's words, with
// at most a capitalised title between ("reiste Außenminister Heiko Maas",
// "التقى دي مايو"), not after a preposition ("reunirse con Serraj").
func (d *doc) subjectAfterVerb(ev *event, m mention) bool {
	end := ev.trig
	for _, h := range d.sentHits(ev.sent) {
		if h.tok0 == ev.trig {
			end = max(end, h.tok1)
		}
	}
	if m.tok0 < end || m.tok0-end > 2 {
		return false
	}
	for k := end; k < m.tok0; k++ {
		// (Arabic writes no capitals: one word, the verb of a visit noun,
		// "زيارة أجرتها وليامز")
		if d.punctIn(k, k, ",;:،") || !d.toks[k].upper && !(d.lang == "ar" && m.tok0-end == 1 && d.toks[k].norm != "مع") {
			return false
		}
	}
	return true
}

// splitCorrelative makes one meeting or call per member when a clause
// names two of its partners one by one: a correlative pair ("sowohl mit X
// als auch mit Y", "à la fois avec X et avec Y", "sia con X sia con Y",
// "tanto con X como con Y", "как с X, так и с Y", "hem X'le hem de
// Y'le", "with both X and Y", "X سے بھی اور Y سے بھی"; keys `correlative`,
// `correlative_and`). The two are the partners, met or called one after
// the other, never together; everyone else in the event (the subject and
// its companions) is at each. A bare repeated preposition ("se entrevistó
// con Menfi y con Dbeiba", "in un incontro con Dbeibah e con la
// ministra") is no such mark: the people met together. It returns nil
// when the clause is not of that kind.
func (d *doc) splitCorrelative(ev *event, g *group, hs []hit) []*event {
	if ev == nil || len(ev.parts) < 3 {
		return nil
	}
	var ms []mention
	for _, m := range g.mentions {
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && contains(ev.parts, m.actor) {
			ms = append(ms, m)
		}
	}
	in := func(kind int, lo, hi int, name string) (hit, bool) {
		for _, h := range hs {
			if h.p.kind == kind && h.tok0 >= lo && h.tok1 <= hi && !d.inQuote[h.tok0] && (name == "" || h.p.name == name) {
				return h, true
			}
		}
		return hit{}, false
	}
	post := d.lang == "tr" || d.lang == "ur" // postpositions
	// marked reports whether mention m carries its own comitative
	// preposition: right before it, titles between ("mit dem
	// griechischen Ministerpräsidenten X"), or right after it in tr ur
	marked := func(m mention) bool {
		if post {
			_, ok := in(pComitative, m.tok1, m.tok1+2, "")
			return ok && !d.punctIn(m.tok1+1, m.tok1+1, ",،;:")
		}
		// (the nearest before it)
		var h hit
		ok := false
		for _, c := range hs {
			if c.p.kind == pComitative && c.tok0 >= max(m.tok0-5, g.lo) && c.tok1 <= m.tok0 && !d.inQuote[c.tok0] {
				h, ok = c, true
			}
		}
		if !ok {
			// (the preposition closing the trigger phrase: "встретился с",
			// "provided talks with")
			for k := m.tok0 - 1; k >= max(m.tok0-5, g.lo) && !ok; k-- {
				for _, c := range hs {
					if c.p.kind == pComitative && c.tok1 == c.tok0+1 && d.toks[c.tok0].key == d.toks[k].key {
						h, ok = hit{tok0: k, tok1: k + 1}, true
						break
					}
				}
			}
		}
		return ok && !d.punctIn(h.tok1, m.tok0, ",،;:()") && !d.personIn(h.tok1, m.tok0)
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.actor == b.actor || b.tok0-a.tok1 > 8 {
			continue
		}
		// the word that links the second member comes right after the
		// first (after its postposition in tr ur): a place or a day
		// between them ("с Эрдоганом в Анкаре и с Сиси в Каире", "el
		// miércoles con Dendias y el jueves con Çavuşoğlu") is split
		// by place or day, not here
		link := a.tok1
		if post {
			link = a.tok1 + 1
		}
		ok := false
		// a correlative pair: the opener right before the first member
		// (its preposition and titles between; "both" right after the
		// verb), the second word linking the two
		if op, found := in(pCorrel, max(a.tok0-6, g.lo), a.tok0, ""); found && !d.punctIn(op.tok1, a.tok0, ",،;:()") && !d.personIn(op.tok1, a.tok0) && (marked(a) || d.afterTrigger(g, op.tok0)) {
			if and, found := in(pCorrelAnd, link, link+2, ""); found {
				_, prep := in(pComitative, and.tok1, and.tok1+1, "")
				ok = prep || post || !marked(a) || and.tok1 == b.tok0
			}
		}
		// a particle of addition after each member's postposition, the
		// second one linking them ("سراج سے بھی اور حفتر سے بھی")
		if and, found := in(pCorrelAnd, link, link+2, ""); !ok && found && post && marked(a) && marked(b) && and.tok1 <= b.tok0 {
			ok = true
		}
		if !ok {
			continue
		}
		pair := []string{a.actor, b.actor}
		var others []string
		for _, p := range ev.parts {
			if !contains(pair, p) {
				others = append(others, p)
			}
		}
		if len(others) == 0 {
			return nil
		}
		d.apart[pairKey(a.actor, b.actor)] = true
		return []*event{d.subEvent(ev, g, append(slices.Clone(others), a.actor), 0), d.subEvent(ev, g, append(slices.Clone(others), b.actor), 1)}
	}
	return nil
}

// afterTrigger tells whether token k comes right after one of group g's
// triggers ("met both X and Y", "called both X and Y").
func (d *doc) afterTrigger(g *group, k int) bool {
	for _, t := range g.trigs {
		if t.tok1 == k {
			return true
		}
	}
	return false
}
