package web

import (
	"context"
	"crypto/subtle"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"assay/app/web/httpx"
)

var (
	httpRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "assay_http_requests_total", Help: "HTTP requests by route and status.",
	}, []string{"method", "route", "status"})
	httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "assay_http_request_duration_seconds", Help: "HTTP request time by route.", Buckets: prometheus.DefBuckets,
	}, []string{"method", "route"})
	metricsRegistry = func() *prometheus.Registry {
		r := prometheus.NewRegistry()
		r.MustRegister(httpRequests, httpDuration, httpx.TokenLookupFailures, prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
		return r
	}()
)

// MetricsHandler serves the Prometheus metrics, the process's and those data collects (one
// app's, when several run in one process); with a token set, only to a caller that sends it
// as a bearer token. The main listener serves it only when a token is set (see New); the
// separate metrics listener always does.
func MetricsHandler(token string, data prometheus.Collector) http.Handler {
	gatherer := prometheus.Gatherer(metricsRegistry)
	if data != nil {
		own := prometheus.NewRegistry()
		own.MustRegister(data)
		gatherer = prometheus.Gatherers{metricsRegistry, own}
	}
	metrics := promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{})
	if token == "" {
		return metrics
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "metrics need the bearer token", http.StatusUnauthorized)
			return
		}
		metrics.ServeHTTP(w, r)
	})
}

func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// readyz reports whether each backing service answers: the database and the evidence store,
// each with its kind, so an operator sees which one is down. The reasons go to the log only.
func (s *Server) readyz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 3*time.Second)
	defer cancel()
	dbKind, storeKind := "sqlite", "local"
	if s.Config.DatabaseURL != "" {
		dbKind = "postgres"
	}
	if s.Config.S3Bucket != "" {
		storeKind = "s3"
	}
	type check struct {
		Status string `json:"status"`
		Kind   string `json:"kind"`
	}
	body := struct {
		Status      string           `json:"status"`
		Checks      map[string]check `json:"checks"`
		Unavailable []string         `json:"unavailable,omitempty"`
	}{Status: "ok", Checks: map[string]check{}}
	for _, dep := range []struct {
		name, kind string
		ping       httpx.Pinger
	}{{"database", dbKind, s.Database}, {"evidence", storeKind, s.Evidence}} {
		ck := check{Status: "ok", Kind: dep.kind}
		if err := dep.ping.Ping(ctx); err != nil {
			ck.Status, body.Status = "unavailable", "unavailable"
			body.Unavailable = append(body.Unavailable, dep.name)
			s.Log.Warn("readiness check failed", "dependency", dep.name, "kind", dep.kind, "error", err)
		}
		body.Checks[dep.name] = ck
	}
	if body.Status != "ok" {
		c.Response().Header().Set("Retry-After", httpx.RetryAfterSeconds)
		return c.JSON(http.StatusServiceUnavailable, body)
	}
	return c.JSON(http.StatusOK, body)
}

// requestLog logs one line per request, with the route pattern rather than the raw URL so no
// token or search text reaches the log.
func (s *Server) requestLog(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		if err != nil {
			c.Error(err)
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		status := c.Response().Status
		d := time.Since(start)
		httpRequests.WithLabelValues(c.Request().Method, route, strconv.Itoa(status)).Inc()
		httpDuration.WithLabelValues(c.Request().Method, route).Observe(d.Seconds())
		if route != "/healthz" && route != "/metrics" && !strings.HasPrefix(route, "/static") {
			s.Log.Info("http", "method", c.Request().Method, "route", route, "path", httpx.RedactPath(c.Request().URL.Path),
				"status", status, "ms", d.Milliseconds(), "ip", c.RealIP())
		}
		return nil
	}
}

// staticHandler serves embedded assets with a day of caching.
func staticHandler(fsys fs.FS) http.Handler {
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}

// securityHeaders sets strict defaults on every response.
func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
			"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		if s.Config.SecureCookies() {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		if !strings.HasPrefix(c.Request().URL.Path, "/static/") {
			h.Set("Cache-Control", "no-store")
		}
		return next(c)
	}
}
