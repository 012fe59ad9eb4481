package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/scoring"
	"assay/app/store"
	"assay/app/vendors"
)

// portfolioVendor is a vendor the portfolio test registers, with the state of its assessment.
type portfolioVendor struct {
	name, tier string
	status     string // "" for never assessed
	dueInDays  int
	rating     string // "" for not scored
	flags      []string
}

// seedVendor registers v through the vendor service and records its assessment and result
// through the store methods the services use, each refreshing the summary as they do.
func seedVendor(t *testing.T, srv *apptest.Server, senderID uint, pv portfolioVendor) {
	t.Helper()
	ctx := apptest.Ctx()
	v, err := srv.App.Vendors.Create(ctx, vendors.Input{Name: pv.name, Tier: pv.tier,
		Contacts: []vendors.ContactInput{{Name: "Desk", Email: "desk@" + strings.ToLower(strings.ReplaceAll(pv.name, " ", "")) + ".example"}}},
		audit.System)
	if err != nil {
		t.Fatal(err)
	}
	if pv.status == "" {
		return
	}
	now := srv.App.Now().UTC()
	a := &model.Assessment{VendorID: v.ID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "seed",
		Status: model.StatusSent, DueOn: now.AddDate(0, 0, pv.dueInDays), SentByID: senderID, CreatedAt: now, UpdatedAt: now}
	st := srv.App.Store
	if err := apptest.Change(ctx, st, v.ID, func(tx *store.Store) error { return tx.CreateAssessment(ctx, a, nil) }); err != nil {
		t.Fatal(err)
	}
	if pv.rating == "" {
		return
	}
	if err := apptest.Change(ctx, st, v.ID, func(tx *store.Store) error { return tx.MarkSubmitted(ctx, a.ID, "desk", now) }); err != nil {
		t.Fatal(err)
	}
	r := &model.Result{AssessmentID: a.ID, Score: map[string]int{"critical": 20, "high": 45, "medium": 65, "low": 90}[pv.rating],
		Rating: pv.rating, ComputedAt: now, RedFlags: []scoring.RedFlag{}, Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: scoring.CertificateNotCertified}}}
	for _, f := range pv.flags {
		r.RedFlags = append(r.RedFlags, scoring.RedFlag{ID: f, Severity: "high", Title: "Flag " + f})
	}
	if err := apptest.Change(ctx, st, v.ID, func(tx *store.Store) error { return tx.CreateResult(ctx, r) }); err != nil {
		t.Fatal(err)
	}
}

