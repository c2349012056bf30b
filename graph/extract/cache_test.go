package extract

import (
	"reflect"
	"sync"
	"testing"

	"github.com/parley/parley/graph"
)

// TestSharedCandidateCache extracts the same articles from several
// goroutines at once and one at a time: the fuzzy-match candidates the
// extractor shares across articles change no answer (go test -race
// checks the sharing).
func TestSharedCandidateCache(t *testing.T) {
	texts := []graph.Article{
		{ID: "a", Lang: "en", Text: "Hafter met Marshal Hafter's envoy. The Maltese minister Byron Camilleri met Ylva Johansson in Valletta on Monday."},
		{ID: "b", Lang: "de", Text: "Außenminister Maas traf den General Hafter am Montag in Bengasi, sagte ein Sprecher."},
		{ID: "c", Lang: "ar", Text: "التقى المشير خليفة حفتار وزير الخارجية الإيطالي في روما أمس."},
	}
	want := make([]graph.Facts, len(texts))
	for i, a := range texts {
		f, err := shipped(t).Article(a) // a fresh extractor: nothing cached
		if err != nil {
			t.Fatal(err)
		}
		want[i] = f
	}
	x := shipped(t)
	var wg sync.WaitGroup
	got := make([][]graph.Facts, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				for _, a := range texts {
					f, err := x.Article(a)
					if err != nil {
						t.Error(err)
						return
					}
					got[g] = append(got[g], f)
				}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for k, f := range got[g] {
			if w := want[k%len(texts)]; !reflect.DeepEqual(f, w) {
				t.Errorf("goroutine %d, article %d: facts differ from a fresh extractor's:\n%+v\n%+v", g, k, f, w)
			}
		}
	}
}
