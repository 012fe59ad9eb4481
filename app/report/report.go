// Package report turns vendor and assessment data into the files people take away: CSV and
// XLSX tables and a PDF report. It is pure: it takes plain values, writes bytes, and knows
// nothing of the database, HTTP or the clock (times are passed in).
//
// Every text cell is neutralised against spreadsheet formulas: in a CSV by Safe's leading
// apostrophe, in an XLSX by the quotePrefix style, which Excel and LibreOffice honour without
// showing a character that is not in the value. Numbers and dates the code itself computes are
// typed cells and left alone.
package report

import (
	"strconv"
	"strings"
	"time"
)

// Cell is one value of a spreadsheet row: text, a number, a date or a moment, each of which
// XLSX stores with its own type so that spreadsheets sort and sum it as what it is.
type Cell struct {
	text string
	num  float64
	at   time.Time
	kind cellKind
}

type cellKind uint8

const (
	kindText cellKind = iota
	kindNumber
	kindDate
	kindTime
)

// dateLayout and timeLayout are how dates and moments (always UTC) are written in a CSV and
// shown in an XLSX: ISO 8601, which spreadsheets in every locale read back as a date.
const (
	dateLayout = "2006-01-02"
	timeLayout = "2006-01-02 15:04:05"
)

// Text is a text cell; its value is neutralised by Safe when written.
func Text(s string) Cell { return Cell{text: s} }

// Number is a numeric cell. Only values computed by Assay (scores, ids, sizes) are numbers;
// anything a person or vendor typed is Text, so it cannot slip past Safe.
func Number(n float64) Cell { return Cell{num: n, kind: kindNumber} }

// Int is a numeric cell holding an integer.
func Int[T ~int | ~int64 | ~uint | ~uint64](n T) Cell { return Number(float64(n)) }

// Date is a date cell from Assay's YYYY-MM-DD form. Anything else, "" included, stays the
// text it is, so a value that is not a date is shown rather than lost.
func Date(s string) Cell {
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		return Text(s)
	}
	return Cell{at: d, kind: kindDate}
}

// Time is a cell holding a moment, shown in UTC to the second; the zero time is an empty cell.
func Time(t time.Time) Cell {
	if t.IsZero() {
		return Text("")
	}
	return Cell{at: t.UTC().Truncate(time.Second), kind: kindTime}
}

// Texts turns strings into text cells.
func Texts(ss ...string) []Cell {
	out := make([]Cell, len(ss))
	for i, s := range ss {
		out[i] = Text(s)
	}
	return out
}

// String is the cell's value as written to a CSV: neutralised text, the number in its
// shortest exact form, or the date or moment in ISO 8601.
func (c Cell) String() string {
	switch c.kind {
	case kindNumber:
		return strconv.FormatFloat(c.num, 'f', -1, 64)
	case kindDate:
		return c.at.Format(dateLayout)
	case kindTime:
		return c.at.Format(timeLayout)
	}
	return Safe(c.text)
}

// Value is the cell's value for a writer of another format: the text as given (not yet
// neutralised), a float64, or a time.Time in UTC for a date or a moment (see IsDate).
func (c Cell) Value() any {
	switch c.kind {
	case kindNumber:
		return c.num
	case kindDate, kindTime:
		return c.at
	}
	return c.text
}

// IsDate says whether the cell holds a calendar date rather than a moment or anything else.
func (c Cell) IsDate() bool { return c.kind == kindDate }

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
	if formulaLike(s) {
		return "'" + s
	}
	return s
}

// formulaLike says whether a spreadsheet could take s for a formula (see Safe).
func formulaLike(s string) bool {
	return s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0
}

// TableWriter receives the rows of one table, the first being its header.
type TableWriter interface {
	// Row writes one row.
	Row(cells ...Cell) error
	// Flush sends what the rows so far have made on to the underlying writer, so a long
	// download starts as soon as its first rows are read.
	Flush() error
	// Close finishes the file; nothing is complete before it returns nil.
	Close() error
}
