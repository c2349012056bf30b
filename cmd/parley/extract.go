package main

import (
	"context"
	"fmt"
	"io"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
)

func init() {
	register("extract", "print the graph document of articles, without a database", extractCmd)
}

// extractCmd prints the document `parley export` would print after loading
// the same files into an empty database: the articles are merged in memory
// by the same code the loader uses. Articles are read one at a time and only
// their facts are kept.
func extractCmd(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "extract", "FILE|DIR...", "Prints the JSON graph document of the articles (.txt, .md, .jsonl; directories are\n"+
		"searched) without a database. Bad files are reported and skipped; the exit status is 1\nwhen any failed.")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	x, err := extract.New()
	if err != nil {
		return fmt.Errorf("extractor: %w", err)
	}
	files, ferrs := extract.Files(fs.Args()...)
	failed := 0
	for _, err := range ferrs {
		failed++
		fmt.Fprintf(e.stderr, "parley extract: %v\n", err)
	}
	c := graph.NewCorpus(extract.Fold)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := extract.Read(f, func(a graph.Article, err error) error {
			if err != nil {
				failed++
				fmt.Fprintf(e.stderr, "parley extract: %v\n", err)
				return nil
			}
			facts, err := x.Article(a)
			if err != nil {
				failed++
				fmt.Fprintf(e.stderr, "parley extract: %s: %v\n", f, err)
				return nil
			}
			c.Add(facts)
			return nil
		})
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "parley extract: %v\n", err)
		}
	}
	doc := c.Document()
	if err := writeOut(e, *out, func(w io.Writer) error { return neo4j.WriteJSON(w, doc) }); err != nil {
		return err
	}
	e.log.Debug("extracted", "files", len(files), "articles", c.Len(), "nodes", len(doc.Nodes), "relationships", len(doc.Relationships))
	if failed > 0 {
		return exitCode(1)
	}
	return nil
}
