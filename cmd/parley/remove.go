package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
)

func init() {
	register("remove", "take articles and what only they supported out of the graph", removeCmd)
}

func removeCmd(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "remove", "ARTICLE...", "Removes articles (by id, or by the path they were loaded from) and everything only\n"+
		"they supported; meetings and statements other articles report are merged again without them.")
	timeout := fs.Duration("timeout", 5*time.Minute, "bound on one write transaction")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	ids, missing, err := st.Resolve(ctx, fs.Args())
	if err != nil {
		return err
	}
	ws, err := st.Remove(ctx, ids, 100, neo4j.WriteOptions{Fold: extract.Fold, Timeout: *timeout})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "removed: articles=%d\n", ws.Removed)
	if len(missing) > 0 {
		return fmt.Errorf("no such article: %s", strings.Join(missing, ", "))
	}
	return nil
}
