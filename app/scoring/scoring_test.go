package scoring

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/evidence"
	"assay/app/questionnaire"
	"assay/app/questionnaire/questionnairetest"
	"assay/app/scope"
)

var now = time.Date(2026, time.March, 1, 9, 30, 0, 0, time.UTC)

// facts read from clean, current files.
var cleanFacts = map[string]map[string]any{
	"training_report":      {"completion_rate": 97.0, "newest_completion": "2026-02-01"},
	"acknowledgement_log":  {"newest_signature": "2026-01-15"},
	"review_minutes":       {"meeting_date": "2026-01-20"},
	"iso27001_certificate": {"expires_on": "2027-06-30", "edition": "ISO/IEC 27001:2022", "scope": "Payroll processing and HR services"},
}

var services = []Service{{Name: "Payroll processing"}, {Name: "HR services"}}

// files returns one extracted file per evidence question with clean facts,
// with ids in question order, then applies changes: a nil map removes the
// file, a map replaces (or, with "+" before the question id, extends) its
// facts.
func files(changes map[string]map[string]any) []Evidence {
	ids := []string{"security_policy", "training_report", "contract_sample", "acknowledgement_log", "onboarding_checklist", "review_minutes", "disciplinary_procedure", "iso27001_certificate"}
	var out []Evidence
	for i, q := range ids {
		facts := map[string]any{}
		for k, v := range cleanFacts[q] {
			facts[k] = v
		}
		if ch, ok := changes[q]; ok {
			if ch == nil {
				continue
			}
			facts = ch
		}
		for k, v := range changes["+"+q] {
			facts[k] = v
		}
		out = append(out, Evidence{ID: uint(i + 1), QuestionID: q, Filename: q + ".pdf", Status: StatusExtracted, Facts: evidence.FromValues(facts)})
	}
	return out
}

// stored returns evidence files that were stored but not yet read, as
// every file is until extractors exist.
func stored(qs ...string) []Evidence {
	var out []Evidence
	for i, q := range qs {
		out = append(out, Evidence{ID: uint(100 + i), QuestionID: q, Filename: q + ".pdf", Status: StatusStored})
	}
	return out
}

