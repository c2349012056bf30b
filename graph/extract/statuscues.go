package extract

import (
	"strings"

	"github.com/parley/parley/graph"
)

// cancelledBackRef calls off the event told just before a clause whose
// subject is a bare meeting, call or visit noun and whose predicate is a
// cancellation: "X was due in Algiers for talks with Y; the visit was
// called off at the last minute", "Programda X'in Y ile görüşmesi de yer
// alıyordu; ancak bu görüşme son anda iptal edildi", "X devait
// rencontrer Y lundi. La rencontre a finalement été reportée". The noun
// opens its sentence, its clause after a semicolon or a `but` word after
// a comma (where the language lists one; a conjunction and
// a determiner before it at most), its clause names no one ("a meeting
// planned between him and X was called off" is news of its own) and no
// place follows the noun, and the
// cancelled cue follows it within four words with no comma between; the
// event is the last one told before it, in the same sentence or the one
// before in its paragraph.
func (d *doc) cancelledBackRef() {
	for si := range d.sents {
		hs := d.sentHits(si)
		for _, t := range hs {
			if t.p.kind != pMeetNoun && t.p.kind != pVisit && t.p.kind != pCall || d.inQuote[t.tok0] || ignored(t, hs) || d.insideHit(t, pCancelled) {
				continue
			}
			start := d.clauseStart(si, t.tok0)
			end := d.clauseEnd(si, t.tok1)
			if t.tok0-start > 3 || !d.cancelAfterNoun(t, hs) || len(d.actorMentions(start, end)) > 0 || d.placeIn(start, t.tok1+4) {
				continue
			}
			if e := d.eventBefore(si, start); e != nil {
				e.m.Status = graph.StatusCancelled
			}
		}
	}
}

// clauseStart is the first token of the clause holding token k: the
// sentence's first, the first after a semicolon, or a `but` word after a
// comma ("…, but the meeting was postponed", "…, aber das Treffen wurde
// abgesagt").
func (d *doc) clauseStart(si, k int) int {
	s := d.sents[si]
	for ; k > s.tok0; k-- {
		if strings.ContainsAny(d.toks[k].punct, ";؛") || strings.ContainsAny(d.toks[k].punct, ",،") && d.hitStartsWithKind(k, pBut) {
			return k
		}
	}
	return s.tok0
}

// clauseEnd is the token after the clause holding token k: the next one
// a comma, semicolon or colon comes before, or the sentence's end.
func (d *doc) clauseEnd(si, k int) int {
	s := d.sents[si]
	for k++; k < s.tok1; k++ {
		if strings.ContainsAny(d.toks[k].punct, ",;:،؛") {
			return k
		}
	}
	return s.tok1
}

// cancelAfterNoun tells whether a cancelled cue follows noun t within
// four words, no comma, trigger or quote between.
func (d *doc) cancelAfterNoun(t hit, hs []hit) bool {
	for _, h := range hs {
		if h.tok0 < t.tok1 || h.tok0 == t.tok0 {
			continue
		}
		if h.tok0-t.tok1 > 4 || d.punctIn(t.tok1, h.tok0, ",;:،") || d.inQuote[h.tok0] {
			return false
		}
		if h.p.kind == pCancelled && !ignored(h, hs) {
			return true
		}
		if isTrigger(h.p.kind) && !d.insideHit(h, pCancelled) {
			return false
		}
	}
	return false
}

// placeIn tells whether a place is named in tokens [lo, hi).
func (d *doc) placeIn(lo, hi int) bool {
	for _, p := range d.placeMs {
		if p.tok0 < hi && p.tok1 > lo {
			return true
		}
	}
	return false
}

// eventBefore is the last event told before token k, in k's sentence or
// the one before it in its paragraph, unless it is already called off.
func (d *doc) eventBefore(si, k int) *event {
	var best *event
	for _, e := range d.meetings {
		if e.trig >= k || e.sent != si && (e.sent != si-1 || d.sents[si-1].para != d.sents[si].para) {
			continue
		}
		if best == nil || e.trig > best.trig {
			best = e
		}
	}
	if best == nil || best.m.Status == graph.StatusCancelled {
		return nil
	}
	return best
}

// pastDatedBefore tells whether planned cue h, past a comma after trigger
// main, follows a day written before it in the event's clause that lies
// behind the paper ("met Haftar in Benghazi on 14 June, urging him to
// back … elections scheduled for 24 December", "تلقى أمس الأول اتصالاً …
// حتى إجراء الانتخابات في ديسمبر المقبل"): the event is told as done, and
// the cue is the later clause's, about something else.
func (d *doc) pastDatedBefore(main, h hit, lo int) bool {
	if h.tok0 <= main.tok1 || !d.punctIn(main.tok1, h.tok0, ",;،") {
		return false
	}
	for _, e := range d.dates {
		if e.tok0 < lo || e.tok1 > h.tok0 || d.inQuote[e.tok0] || d.punctIn(main.tok1, e.tok0, ",;،") && e.tok0 > main.tok1 {
			continue
		}
		switch e.kind {
		case dateRelative:
			if e.days < 0 {
				return true
			}
		case dateAbsolute:
			dt := e.date
			if dt.Day == 0 || dt.Month == 0 {
				continue
			}
			// (with no paper's date, a day written for the event before
			// the comma dates it apart from the cue's clause)
			if d.pub.IsZero() {
				return true
			}
			if dt.Year == 0 {
				dt.Year = d.pub.Year
			}
			if toTime(dt).Before(toTime(d.pub)) {
				return true
			}
		}
	}
	return false
}
