// Package handlers serves Parley's dashboard: gin handlers for the HTML
// pages (rendered by views), the JSON API, the export and the health check.
package handlers

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// Store is what the handlers need from the database.
type Store interface {
	Ping(ctx context.Context) (string, error)
}

// Options tune the handlers.
type Options struct {
	// BrowserURL is Neo4j Browser's address, for the "Open in Neo4j Browser" links.
	BrowserURL string
	// Timeout bounds every request's database work.
	Timeout time.Duration
}

// New returns the dashboard's router.
func New(st Store, opt Options) *gin.Engine {
	if opt.Timeout == 0 {
		opt.Timeout = 10 * time.Second
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())
	h := &handler{st: st, opt: opt}
	r.GET("/healthz", h.health)
	r.GET("/", func(c *gin.Context) {
		c.String(http.StatusOK, "Parley\n")
	})
	return r
}

type handler struct {
	st  Store
	opt Options
}

// ctx gives a request's database work its deadline.
//
//lint:ignore U1000 used by the page handlers
func (h *handler) ctx(c *gin.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(c.Request.Context(), h.opt.Timeout)
}
