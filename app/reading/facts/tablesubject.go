package facts

import (
	"fmt"
	"regexp"
	"strings"
)

// A learning or HR system's history export has a row per person and
// course, or per person and policy: a column names the course or policy of
// each row ("Course", "Kurs", "Cours", "Curso", "Corso", "Cursus",
// "Politique", "Beleid"…), and a person stands on a row for each. Only the
// information security course or policy is asked about: subjectRows keeps
// its rows, and of a person's several rows for it the latest.

// subjectHeader is a header naming the course or policy of each row, in
// the seven languages (normalised; never a policy's version or a course's
// code).
var subjectHeader = regexp.MustCompile(`^(?:course|course name|course title|training|training name|training title|module|module name|learning item|policy|policy name|policy title|` +
	`kurs|kursname|kurstitel|kursbezeichnung|schulung|schulungsname|schulungstitel|richtlinie|leitlinie|` +
	`cours|nom du cours|intitule du cours|formation|intitule de la formation|politique|` +
	`curso|nombre del curso|titulo del curso|capacitacion|politica|` +
	`corso|nome del corso|titolo del corso|formazione|` +
	`cursus|opleiding|naam opleiding|beleid|beleidsstuk|` +
	`nome do curso|titulo do curso|formacao|acao de formacao)$`)

// securitySubject reports whether a course or policy named in a row is the
// information security one.
func securitySubject(s string) bool {
	f := normalizeHeader(s)
	return securityCourseName(f) || securityPolicy.MatchString(f)
}

// unsureSubject reports whether a course named in a row, not surely the
// information security one, could still be it: awareness of security of
// no named kind, as much safety's (see unsureSecurityCourseName).
func unsureSubject(s string) bool {
	return !securitySubject(s) && unsureSecurityCourseName(normalizeHeader(s))
}

// subjectRows keeps, of the rows under header row head, those of the
// information security course or policy, when a column names each row's
// course or policy and holds more than one, and most people stand on
// several rows: a history export. A person
// with several rows for it keeps the latest, by date (the date function,
// when given, reads a row's date) or else by order in the file. Rows of a
// report with no such column, or with one course throughout, are kept as
// they are, and so are those of a history none of whose courses is named
// for security (the modules of one programme). When more than one could be
// the security course or policy, what to count is not known: the error
// says so.
func subjectRows(head []string, rows [][]string, person func([]string) string, date func([]string) (DateMatch, bool)) ([][]string, error) {
	col := -1
	for j, h := range head {
		if len(h) <= maxHeaderCell && subjectHeader.MatchString(normalizeHeader(h)) {
			if col >= 0 {
				return rows, nil // two such columns: no history export this reader knows
			}
			col = j
		}
	}
	if col < 0 {
		return rows, nil
	}
	values := map[string]bool{}
	seen := map[string]int{} // person → rows
	var security, unsure []string
	for _, row := range rows {
		v, p := strings.Join(strings.Fields(cell(row, col)), " "), person(row)
		if v == "" || p == "" {
			continue
		}
		seen[personKey(p)]++
		if values[v] {
			continue
		}
		values[v] = true
		if securitySubject(v) {
			security = append(security, v)
		} else if unsureSubject(v) {
			unsure = append(unsure, v)
		}
	}
	repeated := 0
	for _, n := range seen {
		if n > 1 {
			repeated++
		}
	}
	if len(values) >= 2 && repeated*2 >= len(seen) && len(security) == 0 && len(unsure) > 0 {
		// A history whose only course that could be the security one is
		// awareness of security of no named kind: it may as well be a
		// safety course, and counting it, or the history whole, would be
		// a guess.
		return nil, fmt.Errorf("%w: under the header %q, the column %q names %d courses or policies, and %q may be the information security course or a safety one",
			ErrUnclearRows, rowText(head), strings.TrimSpace(head[col]), len(values), unsure[0])
	}
	if len(values) < 2 || repeated*2 < len(seen) || len(security) == 0 {
		// One course throughout; or a list of people of which a few
		// have a row for another course too, or a history none of whose
		// courses is named for security (modules of one security
		// programme, "Phishing", "Data handling"): counted whole.
		return rows, nil
	}
	if len(security) > 1 {
		return nil, fmt.Errorf("%w: under the header %q, the column %q names %d courses or policies, and %q and %q could both be the information security one",
			ErrUnclearRows, rowText(head), strings.TrimSpace(head[col]), len(values), security[0], security[1])
	}
	var onSubject [][]string
	for _, row := range rows {
		if strings.Join(strings.Fields(cell(row, col)), " ") == security[0] {
			onSubject = append(onSubject, row)
		}
	}
	kept, _, _ := latestOfEach(onSubject, person, func(row, earlier []string) bool { return later(row, earlier, date) }, nil)
	return kept, nil
}

// latestOfEach keeps one row of each person of rows, in the order they
// first stand (rows naming no one are all kept): the one after which no
// other comes, by after(row, earlier). When alike is given and says two
// rows of one person are not alike, it stops: ok is false. repeated
// tells whether anyone stood on several rows.
func latestOfEach(rows [][]string, person func([]string) string, after, alike func(row, earlier []string) bool) (kept [][]string, repeated, ok bool) {
	latest := map[string]int{} // person → index in kept
	for _, row := range rows {
		key := personKey(person(row))
		i, seen := latest[key]
		if !seen || key == "" {
			latest[key] = len(kept)
			kept = append(kept, row)
			continue
		}
		if alike != nil && !alike(row, kept[i]) {
			return nil, repeated, false
		}
		repeated = true
		if after(row, kept[i]) {
			kept[i] = row
		}
	}
	return kept, repeated, true
}

// later reports whether row comes after earlier, a row of the same person
// and course: by their dates when both have one, else by order in the file.
func later(row, earlier []string, date func([]string) (DateMatch, bool)) bool {
	if date == nil {
		return true
	}
	a, ok := date(row)
	b, okEarlier := date(earlier)
	if ok && okEarlier {
		return !a.Date.Before(b.Date)
	}
	return true
}

// onSubject keeps, of a report's rows, those of the information security
// course or policy (see subjectRows), and of a person's attempts at its
// test the latest (see latestAttempts); a report printed as lines has no
// header row to tell its columns by, and is kept whole.
func (r *report) onSubject() error {
	if r.printed || r.header.row < 0 || r.header.row >= len(r.table) {
		return nil
	}
	head := r.table[r.header.row]
	rows, err := subjectRows(head, r.rows, r.person, r.date)
	if err != nil {
		return err
	}
	r.rows = latestAttempts(r.header, head, rows, r.person, r.date)
	return nil
}
