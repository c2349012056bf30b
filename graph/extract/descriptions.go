package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

// guestOfCountry is whom a guest noun qualified by a demonym or a country
// stands for ("الضيف الإيطالي", "the Egyptian guest", "der italienische
// Gast"): the first person of that country in the last sentence, ten at
// most back, that names one (the head of a delegation is named first).
// Empty when the noun has no such qualifier or no such person was named.
func (d *doc) guestOfCountry(h hit) string {
	country := d.titleCountry(h)
	if country == "" {
		return ""
	}
	si := d.toks[h.tok0].sent
	for sj := si; sj >= 0 && sj >= si-10; sj-- {
		s := d.sents[sj]
		end := s.tok1
		if sj == si {
			end = h.tok0
		}
		for _, m := range d.actorMentions(s.tok0, end) {
			if m.kind == graph.KindPerson && !m.loc && !m.dir && !d.inQuote[m.tok0] && d.actorCountry(m.actor) == country {
				return m.actor
			}
		}
	}
	return ""
}

// descriptionSpeaker is whom a host or guest noun opening the clause of
// speech verb h stands for ("El anfitrión, por su parte, agradeció",
// "Sein Gast sprach von", "أما ضيفه فأكد", "The host said"), when no
// name follows it and the actor stage left it unresolved: the host (the
// guest) of the last meeting told before its sentence, else the partner
// of the previous sentence's subject in the last event that joins them.
// ok with a nil mention: the description stands for someone the article
// does not tell, so the statement is no one's rather than the last
// speaker's.
func (d *doc) descriptionSpeaker(h hit, start int) (*mention, bool) {
	var c *hit
	for k := sort.Search(len(d.hits), func(k int) bool { return d.hits[k].tok0 >= start }); k < len(d.hits); k++ {
		x := &d.hits[k]
		if x.tok0 >= h.tok0 || x.tok0 > start+2 {
			break
		}
		if x.p.kind != pGuest && x.p.kind != pHostPerson || d.inQuote[x.tok0] {
			continue
		}
		c = x
		break
	}
	if c == nil || d.mentionStarts(c.tok1, min(c.tok1+3, h.tok0)) || d.insideMention(c.tok0, c.tok1) {
		return nil, false
	}
	want := graph.RoleGuest
	if c.p.kind == pHostPerson {
		want = graph.RoleHost
	}
	si := d.toks[h.tok0].sent
	prev := ""
	if si > 0 {
		if prev = d.previousSpeaker(si); prev == "" {
			prev = d.lastSubject(si - 1)
		}
	}
	other := graph.RoleHost
	if want == graph.RoleHost {
		other = graph.RoleGuest
	}
	// the previous subject's partner in the last meeting where he was
	// the other side ("Siala said …. His guest stressed …"), else the
	// host (the guest) of the last meeting told, if not that subject
	for pass := 0; pass < 2; pass++ {
		for i := len(d.meetings) - 1; i >= 0; i-- {
			ev := d.meetings[i]
			if ev.sent >= si || si-ev.sent > 8 || ev.class != "meet" {
				continue
			}
			if pass == 0 && (prev == "" || ev.roles[prev] != other) {
				continue
			}
			for _, p := range ev.parts {
				if ev.roles[p] == want && p != prev {
					if m := d.lastMentionOf(p, c.tok0); m != nil {
						return m, true
					}
				}
			}
		}
	}
	// a meeting told with no host: in the place's country, its one
	// participant of that country is the host and its one from abroad the
	// guest ("Lavrov met Saleh in Moscow. … The guest speaker said")
	for i := len(d.meetings) - 1; i >= 0; i-- {
		ev := d.meetings[i]
		if ev.sent >= si || si-ev.sent > 8 || ev.class != "meet" {
			continue
		}
		if p := d.sideByPlace(ev, want); p != "" && p != prev {
			if m := d.lastMentionOf(p, c.tok0); m != nil {
				return m, true
			}
		}
		break
	}
	if m := d.partnerOfLastMet(h); m != nil && m.actor != prev {
		return m, true
	}
	return nil, true
}

// partnerOfLastMet is partnerOfLast over the meetings in person and
// visits only: a host or a guest is no side of a telephone or video call
// told in between ("… se apartó para atender una llamada de Lavrov. …
// El anfitrión aseguró" is the host of the talks, not Lavrov).
func (d *doc) partnerOfLastMet(h hit) *mention {
	saved := d.meetings
	var met []*event
	for _, ev := range saved {
		if ev.class != "call" {
			met = append(met, ev)
		}
	}
	d.meetings = met
	defer func() { d.meetings = saved }()
	return d.partnerOfLast(h)
}

