package sso

import (
	"strings"

	"assay/app/auth"
	"assay/app/model"
)

// claims are an ID token's claims, with those only userinfo gave.
type claims map[string]any

// complete reports whether the claims Assay reads are all there, so userinfo need not be asked.
func (c claims) complete(groupsClaim string) bool {
	_, email := c["email"]
	_, groups := c[groupsClaim]
	return email && groups && c.name() != ""
}

func (c claims) str(k string) string {
	s, _ := c[k].(string)
	return strings.TrimSpace(s)
}

// name is the person's name: name, else given and family names, else the preferred username.
func (c claims) name() string {
	if n := c.str("name"); n != "" {
		return n
	}
	if n := strings.TrimSpace(c.str("given_name") + " " + c.str("family_name")); n != "" {
		return n
	}
	return c.str("preferred_username")
}

// unverified reports whether the provider said the email is not verified (a bool, or the
// string some providers send); a provider that says nothing vouches for its directory.
func (c claims) unverified() bool {
	switch v := c["email_verified"].(type) {
	case bool:
		return !v
	case string:
		return strings.EqualFold(v, "false")
	}
	return false
}

// groups reads the groups claim: a list of strings, or one string.
func (c claims) groups(claim string) []string {
	switch v := c[claim].(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, g := range v {
			if s, ok := g.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// roleRank orders the roles a person's groups may give; the strongest wins.
var roleRank = map[string]int{model.RoleProcurement: 1, model.RoleAnalyst: 2, model.RoleAdmin: 3}

// decide turns the claims into the person to sign in, or the reason they are refused: no
// email, an email domain not allowed, or groups that map to no role.
func (s *Service) decide(c claims) (auth.External, string) {
	in := auth.External{Issuer: c.str("iss"), Subject: c.str("sub"), Email: strings.ToLower(c.str("email")), Name: c.name(),
		EmailUnverified: c.unverified(), Groups: c.groups(s.Config.GroupsClaim)}
	for _, g := range in.Groups {
		if r := s.Config.Roles[g]; roleRank[r] > roleRank[in.Role] {
			in.Role = r
		}
	}
	at := strings.LastIndex(in.Email, "@")
	switch {
	case at <= 0 || at == len(in.Email)-1:
		return in, auth.RefusedNoEmail
	case !s.domainAllowed(in.Email[at+1:]):
		return in, auth.RefusedEmailDomain
	case in.Role == "":
		return in, auth.RefusedNoRole
	}
	return in, ""
}

func (s *Service) domainAllowed(domain string) bool {
	if len(s.Config.EmailDomains) == 0 {
		return true
	}
	for _, d := range s.Config.EmailDomains {
		if strings.EqualFold(d, domain) {
			return true
		}
	}
	return false
}
