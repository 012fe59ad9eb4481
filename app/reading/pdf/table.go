package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// A report printed from a browser or an HR system is a table whose cells
// wrap over several lines, with the lines of one row interleaved with
// those of the next when cells are centred: read as lines of text, its
// rows cannot be told apart. Such tables draw their grid, though: a rule
// under each cell (or the cell's background), drawn cell by cell. The
// rules say where each row ends and where each column starts, so the
// text can be put back in its cells. Only ruled tables are read so: a
// table guessed from the text alone would find tables in every
// certificate's layout.

// maxRects bounds the rectangles kept per page: a real table draws a few
// per cell, a page of hundreds of thousands is not evidence.
const maxRects = 1 << 16

// rectCost is what a kept rectangle costs in memory, charged to the budget.
const rectCost = 48

// ruleThickness is the thickest a rectangle may be to be a rule rather
// than a cell's background (whose top and bottom edges count instead).
const ruleThickness = 2.5

// edgeTolerance is how far apart, in points, two edges may be and still
// be one row or column boundary.
const edgeTolerance = 1.5

// ruleLine is the boundaries drawn at one height: the x where each cell
// starts, and where the last ends.
type ruleLine struct {
	y     float64
	edges []float64
}

// Table is a table read from a page's grid, row by row; a table that goes
// on over the next pages with the same columns is one table.
type Table [][]string

// ruledTable is a table read from one page, with the column edges that
// tell whether a table on the next page goes on from it.
type ruledTable struct {
	rows  Table
	edges []float64
	open  bool // the last row goes on over the page's end: its bottom rule is on the next page
}

// ruledTables reads the tables a page draws the grid of.
func ruledTables(spans []*span, rects []rect) []ruledTable {
	var tables []ruledTable
	lines := ruleLines(rects)
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && sameEdges(lines[i].edges, lines[j].edges) {
			j++
		}
		if j-i >= 3 { // a header and at least one row between their rules
			if t := fillTable(spans, lines[i:j]); len(t.rows) >= 2 {
				tables = append(tables, t)
			}
		}
		i = j
	}
	return tables
}

// ruleLines groups the horizontal edges of the rectangles by height, top
// to bottom, keeping the heights where at least two cells meet.
func ruleLines(rects []rect) []ruleLine {
	type edge struct{ y, x0, x1 float64 }
	var edges []edge
	for _, r := range rects {
		if r.x1-r.x0 < 2*edgeTolerance {
			continue // a vertical rule or a dot
		}
		if r.y1-r.y0 <= ruleThickness {
			edges = append(edges, edge{(r.y0 + r.y1) / 2, r.x0, r.x1})
			continue
		}
		edges = append(edges, edge{r.y0, r.x0, r.x1}, edge{r.y1, r.x0, r.x1})
	}
	slices.SortFunc(edges, func(a, b edge) int { return cmp.Or(cmp.Compare(b.y, a.y), cmp.Compare(a.x0, b.x0)) })
	var lines []ruleLine
	for i := 0; i < len(edges); {
		j := i + 1
		for j < len(edges) && edges[i].y-edges[j].y <= edgeTolerance {
			j++
		}
		group := slices.Clone(edges[i:j])
		slices.SortFunc(group, func(a, b edge) int { return cmp.Compare(a.x0, b.x0) })
		var xs []float64
		end := math.Inf(-1)
		for _, e := range group {
			if len(xs) == 0 || e.x0-xs[len(xs)-1] > edgeTolerance {
				xs = append(xs, e.x0)
			}
			end = math.Max(end, e.x1)
		}
		if len(xs) >= 2 {
			lines = append(lines, ruleLine{y: edges[i].y, edges: append(xs, end)})
		}
		i = j
	}
	return lines
}

// sameEdges reports whether two rule lines divide the same columns.
func sameEdges(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > edgeTolerance {
			return false
		}
	}
	return true
}

