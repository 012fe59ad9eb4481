package facts

import (
	"regexp"
	"slices"
	"strings"
)

// A report printed to PDF reaches the extractors as lines of text, and its
// columns are not reliably separated: the PDF reader writes a tab only
// where the gap between two runs is wide, so one row may have its cells
// joined by tabs and the next by single spaces. printedTable reads such a
// table by meaning instead of by position: the header line is split into
// the column names it is made of, and each row is split at the values that
// can be recognised (dates and status words), the other columns lying in
// between. Page numbers, the report's title repeated on each page and the
// header repeated on each page are not rows.

// maxPrintedHeader is how many lines from the top may come before the
// header of a printed report: a title block and a summary of the filters
// that made it.
const maxPrintedHeader = 40

// column is one column of a printed header: its role and how it is written.
type column struct {
	role string
	text string
}

// printed is a table read from lines: the header as written and, for each
// data row, the cells of the roles the extractors read (person, date,
// status, type) and the line the row was read from.
type printed struct {
	header    string
	rows      []printedRow
	wrapped   int       // lines inside the table that are neither rows nor page furniture
	order     DateOrder // how the rows write numeric dates, and why
	why       string
	hasStatus bool
	typed     bool
}

type printedRow struct {
	person, date, status, kind string
	dateKnown                  bool // the completion date cell could be told apart
	line                       string
}

// splitHeader splits a header line into the columns it names, longest
// phrase first. It reports false when the line is not mostly column names.
func splitHeader(line string) ([]column, bool) {
	words := strings.Fields(normalizeHeader(line))
	if len(words) < 2 || len(words) > maxHeaderCells {
		return nil, false
	}
	var cols []column
	known := 0
	for i := 0; i < len(words); {
		role, n := longestHeader(words[i:])
		if n == 0 {
			if len(cols) > 0 && cols[len(cols)-1].role == "" {
				cols[len(cols)-1].text += " " + words[i]
			} else {
				cols = append(cols, column{text: words[i]})
			}
			i++
			continue
		}
		text := strings.Join(words[i:i+n], " ")
		cols = append(cols, column{role: role, text: text})
		known += n
		i += n
	}
	return cols, known*10 >= len(words)*7 && len(cols) >= 3
}

// longestHeader finds the header phrase that the words start with, of the
// most words, and returns its role as headerRole gives it and its length.
func longestHeader(words []string) (string, int) {
	best := 0
	for _, phrases := range headerWords {
		for _, p := range phrases {
			n := strings.Count(p, " ") + 1
			if n > best && n <= len(words) && strings.Join(words[:n], " ") == p {
				best = n
			}
		}
	}
	if best == 0 {
		return "", 0
	}
	phrase := strings.Join(words[:best], " ")
	if best < len(words) && actDated(phrase+" "+words[best]) {
		// The act and the preposition of its date: "Tomada de
		// conhecimento em" is one column, the date of the act.
		return roleDate, best + 1
	}
	return headerRole(phrase), best
}

// printedTable finds a printed report among lines: a header line naming a
// person and one of the roles in need, and the rows below it.
func printedTable(lines []string, need []string) (printed, bool) {
	for i, l := range lines {
		if i >= maxPrintedHeader {
			break
		}
		cols, ok := splitHeader(l)
		if !ok || !printedHeaderHas(cols, need) {
			continue
		}
		return readPrinted(lines[:i], l, cols, lines[i+1:]), true
	}
	return printed{}, false
}

func printedHeaderHas(cols []column, need []string) bool {
	person, wanted := false, false
	for _, c := range cols {
		switch c.role {
		case roleName, roleFirst, roleLast, roleEmail:
			person = true
		case roleDone:
			wanted = true
		}
		for _, r := range need {
			wanted = wanted || c.role == r
		}
	}
	return person && wanted
}

