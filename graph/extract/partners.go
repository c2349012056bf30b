package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley/parley/graph"
)

// Mechanisms of session 12 for the partners of a meeting in en fr it es de.

// nounHeaded tells whether every trigger of the group is headed by a
// meeting noun: a noun trigger, or a phrase trigger of the verb class
// that opens with one ("colloquio con", "incontro con", "Treffen mit",
// "entretien avec"), which names a meeting without telling who had it.
func (d *doc) nounHeaded(g *group, hs []hit) bool {
	for _, t := range g.trigs {
		if t.p.kind == pMeetNoun {
			continue
		}
		noun := false
		for _, h := range hs {
			if h.p.kind == pMeetNoun && h.tok0 == t.tok0 {
				noun = true
				break
			}
		}
		if !noun {
			return false
		}
	}
	return true
}

// borrowedOwner is the one a meeting takes from outside its sentence
// when the sentence names no one of its own before it: subject when the
// sentence names subject, else ownerlessPlanned's choice ("Menfi pidió
// apoyo. Una reunión con Dbeibah, prevista por la tarde, fue cancelada"
// is not Menfi's).
func (d *doc) borrowedOwner(si int, g *group, hs []hit, lo, hi int, subject string) string {
	s := d.sents[si]
	for _, m := range d.actorMentions(s.tok0, s.tok1) {
		if m.actor == subject {
			return subject
		}
	}
	return d.ownerlessPlanned(g, hs, lo, hi, subject)
}

// speechToTrigger tells whether speech hit h is a verb whose infinitive
// complement is one of the triggers ("went on to see Menfi", "went on
// to hold talks with Sarraj"): it reports nothing, and the name after it
// is the partner, not a speaker.
func (d *doc) speechToTrigger(h hit, hs, trigs []hit) bool {
	for _, t := range trigs {
		if t.tok0 != h.tok1+1 {
			continue
		}
		for _, o := range hs {
			if o.p.kind == pUrgeInf && o.tok0 == h.tok1 && o.tok1 == t.tok0 {
				return true
			}
		}
	}
	return false
}

// relativeAfterTitle tells whether a relative clause opens between title
// h and a name m after it ("Le président algérien, qu'Erdogan avait
// appelé …", "the minister, whom Lavrov had called …"): the name is the
// clause's, not the title's, which stands for a holder of its own.
func (d *doc) relativeAfterTitle(h hit, m mention) bool {
	for k := h.tok1; k < m.tok0; k++ {
		if d.punctIn(k, k, ",") {
			return d.relativeBetween(k, m.tok0)
		}
	}
	return false
}

// subjectRelative tells whether token k lies in a relative clause set off
// by commas between a person, the clause's subject, and the event's
// trigger trig: "Le président algérien, qu'Erdogan avait appelé la
// veille, recevait Sarraj", "La ministra, que llegó acompañada del
// embajador Javier Puig, fue recibida por Dbeiba", "Maas, der zuvor mit
// Lawrow telefoniert hatte, traf Schukri". The names in it describe the
// subject; they are not at the event (inClosedRelative asks for a trigger
// inside the clause, this for its antecedent to be a person right before
// it and its closing comma right before the trigger).
func (d *doc) subjectRelative(k, trig int) bool {
	if k >= trig || !(latinRomance[d.lang] || d.lang == "de") {
		return false
	}
	si := d.toks[trig].sent
	if d.toks[k].sent != si {
		return false
	}
	// the comma that closes the clause stands right before the trigger
	// (or before the auxiliary or adverb that opens its clause)
	c := -1
	for j := trig; j > k && j >= trig-3; j-- {
		if strings.Contains(d.toks[j].punct, ",") {
			c = j
			break
		}
	}
	if c < 0 || d.punctIn(k+1, trig, ";:") {
		return false
	}
	// the last clause opener before the trigger opens it (not "…, where
	// he was received by X" after "Norland, who runs the embassy from
	// Tunis, opened his trip in Tripoli")
	s := d.sents[si]
	var rel *hit
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= s.tok0 })
	for ; i < len(d.hits) && d.hits[i].tok0 < trig; i++ {
		if h := d.hits[i]; h.p.kind == pRelPron || h.p.kind == pComplementizer {
			rel = &d.hits[i]
		}
	}
	if rel == nil || rel.tok0 >= k || !strings.Contains(d.toks[rel.tok0].punct, ",") || d.inQuote[rel.tok0] || d.punctIn(rel.tok1, k, ";:") {
		return false
	}
	// the antecedent: a person named right before the comma
	for _, m := range d.mentions {
		if m.tok1 <= rel.tok0 && rel.tok0-m.tok1 <= 2 && m.kind == graph.KindPerson && !m.loc && !m.dir && !d.punctIn(m.tok1, rel.tok0-1, ",;:") {
			return !d.companionInRelative(rel.tok1, k, c)
		}
	}
	return false
}