func score(t *testing.T, a questionnaire.Answers, ev []Evidence, svc []Service) Result {
	t.Helper()
	res, err := Score(Input{Definition: load54(t), Answers: a, Evidence: ev, Services: svc, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func flagIDs(r Result) []string {
	var ids []string
	for _, f := range r.RedFlags {
		ids = append(ids, f.ID)
	}
	return ids
}

func TestCleanVendorHasNoFlags(t *testing.T) {
	r := score(t, strong(), files(nil), services)
	if len(r.RedFlags) != 0 || r.Score != 100 || r.Rating != RatingLow || r.Certificate.Status != CertificateValid {
		t.Fatalf("clean vendor: score %d rating %s cert %s flags %v", r.Score, r.Rating, r.Certificate.Status, flagIDs(r))
	}
}

func TestRedFlags(t *testing.T) {
	type tc struct {
		name    string
		flag    string
		answers questionnaire.Answers
		ev      []Evidence
		fires   bool
	}
	all := files(nil)
	cases := []tc{
		{"IT owns security, no minutes", "it-only-security", with(strong(), "security_ownership", "it_team"), files(map[string]map[string]any{"review_minutes": nil}), true},
		{"CISO alone, no minutes", "it-only-security", with(strong(), "security_ownership", "ciso_only"), stored("training_report"), true},
		{"CISO alone, with minutes", "it-only-security", with(strong(), "security_ownership", "ciso_only"), stored("review_minutes"), false},
		{"line management, no minutes", "it-only-security", strong(), nil, false},

		{"no training", "no-formal-training", with(strong(), "training_program", "none"), all, true},
		{"ad hoc training", "no-formal-training", with(strong(), "training_program", "ad_hoc"), all, true},
		{"annual training", "no-formal-training", with(strong(), "training_program", "annual"), all, false},

		{"annual training", "annual-training-only", with(strong(), "training_program", "annual"), all, true},
		{"continuous training", "annual-training-only", strong(), all, false},

		{"contractors not trained", "training-excludes-contractors", with(strong(), "training_includes_contractors", false), all, true},
		{"contractors trained", "training-excludes-contractors", strong(), all, false},
		{"no training at all: question hidden", "training-excludes-contractors", with(strong(), "training_program", "none", "training_includes_contractors", false), all, false},

		{"programme claimed, no report", "training-unverified", strong(), stored("review_minutes"), true},
		{"programme claimed, report unreadable", "training-unverified", strong(), []Evidence{{ID: 7, QuestionID: "training_report", Status: StatusFailed}}, true},
		{"programme claimed, report stored", "training-unverified", strong(), stored("training_report"), false},
		{"no programme, no report", "training-unverified", with(strong(), "training_program", "none"), nil, false},

		{"report shows 80%", "training-completion-low", with(strong(), "training_completion_rate", 82.0), files(map[string]map[string]any{"+training_report": {"completion_rate": 80.0}}), true},
		{"report shows 90%", "training-completion-low", with(strong(), "training_completion_rate", 90.0), files(map[string]map[string]any{"+training_report": {"completion_rate": 90.0}}), false},
		{"report not read yet", "training-completion-low", strong(), stored("training_report"), false},

		{"claimed 97%, report 80%", "training-claim-mismatch", strong(), files(map[string]map[string]any{"+training_report": {"completion_rate": 80.0}}), true},
		{"claimed 97%, report 88%", "training-claim-mismatch", strong(), files(map[string]map[string]any{"+training_report": {"completion_rate": 88.0}}), false},
		{"no claimed rate", "training-claim-mismatch", with(strong(), "training_completion_rate", nil), files(map[string]map[string]any{"+training_report": {"completion_rate": 50.0}}), false},

		{"newest completion 400 days old", "stale-training-report", strong(), files(map[string]map[string]any{"+training_report": {"newest_completion": "2025-01-25"}}), true},
		{"newest completion 365 days old", "stale-training-report", strong(), files(map[string]map[string]any{"+training_report": {"newest_completion": "2025-03-01"}}), false},

		{"contracts lack clauses", "no-contract-clauses", with(strong(), "employment_contract_clauses", false), all, true},
		{"contracts have clauses", "no-contract-clauses", strong(), all, false},
		{"unanswered is not a no", "no-contract-clauses", with(strong(), "employment_contract_clauses", nil), all, false},

		{"contractor agreements lack obligations", "contractors-without-obligations", with(strong(), "contractor_agreements", false), all, true},
		{"contractor agreements carry obligations", "contractors-without-obligations", strong(), all, false},

		{"no acknowledgement process", "no-signed-acknowledgements", with(strong(), "acknowledgement_process", "none"), all, true},
		{"process claimed, no log", "no-signed-acknowledgements", strong(), files(map[string]map[string]any{"acknowledgement_log": nil}), true},
		{"process claimed, log unreadable", "no-signed-acknowledgements", strong(), []Evidence{{ID: 3, QuestionID: "acknowledgement_log", Status: StatusFailed}}, true},
		{"process claimed, log stored", "no-signed-acknowledgements", strong(), stored("acknowledgement_log"), false},

		{"onboarding only", "one-time-acknowledgement", with(strong(), "acknowledgement_process", "onboarding_only"), all, true},
		{"on every change", "one-time-acknowledgement", with(strong(), "acknowledgement_process", "on_change"), all, false},

		{"newest signature 2 years old", "stale-acknowledgements", strong(), files(map[string]map[string]any{"acknowledgement_log": {"newest_signature": "2024-02-01"}}), true},
		{"newest signature recent", "stale-acknowledgements", strong(), all, false},

		{"no review", "no-management-review", with(strong(), "management_review_cadence", "none"), all, true},
		{"ad hoc review", "no-management-review", with(strong(), "management_review_cadence", "ad_hoc"), all, true},
		{"annual review", "no-management-review", with(strong(), "management_review_cadence", "annual"), all, false},

		{"quarterly, minutes 130 days old", "stale-management-review", strong(), files(map[string]map[string]any{"review_minutes": {"meeting_date": "2025-10-22"}}), true},
		{"quarterly, minutes 110 days old", "stale-management-review", strong(), files(map[string]map[string]any{"review_minutes": {"meeting_date": "2025-11-11"}}), false},
		{"semiannual, minutes 210 days old", "stale-management-review", with(strong(), "management_review_cadence", "semiannual"), files(map[string]map[string]any{"review_minutes": {"meeting_date": "2025-08-03"}}), true},
		{"annual, minutes 210 days old", "stale-management-review", with(strong(), "management_review_cadence", "annual"), files(map[string]map[string]any{"review_minutes": {"meeting_date": "2025-08-03"}}), false},
		{"annual, minutes 410 days old", "stale-management-review", with(strong(), "management_review_cadence", "annual"), files(map[string]map[string]any{"review_minutes": {"meeting_date": "2025-01-15"}}), true},

		{"no disciplinary process", "no-disciplinary-process", with(strong(), "disciplinary_process", false), all, true},
		{"disciplinary process", "no-disciplinary-process", strong(), all, false},

		{"expired yesterday", "certificate-expired", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"expires_on": "2026-02-28"}}), true},
		{"expires today", "certificate-expired", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"expires_on": "2026-03-01"}}), false},
		{"expired, but vendor says not certified", "certificate-expired", with(strong(), "iso27001_certified", false), files(map[string]map[string]any{"+iso27001_certificate": {"expires_on": "2020-01-01"}}), false},

		{"expires in 90 days", "certificate-expiring", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"expires_on": "2026-05-30"}}), true},
		{"expires in 91 days", "certificate-expiring", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"expires_on": "2026-05-31"}}), false},
		{"already expired", "certificate-expiring", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"expires_on": "2026-01-31"}}), false},

		{"2013 edition", "certificate-outdated-edition", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"edition": "ISO/IEC 27001:2013"}}), true},
		{"2013 edition as a number", "certificate-outdated-edition", strong(), files(map[string]map[string]any{"+iso27001_certificate": {"edition": 2013.0}}), true},
		{"2022 edition", "certificate-outdated-edition", strong(), all, false},

		{"certified, file not read", "certificate-unreadable", strong(), stored("iso27001_certificate"), true},
		{"certified, no file", "certificate-unreadable", strong(), nil, true},
		{"certified, scope not found", "certificate-unreadable", strong(), files(map[string]map[string]any{"iso27001_certificate": {"expires_on": "2027-06-30"}}), true},
		{"certified, expiry and scope read", "certificate-unreadable", strong(), all, false},
		{"not certified", "certificate-unreadable", with(strong(), "iso27001_certified", false), nil, false},
	}
	gap := []tc{
		{"scope misses hosting", "certificate-scope-gap", strong(), all, true},
		{"scope covers every service", "certificate-scope-gap", strong(), all, false},
	}
	run := func(c tc, svc []Service) {
		t.Run(c.flag+"/"+c.name, func(t *testing.T) {
			r := score(t, c.answers, c.ev, svc)
			if got := slices.Contains(flagIDs(r), c.flag); got != c.fires {
				t.Errorf("%s fired = %v, want %v (flags: %v)", c.flag, got, c.fires, flagIDs(r))
			}
		})
	}
	for _, c := range cases {
		run(c, services)
	}
	run(gap[0], append(slices.Clone(services), Service{Name: "Cloud hosting"}))
	run(gap[1], services)

	// Every red flag of DESIGN.md has a case that fires and one that does not.
	want := []string{"it-only-security", "no-formal-training", "annual-training-only", "training-excludes-contractors",
		"training-unverified", "training-completion-low", "training-claim-mismatch", "stale-training-report",
		"no-contract-clauses", "contractors-without-obligations", "no-signed-acknowledgements", "one-time-acknowledgement",
		"stale-acknowledgements", "no-management-review", "stale-management-review", "no-disciplinary-process",
		"certificate-expired", "certificate-expiring", "certificate-scope-gap", "certificate-outdated-edition", "certificate-unreadable"}
	for _, id := range want {
		var fires, quiet bool
		for _, c := range append(cases, gap...) {
			if c.flag == id {
				fires, quiet = fires || c.fires, quiet || !c.fires
			}
		}
		if !fires || !quiet {
			t.Errorf("%s needs a case that fires and one that does not", id)
		}
	}
}