// fillTable puts each span between two rule lines into its row and
// column; a row with no text (a rule drawn twice) is left out. Text above
// the first rule, within the first row's height, is a header ruled only
// below; text under the last rule, within a row's height, is a row that a
// page break cut: it goes on on the next page.
func fillTable(spans []*span, lines []ruleLine) ruledTable {
	edges := lines[0].edges
	above := ruleLine{y: lines[0].y + (lines[0].y - lines[1].y), edges: edges}
	lines = append([]ruleLine{above}, lines...)
	top, bottom := lines[0].y, lines[len(lines)-1].y
	tallest := 0.0
	for i := 1; i < len(lines); i++ {
		tallest = math.Max(tallest, lines[i-1].y-lines[i].y)
	}
	cells := make([][][]*span, len(lines))
	for _, sp := range spans {
		mid := sp.y + 0.3*sp.size // about the middle of the letters
		col := column(edges, sp.x0+0.1*sp.size)
		if mid > top || mid < bottom-tallest || col < 0 {
			continue
		}
		row, _ := slices.BinarySearchFunc(lines, mid, func(l ruleLine, y float64) int { return cmp.Compare(y, l.y) })
		row-- // lines run top to bottom: the row is above the first line below mid
		if row < 0 {
			continue
		}
		if cells[row] == nil {
			cells[row] = make([][]*span, len(edges)-1)
		}
		cells[row][col] = append(cells[row][col], sp)
	}
	t := ruledTable{edges: edges, open: cells[len(cells)-1] != nil}
	for _, r := range cells {
		if r == nil {
			continue
		}
		row := make([]string, len(r))
		for j, c := range r {
			row[j] = cellText(c)
		}
		t.rows = append(t.rows, row)
	}
	return t
}

// column is the column of edges that x falls in, or -1.
func column(edges []float64, x float64) int {
	if x < edges[0] || x >= edges[len(edges)-1] {
		return -1
	}
	j, _ := slices.BinarySearch(edges, x)
	if j < len(edges) && edges[j] == x {
		return j
	}
	return j - 1
}

// cellText joins the lines of one cell with spaces, each line as layout
// reads it.
func cellText(spans []*span) string {
	if len(spans) == 0 {
		return ""
	}
	var b strings.Builder
	for _, row := range rowsOf(spans) {
		s := strings.ReplaceAll(joinLine(row), "\t", " ")
		if s == "" {
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			// A line that ends in a hyphen was broken there ("14-11-" over
			// "2025"): the next goes on from it without a space.
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// rowsOf groups spans into lines by baseline, top to bottom, each line
// left to right.
func rowsOf(spans []*span) [][]*span {
	sorted := slices.Clone(spans)
	slices.SortStableFunc(sorted, func(a, b *span) int { return cmp.Compare(b.y, a.y) })
	var rows [][]*span
	for i := 0; i < len(sorted); {
		top := sorted[i]
		j := i + 1
		for j < len(sorted) && top.y-sorted[j].y < 0.4*math.Min(top.size, sorted[j].size) {
			j++
		}
		row := slices.Clone(sorted[i:j])
		i = j
		slices.SortStableFunc(row, func(a, b *span) int { return cmp.Compare(a.x0, b.x0) })
		rows = append(rows, row)
	}
	return rows
}

// appendTables adds a page's tables to those of the pages before: a table
// at the top of a page with the columns of the table that ended the page
// before goes on from it, as a browser prints a long table, and the rest
// of a row the page break cut is put back in that row.
func appendTables(tables, page []ruledTable) []ruledTable {
	for i, t := range page {
		n := len(tables)
		if i > 0 || n == 0 || !sameEdges(tables[n-1].edges, t.edges) {
			if n > 0 {
				tables[n-1].close()
			}
			tables = append(tables, t)
			continue
		}
		prev := &tables[n-1]
		rows := t.rows
		if prev.open {
			k := 0
			for k < len(rows) && slices.Equal(rows[k], prev.rows[0]) {
				k++ // the header, repeated at the top of the page
			}
			if k < len(rows) && fragment(rows[k]) {
				last := prev.rows[len(prev.rows)-1]
				for j, c := range rows[k] {
					last[j] = strings.TrimSpace(last[j] + " " + c)
				}
				rows = slices.Delete(slices.Clone(rows), k, k+1)
			}
		}
		prev.rows, prev.open = append(prev.rows, rows...), t.open
	}
	return tables
}

// close ends a table that does not go on: text under its last rule is no
// row but what follows the table (a note, a total).
func (t *ruledTable) close() {
	if t.open {
		t.rows, t.open = t.rows[:len(t.rows)-1], false
	}
}

// fragment reports whether a row fills fewer than half its cells: the
// end of a row a page break cut, which only its longest cells reach.
func fragment(row []string) bool {
	filled := 0
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			filled++
		}
	}
	return filled*2 < len(row)
}
