package web_test

import (
	"net/http"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
)

// TestClarificationWhileReturnedMailsTheLink: a question the analyst asks about after the
// assessment went back to the vendor reaches the vendor by mail, listing every open question,
// with the link mailed before, which keeps working.
func TestClarificationWhileReturnedMailsTheLink(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, SMTP: true})
			v := srv.Vendor(t, "Second Thought Ltd")
			a, _, _ := submitScored(t, srv, v)
			analyst := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			aPath := srv.URL + "/api/v1/assessments/" + itoa(a.ID)
			if code, body := call(t, "POST", aPath+"/questions/security_ownership/review", analyst,
				map[string]any{"decision": "clarify", "message": "Who on the board owns security?"}); code != http.StatusOK {
				t.Fatalf("clarify: %d %s", code, body)
			}
			if code, body := call(t, "POST", aPath+"/return", analyst, map[string]any{}); code != http.StatusOK {
				t.Fatalf("return: %d %s", code, body)
			}
			to := v.Contacts[0].Email
			first, firstLink := returnedMail(t, srv, to)

			if code, body := call(t, "POST", aPath+"/questions/training_program/review", analyst,
				map[string]any{"decision": "clarify", "message": "Please upload last year's completion report."}); code != http.StatusOK {
				t.Fatalf("clarify while returned: %d %s", code, body)
			}
			second, secondLink := returnedMail(t, srv, to)
			if second.ID == first.ID || secondLink != firstLink {
				t.Fatalf("want a new mail with the same link after a question asked while returned: %q, then %q", firstLink, secondLink)
			}
			for _, want := range []string{"Who on the board owns security?", "Please upload last year's completion report."} {
				if !strings.Contains(second.Text, want) {
					t.Errorf("the new mail lacks %q:\n%s", want, second.Text)
				}
			}
			if res, _ := do(t, srv.Browser(t), "GET", firstLink, "", ""); res.StatusCode != http.StatusSeeOther {
				t.Errorf("the link mailed first: %d, want 303 into the questionnaire", res.StatusCode)
			}
			state := vendorGet(t, srv, apptest.TokenOf(secondLink))
			if state.Review == nil || !strings.Contains(strings.Join(state.Review.Open, " "), "training_program") {
				t.Errorf("the vendor's review %+v lacks training_program among the open questions", state.Review)
			}
		})
	}
}
