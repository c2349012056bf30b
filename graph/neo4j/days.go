package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strconv"
	"strings"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley/parley/graph"
)

// MeetingDay nodes are the network's input, precomputed: the meetings of
// one date with one number of independent origins, in columns (ids,
// modes, languages, participants). The network of the newest meetings that
// pass a filter reads a few hundred of them off an index on (date,
// origins), newest first, instead of thousands of meetings with their
// participants. A meeting's date, origins, mode, languages and
// participants never change in place: the loader deletes a changed
// meeting and writes it anew, so the days follow from the meetings that
// went and came in each write (updateDays).
//
// Columns, one entry per meeting, sorted by id: ids; modes (empty when
// unknown); langs (the meeting's languages joined by spaces); actors (the
// participants' ids, sorted, joined by spaces). date is the meeting's date
// ("" when it has none) and key is date|origins.

// dayMeeting is one meeting as a MeetingDay holds it.
type dayMeeting struct {
	id, date, mode, langs, actors string
	origins                       int
}

func dayKey(date string, origins int) string { return date + "|" + strconv.Itoa(origins) }

// updateDays brings the MeetingDay nodes up to date with a write: the
// meetings that went (deleted; their ID and Date are used) and those that
// came (written; their ID is used, the rest is read back). Its cost is
// that of the days touched, not of the graph. The loader calls it once per
// batch, after the meetings are written.
func (b *batch) updateDays(gone, came []graph.MetInput) error {
	if len(gone) == 0 && len(came) == 0 {
		return nil
	}
	drop, dates := set{}, set{}
	for _, m := range gone {
		drop.add(m.ID)
		dates.add(m.Date)
	}
	var cameIDs []string
	for _, m := range came {
		drop.add(m.ID)
		cameIDs = append(cameIDs, m.ID)
	}
	recs, err := b.run(`UNWIND $ids AS id MATCH (m:Meeting {id: id}) RETURN `+dayMeetingFields, map[string]any{"ids": cameIDs})
	if err != nil {
		return err
	}
	add := map[string][]dayMeeting{}
	for _, r := range recs {
		m := dayMeetingOf(r)
		add[dayKey(m.date, m.origins)] = append(add[dayKey(m.date, m.origins)], m)
	}
	// The days that may hold a meeting that went (any origins), and those
	// that get one.
	keys := set{}
	for k := range add {
		keys.add(k)
	}
	recs, err = b.run(`CALL () {
			UNWIND $dates AS date MATCH (d:MeetingDay) WHERE d.date = date AND d.origins IS NOT NULL RETURN d
			UNION
			UNWIND $keys AS k MATCH (d:MeetingDay {key: k}) RETURN d
		}
		RETURN d.key AS key, d.date AS date, d.origins AS origins, d.ids AS ids, d.modes AS modes, d.langs AS langs, d.actors AS actors`,
		map[string]any{"dates": dates.list(), "keys": keys.list()})
	if err != nil {
		return err
	}
	days := map[string][]dayMeeting{}
	changed := set{}
	for _, r := range recs {
		k := str(r, "key")
		origins, _ := r.Get("origins")
		ms := dayColumns(str(r, "date"), num(origins), strs(r, "ids"), strs(r, "modes"), strs(r, "langs"), strs(r, "actors"))
		kept := ms[:0]
		for _, m := range ms {
			if drop[m.id] {
				changed.add(k)
				continue
			}
			kept = append(kept, m)
		}
		days[k] = kept
	}
	for k, ms := range add {
		days[k] = append(days[k], ms...)
		changed.add(k)
	}
	var write []map[string]any
	var empty []string
	for _, k := range changed.list() {
		ms := days[k]
		if len(ms) == 0 {
			empty = append(empty, k)
			continue
		}
		write = append(write, dayRow(k, ms))
	}
	if len(empty) > 0 {
		if _, err := b.run(`UNWIND $keys AS k MATCH (d:MeetingDay {key: k}) DELETE d`, map[string]any{"keys": empty}); err != nil {
			return err
		}
	}
	if len(write) > 0 {
		if _, err := b.run(`UNWIND $rows AS r MERGE (d:MeetingDay {key: r.key}) SET d = r`, map[string]any{"rows": write}); err != nil {
			return err
		}
	}
	return nil
}