// rowNames lists the vendors of the vendor list table, top to bottom.
func (b *browser) rowNames() []string {
	b.t.Helper()
	return value(b, "read the vendor rows", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('#vendor-list tbody tr')].map(r => r.dataset.vendor)`))
}

func (b *browser) expectRows(what string, want ...string) {
	b.t.Helper()
	if got := b.rowNames(); strings.Join(got, "|") != strings.Join(want, "|") {
		b.t.Fatalf("%s: %s: rows %q, want %q", b.name, what, got, want)
	}
}

// svgText is the text content of the first SVG element matching css (SVG has no innerText).
func (b *browser) svgText(css string) string {
	b.t.Helper()
	return value(b, "read "+css, chromedp.Evaluate[string](fmt.Sprintf(
		`(e => e ? e.textContent.trim() : '')(document.querySelector(%s))`, jsString(css))))
}

// attr is an attribute of the first element matching css.
func (b *browser) attr(css, name string) string {
	b.t.Helper()
	return value(b, "read "+name+" of "+css, chromedp.Evaluate[string](fmt.Sprintf(
		`(e => e ? (e.getAttribute(%s) || '') : '')(document.querySelector(%s))`, jsString(name), jsString(css))))
}

// TestPortfolioInBrowser opens the dashboard, reads the chart's counts as a screen reader and
// a sighted user would, follows counts to the vendor lists that explain them, and pages through
// a filtered, sorted list.
func TestPortfolioInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	srv := apptest.NewServer(t, apptest.Options{})
	root, cancel := context.WithTimeout(context.Background(), testBudget)
	t.Cleanup(cancel)

	password := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	sender, err := srv.App.Store.UserByEmail(apptest.Ctx(), "ana@example.com")
	if err != nil {
		t.Fatal(err)
	}
	for _, pv := range []portfolioVendor{
		{name: "Alpha Ledger", tier: "critical", status: "scored", dueInDays: 10, rating: "high", flags: []string{"no_training"}},
		{name: "Bravo Payroll", tier: "critical", status: "scored", dueInDays: 10, rating: "high", flags: []string{"no_training", "no_owner"}},
		{name: "Charlie Cloud", tier: "critical", status: "scored", dueInDays: 10, rating: "low"},
		{name: "Delta Couriers", tier: "high", status: "sent", dueInDays: -3},
		{name: "Echo Print", tier: "medium", status: "sent", dueInDays: 20},
	} {
		seedVendor(t, srv, sender.ID, pv)
	}
	for i := 1; i <= 7; i++ {
		seedVendor(t, srv, sender.ID, portfolioVendor{name: fmt.Sprintf("Low Vendor %02d", i), tier: "low"})
	}

	b := startBrowser(t, root, chrome, "analyst", screenshotDir(t))
	b.signIn(srv.URL, "ana@example.com", password)
	b.expectText("the home page", "main h1", "Dashboard")

	// The chart is an image with a text alternative, and its parts carry their counts.
	chart := "#rating-chart svg"
	if b.attr(chart, "role") != "img" {
		t.Fatalf("the chart is not announced as an image")
	}
	desc := b.svgText("#rating-chart-desc")
	for _, want := range []string{"12 in all", "Critical tier, 3 vendors: 2 high risk, 1 low risk", "High tier, 1 vendor: 1 not rated", "Low tier, 7 vendors: 7 not rated"} {
		if !strings.Contains(desc, want) {
			t.Errorf("chart description %q lacks %q", desc, want)
		}
	}
	if got := b.attr(`#rating-chart g[data-tier=critical] rect[data-rating=high]`, "data-count"); got != "2" {
		t.Errorf("critical/high segment counts %q, want 2", got)
	}
	if got := b.svgText(`#rating-chart g[data-tier=critical] .chart-total`); got != "3" {
		t.Errorf("critical bar total %q, want 3", got)
	}
	if got := b.svgText(`#rating-chart g[data-tier=low] rect[data-rating=none] title`); got != "Low tier, not rated: 7 vendors" {
		t.Errorf("low/not rated segment title %q", got)
	}
	b.expectText("overdue tile", `[data-tile=overdue] a.count`, "1")
	b.expectText("awaiting review tile", `[data-tile=awaiting_review] a.count`, "3")
	b.expectText("sent tile", `[data-tile=sent] a.count`, "2")

	// A count leads to the vendors it counts.
	b.follow("open the critical/high count", chromedp.CSS(`#rating-table tr[data-tier=critical] a[data-rating=high]`))
	b.expectPath("the filtered list", "/vendors")
	b.expectRows("critical vendors rated high", "Alpha Ledger", "Bravo Payroll")
	b.do("back to the dashboard", chromedp.Navigate(srv.URL+"/"))
	b.follow("open the overdue count", chromedp.CSS(`[data-tile=overdue] a.count`))
	b.expectRows("overdue vendors", "Delta Couriers")
	b.do("back to the dashboard", chromedp.Navigate(srv.URL+"/"))
	if got := b.text(`#top-red-flags tr[data-flag=no_training] a`); got != "2" {
		t.Errorf("no_training counted on %q vendors, want 2", got)
	}
	b.follow("open the most frequent red flag", chromedp.CSS(`#top-red-flags tr[data-flag=no_training] a`))
	b.expectRows("vendors with no_training", "Alpha Ledger", "Bravo Payroll")

	// Filter, sort and page: low-tier vendors, newest name first, three a page.
	b.do("open the list three a page", chromedp.Navigate(srv.URL+"/vendors?per_page=3"))
	b.expectRows("first page by name", "Alpha Ledger", "Bravo Payroll", "Charlie Cloud")
	b.do("choose the low tier", chromedp.SetValue(chromedp.CSS(`select[name=tier]`), "low"))
	b.follow("filter", byText("button", "Filter"))
	b.expectRows("low tier by name", "Low Vendor 01", "Low Vendor 02", "Low Vendor 03")
	b.expectContains("the count", "#vendor-count", "7 vendors match")
	b.follow("sort by name, descending", chromedp.CSS(`#vendor-list thead a.sorted`))
	b.expectRows("low tier by name, descending", "Low Vendor 07", "Low Vendor 06", "Low Vendor 05")
	b.follow("next page", chromedp.CSS(`a[rel=next]`))
	b.expectRows("second page", "Low Vendor 04", "Low Vendor 03", "Low Vendor 02")
	b.follow("next page", chromedp.CSS(`a[rel=next]`))
	b.expectRows("last page", "Low Vendor 01")
	if b.count(`a[rel=next]`) != 0 {
		t.Error("the last page offers a next page")
	}
	u, err := url.Parse(b.location())
	if err != nil {
		t.Fatal(err)
	}
	if q := u.Query(); q.Get("tier") != "low" || q.Get("dir") != "desc" || q.Get("per_page") != "3" {
		t.Errorf("the pages lost the filter or sort: %s", u)
	}
	b.follow("previous page", chromedp.CSS(`a[rel=prev]`))
	b.expectRows("back to the second page", "Low Vendor 04", "Low Vendor 03", "Low Vendor 02")
}
