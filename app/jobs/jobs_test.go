package jobs_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"assay/app/apptest"
	"assay/app/jobs"
	"assay/app/store"
)

type pingArgs struct {
	N int `json:"n"`
}

func (pingArgs) Kind() string { return "ping" }

type pingWorker struct {
	river.WorkerDefaults[pingArgs]
	got chan int
}

func (w *pingWorker) Work(ctx context.Context, j *river.Job[pingArgs]) error {
	w.got <- j.Args.N
	return nil
}

var discard = slog.New(slog.NewTextHandler(io.Discard, nil))

// newPingQueue makes a queue that works ping jobs, once started, into the worker's channel.
func newPingQueue(t *testing.T, st *store.Store) (*jobs.Queue, *pingWorker) {
	t.Helper()
	w := &pingWorker{got: make(chan int, 4)}
	ws := river.NewWorkers()
	river.AddWorker(ws, w)
	q, err := jobs.New(context.Background(), st, "", ws, discard)
	if err != nil {
		t.Fatal(err)
	}
	return q, w
}

func TestJobCommittedWithTransactionRuns(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		if err := jobs.Migrate(ctx, st); err != nil {
			t.Fatal(err)
		}
		q, w := newPingQueue(t, st)
		// A rolled-back transaction leaves no job behind.
		st.Tx(ctx, func(tx *store.Store) error {
			if err := q.EnqueueTx(ctx, tx, pingArgs{N: 1}); err != nil {
				t.Fatal(err)
			}
			return context.Canceled
		})
		if err := st.Tx(ctx, func(tx *store.Store) error { return q.EnqueueTx(ctx, tx, pingArgs{N: 2}) }); err != nil {
			t.Fatal(err)
		}
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(ctx)
		select {
		case n := <-w.got:
			if n != 2 {
				t.Fatalf("worked job %d, want only the committed one", n)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("job not worked")
		}
		select {
		case n := <-w.got:
			t.Fatalf("rolled-back job %d was worked", n)
		case <-time.After(500 * time.Millisecond):
		}
	})
}

// TestInserterBeforeWorkers enqueues through an Inserter made before any worker existed, as
// the services do, and the Queue made afterwards works the job.
func TestInserterBeforeWorkers(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		if err := jobs.Migrate(ctx, st); err != nil {
			t.Fatal(err)
		}
		ins, err := jobs.NewInserter(st, discard)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Tx(ctx, func(tx *store.Store) error { return ins.EnqueueTx(ctx, tx, pingArgs{N: 3}) }); err != nil {
			t.Fatal(err)
		}
		q, w := newPingQueue(t, st)
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(ctx)
		select {
		case n := <-w.got:
			if n != 3 {
				t.Fatalf("worked job %d, want 3", n)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("job inserted before the workers existed was not worked")
		}
	})
}
