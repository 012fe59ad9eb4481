package assessments

import (
	"testing"
	"time"

	"assay/app/questionnaire"
	"assay/questionnaires"
)

// An answer saved before the vendor marked its question not applicable holds nil for the
// questionnaire engine, as the questionnaire says: it earns no points and fires no red flag,
// and the question still counts as answered.
func TestNotApplicableHoldsNil(t *testing.T) {
	reg, err := questionnaire.LoadFS(questionnaires.FS)
	if err != nil {
		t.Fatal(err)
	}
	def, ok := reg.Get("iso27001-a5.4")
	if !ok {
		t.Fatal("the shipped questionnaire is missing")
	}
	st := State{Definition: def,
		Answers: map[string]AnswerState{"contractor_agreements": {Value: false}, "security_ownership": {Value: "it_team"}},
		Notes:   map[string]Note{"contractor_agreements": {Comment: "We have no contractors.", NotApplicable: true}}}
	st.derive()
	vals := st.Values()
	if v, ok := vals["contractor_agreements"]; ok {
		t.Errorf("a question marked not applicable holds %v, want nil", v)
	}
	if vals["security_ownership"] != "it_team" {
		t.Errorf("another answer was lost: %v", vals)
	}
	for _, id := range st.Missing {
		if id == "contractor_agreements" {
			t.Error("the question marked not applicable is listed as missing")
		}
	}
	fired, err := def.EvaluateRules(questionnaire.RuleInput{Answers: vals, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fired {
		if f.ID == "contractors-without-obligations" {
			t.Error("the answer under the not-applicable mark fired contractors-without-obligations")
		}
	}
}
