package assessments

import (
	"context"
	"encoding/json"
	"maps"
	"time"

	"assay/app/evidence"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/store"
)

// AnswerState is a saved answer with the version a client must send back to change it.
type AnswerState struct {
	// ID is the stored answer's, for the save that writes over it; 0 before one is stored.
	ID        uint      `json:"-"`
	Value     any       `json:"value"`
	Version   int       `json:"version"`
	UpdatedBy string    `json:"updated_by"`
	UpdatedAt time.Time `json:"updated_at"`
}

// File names an uploaded file without its storage key, as every view of it does: the pages,
// the API and the export bundle.
type File struct {
	ID         uint   `json:"id"`
	QuestionID string `json:"question_id"`
	Filename   string `json:"filename"`
	Size       int64  `json:"size"`
	Kind       string `json:"type"`
	SHA256     string `json:"sha256"`
	Status     string `json:"status"`
}

// FileOf names a stored file.
func FileOf(f model.Evidence) File {
	return File{ID: f.ID, QuestionID: f.QuestionID, Filename: f.Filename, Size: f.Size, Kind: f.Kind, SHA256: f.SHA256,
		Status: f.Status}
}

// EvidenceView describes an uploaded file as vendors and analysts see it.
type EvidenceView struct {
	File
	Facts evidence.Facts `json:"facts,omitzero"`
	// ExtractError says why the file could not be read.
	ExtractError string                      `json:"extract_error,omitempty"`
	Corrections  map[string]model.Correction `json:"corrections,omitempty"`
	UploadedBy   string                      `json:"uploaded_by"`
	UploadedAt   time.Time                   `json:"uploaded_at"`
}

// State is an assessment as the vendor sees it: answers, files, what is visible and missing.
type State struct {
	Assessment model.Assessment
	Definition *questionnaire.Definition
	Answers    map[string]AnswerState
	Evidence   []EvidenceView
	Visible    []string
	Missing    []string
	Answered   int
	Total      int
	// Reassessment relates the answers to the assessment they were carried over from.
	Reassessment *reassess.Reassessment
	// Notes are the vendor's comments and "not applicable" marks, by question id.
	Notes map[string]Note
	// reassessing says the assessment was carried over from a previous one, whether or not
	// Reassessment was worked out yet.
	reassessing bool
}

