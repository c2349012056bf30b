package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/parley/parley/graph"
)

// quote is a quotation in the text: rune offsets of its content and the
// tokens inside.
type quote struct {
	open, close int // offsets of the marks
	tok0, tok1  int
	used        bool
}

// closers gives the marks that may close a quotation opened by a mark.
var closers = map[rune]string{
	'„': "“”\"", '“': "”“\"", '«': "»", '»': "«", '‚': "‘’", '‹': "›", '"': "\"“”", '”': "”",
}

// closerOf is closers[r], without the map lookup for the runes of
// words.
func closerOf(r rune) (string, bool) {
	switch r {
	case '„', '“', '«', '»', '‚', '‹', '"', '”':
		cl, ok := closers[r]
		return cl, ok
	}
	return "", false
}

// quoteMarks are the marks that open a quotation.
const quoteMarks = "„“«»‚‹\"”"

// findQuotes pairs quotation marks within a paragraph.
func (d *doc) findQuotes() []quote {
	var qs []quote
	t := d.text
	for i := 0; i < len(t); i++ {
		// every mark below is '"', '«', '»' or in U+2018-U+2039
		if r := t[i]; r != '"' && r != '«' && r != '»' && (r < '‘' || r > '‹') {
			continue
		}
		cl, ok := closerOf(t[i])
		pair := false
		// Urdu doubles single marks: ’’…‘‘ (also ‘‘…’’)
		if (t[i] == '’' || t[i] == '‘') && i+1 < len(t) && t[i+1] == t[i] && (d.lang == "ur" || d.lang == "ar") {
			cl, ok, pair = "‘’", true, true
			i++
		}
		// a single mark in Arabic script, where no apostrophe is written:
		// ’…‘ or ‘…’ quotes as the doubled marks do
		if !ok && !pair && d.singleQuoteOpens(i) {
			cl, ok, pair = "‘’", true, false
		}
		if !ok {
			continue
		}
		if t[i] == '”' && (d.lang == "ur" || d.lang == "ar") {
			cl = "”“" // right to left: ”…“
		}
		// an opening mark is not glued to a preceding letter, except the
		// ASCII quote after a name ("Conte"Ich ...")
		j := i + 1
		end := -1
		for ; j < len(t) && j-i < 3000; j++ {
			if t[j] == '\n' && j+1 < len(t) && t[j+1] == '\n' {
				break
			}
			if t[j] == '\n' && j+1 < len(t) && t[j+1] == '\n' {
				break
			}
			if pair {
				if strings.ContainsRune(cl, t[j]) && j+1 < len(t) && t[j+1] == t[j] && j > i+1 {
					end = j
					break
				}
				continue
			}
			if strings.ContainsRune(cl, t[j]) && j > i+1 && (t[i] != '’' && t[i] != '‘' || j+1 >= len(t) || !unicode.IsLetter(t[j+1]) || !isLatinRune(t[j+1])) {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		q := quote{open: i, close: end}
		q.tok0 = sort.Search(len(d.toks), func(k int) bool { return d.toks[k].start > i })
		q.tok1 = sort.Search(len(d.toks), func(k int) bool { return d.toks[k].start >= end })
		if q.tok1 > q.tok0 {
			qs = append(qs, q)
		}
		i = end
	}
	return qs
}

func (d *doc) sentOfRune(r int) int {
	i := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].end > r })
	if i >= len(d.sents) {
		return len(d.sents) - 1
	}
	return i
}

// findStatements finds direct quotations and reported speech.
func (d *doc) findStatements() {
	if len(d.sents) == 0 {
		return
	}
	qs := d.quotes
	inQuote := d.inQuote
	var speech []hit
	for _, h := range d.hits {
		if !isSpeech(h.p.kind) && h.p.kind != pSpeechPass && h.p.kind != pImpersonal || inQuote[h.tok0] || d.insideHit(h, pCancelled) || d.insideIgnore(h) || d.hedged(h) || d.negatedSpeech(h) || d.talkSpeech(h) || d.visitingCall(h) || d.asideVerb(h) || d.topicOnlySpeech(h) || d.relativeClauseSpeech(h) || d.frontedOfficeSource(h) {
			continue // (not "sagte die Reise ab": a cancellation)
		}
		// one verb per place: "نے کہا" and "کہا" are one
		if n := len(speech); n > 0 && h.tok0 < speech[n-1].tok1 {
			if h.tok1-h.tok0 > speech[n-1].tok1-speech[n-1].tok0 {
				speech[n-1] = h
			}
			continue
		}
		speech = append(speech, h)
	}
	if vs := d.viewpoints(); len(vs) > 0 {
		// "Para Sofía Llorente, investigadora …, el problema es …": a
		// person's view, told as "according to" her
		speech = append(speech, vs...)
		sort.SliceStable(speech, func(i, j int) bool { return speech[i].tok0 < speech[j].tok0 })
	}
	usedVerb := map[int]bool{}
	lastSpeaker, lastSent, lastPara := "", -10, -10
	last := -1 // the statement lastSpeaker made
	// where that statement's quotation closed
	lastTok := -1
	for qi := range qs {
		q := &qs[qi]
		if q.tok1-q.tok0 < 3 || d.quotedName(q) {
			continue
		}
		sOpen, sClose := d.sentOfRune(q.open+1), d.sentOfRune(q.close-1)
		speaker, verb, direct, rule, conf := "", -1, true, "speech.quote", 0.9
		var spk *mention
		// a speech verb after the quote, in the sentence where it closes
		for vi, h := range speech {
			if d.toks[h.tok0].sent == sClose && h.tok0 >= q.tok1 && h.tok0-q.tok1 <= 6 {
				verb = vi
				break
			}
		}
		if verb >= 0 && isAccording(speech[verb]) && sOpen == sClose {
			// "…, à qui il a redit que « … », selon le Quai d'Orsay": the
			// verb before the quotation has it; the source after it only
			// says where the report comes from
			for _, h := range speech {
				if d.toks[h.tok0].sent == sOpen && h.tok1 <= q.tok0 && !isAccording(h) && d.complementizerAt(h.tok1) {
					verb = -1
				}
			}
		}
		if verb >= 0 && isAccording(speech[verb]) {
			// "“…”, according to X": X or nobody
			spk = d.sourceOf(speech[verb], inQuote)
			direct = true
		} else if verb >= 0 {
			h := speech[verb]
			// (the title after "ha dichiarato ai giornalisti" is the
			// verb's inverted subject as right after the verb)
			ht := h
			ht.tok1 = d.addresseeEnd(h.tok1)
			if h.p.kind == pSpeechPass {
				spk = d.passiveSource(h, inQuote)
			} else if m, ok := d.latterSubject(h, inQuote); ok {
				// "«…», a ajouté ce dernier": the person named last
				spk = m
			} else if m := d.trTopicSubject(d.sents[sOpen].tok0, q.tok0, inQuote); m != nil {
				// "Libyalı mevkidaşı ise "…" diye konuştu"; "Dendias ise
				// anlaşmanın "…" olduğunu, Atina'nın … söyledi"
				spk = m
			} else if m := d.mentionIn(q.tok1, h.tok0, inQuote, true); m != nil {
				spk = m
			} else if m := d.mentionAfter(h, inQuote); m != nil && (h.p.kind != pSpeechTo || h.tok0 == q.tok1) {
				// ("«…», pidió Sánchez"; but "«…» and asked Washington")
				spk = m
			} else if m := d.mentionIn(max(d.sents[sOpen].tok0, q.tok0-2), q.tok0, inQuote, true); m != nil && m.kind == graph.KindPerson {
				// the person right before the quotation: "Dibeybe ile
				// görüşen Miçotakis, "…" ifadelerini kullandı"
				spk = m
			} else if m := d.mentionIn(d.sents[sOpen].tok0, q.tok0, inQuote, false); m != nil {
				spk = m
				if d.lang == "tr" {
					spk = d.ownerQualifies(m, h, inQuote)
				}
			}
			if h.p.kind == pSpeechPass {
				// its source or no one
			} else if m := d.pressOfficeOwner(h, inQuote); m != nil {
				spk = m
			} else if u, ok := d.unnamedSource(h); ok {
				spk = d.describedSpeaker(u)
			} else if spk == nil && (d.hitStartsWithKind(ht.tok1, pTitle) && !d.pronounAfter(ht) || d.hitStartsWithKind(ht.tok1+1, pTitle)) {
				// (Spanish "el" folds to the pronoun "él": "dijo el portavoz")
				// "«…», dijo la enviada interina de Naciones Unidas,
				// Stephanie Williams, …": the person the title names in
				// apposition, or no one; never the last speaker
				spk = d.titledAfter(ht, inQuote)
			} else if spk == nil && (d.pronounAfter(h) || (d.lang == "es" || d.lang == "it") && h.tok0 == q.tok1 || d.addedAfterQuote(h, q) || h.tok0 > q.tok1 && h.tok0 <= q.tok1+3 && d.pronounIn(q.tok1, h.tok0)) {
				// (the French inverted pronoun runs to three words: "«…», a-t-il déclaré")
				// "«…», he said" / "«…», ha spiegato": the last
				// statement's speaker, else the previous sentence's subject
				speaker = lastSpeaker
				prev := max(0, sOpen-1)
				if prev > 0 && prev > d.headSents && d.lang != "es" && d.pronounIn(d.sents[prev].tok0, d.sents[prev].tok0+1) {
					// a sentence before opening with a pronoun goes on
					// about the subject before it: "X a été reçu par Y.
					// Il s'est ensuite entretenu avec Z. «…», a-t-il
					// déclaré" is X's (not in Spanish, where the article
					// "el" folds to the pronoun "él")
					prev--
				}
				if d.goesOnSpeaking(h, lastSpeaker, lastSent, sOpen) {
					// "«…», said X. «…», he added": the one who spoke in the
					// sentence right before goes on, not a name his own
					// words hold
				} else if m := d.describedOpening(sOpen, q.tok0); m != nil && sOpen >= d.headSents {
					speaker = m.actor // "Più diretto l'ospite: «…», ha dichiarato"
				} else if p := d.lastSubject(prev); sOpen > 0 && d.isPerson(p) {
					speaker = p
				} else if m := d.describedOpening(prev, d.sents[prev].tok1); sOpen > d.headSents && prev >= d.headSents && m != nil {
					speaker = m.actor // "Son invité s'est montré plus prudent. «…», a-t-il déclaré"
				}
				// "she said" is a woman's, "he said" a man's
				if fem, ok := d.pronounGender(q.tok1, min(h.tok1+1, len(d.toks))); ok && speaker != "" && d.genderClashes(speaker, fem) {
					speaker = ""
					if lastSpeaker != "" && d.female(lastSpeaker) == fem {
						speaker = lastSpeaker
					}
					for i := len(d.mentions) - 1; i >= 0 && speaker == ""; i-- {
						m := d.mentions[i]
						if m.tok1 <= q.tok0 && sOpen-d.toks[m.tok0].sent <= 2 && m.kind == graph.KindPerson && !m.loc && !m.dir && !inQuote[m.tok0] && d.female(m.actor) == fem {
							speaker = m.actor
						}
					}
				}
			} else if spk == nil && d.epithetAfter(h) {
				spk = d.epithetPerson(h, q.tok0, inQuote)
			}
			// (a verb right after the closing mark takes the quotation
			// whole: "Akar, “…” dedi", "«…», — заявил он"; not one that
			// opens a clause of its own: "«…»، مؤكداً أن …")
			closing := h.tok0 == q.tok1 && !d.complementizerAt(h.tok1)
			if q.tok0-d.sents[sOpen].tok0 > 3 && spk != nil && spk.tok0 < q.tok0 && !closing && !strings.ContainsAny(d.toks[q.tok0].punct, ":") && !d.colonBefore(q) {
				// "X said that Russia «...»": a quoted phrase in reported speech
				direct = d.sents[sOpen].tok0+4 >= q.tok0
			}
		} else {
			// a speech verb before the quote, in the sentence where it opens
			for vi := len(speech) - 1; vi >= 0; vi-- {
				h := speech[vi]
				if d.toks[h.tok0].sent == sOpen && h.tok1 <= q.tok0 {
					verb = vi
					break
				}
			}
			// "قال المتحدث دوجاريك إن غوتيريش أكد «…»": the words are
			// reported by the verb whose clause holds the other
			// (not a verb that opens the quotation itself with a colon:
			// "… ونقل البيان عن ماكرون قوله: «…»" quotes Macron)
			if verb > 0 && !(d.colonBefore(q) && q.tok0-speech[verb].tok1 <= 1) && !isAccording(speech[verb]) && !isAccording(speech[verb-1]) && d.reportedInside(speech[verb], speech[:verb]) && d.toks[speech[verb-1].tok0].sent == sOpen {
				// (also when the inner verb names no one of the lexicon:
				// "The Algerian presidency said that both leaders had
				// rejected «…»" is the presidency's)
				if outer := d.speakerOf(speech[verb-1], inQuote); outer != nil {
					verb--
				}
			}
			if verb >= 0 && isAccording(speech[verb]) {
				spk = d.sourceOf(speech[verb], inQuote)
			} else if verb >= 0 {
				h := speech[verb]
				spk = d.speakerOf(h, inQuote)
				if spk == nil && !d.unnamedSpeaker(h) {
					speaker = lastSpeaker
					if p := d.reportedSpeakerBefore(speech, h.tok0, lastTok, usedVerb, inQuote); p != "" {
						speaker = p
					}
					if m := d.relativePronounSubject(h, inQuote); m != nil {
						spk = m
					} else if si := d.toks[h.tok0].sent; si > d.headSents && d.pronounSubject(h, d.sents[si].tok0) {
						// "she told reporters: «…»": the last sentence's subject
						if p := d.lastSubject(si - 1); d.isPerson(p) {
							speaker = p
						}
					}
				}
				gap := q.tok0 - h.tok1
				if !d.colonBefore(q) && gap > 2 && !d.wholeClauseQuoted(q) {
					direct = false
				}
				if spk != nil && spk.tok0 >= h.tok1 && spk.tok1 <= q.tok0 && q.tok0-spk.tok1 <= 3 {
					direct = direct || d.colonBefore(q)
				}
			} else {
				// no verb: a name right before or after the quote
				if m := d.mentionIn(max(d.sents[sOpen].tok0, q.tok0-3), q.tok0, inQuote, true); m != nil {
					spk, rule, conf = m, "speech.quote.adjacent", 0.75
				} else if m := d.mentionIn(q.tok1, min(d.sents[sClose].tok1, q.tok1+4), inQuote, false); m != nil {
					spk, rule, conf = m, "speech.quote.adjacent", 0.7
				} else if m := d.describedOpening(sOpen, q.tok0); m != nil && sOpen >= d.headSents && d.colonBefore(q) {
					// "Son homologue a renchéri : «…»": the clause the colon
					// closes opens with the one who speaks
					spk, rule, conf = m, "speech.quote.described", 0.6
				} else if lastSpeaker != "" && (sOpen-lastSent <= 2 || d.sents[sOpen].para-lastPara <= 1) && !d.quotedPhrase(q) {
					// (a lower-case phrase the writer quotes in a sentence of
					// their own, "dirà se la linea del «dialogo con tutti» …",
					// is nobody's statement)
					speaker, rule, conf = lastSpeaker, "speech.quote.continued", 0.6
					if p := d.reportedSpeakerBefore(speech, q.tok0, lastTok, usedVerb, inQuote); p != "" {
						// (a new speaker since: his words go on, not the
						// last quotation)
						speaker, rule = p, "speech.quote"
					}
				}
			}
		}
		if spk != nil {
			speaker = spk.actor
		}
		if speaker == "" || sOpen < d.headSents {
			// a headline's quote repeats the body's
			continue
		}
		if direct && d.quotedPhrase(q) && !(verb >= 0 && !isAccording(speech[verb]) && speech[verb].tok1 <= q.tok0 && d.wholeClauseQuoted(q)) {
			direct = false
		}
		text := string(d.text[q.open+1 : q.close])
		if verb >= 0 && usedVerb[verb] && last >= 0 && d.statements[last].Speaker == speaker && d.statements[last].Quote && speech[verb].tok1 <= q.tok0 && d.statements[last].Evidence.Sentence == d.toks[speech[verb].tok0].sent {
			// "«…», ha detto Draghi, «…»": the verb between two parts of
			// one quotation makes one statement
			d.statements[last].Text += " " + strings.TrimSpace(text)
			q.used = true
			continue
		}
		if verb >= 0 {
			usedVerb[verb] = true
		}
		if last >= 0 && speaker == lastSpeaker && sOpen == lastSent {
			// a second quotation of one speaker in one sentence ("قال إن
			// «…»، مؤكداً أن «…»") is one utterance
			if !strings.Contains(d.statements[last].Text, strings.TrimSpace(text)) {
				d.statements[last].Text += " " + strings.TrimSpace(text)
			}
			q.used = true
			continue
		}
		if rule == "speech.quote.continued" && last >= 0 && sOpen-lastSent <= 1 {
			// a quotation that runs on into the next sentence without a
			// verb of its own is the same utterance: one statement
			d.statements[last].Text += " " + strings.TrimSpace(text)
			q.used = true
			lastSent = sClose
			continue
		}
		si := sOpen
		if verb >= 0 {
			si = d.toks[speech[verb].tok0].sent
		}
		if !direct {
			// the reported clause around the quoted phrase
			s := d.sents[si]
			text = strings.TrimSpace(string(d.text[s.start:s.end]))
			rule, conf = "speech.reported", 0.7
		}
		trig := [2]int{q.open, q.close + 1}
		if verb >= 0 {
			trig = d.span(speech[verb].tok0, speech[verb].tok1)
		}
		var spans [][2]int
		if spk != nil {
			spans = append(spans, [2]int{spk.start, spk.end})
		}
		st := graph.Statement{
			ID: claimID("s", d.art.ID, si, q.open), Speaker: speaker, Text: strings.TrimSpace(text),
			Quote: direct, Lang: d.lang, About: d.about(q.tok0, q.tok1, speaker),
			Evidence: d.evidence(si, d.lang+"."+rule, conf, trig, spans),
		}
		d.statements = append(d.statements, st)
		q.used = true
		lastSpeaker, lastSent, lastPara = speaker, sClose, d.sents[sClose].para
		last = len(d.statements) - 1
		lastTok = q.tok1
	}
	// reported speech
	for vi, h := range speech {
		if usedVerb[vi] {
			continue
		}
		si := d.toks[h.tok0].sent
		s := d.sents[si]
		if si < d.headSents {
			continue
		}
		if isAccording(h) {
			d.accordingStatement(h, speech, inQuote)
			continue
		}
		if d.reportedInside(h, speech[:vi]) {
			continue
		}
		spk := d.speakerOf(h, inQuote)
		if spk == nil {
			spk = d.relativePronounSubject(h, inQuote)
		}
		speaker := ""
		if spk != nil {
			speaker = spk.actor
		} else if d.epithetAfter(h) && !d.unnamedSpeaker(h) {
			if m := d.epithetPerson(h, h.tok0, inQuote); m != nil {
				spk, speaker = m, m.actor
			}
		} else if (d.pronounAfter(h) || d.noSubject(h) && !d.describedSubject(h) || d.pronounOpens(h)) && !d.unnamedSpeaker(h) {
			speaker = d.previousSpeaker(si)
			if speaker != "" && si > d.headSents && !d.saidIn(si-1) {
				// a person the sentence before made its subject comes
				// after the last speaker: "Para Sofía Llorente, … «…».
				// Cada institución, explica, …"
				if p := d.lastSubject(si - 1); p != speaker && d.isPerson(p) {
					speaker = p
				} else if m := d.describedOpening(si-1, d.sents[si-1].tok1); m != nil && si-1 >= d.headSents {
					speaker = m.actor // "Son hôte s'est montré prudent. Il a estimé que …"
				}
			}
			if speaker == "" && si > 0 {
				// with no statement before, the subject of the previous
				// sentence: "Лавров провёл переговоры с Салехом. Он также
				// заявил …"; "Later he told reporters …" (a named person)
				p := d.lastSubject(si - 1)
				switch {
				case d.pronounOpens(h) && d.isPerson(p):
					speaker = p
				case si > d.headSents && d.isPerson(p) && (d.pronounIn(s.tok0, h.tok0) || (d.lang == "es" || d.lang == "it") && d.mentionIn(s.tok0, h.tok0, inQuote, false) == nil || d.arDroppedSubject(h, s)):
					speaker = p
				}
			}
			speaker = d.pronounFits(speaker, h)
		}
		if speaker == "" {
			continue
		}
		t0, t1 := d.reportedClause(h, s, spk)
		if t1 <= t0 {
			continue
		}
		// one statement per speaker and clause
		dup := false
		for _, o := range d.statements {
			if o.Speaker == speaker && o.Evidence.Sentence == si && !o.Quote {
				dup = true
			}
		}
		// (a quotation of the speaker's inside the clause is its words
		// already: "قال المنفي إن ليبيا «…»، مؤكداً …")
		for _, q := range qs {
			if q.used && q.tok0 >= t0 && q.tok0 < t1 && q.tok0-t0 <= 3 {
				for _, o := range d.statements {
					if o.Speaker == speaker && o.Evidence.Sentence == si && o.Quote {
						dup = true
					}
				}
			}
		}
		if dup {
			continue
		}
		span := d.span(t0, t1)
		var spans [][2]int
		if spk != nil {
			spans = append(spans, [2]int{spk.start, spk.end})
		}
		st := graph.Statement{
			ID: claimID("s", d.art.ID, si, d.toks[h.tok0].start), Speaker: speaker,
			Text: strings.TrimSpace(string(d.text[span[0]:span[1]])), Quote: false, Lang: d.lang,
			About:    d.about(t0, t1, speaker),
			Evidence: d.evidence(si, d.lang+".speech.reported", 0.7, d.span(h.tok0, h.tok1), spans),
		}
		d.statements = append(d.statements, st)
	}
	d.saidBackStatements()
	sort.SliceStable(d.statements, func(i, j int) bool {
		return d.statements[i].Evidence.Trigger[0] < d.statements[j].Evidence.Trigger[0]
	})
}

