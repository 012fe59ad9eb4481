package pipeline_test

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/scoring"
)

// The tests in this file follow evidence through the path a vendor's file really takes: answers
// and uploads through the JSON API with the invitation token, the file into MinIO, the reading
// job, the facts it stores, and the score job that turns answers and facts into red flags. Every
// red flag that depends on what a file says has a case that fires and a case that does not, on
// SQLite and on PostgreSQL. Files are generated relative to the server's clock so that "366 days
// ago" stays 366 days ago whenever the suite runs.

// evidenceFlags are the red flags whose firing depends on uploaded files, plus
// training-excludes-contractors, which sits beside them but reads only the answer. Each case
// states exactly which of them it expects, so a fact misread for one rule shows up as an
// unexpected flag in another case too.
var evidenceFlags = []string{
	"it-only-security", "training-excludes-contractors", "training-unverified", "training-completion-low",
	"training-claim-mismatch", "stale-training-report", "no-signed-acknowledgements", "stale-acknowledgements",
	"stale-management-review", "certificate-expired", "certificate-expiring", "certificate-scope-gap",
	"certificate-outdated-edition", "certificate-unreadable",
}

// upload is one file a vendor sends for an evidence question.
type upload struct {
	question string
	name     string
	body     []byte
}

// flagCase is one vendor's submission and the evidence flags its result must carry.
type flagCase struct {
	name string
	// answers override the baseline answers; a nil value removes the answer.
	answers map[string]any
	// files replace the baseline file of their question; a nil body means no file at all.
	files []upload
	// want lists the evidence flags that must fire, and no other.
	want []string
	// explain lists, per fired flag, text its explanation must contain (what it quotes).
	explain map[string][]string
	// quote lists, per fired flag, text its quote must contain.
	quote map[string]string
	// failed lists the questions whose file must end unreadable.
	failed []string
	// facts lists facts the stored evidence must hold, by question, as JSON numbers or strings.
	facts map[string]map[string]any
}

// TestRealPath runs every case on one server per database, each case as its own vendor, so the
// cases also share the job queue the way concurrent vendors do.
func TestRealPath(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			env := newRealEnv(t, d)
			for _, c := range flagCases(env.now) {
				t.Run("flags/"+c.name, func(t *testing.T) {
					t.Parallel()
					env.runFlagCase(t, c)
				})
			}
			t.Run("correction-rescores", func(t *testing.T) {
				t.Parallel()
				env.testCorrection(t)
			})
			t.Run("uncertain-scope-confirmed", func(t *testing.T) {
				t.Parallel()
				env.testUncertainScope(t)
			})
			t.Run("ambiguous-expiry-confirmed", func(t *testing.T) {
				t.Parallel()
				env.testAmbiguousExpiry(t)
			})
			t.Run("unreadable-file-kept", func(t *testing.T) {
				t.Parallel()
				env.testUnreadableKept(t)
			})
		})
	}
}

// baseAnswers are strong answers that raise none of the evidence flags when backed by the
// baseline files.
func baseAnswers() map[string]any {
	return map[string]any{
		"security_ownership": "line_management", "responsibilities_documented": true,
		"communication_methods": []string{"onboarding_briefing", "role_briefings", "periodic_updates"},
		"training_program":      "continuous", "training_includes_contractors": true, "training_completion_rate": 100,
		"employment_contract_clauses": true, "contractor_agreements": true, "acknowledgement_process": "annual",
		"management_review_cadence": "quarterly", "security_kpis": true, "disciplinary_process": true,
		"reporting_channel": true, "iso27001_certified": false,
	}
}

// baseFiles are current, readable files backing baseAnswers.
func baseFiles(now time.Time) []upload {
	return []upload{
		{"training_report", "training.csv", trainingCSV(now, 10, 10, 30)},
		{"acknowledgement_log", "acknowledgements.csv", ackCSV(now, 20)},
		{"review_minutes", "minutes.txt", minutesTXT(now, 45)},
	}
}

func certified(scope string) map[string]any {
	return map[string]any{"iso27001_certified": true, "iso27001_scope": scope}
}

