package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"assay/app/assessments"
	"assay/app/evidence"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reading"
	"assay/app/scoring"
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
	Inputs        model.ScoreInputs   `json:"inputs"`
	Evidence      []BundleEvidence    `json:"evidence"`
	Result        *model.Result       `json:"result,omitempty"`
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
	assessments.File
	ExtractError string                      `json:"extract_error,omitempty"`
	Facts        evidence.Facts              `json:"facts"`
	Corrections  map[string]model.Correction `json:"corrections"`
}

// Export builds the bundle of an assessment. The inputs are those of the latest result when
// there is one (so the bundle reproduces it), else the current state.
func (s *Service) Export(ctx context.Context, assessmentID uint) (Bundle, error) {
	b, _, err := s.export(ctx, assessmentID)
	return b, err
}

// export builds the bundle with the state it was built from.
func (s *Service) export(ctx context.Context, assessmentID uint) (Bundle, assessments.State, error) {
	st, err := s.assessments.State(ctx, assessmentID)
	if err != nil {
		return Bundle{}, st, err
	}
	a := st.Assessment
	src, err := s.store.QuestionnaireSource(ctx, a.QuestionnaireHash)
	if err != nil {
		return Bundle{}, st, err
	}
	b := Bundle{Format: BundleFormat, ExportedAt: s.now(),
		Assessment: BundleAssessment{ID: a.ID, VendorID: a.VendorID, Status: a.Status, DueOn: a.DueOn.Format("2006-01-02"),
			SubmittedAt: a.SubmittedAt, SubmittedBy: a.SubmittedBy},
		Questionnaire: BundleQuestionnaire{ID: src.QuestionnaireID, Version: src.Version, Hash: src.Hash, Source: src.Source},
		Evidence:      []BundleEvidence{}}
	if a.Vendor != nil {
		b.Assessment.Vendor = a.Vendor.Name
	}
	files, err := s.store.EvidenceList(ctx, a.ID)
	if err != nil {
		return Bundle{}, st, err
	}
	for _, f := range files {
		b.Evidence = append(b.Evidence, BundleEvidence{File: assessments.FileOf(f), ExtractError: f.ExtractError, Facts: f.Facts, Corrections: f.Corrections})
	}
	switch r, err := s.store.LatestResult(ctx, a.ID); {
	case err == nil:
		b.Result, b.Inputs = &r, r.Inputs
	case errors.Is(err, model.ErrNotFound):
		if b.Inputs, err = s.inputs(ctx, s.store, st); err != nil {
			return Bundle{}, st, err
		}
	default:
		return Bundle{}, st, err
	}
	return b, st, nil
}

// ScoreBundle recomputes a bundle's result from its own questionnaire source and inputs.
func ScoreBundle(b Bundle) (model.Result, error) {
	if b.Format != BundleFormat {
		return model.Result{}, fmt.Errorf("pipeline: bundle format %q is not %q", b.Format, BundleFormat)
	}
	def, err := questionnaire.Parse(b.Questionnaire.ID+".yaml", []byte(b.Questionnaire.Source))
	if err != nil {
		return model.Result{}, err
	}
	if def.Hash != b.Questionnaire.Hash {
		return model.Result{}, fmt.Errorf("pipeline: questionnaire source does not match its hash %s", b.Questionnaire.Hash)
	}
	if b.Inputs.Now.IsZero() {
		return model.Result{}, errors.New("pipeline: bundle inputs carry no scoring time")
	}
	r, err := Compute(def, b.Inputs)
	r.AssessmentID = b.Assessment.ID
	return r, err
}

// RereadFiles replaces the bundle's facts with those read again, within lim, from the files in
// dir, matched to the export by SHA-256 (any file name). Analysts' corrections still apply on
// top. It returns the ids of files it could not find.
func RereadFiles(ctx context.Context, b *Bundle, dir string, lim reading.Limits) (missing []uint, err error) {
	byHash := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, de := range entries {
		if !de.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, de.Name())
		sum, err := fileSHA256(p)
		if err != nil {
			return nil, err
		}
		byHash[sum] = p
	}
	read := map[uint]scoring.Evidence{}
	for i, e := range b.Evidence {
		p, ok := byHash[e.SHA256]
		if !ok {
			missing = append(missing, e.ID)
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		got, rerr := ReadFacts(ctx, e.QuestionID, e.Kind, f, e.Size, b.Inputs.Now, lim)
		f.Close()
		status := model.EvidenceExtracted
		var ue *reading.UnreadableError
		switch {
		case errors.As(rerr, &ue):
			status, got = model.EvidenceFailed, evidence.Facts{}
		case rerr != nil:
			return nil, rerr
		}
		b.Evidence[i].Facts, b.Evidence[i].Status = got, status
		eff := model.Evidence{QuestionID: e.QuestionID, Facts: got, Corrections: e.Corrections}
		read[e.ID] = scoring.Evidence{ID: e.ID, QuestionID: e.QuestionID, Filename: e.Filename, Status: status, Facts: eff.EffectiveFacts()}
	}
	for i, ev := range b.Inputs.Evidence {
		if r, ok := read[ev.ID]; ok {
			b.Inputs.Evidence[i] = r
		}
	}
	return missing, nil
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
