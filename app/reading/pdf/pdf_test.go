package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"assay/app/reading/internal/unreadable"
	"assay/app/reading/pdf/pdftest"
)

// limits are the bounds package reading passes to Read.
type limits struct {
	pages   int
	bytes   int64
	timeout time.Duration
}

// defaults are reading.DefaultLimits, as far as a PDF is concerned.
var defaults = limits{pages: 500, bytes: 32 << 20, timeout: time.Minute}

// read runs Read as package reading does: under a deadline of lim.timeout
// and a budget of lim.bytes.
func read(t testing.TB, data []byte, lim limits) (Document, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), lim.timeout)
	defer cancel()
	return Read(unreadable.NewBudget(ctx, lim.bytes, lim.timeout), data, lim.pages)
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
	certLines := []string{
		"Certificate of Registration",
		"Northwind Payroll Services Ltd.",
		"ISO/IEC 27001:2022",
		"Scope: The provision of payroll processing and employee benefits",
		"administration services, including the hosting of the associated software",
		"Certificate number:\tIS 771234",
		"Date of issue:\t15 March 2024",
		"Valid until:\t14 March 2027",
		"café – “quoted” final check.",
	}
	fpdfLines := []string{
		"This certifies that Fjord Analytics GmbH, Königstraße 5, Stuttgart, operates an information security",
		"management system which complies with ISO/IEC 27001:2013.",
		"Scope: Hosting and operation of the customer analytics platform, excluding the payroll module.",
		"Certificate number:\tFA-2020-0042",
		"Expiry date:\t31.05.2026",
		"Page two: sites covered are Stuttgart and Munich.",
	}
	tests := []struct {
		file  string
		pages int
		lines []string
	}{
		{"certificate-chromium.pdf", 1, certLines},
		{"certificate-objstm.pdf", 1, certLines},
		{"certificate-fpdf.pdf", 2, fpdfLines},
		{"enc-rc4-40.pdf", 2, fpdfLines},
		{"enc-rc4-128.pdf", 2, fpdfLines},
		{"enc-aes-128.pdf", 2, fpdfLines},
		{"enc-aes-256.pdf", 2, fpdfLines},
		// Package reading checks the whole text of this one; here, that
		// its table row and date come through.
		{"minutes-libreoffice.pdf", 1, []string{"Date of meeting: 12 September 2024", "Update onboarding checklist Li Wei\t2024-11-15"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc, err := read(t, fixture(t, tt.file), defaults)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if doc.Pages != tt.pages {
				t.Errorf("Pages = %d; want %d", doc.Pages, tt.pages)
			}
			for _, want := range tt.lines {
				if !hasLine(doc.Text, want) {
					t.Errorf("no line %q in:\n%s", want, doc.Text)
				}
			}
		})
	}
}

