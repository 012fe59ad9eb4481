package store

import (
	"assay/app/model"
	"context"
	"strings"
	"time"
)

// CreateUser inserts u; a taken email returns an error for which IsDuplicate is true.
func (s *Store) CreateUser(ctx context.Context, u *model.User) error {
	u.Email = strings.ToLower(strings.TrimSpace(u.Email))
	return wrap(s.q(ctx).Create(u).Error, "create user")
}

// User returns the user with id.
func (s *Store) User(ctx context.Context, id uint) (model.User, error) {
	return one[model.User](s.q(ctx), "user", "id", id)
}

// UserByEmail returns the user with that email, compared case-insensitively.
func (s *Store) UserByEmail(ctx context.Context, email string) (model.User, error) {
	var u model.User
	err := s.q(ctx).Where("lower(email) = ?", strings.ToLower(strings.TrimSpace(email))).First(&u).Error
	return u, wrap(err, "user by email")
}

// Users lists every user by email.
func (s *Store) Users(ctx context.Context) ([]model.User, error) {
	var us []model.User
	err := s.q(ctx).Order("email").Find(&us).Error
	return us, wrap(err, "users")
}

// UserCount counts the users, so the first start knows to create an admin.
func (s *Store) UserCount(ctx context.Context) (int64, error) {
	var n int64
	err := s.q(ctx).Model(&model.User{}).Count(&n).Error
	return n, wrap(err, "count users")
}

// SetPassword replaces a user's password hash and clears the demand to change it.
func (s *Store) SetPassword(ctx context.Context, id uint, hash string) error {
	err := s.q(ctx).Model(&model.User{}).Where("id = ?", id).Updates(map[string]any{"password_hash": hash,
		"must_change_password": false, "updated_at": s.now().UTC()}).Error
	return wrap(err, "set password")
}

// CreateSession stores a new session.
func (s *Store) CreateSession(ctx context.Context, sess *model.Session) error {
	return wrap(s.q(ctx).Create(sess).Error, "create session")
}

// Session returns the session whose id (the SHA-256 of the cookie) is given, if it has not expired.
func (s *Store) Session(ctx context.Context, id string, now time.Time) (model.Session, error) {
	var sess model.Session
	err := s.q(ctx).Where("id = ? AND expires_at > ?", id, now).First(&sess).Error
	return sess, wrap(err, "session")
}

// TouchSession records use of a session and moves its idle expiry.
func (s *Store) TouchSession(ctx context.Context, id string, now, expires time.Time) error {
	err := s.q(ctx).Model(&model.Session{}).Where("id = ?", id).Updates(map[string]any{"last_seen_at": now, "expires_at": expires}).Error
	return wrap(err, "touch session")
}

// DeleteSession ends a session.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	return wrap(s.q(ctx).Where("id = ?", id).Delete(&model.Session{}).Error, "delete session")
}

// DeleteUserSessions ends every session of a user but keep ("" keeps none), e.g. after a password change.
func (s *Store) DeleteUserSessions(ctx context.Context, userID uint, keep string) error {
	return wrap(s.q(ctx).Where("user_id = ? AND id <> ?", userID, keep).Delete(&model.Session{}).Error, "delete user sessions")
}

// DeleteExpiredSessions removes sessions past their expiry.
func (s *Store) DeleteExpiredSessions(ctx context.Context, now time.Time) error {
	return wrap(s.q(ctx).Where("expires_at <= ?", now).Delete(&model.Session{}).Error, "delete expired sessions")
}

// CreateAPIToken stores a token's hash.
func (s *Store) CreateAPIToken(ctx context.Context, t *model.APIToken) error {
	return wrap(s.q(ctx).Create(t).Error, "create api token")
}

// UserByAPIToken returns the active user owning the unrevoked token with that hash.
func (s *Store) UserByAPIToken(ctx context.Context, hash string, now time.Time) (model.User, model.APIToken, error) {
	var t model.APIToken
	if err := s.q(ctx).Where("hash = ? AND revoked_at IS NULL", hash).First(&t).Error; err != nil {
		return model.User{}, t, wrap(err, "api token")
	}
	u, err := s.User(ctx, t.UserID)
	if err != nil {
		return u, t, err
	}
	if u.Disabled {
		return u, t, model.ErrNotFound
	}
	// Best effort: a valid token is not refused because its last use could not be noted.
	s.q(ctx).Model(&model.APIToken{}).Where("id = ?", t.ID).Update("last_used_at", now)
	return u, t, nil
}

// LockAdmins holds the admins' rows until the transaction ends, so that two changes that each
// leave one admin active cannot both go through on PostgreSQL; SQLite's write transaction
// already runs alone.
func (s *Store) LockAdmins(ctx context.Context) error {
	if s.dialect != DialectPostgres {
		return nil
	}
	return wrap(s.q(ctx).Exec("SELECT id FROM users WHERE role = ? FOR UPDATE", model.RoleAdmin).Error, "lock admins")
}

// ActiveAdminCount counts the admins who are not disabled.
func (s *Store) ActiveAdminCount(ctx context.Context) (int64, error) {
	var n int64
	err := s.q(ctx).Model(&model.User{}).Where("role = ? AND NOT disabled", model.RoleAdmin).Count(&n).Error
	return n, wrap(err, "count active admins")
}

// UpdateUser writes the given columns of user id.
func (s *Store) UpdateUser(ctx context.Context, id uint, cols map[string]any) error {
	cols["updated_at"] = s.now().UTC()
	res := s.q(ctx).Model(&model.User{}).Where("id = ?", id).Updates(cols)
	if res.Error == nil && res.RowsAffected == 0 {
		return model.ErrNotFound
	}
	return wrap(res.Error, "update user")
}

// APITokens lists a user's API tokens, newest first, revoked ones included.
func (s *Store) APITokens(ctx context.Context, userID uint) ([]model.APIToken, error) {
	var ts []model.APIToken
	err := s.q(ctx).Where("user_id = ?", userID).Order("id DESC").Find(&ts).Error
	return ts, wrap(err, "api tokens")
}

// APIToken returns the API token with id.
func (s *Store) APIToken(ctx context.Context, id uint) (model.APIToken, error) {
	return one[model.APIToken](s.q(ctx), "api token", "id", id)
}

// RevokeAPIToken marks the token revoked, if it is not already.
func (s *Store) RevokeAPIToken(ctx context.Context, id uint, at time.Time) error {
	err := s.q(ctx).Model(&model.APIToken{}).Where("id = ? AND revoked_at IS NULL", id).Update("revoked_at", at.UTC()).Error
	return wrap(err, "revoke api token")
}
