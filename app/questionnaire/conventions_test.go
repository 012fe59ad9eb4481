package questionnaire_test

import (
	"slices"
	"testing"
	"time"

	"assay/app/questionnaire"
)

// TestExpressionConventions runs each convention documented in the
// questionnaire file header against unanswered and answered values.
func TestExpressionConventions(t *testing.T) {
	src := `id: conventions
version: "1.0.0"
title: Conventions
control: Test
sections:
  - id: s
    title: S
    questions:
      - id: methods
        type: multi
        text: Methods
        help: H
        options: [{id: email, label: Email, points: 1}, {id: posters, label: Posters}]
      - id: level
        type: single
        text: Level
        help: H
        options: [{id: low, label: Low}, {id: mid, label: Mid}, {id: high, label: High}]
      - id: rate
        type: number
        text: Rate
        help: H
      - {id: by_includes, type: text, text: T, help: H, show_if: 'includes(methods, "email")'}
      - {id: by_in_multi, type: text, text: T, help: H, show_if: '"posters" in methods'}
      - {id: by_in_list, type: text, text: T, help: H, show_if: 'level in ["mid", "high"]'}
      - {id: by_answered, type: text, text: T, help: H, show_if: 'answered("rate")'}
      - {id: by_default, type: text, text: T, help: H, show_if: '(rate ?? 0) < 50'}
      - {id: by_not_nil, type: text, text: T, help: H, show_if: 'level != nil && level != "low"'}
`
	d, err := questionnaire.Parse("conventions.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		answers questionnaire.Answers
		want    []string
	}{
		{"nothing answered", questionnaire.Answers{}, []string{"by_default"}},
		{"email chosen", questionnaire.Answers{"methods": []any{"email"}}, []string{"by_includes", "by_default"}},
		{"posters chosen", questionnaire.Answers{"methods": []string{"posters"}}, []string{"by_in_multi", "by_default"}},
		{"mid level", questionnaire.Answers{"level": "mid"}, []string{"by_in_list", "by_default", "by_not_nil"}},
		{"low level", questionnaire.Answers{"level": "low"}, []string{"by_default"}},
		{"high rate", questionnaire.Answers{"rate": 80}, []string{"by_answered"}},
		{"low rate", questionnaire.Answers{"rate": 10.0}, []string{"by_answered", "by_default"}},
	}
	base := []string{"methods", "level", "rate"}
	for _, c := range cases {
		got := d.Visible(c.answers)
		if want := append(slices.Clone(base), c.want...); !slices.Equal(got, want) {
			t.Errorf("%s: Visible = %v, want %v", c.name, got, want)
		}
	}
}

func TestDaysSince(t *testing.T) {
	now := time.Date(2026, time.March, 1, 23, 59, 0, 0, time.UTC)
	cases := []struct {
		date any
		days int
		ok   bool
	}{
		{"2026-03-01", 0, true},
		{"2026-02-28", 1, true},
		{"2025-03-01", 365, true},
		{"2026-03-31", -30, true},
		{"2026-02-28T23:00:00Z", 1, true},
		{time.Date(2026, time.February, 1, 12, 0, 0, 0, time.UTC), 28, true},
		{"01/03/2026", 0, false},
		{nil, 0, false},
		{2026.0, 0, false},
	}
	for _, c := range cases {
		days, ok := questionnaire.DaysSince(c.date, now)
		if days != c.days || ok != c.ok {
			t.Errorf("DaysSince(%v) = %d, %v; want %d, %v", c.date, days, ok, c.days, c.ok)
		}
	}
}
