package neo4j

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley/parley/graph"
)

// WriteOptions tune Write.
type WriteOptions struct {
	// Fold is the name folding behind Actor.search (extract.Fold); nil
	// lower-cases.
	Fold func(string) string
	// Attempts bounds how often a batch is tried when the database reports a
	// transient failure or the connection drops (default 4), with
	// exponential backoff from Backoff (default 500ms).
	Attempts int
	Backoff  time.Duration
	// Timeout bounds one attempt (default 5 minutes).
	Timeout time.Duration
}

// WriteStats counts what one Write did.
type WriteStats struct {
	New, Updated, Unchanged, Removed int
	// Nodes and Rels count the elements written (created or rewritten),
	// the unit of the loader's throughput.
	Nodes, Rels int
	// Phases is the time spent in each step of the write, for profiling
	// the loader (bench/ prints it).
	Phases map[string]time.Duration
}

// Add sums stats.
func (w *WriteStats) Add(o WriteStats) {
	w.New += o.New
	w.Updated += o.Updated
	w.Unchanged += o.Unchanged
	w.Removed += o.Removed
	w.Nodes += o.Nodes
	w.Rels += o.Rels
	for k, v := range o.Phases {
		if w.Phases == nil {
			w.Phases = map[string]time.Duration{}
		}
		w.Phases[k] += v
	}
}

// Write stores a batch of articles and removes others, in one transaction:
// each article lands whole or not at all. An article already stored with
// the same sha256 and path is left alone; one that changed replaces what it
// contributed. Merged meetings and statements, MET, SAME_STORY, actors and
// source counts are recomputed for the part of the graph the batch touches,
// with the same functions `parley extract` uses, so the database holds the
// document extract would print for the same articles.
func (s *Store) Write(ctx context.Context, upserts []*graph.Entry, removes []string, opt WriteOptions) (WriteStats, error) {
	if opt.Attempts <= 0 {
		opt.Attempts = 4
	}
	if opt.Backoff <= 0 {
		opt.Backoff = 500 * time.Millisecond
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 5 * time.Minute
	}
	if err := checkBatch(upserts, removes); err != nil {
		return WriteStats{}, err
	}
	var last error
	for attempt := 1; attempt <= opt.Attempts; attempt++ {
		st, err := s.writeOnce(ctx, upserts, removes, opt)
		if err == nil {
			return st, nil
		}
		last = err
		if ctx.Err() != nil || !(bolt.IsRetryable(err) || bolt.IsConnectivityError(err)) {
			break
		}
		wait := opt.Backoff << (attempt - 1)
		slog.Warn("neo4j write failed; retrying", "attempt", attempt, "of", opt.Attempts, "wait", wait, "err", err)
		select {
		case <-ctx.Done():
			return WriteStats{}, fmt.Errorf("write batch: %w (after %v)", ctx.Err(), err)
		case <-time.After(wait):
		}
	}
	return WriteStats{}, fmt.Errorf("write batch of %d articles: %w", len(upserts)+len(removes), last)
}

func checkBatch(upserts []*graph.Entry, removes []string) error {
	ids := map[string]bool{}
	for _, e := range upserts {
		if e.Article.ID == "" {
			return fmt.Errorf("write: article %s has no id", e.Article.Path)
		}
		if ids[e.Article.ID] {
			return fmt.Errorf("write: article %s twice in one batch", e.Article.ID)
		}
		ids[e.Article.ID] = true
	}
	for _, id := range removes {
		if ids[id] {
			return fmt.Errorf("write: article %s both written and removed", id)
		}
	}
	return nil
}

func (s *Store) writeOnce(ctx context.Context, upserts []*graph.Entry, removes []string, opt WriteOptions) (WriteStats, error) {
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeWrite})
	defer sess.Close(context.Background())
	res, err := sess.ExecuteWrite(ctx, func(tx bolt.ManagedTransaction) (any, error) {
		b := &batch{ctx: ctx, tx: tx, fold: opt.Fold, t0: time.Now()}
		return b.apply(upserts, removes)
	})
	if err != nil {
		return WriteStats{}, err
	}
	return res.(WriteStats), nil
}

// batch is one transaction's work. Everything is recomputed from reads
// inside the transaction, so the driver may retry it.
type batch struct {
	ctx  context.Context
	tx   bolt.ManagedTransaction
	fold func(string) string
	st   WriteStats
	t0   time.Time
}

// lap charges the time since the last lap to a phase.
func (b *batch) lap(phase string) {
	now := time.Now()
	if b.st.Phases == nil {
		b.st.Phases = map[string]time.Duration{}
	}
	b.st.Phases[phase] += now.Sub(b.t0)
	b.t0 = now
}

func (b *batch) run(cypher string, params map[string]any) ([]*bolt.Record, error) {
	res, err := b.tx.Run(b.ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", firstLine(strings.TrimSpace(cypher)), err)
	}
	recs, err := res.Collect(b.ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", firstLine(strings.TrimSpace(cypher)), err)
	}
	return recs, nil
}

func str(r *bolt.Record, k string) string {
	v, _ := r.Get(k)
	s, _ := v.(string)
	return s
}

