package extract

import (
	"slices"
	"sort"
)

// Where one event's clause ends and the next begins within a sentence:
// coordinated clauses with a subject of their own, fronted subordinate
// clauses, relative and participle clauses.

// andOwnSubject parts two coordinated clauses where the second, opened by
// "and" right after a comma, names a subject of its own right before its
// verb: "Tebún recibió a Serraj, y pocos días después Bukadum viajó a
// Bengasi", "Merkel met Erdoğan, and two days later Maas flew to
// Benghazi", "Путин принял Эрдогана, и вскоре Лавров провёл переговоры".
// The subject is the next trigger's, not a partner of the clause before.
// It is the token of "and" (c), or -1 when the clause before keeps fewer
// than two actors or no name stands right before the next trigger.
func (d *doc) andOwnSubject(c int, next hit, ms []mention) int {
	before, first, lastEnd := namesAround(c, next, ms)
	if len(before) < 2 || first < 0 || d.listBefore(c, ms) {
		return -1
	}
	// the subject before its verb, in the same stretch of words ("Bukadum
	// luego viajó", "Di Maio è volato a Tripoli per incontrare"): a
	// comma after the name ends a list of objects ("met Sarraj, and
	// Haftar, in Rome")
	if next.tok0-lastEnd > 6 || d.punctIn(lastEnd, next.tok0, ",،;:") {
		return -1
	}
	return c
}

// namesAround splits the actors of sentence mentions ms at token c:
// those named before it, and the first token and the last end of the
// names from c up to the next trigger (-1 when none).
func namesAround(c int, next hit, ms []mention) (before map[string]bool, first, lastEnd int) {
	before = map[string]bool{}
	first, lastEnd = -1, -1
	for _, m := range ms {
		switch {
		case m.tok0 < c:
			before[m.actor] = true
		case m.tok0 < next.tok0:
			if first < 0 {
				first = m.tok0
			}
			lastEnd = m.tok1
		}
	}
	return before, first, lastEnd
}

// listBefore tells whether the names before the comma at token c are a
// list that the comma goes on with ("met Saleh, Haftar, and Sarraj"):
// the name ending at c follows another name and a comma (not a title:
// "el primer ministro, Fayez al Serraj, y …").
func (d *doc) listBefore(c int, ms []mention) bool {
	for _, m := range ms {
		if m.tok1 == c && m.tok0 > 0 && d.punctIn(m.tok0, m.tok0, ",،") {
			if d.toks[m.tok0-1].upper || mentionIn(ms, m.tok0-1, m.tok0) {
				return true
			}
			for _, o := range ms {
				if o.tok1 == m.tok0 {
					return true
				}
			}
		}
	}
	return false
}

// commaAside tells whether mention m lies in a stretch set off by commas
// inside (lo, hi): "La visita, la de mayor rango desde que … expulsaron a
// las tropas de Hafter, se produce días después de que …" names Haftar in
// an aside about the visit, not as its partner.
func (d *doc) commaAside(m mention, lo, hi int) bool {
	return d.punctIn(lo, m.tok0, ",،") && d.punctIn(m.tok1, hi, ",،")
}

// auxiliaryGap tells whether the one word in [lo, hi) between a subject
// and its verb is an auxiliary or an adverb: "que Serraj fuera
// recibido", "dopo che Di Maio era stato ricevuto".
func (d *doc) auxiliaryGap(lo, hi int) bool {
	if hi-lo > 2 || d.punctIn(lo, hi, ",،;:") {
		return false
	}
	for k := lo; k < hi; k++ {
		if !d.insertedAt(k) && !d.rules.auxiliary[d.toks[k].norm] {
			return false
		}
	}
	return true
}

// laterClauseStart is hi, where the event's clause ends, when a trigger
// of a later clause of the sentence follows (before the sentence's end
// s1), else s1: a place or date named past the clause's end is then
// that later clause's. "se reunió esa tarde con Sarraj, y al día
// siguiente voló a Tobruk para entrevistarse con Saleh" did not meet
// Sarraj in Tobruk, nor on the next day.
func (d *doc) laterClauseStart(hi, s1 int) int {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= hi })
	for ; i < len(d.hits) && d.hits[i].tok0 < s1; i++ {
		if isTrigger(d.hits[i].p.kind) && !d.inQuote[d.hits[i].tok0] {
			return hi
		}
	}
	return s1
}

