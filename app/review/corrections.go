package review

import (
	"context"
	"errors"
	"strings"

	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/model"
	"assay/app/store"
	"assay/app/validate"
)

// CorrectionInput is an analyst's fix to one fact of one file. An empty value withdraws an
// earlier correction, so the extracted value counts again.
type CorrectionInput struct {
	Fact   string `json:"fact" validate:"required,max=100"`
	Value  string `json:"value" validate:"max=2000"`
	Reason string `json:"reason" validate:"required,max=1000"`
}

// CorrectFact records a correction beside the extracted value, with who and why, and rescores
// a submitted assessment so the result uses it.
func (s *Service) CorrectFact(ctx context.Context, assessmentID, evidenceID uint, in CorrectionInput, actor audit.Actor) error {
	in.Fact, in.Value, in.Reason = strings.TrimSpace(in.Fact), strings.TrimSpace(in.Value), strings.TrimSpace(in.Reason)
	if err := validate.Struct(in); err != nil {
		return err
	}
	e, err := s.store.Evidence(ctx, assessmentID, evidenceID)
	if err != nil {
		return err
	}
	extracted := e.Facts.Values()[in.Fact]
	cs := e.Corrections
	if cs == nil {
		cs = map[string]model.Correction{}
	}
	now := s.now()
	if in.Value == "" {
		delete(cs, in.Fact)
	} else {
		f := e.Facts.For(e.QuestionID)
		v, err := f.Correct(in.Fact, in.Value)
		if err != nil {
			return correctionError(err)
		}
		cs[in.Fact] = model.Correction{Value: v, Extracted: extracted, By: actor.Label, Reason: in.Reason, At: now}
	}
	return s.store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetEvidenceCorrections(ctx, assessmentID, evidenceID, cs); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "evidence.correct", ObjectType: "evidence", ObjectID: evidenceID,
			Assessment: assessmentID, Detail: map[string]any{"fact": in.Fact, "value": in.Value, "extracted": extracted,
				"reason": in.Reason}}, now); err != nil {
			return err
		}
		return s.pipeline.QueueRescoreTx(ctx, tx, assessmentID)
	})
}

// correctionError turns a correction that does not fit its fact into the form's message: on
// the fact when the file has no such fact, on the value when it is not of the fact's type.
func correctionError(err error) error {
	var ce *evidence.CorrectionError
	if !errors.As(err, &ce) {
		return err
	}
	field := "value"
	if ce.Unknown {
		field = "fact"
	}
	return &validate.Error{Fields: map[string]string{field: ce.Message}}
}
