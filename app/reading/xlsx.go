package reading

import (
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"assay/app/reading/internal/unreadable"
)

// The reader streams each part with encoding/xml instead of loading a
// workbook model (excelize, or xlsxreader's in-memory shared strings plus a
// goroutine per sheet): memory stays proportional to the cells returned,
// every byte inflated is counted against the limits, and the only
// dependency is the standard library.

// maxSheetColumns is Excel's own column limit (XFD); a cell reference past
// it is a broken or hostile file, not a real column.
const maxSheetColumns = 16384

// cellsPerRow sets the cell budget from MaxRows: a workbook may hold at most
// cellsPerRow*MaxRows cells, counting the empty ones that pad out sparse
// rows, so that a few cells placed at column XFD cannot allocate millions
// of strings.
const cellsPerRow = 50

// readXLSX reads every worksheet into a Table, in workbook order. A sheet
// the workbook hides (a lookup list, an earlier copy of the data) is not
// what the person sending it shows, and is left out, unless every sheet is
// hidden.
func readXLSX(b *budget, r io.ReaderAt, size int64, doc *Document) error {
	z, err := openOfficeZip(b, r, size, "XLSX")
	if err != nil {
		return err
	}
	wb, err := readWorkbook(z)
	if err != nil {
		return err
	}
	x := &xlsxReader{b: b, z: z, wb: wb, maxCells: int64(cellsPerRow) * int64(b.lim.MaxRows)}
	if wb.stylesPart != "" && z.has(wb.stylesPart) {
		if err := x.readStyles(wb.stylesPart); err != nil {
			return err
		}
	}
	if wb.stringsPart != "" && z.has(wb.stringsPart) {
		if err := x.readSharedStrings(wb.stringsPart); err != nil {
			return err
		}
	}
	shown := false
	for _, sh := range wb.sheets {
		shown = shown || !sh.hidden && z.has(sh.part)
	}
	var sb strings.Builder
	for i, sh := range wb.sheets {
		if !z.has(sh.part) || shown && sh.hidden {
			// Chartsheets and dangling relationships have no cells.
			continue
		}
		rows, err := x.readSheet(sh.part)
		if err != nil {
			return err
		}
		if i > 0 && sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		tableText(&sb, rows)
		doc.Tables = append(doc.Tables, Table{Name: sh.name, Rows: rows})
	}
	if len(doc.Tables) == 0 {
		return unreadable.Errorf(nil, "not a valid XLSX file: it has no worksheets")
	}
	doc.Text = sb.String()
	return b.Check()
}

// workbook is what workbook.xml and its relationships say about where the
// parts are.
type workbook struct {
	sheets      []sheetRef
	stringsPart string
	stylesPart  string
	date1904    bool
}

// sheetRef is one sheet's name and part, and whether the workbook hides
// it (state "hidden" or "veryHidden").
type sheetRef struct {
	name, part string
	hidden     bool
}

// readWorkbook finds the sheets, shared strings and styles through the
// relationships, falling back to the names Excel writes.
func readWorkbook(z *officeZip) (*workbook, error) {
	wbPart := "xl/workbook.xml"
	for _, rl := range readRels(z, "_rels/.rels") {
		if strings.HasSuffix(rl.Type, "/officeDocument") {
			if name := resolveTarget("", rl.Target); z.has(name) {
				wbPart = name
			}
		}
	}
	relsPart := resolveTarget(wbPart, "_rels/"+wbPart[strings.LastIndex(wbPart, "/")+1:]+".rels")
	targets := map[string]string{}
	wb := &workbook{}
	for _, rl := range readRels(z, relsPart) {
		target := resolveTarget(wbPart, rl.Target)
		targets[rl.ID] = target
		switch {
		case strings.HasSuffix(rl.Type, "/sharedStrings"):
			wb.stringsPart = target
		case strings.HasSuffix(rl.Type, "/styles"):
			wb.stylesPart = target
		}
	}
	if wb.stringsPart == "" {
		wb.stringsPart = "xl/sharedStrings.xml"
	}
	if wb.stylesPart == "" {
		wb.stylesPart = "xl/styles.xml"
	}
	for tok, err := range z.tokens(wbPart) {
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "", "date1904")
			wb.date1904 = v == "1" || v == "true"
		case "sheet":
			name := attr(se, "", "name")
			id := attr(se, "r", "id")
			if id == "" {
				id = attrLocal(se, "id")
			}
			part, ok := targets[id]
			if !ok {
				// Without relationships Excel's own naming is the best guess.
				part = "xl/worksheets/sheet" + strconv.Itoa(len(wb.sheets)+1) + ".xml"
			}
			if len(wb.sheets) >= z.b.lim.MaxZipEntries {
				return nil, unreadable.Errorf(nil, "holds more than %d sheets", z.b.lim.MaxZipEntries)
			}
			state := attr(se, "", "state")
			wb.sheets = append(wb.sheets, sheetRef{name: name, part: part, hidden: state == "hidden" || state == "veryHidden"})
		}
	}
	if len(wb.sheets) == 0 {
		return nil, unreadable.Errorf(nil, "not a valid XLSX file: it has no worksheets")
	}
	return wb, nil
}

