package assay_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/responses"
	"assay/app/review"
)

// TestVendorListFollowsEveryService makes each kind of change the vendor summary is computed
// from through the service that owns it, and reads the vendor's line of the vendor list as soon
// as the call returns: the services refresh the summary in the transaction of the change, so
// the line is never behind. No job runs in between; scoring is called directly.
func TestVendorListFollowsEveryService(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			app := apptest.NewApp(t, apptest.Options{Dialect: dialect})
			ctx := apptest.Ctx()
			u, _, err := app.Accounts.CreateUser(ctx, auth.NewUser{Email: "ana@analysts.example", Role: model.RoleAnalyst, Name: "Ana",
				Password: auth.NewPassword()}, audit.System)
			if err != nil {
				t.Fatal(err)
			}
			ana := audit.Actor{Type: audit.ActorUser, ID: u.ID, Label: u.Email}
			v, other := apptest.NewVendor(t, app, "Summary Payroll"), apptest.NewVendor(t, app, "Summary Bulk")
			check := func(v model.Vendor, after string, ok func(model.Summary) bool) {
				t.Helper()
				if r := listRow(t, app, v); !ok(r.Vendor.Summary) {
					t.Fatalf("after %s: %+v %+v", after, r.Vendor.Summary, r.RedFlags)
				}
			}
			status := func(want string) func(model.Summary) bool {
				return func(s model.Summary) bool { return s.AssessmentStatus == want }
			}

			// send sends v the questionnaire and returns the assessment and its recipient.
			send := func() (model.Assessment, audit.Actor) {
				t.Helper()
				a, sent, err := app.Invitations.Send(ctx, v.ID, invitations.SendInput{DueDate: app.Now().AddDate(0, 0, 30).Format("2006-01-02"),
					Recipients: []string{v.Contacts[0].Email}}, ana)
				if err != nil {
					t.Fatal(err)
				}
				return a, audit.Actor{Type: audit.ActorInvitation, ID: sent[0].ID, Label: sent[0].Email}
			}
			a, vendor := send()
			check(v, "the send", func(s model.Summary) bool {
				return s.LatestAssessmentID != nil && *s.LatestAssessmentID == a.ID && s.AssessmentStatus == model.StatusSent
			})
			if _, err := app.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: fullAnswers(t)}, vendor); err != nil {
				t.Fatal(err)
			}
			check(v, "the first answer", status(model.StatusInProgress))
			if _, err := app.Responses.Submit(ctx, a.ID, vendor); err != nil {
				t.Fatal(err)
			}
			check(v, "the submission", func(s model.Summary) bool {
				return s.AssessmentStatus == model.StatusSubmitted && s.LastSubmittedAt != nil && s.AwaitingReview
			})
			res, err := app.Pipeline.Score(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			check(v, "the score", func(s model.Summary) bool {
				return s.AssessmentStatus == model.StatusScored && s.ResultAssessmentID != nil && *s.ResultAssessmentID == a.ID &&
					s.Score == res.Score && s.Rating == res.Rating && s.OpenRedFlags == len(res.RedFlags)
			})
			override := review.Ratings[0]
			if override == res.Rating {
				override = review.Ratings[1]
			}
			if err := app.Review.SetOverride(ctx, a.ID, review.OverrideInput{Rating: override, Justification: "compensating controls seen on site"}, ana); err != nil {
				t.Fatal(err)
			}
			check(v, "the override", func(s model.Summary) bool {
				return s.Rating == override && s.RatingOverridden && s.ComputedRating == res.Rating
			})
			if err := app.Review.ClearOverride(ctx, a.ID, review.ClearOverrideInput{Reason: "the controls were withdrawn"}, ana); err != nil {
				t.Fatal(err)
			}
			check(v, "clearing the override", func(s model.Summary) bool { return s.Rating == res.Rating && !s.RatingOverridden })
			if _, err := app.Findings.Decide(ctx, v.ID, findings.DecideInput{Decision: model.DecisionApproved}, ana); err != nil {
				t.Fatal(err)
			}
			// A decision answers the submission before it.
			check(v, "the decision", func(s model.Summary) bool { return !s.AwaitingReview })
			if err := app.Review.ReviewQuestion(ctx, a.ID, "training_program", review.ReviewInput{Decision: review.DecisionClarify,
				Message: "Which courses does the programme include?"}, ana); err != nil {
				t.Fatal(err)
			}
			if _, err := app.Review.Return(ctx, a.ID, review.ReturnInput{}, ana); err != nil {
				t.Fatal(err)
			}
			check(v, "the return", status(model.StatusReturned))
			if _, err := app.Responses.Submit(ctx, a.ID, vendor); err != nil {
				t.Fatal(err)
			}
			check(v, "the resubmission", func(s model.Summary) bool { return s.AssessmentStatus == model.StatusSubmitted && s.AwaitingReview })
			if again, err := app.Pipeline.Score(ctx, a.ID); err != nil || again.ID != res.ID {
				t.Fatalf("rescore of unchanged answers: result %d, want %d kept (%v)", again.ID, res.ID, err)
			}
			check(v, "the rescore", status(model.StatusScored))
			next, _ := send()
			check(v, "the reassessment was sent", func(s model.Summary) bool {
				return *s.LatestAssessmentID == next.ID && s.AssessmentStatus == model.StatusSent
			})
			if err := app.Invitations.Cancel(ctx, next.ID, invitations.CancelInput{Reason: "the service is no longer bought"}, ana); err != nil {
				t.Fatal(err)
			}
			check(v, "the cancellation", status(model.StatusCancelled))

			bulk, err := app.Invitations.SendBulk(ctx, invitations.BulkSendInput{Questionnaire: "iso27001-a5.4",
				DueDate: app.Now().AddDate(0, 0, 7).Format("2006-01-02"), Vendors: []invitations.BulkVendor{{VendorID: other.ID,
					Recipients: []string{other.Contacts[0].Email}}}}, ana)
			if err != nil {
				t.Fatal(err)
			}
			check(other, "the bulk send", status(model.StatusSent))
			b, inv := bulk[0].Assessment, bulk[0].Invitations[0]
			if _, err := app.Responses.Upload(ctx, b.ID, "training_report", "training.png", bytes.NewReader(apptest.PNG(t, 8, 8)),
				audit.Actor{Type: audit.ActorInvitation, ID: inv.ID, Label: inv.Email}); err != nil {
				t.Fatal(err)
			}
			check(other, "the first file", status(model.StatusInProgress))
			if err := app.Reminders.Sweep(ctx, inv.ExpiresAt.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			check(other, "the links ran out", status(model.StatusExpired))
		})
	}
}

// listRow reads the vendor's line of the vendor list, as the list page does.
func listRow(t *testing.T, app *assay.App, v model.Vendor) model.VendorRow {
	t.Helper()
	pg, err := app.Store.Vendors(apptest.Ctx(), model.VendorFilter{Search: v.Name, Today: app.Now().Format("2006-01-02"), Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range pg.Rows {
		if r.Vendor.ID == v.ID {
			return r
		}
	}
	t.Fatalf("vendor %q is not in the list", v.Name)
	return model.VendorRow{}
}

// fullAnswers answers every required question of the 5.4 questionnaire.
func fullAnswers(t *testing.T) map[string]json.RawMessage {
	t.Helper()
	answers := map[string]json.RawMessage{}
	for k, val := range map[string]any{"security_ownership": "line_management", "responsibilities_documented": true,
		"communication_methods": []string{"periodic_updates"}, "training_program": "none", "employment_contract_clauses": true,
		"contractor_agreements": true, "acknowledgement_process": "none", "management_review_cadence": "none",
		"security_kpis": true, "disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false} {
		raw, err := json.Marshal(val)
		if err != nil {
			t.Fatal(err)
		}
		answers[k] = raw
	}
	return answers
}