func strs(r *bolt.Record, k string) []string {
	v, _ := r.Get(k)
	xs, _ := v.([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func propsOf(r *bolt.Record, k string) map[string]any {
	v, _ := r.Get(k)
	m, _ := v.(map[string]any)
	return m
}

type set map[string]bool

func (s set) add(xs ...string) {
	for _, x := range xs {
		if x != "" {
			s[x] = true
		}
	}
}

func (s set) list() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (b *batch) apply(upserts []*graph.Entry, removes []string) (WriteStats, error) {
	// 1. What is there already.
	var ids []string
	for _, e := range upserts {
		ids = append(ids, e.Article.ID)
	}
	ids = append(ids, removes...)
	var paths []string
	for _, e := range upserts {
		paths = append(paths, e.Article.Path)
	}
	// Earlier versions of the same files are replaced in this transaction,
	// so that no reader ever sees both versions.
	recs, err := b.run(`UNWIND $paths AS p MATCH (a:Article {path: p}) WHERE NOT a.id IN $ids RETURN a.id AS id`, map[string]any{"paths": paths, "ids": ids})
	if err != nil {
		return b.st, err
	}
	for _, r := range recs {
		removes = append(removes, str(r, "id"))
		ids = append(ids, str(r, "id"))
	}
	recs, err = b.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha, a.path AS path, a.extractor AS extractor`, map[string]any{"ids": ids})
	if err != nil {
		return b.st, err
	}
	type old struct{ sha, path, extractor string }
	have := map[string]old{}
	for _, r := range recs {
		have[str(r, "id")] = old{str(r, "sha"), str(r, "path"), str(r, "extractor")}
	}
	var write []*graph.Entry
	replaced, newPaths := set{}, set{}
	for _, e := range upserts {
		o, ok := have[e.Article.ID]
		switch {
		case ok && o.sha == e.Article.SHA256 && o.path == e.Article.Path && o.extractor == e.Article.Extractor:
			b.st.Unchanged++
			continue
		case ok:
			b.st.Updated++
			replaced.add(e.Article.ID)
		default:
			b.st.New++
			newPaths.add(e.Article.Path)
		}
		write = append(write, e)
	}
	for _, id := range removes {
		if o, ok := have[id]; ok {
			replaced.add(id)
			// A file whose content changed gets a new article id; to the
			// user it is the same article, updated.
			if newPaths[o.path] {
				b.st.New--
				b.st.Updated++
				continue
			}
			b.st.Removed++
		}
	}
	b.lap("1 lookup")
	if len(write) == 0 && len(replaced) == 0 {
		return b.st, nil
	}

	// 2. What the replaced articles supported.
	oldMeetings, oldStatements, touchedActors, oldStory := set{}, set{}, set{}, set{}
	if len(replaced) > 0 {
		p := map[string]any{"ids": replaced.list()}
		recs, err := b.run(`UNWIND $ids AS id MATCH (a:Article {id: id})-[:REPORTS]->(e)
			RETURN DISTINCT e.id AS id, e:Meeting AS meeting`, p)
		if err != nil {
			return b.st, err
		}
		for _, r := range recs {
			if v, _ := r.Get("meeting"); v == true {
				oldMeetings.add(str(r, "id"))
			} else {
				oldStatements.add(str(r, "id"))
			}
		}
		recs, err = b.run(`UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(x:Actor) RETURN DISTINCT x.id AS id`, p)
		if err != nil {
			return b.st, err
		}
		for _, r := range recs {
			touchedActors.add(str(r, "id"))
		}
		if oldStory, err = b.storyComponents(replaced.list()); err != nil {
			return b.st, err
		}
		if _, err := b.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a`, p); err != nil {
			return b.st, err
		}
	}

	b.lap("2 replaced")
	// 3. SAME_STORY of the new articles, against candidates sharing an
	// anchor (an actor in an event on the same day), found by index.
	stories, err := b.linkStories(write)
	if err != nil {
		return b.st, err
	}

	b.lap("3 stories")
	// 4. Articles, their mentions, and their SAME_STORY edges.
	if err := b.writeArticles(write, stories); err != nil {
		return b.st, err
	}
	// Actors only the new articles touched are folded in from what they
	// say; those the replaced articles mentioned are rebuilt from scratch.
	added := map[string][]graph.Seen{}
	for _, e := range write {
		for id, s := range e.Seen {
			if !touchedActors[id] {
				added[id] = append(added[id], s)
			}
		}
	}

	b.lap("4 articles")
	// 5. Meetings: re-merge the claims linked to the changed ones.
	met, err := b.remergeMeetings(write, oldMeetings)
	if err != nil {
		return b.st, err
	}

	b.lap("5 meetings")
	// 6. Statements: re-merge within the story components touched.
	if err := b.remergeStatements(write, replaced, oldStory, oldStatements); err != nil {
		return b.st, err
	}

	b.lap("6 statements")
	// 7. MET for every pair whose shared meetings changed.
	if err := b.updateMet(met, len(replaced) > 0); err != nil {
		return b.st, err
	}
	// The network's MeetingDay columns, for the meetings that went and came.
	if err := b.updateDays(met.gone, met.came); err != nil {
		return b.st, err
	}

	b.lap("7 met")
	// 8. Actors rebuilt from their remaining mentions; orphans go.
	if err := b.foldActors(added, touchedActors); err != nil {
		return b.st, err
	}
	if err := b.rebuildActors(touchedActors.list()); err != nil {
		return b.st, err
	}
	b.lap("8 actors")
	return b.st, nil
}

// storyComponents lists the articles connected to ids through SAME_STORY,
// ids included.
func (b *batch) storyComponents(ids []string) (set, error) {
	out := set{}
	out.add(ids...)
	recs, err := b.run(`UNWIND $ids AS id MATCH (:Article {id: id})-[:SAME_STORY*1..]-(o:Article) RETURN DISTINCT o.id AS id`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		out.add(str(r, "id"))
	}
	return out, nil
}

func (b *batch) linkStories(write []*graph.Entry) ([]graph.Relationship, error) {
	if len(write) == 0 {
		return nil, nil
	}
	anchors := set{}
	for _, e := range write {
		anchors.add(graph.Anchors(e.Features)...)
	}
	// One row per day, with the batch's actors on that day: the index is
	// read once for each day, however many actors share it.
	days := map[string]set{}
	for _, a := range anchors.list() {
		actor, md, _ := strings.Cut(a, "@")
		if days[md] == nil {
			days[md] = set{}
		}
		days[md].add(actor)
	}
	var rows []map[string]any
	for _, md := range sortedIDs(days) {
		rows = append(rows, map[string]any{"md": md, "actors": days[md].list()})
	}
	// Candidates already stored: their REPORTS edges carry the anchor day
	// (indexed) and the actors of the claim.
	all := map[string]*graph.Entry{}
	if len(rows) > 0 {
		recs, err := b.run(`UNWIND $rows AS an
			MATCH (o:Article)-[r:REPORTS]->() WHERE r.anchor = an.md AND any(x IN r.actors WHERE x IN an.actors)
			WITH DISTINCT o
			RETURN o.id AS id, o.features AS features`, map[string]any{"rows": rows})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			id := str(r, "id")
			all[id] = &graph.Entry{Article: graph.Article{ID: id}, Features: strs(r, "features")}
		}
	}
	fresh := set{}
	for _, e := range write {
		all[e.Article.ID] = e
		fresh.add(e.Article.ID)
	}
	var entries []*graph.Entry
	for _, id := range sortedIDs(all) {
		entries = append(entries, all[id])
	}
	var out []graph.Relationship
	st := graph.LinkNewStories(entries, fresh)
	for _, a := range sortedIDs(st) {
		for _, o := range sortedIDs(st[a]) {
			if a < o { // LinkNewStories: every pair has a new article
				out = append(out, graph.SameStoryRel(a, o, st[a][o]))
			}
		}
	}
	return out, nil
}

