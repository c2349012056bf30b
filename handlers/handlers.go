// Package handlers serves Parley's dashboard: gin handlers for the HTML
// pages (rendered by views), the JSON API, the export and the health check.
package handlers

import (
	"context"
	"io/fs"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/parley/parley/assets"
	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
)

// Store is what the handlers need from the database.
type Store interface {
	Ping(ctx context.Context) (string, error)
	Overview(ctx context.Context) (neo4j.Overview, error)
	Meetings(ctx context.Context, f neo4j.MeetingFilter) ([]neo4j.MeetingRow, error)
	Meeting(ctx context.Context, id string) (neo4j.MeetingPage, bool, error)
	Actor(ctx context.Context, id string) (neo4j.ActorPage, bool, error)
	Statements(ctx context.Context, speaker string, limit int) ([]neo4j.StatementRow, error)
	SearchActors(ctx context.Context, q string, ids []string, limit int) ([]neo4j.ActorRank, error)
	Network(ctx context.Context, f neo4j.MeetingFilter) (neo4j.Network, error)
	Article(ctx context.Context, id string) (neo4j.ArticlePage, bool, error)
	Export(ctx context.Context, f neo4j.Filter) (graph.Document, error)
}

// Options tune the handlers.
type Options struct {
	// BrowserURL is Neo4j Browser's address, for the "Open in Neo4j Browser" links.
	BrowserURL string
	// Timeout bounds every request's database work.
	Timeout time.Duration
	// Resolve maps a user's query in any script to actor ids (the
	// extractor's folding and cross-script matching), so that the search
	// finds حفتر, ہفتار and Haftar alike.
	Resolve func(string) []string
	// Marks recognises actors, places, dates and triggers in an article's
	// stored text, for the article page (the extractor's Marks).
	Marks func(graph.Article) ([]extract.Mark, error)
	// OverviewMaxAge is how long the overview's counts are served before
	// they are read again (in the background); 10 s by default.
	OverviewMaxAge time.Duration
}

// New returns the dashboard's router.
func New(st Store, opt Options) *gin.Engine {
	if opt.Timeout == 0 {
		opt.Timeout = 10 * time.Second
	}
	if opt.OverviewMaxAge == 0 {
		opt.OverviewMaxAge = 10 * time.Second
	}
	if opt.Resolve == nil {
		opt.Resolve = func(string) []string { return nil }
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery(), secure)
	h := &handler{st: st, opt: opt, sum: &summary{maxAge: opt.OverviewMaxAge, timeout: opt.Timeout, load: st.Overview}}
	static, _ := fs.Sub(assets.FS, ".")
	r.StaticFS("/assets", http.FS(static))
	r.GET("/healthz", h.health)
	r.GET("/", h.overview)
	r.GET("/graph", h.network)
	r.GET("/api/network", h.networkJSON)
	r.GET("/api/graph", h.export)
	r.GET("/actors", h.actors)
	r.GET("/actors/:id", h.actor)
	r.GET("/meetings", h.meetings)
	r.GET("/meetings/:id", h.meeting)
	r.GET("/statements", h.statements)
	r.GET("/articles/:id", h.article)
	r.NoRoute(func(c *gin.Context) { h.fail(c, http.StatusNotFound, "No such page.") })
	return r
}

type handler struct {
	st  Store
	opt Options
	sum *summary
}

// ctx gives a request's database work its deadline.
func (h *handler) ctx(c *gin.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(c.Request.Context(), h.opt.Timeout)
}
