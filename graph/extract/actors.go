package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

// mention is one occurrence of an actor in the text.
type mention struct {
	tok0, tok1 int // tokens [tok0, tok1)
	start, end int // rune span (after any Arabic clitic)
	actor      string
	kind       string // person, organisation, country
	name       int    // nameFull, nameShort, ...
	loc        bool   // a place use ("in Washington"): not an actor here
	dir        bool   // a destination ("to Moscow")
}

// placeMention is one occurrence of a place.
type placeMention struct {
	tok0, tok1 int
	place      string
	loc, dir   bool
}

// arabicClitics are the prefixes an Arabic word may carry before a name
// (folded), longest first; "لل" also stands for "ل" + "ال".
var arabicClitics = []string{"وبال", "وال", "بال", "فال", "کال", "ولل", "لل", "وب", "ول", "وک", "فب", "فل", "و", "ف", "ب", "ل", "ک"}

// keyVariants lists the keys a token may stand for, best first: itself,
// then without Arabic clitics, then without a German or English genitive s.
func (d *doc) keyVariants(t *token, buf []string) []string {
	buf = append(buf[:0], t.key)
	switch t.script {
	case scriptArabic:
		if d.lang == "ar" || d.lang == "" {
			for _, c := range arabicClitics {
				if strings.HasPrefix(t.key, c) && utf8.RuneCountInString(t.key)-utf8.RuneCountInString(c) >= 2 {
					rest := t.key[len(c):]
					buf = append(buf, rest)
					if strings.HasSuffix(c, "لل") {
						buf = append(buf, "ال"+rest)
					}
				}
			}
		}
	case scriptLatin:
		if (d.lang == "de" || d.lang == "") && len(t.key) > 3 && strings.HasSuffix(t.key, "s") {
			buf = append(buf, t.key[:len(t.key)-1])
		}
	}
	return buf
}

// cliticLen is how many runes a variant dropped from the front of the
// original token (an Arabic clitic). A variant that dropped a suffix (a
// genitive s) keeps the token's start.
func cliticLen(t *token, variant string) int {
	if strings.HasPrefix(t.key, variant) {
		return 0
	}
	return max(0, utf8.RuneCountInString(t.key)-utf8.RuneCountInString(variant))
}

// matchNames finds lexicon names on token boundaries, longest match first.
func (d *doc) matchNames() {
	lx := d.x.lx
	var vbuf []string
	var bestBuf []*nameEntry // addMatches keeps none of it
	fullSeen := map[string]bool{}
	for si := range d.sents {
		s := &d.sents[si]
		for i := s.tok0; i < s.tok1; {
			t := &d.toks[i]
			if t.apos && t.script == scriptLatin && d.lang == "tr" {
				i++
				continue
			}
			vbuf = d.keyVariants(t, vbuf)
			bestLen, bestVar := 0, 0
			best := bestBuf[:0]
			for vi, v := range vbuf {
				if !lx.mayName(v) {
					continue
				}
				for _, e := range lx.names[v] {
					n := len(e.keys)
					if n < bestLen || i+n > s.tok1 {
						continue
					}
					if e.caps && !d.writtenInCaps(t) || e.notUr && d.lang == "ur" {
						continue
					}
					// (session 18) a one-word name always spelt with a
					// capital needs one: "è nato a Bengasi" is no NATO
					if n == 1 && e.initial && !t.upper && (t.script == scriptLatin || t.script == scriptCyrillic) {
						continue
					}
					// a person's one-word name is capitalised in a cased
					// script: Italian "viene letta" is no Enrico Letta
					if n == 1 && e.actor >= 0 && !t.upper && (t.script == scriptLatin || t.script == scriptCyrillic) && lx.actors[e.actor].Kind == graph.KindPerson {
						continue
					}
					if !d.restMatches(e.keys, i) {
						continue
					}
					if n > bestLen {
						bestLen, bestVar, best = n, vi, best[:0]
					}
					if n == bestLen && vi == bestVar {
						best = append(best, e)
					}
				}
			}
			if bestLen == 0 || bestLen == 1 && d.lowerDemonym(i) {
				i++
				continue
			}
			end := i + bestLen
			skip := cliticLen(t, vbuf[bestVar])
			start := t.start
			if skip > 0 {
				start = origAfterFolded(d.text, t.start, t.end, skip)
			}
			d.addMatches(best, i, end, start, fullSeen)
			bestBuf = best[:0]
			i = end
		}
	}
}

// lowerDemonym tells whether token i is a lower-case word the article's
// language uses as a demonym: French "libyen" is no German "Libyen".
func (d *doc) lowerDemonym(i int) bool {
	if d.toks[i].upper {
		return false
	}
	for _, h := range d.hitsStartingAt(i) {
		if h.p.kind == pDemonym && h.tok1 == i+1 {
			return true
		}
	}
	return false
}

// origAfterFolded is the rune offset in the original token after n folded
// runes (harakat fold to nothing, so the counts can differ).
func origAfterFolded(text []rune, start, end, n int) int {
	k := 0
	for i := start; i < end; i++ {
		if k >= n {
			return i
		}
		k += int(foldOf(text[i]).n)
	}
	return end
}

// restMatches checks the keys after the first against the tokens after i.
func (d *doc) restMatches(keys []string, i int) bool {
	for k := 1; k < len(keys); k++ {
		j := i + k
		if j >= len(d.toks) {
			return false
		}
		t := &d.toks[j]
		if t.key == keys[k] {
			continue
		}
		if k == len(keys)-1 && t.script == scriptLatin && (d.lang == "de" || d.lang == "") && t.key == keys[k]+"s" {
			continue
		}
		return false
	}
	return true
}

// addMatches turns the best entries at one place into mentions: one place
// mention if a place matched, and one actor mention resolved among the
// actors that share the form.
func (d *doc) addMatches(es []*nameEntry, i, end, start int, fullSeen map[string]bool) {
	lx := d.x.lx
	loc, dir := d.locative(i, end)
	var room [8]*nameEntry
	cands := room[:0]
	arrivedCity := false
	for _, e := range es {
		if e.place >= 0 {
			if lx.places[e.place].Country != "" && d.surnameAfterParticle(i) {
				continue // "Brigadegeneral Steven de Milano" names a man, not the city
			}
			if t := &d.toks[i]; latinRomance[d.lang] && t.script == scriptLatin && !t.upper && !isNameParticle(t.key) && d.isCountry(lx.places[e.place].ID) {
				continue // "su homóloga libia", "la delegazione libia": an adjective, not the country
			}
			// "قاہرہ پہنچے": the place an arrival verb follows is where one
			// went (a city: the capital still stands for its country as
			// an actor, and a country is told as the visit's host)
			pdir := dir || lx.places[e.place].Country != "" && end < len(d.toks) && d.toks[end].punct == "" && d.hitStartsWithKind(end, pDirAfter)
			arrivedCity = arrivedCity || pdir && !dir && d.arrivalTo(i)
			d.placeMs = append(d.placeMs, placeMention{tok0: i, tok1: end, place: lx.places[e.place].ID, loc: loc, dir: pdir})
			continue
		}
		cands = append(cands, e)
	}
	if len(cands) == 0 {
		return
	}
	// Full names win outright; forms shared by several actors resolve to
	// the one named in full earlier, else to the unique holder.
	var pick *nameEntry
	for _, e := range cands {
		if e.kind == nameFull {
			pick = e
			break
		}
	}
	if pick == nil {
		for _, e := range cands {
			if fullSeen[lx.actors[e.actor].ID] {
				pick = e
				break
			}
		}
	}
	if pick == nil {
		ids := map[int]bool{}
		for _, e := range cands {
			if e.kind != nameDerived {
				ids[e.actor] = true
			}
		}
		if len(ids) == 1 {
			for _, e := range cands {
				if e.kind != nameDerived {
					pick = e
					break
				}
			}
		}
	}
	if pick == nil {
		return
	}
	a := &lx.actors[pick.actor]
	if pick.kind == nameShort && a.Kind == graph.KindPerson && (d.otherGivenBefore(i, a.ID) || d.latinOtherGiven(i, pick.actor)) {
		return // "عمر الكوني" is not Musa al-Koni, "محمد الحويج" not Abdulhadi al-Hweij, "Saleh al-Warfalli" not Mahmoud
	}
	if pick.kind == nameFull {
		fullSeen[a.ID] = true
	}
	if !loc && !dir && a.Kind != graph.KindPerson {
		loc, dir = d.conjunctOfPlace(i)
	}
	d.mentions = append(d.mentions, mention{
		tok0: i, tok1: end, start: start, end: d.toks[end-1].end,
		actor: a.ID, kind: a.Kind, name: pick.kind, loc: (loc || d.placePrepAcross(i)) && a.Kind != graph.KindPerson, dir: (dir || arrivedCity) && a.Kind != graph.KindPerson,
	})
}

// arrivalTo tells whether the city at token i, right before an arrival
// verb ("انقرہ جائیں گے"), is only where someone goes: the sentence
// names a person to meet there ("جہاں وہ اپنے ترک ہم منصب سے ملیں گے"),
// who, not the capital's country, is the partner.
func (d *doc) arrivalTo(i int) bool {
	si := d.toks[i].sent
	for _, h := range d.sentHits(si) {
		if h.tok0 > i && (h.p.kind == pCounterpart || h.p.kind == pMeet || h.p.kind == pMeetNoun) {
			return true
		}
	}
	return false
}

// locative tells whether tokens [i, end) are used as a place: after a
// locative preposition ("in", "في", "à", "в"), with an Arabic "ب" clitic,
// before Urdu "میں", or with a Turkish locative suffix ("Ankara'da").
func (d *doc) locative(i, end int) (loc, dir bool) {
	for _, h := range d.hitsEndingAt(i) {
		switch h.p.kind {
		case pLocative:
			loc = true
		case pDirection:
			dir = true
		}
	}
	t := &d.toks[i]
	if t.script == scriptArabic && d.lang == "ar" {
		if strings.HasPrefix(t.key, "ب") || strings.HasPrefix(t.key, "وب") || strings.HasPrefix(t.key, "فی") {
			loc = true
		}
		if i > 0 && (d.toks[i-1].key == "فی" || d.toks[i-1].key == "وفی") && d.toks[i-1].end+1 >= t.start {
			loc = true
		}
		// "بالعاصمة طرابلس", "في مدينة بنغازي": the place after the noun
		// the preposition governs
		if i > 0 && d.toks[i-1].punct == "" && t.punct == "" {
			p := d.toks[i-1].key
			for _, pre := range []string{"وب", "ب"} {
				if strings.HasPrefix(p, pre) && closed().placeNoun[strings.TrimPrefix(p, pre)] {
					loc = true
				}
			}
			if closed().placeNoun[p] && i > 1 && (d.toks[i-2].key == "فی" || d.toks[i-2].key == "وفی") {
				loc = true
			}
		}
	}
	// "يزور الدبيبة موسكو", "زيارة طرابلس": the object of a visit verb
	// or noun, after the visitor's name at most, is where one went
	if d.lang == "ar" && d.arVisitObject(i) {
		dir = true
	}
	// "visited Benghazi", "посетил Бенгази", "visitó Bengasi": the
	// object right after a visit verb is where one went
	if (latinRomance[d.lang] || d.lang == "ru") && d.visitVerbBefore(i) {
		dir = true
	}
	// "دورۂ تیونس", "X کا دورہ": the visit's destination
	if d.lang == "ur" && i > 0 && d.toks[i-1].key == urDauraIzafat && d.toks[i].punct == "" && d.toks[i-1].sent == t.sent {
		dir = true
	}
	if d.lang == "ur" && end+1 < len(d.toks) && d.toks[end].key == urKa && d.toks[end+1].key == urDaura && d.toks[end].punct == "" && d.toks[end+1].punct == "" {
		dir = true
	}
	if end < len(d.toks) {
		n := &d.toks[end]
		if d.lang == "ur" && n.key == "مین" && n.punct == "" {
			loc = true
		}
		if d.lang == "tr" && n.apos {
			switch n.key {
			case "da", "de", "ta", "te", "daki", "deki", "taki", "teki":
				loc = true
			case "a", "e", "ya", "ye":
				dir = true
			}
		}
	}
	return loc, dir
}

