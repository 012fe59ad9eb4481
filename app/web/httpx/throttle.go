package httpx

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"

	"assay/app/auth"
	"assay/app/invitations"
)

// TokenGuesses throttles addresses whose token lookups keep failing.
type TokenGuesses interface {
	CheckTokenGuesses(ctx context.Context, ip string) error
	TokenGuessFailed(ctx context.Context, ip string) error
}

// TokenLookupFailures counts failed and refused token lookups by kind of token, for /metrics.
var TokenLookupFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "assay_token_lookup_failures_total",
	Help: "Invitation links and API tokens that matched nothing (outcome failed) or were refused unread because their address failed too often (outcome throttled).",
}, []string{"kind", "outcome"})

// guessGate refuses, before the token is looked up, an address whose lookups failed too often
// (429 with Retry-After), and counts each failed lookup against its address. Addresses that
// have not failed are never slowed. The token itself is never logged.
func guessGate(g TokenGuesses, log *slog.Logger, kind string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ctx, ip := c.Request().Context(), c.RealIP()
			if err := g.CheckTokenGuesses(ctx, ip); err != nil {
				if !errors.Is(err, auth.ErrRateLimited) {
					return err
				}
				TokenLookupFailures.WithLabelValues(kind, "throttled").Inc()
				log.Warn("token lookup refused: too many failed lookups from this address", "kind", kind, "ip", ip)
				SetRetryAfter(c, err)
				return echo.NewHTTPError(http.StatusTooManyRequests,
					"Too many links or tokens that do not work were tried from your address. Wait a minute and try again.")
			}
			err := next(c)
			if errors.Is(err, ErrBadToken) || errors.Is(err, invitations.ErrInvalidLink) {
				TokenLookupFailures.WithLabelValues(kind, "failed").Inc()
				log.Warn("token lookup failed", "kind", kind, "ip", ip)
				if ferr := g.TokenGuessFailed(ctx, ip); ferr != nil {
					return ferr
				}
			}
			return err
		}
	}
}

// SetRetryAfter tells the client when to come back from a refusal by a limit or a busy server.
func SetRetryAfter(c echo.Context, err error) {
	if s := auth.RetryAfterSeconds(err); s > 0 {
		c.Response().Header().Set("Retry-After", strconv.Itoa(s))
	}
}

// sameOrigin refuses a change (any method but GET, HEAD and OPTIONS) that the browser says
// came from another site, before the session or form token is even read: Sec-Fetch-Site when
// the browser sends it, else Origin, which must be this site's. Clients that send neither
// (scripts, API clients with bearer tokens) still need the form token where one is asked.
func sameOrigin(baseURL string) echo.MiddlewareFunc {
	base := ""
	if u, err := url.Parse(baseURL); err == nil {
		base = u.Scheme + "://" + u.Host
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			r := c.Request()
			switch r.Method {
			case http.MethodGet, http.MethodHead, http.MethodOptions:
				return next(c)
			}
			if crossSite(r, base) {
				return ErrCrossSite
			}
			return next(c)
		}
	}
}

// ErrCrossSite refuses a change sent to Assay from another site's page.
var ErrCrossSite = echo.NewHTTPError(http.StatusForbidden, "This request came from another site and was refused.")

func crossSite(r *http.Request, base string) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return false
	case "":
	default:
		return true
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	if origin == base {
		return false
	}
	// The address the browser used, when it differs from the configured one (localhost and
	// 127.0.0.1): the browser sent Origin for the very host it is talking to.
	u, err := url.Parse(origin)
	return err != nil || !strings.EqualFold(u.Host, r.Host)
}
