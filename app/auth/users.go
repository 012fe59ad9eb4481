package auth

import (
	"context"

	"assay/app/model"
)

// Users lists every staff account by email, for the admin's user list.
func (s *Service) Users(ctx context.Context) ([]model.User, error) { return s.Store.Users(ctx) }

// EndSession ends the session of a cookie value without a trace in the history: a sign-in
// replacing a session left in the browser from before.
func (s *Service) EndSession(ctx context.Context, token string) error {
	return s.Store.DeleteSession(ctx, HashToken(token))
}
