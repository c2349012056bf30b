package neo4j

import (
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
	for _, f := range filters {
		want, err := s.networkOfMeetings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Network(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := sortedNetwork(got), sortedNetwork(want); g != w {
			t.Errorf("network %+v differs from the meetings':\n%s", f, firstDiff(g, w))
		}
		if f.Actor == "" {
			continue
		}
		// The fallback without days: Meeting.actors off ATTENDED.at.
		if got, err = s.networkOfActor(ctx, f.network()); err != nil {
			t.Fatal(err)
		}
		if g, w := sortedNetwork(got), sortedNetwork(want); g != w {
			t.Errorf("network %+v from Meeting.actors differs from the meetings':\n%s", f, firstDiff(g, w))
		}
	}
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
