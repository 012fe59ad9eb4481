package sso

import (
	"testing"

	"assay/app/auth"
	"assay/app/config"
)

func TestDecide(t *testing.T) {
	s := &Service{Deps: Deps{Config: config.SSO{GroupsClaim: "roles", EmailDomains: []string{"example.com"},
		Roles: map[string]string{"risk": "analyst", "it-admins": "admin", "buyers": "procurement"}}}}
	for _, c := range []struct {
		name   string
		claims claims
		role   string
		reason string
	}{
		{"one mapped group", claims{"email": "ana@example.com", "roles": []any{"staff", "risk"}}, "analyst", ""},
		{"the strongest role wins", claims{"email": "ana@example.com", "roles": []any{"buyers", "it-admins", "risk"}}, "admin", ""},
		{"groups as one string", claims{"email": "ana@example.com", "roles": "buyers"}, "procurement", ""},
		{"email domain compared without case", claims{"email": "Ana@EXAMPLE.com", "roles": []any{"risk"}}, "analyst", ""},
		{"no mapped group", claims{"email": "ana@example.com", "roles": []any{"marketing"}}, "", auth.RefusedNoRole},
		{"no groups claim", claims{"email": "ana@example.com", "groups": []any{"risk"}}, "", auth.RefusedNoRole},
		{"a subdomain is another domain", claims{"email": "ana@evil.example.com", "roles": []any{"risk"}}, "analyst", auth.RefusedEmailDomain},
		{"a look-alike domain", claims{"email": "ana@example.com.evil", "roles": []any{"risk"}}, "analyst", auth.RefusedEmailDomain},
		{"no email", claims{"roles": []any{"risk"}}, "analyst", auth.RefusedNoEmail},
		{"an email without a domain", claims{"email": "ana@", "roles": []any{"risk"}}, "analyst", auth.RefusedNoEmail},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, reason := s.decide(c.claims)
			if in.Role != c.role || reason != c.reason {
				t.Errorf("role %q, refused %q; want %q, %q", in.Role, reason, c.role, c.reason)
			}
		})
	}
}

func TestClaims(t *testing.T) {
	for _, c := range []struct {
		claims     claims
		name       string
		unverified bool
	}{
		{claims{"name": "Ana Lyst", "given_name": "A"}, "Ana Lyst", false},
		{claims{"given_name": "Ana", "family_name": "Lyst", "email_verified": true}, "Ana Lyst", false},
		{claims{"preferred_username": "ana", "email_verified": false}, "ana", true},
		{claims{"email_verified": "false"}, "", true},
	} {
		if got := c.claims.name(); got != c.name {
			t.Errorf("%v: name %q, want %q", c.claims, got, c.name)
		}
		if got := c.claims.unverified(); got != c.unverified {
			t.Errorf("%v: unverified %v, want %v", c.claims, got, c.unverified)
		}
	}
}
