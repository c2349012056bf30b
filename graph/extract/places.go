package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

// findDateline notes the place of an opening dateline ("BENGHAZI —",
// "Berlin.", "МОСКВА."): wire reports put the place of the first event
// there and often do not repeat it.
func (d *doc) findDateline() {
	for si := 1; si < len(d.sents) && si <= 2; si++ {
		s := d.sents[si]
		for _, p := range d.placeMs {
			if p.tok0 != s.tok0 {
				continue
			}
			if p.tok1 == s.tok1 {
				d.dateline = p.place // "Berlin." alone
				d.datelineSent = si
				return
			}
			if p.tok1 < s.tok1 && strings.ContainsAny(d.toks[p.tok1].punct, "—–-") {
				d.dateline = p.place
				d.datelineSent = si
				return
			}
			// "TRIPOLI, Aug 27 (Agency) -": a date and an agency between
			// (or a news agency alone: "Berlin (dpa) –"; not an Urdu or
			// Arabic paper's own correspondent, "انقرہ (نمائندہ خصوصی) —",
			// who files from his base whatever city the story is in)
			agency := strings.Contains(d.toks[p.tok1].punct, "(") && d.lang != "ur" && d.lang != "ar"
			if p.tok1 < s.tok1 && (strings.Contains(d.toks[p.tok1].punct, ",") || agency) {
				// (an agency of several words closes its bracket right
				// before the dash: "ALGIERS, Sept 16 (North Africa Press
				// Wire) -")
				for k := p.tok1 + 1; k < s.tok1 && k <= p.tok1+9; k++ {
					if strings.ContainsAny(d.toks[k].punct, "—–-") && !d.toks[k].hyph && (k <= p.tok1+5 || strings.Contains(d.toks[k].punct, ")")) {
						d.dateline = p.place
						d.datelineSent = si
						d.datelineEnd = k
						return
					}
				}
			}
		}
	}
}

// eventPlace picks the place of an event: a place used as a location
// ("in X", "X میں", "X'da") nearest the trigger inside the event's clause,
// then anywhere in the sentence (unless inside: a relative clause with a
// meeting of its own), then any place named in the clause.
func (d *doc) eventPlace(lo, hi, trig, si int, parts map[string]bool, inside bool) string {
	best, bestDist := "", 1<<30
	pick := func(from, to int, needLoc bool) {
		for _, p := range d.placeMs {
			// (a sea is a region the talks are about, "migration across
			// the Mediterranean", "direttore generale per il Mediterraneo",
			// "Akdeniz ülkeleri zirvesi": no meeting is held in it)
			if p.tok0 < from || p.tok1 > to || d.toks[p.tok0].sent != si || d.inQuote[p.tok0] != d.inQuote[trig] || d.topicSpan(p.tok0, p.tok1) && !d.venueCompound(p) || d.x.lx.seas[p.place] {
				continue
			}
			if needLoc && !p.loc && !p.dir || d.placeOfNoun(p) || d.originPlace(p) || d.inEpithet(p) {
				continue
			}
			if !p.loc && !p.dir && p.tok0 > trig && d.openTalkAt(trig) {
				continue
			}
			// a country named with no "in" or "to" is what they spoke of
			// or whose office someone holds ("возглавляет оборонное
			// ведомство Ливии", "troops to Libya's east"), not where
			if !p.loc && !p.dir && d.isCountry(p.place) {
				continue
			}
			// a dateline with an agency or correspondent in brackets
			// ("انقرہ (نمائندہ خصوصی) —", "ANKARA (AA) -") is where the
			// reporter files, not a place of the clause after it
			if !p.loc && !p.dir && d.bracketDateline(p) {
				continue
			}
			if parts[p.place] || d.afterTopicPhrase(trig, p.tok0) || d.discussedPlace(trig, p.tok0) || d.priorStop(p) || d.inPurpose(trig, p.tok0) || d.institutionPlace(p.tok0, trig) || d.inClosedRelative(p.tok0, trig) || d.subjectRelative(p.tok0, trig) || d.beforeAfterPhrase(p.tok1, trig) || d.conferenceTimePhrase(p, trig) || d.departurePlace(p, trig) || d.saidPlace(trig, p.tok0) || d.betweenPlaces(p) || d.isCountry(p.place) && (d.titlePlace(p.tok0, trig) || d.countryOfTitle(p)) || d.cityOfOffice(p) {
				continue
			}
			// nearest to the trigger, but not in a later clause: "انقرہ میں
			// ملاقات، لیبیا میں حمایت" met in Ankara, not in Libya (a scene
			// set before a comma stays: "a Tripoli, dove vedrà Sarraj")
			// nor in an earlier clause past a semicolon or dash: "Salamé in
			// Berlin – Treffen mit Di Maio in Rom abgesagt" is Rome
			dist := abs(p.tok0 - trig)
			later := p.tok0 > trig && d.punctIn(trig+1, p.tok0, ",،;؛")
			if later && p.dir && !p.loc && !d.triggerNear(p.tok0) {
				// "met Menfi, before leaving for Rome": where he went next
				// (but "met X, Y and Z during his visit to Libya")
				continue
			}
			if later || p.tok1 <= trig && d.punctIn(p.tok1, trig, clauseMarks) {
				dist += 100
			}
			if dist < bestDist {
				best, bestDist = p.place, dist
			}
		}
	}
	pick(lo, hi, true)
	if best == "" && !inside {
		s := d.sents[si]
		pick(s.tok0, d.laterClauseStart(hi, s.tok1), true)
	}
	if best == "" {
		pick(lo, hi, false)
	}
	// "landed in Benghazi … fishermen held in Libya": a city of the
	// country, named as a location in the sentence (or the dateline of
	// the lead: "TRIPOLI - The ambassador to Libya met"), says where
	if d.isCountry(best) {
		for _, p := range d.placeMs {
			if d.toks[p.tok0].sent == si && (p.loc || p.dir) && d.inQuote[p.tok0] == d.inQuote[trig] && !parts[p.place] && d.countryOf(p.place) == best {
				return p.place
			}
		}
		if d.dateline != "" && si <= d.datelineSent && d.countryOf(d.dateline) == best {
			return d.dateline
		}
	}
	return best
}

