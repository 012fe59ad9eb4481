package review

import (
	"context"
	"strconv"
	"strings"
	"time"

	"assay/app/audit"
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
	extracted := e.Facts[in.Fact]
	cs := e.Corrections
	if cs == nil {
		cs = map[string]model.Correction{}
	}
	now := s.now()
	if in.Value == "" {
		delete(cs, in.Fact)
	} else {
		v, err := factValue(in.Fact, in.Value, extracted)
		if err != nil {
			return err
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

// factValue parses a typed-in correction as the kind of value the fact holds: a number for
// rates and counts, a date for dates, yes/no for flags, text otherwise.
func factValue(fact, raw string, extracted any) (any, error) {
	bad := func(msg string) error { return &validate.Error{Fields: map[string]string{"value": msg}} }
	isDate := strings.HasSuffix(fact, "_on") || strings.HasSuffix(fact, "_date") || strings.HasPrefix(fact, "newest_") ||
		strings.HasPrefix(fact, "oldest_")
	switch {
	case strings.HasPrefix(fact, "coverage:"):
		if raw != "covered" && raw != "uncovered" {
			return nil, bad("Choose covered or uncovered.")
		}
		return raw, nil
	case isDate:
		if _, err := time.Parse("2006-01-02", raw); err != nil {
			return nil, bad("Enter the date as YYYY-MM-DD.")
		}
		return raw, nil
	}
	switch extracted.(type) {
	case float64:
		n, err := strconv.ParseFloat(strings.TrimSuffix(raw, "%"), 64)
		if err != nil {
			return nil, bad("Enter a number.")
		}
		return n, nil
	case bool:
		switch strings.ToLower(raw) {
		case "yes", "true":
			return true, nil
		case "no", "false":
			return false, nil
		}
		return nil, bad("Enter yes or no.")
	}
	if n, err := strconv.ParseFloat(raw, 64); err == nil && (fact == "completion_rate" || fact == "people" || fact == "completed") {
		return n, nil
	}
	return raw, nil
}
