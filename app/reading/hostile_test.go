package reading

import (
	"archive/zip"
	"bytes"
	"compress/flate"
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
	return Limits{MaxPages: 10, MaxBytes: 4 << 20, MaxMemory: 4 << 20, MaxZipEntries: 50, MaxEntryBytes: 1 << 20, MaxRows: 100, Timeout: 10 * time.Second}
}

// deflated returns n bytes of filler, raw-deflated as in a zip entry; it
// is how a bomb stays small on disk.
func deflated(n int) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
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
			lyingZip(t, "word/document.xml", 100, deflated(8<<20)),
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
		{"entry limit", Limits{MaxMemory: 1 << 30, MaxEntryBytes: 1 << 20}, 0, "a zip entry expands beyond 1 MiB", 1 << 20},
		{"total limit across entries", Limits{MaxMemory: 3 << 20, MaxEntryBytes: 2 << 20}, 2 << 20, "its content expands beyond the limit of 3 MiB", 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBudget(t.Context(), tt.lim)
			if err := b.Inflate(tt.spent); err != nil {
				t.Fatal(err)
			}
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
