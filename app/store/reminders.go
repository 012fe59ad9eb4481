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

// DueAssessments lists the assessments in one of statuses whose due date is on or before
// dueBy or that have a link (not revoked) which ran out by now, oldest first, with their
// vendors: the only ones a reminder sweep can act on.
func (s *Store) DueAssessments(ctx context.Context, statuses []string, dueBy, now time.Time) ([]Assessment, error) {
	var as []Assessment
	lapsed := s.q(ctx).Model(&Invitation{}).Select("assessment_id").Where("revoked_at IS NULL AND expires_at <= ?", now)
	err := s.q(ctx).Preload("Vendor").Where("status IN ? AND (due_on <= ? OR id IN (?))", statuses, dueBy, lapsed).
		Order("id").Find(&as).Error
	return as, wrap(err, "due assessments")
}

// LatestAssessmentsInStatus lists each vendor's newest assessment among those in one of
// statuses, with its vendor.
func (s *Store) LatestAssessmentsInStatus(ctx context.Context, statuses []string) ([]Assessment, error) {
	var as []Assessment
	newest := s.q(ctx).Model(&Assessment{}).Select("MAX(id)").Where("status IN ?", statuses).Group("vendor_id")
	err := s.q(ctx).Preload("Vendor").Where("id IN (?)", newest).Order("id").Find(&as).Error
	return as, wrap(err, "latest assessments in status")
}

// InvitationsOf lists the invitations of several assessments, by assessment id.
func (s *Store) InvitationsOf(ctx context.Context, assessmentIDs []uint) (map[uint][]Invitation, error) {
	out := map[uint][]Invitation{}
	err := inChunks(assessmentIDs, func(ids []uint) error {
		var invs []Invitation
		if err := s.q(ctx).Where("assessment_id IN ?", ids).Order("id").Find(&invs).Error; err != nil {
			return wrap(err, "invitations of assessments")
		}
		for _, inv := range invs {
			out[inv.AssessmentID] = append(out[inv.AssessmentID], inv)
		}
		return nil
	})
	return out, err
}

// ReminderStampsOf returns the handled thresholds of several assessments, by assessment id.
func (s *Store) ReminderStampsOf(ctx context.Context, assessmentIDs []uint) (map[uint]map[string]ReminderStamp, error) {
	out := map[uint]map[string]ReminderStamp{}
	err := inChunks(assessmentIDs, func(ids []uint) error {
		var rows []ReminderStamp
		if err := s.q(ctx).Where("assessment_id IN ?", ids).Find(&rows).Error; err != nil {
			return wrap(err, "reminder stamps")
		}
		for _, r := range rows {
			if out[r.AssessmentID] == nil {
				out[r.AssessmentID] = map[string]ReminderStamp{}
			}
			out[r.AssessmentID][r.Threshold] = r
		}
		return nil
	})
	return out, err
}

// inChunks calls fn on slices of ids short enough for any database's parameter limit.
func inChunks(ids []uint, fn func([]uint) error) error {
	const size = 1000
	for len(ids) > 0 {
		n := min(size, len(ids))
		if err := fn(ids[:n]); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// ReminderStamps returns the thresholds already handled for an assessment.
func (s *Store) ReminderStamps(ctx context.Context, assessmentID uint) (map[string]ReminderStamp, error) {
	if assessmentID == 0 {
		return nil, ErrNotFound
	}
	m, err := s.ReminderStampsOf(ctx, []uint{assessmentID})
	return m[assessmentID], err
}

// ClaimReminder inserts the stamp unless the threshold is stamped already, and reports whether
// this call inserted it. Inside a transaction on PostgreSQL, a concurrent claim of the same
// threshold waits for this one to commit and then claims nothing.
func (s *Store) ClaimReminder(ctx context.Context, r *ReminderStamp) (bool, error) {
	res := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "assessment_id"}, {Name: "threshold"}}, DoNothing: true}).Create(r)
	if res.Error != nil {
		return false, wrap(res.Error, "claim reminder")
	}
	return res.RowsAffected == 1, nil
}

// SetReminderRecipients records how many recipients a claimed reminder went to.
func (s *Store) SetReminderRecipients(ctx context.Context, id uint, n int) error {
	return wrap(s.q(ctx).Model(&ReminderStamp{}).Where("id = ?", id).Update("recipients", n).Error, "reminder recipients")
}

// MarkOverdue stamps an open assessment overdue once and reports whether this call did it.
func (s *Store) MarkOverdue(ctx context.Context, id uint, open []string, at time.Time) (bool, error) {
	res := s.q(ctx).Model(&Assessment{}).Where("id = ? AND overdue_at IS NULL AND status IN ?", id, open).
		Updates(map[string]any{"overdue_at": at, "updated_at": at})
	if res.Error != nil {
		return false, wrap(res.Error, "mark overdue")
	}
	return res.RowsAffected == 1, nil
}

// ExpireAssessment moves an assessment from one of the open statuses to expired and reports
// whether this call did it.
func (s *Store) ExpireAssessment(ctx context.Context, id uint, open []string, at time.Time) (bool, error) {
	var done bool
	err := s.q(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&Assessment{}).Where("id = ? AND status IN ?", id, open).
			Updates(map[string]any{"status": StatusExpired, "updated_at": at})
		if res.Error != nil {
			return wrap(res.Error, "expire assessment")
		}
		if done = res.RowsAffected == 1; !done {
			return nil
		}
		return refreshSummaryOf(tx, id)
	})
	return done, err
}

// EvidenceOf lists the files of the given assessments for the given questions.
func (s *Store) EvidenceOf(ctx context.Context, assessmentIDs []uint, questionIDs []string) ([]Evidence, error) {
	var out []Evidence
	err := inChunks(assessmentIDs, func(ids []uint) error {
		var es []Evidence
		err := s.q(ctx).Where("assessment_id IN ? AND question_id IN ?", ids, questionIDs).Order("id").Find(&es).Error
		out = append(out, es...)
		return wrap(err, "evidence of assessments")
	})
	return out, err
}

// ClaimEvidenceNotice inserts the notice unless it exists already, and reports whether this
// call inserted it (see ClaimReminder).
func (s *Store) ClaimEvidenceNotice(ctx context.Context, n *EvidenceNotice) (bool, error) {
	res := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "evidence_id"}, {Name: "kind"}, {Name: "threshold"}},
		DoNothing: true}).Create(n)
	if res.Error != nil {
		return false, wrap(res.Error, "claim evidence notice")
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
	return ns, wrap(err, "evidence notices")
}

// EvidenceNoticeKeys returns the (evidence, kind, threshold) keys already handled for the files.
func (s *Store) EvidenceNoticeKeys(ctx context.Context, evidenceIDs []uint) (map[string]bool, error) {
	m := map[string]bool{}
	err := inChunks(evidenceIDs, func(ids []uint) error {
		var ns []EvidenceNotice
		if err := s.q(ctx).Where("evidence_id IN ?", ids).Find(&ns).Error; err != nil {
			return wrap(err, "evidence notice keys")
		}
		for _, n := range ns {
			m[NoticeKey(n.EvidenceID, n.Kind, n.Threshold)] = true
		}
		return nil
	})
	return m, err
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
		return false, wrap(res.Error, "hold open assessment")
	}
	return res.RowsAffected == 1, nil
}
