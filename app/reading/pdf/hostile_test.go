package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"assay/app/reading/internal/unreadable"
	"assay/app/reading/pdf/pdftest"
)

// small keeps hostile tests fast: the defaults scaled down.
var small = limits{pages: 10, bytes: 4 << 20, timeout: 10 * time.Second}

// hostilePDFs builds broken and malicious PDFs; bomb is how many bytes the
// compressed bombs expand to.
func hostilePDFs(t testing.TB, bomb int) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	simple := pdftest.Text([][]string{{"hello"}}, false)

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
	p := pdftest.NewWriter()
	c := p.Add("<</Length 3 0 R>>\nstream\nBT /F1 12 Tf (x) Tj ET\nendstream")
	pg := p.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/Contents %d 0 R>>", pdftest.PageTree, c))
	p.Set(pdftest.Catalog, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pdftest.PageTree))
	// The page tree claims a billion pages and lists itself as a kid.
	p.Set(pdftest.PageTree, fmt.Sprintf("<</Type/Pages/Kids[%d 0 R %d 0 R %d 0 R]/Count 1000000000>>", pg, pdftest.PageTree, pg))
	loop := p.Bytes()
	i := bytes.LastIndex(loop, []byte("startxref\n"))
	var off int
	fmt.Sscanf(string(loop[i+len("startxref\n"):]), "%d", &off)
	out["self-referencing tree, Length and Prev"] = bytes.Replace(loop, []byte("/Root 1 0 R"), []byte(fmt.Sprintf("/Root 1 0 R/Prev %d", off)), 1)

	// A form XObject that draws itself.
	p = pdftest.NewWriter()
	form := p.Add("")
	p.Set(form, fmt.Sprintf("<</Type/XObject/Subtype/Form/Resources<</XObject<</X %d 0 R>>>>/Length 10>>\nstream\n/X Do /X Do\nendstream", form))
	p.Finish(fmt.Sprintf("/Resources<</XObject<</X %d 0 R>>>>", form), p.Stream("", []byte("/X Do BT (x) Tj ET"), false))
	out["form drawing itself"] = p.Bytes()

	// A content stream of filler compressed to a few KiB.
	p = pdftest.NewWriter()
	p.Finish("", p.Stream("", bytes.Repeat([]byte("<w:p/>"), bomb/6+1), true))
	out["flate bomb"] = p.Bytes()

	// A one-page content stream drawn a thousand times through a form.
	p = pdftest.NewWriter()
	form = p.Stream("/Type/XObject/Subtype/Form", bytes.Repeat([]byte("BT (ab) Tj ET\n"), 1<<14), true)
	p.Finish(fmt.Sprintf("/Resources<</XObject<</X %d 0 R>>>>", form), p.Stream("", bytes.Repeat([]byte("/X Do\n"), 1000), false))
	out["form amplification"] = p.Bytes()

	many := make([][]string, 11)
	for i := range many {
		many[i] = []string{"page"}
	}
	out["more pages than the limit"] = pdftest.Text(many, true)

	// Half a million numbers in one array: a megabyte of file, 8 MiB once parsed.
	out["millions of values"] = []byte("%PDF-1.4\n1 0 obj\n<</Type/Catalog/Junk[" + strings.Repeat("0 ", 500_000) + "]>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n")

	// An xref stream claiming a billion entries in a tiny stream.
	out["xref stream claims huge Index"] = []byte("%PDF-1.5\n1 0 obj\n<</Type/XRef/W[1 4 4]/Index[0 1000000000]/Size 1000000000/Length 9>>\nstream\n\x01\x00\x00\x00\x09\x00\x00\x00\x00\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
	return out
}

// TestReadHostilePDF checks every hostile PDF ends in an unreadable.Error
// (or, where the damage is survivable, in text) without a panic and fast.
func TestReadHostilePDF(t *testing.T) {
	wantReason := map[string]string{
		"not a PDF":                 "not a valid PDF file",
		"header only":               "not a valid PDF file: it is cut short",
		"flate bomb":                "its content expands beyond the limit of 4 MiB",
		"form amplification":        "its content expands beyond the limit of 4 MiB",
		"millions of values":        "its content expands beyond the limit of 4 MiB",
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
			doc, err := read(t, data, small)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s", d)
			}
			if want, ok := survivable[name]; ok {
				if err != nil || doc.Text != want {
					t.Errorf("Text, err = %q, %v; want %q", doc.Text, err, want)
				}
				return
			}
			var ue *unreadable.Error
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want *unreadable.Error", err)
			}
			t.Logf("reason: %s", ue.Reason)
			if want, ok := wantReason[name]; ok && ue.Reason != want {
				t.Errorf("Reason = %q, want %q", ue.Reason, want)
			}
		})
	}
}

