package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
)

// MeetingClaim is one article's report of a meeting, kept as it was
// extracted so that merges can be recomputed when articles come and go.
type MeetingClaim struct {
	ID      string // article id + "/m" + index in the article's facts
	Article string // article id
	Meeting        // the claim; Meeting.ID is the extractor's own id
}

// StatementClaim is one article's report of a statement.
type StatementClaim struct {
	ID      string // article id + "/s" + index
	Article string
	Statement
}

// Mode classes: an in-person meeting and a visit can be the same event, a
// phone call and a video call can, but a call is never a meeting.
const (
	classMeet   = "meet"
	classRemote = "remote"
)

// ModeClass is the class two claims must share to be one meeting.
func ModeClass(mode string) string {
	if mode == ModeCall || mode == ModeVideo {
		return classRemote
	}
	return classMeet
}

// AttendAt orders an actor's meetings: the actor and the meeting's date
// ("haftar|2020-01-08"; "haftar|--01-08" and "haftar|" sort below every
// year). An index on it gives an actor's newest meetings in order, so an
// actor page reads its fifty rows, not every meeting the actor attended.
func AttendAt(actor, date string) string { return actor + "|" + date }

// SaidAt orders a speaker's statements, newest first when read
// descending: the speaker, the date and the statement's id after a space
// ("haftar|2020-01-08 s-1f…"; the space sorts below every character of a
// date, so the order is the date's, then the id's). The id makes every
// key distinct: statements often have no date, and a speaker's thousands
// of undated ones would otherwise tie, and be read and sorted whole.
func SaidAt(speaker, date, id string) string { return speaker + "|" + date + " " + id }

// AttendKey is the key of an ATTENDED edge: the actor, the meeting's month
// (0 when unknown) and mode class. Two claims can only be one meeting if
// they share two actors, a month and a class, so the loader finds every
// candidate for a claim by two key lookups in an index, however many
// meetings the actors had.
func AttendKey(actor string, month int, class string) string {
	return actor + "|" + strconv.Itoa(month) + "|" + class
}

// ModesOf lists the modes of a class, for queries that look for candidates.
func ModesOf(class string) []string {
	if class == classRemote {
		return []string{ModeCall, ModeVideo}
	}
	return []string{ModeInPerson, ModeVisit}
}

// link kinds between two claims.
const (
	noLink = iota
	strictLink
	contraLink // same event, but the sources disagree on date or place
)

// overlap counts the distinct actors of a, of b, and of both. Participant
// lists are short, so nested loops beat building sets: the merge compares
// millions of pairs of claims on a large archive.
func overlap(a, b []Participant) (na, nb, both int) {
	for i, p := range a {
		if hasActor(a[:i], p.Actor) {
			continue
		}
		na++
		if hasActor(b, p.Actor) {
			both++
		}
	}
	for i, p := range b {
		if !hasActor(b[:i], p.Actor) {
			nb++
		}
	}
	return na, nb, both
}

func hasActor(ps []Participant, actor string) bool {
	for _, p := range ps {
		if p.Actor == actor {
			return true
		}
	}
	return false
}

// participantsMatch: at least two actors in common, or the same set. One
// shared actor is not enough: Haftar meets many people on one day.
func participantsMatch(a, b []Participant) bool {
	na, nb, both := overlap(a, b)
	if na == 0 || nb == 0 {
		return false
	}
	return both >= 2 || (both == na && both == nb)
}

func sameSet(a, b []Participant) bool {
	na, nb, both := overlap(a, b)
	return na == nb && both == na
}

// statusMatch: a cancelled meeting is never the meeting that was held; a
// planned one may be (the plan was reported before, the meeting after).
func statusMatch(a, b string) bool {
	return (a == StatusCancelled) == (b == StatusCancelled)
}

