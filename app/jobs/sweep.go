package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
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

// Sweeps is the list of registered sweepers and the clock they are run with.
type Sweeps struct {
	Now func() time.Time
	Log *slog.Logger

	mu   sync.Mutex
	list []namedSweeper
}

type namedSweeper struct {
	name string
	s    Sweeper
}

// Register adds a sweeper; name identifies it in logs and errors.
func (s *Sweeps) Register(name string, sw Sweeper) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.list = append(s.list, namedSweeper{name, sw})
}

// Run runs every sweeper once at the clock's current time. A failing sweeper does not keep the
// others from running; their errors are returned together.
func (s *Sweeps) Run(ctx context.Context) error {
	s.mu.Lock()
	list := append([]namedSweeper(nil), s.list...)
	s.mu.Unlock()
	now := s.Now()
	var errs []error
	for _, n := range list {
		start := time.Now()
		if err := n.s.Sweep(ctx, now); err != nil {
			errs = append(errs, fmt.Errorf("sweep %s: %w", n.name, err))
			continue
		}
		s.Log.Debug("sweep done", "sweeper", n.name, "took", time.Since(start))
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