func sortedIDs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func relRows(rels []graph.Relationship, trimEnd string) []map[string]any {
	rows := make([]map[string]any, len(rels))
	for i, r := range rels {
		rows[i] = map[string]any{"s": r.Start, "e": strings.TrimPrefix(r.End, trimEnd), "p": map[string]any(r.Properties)}
	}
	return rows
}

func nodeRows(nodes []graph.Node) []map[string]any {
	rows := make([]map[string]any, len(nodes))
	for i, n := range nodes {
		rows[i] = map[string]any(n.Properties)
	}
	return rows
}

func (b *batch) writeArticles(write []*graph.Entry, stories []graph.Relationship) error {
	if len(write) == 0 {
		return nil
	}
	var nodes []graph.Node
	var mentions []graph.Relationship
	actors := set{}
	for _, e := range write {
		nodes = append(nodes, graph.ArticleNode(e))
		mentions = append(mentions, graph.MentionRels(e)...)
		for id := range e.Seen {
			actors.add(id)
		}
	}
	rows := nodeRows(nodes)
	for i, e := range write {
		if e.Text != "" {
			rows[i]["text"] = e.Text
		}
	}
	if _, err := b.run(`UNWIND $rows AS r CREATE (a:Article) SET a = r`, map[string]any{"rows": rows}); err != nil {
		return err
	}
	if _, err := b.run(`UNWIND $ids AS id MERGE (:Actor {id: id})`, map[string]any{"ids": actors.list()}); err != nil {
		return err
	}
	if _, err := b.run(`UNWIND $rows AS r MATCH (a:Article {id: r.s}) MATCH (x:Actor {id: r.e})
		CREATE (a)-[m:MENTIONS]->(x) SET m = r.p`, map[string]any{"rows": relRows(mentions, "")}); err != nil {
		return err
	}
	if len(stories) > 0 {
		if _, err := b.run(`UNWIND $rows AS r MATCH (a:Article {id: r.s}) MATCH (o:Article {id: r.e})
			CREATE (a)-[s:SAME_STORY]->(o) SET s = r.p`, map[string]any{"rows": relRows(stories, "")}); err != nil {
			return err
		}
	}
	b.st.Nodes += len(nodes)
	b.st.Rels += len(mentions) + len(stories)
	return nil
}

// claimKey is where a claim can be found: two of its actors (in order),
// its month, its mode class. Two claims are only ever one meeting when
// they share two actors (graph.linkOf), so searching by pairs finds every
// candidate, and only those: a search by one actor would read every
// meeting Haftar had in that month.
type claimKey struct {
	a, b, class string
	month       int
}

// metChange is what a write did to the meetings: the actor pairs whose
// shared meetings changed, and the meetings that went and came.
type metChange struct {
	pairs      [][2]string
	gone, came []graph.MetInput
}