// merge returns a's entries overridden by each of more, in order.
func merge(a map[string]any, more ...map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range a {
		out[k] = v
	}
	for _, m := range more {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

const (
	payrollScope   = "The provision of payroll processing and HR administration services"
	excludedScope  = "Hosting and operation of the HR administration platform, excluding the payroll module"
	uncertainScope = "The ISMS applies to all activities at the London head office"
	certVendorLine = "Northwind Payroll Ltd"
)

// flagCases lists, for every evidence flag, a submission that fires it and one that does not.
// Boundaries are taken where the rule draws them (90 %, 10 points, 365 days, the cadences, 90
// days to expiry), so an off-by-one in a rule or a misread date fails a case.
func flagCases(now time.Time) []flagCase {
	d := func(offset int) string { return iso(now, offset) }
	return []flagCase{
		{name: "baseline-clean", want: nil,
			facts: map[string]map[string]any{
				"training_report":     {"completion_rate": 100.0, "people": 10.0, "newest_completion": d(-30)},
				"acknowledgement_log": {"newest_signature": d(-20)},
				"review_minutes":      {"meeting_date": d(-45)},
			}},

		// training-unverified: a programme is claimed and the report cannot be read.
		{name: "training-unverified/image-only-pdf-fires",
			files:   []upload{{"training_report", "training-scan.pdf", imageOnlyPDF()}},
			want:    []string{"training-unverified"},
			explain: map[string][]string{"training-unverified": {"could not be read"}},
			failed:  []string{"training_report"}},
		{name: "training-unverified/garbage-pdf-fires",
			files:   []upload{{"training_report", "training.pdf", garbagePDF()}},
			want:    []string{"training-unverified"},
			explain: map[string][]string{"training-unverified": {"could not be read"}},
			failed:  []string{"training_report"}},
		{name: "training-unverified/readable-xlsx-quiet",
			files: []upload{{"training_report", "training.xlsx", trainingXLSX(now, 10, 10, 12)}},
			want:  nil,
			facts: map[string]map[string]any{"training_report": {"completion_rate": 100.0, "newest_completion": d(-12)}}},

		// training-completion-low: the report's rate under 90 %.
		{name: "training-completion-low/60-percent-xlsx-fires",
			answers: map[string]any{"training_completion_rate": 60},
			files:   []upload{{"training_report", "training.xlsx", trainingXLSX(now, 10, 6, 20)}},
			want:    []string{"training-completion-low"},
			explain: map[string][]string{"training-completion-low": {"60%"}},
			facts:   map[string]map[string]any{"training_report": {"completion_rate": 60.0, "completed": 6.0}}},
		{name: "training-completion-low/90-percent-csv-quiet",
			answers: map[string]any{"training_completion_rate": 90},
			files:   []upload{{"training_report", "training.csv", trainingCSV(now, 10, 9, 20)}},
			want:    nil,
			facts:   map[string]map[string]any{"training_report": {"completion_rate": 90.0}}},

		// training-claim-mismatch: the vendor's figure and the report's differ by more than 10.
		{name: "training-claim-mismatch/85-vs-100-fires",
			answers: map[string]any{"training_completion_rate": 85},
			want:    []string{"training-claim-mismatch"},
			explain: map[string][]string{"training-claim-mismatch": {"85%", "100%"}}},
		{name: "training-claim-mismatch/90-vs-100-quiet",
			answers: map[string]any{"training_completion_rate": 90},
			want:    nil},

		// stale-training-report: newest completion more than 365 days ago.
		{name: "stale-training-report/366-days-xlsx-fires",
			files:   []upload{{"training_report", "training.xlsx", trainingXLSX(now, 4, 4, 366)}},
			want:    []string{"stale-training-report"},
			explain: map[string][]string{"stale-training-report": {d(-366), "366"}},
			facts:   map[string]map[string]any{"training_report": {"newest_completion": d(-366)}}},
		{name: "stale-training-report/365-days-csv-quiet",
			files: []upload{{"training_report", "training.csv", trainingCSV(now, 4, 4, 365)}},
			want:  nil,
			facts: map[string]map[string]any{"training_report": {"newest_completion": d(-365)}}},

		// training-excludes-contractors reads only the answer (no fact feeds it).
		{name: "training-excludes-contractors/answer-no-fires",
			answers: map[string]any{"training_includes_contractors": false},
			want:    []string{"training-excludes-contractors"}},
		{name: "training-excludes-contractors/answer-yes-with-contractor-rows-quiet",
			want:  nil,
			facts: map[string]map[string]any{"training_report": {"contractors_included": true}}},

		// no-signed-acknowledgements: claimed, but the log cannot be read; or no process at all.
		{name: "no-signed-acknowledgements/unreadable-log-fires",
			files:   []upload{{"acknowledgement_log", "acknowledgements.pdf", imageOnlyPDF()}},
			want:    []string{"no-signed-acknowledgements"},
			explain: map[string][]string{"no-signed-acknowledgements": {"could not be read"}},
			failed:  []string{"acknowledgement_log"}},
		{name: "no-signed-acknowledgements/process-none-fires",
			answers: map[string]any{"acknowledgement_process": "none"},
			files:   []upload{{question: "acknowledgement_log"}},
			want:    []string{"no-signed-acknowledgements"},
			explain: map[string][]string{"no-signed-acknowledgements": {"never asked"}}},
		{name: "no-signed-acknowledgements/readable-log-quiet",
			files: []upload{{"acknowledgement_log", "acknowledgements.xlsx", ackXLSX(now, 3)}},
			want:  nil,
			facts: map[string]map[string]any{"acknowledgement_log": {"newest_signature": d(-3), "signatures": 3.0}}},

		// stale-acknowledgements: newest signature more than 365 days ago.
		{name: "stale-acknowledgements/366-days-fires",
			files:   []upload{{"acknowledgement_log", "acknowledgements.csv", ackCSV(now, 366)}},
			want:    []string{"stale-acknowledgements"},
			explain: map[string][]string{"stale-acknowledgements": {d(-366)}},
			facts:   map[string]map[string]any{"acknowledgement_log": {"newest_signature": d(-366)}}},
		{name: "stale-acknowledgements/365-days-quiet",
			files: []upload{{"acknowledgement_log", "acknowledgements.csv", ackCSV(now, 365)}},
			want:  nil},

		// stale-management-review: minutes older than the stated cadence allows.
		{name: "stale-management-review/quarterly-121-days-txt-fires",
			files:   []upload{{"review_minutes", "minutes.txt", minutesTXT(now, 121)}},
			want:    []string{"stale-management-review"},
			explain: map[string][]string{"stale-management-review": {"quarterly", d(-121), "121 days ago"}},
			facts:   map[string]map[string]any{"review_minutes": {"meeting_date": d(-121)}}},
		{name: "stale-management-review/quarterly-120-days-docx-quiet",
			files: []upload{{"review_minutes", "minutes.docx", minutesDOCX(now, 120)}},
			want:  nil,
			facts: map[string]map[string]any{"review_minutes": {"meeting_date": d(-120)}}},
		{name: "stale-management-review/semiannual-201-days-docx-fires",
			answers: map[string]any{"management_review_cadence": "semiannual"},
			files:   []upload{{"review_minutes", "minutes.docx", minutesDOCX(now, 201)}},
			want:    []string{"stale-management-review"},
			explain: map[string][]string{"stale-management-review": {"semiannual", d(-201), "201 days ago"}}},
		{name: "stale-management-review/semiannual-200-days-txt-quiet",
			answers: map[string]any{"management_review_cadence": "semiannual"},
			files:   []upload{{"review_minutes", "minutes.txt", minutesTXT(now, 200)}},
			want:    nil},
		{name: "stale-management-review/annual-401-days-txt-fires",
			answers: map[string]any{"management_review_cadence": "annual"},
			files:   []upload{{"review_minutes", "minutes.txt", minutesTXT(now, 401)}},
			want:    []string{"stale-management-review"},
			explain: map[string][]string{"stale-management-review": {"annual", d(-401), "401 days ago"}}},
		{name: "stale-management-review/annual-400-days-docx-quiet",
			answers: map[string]any{"management_review_cadence": "annual"},
			files:   []upload{{"review_minutes", "minutes.docx", minutesDOCX(now, 400)}},
			want:    nil},

		// it-only-security: IT or a lone security function owns security and no readable
		// minutes show management taking part.
		{name: "it-only-security/it-team-unreadable-minutes-fires",
			answers: map[string]any{"security_ownership": "it_team"},
			files:   []upload{{"review_minutes", "minutes.pdf", imageOnlyPDF()}},
			want:    []string{"it-only-security"},
			explain: map[string][]string{"it-only-security": {"its IT team"}},
			failed:  []string{"review_minutes"}},
		{name: "it-only-security/ciso-only-no-minutes-fires",
			answers: map[string]any{"security_ownership": "ciso_only", "management_review_cadence": "ad_hoc"},
			files:   []upload{{question: "review_minutes"}},
			want:    []string{"it-only-security"},
			explain: map[string][]string{"it-only-security": {"a security function on its own"}}},
		{name: "it-only-security/it-team-readable-minutes-quiet",
			answers: map[string]any{"security_ownership": "it_team"},
			files:   []upload{{"review_minutes", "minutes.docx", minutesDOCX(now, 30)}},
			want:    nil},

		// certificate-expired: the expiry date has passed.
		{name: "certificate-expired/yesterday-fires",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Valid until: "+longDate(now, -1))}},
			want:    []string{"certificate-expired"},
			explain: map[string][]string{"certificate-expired": {d(-1)}},
			facts:   map[string]map[string]any{"iso27001_certificate": {"expires_on": d(-1), "edition": "2022"}}},
		{name: "certificate-expired/valid-two-years-quiet",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Expiry date: "+dottedDate(now, 700))}},
			want:    nil,
			facts:   map[string]map[string]any{"iso27001_certificate": {"expires_on": d(700)}}},

		// certificate-expiring: expires within 90 days (today counts).
		{name: "certificate-expiring/90-days-fires",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Valid until: "+usDate(now, 90))}},
			want:    []string{"certificate-expiring"},
			explain: map[string][]string{"certificate-expiring": {d(90)}},
			facts:   map[string]map[string]any{"iso27001_certificate": {"expires_on": d(90)}}},
		{name: "certificate-expiring/today-fires",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Valid until: "+d(0))}},
			want:    []string{"certificate-expiring"},
			explain: map[string][]string{"certificate-expiring": {d(0)}}},
		{name: "certificate-expiring/91-days-quiet",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Valid until: "+longDate(now, 91))}},
			want:    nil,
			facts:   map[string]map[string]any{"iso27001_certificate": {"expires_on": d(91)}}},

		// certificate-outdated-edition: issued to ISO/IEC 27001:2013.
		{name: "certificate-outdated-edition/2013-fires",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2013", payrollScope, "Valid until: "+longDate(now, 300))}},
			want:    []string{"certificate-outdated-edition"},
			explain: map[string][]string{"certificate-outdated-edition": {"ISO/IEC 27001:2013"}},
			facts:   map[string]map[string]any{"iso27001_certificate": {"edition": "2013"}}},
		{name: "certificate-outdated-edition/2022-quiet",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Valid until: "+longDate(now, 300))}},
			want:    nil,
			facts:   map[string]map[string]any{"iso27001_certificate": {"edition": "2022", "scope": payrollScope}}},

		// certificate-scope-gap: the service bought (Payroll processing) is excluded.
		{name: "certificate-scope-gap/payroll-excluded-fires",
			answers: certified(excludedScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", excludedScope, "Valid until: "+longDate(now, 500))}},
			want:    []string{"certificate-scope-gap"},
			explain: map[string][]string{"certificate-scope-gap": {"Payroll processing"}},
			quote:   map[string]string{"certificate-scope-gap": "excluding the payroll module"}},
		{name: "certificate-scope-gap/processing-of-payroll-quiet",
			answers: certified("The processing of payroll for corporate clients"),
			files: []upload{{"iso27001_certificate", "certificate.pdf",
				certificatePDF(now, "2022", "The processing of payroll for corporate clients", "Valid until: "+longDate(now, 500))}},
			want: nil},

		// certificate-unreadable: certified, but the expiry or scope cannot be read.
		{name: "certificate-unreadable/no-labelled-expiry-fires",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, longDate(now, 400))}},
			want:    []string{"certificate-unreadable"},
			explain: map[string][]string{"certificate-unreadable": {"expiry date could not be read"}}},
		{name: "certificate-unreadable/scanned-certificate-fires",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", imageOnlyPDF()}},
			want:    []string{"certificate-unreadable"},
			explain: map[string][]string{"certificate-unreadable": {"expiry date and scope"}},
			failed:  []string{"iso27001_certificate"}},
		{name: "certificate-unreadable/readable-quiet",
			answers: certified(payrollScope),
			files:   []upload{{"iso27001_certificate", "certificate.pdf", certificatePDF(now, "2022", payrollScope, "Expiry date: "+d(250))}},
			want:    nil},
	}
}