// afterTopicPhrase tells whether, in en fr it es, a place at token k
// after trigger trig follows a phrase of several words that opens the
// meeting's subject in the same clause ("une séance de travail consacrée
// à la réouverture du consulat à Benghazi", "talks devoted to the port of
// Misrata"): the place is what they spoke of, not where they met.
func (d *doc) afterTopicPhrase(trig, k int) bool {
	if k <= trig || !latinRomance[d.lang] {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > trig })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		if h := d.hits[i]; h.p.kind == pTopic && h.tok1-h.tok0 >= 2 && h.tok1 <= k && !d.punctIn(h.tok0, k, ",;:") {
			return true
		}
	}
	return false
}

// priorStop tells whether place mention p is a stop made before the one
// its sentence tells ("طرابلس اور طبرق کا دورہ کرنے کے بعد قاہرہ پہنچے",
// "وصل إلى القاهرة بعد زيارة طرابلس"): it stands in the phrase a
// prior_stop phrase of the rule file governs (before it in a verb-final
// language, after it otherwise), and another destination or location is
// named outside that phrase in the sentence.
func (d *doc) priorStop(p placeMention) bool {
	si := d.toks[p.tok0].sent
	s := d.sents[si]
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= s.tok0 })
	for ; i < len(d.hits) && d.hits[i].tok0 < s.tok1; i++ {
		h := d.hits[i]
		if h.p.kind != pPriorStop {
			continue
		}
		lo, hi := h.tok1, p.tok0
		if verbFinal[d.lang] {
			lo, hi = p.tok1, h.tok0
		}
		if lo > hi || hi-lo > 12 || d.punctIn(lo+1, hi, ".;:؛") || d.meetingVerbIn(lo, hi) {
			continue
		}
		for _, o := range d.placeMs {
			if o.tok0 >= s.tok0 && o.tok1 <= s.tok1 && (o.loc || o.dir) && o.place != p.place &&
				(verbFinal[d.lang] && o.tok0 >= h.tok1 || !verbFinal[d.lang] && o.tok1 <= h.tok0) {
				return true
			}
		}
	}
	return false
}

// meetingVerbIn tells whether a meeting, host or call phrase (not a
// visit's) starts in [lo, hi).
func (d *doc) meetingVerbIn(lo, hi int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < hi; i++ {
		if k := d.hits[i].p.kind; k != pVisit && isTrigger(k) {
			return true
		}
	}
	return false
}

