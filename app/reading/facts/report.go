package facts

import (
	"fmt"
	"strings"
	"time"

	"assay/app/evidence"
)

// report is a table of people exported from another system, as found in
// a document, and what walking its rows has found so far. Training reports
// and acknowledgement logs are both reports: a row per person (or per
// person and course), a date column and often a status column; their
// extractors differ only in what a row counts as.
type report struct {
	header
	rows        [][]string // the rows below the header
	monthFirst  bool       // the date column writes months first
	listed      int        // rows naming a person
	people      map[string]bool
	contractors *contractorScan
}

// findReport finds the report in doc: the table whose header names a
// person and one of the roles in need (see reportTable). When there is
// none, the error names the kind of report and what was looked for.
func findReport(doc Document, need []string, kind, lookedFor string) (*report, error) {
	if empty(doc) {
		return nil, ErrNoText
	}
	rows, h, ok := reportTable(doc, need)
	if !ok {
		return nil, fmt.Errorf("%w in the %s: looked for %s in the first %d rows", ErrNoHeader, kind, lookedFor, headerSearch)
	}
	r := &report{header: h, rows: rows[h.row+1:], people: map[string]bool{}, contractors: contractorColumn(h)}
	if j, ok := h.cols[roleDate]; ok {
		r.monthFirst = columnMonthFirst(r.rows, j)
	}
	return r, nil
}

// eachPerson calls fn for every row naming a person, with the person's
// name in lower case as a key, leaving out totals and headers repeated on
// later pages. It counts the rows and people and looks for contractors.
func (r *report) eachPerson(fn func(row []string, key string)) {
	for _, row := range r.rows {
		name := r.person(row)
		if name == "" || totalRow.MatchString(name) || isRepeatedHeader(r.header, row) {
			continue
		}
		r.listed++
		key := strings.ToLower(name)
		r.people[key] = true
		r.contractors.check(r.header, row)
		fn(row, key)
	}
}

// date reads a row's date cell the way the column writes dates.
func (r *report) date(row []string) (time.Time, bool) {
	return cellDate(r.cell(row, roleDate), r.monthFirst)
}

// roster is what every report says: how many rows and people it lists,
// each quoting the header, and whether contractors appear.
func (r *report) roster() evidence.Roster {
	return evidence.Roster{People: r.count(len(r.people)), Rows: r.count(r.listed), ContractorsIncluded: r.contractors.fact()}
}

// count is a count of the report's rows, quoting its header.
func (r *report) count(n int) evidence.Fact[int] { return known(n, r.text) }

// span is the newest and oldest of some dates, with the rows they were
// read from.
type span struct {
	newest, oldest time.Time
	newRow, oldRow string
}

func (s *span) add(d time.Time, row []string) {
	if s.newest.IsZero() || d.After(s.newest) {
		s.newest, s.newRow = d, rowText(row)
	}
	if s.oldest.IsZero() || d.Before(s.oldest) {
		s.oldest, s.oldRow = d, rowText(row)
	}
}

// facts are the newest and oldest date, quoting their rows; both are
// unknown for a span without dates.
func (s span) facts() (newest, oldest evidence.Fact[evidence.Date]) {
	if s.newest.IsZero() {
		return newest, oldest
	}
	return known(evidence.DateOf(s.newest), s.newRow), known(evidence.DateOf(s.oldest), s.oldRow)
}

// reportTable finds, among the document's tables, the one with a header
// row naming a person and one of the roles in need; of several, the one
// with the most rows below its header.
func reportTable(doc Document, need []string) ([][]string, header, bool) {
	var (
		best     [][]string
		bestH    header
		bestRows = -1
	)
	for _, rows := range tables(doc) {
		h, ok := findHeader(rows, need)
		if !ok {
			continue
		}
		h.resolveDone(rows)
		if !hasAny(h, need) {
			continue
		}
		if below := len(rows) - h.row - 1; below > bestRows {
			best, bestH, bestRows = rows, h, below
		}
	}
	return best, bestH, bestRows >= 0
}

func hasAny(h header, roles []string) bool {
	for _, r := range roles {
		if _, ok := h.cols[r]; ok {
			return true
		}
	}
	return false
}

// contractorScan tracks whether a report lists contractors. With a type
// column the answer is in that column; without one, a contractor mentioned
// in any other cell still counts, but finding none proves nothing, so the
// fact is then left out.
type contractorScan struct {
	typed bool
	found bool
	quote string
}

func contractorColumn(h header) *contractorScan {
	_, typed := h.cols[roleType]
	return &contractorScan{typed: typed, quote: h.text}
}

func (c *contractorScan) check(h header, row []string) {
	if c.found {
		return
	}
	if c.typed {
		if contractorWords.MatchString(h.cell(row, roleType)) {
			c.found, c.quote = true, rowText(row)
		}
		return
	}
	nameCol, hasName := h.cols[roleName]
	for j, cell := range row {
		if hasName && j == nameCol {
			continue
		}
		if contractorWords.MatchString(cell) {
			c.found, c.quote = true, rowText(row)
			return
		}
	}
}

func (c *contractorScan) fact() evidence.Fact[bool] {
	if !c.found && !c.typed {
		return evidence.Fact[bool]{}
	}
	return known(c.found, c.quote)
}
