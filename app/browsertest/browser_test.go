package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/mail/mailpittest"
	"assay/app/model"
)

const (
	// stepTimeout bounds one user action and what it waits for.
	stepTimeout = 15 * time.Second
	// testBudget bounds the whole test, browsers included: every browser dies with it.
	testBudget = 110 * time.Second
)

// TestWholePathInBrowser walks the product's main path through its pages in Chromium: an
// admin registers a vendor and sends the questionnaire, the vendor answers through the mailed
// link and submits evidence, and procurement reads the rating.
func TestWholePathInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	mailpit := apptest.Need(t, "ASSAY_TEST_MAILPIT_API")
	srv, root, shots, step := begin(t, apptest.Options{SMTP: true, S3: true})

	const vendorName = "Northwind Payroll"
	// Packages share one mailpit, so the invitation is found by a recipient no other test uses.
	contact := fmt.Sprintf("pat.%d@northwind-payroll.example", time.Now().UnixNano())

	step("1. the admin signs in")
	adminPassword := srv.CreateUser(t, "admin@example.com", model.RoleAdmin)
	admin := startBrowser(t, root, chrome, "admin", shots)
	admin.signIn(srv.URL, "admin@example.com", adminPassword)

	step("2. the admin registers a vendor")
	admin.follow("click Register a vendor", byText("a", "Register a vendor"))
	admin.expectPath("the new-vendor form", "/vendors/new")
	admin.do("fill in the vendor form",
		chromedp.SendKeys(chromedp.CSS(`input[name=name]`), vendorName),
		chromedp.SendKeys(chromedp.CSS(`input[name=website]`), "https://northwind-payroll.example"),
		chromedp.SetValue(chromedp.CSS(`select[name=tier]`), "critical"),
		chromedp.SendKeys(chromedp.CSS(`input[name="services[0].name"]`), "Payroll processing"),
		chromedp.SendKeys(chromedp.CSS(`input[name="services[0].keywords"]`), "payroll, wages"),
		chromedp.SendKeys(chromedp.CSS(`input[name="contacts[0].name"]`), "Pat Jones"),
		chromedp.SendKeys(chromedp.CSS(`input[name="contacts[0].email"]`), contact),
	)
	admin.follow("save the vendor", byText("button", "Save vendor"))
	admin.expectPathLike("the vendor page", `^/vendors/\d+$`)
	admin.expectText("vendor page heading", "main h1", vendorName)
	admin.expectContains("vendor page flash", "main .flash", "Vendor registered.")
	admin.expectContains("vendor facts", "dl.facts", "Payroll processing")
	admin.expectContains("vendor facts", "dl.facts", "Pat Jones <"+contact+">")
	admin.expectContains("vendor facts", "dl.facts", "Critical")

	step("3. the admin sends the questionnaire")
	admin.follow("click Send questionnaire", byText("a", "Send questionnaire"))
	admin.expectPathLike("the send form", `^/vendors/\d+/send$`)
	if !value(admin, "read the contact checkbox", chromedp.Evaluate[bool](
		`document.querySelector('input[name=recipients][value=`+jsString(contact)+`]').checked`)) {
		t.Fatalf("admin: the vendor's contact %s is not checked on the send form", contact)
	}
	due := srv.App.Now().AddDate(0, 0, 20)
	// A date input's typed form depends on the browser's locale; its value is always ISO.
	admin.do("set the due date", chromedp.SetValue(chromedp.CSS(`input[name=due_date]`), due.Format("2006-01-02")))
	admin.follow("send", byText("button", "Send"))
	admin.expectPathLike("the assessment page", `^/assessments/\d+$`)
	assessmentID := lastNumber(t, admin.path())
	admin.expectText("assessment heading", "main h1", fmt.Sprintf("Assessment #%d", assessmentID))
	admin.expectContains("assessment flash", "main .flash", "Questionnaire sent.")
	admin.expectText("assessment status", "[data-status]", "Sent")
	admin.expectContains("assessment due date", "dl.facts", due.UTC().Format("2 Jan 2006"))
	admin.expectContains("invitations table", "main", "<"+contact+">")

	step("4. the vendor opens the mailed link in a browser of their own")
	msg := mailpittest.WaitFor(t, mailpit, 15*time.Second, func(s mailpittest.Summary) bool { return s.HasRecipient(contact) })
	if want := "Security questionnaire for " + vendorName; msg.Subject != want {
		t.Errorf("invitation subject %q, want %q", msg.Subject, want)
	}
	link := regexp.MustCompile(`https?://\S+/r/[A-Za-z0-9_-]+`).FindString(mailpittest.Body(t, mailpit, msg.ID))
	if link == "" || !strings.HasPrefix(link, srv.URL+"/r/") {
		t.Fatalf("no invitation link to %s in the mail:\n%s", srv.URL, mailpittest.Body(t, mailpit, msg.ID))
	}
	token := link[strings.LastIndex(link, "/r/")+3:]
	vendor := startBrowser(t, root, chrome, "vendor", shots)
	vendor.do("open the invitation link", chromedp.Navigate(link))
	if loc := vendor.location(); loc != srv.URL+"/respond" || strings.Contains(loc, token) {
		t.Fatalf("vendor: after opening the link the address bar shows %q, want %s/respond without the token", loc, srv.URL)
	}
	vendor.expectText("questionnaire heading", "main h1", "Management responsibilities for information security")
	vendor.expectContains("questionnaire intro", "main .bar", "For "+vendorName)
	vendor.expectText("save status before any answer", "#save-status", "Answers save automatically.")

	step("5. the vendor answers by clicking; questions appear and disappear with the answers")
	vendor.watchSaves()
	vendor.expectHidden("before disciplinary_process is answered", "#q-disciplinary_procedure")
	vendor.answer("security_ownership", "line_management")
	vendor.answer("responsibilities_documented", "true")
	vendor.answer("communication_methods", "onboarding_briefing")
	vendor.answer("communication_methods", "periodic_updates")
	vendor.answer("training_program", "none")
	vendor.expectHidden("training_program = none", "#q-training_report")
	vendor.expectHidden("training_program = none", "#q-training_completion_rate")
	vendor.answer("training_program", "annual")
	vendor.expectVisible("training_program = annual", "#q-training_report")
	vendor.answer("training_includes_contractors", "true")
	vendor.typeNumber("training_completion_rate", "96")
	vendor.answer("employment_contract_clauses", "true")
	vendor.answer("contractor_agreements", "true")
	vendor.answer("acknowledgement_process", "annual")
	vendor.answer("management_review_cadence", "quarterly")
	vendor.answer("security_kpis", "true")
	vendor.answer("disciplinary_process", "true")
	vendor.expectVisible("disciplinary_process = yes", "#q-disciplinary_procedure")
	vendor.answer("reporting_channel", "true")
	vendor.answer("iso27001_certified", "false")
	vendor.expectHidden("iso27001_certified = no", "#q-iso27001_certificate")
	vendor.expectHidden("iso27001_certified = no", "#q-iso27001_scope")
	vendor.expectTextLike("missing count before uploads", "#missing-text", `^[1-9]\d* required question\(s\) still need an answer\.$`)

	step("6. a reload shows the saved answers")
	vendor.do("reload the questionnaire", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#questionnaire")))
	// Unsaved answers are kept in local storage and put back by the page itself; this status
	// says nothing had to be put back, so what shows checked came from the server.
	vendor.expectText("save status after reload", "#save-status", "Answers save automatically.")
	for _, a := range [][2]string{
		{"security_ownership", "line_management"}, {"responsibilities_documented", "true"},
		{"communication_methods", "onboarding_briefing"}, {"communication_methods", "periodic_updates"},
		{"training_program", "annual"}, {"training_includes_contractors", "true"},
		{"employment_contract_clauses", "true"}, {"contractor_agreements", "true"},
		{"acknowledgement_process", "annual"}, {"management_review_cadence", "quarterly"},
		{"security_kpis", "true"}, {"disciplinary_process", "true"}, {"reporting_channel", "true"},
		{"iso27001_certified", "false"},
	} {
		vendor.expectChecked(a[0], a[1], true)
	}
	vendor.expectChecked("communication_methods", "role_briefings", false)
	vendor.expectChecked("training_program", "none", false)
	if got := value(vendor, "read the completion rate", chromedp.Value(chromedp.CSS(`#q-training_completion_rate input`))); got != "96" {
		t.Errorf("vendor: training_completion_rate shows %q after reload, want 96", got)
	}
	vendor.expectVisible("after reload", "#q-disciplinary_procedure")
	vendor.expectVisible("after reload", "#q-training_report")
	vendor.expectHidden("after reload", "#q-iso27001_certificate")

	step("7. the vendor uploads the evidence still required")
	files := map[string]string{
		"training_report":     writeFile(t, "training-completion-report.pdf", reportPDF("Security awareness training: completion report", trainingRow, 300<<10)),
		"acknowledgement_log": writeFile(t, "policy-acknowledgement-log.pdf", reportPDF("Information security policy: signed acknowledgements", acknowledgementRow, 300<<10)),
		"review_minutes":      writeFile(t, "management-review-minutes.pdf", reportPDF("Quarterly management review of information security: minutes", minutesRow, 300<<10)),
	}
	uploaded := 0
	for _, q := range []string{"training_report", "acknowledgement_log", "review_minutes"} {
		if !vendor.visible("#q-"+q) || vendor.count(fmt.Sprintf("#q-%s [data-files] li", q)) > 0 {
			continue
		}
		vendor.upload(q, files[q])
		uploaded++
	}
	if uploaded == 0 {
		t.Fatal("vendor: no evidence question was waiting for a file; the answers should require three")
	}
	vendor.waitText("missing count after uploads", "#missing-text", "Every required question is answered.")

	step("8. the vendor submits")
	vendor.follow("submit the answers", byText("button", "Submit answers"))
	vendor.expectPath("after submitting", "/respond")
	vendor.expectVisible("after submitting", "#receipt")
	vendor.expectContains("receipt", "#receipt", "Submitted on")
	vendor.expectContains("receipt flash", "main .flash", "Your answers were submitted")

	// Scoring and the reading of the uploaded files run in the background; wait until they are done.
	res := srv.WaitSettled(t, assessmentID)
	if a, err := srv.App.Store.Assessment(context.Background(), assessmentID); err != nil || a.Status != model.StatusScored {
		t.Errorf("assessment %d after submitting: status %q (err %v), want %s", assessmentID, a.Status, err, model.StatusScored)
	}

	step("9. procurement reads the rating")
	buyerPassword := srv.CreateUser(t, "buyer@example.com", model.RoleProcurement)
	buyer := startBrowser(t, root, chrome, "procurement", shots)
	buyer.signIn(srv.URL, "buyer@example.com", buyerPassword)
	buyer.follow("open the vendor list", byText("a", "All vendors"))
	row := fmt.Sprintf(`tr[data-vendor=%s]`, jsString(vendorName))
	buyer.expectVisible("vendor list", row)
	listRating := buyer.text(row + " [data-rating]")
	listScore := buyer.text(row + " td.num")
	if !sameRating(listRating, res.Rating) || listScore != strconv.Itoa(res.Score) {
		t.Errorf("procurement: vendor list shows score %q rating %q; the stored result is %d %s", listScore, listRating, res.Score, res.Rating)
	}
	buyer.expectTextLike("open red flags in the list", row+" td[data-flags]", fmt.Sprintf(`^%d\b`, len(res.RedFlags)))
	buyer.follow("open the vendor", chromedp.CSS(row+" a"))
	buyer.expectPathLike("the vendor page", `^/vendors/\d+$`)
	buyer.expectText("vendor page heading", "main h1", vendorName)
	if buyer.count(".bar a[href$='/send']") != 0 {
		t.Error("procurement: the vendor page offers Send questionnaire to a read-only user")
	}
	buyer.expectVisible("result section", "#result")
	pageRating, pageScore := buyer.text("#result [data-rating]"), buyer.text("#result [data-score]")
	if !sameRating(pageRating, res.Rating) || pageScore != strconv.Itoa(res.Score) {
		t.Errorf("procurement: vendor page shows score %q rating %q; the stored result is %d %s", pageScore, pageRating, res.Score, res.Rating)
	}
	if len(res.RedFlags) == 0 {
		buyer.expectContains("result without flags", "#result", "No red flags.")
	} else {
		buyer.expectText("result flags heading", "#result [data-flag-counts]", fmt.Sprintf("%d open", len(res.RedFlags)))
		for _, f := range res.RedFlags {
			buyer.expectContains("red flag "+f.ID, fmt.Sprintf(`#result li[data-flag=%s]`, jsString(f.ID)), f.Title)
		}
	}
	t.Logf("result: score %d, rating %s, %d red flag(s) %v", res.Score, res.Rating, len(res.RedFlags), flagIDs(res))
	for _, b := range []*browser{admin, vendor, buyer} {
		b.expectNoDialogs()
	}
	step("done")
}