// reportedSpeakerBefore is the speaker a quotation with no subject of its
// own goes on from when someone spoke in reported speech after the last
// quotation: "ويرى الباحث X أن … وقال: «…»", "أكد الدبيبة أن … وتابع:
// «…»", "Dibeybe ise … istediklerini söyledi. Ardından şöyle konuştu: "…"".
// Quotations are read before reported speech, so the last quotation's
// speaker alone would skip the one who spoke last. It looks at the speech
// verbs before token k, after token lastTok and within the two sentences
// before, and names the person speaking at the nearest that has one.
func (d *doc) reportedSpeakerBefore(speech []hit, k, lastTok int, usedVerb map[int]bool, inQuote []bool) string {
	si := d.toks[k].sent
	for j := len(speech) - 1; j >= 0; j-- {
		h := speech[j]
		if h.tok0 >= k {
			continue
		}
		if h.tok0 < lastTok || usedVerb[j] || si-d.toks[h.tok0].sent > 2 {
			return ""
		}
		if isAccording(h) {
			continue
		}
		if m := d.speakerOf(h, inQuote); m != nil && m.kind == graph.KindPerson {
			return m.actor
		}
	}
	return ""
}

// nameBeforeVerb is the name that ends right at a verb closing its clause,
// after a comma and at most a title ("…, (Foreign Minister) Heiko Maas
// said"), starting after token lo.
func (d *doc) nameBeforeVerb(h hit, lo int, inQuote []bool) *mention {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok1 != h.tok0 || m.tok0 <= lo || m.loc || m.dir || inQuote[m.tok0] {
			continue
		}
		if d.relativeApposition(m) {
			continue // the partner of the relative clause, not who spoke
		}
		if d.punctIn(max(lo+1, m.tok0-3), m.tok0, ",،") {
			return m
		}
	}
	return nil
}

// relativeApposition tells whether mention m closes a relative clause
// about a person named before it, in en fr it es, alone or set off by
// commas after a title ("Norland, que se reunió con el primer ministro,
// Abdelhamid Dbeiba, aseguró", "Norland, who met the prime minister,
// Abdul Hamid Dbeibah, said"): the name is the clause's partner, the
// person before the clause the main verb's subject.
func (d *doc) relativeApposition(m *mention) bool {
	if !latinRomance[d.lang] {
		return false
	}
	s0 := d.sents[d.toks[m.tok0].sent].tok0
	for c := m.tok0; c > s0 && c >= m.tok0-20; c-- {
		if !strings.ContainsAny(d.toks[c].punct, ",;:") {
			continue
		}
		if c >= m.tok0-2 && strings.Contains(d.toks[c].punct, ",") && d.hitEndsAt(c, c-4, pTitle) {
			continue // the comma between a title and its name
		}
		return c < m.tok0 && d.hitStartsWithKind(c, pRelPron) && d.personEndsAt(c)
	}
	return false
}

// punctIn tells whether a mark of marks stands before any token in
// [lo, hi] (a token's punct is what precedes it).
func (d *doc) punctIn(lo, hi int, marks string) bool {
	for k := lo; k <= hi && k < len(d.toks); k++ {
		if strings.ContainsAny(d.toks[k].punct, marks) {
			return true
		}
	}
	return false
}

func isAccording(h hit) bool {
	return h.p.kind == pAccording || h.p.kind == pAccordingAfter
}

// determinerOfNext tells whether the word at k, a pronoun that is also a
// determiner ("el" for "él", "его", "her"), is followed in its clause by
// a word with no punctuation between: a determiner of that word's noun
// phrase ("según el Elíseo", "по мнению его коллег"), no pronoun.
func (d *doc) determinerOfNext(k int) bool {
	if k+1 >= len(d.toks) || !d.rules.referDeterminers[d.toks[k].norm] || d.toks[k+1].sent != d.toks[k].sent {
		return false
	}
	return !strings.ContainsAny(d.toks[k+1].punct, ",;:()«»\"“”„.!?—–")
}

// sourceOf is the actor an "according to" phrase names: right after it
// ("according to Lavrov", "selon le Kremlin", one word such as an article
// or a title may come between), or right before a postposition ("روسی
// وزارت خارجہ کے مطابق" names no actor: the ministry is not one). A source
// that is not an actor ("according to a statement", "по словам
// дипломатов") gives nil: unknown stays unknown.
func (d *doc) sourceOf(h hit, inQuote []bool) *mention {
	pron := h.p.kind == pAccording && (d.hitStartsWithKind(h.tok1, pPronoun) && !d.determinerOfNext(h.tok1) || h.tok0+1 < h.tok1 && d.hitStartsWithKind(h.tok0+1, pPronoun)) || h.p.kind == pAccordingAfter && d.hitEndsAt(h.tok0, h.tok0-1, pPronoun)
	if u, ok := d.unnamedSource(h); ok && !pron {
		// (not "По его словам, первые наблюдатели …": the observers are
		// what was said about)
		if u.p.kind == pInstitution {
			// "according to the Turkish presidency" tells where a
			// report comes from, not what the country said
			return nil
		}
		return d.describedSpeaker(u)
	}
	if si := d.toks[h.tok0].sent; si > 0 && pron {
		// "по его словам": the one the sentence before was about, a
		// person (never a state: "selon elle" after "Le Caire …"), else
		// the one who spoke last
		who := d.lastSubject(si - 1)
		if !d.isPerson(who) {
			who = d.previousSpeaker(si)
			if !d.isPerson(who) {
				who = ""
			}
		}
		if wf, known := d.genderOf(who); known {
			if fem, ok := d.pronounGender(h.tok0, min(h.tok1+1, len(d.toks))); ok && wf != fem {
				// "selon elle" is a woman's, "По её словам" too: the
				// last person of that gender named just before
				who = d.lastOfGender(fem, h.tok0)
			}
		}
		if who != "" {
			t := d.toks[h.tok0]
			return &mention{tok0: h.tok0, tok1: h.tok1, start: t.start, end: d.toks[h.tok1-1].end, actor: who, kind: graph.KindPerson, name: nameShort}
		}
	}
	if h.p.kind == pAccording && h.tok0 > 0 && d.hitStartsWithKind(h.tok1, pRelPron) && strings.Contains(d.toks[h.tok0].punct, ",") {
		// "Filippo Grandi, secondo il quale …", "X, selon qui …", "X,
		// according to whom …": the name before the comma
		for i := range d.mentions {
			if m := &d.mentions[i]; m.tok1 == h.tok0 && !m.loc && !m.dir && !inQuote[m.tok0] {
				return m
			}
		}
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.loc || m.dir || inQuote[m.tok0] || d.toks[m.tok0].sent != d.toks[h.tok0].sent {
			continue
		}
		if h.p.kind == pAccording && m.tok0 >= h.tok1 && m.tok0 <= h.tok1+1 {
			return m
		}
		// a title first, the person it introduces after its own
		// qualifier: "بحسب المتحدث باسم الأمم المتحدة ستيفان دوجاريك"
		if h.p.kind == pAccording && m.kind == graph.KindPerson && m.tok0 > h.tok1+1 && m.tok0 <= h.tok1+6 &&
			(d.hitStartsWithKind(h.tok1, pTitle) || d.hitStartsWithKind(h.tok1+1, pTitle)) && !d.punctIn(h.tok1, m.tok0-1, ",،;:«»\"“”„") {
			return m
		}
		if h.p.kind == pAccordingAfter && (m.tok1 == h.tok0 || m.tok1 == h.tok0-1 && d.toks[m.tok1].apos) {
			// (with a Turkish case suffix between: "Kalın'a göre")
			return m
		}
	}
	return nil
}

