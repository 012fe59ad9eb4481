// Package assessments is the life of one questionnaire sent to a vendor: sending and resending
// invitations, the vendor's answers and evidence, submission and scoring.
package assessments

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/riverqueue/river"

	"assay/app/evidence"
	"assay/app/portfolio"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/store"
)

// Errors the handlers turn into statuses.
var (
	// ErrClosed means the assessment no longer takes changes (submitted, cancelled or expired).
	ErrClosed = errors.New("assessments: assessment is closed for changes")
)

// MissingError lists the required questions still unanswered when a vendor submits.
type MissingError struct {
	Questions []string
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("assessments: %d required questions unanswered", len(e.Questions))
}

// ConflictError lists answers that someone else changed since the caller loaded them.
type ConflictError struct {
	Current map[string]AnswerState
}

func (e *ConflictError) Error() string { return "assessments: answers changed by someone else" }

// Enqueuer adds background jobs inside a store transaction, so a job exists exactly when the
// change it follows from was committed.
type Enqueuer interface {
	EnqueueTx(ctx context.Context, tx *store.Store, args river.JobArgs) error
}

// Service holds the assessment workflow's dependencies.
type Service struct {
	Store          *store.Store
	Evidence       evidence.Storage
	Jobs           Enqueuer
	Log            *slog.Logger
	Now            func() time.Time
	MaxUploadBytes int64
	// Scored, when set, runs in the transaction that stores a new result, so what follows from
	// a score (such as findings) commits with it or not at all.
	Scored func(ctx context.Context, tx *store.Store, a store.Assessment, r store.Result) error
	// Reassess relates a reassessment's answers to the previous assessment's.
	Reassess *reassess.Service

	// Questionnaires are the installed questionnaire versions, with the archived ones behind.
	Questionnaires *questionnaire.Registry
}

// Definition returns the exact questionnaire version an assessment was sent with.
func (s *Service) Definition(ctx context.Context, a store.Assessment) (*questionnaire.Definition, error) {
	return s.Questionnaires.Pinned(ctx, a.QuestionnaireHash)
}

// Archive is the store as the questionnaire registry's archive: the source of every version an
// assessment was sent with, kept when it was sent.
func Archive(st *store.Store) questionnaire.Archive { return archive{st} }

type archive struct{ st *store.Store }

func (a archive) ArchivedSource(ctx context.Context, hash string) (string, []byte, error) {
	v, err := a.st.QuestionnaireSource(ctx, hash)
	return v.QuestionnaireID, []byte(v.Source), err
}

// Changeable returns ErrClosed unless the assessment still takes changes: sent, in progress or
// returned for clarification.
func Changeable(a store.Assessment) error {
	if slices.Contains(portfolio.OpenStatuses, a.Status) {
		return nil
	}
	return ErrClosed
}

func (s *Service) editable(a store.Assessment) error { return Changeable(a) }