// xlsxReader holds what the sheets need from the other parts.
type xlsxReader struct {
	b        *budget
	z        *officeZip
	wb       *workbook
	strings  []string
	xfFormat []numFormat // by cell style index (the s attribute)
	cells    int64
	maxCells int64
}

// numFormat is how a cell style shows numbers, reduced to what matters
// for text: dates, times and percentages.
type numFormat struct {
	date, clock bool
	percent     bool
}

// readStyles reads the number formats of the cell styles (cellXfs), which
// is the only place a date cell is told apart from a plain number.
func (x *xlsxReader) readStyles(part string) error {
	custom := map[int]string{}
	var xfIDs []int
	inCellXfs := false
	for tok, err := range x.z.tokens(part) {
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				if id, err := strconv.Atoi(attr(t, "", "numFmtId")); err == nil {
					custom[id] = attr(t, "", "formatCode")
				}
			case "cellXfs":
				inCellXfs = true
			case "xf":
				if inCellXfs {
					id, _ := strconv.Atoi(attr(t, "", "numFmtId"))
					xfIDs = append(xfIDs, id)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inCellXfs = false
			}
		}
	}
	x.xfFormat = make([]numFormat, len(xfIDs))
	for i, id := range xfIDs {
		code, ok := custom[id]
		if !ok {
			x.xfFormat[i] = builtinFormat(id)
			continue
		}
		x.xfFormat[i] = parseNumFormat(code)
	}
	return nil
}

// builtinFormat describes Excel's predefined number formats by id (ECMA-376
// part 1, 18.8.30); ids 27-36 and 50-58 are the East Asian date formats.
func builtinFormat(id int) numFormat {
	switch {
	case id >= 14 && id <= 17, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return numFormat{date: true}
	case id >= 18 && id <= 21, id == 45, id == 47:
		return numFormat{clock: true}
	case id == 22:
		return numFormat{date: true, clock: true}
	case id == 9, id == 10:
		return numFormat{percent: true}
	}
	return numFormat{}
}

// parseNumFormat classifies a custom format code by the date and time
// letters in its first section, ignoring quoted text, escaped characters
// and bracketed parts (colours, locales, conditions). Elapsed-time formats
// such as [h]:mm are durations, not times of day, and stay numbers.
func parseNumFormat(code string) numFormat {
	if i := strings.IndexByte(code, ';'); i >= 0 {
		code = code[:i]
	}
	// "General" is a word, not the letters of a date format.
	code = strings.ReplaceAll(strings.ToLower(code), "general", "")
	var nf numFormat
	var hasY, hasD, hasM, hasH, hasS, elapsed bool
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
			continue
		case '\\', '_', '*':
			i++
			continue
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				i = len(code)
				continue
			}
			inner := strings.ToLower(code[i+1 : i+j])
			if inner != "" && strings.Trim(inner, "hms") == "" {
				elapsed = true
			}
			i += j
			continue
		case '%':
			nf.percent = true
		}
		switch c | 0x20 {
		case 'y':
			hasY = true
		case 'd':
			hasD = true
		case 'm':
			hasM = true
		case 'h':
			hasH = true
		case 's':
			hasS = true
		}
	}
	if elapsed {
		return numFormat{}
	}
	if hasY || hasD || (hasM && !hasH && !hasS) {
		nf.date = true
	}
	nf.clock = hasH || hasS
	if nf.date || nf.clock {
		nf.percent = false
	}
	return nf
}

// readSharedStrings loads the shared string table; its size is bounded by
// the entry limit, and phonetic guides (rPh) are left out.
func (x *xlsxReader) readSharedStrings(part string) error {
	var cur strings.Builder
	inSI, inT, skip := false, false, 0
	for tok, err := range x.z.tokens(part) {
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case skip > 0:
				skip++
			case t.Name.Local == "rPh":
				skip = 1
			case t.Name.Local == "si":
				inSI = true
				cur.Reset()
			case t.Name.Local == "t":
				inT = true
			}
		case xml.EndElement:
			switch {
			case skip > 0:
				skip--
			case t.Name.Local == "t":
				inT = false
			case t.Name.Local == "si" && inSI:
				inSI = false
				x.strings = append(x.strings, cur.String())
			}
		case xml.CharData:
			if inSI && inT && skip == 0 {
				cur.Write(t)
			}
		}
	}
	return nil
}

