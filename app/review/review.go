// Package review is the analyst's side of a submitted assessment: a decision on each question,
// clarifications asked of the vendor and the vendor's replies, returning the assessment for
// another round, corrections to the facts read from files, and a rating set beside the
// computed one.
package review

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/mail"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/questionnaire"
	"assay/app/scoring"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/validate"
)

// Deps are what the review service needs.
type Deps struct {
	Store *store.Store
	Now   func() time.Time
	// Questionnaires give the version an assessment was sent with.
	Questionnaires *questionnaire.Registry
	// Invitations mail the vendor fresh links with the analyst's questions.
	Invitations *invitations.Service
	// Pipeline rescores an assessment whose facts an analyst corrected.
	Pipeline *pipeline.Service
	// Assessments load an assessment's state for its page.
	Assessments *assessments.Reader
	// Evidence keeps the files a vendor attaches to a reply, each at most MaxUploadBytes.
	Evidence       storage.Storage
	MaxUploadBytes int64
	Log            *slog.Logger
}

// Service is the analysts' review of submitted assessments and the vendor's replies.
type Service struct {
	store          *store.Store
	now            func() time.Time
	questionnaires *questionnaire.Registry
	invitations    *invitations.Service
	pipeline       *pipeline.Service
	assessments    *assessments.Reader
	evidence       storage.Storage
	maxUpload      int64
	log            *slog.Logger
}

// New builds the review service.
func New(d Deps) *Service {
	return &Service{store: d.Store, now: d.Now, questionnaires: d.Questionnaires, invitations: d.Invitations,
		pipeline: d.Pipeline, assessments: d.Assessments, evidence: d.Evidence, maxUpload: d.MaxUploadBytes, log: d.Log}
}

// Review decisions an analyst takes on one question.
const (
	DecisionAccept  = "accept"
	DecisionClarify = "clarify"
)

// Limits of the review's free text.
const (
	maxMessage           = 4000
	minJustification     = 10
	maxJustification     = 2000
	returnDueDefaultDays = 14
)

// Errors of the review workflow, turned into statuses by the handlers.
var (
	// ErrNotReviewable means the assessment has not been submitted, so there is nothing to review.
	ErrNotReviewable = errors.New("review: only a submitted assessment can be reviewed")
	// ErrNothingToReturn means no question awaits clarification, so returning would ask nothing.
	ErrNothingToReturn = errors.New("review: no question awaits clarification")
	// ErrNoResult means the assessment has no computed rating to override yet.
	ErrNoResult = errors.New("review: the assessment has no result yet")
	// ErrNoOverride means there is no rating override to clear.
	ErrNoOverride = errors.New("review: the rating is not overridden")
	// ErrNotReturned means the vendor tried to reply while the assessment is not returned to them.
	ErrNotReturned = errors.New("review: the assessment is not returned for clarification")
)

// ReviewInput is an analyst's decision on one question.
type ReviewInput struct {
	Decision string `json:"decision"`
	Message  string `json:"message"`
}

// ReturnInput sends an assessment back to the vendor; an empty due date keeps the current one
// unless it is too close, in which case the vendor gets two weeks.
type ReturnInput struct {
	DueDate string `json:"due_date"`
}

// ReplyInput is the vendor's message on one question's thread.
type ReplyInput struct {
	Message string `json:"message"`
}

// OverrideInput sets the analyst's rating beside the computed one.
type OverrideInput struct {
	Rating        string `json:"rating"`
	Justification string `json:"justification"`
}

// ClearOverrideInput removes the override; the reason is kept in the history.
type ClearOverrideInput struct {
	Reason string `json:"reason"`
}

// Message is one message of a question's thread as analysts and the vendor see it.
type Message struct {
	AuthorType string    `json:"author_type"`
	Author     string    `json:"author"`
	Message    string    `json:"message"`
	At         time.Time `json:"at"`
	Files      []File    `json:"files,omitempty"`
}

// File is a file attached to a reply: its id, for the analyst's download, name and hash.
type File struct {
	ID       uint   `json:"id"`
	Filename string `json:"filename"`
	Size     int64  `json:"size"`
	Kind     string `json:"kind"`
	SHA256   string `json:"sha256"`
}