// browser is one person's Chromium: its own process and profile, so no cookie or local
// storage is shared with another browser of the test.
type browser struct {
	t    *testing.T
	name string
	ctx  context.Context

	mu      sync.Mutex
	notes   []string // console messages, exceptions and dialogs, shown when the test fails
	dialogs []string
}

// begin starts Assay for a browser test and returns it with the test's deadline context, the
// folder for failure screenshots, and a step logger that prints the time since the start.
func begin(t *testing.T, o apptest.Options) (srv *apptest.Server, root context.Context, shots string, step func(string)) {
	t.Helper()
	started := time.Now()
	srv = apptest.NewServer(t, o)
	root, cancel := context.WithTimeout(context.Background(), testBudget)
	t.Cleanup(cancel)
	return srv, root, screenshotDir(t), func(name string) { t.Logf("%5.1fs  %s", time.Since(started).Seconds(), name) }
}

// startBrowser starts a headless Chromium that lives until the test ends or root is done.
func startBrowser(t *testing.T, root context.Context, chrome, name, shots string) *browser {
	t.Helper()
	// Without a UserDataDir option the allocator gives the browser a fresh temporary
	// --user-data-dir, and removes it (and any Chromium process left using it) on exit.
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(root,
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1280, 1000),
	)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	b := &browser{t: t, name: name, ctx: ctx}
	// The first run starts the browser and binds it to this context, so it carries no step
	// timeout; root's deadline still bounds it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("%s: start %s: %v", name, chrome, err)
	}
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			b.note("console %s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1)
		}
	}()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.note("dialog %s: %q", ev.Type, ev.Message)
			b.mu.Lock()
			b.dialogs = append(b.dialogs, fmt.Sprintf("%s %q", ev.Type, ev.Message))
			b.mu.Unlock()
			// A dialog blocks the page and every action after it: accept it so the test
			// reports it instead of running into a timeout.
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			b.saveDiagnostics(shots)
		}
	})
	return b
}

