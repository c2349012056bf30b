package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley/parley/graph"
)

// Speakers that the subject-before-verb rules of speech.go do not see:
// passive announcements, impersonal verbs of a seat of government, and
// asides or relative clauses between a subject and its speech verb.

// passiveSource is the speaker of a passive speech verb, whose agent is
// never its subject ("… bildirildi", "… belirtildi", "… کہا گیا"): the
// genitive subject of a nominalised speech verb right before it, whose
// words it reports ("Debi'nin … tehdit oluşturduğunu söylediği
// aktarıldı": Déby's), else the owner of the statement its clause names
// right before the statement's noun ("Milli Savunma Bakanlığından
// yapılan yazılı açıklamada, … bildirildi": the ministry's country;
// "LUO'nun açıklamasında": the LNA; "وزارت خارجہ کی جانب سے جاری بیان
// میں کہا گیا": the ministry's country). nil when the sentence names
// neither ("Görüşmenin samimi geçtiği öğrenildi"): a passive verb never
// falls back on the last speaker.
func (d *doc) passiveSource(h hit, inQuote []bool) *mention {
	si := d.toks[h.tok0].sent
	s := d.sents[si]
	for _, n := range d.sentHitsOf(s, pSpeechNoun) {
		if n.tok1 > h.tok0 || h.tok0-n.tok1 > 1 || inQuote[n.tok0] {
			continue
		}
		if m := d.genitiveSubject(s.tok0, n.tok0, inQuote); m != nil {
			return m
		}
	}
	for _, st := range d.sentHitsOf(s, pStatementIn) {
		if st.tok1 > h.tok0 || inQuote[st.tok0] {
			continue
		}
		if m := d.statementOwner(st, inQuote); m != nil {
			return m
		}
	}
	return nil
}

// genitiveSubject is the first person named in tokens [t0, t1) in the
// Turkish genitive ("Debi'nin", "Menfi'nin de"): the subject of the
// nominalised verb that ends the span.
func (d *doc) genitiveSubject(t0, t1 int, inQuote []bool) *mention {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < t0 || m.tok1 >= t1 || m.kind != graph.KindPerson || m.dir || inQuote[m.tok0] {
			continue
		}
		if g := d.toks[m.tok1]; g.apos && trGenitives[g.norm] {
			c := *m
			c.loc = false
			return &c
		}
	}
	return nil
}

// statementOwner is the actor whose statement phrase st is, named right
// before it (a case ending after an apostrophe between at most): an actor
// of the lexicon, or a state's office, which speaks for its country (the
// one a demonym or country name beside it gives, else the country of the
// first person the article names, whose office it is).
func (d *doc) statementOwner(st hit, inQuote []bool) *mention {
	end := st.tok0
	if end > 0 && d.toks[end-1].apos && end-1 > d.sents[d.toks[st.tok0].sent].tok0 {
		end-- // "Cumhurbaşkanlığı'nın açıklamasında"
	}
	if d.punctIn(end-1, end-1, ",;:،") {
		return nil
	}
	for _, u := range d.hitsEndingAt(end) {
		if u.p.kind != pInstitution || inQuote[u.tok0] {
			continue
		}
		c := d.titleCountry(u)
		if o := d.titleOwner(u); c == "" && o != "" && d.isCountry(o) {
			c = o // "Mısır'ın Dışişleri Bakanlığı"
		}
		if c == "" {
			if m := d.earlierOrg(u); m != nil {
				return m // "Merkez Bankası … Bankadan yapılan açıklamada"
			}
			// (an office no country qualifies is that of the article's
			// protagonist, the first person it names: "Milli Savunma
			// Bakanı Hulusi Akar … Milli Savunma Bakanlığından yapılan
			// açıklamada"; not an earlier foreign office's)
			for _, m := range d.mentions {
				if m.kind == graph.KindPerson && !m.loc && !m.dir {
					c = d.actorCountry(m.actor)
					break
				}
			}
		}
		if c == "" {
			return nil
		}
		return &mention{tok0: u.tok0, tok1: u.tok1, start: d.toks[u.tok0].start, end: d.toks[u.tok1-1].end, actor: c, kind: graph.KindCountry, name: nameShort}
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok1 == end && !m.dir && !inQuote[m.tok0] {
			c := *m
			c.loc = false
			return &c
		}
	}
	return nil
}