// lastMentionOf is the last mention of actor before token k.
func (d *doc) lastMentionOf(actor string, k int) *mention {
	for j := len(d.mentions) - 1; j >= 0; j-- {
		if m := &d.mentions[j]; m.actor == actor && m.tok0 < k {
			return m
		}
	}
	return nil
}

// addEpithets puts every actor's epithets among the phrases of their
// language, as pEpithet phrases whose role is the actor's id.
func addEpithets(raw []actorEntry, rules map[string]*langRules) error {
	for _, a := range raw {
		for _, l := range sortedKeys(a.Epithets) {
			r, ok := rules[l]
			if !ok {
				return fmt.Errorf("actor %s: epithets: unknown language code %q", a.ID, l)
			}
			for _, w := range a.Epithets[l] {
				if p := newPhrase(w, pEpithet); p != nil {
					p.role, p.name = a.ID, "epithet"
					r.phrases.add(p)
				}
			}
		}
	}
	return nil
}

// epithets resolves an actor's epithet ("the Libyan strongman", "l'homme
// fort de l'Est libyen", "الرجل القوي في شرق ليبيا") to the actor, when no
// name follows it and the article named the actor before: the epithet is
// his alone, so it cannot be someone the article leaves unnamed.
func (d *doc) epithets() {
	added := false
	for _, h := range d.hits {
		if h.p.kind == pEpithet && !d.inQuote[h.tok0] {
			// "il colloquio con l'uomo forte della Cirenaica", "the
			// strongman of eastern Libya": the place inside only describes
			// him, it is not where the event took place
			d.placeMs = slices.DeleteFunc(d.placeMs, func(p placeMention) bool {
				return p.tok0 >= h.tok0 && p.tok1 <= h.tok1
			})
		}
		if h.p.kind != pEpithet || d.inQuote[h.tok0] || d.personNear(h.tok0, h.tok1+1) {
			continue
		}
		if d.lastMentionOf(h.p.role, h.tok0) == nil {
			continue
		}
		// "شرق ليبيا", "Ostlibyens": the place inside only describes him
		d.mentions = slices.DeleteFunc(d.mentions, func(o mention) bool {
			return o.tok0 < h.tok1 && o.tok1 > h.tok0
		})
		t := &d.toks[h.tok0]
		d.mentions = append(d.mentions, mention{tok0: h.tok0, tok1: h.tok1, start: t.start, end: d.toks[h.tok1-1].end, actor: h.p.role, kind: graph.KindPerson, name: nameShort})
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// personNear tells whether a person's mention shares a token with [t0,
// t1).
func (d *doc) personNear(t0, t1 int) bool {
	for _, m := range d.mentions {
		if m.tok0 < t1 && m.tok1 > t0 && m.kind == graph.KindPerson {
			return true
		}
	}
	return false
}

// sideByPlace is the one participant of meeting ev at home in the
// country of its place (want RoleHost) or the one from abroad (RoleGuest),
// when each side is one person; "" otherwise.
func (d *doc) sideByPlace(ev *event, want string) string {
	pi, ok := d.x.lx.placeIdx[ev.m.Place]
	if !ok || len(ev.parts) != 2 {
		return ""
	}
	c := d.x.lx.places[pi].Country
	if c == "" {
		c = ev.m.Place
	}
	home, away := "", ""
	for _, p := range ev.parts {
		pc := d.actorCountry(p)
		switch {
		case pc == "":
			return ""
		case pc == c:
			home = p
		default:
			away = p
		}
	}
	if home == "" || away == "" {
		return ""
	}
	if want == graph.RoleHost {
		return home
	}
	return away
}

// inPersonAside tells whether mention m lies in a relative or participial
// clause about a person, opened by a comma right after that person's name
// by a relative pronoun or, where the language lists their endings, a
// participle, and closed by the next comma or the sentence's end ("Ян
// Кубиш, сменивший на этом посту Стефани Уильямс, встретился с …", "с
// Хафтаром, прибывшим в Москву по приглашению Путина", "یان کوبش، جنہوں
// نے ولیمز کی جگہ لی تھی، نے …"): whom the clause names is no partner of
// the event of trigger trig. Not when the clause holds trig, nor when it
// says who took part or came along (a join or companion word).
func (d *doc) inPersonAside(m mention, trig int, hs []hit) bool {
	if d.lang != "ru" && d.lang != "ur" && d.lang != "ar" {
		return false
	}
	s := d.sents[d.toks[m.tok0].sent]
	for k := m.tok0 - 1; k > s.tok0; k-- {
		if !strings.ContainsAny(d.toks[k].punct, ",،") || d.inQuote[k] {
			if strings.ContainsAny(d.toks[k].punct, ";:؛.") {
				return false
			}
			continue
		}
		// the nearest comma before m opens the clause: a relative
		// pronoun right after a person's name (not a place's "where"), or
		// a participle after a name or a description of one, not after a
		// meeting noun ("встреча, состоявшаяся при участии X" tells who
		// met)
		if !(d.hitStartsWithKind(k, pRelPron) && d.personEndsAt(k) || d.participleAt(k) && !d.triggerEndsAt(k)) {
			return false
		}
		end := s.tok1
		for j := k + 1; j < s.tok1; j++ {
			if strings.ContainsAny(d.toks[j].punct, ",،;:؛") {
				end = j
				break
			}
		}
		if m.tok1 > end || trig >= k && trig < end {
			return false
		}
		for _, h := range hs {
			if (h.p.kind == pJoin || h.p.kind == pCompanion) && h.tok0 >= k && h.tok0 < end {
				return false
			}
		}
		return true
	}
	return false
}

// participleAt tells whether token k is a participle by its ending, in a
// language that lists them ("сменивший", "прибывшим").
func (d *doc) participleAt(k int) bool {
	w := d.toks[k].norm
	for _, e := range d.rules.participleEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// triggerEndsAt tells whether a meeting, call or visit trigger ends right
// before token k.
func (d *doc) triggerEndsAt(k int) bool {
	for _, h := range d.hitsEndingAt(k) {
		if isTrigger(h.p.kind) || h.p.kind == pAnaphor {
			return true
		}
	}
	return false
}

// asideSubject is the subject of sentence si when the one taken for it,
// subject, is only named in a person aside or a time phrase before the
// first trigger ("Словацкий дипломат, сменивший на этом посту Стефани
// Уильямс, встретился с Дбейбой", "Serrac'la görüşmesinin ardından Akar,
// … ile bir araya geldi"): the first person named outside them before the
// trigger, else the one the sentence before was about; else subject.
func (d *doc) asideSubject(si int, ms []mention, hs []hit, first hit, subject string) string {
	if subject == "" {
		return subject
	}
	i := slices.IndexFunc(ms, func(m mention) bool { return m.actor == subject })
	aside := func(m mention) bool {
		return d.inPersonAside(m, first.tok0, hs) || d.inTimePhrase(m, first.tok0)
	}
	if i < 0 || ms[i].tok0 >= first.tok0 || !aside(ms[i]) {
		return subject
	}
	for _, m := range ms {
		if m.tok0 < first.tok0 && m.kind == graph.KindPerson && !aside(m) {
			return m.actor
		}
	}
	if si > 0 {
		if prev := d.lastSubject(si - 1); prev != "" && prev != subject {
			return prev
		}
	}
	return subject
}

// inTimePhrase tells whether mention m, named with a case ending or a
// postposition ("Serrac'la", "Dibeybe ile", "Dibeybe'nin"), lies in a time
// phrase before trigger trig that a verbal noun in the genitive or the
// ablative and a time postposition close ("Dibeybe ile görüşmesinin
// ardından", "Dibeybe'nin ziyaretinden bir gün sonra", "Serrac'la
// görüşmesinin ardından Akar, …"): what the phrase names dates the event,
// it is no partner. The languages whose rule file lists time_postposition
// words only.
func (d *doc) inTimePhrase(m mention, trig int) bool {
	if len(d.rules.timePostpositions) == 0 || m.tok1 >= trig || m.tok1 >= len(d.toks) {
		return false
	}
	// (or the country of the title of a name so marked: "Libya Başbakanı
	// Dibeybe'nin ziyaretinden sonra")
	if c := &d.toks[m.tok1]; !c.apos && c.norm != "ile" {
		if m.kind == graph.KindPerson {
			return false
		}
		for _, n := range d.actorMentions(m.tok1, min(m.tok1+3, trig)) {
			if n.kind == graph.KindPerson && !d.punctIn(m.tok1, n.tok0, ",;:.()") {
				return d.inTimePhrase(n, trig)
			}
		}
		return false
	}
	for k := m.tok1 + 1; k < trig; k++ {
		if strings.ContainsAny(d.toks[k].punct, ",;:.()«»\"“”") {
			return false
		}
		if !d.rules.timePostpositions[d.toks[k].norm] {
			continue
		}
		// the verbal noun right before it, or before a span of time ("bir
		// gün sonra")
		for j := k - 1; j > m.tok1 && j >= k-3; j-- {
			if d.timeNoun(j) {
				return true
			}
		}
		return false
	}
	return false
}

// timeNoun tells whether token k is a verbal noun in a case a time
// postposition governs ("görüşmesinin", "ziyaretinden"): a long word with
// one of the rule file's time_noun_ending endings.
func (d *doc) timeNoun(k int) bool {
	w := d.toks[k].norm
	if d.toks[k].apos || utf8.RuneCountInString(w) < 7 {
		return false
	}
	for _, e := range d.rules.timeNounEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// timePostCut is, in a language whose rule file lists time postpositions,
// the token after the one that closes a time phrase headed by meeting
// trigger a, before the next trigger b ("Erdoğan, Dibeybe ile
// görüşmesinin ardından Draghi ile telefonda görüştü"): the meeting the
// phrase tells and the event after it are two, each with its own partner.
// -1 when none.
func (d *doc) timePostCut(a, b hit) int {
	if len(d.rules.timePostpositions) == 0 || !d.timeNoun(a.tok1-1) {
		return -1
	}
	for k := a.tok1; k < b.tok0 && k <= a.tok1+3; k++ {
		if d.punctIn(k, k, ",;:.()") {
			return -1
		}
		if d.rules.timePostpositions[d.toks[k].norm] {
			return k + 1
		}
	}
	return -1
}

// demonymSubject is whom an unnamed noun qualified by a demonym or a
// country stands for as the subject of sentence si's first trigger ("Во
// вторник российский дипломат провел переговоры … с Гаргашем", "Rus
// diplomat … ile görüştü", "روسی سفارتکار نے … سے ملاقات کی"), when no
// person is named before the trigger nor right after the noun: the person
// of that country named last, ten sentences back at most (as for "the
// Italian guest"). "" when there is no such noun or person.
func (d *doc) demonymSubject(si int, ms []mention, hs []hit, first hit) string {
	for _, m := range ms {
		if m.kind == graph.KindPerson && m.tok0 < first.tok0 {
			return ""
		}
	}
	s := d.sents[si]
	for _, h := range hs {
		if h.p.kind != pUnnamed || h.tok0 < s.tok0 || h.tok1 > first.tok0 || d.inQuote[h.tok0] || d.mentionStarts(h.tok1, min(h.tok1+3, first.tok0)) {
			continue
		}
		// (not the office a head or title governs: "глава ливийского МИД")
		if slices.ContainsFunc(hs, func(x hit) bool {
			return (x.p.kind == pHead || x.p.kind == pTitle) && x.tok1 <= h.tok0 && x.tok1 >= h.tok0-2
		}) {
			continue
		}
		if p := d.guestOfCountry(h); p != "" {
			return p
		}
	}
	return ""
}

// urPronounErgative tells whether Urdu sentence si's subject is a pronoun
// with the ergative "نے" and no person named in it takes "نے" ("مصری صدر
// السیسی کے … اعلامیے پر سوال کا جواب انہوں نے گول کر دیا"): the person
// named in it is someone else's owner or object, the subject goes on from
// the sentence before.
func (d *doc) urPronounErgative(si int, ms []mention) bool {
	if d.lang != "ur" {
		return false
	}
	s := d.sents[si]
	for _, m := range ms {
		if m.kind == graph.KindPerson && m.tok1 < s.tok1 && d.toks[m.tok1].key == urNe {
			return false
		}
	}
	for _, h := range d.sentHits(si) {
		if h.p.kind == pPronoun && !d.inQuote[h.tok0] && h.tok1 < s.tok1 && d.toks[h.tok1].key == urNe {
			return true
		}
	}
	return false
}

// clauseAnchor is what a relative date in group g, a sentence's next
// clause, counts from: the day of the event its clause before told, when
// that one has a day ("17 Aralık'ta Di Maio Bingazi'de Hafter ile
// görüşmüş, aynı gün Trablus'ta Serrac tarafından kabul edilmişti"), else
// anchor. A relative date before the first clause ("اس سے ایک روز قبل …")
// dates both clauses from anchor.
func (d *doc) clauseAnchor(evs []*event, anchor graph.Date, g *group, hs []hit) graph.Date {
	if !slices.ContainsFunc(hs, func(h hit) bool { return h.p.kind == pRelative && h.tok0 >= g.lo && h.tok0 < g.hi }) {
		return anchor
	}
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i] != nil {
			if evs[i].m.Date.Day != 0 {
				return evs[i].m.Date
			}
			break
		}
	}
	return anchor
}

// ownerOfTimeNoun tells whether mention m, in Russian or Arabic, after
// trigger trig, only owns the noun of a time phrase that an "after" word
// opens ("прилетел в Анкару после отступления Хафтара от Триполи", "بعد
// انسحاب حفتر"): the one whose retreat dates the event is no partner of
// it. Not when that noun is a meeting's ("после встречи с Хафтаром" tells a
// meeting of its own), nor before the trigger, where an adverb may stand
// between ("После обеда Путин провёл …").
func (d *doc) ownerOfTimeNoun(m mention, hs []hit, trig int) bool {
	if d.lang != "ru" && d.lang != "ar" || m.tok0 < 2 || m.tok0 <= trig {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pAfter || h.tok1 != m.tok0-1 || d.inQuote[h.tok0] {
			continue
		}
		k := m.tok0 - 1
		if d.punctIn(h.tok1, m.tok0, breakMarks) || d.triggerAt(k) || d.mentionStarts(k, m.tok0) || d.toks[k].upper {
			return false
		}
		return true
	}
	return false
}

// headOfOrg tells whether lexicon person id heads organisation org: one
// of the offices its role lists (parted by commas and slashes) opens with
// a head noun (headRole), is no deputy's, and ends with the English name
// of org or of a body of the lexicon affiliated to it (a name or alias) ("Chairman of the
// Presidential Council, Prime Minister of the GNA" heads the Presidential
// Council and the GNA; "Commander of the Libyan National Army" the LNA;
// "Head of the GNA delegation to the 5+5 …" heads no GNA).
func (d *doc) headOfOrg(id, org string) bool {
	key := id + "\x00" + org
	if v, ok := d.x.lx.heads.Load(key); ok {
		return v.(bool)
	}
	h := d.headOfOrgUncached(id, org)
	d.x.lx.heads.Store(key, h)
	return h
}

func (d *doc) headOfOrgUncached(id, org string) bool {
	lx := d.x.lx
	i, ok := lx.actorIdx[id]
	if !ok || lx.actors[i].Kind != graph.KindPerson {
		return false
	}
	var names []string
	for _, a := range lx.actors {
		if a.Kind == graph.KindOrganisation && (a.ID == org || a.Affiliation == org) {
			names = append(names, a.Name)
			names = append(names, a.Aliases...)
		}
	}
	for _, part := range strings.FieldsFunc(lx.actors[i].Role, func(r rune) bool { return r == ',' || r == '/' || r == ';' }) {
		// ("head of UNSMIL", "Head of the … Organization (MIT)")
		part = strings.TrimSpace(part)
		if k := strings.LastIndex(part, " ("); k > 0 && strings.HasSuffix(part, ")") {
			part = part[:k]
		}
		if part != "" {
			r, n := utf8.DecodeRuneInString(part)
			part = string(unicode.ToUpper(r)) + part[n:]
		}
		if !headRole.MatchString(part) || strings.Contains(part, "Deputy") || strings.Contains(part, "Vice") {
			continue
		}
		for _, n := range names {
			if n != "" && strings.HasSuffix(part, " "+n) {
				return true
			}
		}
	}
	return false
}

// affiliatedTo tells whether lexicon actor id belongs to organisation org
// through its affiliation, or that of the body it belongs to (a member of
// the Presidential Council belongs to the GNA).
func (d *doc) affiliatedTo(id, org string) bool {
	lx := d.x.lx
	for n := 0; n < 3; n++ {
		i, ok := lx.actorIdx[id]
		if !ok || lx.actors[i].Affiliation == "" {
			return false
		}
		if id = lx.actors[i].Affiliation; id == org {
			return true
		}
	}
	return false
}

// headNamedAfter tells whether person m, named right after organisation
// org that a head word governs ("رئيس مجلس النواب عقيلة صالح", "the head
// of the Presidential Council Fayez al-Sarraj"), is the head's name: no
// meeting or speech word stands between ("the head of the Presidential
// Council met Kyriakos Mitsotakis", "le commandant de l'ANL a rencontré
// X"), and the lexicon does not make him someone of another body ("التقى
// رئيس حكومة الوفاق جوزيب بوريل": Borrell is the EU's, the one met).
func (d *doc) headNamedAfter(org, m mention) bool {
	for k := org.tok1; k < m.tok0; k++ {
		if d.triggerAt(k) {
			return false
		}
	}
	if _, known := d.x.lx.actorIdx[m.actor]; !known {
		return true
	}
	return d.headOfOrg(m.actor, org.actor) || d.affiliatedTo(m.actor, org.actor)
}

// orgHeadNear is the person the article names, last before head word h
// (else first after it), whom the lexicon makes the head of organisation
// org (headOfOrg); else, as memberNear, one affiliated to it whose role
// names no office beneath its head (no minister: "the head of the GNA"
// is never its foreign minister named last); mi indexes the first
// mention after h.
func (d *doc) orgHeadNear(h hit, org string, mi int) (mention, bool) {
	if m, ok := d.nearestMention(h, mi, func(m mention) bool {
		return m.kind == graph.KindPerson && m.tok0 != h.tok0 && d.headOfOrg(m.actor, org)
	}); ok {
		return m, true
	}
	m, ok := d.memberNear(h, org, mi)
	if !ok {
		return d.orgHeadAt(org)
	}
	r := d.x.lx.actors[d.x.lx.actorIdx[m.actor]].Role
	if strings.Contains(r, "Minister") && !headRole.MatchString(r) {
		return mention{}, false
	}
	return m, true
}

// titledOrgHeads does what orgHeads does for a title phrase that holds
// the organisation it heads at its end ("il presidente del Consiglio
// presidenziale", a title of its own): when the title is a head's
// (its lexicon role heads match headRole), no person is named with it and
// no name follows, the organisation is its head the article names.
func (d *doc) titledOrgHeads() bool {
	changed := false
	for _, h := range d.hits {
		if h.p.kind != pTitle || d.inQuote[h.tok0] || !slices.ContainsFunc(d.x.lx.roleHeads[h.p.role], headRole.MatchString) {
			continue
		}
		i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 > h.tok0 })
		if i >= len(d.mentions) || d.mentions[i].tok1 != h.tok1 || d.mentions[i].kind != graph.KindOrganisation {
			continue
		}
		org := d.mentions[i]
		if d.personNear(h.tok0, h.tok1) {
			continue
		}
		if i+1 < len(d.mentions) && d.mentions[i+1].kind == graph.KindPerson && d.mentions[i+1].tok0 <= org.tok1+2 && !d.relativeBetween(org.tok1, d.mentions[i+1].tok0) && d.headNamedAfter(org, d.mentions[i+1]) {
			continue
		}
		if d.appositionAfter(org, i) {
			continue
		}
		if m, ok := d.orgHeadNear(h, org.actor, i); ok {
			d.mentions[i].actor, d.mentions[i].kind = m.actor, m.kind
			changed = true
		}
	}
	return changed
}