// TestReadNoTextLayer checks that pictures of text are reported as such
// rather than read as an empty document.
func TestReadNoTextLayer(t *testing.T) {
	// A font without ToUnicode whose codes are glyph ids: the text is
	// there, but what it says is not.
	p := pdftest.NewWriter()
	cid := p.Add("<</Type/Font/Subtype/CIDFontType2/BaseFont/X/DW 500>>")
	font := p.Add("<</Type/Font/Subtype/Type0/BaseFont/X/Encoding/Identity-H/DescendantFonts[" + strconv.Itoa(cid) + " 0 R]>>")
	p.Finish("/Resources<</Font<</F1 "+strconv.Itoa(font)+" 0 R>>>>", p.Stream("", []byte("BT /F1 12 Tf 72 700 Td <00120034> Tj ET"), false))
	glyphIDs := p.Bytes()

	// A Type 3 font whose glyphs have names no list knows: only its
	// spaces say what they are, and a page of spaces is no text.
	p = pdftest.NewWriter()
	glyph := p.Stream("", []byte("0 0 500 500 re f"), false)
	font = p.Add(fmt.Sprintf("<</Type/Font/Subtype/Type3/FontBBox[0 0 1000 1000]/FontMatrix[0.001 0 0 0.001 0 0]"+
		"/CharProcs<</square %[1]d 0 R/triangle %[1]d 0 R/space %[1]d 0 R>>/Encoding<</Differences[32/space 97/square/triangle]>>"+
		"/FirstChar 32/LastChar 98/Widths[500 %[2]s 500 500]>>", glyph, strings.Repeat("0 ", 64)))
	p.Finish("/Resources<</Font<</F1 "+strconv.Itoa(font)+" 0 R>>>>", p.Stream("", []byte("BT /F1 12 Tf 72 700 Td (ab ba abba) Tj ET"), false))
	unnamedGlyphs := p.Bytes()

	tests := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"scanned PDF from Chromium", fixture(t, "scanned-chromium.pdf"), "no text layer: the PDF holds only scanned images"},
		{"fonts without character map", glyphIDs, "no text layer: the PDF's fonts do not say which characters they draw"},
		{"glyphs of unknown names between spaces", unnamedGlyphs, "no text layer: the PDF's fonts do not say which characters they draw"},
		{"empty page", pdftest.Text([][]string{{}}, false), "no text layer: the PDF's pages hold no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := read(t, tt.data, defaults)
			var ue *unreadable.Error
			if !errors.As(err, &ue) || !errors.Is(err, unreadable.ErrNoTextLayer) {
				t.Fatalf("err = %v, want unreadable.Error wrapping ErrNoTextLayer", err)
			}
			if ue.Reason != tt.reason {
				t.Errorf("Reason = %q, want %q", ue.Reason, tt.reason)
			}
		})
	}
}

