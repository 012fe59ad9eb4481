package ui

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// adminPages are the admin's user list and outbox.
type adminPages struct {
	pages  *pages
	auth   accounts
	outbox outbox
}

// accounts lists and creates staff accounts.
type accounts interface {
	Users(ctx context.Context) ([]model.User, error)
	CreateUser(ctx context.Context, in auth.NewUser, actor audit.Actor) (model.User, string, error)
}

// outbox lists the mail Assay sent or kept.
type outbox interface {
	Outbox(ctx context.Context, limit int) ([]model.Mail, error)
}

// usersPage is the data of the admin's user list.
type usersPage struct {
	Users    []model.User
	Input    auth.NewUser
	Created  *model.User
	Password string
}

func (h *adminPages) listUsers(c echo.Context) error {
	return h.renderUsers(c, http.StatusOK, usersPage{Input: auth.NewUser{Role: model.RoleAnalyst}}, nil)
}

func (h *adminPages) renderUsers(c echo.Context, status int, d usersPage, errs map[string]string) error {
	us, err := h.auth.Users(c.Request().Context())
	if err != nil {
		return err
	}
	d.Users = us
	return h.pages.render(c, status, "users.html", page{Title: "Users", Nav: "users", Errors: errs, Data: d})
}

// createUser adds a staff account; the generated password is shown once on the response page
// and never stored in clear.
func (h *adminPages) createUser(c echo.Context) error {
	in := auth.NewUser{Email: c.FormValue("email"), Name: c.FormValue("name"), Role: c.FormValue("role")}
	u, pw, err := h.auth.CreateUser(c.Request().Context(), in, httpx.Actor(c))
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
