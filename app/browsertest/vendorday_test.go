package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/responses"
)

// TestVendorAndAnalystDayInBrowser: the vendor comments on one question and marks another not
// applicable with a reason; a submit with questions missing lists each one with a link to it,
// and the address left behind reloads; the analyst reads the comment and the reason, accepts
// every answer at once, and is asked before withdrawing a questionnaire.
func TestVendorAndAnalystDayInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	srv, root, shots, step := begin(t, apptest.Options{})
	ctx := context.Background()

	step("1. the vendor comments, and marks the contractor question not applicable")
	v := srv.Vendor(t, "Solo Staff Ltd")
	a, token := srv.Send(t, v)
	vendor := startBrowser(t, root, chrome, "vendor", shots)
	vendor.do("open the link", chromedp.Navigate(srv.URL+"/r/"+token), chromedp.WaitVisible(chromedp.CSS("#questionnaire")))
	vendor.watchSaves()
	vendor.answer("security_ownership", "line_management")
	const reason = "We have no contractors: every person working for us is an employee."
	na := "#note-contractor_agreements"
	vendor.do("mark contractor_agreements not applicable",
		chromedp.Click(chromedp.CSS(na+" summary")),
		chromedp.SendKeys(chromedp.CSS(na+" [data-comment]"), reason),
		chromedp.Click(chromedp.CSS(na+" [data-na]")))
	vendor.waitText("the mark saved", na+" [data-note-status]", "Marked not applicable.")
	const comment = "KPIs enter the managers' reviews from next quarter."
	kpi := "#note-security_kpis"
	vendor.do("comment on security_kpis", chromedp.Click(chromedp.CSS(kpi+" summary")), chromedp.SendKeys(chromedp.CSS(kpi+" [data-comment]"), comment))
	vendor.waitText("the comment saved", kpi+" [data-note-status]", "Comment saved.")

	step("2. a submit with questions missing lists each one, linked")
	vendor.follow("submit too early", byText("button", "Submit answers"))
	vendor.expectPath("after the refused submit", "/respond")
	if loc := vendor.location(); !strings.Contains(loc, "incomplete=1") {
		t.Fatalf("vendor: the refused submit landed on %s", loc)
	}
	st, err := srv.App.Assessments.State(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Missing) == 0 {
		t.Fatal("nothing is missing; the test needs unanswered questions")
	}
	for _, id := range st.Missing {
		if id == "contractor_agreements" {
			t.Error("contractor_agreements, marked not applicable, is still missing")
		}
	}
	for pass := 0; pass < 2; pass++ {
		links := value(vendor, "read the list's links", chromedp.Evaluate[[]string](
			`[...document.querySelectorAll('#missing a[data-missing-link]')].map(a => a.getAttribute('href'))`))
		if len(links) != len(st.Missing) {
			t.Fatalf("vendor: %d links in the list, want %d (%v)", len(links), len(st.Missing), st.Missing)
		}
		for i, id := range st.Missing {
			if links[i] != "#q-"+id || vendor.count("#q-"+id) != 1 {
				t.Errorf("vendor: link %d is %q, want #q-%s with its question on the page", i, links[i], id)
			}
		}
		vendor.do("reload the address left behind", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#missing")))
	}
	last := st.Missing[len(st.Missing)-1]
	vendor.do("follow the link to the last missing question", chromedp.Click(chromedp.CSS(`#missing a[data-missing-link="`+last+`"]`)))
	if loc := vendor.location(); !strings.HasSuffix(loc, "#q-"+last) {
		t.Errorf("vendor: the link went to %s, want #q-%s", loc, last)
	}

	step("3. the rest is answered and submitted")
	answers := map[string]json.RawMessage{}
	for q, val := range map[string]string{
		"responsibilities_documented": `true`, "communication_methods": `["onboarding_briefing"]`, "training_program": `"none"`,
		"employment_contract_clauses": `true`, "acknowledgement_process": `"none"`, "management_review_cadence": `"none"`,
		"security_kpis": `false`, "disciplinary_process": `false`, "reporting_channel": `true`, "iso27001_certified": `false`,
	} {
		answers[q] = json.RawMessage(val)
	}
	vendorActor := audit.Actor{Type: audit.ActorInvitation, Label: v.Contacts[0].Email}
	if _, err := srv.App.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: answers}, vendorActor); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.App.Responses.Submit(ctx, a.ID, vendorActor); err != nil {
		t.Fatalf("submit with contractor_agreements not applicable: %v", err)
	}
	srv.WaitSettled(t, a.ID)

	step("4. the analyst reads the comment and the reason, and accepts every answer at once")
	password := srv.CreateUser(t, "analyst@example.com", model.RoleAnalyst)
	analyst := startBrowser(t, root, chrome, "analyst", shots)
	analyst.signIn(srv.URL, "analyst@example.com", password)
	page := fmt.Sprintf("%s/assessments/%d", srv.URL, a.ID)
	analyst.do("open the assessment", chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS("#review")))
	analyst.expectContains("the reason", "#review-contractor_agreements [data-vendor-note][data-not-applicable]", reason)
	analyst.expectContains("the comment", "#review-security_kpis [data-vendor-note]", comment)
	questions := analyst.count("article[data-review-question]")
	analyst.do("tick every answer not yet reviewed", chromedp.Click(chromedp.CSS("[data-tick-unreviewed]")))
	if n := analyst.count("input[data-tick]:checked"); n != questions {
		t.Errorf("analyst: %d answers ticked, want all %d", n, questions)
	}
	analyst.follow("accept the ticked answers", chromedp.CSS("[data-bulk-accept]"))
	analyst.expectContains("flash", "main .flash", "The ticked answers are accepted.")
	accepted := value(analyst, "count accepted answers", chromedp.Evaluate[int](
		`[...document.querySelectorAll('[data-review-state]')].filter(e => e.innerText.trim() === 'Accepted').length`))
	if accepted != questions {
		t.Errorf("analyst: %d answers accepted, want %d", accepted, questions)
	}

	step("5. withdrawing a questionnaire asks first")
	open, _ := srv.Send(t, srv.Vendor(t, "Changed Plans Ltd"))
	analyst.do("open the open assessment", chromedp.Navigate(fmt.Sprintf("%s/assessments/%d", srv.URL, open.ID)),
		chromedp.Click(chromedp.CSS("#cancel summary")),
		chromedp.SendKeys(chromedp.CSS(`#cancel textarea[name=cancel_reason]`), "The contract was not signed."))
	analyst.mu.Lock()
	before := len(analyst.dialogs)
	analyst.mu.Unlock()
	analyst.follow("withdraw", byText("button", "Withdraw the questionnaire"))
	analyst.mu.Lock()
	asked := analyst.dialogs[before:]
	analyst.mu.Unlock()
	if len(asked) != 1 || !strings.Contains(asked[0], "confirm") || !strings.Contains(asked[0], "Withdraw this questionnaire?") {
		t.Errorf("analyst: withdrawing asked %v, want one confirmation", asked)
	}
	analyst.expectText("status", "[data-status]", "Cancelled")
	step("done")
}