// realEnv is one running Assay with an analyst to look at the results.
type realEnv struct {
	srv     *apptest.Server
	analyst string // API token of an analyst
	now     time.Time
}

// newRealEnv starts the server the flag cases share. Its scans are made-up grey squares, which
// OCR would only find empty after seconds each, so OCR is off; TestScannedCertificate reads a
// real scan through the same path.
func newRealEnv(t *testing.T, dialect string) *realEnv {
	return startRealEnv(t, apptest.Options{Dialect: dialect, S3: true, Env: map[string]string{"ASSAY_OCR": "off"}})
}

// startRealEnv starts a server with the options o and the users the cases need.
func startRealEnv(t *testing.T, o apptest.Options) *realEnv {
	srv := apptest.NewServer(t, o)
	// Made here, before the parallel cases: Send and APIToken create their users on first use.
	srv.CreateUser(t, "sender@analysts.example", model.RoleAnalyst)
	return &realEnv{srv: srv, analyst: srv.APIToken(t, "reviewer@analysts.example", model.RoleAnalyst),
		now: srv.App.Now()}
}

// submitted is an assessment after the vendor submitted it and the background work settled.
type submitted struct {
	id       uint
	result   model.Result
	evidence map[string]uint // evidence id by question
}

// submit registers a vendor, sends it the questionnaire and answers, uploads and submits as the
// vendor through the JSON API, then waits until every file is read and the result follows.
func (e *realEnv) submit(t *testing.T, vendor string, answers map[string]any, files []upload) submitted {
	t.Helper()
	srv := e.srv
	a, token := srv.Send(t, srv.Vendor(t, vendor))
	body := map[string]any{}
	for k, v := range answers {
		if v != nil {
			body[k] = v
		}
	}
	var saved struct{ Missing []string }
	if st, raw := call(t, "PATCH", srv.URL+"/api/v1/respond/answers", token, map[string]any{"answers": body}, &saved); st != http.StatusOK {
		t.Fatalf("save answers: %d %s", st, raw)
	}
	out := submitted{id: a.ID, evidence: map[string]uint{}}
	for _, f := range files {
		if f.body == nil {
			continue
		}
		st, raw := sendFile(t, srv.URL+"/api/v1/respond/evidence", token, f.question, f.name, f.body)
		if st != http.StatusCreated {
			t.Fatalf("upload %s (%s): %d %s", f.name, f.question, st, raw)
		}
		var ev struct{ ID uint }
		json.Unmarshal(raw, &ev)
		out.evidence[f.question] = ev.ID
	}
	if st, raw := call(t, "POST", srv.URL+"/api/v1/respond/submit", token, nil, nil); st != http.StatusOK {
		t.Fatalf("submit: %d %s", st, raw)
	}
	out.result = settled(t, srv, a.ID)
	return out
}

