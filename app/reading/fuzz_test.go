package reading

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzLimits are small enough that one input never takes long, yet above
// what the seeds need.
func fuzzLimits() Limits {
	return Limits{MaxPages: 50, MaxBytes: 256 << 10, MaxMemory: 256 << 10, MaxZipEntries: 100, MaxEntryBytes: 128 << 10, MaxRows: 1000, Timeout: 5 * time.Second}
}

// checkRead runs the reader without Read's panic guard, so a panic fails
// the fuzz run, and checks the contract: an UnreadableError or a document
// of valid UTF-8.
func checkRead(t *testing.T, data []byte, kind string) {
	lim := fuzzLimits()
	ctx, cancel := context.WithTimeout(context.Background(), lim.Timeout)
	defer cancel()
	// A hang would only show as a stalled fuzzer; crash with every stack
	// instead, so the input and the loop are reported.
	watchdog := time.AfterFunc(3*lim.Timeout, func() {
		buf := make([]byte, 1<<20)
		panic(fmt.Sprintf("read hung:\n%s", buf[:runtime.Stack(buf, true)]))
	})
	defer watchdog.Stop()
	start := time.Now()
	doc, err := read(ctx, bytes.NewReader(data), int64(len(data)), kind, lim)
	if d := time.Since(start); d > 2*lim.Timeout {
		t.Fatalf("took %s, over twice the timeout", d)
	}
	if err != nil {
		var ue *UnreadableError
		if !errors.As(err, &ue) {
			t.Fatalf("err = %v (%T), want *UnreadableError", err, err)
		}
		if ue.Reason == "" {
			t.Fatal("UnreadableError without a reason")
		}
		return
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", doc.Text)
	}
	for _, tb := range doc.Tables {
		for _, row := range tb.Rows {
			for _, c := range row {
				if !utf8.ValidString(c) {
					t.Fatalf("cell is not valid UTF-8: %q", c)
				}
			}
		}
	}
}

// storedZip writes entries without compression, so a fuzzed part reaches
// the XML reader as is.
func storedZip(t testing.TB, entries ...zipEntry) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, e.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unzipPart returns one entry of a zip, for seeding part fuzzers with what
// an office suite writes.
func unzipPart(t testing.TB, data []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	part, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return part
}

// addFixtures seeds the corpus with every fixture of the given extension.
func addFixtures(f *testing.F, ext string) {
	names, err := filepath.Glob(filepath.Join("testdata", "*."+ext))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzReadDOCX mutates whole files, and also document.xml alone inside a
// valid package: byte changes to a zip mostly just break its checksums,
// which would leave the XML walker untested.
func FuzzReadDOCX(f *testing.F) {
	body := `<?xml version="1.0"?><w:document ` + nsW + `><w:body>` + para("Date of meeting: 1 May 2024") +
		table([]string{"a", "b"}, []string{"c", "d"}) + `</w:body></w:document>`
	f.Add(fixture(f, "minutes-libreoffice.docx"), []byte(body))
	f.Add(buildDOCX(f, para("x")), unzipPart(f, fixture(f, "minutes-libreoffice.docx"), "word/document.xml"))
	f.Fuzz(func(t *testing.T, file, part []byte) {
		checkRead(t, file, "docx")
		checkRead(t, storedZip(t, zipEntry{"word/document.xml", string(part)}), "docx")
	})
}

// FuzzReadXLSX mutates whole files, and also a sheet and the styles inside
// a valid package, for the same reason as FuzzReadDOCX.
func FuzzReadXLSX(f *testing.F) {
	sheet := `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>Ann</t></is></c><c r="B2" s="1"><v>45598</v></c><c r="C2" s="2"><v>0.5</v></c></row></sheetData></worksheet>`
	styles := `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>`
	lo := fixture(f, "training-libreoffice.xlsx")
	f.Add(lo, []byte(sheet), []byte(styles))
	f.Add(lo, unzipPart(f, lo, "xl/worksheets/sheet1.xml"), unzipPart(f, lo, "xl/styles.xml"))
	f.Fuzz(func(t *testing.T, file, sheet, styles []byte) {
		checkRead(t, file, "xlsx")
		checkRead(t, storedZip(t,
			zipEntry{"xl/workbook.xml", `<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`},
			zipEntry{"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Type="/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
			zipEntry{"xl/sharedStrings.xml", `<sst><si><t>Name</t></si><si><r><t>Da</t></r><r><t>te</t></r><rPh><t>x</t></rPh></si></sst>`},
			zipEntry{"xl/styles.xml", string(styles)},
			zipEntry{"xl/worksheets/sheet1.xml", string(sheet)},
		), "xlsx")
	})
}

func FuzzReadCSV(f *testing.F) {
	addFixtures(f, "csv")
	for _, s := range []string{"a;b\n1;2\n", "\uFEFF\"x,y\",z\n\"q\"\"\n", "a\tb\r\n", "\"unterminated\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, data, "csv") })
}

func FuzzReadTXT(f *testing.F) {
	for _, s := range []string{"Minutes\r\nDate: 1 May 2024\n", "\xff\xfe", "\uFEFFhello"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, data, "txt") })
}
