package ocr

import (
	"cmp"
	"slices"
	"strings"
)

// A table on a scan comes out of Tesseract's layout analysis as one line
// segment per cell, or per column, in no useful order; joinRows puts the
// segments of a row back together. What a row cannot say on its own is
// which column each of its words is in: an empty cell leaves no mark, and
// a wide gap inside a cell looks like one between cells. The rows of a
// grid say it together: a column boundary is a gap most of them share.
// This file finds those grids and cuts their rows at the shared gaps, so
// that a scanned table reaches the readers as a born-digital one does: a
// line of tab-joined cells per row, and a Table of the grid.

// Table is a grid of cells read from the word positions of a scanned
// page: rows whose words leave the same gaps between them, at least
// minGridColumns columns and minGridRows rows. Its text is in Text too.
type Table struct {
	// Page is the page the table is on.
	Page int
	// Rows are the cells, row by row, every row as wide as the grid; a
	// cell with no words is "".
	Rows [][]string
}

// Shapes a grid must have, and how many of its rows may cross a column
// boundary (a title over the table) for each one that does not.
const (
	minGridColumns = 3
	minGridRows    = 3
	crossingRows   = 10
	// proseWords is how many words a cell has, most of the time, in a
	// column of running text rather than of values.
	proseWords = 5
	// maxBandLines is the most lines a row of a table wraps to.
	maxBandLines = 6
)

// gridRow is where a line of a page stands in a grid: which grid, and the
// column of each of its tab-separated cells.
type gridRow struct {
	grid int // -1 for a line outside every grid
	cols []int
}

// level turns the words of a page scanned at a slight angle back level:
// each is moved up or down by the slope of the page's lines at its place,
// the slope being what most segments of words over some width say. The rows of a
// wide table then line up across the page, as they do on paper.
func level(segs []*segment) {
	var slopes []float64
	for _, s := range segs {
		if len(s.words) < 2 {
			continue
		}
		a, b := s.words[0].box, s.words[len(s.words)-1].box
		dx := float64(b.left+b.right-a.left-a.right) / 2
		if dx < float64(2*max(a.height(), b.height())) {
			continue
		}
		slopes = append(slopes, float64(b.top+b.bottom-a.top-a.bottom)/2/dx)
	}
	if len(slopes) < 3 {
		return
	}
	slices.Sort(slopes)
	slope := slopes[len(slopes)/2]
	if slope > -0.002 && slope < 0.002 { // under a pixel in four hundred: level enough
		return
	}
	for _, s := range segs {
		for i := range s.words {
			// A page fed in turned is turned back: a word moves up or down
			// by the slope at its place across the page, and sideways by
			// the slope at its place down the page, since the turn that
			// tilts the lines leans the columns as much. Left level only,
			// a column of a long table drifts a pixel in fifty across the
			// page from its top row to its last (at 1.3°, 60 pixels over a
			// page) and no gap is left that all its rows share.
			w := &s.words[i].box
			dy := int(slope * float64(w.left+w.right) / 2)
			dx := int(slope * float64(w.top+w.bottom) / 2)
			w.top, w.bottom = w.top-dy, w.bottom-dy
			w.left, w.right = w.left+dx, w.right+dx
		}
		s.box = s.words[0].box
		for _, w := range s.words[1:] {
			s.box = s.box.union(w.box)
		}
	}
}

// rowWords are the words of each row, left to right.
func rowWords(rows [][]*segment) [][]word {
	out := make([][]word, len(rows))
	for i, row := range rows {
		for _, s := range slices.SortedFunc(slices.Values(row), func(a, b *segment) int { return cmp.Compare(a.left, b.left) }) {
			out[i] = append(out[i], s.words...)
		}
	}
	return out
}

// gapCells is how many cells the gaps between a row's words make, a gap
// wider than the row's text is high being one between cells.
func gapCells(words []word) int {
	if len(words) == 0 {
		return 0
	}
	return len(spans(words, medianHeight(words)))
}

func medianHeight(words []word) int {
	heights := make([]int, len(words))
	for i, w := range words {
		heights[i] = w.height()
	}
	slices.Sort(heights)
	return heights[len(heights)/2]
}

// grid is a run of rows cut into the same columns.
type grid struct {
	first, last int   // rows, inclusive
	cuts        []int // column boundaries, left to right
}

// findGrids finds the grids among a page's rows: runs of rows of several
// cells (with at most two rows of one cell between them, a cell's text
// wrapped onto a second line), cut at the gaps they share, that keep at
// least minGridColumns columns of values and minGridRows rows. A row that
// crosses a boundary (a heading, a paragraph) ends the grid above it.
func findGrids(rows [][]word) []grid {
	var out []grid
	for i := 0; i < len(rows); {
		if gapCells(rows[i]) < 2 {
			i++
			continue
		}
		last, ones := i, 0
		for j := i + 1; j < len(rows) && ones <= 2; j++ {
			if gapCells(rows[j]) >= 2 {
				last, ones = j, 0
			} else {
				ones++
			}
		}
		out = append(out, splitGrid(rows, i, last)...)
		i = last + 1
	}
	return out
}

