package responses

import (
	"context"
	"fmt"
	"io"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/validate"
)

// Upload streams a file for an evidence question into the evidence store and records it. A
// failure at any step leaves neither a record nor an object behind.
func (s *Service) Upload(ctx context.Context, assessmentID uint, questionID, filename string, r io.Reader, actor audit.Actor) (assessments.EvidenceView, error) {
	a, err := s.store.Assessment(ctx, assessmentID)
	if err != nil {
		return assessments.EvidenceView{}, err
	}
	def, err := s.questionnaires.Pinned(ctx, a.QuestionnaireHash)
	if err != nil {
		return assessments.EvidenceView{}, err
	}
	q, ok := def.Question(questionID)
	if !ok || q.Type != questionnaire.TypeEvidence {
		return assessments.EvidenceView{}, &validate.Error{Fields: map[string]string{"question_id": "Choose an evidence question of this questionnaire."}}
	}
	if err := s.mayChangeFiles(ctx, a, questionID); err != nil {
		return assessments.EvidenceView{}, err
	}
	// Counted before a byte is stored, and again with the record, where it holds under races.
	if err := s.roomForFile(ctx, s.store, a.ID, questionID); err != nil {
		return assessments.EvidenceView{}, err
	}
	allowed := make([]storage.Kind, 0, len(q.Accept))
	for _, k := range q.Accept {
		allowed = append(allowed, storage.Kind(k))
	}
	if len(allowed) == 0 {
		allowed = storage.AllKinds
	}
	now := s.now()
	key := storage.NewKey("evidence", now)
	rec, err := storage.Receive(ctx, s.evidence, key, r, s.maxUploadBytes, allowed)
	if err != nil {
		return assessments.EvidenceView{}, err
	}
	e := model.Evidence{AssessmentID: a.ID, QuestionID: questionID, StoredFile: rec.File(key, filename),
		Status: model.EvidenceStored, UploadedBy: actor.Label, CreatedAt: now}
	err = s.store.Tx(ctx, func(tx *store.Store) error {
		// Decided again under the lock: a submission that committed while the file streamed
		// has closed the questionnaire, and the file is not added to the submitted answers.
		a, err := s.lockedForFiles(ctx, tx, a.ID, actor, questionID)
		if err != nil {
			return err
		}
		if err := s.roomForFile(ctx, tx, a.ID, questionID); err != nil {
			return err
		}
		if err := tx.CreateEvidence(ctx, &e); err != nil {
			return err
		}
		if err := start(ctx, tx, a); err != nil {
			return err
		}
		detail := map[string]any{"question_id": questionID, "filename": e.Filename, "size": e.Size, "type": e.Kind, "sha256": e.SHA256}
		if e.VersionID != "" {
			// The version the store wrote: the one downloads and readings open.
			detail["version_id"] = e.VersionID
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "evidence.upload", ObjectType: "evidence", ObjectID: e.ID,
			Assessment: a.ID, Detail: detail}, now); err != nil {
			return err
		}
		return s.pipeline.QueueReadTx(ctx, tx, a.ID, e.ID)
	})
	if err != nil {
		// The context may be the cancelled request's; the cleanup must still run.
		if derr := s.evidence.Delete(context.WithoutCancel(ctx), key); derr != nil {
			s.log.Error("remove object of failed upload", "key", key, "error", derr)
		}
		return assessments.EvidenceView{}, err
	}
	return assessments.ViewOf(e), nil
}

// FileLimits cap the number of files per question and per assessment.
type FileLimits struct {
	PerQuestion, PerAssessment int
}

// roomForFile refuses a file beyond the caps, with a message on the file field.
func (s *Service) roomForFile(ctx context.Context, st *store.Store, assessmentID uint, questionID string) error {
	question, total, err := st.EvidenceCounts(ctx, assessmentID, questionID)
	if err != nil {
		return err
	}
	switch {
	case question >= int64(s.maxFiles.PerQuestion):
		return &validate.Error{Fields: map[string]string{"file": fmt.Sprintf(
			"This question already has %d files, the most it takes. Remove one to add another.", s.maxFiles.PerQuestion)}}
	case total >= int64(s.maxFiles.PerAssessment):
		return &validate.Error{Fields: map[string]string{"file": fmt.Sprintf(
			"This questionnaire already has %d files, the most it takes. Remove one to add another.", s.maxFiles.PerAssessment)}}
	}
	return nil
}

// RemoveEvidence deletes a file the vendor uploaded, before submission.
func (s *Service) RemoveEvidence(ctx context.Context, assessmentID, evidenceID uint, actor audit.Actor) error {
	var e model.Evidence
	err := s.store.Tx(ctx, func(tx *store.Store) error {
		// Decided under the lock, so that a file is never taken from submitted answers.
		var err error
		if e, err = tx.Evidence(ctx, assessmentID, evidenceID); err != nil {
			return err
		}
		if _, err := s.lockedForFiles(ctx, tx, assessmentID, actor, e.QuestionID); err != nil {
			return err
		}
		if err := tx.DeleteEvidence(ctx, assessmentID, e.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, actor, audit.Event{Action: "evidence.remove", ObjectType: "evidence", ObjectID: e.ID,
			Assessment: assessmentID, Detail: map[string]any{"question_id": e.QuestionID, "filename": e.Filename, "sha256": e.SHA256}}, s.now())
	})
	if err != nil {
		return err
	}
	if err := s.evidence.Delete(context.WithoutCancel(ctx), e.ObjectKey); err != nil {
		s.log.Error("remove evidence object", "evidence_id", e.ID, "error", err)
	}
	return nil
}

// OpenEvidence returns a file's record and content, checked to belong to the assessment and,
// as it is read, to be the file received (storage.OpenFound).
func (s *Service) OpenEvidence(ctx context.Context, assessmentID, evidenceID uint) (model.Evidence, io.ReadCloser, error) {
	e, err := s.store.Evidence(ctx, assessmentID, evidenceID)
	return storage.OpenFound(ctx, s.evidence, e, err)
}