// remergeMeetings rebuilds every meeting linked, directly or through other
// claims, to the claims of the written articles or to the meetings the
// replaced articles reported. It returns the actor pairs whose shared
// meetings changed.
func (b *batch) remergeMeetings(write []*graph.Entry, oldMeetings set) (ch metChange, err error) {
	arts := map[string]graph.ArticleMeta{}
	var claims []graph.MeetingClaim
	affected := set{}
	for _, e := range write {
		arts[e.Article.ID] = graph.ArticleMeta{ID: e.Article.ID, Lang: e.Article.Lang, Outlet: e.Article.Outlet}
		claims = append(claims, e.Meetings...)
	}
	const claimsOf = `MATCH (m)<-[r:REPORTS]-(a:Article)
		RETURN m.id AS meeting, a.id AS article, a.lang AS lang, a.outlet AS outlet, properties(r) AS props`
	// stored lists the claims of every stored meeting read, so that a
	// meeting the re-merge gives back unchanged is left as it is. (The
	// claims of replaced articles are gone by now: a meeting they reported,
	// in oldMeetings, is never unchanged.)
	stored := map[string][]string{}
	readClaims := func(recs []*bolt.Record) (map[string][]graph.MeetingClaim, error) {
		by := map[string][]graph.MeetingClaim{}
		for _, r := range recs {
			art := str(r, "article")
			c, err := graph.MeetingClaimFrom(art, propsOf(r, "props"))
			if err != nil {
				return nil, err
			}
			arts[art] = graph.ArticleMeta{ID: art, Lang: str(r, "lang"), Outlet: str(r, "outlet")}
			m := str(r, "meeting")
			by[m] = append(by[m], c)
			stored[m] = append(stored[m], c.ID)
		}
		return by, nil
	}
	// readMeetings adds the whole claims of stored meetings.
	readMeetings := func(ids set) error {
		if len(ids) == 0 {
			return nil
		}
		recs, err := b.run(`UNWIND $ids AS id MATCH (m:Meeting {id: id}) WITH m `+claimsOf, map[string]any{"ids": ids.list()})
		if err != nil {
			return err
		}
		by, err := readClaims(recs)
		if err != nil {
			return err
		}
		for _, id := range sortedIDs(by) {
			claims = append(claims, by[id]...)
		}
		return nil
	}
	affected.add(oldMeetings.list()...)
	if err := readMeetings(oldMeetings); err != nil {
		return ch, err
	}
	// Expand to a set closed under the merge rule's links: any claim that
	// can link to one in the set brings its whole meeting in. Candidates
	// are read light (the fields the rule looks at) and compared only with
	// claims under the same key; the claims of the meetings that join are
	// read whole afterwards.
	idx := claimIndex{}
	for i := range claims {
		idx.add(&claims[i])
	}
	frontier := append([]graph.MeetingClaim(nil), claims...)
	joined := set{}
	for len(frontier) > 0 {
		// One row per actor-month-class, with the keys of its partners:
		// the index is read once for Haftar's month, not once per partner.
		partners := map[string]set{}
		for i := range frontier {
			for _, k := range idx.search(&frontier[i]) {
				a := graph.AttendKey(k.a, k.month, k.class)
				if partners[a] == nil {
					partners[a] = set{}
				}
				partners[a].add(graph.AttendKey(k.b, k.month, k.class))
			}
		}
		frontier = nil
		if len(partners) == 0 {
			break
		}
		var keys []map[string]any
		for _, a := range sortedIDs(partners) {
			keys = append(keys, map[string]any{"a": a, "bs": partners[a].list()})
		}
		recs, err := b.run(`UNWIND $keys AS k
			MATCH ()-[ra:ATTENDED {key: k.a}]->(m:Meeting)<-[rb:ATTENDED]-()
			WHERE rb.key IN k.bs AND NOT m.id IN $known
			WITH DISTINCT m
			MATCH (m)<-[r:REPORTS]-(:Article)
			RETURN m.id AS meeting, r {.claim, .claim_mode, .claim_date, .claim_status, .claim_place, .actors} AS props`,
			map[string]any{"keys": keys, "known": affected.list()})
		if err != nil {
			return ch, err
		}
		by := map[string][]graph.MeetingClaim{}
		for _, r := range recs {
			c, err := graph.MeetingClaimFrom("", propsOf(r, "props"))
			if err != nil {
				return ch, err
			}
			by[str(r, "meeting")] = append(by[str(r, "meeting")], c)
		}
		for _, id := range sortedIDs(by) {
			if idx.linksAny(by[id]) {
				affected.add(id)
				joined.add(id)
				for i := range by[id] {
					idx.add(&by[id][i])
				}
				frontier = append(frontier, by[id]...)
			}
		}
	}
	if err := readMeetings(joined); err != nil {
		return ch, err
	}

	b.lap("5 closure")
	// Re-cluster. A cluster whose claims are exactly those of a stored
	// meeting is that meeting, unchanged: its properties depend only on its
	// claims, their articles and the SAME_STORY edges among those articles,
	// and a batch adds edges only to new articles and removes them only
	// with replaced ones (whose claims then leave the cluster). Leaving it
	// alone keeps the write, and the MET pairs to recompute, to what
	// changed; in a busy month the closure can be every meeting of a pair.
	clusters := graph.ClusterMeetings(claims)
	changed := clusters[:0:0]
	keep := set{}
	for _, cl := range clusters {
		id := unchangedMeeting(cl, stored)
		if id == "" || oldMeetings[id] {
			changed = append(changed, cl)
			continue
		}
		keep.add(id)
	}
	doomed := set{}
	for id := range affected {
		if !keep[id] {
			doomed.add(id)
		}
	}
	slog.Debug("meetings", "claims", len(claims), "stored", len(stored), "clusters", len(clusters), "kept", len(keep), "keys", len(idx.searched))
	affected = doomed

	// Participants and places of the meetings about to go, for MET and
	// place clean-up.
	pairs := map[[2]string]bool{}
	addPairs := func(actors []string) {
		for _, p := range pairsOf(actors) {
			pairs[p] = true
		}
	}
	oldPlaces := set{}
	if len(affected) > 0 {
		recs, err := b.run(`UNWIND $ids AS id MATCH (m:Meeting {id: id})
			RETURN m.id AS id, m.date AS date, m.status AS status, [(x:Actor)-[:ATTENDED]->(m) | x.id] AS actors,
			       [(m)-[:HELD_IN]->(p:Place) | p.id] AS places, [(a:Article)-[:REPORTS]->(m) | a.id] AS articles`,
			map[string]any{"ids": affected.list()})
		if err != nil {
			return ch, err
		}
		for _, r := range recs {
			addPairs(strs(r, "actors"))
			oldPlaces.add(strs(r, "places")...)
			ch.gone = append(ch.gone, graph.MetInput{ID: str(r, "id"), Date: str(r, "date"), Status: str(r, "status"),
				Actors: strs(r, "actors"), Articles: strs(r, "articles")})
		}
		if _, err := b.run(`UNWIND $ids AS id MATCH (m:Meeting {id: id}) DETACH DELETE m`, map[string]any{"ids": affected.list()}); err != nil {
			return ch, err
		}
	}

	// Merge, with the SAME_STORY edges among the reporting articles for
	// the origin counts.
	stories, err := b.storiesAmong(sortedIDs(arts))
	if err != nil {
		return ch, err
	}
	placeInfo := map[string]graph.Place{}
	for _, e := range write {
		for _, p := range e.Places {
			placeInfo[p.ID] = p
		}
	}
	var nodes []graph.Node
	var attended, heldIn, reports []graph.Relationship
	places := set{}
	for _, cl := range changed {
		m := graph.Merge(cl)
		n, rels := graph.MeetingGraph(m, arts, stories)
		nodes = append(nodes, n)
		for _, r := range rels {
			switch r.Type {
			case graph.RelAttended:
				attended = append(attended, r)
			case graph.RelHeldIn:
				heldIn = append(heldIn, r)
			default:
				reports = append(reports, r)
			}
		}
		in := graph.MetInputOf(m)
		ch.came = append(ch.came, in)
		addPairs(in.Actors)
		places.add(m.Places...)
	}
	var placeNodes []graph.Node
	for _, id := range places.list() {
		pl, ok := placeInfo[id]
		if !ok {
			pl = graph.Place{ID: id, Name: id}
		}
		placeNodes = append(placeNodes, graph.PlaceNode(pl))
	}
	steps := []struct {
		cypher string
		rows   []map[string]any
	}{
		{`UNWIND $rows AS r CREATE (m:Meeting) SET m = r`, nodeRows(nodes)},
		{`UNWIND $rows AS r MERGE (p:Place {id: r.id}) ON CREATE SET p = r`, nodeRows(placeNodes)},
		{`UNWIND $rows AS r MATCH (x:Actor {id: r.s}) MATCH (m:Meeting {id: r.e}) CREATE (x)-[a:ATTENDED]->(m) SET a = r.p`, relRows(attended, "")},
		{`UNWIND $rows AS r MATCH (m:Meeting {id: r.s}) MATCH (p:Place {id: r.e}) CREATE (m)-[h:HELD_IN]->(p) SET h = r.p`, relRows(heldIn, graph.PlaceNodeID(""))},
		{`UNWIND $rows AS r MATCH (a:Article {id: r.s}) MATCH (m:Meeting {id: r.e}) CREATE (a)-[x:REPORTS]->(m) SET x = r.p`, relRows(reports, "")},
	}
	for _, s := range steps {
		if len(s.rows) == 0 {
			continue
		}
		if _, err := b.run(s.cypher, map[string]any{"rows": s.rows}); err != nil {
			return ch, err
		}
	}
	b.st.Nodes += len(nodes)
	b.st.Rels += len(attended) + len(heldIn) + len(reports)
	if len(oldPlaces) > 0 {
		if _, err := b.run(`UNWIND $ids AS id MATCH (p:Place {id: id}) WHERE NOT (p)<-[:HELD_IN]-() DELETE p`,
			map[string]any{"ids": oldPlaces.list()}); err != nil {
			return ch, err
		}
	}
	for p := range pairs {
		ch.pairs = append(ch.pairs, p)
	}
	sort.Slice(ch.pairs, func(i, j int) bool { return ch.pairs[i][0]+"|"+ch.pairs[i][1] < ch.pairs[j][0]+"|"+ch.pairs[j][1] })
	return ch, nil
}

