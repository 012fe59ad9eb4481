package auth_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/store"
)

func TestPasswordHashIsArgon2idWithOWASPMinimum(t *testing.T) {
	h, err := auth.HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	var m, tm, p int
	parts := strings.Split(h, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		t.Fatalf("not a PHC argon2id hash: %s", h)
	}
	fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &tm, &p)
	if m < 19*1024 || tm < 2 {
		t.Fatalf("parameters m=%d t=%d below m=19MiB t=2", m, tm)
	}
	if !auth.CheckPassword(h, "correct horse battery staple") || auth.CheckPassword(h, "Correct horse battery staple") {
		t.Fatal("password check wrong")
	}
	h2, _ := auth.HashPassword("correct horse battery staple")
	if h == h2 {
		t.Fatal("same hash twice: salt not random")
	}
}

func TestTokensCarry256BitsAndAreStoredHashed(t *testing.T) {
	tok, hash := auth.NewToken()
	if err := auth.CheckTokenShape(tok); err != nil {
		t.Fatal(err)
	}
	if len(hash) != 64 || strings.Contains(hash, tok) || hash != auth.HashToken(tok) {
		t.Fatalf("hash %q of %q", hash, tok)
	}
	for _, bad := range []string{"", "short", tok[:len(tok)-1], tok + "A", strings.Repeat("!", len(tok))} {
		if auth.CheckTokenShape(bad) == nil {
			t.Errorf("accepted malformed token %q", bad)
		}
	}
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newService(t *testing.T, st *store.Store) (*auth.Service, *clock) {
	c := &clock{t: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)}
	key := []byte(strings.Repeat("k", auth.DeviceKeyBytes))
	return auth.New(auth.Deps{Store: st, Now: c.now, Idle: 30 * time.Minute, Absolute: 2 * time.Hour, Hasher: auth.NewHasher(2), DeviceKey: key}), c
}

// login signs in as email from ip with no device cookie and returns the session token.
func login(svc *auth.Service, email, pw, ip string) (string, error) {
	in, err := svc.Login(context.Background(), auth.Attempt{Email: email, Password: pw, IP: ip})
	return in.Token, err
}

func TestLogin(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		svc, clk := newService(t, st)
		if _, _, err := auth.NewAccounts(svc.Deps).CreateUser(ctx, auth.NewUser{Email: "Ana@Example.com", Role: "analyst", Password: "a long enough password"}, audit.System); err != nil {
			t.Fatal(err)
		}
		_, errUnknown := login(svc, "nobody@example.com", "whatever", "192.0.2.1")
		_, errWrong := login(svc, "ana@example.com", "wrong password", "192.0.2.1")
		if !errors.Is(errUnknown, auth.ErrInvalidCredentials) || !errors.Is(errWrong, auth.ErrInvalidCredentials) {
			t.Fatalf("unknown email and wrong password must look alike: %v / %v", errUnknown, errWrong)
		}
		in, err := svc.Login(ctx, auth.Attempt{Email: "ANA@example.com ", Password: "a long enough password", IP: "192.0.2.1"})
		u, tok1 := in.User, in.Token
		if err != nil || u.Email != "ana@example.com" {
			t.Fatalf("login: %v %+v", err, u)
		}
		tok2, err := login(svc, "ana@example.com", "a long enough password", "192.0.2.1")
		if err != nil || tok1 == tok2 {
			t.Fatal("each sign-in must start a new session")
		}
		p, err := svc.Resolve(ctx, tok1)
		if err != nil || p.User.ID != u.ID {
			t.Fatalf("resolve: %v", err)
		}
		// Idle timeout: 31 minutes without a request ends the session.
		clk.t = clk.t.Add(31 * time.Minute)
		if _, err := svc.Resolve(ctx, tok1); !errors.Is(err, auth.ErrNoSession) {
			t.Fatalf("idle session still valid: %v", err)
		}
		// Absolute timeout: used every 20 minutes, the session still ends after 2 hours.
		tok3, _ := login(svc, "ana@example.com", "a long enough password", "192.0.2.1")
		for i := 0; i < 5; i++ {
			clk.t = clk.t.Add(20 * time.Minute)
			if _, err := svc.Resolve(ctx, tok3); err != nil {
				t.Fatalf("active session ended early at step %d: %v", i, err)
			}
		}
		clk.t = clk.t.Add(21 * time.Minute)
		if _, err := svc.Resolve(ctx, tok3); !errors.Is(err, auth.ErrNoSession) {
			t.Fatalf("session outlived the absolute timeout: %v", err)
		}
		tok4, _ := login(svc, "ana@example.com", "a long enough password", "192.0.2.1")
		if err := svc.Logout(ctx, tok4, audit.System); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Resolve(ctx, tok4); !errors.Is(err, auth.ErrNoSession) {
			t.Fatal("session valid after logout")
		}
	})
}

