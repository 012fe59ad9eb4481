package facts

import (
	"encoding/csv"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Column roles in a report table.
const (
	roleName     = "name"
	roleFirst    = "first name"
	roleLast     = "last name"
	roleEmail    = "email"
	roleDate     = "date"
	roleStatus   = "status"
	roleScore    = "score"
	roleType     = "type"
	roleDone     = "completed"        // "Completed": a date or a yes/no, decided by the cells
	roleDoneToo  = "completed, again" // a second such column: "Sign-off | Signed off", one the state, one the day
	roleOther    = "other date"       // assigned, due, started, last accessed: never a completion
	rolePercent  = "percent done"     // how much of the course is done, in per cent: only 100 is done
	roleIgnored  = "ignored"          // recognised so that it is not mistaken for another role
	headerSearch = 15                 // how many rows from the top may hold the header
)

// maxHeaderCells is how many cells of a row are read when looking for the
// header, and maxHeaderCell how long a header cell may be.
const (
	maxHeaderCells = 200
	maxHeaderCell  = 80
)

// roleOrder breaks ties between phrases of equal length, and keeps the
// choice independent of map order.
var roleOrder = []string{roleIgnored, roleOther, roleType, roleStatus, roleDate, roleDone, roleScore, rolePercent, roleFirst, roleLast, roleEmail, roleName}

// headerRole tells which role a header cell names, or "" for none. A
// date header that also names another date ("Completion due date",
// "Zugewiesen am") is that other date, never a completion, and so is the
// day something is due by ("Complete by"); a status header of another date
// ("Enrollment status") is still a status; an act of completion followed by
// the preposition of its date ("Lu et approuvé le") is a date.
func headerRole(h string) string {
	if len(h) > maxHeaderCell {
		return ""
	}
	h = normalizeHeader(h)
	if h == "" {
		return ""
	}
	best, bestLen := "", 0
	for _, role := range roleOrder {
		for _, p := range headerWords[role] {
			if len(p) > bestLen && containsPhrase(h, p) {
				best, bestLen = role, len(p)
			}
		}
	}
	switch {
	case best == roleDate && dataTopic.MatchString(h):
		// "Data protection (GDPR)": a course about data, whose column is
		// no date; what else the header says decides.
		return headerRole(strings.TrimSpace(dataTopic.ReplaceAllString(h, " ")))
	case percentWord.MatchString(h) && (best == roleStatus || best == roleDone || best == "" && progressWord.MatchString(h)):
		// "% complete", "Fortschritt in %", "% avance", "% gereed": how
		// far the course got, never its result.
		return rolePercent
	case (best == roleDate || best == roleDone || best == roleStatus || best == roleOther) && deadline.MatchString(h):
		// "Complete by", "Abschluss bis", "Da completare entro": the
		// day it is due by, never a completion nor a status.
		return roleOther
	case (best == roleDate || best == roleDone) && mentions(h, roleOther):
		return roleOther
	case best == roleOther && mentions(h, roleStatus):
		return roleStatus
	case (best == roleLast || best == roleFirst) && mentions(h, roleLast) && (mentions(h, roleFirst) || givenNames.MatchString(h)):
		// "Apellidos y nombres", "Nachname, Vorname", "Cognome e nome":
		// both halves of the name in one column, the person's full name.
		return roleName
	case best == roleName && mentions(h, roleEmail):
		// "Signer email", "Employee e-mail": the person's address.
		return roleEmail
	case best == roleType && mentions(h, roleDate):
		// "Contract end date", "Engagement date": a date about the
		// person's contract, never a completion, and no type.
		return roleOther
	case best != roleDate && best != roleOther && actDated(h):
		return roleDate
	}
	return best
}

// dataTopic is the English noun "data" with a noun of what is done with
// data ("Data protection", "Data privacy", "Data handling"), normalised: a
// course's or a topic's name, never the Italian or Portuguese word for a
// date, which a preposition or a word of the act follows ("Data di
// completamento", "Data de conclusão").
var dataTopic = regexp.MustCompile(`(?:^| )data (?:protection|privacy|security|handling|classification|governance|breach(?:es)?|retention|management|loss|sharing|ethics|literacy|quality|awareness)(?: |$)`)

// givenNames is a normalised header's word for a person's given names
// beside their surname, in the plural a full-name column often takes:
// "Apellidos y nombres", "Cognome e nomi", "Nom et prénoms".
var givenNames = regexp.MustCompile(`(?:^| )(?:nombres?|nomes?|nomi|noms?|names?|vornamen?|voornamen?|prenoms?|first names?|given names?|forenames?)(?: |$)`)

// percentWord is a normalised header's word for a percentage (normalizeHeader
// spells "%" as "percent"), and progressWord its word for how far something
// got, in the seven languages.
var (
	percentWord  = regexp.MustCompile(`(?:^| )(?:percent|prozent|pourcentage|porcentaje|percentuale|percentage|percentual|percentagem)(?: |$)`)
	progressWord = regexp.MustCompile(`(?:^| )(?:complete|completed|completion|abgeschlossen|abschluss|acheve|achevement|completado|completamento|completato|voltooid|afgerond|voltooiing|concluido|conclusao|gereed|klaar|voortgang|compleet|avanzamento|fatto|progresso|progreso|avance|avancement|fortschritt|bearbeitet|progress|done)(?: |$)`)
)

// percentDone reads a percent-complete cell: +1 at 100 %, -1 below, 0
// when it is no percentage.
func percentDone(s string) int {
	m := percentCell.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0
	}
	v, err := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
	switch {
	case err != nil || v > 100:
		return 0
	case v == 100:
		return 1
	}
	return -1
}

