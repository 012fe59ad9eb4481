package facts

import (
	"fmt"
	"regexp"
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
	table       [][]string // the table the report is, header and all
	rows        [][]string // the rows below the header
	above       map[string]bool
	order       DateOrder // how the date column writes numeric dates
	why         string    // what decided the order, for an ambiguous date's doubt
	printed     bool      // read from the lines of a printed report: the last cell of a row is its line
	fromText    bool      // a table parsed from the text of a PDF
	fragments   int       // lines of a printed report that are no row
	wrapped     bool      // lines of wrapped cells were left out of the rows: the people cannot be told
	unclear     int       // rows of a printed report whose completion date could not be told apart
	listed      int       // rows naming a person
	people      map[string]bool
	statuses    map[string]int
	contractors *contractorScan
	section     string // the status of the section eachPerson is in, in a report printed by status
}

// findReport finds the report in doc: the table whose header names a
// person and one of the roles in need (see reportTable), or, in the text
// of a PDF, a report printed as lines (see printedTable). When there is
// none, the error names the kind of report and what was looked for.
func findReport(doc Document, need []string, kind, lookedFor string) (*report, error) {
	if empty(doc) {
		return nil, ErrNoText
	}
	rows, h, carried, ok := reportTable(doc, need)
	if !ok && doc.Kind == "pdf" && len(doc.Tables) > 0 {
		// The tables whose grid the PDF draws are not the report (or their
		// header has no rule): read the report from the text instead.
		doc.Tables = nil
		rows, h, carried, ok = reportTable(doc, need)
	}
	if len(doc.Tables) == 0 && (!ok || mergedHeader(h)) {
		if p, found := printedTable(strings.Split(doc.Text, "\n"), need); found {
			return p.report(), nil
		}
	}
	if !ok {
		return nil, fmt.Errorf("%w in the %s: looked for %s in the first %d rows", ErrNoHeader, kind, lookedFor, headerSearch)
	}
	if carried.clash {
		return nil, fmt.Errorf("%w: in the %s, rows naming people and dates stand above the header %q "+
			"whose columns do not hold what its rows hold; counting only the rows under it would count part of the report",
			ErrUnclearRows, kind, h.text)
	}
	if doc.Kind == "pdf" && len(doc.Tables) == 0 && (headerLike(rows, h.row-1) || headerLike(rows, h.row+1)) {
		// The header's words go on over the lines around it: its cells
		// wrap, and so, most likely, do the rows'.
		return nil, fmt.Errorf("%w: in the %s, the header %q wraps over several lines, and so do its rows; "+
			"the export as a spreadsheet or CSV can be read", ErrUnclearRows, kind, h.text)
	}
	r := &report{header: h, table: rows, rows: append(carried.rows, rows[h.row+1:]...), above: map[string]bool{}, people: map[string]bool{}, statuses: map[string]int{}, contractors: contractorColumn(h),
		fromText: len(doc.Tables) == 0 && doc.Kind == "pdf"}
	for i, row := range rows[:h.row] {
		if !carried.own[i] {
			r.above[normalizeHeader(rowText(row))] = true
		}
	}
	if r.fromText {
		unwrapped, ok, unclear := unwrapRows(r.rows, h, len(rows[h.row]))
		if unclear {
			return nil, fmt.Errorf("%w: under the header %q, some lines hold wrapped cells of the rows, and where each row "+
				"begins cannot be told for certain; the export as a spreadsheet or CSV can be read", ErrUnclearRows, h.text)
		}
		if ok {
			r.rows, r.wrapped = unwrapped, true
			// Whether a row is a contractor's is only known where its
			// own line says so.
			r.contractors = &contractorScan{quote: h.text}
		}
	}
	if j, ok := h.cols[roleDate]; ok {
		r.order, r.why = columnOrder(r.rows, j, doc.Text)
	}
	return r, nil
}

// headerLike reports whether row i of rows is more of a header: two or
// more cells that name a column and are no status, and no date.
func headerLike(rows [][]string, i int) bool {
	if i < 0 || i >= len(rows) {
		return false
	}
	named := 0
	for _, c := range rows[i] {
		if len(DatesIn(c, OrderUnknown)) > 0 {
			return false
		}
		if headerRole(c) != "" && status(c) == 0 {
			// A status ("Non signé") names no column, whatever its words.
			named++
		}
	}
	return named >= 2
}

