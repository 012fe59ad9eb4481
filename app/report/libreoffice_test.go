package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"assay/app/questionnaire"
	"assay/app/report/officetest"
	"assay/app/scope"
	"assay/app/scoring"
)

// awkward is text that trips spreadsheets and CSV parsers: separators, quotes, line breaks,
// formula starts, scripts beyond Latin, a character outside the BMP.
var awkward = []string{
	`Königstraße Logistik & Söhne, "Nord"`,
	"Dvořák Payroll\nZweigstelle Brno, 2. Stock",
	"=1+1",
	`=HYPERLINK("http://evil.example","click")`,
	"-12",
	"+44 20 7946 0000",
	"@SUM(A1:A9)",
	"\t=1+1",
	"株式会社テスト 🔒 شركة",
	`"quoted", then ""doubled""`,
	"trailing spaces  ",
}

// long is longer than the 32,767 characters an XLSX cell holds.
var long = strings.Repeat("Lorem ipsum dolor sit amet, consectetur; ", 1000)

func awkwardVendors() []VendorLine {
	at := time.Date(2026, 5, 1, 9, 30, 15, 0, time.UTC)
	submitted := time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC)
	var out []VendorLine
	for i, name := range append(awkward, long) {
		v := VendorLine{ID: uint(i + 1), Name: name, Website: "https://x.example/?a=1,b=\"2\"", Tier: "high", Decision: "pending",
			UpdatedAt: at.Add(time.Duration(i) * time.Hour)}
		if i%2 == 0 {
			v.AssessmentID, v.Status, v.DueOn = uint(4294967295-i), "scored", "2026-02-28"
			v.Scored, v.Score, v.Rating, v.RedFlags = true, i*9, "medium", []string{"no-formal-training", "certificate-scope-gap"}
			v.CertificateStatus, v.CertificateExpires, v.ComputedAt = "valid", "2028-12-31", at
			v.ScoredAssessmentID, v.LastSubmittedAt, v.OverrideRating = v.AssessmentID, &submitted, name
		}
		out = append(out, v)
	}
	return out
}

func awkwardAssessment() Assessment {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	var answers []Answer
	for i, s := range append(awkward, long, "2022", "") {
		answers = append(answers, Answer{QuestionID: fmt.Sprintf("q%02d", i), Question: "What, \"exactly\"?\nSay it", Value: s})
	}
	return Assessment{
		ID: 42,
		Vendor: Vendor{ID: 7, Name: awkward[1], Website: "https://payroll.example", Tier: "critical", Decision: "approved_with_conditions",
			DecisionConditions: []string{"=renew, by \"Q3\""}, DecidedBy: "ana@example.com", DecidedAt: now.Add(-time.Hour),
			Services: []Service{{Name: "Payroll, DE", Keywords: []string{"payroll", "Lohn"}}, {Name: "-HR hosting"}}},
		Questionnaire: "iso27001-a5.4", QuestionnaireVersion: "1.2.0", QuestionnaireHash: strings.Repeat("ab", 32),
		Status: "scored", DueOn: "2026-05-30", SubmittedAt: now.Add(-90 * time.Minute), SubmittedBy: "pat@payroll.example",
		Result: &Result{Score: 63, Rating: "high", EngineVersion: "3", ComputedAt: now.Add(-30 * time.Minute),
			RedFlags: []scoring.RedFlag{
				{ID: "it-only-security", Severity: "high", Title: "Security is left to the \"IT team\"",
					Explanation: "Line managers carry no duties,\nand no minutes back the claim.", QuestionIDs: []string{"q01", "q02"}},
				{ID: "certificate-scope-gap", Severity: "critical", Title: "=Scope gap", Explanation: long,
					EvidenceIDs: []uint{5, 6}, Quote: "excluding the HR hosting platform"},
			},
			Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: "valid", ExpiresOn: "2027-03-14",
				Scope: awkward[0], CoveredServices: []string{"Payroll, DE"}, UncoveredServices: []string{"-HR hosting"}},
				Coverage: []scope.Coverage{{Service: "-HR hosting", Verdict: "uncovered", Reason: "excluded", Sentence: "excluding \"HR\""}}}},
		Override: &Override{Rating: "medium", Justification: "@compensating controls, see\nminutes", By: "ana@example.com", At: now.Add(-10 * time.Minute), Stale: true},
		Answers:  answers,
		Evidence: []Evidence{
			{ID: 5, QuestionID: "iso27001_certificate", Filename: `cert "2024", final.pdf`, Kind: "pdf", Size: 48213,
				SHA256: strings.Repeat("0123456789abcdef", 4), Status: "extracted",
				Facts: []Fact{
					{Name: "expires_on", Value: "2027-03-14", Extracted: "2027-03-14", Quote: "Valid until 14 March 2027"},
					{Name: "edition", Value: "2022", Extracted: "2013", Corrected: true, CorrectedBy: "ana@example.com",
						CorrectedAt: now.Add(-10*time.Minute + 7*time.Second), Reason: "transition stamp,\non page 2"},
				}},
			{ID: 6, QuestionID: "training_report", Filename: "=cmd.csv", Kind: "csv", Size: 0, SHA256: strings.Repeat("f", 64),
				Status: "failed", ExtractError: "no table with names and dates"},
		},
		GeneratedAt: now,
	}
}