func (b *browser) note(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.notes = append(b.notes, fmt.Sprintf(format, args...))
}

// saveDiagnostics keeps a screenshot and the HTML of the page, and logs what the console said.
func (b *browser) saveDiagnostics(dir string) {
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	base := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(b.t.Name())+"-"+b.name)
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err != nil {
		b.t.Logf("%s: no screenshot: %v", b.name, err)
	} else if err := os.WriteFile(base+".png", png, 0o644); err == nil {
		b.t.Logf("%s: screenshot of %s: %s", b.name, loc, base+".png")
	}
	if html, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("html"))); err == nil {
		if err := os.WriteFile(base+".html", []byte(html), 0o644); err == nil {
			b.t.Logf("%s: page HTML: %s", b.name, base+".html")
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, n := range b.notes {
		b.t.Logf("%s: %s", b.name, n)
	}
}

// do runs the actions in the tab within one step's time, failing the test when they fail.
func (b *browser) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %s: %v", b.name, step, err)
	}
}

// value runs an action that returns something within one step's time.
func value[T any](b *browser, step string, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %s: %v", b.name, step, err)
	}
	return v
}

// followSel clicks a link or button that loads a page and waits for that page, which must
// not be an error page.
func followSel[S chromedp.Selectable](b *browser, step string, sel S) {
	b.t.Helper()
	res := click(b, step, sel)
	if res == nil || res.Status >= 400 {
		status := int64(0)
		if res != nil {
			status = res.Status
		}
		b.t.Fatalf("%s: %s: landed on %s with status %d: %s", b.name, step, b.location(), status, b.text("main"))
	}
}

