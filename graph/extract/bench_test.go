package extract

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/parley/parley/graph"
)

// BenchmarkArticle extracts a mixed-language corpus: the seeds and the dev
// gold articles. Run: go test -bench Article -benchmem ./graph/extract/
func BenchmarkArticle(b *testing.B) {
	x := fixtureExtractor(b)
	if m, _ := filepath.Glob("lexicon/actors/*.yaml"); len(m) > 0 {
		if y, err := New(); err == nil {
			x = y
		}
	}
	var arts []graph.Article
	paths, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	dev, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "gold", "dev", "*.txt"))
	size := 0
	for _, p := range append(paths, dev...) {
		a, err := readArticle(p)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(a.Text)
	}
	if len(arts) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Article(a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCorpus extracts the JSONL corpus named by PARLEY_BENCH_CORPUS
// (bench/corpus writes one; bench/scale.sh sets it), one article after the
// other as the loader reads them, and reports MB/s, articles/s and the
// largest live heap seen, which must not grow with the corpus. With -cpu 2
// the articles are shared out to that many goroutines.
func BenchmarkCorpus(b *testing.B) {
	path := os.Getenv("PARLEY_BENCH_CORPUS")
	if path == "" {
		b.Skip("PARLEY_BENCH_CORPUS not set")
	}
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	workers := runtime.GOMAXPROCS(0)
	var size, n int64
	var peak uint64
	var ms runtime.MemStats
	b.ResetTimer()
	t0 := time.Now()
	for i := 0; i < b.N; i++ {
		size, n = 0, 0
		ch := make(chan graph.Article, 64)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for a := range ch {
					if _, err := x.Article(a); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		err := Read(path, func(a graph.Article, err error) error {
			if err != nil {
				return err
			}
			size += int64(len(a.Text))
			n++
			ch <- a
			if n%1000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			return nil
		})
		close(ch)
		wg.Wait()
		if err != nil {
			b.Fatal(err)
		}
	}
	sec := time.Since(t0).Seconds() / float64(b.N)
	b.SetBytes(size)
	b.ReportMetric(float64(n)/sec, "articles/s")
	b.ReportMetric(float64(n)/sec/float64(workers), "articles/s/core")
	b.ReportMetric(float64(size)/sec/1e6/float64(workers), "MB/s/core")
	b.ReportMetric(float64(peak)/1e6, "peak-heap-MB")
	b.Logf("%d workers, %d articles, %.1f MB of text, %.2fs", workers, n, float64(size)/1e6, sec)
}
