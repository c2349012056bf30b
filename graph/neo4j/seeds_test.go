// The seeds through the real extractor and the real loader: the acceptance
// facts of the graph (one Rome meeting with three reports, one Haftar).
package neo4j

import (
	"testing"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
)

func loadSeeds(t *testing.T, s *Store) []graph.Facts {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, errs := extract.Files("../../seeds")
	if len(errs) > 0 || len(files) != 4 {
		t.Fatalf("seeds: %v %v", files, errs)
	}
	var fs []graph.Facts
	for _, f := range files {
		if err := extract.Read(f, func(a graph.Article, err error) error {
			if err != nil {
				return err
			}
			facts, err := x.Article(a)
			fs = append(fs, facts)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Write(ctxT(t), entries(fs...), nil, WriteOptions{} /* nil fold, as sameAsExtract builds */); err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestSeedsRomeHaftarAndIdempotence(t *testing.T) {
	s := fresh(t)
	fs := loadSeeds(t, s)
	c1, _ := s.Counts(ctxT(t))
	loadSeeds(t, s)
	if c2, _ := s.Counts(ctxT(t)); c1 != c2 {
		t.Fatalf("second load changed the counts: %+v -> %+v", c1, c2)
	}
	res, err := s.query(ctxT(t), `MATCH (h:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Actor {id: 'richard-norland'})
		WHERE m.date ENDS WITH '01-08' AND h.id = 'khalifa-haftar'
		RETURN count(m) AS n, collect(m.origins)[0] AS origins, collect(COUNT { (m)<-[:REPORTS]-() })[0] AS reports`, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := res.Records[0]
	for k, want := range map[string]int64{"n": 1, "origins": 1, "reports": 3} {
		if v, _ := r.Get(k); v != want {
			t.Errorf("Rome meeting of 8 January: %s = %v, want %d", k, v, want)
		}
	}
	res, _ = s.query(ctxT(t), `MATCH (a:Actor) WHERE a.name CONTAINS 'Haftar' RETURN count(a) AS n`, nil)
	if n, _ := res.Records[0].Get("n"); n != int64(1) {
		t.Errorf("Haftar actors: %v, want 1", n)
	}
	sameAsExtract(t, s, fs)
}
