package store

import (
	"assay/app/model"
	"context"
	"time"
)

// CreateFinding inserts f.
func (s *Store) CreateFinding(ctx context.Context, f *model.Finding) error {
	if err := s.lockFor(ctx, f.AssessmentID, "create finding"); err != nil {
		return err
	}
	return wrap(s.q(ctx).Create(f).Error, "create finding")
}

// Finding returns the finding with id, with its owner, approver and vendor.
func (s *Store) Finding(ctx context.Context, id uint) (model.Finding, error) {
	return one[model.Finding](s.q(ctx).Preload("Owner").Preload("Approver").Preload("Vendor"), "finding", "id", id)
}

// AssessmentFinding returns the finding with id only if it belongs to the assessment.
func (s *Store) AssessmentFinding(ctx context.Context, assessmentID, id uint) (model.Finding, error) {
	return owned[model.Finding](s.q(ctx).Preload("Owner"), "finding", "assessment_id", assessmentID, id)
}

// AssessmentFindings lists an assessment's findings, most severe and oldest first.
func (s *Store) AssessmentFindings(ctx context.Context, assessmentID uint) ([]model.Finding, error) {
	return all[model.Finding](s.q(ctx).Preload("Owner").Preload("Approver"), "assessment findings", "assessment_id", assessmentID, severityOrder)
}

// SharedFindings lists the findings of an assessment that were shared with its vendor, most
// severe and oldest first.
func (s *Store) SharedFindings(ctx context.Context, assessmentID uint) ([]model.Finding, error) {
	return all[model.Finding](s.q(ctx).Where("shared_at IS NOT NULL"), "shared findings", "assessment_id", assessmentID, severityOrder)
}

// severityOrder sorts the most severe findings first, and the oldest first within a severity.
var severityOrder = rankSQL("severity") + " DESC, id"

// Findings returns one page of findings across the portfolio with the total count.
func (s *Store) Findings(ctx context.Context, f model.FindingFilter) ([]model.Finding, int64, error) {
	q := s.q(ctx).Model(&model.Finding{})
	if f.AssessmentID != 0 {
		q = q.Where("assessment_id = ?", f.AssessmentID)
	}
	if f.VendorID != 0 {
		q = q.Where("vendor_id = ?", f.VendorID)
	}
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.Severity != "" {
		q = q.Where("severity = ?", f.Severity)
	}
	if f.OwnerID != 0 {
		q = q.Where("owner_id = ?", f.OwnerID)
	}
	if f.OverdueAt != nil {
		q = q.Where("status IN ? AND due_on < ?", []string{model.FindingOpen, model.FindingVendorResponded}, *f.OverdueAt)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, wrap(err, "count findings")
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	var fs []model.Finding
	err := q.Preload("Owner").Preload("Vendor").Order("due_on, id").Limit(f.Limit).Offset(f.Offset).Find(&fs).Error
	return fs, total, wrap(err, "findings")
}

// UpdateFinding writes the given columns of f, which must be in one of the from statuses when
// any are given; ErrConflict otherwise.
func (s *Store) UpdateFinding(ctx context.Context, f model.Finding, cols map[string]any, from ...string) error {
	if f.ID == 0 {
		return model.ErrNotFound
	}
	if err := s.lockFor(ctx, f.AssessmentID, "update finding"); err != nil {
		return err
	}
	q := s.q(ctx).Model(&model.Finding{}).Where("id = ?", f.ID)
	if len(from) > 0 {
		q = q.Where("status IN ?", from)
	}
	return affected(q.Updates(cols), "update finding", model.ErrConflict)
}

// ExpiredRiskAcceptances lists findings whose accepted risk ran out at or before now.
func (s *Store) ExpiredRiskAcceptances(ctx context.Context, now time.Time) ([]model.Finding, error) {
	var fs []model.Finding
	err := s.q(ctx).Where("status = ? AND accepted_until <= ?", model.FindingRiskAccepted, now).Order("id").Find(&fs).Error
	return fs, wrap(err, "expired risk acceptances")
}

// ScoredWithoutFindings lists, up to limit, the assessments whose flags are each vendor's
// current result but have no findings: results stored before findings existed.
func (s *Store) ScoredWithoutFindings(ctx context.Context, limit int) ([]uint, error) {
	var ids []uint
	err := s.q(ctx).Table("vendors").Where("open_red_flags > 0 AND result_assessment_id IS NOT NULL").
		Where("NOT EXISTS (SELECT 1 FROM findings f WHERE f.assessment_id = vendors.result_assessment_id)").
		Order("result_assessment_id").Limit(limit).Pluck("result_assessment_id", &ids).Error
	return ids, wrap(err, "scored assessments without findings")
}

// OpenFindingCount counts a vendor's unresolved findings (open or awaiting the analyst).
func (s *Store) OpenFindingCount(ctx context.Context, vendorID uint) (int64, error) {
	var n int64
	err := s.q(ctx).Model(&model.Finding{}).Where("vendor_id = ? AND status IN ?", vendorID,
		[]string{model.FindingOpen, model.FindingVendorResponded}).Count(&n).Error
	return n, wrap(err, "open finding count")
}

// AddFindingMessage appends m to its finding's thread, with its files.
func (s *Store) AddFindingMessage(ctx context.Context, m *model.FindingMessage) error {
	return wrap(s.q(ctx).Create(m).Error, "add finding message")
}

// FindingThread returns a finding's messages, oldest first, with their files.
func (s *Store) FindingThread(ctx context.Context, findingID uint) ([]model.FindingMessage, error) {
	return all[model.FindingMessage](s.q(ctx).Preload("Files", byID), "finding thread", "finding_id", findingID, "id")
}

// FindingFile returns the file with id only if it belongs to the finding.
func (s *Store) FindingFile(ctx context.Context, findingID, id uint) (model.FindingFile, error) {
	return owned[model.FindingFile](s.q(ctx), "finding file", "finding_id", findingID, id)
}
