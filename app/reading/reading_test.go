package reading

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/reading/pdf/pdftest"
)

// readBytes runs Read over data with lim.
func readBytes(t testing.TB, data []byte, kind string, lim Limits) (Document, error) {
	t.Helper()
	return Read(context.Background(), bytes.NewReader(data), int64(len(data)), kind, lim)
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// hasLine reports whether text has a line equal to want.
func hasLine(text, want string) bool {
	return slices.Contains(strings.Split(text, "\n"), want)
}

// TestReadFixtures reads files made by real programs (see testdata/README.md)
// and checks the lines the fact extractors depend on.
func TestReadFixtures(t *testing.T) {
	minutesLines := []string{
		"ISMS Management Review – Minutes",
		"Date of meeting: 12 September 2024",
		"Security awareness training completion stood at 94% (188 of 200 staff).",
		"Next review: March 2025.",
	}
	trainingRows := [][]string{
		{"Employee", "Completed on", "Result", "Score", "Type"},
		{"Alice Smith", "2024-11-02", "Pass", "92", "Employee"},
		{"Bob Jones", "2024-10-15", "Pass", "85", "Contractor"},
		{"Carla Díaz", "2024-09-30", "Fail", "55", "Employee"},
		{"Dmitri Ivanov", "", "Not started", "", "Employee"},
	}
	tests := []struct {
		file, kind string
		pages      int
		lines      []string
		tables     []Table
	}{
		// The PDF reader's fixtures are its own; this one shows a PDF read
		// through Read.
		{"../pdf/testdata/minutes-libreoffice.pdf", "pdf", 1, append(minutesLines, "Update onboarding checklist Li Wei\t2024-11-15"), nil},
		{"minutes-libreoffice.docx", "docx", 0, append(minutesLines, "Refresh phishing simulation\tOmar Haddad\t2024-10-31"), []Table{{Rows: [][]string{
			{"Action", "Owner", "Due"},
			{"Refresh phishing simulation", "Omar Haddad", "2024-10-31"},
			{"Update onboarding checklist", "Li Wei", "2024-11-15"},
		}}}},
		{"training-libreoffice.xlsx", "xlsx", 0, []string{"Alice Smith\t2024-11-02\tPass\t92\tEmployee"}, []Table{{Name: "training", Rows: trainingRows}}},
		{"training.csv", "csv", 0, []string{"Bob Jones\t2024-10-15\tPass\t85\tContractor"}, []Table{{Rows: trainingRows}}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			doc, err := readBytes(t, fixture(t, tt.file), tt.kind, DefaultLimits())
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if doc.Kind != tt.kind || doc.Pages != tt.pages {
				t.Errorf("Kind, Pages = %q, %d; want %q, %d", doc.Kind, doc.Pages, tt.kind, tt.pages)
			}
			for _, want := range tt.lines {
				if !hasLine(doc.Text, want) {
					t.Errorf("no line %q in:\n%s", want, doc.Text)
				}
			}
			if tt.tables != nil && !reflect.DeepEqual(doc.Tables, tt.tables) {
				t.Errorf("Tables = %q\nwant %q", doc.Tables, tt.tables)
			}
		})
	}
}

// TestReadNoTextLayer checks that pictures of text are reported as such
// rather than read as an empty document.
func TestReadNoTextLayer(t *testing.T) {
	tests := []struct {
		name, kind string
		data       []byte
		reason     string
	}{
		// Package pdf tests the other ways a PDF can lack text; this one
		// shows its reason and cause coming through Read.
		// Without an OCR engine the reason says so; package ocr tests
		// reading them with one.
		{"scanned PDF from Chromium", "pdf", fixture(t, "../pdf/testdata/scanned-chromium.pdf"), "no text layer: the PDF holds only scanned images, and OCR is not set up"},
		{"png", "png", fixture(t, "../pdf/testdata/scan.png"), "no text layer: the file is an image (PNG), and OCR is not set up"},
		{"jpeg", "jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0}, "no text layer: the file is an image (JPEG), and OCR is not set up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readBytes(t, tt.data, tt.kind, DefaultLimits())
			var ue *UnreadableError
			if !errors.As(err, &ue) || !errors.Is(err, ErrNoTextLayer) {
				t.Fatalf("err = %v, want UnreadableError wrapping ErrNoTextLayer", err)
			}
			if ue.Reason != tt.reason {
				t.Errorf("Reason = %q, want %q", ue.Reason, tt.reason)
			}
		})
	}
}