// mergedHeader reports whether a header cell names several columns, as
// when a PDF reader joined the header cells of a printed report. A cell
// whose words name one role twice ("Signer name") is one column.
func mergedHeader(h header) bool {
	for _, cell := range strings.Split(h.text, " | ") {
		if cols, _ := splitHeader(cell); len(cols) > 1 {
			roles := map[string]bool{}
			for _, c := range cols {
				if c.role != "" {
					roles[c.role] = true
				}
			}
			if len(roles) > 1 {
				return true
			}
		}
	}
	return false
}

// report turns a printed table into a report over rows of its own making:
// the person, completion date, status and type of each row, and the line
// it was read from last.
func (p printed) report() *report {
	h := header{row: -1, cols: map[string]int{roleName: 0, roleDate: 1, roleStatus: 2, roleType: 3}, names: map[string]string{}, text: p.header}
	r := &report{header: h, printed: true, above: map[string]bool{}, people: map[string]bool{}, statuses: map[string]int{}}
	if !p.typed {
		delete(h.cols, roleType)
	}
	if !p.hasStatus {
		delete(h.cols, roleStatus)
	}
	r.contractors = contractorColumn(h)
	for _, pr := range p.rows {
		r.rows = append(r.rows, []string{pr.person, pr.date, pr.status, pr.kind, pr.line})
		if !pr.dateKnown {
			r.unclear++
		}
	}
	r.order, r.why = p.order, p.why
	r.fragments = p.wrapped
	return r
}

// eachPerson calls fn for every row naming a person, with the person's
// name in lower case as a key, leaving out totals, headers repeated on
// later pages, what a printed report repeats on every page (its title,
// page numbers) and the headings and subtotals of a grouped report (see
// groupLine), whose total must agree with the rows counted. It counts the
// rows and people and looks for contractors.
//
// In a table read from text, a row of one cell that is no name is a line of
// a cell that wrapped, or a heading: when there are many, the rows cannot
// be told apart and the error says so.
func (r *report) eachPerson(fn func(row []string, key string)) error {
	fragments := r.fragments
	var groups groupTotals
	var secs sections
	defer func() { r.section = "" }()
	for _, row := range r.rows {
		if sec, word, ok := r.sectionOf(row); ok {
			secs = append(secs, sec)
			r.section = word
			continue
		}
		name := r.person(row)
		if totalRow.MatchString(fold(name)) || isRepeatedHeader(r.header, row) || r.furniture(row) || groupLine(row, &groups) || !r.fromText && !r.printed && footerRow(row, name) {
			continue
		}
		if r.fromText && cells(row) == 1 && !nameLike(rowText(row)) {
			fragments++
			continue
		}
		if name == "" {
			continue
		}
		r.listed++
		if len(secs) > 0 {
			secs[len(secs)-1].rows++
		}
		key := strings.ToLower(name)
		r.people[key] = true
		r.contractors.check(r.header, row, r.quote(row))
		fn(row, key)
	}
	if tooFragmented(fragments, r.listed) {
		return fmt.Errorf("%w: under the header %q, %d lines are neither a row nor a page heading or number "+
			"(cells that wrap over several lines); the export as a spreadsheet or CSV can be read", ErrUnclearRows, r.text, fragments)
	}
	if err := secs.check(r.text); err != nil {
		return err
	}
	return groups.check(r.listed, r.text)
}

// tooFragmented reports whether lines that are no row, against the rows
// listed, are too many to be headings: cells wrap.
func tooFragmented(fragments, listed int) bool { return fragments*10 > listed }

