package extract

import (
	"fmt"
	"sort"

	"github.com/parley/parley/graph"
)

// Mark is a span of an article's text (code point offsets) and what the
// engine saw there: an actor, a place, a date or an event or speech
// trigger.
type Mark struct {
	Start, End int
	Kind       string // actor, place, date, trigger
}

// Marks lists what the engine recognises in an article's text, for the
// article page: every actor, place and date expression, and every trigger,
// whether or not it ended in a fact. The graph keeps only the spans of the
// facts; these are recomputed from the stored text by the same rules.
func (x *Extractor) Marks(a graph.Article) (ms []Mark, err error) {
	defer func() {
		if r := recover(); r != nil {
			ms, err = nil, fmt.Errorf("marks %s: internal error: %v", a.ID, r)
		}
	}()
	d := newDoc(x, a)
	d.run()
	add := func(t0, t1 int, kind string) {
		if s := d.span(t0, t1); s[1] > s[0] {
			ms = append(ms, Mark{s[0], s[1], kind})
		}
	}
	for _, m := range d.mentions {
		if m.loc || m.dir {
			add(m.tok0, m.tok1, "place")
			continue
		}
		if m.end > m.start {
			ms = append(ms, Mark{m.start, m.end, "actor"})
		}
	}
	for _, p := range d.placeMs {
		add(p.tok0, p.tok1, "place")
	}
	for _, e := range d.dates {
		add(e.tok0, e.tok1, "date")
	}
	for _, h := range d.hits {
		if isTrigger(h.p.kind) || isSpeech(h.p.kind) {
			add(h.tok0, h.tok1, "trigger")
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	// a place found both as a located actor and as a place, or a trigger
	// found by two phrases, is marked once
	seen := map[Mark]bool{}
	out := ms[:0]
	for _, m := range ms {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out, nil
}
