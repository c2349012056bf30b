package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/a-h/templ"
	"github.com/gin-gonic/gin"

	"github.com/parley/parley/graph"
	"github.com/parley/parley/graph/extract"
	"github.com/parley/parley/graph/neo4j"
	"github.com/parley/parley/views"
)

var (
	idPattern   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,199}$`)
	datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
	langs       = map[string]bool{"ur": true, "ar": true, "de": true, "en": true, "fr": true, "it": true, "tr": true, "es": true, "ru": true}
	modes       = map[string]bool{"in_person": true, "call": true, "video": true, "visit": true}
)

// errBadRequest marks input the user must fix.
type errBadRequest string

func (e errBadRequest) Error() string { return string(e) }

// filters reads and validates the filter parameters shared by the
// timeline, the network and the export.
func filters(c *gin.Context) (neo4j.MeetingFilter, error) {
	f := neo4j.MeetingFilter{Actor: c.Query("actor"), With: c.Query("with"), Mode: c.Query("mode"), Lang: c.Query("lang"), From: c.Query("from"), To: c.Query("to")}
	for _, id := range []string{f.Actor, f.With} {
		if id != "" && !idPattern.MatchString(id) {
			return f, errBadRequest("actor must be an actor id such as khalifa-haftar")
		}
	}
	if f.Mode != "" && !modes[f.Mode] {
		return f, errBadRequest("mode must be one of in_person, call, video, visit")
	}
	if f.Lang != "" && !langs[f.Lang] {
		return f, errBadRequest("lang must be one of ur ar de en fr it tr es ru")
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !datePattern.MatchString(d) {
			return f, errBadRequest("dates are YYYY, YYYY-MM or YYYY-MM-DD")
		}
	}
	var err error
	if f.MinOrigins, err = intParam(c, "min_sources", 0, 0, 1000); err != nil {
		return f, err
	}
	page, err := intParam(c, "page", 1, 1, 10000)
	if err != nil {
		return f, err
	}
	f.Limit = 50
	f.Offset = (page - 1) * f.Limit
	return f, nil
}

func intParam(c *gin.Context, name string, def, lo, hi int) (int, error) {
	s := c.Query(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, errBadRequest(fmt.Sprintf("%s must be a number from %d to %d", name, lo, hi))
	}
	return n, nil
}

func viewFilters(f neo4j.MeetingFilter) views.Filters {
	return views.Filters{Actor: f.Actor, Mode: f.Mode, Lang: f.Lang, From: f.From, To: f.To, MinOrigins: f.MinOrigins}
}

// exportQuery carries the current filters to the export links.
func exportQuery(f neo4j.MeetingFilter) string {
	v := url.Values{}
	for k, s := range map[string]string{"actor": f.Actor, "lang": f.Lang, "from": f.From, "to": f.To} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if f.MinOrigins > 0 {
		v.Set("min_sources", strconv.Itoa(f.MinOrigins))
	}
	if len(v) == 0 {
		return ""
	}
	return "&" + v.Encode()
}

func (h *handler) page(title, nav, cypher string) views.Page {
	return views.Page{Title: title, Nav: nav, Cypher: cypher, Browser: h.opt.BrowserURL}
}

func (h *handler) render(c *gin.Context, status int, comp templ.Component) {
	c.Status(status)
	c.Header("Content-Type", "text/html; charset=utf-8")
	if err := comp.Render(c.Request.Context(), c.Writer); err != nil {
		slog.Warn("render", "path", c.Request.URL.Path, "err", err)
	}
}

// fail shows an error page; with a JSON Accept header, a JSON error.
func (h *handler) fail(c *gin.Context, status int, msg string) {
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		c.JSON(status, gin.H{"error": msg})
		return
	}
	h.render(c, status, views.ErrorPage(h.page("Error", "", ""), status, msg))
}

// dbError explains a failed read: bad input, a slow query, or a database
// that does not answer (the page says so; the next request tries again).
func (h *handler) dbError(c *gin.Context, err error) {
	var bad errBadRequest
	switch {
	case errors.As(err, &bad):
		h.fail(c, http.StatusBadRequest, bad.Error())
	case errors.Is(err, context.DeadlineExceeded):
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if _, perr := h.st.Ping(ctx); perr != nil {
			h.fail(c, http.StatusServiceUnavailable, "The database (Neo4j) is unreachable. Parley reconnects by itself once it is back.")
			return
		}
		h.fail(c, http.StatusGatewayTimeout, "The query took too long. Narrow the filters and try again.")
	default:
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if _, perr := h.st.Ping(ctx); perr != nil {
			h.fail(c, http.StatusServiceUnavailable, "The database (Neo4j) is unreachable. Parley reconnects by itself once it is back.")
			return
		}
		slog.Error("read", "path", c.Request.URL.Path, "err", err)
		h.fail(c, http.StatusInternalServerError, "Something went wrong reading the graph.")
	}
}

func (h *handler) overview(c *gin.Context) {
	ctx, cancel := h.ctx(c)
	defer cancel()
	o, err := h.sum.get(ctx)
	if err != nil {
		h.dbError(c, err)
		return
	}
	h.render(c, http.StatusOK, views.OverviewPage(h.page("Overview", "overview",
		"MATCH (a:Actor)-[r:MET]-(b:Actor) RETURN a, r, b LIMIT 100"), o))
}

func (h *handler) actors(c *gin.Context) {
	q := strings.TrimSpace(c.Query("q"))
	if len(q) > 200 {
		h.fail(c, http.StatusBadRequest, "the search is too long")
		return
	}
	ctx, cancel := h.ctx(c)
	defer cancel()
	var ids []string
	if q != "" {
		ids = h.opt.Resolve(q)
	}
	as, err := h.st.SearchActors(ctx, q, ids, 100)
	if err != nil {
		h.dbError(c, err)
		return
	}
	h.render(c, http.StatusOK, views.ActorsPage(h.page("Actors", "actors",
		"CALL db.index.fulltext.queryNodes('actor_names', "+cypherString(q)+") YIELD node, score RETURN node, score LIMIT 25"), q, as))
}

func (h *handler) actor(c *gin.Context) {
	id := c.Param("id")
	if !idPattern.MatchString(id) {
		h.fail(c, http.StatusBadRequest, "not an actor id")
		return
	}
	ctx, cancel := h.ctx(c)
	defer cancel()
	a, ok, err := h.st.Actor(ctx, id)
	if err != nil {
		h.dbError(c, err)
		return
	}
	if !ok {
		h.fail(c, http.StatusNotFound, "No actor with that id.")
		return
	}
	p := h.page(a.Name, "actors", "MATCH (a:Actor {id: "+cypherString(id)+"})-[r:ATTENDED|SAID|MET]-(x) RETURN a, r, x")
	p.Export = "&actor=" + url.QueryEscape(id)
	h.render(c, http.StatusOK, views.ActorPageView(p, a))
}

func (h *handler) meetings(c *gin.Context) {
	f, err := filters(c)
	if err != nil {
		h.dbError(c, err)
		return
	}
	ctx, cancel := h.ctx(c)
	defer cancel()
	ms, err := h.st.Meetings(ctx, f)
	if err != nil {
		h.dbError(c, err)
		return
	}
	p := h.page("Meetings", "meetings", "MATCH (a:Actor)-[:ATTENDED]->(m:Meeting) RETURN m, collect(a) ORDER BY m.date DESC LIMIT 50")
	p.Export = exportQuery(f)
	h.render(c, http.StatusOK, views.MeetingsPage(p, viewFilters(f), ms))
}

func (h *handler) meeting(c *gin.Context) {
	id := c.Param("id")
	if !idPattern.MatchString(id) {
		h.fail(c, http.StatusBadRequest, "not a meeting id")
		return
	}
	ctx, cancel := h.ctx(c)
	defer cancel()
	m, ok, err := h.st.Meeting(ctx, id)
	if err != nil {
		h.dbError(c, err)
		return
	}
	if !ok {
		h.fail(c, http.StatusNotFound, "No meeting with that id.")
		return
	}
	h.render(c, http.StatusOK, views.MeetingPageView(h.page("Meeting", "meetings",
		"MATCH (m:Meeting {id: "+cypherString(id)+"})-[r]-(x) RETURN m, r, x"), m))
}

func (h *handler) statements(c *gin.Context) {
	speaker := c.Query("speaker")
	if speaker != "" && !idPattern.MatchString(speaker) {
		h.fail(c, http.StatusBadRequest, "speaker must be an actor id")
		return
	}
	ctx, cancel := h.ctx(c)
	defer cancel()
	ss, err := h.st.Statements(ctx, speaker, 200)
	if err != nil {
		h.dbError(c, err)
		return
	}
	h.render(c, http.StatusOK, views.StatementsPage(h.page("Statements", "statements",
		"MATCH (a:Actor)-[:SAID]->(s:Statement)<-[r:REPORTS]-(ar:Article) RETURN a, s, r, ar LIMIT 50"), ss))
}

func (h *handler) network(c *gin.Context) {
	f, err := filters(c)
	if err != nil {
		h.dbError(c, err)
		return
	}
	api := "/api/network"
	if q := c.Request.URL.RawQuery; q != "" {
		api += "?" + q
	}
	p := h.page("Network", "graph", "MATCH (a:Actor)-[r:MET]-(b:Actor) RETURN a, r, b LIMIT 300")
	p.Export = exportQuery(f)
	h.render(c, http.StatusOK, views.NetworkPage(p, viewFilters(f), api))
}

func (h *handler) networkJSON(c *gin.Context) {
	f, err := filters(c)
	if err != nil {
		h.dbError(c, err)
		return
	}
	if f.Edges, err = intParam(c, "edges", NetworkEdges, 1, 5000); err != nil {
		h.dbError(c, err)
		return
	}
	f.Limit, f.Offset = 2000, 0
	ctx, cancel := h.ctx(c)
	defer cancel()
	n, err := h.st.Network(ctx, f)
	if err != nil {
		h.dbError(c, err)
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", appendNetworkJSON(nil, n))
}

func (h *handler) export(c *gin.Context) {
	f, err := filters(c)
	if err != nil {
		h.dbError(c, err)
		return
	}
	format := c.DefaultQuery("format", "json")
	ctx, cancel := h.ctx(c)
	defer cancel()
	doc, err := h.st.Export(ctx, neo4j.Filter{Actor: f.Actor, From: f.From, To: f.To, Lang: f.Lang, MinSources: f.MinOrigins})
	if err != nil {
		h.dbError(c, err)
		return
	}
	switch format {
	case "json":
		c.Header("Content-Type", "application/json")
		c.Header("Content-Disposition", `attachment; filename="parley.json"`)
		err = neo4j.WriteJSON(c.Writer, doc)
	case "cytoscape":
		c.Header("Content-Type", "application/json")
		c.Header("Content-Disposition", `attachment; filename="parley.cyjs"`)
		err = neo4j.WriteCytoscape(c.Writer, doc)
	case "graphml":
		c.Header("Content-Type", "application/xml")
		c.Header("Content-Disposition", `attachment; filename="parley.graphml"`)
		err = neo4j.WriteGraphML(c.Writer, doc)
	default:
		h.fail(c, http.StatusBadRequest, "format must be json, cytoscape or graphml")
		return
	}
	if err != nil {
		slog.Warn("export", "err", err)
	}
}

// cypherString quotes a value for the Cypher shown in Neo4j Browser links
// (never executed by Parley itself, whose queries are all parameterised).
func cypherString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`)
	return "'" + r.Replace(s) + "'"
}

