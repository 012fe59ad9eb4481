package auth

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
	"assay/app/validate"
)

// Rate limits for failed sign-ins, counted over LoginWindow.
const (
	LoginWindow        = 15 * time.Minute
	MaxFailsPerAccount = 5
	MaxFailsPerIP      = 20
)

// Errors of signing in. Both unknown email and wrong password are ErrInvalidCredentials so the
// page cannot reveal which emails have accounts.
var (
	ErrInvalidCredentials = errors.New("auth: invalid credentials")
	ErrRateLimited        = errors.New("auth: too many attempts")
	ErrNoSession          = errors.New("auth: no session")
)

// Service holds sign-in, sessions, users and tokens.
type Service struct {
	Deps
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store    *store.Store
	Now      func() time.Time
	Idle     time.Duration
	Absolute time.Duration
}

// New returns a Service that signs staff in with the given store and session lifetimes.
func New(d Deps) *Service { return &Service{Deps: d} }

// Principal is who a request acts as: a staff user or a vendor invitation.
type Principal struct {
	User         *model.User
	Invitation   *model.Invitation
	AssessmentID uint
	Session      *model.Session
	ViaToken     bool
	TokenID      uint
}

// Actor describes the principal for the audit trail.
func (p Principal) Actor(ip string) audit.Actor {
	switch {
	case p.User != nil && p.ViaToken:
		return audit.Actor{Type: audit.ActorAPIToken, ID: p.TokenID, Label: p.User.Email, IP: ip}
	case p.User != nil:
		return audit.Actor{Type: audit.ActorUser, ID: p.User.ID, Label: p.User.Email, IP: ip}
	case p.Invitation != nil:
		return audit.Actor{Type: audit.ActorInvitation, ID: p.Invitation.ID, Label: p.Invitation.Email, IP: ip}
	}
	return audit.Actor{Type: audit.ActorSystem, IP: ip}
}

// Login checks credentials with rate limits per account and per address; on success it returns
// the user and a new session (a fresh id, so a session fixed before sign-in is never reused).
func (s *Service) Login(ctx context.Context, email, password, ip string) (model.User, string, model.Session, error) {
	now := s.Now()
	email = strings.ToLower(strings.TrimSpace(email))
	acctKey, ipKey := "account:"+email, "ip:"+ip
	since := now.Add(-LoginWindow)
	na, err := s.Store.LoginFailures(ctx, acctKey, since)
	if err != nil {
		return model.User{}, "", model.Session{}, err
	}
	ni, err := s.Store.LoginFailures(ctx, ipKey, since)
	if err != nil {
		return model.User{}, "", model.Session{}, err
	}
	if na >= MaxFailsPerAccount || ni >= MaxFailsPerIP {
		return model.User{}, "", model.Session{}, ErrRateLimited
	}
	u, err := s.Store.UserByEmail(ctx, email)
	ok := false
	if err == nil && !u.Disabled {
		ok = CheckPassword(u.PasswordHash, password)
	} else {
		CheckPassword(dummyHash(), password)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return model.User{}, "", model.Session{}, err
		}
	}
	if !ok {
		if err := s.Store.Tx(ctx, func(tx *store.Store) error {
			if err := tx.RecordLoginFailure(ctx, now, acctKey, ipKey); err != nil {
				return err
			}
			// The attempted email is not recorded: it may be a password typed in the wrong box.
			return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, IP: ip}, audit.Event{Action: "login.failed"}, now)
		}); err != nil {
			return model.User{}, "", model.Session{}, err
		}
		return model.User{}, "", model.Session{}, ErrInvalidCredentials
	}
	var token string
	var sess model.Session
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.ClearLoginFailures(ctx, acctKey); err != nil {
			return err
		}
		var err error
		token, sess, err = s.newSession(ctx, tx, &u.ID, nil, nil, ip)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email, IP: ip},
			audit.Event{Action: "login", ObjectType: "user", ObjectID: u.ID}, now)
	})
	return u, token, sess, err
}