// TestReportOpenedByLibreOffice writes every CSV and XLSX export (the vendor list and an
// assessment) with awkward content, opens them all with LibreOffice and compares what it
// shows, cell by cell and with each cell's type, against the cells Assay meant to write:
// text as text (formula-like text neutralised, never run), numbers as numbers, dates and
// moments as dates in ISO 8601, every sheet under its name.
func TestReportOpenedByLibreOffice(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, fn func(*bytes.Buffer) error) string {
		t.Helper()
		var buf bytes.Buffer
		if err := fn(&buf); err != nil {
			t.Fatalf("write %s: %v", name, err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	vendorRows := [][]Cell{VendorHeader()}
	for _, v := range awkwardVendors() {
		vendorRows = append(vendorRows, v.Cells())
	}
	a := awkwardAssessment()
	files := map[string]map[string][][]Cell{
		write("vendors.csv", func(b *bytes.Buffer) error { return writeAll(NewCSV(b), vendorRows) }): {"vendors": vendorRows},
		write("vendors.xlsx", func(b *bytes.Buffer) error {
			x, err := NewXLSX(b, "Vendors")
			if err != nil {
				return err
			}
			return writeAll(x, vendorRows)
		}): {"Vendors": vendorRows},
		write("assessment-42.csv", func(b *bytes.Buffer) error { return WriteAssessmentCSV(b, a) }):   {"assessment-42": a.csvRows()},
		write("assessment-42.xlsx", func(b *bytes.Buffer) error { return WriteAssessmentXLSX(b, a) }): sheetsByName(a.sheets()),
	}
	var paths []string
	for p := range files {
		paths = append(paths, p)
	}
	opened := officetest.Open(t, paths...)

	for path, want := range files {
		csv := strings.HasSuffix(path, ".csv")
		got := opened[path]
		if len(got) != len(want) {
			t.Errorf("%s: LibreOffice shows sheets %v, want %d", filepath.Base(path), keys(got), len(want))
		}
		for name, rows := range want {
			sheet, ok := got[name]
			if !ok {
				t.Errorf("%s: LibreOffice shows no sheet %q among %v", filepath.Base(path), name, keys(got))
				continue
			}
			compareSheet(t, filepath.Base(path)+" / "+name, sheet, meant(rows, csv), csv)
		}
	}

	// The figures above are derived from the cells; these are the same promises spelt out.
	xlsx := opened[filepath.Join(dir, "vendors.xlsx")]["Vendors"]
	csvs := opened[filepath.Join(dir, "vendors.csv")]["vendors"]
	for i, c := range []struct {
		row, col int
		xlsx     officetest.Cell
		csv      officetest.Cell
	}{
		{3, 1, officetest.Cell{Text: "=1+1", IsText: true}, officetest.Cell{Text: "'=1+1", IsText: true}},
		{2, 1, officetest.Cell{Text: "Dvořák Payroll\nZweigstelle Brno, 2. Stock", IsText: true}, officetest.Cell{Text: "Dvořák Payroll\nZweigstelle Brno, 2. Stock", IsText: true}},
		{1, 7, officetest.Cell{Text: "2026-02-28"}, officetest.Cell{Text: "2026-02-28"}},
		{1, 14, officetest.Cell{Text: "2026-05-01 09:30:15"}, officetest.Cell{Text: "2026-05-01 09:30:15"}},
		{1, 5, officetest.Cell{Text: "4294967295"}, officetest.Cell{Text: "4294967295"}},
	} {
		if g := cellAt(xlsx, c.row, c.col); g != c.xlsx {
			t.Errorf("check %d: vendors.xlsx row %d column %d shows %+v, want %+v", i, c.row+1, c.col+1, g, c.xlsx)
		}
		if g := cellAt(csvs, c.row, c.col); g != c.csv {
			t.Errorf("check %d: vendors.csv row %d column %d shows %+v, want %+v", i, c.row+1, c.col+1, g, c.csv)
		}
	}
}

func writeAll(tw TableWriter, rows [][]Cell) error {
	if err := writeRows(tw, rows); err != nil {
		return err
	}
	return tw.Close()
}

func sheetsByName(sheets [][][]Cell) map[string][][]Cell {
	out := map[string][][]Cell{}
	for i, rows := range sheets {
		out[AssessmentSheets[i]] = rows
	}
	return out
}

func keys(wb officetest.Workbook) []string {
	var out []string
	for k := range wb {
		out = append(out, k)
	}
	return out
}

// meant is what a spreadsheet should show for the cells: a CSV's text with Safe's apostrophe,
// an XLSX's text as typed within the cell limit, numbers in full, dates in ISO 8601.
func meant(rows [][]Cell, csv bool) officetest.Sheet {
	var out officetest.Sheet
	for _, r := range rows {
		var row []officetest.Cell
		for _, c := range r {
			switch {
			case c.kind != kindText:
				row = append(row, officetest.Cell{Text: c.String()})
			case c.text == "":
				row = append(row, officetest.Cell{})
			case csv:
				row = append(row, officetest.Cell{Text: Safe(c.text), IsText: true})
			default:
				row = append(row, officetest.Cell{Text: clip(c.text), IsText: true})
			}
		}
		for len(row) > 0 && row[len(row)-1] == (officetest.Cell{}) {
			row = row[:len(row)-1]
		}
		out = append(out, row)
	}
	return out
}

// compareSheet compares every cell. In an XLSX every cell's type must be what Assay wrote. A
// CSV carries no types, so there a number or date must be read as one, and text Assay
// neutralised must stay text; other text may be read as a number if it shows the same.
func compareSheet(t *testing.T, what string, got, want officetest.Sheet, csv bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: LibreOffice shows %d rows, Assay wrote %d", what, len(got), len(want))
	}
	for i := range max(len(got), len(want)) {
		n := 0
		if i < len(got) {
			n = len(got[i])
		}
		if i < len(want) {
			n = max(n, len(want[i]))
		}
		for j := range n {
			g, w := cellAt(got, i, j), cellAt(want, i, j)
			where := what + " " + string(appendColumnName(nil, j)) + strconv.Itoa(i+1)
			switch {
			case g.Text != w.Text:
				t.Errorf("%s: LibreOffice shows %.120q, Assay meant %.120q", where, g.Text, w.Text)
			case !csv && g.IsText != w.IsText, csv && !w.IsText && g.IsText:
				t.Errorf("%s: %q is %s in LibreOffice, Assay wrote %s", where, g.Text, kindName(g.IsText), kindName(w.IsText))
			case csv && w.IsText && strings.HasPrefix(w.Text, "'") && !g.IsText:
				t.Errorf("%s: neutralised %q is not text in LibreOffice", where, w.Text)
			}
		}
	}
}

func cellAt(s officetest.Sheet, i, j int) officetest.Cell {
	if i < len(s) && j < len(s[i]) {
		return s[i][j]
	}
	return officetest.Cell{}
}

func kindName(isText bool) string {
	if isText {
		return "text"
	}
	return "a number or date"
}