// claimIndex holds the claims of a closure by key (two of their actors,
// month, mode class): two claims link only when they share a key, so a
// candidate is compared with the claims under its keys, not with all.
type claimIndex struct {
	by       map[claimKey][]*graph.MeetingClaim
	searched map[claimKey]bool
}

func claimKeys(c *graph.MeetingClaim) []claimKey {
	class, month := graph.ModeClass(c.Mode), graph.ClaimMonth(c)
	var actors []string
	for _, p := range c.Participants {
		actors = append(actors, p.Actor)
	}
	var out []claimKey
	for _, p := range pairsOf(actors) {
		out = append(out, claimKey{p[0], p[1], class, month})
	}
	return out
}

// pairsOf lists the pairs of distinct actors, each in id order.
func pairsOf(actors []string) [][2]string {
	s := set{}
	s.add(actors...)
	ids := s.list()
	var out [][2]string
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			out = append(out, [2]string{ids[i], ids[j]})
		}
	}
	return out
}

func (x *claimIndex) add(c *graph.MeetingClaim) {
	if x.by == nil {
		x.by = map[claimKey][]*graph.MeetingClaim{}
	}
	for _, k := range claimKeys(c) {
		x.by[k] = append(x.by[k], c)
	}
}

// search returns the keys of c not searched yet, and marks them searched.
func (x *claimIndex) search(c *graph.MeetingClaim) []claimKey {
	if x.searched == nil {
		x.searched = map[claimKey]bool{}
	}
	var out []claimKey
	for _, k := range claimKeys(c) {
		if !x.searched[k] {
			x.searched[k] = true
			out = append(out, k)
		}
	}
	return out
}

