package neo4j

import (
	"errors"
	"fmt"
	"testing"

	"github.com/parley/parley/graph"
)

func bulkLoad(t *testing.T, s *Store, fs []graph.Facts) WriteStats {
	t.Helper()
	empty, err := s.Prepare(ctxT(t))
	if err != nil || !empty {
		t.Fatalf("Prepare = %v, %v; want an empty database", empty, err)
	}
	k, err := s.NewBulk(ctxT(t), WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries(fs...) {
		if err := k.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	st, err := k.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func countNodes(t *testing.T, s *Store, cypher string) int {
	t.Helper()
	res, err := s.query(ctxT(t), cypher, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := res.Records[0].Get("n")
	n, _ := v.(int64)
	return int(n)
}

// TestBulkEqualsExtract: the bulk path stores the document the in-memory
// merge gives, whatever the size of its statements (small ones flush
// relationships while their ends are still buffered), and what it stores
// carries the incremental loader on: later batches, replacements and
// removals still give the in-memory merge of what is loaded.
func TestBulkEqualsExtract(t *testing.T) {
	syn := synthCorpus(234, 7)
	fs := append(hRome(), syn[:193]...)
	// The last bulk articles name actors no one named before: their nodes
	// are still buffered when the merged graph fills them in.
	for i := 0; i < 3; i++ {
		a := hArticle(fmt.Sprintf("late-%d", i), "en")
		fs = append(fs, hFacts(a, hMeeting(graph.ModeCall, "2020-03-0"+fmt.Sprint(i+1), "", fmt.Sprintf("newcomer-%d", i), "khalifa-haftar")))
	}
	fs = append(fs, syn[193:]...)
	for _, rows := range []int{3, 7, 10000} {
		t.Run(fmt.Sprintf("rows=%d", rows), func(t *testing.T) {
			defer func(n int) { bulkRows = n }(bulkRows)
			bulkRows = rows
			s := fresh(t)
			if fs[199].Article.ID != "late-2" {
				t.Fatalf("fs[199] = %s: the newcomers must come last in the bulk load", fs[199].Article.ID)
			}
			st := bulkLoad(t, s, fs[:200])
			if st.New != 200 {
				t.Errorf("New = %d, want 200", st.New)
			}
			sameAsExtract(t, s, fs[:200])
			if n := countNodes(t, s, `MATCH (a:Article) WHERE a.text IS NOT NULL RETURN count(a) AS n`); n != 0 {
				// hArticle has no text: none is invented.
				t.Errorf("%d articles with text, want 0", n)
			}
			if n := countNodes(t, s, `MATCH (m:`+markerLabel+`) RETURN count(m) AS n`); n != 0 {
				t.Errorf("the load marker stayed")
			}
			sameDaysAsFill(t, s)
			if empty, err := s.Prepare(ctxT(t)); err != nil || empty {
				t.Fatalf("Prepare after a load = %v, %v; want not empty", empty, err)
			}
			// Incremental from here: new articles, one replaced, one removed.
			changed := fs[5]
			changed.Article.SHA256 += "-v2"
			changed.Meetings = changed.Meetings[:len(changed.Meetings)/2]
			write(t, s, append([]graph.Facts{changed}, fs[200:]...), fs[6].Article.ID)
			var all []graph.Facts
			for i, f := range fs {
				switch i {
				case 5:
					all = append(all, changed)
				case 6:
				default:
					all = append(all, f)
				}
			}
			sameAsExtract(t, s, all)
			sameDaysAsFill(t, s) // the batches kept the bulk's days right
		})
	}
}

// sameDaysAsFill checks the stored MeetingDay nodes against those the
// schema (ApplySchema: its migrations, then fillDays) computes from the
// stored meetings, in batches of a few meetings so that dates from many
// batches are compared.
func sameDaysAsFill(t *testing.T, s *Store) {
	t.Helper()
	defer func(n int) { dayFillBatch = n }(dayFillBatch)
	dayFillBatch = 40
	kept := storedDays(t, s)
	if len(kept) == 0 {
		t.Fatal("no MeetingDay nodes")
	}
	if _, err := s.query(ctxT(t), `MATCH (d:MeetingDay) DELETE d`, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.ApplySchema(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	sameDays(t, kept, storedDays(t, s))
}

// sameDays compares the days a writer kept (the loader's, the bulk's) with
// those the fill wrote (storedDays).
func sameDays(t *testing.T, kept, filled map[string]string) {
	t.Helper()
	if len(filled) != len(kept) {
		t.Errorf("%d days stored, the fill computes %d", len(kept), len(filled))
	}
	for k, v := range kept {
		if filled[k] != v {
			t.Fatalf("day %s: stored\n%s\nfill computes\n%s", k, v, filled[k])
		}
	}
}

func TestBulkKeepsTheArticleText(t *testing.T) {
	s := fresh(t)
	f := hRome()[0]
	f.Article.Text = "Haftar met Coates in Rome."
	bulkLoad(t, s, []graph.Facts{f})
	res, err := s.query(ctxT(t), `MATCH (a:Article {id: $id}) RETURN a.text AS text`, map[string]any{"id": f.Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := res.Records[0].Get("text"); got != f.Article.Text {
		t.Errorf("text = %v, want %q", got, f.Article.Text)
	}
}

func TestBulkRefusesDuplicatesAndArticlesWithoutID(t *testing.T) {
	s := fresh(t)
	k, err := s.NewBulk(ctxT(t), WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fs := hRome()
	if err := k.Add(graph.NewEntry(fs[0])); err != nil {
		t.Fatal(err)
	}
	if err := k.Add(graph.NewEntry(fs[0])); !errors.Is(err, ErrDuplicate) {
		t.Errorf("second Add of %s = %v, want ErrDuplicate", fs[0].Article.ID, err)
	}
	noID := fs[1]
	noID.Article.ID = ""
	if err := k.Add(graph.NewEntry(noID)); !errors.Is(err, ErrInvalid) {
		t.Errorf("Add without id = %v, want ErrInvalid", err)
	}
	if _, err := k.Finish(); err != nil {
		t.Fatal(err)
	}
	sameAsExtract(t, s, fs[:1])
}

// TestBulkAbortAndInterruptedLoads: a failed load takes back what it
// wrote; a load killed half-way leaves its marker, which the next load
// sees as the sign of a half-written graph to clear, unless the marker is
// fresh: then another load is running and must be left alone.
func TestBulkAbortAndInterruptedLoads(t *testing.T) {
	defer func(n int) { bulkRows = n }(bulkRows)
	bulkRows = 5
	s := fresh(t)
	k, err := s.NewBulk(ctxT(t), WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries(synthCorpus(40, 3)...) {
		if err := k.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	if countNodes(t, s, `MATCH (n:Article) RETURN count(n) AS n`) == 0 {
		t.Fatal("nothing written before Finish: the test does not test Abort")
	}
	if err := k.Abort(); err != nil {
		t.Fatal(err)
	}
	if n := countNodes(t, s, `MATCH (n) RETURN count(n) AS n`); n != 0 {
		t.Fatalf("%d nodes after Abort, want 0", n)
	}

	// A live load: its marker was touched just now.
	k, err = s.NewBulk(ctxT(t), WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries(synthCorpus(20, 4)...) {
		if err := k.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Prepare(ctxT(t)); !errors.Is(err, ErrBusy) {
		t.Fatalf("Prepare during a live load = %v, want ErrBusy", err)
	}
	// The load dies: its marker gets old.
	if _, err := s.query(ctxT(t), `MATCH (m:`+markerLabel+`) SET m.touched = datetime() - duration('PT1H')`, nil); err != nil {
		t.Fatal(err)
	}
	empty, err := s.Prepare(ctxT(t))
	if err != nil || !empty {
		t.Fatalf("Prepare after a dead load = %v, %v; want a cleared, empty database", empty, err)
	}
	if n := countNodes(t, s, `MATCH (n) RETURN count(n) AS n`); n != 0 {
		t.Fatalf("%d nodes left of the dead load, want 0", n)
	}
}