// companionInRelative tells whether the name at token k of a subject's
// relative clause (opened at lo, closed by the comma at c) is a companion
// of the subject on the trip: a `companion` phrase in the clause before it
// ("Sánchez, que llegó acompañado de la ministra, Arancha González Laya,
// fue recibido por Menfi") or a `companion_end` passive after it at the
// clause's end ("Maas, der von Staatsminister Niels Annen begleitet wurde,
// traf Sarradsch"). The companion travels with the subject and is at the
// event; the clause's other names only describe the subject.
func (d *doc) companionInRelative(lo, k, c int) bool {
	for _, h := range d.sentHits(d.toks[k].sent) {
		if h.p.kind != pCompanion && h.p.kind != pEscortEnd || d.inQuote[h.tok0] || h.tok0 < lo || h.tok1 > c+1 {
			continue
		}
		if h.p.kind == pCompanion && h.tok0 < k || h.p.kind == pEscortEnd && h.tok0 > k && c-h.tok1 <= 2 && !d.punctIn(k+1, h.tok0-1, ",;:") {
			return true
		}
	}
	return false
}

// personSubject is whom a pronoun or dropped subject in the sentence
// after si stands for: the last subject of sentence si, unless that is a
// country or an organisation ("The Turks were another matter. The call he
// placed to Çavuşoğlu …"; "« Nous partageons avec l'Algérie … », a-t-il
// affirmé. Il s'est ensuite entretenu avec Borrell"): then the person the
// article names most, when the sentence after si names a person as the
// partner (named).
func (d *doc) personSubject(si int, named bool) string {
	prev := d.lastSubject(si)
	if prev == "" || d.isPerson(prev) || !named {
		return prev
	}
	if p := d.protagonist(); p != "" {
		return p
	}
	return prev
}

// pairPhrase is the first pair phrase (pBoth) in [lo, hi) outside
// quotes, or nil.
func (d *doc) pairPhrase(hs []hit, lo, hi int) *hit {
	for i, h := range hs {
		if h.p.kind == pBoth && h.tok0 >= lo && h.tok0 < hi && !d.inQuote[h.tok0] {
			return &hs[i]
		}
	}
	return nil
}