// readPrinted reads the rows below a printed header. above are the lines
// before the header (the title block), which a report repeats on each page.
func readPrinted(above []string, head string, cols []column, below []string) printed {
	p := printed{header: rowText(strings.Split(head, "\t")), hasStatus: hasRole(cols, roleStatus), typed: hasRole(cols, roleType)}
	seen := map[string]bool{normalizeHeader(head): true}
	for _, l := range above {
		seen[normalizeHeader(l)] = true
	}
	var candidates []string
	for _, l := range below {
		n := normalizeHeader(l)
		if n == "" || seen[n] || pageNoise.MatchString(fold(l)) || loneID.MatchString(l) || recordCount.MatchString(fold(l)) {
			continue
		}
		candidates = append(candidates, strings.Join(strings.Fields(strings.ReplaceAll(l, "\t", " ")), " "))
	}
	p.order, p.why = DocumentOrder(strings.Join(append(slices.Clone(above), candidates...), "\n"))
	if !p.hasStatus && statusByValues(candidates) {
		// The header names no status column, but nearly every row ends in
		// one of a few status words ("Akkoord gegeven", "Akkoord
		// ontbreekt") under a header naming the act ("Akkoordverklaring"):
		// that column is the status, and a row without a date is a row.
		cols = statusColumn(cols)
		p.hasStatus = true
	}
	var dateCols []int // positions of the date columns among cols
	for j, c := range cols {
		if c.role == roleDate || c.role == roleOther || c.role == roleDone {
			dateCols = append(dateCols, j)
		}
	}
	var parsed []printedRow
	for _, l := range candidates {
		r, ok := parsePrinted(l, cols, dateCols, p.order)
		if !ok {
			if len(parsed) > 0 {
				p.wrapped++
			}
			continue
		}
		parsed = append(parsed, r)
	}
	if freeAfterName(cols) {
		stripShared(parsed)
	}
	p.rows = parsed
	return p
}

// statusByValues reports whether the lines of a printed table, nearly
// all of them, hold a status after the person, and the statuses are few
// (at most maxPrintedStatuses kinds, each on two rows or more on the
// whole): a status column whatever its header
// says. A column of departments or courses holds many kinds, and a word
// of one of them taken for a status would cut rows wrongly.
func statusByValues(lines []string) bool {
	if len(lines) < minCarryRows {
		return false
	}
	kinds := map[string]bool{}
	with := 0
	for _, l := range lines {
		at := statusAt(l)
		if at <= 0 {
			continue
		}
		rest := dateless(l[at:], DatesIn(l[at:], OrderUnknown))
		if status(rest) == 0 && ackSign(rest) == 0 {
			continue
		}
		with++
		kinds[fold(rest)] = true
	}
	return with*10 >= len(lines)*9 && len(kinds) <= maxPrintedStatuses && len(kinds)*2 <= with
}

// statusColumn files the column of a printed header that holds the
// status, found by its values: the column naming the act ("Acknowledgement
// record", "Kenntnisnahme") when the header has a date column besides it,
// else a column of its own at the end.
func statusColumn(cols []column) []column {
	cols = slices.Clone(cols)
	if hasRole(cols, roleDate) {
		for j, c := range cols {
			if c.role == roleDone {
				cols[j].role = roleStatus
				return cols
			}
		}
	}
	return append(cols, column{role: roleStatus})
}

// maxPrintedStatuses is how many kinds of status a printed table's status
// column, found by its values, may hold.
const maxPrintedStatuses = 6

// parsePrinted reads one line as a row: its dates in the order of the date
// columns, its status word, and the person named before them.
func parsePrinted(l string, cols []column, dateCols []int, order DateOrder) (printedRow, bool) {
	r := printedRow{line: l}
	ds := DatesIn(l, order)
	// The text before the first recognised value holds the person.
	end := len(l)
	if len(ds) > 0 {
		end = ds[0].Start
	}
	if loc := statusAt(l[:end]); loc >= 0 && hasRole(cols, roleStatus) {
		end = loc
	}
	r.person = strings.Trim(strings.TrimSpace(l[:end]), " |-–")
	r.person = leadingID.ReplaceAllString(r.person, "")
	if r.person == "" || !hasLetter(r.person) {
		return r, false
	}
	if hasRole(cols, roleStatus) {
		rest := dateless(l[len(l[:end]):], ds)
		r.status = strings.TrimSpace(rest)
		if status(r.status) == 0 && len(ds) == 0 {
			// Neither a date nor a status: a title or a line of a cell
			// that wrapped, not a row.
			return r, false
		}
	} else if len(ds) == 0 && !nameLike(r.person) {
		return r, false
	}
	completion := -1
	for k, j := range dateCols {
		if cols[j].role == roleDate || cols[j].role == roleDone {
			completion = k
		}
	}
	switch {
	case completion < 0:
	case len(ds) == len(dateCols):
		r.date, r.dateKnown = ds[completion].Text, true
	case len(ds) < len(dateCols) && status(r.status) < 0:
		// A row not completed leaves its completion date empty.
		r.dateKnown = true
	}
	if hasRole(cols, roleType) && isContractor(l) {
		r.kind = "contractor"
	}
	return r, true
}

