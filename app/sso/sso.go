// Package sso signs staff in with an OpenID provider: the authorization code flow with PKCE
// (S256), a state and a nonce that are used once, discovery from the issuer and verification
// of the ID token by coreos/go-oidc. What the provider says (subject, email, name, groups) is
// mapped to a role here; app/auth then finds, creates or updates the account and starts the
// session.
//
// A sign-in started here waits in the store (sso_logins) under the SHA-256 of its state, tied
// to the browser that started it by a cookie whose SHA-256 it keeps too; coming back takes it
// (read and deleted) once, so a replayed or forged callback finds nothing.
package sso

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"assay/app/auth"
	"assay/app/config"
	"assay/app/model"
	"assay/app/store"
)

// LoginTTL is how long a sign-in may stay at the provider before it must start again.
const LoginTTL = 10 * time.Minute

// retryEvery is how often an unreachable provider's discovery is tried again.
const retryEvery = 30 * time.Second

var (
	// ErrUnavailable is single sign-on not configured, or its provider not reachable.
	ErrUnavailable = errors.New("sso: single sign-on is unavailable")
	// ErrStale is a callback whose sign-in is unknown, used already, expired or started in
	// another browser.
	ErrStale = errors.New("sso: sign-in expired or already used")
	// ErrProvider is a callback on which the provider reported an error, or whose code or ID
	// token did not check out.
	ErrProvider = errors.New("sso: the provider's answer was refused")
)

// Accounts finds, creates and updates the accounts the provider vouches for (auth.Service).
type Accounts interface {
	SignInSSO(ctx context.Context, in auth.External, ip string) (auth.SignIn, error)
	RefuseSSO(ctx context.Context, in auth.External, reason, ip string) error
	TakeSSOStart(ctx context.Context, ip string) error
}

// Deps are what a Service needs.
type Deps struct {
	Config   config.SSO
	Store    *store.Store
	Accounts Accounts
	Now      func() time.Time
	Log      *slog.Logger
	// HTTP talks to the provider; nil means a client with a 10-second timeout.
	HTTP *http.Client
}

// Service is single sign-on with the configured provider.
type Service struct {
	Deps
	// current is the discovered provider, nil until discovery succeeds; mu is held by the one
	// discovery that runs at a time, tried says when it last began.
	current atomic.Pointer[provider]
	mu      sync.Mutex
	tried   time.Time
}

// provider is the discovered provider, ready to send people to and verify tokens from.
type provider struct {
	oidc     *oidc.Provider
	verifier *oidc.IDTokenVerifier
	oauth    oauth2.Config
}

// New returns the Service and, when single sign-on is configured, discovers the provider. A
// provider that cannot be reached is logged and tried again later (Status, Begin): Assay runs
// without it, and the sign-in page says single sign-on is unavailable.
func New(ctx context.Context, d Deps) *Service {
	if d.HTTP == nil {
		d.HTTP = &http.Client{Timeout: 10 * time.Second}
	}
	s := &Service{Deps: d}
	if !d.Config.Enabled() {
		d.Log.Info("single sign-on: off (no ASSAY_SSO_ISSUER)")
		return s
	}
	if _, err := s.discover(ctx); err != nil {
		d.Log.Warn("single sign-on: the provider cannot be reached; sign-in with it is unavailable until it can",
			"issuer", d.Config.Issuer, "error", err)
	} else {
		d.Log.Info("single sign-on: on", "issuer", d.Config.Issuer, "client_id", d.Config.ClientID, "redirect_url", d.Config.RedirectURL)
	}
	return s
}

// discover returns the provider, discovering it first if that was not done yet; a failure is
// tried again at most every retryEvery.
func (s *Service) discover(ctx context.Context) (*provider, error) {
	if p := s.current.Load(); p != nil {
		return p, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.discoverLocked(ctx)
}

func (s *Service) discoverLocked(ctx context.Context) (*provider, error) {
	if p := s.current.Load(); p != nil {
		return p, nil
	}
	if !s.Config.Enabled() {
		return nil, ErrUnavailable
	}
	if !s.tried.IsZero() && time.Since(s.tried) < retryEvery {
		return nil, ErrUnavailable
	}
	s.tried = time.Now()
	p, err := oidc.NewProvider(oidc.ClientContext(ctx, s.HTTP), s.Config.Issuer)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	ready := &provider{
		oidc:     p,
		verifier: p.Verifier(&oidc.Config{ClientID: s.Config.ClientID}),
		oauth: oauth2.Config{ClientID: s.Config.ClientID, ClientSecret: s.Config.ClientSecret, Endpoint: p.Endpoint(),
			RedirectURL: s.Config.RedirectURL, Scopes: s.Config.Scopes},
	}
	s.current.Store(ready)
	s.Log.Info("single sign-on: provider discovered", "issuer", s.Config.Issuer)
	return ready, nil
}

// Status is what the sign-in page says about single sign-on.
type Status struct {
	// Enabled is whether it is configured, Available whether its provider was reached.
	Enabled, Available bool
	// Name is the provider's name for the button.
	Name string
}

// Status says whether single sign-on can be used now. It never waits for the provider: an
// unreachable one is tried again in the background when it is time to, and a later page shows
// the button.
func (s *Service) Status(ctx context.Context) Status {
	st := Status{Enabled: s.Config.Enabled(), Name: s.Config.Name, Available: s.current.Load() != nil}
	if st.Enabled && !st.Available {
		go func() {
			// One discovery at a time; page views during it do not queue up behind it.
			if s.mu.TryLock() {
				defer s.mu.Unlock()
				_, _ = s.discoverLocked(context.WithoutCancel(ctx))
			}
		}()
	}
	return st
}

// Start is a sign-in sent to the provider: where to send the browser, and the value of the
// cookie that ties the sign-in to that browser.
type Start struct {
	URL, Browser string
}

// Begin starts a sign-in from address ip that returns to next (a path on this site).
func (s *Service) Begin(ctx context.Context, next, ip string) (Start, error) {
	p, err := s.discover(ctx)
	if err != nil {
		return Start{}, err
	}
	if err := s.Accounts.TakeSSOStart(ctx, ip); err != nil {
		return Start{}, err
	}
	state, stateHash := auth.NewToken()
	browser, browserHash := auth.NewToken()
	nonce, _ := auth.NewToken()
	verifier := oauth2.GenerateVerifier()
	now := s.Now()
	err = s.Store.CreateSSOLogin(ctx, &model.SSOLogin{ID: stateHash, Browser: browserHash, Nonce: nonce, Verifier: verifier,
		Next: next, CreatedAt: now, ExpiresAt: now.Add(LoginTTL)})
	if err != nil {
		return Start{}, err
	}
	url := p.oauth.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier))
	return Start{URL: url, Browser: browser}, nil
}