func TestFlagDetails(t *testing.T) {
	ev := append(stored("iso27001_certificate"), Evidence{ID: 9, QuestionID: "training_report", Status: StatusFailed})
	r := score(t, with(strong(), "security_ownership", "it_team"), ev, services)
	byID := map[string]RedFlag{}
	for _, f := range r.RedFlags {
		byID[f.ID] = f
	}
	tu := byID["training-unverified"]
	if !strings.Contains(tu.Explanation, "could not be read") || !slices.Equal(tu.EvidenceIDs, []uint{9}) ||
		!slices.Equal(tu.QuestionIDs, []string{"training_program", "training_report"}) {
		t.Errorf("training-unverified = %+v", tu)
	}
	it := byID["it-only-security"]
	if !strings.Contains(it.Explanation, "its IT team") || it.Severity != "high" || it.Title == "" {
		t.Errorf("it-only-security = %+v", it)
	}
	cu := byID["certificate-unreadable"]
	if !strings.Contains(cu.Explanation, "expiry date and scope could not be read") || !slices.Equal(cu.EvidenceIDs, []uint{100}) {
		t.Errorf("certificate-unreadable = %+v", cu)
	}
	// Worst first.
	for i := 1; i < len(r.RedFlags); i++ {
		if severityRank(r.RedFlags[i-1].Severity) > severityRank(r.RedFlags[i].Severity) {
			t.Errorf("flags not sorted by severity: %v", flagIDs(r))
		}
	}

	svc := append(slices.Clone(services), Service{Name: "Cloud hosting"}, Service{Name: "Data centres"})
	r = score(t, strong(), files(nil), svc)
	for _, f := range r.RedFlags {
		if f.ID == "certificate-scope-gap" {
			if !strings.Contains(f.Explanation, "Cloud hosting, Data centres") || f.Quote != "Payroll processing and HR services" || !slices.Equal(f.EvidenceIDs, []uint{8}) {
				t.Errorf("certificate-scope-gap = %+v", f)
			}
		}
	}
	if !slices.Equal(r.Certificate.UncoveredServices, []string{"Cloud hosting", "Data centres"}) {
		t.Errorf("uncovered = %v", r.Certificate.UncoveredServices)
	}

	r = score(t, strong(), files(map[string]map[string]any{"review_minutes": {"meeting_date": "2025-10-22"}}), services)
	if f := r.RedFlags[0]; f.ID != "stale-management-review" || !strings.Contains(f.Explanation, "quarterly") || !strings.Contains(f.Explanation, "(130 days ago)") {
		t.Errorf("stale-management-review = %+v", f)
	}
}