// splitGrid cuts rows first..last into columns at the gaps their rows of
// several cells share, and keeps the runs of rows that cross none of them
// and make a grid.
func splitGrid(rows [][]word, first, last int) []grid {
	cuts := sharedGaps(rows, first, last)
	if len(cuts) == 0 {
		return nil
	}
	var out []grid
	start := first
	for j := first; j <= last+1; j++ {
		if j <= last && !crosses(rows[j], cuts) {
			continue
		}
		if j > start {
			if g, ok := makeGrid(rows, start, j-1); ok {
				out = append(out, g)
			}
		}
		start = j + 1
	}
	return out
}

// makeGrid is rows first..last as a grid, cut again at the gaps they
// share, without the rows of one cell at its ends; ok is false when that
// is no grid.
func makeGrid(rows [][]word, first, last int) (grid, bool) {
	for first <= last && gapCells(rows[first]) < 2 {
		first++
	}
	for last >= first && gapCells(rows[last]) < 2 {
		last--
	}
	if last-first+1 < minGridRows {
		return grid{}, false
	}
	g := grid{first: first, last: last, cuts: sharedGaps(rows, first, last)}
	if len(g.cuts)+1 < minGridColumns {
		return grid{}, false
	}
	for j := first; j <= last; j++ {
		if crosses(rows[j], g.cuts) {
			return grid{}, false
		}
	}
	// Every column holds words in two rows or more, and no two columns
	// hold running text: two columns of prose side by side are a page set
	// in columns, not a table.
	filled := make([]int, len(g.cuts)+1)
	prose := make([]int, len(g.cuts)+1)
	for j := first; j <= last; j++ {
		for c, ws := range columnWords(rows[j], g.cuts) {
			if len(ws) > 0 {
				filled[c]++
			}
			if len(ws) >= proseWords {
				prose[c]++
			}
		}
	}
	proseCols := 0
	for c := range filled {
		if filled[c] < 2 {
			return grid{}, false
		}
		if 2*prose[c] > filled[c] {
			proseCols++
		}
	}
	if proseCols >= 2 {
		return grid{}, false
	}
	return g, true
}

// sharedGaps are the column boundaries of rows first..last: the middles
// of the widest stretches across the page that the words of the rows of
// several cells leave empty, but for one row in crossingRows, and that
// are at least as wide as the text is high. Only stretches with words on
// both sides count.
func sharedGaps(rows [][]word, first, last int) []int {
	var multi [][]word
	var all []word
	for j := first; j <= last; j++ {
		if gapCells(rows[j]) >= 2 {
			multi = append(multi, rows[j])
			all = append(all, rows[j]...)
		}
	}
	if len(multi) < 2 {
		return nil
	}
	lo, hi := all[0].left, all[0].right
	for _, w := range all {
		lo, hi = min(lo, w.left), max(hi, w.right)
	}
	if hi-lo > 100_000 {
		return nil // no page is this wide: a box is broken
	}
	// How many rows cover each pixel column.
	cover := make([]int, hi-lo+1)
	for _, r := range multi {
		var spans []box
		for _, w := range r {
			spans = append(spans, w.box)
		}
		// A row covers a pixel once, however many of its words do.
		slices.SortFunc(spans, func(a, b box) int { return cmp.Compare(a.left, b.left) })
		end := lo - 1
		for _, s := range spans {
			from := max(s.left, end+1)
			for x := from; x < s.right; x++ {
				cover[x-lo]++
			}
			end = max(end, s.right-1)
		}
	}
	allowed := len(multi) / crossingRows
	minGap := medianHeight(all)
	var cuts []int
	for x := 0; x < len(cover); {
		if cover[x] <= allowed {
			y := x
			for y < len(cover) && cover[y] <= allowed {
				y++
			}
			if x > 0 && y < len(cover) && y-x >= minGap {
				cuts = append(cuts, lo+(x+y)/2)
			}
			x = y
			continue
		}
		x++
	}
	return cuts
}

// crosses reports whether a word of row stands over a column boundary.
func crosses(row []word, cuts []int) bool {
	for _, w := range row {
		for _, c := range cuts {
			if w.left < c && c < w.right {
				return true
			}
		}
	}
	return false
}

// columnWords are the words of a row by column.
func columnWords(row []word, cuts []int) [][]word {
	out := make([][]word, len(cuts)+1)
	for i, c := range wordColumns(row, cuts) {
		out[c] = append(out[c], row[i])
	}
	return out
}