func placeMatch(a, b string) bool { return a == "" || b == "" || a == b }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// linkOf decides whether two claims can be one meeting. See docs/model.md
// for the rule in prose.
func linkOf(a, b *MeetingClaim) int {
	// (an article's reports of one event are one claim already: two
	// meetings the extractor kept apart in one article are two)
	if a.Article == b.Article {
		return noLink
	}
	if ModeClass(a.Mode) != ModeClass(b.Mode) || !statusMatch(a.Status, b.Status) || !participantsMatch(a.Participants, b.Participants) {
		return noLink
	}
	da, db := a.Date, b.Date
	if da.Month == 0 || db.Month == 0 {
		// Without a month nothing tells two meetings of the same people
		// apart: only undated claims of exactly the same people join.
		if da.Month == 0 && db.Month == 0 && sameSet(a.Participants, b.Participants) &&
			(da.Year == 0 || db.Year == 0 || da.Year == db.Year) && placeMatch(a.Place, b.Place) {
			return strictLink
		}
		return noLink
	}
	if da.Month != db.Month || (da.Year != 0 && db.Year != 0 && da.Year != db.Year) {
		return noLink
	}
	if da.Compatible(db) {
		if placeMatch(a.Place, b.Place) {
			return strictLink
		}
		if da.Day != 0 && db.Day != 0 {
			return contraLink // same day, same people, two places
		}
		return noLink
	}
	// Same month, days one or two apart: sources that disagree on the day.
	if abs(da.Day-db.Day) <= 2 && placeMatch(a.Place, b.Place) {
		return contraLink
	}
	return noLink
}

// ClaimMonth is the month a claim can be found under (0: unknown). Claims
// of one merged meeting always share it.
func ClaimMonth(c *MeetingClaim) int { return c.Date.Month }

// ClusterMeetings groups claims into meetings. The result depends only on
// the set of claims, never on their order, and on a connected set of
// linkable claims only: clustering a subset that is closed under linkOf
// gives the same clusters as clustering everything, which is what lets the
// loader re-merge incrementally.
//
// Claims are visited in id order; each joins the first cluster all of whose
// members it links to strictly, else the first it links to at all
// (recording a contradiction), else it starts a cluster (complete linkage:
// chains of barely compatible claims do not snowball into one meeting).
func ClusterMeetings(claims []MeetingClaim) [][]MeetingClaim {
	cs := append([]MeetingClaim(nil), claims...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	// Components first, through buckets of (class, month, actor), so the
	// complete-linkage pass only compares claims that can link.
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	// Two claims link only when they share two actors, or are the same
	// single actor: bucketing by actor pair keeps a busy actor's month
	// (thousands of claims) out of the comparison.
	type bucket struct {
		class string
		month int
		a, b  string
	}
	buckets := map[bucket][]int{}
	for i := range cs {
		actors := sortedUnique(participantActors(cs[i].Participants))
		class, month := ModeClass(cs[i].Mode), cs[i].Date.Month
		var keys []bucket
		if len(actors) == 1 {
			keys = append(keys, bucket{class, month, actors[0], ""})
		}
		for x := 0; x < len(actors); x++ {
			for y := x + 1; y < len(actors); y++ {
				keys = append(keys, bucket{class, month, actors[x], actors[y]})
			}
		}
		for _, k := range keys {
			for _, j := range buckets[k] {
				if find(i) != find(j) && linkOf(&cs[i], &cs[j]) != noLink {
					parent[find(i)] = find(j)
				}
			}
			buckets[k] = append(buckets[k], i)
		}
	}
	comps := map[int][]int{}
	var roots []int
	for i := range cs {
		r := find(i)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], i)
	}
	var out [][]MeetingClaim
	for _, r := range roots {
		var clusters [][]int
		for _, i := range comps[r] { // in id order
			strict, loose := -1, -1
			for k, members := range clusters {
				all, allStrict := true, true
				for _, j := range members {
					switch linkOf(&cs[i], &cs[j]) {
					case noLink:
						all, allStrict = false, false
					case contraLink:
						allStrict = false
					}
					if !all {
						break
					}
				}
				if allStrict && strict < 0 {
					strict = k
				}
				if all && loose < 0 {
					loose = k
				}
			}
			switch {
			case strict >= 0:
				clusters[strict] = append(clusters[strict], i)
			case loose >= 0:
				clusters[loose] = append(clusters[loose], i)
			default:
				clusters = append(clusters, []int{i})
			}
		}
		for _, members := range clusters {
			group := make([]MeetingClaim, len(members))
			for n, j := range members {
				group[n] = cs[j]
			}
			out = append(out, group)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0].ID < out[j][0].ID })
	return out
}

