package oscal_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/oscal"
	"assay/app/questionnaire"
	"assay/app/report"
	"assay/app/scoring"
)

var generated = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

func questionnaireOf() oscal.Questionnaire {
	return oscal.Questionnaire{
		About: questionnaire.About{ID: "iso27001-a5.4", Version: "1.0.0", Title: "Management responsibilities",
			Control: "ISO/IEC 27001:2022 Annex A 5.4 Management responsibilities"},
		Mappings: []questionnaire.Mapping{
			{Framework: "NIST SP 800-53 Rev. 5", Controls: []string{"AT-01", "PS-06"}, Coverage: "full"},
			{Framework: "CIS Controls v8.1", Controls: []string{"14"}, Coverage: "partial"},
			{Framework: "DORA (Regulation (EU) 2022/2554)", Controls: []string{"Article 5"}, Coverage: "partial"},
		},
		Questions: map[string]string{"security_ownership": "Who is responsible?", "training_report": "Upload your latest training report."},
	}
}

// scored is a submitted, scored assessment with an answer, a file with facts (one corrected,
// one quoted over two lines) and a red flag raised on both.
func scored() report.Assessment {
	return report.Assessment{ID: 12, Questionnaire: "iso27001-a5.4", QuestionnaireVersion: "1.0.0",
		QuestionnaireHash: strings.Repeat("ab", 32), Status: "scored", DueOn: "2026-03-31",
		SubmittedAt: generated.Add(-time.Hour), SubmittedBy: "security@acme.example", GeneratedAt: generated,
		Vendor: report.Vendor{ID: 3, Name: "Acme Payroll", Website: "https://acme.example", Tier: "high"},
		Result: &report.Result{Score: 41, Rating: "high", EngineVersion: "3", ComputedAt: generated.Add(-30 * time.Minute),
			Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: "expired", ExpiresOn: "2025-01-01", UncoveredServices: []string{"Payroll processing"}}},
			RedFlags: []scoring.RedFlag{{ID: "low_training_completion", Severity: "high", Title: "Training completion below 90%",
				Explanation: "Only 71% of staff finished training.", QuestionIDs: []string{"security_ownership"}, EvidenceIDs: []uint{7},
				Quote: "Completion rate: 71%"}}},
		Override: &report.Override{Rating: "medium", Justification: "Remediation plan agreed.", By: "ana@analysts.example", At: generated},
		Answers:  []report.Answer{{QuestionID: "security_ownership", Question: "Who is responsible?", Value: "IT only"}},
		Evidence: []report.Evidence{{ID: 7, QuestionID: "training_report", Filename: "training 2025.pdf", Kind: "pdf", Size: 2048,
			SHA256: strings.Repeat("0f", 32), Status: "extracted", Facts: []report.Fact{
				{Name: "completion_rate", Value: "71", Extracted: "71", Quote: "Completion rate:\n71%"},
				{Name: "report_date", Value: "2025-11-30", Extracted: "2025-13-30", Corrected: true, CorrectedBy: "ana@analysts.example",
					Reason: "typo in the report"},
				{Name: "period_end", Value: ""},
			}}},
	}
}

