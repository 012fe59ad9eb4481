package ui

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// sessionPages are the sign-in form, signing out and the password form.
type sessionPages struct {
	pages *pages
	auth  sessionAuth
	log   *slog.Logger
}

// sessionAuth signs staff in and out and changes their passwords.
type sessionAuth interface {
	Login(ctx context.Context, email, password, ip string) (model.User, string, model.Session, error)
	EndSession(ctx context.Context, token string) error
	Logout(ctx context.Context, token string, actor audit.Actor) error
	ChangePassword(ctx context.Context, u model.User, sessionID string, in auth.PasswordChange, actor audit.Actor) error
}

type loginForm struct {
	Email string
	Next  string
}

func (h *sessionPages) showLogin(c echo.Context) error {
	if httpx.Principal(c).User != nil {
		return c.Redirect(http.StatusSeeOther, httpx.SafeNext(c.QueryParam("next")))
	}
	return h.pages.render(c, http.StatusOK, "login.html", page{Title: "Sign in", Data: loginForm{Next: httpx.SafeNext(c.QueryParam("next"))}})
}

func (h *sessionPages) login(c echo.Context) error {
	email := strings.TrimSpace(c.FormValue("email"))
	next := httpx.SafeNext(c.FormValue("next"))
	u, token, sess, err := h.auth.Login(c.Request().Context(), email, c.FormValue("password"), c.RealIP())
	if errors.Is(err, auth.ErrInvalidCredentials) || errors.Is(err, auth.ErrRateLimited) {
		msg := "The email or password is not right."
		status := http.StatusUnauthorized
		if errors.Is(err, auth.ErrRateLimited) {
			msg, status = "Too many failed attempts. Wait 15 minutes and try again.", http.StatusTooManyRequests
		}
		return h.pages.render(c, status, "login.html", page{Title: "Sign in", Flash: msg, Data: loginForm{Email: email, Next: next}})
	}
	if err != nil {
		return err
	}
	// A session left in the browser from before is ended: sign-in always starts a fresh one.
	if old, err := c.Cookie(httpx.StaffCookie); err == nil {
		_ = h.auth.EndSession(c.Request().Context(), old.Value)
	}
	h.pages.setCookie(c, httpx.StaffCookie, token, "/")
	h.log.Info("signed in", "user_id", u.ID, "session_expires", sess.ExpiresAt)
	return c.Redirect(http.StatusSeeOther, next)
}

func (h *sessionPages) logout(c echo.Context) error {
	if ck, err := c.Cookie(httpx.StaffCookie); err == nil {
		if err := h.auth.Logout(c.Request().Context(), ck.Value, httpx.Actor(c)); err != nil {
			return err
		}
	}
	h.pages.setCookie(c, httpx.StaffCookie, "", "/")
	return h.pages.redirect(c, "/login", "signed-out")
}

func (h *sessionPages) showPasswordForm(c echo.Context) error {
	return h.pages.render(c, http.StatusOK, "password.html", page{Title: "Change your password"})
}

func (h *sessionPages) changePassword(c echo.Context) error {
	p := httpx.Principal(c)
	in := auth.PasswordChange{Current: c.FormValue("current"), New: c.FormValue("new"), Confirm: c.FormValue("confirm")}
	err := h.auth.ChangePassword(c.Request().Context(), *p.User, p.Session.ID, in, httpx.Actor(c))
	if ve, ok := validate.As(err); ok {
		return h.pages.render(c, http.StatusUnprocessableEntity, "password.html", page{Title: "Change your password", Errors: ve.Fields})
	}
	if err != nil {
		return err
	}
	return h.pages.redirect(c, "/vendors", "password-changed")
}
