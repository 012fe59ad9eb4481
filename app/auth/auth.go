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

// Errors of signing in. Both unknown email and wrong password are ErrInvalidCredentials so the
// page cannot reveal which emails have accounts.
var (
	ErrInvalidCredentials = errors.New("auth: invalid credentials")
	ErrNoSession          = errors.New("auth: no session")
	// ErrLinkExpired is a vendor session whose invitation link has passed its expiry: the
	// session stays refused even before the sweep marks the assessment expired.
	ErrLinkExpired = errors.New("auth: invitation link expired")
)

// Service signs staff and vendors in: passwords, single sign-on, sessions and API tokens
// presented with requests. Accounts manages the accounts themselves.
type Service struct {
	Deps
}

// Accounts manages staff accounts and their API tokens: creating, disabling, roles, password
// resets, listing and revoking. It shares the Deps of the Service, the password hashing cap
// included.
type Accounts struct {
	Deps
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store    *store.Store
	Now      func() time.Time
	Idle     time.Duration
	Absolute time.Duration
	// Hasher caps the password hashes run at once.
	Hasher *Hasher
	// DeviceKey signs device cookies (LoadDeviceKey); it is never stored in the database.
	DeviceKey []byte
	// TokenGuessLimit is how many failed token lookups an address may make in TokenWindow.
	TokenGuessLimit int
	// PasswordsOff turns password sign-in off for everyone but the BreakGlass admins (emails,
	// lower case), who stay able to sign in while the OpenID provider is down.
	PasswordsOff bool
	BreakGlass   []string
}

// New returns a Service that signs staff in with the given store and session lifetimes.
func New(d Deps) *Service { return &Service{Deps: d} }

// NewAccounts returns the Accounts of the same store; give it the Deps given to New, so that
// both share the cap on password hashes.
func NewAccounts(d Deps) *Accounts { return &Accounts{Deps: d} }

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

// Attempt is one sign-in: what the form sent, from where, with the device cookie the browser
// holds ("" for none).
type Attempt struct {
	Email, Password, IP, Device string
}

// SignIn is a successful sign-in: the user, the new session's cookie value and the device
// cookie to keep in the browser.
type SignIn struct {
	User    model.User
	Token   string
	Session model.Session
	Device  string
}

// Login checks credentials. Before the password is checked it takes an attempt from the
// limits (loginLimits) in the database, so parallel requests and replicas share the counts; a
// full limit is a *LimitError, audited. Success gives the attempt back and returns a new
// session (a fresh id, so a session fixed before sign-in is never reused) and device cookie.
func (s *Service) Login(ctx context.Context, in Attempt) (SignIn, error) {
	email := strings.ToLower(strings.TrimSpace(in.Email))
	device := s.device(email, in.Device)
	limits := loginLimits(email, in.IP, device)
	if err := s.take(ctx, LoginWindow, limits); err != nil {
		if errors.Is(err, ErrRateLimited) {
			if aerr := s.auditLockedOut(ctx, email, in.IP, err); aerr != nil {
				return SignIn{}, aerr
			}
		}
		return SignIn{}, err
	}
	if !s.passwordAllowed(email) {
		// Counted all the same, so that this refusal cannot fill the audit trail unthrottled.
		return SignIn{}, s.refusePassword(ctx, 0, in.IP)
	}
	u, err := s.Store.UserByEmail(ctx, email)
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		s.giveBack(ctx, limits)
		return SignIn{}, err
	}
	known := err == nil && !u.Disabled
	hash := u.PasswordHash
	if !known {
		// Checked all the same, so that timing does not tell which emails have accounts.
		hash = dummyHash()
	}
	ok, err := s.checkPassword(ctx, hash, in.Password)
	if err != nil {
		// The password was never checked: the attempt is not a failure.
		s.giveBack(ctx, limits)
		return SignIn{}, err
	}
	ok = ok && known
	now := s.Now()
	if !ok {
		// The attempt stays counted. The attempted email is not recorded: it may be a password
		// typed in the wrong box.
		err := s.Store.Tx(ctx, func(tx *store.Store) error {
			return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, IP: in.IP}, audit.Event{Action: "login.failed"}, now)
		})
		if err != nil {
			return SignIn{}, err
		}
		return SignIn{}, ErrInvalidCredentials
	}
	if s.PasswordsOff && u.Role != model.RoleAdmin {
		// A break-glass email whose account is no longer an admin's.
		return SignIn{}, s.refusePassword(ctx, u.ID, in.IP)
	}
	out := SignIn{User: u, Device: s.newDevice(email)}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		// The owner is in: the account's counts start again; the address keeps its other
		// attempts, this one given back.
		clear := []string{accountKey(email)}
		for _, l := range limits {
			if l.name == "address" {
				if err := tx.ReturnAttempt(ctx, l.key); err != nil {
					return err
				}
				continue
			}
			clear = append(clear, l.key)
		}
		if err := tx.ClearAttempts(ctx, clear...); err != nil {
			return err
		}
		var err error
		out.Token, out.Session, err = s.newSession(ctx, tx, &u.ID, nil, nil, in.IP)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email, IP: in.IP},
			audit.Event{Action: "login", ObjectType: "user", ObjectID: u.ID}, now)
	})
	if err != nil {
		return SignIn{}, err
	}
	return out, nil
}

