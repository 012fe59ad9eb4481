// Package pipeline turns what a vendor submitted into a result: it reads each uploaded file
// into facts, scores the answers and facts against the questionnaire, hands the result to
// findings, and exports an assessment as a bundle that `assay score` recomputes offline. The
// reading and the scoring run as River jobs, queued in the transaction of the change they
// follow from.
package pipeline

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"assay/app/assessments"
	"assay/app/model"
	"assay/app/reading"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/webhooks"
)

// Enqueuer adds background jobs inside a store transaction, so a job exists exactly when the
// change it follows from was committed.
type Enqueuer interface {
	EnqueueTx(ctx context.Context, tx *store.Store, args river.JobArgs) error
}

// Findings act on a new result inside the transaction that stores it, so what follows from a
// score commits with it or not at all.
type Findings interface {
	Sync(ctx context.Context, tx *store.Store, a model.Assessment, r model.Result) error
}

// Deps are what the pipeline needs.
type Deps struct {
	Store *store.Store
	// Evidence holds the files to read.
	Evidence storage.Storage
	// Jobs queues the reading and scoring; an insert-only client will do.
	Jobs        Enqueuer
	Assessments *assessments.Reader
	// Findings follow each new result; nil scores without them.
	Findings Findings
	// Reading bounds the reading of each file and carries the OCR engine for scans; the zero
	// value is the default limits without OCR.
	Reading reading.Limits
	// Readings is the most files read at once, whatever the number of workers, so that the
	// memory of reading is Readings times one file's budget at most; below 1 counts as 1.
	Readings int
	Log      *slog.Logger
	Now      func() time.Time
	// Webhooks tells subscribed endpoints of each file read and each assessment scored; nil
	// tells none.
	Webhooks *webhooks.Service
}

// Service reads evidence and scores assessments.
type Service struct {
	store       *store.Store
	evidence    storage.Storage
	jobs        Enqueuer
	assessments *assessments.Reader
	findings    Findings
	limits      reading.Limits
	readings    chan struct{} // a slot per reading under way
	log         *slog.Logger
	now         func() time.Time
	webhooks    *webhooks.Service
}

// New builds the pipeline.
func New(d Deps) *Service {
	return &Service{store: d.Store, evidence: d.Evidence, jobs: d.Jobs, assessments: d.Assessments, findings: d.Findings,
		limits: d.Reading, readings: make(chan struct{}, max(d.Readings, 1)), log: d.Log, now: d.Now, webhooks: d.Webhooks}
}

// AddWorkers registers the workers of the reading and scoring jobs, before the queue that
// works them is made.
func (s *Service) AddWorkers(ws *river.Workers) {
	river.AddWorker(ws, &extractWorker{s: s})
	river.AddWorker(ws, &scoreWorker{s: s})
}

// QueueReadTx queues the reading of an uploaded file within tx.
func (s *Service) QueueReadTx(ctx context.Context, tx *store.Store, assessmentID, evidenceID uint) error {
	return s.jobs.EnqueueTx(ctx, tx, extractArgs{AssessmentID: assessmentID, EvidenceID: evidenceID})
}

// QueueScoreTx queues the scoring of a submitted assessment within tx.
func (s *Service) QueueScoreTx(ctx context.Context, tx *store.Store, assessmentID uint) error {
	return s.jobs.EnqueueTx(ctx, tx, scoreArgs{AssessmentID: assessmentID})
}
