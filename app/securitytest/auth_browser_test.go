package securitytest

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
)

// Item 13: over https every cookie is a __Host- cookie (Secure, Path=/, no Domain).
func TestCookiesOverHTTPSAreHostCookies(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_BASE_URL": "https://assay.example"}})
	pw := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	// Go's cookie jar keeps Secure cookies away from this plain-http test server, so the
	// cookies are carried by hand, as a browser would over https.
	res, err := http.Get(srv.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	formCookie := hostCookie(t, res, "__Host-assay_login_csrf")
	token := csrfField.FindStringSubmatch(string(body))
	if token == nil {
		t.Fatal("no form token on the sign-in page")
	}
	form := url.Values{"_csrf": {token[1]}, "email": {"ana@example.com"}, "password": {pw}}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: formCookie.Name, Value: formCookie.Value})
	res, err = (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in over https: %d", res.StatusCode)
	}
	hostCookie(t, res, "__Host-assay_session")
	hostCookie(t, res, "__Host-assay_device")
}

// hostCookie returns the cookie name that res set, failing unless it is what the __Host-
// prefix demands.
func hostCookie(t *testing.T, res *http.Response, name string) *http.Cookie {
	t.Helper()
	for _, c := range res.Cookies() {
		if c.Name == name {
			if !c.Secure || c.Path != "/" || c.Domain != "" || !c.HttpOnly {
				t.Fatalf("%s: Secure %v, Path %q, Domain %q, HttpOnly %v", name, c.Secure, c.Path, c.Domain, c.HttpOnly)
			}
			return c
		}
	}
	t.Fatalf("no %s cookie among %v", name, res.Header["Set-Cookie"])
	return nil
}

// Item 13: a change sent from another site's page is refused even with a valid form token;
// same-origin requests and API clients that send no browser headers are unaffected.
func TestCrossSiteChangesAreRefused(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	analyst := srv.SignIn(t, "ana@example.com", model.RoleAnalyst)
	apiToken := srv.APIToken(t, "bo@example.com", model.RoleAnalyst)
	post := func(name string, headers map[string]string) int {
		t.Helper()
		form := url.Values{"_csrf": {srv.CSRF(t, analyst, "/vendors/new")}, "name": {name}, "tier": {"low"}}
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/vendors", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		res, err := analyst.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	for _, c := range []struct {
		name    string
		headers map[string]string
		want    int
	}{
		{"Cross Site Fetch", map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"Sibling Site Fetch", map[string]string{"Sec-Fetch-Site": "same-site"}, http.StatusForbidden},
		{"Foreign Origin", map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
		{"Null Origin", map[string]string{"Origin": "null"}, http.StatusForbidden},
		{"Same Origin Fetch", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": srv.URL}, http.StatusSeeOther},
		{"Own Origin", map[string]string{"Origin": srv.URL}, http.StatusSeeOther},
		{"No Browser Headers", nil, http.StatusSeeOther},
	} {
		if got := post(c.name, c.headers); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	// The sign-in form is guarded the same way.
	res := openSignIn(t, srv)
	form := url.Values{"_csrf": {res.csrf}, "email": {"ana@example.com"}, "password": {"x"}}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	r, err := res.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site sign-in: %d, want 403", r.StatusCode)
	}
	// A bearer-token API client sends no browser headers and needs no form token.
	req, _ = http.NewRequest(http.MethodPost, srv.URL+"/api/v1/vendors", strings.NewReader(`{"name":"API Vendor","tier":"low"}`))
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("Content-Type", "application/json")
	r, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusCreated {
		t.Errorf("API client without browser headers: %d, want 201", r.StatusCode)
	}
}
