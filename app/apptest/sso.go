package apptest

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// Provider is the OpenID provider scripts/test.sh runs for single sign-on tests (zitadel/oidc's
// example provider): its issuer, Assay's client there, and its users' passwords by username.
// Its users and their groups are listed in scripts/test.sh (start_oidc_provider).
type Provider struct {
	Issuer, ClientID, ClientSecret string
	Passwords                      map[string]string
}

// OIDCProvider reads the running provider's settings from ASSAY_TEST_OIDC_ISSUER and the file
// ASSAY_TEST_OIDC_CONFIG names.
func OIDCProvider(t testing.TB) Provider {
	t.Helper()
	p := Provider{Issuer: Need(t, "ASSAY_TEST_OIDC_ISSUER"), Passwords: map[string]string{}}
	b, err := os.ReadFile(Need(t, "ASSAY_TEST_OIDC_CONFIG"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Clients []struct{ ID, Secret string }
		Users   []struct{ Username, Password string }
	}
	if err := json.Unmarshal(b, &cfg); err != nil || len(cfg.Clients) == 0 {
		t.Fatalf("provider config %s: %v", os.Getenv("ASSAY_TEST_OIDC_CONFIG"), err)
	}
	p.ClientID, p.ClientSecret = cfg.Clients[0].ID, cfg.Clients[0].Secret
	for _, u := range cfg.Users {
		p.Passwords[u.Username] = u.Password
	}
	return p
}

// Env is the settings that make Assay sign in with this provider, as "Test IdP": the groups
// assay-admins, assay-analysts and buyers give the admin, analyst and procurement roles, and
// only example.com addresses may sign in. more adds or overrides settings.
func (p Provider) Env(more map[string]string) map[string]string {
	env := map[string]string{
		"ASSAY_SSO_ISSUER": p.Issuer, "ASSAY_SSO_CLIENT_ID": p.ClientID, "ASSAY_SSO_CLIENT_SECRET": p.ClientSecret,
		"ASSAY_SSO_NAME": "Test IdP", "ASSAY_SSO_SCOPES": "openid,email,profile,groups",
		"ASSAY_SSO_ROLES":         "assay-admins=admin,assay-analysts=analyst,buyers=procurement",
		"ASSAY_SSO_EMAIL_DOMAINS": "example.com",
	}
	for k, v := range more {
		env[k] = v
	}
	return env
}

// Password is the provider password of username.
func (p Provider) Password(t testing.TB, username string) string {
	t.Helper()
	pw, ok := p.Passwords[strings.TrimSpace(username)]
	if !ok {
		t.Fatalf("the test provider has no user %q", username)
	}
	return pw
}
