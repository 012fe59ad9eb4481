package browsertest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/mail/mailpittest"
	"assay/app/model"
)

// seedAssessed registers a vendor with one contact whose last assessment was submitted and
// scored at submitted with the answers, as if it had run through the whole path back then.
func seedAssessed(t *testing.T, srv *apptest.Server, name, contact string, senderID uint, submitted time.Time, answers map[string]any) (model.Vendor, model.Assessment) {
	t.Helper()
	ctx := apptest.Ctx()
	st := srv.App.Store
	v := model.Vendor{Name: name, Tier: "critical", Decision: "pending", CreatedAt: submitted, UpdatedAt: submitted,
		Contacts: []model.Contact{{Name: "Sam Contact", Email: contact}}}
	if err := st.CreateVendor(ctx, &v); err != nil {
		t.Fatal(err)
	}
	def := srv.App.Questionnaires.Latest()[0]
	a := model.Assessment{VendorID: v.ID, QuestionnaireID: def.ID, QuestionnaireVersion: def.Version, QuestionnaireHash: def.Hash,
		Status: model.StatusScored, DueOn: submitted, SentByID: senderID, SubmittedAt: &submitted, SubmittedBy: contact,
		CreatedAt: submitted.AddDate(0, 0, -20), UpdatedAt: submitted}
	if err := st.CreateAssessment(ctx, &a, nil); err != nil {
		t.Fatal(err)
	}
	for id, val := range answers {
		b, _ := json.Marshal(val)
		if err := st.SaveAnswer(ctx, &model.Answer{AssessmentID: a.ID, QuestionID: id, Value: string(b), UpdatedBy: contact, UpdatedAt: submitted}, 0); err != nil {
			t.Fatal(err)
		}
	}
	return v, a
}

// marker is the text of the what-changed marker beside a question, "" when none shows.
func (b *browser) marker(question string) string {
	b.t.Helper()
	return value(b, "read the marker of "+question, chromedp.Evaluate[string](fmt.Sprintf(
		`(() => { const m = document.querySelector('#q-%s [data-reassess]'); return m && !m.hidden ? m.querySelector('[data-marker-label]').innerText.trim() : ''; })()`,
		question)))
}

