package questionnaire_test

import (
	"testing"

	"assay/app/questionnaire"
	"assay/questionnaires"
)

// load54 returns the shipped 5.4 questionnaire, the one the product and
// its API rely on.
func load54(t *testing.T) *questionnaire.Definition {
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

// strong is an answer set a well-run vendor would give.
func strong() questionnaire.Answers {
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

// with returns a copy of a with the given changes; a nil value removes the
// answer.
func with(a questionnaire.Answers, kv ...any) questionnaire.Answers {
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
