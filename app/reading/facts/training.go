package facts

import (
	"errors"
	"fmt"

	"assay/app/evidence"
)

// Training reads a training completion report exported from a learning
// system, as a spreadsheet, CSV or a table printed to PDF. It finds the
// header row among the first rows whatever its wording and column order,
// then counts the rows: a row is completed when its status says so
// (completed, passed, yes, ✓), or when it has a completion date and no
// status saying otherwise. completion_rate is completed rows over all rows,
// so a report with one row per person and course gives the course
// completion rate its learning system would show. A row whose status says
// the person was exempt (see exempt) is neither done nor missing: it is
// listed, never completed, and left out of the rate.
func Training(doc Document) (evidence.TrainingReport, error) {
	var t evidence.TrainingReport
	r, err := findReport(doc, []string{roleDate, roleStatus, rolePercent}, "training report",
		"a person column (name, employee, full name, learner, user or e-mail) "+
			"and a completion column (date, completed on, completion date or date completed; or status, result, pass/fail or outcome; or percent complete)")
	if errors.Is(err, ErrNoHeader) {
		// No header names a completion column: a matrix of people against
		// courses, or a pivot of statuses, is read by what its cells hold.
		if shaped, ok, serr := trainingShape(doc); ok {
			return shaped, serr
		}
	}
	if err != nil {
		return t, err
	}
	if err := r.onSubject(); err != nil {
		return t, err
	}
	completed, unclear, exempted := 0, 0, 0
	_, hasStatus := r.cols[roleStatus]
	var dates span
	err = r.eachPerson(func(row []string, _ string) {
		if exempt(r.cell(row, roleStatus)) {
			exempted++
			return
		}
		st := r.status(row)
		if st == 0 && r.cell(row, roleStatus) != "" && r.cell(row, roleDate) == "" {
			unclear++
		}
		if st == 0 {
			// No status, or one that says nothing: a percent-complete
			// column below 100 % is not done, and at 100 % done when the
			// report has no status (a failed test reads 100 % too).
			if p := percentDone(r.cell(row, rolePercent)); p < 0 || p > 0 && !hasStatus {
				st = p
			}
		}
		date, dated := r.date(row)
		if st < 0 || st == 0 && !dated {
			return
		}
		completed++
		if dated {
			dates.add(date, r.quote(row), r.why)
		}
	})
	if err == nil && unclear*2 > r.listed {
		// Most rows have a status that says neither done nor not, and no
		// date: the column is no status column, or its cells were read
		// out of place (a scan's columns shifted).
		err = fmt.Errorf("%w: under the header %q, %d of %d rows have a status that says neither done nor not done, and no completion date",
			ErrUnclearRows, r.text, unclear, r.listed)
	}
	if err != nil {
		return t, err
	}
	t.Roster = r.roster()
	if _, st := r.cols[roleStatus]; r.unclear > 0 && !st {
		// Some printed rows have a date that may or may not be their
		// completion: what was completed is not known.
		t.NewestCompletion, t.OldestCompletion = dates.facts()
		return t, nil
	}
	t.Completed = r.count(completed)
	due := r.listed - exempted // the rows the rate is over
	if due > 0 {
		t.CompletionRate = known(round1(100*float64(completed)/float64(due)), rateQuote(completed, due, exempted, r.text))
	}
	t.NewestCompletion, t.OldestCompletion = dates.facts()
	if s, ok := findSummary(doc, r.table); ok && due > 0 {
		s.note(&t.Completed, s.completed, float64(completed))
		s.note(&t.Rows, s.total, float64(r.listed))
		if s.disagreement(s.total, float64(len(r.people))) != "" {
			s.note(&t.People, s.total, float64(r.listed))
		}
		if d := s.disagreement(s.rate, 100*float64(completed)/float64(due)); d != "" {
			t.CompletionRate.Quote = clip(d+t.CompletionRate.Quote, maxQuote)
		}
	}
	return t, nil
}

// rateQuote says what a completion rate was counted from: completed of due
// rows under the header, and how many exempt rows were left out.
func rateQuote(completed, due, exempted int, header string) string {
	return fmt.Sprintf("%d of %d rows completed under the header %q", completed, due, header) + exemptNote(exempted)
}

// exemptNote ends a rate's quote with how many exempt people or rows were
// left out of it, when any were.
func exemptNote(exempted int) string {
	if exempted == 0 {
		return ""
	}
	return fmt.Sprintf(", %d exempt left out", exempted)
}
