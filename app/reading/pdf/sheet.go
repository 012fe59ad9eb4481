package pdf

import (
	"math"
	"strings"
)

// A spreadsheet too wide for its page is printed in parts: LibreOffice
// Calc prints the first columns of the rows on one page and the next
// columns of the same rows on the next, each row at the same height on
// both. Read page by page, the first page has the names and the second
// the dates, with nothing to join them. sheetTables puts such pages side
// by side again. A sheet has no grid, so its columns are told by its
// header, the line with the most cells: a cell starts where text is placed
// anew, and belongs to the column of the header cell it starts under
// (text is left-aligned in its cell, numbers right-aligned, but both
// start after their column's left edge).

// sheetPage is one page's lines, top to bottom, and whether the page draws
// a ruled table (which is read by its grid instead).
type sheetPage struct {
	rows  [][]*span
	ruled bool
}

// run is the text of one cell as placed on the page.
type run struct {
	text string
	x    float64
}

// minSheetRows is how many lines, header included, two pages must have at
// the same heights to be parts of one sheet: a title and a footer on the
// same spot of every page are not a sheet.
const minSheetRows = 3

// sheetTables finds the sheets printed over consecutive pages side by side
// and returns each as one table: the header and each row, their cells
// page after page.
func sheetTables(pages []sheetPage) []Table {
	var out []Table
	for i := 0; i < len(pages); {
		left := sheetRows(pages[i])
		j := i + 1
		var t Table
		for ; j < len(pages); j++ {
			right := partRows(pages[j], left)
			if !sameHeights(left, right) {
				break
			}
			if t == nil {
				t = sheetCells(left)
			}
			for k, row := range sheetCells(right) {
				t[k] = append(t[k], row...)
			}
			left = right
		}
		if t != nil {
			out = append(out, t)
		}
		i = j
	}
	return out
}

// sheetRows are the header of a page (its first line with the most cells,
// at least two) and the lines under it, up to the first gap of more than
// two lines; nil for a page with a ruled table or no header.
func sheetRows(p sheetPage) [][]*span {
	if p.ruled {
		return nil
	}
	head, most := -1, 1
	for i, row := range p.rows {
		if n := len(runs(row)); n > most {
			head, most = i, n
		}
	}
	if head < 0 {
		return nil
	}
	rows := p.rows[head : head+1]
	cells := 1 // lines of several cells
	for i := head + 1; i < len(p.rows); i++ {
		prev, cur := p.rows[i-1][0], p.rows[i][0]
		if prev.y-cur.y > 2.5*math.Max(prev.size, cur.size) {
			break
		}
		rows = p.rows[head : i+1]
		if len(runs(p.rows[i])) > 1 {
			cells++
		}
	}
	if len(rows) < minSheetRows || cells*2 < len(rows) {
		// A line alone (a page number in two runs), or mostly lines of one
		// run: prose, which pages set at the same heights too.
		return nil
	}
	return rows
}

// partRows are the lines of a page that may be the next part of the sheet
// whose lines are left: its sheet lines, or, for a part of a single column
// (one cell a line, which sheetRows takes for prose), its lines from the
// height of left's header down.
func partRows(p sheetPage, left [][]*span) [][]*span {
	if rows := sheetRows(p); rows != nil || p.ruled || len(left) == 0 {
		return rows
	}
	for i, row := range p.rows {
		if math.Abs(row[0].y-left[0][0].y) <= 0.25*left[0][0].size {
			return p.rows[i:min(len(p.rows), i+len(left))]
		}
	}
	return nil
}

// sameHeights reports whether two pages' sheet lines stand at the same
// heights, line for line: the same rows of one sheet.
func sameHeights(a, b [][]*span) bool {
	if len(a) < minSheetRows || len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i][0].y-b[i][0].y) > 0.25*a[i][0].size {
			return false
		}
	}
	return true
}

// sheetCells splits each line into the columns of the first line, its
// header.
func sheetCells(rows [][]*span) Table {
	head := runs(rows[0])
	t := make(Table, len(rows))
	for i, row := range rows {
		cells := make([]string, len(head))
		for _, r := range runs(row) {
			j := 0
			for j+1 < len(head) && r.x >= head[j+1].x-1 {
				j++
			}
			cells[j] = strings.TrimSpace(cells[j] + " " + r.text)
		}
		t[i] = cells
	}
	return t
}

// runs splits a line's spans where text was placed anew.
func runs(line []*span) []run {
	var out []run
	for _, sp := range line {
		text := sp.text.String()
		from, x := 0, sp.x0
		for _, p := range append(sp.pieces, piece{len(text), sp.x1}) {
			if s := strings.TrimSpace(cleanPDFText(text[from:p.at])); s != "" {
				out = append(out, run{s, x})
			}
			from, x = p.at, p.x
		}
	}
	return out
}