// initialismDot tells whether the only mark after token k is the dot that
// ends an initialism of single letters ("U.S.", "U.K."): no punctuation
// between that name and the word after it ("the U.S. Embassy said").
func (d *doc) initialismDot(k int) bool {
	if k < 1 || k+1 >= len(d.toks) || d.toks[k+1].punct != "." || d.toks[k].punct != "." {
		return false
	}
	return len([]rune(d.toks[k].norm)) == 1 && len([]rune(d.toks[k-1].norm)) == 1
}

// asideAfterSource tells whether tokens [a, b), between the place that
// names an impersonal verb's source and the verb at b, are one aside set
// off by two commas that names no one: "В Анкаре, в свою очередь,
// заявили", "В Кремле, впрочем, подчеркнули".
func (d *doc) asideAfterSource(a, b int) bool {
	if a >= b || !strings.Contains(d.toks[a].punct, ",") || !strings.Contains(d.toks[b].punct, ",") {
		return false
	}
	return b-a <= 4 && !d.punctIn(a+1, b-1, ",;:()«»\"“”„") && !d.mentionStarts(a, b)
}

// impersonalPlace is the source of a speech verb with no subject of its
// own (es it fr `speech_impersonal`: "insisten", "spiegano", "on
// assure"): the state or organisation a place or seat of government
// names where it opens the verb's clause, through a locative ("en la
// Moncloa insisten", "a Palazzo Chigi spiegano", "À l'Élysée, on
// assure"), as the Russian plural "В Кремле заявили" is read; nil when
// the clause opens with none.
func (d *doc) impersonalPlace(h hit) *mention {
	si := d.toks[h.tok0].sent
	s := d.sents[si]
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < s.tok0 || m.tok1 > h.tok0 || !m.loc || m.kind == graph.KindPerson || d.inQuote[m.tok0] {
			continue
		}
		// (the locative opens the clause: the sentence, a comma, or "and"
		// after one: "…, y en la Moncloa insisten")
		o := m.tok0 - 1
		for o > s.tok0 && !d.hitEndsAt(o+1, o, pLocative) && o >= m.tok0-2 {
			o--
		}
		open := o <= s.tok0 || strings.ContainsAny(d.toks[o].punct, ",;:") || o > s.tok0 && d.hitEndsAt(o, o-1, pAnd) && strings.ContainsAny(d.toks[o-1].punct, ",;:")
		if !open || d.mentionStarts(m.tok1, h.tok0) {
			continue
		}
		gap := h.tok0 - m.tok1
		if gap > 3 || gap > 0 && d.punctIn(m.tok1, h.tok0-1, ";:") {
			continue
		}
		if d.punctIn(m.tok1-1, h.tok0-1, ",") && !(strings.Contains(d.toks[m.tok1].punct, ",") && gap == 0) && !d.asideAfterSource(m.tok1, h.tok0) {
			continue // only the comma closing the fronted place ("À l'Élysée, on assure")
		}
		c := *m
		c.loc, c.dir = false, false
		return &c
	}
	return nil
}

// describedOpening is the person a guest or host description opening
// sentence si stands for, before token end, when no name follows it:
// "Son invité s'est montré plus prudent." (the guest of the visit told
// before), "Più diretto l'ospite: «…»", "El anfitrión, por su parte, …";
// nil when the sentence opens with none or it names no one the article
// tells.
func (d *doc) describedOpening(si, end int) *mention {
	if si < 0 || si >= len(d.sents) {
		return nil
	}
	s := d.sents[si]
	for _, c := range d.sentHitsOf(s, pCounterpart) {
		// "Son homologue a renchéri : «…»", "Sa collègue libyenne a exigé …"
		at := min(end, s.tok1-1)
		if c.tok0 > s.tok0+3 || c.tok1 > end || at <= c.tok0 || d.inQuote[c.tok0] || d.punctIn(s.tok0, c.tok0, ",;:") && c.tok0 > s.tok0 {
			continue
		}
		if m := d.counterpartSpeaker(hit{p: c.p, tok0: at, tok1: at + 1}, s.tok0); m != nil && m.kind == graph.KindPerson {
			return m
		}
	}
	for _, k := range []int{pGuest, pHostPerson} {
		for _, c := range d.sentHitsOf(s, k) {
			if c.tok0 > s.tok0+3 || c.tok1 > end || d.inQuote[c.tok0] || d.punctIn(s.tok0, c.tok0, ",;:") && c.tok0 > s.tok0 {
				continue
			}
			at := min(end, s.tok1-1) // (a token of the sentence after the description)
			if at <= c.tok0 {
				continue
			}
			if m, ok := d.descriptionSpeaker(hit{p: c.p, tok0: at, tok1: at + 1}, c.tok0); ok && m != nil && m.kind == graph.KindPerson {
				return m
			}
		}
	}
	return nil
}