// StartVendorSession opens a session for an invitation, scoped to its one assessment.
func (s *Service) StartVendorSession(ctx context.Context, tx *store.Store, inv model.Invitation, ip string) (string, model.Session, error) {
	return s.newSession(ctx, tx, nil, &inv.ID, &inv.AssessmentID, ip)
}

func (s *Service) newSession(ctx context.Context, tx *store.Store, userID, invID, assessmentID *uint, ip string) (string, model.Session, error) {
	now := s.Now()
	token, hash := NewToken()
	csrf, _ := NewToken()
	sess := model.Session{ID: hash, UserID: userID, InvitationID: invID, AssessmentID: assessmentID, CSRFToken: csrf,
		IP: ip, CreatedAt: now, LastSeenAt: now, ExpiresAt: s.expiry(now, now)}
	if err := tx.CreateSession(ctx, &sess); err != nil {
		return "", sess, err
	}
	return token, sess, nil
}

func (s *Service) expiry(created, now time.Time) time.Time {
	idle := now.Add(s.Idle)
	abs := created.Add(s.Absolute)
	if abs.Before(idle) {
		return abs
	}
	return idle
}

// Resolve returns the principal of a session cookie value, sliding the idle timeout.
func (s *Service) Resolve(ctx context.Context, token string) (Principal, error) {
	if CheckTokenShape(token) != nil {
		return Principal{}, ErrNoSession
	}
	now := s.Now()
	sess, err := s.Store.Session(ctx, HashToken(token), now)
	if errors.Is(err, model.ErrNotFound) {
		return Principal{}, ErrNoSession
	}
	if err != nil {
		return Principal{}, err
	}
	p := Principal{Session: &sess}
	switch {
	case sess.UserID != nil:
		u, err := s.Store.User(ctx, *sess.UserID)
		if err != nil || u.Disabled {
			return Principal{}, ErrNoSession
		}
		p.User = &u
	case sess.InvitationID != nil && sess.AssessmentID != nil:
		inv, err := s.Store.Invitation(ctx, *sess.AssessmentID, *sess.InvitationID)
		if err != nil || inv.RevokedAt != nil {
			return Principal{}, ErrNoSession
		}
		p.Invitation = &inv
		p.AssessmentID = inv.AssessmentID
	default:
		return Principal{}, ErrNoSession
	}
	// Writing on every request would make SQLite's single writer the bottleneck; a minute of
	// slack in the idle timeout is harmless.
	if now.Sub(sess.LastSeenAt) > time.Minute {
		if err := s.Store.TouchSession(ctx, sess.ID, now, s.expiry(sess.CreatedAt, now)); err != nil {
			return Principal{}, err
		}
	}
	return p, nil
}

// Logout ends the session of the cookie value.
func (s *Service) Logout(ctx context.Context, token string, actor audit.Actor) error {
	return s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.DeleteSession(ctx, HashToken(token)); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "logout", ObjectType: "user", ObjectID: actor.ID}, s.Now())
	})
}

// APIPrincipal returns the staff principal of an API bearer token.
func (s *Service) APIPrincipal(ctx context.Context, token string) (Principal, error) {
	if CheckTokenShape(token) != nil {
		return Principal{}, ErrNoSession
	}
	u, t, err := s.Store.UserByAPIToken(ctx, HashToken(token), s.Now())
	if errors.Is(err, model.ErrNotFound) {
		return Principal{}, ErrNoSession
	}
	if err != nil {
		return Principal{}, err
	}
	return Principal{User: &u, ViaToken: true, TokenID: t.ID}, nil
}

// NewUser is the input for creating a staff account.
type NewUser struct {
	Email    string `json:"email" form:"email" validate:"required,email,max=254"`
	Name     string `json:"name" form:"name" validate:"max=200"`
	Role     string `json:"role" form:"role" validate:"required,oneof=admin analyst procurement"`
	Password string `json:"password" form:"password" validate:"omitempty,min=12,max=200"`
}

