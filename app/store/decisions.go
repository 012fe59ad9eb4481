package store

import (
	"context"

	"gorm.io/gorm"

	"assay/app/model"
)

// RecordDecision appends d to the vendor's decisions and makes it the vendor's current one.
func (s *Store) RecordDecision(ctx context.Context, d *model.VendorDecision) error {
	if d.VendorID == 0 {
		return model.ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(d).Error; err != nil {
			return wrap(err, "record decision")
		}
		res := tx.Model(&model.Vendor{}).Where("id = ?", d.VendorID).Updates(map[string]any{"decision": d.Decision, "updated_at": d.CreatedAt})
		return affected(res, "set vendor decision", model.ErrNotFound)
	})
}

// VendorDecisions lists a vendor's decisions, newest first.
func (s *Store) VendorDecisions(ctx context.Context, vendorID uint) ([]model.VendorDecision, error) {
	return all[model.VendorDecision](s.q(ctx), "vendor decisions", "vendor_id", vendorID, "id DESC")
}

// LatestDecision returns the vendor's current decision record.
func (s *Store) LatestDecision(ctx context.Context, vendorID uint) (model.VendorDecision, error) {
	return one[model.VendorDecision](s.q(ctx).Order("id DESC"), "latest decision", "vendor_id", vendorID)
}