var (
	// loneID is a line holding only an identifier: the id column of a
	// table, which the PDF reader may give apart from the rest of the rows.
	loneID    = regexp.MustCompile(`^\s*[A-Za-z]{0,4}[-#]?\d[\d-]*\s*$`)
	leadingID = regexp.MustCompile(`^(?:[A-Z]{0,4}[-#]?\d[\d-]*\s+)+`)
	nameWord  = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*$`)
	// recordCount is the line under a fixed-width report that counts its
	// records: "*** 56 ***", "== 56 ==", "56 records", "Records: 56",
	// "56 Datensätze", "56 enregistrements", "56 registros", "56 record",
	// "56 regels", "56 registos".
	recordCount = regexp.MustCompile(`^[\s*#=~_-]*\d+[\s*#=~_-]*$|^\W*(?:\d+\s+)?(?:records?|rows?|datensatze|enregistrements|registros|righe|regels|registos)\W*(?:\d+)?\W*$`)
)

// nameLike reports whether s could be a person's name: two to five words,
// each starting with a capital letter.
func nameLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if !nameWord.MatchString(w) {
			return false
		}
	}
	return true
}

// freeAfterName reports whether the header has a column of free text (a
// department, a course) right after the person's name, which a printed row
// runs into the name.
func freeAfterName(cols []column) bool {
	for j, c := range cols {
		if c.role == roleName || c.role == roleLast || c.role == roleFirst {
			if j+1 < len(cols) {
				switch cols[j+1].role {
				case roleIgnored, roleType, roleScore, "":
					return true
				}
			}
			return false
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x80 {
			return true
		}
	}
	return false
}

func hasRole(cols []column, role string) bool {
	for _, c := range cols {
		if c.role == role {
			return true
		}
	}
	return false
}

// statusAt returns where the first status word in s starts, or -1.
func statusAt(s string) int {
	f := fold(s)
	if len(f) != len(s) {
		// Folding changed the byte length (accents): look word by word.
		for i, w := range strings.Fields(s) {
			if status(w) != 0 || i > 0 && status(strings.Join(strings.Fields(s)[i-1:i+1], " ")) < 0 {
				return strings.Index(s, w)
			}
		}
		return -1
	}
	best := notDoneAt(f)
	for _, re := range []*regexp.Regexp{courseNotDone, statusPositive, ackWord} {
		if loc := re.FindStringIndex(f); loc != nil && (best < 0 || loc[0] < best) {
			best = loc[0]
		}
	}
	return best
}

// dateless removes the dates from s, which starts at offset len(line)-len(s)
// of the line the dates were found in.
func dateless(s string, ds []DateMatch) string {
	for _, d := range ds {
		s = strings.Replace(s, d.Text, " ", 1)
	}
	return strings.Join(strings.Fields(s), " ")
}

// stripShared removes from each person the words that follow the name in
// many rows (a department, a course printed beside it), which a printed
// row does not separate from the name: of the endings a person's text may
// have, the one most rows share is taken off, the longer one on ties.
func stripShared(rows []printedRow) {
	count := map[string]int{}
	for _, r := range rows {
		ws := strings.Fields(r.person)
		for k := 2; k < len(ws); k++ {
			count[strings.Join(ws[k:], " ")]++
		}
	}
	for i, r := range rows {
		ws := strings.Fields(r.person)
		cut, best := len(ws), 1
		for k := 2; k < len(ws); k++ {
			if n := count[strings.Join(ws[k:], " ")]; n > best || n == best && n > 1 && k < cut {
				cut, best = k, n
			}
		}
		if best*4 >= len(rows) && best > 1 {
			rows[i].person = strings.Join(ws[:cut], " ")
		}
	}
}
