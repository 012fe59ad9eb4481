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
		{"doubtful date", `{"scope":"x","doubts":{"expires_on":{"reason":"day or month first","readings":["2027-04-03","2027-03-04"]}},"quotes":{"expires_on":"Valid until 03/04/2027"}}`},
		{"doubt without readings", `{"edition":"2022","doubts":{"scope":{"reason":"two scopes","readings":[]}}}`},
		{"doubt of no fact", `{"scope":"x","doubts":{"colour":{"reason":"r","readings":["a"]}}}`},
		{"doubt of a topic", `{"meeting_date":"2026-03-12","doubts":{"topics.incidents":{"reason":"r","readings":[true]}}}`},
		{"doubt with a reading of the wrong type", `{"scope":"x","doubts":{"expires_on":{"reason":"r","readings":[3]}}}`},
		{"doubt of a known fact", `{"expires_on":"2027-01-01","doubts":{"expires_on":{"reason":"r","readings":["2027-01-01"]}}}`},
		{"doubt without a reason", `{"scope":"x","doubts":{"expires_on":{"readings":["2027-01-01"]}}}`},
		{"doubts not an object", `{"scope":"x","doubts":["expires_on"]}`},
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
	if !reflect.DeepEqual(f.Pages, FactOf(2, "")) || !reflect.DeepEqual(tr.People, FactOf(3, "")) ||
		!reflect.DeepEqual(tr.CompletionRate, FactOf(66.7, "2 of 3")) ||
		!reflect.DeepEqual(tr.NewestCompletion, FactOf(Date("2026-01-12"), "")) || tr.OldestCompletion.Known ||
		!reflect.DeepEqual(tr.ContractorsIncluded, FactOf(false, "Name | Type")) {
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
	if !reflect.DeepEqual(f.Training.CompletionRate, FactOf(95.0, "6 of 10")) {
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

func TestDoubtfulFact(t *testing.T) {
	const stored = `{"doubts":{"expires_on":{"reason":"The document does not say whether the day or the month comes first.",` +
		`"readings":["2027-04-03","2027-03-04"]}},"quotes":{"expires_on":"Valid until: 03/04/2027"},"scope":"Payroll"}`
	var f Facts
	if err := json.Unmarshal([]byte(stored), &f); err != nil {
		t.Fatal(err)
	}
	c := f.Certificate
	want := DoubtOf("Valid until: 03/04/2027", "The document does not say whether the day or the month comes first.",
		Date("2027-04-03"), Date("2027-03-04"))
	if c == nil || !reflect.DeepEqual(c.ExpiresOn, want) || c.ExpiresOn.Known || !c.ExpiresOn.Doubtful() {
		t.Fatalf("decoded %+v", c)
	}
	if _, seen := f.Values()[KeyExpiresOn]; seen {
		t.Error("rules see a doubtful fact as known")
	}
	wantDoubts := map[string]Doubt{KeyExpiresOn: {Reason: want.Doubt, Readings: []any{"2027-04-03", "2027-03-04"}}}
	if got := f.Doubts(); !reflect.DeepEqual(got, wantDoubts) {
		t.Errorf("doubts %#v", got)
	}
	if again := FromValues(f.Values()); !reflect.DeepEqual(again.Certificate.ExpiresOn, want) {
		t.Errorf("read back from Values: %+v", again.Certificate.ExpiresOn)
	}
	if (Facts{Certificate: &Certificate{}}).Values()[KeyDoubts] != nil {
		t.Error("doubts written for a file without any")
	}

	corrected := f.For(QuestionCertificate)
	if _, err := corrected.Correct(KeyExpiresOn, "2027-03-04"); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(corrected.Certificate.ExpiresOn, FactOf(Date("2027-03-04"), "Valid until: 03/04/2027")) ||
		len(corrected.Doubts()) != 0 || corrected.Values()[KeyDoubts] != nil || corrected.Values()[KeyExpiresOn] != "2027-03-04" {
		t.Errorf("a correction leaves %+v, values %v", corrected.Certificate.ExpiresOn, corrected.Values())
	}
	if !f.Certificate.ExpiresOn.Doubtful() {
		t.Error("correcting a copy from For settled the extracted doubt")
	}
	overridden := f.For(QuestionCertificate)
	overridden.Override(KeyExpiresOn, "some day")
	if len(overridden.Doubts()) != 0 || overridden.Values()[KeyExpiresOn] != "some day" {
		t.Errorf("an untyped correction leaves %v", overridden.Values())
	}

	var onlyDoubt Facts
	if err := json.Unmarshal([]byte(`{"doubts":{"issued_on":{"reason":"r","readings":["2024-01-02","2024-02-01"]}}}`), &onlyDoubt); err != nil {
		t.Fatal(err)
	}
	if onlyDoubt.Certificate == nil || !onlyDoubt.Certificate.IssuedOn.Doubtful() {
		t.Errorf("a file whose only fact is doubtful decoded as %+v", onlyDoubt)
	}
}

// TestDoubtfulTopic checks that a topic of minutes the reader could not
// settle is kept as a doubt, out of the topics rules see, and survives
// storage.
func TestDoubtfulTopic(t *testing.T) {
	f := Facts{Minutes: &Minutes{Topics: map[string]Fact[bool]{
		TopicActionItems: FactOf(true, "Agreed actions"),
		TopicIncidents:   DoubtOf("Punkt 4: Rcgclvcrst6fc", "not found, but OCR could not read a word", false, true),
	}}}
	topics, _ := f.Values()[KeyTopics].(map[string]bool)
	if _, seen := topics[TopicIncidents]; seen || !topics[TopicActionItems] {
		t.Errorf("rules see the topics %v", topics)
	}
	want := Doubt{Reason: "not found, but OCR could not read a word", Readings: []any{false, true}}
	if got := f.Doubts()[KeyTopics+"."+TopicIncidents]; !reflect.DeepEqual(got, want) {
		t.Errorf("doubt %#v", got)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var back Facts
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Minutes == nil || !reflect.DeepEqual(back.Minutes.Topics, f.Minutes.Topics) {
		t.Errorf("stored as %s, read back as %+v", b, back.Minutes)
	}
}

func TestWordsKeepsAWholeFirstLetter(t *testing.T) {
	for id, want := range map[string]string{
		"in_progress": "In progress", "élevé": "Élevé", "株式会社テスト": "株式会社テスト", "": "", "_": "",
	} {
		if got := Words(id); got != want {
			t.Errorf("Words(%q) = %q, want %q", id, got, want)
		}
	}
}