// statementThen tells whether, in Turkish, a statement phrase set off by
// a comma follows token k (a particle such as "ise" between at most): the
// subject before it is the one whose statement it is, "Yunan Dışişleri
// Bakanlığı yaptığı yazılı açıklamada, … yineledi", as a subject set off
// by its own comma is.
func (d *doc) statementThen(k int) bool {
	for _, at := range []int{k, k + 1} {
		for _, st := range d.hitsStartingAt(at) {
			if st.p.kind == pStatementIn && st.tok1 < len(d.toks) && strings.Contains(d.toks[st.tok1].punct, ",") && !d.punctIn(k, st.tok1-1, ",;:") {
				return true
			}
		}
	}
	return false
}

// dateRightAfter is the length of a date expression that starts at token
// k ("в тот же день", "am selben Tag", "le même jour"), else 0.
func (d *doc) dateRightAfter(k int) int {
	n := 0
	for _, e := range d.dates {
		if e.tok0 == k && e.tok1-e.tok0 > n {
			n = e.tok1 - e.tok0
		}
	}
	return n
}

// subjectBeforeRelative is the subject of speech verb h when a relative
// clause set off by commas stands between them: the actor (or state
// office) named right before the comma that opens the relative pronoun,
// whose clause the comma right before the verb closes. "La Turquie, qui
// soutient Fayez al-Sarraj, a déclaré …", "Turkey, which backs Sarraj,
// said …", "Die Türkei, die Sarradsch unterstützt, erklärte, …", "Турция,
// которая поддерживает Сараджа, заявила …": the one named inside the
// relative clause is not who speaks.
func (d *doc) subjectBeforeRelative(h hit, start int, inQuote []bool) *mention {
	return d.subjectBeforeClause(h, start, inQuote, pRelPron, 25, 1)
}

// subjectBeforeAside is the subject of speech verb h when an aside that
// cites a source stands between the two, opened by an `as_aside` word
// after a comma and closed by the comma before the verb ("Египетский
// министр, как сообщила пресс-служба его ведомства, заявил", "The
// Egyptian minister, as his ministry's press office reported, said",
// "Il ministro egiziano, come ha riferito l'ufficio stampa, ha
// affermato"): the actor, office or title that ends right before the
// aside speaks, not the source inside it; nil when none does.
func (d *doc) subjectBeforeAside(h hit, start int, inQuote []bool) *mention {
	return d.subjectBeforeClause(h, start, inQuote, pAsAside, 16, 2)
}

// subjectBeforeClause is the actor, or the state office, that ends right
// before a clause set off by commas between the subject and speech verb
// h: the clause opens with a phrase of kind opener after a comma, at most
// window tokens before h, holds at least minLen tokens and no
// punctuation, and the comma before h closes it. nil when none does.
func (d *doc) subjectBeforeClause(h hit, start int, inQuote []bool, opener, window, minLen int) *mention {
	if !strings.Contains(d.toks[h.tok0].punct, ",") || strings.ContainsAny(d.toks[h.tok0].punct, quoteMarks) || inQuote[max(0, h.tok0-1)] {
		return nil
	}
	var op hit
	found := false
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= max(start, h.tok0-window) })
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok0; k++ {
		if r := d.hits[k]; r.p.kind == opener && r.tok0 > start && strings.Contains(d.toks[r.tok0].punct, ",") && !inQuote[r.tok0] {
			op, found = r, true
		}
	}
	if !found || h.tok0-op.tok1 < minLen || d.punctIn(op.tok1, h.tok0-1, ",;:()«»\"“”„") {
		return nil // (one clause, from the opener to the comma before the verb)
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok1 == op.tok0 && m.tok0 >= start && !m.dir && !inQuote[m.tok0] && !d.punctIn(start, m.tok0, ",;:") {
			c := *m
			c.loc = false
			return &c
		}
	}
	for _, u := range d.hitsEndingAt(op.tok0) {
		if u.p.kind == pInstitution && u.tok0 >= start && !d.insideMention(u.tok0, u.tok1) {
			return d.describedSpeaker(u)
		}
	}
	return nil
}

