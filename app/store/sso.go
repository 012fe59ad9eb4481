package store

import (
	"context"
	"time"

	"assay/app/model"
)

// UserBySSO returns the account the OpenID provider issuer names subject.
func (s *Store) UserBySSO(ctx context.Context, issuer, subject string) (model.User, error) {
	var u model.User
	err := s.q(ctx).Where("sso_issuer = ? AND sso_subject = ? AND sso_subject <> ''", issuer, subject).First(&u).Error
	return u, wrap(err, "user by sso subject")
}

// CreateSSOLogin stores a sign-in sent to the OpenID provider.
func (s *Store) CreateSSOLogin(ctx context.Context, l *model.SSOLogin) error {
	return wrap(s.q(ctx).Create(l).Error, "create sso login")
}

// TakeSSOLogin reads and deletes the sign-in with id in one transaction: of two requests
// bringing the same state back, only one gets it; the other gets ErrNotFound, as does a
// sign-in expired at now (deleted all the same).
func (s *Store) TakeSSOLogin(ctx context.Context, id string, now time.Time) (model.SSOLogin, error) {
	var l model.SSOLogin
	err := s.Tx(ctx, func(tx *Store) error {
		if err := tx.q(ctx).Where("id = ?", id).First(&l).Error; err != nil {
			return wrap(err, "sso login")
		}
		res := tx.q(ctx).Where("id = ?", id).Delete(&model.SSOLogin{})
		if res.Error != nil {
			return wrap(res.Error, "take sso login")
		}
		if res.RowsAffected != 1 {
			return model.ErrNotFound
		}
		return nil
	})
	if err == nil && !now.Before(l.ExpiresAt) {
		err = model.ErrNotFound
	}
	return l, err
}

// DeleteExpiredSSOLogins removes the sign-ins that never came back before their expiry.
func (s *Store) DeleteExpiredSSOLogins(ctx context.Context, now time.Time) error {
	return wrap(s.q(ctx).Where("expires_at <= ?", now).Delete(&model.SSOLogin{}).Error, "delete expired sso logins")
}