// reportWordAfter tells whether a report_word or a press office follows
// mention m right after it, or after a possessive ("Bashagha's office",
// "a Kremlin readout"), with no punctuation between: the source an
// "according to" names is a document or an office.
func (d *doc) reportWordAfter(m *mention) bool {
	k := m.tok1
	if k < len(d.toks) && d.toks[k].apos && d.toks[k].key == "s" {
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != d.toks[m.tok0].sent || d.punctIn(m.tok1, k, ",;:()«»\"“”„") {
		return false
	}
	return d.hitStartsWithKind(k, pReportWord) || d.hitStartsWithKind(k, pPressOffice)
}

// accordingStatement is the reported statement of an "according to X"
// phrase that no speech verb of its sentence accounts for: "X met Y on
// Monday, according to Z" reports Z's words, the sentence without the
// source phrase. When a verb in the sentence has its own speaker ("Pompeo
// said, according to the State Department, that …") the phrase only says
// where the report comes from, and makes no statement of its own.
func (d *doc) accordingStatement(h hit, speech []hit, inQuote []bool) {
	si := d.toks[h.tok0].sent
	s := d.sents[si]
	for _, o := range speech {
		if !isAccording(o) && d.toks[o.tok0].sent == si {
			return
		}
	}
	for _, o := range d.statements {
		if o.Evidence.Sentence == si {
			return
		}
	}
	spk := d.sourceOf(h, inQuote)
	if spk == nil || spk.kind == graph.KindCountry || spk.kind == graph.KindOrganisation || d.reportWordAfter(spk) {
		// "nach Angaben aus Moskau", "laut Ankara": where a report of
		// events comes from, not words the gold gives the state; nor an
		// organisation's ("según la ONU", "по данным ООН"), nor a
		// document's or an office's ("according to a State Department
		// readout", "according to Bashagha's office")
		return
	}
	// the statement is the sentence without the source phrase: "according
	// to X" up to X (prefix), or X up to the postposition
	p0, p1 := h.tok0, spk.tok1
	if h.p.kind == pAccordingAfter {
		p0, p1 = spk.tok0, h.tok1
	}
	if (p0-s.tok0)+(s.tok1-p1) < 3 {
		return
	}
	var parts []string
	for _, r := range [][2]int{{s.tok0, p0}, {p1, s.tok1}} {
		if r[1] > r[0] {
			sp := d.span(r[0], r[1])
			parts = append(parts, strings.Trim(strings.TrimSpace(string(d.text[sp[0]:sp[1]])), ",،;: "))
		}
	}
	d.statements = append(d.statements, graph.Statement{
		ID: claimID("s", d.art.ID, si, d.toks[h.tok0].start), Speaker: spk.actor,
		Text: strings.TrimSpace(strings.Join(parts, " ")), Quote: false, Lang: d.lang, About: d.about(s.tok0, s.tok1, spk.actor),
		Evidence: d.evidence(si, d.lang+".speech.according", 0.65, d.span(h.tok0, h.tok1), [][2]int{{spk.start, spk.end}}),
	})
}

// wholeClauseQuoted tells whether an Arabic quotation is the whole
// clause after "إن"/"أن" up to the end of the sentence ("وقال بوريطة …
// إن «المغرب لا يحمل أي أجندة»."): direct speech, as "said: «…»" is.
func (d *doc) wholeClauseQuoted(q *quote) bool {
	if q.tok0 == 0 || !d.complementizerAt(q.tok0-1) {
		return false
	}
	s := d.sents[d.toks[q.tok0].sent]
	if q.tok1 >= s.tok1 {
		return true
	}
	// (in any language: "alla quale ha ribadito che «…».", "à qui il a
	// redit que « … », selon le Quai d'Orsay.": only a source after it)
	if d.lang == "ar" {
		return false
	}
	for _, h := range d.hits {
		if h.tok0 == q.tok1 && isAccording(h) {
			return true
		}
	}
	return false
}

// colonBefore tells whether a colon introduces the quote ("said: «…»").
func (d *doc) colonBefore(q *quote) bool {
	for i := q.open - 1; i >= 0 && i >= q.open-3; i-- {
		if d.text[i] == ':' {
			return true
		}
		if !unicode.IsSpace(d.text[i]) && !strings.ContainsRune("\"«»“”„", d.text[i]) {
			return false
		}
	}
	return false
}

// quotedPhrase tells whether a quotation is a phrase inside the writer's
// own sentence ("a salué « une étape fondamentale »", "Cezayir'in "tüm
// taraflara eşit mesafede" olduğunu"): it starts in lower case, inside
// its sentence, neither after a colon nor right after its speaker's name
// (`Pompeo "stressed the need ..."` quotes him whole).
func (d *doc) quotedPhrase(q *quote) bool {
	if d.colonBefore(q) || q.tok0 >= len(d.toks) || q.tok0 == d.sents[d.toks[q.tok0].sent].tok0 {
		return false
	}
	r := d.text[d.toks[q.tok0].start]
	if !unicode.IsLower(r) {
		return false
	}
	for i := range d.mentions {
		if d.mentions[i].tok1 == q.tok0 {
			return false
		}
	}
	return true
}

// mentionIn is the first (or last) actor mention in tokens [t0, t1) that
// is not inside a quotation; persons first.
func (d *doc) mentionIn(t0, t1 int, inQuote []bool, last bool) *mention {
	var person, any *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < t0 || m.tok1 > t1 || m.loc || m.dir || inQuote[m.tok0] {
			continue
		}
		if m.kind == graph.KindPerson && (person == nil || last) {
			person = m
		}
		if any == nil || last {
			any = m
		}
	}
	if person != nil {
		return person
	}
	return any
}

// mentionAfter is an actor named right after a speech verb ("sagte
// Kemmer", "قال بوقادوم", "a déclaré M. Le Drian").
func (d *doc) mentionAfter(h hit, inQuote []bool) *mention {
	s := d.sents[d.toks[h.tok0].sent]
	win, stops := 4, ",،:«»\"“”„"
	if d.lang == "ar" {
		win, stops = 7, ":«»\"“”„"
		if d.kindBetween(h.tok1, h.tok1+2, pTitle) {
			// "ويرى الخبير في الشؤون العسكرية بمركز … الدكتور X أن":
			// a long title runs up to the name
			win = 14
		}
	}
	if e := d.addresseeEnd(h.tok1); e > h.tok1 {
		// "«…», ha dichiarato ai giornalisti il portavoce …": whom it
		// was said to does not count in the subject's window
		h.tok1 = e
	}
	lim := min(s.tok1, h.tok1+win)
	if n := d.dateRightAfter(h.tok1); n > 0 {
		// "— заявил в тот же день глава МИД Греции …", "sagte am selben
		// Tag der griechische Außenminister …": the date before the
		// inverted subject does not count
		lim = min(s.tok1, lim+n)
	}
	// "ha asegurado este martes el ministro ruso de Exteriores, Serguéi
	// Lavrov", "declaró el lunes en Madrid la ministra …", "sagte am
	// Dienstag in Berlin Bundesaußenminister Heiko Maas": the time and
	// place before the inverted subject do not count either, and the title
	// that opens the subject starts after them
	t0 := h.tok1
	if n := d.adjunctsRightAfter(h.tok1); n > 0 {
		t0 = h.tok1 + n
		lim = max(lim, min(s.tok1, t0+win))
	}
	for k := h.tok1; k < lim; k++ {
		// a comma right after the verb ends its clause: "Maas erklärte,
		// ohne Haftar ..." is Maas's, not Haftar's
		if inQuote[k] || strings.ContainsAny(d.toks[k].punct, stops) {
			return nil
		}
		if d.complementizerAt(k) {
			return nil
		}
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.tok0 == k && !m.loc && !m.dir {
				if sc := d.toks[k].script; m.kind == graph.KindPerson && m.name == nameShort && (sc == scriptLatin || sc == scriptCyrillic) {
					// a one-word form, then a person named in full: the
					// word qualifies them ("sagt der Berner Politologe
					// Thomas Brunner", "said Haftar's envoy Faraj …")
					if f := d.fullPersonIn(m.tok1, lim, inQuote, stops+",،"); f != nil {
						return f
					}
				}
				if m.kind != graph.KindPerson && (d.kindBetween(m.tok0, m.tok1+1, pTitle) || m.tok1 < lim && d.toks[m.tok1].hyph) {
					// a state that qualifies the title it opens or
					// stands right before, or the first part of a
					// compound ("sagt die Libyen-Expertin Johanna
					// Reuter", "sagte der Türkei-Kenner …", "said Libya
					// analyst …"): the person named in full after it
					// holds it, not the state
					if f := d.fullPersonIn(m.tok1, min(s.tok1, m.tok1+4), inQuote, stops+",،"); f != nil {
						return f
					}
				}
				if m.kind == graph.KindPerson && m.name != nameFull && d.kindBetween(h.tok1, m.tok0, pTitle) {
					if f := d.appositionAt(m.tok1, inQuote); f != nil {
						// "dijo el portavoz de Haftar, Ahmed al-Mismari":
						// the one the title is of does not speak
						return f
					}
				}
				if m.kind != graph.KindPerson && d.kindBetween(h.tok1, m.tok0, pTitle) {
					// a state or body a title after the verb names ("قال
					// السفير الأميركي لدى ليبيا ريتشارد نورلاند", "said the US
					// envoy to Libya Richard Norland"): the person named
					// in full right after it holds the title
					if f := d.fullPersonIn(m.tok1, min(s.tok1, m.tok1+4), inQuote, stops+",،"); f != nil {
						return f
					}
					if f := d.appositionAt(m.tok1, inQuote); f != nil {
						// "dijo el portavoz del Kremlin, Dmitri Peskov":
						// the person set off by the comma holds the title
						return f
					}
				}
				return d.holderOf(i)
			}
		}
	}
	return d.titleAppositionAfter(t0, lim, s.tok1, inQuote)
}

// adjunctsRightAfter is the number of tokens from k that a run of dates
// and locative places fills ("este martes", "el lunes en Madrid", "am
// Dienstag in Berlin", "hoy en Trípoli"), a place taken with the one
// word before it that governs it; 0 when none starts at k. No
// punctuation may stand inside the run. Only in the languages that put
// the subject after a speech verb in the Latin script (de and the
// Romance languages with English).
func (d *doc) adjunctsRightAfter(k int) int {
	if !latinRomance[d.lang] && d.lang != "de" {
		return 0
	}
	j := k
	for j < len(d.toks) && (j == k || !strings.ContainsAny(d.toks[j].punct, ",;:«»\"“”„")) {
		if n := d.dateRightAfter(j); n > 0 {
			j += n
			continue
		}
		// (the article or preposition a date leaves out: "el martes",
		// "am Dienstag")
		if n := d.dateRightAfter(j + 1); n > 0 && len([]rune(d.toks[j].norm)) <= 4 && !d.toks[j].upper {
			j += 1 + n
			continue
		}
		found := false
		for _, p := range d.placeMs {
			if p.loc && p.tok0 == j+1 && !strings.ContainsAny(d.toks[p.tok0].punct, ",;:") {
				j, found = p.tok1, true
				break
			}
		}
		if !found {
			break
		}
	}
	return j - k
}

// titleAppositionAfter is the person named in full after a title that
// opens the inverted subject and runs past the verb's window, set off by
// a comma or not ("resumió entonces el portavoz del Gobierno griego,
// Stelios Petsas", "a indiqué le porte-parole de la présidence
// congolaise, Thierry Moungalla"): the name holds the title and speaks,
// not the one the title could stand for.
func (d *doc) titleAppositionAfter(t0, lim, end int, inQuote []bool) *mention {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= t0 })
	// (the title right after the verb, an adverb and an article at most
	// between: not one inside a clause of its own, "أشاد المشاركون بالدور
	// الذي اضطلعت به المبعوثة …")
	lim = min(lim, t0+3)
	for ; i < len(d.hits) && d.hits[i].tok0 < lim && d.hits[i].p.kind != pTitle; i++ {
	}
	if i == len(d.hits) || d.hits[i].tok0 >= lim {
		return nil
	}
	t := d.hits[i]
	for k := t.tok1; k < min(end, t.tok0+10); k++ {
		if inQuote[k] || d.complementizerAt(k) {
			return nil
		}
		p := d.toks[k].punct
		if strings.ContainsAny(p, ",،") {
			return d.appositionAt(k, inQuote)
		}
		if strings.TrimSpace(p) != "" && !strings.ContainsAny(p, "-'’") {
			return nil
		}
		for j := range d.mentions {
			if m := &d.mentions[j]; m.tok0 == k && !m.loc && !m.dir {
				if m.kind == graph.KindPerson && m.name == nameFull {
					return m
				}
				if m.kind == graph.KindPerson {
					return nil
				}
			}
		}
	}
	return nil
}

// fullPersonIn is the first person named in full in tokens [t0, t1)
// before any of the stop marks.
func (d *doc) fullPersonIn(t0, t1 int, inQuote []bool, stops string) *mention {
	for k := t0; k < t1; k++ {
		if inQuote[k] || strings.ContainsAny(d.toks[k].punct, stops) || d.complementizerAt(k) {
			return nil
		}
		for i := range d.mentions {
			if m := &d.mentions[i]; m.tok0 == k && m.kind == graph.KindPerson && m.name == nameFull && !m.loc && !m.dir {
				return m
			}
		}
	}
	return nil
}

// holderOf is mention i, or the person right after it when mention i is
// that person's organisation in a title ("رئيس مجلس النواب عقيلة صالح",
// "the Speaker of the House of Representatives Aguila Saleh").
func (d *doc) holderOf(i int) *mention {
	m := &d.mentions[i]
	if m.kind == graph.KindPerson || i+1 >= len(d.mentions) {
		return m
	}
	n := &d.mentions[i+1]
	// (the office's seat may stand between: "رئيس المجلس الأعلى للدولة في
	// طرابلس خالد المشري")
	if n.kind != graph.KindPerson || n.tok0-d.seatEnd(m.tok1) > 1 || d.punctIn(m.tok1, n.tok0, ",،") || n.tok0 > m.tok1 && d.complementizerAt(m.tok1) {
		// ("أعلن الكرملين أن بوتين": the person is in what was said)
		return m
	}
	groups := map[string]bool{}
	d.groupsOf(n.actor, groups)
	if groups[m.actor] {
		return n
	}
	return m
}