// asideVerb tells whether speech verb h only cites the source of the
// words in an aside opened by an `as_aside` word after a comma and
// closed by a comma right before another speech verb ("Шукри, как
// сообщила пресс-служба МИД Египта, заявил"): the main verb reports the
// words, the aside's verb none of its own.
func (d *doc) asideVerb(h hit) bool {
	if !isSpeech(h.p.kind) || isAccording(h) {
		return false
	}
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= max(0, h.tok0-2) })
	opened := false
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok0; k++ {
		if a := d.hits[k]; a.p.kind == pAsAside && a.tok1 <= h.tok0 && strings.Contains(d.toks[a.tok0].punct, ",") && !d.punctIn(a.tok1, h.tok0, ",;:") {
			opened = true
		}
	}
	if !opened {
		return false
	}
	send := d.sents[d.toks[h.tok0].sent].tok1
	for j := h.tok1; j < send && j < h.tok1+10; j++ {
		if p := d.toks[j].punct; strings.Trim(p, "-‐ ") != "" { // (not the hyphen of "пресс-служба")
			return strings.Contains(p, ",") && !strings.ContainsAny(p, quoteMarks) && d.hitStartsWithKind(j, pSpeech)
		}
	}
	return false
}

// genderOf tells whether person id is a woman, and whether that is
// known: the lexicon's mark for its actors; for a person it does not
// list, named in Cyrillic, the ending of the surname as the article
// writes it, which Russian inflects for gender ("Ирина Звягинцева",
// "Анна Полякова", "Мария Ковальская" against "Андрей Ларионов",
// "Олег Прохоров").
func (d *doc) genderOf(id string) (fem, ok bool) {
	if _, known := d.x.lx.actorIdx[id]; known {
		return d.female(id), true
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.actor != id || m.kind != graph.KindPerson || m.name != nameFull || d.toks[m.tok1-1].script != scriptCyrillic {
			continue
		}
		last := d.toks[m.tok1-1].norm
		for _, e := range []string{"ова", "ева", "ёва", "ина", "ская", "цкая"} {
			if strings.HasSuffix(last, e) {
				return true, true
			}
		}
		for _, e := range []string{"ов", "ев", "ёв", "ин", "ский", "цкий"} {
			if strings.HasSuffix(last, e) {
				return false, true
			}
		}
		return false, false
	}
	return false, false
}

// addresseeEnd is the token after an addressee phrase starting at token k
// ("to reporters", "ai giornalisti", "aux journalistes", "журналистам"),
// or k when none starts there: whom the words were said to stands between
// an inverted speech verb and its subject ("«…», ha dichiarato ai
// giornalisti il portavoce del Cremlino, Dmitry Peskov").
func (d *doc) addresseeEnd(k int) int {
	e := k
	for _, h := range d.hitsStartingAt(k) {
		if h.p.kind == pAddressee && h.tok1 > e {
			e = h.tok1
		}
	}
	return e
}

// appositionAt is the person named in full at token k when a lone comma
// sets the name off from the title before it and the name closes the
// sentence or a comma closes it: "el portavoz del Kremlin, Dmitri Peskov."
func (d *doc) appositionAt(k int, inQuote []bool) *mention {
	if k >= len(d.toks) || inQuote[k] {
		return nil
	}
	if p := strings.TrimSpace(d.toks[k].punct); p != "," && p != "،" {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 != k || m.kind != graph.KindPerson || m.name != nameFull || m.loc || m.dir {
			continue
		}
		si := d.toks[k].sent
		if m.tok1 == d.sents[si].tok1 || m.tok1 < len(d.toks) && strings.ContainsAny(d.toks[m.tok1].punct, ",،") {
			return m
		}
	}
	return nil
}

