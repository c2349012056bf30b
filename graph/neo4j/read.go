package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The reads behind the dashboard's pages. Each is parameterised, bounded by
// a LIMIT, and starts from an indexed node where the page is about one
// thing, so that its cost does not grow with the whole graph.

// Ref names a node for a link.
type Ref struct {
	ID, Name string
}

// MeetingRow is a meeting as lists and timelines show it.
type MeetingRow struct {
	ID, Mode, Date, Precision, Status, Cameo string
	Place                                    Ref
	Sources, Outlets, Origins                int
	Langs, Contradictions                    []string
	Participants                             []Ref
}

// StatementRow is a statement with its speaker.
type StatementRow struct {
	ID, Text, Lang, Date string
	Quote                bool
	Speaker              Ref
	Sources, Origins     int
}

// ActorRank is an actor with the number of meetings it attended.
type ActorRank struct {
	Ref
	Kind, Affiliation string
	Meetings          int
}

// Overview is the front page.
type Overview struct {
	Actors, Meetings, Calls, Statements, Articles, Outlets, SingleSource int
	ByLang                                                               []Count
	Latest                                                               []MeetingRow
	Top                                                                  []ActorRank
}

// Count is a labelled number.
type Count struct {
	Key string
	N   int
}

const meetingMap = `m{.id, .mode, .date, .date_precision, .status, .cameo, .sources, .outlets, .origins, .langs, .contradictions,
  place: head([(m)-[:HELD_IN]->(p:Place) | p{.id, .name}]),
  participants: [(a:Actor)-[:ATTENDED]->(m) | a{.id, .name}]}`

const meetingProjection = meetingMap + ` AS m`

func (s *Store) rows(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	res, err := s.query(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out, nil
}

// Overview reads the front page's numbers and lists.
func (s *Store) Overview(ctx context.Context) (Overview, error) {
	var o Overview
	rows, err := s.rows(ctx, `
		CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
		CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
		CALL () { MATCH (n:Article) RETURN count(n) AS articles, count(DISTINCT n.outlet) AS outlets }
		CALL () { MATCH (m:Meeting) RETURN sum(CASE WHEN m.mode IN ['call','video'] THEN 1 ELSE 0 END) AS calls,
		          sum(CASE WHEN m.mode IN ['call','video'] THEN 0 ELSE 1 END) AS meetings,
		          sum(CASE WHEN m.sources = 1 THEN 1 ELSE 0 END) AS single }
		RETURN actors, statements, articles, outlets, calls, meetings, single`, nil)
	if err != nil {
		return o, fmt.Errorf("overview: %w", err)
	}
	if len(rows) == 1 {
		r := rows[0]
		o.Actors, o.Statements, o.Articles, o.Outlets = num(r["actors"]), num(r["statements"]), num(r["articles"]), num(r["outlets"])
		o.Calls, o.Meetings, o.SingleSource = num(r["calls"]), num(r["meetings"]), num(r["single"])
	}
	rows, err = s.rows(ctx, `MATCH (a:Article) RETURN a.lang AS k, count(*) AS n ORDER BY n DESC, k`, nil)
	if err != nil {
		return o, fmt.Errorf("overview languages: %w", err)
	}
	for _, r := range rows {
		o.ByLang = append(o.ByLang, Count{vstr(r["k"]), num(r["n"])})
	}
	if o.Latest, err = s.Meetings(ctx, MeetingFilter{Limit: 10}); err != nil {
		return o, err
	}
	rows, err = s.rows(ctx, `MATCH (a:Actor) WITH a, COUNT { (a)-[:ATTENDED]->() } AS n WHERE n > 0
		RETURN a.id AS id, a.name AS name, a.kind AS kind, a.affiliation AS aff, n ORDER BY n DESC, name LIMIT 12`, nil)
	if err != nil {
		return o, fmt.Errorf("overview actors: %w", err)
	}
	for _, r := range rows {
		o.Top = append(o.Top, ActorRank{Ref{vstr(r["id"]), vstr(r["name"])}, vstr(r["kind"]), vstr(r["aff"]), num(r["n"])})
	}
	return o, nil
}

// MeetingFilter narrows the meetings timeline and the network.
type MeetingFilter struct {
	Actor, With, Mode, Lang, From, To string
	MinOrigins, Limit, Offset         int
	// Edges keeps the network's strongest edges only (Network.Strongest);
	// 0 keeps them all. The timeline ignores it.
	Edges int
}

func (f MeetingFilter) params() map[string]any {
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 50
	}
	return map[string]any{"actor": f.Actor, "with": f.With, "mode": f.Mode, "lang": f.Lang, "from": f.From, "to": f.To,
		"min": f.MinOrigins, "limit": f.Limit, "offset": f.Offset, "top": f.Offset + f.Limit}
}

