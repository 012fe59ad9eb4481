package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/mail/mailpittest"
	"assay/app/model"
	"assay/app/responses"
)

// TestReviewRoundTripInBrowser follows one clarification round through the pages: the analyst
// reviews the answers beside their inline previews, asks about one question and returns the
// assessment; the vendor opens the mailed link, sees only that question with the message,
// answers, replies and resubmits; the analyst reads the reply and the recomputed result and
// accepts.
func TestReviewRoundTripInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	srv, root, shots, step := begin(t, apptest.Options{SMTP: true})

	step("1. the vendor has answered, with a checklist image and a policy PDF, and submitted")
	// Packages share one mailpit, so the vendor's address is one no other test uses.
	v := srv.Vendor(t, fmt.Sprintf("Kilo Review %d", time.Now().UnixNano()))
	contact := v.Contacts[0].Email
	a, token := srv.Send(t, v)
	vendorActor := audit.Actor{Type: audit.ActorInvitation, Label: contact}
	answers := map[string]json.RawMessage{}
	for q, v := range map[string]string{
		"security_ownership": `"line_management"`, "responsibilities_documented": `true`,
		"communication_methods": `["onboarding_briefing"]`, "training_program": `"none"`,
		"employment_contract_clauses": `true`, "contractor_agreements": `true`, "acknowledgement_process": `"none"`,
		"management_review_cadence": `"none"`, "security_kpis": `false`, "disciplinary_process": `false`,
		"reporting_channel": `true`, "iso27001_certified": `false`,
	} {
		answers[q] = json.RawMessage(v)
	}
	ctx := context.Background()
	if _, err := srv.App.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: answers}, vendorActor); err != nil {
		t.Fatal(err)
	}
	upload := func(question, name string, content []byte) uint {
		e, err := srv.App.Responses.Upload(ctx, a.ID, question, name, bytes.NewReader(content), vendorActor)
		if err != nil {
			t.Fatalf("upload %s: %v", name, err)
		}
		return e.ID
	}
	imageID := upload("onboarding_checklist", "new-joiner-checklist.png", apptest.PNG(t, 40, 30))
	pdfID := upload("security_policy", "security-policy.pdf", reportPDF("Information security policy: management commitment", minutesRow, 4<<10))
	if _, err := srv.App.Responses.Submit(ctx, a.ID, vendorActor); err != nil {
		t.Fatal(err)
	}
	first := srv.WaitSettled(t, a.ID)

	step("2. the analyst opens the review page and sees the evidence inline")
	password := srv.CreateUser(t, "analyst@example.com", model.RoleAnalyst)
	analyst := startBrowser(t, root, chrome, "analyst", shots)
	loaded := analyst.watchResponses()
	analyst.signIn(srv.URL, "analyst@example.com", password)
	page := fmt.Sprintf("/assessments/%d", a.ID)
	analyst.do("open the assessment", chromedp.Navigate(srv.URL+page), chromedp.WaitVisible(chromedp.CSS("#review")))
	analyst.expectText("assessment status", "[data-status]", "Scored")
	imgCSS := fmt.Sprintf(`figure[data-evidence-id="%d"] img[data-preview=image]`, imageID)
	analyst.waitTrue("the checklist image to render", `(css) => { const i = document.querySelector(css); return !!i && i.complete && i.naturalWidth > 0; }`, imgCSS)
	if w := value(analyst, "read the image width", chromedp.Evaluate[int](fmt.Sprintf(`document.querySelector(%s).naturalWidth`, jsString(imgCSS)))); w != 40 {
		t.Errorf("analyst: the checklist preview is %d pixels wide, want 40", w)
	}
	if analyst.count(fmt.Sprintf(`figure[data-evidence-id="%d"] iframe[data-preview=pdf]`, pdfID)) != 1 {
		t.Fatal("analyst: no inline PDF preview for the security policy")
	}
	pdfURL := fmt.Sprintf("%s/assessments/%d/evidence/%d/preview", srv.URL, a.ID, pdfID)
	if got := loaded.wait(t, pdfURL); got.Status != http.StatusOK || got.MimeType != "application/pdf" {
		t.Errorf("analyst: the PDF preview loaded with status %d and type %q, want 200 application/pdf", got.Status, got.MimeType)
	}

	// A frame the policies refused would hold an error page of another origin, not the PDF.
	frameCSS := fmt.Sprintf(`figure[data-evidence-id="%d"] iframe[data-preview=pdf]`, pdfID)
	analyst.waitTrue("the PDF frame to hold the PDF", `(css) => { const f = document.querySelector(css); return !!f && !!f.contentDocument && f.contentDocument.contentType === 'application/pdf'; }`, frameCSS)

	step("3. the analyst asks about one answer, once without a message")
	q := "#review-security_kpis"
	analyst.expectContains("the answer under review", q+" [data-answer]", "No")
	analyst.submitRefused("request clarification without a message", q+" form.review-clarify button")
	analyst.expectContains("the message's error", q+` [data-field-error=message]`, "Write what the vendor should clarify")
	const question = "Your answer says KPIs play no part in reviews. Is that still the case?"
	analyst.do("write the message", chromedp.SendKeys(chromedp.CSS(q+" form.review-clarify textarea"), question))
	analyst.follow("request clarification", chromedp.CSS(q+" form.review-clarify button"))
	analyst.expectContains("flash", "main .flash", "Clarification requested.")
	analyst.expectText("review state", q+" [data-review-state]", "Clarification requested")
	analyst.expectContains("the thread", q+` [data-message=analyst]`, question)

	step("4. the analyst returns the assessment to the vendor")
	analyst.follow("return to vendor", byText("button", "Return to vendor"))
	analyst.expectContains("flash", "main .flash", "returned to the vendor")
	analyst.expectText("assessment status", "[data-status]", "Returned")

	step("5. the vendor opens the link from the mail: their own, opening on the questions")
	msg := mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool {
		return s.HasRecipient(contact) && strings.HasPrefix(s.Subject, "Clarification needed")
	})
	body := mailpittest.Body(t, mailpit, msg.ID)
	link := regexp.MustCompile(`https?://\S+/r/[A-Za-z0-9_-]+(\?next=\S+)?`).FindString(body)
	if !strings.Contains(link, "/r/"+token+"?next=") || !strings.Contains(body, question) {
		t.Fatalf("the clarification mail lacks the vendor's link to the questions, or the question:\n%s", body)
	}
	vendor := startBrowser(t, root, chrome, "vendor", shots)
	vendor.do("open the link", chromedp.Navigate(link))
	vendor.expectPath("after opening the link", "/respond")
	vendor.expectVisible("intro", "#returned-intro")
	if n := vendor.count("[data-question]"); n != 1 || !vendor.visible("#q-security_kpis") {
		t.Fatalf("vendor: %d questions shown, want only security_kpis", n)
	}
	vendor.expectContains("the analyst's message", "#thread-security_kpis [data-message=analyst]", question)

	step("6. the vendor changes the answer, replies and resubmits")
	vendor.watchSaves()
	vendor.answer("security_kpis", "true")
	const reply = "Since this year every manager's review includes security KPIs."
	kpis := writeFile(t, "kpi-review-template.pdf", reportPDF("Manager review template with security KPIs", minutesRow, 0))
	vendor.do("write a reply and attach the template", chromedp.SendKeys(chromedp.CSS("#thread-security_kpis textarea"), reply),
		chromedp.SetUploadFiles(chromedp.CSS("#thread-security_kpis input[name=file]"), []string{kpis}))
	vendor.follow("send the reply", byText("button", "Send reply"))
	vendor.expectContains("flash", "main .flash", "Your reply was added")
	vendor.expectContains("the reply in the thread", "#thread-security_kpis [data-message=vendor]", reply)
	vendor.expectContains("the file in the thread", "#thread-security_kpis [data-reply-files]", "kpi-review-template.pdf")
	vendor.follow("submit again", byText("button", "Submit answers"))
	vendor.expectVisible("after submitting", "#receipt")

	step("7. the analyst sees the reply and the recomputed result, and accepts")
	var second model.Result
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		second = srv.WaitSettled(t, a.ID)
		cur, err := srv.App.Store.Assessment(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if second.ID != first.ID && cur.Status == model.StatusScored {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("assessment %d was not rescored after resubmission (status %s)", a.ID, cur.Status)
		}
	}
	analyst.do("reload the assessment", chromedp.Navigate(srv.URL+page), chromedp.WaitVisible(chromedp.CSS("#review")))
	analyst.expectText("status after resubmission", "[data-status]", "Scored")
	analyst.expectText("score", "#result [data-score]", strconv.Itoa(second.Score))
	analyst.expectText("review state", q+" [data-review-state]", "Vendor answered")
	analyst.expectContains("the vendor's reply", q+" [data-message=vendor]", reply)
	analyst.expectContains("the reply's file, to download", q+" [data-reply-files] a", "kpi-review-template.pdf")
	analyst.expectContains("the new answer", q+" [data-answer]", "Yes")
	analyst.follow("accept", chromedp.CSS(q+" form.review-accept button"))
	analyst.expectText("review state", q+" [data-review-state]", "Accepted")
	for _, b := range []*browser{analyst, vendor} {
		b.expectNoDialogs()
	}
	t.Logf("first result %d/%s, after clarification %d/%s", first.Score, first.Rating, second.Score, second.Rating)
	step("done")
}