func TestCertificateVerdict(t *testing.T) {
	cert := func(facts map[string]any) []Evidence {
		return []Evidence{{ID: 1, QuestionID: "iso27001_certificate", Status: StatusExtracted, Facts: evidence.FromValues(facts)}}
	}
	scope := "Payroll processing and HR services"
	cases := []struct {
		name    string
		answers questionnaire.Answers
		ev      []Evidence
		status  string
		flag    string // the flag that must accompany this verdict, if any
	}{
		{"not certified", with(strong(), "iso27001_certified", false), cert(map[string]any{"expires_on": "2027-01-01"}), CertificateNotCertified, ""},
		{"certified question unanswered", with(strong(), "iso27001_certified", nil), nil, CertificateNotCertified, ""},
		{"certified, no file", strong(), nil, CertificateMissing, "certificate-unreadable"},
		{"file stored, not read", strong(), stored("iso27001_certificate"), CertificateUnreadable, "certificate-unreadable"},
		{"file failed to read", strong(), []Evidence{{ID: 1, QuestionID: "iso27001_certificate", Status: StatusFailed}}, CertificateUnreadable, "certificate-unreadable"},
		{"expiry not a date", strong(), cert(map[string]any{"expires_on": "soon", "scope": scope}), CertificateUnreadable, "certificate-unreadable"},
		{"expired", strong(), cert(map[string]any{"expires_on": "2026-02-28", "scope": scope}), CertificateExpired, "certificate-expired"},
		{"expired and 2013", strong(), cert(map[string]any{"expires_on": "2025-12-01", "edition": "2013", "scope": scope}), CertificateExpired, "certificate-outdated-edition"},
		{"2013 edition", strong(), cert(map[string]any{"expires_on": "2027-01-01", "edition": "ISO/IEC 27001:2013", "scope": scope}), CertificateOutdatedEdition, "certificate-outdated-edition"},
		{"expires today", strong(), cert(map[string]any{"expires_on": "2026-03-01", "scope": scope, "edition": "2022"}), CertificateExpiring, "certificate-expiring"},
		{"expires in 90 days", strong(), cert(map[string]any{"expires_on": "2026-05-30", "scope": scope, "edition": "2022"}), CertificateExpiring, "certificate-expiring"},
		{"expires in 91 days", strong(), cert(map[string]any{"expires_on": "2026-05-31", "scope": scope, "edition": "2022"}), CertificateValid, ""},
		{"timestamp expiry", strong(), cert(map[string]any{"expires_on": "2027-01-01T00:00:00Z", "scope": scope, "edition": "2022"}), CertificateValid, ""},
		{"newest upload wins", strong(), append(cert(map[string]any{"expires_on": "2020-01-01", "scope": scope}),
			Evidence{ID: 2, QuestionID: "iso27001_certificate", Status: StatusExtracted, Facts: evidence.FromValues(map[string]any{"expires_on": "2027-01-01", "edition": "2022"})}), CertificateValid, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := score(t, c.answers, c.ev, services)
			if r.Certificate.Status != c.status {
				t.Errorf("status = %s, want %s", r.Certificate.Status, c.status)
			}
			if c.flag != "" && !slices.Contains(flagIDs(r), c.flag) {
				t.Errorf("verdict %s without flag %s (flags %v)", c.status, c.flag, flagIDs(r))
			}
			if r.Certificate.CoveredServices == nil || r.Certificate.UncoveredServices == nil {
				t.Error("service lists must be empty, not null, in JSON")
			}
		})
	}
	r := score(t, strong(), files(nil), services)
	if r.Certificate.ExpiresOn != "2027-06-30" || r.Certificate.Scope != scope || len(r.Certificate.CoveredServices) != 2 {
		t.Errorf("certificate = %+v", r.Certificate)
	}
}