func TestLoginRateLimits(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		svc, clk := newService(t, st)
		const pw = "a long enough password"
		auth.NewAccounts(svc.Deps).CreateUser(ctx, auth.NewUser{Email: "ana@example.com", Role: "analyst", Password: pw}, audit.System)
		owner, err := svc.Login(ctx, auth.Attempt{Email: "ana@example.com", Password: pw, IP: "203.0.113.9"})
		if err != nil || owner.Device == "" {
			t.Fatalf("sign-in gave no device cookie: %v", err)
		}
		for i := 0; i < auth.MaxFailsPerAccount; i++ {
			if _, err := login(svc, "ana@example.com", "guess", fmt.Sprintf("198.51.100.%d", i)); !errors.Is(err, auth.ErrInvalidCredentials) {
				t.Fatalf("failure %d: %v", i, err)
			}
		}
		// From a fresh address without the device cookie, even the right password is refused
		// while the account is locked, and the refusal says for how long.
		_, err = login(svc, "ana@example.com", pw, "203.0.113.10")
		var le *auth.LimitError
		if !errors.As(err, &le) || le.Limit != "account" || le.RetryAfter <= 0 || le.RetryAfter > auth.LoginWindow {
			t.Fatalf("per-account limit: %v", err)
		}
		// The owner's browser, holding its device cookie, is not locked out by strangers.
		in, err := svc.Login(ctx, auth.Attempt{Email: "ana@example.com", Password: pw, IP: "203.0.113.9", Device: owner.Device})
		if err != nil {
			t.Fatalf("owner with device cookie: %v", err)
		}
		// The owner's sign-in starts the account's count again; strangers lock it once more, and
		// a forged cookie, or the cookie of another account, counts as none.
		auth.NewAccounts(svc.Deps).CreateUser(ctx, auth.NewUser{Email: "bo@example.com", Role: "analyst", Password: pw}, audit.System)
		bo, err := svc.Login(ctx, auth.Attempt{Email: "bo@example.com", Password: pw, IP: "203.0.113.12"})
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < auth.MaxFailsPerAccount; i++ {
			if _, err := login(svc, "ana@example.com", "guess", fmt.Sprintf("198.51.100.%d", 10+i)); !errors.Is(err, auth.ErrInvalidCredentials) {
				t.Fatalf("failure %d after the owner's sign-in: %v", i, err)
			}
		}
		for _, forged := range []string{in.Device[:len(in.Device)-2] + "AA", strings.Repeat("A", 22) + "." + strings.Repeat("A", 43), bo.Device} {
			_, err := svc.Login(ctx, auth.Attempt{Email: "ana@example.com", Password: pw, IP: "203.0.113.11", Device: forged})
			if !errors.As(err, &le) || le.Limit != "account" {
				t.Fatalf("device cookie %q was trusted: %v", forged, err)
			}
		}
		clk.t = clk.t.Add(auth.LoginWindow + time.Minute)
		if _, err := login(svc, "ana@example.com", pw, "203.0.113.9"); err != nil {
			t.Fatalf("after the window: %v", err)
		}
		// Per address: many different accounts from one address.
		for i := 0; i < auth.MaxFailsPerIP; i++ {
			login(svc, fmt.Sprintf("user%d@example.com", i), "guess", "192.0.2.77")
		}
		if _, err := login(svc, "ana@example.com", pw, "192.0.2.77"); !errors.As(err, &le) || le.Limit != "address" {
			t.Fatalf("per-address limit: %v", err)
		}
		if _, err := login(svc, "ana@example.com", pw, "192.0.2.78"); err != nil {
			t.Fatalf("another address is not limited: %v", err)
		}
	})
}