// fuzzyNames matches spellings the lexicon does not list, by consonant
// skeleton. A skeleton drops vowels and merges letters, so on its own it
// would turn common words into names (German capitalises every noun:
// "Grund" has the skeleton of "Guerini"; Arabic "الصراع" that of "السراج").
// A skeleton match therefore counts only in a name's position (after a
// title or a given name), or when the word is also close letter for letter
// to a listed spelling in its own script ("Hafter", "حفتار"). A word
// followed by a name particle ("Steven de Milano") is a given name, never
// a surname.
func (d *doc) fuzzyNames() {
	lx := d.x.lx
	covered := d.claimedTokens()
	for _, p := range d.placeMs {
		for k := p.tok0; k < p.tok1; k++ {
			covered[k] = true
		}
	}
	titleEnd := map[int]bool{}
	for _, h := range d.hits {
		if h.p.kind == pTitle {
			titleEnd[h.tok1] = true
		}
	}
	named := map[string]bool{}
	for _, m := range d.mentions {
		named[m.actor] = true
	}
	var vbuf []string
	added := false
	for i := range d.toks {
		if covered[i] {
			continue
		}
		t := &d.toks[i]
		// Of two names after a title ("Tümgeneral Kemal Ersoy",
		// "l'ambassadeur Hervé Maurin") the first is a given name, never a
		// known surname; the second, like any word after a known given
		// name, belongs only to whoever has that given name.
		nextName := i+1 < len(d.toks) && d.toks[i+1].punct == "" && d.toks[i+1].upper && !covered[i+1]
		if titleEnd[i] && nextName && (t.script == scriptLatin || t.script == scriptCyrillic) {
			continue
		}
		// Arabic script has no capitals: after a title, a word followed by
		// another unknown word that is no rule word may be a given name
		// ("ترجمان سلیم آق تاش نے"), so it must be close letter for
		// letter to a listed spelling ("اللواء حفتار وقف …"), as away
		// from a title.
		givenPos := titleEnd[i] && t.script == scriptArabic && i+1 < len(d.toks) && (!covered[i+1] || d.shortPersonAt(i+1) >= 0) &&
			d.toks[i+1].punct == "" && d.toks[i+1].script == scriptArabic && !d.hitStartsAt(i+1)
		// a given name alone is nobody in particular: "عبداللہ" is not
		// King Abdullah, "Khalifa" not Haftar
		if lx.given[t.key] {
			continue
		}
		afterGiven := i > 0 && t.punct == "" &&
			(lx.given[d.toks[i-1].key] || titleEnd[i-1] && d.toks[i-1].upper && !covered[i-1])
		ctx := titleEnd[i] || afterGiven
		if i+1 < len(d.toks) && d.toks[i+1].punct == "" && isNameParticle(d.toks[i+1].key) {
			continue
		}
		switch t.script {
		case scriptLatin, scriptCyrillic:
			if !t.upper || t.apos {
				continue
			}
		case scriptArabic:
			if st := nisbaStem(t.key, true); st != "" && (lx.nisba[st] || closed().nisbaNoun[st]) {
				continue // "المصري", Egyptian, "مشرقی", eastern, are no surnames
			}
		default:
			continue
		}
		vbuf = d.keyVariants(t, vbuf)
		bestActor, bestScore, ambiguous := -1, 0.0, false
		for _, v := range vbuf {
			for _, c := range d.skelCands(v) {
				e, sc := c.e, c.sc
				// Away from a title, a variant spelling only counts for
				// someone the article names (in Arabic script, where no
				// capital marks a name) or for a capitalised word in a
				// language that capitalises names only.
				ok := closeSpelling(v, e.form, t.script, ctx && !givenPos) &&
					(ctx || named[lx.actors[e.actor].ID] || t.script != scriptArabic)
				if !ok {
					continue
				}
				switch {
				case sc > bestScore:
					bestActor, bestScore, ambiguous = e.actor, sc, false
				case sc == bestScore && e.actor != bestActor:
					ambiguous = true
				}
			}
		}
		if bestActor < 0 || ambiguous {
			continue
		}
		a := &lx.actors[bestActor]
		if a.Kind != graph.KindPerson {
			continue
		}
		if afterGiven && !lx.givenOf[bestActor][d.toks[i-1].key] {
			continue // another person's given name: "Ahmed Salem" is not Ghassan Salamé
		}
		if d.unknownGivenBefore(i) && !lx.givenOf[bestActor][d.toks[i-1].key] && !(t.script == scriptCyrillic && soundsGiven(lx.givenOf[bestActor], d.toks[i-1].key)) {
			continue // "Ylva Johansson" is not Boris Johnson, "Byron Camilleri" not David Cameron
		}
		if d.latinOtherGiven(i, bestActor) || d.givenBeforeSurname(i) {
			continue // "Hamid al-Ferjani" is not Aoun al-Ferjani, "Kamel Bensalem" not Abbas Kamel
		}
		d.mentions = append(d.mentions, mention{tok0: i, tok1: i + 1, start: t.start, end: t.end, actor: a.ID, kind: a.Kind, name: nameShort})
		d.fuzzy[a.ID] = true
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// unknownGivenBefore tells whether the word before token i reads as a
// given name the lexicon does not know: capitalised, not first in its
// sentence, in Latin or Cyrillic script with nothing between. A surname after it
// belongs to that unknown person, however close its spelling is to a
// listed one. German capitalises every noun, so there the word before
// tells nothing.
func (d *doc) unknownGivenBefore(i int) bool {
	if i < 2 || d.lang == "de" {
		return false
	}
	t, p := &d.toks[i], &d.toks[i-1]
	if t.punct != "" || !p.upper || p.script != t.script || p.sent != t.sent || d.toks[i-2].sent != p.sent {
		return false
	}
	if t.script != scriptLatin && t.script != scriptCyrillic {
		return false
	}
	for _, m := range d.mentions {
		if m.tok0 <= i-1 && i-1 < m.tok1 {
			return false
		}
	}
	for _, h := range d.hits {
		if h.tok0 <= i-1 && i-1 < h.tok1 {
			return false
		}
	}
	return true
}

// latinOtherGiven tells whether, in Latin or Cyrillic script, the word
// before a person's surname (token i) is another given name: a
// capitalised word the lexicon does not know, right before the surname or
// before a name particle joined to it ("Saleh al-Warfalli", "Ramadan
// al-Tajouri", "Karim Belhadj", "Дмитрием Патрушевым"). Names are written
// given name first, so the surname then belongs to a relative or a
// namesake, not to the listed person, unless the word is one of that
// person's own given names, however spelt. Without a particle the word
// must not open its sentence, and German, which capitalises every noun,
// needs the particle.
func (d *doc) latinOtherGiven(i, actor int) bool {
	t := &d.toks[i]
	if i < 1 || t.script != scriptLatin && t.script != scriptCyrillic {
		return false
	}
	j := i - 1
	particle := false
	if p := &d.toks[j]; p.script == t.script && p.sent == t.sent && (t.punct == "" || t.hyph) && arabicParticle[p.key] {
		particle, j = true, j-1
	}
	if j < 0 {
		return false
	}
	g := &d.toks[j]
	if !g.upper || g.script != t.script || g.sent != t.sent || d.toks[j+1].punct != "" && !d.toks[j+1].hyph || isNameParticle(g.key) {
		return false
	}
	if !particle && (d.lang == "de" || t.punct != "" || j == 0 || d.toks[j-1].sent != g.sent) {
		return false
	}
	cw := closed()
	if cw.abbrev[g.norm] || utf8.RuneCountInString(g.key) < 2 || cw.function[d.lang][g.norm] {
		return false // "Mme Williams", "M. Le Drian": a form of address, no given name
	}
	// any capitalised word of the name run may be the person's own given
	// name, however spelt or joined ("Abdel Hamid Dbeibah", "Abdulhamid
	// Dbeibah", "Mohamed Younes al-Menfi")
	lx := d.x.lx
	for k := j; k >= 0 && k >= j-2; k-- {
		q := &d.toks[k]
		if !q.upper || q.script != t.script || q.sent != t.sent || k < j && d.toks[k+1].punct != "" && !d.toks[k+1].hyph {
			break
		}
		if lx.givenOf[actor][q.key] || soundsGiven(lx.givenOf[actor], q.key) {
			return false
		}
		for gn := range lx.givenOf[actor] {
			if strings.Contains(gn, q.key) || strings.Contains(q.key, gn) {
				return false
			}
		}
		if lx.innerOf[actor][q.key] {
			return false
		}
	}
	for _, m := range d.mentions {
		if m.tok0 <= j && j < m.tok1 {
			return false
		}
	}
	if d.placeAt(j) {
		return false
	}
	for _, h := range d.hits {
		if h.tok0 <= j && j < h.tok1 {
			return false
		}
	}
	return true
}

// arabicParticle are the article and kin joined to Arab family names in
// Latin and Cyrillic script ("al-Warfalli", "es-Sukutri", "ан-Намруш");
// "di", "de", "von" also join a place to a noun ("Istanbul di Lavrov").
var arabicParticle = closed().names.arabicJoin

// givenBeforeSurname tells whether a capitalised word in Latin or
// Cyrillic script stands where a given name does: right before another
// capitalised word of the same sentence that no rule and no lexicon entry
// knows ("Kamel Bensalem", "Carlo Vettori", "Насер Бурита"). Such a word
// is a given name, never a listed surname found by its spelling.
func (d *doc) givenBeforeSurname(i int) bool {
	t := &d.toks[i]
	if i+1 >= len(d.toks) || t.script != scriptLatin && t.script != scriptCyrillic {
		return false
	}
	n := &d.toks[i+1]
	if !n.upper || n.apos || n.punct != "" || n.script != t.script || n.sent != t.sent {
		return false
	}
	for _, m := range d.mentions {
		if m.tok0 == i+1 && m.kind == graph.KindPerson {
			return true // "Насер Бурита": the given name of the man named after it
		}
		if m.tok0 <= i+1 && i+1 < m.tok1 {
			return false
		}
	}
	if d.lang == "de" && !givenKeys()[t.key] {
		return false // every noun is capitalised: "Schloss Bellevue"; but "Salem Bughrara" opens with a given name
	}
	return !d.placeAt(i+1) && !d.hitStartsAt(i+1)
}

// soundsGiven tells whether a given name written another way has the
// sound skeleton of one of a person's listed given names. Cyrillic writes
// foreign given names many ways ("Отман", "Осман"), so an unlisted one may
// still be the listed person's; "Глеб" is still not Ian Martin's.
func soundsGiven(given map[string]bool, key string) bool {
	sk := skeleton(key)
	for g := range given {
		if skeleton(g) == sk {
			return true
		}
	}
	return false
}

// skelCand is a lexicon surname whose skeleton is close to a word's.
type skelCand struct {
	e  *skelEntry
	sc float64
}

// skelCands lists the lexicon surnames whose skeleton is
// within Jaro-Winkler 0.9 of the word's, remembered per document and, up
// to skelCacheMax words, across documents in the Extractor: articles
// repeat their words, and the scan over the index is the costly part of
// the fuzzy match.
func (d *doc) skelCands(v string) []skelCand {
	if cs, ok := d.skelMemo[v]; ok {
		return cs
	}
	d.x.skelMu.RLock()
	cs, ok := d.x.skel[v]
	d.x.skelMu.RUnlock()
	if ok {
		return d.memoSkel(v, cs)
	}
	if s := skeleton(v); len(s) >= 3 {
		ms := skelMask(s)
		la := len(s)
		for n := max(1, la-2); n <= la+2; n++ {
			b := d.x.lx.skelsByLen[skelKey{s[0], n}]
			if b == nil {
				continue
			}
			for k, mb := range b.masks {
				if !mayReach09(la, n, ms, mb) {
					continue
				}
				e := &b.entries[k]
				if jaroWinklerAbove(s, e.skel, ms, e.mask) < 0.9 {
					continue
				}
				if sc := jaroWinkler(s, e.skel); sc >= 0.9 {
					cs = append(cs, skelCand{e: e, sc: sc})
				}
			}
		}
	}
	d.x.skelMu.Lock()
	if _, loaded := d.x.skel[v]; !loaded && len(d.x.skel) < skelCacheMax {
		if d.x.skel == nil {
			d.x.skel = map[string][]skelCand{}
		}
		d.x.skel[v] = cs
	}
	d.x.skelMu.Unlock()
	return d.memoSkel(v, cs)
}

func (d *doc) memoSkel(v string, cs []skelCand) []skelCand {
	if d.skelMemo == nil && d.bufs != nil && d.bufs.skel != nil {
		d.skelMemo, d.bufs.skel = d.bufs.skel, nil
	}
	if d.skelMemo == nil {
		d.skelMemo = make(map[string][]skelCand, len(d.toks)/4)
	}
	d.skelMemo[v] = cs
	return cs
}

// hitStartsAt tells whether a rule-file phrase starts at token i.
func (d *doc) hitStartsAt(i int) bool {
	return len(d.hitsStartingAt(i)) > 0
}

// hitsStartingAt lists the rule-file phrases that start at token i.
func (d *doc) hitsStartingAt(i int) []hit {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= i })
	j := k
	for j < len(d.hits) && d.hits[j].tok0 == i {
		j++
	}
	return d.hits[k:j]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// isNameParticle tells whether a word is a particle inside a name, in any
// script ("de", "di", "von", Urdu "ڈی", Arabic "دي").
func isNameParticle(key string) bool {
	return nameParticles[key] && key != "as" && key != "an" && key != "at" && key != "y" && key != "la" && key != "le" && key != "des" && key != "der" && key != "du" ||
		arabicNameParticles[key]
}

// arabicNameParticles are particles of European names written in Arabic
// script (folded): "دي/ڈی" (de, di), "دو" (du), "فون" (von), "فان" (van).
var arabicNameParticles = closed().names.scriptPart

// nameParticles may sit inside a name written after a title.
var nameParticles = closed().names.particle

// trArticles are the Arabic article as Turkish writes it assimilated,
// hyphened to the name it belongs to.
var trArticles = closed().names.trArticle

// titledPeople makes actors of people the lexicon does not know when a
// title introduces them ("Colonel Faraj al-Mabrouk", "العقيد فرج المبروك").
func (d *doc) titledPeople() {
	covered := make([]bool, len(d.toks))
	for _, m := range d.mentions {
		for k := m.tok0; k < m.tok1; k++ {
			covered[k] = true
		}
	}
	for _, p := range d.placeMs {
		for k := p.tok0; k < p.tok1; k++ {
			covered[k] = true
		}
	}
	stop := make([]bool, len(d.toks))
	for _, h := range d.hits {
		if h.p.kind == pTitle {
			continue
		}
		for k := h.tok0; k < h.tok1; k++ {
			stop[k] = true
		}
	}
	added := false
	for hi, h := range d.hits {
		if h.p.kind != pTitle {
			continue
		}
		if d.moreSpecificTitle(hi) {
			continue
		}
		si := d.toks[h.tok0].sent
		send := d.sents[si].tok1
		i := h.tok1
		// stacked titles ("کمانڈر جنرل X", "commander General X"): the
		// last one introduces the name
		if i < send && d.hitStartsWithKind(i, pTitle) {
			continue
		}
		// skip adjectives between title and name: lower-case Latin words,
		// Arabic nisba adjectives (الأمريكي)
		for n := 0; n < 2 && i < send; n++ {
			t := &d.toks[i]
			if covered[i] || strings.ContainsAny(t.punct, ",،:;«»\"“”„") {
				break
			}
			if (t.script == scriptLatin || t.script == scriptCyrillic) && !t.upper && !nameParticles[t.key] && i+1 < send && d.toks[i+1].upper {
				i++
				continue
			}
			if t.script == scriptArabic && strings.HasPrefix(t.key, "ال") && strings.HasSuffix(t.key, "ی") && i+1 < send {
				i++
				continue
			}
			break
		}
		// "سفير باكستان لدى ليبيا عامر …": the country the title is of
		// (and where the office is) stands between title and name
		var qual string
		qualAt := -1
		for n := 0; n < 2 && i < send && (d.toks[i].script == scriptArabic || d.toks[i].script == scriptCyrillic); n++ {
			k := d.mentionStartingAt(i)
			if k < 0 || (d.mentions[k].kind != graph.KindCountry && d.mentions[k].kind != graph.KindOrganisation) || strings.ContainsAny(d.toks[d.mentions[k].tok1-1].punct, breakMarks) {
				break
			}
			if n == 0 {
				qual, qualAt = d.mentions[k].actor, d.mentions[k].tok0
			}
			i = d.mentions[k].tok1
			if i+1 < send && (d.toks[i].key == arLada || d.toks[i].key == arFi || d.toks[i].key == "в" || d.toks[i].key == "во") {
				i++
				continue
			}
			break
		}
		// in Arabic script, what the title is of may stand between it and
		// the name ("وزير التخطيط والمالية يوسف …", "وزیر منصوبہ بندی و
		// ترقی یوسف …"): the name starts at the first listed name word
		// of the clause, when one comes before any mark or known actor
		if i < send && d.toks[i].script == scriptArabic && !covered[i] && !d.nameWord(i) {
			for k := i + 1; k < send && k < i+6; k++ {
				if covered[k] || d.toks[k].script != scriptArabic || strings.ContainsAny(d.toks[k].punct, breakMarks) {
					break
				}
				if d.nameWord(k) && !strings.HasPrefix(d.toks[k].key, "ال") {
					i = k
					break
				}
			}
		}
		j := i
		upperSeen := 0
		for j < send && j-i < 4 {
			t := &d.toks[j]
			if covered[j] || (stop[j] && !nameParticles[t.key]) || t.apos {
				break
			}
			if j > i && strings.ContainsAny(t.punct, breakMarks) {
				break
			}
			ok := false
			switch t.script {
			case scriptLatin, scriptCyrillic:
				if t.upper {
					ok = true
					upperSeen++
				} else if nameParticles[t.key] && j+1 < send && (d.toks[j+1].upper || d.toks[j+1].hyph) {
					ok = true
				} else if j > i && trArticles[t.key] && j+1 < send && d.toks[j+1].hyph && d.toks[j+1].upper {
					ok = true // Turkish "Nuri ez-Zavi", "Salahaddin en-Nemruş"
				}
			case scriptArabic:
				// given names do not take the article; a conjunction
				// starts the next phrase
				// (nor the genitive "لل…" of what the title is of:
				// "الممثلة الخاصة للأمين العام")
				// (Urdu joins with "اور" or a lone "و": "ویکیو" is a name)
				conj := strings.HasPrefix(t.key, "و") && (d.lang != "ur" || t.key == "و")
				ok = !(j > i && conj && j-i >= 2) && !(j == i && (strings.HasPrefix(t.key, "ال") || d.lang == "ar" && strings.HasPrefix(t.key, "لل")))
				upperSeen++
			}
			if !ok {
				break
			}
			j++
		}
		// "ترجمان سلیم قریشی", "Sprecher Salim Qureshi": someone else's
		// given name after the title makes the surname that follows
		// another person's than the listed one the article never names
		// in full
		if j == i+1 && j < send && covered[j] && !strings.ContainsAny(d.toks[j].punct, breakMarks) {
			if k := d.shortPersonAt(j); k >= 0 && !d.namedInFull(d.mentions[k].actor) && (d.x.lx.given[d.toks[i].key] || d.toks[i].script == scriptArabic) && !d.givenNameOf(d.toks[i].key, d.mentions[k].actor) {
				d.mentions = slices.Delete(d.mentions, k, k+1)
				j++
			}
		}
		// "Prime Minister Abdel Hamid Dbeibah" when the lexicon writes him
		// "Abdul Hamid": given names in another spelling run into a listed
		// person's surname; they are his, and his mention takes them
		if d.givenNamesOfListed(i, j, send) {
			continue
		}
		// drop trailing particles
		for j > i && nameParticles[d.toks[j-1].key] {
			j--
		}
		if j > i && d.toks[i].script == scriptArabic {
			var ok bool
			if i, j, ok = d.arabicTitledSpan(i, j, send, covered); !ok {
				continue
			}
		}
		if j-i < 2 || upperSeen < 1 {
			continue
		}
		// "ministro de Asuntos Exteriores", "ministre des Affaires": a
		// particle after the title starts an institution, not a name.
		if sc := d.toks[i].script; (sc == scriptLatin || sc == scriptCyrillic) && nameParticles[d.toks[i].key] {
			continue
		}
		d.addTitled(i, j, h.p.role, covered)
		added = true
		// the country or organisation the title is of ("پاکستان کے سفیر X",
		// "Pakistan's ambassador X") is the person's affiliation, never a
		// participant of their meetings beside them
		if qual == "" {
			qual = d.titleOwner(h)
		}
		if n := len(d.mentions); qual != "" && n > 0 {
			if u := d.unknownByID[d.mentions[n-1].actor]; u != nil && u.actor.Affiliation == "" {
				u.actor.Affiliation = qual
			}
		}
		// between title and name it only labels the person, whose
		// mention it joins
		if k := d.mentionStartingAt(qualAt); qualAt >= 0 && k >= 0 {
			last := &d.mentions[len(d.mentions)-1]
			last.tok0, last.start = qualAt, d.toks[qualAt].start
			d.mentions = slices.Delete(d.mentions, k, k+1)
			// (a Russian office seat, "послом Египта в Москве", stays a
			// place candidate as before: the meeting is often there)
			if d.toks[qualAt].script == scriptArabic {
				d.placeMs = slices.DeleteFunc(d.placeMs, func(p placeMention) bool { return p.tok0 >= qualAt && p.tok0 < j })
			}
		}
	}
	if d.titleThenName(covered, stop) {
		added = true
	}
	if d.arSpeakerApposition(covered, stop) {
		added = true
	}
	if d.appositiveNames(covered, stop) {
		added = true
	}
	if d.speakerNames(covered, stop) {
		added = true
	}
	if d.speakerSurnames(covered, stop) {
		added = true
	}
	if d.givenNames(covered, stop) {
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// givenNames makes actors of names the lexicon does not know that open
// with a common given name (words.yaml `given_names`), in Latin and
// Cyrillic script where capitals tell a name: "il prefetto Carlo
// Ruggeri", "as well as Paolo Fedele, Eni's head of North Africa",
// "dessen Stellvertreter Hamid al-Zawi", whatever title, if any, the text
// gives them. The given name and one to three capitalised words after it
// (name particles between: "Hamid al-Zawi", "Abdel Salam al-Hassi") that
// no lexicon entry, place or rule word covers; a word the article also
// writes in lower case is no part of a name.
func (d *doc) givenNames(covered, stop []bool) bool {
	given := givenKeys()
	added := false
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if covered[i] || !t.upper || t.apos || (t.script != scriptLatin && t.script != scriptCyrillic) || !given[t.key] || d.writtenLower(t.key) || d.placeAt(i) {
			continue
		}
		send := d.sents[t.sent].tok1
		j := i + 1
		for j < send && j-i <= 3 {
			n := &d.toks[j]
			if covered[j] || n.apos || n.script != t.script || strings.ContainsAny(n.punct, ",.;:()«»\"“”„!?") {
				break
			}
			if nameParticles[n.key] && j+1 < send && (d.toks[j+1].upper || d.toks[j+1].hyph) && !covered[j+1] {
				j++
				continue
			}
			if !n.upper || stop[j] || d.writtenLower(n.key) || d.placeAt(j) || d.hitStartsAt(j) {
				break
			}
			j++
		}
		for j > i+1 && nameParticles[d.toks[j-1].key] {
			j--
		}
		// (a listed surname right after, or after a particle: "Абдель
		// Фаттахом ас-Сиси")
		if j+1 < send && !d.toks[j].upper && utf8.RuneCountInString(d.toks[j].norm) <= 3 && (d.toks[j+1].hyph || nameParticles[d.toks[j].key]) && covered[j+1] {
			continue
		}
		if j-i < 2 || j < send && d.toks[j].upper && d.toks[j].script == t.script && !strings.ContainsAny(d.toks[j].punct, ",.;:()") {
			continue // one word, a name that goes on past four, or the given names of a listed person ("Abdel Hamid Dbeibah")
		}
		d.addTitled(i, j, "", covered)
		added = true
		i = j - 1
	}
	return added
}

// placeAt tells whether a place mention covers token k.
func (d *doc) placeAt(k int) bool {
	for _, p := range d.placeMs {
		if p.tok0 <= k && k < p.tok1 {
			return true
		}
	}
	return false
}

// speakerNames makes actors of names the lexicon does not know that fill
// the speaker slot of an inverted speech verb, in Latin and Cyrillic
// script where capitals tell a name: "«…», osserva Lucia Ferrante,
// ricercatrice …", "—, заявил Олег Прохоров.", "…, said Daniel Hartwell."
// Two to four capitalised words closed by a mark or the sentence end;
// without them the slot stays empty and the quotation goes to no one
// rather than to an earlier actor.
func (d *doc) speakerNames(covered, stop []bool) bool {
	added := false
	for _, h := range d.hits {
		if !isSpeech(h.p.kind) || isAccording(h) || h.tok1 >= len(d.toks) {
			continue
		}
		sc := d.toks[h.tok0].script
		if sc != scriptLatin && sc != scriptCyrillic {
			continue
		}
		// inverted: right after a quotation or a comma
		if !strings.ContainsAny(d.toks[h.tok0].punct, ",»\"”“") {
			continue
		}
		send := d.sents[d.toks[h.tok0].sent].tok1
		i := h.tok1
		if i >= send || strings.ContainsAny(d.toks[i].punct, ",.;:()«»\"“”„") {
			continue
		}
		j := i
		for j < send && j-i < 4 {
			t := &d.toks[j]
			if covered[j] || (stop[j] && !nameParticles[t.key]) || t.apos || t.script != sc {
				break
			}
			if j > i && strings.ContainsAny(t.punct, ",.;:()«»\"“”„") {
				break
			}
			if !t.upper && !(j > i && nameParticles[t.key] && j+1 < send && (d.toks[j+1].upper || d.toks[j+1].hyph)) {
				break
			}
			j++
		}
		for j > i && nameParticles[d.toks[j-1].key] {
			j--
		}
		// a compound whose head is a title opens a title, not a name:
		// "erklärte Außenamtssprecher Christofer Burger"
		if j-i >= 3 && d.titleCompound(&d.toks[i]) {
			i++
		}
		// (an article opens a title, not a name: "schreibt La Stampa")
		if j-i < 2 || nameParticles[d.toks[i].key] || j-i > 3 && !nameParticles[d.toks[i+1].key] && !nameParticles[d.toks[i+2].key] {
			continue
		}
		if j < send && !strings.ContainsAny(d.toks[j].punct, ",.;:()") && d.toks[j].upper {
			continue // not closed: the name may go on
		}
		d.addTitled(i, j, "", covered)
		added = true
	}
	return added
}

// appositionComma is the token a comma opens at most five words after
// title h, before the sentence's end send ("the ministry's spokesman, X",
// "الناطق باسم الوفد، X"): the apposition naming the title's holder;
// -1 when another mark or a trigger comes first.
func (d *doc) appositionComma(h hit, send int) int {
	for k := h.tok1; k < send && k <= h.tok1+5; k++ {
		if strings.ContainsAny(d.toks[k].punct, ".;:«»\"“”„()؛") {
			return -1
		}
		if strings.ContainsAny(d.toks[k].punct, ",،") {
			return k
		}
		if d.triggerAt(k) {
			return -1
		}
	}
	return -1
}

// titleThenName makes actors of names that follow their title, and what
// the title is of, as an apposition closed by a mark: "the British
// ambassador, Nicholas Hopton, and", "Der Sprecher des Außenministeriums,
// Alexandros Gennimatas, sagte", "el embajador de España en Libia,
// Fernando Lérida Oms." In Latin and Cyrillic script, where capitals
// tell a name.
func (d *doc) titleThenName(covered, stop []bool) bool {
	added := false
	for _, h := range d.hits {
		if h.p.kind != pTitle || covered[h.tok0] {
			continue
		}
		if sc := d.toks[h.tok0].script; sc != scriptLatin && sc != scriptCyrillic {
			continue
		}
		send := d.sents[d.toks[h.tok0].sent].tok1
		c := d.appositionComma(h, send)
		if c < 0 {
			continue
		}
		j := c
		for j < send && j-c < 4 {
			t := &d.toks[j]
			if covered[j] || (stop[j] && !nameParticles[t.key]) || t.apos || t.script != d.toks[h.tok0].script {
				break
			}
			if j > c && strings.ContainsAny(t.punct, ",.;:()«»\"“”„") {
				break
			}
			if !t.upper && !(j > c && nameParticles[t.key] && j+1 < send && d.toks[j+1].upper) {
				break
			}
			j++
		}
		for j > c && nameParticles[d.toks[j-1].key] {
			j--
		}
		// two to four capitalised words, closed by a mark or the sentence end
		if j-c < 2 || (j < send && !strings.ContainsAny(d.toks[j].punct, ",.;:()")) {
			continue
		}
		d.addTitled(c, j, h.p.role, covered)
		added = true
	}
	return added
}

// triggerAt tells whether a meeting, call or speech phrase starts at token k.
func (d *doc) triggerAt(k int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k })
	for ; i < len(d.hits) && d.hits[i].tok0 == k; i++ {
		// (a talk_anchored verb is a trigger only where its sentence
		// anchors it; elsewhere it is a discuss word: "with whom he also
		// discussed the fighting in Sirte")
		if (isTrigger(d.hits[i].p.kind) || isSpeech(d.hits[i].p.kind)) && d.hits[i].p.name != "talk_anchored" {
			return true
		}
	}
	return false
}

