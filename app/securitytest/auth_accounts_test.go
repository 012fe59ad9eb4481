package securitytest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
)

// Item 9 (brief item 5): an admin disables and enables an account, changes its role and resets
// its password from the users page and the API; users revoke their own API tokens and admins
// anyone's; the last active admin cannot be disabled or demoted; every change is audited.
func TestAccountLifecycle(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) { accountLifecycle(t, dialect) })
	}
}

func accountLifecycle(t *testing.T, dialect string) {
	// Revoked and disabled tokens are sent on purpose below; they are not guesses.
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: map[string]string{"ASSAY_TOKEN_GUESS_LIMIT": "100"}})
	admin := srv.SignIn(t, "root@example.com", model.RoleAdmin)
	adminToken := srv.APIToken(t, "root@example.com", model.RoleAdmin)
	anaPW := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	anaToken := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	ana := signInWith(t, srv, "ana@example.com", anaPW)
	boToken := srv.APIToken(t, "bo@example.com", model.RoleAnalyst)
	anaID, rootID, boID := userID(t, srv, "ana@example.com"), userID(t, srv, "root@example.com"), userID(t, srv, "bo@example.com")

	call := func(method, path, token, body string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	form := func(c *http.Client, path string, values url.Values) (int, string) {
		t.Helper()
		values.Set("_csrf", srv.CSRF(t, c, "/account/tokens"))
		res, err := c.PostForm(srv.URL+path, values)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	signedIn := func(c *http.Client) bool {
		res, err := c.Get(srv.URL + "/vendors")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	}

	// Disable from the users page: the session and the token stop at once; sign-in fails.
	if st, _ := form(admin, fmt.Sprintf("/admin/users/%d/disable", anaID), url.Values{}); st != http.StatusSeeOther {
		t.Fatalf("disable: %d", st)
	}
	if signedIn(ana) {
		t.Fatal("a disabled account's browser session still works")
	}
	if st, _ := call("GET", "/api/v1/vendors", anaToken, ""); st != http.StatusUnauthorized {
		t.Fatalf("a disabled account's API token: %d, want 401", st)
	}
	if res := openSignIn(t, srv).submit(t, "ana@example.com", anaPW, ""); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a disabled account signs in: %d", res.StatusCode)
	}
	// Enable through the API: the token works again.
	if st, body := call("POST", fmt.Sprintf("/api/v1/users/%d/enable", anaID), adminToken, ""); st != http.StatusOK || !strings.Contains(body, `"disabled":false`) {
		t.Fatalf("enable: %d %s", st, body)
	}
	if st, _ := call("GET", "/api/v1/vendors", anaToken, ""); st != http.StatusOK {
		t.Fatalf("an enabled account's API token: %d", st)
	}
	// Only admins manage accounts.
	if st, _ := call("POST", fmt.Sprintf("/api/v1/users/%d/disable", boID), anaToken, ""); st != http.StatusForbidden {
		t.Fatalf("an analyst disabling an account: %d, want 403", st)
	}

	// Role: procurement may no longer change things.
	if st, body := call("PUT", fmt.Sprintf("/api/v1/users/%d/role", anaID), adminToken, `{"role":"procurement"}`); st != http.StatusOK || !strings.Contains(body, `"role":"procurement"`) {
		t.Fatalf("role change: %d %s", st, body)
	}
	if st, _ := call("POST", "/api/v1/vendors", anaToken, `{"name":"X","tier":"low"}`); st != http.StatusForbidden {
		t.Fatalf("procurement creating a vendor: %d, want 403", st)
	}
	if st, body := call("PUT", fmt.Sprintf("/api/v1/users/%d/role", anaID), adminToken, `{"role":"owner"}`); st != http.StatusUnprocessableEntity || !strings.Contains(body, `"role"`) {
		t.Fatalf("unknown role: %d %s", st, body)
	}

	// Reset from the users page: a one-time password, shown once, that must be changed.
	st, page := form(admin, fmt.Sprintf("/admin/users/%d/reset-password", anaID), url.Values{})
	m := regexp.MustCompile(`<code id="new-password">([^<]+)</code>`).FindStringSubmatch(page)
	if st != http.StatusOK || m == nil {
		t.Fatalf("reset password: %d, no password shown", st)
	}
	if res := openSignIn(t, srv).submit(t, "ana@example.com", anaPW, ""); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("the old password still works: %d", res.StatusCode)
	}
	fresh := signInWith(t, srv, "ana@example.com", m[1])
	res, err := fresh.Get(srv.URL + "/vendors")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/account/password" {
		t.Fatalf("after a reset the user is not sent to change the password: %d %q", res.StatusCode, res.Header.Get("Location"))
	}

	// Tokens: a user sees and revokes their own, not someone else's; an admin revokes anyone's.
	st, body := call("GET", "/api/v1/tokens", boToken, "")
	var list struct {
		Items []struct {
			ID uint `json:"id"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(body), &list); st != http.StatusOK || err != nil || len(list.Items) != 1 {
		t.Fatalf("own tokens: %d %s", st, body)
	}
	boTokenID := list.Items[0].ID
	if st, _ := call("GET", fmt.Sprintf("/api/v1/tokens?user_id=%d", boID), anaToken, ""); st != http.StatusForbidden {
		t.Fatalf("listing another user's tokens: %d, want 403", st)
	}
	if st, _ := call("DELETE", fmt.Sprintf("/api/v1/tokens/%d", boTokenID), anaToken, ""); st != http.StatusNotFound {
		t.Fatalf("revoking another user's token: %d, want 404", st)
	}
	if st, _ := form(admin, fmt.Sprintf("/tokens/%d/revoke", boTokenID), url.Values{"back": {fmt.Sprintf("/admin/users/%d/tokens", boID)}}); st != http.StatusSeeOther {
		t.Fatalf("admin revoking a token from the page: %d", st)
	}
	if st, _ := call("GET", "/api/v1/vendors", boToken, ""); st != http.StatusUnauthorized {
		t.Fatalf("a revoked token still works: %d", st)
	}

	// The last active admin can be neither disabled nor demoted, whoever asks.
	if st, body := call("POST", fmt.Sprintf("/api/v1/users/%d/disable", rootID), adminToken, ""); st != http.StatusUnprocessableEntity || !strings.Contains(body, "last active admin") {
		t.Fatalf("disabling the last admin: %d %s", st, body)
	}
	if st, page := form(admin, fmt.Sprintf("/admin/users/%d/role", rootID), url.Values{"role": {"analyst"}}); st != http.StatusUnprocessableEntity || !strings.Contains(page, "last active admin") {
		t.Fatalf("demoting the last admin: %d", st)
	}

	events, err := srv.App.Store.AuditChain(apptest.Ctx(), model.GlobalChain)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range events {
		seen[e.Action] = true
	}
	for _, a := range []string{"user.disable", "user.enable", "user.role", "user.password_reset", "api_token.revoke"} {
		if !seen[a] {
			t.Errorf("audit trail lacks %s", a)
		}
	}
}

func signInWith(t *testing.T, srv *apptest.Server, email, pw string) *http.Client {
	t.Helper()
	p := openSignIn(t, srv)
	if res := p.submit(t, email, pw, ""); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in as %s: %d", email, res.StatusCode)
	}
	return p.c
}

func userID(t *testing.T, srv *apptest.Server, email string) uint {
	t.Helper()
	u, err := srv.App.Store.UserByEmail(apptest.Ctx(), email)
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}