func (h *handler) article(c *gin.Context) {
	id := c.Param("id")
	if !idPattern.MatchString(id) {
		h.fail(c, http.StatusBadRequest, "not an article id")
		return
	}
	ctx, cancel := h.ctx(c)
	defer cancel()
	a, ok, err := h.st.Article(ctx, id)
	if err != nil {
		h.dbError(c, err)
		return
	}
	if !ok {
		h.fail(c, http.StatusNotFound, "No article with that id.")
		return
	}
	// What the engine recognises in the text, recomputed from it; the
	// stored facts' own spans when that is not available.
	marks := map[string][]int{}
	var ms []extract.Mark
	if h.opt.Marks != nil && a.Text != "" {
		ms, err = h.opt.Marks(graph.Article{ID: a.ID, Lang: a.Lang, Text: a.Text})
		if err != nil {
			slog.Warn("article marks", "id", a.ID, "err", err)
		}
	}
	for _, m := range ms {
		marks[m.Kind] = append(marks[m.Kind], m.Start, m.End)
	}
	if len(ms) == 0 {
		for _, f := range a.Facts {
			marks["trigger"] = append(marks["trigger"], f.Trigger...)
			marks["actor"] = append(marks["actor"], f.Spans...)
		}
	}
	h.render(c, http.StatusOK, views.ArticlePageView(h.page(a.Name, "", "MATCH (a:Article {id: "+cypherString(id)+"})-[r:REPORTS|MENTIONS]->(x) RETURN a, r, x"), a, marks))
}
