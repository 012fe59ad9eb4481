package questionnaire_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"assay/app/questionnaire"
)

func TestShipped54MatchesDesign(t *testing.T) {
	d := load54(t)
	// The ids, types and options the API, exports and tests rely on (DESIGN.md).
	want := []struct {
		id, typ string
		options []string
	}{
		{"security_ownership", "single", []string{"it_team", "ciso_only", "line_management"}},
		{"responsibilities_documented", "yesno", nil},
		{"security_policy", "evidence", nil},
		{"communication_methods", "multi", []string{"onboarding_briefing", "role_briefings", "periodic_updates", "intranet_only"}},
		{"training_program", "single", []string{"none", "ad_hoc", "annual", "continuous"}},
		{"training_includes_contractors", "yesno", nil},
		{"training_completion_rate", "number", nil},
		{"training_report", "evidence", nil},
		{"employment_contract_clauses", "yesno", nil},
		{"contractor_agreements", "yesno", nil},
		{"contract_sample", "evidence", nil},
		{"acknowledgement_process", "single", []string{"none", "onboarding_only", "annual", "on_change"}},
		{"acknowledgement_log", "evidence", nil},
		{"management_review_cadence", "single", []string{"none", "ad_hoc", "annual", "semiannual", "quarterly"}},
		{"review_minutes", "evidence", nil},
		{"security_kpis", "yesno", nil},
		{"disciplinary_process", "yesno", nil},
		{"disciplinary_procedure", "evidence", nil},
		{"onboarding_checklist", "evidence", nil},
		{"reporting_channel", "yesno", nil},
		{"iso27001_certified", "yesno", nil},
		{"iso27001_certificate", "evidence", nil},
		{"iso27001_scope", "text", nil},
	}
	if got := len(d.Questions()); got != len(want) {
		t.Errorf("the file has %d questions, DESIGN.md lists %d", got, len(want))
	}
	for _, w := range want {
		q, ok := d.Question(w.id)
		if !ok {
			t.Errorf("question %s is missing", w.id)
			continue
		}
		if q.Type != w.typ {
			t.Errorf("%s: type %s, want %s", w.id, q.Type, w.typ)
		}
		var opts []string
		for _, o := range q.Options {
			opts = append(opts, o.ID)
		}
		if !slices.Equal(opts, w.options) {
			t.Errorf("%s: options %v, want %v", w.id, opts, w.options)
		}
		if q.Help == "" {
			t.Errorf("%s has no help text", w.id)
		}
	}
	rate, _ := d.Question("training_completion_rate")
	if rate.Min == nil || *rate.Min != 0 || rate.Max == nil || *rate.Max != 100 {
		t.Errorf("training_completion_rate must range 0–100")
	}
	if d.ID != "iso27001-a5.4" || d.Version != "1.3.0" || len(d.Hash) != 64 {
		t.Errorf("id/version/hash = %q %q %q", d.ID, d.Version, d.Hash)
	}
}

func TestVisibility(t *testing.T) {
	d := load54(t)
	cases := []struct {
		name     string
		answers  questionnaire.Answers
		question string
		visible  bool
	}{
		{"contractors asked when training is annual", questionnaire.Answers{"training_program": "annual"}, "training_includes_contractors", true},
		{"contractors asked when training is ad hoc", questionnaire.Answers{"training_program": "ad_hoc"}, "training_includes_contractors", true},
		{"contractors hidden when there is no training", questionnaire.Answers{"training_program": "none"}, "training_includes_contractors", false},
		{"contractors asked before training is answered", questionnaire.Answers{}, "training_includes_contractors", true},
		{"completion rate asked when training is continuous", questionnaire.Answers{"training_program": "continuous"}, "training_completion_rate", true},
		{"completion rate hidden when there is no training", questionnaire.Answers{"training_program": "none"}, "training_completion_rate", false},
		{"training report hidden without a programme", questionnaire.Answers{"training_program": "none"}, "training_report", false},
		{"training report asked for annual training", questionnaire.Answers{"training_program": "annual"}, "training_report", true},
		{"certificate upload hidden until certified", questionnaire.Answers{"iso27001_certified": false}, "iso27001_certificate", false},
		{"certificate upload asked when certified", questionnaire.Answers{"iso27001_certified": true}, "iso27001_certificate", true},
		{"acknowledgement log hidden without a process", questionnaire.Answers{"acknowledgement_process": "none"}, "acknowledgement_log", false},
		{"minutes hidden without reviews", questionnaire.Answers{"management_review_cadence": "none"}, "review_minutes", false},
		{"minutes asked for ad hoc reviews, optional", questionnaire.Answers{"management_review_cadence": "ad_hoc"}, "review_minutes", true},
		{"disciplinary procedure asked when a process exists", questionnaire.Answers{"disciplinary_process": true}, "disciplinary_procedure", true},
		{"disciplinary procedure hidden when there is no process", questionnaire.Answers{"disciplinary_process": false}, "disciplinary_procedure", false},
		{"disciplinary procedure hidden until answered", questionnaire.Answers{}, "disciplinary_procedure", false},
		{"scope asked when certified", questionnaire.Answers{"iso27001_certified": true}, "iso27001_scope", true},
		{"scope hidden when not certified", questionnaire.Answers{"iso27001_certified": false}, "iso27001_scope", false},
		{"scope hidden until answered", questionnaire.Answers{}, "iso27001_scope", false},
		{"an invalid answer counts as unanswered", questionnaire.Answers{"iso27001_certified": "yes"}, "iso27001_scope", false},
		{"unknown question is not visible", questionnaire.Answers{}, "no_such_question", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := d.IsVisible(c.question, c.answers); got != c.visible {
				t.Errorf("IsVisible(%s) = %v, want %v", c.question, got, c.visible)
			}
			if got := slices.Contains(d.Visible(c.answers), c.question); got != c.visible {
				t.Errorf("Visible contains %s = %v, want %v", c.question, got, c.visible)
			}
		})
	}
}

