package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Sweeper is periodic work that looks at the state of the data and acts on what is due at now:
// reminders, expiries, risk acceptances that lapse. A sweep must be idempotent and safe to run
// on two replicas at once, because River's periodic scheduler guarantees neither exactly one
// run per period nor one run at a time across a change of leader.
type Sweeper interface {
	Sweep(ctx context.Context, now time.Time) error
}

// Sweeps is the list of sweepers and the clock they are run with.
type Sweeps struct {
	now  func() time.Time
	log  *slog.Logger
	list []Named
}

// Named is a sweeper with the name that identifies it in logs and errors.
type Named struct {
	Name    string
	Sweeper Sweeper
}

// NewSweeps returns the sweeps that run list, in order, at now's time.
func NewSweeps(now func() time.Time, log *slog.Logger, list ...Named) *Sweeps {
	return &Sweeps{now: now, log: log, list: list}
}

// Run runs every sweeper once at the clock's current time. A failing sweeper does not keep the
// others from running; their errors are returned together.
func (s *Sweeps) Run(ctx context.Context) error {
	now := s.now()
	var errs []error
	for _, n := range s.list {
		start := time.Now()
		if err := n.Sweeper.Sweep(ctx, now); err != nil {
			errs = append(errs, fmt.Errorf("sweep %s: %w", n.Name, err))
			continue
		}
		s.log.Debug("sweep done", "sweeper", n.Name, "took", time.Since(start))
	}
	return errors.Join(errs...)
}

// SweepArgs is the periodic job that runs the sweepers.
type SweepArgs struct{}

// Kind names the job in River's table.
func (SweepArgs) Kind() string { return "sweep" }

// InsertOpts keeps at most one sweep waiting or running: a sweep that finds a backlog already
// queued adds nothing by being queued twice.
func (SweepArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByState: []rivertype.JobState{rivertype.JobStateAvailable,
		rivertype.JobStatePending, rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled}}}
}

// SweepWorker works SweepArgs jobs.
type SweepWorker struct {
	river.WorkerDefaults[SweepArgs]
	Sweeps *Sweeps
}

// Work runs every sweeper; River retries the job when one fails.
func (w *SweepWorker) Work(ctx context.Context, _ *river.Job[SweepArgs]) error {
	return w.Sweeps.Run(ctx)
}

// Every has the elected leader enqueue args every interval, and once when it becomes leader,
// so a sweep missed while no replica was running happens soon after the next start.
func (q *Queue) Every(interval time.Duration, args river.JobArgs) {
	q.client.PeriodicJobs().Add(river.NewPeriodicJob(river.PeriodicInterval(interval),
		func() (river.JobArgs, *river.InsertOpts) { return args, nil },
		&river.PeriodicJobOpts{ID: args.Kind(), RunOnStart: true}))
}
