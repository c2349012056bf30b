package graph

import (
	"fmt"
	"sort"
	"strings"
)

// Stories is the SAME_STORY graph between articles: article id -> article
// id -> similarity score, kept symmetric.
type Stories map[string]map[string]float64

// Add records that a and b tell one story.
func (s Stories) Add(a, b string, score float64) {
	if a == b {
		return
	}
	if s[a] == nil {
		s[a] = map[string]float64{}
	}
	if s[b] == nil {
		s[b] = map[string]float64{}
	}
	s[a][b], s[b][a] = score, score
}

// Origins counts the independent origins among the articles that report
// one fact: the connected components of the SAME_STORY graph restricted to
// those articles. Three translations of one scoop count once.
func (s Stories) Origins(articles []string) int {
	in := map[string]bool{}
	for _, a := range articles {
		in[a] = true
	}
	seen := map[string]bool{}
	n := 0
	for _, a := range sortedKeys(in) {
		if seen[a] {
			continue
		}
		n++
		stack := []string{a}
		seen[a] = true
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for y := range s[x] {
				if in[y] && !seen[y] {
					seen[y] = true
					stack = append(stack, y)
				}
			}
		}
	}
	return n
}

// Feature prefixes of an article's story fingerprint. They are language
// independent: ids of actors and places, and day-month dates (a year is
// often missing in one translation and present in another).
const (
	featActor  = "actor:"
	featPlace  = "place:"
	featDate   = "date:"
	featAnchor = "on:" // actor@--MM-DD: an actor in a dated event
)

// StoryThreshold is the Jaccard similarity of fingerprints above which two
// articles that share an anchor are one story.
const StoryThreshold = 0.4

// MonthDay is the day-month part of a date ("--01-08"), or "" when the date
// does not know its day.
func MonthDay(d Date) string {
	if d.Month == 0 || d.Day == 0 {
		return ""
	}
	return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
}

// Anchor is the key under which a dated event of an actor is indexed.
func Anchor(actor, monthDay string) string { return actor + "@" + monthDay }

// Features is an article's fingerprint: the actors it mentions, the places
// of its events, the day-months of its events and the anchors (actor, day)
// of its events, sorted.
func Features(e *Entry) []string {
	set := map[string]bool{}
	for id := range e.Seen {
		set[featActor+id] = true
	}
	for _, p := range e.Places {
		set[featPlace+p.ID] = true
	}
	event := func(d Date, actors []string, place string) {
		if place != "" {
			set[featPlace+place] = true
		}
		md := MonthDay(d)
		if md == "" {
			return
		}
		set[featDate+md] = true
		for _, a := range actors {
			set[featAnchor+Anchor(a, md)] = true
		}
	}
	for _, m := range e.Meetings {
		event(m.Date, participantIDs(m.Participants), m.Place)
	}
	for _, s := range e.Statements {
		event(s.Date, []string{s.Speaker}, "")
	}
	return sortedKeys(set)
}

// Anchors lists the anchors of a fingerprint, the keys by which candidate
// articles of the same story are looked up.
func Anchors(features []string) []string {
	var out []string
	for _, f := range features {
		if a, ok := strings.CutPrefix(f, featAnchor); ok {
			out = append(out, a)
		}
	}
	return out
}

// StoryScore compares two fingerprints: the Jaccard similarity of the
// feature sets, and whether the articles tell one story (they share at
// least one anchor and the similarity reaches StoryThreshold). Requiring an
// anchor keeps two articles that merely name the same people apart.
func StoryScore(a, b []string) (float64, bool) {
	if len(a) == 0 || len(b) == 0 {
		return 0, false
	}
	if !sort.StringsAreSorted(a) || !sort.StringsAreSorted(b) {
		a, b = sortedUnique(a), sortedUnique(b)
	}
	// Fingerprints are sorted (Features): a merge walk, no set to build.
	inter, anchor := 0, false
	common(a, b, func(f string) bool {
		inter++
		anchor = anchor || strings.HasPrefix(f, featAnchor)
		return true
	})
	union := len(a) + len(b) - inter
	score := float64(inter) / float64(union)
	score = float64(int(score*1000+0.5)) / 1000 // stable in JSON and Neo4j
	return score, anchor && score >= StoryThreshold
}

// LinkStories finds every pair of the entries that tell one story, through
// an index of anchors (never all pairs).
func LinkStories(entries []*Entry) Stories {
	return LinkNewStories(entries, nil)
}

// LinkNewStories is LinkStories restricted to pairs with at least one entry
// in fresh (all pairs when fresh is nil). The loader compares a batch's new
// articles with stored candidates: pairs of two stored articles were scored
// when they were loaded, and scoring them again grows with the archive.
func LinkNewStories(entries []*Entry, fresh map[string]bool) Stories {
	s := Stories{}
	byAnchor := map[string][]int{}
	anchors := make([][]string, len(entries))
	for i, e := range entries {
		anchors[i] = sortedUnique(Anchors(e.Features))
		for _, a := range anchors[i] {
			byAnchor[a] = append(byAnchor[a], i)
		}
	}
	for _, k := range sortedKeys(byAnchor) {
		idx := byAnchor[k]
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				i, j := idx[x], idx[y]
				// A pair is scored under the first anchor the two share
				// (keys go in order), so once, with no record of pairs done.
				if firstCommon(anchors[i], anchors[j]) != k {
					continue
				}
				if fresh != nil && !fresh[entries[i].Article.ID] && !fresh[entries[j].Article.ID] {
					continue
				}
				if score, ok := StoryScore(entries[i].Features, entries[j].Features); ok {
					s.Add(entries[i].Article.ID, entries[j].Article.ID, score)
				}
			}
		}
	}
	return s
}

// firstCommon is the smallest string two sorted lists share ("" if none).
func firstCommon(a, b []string) string {
	first := ""
	common(a, b, func(s string) bool { first = s; return false })
	return first
}

// common calls fn, in order, with each string two sorted lists share, until
// fn returns false.
func common(a, b []string, fn func(string) bool) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if !fn(a[i]) {
				return
			}
			i, j = i+1, j+1
		}
	}
}

func participantIDs(ps []Participant) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Actor)
	}
	sort.Strings(out)
	return out
}
