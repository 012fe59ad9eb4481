package pipeline

import (
	"context"
	"encoding/json"
	"time"

	"github.com/riverqueue/river"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/scope"
	"assay/app/scoring"
	"assay/app/store"
	"assay/app/webhooks"
)

// scoreArgs is the job that scores a submitted assessment.
type scoreArgs struct {
	AssessmentID uint `json:"assessment_id"`
}

func (scoreArgs) Kind() string { return "score_assessment" }

// scoreWorker works scoreArgs jobs.
type scoreWorker struct {
	river.WorkerDefaults[scoreArgs]
	s *Service
}

// Work scores the assessment; an error makes River retry with backoff.
func (w *scoreWorker) Work(ctx context.Context, j *river.Job[scoreArgs]) error {
	_, err := w.s.Score(ctx, j.Args.AssessmentID)
	return err
}

// Score computes and stores a result for a submitted assessment. Scores of one assessment run
// one at a time and read their inputs under that lock, so a job that read the files before a
// reading committed cannot store its result after the rescore that reading asked for.
func (s *Service) Score(ctx context.Context, assessmentID uint) (model.Result, error) {
	// Loaded once outside the transaction so the questionnaire version is cached: SQLite's
	// single connection is held by the transaction below.
	if _, err := s.assessments.State(ctx, assessmentID); err != nil {
		return model.Result{}, err
	}
	var r model.Result
	err := s.store.Tx(ctx, func(tx *store.Store) error {
		st, err := s.assessments.LockedState(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		in, err := s.inputs(ctx, tx, st)
		if err != nil {
			return err
		}
		// Several files read after one submission each ask for a new score; when nothing the
		// score depends on has changed since the last one (the same day, so day counts agree),
		// the stored result stands and no duplicate is added to the history.
		if last, err := tx.LatestResult(ctx, assessmentID); err == nil && last.QuestionnaireHash == st.Assessment.QuestionnaireHash &&
			sameInputs(last.Inputs, in) {
			r = last
			// A resubmission that changed nothing the score depends on is scored all the same.
			if st.Assessment.Status != model.StatusSubmitted {
				return nil
			}
			if err := tx.SetAssessmentStatus(ctx, assessmentID, model.StatusScored, model.StatusSubmitted); err != nil {
				return err
			}
			if err := tx.RefreshVendorSummary(ctx, st.Assessment.VendorID); err != nil {
				return err
			}
			return s.webhooks.EmitTx(ctx, tx, model.EventAssessmentScored, webhooks.Scored(st.Assessment, r))
		}
		if r, err = Compute(st.Definition, in); err != nil {
			return err
		}
		r.AssessmentID = assessmentID
		if err := tx.CreateResult(ctx, &r); err != nil {
			return err
		}
		if err := tx.RefreshVendorSummary(ctx, st.Assessment.VendorID); err != nil {
			return err
		}
		if s.findings != nil {
			if err := s.findings.Sync(ctx, tx, st.Assessment, r); err != nil {
				return err
			}
		}
		ids := make([]string, len(r.RedFlags))
		for i, f := range r.RedFlags {
			ids[i] = f.ID
		}
		if err := audit.Record(ctx, tx, audit.System, audit.Event{Action: "assessment.score", ObjectType: "result", ObjectID: r.ID,
			Assessment: assessmentID, Detail: map[string]any{"score": r.Score, "rating": r.Rating, "red_flags": ids,
				"engine": r.EngineVersion, "questionnaire_version": r.QuestionnaireVersion}}, in.Now); err != nil {
			return err
		}
		return s.webhooks.EmitTx(ctx, tx, model.EventAssessmentScored, webhooks.Scored(st.Assessment, r))
	})
	return r, err
}

// inputs gathers what the engine needs: answers, every file's facts with analysts'
// corrections applied, and the services bought from the vendor.
func (s *Service) inputs(ctx context.Context, db *store.Store, st assessments.State) (model.ScoreInputs, error) {
	v, err := db.Vendor(ctx, st.Assessment.VendorID)
	if err != nil {
		return model.ScoreInputs{}, err
	}
	files, err := db.EvidenceList(ctx, st.Assessment.ID)
	if err != nil {
		return model.ScoreInputs{}, err
	}
	in := model.ScoreInputs{Now: s.now(), Answers: st.Values(), Evidence: []scoring.Evidence{}, Services: []scoring.Service{}}
	for _, e := range files {
		in.Evidence = append(in.Evidence, scoring.Evidence{ID: e.ID, QuestionID: e.QuestionID, Filename: e.Filename,
			Status: e.Status, Facts: e.EffectiveFacts()})
	}
	for _, sv := range v.Services {
		in.Services = append(in.Services, scoring.Service{Name: sv.Name, Keywords: nonNil(sv.Keywords)})
	}
	return in, nil
}

// engineInput is what the engine is given for a result's stored inputs.
func engineInput(def *questionnaire.Definition, in model.ScoreInputs) scoring.Input {
	return scoring.Input{Definition: def, Answers: in.Answers, Evidence: in.Evidence, Services: in.Services, Now: in.Now}
}

// Explain is the breakdown of the result Compute gives for the same inputs: the points per
// section and question and the red flags that set the rating. Results are not stored with
// it, since it is recomputed from their inputs exactly.
func Explain(def *questionnaire.Definition, in model.ScoreInputs) (scoring.Breakdown, error) {
	return scoring.Explain(engineInput(def, in))
}

// Compute scores inputs against the questionnaire version def. It is pure, so a stored
// result can be reproduced from its inputs, offline too (assay score).
func Compute(def *questionnaire.Definition, in model.ScoreInputs) (model.Result, error) {
	res, err := scoring.Score(engineInput(def, in))
	if err != nil {
		return model.Result{}, err
	}
	r := model.Result{Score: res.Score, Rating: res.Rating, EngineVersion: res.EngineVersion,
		QuestionnaireVersion: res.QuestionnaireVersion, QuestionnaireHash: res.QuestionnaireHash, ComputedAt: in.Now,
		RedFlags: res.RedFlags, Certificate: res.Certificate, Inputs: in}
	// Stored lists are [] rather than null so API clients need no special case.
	if r.RedFlags == nil {
		r.RedFlags = []scoring.RedFlag{}
	}
	for i := range r.RedFlags {
		r.RedFlags[i].QuestionIDs = nonNil(r.RedFlags[i].QuestionIDs)
		if r.RedFlags[i].EvidenceIDs == nil {
			r.RedFlags[i].EvidenceIDs = []uint{}
		}
	}
	r.Certificate.CoveredServices = nonNil(r.Certificate.CoveredServices)
	r.Certificate.UncoveredServices = nonNil(r.Certificate.UncoveredServices)
	r.Certificate.UncertainServices = nonNil(r.Certificate.UncertainServices)
	if r.Certificate.Coverage == nil {
		r.Certificate.Coverage = []scope.Coverage{}
	}
	return r, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// sameInputs reports whether two score inputs are equal apart from the moment within one day.
func sameInputs(a, b model.ScoreInputs) bool {
	if a.Now.UTC().Format(time.DateOnly) != b.Now.UTC().Format(time.DateOnly) {
		return false
	}
	a.Now, b.Now = time.Time{}, time.Time{}
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}
