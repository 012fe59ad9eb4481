package assessments

import (
	"context"
	"errors"
	"fmt"
	"time"

	"assay/app/questionnaire"
	"assay/app/store"
)

// BundleFormat names the version of the export format.
const BundleFormat = "assay-assessment/1"

// Bundle is a whole assessment as one JSON document: what was asked (the questionnaire's
// source), what was answered, every file's hash and facts, and the result with the inputs it
// was computed from. `assay score` reads it back and recomputes the result offline.
type Bundle struct {
	Format        string              `json:"format"`
	ExportedAt    time.Time           `json:"exported_at"`
	Assessment    BundleAssessment    `json:"assessment"`
	Questionnaire BundleQuestionnaire `json:"questionnaire"`
	Inputs        store.ScoreInputs   `json:"inputs"`
	Evidence      []BundleEvidence    `json:"evidence"`
	Result        *store.Result       `json:"result,omitempty"`
}

// BundleAssessment identifies the assessment and its vendor.
type BundleAssessment struct {
	ID          uint       `json:"id"`
	Vendor      string     `json:"vendor"`
	VendorID    uint       `json:"vendor_id"`
	Status      string     `json:"status"`
	DueOn       string     `json:"due_on"`
	SubmittedAt *time.Time `json:"submitted_at"`
	SubmittedBy string     `json:"submitted_by"`
}

// BundleQuestionnaire pins the exact questionnaire version, with its source for offline use.
type BundleQuestionnaire struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Hash    string `json:"hash"`
	Source  string `json:"source"`
}

// BundleEvidence describes one file: its hash lets an auditor match the file they hold.
type BundleEvidence struct {
	ID           uint                        `json:"id"`
	QuestionID   string                      `json:"question_id"`
	Filename     string                      `json:"filename"`
	Size         int64                       `json:"size"`
	Kind         string                      `json:"type"`
	SHA256       string                      `json:"sha256"`
	Status       string                      `json:"status"`
	ExtractError string                      `json:"extract_error,omitempty"`
	Facts        map[string]any              `json:"facts"`
	Corrections  map[string]store.Correction `json:"corrections"`
}

// Export builds the bundle of an assessment. The inputs are those of the latest result when
// there is one (so the bundle reproduces it), else the current state.
func (s *Service) Export(ctx context.Context, assessmentID uint) (Bundle, error) {
	st, err := s.State(ctx, assessmentID)
	if err != nil {
		return Bundle{}, err
	}
	a := st.Assessment
	src, err := s.Store.QuestionnaireSource(ctx, a.QuestionnaireHash)
	if err != nil {
		return Bundle{}, err
	}
	b := Bundle{Format: BundleFormat, ExportedAt: s.Now(),
		Assessment: BundleAssessment{ID: a.ID, VendorID: a.VendorID, Status: a.Status, DueOn: a.DueOn.Format("2006-01-02"),
			SubmittedAt: a.SubmittedAt, SubmittedBy: a.SubmittedBy},
		Questionnaire: BundleQuestionnaire{ID: src.QuestionnaireID, Version: src.Version, Hash: src.Hash, Source: src.Source},
		Evidence:      []BundleEvidence{}}
	if a.Vendor != nil {
		b.Assessment.Vendor = a.Vendor.Name
	}
	files, err := s.Store.EvidenceList(ctx, a.ID)
	if err != nil {
		return Bundle{}, err
	}
	for _, f := range files {
		b.Evidence = append(b.Evidence, BundleEvidence{ID: f.ID, QuestionID: f.QuestionID, Filename: f.Filename, Size: f.Size,
			Kind: f.Kind, SHA256: f.SHA256, Status: f.Status, ExtractError: f.ExtractError, Facts: f.Facts, Corrections: f.Corrections})
	}
	switch r, err := s.Store.LatestResult(ctx, a.ID); {
	case err == nil:
		b.Result, b.Inputs = &r, r.Inputs
	case errors.Is(err, store.ErrNotFound):
		if b.Inputs, err = s.inputs(ctx, st); err != nil {
			return Bundle{}, err
		}
	default:
		return Bundle{}, err
	}
	return b, nil
}

// ScoreBundle recomputes a bundle's result from its own questionnaire source and inputs.
func ScoreBundle(b Bundle) (store.Result, error) {
	if b.Format != BundleFormat {
		return store.Result{}, fmt.Errorf("assessments: bundle format %q is not %q", b.Format, BundleFormat)
	}
	def, err := questionnaire.Parse(b.Questionnaire.ID+".yaml", []byte(b.Questionnaire.Source))
	if err != nil {
		return store.Result{}, err
	}
	if def.Hash != b.Questionnaire.Hash {
		return store.Result{}, fmt.Errorf("assessments: questionnaire source does not match its hash %s", b.Questionnaire.Hash)
	}
	if b.Inputs.Now.IsZero() {
		return store.Result{}, errors.New("assessments: bundle inputs carry no scoring time")
	}
	r, err := Compute(def, b.Inputs)
	r.AssessmentID = b.Assessment.ID
	return r, err
}
