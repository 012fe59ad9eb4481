package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/model"
	"assay/app/reading"
	"assay/app/reading/facts"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/webhooks"
)

// extractArgs is the job that reads one uploaded file into facts.
type extractArgs struct {
	AssessmentID uint `json:"assessment_id"`
	EvidenceID   uint `json:"evidence_id"`
}

func (extractArgs) Kind() string { return "extract_evidence" }

// extractWorker works extractArgs jobs.
type extractWorker struct {
	river.WorkerDefaults[extractArgs]
	s *Service
}

// Timeout bounds one reading: the reading's own limits end it sooner,
// OCR of a multi-page scan included, and a minute is left for storing it.
func (w *extractWorker) Timeout(*river.Job[extractArgs]) time.Duration {
	return w.s.limits.MaxDuration() + time.Minute
}

// Work reads the file. A file that cannot be read (a scan, a zip bomb, a broken table) is
// marked failed with the reason at once; other errors are retried, and on the last attempt the
// file is marked failed too, so it never stays "being read" forever. The upload is never lost.
func (w *extractWorker) Work(ctx context.Context, j *river.Job[extractArgs]) error {
	err := w.s.Extract(ctx, j.Args.AssessmentID, j.Args.EvidenceID)
	var ue *reading.UnreadableError
	switch {
	case err == nil, errors.Is(err, model.ErrNotFound):
		return nil
	case errors.As(err, &ue):
		return w.s.markUnreadable(ctx, j.Args.AssessmentID, j.Args.EvidenceID, ue.Reason)
	case j.Attempt >= j.MaxAttempts:
		w.s.log.Error("read evidence: giving up", "evidence_id", j.Args.EvidenceID, "error", err)
		return w.s.markUnreadable(ctx, j.Args.AssessmentID, j.Args.EvidenceID, "could not be read after several attempts")
	}
	return err
}

// Extract reads one stored file into facts and, when the assessment has been submitted,
// queues a new score so the result follows the evidence.
func (s *Service) Extract(ctx context.Context, assessmentID, evidenceID uint) error {
	e, err := s.store.Evidence(ctx, assessmentID, evidenceID)
	if err != nil {
		return err
	}
	// The slot is taken before the file is copied out, so waiting jobs hold neither memory nor
	// disk; a job whose time runs out while waiting is retried later.
	select {
	case s.readings <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("pipeline: wait for a reading slot: %w", ctx.Err())
	}
	defer func() { <-s.readings }()
	f, err := s.spool(ctx, e)
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	now := s.now()
	got, err := ReadFacts(ctx, e.QuestionID, e.Kind, f, e.Size, now, s.limits)
	if err != nil {
		return err
	}
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetEvidenceFacts(ctx, assessmentID, e.ID, model.EvidenceExtracted, got, "", now); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.System, audit.Event{Action: "evidence.read", ObjectType: "evidence", ObjectID: e.ID,
			Assessment: assessmentID, Detail: map[string]any{"facts": len(got.Values())}}, now); err != nil {
			return err
		}
		if err := s.webhooks.EmitTx(ctx, tx, model.EventEvidenceRead, webhooks.Read(e, model.EvidenceExtracted, len(got.Values()))); err != nil {
			return err
		}
		return s.QueueRescoreTx(ctx, tx, assessmentID)
	})
}

func (s *Service) markUnreadable(ctx context.Context, assessmentID, evidenceID uint, reason string) error {
	now := s.now()
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetEvidenceFacts(ctx, assessmentID, evidenceID, model.EvidenceFailed, evidence.Facts{}, reason, now); err != nil {
			if errors.Is(err, model.ErrNotFound) {
				return nil
			}
			return err
		}
		if err := audit.Record(ctx, tx, audit.System, audit.Event{Action: "evidence.unreadable", ObjectType: "evidence",
			ObjectID: evidenceID, Assessment: assessmentID, Detail: map[string]any{"reason": reason}}, now); err != nil {
			return err
		}
		e, err := tx.Evidence(ctx, assessmentID, evidenceID)
		if err != nil {
			return err
		}
		if err := s.webhooks.EmitTx(ctx, tx, model.EventEvidenceRead, webhooks.Read(e, model.EvidenceFailed, 0)); err != nil {
			return err
		}
		return s.QueueRescoreTx(ctx, tx, assessmentID)
	})
}

// QueueRescoreTx queues a new score within tx when the assessment already has answers to score,
// so the result follows a change to its files' facts.
func (s *Service) QueueRescoreTx(ctx context.Context, tx *store.Store, assessmentID uint) error {
	a, err := tx.Assessment(ctx, assessmentID)
	if err != nil {
		return err
	}
	if a.Status != model.StatusSubmitted && a.Status != model.StatusScored {
		return nil
	}
	return s.QueueScoreTx(ctx, tx, assessmentID)
}

// spool copies a stored object to a temporary file: the readers need random access (PDF
// cross-reference tables, zip directories at the end), which S3 streams do not give. The copy
// is checked against the SHA-256 recorded at upload: a file the store no longer holds as it
// was received is unreadable, said so, and never read as the vendor's evidence.
func (s *Service) spool(ctx context.Context, e model.Evidence) (*os.File, error) {
	_, rc, err := storage.OpenFound(ctx, s.evidence, e, nil)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	f, err := os.CreateTemp("", "assay-evidence-*")
	if err != nil {
		return nil, err
	}
	n, err := io.Copy(f, io.LimitReader(rc, e.Size+1))
	switch {
	case errors.Is(err, storage.ErrChanged):
		// Not a failure a retry mends: the store holds other bytes than the vendor sent.
		err = &reading.UnreadableError{Reason: "the stored file is not the one the vendor uploaded: its SHA-256 or size differs from what was recorded at upload (changed in the store or on the way back); ask the vendor to upload it again"}
	case err == nil && n != e.Size:
		err = fmt.Errorf("pipeline: object %d has %d bytes, %d recorded", e.ID, n, e.Size)
	}
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}

// ReadFacts reads one file's facts: its text and tables, then what the evidence question
// needs from them, within lim (which carries the OCR engine). Errors a retry cannot fix are
// *reading.UnreadableError. The server's job and `assay score --files` both read files through
// here, so offline results match.
func ReadFacts(ctx context.Context, questionID, kind string, r io.ReaderAt, size int64, now time.Time, lim reading.Limits) (evidence.Facts, error) {
	doc, err := reading.Read(ctx, r, size, kind, lim)
	if err != nil {
		return evidence.Facts{}, err
	}
	got, err := facts.For(questionID, doc)
	if err != nil {
		// The reading is deterministic: a file whose content makes no sense now never will.
		return evidence.Facts{}, &reading.UnreadableError{Reason: strings.TrimPrefix(err.Error(), "facts: ")}
	}
	if a := got.Acknowledgements; a != nil {
		if share, ok := facts.AcknowledgementShare(*a, now); ok {
			a.SignedLast365DaysShare = evidence.Fact[float64]{Value: share, Known: true}
		}
	}
	return got, nil
}