func (x *claimIndex) linksAny(cs []graph.MeetingClaim) bool {
	for i := range cs {
		for _, k := range claimKeys(&cs[i]) {
			for _, o := range x.by[k] {
				if graph.Links(&cs[i], o) {
					return true
				}
			}
		}
	}
	return false
}

// unchangedMeeting is the stored meeting whose claims are exactly cl, or "".
func unchangedMeeting(cl []graph.MeetingClaim, stored map[string][]string) string {
	id := graph.MergedID("m-", claimIDs(cl))
	have := stored[id]
	if len(have) != len(cl) {
		return ""
	}
	in := set{}
	in.add(have...)
	for _, c := range cl {
		if !in[c.ID] {
			return ""
		}
	}
	return id
}

func claimIDs(cl []graph.MeetingClaim) []string {
	ids := make([]string, len(cl))
	for i, c := range cl {
		ids[i] = c.ID
	}
	return ids
}

// storiesAmong reads the SAME_STORY edges between the given articles.
func (b *batch) storiesAmong(ids []string) (graph.Stories, error) {
	st := graph.Stories{}
	if len(ids) < 2 {
		return st, nil
	}
	recs, err := b.run(`MATCH (a:Article)-[s:SAME_STORY]->(o:Article) WHERE a.id IN $ids AND o.id IN $ids
		RETURN a.id AS a, o.id AS o, s.score AS score`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		v, _ := r.Get("score")
		f, _ := v.(float64)
		st.Add(str(r, "a"), str(r, "o"), f)
	}
	return st, nil
}

// remergeStatements rebuilds the statements of every article in the story
// components touched by the batch: statements merge only along SAME_STORY
// edges, so such a component is closed.
func (b *batch) remergeStatements(write []*graph.Entry, replaced, oldStory, oldStatements set) error {
	scope := set{}
	for id := range oldStory {
		if !replaced[id] {
			scope.add(id)
		}
	}
	if len(write) > 0 {
		var ids []string
		for _, e := range write {
			ids = append(ids, e.Article.ID)
		}
		comp, err := b.storyComponents(ids)
		if err != nil {
			return err
		}
		for id := range comp {
			scope.add(id)
		}
	}
	arts := map[string]graph.ArticleMeta{}
	var claims []graph.StatementClaim
	fresh := set{}
	for _, e := range write {
		fresh.add(e.Article.ID)
		arts[e.Article.ID] = graph.ArticleMeta{ID: e.Article.ID, Lang: e.Article.Lang, Outlet: e.Article.Outlet}
		claims = append(claims, e.Statements...)
	}
	var stored []string
	for id := range scope {
		if !fresh[id] {
			stored = append(stored, id)
		}
	}
	sort.Strings(stored)
	doomed := set{}
	doomed.add(oldStatements.list()...)
	if len(stored) > 0 {
		recs, err := b.run(`UNWIND $ids AS id MATCH (a:Article {id: id})-[r:REPORTS]->(s:Statement)
			RETURN s.id AS statement, a.id AS article, a.lang AS lang, a.outlet AS outlet, properties(r) AS props`,
			map[string]any{"ids": stored})
		if err != nil {
			return err
		}
		for _, r := range recs {
			art := str(r, "article")
			c, err := graph.StatementClaimFrom(art, propsOf(r, "props"))
			if err != nil {
				return err
			}
			arts[art] = graph.ArticleMeta{ID: art, Lang: str(r, "lang"), Outlet: str(r, "outlet")}
			doomed.add(str(r, "statement"))
			claims = append(claims, c)
		}
	}
	if len(doomed) > 0 {
		if _, err := b.run(`UNWIND $ids AS id MATCH (s:Statement {id: id}) DETACH DELETE s`, map[string]any{"ids": doomed.list()}); err != nil {
			return err
		}
	}
	if len(claims) == 0 {
		return nil
	}
	stories, err := b.storiesAmong(sortedIDs(arts))
	if err != nil {
		return err
	}
	var nodes []graph.Node
	var said, about, reports []graph.Relationship
	for _, cl := range graph.ClusterStatements(claims, stories) {
		n, rels := graph.StatementGraph(graph.MergeStatements(cl), arts, stories)
		nodes = append(nodes, n)
		for _, r := range rels {
			switch r.Type {
			case graph.RelSaid:
				said = append(said, r)
			case graph.RelAbout:
				about = append(about, r)
			default:
				reports = append(reports, r)
			}
		}
	}
	steps := []struct {
		cypher string
		rows   []map[string]any
	}{
		{`UNWIND $rows AS r CREATE (s:Statement) SET s = r`, nodeRows(nodes)},
		{`UNWIND $rows AS r MATCH (x:Actor {id: r.s}) MATCH (s:Statement {id: r.e}) CREATE (x)-[y:SAID]->(s) SET y = r.p`, relRows(said, "")},
		{`UNWIND $rows AS r MATCH (s:Statement {id: r.s}) MATCH (x:Actor {id: r.e}) CREATE (s)-[y:ABOUT]->(x) SET y = r.p`, relRows(about, "")},
		{`UNWIND $rows AS r MATCH (a:Article {id: r.s}) MATCH (s:Statement {id: r.e}) CREATE (a)-[y:REPORTS]->(s) SET y = r.p`, relRows(reports, "")},
	}
	for _, s := range steps {
		if len(s.rows) == 0 {
			continue
		}
		if _, err := b.run(s.cypher, map[string]any{"rows": s.rows}); err != nil {
			return err
		}
	}
	b.st.Nodes += len(nodes)
	b.st.Rels += len(said) + len(about) + len(reports)
	return nil
}

