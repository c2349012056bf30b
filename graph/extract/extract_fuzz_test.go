package extract

import (
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// FuzzArticle runs the stages without Article's recover, so a panic fails
// the fuzzer, and checks every offset.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{"000", "001", "002", "003"} {
		f.Add(seedFile(f, s), "")
	}
	f.Add("Haftar met Coates on 8 January.\n\n\"Quote", "en")
	f.Add("„«»“ ‚‘ 8. . ۔ ؟ اللواء", "ar")
	f.Add(strings.Repeat("a", 1000)+"'", "tr")
	x := fixtureExtractor(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		d := newDoc(x, graph.Article{ID: "fuzz", Text: text, Lang: lang, Published: "2020-01-15"})
		d.run()
		checkEvidence(t, "fuzz", d.facts())
	})
}

// TestLongLine checks a 100,000-rune line runs in linear time.
func TestLongLine(t *testing.T) {
	x := fixtureExtractor(t)
	text := strings.Repeat("Haftar met Coates «in Rome, 8 January ", 2600)
	f, err := x.Article(graph.Article{ID: "long", Lang: "en", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkEvidence(t, "long", f)
}
