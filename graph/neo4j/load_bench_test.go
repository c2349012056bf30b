package neo4j

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
)

// synthCorpus makes n articles' facts, deterministically: actors from a
// pool of 300, meetings on days of 2019-2020 (a fifth without a year, a
// tenth without a day), some statements, and a third of the articles
// translations of an earlier one (same events, another language), so that
// merging and SAME_STORY have work to do.
func synthCorpus(n int, seed int64) []graph.Facts {
	r := rand.New(rand.NewSource(seed))
	langs := []string{"ur", "ar", "de", "en", "fr", "it", "tr", "es", "ru"}
	actor := func() string { return fmt.Sprintf("actor-%03d", int(r.ExpFloat64()*40)%300) }
	out := make([]graph.Facts, 0, n)
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("syn-%06d", i)
		lang := langs[r.Intn(len(langs))]
		if i > 0 && r.Intn(3) == 0 { // a translation of an earlier article
			src := out[r.Intn(len(out))]
			f := src
			f.Article = hArticle(id, lang)
			f.Statements = append([]graph.Statement(nil), src.Statements...)
			for k := range f.Statements {
				f.Statements[k].Lang = lang
				f.Statements[k].Text = fmt.Sprintf("%s in %s", f.Statements[k].Text, lang)
			}
			out = append(out, f)
			continue
		}
		var ms []graph.Meeting
		for k := 0; k < 1+r.Intn(3); k++ {
			date := fmt.Sprintf("%d-%02d-%02d", 2019+r.Intn(2), 1+r.Intn(12), 1+r.Intn(28))
			switch r.Intn(10) {
			case 0, 1:
				date = "--" + date[5:]
			case 2:
				date = date[:7]
			}
			as := []string{actor(), actor()}
			if r.Intn(3) == 0 {
				as = append(as, actor())
			}
			if as[0] == as[1] {
				as[1] = fmt.Sprintf("actor-%03d", 299-r.Intn(100))
			}
			mode := []string{graph.ModeInPerson, graph.ModeCall, graph.ModeVisit}[r.Intn(3)]
			place := ""
			if mode != graph.ModeCall && r.Intn(2) == 0 {
				place = fmt.Sprintf("place-%02d", r.Intn(30))
			}
			ms = append(ms, hMeeting(mode, date, place, as...))
		}
		f := hFacts(hArticle(id, lang), ms...)
		for k := 0; k < r.Intn(3); k++ {
			sp := ms[0].Participants[0].Actor
			d := ms[0].Date
			f.Statements = append(f.Statements, graph.Statement{Speaker: sp, Text: fmt.Sprintf("statement %d of %s", k, id), Quote: k == 0,
				Lang: lang, Date: d, Evidence: graph.Evidence{Start: 200 + k*50, End: 240 + k*50, Confidence: 0.7, Rule: "syn.say"}})
		}
		out = append(out, f)
	}
	return out
}