// sequelClause tells whether group g is a clause joined to group p by
// "and" and a time word, its subject left out: "se reunió con Sarraj y al
// día siguiente voló a Tobruk", "met Sarraj and the next day flew to
// Tobruk", "a rencontré Sarraj et le lendemain s'est rendu à Tobrouk".
// The subject's next event, on another day, not more of the first: p
// names its partner after its trigger, g no one before its own.
// It is the token of "and", or -1.
func (d *doc) sequelClause(p, g *group) int {
	t := g.trigs[0]
	last := p.trigs[len(p.trigs)-1]
	if !mentionIn(p.mentions, p.trigs[0].tok1, t.tok0) {
		return -1
	}
	for k := t.tok0 - 1; k >= last.tok1 && k >= t.tok0-10; k-- {
		if d.punctIn(k+1, t.tok0, ";:()") || mentionIn(g.mentions, k, t.tok0) || mentionIn(p.mentions, k, t.tok0) {
			return -1
		}
		// (the nearest "and" with a time word after it: Italian "è"
		// folds to "e")
		// (or inside the trigger, an adverb its words let in: "et s'est
		// ensuite entretenu")
		if d.hitStartsWithKind(k, pAnd) && (d.dateWordIn(k+1, t.tok0) || d.kindBetween(k+1, t.tok1, pSequence)) {
			return k
		}
	}
	return -1
}

// toldNewsReach is how far past the phrase h that points back at an event
// its partners are sought: three words, or past a date and a "between"
// that follow it ("dopo la telefonata del 30 gennaio tra Lamorgese e il
// premier libico Sarraj", "after the January 30 call between X and Y"):
// a dated event of its own, not the one told before.
func (d *doc) toldNewsReach(h hit) int {
	for _, e := range d.dates {
		if e.tok0 >= h.tok1 && e.tok0 <= h.tok1+2 && d.kindBetween(e.tok1, e.tok1+2, pBetween) {
			return e.tok1 + 10 - h.tok1
		}
	}
	return 3
}

// participleHeadEnd is, when trigger main ends in a subject participle
// ("görüşen", "bir araya gelen", "kabul eden") and a name follows it
// within four words, the comma that closes that name's phrase before hi:
// "13 Ocak'ta Lavrov ve Şoygu ile görüşen Hafter, Ankara ile Moskova'nın
// hazırladığı metni imzalamadan Rusya'dan ayrılmıştı" met Lavrov and
// Shoigu; the clause after the comma is Haftar's next deed, its names
// and places not the meeting's. -1 when there is none, or when the
// main clause holds a trigger of the group ("görüşen Başağa, aynı gün
// Emir tarafından da kabul edildi" is two events of one group).
func (d *doc) participleHeadEnd(main hit, lo, hi int, g *group) int {
	if len(d.rules.subjectParticiples) == 0 || !d.rules.subjectParticiples[d.toks[main.tok1-1].norm] || d.inQuote[main.tok0] {
		return -1
	}
	if !mentionIn(g.mentions, main.tok1, main.tok1+4) || d.punctIn(main.tok1, main.tok1, ",،;:") {
		return -1
	}
	for k := main.tok1 + 1; k < hi; k++ {
		if d.punctIn(k, k, ";:؛") {
			return -1
		}
		if d.punctIn(k, k, ",،") {
			if g.trigs[len(g.trigs)-1].tok0 >= k {
				return -1
			}
			return k
		}
	}
	return -1
}

// conferenceTimePhrase tells whether place p names a conference in a
// phrase that times the sentence by it, set off by a comma before trigger
// trig: "وتأتي الجولة بعد أيام من مؤتمر برلين، وبعد زيارة أداها السراج
// إلى الجزائر …", "A week after the Berlin conference, Sarraj flew to
// Algiers": the conference's city, not the event's.
func (d *doc) conferenceTimePhrase(p placeMention, trig int) bool {
	if p.tok1 > trig || !d.punctIn(p.tok1, trig, ",،;") {
		return false
	}
	// (the conference noun before the city or, as English and German
	// put it, right after it: "the Berlin conference")
	conf := -1
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= p.tok0-4 })
	for ; i < len(d.hits) && d.hits[i].tok0 <= min(p.tok1+1, trig); i++ {
		if d.hits[i].p.kind == pConference && conf < 0 {
			conf = min(d.hits[i].tok0, p.tok0)
		}
	}
	if conf < 0 {
		return false
	}
	i = sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= conf-6 })
	for ; i < len(d.hits) && d.hits[i].tok0 < conf; i++ {
		if h := d.hits[i]; (h.p.kind == pAfter || h.p.kind == pBefore) && !d.punctIn(h.tok1, conf, ",،;:") {
			return true
		}
	}
	return false
}

