package neo4j

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley/parley/graph"
)

// MeetingDay nodes are the network's input, precomputed: the meetings of
// one date with one number of independent origins, in columns (ids,
// modes, languages, participants); once for all actors (actor "") and
// once for each participant. The network of the newest meetings that pass
// a filter (of one actor's, for the ego view) reads a few hundred of them
// off an index on (actor, date, origins), newest first, instead of
// thousands of meetings with their participants. A meeting's date, origins, mode, languages and
// participants never change in place: the loader deletes a changed
// meeting and writes it anew, so the days follow from the meetings that
// went and came in each write (updateDays).
//
// Columns, one entry per meeting, sorted by id: ids; modes (empty when
// unknown); langs (the meeting's languages joined by spaces); actors (the
// participants' ids, sorted, joined by spaces). date is the meeting's date
// ("" when it has none) and key is actor|date|origins.

// dayMeeting is one meeting as a MeetingDay holds it.
type dayMeeting struct {
	id, date, mode, langs, actors string
	origins                       int
}

// dayID names a MeetingDay: every meeting is in the day of its date and
// origin count (actor "") and in the day of each participant, so that an
// actor's network reads that actor's days.
type dayID struct {
	actor, date string
	origins     int
}

func (d dayID) key() string { return d.actor + "|" + d.date + "|" + strconv.Itoa(d.origins) }

// daysOf lists the days a meeting is in.
func daysOf(m dayMeeting) []dayID {
	out := []dayID{{"", m.date, m.origins}}
	for _, a := range strings.Fields(m.actors) {
		out = append(out, dayID{a, m.date, m.origins})
	}
	return out
}