// where is the filter clause for the filters in use, and only those (every
// value stays a parameter): a clause that tests "$mode = ” OR ..." for
// unused filters keeps the planner from reading meetings off the date
// index in order.
func (f MeetingFilter) where() string {
	c := []string{"true"}
	if f.Mode != "" {
		c = append(c, "(m.mode = $mode OR ($mode = 'call' AND m.mode = 'video'))")
	}
	if f.Lang != "" {
		c = append(c, "$lang IN m.langs")
	}
	// Dates without a year ("--11-24") sort before every year and are left
	// out of a date range.
	if f.From != "" {
		c = append(c, "m.date >= $from")
	}
	if f.To != "" {
		c = append(c, "m.date <= $to + '~' AND NOT m.date STARTS WITH '--'")
	}
	if f.MinOrigins > 0 {
		c = append(c, "m.origins >= $min")
	}
	return strings.Join(c, " AND ")
}

// newest selects the meetings of a filter, newest first, as m. Without an
// actor the dated meetings come off the date index in order, so a page
// costs its own size, not the size of the archive; undated ones follow.
// With an actor the actor's meetings come off ATTENDED.at in order.
func (f MeetingFilter) newest() string {
	switch {
	case f.Actor != "" && f.With != "":
		return `MATCH (:Actor {id: $actor})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Actor {id: $with}) WHERE ` + f.where() + `
			WITH m ORDER BY m.date IS NULL, m.date DESC, m.id SKIP $offset LIMIT $limit`
	case f.Actor != "":
		// ATTENDED.at (graph.AttendAt) is the actor and the date: read
		// off its index in order, a page costs its rows, not the actor's
		// thousands of meetings.
		return `MATCH (:Actor)-[r:ATTENDED]->(m:Meeting) WHERE r.at STARTS WITH $actor + '|' AND ` + f.where() + `
			WITH m, r ORDER BY r.at DESC, m.id SKIP $offset LIMIT $limit`
	}
	undated := ""
	if f.From == "" && f.To == "" {
		undated = `
			UNION ALL
			MATCH (m:Meeting) WHERE m.date IS NULL AND ` + f.where() + ` RETURN m ORDER BY m.id LIMIT $top`
	}
	return `CALL () {
			MATCH (m:Meeting) WHERE m.date IS NOT NULL AND ` + f.where() + ` RETURN m ORDER BY m.date DESC, m.id LIMIT $top` + undated + `
		}
		WITH m ORDER BY m.date IS NULL, m.date DESC, m.id SKIP $offset LIMIT $limit`
}

// Meetings lists meetings, newest first.
func (s *Store) Meetings(ctx context.Context, f MeetingFilter) ([]MeetingRow, error) {
	rows, err := s.rows(ctx, f.newest()+` RETURN `+meetingProjection, f.params())
	if err != nil {
		return nil, fmt.Errorf("meetings: %w", err)
	}
	out := make([]MeetingRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, meetingRow(r["m"]))
	}
	return out, nil
}

func meetingRow(v any) MeetingRow {
	m, _ := v.(map[string]any)
	row := MeetingRow{ID: vstr(m["id"]), Mode: vstr(m["mode"]), Date: vstr(m["date"]), Precision: vstr(m["date_precision"]),
		Status: vstr(m["status"]), Cameo: vstr(m["cameo"]), Sources: num(m["sources"]), Outlets: num(m["outlets"]),
		Origins: num(m["origins"]), Langs: vstrs(m["langs"]), Contradictions: vstrs(m["contradictions"]), Place: ref(m["place"])}
	if ps, ok := m["participants"].([]any); ok {
		for _, p := range ps {
			row.Participants = append(row.Participants, ref(p))
		}
	}
	return row
}