// TestBuildValidatesAndSaysWhatHappened builds documents from a scored assessment and from one
// not yet scored and checks each against NIST's schema and for what an auditor would look for.
func TestBuildValidatesAndSaysWhatHappened(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    report.Assessment
	}{
		{"scored", scored()},
		{"unscored", func() report.Assessment {
			a := scored()
			a.Result, a.Override, a.SubmittedAt, a.Status, a.Evidence = nil, nil, time.Time{}, "in_progress", nil
			return a
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := oscal.Build(tc.a, questionnaireOf())
			body, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if err := apptest.ValidateOSCAL(t, body); err != nil {
				t.Fatalf("the document does not validate: %v\n%s", err, body)
			}
			again, _ := json.Marshal(oscal.Build(tc.a, questionnaireOf()))
			if string(again) != string(body) {
				t.Error("two builds of the same data differ")
			}
			ar := d.AssessmentResults
			if len(ar.Results) != 1 {
				t.Fatalf("%d results, want 1", len(ar.Results))
			}
			r := ar.Results[0]
			controls := map[string]bool{}
			var kept []string
			for _, cs := range r.ReviewedControls.ControlSelections {
				for _, c := range cs.IncludeControls {
					controls[c.ControlID] = true
				}
				for _, p := range cs.Props {
					if p.Name == "control" {
						kept = append(kept, p.Value)
					}
				}
			}
			for _, c := range []string{"iso27001-a5.4", "AT-01", "PS-06"} {
				if !controls[c] {
					t.Errorf("control %s is not among the reviewed controls %v", c, controls)
				}
			}
			if strings.Join(kept, "|") != "14|Article 5" {
				t.Errorf("mapped ids that are not OSCAL tokens kept as %v, want 14 and Article 5", kept)
			}
			if tc.a.Result == nil {
				if len(r.Findings)+len(r.Risks) != 0 || r.End != "" {
					t.Errorf("an unscored assessment has findings %v, risks %v or an end %q", r.Findings, r.Risks, r.End)
				}
				return
			}
			if len(r.Observations) != 2 {
				t.Fatalf("%d observations, want the answer and the file's question", len(r.Observations))
			}
			files := r.Observations[1]
			if len(files.RelevantEvidence) != 1 {
				t.Fatalf("the file question cites %d files", len(files.RelevantEvidence))
			}
			ev := files.RelevantEvidence[0]
			for _, want := range []string{"training 2025.pdf", strings.Repeat("0f", 32)} {
				if !strings.Contains(ev.Description, want) {
					t.Errorf("evidence description %q lacks %q", ev.Description, want)
				}
			}
			for _, want := range []string{`completion_rate: 71 (read from "Completion rate:\n71%")`,
				`report_date: 2025-11-30; corrected by ana@analysts.example from "2025-13-30": typo in the report`, "period_end: not known"} {
				if !strings.Contains(ev.Remarks, want) {
					t.Errorf("evidence remarks lack %q:\n%s", want, ev.Remarks)
				}
			}
			if len(r.Findings) != 1 || len(r.Risks) != 1 {
				t.Fatalf("%d findings and %d risks for one red flag", len(r.Findings), len(r.Risks))
			}
			f, risk := r.Findings[0], r.Risks[0]
			if f.Target.Status.State != "not-satisfied" || f.RelatedRisks[0].RiskUUID != risk.UUID {
				t.Errorf("finding %+v is not a not-satisfied finding tied to its risk %s", f, risk.UUID)
			}
			if len(f.RelatedObservations) != 2 {
				t.Errorf("the finding cites %d observations, want the answer's and the file's", len(f.RelatedObservations))
			}
			if !hasProp(risk.Props, "severity", "high") || !strings.Contains(risk.Statement, "Completion rate: 71%") {
				t.Errorf("risk %+v lacks its severity or the quote it was raised on", risk)
			}
			if !hasProp(r.Props, "rating", "high") || !hasProp(r.Props, "override-rating", "medium") || !hasProp(r.Props, "score", "41") {
				t.Errorf("result props %v lack the score, rating or override", r.Props)
			}
		})
	}
}

func hasProp(ps []oscal.Prop, name, value string) bool {
	for _, p := range ps {
		if p.Name == name && p.Value == value {
			return true
		}
	}
	return false
}

// TestSchemaRefusesBrokenDocuments shows the schema check is live: a document with a malformed
// uuid or a property value spread over two lines is refused.
func TestSchemaRefusesBrokenDocuments(t *testing.T) {
	for name, spoil := range map[string]func(*oscal.Document){
		"uuid":          func(d *oscal.Document) { d.AssessmentResults.UUID = "not-a-uuid" },
		"two-line prop": func(d *oscal.Document) { d.AssessmentResults.Results[0].Props[0].Value = "two\nlines" },
		"no results":    func(d *oscal.Document) { d.AssessmentResults.Results = nil },
	} {
		d := oscal.Build(scored(), questionnaireOf())
		spoil(&d)
		body, _ := json.Marshal(d)
		if err := apptest.ValidateOSCAL(t, body); err == nil {
			t.Errorf("%s: a broken document validates", name)
		}
	}
}
