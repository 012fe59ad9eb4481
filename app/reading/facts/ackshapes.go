package facts

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"assay/app/evidence"
)

// Acknowledgement logs come in shapes besides a list of signatures with a
// date column the report reader knows by its header: a matrix with one
// column per policy and a row per person, an event log with a row per
// event (sent, opened, reminded, acknowledged), a list whose header words
// are unknown but whose cells are plainly dates, and a pivot that counts
// signed and pending people per department. ackShape reads them by what
// their cells hold, under a header row that names a person.

// ackWord is a cell or header saying a policy was acknowledged or signed,
// in the seven languages; completing a course is no acknowledgement.
var ackWord = regexp.MustCompile(`(?:^|[^\p{L}])(?:acknowledged|acknowledgement given|signed|accepted|agreed|` +
	`bestatigt|unterschrieben|unterzeichnet|zur kenntnis genommen|kenntnisnahme bestatigt|akzeptiert|` +
	`signee?s?|accepte(?:e|es)?|pris connaissance|prise de connaissance|lu et approuve|` +
	`firmad[oa]|aceptad[oa]|conformidad otorgada|conformidad|acuse de recibo|leido y aceptado|` +
	`firmat[oa]|sottoscritt[oa]|accettat[oa]|presa visione|presa d atto registrata|` +
	`ondertekend|getekend|akkoord gegeven|geaccepteerd|` +
	`assinad[oa]|aceite|aceito|tomou conhecimento|ciencia dada)(?:$|[^\p{L}])`)

// eventWord is an event of an acknowledgement workflow that is no
// acknowledgement: the policy sent, opened, viewed, assigned, reminded.
var eventWord = regexp.MustCompile(`(?:^|[^\p{L}])(?:sent|opened|viewed|delivered|reminder|reminded|assigned|invited|` +
	`versendet|versandt|gesendet|geoffnet|angesehen|erinnerung|zugewiesen|` +
	`envoyee?|ouvert|consulte|relance|rappel|assigne|` +
	`enviad[oa]|abiert[oa]|vist[oa]|recordatorio|asignad[oa]|` +
	`inviat[oa]|apert[oa]|visualizzat[oa]|sollecito|promemoria|assegnat[oa]|` +
	`verzonden|verstuurd|geopend|bekeken|herinnering|toegewezen|` +
	`abert[oa]|visualizad[oa]|lembrete|atribuid[oa])(?:$|[^\p{L}])`)

// courseWord marks a column header or title about training, whose dates
// are completions, never signatures.
var courseWord = regexp.MustCompile(`(?:^|[^\p{L}])(?:training|course|awareness|schulung|kurs|unterweisung|formation|cours|sensibilisation|` +
	`curso|capacitacion|corso|formazione|opleiding|cursus|training|formacao|treinamento)`)

// securityPolicy is a header naming the information security policy, the
// policy an acknowledgement log is asked about: "Information security
// policy", "Informationssicherheitsleitlinie", "Politique de sécurité de
// l'information", "Política de seguridad de la información", "Politica per
// la sicurezza delle informazioni", "Informatiebeveiligingsbeleid",
// "Política de segurança da informação".
var securityPolicy = regexp.MustCompile(`information security polic|informationssicherheits(?:leitlinie|richtlinie|politik)|` +
	`politique (?:de )?securite (?:de l )?information|politica de seguridad de la informacion|` +
	`politica (?:per la|di|della) sicurezza (?:delle |dell |della )?informazion|informatiebeveiligingsbeleid|beleid informatiebeveiliging|` +
	`politica de seguranca da informacao`)

// ackSign reads an acknowledgement cell: +1 acknowledged, -1 missing, 0
// neither (an exemption among them, see exempt). What says it is missing, pending, refused or withdrawn is what
// says a course was not done (see notDone); what says it was given is its
// own (ackWord).
func ackSign(s string) int {
	f := normalizeHeader(s)
	switch {
	case f == "" || exempt(f):
		return 0
	case saysNotDone(f):
		return -1
	case ackWord.MatchString(f):
		return 1
	}
	return 0
}

// ackColumn is what a column under an acknowledgement header holds.
type ackColumn struct {
	dates, missing, acks, events, other int
	values                              map[string]bool
}

