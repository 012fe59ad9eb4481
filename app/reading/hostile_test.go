package reading

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"
	"time"
)

// smallLimits keeps hostile tests fast: the defaults scaled down.
func smallLimits() Limits {
	return Limits{MaxPages: 10, MaxBytes: 4 << 20, MaxZipEntries: 50, MaxEntryBytes: 1 << 20, MaxRows: 100, Timeout: 10 * time.Second}
}

// deflated returns n bytes of filler compressed; it is how a bomb stays
// small on disk.
func deflated(t testing.TB, n int, zlibHeader bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	if zlibHeader {
		w, _ = zlib.NewWriterLevel(&buf, zlib.BestSpeed)
	} else {
		w, _ = flate.NewWriter(&buf, flate.BestCompression)
	}
	chunk := bytes.Repeat([]byte("<w:p/>"), 1<<14)
	for written := 0; written < n; written += len(chunk) {
		w.Write(chunk)
	}
	w.Close()
	return buf.Bytes()
}

// lyingZip writes one entry whose header claims claimed bytes while its
// data inflates to far more.
func lyingZip(t testing.TB, name string, claimed uint64, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	ct, _ := zw.Create("[Content_Types].xml")
	io.WriteString(ct, "<Types/>")
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name:               name,
		Method:             zip.Deflate,
		CRC32:              crc32.ChecksumIEEE(nil),
		CompressedSize64:   uint64(len(data)),
		UncompressedSize64: claimed,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	zw.Close()
	return buf.Bytes()
}

// hostilePDFs builds broken and malicious PDFs; bomb is how many bytes the
// compressed bombs expand to.
func hostilePDFs(t testing.TB, bomb int) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	simple := textPDF([][]string{{"hello"}}, false)

	out["garbage after header"] = append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0x8F, '(', '<', '[', '/', 0x00}, 5000)...)
	out["header only"] = []byte("%PDF-1.4\n")
	out["not a PDF"] = []byte("this is not a pdf at all")
	out["deeply nested arrays"] = []byte("%PDF-1.4\n1 0 obj\n" + strings.Repeat("[", 200000) + "\nendobj\ntrailer\n<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n")
	out["deeply nested dictionaries"] = []byte("%PDF-1.4\n1 0 obj\n" + strings.Repeat("<</A ", 200000) + "\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n")
	for _, cut := range []int{10, 3, 2} {
		out[fmt.Sprintf("truncated to 1/%d", cut)] = simple[:len(simple)/cut]
	}
	out["unterminated string and stream"] = []byte("%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]>>\nendobj\n3 0 obj\n<</Type/Page/Contents 4 0 R>>\nendobj\n4 0 obj\n<</Length 99999>>\nstream\nBT (never closed")

	// A /Prev chain that loops, and a /Length that refers to itself.
	p := &pdfWriter{}
	cat := p.add("")
	pages := p.add("")
	c := p.add("<</Length 3 0 R>>\nstream\nBT /F1 12 Tf (x) Tj ET\nendstream")
	pg := p.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/Contents %d 0 R>>", pages, c))
	p.set(cat, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pages))
	// The page tree claims a billion pages and lists itself as a kid.
	p.set(pages, fmt.Sprintf("<</Type/Pages/Kids[%d 0 R %d 0 R %d 0 R]/Count 1000000000>>", pg, pages, pg))
	loop := p.bytes(cat, "")
	i := bytes.LastIndex(loop, []byte("startxref\n"))
	var off int
	fmt.Sscanf(string(loop[i+len("startxref\n"):]), "%d", &off)
	out["self-referencing tree, Length and Prev"] = bytes.Replace(loop, []byte("/Root 1 0 R"), []byte(fmt.Sprintf("/Root 1 0 R/Prev %d", off)), 1)

	// A form XObject that draws itself.
	p = &pdfWriter{}
	cat = p.add("")
	pages = p.add("")
	form := p.add("")
	p.set(form, fmt.Sprintf("<</Type/XObject/Subtype/Form/Resources<</XObject<</X %d 0 R>>>>/Length 10>>\nstream\n/X Do /X Do\nendstream", form))
	c = p.stream("", []byte("/X Do BT (x) Tj ET"), false)
	pg = p.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/Contents %d 0 R/Resources<</XObject<</X %d 0 R>>>>>>", pages, c, form))
	p.set(cat, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pages))
	p.set(pages, fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]/Count 1>>", pg))
	out["form drawing itself"] = p.bytes(cat, "")

	// A content stream of filler compressed to a few KiB.
	p = &pdfWriter{}
	cat = p.add("")
	pages = p.add("")
	z := deflated(t, bomb, true)
	c = p.add(fmt.Sprintf("<</Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream", len(z), z))
	pg = p.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/Contents %d 0 R>>", pages, c))
	p.set(cat, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pages))
	p.set(pages, fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]/Count 1>>", pg))
	out["flate bomb"] = p.bytes(cat, "")

	// A one-page content stream drawn a thousand times through a form.
	p = &pdfWriter{}
	cat = p.add("")
	pages = p.add("")
	form = p.stream("/Type/XObject/Subtype/Form", bytes.Repeat([]byte("BT (ab) Tj ET\n"), 1<<14), true)
	c = p.stream("", bytes.Repeat([]byte("/X Do\n"), 1000), false)
	pg = p.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/Contents %d 0 R/Resources<</XObject<</X %d 0 R>>>>>>", pages, c, form))
	p.set(cat, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pages))
	p.set(pages, fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]/Count 1>>", pg))
	out["form amplification"] = p.bytes(cat, "")

	many := make([][]string, 11)
	for i := range many {
		many[i] = []string{"page"}
	}
	out["more pages than the limit"] = textPDF(many, true)

	// An xref stream claiming a billion entries in a tiny stream.
	out["xref stream claims huge Index"] = []byte("%PDF-1.5\n1 0 obj\n<</Type/XRef/W[1 4 4]/Index[0 1000000000]/Size 1000000000/Length 9>>\nstream\n\x01\x00\x00\x00\x09\x00\x00\x00\x00\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
	return out
}

