package api

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// userAPI is the staff accounts' life: admins disable and enable them, change their roles and
// reset their passwords; everyone lists and revokes their own API tokens, admins anyone's.
type userAPI struct {
	accounts Accounts
}

// Accounts are the account changes the API and the admin pages make.
type Accounts interface {
	Users(ctx context.Context) ([]model.User, error)
	SetDisabled(ctx context.Context, id uint, disabled bool, actor audit.Actor) (model.User, error)
	SetRole(ctx context.Context, id uint, role string, actor audit.Actor) (model.User, error)
	ResetPassword(ctx context.Context, id uint, actor audit.Actor) (model.User, string, error)
	APITokens(ctx context.Context, userID uint, by model.User) ([]model.APIToken, error)
	RevokeAPIToken(ctx context.Context, id uint, by model.User, actor audit.Actor) (model.APIToken, error)
}

// userView is an account as the API shows it.
type userView struct {
	ID                 uint      `json:"id"`
	Email              string    `json:"email"`
	Name               string    `json:"name"`
	Role               string    `json:"role"`
	Disabled           bool      `json:"disabled"`
	MustChangePassword bool      `json:"must_change_password"`
	CreatedAt          time.Time `json:"created_at"`
}

func viewUser(u model.User) userView {
	return userView{ID: u.ID, Email: u.Email, Name: u.Name, Role: u.Role, Disabled: u.Disabled,
		MustChangePassword: u.MustChangePassword, CreatedAt: u.CreatedAt}
}

// tokenView is an API token without its secret, which is never kept.
type tokenView struct {
	ID         uint       `json:"id"`
	UserID     uint       `json:"user_id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

func viewToken(t model.APIToken) tokenView {
	return tokenView{ID: t.ID, UserID: t.UserID, Name: t.Name, CreatedAt: t.CreatedAt, LastUsedAt: t.LastUsedAt, RevokedAt: t.RevokedAt}
}

func (h *userAPI) listUsers(c echo.Context) error {
	us, err := h.accounts.Users(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": mapped(us, viewUser)})
}

func (h *userAPI) disableUser(c echo.Context, id uint) error { return h.setDisabled(c, id, true) }
func (h *userAPI) enableUser(c echo.Context, id uint) error  { return h.setDisabled(c, id, false) }

func (h *userAPI) setDisabled(c echo.Context, id uint, disabled bool) error {
	u, err := h.accounts.SetDisabled(c.Request().Context(), id, disabled, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewUser(u))
}

// roleInput is the body of a role change.
type roleInput struct {
	Role string `json:"role"`
}

func (h *userAPI) setRole(c echo.Context, id uint) error {
	return actOn(c, id, func(ctx context.Context, id uint, in roleInput, actor audit.Actor) (model.User, error) {
		return h.accounts.SetRole(ctx, id, in.Role, actor)
	}, http.StatusOK, viewUser)
}

func (h *userAPI) resetPassword(c echo.Context, id uint) error {
	u, pw, err := h.accounts.ResetPassword(c.Request().Context(), id, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"user": viewUser(u), "password": pw})
}

// listTokens lists the caller's API tokens, or with ?user_id= (admins) another user's.
func (h *userAPI) listTokens(c echo.Context) error {
	me := *httpx.Principal(c).User
	owner := me.ID
	if q := c.QueryParam("user_id"); q != "" {
		id, err := strconv.ParseUint(q, 10, 32)
		if err != nil || id == 0 {
			return &validate.Error{Fields: map[string]string{"user_id": "Give a user's id as a whole number."}}
		}
		owner = uint(id)
	}
	ts, err := h.accounts.APITokens(c.Request().Context(), owner, me)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": mapped(ts, viewToken)})
}

func (h *userAPI) revokeToken(c echo.Context, id uint) error {
	if _, err := h.accounts.RevokeAPIToken(c.Request().Context(), id, *httpx.Principal(c).User, httpx.Actor(c)); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