// The shapes ackShape reads. A plain list is read by the report reader
// when it knows the header; a matrix, an event log and a pivot never are,
// since it would count each date of every policy, or every event, as a
// signature.
const (
	shapeList = iota + 1
	shapeMatrix
	shapeEvents
	shapePivot
)

// ackShape reads an acknowledgement log of one of the shapes above and
// tells which; shape is 0 when doc is none of them.
func ackShape(doc Document) (evidence.AcknowledgementLog, int) {
	for _, rows := range tables(doc) {
		if a, shape := ackTable(doc, rows); shape != 0 {
			return a, shape
		}
	}
	if doc.Kind == "pdf" || len(doc.Tables) == 0 {
		if a, ok := ackPivot(doc.Text); ok {
			return a, shapePivot
		}
	}
	return evidence.AcknowledgementLog{}, 0
}

// ackTable reads a table whose header row names a person, choosing its
// shape by what the columns under it hold.
func ackTable(doc Document, rows [][]string) (evidence.AcknowledgementLog, int) {
	var a evidence.AcknowledgementLog
	hi, person := -1, -1
	for i := 0; i < len(rows) && i < headerSearch; i++ {
		j := personColumn(rows[i])
		if j < 0 {
			continue
		}
		hi, person = i, j
		// Of two header rows naming a person (a group merged over the
		// columns above the columns' own names), the lower names the
		// columns.
		if i+1 < len(rows) {
			if k := personColumn(rows[i+1]); k >= 0 {
				hi, person = i+1, k
			}
		}
		break
	}
	if hi < 0 {
		return a, 0
	}
	head := rows[hi]
	for _, c := range head {
		if courseWord.MatchString(normalizeHeader(c)) {
			return a, 0 // a training matrix or report, not a log of signatures
		}
	}
	body := [][]string{}
	for _, row := range rows[hi+1:] {
		if person >= len(row) || strings.TrimSpace(row[person]) == "" || totalRow.MatchString(fold(strings.TrimSpace(row[person]))) {
			continue
		}
		body = append(body, row)
	}
	body, err := currentVersionRows(rows[:hi], head, body, func(row []string) string { return cell(row, person) }, onlyDate)
	if err != nil {
		return a, 0 // the report reader says why
	}
	body, err = subjectRows(head, body, func(row []string) string { return cell(row, person) }, nil)
	if err != nil || len(body) == 0 {
		// A history of several policies none or two of which is the
		// security policy: the report reader says why.
		return a, 0
	}
	cols := make([]ackColumn, len(head))
	for j := range head {
		cols[j].values = map[string]bool{}
		if j == person {
			continue
		}
		for _, row := range body {
			if j >= len(row) || strings.TrimSpace(row[j]) == "" {
				continue
			}
			c := &cols[j]
			if len(c.values) < 50 {
				c.values[strings.TrimSpace(row[j])] = true
			}
			if _, ok := cellDate(row[j], OrderUnknown); ok && !pivotNumber.MatchString(strings.TrimSpace(row[j])) {
				// A bare number is an identifier in a text export; it is
				// taken for no spreadsheet's day number here.
				c.dates++
				continue
			}
			switch ackSign(row[j]) {
			case 1:
				c.acks++
			case -1:
				c.missing++
			default:
				if eventWord.MatchString(normalizeHeader(row[j])) {
					c.events++
				} else {
					c.other++
				}
			}
		}
	}
	var dateCols, eventCols []int
	for j, c := range cols {
		switch {
		case c.dates > 0 && c.other == 0 && c.acks == 0 && c.events == 0:
			dateCols = append(dateCols, j)
		case c.events > 0 && c.dates == 0 && len(c.values) <= 12:
			eventCols = append(eventCols, j)
		}
	}
	text := rowText(head)
	s := newSignings()
	var scan *contractorScan = &contractorScan{quote: text}
	h := header{row: hi, cols: map[string]int{roleName: person}, text: text}
	people := map[string]bool{}
	listed := 0
	var (
		order DateOrder
		why   string
	)
	// enter counts a row's person and looks for contractors in it.
	enter := func(row []string) string {
		key := personKey(row[person])
		people[key] = true
		listed++
		scan.check(h, row, rowText(row))
		return key
	}
	shape := shapeList
	switch {
	case len(dateCols) == 1 && len(eventCols) == 1 && repeated(body, person):
		// An event log: a person is acknowledged by their last
		// acknowledgement, unless a later event withdraws it.
		dc, ec := dateCols[0], eventCols[0]
		order, why = columnOrder(body, dc, doc.Text)
		type ev struct {
			m   DateMatch
			row []string
		}
		shape = shapeEvents
		last := map[string]*ev{}
		for _, row := range body {
			key := enter(row)
			m, ok := cellDate(cell(row, dc), order)
			if !ok {
				return a, 0 // an event without a time cannot be ordered
			}
			switch ackSign(cell(row, ec)) {
			case 1:
				if e := last[key]; e == nil || !m.Date.Before(e.m.Date) {
					last[key] = &ev{m, row}
				}
			case -1:
				if e := last[key]; e != nil && m.Date.After(e.m.Date) {
					delete(last, key)
				}
			}
		}
		for _, key := range slices.Sorted(maps.Keys(last)) {
			s.add(key, last[key].m, rowText(last[key].row), why)
		}
	case len(dateCols) == 1 && len(eventCols) == 0, len(dateCols) > 1:
		dc := -1
		if len(dateCols) == 1 {
			dc = dateCols[0]
		}
		var named []int
		for _, j := range dateCols {
			if len(dateCols) > 1 && securityPolicy.MatchString(normalizeHeader(head[j])) {
				named = append(named, j)
			}
		}
		switch {
		case len(named) == 1:
			dc = named[0]
		case len(named) > 1:
			// Two columns name the policy: which is asked is unclear,
			// unless they are its versions, of which the current counts.
			if dc = currentVersionColumn(rows[:hi], head, named); dc < 0 {
				return a, 0
			}
		}
		if len(dateCols) > 1 {
			shape = shapeMatrix
		}
		if dc < 0 {
			return a, 0 // a matrix of policies none of which is the security policy
		}
		if len(dateCols) == 1 && !ackWord.MatchString(normalizeHeader(head[dc])) && !ackStatus(cols) {
			return a, 0 // a list of dates of something else: hire, birth, access
		}
		order, why = columnOrder(body, dc, doc.Text)
		for _, row := range body {
			key := enter(row)
			m, ok := cellDate(cell(row, dc), order)
			if !ok || rowMissing(row, dateCols, dc) {
				continue
			}
			s.add(key, m, rowText(row), why)
		}
	default:
		return a, 0
	}
	a.People, a.Rows = known(len(people), text), known(listed, text)
	a.ContractorsIncluded = scan.fact()
	s.fill(&a, text, why)
	return a, shape
}