// withoutFrontedPhrase drops the names of a prepositional phrase of place
// or time that opens a sentence and closes at its first comma ("At a joint
// news conference with Siala, Cavusoglu left little doubt", "Lors de son
// entretien avec X, Y a …", "Nel colloquio con X, Y ha …") when a person
// follows that comma as the subject: the names inside are not the
// sentence's subject.
func (d *doc) withoutFrontedPhrase(s sentence, ms []mention) []mention {
	fronted := false
	for _, h := range d.hitsStartingAt(s.tok0) {
		if h.p.kind == pLocative || h.p.kind == pAfter {
			fronted = true
		}
	}
	if !fronted {
		return ms
	}
	comma := -1
	for k := s.tok0 + 1; k < s.tok1 && k-s.tok0 <= 12; k++ {
		if d.inQuote[k] || strings.ContainsAny(d.toks[k].punct, ";:()") {
			return ms
		}
		if strings.ContainsAny(d.toks[k].punct, ",،") {
			comma = k
			break
		}
	}
	if comma < 0 {
		return ms
	}
	for i, m := range ms {
		if m.tok0 < comma {
			if m.tok1 > comma {
				return ms
			}
			continue
		}
		if i == 0 || m.kind != graph.KindPerson || m.tok0-comma > 3 || d.punctIn(comma+1, m.tok0, ",،;:") {
			return ms
		}
		for k := comma; k < m.tok0; k++ {
			if d.triggerAt(k) || d.pronounIn(k, k+1) {
				return ms
			}
		}
		return ms[i:]
	}
	return ms
}

// topicOnlySpeech tells whether a verb of addressing names only whom it
// addressed and what about: "briefed Tebboune on the follow-up", "who
// briefed him on Algeria's contacts" tell that words were exchanged on a
// topic, not what they were. The addressee, a name or a pronoun, is right
// after the verb and a topic word ("on", "about") right after the
// addressee, with no complementizer or quotation before it.
func (d *doc) topicOnlySpeech(h hit) bool {
	if h.p.kind != pSpeechTo || h.tok1 >= len(d.toks) {
		return false
	}
	s := d.sents[d.toks[h.tok0].sent]
	end := h.tok1
	if d.pronounIn(h.tok1, h.tok1+1) {
		end = h.tok1 + 1
	} else {
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.tok0 >= h.tok1 && m.tok0 <= h.tok1+3 && m.tok1 > end {
				end = m.tok1
				break
			}
		}
	}
	if end == h.tok1 || end >= s.tok1 || d.punctIn(h.tok1, end, ",;:«»\"“”„") || d.dateRightAfter(end+1) > 0 {
		return false // ("told the Security Council on Friday that …")
	}
	if !d.hitStartsWithKind(end, pTopic) {
		return false
	}
	for k := end; k < s.tok1; k++ {
		if d.inQuote[k] || d.complementizerAt(k) || strings.ContainsAny(d.toks[k].punct, ":«»\"“”„") {
			return false // what was said follows after all
		}
	}
	return true
}

// viewpointPronoun tells whether a viewpoint phrase opening its sentence
// names a personal pronoun set off by a comma ("Pour elle, le maréchal
// …", "Per lui, …", "Para ella, …"): the view of the person the pronoun
// stands for, as "according to her".
func (d *doc) viewpointPronoun(h hit) bool {
	s := d.sents[d.toks[h.tok0].sent]
	k := h.tok1
	return h.tok0 == s.tok0 && k+1 < s.tok1 && d.pronounIn(k, k+1) && strings.ContainsAny(d.toks[k+1].punct, ",،")
}

// goesOnSpeaking tells whether the person who made the last statement,
// closing in sentence lastSent, goes on speaking in a quotation opening
// in sentence si whose verb h, a `speech_added` verb, has only a pronoun
// or no subject: the statement closed in the sentence right before
// ("«…», osserva Francesca Lodi, ricercatrice dell'ISPI. «…»,
// aggiunge"; "“…,” said X. “…,” he added"). The subject of that sentence
// is no speaker then: it is often a name inside the quotation ("Haftar
// wants …").
func (d *doc) goesOnSpeaking(h hit, lastSpeaker string, lastSent, si int) bool {
	return lastSpeaker != "" && si > d.headSents && lastSent == si-1 && d.isPerson(lastSpeaker) && d.overlapsKind(&h, pSpeechAdded)
}

