package browsertest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/mail/mailpittest"
	"assay/app/model"
	"assay/app/vendors"
)

// TestFindingAcceptedAsRisk follows a finding through the pages in Chromium: the analyst asks
// the vendor to remediate it, the vendor replies with a file through the mailed link, the
// analyst accepts the risk with an approver, a reason and an expiry date, and records a
// conditional approval that procurement then reads on the vendor page.
func TestFindingAcceptedAsRisk(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	srv, root, shots, step := begin(t, apptest.Options{SMTP: true})
	ctx := apptest.Ctx()

	step("1. a vendor has submitted a questionnaire that raises red flags")
	// Packages share one mailpit, so the vendor's mail is found by a recipient no other test uses.
	contact := fmt.Sprintf("kim.%d@echo-freight.example", time.Now().UnixNano())
	v, err := srv.App.Vendors.Create(ctx, vendors.Input{Name: "Echo Freight", Tier: "high",
		Services: []vendors.ServiceInput{{Name: "Freight forwarding"}}, Contacts: []vendors.ContactInput{{Name: "Kim Park", Email: contact}}},
		audit.Actor{Type: audit.ActorSystem, Label: "test"})
	if err != nil {
		t.Fatal(err)
	}
	analystPassword := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	srv.CreateUser(t, "cro@example.com", model.RoleAdmin)
	approver, _ := srv.App.Store.UserByEmail(ctx, "cro@example.com")
	analystUser, _ := srv.App.Store.UserByEmail(ctx, "ana@example.com")
	a, sent, err := srv.App.Invitations.Send(ctx, v.ID, invitations.SendInput{DueDate: time.Now().AddDate(0, 0, 20).Format(time.DateOnly),
		Recipients: []string{contact}}, audit.Actor{Type: audit.ActorUser, ID: analystUser.ID, Label: analystUser.Email})
	if err != nil {
		t.Fatal(err)
	}
	first := apptest.TokenOf(sent[0].URL)
	answers := map[string]any{
		"security_ownership": "line_management", "responsibilities_documented": true, "communication_methods": []string{"onboarding_briefing"},
		"training_program": "none", "employment_contract_clauses": true, "contractor_agreements": true,
		"acknowledgement_process": "none", "management_review_cadence": "none", "security_kpis": true,
		"disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false,
	}
	if st := apiCall(t, "PATCH", srv.URL+"/api/v1/respond/answers", first, map[string]any{"answers": answers}); st != http.StatusOK {
		t.Fatalf("answers: %d", st)
	}
	if st := apiCall(t, "POST", srv.URL+"/api/v1/respond/submit", first, nil); st != http.StatusOK {
		t.Fatalf("submit: %d", st)
	}
	srv.WaitResult(t, a.ID)
	fs, err := srv.App.Store.AssessmentFindings(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var finding model.Finding
	for _, f := range fs {
		if f.FlagID == "no-management-review" {
			finding = f
		}
	}
	if finding.ID == 0 {
		t.Fatalf("no finding for no-management-review among %d", len(fs))
	}

	step("2. the analyst opens the finding from the assessment page and shares it")
	analyst := startBrowser(t, root, chrome, "analyst", shots)
	analyst.signIn(srv.URL, "ana@example.com", analystPassword)
	analyst.do("open the assessment", chromedp.Navigate(fmt.Sprintf("%s/assessments/%d", srv.URL, a.ID)))
	analyst.expectContains("findings on the assessment page", "#findings", finding.Title)
	analyst.follow("open the finding", chromedp.CSS(fmt.Sprintf(`#findings a[href="/findings/%d"]`, finding.ID)))
	analyst.expectText("finding heading", "main h1", finding.Title)
	analyst.expectText("status before sharing", "#finding-facts [data-finding-status]", "Open")
	analyst.do("write the request", chromedp.SendKeys(chromedp.CSS(`#share textarea[name=message]`),
		"Please send the minutes of your next management review of security."))
	analyst.follow("share", byText("button", "Share with the vendor"))
	analyst.expectContains("flash after sharing", "main .flash", "Finding shared")
	analyst.expectContains("thread after sharing", "#thread", "Please send the minutes")

	step("3. a second finding is shared; the first mail's link still works and opens on its finding")
	var other model.Finding
	for _, f := range fs {
		if f.ID != finding.ID && other.ID == 0 {
			other = f
		}
	}
	if _, err := srv.App.Findings.Share(ctx, other.ID, findings.ShareInput{Message: "Please address this one too."},
		audit.Actor{Type: audit.ActorUser, Label: "ana@example.com"}); err != nil {
		t.Fatalf("share the second finding: %v", err)
	}
	for _, f := range []model.Finding{finding, other} {
		mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool {
			return s.HasRecipient(contact) && strings.HasPrefix(s.Subject, "Finding to address") && strings.HasSuffix(s.Subject, f.Title)
		})
	}
	msg := mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool {
		return s.HasRecipient(contact) && strings.HasPrefix(s.Subject, "Finding to address") && strings.HasSuffix(s.Subject, finding.Title)
	})
	link := regexp.MustCompile(`https?://\S+/r/[A-Za-z0-9_-]+(\?next=\S+)?`).FindString(mailpittest.Body(t, mailpit, msg.ID))
	if !strings.Contains(link, "/r/"+first+"?next=") {
		t.Fatalf("the finding mail does not carry the vendor's own link to the finding:\n%s", mailpittest.Body(t, mailpit, msg.ID))
	}
	vendor := startBrowser(t, root, chrome, "vendor", shots)
	vendor.do("open the first mail's link after the second share", chromedp.Navigate(link))
	vendor.expectPath("the vendor's findings", "/respond/findings")
	if loc := vendor.location(); !strings.HasSuffix(loc, fmt.Sprintf("#finding-%d", finding.ID)) {
		t.Errorf("vendor: the link opened %s, want the finding #finding-%d", loc, finding.ID)
	}
	sel := fmt.Sprintf("#finding-%d", finding.ID)
	vendor.expectContains("the request", sel+" .thread", "Please send the minutes")
	minutes := writeFile(t, "review-plan.pdf", reportPDF("Management review plan", minutesRow, 0))
	vendor.do("write the reply and attach the plan",
		chromedp.SendKeys(chromedp.CSS(sel+` textarea[name=text]`), "Our board reviews security from next quarter; the plan is attached."),
		chromedp.SetUploadFiles(chromedp.CSS(sel+` input[name=file]`), []string{minutes}))
	vendor.follow("send the reply", chromedp.CSS(sel+` button[type=submit]`))
	vendor.expectContains("flash after replying", "main .flash", "Your response was sent")
	vendor.expectContains("the reply in the thread", sel+" .thread", "Our board reviews security")
	vendor.expectContains("the file in the thread", sel+" .thread", "review-plan.pdf")

	step("4. the analyst sees the reply and accepts the risk")
	analyst.do("reload the finding", chromedp.Reload())
	analyst.expectText("status after the reply", "#finding-facts [data-finding-status]", "Vendor responded")
	analyst.expectContains("the reply", "#thread", "Our board reviews security")
	analyst.expectContains("the file link", "#thread", "review-plan.pdf")
	until := time.Now().UTC().AddDate(0, 6, 0)
	analyst.do("fill in the acceptance",
		chromedp.SetValue(chromedp.CSS(`#accept select[name=approver_id]`), fmt.Sprint(approver.ID)),
		chromedp.SendKeys(chromedp.CSS(`#accept textarea[name=reason]`), "Board review starts next quarter; interim monthly reporting to the CRO."),
		chromedp.SetValue(chromedp.CSS(`#accept input[name=expires_on]`), until.Format(time.DateOnly)))
	analyst.follow("accept the risk", byText("button", "Accept the risk"))
	want := "Risk accepted until " + until.Format("2 Jan 2006")
	analyst.expectText("status after accepting", "#finding-facts [data-finding-status]", want)
	analyst.expectContains("the acceptance", "#risk-accepted", "cro@example.com")
	analyst.do("open the assessment again", chromedp.Navigate(fmt.Sprintf("%s/assessments/%d", srv.URL, a.ID)))
	analyst.expectContains("the assessment lists the acceptance", fmt.Sprintf(`#findings [data-finding="%s"]`, finding.FlagID), want)

	step("5. the analyst records a conditional approval")
	analyst.do("open the vendor", chromedp.Navigate(fmt.Sprintf("%s/vendors/%d", srv.URL, v.ID)))
	analyst.do("choose the decision",
		chromedp.Click(chromedp.CSS(`#decision input[name=decision][value=approved_with_conditions]`)),
		chromedp.SendKeys(chromedp.CSS(`#decision textarea[name=conditions]`), "Board review minutes within 90 days"))
	analyst.follow("record it", byText("button", "Record the decision"))
	analyst.expectContains("flash after deciding", "main .flash", "Decision recorded.")

	step("6. procurement reads the decision on the vendor page")
	buyerPassword := srv.CreateUser(t, "buyer@example.com", model.RoleProcurement)
	buyer := startBrowser(t, root, chrome, "procurement", shots)
	buyer.signIn(srv.URL, "buyer@example.com", buyerPassword)
	buyer.do("open the vendor", chromedp.Navigate(fmt.Sprintf("%s/vendors/%d", srv.URL, v.ID)))
	buyer.expectText("decision", "#decision [data-decision]", "Approved with conditions")
	buyer.expectContains("conditions", "#decision", "Board review minutes within 90 days")
	buyer.expectContains("who decided", "#decision", "ana@example.com")
	if n := buyer.count(`#decision form`); n != 0 {
		t.Errorf("procurement sees %d decision forms", n)
	}
	analyst.expectNoDialogs()
	vendor.expectNoDialogs()
	buyer.expectNoDialogs()
	step("done")
}

// apiCall sends a JSON request with a bearer token and returns the status.
func apiCall(t *testing.T, method, url, token string, body any) int {
	t.Helper()
	b, _ := json.Marshal(body)
	if body == nil {
		b = nil
	}
	req, _ := http.NewRequest(method, url, strings.NewReader(string(b)))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}
