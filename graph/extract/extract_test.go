package extract

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley/parley/graph"
)

// seedFile reads a seed article from /seeds/.
func seedFile(t testing.TB, prefix string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join("..", "..", "seeds", prefix+"_*.txt"))
	if len(m) != 1 {
		t.Fatalf("seed %s not found", prefix)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// extractors are the lexicons the behaviour tests run on: the fixture
// always, the shipped lexicon once its actor files exist.
func extractors(t *testing.T) map[string]*Extractor {
	out := map[string]*Extractor{"fixture": fixtureExtractor(t)}
	if m, _ := fs.Glob(lexiconFS, "lexicon/actors/*.yaml"); len(m) > 0 {
		x, err := New()
		if err != nil {
			t.Fatalf("embedded lexicon: %v", err)
		}
		out["embedded"] = x
	}
	return out
}

func hasMeeting(f graph.Facts, class string, date string, place string, ids ...string) bool {
	for _, m := range f.Meetings {
		isCall := m.Mode == graph.ModeCall || m.Mode == graph.ModeVideo
		if (class == "call") != isCall {
			continue
		}
		if date != "" && m.Date.String() != date {
			continue
		}
		if place != "" && m.Place != place {
			continue
		}
		got := map[string]bool{}
		for _, p := range m.Participants {
			got[p.Actor] = true
		}
		ok := true
		for _, id := range ids {
			ok = ok && got[id]
		}
		if ok {
			return true
		}
	}
	return false
}

func dumpMeetings(f graph.Facts) string {
	var b strings.Builder
	for _, m := range f.Meetings {
		b.WriteString(m.Mode + " " + m.Date.String() + " " + m.Place + " [")
		for _, p := range m.Participants {
			b.WriteString(p.Actor + " ")
		}
		b.WriteString("] " + m.Evidence.Rule + "\n")
	}
	return b.String()
}

// TestSeedsLaStampa checks the one story told in Urdu, Arabic and German:
// the Rome meeting of 8 January and Trump's call of 15 April.
func TestSeedsLaStampa(t *testing.T) {
	for name, x := range extractors(t) {
		for _, c := range []struct{ seed, lang string }{{"000", "ur"}, {"001", "ar"}, {"002", "de"}} {
			t.Run(name+"/"+c.seed, func(t *testing.T) {
				f, err := x.Article(graph.Article{ID: c.seed, Lang: c.lang, Text: seedFile(t, c.seed)})
				if err != nil {
					t.Fatal(err)
				}
				if !hasMeeting(f, "meet", "--01-08", "rome", "khalifa-haftar", "victoria-coates", "richard-norland") {
					t.Errorf("no in-person meeting of Haftar, Coates and Norland in Rome on --01-08:\n%s", dumpMeetings(f))
				}
				if !hasMeeting(f, "call", "--04-15", "", "donald-trump", "khalifa-haftar") {
					t.Errorf("no call between Trump and Haftar on --04-15:\n%s", dumpMeetings(f))
				}
				if f.Mentions["khalifa-haftar"] < 3 {
					t.Errorf("Haftar mentioned %d times, want several under one id", f.Mentions["khalifa-haftar"])
				}
				checkEvidence(t, c.seed, f)
			})
		}
	}
}

// TestSeedUNCalls checks the Arabic report of Guterres's calls.
func TestSeedUNCalls(t *testing.T) {
	for name, x := range extractors(t) {
		t.Run(name, func(t *testing.T) {
			f, err := x.Article(graph.Article{ID: "003", Lang: "ar", Text: seedFile(t, "003")})
			if err != nil {
				t.Fatal(err)
			}
			if !hasMeeting(f, "call", "", "", "antonio-guterres", "khalifa-haftar") {
				t.Errorf("no call between Guterres and Haftar:\n%s", dumpMeetings(f))
			}
			n := 0
			for _, m := range f.Meetings {
				g := map[string]bool{}
				for _, p := range m.Participants {
					g[p.Actor] = true
				}
				if g["antonio-guterres"] && g["khalifa-haftar"] {
					n++
				}
			}
			if n != 1 {
				t.Errorf("Guterres-Haftar call reported twice should be one meeting, got %d", n)
			}
			said := false
			for _, s := range f.Statements {
				if s.Speaker == "stephane-dujarric" {
					said = true
				}
			}
			if !said {
				t.Error("no statement by Stéphane Dujarric")
			}
			checkEvidence(t, "003", f)
		})
	}
}

// checkEvidence asserts every offset is inside the text, on rune
// boundaries, and that the evidence text is the runes at its offsets.
func checkEvidence(t testing.TB, id string, f graph.Facts) {
	t.Helper()
	rs := []rune(f.Article.Text)
	check := func(what string, e graph.Evidence) {
		if e.Start < 0 || e.End < e.Start || e.End > len(rs) {
			t.Fatalf("%s %s: bad span %d-%d of %d", id, what, e.Start, e.End, len(rs))
		}
		if string(rs[e.Start:e.End]) != e.Text {
			t.Fatalf("%s %s: evidence text %q is not the runes at %d-%d", id, what, e.Text, e.Start, e.End)
		}
		for _, s := range append([][2]int{e.Trigger}, e.Spans...) {
			if s[0] < 0 || s[1] < s[0] || s[1] > len(rs) {
				t.Fatalf("%s %s: bad span %v", id, what, s)
			}
		}
		if e.Rule == "" || e.Confidence <= 0 || e.Confidence > 1 {
			t.Fatalf("%s %s: rule %q confidence %v", id, what, e.Rule, e.Confidence)
		}
	}
	for _, m := range f.Meetings {
		check("meeting "+m.ID, m.Evidence)
		if len(m.Participants) < 2 {
			t.Fatalf("%s meeting %s has %d participants", id, m.ID, len(m.Participants))
		}
	}
	for _, s := range f.Statements {
		check("statement "+s.ID, s.Evidence)
		if !utf8.ValidString(s.Text) {
			t.Fatalf("%s statement text not UTF-8", id)
		}
	}
}

// readArticle reads a gold or seed article the way the reader will: the
// text, and the sidecar's language and publication date when present.
func readArticle(path string) (graph.Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return graph.Article{}, err
	}
	a := graph.Article{ID: filepath.Base(path), Path: path, Text: strings.TrimPrefix(string(b), "\ufeff")}
	if mb, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".meta.json"); err == nil {
		var meta struct{ Lang, Published string }
		if err := json.Unmarshal(mb, &meta); err == nil {
			a.Lang, a.Published = meta.Lang, meta.Published
		}
	}
	if a.Lang == "" {
		base := filepath.Base(path)
		if len(base) > 3 && base[2] == '_' && knownLang(base[:2]) {
			a.Lang = base[:2]
		}
	}
	return a, nil
}