// allocated returns the bytes fn allocates, an upper bound on how far it
// raises the peak heap; package pdf's tests do not run in parallel, so
// nothing else allocates meanwhile.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestReadFlateBombHoldsTheBudget checks that inflating a bomb allocates
// about the budget and not the doubling of a growing buffer beyond it.
func TestReadFlateBombHoldsTheBudget(t *testing.T) {
	data := hostilePDFs(t, 16<<20)["flate bomb"]
	var err error
	alloc := allocated(func() { _, err = read(t, data, small) })
	t.Logf("a 16 MiB bomb under a %d MiB budget: allocated %.1f MiB, err %v", small.bytes>>20, float64(alloc)/(1<<20), err)
	var ue *unreadable.Error
	if !errors.As(err, &ue) || ue.Reason != "its content expands beyond the limit of 4 MiB" {
		t.Fatalf("err = %v, want the budget's reason", err)
	}
	if alloc > uint64(small.bytes)*3/2 {
		t.Errorf("allocated %d bytes under a budget of %d, want at most half as much again", alloc, small.bytes)
	}
}

// TestReadHugeString is the 150 MB string scaled down: the string
// must neither be copied nor drawn glyph by glyph, so reading fails fast
// and allocates a small part of what the file holds.
func TestReadHugeString(t *testing.T) {
	const size = 16 << 20
	content := "BT /F1 12 Tf 72 700 Td (" + strings.Repeat("A", size) + ") Tj ET"
	p := pdftest.NewWriter()
	p.Finish("", p.Stream("", []byte(content), false))
	data := p.Bytes()
	lim := limits{pages: 10, bytes: size * 4 / 3, timeout: 10 * time.Second}
	var err error
	start := time.Now()
	alloc := allocated(func() { _, err = read(t, data, lim) })
	took := time.Since(start)
	t.Logf("%d MiB string: %s, allocated %.1f MiB, err %v", size>>20, took.Round(time.Millisecond), float64(alloc)/(1<<20), err)
	var ue *unreadable.Error
	if !errors.As(err, &ue) {
		t.Fatalf("err = %v, want *unreadable.Error", err)
	}
	if alloc > size/4 {
		t.Errorf("allocated %d bytes reading a %d-byte string, want at most a quarter of it", alloc, size)
	}
	if took > 2*time.Second {
		t.Errorf("took %s", took)
	}
}

// TestReadDeadlineInGlyphs checks the per-glyph loop honours the deadline:
// one TJ of millions of glyphs must stop soon after the time is up.
func TestReadDeadlineInGlyphs(t *testing.T) {
	chunk := "(" + strings.Repeat("a ", 256<<10) + ")"
	content := "BT /F1 12 Tf 72 700 Td [" + strings.Repeat(chunk, 24) + "] TJ ET"
	p := pdftest.NewWriter()
	p.Finish("", p.Stream("", []byte(content), true))
	lim := limits{pages: 10, bytes: 200 << 20, timeout: 100 * time.Millisecond}
	start := time.Now()
	_, err := read(t, p.Bytes(), lim)
	took := time.Since(start)
	var ue *unreadable.Error
	if !errors.As(err, &ue) || ue.Reason != "took longer than 100ms" {
		t.Fatalf("err = %v, want the deadline's unreadable.Error", err)
	}
	if took > time.Second {
		t.Errorf("took %s with a timeout of %s", took, lim.timeout)
	}
}

// BenchmarkReadHugeString reads the file at full size, a 150 MB
// string in one content stream, under the default limits; -benchmem and
// the process's peak RSS give its cost.
func BenchmarkReadHugeString(b *testing.B) {
	p := pdftest.NewWriter()
	p.Finish("", p.Stream("", []byte("BT /F1 12 Tf 72 700 Td ("+strings.Repeat("A", 150_000_000)+") Tj ET"), false))
	data := p.Bytes()
	for b.Loop() {
		if _, err := read(b, data, defaults); err == nil {
			b.Fatal("read a 150 MB string")
		}
	}
}

// TestReadDeepNesting checks that an array or dictionary nested past the
// limit costs only itself: the operator or entry holding it is lost, the
// page's text is not.
func TestReadDeepNesting(t *testing.T) {
	h := pdftest.HexUTF16
	deep := strings.Repeat("[<</A ", 500) + "(x) <41>" + strings.Repeat(">>]", 500)
	inContent := pdftest.Content("BT /F1 10 Tf 72 700 Td " + h("before") + " Tj " + deep + " pop 0 -20 Td " + h("after") + " Tj ET")

	p := pdftest.NewWriter()
	font := p.Add("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
	p.Finish(fmt.Sprintf("/Junk %s/Resources<</Font<</F1 %d 0 R>>>>", deep, font), p.Stream("", []byte("BT /F1 10 Tf 72 700 Td (page text) Tj ET"), false))
	inPage := p.Bytes()

	for name, tt := range map[string]struct {
		data []byte
		want string
	}{
		"in a content stream":  {inContent, "before\nafter\n"},
		"in a page dictionary": {inPage, "page text\n"},
	} {
		doc, err := read(t, tt.data, small)
		if err != nil || doc.Text != tt.want {
			t.Errorf("%s: Text, err = %q, %v; want %q", name, doc.Text, err, tt.want)
		}
	}
}