// Evidence is one article's report of a fact.
type Evidence struct {
	Article                          Ref
	Lang, Outlet, Path, Text, Rule   string
	Sentence, Start, End             int
	Confidence                       float64
	Trigger                          []int
	Spans                            []int
	ClaimDate, ClaimPlace, ClaimMode string
}

// MeetingPage is one meeting with its evidence.
type MeetingPage struct {
	MeetingRow
	Evidence []Evidence
	AltDates []string
}

// Meeting reads one meeting; ok is false when there is none with that id.
func (s *Store) Meeting(ctx context.Context, id string) (MeetingPage, bool, error) {
	rows, err := s.rows(ctx, `MATCH (m:Meeting {id: $id})
		WITH m, m.alt_dates AS alt
		CALL (m) { MATCH (a:Article)-[r:REPORTS]->(m)
		  RETURN collect(r{.sentence, .start, .end, .evidence, .rule, .confidence, .trigger, .spans, .claim_date, .claim_place, .claim_mode,
		    id: a.id, title: a.title, lang: a.lang, outlet: a.outlet, path: a.path})[..100] AS ev }
		RETURN `+meetingProjection+`, alt, ev`, map[string]any{"id": id})
	if err != nil {
		return MeetingPage{}, false, fmt.Errorf("meeting %s: %w", id, err)
	}
	if len(rows) == 0 {
		return MeetingPage{}, false, nil
	}
	p := MeetingPage{MeetingRow: meetingRow(rows[0]["m"]), AltDates: vstrs(rows[0]["alt"])}
	if evs, ok := rows[0]["ev"].([]any); ok {
		for _, e := range evs {
			p.Evidence = append(p.Evidence, evidence(e))
		}
	}
	return p, true, nil
}

func evidence(v any) Evidence {
	e, _ := v.(map[string]any)
	conf, _ := e["confidence"].(float64)
	return Evidence{Article: Ref{vstr(e["id"]), vstr(e["title"])}, Lang: vstr(e["lang"]), Outlet: vstr(e["outlet"]), Path: vstr(e["path"]),
		Text: vstr(e["evidence"]), Rule: vstr(e["rule"]), Sentence: num(e["sentence"]), Start: num(e["start"]), End: num(e["end"]),
		Confidence: conf, Trigger: ints(e["trigger"]), Spans: ints(e["spans"]),
		ClaimDate: vstr(e["claim_date"]), ClaimPlace: vstr(e["claim_place"]), ClaimMode: vstr(e["claim_mode"])}
}

// ActorPage is one actor with its counterparts, meetings and statements.
type ActorPage struct {
	Ref
	Kind, Role, Affiliation string
	Reviewed                bool
	Aliases                 []string
	Counterparts            []Counterpart
	Meetings                []MeetingRow
	Statements              []StatementRow
	Articles                []Ref
	// The lists hold the newest ActorPageLimit; these are the totals.
	MeetingTotal, StatementTotal, ArticleTotal int
}

// ActorPageLimit bounds each list on an actor's page: the page of a busy
// actor costs no more than that of a quiet one; the timeline and the
// statements pages have the rest.
const ActorPageLimit = 50

// Counterpart is an actor met, with when.
type Counterpart struct {
	Ref
	Meetings    int
	First, Last string
}

