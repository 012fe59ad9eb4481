package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// A report printed to PDF, or a scan of one, wraps its long cells (a full
// name, a department, a course title) over two or three lines inside a
// row. Read from the text, such a row is a line holding the values every
// row fills (its dates, its status) and, above or below it, lines holding
// only the wrapped words of some cells. unwrapRows tells the two apart
// and keeps the row lines alone, when that is certain; otherwise the
// report is refused as before (a refusal is a miss, a wrong count a wrong
// fact).
//
// The text gives no position for a wrapped word, so the line a name's
// second word sits on cannot be told: the rows are counted, but the people
// (distinct names) are not, and neither is whether contractors appear
// unless a row's own line says so.

// maxWrapRun is how many lines may stand between two row lines: a cell
// wrapped over three lines, centred on its row, leaves two lines below one
// row and two above the next.
const maxWrapRun = 4

// minNoteWords is how many words a note under a report's rows has at
// least: a sentence, not the wrapped end of a cell.
const minNoteWords = 5

// maxWrapEdge is how many wrapped lines may stand before the first row
// line (the header's own second line, the first row's top) or after the
// last.
const maxWrapEdge = 2

// unwrapRows gives the row lines of a report read from text whose rows
// wrap, leaving out the lines that hold only wrapped words, and ok; or
// the rows unchanged, and unclear when some lines are wrapped cells but
// the rows cannot be told apart for certain (counted as they stand, the
// wrapped lines would be rows):
//
//   - a row line holds a date or a status word, and a cell for every
//     column of the header, or for all but one when it has no status
//     saying done (a row not completed leaves its completion date empty);
//     a line holding a date or status with fewer cells is a row split
//     over lines (its dates on one, its name on another), which is not
//     certain;
//   - a wrapped line holds no date, no status word and no number (an
//     identifier or a count would be a row's), fewer cells than the
//     header, and is no header of another table;
//   - a heading of a group of rows is refused (it reads as a wrapped
//     line), and so are runs of wrapped lines longer than a cell wraps;
//   - a line counting the rows ("Total 48", "48 records") must count the
//     row lines found.
func unwrapRows(rows [][]string, h header, width int) (kept [][]string, ok, unclear bool) {
	var (
		anchors int
		run     int  // wrapped lines since the last row line
		wrapped bool // some line wraps
		note    bool // a line of prose after the rows
		counts  []int
	)
	// refuse is the answer when the rows cannot be told apart: unclear
	// when some lines are wrapped cells, which would be counted as rows.
	refuse := func() ([][]string, bool, bool) { return rows, false, wrapped }
	for i, row := range rows {
		text := rowText(row)
		if strings.TrimSpace(strings.ReplaceAll(text, "|", "")) == "" {
			continue
		}
		first := strings.TrimSpace(row[0])
		if totalRow.MatchString(fold(first)) || recordCount.MatchString(fold(strings.Join(row, " "))) {
			if n, ok := lineCount(row); ok {
				counts = append(counts, n)
			}
			kept = append(kept, row)
			continue
		}
		if isRepeatedHeader(h, row) || pageNoise.MatchString(fold(text)) {
			kept = append(kept, row)
			continue
		}
		if headerLike(rows, i) {
			return refuse() // another table, or a header wrapped
		}
		if anchors > 0 && cells(row) == 1 && len(DatesIn(text, OrderUnknown)) == 0 && strings.HasSuffix(strings.TrimSpace(text), ".") &&
			len(strings.Fields(text)) >= minNoteWords {
			// A sentence under the rows ("Note: staff on leave are not
			// listed."), whatever words it holds; no row may follow.
			note = true
			continue
		}
		var g groupTotals
		if groupLine(row, &g) {
			return refuse()
		}
		switch wrapKind(row, width) {
		case lineRow:
			if note || run > maxWrapRun || anchors == 0 && run > maxWrapEdge {
				return refuse()
			}
			kept = append(kept, row)
			anchors++
			run = 0
		case lineWrapped:
			wrapped = true
			run++
		default:
			return refuse()
		}
	}
	if !wrapped || anchors < minCarryRows || run > maxWrapEdge {
		return refuse()
	}
	for _, n := range counts {
		if n != anchors {
			return refuse()
		}
	}
	return kept, true, false
}

// What a line of a report read from text is, for unwrapRows.
const (
	lineUnclear = iota // part of a row split over lines, or something else
	lineRow            // a row's own line
	lineWrapped        // the wrapped words of some cells of a row
)

// wrapKind tells a row's own line from a line of wrapped words (see
// unwrapRows); width is the number of the header's columns.
func wrapKind(row []string, width int) int {
	n := cells(row)
	valued, numbered, done := false, false, false
	for _, c := range row {
		switch cellKind(c) {
		case "date", "status":
			valued = true
		case "number":
			numbered = true
		case "text":
			if statusAt(c) >= 0 {
				// A status word among other words: a status the line cut
				// ("Not" above "started"), or cells run together.
				return lineUnclear
			}
		}
		done = done || status(c) > 0
	}
	first := strings.TrimSpace(row[0])
	switch {
	case valued && hasLetter(first) && cellKind(first) == "text" && (n == width || n == width-1 && !done):
		return lineRow
	case valued || numbered:
		return lineUnclear
	case n < width && !personLike(first):
		// A line of some cells without a value; a person's full name
		// in its first cell would be a row with nothing filled in.
		return lineWrapped
	}
	return lineUnclear
}

var countNumber = regexp.MustCompile(`\d+`)

// lineCount is the number a line counting a report's rows gives, when it
// gives one and only one.
func lineCount(row []string) (int, bool) {
	ns := countNumber.FindAllString(strings.Join(row, " "), -1)
	if len(ns) != 1 {
		return 0, false
	}
	n, err := strconv.Atoi(ns[0])
	return n, err == nil
}
