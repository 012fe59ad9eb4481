package reading

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"fmt"
	"html"
	"io"
	"strings"
	"testing"
	"unicode/utf16"
)

// zipEntry is one file of a generated zip.
type zipEntry struct {
	name string
	body string
}

// buildZip writes entries, deflated, in order.
func buildZip(t testing.TB, entries ...zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, e.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	nsW  = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsSS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// buildDOCX wraps body (the children of w:body) in a minimal DOCX package.
func buildDOCX(t testing.TB, body string) []byte {
	t.Helper()
	return buildZip(t,
		zipEntry{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		zipEntry{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		zipEntry{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + nsW + `><w:body>` + body + `</w:body></w:document>`},
	)
}

// para is a w:p with one run per text.
func para(texts ...string) string {
	var sb strings.Builder
	sb.WriteString("<w:p>")
	for _, s := range texts {
		fmt.Fprintf(&sb, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, s)
	}
	sb.WriteString("</w:p>")
	return sb.String()
}

// table is a w:tbl of one paragraph per cell.
func table(rows ...[]string) string {
	var sb strings.Builder
	sb.WriteString("<w:tbl><w:tblPr/>")
	for _, r := range rows {
		sb.WriteString("<w:tr>")
		for _, c := range r {
			sb.WriteString("<w:tc><w:tcPr/>" + para(c) + "</w:tc>")
		}
		sb.WriteString("</w:tr>")
	}
	sb.WriteString("</w:tbl>")
	return sb.String()
}

// xlsxSheet is one sheet of a generated workbook: its name and the XML of
// its sheetData children.
type xlsxSheet struct {
	name string
	data string
}

// buildXLSX writes a workbook with the given shared strings, custom number
// formats (id → code) and cellXfs number format ids, and sheets.
func buildXLSX(t testing.TB, shared []string, xfs []int, numFmts map[int]string, sheets ...xlsxSheet) []byte {
	t.Helper()
	var wb, rels, ss, st strings.Builder
	wb.WriteString(`<?xml version="1.0"?><workbook ` + nsSS + `><workbookPr/><sheets>`)
	rels.WriteString(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	entries := []zipEntry{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
	}
	for i, sh := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, sh.name, i+1, i+10)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+10, i+1)
		entries = append(entries, zipEntry{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1),
			`<?xml version="1.0"?><worksheet ` + nsSS + `><sheetData>` + sh.data + `</sheetData></worksheet>`})
	}
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`)
	rels.WriteString(`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`)
	rels.WriteString(`</Relationships>`)
	fmt.Fprintf(&ss, `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d">`, len(shared))
	for _, s := range shared {
		fmt.Fprintf(&ss, `<si><t>%s</t></si>`, s)
	}
	ss.WriteString(`</sst>`)
	st.WriteString(`<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>`)
	for id, code := range numFmts {
		fmt.Fprintf(&st, `<numFmt numFmtId="%d" formatCode="%s"/>`, id, html.EscapeString(code))
	}
	st.WriteString(`</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>`)
	for _, id := range xfs {
		fmt.Fprintf(&st, `<xf numFmtId="%d"/>`, id)
	}
	st.WriteString(`</cellXfs></styleSheet>`)
	entries = append(entries,
		zipEntry{"xl/workbook.xml", wb.String()},
		zipEntry{"xl/_rels/workbook.xml.rels", rels.String()},
		zipEntry{"xl/sharedStrings.xml", ss.String()},
		zipEntry{"xl/styles.xml", st.String()},
	)
	return buildZip(t, entries...)
}

// pdfWriter writes small PDFs for tests, the way browsers do: Type0 fonts
// with Identity-H codes and a ToUnicode CMap, Flate-compressed content,
// and optionally an object stream with an xref stream.
type pdfWriter struct {
	objs []string // bodies; object n is objs[n-1]
	// streams are never put in object streams; this marks them.
	isStream []bool
}

func (p *pdfWriter) add(body string) int {
	p.objs = append(p.objs, body)
	p.isStream = append(p.isStream, false)
	return len(p.objs)
}

// reserve adds a placeholder to be set later (for parents).
func (p *pdfWriter) set(n int, body string) { p.objs[n-1] = body }

func (p *pdfWriter) stream(dict string, data []byte, compress bool) int {
	if compress {
		var buf bytes.Buffer
		zw := zlib.NewWriter(&buf)
		zw.Write(data)
		zw.Close()
		data = buf.Bytes()
		dict += "/Filter/FlateDecode"
	}
	n := p.add(fmt.Sprintf("<<%s/Length %d>>\nstream\n%s\nendstream", dict, len(data), data))
	p.isStream[n-1] = true
	return n
}

// hexUTF16 encodes s as the 2-byte codes of the test font (code = UTF-16
// unit, mapped back by an identity ToUnicode).
func hexUTF16(s string) string {
	var sb strings.Builder
	sb.WriteByte('<')
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	sb.WriteByte('>')
	return sb.String()
}

