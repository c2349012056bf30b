package handlers

import (
	"encoding/json"
	"strconv"

	"github.com/parley/parley/graph/neo4j"
)

// NetworkEdges is how many edges /api/network returns unless told
// (?edges=, up to 5,000): the strongest, so that the drawing stays
// readable; total_edges and total_nodes say how many there were.
const NetworkEdges = 300

// appendNetworkJSON writes the network as /api/network returns it:
//
//	{"nodes":[{"id","name","kind","affiliation" (when set),"meetings"}],
//	 "edges":[{"source","target","meetings","first","last" (when set)}],
//	 "total_nodes":N,"total_edges":N}
//
// by hand rather than through encoding/json's reflection (a tenth of the
// request's CPU at 2,000 edges); the bytes are those json.Marshal writes
// for the same fields (TestNetworkJSONIsEncodingJSON).
func appendNetworkJSON(b []byte, n neo4j.Network) []byte {
	b = append(b, `{"nodes":[`...)
	for i, x := range n.Nodes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendJSONString(b, x.ID)
		b = append(b, `,"name":`...)
		b = appendJSONString(b, x.Name)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, x.Kind)
		if x.Affiliation != "" {
			b = append(b, `,"affiliation":`...)
			b = appendJSONString(b, x.Affiliation)
		}
		b = append(b, `,"meetings":`...)
		b = strconv.AppendInt(b, int64(x.Meetings), 10)
		b = append(b, '}')
	}
	b = append(b, `],"edges":[`...)
	for i, e := range n.Edges {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"source":`...)
		b = appendJSONString(b, e.Source)
		b = append(b, `,"target":`...)
		b = appendJSONString(b, e.Target)
		b = append(b, `,"meetings":`...)
		b = strconv.AppendInt(b, int64(e.Meetings), 10)
		if e.First != "" {
			b = append(b, `,"first":`...)
			b = appendJSONString(b, e.First)
		}
		if e.Last != "" {
			b = append(b, `,"last":`...)
			b = appendJSONString(b, e.Last)
		}
		b = append(b, '}')
	}
	b = append(b, `],"total_nodes":`...)
	b = strconv.AppendInt(b, int64(n.TotalNodes), 10)
	b = append(b, `,"total_edges":`...)
	b = strconv.AppendInt(b, int64(n.TotalEdges), 10)
	return append(b, '}')
}

// appendJSONString quotes s as encoding/json does (HTML characters
// escaped): printable ASCII other than " \ < > & as it is, anything else
// through json.Marshal.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, err := json.Marshal(s)
			if err != nil { // a string always marshals
				return append(b, `""`...)
			}
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
