package store

import (
	"assay/app/model"
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// DueAssessments lists the assessments in one of statuses whose due date is on or before
// dueBy or that have a link (not revoked) which ran out by now, oldest first, with their
// vendors: the only ones a reminder sweep can act on.
func (s *Store) DueAssessments(ctx context.Context, statuses []string, dueBy, now time.Time) ([]model.Assessment, error) {
	var as []model.Assessment
	lapsed := s.q(ctx).Model(&model.Invitation{}).Select("assessment_id").Where("revoked_at IS NULL AND expires_at <= ?", now)
	err := s.q(ctx).Preload("Vendor").Where("status IN ? AND (due_on <= ? OR id IN (?))", statuses, dueBy, lapsed).
		Order("id").Find(&as).Error
	return as, wrap(err, "due assessments")
}

// LatestAssessmentsInStatus lists each vendor's newest assessment among those in one of
// statuses, with its vendor.
func (s *Store) LatestAssessmentsInStatus(ctx context.Context, statuses []string) ([]model.Assessment, error) {
	var as []model.Assessment
	newest := s.q(ctx).Model(&model.Assessment{}).Select("MAX(id)").Where("status IN ?", statuses).Group("vendor_id")
	err := s.q(ctx).Preload("Vendor").Where("id IN (?)", newest).Order("id").Find(&as).Error
	return as, wrap(err, "latest assessments in status")
}

// InvitationsOf lists the invitations of several assessments, by assessment id.
func (s *Store) InvitationsOf(ctx context.Context, assessmentIDs []uint) (map[uint][]model.Invitation, error) {
	invs, err := allIn[model.Invitation](s.q(ctx), "invitations of assessments", "assessment_id", assessmentIDs, "id")
	return groupBy(invs, func(inv model.Invitation) uint { return inv.AssessmentID }), err
}

// ReminderStampsOf returns the handled thresholds of several assessments, by assessment id.
func (s *Store) ReminderStampsOf(ctx context.Context, assessmentIDs []uint) (map[uint]map[string]model.ReminderStamp, error) {
	rows, err := allIn[model.ReminderStamp](s.q(ctx), "reminder stamps", "assessment_id", assessmentIDs, "")
	out := map[uint]map[string]model.ReminderStamp{}
	for _, r := range rows {
		if out[r.AssessmentID] == nil {
			out[r.AssessmentID] = map[string]model.ReminderStamp{}
		}
		out[r.AssessmentID][r.Threshold] = r
	}
	return out, err
}

// ReminderStamps returns the thresholds already handled for an assessment.
func (s *Store) ReminderStamps(ctx context.Context, assessmentID uint) (map[string]model.ReminderStamp, error) {
	if assessmentID == 0 {
		return nil, model.ErrNotFound
	}
	m, err := s.ReminderStampsOf(ctx, []uint{assessmentID})
	return m[assessmentID], err
}

// ClaimReminder inserts the stamp unless the threshold is stamped already, and reports whether
// this call inserted it. Inside a transaction on PostgreSQL, a concurrent claim of the same
// threshold waits for this one to commit and then claims nothing.
func (s *Store) ClaimReminder(ctx context.Context, r *model.ReminderStamp) (bool, error) {
	res := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "assessment_id"}, {Name: "threshold"}}, DoNothing: true}).Create(r)
	return claimed(res, "claim reminder")
}

// SetReminderRecipients records how many recipients a claimed reminder went to.
func (s *Store) SetReminderRecipients(ctx context.Context, id uint, n int) error {
	return wrap(s.q(ctx).Model(&model.ReminderStamp{}).Where("id = ?", id).Update("recipients", n).Error, "reminder recipients")
}

// MarkOverdue stamps an open assessment overdue once and reports whether this call did it.
func (s *Store) MarkOverdue(ctx context.Context, id uint, open []string, at time.Time) (bool, error) {
	res := s.q(ctx).Model(&model.Assessment{}).Where("id = ? AND overdue_at IS NULL AND status IN ?", id, open).
		Updates(map[string]any{"overdue_at": at, "updated_at": at})
	return claimed(res, "mark overdue")
}

// ExpireAssessment moves an assessment from one of the open statuses to expired and reports
// whether this call did it.
func (s *Store) ExpireAssessment(ctx context.Context, id uint, open []string, at time.Time) (bool, error) {
	return s.changeAssessment(ctx, "expire assessment", id, open, map[string]any{"status": model.StatusExpired, "updated_at": at}, nil)
}

// EvidenceOf lists the files of the given assessments for the given questions.
func (s *Store) EvidenceOf(ctx context.Context, assessmentIDs []uint, questionIDs []string) ([]model.Evidence, error) {
	return allIn[model.Evidence](s.q(ctx).Where("question_id IN ?", questionIDs), "evidence of assessments", "assessment_id", assessmentIDs, "id")
}

// ClaimEvidenceNotice inserts the notice unless it exists already, and reports whether this
// call inserted it (see ClaimReminder).
func (s *Store) ClaimEvidenceNotice(ctx context.Context, n *model.EvidenceNotice) (bool, error) {
	res := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "evidence_id"}, {Name: "kind"}, {Name: "threshold"}},
		DoNothing: true}).Create(n)
	return claimed(res, "claim evidence notice")
}

// EvidenceNotices lists an assessment's evidence notices, newest first.
func (s *Store) EvidenceNotices(ctx context.Context, assessmentID uint) ([]model.EvidenceNotice, error) {
	return all[model.EvidenceNotice](s.q(ctx), "evidence notices", "assessment_id", assessmentID, "id DESC")
}

// EvidenceNoticeKeys returns the (evidence, kind, threshold) keys already handled for the files.
func (s *Store) EvidenceNoticeKeys(ctx context.Context, evidenceIDs []uint) (map[string]bool, error) {
	ns, err := allIn[model.EvidenceNotice](s.q(ctx), "evidence notice keys", "evidence_id", evidenceIDs, "")
	m := make(map[string]bool, len(ns))
	for _, n := range ns {
		m[model.NoticeKey(n.EvidenceID, n.Kind, n.Threshold)] = true
	}
	return m, err
}

// HoldOpenAssessment locks an assessment's row until the surrounding transaction ends and
// reports whether it is still in one of the open statuses, so a reminder cannot cross a
// submission made at the same moment.
func (s *Store) HoldOpenAssessment(ctx context.Context, id uint, open []string) (bool, error) {
	if err := s.lockFor(ctx, id, "hold open assessment"); err != nil {
		return false, err
	}
	res := s.q(ctx).Model(&model.Assessment{}).Where("id = ? AND status IN ?", id, open).Update("updated_at", gorm.Expr("updated_at"))
	return claimed(res, "hold open assessment")
}
