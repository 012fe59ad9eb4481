package ui

import (
	"context"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/auth"
	"assay/app/sso"
	"assay/app/web/httpx"
)

// singleSignOn sends staff to the OpenID provider and signs them in when it sends them back.
type singleSignOn interface {
	Status(ctx context.Context) sso.Status
	Begin(ctx context.Context, next, ip string) (sso.Start, error)
	Finish(ctx context.Context, cb sso.Callback) (sso.Done, error)
}

// startSSO sends the browser to the provider, with a cookie tying the sign-in to it.
func (h *sessionPages) startSSO(c echo.Context) error {
	next := httpx.SafeNext(c.QueryParam("next"))
	start, err := h.sso.Begin(c.Request().Context(), next, c.RealIP())
	if msg, status := loginRefusal(err); status != 0 {
		httpx.SetRetryAfter(c, err)
		return h.renderLogin(c, status, msg, "", next)
	}
	if err != nil {
		return err
	}
	h.pages.cookies.Set(c, h.pages.cookies.SSO, start.Browser, "/", sso.LoginTTL)
	return c.Redirect(http.StatusSeeOther, start.URL)
}

// ssoRefusal is what the refusal page says.
type ssoRefusal struct {
	Message, Email string
}

// refusalMessages say why a person the provider vouched for is not let in.
var refusalMessages = map[string]string{
	auth.RefusedNoRole:      "Your account at the provider is in no group that has a role in Assay. Ask an Assay admin to map one of your groups to a role.",
	auth.RefusedEmailDomain: "Your email address is not in a domain allowed to sign in to Assay.",
	auth.RefusedNoEmail:     "The provider did not give Assay your email address, which it needs to know who you are.",
	auth.RefusedDisabled:    "Your Assay account is disabled. Ask an Assay admin to enable it.",
	auth.RefusedEmailTaken:  "Another Assay account already uses this email address. Ask an Assay admin to sort it out.",
	auth.RefusedLastAdmin:   "Your groups no longer make you an admin, but you are Assay's last active admin. Make another admin first.",
}

// finishSSO signs in the person the provider sent back, or shows why not.
func (h *sessionPages) finishSSO(c echo.Context) error {
	k := h.pages.cookies
	cb := sso.Callback{State: c.QueryParam("state"), Code: c.QueryParam("code"), Error: c.QueryParam("error"),
		ErrorDescription: c.QueryParam("error_description"), Browser: httpx.Value(c, k.SSO), IP: c.RealIP()}
	k.Set(c, k.SSO, "", "/", 0)
	done, err := h.sso.Finish(c.Request().Context(), cb)
	var refusal *auth.Refusal
	switch {
	case errors.As(err, &refusal):
		return h.pages.render(c, http.StatusForbidden, "sso_refused.html", page{Title: "Sign-in refused",
			Data: ssoRefusal{Message: refusalMessages[refusal.Reason], Email: refusal.Email}})
	case errors.Is(err, sso.ErrStale):
		h.log.Warn("single sign-on: a callback with an unknown, used or expired state, or from another browser", "ip", c.RealIP())
		return h.pages.render(c, http.StatusBadRequest, "sso_refused.html", page{Title: "Sign-in expired",
			Data: ssoRefusal{Message: "This sign-in has expired, was already used, or was started in another browser. Start again."}})
	case errors.Is(err, sso.ErrProvider):
		h.log.Warn("single sign-on: the provider's answer was refused", "ip", c.RealIP(), "error", err)
		return h.pages.render(c, http.StatusUnauthorized, "sso_refused.html", page{Title: "Sign-in failed",
			Data: ssoRefusal{Message: "The provider did not sign you in, or its answer could not be verified. Start again."}})
	}
	if msg, status := loginRefusal(err); status != 0 {
		httpx.SetRetryAfter(c, err)
		return h.renderLogin(c, status, msg, "", httpx.SafeNext(done.Next))
	}
	if err != nil {
		return err
	}
	return h.startSession(c, done.SignIn, httpx.SafeNext(done.Next))
}