func recordValue(r *bolt.Record, k string) any {
	v, _ := r.Get(k)
	return v
}

// dayMeetingFields reads a meeting m as a MeetingDay holds it (dayMeetingOf).
const dayMeetingFields = `m.id AS id, coalesce(m.date, '') AS date, m.origins AS origins, m.mode AS mode, m.langs AS langs,
	[(a:Actor)-[:ATTENDED]->(m) | a.id] AS actors`

func dayMeetingOf(r *bolt.Record) dayMeeting {
	origins, _ := r.Get("origins")
	actors := set{}
	actors.add(strs(r, "actors")...)
	return dayMeeting{id: str(r, "id"), date: str(r, "date"), mode: str(r, "mode"), langs: strings.Join(strs(r, "langs"), " "),
		actors: strings.Join(actors.list(), " "), origins: num(origins)}
}

// fillDays writes the MeetingDay nodes of a graph that has meetings but
// none of them (written before they existed), from all its meetings, in
// one transaction: a graph has either all its days or none. ApplySchema
// runs it; at 100,000 articles (160,000 meetings, 2,500 days) it reads
// the meetings in a few seconds.
func (s *Store) fillDays(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeWrite})
	defer sess.Close(context.Background())
	_, err := sess.ExecuteWrite(ctx, func(tx bolt.ManagedTransaction) (any, error) {
		b := &batch{ctx: ctx, tx: tx}
		recs, err := b.run(`RETURN EXISTS { MATCH (:MeetingDay) } AS days, EXISTS { MATCH (:Meeting) } AS meetings`, nil)
		if err != nil {
			return nil, err
		}
		days, _ := recs[0].Get("days")
		meetings, _ := recs[0].Get("meetings")
		if days == true || meetings != true {
			return nil, nil
		}
		res, err := tx.Run(ctx, `MATCH (m:Meeting) RETURN `+dayMeetingFields, nil)
		if err != nil {
			return nil, err
		}
		by := map[string][]dayMeeting{}
		for res.Next(ctx) {
			m := dayMeetingOf(res.Record())
			by[dayKey(m.date, m.origins)] = append(by[dayKey(m.date, m.origins)], m)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		var rows []map[string]any
		for _, k := range sortedIDs(by) {
			rows = append(rows, dayRow(k, by[k]))
		}
		for i := 0; i < len(rows); i += 500 {
			if _, err := b.run(`UNWIND $rows AS r CREATE (d:MeetingDay) SET d = r`, map[string]any{"rows": rows[i:min(i+500, len(rows))]}); err != nil {
				return nil, err
			}
		}
		slog.Info("schema: meeting days written", "days", len(rows))
		return nil, nil
	})
	if err != nil {
		return fmt.Errorf("fill meeting days: %w", err)
	}
	return nil
}

func dayColumns(date string, origins int, ids, modes, langs, actors []string) []dayMeeting {
	ms := make([]dayMeeting, 0, len(ids))
	at := func(xs []string, i int) string {
		if i < len(xs) {
			return xs[i]
		}
		return ""
	}
	for i, id := range ids {
		ms = append(ms, dayMeeting{id: id, date: date, origins: origins, mode: at(modes, i), langs: at(langs, i), actors: at(actors, i)})
	}
	return ms
}

// dayRow is a MeetingDay's properties, its meetings sorted by id.
func dayRow(key string, ms []dayMeeting) map[string]any {
	sort.Slice(ms, func(i, j int) bool { return ms[i].id < ms[j].id })
	ids, modes, langs, actors := make([]string, len(ms)), make([]string, len(ms)), make([]string, len(ms)), make([]string, len(ms))
	for i, m := range ms {
		ids[i], modes[i], langs[i], actors[i] = m.id, m.mode, m.langs, m.actors
	}
	return map[string]any{"key": key, "date": ms[0].date, "origins": ms[0].origins, "ids": ids, "modes": modes, "langs": langs, "actors": actors}
}

// networkFetch is how many MeetingDay rows one round trip brings: the
// network stops reading once it has its meetings.
const networkFetch = 64