// genderClashes tells whether a pronoun of gender fem cannot stand for
// person id: only when the person's gender is known (genderOf), so a
// person the lexicon does not list ("ajoute-t-elle" after a researcher
// named in the article) is no clash.
func (d *doc) genderClashes(id string, fem bool) bool {
	g, ok := d.genderOf(id)
	return ok && g != fem
}

// relativeClauseSpeech tells whether speech verb h closes a relative
// clause about a thing that ends its sentence: "… the conditions in
// detention centres, which UN agencies have repeatedly criticised", "…
// dei centri di detenzione, che le agenzie dell'Onu hanno più volte
// criticato", "…, die die UN wiederholt kritisiert haben". The verb's
// object is the relative pronoun, so nothing is reported: no statement.
// The pronoun opens the clause right after a comma, at most ten words
// before the verb, with no comma, colon or quotation mark between, and
// the verb closes the sentence (in German at most two words after it,
// the participle and its auxiliary).
func (d *doc) relativeClauseSpeech(h hit) bool {
	if h.p.kind != pSpeech && h.p.kind != pSpeechTo {
		return false
	}
	s := d.sents[d.toks[h.tok0].sent]
	// (German closes the clause with the participle and auxiliary, an
	// adverb before them: "die die UN wiederholt kritisiert haben")
	if after := s.tok1 - h.tok1; after > 2 || after > 0 && d.lang != "de" {
		return false
	}
	if h.tok1 < s.tok1 && d.punctIn(h.tok1, s.tok1-1, ",;:") {
		return false
	}
	for k := h.tok0; k >= max(s.tok0+1, h.tok0-10); k-- {
		if d.hitStartsWithKind(k, pRelPron) && strings.Contains(d.toks[k].punct, ",") && k < h.tok0 {
			return true
		}
		if d.punctIn(k, k, ",;:"+quoteMarks) {
			return false
		}
	}
	return false
}

// addedAfterQuote tells whether speech verb h is a `speech_added` verb
// standing right after quotation q with no subject of its own, as
// Turkish and Russian write it ("“…” diye ekledi", "«…», — добавил"):
// the words go on from whoever spoke before, as after "ha aggiunto".
func (d *doc) addedAfterQuote(h hit, q *quote) bool {
	return (d.lang == "tr" || d.lang == "ru") && h.tok0 >= q.tok1 && h.tok0 <= q.tok1+1 && d.overlapsKind(&h, pSpeechAdded)
}

// reportOpensAfter tells whether a comma right after speech verb h, with
// a subject named before the verb, opens what was said: "Das Auswärtige
// Amt erklärte, die Botschaft solle bald wieder öffnen". An office named
// right after that comma is the reported clause's subject, not the
// verb's inverted one ("teilte die Botschaft mit" has no comma).
func (d *doc) reportOpensAfter(h hit) bool {
	if h.tok1 >= len(d.toks) || d.toks[h.tok1].sent != d.toks[h.tok0].sent || !strings.Contains(d.toks[h.tok1].punct, ",") || strings.ContainsAny(d.toks[h.tok1].punct, quoteMarks) {
		return false
	}
	s := d.sents[d.toks[h.tok0].sent]
	for _, m := range d.mentions {
		if m.tok0 >= s.tok0 && m.tok1 <= h.tok0 && !m.loc && !m.dir && !d.inQuote[m.tok0] {
			return true
		}
	}
	return false
}

// institutionSpanning is the `institution` hit over the same words as
// unnamed hit u, when one is: "МИД" is both an unnamed source and a
// state's office, and with a demonym or country beside it ("Египетский
// МИД заявил", "МИД Египта заявил") the office speaks for that country.
func (d *doc) institutionSpanning(u hit) (hit, bool) {
	for _, x := range d.sentHitsOf(d.sents[d.toks[u.tok0].sent], pInstitution) {
		if x.tok0 == u.tok0 && x.tok1 == u.tok1 {
			return x, true
		}
	}
	return hit{}, false
}

