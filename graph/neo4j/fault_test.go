package neo4j

import (
	"context"
	"testing"
	"time"

	"github.com/parley/parley/graph"
)

// wholeArticles checks that every stored article carries all it
// contributed: one REPORTS edge per claim and one MENTIONS per actor.
func wholeArticles(t *testing.T, s *Store, fs []graph.Facts) int {
	t.Helper()
	want := map[string][2]int{}
	for _, e := range entries(fs...) {
		want[e.Article.ID] = [2]int{len(e.Meetings) + len(e.Statements), len(e.Seen)}
	}
	res, err := s.query(ctxT(t), `MATCH (a:Article)
		RETURN a.id AS id, COUNT { (a)-[:REPORTS]->() } AS reports, COUNT { (a)-[:MENTIONS]->() } AS mentions`, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Records {
		id := str(r, "id")
		rep, _ := r.Get("reports")
		men, _ := r.Get("mentions")
		if w := want[id]; rep != int64(w[0]) || men != int64(w[1]) {
			t.Errorf("article %s is half-loaded: %v reports, %v mentions; want %v", id, rep, men, w)
		}
	}
	return len(res.Records)
}

func writeAll(ctx context.Context, s *Store, ents []*graph.Entry, batch int) error {
	for i := 0; i < len(ents); i += batch {
		if _, err := s.Write(ctx, ents[i:min(i+batch, len(ents))], nil, WriteOptions{Attempts: 1}); err != nil {
			return err
		}
	}
	return nil
}

// TestInterruptedLoadsLeaveNoHalfArticle cancels a load mid-run, then
// closes the driver under another, and shows that what is stored is whole
// and that re-running completes with no duplicates: the graph is then
// exactly the in-memory merge of all the articles.
func TestInterruptedLoadsLeaveNoHalfArticle(t *testing.T) {
	s := fresh(t)
	fs := synthCorpus(300, 3)
	ents := entries(fs...)

	// Time one batch, then cancel one and a half batches into the rest.
	if err := writeAll(ctxT(t), s, ents[:10], 10); err != nil { // warm up
		t.Fatal(err)
	}
	t0 := time.Now()
	if err := writeAll(ctxT(t), s, ents[10:20], 10); err != nil {
		t.Fatal(err)
	}
	one := time.Since(t0)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(one*3/2, cancel)
	err := writeAll(ctx, s, ents[20:], 10)
	if err == nil {
		t.Log("the load finished before the cancel; the check below still holds")
	}
	n1 := wholeArticles(t, s, fs)

	// The connection goes away in the middle of a write.
	s2, err := Open(Config{URI: db.URI, User: db.User, Password: db.Password})
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(one*3/2, func() { s2.Close(context.Background()) })
	err = writeAll(context.Background(), s2, ents, 10)
	n2 := wholeArticles(t, s, fs)
	t.Logf("after the cancel %d of %d articles were stored; after the closed driver %d (err: %v)", n1, len(fs), n2, err)

	if err := writeAll(ctxT(t), s, ents, 25); err != nil {
		t.Fatal(err)
	}
	if wholeArticles(t, s, fs) != len(fs) {
		t.Fatal("re-run did not store every article")
	}
	sameAsExtract(t, s, fs)
}
