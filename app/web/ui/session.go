package ui

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/sso"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// sessionPages are the sign-in form, single sign-on, signing out and the password form.
type sessionPages struct {
	pages *pages
	auth  sessionAuth
	sso   singleSignOn
	// passwords is false when only break-glass admins may sign in with a password.
	passwords bool
	log       *slog.Logger
}

// sessionAuth signs staff in and out and changes their passwords.
type sessionAuth interface {
	Login(ctx context.Context, in auth.Attempt) (auth.SignIn, error)
	EndSession(ctx context.Context, token string) error
	Logout(ctx context.Context, token string, actor audit.Actor) error
	ChangePassword(ctx context.Context, u model.User, sessionID string, in auth.PasswordChange, actor audit.Actor) error
}

type loginForm struct {
	Email string
	Next  string
	// SSO says whether the provider's button is shown; Passwords whether everyone may use the
	// password form (else it is for break-glass admins).
	SSO       sso.Status
	Passwords bool
}

func (h *sessionPages) showLogin(c echo.Context) error {
	if httpx.Principal(c).User != nil {
		return c.Redirect(http.StatusSeeOther, httpx.SafeNext(c.QueryParam("next")))
	}
	return h.renderLogin(c, http.StatusOK, "", "", httpx.SafeNext(c.QueryParam("next")))
}

// renderLogin shows the sign-in page with a message, the email typed and where to go next.
func (h *sessionPages) renderLogin(c echo.Context, status int, msg, email, next string) error {
	return h.pages.render(c, status, "login.html", page{Title: "Sign in", Flash: msg, Data: loginForm{Email: email, Next: next,
		SSO: h.sso.Status(c.Request().Context()), Passwords: h.passwords}})
}

func (h *sessionPages) login(c echo.Context) error {
	email := strings.TrimSpace(c.FormValue("email"))
	next := httpx.SafeNext(c.FormValue("next"))
	k := h.pages.cookies
	in, err := h.auth.Login(c.Request().Context(), auth.Attempt{Email: email, Password: c.FormValue("password"), IP: c.RealIP(),
		Device: httpx.Value(c, k.Device)})
	if msg, status := loginRefusal(err); status != 0 {
		httpx.SetRetryAfter(c, err)
		return h.renderLogin(c, status, msg, email, next)
	}
	if err != nil {
		return err
	}
	return h.startSession(c, in, next)
}

// startSession keeps a new session's cookie (and the device cookie of a password sign-in) in
// the browser and sends it on to next. A session left in the browser from before is ended:
// sign-in always starts a fresh one.
func (h *sessionPages) startSession(c echo.Context, in auth.SignIn, next string) error {
	k := h.pages.cookies
	if old := httpx.Value(c, k.Staff); old != "" {
		_ = h.auth.EndSession(c.Request().Context(), old)
	}
	k.Set(c, k.Staff, in.Token, "/", 0)
	if in.Device != "" {
		k.Set(c, k.Device, in.Device, "/", httpx.DeviceCookieAge)
	}
	h.log.Info("signed in", "user_id", in.User.ID, "session_expires", in.Session.ExpiresAt)
	return c.Redirect(http.StatusSeeOther, next)
}

// loginRefusal is the message and status of a sign-in refused for a reason the person can act
// on; status 0 for any other outcome.
func loginRefusal(err error) (string, int) {
	switch {
	case errors.Is(err, auth.ErrInvalidCredentials):
		return "The email or password is not right.", http.StatusUnauthorized
	case errors.Is(err, auth.ErrRateLimited):
		return "Too many failed attempts. Wait " + waitText(auth.RetryAfterSeconds(err)) + " and try again.", http.StatusTooManyRequests
	case errors.Is(err, auth.ErrBusy):
		return "Too many people are signing in at this moment. Try again in a few seconds.", http.StatusServiceUnavailable
	case errors.Is(err, auth.ErrPasswordsOff):
		return "Password sign-in is turned off for this account. Use the single sign-on button.", http.StatusForbidden
	case errors.Is(err, sso.ErrUnavailable):
		return "Single sign-on is unavailable right now: the provider cannot be reached. Try again in a minute.", http.StatusServiceUnavailable
	}
	return "", 0
}

// waitText says a wait of s seconds in words, rounded up to minutes past one minute.
func waitText(s int) string {
	if s <= 60 {
		return "a minute"
	}
	return strconv.Itoa((s+59)/60) + " minutes"
}

func (h *sessionPages) logout(c echo.Context) error {
	k := h.pages.cookies
	if tok := httpx.Value(c, k.Staff); tok != "" {
		if err := h.auth.Logout(c.Request().Context(), tok, httpx.Actor(c)); err != nil {
			return err
		}
	}
	k.Set(c, k.Staff, "", "/", 0)
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
