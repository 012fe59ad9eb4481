package responses

import (
	"context"
	"sort"
	"time"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
)

// VendorOpen lists the questions a vendor may change in st: every question while the assessment
// is being answered for the first time (nil), and while it is returned only those opened for
// clarification plus required questions a changed answer has made missing, so the vendor is
// never stuck unable to resubmit.
func (s *Service) VendorOpen(ctx context.Context, st assessments.State) (map[string]bool, error) {
	open, _, err := s.vendorOpen(ctx, s.store, st)
	return open, err
}

// vendorOpen is VendorOpen that also says which questions are open only because they are
// missing, read through db (which may be a transaction).
func (s *Service) vendorOpen(ctx context.Context, db *store.Store, st assessments.State) (open, missingOnly map[string]bool, err error) {
	if st.Assessment.Status != model.StatusReturned {
		return nil, nil, nil
	}
	reviews, err := db.QuestionReviews(ctx, st.Assessment.ID)
	if err != nil {
		return nil, nil, err
	}
	open, missingOnly = map[string]bool{}, map[string]bool{}
	for id, rv := range reviews {
		if rv.OpenToVendor {
			open[id] = true
		}
	}
	for _, id := range st.Missing {
		if !open[id] {
			open[id], missingOnly[id] = true, true
		}
	}
	return open, missingOnly, nil
}

// admitChanges refuses changes to questions a returned assessment keeps frozen. A question
// open only because it is missing stays open for the rest of the round once the vendor works
// on it, marked as answered by the vendor, so a file just uploaded can still be replaced. It
// reads and writes through db, which may be a transaction.
func (s *Service) admitChanges(ctx context.Context, db *store.Store, st assessments.State, actor audit.Actor, questionIDs ...string) error {
	missingOnly, err := s.openTo(ctx, db, st, questionIDs...)
	if err != nil {
		return err
	}
	now := s.now()
	for _, id := range questionIDs {
		if !missingOnly[id] {
			continue
		}
		rv := model.QuestionReview{AssessmentID: st.Assessment.ID, QuestionID: id, State: model.ReviewVendorAnswered, OpenToVendor: true,
			UpdatedBy: actor.Label, UpdatedAt: now}
		if err := db.SaveQuestionReview(ctx, &rv); err != nil {
			return err
		}
	}
	return nil
}

// openTo refuses questionIDs if st keeps any of them frozen, writing nothing, and returns
// those open only because they are missing.
func (s *Service) openTo(ctx context.Context, db *store.Store, st assessments.State, questionIDs ...string) (missingOnly map[string]bool, err error) {
	open, missingOnly, err := s.vendorOpen(ctx, db, st)
	if err != nil || open == nil {
		return nil, err
	}
	var frozen []string
	for _, id := range questionIDs {
		if !open[id] {
			frozen = append(frozen, id)
		}
	}
	if len(frozen) > 0 {
		sort.Strings(frozen)
		return nil, &assessments.FrozenError{Questions: frozen}
	}
	return missingOnly, nil
}

// mayChangeFiles refuses, writing nothing, a change to questionID's files that a (read
// without the lock) no longer allows: the early answer to an upload, before a byte is stored.
func (s *Service) mayChangeFiles(ctx context.Context, a model.Assessment, questionID string) error {
	if err := assessments.Changeable(a); err != nil || a.Status != model.StatusReturned {
		return err
	}
	st, err := s.assessments.State(ctx, a.ID)
	if err != nil {
		return err
	}
	_, err = s.openTo(ctx, s.store, st, questionID)
	return err
}

// lockedForFiles takes the assessment's lock in tx and decides under it, where a submission
// or withdrawal cannot come between, that the vendor may still change questionID's files; it
// returns the assessment as read under the lock.
func (s *Service) lockedForFiles(ctx context.Context, tx *store.Store, assessmentID uint, actor audit.Actor, questionID string) (model.Assessment, error) {
	if err := tx.LockAssessment(ctx, assessmentID); err != nil {
		return model.Assessment{}, err
	}
	a, err := tx.Assessment(ctx, assessmentID)
	if err != nil {
		return model.Assessment{}, err
	}
	if err := assessments.Changeable(a); err != nil || a.Status != model.StatusReturned {
		return a, err
	}
	st, err := s.assessments.StateTx(ctx, tx, assessmentID)
	if err != nil {
		return model.Assessment{}, err
	}
	return a, s.admitChanges(ctx, tx, st, actor, questionID)
}

// start moves a sent assessment to in progress, with its vendor's summary, inside the
// transaction of the vendor's first answer or file.
func start(ctx context.Context, tx *store.Store, a model.Assessment) error {
	if a.Status != model.StatusSent {
		return nil
	}
	if err := tx.SetAssessmentStatus(ctx, a.ID, model.StatusInProgress, model.StatusSent); err != nil {
		return err
	}
	return tx.RefreshVendorSummary(ctx, a.VendorID)
}

// closeRound ends a clarification round inside the resubmission's transaction.
func closeRound(ctx context.Context, tx *store.Store, a model.Assessment, actor audit.Actor, now time.Time) error {
	if a.Status != model.StatusReturned {
		return nil
	}
	return tx.CloseClarifications(ctx, a.ID, actor.Label, now)
}
