package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// returnPair gives, for a clause whose subject is a `both` phrase and
// which holds an `again` word ("The two prime ministers are due to meet
// again there on 31 May", "I due premier si rivedranno a Roma", "Les deux
// hommes se reverront à Rome"), the pair the story is about: the two
// people who head the most held meetings told before (the traveller and
// his host), the earliest pair on a tie. A return meeting is theirs, not
// that of the last retrospective aside ("on 21 March he had been received
// by both Dbeibah and al-Menfi"). Nil when more than two are wanted, when
// the clause has no `again` word, or when no two people met before.
func (d *doc) returnPair(hs []hit, lo, hi, want int) []string {
	if want != 2 || !d.kindIn(hs, lo, hi, pAgain) {
		return nil
	}
	type pair struct{ a, b string }
	count := map[pair]int{}
	var order []pair
	for _, ev := range d.meetings {
		if len(ev.parts) < 2 || ev.class != "meet" || (ev.m.Status != "" && ev.m.Status != graph.StatusHeld) {
			continue
		}
		a, b := ev.parts[0], ev.parts[1]
		if a == "" || b == "" || a == b || !d.isPerson(a) || !d.isPerson(b) {
			continue
		}
		if b < a {
			a, b = b, a
		}
		k := pair{a, b}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	// (on a tie, the pair the story names most: the traveller and his
	// host, not an aide who saw the host once before)
	named := map[string]int{}
	for _, m := range d.mentions {
		named[m.actor]++
	}
	weight := func(k pair) int { return named[k.a] + named[k.b] }
	best := -1
	for i, k := range order {
		if best < 0 || count[k] > count[order[best]] || count[k] == count[order[best]] && weight(k) > weight(order[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return []string{order[best].a, order[best].b}
}

// returnHost gives, for a planned visit of one traveller to a city with no
// host named ("Dbeibah visiterà Roma a maggio", "Dbeibeh ha accettato
// l'invito a Roma"), the one the traveller met most in the story told
// before, when the city lies in that person's country: the return visit is
// to him. "" when the clause names no city, or no such person.
func (d *doc) returnHost(lo, hi int, traveller string) string {
	country := ""
	for _, pm := range d.placeMs {
		if pm.tok0 < lo || pm.tok0 >= hi {
			continue
		}
		if i, ok := d.x.lx.placeIdx[pm.place]; ok && !d.isCountry(pm.place) {
			country = d.x.lx.places[i].Country
			break
		}
	}
	if country == "" {
		return ""
	}
	count := map[string]int{}
	best := ""
	for _, ev := range d.meetings {
		if len(ev.parts) < 2 || ev.class != "meet" || (ev.m.Status != "" && ev.m.Status != graph.StatusHeld) {
			continue
		}
		for _, p := range ev.parts {
			if p == traveller || !slices.Contains(ev.parts, traveller) || !d.isPerson(p) || d.actorCountry(p) != country {
				continue
			}
			count[p]++
			if best == "" || count[p] > count[best] {
				best = p
			}
		}
	}
	return best
}

// ministerPair gives, for a clause whose `both_ministers` phrase ("the two
// ministers", "iki bakan", "оба министра", "الوزيران", "دونوں وزرائے خارجہ")
// wants a pair, the two ministers of the last event told before sentence si
// that joins two: a president's or a spokesman's reception of one of them
// told last ("the Greek minister was then received by Erdoğan") is not
// what the two ministers did. Nil when the phrase names no ministers, when
// more than two are wanted, when the last event's own pair are both
// ministers (the usual pair stands), or when no event joins two.
func (d *doc) ministerPair(hs []hit, lo, hi, want, si int) []string {
	if want != 2 {
		return nil
	}
	named := false
	for _, h := range hs {
		if h.p.kind == pBoth && h.p.name == "both_ministers" && h.tok0 >= lo && h.tok0 < hi {
			named = true
		}
	}
	if !named {
		return nil
	}
	for i := len(d.meetings) - 1; i >= 0; i-- {
		ev := d.meetings[i]
		if ev.sent >= si || len(ev.parts) < 2 {
			continue
		}
		var pair []string
		for _, p := range ev.parts {
			if d.isPerson(p) && d.mayBeMinister(p) && !slices.Contains(pair, p) {
				pair = append(pair, p)
			}
		}
		if len(pair) >= 2 {
			if i == len(d.meetings)-1 && slices.Contains(ev.parts[:2], pair[0]) && slices.Contains(ev.parts[:2], pair[1]) {
				return nil
			}
			return pair[:2]
		}
	}
	return nil
}

// mayBeMinister tells whether a person can be one of "the two ministers":
// a lexicon person whose role is a minister's or a foreign secretary's, or
// one the lexicon gives no role (a name the article introduced).
func (d *doc) mayBeMinister(id string) bool {
	i, ok := d.x.lx.actorIdx[id]
	// (one the article titled, "the city's mayor, X", is of that title)
	if u := d.unknownByID[id]; !ok && u != nil && u.actor.Role != "" {
		return d.roleNameFits(u.actor.Role, "Minister")
	}
	if !ok || d.x.lx.actors[i].Role == "" {
		return true
	}
	return d.roleFits(id, "Minister")
}

// twoSides gives, for the heads of the last event that "the two men",
// "ambas ministras", "i due leader" stand for, the two sides of the
// talks. When the event's first two people are of one country (the
// traveller and the ambassador or aide who came with him, or one named as
// travelling with him), the second is replaced by the first person of
// another country named in the last sentence before si that names one
// whom the first person met in an event told. The heads are kept when
// their countries differ or are unknown, or when no one of another
// country is found.
func (d *doc) twoSides(si, at int, heads []string) []string {
	if len(heads) != 2 || !d.isPerson(heads[0]) || !d.isPerson(heads[1]) {
		return heads
	}
	c := d.actorCountry(heads[0])
	if c == "" {
		return heads
	}
	// (one the article names right after "accompanied by" is of the
	// traveller's side too: see delegationRoster)
	roster := d.delegationRoster(si, at, c)
	if d.actorCountry(heads[1]) != c && !slices.Contains(roster, heads[1]) {
		return heads
	}
	other := func(parts []string) string {
		for _, p := range parts {
			if p != heads[0] && d.isPerson(p) && !slices.Contains(roster, p) {
				if pc := d.actorCountry(p); pc != "" && pc != c {
					return p
				}
			}
		}
		return ""
	}
	// (events merged into one keep the companions first, and an event
	// told later may be merged into an earlier one: the other side is
	// the first of another country in the last sentence before si that
	// names one who met the first person)
	var met []string
	for _, ev := range d.meetings {
		if slices.Contains(ev.parts, heads[0]) {
			met = append(met, ev.parts...)
		}
	}
	for k := si - 1; k >= 0; k-- {
		var named []string
		for _, m := range d.mentions {
			if d.toks[m.tok0].sent == k && !d.inQuote[m.tok0] && slices.Contains(met, m.actor) {
				named = append(named, m.actor)
			}
		}
		if p := other(named); p != "" {
			return []string{heads[0], p}
		}
	}
	return heads
}

// cancelledVisitHost is, for a called-off visit of traveller told in
// sentence si with a city named in its sentence ("Sarraj cancelled his
// visit to Rome", "annullò la sua visita a Roma", "Roma ziyaretini iptal
// etti"), the person of that city's country who took part in the last
// held meeting in that city told at most two sentences before ("Conte
// received Haftar in Rome on Wednesday"): the host the traveller was to
// see. "" when no city is named, when the sentence names a person other
// than the traveller (the partner he was to see) or not him, or when no
// such meeting was told.
func (d *doc) cancelledVisitHost(si, lo int, traveller string) string {
	s := d.sents[si]
	// (session 21) the held meeting may be told in the clause before in
	// the same sentence ("Conte ricevette il generale a Palazzo Chigi,
	// mentre Sarraj, atteso a Roma, annullò la visita"): the traveller's
	// clause from lo on then names no one else
	cityFrom := func(from int) (string, string) {
		for _, pm := range d.placeMs {
			if pm.tok0 < from || pm.tok0 >= s.tok1 {
				continue
			}
			if i, ok := d.x.lx.placeIdx[pm.place]; ok && !d.isCountry(pm.place) {
				return d.x.lx.places[i].Country, pm.place
			}
		}
		return "", ""
	}
	// (the traveller named, and no one else: "the visit to Tobruk of
	// Shukri, who was to see Saleh" names its partner)
	onlyHim := func(from int) bool {
		named := false
		for _, m := range d.mentions {
			if m.tok0 < from || m.tok0 >= s.tok1 || m.kind != graph.KindPerson || m.loc {
				continue
			}
			if m.actor != traveller {
				return false
			}
			named = true
		}
		return named
	}
	whole, clause := onlyHim(s.tok0), lo > s.tok0 && onlyHim(lo)
	if !whole && !clause {
		return ""
	}
	// (the events of the sentence's earlier clauses first: they are not
	// among d.meetings yet)
	cands := slices.Clone(d.meetings)
	for _, ev := range d.sentEvs {
		if ev != nil && ev.sent == si {
			cands = append(cands, ev)
		}
	}
	for k := len(cands) - 1; k >= 0; k-- {
		ev := cands[k]
		if ev.sent < si-2 {
			break
		}
		same := ev.sent == si && clause && ev.trig < lo
		if (ev.sent >= si || !whole) && !same || len(ev.parts) < 2 || (ev.m.Status != "" && ev.m.Status != graph.StatusHeld) {
			continue
		}
		from := s.tok0
		if same {
			from = lo
		}
		country, city := cityFrom(from)
		if country == "" {
			continue
		}
		// (session 21) a call or meeting of the traveller himself with one
		// of the city's country: the one who invited him there ("Conte
		// spoke by phone with Sarraj, who has been invited to visit Rome")
		// (to a capital: "Misrata'ya gidecek" after talks with Mishri is
		// no invitation of his)
		if slices.Contains(ev.parts, traveller) {
			if d.x.lx.capitals[country] != city {
				continue
			}
			for _, p := range ev.parts {
				if p != traveller && d.isPerson(p) && d.actorCountry(p) == country && d.actorCountry(traveller) != country {
					return p
				}
			}
			continue
		}
		if ev.class != "meet" || ev.m.Place != city {
			continue
		}
		for _, p := range ev.parts {
			if p != traveller && d.isPerson(p) && d.actorCountry(p) == country {
				return p
			}
		}
	}
	return ""
}

// calledOffStop gives called-off meeting ev told without a place the
// city of the traveller's last held meeting told at most two sentences
// before it ("Am Nachmittag landete der Minister in Ankara. Dort empfing
// ihn Çavuşoğlu. Ein vorgesehenes Treffen mit Präsident Erdoğan wurde
// kurzfristig abgesagt"): the stop that did not happen was to be in the
// city where he was, when the partner he was to see is of that city's
// country and he himself is not. Its day is not taken: a stop called off
// may have been set for another day (a first version taking the
// meeting's day cost a validation meeting).
func (d *doc) calledOffStop(ev *event) {
	if len(ev.parts) != 2 || d.pluperfect(ev) {
		return
	}
	for k := len(d.meetings) - 1; k >= 0; k-- {
		prev := d.meetings[k]
		if prev.sent >= ev.sent {
			continue
		}
		if ev.sent-prev.sent > 2 {
			return
		}
		if prev.m.Status != graph.StatusHeld || prev.class == "call" || prev.m.Place == "" || d.isCountry(prev.m.Place) || d.pluperfect(prev) {
			continue
		}
		c := d.countryOf(prev.m.Place)
		if c == "" {
			continue
		}
		traveller, partner := ev.parts[0], ev.parts[1]
		if !slices.Contains(prev.parts, traveller) {
			traveller, partner = partner, traveller
		}
		if !slices.Contains(prev.parts, traveller) || slices.Contains(prev.parts, partner) || !d.isPerson(traveller) || !d.isPerson(partner) {
			continue
		}
		if d.actorCountry(partner) != c || d.actorCountry(traveller) == c {
			return
		}
		ev.m.Place = prev.m.Place
		return
	}
}