// click clicks a link or button and returns the response of the page it loads (nil if none).
func click[S chromedp.Selectable](b *browser, step string, sel S) *network.Response {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	res, err := chromedp.RunResponse(ctx, chromedp.Click(sel))
	if err != nil {
		b.t.Fatalf("%s: %s: %v", b.name, step, err)
	}
	return res
}

// follow clicks a link or button, chosen by CSS or by its text, and waits for the next page.
func (b *browser) follow(step string, sel any) {
	b.t.Helper()
	switch s := sel.(type) {
	case chromedp.CSS:
		followSel(b, step, s)
	case chromedp.JSPath:
		followSel(b, step, s)
	default:
		b.t.Fatalf("follow: unsupported selector %T", sel)
	}
}

// byText selects the first element of the tag whose visible text is exactly text, as a
// person finds a link or a button.
func byText(tag, text string) chromedp.JSPath {
	return chromedp.JSPath(fmt.Sprintf(`[...document.querySelectorAll(%s)].find(e => e.innerText.trim() === %s)`,
		jsString(tag), jsString(text)))
}

func (b *browser) signIn(base, email, password string) {
	b.t.Helper()
	b.do("open the sign-in page", chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS(`input[name=email]`), email),
		chromedp.SendKeys(chromedp.CSS(`input[name=password]`), password))
	b.follow("sign in", byText("button", "Sign in"))
	b.expectPath("after signing in", "/")
	b.expectContains("signed-in header", "header .who", email)
}

