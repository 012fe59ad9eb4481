package auth

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
)

// Reasons a sign-in through the OpenID provider is refused, as Refusal.Reason and in the
// audit event sso.refused.
const (
	RefusedNoRole      = "no_role"
	RefusedEmailDomain = "email_domain"
	RefusedNoEmail     = "no_email"
	RefusedDisabled    = "disabled"
	RefusedEmailTaken  = "email_taken"
	RefusedLastAdmin   = "last_admin"
)

// Refusal is a person the provider vouched for whom Assay does not let in, with the reason.
type Refusal struct {
	Reason string
	// Email is the address the provider gave, shown back on the refusal page.
	Email string
}

func (r *Refusal) Error() string { return "auth: single sign-on refused: " + r.Reason }

// ErrPasswordsOff refuses a password sign-in for anyone but a break-glass admin when local
// passwords are off.
var ErrPasswordsOff = errors.New("auth: password sign-in is off")

// External is a person the OpenID provider vouched for: who they are there, and what Assay
// made of their claims.
type External struct {
	// Issuer and Subject name the person at the provider for good.
	Issuer, Subject string
	Email, Name     string
	// EmailUnverified is set when the provider said the email is not verified; such an email
	// never takes over an existing account.
	EmailUnverified bool
	// Role is what the person's groups map to ("" for none); Groups are the groups themselves,
	// for the audit trail.
	Role   string
	Groups []string
}

// RefuseSSO records that a person the provider vouched for was refused, and returns the
// Refusal to show them.
func (s *Service) RefuseSSO(ctx context.Context, in External, reason, ip string) error {
	err := s.Store.Tx(ctx, func(tx *store.Store) error { return s.recordRefusal(ctx, tx, in, reason, 0, ip) })
	if err != nil {
		return err
	}
	return &Refusal{Reason: reason, Email: in.Email}
}

func (s *Service) recordRefusal(ctx context.Context, tx *store.Store, in External, reason string, userID uint, ip string) error {
	ev := audit.Event{Action: "sso.refused", Detail: map[string]any{"reason": reason, "email": in.Email,
		"subject": in.Subject, "groups": in.Groups}}
	if userID != 0 {
		ev.ObjectType, ev.ObjectID = "user", userID
	}
	return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, Label: "sso", IP: ip}, ev, s.Now())
}

// SignInSSO signs in a person the provider vouched for with a role: their account, found by
// the provider's subject (or, the first time, by an email the provider did not call
// unverified), is created with the role or brought up to date (role, name, email), and a new
// session starts. A disabled account, an email that belongs to another person's account, or a
// demotion of the last active admin is refused (*Refusal). Every outcome is audited.
func (s *Service) SignInSSO(ctx context.Context, in External, ip string) (SignIn, error) {
	if in.Role == "" {
		return SignIn{}, s.RefuseSSO(ctx, in, RefusedNoRole, ip)
	}
	in.Email = strings.ToLower(strings.TrimSpace(in.Email))
	var out SignIn
	var refused *Refusal
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		// Admins' rows are locked first, as for every role change, so the last-admin check holds.
		if err := tx.LockAdmins(ctx); err != nil {
			return err
		}
		u, reason, err := s.ssoAccount(ctx, tx, in, ip)
		if err == nil && reason == "" {
			reason, err = s.ssoUpdate(ctx, tx, &u, in, ip)
		}
		if err != nil {
			return err
		}
		if reason != "" {
			refused = &Refusal{Reason: reason, Email: in.Email}
			return s.recordRefusal(ctx, tx, in, reason, u.ID, ip)
		}
		out.User = u
		if out.Token, out.Session, err = s.newSession(ctx, tx, &u.ID, nil, nil, ip); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email, IP: ip},
			audit.Event{Action: "login", ObjectType: "user", ObjectID: u.ID, Detail: map[string]any{"via": "sso"}}, s.Now())
	})
	if err != nil {
		return SignIn{}, err
	}
	if refused != nil {
		return SignIn{}, refused
	}
	return out, nil
}

