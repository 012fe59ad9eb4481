// Package httpx holds what Assay's pages and its JSON API share about a request: who makes it,
// the ids its path names, the query strings both list, the guards in front of each kind of route,
// and how an error becomes a status and a public message.
package httpx

import (
	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
)

const principalKey = "principal"

// Principal is who the request acts as; the zero value is nobody.
func Principal(c echo.Context) auth.Principal {
	p, _ := c.Get(principalKey).(auth.Principal)
	return p
}

func setPrincipal(c echo.Context, p auth.Principal) { c.Set(principalKey, p) }

// Actor is the request's principal as the audit trail records it.
func Actor(c echo.Context) audit.Actor { return Principal(c).Actor(c.RealIP()) }

// HasRole reports whether u holds one of roles; no roles means any staff user.
func HasRole(u *model.User, roles ...string) bool {
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

// Viewer is the role of the staff user making the request, which decides what reads include
// (model.SeesMaterial); empty for anyone else.
func Viewer(c echo.Context) string {
	if u := Principal(c).User; u != nil {
		return u.Role
	}
	return ""
}

// IsEditor reports whether the request comes from an admin or an analyst, who see the vendor's
// material and may change things; procurement see outcomes only.
func IsEditor(c echo.Context) bool {
	u := Principal(c).User
	return u != nil && HasRole(u, model.RoleAdmin, model.RoleAnalyst)
}
