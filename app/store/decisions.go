package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"assay/app/portfolio"
)

// Vendor decisions, as package portfolio defines them.
const (
	DecisionApproved               = portfolio.DecisionApproved
	DecisionApprovedWithConditions = portfolio.DecisionApprovedWithConditions
	DecisionRejected               = portfolio.DecisionRejected
	DecisionPending                = portfolio.DecisionPending
)

// VendorDecision is one decision about a vendor with what the analyst saw when making it: the
// assessment it was based on, its score and rating, and how many findings were still open.
type VendorDecision struct {
	ID           uint `gorm:"primaryKey"`
	VendorID     uint
	Decision     string
	Conditions   []string `gorm:"serializer:json"`
	Notes        string
	DecidedByID  uint
	DecidedBy    string
	AssessmentID *uint
	Score        *int
	Rating       string
	OpenFindings int
	CreatedAt    time.Time
}

// BeforeSave stores an empty list rather than NULL for a decision without conditions.
func (d *VendorDecision) BeforeSave(*gorm.DB) error {
	if d.Conditions == nil {
		d.Conditions = []string{}
	}
	return nil
}

// RecordDecision appends d to the vendor's decisions and makes it the vendor's current one.
func (s *Store) RecordDecision(ctx context.Context, d *VendorDecision) error {
	if d.VendorID == 0 {
		return ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(d).Error; err != nil {
			return wrap(err, "record decision")
		}
		res := tx.Model(&Vendor{}).Where("id = ?", d.VendorID).Updates(map[string]any{"decision": d.Decision, "updated_at": d.CreatedAt})
		if err := affected(res, "set vendor decision", ErrNotFound); err != nil {
			return err
		}
		// A decision answers the submission before it: the vendor leaves "awaiting review".
		return refreshVendorSummary(tx, d.VendorID)
	})
}

// VendorDecisions lists a vendor's decisions, newest first.
func (s *Store) VendorDecisions(ctx context.Context, vendorID uint) ([]VendorDecision, error) {
	return all[VendorDecision](s.q(ctx), "vendor decisions", "vendor_id", vendorID, "id DESC")
}

// LatestDecision returns the vendor's current decision record.
func (s *Store) LatestDecision(ctx context.Context, vendorID uint) (VendorDecision, error) {
	return one[VendorDecision](s.q(ctx).Order("id DESC"), "latest decision", "vendor_id", vendorID)
}
