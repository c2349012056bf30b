package extract

import (
	"slices"

	"github.com/parley/parley/graph"
)

// Talk verbs told as events (session 18): "discussed Libya with
// Çavuşoğlu", "sprach … mit", "a évoqué avec", "ha discusso con",
// "обсудил с", "ile ele aldı". Talking over a subject with someone is a
// meeting only when the sentence itself makes it an event: it says where
// ("in Moscow", "Ankara'da"), when ("on Monday", "am Montag"), at what
// occasion ("on the sidelines of", "during his visit") or how ("face to
// face"); with a telephone or video cue it is that call (talkAsCall).
// Without a partner named after a comitative word ("with Y", "mit Y",
// "Y ile", "Y کے ساتھ") it is no event at all: "discussed Libya with
// reporters", "talked about Haftar".

// isTalk tells whether p is a phrase of talking with someone: `talk`
// ("a parlé avec", "sprach mit"), a meeting whatever else its sentence
// says, or `talk_anchored`, one only when its sentence anchors it.
func isTalk(p *phrase) bool {
	return p.name == "talk" || p.name == "talk_anchored"
}

// unanchoredTalk tells whether h is a `talk_anchored` trigger that tells
// no event: its sentence names no partner after a comitative word, or,
// when no telephone or video cue made it a call, nothing anchors it.
func (d *doc) unanchoredTalk(si int, h hit, hs []hit) bool {
	if h.p.name != "talk_anchored" {
		return false
	}
	if !d.talkPartner(si, h, hs) {
		return true
	}
	if h.p.kind != pMeet {
		// a telephone or video cue of its own sentence is a trigger that
		// tells the call itself ("spoke with X by telephone"); one of the
		// sentence before makes the talk that call (talkAsCall)
		return d.kindIn(hs, d.sents[si].tok0, d.sents[si].tok1, pCall, pVideo)
	}
	return !d.talkAnchor(si, h, hs) || d.pairMetJustBefore(si)
}

// talkPartner tells whether talk trigger h names its partner: a person
// or organisation right after the comitative word nearest to it ("with",
// "mit", "avec", "con", "с": at most three words between, titles and
// articles, with no punctuation or topic word: "with his Turkish
// counterpart Mevlüt Çavuşoğlu", not "with reporters about Haftar") or,
// in a verb-final language, right before it ("Lavrov ile", "Lavrov'la",
// "لاوروف کے ساتھ"). The word is the verb's particle after it ("discussed
// Libya with", within eight words), or, for a verb that closes its
// clause ("hat mit X gesprochen", "X ile ele aldı"), the last one before
// it in the clause; no other meeting verb stands between ("met X and the
// two then discussed …"). "mit ihm", "with reporters" name none.
func (d *doc) talkPartner(si int, h hit, hs []hit) bool {
	s := d.sents[si]
	c := -1
	if len(h.p.particle) > 0 {
		for _, o := range hs {
			if o.p.kind == pComitative && o.tok0 >= h.tok1 && o.tok0 < h.tok1+8 {
				c = slices.Index(hs, o)
				break
			}
		}
	} else {
		for k, o := range hs {
			if o.p.kind == pComitative && o.tok1 <= h.tok0 && !d.punctIn(o.tok1, h.tok0, ",;:–—") {
				c = k
			}
		}
	}
	if c < 0 || d.inQuote[hs[c].tok0] != d.inQuote[h.tok0] {
		return len(h.p.particle) == 0 && d.pairSubject(si, h, hs)
	}
	cm := hs[c]
	if d.otherTriggerIn(hs, h, min(cm.tok0, h.tok0), max(cm.tok1, h.tok1)) {
		return false
	}
	if verbFinal[d.lang] {
		// the partner's name ends right before the postposition
		for _, m := range d.actorMentions(max(s.tok0, cm.tok0-8), cm.tok0) {
			if m.tok1 == cm.tok0 && (m.kind == graph.KindPerson || m.kind == graph.KindOrganisation) {
				return true
			}
		}
		return false
	}
	// ("sprach getrennt mit beiden", "spoke with each of them": the two
	// people told before, see separateThem)
	for _, o := range hs {
		if o.p.kind == pThem && (o.p.name == "each_object" || o.p.name == "both_object") && (o.tok0 == cm.tok0 || o.tok0 == cm.tok1) {
			return true
		}
	}
	for _, m := range d.actorMentions(cm.tok1, min(cm.tok1+4, s.tok1)) {
		if m.kind == graph.KindCountry && m.tok1 < min(cm.tok1+4, s.tok1) {
			continue // a country in the partner's title: "with Turkey's Çavuşoğlu"
		}
		return (m.kind == graph.KindPerson || m.kind == graph.KindOrganisation) &&
			!d.punctIn(cm.tok1, m.tok0, ",;:()«»\"“”") && !d.kindIn(hs, cm.tok1, m.tok0, pTopic, pTopicAfter)
	}
	return false
}

