package handlers

import (
	"encoding/json"
	"testing"

	"github.com/parley/parley/graph/neo4j"
)

// TestNetworkJSONIsEncodingJSON checks the hand-written JSON against
// encoding/json's for the same fields, with names that need escaping.
func TestNetworkJSONIsEncodingJSON(t *testing.T) {
	type node struct {
		ID          string `json:"id"`
		Name        string `json:"name"`
		Kind        string `json:"kind"`
		Affiliation string `json:"affiliation,omitempty"`
		Meetings    int    `json:"meetings"`
	}
	type edge struct {
		Source   string `json:"source"`
		Target   string `json:"target"`
		Meetings int    `json:"meetings"`
		First    string `json:"first,omitempty"`
		Last     string `json:"last,omitempty"`
	}
	type doc struct {
		Nodes      []node `json:"nodes"`
		Edges      []edge `json:"edges"`
		TotalNodes int    `json:"total_nodes"`
		TotalEdges int    `json:"total_edges"`
	}
	names := []string{"", "Khalifa Haftar", `a "quoted" \ name`, "<script>&amp;", "خليفة حفتر", "tab\there\nnew", "bad \xff utf-8", "line\u2028sep", "\x7f"}
	var n neo4j.Network
	d := doc{Nodes: []node{}, Edges: []edge{}}
	for i, s := range names {
		x := neo4j.ActorRank{Ref: neo4j.Ref{ID: s + "-id", Name: s}, Kind: "person", Affiliation: s, Meetings: i * 7}
		n.Nodes = append(n.Nodes, x)
		d.Nodes = append(d.Nodes, node{x.ID, x.Name, x.Kind, x.Affiliation, x.Meetings})
		e := neo4j.NetworkEdge{Source: s, Target: "t" + s, Meetings: -i, First: s, Last: "2020-01-0" + s}
		n.Edges = append(n.Edges, e)
		d.Edges = append(d.Edges, edge{e.Source, e.Target, e.Meetings, e.First, e.Last})
	}
	n.TotalNodes, n.TotalEdges = 1234, 56789
	d.TotalNodes, d.TotalEdges = n.TotalNodes, n.TotalEdges
	want, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendNetworkJSON(nil, n); string(got) != string(want) {
		t.Errorf("hand-written JSON differs:\n%s\nencoding/json:\n%s", got, want)
	}
	empty, _ := json.Marshal(doc{Nodes: []node{}, Edges: []edge{}})
	if got := appendNetworkJSON(nil, neo4j.Network{}); string(got) != string(empty) {
		t.Errorf("empty network: %s, want %s", got, empty)
	}
}