// TestReadHostilePDF checks every hostile PDF ends in an UnreadableError
// (or, where the damage is survivable, in text) without a panic and fast.
func TestReadHostilePDF(t *testing.T) {
	wantReason := map[string]string{
		"not a PDF":                 "not a valid PDF file",
		"header only":               "not a valid PDF file: it is cut short",
		"flate bomb":                "its content expands beyond the limit of 4 MiB",
		"form amplification":        "its content expands beyond the limit of 4 MiB",
		"more pages than the limit": "exceeds the limit of 10 pages",
		"truncated to 1/2":          "not a valid PDF file: it is cut short",
		"truncated to 1/3":          "not a valid PDF file: it is cut short",
	}
	survivable := map[string]string{
		"self-referencing tree, Length and Prev": "x\n",
		"form drawing itself":                    "x\n",
	}
	for name, data := range hostilePDFs(t, 8<<20) {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			doc, err := read(t.Context(), bytes.NewReader(data), int64(len(data)), "pdf", smallLimits().withDefaults())
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s", d)
			}
			if want, ok := survivable[name]; ok {
				if err != nil || doc.Text != want {
					t.Errorf("Text, err = %q, %v; want %q", doc.Text, err, want)
				}
				return
			}
			var ue *UnreadableError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want *UnreadableError", err)
			}
			t.Logf("reason: %s", ue.Reason)
			if want, ok := wantReason[name]; ok && ue.Reason != want {
				t.Errorf("Reason = %q, want %q", ue.Reason, want)
			}
		})
	}
}