// appositiveNames makes actors of names followed by their title as an
// apposition: "Kamal al-Sharif, a spokesman for the Presidential
// Council, said", "وقال كمال الشريف، المتحدث باسم المجلس الرئاسي".
func (d *doc) appositiveNames(covered, stop []bool) bool {
	added := false
	for _, h := range d.hits {
		if h.p.kind != pTitle || h.tok0 == 0 {
			continue
		}
		c := h.tok0 // the token the comma stands before
		if t := &d.toks[c-1]; !strings.ContainsAny(d.toks[c].punct, ",،") && (t.script == scriptLatin || t.script == scriptCyrillic) &&
			!t.upper && utf8.RuneCountInString(t.norm) <= 3 && strings.ContainsAny(t.punct, ",،") {
			c-- // an article between: ", a spokesman", ", le porte-parole"
		}
		if !strings.ContainsAny(d.toks[c].punct, ",،") || strings.ContainsAny(d.toks[c].punct, ".;:«»\"“”„()") {
			continue
		}
		s := d.sents[d.toks[c].sent]
		i := c
		for i > s.tok0 && c-i < 4 {
			if i < c && strings.ContainsAny(d.toks[i].punct, breakMarks) {
				break // the name starts after a mark
			}
			t := &d.toks[i-1]
			if covered[i-1] || (stop[i-1] && !nameParticles[t.key]) || t.apos || d.hitEndsAt(i, i-1, pTitle) {
				break
			}
			ok := false
			switch t.script {
			case scriptLatin, scriptCyrillic:
				ok = t.upper || nameParticles[t.key] && (d.toks[i].upper || d.toks[i].hyph)
			case scriptArabic:
				ok = true
			}
			if !ok {
				break
			}
			i--
		}
		for i < c && nameParticles[d.toks[i].key] {
			i++
		}
		if c-i < 2 || d.toks[i].script == scriptArabic && strings.HasPrefix(d.toks[i].key, "ال") {
			continue
		}
		// a title that introduces the name after it is not an apposition
		// (a place after the title is what the office covers, "directeur
		// Afrique du Nord", "director for the Middle East": the name
		// before the comma is still the title's)
		if h.tok1 < len(d.toks) && covered[h.tok1] && !d.placeStartsAt(h.tok1) {
			continue
		}
		// in Arabic script, where no capital marks a name, the name must
		// start its clause: after a verb or another rule word, a mark or
		// the start of the sentence ("وقال كمال الشريف، المتحدث")
		if d.toks[i].script == scriptArabic && i > s.tok0 && !stop[i-1] && !strings.ContainsAny(d.toks[i].punct, breakMarks) {
			continue
		}
		if sc := d.toks[i].script; (sc == scriptLatin || sc == scriptCyrillic) && !d.toks[i].upper {
			continue
		}
		d.addTitled(i, c, h.p.role, covered)
		added = true
	}
	return added
}

// addTitled adds a titled person on tokens [i, j) and marks them covered.
func (d *doc) addTitled(i, j int, role string, covered []bool) {
	d.addUnknown(i, j, role)
	for k := i; k < j; k++ {
		covered[k] = true
	}
}

// addUnknown records a titled person the lexicon does not know: a later
// title before the same surname ("General al-Mansuri") is the same person.
func (d *doc) addUnknown(i, j int, role string) {
	// a capitalised word that opens the sentence and that the article
	// writes in lower case elsewhere is no part of the name: "Para Sofía
	// Llorente, investigadora …", "Laut Ulrich Kemmer, Sprecher …"
	if j-i >= 3 && i == d.sents[d.toks[i].sent].tok0 && d.toks[i].upper && d.writtenLower(d.toks[i].key) {
		i++
	}
	keys := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		keys = append(keys, d.toks[k].key)
	}
	var id string
	for _, u := range d.unknown {
		if hasSuffixKeys(u.keys, keys) || hasSuffixKeys(keys, u.keys) {
			id = u.actor.ID
			break
		}
	}
	native := string(d.text[d.toks[i].start:d.toks[j-1].end])
	if id == "" {
		name := native
		if d.toks[i].script == scriptCyrillic {
			name = ruNominativeName(name)
		}
		if d.toks[i].script != scriptLatin {
			name = d.x.lx.romaniseName(name, d.lang)
		}
		id = "x-" + slug(name)
		if id == "x-" {
			return
		}
		if _, known := d.x.lx.actorIdx[id]; known {
			id += "-x"
		}
		if _, seen := d.unknownByID[id]; !seen {
			u := &unknownActor{actor: graph.Actor{ID: id, Name: name, Kind: graph.KindPerson, Role: role, Reviewed: false}, keys: keys}
			d.unknown = append(d.unknown, u)
			d.unknownByID[id] = u
		}
	}
	d.mentions = append(d.mentions, mention{tok0: i, tok1: j, start: d.toks[i].start, end: d.toks[j-1].end, actor: id, kind: graph.KindPerson, name: nameFull})
}

