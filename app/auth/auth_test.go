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
	return auth.New(auth.Deps{Store: st, Now: c.now, Idle: 30 * time.Minute, Absolute: 2 * time.Hour}), c
}

func TestLogin(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		svc, clk := newService(t, st)
		if _, _, err := svc.CreateUser(ctx, auth.NewUser{Email: "Ana@Example.com", Role: "analyst", Password: "a long enough password"}, audit.System); err != nil {
			t.Fatal(err)
		}
		_, _, _, errUnknown := svc.Login(ctx, "nobody@example.com", "whatever", "192.0.2.1")
		_, _, _, errWrong := svc.Login(ctx, "ana@example.com", "wrong password", "192.0.2.1")
		if !errors.Is(errUnknown, auth.ErrInvalidCredentials) || !errors.Is(errWrong, auth.ErrInvalidCredentials) {
			t.Fatalf("unknown email and wrong password must look alike: %v / %v", errUnknown, errWrong)
		}
		u, tok1, _, err := svc.Login(ctx, "ANA@example.com ", "a long enough password", "192.0.2.1")
		if err != nil || u.Email != "ana@example.com" {
			t.Fatalf("login: %v %+v", err, u)
		}
		_, tok2, _, err := svc.Login(ctx, "ana@example.com", "a long enough password", "192.0.2.1")
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
		_, tok3, _, _ := svc.Login(ctx, "ana@example.com", "a long enough password", "192.0.2.1")
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
		_, tok4, _, _ := svc.Login(ctx, "ana@example.com", "a long enough password", "192.0.2.1")
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
		svc.CreateUser(ctx, auth.NewUser{Email: "ana@example.com", Role: "analyst", Password: "a long enough password"}, audit.System)
		for i := 0; i < auth.MaxFailsPerAccount; i++ {
			svc.Login(ctx, "ana@example.com", "guess", fmt.Sprintf("198.51.100.%d", i))
		}
		// From a fresh address, even the right password is refused while the account is locked.
		if _, _, _, err := svc.Login(ctx, "ana@example.com", "a long enough password", "203.0.113.9"); !errors.Is(err, auth.ErrRateLimited) {
			t.Fatalf("per-account limit: %v", err)
		}
		clk.t = clk.t.Add(auth.LoginWindow + time.Minute)
		if _, _, _, err := svc.Login(ctx, "ana@example.com", "a long enough password", "203.0.113.9"); err != nil {
			t.Fatalf("after the window: %v", err)
		}
		// Per address: many different accounts from one address.
		for i := 0; i < auth.MaxFailsPerIP; i++ {
			svc.Login(ctx, fmt.Sprintf("user%d@example.com", i), "guess", "192.0.2.77")
		}
		if _, _, _, err := svc.Login(ctx, "ana@example.com", "a long enough password", "192.0.2.77"); !errors.Is(err, auth.ErrRateLimited) {
			t.Fatalf("per-address limit: %v", err)
		}
		if _, _, _, err := svc.Login(ctx, "ana@example.com", "a long enough password", "192.0.2.78"); err != nil {
			t.Fatalf("another address is not limited: %v", err)
		}
	})
}