// speakerOf finds who a speech verb belongs to: the name right after an
// inverted or clause-initial verb, else the first person of the clause
// before it, else the name after it.
func (d *doc) speakerOf(h hit, inQuote []bool) *mention {
	if h.p.kind == pSpeechPass {
		return d.passiveSource(h, inQuote)
	}
	if h.p.kind == pImpersonal {
		return d.impersonalPlace(h)
	}
	if m := d.subjectBeforeAside(h, d.sents[d.toks[h.tok0].sent].tok0, inQuote); m != nil {
		return m
	}
	if m := d.pressOfficeOwner(h, inQuote); m != nil {
		return m
	}
	if u, ok := d.unnamedSource(h); ok {
		return d.describedSpeaker(u)
	}
	if m, ok := d.latterSubject(h, inQuote); ok {
		return m
	}
	if m := d.impersonalSource(h); m != nil {
		return m
	}
	if d.groupSpeaks(h) {
		return nil
	}
	si := d.toks[h.tok0].sent
	s := d.sents[si]
	// (past a dateline: "Berlin – Bei einem Treffen mit X sagte Y")
	start := d.afterDateline(si)
	for k := h.tok0 - 1; k > s.tok0; k-- {
		if inQuote[k] && !inQuote[k+1] && (k < s.tok0+2 || inQuote[k-1] && inQuote[k-2]) && !d.trEmbedded(k+1) {
			// (a quoted word or two is a phrase of the clause: "Serrac ise
			// desteğin "hayati önemde" olduğunu söyledi")
			start = k + 1
			break
		}
		// a semicolon or a colon starts the verb's clause: "Putin did not
		// meet Haftar: the Kremlin explained that ..." (a colon that opens
		// a quotation does not: the verb is then the quoted speaker's)
		if p := d.toks[k].punct; strings.ContainsAny(p, ";؛") || strings.Contains(p, ":") && !strings.ContainsAny(p, quoteMarks) {
			start = k
			break
		}
	}
	if e := d.viewpointEnd(s, h.tok0); e > start {
		// "Pour Ankara, ce rapprochement confirme que …": the state whose
		// view it is does not speak
		start = e
	}
	if d.nominativePronounAfter(h, start) {
		// "Das Abkommen mit der Türkei bezeichnete er als nichtig": the
		// fronted phrase is the object, the pronoun the subject
		return nil
	}
	if m, ok := d.descriptionSpeaker(h, start); ok {
		return m
	}
	if m := d.trTopicSubject(start, h.tok0, inQuote); m != nil {
		return m
	}
	if m := d.relativeSubject(h, start, inQuote); m != nil {
		return m
	}
	if m := d.subjectBeforeRelative(h, start, inQuote); m != nil {
		return m
	}
	if m := d.nameBeforeVerb(h, start, inQuote); m != nil {
		return m
	}
	if m := d.ergativeSubject(h, start, inQuote); m != nil {
		return m
	}
	if m := d.appositiveSubject(h, start, inQuote); m != nil {
		return m
	}
	if d.pronounAfter(h) && d.punctIn(h.tok0, h.tok0, ",،") {
		// "…: Sie nütze allein Haftar, sagte er": the pronoun after an
		// inverted verb stands for the subject before the verb's clause,
		// never for a name inside it
		return d.mentionIn(s.tok0, start, inQuote, false)
	}
	// a verb first in its clause, or second after a word that names no
	// one ("Dann sagte Maas"; not "Çavuşoğlu said Haftar had asked")
	first := h.tok0 == start || h.tok0 == start+1 && !d.mentionEndsAt(start, h.tok0)
	// a verb-second clause opened by a fronted phrase puts the subject
	// after the verb: "Bei seinem Treffen mit Lawrow forderte Maas …"
	fronted := d.hitStartsWithKind(start, pFronted) && !d.punctIn(start+1, h.tok0, ",;:")
	if fronted && d.pronounAfter(h) {
		return nil
	}
	inverted := first || fronted || strings.ContainsAny(d.toks[h.tok0].punct, ",،\"»“”") || d.lang == "ar"
	if inverted && !first && d.parenthesisAfterSubject(h, start, inQuote) {
		// "Tebboune, for his part, said Algeria would …": the comma before
		// the verb closes an aside after the subject, not a fronted clause
		inverted = false
	}
	if h.tok1-h.tok0 >= 5 && !first {
		// a passive frame ("…, for his part, was quoted by his office as
		// saying the Council …") keeps the subject before it
		inverted = false
	}
	if h.p.kind == pSpeechTo {
		// only a closing quotation inverts it ("«…», pidió Sánchez"); after
		// a comma the one named next is addressed ("X, en una entrevista,
		// acusó a Haftar")
		inverted = strings.ContainsAny(d.toks[h.tok0].punct, "\"»“”'") || d.lang == "ar"
	}
	after := d.mentionAfter(h, inQuote)
	before := d.mentionIn(start, h.tok0, inQuote, false)
	if d.lang == "tr" {
		// the subject is set off by a comma, whatever comes before it
		// ("Erdoğan ile bir araya gelen Dbeybe, … söyledi")
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.tok0 >= start && m.tok1 < h.tok0 && m.kind == graph.KindPerson && !m.loc && !m.dir && !inQuote[m.tok0] && d.punctIn(m.tok1, m.tok1, ",") {
				before = m
				break
			}
		}
	}
	if d.pronounSubject(h, start) {
		// "After talks with Malta's foreign minister, Evarist Bartolo,
		// she told reporters": the pronoun is the subject, not Bartolo
		return nil
	}
	if d.lang == "tr" && before != nil {
		before = d.ownerQualifies(before, h, inQuote)
		if d.trGenitiveNonPerson(before) {
			// "Türkiye'nin … olduğunu vurgulayan Akar, … söyledi": a state
			// in the genitive is the subject of a nominalised clause, never
			// of the finite verb
			before = nil
		}
	}
	if after == nil && before != nil {
		if m, ok := d.descriptionAfterContent(h, start, inQuote); ok {
			return m
		}
	}
	// the person right before the verb is its subject, and an earlier
	// one only qualifies them ("the spokesman of Haftar's forces, Colonel
	// X, said", "حفتر کے وفد میں شامل جنرل X نے بتایا") unless the two are
	// coordinated ("Maas and Le Drian said")
	if adj := d.personRightBefore(h, start, inQuote); adj != nil && before != nil && adj != before && !d.andBetween(before.tok1, adj.tok0) && !d.ownOrganisation(adj, before) {
		before = adj
	}
	if o := d.ownedOrganisationAfter(before, h, inQuote); o != nil {
		before = o
	}
	if inverted && after != nil {
		return after
	}
	if before != nil && after != nil && d.accordingSource(before, inQuote) {
		return after // "laut Kreml bekräftigte Putin": the source only says where it comes from
	}
	if before != nil {
		return before
	}
	if m := d.counterpartSpeaker(h, start); m != nil {
		return m
	}
	if h.p.kind == pSpeechTo {
		return nil // "and asked Washington", "acusó a Haftar": the addressee
	}
	return after
}

// ownOrganisation tells whether organisation o is the one person p
// heads or belongs to (p's lexicon affiliation), named as its owner right
// before it or right after it: "Haftars Libysche Nationalarmee", "Haftar's
// LNA", "Hafter'e bağlı LUO", "l'Esercito nazionale libico (Lna) di
// Haftar", "l'Armée nationale libyenne du maréchal Haftar". The
// organisation is then the subject; its leader only qualifies it.
func (d *doc) ownOrganisation(p, o *mention) bool {
	if p == nil || o == nil || p.kind != graph.KindPerson || o.kind != graph.KindOrganisation {
		return false
	}
	i, ok := d.x.lx.actorIdx[p.actor]
	if !ok || d.x.lx.actors[i].Affiliation != o.actor {
		return false
	}
	if o.tok0 < p.tok1 || o.tok0-p.tok1 > 2 || d.punctIn(p.tok1, o.tok0, ",;:") {
		return false
	}
	// no verb between ("Haftar said his LNA …" is Haftar's)
	i = sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok1 > p.tok1 })
	for ; i < len(d.hits) && d.hits[i].tok0 < o.tok0; i++ {
		if isSpeech(d.hits[i].p.kind) || d.triggerAt(d.hits[i].tok0) {
			return false
		}
	}
	return true
}

// ownedOrganisationAfter is, for a person subject before speech verb h, the
// organisation it owns named right after it and before the verb
// (ownOrganisation), else nil.
func (d *doc) ownedOrganisationAfter(p *mention, h hit, inQuote []bool) *mention {
	if p == nil || p.kind != graph.KindPerson {
		return nil
	}
	for i := range d.mentions {
		o := &d.mentions[i]
		if o.tok0 >= p.tok1 && o.tok1 <= h.tok0 && !inQuote[o.tok0] && !o.loc && !o.dir && d.ownOrganisation(p, o) {
			return o
		}
	}
	return nil
}

// descriptionAfterContent is the speaker of a verb that follows what was
// said after a comma, when its subject is a description the lexicon does
// not name: "Deutschland werde …, versicherte der SPD-Politiker", "Germany
// would …, the Social Democrat said", "L'Allemagne …, a assuré le
// social-démocrate". The actors named before the comma are what was
// said, never its speaker; the description stands for the last speaker,
// else the person the sentence before made its subject, as a mention at
// the description. ok is false when the sentence is not so built; a nil
// mention with ok means no one the article names.
func (d *doc) descriptionAfterContent(h hit, start int, inQuote []bool) (*mention, bool) {
	switch d.lang {
	case "de", "en", "fr", "it", "es", "ru":
	default:
		return nil, false
	}
	si := d.toks[h.tok0].sent
	s := d.sents[si]
	// the comma closing the content: right before the verb, or (English)
	// before a description of three words at most before it (in German a
	// verb after its subject is a subordinate's: "…, wie ihr Sprecher
	// bestätigte")
	c := -1
	for k := h.tok0; k > start+2 && k >= h.tok0-3; k-- {
		if p := d.toks[k].punct; strings.ContainsAny(p, ",،;:") || strings.ContainsAny(p, quoteMarks) {
			if strings.Contains(p, ",") && !strings.ContainsAny(p, quoteMarks) {
				c = k
			}
			break
		}
	}
	if c < 0 || inQuote[c-1] || inQuote[h.tok0] || d.mentionStarts(c, h.tok0) || d.pronounIn(c, h.tok0) || d.pronounAfter(h) {
		return nil, false
	}
	// the description: the words between the comma and the verb and those
	// after the verb to the sentence's end, four at most
	end := h.tok1
	for end < s.tok1 && !strings.ContainsAny(d.toks[end].punct, ",;:()") {
		end++
	}
	if end != s.tok1 {
		return nil, false
	}
	n := (h.tok0 - c) + (end - h.tok1)
	if n == 0 || n > 4 || (h.tok0 > c) == (end > h.tok1) || h.tok0 > c && d.lang != "en" || d.mentionStarts(h.tok1, end) || d.punctIn(h.tok1, end, quoteMarks) {
		return nil, false
	}
	// (not a subject set off by its aside: "Maas, che …, ha parlato di
	// …", "Хафтар, по словам источника, пообещал …")
	if d.kindBetween(start, c, pAccording) || d.kindBetween(start, c, pUnnamed) || d.kindBetween(start, c, pInstitution) {
		return nil, false
	}
	for _, m := range d.mentions {
		if m.tok0 >= start && m.tok0 < c {
			if m.kind == graph.KindPerson && m.tok0 <= start+1 {
				return nil, false
			}
			break
		}
	}
	t0, t1 := c, h.tok0
	if end > h.tok1 {
		t0, t1 = h.tok1, end
	}
	speaker := d.previousSpeaker(si)
	if speaker == "" && si > d.headSents {
		if p := d.lastSubject(si - 1); d.isPerson(p) {
			speaker = p
		}
	}
	if speaker == "" {
		return nil, true
	}
	return &mention{tok0: t0, tok1: t1, start: d.toks[t0].start, end: d.toks[t1-1].end, actor: speaker, kind: graph.KindPerson, name: nameShort}, true
}

// parenthesisAfterSubject tells whether the clause before speech verb h
// is a person followed by a short aside between commas that names no one
// ("Tebboune, for his part, …", "Le Drian, de son côté, …", "Peskov,
// por su parte, …"). The comma before the verb then closes the aside,
// and the person before it is the subject.
func (d *doc) parenthesisAfterSubject(h hit, start int, inQuote []bool) bool {
	if !strings.Contains(d.toks[h.tok0].punct, ",") || strings.ContainsAny(d.toks[h.tok0].punct, quoteMarks) {
		return false
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < start || m.tok1 > h.tok0 || inQuote[m.tok0] {
			continue
		}
		// the first actor of the clause is a person at its start, the
		// aside after its comma is at most four words and names no one
		return m.kind == graph.KindPerson && m.tok0 <= start+1 && m.tok1 < h.tok0 &&
			h.tok0-m.tok1 <= 4 && d.toks[m.tok1].punct == "," && !d.punctIn(m.tok1+1, h.tok0-1, ",;:") &&
			d.mentionIn(m.tok1, h.tok0, inQuote, false) == nil
	}
	return false
}

// insideIgnore tells whether speech verb h lies inside a longer ignore
// phrase: "went on to see Menfi" is where Draghi went next, not the "went
// on" of "«…», he went on". (An ignore phrase as long as the verb, "called
// for", is a meeting's false friend, not speech's.)
func (d *doc) insideIgnore(h hit) bool {
	for _, o := range d.sentHits(d.toks[h.tok0].sent) {
		if o.p.kind == pIgnore && o.tok0 <= h.tok0 && o.tok1 >= h.tok1 && o.tok1-o.tok0 > h.tok1-h.tok0 {
			return true
		}
	}
	return false
}

// hedged tells whether a speech verb lies in or right after a hedge ("X
// is said to have told", "contrairement à ce qu'avaient annoncé"): hearsay
// the writer does not vouch for is no statement.
func (d *doc) hedged(h hit) bool {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-6 })
	for ; k < len(d.hits) && d.hits[k].tok0 <= h.tok0; k++ {
		if x := d.hits[k]; x.p.kind == pHedge && (x.tok1 >= h.tok1 || x.tok1 <= h.tok0 && h.tok0-x.tok1 <= 2 && !d.punctIn(x.tok1, h.tok0, ",;:")) {
			return true
		}
	}
	return false
}

// pronounGender is the gender of a third-person subject pronoun in
// tokens [t0, t1): ok is false when none stands there.
func (d *doc) pronounGender(t0, t1 int) (fem, ok bool) {
	for k := t0; k < t1; k++ {
		switch d.toks[k].norm {
		case "she", "elle", "ella", "lei", "она", "её", "ее":
			return true, true
		case "he", "il", "lui", "er", "он", "его":
			return false, true
		}
	}
	return false, false
}

// pronounFits is speaker, the one a subject pronoun of speech verb h was
// taken for ("She told reporters …", "Он также заявил …", "…, a-t-elle
// dit"), when the pronoun's gender is his or hers or tells none; else the
// last person of the pronoun's gender named in its sentence or the two
// before, or "" when there is none.
func (d *doc) pronounFits(speaker string, h hit) string {
	if speaker == "" {
		return ""
	}
	if _, known := d.x.lx.actorIdx[speaker]; !known {
		return speaker
	}
	s := d.sents[d.toks[h.tok0].sent]
	t0, t1 := s.tok0, h.tok0
	if d.pronounAfter(h) {
		t0, t1 = h.tok1, min(h.tok1+2, s.tok1)
	} else if !d.pronounIn(s.tok0, h.tok0) {
		return speaker
	}
	fem, ok := d.pronounGender(t0, t1)
	if !ok || d.female(speaker) == fem {
		return speaker
	}
	return d.lastOfGender(fem, h.tok0)
}