// updateMet brings MET up to date with the meetings a write changed. A
// pair is updated from its edge and the meetings that went and came
// (graph.MetUpdate), reading only the articles of those meetings; a pair
// whose update is not exact, and every pair when the write replaced
// articles (their reports are gone before the meetings are read), is
// recomputed from all its shared meetings.
func (b *batch) updateMet(ch metChange, replaced bool) error {
	if replaced || len(ch.pairs) == 0 {
		return b.recomputeMet(ch.pairs)
	}
	type delta struct {
		gone, came []graph.MetInput
		arts       set
		cameIDs    set
	}
	deltas := map[[2]string]*delta{}
	for _, p := range ch.pairs {
		deltas[p] = &delta{arts: set{}, cameIDs: set{}}
	}
	each := func(ms []graph.MetInput, came bool) {
		for _, m := range ms {
			for _, p := range pairsOf(m.Actors) {
				d := deltas[p]
				if d == nil {
					continue
				}
				d.arts.add(m.Articles...)
				if came {
					d.came = append(d.came, m)
					d.cameIDs.add(m.ID)
				} else {
					d.gone = append(d.gone, m)
				}
			}
		}
	}
	each(ch.gone, false)
	each(ch.came, true)
	pairRows := make([]map[string]any, len(ch.pairs))
	var artRows []map[string]any
	for i, p := range ch.pairs {
		pairRows[i] = map[string]any{"a": p[0], "b": p[1]}
		for _, x := range deltas[p].arts.list() {
			artRows = append(artRows, map[string]any{"a": p[0], "b": p[1], "x": x})
		}
	}
	recs, err := b.run(`UNWIND $rows AS p MATCH (:Actor {id: p.a})-[r:MET]-(:Actor {id: p.b})
		RETURN p.a AS a, p.b AS b, properties(r) AS props`, map[string]any{"rows": pairRows})
	if err != nil {
		return err
	}
	old := map[[2]string]graph.Props{}
	for _, r := range recs {
		old[[2]string{str(r, "a"), str(r, "b")}] = graph.Props(propsOf(r, "props"))
	}
	// Which of those articles report a counted meeting of the pair now.
	recs, err = b.run(`UNWIND $rows AS q MATCH (:Article {id: q.x})-[:REPORTS]->(m:Meeting)
		WHERE NOT coalesce(m.status, '') IN $uncounted
		  AND EXISTS { MATCH (m)<-[:ATTENDED]-(x:Actor) WHERE x.id = q.a }
		  AND EXISTS { MATCH (m)<-[:ATTENDED]-(x:Actor) WHERE x.id = q.b }
		RETURN q.a AS a, q.b AS b, q.x AS x, collect(m.id) AS meetings`,
		map[string]any{"rows": artRows, "uncounted": []string{graph.StatusPlanned, graph.StatusCancelled}})
	if err != nil {
		return err
	}
	now, kept := map[[2]string]set{}, map[[2]string]set{}
	for _, r := range recs {
		k, x := [2]string{str(r, "a"), str(r, "b")}, str(r, "x")
		for _, m := range strs(r, "meetings") {
			if now[k] == nil {
				now[k], kept[k] = set{}, set{}
			}
			now[k].add(x)
			if !deltas[k].cameIDs[m] {
				kept[k].add(x)
			}
		}
	}
	var redo [][2]string
	var rows, met []map[string]any
	for _, p := range ch.pairs {
		d := deltas[p]
		props, ok, exact := graph.MetUpdate(old[p], d.gone, d.came, now[p], kept[p])
		if !exact {
			redo = append(redo, p)
			continue
		}
		rows = append(rows, map[string]any{"a": p[0], "b": p[1]})
		if ok {
			met = append(met, map[string]any{"s": p[0], "e": p[1], "p": map[string]any(props)})
		}
	}
	if err := b.writeMet(rows, met); err != nil {
		return err
	}
	slog.Debug("met", "pairs", len(ch.pairs), "recomputed", len(redo))
	return b.recomputeMet(redo)
}

// writeMet replaces the MET edges of the pairs (rows) with met.
func (b *batch) writeMet(rows, met []map[string]any) error {
	if len(rows) > 0 {
		if _, err := b.run(`UNWIND $rows AS p MATCH (:Actor {id: p.a})-[r:MET]-(:Actor {id: p.b}) DELETE r`, map[string]any{"rows": rows}); err != nil {
			return err
		}
	}
	if len(met) > 0 {
		if _, err := b.run(`UNWIND $rows AS r MATCH (a:Actor {id: r.s}) MATCH (o:Actor {id: r.e}) CREATE (a)-[m:MET]->(o) SET m = r.p`,
			map[string]any{"rows": met}); err != nil {
			return err
		}
	}
	b.st.Rels += len(met)
	return nil
}

