package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// storedDays reads every MeetingDay as key -> its properties, printed.
func storedDays(t *testing.T, s *Store) map[string]string {
	t.Helper()
	rows, err := s.rows(ctxT(t), `MATCH (d:MeetingDay) RETURN d.key AS key, properties(d) AS p`, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range rows {
		out[vstr(r["key"])] = fmt.Sprint(r["p"])
	}
	return out
}

func sortedNetwork(n Network) string {
	var es, ns []string
	for _, e := range n.Edges {
		es = append(es, fmt.Sprint(e))
	}
	for _, x := range n.Nodes {
		ns = append(ns, fmt.Sprint(x))
	}
	slices.Sort(es)
	slices.Sort(ns)
	return strings.Join(ns, "\n") + "\n--\n" + strings.Join(es, "\n")
}

// TestNetworkFromDaysEqualsNetworkFromMeetings loads a generated corpus in
// batches (later articles re-merge earlier meetings, some articles change,
// some go) and checks, for filters of every kind and limits that cut
// inside a date, that the network read off the MeetingDay columns is the
// one the meetings and their participants give, and so is an actor's
// network read with Meeting.actors. Then it checks that the days and
// Meeting.actors the loader wrote are those the migrations write from
// scratch, and that removing every article leaves no day behind.
func TestNetworkFromDaysEqualsNetworkFromMeetings(t *testing.T) {
	s := fresh(t)
	ctx := ctxT(t)
	fs := synthCorpus(700, 5)
	// Independent reports of earlier meetings (other articles, not
	// translations), so that meetings have more than one origin.
	for i := 0; i < 120; i++ {
		src := fs[(i*37)%len(fs)]
		f := hFacts(hArticle(fmt.Sprintf("rep-%03d", i), "en"), src.Meetings[0])
		f.Meetings[0].Mode = []string{graph.ModeInPerson, graph.ModeVideo, src.Meetings[0].Mode}[i%3]
		fs = append(fs, f)
	}
	for i := 0; i < len(fs); i += 150 {
		write(t, s, fs[i:min(i+150, len(fs))])
	}
	// Changed articles: another date for their first meeting.
	var changed []graph.Facts
	for i := 3; i < len(fs); i += 41 {
		f := fs[i]
		f.Article.SHA256 += "-v2"
		f.Meetings = append([]graph.Meeting(nil), f.Meetings...)
		f.Meetings[0] = hMeeting(f.Meetings[0].Mode, "2020-06-15", "", actorsOf(f.Meetings[0])...)
		changed = append(changed, f)
	}
	write(t, s, changed)
	var gone []string
	for i := 5; i < len(fs); i += 53 {
		gone = append(gone, fs[i].Article.ID)
	}
	write(t, s, nil, gone...)

	rows, err := s.rows(ctx, `MATCH (m:Meeting) RETURN m.origins AS o, count(*) AS n ORDER BY o`, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("meetings by origins: %v", rows)
	if len(rows) < 2 {
		t.Fatalf("the generated graph has meetings of one origin count only: %v", rows)
	}
	filters := []MeetingFilter{
		{}, {Limit: 7}, {Limit: 50}, {Limit: 333},
		{From: "2019-06-01", To: "2020-06-30", MinOrigins: 2},
		{From: "2020"}, {To: "2019-03"}, {To: "2019-03-10", Limit: 20}, {From: "2019-05-01", To: "2019-05-31"},
		{MinOrigins: 2}, {MinOrigins: 2, Limit: 9},
		{Mode: graph.ModeCall}, {Mode: graph.ModeVideo}, {Mode: graph.ModeVisit, Limit: 40}, {Mode: graph.ModeInPerson, From: "2020-01"},
		{Lang: "de"}, {Lang: "en", MinOrigins: 2}, {Lang: "ar", Mode: graph.ModeCall, Limit: 30},
		{From: "2031"},
	}
	// Networks of one actor, read off that actor's days.
	filters = append(filters, MeetingFilter{Actor: "actor-000"}, MeetingFilter{Actor: "actor-001", Limit: 13},
		MeetingFilter{Actor: "actor-002", From: "2020", Mode: graph.ModeCall}, MeetingFilter{Actor: "actor-000", Lang: "de", To: "2019-12"},
		MeetingFilter{Actor: "actor-003", MinOrigins: 2}, MeetingFilter{Actor: "nobody"})
	// Only the strongest edges (the API's default is 300 of them).
	filters = append(filters, MeetingFilter{Edges: 1}, MeetingFilter{Edges: 25}, MeetingFilter{Edges: 40, From: "2019-06-01", MinOrigins: 2},
		MeetingFilter{Edges: 10, Mode: graph.ModeCall, Limit: 100}, MeetingFilter{Edges: 12, Actor: "actor-001"}, MeetingFilter{Edges: 100000})
	check := func(f MeetingFilter) {
		t.Helper()
		want, err := s.networkOfMeetings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		want = want.Strongest(f.Edges)
		got, err := s.Network(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := sortedNetwork(got), sortedNetwork(want); g != w {
			t.Errorf("network %+v (first page %d) differs from the meetings':\n%s", f, firstDayPage, firstDiff(g, w))
		}
		if got.TotalEdges != want.TotalEdges || got.TotalNodes != want.TotalNodes {
			t.Errorf("network %+v: totals %d edges, %d nodes; the meetings give %d, %d", f, got.TotalEdges, got.TotalNodes, want.TotalEdges, want.TotalNodes)
		}
		if f.Edges > 0 && len(got.Edges) > f.Edges {
			t.Errorf("network %+v: %d edges", f, len(got.Edges))
		}
		if f.Actor == "" {
			return
		}
		// The fallback without days: Meeting.actors off ATTENDED.at.
		if got, err = s.networkOfActor(ctx, f.network()); err != nil {
			t.Fatal(err)
		}
		if g, w := sortedNetwork(got.Strongest(f.Edges)), sortedNetwork(want); g != w {
			t.Errorf("network %+v from Meeting.actors differs from the meetings':\n%s", f, firstDiff(g, w))
		}
	}
	for _, f := range filters {
		check(f)
	}
	// The same with pages of a few days, so that the reads go over many
	// pages (sized from the days read so far) and a page can hold one date.
	defer func(n int) { firstDayPage = n }(firstDayPage)
	for _, n := range []int{1, 3} {
		firstDayPage = n
		for _, f := range filters {
			check(f)
		}
	}
	firstDayPage = 128
	participants := func() string {
		rows, err := s.rows(ctx, `MATCH (m:Meeting) RETURN m.id AS id, m.actors AS actors ORDER BY id`, nil)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(rows)
	}
	before := participants()
	if _, err := s.rows(ctx, `MATCH (m:Meeting) REMOVE m.actors`, nil); err != nil {
		t.Fatal(err)
	}

	sameDaysAsFill(t, s) // the fill is the schema's: it also restores Meeting.actors
	if after := participants(); after != before {
		t.Errorf("the migration's Meeting.actors differ from the loader's:\n%s", firstDiff(after, before))
	}

	var all []string
	for _, f := range fs {
		all = append(all, f.Article.ID)
	}
	write(t, s, nil, all...)
	if left := storedDays(t, s); len(left) != 0 {
		t.Errorf("%d days left after every article went", len(left))
	}
}

func actorsOf(m graph.Meeting) []string {
	var out []string
	for _, p := range m.Participants {
		out = append(out, p.Actor)
	}
	return out
}

// TestFillDaysInBatchesAndAfterAnInterruption drops the days the loader
// kept and has the schema fill them again in small batches: stopped after
// a few batches (a deadline), the half-filled days are never read (the
// network reads the meetings and gives the same answer), a stray day past
// the last batch done is cleared, and the next ApplySchema completes the
// fill with exactly the loader's days.
func TestFillDaysInBatchesAndAfterAnInterruption(t *testing.T) {
	s := fresh(t)
	ctx := ctxT(t)
	fs := synthCorpus(300, 7)
	fs = append(fs, hFacts(hArticle("undated-1", "en"), hMeeting(graph.ModeCall, "", "", "actor-000", "actor-001")),
		hFacts(hArticle("undated-2", "de"), hMeeting(graph.ModeVisit, "", "", "actor-002", "actor-000")))
	for i := 0; i < len(fs); i += 100 {
		write(t, s, fs[i:min(i+100, len(fs))])
	}
	kept := storedDays(t, s) // the loader's
	filters := []MeetingFilter{{}, {Limit: 40}, {From: "2019-06-01", MinOrigins: 2}, {Actor: "actor-000"}, {Edges: 5}}
	want := map[int]string{}
	for i, f := range filters {
		n, err := s.Network(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = sortedNetwork(n)
	}
	sameNetworks := func(when string, days bool) {
		t.Helper()
		for i, f := range filters {
			n, err := s.Network(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedNetwork(n); got != want[i] {
				t.Errorf("%s: network %+v differs:\n%s", when, f, firstDiff(got, want[i]))
			}
			if _, ok, err := s.networkOfDays(ctx, f.network()); err != nil || ok != days {
				t.Errorf("%s: network %+v read off the days: %v (%v), want %v", when, f, ok, err, days)
			}
		}
	}
	sameNetworks("loaded", true)

	defer func(n int) { dayFillBatch, dayFillAfterBatch = n, nil }(dayFillBatch)
	dayFillBatch = 25
	if _, err := s.query(ctx, `MATCH (d:MeetingDay) DELETE d`, nil); err != nil {
		t.Fatal(err)
	}
	batches := 0
	for _, stop := range []int{1, 3} {
		cctx, cancel := context.WithCancel(ctx)
		dayFillAfterBatch = func(done int) {
			batches = max(batches, done)
			if done == stop {
				cancel()
			}
		}
		err := s.ApplySchema(cctx)
		cancel()
		if err == nil {
			t.Fatalf("a fill cancelled after %d batches succeeded", stop)
		}
		t.Logf("cut after %d batches: %v", stop, err)
		half := storedDays(t, s)
		if len(half) == 0 || len(half) >= len(kept) {
			t.Fatalf("cut after %d batches: %d days of %d", stop, len(half), len(kept))
		}
		sameNetworks(fmt.Sprintf("cut after %d batches", stop), false)
	}
	// A day written past the last batch done (say by a write in between)
	// is recomputed, not kept.
	if _, err := s.query(ctx, `CREATE (:MeetingDay {key: '|2020-12-31|1', actor: '', date: '2020-12-31', origins: 1,
		ids: ['stray'], modes: [''], langs: ['en'], actors: ['actor-000 actor-001']})`, nil); err != nil {
		t.Fatal(err)
	}
	dayFillAfterBatch = func(done int) { batches = max(batches, done) }
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if batches < 5 {
		t.Errorf("the fill ran %d batches; want several", batches)
	}
	sameDays(t, kept, storedDays(t, s))
	noMarker(t, s)
	sameNetworks("filled", true)

	// Two fills at once: a second one (another process's ApplySchema)
	// starts after the first's second batch and completes the fill; the
	// first stops at its next batch without touching the days.
	if _, err := s.query(ctx, `MATCH (d:MeetingDay) DELETE d`, nil); err != nil {
		t.Fatal(err)
	}
	dayFillAfterBatch = func(done int) {
		if done == 2 {
			dayFillAfterBatch = nil
			if err := s.ApplySchema(ctx); err != nil {
				t.Errorf("the second fill: %v", err)
			}
		}
	}
	if err := s.ApplySchema(ctx); !errors.Is(err, errFillTakenOver) {
		t.Errorf("the first fill, taken over: %v, want %v", err, errFillTakenOver)
	}
	sameDays(t, kept, storedDays(t, s))
	noMarker(t, s)
	sameNetworks("filled by the second of two fills", true)
	// With the days complete, the schema leaves them alone.
	dayFillAfterBatch = func(int) { t.Error("a second fill ran") }
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
}

func noMarker(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.rows(ctxT(t), `MATCH (f:`+dayFillLabel+`) RETURN count(f) AS n`, nil)
	if err != nil || num(rows[0]["n"]) != 0 {
		t.Errorf("fill marker left: %v %v", rows, err)
	}
}