// ssoAccount finds or creates the account of in, or says why it is refused.
func (s *Service) ssoAccount(ctx context.Context, tx *store.Store, in External, ip string) (model.User, string, error) {
	u, err := tx.UserBySSO(ctx, in.Issuer, in.Subject)
	if err == nil {
		return u, "", nil
	}
	if !errors.Is(err, model.ErrNotFound) {
		return u, "", err
	}
	u, err = tx.UserByEmail(ctx, in.Email)
	switch {
	case err == nil && (u.SSOSubject != "" || in.EmailUnverified):
		// Someone else's account at the provider, or an email the provider does not vouch for.
		return model.User{ID: u.ID}, RefusedEmailTaken, nil
	case err == nil:
		return u, "", nil
	case !errors.Is(err, model.ErrNotFound):
		return u, "", err
	}
	now := s.Now()
	u = model.User{Email: in.Email, Name: in.Name, Role: in.Role, SSOIssuer: in.Issuer, SSOSubject: in.Subject,
		CreatedAt: now, UpdatedAt: now}
	if err := tx.CreateUser(ctx, &u); err != nil {
		return u, "", err
	}
	err = audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, Label: "sso", IP: ip}, audit.Event{Action: "user.create",
		ObjectType: "user", ObjectID: u.ID, Detail: map[string]any{"email": u.Email, "role": u.Role, "via": "sso"}}, now)
	return u, "", err
}

// ssoUpdate brings u's role, name, email and provider subject to what the provider said, or
// says why the sign-in is refused.
func (s *Service) ssoUpdate(ctx context.Context, tx *store.Store, u *model.User, in External, ip string) (string, error) {
	if u.Disabled {
		return RefusedDisabled, nil
	}
	changes := map[string]any{}
	detail := map[string]any{}
	set := func(col, from, to string) {
		if from != to {
			changes[col] = to
			detail[col] = map[string]string{"from": from, "to": to}
		}
	}
	set("email", u.Email, in.Email)
	set("role", u.Role, in.Role)
	if in.Name != "" {
		set("name", u.Name, in.Name)
	}
	set("sso_issuer", u.SSOIssuer, in.Issuer)
	set("sso_subject", u.SSOSubject, in.Subject)
	if u.MustChangePassword {
		// A generated password nobody chose (its admin saw it) is dropped rather than demanded
		// to be changed: the provider vouches for this person, who may never need a password.
		changes["password_hash"], changes["must_change_password"] = "", false
		detail["password"] = "generated password dropped"
	}
	if len(changes) == 0 {
		return "", nil
	}
	if _, ok := changes["email"]; ok {
		other, err := tx.UserByEmail(ctx, in.Email)
		if err == nil && other.ID != u.ID {
			return RefusedEmailTaken, nil
		}
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return "", err
		}
	}
	if u.Role == model.RoleAdmin && in.Role != model.RoleAdmin {
		n, err := tx.ActiveAdminCount(ctx)
		if err != nil {
			return "", err
		}
		if n <= 1 {
			return RefusedLastAdmin, nil
		}
	}
	if err := tx.UpdateUser(ctx, u.ID, changes); err != nil {
		return "", fmt.Errorf("auth: update account from single sign-on: %w", err)
	}
	u.Email, u.Role, u.SSOIssuer, u.SSOSubject, u.MustChangePassword = in.Email, in.Role, in.Issuer, in.Subject, false
	if in.Name != "" {
		u.Name = in.Name
	}
	return "", audit.Record(ctx, tx, audit.Actor{Type: audit.ActorSystem, Label: "sso", IP: ip},
		audit.Event{Action: "user.sso_update", ObjectType: "user", ObjectID: u.ID, Detail: detail}, s.Now())
}

// passwordAllowed reports whether email may sign in with a password: anyone while local
// passwords are on, else only the break-glass admins.
func (s *Service) passwordAllowed(email string) bool {
	return !s.PasswordsOff || slices.Contains(s.BreakGlass, email)
}

// ssoStartLimit bounds the sign-ins one address may start at the provider in LoginWindow;
// each one is a row kept until it comes back or expires.
const ssoStartLimit = 30

// TakeSSOStart counts a sign-in started at the provider from ip, refusing (*LimitError) past
// ssoStartLimit in LoginWindow.
func (s *Service) TakeSSOStart(ctx context.Context, ip string) error {
	return s.take(ctx, LoginWindow, []limit{{"sso_start", "sso:start:" + ip, ssoStartLimit}})
}
