package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/web/httpx"
)

// handleError is the one place errors become responses: JSON on the API's routes and for
// clients that ask for it, a page otherwise. Server errors are logged with their details,
// which never reach the client.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, body := httpx.Classify(err)
	if status == http.StatusServiceUnavailable && c.Response().Header().Get("Retry-After") == "" {
		c.Response().Header().Set("Retry-After", httpx.RetryAfterSeconds)
	}
	if status >= 500 {
		s.Log.Error("request failed", "method", c.Request().Method, "path", httpx.RedactPath(c.Request().URL.Path), "error", err)
	}
	if status == http.StatusForbidden || status == http.StatusTooManyRequests {
		// Refusals are audited: probing for what a role may do, or hammering a limit, shows.
		ev := audit.Event{Action: "request.denied", Detail: map[string]any{"status": status, "method": c.Request().Method,
			"route": c.Path(), "code": body.Code}}
		if err := s.Audit.Record(c.Request().Context(), httpx.Actor(c), ev); err != nil {
			s.Log.Error("audit refused request", "error", err)
		}
	}
	if c.Request().Method == http.MethodHead {
		c.NoContent(status)
		return
	}
	if httpx.WantsJSON(c) {
		c.JSON(status, map[string]httpx.Problem{"error": body})
		return
	}
	if err := s.pages.ErrorPage(c, status, body); err != nil {
		s.Log.Error("error page failed", "path", httpx.RedactPath(c.Request().URL.Path), "error", err)
	}
}
