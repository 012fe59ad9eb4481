package store

import (
	"context"
	"sort"
	"strings"

	"gorm.io/gorm"

	"assay/app/model"
	"assay/app/portfolio"
)

// dueUnion selects, from vendor_cycles, the vendors the query finds due, as one UNION ALL
// branch per tier for never-assessed vendors and one per tier for a last submission on or
// before the tier's cutoff: each branch is a range of vendor_cycles_due_idx, so the work
// follows the number of vendors due, not the number of vendors.
func dueUnion(q model.DueQuery) (string, []any) {
	tiers := make([]string, 0, len(q.Cutoffs))
	for t := range q.Cutoffs {
		if q.Tier == "" || q.Tier == t {
			tiers = append(tiers, t)
		}
	}
	sort.Strings(tiers)
	const cols = "SELECT c.vendor_id, c.tier, c.last_assessment_id, c.last_submitted_at FROM vendor_cycles c WHERE c.open_assessments = 0 AND c.tier = ? AND "
	if len(tiers) == 0 {
		return "SELECT c.vendor_id, c.tier, c.last_assessment_id, c.last_submitted_at FROM vendor_cycles c WHERE 1 = 0", nil
	}
	var branches []string
	var args []any
	for _, t := range tiers {
		branches = append(branches, cols+"c.last_submitted_at IS NULL", cols+"c.last_submitted_at <= ?")
		args = append(args, t, t, q.Cutoffs[t].UTC())
	}
	return strings.Join(branches, " UNION ALL "), args
}

// ReassessmentsDue lists the vendors the query selects, in no particular order.
func (s *Store) ReassessmentsDue(ctx context.Context, q model.DueQuery) ([]model.DueRow, error) {
	due, args := dueUnion(q)
	var rows []model.DueRow
	err := s.q(ctx).Raw(`SELECT u.vendor_id, v.name AS vendor_name, u.tier, u.last_assessment_id, u.last_submitted_at
FROM (`+due+`) u JOIN vendors v ON v.id = u.vendor_id`, args...).Scan(&rows).Error
	return rows, wrap(err, "reassessments due")
}

// CountReassessmentsDue counts the vendors the query selects, up to q.CountLimit when set.
func (s *Store) CountReassessmentsDue(ctx context.Context, q model.DueQuery) (int64, error) {
	due, args := dueUnion(q)
	query := "SELECT COUNT(*) FROM (" + due + ") u"
	if q.CountLimit > 0 {
		query = "SELECT COUNT(*) FROM (SELECT 1 FROM (" + due + ") u LIMIT ?) capped"
		args = append(args, q.CountLimit)
	}
	var n int64
	err := s.q(ctx).Raw(query, args...).Scan(&n).Error
	return n, wrap(err, "count reassessments due")
}

// LastCompletedAssessment returns the vendor's newest submitted assessment of the
// questionnaire.
func (s *Store) LastCompletedAssessment(ctx context.Context, vendorID uint, questionnaireID string) (model.Assessment, error) {
	q := s.q(ctx).Where("questionnaire_id = ? AND status IN ?", questionnaireID, portfolio.CompletedStatuses).Order("id DESC")
	return one[model.Assessment](q, "last completed assessment", "vendor_id", vendorID)
}

// CreateReassessment records that r.AssessmentID started from r.PreviousAssessmentID and
// stores the answers carried over.
func (s *Store) CreateReassessment(ctx context.Context, r *model.Reassessment, answers []model.Answer) error {
	if r.AssessmentID == 0 || r.PreviousAssessmentID == 0 {
		return model.ErrNotFound
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(r).Error; err != nil {
			return wrap(err, "create reassessment")
		}
		for i := range answers {
			answers[i].ID, answers[i].AssessmentID, answers[i].Version = 0, r.AssessmentID, 1
		}
		if len(answers) == 0 {
			return nil
		}
		return wrap(tx.Create(&answers).Error, "carry answers")
	})
}

// Reassessment returns what the assessment was carried over from; ErrNotFound for a first
// assessment.
func (s *Store) Reassessment(ctx context.Context, assessmentID uint) (model.Reassessment, error) {
	return one[model.Reassessment](s.q(ctx), "reassessment", "assessment_id", assessmentID)
}

// VendorsByID returns the vendors with the ids, with services and contacts, by id; unknown
// ids are left out. Three queries, whatever the number of vendors.
func (s *Store) VendorsByID(ctx context.Context, ids []uint) (map[uint]model.Vendor, error) {
	if len(ids) == 0 {
		return map[uint]model.Vendor{}, nil
	}
	var vs []model.Vendor
	if err := s.withParties(ctx).Where("id IN ?", ids).Find(&vs).Error; err != nil {
		return nil, wrap(err, "vendors by id")
	}
	return keyBy(vs, func(v model.Vendor) uint { return v.ID }), nil
}

// AssessmentsWithInvitations returns the assessments with the ids, each with its vendor, in
// id order, and their invitations by assessment id.
func (s *Store) AssessmentsWithInvitations(ctx context.Context, ids []uint) ([]model.Assessment, map[uint][]model.Invitation, error) {
	if len(ids) == 0 {
		return nil, map[uint][]model.Invitation{}, nil
	}
	var as []model.Assessment
	if err := s.q(ctx).Preload("Vendor").Where("id IN ?", ids).Order("id").Find(&as).Error; err != nil {
		return nil, nil, wrap(err, "assessments by id")
	}
	invs, err := s.InvitationsOf(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	return as, invs, nil
}
