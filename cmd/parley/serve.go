package main

import (
	"context"
	"errors"
	"expvar"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"runtime"
	"sync"
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
	debugAddr := fs.String("debug-addr", "", "also serve Go's pprof and expvar (memory, goroutines) at this loopback address, for soak tests and profiling")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *debugAddr != "" {
		if err := serveDebug(*debugAddr); err != nil {
			return err
		}
		e.log.Info("debug endpoints", "pprof", "http://"+*debugAddr+"/debug/pprof/", "expvar", "http://"+*debugAddr+"/debug/vars")
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
		Handler:           handlers.New(st, handlers.Options{BrowserURL: e.cfg.BrowserURL, Resolve: x.Resolve, Marks: x.Marks}),
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

// serveDebug serves pprof and expvar (with the goroutine count) on their own
// listener, never on the dashboard's, and only on a loopback address.
func serveDebug(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("debug address %s: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("debug address %s: must be a loopback address such as 127.0.0.1:6060", addr)
	}
	goroutinesOnce.Do(func() {
		expvar.Publish("goroutines", expvar.Func(func() any { return runtime.NumGoroutine() }))
	})
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.Handle("/debug/vars", expvar.Handler())
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("debug listen %s: %w", addr, err)
	}
	go func() { _ = http.Serve(l, mux) }()
	return nil
}

var goroutinesOnce sync.Once
