package scoring

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/evidence"
	"assay/app/questionnaire"
	"assay/app/scope"
)

func TestCertificateCoverage(t *testing.T) {
	cert := func(scope string) []Evidence {
		return []Evidence{{ID: 1, QuestionID: "iso27001_certificate", Status: StatusExtracted,
			Facts: evidence.FromValues(map[string]any{"expires_on": "2027-06-30", "edition": "2022", "scope": scope})}}
	}
	svc := []Service{
		{Name: "Payroll processing"},
		{Name: "Managed hosting in Frankfurt"},
		{Name: "HR services"},
		{Name: "Cloud backup", Keywords: []string{"backup"}},
	}
	cases := []struct {
		name                          string
		scope                         string
		covered, uncovered, uncertain []string
		flag                          bool
	}{
		{"everything covered", "The processing of payroll, HR services, backup, and managed hosting in Frankfurt.",
			[]string{"Payroll processing", "Managed hosting in Frankfurt", "HR services", "Cloud backup"}, []string{}, []string{}, false},
		{"exclusion and site limit", "HR services and payroll processes, excluding the payroll module. Managed hosting, limited to the Dublin data centre.",
			[]string{"HR services"}, []string{"Payroll processing", "Managed hosting in Frankfurt", "Cloud backup"}, []string{}, true},
		{"only uncertain", "Managed hosting in EU data centres; payroll processing; HR services; backup.",
			[]string{"Payroll processing", "HR services", "Cloud backup"}, []string{}, []string{"Managed hosting in Frankfurt"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := score(t, strong(), cert(c.scope), svc)
			got := r.Certificate
			if !slices.Equal(got.CoveredServices, c.covered) || !slices.Equal(got.UncoveredServices, c.uncovered) ||
				!slices.Equal(got.UncertainServices, c.uncertain) {
				t.Errorf("covered %q uncovered %q uncertain %q; want %q %q %q\n%+v", got.CoveredServices, got.UncoveredServices,
					got.UncertainServices, c.covered, c.uncovered, c.uncertain, got.Coverage)
			}
			if len(got.Coverage) != len(svc) {
				t.Fatalf("coverage has %d entries for %d services", len(got.Coverage), len(svc))
			}
			for i, cov := range got.Coverage {
				if cov.Service != svc[i].Name || cov.Reason == "" {
					t.Errorf("coverage[%d] = %+v", i, cov)
				}
			}
			fired := slices.Contains(flagIDs(r), "certificate-scope-gap")
			if fired != c.flag {
				t.Errorf("certificate-scope-gap fired = %v, want %v", fired, c.flag)
			}
			if fired {
				for _, f := range r.RedFlags {
					if f.ID == "certificate-scope-gap" && !strings.Contains(f.Explanation, strings.Join(c.uncovered, ", ")) {
						t.Errorf("explanation %q does not name %v", f.Explanation, c.uncovered)
					}
				}
			}
		})
	}

	// The sentence that excludes a service is kept with its verdict.
	r := score(t, strong(), cert("HR services and payroll processes, excluding the payroll module."), svc[:1])
	if cov := r.Certificate.Coverage[0]; cov.Verdict != scope.Uncovered || !strings.Contains(cov.Sentence, "excluding the payroll module") {
		t.Errorf("coverage = %+v", cov)
	}
}

func TestCertificateJSON(t *testing.T) {
	cases := []struct {
		name string
		ev   []Evidence
		want []string
	}{
		{"not certified yet has lists", nil, []string{`"covered_services":[]`, `"uncovered_services":[]`, `"uncertain_services":[]`, `"coverage":[]`}},
		{"with scope", files(nil), []string{`"covered_services":["Payroll processing","HR services"]`, `"uncertain_services":[]`,
			`"coverage":[{"service":"Payroll processing","verdict":"covered","sentence":"Payroll processing and HR services","reason":`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := score(t, strong(), c.ev, services)
			data, err := json.Marshal(r.Certificate)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(string(data), w) {
					t.Errorf("JSON %s lacks %s", data, w)
				}
			}
		})
	}
}