// frontedClauseCut parts a sentence that opens with a subordinate clause
// (`fronted_sub`: "After", "Après que", "Dopo che", "Después de que",
// "После того как", "Nachdem") at the comma that closes it, when that
// clause names its own subject, a name or a pronoun, right after its
// opener, before its verb heads[0] (the sentence's first trigger, k 0),
// and the main clause names one too:
// "After Maas met Sarraj in Tripoli, President Saied received Williams in
// Tunis" is two events, Saied no partner of the first, nor Maas of the
// second; "Nachdem er sich im Mai mit Macron abgestimmt hatte, warb er im
// Gespräch mit Trump …" two calls. It is the comma's token, or -1. (A
// clause with no subject of its own, "Après avoir rencontré Sarraj, Le
// Drian a …", shares the main clause's: no cut.)
func (d *doc) frontedClauseCut(s sentence, k int, heads []hit, ms []mention) int {
	if k != 0 || len(heads) < 2 || d.inQuote[heads[0].tok0] {
		return -1
	}
	opens := -1
	for _, h := range d.hitsStartingAt(s.tok0) {
		if h.p.kind == pFrontedSub && h.tok1 <= heads[0].tok0 {
			opens = h.tok1
		}
	}
	if opens < 0 {
		return -1
	}
	// its subject within three words of the opener, before the verb
	subj := opens + 3
	if subj > heads[0].tok0 {
		subj = heads[0].tok0
	}
	if d.punctIn(opens+1, subj, ",،;:") || !mentionIn(ms, opens, subj) && !d.pronounIn(opens, subj) {
		return -1
	}
	// the comma closing the clause: the first after its verb
	c := -1
	for k := heads[0].tok1; k < heads[1].tok0; k++ {
		if d.punctIn(k, k, ";:") {
			return -1
		}
		if d.punctIn(k, k, ",،") {
			c = k
			break
		}
	}
	if c < 0 {
		return -1
	}
	// the main clause names its subject, a name or a pronoun, near its
	// start before its trigger ("President Saied received"), or right
	// after the trigger that opens it, the verb second or first
	// ("telefonierte Merkel mit …", "استقبل الرئيس قيس سعيد …")
	to := min(c+5, heads[1].tok0)
	if heads[1].tok0 <= c+1 {
		to = heads[1].tok1 + 2
	}
	if !mentionIn(ms, c, to) && !d.pronounIn(c, to) {
		return -1
	}
	return c
}

// prepRelativeAt tells whether a relative clause governed by a
// preposition opens at token c: a comma before it, then a `relative_prep`
// phrase (in German not followed by a capitalised word): "telefonierte mit Salamé, mit dem er
// am 17. Januar … besprechen will", "avec Salamé, avec lequel il doit
// préparer …", "with Salamé, with whom he will …", "с Саламе, с которым
// он обсудит …". The clause's date, tense and names are its own, not the
// event's told before the comma (session 20). The clause runs to the
// sentence's end: one closed by a comma is an aside inside the subject's
// phrase, the main verb after it ("Ein Treffen mit X, über das in Ankara
// spekuliert worden war, wurde verschoben"), or lists the people of the
// event it qualifies ("la videoconferenza, a cui avrebbero dovuto
// partecipare, oltre a Di Maio, …").
func (d *doc) prepRelativeAt(c int) bool {
	if c <= 0 || c >= len(d.toks) || !d.punctIn(c, c, ",،") || d.inQuote[c] {
		return false
	}
	if s := d.sents[d.toks[c].sent]; d.punctIn(c+1, s.tok1-1, ",،;:؛()") {
		return false
	}
	for _, h := range d.hitsStartingAt(c) {
		if h.p.kind != pRelPrep || h.tok1 >= len(d.toks) || d.punctIn(h.tok0+1, h.tok1, ",;:()") {
			continue
		}
		// (German "mit dem" before a capitalised word is an article:
		// "…, mit dem Präsidenten des Parlaments")
		if d.lang == "de" && d.toks[h.tok1].upper {
			continue
		}
		return true
	}
	return false
}

