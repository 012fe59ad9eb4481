package webhooks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/riverqueue/river"

	"assay/app/jobs"
	"assay/app/model"
)

// retryWindow is how long after its event (or a "send again") a failing delivery is retried.
const retryWindow = 24 * time.Hour

// maxJobAttempts bounds a delivery job's attempts whatever the backoff; the window ends it
// first with the default 30 s backoff (13 attempts in the day).
const maxJobAttempts = 40

// DeliverArgs is the job that sends one delivery.
type DeliverArgs struct {
	DeliveryID uint `json:"delivery_id"`
	// Manual marks a delivery an admin sent again.
	Manual bool `json:"manual,omitempty"`
}

// Kind names the job in River's table.
func (DeliverArgs) Kind() string { return "webhook_deliver" }

// InsertOpts puts deliveries on a queue of their own, so a slow receiver never holds up the
// reading and scoring of evidence.
func (DeliverArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: jobs.QueueWebhooks, MaxAttempts: maxJobAttempts}
}

// AddWorkers registers the delivery worker, before the queue that works it is made.
func (s *Service) AddWorkers(ws *river.Workers) { river.AddWorker(ws, &deliverWorker{s: s}) }

type deliverWorker struct {
	river.WorkerDefaults[DeliverArgs]
	s *Service
}

func (w *deliverWorker) Timeout(*river.Job[DeliverArgs]) time.Duration {
	return w.s.Timeout + 30*time.Second
}

// NextRetry doubles the wait after each failed attempt, the last one at the end of the day.
func (w *deliverWorker) NextRetry(j *river.Job[DeliverArgs]) time.Time {
	next, _ := nextAttempt(j.CreatedAt, time.Now(), j.Attempt, w.s.RetryBase)
	return next
}

func (w *deliverWorker) Work(ctx context.Context, j *river.Job[DeliverArgs]) error {
	final := j.Attempt >= j.MaxAttempts
	return w.s.attempt(ctx, j.Args, j.CreatedAt, j.Attempt, final)
}

// nextAttempt is when attempt+1 should be made after attempt failed now, for a delivery
// queued at start: base·2^(attempt-1) later, but no later than a day after start, and
// never once the day is over.
func nextAttempt(start, now time.Time, attempt int, base time.Duration) (time.Time, bool) {
	deadline := start.Add(retryWindow)
	if !now.Before(deadline) {
		return time.Time{}, false
	}
	wait := retryWindow
	if attempt < 1 {
		attempt = 1
	}
	if attempt <= 30 && base<<(attempt-1) > 0 && base<<(attempt-1) < retryWindow {
		wait = base << (attempt - 1)
	}
	next := now.Add(wait)
	if next.After(deadline) {
		next = deadline
	}
	return next, true
}

// outcome is what one attempt came to.
type outcome struct {
	code int
	// problem says why the attempt failed; empty on success.
	problem string
	// permanent failures are not retried: trying again cannot change them.
	permanent bool
}

// attempt sends a delivery once and logs the attempt. A failure is returned for River to
// retry, or cancels the job when the day of retries is over.
func (s *Service) attempt(ctx context.Context, args DeliverArgs, queued time.Time, n int, final bool) error {
	d, err := s.Store.WebhookDelivery(ctx, args.DeliveryID)
	if errors.Is(err, model.ErrNotFound) {
		return river.JobCancel(fmt.Errorf("webhooks: delivery %d is gone (its endpoint was deleted)", args.DeliveryID))
	}
	if err != nil {
		return err
	}
	if d.Status == model.DeliverySucceeded && !args.Manual {
		return nil
	}
	e, err := s.Store.WebhookEndpoint(ctx, d.EndpointID)
	if errors.Is(err, model.ErrNotFound) {
		return river.JobCancel(fmt.Errorf("webhooks: endpoint %d is gone", d.EndpointID))
	}
	if err != nil {
		return err
	}
	started := time.Now()
	out := s.send(ctx, e, d)
	took := time.Since(started)
	now := s.Now()
	a := model.WebhookAttempt{DeliveryID: d.ID, At: now, DurationMS: took.Milliseconds(), StatusCode: out.code, Manual: args.Manual}
	cols := map[string]any{"last_attempt_at": now, "next_attempt_at": nil}
	var retry bool
	if out.problem == "" {
		a.Outcome = model.DeliverySucceeded
		cols["status"], cols["delivered_at"] = model.DeliverySucceeded, now
	} else {
		a.Outcome, a.Error = model.DeliveryFailed, out.problem
		next, again := nextAttempt(queued, time.Now(), n, s.RetryBase)
		retry = again && !out.permanent && !final
		if retry {
			cols["status"], cols["next_attempt_at"] = model.DeliveryRetrying, now.Add(time.Until(next))
		} else {
			cols["status"] = model.DeliveryFailed
		}
		// The endpoint's id, never its URL, whose path or query may itself be a secret.
		s.Log.Warn("webhook delivery failed", "endpoint_id", e.ID, "delivery_id", d.ID, "event", d.Event, "attempt", n,
			"status", out.code, "problem", out.problem, "retry", retry)
	}
	if err := s.Store.RecordWebhookAttempt(ctx, &a, cols); err != nil {
		if errors.Is(err, model.ErrNotFound) {
			return river.JobCancel(fmt.Errorf("webhooks: delivery %d is gone (its endpoint was deleted)", d.ID))
		}
		return err
	}
	switch {
	case out.problem == "":
		return nil
	case retry:
		return fmt.Errorf("webhooks: delivery %d: %s", d.ID, out.problem)
	default:
		return river.JobCancel(fmt.Errorf("webhooks: delivery %d failed for good: %s", d.ID, out.problem))
	}
}

// send posts the delivery's message, signed, to the endpoint.
func (s *Service) send(ctx context.Context, e model.WebhookEndpoint, d model.WebhookDelivery) outcome {
	secret, err := s.seal.open(e.URL, e.Secret)
	if err != nil {
		return outcome{problem: err.Error(), permanent: true}
	}
	body := []byte(d.Payload)
	// The moment of sending on the wall clock, not the app's: receivers check it against their
	// own clock to refuse replays.
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.URL, bytes.NewReader(body))
	if err != nil {
		return outcome{problem: "the endpoint's address cannot be used", permanent: true}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Assay-Webhooks/1")
	req.Header.Set("webhook-id", d.MessageID)
	req.Header.Set("webhook-timestamp", ts)
	req.Header.Set("webhook-signature", sign(secret, d.MessageID, ts, body))
	resp, err := s.client.Do(req)
	if err != nil {
		return s.failure(err)
	}
	defer resp.Body.Close()
	// Read a little of the answer so the connection can be reused; the body is not kept.
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return outcome{code: resp.StatusCode}
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		return outcome{code: resp.StatusCode, problem: fmt.Sprintf("answered %d, a redirect; redirects are not followed", resp.StatusCode)}
	}
	return outcome{code: resp.StatusCode, problem: fmt.Sprintf("answered %d", resp.StatusCode)}
}

// failure words a request that got no answer, without the URL the client's errors carry.
func (s *Service) failure(err error) outcome {
	var refused *refusedError
	if errors.As(err, &refused) {
		return outcome{problem: refused.Error(), permanent: true}
	}
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		return outcome{problem: fmt.Sprintf("no answer within %s", s.Timeout)}
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return outcome{problem: "could not send: " + err.Error()}
}
