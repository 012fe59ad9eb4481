package assessments

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"time"

	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/store"
	"assay/app/validate"
)

// AnswerState is a saved answer with the version a client must send back to change it.
type AnswerState struct {
	Value     any       `json:"value"`
	Version   int       `json:"version"`
	UpdatedBy string    `json:"updated_by"`
	UpdatedAt time.Time `json:"updated_at"`
}

// EvidenceView describes an uploaded file without its storage key.
type EvidenceView struct {
	ID         uint           `json:"id"`
	QuestionID string         `json:"question_id"`
	Filename   string         `json:"filename"`
	Size       int64          `json:"size"`
	Kind       string         `json:"type"`
	SHA256     string         `json:"sha256"`
	Status     string         `json:"status"`
	Facts      map[string]any `json:"facts,omitempty"`
	// ExtractError says why the file could not be read.
	ExtractError string                      `json:"extract_error,omitempty"`
	Corrections  map[string]store.Correction `json:"corrections,omitempty"`
	UploadedBy   string                      `json:"uploaded_by"`
	UploadedAt   time.Time                   `json:"uploaded_at"`
}

// State is an assessment as the vendor sees it: answers, files, what is visible and missing.
type State struct {
	Assessment store.Assessment
	Definition *questionnaire.Definition
	Answers    map[string]AnswerState
	Evidence   []EvidenceView
	Visible    []string
	Missing    []string
	Answered   int
	Total      int
	// Reassessment relates the answers to the assessment they were carried over from.
	Reassessment *reassess.Reassessment
}

// Change returns how question id relates to the previous assessment: nil when this is not a
// reassessment, an empty change when there is nothing to say yet.
func (st State) Change(id string) *reassess.QuestionChange {
	if st.Reassessment == nil {
		return nil
	}
	c := st.Reassessment.Questions[id]
	return &c
}

// Editable reports whether the vendor may still change answers.
func (st State) Editable() bool { return Changeable(st.Assessment) == nil }

// Values returns the answers as plain values for the questionnaire engine.
func (st State) Values() questionnaire.Answers {
	a := questionnaire.Answers{}
	for id, s := range st.Answers {
		a[id] = s.Value
	}
	return a
}

// State loads the vendor's view of an assessment.
func (s *Service) State(ctx context.Context, assessmentID uint) (State, error) {
	return s.stateFrom(ctx, s.Store, assessmentID)
}

// stateFrom loads the state through db, which may be a transaction.
func (s *Service) stateFrom(ctx context.Context, db *store.Store, assessmentID uint) (State, error) {
	a, err := db.Assessment(ctx, assessmentID)
	if err != nil {
		return State{}, err
	}
	def, err := s.Definition(ctx, a)
	if err != nil {
		return State{}, err
	}
	rows, err := db.Answers(ctx, a.ID)
	if err != nil {
		return State{}, err
	}
	files, err := db.EvidenceList(ctx, a.ID)
	if err != nil {
		return State{}, err
	}
	st := State{Assessment: a, Definition: def, Answers: map[string]AnswerState{}}
	for id, r := range rows {
		var v any
		if err := json.Unmarshal([]byte(r.Value), &v); err != nil {
			return State{}, err
		}
		st.Answers[id] = AnswerState{Value: v, Version: r.Version, UpdatedBy: r.UpdatedBy, UpdatedAt: r.UpdatedAt}
	}
	for _, f := range files {
		st.Evidence = append(st.Evidence, viewOf(f))
	}
	st.derive()
	if st.Reassessment, err = s.Reassess.Compare(ctx, db, a, def, rows); err != nil {
		return State{}, err
	}
	return st, nil
}

func viewOf(f store.Evidence) EvidenceView {
	return EvidenceView{ID: f.ID, QuestionID: f.QuestionID, Filename: f.Filename, Size: f.Size, Kind: f.Kind,
		SHA256: f.SHA256, Status: f.Status, Facts: f.Facts, ExtractError: f.ExtractError, Corrections: f.Corrections,
		UploadedBy: f.UploadedBy, UploadedAt: f.CreatedAt}
}