// deniedPairOf is whom a pair phrase ("the two men", "les deux hommes",
// "die beiden Männer", "الرجلين", "دونوں رہنماؤں") stands for in a clause
// with a `separate` word ("Merkel received the two men separately"): the
// one pair of people the article said before did not meet, of whom the
// clause names neither (parts). Seeing two separately tells of two kept
// apart, not of the two who met in the event told last ("Lavrov spoke by
// phone with Pompeo"). Nil when the clause has no such word, or no such
// pair or more than one was denied.
func (d *doc) deniedPairOf(hs []hit, lo, hi int, parts []string) []string {
	if !slices.ContainsFunc(hs, func(h hit) bool {
		return h.p.kind == pSeparate && h.tok0 >= lo && h.tok0 < hi && !d.inQuote[h.tok0]
	}) {
		return nil
	}
	var found []string
	for k := range d.negPairs {
		if !d.isPerson(k[0]) || !d.isPerson(k[1]) || slices.Contains(parts, k[0]) || slices.Contains(parts, k[1]) {
			continue
		}
		if found != nil {
			return nil
		}
		found = []string{k[0], k[1]}
	}
	return found
}

// includingList tells whether relative pronoun h, inside an `including`
// phrase ("dont", "parmi lesquels") after a comma, lists the members of
// the group named before it rather than opening a relative clause: no
// name ends right before the comma (its antecedent is a group noun: "une
// douzaine de dirigeants, dont …", not "Sarraj, dont Haftar conteste la
// légitimité") and a person is named right after it, a title or
// honorific between at most ("dont M. Choukri").
func (d *doc) includingList(h hit, hs []hit) bool {
	if !slices.ContainsFunc(hs, func(x hit) bool { return x.p.kind == pIncluding && x.tok0 <= h.tok0 && x.tok1 >= h.tok1 }) {
		return false
	}
	start := h.tok0
	for _, x := range hs {
		if x.p.kind == pIncluding && x.tok0 <= h.tok0 && x.tok1 >= h.tok1 {
			start = min(start, x.tok0)
		}
	}
	if !d.punctIn(start, start, ",") || slices.ContainsFunc(d.mentions, func(m mention) bool { return m.tok1 == start }) {
		return false
	}
	end := h.tok1
	for _, x := range hs {
		if x.p.kind == pIncluding && x.tok0 == start {
			end = max(end, x.tok1)
		}
	}
	for _, m := range d.mentions {
		if m.tok0 >= end && m.tok0 <= end+3 && m.kind == graph.KindPerson && !m.loc && !m.dir {
			return m.tok0 == end || !d.punctIn(end, m.tok0-1, ",;:")
		}
	}
	return false
}

