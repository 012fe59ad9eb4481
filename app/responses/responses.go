// Package responses is the vendor's side of an assessment: saving answers, uploading and
// removing files, and submitting. While an assessment is returned for clarification it keeps
// the vendor to the questions the analyst opened.
package responses

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/questionnaire"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/validate"
	"assay/app/webhooks"
)

// MissingError lists the required questions still unanswered when a vendor submits.
type MissingError struct {
	Questions []string
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("responses: %d required questions unanswered", len(e.Questions))
}

// ConflictError lists answers that someone else changed since the caller loaded them.
type ConflictError struct {
	Current map[string]assessments.AnswerState
}

func (e *ConflictError) Error() string { return "responses: answers changed by someone else" }

// Deps are what the response service needs.
type Deps struct {
	Store *store.Store
	// Evidence holds the uploaded files; MaxUploadBytes caps one.
	Evidence       storage.Storage
	MaxUploadBytes int64
	// MaxFiles caps how many files a question and a whole assessment hold.
	MaxFiles FileLimits
	Log      *slog.Logger
	Now      func() time.Time
	// Questionnaires give the version an assessment was sent with.
	Questionnaires *questionnaire.Registry
	Assessments    *assessments.Reader
	// Pipeline reads each file uploaded and scores each submission.
	Pipeline *pipeline.Service
	// Webhooks tells subscribed endpoints of each submission; nil tells none.
	Webhooks *webhooks.Service
}

// Service records the vendor's answers and files.
type Service struct {
	store          *store.Store
	evidence       storage.Storage
	maxUploadBytes int64
	maxFiles       FileLimits
	log            *slog.Logger
	now            func() time.Time
	questionnaires *questionnaire.Registry
	assessments    *assessments.Reader
	pipeline       *pipeline.Service
	webhooks       *webhooks.Service
	// quick are the links' last saves, for their next ones (QuickSave).
	quick *quickSaves
}

// New builds the response service.
func New(d Deps) *Service {
	return &Service{store: d.Store, evidence: d.Evidence, maxUploadBytes: d.MaxUploadBytes, maxFiles: d.MaxFiles, log: d.Log, now: d.Now,
		questionnaires: d.Questionnaires, assessments: d.Assessments, pipeline: d.Pipeline, webhooks: d.Webhooks, quick: newQuickSaves()}
}

// SaveInput is one autosave: new values by question id (null clears) and, for each, the
// version the client last saw (absent: overwrite whatever is stored).
type SaveInput struct {
	Answers  map[string]json.RawMessage `json:"answers"`
	Versions map[string]int             `json:"versions"`
}

// SaveAnswers validates and stores answers all together: if any value is invalid or any answer
// changed since the client's version, nothing is saved.
//
// It reads the assessment under its lock, inside the transaction that writes: the lock is the
// one its audit chain takes anyway, so saves of one assessment wait for each other exactly as
// long as they did, and what they read is what they write over. A save after a submission
// or withdrawal committed finds the assessment closed, and one before it is part of it; a
// version check against the state read is final, and the answer needs no second read.
func (s *Service) SaveAnswers(ctx context.Context, assessmentID uint, in SaveInput, actor audit.Actor) (assessments.State, error) {
	st, _, err := s.save(ctx, assessmentID, in, actor)
	return st, err
}

// save is SaveAnswers, which also returns the head of the assessment's audit chain once saved.
func (s *Service) save(ctx context.Context, assessmentID uint, in SaveInput, actor audit.Actor) (assessments.State, store.ChainHead, error) {
	var (
		st   assessments.State
		head store.ChainHead
	)
	err := s.store.LockedTx(ctx, assessmentID, func(tx *store.Store) error {
		var err error
		if st, err = s.assessments.LockedStateToChange(ctx, tx, assessmentID); err != nil {
			return err
		}
		if err := start(ctx, tx, st.Assessment); err != nil {
			return err
		}
		// Written last, the answers may travel with the COMMIT unless the comparison with a
		// previous assessment reads them back.
		saved, last, err := s.saveAnswers(ctx, tx, st, in, actor, !st.Reassessing())
		if err != nil {
			return err
		}
		// The answer is the state read plus what this save wrote: a keystroke costs no second
		// read of the whole assessment.
		if st.Assessment.Status == model.StatusSent {
			st.Assessment.Status = model.StatusInProgress
		}
		// A reassessment's comparison with the previous answers is worked out once, over the
		// answers as this save stored them.
		st, err = s.assessments.Compared(ctx, tx, st.WithAnswers(saved))
		head = last
		return err
	})
	var conflict *store.AnswerConflictError
	if errors.As(err, &conflict) {
		return st, head, conflictOver(st, conflict.QuestionID, in)
	}
	return st, head, err
}

// conflictOver is the ConflictError of a save of in over st when the stored answer to
// questionID changed since st was read, or, when questionID is empty, one of those in saved.
func conflictOver(st assessments.State, questionID string, in SaveInput) *ConflictError {
	current := map[string]assessments.AnswerState{}
	for id := range in.Answers {
		if questionID == "" || id == questionID {
			current[id] = st.Answers[id]
		}
	}
	return &ConflictError{Current: current}
}