// networkOfDays is the network of the newest f.Limit meetings that pass
// f (f.Actor and f.With unset), from the MeetingDay nodes: the same
// meetings (newest first, undated last, ties by id) as f.newest() selects.
// It reads only the columns the filter needs, and the ids only of the last
// date, where the limit cuts. ok is false when the graph has no MeetingDay
// nodes at all (their fill has not run): then the meetings must be read.
func (s *Store) networkOfDays(ctx context.Context, f MeetingFilter) (n Network, ok bool, err error) {
	c := []string{"d.origins >= $min", "d.date IS NOT NULL"}
	if f.From != "" {
		c = append(c, "d.date >= $from")
	}
	if f.To != "" {
		c = append(c, "d.date <= $to + '~' AND NOT d.date STARTS WITH '--' AND d.date <> ''")
	}
	cols := "d.date AS date, d.origins AS origins, d.actors AS actors"
	if f.Mode != "" {
		cols += ", d.modes AS modes"
	}
	if f.Lang != "" {
		cols += ", d.langs AS langs"
	}
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeRead, FetchSize: networkFetch})
	defer sess.Close(context.Background())
	p := f.params()
	res, err := sess.Run(ctx, `MATCH (d:MeetingDay) WHERE `+strings.Join(c, " AND ")+` RETURN `+cols+` ORDER BY d.date DESC`, p)
	if err != nil {
		return n, false, fmt.Errorf("network: %w", err)
	}
	// The meetings that pass, newest date first; those of the last date
	// read (where the limit may cut) with their day's origins and place in
	// its columns, to be ordered by id.
	var ms, last []dayMeeting
	type at struct{ origins, i int }
	var where []at
	lastDate, read, full := "", 0, false
	for res.Next(ctx) {
		read++
		r := res.Record()
		date := str(r, "date")
		if date != lastDate {
			if full {
				break // every meeting of the last date needed is in
			}
			ms, last, where, lastDate = append(ms, last...), nil, nil, date
		}
		origins, _ := r.Get("origins")
		modes, langs := strs(r, "modes"), strs(r, "langs")
		for i, a := range strs(r, "actors") {
			m := dayMeeting{date: date, actors: a}
			if f.Mode != "" && i < len(modes) {
				m.mode = modes[i]
			}
			if f.Lang != "" && i < len(langs) {
				m.langs = langs[i]
			}
			if f.passes(m) {
				last = append(last, m)
				where = append(where, at{num(origins), i})
			}
		}
		full = len(ms)+len(last) >= f.Limit
	}
	if err := res.Err(); err != nil {
		return n, false, fmt.Errorf("network: %w", err)
	}
	if _, err := res.Consume(ctx); err != nil {
		return n, false, fmt.Errorf("network: %w", err)
	}
	if read == 0 {
		res, err := sess.Run(ctx, `RETURN EXISTS { MATCH (:MeetingDay) } AS days`, nil)
		if err != nil {
			return n, false, fmt.Errorf("network: %w", err)
		}
		r, err := res.Single(ctx)
		if err != nil {
			return n, false, fmt.Errorf("network: %w", err)
		}
		if days, _ := r.Get("days"); days != true {
			return n, false, nil
		}
	}
	if need := f.Limit - len(ms); len(last) > need {
		// The limit cuts the last date: its meetings with the smallest ids.
		p["cut"] = lastDate
		res, err := sess.Run(ctx, `MATCH (d:MeetingDay) WHERE d.date = $cut AND d.origins >= $min RETURN d.origins AS origins, d.ids AS ids`, p)
		if err != nil {
			return n, false, fmt.Errorf("network: %w", err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return n, false, fmt.Errorf("network: %w", err)
		}
		ids := map[int][]string{}
		for _, r := range recs {
			o, _ := r.Get("origins")
			ids[num(o)] = strs(r, "ids")
		}
		for k, w := range where {
			if w.i < len(ids[w.origins]) {
				last[k].id = ids[w.origins][w.i]
			}
		}
		slices.SortFunc(last, func(a, b dayMeeting) int { return cmp.Compare(a.id, b.id) })
		last = last[:need]
	}
	n, err = s.networkOf(ctx, sess, append(ms, last...))
	return n, err == nil, err
}

