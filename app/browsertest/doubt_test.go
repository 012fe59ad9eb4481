package browsertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/model"
	"assay/app/responses"
)

// TestUncertainFactConfirmedInBrowser reads a certificate whose expiry "03/04/2027" nothing in it
// tells how to read (3 April or 4 March): the assessment page shows the fact as uncertain with
// its reason, its quote and one button per reading; the analyst clicks one, and the page shows
// the fact confirmed to that date, the doubt gone, and the confirmation on the audit trail.
func TestUncertainFactConfirmedInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	srv, root, shots, step := begin(t, apptest.Options{})
	ctx := apptest.Ctx()

	step("1. the vendor uploads a certificate with an ambiguous expiry and submits")
	v := srv.Vendor(t, fmt.Sprintf("Lima Doubt %d", time.Now().UnixNano()))
	a, _ := srv.Send(t, v)
	vendorActor := audit.Actor{Type: audit.ActorInvitation, Label: v.Contacts[0].Email}
	answers := map[string]json.RawMessage{}
	for q, v := range map[string]string{
		"security_ownership": `"line_management"`, "responsibilities_documented": `true`,
		"communication_methods": `["onboarding_briefing"]`, "training_program": `"none"`,
		"employment_contract_clauses": `true`, "contractor_agreements": `true`, "acknowledgement_process": `"none"`,
		"management_review_cadence": `"none"`, "security_kpis": `false`, "disciplinary_process": `false`,
		"reporting_channel": `true`, "iso27001_certified": `true`,
		"iso27001_scope": `"Development and operation of freight tracking software."`,
	} {
		answers[q] = json.RawMessage(v)
	}
	if _, err := srv.App.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: answers}, vendorActor); err != nil {
		t.Fatal(err)
	}
	certificate := []string{
		"Certificate of Registration",
		"Orbital Freight Systems Ltd",
		"has been assessed and found to conform to the requirements of ISO/IEC 27001:2022",
		"Scope: Development and operation of freight tracking software.",
		"Certificate number: CX-0291-ISMS",
		"Expiry date: 03/04/2027",
	}
	pdf := reportPDF("Certaxis International", func(i int) string {
		if i < len(certificate) {
			return certificate[i]
		}
		return ""
	}, 1)
	e, err := srv.App.Responses.Upload(ctx, a.ID, evidence.QuestionCertificate, "certificate.pdf", bytes.NewReader(pdf), vendorActor)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.App.Responses.Submit(ctx, a.ID, vendorActor); err != nil {
		t.Fatal(err)
	}
	srv.WaitSettled(t, a.ID)

	step("2. the analyst sees the expiry as uncertain, with both readings")
	password := srv.CreateUser(t, "doubt.analyst@example.com", model.RoleAnalyst)
	analyst := startBrowser(t, root, chrome, "analyst", shots)
	analyst.signIn(srv.URL, "doubt.analyst@example.com", password)
	analyst.do("open the assessment", chromedp.Navigate(fmt.Sprintf("%s/assessments/%d", srv.URL, a.ID)), chromedp.WaitVisible(chromedp.CSS("#review")))
	doubt := fmt.Sprintf(`[data-doubt=%q]`, evidence.KeyExpiresOn)
	analyst.expectVisible("the uncertain expiry", doubt)
	analyst.expectContains("the reason", doubt, "03/04/2027 could be 3 April 2027 or 4 March 2027")
	analyst.expectContains("the quote", doubt+" q", "Expiry date: 03/04/2027")
	if n := analyst.count(doubt + " button[data-reading]"); n != 2 {
		t.Fatalf("analyst: %d reading buttons, want 2", n)
	}

	step("3. the analyst confirms 3 April 2027")
	analyst.follow("confirm the reading", chromedp.CSS(doubt+` button[data-reading="2027-04-03"]`))
	if analyst.count(doubt) != 0 {
		t.Error("analyst: the expiry is still shown as uncertain after it was confirmed")
	}
	row := fmt.Sprintf(`tr[data-fact=%q]`, evidence.KeyExpiresOn)
	analyst.expectContains("the confirmed expiry", row+" strong", "3 Apr 2027") // facts are shown as dates people read
	analyst.expectContains("who confirmed it", row, "doubt.analyst@example.com")

	step("4. the confirmation is on the assessment's audit trail")
	events, err := srv.App.Store.AuditEventsByAction(ctx, model.AssessmentChain(a.ID), "evidence.correct")
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 {
		t.Fatalf("%d evidence.correct events, want 1", len(events))
	}
	ev := events[0]
	if ev.ActorLabel != "doubt.analyst@example.com" || ev.ObjectID != e.ID ||
		!strings.Contains(ev.Detail, `"fact":"expires_on"`) || !strings.Contains(ev.Detail, `"value":"2027-04-03"`) {
		t.Errorf("audit event: by %q on evidence %d, detail %s", ev.ActorLabel, ev.ObjectID, ev.Detail)
	}
}
