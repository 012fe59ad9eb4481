// Package assessments reads one assessment as it stands: the vendor's answers and files, what
// is visible and still missing, and how the answers compare with the last assessment. The
// services that change an assessment (invitations, responses, review, pipeline) share its
// view and its rule for when an assessment still takes changes.
package assessments

import (
	"errors"
	"fmt"
	"slices"

	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/store"
)

// ErrClosed means the assessment no longer takes changes (submitted, cancelled or expired).
var ErrClosed = errors.New("assessments: assessment is closed for changes")

// FrozenError lists questions a returned assessment does not open to the vendor: only the
// questions the analyst asked about (and required ones still missing) can change.
type FrozenError struct {
	Questions []string
}

func (e *FrozenError) Error() string {
	return fmt.Sprintf("assessments: %d questions are not open for changes", len(e.Questions))
}

// Changeable returns ErrClosed unless the assessment still takes changes: sent, in progress or
// returned for clarification.
func Changeable(a model.Assessment) error {
	if slices.Contains(portfolio.OpenStatuses, a.Status) {
		return nil
	}
	return ErrClosed
}

// Deps are what the reader needs.
type Deps struct {
	Store *store.Store
	// Questionnaires give the version an assessment was sent with.
	Questionnaires *questionnaire.Registry
	// Reassess relates a reassessment's answers to the previous assessment's.
	Reassess *reassess.Service
}

// Reader loads assessments as vendors and analysts see them.
type Reader struct {
	store          *store.Store
	questionnaires *questionnaire.Registry
	reassess       *reassess.Service
}

// New builds the reader.
func New(d Deps) *Reader {
	return &Reader{store: d.Store, questionnaires: d.Questionnaires, reassess: d.Reassess}
}

// Archive is the store as the questionnaire registry's archive: the source of every version an
// assessment was sent with, kept when it was sent.
func Archive(st *store.Store) questionnaire.Archive { return st }
