package reading

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"strings"
	"testing"
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