// verbFinal are the languages whose clause ends with its verb.
var verbFinal = map[string]bool{"ur": true, "tr": true}

// discussedPlace tells whether a place at token k after trigger trig
// stands in what the meeting discussed, told after it in the same
// sentence by a discuss phrase of the rule file: after the phrase ("،
// حيث بحثا إعادة فتح السفارة في طرابلس") or, in a verb-final language,
// before it ("جس میں طرابلس میں سفارت خانہ کھولنے پر بات چیت کی گئی").
// No other meeting phrase stands between the place and the phrase.
func (d *doc) discussedPlace(trig, k int) bool {
	if k <= trig {
		return false
	}
	si := d.toks[k].sent
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > trig })
	for ; i < len(d.hits) && d.toks[d.hits[i].tok0].sent == si; i++ {
		h := d.hits[i]
		// not a meeting phrase of its own ("وبحث مع")
		if h.p.kind != pDiscuss || h.tok0 < k && d.triggerAt(h.tok0) {
			continue
		}
		lo, hi := h.tok1, k
		if h.tok0 > k {
			if !verbFinal[d.lang] {
				break
			}
			lo, hi = k+1, h.tok0
		}
		if d.punctIn(lo, hi, ".;:؛") {
			continue
		}
		if !d.verbBetween(lo, hi) {
			return true
		}
	}
	return false
}

// verbBetween tells whether a meeting, call or speech phrase other than
// a bare meeting noun ("وتناول اللقاء") starts in [lo, hi).
func (d *doc) verbBetween(lo, hi int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < hi; i++ {
		if k := d.hits[i].p.kind; k != pMeetNoun && (isTrigger(k) || isSpeech(k)) {
			return true
		}
	}
	return false
}

// inPurpose tells whether a place at token k after trigger trig stands
// in a purpose clause opened between them ("con quien firmó un memorando
// para reabrir el consulado en Bengasi", "in order to reopen the consulate
// in Benghazi"): what the talks aim at, not where they were held. A
// meeting phrase between the purpose word and the place ("pour rencontrer
// le maréchal à Benghazi") makes the place that meeting's again; a
// one-word purpose word ("per", "pour") counts only before an infinitive.
func (d *doc) inPurpose(trig, k int) bool {
	if k <= trig || !latinRomance[d.lang] && d.lang != "en" {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > trig })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		h := d.hits[i]
		if h.p.kind != pPurpose || h.tok1 > k || d.punctIn(h.tok0, k, ".;:") {
			continue
		}
		if h.tok1-h.tok0 == 1 && (h.tok1 >= len(d.toks) || !infinitive(d.toks[h.tok1].key)) {
			continue
		}
		for j := h.tok0; j < k; j++ {
			if d.triggerAt(j) {
				return false
			}
		}
		return true
	}
	return false
}

// betweenPlaces tells whether place mention p is one of a pair a
// `between` word opens ("das Seeabkommen zwischen Ankara und Tripolis",
// "the accord between Ankara and Tripoli", "l'accordo tra Roma e
// Tripoli"): the capitals stand for the states a deal or a dispute binds,
// never for where a meeting is held (session 16).
func (d *doc) betweenPlaces(p placeMention) bool {
	_, ok := d.betweenPair(p.tok0)
	return ok
}

// betweenPair finds the `between` word that opens a pair of places, "A
// and B" with no punctuation in it, one of which starts at token k: the
// word's first token. A `between` word that ends a meeting phrase
// ("pendelte zwischen Athen, wo er Dendias traf, und Ankara") opens none.
func (d *doc) betweenPair(k int) (int, bool) {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		for _, h := range d.hitsStartingAt(j) {
			if h.p.kind != pBetween || h.tok1 > k || d.triggerEndsAt(h.tok1) {
				continue
			}
			for _, q := range d.placeMs {
				if q.tok0 != h.tok1 || !d.hitStartsWithKind(q.tok1, pAnd) {
					continue
				}
				for _, r := range d.placeMs {
					if r.tok0 == q.tok1+1 && !d.punctIn(q.tok0+1, r.tok0, ",;:") && (k == q.tok0 || k == r.tok0) {
						return h.tok0, true
					}
				}
			}
		}
	}
	return -1, false
}