// repeated reports whether a person stands on more than one row, as in a
// log of events.
func repeated(body [][]string, person int) bool {
	seen := map[string]bool{}
	for _, row := range body {
		key := personKey(row[person])
		if seen[key] {
			return true
		}
		seen[key] = true
	}
	return false
}

// onlyDate is the date of a row holding one date cell (a bare number is
// none), read in no set order.
func onlyDate(row []string) (DateMatch, bool) {
	var found DateMatch
	n := 0
	for _, c := range row {
		if m, ok := cellDate(c, OrderUnknown); ok && !pivotNumber.MatchString(strings.TrimSpace(c)) {
			found = m
			n++
		}
	}
	return found, n == 1
}

// personKey is a person's name as a key: lower case, single spaces.
func personKey(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }

// personColumn is the column of a header row whose cell names a person
// column, or -1; a row holding a date is no header.
func personColumn(row []string) int {
	for _, c := range row {
		if _, ok := cellDate(c, OrderUnknown); ok && !pivotNumber.MatchString(strings.TrimSpace(c)) {
			return -1
		}
	}
	for j, c := range row {
		if j >= maxHeaderCells {
			break
		}
		switch headerRole(c) {
		case roleName, roleLast, roleFirst, roleEmail:
			return j
		}
	}
	return -1
}

