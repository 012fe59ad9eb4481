package web

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/auth"
	"assay/app/store"
)

// Cookie names: staff and vendor sessions are kept apart so that opening an invitation in a
// browser where an analyst is signed in does not replace the analyst's session.
const (
	staffCookie  = "assay_session"
	vendorCookie = "assay_vendor"
	vendorPath   = "/respond"
)

const principalKey = "principal"

// principal is who the request acts as; the zero value is nobody.
func principal(c echo.Context) auth.Principal {
	p, _ := c.Get(principalKey).(auth.Principal)
	return p
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
func (s *Server) loadStaff(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if ck, err := c.Cookie(staffCookie); err == nil {
			p, err := s.Auth.Resolve(c.Request().Context(), ck.Value)
			switch {
			case err == nil && p.User != nil:
				c.Set(principalKey, p)
			case err != nil && !errors.Is(err, auth.ErrNoSession):
				return err
			}
		}
		return next(c)
	}
}

// requireStaff lets signed-in staff of the given roles through: pages redirect strangers to
// the sign-in page; the wrong role gets 403.
func requireStaff(roles ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			p := principal(c)
			if p.User == nil {
				if wantsJSON(c) || c.Request().Method != http.MethodGet {
					return echo.NewHTTPError(http.StatusUnauthorized, "Sign in first.")
				}
				return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(safeNext(c.Request().URL.RequestURI())))
			}
			// A generated password is replaced before anything else is done with the account.
			if p.User.MustChangePassword && !p.ViaToken {
				if c.Request().Method == http.MethodGet && !wantsJSON(c) {
					return c.Redirect(http.StatusSeeOther, "/account/password")
				}
				return echo.NewHTTPError(http.StatusForbidden, "Change your password first.")
			}
			if !hasRole(p.User, roles...) {
				return echo.NewHTTPError(http.StatusForbidden, "Your role does not allow this.")
			}
			return next(c)
		}
	}
}

func hasRole(u *store.User, roles ...string) bool {
	if len(roles) == 0 {
		return true
	}
	for _, r := range roles {
		if u.Role == r {
			return true
		}
	}
	return false
}

// loadVendor resolves the vendor session cookie, required on every /respond route.
func (s *Server) loadVendor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ck, err := c.Cookie(vendorCookie)
		if err != nil {
			return errNoVendorSession
		}
		p, err := s.Auth.Resolve(c.Request().Context(), ck.Value)
		if errors.Is(err, auth.ErrNoSession) || (err == nil && p.Invitation == nil) {
			return errNoVendorSession
		}
		if err != nil {
			return err
		}
		c.Set(principalKey, p)
		return next(c)
	}
}

var errNoVendorSession = echo.NewHTTPError(http.StatusUnauthorized,
	"Your session has ended. Open the invitation link from your email again; everything you saved is kept.")

// csrf checks the session's token on every state-changing request made with a cookie. The
// token comes in the X-CSRF-Token header, or as the _csrf field of a urlencoded form; multipart
// bodies are never parsed here, so uploads stream.
func csrf(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		switch c.Request().Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			return next(c)
		}
		p := principal(c)
		if p.Session == nil {
			return next(c)
		}
		got := c.Request().Header.Get("X-CSRF-Token")
		if got == "" && strings.HasPrefix(c.Request().Header.Get(echo.HeaderContentType), echo.MIMEApplicationForm) {
			got = c.FormValue("_csrf")
		}
		if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(p.Session.CSRFToken)) != 1 {
			return echo.NewHTTPError(http.StatusForbidden, "This form has expired. Reload the page and try again.")
		}
		return next(c)
	}
}

// apiAuth resolves the Authorization: Bearer token of a JSON API call, as a staff API token or
// as an invitation token.
func (s *Server) apiAuth(vendor bool) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			h := c.Request().Header.Get(echo.HeaderAuthorization)
			token, ok := strings.CutPrefix(h, "Bearer ")
			if !ok || token == "" {
				return echo.NewHTTPError(http.StatusUnauthorized, "Send Authorization: Bearer <token>.")
			}
			ctx := c.Request().Context()
			var p auth.Principal
			var err error
			if vendor {
				p, err = s.Assessments.InvitationPrincipal(ctx, strings.TrimSpace(token))
			} else {
				p, err = s.Auth.APIPrincipal(ctx, strings.TrimSpace(token))
			}
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "The token is not valid.")
			}
			c.Set(principalKey, p)
			return next(c)
		}
	}
}

func (s *Server) setCookie(c echo.Context, name, value, path string, expires time.Time) {
	ck := &http.Cookie{Name: name, Value: value, Path: path, HttpOnly: true, Secure: s.Config.SecureCookies(),
		SameSite: http.SameSiteLaxMode}
	if value == "" {
		ck.MaxAge = -1
	} else if !expires.IsZero() {
		ck.Expires = expires
	}
	c.SetCookie(ck)
}

func wantsJSON(c echo.Context) bool {
	r := c.Request()
	return strings.HasPrefix(r.URL.Path, "/api/") || strings.Contains(r.Header.Get("Accept"), "application/json")
}

// safeNext keeps a post-sign-in redirect on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}
