package httpx

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"assay/app/auth"
	"assay/app/invitations"
	"assay/app/model"
)

// VendorPath is the vendor's questionnaire page.
const VendorPath = "/respond"

// LoginCSRFKey is where the sign-in form's token waits for the page that shows it.
const LoginCSRFKey = "csrf"

const jsonErrorsKey = "json_errors"

// ErrNoVendorSession is the refusal of a /respond route without a live vendor session.
var ErrNoVendorSession = echo.NewHTTPError(http.StatusUnauthorized,
	"Your session has ended. Open the invitation link from your email again; everything you saved is kept.")

// ErrFormExpired is the refusal of a change whose CSRF token is missing or not the session's.
var ErrFormExpired = echo.NewHTTPError(http.StatusForbidden, "This form has expired. Reload the page and try again.")

// Sessions resolves the tokens staff and vendors present: session cookies and API tokens.
type Sessions interface {
	Resolve(ctx context.Context, token string) (auth.Principal, error)
	APIPrincipal(ctx context.Context, token string) (auth.Principal, error)
}

// Invitations resolves an invitation token sent as a bearer token by the vendor's own client,
// with the failed token lookups from ip read in the same query, whether the token matched or not.
type Invitations interface {
	Principal(ctx context.Context, token, ip string) (auth.Principal, model.Throttle, error)
}

// jsonErrors marks the routes whose errors are JSON whatever the client accepts: the API and
// the vendor page's scripts.
func jsonErrors(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Set(jsonErrorsKey, true)
		return next(c)
	}
}

// WantsJSON reports whether an error on this request is answered as JSON: on the API's routes
// and the scripts' (also for paths under /api/ that match no route), or when the client asks.
func WantsJSON(c echo.Context) bool {
	if on, _ := c.Get(jsonErrorsKey).(bool); on {
		return true
	}
	r := c.Request()
	return strings.HasPrefix(r.URL.Path, "/api/") || strings.Contains(r.Header.Get("Accept"), "application/json")
}

// vendorHeaders keeps invitation pages out of referrers and caches.
func vendorHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Set("Referrer-Policy", "no-referrer")
		c.Response().Header().Set("Cache-Control", "no-store")
		return next(c)
	}
}

// limitBody caps request bodies; uploads have their own, larger cap in the upload handler.
func limitBody(n int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			r := c.Request()
			if r.ContentLength > n {
				return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "The request is too large.")
			}
			r.Body = http.MaxBytesReader(c.Response(), r.Body, n)
			return next(c)
		}
	}
}

// loadStaff resolves the staff session cookie, if any.
func loadStaff(sessions Sessions, cookie string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if ck, err := c.Cookie(cookie); err == nil {
				p, err := sessions.Resolve(c.Request().Context(), ck.Value)
				switch {
				case err == nil && p.User != nil:
					setPrincipal(c, p)
				case err != nil && !errors.Is(err, auth.ErrNoSession):
					return err
				}
			}
			return next(c)
		}
	}
}

// requireStaff lets signed-in staff of the given roles through: pages redirect strangers to
// the sign-in page; the wrong role gets 403.
func requireStaff(roles ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			p := Principal(c)
			if p.User == nil {
				if WantsJSON(c) || c.Request().Method != http.MethodGet {
					return echo.NewHTTPError(http.StatusUnauthorized, "Sign in first.")
				}
				return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(SafeNext(c.Request().URL.RequestURI())))
			}
			// A generated password is replaced before anything else is done with the account.
			if p.User.MustChangePassword && !p.ViaToken {
				if c.Request().Method == http.MethodGet && !WantsJSON(c) {
					return c.Redirect(http.StatusSeeOther, "/account/password")
				}
				return echo.NewHTTPError(http.StatusForbidden, "Change your password first.")
			}
			if !HasRole(p.User, roles...) {
				return echo.NewHTTPError(http.StatusForbidden, "Your role does not allow this.")
			}
			return next(c)
		}
	}
}

