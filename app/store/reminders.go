package store

import (
	"context"
	"strconv"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Stamp outcomes: a threshold was acted on, or passed while nothing ran and was left out so a
// late sweep sends one message instead of a burst.
const (
	StampSent    = "sent"
	StampSkipped = "skipped"
)

// ReminderStamp records that one reminder threshold of an assessment was handled. The unique
// (assessment_id, threshold) key lets exactly one replica claim it.
type ReminderStamp struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	Threshold    string
	Outcome      string
	Recipients   int
	At           time.Time
}

// EvidenceNotice records one notice to an analyst that a file is about to fall, or has fallen,
// out of date; unique per (evidence, kind, threshold).
type EvidenceNotice struct {
	ID           uint `gorm:"primaryKey"`
	AssessmentID uint
	EvidenceID   uint
	Kind         string
	Threshold    string
	LapsesOn     time.Time
	Outcome      string
	Recipient    string
	At           time.Time
}

// AssessmentsInStatus lists assessments in one of statuses, oldest first, with their vendors.
func (s *Store) AssessmentsInStatus(ctx context.Context, statuses []string) ([]Assessment, error) {
	var as []Assessment
	err := s.q(ctx).Preload("Vendor").Where("status IN ?", statuses).Order("id").Find(&as).Error
	return as, notFound(err, "assessments in status")
}

// ReminderStamps returns the thresholds already handled for an assessment.
func (s *Store) ReminderStamps(ctx context.Context, assessmentID uint) (map[string]ReminderStamp, error) {
	var rows []ReminderStamp
	if assessmentID == 0 {
		return nil, ErrNotFound
	}
	if err := s.q(ctx).Where("assessment_id = ?", assessmentID).Find(&rows).Error; err != nil {
		return nil, notFound(err, "reminder stamps")
	}
	m := make(map[string]ReminderStamp, len(rows))
	for _, r := range rows {
		m[r.Threshold] = r
	}
	return m, nil
}

// ClaimReminder inserts the stamp unless the threshold is stamped already, and reports whether
// this call inserted it. Inside a transaction on PostgreSQL, a concurrent claim of the same
// threshold waits for this one to commit and then claims nothing.
func (s *Store) ClaimReminder(ctx context.Context, r *ReminderStamp) (bool, error) {
	res := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "assessment_id"}, {Name: "threshold"}}, DoNothing: true}).Create(r)
	if res.Error != nil {
		return false, notFound(res.Error, "claim reminder")
	}
	return res.RowsAffected == 1, nil
}

// SetReminderRecipients records how many recipients a claimed reminder went to.
func (s *Store) SetReminderRecipients(ctx context.Context, id uint, n int) error {
	return notFound(s.q(ctx).Model(&ReminderStamp{}).Where("id = ?", id).Update("recipients", n).Error, "reminder recipients")
}

// MarkOverdue stamps an open assessment overdue once and reports whether this call did it.
func (s *Store) MarkOverdue(ctx context.Context, id uint, open []string, at time.Time) (bool, error) {
	res := s.q(ctx).Model(&Assessment{}).Where("id = ? AND overdue_at IS NULL AND status IN ?", id, open).
		Updates(map[string]any{"overdue_at": at, "updated_at": at})
	if res.Error != nil {
		return false, notFound(res.Error, "mark overdue")
	}
	return res.RowsAffected == 1, nil
}

// ExpireAssessment moves an assessment from one of the open statuses to expired and reports
// whether this call did it.
func (s *Store) ExpireAssessment(ctx context.Context, id uint, open []string, at time.Time) (bool, error) {
	res := s.q(ctx).Model(&Assessment{}).Where("id = ? AND status IN ?", id, open).
		Updates(map[string]any{"status": StatusExpired, "updated_at": at})
	if res.Error != nil {
		return false, notFound(res.Error, "expire assessment")
	}
	return res.RowsAffected == 1, nil
}

// EvidenceOf lists the files of the given assessments for the given questions.
func (s *Store) EvidenceOf(ctx context.Context, assessmentIDs []uint, questionIDs []string) ([]Evidence, error) {
	var es []Evidence
	if len(assessmentIDs) == 0 {
		return nil, nil
	}
	err := s.q(ctx).Where("assessment_id IN ? AND question_id IN ?", assessmentIDs, questionIDs).Order("id").Find(&es).Error
	return es, notFound(err, "evidence of assessments")
}

// ClaimEvidenceNotice inserts the notice unless it exists already, and reports whether this
// call inserted it (see ClaimReminder).
func (s *Store) ClaimEvidenceNotice(ctx context.Context, n *EvidenceNotice) (bool, error) {
	res := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "evidence_id"}, {Name: "kind"}, {Name: "threshold"}},
		DoNothing: true}).Create(n)
	if res.Error != nil {
		return false, notFound(res.Error, "claim evidence notice")
	}
	return res.RowsAffected == 1, nil
}

// EvidenceNotices lists an assessment's evidence notices, newest first.
func (s *Store) EvidenceNotices(ctx context.Context, assessmentID uint) ([]EvidenceNotice, error) {
	var ns []EvidenceNotice
	if assessmentID == 0 {
		return nil, ErrNotFound
	}
	err := s.q(ctx).Where("assessment_id = ?", assessmentID).Order("id DESC").Find(&ns).Error
	return ns, notFound(err, "evidence notices")
}

// EvidenceNoticeKeys returns the (evidence, kind, threshold) keys already handled for the files.
func (s *Store) EvidenceNoticeKeys(ctx context.Context, evidenceIDs []uint) (map[string]bool, error) {
	var ns []EvidenceNotice
	if len(evidenceIDs) == 0 {
		return map[string]bool{}, nil
	}
	if err := s.q(ctx).Where("evidence_id IN ?", evidenceIDs).Find(&ns).Error; err != nil {
		return nil, notFound(err, "evidence notice keys")
	}
	m := make(map[string]bool, len(ns))
	for _, n := range ns {
		m[NoticeKey(n.EvidenceID, n.Kind, n.Threshold)] = true
	}
	return m, nil
}

// NoticeKey names one evidence notice for lookups.
func NoticeKey(evidenceID uint, kind, threshold string) string {
	return kind + "|" + threshold + "|" + strconv.FormatUint(uint64(evidenceID), 10)
}

// HoldOpenAssessment locks an assessment's row until the surrounding transaction ends and
// reports whether it is still in one of the open statuses, so a reminder cannot cross a
// submission made at the same moment.
func (s *Store) HoldOpenAssessment(ctx context.Context, id uint, open []string) (bool, error) {
	res := s.q(ctx).Model(&Assessment{}).Where("id = ? AND status IN ?", id, open).Update("updated_at", gorm.Expr("updated_at"))
	if res.Error != nil {
		return false, notFound(res.Error, "hold open assessment")
	}
	return res.RowsAffected == 1, nil
}
