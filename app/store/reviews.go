package store

import (
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"assay/app/model"
	"assay/app/portfolio"
)

// QuestionReviews returns an assessment's question reviews keyed by question id.
func (s *Store) QuestionReviews(ctx context.Context, assessmentID uint) (map[string]model.QuestionReview, error) {
	return byQuestion(s.q(ctx), "question reviews", assessmentID, func(r model.QuestionReview) string { return r.QuestionID })
}

// SaveQuestionReview creates or replaces the review of r's question within r's assessment;
// r.ID is then the review's id either way.
func (s *Store) SaveQuestionReview(ctx context.Context, r *model.QuestionReview) error {
	if err := s.lockQuestion(ctx, r.AssessmentID, r.QuestionID, "save question review"); err != nil {
		return err
	}
	return wrap(upsertByQuestion(s.q(ctx), r, "state", "open_to_vendor", "updated_by", "updated_at"), "save question review")
}

// lockQuestion takes the lock of the assessment a question's row belongs to, before op writes
// it; a row that names no assessment or no question is not found.
func (s *Store) lockQuestion(ctx context.Context, assessmentID uint, questionID, op string) error {
	if assessmentID == 0 || questionID == "" {
		return model.ErrNotFound
	}
	return s.lockFor(ctx, assessmentID, op)
}

// upsertByQuestion creates row, or replaces columns of the row of the same question within the
// same assessment: question reviews and answer notes are one row a question, kept unique by
// the schema, and a save replaces the one before in a single statement.
func upsertByQuestion[T any](q *gorm.DB, row *T, columns ...string) error {
	return q.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "assessment_id"}, {Name: "question_id"}},
		DoUpdates: clause.AssignmentColumns(columns)}).Create(row).Error
}

// OpenClarifications opens every question awaiting clarification to the vendor, and reports
// how many there were.
func (s *Store) OpenClarifications(ctx context.Context, assessmentID uint, at time.Time) (int64, error) {
	if err := s.lockFor(ctx, assessmentID, "open clarifications"); err != nil {
		return 0, err
	}
	res := s.q(ctx).Model(&model.QuestionReview{}).Where("assessment_id = ? AND state = ?", assessmentID, model.ReviewClarification).
		Updates(map[string]any{"open_to_vendor": true, "updated_at": at})
	return res.RowsAffected, wrap(res.Error, "open clarifications")
}

// CloseClarifications ends a clarification round when the vendor resubmits: every open question
// closes, and those still marked as awaiting the vendor count as answered by the resubmission.
func (s *Store) CloseClarifications(ctx context.Context, assessmentID uint, by string, at time.Time) error {
	if err := s.lockFor(ctx, assessmentID, "close clarifications"); err != nil {
		return err
	}
	err := s.q(ctx).Model(&model.QuestionReview{}).Where("assessment_id = ? AND open_to_vendor = ? AND state = ?", assessmentID, true, model.ReviewClarification).
		Updates(map[string]any{"state": model.ReviewVendorAnswered, "updated_by": by, "updated_at": at}).Error
	if err != nil {
		return wrap(err, "answer clarifications")
	}
	err = s.q(ctx).Model(&model.QuestionReview{}).Where("assessment_id = ? AND open_to_vendor = ?", assessmentID, true).
		Update("open_to_vendor", false).Error
	return wrap(err, "close clarifications")
}

// AddReviewMessage appends a message to a question's thread.
func (s *Store) AddReviewMessage(ctx context.Context, m *model.ReviewMessage) error {
	if m.AssessmentID == 0 || m.QuestionID == "" {
		return model.ErrNotFound
	}
	return wrap(s.q(ctx).Create(m).Error, "add review message")
}

// ReviewMessages returns an assessment's threads, oldest message first, keyed by question id.
func (s *Store) ReviewMessages(ctx context.Context, assessmentID uint) (map[string][]model.ReviewMessage, error) {
	var ms []model.ReviewMessage
	err := s.q(ctx).Preload("Files", func(db *gorm.DB) *gorm.DB { return db.Order("id") }).
		Where("assessment_id = ?", assessmentID).Order("id").Find(&ms).Error
	if err = wrap(err, "review messages"); err != nil {
		return nil, err
	}
	return groupBy(ms, func(m model.ReviewMessage) string { return m.QuestionID }), nil
}

// ReturnAssessment moves a submitted or scored assessment to returned with a new due date.
// A new due date starts the assessment's reminders afresh, so an earlier overdue mark is cleared.
func (s *Store) ReturnAssessment(ctx context.Context, id uint, due, at time.Time) error {
	_, err := s.changeAssessment(ctx, "return assessment", id, portfolio.CompletedStatuses,
		map[string]any{"status": model.StatusReturned, "due_on": due, "overdue_at": nil, "updated_at": at}, model.ErrConflict)
	return err
}

// SetRatingOverride records or, with a zero o, clears the analyst's rating override.
func (s *Store) SetRatingOverride(ctx context.Context, id uint, o model.RatingOverride) error {
	if id == 0 {
		return model.ErrNotFound
	}
	_, err := s.changeAssessment(ctx, "set rating override", id, nil, map[string]any{"override_rating": o.OverrideRating,
		"override_justification": o.OverrideJustification, "override_by": o.OverrideBy, "override_at": o.OverrideAt}, model.ErrNotFound)
	return err
}

// ReviewFile returns a file attached to a reply in the assessment.
func (s *Store) ReviewFile(ctx context.Context, assessmentID, id uint) (model.ReviewFile, error) {
	return owned[model.ReviewFile](s.q(ctx), "review file", "assessment_id", assessmentID, id)
}

// AnswerNotes returns the vendor's notes of an assessment keyed by question id.
func (s *Store) AnswerNotes(ctx context.Context, assessmentID uint) (map[string]model.AnswerNote, error) {
	return byQuestion(s.q(ctx), "answer notes", assessmentID, func(n model.AnswerNote) string { return n.QuestionID })
}

// SaveAnswerNote writes the vendor's note on one question, replacing the one before; a note
// with neither comment nor "not applicable" is removed.
func (s *Store) SaveAnswerNote(ctx context.Context, n *model.AnswerNote) error {
	if err := s.lockQuestion(ctx, n.AssessmentID, n.QuestionID, "save answer note"); err != nil {
		return err
	}
	q := s.q(ctx)
	if n.Comment == "" && !n.NotApplicable {
		return wrap(q.Where("assessment_id = ? AND question_id = ?", n.AssessmentID, n.QuestionID).Delete(&model.AnswerNote{}).Error,
			"remove answer note")
	}
	return wrap(upsertByQuestion(q, n, "comment", "not_applicable", "updated_by", "updated_at"), "save answer note")
}
