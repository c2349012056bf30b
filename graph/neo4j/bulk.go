package neo4j

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/parley/parley/graph"
)

// The first load into an empty database does not need the incremental
// loader's reads: nothing is stored that a new article could merge with.
// Bulk computes the merge in memory (graph.Builder, the code behind `parley
// extract`) and sends the graph the way Neo4j's own bulk path does, plain
// UNWIND ... CREATE statements of up to bulkRows rows, so that a large
// archive loads in about the time the database needs to store it. The
// graph is the one Write would have built, article by article.
//
// A bulk load is not one transaction. While it runs, a Loading node marks
// the database; it goes when the load is complete. A failed load deletes
// what it wrote (the database was empty), and a load that was killed leaves
// the marker behind, so that the next load clears the half-written graph
// before it starts (Store.Prepare).

// bulkRows is the number of rows per statement, a variable for the tests.
var bulkRows = 10000

const (
	markerLabel = "Loading"
	// actorFill is the buffer of Actor nodes that exist since their first
	// mention and are filled in once the merge knows them.
	actorFill     = "Actor+"
	markerTimeout = 2 * time.Minute // a marker not touched for this long belongs to a dead load
)

// ErrBusy means another load is writing the database.
var ErrBusy = errors.New("another parley load is writing this database")

// ErrInvalid is Bulk.Add's answer to an article that cannot be stored
// (no id); the load goes on without it.
var ErrInvalid = errors.New("invalid article")

// ErrDuplicate is Bulk.Add's answer to an article id it has already taken.
var ErrDuplicate = errors.New("article already in this load")

// Prepare readies the database for a load and tells whether it is empty,
// so that the load can take the bulk path. A graph a killed bulk load left
// half-written is deleted first; a marker that is still being touched
// means a bulk load is running, and Prepare returns ErrBusy.
func (s *Store) Prepare(ctx context.Context) (empty bool, err error) {
	res, err := s.query(ctx, `OPTIONAL MATCH (m:`+markerLabel+`) RETURN m.touched AS touched LIMIT 1`, nil)
	if err != nil {
		return false, fmt.Errorf("check load marker: %w", err)
	}
	if v, _ := res.Records[0].Get("touched"); v != nil {
		if t, ok := v.(time.Time); ok && time.Since(t) < markerTimeout {
			return false, fmt.Errorf("%w (marker touched %s ago)", ErrBusy, time.Since(t).Round(time.Second))
		}
		if err := s.clear(ctx); err != nil {
			return false, fmt.Errorf("clear an interrupted bulk load: %w", err)
		}
		return true, nil
	}
	res, err = s.query(ctx, `MATCH (n) RETURN count(n) = 0 AS empty`, nil)
	if err != nil {
		return false, fmt.Errorf("check empty database: %w", err)
	}
	v, _ := res.Records[0].Get("empty")
	return v == true, nil
}

