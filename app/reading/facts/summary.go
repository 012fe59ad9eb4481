package facts

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"assay/app/evidence"
)

// A learning system's export often comes as a workbook with a summary
// sheet (totals and a completion rate per course) beside the sheet of one
// row per person. The rows are what the facts are counted from; the
// summary only checks them. When the two disagree (the summary counts
// people the rows leave out, or is older than them) the facts keep the
// rows' figures, and their quotes say, first, what the summary states, so
// that the analyst reading the fact sees both. A doubt would make the
// figure unknown to the rules, and the rows, the only figures that name
// people, are what the issue asks to count.

// summaryFigure is a figure a summary states, with the cells it was read
// from.
type summaryFigure struct {
	value    float64
	decimals int // how many decimals the summary shows
	quote    string
}

// summary is what a summary sheet states about the report.
type summary struct {
	sheet                  string
	total, completed, rate *summaryFigure
}

var (
	rateLabel      = regexp.MustCompile(`%|\bpercent|\brate\b|\bquote\b|\bquota\b|\btaux\b|\btasa\b|\btasso\b|\btaxa\b|\bpercentage\b|\bpercentuale\b|\bporcentaje\b|\bpercentual\b|\bpourcentage\b|\bprozent\w*|\bpercentagem\b`)
	totalLabel     = regexp.MustCompile(`^(?:total|totals|gesamt|insgesamt|totale|totaal|totais)$|\b(?:assigned|assignments|enrolled|enrolments|enrollments|learners|users|employees|participants|headcount|staff|zugewiesen|zuweisungen|eingeschrieben|teilnehmer\w*|mitarbeiter\w*|assignes|inscrits|apprenants|salaries|asignados|inscritos|empleados|participantes|assegnati|iscritti|dipendenti|partecipanti|toegewezen|ingeschreven|deelnemers|medewerkers|atribuidos|colaboradores|funcionarios)\b`)
	summaryNumber  = regexp.MustCompile(`^\s*(\d{1,7}(?:[.,]\d+)?)\s*(%?)\s*$`)
	completionWord = regexp.MustCompile(`\bcomplet|\babschluss|\babgeschlossen|\bacheve|\btermine|\bfinaliza|\bcompletad|\bcompletament|\bcompletat|\bvoltooi|\bafgerond|\bconclu|\bpassed\b|\bbestanden\b|\breussi|\baprobad|\bsuperat|\bgeslaagd|\baprovad`)
)

// findSummary reads the figures of the first table other than the report's
// own that states a completion count or rate, in either layout: label and
// value side by side, or a header row over a row of values (a single row,
// or the row of totals).
func findSummary(doc Document, report [][]string) (summary, bool) {
	for _, t := range doc.Tables {
		if len(t.Rows) == 0 || len(report) > 0 && (&t.Rows[0] == &report[0] || sharesRows(t.Rows, report)) {
			continue
		}
		s := summary{sheet: t.Name}
		for i, row := range t.Rows {
			if len(row) >= 2 {
				s.pair(row[0], lastValue(row[1:]), rowText(row))
			}
			if i+1 < len(t.Rows) && i < headerSearch {
				s.grid(row, t.Rows[i+1:])
			}
		}
		if s.completed != nil || s.rate != nil {
			return s, true
		}
	}
	return summary{}, false
}

// sharesRows reports whether a table's rows are among the report's (a
// sheet joined into the report by sheetsOfOneRoster): the same cells, not
// a copy of them.
func sharesRows(rows, report [][]string) bool {
	own := map[*string]bool{}
	for _, row := range report {
		if len(row) > 0 {
			own[&row[0]] = true
		}
	}
	for _, row := range rows {
		if len(row) > 0 && own[&row[0]] {
			return true
		}
	}
	return false
}

// lastValue is the last non-empty cell of cells.
func lastValue(cells []string) string {
	for j := len(cells) - 1; j >= 0; j-- {
		if strings.TrimSpace(cells[j]) != "" {
			return cells[j]
		}
	}
	return ""
}

// grid reads a header row over rows of values: the row of totals when
// there is one, else the only row.
func (s *summary) grid(head []string, below [][]string) {
	var values []string
	if len(below) == 1 {
		values = below[0]
	}
	for _, row := range below {
		if values == nil && len(row) > 0 && totalRow.MatchString(fold(strings.TrimSpace(row[0]))) {
			values = row
		}
	}
	if values == nil {
		return
	}
	for j, label := range head {
		if j < len(values) {
			s.pair(label, values[j], rowText(head)+" / "+rowText(values))
		}
	}
}

// pair files one label and value as the figure the label names.
func (s *summary) pair(label, value, quote string) {
	m := summaryNumber.FindStringSubmatch(value)
	l := normalizeHeader(label)
	if m == nil || l == "" || len(label) > maxHeaderCell {
		return
	}
	v, err := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
	if err != nil {
		return
	}
	decimals := 0
	if i := strings.IndexAny(m[1], ".,"); i >= 0 {
		decimals = len(m[1]) - i - 1
	}
	f := &summaryFigure{value: v, decimals: decimals, quote: quote}
	done := completionWord.MatchString(l) && status(label) >= 0 // not "Not completed"
	switch {
	case rateLabel.MatchString(l) || m[2] == "%":
		if done && s.rate == nil {
			s.rate = f
		}
	case done && decimals == 0:
		if s.completed == nil {
			s.completed = f
		}
	case totalLabel.MatchString(l) && decimals == 0:
		if s.total == nil {
			s.total = f
		}
	}
}

// note puts before a fact's quote what the summary says of it, when that
// differs from got.
func (s summary) note(fact *evidence.Fact[int], f *summaryFigure, got float64) {
	if d := s.disagreement(f, got); d != "" && fact.Known {
		fact.Quote = clip(d+fact.Quote, maxQuote)
	}
}

// disagreement is what the summary says that the rows do not, as a
// sentence to put before the quote of each fact it concerns; "" when the
// summary agrees or says nothing of that fact.
func (s summary) disagreement(f *summaryFigure, got float64) string {
	if f == nil {
		return ""
	}
	// The summary rounds to what it shows: 88 % agrees with 87.9 %.
	if math.Abs(f.value-got) <= 0.5*math.Pow(10, -float64(f.decimals))+1e-9 {
		return ""
	}
	return fmt.Sprintf("The rows disagree with the sheet %q, which says %q. ", s.sheet, f.quote)
}
