package reminders_test

import (
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/review"
)

// TestReturnedAssessmentIsRemindedOfItsQuestions: an assessment sent back for clarification is
// reminded by the due date of that round, with a fresh link, and the mail speaks of the
// analyst's questions rather than of unanswered ones.
func TestReturnedAssessmentIsRemindedOfItsQuestions(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			d := newDesk(t, dialect, nil)
			ctx := apptest.Ctx()
			v := d.Vendor(t, "Returned Payroll")
			a, _ := d.send(t, v, 10)
			submitAnswers(t, d, a, nil)
			d.WaitSettled(t, a.ID)
			analyst := audit.Actor{Type: audit.ActorUser, Label: "ana@example.com"}
			for _, q := range []string{"security_ownership", "training_program"} {
				if err := d.App.Review.ReviewQuestion(ctx, a.ID, q, review.ReviewInput{Decision: "clarify",
					Message: "Please tell us more about " + q}, analyst); err != nil {
					t.Fatal(err)
				}
			}
			due := d.clock.Now().AddDate(0, 0, 20).Format("2006-01-02")
			if _, err := d.App.Review.Return(ctx, a.ID, review.ReturnInput{DueDate: due}, analyst); err != nil {
				t.Fatal(err)
			}
			returned, err := d.App.Store.Assessment(ctx, a.ID)
			if err != nil || returned.Status != model.StatusReturned {
				t.Fatalf("after return: %+v, %v", returned, err)
			}
			to := v.Contacts[0].Email
			d.at(returned, -7*day+hour)
			d.sweep(t)
			d.sweep(t)
			got := d.mails(t, to, "Reminder:")
			if len(got) != 1 {
				t.Fatalf("%d reminders a week before the round's due date, want 1", len(got))
			}
			if !strings.Contains(got[0].Text, "asked for clarification on 2 questions") ||
				strings.Contains(got[0].Text, "required question") {
				t.Errorf("reminder of a returned assessment:\n%s", got[0].Text)
			}
			if st := d.open(t, d.tokenIn(t, got[0])); st >= 400 {
				t.Errorf("the reminder's link: status %d", st)
			}
			// A returned assessment keeps its result: its links lapsing leaves it returned.
			d.at(returned, 90*day)
			d.sweep(t)
			if after, _ := d.App.Store.Assessment(ctx, a.ID); after.Status != model.StatusReturned {
				t.Errorf("after its links lapsed a returned assessment is %s", after.Status)
			}
		})
	}
}