func (st *State) hasEvidence() map[string]bool {
	m := map[string]bool{}
	for _, e := range st.Evidence {
		m[e.QuestionID] = true
	}
	return m
}

func (st *State) derive() {
	vals := st.Values()
	has := st.hasEvidence()
	st.Visible = st.Definition.Visible(vals)
	st.Missing = st.Definition.Missing(vals, has)
	st.Answered, st.Total = st.Definition.Progress(vals, has)
}

// SaveInput is one autosave: new values by question id (null clears) and, for each, the
// version the client last saw (absent: overwrite whatever is stored).
type SaveInput struct {
	Answers  map[string]json.RawMessage `json:"answers"`
	Versions map[string]int             `json:"versions"`
}

// SaveAnswers validates and stores answers all together: if any value is invalid or any answer
// changed since the client's version, nothing is saved.
func (s *Service) SaveAnswers(ctx context.Context, assessmentID uint, in SaveInput, actor audit.Actor) (State, error) {
	st, err := s.State(ctx, assessmentID)
	if err != nil {
		return State{}, err
	}
	if err := s.editable(st.Assessment); err != nil {
		return st, err
	}
	if len(in.Answers) == 0 {
		return st, &validate.Error{Fields: map[string]string{"answers": "Send at least one answer."}}
	}
	ids := make([]string, 0, len(in.Answers))
	for id := range in.Answers {
		ids = append(ids, id)
	}
	// A returned assessment opens only the questions under clarification (review.go).
	if err := s.admitChanges(ctx, st, actor, ids...); err != nil {
		return st, err
	}
	verr := &validate.Error{}
	values := map[string]any{}
	for id, raw := range in.Answers {
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			verr.Add(id, "This value is not valid JSON.")
			continue
		}
		n, err := st.Definition.ValidateAnswer(id, v)
		if err != nil {
			var ae *questionnaire.AnswerError
			if errors.As(err, &ae) {
				verr.Add(id, ae.Message+".")
				continue
			}
			return st, err
		}
		values[id] = n
	}
	if err := verr.Err(); err != nil {
		return st, err
	}
	now := s.Now()
	conflicts := map[string]AnswerState{}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		for id, v := range values {
			b, _ := json.Marshal(v)
			expected := -1
			if ver, ok := in.Versions[id]; ok {
				expected = ver
			}
			row := store.Answer{AssessmentID: assessmentID, QuestionID: id, Value: string(b), UpdatedBy: actor.Label, UpdatedAt: now}
			err := tx.SaveAnswer(ctx, &row, expected)
			if errors.Is(err, store.ErrConflict) {
				conflicts[id] = st.Answers[id]
				continue
			}
			if err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, actor, audit.Event{Action: "answer.save", ObjectType: "answer", ObjectID: row.ID,
				Assessment: assessmentID, Detail: map[string]any{"question_id": id, "value": v, "version": row.Version}}, now); err != nil {
				return err
			}
		}
		if len(conflicts) > 0 {
			return &ConflictError{Current: conflicts}
		}
		if st.Assessment.Status == store.StatusSent {
			return tx.SetAssessmentStatus(ctx, assessmentID, store.StatusInProgress, store.StatusSent)
		}
		return nil
	})
	var ce *ConflictError
	if errors.As(err, &ce) {
		// Report what is stored now, not what this request loaded, so the client can show it.
		fresh, ferr := s.State(ctx, assessmentID)
		if ferr == nil {
			for id := range ce.Current {
				ce.Current[id] = fresh.Answers[id]
			}
		}
		return fresh, ce
	}
	if err != nil {
		return st, err
	}
	return s.State(ctx, assessmentID)
}

