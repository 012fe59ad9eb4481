package config_test

import (
	"reflect"
	"strings"
	"testing"

	"assay/app/config"
)

func TestSingleSignOnSettings(t *testing.T) {
	sso := map[string]string{"ASSAY_BASE_URL": "https://assay.example.com", "ASSAY_SSO_ISSUER": "https://id.example.com/",
		"ASSAY_SSO_CLIENT_ID": "assay", "ASSAY_SSO_ROLES": "Security Team=admin, cn=risk=analyst,buyers=procurement",
		"ASSAY_SSO_SCOPES": "email,groups", "ASSAY_SSO_EMAIL_DOMAINS": "Example.com, corp.example.com"}
	c, err := config.Load(nil, env(sso))
	if err != nil {
		t.Fatal(err)
	}
	want := config.SSO{Issuer: "https://id.example.com/", ClientID: "assay", Name: "SSO", GroupsClaim: "groups",
		Scopes: []string{"openid", "email", "groups"}, EmailDomains: []string{"example.com", "corp.example.com"},
		RedirectURL: "https://assay.example.com/login/sso/callback"}
	roles := c.SSO.Roles
	c.SSO.Roles = nil
	if !reflect.DeepEqual(c.SSO, want) || !c.LocalPasswords {
		t.Errorf("SSO settings:\n got %+v\nwant %+v", c.SSO, want)
	}
	if roles["Security Team"] != "admin" || roles["buyers"] != "procurement" || roles["cn=risk"] != "analyst" {
		t.Errorf("roles %v", roles)
	}

	for _, c := range []struct {
		name string
		set  map[string]string
		want string
	}{
		{"plain http issuer", map[string]string{"ASSAY_SSO_ISSUER": "http://id.example.com/"}, "sso-issuer must be an https URL"},
		{"no client id", map[string]string{"ASSAY_SSO_CLIENT_ID": ""}, "sso-client-id is needed"},
		{"unknown role", map[string]string{"ASSAY_SSO_ROLES": "staff=owner"}, `"staff=owner" is not group=role`},
		{"no roles", map[string]string{"ASSAY_SSO_ROLES": ""}, "sso-roles must map at least one group"},
		{"passwords off without break-glass", map[string]string{"ASSAY_LOCAL_PASSWORDS": "off"}, "break-glass-admins"},
		{"passwords neither on nor off", map[string]string{"ASSAY_LOCAL_PASSWORDS": "maybe"}, "local-passwords must be on or off"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := map[string]string{}
			for k, v := range sso {
				m[k] = v
			}
			for k, v := range c.set {
				m[k] = v
			}
			if _, err := config.Load(nil, env(m)); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}

	loopback, err := config.Load(nil, env(map[string]string{"ASSAY_SSO_ISSUER": "http://127.0.0.1:5556/", "ASSAY_SSO_CLIENT_ID": "a",
		"ASSAY_SSO_ROLES": "g=analyst", "ASSAY_LOCAL_PASSWORDS": "off", "ASSAY_BREAK_GLASS_ADMINS": "Root@Example.com"}))
	if err != nil || loopback.LocalPasswords || !reflect.DeepEqual(loopback.BreakGlassAdmins, []string{"root@example.com"}) {
		t.Errorf("http issuer on loopback with passwords off: %+v, %v", loopback, err)
	}
	if off, _ := config.Load(nil, env(nil)); off.SSO.Enabled() {
		t.Errorf("single sign-on is on without an issuer")
	}
}
