package invitations

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/store"
	"assay/app/validate"
)

// CancelInput is why an analyst withdraws an open questionnaire.
type CancelInput struct {
	Reason string `json:"reason"`
}

// Cancel withdraws an assessment the vendor has not submitted (sent, in progress or returned):
// it becomes cancelled, every link is revoked and the sessions opened with them end, so the
// vendor can change nothing more and no reminder goes out. Answers, files and any earlier
// result stay on record.
func (s *Service) Cancel(ctx context.Context, assessmentID uint, in CancelInput, actor audit.Actor) error {
	in.Reason = strings.TrimSpace(in.Reason)
	switch n := utf8.RuneCountInString(in.Reason); {
	case n == 0:
		return &validate.Error{Fields: map[string]string{"cancel_reason": "Say why the questionnaire is withdrawn; the reason is kept in the history."}}
	case n > 1000:
		return &validate.Error{Fields: map[string]string{"cancel_reason": "Keep the reason under 1,000 characters."}}
	}
	now := s.now()
	return s.store.Tx(ctx, func(tx *store.Store) error {
		// Read under the assessment's lock, so the status recorded as "from" is the one withdrawn.
		if err := tx.LockAssessment(ctx, assessmentID); err != nil {
			return err
		}
		a, err := tx.Assessment(ctx, assessmentID)
		if err != nil {
			return err
		}
		if err := assessments.Changeable(a); err != nil {
			return err
		}
		invs, err := tx.Invitations(ctx, a.ID)
		if err != nil {
			return err
		}
		// Only from an open status: a submission that lands first wins, and this fails.
		if err := tx.SetAssessmentStatus(ctx, a.ID, model.StatusCancelled, portfolio.OpenStatuses...); err != nil {
			if errors.Is(err, model.ErrConflict) {
				return assessments.ErrClosed
			}
			return err
		}
		if err := tx.RefreshVendorSummary(ctx, a.VendorID); err != nil {
			return err
		}
		var revoked []string
		for _, inv := range invs {
			if inv.RevokedAt != nil {
				continue
			}
			if err := tx.RevokeInvitation(ctx, inv.ID, now); err != nil {
				return err
			}
			revoked = append(revoked, inv.Email)
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.cancel", ObjectType: "assessment", ObjectID: a.ID,
			Assessment: a.ID, Detail: map[string]any{"from": a.Status, "reason": in.Reason, "links_revoked": revoked}}, now)
	})
}