// recomputeMet rewrites MET for the pairs, from every meeting both attend.
func (b *batch) recomputeMet(pairs [][2]string) error {
	if len(pairs) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(pairs))
	for i, p := range pairs {
		rows[i] = map[string]any{"a": p[0], "b": p[1]}
	}
	recs, err := b.run(`UNWIND $rows AS p
		MATCH (a:Actor {id: p.a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Actor {id: p.b})
		RETURN p.a AS a, p.b AS b, m.id AS id, m.date AS date, m.status AS status,
		       [(art:Article)-[:REPORTS]->(m) | art.id] AS articles`, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	by := map[[2]string][]graph.MetInput{}
	for _, r := range recs {
		k := [2]string{str(r, "a"), str(r, "b")}
		by[k] = append(by[k], graph.MetInput{ID: str(r, "id"), Date: str(r, "date"), Status: str(r, "status"), Articles: strs(r, "articles")})
	}
	var met []map[string]any
	for _, p := range pairs {
		if props, ok := graph.MetProps(by[p]); ok {
			met = append(met, map[string]any{"s": p[0], "e": p[1], "p": map[string]any(props)})
		}
	}
	return b.writeMet(rows, met)
}

// foldActors updates actors that new articles mention: the stored actor
// is the account of its view article with every alias seen so far, so
// adding articles is folding their accounts into it (graph.ActorNode picks
// the view again), at a cost independent of how often the actor was
// mentioned before. An actor without a stored view (new, or written by an
// older Parley) goes to full, the set rebuilt from every mention.
func (b *batch) foldActors(added map[string][]graph.Seen, full set) error {
	if len(added) == 0 {
		return nil
	}
	ids := sortedIDs(added)
	recs, err := b.run(`UNWIND $ids AS id
		MATCH (x:Actor {id: id})
		OPTIONAL MATCH (v:Article {id: x.view})-[m:MENTIONS]->(x)
		RETURN id, x.view AS view, x.aliases AS aliases, properties(m) AS props`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	var rows []map[string]any
	for _, r := range recs {
		id, view := str(r, "id"), str(r, "view")
		props := propsOf(r, "props")
		if view == "" || props == nil {
			full.add(id)
			continue
		}
		old := graph.SeenFromMention(view, id, props)
		old.Actor.Aliases = strs(r, "aliases")
		n := graph.ActorNode(id, append([]graph.Seen{old}, added[id]...), b.fold)
		if n.Properties["view"] != view {
			// A new account comes first: its affiliation edges may differ.
			full.add(id)
			continue
		}
		rows = append(rows, map[string]any(n.Properties))
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := b.run(`UNWIND $rows AS r MATCH (x:Actor {id: r.id}) SET x = r`, map[string]any{"rows": rows}); err != nil {
		return err
	}
	b.st.Nodes += len(rows)
	return nil
}

// rebuildActors recomputes the actors from the MENTIONS edges left (the
// first reviewed article's view by id, every alias), deletes the actors no
// article mentions any more, and redoes their AFFILIATED_WITH edges.
func (b *batch) rebuildActors(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := b.run(`UNWIND $ids AS id
		MATCH (x:Actor {id: id})
		CALL {
			WITH x
			OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(x)
			WITH a, m ORDER BY m.reviewed DESC, a.id
			RETURN collect([a.id, properties(m)])[0] AS first
		}
		CALL {
			WITH x
			OPTIONAL MATCH (:Article)-[m:MENTIONS]->(x)
			UNWIND coalesce(m.aliases, []) AS al
			RETURN collect(DISTINCT al) AS aliases
		}
		RETURN id, first, aliases`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	var rows []map[string]any
	var orphans []string
	for _, r := range recs {
		id := str(r, "id")
		v, _ := r.Get("first")
		first, _ := v.([]any)
		if len(first) != 2 || first[0] == nil {
			orphans = append(orphans, id)
			continue
		}
		art, _ := first[0].(string)
		props, _ := first[1].(map[string]any)
		seen := graph.SeenFromMention(art, id, props)
		seen.Actor.Aliases = strs(r, "aliases")
		n := graph.ActorNode(id, []graph.Seen{seen}, b.fold)
		rows = append(rows, map[string]any(n.Properties))
	}
	if len(orphans) > 0 {
		if _, err := b.run(`UNWIND $ids AS id MATCH (x:Actor {id: id}) DETACH DELETE x`, map[string]any{"ids": orphans}); err != nil {
			return err
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := b.run(`UNWIND $rows AS r MATCH (x:Actor {id: r.id}) SET x = r`, map[string]any{"rows": rows}); err != nil {
		return err
	}
	b.st.Nodes += len(rows)
	if _, err := b.run(`UNWIND $ids AS id MATCH (x:Actor {id: id})
		CALL { WITH x MATCH (x)-[r:AFFILIATED_WITH]->() DELETE r }
		WITH x MATCH (t:Actor {id: x.affiliation}) WHERE t <> x
		CREATE (x)-[:AFFILIATED_WITH]->(t)`, map[string]any{"ids": ids}); err != nil {
		return err
	}
	if _, err := b.run(`UNWIND $ids AS id MATCH (t:Actor {id: id}) MATCH (y:Actor {affiliation: id}) WHERE y <> t
		MERGE (y)-[:AFFILIATED_WITH]->(t)`, map[string]any{"ids": ids}); err != nil {
		return err
	}
	return nil
}

// IsUnavailable reports a failure of the database rather than of the data:
// the connection dropped, or transient errors outlasted the retries.
func IsUnavailable(err error) bool {
	return bolt.IsConnectivityError(err) || bolt.IsRetryable(err) || bolt.IsTransactionExecutionLimit(err)
}
