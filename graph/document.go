package graph

// Document is the graph as exchanged with other tools: what `parley
// extract` prints, what `parley export --format json` prints and what
// /api/graph serves. Node and relationship ids are Parley's own stable ids,
// never Neo4j's internal element ids, so documents from two runs compare.
type Document struct {
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}

// Node is one node of a Document.
type Node struct {
	ID         string         `json:"id"`
	Labels     []string       `json:"labels"`
	Properties map[string]any `json:"properties"`
}

// Relationship is one relationship of a Document.
type Relationship struct {
	ID         string         `json:"id"`
	Type       string         `json:"type"`
	Start      string         `json:"start"`
	End        string         `json:"end"`
	Properties map[string]any `json:"properties"`
}
