package extract

import (
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/eval"
)

// TestGoldDev scores the engine on the dev gold set with the shipped
// lexicon and holds the F1 floors reached so far (a ratchet: raise them
// when the rules improve, never lower them).
func TestGoldDev(t *testing.T) {
	if m, _ := fs.Glob(lexiconFS, "lexicon/actors/*.yaml"); len(m) == 0 {
		t.Skip("the shipped lexicon has no actor files yet")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	name := func(id string) string {
		if a, ok := x.Actor(id); ok {
			return a.Name
		}
		return ""
	}
	fn := func(path string) (graph.Facts, func(string) string, error) {
		a, err := readArticle(path)
		if err != nil {
			return graph.Facts{}, nil, err
		}
		f, err := x.Article(a)
		unknown := map[string]string{}
		for _, a := range f.Actors {
			unknown[a.ID] = a.Name
		}
		return f, func(id string) string {
			if n := name(id); n != "" {
				return n
			}
			return unknown[id]
		}, err
	}
	dirs := []string{"../../testdata/gold/dev", "../../testdata/gold/seeds"}
	if d := os.Getenv("GOLD_DIR"); d != "" {
		dirs = []string{d}
	}
	for _, dir := range dirs {
		rep, err := eval.RunWith(dir, fn, func(id string) []string {
			a, _ := x.Actor(id)
			return a.Aliases
		})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		rep.Table(&b)
		t.Logf("%s\n%s", dir, b.String())
		if os.Getenv("GOLD_DETAILS") != "" {
			for _, d := range rep.Details {
				t.Logf("%s %s %s gold=%s got=%s | %s | %s", d.File, d.Type, d.Kind, d.Gold, d.Got, d.Rule, d.Evidence)
			}
		}
		for _, w := range rep.Warnings {
			t.Log(w)
		}
		if len(rep.Errors) > 0 {
			t.Errorf("errors: %v", rep.Errors)
		}
		floors := map[string]float64{eval.TypeMeeting: 0.0, eval.TypeCall: 0.0, eval.TypeStatement: 0.0}
		// the seeds are what `make run` loads: a rule that loses one of
		// their meetings or calls shows here (session 14 lost the seed
		// meeting "ومثل الولايات المتحدة في الاجتماع …" for a while)
		if strings.HasSuffix(dir, "seeds") {
			floors[eval.TypeMeeting], floors[eval.TypeCall] = 0.95, 0.95
		}
		for typ, floor := range floors {
			if f1 := rep.Total(typ).F1(); f1 < floor {
				t.Errorf("%s %s F1 %.2f below the floor %.2f", dir, typ, f1, floor)
			}
		}
	}
}