// rowMissing reports whether a row of a list says, outside the other
// policies' date columns, that the acknowledgement is missing.
func rowMissing(row []string, dateCols []int, dc int) bool {
	for j, c := range row {
		if j != dc && slices.Contains(dateCols, j) {
			continue
		}
		if _, ok := cellDate(c, OrderUnknown); !ok && ackSign(c) < 0 {
			return true
		}
	}
	return false
}

// ackStatus reports whether some column says in words that rows were
// acknowledged.
func ackStatus(cols []ackColumn) bool {
	for _, c := range cols {
		if c.acks > 0 && c.dates == 0 {
			return true
		}
	}
	return false
}

// cell is the trimmed cell j of a row, or "" when the row has none (or j
// is no column, -1).
func cell(row []string, j int) string {
	if j >= 0 && j < len(row) {
		return strings.TrimSpace(row[j])
	}
	return ""
}

// signings gathers each signer's latest signature under both readings of
// ambiguous dates, and the newest and oldest signature.
type signings struct {
	n      int
	latest [2]map[string]time.Time
	dates  span
}

func newSignings() *signings { return &signings{latest: [2]map[string]time.Time{{}, {}}} }

// add records a signature of the person key.
func (s *signings) add(key string, m DateMatch, quote, why string) {
	s.n++
	for i, l := range s.latest {
		d := m.Date
		if m.Ambiguous() {
			d = m.Readings[i]
		}
		if d.After(l[key]) {
			l[key] = d
		}
	}
	s.dates.add(m, quote, why)
}

// fill sets the signature facts of a, quoting text for the count and the
// dates' doubt; why is what left the dates' order unknown.
func (s *signings) fill(a *evidence.AcknowledgementLog, text, why string) {
	a.Signatures = known(s.n, text)
	a.NewestSignature, a.OldestSignature = s.dates.facts()
	day, month := signedDays(s.latest[0]), signedDays(s.latest[1])
	a.SignatureDates = evidence.Fact[[]evidence.Date]{Value: day, Known: true}
	if !slices.Equal(day, month) {
		a.SignatureDates = doubtful(text, "the signature dates could be read day first or month first: "+why+".", day, month)
	}
}

var pivotNumber = regexp.MustCompile(`^\d{1,6}$`)

// ackPivot reads a pivot of signed and pending people per group with a
// total row: its header names the signed column and the pending column,
// every group row and the total row hold the signed, the pending and their
// sum, and the groups add up to the total. It gives people and signatures,
// and no dates, which a pivot does not hold.
func ackPivot(text string) (evidence.AcknowledgementLog, bool) {
	var a evidence.AcknowledgementLog
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		f := normalizeHeader(l)
		if courseWordIn(l) && !securityPolicy.MatchString(f) {
			continue
		}
		cellsOf := strings.Split(l, "\t")
		if len(cellsOf) < 2 {
			continue
		}
		rest := normalizeHeader(strings.Join(cellsOf[1:], " "))
		pos, neg := ackWord.FindStringIndex(rest), notDoneAt(rest)
		if pos == nil || neg < 0 {
			continue
		}
		signedFirst := pos[0] < neg
		var sum [2]int
		for _, r := range lines[i+1:] {
			c := strings.Split(strings.TrimSpace(r), "\t")
			if len(c) != 4 || !pivotNumber.MatchString(c[1]) || !pivotNumber.MatchString(c[2]) || !pivotNumber.MatchString(c[3]) {
				break
			}
			n := [3]int{}
			for k := range n {
				n[k], _ = strconv.Atoi(c[k+1])
			}
			if n[0]+n[1] != n[2] {
				break
			}
			if !totalRow.MatchString(fold(strings.TrimSpace(c[0]))) {
				sum[0], sum[1] = sum[0]+n[0], sum[1]+n[1]
				continue
			}
			if sum != [2]int{n[0], n[1]} {
				break
			}
			signed := n[0]
			if !signedFirst {
				signed = n[1]
			}
			quote := strings.TrimSpace(l) + " / " + strings.TrimSpace(r)
			a.People, a.Signatures = known(n[2], quote), known(signed, quote)
			return a, true
		}
	}
	return a, false
}

// courseWordIn reports whether a line of text names training.
func courseWordIn(s string) bool { return courseWord.MatchString(normalizeHeader(s)) }
