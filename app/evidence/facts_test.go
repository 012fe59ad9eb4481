package evidence

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestDecodeKeepsWhatFitsNoField(t *testing.T) {
	cases := []struct{ name, in string }{
		{"empty", `{}`},
		{"unknown key", `{"colour":"blue","pages":2}`},
		{"wrong type", `{"expires_on":20270101,"scope":"Payroll","quotes":{"scope":"Scope: Payroll"}}`},
		{"fraction of a count", `{"people":2.5,"completed":1,"completion_rate":40}`},
		{"quote of no fact", `{"meeting_date":"2026-03-12","quotes":{"meeting_date":"held on 12 March","venue":"Room 1"}}`},
		{"empty quote", `{"signatures":1,"signature_dates":[],"quotes":{"signatures":""}}`},
		{"quotes not text", `{"scope":"x","quotes":{"scope":3}}`},
		{"topics not all flags", `{"meeting_date":"2026-03-12","topics":{"incidents":"yes"}}`},
		{"coverage confirmed", `{"coverage:Payroll":"uncovered","expires_on":"2027-01-01"}`},
		{"list with a number", `{"sites":["Leeds",3],"scope":"x"}`},
		{"shared keys only", `{"people":3,"rows":4,"contractors_included":false}`},
		{"two kinds", `{"expires_on":"2027-01-01","completion_rate":50}`},
		{"corrected text under a typed key", `{"completion_rate":"ninety","completed":3}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f Facts
			if err := json.Unmarshal([]byte(c.in), &f); err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			var a, b any
			_ = json.Unmarshal([]byte(c.in), &a)
			_ = json.Unmarshal(got, &b)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("round trip gives %s", got)
			}
		})
	}
}

func TestDecodeTypes(t *testing.T) {
	var f Facts
	in := `{"pages":2,"words":40,"people":3,"rows":4,"completed":2,"completion_rate":66.7,"newest_completion":"2026-01-12",
		"contractors_included":false,"quotes":{"completion_rate":"2 of 3","contractors_included":"Name | Type"}}`
	if err := json.Unmarshal([]byte(in), &f); err != nil {
		t.Fatal(err)
	}
	tr := f.Training
	if tr == nil || f.Certificate != nil || f.Acknowledgements != nil {
		t.Fatalf("kind: %+v", f)
	}
	if f.Pages != FactOf(2, "") || tr.People != FactOf(3, "") || tr.CompletionRate != FactOf(66.7, "2 of 3") ||
		tr.NewestCompletion != FactOf(Date("2026-01-12"), "") || tr.OldestCompletion.Known ||
		tr.ContractorsIncluded != FactOf(false, "Name | Type") {
		t.Errorf("decoded %+v", *tr)
	}
	var e Facts
	if err := json.Unmarshal([]byte(`{"edition":2013}`), &e); err != nil || e.Certificate == nil || e.Certificate.Edition.Value != "2013" {
		t.Errorf("an edition written as a number: %+v, %v", e.Certificate, err)
	}
	if z := (Facts{}); !z.IsZero() || string(must(json.Marshal(z))) != "{}" {
		t.Error("no facts must be {}")
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestCorrect(t *testing.T) {
	extracted := Facts{Training: &TrainingReport{CompletionRate: FactOf(60.0, "6 of 10")}}
	cases := []struct {
		question, key string
		value         any
		want          any
		unknown       bool
		message       string
	}{
		{QuestionTrainingReport, KeyCompletionRate, "95", 95.0, false, ""},
		{QuestionTrainingReport, KeyCompletionRate, "95 %", 95.0, false, ""},
		{QuestionTrainingReport, KeyCompletionRate, 95.0, 95.0, false, ""},
		{QuestionTrainingReport, KeyCompletionRate, "most", nil, false, "Enter a number."},
		{QuestionTrainingReport, KeyPeople, "12", 12.0, false, ""},
		{QuestionTrainingReport, KeyPeople, "12.5", nil, false, "Enter a whole number."},
		{QuestionTrainingReport, KeyNewestCompletion, "2026-02-01", "2026-02-01", false, ""},
		{QuestionTrainingReport, KeyNewestCompletion, "1 Feb 2026", nil, false, "Enter the date as YYYY-MM-DD."},
		{QuestionTrainingReport, KeyContractorsIncluded, "Yes", true, false, ""},
		{QuestionTrainingReport, KeyContractorsIncluded, false, false, false, ""},
		{QuestionTrainingReport, KeyContractorsIncluded, "maybe", nil, false, "Enter yes or no."},
		{QuestionTrainingReport, KeyExpiresOn, "2027-01-01", "2027-01-01", false, ""},
		{QuestionTrainingReport, KeyExpiresOn, "next year", nil, false, "Enter the date as YYYY-MM-DD."},
		{QuestionTrainingReport, KeyCoverage + "Payroll", "covered", "covered", false, ""},
		{QuestionTrainingReport, KeyCoverage, "covered", nil, true, "Name the service after coverage:."},
		{QuestionTrainingReport, "quotes", "x", nil, true, "There is no such fact."},
		{QuestionTrainingReport, "colour", "blue", nil, true, "There is no such fact."},
		{QuestionTrainingReport, KeyPages, "3", 3.0, false, ""},
		{QuestionCertificate, KeyExpiresOn, "2027-01-01", "2027-01-01", false, ""},
		{QuestionCertificate, KeyEdition, "2022", "2022", false, ""},
		{QuestionCertificate, KeySites, "Leeds; 1 Bank St, London", []string{"Leeds", "1 Bank St, London"}, false, ""},
		{QuestionCertificate, KeyCoverage + "Payroll", "uncovered", "uncovered", false, ""},
		{QuestionCertificate, KeyCoverage + "Payroll", "partly", nil, false, "Choose covered or uncovered."},
		{QuestionReviewMinutes, KeyTopics, "yes", nil, true, "The topics of minutes cannot be corrected."},
		{QuestionReviewMinutes, KeyAttendees, "A B (CEO); C D", []string{"A B (CEO)", "C D"}, false, ""},
		{QuestionAcknowledgements, KeySignatureDates, "2026-01-01; 2025-06-01", []string{"2026-01-01", "2025-06-01"}, false, ""},
		{QuestionAcknowledgements, KeySignatureDates, "2026-01-01; soon", nil, false, "Enter the dates as YYYY-MM-DD, separated by semicolons."},
		{"security_policy", KeyWords, "120", 120.0, false, ""},
		{"security_policy", KeyScope, "Payroll", "Payroll", false, ""},
		{QuestionReviewMinutes, KeyCompletionRate, "100", 100.0, false, ""},
	}
	for _, c := range cases {
		base := extracted
		if c.question != QuestionTrainingReport {
			base = Facts{}
		}
		f := base.For(c.question)
		got, err := f.Correct(c.key, c.value)
		var ce *CorrectionError
		switch {
		case c.message == "" && err != nil:
			t.Errorf("%s %s=%v: %v", c.question, c.key, c.value, err)
		case c.message != "" && (!errors.As(err, &ce) || ce.Message != c.message || ce.Unknown != c.unknown || ce.Fact != c.key):
			t.Errorf("%s %s=%v: err = %#v, want %q (unknown %v)", c.question, c.key, c.value, err, c.message, c.unknown)
		case !reflect.DeepEqual(got, c.want):
			t.Errorf("%s %s=%v: value %#v, want %#v", c.question, c.key, c.value, got, c.want)
		case err == nil && !reflect.DeepEqual(f.Values()[c.key], c.want):
			t.Errorf("%s %s=%v: facts say %#v", c.question, c.key, c.value, f.Values()[c.key])
		}
	}
	if extracted.Training.CompletionRate.Value != 60 {
		t.Error("correcting a copy from For changed the extracted facts")
	}
}

func TestCorrectionKeepsQuote(t *testing.T) {
	f := Facts{Training: &TrainingReport{CompletionRate: FactOf(60.0, "6 of 10")}}
	f.Override(KeyCompletionRate, 95.0)
	if f.Training.CompletionRate != FactOf(95.0, "6 of 10") {
		t.Errorf("corrected fact %+v", f.Training.CompletionRate)
	}
}

func TestOverrideKeepsWhatNoLongerFits(t *testing.T) {
	f := Facts{Training: &TrainingReport{CompletionRate: FactOf(60.0, "")}}
	f.Override(KeyCompletionRate, "about ninety")
	f.Override("colour", "blue")
	v := f.Values()
	if f.Training.CompletionRate.Known || v[KeyCompletionRate] != "about ninety" || v["colour"] != "blue" {
		t.Errorf("values %v, typed %+v", v, f.Training.CompletionRate)
	}
}

func TestDateTime(t *testing.T) {
	for in, want := range map[Date]string{"2027-03-31": "2027-03-31", "2027-01-01T00:00:00Z": "2027-01-01", "soon": "", "": ""} {
		got, ok := in.Time()
		if ok != (want != "") || ok && got.Format(time.DateOnly) != want {
			t.Errorf("%q: %v %v", in, got, ok)
		}
	}
}