// Thread is the review of one question: its state ("" before any decision), whether the vendor
// may change it now, and the messages in order.
type Thread struct {
	QuestionID string    `json:"question_id"`
	State      string    `json:"state"`
	Open       bool      `json:"open"`
	UpdatedBy  string    `json:"updated_by,omitempty"`
	UpdatedAt  time.Time `json:"updated_at,omitzero"`
	Messages   []Message `json:"messages"`
}

// Review is the analyst's review of an assessment, thread by question id.
type Review struct {
	Threads map[string]Thread
	// Awaiting counts questions whose clarification the analyst asked for and the vendor has not
	// yet answered; returning the assessment needs at least one.
	Awaiting int
}

// Thread returns the thread of a question, empty when it has none.
func (r Review) Thread(questionID string) Thread {
	if t, ok := r.Threads[questionID]; ok {
		return t
	}
	return Thread{QuestionID: questionID, Messages: []Message{}}
}

// Review loads every question's review state and thread.
func (s *Service) Review(ctx context.Context, assessmentID uint) (Review, error) {
	return s.reviewFrom(ctx, s.store, assessmentID)
}

func (s *Service) reviewFrom(ctx context.Context, db *store.Store, assessmentID uint) (Review, error) {
	states, err := db.QuestionReviews(ctx, assessmentID)
	if err != nil {
		return Review{}, err
	}
	msgs, err := db.ReviewMessages(ctx, assessmentID)
	if err != nil {
		return Review{}, err
	}
	r := Review{Threads: map[string]Thread{}}
	for id, st := range states {
		r.Threads[id] = Thread{QuestionID: id, State: st.State, Open: st.OpenToVendor, UpdatedBy: st.UpdatedBy, UpdatedAt: st.UpdatedAt, Messages: []Message{}}
		if st.State == model.ReviewClarification {
			r.Awaiting++
		}
	}
	for id, ms := range msgs {
		t := r.Thread(id)
		for _, m := range ms {
			msg := Message{AuthorType: m.AuthorType, Author: m.Author, Message: m.Body, At: m.CreatedAt}
			for _, f := range m.Files {
				msg.Files = append(msg.Files, File{ID: f.ID, Filename: f.Filename, Size: f.Size, Kind: f.Kind, SHA256: f.SHA256})
			}
			t.Messages = append(t.Messages, msg)
		}
		r.Threads[id] = t
	}
	return r, nil
}

func reviewable(a model.Assessment) error {
	switch a.Status {
	case model.StatusSubmitted, model.StatusScored, model.StatusReturned:
		return nil
	}
	return ErrNotReviewable
}

// pinned loads an assessment with the questionnaire version it was sent with.
func (s *Service) pinned(ctx context.Context, assessmentID uint) (model.Assessment, *questionnaire.Definition, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return a, nil, err
	}
	def, err := s.questionnaires.Pinned(ctx, a.QuestionnaireHash)
	return a, def, err
}

// ReviewQuestion records the analyst's decision on one question: accepted, or a request for
// clarification with a message for the vendor. A request made while the assessment is already
// returned opens the question to the vendor at once and mails the recipients their link with
// every question now open.
func (s *Service) ReviewQuestion(ctx context.Context, assessmentID uint, questionID string, in ReviewInput, actor audit.Actor) error {
	a, def, err := s.pinned(ctx, assessmentID)
	if err != nil {
		return err
	}
	if _, ok := def.Question(questionID); !ok {
		return model.ErrNotFound
	}
	in.Message = strings.TrimSpace(in.Message)
	verr := &validate.Error{}
	switch in.Decision {
	case DecisionAccept:
	case DecisionClarify:
		if in.Message == "" {
			verr.Add("message", "Write what the vendor should clarify or provide.")
		}
	default:
		verr.Add("decision", "Choose accept or clarify.")
	}
	if utf8.RuneCountInString(in.Message) > maxMessage {
		verr.Add("message", fmt.Sprintf("Keep the message under %d characters.", maxMessage))
	}
	if err := verr.Err(); err != nil {
		return err
	}
	if err := reviewable(a); err != nil {
		return err
	}
	now := s.now()
	rv := model.QuestionReview{AssessmentID: a.ID, QuestionID: questionID, State: model.ReviewAccepted, UpdatedBy: actor.Label, UpdatedAt: now}
	action := "review.accept"
	if in.Decision == DecisionClarify {
		rv.State, rv.OpenToVendor, action = model.ReviewClarification, a.Status == model.StatusReturned, "review.clarify"
	}
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SaveQuestionReview(ctx, &rv); err != nil {
			return err
		}
		if in.Message != "" {
			if err := tx.AddReviewMessage(ctx, &model.ReviewMessage{AssessmentID: a.ID, QuestionID: questionID,
				AuthorType: model.AuthorAnalyst, Author: actor.Label, Body: in.Message, CreatedAt: now}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: action, ObjectType: "question_review", ObjectID: rv.ID,
			Assessment: a.ID, Detail: map[string]any{"question_id": questionID, "message": in.Message}}, now)
	})
	if err != nil || !rv.OpenToVendor {
		return err
	}
	return s.mailOpenQuestions(ctx, a, actor)
}