// ruNominativeName puts the words of a Russian name in the instrumental
// back in the nominative, where the ending is unambiguous: a name after
// "с", "во главе с" or a title in the instrumental ("с послом … Хишамом
// Шаарави", "с вице-спикером Салемом аль-Гадами") would otherwise make the
// actor "Salemom". Only endings no nominative name has are undone: "-ом"
// after a consonant (Салемом, Хишамом), "-ым"/"-им" after a surname suffix
// (Путиным, Захаровым), "-ой" after one (Захаровой -> Захарова) and
// "-еем" (Сергеем). Foreign names in a vowel (Шаарави, аль-Гадами) do not
// decline and are left alone.
func ruNominativeName(name string) string {
	words := strings.Fields(name)
	changed := false
	for k, w := range words {
		// each part of a hyphenated name declines: "аль-Джабером",
		// "Жаном-Ивом"
		parts := strings.Split(w, "-")
		for q, part := range parts {
			if n := ruNominative(part); n != part {
				parts[q], changed = n, true
			}
		}
		words[k] = strings.Join(parts, "-")
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

func ruNominative(w string) string {
	rs := []rune(w)
	n := len(rs)
	if n < 4 || !unicode.IsUpper(rs[0]) {
		return w
	}
	end := strings.ToLower(string(rs[n-2:]))
	stem := strings.ToLower(string(rs[n-4 : n-2]))
	switch {
	case end == "ем" && unicode.ToLower(rs[n-3]) == 'е':
		return string(rs[:n-2]) + "й"
	case end == "ом" && ruConsonant(rs[n-3]):
		return string(rs[:n-2])
	case (end == "ым" || end == "им") && ruSurnameSuffix[stem]:
		return string(rs[:n-2])
	case end == "ой" && ruSurnameSuffix[stem]:
		return string(rs[:n-2]) + "а"
	}
	return w
}

// ruSurnameSuffix are the Russian surname suffixes that decline like
// adjectives in the instrumental (Путин-ым, Иванов-ой).
var ruSurnameSuffix = closed().names.ruSuffix

func ruConsonant(r rune) bool {
	return strings.ContainsRune("бвгдзклмнпрстфхБВГДЗКЛМНПРСТФХ", r)
}

// ledDelegations reads "a delegation of ORG led by X" ("وفداً من مجلس
// النواب برئاسة النائب X", "делегацию Палаты представителей Ливии во главе
// с вице-спикером X", "una delegazione del Parlamento guidata dal deputato
// X"): the person after "led by" is who takes part, and the organisation
// (or country) named right before it is whose delegation it is, a label
// of the person as a title's organisation is, never a participant beside
// him. Turkish and Urdu name the leader first, his organisation before him
// ("Temsilciler Meclisi üyesi X başkanlığındaki heyet", "X کی قیادت میں
// وفد").
func (d *doc) ledDelegations() {
	for _, h := range d.hits {
		if h.p.kind != pLedBy {
			continue
		}
		pi := -1
		var orgEnd int
		if d.verbFinal() {
			for k := range d.mentions {
				if m := &d.mentions[k]; m.tok1 == h.tok0 && m.kind == graph.KindPerson {
					pi = k
				}
			}
			if pi < 0 {
				continue
			}
			// the organisation may stand a title away: "Meclis üyesi X"
			orgEnd = -1
			for k := range d.mentions {
				m := &d.mentions[k]
				if m.tok1 <= d.mentions[pi].tok0 && m.tok1 >= d.mentions[pi].tok0-2 && !d.punctIn(m.tok1, d.mentions[pi].tok0, breakMarks) && !d.mentionStarts(m.tok1, d.mentions[pi].tok0) {
					orgEnd = m.tok1
				}
			}
			if orgEnd < 0 {
				continue
			}
		} else {
			// the leader: the first name after it, a title and article away
			// at most, in the same phrase
			for k := range d.mentions {
				m := &d.mentions[k]
				if m.tok0 >= h.tok1 && m.tok0 <= h.tok1+3 && d.toks[m.tok0].sent == d.toks[h.tok0].sent {
					if m.kind == graph.KindPerson && !d.punctIn(h.tok1, m.tok0, breakMarks) {
						pi = k
					}
					break
				}
			}
			if pi < 0 || d.punctIn(h.tok0, h.tok0, breakMarks) {
				continue
			}
			orgEnd = h.tok0
			// an adjective may close the organisation's name: "مجلس
			// النواب الليبي", "the Libyan parliament's"
			if k := orgEnd - 1; k > 0 && d.mentionEndingAt(orgEnd) < 0 && !d.punctIn(k, k, breakMarks) {
				t := &d.toks[k]
				if t.script == scriptArabic && strings.HasPrefix(t.key, "ال") || (t.script == scriptLatin || t.script == scriptCyrillic) && !t.upper {
					orgEnd = k
				}
			}
		}
		// the organisation and the country it is of ("Палаты
		// представителей Ливии"), two names at most
		var orgs []string
		for n := 0; n < 2; n++ {
			k := d.mentionEndingAt(orgEnd)
			if k < 0 {
				break
			}
			m := &d.mentions[k]
			if m.kind != graph.KindOrganisation && m.kind != graph.KindCountry {
				break
			}
			orgs = append(orgs, m.actor)
			if d.punctIn(m.tok0, m.tok0, breakMarks) {
				break
			}
			orgEnd = m.tok0
		}
		if len(orgs) == 0 {
			continue
		}
		if d.ledBy == nil {
			d.ledBy = map[string][]string{}
		}
		p := d.mentions[pi].actor
		d.ledBy[p] = append(d.ledBy[p], orgs...)
	}
}

// mentionEndingAt is the index of a mention that ends right before token
// i, or -1.
func (d *doc) mentionEndingAt(i int) int {
	for k := range d.mentions {
		if d.mentions[k].tok1 == i {
			return k
		}
	}
	return -1
}

// breakMarks end a run of name words, a title or the phrase of a
// delegation's leader: a clause or list mark, a bracket or a quote.
const breakMarks = ",،:;.()«»\"“”„؛"

type unknownActor struct {
	actor graph.Actor
	keys  []string
}

func hasSuffixKeys(a, b []string) bool {
	if len(b) > len(a) || len(b) == 0 {
		return false
	}
	return equalKeys(a[len(a)-len(b):], b)
}

// unknownSurnames links later bare surnames of titled people ("Kemmer"
// after "Regierungssprecher Ulrich Kemmer").
func (d *doc) unknownSurnames() {
	if len(d.unknown) == 0 {
		return
	}
	covered := make([]bool, len(d.toks))
	// a bare surname only a skeleton tied to a listed person is the
	// unknown person's whose full name the article gave first: after
	// "говорит Глеб Мартынов", "считает Мартынов" is him, not Ian Martin
	fuzzyAt := map[int]int{}
	for mi, m := range d.mentions {
		for k := m.tok0; k < m.tok1; k++ {
			covered[k] = true
		}
		if m.tok1 == m.tok0+1 && m.name == nameShort && d.fuzzy[m.actor] {
			fuzzyAt[m.tok0] = mi
		}
	}
	// a bare surname the lexicon gives a person of its own is the
	// unknown person's when the article named him in full after its last
	// full mention of the listed one: after "Serkan Yıldırım, analist …",
	// "Yıldırım'a göre" is him, not Binali Yıldırım (surnameOfUnknown)
	shortAt := d.listedSurnames(fuzzyAt)
	drop := map[int]bool{}
	var vbuf []string
	added := false
	for i := range d.toks {
		_, fz := fuzzyAt[i]
		li, listed := shortAt[i]
		if covered[i] && !fz && !listed {
			continue
		}
		t := &d.toks[i]
		if (t.script == scriptLatin || t.script == scriptCyrillic) && !t.upper {
			continue
		}
		vbuf = d.keyVariants(t, vbuf)
		for _, u := range d.unknown {
			last := u.keys[len(u.keys)-1]
			if utf8.RuneCountInString(last) < 3 {
				continue
			}
			hit := false
			for _, v := range vbuf {
				if v == last {
					hit = true
				}
			}
			if !hit {
				continue
			}
			// first mention must come earlier
			first := -1
			for _, m := range d.mentions {
				if m.actor == u.actor.ID {
					first = m.tok0
					break
				}
			}
			if first < 0 || first > i {
				continue
			}
			if listed && !d.introducedAfter(u.actor.ID, d.mentions[li].actor, i) {
				continue
			}
			if fz {
				drop[fuzzyAt[i]] = true
			}
			if listed {
				drop[li] = true
			}
			d.mentions = append(d.mentions, mention{tok0: i, tok1: i + 1, start: t.start, end: t.end, actor: u.actor.ID, kind: graph.KindPerson, name: nameShort})
			added = true
			break
		}
	}
	if len(drop) > 0 {
		kept := d.mentions[:0]
		for mi, m := range d.mentions {
			if !drop[mi] {
				kept = append(kept, m)
			}
		}
		d.mentions = kept
	}
	if added {
		d.sortMentions()
	}
}

// bareTitles resolves a title used without a name ("the general",
// "بن غازی جنرل") to the last person the article introduced with it.
func (d *doc) bareTitles() {
	last := map[string]mention{}
	lastOf := map[string]mention{}    // by role and country
	holders := map[string][]mention{} // everyone named with a role
	added := false
	mi := 0
	var qualified map[int]bool
	for hi, h := range d.hits {
		if h.p.kind != pTitle {
			continue
		}
		if cs := d.demonymList(h); len(cs) > 1 && !d.inQuote[h.tok0] {
			// "les chefs de la diplomatie française, allemande et
			// italienne": one holder per country
			for mi < len(d.mentions) && d.mentions[mi].tok0 < h.tok1 {
				mi++
			}
			for _, c := range cs {
				m, ok := lastOf[h.p.role+"|"+c.p.role]
				if !ok {
					m, ok = d.holderNear(h, c.p.role, mi)
				}
				if ok {
					// "the French" is no metonym here
					d.mentions = slices.DeleteFunc(d.mentions, func(o mention) bool {
						return o.kind != graph.KindPerson && o.tok0 < c.tok1 && o.tok1 > c.tok0
					})
					t := &d.toks[c.tok0]
					d.mentions = append(d.mentions, mention{tok0: c.tok0, tok1: c.tok1, start: t.start, end: d.toks[c.tok1-1].end, actor: m.actor, kind: m.kind, name: nameShort})
					added = true
				}
			}
			mi = 0 // mentions went: counted again for the next title
			continue
		}
		// "primo ministro X" is no holder of "ministro", but "ministro degli
		// Esteri X" is: the generic title inside a portfolio's remembers
		// only a name its role fits
		generic := latinRomance[d.lang] && d.moreSpecificTitle(hi)
		country := d.titleCountry(h)
		remember := func(m mention) {
			if generic && !d.roleFits(m.actor, h.p.role) {
				return
			}
			last[h.p.role] = m
			if !slices.ContainsFunc(holders[h.p.role], func(x mention) bool { return x.actor == m.actor }) {
				holders[h.p.role] = append(holders[h.p.role], m)
			}
			if c := d.actorCountry(m.actor); c != "" {
				lastOf[h.p.role+"|"+c] = m
			} else if country != "" {
				lastOf[h.p.role+"|"+country] = m
			}
		}
		for mi < len(d.mentions) && d.mentions[mi].tok0 < h.tok1 {
			mi++
		}
		// a person within a few words after the title, same sentence
		named := false
		for k := mi; k < len(d.mentions) && d.mentions[k].tok0 <= h.tok1+6; k++ {
			m := d.mentions[k]
			if m.kind == graph.KindPerson && d.toks[m.tok0].sent == d.toks[h.tok0].sent && !d.caseMarkBetween(h.tok1, m.tok0) {
				// the name of the title, not the object of a verb after a
				// description: "the UN envoy will meet Prime Minister X"
				// "the president phoned Putin": a verb between is no name's
				// one-word gap either
				// (nor a person of another country than the one the title
				// is qualified by: "يستقبل الرئيس الجزائري السراج", the
				// Algerian president receives Sarraj, a Libyan)
				if m.tok0 > h.tok1 && country != "" && d.actorCountry(m.actor) != "" && d.actorCountry(m.actor) != country {
					break
				}
				if m.tok0 == h.tok1 || !d.clauseWordBetween(h.tok1, m.tok0) && !d.relativeAfterTitle(h, m) && !(m.tok0 == h.tok1+1 && d.lowerGap(h.tok1)) && (m.tok0 == h.tok1+1 || !strings.ContainsAny(strings.Join(d.punctBetween(h.tok1, m.tok0), ""), ".;")) {
					remember(m)
					named = true
					if m.tok0 == h.tok1 && !d.inQuote[h.tok0] && latinRomance[d.lang] {
						// "the EU commissioner Ylva Johansson": the
						// organisation is her affiliation, not a party
						qualified = d.qualifiers(h, qualified)
						for _, q := range d.mentions {
							if q.tok0 >= h.tok0 && q.tok1 <= h.tok1 && q.kind != graph.KindPerson {
								if qualified == nil {
									qualified = map[int]bool{}
								}
								qualified[q.tok0] = true // "the EU commissioner"
							}
						}
					}
				}
				break
			}
		}
		// "the president of the Sovereign Council of Sudan, General X":
		// the name set off by a comma after what the title is of
		if !named {
			if m, ok := d.appositionName(h, mi); ok && !d.relativeAfterTitle(h, m) {
				remember(m)
				named = true
				// what the title is of ("de Asuntos Exteriores, Unión
				// Europea y Cooperación") only describes it
				for _, q := range d.mentions[mi:] {
					if q.tok0 >= m.tok0 {
						break
					}
					if (q.kind == graph.KindOrganisation || q.kind == graph.KindCountry) && !q.loc && !q.dir {
						if qualified == nil {
							qualified = map[int]bool{}
						}
						qualified[q.tok0] = true
					}
				}
			}
		}
		if !named {
			// "la ministra de Asuntos Exteriores, Unión Europea y
			// Cooperación, X": the portfolio's name ends in a list; X is
			// named after the generic title it opens
			for _, o := range d.hits[max(0, hi-3):min(len(d.hits), hi+4)] {
				if o.p.kind == pTitle && o.tok0 == h.tok0 && o.tok1 < h.tok1 {
					if m, ok := d.appositionName(o, mi); ok {
						remember(m)
						named = true
						break
					}
				}
			}
		}
		if named || generic || d.insideHit(h, pUnnamed) || d.moreSpecificTitle(hi) {
			continue // "ایوانِ صدر", the presidency, is no president
		}
		if d.insideHit(h, pBoth) {
			continue // "iki bakanın", "the foreign ministers of the two countries": a pair, not one holder
		}
		qualified = d.qualifiers(h, qualified)
		m, ok := last[h.p.role]
		if ok && len(holders[h.p.role]) > 1 {
			// of several named with the title, the one the article is
			// about so far: "Il ministro della Difesa Lorenzo Guerini …
			// ha incontrato il ministro dell'Interno, Fathi Bashagha …
			// Il ministro non ha invece incontrato …" is Guerini
			m = d.salient(holders[h.p.role], m, h.tok0)
		}
		if country != "" {
			// "the Egyptian president": a holder of that country only
			m, ok = lastOf[h.p.role+"|"+country]
			if ok {
				m = d.salientHolder(h, country, m)
			} else {
				m, ok = d.holderNear(h, country, mi)
				if ok && m.tok1 <= h.tok0 {
					// of several of that country the role fits, the one
					// the article named most often: "La gira regional del
					// dirigente libio" after a sentence that names Haftar in
					// passing is still the Al Menfi the story follows
					m = d.salientHolder(h, country, m)
				}
			}
			if !ok {
				// nobody of that country whose office the title names is
				// named: the one the lexicon gives the office at the
				// paper's date ("the Russian foreign minister" is Lavrov)
				m, ok = d.datedHolder(h, country)
			}
			if org := d.titleQualifier(h, string(graph.KindOrganisation)); !ok && org != "" {
				// "the UN envoy for Libya": the country is where he serves
				m, ok = d.datedMember(h, org)
			}
		} else if org := d.titleQualifier(h, string(graph.KindOrganisation)); org != "" {
			// "the speaker of the House of Representatives": its head
			if m2, ok2 := d.memberNear(h, org, mi); ok2 {
				m, ok = m2, true
			} else if m2, ok2 := d.datedMember(h, org); ok2 && !ok {
				// "the UN envoy" of September 2020: Williams
				m, ok = m2, true
			}
		} else if hm, hok := d.homeHolder(h); hok {
			// "il premier" in an Italian paper is the Italian one
			m, ok = hm, true
		} else if !ok {
			// nobody named with the title: the one person of the article
			// whose office it names ("the field marshal" in an article
			// that names Haftar)
			m, ok = d.onlyHolder(h)
		}
		if country == "" && d.titleQualifier(h, string(graph.KindOrganisation)) == "" {
			m0 := m
			// the person of the office named in the clause before goes
			// before an earlier holder of the title:
			// "Luigi Di Maio rivendica …: il ministro ha ricordato …"
			if nm, nok := d.fittingBefore(h, mi); nok && (!ok || nm.tok0 > m.tok0) {
				m, ok = nm, true
			}
			// "… la visite que Le Drian devait effectuer … . La veille, le
			// ministre s'était entretenu …": the subject title is the one
			// person of the sentence before whose office it names, not an
			// older holder named with the title
			// (unless the article named the older one more often: "Il
			// ministro non ha invece incontrato …" after "Bashagha, da
			// parte sua, ha spiegato …" is still Guerini)
			if nm, nok := d.prevSentenceHolder(h); nok && (!ok || nm.tok0 > m.tok0 && d.salient([]mention{m}, nm, h.tok0).actor == nm.actor) {
				m, ok = nm, true
			}
			// "Albares subrayó … . El ministro, que …": a title opening
			// the sentence carries on the subject of the one before
			if nm, nok := d.previousSubject(h); nok && (!ok || nm.tok0 > m.tok0) {
				m, ok = nm, true
			}
			// "Gastgeber Heiko Maas zeigte sich optimistisch. «…», sagte
			// der Außenminister": the subject a speech verb puts after
			// its quotation goes on from the sentence before, when that
			// one opened it as its subject (not "Ad attenderlo c'erano il
			// ministro X"), however often another holder of the title was
			// named
			if nm, nok := d.prevSentenceHolder(h); nok && d.quoteSaidBefore(h) && nm.actor == d.lastSubject(d.toks[h.tok0].sent-1) && nm.tok0-d.sents[d.toks[nm.tok0].sent].tok0 <= 3 {
				m, ok = nm, true
			}
			if !ok {
				// nobody named with the title, and several whose office it
				// names: the one the story names most ("Fayez al-Sarraj
				// était accueilli à Alger par le nouveau président" in an
				// analysis of Tebboune's diplomacy); not the head of a pair
				// phrase ("iki rakip lideri", "the two rival leaders")
				if sm := d.salientHolder(h, "", mention{}); sm.actor != "" && !d.pairBefore(h) {
					m, ok = sm, true
				}
			} else if m == m0 {
				// no clause nearby names the holder: of everyone whose
				// office the title names, the one the story follows ("der
				// Minister" in a report on Maas's trip is Maas, though an
				// interior minister he met was named last)
				m = d.salientHolder(h, "", m)
			}
		}
		if country == "" {
			if hm, hok := d.homeTitleHolder(h); hok {
				m, ok = hm, true
			}
		}
		if country == "" && (!ok || !d.headOfState(m.actor)) {
			// "Le chef de l'État avait alors affirmé …" after "le président
			// Abdelmadjid Tebboune a eu … avec M. al-Sarraj": a head of
			// state's title means the last head of state named, not the
			// "président du Conseil présidentiel"
			if sm, sok := d.stateHeadBefore(h); sok {
				m, ok = sm, true
			}
		}
		if g := d.titleGender(h); g != 0 && (!ok || d.female(m.actor) != (g == 'f')) {
			// "la ministre" is the woman of the office, "il ministro" a man
			m, ok = d.holderOfGender(h, g == 'f', country)
		}
		if ok && !d.inQuote[h.tok0] {
			t := &d.toks[h.tok0]
			d.mentions = append(d.mentions, mention{tok0: h.tok0, tok1: h.tok1, start: t.start, end: d.toks[h.tok1-1].end, actor: m.actor, kind: m.kind, name: nameShort})
			added = true
		}
	}
	if len(qualified) > 0 {
		// "the UN envoy", "l'envoyé de l'ONU", "BM Libya Özel Temsilcisi":
		// the organisation or country only qualifies the title; it is
		// not the one who meets or speaks
		out := d.mentions[:0]
		for _, m := range d.mentions {
			if !qualified[m.tok0] {
				out = append(out, m)
			}
		}
		d.mentions = out
	}
	if added {
		d.sortMentions()
	}
}

// latinRomance are the languages whose title before a name keeps its
// organisation as a qualifier only ("the EU commissioner X", "la
// commissaire européenne X"); German and Urdu compounds say otherwise.
var latinRomance = map[string]bool{"en": true, "fr": true, "it": true, "es": true}

// titleGender is the grammatical gender of a bare title in French,
// Italian, Spanish or German, by its article ("la ministre", "il ministro", "el
// alcalde") or its feminine form ("ministra", "cheffe"): 'f', 'm' or 0.
func (d *doc) titleGender(h hit) byte {
	if d.lang == "de" {
		// German marks it on the noun: "die Ministerin", "der Minister"
		last := d.toks[h.tok1-1].norm
		if strings.HasSuffix(last, "in") {
			return 'f'
		}
		if h.tok0 > 0 && d.toks[h.tok0].punct == "" {
			switch d.toks[h.tok0-1].norm {
			case "der", "dem", "den", "des":
				return 'm'
			}
		}
		return 0
	}
	if d.lang == "ar" {
		// Arabic marks it on the head noun: "الوزيرة", "المبعوثة" end in
		// ta marbuta (folded to ه; no masculine title ends so)
		if strings.HasSuffix(d.toks[h.tok0].norm, "ه") {
			return 'f'
		}
		return 0
	}
	if !d.romance() {
		return 0
	}
	first := d.toks[h.tok0].norm
	switch first {
	case "ministra", "cheffe", "jefa", "alcaldesa", "sindaca", "presidenta", "embajadora", "ambasciatrice", "ambassadrice", "première", "primera", "prima":
		return 'f'
	}
	if h.tok0 == 0 || d.toks[h.tok0].punct != "" {
		return 0
	}
	switch d.toks[h.tok0-1].norm {
	case "la", "della", "alla", "dalla", "nella", "sulla":
		return 'f'
	case "le", "il", "el", "lo", "del", "al", "du", "au", "dal", "dello", "nel", "allo":
		return 'm'
	}
	return 0
}

// female tells whether the lexicon marks actor id as a woman.
func (d *doc) female(id string) bool {
	i, ok := d.x.lx.actorIdx[id]
	return ok && d.x.lx.actors[i].female
}

// holderOfGender is the person of that gender (and country, when one
// qualifies the title) whose office title h names, named last before
// it, else first after it in the same sentence.
func (d *doc) holderOfGender(h hit, fem bool, country string) (mention, bool) {
	fits := func(m mention) bool {
		return m.kind == graph.KindPerson && !m.loc && !m.dir && d.female(m.actor) == fem &&
			d.roleFits(m.actor, h.p.role) && (country == "" || d.actorCountry(m.actor) == country)
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		if m := d.mentions[i]; m.tok1 <= h.tok0 && fits(m) {
			return m, true
		}
	}
	return mention{}, false
}

// caseMarkBetween tells whether an Urdu postposition stands in tokens
// [t0, t1): it closes the title's noun phrase ("مصری صدر نے پوٹن سے"),
// so a name after it is another person.
func (d *doc) caseMarkBetween(t0, t1 int) bool {
	return d.lang == "ur" && d.kindBetween(t0, t1, pStop)
}

// lowerGap tells whether token k, between a title and a name, is a lower
// case word of a cased script that is no demonym: a preposition or verb
// ("der Präsident mit Putin"), not part of the title ("le président
// algérien Tebboune"), nor the particle a hyphen joins to the name ("le
// président al-Sissi", "the speaker el-Sisi").
func (d *doc) lowerGap(k int) bool {
	t := &d.toks[k]
	if t.upper || t.script != scriptLatin && t.script != scriptCyrillic {
		return false
	}
	if k+1 < len(d.toks) && d.toks[k+1].hyph && len([]rune(t.norm)) <= 3 {
		return false
	}
	for _, x := range d.hitsStartingAt(k) {
		if x.p.kind == pDemonym || x.p.kind == pTitle {
			return false
		}
	}
	return true
}

// salient is the candidate the text named most often before token end
// (bare titles that resolved to them included), else last.
func (d *doc) salient(cands []mention, last mention, end int) mention {
	count := map[string]int{}
	for _, m := range d.mentions {
		if m.tok0 >= end {
			break
		}
		count[m.actor]++
	}
	best := last
	for _, c := range cands {
		if count[c.actor] > count[best.actor] {
			best = c
		}
	}
	return best
}

// titleCountry is the country that qualifies title h: a demonym right
// before it ("the Egyptian president", "ترک وزیر خارجہ", one word may
// stand between: "Türk Dışişleri Bakanı") or a few words after it ("il
// ministro degli Esteri turco", "الرئيس الجزائري"), or a country named
// right before it ("Mısır Cumhurbaşkanı", "Egypt's president") or after
// it through a linking word ("le président de l'Égypte"; in Russian
// with none: "президент Египта"). It is "" when none does.
func (d *doc) titleCountry(h hit) string {
	si := d.toks[h.tok0].sent
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-2 })
	for ; k < len(d.hits) && d.hits[k].tok0 <= h.tok1+3; k++ {
		x := d.hits[k]
		if x.p.kind != pDemonym || d.toks[x.tok0].sent != si {
			continue
		}
		switch {
		case x.tok0 > h.tok0 && x.tok1 < h.tok1:
			return x.p.role // "глава российского МИД"
		case x.tok1 <= h.tok0:
			if h.tok0-x.tok1 <= 1 && !d.punctIn(x.tok1, h.tok0, ",;:.()«»\"“”„،") && !d.mentionStarts(x.tok1, h.tok0) {
				return x.p.role
			}
		case x.tok0 >= h.tok1:
			if !d.punctIn(h.tok1, x.tok0, ",;:.()«»\"“”„،") && !d.mentionStarts(h.tok1, x.tok0) && !d.clauseWordBetween(h.tok1, x.tok0) {
				return x.p.role
			}
		}
	}
	if c := d.titleQualifier(h, graph.KindCountry); c != "" {
		return c
	}
	if c := d.titleSeatCountry(h); c != "" {
		return c
	}
	return d.titleCityCountry(h)
}