// lastOfGender is the last person of that gender named before token k,
// in its sentence or the two before, outside quotations; "" if none.
func (d *doc) lastOfGender(fem bool, k int) string {
	si := d.toks[k].sent
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.tok1 > k || m.kind != graph.KindPerson || m.loc || m.dir || d.inQuote[m.tok0] {
			continue
		}
		if si-d.toks[m.tok0].sent > 2 {
			break
		}
		if f, known := d.genderOf(m.actor); known && f == fem {
			return m.actor
		}
	}
	return ""
}

// relativeSubject is the antecedent of a relative pronoun that opens
// the verb's clause after a comma: "…, Emad al-Sayeh, quien le aseguró
// que …", "…, Hulusi Akar, che ha ribadito …", "…, who said …" are the
// words of the name right before the pronoun, never of the main
// clause's subject. At most three words (a clitic, an auxiliary) or a
// parenthesis set off by commas stand between the pronoun and the verb.
func (d *doc) relativeSubject(h hit, start int, inQuote []bool) *mention {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= max(start, h.tok0-12) })
	var rel hit
	found := false
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok0; k++ {
		if r := d.hits[k]; r.p.kind == pRelPron && r.tok1 <= h.tok0 && strings.ContainsAny(d.toks[r.tok0].punct, ",،") {
			rel, found = r, true
		}
	}
	if !found || inQuote[rel.tok0] {
		return nil
	}
	gap := h.tok0 - rel.tok1
	if gap > 3 || d.punctIn(rel.tok1, h.tok0, ",،;:()") {
		// "quien, según un comunicado de su oficina, le trasladó"
		if gap > 10 || !strings.ContainsAny(d.toks[rel.tok1].punct, ",،") || d.punctIn(rel.tok1+1, h.tok0, ";:()") {
			return nil
		}
	}
	if d.mentionStarts(rel.tok1, h.tok0) {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok1 == rel.tok0 && m.tok0 >= start && !m.loc && !m.dir && !inQuote[m.tok0] {
			if d.hitEndsAt(m.tok1, m.tok0, pTitle) {
				// a bare title after a name ("Сарраджем, уходящим
				// премьером, который") describes that name's person
				if a := d.appositionAntecedent(rel.tok0, start, inQuote); a != nil {
					return a
				}
			}
			return m
		}
	}
	return d.appositionAntecedent(rel.tok0, start, inQuote)
}

// appositionAntecedent is the person named right before a descriptive
// apposition that ends at the relative pronoun at r: "Fayez al-Sarraj,
// le Premier ministre sortant, qui a promis", "Haftar, el hombre fuerte
// del este, quien aseguró", "Sarradsch, dem scheidenden Regierungschef,
// der versprach", "Сарраджем, уходящим премьером, который пообещал":
// the apposition describes the name before it, so the relative clause
// is that person's. The apposition is at most eight words set off by
// commas, names no other person (a bare title names no one: it is the
// apposition's head) and holds no verb, conjunction or relative pronoun
// of its own, nor a place or time phrase ("Aguila Saleh, at the palace
// in Cairo, where he announced" is no description of Saleh).
func (d *doc) appositionAntecedent(r, start int, inQuote []bool) *mention {
	a := -1
	for k := r - 1; k > start && k >= r-8; k-- {
		if p := d.toks[k].punct; strings.ContainsAny(p, ",،;:()«»\"“”„—–") {
			if strings.ContainsAny(p, ",،") && !strings.ContainsAny(p, ";:()«»\"“”„—–") {
				a = k
			}
			break
		}
	}
	if a < 0 || inQuote[a] {
		return nil
	}
	var ante *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok1 == a && m.tok0 >= start && m.kind == graph.KindPerson && !m.loc && !m.dir && !inQuote[m.tok0] {
			ante = m
		}
	}
	if ante == nil {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 >= a && m.tok0 < r && m.kind == graph.KindPerson && m.actor != ante.actor && !d.hitEndsAt(m.tok1, m.tok0, pTitle) {
			return nil // (a bare title, "le Premier ministre sortant", is the apposition's own head)
		}
	}
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= a-4 })
	for ; k < len(d.hits) && d.hits[k].tok0 < r; k++ {
		if d.hits[k].tok1 <= a {
			continue
		}
		switch d.hits[k].p.kind {
		case pMeet, pMeetNoun, pHost, pVisit, pCall, pSpeech, pSpeechTo, pRelPron, pObjRel, pAnd, pComplementizer, pContrast, pBut, pLocative, pDirection, pMonth, pWeekday:
			return nil
		}
	}
	return ante
}

// stressedAfterAuxiliary tells whether the pronoun at k is set off by
// commas right after an auxiliary that follows a mention: "Mme Mangoush
// a, elle, jugé", "Le ministère russe a, lui, fait savoir": the pronoun
// stresses the subject named before the auxiliary.
func (d *doc) stressedAfterAuxiliary(k, start int) bool {
	return k-1 > start && d.rules.auxiliary[d.toks[k-1].norm] && d.punctIn(k, k, ",") && d.punctIn(k+1, k+1, ",") && !d.punctIn(k-1, k-1, ",;:")
}

// pronounSubject tells whether a personal pronoun stands right before a
// speech verb (at most one word between), after every name of its clause.
func (d *doc) pronounSubject(h hit, start int) bool {
	for k := h.tok0 - 1; k >= max(start, h.tok0-2); k-- {
		if d.pronounIn(k, k+1) && !d.articleEl(hit{tok0: k, tok1: k + 1}) {
			// "Mme Williams, elle, a haussé le ton": the stressed pronoun
			// after a name is that name
			// (also past the auxiliary it splits from its participle:
			// "Mme Mangoush a, elle, jugé que …")
			return !d.mentionStarts(k, h.tok0) && !d.insideMention(k, k+1) && !(d.mentionEndsAt(max(start, k-8), k) && d.punctIn(k+1, k+1, ",")) && !d.stressedAfterAuxiliary(k, start)
		}
	}
	return false
}

// counterpartSpeaker is whom "his German counterpart" as the subject of
// a speech verb means: the person of that country the article named last
// before it ("Le Drian s'est entretenu avec Heiko Maas. Son homologue
// allemand a jugé …" is Maas).
func (d *doc) counterpartSpeaker(h hit, start int) *mention {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= start })
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok0; k++ {
		c := d.hits[k]
		if c.p.kind != pCounterpart || d.inQuote[c.tok0] || d.mentionStarts(c.tok1, h.tok0) {
			continue
		}
		country := d.titleCountry(c)
		if country == "" {
			return d.partnerOfLast(h)
		}
		for i := len(d.mentions) - 1; i >= 0; i-- {
			m := &d.mentions[i]
			if m.tok0 < c.tok0 && m.kind == graph.KindPerson && d.actorCountry(m.actor) == country {
				return m
			}
		}
		return nil
	}
	return nil
}

// partnerOfLast is whom "his counterpart" with no country means: the
// partner, in the last event before that joins them, of the previous
// sentence's subject ("Abu Shahma insisted …. His counterpart argued
// …" after a session of the envoy with Abu Shahma and al-Amami is
// al-Amami); the event's host is no one's counterpart.
func (d *doc) partnerOfLast(h hit) *mention {
	si := d.toks[h.tok0].sent
	if si == 0 {
		return nil
	}
	prev := d.previousSpeaker(si)
	if prev == "" {
		prev = d.lastSubject(si - 1)
	}
	for i := len(d.meetings) - 1; i >= 0; i-- {
		ev := d.meetings[i]
		if ev.sent >= si || !contains(ev.parts, prev) {
			continue
		}
		var others []string
		for k, p := range ev.parts {
			if p != prev && !(k == 0 && len(ev.parts) > 2) {
				others = append(others, p)
			}
		}
		if len(others) != 1 {
			return nil
		}
		for j := len(d.mentions) - 1; j >= 0; j-- {
			if m := &d.mentions[j]; m.actor == others[0] && m.tok0 < h.tok0 {
				return m
			}
		}
		return nil
	}
	return nil
}

// complementizerAt tells whether a complementizer ("that", "أن", "که")
// starts at token i.
func (d *doc) complementizerAt(i int) bool {
	return d.hitEndsAt(i+1, i, pComplementizer)
}

// inReported tells whether token k, after trigger token trig, lies in
// what a speech verb reports, a clause that tells no event: a
// complementizer between them closes, at most ten words after, a speech
// verb of the sentence ("told Haftar in a
// call that the shutdown, which began in January, …", "a dit à Erdogan
// que la trêve de janvier …"). Its dates are the reported clause's.
func (d *doc) inReported(trig, k int) bool {
	if k <= trig {
		return false
	}
	s0 := d.sents[d.toks[trig].sent].tok0
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 > trig })
	for ; i < len(d.hits) && d.hits[i].tok0 < k; i++ {
		c := d.hits[i]
		if c.p.kind != pComplementizer || d.wasVerb(c) || c.tok1 > k || d.inQuote[c.tok0] || d.punctIn(c.tok0, k, ".;:") {
			continue
		}
		// (a reported clause that tells an event has its date: "ha
		// annunciato che a maggio sarà a Roma per un nuovo incontro")
		for j := c.tok0; j < d.sents[d.toks[trig].sent].tok1; j++ {
			if d.triggerAt(j) {
				return false
			}
		}
		for j := sort.Search(len(d.hits), func(j int) bool { return d.hits[j].tok0 >= max(s0, c.tok0-24) }); j < len(d.hits) && d.hits[j].tok0 < c.tok0; j++ {
			if h := d.hits[j]; isSpeech(h.p.kind) && !isAccording(h) && h.tok1 <= c.tok0 && c.tok0-h.tok1 <= 10 {
				return true
			}
		}
	}
	return false
}

// mentionEndsAt tells whether an actor mention in [t0, t1) ends at t1.
func (d *doc) mentionEndsAt(t0, t1 int) bool {
	for _, m := range d.mentions {
		if m.tok1 == t1 && m.tok0 >= t0 && !m.loc && !m.dir {
			return true
		}
	}
	return false
}

// appositiveSubject is the person whose title follows them as an
// apposition that the verb closes: "Kamal al-Sharif, a spokesman for the
// Presidential Council, said Libya …" is al-Sharif's, not Libya's.
func (d *doc) appositiveSubject(h hit, start int, inQuote []bool) *mention {
	if !d.punctIn(h.tok0, h.tok0, ",،") {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < start || m.tok1 >= h.tok0 || m.kind != graph.KindPerson || m.loc || m.dir || inQuote[m.tok0] {
			continue
		}
		if m.tok0 > start+1 || !d.punctIn(m.tok1, m.tok1, ",،") {
			continue
		}
		for _, x := range d.hitsStartingAt(m.tok1) {
			if x.p.kind == pTitle {
				return m
			}
		}
		if m.tok1+1 < h.tok0 {
			for _, x := range d.hitsStartingAt(m.tok1 + 1) {
				if x.p.kind == pTitle {
					return m
				}
			}
		}
	}
	return nil
}

// urduErgative is the folded Urdu ergative postposition "نے", which
// follows the subject of a transitive verb in the past.
var urduErgative = Fold("نے")

// ergativeSubject is, in Urdu, the actor marked with "نے" last before the
// verb in its clause: "ترک ایوانِ صدر کے ترجمان سلیم آق تاش نے صحافیوں کو
// بتایا" is the spokesman's, not the president's.
func (d *doc) ergativeSubject(h hit, start int, inQuote []bool) *mention {
	if d.lang != "ur" {
		return nil
	}
	var best *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < start || m.tok1 >= h.tok0 || m.loc || m.dir || inQuote[m.tok0] {
			continue
		}
		if d.toks[m.tok1].key == urduErgative && d.toks[m.tok1].punct == "" {
			best = m
		}
	}
	return best
}

// personRightBefore is a person named right before a speech verb, with no
// comma between ("… Colonel X said", not "… met X, said").
func (d *doc) personRightBefore(h hit, lo int, inQuote []bool) *mention {
	if d.punctIn(h.tok0, h.tok0, ",،") {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if (m.tok1 == h.tok0 || d.demonymBetween(m.tok1, h.tok0)) && m.tok0 >= lo && m.kind == graph.KindPerson && !m.loc && !m.dir && !inQuote[m.tok0] {
			return m
		}
	}
	return nil
}

// demonymBetween tells whether tokens [t0, t1) are one demonym adjective
// and nothing else, no mark between: the adjective that follows a title in
// the Romance languages ("el ministro turco precisó", "il ministro libico
// ha detto") leaves the title right before the verb.
func (d *doc) demonymBetween(t0, t1 int) bool {
	if t1 <= t0 || t1-t0 > 2 || d.punctIn(t0-1, t1-1, ",;:.()«»\"“”„،") {
		return false
	}
	for _, x := range d.hitsEndingAt(t1) {
		if x.p.kind == pDemonym && x.tok0 == t0 {
			return true
		}
	}
	return false
}

// andBetween tells whether a coordinating "and" stands in tokens [t0, t1).
func (d *doc) andBetween(t0, t1 int) bool {
	return d.kindBetween(t0, t1, pAnd)
}

// kindBetween tells whether a rule phrase of a kind starts in tokens
// [t0, t1).
func (d *doc) kindBetween(t0, t1, kind int) bool {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= t0 })
	for ; i < len(d.hits) && d.hits[i].tok0 < t1; i++ {
		if d.hits[i].p.kind == kind {
			return true
		}
	}
	return false
}

// pronounAfter tells whether a pronoun follows the verb ("sagte er").
func (d *doc) pronounAfter(h hit) bool {
	if h.tok1 >= len(d.toks) {
		return false
	}
	t := d.toks[h.tok1]
	if d.lang == "fr" && t.norm == "t" && h.tok1+1 < len(d.toks) {
		t = d.toks[h.tok1+1] // "ajoute-t-elle": the euphonic t
	}
	switch t.norm {
	case "er", "sie", "he", "she", "il", "elle", "lui", "ella", "он", "она", "o":
		return true
	case "el":
		// Spanish "él" keeps its accent; "dijo el portavoz" is the article
		return !d.articleEl(hit{tok0: h.tok1, tok1: h.tok1 + 1})
	}
	return false
}

