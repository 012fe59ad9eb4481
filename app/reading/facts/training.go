package facts

import (
	"fmt"
	"strings"
	"time"
)

// Training reads a training completion report exported from a learning
// system, as a spreadsheet, CSV or a table printed to PDF. It finds the
// header row among the first rows whatever its wording and column order,
// then counts the rows: a row is completed when its status says so
// (completed, passed, yes, ✓), or when it has a completion date and no
// status saying otherwise. completion_rate is completed rows over all rows,
// so a report with one row per person and course gives the course
// completion rate its learning system would show.
func Training(doc Document) (Facts, error) {
	if empty(doc) {
		return nil, ErrNoText
	}
	rows, h, ok := reportTable(doc, []string{roleDate, roleStatus})
	if !ok {
		return nil, fmt.Errorf("%w in the training report: looked for a person column (name, employee, full name, learner, user or e-mail) "+
			"and a completion column (date, completed on, completion date or date completed; or status, result, pass/fail or outcome) "+
			"in the first %d rows", ErrNoHeader, headerSearch)
	}
	monthFirst := false
	if j, ok := h.cols[roleDate]; ok {
		monthFirst = columnMonthFirst(rows[h.row+1:], j)
	}

	f := Facts{}
	people := map[string]bool{}
	var (
		n, completed   int
		newest, oldest time.Time
		newRow, oldRow string
	)
	contractors := contractorColumn(h)
	for _, row := range rows[h.row+1:] {
		name := h.person(row)
		if name == "" || totalRow.MatchString(name) || isRepeatedHeader(h, row) {
			continue
		}
		n++
		people[strings.ToLower(name)] = true
		st := status(h.cell(row, roleStatus))
		date, dated := cellDate(h.cell(row, roleDate), monthFirst)
		if st < 0 || st == 0 && !dated {
			contractors.check(h, row)
			continue
		}
		completed++
		if dated {
			if newest.IsZero() || date.After(newest) {
				newest, newRow = date, rowText(row)
			}
			if oldest.IsZero() || date.Before(oldest) {
				oldest, oldRow = date, rowText(row)
			}
		}
		contractors.check(h, row)
	}
	f[KeyRows] = float64(n)
	f[KeyPeople] = float64(len(people))
	f[KeyCompleted] = float64(completed)
	for _, k := range []string{KeyRows, KeyPeople, KeyCompleted} {
		f.quote(k, h.text)
	}
	if n > 0 {
		f[KeyCompletionRate] = round1(100 * float64(completed) / float64(n))
		f.quote(KeyCompletionRate, fmt.Sprintf("%d of %d rows completed under the header %q", completed, n, h.text))
	}
	if !newest.IsZero() {
		f[KeyNewestCompletion] = isoDay(newest)
		f.quote(KeyNewestCompletion, newRow)
		f[KeyOldestCompletion] = isoDay(oldest)
		f.quote(KeyOldestCompletion, oldRow)
	}
	contractors.record(f)
	return f, nil
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

func (c *contractorScan) record(f Facts) {
	switch {
	case c.found:
		f[KeyContractorsIncluded] = true
		f.quote(KeyContractorsIncluded, c.quote)
	case c.typed:
		f[KeyContractorsIncluded] = false
		f.quote(KeyContractorsIncluded, c.quote)
	}
}
