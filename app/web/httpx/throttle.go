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
	"assay/app/model"
)

// TokenGuesses throttles addresses whose token lookups keep failing.
type TokenGuesses interface {
	CheckTokenGuesses(ctx context.Context, ip string) error
	// RefuseTokenGuesses is CheckTokenGuesses on a counter read with the token.
	RefuseTokenGuesses(t model.Throttle) error
	// TokenGuessFailed counts a failure, or refuses it (auth.ErrRateLimited) when the count is full.
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
			if err := g.CheckTokenGuesses(c.Request().Context(), c.RealIP()); err != nil {
				return refuseGuesser(c, log, kind, err)
			}
			return countGuess(c, g, log, kind, next(c))
		}
	}
}

// invitationBearer is guessGate and bearer for invitation tokens on the API, the vendor's
// every autosave: the address's counter is read in the token's own lookup rather than in a
// query before it, and refuses a blocked address whether or not its token matched, so a
// right guess is still not told apart from a wrong one.
func invitationBearer(inv Invitations, g TokenGuesses, log *slog.Logger) echo.MiddlewareFunc {
	const kind = "invitation"
	resolve := func(c echo.Context, token string) (auth.Principal, error) {
		p, guesses, err := inv.Principal(c.Request().Context(), token, c.RealIP())
		if rerr := g.RefuseTokenGuesses(guesses); rerr != nil {
			return auth.Principal{}, refuseGuesser(c, log, kind, rerr)
		}
		return p, err
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		h := bearer(resolve)(next)
		return func(c echo.Context) error { return countGuess(c, g, log, kind, h(c)) }
	}
}

// deferredInvitation is invitationBearer for a handler that can check the invitation token
// itself, in the statement that does its work (the autosave, store.SaveAnswerQuick): it
// hands the handler the token's hash (Deferred) without looking it up. When the handler
// returns ErrResolveFirst, having done nothing, the token is looked up as invitationBearer
// does and the handler runs again with the principal, so a token that does not work, or an
// address whose lookups failed, is answered as on every other route.
func deferredInvitation(inv Invitations, g TokenGuesses, log *slog.Logger) echo.MiddlewareFunc {
	resolve := invitationBearer(inv, g, log)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		resolved := resolve(next)
		return func(c echo.Context) error {
			token, ok := bearerToken(c)
			if !ok || auth.CheckTokenShape(token) != nil {
				return resolved(c)
			}
			return deferred(c, Credentials{TokenHash: auth.HashToken(token)}, next, resolved)
		}
	}
}

// deferredVendor is loadVendor and csrf for such a handler on the vendor session: it hands
// the handler the session cookie's hash and the CSRF token sent, to check in its statement,
// and when the handler cannot, they are checked as loadVendor and csrf do.
func deferredVendor(sessions Sessions, cookie string) echo.MiddlewareFunc {
	resolve := loadVendor(sessions, cookie)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		resolved := resolve(csrf(next))
		return func(c echo.Context) error {
			ck, err := c.Cookie(cookie)
			if err != nil || auth.CheckTokenShape(ck.Value) != nil {
				return resolved(c)
			}
			cred := Credentials{SessionHash: auth.HashToken(ck.Value), CSRF: c.Request().Header.Get("X-CSRF-Token")}
			return deferred(c, cred, next, resolved)
		}
	}
}

// deferred runs next with cred left to it (Deferred), and resolved, which resolves the
// principal before next, when next returns ErrResolveFirst.
func deferred(c echo.Context, cred Credentials, next, resolved echo.HandlerFunc) error {
	c.Set(deferredKey, cred)
	err := next(c)
	if !errors.Is(err, ErrResolveFirst) {
		return err
	}
	c.Set(deferredKey, nil)
	return resolved(c)
}

// Credentials are what a vendor's request came with, hashed as auth stores them, not looked
// up yet: the invitation token, or the vendor session's cookie and the CSRF token sent.
type Credentials struct {
	TokenHash   string
	SessionHash string
	CSRF        string
}

// ErrResolveFirst is what a handler behind a deferred guard returns, having done nothing,
// when it cannot check the request's credentials itself.
var ErrResolveFirst = errors.New("httpx: resolve the credentials first")

const deferredKey = "assay.deferredCredentials"

// Deferred are the credentials of a request on a route whose guard leaves checking them to
// the handler; false on every other request, and on the handler's second run, with the
// principal.
func Deferred(c echo.Context) (Credentials, bool) {
	cred, ok := c.Get(deferredKey).(Credentials)
	return cred, ok
}

// refuseGuesser answers a refusal by the token guess limit with 429 and Retry-After; any other
// error goes on as it is.
func refuseGuesser(c echo.Context, log *slog.Logger, kind string, err error) error {
	if !errors.Is(err, auth.ErrRateLimited) {
		return err
	}
	TokenLookupFailures.WithLabelValues(kind, "throttled").Inc()
	log.Warn("token lookup refused: too many failed lookups from this address", "kind", kind, "ip", c.RealIP())
	SetRetryAfter(c, err)
	return echo.NewHTTPError(http.StatusTooManyRequests,
		"Too many links or tokens that do not work were tried from your address. Wait a minute and try again.")
}

// countGuess counts err, the outcome of a request, against its address when its token matched
// nothing; a failure past the limit (requests that arrived together) is refused instead.
func countGuess(c echo.Context, g TokenGuesses, log *slog.Logger, kind string, err error) error {
	if !errors.Is(err, ErrBadToken) && !errors.Is(err, invitations.ErrInvalidLink) {
		return err
	}
	ip := c.RealIP()
	if ferr := g.TokenGuessFailed(c.Request().Context(), ip); ferr != nil {
		return refuseGuesser(c, log, kind, ferr)
	}
	TokenLookupFailures.WithLabelValues(kind, "failed").Inc()
	log.Warn("token lookup failed", "kind", kind, "ip", ip)
	return err
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