func TestVisibleKeepsFileOrder(t *testing.T) {
	d := load54(t)
	var all []string
	for _, q := range d.Questions() {
		all = append(all, q.ID)
	}
	got := d.Visible(strong())
	if !slices.Equal(got, all) {
		t.Errorf("with every condition met, Visible = %v, want all questions in order %v", got, all)
	}
}

// TestHiddenCountsAsUnanswered uses a chain: c is shown when b is yes, and
// b is shown when a is yes. With a = no, b is hidden, so its stale yes must
// not show c.
func TestHiddenCountsAsUnanswered(t *testing.T) {
	src := `id: chain
version: "1.0.0"
title: Chain
control: Test
sections:
  - id: s
    title: S
    questions:
      - {id: c, type: yesno, text: "C", help: H, show_if: b == true}
      - {id: b, type: yesno, text: "B", help: H, show_if: a == true}
      - {id: a, type: yesno, text: "A", help: H, points: {yes: 1}}
`
	d, err := questionnaire.Parse("chain.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		answers questionnaire.Answers
		want    []string
	}{
		{questionnaire.Answers{"a": true, "b": true, "c": true}, []string{"c", "b", "a"}},
		{questionnaire.Answers{"a": false, "b": true, "c": true}, []string{"a"}},
		{questionnaire.Answers{"b": true}, []string{"a"}},
	}
	for _, c := range cases {
		if got := d.Visible(c.answers); !slices.Equal(got, c.want) {
			t.Errorf("Visible(%v) = %v, want %v", c.answers, got, c.want)
		}
	}
	eff := d.Effective(questionnaire.Answers{"a": false, "b": true, "c": true})
	if !reflect.DeepEqual(eff, questionnaire.Answers{"a": false}) {
		t.Errorf("Effective kept hidden answers: %v", eff)
	}
}