// identityToUnicode maps every 2-byte code to the same UTF-16 unit.
const identityToUnicode = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Test-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
1 beginbfrange <0000> <FFFF> <0000> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`

// textPDF builds a PDF whose pages show the given lines, one Tj per word
// pair positioned with TJ kerning, 12 pt, from the top of a Letter page.
// objStm puts the non-stream objects into an object stream.
func textPDF(pages [][]string, objStm bool) []byte {
	p := &pdfWriter{}
	catalog := p.add("")
	pagesObj := p.add("")
	tu := p.stream("", []byte(identityToUnicode), true)
	cid := p.add("<</Type/Font/Subtype/CIDFontType2/BaseFont/AAAAAA+Test/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/DW 500>>")
	font := p.add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/AAAAAA+Test/Encoding/Identity-H/DescendantFonts[%d 0 R]/ToUnicode %d 0 R>>", cid, tu))
	var kids []string
	for _, lines := range pages {
		var content strings.Builder
		content.WriteString("q 1 0 0 -1 0 792 cm\n") // Chromium flips y like this
		for i, line := range lines {
			y := 72 + 16*i
			// Words are drawn as separate strings with a TJ gap, as
			// shaping engines emit them, instead of literal spaces.
			words := strings.Fields(line)
			var tj strings.Builder
			for k, w := range words {
				if k > 0 {
					tj.WriteString(" -300 ")
				}
				tj.WriteString(hexUTF16(w))
			}
			fmt.Fprintf(&content, "BT /F1 12 Tf 1 0 0 -1 72 %d Tm [%s] TJ ET\n", y, tj.String())
		}
		content.WriteString("Q\n")
		c := p.stream("", []byte(content.String()), true)
		kids = append(kids, fmt.Sprintf("%d 0 R", p.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 612 792]/Contents %d 0 R/Resources<</Font<</F1 %d 0 R>>>>>>", pagesObj, c, font))))
	}
	p.set(catalog, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pagesObj))
	p.set(pagesObj, fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Join(kids, " "), len(kids)))
	if objStm {
		return p.bytesObjStm(catalog)
	}
	return p.bytes(catalog, "")
}

// bytes writes the file with a classic xref table; extra goes into the
// trailer.
func (p *pdfWriter) bytes(root int, extra string) []byte {
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(p.objs))
	for i, body := range p.objs {
		offs[i] = buf.Len()
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(p.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&buf, "trailer\n<</Size %d/Root %d 0 R%s>>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, root, extra, xref)
	return buf.Bytes()
}

// bytesObjStm writes non-stream objects into one object stream and the
// cross-reference data as an xref stream (PDF 1.5), as qpdf and Word do.
func (p *pdfWriter) bytesObjStm(root int) []byte {
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	n := len(p.objs)
	stmNum, xrefNum := n+1, n+2
	type entry struct{ typ, a, b int }
	entries := make([]entry, n+3)
	var header, body strings.Builder
	idx := 0
	for i, o := range p.objs {
		if p.isStream[i] {
			entries[i+1] = entry{1, buf.Len(), 0}
			fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, o)
			continue
		}
		fmt.Fprintf(&header, "%d %d ", i+1, body.Len())
		body.WriteString(o + "\n")
		entries[i+1] = entry{2, stmNum, idx}
		idx++
	}
	data := header.String() + body.String()
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(data))
	zw.Close()
	entries[stmNum] = entry{1, buf.Len(), 0}
	fmt.Fprintf(&buf, "%d 0 obj\n<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream\nendobj\n", stmNum, idx, len(header.String()), z.Len(), z.Bytes())
	entries[xrefNum] = entry{1, buf.Len(), 0}
	// The xref stream rows are PNG-Up predicted, as Acrobat writes them.
	var rows bytes.Buffer
	prev := make([]byte, 5)
	for _, e := range entries {
		row := []byte{byte(e.typ), byte(e.a >> 16), byte(e.a >> 8), byte(e.a), byte(e.b)}
		rows.WriteByte(2)
		for k := range row {
			rows.WriteByte(row[k] - prev[k])
		}
		prev = row
	}
	z.Reset()
	zw = zlib.NewWriter(&z)
	zw.Write(rows.Bytes())
	zw.Close()
	fmt.Fprintf(&buf, "%d 0 obj\n<</Type/XRef/Size %d/W[1 3 1]/Root %d 0 R/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns 5>>/Length %d>>\nstream\n%s\nendstream\nendobj\n", xrefNum, len(entries), root, z.Len(), z.Bytes())
	fmt.Fprintf(&buf, "startxref\n%d\n%%%%EOF\n", entries[xrefNum].a)
	return buf.Bytes()
}

// contentPDF builds a PDF with one page per content stream, where /F1 is
// the test font of textPDF (codes are UTF-16 units; see hexUTF16).
func contentPDF(contents ...string) []byte {
	p := &pdfWriter{}
	catalog := p.add("")
	pagesObj := p.add("")
	tu := p.stream("", []byte(identityToUnicode), true)
	cid := p.add("<</Type/Font/Subtype/CIDFontType2/BaseFont/AAAAAA+Test/DW 500>>")
	font := p.add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/AAAAAA+Test/Encoding/Identity-H/DescendantFonts[%d 0 R]/ToUnicode %d 0 R>>", cid, tu))
	var kids []string
	for _, content := range contents {
		c := p.stream("", []byte(content), true)
		kids = append(kids, fmt.Sprintf("%d 0 R", p.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/Contents %d 0 R/Resources<</Font<</F1 %d 0 R>>>>>>", pagesObj, c, font))))
	}
	p.set(catalog, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pagesObj))
	p.set(pagesObj, fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Join(kids, " "), len(kids)))
	return p.bytes(catalog, "")
}
