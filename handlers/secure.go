package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// secure sets the security headers of every response and refuses what the
// dashboard never needs: methods other than GET and HEAD, request bodies.
// Article text is untrusted, so scripts run only from our own files.
func secure(c *gin.Context) {
	hd := c.Writer.Header()
	hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "same-origin")
	hd.Set("X-Frame-Options", "DENY")
	if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	if c.Request.ContentLength > 0 {
		c.AbortWithStatus(http.StatusRequestEntityTooLarge)
		return
	}
	if len(c.Request.URL.RawQuery) > 4096 {
		c.AbortWithStatus(http.StatusRequestURITooLong)
		return
	}
	c.Next()
}
