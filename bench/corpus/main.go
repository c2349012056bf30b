// Command corpus writes a deterministic synthetic news corpus for the
// benchmarks: N articles as JSONL (the format `parley load` reads), in the
// nine languages, built from each language's sentence patterns
// (patterns.yaml) and the extractor's own lexicon of actors and places. A
// quarter of the articles report an event of an earlier article again, in
// another language, so that the loader has cross-article merging to do.
// With -truth it also writes the facts each article was built to contain.
//
//	go run ./bench/corpus -n 10000 -seed 1 -o /tmp/corpus-10k.jsonl
package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/rand"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/parley/parley/graph/extract"
)

//go:embed patterns.yaml
var patternsYAML []byte

// patterns are one language's ways of reporting.
type patterns struct {
	Months []string `yaml:"months"`
	Date   string   `yaml:"date"`
	Title  []string `yaml:"title"`
	Meet   []string `yaml:"meet"`
	Call   []string `yaml:"call"`
	Visit  []string `yaml:"visit"`
	Say    []string `yaml:"say"`
	Quotes []string `yaml:"quotes"`
	Filler []string `yaml:"filler"`
}

type entry struct {
	ID      string              `yaml:"id"`
	Kind    string              `yaml:"kind"`
	Country string              `yaml:"country"`
	Names   map[string][]string `yaml:"names"`
}

// event is one fact an article is built to report.
type event struct {
	Mode   string   `json:"mode"` // in_person, call, visit
	Date   string   `json:"date"` // YYYY-MM-DD
	Actors []string `json:"actors"`
	Place  string   `json:"place,omitempty"`
}

type article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Text      string `json:"text"`
}

type truth struct {
	ID         string   `json:"id"`
	Lang       string   `json:"lang"`
	Events     []event  `json:"events"`
	Statements []string `json:"speakers"`
}

var langs = []string{"ur", "ar", "de", "en", "fr", "it", "tr", "es", "ru"}

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Int64("seed", 1, "random seed (same seed, same corpus)")
	out := flag.String("o", "-", "output JSONL file (- for standard output)")
	truthPath := flag.String("truth", "", "also write the facts each article was built to report (JSONL)")
	flag.Parse()
	if err := run(*n, *seed, *out, *truthPath); err != nil {
		slog.Error("corpus", "err", err)
		os.Exit(1)
	}
}