// Note is the vendor's comment on a question, and whether they marked it not applicable (the
// comment is then the reason).
type Note struct {
	Comment       string    `json:"comment"`
	NotApplicable bool      `json:"not_applicable"`
	UpdatedBy     string    `json:"updated_by"`
	UpdatedAt     time.Time `json:"updated_at"`
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

// Reassessing reports whether the answers were carried over from a previous assessment, which
// Compared relates them to.
func (st State) Reassessing() bool { return st.reassessing }

// Values returns the answers as plain values for the questionnaire engine.
func (st State) Values() questionnaire.Answers {
	a := questionnaire.Answers{}
	for id, s := range st.Answers {
		// A question marked not applicable holds nil, as the questionnaire says, even when an
		// answer was saved before the mark: it neither scores nor fires a red flag.
		if !st.NotApplicable(id) {
			a[id] = s.Value
		}
	}
	return a
}

// State loads the vendor's view of an assessment.
func (r *Reader) State(ctx context.Context, assessmentID uint) (State, error) {
	return r.StateTx(ctx, r.store, assessmentID)
}

// StateTx loads the state through db, which may be a transaction. The assessment's read says
// whether it has files, notes or a previous assessment, and only those are queried: an
// autosave reads the whole state on every keystroke, mostly before there are any.
func (r *Reader) StateTx(ctx context.Context, db *store.Store, assessmentID uint) (State, error) {
	st, rows, err := r.uncompared(ctx, db, assessmentID, false)
	if err != nil {
		return State{}, err
	}
	return r.compare(ctx, db, st, rows)
}

// uncompared loads the state through db without relating it to the previous assessment, and
// the stored answers it was made from; with vendorName, of the vendor only its name.
func (r *Reader) uncompared(ctx context.Context, db *store.Store, assessmentID uint, vendorName bool) (State, map[string]model.Answer, error) {
	a, has, rows, err := db.AssessmentAnswers(ctx, assessmentID, vendorName)
	if err != nil {
		return State{}, nil, err
	}
	def, err := r.questionnaires.PinnedFrom(ctx, db, a.QuestionnaireHash)
	if err != nil {
		return State{}, nil, err
	}
	var files []model.Evidence
	if has.Files {
		if files, err = db.EvidenceList(ctx, a.ID); err != nil {
			return State{}, nil, err
		}
	}
	var notes map[string]model.AnswerNote
	if has.Notes {
		if notes, err = db.AnswerNotes(ctx, a.ID); err != nil {
			return State{}, nil, err
		}
	}
	st := State{Assessment: a, Definition: def, Answers: make(map[string]AnswerState, len(rows)), Notes: make(map[string]Note, len(notes)),
		reassessing: has.Reassessment}
	for id, n := range notes {
		st.Notes[id] = Note{Comment: n.Comment, NotApplicable: n.NotApplicable, UpdatedBy: n.UpdatedBy, UpdatedAt: n.UpdatedAt}
	}
	for id, row := range rows {
		var v any
		if err := json.Unmarshal([]byte(row.Value), &v); err != nil {
			return State{}, nil, err
		}
		st.Answers[id] = AnswerState{ID: row.ID, Value: v, Version: row.Version, UpdatedBy: row.UpdatedBy, UpdatedAt: row.UpdatedAt}
	}
	for _, f := range files {
		st.Evidence = append(st.Evidence, ViewOf(f))
	}
	st.derive()
	return st, rows, nil
}

// Compared is st with its answers related to the previous assessment's (Reassessment), worked
// out from the answers stored through db; st as it is for a first assessment.
func (r *Reader) Compared(ctx context.Context, db *store.Store, st State) (State, error) {
	if !st.reassessing {
		return st, nil
	}
	rows, err := db.Answers(ctx, st.Assessment.ID)
	if err != nil {
		return State{}, err
	}
	return r.compare(ctx, db, st, rows)
}

// compare relates st, made from the stored answers rows, to the previous assessment.
func (r *Reader) compare(ctx context.Context, db *store.Store, st State, rows map[string]model.Answer) (State, error) {
	if !st.reassessing {
		return st, nil
	}
	var err error
	if st.Reassessment, err = r.reassess.Compare(ctx, db, st.Assessment, st.Definition, rows); err != nil {
		return State{}, err
	}
	return st, nil
}

// LockedState takes the assessment's lock in tx, a transaction, and loads the state under it:
// until tx ends, no other change of the assessment that takes the lock (saves, submission,
// scoring, anything audited on its chain) comes between what tx reads and what it writes.
func (r *Reader) LockedState(ctx context.Context, tx *store.Store, assessmentID uint) (State, error) {
	if err := tx.LockAssessment(ctx, assessmentID); err != nil {
		return State{}, err
	}
	return r.StateTx(ctx, tx, assessmentID)
}

// LockedStateToChange is LockedState without the comparison with the previous assessment, for
// a change that writes answers and then asks for Compared once, over what it wrote. Of the
// assessment's vendor it reads the name alone (Assessment.Vendor has the id and name only),
// all the vendor's view shows: this is the read of every autosave.
func (r *Reader) LockedStateToChange(ctx context.Context, tx *store.Store, assessmentID uint) (State, error) {
	if err := tx.LockAssessment(ctx, assessmentID); err != nil {
		return State{}, err
	}
	st, _, err := r.uncompared(ctx, tx, assessmentID, true)
	return st, err
}

// WithAnswers is st once the answers given were stored, over what st holds, with what is
// visible, missing and answered worked out again; it reads nothing. A reassessment's
// comparison with the previous answers is not redone: Compared does that.
func (st State) WithAnswers(saved map[string]AnswerState) State {
	st.Answers = maps.Clone(st.Answers)
	maps.Copy(st.Answers, saved)
	st.derive()
	return st
}

// ViewOf describes a stored file as vendors and analysts see it.
func ViewOf(f model.Evidence) EvidenceView {
	return EvidenceView{File: FileOf(f), Facts: f.Facts, ExtractError: f.ExtractError, Corrections: f.Corrections,
		UploadedBy: f.UploadedBy, UploadedAt: f.CreatedAt}
}

// settled are the questions with a file or marked not applicable, which count as answered.
func (st *State) settled() map[string]bool {
	var files, na []string
	for _, e := range st.Evidence {
		files = append(files, e.QuestionID)
	}
	for id, n := range st.Notes {
		if n.NotApplicable {
			na = append(na, id)
		}
	}
	return st.Definition.Settled(files, na)
}

// NotApplicable reports whether the vendor marked question id not applicable.
func (st State) NotApplicable(id string) bool { return st.Notes[id].NotApplicable }

func (st *State) derive() {
	vals := st.Values()
	has := st.settled()
	o := st.Definition.Outline(vals, has)
	st.Visible, st.Missing, st.Answered, st.Total = o.Visible, o.Missing, o.Answered, o.Total
}

// Assessment loads the assessment record alone, with its vendor.
func (r *Reader) Assessment(ctx context.Context, assessmentID uint) (model.Assessment, error) {
	return r.store.Assessment(ctx, assessmentID)
}