// nominativePronounAfter tells whether speech verb h, not first in its
// clause (which opens at start) and not closing a quotation or an aside
// ("„…“, sagte er"), has a pronoun that can only be a subject right after
// it: the finite verb of a verb-second clause, whose fronted phrase is
// then no subject ("Die Politik Ankaras kritisierte er scharf") (session
// 17).
func (d *doc) nominativePronounAfter(h hit, start int) bool {
	if len(d.rules.nominativePronouns) == 0 || h.tok1 >= len(d.toks) || h.tok0 <= start {
		return false
	}
	if !d.rules.nominativePronouns[d.toks[h.tok1].norm] || d.toks[h.tok1].punct != "" {
		return false
	}
	return !strings.ContainsAny(d.toks[h.tok0].punct, ",،;:\"»“”«„")
}

// noSubject tells whether the clause before a verb names nobody and the
// verb starts it ("وأضاف", "Il a ajouté" with a pronoun, "وزیر نے ...").
func (d *doc) noSubject(h hit) bool {
	s := d.sents[d.toks[h.tok0].sent]
	return h.tok0-s.tok0 <= 3
}

// previousSpeaker is the speaker of the last statement, or the last
// person named, within the two sentences before si.
func (d *doc) previousSpeaker(si int) string {
	best, bestSent := "", -1
	for _, st := range d.statements {
		if st.Evidence.Sentence < si && st.Evidence.Sentence > bestSent && si-st.Evidence.Sentence <= 2 {
			best, bestSent = st.Speaker, st.Evidence.Sentence
		}
	}
	return best
}

// saidIn tells whether a statement was made in sentence si.
func (d *doc) saidIn(si int) bool {
	for _, st := range d.statements {
		if st.Evidence.Sentence == si {
			return true
		}
	}
	return false
}

// reportedClause is the token range of what a speech verb reports: after
// "that"/"أن"/"کہ" when present, after the verb (and its speaker) when the
// verb comes first, else the part of the sentence before an end verb
// ("…, sagte Kemmer").
func (d *doc) reportedClause(h hit, s sentence, spk *mention) (int, int) {
	for _, x := range d.hits {
		if x.p.kind == pComplementizer && x.tok0 >= h.tok1 && x.tok0 <= h.tok1+8 && d.toks[x.tok0].sent == d.toks[h.tok0].sent {
			return x.tok1, s.tok1
		}
	}
	after := h.tok1
	if spk != nil && spk.tok0 >= h.tok1 && (spk.tok0 <= h.tok1+3 || spk.tok0 <= h.tok1+12 && d.punctIn(h.tok0, h.tok0, ",،")) {
		// (also a long title before the name after an inverted verb: "…,
		// a indiqué le porte-parole de la présidence, Thierry Moungalla")
		after = spk.tok1
	}
	if s.tok1-after >= 3 {
		return after, s.tok1
	}
	end := h.tok0
	if verbFinal[d.lang] && spk != nil && spk.tok1 <= h.tok0 && h.tok0-spk.tok1 >= 3 && !d.punctIn(spk.tok0, spk.tok0, quoteMarks) {
		// a verb-final clause says it between its subject and its verb:
		// "Yunanistan Dışişleri Bakanı Nikos Dendias, muhtıranın geçersiz
		// olduğunu söyledi", not the title before the name
		return spk.tok1, h.tok0
	}
	if spk != nil && spk.tok1 <= h.tok0 && spk.tok0 > s.tok0 {
		end = spk.tok0
	}
	return s.tok0, end
}

// about lists the other actors named in tokens [t0, t1).
func (d *doc) about(t0, t1 int, speaker string) []string {
	var out []string
	for _, m := range d.mentions {
		if m.tok0 >= t0 && m.tok1 <= t1 && m.actor != speaker && !m.loc && !m.dir && !contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	return out
}

// unnamedSpeaker tells whether a speech verb's subject is a source left
// unnamed ("a German official said", "diplomats in Berlin said", "قال
// مسؤول"): the speaker is unknown, and unknown stays unknown, rather than
// the nearest name. The unnamed noun must be the verb's own subject: right
// after the verb, or before it with no comma and no actor in between
// ("Faraj al-Mabrouk, a spokesman for Haftar's forces, said" names him).
func (d *doc) unnamedSpeaker(h hit) bool {
	if h.p.kind == pSpeechPass || h.p.kind == pImpersonal {
		return true // "… öğrenildi", "aseguran": a passive or an impersonal names its source in its clause, or no one
	}
	if m, ok := d.descriptionSpeaker(h, d.sents[d.toks[h.tok0].sent].tok0); ok && m == nil {
		return true // "El anfitrión agradeció": someone the article does not tell
	}
	_, ok := d.unnamedSource(h)
	return ok
}

// unnamedSource is the unnamed noun that is a speech verb's subject, as
// unnamedSpeaker decides.
func (d *doc) unnamedSource(h hit) (hit, bool) {
	s := d.sents[d.toks[h.tok0].sent]
	us := append(d.sentHitsOf(s, pUnnamed), d.sentHitsOf(s, pInstitution)...)
	// the noun right before the verb is its subject, whatever follows
	// ("the ministry said its advisers …")
	sort.SliceStable(us, func(i, j int) bool { return us[i].tok1 == h.tok0 && us[j].tok1 != h.tok0 })
	for _, u := range us {
		if d.insideMention(u.tok0, u.tok1) {
			continue // "وزارة الخارجية الأمريكية" is an actor of the lexicon
		}
		if d.namesPerson(u) {
			continue // "el diplomático español Bernardino León": a title of the one named
		}
		if u.p.kind == pInstitution && (d.insideHit(u, pTitle) || d.hitEndsAt(u.tok0, max(0, u.tok0-3), pTitle)) {
			continue // "وزير الخارجية المصري", "Dışişleri Bakanı": a title, not the office
		}
		if d.hitEndsAt(u.tok0, max(0, u.tok0-2), pHead) && !d.punctIn(u.tok0, u.tok0, ",;:") {
			continue // "глава МИД России": the office a head's title names, not the office speaking
		}
		switch {
		case u.tok0 >= h.tok1 && u.tok0 <= h.tok1+1 && !d.reportOpensAfter(h):
			return u, true
		case d.lang == "tr" && u.tok0-s.tok0 <= 2 && (h.tok1 >= s.tok1-1 || d.hitStartsWithKind(h.tok1, pAnd)) && (d.punctIn(u.tok1, u.tok1, ",") || d.statementThen(u.tok1)):
			// Turkish puts the subject first, set off by a comma, and
			// the verb last: "Bakanlık kaynakları, … belirtti" (or
			// before "ve" and the next verb of the same subject)
			return u, true
		case (d.lang == "ar" || d.lang == "ur") && u.tok1 <= h.tok0 && h.tok0-u.tok1 <= 12 && d.accordingBefore(u) && !d.personIn(u.tok1, h.tok0):
			// "وفق مصدر دبلوماسي طلب عدم الكشف عن هويته، أوضح أن …":
			// the source an "according to" introduced goes on speaking
			// past its relative clause
			return u, true
		case u.tok1 <= h.tok0 && h.tok0-u.tok1 <= 8:
			if d.punctIn(u.tok1, h.tok0, ",،;:") {
				if d.asideBetween(u.tok1, h.tok0) || h.tok0-2 >= u.tok1 && d.pronounIn(h.tok0-1, h.tok0) && d.stressedAfterAuxiliary(h.tok0-1, u.tok0) && !d.punctIn(u.tok1, h.tok0-2, ",;:") {
					// ("Le ministère russe a, lui, fait savoir")
					return u, true
				}
				continue
			}
			// "an aide to Bashagha said", "a source close to the Libyan
			// National Army said": the name belongs to the link
			linked := false
			for _, x := range d.sentHitsOf(s, pUnnamedLink) {
				linked = linked || x.tok0 == u.tok1
			}
			// (an Urdu subject marked with "نے" may stand far before its verb)
			if !linked && h.tok0-u.tok1 > 4 && (d.lang != "ur" || d.toks[u.tok1].key != urduErgative) {
				continue
			}
			// in Arabic script only a person names the source: the
			// adjectives of "مصدراً دبلوماسياً ليبياً أكد" read as a
			// country
			named := false
			for _, m := range d.mentions {
				named = named || m.tok0 >= u.tok1 && m.tok1 <= h.tok0 && !m.loc && !m.dir && (m.kind == graph.KindPerson || d.lang != "ar" && d.lang != "ur")
			}
			if linked || !named {
				return u, true
			}
		}
	}
	return hit{}, false
}

// asideBetween tells whether tokens [a, b), between a subject ending at
// a and its verb at b, are a short aside set off by commas that names no
// one, with at most four words that name no one (a demonym, the rest of
// the office's name) before it: "El Ministerio de Asuntos Exteriores
// egipcio, por su parte, calificó", "le ministère égyptien des Affaires
// étrangères, de son côté, a estimé".
func (d *doc) asideBetween(a, b int) bool {
	if b >= len(d.toks) || !strings.Contains(d.toks[b].punct, ",") || strings.ContainsAny(d.toks[b].punct, quoteMarks) {
		return false
	}
	c := -1
	for k := a; k <= a+4 && k < b; k++ {
		if strings.Contains(d.toks[k].punct, ",") {
			c = k
			break
		}
	}
	return c >= 0 && b-c <= 4 && !d.punctIn(c+1, b-1, ",;:()«»\"“”„") && !d.punctIn(a, c-1, ",;:") && !d.mentionStarts(a, b)
}

// institutionCountry is the country an office named with no demonym
// stands for: the one an earlier mention of the same office gave it
// ("le ministère algérien des Affaires étrangères … le ministère a
// indiqué"), else the paper's own country when the article's first
// person named is of it (the protagonist is that country's minister),
// else none.
func (d *doc) institutionCountry(u hit) string {
	head := d.toks[u.tok0].key
	for k := len(d.hits) - 1; k >= 0; k-- {
		x := d.hits[k]
		if x.tok0 >= u.tok0 || x.p.kind != pInstitution || d.toks[x.tok0].key != head {
			continue
		}
		if c := d.titleCountry(x); c != "" {
			return c
		}
	}
	paper := closed().home[d.lang]
	if paper == "" {
		return ""
	}
	for _, m := range d.mentions {
		if m.kind == graph.KindPerson && !m.loc && !m.dir {
			if d.actorCountry(m.actor) == paper {
				return paper
			}
			return ""
		}
	}
	return ""
}

// describedSpeaker is the speaker an unnamed source stands for: an
// institution named by a definite description ("وأضافت الوزارة", "the
// ministry added", "a précisé le ministère") is the organisation of the
// lexicon the article last named with that noun ("وزارة الخارجية
// الأمريكية"), and no one when the article named none: the nearest
// person is never the ministry.
func (d *doc) describedSpeaker(u hit) *mention {
	if u.p.kind != pInstitution {
		// (a word both lists hold is the office: "Египетский МИД заявил")
		inst, ok := d.institutionSpanning(u)
		if !ok {
			return d.earlierOrg(u)
		}
		u = inst
	}
	// a state's office qualified by its country speaks for the country:
	// "الخارجية الروسية", "МИД России", "das russische Außenministerium"
	c := d.titleCountry(u)
	if c == "" {
		// (or its country through a genitive: "مصر کی وزارت خارجہ",
		// "Egypt's foreign ministry")
		if o := d.titleOwner(u); o != "" && d.isCountry(o) {
			c = o
		}
	}
	if c == "" {
		// (or the country of the city where it sits: "teilte das
		// Außenministerium in Kairo mit", "the ministry in Tunis said";
		// the mention takes in the city)
		if sc, end := d.seatCountry(u); sc != "" {
			return &mention{tok0: u.tok0, tok1: end, start: d.toks[u.tok0].start, end: d.toks[end-1].end, actor: sc, kind: graph.KindCountry, name: nameShort}
		}
	}
	if c == "" {
		// an organisation of the lexicon named earlier with the same
		// noun ("the Central Bank of Libya … the bank said"), before the
		// country an earlier office of that noun was of
		if m := d.earlierOrg(u); m != nil {
			return m
		}
		c = d.institutionCountry(u)
	}
	if c == "" {
		return nil
	}
	return &mention{tok0: u.tok0, tok1: u.tok1, start: d.toks[u.tok0].start, end: d.toks[u.tok1-1].end, actor: c, kind: graph.KindCountry, name: nameShort}
}

// seatCountry is the country of the city named right after office u
// through a locative ("das Außenministerium in Kairo", "the ministry in
// Tunis", "le ministère à Alger"), and the end of the city's name; ""
// when none is: an office abroad (an embassy) sits in another country's
// city.
func (d *doc) seatCountry(u hit) (string, int) {
	for _, x := range d.hits {
		if x.p.kind == pAbroad && x.tok0 < u.tok1 && x.tok1 > u.tok0 {
			return "", 0
		}
	}
	for _, p := range d.placeMs {
		if p.tok0 > u.tok1+1 {
			break
		}
		if p.loc && p.tok0 == u.tok1+1 && d.hitStartsWithKind(u.tok1, pLocative) && !d.punctIn(u.tok1, p.tok1, ",;:()") {
			return d.countryOf(p.place), p.tok1
		}
	}
	// a city fronted before the office's clause and set off by a comma:
	// "Au Caire, le ministère des Affaires étrangères a dénoncé …"
	s := d.sents[d.toks[u.tok0].sent]
	for _, p := range d.placeMs {
		if p.tok0 > s.tok0+1 || p.tok0 < s.tok0 {
			continue
		}
		if p.loc && p.tok1 < u.tok0 && u.tok0-p.tok1 <= 2 && strings.Contains(d.toks[p.tok1].punct, ",") && !d.isCountry(p.place) && !d.mentionStarts(p.tok1, u.tok0) {
			return d.countryOf(p.place), u.tok1
		}
	}
	return "", 0
}

// earlierOrg is the organisation of the lexicon the article last named
// with the head noun of description u, as a mention at u.
func (d *doc) earlierOrg(u hit) *mention {
	head := d.toks[u.tok1-1].key
	if d.toks[u.tok1-1].script == scriptArabic {
		head = strings.TrimPrefix(head, "ال")
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.tok0 >= u.tok0 || m.kind != graph.KindOrganisation || m.loc || m.dir {
			continue
		}
		for k := m.tok0; k < m.tok1; k++ {
			key := d.toks[k].key
			if d.toks[k].script == scriptArabic {
				key = strings.TrimPrefix(key, "ال")
			}
			if key == head {
				t := d.toks[u.tok0]
				return &mention{tok0: u.tok0, tok1: u.tok1, start: t.start, end: d.toks[u.tok1-1].end, actor: m.actor, kind: m.kind, name: nameShort}
			}
		}
	}
	return nil
}

// insideMention tells whether tokens [t0, t1) lie inside one actor
// mention.
func (d *doc) insideMention(t0, t1 int) bool {
	for _, m := range d.mentions {
		if m.tok0 <= t0 && t1 <= m.tok1 && !m.loc && !m.dir {
			return true
		}
	}
	return false
}

// sentHitsOf lists a sentence's hits of one kind.
func (d *doc) sentHitsOf(s sentence, kind int) []hit {
	var out []hit
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= s.tok0 })
	for ; i < len(d.hits) && d.hits[i].tok0 < s.tok1; i++ {
		if x := d.hits[i]; x.tok1 <= s.tok1 && x.p.kind == kind {
			out = append(out, x)
		}
	}
	return out
}

