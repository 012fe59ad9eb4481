// Package web serves Assay's pages and JSON API over Echo. Handlers parse and authorize, call
// one service function and render; they hold no SQL.
package web

import (
	"log/slog"
	"net"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/evidence"
	"assay/app/findings"
	"assay/app/store"
	"assay/app/vendors"
)

// Deps are the services the handlers call.
type Deps struct {
	Config      config.Config
	Store       *store.Store
	Auth        *auth.Service
	Vendors     *vendors.Service
	Assessments *assessments.Service
	Findings    *findings.Service
	Evidence    evidence.Storage
	Log         *slog.Logger
	Now         func() time.Time
}

// Server is the HTTP side of Assay.
type Server struct {
	Deps
	echo   *echo.Echo
	render *renderer
}

// New builds the Echo instance with every route.
func New(d Deps) (*Server, error) {
	r, err := newRenderer()
	if err != nil {
		return nil, err
	}
	s := &Server{Deps: d, render: r}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.IPExtractor = ipExtractor(d.Config.TrustedProxies)
	e.HTTPErrorHandler = s.handleError
	e.Renderer = r
	s.echo = e
	s.routes()
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