// Actor reads one actor's page in one query: the actor, its counterparts
// and articles, and its newest meetings and statements, each list read off
// an index in order (ATTENDED.at, SAID.at) and capped at ActorPageLimit.
func (s *Store) Actor(ctx context.Context, id string) (ActorPage, bool, error) {
	f := MeetingFilter{Actor: id, Limit: ActorPageLimit}
	p := f.params()
	p["id"], p["speaker"] = id, id
	rows, err := s.rows(ctx, `MATCH (a:Actor {id: $id})
		CALL (a) { MATCH (a)-[r:MET]-(b:Actor) WITH b, r ORDER BY r.meetings DESC, b.name LIMIT $limit
			RETURN collect(b{.id, .name, meetings: r.meetings, first: r.first, last: r.last}) AS met }
		CALL (a) { MATCH (ar:Article)-[:MENTIONS]->(a) WITH ar LIMIT $limit RETURN collect(ar{.id, name: ar.title}) AS arts }
		CALL () { `+f.newest()+` RETURN collect(`+meetingMap+`) AS meetings }
		CALL () { `+bySpeaker+` RETURN collect(`+statementMap+`) AS statements }
		RETURN a{.id, .name, .kind, .role, .affiliation, .reviewed, .aliases} AS a, met, arts, meetings, statements,
			COUNT { (a)-[:ATTENDED]->() } AS nm, COUNT { (a)-[:SAID]->() } AS ns, COUNT { (a)<-[:MENTIONS]-() } AS na`, p)
	if err != nil {
		return ActorPage{}, false, fmt.Errorf("actor %s: %w", id, err)
	}
	if len(rows) == 0 {
		return ActorPage{}, false, nil
	}
	r := rows[0]
	a, _ := r["a"].(map[string]any)
	reviewed, _ := a["reviewed"].(bool)
	page := ActorPage{Ref: Ref{vstr(a["id"]), vstr(a["name"])}, Kind: vstr(a["kind"]), Role: vstr(a["role"]),
		Affiliation: vstr(a["affiliation"]), Reviewed: reviewed, Aliases: vstrs(a["aliases"])}
	for _, v := range list(r["met"]) {
		m, _ := v.(map[string]any)
		page.Counterparts = append(page.Counterparts, Counterpart{Ref{vstr(m["id"]), vstr(m["name"])}, num(m["meetings"]), vstr(m["first"]), vstr(m["last"])})
	}
	for _, v := range list(r["arts"]) {
		page.Articles = append(page.Articles, ref(v))
	}
	page.Meetings = make([]MeetingRow, 0, len(list(r["meetings"])))
	for _, v := range list(r["meetings"]) {
		page.Meetings = append(page.Meetings, meetingRow(v))
	}
	page.Statements = make([]StatementRow, 0, len(list(r["statements"])))
	for _, v := range list(r["statements"]) {
		page.Statements = append(page.Statements, statementRow(v))
	}
	page.MeetingTotal, page.StatementTotal, page.ArticleTotal = num(r["nm"]), num(r["ns"]), num(r["na"])
	return page, true, nil
}

// bySpeaker selects a speaker's newest statements as st (the speaker as
// sp), read off SAID.at (graph.SaidAt: the speaker, the date and the id)
// in order: a page costs its rows, not the speaker's thousands of
// statements. Newest first, undated last, ties by id descending.
const bySpeaker = `MATCH (sp:Actor)-[r:SAID]->(st:Statement) WHERE r.at STARTS WITH $speaker + '|'
		WITH sp, st, r ORDER BY r.at DESC LIMIT $limit`

const statementMap = `st{.id, .text, .lang, .date, .quote, .sources, .origins, speaker: sp{.id, .name}}`

func statementRow(v any) StatementRow {
	st, _ := v.(map[string]any)
	q, _ := st["quote"].(bool)
	return StatementRow{ID: vstr(st["id"]), Text: vstr(st["text"]), Lang: vstr(st["lang"]), Date: vstr(st["date"]),
		Quote: q, Speaker: ref(st["speaker"]), Sources: num(st["sources"]), Origins: num(st["origins"])}
}