// signedIn lets any signed-in staff user through, including one who must change a password.
func signedIn(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if Principal(c).User == nil {
			if c.Request().Method != http.MethodGet {
				return echo.NewHTTPError(http.StatusUnauthorized, "Sign in first.")
			}
			return c.Redirect(http.StatusSeeOther, "/login")
		}
		return next(c)
	}
}

// loadVendor resolves the vendor session cookie, required on every /respond route.
func loadVendor(sessions Sessions, cookie string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ck, err := c.Cookie(cookie)
			if err != nil {
				return ErrNoVendorSession
			}
			p, err := sessions.Resolve(c.Request().Context(), ck.Value)
			if errors.Is(err, auth.ErrNoSession) || (err == nil && p.Invitation == nil) {
				return ErrNoVendorSession
			}
			if err != nil {
				return err
			}
			setPrincipal(c, p)
			return next(c)
		}
	}
}

// csrf checks the session's token on every state-changing request made with a cookie. The
// token comes in the X-CSRF-Token header, or as the _csrf field of a urlencoded form; multipart
// bodies are never parsed here, so uploads stream.
func csrf(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		switch c.Request().Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			return next(c)
		}
		p := Principal(c)
		if p.Session == nil {
			return next(c)
		}
		got := c.Request().Header.Get("X-CSRF-Token")
		if got == "" && strings.HasPrefix(c.Request().Header.Get(echo.HeaderContentType), echo.MIMEApplicationForm) {
			got = c.FormValue("_csrf")
		}
		if !ValidCSRF(got, p.Session.CSRFToken) {
			return ErrFormExpired
		}
		return next(c)
	}
}

// ValidCSRF compares a token sent with a request to the session's, in constant time.
func ValidCSRF(got, want string) bool {
	return got != "" && want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// loginCSRF protects the sign-in form, which has no session yet, with a double-submit cookie.
func loginCSRF(k Cookies) echo.MiddlewareFunc {
	return middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup: "form:_csrf", CookieName: k.LoginCSRF, CookiePath: k.LoginCSRFPath, CookieHTTPOnly: true,
		CookieSecure: k.Secure, CookieSameSite: http.SameSiteLaxMode, ContextKey: LoginCSRFKey,
		ErrorHandler: func(error, echo.Context) error {
			return echo.NewHTTPError(http.StatusForbidden, "The sign-in form expired. Reload the page and try again.")
		},
	})
}

// ErrBadToken refuses an API call whose bearer token is not one that works.
var ErrBadToken = echo.NewHTTPError(http.StatusUnauthorized, "The token is not valid.")

// bearer resolves the Authorization: Bearer token of a JSON API call with resolve. A token that
// resolves to nobody is ErrBadToken; any other failure (the database unavailable) goes on as
// it is, so a valid token is never told it is invalid.
func bearer(resolve func(c echo.Context, token string) (auth.Principal, error)) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			token, ok := bearerToken(c)
			if !ok {
				return echo.NewHTTPError(http.StatusUnauthorized, "Send Authorization: Bearer <token>.")
			}
			p, err := resolve(c, token)
			switch {
			case errors.Is(err, auth.ErrNoSession), errors.Is(err, invitations.ErrInvalidLink):
				return ErrBadToken
			case err != nil:
				return err
			}
			setPrincipal(c, p)
			return next(c)
		}
	}
}

// bearerToken is the token of the request's Authorization header; false when it has none.
func bearerToken(c echo.Context) (string, bool) {
	token, ok := strings.CutPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
	return strings.TrimSpace(token), ok && token != ""
}

// SafeNext keeps a post-sign-in redirect on this site.
func SafeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// RedactPath hides invitation tokens, which are bearer secrets, from logs and metrics.
func RedactPath(p string) string {
	if strings.HasPrefix(p, "/r/") {
		return "/r/[redacted]"
	}
	return p
}
