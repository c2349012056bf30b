package neo4j

import (
	"context"
	"fmt"
	"sort"
)

// Resolve maps article references (ids or paths as loaded) to stored
// article ids; refs that match nothing are returned as missing.
func (s *Store) Resolve(ctx context.Context, refs []string) (ids, missing []string, err error) {
	res, err := s.query(ctx, `UNWIND $refs AS ref
		OPTIONAL MATCH (a:Article) WHERE a.id = ref OR a.path = ref
		RETURN ref, collect(a.id) AS ids`, map[string]any{"refs": refs})
	if err != nil {
		return nil, nil, fmt.Errorf("resolve articles: %w", err)
	}
	found := set{}
	for _, r := range res.Records {
		got := strs(r, "ids")
		if len(got) == 0 {
			missing = append(missing, str(r, "ref"))
		}
		found.add(got...)
	}
	return found.list(), missing, nil
}

// ArticlesAt lists the ids of the stored articles read from path (a
// .jsonl file holds many).
func (s *Store) ArticlesAt(ctx context.Context, path string) ([]string, error) {
	res, err := s.query(ctx, `MATCH (a:Article {path: $path}) RETURN a.id AS id ORDER BY id`, map[string]any{"path": path})
	if err != nil {
		return nil, fmt.Errorf("articles at %s: %w", path, err)
	}
	var ids []string
	for _, r := range res.Records {
		ids = append(ids, str(r, "id"))
	}
	return ids, nil
}

// Remove takes articles, and everything only they supported, out of the
// graph; what other articles support is re-merged without them. Batches of
// batchSize articles are removed per transaction.
func (s *Store) Remove(ctx context.Context, ids []string, batchSize int, opt WriteOptions) (WriteStats, error) {
	if batchSize <= 0 {
		batchSize = 100
	}
	ids = append([]string(nil), ids...)
	sort.Strings(ids)
	var total WriteStats
	for i := 0; i < len(ids); i += batchSize {
		j := min(i+batchSize, len(ids))
		st, err := s.Write(ctx, nil, ids[i:j], opt)
		if err != nil {
			return total, fmt.Errorf("remove: %w", err)
		}
		total.Add(st)
	}
	return total, nil
}

// Counts are the sizes of the graph.
type Counts struct {
	Articles, Actors, Meetings, Statements, Places int
	Nodes, Relationships                           int
}

// Counts reads the graph's sizes from the count store (constant time).
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	for _, q := range []struct {
		cypher string
		dst    *int
	}{
		{`MATCH (n:Article) RETURN count(n) AS n`, &c.Articles},
		{`MATCH (n:Actor) RETURN count(n) AS n`, &c.Actors},
		{`MATCH (n:Meeting) RETURN count(n) AS n`, &c.Meetings},
		{`MATCH (n:Statement) RETURN count(n) AS n`, &c.Statements},
		{`MATCH (n:Place) RETURN count(n) AS n`, &c.Places},
		{`MATCH (n) WHERE NOT n:MeetingDay AND NOT n:` + markerLabel + ` RETURN count(n) AS n`, &c.Nodes}, // the model's nodes, not the precomputed days
		{`MATCH ()-[r]->() RETURN count(r) AS n`, &c.Relationships},
	} {
		res, err := s.query(ctx, q.cypher, nil)
		if err != nil {
			return c, fmt.Errorf("count: %w", err)
		}
		v, _ := res.Records[0].Get("n")
		n, _ := v.(int64)
		*q.dst = int(n)
	}
	return c, nil
}
