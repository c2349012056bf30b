package neo4j

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"github.com/parley/parley/graph"
)

// busyActor is one actor with more statements and meetings than a page
// shows: dated at every precision, without a year, and undated, several on
// one day, so that the page's order and its cut are both tested. The
// statements come in one article (statements of articles of one story
// merge).
func busyActor(r *rand.Rand, n int) []graph.Facts {
	dates := []string{"", "", "", "2019", "2019-06", "2019-06-01", "2020-01-08", "2020-01-08", "--01-08", "2020-02", "2021-12-31"}
	said := hFacts(hArticle("said", "en"))
	fs := []graph.Facts{}
	for i := range n {
		a := hArticle(fmt.Sprintf("b%03d", i), []string{"ar", "de", "en"}[i%3])
		d := dates[r.Intn(len(dates))]
		if d == "" || d == "2019" || d == "2020-02" {
			d = "2020-03-" + fmt.Sprintf("%02d", 1+r.Intn(28))
		}
		other := fmt.Sprintf("actor-%02d", r.Intn(12))
		fs = append(fs, hFacts(a, hMeeting(graph.ModeInPerson, d, "", "busy-one", other)))
		hSay(&said, "busy-one", fmt.Sprintf("statement %d", i), dates[r.Intn(len(dates))])
	}
	return append(fs, said)
}

// TestActorPageListsTheNewest checks the actor page's statements and
// meetings, read off SAID.at and ATTENDED.at, against every statement and
// meeting of the actor sorted here: newest first, undated last; ties by id
// (descending for statements, ascending for meetings). Then it drops
// SAID.at and checks that the schema migration writes it back the same.
func TestActorPageListsTheNewest(t *testing.T) {
	s := fresh(t)
	ctx := ctxT(t)
	write(t, s, busyActor(rand.New(rand.NewSource(7)), ActorPageLimit+40))

	type item struct{ id, date string }
	all := func(cypher string) []item {
		rows, err := s.rows(ctx, cypher, map[string]any{"id": "busy-one"})
		if err != nil {
			t.Fatal(err)
		}
		var out []item
		for _, r := range rows {
			out = append(out, item{vstr(r["id"]), vstr(r["date"])})
		}
		return out
	}
	newest := func(xs []item, idAsc bool) []string {
		sort.Slice(xs, func(i, j int) bool {
			a, b := xs[i], xs[j]
			if (a.date == "") != (b.date == "") {
				return b.date == ""
			}
			if a.date != b.date {
				return a.date > b.date
			}
			return (a.id < b.id) == idAsc
		})
		var ids []string
		for _, x := range xs[:min(len(xs), ActorPageLimit)] {
			ids = append(ids, x.id)
		}
		return ids
	}
	statements := all(`MATCH (:Actor {id: $id})-[:SAID]->(st:Statement) RETURN st.id AS id, st.date AS date`)
	meetings := all(`MATCH (:Actor {id: $id})-[:ATTENDED]->(m:Meeting) RETURN m.id AS id, m.date AS date`)
	if len(statements) <= ActorPageLimit || len(meetings) <= ActorPageLimit {
		t.Fatalf("the generated actor has %d statements and %d meetings; the test needs more than %d", len(statements), len(meetings), ActorPageLimit)
	}
	wantSt, wantM := newest(statements, false), newest(meetings, true)

	check := func(when string) {
		t.Helper()
		p, ok, err := s.Actor(ctx, "busy-one")
		if err != nil || !ok {
			t.Fatalf("%s: actor: ok %v, %v", when, ok, err)
		}
		var gotSt, gotM []string
		for _, st := range p.Statements {
			gotSt = append(gotSt, st.ID)
			if st.Speaker.ID != "busy-one" {
				t.Fatalf("%s: statement %s has speaker %q", when, st.ID, st.Speaker.ID)
			}
		}
		for _, m := range p.Meetings {
			gotM = append(gotM, m.ID)
		}
		if fmt.Sprint(gotSt) != fmt.Sprint(wantSt) {
			t.Errorf("%s: statements\n got %v\nwant %v", when, gotSt, wantSt)
		}
		if fmt.Sprint(gotM) != fmt.Sprint(wantM) {
			t.Errorf("%s: meetings\n got %v\nwant %v", when, gotM, wantM)
		}
		if p.StatementTotal != len(statements) || p.MeetingTotal != len(meetings) {
			t.Errorf("%s: totals %d statements, %d meetings; want %d, %d", when, p.StatementTotal, p.MeetingTotal, len(statements), len(meetings))
		}
		list, err := s.Statements(ctx, "busy-one", ActorPageLimit)
		if err != nil {
			t.Fatal(err)
		}
		var gotList []string
		for _, st := range list {
			gotList = append(gotList, st.ID)
		}
		if fmt.Sprint(gotList) != fmt.Sprint(wantSt) {
			t.Errorf("%s: statements page\n got %v\nwant %v", when, gotList, wantSt)
		}
	}
	check("as loaded")

	if _, err := s.rows(ctx, `MATCH ()-[r:SAID]->() REMOVE r.at`, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := s.rows(ctx, `MATCH (a:Actor)-[r:SAID]->(st:Statement) RETURN a.id AS a, st.date AS date, st.id AS id, r.at AS at`, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if want := graph.SaidAt(vstr(r["a"]), vstr(r["date"]), vstr(r["id"])); vstr(r["at"]) != want {
			t.Fatalf("migrated SAID.at = %q, want %q", vstr(r["at"]), want)
		}
	}
	check("after the migration")
}
