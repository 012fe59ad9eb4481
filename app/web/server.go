// Package web assembles Assay's HTTP server: the pages (app/web/ui) and the JSON API
// (app/web/api) over the same services, the guards in front of them (app/web/httpx), one
// error handler, health checks, metrics and static files.
package web

import (
	"net"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"assay/app/web/api"
	"assay/app/web/httpx"
	"assay/app/web/ui"
	"assay/static"
)

// Deps are the services the handlers call.
type Deps = httpx.Deps

// Server is the HTTP side of Assay.
type Server struct {
	Deps
	echo  *echo.Echo
	pages *ui.UI
}

// New builds the Echo instance with every route.
func New(d Deps) (*Server, error) {
	pages, err := ui.New(d)
	if err != nil {
		return nil, err
	}
	jsonAPI := api.New(d)
	s := &Server{Deps: d, pages: pages}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.IPExtractor = ipExtractor(d.Config.TrustedProxies)
	e.HTTPErrorHandler = s.handleError
	s.echo = e

	e.Pre(middleware.RemoveTrailingSlashWithConfig(middleware.TrailingSlashConfig{RedirectCode: http.StatusMovedPermanently}))
	e.Use(middleware.Recover())
	e.Use(s.requestLog)
	e.Use(s.securityHeaders)
	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	// Metrics tell an attacker about traffic and the process: never open on the public listener.
	if d.Config.MetricsToken != "" {
		e.GET("/metrics", echo.WrapHandler(MetricsHandler(d.Config.MetricsToken, d.Metrics)))
	}
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", staticHandler(static.FS))))
	guards := httpx.NewGuards(httpx.GuardDeps{Sessions: d.Auth, Invitations: d.Invitations, Guesses: d.Auth,
		Cookies: httpx.NewCookies(d.Config.SecureCookies()), BaseURL: d.Config.BaseURL, Log: d.Log})
	pages.Routes(e, guards)
	jsonAPI.Routes(e, guards)
	return s, nil
}

// Handler is the http.Handler of the whole app.
func (s *Server) Handler() *echo.Echo { return s.echo }

func ipExtractor(trusted []*net.IPNet) echo.IPExtractor {
	if len(trusted) == 0 {
		// With no proxy configured, X-Forwarded-For is whatever the client wants it to be.
		return echo.ExtractIPDirect()
	}
	opts := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
	for _, n := range trusted {
		opts = append(opts, echo.TrustIPRange(n))
	}
	return echo.ExtractIPFromXFFHeader(opts...)
}