// saveAnswers checks and writes in's answers over st, which was read under the assessment's
// lock in tx, and audits each; it returns what it stored and the audit chain's head after it.
// With last, tx reads nothing after.
func (s *Service) saveAnswers(ctx context.Context, tx *store.Store, st assessments.State, in SaveInput, actor audit.Actor, last bool) (map[string]assessments.AnswerState, store.ChainHead, error) {
	var head store.ChainHead
	if err := assessments.Changeable(st.Assessment); err != nil {
		return nil, head, err
	}
	if len(in.Answers) == 0 {
		return nil, head, &validate.Error{Fields: map[string]string{"answers": "Send at least one answer."}}
	}
	ids := make([]string, 0, len(in.Answers))
	for id := range in.Answers {
		ids = append(ids, id)
	}
	// A returned assessment opens only the questions under clarification (open.go).
	if err := s.admitChanges(ctx, tx, st, actor, ids...); err != nil {
		return nil, head, err
	}
	values, err := validAnswers(st.Definition, in.Answers)
	if err != nil {
		return nil, head, err
	}
	conflicts := map[string]assessments.AnswerState{}
	for id := range values {
		if expected, ok := in.Versions[id]; ok && expected != st.Answers[id].Version {
			conflicts[id] = st.Answers[id]
		}
	}
	if len(conflicts) > 0 {
		return nil, head, &ConflictError{Current: conflicts}
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	writes := make([]store.AnswerWrite, 0, len(values))
	for id, v := range values {
		w, err := answerWrite(st, id, v, actor, now)
		if err != nil {
			return nil, head, err
		}
		writes = append(writes, w)
	}
	if err := tx.SaveAnswersAudited(ctx, writes, last); err != nil {
		return nil, head, err
	}
	saved := map[string]assessments.AnswerState{}
	for _, w := range writes {
		a, err := savedState(w.Answer)
		if err != nil {
			return nil, head, err
		}
		saved[w.Answer.QuestionID] = a
	}
	// The events were appended in order: the last one is the chain's head.
	e := writes[len(writes)-1].Event
	return saved, store.ChainHead{Seq: e.Seq, Hash: e.Hash}, nil
}

// answerWrite is the write of value v, valid already, over st's answer to question id by
// actor at now (in microseconds, as PostgreSQL stores it, so the answer keeps what is stored),
// with its audit event. It is conditional on the version st read: a writer that skips the
// lock cannot be overwritten.
func answerWrite(st assessments.State, id string, v any, actor audit.Actor, now time.Time) (store.AnswerWrite, error) {
	b, _ := json.Marshal(v)
	from := st.Answers[id]
	ev, err := audit.NewEvent(actor, audit.Event{Action: "answer.save", ObjectType: "answer", Assessment: st.Assessment.ID,
		Detail: map[string]any{"question_id": id, "value": v, "version": from.Version + 1}}, now)
	if err != nil {
		return store.AnswerWrite{}, err
	}
	return store.AnswerWrite{From: from.Version, Event: &ev, Answer: &model.Answer{ID: from.ID,
		AssessmentID: st.Assessment.ID, QuestionID: id, Value: string(b), UpdatedBy: actor.Label, UpdatedAt: now}}, nil
}

// savedState is an answer as written, for the caller's view.
func savedState(a *model.Answer) (assessments.AnswerState, error) {
	var stored any
	if err := json.Unmarshal([]byte(a.Value), &stored); err != nil {
		return assessments.AnswerState{}, err
	}
	return assessments.AnswerState{ID: a.ID, Value: stored, Version: a.Version, UpdatedBy: a.UpdatedBy, UpdatedAt: a.UpdatedAt}, nil
}

// validAnswers decodes and checks each raw answer against def, and returns them normalised;
// every invalid one is named in one validation error.
func validAnswers(def *questionnaire.Definition, raw map[string]json.RawMessage) (map[string]any, error) {
	verr := &validate.Error{}
	values := map[string]any{}
	for id, r := range raw {
		var v any
		if err := json.Unmarshal(r, &v); err != nil {
			verr.Add(id, "This value is not valid JSON.")
			continue
		}
		n, err := def.ValidateAnswer(id, v)
		if err != nil {
			var ae *questionnaire.AnswerError
			if errors.As(err, &ae) {
				verr.Add(id, ae.Message+".")
				continue
			}
			return nil, err
		}
		values[id] = n
	}
	return values, verr.Err()
}

// Submit freezes the vendor's answers when every visible required question is answered, and
// queues the scoring in the same transaction so no analyst has to start it and a crash right
// after submitting cannot lose it.
//
// Like a save, it reads the answers under the assessment's lock, so the answers it checks are
// the answers it freezes: a save racing it lands before (and is checked) or finds it closed.
func (s *Service) Submit(ctx context.Context, assessmentID uint, actor audit.Actor) (assessments.State, error) {
	var st assessments.State
	now := s.now()
	err := s.store.Tx(ctx, func(tx *store.Store) error {
		var err error
		if st, err = s.assessments.LockedState(ctx, tx, assessmentID); err != nil {
			return err
		}
		if err := assessments.Changeable(st.Assessment); err != nil {
			return err
		}
		if len(st.Missing) > 0 {
			return &MissingError{Questions: st.Missing}
		}
		if err := tx.MarkSubmitted(ctx, assessmentID, actor.Label, now); err != nil {
			if errors.Is(err, model.ErrConflict) {
				return assessments.ErrClosed
			}
			return err
		}
		if err := tx.RefreshVendorSummary(ctx, st.Assessment.VendorID); err != nil {
			return err
		}
		if err := closeRound(ctx, tx, st.Assessment, actor, now); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.submit", ObjectType: "assessment", ObjectID: assessmentID,
			Assessment: assessmentID, Detail: map[string]any{"answered": st.Answered, "files": len(st.Evidence)}}, now); err != nil {
			return err
		}
		if err := s.webhooks.EmitTx(ctx, tx, model.EventAssessmentSubmitted,
			webhooks.Assessment(st.Assessment, model.StatusSubmitted)); err != nil {
			return err
		}
		return s.pipeline.QueueScoreTx(ctx, tx, assessmentID)
	})
	if err != nil {
		return st, err
	}
	return s.assessments.State(ctx, assessmentID)
}