// updateDays brings the MeetingDay nodes up to date with a write: the
// meetings that went (deleted; their ID and Date are used) and those that
// came (written; their ID is used, the rest is read back). Its cost is
// that of the days touched, not of the graph. The loader calls it once per
// batch, after the meetings are written.
func (b *batch) updateDays(gone, came []graph.MetInput) error {
	if len(gone) == 0 && len(came) == 0 {
		return nil
	}
	drop := set{}
	type actorDate struct{ a, d string }
	seen := map[actorDate]bool{}
	var where []map[string]any
	for _, m := range gone {
		drop.add(m.ID)
		for _, a := range append([]string{""}, m.Actors...) {
			if k := (actorDate{a, m.Date}); !seen[k] {
				seen[k] = true
				where = append(where, map[string]any{"a": a, "d": m.Date})
			}
		}
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
	add := map[dayID][]dayMeeting{}
	for _, r := range recs {
		m := dayMeetingOf(r)
		for _, d := range daysOf(m) {
			add[d] = append(add[d], m)
		}
	}
	// The days that may hold a meeting that went (its date, any origins,
	// for it and each participant), and those that get one.
	var keys []string
	for d := range add {
		keys = append(keys, d.key())
	}
	recs, err = b.run(`CALL () {
			UNWIND $where AS x MATCH (d:MeetingDay) WHERE d.actor = x.a AND d.date = x.d AND d.origins IS NOT NULL RETURN d
			UNION
			UNWIND $keys AS k MATCH (d:MeetingDay {key: k}) RETURN d
		}
		RETURN d.actor AS actor, d.date AS date, d.origins AS origins, d.ids AS ids, d.modes AS modes, d.langs AS langs, d.actors AS actors`,
		map[string]any{"where": where, "keys": keys})
	if err != nil {
		return err
	}
	days := map[dayID][]dayMeeting{}
	changed := map[dayID]bool{}
	for _, r := range recs {
		origins, _ := r.Get("origins")
		d := dayID{str(r, "actor"), str(r, "date"), num(origins)}
		ms := dayColumns(d.date, d.origins, strs(r, "ids"), strs(r, "modes"), strs(r, "langs"), strs(r, "actors"))
		kept := ms[:0]
		for _, m := range ms {
			if drop[m.id] {
				changed[d] = true
				continue
			}
			kept = append(kept, m)
		}
		days[d] = kept
	}
	for d, ms := range add {
		days[d] = append(days[d], ms...)
		changed[d] = true
	}
	var write []map[string]any
	var empty []string
	for d := range changed {
		ms := days[d]
		if len(ms) == 0 {
			empty = append(empty, d.key())
			continue
		}
		write = append(write, dayRow(d, ms))
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

// dayFillLabel marks a fill of the MeetingDay nodes under way (or cut
// short): one node (id "fill", unique), whose through property is the last
// date whose days are written ("" for the undated meetings, absent before
// the first batch) and owner the fill that writes them. While it exists
// the network does not read the days (networkOfDays reports them missing,
// so the meetings are read) and the next ApplySchema completes the fill
// from where it stopped.
const dayFillLabel = "MeetingDayFill"

// errFillTakenOver stops a fill whose marker another fill (another
// process's ApplySchema) has taken over: that one completes it.
var errFillTakenOver = errors.New("another fill took over")

// dayFillBatch is about how many meetings each transaction of the fill
// reads (all the meetings of a date go into one batch); a variable so
// that the tests can make batches small.
var dayFillBatch = 10000

// dayFillAfterBatch, when set (by tests), runs after each committed batch
// of the fill with the number of batches done.
var dayFillAfterBatch func(done int)

// fillDays writes the MeetingDay nodes of a graph that has meetings but
// none of them (written before they existed), or completes a fill that
// was cut short. It works in batches of dates, each one transaction that
// writes the days of its dates and moves the marker's through to its last
// date, so that a fill stopped at any point (a deadline, a crash) leaves
// the days of the dates up to through complete and the marker in place;
// the next run deletes any day after through (a load cannot run between:
// it applies the schema first) and goes on from there. Dates sort as
// strings, the undated meetings ("") first. Two fills at once (two
// processes applying the schema) do not mix: each transaction first
// locks the marker and checks that its fill still owns it, and a fill
// that starts takes the marker over, so the older one stops. ApplySchema
// runs it; at 100,000 articles (166,000 meetings, 132,000 days) it takes
// about 10 s in 18 batches.
func (s *Store) fillDays(ctx context.Context) error {
	rows, err := s.rows(ctx, `OPTIONAL MATCH (f:`+dayFillLabel+`) WITH f LIMIT 1
		RETURN f IS NOT NULL AS filling, f.through AS through, EXISTS { MATCH (:MeetingDay) } AS days, EXISTS { MATCH (:Meeting) } AS meetings`, nil)
	if err != nil {
		return fmt.Errorf("fill meeting days: %w", err)
	}
	if len(rows) == 0 {
		return errors.New("fill meeting days: no state")
	}
	r := rows[0]
	if r["filling"] != true && (r["days"] == true || r["meetings"] != true) {
		return nil
	}
	// Start the fill, or take over one cut short (or still running in
	// another process, which stops at its next batch): the marker's lock
	// orders this with that fill's batches, so through is read after the
	// last one it committed.
	me := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	rows, err = s.rows(ctx, `MERGE (f:`+dayFillLabel+` {id: 'fill'}) ON CREATE SET f.started = datetime()
		SET f.owner = $me RETURN f.through AS through`, map[string]any{"me": me})
	if err != nil {
		return fmt.Errorf("fill meeting days: mark: %w", err)
	}
	if len(rows) == 0 {
		return errors.New("fill meeting days: no marker")
	}
	through, resumed := rows[0]["through"].(string)
	if resumed || r["filling"] == true {
		slog.Info("schema: completing a fill of the meeting days cut short", "through", through)
	}
	t0 := time.Now()
	// The days past the last batch done: none, unless a write came
	// between (they are recomputed with their dates' meetings).
	for {
		var gone int
		err := s.fillTx(ctx, me, func(b *batch) error {
			recs, err := b.run(`MATCH (d:MeetingDay) WHERE $all OR d.date > $through WITH d LIMIT 10000 DELETE d RETURN count(*) AS n`,
				map[string]any{"all": !resumed, "through": through})
			if err == nil && len(recs) > 0 {
				n, _ := recs[0].Get("n")
				gone = num(n)
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("fill meeting days: clear: %w", err)
		}
		if gone == 0 {
			break
		}
	}
	// The batches: runs of dates with about dayFillBatch meetings.
	rows, err = s.rows(ctx, `MATCH (m:Meeting) WITH coalesce(m.date, '') AS date, count(*) AS n
		WHERE $all OR date > $through RETURN date, n ORDER BY date`, map[string]any{"all": !resumed, "through": through})
	if err != nil {
		return fmt.Errorf("fill meeting days: dates: %w", err)
	}
	type span struct{ lo, hi string }
	var spans []span
	for i, n := 0, 0; i < len(rows); i++ {
		d := vstr(rows[i]["date"])
		if n == 0 || d == "" || spans[len(spans)-1].lo == "" {
			spans, n = append(spans, span{d, d}), 0
		}
		spans[len(spans)-1].hi = d
		if n += num(rows[i]["n"]); n >= dayFillBatch {
			n = 0
		}
	}
	days := 0
	for i, sp := range spans {
		k, err := s.fillDaysBatch(ctx, me, sp.lo, sp.hi)
		if err != nil {
			return fmt.Errorf("fill meeting days %q to %q: %w", sp.lo, sp.hi, err)
		}
		days += k
		if dayFillAfterBatch != nil {
			dayFillAfterBatch(i + 1)
		}
	}
	if err := s.fillTx(ctx, me, func(b *batch) error {
		_, err := b.run(`MATCH (f:`+dayFillLabel+` {id: 'fill'}) DELETE f`, nil)
		return err
	}); err != nil {
		return fmt.Errorf("fill meeting days: unmark: %w", err)
	}
	slog.Info("schema: meeting days written", "days", days, "batches", len(spans), "ms", time.Since(t0).Milliseconds())
	return nil
}

// fillTx runs do in one write transaction that first locks the fill's
// marker and checks that the fill me still owns it (errFillTakenOver if
// not).
func (s *Store) fillTx(ctx context.Context, me string, do func(b *batch) error) error {
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeWrite})
	defer sess.Close(context.Background())
	_, err := sess.ExecuteWrite(ctx, func(tx bolt.ManagedTransaction) (any, error) {
		b := &batch{ctx: ctx, tx: tx}
		recs, err := b.run(`MATCH (f:`+dayFillLabel+` {id: 'fill'}) SET f.locked = true REMOVE f.locked RETURN f.owner AS owner`, nil)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 || str(recs[0], "owner") != me {
			return nil, errFillTakenOver
		}
		return nil, do(b)
	})
	return err
}

// fillDaysBatch writes, in one transaction, the days of the meetings dated
// lo to hi (lo = hi = "": the undated ones) and moves the fill's marker to
// hi.
func (s *Store) fillDaysBatch(ctx context.Context, me, lo, hi string) (int, error) {
	days := 0
	err := s.fillTx(ctx, me, func(b *batch) error {
		where := `m.date >= $lo AND m.date <= $hi`
		if hi == "" {
			where = `m.date IS NULL OR m.date = ''`
		}
		res, err := b.tx.Run(b.ctx, `MATCH (m:Meeting) WHERE `+where+` RETURN `+dayMeetingFields, map[string]any{"lo": lo, "hi": hi})
		if err != nil {
			return err
		}
		var ms []dayMeeting
		for res.Next(b.ctx) {
			ms = append(ms, dayMeetingOf(res.Record()))
		}
		if err := res.Err(); err != nil {
			return err
		}
		rows := dayRows(ms)
		for i := 0; i < len(rows); i += 5000 {
			if _, err := b.run(`UNWIND $rows AS r CREATE (d:MeetingDay) SET d = r`, map[string]any{"rows": rows[i:min(i+5000, len(rows))]}); err != nil {
				return err
			}
		}
		if _, err := b.run(`MATCH (f:`+dayFillLabel+` {id: 'fill'}) SET f.through = $hi`, map[string]any{"hi": hi}); err != nil {
			return err
		}
		days = len(rows)
		return nil
	})
	return days, err
}

// dayRows are the MeetingDay nodes of a whole graph's meetings.
func dayRows(ms []dayMeeting) []map[string]any {
	by := map[dayID][]dayMeeting{}
	for _, m := range ms {
		for _, d := range daysOf(m) {
			by[d] = append(by[d], m)
		}
	}
	rows := make([]map[string]any, 0, len(by))
	for d, ms := range by {
		rows = append(rows, dayRow(d, ms))
	}
	return rows
}

// dayMeetingFrom is a meeting as a MeetingDay holds it, from the Meeting
// node's properties (graph.MeetingGraph), for a load that has them at hand.
func dayMeetingFrom(p graph.Props) dayMeeting {
	str := func(k string) string { v, _ := p[k].(string); return v }
	list := func(k string) string { v, _ := p[k].([]string); return strings.Join(v, " ") }
	return dayMeeting{id: str("id"), date: str("date"), mode: str("mode"), langs: list("langs"), actors: list("actors"), origins: num(p["origins"])}
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
func dayRow(d dayID, ms []dayMeeting) map[string]any {
	sort.Slice(ms, func(i, j int) bool { return ms[i].id < ms[j].id })
	ids, modes, langs, actors := make([]string, len(ms)), make([]string, len(ms)), make([]string, len(ms)), make([]string, len(ms))
	for i, m := range ms {
		ids[i], modes[i], langs[i], actors[i] = m.id, m.mode, m.langs, m.actors
	}
	return map[string]any{"key": d.key(), "actor": d.actor, "date": d.date, "origins": d.origins, "ids": ids, "modes": modes, "langs": langs, "actors": actors}
}

// networkOfDays is the network of the newest f.Limit meetings that pass
// f (those f.Actor attended, when set), from the MeetingDay nodes: the same
// meetings (newest first, undated last, ties by id) as f.newest() selects.
// It reads only the columns the filter needs, and the ids only of the last
// date, where the limit cuts. ok is false when the graph has no MeetingDay
// nodes at all (their fill has not run) or their fill is under way or was
// cut short: then the meetings must be read.
func (s *Store) networkOfDays(ctx context.Context, f MeetingFilter) (n Network, ok bool, err error) {
	c := []string{"d.actor = $dayActor", "d.origins >= $min", "d.date IS NOT NULL"}
	if f.From != "" {
		c = append(c, "d.date >= $from")
	}
	if f.To != "" {
		c = append(c, "d.date <= $to + '~' AND NOT d.date STARTS WITH '--' AND d.date <> ''")
	}
	cols, names := "collect(d.date) AS dates, collect(d.origins) AS origins, collect(d.actors) AS actors", "dates, origins, actors"
	if f.Mode != "" {
		cols, names = cols+", collect(d.modes) AS modes", names+", modes"
	}
	if f.Lang != "" {
		cols, names = cols+", collect(d.langs) AS langs", names+", langs"
	}
	// While a fill of the days is under way or was cut short, the
	// days are not to be read (fillDays).
	names += ", EXISTS { MATCH (:" + dayFillLabel + ") } AS filling"
	sess := s.driver.NewSession(ctx, bolt.SessionConfig{DatabaseName: s.db, AccessMode: bolt.AccessModeRead})
	defer sess.Close(context.Background())
	p := f.params()
	p["dayActor"] = f.Actor
	// The days come in pages, newest first, each page one record (the
	// driver's cost is per record): a page ends before its last date,
	// whose days the next page reads whole. Ordered by the whole index
	// key (actor is fixed), Neo4j reads the index in order and stops at
	// the page's end; ordered by date alone it read and sorted every day
	// in the range (1,222 index rows for a page of 128 at 100,000
	// articles, against 180).
	// Room for the limit's meetings at once: growing these slices of
	// structs of strings was a fifth of the request's Go CPU.
	ms, last := make([]dayMeeting, 0, f.Limit+64), make([]dayMeeting, 0, 64)
	type at struct{ origins, i int }
	var where []at
	lastDate, read, full, done := "", 0, false, false
	pageSize, before, bounded := firstDayPage, "", false
	for !done {
		q := c
		if bounded {
			q = append(q, "d.date <= $before")
		}
		p["page"], p["before"] = pageSize, before
		res, err := sess.Run(ctx, `MATCH (d:MeetingDay) WHERE `+strings.Join(q, " AND ")+`
			WITH d ORDER BY d.actor DESC, d.date DESC, d.origins DESC LIMIT $page WITH `+cols+` RETURN `+names, p)
		if err != nil {
			return n, false, fmt.Errorf("network: %w", err)
		}
		r, err := res.Single(ctx)
		if err != nil {
			return n, false, fmt.Errorf("network: %w", err)
		}
		if filling, _ := r.Get("filling"); filling == true {
			return n, false, nil
		}
		dates, origins := strs(r, "dates"), list(recordValue(r, "origins"))
		actors, modes, langs := list(recordValue(r, "actors")), list(recordValue(r, "modes")), list(recordValue(r, "langs"))
		rows := len(dates)
		if rows == pageSize {
			// Leave the page's last date to the next page.
			for rows > 0 && dates[rows-1] == dates[len(dates)-1] {
				rows--
			}
			if rows == 0 {
				pageSize *= 2 // one date fills the page
				continue
			}
			before, bounded = dates[rows], true
		} else {
			done = true
		}
		for k := 0; k < rows; k++ {
			read++
			date := dates[k]
			if date != lastDate {
				if full {
					done = true
					break // every meeting of the last date needed is in
				}
				ms, last, where, lastDate = append(ms, last...), last[:0], where[:0], date
			}
			var md, lg []string
			if k < len(modes) {
				md = vstrs(modes[k])
			}
			if k < len(langs) {
				lg = vstrs(langs[k])
			}
			o := 0
			if k < len(origins) {
				o = num(origins[k])
			}
			var as []any
			if k < len(actors) {
				as = list(actors[k])
			}
			for i, a := range as {
				m := dayMeeting{date: date, actors: vstr(a)}
				if i < len(md) {
					m.mode = md[i]
				}
				if i < len(lg) {
					m.langs = lg[i]
				}
				if f.passes(m) {
					last = append(last, m)
					where = append(where, at{o, i})
				}
			}
			full = len(ms)+len(last) >= f.Limit
		}
		pageSize = nextPage(pageSize, f.Limit, len(ms)+len(last), read)
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
		res, err := sess.Run(ctx, `MATCH (d:MeetingDay) WHERE d.actor = $dayActor AND d.date = $cut AND d.origins >= $min RETURN d.origins AS origins, d.ids AS ids`, p)
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

// firstDayPage is the first page's size in day rows (a variable so that
// the tests can make pages small).
var firstDayPage = 128

// nextPage sizes the next page of days: about as many as the meetings
// still needed take at the rate of the days read so far (meetings per
// day row), with a margin, instead of doubling blindly: the filtered
// network at 100,000 articles needs about 135 days of 2,000 meetings, and
// a doubled second page read 256 days' columns for the last few. Without
// a rate yet (nothing passed), it doubles.
func nextPage(size, limit, have, rows int) int {
	if have == 0 || rows == 0 {
		return min(size*2, 4096)
	}
	// Rows (one per date and origin count) per meeting that passed.
	need := (limit - have) * rows / have
	return max(16, min(need+need/4+8, 4096))
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
