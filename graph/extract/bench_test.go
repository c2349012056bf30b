package extract

import (
	"path/filepath"
	"testing"

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