func TestCoverage(t *testing.T) {
	cases := []struct {
		scope     string
		services  []Service
		covered   []string
		uncovered []string
	}{
		{"The provision of payroll processing services", []Service{{Name: "Payroll processing"}}, []string{"Payroll processing"}, []string{}},
		{"Processing of payroll for UK clients", []Service{{Name: "Payroll processing"}}, []string{"Payroll processing"}, []string{}},
		{"Payroll processing", []Service{{Name: "Payroll processing"}, {Name: "Cloud hosting"}}, []string{"Payroll processing"}, []string{"Cloud hosting"}},
		{"Managed hosting of customer data", []Service{{Name: "Cloud hosting", Keywords: []string{"managed hosting"}}}, []string{"Cloud hosting"}, []string{}},
		{"Operation of data centres and libraries", []Service{{Name: "Data centre"}, {Name: "Library"}}, []string{"Data centre", "Library"}, []string{}},
		{"Anything", []Service{{Name: "  "}}, []string{}, []string{"  "}},
		{"Anything", nil, []string{}, []string{}},
	}
	for _, c := range cases {
		cov, unc := coverage(c.scope, c.services)
		if !slices.Equal(cov, c.covered) || !slices.Equal(unc, c.uncovered) {
			t.Errorf("coverage(%q) = %v / %v, want %v / %v", c.scope, cov, unc, c.covered, c.uncovered)
		}
	}
}

