package extract

import (
	"strings"

	"github.com/parley/parley/graph"
)

// openingNonFinite tells whether trigger t heads a gerund, participle or
// infinitive clause that opens its sentence (after a dateline), closed by
// a comma before the sentence ends: "Incontrando Sarraj a Tripoli, Di
// Maio ha ribadito …", "Reuniéndose con Dbeibah, Albares reiteró …",
// "Reunido con Sarraj, Erdogan …", "Al recibir a Haftar, Sánchez pidió
// …". Such a clause has no subject of its own: it is the main clause's,
// named after the comma (session 18, it es probe).
func (d *doc) openingNonFinite(t hit) bool {
	r := d.rules
	if len(r.nonfiniteEndings) == 0 || d.inQuote[t.tok0] {
		return false
	}
	si := d.toks[t.tok0].sent
	s0 := d.afterDateline(si)
	switch {
	case t.tok0 == s0:
	case t.tok0 == s0+1 && r.nonfiniteOpeners[d.toks[s0].norm] && !d.punctIn(t.tok0, t.tok0, ",;:"):
		return d.nonfiniteComma(t) >= 0
	default:
		return false
	}
	w := d.toks[t.tok0].norm
	for _, e := range r.nonfiniteEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return d.nonfiniteComma(t) >= 0
		}
	}
	return false
}

// nonfiniteComma is the token after the comma that closes the clause
// trigger t opens, or -1 when a semicolon, colon or the sentence's end
// comes first.
func (d *doc) nonfiniteComma(t hit) int {
	s := d.sents[d.toks[t.tok0].sent]
	for k := t.tok0 + 1; k < s.tok1; k++ {
		if strings.ContainsAny(d.toks[k].punct, ";:") {
			return -1
		}
		if strings.ContainsAny(d.toks[k].punct, ",،") && k >= t.tok1 {
			return k
		}
	}
	return -1
}

// gerundSubject is, for a trigger main that is a gerund inside its
// sentence and whose clause, from lo, names no one before it, the
// gerund's subject: the first person named in the clause before it, back
// to a semicolon or colon ("ad aprile il premier italiano aveva scelto
// Tripoli, incontrando Dbeibah e Menfi": the premier met them). ok is
// false when main is no such gerund; who is "" when that clause names
// no person, and then the people after the gerund met an unnamed subject,
// not only each other.
func (d *doc) gerundSubject(main hit, lo int, ms []mention) (who string, ok bool) {
	k := main.tok0
	s0 := d.sents[d.toks[k].sent].tok0
	if len(d.rules.gerundEndings) == 0 || k == s0 || mentionIn(ms, lo, k) || d.inQuote[k] {
		return "", false
	}
	w := d.toks[k].norm
	gerund := false
	for _, e := range d.rules.gerundEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			gerund = true
			break
		}
	}
	if !gerund {
		return "", false
	}
	from := s0
	for j := k; j > s0; j-- {
		if strings.ContainsAny(d.toks[j].punct, ";:") {
			from = j
			break
		}
	}
	for _, m := range d.actorMentions(from, k) {
		if m.kind == graph.KindPerson {
			return m.actor, true
		}
	}
	return "", true
}

// locativeBefore is the length of the locative preposition ("in", "a",
// "à", "en") that ends right before token k and starts at or after from,
// else 0.
func (d *doc) locativeBefore(k, from int) int {
	for _, i := range d.hitsByEnd(k) {
		if h := d.hits[i]; h.p.kind == pLocative && h.tok0 >= from {
			return h.tok1 - h.tok0
		}
	}
	return 0
}

// sinceEventOf tells whether conference noun t follows, within three
// words, a `backdrop_unnamed` phrase ("dopo il", "dal", "tras la",
// "desde la") and names no person in its phrase, up to the next comma:
// "A due mesi dal vertice di Berlino, Turchia e Russia restano divise",
// "Tras la cumbre de Moscú, Rusia y Turquía siguieron negociando" date
// the clause by a summit, whose people are not the clause's; "Tras la
// cumbre entre Sánchez y Erdogan, …" names its own and stays a meeting.
func (d *doc) sinceEventOf(t hit, hs []hit) bool {
	if d.verbFinal() {
		return false
	}
	for _, h := range hs {
		if h.p.kind != pSinceEvent || h.tok1 > t.tok0 || t.tok0-h.tok1 > 3 || d.punctIn(h.tok1, t.tok0, ",;:.") {
			continue
		}
		s := d.sents[d.toks[t.tok0].sent]
		end := s.tok1
		for k := t.tok1; k < s.tok1; k++ {
			if strings.ContainsAny(d.toks[k].punct, ",;:") {
				end = k
				break
			}
		}
		for _, m := range d.actorMentions(t.tok1, end) {
			if m.kind == graph.KindPerson {
				return false
			}
		}
		return true
	}
	return false
}