func (b *browser) location() string {
	b.t.Helper()
	return value(b, "read the address bar", chromedp.Location())
}

func (b *browser) path() string {
	b.t.Helper()
	u, err := url.Parse(b.location())
	if err != nil {
		b.t.Fatalf("%s: %v", b.name, err)
	}
	return u.Path
}

func (b *browser) expectPath(what, want string) {
	b.t.Helper()
	if got := b.path(); got != want {
		b.t.Fatalf("%s: %s: at %s, want %s; the page says: %s", b.name, what, got, want, b.text("main"))
	}
}

func (b *browser) expectPathLike(what, pattern string) {
	b.t.Helper()
	if got := b.path(); !regexp.MustCompile(pattern).MatchString(got) {
		b.t.Fatalf("%s: %s: at %s, want a path like %s; the page says: %s", b.name, what, got, pattern, b.text("main"))
	}
}

// text is the visible text of the first element matching css, trimmed; "" when there is none.
func (b *browser) text(css string) string {
	b.t.Helper()
	return value(b, "read "+css, chromedp.Evaluate[string](fmt.Sprintf(
		`(e => e ? e.innerText.trim() : '')(document.querySelector(%s))`, jsString(css))))
}

func (b *browser) count(css string) int {
	b.t.Helper()
	return value(b, "count "+css, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll(%s).length`, jsString(css))))
}

// visible reports whether the element is rendered, as chromedp's NodeVisible decides.
func (b *browser) visible(css string) bool {
	b.t.Helper()
	return value(b, "look at "+css, chromedp.Evaluate[bool](fmt.Sprintf(
		`(e => !!e && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length))(document.querySelector(%s))`, jsString(css))))
}

func (b *browser) expectVisible(when, css string) {
	b.t.Helper()
	if !b.visible(css) {
		b.t.Fatalf("%s: %s is not visible %s", b.name, css, when)
	}
}

func (b *browser) expectHidden(when, css string) {
	b.t.Helper()
	if b.count(css) == 0 {
		b.t.Fatalf("%s: %s is not on the page at all (%s)", b.name, css, when)
	}
	if b.visible(css) {
		b.t.Fatalf("%s: %s is visible %s; it should be hidden", b.name, css, when)
	}
}

func (b *browser) expectText(what, css, want string) {
	b.t.Helper()
	if got := b.text(css); got != want {
		b.t.Fatalf("%s: %s: %s says %q, want %q", b.name, what, css, got, want)
	}
}

func (b *browser) expectTextLike(what, css, pattern string) {
	b.t.Helper()
	if got := b.text(css); !regexp.MustCompile(pattern).MatchString(got) {
		b.t.Fatalf("%s: %s: %s says %q, want text like %s", b.name, what, css, got, pattern)
	}
}

func (b *browser) expectContains(what, css, want string) {
	b.t.Helper()
	if got := b.text(css); !strings.Contains(got, want) {
		b.t.Fatalf("%s: %s: %s says %q, want it to contain %q", b.name, what, css, got, want)
	}
}

// waitText waits until the element's visible text is want.
func (b *browser) waitText(what, css, want string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.PollFunction[chromedp.Void](
		`(css, want) => { const e = document.querySelector(css); return !!e && e.innerText.trim() === want; }`,
		chromedp.WithPollingArgs(css, want), chromedp.WithPollingTimeout(stepTimeout)))
	if err != nil {
		b.t.Fatalf("%s: %s: %s still says %q, want %q: %v", b.name, what, css, b.text(css), want, err)
	}
}

// watchSaves counts how often the page's save status comes to say that everything is saved,
// so a wait after a click sees this click's save, not an earlier one with the same wording.
func (b *browser) watchSaves() {
	b.t.Helper()
	b.do("watch the save status", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.getElementById('save-status');
		if (s.assaySaves !== undefined) return;
		s.assaySaves = 0;
		new MutationObserver(() => { if (s.textContent.startsWith('All changes saved')) s.assaySaves++; })
			.observe(s, {childList: true, characterData: true, subtree: true});
	})()`))
}