// typedPair is who "the two foreign ministers", "les deux chefs de la
// diplomatie", "los dos primeros ministros" or "die beiden
// Regierungschefs" are: a pair phrase (pBoth) in [lo, hi) with titles in
// it or right after it names the last want persons before it whose office
// every such title fits, looking back at most four sentences. The pair
// found otherwise (found: the heads of the last event) stands when its
// people all fit, or when the phrase has no title or too few were named.
func (d *doc) typedPair(hs []hit, lo, hi, want int, found []string) []string {
	both := d.pairPhrase(hs, lo, hi)
	if both == nil {
		return found
	}
	var roles []string
	for _, h := range d.hits {
		// (a bare "ministers", "ministres", the pair phrase's own word,
		// types nothing)
		if h.p.kind == pTitle && h.tok0 >= both.tok0 && h.tok0 <= both.tok1 && !slices.Contains(d.x.lx.roleHeads[h.p.role], "Minister") {
			roles = append(roles, h.p.role)
		}
	}
	fit := func(p string) bool {
		for _, r := range roles {
			if !d.roleFits(p, r) {
				return false
			}
		}
		return true
	}
	if len(roles) == 0 || len(found) >= want && !slices.ContainsFunc(found, func(p string) bool { return !fit(p) }) {
		return found
	}
	first := d.sents[max(0, d.toks[both.tok0].sent-4)].tok0
	var pair []string
	for k := len(d.mentions) - 1; k >= 0 && len(pair) < want; k-- {
		m := d.mentions[k]
		if m.tok0 >= both.tok0 || m.kind != graph.KindPerson || d.inQuote[m.tok0] || slices.Contains(pair, m.actor) {
			continue
		}
		if m.tok0 < first {
			break
		}
		if fit(m.actor) {
			pair = append(pair, m.actor)
		}
	}
	if len(pair) < want {
		return found
	}
	slices.Reverse(pair)
	return pair
}

// timeBetween tells whether only a short time phrase stands between the
// talk verb a and the manner b after it, in group p: "conversó el
// domingo por teléfono", "spoke on Tuesday by phone", "a parlé mardi au
// téléphone" are one call (no name, no punctuation, at most three words,
// one of them a date word).
func (d *doc) timeBetween(p *group, a, b hit) bool {
	if b.tok0-a.tok1 > 3 || b.tok0 <= a.tok1 || mentionIn(p.mentions, a.tok1, b.tok0) || d.punctIn(a.tok1, b.tok0, ",;:()") {
		return false
	}
	return d.dateWordIn(a.tok1, b.tok0)
}

// dateWordIn tells whether a date expression or a weekday starts in
// [t0, t1).
func (d *doc) dateWordIn(t0, t1 int) bool {
	for _, e := range d.dates {
		if e.tok0 >= t0 && e.tok0 < t1 {
			return true
		}
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= t0 })
	for ; i < len(d.hits) && d.hits[i].tok0 < t1; i++ {
		if d.hits[i].p.kind == pWeekday {
			return true
		}
	}
	return false
}

// relativeSubjectCut is where the clause of verb trigger next starts when
// a relative pronoun after a comma opens it and names its subject before
// the verb: "La réunion des pays voisins, où M. Boukadoum devait recevoir
// Choukri, …", "the summit, where Maas was to meet Lavrov, …", "il
// vertice, dove Di Maio doveva incontrare Lavrov": the subject is the
// verb's, not a partner of the noun before (t); -1 otherwise.
func (d *doc) relativeSubjectCut(t, next hit, ms []mention) int {
	if !(latinRomance[d.lang] || d.lang == "de") || next.p.kind == pMeetNoun || d.nounHeadedAt(next) {
		return -1
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= t.tok1 })
	for ; i < len(d.hits) && d.hits[i].tok0 < next.tok0; i++ {
		h := d.hits[i]
		if h.p.kind != pRelPron || !strings.Contains(d.toks[h.tok0].punct, ",") || d.inQuote[h.tok0] || d.punctIn(h.tok1, next.tok0, ",;:") {
			continue
		}
		for _, m := range ms {
			if m.tok0 >= h.tok1 && m.tok1 <= next.tok0 && m.kind == graph.KindPerson {
				return h.tok0
			}
		}
	}
	return -1
}

// nounHeadedAt tells whether a meeting noun starts where trigger t does
// ("colloquio con", "Treffen mit").
func (d *doc) nounHeadedAt(t hit) bool {
	for _, h := range d.hitsStartingAt(t.tok0) {
		if h.p.kind == pMeetNoun {
			return true
		}
	}
	return false
}

