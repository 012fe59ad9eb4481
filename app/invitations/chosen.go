package invitations

import (
	"context"

	"assay/app/model"
)

// Chosen loads the vendors chosen for a bulk send, in the order given and up to
// MaxBulkVendors, each with its contacts; unknown ids are left out.
func (s *Service) Chosen(ctx context.Context, ids []uint) ([]model.Vendor, error) {
	if len(ids) > MaxBulkVendors {
		ids = ids[:MaxBulkVendors]
	}
	byID, err := s.store.VendorsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	var vs []model.Vendor
	for _, id := range ids {
		if v, ok := byID[id]; ok {
			vs = append(vs, v)
		}
	}
	return vs, nil
}

// Sent returns the assessments with the ids, each with its vendor, in id order, and who was
// invited to each: the page after a bulk send.
func (s *Service) Sent(ctx context.Context, ids []uint) ([]model.Assessment, map[uint][]model.Invitation, error) {
	return s.store.AssessmentsWithInvitations(ctx, ids)
}
