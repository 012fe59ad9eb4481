package report

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// XLSXContentType is the media type of the XLSX files.
const XLSXContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// maxCellChars is Excel's limit on the length of one cell, counted in UTF-16 units; longer
// text makes Excel "repair" the workbook by dropping it.
const maxCellChars = 32767

// zipTime is the modification time of every part, so the same data gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// XLSXWriter streams a workbook: the package parts are written first, then the sheets one
// after another, each row going out as it is written. Strings are inline (no shared-strings
// table to hold in memory), the first row of each sheet is bold and frozen.
type XLSXWriter struct {
	zw     *zip.Writer
	fw     *flate.Writer // the open part's compressor, which Flush empties
	bw     *bufio.Writer
	sheets []string
	cur    int // index of the open sheet
	row    int // rows written to it
	buf    []byte
	err    error
}

// NewXLSX starts a workbook on w with the named sheets (at least one; names must be unique,
// at most 31 characters, free of []:*?/\, not start or end with an apostrophe and not be
// "History"). Rows go to the first sheet until NextSheet.
func NewXLSX(w io.Writer, sheets ...string) (*XLSXWriter, error) {
	if len(sheets) == 0 {
		return nil, errors.New("report: a workbook needs a sheet")
	}
	seen := map[string]bool{}
	for _, s := range sheets {
		// Excel also refuses a name that starts or ends with an apostrophe, and "History",
		// which it keeps for itself.
		if s == "" || utf8.RuneCountInString(s) > 31 || strings.ContainsAny(s, `[]:*?/\`) || seen[strings.ToLower(s)] ||
			strings.HasPrefix(s, "'") || strings.HasSuffix(s, "'") || strings.EqualFold(s, "History") {
			return nil, fmt.Errorf("report: %q is not a valid sheet name", s)
		}
		seen[strings.ToLower(s)] = true
	}
	x := &XLSXWriter{zw: zip.NewWriter(w), sheets: sheets}
	// The writer's own compressor, kept so that Flush can push a sheet's rows out mid-part.
	x.zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		fw, err := flate.NewWriter(out, flate.DefaultCompression)
		x.fw = fw
		return fw, err
	})
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypesXML(len(sheets))},
		{"_rels/.rels", rootRelsXML},
		{"xl/workbook.xml", workbookXML(sheets)},
		{"xl/_rels/workbook.xml.rels", workbookRelsXML(len(sheets))},
		{"xl/styles.xml", stylesXML},
	}
	for _, p := range parts {
		pw, err := x.create(p.name)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(pw, p.body); err != nil {
			return nil, err
		}
	}
	if err := x.openSheet(0); err != nil {
		return nil, err
	}
	return x, nil
}

func (x *XLSXWriter) create(name string) (io.Writer, error) {
	return x.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
}

func (x *XLSXWriter) openSheet(i int) error {
	pw, err := x.create(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
	if err != nil {
		return err
	}
	x.cur, x.row = i, 0
	x.bw = bufio.NewWriterSize(pw, 32<<10)
	_, err = x.bw.WriteString(xmlHeader + `<worksheet xmlns="` + nsMain + `"><sheetViews><sheetView workbookViewId="0">` +
		`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`)
	return err
}

// Flush sends the rows written so far on to the underlying writer: a spreadsheet program
// still needs the whole file, but a browser shows the download going from the first rows.
func (x *XLSXWriter) Flush() error {
	if x.err != nil {
		return x.err
	}
	if x.err = x.bw.Flush(); x.err != nil {
		return x.err
	}
	if x.err = x.fw.Flush(); x.err != nil {
		return x.err
	}
	x.err = x.zw.Flush()
	return x.err
}

func (x *XLSXWriter) closeSheet() error {
	if _, err := x.bw.WriteString(`</sheetData></worksheet>`); err != nil {
		return err
	}
	return x.bw.Flush()
}

// Row writes one row to the open sheet. Text is kept to Excel's cell length limit, characters
// XML cannot carry become U+FFFD, and text a spreadsheet could take for a formula gets the
// quotePrefix style: it is shown as typed and stays text when someone edits the cell. Numbers,
// dates and moments are typed cells with their number format.
func (x *XLSXWriter) Row(cells ...Cell) error {
	if x.err != nil {
		return x.err
	}
	x.row++
	header := x.row == 1
	// The row is built in one reused buffer: a vendor list has a hundred thousand of them.
	b := append(x.buf[:0], `<row r="`...)
	b = strconv.AppendInt(b, int64(x.row), 10)
	b = append(b, `">`...)
	for i, c := range cells {
		switch c.kind {
		case kindNumber:
			b = x.cellStart(b, i, pick(header, styleBold, stylePlain))
			b = strconv.AppendFloat(append(b, `><v>`...), c.num, 'f', -1, 64)
			b = append(b, `</v></c>`...)
			continue
		case kindDate, kindTime:
			if serial, ok := excelSerial(c.at); ok {
				b = x.cellStart(b, i, pick(c.kind == kindDate, styleDate, styleTime))
				b = strconv.AppendFloat(append(b, `><v>`...), serial, 'f', -1, 64)
				b = append(b, `</v></c>`...)
				continue
			}
			// Excel has no serial for a moment before 1 March 1900: show it as text.
			c = Text(c.String())
		}
		if c.text == "" {
			continue
		}
		style := pick(header, styleBold, stylePlain)
		if formulaLike(c.text) {
			style = pick(header, styleBoldQuoted, styleQuoted)
		}
		b = append(x.cellStart(b, i, style), ` t="inlineStr"><is><t xml:space="preserve">`...)
		b = appendEscaped(b, clip(c.text))
		b = append(b, `</t></is></c>`...)
	}
	b = append(b, `</row>`...)
	x.buf = b
	_, x.err = x.bw.Write(b)
	return x.err
}

// cellStart appends the opening of cell column i of the current row, up to its type.
func (x *XLSXWriter) cellStart(b []byte, i, style int) []byte {
	b = appendColumnName(append(b, `<c r="`...), i)
	b = strconv.AppendInt(b, int64(x.row), 10)
	b = append(b, '"')
	if style != stylePlain {
		b = strconv.AppendInt(append(b, ` s="`...), int64(style), 10)
		b = append(b, '"')
	}
	return b
}

// appendEscaped appends s as XML character data, as xml.EscapeText writes it: markup
// characters and tab, CR and LF as references, so that a leading tab or CR survives XML's
// whitespace handling and reads back as typed, and anything XML cannot carry (invalid UTF-8,
// control characters) as U+FFFD.
func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if xmlChar(r) && (r != utf8.RuneError || width > 1) {
				i += width
				continue
			}
			esc = "\uFFFD"
		}
		b = append(append(b, s[last:i]...), esc...)
		i += width
		last = i
	}
	return append(b, s[last:]...)
}