var percentCell = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d+)?)\s*%?$`)

// deadline ends a header naming the day something is due by.
var deadline = regexp.MustCompile(` (?:by|until|before|bis|avant|avant le|antes de|antes del|hasta|entro|entro il|tot|ate)$`)

// actOn splits a header that says when something was done into the act
// and the preposition of its date: "Lu et approuvé le", "Akkoord gegeven
// op", "Presa visione in data", "Tomou conhecimento em".
var actOn = regexp.MustCompile(`^(.+) (?:on|at|am|um|le|el|il|op|em|in data|en date du|con fecha|in datum)$`)

// actDated reports whether a normalised header is an act of completion or
// acknowledgement followed by the preposition of its date, however the
// act is worded: its column holds the day the act was done. An act that
// names no completion ("Assigned on") is no such header.
func actDated(h string) bool {
	m := actOn.FindStringSubmatch(h)
	return m != nil && (status(m[1]) > 0 || headerRole(m[1]) == roleDone)
}

// mentions reports whether a normalised header contains a phrase of role.
func mentions(h, role string) bool {
	for _, p := range headerWords[role] {
		if containsPhrase(h, p) {
			return true
		}
	}
	return false
}

var nonAlnum = regexp.MustCompile(`[^\p{L}\p{N}%]+`)

// normalizeHeader folds a header (lower case, no accents) and reduces
// punctuation to spaces, so "Pass/Fail", "pass_fail" and "PASS - FAIL" all
// read "pass fail", and "Date d'achèvement" reads "date d achevement".
func normalizeHeader(h string) string {
	h = strings.ReplaceAll(fold(h), "%", " percent ")
	return strings.TrimSpace(nonAlnum.ReplaceAllString(h, " "))
}

// containsPhrase reports whether the words of p appear together in h.
func containsPhrase(h, p string) bool {
	return h == p || strings.HasPrefix(h, p+" ") || strings.HasSuffix(h, " "+p) || strings.Contains(h, " "+p+" ")
}

// header is a recognised header row: the row's index and the column of
// each role found in it.
type header struct {
	row   int
	cols  map[string]int
	names map[string]string // the header cell of each role, as written
	text  string            // the header row as written, for quoting
}

// findHeader looks for the header among the first rows of a table: the row
// naming the most roles, as long as it names a person and at least one of
// the roles in need.
func findHeader(rows [][]string, need []string) (header, bool) {
	var best header
	bestN := 0
	for i := 0; i < len(rows) && i < headerSearch; i++ {
		cols := map[string]int{}
		for j, cell := range rows[i] {
			if j >= maxHeaderCells {
				break // no report has this many columns; the row is not a header
			}
			r := headerRole(cell)
			if _, dup := cols[r]; dup && r == roleDone {
				r = roleDoneToo
			}
			if r != "" && r != roleIgnored {
				if _, dup := cols[r]; !dup {
					cols[r] = j
				}
			}
		}
		_, name := cols[roleName]
		_, first := cols[roleFirst]
		_, email := cols[roleEmail]
		if !name && !first && !email {
			// No header word names the person: a column whose header
			// names nothing and whose cells are distinct people's names
			// is the person's, when it is the only one.
			j, ok := personByValues(rows, i, cols)
			if !ok {
				continue
			}
			cols[roleName] = j
		}
		_, ok := cols[roleDone]
		for _, r := range need {
			if _, has := cols[r]; has {
				ok = true
			}
		}
		if ok && len(cols) > bestN {
			splitName(cols, rows[i])
			names := map[string]string{}
			for r, j := range cols {
				names[r] = strings.TrimSpace(rows[i][j])
			}
			best, bestN = header{row: i, cols: cols, names: names, text: rowText(rows[i])}, len(cols)
		}
	}
	return best, bestN > 0
}

// personByValues finds, under header row i whose columns cols names, the
// column of people told by its values: its header names no role, and at
// least minCarryRows rows below hold in it, nine in ten of them, a
// person's name, each row another (a department or a course repeats).
// Two such columns (first and last names apart) are not read, nor is a
// header naming no column besides it, nor a row holding a date or a name
// (a row of data, not a header).
func personByValues(rows [][]string, i int, cols map[string]int) (int, bool) {
	if len(cols) < 2 || i+1 >= len(rows) {
		return 0, false
	}
	for _, h := range rows[i] {
		if _, ok := cellDate(h, OrderUnknown); ok {
			return 0, false // a row of data, not a header
		}
	}
	found, n := -1, 0
	for j, h := range rows[i] {
		if j >= maxHeaderCells || strings.TrimSpace(h) == "" || headerRole(h) != "" || personLike(strings.TrimSpace(h)) {
			continue // a column named, or a person's name: a row of data
		}
		names, filled := map[string]bool{}, 0
		for _, row := range rows[i+1:] {
			c := cell(row, j)
			if c == "" {
				continue
			}
			filled++
			if personLike(c) {
				names[strings.ToLower(c)] = true
			}
		}
		if filled < minCarryRows || len(names)*10 < filled*9 {
			continue
		}
		found = j
		n++
	}
	return found, n == 1
}

// splitName files a bare "Name" column beside a first-name or a last-name
// column as the other half of the name: "Prénom | Nom" and "Vorname | Name"
// hold last names under "Nom" and "Name", "Nome | Cognome" and "Nombre |
// Apellidos" first names under "Nome" and "Nombre".
func splitName(cols map[string]int, row []string) {
	j, ok := cols[roleName]
	if !ok || !bareName[normalizeHeader(row[j])] {
		return
	}
	_, first := cols[roleFirst]
	_, last := cols[roleLast]
	switch {
	case first && !last:
		cols[roleLast] = j
	case last && !first:
		cols[roleFirst] = j
	default:
		return
	}
	delete(cols, roleName)
}

// bareName are the headers that say "name" and nothing more.
var bareName = map[string]bool{"name": true, "nom": true, "nombre": true, "nome": true, "naam": true}

// cell returns the cell of a role in a row, or "".
func (h header) cell(row []string, role string) string {
	j, ok := h.cols[role]
	if !ok || j >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[j])
}

// person returns the name a row is about: the name column, first and last
// name together, or the e-mail address when that is all there is.
func (h header) person(row []string) string {
	n := h.cell(row, roleName)
	if n == "" {
		n = strings.TrimSpace(h.cell(row, roleFirst) + " " + h.cell(row, roleLast))
	}
	if n == "" {
		n = h.cell(row, roleEmail)
	}
	return strings.Join(strings.Fields(n), " ")
}

// resolveDone decides whether each "Completed"/"Signed" column holds dates
// or yes/no answers, by what most of its cells are, and files it as a date
// or a status column accordingly; a column of neither is no completion.
// A header may have two ("Sign-off | Signed off"): mostly one holds the
// state and the other the day.
func (h header) resolveDone(rows [][]string) {
	for _, done := range []string{roleDone, roleDoneToo} {
		if j, ok := h.cols[done]; ok {
			delete(h.cols, done)
			h.fileDone(rows, j)
		}
	}
}

// fileDone files completion column j as a date or a status column, by what
// most of its cells are, unless the header already has that column.
func (h header) fileDone(rows [][]string, j int) {
	dates, other, statuses := 0, 0, 0
	seen := map[string]int{} // each distinct cell's status, read once
	for _, row := range rows[h.row+1:] {
		if j >= len(row) || strings.TrimSpace(row[j]) == "" {
			continue
		}
		if _, ok := cellDate(row[j], OrderUnknown); ok {
			dates++
			continue
		}
		other++
		st, ok := seen[row[j]]
		if !ok {
			st = status(row[j])
			if len(seen) < maxStatuses {
				seen[row[j]] = st
			}
		}
		if st != 0 {
			statuses++
		}
	}
	role := roleStatus
	switch {
	case dates > other:
		role = roleDate
	case other > 0 && statuses*2 <= other:
		// Neither dates nor mostly statuses: a "Signature" column of
		// typed names or a "Firma" of company names says nothing of
		// whether the row is done.
		return
	}
	if _, taken := h.cols[role]; !taken {
		h.cols[role] = j
	}
}

// tables returns the document's tables, or, for a CSV or text export
// without them, one table parsed from the text.
func tables(doc Document) [][][]string {
	var out [][][]string
	for _, t := range doc.Tables {
		if len(t.Rows) > 0 {
			out = append(out, t.Rows)
		}
	}
	if len(out) == 0 && strings.TrimSpace(doc.Text) != "" {
		out = append(out, textTable(doc.Text))
	}
	return out
}

var (
	wideSpace    = regexp.MustCompile(`\s{2,}|\t`)
	ruleRow      = regexp.MustCompile(`^[\s|:\-+=]*$`)
	delimiters   = []rune{',', ';', '\t', '|'}
	maxTableRows = 1_000_000
)

// maxBadRecords is how many malformed CSV records are skipped before the
// rest of the text is taken not to be CSV at all.
const maxBadRecords = 1000

// textTable reads delimited text (CSV with commas, semicolons, tabs or
// pipes) into rows; text whose columns are lined up with spaces, as a PDF
// export prints them, is split on runs of two or more spaces.
func textTable(text string) [][]string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	sample := []string{}
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			sample = append(sample, l)
		}
		if len(sample) == 10 {
			break
		}
	}
	delim, bestScore := rune(0), 0
	for _, d := range delimiters {
		score := 0
		for _, l := range sample {
			if strings.ContainsRune(l, d) {
				score++
			}
		}
		if score > bestScore {
			delim, bestScore = d, score
		}
	}
	var rows [][]string
	if delim != 0 && bestScore*2 >= len(sample) {
		if delim == '|' {
			for _, l := range lines {
				l = strings.Trim(strings.TrimSpace(l), "|")
				if ruleRow.MatchString(l) {
					continue
				}
				rows = append(rows, strings.Split(l, "|"))
			}
			return rows
		}
		r := csv.NewReader(strings.NewReader(text))
		r.Comma = delim
		r.LazyQuotes = true
		r.FieldsPerRecord = -1
		for bad := 0; len(rows) < maxTableRows && bad < maxBadRecords; {
			rec, err := r.Read()
			if err != nil {
				if _, ok := err.(*csv.ParseError); ok {
					bad++
					continue
				}
				break
			}
			rows = append(rows, rec)
		}
		return rows
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		rows = append(rows, wideSpace.Split(strings.TrimSpace(l), -1))
	}
	return rows
}

// cellDate reads a date cell: any form ParseDate knows, a timestamp, or
// the serial day number a spreadsheet stores dates as when a reader does
// not format them. Numeric dates are read in the given order; under
// OrderUnknown one that could name two days comes back ambiguous.
func cellDate(s string, order DateOrder) (DateMatch, bool) {
	s = strings.TrimSpace(s)
	if m, ok := dateIn(s, order); ok {
		return m, true
	}
	if m := cutZone.FindStringSubmatch(s); m != nil {
		// The offset went to a line the printed report lost (a page
		// break between a wrapped cell's lines): the day written before
		// it is whole.
		if d, ok := dateIn(m[1], order); ok {
			return d, true
		}
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n >= 20000 && n < 80000 {
		// Day 1 of the 1900 date system is 1900-01-01, but the system
		// counts a 29 February 1900 that never was, hence 1899-12-30.
		return DateMatch{Text: s, Date: time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n))}, true
	}
	return DateMatch{}, false
}

// cutZone is an ISO date-time cut after the sign of its time zone's
// offset ("2025-01-09T09:55:05-", "2025-01-09T09:55+01"), its date and time
// kept in the first group.
var cutZone = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)[+-]\d{0,2}:?$`)

// columnOrder decides how a date column writes its numeric dates: by its
// own dates when one can only be read one way, else by what the rest of the
// document shows (its language, its other dates); when nothing does, the
// order is unknown and ambiguous dates stay ambiguous, never guessed. why
// says, for an analyst, what decided it.
func columnOrder(rows [][]string, col int, doc string) (DateOrder, string) {
	var b strings.Builder
	for _, row := range rows {
		if col < len(row) {
			b.WriteString(row[col])
			b.WriteByte('\n')
		}
	}
	if order, why := DocumentOrder(b.String()); order != OrderUnknown {
		return order, why
	}
	return DocumentOrder(doc)
}

// isRepeatedHeader reports whether row repeats the header, as PDF exports
// do at the top of each page.
func isRepeatedHeader(h header, row []string) bool {
	for _, role := range []string{roleName, roleFirst, roleEmail} {
		if j, ok := h.cols[role]; ok {
			return j < len(row) && strings.EqualFold(strings.TrimSpace(row[j]), h.names[role])
		}
	}
	return false
}