// response is what the browser was told about one loaded URL.
type response struct {
	Status   int64
	MimeType string
}

// responseLog records the status and type of every response the browser receives.
type responseLog struct {
	mu   sync.Mutex
	seen map[string]response
}

func (b *browser) watchResponses() *responseLog {
	b.t.Helper()
	r := &responseLog{seen: map[string]response{}}
	events := chromedp.Events(b.ctx, network.ResponseReceived)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			r.mu.Lock()
			r.seen[ev.Response.URL] = response{Status: ev.Response.Status, MimeType: ev.Response.MimeType}
			r.mu.Unlock()
		}
	}()
	return r
}

// wait returns the response for url once the browser has received it.
func (r *responseLog) wait(t *testing.T, url string) response {
	t.Helper()
	for deadline := time.Now().Add(stepTimeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		r.mu.Lock()
		got, ok := r.seen[url]
		r.mu.Unlock()
		if ok {
			return got
		}
	}
	t.Fatalf("the browser never loaded %s", url)
	return response{}
}

// submitRefused clicks a form's button and expects the page to come back refused (422), with
// its messages beside the fields.
func (b *browser) submitRefused(step, css string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	res, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(css)))
	if err != nil {
		b.t.Fatalf("%s: %s: %v", b.name, step, err)
	}
	if res == nil || res.Status != http.StatusUnprocessableEntity {
		b.t.Fatalf("%s: %s: landed on %s with %v, want status 422", b.name, step, b.location(), res)
	}
}

// waitTrue polls a page function of one argument until it returns true.
func (b *browser) waitTrue(what, fn string, arg any) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.PollFunction[chromedp.Void](fn, chromedp.WithPollingArgs(arg),
		chromedp.WithPollingTimeout(stepTimeout))); err != nil {
		b.t.Fatalf("%s: waiting for %s: %v", b.name, what, err)
	}
}
