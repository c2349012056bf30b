package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/eval"
	"github.com/parley/parley/graph/extract"
)

func init() {
	register("eval", "score extraction against a hand-annotated gold set", evalCmd)
}

func evalCmd(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "eval", "[DIR...]", "Extracts every article of the gold set (NAME.gold.yaml next to NAME.txt) and prints\nprecision and recall per language and fact type. Default: testdata/gold/dev testdata/gold/seeds.\nThe held-out set (testdata/gold/heldout) measures articles the rules were not tuned on.")
	details := fs.Bool("v", false, "list every mismatch and every gold actor never extracted")
	if err := parse(fs, args); err != nil {
		return err
	}
	dirs := fs.Args()
	if len(dirs) == 0 {
		dirs = []string{"testdata/gold/dev", "testdata/gold/seeds"}
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	name := func(id string) string {
		if a, ok := x.Actor(id); ok {
			return a.Name
		}
		return ""
	}
	aliases := func(id string) []string {
		a, _ := x.Actor(id)
		return a.Aliases
	}
	fn := func(path string) (graph.Facts, func(string) string, error) {
		var facts graph.Facts
		var got bool
		err := extract.Read(path, func(a graph.Article, err error) error {
			if err != nil {
				return err
			}
			f, err := x.Article(a)
			if err != nil {
				return err
			}
			facts, got = f, true
			return nil
		})
		if err == nil && !got {
			err = errors.New("no article")
		}
		// Unknown actors found by a title rule are not in the lexicon: their name is in the facts.
		names := func(id string) string {
			if n := name(id); n != "" {
				return n
			}
			for _, a := range facts.Actors {
				if a.ID == id {
					return a.Name
				}
			}
			return ""
		}
		return facts, names, err
	}
	for _, dir := range dirs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r, err := eval.RunWith(dir, fn, aliases)
		if err != nil {
			return fmt.Errorf("eval %s: %w", dir, err)
		}
		fmt.Fprintf(e.stdout, "## %s\n\n", dir)
		r.Table(e.stdout)
		if *details {
			for _, m := range r.Details {
				fmt.Fprintf(e.stdout, "- %+v\n", m)
			}
			for _, w := range r.Warnings {
				fmt.Fprintf(e.stdout, "- warning: %s\n", w)
			}
		}
		for _, msg := range r.Errors {
			fmt.Fprintf(e.stderr, "eval: %s\n", msg)
		}
		fmt.Fprintln(e.stdout)
	}
	return nil
}