// talkAnchor tells whether sentence si anchors a talk as an event: a
// meeting adverb ("face to face"), an occasion ("on the sidelines of",
// "during his visit", a visit told beside it), a date, or a city or
// region named as where ("in Moscow", "Ankara'da"; a country may be what
// they talked about, "the fighting in Libya"), outside quotation marks
// unless the talk is quoted too.
func (d *doc) talkAnchor(si int, h hit, hs []hit) bool {
	q := d.inQuote[h.tok0]
	// (not in a reporting clause after it: "…, the Kremlin said on
	// Monday")
	end := d.sents[si].tok1
	for _, o := range hs {
		if isSpeech(o.p.kind) && o.tok0 >= h.tok1 && d.punctIn(h.tok1, o.tok0, ",،") && o.tok0 < end {
			end = o.tok0
			for end > h.tok1 && !d.punctIn(end, end, ",،") {
				end--
			}
		}
	}
	for _, o := range hs {
		if d.inQuote[o.tok0] != q || o.tok0 >= end {
			continue
		}
		if o.p.name == "meet_adverb" || o.p.kind == pBackdrop || o.p.kind == pVisit || o.p.kind == pAnaphor {
			return true
		}
	}
	for _, e := range d.dates {
		if e.sent == si && d.inQuote[e.tok0] == q && e.tok0 < end {
			return true
		}
	}
	for _, p := range d.placeMs {
		if d.toks[p.tok0].sent != si || d.inQuote[p.tok0] != q || !p.loc || p.tok0 >= end {
			continue
		}
		if d.isCountry(p.place) || d.topicSpan(p.tok0, p.tok1) || d.x.lx.seas[p.place] {
			continue
		}
		return true
	}
	return false
}

// otherTriggerIn tells whether a meeting, call or visit trigger other than
// h starts in [lo, hi).
func (d *doc) otherTriggerIn(hs []hit, h hit, lo, hi int) bool {
	for _, o := range hs {
		if o.tok0 >= lo && o.tok0 < hi && o.tok0 != h.tok0 && isTrigger(o.p.kind) && !d.inQuote[o.tok0] {
			return true
		}
	}
	return false
}

// pairSubject tells whether the subject of talk verb h, which needs no
// particle, is two people joined by "and" right before it in its clause
// ("Lavrov and Çavuşoğlu discussed Libya", "Лавров и Чавушоглу
// обсудили", "Çavuşoğlu ve Lavrov, … ele aldı", "لاوروف اور چاووش اوغلو
// نے … تبادلہ خیال کیا"): each is the other's partner. At most three words
// (titles, a possessive) stand between "and" and the second name, and no
// other meeting verb, comitative word or clause mark between the pair
// and the verb.
func (d *doc) pairSubject(si int, h hit, hs []hit) bool {
	s := d.sents[si]
	var persons []mention
	for _, m := range d.actorMentions(s.tok0, h.tok0) {
		if m.kind == graph.KindPerson && d.inQuote[m.tok0] == d.inQuote[h.tok0] {
			persons = append(persons, m)
		}
	}
	if len(persons) < 2 || d.kindIn(hs, h.tok0, h.tok1, pSpeech) {
		return false
	}
	a, b := persons[len(persons)-2], persons[len(persons)-1]
	if d.punctIn(b.tok1, h.tok0, clauseMarks) || d.otherTriggerIn(hs, h, b.tok1, h.tok0) || d.kindIn(hs, b.tok1, h.tok0, pComitative, pSpeech) {
		return false
	}
	for _, o := range hs {
		if o.p.kind == pAnd && o.tok0 == a.tok1 && b.tok0 >= o.tok1 && b.tok0 <= o.tok1+3 && !d.punctIn(a.tok1, b.tok0, ",;:()") {
			return true
		}
	}
	return false
}

// callPeopleAgain tells whether sentence si names again two of the people
// the sentence before it named, or the sentence before named no one (a
// bare medium: "Le téléphone a pris le relais."): a talk told then is
// the call told there, not talks of others ("… phoned Sarraj. Maas and
// Haftar discussed …" is the meeting with Haftar).
func (d *doc) callPeopleAgain(si int) bool {
	prev := map[string]bool{}
	for _, m := range d.actorMentions(d.sents[si-1].tok0, d.sents[si-1].tok1) {
		if m.kind == graph.KindPerson {
			prev[m.actor] = true
		}
	}
	if len(prev) == 0 {
		return true
	}
	seen := map[string]bool{}
	for _, m := range d.actorMentions(d.sents[si].tok0, d.sents[si].tok1) {
		if prev[m.actor] {
			seen[m.actor] = true
		}
	}
	return len(seen) >= 2
}

// pairMetJustBefore tells whether two people the talk's sentence si names
// took part in an event told in the sentence before: the talk goes on
// telling it ("Maas met Haftar in Benghazi on Wednesday. Maas and Haftar
// discussed a ceasefire around Sirte"), it is no second meeting.
func (d *doc) pairMetJustBefore(si int) bool {
	if si == 0 {
		return false
	}
	named := map[string]bool{}
	for _, m := range d.actorMentions(d.sents[si].tok0, d.sents[si].tok1) {
		if m.kind == graph.KindPerson {
			named[m.actor] = true
		}
	}
	for _, ev := range d.meetings {
		if ev.sent != si-1 {
			continue
		}
		n := 0
		for _, p := range ev.parts {
			if named[p] {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// talkOfTopic tells whether the name starting at token t0 follows a
// `talk_of` word ("de", "della", "del") right after the partner of a talk
// named after a comitative word ("a discuté avec Sameh Choukry de la
// Libye", "ha parlato con Shoukry della Libia", "habló con Saleh de
// Libia"): it is what they talked of (or the partner's country), no
// party and no place of the talks.
func (d *doc) talkOfTopic(t0 int) bool {
	if !elided(d.toks[t0].punct) {
		return false
	}
	for _, i := range d.hitsByEnd(t0) {
		h := d.hits[i]
		if h.p.kind != pTalkOf || d.toks[h.tok0].punct != "" {
			continue
		}
		j := d.mentionEndingAt(h.tok0)
		if j < 0 || d.mentions[j].kind != graph.KindPerson {
			continue
		}
		pm := d.mentions[j]
		for k := max(d.sents[d.toks[pm.tok0].sent].tok0, pm.tok0-4); k < pm.tok0; k++ {
			if d.startsKind(k, pComitative) && !d.punctIn(k+1, pm.tok0, ",;:") {
				return true
			}
		}
	}
	return false
}