// cells counts the non-empty cells of a row.
func cells(row []string) int {
	n := 0
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// footerRow reports whether a row whose person cell reads name is a note
// an export writes above or below its rows rather than a person: a label
// ("Generated:", "Filter:") whatever the cells beside it, or a lone cell
// that is no name and has a colon or says what such notes say
// ("Generated on 10/03/2026 by Learning Hub", "Run by: Jan Smit", "Page
// 2 of 3", "End of report"). Any other lone cell stays a person, one
// assigned a course and nothing more, even when it does not look like a
// name ("O'Brien, Seán", "Ana Lima (Contractor)"): dropping it would
// raise the completion rate. A table read
// from a PDF's text is not asked: there, a lone line is a wrapped cell,
// which eachPerson counts. A group's heading or count line is groupLine's,
// asked first, since its counts check the rows read.
func footerRow(row []string, name string) bool {
	if name == "" || personLike(name) {
		return false
	}
	if strings.HasSuffix(name, ":") {
		return true
	}
	return cells(row) == 1 && (strings.Contains(name, ":") || pageNoise.MatchString(fold(name)) || footerNote.MatchString(fold(name)))
}

// footerNote is what an export's note above or under its rows says
// without a colon, in the seven languages, folded: a filter, the end of
// the report, its confidentiality.
var footerNote = regexp.MustCompile(`\b(?:filter(?:ed)?|gefiltert|filtre|filtro|gefilterd|end of (?:the )?report|ende des berichts|fin du rapport|fin del informe|fine del rapporto|einde (?:van het )?rapport|fim do relatorio|confidential|vertraulich|confidentiel|confidencial|riservato|vertrouwelijk)\b`)

// furniture reports whether a row of a table is a page's heading or
// number rather than a person: the title above the header repeated, or a
// page number.
func (r *report) furniture(row []string) bool {
	if !r.fromText {
		return false // only a printed page has headings and numbers
	}
	text := rowText(row)
	return r.above[normalizeHeader(text)] || pageNoise.MatchString(fold(text))
}

// status classifies a row's status cell as status does. A report has few
// distinct statuses, so each is classified once.
func (r *report) status(row []string) int {
	cell := r.cell(row, roleStatus)
	st, ok := r.statuses[cell]
	if !ok {
		st = status(cell)
		if len(r.statuses) < maxStatuses {
			r.statuses[cell] = st
		}
	}
	return st
}

// maxStatuses bounds the memo of report.status: a column of distinct
// values is no status column, and must not grow a map without end.
const maxStatuses = 1000

// quote is the text a row was read from.
func (r *report) quote(row []string) string {
	if r.printed {
		return row[len(row)-1]
	}
	return rowText(row)
}

// date reads a row's date cell the way the column writes dates.
func (r *report) date(row []string) (DateMatch, bool) {
	return cellDate(r.cell(row, roleDate), r.order)
}

// roster is what every report says: how many rows and people it lists,
// each quoting the header, and whether contractors appear.
func (r *report) roster() evidence.Roster {
	people := r.count(len(r.people))
	if r.wrapped {
		people = evidence.Fact[int]{} // a name may lie on the lines left out
	}
	return evidence.Roster{People: people, Rows: r.count(r.listed), ContractorsIncluded: r.contractors.fact()}
}

// count is a count of the report's rows, quoting its header.
func (r *report) count(n int) evidence.Fact[int] { return known(n, r.text) }

// span is the newest and oldest of some dates, with the rows they were
// read from, under each reading of the column's ambiguous dates: all day
// first, or all month first, since a column writes its dates one way.
type span struct {
	readings  [2]daySpan
	ambiguous string // the first ambiguous date, as written
	why       string // why the column's order is not known
}

// daySpan is the newest and oldest of some days, with their rows.
type daySpan struct {
	newest, oldest time.Time
	newRow, oldRow string
}

func (s *daySpan) add(d time.Time, quote string) {
	if s.newest.IsZero() || d.After(s.newest) {
		s.newest, s.newRow = d, quote
	}
	if s.oldest.IsZero() || d.Before(s.oldest) {
		s.oldest, s.oldRow = d, quote
	}
}

// add adds a date read from a row; why is what left an ambiguous date's
// order unknown.
func (s *span) add(m DateMatch, quote, why string) {
	for i := range s.readings {
		d := m.Date
		if m.Ambiguous() {
			d = m.Readings[i]
			if s.ambiguous == "" {
				s.ambiguous, s.why = m.Text, why
			}
		}
		s.readings[i].add(d, quote)
	}
}

// facts are the newest and oldest date, quoting their rows; both are
// unknown for a span without dates. A date that depends on how the
// column's ambiguous dates are read is doubtful, with both readings.
func (s span) facts() (newest, oldest evidence.Fact[evidence.Date]) {
	a, b := s.readings[0], s.readings[1]
	if a.newest.IsZero() {
		return newest, oldest
	}
	return s.fact(a.newest, b.newest, a.newRow, b.newRow), s.fact(a.oldest, b.oldest, a.oldRow, b.oldRow)
}

func (s span) fact(day, month time.Time, dayRow, monthRow string) evidence.Fact[evidence.Date] {
	if day.Equal(month) {
		return known(evidence.DateOf(day), dayRow)
	}
	why := s.ambiguous + " and the column's other dates could be read day first or month first: " + s.why + "."
	return doubtful(dayRow+" / "+monthRow, why, evidence.DateOf(day), evidence.DateOf(month))
}

// reportTable finds, among the document's tables, the one with a header
// row naming a person and one of the roles in need; of several, the one
// with the most rows below its header. It also gives the rows of the same
// report that stand above that header (see carry).
func reportTable(doc Document, need []string) ([][]string, header, carry, bool) {
	var (
		best     [][]string
		bestH    header
		bestK    int
		bestRows = -1
	)
	all := tables(doc)
	for k, rows := range all {
		h, ok := findHeader(rows, need)
		if !ok {
			continue
		}
		h.resolveDone(rows)
		if !hasAny(h, need) {
			continue
		}
		if below := len(rows) - h.row - 1; below > bestRows {
			best, bestH, bestK, bestRows = rows, h, k, below
		}
	}
	if bestRows < 0 {
		return nil, header{}, carry{}, false
	}
	// Only a workbook's sheets split a roster; a printed report's tables
	// each under a header of its own are reports of their own.
	if k, rows, h, ok := sheetsOfOneRoster(all, bestK, bestH, need); ok && doc.Kind == "xlsx" {
		best, bestH, bestK = rows, h, k
	}
	return best, bestH, carryAbove(all[:bestK], best, bestH, need), true
}

// sheetsOfOneRoster joins the sheets of a workbook that split one roster,
// a sheet per department or site: tables whose header row is the report's
// own, word for word, and whose people are different on every sheet. It
// returns the first such table with the rows under the others' headers
// appended, and the index of that table. Sheets that share a person (a
// sheet per year or per course) are no one roster and stay apart, as do
// sheets of other content (a summary stays a cross-check).
func sheetsOfOneRoster(all [][][]string, bestK int, bestH header, need []string) (int, [][]string, header, bool) {
	want := normalizeHeader(rowText(all[bestK][bestH.row]))
	var members []int
	heads := map[int]header{}
	seen := map[string]bool{}
	for k, rows := range all {
		h, ok := findHeader(rows, need)
		if !ok || normalizeHeader(rowText(rows[h.row])) != want {
			continue
		}
		h.resolveDone(rows)
		names := 0
		for _, row := range rows[h.row+1:] {
			name := strings.TrimSpace(h.person(row))
			if name == "" || !personLike(name) {
				continue
			}
			name = strings.ToLower(name)
			if seen[name] {
				return 0, nil, header{}, false // a person on two sheets: no split roster
			}
			seen[name] = true
			names++
		}
		if names == 0 {
			continue
		}
		members = append(members, k)
		heads[k] = h
	}
	if len(members) < 2 {
		return 0, nil, header{}, false
	}
	first := members[0]
	joined := append([][]string(nil), all[first]...)
	for _, k := range members[1:] {
		joined = append(joined, all[k][heads[k].row+1:]...)
	}
	return first, joined, heads[first], true
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
	flag  bool // the type column asks whether the person is a contractor ("External (Y/N)")
	found bool
	quote string
}

func contractorColumn(h header) *contractorScan {
	_, typed := h.cols[roleType]
	return &contractorScan{typed: typed, flag: isContractor(h.names[roleType]), quote: h.text}
}

func (c *contractorScan) check(h header, row []string, quote string) {
	if c.found {
		return
	}
	if c.typed {
		cell := h.cell(row, roleType)
		if isContractor(cell) || c.flag && flagYes(cell) {
			c.found, c.quote = true, quote
		}
		return
	}
	nameCol, hasName := h.cols[roleName]
	for j, cell := range row {
		if hasName && j == nameCol {
			continue
		}
		if isContractor(cell) {
			c.found, c.quote = true, quote
			return
		}
	}
}

// flagYes reports whether the cell of a yes/no column says yes, also by
// the initial of yes in each language ("J/N", "O/N", "S/N").
func flagYes(cell string) bool {
	switch fold(strings.TrimSpace(cell)) {
	case "j", "o", "s":
		return true
	}
	return status(cell) > 0
}

func (c *contractorScan) fact() evidence.Fact[bool] {
	if !c.found && !c.typed {
		return evidence.Fact[bool]{}
	}
	return known(c.found, c.quote)
}

// carry is what stands above a report's header that is rows of people:
// the same report going on from a page whose header OCR could not read
// (a header printed bold on grey), or rows of people and dates that do
// not fit the header's columns, when counting the rows under the header
// alone would count part of the report as the whole.
type carry struct {
	rows  [][]string   // rows of the report above its header, in order
	own   map[int]bool // which of the rows above the header in its own table they are
	clash bool         // rows of people and dates above the header that do not fit its columns
}

// carryAbove finds the rows of the report whose header is rows[h.row]
// that stand above it: in the tables before it that have no header of
// their own, nearest first while each goes on, and in its own table.
// A row is the report's when it has the header's number of columns, a
// person where the header names one, a date or a status where it names
// them, and in every column a cell of a kind the rows under the header
// hold there (a date, a number, a status, text or nothing).
func carryAbove(earlier [][][]string, rows [][]string, h header, need []string) carry {
	c := carry{own: map[int]bool{}}
	width := len(rows[h.row])
	kinds := columnKinds(rows[h.row+1:], h, width)
	if kinds == nil {
		return c
	}
	var before [][][]string
	for k := len(earlier) - 1; k >= 0; k-- {
		t := earlier[k]
		if _, own := findHeader(t, need); own {
			break // a table of its own
		}
		var got [][]string
		others := 0
		for _, row := range t {
			switch fitRow(row, h, width, kinds) {
			case rowFits:
				got = append(got, row)
			case rowClashes:
				c.clash = true
				return c
			default:
				others++
			}
		}
		if len(got) <= others {
			break // no continuation of the report
		}
		before = append([][][]string{got}, before...)
	}
	for _, t := range before {
		c.rows = append(c.rows, t...)
	}
	for i, row := range rows[:h.row] {
		switch fitRow(row, h, width, kinds) {
		case rowFits:
			c.rows = append(c.rows, row)
			c.own[i] = true
		case rowClashes:
			c.clash = true
		}
	}
	return c
}

// How a row above a report's header stands to the report.
const (
	rowOther   = iota // no row of people: a title, a garbled header, a summary
	rowFits           // a row of the report
	rowClashes        // a person and a date in columns that do not hold them under the header
)

// fitRow tells how a row above a report's header stands to it (see
// carryAbove); kinds are the kinds of cell each column holds under it. A
// row naming a person and a date in another number of columns clashes: a
// page whose columns OCR split otherwise.
func fitRow(row []string, h header, width int, kinds []map[string]bool) int {
	if cells(row) < 2 {
		return rowOther
	}
	if len(row) == width && personLike(h.person(row)) && markedDone(row, h) {
		fits := true
		for j, cell := range row {
			if !kinds[j][cellKind(cell)] {
				fits = false
				break
			}
		}
		if fits {
			return rowFits
		}
	}
	named, dated := false, false
	for _, cell := range row {
		named = named || personLike(strings.TrimSpace(cell))
		dated = dated || len(DatesIn(cell, OrderUnknown)) > 0
	}
	if named && dated {
		return rowClashes
	}
	return rowOther
}

// markedDone reports whether a row has a date in the header's date column
// or a status in its status column, as a report's rows do.
func markedDone(row []string, h header) bool {
	if _, ok := cellDate(h.cell(row, roleDate), OrderUnknown); ok {
		return true
	}
	return status(h.cell(row, roleStatus)) != 0
}

// columnKinds gives, for each of width columns, the kinds of cell (see
// cellKind) the rows naming a person hold in it; nil when fewer than
// minCarryRows rows do, too few to tell a column's kinds.
func columnKinds(rows [][]string, h header, width int) []map[string]bool {
	kinds := make([]map[string]bool, width)
	for j := range kinds {
		kinds[j] = map[string]bool{}
	}
	n := 0
	for _, row := range rows {
		if len(row) != width || !personLike(h.person(row)) {
			continue
		}
		n++
		for j, cell := range row {
			kinds[j][cellKind(cell)] = true
		}
	}
	if n < minCarryRows {
		return nil
	}
	return kinds
}

// minCarryRows is how many rows under a header tell what its columns hold.
const minCarryRows = 3

// cellKind is what a cell holds: nothing, a date, a status, a number or
// text.
func cellKind(cell string) string {
	cell = strings.TrimSpace(cell)
	switch {
	case cell == "":
		return "empty"
	case len(DatesIn(cell, OrderUnknown)) > 0:
		return "date"
	case status(cell) != 0:
		return "status"
	case numberCell.MatchString(cell):
		return "number"
	}
	return "text"
}

var numberCell = regexp.MustCompile(`^[-+]?\d+(?:[.,]\d+)*\s*%?$`)

// personLike reports whether a cell names a person: a name, also with the
// small words of a family name ("de Vries", "van der Berg", "da Silva",
// "von Arx"), or an e-mail address.
func personLike(s string) bool {
	if strings.Contains(s, "@") && !strings.ContainsAny(s, " \t") {
		return true
	}
	var kept []string
	for _, w := range strings.Fields(s) {
		if !nameParticles[w] {
			kept = append(kept, w)
		}
	}
	return nameLike(strings.Join(kept, " "))
}

// nameParticles are the lower-case words a family name may hold.
var nameParticles = map[string]bool{
	"van": true, "de": true, "der": true, "den": true, "ter": true, "ten": true, "het": true,
	"von": true, "zu": true, "da": true, "das": true, "do": true, "dos": true, "di": true,
	"del": true, "della": true, "dello": true, "de'": true, "du": true, "des": true, "le": true,
	"la": true, "y": true, "e": true,
}