// betweenTopic tells whether a state named by its capital is one of a
// pair a `between` word opens after a noun that is no meeting word
// ("über das Seeabkommen zwischen Ankara und Tripolis", "the pact
// between Rome and Tripoli"): what the talks were about, no party to
// them ("talks between Ankara and Tripoli" are theirs).
func (d *doc) betweenTopic(m mention) bool {
	if m.kind != graph.KindCountry {
		return false
	}
	b, ok := d.betweenPair(m.tok0)
	return ok && !d.triggerEndsAt(b) && !d.triggerAt(b-1)
}

// titlePlace tells whether the place at token k completes a title
// before it, in en fr it es ("el embajador de España en Libia",
// "l'ambassadeur de France en Libye", "the UN envoy in Libya"): where the
// office is, not where they met (asked of countries only: "l'ambasciatore
// d'Italia a Tripoli" is often where they met too). The title ends at most four words
// before, with no punctuation or meeting phrase between.
func (d *doc) titlePlace(k, trig int) bool {
	if !latinRomance[d.lang] && d.lang != "ru" && d.lang != "ar" && d.lang != "de" || k == 0 {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k-6 })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		h := d.hits[i]
		if h.p.kind != pTitle || h.tok1 > k || k-h.tok1 > 4 || d.punctIn(h.tok1, k, ",;:.()«»\"“”") || trig >= h.tok1 && trig < k {
			continue
		}
		// only what the title is of and short link words between: "de
		// España en", "of the UN in" ("la ministra se desplazó a" is a
		// verb's place)
		ok := true
		for j := h.tok1; j < k && ok; j++ {
			ok = utf8.RuneCountInString(d.toks[j].key) <= 3 || d.countryAt(j) || d.arTitleAdjective(j)
		}
		return ok
	}
	return false
}

// arTitleAdjective tells whether Arabic token j is an adjective that
// qualifies a title before its remit ("المبعوث الأممي الخاص إلى ليبيا",
// "المبعوثة الأممية بالإنابة إلى ليبيا", "السفير الأمريكي لدى ليبيا"):
// a definite relational adjective (-ي, -ية) or one of words.yaml's
// title_adjectives ("الخاص", "بالإنابة").
func (d *doc) arTitleAdjective(j int) bool {
	t := &d.toks[j]
	if d.lang != "ar" || t.punct != "" {
		return false
	}
	k := t.key
	return closed().titleAdj[k] || strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "ی") || strings.HasSuffix(k, "یه"))
}

// cityOfOffice tells whether place mention p is the city of an office
// held there, named in the title (words.yaml city_office_titles): "the
// mayor of Misrata", "el alcalde de Misrata", "der Bürgermeister von
// Misrata", "Misrata Belediye Başkanı", "مصراتہ کے میئر". Whose mayor he
// is says nothing of where the meeting was. The title stands at most
// three short words before the place, or right after it (one short
// word between, Urdu "کے"), with no punctuation between.
func (d *doc) cityOfOffice(p placeMention) bool {
	offs := cityOfficeWords()[d.lang]
	if len(offs) == 0 || p.loc || p.dir {
		return false
	}
	at := func(k int, w []string) bool {
		if k < 0 || k+len(w) > len(d.toks) {
			return false
		}
		for i, x := range w {
			if d.toks[k+i].norm != x {
				return false
			}
		}
		return true
	}
	short := func(a, b int) bool {
		if d.punctIn(a, b, ",;:.()«»\"“”—–") {
			return false
		}
		for j := a; j < b; j++ {
			if utf8.RuneCountInString(d.toks[j].key) > 3 {
				return false
			}
		}
		return true
	}
	for _, w := range offs {
		for gap := 0; gap <= 3; gap++ {
			if k := p.tok0 - gap - len(w); at(k, w) && short(k+len(w), p.tok0) {
				return true
			}
		}
		for gap := 0; gap <= 1; gap++ {
			if k := p.tok1 + gap; at(k, w) && short(p.tok1, k) {
				return true
			}
		}
	}
	return false
}

// cityOfficeWords is city_office_titles tokenized as the text is, read
// once on first use (tokenizing needs the stemmers, not ready while the
// closed words load).
var cityOfficeWords = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	for lang, ws := range closed().cityOffice {
		for _, w := range ws {
			out[lang] = append(out[lang], tokenizeRaw(w))
		}
	}
	return out
})

