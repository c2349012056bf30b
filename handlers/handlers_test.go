package handlers

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
	"github.com/parley/parley/internal/neo4jtest"
)

var db *neo4jtest.Server

func TestMain(m *testing.M) { os.Exit(neo4jtest.Run(m, &db)) }

// seeded serves the dashboard over a database holding the seeds, loaded by
// the real extractor and loader, plus one hostile article.
func seeded(t *testing.T) (*httptest.Server, *neo4j.Store) {
	t.Helper()
	neo4jtest.Need(t, db)
	db.Reset(t)
	st, err := neo4j.Open(neo4j.Config{URI: db.URI, User: db.User, Password: db.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, errs := extract.Files("../seeds", "testdata/hostile.txt")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var entries []*graph.Entry
	for _, f := range files {
		err := extract.Read(f, func(a graph.Article, err error) error {
			if err != nil {
				return err
			}
			facts, err := x.Article(a)
			if err != nil {
				return err
			}
			entries = append(entries, graph.NewEntry(facts))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Write(ctx, entries, nil, neo4j.WriteOptions{Fold: extract.Fold}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Options{BrowserURL: "http://localhost:7474/browser/", Resolve: x.Resolve, Marks: x.Marks}))
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t *testing.T, srv *httptest.Server, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestPagesShowTheSeeds(t *testing.T) {
	srv, _ := seeded(t)
	cases := []struct{ path, want string }{
		{"/", "Khalifa Haftar"},
		{"/", "Open in Neo4j Browser"},
		{"/actors", "Khalifa Haftar"},
		{"/actors?q=" + url.QueryEscape("حفتر"), `href="/actors/khalifa-haftar"`},
		{"/actors?q=" + url.QueryEscape("ہفتار"), `href="/actors/khalifa-haftar"`},
		{"/actors?q=haftar", `href="/actors/khalifa-haftar"`},
		{"/actors/khalifa-haftar", "خليفة حفتر"},
		{"/actors/khalifa-haftar", "Richard Norland"},
		{"/meetings", "01-08 (year unknown)"},
		{"/meetings?actor=khalifa-haftar&with=richard-norland", "Rome"},
		{"/statements", "Dujarric"},
		{"/graph", `id="cy"`},
	}
	if _, actor, _ := get(t, srv, "/actors/khalifa-haftar"); !strings.Contains(actor, `href="/articles/`) {
		t.Fatal("the actor page links no article")
	}
	for _, c := range cases {
		code, body, _ := get(t, srv, c.path)
		if code != 200 || !strings.Contains(body, c.want) {
			t.Errorf("GET %s: %d, body lacks %q", c.path, code, c.want)
		}
	}
}

func TestMeetingPageShowsEvidenceInEveryScript(t *testing.T) {
	srv, _ := seeded(t)
	_, body, _ := get(t, srv, "/meetings?actor=khalifa-haftar&with=richard-norland")
	// The Rome meeting of 8 January: the last meeting link before its date.
	j := strings.Index(body, "01-08 (year unknown)")
	i := strings.LastIndex(body[:max(j, 0)], `href="/meetings/`)
	if j < 0 || i < 0 {
		t.Fatal("no link to the meeting of 8 January")
	}
	id := body[i+len(`href="/meetings/`):]
	id = id[:strings.IndexByte(id, '"')]
	code, page, _ := get(t, srv, "/meetings/"+id)
	if code != 200 {
		t.Fatalf("meeting page %d", code)
	}
	for _, want := range []string{"3 articles", "1 independent origins", `dir="rtl" lang="ur"`, `dir="rtl" lang="ar"`, `dir="ltr" lang="de"`, `<mark class="trigger">`, "Rome"} {
		if !strings.Contains(page, want) {
			t.Errorf("meeting page lacks %q", want)
		}
	}
}

func TestNetworkJSONAndFilters(t *testing.T) {
	srv, _ := seeded(t)
	var all, calls struct {
		Nodes []struct{ ID string }
		Edges []struct{ Source, Target string }
	}
	for _, c := range []struct {
		path string
		into any
	}{{"/api/network", &all}, {"/api/network?mode=call", &calls}} {
		code, body, _ := get(t, srv, c.path)
		if code != 200 {
			t.Fatalf("%s: %d %s", c.path, code, body)
		}
		if err := json.Unmarshal([]byte(body), c.into); err != nil {
			t.Fatal(err)
		}
	}
	if len(all.Nodes) == 0 || len(all.Edges) == 0 {
		t.Fatal("empty network")
	}
	if len(calls.Edges) >= len(all.Edges) {
		t.Errorf("mode=call did not narrow the network: %d vs %d edges", len(calls.Edges), len(all.Edges))
	}
}

func TestExportFormats(t *testing.T) {
	srv, _ := seeded(t)
	for format, want := range map[string]string{"json": `"relationships"`, "cytoscape": `"elements"`, "graphml": "<graphml"} {
		code, body, _ := get(t, srv, "/api/graph?format="+format+"&actor=khalifa-haftar")
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("export %s: %d lacks %q", format, code, want)
		}
	}
	if code, _, _ := get(t, srv, "/api/graph?format=pdf"); code != 400 {
		t.Errorf("unknown format: %d", code)
	}
}

func TestBadInputIs400AndUnknownIs404(t *testing.T) {
	srv, _ := seeded(t)
	for path, want := range map[string]int{
		"/meetings?from=2020-13":                          400,
		"/meetings?from=yesterday":                        400,
		"/meetings?lang=xx":                               400,
		"/meetings?mode=teleport":                         400,
		"/meetings?min_sources=-1":                        400,
		"/meetings?page=0":                                400,
		"/graph?actor=" + url.QueryEscape("x' OR 1=1 //"): 400,
		"/actors/" + url.PathEscape("a b"):                400,
		"/actors/no-such-actor":                           404,
		"/meetings/m-0000000000000000":                    404,
		"/nowhere":                                        404,
	} {
		if code, _, _ := get(t, srv, path); code != want {
			t.Errorf("GET %s: %d, want %d", path, code, want)
		}
	}
}

func TestHostileSearchAndTextAreInert(t *testing.T) {
	srv, _ := seeded(t)
	for _, q := range []string{`"`, `'`, "`", `\`, "MATCH (n) DETACH DELETE n", `*:*`, `a" OR name:*`, `})-[r]-( RETURN 1 //`, "حفتر' OR '1'='1"} {
		code, body, _ := get(t, srv, "/actors?q="+url.QueryEscape(q))
		if code != 200 {
			t.Errorf("search %q: %d", q, code)
		}
		if strings.Contains(body, "<script>") {
			t.Errorf("search %q reflected a script", q)
		}
	}
	// The database is intact after the hostile searches.
	if _, body, _ := get(t, srv, "/actors?q=haftar"); !strings.Contains(body, "khalifa-haftar") {
		t.Fatal("hostile searches changed the graph")
	}
	_, body, _ := get(t, srv, "/statements")
	if strings.Contains(body, "<script>alert") || strings.Contains(body, `href="javascript:`) {
		t.Fatal("article text was rendered as HTML")
	}
}

func TestSecurityHeaders(t *testing.T) {
	srv, _ := seeded(t)
	_, _, h := get(t, srv, "/")
	for k, want := range map[string]string{
		"Content-Security-Policy": "script-src 'self'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "same-origin",
	} {
		if !strings.Contains(h.Get(k), want) {
			t.Errorf("%s = %q, want %q", k, h.Get(k), want)
		}
	}
	if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
		t.Error("no frame-ancestors")
	}
	resp, err := http.Post(srv.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", resp.StatusCode)
	}
}

func TestDatabaseDownGives503Pages(t *testing.T) {
	st, err := neo4j.Open(neo4j.Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "whatever1"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	srv := httptest.NewServer(New(st, Options{Timeout: 3 * time.Second}))
	defer srv.Close()
	for _, p := range []string{"/healthz", "/", "/actors/khalifa-haftar", "/api/network"} {
		code, body, _ := get(t, srv, p)
		if code != http.StatusServiceUnavailable {
			t.Errorf("GET %s with Neo4j down: %d, want 503", p, code)
		}
		if p == "/" && !strings.Contains(body, "unreachable") {
			t.Errorf("the page does not say the database is unreachable: %s", body)
		}
	}
}

func TestArticlePage(t *testing.T) {
	srv, _ := seeded(t)
	_, body, _ := get(t, srv, "/actors/khalifa-haftar")
	seen, marked := map[string]bool{}, map[string]bool{}
	for _, part := range strings.Split(body, `href="/articles/`)[1:] {
		id := part[:strings.IndexByte(part, '"')]
		code, page, _ := get(t, srv, "/articles/"+id)
		if code != 200 {
			t.Fatalf("article %s: %d", id, code)
		}
		for _, lang := range []string{"ur", "ar", "de"} {
			if strings.Contains(page, `class="article-text" dir="`+map[string]string{"ur": "rtl", "ar": "rtl", "de": "ltr"}[lang]+`" lang="`+lang+`"`) {
				seen[lang] = true
				for _, kind := range []string{"trigger", "actor", "place", "date"} {
					if strings.Count(page, `<mark class="`+kind+`">`) >= 2 { // one is the legend
						marked[lang+" "+kind] = true
					}
				}
			}
		}
		if strings.Contains(page, "<script>alert") {
			t.Errorf("article %s rendered script from its text", id)
		}
	}
	for _, lang := range []string{"ur", "ar", "de"} {
		if !seen[lang] {
			t.Errorf("no %s article page with its text", lang)
		}
		// Every seed names actors, places and dates and reports a meeting.
		for _, kind := range []string{"trigger", "actor", "place", "date"} {
			if !marked[lang+" "+kind] {
				t.Errorf("no %s article page highlights a %s", lang, kind)
			}
		}
	}
}

// TestOverviewIsKeptThenRefreshed: the overview's whole-graph counts are
// served from memory for OverviewMaxAge, then read again in the background
// while visitors still get the kept copy at once.
func TestOverviewIsKeptThenRefreshed(t *testing.T) {
	_, st := seeded(t)
	srv := httptest.NewServer(New(st, Options{OverviewMaxAge: 300 * time.Millisecond}))
	t.Cleanup(srv.Close)
	if code, body, _ := get(t, srv, "/"); code != http.StatusOK || strings.Contains(body, "2030") {
		t.Fatalf("overview = %d (mentions 2030: %v)", code, strings.Contains(body, "2030"))
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	f, err := x.Article(graph.Article{ID: "a-later", Path: "later.txt", Title: "Later", Lang: "en", SHA256: "later",
		Text: "Khalifa Haftar met Victoria Coates in Rome on 8 January 2030."})
	if err != nil || len(f.Meetings) != 1 {
		t.Fatalf("extract: %v, %d meetings", err, len(f.Meetings))
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := st.Write(ctx, []*graph.Entry{graph.NewEntry(f)}, nil, neo4j.WriteOptions{Fold: extract.Fold}); err != nil {
		t.Fatal(err)
	}
	if _, body, _ := get(t, srv, "/"); strings.Contains(body, "2030") {
		t.Fatal("the overview was read again before OverviewMaxAge")
	}
	time.Sleep(400 * time.Millisecond)
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, body, _ := get(t, srv, "/")
		if strings.Contains(body, "2030") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the overview was not refreshed after OverviewMaxAge")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestNetworkEdgesCap checks ?edges=: the strongest edges only, the actors
// they join, and the totals of the whole network.
func TestNetworkEdgesCap(t *testing.T) {
	srv, _ := seeded(t)
	type net struct {
		Nodes []struct {
			ID       string
			Meetings int
		}
		Edges []struct {
			Source, Target string
			Meetings       int
		}
		TotalNodes int `json:"total_nodes"`
		TotalEdges int `json:"total_edges"`
	}
	read := func(path string) net {
		code, body, _ := get(t, srv, path)
		if code != 200 {
			t.Fatalf("%s: %d %s", path, code, body)
		}
		var n net
		if err := json.Unmarshal([]byte(body), &n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	all := read("/api/network")
	if len(all.Edges) < 2 || all.TotalEdges != len(all.Edges) || all.TotalNodes != len(all.Nodes) {
		t.Fatalf("the whole network: %d edges, %d nodes, totals %d, %d", len(all.Edges), len(all.Nodes), all.TotalEdges, all.TotalNodes)
	}
	one := read("/api/network?edges=1")
	if len(one.Edges) != 1 || len(one.Nodes) != 2 || one.TotalEdges != all.TotalEdges || one.TotalNodes != all.TotalNodes {
		t.Fatalf("edges=1: %d edges, %d nodes, totals %d, %d", len(one.Edges), len(one.Nodes), one.TotalEdges, one.TotalNodes)
	}
	for _, e := range all.Edges {
		if e.Meetings > one.Edges[0].Meetings {
			t.Errorf("edges=1 kept %+v, not the strongest (%+v)", one.Edges[0], e)
		}
	}
	if code, _, _ := get(t, srv, "/api/network?edges=0"); code != 400 {
		t.Errorf("edges=0: %d, want 400", code)
	}
}