// titleCityCountry is, in en fr it es, the country of a city named right
// after title h through a linking word ("il capo del governo di Tripoli",
// "the mayor of Benghazi", "el hombre fuerte de Bengasi"): the holder is
// one of that country, or "".
func (d *doc) titleCityCountry(h hit) string {
	if !latinRomance[d.lang] || !d.hitEndsAt(h.tok1+1, h.tok1, pUnnamedLink) {
		return ""
	}
	for _, p := range d.placeMs {
		if p.tok0 > h.tok1+2 {
			break
		}
		if p.tok0 > h.tok1 && !d.punctIn(h.tok1, p.tok0, ",;:") && !d.isCountry(p.place) {
			return d.countryOf(p.place)
		}
	}
	return ""
}

// titleQualifier is the actor of a kind named right before title h
// ("Mısır Cumhurbaşkanı", "Egypt's president") or after it through a
// linking word ("le président du Conseil présidentiel"; in Russian and
// in an Arabic construct with none: "президент Египта", "رئيس مجلس
// النواب"), or "".
func (d *doc) titleQualifier(h hit, kind string) string {
	si := d.toks[h.tok0].sent
	for _, m := range d.mentions {
		if m.tok0 > h.tok1+5 { // +2, or +5 past a hyphenated attribute
			break
		}
		if string(m.kind) != kind || m.loc || m.dir || d.toks[m.tok0].sent != si {
			continue
		}
		if m.tok1 == h.tok0 && (d.toks[h.tok0].punct == "" || d.initialismDot(m.tok1-1)) || d.possessiveS(m.tok1, h.tok0) ||
			m.tok0 == h.tok1 && (d.lang == "ru" || d.lang == "ar") && d.toks[m.tok0].punct == "" ||
			m.tok0 > h.tok1 && (m.tok0 <= h.tok1+2 || d.hyphenCompound(h.tok1+2, m.tok0)) && d.hitEndsAt(h.tok1+1, h.tok1, pUnnamedLink) && !d.punctIn(h.tok1, m.tok0, ",;:") {
			return m.actor
		}
	}
	return ""
}

// hyphenCompound tells whether tokens [i, j) are one word of two or three
// parts joined by hyphens ("eastern-based", "Tobruk-based", "UN-backed"):
// an attribute before the name of what a title is of ("the speaker of the
// eastern-based House of Representatives").
func (d *doc) hyphenCompound(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !d.toks[k].hyph {
			return false
		}
	}
	return true
}

// nearestMention is the mention that fits, the last before title h,
// else the first after it; mi indexes the first mention after h.
func (d *doc) nearestMention(h hit, mi int, fits func(mention) bool) (mention, bool) {
	for k := min(mi, len(d.mentions)) - 1; k >= 0; k-- {
		if m := d.mentions[k]; m.tok1 <= h.tok0 && fits(m) {
			return m, true
		}
	}
	for k := mi; k < len(d.mentions); k++ {
		if m := d.mentions[k]; fits(m) {
			return m, true
		}
	}
	return mention{}, false
}

// orgHeads turns an organisation named right after a head word ("رئيس
// مجلس النواب", "глава Палаты представителей") into its head the lexicon
// knows and the article names, when no name follows it: "the head of the
// House of Representatives" is Aguila Saleh, not the House.
func (d *doc) orgHeads() {
	changed := false
	for _, h := range d.hits {
		if h.p.kind != pHead || d.inQuote[h.tok0] {
			continue
		}
		i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 >= h.tok1 })
		if i >= len(d.mentions) || d.mentions[i].tok0 != h.tok1 || d.mentions[i].kind != graph.KindOrganisation {
			continue
		}
		org := d.mentions[i]
		// "رئيس مجلس النواب عقيلة صالح": named, nothing to do
		if i+1 < len(d.mentions) && d.mentions[i+1].kind == graph.KindPerson && d.mentions[i+1].tok0 <= org.tok1+2 && !d.relativeBetween(org.tok1, d.mentions[i+1].tok0) && d.headNamedAfter(org, d.mentions[i+1]) {
			continue
		}
		// "el jefe del Gobierno de Acuerdo Nacional (GNA) libio, Fayez
		// al Sarraj": named in an apposition
		if d.appositionAfter(org, i) {
			continue
		}
		// the one whose lexicon office heads it ("the head of the GNA" is
		// the chairman of its Presidential Council), else a member
		m, ok := d.orgHeadNear(h, org.actor, i)
		if ok {
			d.mentions[i].actor, d.mentions[i].kind = m.actor, m.kind
			changed = true
		}
	}
	if d.headsAfter() || d.titledOrgHeads() || changed {
		d.sortMentions()
	}
}

// headsAfter does the same for a head word after the organisation, as
// Turkish writes it ("UMH Başkanı", "Temsilciler Meclisi Başkanı"), when
// no name follows the head word.
func (d *doc) headsAfter() bool {
	changed := false
	for _, h := range d.hits {
		if h.p.kind != pHeadAfter || d.inQuote[h.tok0] {
			continue
		}
		i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok1 >= h.tok0 }) // the organisation ends at the head word
		if i >= len(d.mentions) || d.mentions[i].tok1 != h.tok0 || d.mentions[i].kind != graph.KindOrganisation {
			continue
		}
		org := d.mentions[i]
		if i+1 < len(d.mentions) && d.mentions[i+1].kind == graph.KindPerson && d.mentions[i+1].tok0 <= h.tok1+2 && !d.punctIn(h.tok1, d.mentions[i+1].tok0, ",;:") {
			continue // "UMH Başkanı Fayiz es-Serrac": named
		}
		// the one whose lexicon role heads it (or a body of the lexicon
		// affiliated to it: "UMH Başkanı" is the chairman of its
		// presidential council), never a minister of it
		orgs := []string{org.actor}
		for _, a := range d.x.lx.actors {
			if a.Kind == graph.KindOrganisation && a.Affiliation == org.actor {
				orgs = append(orgs, a.ID)
			}
		}
		m, ok := d.nearestMention(h, i, func(m mention) bool {
			k, known := d.x.lx.actorIdx[m.actor]
			if m.kind != graph.KindPerson || !known || !slices.Contains(orgs, d.x.lx.actors[k].Affiliation) {
				return false
			}
			r := d.x.lx.actors[k].Role
			return !strings.Contains(r, "Deputy") && !strings.Contains(r, "Vice") && headRole.MatchString(r)
		})
		if !ok {
			m, ok = d.orgHeadAt(org.actor)
		}
		if ok {
			d.mentions[i].actor, d.mentions[i].kind = m.actor, m.kind
			changed = true
		}
	}
	return changed
}

// onlyHolder is the first mention of the one person the article names
// whose lexicon role title h names, if there is exactly one.
// homeHolder is, for a bare head-of-government title ("il premier", "le
// Premier ministre", "el presidente del Gobierno"), the holder of the
// paper's own country the article names, when it names one.
func (d *doc) homeHolder(h hit) (mention, bool) {
	home := closed().home[d.lang]
	if home == "" || !slices.Contains(d.x.lx.roleHeads[h.p.role], "Prime Minister") {
		return mention{}, false
	}
	for _, m := range d.mentions {
		if m.kind == graph.KindPerson && m.tok0 != h.tok0 && d.actorCountry(m.actor) == home && d.roleFits(m.actor, h.p.role) {
			return m, true
		}
	}
	return mention{}, false
}