// reportedInside tells whether speech verb h stands in what an earlier
// verb of its sentence reports, after that verb's complementizer: "X نے
// بتایا کہ المشری نے … یقین دہانی کرائی", "قال X إن غوتيريش أكد …" are
// X's words, not a statement of the one they quote.
func (d *doc) reportedInside(h hit, before []hit) bool {
	si := d.toks[h.tok0].sent
	for _, o := range before {
		if d.toks[o.tok0].sent != si || isAccording(o) {
			continue
		}
		for k, end := o.tok1, d.subjectAfterEnd(o)+8; k < h.tok0 && k <= end; k++ {
			if d.complementizerAt(k) {
				return true
			}
		}
		// English drops "that": "Dujarric said the secretary-general
		// welcomed …" (a subject of a few words, no mark, no "and")
		if d.lang == "en" && (o.p.kind == pSpeech || o.p.kind == pSpeechTo) && h.tok0-o.tok1 >= 1 && h.tok0-o.tok1 <= 5 && !d.punctIn(o.tok1, h.tok0, ",;:()«»\"“”") && !d.kindBetween(o.tok1, h.tok0, pAnd) && d.mentionStarts(o.tok1, h.tok0) {
			return true
		}
	}
	return false
}

// subjectAfterEnd is where the subject named right after speech verb o
// ends, titles and all, when the verb comes first ("قال المتحدث الرسمي
// باسم وزارة الخارجية أحمد حافظ، في بيان، إن …", "said UN spokesman X
// that …"): the complementizer of its clause comes after it. It is o's
// end when no one is named within six words after the verb.
func (d *doc) subjectAfterEnd(o hit) int {
	end := o.tok1
	for _, m := range d.mentions {
		if m.tok0 >= o.tok1 && m.tok0 <= o.tok1+6 && !m.loc && !m.dir && !d.inQuote[m.tok0] && m.tok1 > end {
			end = m.tok1
		}
	}
	return end
}

// accordingSource tells whether mention m is the source an "according
// to" phrase of its sentence names.
func (d *doc) accordingSource(m *mention, inQuote []bool) bool {
	s := d.sents[d.toks[m.tok0].sent]
	for _, h := range d.sentHitsOf(s, pAccording) {
		if src := d.sourceOf(h, inQuote); src != nil && src.tok0 == m.tok0 {
			return true
		}
	}
	for _, h := range d.sentHitsOf(s, pAccordingAfter) {
		if src := d.sourceOf(h, inQuote); src != nil && src.tok0 == m.tok0 {
			return true
		}
	}
	return false
}

// pronounOpens tells whether a personal pronoun opens speech verb h's
// sentence as its subject ("انہوں نے یہ بھی کہا کہ …", "Он также
// заявил …"): the one who spoke before goes on.
func (d *doc) pronounOpens(h hit) bool {
	switch d.lang {
	case "ur", "ru", "de", "tr": // (Spanish "él" folds to the article "el")
	default:
		return false
	}
	s := d.sents[d.toks[h.tok0].sent]
	for k := s.tok0; k <= s.tok0+1 && k < h.tok0; k++ {
		if d.hitStartsWithKind(k, pPronoun) && !d.inQuote[k] {
			return true
		}
	}
	return false
}

// trGenitives are the Turkish genitive suffixes written after an
// apostrophe ("Dibeybe'nin", "Serrac'ın").
var trGenitives = closed().names.trGenitive

// ownerQualifies is, for a Turkish subject in the genitive followed by a
// title, the person the title names: "Serrac'ın basın danışmanı Nuri
// ez-Zavi … söyledi" is the adviser's, not Sarraj's.
func (d *doc) ownerQualifies(m *mention, h hit, inQuote []bool) *mention {
	g := m.tok1
	if g >= h.tok0 || !d.toks[g].apos || !trGenitives[d.toks[g].norm] {
		return m
	}
	for i := range d.mentions {
		n := &d.mentions[i]
		if n.tok0 > g && n.tok0 <= g+4 && n.tok1 < h.tok0 && n.kind == graph.KindPerson && !n.loc && !n.dir && !inQuote[n.tok0] && d.kindBetween(g+1, n.tok0, pTitle) {
			return n
		}
	}
	return m
}

// trGenitiveNonPerson tells whether mention m, a state or organisation,
// stands in the Turkish genitive ("Türkiye'nin", "Yunanistan'ın"): the
// subject of a nominalised clause, not of a finite verb.
func (d *doc) trGenitiveNonPerson(m *mention) bool {
	if m.kind == graph.KindPerson || m.tok1 >= len(d.toks) {
		return false
	}
	g := d.toks[m.tok1]
	return g.apos && trGenitives[g.norm]
}

// trEmbedded tells whether, in Turkish, token k is a verbal noun that makes
// the quotation before it part of the clause: "anlaşmanın "…" olduğunu
// açıkladı", "Türkiye'nin "…" oynadığını söyledi".
func (d *doc) trEmbedded(k int) bool {
	if d.lang != "tr" || k >= len(d.toks) {
		return false
	}
	key := d.toks[k].key
	return strings.HasSuffix(key, "gini") || strings.HasSuffix(key, "gunu") || key == "olarak"
}

// epithetAfter tells whether, in German, the speech verb is followed by a
// description instead of a name: "räumte der Spanier ein", "sagte der
// Italiener" (an article and a noun that is no name, title or unnamed
// source of the rule lists).
func (d *doc) epithetAfter(h hit) bool {
	if d.lang != "de" {
		return false
	}
	for _, k := range []int{h.tok0 + 1, h.tok1} {
		if k+1 >= len(d.toks) || d.toks[k].punct != "" || d.toks[k+1].punct != "" {
			continue
		}
		if n := d.toks[k].norm; n != "der" && n != "die" {
			continue
		}
		t := &d.toks[k+1]
		if !t.upper || d.hitStartsAt(k+1) || d.insideMention(k+1, k+2) {
			continue
		}
		return true
	}
	return false
}

// epithetPerson is whom the epithet after speech verb h stands for: the
// last person named before token k, a man when its article is the
// masculine "der" ("sagte der SPD-Politiker" after a woman was named
// last is the man named before her).
func (d *doc) epithetPerson(h hit, k int, inQuote []bool) *mention {
	masc := false
	for _, j := range []int{h.tok0 + 1, h.tok1} {
		if j < len(d.toks) && d.toks[j].norm == "der" {
			masc = true
		}
	}
	m := d.lastPersonBefore(k, inQuote)
	if m == nil || !masc || !d.female(m.actor) {
		return m
	}
	si := d.toks[min(k, len(d.toks)-1)].sent
	lo := d.sents[max(0, si-2)].tok0
	for i := len(d.mentions) - 1; i >= 0; i-- {
		o := &d.mentions[i]
		if o.tok0 < k && o.tok0 >= lo && o.kind == graph.KindPerson && !o.loc && !o.dir && !inQuote[o.tok0] && !d.female(o.actor) {
			return o
		}
	}
	return nil
}

// lastPersonBefore is the last person named outside quotations in the
// two sentences up to token k.
func (d *doc) lastPersonBefore(k int, inQuote []bool) *mention {
	si := d.toks[min(k, len(d.toks)-1)].sent
	lo := d.sents[max(0, si-2)].tok0
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := &d.mentions[i]
		if m.tok0 >= k || m.tok0 < lo || m.kind != graph.KindPerson || m.loc || m.dir || inQuote[m.tok0] {
			continue
		}
		return m
	}
	return nil
}

// impersonalSource is, in Russian, the capital named as where a plural
// speech verb was said: "сообщили в Кремле", "заявили в Анкаре" is the
// country's word.
func (d *doc) impersonalSource(h hit) *mention {
	if d.hitStartsWithKind(h.tok0, pImpersonal) {
		// (a form that is also a verb of the speech list: "insisten en")
		if m := d.impersonalPlace(h); m != nil {
			return m
		}
	}
	if d.lang != "ru" || !strings.HasSuffix(d.toks[h.tok0].norm, "ли") {
		return nil
	}
	if m := d.impersonalBefore(h); m != nil {
		return m
	}
	if h.tok1+1 >= len(d.toks) || d.toks[h.tok1].norm != "в" {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 == h.tok1+1 && m.kind == graph.KindCountry && !d.inQuote[m.tok0] {
			c := *m
			c.loc, c.dir = false, false
			return &c
		}
	}
	return nil
}

// viewpointAccording is the "according to" phrase a viewpoint opening
// its clause with a person stands for.
var viewpointAccording = &phrase{kind: pAccording, name: "viewpoint"}

// viewpointSource is the actor a viewpoint phrase opening its clause
// names, set off by a comma: "Pour Ankara, …", "Для Москвы, …", "Para
// Sofía Llorente, investigadora …, …" (an article may come between).
func (d *doc) viewpointSource(h hit) *mention {
	s := d.sents[d.toks[h.tok0].sent]
	if h.tok0 != s.tok0 && !strings.ContainsAny(d.toks[h.tok0].punct, ",;:") {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < h.tok1 || m.tok0 > h.tok1+1 || m.loc || m.dir || d.inQuote[m.tok0] {
			continue
		}
		if m.tok1 < s.tok1 && strings.Contains(d.toks[m.tok1].punct, ",") {
			return m
		}
		return nil
	}
	return nil
}

// viewpointJudges tells whether the clause after the person a viewpoint
// names gives that person's judgement: words of his in quotation marks
// ("Pour X, chercheuse …, « le Soudan a … »") or a judgement word
// ("must", "il faut", "demuestra"). Without either, "For X, Libya has
// never been just another file", "Per X, la partita è anche personale"
// tell X's situation in the writer's words, no statement by X. A
// language with no judgement words keeps every person's viewpoint, and
// so does a person the lexicon does not list.
func (d *doc) viewpointJudges(m *mention) bool {
	if !d.rules.judgement || strings.HasPrefix(m.actor, "x-") {
		// (a person the lexicon does not list is in these texts an
		// expert asked for a view: "Pour Claire Dumont, chercheuse au
		// CNRS, la trêve reste fragile"; the gate is for the story's
		// actors, whose situation the writer tells)
		return true
	}
	s := d.sents[d.toks[m.tok0].sent]
	for k := m.tok1; k < s.tok1; k++ {
		if d.inQuote[k] || d.hitStartsWithKind(k, pJudgement) {
			return true
		}
	}
	return false
}

// viewpoints are the "according to" hits of viewpoints that name a person.
func (d *doc) viewpoints() []hit {
	var out []hit
	for _, h := range d.hits {
		if h.p.kind != pViewpoint {
			continue
		}
		if m := d.viewpointSource(h); m != nil && m.kind == graph.KindPerson && d.viewpointJudges(m) || d.viewpointPronoun(h) {
			out = append(out, hit{p: viewpointAccording, tok0: h.tok0, tok1: h.tok1})
		}
	}
	return out
}

// viewpointEnd is the token after the source of a viewpoint that opens a
// clause of sentence s before token k, or -1.
func (d *doc) viewpointEnd(s sentence, k int) int {
	end := -1
	for i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= s.tok0 }); i < len(d.hits); i++ {
		h := d.hits[i]
		if h.tok0 >= k {
			break
		}
		if h.p.kind != pViewpoint {
			continue
		}
		if m := d.viewpointSource(h); m != nil && m.tok1 <= k {
			end = m.tok1
		}
	}
	return end
}

// namesPerson tells whether a person is named right after the noun of
// hit u, at most an adjective between and no mark: the noun is that
// person's title ("the diplomat Bernardino León", "el diplomático
// español Bernardino León", "дипломат Игорь Семёнов").
func (d *doc) namesPerson(u hit) bool {
	if e := d.seatEnd(u.tok1); e > u.tok1 {
		// "رئيس المجلس الأعلى للدولة في طرابلس خالد المشري", "the head of
		// the council in Tripoli Khalid al-Mishri": the office's seat
		// stands between the title and the name it names
		u.tok1 = e
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < u.tok1 || m.tok0 > u.tok1+1 || m.tok0 > u.tok1 && !d.hitStartsWithKind(u.tok1, pDemonym) {
			continue
		}
		if t := &d.toks[m.tok0]; (t.script == scriptLatin || t.script == scriptCyrillic) && !t.upper {
			continue // ("a UN official said": not Saied)
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && d.toks[m.tok0].sent == d.toks[u.tok0].sent && !d.punctIn(u.tok1, m.tok0, ",;:()«»\"“”„") {
			return true
		}
	}
	return false
}

// seatEnd is the end of a city or country named at token t through a
// locative, in the same clause ("في طرابلس", "بطرابلس", "in Tripoli"),
// or t when none is: the seat of an office named right before t.
func (d *doc) seatEnd(t int) int {
	for _, p := range d.placeMs {
		if p.tok0 > t+1 {
			break
		}
		if p.loc && (p.tok0 == t || p.tok0 == t+1 && d.hitStartsWithKind(t, pLocative)) && !d.punctIn(t, p.tok1, ",;:()،") {
			return p.tok1
		}
	}
	return t
}

// negatedSpeech tells whether a speech verb is negated: a negation right
// before it ("did not say", "n'a pas commenté", "non ha detto", "не
// сообщил") or, in German, closing its clause ("Gründe nannte die
// italienische Seite nicht"). What someone did not say is no statement.
func (d *doc) negatedSpeech(h hit) bool {
	switch d.lang {
	case "en", "fr", "it", "es", "de", "ru":
	default:
		return false // (Turkish, Urdu and Arabic negate in the verb or otherwise)
	}
	if isAccording(h) {
		return false
	}
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-2 })
	for ; k < len(d.hits) && d.hits[k].tok0 <= h.tok1+8; k++ {
		x := d.hits[k]
		// "have said little in public", "n'a rien dit", "ha detto poco":
		// the verb's object says nothing was said
		if x.p.kind == pNothing && !d.inQuote[x.tok0] && (x.tok0 == h.tok1 || x.tok1 == h.tok0) && !d.punctIn(min(x.tok1, h.tok1), max(x.tok0, h.tok0), ",;:«»\"“”„") {
			return true
		}
		if x.p.kind != pNegation || d.toks[x.tok0].sent != d.toks[h.tok0].sent || d.inQuote[x.tok0] {
			continue
		}
		if x.tok1 == h.tok0 || x.tok1 == h.tok0-1 && d.lang == "fr" && !d.punctIn(x.tok0+1, h.tok0, ",;:") {
			return true // ("n'a pas démenti", "ne l'a pas dit")
		}
		if d.lang == "de" && x.tok0 >= h.tok1 && x.tok0 <= h.tok1+1 && !d.punctIn(h.tok1, x.tok0+1, ",;:«»\"“”„") && !d.insideHit(x, pIgnore) {
			return true // "äußerte sich nicht öffentlich", "sagte nicht, wann …"
		}
		if d.lang == "de" && x.tok0 >= h.tok1 && !d.punctIn(h.tok1, x.tok0, ",;:«»\"“”„") && (x.tok1 == d.sents[d.toks[h.tok0].sent].tok1 || x.tok1 < len(d.toks) && strings.ContainsAny(d.toks[x.tok1].punct, ",;:.")) {
			return true
		}
	}
	return false
}

