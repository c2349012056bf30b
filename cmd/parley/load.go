package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
)

func init() {
	register("load", "extract facts from articles and write them to Neo4j", loadCmd)
}

func loadCmd(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "load", "PATH...", "Reads articles (.txt, .md, .jsonl; directories are searched), extracts their facts and\n"+
		"writes them to Neo4j, merging reports of one event across articles. Unchanged articles are\n"+
		"skipped, changed ones replaced. Bad files are reported and skipped; the exit status is 1\n"+
		"when any failed.")
	opt := loadOptions{}
	fs.IntVar(&opt.batch, "batch", 500, "articles per write transaction")
	fs.IntVar(&opt.workers, "workers", runtime.GOMAXPROCS(0), "extraction goroutines")
	fs.DurationVar(&opt.timeout, "timeout", 5*time.Minute, "bound on one write transaction")
	fs.BoolVar(&opt.incremental, "incremental", false, "merge batch by batch even into an empty database (the bulk path is the default there)")
	memLimit := fs.Int("mem-limit", 400, "soft limit on the loader's heap in MiB, unless GOMEMLIMIT is set (0: none)")
	if err := parse(fs, args); err != nil {
		return err
	}
	// The first load keeps every claim for the merge (about 2.5 KB per
	// article); extraction makes garbage fast. Without a limit the heap
	// would be let grow to twice what is live.
	if *memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(*memLimit) << 20)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	sum, err := load(ctx, e, st, fs.Args(), opt)
	fmt.Fprintln(e.stdout, sum)
	if err != nil {
		return err
	}
	if sum.errors > 0 {
		return exitCode(1)
	}
	return nil
}