// AcceptInput names the questions an analyst accepts at once.
type AcceptInput struct {
	QuestionIDs []string `json:"question_ids"`
}

// maxBulkAccept caps one bulk acceptance: a questionnaire has fewer questions than this.
const maxBulkAccept = 200

// AcceptMany accepts several questions' answers at once, in one transaction with one
// review.accept event each, as accepting them one by one would; nothing is accepted unless
// every question named exists.
func (s *Service) AcceptMany(ctx context.Context, assessmentID uint, in AcceptInput, actor audit.Actor) error {
	a, def, err := s.pinned(ctx, assessmentID)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var ids []string
	for _, id := range in.QuestionIDs {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	switch {
	case len(ids) == 0:
		return &validate.Error{Fields: map[string]string{"question_ids": "Tick the questions to accept."}}
	case len(ids) > maxBulkAccept:
		return &validate.Error{Fields: map[string]string{"question_ids": fmt.Sprintf("Accept at most %d questions at once.", maxBulkAccept)}}
	}
	var unknown []string
	for _, id := range ids {
		if _, ok := def.Question(id); !ok {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		return &validate.Error{Fields: map[string]string{"question_ids": "No such question: " + strings.Join(unknown, ", ") + "."}}
	}
	if err := reviewable(a); err != nil {
		return err
	}
	now := s.now()
	return s.store.Tx(ctx, func(tx *store.Store) error {
		for _, id := range ids {
			rv := model.QuestionReview{AssessmentID: a.ID, QuestionID: id, State: model.ReviewAccepted, UpdatedBy: actor.Label, UpdatedAt: now}
			if err := tx.SaveQuestionReview(ctx, &rv); err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, actor, audit.Event{Action: "review.accept", ObjectType: "question_review", ObjectID: rv.ID,
				Assessment: a.ID, Detail: map[string]any{"question_id": id, "bulk": len(ids)}}, now); err != nil {
				return err
			}
		}
		return nil
	})
}

// mailOpenQuestions tells the recipients of a returned assessment about a question asked after
// it was returned: their link, opening on the questions, and every question now open. The
// request itself is already recorded; without a live link there is nobody to tell, which the
// assessment page shows.
func (s *Service) mailOpenQuestions(ctx context.Context, a model.Assessment, actor audit.Actor) error {
	def, err := s.questionnaires.Pinned(ctx, a.QuestionnaireHash)
	if err != nil {
		return err
	}
	review, err := s.Review(ctx, a.ID)
	if err != nil {
		return err
	}
	_, err = s.invitations.Notify(ctx, a.ID, invitations.Notice{Reason: "clarification requested while returned", Until: a.DueOn,
		Next: invitations.ClarifyNext, Compose: returnCompose(a, def, &review)}, actor)
	if errors.Is(err, invitations.ErrNoRecipients) {
		return nil
	}
	return err
}

// returnCompose writes the clarification mail around each recipient's link; review is read when
// the mail is written, after the transaction that filled it.
func returnCompose(a model.Assessment, def *questionnaire.Definition, review *Review) func(model.Invitation, string, bool) mail.Message {
	subject := "Clarification needed: security questionnaire for " + invitations.VendorName(a)
	return func(inv model.Invitation, link string, rotated bool) mail.Message {
		return mail.Message{To: inv.Email, Subject: subject, Text: returnMail(a, def, *review, inv, link, rotated)}
	}
}

// Return sends a submitted assessment back to its vendor for the questions awaiting
// clarification: the status becomes returned and each recipient is mailed their link, opening
// on the questions and working at least until the new due date, with the questions and the
// analyst's messages.
func (s *Service) Return(ctx context.Context, assessmentID uint, in ReturnInput, actor audit.Actor) ([]invitations.SentInvitation, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return nil, err
	}
	now := s.now()
	due := a.DueOn
	if min := now.AddDate(0, 0, returnDueDefaultDays); due.Before(min) {
		due = time.Date(min.Year(), min.Month(), min.Day(), 0, 0, 0, 0, time.UTC)
	}
	if in.DueDate = strings.TrimSpace(in.DueDate); in.DueDate != "" {
		d, err := time.Parse("2006-01-02", in.DueDate)
		switch {
		case err != nil:
			return nil, &validate.Error{Fields: map[string]string{"due_date": "Enter the due date as YYYY-MM-DD."}}
		case !d.After(now):
			return nil, &validate.Error{Fields: map[string]string{"due_date": "Choose a due date after today."}}
		case d.After(now.AddDate(1, 0, 0)):
			return nil, &validate.Error{Fields: map[string]string{"due_date": "Choose a due date within a year."}}
		}
		due = d
	}
	if a.Status != model.StatusSubmitted && a.Status != model.StatusScored {
		return nil, ErrNotReviewable
	}
	def, err := s.questionnaires.Pinned(ctx, a.QuestionnaireHash)
	if err != nil {
		return nil, err
	}
	a.DueOn = due
	var review Review
	return s.invitations.Notify(ctx, a.ID, invitations.Notice{Reason: "returned for clarification", Until: due, Next: invitations.ClarifyNext,
		Compose: returnCompose(a, def, &review),
		Within: func(tx *store.Store) error {
			if err := tx.ReturnAssessment(ctx, a.ID, due, now); err != nil {
				if errors.Is(err, model.ErrConflict) {
					return ErrNotReviewable
				}
				return err
			}
			if err := tx.RefreshVendorSummary(ctx, a.VendorID); err != nil {
				return err
			}
			n, err := tx.OpenClarifications(ctx, a.ID, now)
			if err != nil {
				return err
			}
			if n == 0 {
				return ErrNothingToReturn
			}
			if review, err = s.reviewFrom(ctx, tx, a.ID); err != nil {
				return err
			}
			// Each recipient's mail is recorded as an invitation.notify event.
			return audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.return", ObjectType: "assessment", ObjectID: a.ID,
				Assessment: a.ID, Detail: map[string]any{"questions": openIDs(review), "due_on": due.Format("2006-01-02")}}, now)
		}}, actor)
}

