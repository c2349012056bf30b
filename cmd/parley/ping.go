package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parley/parley/graph/neo4j"
)

func init() {
	register("ping", "check that Neo4j answers; print its version", ping)
}

func ping(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "ping", "", "Exits 0 and prints the Neo4j version when the configured database answers.")
	timeout := fs.Duration("timeout", 5*time.Second, "how long to wait for an answer")
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	st, err := neo4j.Open(e.cfg.Neo4j)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	v, err := st.Ping(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", e.cfg.Neo4j.URI, err)
	}
	fmt.Fprintf(e.stdout, "Neo4j %s at %s\n", v, e.cfg.Neo4j.URI)
	return nil
}
