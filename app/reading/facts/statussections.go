package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A learning or policy system prints its report in sections by status:
// one table, a heading row over each status with its count ("Completed
// (14)", "Abgeschlossen (14)", "Terminé (14)", "Completado (14)",
// "Completato (14)", "Voltooid (14)", "Aceite (14)"), that status's people
// under it without a status column, and a total line at the end. The
// heading is no person, and each row under it takes its status. A
// heading's count that disagrees with the rows under it leaves the rows
// uncertain: some were lost or read twice.

// sectionHeading is a heading row's one cell: words and a count in
// brackets, the words before it being the section's name.
var sectionHeading = regexp.MustCompile(`^([^\d()\[\]]*\p{L}[^\d()\[\]]*?)\s*[(\[]\s*(\d{1,6})\s*[)\]]$`)

// statusSection reads a section heading of a report printed by status: a
// row of one cell holding a status, as status, ackSign or exempt read one,
// and its count in brackets. A heading naming no status ("Finance (5)",
// "Team Hosting (4)") is none: a report grouped by department reads as it
// did.
func statusSection(text string) (word string, count int, ok bool) {
	m := sectionHeading.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", 0, false
	}
	word = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(m[1]), ":–-"))
	if status(word) == 0 && ackSign(word) == 0 && !exempt(word) {
		return "", 0, false
	}
	count, err := strconv.Atoi(m[2])
	if err != nil {
		return "", 0, false
	}
	return word, count, true
}

// section is a status section of a report: its heading, the count the
// heading states, and the rows read under it.
type section struct {
	heading string
	stated  int
	rows    int
}

// sections are the status sections of a report, in order.
type sections []section

// check compares each heading's count with the rows read under it.
func (s sections) check(header string) error {
	for _, sec := range s {
		if sec.stated != sec.rows {
			return fmt.Errorf("%w: under the header %q, the section %q states %d people, and %d rows under it name one",
				ErrUnclearRows, header, sec.heading, sec.stated, sec.rows)
		}
	}
	return nil
}

// sectionOf reads a row of a table as a status section's heading: a row
// of one cell. (A report printed as lines without cells leaves such a
// heading out of its rows, as a line that is no row.)
func (r *report) sectionOf(row []string) (sec section, word string, ok bool) {
	if r.printed || cells(row) != 1 {
		return sec, "", false
	}
	text := strings.TrimSpace(rowText(row))
	word, n, ok := statusSection(text)
	return section{heading: text, stated: n}, word, ok
}

// cell is a row's cell in a role; a row with no status of its own under a
// status section takes the section's.
func (r *report) cell(row []string, role string) string {
	c := r.header.cell(row, role)
	if role == roleStatus && c == "" && r.section != "" {
		return r.section
	}
	return c
}