func TestRate(t *testing.T) {
	flag := func(sev string) []RedFlag { return []RedFlag{{ID: "x", Severity: sev}} }
	cases := []struct {
		score    int
		flags    []RedFlag
		want     string
		byScore  string
		raisedBy []string
	}{
		{100, flag("critical"), RatingCritical, RatingLow, []string{"x"}},
		{100, flag("high"), RatingHigh, RatingLow, []string{"x"}},
		{49, nil, RatingHigh, RatingHigh, nil},
		{50, nil, RatingMedium, RatingMedium, nil},
		{100, flag("medium"), RatingMedium, RatingLow, []string{"x"}},
		{30, flag("medium"), RatingHigh, RatingHigh, nil},
		{30, flag("high"), RatingHigh, RatingHigh, nil},
		{74, nil, RatingMedium, RatingMedium, nil},
		{75, nil, RatingLow, RatingLow, nil},
		{75, flag("low"), RatingLow, RatingLow, nil},
		{100, nil, RatingLow, RatingLow, nil},
		{90, []RedFlag{{ID: "m", Severity: "medium"}, {ID: "h1", Severity: "high"}, {ID: "h2", Severity: "high"}}, RatingHigh, RatingLow, []string{"h1", "h2"}},
	}
	for _, c := range cases {
		got := rating(c.score, c.flags)
		if got.Rating != c.want || got.ScoreRating != c.byScore || !slices.Equal(got.RaisedBy, c.raisedBy) && len(got.RaisedBy)+len(c.raisedBy) > 0 {
			t.Errorf("rating(%d, %v) = %+v, want %s (score alone %s) raised by %v", c.score, c.flags, got, c.want, c.byScore, c.raisedBy)
		}
	}
}

func TestScoreOrdering(t *testing.T) {
	backed := score(t, strong(), stored("security_policy", "training_report", "contract_sample", "acknowledgement_log",
		"onboarding_checklist", "review_minutes", "disciplinary_procedure", "iso27001_certificate"), services)
	bare := score(t, strong(), nil, services)
	failed := score(t, strong(), []Evidence{
		{ID: 1, QuestionID: "training_report", Status: StatusFailed},
		{ID: 2, QuestionID: "acknowledgement_log", Status: StatusFailed},
		{ID: 3, QuestionID: "review_minutes", Status: StatusFailed},
	}, services)
	weakRes := score(t, weak(), nil, services)
	if !(backed.Score > failed.Score && failed.Score > bare.Score && bare.Score > weakRes.Score) {
		t.Errorf("want backed > unreadable > bare > weak, got %d, %d, %d, %d", backed.Score, failed.Score, bare.Score, weakRes.Score)
	}
	if backed.Score != 100 {
		t.Errorf("strong answers with every file stored score %d, want 100", backed.Score)
	}
	if bare.Score >= 75 {
		t.Errorf("strong claims without a single file score %d: bare claims should not reach low risk on points", bare.Score)
	}
	if weakRes.Rating != RatingHigh || weakRes.Score >= 50 {
		t.Errorf("weak answers: score %d rating %s, want under 50 and high", weakRes.Score, weakRes.Rating)
	}
	// Files of a hidden question do not count: no disciplinary process means
	// the procedure question is not asked.
	noProc := with(strong(), "disciplinary_process", false)
	a := score(t, noProc, stored("disciplinary_procedure"), services)
	b := score(t, noProc, nil, services)
	if a.Score != b.Score {
		t.Errorf("a file for a hidden question changed the score: %d vs %d", a.Score, b.Score)
	}
	// Nothing answered at all.
	empty := score(t, questionnaire.Answers{}, nil, nil)
	if empty.Score != 0 || empty.Rating != RatingHigh {
		t.Errorf("empty: %d %s", empty.Score, empty.Rating)
	}
}

