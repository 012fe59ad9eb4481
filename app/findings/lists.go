package findings

import (
	"context"

	"assay/app/model"
)

// List returns one page of findings across the portfolio with the total count.
func (s *Service) List(ctx context.Context, f model.FindingFilter) ([]model.Finding, int64, error) {
	return s.Store.Findings(ctx, f)
}

// Owners lists the active analysts and admins, who can own findings or approve risks.
func (s *Service) Owners(ctx context.Context) ([]model.User, error) {
	us, err := s.Store.Users(ctx)
	if err != nil {
		return nil, err
	}
	var out []model.User
	for _, u := range us {
		if !u.Disabled && (u.Role == model.RoleAdmin || u.Role == model.RoleAnalyst) {
			out = append(out, u)
		}
	}
	return out, nil
}