// openStore opens the configured database, checks that it answers and
// applies the schema.
func openStore(ctx context.Context, e *env) (*neo4j.Store, error) {
	st, err := neo4j.Open(e.cfg.Neo4j)
	if err != nil {
		return nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := st.Ping(pctx); err != nil {
		st.Close(context.Background())
		return nil, fmt.Errorf("neo4j at %s: %w", e.cfg.Neo4j.URI, err)
	}
	if err := st.ApplySchema(pctx); err != nil {
		st.Close(context.Background())
		return nil, err
	}
	return st, nil
}

type loadOptions struct {
	batch, workers int
	timeout        time.Duration
	incremental    bool // never the bulk path, even into an empty database
}

// summary is the closing line of a load.
type summary struct {
	files, articles, errors int
	neo4j.WriteStats
	counts  neo4j.Counts
	elapsed time.Duration
}

func (s summary) String() string {
	rate := 0.0
	if secs := s.elapsed.Seconds(); secs > 0 {
		rate = float64(s.articles) / secs
	}
	return fmt.Sprintf("loaded: files=%d articles=%d new=%d updated=%d unchanged=%d removed=%d errors=%d | graph: actors=%d meetings=%d statements=%d articles=%d | %.1fs (%.0f articles/s)",
		s.files, s.articles, s.New, s.Updated, s.Unchanged, s.Removed, s.errors,
		s.counts.Actors, s.counts.Meetings, s.counts.Statements, s.counts.Articles, s.elapsed.Seconds(), rate)
}

// job is one article on its way from a file to the database.
type job struct {
	path    string
	article graph.Article
}

type result struct {
	path  string
	entry *graph.Entry
	err   error
}

// load reads, extracts and writes. Extraction runs on several goroutines;
// a single writer batches whole articles into transactions (concurrent
// writers would contend for the same meeting and actor nodes). A bad
// article or file is reported on stderr, one line naming it and the reason,
// and the run goes on.
func load(ctx context.Context, e *env, st *neo4j.Store, paths []string, opt loadOptions) (summary, error) {
	start := time.Now()
	var sum summary
	files, ferrs := extract.Files(paths...)
	sum.files = len(files)
	failedFiles := map[string]bool{}
	for _, err := range ferrs {
		sum.errors++
		fmt.Fprintf(e.stderr, "parley load: %v\n", err)
	}
	x, err := extract.New()
	if err != nil {
		return sum, fmt.Errorf("extractor: %w", err)
	}
	// Into an empty database, the merge is computed in memory and written
	// the way Neo4j's bulk path writes (neo4j.Bulk); later loads merge
	// batch by batch with what is stored.
	var bulk *neo4j.Bulk
	if !opt.incremental {
		pctx, pcancel := context.WithTimeout(ctx, 10*time.Minute)
		empty, err := st.Prepare(pctx)
		pcancel()
		if err != nil {
			return sum, err
		}
		if empty {
			if bulk, err = st.NewBulk(ctx, neo4j.WriteOptions{Fold: extract.Fold, Timeout: opt.timeout}); err != nil {
				return sum, err
			}
			e.log.Info("empty database: bulk load")
		}
	}
	if opt.batch <= 0 {
		opt.batch = 500
	}
	if opt.workers <= 0 {
		opt.workers = 1
	}
	bar := newProgress(e, len(files))

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 4*opt.workers)
	results := make(chan result, 4*opt.workers)
	seen := map[string][]string{} // path -> article ids read from it, for stale removal
	var seenMu sync.Mutex
	// Reader: one article at a time, so memory follows the facts.
	go func() {
		defer close(jobs)
		for _, f := range files {
			err := extract.Read(f, func(a graph.Article, err error) error {
				if err != nil {
					select {
					case results <- result{path: f, err: err}:
					case <-ctx.Done():
						return ctx.Err()
					}
					return nil
				}
				seenMu.Lock()
				seen[f] = append(seen[f], a.ID)
				seenMu.Unlock()
				select {
				case jobs <- job{path: f, article: a}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			if err != nil && ctx.Err() == nil {
				select {
				case results <- result{path: f, err: err}:
				case <-ctx.Done():
				}
			}
			bar.file()
		}
	}()
	var wg sync.WaitGroup
	for range opt.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				facts, err := x.Article(j.article)
				r := result{path: j.path, err: err}
				if err == nil {
					r.entry = graph.NewEntry(facts)
				} else {
					r.err = fmt.Errorf("%s: %w", j.path, err)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	w := &writer{ctx: ctx, e: e, st: st, opt: neo4j.WriteOptions{Fold: extract.Fold, Timeout: opt.timeout}, sum: &sum, failed: failedFiles, bar: bar}
	var werr error
	if bulk != nil {
		werr = w.bulk(bulk, results)
	} else {
		werr = w.batches(results, opt.batch)
	}
	if werr != nil {
		cancel()
		for range results { // let the goroutines finish
		}
		if bulk != nil {
			if err := bulk.Abort(); err != nil {
				fmt.Fprintf(e.stderr, "parley load: %v\n", err)
			}
		}
		bar.done()
		sum.elapsed = time.Since(start)
		return sum, werr
	}
	// Articles a clean file no longer holds are stale: take them out.
	for _, f := range files {
		if failedFiles[f] {
			continue
		}
		stored, err := st.ArticlesAt(ctx, f)
		if err != nil {
			return sum, err
		}
		have := map[string]bool{}
		for _, id := range seen[f] {
			have[id] = true
		}
		var stale []string
		for _, id := range stored {
			if !have[id] {
				stale = append(stale, id)
			}
		}
		if len(stale) > 0 {
			ws, err := st.Remove(ctx, stale, opt.batch, w.opt)
			if err != nil {
				return sum, err
			}
			sum.WriteStats.Add(ws)
		}
	}
	bar.done()
	cctx, ccancel := context.WithTimeout(ctx, 30*time.Second)
	defer ccancel()
	sum.counts, err = st.Counts(cctx)
	sum.elapsed = time.Since(start)
	return sum, err
}

// writer sends batches to the store. When a batch fails for a reason
// other than the database being unavailable, its articles are written one
// by one so that a single bad article does not hold back the others.
type writer struct {
	ctx    context.Context
	e      *env
	st     *neo4j.Store
	opt    neo4j.WriteOptions
	sum    *summary
	failed map[string]bool
	bar    *progress
}

// fail counts and reports a file or article that could not be loaded; the
// load goes on.
func (w *writer) fail(path string, err error) {
	w.sum.errors++
	w.failed[path] = true
	fmt.Fprintf(w.e.stderr, "parley load: %v\n", err)
}

// took counts a result: an article to write (true) or a failure.
func (w *writer) took(r result) bool {
	if r.err != nil {
		w.fail(r.path, r.err)
		return false
	}
	w.sum.articles++
	w.bar.article()
	return true
}

// batches writes articles in batches of n, each one transaction.
func (w *writer) batches(results <-chan result, n int) error {
	var pending []*graph.Entry
	ids := map[string]bool{}
	for r := range results {
		if !w.took(r) {
			continue
		}
		if ids[r.entry.Article.ID] { // the same article twice: flush first
			if err := w.flush(pending); err != nil {
				return err
			}
			pending, ids = nil, map[string]bool{}
		}
		ids[r.entry.Article.ID] = true
		pending = append(pending, r.entry)
		if len(pending) >= n {
			if err := w.flush(pending); err != nil {
				return err
			}
			pending, ids = nil, map[string]bool{}
		}
	}
	return w.flush(pending)
}

// bulk feeds a first load. Articles whose id came before (the same text
// twice) are left for the batch writer afterwards, which gives them the
// incremental loader's meaning. When bulk returns nil, results is drained.
func (w *writer) bulk(b *neo4j.Bulk, results <-chan result) error {
	t := time.Now()
	var again []*graph.Entry
	for r := range results {
		if !w.took(r) {
			continue
		}
		switch err := b.Add(r.entry); {
		case errors.Is(err, neo4j.ErrDuplicate):
			again = append(again, r.entry)
		case errors.Is(err, neo4j.ErrInvalid): // counted as the batch writer counts it
			w.fail(r.entry.Article.Path, fmt.Errorf("%s: %w", r.entry.Article.Path, err))
		case err != nil:
			return err
		}
	}
	if err := w.ctx.Err(); err != nil {
		return err
	}
	w.e.log.Debug("bulk: articles written", "ms", time.Since(t).Milliseconds())
	ws, err := b.Finish()
	if err != nil {
		return err
	}
	w.sum.WriteStats.Add(ws)
	w.e.log.Debug("bulk: graph written", "nodes", ws.Nodes, "rels", ws.Rels, "ms", time.Since(t).Milliseconds())
	for _, en := range again {
		if err := w.flush([]*graph.Entry{en}); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) flush(batch []*graph.Entry) error {
	if len(batch) == 0 {
		return nil
	}
	t := time.Now()
	ws, err := w.st.Write(w.ctx, batch, nil, w.opt)
	if err == nil {
		w.sum.WriteStats.Add(ws)
		w.e.log.Debug("batch written", "articles", len(batch), "nodes", ws.Nodes, "rels", ws.Rels, "ms", time.Since(t).Milliseconds(), "phases", phaseMillis(ws.Phases))
		return nil
	}
	if w.ctx.Err() != nil || len(batch) == 1 || unavailable(err) {
		if len(batch) == 1 && !unavailable(err) && w.ctx.Err() == nil {
			w.fail(batch[0].Article.Path, fmt.Errorf("%s: %w", batch[0].Article.Path, err))
			return nil
		}
		return err
	}
	w.e.log.Warn("batch failed; writing its articles one by one", "articles", len(batch), "err", err)
	for _, en := range batch {
		if err := w.flush([]*graph.Entry{en}); err != nil {
			return err
		}
	}
	return nil
}

// unavailable reports errors that no other batch would escape either.
func unavailable(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || neo4j.IsUnavailable(err)
}

// progress is a bar on a terminal, periodic log lines elsewhere.
type progress struct {
	bar      *progressbar.ProgressBar
	e        *env
	files    int
	doneF    int
	articles int
	last     time.Time
	start    time.Time
	mu       sync.Mutex
}

func newProgress(e *env, files int) *progress {
	p := &progress{e: e, files: files, start: time.Now(), last: time.Now()}
	if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(files, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(), progressbar.OptionSetItsString("files"), progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	return p
}

func (p *progress) file() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.doneF++
	if p.bar != nil {
		_ = p.bar.Add(1)
	}
}

func (p *progress) article() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.articles++
	if p.bar == nil && time.Since(p.last) >= 5*time.Second {
		p.last = time.Now()
		p.e.log.Info("loading", "files_read", p.doneF, "of", p.files, "articles", p.articles,
			"articles_per_s", int(float64(p.articles)/time.Since(p.start).Seconds()))
	}
}

func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Finish()
		fmt.Fprintln(p.e.stderr)
	}
}

// writeOut writes to -o FILE (whole or not at all) or to stdout.
func writeOut(e *env, path string, fn func(w io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(e.stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".parley-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// phaseMillis renders the write's phases for debug logs: "1 lookup=3 2 replaced=0 ...".
func phaseMillis(p map[string]time.Duration) string {
	names := make([]string, 0, len(p))
	for n := range p {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for i, n := range names {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s=%d", strings.ReplaceAll(n, " ", "_"), p[n].Milliseconds())
	}
	return b.String()
}