// xmlChar says whether XML 1.0 can carry r.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// The cell formats of stylesXML, by index.
const (
	stylePlain = iota
	styleBold
	styleDate
	styleTime
	styleQuoted
	styleBoldQuoted
)

func pick(cond bool, yes, no int) int {
	if cond {
		return yes
	}
	return no
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts from 1 March 1900 on (it
// believes 1900 was a leap year, so earlier serials are off by one).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelSerial is t as a spreadsheet serial: days since excelEpoch, the time of day as the
// fraction; false before 1 March 1900.
func excelSerial(t time.Time) (float64, bool) {
	secs := t.Unix() - excelEpoch.Unix()
	if secs < 61*86400 {
		return 0, false
	}
	return float64(secs) / 86400, true
}

// NextSheet finishes the open sheet and sends the following rows to the next one.
func (x *XLSXWriter) NextSheet() error {
	if x.err != nil {
		return x.err
	}
	if x.cur+1 >= len(x.sheets) {
		x.err = errors.New("report: no sheet left in the workbook")
		return x.err
	}
	if x.err = x.closeSheet(); x.err != nil {
		return x.err
	}
	x.err = x.openSheet(x.cur + 1)
	return x.err
}

// Close finishes the open sheet, writes any sheets never reached as empty ones, and ends
// the zip file.
func (x *XLSXWriter) Close() error {
	if x.err != nil {
		return x.err
	}
	for {
		if x.err = x.closeSheet(); x.err != nil {
			return x.err
		}
		if x.cur+1 >= len(x.sheets) {
			break
		}
		if x.err = x.openSheet(x.cur + 1); x.err != nil {
			return x.err
		}
	}
	if x.err = x.zw.Close(); x.err != nil {
		return x.err
	}
	// Anything written after this would be lost; say so instead.
	x.err = errors.New("report: workbook already closed")
	return nil
}

// clip keeps s within Excel's cell limit.
func clip(s string) string {
	if len(s) <= maxCellChars {
		// UTF-8 never takes fewer bytes than UTF-16 takes units.
		return s
	}
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > maxCellChars-1 {
			return s[:i] + "…"
		}
	}
	return s
}

// appendColumnName appends the spreadsheet name of the zero-based column i: A, B, …, Z, AA, …
func appendColumnName(b []byte, i int) []byte {
	var name [8]byte
	n := len(name)
	for i++; i > 0; i = (i - 1) / 26 {
		n--
		name[n] = byte('A' + (i-1)%26)
	}
	return append(b, name[n:]...)
}

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel  = "http://schemas.openxmlformats.org/package/2006/relationships"
)

const rootRelsXML = xmlHeader + `<Relationships xmlns="` + nsPkgRel + `">` +
	`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`

// stylesXML holds the cell formats, in the order of the style constants: plain, bold
// (headers), date, date and time, and plain and bold with quotePrefix (text that starts like a
// formula). The two number formats are custom ones (ids from 164), so every locale shows ISO
// 8601 dates.
const stylesXML = xmlHeader + `<styleSheet xmlns="` + nsMain + `">` +
	`<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/></numFmts>` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

func contentTypesXML(sheets int) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
	for i := 1; i <= sheets; i++ {
		fmt.Fprintf(&b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

func workbookXML(sheets []string) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets>`)
	for i, name := range sheets {
		b.WriteString(`<sheet name="`)
		xml.EscapeText(&b, []byte(name))
		fmt.Fprintf(&b, `" sheetId="%d" r:id="rId%d"/>`, i+1, i+1)
	}
	b.WriteString(`</sheets></workbook>`)
	return b.String()
}

func workbookRelsXML(sheets int) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="` + nsPkgRel + `">`)
	for i := 1; i <= sheets; i++ {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="`+nsRel+`/worksheet" Target="worksheets/sheet%d.xml"/>`, i, i)
	}
	fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="`+nsRel+`/styles" Target="styles.xml"/></Relationships>`, sheets+1)
	return b.String()
}