func TestValidateAnswer(t *testing.T) {
	d := load54(t)
	long := strings.Repeat("x", 2001)
	cases := []struct {
		name    string
		id      string
		value   any
		want    any
		message string // empty: valid
	}{
		{"yesno true", "responsibilities_documented", true, true, ""},
		{"yesno false", "responsibilities_documented", false, false, ""},
		{"yesno as string", "responsibilities_documented", "yes", nil, "Answer yes or no"},
		{"single option", "training_program", "annual", "annual", ""},
		{"single unknown option", "training_program", "weekly", nil, "Choose one of: none, ad_hoc, annual, continuous"},
		{"single as number", "training_program", 3.0, nil, "Choose one of:"},
		{"multi from JSON", "communication_methods", []any{"periodic_updates", "onboarding_briefing"}, []string{"onboarding_briefing", "periodic_updates"}, ""},
		{"multi as []string with duplicates", "communication_methods", []string{"role_briefings", "role_briefings"}, []string{"role_briefings"}, ""},
		{"multi empty clears", "communication_methods", []any{}, nil, ""},
		{"multi unknown option", "communication_methods", []any{"posters"}, nil, `"posters" is not an option here. Choose any of: onboarding_briefing, role_briefings, periodic_updates, intranet_only`},
		{"multi non-string element", "communication_methods", []any{1.0}, nil, "Choose any of:"},
		{"multi as string", "communication_methods", "role_briefings", nil, "Choose any of:"},
		{"number float", "training_completion_rate", 92.5, 92.5, ""},
		{"number int", "training_completion_rate", 90, 90.0, ""},
		{"number json.Number", "training_completion_rate", json.Number("88"), 88.0, ""},
		{"number lower bound", "training_completion_rate", 0.0, 0.0, ""},
		{"number upper bound", "training_completion_rate", 100.0, 100.0, ""},
		{"number above range", "training_completion_rate", 101.0, nil, "Enter a number from 0 to 100"},
		{"number below range", "training_completion_rate", -1, nil, "Enter a number from 0 to 100"},
		{"number as string", "training_completion_rate", "95", nil, "Enter a number from 0 to 100"},
		{"text", "iso27001_scope", "Payroll services", "Payroll services", ""},
		{"text blank clears", "iso27001_scope", "   ", nil, ""},
		{"text at the limit", "iso27001_scope", long[:2000], long[:2000], ""},
		{"text too long", "iso27001_scope", long, nil, "Keep this under 2000 characters"},
		{"text as bool", "iso27001_scope", true, nil, "Enter text"},
		{"evidence takes files", "training_report", "report.pdf", nil, "file upload"},
		{"nil clears any answer", "training_program", nil, nil, ""},
		{"nil clears evidence too", "training_report", nil, nil, ""},
		{"unknown question", "favourite_colour", "blue", nil, `"favourite_colour" is not a question of this questionnaire`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := d.ValidateAnswer(c.id, c.value)
			if c.message == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if !reflect.DeepEqual(got, c.want) {
					t.Errorf("normalized to %#v, want %#v", got, c.want)
				}
				return
			}
			var ae *questionnaire.AnswerError
			if !errors.As(err, &ae) {
				t.Fatalf("error %v is not an *AnswerError", err)
			}
			if ae.QuestionID != c.id || !strings.Contains(ae.Message, c.message) {
				t.Errorf("error = %+v, want question %s and message containing %q", ae, c.id, c.message)
			}
		})
	}
}

func TestValidateDate(t *testing.T) {
	src := `id: dates
version: "1.0.0"
title: Dates
control: Test
sections:
  - id: s
    title: S
    questions:
      - {id: reviewed_on, type: date, text: "When", help: H}
      - {id: ok, type: yesno, text: "OK", help: H, points: {yes: 1}}
`
	d, err := questionnaire.Parse("dates.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		value any
		ok    bool
	}{
		{"2025-03-14", true},
		{"2024-02-29", true},
		{"2025-13-40", false},
		{"2025-02-29", false},
		{"14/03/2025", false},
		{"2025-3-14", false},
		{"2025-03-14T10:00:00Z", false},
		{20250314.0, false},
	}
	for _, c := range cases {
		got, err := d.ValidateAnswer("reviewed_on", c.value)
		if c.ok && (err != nil || got != c.value) {
			t.Errorf("%v: got %v, %v; want it accepted", c.value, got, err)
		}
		if !c.ok && (err == nil || !strings.Contains(err.Error(), "Enter a date as YYYY-MM-DD")) {
			t.Errorf("%v: error %v, want the date format message", c.value, err)
		}
	}
}