func (b *browser) saves() int {
	b.t.Helper()
	return value(b, "read the save count", chromedp.Evaluate[int](`document.getElementById('save-status').assaySaves`))
}

// waitSaved waits until the page has saved once more than before and says so.
func (b *browser) waitSaved(what string, before int) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.PollFunction[chromedp.Void](
		`(n) => { const s = document.getElementById('save-status'); return s.assaySaves > n && s.textContent.startsWith('All changes saved'); }`,
		chromedp.WithPollingArgs(before), chromedp.WithPollingTimeout(stepTimeout)))
	if err != nil {
		b.t.Fatalf("%s: %s: the page never said \"All changes saved\"; it says %q; messages: %q; banner: %q: %v",
			b.name, what, b.text("#save-status"), b.errors(), b.text("#banner"), err)
	}
}

// errors lists the per-question messages on show.
func (b *browser) errors() []string {
	b.t.Helper()
	return value(b, "read the error messages", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('[data-error]')].filter(e => !e.hidden && e.innerText.trim()).map(e => e.closest('[data-question]').dataset.question + ': ' + e.innerText.trim())`))
}

// answer clicks the option of a question and waits until the page has saved it.
func (b *browser) answer(question, option string) {
	b.t.Helper()
	css := fmt.Sprintf(`#q-%s input[value=%s]`, question, jsString(option))
	before := b.saves()
	b.do(fmt.Sprintf("click %s = %s", question, option), chromedp.Click(chromedp.CSS(css)))
	b.waitSaved(fmt.Sprintf("save %s = %s", question, option), before)
	b.expectChecked(question, option, true)
}

// typeNumber types into a number question and leaves the field, as a person tabs onwards.
func (b *browser) typeNumber(question, text string) {
	b.t.Helper()
	before := b.saves()
	b.do("type "+question, chromedp.SendKeys(chromedp.CSS(fmt.Sprintf(`#q-%s input`, question)), text+"\t"))
	b.waitSaved("save "+question, before)
}

