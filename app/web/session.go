package web

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"assay/app/auth"
)

// loginCSRF protects the sign-in form, which has no session yet, with a double-submit cookie.
func (s *Server) loginCSRF(next echo.HandlerFunc) echo.HandlerFunc {
	return middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup: "form:_csrf", CookieName: "assay_login_csrf", CookiePath: "/login", CookieHTTPOnly: true,
		CookieSecure: s.Config.SecureCookies(), CookieSameSite: http.SameSiteLaxMode, ContextKey: "csrf",
		ErrorHandler: func(error, echo.Context) error {
			return echo.NewHTTPError(http.StatusForbidden, "The sign-in form expired. Reload the page and try again.")
		},
	})(next)
}

type loginForm struct {
	Email string
	Next  string
}

func (s *Server) showLogin(c echo.Context) error {
	if principal(c).User != nil {
		return c.Redirect(http.StatusSeeOther, safeNext(c.QueryParam("next")))
	}
	return s.renderPage(c, http.StatusOK, "login.html", page{Title: "Sign in", Data: loginForm{Next: safeNext(c.QueryParam("next"))}})
}

func (s *Server) login(c echo.Context) error {
	email := strings.TrimSpace(c.FormValue("email"))
	next := safeNext(c.FormValue("next"))
	u, token, sess, err := s.Auth.Login(c.Request().Context(), email, c.FormValue("password"), c.RealIP())
	if errors.Is(err, auth.ErrInvalidCredentials) || errors.Is(err, auth.ErrRateLimited) {
		msg := "The email or password is not right."
		status := http.StatusUnauthorized
		if errors.Is(err, auth.ErrRateLimited) {
			msg, status = "Too many failed attempts. Wait 15 minutes and try again.", http.StatusTooManyRequests
		}
		return s.renderPage(c, status, "login.html", page{Title: "Sign in", Flash: msg, Data: loginForm{Email: email, Next: next}})
	}
	if err != nil {
		return err
	}
	// A session left in the browser from before is ended: sign-in always starts a fresh one.
	if old, err := c.Cookie(staffCookie); err == nil {
		_ = s.Store.DeleteSession(c.Request().Context(), auth.HashToken(old.Value))
	}
	s.setCookie(c, staffCookie, token, "/", time.Time{})
	s.Log.Info("signed in", "user_id", u.ID, "session_expires", sess.ExpiresAt)
	return c.Redirect(http.StatusSeeOther, next)
}

func (s *Server) logout(c echo.Context) error {
	p := principal(c)
	if ck, err := c.Cookie(staffCookie); err == nil {
		if err := s.Auth.Logout(c.Request().Context(), ck.Value, p.Actor(c.RealIP())); err != nil {
			return err
		}
	}
	s.setCookie(c, staffCookie, "", "/", time.Time{})
	return s.redirectFlash(c, "/login", "signed-out")
}

// signedIn lets any signed-in staff user through, including one who must change a password.
func signedIn(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if principal(c).User == nil {
			if c.Request().Method != http.MethodGet {
				return echo.NewHTTPError(http.StatusUnauthorized, "Sign in first.")
			}
			return c.Redirect(http.StatusSeeOther, "/login")
		}
		return next(c)
	}
}

func (s *Server) showPasswordForm(c echo.Context) error {
	return s.renderPage(c, http.StatusOK, "password.html", page{Title: "Change your password"})
}

func (s *Server) changePassword(c echo.Context) error {
	p := principal(c)
	in := auth.PasswordChange{Current: c.FormValue("current"), New: c.FormValue("new"), Confirm: c.FormValue("confirm")}
	err := s.Auth.ChangePassword(c.Request().Context(), *p.User, p.Session.ID, in, p.Actor(c.RealIP()))
	if ve, ok := validateAs(err); ok {
		return s.renderPage(c, http.StatusUnprocessableEntity, "password.html", page{Title: "Change your password", Errors: ve.Fields})
	}
	if err != nil {
		return err
	}
	return s.redirectFlash(c, "/vendors", "password-changed")
}
