package neo4j

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

func TestGraphMLOpensInNetworkx(t *testing.T) {
	if err := exec.Command("python3", "-c", "import networkx").Run(); err != nil {
		t.Fatalf("this test needs python3 with networkx (pip install networkx): %v", err)
	}
	s := fresh(t)
	write(t, s, cookbookFacts())
	doc, err := s.Export(ctxT(t), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteGraphML(&b, doc); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "g.graphml")
	os.WriteFile(path, b.Bytes(), 0o644)
	script := `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
meetings = [n for n, d in g.nodes(data=True) if d.get("labels") == "Meeting"]
rome = [n for n in meetings if g.nodes[n].get("place") == "rome"]
assert isinstance(g.nodes[rome[0]]["sources"], int), g.nodes[rome[0]]
reports = [e for e in g.in_edges(rome[0], data=True) if e[2]["type"] == "REPORTS"]
print(g.number_of_nodes(), g.number_of_edges(), len(rome), len(reports))
`
	out, err := exec.Command("python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	want := strings.Join([]string{strconv.Itoa(len(doc.Nodes)), strconv.Itoa(len(doc.Relationships)), "1", "4"}, " ")
	if strings.TrimSpace(string(out)) != want {
		t.Fatalf("networkx read %q, want %q (nodes, edges, Rome meetings, Rome reports)", out, want)
	}
}

func TestExportFilters(t *testing.T) {
	s := fresh(t)
	write(t, s, cookbookFacts())
	count := func(f Filter) (meetings, statements, articles int, d graph.Document) {
		t.Helper()
		d, err := s.Export(ctxT(t), f)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, n := range d.Nodes {
			ids[n.ID] = true
			switch n.Labels[0] {
			case graph.LabelMeeting:
				meetings++
			case graph.LabelStatement:
				statements++
			case graph.LabelArticle:
				articles++
			}
		}
		for _, r := range d.Relationships {
			if !ids[r.Start] || !ids[r.End] {
				t.Fatalf("%+v: relationship %s leaves the export", f, r.ID)
			}
		}
		return
	}
	if m, st, a, _ := count(Filter{}); m != 3 || st != 2 || a != 5 {
		t.Fatalf("whole graph: %d meetings %d statements %d articles", m, st, a)
	}
	if m, _, _, _ := count(Filter{Actor: "antonio-guterres"}); m != 1 {
		t.Errorf("--actor guterres: %d meetings", m)
	}
	if m, st, _, _ := count(Filter{Actor: "khalifa-haftar"}); m != 3 || st != 2 {
		t.Errorf("--actor haftar: %d meetings %d statements, want 3 and 2 (his merged quote, Dujarric's about him)", m, st)
	}
	// Only the Rome meeting knows its year.
	if m, _, _, _ := count(Filter{From: "2020-01", To: "2020-01-31"}); m != 1 {
		t.Errorf("January 2020: %d meetings", m)
	}
	if m, _, _, _ := count(Filter{From: "2020-02-01"}); m != 0 {
		t.Errorf("from February: %d meetings", m)
	}
	if m, _, a, _ := count(Filter{Lang: "de"}); m != 2 || a != 1 {
		t.Errorf("--lang de: %d meetings %d articles", m, a)
	}
	if m, _, _, _ := count(Filter{MinSources: 4}); m != 1 {
		t.Errorf("--min-sources 4: %d meetings", m)
	}
	if err := (Filter{From: "8 January"}).Validate(); err == nil {
		t.Error("a bad date passes")
	}
}