// homeTitleHolder is the holder a `home_titles` title names with no
// country: the first person of the paper's own country the article names
// whose office it is ("le chef de l'État" in a French paper is the French
// president, though the Libyan one was named last).
func (d *doc) homeTitleHolder(h hit) (mention, bool) {
	home := closed().home[d.lang]
	if home == "" || !closed().homeTitle[d.lang][d.hitWords(h)] {
		return mention{}, false
	}
	for _, m := range d.mentions {
		// named before the title: one named only later is no antecedent
		if m.tok0 >= h.tok0 {
			break
		}
		if m.kind == graph.KindPerson && d.actorCountry(m.actor) == home && d.roleFits(m.actor, h.p.role) {
			return m, true
		}
	}
	return mention{}, false
}

// stateHeadBefore is, for a `head_of_state_titles` title, the last head
// of state (headOfState) named before it in its sentence or the two
// narrative sentences before, outside quotations.
func (d *doc) stateHeadBefore(h hit) (mention, bool) {
	if !closed().stateHead[d.lang][d.hitWords(h)] {
		return mention{}, false
	}
	// (sentences of a quotation are no narrative: "« … Libyens. Notre
	// porte est ouverte », a affirmé le chef de l'État" counts back from
	// the sentence the quotation opens in)
	si, n := d.toks[h.tok0].sent, 0
	for si > 0 && n < 2 {
		si--
		if !d.inQuote[d.sents[si].tok0] || d.sents[si].tok0 == 0 {
			n++
		}
	}
	from := d.sents[si].tok0
	// (titles resolved so far are appended out of order: look at all)
	var best mention
	found := false
	for _, m := range d.mentions {
		if m.tok0 >= h.tok0 || m.tok0 < from || found && m.tok0 <= best.tok0 {
			continue
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && d.headOfState(m.actor) {
			best, found = m, true
		}
	}
	return best, found
}

// hitWords is hit h's folded words joined by spaces, the key of the
// title sets of words.yaml (foldedTitles).
func (d *doc) hitWords(h hit) string {
	words := make([]string, 0, h.tok1-h.tok0)
	for k := h.tok0; k < h.tok1; k++ {
		words = append(words, d.toks[k].norm)
	}
	return strings.Join(words, " ")
}

// headOfState tells whether a person's lexicon role is the head of its own
// country ("President of Algeria", "King of Morocco"), not of a council,
// parliament or company ("President of the High Council of State").
func (d *doc) headOfState(id string) bool {
	lx := d.x.lx
	i, ok := lx.actorIdx[id]
	if !ok {
		return false
	}
	role, _, _ := strings.Cut(lx.actors[i].Role, ",")
	j, ok := lx.actorIdx[d.actorCountry(id)]
	if !ok {
		return false
	}
	country := strings.TrimPrefix(lx.actors[j].Name, "the ")
	for _, p := range []string{"President of ", "King of ", "Emir of ", "Sultan of "} {
		if rest, ok := strings.CutPrefix(role, p); ok && strings.TrimPrefix(rest, "the ") == country {
			return true
		}
	}
	return false
}

// appositionAfter tells whether a person is named within a few words
// after mention i, past a comma and with no verb between.
func (d *doc) appositionAfter(org mention, i int) bool {
	for _, m := range d.mentions[i+1:] {
		if m.tok0 > org.tok1+6 || d.toks[m.tok0].sent != d.toks[org.tok0].sent {
			return false
		}
		if m.kind != graph.KindPerson {
			continue
		}
		if !d.punctIn(org.tok1, m.tok0, ",(") {
			return false
		}
		for k := org.tok1; k < m.tok0; k++ {
			if d.triggerAt(k) {
				return false
			}
		}
		if d.relativeBetween(org.tok1, m.tok0) {
			return false // "…, que M. Macron avait reçu": no apposition
		}
		return true
	}
	return false
}

// demonymList is the chain of demonyms coordinated right after a title
// ("chefs de la diplomatie française, allemande et italienne") or right
// before it ("the French, German and Italian foreign ministers").
func (d *doc) demonymList(h hit) []hit {
	demonymAt := func(k int) (hit, bool) {
		for _, x := range d.hitsStartingAt(k) {
			if x.p.kind == pDemonym {
				return x, true
			}
		}
		return hit{}, false
	}
	chain := func(k int) []hit {
		var out []hit
		for {
			x, ok := demonymAt(k)
			if !ok {
				return out
			}
			out = append(out, x)
			k = x.tok1
			if k >= len(d.toks) || d.toks[k].sent != d.toks[h.tok0].sent {
				return out
			}
			if d.hitStartsWithKind(k, pAnd) {
				if _, ok := demonymAt(k + 1); ok {
					k++
					continue
				}
				return out
			}
			if !strings.Contains(d.toks[k].punct, ",") {
				return out
			}
		}
	}
	if out := chain(h.tok1); len(out) > 1 {
		return out
	}
	s := d.sents[d.toks[h.tok0].sent]
	for k := max(s.tok0, h.tok0-8); k < h.tok0; k++ {
		if out := chain(k); len(out) > 1 && out[len(out)-1].tok1 == h.tok0 {
			return out
		}
	}
	return nil
}

// relativeBetween tells whether a relative pronoun or complementizer
// starts in tokens [t0, t1).
func (d *doc) relativeBetween(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if d.hitStartsWithKind(k, pRelPron) || d.hitStartsWithKind(k, pComplementizer) {
			return true
		}
	}
	return false
}

func (d *doc) onlyHolder(h hit) (mention, bool) {
	var found mention
	n := 0
	for _, m := range d.mentions {
		if m.kind != graph.KindPerson || m.tok0 == h.tok0 || n > 0 && m.actor == found.actor || !d.roleFits(m.actor, h.p.role) {
			continue
		}
		if n++; n > 1 {
			return mention{}, false
		}
		found = m
	}
	return found, n == 1
}

// memberNear is the person of the lexicon affiliated to org, no deputy
// nor vice, mentioned last before title h, else first after it: "the
// speaker of the House of Representatives" is Aguila Saleh; mi indexes
// the first mention after h.
func (d *doc) memberNear(h hit, org string, mi int) (mention, bool) {
	fits := func(m mention) bool {
		if m.kind != graph.KindPerson || m.tok0 == h.tok0 {
			return false
		}
		i, ok := d.x.lx.actorIdx[m.actor]
		if !ok || d.x.lx.actors[i].Affiliation != org {
			return false
		}
		r := d.x.lx.actors[i].Role
		return !strings.Contains(r, "Deputy") && !strings.Contains(r, "Vice") && !strings.Contains(r, "Member")
	}
	return d.nearestMention(h, mi, fits)
}

// mentionStarts tells whether an actor mention starts in tokens [t0, t1).
func (d *doc) mentionStarts(t0, t1 int) bool {
	k := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].tok0 >= t0 })
	return k < len(d.mentions) && d.mentions[k].tok0 < t1
}

// actorCountry is the country a lexicon actor belongs to: its own
// country, or that of what it is affiliated to; "" when unknown.
func (d *doc) actorCountry(id string) string {
	lx := d.x.lx
	i, ok := lx.actorIdx[id]
	if !ok {
		return ""
	}
	if lx.actors[i].country != "" {
		return lx.actors[i].country
	}
	j, ok := lx.actorIdx[lx.actors[i].Affiliation]
	if !ok {
		return ""
	}
	if lx.actors[j].Kind == graph.KindCountry {
		return lx.actors[j].ID
	}
	return lx.actors[j].country
}

// holderNear is the person of a country whose lexicon role the title
// names ("il ministro turco": a Turkish Foreign or Defence Minister), the
// last the article mentioned before title h, else the first after it;
// mi indexes the first mention after h.
func (d *doc) holderNear(h hit, country string, mi int) (mention, bool) {
	fits := func(m mention) bool {
		return m.kind == graph.KindPerson && m.tok0 != h.tok0 && d.actorCountry(m.actor) == country && d.roleFits(m.actor, h.p.role)
	}
	return d.nearestMention(h, mi, fits)
}

// roleFits tells whether a lexicon actor's role is one a title names:
// the role's head (before "of") ends with a word demonyms.yaml lists for
// the title, and is no deputy's, vice's or former holder's; only "Prime
// Minister" names a prime minister.
func (d *doc) roleFits(id, role string) bool {
	if _, ok := d.x.lx.roleHeads[role]; !ok {
		return false
	}
	i, ok := d.x.lx.actorIdx[id]
	if !ok {
		return false
	}
	return d.roleNameFits(d.x.lx.actors[i].Role, role)
}

// roleNameFits is roleFits for a role's name ("Foreign Minister", "Mayor").
func (d *doc) roleNameFits(head, role string) bool {
	heads := d.x.lx.roleHeads[role]
	for _, sep := range []string{" of ", " to ", ",", " for "} {
		head, _, _ = strings.Cut(head, sep)
	}
	for _, w := range []string{"Deputy", "Vice", "Former", "Assistant", "Under", "former", "deputy"} {
		if strings.Contains(head, w) {
			return false
		}
	}
	for _, w := range heads {
		if strings.HasSuffix(head, w) && (w == "Prime Minister" || !strings.HasSuffix(head, "Prime "+w)) {
			return true
		}
	}
	return false
}

// appositionName is the person named within three words after the first
// comma that follows title h within seven words, when no clause mark or
// verb stands between; mi indexes the first mention after h. A title whose
// complement is itself a list ("la ministra de Asuntos Exteriores, Unión
// Europea y Cooperación, Arancha González Laya") names the person after
// the second comma, when no person stands after the first.
func (d *doc) appositionName(h hit, mi int) (mention, bool) {
	si := d.toks[h.tok0].sent
	send := d.sents[si].tok1
	from := h.tok1
	for round := 0; round < 2; round++ {
		c := -1
		for k := from; k < send && k <= from+7; k++ {
			if strings.ContainsAny(d.toks[k].punct, ".;:«»\"“”„()؛") || d.triggerAt(k) {
				return mention{}, false
			}
			if (k > from || round == 0) && strings.ContainsAny(d.toks[k].punct, ",،") {
				c = k
				break
			}
		}
		if c < 0 {
			return mention{}, false
		}
		person := false
		for k := mi; k < len(d.mentions) && d.mentions[k].tok0 <= c+3; k++ {
			m := d.mentions[k]
			if m.tok0 >= c && m.kind == graph.KindPerson {
				if !d.punctIn(c+1, m.tok0, ",،") {
					return m, true
				}
				person = true
			}
		}
		if person || round == 0 && d.clauseWordBetween(h.tok1, c) {
			return mention{}, false
		}
		from = c
	}
	return mention{}, false
}

// insideHit tells whether hit h lies inside a hit of a kind (hits are
// short: one starts at most six tokens before).
func (d *doc) insideHit(h hit, kind int) bool {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-6 })
	for ; k < len(d.hits) && d.hits[k].tok0 <= h.tok0; k++ {
		if x := d.hits[k]; x.p.kind == kind && x.tok1 >= h.tok1 {
			return true
		}
	}
	return false
}

// qualifiers adds to set (by first token) the organisations and
// countries that qualify a title used without a name: right before it
// (with at most a genitive word between: "اقوام متحدہ کے ایلچی"), or right
// after it through a linking word ("l'envoyé de l'ONU").
func (d *doc) qualifiers(h hit, set map[int]bool) map[int]bool {
	mark := func(m mention) {
		if set == nil {
			set = map[int]bool{}
		}
		set[m.tok0] = true
	}
	isQual := func(m mention) bool {
		return (m.kind == graph.KindOrganisation || m.kind == graph.KindCountry) && !m.loc && !m.dir && !d.inQuote[m.tok0]
	}
	pos := h.tok0
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.tok1 > pos || !isQual(m) {
			continue
		}
		gap := pos - m.tok1
		if gap > 1 || gap == 1 && !d.hitStartsAt(m.tok1) || d.toks[pos].punct != "" || gap == 1 && d.toks[m.tok1].punct != "" {
			break
		}
		mark(m)
		pos = m.tok0
	}
	for _, m := range d.mentions {
		if m.tok0 <= h.tok1 || m.tok0 > h.tok1+2 {
			continue
		}
		linked := d.hitEndsAt(h.tok1+1, h.tok1, pUnnamedLink)
		if linked && isQual(m) && !d.punctIn(h.tok1, m.tok0, ",;:") {
			mark(m)
		}
		break
	}
	return set
}

// clauseWordBetween tells whether a verb-like rule word (a meeting or
// speech trigger, a tense or negation cue, "that"), a date word or
// another title stands in tokens [t0, t1): a name after it is not the
// one a title before it introduces.
func (d *doc) clauseWordBetween(t0, t1 int) bool {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= t0 })
	for ; k < len(d.hits) && d.hits[k].tok0 < t1; k++ {
		switch kd := d.hits[k].p.kind; {
		case isTrigger(kd), isSpeech(kd), kd == pPlanned, kd == pCancelled, kd == pNegation, kd == pRefusal, kd == pJoin, kd == pComplementizer,
			kd == pTitle, kd == pWeekday, kd == pRelative:
			return true
		}
	}
	return false
}

func (d *doc) punctBetween(t0, t1 int) []string {
	var out []string
	for k := t0; k <= t1 && k < len(d.toks); k++ {
		out = append(out, d.toks[k].punct)
	}
	return out
}

// closeSpelling tells whether word is a variant spelling of form, sound
// for sound (consonant classes and written vowels): same script, and once an Arabic article is set aside, a
// Jaro-Winkler similarity of 0.9 or more over five letters or more. In a
// name's position (after a title) 0.8 over four letters is enough, but the
// letters must still agree: a skeleton alone would take the adjective in
// "وزير الخارجية الفرنسي" for a name.
func closeSpelling(word, form string, script byte, named bool) bool {
	fr := []rune(form)
	if len(fr) == 0 || scriptOf(fr[0]) != script {
		return false
	}
	if script == scriptArabic {
		word, form = strings.TrimPrefix(word, "ال"), strings.TrimPrefix(form, "ال")
	}
	minLen, minSim := 5, 0.9
	if named {
		minLen, minSim = 4, 0.8
	}
	if utf8.RuneCountInString(word) < minLen || utf8.RuneCountInString(form) < 4 {
		return false
	}
	return jaroWinkler(sound(word, true), sound(form, true)) >= minSim
}

// surnameAfterParticle tells whether token i ends a name as "given name,
// particle, surname": a capitalised word (or, in Arabic script, a word
// after a title or a known given name), then "de", "di", "von", "ڈی"...
func (d *doc) surnameAfterParticle(i int) bool {
	if i < 2 {
		return false
	}
	p, g := &d.toks[i-1], &d.toks[i-2]
	if !isNameParticle(p.key) || p.punct != "" || d.toks[i].punct != "" {
		return false
	}
	for _, h := range d.hits {
		if h.tok0 <= i-2 && i-2 < h.tok1 {
			return false // "Ministro de Roma": a title, not a given name
		}
	}
	if (d.lang == "it" || d.lang == "es") && p.key == "al" {
		// "ha ricevuto Fayez al-Sarraj al Quirinale": after a whole name
		// Italian and Spanish "al" is the preposition
		for k := len(d.mentions) - 1; k >= 0 && d.mentions[k].tok1 >= i-1; k-- {
			if d.mentions[k].tok1 == i-1 {
				return false
			}
		}
	}
	if g.script == scriptLatin || g.script == scriptCyrillic {
		return g.upper
	}
	if d.x.lx.given[g.key] {
		return true
	}
	for _, h := range d.hitsEndingAt(i - 2) {
		if h.p.kind == pTitle {
			return true
		}
	}
	return false
}

