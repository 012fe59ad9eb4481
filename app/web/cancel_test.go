package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
)

// TestCancelAssessment withdraws an open questionnaire: the reason is required and kept, the
// vendor's links and sessions stop at once, no reminder follows, and a submitted or already
// withdrawn assessment cannot be withdrawn.
func TestCancelAssessment(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			clock := &apptest.Clock{}
			srv := apptest.NewServer(t, apptest.Options{Dialect: dialect, Now: clock.Now, Env: map[string]string{"ASSAY_SWEEP_INTERVAL": "24h"}})
			ctx := apptest.Ctx()
			v := srv.Vendor(t, "Withdrawn Works")
			a, token := srv.Send(t, v)
			vendor := srv.VendorSession(t, token)
			if res, _ := do(t, vendor, "GET", srv.URL+"/respond", "", ""); res.StatusCode != http.StatusOK {
				t.Fatalf("vendor page before: %d", res.StatusCode)
			}
			analyst := signIn(t, srv, "ana@example.com", model.RoleAnalyst)
			page := "/assessments/" + itoa(a.ID)
			tok := srv.CSRF(t, analyst, page)

			res, body := do(t, analyst, "POST", srv.URL+page+"/cancel", "application/x-www-form-urlencoded",
				url.Values{"_csrf": {tok}, "cancel_reason": {"   "}}.Encode())
			if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Say why the questionnaire is withdrawn") {
				t.Errorf("without a reason: %d, message shown %v", res.StatusCode, strings.Contains(body, "Say why"))
			}
			if got, _ := srv.App.Store.Assessment(ctx, a.ID); got.Status != model.StatusSent {
				t.Fatalf("a refused withdrawal changed the status to %s", got.Status)
			}

			reason := "Contract not renewed; the vendor is being offboarded."
			res, _ = do(t, analyst, "POST", srv.URL+page+"/cancel", "application/x-www-form-urlencoded",
				url.Values{"_csrf": {tok}, "cancel_reason": {reason}}.Encode())
			if res.StatusCode != http.StatusSeeOther {
				t.Fatalf("withdraw: %d, want 303", res.StatusCode)
			}
			if got, _ := srv.App.Store.Assessment(ctx, a.ID); got.Status != model.StatusCancelled {
				t.Errorf("status after withdrawal: %s", got.Status)
			}
			invs, _ := srv.App.Store.Invitations(ctx, a.ID)
			for _, inv := range invs {
				if inv.RevokedAt == nil {
					t.Errorf("invitation %d still live after the withdrawal", inv.ID)
				}
			}
			if res, _ := do(t, vendor, "GET", srv.URL+"/respond", "", ""); res.StatusCode == http.StatusOK {
				t.Error("the vendor's session still opens the questionnaire")
			}
			if res, _ := do(t, srv.Browser(t), "GET", srv.URL+"/r/"+token, "", ""); res.StatusCode != http.StatusNotFound {
				t.Errorf("the link after the withdrawal: %d, want 404", res.StatusCode)
			}
			_, body = do(t, analyst, "GET", srv.URL+page, "", "")
			if !strings.Contains(body, reason) || strings.Contains(body, `action="`+page+`/cancel"`) {
				t.Error("the page should show the reason in the history and no longer offer the withdrawal")
			}
			events, _ := srv.App.Store.AuditChain(ctx, model.AssessmentChain(a.ID))
			found := false
			for _, e := range events {
				found = found || e.Action == "assessment.cancel" && strings.Contains(e.Detail, reason)
			}
			if !found {
				t.Error("no assessment.cancel event with the reason")
			}

			// No reminder for a withdrawn questionnaire, before or after its due date.
			clock.Set(a.DueOn.AddDate(0, 0, -1))
			if err := srv.App.Sweep(ctx); err != nil {
				t.Fatal(err)
			}
			clock.Set(a.DueOn.AddDate(0, 0, 4))
			if err := srv.App.Sweep(ctx); err != nil {
				t.Fatal(err)
			}
			mails, _ := srv.App.Store.Mails(ctx, 100)
			for _, m := range mails {
				if m.To == v.Contacts[0].Email && !strings.HasPrefix(m.Subject, "Security questionnaire") {
					t.Errorf("mail after the withdrawal: %q", m.Subject)
				}
			}

			apiTok := srv.APIToken(t, "api@example.com", model.RoleAnalyst)
			var out map[string]any
			if st := api(t, "POST", srv.URL+"/api/v1"+page+"/cancel", apiTok, map[string]any{"reason": "again"}, &out); st != http.StatusConflict {
				t.Errorf("withdrawing twice: %d, want 409", st)
			}
		})
	}
}