// clear deletes every node, in batches small enough for the transaction
// memory limit.
func (s *Store) clear(ctx context.Context) error {
	return s.autoCommit(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`)
}

// Bulk is a first load in progress: Add each article, then Finish, or
// Abort on any error.
type Bulk struct {
	ctx     context.Context
	timeout time.Duration // per statement
	s       *Store
	b       *graph.Builder
	actors  set                         // actor nodes created
	taken   set                         // article ids
	nodes   map[string][]map[string]any // label ->
	rels    map[relSpec][]map[string]any
	touched time.Time
	st      WriteStats
	// Statements go to one goroutine, in order, so that extraction and the
	// merge go on while the database writes.
	q    chan statement
	done chan struct{}
	mu   sync.Mutex
	err  error // the first failed statement's
}

type statement struct {
	what, cypher string
	rows         []map[string]any
}

// relSpec is what a relationship statement needs to know: the type and
// the labels of its ends.
type relSpec struct{ typ, from, to string }

// NewBulk starts a bulk load. The database must be empty (Prepare). Each
// statement is bounded by opt.Timeout (default 5 minutes); opt.Fold is the
// name folding behind Actor.search.
func (s *Store) NewBulk(ctx context.Context, opt WriteOptions) (*Bulk, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = 5 * time.Minute
	}
	mctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	_, err := s.query(mctx, `CREATE (:`+markerLabel+` {started: datetime(), touched: datetime()})`, nil)
	if err != nil {
		return nil, fmt.Errorf("bulk load: mark database: %w", err)
	}
	k := &Bulk{ctx: ctx, timeout: opt.Timeout, s: s, b: graph.NewBuilder(opt.Fold), actors: set{}, taken: set{},
		nodes: map[string][]map[string]any{}, rels: map[relSpec][]map[string]any{}, touched: time.Now(),
		st: WriteStats{Phases: map[string]time.Duration{}}, q: make(chan statement, 2), done: make(chan struct{})}
	go k.writer()
	return k, nil
}

// writer runs the statements in order, each in its own transaction
// (retried by the driver on transient errors: a failed transaction leaves
// nothing), and touches the marker now and then to tell other loads that
// this one is alive. After a failure it only drains.
func (k *Bulk) writer() {
	defer close(k.done)
	for st := range k.q {
		if k.failed() != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(k.ctx, k.timeout)
		_, err := k.s.query(ctx, st.cypher, map[string]any{"rows": st.rows})
		if err == nil && time.Since(k.touched) > markerTimeout/4 {
			k.touched = time.Now()
			if _, err = k.s.query(ctx, `MATCH (m:`+markerLabel+`) SET m.touched = datetime()`, nil); err != nil {
				st.what = "touch load marker"
			}
		}
		cancel()
		if err != nil {
			k.mu.Lock()
			k.err = fmt.Errorf("%s: %w", st.what, err)
			k.mu.Unlock()
		}
	}
}

func (k *Bulk) failed() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.err
}

// wait lets the writer finish what was sent.
func (k *Bulk) wait() error {
	if k.q != nil {
		close(k.q)
		k.q = nil
		<-k.done
	}
	return k.failed()
}

// Add takes one article: its Article node (with the text the article page
// shows), its actors and its MENTIONS are written as the buffers fill.
func (k *Bulk) Add(e *graph.Entry) error {
	if err := checkBatch([]*graph.Entry{e}, nil); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if k.taken[e.Article.ID] {
		return fmt.Errorf("%s: %w", e.Article.ID, ErrDuplicate)
	}
	k.taken.add(e.Article.ID)
	n, mentions := k.b.Add(e)
	row := map[string]any(n.Properties)
	if e.Text != "" {
		row["text"] = e.Text
	}
	if err := k.node(graph.LabelArticle, row); err != nil {
		return err
	}
	for _, m := range mentions {
		if !k.actors[m.End] {
			k.actors.add(m.End)
			if err := k.node(graph.LabelActor, map[string]any{"id": m.End}); err != nil {
				return err
			}
		}
		if err := k.rel(m, graph.LabelActor); err != nil {
			return err
		}
	}
	k.st.New++
	return nil
}

// Finish merges what was added, writes the rest of the graph and removes
// the marker.
func (k *Bulk) Finish() (WriteStats, error) {
	t := time.Now()
	var days []dayMeeting
	err := k.b.Emit(func(nodes []graph.Node, rels []graph.Relationship) error {
		to := map[string]string{}
		for _, n := range nodes {
			to[n.ID] = n.Labels[0]
			if n.Labels[0] == graph.LabelMeeting {
				days = append(days, dayMeetingFrom(n.Properties))
			}
			if n.Labels[0] == graph.LabelActor && k.actors[n.ID] {
				if err := k.node(actorFill, map[string]any(n.Properties)); err != nil {
					return err
				}
				continue
			}
			if err := k.node(n.Labels[0], map[string]any(n.Properties)); err != nil {
				return err
			}
		}
		for _, r := range rels {
			if err := k.rel(r, to[r.End]); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		// The network's MeetingDay nodes (days.go), from the meetings written.
		for _, row := range dayRows(days) {
			if err = k.node("MeetingDay", row); err != nil {
				break
			}
		}
	}
	if err == nil {
		err = k.flush()
	}
	if werr := k.wait(); err == nil {
		err = werr
	}
	if err == nil {
		ctx, cancel := context.WithTimeout(k.ctx, k.timeout)
		_, err = k.s.query(ctx, `MATCH (m:`+markerLabel+`) DELETE m`, nil)
		cancel()
	}
	k.st.Phases["merge and write"] += time.Since(t)
	if err != nil {
		return k.st, fmt.Errorf("bulk load: %w", err)
	}
	return k.st, nil
}

// Abort deletes what the load wrote, marker included. It runs on a fresh
// context: the load's own may be what failed.
func (k *Bulk) Abort() error {
	_ = k.wait()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := k.s.clear(ctx); err != nil {
		return fmt.Errorf("bulk load: delete what a failed load wrote: %w", err)
	}
	return nil
}

// relEnds are the labels a relationship type joins; REPORTS ends at the
// event of the piece it comes with.
var relEnds = map[string][2]string{
	graph.RelMentions:       {graph.LabelArticle, graph.LabelActor},
	graph.RelSameStory:      {graph.LabelArticle, graph.LabelArticle},
	graph.RelAttended:       {graph.LabelActor, graph.LabelMeeting},
	graph.RelHeldIn:         {graph.LabelMeeting, graph.LabelPlace},
	graph.RelReports:        {graph.LabelArticle, ""},
	graph.RelSaid:           {graph.LabelActor, graph.LabelStatement},
	graph.RelAbout:          {graph.LabelStatement, graph.LabelActor},
	graph.RelAffiliatedWith: {graph.LabelActor, graph.LabelActor},
	graph.RelMet:            {graph.LabelActor, graph.LabelActor},
}

func (k *Bulk) node(label string, row map[string]any) error {
	k.nodes[label] = append(k.nodes[label], row)
	k.st.Nodes++
	if len(k.nodes[label]) >= bulkRows {
		return k.writeNodes(label)
	}
	return nil
}

func (k *Bulk) rel(r graph.Relationship, end string) error {
	ends, ok := relEnds[r.Type]
	if !ok {
		return fmt.Errorf("bulk load: no labels known for %s", r.Type)
	}
	if ends[1] != "" {
		end = ends[1]
	}
	if end == "" {
		return fmt.Errorf("bulk load: %s %s: end %s not in its piece", r.Type, r.ID, r.End)
	}
	spec := relSpec{r.Type, ends[0], end}
	k.rels[spec] = append(k.rels[spec], map[string]any{"s": r.Start, "e": strings.TrimPrefix(r.End, graph.PlaceNodeID("")), "p": map[string]any(r.Properties)})
	k.st.Rels++
	if len(k.rels[spec]) >= bulkRows {
		// Every end must be stored before the relationship.
		for _, label := range sortedIDs(k.nodes) {
			if err := k.writeNodes(label); err != nil {
				return err
			}
		}
		return k.writeRels(spec)
	}
	return nil
}

func (k *Bulk) flush() error {
	for _, label := range sortedIDs(k.nodes) {
		if err := k.writeNodes(label); err != nil {
			return err
		}
	}
	for _, spec := range sortedSpecs(k.rels) {
		if err := k.writeRels(spec); err != nil {
			return err
		}
	}
	return nil
}

func sortedSpecs(m map[relSpec][]map[string]any) []relSpec {
	out := make([]relSpec, 0, len(m))
	for s := range m {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b relSpec) int {
		return cmp.Or(strings.Compare(a.typ, b.typ), strings.Compare(a.from, b.from), strings.Compare(a.to, b.to))
	})
	return out
}

func (k *Bulk) writeNodes(label string) error {
	rows := k.nodes[label]
	if len(rows) == 0 {
		return nil
	}
	cypher := `UNWIND $rows AS r CREATE (n:` + label + `) SET n = r`
	if label == actorFill {
		if err := k.writeNodes(graph.LabelActor); err != nil {
			return err
		}
		cypher = `UNWIND $rows AS r MATCH (n:Actor {id: r.id}) SET n = r`
	}
	if err := k.exec("write "+strings.TrimSuffix(label, "+")+" nodes", cypher, rows); err != nil {
		return err
	}
	k.nodes[label] = nil
	return nil
}

func (k *Bulk) writeRels(spec relSpec) error {
	rows := k.rels[spec]
	if len(rows) == 0 {
		return nil
	}
	cypher := `UNWIND $rows AS r MATCH (a:` + spec.from + ` {id: r.s}) MATCH (b:` + spec.to + ` {id: r.e}) CREATE (a)-[x:` + spec.typ + `]->(b) SET x = r.p`
	if err := k.exec("write "+spec.typ+" relationships", cypher, rows); err != nil {
		return err
	}
	k.rels[spec] = nil
	return nil
}

// exec hands a statement to the writer, or returns the error that stopped
// it.
func (k *Bulk) exec(what, cypher string, rows []map[string]any) error {
	if err := k.failed(); err != nil {
		return err
	}
	select {
	case k.q <- statement{what, cypher, rows}:
		return nil
	case <-k.ctx.Done():
		return k.ctx.Err()
	}
}