func openIDs(r Review) []string {
	var ids []string
	for id, t := range r.Threads {
		if t.Open {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// returnMail is the text sent with a returned assessment: the fresh link and, for each question
// asked about, the question and its thread.
func returnMail(a model.Assessment, def *questionnaire.Definition, r Review, inv model.Invitation, link string, rotated bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\nThank you for answering the security questionnaire for %s. Our analyst needs a little more\n", invitations.Greeting(inv), invitations.VendorName(a))
	b.WriteString("on the questions below. Open the link to see them, change your answer or files where needed,\n")
	b.WriteString("reply to the messages, and submit again. Only these questions can be changed.\n\n")
	fmt.Fprintf(&b, "  %s\n\n", link)
	for _, sec := range def.Sections {
		for _, q := range sec.Questions {
			t, ok := r.Threads[q.ID]
			if !ok || !t.Open {
				continue
			}
			fmt.Fprintf(&b, "* %s\n", q.Text)
			for _, m := range t.Messages {
				who := "Analyst"
				if m.AuthorType == model.AuthorVendor {
					who = "You"
				}
				fmt.Fprintf(&b, "    %s (%s, %s): %s\n", who, m.Author, m.At.UTC().Format("2 Jan 2006 15:04 UTC"), m.Message)
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "Please submit again by %s. The link works until %s. %s\n",
		a.DueOn.Format("2 January 2006"), inv.ExpiresAt.Format("2 January 2006"), invitations.EarlierLinks(rotated))
	return b.String()
}

// replyTarget checks that the vendor may reply on a question now: the assessment is returned
// and the question is open to the vendor.
func (s *Service) replyTarget(ctx context.Context, assessmentID uint, questionID string) (model.QuestionReview, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return model.QuestionReview{}, err
	}
	if a.Status != model.StatusReturned {
		return model.QuestionReview{}, ErrNotReturned
	}
	reviews, err := s.store.QuestionReviews(ctx, a.ID)
	if err != nil {
		return model.QuestionReview{}, err
	}
	rv, ok := reviews[questionID]
	if !ok || !rv.OpenToVendor {
		return rv, &assessments.FrozenError{Questions: []string{questionID}}
	}
	return rv, nil
}

// ReceiveReplyFile streams one file of a vendor's reply into the evidence store, sniffed,
// size-capped and hashed like evidence, and returns its unsaved record; Reply records it.
func (s *Service) ReceiveReplyFile(ctx context.Context, assessmentID uint, questionID, filename string, r io.Reader, actor audit.Actor) (model.ReviewFile, error) {
	if _, err := s.replyTarget(ctx, assessmentID, questionID); err != nil {
		return model.ReviewFile{}, err
	}
	key := storage.NewKey("replies", s.now())
	rec, err := storage.Receive(ctx, s.evidence, key, r, s.maxUpload, storage.AllKinds)
	if err != nil {
		return model.ReviewFile{}, err
	}
	return model.ReviewFile{AssessmentID: assessmentID, StoredFile: rec.File(key, filename), UploadedBy: actor.Label}, nil
}

// DiscardReplyFiles removes the objects of files that were received but will not be recorded.
func (s *Service) DiscardReplyFiles(files []model.ReviewFile) {
	for _, f := range files {
		// The request that sent them may be gone; the cleanup must still run.
		if err := s.evidence.Delete(context.Background(), f.ObjectKey); err != nil {
			s.log.Error("remove object of unrecorded reply file", "key", f.ObjectKey, "error", err)
		}
	}
}

// Reply adds the vendor's message to the thread of a question open for clarification, with
// the files ReceiveReplyFile stored; on any failure their objects are removed.
func (s *Service) Reply(ctx context.Context, assessmentID uint, questionID string, in ReplyInput, files []model.ReviewFile, actor audit.Actor) error {
	err := s.reply(ctx, assessmentID, questionID, in, files, actor)
	if err != nil {
		s.DiscardReplyFiles(files)
	}
	return err
}

func (s *Service) reply(ctx context.Context, assessmentID uint, questionID string, in ReplyInput, files []model.ReviewFile, actor audit.Actor) error {
	in.Message = strings.TrimSpace(in.Message)
	switch {
	case in.Message == "":
		return &validate.Error{Fields: map[string]string{"message": "Write your reply before sending it."}}
	case utf8.RuneCountInString(in.Message) > maxMessage:
		return &validate.Error{Fields: map[string]string{"message": fmt.Sprintf("Keep the reply under %d characters.", maxMessage)}}
	}
	rv, err := s.replyTarget(ctx, assessmentID, questionID)
	if err != nil {
		return err
	}
	now := s.now()
	rv.State, rv.UpdatedBy, rv.UpdatedAt = model.ReviewVendorAnswered, actor.Label, now
	m := model.ReviewMessage{AssessmentID: assessmentID, QuestionID: questionID, AuthorType: model.AuthorVendor, Author: actor.Label,
		Body: in.Message, CreatedAt: now}
	names, hashes := make([]string, len(files)), make([]string, len(files))
	for i, f := range files {
		if f.AssessmentID != assessmentID {
			return model.ErrNotFound
		}
		f.CreatedAt = now
		m.Files = append(m.Files, f)
		names[i], hashes[i] = f.Filename, f.SHA256
	}
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SaveQuestionReview(ctx, &rv); err != nil {
			return err
		}
		if err := tx.AddReviewMessage(ctx, &m); err != nil {
			return err
		}
		detail := map[string]any{"question_id": questionID, "message": in.Message}
		if len(files) > 0 {
			detail["files"], detail["sha256"] = names, hashes
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "review.vendor_reply", ObjectType: "question_review", ObjectID: rv.ID,
			Assessment: assessmentID, Detail: detail}, now)
	})
}

// OpenReplyFile returns a reply file's record and content, checked to belong to the assessment.
func (s *Service) OpenReplyFile(ctx context.Context, assessmentID, fileID uint) (model.ReviewFile, io.ReadCloser, error) {
	f, err := s.store.ReviewFile(ctx, assessmentID, fileID)
	return storage.OpenFound(ctx, s.evidence, f, err)
}

// Ratings are the ratings an analyst may set, worst first: the scoring engine's own.
var Ratings = []string{scoring.RatingCritical, scoring.RatingHigh, scoring.RatingMedium, scoring.RatingLow}

// SetOverride records the analyst's rating beside the computed one, with a justification. It
// is kept on the assessment, so it survives rescoring.
func (s *Service) SetOverride(ctx context.Context, assessmentID uint, in OverrideInput, actor audit.Actor) error {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return err
	}
	in.Rating, in.Justification = strings.ToLower(strings.TrimSpace(in.Rating)), strings.TrimSpace(in.Justification)
	verr := &validate.Error{}
	valid := false
	for _, r := range Ratings {
		valid = valid || r == in.Rating
	}
	if !valid {
		verr.Add("rating", "Choose one of: "+strings.Join(Ratings, ", ")+".")
	}
	switch n := utf8.RuneCountInString(in.Justification); {
	case n == 0:
		verr.Add("justification", "Explain why the computed rating does not fit.")
	case n < minJustification:
		verr.Add("justification", fmt.Sprintf("Write at least %d characters: the reason stays beside the rating.", minJustification))
	case n > maxJustification:
		verr.Add("justification", fmt.Sprintf("Keep the justification under %d characters.", maxJustification))
	}
	if err := verr.Err(); err != nil {
		return err
	}
	res, err := s.store.LatestResult(ctx, a.ID)
	if errors.Is(err, model.ErrNotFound) {
		return ErrNoResult
	}
	if err != nil {
		return err
	}
	now := s.now()
	o := model.RatingOverride{OverrideRating: in.Rating, OverrideJustification: in.Justification, OverrideBy: actor.Label, OverrideAt: &now}
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetRatingOverride(ctx, a.ID, o); err != nil {
			return err
		}
		// The vendor list and dashboard show the rating in force.
		if err := tx.RefreshVendorSummary(ctx, a.VendorID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "rating.override", ObjectType: "assessment", ObjectID: a.ID,
			Assessment: a.ID, Detail: map[string]any{"rating": in.Rating, "computed_rating": res.Rating, "score": res.Score,
				"justification": in.Justification, "previous": a.OverrideRating}}, now)
	})
}

// ClearOverride removes the analyst's rating, so the computed one stands alone again.
func (s *Service) ClearOverride(ctx context.Context, assessmentID uint, in ClearOverrideInput, actor audit.Actor) error {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return err
	}
	in.Reason = strings.TrimSpace(in.Reason)
	switch n := utf8.RuneCountInString(in.Reason); {
	case n < minJustification:
		return &validate.Error{Fields: map[string]string{"reason": fmt.Sprintf("Say why the override no longer applies (at least %d characters).", minJustification)}}
	case n > maxJustification:
		return &validate.Error{Fields: map[string]string{"reason": fmt.Sprintf("Keep the reason under %d characters.", maxJustification)}}
	}
	if a.OverrideRating == "" {
		return ErrNoOverride
	}
	now := s.now()
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetRatingOverride(ctx, a.ID, model.RatingOverride{}); err != nil {
			return err
		}
		if err := tx.RefreshVendorSummary(ctx, a.VendorID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "rating.override_clear", ObjectType: "assessment", ObjectID: a.ID,
			Assessment: a.ID, Detail: map[string]any{"rating": a.OverrideRating, "justification": a.OverrideJustification, "reason": in.Reason}}, now)
	})
}