// readSheet streams one worksheet into rows of cell text. Rows with no
// text at all are dropped (Excel writes styled empty rows by the
// thousand), and trailing empty cells are trimmed.
func (x *xlsxReader) readSheet(part string) ([][]string, error) {
	var (
		rows    [][]string
		row     []string
		inRow   bool
		cell    xlsxCell
		inCell  bool
		inValue bool   // in <v>, or in <t> of an inline string
		val     []byte // reused: one allocation per cell adds up
		skip    int
	)
	for tok, err := range x.z.tokens(part) {
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			switch t.Name.Local {
			case "row":
				inRow, row = true, nil
			case "c":
				if !inRow {
					continue
				}
				inCell = true
				cell = xlsxCell{typ: attr(t, "", "t"), col: -1}
				if s := attr(t, "", "s"); s != "" {
					cell.style, _ = strconv.Atoi(s)
				}
				if ref := attr(t, "", "r"); ref != "" {
					cell.col = columnIndex(ref)
				}
				val = val[:0]
			case "v", "t":
				inValue = inCell
			case "rPh", "f":
				// Formulas and phonetic guides are not what the cell shows.
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "v", "t":
				inValue = false
			case "c":
				if !inCell {
					continue
				}
				inCell = false
				col := cell.col
				if col < 0 {
					col = len(row)
				}
				if col >= maxSheetColumns || col < len(row) {
					// Out of range or out of order: broken, so keep the value
					// rather than lose it or pad to a bogus column.
					col = len(row)
				}
				text := x.cellText(cell, string(val))
				if text == "" {
					continue
				}
				for len(row) < col {
					if err := x.cell(); err != nil {
						return nil, err
					}
					row = append(row, "")
				}
				if err := x.cell(); err != nil {
					return nil, err
				}
				row = append(row, text)
			case "row":
				inRow = false
				if len(row) == 0 {
					continue
				}
				if err := x.b.row(); err != nil {
					return nil, err
				}
				rows = append(rows, row)
				row = nil
			}
		case xml.CharData:
			if inValue && skip == 0 {
				val = append(val, t...)
			}
		}
	}
	return rows, nil
}

// cell charges one cell against the workbook's cell budget.
func (x *xlsxReader) cell() error {
	x.cells++
	if x.cells > x.maxCells {
		return unreadable.Errorf(nil, "exceeds the limit of %d cells", x.maxCells)
	}
	return nil
}

// xlsxCell is a cell's attributes while its value is read.
type xlsxCell struct {
	typ   string
	style int
	col   int
}

// cellText renders a cell value the way a person reads it: shared strings
// resolved, booleans as TRUE/FALSE, date-formatted serial numbers as ISO
// dates (with the time when the format shows one), percentages as their
// full value with "%".
func (x *xlsxReader) cellText(c xlsxCell, v string) string {
	switch c.typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(x.strings) {
			return ""
		}
		return x.strings[i]
	case "inlineStr", "str", "e":
		return v
	case "b":
		if strings.TrimSpace(v) == "1" {
			return "TRUE"
		}
		return "FALSE"
	case "d":
		// ISO 8601 already; a midnight time adds nothing.
		return strings.TrimSuffix(strings.TrimSpace(v), "T00:00:00")
	}
	v = strings.TrimSpace(v)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return v
	}
	var nf numFormat
	if c.style >= 0 && c.style < len(x.xfFormat) {
		nf = x.xfFormat[c.style]
	}
	switch {
	case nf.date || nf.clock:
		if s, ok := serialTime(f, x.wb.date1904, nf); ok {
			return s
		}
	case nf.percent:
		// The full value, not the rounded display: 0.925 shown as "93%" is
		// still 92.5 % of staff. Rounding to 1e-6 hides binary noise.
		return strconv.FormatFloat(math.Round(f*100*1e6)/1e6, 'f', -1, 64) + "%"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// serialTime converts an Excel serial date. In the 1900 system serial 60 is
// the 29 February 1900 that never was (a Lotus bug Excel keeps), so dates
// before it are one day off from a plain count.
func serialTime(f float64, date1904 bool, nf numFormat) (string, bool) {
	const maxSerial = 2958466 // 9999-12-31 + 1
	if f < 0 || f >= maxSerial {
		return "", false
	}
	days := math.Floor(f)
	secs := math.Round((f - days) * 86400)
	if secs >= 86400 {
		days++
		secs = 0
	}
	var t time.Time
	switch {
	case date1904:
		t = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days < 60:
		t = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	case days == 60:
		return "1900-02-29", true
	default:
		t = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	}
	t = t.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second)
	switch {
	case nf.date && nf.clock:
		return t.Format("2006-01-02 15:04:05"), true
	case nf.date:
		return t.Format("2006-01-02"), true
	default:
		return t.Format("15:04:05"), true
	}
}

// columnIndex returns the zero-based column of a cell reference such as
// "B7", or -1 when it has no letters or is past any real column.
func columnIndex(ref string) int {
	col := 0
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > maxSheetColumns {
			return maxSheetColumns
		}
	}
	if i == 0 {
		return -1
	}
	return col - 1
}

// attr returns the attribute with the given prefix and local name, as
// RawToken leaves them.
func attr(se xml.StartElement, space, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// attrLocal returns the first attribute with the local name, whatever its
// prefix, for files that bind the relationships namespace to another prefix.
func attrLocal(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}
