package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/neo4j"
)

func init() {
	register("export", "print the graph (json, cytoscape, graphml)", exportCmd)
}

// writers are the export formats.
var writers = map[string]func(io.Writer, graph.Document) error{
	"json":      neo4j.WriteJSON,
	"cytoscape": neo4j.WriteCytoscape,
	"graphml":   neo4j.WriteGraphML,
}

func exportCmd(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "export", "", "Prints the graph, or the part around the events that pass the filters.")
	format := fs.String("format", "json", "json, cytoscape or graphml")
	var f neo4j.Filter
	fs.StringVar(&f.Actor, "actor", "", "only events of the actor with this `ID`")
	fs.StringVar(&f.From, "from", "", "only events on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "only events on or before `DATE`")
	fs.StringVar(&f.Lang, "lang", "", "only events reported in `LANG`, and only its articles")
	fs.IntVar(&f.MinSources, "min-sources", 0, "only events reported by at least `N` articles")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	timeout := fs.Duration("timeout", 5*time.Minute, "bound on the export")
	if err := parse(fs, args); err != nil {
		return err
	}
	wr, ok := writers[*format]
	if !ok || fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "parley export: unknown format %q or extra arguments\n", *format)
		fs.Usage()
		return errUsage
	}
	if err := f.Validate(); err != nil {
		fmt.Fprintf(e.stderr, "parley export: %v\n", err)
		return errUsage
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	doc, err := st.Export(ctx, f)
	if err != nil {
		return err
	}
	return writeOut(e, *out, func(w io.Writer) error { return wr(w, doc) })
}
