package handlers

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// health answers 200 with the Neo4j version when the database answers, and
// 503 when it does not, so that load balancers and make run can tell.
func (h *handler) health(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 3*time.Second)
	defer cancel()
	v, err := h.st.Ping(ctx)
	if err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "neo4j": "unreachable", "error": "the database does not answer"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "neo4j": v})
}