// TestReadGeneratedPDF covers the writer styles the fixtures do not: an
// object stream with a PNG-predicted xref stream, and many pages.
func TestReadGeneratedPDF(t *testing.T) {
	pages := [][]string{
		{"Certificate number: AB-123", "Valid until: 2027-03-14"},
		{"Second page line"},
	}
	for _, objStm := range []bool{false, true} {
		doc, err := read(t, pdftest.Text(pages, objStm), defaults)
		if err != nil {
			t.Fatalf("objStm=%v: %v", objStm, err)
		}
		want := "Certificate number: AB-123\nValid until: 2027-03-14\nSecond page line\n"
		if doc.Text != want || doc.Pages != 2 {
			t.Errorf("objStm=%v: Text = %q, Pages = %d; want %q, 2", objStm, doc.Text, doc.Pages, want)
		}
	}
	// Text inside a form XObject (office suites put headers and stamps in
	// forms) is placed by the form's matrix and read with the page.
	p := pdftest.NewWriter()
	font := p.Add("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
	form := p.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/Matrix[1 0 0 1 0 -100]/Resources<</Font<</F1 %d 0 R>>>>", font), []byte("BT /F1 10 Tf 72 700 Td (In a form) Tj ET"), true)
	c := p.Stream("", []byte("BT /F1 10 Tf 72 650 Td (Below the form? No, above it.) Tj ET /X Do"), false)
	p.Finish(fmt.Sprintf("/Resources<</Font<</F1 %d 0 R>>/XObject<</X %d 0 R>>>>", font, form), c)
	doc, err := read(t, p.Bytes(), defaults)
	if want := "Below the form? No, above it.\nIn a form\n"; err != nil || doc.Text != want {
		t.Errorf("form: Text, err = %q, %v; want %q", doc.Text, err, want)
	}

	// Files whose offsets are wrong are rebuilt by scanning, as viewers do:
	// bytes inserted after the header (every offset off by some bytes), and
	// junk before the header (offsets counted from it).
	good := pdftest.Text(pages, false)
	shifted := append([]byte("%PDF-1.4\n% inserted by a careless tool\n"), good[len("%PDF-1.4\n"):]...)
	prefixed := append([]byte("HTTP junk\r\n"), good...)
	for name, data := range map[string][]byte{"shifted offsets": shifted, "junk before header": prefixed} {
		doc, err := read(t, data, defaults)
		if err != nil || !strings.HasPrefix(doc.Text, "Certificate number: AB-123\n") {
			t.Errorf("%s: Text, err = %q, %v", name, doc.Text, err)
		}
	}
}

// TestReadPDFLayout checks how drawn text becomes lines: order on the
// page rather than in the stream, gaps as spaces or tabs, and text that
// runs in other directions.
func TestReadPDFLayout(t *testing.T) {
	h := pdftest.HexUTF16
	tests := []struct {
		name, content, want string
	}{
		{"bottom line drawn first", "BT /F1 10 Tf 72 600 Td " + h("second") + " Tj 0 20 Td " + h("first") + " Tj ET", "first\nsecond\n"},
		{"runs on one line joined left to right", "BT /F1 10 Tf 200 700 Td " + h("right") + " Tj -128 0 Td " + h("left") + " Tj ET", "left\tright\n"},
		{"word gap from TJ kerning", "BT /F1 10 Tf 72 700 Td [" + h("Valid") + " -400 " + h("until") + " -100 " + h("x") + "] TJ ET", "Valid untilx\n"},
		{"fake bold drawn twice", "BT /F1 10 Tf 72 700 Td " + h("Bold") + " Tj ET BT /F1 10 Tf 72.3 700 Td " + h("Bold") + " Tj ET", "Bold\n"},
		{"rotated 90 degrees (landscape)", "q 0 1 -1 0 612 0 cm BT /F1 12 Tf 72 500 Td " + h("Landscape line one") + " Tj 0 -16 Td " + h("line two") + " Tj ET Q", "Landscape line one\nline two\n"},
		{"upside down", "q -1 0 0 -1 612 792 cm BT /F1 12 Tf 72 500 Td " + h("first") + " Tj 0 -16 Td " + h("second") + " Tj ET Q", "first\nsecond\n"},
		{"two columns of prose read one after the other", "BT /F1 10 Tf 72 700 Td " + h("Scope of the audit covers all sites") + " Tj 0 -12 Td " + h("and the payroll platform used by the") + " Tj 0 -12 Td " + h("supplier in every country it serves.") + " Tj ET " +
			"BT /F1 10 Tf 320 700 Td " + h("Findings were closed before the date") + " Tj 0 -12 Td " + h("of issue and the certificate stays") + " Tj 0 -12 Td " + h("valid until the next full audit.") + " Tj ET " +
			"BT /F1 10 Tf 72 640 Td " + h("Signed for the certification body") + " Tj ET",
			"Scope of the audit covers all sites\nand the payroll platform used by the\nsupplier in every country it serves.\nFindings were closed before the date\nof issue and the certificate stays\nvalid until the next full audit.\nSigned for the certification body\n"},
		{"a table keeps its rows", "BT /F1 10 Tf 72 700 Td " + h("Action") + " Tj 0 -12 Td " + h("Review access") + " Tj 0 -12 Td " + h("Patch servers") + " Tj ET BT /F1 10 Tf 320 700 Td " + h("Owner") + " Tj 0 -12 Td " + h("Li Wei") + " Tj 0 -12 Td " + h("Ann Ford") + " Tj ET",
			"Action\tOwner\nReview access\tLi Wei\nPatch servers\tAnn Ford\n"},
		{"inline image data is skipped", "BI /W 4 /H 1 /CS /G /BPC 8 ID \x00Tj)(EI\xff EI BT /F1 10 Tf 72 700 Td " + h("after image") + " Tj ET", "after image\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := read(t, pdftest.Content(tt.content), defaults)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if doc.Text != tt.want {
				t.Errorf("Text = %q, want %q", doc.Text, tt.want)
			}
		})
	}
}