func TestReadDOCX(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		text   string
		tables []Table
	}{
		{
			name: "paragraphs, runs, tabs and breaks",
			body: para("Certificate ", "number: ", "X-1") +
				`<w:p><w:r><w:t>Label</w:t><w:tab/><w:t>Value</w:t><w:br/><w:t>next line</w:t></w:r></w:p>` +
				`<w:p/>`,
			text: "Certificate number: X-1\nLabel\tValue\nnext line\n\n",
		},
		{
			name:   "table",
			body:   para("Before") + table([]string{"Name", "Date"}, []string{"Ann", "2024-01-02"}) + para("After"),
			text:   "Before\nName\tDate\nAnn\t2024-01-02\nAfter\n",
			tables: []Table{{Rows: [][]string{{"Name", "Date"}, {"Ann", "2024-01-02"}}}},
		},
		{
			name: "nested table reads into its cell",
			body: `<w:tbl><w:tr><w:tc>` + para("Outer") + `</w:tc><w:tc>` + table([]string{"a", "b"}) + para("") + `</w:tc></w:tr></w:tbl>`,
			text: "Outer\ta b\n",
			tables: []Table{
				{Rows: [][]string{{"a", "b"}}},
				{Rows: [][]string{{"Outer", "a\tb"}}},
			},
		},
		{
			name: "deleted text, field codes and fallback content are not shown text",
			body: `<w:p><w:r><w:t>Valid </w:t></w:r><w:del><w:r><w:delText>until 2020</w:delText></w:r></w:del>` +
				`<w:r><w:instrText> DATE \@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:t>to 2027</w:t></w:r></w:p>` +
				`<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` +
				para("In a text box") + `</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + para("In a text box") +
				`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after box</w:t></w:r></w:p>`,
			text: "Valid to 2027\nIn a text box\nafter box\n",
		},
		{
			name: "entities and non-Latin text",
			body: para("Tom &amp; Jerry &lt;ok&gt; – Zürich 東京"),
			text: "Tom & Jerry <ok> – Zürich 東京\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readBytes(t, buildDOCX(t, tt.body), "docx", DefaultLimits())
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if doc.Text != tt.text {
				t.Errorf("Text = %q, want %q", doc.Text, tt.text)
			}
			if !reflect.DeepEqual(doc.Tables, tt.tables) {
				t.Errorf("Tables = %q, want %q", doc.Tables, tt.tables)
			}
		})
	}
}

func TestReadXLSX(t *testing.T) {
	shared := []string{"Name", "Completed", "Score", "Ann &amp; Co", "Signed at"}
	// cellXfs: 0 general, 1 builtin date (14), 2 custom d/m/yyyy, 3 builtin
	// datetime (22), 4 percent (9), 5 custom text-with-quotes (not a date),
	// 6 elapsed hours (a duration, not a date).
	xfs := []int{0, 14, 164, 22, 9, 165, 166}
	fmts := map[int]string{164: "dd/mm/yyyy;@", 165: `0.0" days"`, 166: "[h]:mm"}
	sheet1 := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>45598</v></c><c r="C2" s="4"><v>0.925</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><r><t>Bo</t></r><r><t>b</t></r></is></c><c r="B3" s="2"><v>45580</v></c><c r="C3"><f>1+2</f><v>3</v></c></row>` +
		`<row r="4"/>` + // styled empty rows are dropped
		`<row r="7"><c r="A7" t="b"><v>1</v></c><c r="D7" s="5"><v>2.5</v></c><c r="E7" s="6"><v>1.5</v></c></row>`
	sheet2 := `<row><c t="s"><v>4</v></c><c s="3"><v>45598.5</v></c><c t="str"><v>text formula</v></c><c t="e"><v>#N/A</v></c></row>` +
		`<row><c s="1"><v>59</v></c><c s="1"><v>61</v></c><c t="d"><v>2024-03-14T00:00:00</v></c><c t="s"><v>99</v></c></row>`
	data := buildXLSX(t, shared, xfs, fmts, xlsxSheet{"Training", sheet1}, xlsxSheet{"Log", sheet2})
	doc, err := readBytes(t, data, "xlsx", DefaultLimits())
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	want := []Table{
		{Name: "Training", Rows: [][]string{
			{"Name", "Completed", "Score"},
			{"Ann & Co", "2024-11-02", "92.5%"},
			{"Bob", "2024-10-15", "3"},
			{"TRUE", "", "", "2.5", "1.5"},
		}},
		{Name: "Log", Rows: [][]string{
			{"Signed at", "2024-11-02 12:00:00", "text formula", "#N/A"},
			{"1900-02-28", "1900-03-01", "2024-03-14"},
		}},
	}
	if !reflect.DeepEqual(doc.Tables, want) {
		t.Errorf("Tables = %q\nwant %q", doc.Tables, want)
	}
	wantText := "Name\tCompleted\tScore\nAnn & Co\t2024-11-02\t92.5%\nBob\t2024-10-15\t3\nTRUE\t\t\t2.5\t1.5\n\n" +
		"Signed at\t2024-11-02 12:00:00\ttext formula\t#N/A\n1900-02-28\t1900-03-01\t2024-03-14\n"
	if doc.Text != wantText {
		t.Errorf("Text = %q\nwant %q", doc.Text, wantText)
	}
}

// TestReadXLSXHiddenSheets: a sheet the workbook hides (an earlier copy of
// the data, a lookup list) is left out, as the person sending it does not
// show it; a workbook whose every sheet is hidden is read whole.
func TestReadXLSXHiddenSheets(t *testing.T) {
	shared := []string{"Name", "Ann", "Bob"}
	rows := `<row><c t="s"><v>0</v></c></row><row><c t="s"><v>1</v></c></row>`
	old := `<row><c t="s"><v>0</v></c></row><row><c t="s"><v>2</v></c></row>`
	// The builder writes the name into the sheet's attributes: a name
	// ending in a state attribute hides the sheet.
	hidden := func(name, state string) string { return name + `" state="` + state }
	for _, tt := range []struct {
		name   string
		sheets []xlsxSheet
		want   []string
	}{
		{"hidden", []xlsxSheet{{hidden("Old", "hidden"), old}, {"Report", rows}}, []string{"Report"}},
		{"very hidden", []xlsxSheet{{"Report", rows}, {hidden("Lists", "veryHidden"), old}}, []string{"Report"}},
		{"visible state", []xlsxSheet{{hidden("Report", "visible"), rows}, {"Old", old}}, []string{"Report", "Old"}},
		{"all hidden", []xlsxSheet{{hidden("Report", "hidden"), rows}}, []string{"Report"}},
	} {
		doc, err := readBytes(t, buildXLSX(t, shared, nil, nil, tt.sheets...), "xlsx", DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, tb := range doc.Tables {
			got = append(got, tb.Name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: sheets %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestParseNumFormat(t *testing.T) {
	tests := []struct {
		code string
		want numFormat
	}{
		{"General", numFormat{}},
		{"0.00E+00", numFormat{}},
		{"yyyy\\-mm\\-dd", numFormat{date: true}},
		{"[$-409]d\\ mmmm\\ yyyy;@", numFormat{date: true}},
		{"mmm-yy", numFormat{date: true}},
		{"h:mm AM/PM", numFormat{clock: true}},
		{"dd/mm/yyyy hh:mm", numFormat{date: true, clock: true}},
		{"[h]:mm:ss", numFormat{}},
		{`"Day "0`, numFormat{}},
		{"[Red]0.0%", numFormat{percent: true}},
	}
	for _, tt := range tests {
		if got := parseNumFormat(tt.code); got != tt.want {
			t.Errorf("parseNumFormat(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name string
		data string
		rows [][]string
	}{
		{"comma", "name,date\nAnn,2024-01-02\n", [][]string{{"name", "date"}, {"Ann", "2024-01-02"}}},
		{"semicolon with decimal commas", "name;score\nAnn;92,5\nBob;80,0\n", [][]string{{"name", "score"}, {"Ann", "92,5"}, {"Bob", "80,0"}}},
		{"tab", "name\tdate\r\nAnn\t2024-01-02\r\n", [][]string{{"name", "date"}, {"Ann", "2024-01-02"}}},
		{"BOM and quoted fields", "\uFEFF\"Name\",\"Note\"\n\"Doe, Jane\",\"said \"\"ok\"\"\nthen left\"\n", [][]string{{"Name", "Note"}, {"Doe, Jane", "said \"ok\"\nthen left"}}},
		{"ragged rows", "a,b,c\n1,2\n3,4,5,6\n", [][]string{{"a", "b", "c"}, {"1", "2"}, {"3", "4", "5", "6"}}},
		{"stray quote", "a,b\nsay \"hi,x\n", [][]string{{"a", "b"}, {"say \"hi", "x"}}},
		{"invalid UTF-8 replaced", "name\nAnn\xff\n", [][]string{{"name"}, {"Ann\uFFFD"}}},
		{"one column", "only\nvalues\n", [][]string{{"only"}, {"values"}}},
		{"sep directive", "sep=;\r\nname;score\nAnn;92,5\n", [][]string{{"name", "score"}, {"Ann", "92,5"}}},
		{"sep directive naming a comma", "\uFEFFSEP=,\nname,note\nAnn,\"a; b\"\n", [][]string{{"name", "note"}, {"Ann", "a; b"}}},
		{"sep in a cell is no directive", "sep=;x\nname;score\n", [][]string{{"sep=", "x"}, {"name", "score"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readBytes(t, []byte(tt.data), "csv", DefaultLimits())
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if len(doc.Tables) != 1 || !reflect.DeepEqual(doc.Tables[0].Rows, tt.rows) {
				t.Errorf("Tables = %q, want rows %q", doc.Tables, tt.rows)
			}
		})
	}
}

func TestReadTXT(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"as is", "Minutes\nDate of meeting: 1 May 2024\n", "Minutes\nDate of meeting: 1 May 2024\n"},
		{"CRLF and BOM", "\uFEFFa\r\nb\rc", "a\nb\nc"},
		{"invalid bytes", "caf\xe9", "caf\uFFFD"},
	}
	for _, tt := range tests {
		doc, err := readBytes(t, []byte(tt.data), "txt", DefaultLimits())
		if err != nil || doc.Text != tt.want {
			t.Errorf("%s: Text, err = %q, %v; want %q", tt.name, doc.Text, err, tt.want)
		}
	}
}

func TestReadContext(t *testing.T) {
	data := pdftest.Text([][]string{{"text"}}, false)
	t.Run("caller cancels: not the file's fault", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := Read(ctx, bytes.NewReader(data), int64(len(data)), "pdf", DefaultLimits())
		var ue *UnreadableError
		if !errors.Is(err, context.Canceled) || errors.As(err, &ue) {
			t.Errorf("err = %v, want context.Canceled and no UnreadableError", err)
		}
	})
	t.Run("timeout: the file's fault", func(t *testing.T) {
		lim := DefaultLimits()
		lim.Timeout = time.Nanosecond
		_, err := readBytes(t, data, "pdf", lim)
		var ue *UnreadableError
		if !errors.As(err, &ue) || ue.Reason != "took longer than 1ns" {
			t.Errorf("err = %v, want UnreadableError took longer than 1ns", err)
		}
	})
}

// panicReader stands in for a reader bug.
type panicReader struct{}

func (panicReader) ReadAt([]byte, int64) (int, error) { panic("boom") }

func TestReadRecoversPanics(t *testing.T) {
	_, err := Read(context.Background(), panicReader{}, 10, "txt", DefaultLimits())
	var ue *UnreadableError
	if !errors.As(err, &ue) || ue.Reason != "the file is damaged and could not be read" {
		t.Fatalf("err = %v, want UnreadableError", err)
	}
	if !strings.Contains(ue.Err.Error(), "boom") {
		t.Errorf("cause %q does not carry the panic", ue.Err)
	}
}

func TestDefaultLimits(t *testing.T) {
	got := DefaultLimits()
	want := Limits{MaxPages: 500, MaxBytes: 200 << 20, MaxMemory: 32 << 20, MaxZipEntries: 2000, MaxEntryBytes: 100 << 20, MaxRows: 200_000, Timeout: time.Minute,
		OCRPageTimeout: 30 * time.Second, MaxOCRPages: 10}
	if got != want {
		t.Errorf("DefaultLimits() = %+v, want %+v", got, want)
	}
	if l := (Limits{MaxPages: 3}).withDefaults(); l.MaxPages != 3 || l.MaxBytes != want.MaxBytes {
		t.Errorf("withDefaults lifted or lost a bound: %+v", l)
	}
}