// writtenInCaps tells whether a token is written in capitals in the text.
func (d *doc) writtenInCaps(t *token) bool {
	if t.script != scriptLatin && t.script != scriptCyrillic {
		return true
	}
	for _, r := range d.text[t.start:t.end] {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// moreSpecificTitle tells whether another title covers hit hi: a longer
// one, or one of the same words that names the office more narrowly
// ("وزیر خارجہ" as the foreign minister, not any "وزیر").
func (d *doc) moreSpecificTitle(hi int) bool {
	h := d.hits[hi]
	for _, o := range d.hits[max(0, hi-3):min(len(d.hits), hi+4)] {
		if o.p.kind != pTitle || o.tok0 > h.tok0 || o.tok1 < h.tok1 {
			continue
		}
		if o.tok1-o.tok0 > h.tok1-h.tok0 || o.tok0 == h.tok0 && o.tok1 == h.tok1 && len(o.p.role) > len(h.p.role) {
			return true
		}
	}
	return false
}

// shortPersonAt is the index of a one-word surname mention of a listed
// person at token i, or -1.
func (d *doc) shortPersonAt(i int) int {
	for k, m := range d.mentions {
		if m.tok0 == i && m.tok1 == i+1 && m.kind == graph.KindPerson && m.name == nameShort && !strings.HasPrefix(m.actor, "x-") {
			return k
		}
	}
	return -1
}

// givenNamesOfListed tells whether capitalised Latin words [i, j) after a
// title run, with no mark between, into the mention of a listed person
// that starts at j, and when so lets that mention start at i: "Premier
// ministre Abdel Hamid Dbeibah", "Primo ministro Abdulhamid Dbeibah" name
// the listed Dbeibah in a spelling the lexicon lacks, not an unknown
// "Abdel Hamid" beside him. One word before a surname alone is left to
// the given-name check ("Sprecher Salim Qureshi" is another Qureshi).
func (d *doc) givenNamesOfListed(i, j, send int) bool {
	if j <= i || j >= send || (d.toks[i].script != scriptLatin && d.toks[i].script != scriptCyrillic) || strings.ContainsAny(d.toks[j].punct, breakMarks) {
		return false
	}
	k := d.mentionStartingAt(j)
	if k < 0 {
		return false
	}
	m := &d.mentions[k]
	if m.kind != graph.KindPerson || strings.HasPrefix(m.actor, "x-") || j-i < 2 {
		return false
	}
	m.tok0, m.start = i, d.toks[i].start
	return true
}

// namedInFull tells whether the article names a listed actor in full.
func (d *doc) namedInFull(actor string) bool {
	for _, m := range d.mentions {
		if m.actor == actor && m.name == nameFull {
			return true
		}
	}
	return false
}

// givenNameOf tells whether a word is, letter for letter or nearly, one of
// a listed person's given names ("Sergei" of Sergey Lavrov).
func (d *doc) givenNameOf(key, actor string) bool {
	ai, ok := d.x.lx.actorIdx[actor]
	if !ok {
		return false
	}
	for g := range d.x.lx.givenOf[ai] {
		if g == key || jaroWinkler(sound(g, true), sound(key, true)) >= 0.75 {
			return true
		}
	}
	return false
}

// writtenLower tells whether the article writes a word of this key in
// lower case somewhere (Latin and Cyrillic script): a function word, not
// a name, when it opens a sentence capitalised.
func (d *doc) writtenLower(key string) bool {
	if d.lowerKeys == nil {
		d.lowerKeys = map[string]bool{}
		for k := range d.toks {
			if t := &d.toks[k]; !t.upper && (t.script == scriptLatin || t.script == scriptCyrillic) {
				d.lowerKeys[t.key] = true
			}
		}
	}
	return d.lowerKeys[key]
}

// speakerSurnames makes an actor of a person the lexicon does not know
// whom a speech verb names by surname alone ("Hibri said through his
// office", "— заявил Прохоров") when the article gave the full name
// earlier without a title the extractor knows ("his eastern rival, Ali
// al-Hibri", "заместитель министра сельского хозяйства Олег Прохоров"):
// the full name becomes the person, and the surname theirs (see
// unknownSurnames). Without it the speaker slot stays empty rather than
// falling back to an earlier actor. Latin and Cyrillic script.
func (d *doc) speakerSurnames(covered, stop []bool) bool {
	added := false
	for _, h := range d.hits {
		if !isSpeech(h.p.kind) || isAccording(h) {
			continue
		}
		sc := d.toks[h.tok0].script
		if sc != scriptLatin && sc != scriptCyrillic {
			continue
		}
		s := d.sents[d.toks[h.tok0].sent]
		var slots []int
		// before the verb, opening its clause: "Hibri said", "Prokhorov, …"
		if k := h.tok0 - 1; k >= s.tok0 && (k == s.tok0 || strings.ContainsAny(d.toks[k].punct, ",;:»\"”“")) {
			slots = append(slots, k)
		}
		// after an inverted verb, closed: "«…», — заявил Прохоров."
		if k := h.tok1; k < s.tok1 && strings.ContainsAny(d.toks[h.tok0].punct, ",»\"”“") && (k+1 == s.tok1 || strings.ContainsAny(d.toks[k+1].punct, ",.;:(") || !d.toks[k+1].upper) {
			slots = append(slots, k)
		}
		for _, k := range slots {
			t := &d.toks[k]
			if covered[k] || stop[k] || !t.upper || t.script != sc || t.apos || utf8.RuneCountInString(t.key) < 3 {
				continue
			}
			if b, e := d.fullNameBefore(k, covered, stop); b >= 0 {
				d.addTitled(b, e, "", covered)
				added = true
			}
		}
	}
	return added
}

// fullNameBefore finds, before token k, two or three capitalised words
// (name particles between) that end with k's word: the full name a
// surname stands for. It gives -1 when there is none, or more than one
// such name.
func (d *doc) fullNameBefore(k int, covered, stop []bool) (int, int) {
	key := d.toks[k].key
	fb, fe := -1, -1
	for e := k - 1; e > 0; e-- {
		if d.toks[e].key != key || covered[e] {
			continue
		}
		b := e
		for b > 0 && e-b < 3 {
			p := &d.toks[b-1]
			if covered[b-1] || stop[b-1] && !nameParticles[p.key] || p.script != d.toks[k].script || strings.ContainsAny(d.toks[b].punct, ",.;:()«»\"“”„") {
				break
			}
			if !p.upper && !(nameParticles[p.key] && (d.toks[b].upper || d.toks[b].hyph)) {
				break
			}
			b--
		}
		for b < e && nameParticles[d.toks[b].key] {
			b++
		}
		if e+1-b < 2 || (e+1 < len(d.toks) && d.toks[e+1].upper && !strings.ContainsAny(d.toks[e+1].punct, ",.;:()«»\"“”„")) {
			continue
		}
		if fb >= 0 && !equalKeys(keysOf(d.toks[fb:fe]), keysOf(d.toks[b:e+1])) {
			return -1, -1 // two people of one surname
		}
		fb, fe = b, e+1
	}
	return fb, fe
}

func keysOf(ts []token) []string {
	out := make([]string, len(ts))
	for i := range ts {
		out[i] = ts[i].key
	}
	return out
}

// fittingBefore is the last person named before title h in its sentence,
// in the clause before a colon or semicolon, whose office in the lexicon
// the title names: the subject the new clause goes on about.
func (d *doc) fittingBefore(h hit, mi int) (mention, bool) {
	si := d.toks[h.tok0].sent
	for k := min(mi, len(d.mentions)) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.tok1 > h.tok0 {
			continue
		}
		if d.toks[m.tok0].sent < si {
			break
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && d.punctIn(m.tok1, h.tok0, ":;") {
			if d.roleFits(m.actor, h.p.role) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// previousSubject is, in en fr it es, for a title that opens its sentence
// and a comma closes ("El ministro, que …", "The minister, who …"), the person who opens the
// sentence before as its subject, when the title fits that person.
func (d *doc) previousSubject(h hit) (mention, bool) {
	si := d.toks[h.tok0].sent
	if !latinRomance[d.lang] || si == 0 || d.inQuote[h.tok0] || h.tok0-d.sents[si].tok0 > 1 || h.tok1 >= len(d.toks) || !strings.Contains(d.toks[h.tok1].punct, ",") {
		return mention{}, false
	}
	prev := d.sents[si-1]
	for _, m := range d.mentions {
		if m.tok0 < prev.tok0 {
			continue
		}
		if m.tok0 >= prev.tok1 || m.tok0-prev.tok0 > 2 {
			break
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && d.roleFits(m.actor, h.p.role) {
			return m, true
		}
	}
	return mention{}, false
}

// salientHolder is, of the persons of country whose lexicon role title
// h names and whom the text named before it, the one named most often
// (bare titles that resolved to them included), else last.
func (d *doc) salientHolder(h hit, country string, last mention) mention {
	count := map[string]int{}
	best := last
	for _, m := range d.mentions {
		if m.tok0 >= h.tok0 {
			break
		}
		count[m.actor]++
		if m.kind == graph.KindPerson && !m.loc && !m.dir && m.actor != best.actor && count[m.actor] > count[best.actor] && (country == "" || d.actorCountry(m.actor) == country) && d.roleFits(m.actor, h.p.role) {
			best = m
		}
	}
	if count[best.actor] > count[last.actor] {
		return best
	}
	return last
}

// prevSentenceHolder is, for a title that stands as its sentence's
// subject (within its first words, after at most a phrase that names
// no one and holds no trigger), the one person the sentence before names
// whose lexicon role the title names; none when it names two.
func (d *doc) prevSentenceHolder(h hit) (mention, bool) {
	si := d.toks[h.tok0].sent
	if si == 0 || d.inQuote[h.tok0] {
		return mention{}, false
	}
	s := d.sents[si]
	if !d.quoteSaidBefore(h) {
		if h.tok0-s.tok0 > 4 || d.mentionStarts(s.tok0, h.tok0) {
			return mention{}, false
		}
		for k := s.tok0; k < h.tok0; k++ {
			if d.triggerAt(k) {
				return mention{}, false
			}
		}
	}
	prev := d.sents[si-1]
	var found mention
	n := 0
	for k := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].tok0 >= prev.tok0 }); k < len(d.mentions) && d.mentions[k].tok0 < prev.tok1; k++ {
		m := d.mentions[k]
		if m.kind != graph.KindPerson || m.loc || m.dir || d.inQuote[m.tok0] || n > 0 && m.actor == found.actor || !d.roleFits(m.actor, h.p.role) {
			continue
		}
		if n++; n > 1 {
			return mention{}, false
		}
		found = m
	}
	return found, n == 1
}

// titleCompound tells whether a word ends in a one-word title of the
// article's language ("Außenamtssprecher", "Innenstaatssekretär"): a
// compound title, not a given name.
func (d *doc) titleCompound(t *token) bool {
	for w, ps := range d.rules.phrases.exact {
		if len(w) < 5 || len(w) >= len(t.norm) || !strings.HasSuffix(t.norm, w) {
			continue
		}
		for _, p := range ps {
			if p.kind == pTitle && len(p.keys) == 1 {
				return true
			}
		}
	}
	return false
}

// nameWord tells whether an Arabic-script word is a listed name word, one
// romanise.yaml lists (with or without its article). (The lexicon's first
// words of full names are no such list: "بين" starts a name there.)
func (d *doc) nameWord(k int) bool {
	lx := d.x.lx
	key := d.toks[k].key
	if _, ok := lx.romanWord(key, d.lang); ok {
		return true
	}
	if stem, ok := strings.CutPrefix(key, "ال"); ok && utf8.RuneCountInString(stem) > 1 {
		_, ok := lx.romanWord(stem, d.lang)
		return ok
	}
	return false
}

// arabicTitledSpan narrows the words [i, j) after a title in Arabic
// script, where no capital tells where a name starts, to the name: the
// words before the first listed name word are what the title is of
// ("وزیر اقتصادیات و تجارت محمد …": minister of economy and trade); words
// none of which is a name word, before a listed person's name, are all
// the title's ("وزیر اقتصادیات و تجارت محمد الحویج"); and the given names
// of a listed person whose surname follows are that person's ("وزیر خارجہ
// محمد طاہا سیالہ" is Siala, not a second person "Muhammad Taha").
// It returns false when no unknown person remains.
func (d *doc) arabicTitledSpan(i, j, send int, covered []bool) (int, int, bool) {
	first := -1
	for k := i; k < j; k++ {
		if d.nameWord(k) {
			first = k
			break
		}
	}
	personNext := func() int {
		if j >= send || !covered[j] {
			return -1
		}
		for k, m := range d.mentions {
			if m.tok0 == j && m.kind == graph.KindPerson && !strings.HasPrefix(m.actor, "x-") {
				return k
			}
		}
		return -1
	}
	if first < 0 {
		if personNext() >= 0 {
			return i, j, false
		}
		// a delegation noun heads a noun phrase, never a name: "وزیر خارجہ
		// اعلیٰ سطحی وفد کے ہمراہ" (the minister with a high-level
		// delegation), "الوزير وفدا رفيعا"
		for k := i; k < j; k++ {
			if closed().deleg[d.toks[k].key] {
				return i, j, false
			}
		}
		return i, j, true
	}
	// "عبد" opens a compound given name with the word after it ("عبد
	// السلام", "عبد الله"): the name starts with it
	switch {
	case first > i && (d.toks[first-1].key == arAbd || d.toks[first-1].key == arAbu):
		first--
	case first > i+1 && strings.HasPrefix(d.toks[first-1].key, "ال") && (d.toks[first-2].key == arAbd || d.toks[first-2].key == arAbu):
		first -= 2
	}
	if first > i && j-first >= 1 {
		i = first
	}
	if k := personNext(); k >= 0 && d.givenNameOf(d.toks[i].key, d.mentions[k].actor) {
		// the listed person's own given names: the mention takes them in
		m := &d.mentions[k]
		m.tok0, m.start = i, d.toks[i].start
		for t := i; t < j; t++ {
			covered[t] = true
		}
		return i, j, false
	}
	if j-i < 2 && !(j < send && covered[j]) {
		return i, j, false
	}
	return i, j, true
}

// nameRuns makes unknown people of untitled Arabic-script names in a
// speaker's slot, where no capital tells a name but the words do: two to
// four listed name words (romanise.yaml, lexicon given names) before the
// Urdu ergative "نے" ("کامران علی شیخ نے کہا") or right after an Arabic
// speech verb ("وقال سليم الفيتوري إن"). A quotation's speaker is then
// that person, never an earlier actor of the article.
func (d *doc) nameRuns() {
	if d.lang != "ur" && d.lang != "ar" {
		return
	}
	covered := d.claimedTokens()
	erg := urNe
	added := false
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if covered[i] || t.script != scriptArabic || strings.HasPrefix(t.key, "ال") || !d.nameWord(i) {
			continue
		}
		if i > 0 && d.toks[i-1].sent == t.sent && d.toks[i].punct == "" && d.toks[i-1].script == scriptArabic && d.nameWord(i-1) {
			continue // not the start of the run
		}
		send := d.sents[t.sent].tok1
		j := i
		for j < send && j-i < 4 && !covered[j] && d.toks[j].script == scriptArabic && d.nameWord(j) && (j == i || d.toks[j].punct == "") {
			if d.lang == "ar" && d.alaPreposition(j) {
				break // the preposition "على", not Ali
			}
			j++
		}
		if j-i < 2 {
			continue
		}
		ok := false
		switch d.lang {
		case "ur":
			ok = j < send && d.toks[j].key == erg && d.toks[j].punct == ""
		case "ar":
			for _, h := range d.hitsEndingAt(i) {
				if isSpeech(h.p.kind) && t.punct == "" {
					ok = true
				}
			}
		}
		if !ok {
			continue
		}
		d.addTitled(i, j, "", covered)
		added = true
		i = j - 1
	}
	if added {
		d.sortMentions()
	}
}

// mentionStartingAt is the index of the mention that starts at token i,
// or -1.
func (d *doc) mentionStartingAt(i int) int {
	for k, m := range d.mentions {
		if m.tok0 == i {
			return k
		}
	}
	return -1
}

// titleOwner is the country or organisation named right before a title,
// directly or through a genitive ("پاکستان کے سفیر", "Pakistan's
// ambassador", "Pakistan ambassador"), or "".
func (d *doc) titleOwner(h hit) string {
	for _, m := range d.mentions {
		if m.kind != graph.KindCountry && m.kind != graph.KindOrganisation || m.loc || m.dir || m.tok1 > h.tok0 || m.tok1 < h.tok0-1 {
			continue
		}
		// (a mark between the owner and the title parts them; the
		// sentence's stop before a one-word owner does not)
		if strings.ContainsAny(d.toks[m.tok1].punct, breakMarks) || strings.ContainsAny(d.toks[h.tok0].punct, breakMarks) {
			continue
		}
		if m.tok1 == h.tok0-1 {
			g := &d.toks[m.tok1]
			gen := g.key == "s" && (g.apos || g.start == d.toks[m.tok1-1].end+1) || d.lang == "ur" && (g.key == urKe || g.key == urKi || g.key == urKa)
			if !gen || strings.Trim(g.punct, "'’ ") != "" {
				continue
			}
		}
		return m.actor
	}
	return ""
}

// arNameParticles are the folded Arabic-script particles of names
// ("أبو", "بن"): they start a name but give no given name.
var arNameParticles = closed().names.arStart

// otherGivenBefore tells whether, in Arabic script, the word right before
// the surname at token i is a listed given name that is not the listed
// person's: the surname then belongs to another person, as
// unknownGivenBefore decides for Latin script.
func (d *doc) otherGivenBefore(i int, actor string) bool {
	if i == 0 || d.toks[i].script != scriptArabic {
		return false
	}
	p := &d.toks[i-1]
	if p.script != scriptArabic || p.sent != d.toks[i].sent || d.toks[i].punct != "" || strings.HasPrefix(p.key, "ال") || arNameParticles[p.key] {
		return false
	}
	if d.lang == "ar" && d.alaPreposition(i-1) {
		return false // the preposition "على", not Ali
	}
	if !d.nameWord(i - 1) {
		return false
	}
	// any of the given names before the surname may be the person's own
	// ("محمد طاہا سیالہ": Mohamed is Siala's)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		q := &d.toks[k]
		if q.script != scriptArabic || q.sent != p.sent || k < i-1 && d.toks[k+1].punct != "" || !d.nameWord(k) {
			break
		}
		if d.givenNameOf(q.key, actor) {
			return false
		}
	}
	return true
}

// capitalOfSameName is, in Arabic script, the city a country's name also
// names when a meeting takes place there: "تونس" is Tunis as well as
// Tunisia ("تونس العاصمة"), "الجزائر" Algiers as well as Algeria
// ("الجزائر العاصمة"); a meeting is held in the city. Other places stay.
func (d *doc) capitalOfSameName(place string, si int) string {
	if d.lang != "ar" && d.lang != "ur" || place == "" || !d.isCountry(place) {
		return place
	}
	for _, p := range d.placeMs {
		if p.place != place || d.toks[p.tok0].sent != si {
			continue
		}
		natives := withoutClitic(Fold(string(d.text[d.toks[p.tok0].start:d.toks[p.tok1-1].end])))
		for _, c := range d.x.lx.places {
			if c.Country != place {
				continue
			}
			for _, a := range c.Aliases {
				for _, n := range natives {
					if strings.HasPrefix(Fold(a), n+" ") {
						return c.ID
					}
				}
			}
		}
	}
	return place
}

// withoutClitic is an Arabic-script name as written and without the
// clitic it carries ("بتونس" is "تونس", "بالجزائر" "الجزائر": "in
// Tunis", "in Algiers"), the article kept.
func withoutClitic(native string) []string {
	out := []string{native}
	for _, c := range arabicClitics {
		c = Fold(c)
		rest, ok := strings.CutPrefix(native, c)
		if !ok || rest == "" {
			continue
		}
		if a, ok := strings.CutSuffix(c, Fold("ال")); ok && a != "" {
			rest = Fold("ال") + rest
		}
		out = append(out, rest)
	}
	return out
}

// capitalPlaces adds the places that Arabic script names by their
// country: "العاصمة الجزائرية" (the Algerian capital) is Algiers,
// "الجزائر کے دارالحکومت" (Algeria's capital) too.
func (d *doc) capitalPlaces() {
	if len(d.x.lx.capitals) == 0 {
		return
	}
	if d.lang != "ar" && d.lang != "ur" {
		d.namedCapitals()
		return
	}
	added := false
	for i := range d.toks {
		if !closed().capital[d.toks[i].key] {
			continue
		}
		country, lo, hi := "", i, i+1
		if d.lang == "ar" && i+1 < len(d.toks) {
			for _, x := range d.hitsStartingAt(i + 1) {
				if x.p.kind == pDemonym && d.toks[x.tok0].sent == d.toks[i].sent {
					country, hi = x.p.role, x.tok1
				}
			}
		}
		if country == "" && d.lang == "ur" && i >= 2 && d.toks[i-1].key == urKe {
			for _, m := range d.mentions {
				if m.tok1 == i-1 && m.kind == graph.KindCountry {
					country, lo = m.actor, m.tok0
				}
			}
		}
		city := d.x.lx.capitals[country]
		if city == "" {
			continue
		}
		loc, dir := d.locative(i, hi)
		if k := d.toks[i].key; strings.HasPrefix(k, "ب") {
			loc = true
		}
		if hi < len(d.toks) && d.lang == "ur" {
			// "الجزائر کے دارالحکومت جائیں گے": a destination
			dir = dir || !loc
		}
		d.addCapital(lo, hi, city, loc, dir)
		added = true
	}
	if added {
		sort.SliceStable(d.placeMs, func(a, b int) bool { return d.placeMs[a].tok0 < d.placeMs[b].tok0 })
	}
}

// namedCapitals adds, in the languages of the capital phrases of the
// rule file, the capitals a clause names by their country where it
// happened: a capital word with a demonym beside it ("in the Egyptian
// capital", "nella capitale libica", "in der libyschen Hauptstadt", "в
// ливийской столице") or a country in the genitive after it ("в столице
// Ливии", "in der Hauptstadt Libyens", "in the capital of Libya") or
// before it ("Rusya'nın başkentinde", "in Libya's capital") is that
// country's capital, when a locative or a direction governs it (in
// Turkish, the case ending of the capital word: "başkentinde",
// "başkentine"). The country so named is no actor there.
func (d *doc) namedCapitals() {
	added := false
	for _, h := range d.hits {
		if h.p.kind != pCapital && h.p.kind != pCapitalOf {
			continue
		}
		si := d.toks[h.tok0].sent
		s := d.sents[si]
		country, lo, hi := "", h.tok0, h.tok1
		before := false
		for _, x := range d.sentHits(si) {
			if x.p.kind != pDemonym {
				continue
			}
			if x.tok1 <= h.tok0 && h.tok0-x.tok1 <= 1 && !d.punctIn(x.tok1, h.tok0, ",;:.()") {
				country, lo, before = x.p.role, x.tok0, true // "the Egyptian capital", "ливийской столице"
			}
			// (a demonym before it is its own, one after it then opens the
			// next phrase: "в российской столице ливийский политик")
			if !before && x.tok0 >= h.tok1 && x.tok0-h.tok1 <= 1 && !d.punctIn(h.tok1, x.tok0, ",;:.()") {
				country, hi = x.p.role, x.tok1 // "la capitale libica"
			}
		}
		if country == "" {
			for _, m := range d.mentions {
				if m.kind != graph.KindCountry || d.toks[m.tok0].sent != si {
					continue
				}
				// after it, with at most two short link words between ("of",
				// "de la", "della"): "la capitale de la Libye", "столице Ливии"
				if m.tok0 >= h.tok1 && m.tok0-h.tok1 <= 2 && !d.punctIn(h.tok1, m.tok0, ",;:.()") {
					ok := true
					for j := h.tok1; j < m.tok0; j++ {
						ok = ok && utf8.RuneCountInString(d.toks[j].key) <= 5 && !d.toks[j].upper
					}
					if ok {
						country, hi = m.actor, m.tok1
						break
					}
				}
				// before it, in the genitive: "Rusya'nın başkentinde",
				// "Libya's capital"
				if m.tok1 < h.tok0 && h.tok0-m.tok1 == 1 && d.toks[m.tok1].apos && genitiveEnding[d.toks[m.tok1].key] && !d.punctIn(m.tok1+1, h.tok0, ",;:.()") {
					country, lo = m.actor, m.tok0
				}
				// or bare right before it, a compound with no genitive:
				// "Mısır başkentinde", "Belçika başkenti Brüksel'de"
				if d.lang == "tr" && m.tok1 == h.tok0 && !d.punctIn(m.tok1-1, h.tok0-1, ",;:.()") {
					country, lo = m.actor, m.tok0
				}
			}
		}
		city := d.x.lx.capitals[country]
		if city == "" {
			continue
		}
		var loc, dir bool
		if d.lang == "tr" {
			k := d.toks[h.tok1-1].key
			loc = strings.HasSuffix(k, "nde") || strings.HasSuffix(k, "nda")
			dir = !loc && (strings.HasSuffix(k, "ne") || strings.HasSuffix(k, "na"))
		} else {
			// the locative, with at most two articles between: "in the",
			// "в", "nella", "in der"
			for k := lo; k >= s.tok0 && k >= lo-2 && !loc && !dir; k-- {
				if k < lo && (utf8.RuneCountInString(d.toks[k].key) > 3 || d.punctIn(k+1, lo, ",;:.()")) {
					break
				}
				loc, dir = d.locative(k, hi)
			}
		}
		if !loc && !dir {
			continue
		}
		d.addCapital(lo, hi, city, loc, dir)
		added = true
	}
	if added {
		sort.SliceStable(d.placeMs, func(a, b int) bool { return d.placeMs[a].tok0 < d.placeMs[b].tok0 })
	}
}

// addCapital makes tokens [lo, hi) a place mention of capital city; the
// country named for its capital is no actor there.
func (d *doc) addCapital(lo, hi int, city string, loc, dir bool) {
	d.placeMs = slices.DeleteFunc(d.placeMs, func(p placeMention) bool { return p.tok0 >= lo && p.tok1 <= hi })
	d.placeMs = append(d.placeMs, placeMention{tok0: lo, tok1: hi, place: city, loc: loc, dir: dir})
	d.mentions = slices.DeleteFunc(d.mentions, func(m mention) bool { return m.tok0 >= lo && m.tok1 <= hi && m.kind == graph.KindCountry })
	d.capitalApposition(hi, loc, dir)
}

// genitiveEnding are the folded genitive endings after an apostrophe:
// Turkish "Rusya'nın", English "Libya's".
var genitiveEnding = closed().names.genitive

// headRole is a lexicon role that heads its body.
var headRole = regexp.MustCompile(`^(Chairman|Chairwoman|Chair|President|Head|Speaker|Leader|Commander|Chief|Prime Minister|Secretary-General|Secretary General)\b`)

// claimedTokens marks the tokens an actor mention or a rule phrase
// already holds: what a new name may not start in.
func (d *doc) claimedTokens() []bool {
	covered := make([]bool, len(d.toks))
	for _, m := range d.mentions {
		for k := m.tok0; k < m.tok1 && k < len(covered); k++ {
			covered[k] = true
		}
	}
	for _, h := range d.hits {
		for k := h.tok0; k < h.tok1 && k < len(covered); k++ {
			covered[k] = true
		}
	}
	return covered
}

// Folded Arabic-script words the name rules test token keys against.
var (
	urDauraIzafat = Fold("دورۂ") // "دورۂ تیونس", the visit of (to) Tunis
	urDaura       = Fold("دورہ")
	urKa          = Fold("کا")
	urKe          = Fold("کے")
	urKi          = Fold("کی")
	urNe          = Fold("نے")
	arLada        = Fold("لدى")
	arAbd         = Fold("عبد")
	arAbu         = Fold("أبو")
	arFi          = Fold("في")
	arAla         = Fold("على")
)

// visitVerbBefore tells whether a visit phrase ends right before token
// i, with no mark between ("visited Benghazi", "посетил Бенгази").
func (d *doc) visitVerbBefore(i int) bool {
	if i == 0 || d.toks[i].punct != "" && d.toks[i].punct != " " || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	return d.hitEndsAt(i, 0, pVisit)
}

// arVisitObject tells whether, in Arabic, a place starting at token i is
// the object of a visit verb or noun right before it, or right before
// the person named just before it ("زار طرابلس", "يزور سيالة القاهرة").
func (d *doc) arVisitObject(i int) bool {
	at := i
	if n := len(d.mentions); n > 0 && d.mentions[n-1].tok1 == i && d.mentions[n-1].kind == graph.KindPerson {
		at = d.mentions[n-1].tok0
	}
	if at == 0 || d.toks[at].punct != "" && d.toks[at].punct != " " || d.toks[at-1].sent != d.toks[i].sent {
		return false
	}
	for _, h := range d.hitsEndingAt(at) {
		if h.p.kind == pVisit {
			return true
		}
	}
	return false
}

// alaPreposition tells whether token k is the preposition "على" (written
// with a final alif maqsura), which folds like the given name Ali.
func (d *doc) alaPreposition(k int) bool {
	t := &d.toks[k]
	return t.key == arAla && t.end > t.start && d.text[t.end-1] == 'ى'
}

// guests resolves "the guest", "der Gast", "l'ospite", "الضيف" to the
// visitor: the first person named in the last sentence, six at most back,
// that tells a trip ("landete in Algier", "arrived in Tunis", "وصل إلى").
// A name right after the noun is the guest's own and needs nothing.
func (d *doc) guests() {
	added := false
	for _, h := range d.hits {
		// (but a passive's agent after it is no name of the guest: "wurde
		// der Gast von Präsident Tebboune begrüßt")
		if h.p.kind != pGuest || d.inQuote[h.tok0] || d.mentionStarts(h.tok1, h.tok1+3) && !d.hitStartsWithKind(h.tok1, pAgent) {
			continue
		}
		si := d.toks[h.tok0].sent
		visitor := d.guestOfCountry(h)
		for sj := si; sj >= 0 && sj >= si-6 && visitor == ""; sj-- {
			s := d.sents[sj]
			end := s.tok1
			if sj == si {
				end = h.tok0
			}
			if !d.kindBetween(s.tok0, end, pVisit) {
				continue
			}
			for _, m := range d.actorMentions(s.tok0, end) {
				if m.kind == graph.KindPerson {
					visitor = m.actor
					break
				}
			}
		}
		if visitor == "" {
			continue
		}
		t := &d.toks[h.tok0]
		d.mentions = append(d.mentions, mention{tok0: h.tok0, tok1: h.tok1, start: t.start, end: d.toks[h.tok1-1].end, actor: visitor, kind: graph.KindPerson, name: nameShort})
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// quoteSaidBefore tells whether title h is the subject a speech verb puts
// after the quotation that opens its sentence ("«…», sagte der
// Außenminister", "« … », a déclaré le ministre", "«…», – подчеркнул
// министр", "'…,' the minister said" aside): the quotation and the verb
// (an article at most after it) are all that stand before the title, so
// it is the sentence's subject as a title opening it would be.
func (d *doc) quoteSaidBefore(h hit) bool {
	s := d.sents[d.toks[h.tok0].sent]
	if !d.inQuote[s.tok0] || d.inQuote[h.tok0] {
		return false
	}
	for _, x := range d.hits {
		if x.tok0 >= h.tok0 {
			break
		}
		if !isSpeech(x.p.kind) || x.tok0 < s.tok0 || x.tok1 < h.tok0-1 || x.tok1 > h.tok0 {
			continue
		}
		for k := s.tok0; k < x.tok0; k++ {
			if !d.inQuote[k] {
				return false
			}
		}
		return true
	}
	return false
}

// pairBefore tells whether a phrase of two ("iki rakip", "the two rival")
// ends right before title h, or one word before it: the title is the
// head of a plural.
func (d *doc) pairBefore(h hit) bool {
	for _, k := range []int{h.tok0, h.tok0 - 1} {
		for _, x := range d.hitsEndingAt(k) {
			if x.p.kind == pBoth {
				return true
			}
		}
	}
	return false
}

// placeStartsAt tells whether a place mention starts at token k.
func (d *doc) placeStartsAt(k int) bool {
	for _, p := range d.placeMs {
		if p.tok0 == k {
			return true
		}
	}
	return false
}