// countryOfTitle tells whether, in Turkish, a country named bare (no
// case of place) is what the title right after it is of: "ABD Dışişleri
// Bakanı Antony Blinken", "Libya Genelkurmay Başkanı". Whose minister he
// is says nothing of where they met; a locative ("Moskova'da") or a
// destination ("Libya'ya") still does. (Russian and Arabic name the
// title's country in a genitive or construct the places pass over
// already.)
func (d *doc) countryOfTitle(p placeMention) bool {
	return d.lang == "tr" && !p.loc && !p.dir && d.hitStartsWithKind(p.tok1, pTitle)
}

// beforeAfterPhrase tells whether a place ending at token k stands in the
// clause of another verb that a time phrase opened by "after" ends
// ("returned to Cairo on Friday after talks with Haftar", "è rientrato al
// Cairo dopo i colloqui con Haftar"): where he went after the meeting, not
// where it was. A mark between ("flew to Benghazi, where after talks
// with Haftar …") keeps the place.
func (d *doc) beforeAfterPhrase(k, trig int) bool {
	if k > trig {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k })
	for ; i < len(d.hits) && d.hits[i].tok0 < trig; i++ {
		h := d.hits[i]
		// (not "after visiting Tripoli and Benghazi", "بعد زيارة طرابلس":
		// the stops made before the place)
		// (not endsJustBefore: the marks are sought from the place on, in
		// a wider set, and a phrase running on past trig is not excluded)
		if h.p.kind == pAfter && trig-h.tok1 <= 2 && !d.punctIn(k, trig, ",;:.()«»\"“”—–") && !d.hitStartsWithKind(h.tok0, pPriorStop) {
			return true
		}
	}
	return false
}

// institutionPlace tells whether, in en fr it es, the place at token k
// after trigger trig says where an office named just before it is ("the
// reopening of the U.S. embassy in Tripoli", "la reapertura de la embajada
// española en Trípoli", "la réouverture de l'ambassade de France à
// Tripoli"): what they spoke of, not where they met. An office that is
// itself a location ("at the Italian embassy in Tripoli", "à l'ambassade
// de France à Tunis") is the venue, and its place stays.
func (d *doc) institutionPlace(k, trig int) bool {
	if !latinRomance[d.lang] || k <= trig {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k-6 })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		h := d.hits[i]
		if h.p.kind != pInstitution || h.tok1 > k || k-h.tok1 > 4 || h.tok0 <= trig || d.punctIn(h.tok0+1, k, ",;:()«»\"“”") {
			continue
		}
		ok := true
		for j := h.tok1; j < k && ok; j++ {
			ok = utf8.RuneCountInString(d.toks[j].key) <= 3 || d.countryAt(j)
		}
		if !ok {
			continue
		}
		// the office as a location: a locative word before it, with only
		// articles, countries and demonyms between
		for j := h.tok0 - 1; j >= 0 && j >= h.tok0-4 && !d.punctIn(j+1, h.tok0, ",;:"); j-- {
			if d.hitEndsAt(j+1, j, pLocative) {
				return false
			}
			if utf8.RuneCountInString(d.toks[j].key) > 3 && !d.countryAt(j) {
				break
			}
		}
		return true
	}
	return false
}

// countryAt tells whether token k is part of a country or organisation
// mention or of a demonym.
func (d *doc) countryAt(k int) bool {
	for _, m := range d.mentions {
		if m.tok0 <= k && k < m.tok1 && m.kind != graph.KindPerson {
			return true
		}
	}
	for _, h := range d.hitsEndingAt(k + 1) {
		if h.p.kind == pDemonym {
			return true
		}
	}
	return false
}