// Results store the verdict as JSON, and the API shows it; the part rules see is embedded, so
// its fields must keep their names, their place and the stored JSON must read back whole.
func TestCertificateJSONRoundTrip(t *testing.T) {
	c := Certificate{CertificateState: questionnaire.CertificateState{Status: CertificateValid, ExpiresOn: "2027-01-01", Scope: "x",
		CoveredServices: []string{"a"}, UncoveredServices: []string{"b"}}, UncertainServices: []string{"c"}, Coverage: []scope.Coverage{}}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"status":"valid","expires_on":"2027-01-01","scope":"x","covered_services":["a"],"uncovered_services":["b"],` +
		`"uncertain_services":["c"],"coverage":[]}`
	if string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
	var back Certificate
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, c) {
		t.Errorf("read back %+v, want %+v", back, c)
	}
}

func TestAnalystConfirmationOverridesCoverage(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	svc := []Service{{Name: "HR analytics consulting"}}
	facts := map[string]any{"scope": "Development of HR software.", "expires_on": "2027-06-30", "edition": "2022"}
	files := questionnaire.EvidenceState{Usable: 1, Facts: facts}
	before := certificateVerdict(true, files, svc, now)
	if len(before.UncertainServices) != 1 {
		t.Fatalf("generic scope should leave the service uncertain: %+v", before)
	}
	facts[ConfirmedCoverageKey+"HR analytics consulting"] = scope.Covered
	after := certificateVerdict(true, files, svc, now)
	if len(after.CoveredServices) != 1 || len(after.UncertainServices) != 0 || after.Coverage[0].Reason != "confirmed by an analyst" {
		t.Fatalf("confirmed covered: %+v", after)
	}
	facts[ConfirmedCoverageKey+"HR analytics consulting"] = scope.Uncovered
	if got := certificateVerdict(true, files, svc, now); len(got.UncoveredServices) != 1 {
		t.Fatalf("confirmed uncovered: %+v", got)
	}
}

func TestUncertainExpiry(t *testing.T) {
	// now is 1 March 2026 (see scoring_test.go): 12 February 2026 is past
	// and 2 December 2026 is months away, so the two readings disagree.
	const quote = "Expiry date: 12/02/2026"
	doubtful := map[string]any{"scope": "Payroll processing and HR services", "edition": "2022",
		"doubts": map[string]any{"expires_on": map[string]any{
			"reason":   "12/02/2026 could be 12 February 2026 or 2 December 2026: nothing in the document shows whether it writes the day or the month first.",
			"readings": []any{"2026-02-12", "2026-12-02"}}},
		"quotes": map[string]any{"expires_on": quote}}
	cert := func(id uint, facts map[string]any) Evidence {
		return Evidence{ID: id, QuestionID: evidence.QuestionCertificate, Status: StatusExtracted, Facts: evidence.FromValues(facts)}
	}
	older := map[string]any{"expires_on": "2025-01-31", "scope": "Payroll processing", "edition": "2022"}
	cases := []struct {
		name   string
		ev     []Evidence
		status string
	}{
		{"doubtful expiry", []Evidence{cert(1, doubtful)}, CertificateUncertain},
		{"an older certificate's expiry does not stand in", []Evidence{cert(1, older), cert(2, doubtful)}, CertificateUncertain},
		{"readings that agree give their status", []Evidence{cert(1, map[string]any{"scope": "Payroll processing", "edition": "2022",
			"doubts": map[string]any{"expires_on": map[string]any{"reason": "r", "readings": []any{"2028-02-12", "2028-12-02"}}}})}, CertificateValid},
		{"a newer certificate's known expiry settles it", []Evidence{cert(1, doubtful), cert(2, map[string]any{"expires_on": "2028-01-31", "scope": "Payroll"})}, CertificateValid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := score(t, strong(), c.ev, services)
			if r.Certificate.Status != c.status {
				t.Fatalf("status %q, want %q", r.Certificate.Status, c.status)
			}
			for _, id := range flagIDs(r) {
				if id == "certificate-expired" || id == "certificate-expiring" {
					t.Errorf("red flag %s fired on an uncertain expiry", id)
				}
			}
			if c.status != CertificateUncertain {
				return
			}
			x := r.Certificate.Explanation
			for _, want := range []string{quote, "12 February 2026", "2 December 2026", "confirm"} {
				if !strings.Contains(x, want) {
					t.Errorf("explanation %q does not say %q", x, want)
				}
			}
			if !slices.Equal(r.Certificate.ExpiryReadings, []string{"2026-02-12", "2026-12-02"}) || r.Certificate.ExpiresOn != "" {
				t.Errorf("readings %q, expires_on %q", r.Certificate.ExpiryReadings, r.Certificate.ExpiresOn)
			}
		})
	}

	// The analyst picks a reading: the certificate is scored on that date.
	for reading, want := range map[string]string{"2026-02-12": CertificateExpired, "2026-12-02": CertificateValid} {
		f := evidence.FromValues(doubtful).For(evidence.QuestionCertificate)
		f.Override(evidence.KeyExpiresOn, reading)
		r := score(t, strong(), []Evidence{{ID: 1, QuestionID: evidence.QuestionCertificate, Status: StatusExtracted, Facts: f}}, services)
		if r.Certificate.Status != want || r.Certificate.ExpiresOn != reading {
			t.Errorf("confirmed %s: status %q expires %q, want %q", reading, r.Certificate.Status, r.Certificate.ExpiresOn, want)
		}
	}
}

// A certificate whose edition was not read may be to the 2013 edition, which lapsed on
// 31 October 2025: from the next day it is uncertain unless its own dates show it is to the
// 2022 edition, and the certificate-unreadable red flag tells the analyst why.
func TestUnknownEdition(t *testing.T) {
	const issuedQuote, expiryQuote = "Data di rilascio: 26/09/2023", "Scadenza: 14/09/2027"
	cert := func(facts map[string]any) []Evidence {
		values := map[string]any{"scope": "Payroll processing and HR services", "expires_on": "2027-09-14",
			"quotes": map[string]any{"expires_on": expiryQuote}}
		maps.Copy(values, facts)
		return []Evidence{{ID: 1, QuestionID: evidence.QuestionCertificate, Status: StatusExtracted, Facts: evidence.FromValues(values)}}
	}
	issued2023 := map[string]any{"issued_on": "2023-09-26", "quotes": map[string]any{"issued_on": issuedQuote, "expires_on": expiryQuote}}
	afterLapse := time.Date(2026, time.February, 15, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		now    time.Time
		facts  map[string]any
		status string
	}{
		{"before the lapse", time.Date(2025, time.June, 1, 0, 0, 0, 0, time.UTC), issued2023, CertificateValid},
		{"on the day of the lapse", time.Date(2025, time.October, 31, 12, 0, 0, 0, time.UTC), issued2023, CertificateValid},
		{"the day after the lapse", time.Date(2025, time.November, 1, 0, 0, 0, 0, time.UTC), issued2023, CertificateUncertain},
		{"after the lapse", afterLapse, issued2023, CertificateUncertain},
		{"after the lapse, issue date not read", afterLapse, nil, CertificateUncertain},
		{"after the lapse, expiring", afterLapse, map[string]any{"expires_on": "2026-03-01"}, CertificateUncertain},
		{"after the lapse, expired whichever the edition", afterLapse, map[string]any{"expires_on": "2026-02-14"}, CertificateExpired},
		{"issued after the lapse", afterLapse, map[string]any{"issued_on": "2025-11-01"}, CertificateValid},
		{"issued after the lapse, expiring", afterLapse, map[string]any{"issued_on": "2025-11-20", "expires_on": "2026-03-01"}, CertificateExpiring},
		{"issued on the day of the lapse", afterLapse, map[string]any{"issued_on": "2025-10-31"}, CertificateUncertain},
		{"issue date uncertain", afterLapse, map[string]any{"doubts": map[string]any{"issued_on": map[string]any{
			"reason": "r", "readings": []any{"2025-11-12", "2025-12-11"}}}}, CertificateUncertain},
		{"2022 edition read", afterLapse, map[string]any{"edition": "2022"}, CertificateValid},
		{"2013 edition read", afterLapse, map[string]any{"edition": "ISO/IEC 27001:2013"}, CertificateOutdatedEdition},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Score(Input{Definition: load54(t), Answers: strong(), Evidence: cert(c.facts), Services: services, Now: c.now})
			if err != nil {
				t.Fatal(err)
			}
			got := r.Certificate
			if got.Status != c.status {
				t.Fatalf("status %q, want %q (%s)", got.Status, c.status, got.Explanation)
			}
			flags := flagIDs(r)
			if slices.Contains(flags, "certificate-outdated-edition") != (c.status == CertificateOutdatedEdition) {
				t.Errorf("status %s with flags %v", got.Status, flags)
			}
			if slices.Contains(flags, "certificate-unreadable") != (c.status == CertificateUncertain) {
				t.Errorf("status %s with flags %v: certificate-unreadable must fire exactly on an uncertain verdict", got.Status, flags)
			}
			if got.ExpiresOn == "" {
				t.Errorf("a known expiry is kept on an uncertain edition: %+v", got)
			}
			if c.status != CertificateUncertain {
				if got.Explanation != "" {
					t.Errorf("explanation %q on a settled verdict", got.Explanation)
				}
				return
			}
			for _, want := range []string{"edition of ISO/IEC 27001 could not be read", "31 October 2025", expiryQuote, "which edition"} {
				if !strings.Contains(got.Explanation, want) {
					t.Errorf("explanation %q does not say %q", got.Explanation, want)
				}
			}
			if c.facts["issued_on"] == "2023-09-26" && !strings.Contains(got.Explanation, issuedQuote) {
				t.Errorf("explanation %q does not quote the issue date %q", got.Explanation, issuedQuote)
			}
			for _, f := range r.RedFlags {
				if f.ID == "certificate-unreadable" && (!strings.Contains(f.Explanation, "edition of ISO/IEC 27001 could not be read") ||
					!strings.Contains(f.Explanation, "31 October 2025") || f.Quote != expiryQuote) {
					t.Errorf("certificate-unreadable says %q, quotes %q", f.Explanation, f.Quote)
				}
			}
		})
	}
}

// An expiry written ambiguously on a certificate whose edition was not read leaves both for an
// analyst to confirm once the 2013 edition has lapsed.
func TestUncertainExpiryAndEdition(t *testing.T) {
	const quote = "Expiry date: 12/02/2027"
	facts := map[string]any{"scope": "Payroll processing and HR services",
		"doubts": map[string]any{"expires_on": map[string]any{"reason": "12/02/2027 could be 12 February 2027 or 2 December 2027.",
			"readings": []any{"2027-02-12", "2027-12-02"}}},
		"quotes": map[string]any{"expires_on": quote}}
	r := score(t, strong(), []Evidence{{ID: 1, QuestionID: evidence.QuestionCertificate, Status: StatusExtracted, Facts: evidence.FromValues(facts)}}, services)
	c := r.Certificate
	if c.Status != CertificateUncertain || c.ExpiresOn != "" || len(c.ExpiryReadings) != 2 {
		t.Fatalf("certificate %+v", c)
	}
	for _, want := range []string{quote, "expiry date is uncertain", "edition of ISO/IEC 27001 could not be read", "which date it is and which edition"} {
		if !strings.Contains(c.Explanation, want) {
			t.Errorf("explanation %q does not say %q", c.Explanation, want)
		}
	}
	if !slices.Contains(flagIDs(r), "certificate-unreadable") {
		t.Errorf("flags %v", flagIDs(r))
	}
}