// Statements lists statements, by one speaker when speaker is set.
func (s *Store) Statements(ctx context.Context, speaker string, limit int) ([]StatementRow, error) {
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	// Newest dated statements first, read in order off statement_date (no
	// sort of every statement), then the undated ones.
	q := `CALL () {
			MATCH (st:Statement) WHERE st.date IS NOT NULL RETURN st ORDER BY st.date DESC, st.id LIMIT $limit
			UNION ALL
			MATCH (st:Statement) WHERE st.date IS NULL RETURN st ORDER BY st.id LIMIT $limit
		}
		WITH st ORDER BY st.date IS NULL, st.date DESC, st.id LIMIT $limit
		MATCH (sp:Actor)-[:SAID]->(st)
		RETURN ` + statementMap + ` AS st ORDER BY st.date IS NULL, st.date DESC, st.id`
	if speaker != "" {
		q = bySpeaker + ` RETURN ` + statementMap + ` AS st ORDER BY r.at DESC`
	}
	rows, err := s.rows(ctx, q, map[string]any{"speaker": speaker, "limit": limit})
	if err != nil {
		return nil, fmt.Errorf("statements: %w", err)
	}
	out := make([]StatementRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, statementRow(r["st"]))
	}
	return out, nil
}

// SearchActors finds actors by name in any script: the full-text index,
// plus the ids a caller resolved itself (folded and fuzzy forms).
func (s *Store) SearchActors(ctx context.Context, q string, ids []string, limit int) ([]ActorRank, error) {
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	var rows []map[string]any
	var err error
	if q == "" {
		rows, err = s.rows(ctx, `MATCH (a:Actor)
			WITH a, COUNT { (a)-[:ATTENDED]->() } AS n RETURN a.id AS id, a.name AS name, a.kind AS kind, a.affiliation AS aff, n ORDER BY n DESC, name LIMIT $limit`,
			map[string]any{"limit": limit})
	} else {
		rows, err = s.rows(ctx, `
			CALL () {
			  CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node, score RETURN node AS a, score
			  UNION
			  MATCH (a:Actor) WHERE a.id IN $ids RETURN a, 100.0 AS score
			}
			WITH a, max(score) AS score
			WITH a, score, COUNT { (a)-[:ATTENDED]->() } AS n
			RETURN a.id AS id, a.name AS name, a.kind AS kind, a.affiliation AS aff, n ORDER BY score DESC, n DESC LIMIT $limit`,
			map[string]any{"lucene": lucene(q), "ids": ids, "limit": limit})
	}
	if err != nil {
		return nil, fmt.Errorf("search actors %q: %w", q, err)
	}
	out := make([]ActorRank, 0, len(rows))
	for _, r := range rows {
		out = append(out, ActorRank{Ref{vstr(r["id"]), vstr(r["name"])}, vstr(r["kind"]), vstr(r["aff"]), num(r["n"])})
	}
	return out, nil
}