func run(n int, seed int64, out, truthPath string) error {
	var pats map[string]patterns
	if err := yaml.Unmarshal(patternsYAML, &pats); err != nil {
		return fmt.Errorf("patterns.yaml: %w", err)
	}
	people, err := readEntries(extract.Lexicon(), "actors", "person")
	if err != nil {
		return err
	}
	places, err := readEntries(extract.Lexicon(), ".", "")
	if err != nil {
		return err
	}
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return fmt.Errorf("create %s: %w", out, err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var tw *bufio.Writer
	if truthPath != "" {
		f, err := os.Create(truthPath)
		if err != nil {
			return fmt.Errorf("create %s: %w", truthPath, err)
		}
		defer f.Close()
		tw = bufio.NewWriter(f)
	}
	g := &gen{r: rand.New(rand.NewSource(seed)), pats: pats, people: people, places: places}
	// Who is in the news most is the seed's choice: pick favours the head.
	g.hot = g.r.Perm(len(people))
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var tenc *json.Encoder
	if tw != nil {
		tenc = json.NewEncoder(tw)
		tenc.SetEscapeHTML(false)
	}
	for i := range n {
		a, t := g.article(i)
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("write %s: %w", out, err)
		}
		if tenc != nil {
			if err := tenc.Encode(t); err != nil {
				return fmt.Errorf("write %s: %w", truthPath, err)
			}
		}
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write %s: %w", truthPath, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// readEntries reads the lexicon's YAML lists under dir (places.yaml when
// dir is "."), keeping entries of the given kind, sorted by id so that the
// corpus does not depend on file order.
func readEntries(fsys fs.FS, dir, kind string) ([]entry, error) {
	var files []string
	if dir == "." {
		files = []string{"places.yaml"}
	} else {
		m, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
		if err != nil {
			return nil, err
		}
		files = m
	}
	var out []entry
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", f, err)
		}
		var es []entry
		if err := yaml.Unmarshal(b, &es); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", f, err)
		}
		for _, e := range es {
			// People of the given kind; of the places, cities (they have a country).
			if kind == "" && e.Country != "" || kind != "" && e.Kind == kind {
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

type gen struct {
	r      *rand.Rand
	pats   map[string]patterns
	people []entry
	places []entry
	hot    []int   // people in order of news frequency
	past   []event // events reported so far, for re-reports
}

// name is an entry's first name in lang, else its English one (Latin-script
// languages), else "".
func name(e entry, lang string) string {
	if ns := e.Names[lang]; len(ns) > 0 {
		return ns[0]
	}
	switch lang {
	case "de", "fr", "it", "tr", "es":
		if ns := e.Names["en"]; len(ns) > 0 {
			return ns[0]
		}
	}
	return ""
}

// pick chooses an entry with a name in lang; people are skewed towards the
// head of a per-seed order: some actors are in the news far more than others.
func (g *gen) pick(es []entry, lang string, not string) (entry, bool) {
	for range 50 {
		k := int(g.r.ExpFloat64()*float64(len(es))/6) % len(es)
		if len(es) == len(g.hot) {
			k = g.hot[k]
		}
		if e := es[k]; e.ID != not && name(e, lang) != "" {
			return e, true
		}
	}
	return entry{}, false
}

func (g *gen) byID(es []entry, id string) entry {
	k := sort.Search(len(es), func(i int) bool { return es[i].ID >= id })
	return es[k]
}

func (g *gen) article(i int) (article, truth) {
	lang := langs[g.r.Intn(len(langs))]
	p := g.pats[lang]
	t := truth{ID: fmt.Sprintf("syn-%06d", i), Lang: lang}
	pub := fmt.Sprintf("%d-%02d-%02d", 2019+g.r.Intn(2), 1+g.r.Intn(12), 1+g.r.Intn(28))
	var sents []string
	var first []string // names of the first event, for the title
	for k := range 1 + g.r.Intn(3) {
		var ev event
		if k == 0 && len(g.past) > 0 && g.r.Intn(4) == 0 {
			ev = g.past[g.r.Intn(len(g.past))] // another report of an earlier event
			if name(g.byID(g.people, ev.Actors[0]), lang) == "" || name(g.byID(g.people, ev.Actors[1]), lang) == "" ||
				(ev.Place != "" && name(g.byID(g.places, ev.Place), lang) == "") {
				continue
			}
		} else {
			a, ok1 := g.pick(g.people, lang, "")
			b, ok2 := g.pick(g.people, lang, a.ID)
			pl, ok3 := g.pick(g.places, lang, "")
			if !ok1 || !ok2 || !ok3 {
				continue
			}
			ev = event{Mode: []string{"in_person", "in_person", "call", "visit"}[g.r.Intn(4)], Actors: []string{a.ID, b.ID},
				Date: fmt.Sprintf("%s-%02d", pub[:7], 1+g.r.Intn(28)), Place: pl.ID}
			if ev.Mode == "call" {
				ev.Place = ""
			}
			g.past = append(g.past, ev)
			if len(g.past) > 5000 {
				g.past = g.past[1:]
			}
		}
		var pat []string
		switch ev.Mode {
		case "call":
			pat = p.Call
		case "visit":
			pat = p.Visit
		default:
			pat = p.Meet
		}
		an, bn := name(g.byID(g.people, ev.Actors[0]), lang), name(g.byID(g.people, ev.Actors[1]), lang)
		s := fill(pat[g.r.Intn(len(pat))], map[string]string{"a": an, "b": bn, "date": g.date(p, ev.Date)})
		if ev.Place != "" {
			s = strings.ReplaceAll(s, "{place}", name(g.byID(g.places, ev.Place), lang))
		}
		if first == nil {
			first = []string{an, bn}
		}
		sents = append(sents, s)
		t.Events = append(t.Events, ev)
	}
	for range g.r.Intn(3) {
		sp, ok := g.pick(g.people, lang, "")
		if !ok {
			continue
		}
		s := fill(p.Say[g.r.Intn(len(p.Say))], map[string]string{"a": name(sp, lang), "q": p.Quotes[g.r.Intn(len(p.Quotes))]})
		sents = append(sents, s)
		t.Statements = append(t.Statements, sp.ID)
	}
	for _, k := range g.r.Perm(len(p.Filler))[:2+g.r.Intn(len(p.Filler)-1)] {
		sents = append(sents, p.Filler[k])
	}
	// Facts first (a news lead), then the rest shuffled.
	rest := sents[min(1, len(sents)):]
	g.r.Shuffle(len(rest), func(a, b int) { rest[a], rest[b] = rest[b], rest[a] })
	title := p.Title[g.r.Intn(len(p.Title))]
	if first != nil {
		title = fill(title, map[string]string{"a": first[0], "b": first[1]})
	} else {
		title = p.Title[len(p.Title)-1]
	}
	var b strings.Builder
	for k, s := range sents {
		if k > 0 && k%3 == 0 {
			b.WriteString("\n\n")
		} else if k > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s)
	}
	a := article{ID: t.ID, Title: title, Lang: lang, Published: pub, Outlet: fmt.Sprintf("outlet-%02d-%s", g.r.Intn(12), lang), Text: b.String()}
	return a, t
}

func (g *gen) date(p patterns, iso string) string {
	var y, m, d int
	fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &d)
	return fill(p.Date, map[string]string{"day": fmt.Sprint(d), "month": p.Months[m-1], "year": fmt.Sprint(y)})
}

func fill(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}
