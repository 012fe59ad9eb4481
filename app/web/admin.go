package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/auth"
	"assay/app/store"
	"assay/app/validate"
)

// usersPage is the data of the admin's user list.
type usersPage struct {
	Users    []store.User
	Input    auth.NewUser
	Created  *store.User
	Password string
}

func (s *Server) listUsers(c echo.Context) error {
	return s.renderUsers(c, http.StatusOK, usersPage{Input: auth.NewUser{Role: store.RoleAnalyst}}, nil)
}

func (s *Server) renderUsers(c echo.Context, status int, d usersPage, errs map[string]string) error {
	us, err := s.Store.Users(c.Request().Context())
	if err != nil {
		return err
	}
	d.Users = us
	return s.renderPage(c, status, "users.html", page{Title: "Users", Nav: "users", Errors: errs, Data: d})
}

// createUser adds a staff account; the generated password is shown once on the response page
// and never stored in clear.
func (s *Server) createUser(c echo.Context) error {
	in := auth.NewUser{Email: c.FormValue("email"), Name: c.FormValue("name"), Role: c.FormValue("role")}
	u, pw, err := s.Auth.CreateUser(c.Request().Context(), in, principal(c).Actor(c.RealIP()))
	if ve, ok := validate.As(err); ok {
		return s.renderUsers(c, http.StatusUnprocessableEntity, usersPage{Input: in}, ve.Fields)
	}
	if err != nil {
		return err
	}
	return s.renderUsers(c, http.StatusOK, usersPage{Input: auth.NewUser{Role: store.RoleAnalyst}, Created: &u, Password: pw}, nil)
}

func (s *Server) showOutbox(c echo.Context) error {
	ms, err := s.Store.Mails(c.Request().Context(), 100)
	if err != nil {
		return err
	}
	return s.renderPage(c, http.StatusOK, "outbox.html", page{Title: "Outbox", Nav: "outbox", Data: ms})
}