// lucene quotes a user's words so that none of them is Lucene syntax.
func lucene(q string) string {
	out := ""
	for _, w := range splitWords(q) {
		esc := ""
		for _, r := range w {
			if r == '"' || r == '\\' {
				esc += `\`
			}
			esc += string(r)
		}
		if out != "" {
			out += " "
		}
		out += `"` + esc + `"`
	}
	if out == "" {
		out = `""`
	}
	return out
}

func splitWords(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// NetworkEdge is a MET relationship between two actors.
type NetworkEdge struct {
	Source, Target string
	Meetings       int
	First, Last    string
}

// Network is the who-met-whom graph under a filter: nodes with their
// meeting counts, edges with theirs.
type Network struct {
	Nodes []ActorRank
	Edges []NetworkEdge
	// TotalNodes and TotalEdges count every actor and pair of the
	// meetings, before Edges is cut to the strongest (MeetingFilter.Edges).
	TotalNodes, TotalEdges int
}

// Strongest keeps the k strongest edges (most meetings, then the latest
// last meeting, then by ids) and the actors they join, in that order; an
// actor keeps its meetings over all its pairs. k <= 0 keeps everything.
// TotalNodes and TotalEdges are the counts before the cut.
func (n Network) Strongest(k int) Network {
	n.TotalNodes, n.TotalEdges = len(n.Nodes), len(n.Edges)
	if k <= 0 || len(n.Edges) <= k {
		return n
	}
	// Sorted by index: swapping the edges themselves (strings) costs a
	// write barrier per move, and cmp.Or would compare every key.
	// Only the edges with at least the k-th most meetings can be kept.
	ms := make([]int, len(n.Edges))
	for i, e := range n.Edges {
		ms[i] = e.Meetings
	}
	slices.Sort(ms)
	least := ms[len(ms)-k]
	at := make([]int32, 0, len(n.Edges))
	for i, e := range n.Edges {
		if e.Meetings >= least {
			at = append(at, int32(i))
		}
	}
	slices.SortFunc(at, func(i, j int32) int {
		a, b := &n.Edges[i], &n.Edges[j]
		if a.Meetings != b.Meetings {
			return cmp.Compare(b.Meetings, a.Meetings)
		}
		if c := strings.Compare(b.Last, a.Last); c != 0 {
			return c
		}
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return strings.Compare(a.Target, b.Target)
	})
	es := make([]NetworkEdge, k)
	for x, i := range at[:k] {
		es[x] = n.Edges[i]
	}
	n.Edges = es
	kept := map[string]bool{}
	for _, e := range n.Edges {
		kept[e.Source], kept[e.Target] = true, true
	}
	var nodes []ActorRank
	for _, x := range n.Nodes {
		if kept[x.ID] {
			nodes = append(nodes, x)
		}
	}
	n.Nodes = nodes
	return n
}

// Network computes the graph from the newest meetings that pass the
// filter (f.Limit, default 2,000), so that every filter (dates, mode,
// language, sources) applies to the edges. Without an actor it reads the
// MeetingDay columns (days.go); with one, the actor's meetings.
func (s *Store) Network(ctx context.Context, f MeetingFilter) (Network, error) {
	f = f.network()
	n, ok, err := s.networkOfDays(ctx, f)
	switch {
	case err != nil:
		return Network{}, err
	case ok:
	case f.Actor != "":
		n, err = s.networkOfActor(ctx, f)
	default:
		n, err = s.networkOfMeetings(ctx, f)
	}
	if err != nil {
		return Network{}, err
	}
	return n.Strongest(f.Edges), nil
}

// networkOfActor is the network of an actor's newest meetings, read off
// ATTENDED.at in order with each meeting's participants from
// Meeting.actors: one property per meeting, no expansion.
func (s *Store) networkOfActor(ctx context.Context, f MeetingFilter) (Network, error) {
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeRead})
	defer sess.Close(context.Background())
	p := f.params()
	p["limit"], p["top"] = f.Limit, f.Limit
	// One record of two lists, not 2,000 records: the driver's cost is
	// per record.
	res, err := sess.Run(ctx, f.newest()+` RETURN collect(coalesce(m.date, '')) AS dates, collect(coalesce(m.actors, [])) AS actors`, p)
	if err != nil {
		return Network{}, fmt.Errorf("network of %s: %w", f.Actor, err)
	}
	r, err := res.Single(ctx)
	if err != nil {
		return Network{}, fmt.Errorf("network of %s: %w", f.Actor, err)
	}
	dates, actors := strs(r, "dates"), list(recordValue(r, "actors"))
	ms := make([]dayMeeting, 0, len(dates))
	for i, d := range dates {
		m := dayMeeting{date: d}
		if i < len(actors) {
			m.actors = strings.Join(vstrs(actors[i]), " ")
		}
		ms = append(ms, m)
	}
	return s.networkOf(ctx, sess, ms)
}

// network is the filter as the network applies it: up to 5,000 meetings
// (2,000 unless told), from the newest, whoever else attended.
func (f MeetingFilter) network() MeetingFilter {
	if f.Limit <= 0 || f.Limit > 5000 {
		f.Limit = 2000
	}
	f.Offset, f.With = 0, ""
	return f
}

// networkOfMeetings is Network from the meetings and their participants.
func (s *Store) networkOfMeetings(ctx context.Context, f MeetingFilter) (Network, error) {
	f = f.network()
	p := f.params()
	p["limit"], p["top"] = f.Limit, f.Limit
	rows, err := s.rows(ctx, f.newest()+`
		MATCH (a:Actor)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Actor) WHERE a.id < b.id
		WITH a, b, count(m) AS n, min(m.date) AS first, max(m.date) AS last
		RETURN a{.id, .name, .kind, .affiliation} AS a, b{.id, .name, .kind, .affiliation} AS b, n, first, last`, p)
	if err != nil {
		return Network{}, fmt.Errorf("network: %w", err)
	}
	var n Network
	seen := map[string]int{}
	add := func(v any, k int) {
		m, _ := v.(map[string]any)
		id := vstr(m["id"])
		if i, ok := seen[id]; ok {
			n.Nodes[i].Meetings += k
			return
		}
		seen[id] = len(n.Nodes)
		n.Nodes = append(n.Nodes, ActorRank{Ref{id, vstr(m["name"])}, vstr(m["kind"]), vstr(m["affiliation"]), k})
	}
	for _, r := range rows {
		k := num(r["n"])
		add(r["a"], k)
		add(r["b"], k)
		a, _ := r["a"].(map[string]any)
		b, _ := r["b"].(map[string]any)
		n.Edges = append(n.Edges, NetworkEdge{vstr(a["id"]), vstr(b["id"]), k, vstr(r["first"]), vstr(r["last"])})
	}
	return n, nil
}

func vstr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

func num(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	case int:
		return n
	}
	return 0
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func vstrs(v any) []string {
	var out []string
	for _, x := range list(v) {
		out = append(out, vstr(x))
	}
	return out
}

func ints(v any) []int {
	var out []int
	for _, x := range list(v) {
		out = append(out, num(x))
	}
	return out
}

func ref(v any) Ref {
	m, _ := v.(map[string]any)
	return Ref{vstr(m["id"]), vstr(m["name"])}
}

// ArticleFact is a fact an article reports, with where in the text.
type ArticleFact struct {
	Kind, ID, Mode, Date, Text string
	Sentence                   int
	Trigger, Spans             []int
}

// ArticlePage is an article's text and what was extracted from it.
type ArticlePage struct {
	Ref
	Lang, Outlet, URL, Published, Path, Text string
	Facts                                    []ArticleFact
	Actors                                   []ActorRank
}

// Article reads one article with its facts and the actors it mentions.
func (s *Store) Article(ctx context.Context, id string) (ArticlePage, bool, error) {
	rows, err := s.rows(ctx, `MATCH (a:Article {id: $id})
		CALL (a) { MATCH (a)-[r:REPORTS]->(e)
		  RETURN collect({kind: labels(e)[0], id: e.id, mode: e.mode, date: e.date, text: coalesce(r.claim_text, e.text),
		    trigger: r.trigger, spans: r.spans, sentence: r.sentence})[..300] AS facts }
		CALL (a) { MATCH (a)-[m:MENTIONS]->(x:Actor) RETURN collect(x{.id, .name, .kind, n: m.count})[..300] AS actors }
		RETURN a{.id, .title, .lang, .outlet, .url, .published, .path, .text} AS a, facts, actors`, map[string]any{"id": id})
	if err != nil {
		return ArticlePage{}, false, fmt.Errorf("article %s: %w", id, err)
	}
	if len(rows) == 0 {
		return ArticlePage{}, false, nil
	}
	a, _ := rows[0]["a"].(map[string]any)
	p := ArticlePage{Ref: Ref{vstr(a["id"]), vstr(a["title"])}, Lang: vstr(a["lang"]), Outlet: vstr(a["outlet"]), URL: vstr(a["url"]),
		Published: vstr(a["published"]), Path: vstr(a["path"]), Text: vstr(a["text"])}
	for _, v := range list(rows[0]["facts"]) {
		f, _ := v.(map[string]any)
		p.Facts = append(p.Facts, ArticleFact{Kind: vstr(f["kind"]), ID: vstr(f["id"]), Mode: vstr(f["mode"]), Date: vstr(f["date"]),
			Text: vstr(f["text"]), Sentence: num(f["sentence"]), Trigger: ints(f["trigger"]), Spans: ints(f["spans"])})
	}
	for _, v := range list(rows[0]["actors"]) {
		m, _ := v.(map[string]any)
		p.Actors = append(p.Actors, ActorRank{Ref{vstr(m["id"]), vstr(m["name"])}, vstr(m["kind"]), "", num(m["n"])})
	}
	return p, true, nil
}