// andClauseAt finds, after the event's last trigger (last) and before hi,
// a coordinated clause with a subject of its own and no trigger of the
// event's: a comma, "and" or a contrast word, at most a date, then a name
// right before a word of its own (its verb, an auxiliary, an adverb):
// "phoned Dbeibah on Thursday to congratulate him, and Rome is expected
// to send a minister", "telefonò a Erdoğan, e l'11 gennaio Sarraj tornò
// a Roma", "позвонил Эрдогану, а Лавров в понедельник вылетит в Анкару".
// The clause's names, date and tense are its own; the event told before
// it already names two (its subject and partner). It is the comma's
// token, or -1. Not a list going on ("met Saleh, Haftar, and Sarraj"),
// nor a gapped clause with a place or date right after the name ("met
// Sarraj in Rome, and Haftar in Benghazi") (session 20).
func (d *doc) andClauseAt(g *group, hs []hit, last, hi int) int {
	for _, h := range hs {
		if h.tok0 <= last || h.tok0 >= hi || d.inQuote[h.tok0] || h.p.kind != pAnd && h.p.kind != pContrast && h.p.kind != pBut {
			continue
		}
		if !d.punctIn(h.tok0, h.tok0, ",،") {
			continue
		}
		c := h.tok0
		named := map[string]bool{}
		for _, m := range g.mentions {
			if m.tok0 < c && !m.loc && !m.dir {
				named[m.actor] = true
			}
		}
		if len(named) < 2 || d.listBefore(c, g.mentions) || slices.ContainsFunc(hs, func(t hit) bool { return isTrigger(t.p.kind) && t.tok0 >= c && t.tok0 < hi }) {
			return -1
		}
		// the subject: right after the word, or after a date that opens
		// the clause ("e l'11 gennaio Sarraj")
		k := h.tok1
		for _, e := range d.dates {
			if e.tok0 == k {
				k = e.tok1
				break
			}
		}
		// (a person, a state or its capital: "and Rome is expected")
		end := -1
		for _, m := range g.mentions {
			if m.tok0 == k && !m.loc && !m.dir {
				end = m.tok1
				break
			}
		}
		for _, p := range d.placeMs {
			if end < 0 && p.tok0 == k && !p.loc && !p.dir {
				end = p.tok1
			}
		}
		if end < 0 {
			return -1
		}
		// past a place or date after the name, a word of the clause's
		// own must follow ("Лавров в понедельник вылетит"): a name with
		// only a place or date after it is gapped, the verb left out
		k = d.pastPlaceOrDate(end, hi)
		if k >= hi || d.punctIn(k, k, ",،;:") || d.toks[k].upper {
			return -1
		}
		return c
	}
	return -1
}

// ownClauseAt tells whether the event's clause was cut at token hi by a
// clause of its own that tells no event (prepRelativeAt, andClauseAt): a
// date past it is that clause's, not one to fall back on.
func (d *doc) ownClauseAt(hi int) bool {
	if d.prepRelativeAt(hi) {
		return true
	}
	if hi <= 0 || hi >= len(d.toks) || !d.punctIn(hi, hi, ",،") {
		return false
	}
	return d.hitStartsWithKind(hi, pAnd) || d.hitStartsWithKind(hi, pContrast) || d.hitStartsWithKind(hi, pBut)
}

// pastPlaceOrDate is the first token from k (before hi) that begins no
// date, place or locative or directional phrase, skipping those.
func (d *doc) pastPlaceOrDate(k, hi int) int {
	for k < hi {
		next := d.placeOrDateEnd(k, k)
		for _, h := range d.hitsStartingAt(k) {
			if h.p.kind == pLocative || h.p.kind == pDirection {
				next = max(next, h.tok1)
			}
		}
		if next == k {
			return k
		}
		k = next
	}
	return k
}

// placeOrDateEnd is the end of the longest date or place that begins at
// token k, or next when none ends beyond it.
func (d *doc) placeOrDateEnd(k, next int) int {
	for _, e := range d.dates {
		if e.tok0 == k {
			next = max(next, e.tok1)
		}
	}
	for _, p := range d.placeMs {
		if p.tok0 == k {
			next = max(next, p.tok1)
		}
	}
	return next
}

// anchorNoun tells whether trigger t is the meeting or visit noun right
// after a date anchor that counts from the event it names ("la víspera
// del encuentro", "the day before the meeting", "накануне встречи"),
// set off by a comma with a trigger of the sentence's own after it: "En
// la víspera del encuentro, el sábado, Bourita mantuvo conversaciones
// telefónicas con …" tells the calls, not the meeting (session 20).
func (d *doc) anchorNoun(t hit, trigs []hit) bool {
	if t.p.kind != pMeetNoun && t.p.kind != pVisit || d.inQuote[t.tok0] || verbFinal[d.lang] {
		return false
	}
	if !slices.ContainsFunc(trigs, func(o hit) bool { return o.tok0 >= t.tok1 && o.p.kind != pMeetNoun }) {
		return false
	}
	for _, e := range d.dates {
		if e.kind != dateAnchor || !e.of || e.tok1 > t.tok0 || t.tok0-e.tok1 > 2 {
			continue
		}
		// the phrase closes at a comma right after the noun
		return t.tok1 < len(d.toks) && d.punctIn(t.tok1, t.tok1, ",،") && !d.punctIn(e.tok1, t.tok0, ",،;:")
	}
	return false
}
