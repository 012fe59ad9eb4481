package main

import (
	"fmt"
	"strings"
	"time"
)

// producerXLSX is a workbook a learning or HR system writes itself, as
// most of them export to Excel, without a spreadsheet program.
const producerXLSX = "XLSX export (SpreadsheetML written by the learning or HR system)"

// workbook is an XLSX file as a system exports it: sheets of text,
// number and date cells, dates stored as serial numbers shown in the
// language's order, the header row bold, and ranges merged over columns.
type workbook struct {
	style  string // how the dates are shown
	sheets []bookSheet
}

// bookSheet is one sheet of a workbook: its rows, which of them are bold
// and the ranges merged ("A4:D4").
type bookSheet struct {
	name   string
	rows   [][]cell
	bold   map[int]bool
	merges []string
}

// dateFormats are the number formats of the date styles.
var dateFormats = map[string]string{styleDMY: "dd/mm/yyyy", styleMDY: "mm/dd/yyyy", styleDotted: "dd.mm.yyyy", styleDashed: "dd-mm-yyyy", styleISO: "yyyy-mm-dd"}

// colName is the spreadsheet name of the i-th column (0: A, 26: AA).
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// serial is a date as a spreadsheet stores it: days since 30 December 1899.
func serial(t time.Time) int {
	return int(t.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

// write saves the workbook as an XLSX file at dst.
func (wb workbook) write(dst string) {
	var shared []string
	index := map[string]int{}
	str := func(s string) int {
		if i, ok := index[s]; ok {
			return i
		}
		index[s] = len(shared)
		shared = append(shared, s)
		return len(shared) - 1
	}
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	var sheetXML []string
	for _, sh := range wb.sheets {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<worksheet %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><cols><col min="1" max="%d" width="22" customWidth="1"/></cols><sheetData>`, ns, width(sh.rows))
		for ri, row := range sh.rows {
			fmt.Fprintf(&b, `<row r="%d">`, ri+1)
			for ci, c := range row {
				ref := fmt.Sprintf("%s%d", colName(ci), ri+1)
				style := ""
				if sh.bold[ri] {
					style = ` s="2"`
				}
				switch {
				case !c.date.IsZero():
					fmt.Fprintf(&b, `<c r="%s" s="1"><v>%d</v></c>`, ref, serial(c.date))
				case c.text == "":
					if style != "" {
						fmt.Fprintf(&b, `<c r="%s"%s/>`, ref, style)
					}
				case strings.Trim(c.text, "0123456789") == "":
					// Whole numbers are numbers; a version such as 3.0 stays text.
					fmt.Fprintf(&b, `<c r="%s"%s><v>%s</v></c>`, ref, style, c.text)
				default:
					fmt.Fprintf(&b, `<c r="%s"%s t="s"><v>%d</v></c>`, ref, style, str(c.text))
				}
			}
			b.WriteString("</row>")
		}
		b.WriteString("</sheetData>")
		if len(sh.merges) > 0 {
			fmt.Fprintf(&b, `<mergeCells count="%d">`, len(sh.merges))
			for _, m := range sh.merges {
				fmt.Fprintf(&b, `<mergeCell ref="%s"/>`, m)
			}
			b.WriteString("</mergeCells>")
		}
		b.WriteString("</worksheet>")
		sheetXML = append(sheetXML, b.String())
	}
	var sst strings.Builder
	fmt.Fprintf(&sst, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<sst %s count="%d" uniqueCount="%d">`, ns, len(shared), len(shared))
	for _, s := range shared {
		fmt.Fprintf(&sst, `<si><t xml:space="preserve">%s</t></si>`, esc(s))
	}
	sst.WriteString("</sst>")
	var types, sheets, rels strings.Builder
	for i, sh := range wb.sheets {
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, esc(sh.name), i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
	}
	n := len(wb.sheets)
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, n+1, n+2)
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` + types.String() + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ` + ns + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` + sheets.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ` + ns + `><numFmts count="1"><numFmt numFmtId="164" formatCode="` + dateFormats[wb.style] + `"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`},
		{"xl/sharedStrings.xml", sst.String()},
	}
	for i, s := range sheetXML {
		parts = append(parts, [2]string{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s})
	}
	writeZip(dst, parts)
}

// exportBook is a report as a system's one-sheet XLSX export: its title
// and preamble above the header, or, with groups, a title, the first
// preamble line and a row of group headings merged over their columns
// above the header.
func exportBook(rp report, groups []headerGroup) *workbook {
	var rows [][]cell
	rows = append(rows, []cell{txt(rp.title)})
	pre := rp.preamble
	if len(groups) > 0 {
		pre = pre[:1]
	}
	for _, p := range pre {
		rows = append(rows, []cell{txt(p)})
	}
	rows = append(rows, nil)
	sh := bookSheet{name: rp.title, bold: map[int]bool{0: true}}
	if len(groups) > 0 {
		var top []cell
		col := 0
		for _, g := range groups {
			top = append(top, txt(g.title))
			for range g.span - 1 {
				top = append(top, txt(""))
			}
			if g.span > 1 {
				sh.merges = append(sh.merges, fmt.Sprintf("%s%d:%s%d", colName(col), len(rows)+1, colName(col+g.span-1), len(rows)+1))
			}
			col += g.span
		}
		sh.bold[len(rows)] = true
		rows = append(rows, top)
	}
	h := make([]cell, len(rp.header))
	for i, s := range rp.header {
		h[i] = txt(s)
	}
	sh.bold[len(rows)] = true
	sh.rows = append(append(rows, h), rp.rows...)
	if len([]rune(sh.name)) > 31 {
		sh.name = string([]rune(sh.name)[:31]) // the longest name a sheet may have
	}
	return &workbook{style: rp.style, sheets: []bookSheet{sh}}
}