// tablesOf are the grids of a page as tables, from its lines as they were
// last spelled: each line of a grid holds its row's cells, tab-separated,
// and grid says their columns.
func tablesOf(page int, lines []Line, rows []gridRow, grids []grid) []Table {
	out := make([]Table, len(grids))
	for i := range grids {
		out[i] = Table{Page: page}
	}
	for i, l := range lines {
		if i >= len(rows) || rows[i].grid < 0 || rows[i].grid >= len(out) {
			continue
		}
		t := &out[rows[i].grid]
		row := make([]string, len(grids[rows[i].grid].cuts)+1)
		cells := strings.Split(l.Text, "\t")
		if len(cells) != len(rows[i].cols) {
			continue
		}
		for k, c := range cells {
			// Two cells of a line in one column (a label and its value
			// both left of the grid's first boundary) are one cell.
			if col := rows[i].cols[k]; row[col] != "" {
				row[col] += " " + c
			} else {
				row[col] = c
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return out
}

// outRow is one line of a page's text: its words in reading order, and
// for a row of a grid the grid's index and the column of each word.
type outRow struct {
	words []word
	grid  int // -1 outside every grid
	cols  []int
	grids []grid
}

// pageRows are the lines of a page: each row of words as it is, but for
// those of a grid, where a cell wrapped over several lines makes a row of
// the grid a band of lines (bands), each band one line of its cells.
// Without grids, every row is a line as it is.
func pageRows(lines [][]word, grids bool) []outRow {
	if !grids {
		out := make([]outRow, len(lines))
		for i, l := range lines {
			out[i] = outRow{words: l, grid: -1}
		}
		return out
	}
	bs := bands(lines)
	rows := make([][]word, len(bs))
	for i, b := range bs {
		for _, l := range b {
			rows[i] = append(rows[i], l...)
		}
		slices.SortStableFunc(rows[i], func(a, b word) int { return cmp.Compare(a.left, b.left) })
	}
	found := findGrids(rows)
	var out []outRow
	asLines := func(from, to int) {
		for _, b := range bs[from:to] {
			for _, l := range b {
				out = append(out, outRow{words: l, grid: -1})
			}
		}
	}
	next := 0
	for k, g := range found {
		asLines(next, g.first)
		for _, b := range bs[g.first : g.last+1] {
			var ws []word
			var cols []int
			byCol := make([][]word, len(g.cuts)+1)
			for _, l := range b {
				for c, cw := range columnWords(l, g.cuts) {
					byCol[c] = append(byCol[c], cw...)
				}
			}
			for c, cw := range byCol {
				for range cw {
					cols = append(cols, c)
				}
				ws = append(ws, cw...)
			}
			out = append(out, outRow{words: ws, grid: k, cols: cols, grids: found})
		}
		next = g.last + 1
	}
	asLines(next, len(bs))
	return out
}

// bands groups a page's lines into the rows of a table they may be: a
// cell whose text wraps makes a row of several lines, the row's other
// cells centred on them or at their top, so that its lines touch or
// overlap, while the cells' padding parts one row from the next. Lines
// parted by less than a third of the text's height are one band; a band
// with two lines of several cells that fill most of its columns is two
// rows of values, not one row with the rest of its wrapped cells, and
// stays a band per line, as does a band of a paragraph, which no grid
// takes.
func bands(lines [][]word) [][][]word {
	var all []word
	for _, l := range lines {
		all = append(all, l...)
	}
	if len(all) == 0 {
		return nil
	}
	h := medianHeight(all)
	var out [][][]word
	var band [][]word
	bottom := 0
	flush := func() {
		if len(band) == 0 {
			return
		}
		if rowsOfValues(band) {
			for _, l := range band {
				out = append(out, [][]word{l})
			}
		} else {
			out = append(out, band)
		}
		band = nil
	}
	for _, l := range lines {
		e := extent(l)
		if len(band) > 0 && 3*(e.top-bottom) >= h {
			flush()
		}
		if len(band) == 0 {
			bottom = e.bottom
		}
		band = append(band, l)
		bottom = max(bottom, e.bottom)
	}
	flush()
	return out
}

// rowsOfValues reports whether a band is rows of values rather than one
// row: more than half its lines, two at least, each have words in its
// first and its last column and in more than half its columns (a row with
// its wrapped cells has most of its values on one line, the rest of its
// wrapped cells on the others), or it has more lines than a row wraps to.
func rowsOfValues(band [][]word) bool {
	if len(band) > maxBandLines {
		return true
	}
	if len(band) < 2 {
		return false
	}
	var all []word
	for _, l := range band {
		all = append(all, l...)
	}
	slices.SortStableFunc(all, func(a, b word) int { return cmp.Compare(a.left, b.left) })
	cols := spans(all, medianHeight(all))
	full := 0
	for _, l := range band {
		filled := map[int]bool{}
		for _, w := range l {
			for c, sp := range cols {
				if w.left < sp.right && sp.left < w.right {
					filled[c] = true
				}
			}
		}
		if filled[0] && filled[len(cols)-1] && len(filled) >= 2 && 2*len(filled) > len(cols) {
			full++
		}
	}
	return full >= 2 && 2*full > len(band)
}

// spans are the stretches across the page that words sorted by their
// left edge cover, parted by gaps wider than gap.
func spans(words []word, gap int) []box {
	var out []box
	for _, w := range words {
		if n := len(out); n > 0 && w.left-out[n-1].right <= gap {
			out[n-1] = out[n-1].union(w.box)
			continue
		}
		out = append(out, w.box)
	}
	return out
}

// extent is the box of a line's words.
func extent(line []word) box {
	b := line[0].box
	for _, w := range line[1:] {
		b = b.union(w.box)
	}
	return b
}
