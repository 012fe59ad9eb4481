package sso_test

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/store"
)

// signInAtProvider starts a sign-in at Assay with browser, signs in at the provider as username
// through its login form, and returns the callback URL the provider sends the browser back to,
// without opening it.
func signInAtProvider(t *testing.T, srv *apptest.Server, p apptest.Provider, browser *http.Client, username string) string {
	t.Helper()
	res := get(t, browser, srv.URL+"/login/sso?next=/vendors")
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("GET /login/sso: %d, want 303 to the provider", res.StatusCode)
	}
	auth, _ := url.Parse(res.Header.Get("Location"))
	q := auth.Query()
	if !strings.HasPrefix(auth.String(), strings.TrimSuffix(p.Issuer, "/")) || q.Get("state") == "" || q.Get("nonce") == "" ||
		q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" || q.Get("client_id") != p.ClientID {
		t.Fatalf("the provider is asked with %s; want the issuer's endpoint with state, nonce and an S256 PKCE challenge", auth)
	}
	// Follow the provider's redirects to its login form.
	next := auth.String()
	var form string
	for range 5 {
		res = get(t, browser, next)
		if res.StatusCode == http.StatusOK {
			form = body(t, res)
			break
		}
		loc, err := res.Request.URL.Parse(res.Header.Get("Location"))
		if err != nil || res.StatusCode/100 != 3 {
			t.Fatalf("provider answered %d at %s", res.StatusCode, next)
		}
		next = loc.String()
	}
	id := regexp.MustCompile(`name="id" value="([^"]+)"`).FindStringSubmatch(form)
	if id == nil {
		t.Fatalf("no login form at the provider:\n%s", form)
	}
	loginURL, _ := url.Parse(next)
	loginURL.RawQuery = ""
	res, err := browser.PostForm(loginURL.String(), url.Values{"id": {id[1]}, "username": {username}, "password": {p.Password(t, username)}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	for range 5 {
		loc, err := res.Request.URL.Parse(res.Header.Get("Location"))
		if err != nil || res.StatusCode/100 != 3 {
			t.Fatalf("provider answered %d after the login form", res.StatusCode)
		}
		if strings.HasPrefix(loc.String(), srv.URL+"/login/sso/callback") {
			return loc.String()
		}
		res = get(t, browser, loc.String())
	}
	t.Fatal("the provider never sent the browser back to Assay")
	return ""
}

func newBrowser() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func get(t *testing.T, c *http.Client, u string) *http.Response {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	return res
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// refused opens callback with browser and expects the page of status saying want, and no new
// session.
func refused(t *testing.T, srv *apptest.Server, browser *http.Client, callback string, status int, want string) {
	t.Helper()
	before := sessions(t, srv)
	res := get(t, browser, callback)
	if page := body(t, res); res.StatusCode != status || !strings.Contains(page, want) {
		t.Errorf("callback: %d, want %d saying %q; page:\n%s", res.StatusCode, status, want, page)
	}
	if n := sessions(t, srv); n != before {
		t.Errorf("a refused callback made a session: %d sessions, was %d", n, before)
	}
}

// sessions counts the staff sessions in the database.
func sessions(t *testing.T, srv *apptest.Server) int64 {
	t.Helper()
	var n int64
	if err := srv.App.Store.DB().Model(&model.Session{}).Where("user_id IS NOT NULL").Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// audited returns the detail of the audit events with action, oldest first.
func audited(t *testing.T, srv *apptest.Server, action string) []string {
	t.Helper()
	var evs []model.AuditEvent
	if err := srv.App.Store.DB().Where("action = ?", action).Order("id").Find(&evs).Error; err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, e.Detail)
	}
	return out
}

// TestSingleSignOnCallbacks signs in through the real provider over HTTP and checks what
// Assay makes of each kind of callback, on SQLite and PostgreSQL.
func TestSingleSignOnCallbacks(t *testing.T) {
	p := apptest.OIDCProvider(t)
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: p.Env(nil)})

			t.Run("a mapped group signs in, once per callback", func(t *testing.T) {
				browser := newBrowser()
				callback := signInAtProvider(t, srv, p, browser, "ana")
				res := get(t, browser, callback)
				if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/vendors" {
					t.Fatalf("callback: %d to %q, want 303 to /vendors (the page asked for); page: %s", res.StatusCode,
						res.Header.Get("Location"), body(t, res))
				}
				if res := get(t, browser, srv.URL+"/vendors/new"); res.StatusCode != http.StatusOK {
					t.Fatalf("an analyst's page after sign-in: %d, want 200", res.StatusCode)
				}
				u, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
				if err != nil || u.Role != model.RoleAnalyst || u.Name != "Ana Lyst" || u.SSOSubject != "u-ana" || u.SSOIssuer != p.Issuer {
					t.Fatalf("account after the first sign-in: %+v, %v; want analyst Ana Lyst with subject u-ana", u, err)
				}
				if got := audited(t, srv, "user.create"); len(got) != 1 || !strings.Contains(got[0], `"via":"sso"`) {
					t.Errorf("user.create events %v, want one made by sso", got)
				}

				refused(t, srv, browser, callback, http.StatusBadRequest, "already used")
			})

			t.Run("each sign-in brings the role back to the groups'", func(t *testing.T) {
				u, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
				if err != nil {
					t.Fatal(err)
				}
				if err := srv.App.Store.UpdateUser(apptest.Ctx(), u.ID, map[string]any{"role": model.RoleProcurement, "name": "Old"}); err != nil {
					t.Fatal(err)
				}
				browser := newBrowser()
				if res := get(t, browser, signInAtProvider(t, srv, p, browser, "ana")); res.StatusCode != http.StatusSeeOther {
					t.Fatalf("second sign-in: %d, want 303", res.StatusCode)
				}
				u, _ = srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
				if u.Role != model.RoleAnalyst || u.Name != "Ana Lyst" {
					t.Errorf("after signing in again the account is %s %q, want analyst Ana Lyst", u.Role, u.Name)
				}
				if got := audited(t, srv, "user.sso_update"); len(got) != 1 || !strings.Contains(got[0], `"role":{"from":"procurement","to":"analyst"}`) {
					t.Errorf("user.sso_update events %v, want the role change from procurement to analyst", got)
				}
			})

			t.Run("a local account with the same email is taken over, its generated password dropped", func(t *testing.T) {
				made, _, err := srv.App.Accounts.CreateUser(apptest.Ctx(), auth.NewUser{Email: "paula@example.com", Role: model.RoleAnalyst}, audit.System)
				if err != nil || !made.MustChangePassword {
					t.Fatalf("local account: %+v, %v", made, err)
				}
				browser := newBrowser()
				if res := get(t, browser, signInAtProvider(t, srv, p, browser, "paula")); res.Header.Get("Location") != "/vendors" {
					t.Fatalf("paula's callback sends her to %q, want /vendors", res.Header.Get("Location"))
				}
				if res := get(t, browser, srv.URL+"/vendors"); res.StatusCode != http.StatusOK {
					t.Errorf("paula's first page: %d %s, want 200 (no demand to change a password she never had)", res.StatusCode,
						res.Header.Get("Location"))
				}
				u, _ := srv.App.Store.User(apptest.Ctx(), made.ID)
				if u.Role != model.RoleProcurement || u.SSOSubject != "u-paula" || u.PasswordHash != "" || u.MustChangePassword {
					t.Errorf("taken-over account: role %s, subject %q, password kept %v, must change %v; want procurement, u-paula, no password",
						u.Role, u.SSOSubject, u.PasswordHash != "", u.MustChangePassword)
				}
			})

			t.Run("a callback opened in another browser is refused", func(t *testing.T) {
				callback := signInAtProvider(t, srv, p, newBrowser(), "ana")
				refused(t, srv, newBrowser(), callback, http.StatusBadRequest, "another browser")
			})

			t.Run("an ID token with another sign-in's nonce is refused", func(t *testing.T) {
				browser := newBrowser()
				callback := signInAtProvider(t, srv, p, browser, "ana")
				cb, _ := url.Parse(callback)
				// The sign-in's stored nonce is not the one the provider put in this code's ID
				// token, as when a token minted for another sign-in is injected.
				hash := auth.HashToken(cb.Query().Get("state"))
				if err := srv.App.Store.DB().Model(&model.SSOLogin{}).Where("id = ?", hash).Update("nonce", "another-sign-in").Error; err != nil {
					t.Fatal(err)
				}
				refused(t, srv, browser, callback, http.StatusUnauthorized, "could not be verified")
			})

			t.Run("the provider's error is shown, not signed in", func(t *testing.T) {
				browser := newBrowser()
				res := get(t, browser, srv.URL+"/login/sso")
				auth, _ := url.Parse(res.Header.Get("Location"))
				res = get(t, browser, srv.URL+"/login/sso/callback?error=access_denied&state="+url.QueryEscape(auth.Query().Get("state")))
				if res.StatusCode != http.StatusUnauthorized {
					t.Errorf("callback with error=access_denied: %d, want 401", res.StatusCode)
				}
			})

			t.Run("an email domain not allowed is refused and audited", func(t *testing.T) {
				browser := newBrowser()
				res := get(t, browser, signInAtProvider(t, srv, p, browser, "olga"))
				if res.StatusCode != http.StatusForbidden || !strings.Contains(body(t, res), "not in a domain allowed") {
					t.Errorf("olga@elsewhere.test: %d, want 403 saying the domain is not allowed", res.StatusCode)
				}
				if _, err := srv.App.Store.UserByEmail(apptest.Ctx(), "olga@elsewhere.test"); err != model.ErrNotFound {
					t.Errorf("a refused person got an account (%v)", err)
				}
				if got := audited(t, srv, "sso.refused"); len(got) != 1 || !strings.Contains(got[0], `"reason":"email_domain"`) ||
					!strings.Contains(got[0], "olga@elsewhere.test") {
					t.Errorf("sso.refused events %v, want one for olga's domain", got)
				}
			})
		})
	}
}