func extractCorpus(b *testing.B, path string) []graph.Facts {
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var fs []graph.Facts
	err = extract.Read(path, func(a graph.Article, err error) error {
		if err != nil {
			return err
		}
		f, err := x.Article(a)
		if err != nil {
			return err
		}
		fs = append(fs, f)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return fs
}

func benchSize(def int) int {
	if v, err := strconv.Atoi(os.Getenv("PARLEY_BENCH_ARTICLES")); err == nil && v > 0 {
		return v
	}
	return def
}

// benchFacts are the facts the load benchmarks write: those the extractor
// finds in PARLEY_BENCH_CORPUS when set, else PARLEY_BENCH_ARTICLES
// generated ones.
func benchFacts(b *testing.B) []graph.Facts {
	if path := os.Getenv("PARLEY_BENCH_CORPUS"); path != "" {
		return extractCorpus(b, path)
	}
	return synthCorpus(benchSize(500), 1)
}

// BenchmarkLoad loads PARLEY_BENCH_ARTICLES synthetic articles (default
// 500; bench/ runs 10,000) into an empty database in batches of 500
// (PARLEY_BENCH_BATCH, the incremental loader), then again with the first-load
// path (Bulk: the merge in memory, written in bulk), then writes the same final graph with one plain
// UNWIND ... CREATE script per label and type (Neo4j's bulk path, no
// merging), and reports all three and the ratios. Run with -benchtime=1x.
//
// With PARLEY_BENCH_CORPUS naming a JSONL corpus (bench/corpus), the facts
// are instead those the extractor finds in it: the rows the loader really
// writes for that corpus.
func BenchmarkLoad(b *testing.B) {
	fs := benchFacts(b)
	n := len(fs)
	ents := entries(fs...)
	b.StopTimer()
	s := fresh(b)
	ctx := context.Background()
	batch := 500
	if v, err := strconv.Atoi(os.Getenv("PARLEY_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	t0 := time.Now()
	var st WriteStats
	for i := 0; i < len(ents); i += batch {
		w, err := s.Write(ctx, ents[i:min(i+batch, len(ents))], nil, WriteOptions{})
		if err != nil {
			b.Fatal(err)
		}
		st.Add(w)
	}
	parley := time.Since(t0)
	for _, k := range sortedIDs(st.Phases) {
		b.Logf("phase %-12s %6.2fs", k, st.Phases[k].Seconds())
	}
	c, _ := s.Counts(ctx)

	// Parley's first load into an empty database: the merge in memory,
	// written in bulk (what `parley load` does there).
	s = fresh(b)
	t0 = time.Now()
	k, err := s.NewBulk(ctx, WriteOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range ents {
		if err := k.Add(e); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := k.Finish(); err != nil {
		b.Fatal(err)
	}
	first := time.Since(t0)

	doc := graph.Build(ents, nil)
	s = fresh(b)
	t0 = time.Now()
	if err := bulkCreate(ctx, s, doc); err != nil {
		b.Fatal(err)
	}
	bulk := time.Since(t0)
	elems := float64(c.Nodes + c.Relationships)
	b.ReportMetric(float64(n)/parley.Seconds(), "articles/s")
	b.ReportMetric(elems/parley.Seconds(), "elements/s")
	b.ReportMetric(elems/bulk.Seconds(), "bulk-elements/s")
	b.ReportMetric(parley.Seconds()/bulk.Seconds(), "x-bulk")
	b.ReportMetric(first.Seconds()/bulk.Seconds(), "first-x-bulk")
	b.Logf("%d articles -> %d nodes, %d relationships; parley incremental %.2fs (%d batches of %d), parley first load %.2fs, bulk UNWIND CREATE %.2fs; ratios %.2f and %.2f",
		n, c.Nodes, c.Relationships, parley.Seconds(), (n+batch-1)/batch, batch, first.Seconds(), bulk.Seconds(), parley.Seconds()/bulk.Seconds(), first.Seconds()/bulk.Seconds())
}

// BenchmarkBulk is BenchmarkLoad's baseline alone: the graph Parley would
// write for the same corpus, sent with plain UNWIND ... CREATE scripts. At
// 100,000 articles, where BenchmarkLoad's own load would run for long, the
// ratio is taken against `parley load` of the same JSONL (bench/scale.sh).
func BenchmarkBulk(b *testing.B) {
	fs := benchFacts(b)
	n := len(fs)
	doc := graph.Build(entries(fs...), nil)
	b.StopTimer()
	// Warm the server first, as BenchmarkLoad's bulk run is warmed by the
	// load before it: a cold JVM would flatter Parley's ratio on small sizes.
	s := fresh(b)
	ctx := context.Background()
	if err := bulkCreate(ctx, s, graph.Build(entries(fs[:min(len(fs), 500)]...), nil)); err != nil {
		b.Fatal(err)
	}
	s = fresh(b)
	t0 := time.Now()
	if err := bulkCreate(ctx, s, doc); err != nil {
		b.Fatal(err)
	}
	bulk := time.Since(t0)
	elems := float64(len(doc.Nodes) + len(doc.Relationships))
	b.ReportMetric(elems/bulk.Seconds(), "bulk-elements/s")
	b.ReportMetric(bulk.Seconds(), "bulk-s")
	b.Logf("%d articles -> %d nodes, %d relationships; bulk UNWIND CREATE %.2fs", n, len(doc.Nodes), len(doc.Relationships), bulk.Seconds())
}

// BenchmarkBuild is the in-memory merge alone: graph.Build over the facts
// of PARLEY_BENCH_CORPUS (or generated ones), what `parley extract` and the
// first load compute before they write. No database. Run with
// -benchtime=1x -benchmem, and -cpuprofile to see where it goes.
func BenchmarkBuild(b *testing.B) {
	ents := entries(benchFacts(b)...)
	b.ResetTimer()
	for range b.N {
		doc := graph.Build(ents, nil)
		b.ReportMetric(float64(len(doc.Nodes)+len(doc.Relationships)), "elements")
	}
}

// bulkCreate writes a document with plain UNWIND ... CREATE statements, in
// chunks of 10,000 rows, after the same schema: the baseline.
func bulkCreate(ctx context.Context, s *Store, doc graph.Document) error {
	byLabel := map[string][]map[string]any{}
	for _, n := range doc.Nodes {
		byLabel[n.Labels[0]] = append(byLabel[n.Labels[0]], map[string]any(n.Properties))
	}
	type spec struct{ typ, from, to string }
	byType := map[spec][]map[string]any{}
	labelOf := map[string]string{}
	for _, n := range doc.Nodes {
		labelOf[n.ID] = n.Labels[0]
	}
	for _, r := range doc.Relationships {
		k := spec{r.Type, labelOf[r.Start], labelOf[r.End]}
		byType[k] = append(byType[k], map[string]any{"s": stripPlace(r.Start), "e": stripPlace(r.End), "p": map[string]any(r.Properties)})
	}
	chunks := func(rows []map[string]any, fn func([]map[string]any) error) error {
		for i := 0; i < len(rows); i += 10000 {
			if err := fn(rows[i:min(i+10000, len(rows))]); err != nil {
				return err
			}
		}
		return nil
	}
	for label, rows := range byLabel {
		if err := chunks(rows, func(c []map[string]any) error {
			_, err := s.query(ctx, `UNWIND $rows AS r CREATE (n:`+label+`) SET n = r`, map[string]any{"rows": c})
			return err
		}); err != nil {
			return err
		}
	}
	for k, rows := range byType {
		if err := chunks(rows, func(c []map[string]any) error {
			_, err := s.query(ctx, `UNWIND $rows AS r MATCH (a:`+k.from+` {id: r.s}) MATCH (b:`+k.to+` {id: r.e}) CREATE (a)-[x:`+k.typ+`]->(b) SET x = r.p`, map[string]any{"rows": c})
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

func stripPlace(id string) string {
	if len(id) > 6 && id[:6] == "place:" {
		return id[6:]
	}
	return id
}
