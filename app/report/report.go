// Package report turns vendor and assessment data into the files people take away: CSV and
// XLSX tables and a PDF report. It is pure: it takes plain values, writes bytes, and knows
// nothing of the database, HTTP or the clock (times are passed in).
//
// Every text cell written to a CSV or XLSX goes through Safe, which neutralises spreadsheet
// formulas; numbers the code itself computes are written as Number cells and left alone.
package report

import (
	"strconv"
	"strings"
)

// Cell is one value of a spreadsheet row: text, or a number that XLSX stores as a number.
type Cell struct {
	text  string
	num   float64
	isNum bool
}

// Text is a text cell; its value is neutralised by Safe when written.
func Text(s string) Cell { return Cell{text: s} }

// Number is a numeric cell. Only values computed by Assay (scores, ids, sizes) are numbers;
// anything a person or vendor typed is Text, so it cannot slip past Safe.
func Number(n float64) Cell { return Cell{num: n, isNum: true} }

// Int is a numeric cell holding an integer.
func Int[T ~int | ~int64 | ~uint | ~uint64](n T) Cell { return Number(float64(n)) }

// Texts turns strings into text cells.
func Texts(ss ...string) []Cell {
	out := make([]Cell, len(ss))
	for i, s := range ss {
		out[i] = Text(s)
	}
	return out
}

// String is the cell's value as written to a CSV: neutralised text, or the number in its
// shortest exact form.
func (c Cell) String() string {
	if c.isNum {
		return strconv.FormatFloat(c.num, 'f', -1, 64)
	}
	return Safe(c.text)
}

// formulaStarts are the first characters with which Excel, LibreOffice and Google Sheets treat
// a cell as a formula (or, for tab and carriage return, can be made to), per OWASP's CSV
// injection guidance.
const formulaStarts = "=+-@\t\r"

// Safe neutralises spreadsheet formula injection: a value starting with =, +, -, @, a tab or
// a carriage return gets a leading apostrophe, so spreadsheets show it as text instead of
// running it. Every such value is prefixed, harmless-looking ones such as "-", "-5" or
// "+44 20 7946 0000" included: telling a harmless value from a crafted one would mean
// parsing the formula grammar of every spreadsheet program ("-2+3+cmd|' /C calc'!A0" also
// starts like a number), while the apostrophe costs one visible character. Numbers Assay
// computes are Number cells and never pass through here.
func Safe(s string) string {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// TableWriter receives the rows of one table, the first being its header.
type TableWriter interface {
	// Row writes one row.
	Row(cells ...Cell) error
	// Close finishes the file; nothing is complete before it returns nil.
	Close() error
}