func TestMissingAndProgress(t *testing.T) {
	d := load54(t)
	allFiles := map[string]bool{"training_report": true, "acknowledgement_log": true, "review_minutes": true, "iso27001_certificate": true}
	cases := []struct {
		name          string
		answers       questionnaire.Answers
		files         map[string]bool
		missing       []string
		answered, all int
	}{
		{
			name:    "nothing answered",
			answers: questionnaire.Answers{},
			// Shown before training_program is answered, and required by
			// default; disciplinary_procedure, iso27001_certificate and iso27001_scope are hidden.
			missing: []string{"security_ownership", "responsibilities_documented", "communication_methods", "training_program",
				"training_includes_contractors", "training_completion_rate", "training_report", "employment_contract_clauses",
				"contractor_agreements", "acknowledgement_process", "acknowledgement_log", "management_review_cadence",
				"security_kpis", "disciplinary_process", "reporting_channel", "iso27001_certified"},
			answered: 0, all: 20,
		},
		{
			name: "strong answers with every required file", answers: strong(), files: allFiles,
			missing: nil, answered: 19, all: 23,
		},
		{
			name: "strong answers without files", answers: strong(),
			missing:  []string{"training_report", "acknowledgement_log", "review_minutes", "iso27001_certificate"},
			answered: 15, all: 23,
		},
		{
			name: "no training, acknowledgement or review: their files are optional",
			answers: with(strong(), "training_program", "none", "acknowledgement_process", "none",
				"management_review_cadence", "none", "iso27001_certified", false, "disciplinary_process", false),
			files: map[string]bool{}, missing: nil,
			// rate, contractors, the three files, the certificate, scope and
			// disciplinary_procedure are hidden.
			answered: 12, all: 15,
		},
		{
			name:    "ad hoc review does not require minutes",
			answers: with(strong(), "management_review_cadence", "ad_hoc"), files: allFiles,
			missing: nil, answered: 19, all: 23,
		},
		{
			name:    "annual review requires minutes",
			answers: with(strong(), "management_review_cadence", "annual"),
			files:   map[string]bool{"training_report": true, "acknowledgement_log": true, "iso27001_certificate": true},
			missing: []string{"review_minutes"}, answered: 18, all: 23,
		},
		{
			name:    "semiannual review requires minutes",
			answers: with(strong(), "management_review_cadence", "semiannual"),
			files:   map[string]bool{"training_report": true, "acknowledgement_log": true, "iso27001_certificate": true},
			missing: []string{"review_minutes"}, answered: 18, all: 23,
		},
		{
			name:    "certified without a certificate or scope",
			answers: with(strong(), "iso27001_scope", nil),
			files:   map[string]bool{"training_report": true, "acknowledgement_log": true, "review_minutes": true},
			missing: []string{"iso27001_certificate", "iso27001_scope"}, answered: 17, all: 23,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := d.Missing(c.answers, c.files); !slices.Equal(got, c.missing) {
				t.Errorf("Missing = %v\nwant      %v", got, c.missing)
			}
			answered, all := d.Progress(c.answers, c.files)
			if answered != c.answered || all != c.all {
				t.Errorf("Progress = %d/%d, want %d/%d", answered, all, c.answered, c.all)
			}
		})
	}
}

func TestIsRequired(t *testing.T) {
	d := load54(t)
	cases := []struct {
		id      string
		answers questionnaire.Answers
		want    bool
	}{
		{"training_report", questionnaire.Answers{"training_program": "annual"}, true},
		{"training_report", questionnaire.Answers{"training_program": "none"}, false},
		{"acknowledgement_log", questionnaire.Answers{"acknowledgement_process": "onboarding_only"}, true},
		{"acknowledgement_log", questionnaire.Answers{"acknowledgement_process": "none"}, false},
		{"review_minutes", questionnaire.Answers{"management_review_cadence": "quarterly"}, true},
		{"review_minutes", questionnaire.Answers{"management_review_cadence": "ad_hoc"}, false},
		{"review_minutes", questionnaire.Answers{}, false},
		{"iso27001_certificate", questionnaire.Answers{"iso27001_certified": true}, true},
		{"iso27001_certificate", questionnaire.Answers{"iso27001_certified": false}, false},
		{"iso27001_scope", questionnaire.Answers{"iso27001_certified": false}, false}, // hidden
		{"security_policy", questionnaire.Answers{}, false},
		{"security_ownership", questionnaire.Answers{}, true},
	}
	for _, c := range cases {
		if got := d.IsRequired(c.id, c.answers); got != c.want {
			t.Errorf("IsRequired(%s, %v) = %v, want %v", c.id, c.answers, got, c.want)
		}
	}
}

func TestPublicHasNoScoringOrRules(t *testing.T) {
	d := load54(t)
	data, err := json.Marshal(d.Public())
	if err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, child := range v {
				switch k {
				case "points", "when", "show_if", "required_if", "weights", "red_flags", "bands", "explanation":
					t.Errorf("public JSON has key %q", k)
				}
				walk(child)
			}
		case []any:
			for _, child := range v {
				walk(child)
			}
		}
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	walk(doc)
	for _, leak := range []string{"has_evidence", "it-only-security", "line_management\",\"label\":\"Department heads and line managers carry documented security responsibilities\",\"points"} {
		if strings.Contains(string(data), leak) {
			t.Errorf("public JSON contains %q", leak)
		}
	}
	p := d.Public()
	if len(p.Sections) != len(d.Sections) || len(p.Mappings) == 0 || len(p.Related) != 8 {
		t.Errorf("public copy lost content: %d sections, %d mappings, %d related", len(p.Sections), len(p.Mappings), len(p.Related))
	}
	q := p.Sections[1].Questions[3]
	if q.ID != "training_completion_rate" || *q.Min != 0 || *q.Max != 100 || !q.Required {
		t.Errorf("public question = %+v", q)
	}
}