// Callback is what the provider sent the browser back with, and the browser's cookie.
type Callback struct {
	State, Code string
	// Error and ErrorDescription are the provider's refusal, when it sent one.
	Error, ErrorDescription string
	Browser, IP             string
}

// Done is a finished sign-in: the session, and where the person was going.
type Done struct {
	auth.SignIn
	Next string
}

// Finish completes a sign-in the provider sent back: the state is taken once and must belong
// to this browser, the code is exchanged with the PKCE verifier, the ID token verified (issuer,
// audience, expiry, signature, nonce, access-token hash), the claims mapped to a role and the
// account signed in. It returns ErrStale, ErrProvider, ErrUnavailable or a *auth.Refusal.
func (s *Service) Finish(ctx context.Context, cb Callback) (Done, error) {
	if cb.State == "" || auth.CheckTokenShape(cb.State) != nil {
		return Done{}, ErrStale
	}
	login, err := s.Store.TakeSSOLogin(ctx, auth.HashToken(cb.State), s.Now())
	if errors.Is(err, model.ErrNotFound) {
		return Done{}, ErrStale
	}
	if err != nil {
		return Done{}, err
	}
	if cb.Browser == "" || subtle.ConstantTimeCompare([]byte(auth.HashToken(cb.Browser)), []byte(login.Browser)) != 1 {
		return Done{}, ErrStale
	}
	if cb.Error != "" {
		return Done{}, fmt.Errorf("%w: %s %s", ErrProvider, cb.Error, cb.ErrorDescription)
	}
	p, err := s.discover(ctx)
	if err != nil {
		return Done{}, err
	}
	claims, err := s.exchange(ctx, p, cb.Code, login)
	if err != nil {
		return Done{}, err
	}
	in, reason := s.decide(claims)
	if reason != "" {
		return Done{}, s.Accounts.RefuseSSO(ctx, in, reason, cb.IP)
	}
	signIn, err := s.Accounts.SignInSSO(ctx, in, cb.IP)
	return Done{SignIn: signIn, Next: login.Next}, err
}

// exchange trades the code for tokens and returns the verified claims of the ID token, with
// those only userinfo gave (many providers put email or groups there alone).
func (s *Service) exchange(ctx context.Context, p *provider, code string, login model.SSOLogin) (claims, error) {
	ctx = oidc.ClientContext(ctx, s.HTTP)
	tok, err := p.oauth.Exchange(ctx, code, oauth2.VerifierOption(login.Verifier))
	if err != nil {
		return nil, fmt.Errorf("%w: code exchange: %w", ErrProvider, err)
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok || raw == "" {
		return nil, fmt.Errorf("%w: no ID token", ErrProvider)
	}
	idt, err := p.verifier.Verify(ctx, raw)
	if err != nil {
		return nil, fmt.Errorf("%w: ID token: %w", ErrProvider, err)
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(login.Nonce)) != 1 {
		return nil, fmt.Errorf("%w: ID token nonce is not this sign-in's", ErrProvider)
	}
	if idt.AccessTokenHash != "" {
		if err := idt.VerifyAccessToken(tok.AccessToken); err != nil {
			return nil, fmt.Errorf("%w: access token hash: %w", ErrProvider, err)
		}
	}
	c := claims{}
	if err := idt.Claims(&c); err != nil {
		return nil, fmt.Errorf("%w: ID token claims: %w", ErrProvider, err)
	}
	c["iss"], c["sub"] = idt.Issuer, idt.Subject
	if c.complete(s.Config.GroupsClaim) || p.oidc.UserInfoEndpoint() == "" {
		return c, nil
	}
	info, err := p.oidc.UserInfo(ctx, oauth2.StaticTokenSource(tok))
	if err != nil {
		return nil, fmt.Errorf("%w: userinfo: %w", ErrProvider, err)
	}
	if info.Subject != idt.Subject {
		return nil, fmt.Errorf("%w: userinfo is about another subject", ErrProvider)
	}
	extra := claims{}
	if err := info.Claims(&extra); err != nil {
		return nil, fmt.Errorf("%w: userinfo claims: %w", ErrProvider, err)
	}
	for k, v := range extra {
		if _, ok := c[k]; !ok {
			c[k] = v
		}
	}
	return c, nil
}