// refusePassword records a password sign-in refused because local passwords are off, naming
// the account when it is known, and returns ErrPasswordsOff.
func (s *Service) refusePassword(ctx context.Context, userID uint, ip string) error {
	ev := audit.Event{Action: "login.refused", Detail: map[string]any{"reason": "passwords_off"}}
	if userID != 0 {
		ev.ObjectType, ev.ObjectID = "user", userID
	}
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, IP: ip}, ev, s.Now())
	})
	if err != nil {
		return err
	}
	return ErrPasswordsOff
}

// auditLockedOut records a sign-in refused by a limit, naming the account when it exists (by
// id: the typed email may be anything) and the limit that was full.
func (s *Service) auditLockedOut(ctx context.Context, email, ip string, refusal error) error {
	ev := audit.Event{Action: "login.locked_out"}
	var le *LimitError
	if errors.As(refusal, &le) {
		ev.Detail = map[string]any{"limit": le.Limit}
	}
	if u, err := s.Store.UserByEmail(ctx, email); err == nil {
		ev.ObjectType, ev.ObjectID = "user", u.ID
	} else if !errors.Is(err, model.ErrNotFound) {
		return err
	}
	return s.Store.Tx(ctx, func(tx *store.Store) error {
		return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, IP: ip}, ev, s.Now())
	})
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

// SessionTouchEvery is how often a session's use is recorded, which slides its idle timeout:
// writing on every request would make SQLite's single writer the bottleneck; a minute of
// slack in the idle timeout is harmless.
const SessionTouchEvery = time.Minute

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
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return Principal{}, err
		}
		if err != nil || u.Disabled {
			return Principal{}, ErrNoSession
		}
		p.User = &u
	case sess.InvitationID != nil && sess.AssessmentID != nil:
		inv, err := s.Store.Invitation(ctx, *sess.AssessmentID, *sess.InvitationID)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return Principal{}, err
		}
		if err != nil || inv.RevokedAt != nil {
			return Principal{}, ErrNoSession
		}
		// The link's own expiry holds on every request, not only once the sweep has run.
		if !now.Before(inv.ExpiresAt) {
			return Principal{}, ErrLinkExpired
		}
		p.Invitation = &inv
		p.AssessmentID = inv.AssessmentID
	default:
		return Principal{}, ErrNoSession
	}
	if now.Sub(sess.LastSeenAt) > SessionTouchEvery {
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
func (s *Accounts) CreateUser(ctx context.Context, in NewUser, actor audit.Actor) (model.User, string, error) {
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	in.Name = strings.TrimSpace(in.Name)
	if err := validate.Struct(in); err != nil {
		return model.User{}, "", err
	}
	pw := in.Password
	if pw == "" {
		pw = NewPassword()
	}
	hash, err := s.hashPassword(ctx, pw)
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
	if in.Current != "" {
		ok, err := s.checkPassword(ctx, u.PasswordHash, in.Current)
		if err != nil {
			return err
		}
		if !ok {
			verr.Add("current", "This is not your current password.")
		}
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
	hash, err := s.hashPassword(ctx, in.New)
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

// hashPassword hashes pw in a hashing slot.
func (s *Deps) hashPassword(ctx context.Context, pw string) (string, error) {
	var hash string
	var err error
	if herr := s.Hasher.Do(ctx, func() { hash, err = HashPassword(pw) }); herr != nil {
		return "", herr
	}
	return hash, err
}

// checkPassword checks pw against hash in a hashing slot.
func (s *Service) checkPassword(ctx context.Context, hash, pw string) (bool, error) {
	ok := false
	err := s.Hasher.Do(ctx, func() { ok = CheckPassword(hash, pw) })
	return ok, err
}

// CreateAPIToken issues an API token for the user with email and returns it, shown once.
func (s *Accounts) CreateAPIToken(ctx context.Context, email, name string, actor audit.Actor) (string, error) {
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
func (s *Accounts) EnsureAdmin(ctx context.Context, email string) (string, error) {
	n, err := s.Store.UserCount(ctx)
	if err != nil || n > 0 {
		return "", err
	}
	_, pw, err := s.CreateUser(ctx, NewUser{Email: email, Name: "Administrator", Role: model.RoleAdmin}, audit.System)
	return pw, err
}