// infinitive tells whether a folded word of en fr it es looks like an
// infinitive ("reabrir", "discutere", "rouvrir", "reunirse").
func infinitive(w string) bool {
	for _, e := range []string{"ar", "er", "ir", "re", "rse", "rsi", "rlo", "rla"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// placeOfNoun tells whether place mention p is an adjective of a noun
// that is no event: Turkish "Trablus'taki yoğun gündem", the busy agenda
// in Tripoli (but "Trablus'taki görüşme", the talks in Tripoli, say
// where they were); or where a participant or another noun sits, a
// "based" phrase right before or after it ("the speaker, who sits in
// Tobruk", "qui siège à Tobrouk", "the Tobruk-based parliament", "Tobruk
// merkezli meclis", "ومقره طبرق").
func (d *doc) placeOfNoun(p placeMention) bool {
	// (after it, in en fr it es, only joined by a hyphen: "Tobruk-based",
	// not "met in Tripoli based on …")
	if d.hitEndsAt(p.tok0, p.tok0-4, pBased) || p.tok1 < len(d.toks) && (d.toks[p.tok1].hyph || !latinRomance[d.lang]) && d.hitStartsWithKind(p.tok1, pBased) {
		return true
	}
	end := p.tok1
	if d.lang == "ur" && end+1 < len(d.toks) && d.toks[end].key == urduIn && urduBased[d.toks[end+1].key] {
		return true // "طرابلس میں قائم حکومت", the Tripoli-based government
	}
	if d.lang != "tr" || end >= len(d.toks) || !d.toks[end].apos {
		return false
	}
	switch d.toks[end].key {
	case "daki", "deki", "taki", "teki":
		return !d.triggerAt(min(end+1, len(d.toks)-1)) && !d.triggerAt(min(end+2, len(d.toks)-1))
	}
	return false
}

// triggerNear tells whether a meeting or visit phrase starts in the three
// tokens before k ("visit to Libya", "trip to Rome").
func (d *doc) triggerNear(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if d.triggerAt(j) {
			return true
		}
	}
	return false
}

// isCountry tells whether a place is a country (which shares the id of
// its country actor).
func (d *doc) isCountry(place string) bool {
	i, ok := d.x.lx.actorIdx[place]
	return ok && d.x.lx.actors[i].Kind == graph.KindCountry
}

// countryOf is the country a place lies in, or "".
func (d *doc) countryOf(place string) string {
	if i, ok := d.x.lx.placeIdx[place]; ok {
		return d.x.lx.places[i].Country
	}
	return ""
}

// scenePlace is a located place in sentence si, for an event in the next
// sentence that does not name one.
func (d *doc) scenePlace(si int) string {
	for _, p := range d.placeMs {
		if d.toks[p.tok0].sent == si && (p.loc || p.dir) && !d.placeOfNoun(p) {
			return d.cityOfCountryIn(si, p.place)
		}
	}
	return ""
}

// urduIn is the folded Urdu locative "میں"; urduBased the participles
// after it that make a place an attribute ("میں قائم", based in; "میں
// مقیم", residing in).
var urduIn, urduBased = Fold("میں"), map[string]bool{Fold("قائم"): true, Fold("مقیم"): true}

// departurePlace tells whether place mention p is where someone goes
// after the meeting: a departure phrase governs it ("before returning to
// Madrid", "avant de regagner Paris", "antes de regresar a Madrid", "vor
// seiner Rückkehr nach Berlin", "перед возвращением в Москву", "قبل أن
// يعود إلى القاهرة"), ending at most three words before it, or, in a
// verb-final language, starting right after it ("Ankara'ya dönmeden
// önce", "اسلام آباد واپسی سے قبل"), with no mark between. A relative
// clause opened after the place ("avant de se rendre à Benghazi, où il a
// rencontré Haftar") tells a meeting held there.
func (d *doc) departurePlace(p placeMention, trig int) bool {
	si := d.toks[p.tok0].sent
	for _, h := range d.sentHits(si) {
		if h.p.kind != pDeparture {
			continue
		}
		var ok bool
		if verbFinal[d.lang] {
			ok = h.tok0 >= p.tok1 && h.tok0-p.tok1 <= 2 && !d.punctIn(p.tok1, h.tok0, ",،;؛:.")
		} else {
			// (a meeting between them is what the place names: "depuis
			// leur rencontre d'Abou Dhabi" is no flight from Abu Dhabi)
			ok = h.tok1 <= p.tok0 && p.tok0-h.tok1 <= 3 && !d.punctIn(h.tok1, p.tok0, ",،;؛:.") && !d.kindBetween(h.tok1, p.tok0, pMeetNoun) && !d.kindBetween(h.tok1, p.tok0, pMeet)
		}
		if !ok {
			continue
		}
		if trig >= p.tok1 && d.kindBetween(p.tok1, trig, pRelPron) {
			return false
		}
		return true
	}
	return false
}

// bracketDateline tells whether place mention p opens one of the first
// sentences as a dateline with a bracket after it and a dash closing the
// bracket within five words ("انقرہ (نمائندہ خصوصی) —", "MOSCOU (AFP) -").
func (d *doc) bracketDateline(p placeMention) bool {
	si := d.toks[p.tok0].sent
	if si > 2 || p.tok0 != d.sents[si].tok0 || p.tok1 >= d.sents[si].tok1 || !strings.Contains(d.toks[p.tok1].punct, "(") {
		return false
	}
	for k := p.tok1 + 1; k < d.sents[si].tok1 && k <= p.tok1+9; k++ {
		if strings.Contains(d.toks[k].punct, ")") {
			return strings.ContainsAny(d.toks[k].punct, "—–-")
		}
	}
	return false
}

// venueCompound tells whether place mention p opens a compound whose
// head is a venue ("im Karthago-Palast", "am Mitiga-Flughafen"): the
// meeting was held in that place, which is no topic of the compound.
func (d *doc) venueCompound(p placeMention) bool {
	return p.tok1 < len(d.toks) && d.toks[p.tok1].hyph && d.hitStartsWithKind(p.tok1, pVenueHead)
}

// saidPlace tells whether a place at token k after trigger trig stands in
// what someone said after the meeting was told ("se reunió con su
// homóloga sudanesa, quien subrayó que su país colaborará … en Libia",
// "met the prime minister, who said the fighters would leave Libya"): a
// speech verb stands between them, with no meeting phrase after it in the
// sentence. Not
// in a verb-final language, whose speech verb closes what was said.
func (d *doc) saidPlace(trig, k int) bool {
	if k <= trig || verbFinal[d.lang] {
		return false
	}
	said := false
	// (nor one the speech tells itself, before or after the place: "ha
	// annunciato che a maggio sarà a Roma per un nuovo incontro")
	si := d.toks[k].sent
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > trig })
	for ; i < len(d.hits) && d.toks[d.hits[i].tok0].sent == si; i++ {
		switch h := d.hits[i]; {
		case (h.p.kind == pSpeech || h.p.kind == pSpeechTo) && h.tok0 < k:
			said = true
		case isTrigger(h.p.kind) && said:
			return false
		}
	}
	return said
}

