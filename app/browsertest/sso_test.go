package browsertest

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
)

// TestSingleSignOnInBrowser signs staff in through the real OpenID provider in Chromium, with
// local passwords off: an analyst goes from the sign-in page to the provider's form and back
// signed in with the role of her group; a person whose group maps to no role, and a disabled
// account, are refused with a page that says why; a password is refused but the break-glass
// admin's; signing out ends the session, so its cookie no longer works.
func TestSingleSignOnInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	p := apptest.OIDCProvider(t)
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			srv, root, shots, step := begin(t, apptest.Options{Dialect: dialect, Env: p.Env(map[string]string{
				"ASSAY_LOCAL_PASSWORDS": "off", "ASSAY_BREAK_GLASS_ADMINS": "root@example.com"})})
			rootPassword := srv.CreateUser(t, "root@example.com", model.RoleAdmin)
			lenaPassword := srv.CreateUser(t, "lena@example.com", model.RoleAnalyst)

			step("1. an analyst signs in with the provider and lands signed in with her group's role")
			ana := startBrowser(t, root, chrome, "ana", shots)
			ana.do("open the sign-in page", chromedp.Navigate(srv.URL+"/vendors"))
			ana.expectPath("a page that needs a session sends her to sign in", "/login")
			ana.expectText("the provider's button", "#sso-button", "Sign in with Test IdP")
			started := time.Now()
			ana.follow("click Sign in with Test IdP", chromedp.CSS("#sso-button"))
			if loc := ana.location(); !strings.HasPrefix(loc, strings.TrimSuffix(p.Issuer, "/")+"/login/username") {
				t.Fatalf("ana: the button led to %s, want the provider's login form at %s", loc, p.Issuer)
			}
			ana.providerLogin("ana", p.Password(t, "ana"), http.StatusOK)
			ana.expectPath("back from the provider, where she was going", "/vendors")
			ana.expectContains("signed-in header", "header .who", "ana@example.com · analyst")
			t.Logf("OIDC round trip in the browser (button, provider form, back signed in): %.2fs", time.Since(started).Seconds())
			ana.follow("an analyst may register a vendor", byText("a", "Register a vendor"))
			ana.expectPath("the new-vendor form", "/vendors/new")

			step("2. signing out ends the session: its cookie no longer works")
			cookie := ana.cookie(srv.URL, "assay_session")
			ana.follow("sign out", byText("button", "Sign out"))
			ana.expectPath("after signing out", "/login")
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/vendors", nil)
			req.AddCookie(&http.Cookie{Name: "assay_session", Value: cookie})
			res, err := srv.Browser(t).Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
				t.Errorf("the signed-out session's cookie still opens /vendors: %d %s", res.StatusCode, res.Header.Get("Location"))
			}

			step("3. a person whose groups map to no role is refused with a clear page")
			nora := startBrowser(t, root, chrome, "nora", shots)
			nora.do("open the sign-in page", chromedp.Navigate(srv.URL+"/login"))
			nora.follow("click Sign in with Test IdP", chromedp.CSS("#sso-button"))
			nora.providerLogin("nora", p.Password(t, "nora"), http.StatusForbidden)
			nora.expectText("refusal heading", "main h1", "Sign-in refused")
			nora.expectContains("refusal reason", "#sso-refusal", "in no group that has a role in Assay")
			if _, err := srv.App.Store.UserByEmail(apptest.Ctx(), "nora@example.com"); err != model.ErrNotFound {
				t.Errorf("nora got an account: %v", err)
			}

			step("4. a disabled account is refused though its groups map to a role")
			srv.CreateUser(t, "dora@example.com", model.RoleAnalyst)
			dora, err := srv.App.Store.UserByEmail(apptest.Ctx(), "dora@example.com")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := srv.App.Accounts.SetDisabled(apptest.Ctx(), dora.ID, true, audit.System); err != nil {
				t.Fatal(err)
			}
			nora.do("open the sign-in page", chromedp.Navigate(srv.URL+"/login"))
			nora.follow("click Sign in with Test IdP", chromedp.CSS("#sso-button"))
			nora.providerLogin("dora", p.Password(t, "dora"), http.StatusForbidden)
			nora.expectContains("refusal reason", "#sso-refusal", "Your Assay account is disabled")

			step("5. with local passwords off a password is refused, but the break-glass admin's")
			lena := startBrowser(t, root, chrome, "lena", shots)
			lena.do("open the sign-in page", chromedp.Navigate(srv.URL+"/login"),
				chromedp.Click(chromedp.CSS("details summary")),
				chromedp.SendKeys(chromedp.CSS(`input[name=email]`), "lena@example.com"),
				chromedp.SendKeys(chromedp.CSS(`input[name=password]`), lenaPassword))
			lena.submit("sign in with a password", byText("button", "Sign in"), http.StatusForbidden)
			lena.expectContains("refusal", "main .flash", "Password sign-in is turned off")
			lena.do("sign in as the break-glass admin", chromedp.Navigate(srv.URL+"/login"),
				chromedp.Click(chromedp.CSS("details summary")),
				chromedp.SendKeys(chromedp.CSS(`input[name=email]`), "root@example.com"),
				chromedp.SendKeys(chromedp.CSS(`input[name=password]`), rootPassword))
			lena.follow("sign in", byText("button", "Sign in"))
			lena.expectPath("the break-glass admin is in", "/")
			lena.expectContains("signed-in header", "header .who", "root@example.com · admin")

			var logins, refusals int64
			db := srv.App.Store.DB()
			db.Model(&model.AuditEvent{}).Where("action = 'login' AND detail LIKE ?", `%"via":"sso"%`).Count(&logins)
			db.Model(&model.AuditEvent{}).Where("action = 'sso.refused'").Count(&refusals)
			if logins != 1 || refusals != 2 {
				t.Errorf("audit trail: %d sign-ins by SSO and %d refusals, want 1 and 2", logins, refusals)
			}
		})
	}
}

// providerLogin fills in the provider's login form and submits it; the page Assay answers
// with at the end must have status want.
func (b *browser) providerLogin(username, password string, want int) {
	b.t.Helper()
	b.do("fill in the provider's form", chromedp.SendKeys(chromedp.CSS("#username"), username),
		chromedp.SendKeys(chromedp.CSS("#password"), password))
	b.submit("log in at the provider", byText("button", "Login"), want)
}

// submit clicks a button and waits for the page it loads, which must have status want.
func (b *browser) submit(step string, sel chromedp.JSPath, want int) {
	b.t.Helper()
	if res := click(b, step, sel); res == nil || int(res.Status) != want {
		b.t.Fatalf("%s: %s: landed on %s, want status %d: %s", b.name, step, b.location(), want, b.text("main"))
	}
}

// cookie is the value of the browser's cookie name for url.
func (b *browser) cookie(url, name string) string {
	b.t.Helper()
	res, err := chromedp.Call(b.ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{url}})
	if err != nil {
		b.t.Fatalf("%s: read cookies: %v", b.name, err)
	}
	for _, c := range res.Cookies {
		if c.Name == name {
			return c.Value
		}
	}
	b.t.Fatalf("%s: no cookie %s for %s", b.name, name, url)
	return ""
}