// Upload streams a file for an evidence question into the evidence store and records it. A
// failure at any step leaves neither a record nor an object behind.
func (s *Service) Upload(ctx context.Context, assessmentID uint, questionID, filename string, r io.Reader, actor audit.Actor) (EvidenceView, error) {
	a, err := s.Store.Assessment(ctx, assessmentID)
	if err != nil {
		return EvidenceView{}, err
	}
	if err := s.editable(a); err != nil {
		return EvidenceView{}, err
	}
	def, err := s.Definition(ctx, a)
	if err != nil {
		return EvidenceView{}, err
	}
	q, ok := def.Question(questionID)
	if !ok || q.Type != questionnaire.TypeEvidence {
		return EvidenceView{}, &validate.Error{Fields: map[string]string{"question_id": "Choose an evidence question of this questionnaire."}}
	}
	if err := s.admitEvidenceChange(ctx, a, actor, questionID); err != nil {
		return EvidenceView{}, err
	}
	allowed := make([]evidence.Kind, 0, len(q.Accept))
	for _, k := range q.Accept {
		allowed = append(allowed, evidence.Kind(k))
	}
	if len(allowed) == 0 {
		allowed = evidence.AllKinds
	}
	key := evidence.NewKey()
	rec, err := evidence.Receive(ctx, s.Evidence, key, r, s.MaxUploadBytes, allowed)
	if err != nil {
		return EvidenceView{}, err
	}
	now := s.Now()
	e := store.Evidence{AssessmentID: a.ID, QuestionID: questionID, ObjectKey: key, Filename: evidence.SafeFilename(filename),
		Size: rec.Size, Kind: string(rec.Kind), ContentType: rec.ContentType, SHA256: rec.SHA256, Status: store.EvidenceStored,
		UploadedBy: actor.Label, CreatedAt: now}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.CreateEvidence(ctx, &e); err != nil {
			return err
		}
		if a.Status == store.StatusSent {
			if err := tx.SetAssessmentStatus(ctx, a.ID, store.StatusInProgress, store.StatusSent); err != nil {
				return err
			}
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "evidence.upload", ObjectType: "evidence", ObjectID: e.ID,
			Assessment: a.ID, Detail: map[string]any{"question_id": questionID, "filename": e.Filename, "size": e.Size,
				"type": e.Kind, "sha256": e.SHA256}}, now); err != nil {
			return err
		}
		return s.Jobs.EnqueueTx(ctx, tx, ExtractArgs{AssessmentID: a.ID, EvidenceID: e.ID})
	})
	if err != nil {
		// The context may be the cancelled request's; the cleanup must still run.
		if derr := s.Evidence.Delete(context.WithoutCancel(ctx), key); derr != nil {
			s.Log.Error("remove object of failed upload", "key", key, "error", derr)
		}
		return EvidenceView{}, err
	}
	return viewOf(e), nil
}

// RemoveEvidence deletes a file the vendor uploaded, before submission.
func (s *Service) RemoveEvidence(ctx context.Context, assessmentID, evidenceID uint, actor audit.Actor) error {
	a, err := s.Store.Assessment(ctx, assessmentID)
	if err != nil {
		return err
	}
	e, err := s.Store.Evidence(ctx, a.ID, evidenceID)
	if err != nil {
		return err
	}
	if err := s.editable(a); err != nil {
		return err
	}
	if err := s.admitEvidenceChange(ctx, a, actor, e.QuestionID); err != nil {
		return err
	}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.DeleteEvidence(ctx, a.ID, e.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "evidence.remove", ObjectType: "evidence", ObjectID: e.ID,
			Assessment: a.ID, Detail: map[string]any{"question_id": e.QuestionID, "filename": e.Filename, "sha256": e.SHA256}}, s.Now())
	})
	if err != nil {
		return err
	}
	if err := s.Evidence.Delete(context.WithoutCancel(ctx), e.ObjectKey); err != nil {
		s.Log.Error("remove evidence object", "evidence_id", e.ID, "error", err)
	}
	return nil
}

// OpenEvidence returns a file's record and content, checked to belong to the assessment.
func (s *Service) OpenEvidence(ctx context.Context, assessmentID, evidenceID uint) (store.Evidence, io.ReadCloser, error) {
	e, err := s.Store.Evidence(ctx, assessmentID, evidenceID)
	if err != nil {
		return e, nil, err
	}
	rc, err := s.Evidence.Open(ctx, e.ObjectKey)
	return e, rc, err
}