// titledAfter is the person a title right after speech verb h names,
// within its sentence and set off by commas at most: "dijo la enviada
// interina de Naciones Unidas, Stephanie Williams".
func (d *doc) titledAfter(h hit, inQuote []bool) *mention {
	si := d.toks[h.tok0].sent
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 <= h.tok1 || m.tok0 > h.tok1+10 || d.toks[m.tok0].sent != si {
			continue
		}
		if d.punctIn(h.tok1+1, m.tok0, ".;:()«»\"“”„") {
			return nil
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !inQuote[m.tok0] {
			return m
		}
	}
	return nil
}

// relativePronounSubject is the subject of the main clause when a
// pronoun subjects the verb inside a relative clause about someone else:
// "Le Drian s'est entretenu avec Sarraj, à qui il a redit que …", "Maas
// phoned Sarraj, to whom he said …": the person opening the sentence.
func (d *doc) relativePronounSubject(h hit, inQuote []bool) *mention {
	s := d.sents[d.toks[h.tok0].sent]
	if !d.pronounIn(max(s.tok0, h.tok0-2), h.tok0) {
		return nil
	}
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= max(s.tok0, h.tok0-5) })
	rel := -1
	for ; k < len(d.hits) && d.hits[k].tok0 < h.tok0; k++ {
		if r := d.hits[k]; r.p.kind == pRelPron && r.tok1 < h.tok0 && h.tok0-r.tok1 <= 2 && d.punctIn(max(s.tok0, r.tok0-1), r.tok0, ",") {
			rel = r.tok0
		}
	}
	if rel < 0 {
		return nil
	}
	m := d.mentionIn(s.tok0, rel, inQuote, false)
	if m == nil || m.kind != graph.KindPerson || m.tok0 > s.tok0+3 {
		return nil
	}
	return m
}

// describedSubject tells whether the few words before a clause-initial
// speech verb describe its subject by a counterpart noun or a title that
// resolved to no one ("His counterpart argued", "The envoy said"): someone
// other than the last speaker, so no statement rather than a wrong one.
func (d *doc) describedSubject(h hit) bool {
	s := d.sents[d.toks[h.tok0].sent]
	return d.kindBetween(s.tok0, h.tok0, pCounterpart) || d.kindBetween(s.tok0, h.tok0, pTitle)
}

// accordingBefore tells whether an "according to" phrase stands right
// before hit u ("وفق مصدر", "according to a source").
func (d *doc) accordingBefore(u hit) bool {
	for _, x := range d.hitsEndingAt(u.tok0) {
		if x.p.kind == pAccording {
			return true
		}
	}
	return false
}

// personIn tells whether a person is named in tokens [t0, t1), outside
// any place use.
func (d *doc) personIn(t0, t1 int) bool {
	for _, m := range d.mentions {
		if m.tok0 >= t0 && m.tok1 <= t1 && m.kind == graph.KindPerson && !m.loc && !m.dir {
			return true
		}
	}
	return false
}

// quotedName tells whether a quotation holds nothing but one actor's name
// ("قائد «الجيش الوطني الليبي»", "the so-called «Libyan National
// Army»"): a name set off by quotation marks, not anyone's words.
func (d *doc) quotedName(q *quote) bool {
	for _, m := range d.mentions {
		if m.tok0 <= q.tok0 && m.tok1 >= q.tok1 {
			return true
		}
	}
	return false
}

// groupSpeaks tells whether, in Arabic script, the subject of a speech
// verb is a group ("وأعلن الثلاثة", "وأكد الجانبان", "دونوں رہنماؤں نے
// کہا"): the words are all of theirs, no single speaker's.
func (d *doc) groupSpeaks(h hit) bool {
	if d.lang != "ar" && d.lang != "ur" {
		return false
	}
	for _, x := range d.hitsStartingAt(h.tok1) {
		if x.p.kind == pBoth {
			return true
		}
	}
	for k := h.tok0; k >= h.tok0-1 && k > 0; k-- {
		for _, x := range d.hitsEndingAt(k) {
			if x.p.kind == pBoth && d.toks[x.tok0].sent == d.toks[h.tok0].sent {
				return true
			}
		}
	}
	return false
}

// singleQuoteOpens tells whether the single mark at rune i opens a
// quotation of an Urdu or Arabic article: ’ or ‘ not doubled, with no
// Latin letter glued before it (an apostrophe: "Mu’ammar") and an
// Arabic-script letter right after it.
func (d *doc) singleQuoteOpens(i int) bool {
	t := d.text
	if d.lang != "ur" && d.lang != "ar" || t[i] != '’' && t[i] != '‘' || i+1 >= len(t) || t[i+1] == t[i] {
		return false
	}
	if i > 0 && (t[i-1] == t[i] || unicode.IsLetter(t[i-1])) {
		return false
	}
	return unicode.Is(unicode.Arabic, t[i+1])
}

func isLatinRune(r rune) bool { return unicode.Is(unicode.Latin, r) }

// latterSubject is whom "the latter", "ce dernier", "celle-ci",
// "quest'ultimo", "este último", "Letzterer", "последний", "الأخير" as
// the subject of a speech verb stands for: the person named last before
// it (the last woman for a feminine form), never the sentence's first
// subject. The phrase opens its clause right before the verb (an
// auxiliary between: "Ce dernier a répété") or follows the verb right
// after it ("وقال الأخير", "ha aggiunto quest'ultimo"); ok is false when
// no such phrase is the verb's subject.
func (d *doc) latterSubject(h hit, inQuote []bool) (*mention, bool) {
	k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= h.tok0-3 })
	for ; k < len(d.hits) && d.hits[k].tok0 <= h.tok1+1; k++ {
		l := d.hits[k]
		if l.p.kind != pLatter && l.p.kind != pLatterFem || inQuote[l.tok0] {
			continue
		}
		s := d.sents[d.toks[h.tok0].sent]
		switch {
		case l.tok1 <= h.tok0:
			// before the verb: the clause opens with it
			if h.tok0-l.tok1 > 2 || d.mentionStarts(l.tok1, h.tok0) || d.punctIn(l.tok1, h.tok0-1, ",;:") {
				continue
			}
			if l.tok0 != s.tok0 && !strings.ContainsAny(d.toks[l.tok0-1].punct, ",;:") {
				continue
			}
		case l.tok0 >= h.tok1:
			// after the verb, as its inverted subject
			if l.tok0 > h.tok1 || d.punctIn(h.tok1, h.tok1, ",;:") {
				continue
			}
		default:
			continue
		}
		fem := l.p.kind == pLatterFem
		lo := d.sents[max(0, d.toks[l.tok0].sent-2)].tok0
		for i := len(d.mentions) - 1; i >= 0; i-- {
			m := &d.mentions[i]
			if m.tok0 >= l.tok0 || m.tok0 < lo || m.kind != graph.KindPerson || m.loc || inQuote[m.tok0] {
				continue
			}
			if fem && !d.female(m.actor) {
				continue
			}
			c := *m
			c.dir = false
			return &c, true
		}
		return nil, true
	}
	return nil, false
}

// impersonalBefore is, in Russian, the organisation or state a clause
// opens with as where a plural speech verb with no subject was said:
// "В ЛНА сообщили, что …", "В МИД Турции заявили …", "В миссии ООН
// приветствовали инициативу и призвали …" are its words.
func (d *doc) impersonalBefore(h hit) *mention {
	s := d.sents[d.toks[h.tok0].sent]
	for i := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].tok0 > s.tok0 }); i < len(d.mentions); i++ {
		m := &d.mentions[i]
		if m.tok0 >= h.tok0 {
			break
		}
		if m.kind == graph.KindPerson || d.inQuote[m.tok0] {
			continue
		}
		if n := d.toks[m.tok0-1].norm; n != "в" && n != "во" {
			continue
		}
		if o := m.tok0 - 1; o > s.tok0+1 && !strings.ContainsAny(d.toks[o-1].punct, ",;:") || o == s.tok0+1 && d.mentionStarts(s.tok0, o) {
			continue // the preposition opens the clause (after an adverb at most: "Накануне в Египте заявили")
		}
		if h.tok0-m.tok1 > 6 || d.punctIn(m.tok1-1, h.tok0-1, ",;:") && !d.asideAfterSource(m.tok1, h.tok0) || d.mentionStarts(m.tok1, h.tok0) {
			return nil
		}
		c := *m
		c.loc, c.dir = false, false
		return &c
	}
	return nil
}

// pressOfficeOwner is the actor whose press office is the subject of a
// speech verb, right after it ("ha riferito l'ufficio stampa
// dell'Esercito nazionale libico", "said the press office of …") or
// before it ("Пресс-служба Кремля сообщила", "LUO'nun basın ofisi
// açıkladı"): an office speaks for whom it belongs to, named right after
// it (a genitive) or right before it (Turkish, Urdu); nil when the
// office belongs to no actor of the article.
func (d *doc) pressOfficeOwner(h hit, inQuote []bool) *mention {
	s := d.sents[d.toks[h.tok0].sent]
	for _, u := range d.sentHitsOf(s, pPressOffice) {
		if inQuote[u.tok0] {
			continue
		}
		after := u.tok0 >= h.tok1 && u.tok0 <= h.tok1+1
		before := u.tok1 <= h.tok0 && h.tok0-u.tok1 <= 8 && !d.punctIn(u.tok1, h.tok0-1, ",،;:")
		if !after && !before {
			continue
		}
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.dir || inQuote[m.tok0] {
				continue
			}
			genitive := m.tok0 >= u.tok1 && m.tok0 <= u.tok1+2 && !d.mentionStarts(u.tok1, m.tok0) && (after || m.tok1 <= h.tok0)
			// (Turkish and Urdu put the owner first: "LUO'nun basın
			// ofisi", "وزیر اعظم کے میڈیا سیل")
			ownerFirst := d.verbFinal() && m.tok1 >= u.tok0-1 && m.tok1 <= u.tok0 && !d.punctIn(m.tok1, u.tok0, ",،;:")
			if !genitive && !ownerFirst {
				continue
			}
			if m.kind == graph.KindPerson || d.personIn(max(m.tok1, u.tok1), max(m.tok1, u.tok1)+3) {
				// a person's office ("пресс-служба египетского лидера")
				// or one that relays a person's words ("نقل المكتب
				// الإعلامي … عن صالح قوله"): not decided here
				return nil
			}
			// (the office and its owner, as one subject)
			c := *m
			c.loc = false
			if u.tok0 < c.tok0 {
				c.tok0, c.start = u.tok0, d.toks[u.tok0].start
			}
			if u.tok1 > c.tok1 {
				c.tok1, c.end = u.tok1, d.toks[u.tok1-1].end
			}
			return &c
		}
		if m := d.officeInstitution(u, h, after, inQuote); m != nil {
			return m
		}
	}
	return nil
}

// officeInstitution is the state whose office press office u belongs to
// when the owner is no actor of the lexicon but a state's institution
// right after it ("دائرة الاتصال في الرئاسة التركية", "المكتب الإعلامي
// للرئاسة التركية", "the communications directorate of the Turkish
// presidency", "la direction de la communication de la présidence
// turque"), or right before it where the owner comes first
// ("Cumhurbaşkanlığı İletişim Başkanlığı"): the office speaks for whom
// the institution stands for.
func (d *doc) officeInstitution(u, h hit, after bool, inQuote []bool) *mention {
	for _, x := range d.sentHitsOf(d.sents[d.toks[u.tok0].sent], pInstitution) {
		ownerFirst := d.verbFinal() && x.tok1 == u.tok0 // "Cumhurbaşkanlığı İletişim Başkanlığı"
		if inQuote[x.tok0] || !ownerFirst && (x.tok0 < u.tok1 || x.tok0 > u.tok1+2 || !after && x.tok1 > h.tok0 || d.punctIn(u.tok1-1, x.tok0-1, ",،;:")) {
			continue
		}
		if m := d.describedSpeaker(x); m != nil {
			c := *m
			c.tok0, c.start = min(u.tok0, x.tok0), d.toks[min(u.tok0, x.tok0)].start
			if x.tok1 > c.tok1 {
				c.tok1, c.end = x.tok1, d.toks[x.tok1-1].end
			}
			return &c
		}
		return nil
	}
	return nil
}

// visitingCall tells whether speech hit h ("called on") is the visit verb
// that urges nothing: "Draghi then called on al-Menfi at his residence"
// reports a visit, no words; "called on Turkey to withdraw" stays speech.
func (d *doc) visitingCall(h hit) bool {
	if h.p.kind != pSpeechTo {
		return false
	}
	for _, v := range d.hitsStartingAt(h.tok0) {
		if v.p.kind == pVisit && v.tok1 == h.tok1 {
			return !d.urging(v, d.hits)
		}
	}
	return false
}

// trTopicSubject is, in Turkish, the person the contrastive "ise" marks
// in tokens [start, end), before a speech verb or the quotation it closes ("Libyalı mevkidaşı ise … söyledi",
// "Serrac ise … dedi"): the topic so marked is the verb's subject,
// whoever the clause names before it ("Çavuşoğlu'nun yanında yer alan
// Libyalı mevkidaşı ise").
func (d *doc) trTopicSubject(start, end int, inQuote []bool) *mention {
	if d.lang != "tr" {
		return nil
	}
	var found *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.tok0 < start || m.tok1 >= end {
			continue
		}
		if m.kind == graph.KindPerson && !m.loc && !m.dir && !inQuote[m.tok0] && !inQuote[m.tok1] && d.toks[m.tok1].key == "ise" && !d.toks[m.tok1-1].apos {
			found = m
		}
	}
	return found
}

// arDroppedSubject tells whether an Arabic speech verb that opens its
// sentence has its complement right after it ("وقال إنه …", "وأكد أن
// …"): in a verb-first clause the subject stands between the verb and
// its complement, so none there is a dropped subject, the person the
// sentence before made its subject (not "وقال المكتب الإعلامي إن …",
// "وأشاد المشاركون …", whose subject the lexicon does not name).
func (d *doc) arDroppedSubject(h hit, s sentence) bool {
	return d.lang == "ar" && h.tok0-s.tok0 <= 1 && h.tok1 < s.tok1 && d.hitStartsWithKind(h.tok1, pComplementizer) && !d.punctIn(h.tok1, h.tok1, ",،:«\"")
}
