package handlers

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/parley/parley/graph/neo4j"
)

// summary keeps the overview for a short while. The overview counts the
// whole graph (its cost grows with the archive, 200 ms at 1,000 articles),
// every visitor sees the same numbers, and the graph changes only when
// articles are loaded. Past maxAge a visitor still gets the kept copy at
// once while one goroutine reads a new one (stale-while-revalidate); only
// the first visitor, and the first after a failed refresh, waits for the
// database, so a database that goes away is still reported.
type summary struct {
	maxAge  time.Duration
	timeout time.Duration
	load    func(context.Context) (neo4j.Overview, error)

	mu         sync.Mutex
	val        neo4j.Overview
	at         time.Time
	ok         bool
	refreshing bool
}

func (s *summary) get(ctx context.Context) (neo4j.Overview, error) {
	s.mu.Lock()
	if s.ok {
		v := s.val
		if time.Since(s.at) > s.maxAge && !s.refreshing {
			s.refreshing = true
			go s.refresh()
		}
		s.mu.Unlock()
		return v, nil
	}
	s.mu.Unlock()
	v, err := s.load(ctx)
	if err != nil {
		return v, err
	}
	s.mu.Lock()
	s.val, s.at, s.ok = v, time.Now(), true
	s.mu.Unlock()
	return v, nil
}

func (s *summary) refresh() {
	ctx, cancel := context.WithTimeout(context.Background(), s.timeout)
	defer cancel()
	v, err := s.load(ctx)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refreshing = false
	if err != nil {
		slog.Warn("overview refresh", "err", err)
		s.ok = false
		return
	}
	s.val, s.at = v, time.Now()
}
