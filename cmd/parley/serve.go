package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
	"github.com/parley/parley/handlers"
)

func init() {
	register("serve", "serve the dashboard", serve)
}

func serve(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "serve", "", "Serves the dashboard at PARLEY_ADDR (default 127.0.0.1:8080). It starts even when\nNeo4j is down: /healthz then answers 503 and the pages say so until it is back.")
	addr := fs.String("addr", e.cfg.Addr, "listen address")
	if err := parse(fs, args); err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	st, err := neo4j.Open(e.cfg.Neo4j)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	if v, err := st.Ping(pctx); err != nil {
		e.log.Warn("neo4j unreachable; serving anyway", "uri", e.cfg.Neo4j.URI, "err", err)
	} else {
		e.log.Info("neo4j", "version", v, "uri", e.cfg.Neo4j.URI)
		sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
		err := st.ApplySchema(sctx)
		scancel()
		if err != nil {
			e.log.Warn("schema", "err", err)
		}
	}
	cancel()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           handlers.New(st, handlers.Options{BrowserURL: e.cfg.BrowserURL, Resolve: x.Resolve}),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	e.log.Info("serving", "dashboard", "http://"+*addr+"/", "neo4j_browser", e.cfg.BrowserURL)
	select {
	case err := <-errc:
		return fmt.Errorf("listen %s: %w", *addr, err)
	case <-ctx.Done():
	}
	sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer scancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	e.log.Info("stopped")
	return nil
}
