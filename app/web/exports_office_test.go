package web_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/report"
	"assay/app/report/officetest"
)

// TestExportsOpenedByLibreOffice downloads every CSV and XLSX export from a running Assay (the
// vendor list and an assessment, as an analyst), opens them all with LibreOffice, and
// compares what it shows cell by cell with what Go's CSV parser and Assay's XLSX reader find
// in the same bytes: the same sheets, rows and values, formula-like names kept as text, and
// numbers and dates read as numbers and dates.
func TestExportsOpenedByLibreOffice(t *testing.T) {
	apptest.Need(t, officetest.EnvSoffice)
	w := newExportWorld(t, apptest.Dialects()[0])
	aid := itoa(w.assessment.ID)
	dir := t.TempDir()
	paths := map[string]string{} // file -> download path
	for name, path := range map[string]string{
		"vendors.csv":     "/api/v1/vendors/export.csv",
		"vendors.xlsx":    "/api/v1/vendors/export.xlsx",
		"assessment.csv":  "/api/v1/assessments/" + aid + "/export.csv",
		"assessment.xlsx": "/api/v1/assessments/" + aid + "/export.xlsx",
	} {
		ctype := report.XLSXContentType
		if strings.HasSuffix(name, ".csv") {
			ctype = report.CSVContentType
		}
		res, body := w.get(t, nil, w.analystTok, path)
		wantDownload(t, path, res, body, ctype, filepath.Ext(name))
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, body, 0o600); err != nil {
			t.Fatal(err)
		}
		paths[file] = path
	}
	files := make([]string, 0, len(paths))
	for f := range paths {
		files = append(files, f)
	}
	opened := officetest.Open(t, files...)

	for file, path := range paths {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][][]string{}
		if strings.HasSuffix(file, ".csv") {
			want[strings.TrimSuffix(filepath.Base(file), ".csv")] = parseCSV(t, path, body)
		} else {
			for _, tb := range openXLSX(t, path, body) {
				want[tb.Name] = tb.Rows
			}
		}
		got := opened[file]
		if len(got) != len(want) {
			t.Errorf("%s: LibreOffice shows %d sheets, Assay wrote %d", path, len(got), len(want))
		}
		for name, rows := range want {
			sheet, ok := got[name]
			if !ok {
				t.Errorf("%s: LibreOffice shows no sheet %q", path, name)
				continue
			}
			compareOffice(t, path+" "+name, sheet, rows)
		}
	}

	// The formula vendor's name is text, neutralised in the CSV, as typed in the workbook;
	// its assessment id is a number and the vendor's last update a date.
	for file, want := range map[string]string{"vendors.csv": "'" + evilName, "vendors.xlsx": evilName} {
		wb := opened[filepath.Join(dir, file)]
		var sheet officetest.Sheet
		for _, s := range wb {
			sheet = s
		}
		found := false
		for _, r := range sheet[1:] {
			if len(r) > 17 && r[0].Text == itoa(w.evil.ID) {
				found = true
				if r[1] != (officetest.Cell{Text: want, IsText: true}) || r[5].IsText || r[5].Text != aid || r[17].IsText {
					t.Errorf("%s: LibreOffice shows the vendor as %+v, assessment %+v, updated %+v; want the text %q, the number %s and a date",
						file, r[1], r[5], r[17], want, aid)
				}
			}
		}
		if !found {
			t.Errorf("%s: LibreOffice shows no row for vendor %d", file, w.evil.ID)
		}
	}
}

// compareOffice compares the cells LibreOffice shows with the rows parsed from the same file,
// ignoring the empty cells that end a row.
func compareOffice(t *testing.T, what string, got officetest.Sheet, want [][]string) {
	t.Helper()
	shown := got.Texts()
	for len(want) > 0 && len(strings.Join(want[len(want)-1], "")) == 0 {
		want = want[:len(want)-1]
	}
	if len(shown) != len(want) {
		t.Errorf("%s: LibreOffice shows %d rows, the file has %d", what, len(shown), len(want))
	}
	for i := range min(len(shown), len(want)) {
		w := want[i]
		for len(w) > 0 && w[len(w)-1] == "" {
			w = w[:len(w)-1]
		}
		if strings.Join(shown[i], "\x00") != strings.Join(w, "\x00") {
			t.Errorf("%s row %d:\nLibreOffice %q\n   the file %q", what, i+1, shown[i], w)
		}
		for j, c := range got[i] {
			if strings.HasPrefix(c.Text, "'") && !c.IsText {
				t.Errorf("%s row %d column %d: neutralised %q is not text in LibreOffice", what, i+1, j+1, c.Text)
			}
		}
	}
}