func (b *browser) expectChecked(question, option string, want bool) {
	b.t.Helper()
	css := fmt.Sprintf(`#q-%s input[value=%s]`, question, jsString(option))
	got := value(b, "read "+css, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector(%s).checked`, jsString(css))))
	if got != want {
		b.t.Fatalf("%s: %s = %s checked %v, want %v", b.name, question, option, got, want)
	}
}

// upload chooses a file for an evidence question and waits until it is listed.
func (b *browser) upload(question, file string) {
	b.t.Helper()
	name := filepath.Base(file)
	q := "#q-" + question
	b.expectHidden("before choosing a file", q+" .upload-progress")
	b.do("choose "+name+" for "+question,
		chromedp.SetUploadFiles(chromedp.CSS(q+" input[data-upload]"), []string{file}),
		chromedp.WaitVisible(chromedp.CSS(q+" .upload-progress")))
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.PollFunction[chromedp.Void](
		`(q, name) => [...document.querySelectorAll(q + ' [data-files] li span')].some(s => s.textContent === name)`,
		chromedp.WithPollingArgs(q, name), chromedp.WithPollingTimeout(stepTimeout)))
	if err != nil {
		b.t.Fatalf("%s: %s is not listed under %s; progress says %q; messages %q: %v",
			b.name, name, question, b.text(q+" .upload-progress"), b.errors(), err)
	}
	b.expectText("upload progress of "+question, q+" .upload-progress", "Uploaded "+name)
	if v := value(b, "read the progress bar", chromedp.Evaluate[float64](
		fmt.Sprintf(`document.querySelector(%s).value`, jsString(q+" .upload-progress progress")))); v != 100 {
		b.t.Errorf("%s: the progress bar of %s stopped at %v", b.name, question, v)
	}
}

func (b *browser) expectNoDialogs() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dialogs) > 0 {
		b.t.Errorf("%s: the page opened dialogs: %v", b.name, b.dialogs)
	}
}

// screenshotDir is where failures leave screenshots: ./testdata/out when
// ASSAY_TEST_SCREENSHOTS is set (kept after the run), else the test's temporary folder.
func screenshotDir(t *testing.T) string {
	t.Helper()
	if os.Getenv("ASSAY_TEST_SCREENSHOTS") == "" {
		return t.TempDir()
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "out"))
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func lastNumber(t *testing.T, path string) uint {
	t.Helper()
	n, err := strconv.ParseUint(path[strings.LastIndex(path, "/")+1:], 10, 64)
	if err != nil {
		t.Fatalf("no id at the end of %s", path)
	}
	return uint(n)
}

// sameRating compares a rating as a page shows it ("Medium risk") with the stored one ("medium").
func sameRating(shown, stored string) bool {
	plain := func(s string) string {
		return strings.TrimSuffix(strings.ReplaceAll(strings.ToLower(s), "_", " "), " risk")
	}
	return stored != "" && plain(shown) == plain(stored)
}

func flagIDs(r model.Result) []string {
	ids := make([]string, len(r.RedFlags))
	for i, f := range r.RedFlags {
		ids[i] = f.ID
	}
	return ids
}

func writeFile(t *testing.T, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Rows of the evidence documents: recent dates, complete records, so the files read as the
// genuine article to a person or to an extractor.
func trainingRow(i int) string {
	d := time.Now().UTC().AddDate(0, 0, -(i % 90)).Format("2006-01-02")
	return fmt.Sprintf("%04d  Employee %04d  Role-based security awareness  completed %s  score %d%%  pass", i+1, i+1, d, 80+i%21)
}

func acknowledgementRow(i int) string {
	d := time.Now().UTC().AddDate(0, 0, -(i % 200)).Format("2006-01-02")
	return fmt.Sprintf("%04d  Employee %04d  Information Security Policy v4.2  signed %s 09:%02d UTC  e-signature", i+1, i+1, d, i%60)
}

func minutesRow(i int) string {
	d := time.Now().UTC().AddDate(0, 0, -30).Format("2 January 2006")
	return fmt.Sprintf("Item %d (%s): the board reviewed security KPIs, open findings and training completion; action %d assigned.", i+1, d, i+1)
}

// reportPDF builds a valid PDF of text pages, adding rows until it is at least minSize bytes:
// large enough that an upload takes visible time and goes through streaming for real.
func reportPDF(title string, row func(i int) string, minSize int) []byte {
	const perPage = 60
	var pages []string
	size := 0
	for i := 0; size < minSize; {
		var c strings.Builder
		c.WriteString("BT /F1 9 Tf 40 800 Td 12 TL\n")
		if len(pages) == 0 {
			fmt.Fprintf(&c, "(%s) Tj T* T*\n", pdfEscape(title))
		}
		for n := 0; n < perPage; n, i = n+1, i+1 {
			fmt.Fprintf(&c, "(%s) Tj T*\n", pdfEscape(row(i)))
		}
		c.WriteString("ET\n")
		pages = append(pages, c.String())
		size += c.Len() + 200
	}

	var buf bytes.Buffer
	offsets := []int{0}
	obj := func(body string) {
		offsets = append(offsets, buf.Len())
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", len(offsets)-1, body)
	}
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	for i, content := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content))
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for _, off := range offsets[1:] {
		fmt.Fprintf(&buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets), xref)
	return buf.Bytes()
}

func pdfEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}