// pairDemonym is the country of an adjective of nationality inside a
// pair phrase or right after it, in its sentence with no punctuation
// between ("the two Libyan rivals", "die beiden libyschen Rivalen", "оба
// ливийских соперника", "les deux rivaux libyens", "i due rivali libici",
// "الغريمان الليبيان"): a demonym of demonyms.yaml, or a nationality noun
// of words.yaml `group_head_countries` in its plural. "" when none.
func (d *doc) pairDemonym(both *hit) string {
	end := both.tok1
	if end < len(d.toks) && d.toks[end].sent == d.toks[both.tok0].sent && !strings.ContainsAny(d.toks[end].punct, ",;:.،()") {
		end++
	}
	for k := both.tok0; k < end; k++ {
		if c := closed().headCountry[d.lang][d.toks[k].norm]; c != "" {
			return c
		}
		for _, h := range d.hitsStartingAt(k) {
			if h.p.kind == pDemonym && h.tok1 <= end && !d.inQuote[h.tok0] {
				return h.p.role
			}
		}
	}
	return ""
}

// relationAside tells whether actor mention m lies in an apposition set
// off by a comma right after a person's name that says whose ally, rival
// or kin that person is ("Aguila Saleh, an ally of Khalifa Haftar, met
// Tebboune", "Aguila Saleh, allié de Khalifa Haftar, a rencontré …",
// "Агила Салех, союзник Халифы Хафтара, встретился …", "عقيلة صالح، حليف
// حفتر، التقى …"): the one it names describes him and takes no part in
// the event of trigger trig, which must lie outside the apposition.
func (d *doc) relationAside(m mention, trig int) bool {
	s := d.sents[d.toks[m.tok0].sent]
	// (a token's punct is the mark before it: the comma that opens the
	// apposition stands before its first word k)
	k := m.tok0
	for ; k > s.tok0; k-- {
		if strings.ContainsAny(d.toks[k].punct, ";:؛.") {
			return false
		}
		if strings.ContainsAny(d.toks[k].punct, ",،") && !d.inQuote[k] {
			break
		}
	}
	if k <= s.tok0 || k == m.tok0 || !d.personEndsAt(k) {
		return false
	}
	end := s.tok1
	for j := m.tok0 + 1; j < s.tok1; j++ {
		if strings.ContainsAny(d.toks[j].punct, ",،;:؛") {
			end = j
			break
		}
	}
	if m.tok1 > end || trig >= k && trig < end {
		return false
	}
	for i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= k }); i < len(d.hits) && d.hits[i].tok0 <= k+2; i++ {
		if h := d.hits[i]; h.p.kind == pRelation && h.tok1 <= m.tok0 {
			return true
		}
	}
	return false
}
