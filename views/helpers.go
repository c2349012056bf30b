// Package views renders Parley's pages (templ components). Views receive
// plain values from graph/neo4j reads, never a driver or a session.
package views

import (
	"net/url"
	"strconv"
	"strings"
)

// Page is what every page's frame needs.
type Page struct {
	Title   string
	Nav     string // the active section
	Cypher  string // what the page shows, for "Open in Neo4j Browser"
	Browser string // Neo4j Browser's URL
	Export  string // query string of the current filters, for the export links
}

// BrowserLink opens Neo4j Browser with the page's Cypher in the editor.
func (p Page) BrowserLink() string {
	if p.Browser == "" || p.Cypher == "" {
		return ""
	}
	return p.Browser + "?cmd=edit&arg=" + url.QueryEscape(p.Cypher)
}

// Dir is the writing direction of a language.
func Dir(lang string) string {
	if lang == "ar" || lang == "ur" {
		return "rtl"
	}
	return "ltr"
}

// Segment is a run of evidence text, marked when it is a trigger or an actor.
type Segment struct {
	Text string
	Mark string // "", "trigger", "actor"
}

// Highlight cuts a sentence that starts at offset start (code points into
// the article) into segments, marking the trigger and actor spans.
func Highlight(text string, start int, trigger []int, spans []int) []Segment {
	runes := []rune(text)
	marks := make([]string, len(runes))
	mark := func(a, b int, m string) {
		for i := a - start; i < b-start; i++ {
			if i >= 0 && i < len(marks) && marks[i] == "" {
				marks[i] = m
			}
		}
	}
	if len(trigger) == 2 {
		mark(trigger[0], trigger[1], "trigger")
	}
	for i := 0; i+1 < len(spans); i += 2 {
		mark(spans[i], spans[i+1], "actor")
	}
	var out []Segment
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && marks[j] == marks[i] {
			j++
		}
		out = append(out, Segment{string(runes[i:j]), marks[i]})
		i = j
	}
	return out
}

// markOrder is which mark wins where spans overlap.
var markOrder = []string{"trigger", "actor", "date", "place"}

// HighlightAll cuts a whole article into segments, marking the spans
// (pairs of code point offsets) of each kind: trigger, actor, date, place.
func HighlightAll(text string, marks map[string][]int) []Segment {
	runes := []rune(text)
	kinds := make([]string, len(runes))
	for _, m := range markOrder {
		xs := marks[m]
		for i := 0; i+1 < len(xs); i += 2 {
			for j := max(xs[i], 0); j < xs[i+1] && j < len(kinds); j++ {
				if kinds[j] == "" {
					kinds[j] = m
				}
			}
		}
	}
	var segs []Segment
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && kinds[j] == kinds[i] {
			j++
		}
		segs = append(segs, Segment{string(runes[i:j]), kinds[i]})
		i = j
	}
	return segs
}

// DateLabel shows a partial date with its precision.
func DateLabel(date, precision string) string {
	if date == "" {
		return "date unknown"
	}
	if strings.HasPrefix(date, "--") {
		return date[2:] + " (year unknown)"
	}
	if precision != "" && precision != "day" {
		return date + " (" + precision + ")"
	}
	return date
}

// Itoa is strconv.Itoa for templates.
func Itoa(n int) string { return strconv.Itoa(n) }

// ModeLabel is the human name of a meeting mode.
func ModeLabel(m string) string {
	switch m {
	case "in_person":
		return "meeting"
	case "call":
		return "phone call"
	case "video":
		return "video call"
	}
	return m
}

func joinLangs(ls []string) string {
	if len(ls) == 0 {
		return "—"
	}
	return strings.Join(ls, ", ")
}
