package neo4j

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parley/parley/graph"
)

// Filter narrows an export to the events (meetings and statements) that
// pass every condition set, with the actors, places and articles around
// them and the relationships among those. The zero Filter exports the whole
// graph.
type Filter struct {
	Actor      string // actor id: events the actor attended, said, or is the subject of
	From, To   string // ISO dates, partial allowed ("2020", "2020-01"); events whose date lacks a year are left out
	Lang       string // events reported in this language, and only the articles in it
	MinSources int    // events reported by at least this many articles
}

// IsZero reports whether the filter keeps everything.
func (f Filter) IsZero() bool { return f == Filter{} }

// Validate checks the dates of a filter.
func (f Filter) Validate() error {
	for _, d := range []string{f.From, f.To} {
		if d == "" {
			continue
		}
		v, err := graph.ParseDate(d)
		if err != nil || !v.HasYear() {
			return fmt.Errorf("filter: date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if f.MinSources < 0 {
		return fmt.Errorf("filter: min sources %d < 0", f.MinSources)
	}
	return nil
}

// relSpecs are the relationship types of the model with their end labels.
var relSpecs = []struct{ typ, from, to string }{
	{graph.RelAttended, graph.LabelActor, graph.LabelMeeting},
	{graph.RelHeldIn, graph.LabelMeeting, graph.LabelPlace},
	{graph.RelSaid, graph.LabelActor, graph.LabelStatement},
	{graph.RelAbout, graph.LabelStatement, graph.LabelActor},
	{graph.RelReports, graph.LabelArticle, graph.LabelMeeting},
	{graph.RelReports, graph.LabelArticle, graph.LabelStatement},
	{graph.RelMentions, graph.LabelArticle, graph.LabelActor},
	{graph.RelSameStory, graph.LabelArticle, graph.LabelArticle},
	{graph.RelMet, graph.LabelActor, graph.LabelActor},
	{graph.RelAffiliatedWith, graph.LabelActor, graph.LabelActor},
}

func docID(label, id string) string {
	if label == graph.LabelPlace {
		return graph.PlaceNodeID(id)
	}
	return id
}

// Export reads the graph (or the part the filter keeps) as a Document with
// Parley's ids, nodes and relationships sorted by id: the document `parley
// extract` prints for the same articles.
func (s *Store) Export(ctx context.Context, f Filter) (graph.Document, error) {
	if err := f.Validate(); err != nil {
		return graph.Document{}, err
	}
	var doc graph.Document
	if f.IsZero() {
		// The precomputed MeetingDay nodes and a running load's marker are
		// not part of the model.
		res, err := s.query(ctx, `MATCH (n) WHERE NOT n:MeetingDay AND NOT n:`+markerLabel+` RETURN labels(n)[0] AS label, properties(n) AS props`, nil)
		if err != nil {
			return doc, fmt.Errorf("export nodes: %w", err)
		}
		for _, r := range res.Records {
			doc.Nodes = append(doc.Nodes, nodeOf(str(r, "label"), propsOf(r, "props")))
		}
		res, err = s.query(ctx, `MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] AS la, a.id AS a,
			labels(b)[0] AS lb, b.id AS b, properties(r) AS props`, nil)
		if err != nil {
			return doc, fmt.Errorf("export relationships: %w", err)
		}
		for _, r := range res.Records {
			doc.Relationships = append(doc.Relationships, relOf(str(r, "type"), docID(str(r, "la"), str(r, "a")), docID(str(r, "lb"), str(r, "b")), propsOf(r, "props")))
		}
		graph.Sort(&doc)
		return doc, nil
	}
	ids, err := s.filterEvents(ctx, f)
	if err != nil {
		return doc, err
	}
	keep := map[string]set{graph.LabelMeeting: {}, graph.LabelStatement: {}, graph.LabelActor: {}, graph.LabelPlace: {}, graph.LabelArticle: {}}
	if f.Actor != "" {
		keep[graph.LabelActor].add(f.Actor)
	}
	for label, evs := range ids {
		keep[label].add(evs...)
		if len(evs) == 0 {
			continue
		}
		res, err := s.query(ctx, `MATCH (e:`+label+`) WHERE e.id IN $ids
			RETURN [(x:Actor)-[:ATTENDED|SAID]->(e) | x.id] + [(e)-[:ABOUT]->(x:Actor) | x.id] AS actors,
			       [(e)-[:HELD_IN]->(p:Place) | p.id] AS places,
			       [(a:Article)-[:REPORTS]->(e) WHERE $lang = '' OR a.lang = $lang | a.id] AS articles`,
			map[string]any{"ids": evs, "lang": f.Lang})
		if err != nil {
			return doc, fmt.Errorf("export neighbours: %w", err)
		}
		for _, r := range res.Records {
			keep[graph.LabelActor].add(strs(r, "actors")...)
			keep[graph.LabelPlace].add(strs(r, "places")...)
			keep[graph.LabelArticle].add(strs(r, "articles")...)
		}
	}
	for _, label := range sortedIDs(keep) {
		if len(keep[label]) == 0 {
			continue
		}
		res, err := s.query(ctx, `MATCH (n:`+label+`) WHERE n.id IN $ids RETURN properties(n) AS props`, map[string]any{"ids": keep[label].list()})
		if err != nil {
			return doc, fmt.Errorf("export %s nodes: %w", label, err)
		}
		for _, r := range res.Records {
			doc.Nodes = append(doc.Nodes, nodeOf(label, propsOf(r, "props")))
		}
	}
	for _, sp := range relSpecs {
		from, to := keep[sp.from], keep[sp.to]
		if len(from) == 0 || len(to) == 0 {
			continue
		}
		res, err := s.query(ctx, `MATCH (a:`+sp.from+`)-[r:`+sp.typ+`]->(b:`+sp.to+`) WHERE a.id IN $from AND b.id IN $to
			RETURN a.id AS a, b.id AS b, properties(r) AS props`, map[string]any{"from": from.list(), "to": to.list()})
		if err != nil {
			return doc, fmt.Errorf("export %s: %w", sp.typ, err)
		}
		for _, r := range res.Records {
			doc.Relationships = append(doc.Relationships, relOf(sp.typ, docID(sp.from, str(r, "a")), docID(sp.to, str(r, "b")), propsOf(r, "props")))
		}
	}
	graph.Sort(&doc)
	return doc, nil
}

// filterEvents returns the ids of the meetings and statements that pass.
func (s *Store) filterEvents(ctx context.Context, f Filter) (map[string][]string, error) {
	// Dates compare as strings on the common prefix, so "2020-01" is
	// within from=2020-01-05 and to=2020-01 takes the whole month.
	const where = `($min = 0 OR e.sources >= $min)
		AND ($from = '' OR (e.date IS NOT NULL AND NOT e.date STARTS WITH '-' AND e.date >= left($from, size(e.date))))
		AND ($to = '' OR (e.date IS NOT NULL AND NOT e.date STARTS WITH '-' AND left(e.date, size($to)) <= $to))
		AND ($lang = '' OR EXISTS { MATCH (:Article {lang: $lang})-[:REPORTS]->(e) })`
	p := map[string]any{"min": f.MinSources, "from": f.From, "to": f.To, "lang": f.Lang, "actor": f.Actor}
	out := map[string][]string{}
	for _, label := range []string{graph.LabelMeeting, graph.LabelStatement} {
		var cypher string
		if f.Actor != "" {
			// Start from the actor: the cost follows the actor's degree.
			cypher = `MATCH (x:Actor {id: $actor})
				CALL { WITH x MATCH (x)-[:ATTENDED|SAID]->(e:` + label + `) RETURN e
				       UNION WITH x MATCH (e:` + label + `)-[:ABOUT]->(x) RETURN e }
				WITH DISTINCT e WHERE ` + where + ` RETURN e.id AS id`
		} else {
			cypher = `MATCH (e:` + label + `) WHERE ` + where + ` RETURN e.id AS id`
		}
		res, err := s.query(ctx, cypher, p)
		if err != nil {
			return nil, fmt.Errorf("export filter: %w", err)
		}
		for _, r := range res.Records {
			out[label] = append(out[label], str(r, "id"))
		}
	}
	return out, nil
}

func nodeOf(label string, props map[string]any) graph.Node {
	id, _ := props["id"].(string)
	if label == graph.LabelArticle {
		// The stored text serves the article page; exports carry the facts,
		// as `parley extract` does, not whole articles.
		delete(props, "text")
	}
	return graph.Node{ID: docID(label, id), Labels: []string{label}, Properties: props}
}

func relOf(typ, a, b string, props map[string]any) graph.Relationship {
	if props == nil {
		props = map[string]any{}
	}
	return graph.Relationship{ID: graph.RelID(typ, a, b, props), Type: typ, Start: a, End: b, Properties: props}
}

// WriteJSON writes the document as indented JSON, the format of `parley
// extract` and `parley export --format json`.
func WriteJSON(w io.Writer, doc graph.Document) error {
	graph.Sort(&doc)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// WriteCytoscape writes Cytoscape.js elements: {"elements": {"nodes":
// [{"data": {...}}], "edges": [{"data": {...}}]}}. A node's data holds its
// properties, its document id as id, its label as label; an edge's data
// holds its properties with id, source, target and label (the type).
func WriteCytoscape(w io.Writer, doc graph.Document) error {
	graph.Sort(&doc)
	type el struct {
		Data map[string]any `json:"data"`
	}
	out := struct {
		Elements struct {
			Nodes []el `json:"nodes"`
			Edges []el `json:"edges"`
		} `json:"elements"`
	}{}
	out.Elements.Nodes, out.Elements.Edges = []el{}, []el{}
	for _, n := range doc.Nodes {
		d := map[string]any{}
		for k, v := range n.Properties {
			d[k] = v
		}
		if n.ID != d["id"] {
			d["key"] = d["id"]
		}
		d["id"] = n.ID
		if len(n.Labels) > 0 {
			d["label"] = n.Labels[0]
		}
		out.Elements.Nodes = append(out.Elements.Nodes, el{d})
	}
	for _, r := range doc.Relationships {
		d := map[string]any{}
		for k, v := range r.Properties {
			d[k] = v
		}
		d["id"], d["source"], d["target"], d["label"] = r.ID, r.Start, r.End, r.Type
		out.Elements.Edges = append(out.Elements.Edges, el{d})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write cytoscape: %w", err)
	}
	return nil
}

// graphmlType is the GraphML attr.type of a value; lists are written as
// JSON strings (GraphML has no list type).
func graphmlType(v any) string {
	switch v.(type) {
	case bool:
		return "boolean"
	case int, int64, int32:
		return "long"
	case float64, float32:
		return "double"
	}
	return "string"
}

func graphmlValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool, int, int64, int32:
		return fmt.Sprint(x)
	case float64:
		return fmt.Sprint(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// WriteGraphML writes the document as GraphML for Gephi, yEd and networkx.
// Node labels go in the "labels" attribute (":"-joined), relationship types
// in "type"; list properties are JSON strings.
func WriteGraphML(w io.Writer, doc graph.Document) error {
	graph.Sort(&doc)
	type key struct{ domain, name string }
	types := map[key]string{}
	note := func(domain string, props map[string]any) {
		for k, v := range props {
			t := graphmlType(v)
			kk := key{domain, k}
			switch old, ok := types[kk]; {
			case !ok:
				types[kk] = t
			case old == t:
			case (old == "long" && t == "double") || (old == "double" && t == "long"):
				types[kk] = "double"
			default:
				types[kk] = "string"
			}
		}
	}
	for _, n := range doc.Nodes {
		note("node", n.Properties)
	}
	for _, r := range doc.Relationships {
		note("edge", r.Properties)
	}
	types[key{"node", "labels"}] = "string"
	types[key{"edge", "type"}] = "string"
	keys := make([]key, 0, len(types))
	for k := range types {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].domain != keys[j].domain {
			return keys[i].domain < keys[j].domain
		}
		return keys[i].name < keys[j].name
	})
	keyID := func(domain, name string) string { return domain[:1] + "_" + name }
	var b strings.Builder
	esc := func(s string) string {
		var e strings.Builder
		_ = xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", esc(keyID(k.domain, k.name)), k.domain, esc(k.name), types[k])
	}
	b.WriteString(`  <graph id="parley" edgedefault="directed">` + "\n")
	data := func(domain string, props map[string]any) {
		for _, k := range sortedIDs(props) {
			v := props[k]
			if types[key{domain, k}] == "string" {
				v = graphmlValue(v)
			}
			fmt.Fprintf(&b, "      <data key=\"%s\">%s</data>\n", esc(keyID(domain, k)), esc(graphmlValue(v)))
		}
	}
	for _, n := range doc.Nodes {
		fmt.Fprintf(&b, "    <node id=\"%s\">\n", esc(n.ID))
		p := map[string]any{"labels": strings.Join(n.Labels, ":")}
		for k, v := range n.Properties {
			p[k] = v
		}
		data("node", p)
		b.WriteString("    </node>\n")
	}
	for _, r := range doc.Relationships {
		fmt.Fprintf(&b, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", esc(r.ID), esc(r.Start), esc(r.End))
		p := map[string]any{"type": r.Type}
		for k, v := range r.Properties {
			p[k] = v
		}
		data("edge", p)
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}
