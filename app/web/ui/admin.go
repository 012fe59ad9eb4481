package ui

import (
	"context"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/validate"
	"assay/app/web/api"
	"assay/app/web/httpx"
)

// adminPages are the admin's user list and outbox.
type adminPages struct {
	pages    *pages
	accounts accounts
	outbox   outbox
}

// accounts lists, creates and changes staff accounts and their API tokens.
type accounts interface {
	api.Accounts
	User(ctx context.Context, id uint) (model.User, error)
	CreateUser(ctx context.Context, in auth.NewUser, actor audit.Actor) (model.User, string, error)
}

// outbox lists the mail Assay sent or kept.
type outbox interface {
	Outbox(ctx context.Context, limit int) ([]model.Mail, error)
}

// usersPage is the data of the admin's user list.
type usersPage struct {
	Users []model.User
	Input auth.NewUser
	// Created or Reset is the account whose one-time Password is shown.
	Created, Reset *model.User
	Password       string
	// Me is the admin looking, who is told apart in the list.
	Me uint
}

func (h *adminPages) listUsers(c echo.Context) error {
	return h.renderUsers(c, http.StatusOK, usersPage{Input: auth.NewUser{Role: model.RoleAnalyst}}, nil)
}

func (h *adminPages) renderUsers(c echo.Context, status int, d usersPage, errs map[string]string) error {
	us, err := h.accounts.Users(c.Request().Context())
	if err != nil {
		return err
	}
	d.Users = us
	d.Me = httpx.Principal(c).User.ID
	return h.pages.render(c, status, "users.html", page{Title: "Users", Nav: "users", Errors: errs, Data: d})
}

// createUser adds a staff account; the generated password is shown once on the response page
// and never stored in clear.
func (h *adminPages) createUser(c echo.Context) error {
	in := auth.NewUser{Email: c.FormValue("email"), Name: c.FormValue("name"), Role: c.FormValue("role")}
	u, pw, err := h.accounts.CreateUser(c.Request().Context(), in, httpx.Actor(c))
	if ve, ok := validate.As(err); ok {
		return h.renderUsers(c, http.StatusUnprocessableEntity, usersPage{Input: in}, ve.Fields)
	}
	if err != nil {
		return err
	}
	return h.renderUsers(c, http.StatusOK, usersPage{Input: auth.NewUser{Role: model.RoleAnalyst}, Created: &u, Password: pw}, nil)
}

func (h *adminPages) showOutbox(c echo.Context) error {
	ms, err := h.outbox.Outbox(c.Request().Context(), 100)
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "outbox.html", page{Title: "Outbox", Nav: "outbox", Data: ms})
}

func (h *adminPages) disableUser(c echo.Context, id uint) error { return h.setDisabled(c, id, true) }
func (h *adminPages) enableUser(c echo.Context, id uint) error  { return h.setDisabled(c, id, false) }

func (h *adminPages) setDisabled(c echo.Context, id uint, disabled bool) error {
	_, err := h.accounts.SetDisabled(c.Request().Context(), id, disabled, httpx.Actor(c))
	if ve, ok := validate.As(err); ok {
		return h.renderUsers(c, http.StatusUnprocessableEntity, usersPage{Input: auth.NewUser{Role: model.RoleAnalyst}}, ve.Fields)
	}
	if err != nil {
		return err
	}
	if disabled {
		return h.pages.redirect(c, "/admin/users", "user-disabled")
	}
	return h.pages.redirect(c, "/admin/users", "user-enabled")
}

func (h *adminPages) setRole(c echo.Context, id uint) error {
	_, err := h.accounts.SetRole(c.Request().Context(), id, c.FormValue("role"), httpx.Actor(c))
	if ve, ok := validate.As(err); ok {
		return h.renderUsers(c, http.StatusUnprocessableEntity, usersPage{Input: auth.NewUser{Role: model.RoleAnalyst}}, ve.Fields)
	}
	if err != nil {
		return err
	}
	return h.pages.redirect(c, "/admin/users", "role-changed")
}

// resetPassword gives the account a one-time password, shown once on the response page.
func (h *adminPages) resetPassword(c echo.Context, id uint) error {
	u, pw, err := h.accounts.ResetPassword(c.Request().Context(), id, httpx.Actor(c))
	if err != nil {
		return err
	}
	return h.renderUsers(c, http.StatusOK, usersPage{Input: auth.NewUser{Role: model.RoleAnalyst}, Reset: &u, Password: pw}, nil)
}

// tokensPage is the data of a list of API tokens: the signed-in user's own, or (for an admin)
// another user's.
type tokensPage struct {
	Owner  model.User
	Tokens []model.APIToken
	// Back is where a revocation returns to: this very page.
	Back string
}

func (h *adminPages) showOwnTokens(c echo.Context) error {
	return h.renderTokens(c, *httpx.Principal(c).User, "/account/tokens")
}

func (h *adminPages) showUserTokens(c echo.Context, id uint) error {
	u, err := h.accounts.User(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return h.renderTokens(c, u, fmt.Sprintf("/admin/users/%d/tokens", id))
}

func (h *adminPages) renderTokens(c echo.Context, owner model.User, back string) error {
	ts, err := h.accounts.APITokens(c.Request().Context(), owner.ID, *httpx.Principal(c).User)
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "tokens.html", page{Title: "API tokens of " + owner.Email,
		Data: tokensPage{Owner: owner, Tokens: ts, Back: back}})
}

func (h *adminPages) revokeToken(c echo.Context, id uint) error {
	if _, err := h.accounts.RevokeAPIToken(c.Request().Context(), id, *httpx.Principal(c).User, httpx.Actor(c)); err != nil {
		return err
	}
	return h.pages.redirect(c, httpx.SafeNext(c.FormValue("back")), "token-revoked")
}
