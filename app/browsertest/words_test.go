package browsertest

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/vendors"
)

// widths are the viewport widths every page must fit: a phone and a laptop.
var widths = []int64{390, 1366}

// snakeCase finds an internal id written for code rather than people (a question id, a fact
// key, a status) in what a page shows.
var snakeCase = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b`)

// visibleWords is the page's visible text without the muted details that may carry ids
// ([data-detail]), hidden for the moment of reading through the stylesheet's [hidden] rule
// (the pages' policy allows no inline style).
const visibleWords = `(() => {
	const details = [...document.querySelectorAll('[data-detail]')].filter(e => !e.hidden);
	details.forEach(e => e.hidden = true);
	const text = document.body.innerText;
	details.forEach(e => e.hidden = false);
	return text;
})()`

// fits opens path at each width and checks that the page does not scroll sideways and shows
// no internal id outside a muted detail. It returns nothing: every problem is an error.
func (b *browser) fits(base, path string, ids []string) {
	b.t.Helper()
	for _, w := range widths {
		b.do(fmt.Sprintf("open %s at %d px", path, w),
			chromedp.EmulateViewport(w, 900), chromedp.Navigate(base+path), chromedp.WaitReady("body"))
		b.fitsNow(path, w, ids)
	}
}

// fitsHere checks the page the browser shows (one reached by a form) at each width.
func (b *browser) fitsHere(what string, ids []string) {
	b.t.Helper()
	for _, w := range widths {
		b.do(fmt.Sprintf("look at %s at %d px", what, w), chromedp.EmulateViewport(w, 900))
		b.fitsNow(what, w, ids)
	}
}

// fitsNow checks the page shown at width w.
func (b *browser) fitsNow(path string, w int64, ids []string) {
	b.t.Helper()
	{
		sizes := value(b, "measure "+path, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
		if sizes[0] > sizes[1] {
			b.t.Errorf("%s: %s at %d px is %d px wide: it scrolls sideways", b.name, path, w, sizes[0])
		}
		text := value(b, "read "+path, chromedp.Evaluate[string](visibleWords))
		if m := snakeCase.FindAllString(text, 5); len(m) > 0 {
			b.t.Errorf("%s: %s at %d px shows internal ids %q", b.name, path, w, m)
		}
		for _, id := range ids {
			if regexp.MustCompile(`\b` + regexp.QuoteMeta(id) + `\b`).MatchString(text) {
				b.t.Errorf("%s: %s at %d px shows the red flag id %q", b.name, path, w, id)
			}
		}
	}
}

// shoot saves the viewport at each width as docs/screenshots/<name>-<width>.png when
// ASSAY_UPDATE_SCREENSHOTS is set (scripts/screenshots.sh); otherwise it does nothing.
func (b *browser) shoot(base, path, name string) {
	b.t.Helper()
	dir := os.Getenv("ASSAY_UPDATE_SCREENSHOTS")
	if dir == "" {
		return
	}
	for _, w := range widths {
		h := int64(900)
		if w < 500 {
			h = 844
		}
		b.do(fmt.Sprintf("open %s at %d px", path, w), chromedp.EmulateViewport(w, h), chromedp.Navigate(base+path), chromedp.WaitReady("body"))
		png := value(b, "photograph "+path, chromedp.CaptureScreenshot())
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, w)), png, 0o644); err != nil {
			b.t.Fatal(err)
		}
	}
	b.do("back to the default viewport", chromedp.ResetViewport())
}

// TestPagesInWordsAtEveryWidth opens every staff and vendor page in Chromium at 390 and 1366 px
// with a vendor whose assessment raised red flags, one finding accepted as a risk and one
// closed: no page scrolls sideways or shows an internal id outside a muted detail, the score
// breakdown adds up to the score shown, each red flag shows its finding's state, and the
// counts of open red flags and open findings agree on every page.
func TestPagesInWordsAtEveryWidth(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	srv, _, shots, step := begin(t, apptest.Options{})
	// Some forty pages at two widths in three browsers take longer than one path through them.
	root, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	ctx := apptest.Ctx()
	system := audit.Actor{Type: audit.ActorSystem, Label: "test"}

	step("1. two vendors: one submitted weak answers, one is answering now")
	analystPassword := srv.CreateUser(t, "ana@example.com", model.RoleAdmin)
	analyst, err := srv.App.Store.UserByEmail(ctx, "ana@example.com")
	if err != nil {
		t.Fatal(err)
	}
	me := audit.Actor{Type: audit.ActorUser, ID: analyst.ID, Label: analyst.Email}
	v, err := srv.App.Vendors.Create(ctx, vendors.Input{Name: "Harbour Logistics", Tier: "critical", Website: "https://harbour.example",
		Services: []vendors.ServiceInput{{Name: "Freight forwarding"}}, Contacts: []vendors.ContactInput{{Name: "Lee Chan", Email: "lee@harbour.example"}}},
		system)
	if err != nil {
		t.Fatal(err)
	}
	due := srv.App.Now().AddDate(0, 0, 20).Format(time.DateOnly)
	a, sent, err := srv.App.Invitations.Send(ctx, v.ID, invitations.SendInput{DueDate: due, Recipients: []string{"lee@harbour.example"}}, me)
	if err != nil {
		t.Fatal(err)
	}
	token := apptest.TokenOf(sent[0].URL)
	answers := map[string]any{
		"security_ownership": "ciso_only", "responsibilities_documented": true, "communication_methods": []string{"onboarding_briefing"},
		"training_program": "annual", "training_includes_contractors": false, "training_completion_rate": 80,
		"employment_contract_clauses": true, "contractor_agreements": false,
		"acknowledgement_process": "annual", "management_review_cadence": "none", "security_kpis": false,
		"disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false,
	}
	if st := apiCall(t, "PATCH", srv.URL+"/api/v1/respond/answers", token, map[string]any{"answers": answers}); st != http.StatusOK {
		t.Fatalf("answers: %d", st)
	}
	// Exports whose facts have dates, counts and shares, which the page must show as people write them.
	vendorActor := audit.Actor{Type: audit.ActorInvitation, Label: "lee@harbour.example"}
	var training, signed strings.Builder
	training.WriteString("Name,Course,Completed on,Status\n")
	signed.WriteString("Name,Policy,Signed on\n")
	for i := range 40 {
		day := srv.App.Now().AddDate(0, 0, -3*i).Format(time.DateOnly)
		fmt.Fprintf(&training, "Employee %02d,Security awareness,%s,passed\n", i, day)
		fmt.Fprintf(&signed, "Employee %02d,Information security policy,%s\n", i, srv.App.Now().AddDate(0, 0, -15*i).Format(time.DateOnly))
	}
	files := map[string]uint{}
	for q, body := range map[string]string{"training_report": training.String(), "acknowledgement_log": signed.String()} {
		ev, err := srv.App.Responses.Upload(ctx, a.ID, q, strings.ReplaceAll(q, "_", "-")+".csv", strings.NewReader(body), vendorActor)
		if err != nil {
			t.Fatalf("upload %s: %v", q, err)
		}
		files[q] = ev.ID
	}
	if st := apiCall(t, "POST", srv.URL+"/api/v1/respond/submit", token, nil); st != http.StatusOK {
		t.Fatalf("submit: %d", st)
	}
	res := srv.WaitSettled(t, a.ID)
	if len(res.RedFlags) < 3 {
		t.Fatalf("the weak answers raised %d red flags, want at least 3", len(res.RedFlags))
	}
	other, err := srv.App.Vendors.Create(ctx, vendors.Input{Name: "Kestrel Print", Tier: "low",
		Contacts: []vendors.ContactInput{{Name: "Ash Moor", Email: "ash@kestrel.example"}}}, system)
	if err != nil {
		t.Fatal(err)
	}
	a2, _, err := srv.App.Invitations.Send(ctx, other.ID, invitations.SendInput{DueDate: due, Recipients: []string{"ash@kestrel.example"}}, me)
	if err != nil {
		t.Fatal(err)
	}

	step("2. one finding's risk is accepted and another is closed")
	fs, err := srv.App.Store.AssessmentFindings(ctx, a.ID)
	if err != nil || len(fs) != len(res.RedFlags) {
		t.Fatalf("%d findings for %d red flags (%v)", len(fs), len(res.RedFlags), err)
	}
	accepted, closed := fs[0], fs[1]
	until := srv.App.Now().AddDate(0, 3, 0)
	if _, err := srv.App.Findings.AcceptRisk(ctx, accepted.ID, findings.AcceptInput{ApproverID: analyst.ID,
		Reason: "Compensating control in place", Expires: until.Format(time.DateOnly)}, me); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.App.Findings.Close(ctx, closed.ID, findings.CloseInput{Note: "Fixed and checked on a call"}, me); err != nil {
		t.Fatal(err)
	}
	open := len(res.RedFlags) - 2
	var flagIDs []string
	for _, d := range srv.App.Questionnaires.All() {
		for _, f := range d.RedFlags() {
			flagIDs = append(flagIDs, f.ID)
		}
	}

	step("3. the analyst reads the flags, their findings and the counts")
	b := startBrowser(t, root, chrome, "analyst", shots)
	b.signIn(srv.URL, "ana@example.com", analystPassword)
	assessment := fmt.Sprintf("/assessments/%d", a.ID)
	b.do("open the assessment", chromedp.Navigate(srv.URL+assessment))
	want := "Risk accepted until " + until.Format("2 Jan 2006")
	b.expectText("the accepted flag", fmt.Sprintf(`#result [data-flag=%s] [data-finding-status]`, jsString(accepted.FlagID)), want)
	b.expectText("the closed flag", fmt.Sprintf(`#result [data-flag=%s] [data-finding-status]`, jsString(closed.FlagID)), "Closed")
	b.expectContains("the flag counts", "#result [data-flag-counts]", fmt.Sprintf("%d open · 1 risk accepted · 1 closed", open))
	b.expectContains("the rating reads as risk", "#result [data-rating]", " risk")
	share := fmt.Sprintf(`#evidence-%d tr[data-fact=signed_last_365_days_share]`, files["acknowledgement_log"])
	b.expectText("a share's title", share+" td:nth-child(1)", "Signed in the last 365 days")
	b.expectTextLike("a share as a percentage", share+" td:nth-child(2)", `^\d+(\.\d)?%$`)
	newest := fmt.Sprintf(`#evidence-%d tr[data-fact=newest_completion] td:nth-child(2)`, files["training_report"])
	b.expectTextLike("a date as a date", newest, `^\d{1,2} [A-Z][a-z]{2} \d{4}$`)
	if got := b.count(fmt.Sprintf(`#evidence-%d form.correction select[name=fact] option[value=completion_rate]`, files["training_report"])); got != 1 {
		t.Errorf("the correction form offers completion_rate %d times, want once", got)
	}
	b.expectContains("the correction form names facts", fmt.Sprintf(`#evidence-%d form.correction select[name=fact]`, files["training_report"]), "Completion rate")

	step("4. the breakdown adds up to the score shown")
	parts := value(b, "read the breakdown", chromedp.Evaluate[[][]float64](
		`[...document.querySelectorAll('#breakdown tr.question-row')].map(r => [+r.dataset.earned, +r.dataset.available])`))
	if len(parts) == 0 {
		t.Fatal("the breakdown lists no question")
	}
	var earned, available float64
	for _, p := range parts {
		earned, available = earned+p[0], available+p[1]
	}
	shown, err := strconv.Atoi(b.text("#result [data-score]"))
	if err != nil {
		t.Fatal(err)
	}
	if got := int(math.Round(100 * earned / available)); got != shown || shown != res.Score {
		t.Errorf("the breakdown's questions earn %v of %v points, %d/100; the page shows %d, the stored score is %d",
			earned, available, got, shown, res.Score)
	}
	if got := b.text("#breakdown [data-breakdown-score]"); got != strconv.Itoa(shown) {
		t.Errorf("the breakdown's total says %s, the score %d", got, shown)
	}

	step("5. every page agrees on the open red flags and findings")
	b.do("open the vendor", chromedp.Navigate(fmt.Sprintf("%s/vendors/%d", srv.URL, v.ID)))
	b.expectContains("the vendor page's flag counts", "#result [data-flag-counts]", fmt.Sprintf("%d open", open))
	b.expectContains("the vendor page's open findings", "#decision", fmt.Sprintf("%d open findings", open))
	b.do("open the vendor list", chromedp.Navigate(srv.URL+"/vendors"))
	row := fmt.Sprintf(`tr[data-vendor=%s]`, jsString(v.Name))
	b.expectText("open red flags in the list", row+" [data-flag-count]", strconv.Itoa(open))
	b.do("filter by the accepted flag", chromedp.Navigate(srv.URL+"/vendors?flag="+accepted.FlagID))
	if n := b.count(row); n != 0 {
		t.Errorf("the vendor list filtered by the accepted red flag %s still lists the vendor", accepted.FlagID)
	}
	b.do("open the dashboard", chromedp.Navigate(srv.URL+"/"))
	if n := b.count(fmt.Sprintf(`#top-red-flags tr[data-flag=%s]`, jsString(accepted.FlagID))); n != 0 {
		t.Errorf("the dashboard counts the accepted red flag %s as open", accepted.FlagID)
	}
	b.do("open the findings list", chromedp.Navigate(fmt.Sprintf("%s/findings?vendor_id=%d&status=open", srv.URL, v.ID)))
	if n := b.count("#finding-list tbody tr"); n != open {
		t.Errorf("the findings list shows %d open findings, the flags say %d", n, open)
	}

	step("6. every staff page fits both widths and speaks in words")
	for _, p := range []string{"/", "/vendors", fmt.Sprintf("/vendors?flag=%s", accepted.FlagID), fmt.Sprintf("/vendors/%d", v.ID),
		assessment, "/findings", fmt.Sprintf("/findings/%d", accepted.ID), "/reassessments", "/vendors/new",
		fmt.Sprintf("/vendors/%d/edit", v.ID), fmt.Sprintf("/vendors/%d/send", v.ID), fmt.Sprintf("/assessments/bulk?vendor=%d", other.ID),
		"/admin/users", "/admin/outbox", "/account/tokens", "/account/password", "/vendors/999999"} {
		b.fits(srv.URL, p, flagIDs)
	}
	b.shoot(srv.URL, "/", "dashboard")
	b.shoot(srv.URL, "/vendors", "vendor-list")
	b.shoot(srv.URL, fmt.Sprintf("/vendors/%d", v.ID), "vendor")
	b.shoot(srv.URL, assessment+"#result", "assessment")

	b.fits(srv.URL, fmt.Sprintf("/assessments/%d", a2.ID), flagIDs)
	b.follow("send a new link", chromedp.CSS(`form[action$="/resend"] button`))
	b.fitsHere("the fresh link page", flagIDs)
	// The old link stopped; the vendor answering now opens the fresh one.
	fresh := value(b, "read the fresh link", chromedp.Evaluate[string](`document.querySelector('input.fresh-link').value`))

	step("7. procurement reads the same counts, in words, at both widths")
	buyerPassword := srv.CreateUser(t, "buyer@example.com", model.RoleProcurement)
	buyer := startBrowser(t, root, chrome, "procurement", shots)
	buyer.signIn(srv.URL, "buyer@example.com", buyerPassword)
	buyer.do("open the vendor", chromedp.Navigate(fmt.Sprintf("%s/vendors/%d", srv.URL, v.ID)))
	buyer.expectContains("procurement's flag counts", "#result [data-flag-counts]", fmt.Sprintf("%d open · 1 risk accepted · 1 closed", open))
	buyer.expectContains("procurement's open findings", "#decision", fmt.Sprintf("%d open findings", open))
	buyer.do("open the assessment", chromedp.Navigate(srv.URL+assessment))
	if n := buyer.count("#breakdown tr.question-row"); n != 0 {
		t.Errorf("procurement sees %d questions in the breakdown, want the sections only", n)
	}
	buyer.expectText("procurement's breakdown total", "#breakdown [data-breakdown-score]", strconv.Itoa(res.Score))
	for _, p := range []string{"/", "/vendors", fmt.Sprintf("/vendors/%d", v.ID), assessment, "/findings", fmt.Sprintf("/findings/%d", closed.ID)} {
		buyer.fits(srv.URL, p, flagIDs)
	}

	step("8. the vendor's pages fit both widths too")
	vendor := startBrowser(t, root, chrome, "vendor", shots)
	vendor.fits(srv.URL, "/login", flagIDs)
	vendor.do("open the link of the vendor answering now", chromedp.Navigate(fresh))
	vendor.expectPath("the questionnaire", "/respond")
	vendor.fits(srv.URL, "/respond", flagIDs)
	vendor.shoot(srv.URL, "/respond", "questionnaire")
	vendor.do("open the submitted vendor's link", chromedp.Navigate(sent[0].URL))
	vendor.fits(srv.URL, "/respond", flagIDs)
	vendor.fits(srv.URL, "/respond/findings", flagIDs)
	vendor.fits(srv.URL, "/r/not-a-link-anyone-was-sent", flagIDs)
	b.expectNoDialogs()
	buyer.expectNoDialogs()
	vendor.expectNoDialogs()
	step("done")
}
