// Package jobs runs background work (scoring, evidence extraction) in River, a job queue kept in
// the same database as everything else: jobs survive restarts, are retried on failure, and are
// worked once even with several replicas sharing one PostgreSQL.
//
// Both dialects use database/sql drivers (riversqlite, riverdatabasesql), so a job can be
// enqueued inside the GORM transaction that makes the change it follows from: if the change
// rolls back, so does the job.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"assay/app/store"
)

// Queue enqueues and works jobs.
type Queue struct {
	client *river.Client[*sql.Tx]
	log    *slog.Logger
}

func driver(st *store.Store) (riverdriver.Driver[*sql.Tx], error) {
	db, err := st.DB().DB()
	if err != nil {
		return nil, err
	}
	if st.Dialect() == store.DialectPostgres {
		return riverdatabasesql.New(db), nil
	}
	return riversqlite.New(db), nil
}

// Migrate applies River's own versioned schema.
func Migrate(ctx context.Context, st *store.Store) error {
	d, err := driver(st)
	if err != nil {
		return err
	}
	m, err := rivermigrate.New(d, nil)
	if err != nil {
		return fmt.Errorf("jobs: migrator: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	return nil
}

// New makes a queue whose client works the given workers once started.
func New(st *store.Store, workers *river.Workers, log *slog.Logger) (*Queue, error) {
	d, err := driver(st)
	if err != nil {
		return nil, err
	}
	cfg := &river.Config{
		Workers: workers,
		Logger:  log.With("component", "jobs"),
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 4}},
		// database/sql drivers have no LISTEN/NOTIFY; a short poll keeps scoring prompt.
		FetchPollInterval: 200 * time.Millisecond,
		FetchCooldown:     50 * time.Millisecond,
		MaxAttempts:       5,
		JobTimeout:        5 * time.Minute,
	}
	if st.Dialect() == store.DialectSQLite {
		// One writer at a time: one worker avoids queueing behind SQLite's lock.
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 1}}
	}
	c, err := river.NewClient(d, cfg)
	if err != nil {
		return nil, fmt.Errorf("jobs: client: %w", err)
	}
	return &Queue{client: c, log: log}, nil
}

// Start works jobs until ctx ends or Stop is called.
func (q *Queue) Start(ctx context.Context) error { return q.client.Start(ctx) }

// Stop waits for running jobs to finish.
func (q *Queue) Stop(ctx context.Context) error { return q.client.Stop(ctx) }

// EnqueueTx adds a job inside the GORM transaction tx (a store from Store.Tx).
func (q *Queue) EnqueueTx(ctx context.Context, tx *store.Store, args river.JobArgs) error {
	sqlTx, ok := tx.DB().Statement.ConnPool.(*sql.Tx)
	if !ok {
		return errors.New("jobs: EnqueueTx needs a store inside a transaction")
	}
	if _, err := q.client.InsertTx(ctx, sqlTx, args, nil); err != nil {
		return fmt.Errorf("jobs: insert %s: %w", args.Kind(), err)
	}
	return nil
}

// Enqueue adds a job outside any transaction.
func (q *Queue) Enqueue(ctx context.Context, args river.JobArgs) error {
	if _, err := q.client.Insert(ctx, args, nil); err != nil {
		return fmt.Errorf("jobs: insert %s: %w", args.Kind(), err)
	}
	return nil
}