// settled waits until every file is read and the newest result was computed from the files in
// their final state, as the result's own inputs record it; that is the state a user sees once
// the background work is done. It stands in for srv.WaitSettled, which compares timestamps:
// the reading stamps its time before its transaction commits and the score job stamps its time
// after reading the files, so where jobs run side by side (PostgreSQL) WaitSettled can return a
// result computed while a file was still being read, or wait in vain when that stale result is
// the newest one.
func settled(t *testing.T, srv *apptest.Server, id uint) model.Result {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		files, err := srv.App.Store.EvidenceList(apptest.Ctx(), id)
		if err != nil {
			t.Fatal(err)
		}
		r, err := srv.App.Store.LatestResult(apptest.Ctx(), id)
		if err != nil && err != model.ErrNotFound {
			t.Fatal(err)
		}
		if err == nil && scoredFrom(r, files) {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("assessment %d: the newest result was not computed from the files' final state within 30 s\n%s",
				id, resultHistory(srv, id, files))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// resultHistory lists every result of the assessment with the file statuses it read, and when
// each file was read, for the failure message of settled.
func resultHistory(srv *apptest.Server, id uint, files []model.Evidence) string {
	var sb strings.Builder
	for _, f := range files {
		at := "never"
		if f.ExtractedAt != nil {
			at = f.ExtractedAt.Format(time.RFC3339Nano)
		}
		fmt.Fprintf(&sb, "  file %d %s: %s, read at %s\n", f.ID, f.QuestionID, f.Status, at)
	}
	var rs []model.Result
	if err := srv.App.Store.DB().Where("assessment_id = ?", id).Order("id").Find(&rs).Error; err != nil {
		return sb.String() + "  results: " + err.Error()
	}
	for _, r := range rs {
		fmt.Fprintf(&sb, "  result %d computed at %s from", r.ID, r.ComputedAt.Format(time.RFC3339Nano))
		for _, e := range r.Inputs.Evidence {
			fmt.Fprintf(&sb, " %d=%s", e.ID, e.Status)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// scoredFrom reports whether r was computed after every file reached its final status.
func scoredFrom(r model.Result, files []model.Evidence) bool {
	seen := map[uint]string{}
	for _, e := range r.Inputs.Evidence {
		seen[e.ID] = e.Status
	}
	for _, f := range files {
		if f.Status == model.EvidenceStored || seen[f.ID] != f.Status {
			return false
		}
	}
	return true
}

// withFiles puts each of over in place of the baseline file of its question.
func withFiles(base []upload, over []upload) []upload {
	out := []upload{}
	replaced := map[string]bool{}
	for _, f := range over {
		replaced[f.question] = true
	}
	for _, f := range base {
		if !replaced[f.question] {
			out = append(out, f)
		}
	}
	return append(out, over...)
}

func (e *realEnv) runFlagCase(t *testing.T, c flagCase) {
	answers := merge(baseAnswers(), c.answers)
	s := e.submit(t, vendorName(c.name), answers, withFiles(baseFiles(e.now), c.files))
	view := e.assessment(t, s.id)
	var fired []string
	byID := map[string]scoring.RedFlag{}
	for _, f := range s.result.RedFlags {
		byID[f.ID] = f
		if slices.Contains(evidenceFlags, f.ID) {
			fired = append(fired, f.ID)
		}
	}
	slices.Sort(fired)
	want := slices.Clone(c.want)
	slices.Sort(want)
	if !slices.Equal(fired, want) {
		t.Errorf("evidence flags %v, want %v\n%s", fired, want, view.describe())
	}
	for id, parts := range c.explain {
		f, ok := byID[id]
		if !ok {
			continue
		}
		for _, p := range parts {
			if !strings.Contains(f.Explanation, p) {
				t.Errorf("%s: explanation does not quote %q:\n%s", id, p, f.Explanation)
			}
		}
	}
	// A fired flag points at the files behind it, so an analyst can open what it quotes.
	for _, f := range s.result.RedFlags {
		for _, q := range f.QuestionIDs {
			if eid, ok := s.evidence[q]; ok && !slices.Contains(f.EvidenceIDs, eid) {
				t.Errorf("%s: evidence ids %v miss the %s file %d", f.ID, f.EvidenceIDs, q, eid)
			}
		}
	}
	for id, q := range c.quote {
		if f, ok := byID[id]; ok && !strings.Contains(f.Quote, q) {
			t.Errorf("%s: quote %q does not contain %q", id, f.Quote, q)
		}
	}
	for _, q := range c.failed {
		ev := view.file(q)
		if ev == nil || ev.Status != model.EvidenceFailed || ev.ExtractError == "" {
			t.Errorf("%s: want a failed file with a reason\n%s", q, view.describe())
		}
	}
	for q, want := range c.facts {
		ev := view.file(q)
		if ev == nil {
			t.Errorf("%s: no file", q)
			continue
		}
		for k, v := range want {
			if got := ev.Facts[k]; fmt.Sprint(got) != fmt.Sprint(v) {
				t.Errorf("%s: fact %s = %v, want %v\n%s", q, k, got, v, view.describe())
			}
		}
	}
}

// testCorrection corrects a completion rate the extractor read as 60 % to 95 % and checks that
// the automatic rescoring drops the low-completion flag while the correction keeps the extracted
// value, who made it and why.
func (e *realEnv) testCorrection(t *testing.T) {
	answers := merge(baseAnswers(), map[string]any{"training_completion_rate": 60})
	s := e.submit(t, "RP correction", answers,
		withFiles(baseFiles(e.now), []upload{{"training_report", "training.csv", trainingCSV(e.now, 10, 6, 15)}}))
	if !hasFlag(s.result, "training-completion-low") {
		t.Fatalf("before the correction: no training-completion-low in %v", flagIDs(s.result))
	}
	const reason = "The export missed the second page; the LMS dashboard shows 95 %."
	url := fmt.Sprintf("%s/api/v1/assessments/%d/evidence/%d/facts", e.srv.URL, s.id, s.evidence["training_report"])
	if st, raw := call(t, "POST", url, e.analyst, map[string]any{"fact": "completion_rate", "value": "95", "reason": reason}, nil); st != http.StatusNoContent {
		t.Fatalf("correct fact: %d %s", st, raw)
	}
	r := waitRescored(t, e.srv, s.id, s.evidence["training_report"], "completion_rate", 95)
	if hasFlag(r, "training-completion-low") {
		t.Errorf("after correcting to 95: training-completion-low still fires: %v", flagIDs(r))
	}
	// The vendor said 60 and the corrected report says 95: the mismatch now shows, which
	// proves the rules read the corrected value, not the extracted one.
	if f, ok := flag(r, "training-claim-mismatch"); !ok || !strings.Contains(f.Explanation, "95%") {
		t.Errorf("after correcting to 95: want training-claim-mismatch quoting 95%%, got %v", flagIDs(r))
	}
	view := e.assessment(t, s.id)
	ev := view.file("training_report")
	if ev == nil {
		t.Fatal("no training report in the assessment")
	}
	c, ok := ev.Corrections["completion_rate"]
	if !ok {
		t.Fatalf("no correction stored: %+v", ev.Corrections)
	}
	if fmt.Sprint(c.Value) != "95" || fmt.Sprint(c.Extracted) != "60" || c.By != "reviewer@analysts.example" || c.Reason != reason || c.At.IsZero() {
		t.Errorf("correction = %+v", c)
	}
	if fmt.Sprint(ev.Facts["completion_rate"]) != "60" {
		t.Errorf("the extracted fact was overwritten: %v", ev.Facts["completion_rate"])
	}
}

// testUncertainScope uploads a certificate whose scope neither names nor excludes payroll: the
// verdict must say so, and an analyst's confirmation that payroll is not covered must make the
// scope-gap flag fire.
func (e *realEnv) testUncertainScope(t *testing.T) {
	const service = "Payroll processing" // the service apptest.Vendor registers
	s := e.submit(t, "RP uncertain scope", merge(baseAnswers(), certified(uncertainScope)),
		withFiles(baseFiles(e.now), []upload{{"iso27001_certificate", "certificate.pdf",
			certificatePDF(e.now, "2022", uncertainScope, "Valid until: "+longDate(e.now, 500))}}))
	view := e.assessment(t, s.id)
	if view.Result == nil {
		t.Fatal("no result in the API")
	}
	cert := view.Result.Certificate
	if !slices.Contains(cert.UncertainServices, service) || len(cert.UncoveredServices) != 0 || hasFlag(s.result, "certificate-scope-gap") {
		t.Fatalf("unclear scope: certificate %+v, flags %v\n%s", cert, flagIDs(s.result), view.describe())
	}
	url := fmt.Sprintf("%s/api/v1/assessments/%d/evidence/%d/facts", e.srv.URL, s.id, s.evidence["iso27001_certificate"])
	if st, raw := call(t, "POST", url, e.analyst, map[string]any{"fact": "coverage:" + service, "value": "uncovered",
		"reason": "The London head office does not run payroll; that is done in Leeds."}, nil); st != http.StatusNoContent {
		t.Fatalf("confirm coverage: %d %s", st, raw)
	}
	r := waitRescored(t, e.srv, s.id, s.evidence["iso27001_certificate"], "coverage:"+service, "uncovered")
	f, ok := flag(r, "certificate-scope-gap")
	if !ok {
		t.Fatalf("after confirming uncovered: no certificate-scope-gap in %v (certificate %+v)", flagIDs(r), r.Certificate)
	}
	if !strings.Contains(f.Explanation, service) || !strings.Contains(f.Quote, "all activities at the London head office") {
		t.Errorf("scope gap explanation %q, quote %q", f.Explanation, f.Quote)
	}
	if !slices.Contains(r.Certificate.UncoveredServices, service) || len(r.Certificate.UncertainServices) != 0 {
		t.Errorf("after confirming: certificate %+v", r.Certificate)
	}
}

// testAmbiguousExpiry uploads a certificate whose expiry could be read day or month first, one
// reading past and the other months away, and nothing on it says which: the verdict must be
// uncertain, with both readings and the line on the certificate, and no expiry flag. The analyst
// then picks the later reading as the assessment page's button does (the audited fact
// correction) and the rescoring uses it.
func (e *realEnv) testAmbiguousExpiry(t *testing.T) {
	year := e.now.Year()
	var written string
	var dayFirst, monthFirst time.Time
	for a := 1; a <= 12 && written == ""; a++ {
		for b := 1; b <= 12; b++ {
			dm, md := time.Date(year, time.Month(b), a, 0, 0, 0, 0, time.UTC), time.Date(year, time.Month(a), b, 0, 0, 0, 0, time.UTC)
			if a != b && dm.Before(e.now) != md.Before(e.now) {
				written, dayFirst, monthFirst = fmt.Sprintf("%02d/%02d/%d", a, b, year), dm, md
				break
			}
		}
	}
	if written == "" {
		t.Fatalf("no date of %d reads past one way and future the other on %s", year, e.now.Format(time.DateOnly))
	}
	pdf := textPDF([]string{"Certificate", "ISO/IEC 27001:2022", "Scope: Payroll processing and HR services",
		"Certificate number: X-4411", fmt.Sprintf("Issue date: %d-01-10", year-3), "Expiry date: " + written})
	s := e.submit(t, "RP ambiguous expiry", merge(baseAnswers(), certified("Payroll processing and HR services")),
		withFiles(baseFiles(e.now), []upload{{"iso27001_certificate", "certificate.pdf", pdf}}))
	if st := s.result.Certificate.Status; st != "uncertain" || hasFlag(s.result, "certificate-expired") || hasFlag(s.result, "certificate-expiring") {
		t.Fatalf("ambiguous expiry %s: certificate %+v, flags %v", written, s.result.Certificate, flagIDs(s.result))
	}
	for _, f := range s.result.RedFlags {
		if f.ID == "certificate-unreadable" && (strings.Contains(f.Explanation, "expiry date could not be read") ||
			!strings.Contains(f.Explanation, "could be more than one date")) {
			t.Errorf("ambiguous expiry: certificate-unreadable says %q, want that the date reads two ways", f.Explanation)
		}
	}
	c := s.result.Certificate
	if !slices.Equal(c.ExpiryReadings, []string{dayFirst.Format(time.DateOnly), monthFirst.Format(time.DateOnly)}) ||
		!strings.Contains(c.Explanation, "Expiry date: "+written) ||
		!strings.Contains(c.Explanation, dayFirst.Format("2 January 2006")+" or "+monthFirst.Format("2 January 2006")) {
		t.Errorf("uncertain certificate %+v", c)
	}
	future := dayFirst
	if future.Before(e.now) {
		future = monthFirst
	}
	pick := future.Format(time.DateOnly)
	url := fmt.Sprintf("%s/api/v1/assessments/%d/evidence/%d/facts", e.srv.URL, s.id, s.evidence["iso27001_certificate"])
	if st, raw := call(t, "POST", url, e.analyst, map[string]any{"fact": "expires_on", "value": pick,
		"reason": "Confirmed the reading " + pick}, nil); st != http.StatusNoContent {
		t.Fatalf("confirm the reading: %d %s", st, raw)
	}
	r := waitRescored(t, e.srv, s.id, s.evidence["iso27001_certificate"], "expires_on", pick)
	if st := r.Certificate.Status; st == "uncertain" || st == "expired" || r.Certificate.ExpiresOn != pick {
		t.Errorf("after confirming %s: certificate %+v", pick, r.Certificate)
	}
}

// testUnreadableKept uploads garbage behind a PDF header: the reading fails with a reason, and
// the file an analyst downloads is still byte for byte what the vendor sent.
func (e *realEnv) testUnreadableKept(t *testing.T) {
	junk := garbagePDF()
	s := e.submit(t, "RP unreadable", baseAnswers(),
		withFiles(baseFiles(e.now), []upload{{"training_report", "completion report.pdf", junk}}))
	view := e.assessment(t, s.id)
	ev := view.file("training_report")
	if ev == nil || ev.Status != model.EvidenceFailed || strings.TrimSpace(ev.ExtractError) == "" {
		t.Fatalf("garbage PDF: want status failed with a reason\n%s", view.describe())
	}
	if !hasFlag(s.result, "training-unverified") {
		t.Errorf("unreadable report: no training-unverified in %v", flagIDs(s.result))
	}
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/api/v1/assessments/%d/evidence/%d", e.srv.URL, s.id, ev.ID), nil)
	req.Header.Set("Authorization", "Bearer "+e.analyst)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	got, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !bytes.Equal(got, junk) {
		t.Fatalf("download of the unreadable file: status %d, %d bytes (sent %d)", res.StatusCode, len(got), len(junk))
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") {
		t.Errorf("download served inline: %q", cd)
	}
}

// ---- looking at results ---------------------------------------------------------------------

// apiEvidence is a file as GET /api/v1/assessments/:id shows it to an analyst.
type apiEvidence struct {
	ID           uint                        `json:"id"`
	QuestionID   string                      `json:"question_id"`
	Filename     string                      `json:"filename"`
	Status       string                      `json:"status"`
	Facts        map[string]any              `json:"facts"`
	ExtractError string                      `json:"extract_error"`
	Corrections  map[string]model.Correction `json:"corrections"`
}

// apiAssessment is the part of GET /api/v1/assessments/:id these tests read.
type apiAssessment struct {
	Status   string        `json:"status"`
	Evidence []apiEvidence `json:"evidence"`
	Result   *struct {
		RedFlags    []scoring.RedFlag   `json:"red_flags"`
		Certificate scoring.Certificate `json:"certificate"`
	} `json:"result"`
}

func (e *realEnv) assessment(t *testing.T, id uint) apiAssessment {
	t.Helper()
	var out apiAssessment
	if st, raw := call(t, "GET", fmt.Sprintf("%s/api/v1/assessments/%d", e.srv.URL, id), e.analyst, nil, &out); st != http.StatusOK {
		t.Fatalf("get assessment: %d %s", st, raw)
	}
	return out
}

// file returns the newest file of a question.
func (a apiAssessment) file(question string) *apiEvidence {
	var out *apiEvidence
	for i := range a.Evidence {
		if a.Evidence[i].QuestionID == question && (out == nil || a.Evidence[i].ID > out.ID) {
			out = &a.Evidence[i]
		}
	}
	return out
}

// describe prints what was read from each file, for failure messages.
func (a apiAssessment) describe() string {
	var sb strings.Builder
	for _, ev := range a.Evidence {
		facts := map[string]any{}
		for k, v := range ev.Facts {
			if k != "quotes" {
				facts[k] = v
			}
		}
		fmt.Fprintf(&sb, "  %s %s: %s %v", ev.QuestionID, ev.Filename, ev.Status, facts)
		if ev.ExtractError != "" {
			fmt.Fprintf(&sb, " (%s)", ev.ExtractError)
		}
		sb.WriteByte('\n')
	}
	if a.Result != nil {
		for _, f := range a.Result.RedFlags {
			fmt.Fprintf(&sb, "  flag %s: %s\n", f.ID, f.Explanation)
		}
		fmt.Fprintf(&sb, "  certificate %+v\n", a.Result.Certificate)
	}
	return sb.String()
}

func flag(r model.Result, id string) (scoring.RedFlag, bool) {
	for _, f := range r.RedFlags {
		if f.ID == id {
			return f, true
		}
	}
	return scoring.RedFlag{}, false
}

func hasFlag(r model.Result, id string) bool {
	_, ok := flag(r, id)
	return ok
}

func flagIDs(r model.Result) []string {
	ids := make([]string, len(r.RedFlags))
	for i, f := range r.RedFlags {
		ids[i] = f.ID
	}
	return ids
}

// waitRescored waits until the newest result was computed with the corrected fact of file eid,
// as the result's own inputs record it. Clocks cannot tell this: the rescore may finish before
// the correction's response arrives, and a score queued before the correction may finish after.
func waitRescored(t *testing.T, srv *apptest.Server, id, eid uint, fact string, value any) model.Result {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := srv.App.Store.LatestResult(apptest.Ctx(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Inputs.Evidence {
			if e.ID == eid && fmt.Sprint(e.Facts.Values()[fact]) == fmt.Sprint(value) {
				return r
			}
		}
		if time.Now().After(deadline) {
			files, _ := srv.App.Store.EvidenceList(apptest.Ctx(), id)
			t.Fatalf("assessment %d: the newest result does not use the correction %s = %v after 30 s\n%s",
				id, fact, value, resultHistory(srv, id, files))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// ---- HTTP -----------------------------------------------------------------------------------

// call sends a JSON request with a bearer token, decodes a JSON answer into out and returns the
// status and the raw body for failure messages.
func call(t *testing.T, method, url, token string, body, out any) (int, []byte) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, url, r)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if out != nil && len(raw) > 0 && res.StatusCode < 300 {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: %d %s", method, url, res.StatusCode, raw)
		}
	}
	return res.StatusCode, raw
}

// sendFile uploads one file the way the vendor API takes it: question_id first, then the file.
func sendFile(t *testing.T, url, token, question, filename string, content []byte) (int, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("question_id", question)
	fw, _ := w.CreateFormFile("file", filename)
	fw.Write(content)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, url, &buf)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, raw
}

// vendorName turns a case name into a vendor name that also makes a valid website and e-mail.
func vendorName(caseName string) string {
	r := strings.NewReplacer("/", " ", "-", " ")
	return "RP " + r.Replace(caseName)
}

// ---- evidence files, dated relative to the server's clock -----------------------------------

// iso is the date offset days from now (negative: in the past) as YYYY-MM-DD, the form facts
// hold. Rules count whole UTC days, so the offset is taken in UTC too.
func iso(now time.Time, offset int) string {
	return now.UTC().AddDate(0, 0, offset).Format("2006-01-02")
}

func longDate(now time.Time, offset int) string {
	return now.UTC().AddDate(0, 0, offset).Format("2 January 2006")
}

func usDate(now time.Time, offset int) string {
	return now.UTC().AddDate(0, 0, offset).Format("January 2, 2006")
}

func dottedDate(now time.Time, offset int) string {
	return now.UTC().AddDate(0, 0, offset).Format("02.01.2006")
}

var people = []string{"Ann Lee", "Bo Chen", "Cy Diaz", "Di Evans", "Ed Fox", "Flo Grant", "Gus Hale", "Hana Ito",
	"Ivo Jansen", "Jo Kim", "Kai Lund", "Lea Moro"}

// trainingRows lists total people, the first completed of whom finished the course, the newest
// newestAgo days ago and each next one a day earlier; the second person is a contractor.
func trainingRows(now time.Time, total, completed, newestAgo int) [][]string {
	rows := [][]string{}
	for i := 0; i < total; i++ {
		kind := "Employee"
		if i == 1 {
			kind = "Contractor"
		}
		date, result := "", "Not started"
		if i < completed {
			date, result = iso(now, -(newestAgo+i)), "Passed"
		}
		rows = append(rows, []string{people[i], kind, "Security awareness 2026", date, result})
	}
	return rows
}

// trainingCSV is an LMS export as CSV.
func trainingCSV(now time.Time, total, completed, newestAgo int) []byte {
	var sb strings.Builder
	sb.WriteString("Employee,Type,Course,Completed on,Result\n")
	for _, r := range trainingRows(now, total, completed, newestAgo) {
		sb.WriteString(strings.Join(r, ",") + "\n")
	}
	return []byte(sb.String())
}

// trainingXLSX is the same report as a workbook with a different column order and header
// wording, names as shared strings, statuses as inline strings and dates as date-formatted
// serial numbers, as Excel writes them.
func trainingXLSX(now time.Time, total, completed, newestAgo int) []byte {
	rows := [][]cell{{str("Completion date"), str("Full name"), str("Worker type"), str("Status")}}
	for _, r := range trainingRows(now, total, completed, newestAgo) {
		date := cell{}
		if r[3] != "" {
			date = dateCell(r[3])
		}
		rows = append(rows, []cell{date, str(r[0]), str(r[1]), inline(r[4])})
	}
	return buildXLSX(rows)
}

// ackCSV is a policy acknowledgement log whose newest signature is newestAgo days old.
func ackCSV(now time.Time, newestAgo int) []byte {
	var sb strings.Builder
	sb.WriteString("Name,Policy,Signed at\n")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%s,Information security policy v4,%sT09:%02d:00Z\n", people[i], iso(now, -(newestAgo+2*i)), 10+i)
	}
	return []byte(sb.String())
}

// ackXLSX is the log as a workbook.
func ackXLSX(now time.Time, newestAgo int) []byte {
	rows := [][]cell{{str("Signatory"), str("Policy name"), str("Date signed")}}
	for i := 0; i < 3; i++ {
		rows = append(rows, []cell{str(people[i]), str("Acceptable use policy v2"), dateCell(iso(now, -(newestAgo + i)))})
	}
	return buildXLSX(rows)
}

func minutesLines(now time.Time, ago int) []string {
	return []string{
		"Information Security Management Review",
		"Date of meeting: " + longDate(now, -ago),
		"Attendees: Chief Executive; Head of HR; CISO; Finance Director",
		"1. Training metrics: 96 % of staff completed security awareness training.",
		"2. Policy violations: two breaches of the clear desk policy were handled.",
		"3. Incidents: one phishing incident and no personal data breach.",
		"4. Audit findings: one minor nonconformity from the internal audit is closed.",
		"Actions: refresh the phishing exercise (owner: CISO, due " + longDate(now, -ago+30) + ").",
		"Next meeting: " + longDate(now, -ago+90),
	}
}

// minutesTXT is plain-text minutes of a meeting held ago days ago.
func minutesTXT(now time.Time, ago int) []byte {
	return []byte(strings.Join(minutesLines(now, ago), "\n") + "\n")
}

// minutesDOCX is the same minutes as a Word document, one paragraph per line.
func minutesDOCX(now time.Time, ago int) []byte {
	var body strings.Builder
	for _, l := range minutesLines(now, ago) {
		fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, html.EscapeString(l))
	}
	return buildZip([][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`},
	})
}

// certificatePDF is an ISO/IEC 27001 certificate to the edition, with the scope, and validLine
// as the line that states (or, without a label, fails to state) the expiry. An issue date is
// always present, so the expiry must be chosen by its label.
func certificatePDF(now time.Time, edition, scope, validLine string) []byte {
	return textPDF([]string{
		"Certificate of Registration",
		"This is to certify that the information security management system of",
		certVendorLine,
		"has been assessed and found to comply with the requirements of",
		"ISO/IEC 27001:" + edition,
		"Scope: " + scope,
		"Certificate number: IS 765432",
		"Certification body: BSI Assurance UK Ltd",
		"Date of issue: " + longDate(now, -200),
		validLine,
	})
}

// ---- file builders --------------------------------------------------------------------------

// cell is one spreadsheet cell: a shared string, an inline string or a date serial.
type cell struct {
	kind  string // "s", "inlineStr", "date" or "" for an empty cell
	value string
}

func str(s string) cell    { return cell{"s", s} }
func inline(s string) cell { return cell{"inlineStr", s} }

// dateCell holds an ISO date as Excel's serial day number (days since 1899-12-30).
func dateCell(isoDate string) cell {
	d, err := time.Parse("2006-01-02", isoDate)
	if err != nil {
		panic(err)
	}
	serial := int(d.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	return cell{"date", fmt.Sprint(serial)}
}

// buildXLSX writes a minimal one-sheet workbook: shared strings, inline strings and dates styled
// with the built-in date format 14.
func buildXLSX(rows [][]cell) []byte {
	var sheet, shared strings.Builder
	index := map[string]int{}
	var strs []string
	for i, row := range rows {
		fmt.Fprintf(&sheet, `<row r="%d">`, i+1)
		for j, c := range row {
			ref := fmt.Sprintf("%c%d", 'A'+j, i+1)
			switch c.kind {
			case "s":
				n, ok := index[c.value]
				if !ok {
					n = len(strs)
					index[c.value] = n
					strs = append(strs, c.value)
				}
				fmt.Fprintf(&sheet, `<c r="%s" t="s"><v>%d</v></c>`, ref, n)
			case "inlineStr":
				fmt.Fprintf(&sheet, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, html.EscapeString(c.value))
			case "date":
				fmt.Fprintf(&sheet, `<c r="%s" s="1"><v>%s</v></c>`, ref, c.value)
			}
		}
		sheet.WriteString(`</row>`)
	}
	fmt.Fprintf(&shared, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(strs), len(strs))
	for _, s := range strs {
		fmt.Fprintf(&shared, `<si><t>%s</t></si>`, html.EscapeString(s))
	}
	shared.WriteString(`</sst>`)
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	return buildZip([][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + rel + `officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ` + ns + `><sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + rel + `worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="` + rel + `sharedStrings" Target="sharedStrings.xml"/>` +
			`<Relationship Id="rId3" Type="` + rel + `styles" Target="styles.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet ` + ns + `><sheetData>` + sheet.String() + `</sheetData></worksheet>`},
		{"xl/sharedStrings.xml", shared.String()},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`},
	})
}

// buildZip writes entries (name, content) deflated, in order, as office suites do.
func buildZip(entries [][2]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e[0])
		if err != nil {
			panic(err)
		}
		io.WriteString(w, e[1])
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// textPDF writes a one-page PDF showing lines in Helvetica, a standard font with WinAnsi
// encoding and no ToUnicode map, with a Flate-compressed content stream: the shape simple
// report generators give a certificate. It is written here rather than with a PDF library so
// the main module keeps no dependency for tests alone.
func textPDF(lines []string) []byte {
	var content strings.Builder
	content.WriteString("BT\n/F1 11 Tf\n")
	for i, l := range lines {
		fmt.Fprintf(&content, "1 0 0 1 56 %d Tm (%s) Tj\n", 780-18*i, pdfEscape(l))
	}
	content.WriteString("ET\n")
	return pdfFile(
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
		flateStream("", []byte(content.String())),
		"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
	)
}

// imageOnlyPDF is a scan: one page that draws a grey image and holds no text at all.
func imageOnlyPDF() []byte {
	pixels := bytes.Repeat([]byte{0x80, 0xC0, 0x40, 0xFF}, 16*16/4)
	return pdfFile(
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</XObject<</Im1 5 0 R>>>>>>",
		flateStream("", []byte("q 480 0 0 680 56 80 cm /Im1 Do Q\n")),
		flateStream("/Type/XObject/Subtype/Image/Width 16/Height 16/ColorSpace/DeviceGray/BitsPerComponent 8", pixels),
	)
}

// garbagePDF has a PDF header, so it is accepted as a PDF, and nothing a reader can use after it.
func garbagePDF() []byte {
	b := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	x := uint32(2463534242)
	for i := 0; i < 4096; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b = append(b, byte(x))
	}
	return b
}

func flateStream(dict string, data []byte) string {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(data)
	zw.Close()
	return fmt.Sprintf("<<%s/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream", dict, z.Len(), z.Bytes())
}

// pdfFile numbers objs from 1 and writes them with a classic cross-reference table; object 1
// is the catalog.
func pdfFile(objs ...string) []byte {
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = buf.Len()
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&buf, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return buf.Bytes()
}

func pdfEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}
