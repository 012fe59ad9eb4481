// Package assessments is the life of one questionnaire sent to a vendor: sending and resending
// invitations, the vendor's answers and evidence, submission and scoring.
package assessments

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"sort"
	"sync"
	"time"

	"github.com/riverqueue/river"

	"assay/app/evidence"
	"assay/app/notify"
	"assay/app/questionnaire"
	"assay/app/store"
)

// Errors the handlers turn into statuses.
var (
	// ErrInvalidLink covers unknown, expired, revoked and malformed invitation tokens alike, so
	// a visitor learns nothing about which tokens exist.
	ErrInvalidLink = errors.New("assessments: invitation link not valid")
	// ErrClosed means the assessment no longer takes changes (submitted, cancelled or expired).
	ErrClosed = errors.New("assessments: assessment is closed for changes")
	// ErrNoRecipients means every invitation of the assessment was revoked, so no link can be sent.
	ErrNoRecipients = errors.New("assessments: no unrevoked invitation to send a link to")
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
	Mailer         *notify.Mailer
	Jobs           Enqueuer
	Log            *slog.Logger
	Now            func() time.Time
	BaseURL        string
	Grace          time.Duration
	MaxAge         time.Duration
	MaxUploadBytes int64
	// Scored, when set, runs in the transaction that stores a new result, so what follows from
	// a score (such as findings) commits with it or not at all.
	Scored func(ctx context.Context, tx *store.Store, a store.Assessment, r store.Result) error
	// Cadence is the months from a vendor's last submitted assessment to its next, by tier.
	Cadence map[string]int

	mu       sync.Mutex
	versions map[string]*questionnaire.Definition // by content hash
	current  map[string]*questionnaire.Definition // by id: the installed version
	sources  map[string][]byte                    // by content hash, installed files only
}

// LoadQuestionnaires parses every *.yaml in fsys as the installed questionnaire versions.
func (s *Service) LoadQuestionnaires(fsys fs.FS) error {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return err
	}
	s.versions = map[string]*questionnaire.Definition{}
	s.current = map[string]*questionnaire.Definition{}
	s.sources = map[string][]byte{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		d, err := questionnaire.Parse(path.Base(name), data)
		if err != nil {
			return err
		}
		if _, dup := s.current[d.ID]; dup {
			return fmt.Errorf("assessments: questionnaire %s defined twice", d.ID)
		}
		s.versions[d.Hash], s.current[d.ID], s.sources[d.Hash] = d, d, data
	}
	return nil
}

// Questionnaires lists the installed questionnaires by id.
func (s *Service) Questionnaires() []*questionnaire.Definition {
	out := make([]*questionnaire.Definition, 0, len(s.current))
	for _, d := range s.current {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Definition returns the exact questionnaire version an assessment was sent with, from the
// installed files or, after they changed, from the copy kept in the database.
func (s *Service) Definition(ctx context.Context, a store.Assessment) (*questionnaire.Definition, error) {
	s.mu.Lock()
	d, ok := s.versions[a.QuestionnaireHash]
	s.mu.Unlock()
	if ok {
		return d, nil
	}
	src, err := s.Store.QuestionnaireSource(ctx, a.QuestionnaireHash)
	if err != nil {
		return nil, fmt.Errorf("assessments: questionnaire %s version %s: %w", a.QuestionnaireID, a.QuestionnaireVersion, err)
	}
	d, err = questionnaire.Parse(src.QuestionnaireID+".yaml", []byte(src.Source))
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.versions[d.Hash] = d
	s.mu.Unlock()
	return d, nil
}

func (s *Service) editable(a store.Assessment) error {
	switch a.Status {
	case store.StatusSent, store.StatusInProgress, store.StatusReturned:
		return nil
	}
	return ErrClosed
}
