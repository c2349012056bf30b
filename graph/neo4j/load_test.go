package neo4j

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"testing"
	"time"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/internal/neo4jtest"
)

// Hand-built facts exercise the loader's merge logic independently of the
// extractor; seeds_test.go loads the real seeds through it.

// fresh is open(t) with a reset that works: neo4jtest.Reset runs CALL {}
// IN TRANSACTIONS through ExecuteQuery, which Neo4j refuses inside an
// explicit transaction (reported to the lead); this resets in an
// auto-commit transaction instead.
func fresh(t testing.TB) *Store {
	t.Helper()
	neo4jtest.Need(t, db)
	ctx := ctxT(t)
	drv, err := bolt.NewDriverWithContext(db.URI, bolt.BasicAuth(db.User, db.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	sess := drv.NewSession(ctx, bolt.SessionConfig{})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("reset neo4j: %v", err)
	}
	s, err := Open(Config{URI: db.URI, User: db.User, Password: db.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func hArticle(id, lang string) graph.Article {
	return graph.Article{ID: id, Path: "in/" + id + ".txt", Title: "t " + id, Lang: lang, Outlet: "outlet-" + lang, SHA256: "sha-" + id}
}

func hMeeting(mode, date, place string, actors ...string) graph.Meeting {
	d, err := graph.ParseDate(date)
	if err != nil {
		panic(err)
	}
	m := graph.Meeting{Mode: mode, Date: d, Place: place, CAMEO: "040", Status: graph.StatusHeld,
		Evidence: graph.Evidence{Sentence: 1, Start: 10, End: 40, Text: "met", Rule: "t.meet", Confidence: 0.8, Trigger: [2]int{12, 15}}}
	for i, a := range actors {
		role := graph.RoleGuest
		if i == 0 {
			role = graph.RoleHost
		}
		m.Participants = append(m.Participants, graph.Participant{Actor: a, Role: role})
	}
	return m
}

func hFacts(a graph.Article, ms ...graph.Meeting) graph.Facts {
	f := graph.Facts{Article: a, Mentions: map[string]int{}}
	seen := map[string]bool{}
	for _, m := range ms {
		for _, p := range m.Participants {
			if !seen[p.Actor] {
				seen[p.Actor] = true
				f.Actors = append(f.Actors, graph.Actor{ID: p.Actor, Name: "Name " + p.Actor, Kind: graph.KindPerson, Reviewed: true,
					Affiliation: map[string]string{"khalifa-haftar": "lna"}[p.Actor], Aliases: []string{p.Actor + "-" + a.Lang}})
				f.Mentions[p.Actor] = 2
			}
		}
		if m.Place != "" {
			f.Places = append(f.Places, graph.Place{ID: m.Place, Name: "Place " + m.Place, Country: "c"})
		}
	}
	f.Meetings = ms
	return f
}

func hSay(f *graph.Facts, speaker, text, date string) {
	d, _ := graph.ParseDate(date)
	f.Statements = append(f.Statements, graph.Statement{Speaker: speaker, Text: text, Quote: true, Lang: f.Article.Lang, Date: d,
		About: []string{"khalifa-haftar"}, Evidence: graph.Evidence{Start: 100 + len(f.Statements), End: 120, Confidence: 0.7, Rule: "t.say"}})
	for _, a := range []string{speaker, "khalifa-haftar"} {
		if f.Mentions[a] == 0 {
			f.Actors = append(f.Actors, graph.Actor{ID: a, Name: "Name " + a, Kind: graph.KindPerson, Reviewed: true})
			f.Mentions[a] = 1
		}
	}
}

// hRome is one scoop in three languages (with the LNA mentioned so that
// Haftar's affiliation shows), and an unrelated call.
func hRome() []graph.Facts {
	rome := func(date string) graph.Meeting {
		return hMeeting(graph.ModeInPerson, date, "rome", "khalifa-haftar", "victoria-coates", "richard-norland")
	}
	call := hMeeting(graph.ModeCall, "--04-15", "", "donald-trump", "khalifa-haftar")
	fs := []graph.Facts{
		hFacts(hArticle("000", "ur"), rome("--01-08"), call),
		hFacts(hArticle("001", "ar"), rome("2020-01-08"), call),
		hFacts(hArticle("002", "de"), rome("--01-08"), call),
		hFacts(hArticle("003", "ar"), hMeeting(graph.ModeCall, "", "", "antonio-guterres", "khalifa-haftar")),
	}
	for i := range fs[:3] {
		hSay(&fs[i], "khalifa-haftar", "quote "+fs[i].Article.Lang, "--01-08")
	}
	hSay(&fs[3], "stephane-dujarric", "the call", "")
	fs[3].Actors = append(fs[3].Actors, graph.Actor{ID: "lna", Name: "LNA", Kind: graph.KindOrganisation, Reviewed: true})
	fs[3].Mentions["lna"] = 1
	return fs
}

func entries(fs ...graph.Facts) []*graph.Entry {
	var out []*graph.Entry
	for _, f := range fs {
		out = append(out, graph.NewEntry(f))
	}
	return out
}

func docJSON(t *testing.T, d graph.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJSON(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func write(t *testing.T, s *Store, up []graph.Facts, rm ...string) WriteStats {
	t.Helper()
	st, err := s.Write(ctxT(t), entries(up...), rm, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// sameAsExtract checks the database holds exactly the document the
// in-memory merge gives for the same articles.
func sameAsExtract(t *testing.T, s *Store, fs []graph.Facts) {
	t.Helper()
	got, err := s.Export(ctxT(t), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Build(entries(fs...), nil)
	g, w := docJSON(t, got), docJSON(t, want)
	if g != w {
		t.Fatalf("database differs from the in-memory merge:\n%s", firstDiff(g, w))
	}
}

func firstDiff(a, b string) string {
	al, bl := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	for i := 0; i < len(al) && i < len(bl); i++ {
		if !bytes.Equal(al[i], bl[i]) {
			lo := max(0, i-8)
			return fmt.Sprintf("line %d\n--- database:\n%s\n--- extract:\n%s", i+1,
				bytes.Join(al[lo:min(len(al), i+4)], []byte("\n")), bytes.Join(bl[lo:min(len(bl), i+4)], []byte("\n")))
		}
	}
	return fmt.Sprintf("lengths %d vs %d lines", len(al), len(bl))
}

func TestLoadEqualsExtractWhateverTheBatches(t *testing.T) {
	fs := hRome()
	for name, batches := range map[string][][]int{
		"one batch":     {{0, 1, 2, 3}},
		"one by one":    {{3}, {1}, {0}, {2}},
		"two and two":   {{2, 3}, {0, 1}},
		"story last":    {{3}, {0}, {1, 2}},
		"reversed ones": {{2}, {1}, {0}, {3}},
	} {
		t.Run(name, func(t *testing.T) {
			s := fresh(t)
			for _, b := range batches {
				var up []graph.Facts
				for _, i := range b {
					up = append(up, fs[i])
				}
				write(t, s, up)
			}
			sameAsExtract(t, s, fs)
		})
	}
}

func TestRomeIsOneMeetingWithThreeReportsAndOneOrigin(t *testing.T) {
	s := fresh(t)
	write(t, s, hRome()[:1])
	write(t, s, hRome()[1:])
	res, err := s.query(ctxT(t), `MATCH (m:Meeting {place: 'rome'})
		RETURN count(m) AS n, collect(m.sources)[0] AS sources, collect(m.origins)[0] AS origins,
		       collect(COUNT { (m)<-[:REPORTS]-(:Article) })[0] AS reports`, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := res.Records[0]
	for k, want := range map[string]int64{"n": 1, "sources": 3, "origins": 1, "reports": 3} {
		if v, _ := r.Get(k); v != want {
			t.Errorf("%s = %v, want %d", k, v, want)
		}
	}
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	s := fresh(t)
	fs := hRome()
	st := write(t, s, fs)
	if st.New != 4 || st.Nodes == 0 {
		t.Fatalf("first load: %+v", st)
	}
	c1, _ := s.Counts(ctxT(t))
	d1, _ := s.Export(ctxT(t), Filter{})
	st = write(t, s, fs)
	if st.Unchanged != 4 || st.New+st.Updated != 0 || st.Nodes+st.Rels != 0 {
		t.Fatalf("second load: %+v", st)
	}
	c2, _ := s.Counts(ctxT(t))
	d2, _ := s.Export(ctxT(t), Filter{})
	if c1 != c2 || docJSON(t, d1) != docJSON(t, d2) {
		t.Fatalf("counts %+v then %+v", c1, c2)
	}
}

func TestChangedArticleReplacesWhatItContributed(t *testing.T) {
	s := fresh(t)
	fs := hRome()
	write(t, s, fs)
	// 002 is rewritten: now it reports a different meeting, in Paris, in
	// February, with someone new; its Rome claim and its quote are gone.
	changed := hFacts(hArticle("002", "de"), hMeeting(graph.ModeInPerson, "2020-02-02", "paris", "khalifa-haftar", "emmanuel-macron"))
	changed.Article.SHA256 = "sha-002-v2"
	st := write(t, s, []graph.Facts{changed})
	if st.Updated != 1 {
		t.Fatalf("stats %+v", st)
	}
	fs[2] = changed
	sameAsExtract(t, s, fs)
	res, _ := s.query(ctxT(t), `MATCH (:Article {id: '002'})-[r:REPORTS]->(m) RETURN collect(m.place) AS p`, nil)
	if p := strs(res.Records[0], "p"); len(p) != 1 || p[0] != "paris" {
		t.Errorf("002 reports %v", p)
	}
	// And back: the graph is as if the first version had never changed.
	fs = hRome()
	write(t, s, fs[2:3])
	sameAsExtract(t, s, fs)
}

func TestRemoveTakesOutWhatOnlyTheArticleSupported(t *testing.T) {
	s := fresh(t)
	fs := hRome()
	write(t, s, fs)
	ids, missing, err := s.Resolve(ctxT(t), []string{"001", "in/003.txt", "nope"})
	if err != nil || len(ids) != 2 || len(missing) != 1 {
		t.Fatalf("resolve: %v %v %v", ids, missing, err)
	}
	st, err := s.Remove(ctxT(t), ids, 0, WriteOptions{})
	if err != nil || st.Removed != 2 {
		t.Fatalf("remove: %+v %v", st, err)
	}
	sameAsExtract(t, s, []graph.Facts{fs[0], fs[2]})
	// Guterres and Dujarric were only in 003.
	res, _ := s.query(ctxT(t), `MATCH (x:Actor) WHERE x.id IN ['antonio-guterres', 'stephane-dujarric', 'lna'] RETURN count(x) AS n`, nil)
	if n, _ := res.Records[0].Get("n"); n != int64(0) {
		t.Errorf("%v actors of 003 survive", n)
	}
	if _, err := s.Remove(ctxT(t), []string{"000", "002"}, 1, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Counts(ctxT(t)); c.Nodes != 0 || c.Relationships != 0 {
		t.Fatalf("after removing everything: %+v", c)
	}
}

// TestIncrementalMergesMatchTheWholeCorpus loads, replaces and removes
// random articles in random batches and checks after each step that the
// database equals the in-memory merge of what is loaded.
func TestIncrementalMergesMatchTheWholeCorpus(t *testing.T) {
	s := fresh(t)
	r := rand.New(rand.NewSource(42))
	actors := []string{"khalifa-haftar", "fayez-al-sarraj", "ghassan-salame", "recep-erdogan", "vladimir-putin"}
	dates := []string{"2020-01-08", "2020-01-09", "--01-08", "2020-01", "", "2020-01-19", "--01-19"}
	places := []string{"", "", "rome", "berlin"}
	modes := []string{graph.ModeInPerson, graph.ModeVisit, graph.ModeCall}
	gen := func(id string, version int) graph.Facts {
		var ms []graph.Meeting
		for k := 0; k < 1+r.Intn(3); k++ {
			p := r.Perm(len(actors))[:2+r.Intn(2)]
			var as []string
			for _, i := range p {
				as = append(as, actors[i])
			}
			ms = append(ms, hMeeting(modes[r.Intn(len(modes))], dates[r.Intn(len(dates))], places[r.Intn(len(places))], as...))
		}
		f := hFacts(hArticle(id, []string{"ar", "de", "ur", "en"}[r.Intn(4)]), ms...)
		f.Article.SHA256 = fmt.Sprintf("sha-%s-%d", id, version)
		for k := 0; k < r.Intn(3); k++ {
			hSay(&f, actors[r.Intn(2)], fmt.Sprintf("said %s %d", id, k), dates[r.Intn(len(dates))])
		}
		return f
	}
	loaded := map[string]graph.Facts{}
	version := 0
	for step := 0; step < 8; step++ {
		var up []graph.Facts
		var rm []string
		used := map[string]bool{}
		for k := 0; k < 1+r.Intn(5); k++ {
			id := fmt.Sprintf("a%02d", r.Intn(20))
			if used[id] {
				continue
			}
			used[id] = true
			if _, ok := loaded[id]; ok && r.Intn(3) == 0 {
				rm = append(rm, id)
				delete(loaded, id)
				continue
			}
			version++
			f := gen(id, version)
			loaded[id] = f
			up = append(up, f)
		}
		write(t, s, up, rm...)
		var all []graph.Facts
		for _, id := range sortedIDs(loaded) {
			all = append(all, loaded[id])
		}
		sameAsExtract(t, s, all)
	}
}