// MergedID is the id of the event a group of claims stands for: a hash of
// its smallest claim id, so re-runs on the same articles give the same ids.
func MergedID(prefix string, claimIDs []string) string {
	min := claimIDs[0]
	for _, id := range claimIDs[1:] {
		if id < min {
			min = id
		}
	}
	h := sha256.Sum256([]byte(min))
	return prefix + hex.EncodeToString(h[:8])
}

// MergedMeeting is one meeting after merging its claims.
type MergedMeeting struct {
	Meeting        // ID, mode, primary date and place, participants (union), evidence of the best claim
	Claims         []MeetingClaim
	Places         []string // every place claimed, primary first
	AltDates       []Date   // dates claimed that contradict the primary date
	AltPlaces      []string // places claimed that contradict the primary place
	Contradictions []string // "date: 2020-01-08 vs 2020-01-09", "place: rome vs paris"
}

// joinDate combines two compatible dates field by field.
func joinDate(a, b Date) Date {
	if a.Year == 0 {
		a.Year = b.Year
	}
	if a.Month == 0 {
		a.Month = b.Month
	}
	if a.Day == 0 {
		a.Day = b.Day
	}
	return a
}

// majority returns the most frequent value; ties go to the value first in
// order (or the smallest string when order is nil).
func majority(vals []string, order []string) string {
	count := map[string]int{}
	for _, v := range vals {
		if v != "" {
			count[v]++
		}
	}
	rank := func(v string) int {
		for i, o := range order {
			if o == v {
				return i
			}
		}
		return len(order)
	}
	best := ""
	for v, n := range count {
		switch {
		case best == "":
			best = v
		case n > count[best]:
			best = v
		case n == count[best] && (rank(v) < rank(best) || (rank(v) == rank(best) && v < best)):
			best = v
		}
	}
	return best
}

