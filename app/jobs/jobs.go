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

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"assay/app/store"
)

// maxAttempts is how often a job is tried before it is discarded. The inserting client stamps
// it on each job, so the Inserter and the Queue must agree.
const maxAttempts = 5

// QueueWebhooks is the queue webhook deliveries wait in, apart from the default queue's
// reading and scoring, so that slow receivers never hold those up.
const QueueWebhooks = "webhooks"

// Inserter adds jobs without working them. It needs nothing but the database, so the services
// that enqueue work are built with one before the workers, which need those services, exist.
type Inserter struct {
	client *river.Client[*sql.Tx]
}

// NewInserter makes an insert-only client; the Queue's client works what it inserts.
func NewInserter(st *store.Store, log *slog.Logger) (*Inserter, error) {
	d, err := driver(st, nil)
	if err != nil {
		return nil, err
	}
	c, err := river.NewClient(d, &river.Config{Logger: log.With("component", "jobs"), MaxAttempts: maxAttempts})
	if err != nil {
		return nil, fmt.Errorf("jobs: inserter: %w", err)
	}
	return &Inserter{client: c}, nil
}

// EnqueueTx adds a job inside the GORM transaction tx (a store from Store.Tx).
func (i *Inserter) EnqueueTx(ctx context.Context, tx *store.Store, args river.JobArgs) error {
	sqlTx, ok := tx.DB().Statement.ConnPool.(*sql.Tx)
	if !ok {
		return errors.New("jobs: EnqueueTx needs a store inside a transaction")
	}
	if _, err := i.client.InsertTx(ctx, sqlTx, args, nil); err != nil {
		return fmt.Errorf("jobs: insert %s: %w", args.Kind(), err)
	}
	return nil
}

// Enqueue adds a job outside any transaction.
func (i *Inserter) Enqueue(ctx context.Context, args river.JobArgs) error {
	if _, err := i.client.Insert(ctx, args, nil); err != nil {
		return fmt.Errorf("jobs: insert %s: %w", args.Kind(), err)
	}
	return nil
}

// Queue works jobs, and enqueues them like an Inserter.
type Queue struct {
	*Inserter
	client   *river.Client[*sql.Tx]
	log      *slog.Logger
	listener *pgxpool.Pool
}

func driver(st *store.Store, listener *pgxpool.Pool) (riverdriver.Driver[*sql.Tx], error) {
	db, err := st.DB().DB()
	if err != nil {
		return nil, err
	}
	if st.Dialect() == store.DialectPostgres {
		if listener != nil {
			return riverdatabasesql.NewWithPgxListener(db, listener), nil
		}
		return riverdatabasesql.New(db), nil
	}
	return riversqlite.New(db), nil
}

// Migrate applies River's own versioned schema.
func Migrate(ctx context.Context, st *store.Store) error {
	d, err := driver(st, nil)
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

// New makes a queue whose client works the given workers once started. On PostgreSQL,
// postgresURL opens one extra connection that LISTENs, so a committed job starts at once
// instead of at the next poll.
func New(ctx context.Context, st *store.Store, postgresURL string, workers *river.Workers, log *slog.Logger) (*Queue, error) {
	q := &Queue{log: log}
	if st.Dialect() == store.DialectPostgres && postgresURL != "" {
		pc, err := pgxpool.ParseConfig(postgresURL)
		if err != nil {
			return nil, fmt.Errorf("jobs: listener config: %w", err)
		}
		pc.MinConns, pc.MaxConns = 0, 1
		if q.listener, err = pgxpool.NewWithConfig(ctx, pc); err != nil {
			return nil, fmt.Errorf("jobs: listener pool: %w", err)
		}
	}
	d, err := driver(st, q.listener)
	if err != nil {
		return nil, err
	}
	cfg := &river.Config{
		Workers: workers,
		Logger:  log.With("component", "jobs"),
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 4}, QueueWebhooks: {MaxWorkers: 4}},
		// Polling is the fallback when a notification is missed.
		FetchPollInterval: 500 * time.Millisecond,
		FetchCooldown:     20 * time.Millisecond,
		MaxAttempts:       maxAttempts,
		JobTimeout:        5 * time.Minute,
	}
	if st.Dialect() == store.DialectSQLite {
		// One writer at a time: one worker avoids queueing behind SQLite's lock.
		// Deliveries write only after their request, briefly, so they may wait on receivers in parallel.
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 1}, QueueWebhooks: {MaxWorkers: 2}}
	}
	c, err := river.NewClient(d, cfg)
	if err != nil {
		q.Close()
		return nil, fmt.Errorf("jobs: client: %w", err)
	}
	q.client, q.Inserter = c, &Inserter{client: c}
	return q, nil
}

// Close releases the listener connection; call it after Stop.
func (q *Queue) Close() {
	if q.listener != nil {
		q.listener.Close()
	}
}

// Start works jobs until ctx ends or Stop is called.
func (q *Queue) Start(ctx context.Context) error { return q.client.Start(ctx) }

// Stop waits for running jobs to finish.
func (q *Queue) Stop(ctx context.Context) error { return q.client.Stop(ctx) }
