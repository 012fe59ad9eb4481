package ocr

import (
	"strings"
	"unicode"
)

// A report printed over several pages repeats its header at the top of
// each, and OCR rebuilds each page's grid on its own: the readers, which
// count the rows under the one header they find, would count one page's.
// When every page's grid is the same table (as many columns, the same
// header, no row of values left outside it), the grids are one table and
// are joined, its header once; otherwise every page is read plain
// (plainTables) and the readers read the text.

// oneTable reports whether the pages of a scan of several pages are one
// table printed over them: every page has exactly one grid, all as wide,
// each page's grid starts with the first page's header (OCR may misread a
// letter or two of it), and no line of a page outside its grid has half
// as many cells as the grid or more (a row a boundary split off the grid,
// which joining would lose).
func oneTable(pages []pageText) bool {
	if len(pages) < 2 {
		return false
	}
	var header []string
	for _, p := range pages {
		if p.plain == nil || len(p.grids) != 1 {
			return false
		}
		tables := tablesOf(0, p.lines, p.grid, p.grids)
		if len(tables) != 1 || len(tables[0].Rows) < 2 {
			return false
		}
		rows := tables[0].Rows
		if header == nil {
			header = rows[0]
		} else if len(rows[0]) != len(header) || !sameHeader(header, rows[0]) {
			return false
		}
		for i, l := range p.lines {
			if i < len(p.grid) && p.grid[i].grid >= 0 {
				continue
			}
			if 2*len(strings.Split(l.Text, "\t")) >= len(header) {
				return false
			}
		}
	}
	return true
}

// joinTables is the tables of a scan's pages, one per page (oneTable), as
// one table: the rows of each in page order, the header repeated at the
// top of every page after the first left out.
func joinTables(tables []Table) []Table {
	if len(tables) < 2 {
		return tables
	}
	joined := Table{Page: tables[0].Page, Rows: tables[0].Rows}
	for _, t := range tables[1:] {
		joined.Rows = append(joined.Rows, t.Rows[1:]...)
	}
	return []Table{joined}
}

// sameHeader reports whether row repeats header: every one of the
// header's cells, two at least, is in row's same column as OCR may read it
// again (headerCellsAlike), and no cell of one is empty where the other's
// is not. One cell unlike is another table: "Completed on" over one page's
// dates and "Due on" over the next's.
func sameHeader(header, row []string) bool {
	named, alike := 0, 0
	for j, h := range header {
		h, r := strings.TrimSpace(h), strings.TrimSpace(row[j])
		if (h == "") != (r == "") {
			return false
		}
		if h == "" {
			continue
		}
		named++
		if headerCellsAlike(h, r) || garbledHeaderCell(h, r) {
			alike++
		}
	}
	return named >= 2 && alike == named
}

// garbledHeaderCell reports whether a long header cell was read again with
// more letters wrong than headerCellsAlike allows, one in three at most
// ("Employee" and "Ernployee"): the words are long enough that another
// header's ("Due on", "Fällig am") is further off than that.
func garbledHeaderCell(a, b string) bool {
	a, b = letterKey(a), letterKey(b)
	n := min(len([]rune(a)), len([]rune(b)))
	if n < 6 {
		return false
	}
	return EditDistance(a, b, n/3) <= n/3
}

// headerCellsAlike reports whether two readings of a header cell are the
// same words: their letters and digits, in lower case and without
// accents, are equal or one edit apart for every five of them ("Acáo de
// formagäo" and "Ação de formação", "status" and "Status").
func headerCellsAlike(a, b string) bool {
	a, b = letterKey(a), letterKey(b)
	if a == "" || b == "" {
		return false
	}
	limit := max(1, min(len([]rune(a)), len([]rune(b)))/5)
	return EditDistance(a, b, limit) <= limit
}

// letterKey is s's letters and digits, in lower case, without accents.
func letterKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, unaccented(s))
}