// TestScoreConcurrently guards the claim that a loaded definition can be
// shared: the web layer and the job queue score with one registry.
func TestScoreConcurrently(t *testing.T) {
	d := load54(t)
	want := score(t, strong(), files(nil), services)
	done := make(chan Result)
	for range 8 {
		go func() {
			r, err := Score(Input{Definition: d, Answers: strong(), Evidence: files(nil), Services: services, Now: now})
			if err != nil {
				t.Error(err)
			}
			done <- r
		}()
	}
	for range 8 {
		if r := <-done; r.Score != want.Score || len(r.RedFlags) != len(want.RedFlags) {
			t.Errorf("concurrent result differs: %+v", r)
		}
	}
}

func TestResultMetadata(t *testing.T) {
	d := load54(t)
	r := score(t, strong(), files(nil), services)
	if r.EngineVersion != EngineVersion || r.QuestionnaireID != d.ID || r.QuestionnaireVersion != d.Version || r.QuestionnaireHash != d.Hash {
		t.Errorf("metadata = %+v", r)
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"red_flags":[]`) || !strings.Contains(string(data), `"covered_services":["Payroll processing","HR services"]`) {
		t.Errorf("JSON = %s", data)
	}
}

func TestScoreRejectsBadInput(t *testing.T) {
	if _, err := Score(Input{Now: now}); err == nil {
		t.Error("no definition accepted")
	}
	if _, err := Score(Input{Definition: load54(t)}); err == nil {
		t.Error("zero time accepted")
	}
}

func TestMisreadDatesCountAsUnread(t *testing.T) {
	ev := files(map[string]map[string]any{
		"+review_minutes":       {"meeting_date": "last Tuesday"},
		"+iso27001_certificate": {"expires_on": "soon"},
	})
	r := score(t, strong(), ev, services)
	if got := flagIDs(r); !slices.Equal(got, []string{"certificate-unreadable"}) {
		t.Errorf("flags = %v, want only certificate-unreadable", got)
	}
	if !strings.Contains(r.RedFlags[0].Explanation, "expiry date could not be read") {
		t.Errorf("explanation = %q", r.RedFlags[0].Explanation)
	}
}

var (
	load54 = questionnairetest.Load54
	strong = questionnairetest.Strong
	weak   = questionnairetest.Weak
	with   = questionnairetest.With
)

// coverage splits services into those the certificate scope covers and
// those it does not, leaving out the uncertain ones. The tests read the
// matcher's verdicts through it; certificateVerdict uses scope.Cover directly.
func coverage(statement string, services []Service) (covered, uncovered []string) {
	covered, uncovered = []string{}, []string{}
	for _, s := range services {
		switch scope.Cover(statement, s.Name, s.Keywords).Verdict {
		case scope.Covered:
			covered = append(covered, s.Name)
		case scope.Uncovered:
			uncovered = append(uncovered, s.Name)
		}
	}
	return covered, uncovered
}
