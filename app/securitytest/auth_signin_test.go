package securitytest

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/auth"
	"assay/app/model"
)

// Item 1: attempts are taken in the database before the password is checked, so a burst of
// parallel guesses cannot outrun the count, on either database.
func TestParallelGuessesAreCountedBeforeTheCheck(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			// Four hashing slots admit 36 callers, so all 20 guesses the address may make are
			// checked rather than some told to come back (TestSimultaneousSignIns covers that).
			env := map[string]string{"ASSAY_HASH_CONCURRENCY": "4"}
			for k, v := range proxied {
				env[k] = v
			}
			srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Env: env})
			srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
			page := openSignIn(t, srv)

			one := burst(40, func(int) *http.Response { return page.submit(t, "ana@example.com", "not her password", "198.51.100.1") })
			t.Logf("40 parallel wrong passwords, one account, one address: %v", one.status)
			if n := one.status[http.StatusUnauthorized]; n < 1 || n > auth.MaxFailsPerAccount {
				t.Errorf("%d guesses reached the password check; the limit is %d", n, auth.MaxFailsPerAccount)
			}
			if one.status[http.StatusUnauthorized]+one.status[http.StatusTooManyRequests] != 40 || one.refusedWithoutRetry > 0 {
				t.Errorf("want only 401 and 429 with Retry-After: %v, %d refusals without Retry-After", one.status, one.refusedWithoutRetry)
			}

			many := burst(60, func(i int) *http.Response {
				return page.submit(t, fmt.Sprintf("user%d@example.com", i), "guess", "198.51.100.2")
			})
			t.Logf("60 parallel wrong passwords, 60 accounts, one address: %v", many.status)
			if n := many.status[http.StatusUnauthorized]; n < 1 || n > auth.MaxFailsPerIP {
				t.Errorf("%d guesses from one address reached the check; the limit is %d", n, auth.MaxFailsPerIP)
			}
			if many.status[http.StatusUnauthorized]+many.status[http.StatusTooManyRequests] != 60 || many.refusedWithoutRetry > 0 {
				t.Errorf("want only 401 and 429 with Retry-After: %v", many.status)
			}
		})
	}
}

// Item 2: strangers' failures lock the account for browsers without its device cookie, the
// owner's browser signs in all the same, and the admin sees the refused attempts.
func TestStrangersCannotLockTheOwnerOut(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{Env: proxied})
	pw := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	ana, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
	if err != nil {
		t.Fatal(err)
	}
	const home = "203.0.113.5"
	first := openSignIn(t, srv).submit(t, "ana@example.com", pw, home)
	device := cookie(first, "assay_device")
	if first.StatusCode != http.StatusSeeOther || device == nil || !device.HttpOnly || device.MaxAge <= 0 {
		t.Fatalf("first sign-in: %d, device cookie %+v", first.StatusCode, device)
	}

	strangers := openSignIn(t, srv)
	for i := 0; i < auth.MaxFailsPerAccount; i++ {
		if res := strangers.submit(t, "ana@example.com", "guess", fmt.Sprintf("198.51.100.%d", 20+i)); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("stranger %d: %d", i, res.StatusCode)
		}
	}

	// A browser without the device cookie, even the owner's at home, waits out the window.
	res := openSignIn(t, srv).submit(t, "ana@example.com", pw, home)
	retry, _ := strconv.Atoi(res.Header.Get("Retry-After"))
	if res.StatusCode != http.StatusTooManyRequests || retry < 1 || retry > int(auth.LoginWindow/time.Second) {
		t.Fatalf("owner without device cookie: %d, Retry-After %q", res.StatusCode, res.Header.Get("Retry-After"))
	}

	// The browser the owner signed in with before is let through.
	owner := openSignIn(t, srv)
	u, _ := url.Parse(srv.URL)
	owner.c.Jar.SetCookies(u, []*http.Cookie{{Name: device.Name, Value: device.Value}})
	if res := owner.submit(t, "ana@example.com", pw, home); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("owner with device cookie: %d, want 303", res.StatusCode)
	}

	events, err := srv.App.Store.AuditChain(apptest.Ctx(), model.GlobalChain)
	if err != nil {
		t.Fatal(err)
	}
	locked := 0
	for _, e := range events {
		if e.Action == "login.locked_out" && e.ObjectType == "user" && e.ObjectID == ana.ID && e.IP == home {
			locked++
		}
	}
	if locked != 1 {
		t.Fatalf("audit trail holds %d locked-out attempts on the account from %s, want 1", locked, home)
	}
}