// frontedOfficeSource tells whether speech verb h stands in a Russian
// `as_aside` clause that opens its sentence and closes at its first
// comma, naming an office and no person: "Как сообщили в МИД России,
// стороны обсудили …". The office is where the report comes from (as
// "according to the Kremlin" is), no speaker: no statement, as dev gold
// annotates five of six such clauses. A person named in the aside ("Как
// сообщил Лавров, …") speaks, as "according to" a person does, and the
// office speaks when the clause quotes its words. Only Russian: German
// "Wie das Auswärtige Amt mitteilte, traf Maas …" is Germany's statement
// (TestConstructionsDe), and dev holds no such clause in the other
// languages.
func (d *doc) frontedOfficeSource(h hit) bool {
	if d.lang != "ru" || !isSpeech(h.p.kind) || isAccording(h) {
		return false
	}
	s := d.sents[d.toks[h.tok0].sent]
	if !d.hitStartsWithKind(s.tok0, pAsAside) || h.tok0 > s.tok0+8 || d.punctIn(s.tok0+1, h.tok0, ",;:"+quoteMarks) {
		return false
	}
	end := -1
	for k := h.tok1; k < s.tok1 && k <= h.tok1+8; k++ {
		if d.punctIn(k, k, ";:"+quoteMarks) {
			return false
		}
		if strings.Contains(d.toks[k].punct, ",") {
			end = k
			break
		}
	}
	if end < 0 {
		return false
	}
	for k := end; k < s.tok1; k++ {
		if d.inQuote[k] {
			return false // quoted words are the office's own
		}
	}
	office := false
	for _, m := range d.mentions {
		if m.tok0 >= s.tok0 && m.tok1 <= end && !m.loc && !m.dir {
			if m.kind == graph.KindPerson {
				return false
			}
			office = true
		}
	}
	// (an office or a state must be named: "Según explicó, …" is the
	// last speaker's)
	return office || d.kindBetween(s.tok0, end, pInstitution) || d.kindBetween(s.tok0, end, pUnnamed)
}

// listedSurnames are the one-word surname mentions of persons the lexicon
// lists (not fuzzy ones, which fuzzyAt holds), by token, as indexes into
// d.mentions: candidates for an unknown person of the same surname the
// article introduced (unknownSurnames).
func (d *doc) listedSurnames(fuzzyAt map[int]int) map[int]int {
	var out map[int]int
	for mi, m := range d.mentions {
		if m.tok1 != m.tok0+1 || m.name != nameShort || m.kind != graph.KindPerson || m.loc || m.dir || strings.HasPrefix(m.actor, "x-") {
			continue
		}
		if _, fz := fuzzyAt[m.tok0]; fz {
			continue
		}
		if out == nil {
			out = map[int]int{}
		}
		out[m.tok0] = mi
	}
	return out
}

// introducedAfter tells whether unknown person u was named in full after
// the last full-name mention of listed person p before token i (or p was
// never named in full before it): the article's own introduction is the
// nearer referent of a bare surname they share.
func (d *doc) introducedAfter(u, p string, i int) bool {
	lastP, firstU := -1, -1
	for _, m := range d.mentions {
		if m.tok0 >= i {
			break
		}
		if m.actor == p && m.name == nameFull {
			lastP = m.tok0
		}
		if m.actor == u && m.name == nameFull && firstU < 0 {
			firstU = m.tok0
		}
	}
	return firstU >= 0 && firstU > lastP
}

// pressOfficeOf tells whether speaker metonym m owns a `press_office`
// named right before it that speaks: the verb right before the office
// ("وذكر المكتب الإعلامي للقيادة العامة في بيان أن …", "Il comando
// generale … ha diffuso") or one starting at most eight words after the
// owner, no full stop between. pressOfficeOwner then makes the owner the
// speaker.
func (d *doc) pressOfficeOf(m mention) bool {
	end := d.sents[d.toks[m.tok0].sent].tok1
	for _, u := range d.sentHitsOf(d.sents[d.toks[m.tok0].sent], pPressOffice) {
		if m.tok0 < u.tok1 || m.tok0 > u.tok1+1 {
			continue
		}
		if slices.ContainsFunc(d.hitsEndingAt(u.tok0), func(h hit) bool { return isSpeech(h.p.kind) }) {
			return true
		}
		for k := m.tok1; k < end && k <= m.tok1+8; k++ {
			if d.speechStartsAt(k) {
				return true
			}
			if strings.ContainsAny(d.toks[k].punct, ".;:") {
				break
			}
		}
	}
	return false
}
