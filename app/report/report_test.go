package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"assay/app/questionnaire"
	"assay/app/reading"
	"assay/app/report"
	"assay/app/scope"
	"assay/app/scoring"
)

func TestReportSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{`=HYPERLINK("http://evil")`, `'=HYPERLINK("http://evil")`},
		{"+1+1", "'+1+1"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		// Harmless-looking values get the apostrophe too: the rule is the first character.
		{"-", "'-"},
		{"-5", "'-5"},
		{"+44 20 7946 0000", "'+44 20 7946 0000"},
		{"=", "'="},
		// Anything else is left alone.
		{"", ""},
		{"Acme Ltd", "Acme Ltd"},
		{"a=b", "a=b"},
		{" =1+1", " =1+1"},
		{"'quoted", "'quoted"},
		{"\n=1+1", "\n=1+1"},
		{"Königstraße", "Königstraße"},
	}
	for _, tt := range tests {
		if got := report.Safe(tt.in); got != tt.want {
			t.Errorf("Safe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// dangerous starts with each character that makes a spreadsheet run a formula.
var dangerous = []string{
	`=HYPERLINK("http://evil","click")`,
	"+1+cmd|' /C calc'!A0",
	"-1+1",
	"-",
	"@SUM(1+1)*cmd|' /C calc'!A0",
	"\t=1+1",
	"\r=1+1",
}

// TestReportFormulaInjection writes each dangerous value as a text cell to a CSV and to an
// XLSX and reads both back: the CSV has the apostrophe in front; the XLSX keeps the value as
// typed in a text cell whose style has quotePrefix, which spreadsheets show as text and keep
// as text when the cell is edited. Numbers Assay computes stay numbers.
func TestReportFormulaInjection(t *testing.T) {
	rows := [][]report.Cell{report.Texts("Value", "Number")}
	for _, v := range dangerous {
		rows = append(rows, []report.Cell{report.Text(v), report.Int(-5)})
	}

	t.Run("csv", func(t *testing.T) {
		want := [][]string{{"Value", "Number"}}
		for _, v := range dangerous {
			want = append(want, []string{"'" + v, "-5"})
		}
		var buf bytes.Buffer
		w := report.NewCSV(&buf)
		for _, r := range rows {
			if err := w.Row(r...); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got := readCSV(t, buf.Bytes())
		if !reflect.DeepEqual(got, want) {
			t.Errorf("CSV cells:\n got %q\nwant %q", got, want)
		}
	})

	t.Run("xlsx", func(t *testing.T) {
		want := [][]string{{"Value", "Number"}}
		for _, v := range dangerous {
			want = append(want, []string{v, "-5"})
		}
		var buf bytes.Buffer
		w, err := report.NewXLSX(&buf, "Sheet")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if err := w.Row(r...); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		tables := readXLSX(t, buf.Bytes())
		if len(tables) != 1 || !reflect.DeepEqual(tables[0].Rows, want) {
			t.Errorf("XLSX cells:\n got %q\nwant %q", tables, want)
		}
		quoted := quotePrefixed(t, buf.Bytes(), 1)
		for i := range dangerous {
			if ref := fmt.Sprintf("A%d", i+2); !quoted[ref] {
				t.Errorf("XLSX cell %s (%q) is not a text cell with quotePrefix", ref, dangerous[i])
			}
		}
		if quoted["A1"] || quoted["B2"] {
			t.Errorf("XLSX: quotePrefix on a harmless header or a number: %v", quoted)
		}
	})
}

// quotePrefixed lists the text cells of sheet n (from 1) whose style has quotePrefix="1".
func quotePrefixed(t *testing.T, xlsx []byte, n int) map[string]bool {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	part := func(name string) []byte {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var styles struct {
		Xfs []struct {
			QuotePrefix string `xml:"quotePrefix,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(part("xl/styles.xml"), &styles); err != nil {
		t.Fatal(err)
	}
	var sheet struct {
		Cells []struct {
			Ref   string `xml:"r,attr"`
			Type  string `xml:"t,attr"`
			Style int    `xml:"s,attr"`
		} `xml:"sheetData>row>c"`
	}
	if err := xml.Unmarshal(part(fmt.Sprintf("xl/worksheets/sheet%d.xml", n)), &sheet); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, c := range sheet.Cells {
		if c.Type == "inlineStr" && c.Style < len(styles.Xfs) && styles.Xfs[c.Style].QuotePrefix == "1" {
			out[c.Ref] = true
		}
	}
	return out
}

func vendorLines(now time.Time) []report.VendorLine {
	submitted := now.Add(-time.Hour)
	return []report.VendorLine{
		{ID: 1, Name: "Alpha Ledger Works", Website: "https://alpha.example", Tier: "high", Decision: "pending",
			AssessmentID: 11, Status: "scored", DueOn: "2026-06-01", Scored: true, Score: 72, Rating: "high",
			RedFlags: []string{"no-formal-training", "certificate-scope-gap"}, CertificateStatus: "valid",
			CertificateExpires: "2027-03-14", ComputedAt: now, ScoredAssessmentID: 11, LastSubmittedAt: &submitted, UpdatedAt: now,
			OverrideRating: "medium", RedFlagTitles: []string{"No formal training", "Certificate scope misses a service bought"}},
		{ID: 2, Name: "Königstraße Logistik & Söhne, \"Nord\"", Tier: "low", Decision: "approved"},
		{ID: 3, Name: "@evil", Tier: "medium", Decision: "pending", AssessmentID: 12, Status: "sent", DueOn: "2026-07-01"},
	}
}

var vendorWant = [][]string{
	{"Vendor ID", "Vendor", "Website", "Tier", "Decision", "Assessment ID", "Assessment status", "Due on", "Score", "Rating",
		"Open red flags", "Red flag IDs", "Certificate status", "Certificate expires", "Scored at (UTC)",
		"Scored assessment ID", "Last submitted (UTC)", "Vendor updated (UTC)", "Analyst's rating", "Open red flags by title"},
	{"1", "Alpha Ledger Works", "https://alpha.example", "High", "Pending", "11", "Scored", "2026-06-01", "72", "High risk",
		"2", "no-formal-training certificate-scope-gap", "Valid", "2027-03-14", "2026-05-01 09:30:00", "11", "2026-05-01 08:30:00", "2026-05-01 09:30:00", "Medium risk",
		"No formal training; Certificate scope misses a service bought"},
	{"2", "Königstraße Logistik & Söhne, \"Nord\"", "", "Low", "Approved", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""},
	{"3", "'@evil", "", "Medium", "Pending", "12", "Sent", "2026-07-01", "", "", "", "", "", "", "", "", "", "", "", ""},
}

func TestReportVendorListCSV(t *testing.T) {
	now := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	var buf bytes.Buffer
	w := report.NewCSV(&buf)
	w.Row(report.VendorHeader()...)
	for _, v := range vendorLines(now) {
		w.Row(v.Cells()...)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\ufeffVendor ID,")) {
		t.Errorf("CSV does not start with a byte-order mark and the header: %.40q", buf.String())
	}
	if got := readCSV(t, buf.Bytes()); !reflect.DeepEqual(got, vendorWant) {
		t.Errorf("CSV:\n got %q\nwant %q", got, vendorWant)
	}
}

func TestReportVendorListXLSX(t *testing.T) {
	now := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	var buf bytes.Buffer
	w, err := report.NewXLSX(&buf, "Vendors")
	if err != nil {
		t.Fatal(err)
	}
	w.Row(report.VendorHeader()...)
	for _, v := range vendorLines(now) {
		w.Row(v.Cells()...)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	tables := readXLSX(t, buf.Bytes())
	if len(tables) != 1 || tables[0].Name != "Vendors" {
		t.Fatalf("sheets %+v, want one named Vendors", tables)
	}
	// The reader leaves out trailing empty cells, as Excel does not store them, and the XLSX
	// neutralises "@evil" with quotePrefix rather than an apostrophe.
	want := make([][]string, len(vendorWant))
	for i, r := range vendorWant {
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		want[i] = append([]string(nil), r...)
	}
	want[3][1] = "@evil"
	if !quotePrefixed(t, buf.Bytes(), 1)["B4"] {
		t.Error("the vendor @evil is not neutralised with quotePrefix")
	}
	if !reflect.DeepEqual(tables[0].Rows, want) {
		t.Errorf("XLSX:\n got %q\nwant %q", tables[0].Rows, want)
	}
}

// A long export is flushed page by page: each flush must put the rows so far on the wire, and
// the file must still read back whole, in both formats.
func TestReportFlushSendsRowsAndKeepsTheFileWhole(t *testing.T) {
	now := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	lines := vendorLines(now)
	for _, format := range []string{"csv", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			var w report.TableWriter = report.NewCSV(&buf)
			if format == "xlsx" {
				x, err := report.NewXLSX(&buf, "Vendors")
				if err != nil {
					t.Fatal(err)
				}
				w = x
			}
			w.Row(report.VendorHeader()...)
			var sent []int
			for range 50 {
				for _, v := range lines {
					w.Row(v.Cells()...)
				}
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				sent = append(sent, buf.Len())
			}
			for i := 1; i < len(sent); i++ {
				if sent[i] <= sent[i-1] {
					t.Fatalf("flush %d sent nothing new (%d bytes, as after flush %d)", i+1, sent[i], i)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			var rows [][]string
			if format == "csv" {
				rows = readCSV(t, buf.Bytes())
			} else {
				rows = readXLSX(t, buf.Bytes())[0].Rows
			}
			if want := 1 + 50*len(lines); len(rows) != want {
				t.Fatalf("%d rows read back, want %d", len(rows), want)
			}
			if first, last := rows[1:1+len(lines)], rows[len(rows)-len(lines):]; !reflect.DeepEqual(first, last) {
				t.Errorf("the last page read back differs from the first:\n got %q\nwant %q", last, first)
			}
		})
	}
}

func TestReportXLSXLimits(t *testing.T) {
	if _, err := report.NewXLSX(&bytes.Buffer{}); err == nil {
		t.Error("a workbook without sheets was accepted")
	}
	for _, bad := range []string{"", "a/b", "[x]", strings.Repeat("n", 32), "'quoted", "quoted'", "history"} {
		if _, err := report.NewXLSX(&bytes.Buffer{}, bad); err == nil {
			t.Errorf("sheet name %q was accepted", bad)
		}
	}
	if _, err := report.NewXLSX(&bytes.Buffer{}, "Same", "same"); err == nil {
		t.Error("two sheets named alike were accepted")
	}

	var buf bytes.Buffer
	w, _ := report.NewXLSX(&buf, "Long", "Never written")
	long := strings.Repeat("x", 40000)
	w.Row(report.Text("header"))
	w.Row(report.Text(long), report.Text("bad \x00\x01 bytes \xff"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Row(report.Text("late")); err == nil {
		t.Error("a row after Close was accepted")
	}
	tables := readXLSX(t, buf.Bytes())
	if len(tables) != 2 || tables[1].Name != "Never written" || len(tables[1].Rows) != 0 {
		t.Fatalf("sheets: %d, want 2 with the second empty", len(tables))
	}
	row := tables[0].Rows[1]
	if n := len([]rune(row[0])); n != 32767 || !strings.HasSuffix(row[0], "…") {
		t.Errorf("a 40,000-character cell came back with %d characters; Excel holds 32,767", n)
	}
	if row[1] != "bad \ufffd\ufffd bytes \ufffd" {
		t.Errorf("characters XML cannot hold came back as %q", row[1])
	}
}

func sampleAssessment(now time.Time) report.Assessment {
	return report.Assessment{
		ID: 42,
		Vendor: report.Vendor{ID: 7, Name: "Königstraße Dvořák Payroll GmbH", Website: "https://payroll.example", Tier: "critical",
			Decision: "pending", Services: []report.Service{{Name: "Payroll processing", Keywords: []string{"payroll"}}, {Name: "HR hosting"}}},
		Questionnaire: "iso27001-a5.4", QuestionnaireVersion: "1.2.0",
		QuestionnaireHash: "5d41402abc4b2a76b9719d911017c592aaf4a3c6d0a8e39f8d1c2b4e6f708192",
		Status:            "scored", DueOn: "2026-05-30", SubmittedAt: now.Add(-time.Hour), SubmittedBy: "pat@payroll.example",
		Result: &report.Result{Score: 63, Rating: "high", EngineVersion: "3", ComputedAt: now.Add(-30 * time.Minute),
			RedFlags: []scoring.RedFlag{
				{ID: "it-only-security", Severity: "high", Title: "Security is left to the IT team",
					Explanation: "Line managers carry no documented security duties and no management review minutes back the claim.",
					QuestionIDs: []string{"security_ownership", "review_minutes"}},
				{ID: "certificate-scope-gap", Severity: "high", Title: "Certificate scope misses a service bought",
					Explanation: "HR hosting is not covered by the certificate scope.", EvidenceIDs: []uint{5},
					Quote: "excluding the HR hosting platform"},
			},
			Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: "valid", ExpiresOn: "2027-03-14",
				Scope:             "Processing of payroll for customers in Germany, excluding the HR hosting platform",
				CoveredServices:   []string{"Payroll processing"},
				UncoveredServices: []string{"HR hosting"}},
				Coverage: []scope.Coverage{{Service: "Payroll processing", Verdict: "covered", Reason: "named in the scope"},
					{Service: "HR hosting", Verdict: "uncovered", Reason: "excluded", Sentence: "excluding the HR hosting platform"}}},
			Breakdown: &scoring.Breakdown{Earned: 5, Available: 8, Score: 63, Sections: []scoring.SectionBreakdown{
				{ID: "governance", Title: "Governance", Earned: 3, Available: 4, ScorePoints: 37.5, Questions: []scoring.QuestionBreakdown{
					{ID: "security_ownership", Text: "Who owns security?", Earned: 3, Available: 4, ScorePoints: 37.5, Weight: 50}}},
				{ID: "training", Title: "Training", Earned: 2, Available: 4, ScorePoints: 25, Questions: []scoring.QuestionBreakdown{
					{ID: "training_report", Text: "Upload a training report.", Earned: 2, Available: 4, ScorePoints: 25, Weight: 50}}}},
				Rating: scoring.RatingBreakdown{Rating: "high", ScoreRating: "medium", RaisedBy: []string{"it-only-security"}}},
			Findings: map[string]report.FlagFinding{"it-only-security": {Open: true, State: "Open"},
				"certificate-scope-gap": {Open: false, State: "Risk accepted until 1 Aug 2026"}}},
		Answers: []report.Answer{
			{QuestionID: "security_ownership", Question: "Who owns information security?", Value: "Security is handled by the IT team"},
			{QuestionID: "training_completion_rate", Question: "What share of staff completed training?", Value: "-12"},
		},
		Evidence: []report.Evidence{
			{ID: 5, QuestionID: "iso27001_certificate", Filename: "cert-2024.pdf", Kind: "pdf", Size: 48213,
				SHA256: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Status: "extracted",
				Facts: []report.Fact{
					{Name: "expires_on", Value: "2027-03-14", Extracted: "2027-03-14", Quote: "Valid until 14 March 2027"},
					{Name: "edition", Value: "2022", Extracted: "2013", Corrected: true, CorrectedBy: "ana@example.com",
						CorrectedAt: now.Add(-10 * time.Minute), Reason: "transition stamp on page 2"},
				}},
			{ID: 6, QuestionID: "training_report", Filename: "=cmd.csv", Kind: "csv", Size: 310,
				SHA256: "486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7", Status: "failed",
				ExtractError: "no table with names and dates"},
		},
		History: []report.Event{
			{Seq: 1, At: now.Add(-48 * time.Hour), Actor: "ana@example.com", ActorType: "user", Action: "assessment.sent",
				Object: "assessment #42", Detail: `{"questionnaire":"iso27001-a5.4"}`, IP: "192.0.2.10", Hash: "aa11"},
			{Seq: 2, At: now.Add(-time.Hour), Actor: "pat@payroll.example", ActorType: "invitation", Action: "answer.saved",
				Object: "assessment #42", Detail: `{"question_id":"security_ownership","value":"it_team"}`, IP: "198.51.100.7",
				Hash: "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2"},
		},
		ChainIntact: true,
		GeneratedAt: now,
	}
}

func TestReportAssessmentXLSX(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := report.WriteAssessmentXLSX(&buf, sampleAssessment(now)); err != nil {
		t.Fatal(err)
	}
	tables := readXLSX(t, buf.Bytes())
	var names []string
	byName := map[string][][]string{}
	for _, tb := range tables {
		names = append(names, tb.Name)
		byName[tb.Name] = tb.Rows
	}
	if !reflect.DeepEqual(names, report.AssessmentSheets) {
		t.Fatalf("sheets %q, want %q", names, report.AssessmentSheets)
	}
	summary := map[string][]string{}
	for _, r := range byName["Summary"][1:] {
		summary[r[0]] = r[1:]
	}
	for field, want := range map[string]string{"Vendor": "Königstraße Dvořák Payroll GmbH", "Score": "63", "Rating": "High risk",
		"Decision (as recorded)": "Pending", "Certificate status": "Valid", "Services not covered": "HR hosting",
		"Services bought": "Payroll processing (payroll); HR hosting"} {
		if got := summary[field]; len(got) == 0 || got[0] != want {
			t.Errorf("Summary %s = %q, want %q", field, got, want)
		}
	}
	if got := summary["Coverage of HR hosting"]; !reflect.DeepEqual(got, []string{"Not covered", "excluded: “excluding the HR hosting platform”"}) {
		t.Errorf("coverage row %q", got)
	}
	wantAnswers := [][]string{{"Question ID", "Question", "Answer"},
		{"security_ownership", "Who owns information security?", "Security is handled by the IT team"},
		{"training_completion_rate", "What share of staff completed training?", "-12"}}
	if !reflect.DeepEqual(byName["Answers"], wantAnswers) {
		t.Errorf("Answers:\n got %q\nwant %q", byName["Answers"], wantAnswers)
	}
	ev := byName["Evidence and facts"]
	if len(ev) != 4 {
		t.Fatalf("Evidence and facts: %d rows, want header + 2 facts + 1 file without facts: %q", len(ev), ev)
	}
	wantFact := []string{"5", "iso27001_certificate", "cert-2024.pdf", "pdf", "48213",
		"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "extracted",
		"Edition of the standard", "2022", "2013", "ana@example.com", "2026-05-01 11:50:00", "transition stamp on page 2"}
	if !reflect.DeepEqual(ev[2], wantFact) {
		t.Errorf("corrected fact row:\n got %q\nwant %q", ev[2], wantFact)
	}
	if ev[3][2] != "=cmd.csv" || !quotePrefixed(t, buf.Bytes(), 3)["C4"] || ev[3][6] != "failed: no table with names and dates" {
		t.Errorf("file without facts: %q", ev[3])
	}
	flags := byName["Red flags"]
	if len(flags) != 3 || flags[2][0] != "certificate-scope-gap" || flags[2][5] != "5" || flags[2][6] != "excluding the HR hosting platform" {
		t.Errorf("Red flags: %q", flags)
	}
}

func TestReportAssessmentCSV(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := report.WriteAssessmentCSV(&buf, sampleAssessment(now)); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	if !reflect.DeepEqual(rows[0], report.AssessmentCSVHeader) {
		t.Fatalf("header %q", rows[0])
	}
	sections := map[string][][]string{}
	for _, r := range rows[1:] {
		sections[r[0]] = append(sections[r[0]], r)
	}
	for section, n := range map[string]int{"Answer": 2, "Evidence": 2, "Fact": 2, "Red flag": 2} {
		if len(sections[section]) != n {
			t.Errorf("%s rows: %d, want %d", section, len(sections[section]), n)
		}
	}
	if got := sections["Answer"][1]; got[3] != "'-12" {
		t.Errorf("answer -12 came out as %q", got[3])
	}
	if got := sections["Evidence"][1]; got[3] != "'=cmd.csv" ||
		got[4] != "sha256 486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7; csv, 310 bytes; failed: no table with names and dates" {
		t.Errorf("evidence row %q", got)
	}
	if got := sections["Fact"][1]; got[2] != "Edition of the standard" || got[3] != "2022" ||
		!strings.Contains(got[4], "corrected by ana@example.com") || !strings.Contains(got[4], "read from the file: 2013") {
		t.Errorf("corrected fact row %q", got)
	}
	if got := sections["Red flag"][0]; !reflect.DeepEqual(got, []string{"Red flag", "it-only-security", "High",
		"Security is left to the IT team", "Line managers carry no documented security duties and no management review minutes back the claim."}) {
		t.Errorf("red flag row %q", got)
	}
}

// TestReportPDF reads the report back with the extractor Assay uses on vendors' PDFs.
func TestReportPDF(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	a := sampleAssessment(now)

	t.Run("full", func(t *testing.T) {
		text := reportText(t, a)
		for _, want := range []string{
			"Vendor assessment report",
			"Königstraße Dvorák Payroll GmbH", // ř is outside the fonts' code page: its accent goes
			"Payroll processing (keywords: payroll)",
			"63 / 100",
			"Rating\tHigh risk",
			"Open red flags\t1 of 2",
			"Decision (as recorded)\tPending",
			"Security is left to the IT team \u00b7 High severity \u00b7 Open",
			"Certificate scope misses a service bought \u00b7 High severity \u00b7 Risk accepted until 1 Aug 2026",
			"Red flags (1 open of 2)",
			"How the score was reached",
			"Governance: 3 of 4 points, adds 37.5 to the score",
			"Who owns security? \u2013 3 of 4 points (weight 50.0%)",
			"The score alone gives Medium risk; high-severity red flags raise it to High risk: Security is left to the IT team.",
			"HR hosting is not covered by the certificate scope.",
			"Scope\tProcessing of payroll for customers in Germany, excluding the HR hosting platform",
			"Not covered\tHR hosting",
			"Expires\t14 Mar 2027",
			"cert-2024.pdf",
			"SHA-256 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
			"SHA-256 486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7",
			"Hash chain verified: 2 events, intact and in order",
			"c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2",
			"answer.saved",
			"198.51.100.7",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("the report lacks %q", want)
			}
		}
	})

	t.Run("restricted", func(t *testing.T) {
		r := a
		r.Restricted = true
		r.History = append([]report.Event(nil), a.History...)
		r.Evidence = append([]report.Evidence(nil), a.Evidence...)
		for i := range r.History {
			r.History[i].Detail, r.History[i].IP = "", ""
		}
		for i := range r.Evidence {
			r.Evidence[i].Filename = ""
		}
		text := reportText(t, r)
		for _, want := range []string{"to analysts only", "file #5",
			"SHA-256 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "answer.saved", "Hash chain verified"} {
			if !strings.Contains(text, want) {
				t.Errorf("the restricted report lacks %q", want)
			}
		}
		for _, leak := range []string{"cert-2024.pdf", "it_team", "198.51.100.7"} {
			if strings.Contains(text, leak) {
				t.Errorf("the restricted report shows %q", leak)
			}
		}
	})

	t.Run("broken chain and no result", func(t *testing.T) {
		r := a
		r.Result, r.ChainIntact, r.ChainProblem = nil, false, "audit: chain assessment:42 broken at event 2"
		text := reportText(t, r)
		for _, want := range []string{"Hash chain BROKEN", "broken at event 2", "not scored yet"} {
			if !strings.Contains(text, want) {
				t.Errorf("the report lacks %q", want)
			}
		}
		if strings.Contains(text, "Hash chain verified") {
			t.Error("a broken chain is reported as verified")
		}
	})

	t.Run("same input, same bytes", func(t *testing.T) {
		b1, err1 := report.AssessmentPDF(a)
		b2, err2 := report.AssessmentPDF(a)
		if err1 != nil || err2 != nil || !bytes.Equal(b1, b2) {
			t.Errorf("two renderings differ (errors %v, %v)", err1, err2)
		}
	})
}

func reportText(t *testing.T, a report.Assessment) string {
	t.Helper()
	b, err := report.AssessmentPDF(a)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := reading.Read(context.Background(), bytes.NewReader(b), int64(len(b)), "pdf", reading.DefaultLimits())
	if err != nil {
		t.Fatalf("read the report back: %v", err)
	}
	return doc.Text
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("parse CSV: %v", err)
	}
	return rows
}

func readXLSX(t *testing.T, b []byte) []reading.Table {
	t.Helper()
	doc, err := reading.Read(context.Background(), bytes.NewReader(b), int64(len(b)), "xlsx", reading.DefaultLimits())
	if err != nil {
		t.Fatalf("open XLSX: %v", err)
	}
	return doc.Tables
}