// premisesOwner tells whether organisation mention m is named right after
// a premises phrase ("fue recibido por Abdel Aal en la sede de la Cámara
// de Representantes", "met at the headquarters of the Arab League"): it
// says where the event was, it is not a party to it (one article or two
// may come between).
func (d *doc) premisesOwner(m mention) bool {
	if m.kind != graph.KindOrganisation {
		return false
	}
	for k := m.tok0; k >= m.tok0-2 && k > 0; k-- {
		for _, h := range d.hitsEndingAt(k) {
			if h.p.kind == pPremises && !d.punctIn(k, m.tok0, ",;:") {
				return true
			}
		}
	}
	return false
}

// forcesOwner tells whether mention m only says whose armed men, or
// whose offensive, are meant: "the withdrawal of Haftar's forces",
// "انسحاب قوات حفتر", "le forze del generale Haftar", "силы Хафтара",
// "Hafter'e bağlı güçler", "حفتر کی افواج". A talk about a commander's
// troops is not a talk with him. The forces phrase (with its link word:
// "forces of", "forze del", "bağlı güçler", "کی افواج") ends right before
// the name or before a title of it ("قوات المشير خليفة حفتر"), or starts
// right after it (after a case ending or "'s": "Haftar's forces").
func (d *doc) forcesOwner(m mention) bool {
	// (Urdu and Turkish put the owner first: "حفتر کی افواج"; a noun
	// before the name is the title's there: "قومی فوج کے کمانڈر خلیفہ حفتر")
	for k := m.tok0; d.lang != "ur" && d.lang != "tr" && k > 0 && !d.punctIn(k, k, ",;:()«»\"“”„،"); {
		if d.hitEndsAt(k, 0, pForces) {
			return true
		}
		next := k
		for _, h := range d.hitsEndingAt(k) {
			if h.p.kind == pTitle && h.tok0 < next {
				next = h.tok0
			}
		}
		if next == k {
			break
		}
		k = next
	}
	k := m.tok1
	if k < len(d.toks) && d.toks[k].apos {
		k++ // a case ending or "'s": "Hafter'e bağlı güçler", "Haftar's forces"
	}
	return k < len(d.toks) && !d.punctIn(m.tok1, k, ",;:()«»\"“”„،.") && d.hitStartsWithKind(k, pForces)
}

// timeOpensVerb tells whether sentence si opens with a time phrase and
// then the verb of its first event, naming no one before it: "Nel
// pomeriggio ha avuto un colloquio con X", "En julio de 2020 viajó a
// Ankara, donde se entrevistó con X". Italian and Spanish dropped the
// subject, which goes on from the sentence before (not a pair or a
// pronoun subject, nor one a title or a description names: "Martedì il
// ministro turco ha telefonato a X"; not a meeting or visit noun).
func (d *doc) timeOpensVerb(si int, ms []mention, hs []hit, t hit) bool {
	s := d.sents[si]
	if t.p.kind != pMeet && t.p.kind != pHost && t.p.kind != pCall || d.nounHeadedAt(t) || !d.romanceSubjectless(si, ms) {
		return false
	}
	if d.kindIn(hs, s.tok0, t.tok0, pBoth, pDelegation, pPronoun, pMeetNoun, pVisit, pTitle, pUnnamed, pHostPerson, pEpithet) {
		return false
	}
	return d.dateWordIn(s.tok0, t.tok0) || d.placeOpens(si, t)
}

// chainOwner is whose a meeting noun with no owner is when the subject of
// the sentence before, prev, is someone the last event told was held
// with: the one who held it, whose round of talks goes on ("traf Maas den
// Regierungschef Sarradsch. Sarradsch betonte … . Am Nachmittag folgte
// ein Treffen mit Außenminister Siala" is Maas's). "" otherwise.
func (d *doc) chainOwner(g *group, hs []hit, prev string) string {
	n := len(d.meetings)
	if n == 0 || prev == "" || !d.nounHeaded(g, hs) {
		return ""
	}
	last := d.meetings[n-1]
	si := d.toks[g.trigs[0].tok0].sent
	if si-last.sent > 4 || len(last.parts) < 2 || last.parts[0] == prev || !d.isPerson(last.parts[0]) || !slices.Contains(last.parts[1:], prev) {
		return ""
	}
	return last.parts[0]
}