// TestSingleSignOnUnavailable starts Assay with SSO off and with a provider that cannot be
// reached: it runs, and the sign-in page says single sign-on is unavailable.
func TestSingleSignOnUnavailable(t *testing.T) {
	for _, c := range []struct {
		name string
		env  map[string]string
		page string
	}{
		{"not configured", nil, "Single sign-on is not set up"},
		{"provider unreachable", map[string]string{"ASSAY_SSO_ISSUER": "http://127.0.0.1:1/", "ASSAY_SSO_CLIENT_ID": "assay",
			"ASSAY_SSO_NAME": "Test IdP", "ASSAY_SSO_ROLES": "staff=analyst"}, "Sign-in with Test IdP is unavailable right now"},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: store.DialectSQLite, Env: c.env})
			browser := newBrowser()
			res := get(t, browser, srv.URL+"/login")
			if page := body(t, res); res.StatusCode != http.StatusOK || !strings.Contains(page, c.page) || strings.Contains(page, "sso-button") {
				t.Errorf("sign-in page: %d without %q, or with the SSO button:\n%s", res.StatusCode, c.page, page)
			}
			if !strings.Contains(body(t, get(t, browser, srv.URL+"/login")), `name="password"`) {
				t.Errorf("the password form is gone")
			}
			if res := get(t, browser, srv.URL+"/login/sso"); res.StatusCode != http.StatusServiceUnavailable {
				t.Errorf("GET /login/sso: %d, want 503", res.StatusCode)
			}
		})
	}
}