// originPlace tells whether place mention p comes right after an
// `origin` word ("прибывшие из Анкары", "arrived from Ankara"): where
// someone came from, not where the meeting was.
func (d *doc) originPlace(p placeMention) bool {
	if p.loc || p.dir {
		return false
	}
	for _, h := range d.hitsEndingAt(p.tok0) {
		if h.p.kind == pOrigin {
			return true
		}
	}
	return false
}

// pastSubjectRelative is the trigger of group g that tells the event when
// main sits in a relative clause set off by commas after a person
// ("Williams, que ya había recibido en Ginebra a los negociadores, se
// desplazó a Bengasi, donde se entrevistó con Haftar", "Williams, who had
// received the negotiators in Geneva, travelled to Benghazi, where she
// met Haftar", "Williams, die in Genf … empfangen hatte, reiste nach
// Bengasi"): the clause tells what the person had done before, the first
// trigger after its closing comma tells the event, and its place and time
// are the event's. Else main.
func (d *doc) pastSubjectRelative(g *group, main hit) hit {
	si := d.toks[main.tok0].sent
	s := d.sents[si]
	c := -1
	for j := main.tok1; j < s.tok1; j++ {
		if strings.Contains(d.toks[j].punct, ",") {
			c = j
			break
		}
	}
	if c < 0 || d.inQuote[main.tok0] {
		return main
	}
	// the relative pronoun opening the clause: after a comma, with no
	// mark between it and the closing comma
	rel := -1
	for _, h := range d.sentHits(si) {
		if h.p.kind == pRelPron && h.tok0 < main.tok0 && strings.Contains(d.toks[h.tok0].punct, ",") && !d.punctIn(h.tok0+1, c-1, ",;:()«»\"“”") {
			rel = h.tok0
		}
	}
	if rel < 0 {
		return main
	}
	person := false
	for _, m := range d.mentions {
		person = person || m.kind == graph.KindPerson && m.tok1 <= rel && rel-m.tok1 <= 2 && !m.loc && !m.dir && !d.punctIn(m.tok1, rel-1, ",;:")
	}
	if !person {
		return main
	}
	for _, t := range g.trigs {
		if t.tok0 >= c {
			return t
		}
	}
	return main
}

