// Package questionnairetest holds the 5.4 questionnaire and typical answer sets for tests of
// the engine, the scoring and the services, and for the benchmarks that answer it.
package questionnairetest

import (
	"testing"

	"assay/app/questionnaire"
	"assay/questionnaires"
)

// Load54 returns the shipped ISO 27001 5.4 questionnaire.
func Load54(t testing.TB) *questionnaire.Definition {
	t.Helper()
	r, err := questionnaire.LoadFS(questionnaires.FS)
	if err != nil {
		t.Fatalf("load shipped questionnaires: %v", err)
	}
	d, ok := r.Get("iso27001-a5.4")
	if !ok {
		t.Fatal("iso27001-a5.4 is not among the shipped questionnaires")
	}
	return d
}

// Strong is what a well-run vendor answers.
func Strong() questionnaire.Answers {
	return questionnaire.Answers{
		"security_ownership":            "line_management",
		"responsibilities_documented":   true,
		"communication_methods":         []any{"onboarding_briefing", "role_briefings", "periodic_updates"},
		"training_program":              "continuous",
		"training_includes_contractors": true,
		"training_completion_rate":      97.0,
		"employment_contract_clauses":   true,
		"contractor_agreements":         true,
		"acknowledgement_process":       "annual",
		"management_review_cadence":     "quarterly",
		"security_kpis":                 true,
		"disciplinary_process":          true,
		"reporting_channel":             true,
		"iso27001_certified":            true,
		"iso27001_scope":                "Payroll processing and HR services",
	}
}

// Weak is what a vendor with no programme to speak of answers.
func Weak() questionnaire.Answers {
	return questionnaire.Answers{
		"security_ownership":          "it_team",
		"responsibilities_documented": false,
		"communication_methods":       []any{"intranet_only"},
		"training_program":            "none",
		"employment_contract_clauses": false,
		"contractor_agreements":       false,
		"acknowledgement_process":     "none",
		"management_review_cadence":   "none",
		"security_kpis":               false,
		"disciplinary_process":        false,
		"reporting_channel":           false,
		"iso27001_certified":          false,
	}
}

// With returns a copy of a with key/value changes; a nil value removes the answer.
func With(a questionnaire.Answers, kv ...any) questionnaire.Answers {
	out := questionnaire.Answers{}
	for k, v := range a {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == nil {
			delete(out, kv[i].(string))
			continue
		}
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}