// Merge folds a cluster of claims into one meeting.
func Merge(claims []MeetingClaim) MergedMeeting {
	cs := append([]MeetingClaim(nil), claims...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	ids := make([]string, len(cs))
	var modes, cameos, places []string
	for i, c := range cs {
		ids[i] = c.ID
		modes = append(modes, c.Mode)
		cameos = append(cameos, c.CAMEO)
		places = append(places, c.Place)
	}
	m := MergedMeeting{Claims: cs}
	m.ID = MergedID("m-", ids)
	m.Mode = majority(modes, []string{ModeInPerson, ModeVisit, ModeCall, ModeVideo})
	m.CAMEO = majority(cameos, nil)

	// Primary date: the claimed date that most claims agree with (then the
	// most precise, then the earliest), joined with every date compatible
	// with it. The others are kept as contradictions.
	best, bestN := Date{}, -1
	for _, c := range cs {
		n := 0
		for _, o := range cs {
			if c.Date.Compatible(o.Date) {
				n++
			}
		}
		if n > bestN || (n == bestN && (known(c.Date) > known(best) ||
			(known(c.Date) == known(best) && c.Date.String() < best.String()))) {
			best, bestN = c.Date, n
		}
	}
	alt := map[string]Date{}
	for _, c := range cs {
		if best.Compatible(c.Date) {
			best = joinDate(best, c.Date)
		} else {
			alt[c.Date.String()] = c.Date
		}
	}
	m.Date = best
	for _, d := range sortedKeys(alt) {
		m.AltDates = append(m.AltDates, alt[d])
		m.Contradictions = append(m.Contradictions, fmt.Sprintf("date: %s vs %s", best, d))
	}

	m.Place = majority(places, nil)
	if m.Place != "" {
		m.Places = append(m.Places, m.Place)
	}
	seen := map[string]bool{m.Place: true, "": true}
	for _, p := range sortedUnique(places) {
		if !seen[p] {
			seen[p] = true
			m.Places = append(m.Places, p)
			m.AltPlaces = append(m.AltPlaces, p)
			m.Contradictions = append(m.Contradictions, fmt.Sprintf("place: %s vs %s", m.Place, p))
		}
	}

	var statuses []string
	for _, c := range cs {
		statuses = append(statuses, c.Status)
	}
	switch {
	case contains(statuses, StatusHeld):
		m.Status = StatusHeld
	case contains(statuses, StatusPlanned):
		m.Status = StatusPlanned
	case contains(statuses, StatusCancelled):
		m.Status = StatusCancelled
	}

	roles := map[string][]string{}
	for _, c := range cs {
		for _, p := range c.Participants {
			roles[p.Actor] = append(roles[p.Actor], p.Role)
		}
	}
	for _, a := range sortedKeys(roles) {
		r := majority(roles[a], []string{RoleHost, RoleGuest, RoleCaller, RoleCallee, RoleParticipant})
		if r == "" {
			r = RoleParticipant
		}
		m.Participants = append(m.Participants, Participant{Actor: a, Role: r})
	}

	m.Evidence = cs[0].Evidence
	for _, c := range cs[1:] {
		if c.Evidence.Confidence > m.Evidence.Confidence {
			m.Evidence = c.Evidence
		}
	}
	return m
}

// ClusterStatements groups statement claims that translate each other:
// same speaker, compatible dates, and articles that are one story. Within a
// pair of story articles the k-th statement of a speaker in one is paired
// with the k-th of the same speaker in the other (translations keep the
// order of what is quoted). Claims of one article never merge with each
// other.
func ClusterStatements(claims []StatementClaim, stories Stories) [][]StatementClaim {
	cs := append([]StatementClaim(nil), claims...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	// article -> speaker -> claim indexes in text order
	by := map[string]map[string][]int{}
	for i, c := range cs {
		if by[c.Article] == nil {
			by[c.Article] = map[string][]int{}
		}
		by[c.Article][c.Speaker] = append(by[c.Article][c.Speaker], i)
	}
	for _, sp := range by {
		for _, idx := range sp {
			sort.SliceStable(idx, func(x, y int) bool {
				a, b := cs[idx[x]], cs[idx[y]]
				if a.Evidence.Start != b.Evidence.Start {
					return a.Evidence.Start < b.Evidence.Start
				}
				return a.ID < b.ID
			})
		}
	}
	for _, a := range sortedKeys(by) {
		for _, b := range sortedKeys(stories[a]) {
			if b <= a || by[b] == nil {
				continue
			}
			for sp, xs := range by[a] {
				ys := by[b][sp]
				for k := 0; k < len(xs) && k < len(ys); k++ {
					if cs[xs[k]].Date.Compatible(cs[ys[k]].Date) {
						parent[find(xs[k])] = find(ys[k])
					}
				}
			}
		}
	}
	groups := map[int][]StatementClaim{}
	var roots []int
	for i := range cs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], cs[i])
	}
	out := make([][]StatementClaim, 0, len(roots))
	for _, r := range roots {
		out = append(out, groups[r])
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0].ID < out[j][0].ID })
	return out
}

// MergedStatement is one statement after merging its translations.
type MergedStatement struct {
	Statement // text, quote and lang of the first claim (by id); date joined; about = union
	Claims    []StatementClaim
}

// MergeStatements folds a cluster of statement claims into one statement.
func MergeStatements(claims []StatementClaim) MergedStatement {
	cs := append([]StatementClaim(nil), claims...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	ids := make([]string, len(cs))
	about := map[string]bool{}
	for i, c := range cs {
		ids[i] = c.ID
		for _, a := range c.About {
			about[a] = true
		}
	}
	s := MergedStatement{Statement: cs[0].Statement, Claims: cs}
	s.ID = MergedID("s-", ids)
	s.About = sortedKeys(about)
	for _, c := range cs[1:] {
		if s.Date.Compatible(c.Date) {
			s.Date = joinDate(s.Date, c.Date)
		}
		if c.Evidence.Confidence > s.Evidence.Confidence {
			s.Evidence = c.Evidence
		}
	}
	return s
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedUnique(xs []string) []string {
	m := map[string]bool{}
	for _, x := range xs {
		if x != "" {
			m[x] = true
		}
	}
	return sortedKeys(m)
}

// known counts the known fields of a date.
func known(d Date) int {
	n := 0
	for _, v := range []int{d.Year, d.Month, d.Day} {
		if v != 0 {
			n++
		}
	}
	return n
}

// Links reports whether a and b can be the same meeting (strictly or with
// a contradiction).
func Links(a, b *MeetingClaim) bool { return linkOf(a, b) != noLink }