// CreateUser adds a staff account. With no password given it makes one and returns it, to be
// shown once.
func (s *Service) CreateUser(ctx context.Context, in NewUser, actor audit.Actor) (model.User, string, error) {
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	in.Name = strings.TrimSpace(in.Name)
	if err := validate.Struct(in); err != nil {
		return model.User{}, "", err
	}
	pw := in.Password
	if pw == "" {
		pw = NewPassword()
	}
	hash, err := HashPassword(pw)
	if err != nil {
		return model.User{}, "", err
	}
	now := s.Now()
	u := model.User{Email: in.Email, Name: in.Name, Role: in.Role, PasswordHash: hash, MustChangePassword: in.Password == "",
		CreatedAt: now, UpdatedAt: now}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.CreateUser(ctx, &u); err != nil {
			if store.IsDuplicate(err) {
				return &validate.Error{Fields: map[string]string{"email": "An account with this email already exists."}}
			}
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "user.create", ObjectType: "user", ObjectID: u.ID,
			Detail: map[string]any{"email": u.Email, "role": u.Role}}, now)
	})
	if err != nil {
		return model.User{}, "", err
	}
	return u, pw, nil
}

// PasswordChange is the input of the change-password form.
type PasswordChange struct {
	Current string `json:"current" validate:"required"`
	New     string `json:"new" validate:"required,min=12,max=200"`
	Confirm string `json:"confirm" validate:"required"`
}

// ChangePassword replaces the user's password after checking the current one, and ends the
// user's other sessions.
func (s *Service) ChangePassword(ctx context.Context, u model.User, sessionID string, in PasswordChange, actor audit.Actor) error {
	verr := &validate.Error{}
	if err := validate.Struct(in); err != nil {
		ve, ok := validate.As(err)
		if !ok {
			return err
		}
		verr = ve
	}
	if in.Current != "" && !CheckPassword(u.PasswordHash, in.Current) {
		verr.Add("current", "This is not your current password.")
	}
	if in.New != "" && in.Confirm != in.New {
		verr.Add("confirm", "The two new passwords differ.")
	}
	if in.New != "" && in.New == in.Current {
		verr.Add("new", "Choose a password different from the current one.")
	}
	if err := verr.Err(); err != nil {
		return err
	}
	hash, err := HashPassword(in.New)
	if err != nil {
		return err
	}
	return s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetPassword(ctx, u.ID, hash); err != nil {
			return err
		}
		if err := tx.DeleteUserSessions(ctx, u.ID, sessionID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "user.password_change", ObjectType: "user", ObjectID: u.ID}, s.Now())
	})
}

// CreateAPIToken issues an API token for the user with email and returns it, shown once.
func (s *Service) CreateAPIToken(ctx context.Context, email, name string, actor audit.Actor) (string, error) {
	u, err := s.Store.UserByEmail(ctx, email)
	if err != nil {
		return "", fmt.Errorf("auth: no user %q: %w", email, err)
	}
	token, hash := NewToken()
	now := s.Now()
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		t := model.APIToken{UserID: u.ID, Name: name, Hash: hash, CreatedAt: now}
		if err := tx.CreateAPIToken(ctx, &t); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "api_token.create", ObjectType: "api_token", ObjectID: t.ID,
			Detail: map[string]any{"user": u.Email}}, now)
	})
	return token, err
}

// EnsureAdmin creates the first admin when there are no users and returns the one-time
// password to print; it returns "" when users exist.
func (s *Service) EnsureAdmin(ctx context.Context, email string) (string, error) {
	n, err := s.Store.UserCount(ctx)
	if err != nil || n > 0 {
		return "", err
	}
	_, pw, err := s.CreateUser(ctx, NewUser{Email: email, Name: "Administrator", Role: model.RoleAdmin}, audit.System)
	return pw, err
}