// TestStreamFilters checks the decoders older writers still use, on the
// examples of the PDF specification.
func TestStreamFilters(t *testing.T) {
	f := &pdfFile{b: unreadable.NewBudget(t.Context(), defaults.bytes, defaults.timeout)}
	tests := []struct {
		name string
		fn   func([]byte) ([]byte, error)
		in   []byte
		want string
	}{
		{"LZW (ISO 32000-1, 7.4.4.2)", func(b []byte) ([]byte, error) { return f.lzw(b, true) }, []byte{0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01}, "-----A---B"},
		{"ASCIIHex", asciiHex, []byte("48 65 6c6C 6>"), "Hell`"},
		{"ASCII85", ascii85, []byte("87cURD]i,\"Ebo80~>"), "Hello World!"},
		{"RunLength", f.runLength, []byte{2, 'a', 'b', 'c', 254, 'x', 128}, "abcxxx"},
	}
	for _, tt := range tests {
		got, err := tt.fn(tt.in)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// TestReadWordParts checks that typesetting does not split words:
// ligatures become their letters, and a word drawn in parts reads whole
// when the gap between them is clearly inside it.
func TestReadWordParts(t *testing.T) {
	h := pdftest.HexUTF16
	simple := func(font, content string) []byte {
		p := pdftest.NewWriter()
		f := p.Add(font)
		p.Finish(fmt.Sprintf("/Resources<</Font<</F1 %d 0 R>>>>", f), p.Stream("", []byte(content), false))
		return p.Bytes()
	}
	// Helvetica's widths for codes 32 to 126 (only those that matter here
	// are right); the ligature at code 1 has none.
	widths := strings.TrimSpace(strings.Repeat("556 ", 95))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"ligature characters", pdftest.Content("BT /F1 10 Tf 72 700 Td " + h("ﬁve ﬂat oﬀ eﬃcient baﬄe ﬅop ﬆar") + " Tj ET"),
			"five flat off efficient baffle stop star\n"},
		// A standard font without /Widths, the word's second part placed
		// 0.02 em after the first, and a run drawn between them.
		{"tiny kerning gap", simple("<</Type/Font/Subtype/Type1/BaseFont/Helvetica-Bold>>",
			"BT /F1 10 Tf 72 700 Td (Th) Tj ET BT /F1 10 Tf 300 700 Td (x) Tj ET BT /F1 10 Tf 84.42 700 Td (e) Tj ET"),
			"The\tx\n"},
		// A "Th" ligature glyph outside /Widths advances by nothing; the
		// writer placed the rest of the word where the glyph really ends.
		{"ligature glyph without a width", simple("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/FirstChar 32/LastChar 126/Widths["+widths+"]/Encoding<</Differences[1/T_h]>>>>",
			"BT /F1 10 Tf 72 700 Td (\x01) Tj 11.67 0 Td (e end) Tj ET"),
			"The end\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := read(t, tt.data, defaults)
			if err != nil || doc.Text != tt.want {
				t.Errorf("Text, err = %q, %v; want %q", doc.Text, err, tt.want)
			}
		})
	}
}

// TestReadFormsAndAnnotations checks that text living outside the page's
// content is read where it shows: filled-in form fields (their values,
// inherited from parent fields, or their appearance when they have no
// value) and free-text annotations; check boxes and hidden fields are not.
func TestReadFormsAndAnnotations(t *testing.T) {
	p := pdftest.NewWriter()
	font := p.Add("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
	zadb := p.Add("<</Type/Font/Subtype/Type1/BaseFont/ZapfDingbats>>")
	parent := p.Add("")
	kid := p.Add(fmt.Sprintf("<</Type/Annot/Subtype/Widget/Parent %d 0 R/Rect[72 640 300 660]>>", parent))
	p.Set(parent, fmt.Sprintf("<</FT/Tx/T(city)/V<FEFF005A006F00EB>/Kids[%d 0 R]>>", kid))
	check := p.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 12 12]/Resources<</Font<</ZaDb %d 0 R>>>>", zadb), []byte("BT /ZaDb 10 Tf 2 2 Td (4) Tj ET"), false)
	signed := p.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 200 20]/Resources<</Font<</F1 %d 0 R>>>>", font), []byte("BT /F1 10 Tf 2 5 Td (Signed: J. Doe) Tj ET"), false)
	annots := []string{
		"<</Type/Annot/Subtype/Widget/FT/Tx/T(name)/Rect[112 695 300 715]/DA(/Helv 12 Tf 0 g)/V(Jane Doe)>>",
		fmt.Sprintf("%d 0 R", kid),
		"<</Type/Annot/Subtype/Widget/FT/Tx/T(notes)/Rect[72 560 300 620]/DA(/Helv 10 Tf 0 g)/V(line one\\rline two)>>",
		"<</Type/Annot/Subtype/FreeText/Rect[72 500 300 520]/DA(/Helv 10 Tf)/Contents(Reviewed by QA)>>",
		fmt.Sprintf("<</Type/Annot/Subtype/Widget/FT/Btn/T(agree)/Rect[72 450 84 462]/V/Yes/AS/Yes/AP<</N<</Yes %d 0 R>>>>>>", check),
		"<</Type/Annot/Subtype/Widget/FT/Tx/T(hidden)/F 2/Rect[72 430 300 445]/V(secret)>>",
		fmt.Sprintf("<</Type/Annot/Subtype/Widget/FT/Tx/T(sig)/Rect[72 400 272 420]/AP<</N %d 0 R>>>>", signed),
	}
	p.Finish(fmt.Sprintf("/Annots[%s]/Resources<</Font<</F1 %d 0 R>>>>", strings.Join(annots, " "), font),
		p.Stream("", []byte("BT /F1 12 Tf 72 700 Td (Name:) Tj ET"), false))
	form := p.Bytes()

	// A form whose page draws nothing at all: the fields are its text.
	p = pdftest.NewWriter()
	p.Finish("/Annots[<</Type/Annot/Subtype/Widget/FT/Tx/Rect[72 700 300 720]/V(I acknowledge the policy)>>]", p.Stream("", nil, false))
	fieldsOnly := p.Bytes()

	for name, tt := range map[string]struct {
		data []byte
		want string
	}{
		"filled-in form":   {form, "Name: Jane Doe\nZoë\nline one\nline two\nReviewed by QA\nSigned: J. Doe\n"},
		"only form fields": {fieldsOnly, "I acknowledge the policy\n"},
	} {
		doc, err := read(t, tt.data, defaults)
		if err != nil || doc.Text != tt.want {
			t.Errorf("%s: Text, err = %q, %v; want %q", name, doc.Text, err, tt.want)
		}
	}
}

