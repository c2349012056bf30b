package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
)

// TestCorpus checks that a seed always gives the same corpus, that
// `parley load` can read every line, and how much of what the corpus was
// built to say the extractor finds: the meetings (both actors, the mode
// and the day) and the speakers.
func TestCorpus(t *testing.T) {
	dir := t.TempDir()
	a, b, tr := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl"), filepath.Join(dir, "t.jsonl")
	if err := run(300, 7, a, tr); err != nil {
		t.Fatal(err)
	}
	if err := run(300, 7, b, ""); err != nil {
		t.Fatal(err)
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ab, bb) {
		t.Fatal("same seed, different corpus")
	}
	var truths []truth // in line order: the reader gives articles its own ids
	f, err := os.Open(tr)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var x truth
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			t.Fatal(err)
		}
		truths = append(truths, x)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var n, events, found, speakers, spoke int
	missed := map[string]int{}
	mute := map[string]int{} // language -> statements whose speaker was not found
	langs := map[string]int{}
	err = extract.Read(a, func(art graph.Article, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
			return nil
		}
		n++
		langs[art.Lang]++
		facts, err := x.Article(art)
		if err != nil {
			t.Errorf("extract %s: %v", art.ID, err)
			return nil
		}
		want := truths[n-1]
		if art.Lang != want.Lang {
			t.Errorf("line %d: language %s, built as %s", n, art.Lang, want.Lang)
		}
		for _, ev := range want.Events {
			events++
			ok := false
			for _, m := range facts.Meetings {
				if m.Mode == ev.Mode && m.Date.String() == ev.Date && has(m, ev.Actors[0]) && has(m, ev.Actors[1]) {
					ok = true
					break
				}
			}
			if ok {
				found++
			} else {
				missed[art.Lang+" "+ev.Mode]++
				if testing.Verbose() && os.Getenv("CORPUS_DEBUG") != "" {
					t.Logf("missed %s %v in %q -> %+v", ev.Mode, ev, art.Text, facts.Meetings)
				}
			}
		}
		for _, sp := range want.Statements {
			speakers++
			said := false
			for _, s := range facts.Statements {
				if s.Speaker == sp {
					said = true
					break
				}
			}
			if said {
				spoke++
			} else {
				mute[art.Lang]++
				if testing.Verbose() && os.Getenv("CORPUS_DEBUG") != "" {
					t.Logf("missed speaker %s in %q -> %+v", sp, art.Text, facts.Statements)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 300 || events < 300 || speakers < 100 {
		t.Fatalf("read %d articles with %d events and %d statements", n, events, speakers)
	}
	for _, l := range []string{"ur", "ar", "de", "en", "fr", "it", "tr", "es", "ru"} {
		if langs[l] == 0 {
			t.Errorf("no %s article", l)
		}
	}
	mr, sr := float64(found)/float64(events), float64(spoke)/float64(speakers)
	t.Logf("missed meetings by language and mode: %v; missed speakers by language: %v", missed, mute)
	t.Logf("%d articles: meetings found %d/%d (%.2f), speakers %d/%d (%.2f)", n, found, events, mr, spoke, speakers, sr)
	if mr < 0.8 || sr < 0.8 {
		t.Errorf("extraction finds too little of the synthetic corpus: meetings %.2f, speakers %.2f", mr, sr)
	}
}

func has(m graph.Meeting, id string) bool {
	for _, p := range m.Participants {
		if p.Actor == id {
			return true
		}
	}
	return false
}