func TestReadHostileZip(t *testing.T) {
	lim := smallLimits()
	manyEntries := make([]zipEntry, 60)
	for i := range manyEntries {
		manyEntries[i] = zipEntry{fmt.Sprintf("word/part%d.xml", i), "<x/>"}
	}
	sparse := `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>`
	var rows strings.Builder
	for i := 1; i <= 101; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, i, i, i)
	}
	bigStrings := strings.Repeat("x", 3<<20)

	tests := []struct {
		name, kind string
		data       []byte
		reason     string
	}{
		{"zip bomb: small entry inflating past the entry limit", "docx",
			buildZip(t, zipEntry{"[Content_Types].xml", "<Types/>"}, zipEntry{"word/document.xml", strings.Repeat("<w:p/>", 400_000)}),
			"a zip entry expands beyond 1 MiB"},
		{"zip bomb: header claims less than the data holds", "docx",
			lyingZip(t, "word/document.xml", 100, deflated(t, 8<<20, false)),
			"not a valid DOCX file: a part is damaged"},
		{"total inflated bytes over the limit", "xlsx",
			buildXLSX(t, []string{bigStrings[:900_000], bigStrings[:900_000], bigStrings[:900_000], bigStrings[:900_000], bigStrings[:900_000]}, nil, nil, xlsxSheet{"S", ""}),
			"a zip entry expands beyond 1 MiB"},
		{"too many entries", "docx", buildZip(t, manyEntries...), "holds more than 50 zip entries"},
		{"too many rows", "xlsx", buildXLSX(t, nil, nil, nil, xlsxSheet{"S", rows.String()}), "exceeds the limit of 100 rows"},
		{"a cell at column XFD", "xlsx", buildXLSX(t, nil, nil, nil, xlsxSheet{"S", sparse}), "exceeds the limit of 5000 cells"},
		{"not a zip", "xlsx", []byte("PK\x03\x04 not really"), "not a valid XLSX file"},
		{"zip without the document", "docx", buildZip(t, zipEntry{"[Content_Types].xml", "<Types/>"}), "not a valid DOCX file: it has no word/document.xml"},
		{"broken XML", "docx", buildZip(t, zipEntry{"word/document.xml", "<w:document><w:body><w:p>"}), "not a valid DOCX file: word/document.xml is damaged"},
		{"workbook without sheets", "xlsx", buildXLSX(t, nil, nil, nil), "not a valid XLSX file: it has no worksheets"},
		{"deeply nested tables", "docx", buildDOCX(t, strings.Repeat("<w:tbl><w:tr><w:tc>", 5000)+para("deep")+strings.Repeat("</w:tc></w:tr></w:tbl>", 5000)), ""},
		{"too many CSV rows", "csv", []byte(strings.Repeat("a,b\n", 101)), "exceeds the limit of 100 rows"},
		{"file over MaxBytes", "txt", make([]byte, 5<<20), "the file is larger than the limit of 4 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc, err := readBytes(t, tt.data, tt.kind, lim)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s", d)
			}
			if tt.reason == "" {
				if err != nil {
					t.Errorf("err = %v, want the document", err)
				}
				if !strings.Contains(doc.Text, "deep") {
					t.Errorf("Text = %q, want the deepest paragraph kept", doc.Text)
				}
				return
			}
			var ue *UnreadableError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want *UnreadableError", err)
			}
			if ue.Reason != tt.reason {
				t.Errorf("Reason = %q, want %q", ue.Reason, tt.reason)
			}
		})
	}
}

// endless is a zip entry body that never ends, standing in for a stream
// whose header lies about its size.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// TestLimitedEntryMeasures checks that the size limits are enforced on the
// bytes actually read, whatever the headers say.
func TestLimitedEntryMeasures(t *testing.T) {
	tests := []struct {
		name      string
		lim       Limits
		spent     int64
		reason    string
		wantBytes int64
	}{
		{"entry limit", Limits{MaxBytes: 1 << 30, MaxEntryBytes: 1 << 20}, 0, "a zip entry expands beyond 1 MiB", 1 << 20},
		{"total limit across entries", Limits{MaxBytes: 3 << 20, MaxEntryBytes: 2 << 20}, 2 << 20, "its content expands beyond the limit of 3 MiB", 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &budget{ctx: t.Context(), lim: tt.lim, inflated: tt.spent}
			z := &officeZip{b: b, kind: "XLSX"}
			n, err := io.Copy(io.Discard, &limitedEntry{rc: io.NopCloser(endless{}), z: z, left: tt.lim.MaxEntryBytes})
			var ue *UnreadableError
			if !errors.As(err, &ue) || ue.Reason != tt.reason {
				t.Fatalf("err = %v, want %q", err, tt.reason)
			}
			if n > tt.wantBytes {
				t.Errorf("read %d bytes, want at most %d", n, tt.wantBytes)
			}
		})
	}
}