// trueTypeCmap builds a TrueType font program holding only a Unicode
// cmap (format 4, one segment per character) that maps chars to glyphs.
func trueTypeCmap(chars map[rune]uint16) []byte {
	var runes []rune
	for r := range chars {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	be := func(b []byte, vs ...uint16) []byte {
		for _, v := range vs {
			b = append(b, byte(v>>8), byte(v))
		}
		return b
	}
	seg := len(runes) + 1
	var sub []byte
	sub = be(sub, 4, uint16(16+8*seg), 0, uint16(2*seg), 0, 0, 0)
	for _, r := range runes {
		sub = be(sub, uint16(r))
	}
	sub = be(sub, 0xFFFF, 0)
	for _, r := range runes {
		sub = be(sub, uint16(r))
	}
	sub = be(sub, 0xFFFF)
	for _, r := range runes {
		sub = be(sub, chars[r]-uint16(r))
	}
	sub = be(sub, 1)
	for range seg {
		sub = be(sub, 0)
	}
	cmap := be(nil, 0, 1, 3, 1, 0, 12)
	cmap = append(cmap, sub...)
	font := be(nil, 1, 0, 1, 16, 0, 0)
	font = append(font, "cmap"...)
	font = be(font, 0, 0, 0, 28, 0, uint16(len(cmap)))
	return append(font, cmap...)
}

// TestReadFontsWithoutToUnicode checks the ways to the characters of a
// font that has no ToUnicode map: its encoding (a standard one, with
// /Differences and glyph names), a Unicode CMap, or the cmap of the
// TrueType font embedded with it.
func TestReadFontsWithoutToUnicode(t *testing.T) {
	page := func(font func(p *pdftest.Writer) int, content string) []byte {
		p := pdftest.NewWriter()
		f := font(p)
		p.Finish(fmt.Sprintf("/Resources<</Font<</F1 %d 0 R>>>>", f), p.Stream("", []byte(content), false))
		return p.Bytes()
	}
	dict := func(d string) func(p *pdftest.Writer) int {
		return func(p *pdftest.Writer) int { return p.Add(d) }
	}
	// embedded is a composite font with a TrueType program whose cmap
	// says what its glyphs are; toUnicode, when not nil, is the content of
	// a /ToUnicode stream written as is, without a /Filter.
	embedded := func(toUnicode []byte) func(p *pdftest.Writer) int {
		return func(p *pdftest.Writer) int {
			prog := trueTypeCmap(map[rune]uint16{'S': 3, 'O': 7, 'C': 9, ' ': 1, '2': 4, 'é': 12})
			file := p.Stream(fmt.Sprintf("/Length1 %d", len(prog)), prog, true)
			desc := p.Add(fmt.Sprintf("<</Type/FontDescriptor/FontName/ABCDEF+Body/Flags 32/FontFile2 %d 0 R>>", file))
			cid := p.Add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont/ABCDEF+Body/CIDToGIDMap/Identity/FontDescriptor %d 0 R/DW 500>>", desc))
			extra := ""
			if toUnicode != nil {
				extra = fmt.Sprintf("/ToUnicode %d 0 R", p.Stream("", toUnicode, false))
			}
			return p.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/ABCDEF+Body/Encoding/Identity-H/DescendantFonts[%d 0 R]%s>>", cid, extra))
		}
	}
	// A ToUnicode CMap compressed without saying so, as some writers
	// leave it: it maps nothing, so the embedded cmap is read instead.
	var unnamedFilter bytes.Buffer
	zw := zlib.NewWriter(&unnamedFilter)
	fmt.Fprint(zw, "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"+
		"1 beginbfrange <0000> <00FF> <0058> endbfrange\nendcmap end end\n")
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"StandardEncoding", page(dict("<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding/StandardEncoding>>"),
			"BT /F1 12 Tf 72 700 Td (\x60quoted\x27 \xAEne \xD0 \xE1ther \xA4) Tj ET"), "‘quoted’ fine — Æther ⁄\n"},
		{"MacRoman with Differences", page(dict("<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding<</BaseEncoding/MacRomanEncoding/Differences[1/afii10017/afii10071/Omega/alpha/arrowright/uni20AC/u1F600]>>>>"),
			"BT /F1 12 Tf 72 700 Td (caf\x8E \x01\x02 \x03\x04 \x05 \x06 \x07) Tj ET"), "café Аё Ωα → € 😀\n"},
		{"Symbol built-in encoding", page(dict("<</Type/Font/Subtype/Type1/BaseFont/Symbol>>"),
			"BT /F1 12 Tf 72 700 Td (a\xA3b \x53\x2D\xA5) Tj ET"), "α≤β Σ−∞\n"},
		{"ZapfDingbats built-in encoding", page(dict("<</Type/Font/Subtype/Type1/BaseFont/ZapfDingbats>>"),
			"BT /F1 12 Tf 72 700 Td (\x34 \x6C \xAC) Tj ET"), "✔ ● ①\n"},
		{"Symbol subset, Differences over the built-in encoding", page(dict("<</Type/Font/Subtype/TrueType/BaseFont/ABCDEF+SymbolMT,Bold/Encoding<</Differences[65/bullet]>>>>"),
			"BT /F1 12 Tf 72 700 Td (Ap) Tj ET"), "•π\n"},
		{"Symbol with an encoding named", page(dict("<</Type/Font/Subtype/Type1/BaseFont/Symbol/Encoding/WinAnsiEncoding>>"),
			"BT /F1 12 Tf 72 700 Td (ab) Tj ET"), "ab\n"},
		{"Unicode CMap", page(dict("<</Type/Font/Subtype/Type0/BaseFont/MS-Mincho/Encoding/UniJIS-UCS2-H/DescendantFonts[<</Type/Font/Subtype/CIDFontType0/BaseFont/MS-Mincho/DW 1000>>]>>"),
			"BT /F1 12 Tf 72 700 Td <65E5672C8A9E> Tj ET"), "日本語\n"},
		{"embedded TrueType cmap", page(embedded(nil), "BT /F1 12 Tf 72 700 Td <00030007000900010009000C00010003000700090001000400070004> Tj ET"), "SOC Cé SOC 2O2\n"},
		{"embedded TrueType cmap, ToUnicode unreadable", page(embedded(unnamedFilter.Bytes()), "BT /F1 12 Tf 72 700 Td <00030007000900010009000C> Tj ET"), "SOC Cé\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := read(t, tt.data, defaults)
			if err != nil || doc.Text != tt.want {
				t.Errorf("Text, err = %q, %v; want %q", doc.Text, err, tt.want)
			}
		})
	}
}