// passes applies the filters the MeetingDay index does not: mode and
// language, as MeetingFilter.where does.
func (f MeetingFilter) passes(m dayMeeting) bool {
	if f.Mode != "" && m.mode != f.Mode && (f.Mode != graph.ModeCall || m.mode != graph.ModeVideo) {
		return false
	}
	if f.Lang != "" {
		found := false
		for _, l := range strings.Fields(m.langs) {
			found = found || l == f.Lang
		}
		if !found {
			return false
		}
	}
	return true
}

// pairEdges groups meetings by actor pair: each pair's meetings and first
// and last dates, and each actor's meetings summed over its pairs. Edges
// come in no particular order, as from the meetings query.
func pairEdges(ms []dayMeeting) ([]NetworkEdge, map[string]int) {
	type agg struct {
		n           int
		first, last string
	}
	// Actors as small numbers, a pair as one: the grouping costs map
	// lookups of integers, not of string pairs.
	index, names := map[string]uint64{}, []string{}
	at := make(map[uint64]int, len(ms))
	aggs, keys := make([]agg, 0, len(ms)), make([]uint64, 0, len(ms))
	var as []uint64
	for _, m := range ms {
		// actors is sorted and without repeats (dayMeetingOf).
		as = as[:0]
		for rest := m.actors; rest != ""; {
			var a string
			a, rest, _ = strings.Cut(rest, " ")
			x, ok := index[a]
			if !ok {
				x = uint64(len(names))
				index[a] = x
				names = append(names, a)
			}
			as = append(as, x)
		}
		for i := range as {
			for j := i + 1; j < len(as); j++ {
				k := as[i]<<32 | as[j]
				x, ok := at[k]
				if !ok {
					x = len(aggs)
					at[k] = x
					aggs = append(aggs, agg{})
					keys = append(keys, k)
				}
				a := &aggs[x]
				a.n++
				if m.date != "" && (a.first == "" || m.date < a.first) {
					a.first = m.date
				}
				if m.date > a.last {
					a.last = m.date
				}
			}
		}
	}
	edges := make([]NetworkEdge, 0, len(aggs))
	meetings := map[string]int{}
	for x, a := range aggs {
		src, dst := names[keys[x]>>32], names[keys[x]&(1<<32-1)]
		edges = append(edges, NetworkEdge{src, dst, a.n, a.first, a.last})
		meetings[src] += a.n
		meetings[dst] += a.n
	}
	return edges, meetings
}

// networkOf is the network of the meetings: their pairs' edges, and the
// actors with their names, kinds and affiliations.
func (s *Store) networkOf(ctx context.Context, sess bolt.SessionWithContext, ms []dayMeeting) (Network, error) {
	var n Network
	var meetings map[string]int
	n.Edges, meetings = pairEdges(ms)
	if len(meetings) == 0 {
		return n, nil
	}
	ids := sortedIDs(meetings)
	res, err := sess.Run(ctx, `UNWIND $ids AS id MATCH (a:Actor {id: id})
		RETURN collect(a.id) AS ids, collect(coalesce(a.name, '')) AS names, collect(coalesce(a.kind, '')) AS kinds, collect(coalesce(a.affiliation, '')) AS affs`,
		map[string]any{"ids": ids})
	if err != nil {
		return Network{}, fmt.Errorf("network actors: %w", err)
	}
	r, err := res.Single(ctx)
	if err != nil {
		return Network{}, fmt.Errorf("network actors: %w", err)
	}
	got, names, kinds, affs := strs(r, "ids"), strs(r, "names"), strs(r, "kinds"), strs(r, "affs")
	if len(names) != len(got) || len(kinds) != len(got) || len(affs) != len(got) {
		return Network{}, fmt.Errorf("network actors: %d ids, %d names, %d kinds, %d affiliations", len(got), len(names), len(kinds), len(affs))
	}
	found := map[string]bool{}
	for i, id := range got {
		found[id] = true
		n.Nodes = append(n.Nodes, ActorRank{Ref{id, names[i]}, kinds[i], affs[i], meetings[id]})
	}
	// An id without an actor (none, in a consistent graph) is left out
	// with its edges, as the meetings query leaves it out.
	if len(found) < len(ids) {
		edges := n.Edges[:0]
		for _, e := range n.Edges {
			if found[e.Source] && found[e.Target] {
				edges = append(edges, e)
			}
		}
		n.Edges = edges
	}
	return n, nil
}