// TestReassessmentInBrowser: an analyst picks two vendors due for reassessment and sends them
// the questionnaire in one go; a vendor opens the mailed link, finds last year's answers filled
// in and marked for confirmation, changes one, and sees its marker turn to changed.
func TestReassessmentInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	srv, root, shots, step := begin(t, apptest.Options{SMTP: true})

	password := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	analystUser, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Now().UnixNano()
	contactA := fmt.Sprintf("sam.%d@quay-logistics.example", stamp)
	contactB := fmt.Sprintf("sam.%d@reed-payments.example", stamp)
	lastYear := time.Now().UTC().AddDate(-1, -1, 0)
	answers := map[string]any{"security_ownership": "line_management", "training_program": "annual", "security_kpis": true}
	vA, prevA := seedAssessed(t, srv, "Quay Logistics", contactA, analystUser.ID, lastYear, answers)
	vB, _ := seedAssessed(t, srv, "Reed Payments", contactB, analystUser.ID, lastYear.AddDate(0, -1, 0), answers)
	// Assessed a month ago: not due, so not on the list.
	seedAssessed(t, srv, "Sedge Storage", fmt.Sprintf("sam.%d@sedge.example", stamp), analystUser.ID, time.Now().UTC().AddDate(0, -1, 0), answers)

	step("1. the analyst opens the reassessments due")
	analyst := startBrowser(t, root, chrome, "analyst", shots)
	analyst.signIn(srv.URL, "ana@example.com", password)
	analyst.follow("click Reassessments", byText("a", "Reassessments"))
	analyst.expectPath("the reassessments page", "/reassessments")
	analyst.expectContains("due list", "#due-list", vA.Name)
	analyst.expectContains("due list", "#due-list", vB.Name)
	if strings.Contains(analyst.text("#due-list"), "Sedge Storage") {
		t.Fatal("analyst: a vendor assessed a month ago is listed as due")
	}
	analyst.expectTextLike("overdue days", fmt.Sprintf(`#due-list tr[data-vendor=%s] [data-overdue]`, jsString(vA.Name)), `^\d+ days$`)

	step("2. the analyst ticks both and goes on to the bulk send")
	analyst.do("tick both vendors",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`#due-list input[value="%d"]`, vA.ID))),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`#due-list input[value="%d"]`, vB.ID))))
	analyst.follow("send to the ticked vendors", byText("button", "Send a questionnaire to the ticked vendors"))
	analyst.expectPath("the bulk send form", "/assessments/bulk")
	for _, c := range []string{contactA, contactB} {
		if !value(analyst, "read a contact checkbox", chromedp.Evaluate[bool](
			`document.querySelector('input[type=checkbox][value=`+jsString(c)+`]').checked`)) {
			t.Fatalf("analyst: contact %s is not ticked on the bulk form", c)
		}
	}
	analyst.do("set the due date", chromedp.SetValue(chromedp.CSS(`input[name=due_date]`), time.Now().UTC().AddDate(0, 0, 20).Format("2006-01-02")))
	analyst.follow("send", byText("button", "Send to 2 vendor(s)"))
	analyst.expectPath("the result page", "/assessments/bulk/sent")
	analyst.expectContains("result flash", "main .flash", "Questionnaires sent.")
	analyst.expectContains("result list", "#bulk-sent", vA.Name)
	analyst.expectContains("result list", "#bulk-sent", vB.Name)

	step("3. the vendor opens the mailed link and finds last year's answers")
	msg := mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool { return s.HasRecipient(contactA) })
	link := regexp.MustCompile(`https?://\S+/r/[A-Za-z0-9_-]+`).FindString(mailpittest.Body(t, mailpit, msg.ID))
	if !strings.HasPrefix(link, srv.URL+"/r/") {
		t.Fatalf("no invitation link in the mail to %s", contactA)
	}
	vendor := startBrowser(t, root, chrome, "vendor", shots)
	vendor.do("open the invitation link", chromedp.Navigate(link))
	vendor.expectContains("questionnaire intro", "main .bar", "For "+vA.Name)
	vendor.expectContains("reassessment banner", "#reassess-banner", "Your answers from last time are filled in.")
	vendor.expectContains("reassessment banner", "#reassess-banner", "Files are not carried over.")
	vendor.expectChecked("security_ownership", "line_management", true)
	vendor.expectChecked("training_program", "annual", true)
	for _, q := range []string{"security_ownership", "training_program", "security_kpis"} {
		if got := vendor.marker(q); got != "Carried over — please confirm" {
			t.Fatalf("vendor: marker of %s says %q, want carried over", q, got)
		}
	}
	vendor.expectContains("previous answer", "#q-security_ownership [data-previous]",
		"Last time: Department heads and line managers carry documented security responsibilities")
	if got := vendor.marker("reporting_channel"); got != "" {
		t.Fatalf("vendor: a question unanswered last time is marked %q", got)
	}

	step("4. the vendor changes one answer; its marker turns to changed")
	vendor.watchSaves()
	vendor.answer("security_ownership", "ciso_only")
	vendor.waitText("marker after the change", "#q-security_ownership [data-marker-label]", "Changed since last assessment")
	if got := vendor.marker("training_program"); got != "Carried over — please confirm" {
		t.Fatalf("vendor: an untouched answer is marked %q", got)
	}
	before := vendor.saves()
	vendor.do("confirm security_kpis", chromedp.Click(chromedp.CSS(`#q-security_kpis [data-confirm]`)))
	vendor.waitSaved("save the confirmation", before)
	vendor.waitText("marker after confirming", "#q-security_kpis [data-marker-label]", "Confirmed — same as last assessment")
	vendor.expectChecked("security_kpis", "true", true)
	before = vendor.saves()
	vendor.do("confirm every carried-over answer at once", chromedp.Click(chromedp.CSS(`[data-confirm-all]`)))
	vendor.waitSaved("save the confirmations", before)
	vendor.waitText("marker of another carried-over answer", "#q-training_program [data-marker-label]", "Confirmed — same as last assessment")
	if n := vendor.count(`[data-question]:not([hidden]) [data-reassess][data-marker=carried]`); n != 0 {
		t.Errorf("vendor: %d answers still wait for confirmation after confirming all", n)
	}
	vendor.expectText("the changed answer stays changed", "#q-security_ownership [data-marker-label]", "Changed since last assessment")
	vendor.expectNoDialogs()

	step("5. the analyst sees the change on the new assessment")
	as, err := srv.App.Store.VendorAssessments(apptest.Ctx(), vA.ID)
	if err != nil || len(as) != 2 {
		t.Fatalf("%s has %d assessments (%v), want 2", vA.Name, len(as), err)
	}
	analyst.do("open the new assessment", chromedp.Navigate(fmt.Sprintf("%s/assessments/%d", srv.URL, as[0].ID)))
	analyst.expectContains("reassessment heading", "#reassessment h2", fmt.Sprintf("Reassessment of #%d", prevA.ID))
	analyst.expectContains("changed answers", "#changed-answers", "Department heads and line managers carry documented security responsibilities")
	if n := analyst.count("#changed-answers tbody tr"); n != 1 {
		t.Fatalf("analyst: %d changed answers listed, want 1", n)
	}
	step("done")
}
