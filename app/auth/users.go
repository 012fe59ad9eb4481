package auth

import (
	"context"
	"errors"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
	"assay/app/validate"
)

// Users lists every staff account by email, for the admin's user list.
func (s *Accounts) Users(ctx context.Context) ([]model.User, error) { return s.Store.Users(ctx) }

// User returns one staff account.
func (s *Accounts) User(ctx context.Context, id uint) (model.User, error) {
	return s.Store.User(ctx, id)
}

// UserByEmail returns the staff account with that email, for the command line.
func (s *Accounts) UserByEmail(ctx context.Context, email string) (model.User, error) {
	return s.Store.UserByEmail(ctx, email)
}

// EndSession ends the session of a cookie value without a trace in the history: a sign-in
// replacing a session left in the browser from before.
func (s *Service) EndSession(ctx context.Context, token string) error {
	return s.Store.DeleteSession(ctx, HashToken(token))
}

// lastAdminError refuses a change that would leave no active admin to manage the accounts, as
// a field message for the form and the API alike.
func lastAdminError(field string) error {
	return &validate.Error{Fields: map[string]string{field: "This is the last active admin; make another admin first."}}
}

// SetDisabled disables or enables account id. Disabling ends its sessions at once; its API
// tokens stop working with it, since every lookup checks the account.
func (s *Accounts) SetDisabled(ctx context.Context, id uint, disabled bool, actor audit.Actor) (model.User, error) {
	action := "user.enable"
	if disabled {
		action = "user.disable"
	}
	return s.changeUser(ctx, id, actor, action, "disabled", func(tx *store.Store, u *model.User) (map[string]any, error) {
		u.Disabled = disabled
		if disabled {
			if err := tx.DeleteUserSessions(ctx, id, ""); err != nil {
				return nil, err
			}
		}
		return map[string]any{"disabled": disabled}, nil
	})
}

// SetRole changes account id's role.
func (s *Accounts) SetRole(ctx context.Context, id uint, role string, actor audit.Actor) (model.User, error) {
	if role != model.RoleAdmin && role != model.RoleAnalyst && role != model.RoleProcurement {
		return model.User{}, &validate.Error{Fields: map[string]string{"role": "Choose admin, analyst or procurement."}}
	}
	return s.changeUser(ctx, id, actor, "user.role", "role", func(_ *store.Store, u *model.User) (map[string]any, error) {
		from := u.Role
		u.Role = role
		return map[string]any{"role": role, "from": from}, nil
	})
}

// ResetPassword gives account id a new random password, returned to be handed over once; it
// must be changed at the next sign-in, and the account's sessions end.
func (s *Accounts) ResetPassword(ctx context.Context, id uint, actor audit.Actor) (model.User, string, error) {
	pw := NewPassword()
	hash, err := s.hashPassword(ctx, pw)
	if err != nil {
		return model.User{}, "", err
	}
	u, err := s.changeUser(ctx, id, actor, "user.password_reset", "password", func(tx *store.Store, u *model.User) (map[string]any, error) {
		if err := tx.DeleteUserSessions(ctx, id, ""); err != nil {
			return nil, err
		}
		if err := tx.UpdateUser(ctx, id, map[string]any{"password_hash": hash}); err != nil {
			return nil, err
		}
		u.MustChangePassword = true
		return nil, nil
	})
	if err != nil {
		return model.User{}, "", err
	}
	return u, pw, nil
}

// changeUser applies change to account id in one transaction with its audit event, refusing
// (on field) any change that leaves no active admin. change returns the event's detail and
// sets the new values on u, which are written.
func (s *Accounts) changeUser(ctx context.Context, id uint, actor audit.Actor, action, field string,
	change func(tx *store.Store, u *model.User) (map[string]any, error)) (model.User, error) {
	var u model.User
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.LockAdmins(ctx); err != nil {
			return err
		}
		var err error
		if u, err = tx.User(ctx, id); err != nil {
			return err
		}
		wasActiveAdmin := u.Role == model.RoleAdmin && !u.Disabled
		detail, err := change(tx, &u)
		if err != nil {
			return err
		}
		if wasActiveAdmin && (u.Role != model.RoleAdmin || u.Disabled) {
			n, err := tx.ActiveAdminCount(ctx)
			if err != nil {
				return err
			}
			if n <= 1 {
				return lastAdminError(field)
			}
		}
		if err := tx.UpdateUser(ctx, id, map[string]any{"role": u.Role, "disabled": u.Disabled,
			"must_change_password": u.MustChangePassword}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: action, ObjectType: "user", ObjectID: id, Detail: detail}, s.Now())
	})
	return u, err
}

// ErrNotYours refuses a change to another user's token by anyone but an admin.
var ErrNotYours = errors.New("auth: not your token")

// APITokens lists the API tokens of userID, for that user or an admin.
func (s *Accounts) APITokens(ctx context.Context, userID uint, by model.User) ([]model.APIToken, error) {
	if by.ID != userID && by.Role != model.RoleAdmin {
		return nil, ErrNotYours
	}
	return s.Store.APITokens(ctx, userID)
}

// RevokeAPIToken revokes token id, which must be by's own unless by is an admin; it stops
// working at once.
func (s *Accounts) RevokeAPIToken(ctx context.Context, id uint, by model.User, actor audit.Actor) (model.APIToken, error) {
	var t model.APIToken
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		var err error
		if t, err = tx.APIToken(ctx, id); err != nil {
			return err
		}
		if t.UserID != by.ID && by.Role != model.RoleAdmin {
			// Someone else's token is not even confirmed to exist.
			return model.ErrNotFound
		}
		if t.RevokedAt != nil {
			return nil
		}
		now := s.Now()
		if err := tx.RevokeAPIToken(ctx, id, now); err != nil {
			return err
		}
		t.RevokedAt = &now
		return audit.Record(ctx, tx, actor, audit.Event{Action: "api_token.revoke", ObjectType: "api_token", ObjectID: id,
			Detail: map[string]any{"user_id": t.UserID}}, now)
	})
	return t, err
}