// sameScene is the last held meeting placed in a city told before
// sentence si, when the meeting of si shares a participant with it and
// its sentence names no place: the story goes on at the same scene
// ("Dbeibah received the delegation in Tripoli. Mangoush then sat down
// with her Turkish counterpart"). A meeting in person carries its scene
// up to four sentences on, into the next paragraph; a visit only two, in
// its own paragraph (a visit's place is more often where the visitor
// came from). No place is named between; a meeting told in the
// pluperfect is background, no scene; and a sentence with a time of its
// own ("Last year", a date other than the same or the next day), or a
// meeting dated on another day than the scene's or more than a day after
// it, is elsewhere ("А через четыре дня, 23 января, …").
func (d *doc) sameScene(si int, parts []string, date graph.Date) *event {
	var last *event
	for i := len(d.meetings) - 1; i >= 0; i-- {
		if e := d.meetings[i]; e.m.Place != "" && e.sent < si {
			last = e
			break
		}
	}
	if last == nil || d.isCountry(last.m.Place) || si-last.sent > 4 || last.sent < d.headSents || last.m.Status != graph.StatusHeld || last.class != "meet" || d.flashback(last) || d.pluperfect(last) {
		return nil
	}
	if para := d.sents[si].para - d.sents[last.sent].para; para > 1 {
		return nil
	}
	if !slices.ContainsFunc(parts, func(p string) bool { return contains(last.parts, p) }) {
		return nil
	}
	if last.m.Mode == graph.ModeVisit && (si-last.sent > 2 || d.sents[si].para != d.sents[last.sent].para) {
		return nil
	}
	// (a time of its own, "Last year X met Y", is another scene; "the
	// same day", "the next day" go on at it)
	for _, e := range d.dates {
		if e.sent == si && !d.inQuote[e.tok0] && !(e.kind == dateAnchor && (e.days == 0 || e.days == 1)) && date != last.m.Date {
			return nil
		}
	}
	for _, h := range d.sentHits(si) {
		if h.p.kind == pRelative && (h.p.years != 0 || h.p.months != 0 || h.p.weeks != 0) && !d.inQuote[h.tok0] {
			return nil // "Last year X met Y", "la semana pasada"
		}
	}
	if !date.IsZero() && !last.m.Date.IsZero() && date != last.m.Date {
		a, b := date, last.m.Date
		if a.Year == 0 || b.Year == 0 {
			a.Year, b.Year = 2001, 2001
		}
		if a.Day == 0 || b.Day == 0 || toTime(a).Sub(toTime(b)) > 24*time.Hour || toTime(b).Sub(toTime(a)) > 0 {
			return nil
		}
	}
	for _, p := range d.placeMs {
		if s := d.toks[p.tok0].sent; s > last.sent && s <= si {
			return nil
		}
	}
	return last
}

// pluperfect tells whether meeting e is told in the pluperfect: a
// `pluperfect` phrase starts at most three words before its trigger, with
// no mark between ("had met", "aveva incontrato", "avait déjà reçu", "se
// había reunido", "كان قد التقى"). Such a meeting is background told
// before the story's scene, not the scene the next sentences go on in.
func (d *doc) pluperfect(e *event) bool {
	for _, h := range d.sentHits(e.sent) {
		if h.p.kind == pPluperfect && h.tok0 < e.trig && e.trig-h.tok0 <= 3 && !d.punctIn(h.tok0, e.trig-1, ",;:") {
			return true
		}
	}
	return false
}

// openTalkAt tells whether a verb of talking over whose partner an open
// particle brings ("بحثت المنقوش مع بوقدوم ترتيبات إعادة فتح معبر
// الدبداب–غدامس") starts at token k: what follows its partner is what
// they discussed, and a place named there with no "in" or "to" is the
// topic, not where they met (session 17).
func (d *doc) openTalkAt(k int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k })
	for ; i < len(d.hits) && d.hits[i].tok0 == k; i++ {
		if p := d.hits[i].p; isTalk(p) && d.opensPartner(p.particle) {
			return true
		}
	}
	return false
}
