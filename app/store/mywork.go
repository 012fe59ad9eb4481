package store

import (
	"context"
	"time"

	"assay/app/model"
)

// The queries of one staff member's work list. "Theirs" is what they sent (the assessment's
// sender) or own (a finding's owner, or the approver of its accepted risk); each list is
// capped at limit rows, oldest or soonest first.

// AwaitingReviewSentBy lists the vendors awaiting review whose current assessment userID sent,
// the longest waiting first.
func (s *Store) AwaitingReviewSentBy(ctx context.Context, userID uint, limit int) ([]model.Vendor, error) {
	var vs []model.Vendor
	err := s.q(ctx).Joins("JOIN assessments a ON a.id = vendors.latest_assessment_id").
		Where("vendors.awaiting_review AND a.sent_by_id = ?", userID).
		Order("vendors.last_submitted_at, vendors.id").Limit(limit).Find(&vs).Error
	return vs, wrap(err, "vendors awaiting review")
}

// AnsweredClarification is an assessment with questions whose clarification the vendor has
// answered and the analyst has not yet decided again.
type AnsweredClarification struct {
	AssessmentID uint
	VendorID     uint
	VendorName   string
	Questions    int
}

// AnsweredClarificationsSentBy lists userID's assessments with answered clarifications,
// oldest assessment first.
func (s *Store) AnsweredClarificationsSentBy(ctx context.Context, userID uint, limit int) ([]AnsweredClarification, error) {
	var out []AnsweredClarification
	err := s.q(ctx).Table("question_reviews r").
		Select("a.id AS assessment_id, a.vendor_id AS vendor_id, v.name AS vendor_name, COUNT(*) AS questions").
		Joins("JOIN assessments a ON a.id = r.assessment_id").Joins("JOIN vendors v ON v.id = a.vendor_id").
		Where("r.state = ? AND a.sent_by_id = ? AND a.status NOT IN ?", model.ReviewVendorAnswered, userID,
			[]string{model.StatusCancelled, model.StatusExpired}).
		Group("a.id, a.vendor_id, v.name").Order("a.id").Limit(limit).Scan(&out).Error
	return out, wrap(err, "answered clarifications")
}

// FindingsDueFor lists the unresolved findings ownerID owns that fall due before until
// (overdue ones included), the soonest first, with their vendors.
func (s *Store) FindingsDueFor(ctx context.Context, ownerID uint, until time.Time, limit int) ([]model.Finding, error) {
	var fs []model.Finding
	err := s.q(ctx).Preload("Vendor").
		Where("owner_id = ? AND status IN ? AND due_on < ?", ownerID,
			[]string{model.FindingOpen, model.FindingVendorResponded}, until).
		Order("due_on, id").Limit(limit).Find(&fs).Error
	return fs, wrap(err, "findings due")
}

// AcceptancesEndingFor lists the accepted risks userID owns or approved whose acceptance ends
// before until, the soonest first, with their vendors.
func (s *Store) AcceptancesEndingFor(ctx context.Context, userID uint, until time.Time, limit int) ([]model.Finding, error) {
	var fs []model.Finding
	err := s.q(ctx).Preload("Vendor").
		Where("status = ? AND accepted_until < ? AND (owner_id = ? OR approver_id = ?)",
			model.FindingRiskAccepted, until, userID, userID).
		Order("accepted_until, id").Limit(limit).Find(&fs).Error
	return fs, wrap(err, "acceptances ending")
}

// CertificatesExpiringSentBy lists the vendors whose current assessment userID sent and whose
// certificate expires between from and to (YYYY-MM-DD, both included), the soonest first.
func (s *Store) CertificatesExpiringSentBy(ctx context.Context, userID uint, from, to string, limit int) ([]model.Vendor, error) {
	var vs []model.Vendor
	err := s.q(ctx).Joins("JOIN assessments a ON a.id = vendors.latest_assessment_id").
		Where("a.sent_by_id = ? AND vendors.certificate_expires_on >= ? AND vendors.certificate_expires_on <= ?", userID, from, to).
		Order("vendors.certificate_expires_on, vendors.id").Limit(limit).Find(&vs).Error
	return vs, wrap(err, "certificates expiring")
}
