package facts

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"assay/app/evidence"
)

// A learning system prints a transcript per person: a block for each,
// opened by a line naming the person ("Learner: Ana Lima", "Mitarbeiter:
// Jan Vos", or the name alone over the block's header), then a row per
// course under a header naming the course, its status and its completion
// date, repeated for each block or written once. No header names a person
// column, so the report reader finds none; transcript reads the blocks.
// Only the information security course counts, as in a history export:
// each person's latest row for it.

// transcriptTitle is a line's words before a person's name in a
// transcript's block, besides a person column's own words (headerWords'
// names): "Transcript for", "Training record of", "Lernhistorie von",
// "Relevé de formation de", "Historial formativo de", "Storico formativo
// di", "Opleidingsoverzicht van", "Histórico de formação de".
var transcriptTitle = regexp.MustCompile(`^(?:(?:learning|training|learner|course)\s+)?(?:transcript|record|history)(?:\s+(?:for|of))?` +
	`|^(?:lernhistorie|schulungsnachweis|schulungshistorie|weiterbildungsnachweis|trainingsnachweis)(?:\s+(?:fur|von))?` +
	`|^(?:releve|historique|dossier|parcours)(?:\s+de)?\s+(?:formation|formations)(?:\s+(?:de|d))?` +
	`|^(?:historial|expediente|registro)\s+(?:formativo|de\s+formacion|de\s+capacitacion)(?:\s+de)?` +
	`|^(?:storico|libretto|registro)\s+(?:formativo|della\s+formazione)(?:\s+di)?` +
	`|^(?:opleidingsoverzicht|opleidingshistorie|leerhistorie|trainingsoverzicht)(?:\s+(?:van|voor))?` +
	`|^(?:historico|registo|registro|cadastro)\s+(?:de\s+formacao|formativo|de\s+treinamento)(?:\s+(?:de|do|da))?`)

// transcriptCols are the columns of a transcript block's header.
type transcriptCols struct {
	subject, date, status, done int // -1 where the header has none
	text                        string
}

// transcriptBlock is one person's block: the line naming them and their
// rows for the security course.
type transcriptBlock struct {
	person, line string
	courses      int
	security     [][]string
}

// datedTranscript finds the blocks of a transcript of what (transcriptBlocks)
// and the day/month order of their security rows' dates, decided from
// those rows and the document (columnOrder): date reads a row's date in that
// order, why says how the order was decided.
func datedTranscript(doc Document, rows [][]string, what string) (*transcriptCols, []*transcriptBlock, func([]string) (DateMatch, bool), string, bool, error) {
	cols, blocks, ok, err := transcriptBlocks(rows, what)
	if !ok || err != nil {
		return cols, blocks, nil, "", ok, err
	}
	var dated [][]string
	for _, b := range blocks {
		dated = append(dated, b.security...)
	}
	order, why := columnOrder(dated, cols.dateCol(), doc.Text)
	date := func(row []string) (DateMatch, bool) { return cols.completion(row, order) }
	return cols, blocks, date, why, true, nil
}

// transcript reads a training report printed as a transcript per person;
// ok is false when rows are none, and err says why one was found but
// could not be read surely: a person with no row for the security course,
// or two courses that could be it.
func transcript(doc Document, rows [][]string) (evidence.TrainingReport, bool, error) {
	var t evidence.TrainingReport
	cols, blocks, date, why, ok, err := datedTranscript(doc, rows, "course")
	if !ok || err != nil {
		return t, ok, err
	}
	people := map[string]bool{}
	completed, exempted, unclear := 0, 0, 0
	var dates span
	for _, b := range blocks {
		people[b.key()] = true
		row := b.security[0]
		for _, r := range b.security[1:] {
			if later(r, row, date) {
				row = r
			}
		}
		st := status(cols.statusOf(row))
		d, ok := date(row)
		switch {
		case exempt(cols.statusOf(row)):
			exempted++
		case st == 0 && !ok && cols.statusOf(row) != "":
			unclear++
		case st > 0 || st == 0 && ok:
			completed++
			if ok {
				dates.add(d, b.line+" / "+rowText(row), why)
			}
		}
	}
	if unclear*2 > len(blocks) {
		// Most statuses say neither done nor not, with no date: the
		// column is no status column, as in the report reader.
		return t, true, fmt.Errorf("%w: in the transcript under the header %q, %d of %d people's rows have a status that says neither done nor not done, and no completion date",
			ErrUnclearRows, cols.text, unclear, len(blocks))
	}
	t.People, t.Rows = known(len(people), cols.text), known(len(blocks), cols.text)
	t.Completed = known(completed, cols.text)
	if due := len(blocks) - exempted; due > 0 {
		t.CompletionRate = known(round1(100*float64(completed)/float64(due)), rateQuote(completed, due, exempted, cols.text))
	}
	t.NewestCompletion, t.OldestCompletion = dates.facts()
	return t, true, nil
}

// transcriptBlocks reads the blocks of a transcript per person, a course's
// or a policy's (what): ok is false when rows hold none, and err says why
// blocks were found but cannot be read surely: a person with no row for
// the information security course or policy, or two that could be it.
func transcriptBlocks(rows [][]string, what string) (*transcriptCols, []*transcriptBlock, bool, error) {
	var (
		cols   *transcriptCols
		blocks []*transcriptBlock
		titles = map[string]string{}
		headed = false // the last block has had its header
		orphan string  // a course row before the first block
	)
	rows = unboxed(rows)
	for i, row := range rows {
		if h, ok := transcriptHeader(row); ok {
			if headed && cols != nil && cols.text == h.text {
				// The header again in one person's block: a block
				// printed with its header has it once, so the line
				// naming the next person was not read, and their rows
				// would count as the last person's.
				return nil, nil, true, fmt.Errorf("%w: in the transcript, the header %q comes again with no line naming a person before it (after %q)",
					ErrUnclearRows, h.text, blocks[len(blocks)-1].line)
			}
			cols, headed = &h, len(blocks) > 0
			continue
		}
		if name, ok := transcriptPerson(row, rows[i+1:]); ok {
			b := &transcriptBlock{person: name, line: rowText(row)}
			if n := len(blocks); n > 0 && sameBlock(blocks[n-1], b) {
				// The block goes on over a page break, its opening line
				// printed again: one person's block, not two, and its
				// header may be printed again too.
				headed = false
				continue
			}
			blocks, headed = append(blocks, b), false
			continue
		}
		if cols == nil {
			continue
		}
		subject := strings.Join(strings.Fields(cell(row, cols.subject)), " ")
		if subject == "" || totalRow.MatchString(fold(subject)) {
			continue
		}
		if len(blocks) == 0 {
			if securitySubject(subject) && orphan == "" {
				// A row for the course before any line naming a person:
				// if blocks follow, the first person's line was not read.
				orphan = rowText(row)
			}
			continue
		}
		b := blocks[len(blocks)-1]
		b.courses++
		if securitySubject(subject) {
			b.security = append(b.security, row)
			titles[normalizeHeader(subject)] = subject
		}
	}
	if cols == nil || len(blocks) < 2 || len(titles) == 0 {
		return nil, nil, false, nil
	}
	if orphan != "" {
		return nil, nil, true, fmt.Errorf("%w: in the transcript under the header %q, the row %q comes before any line naming a person",
			ErrUnclearRows, cols.text, orphan)
	}
	if len(titles) > 1 {
		return nil, nil, true, fmt.Errorf("%w: the transcript under the header %q names %d "+what+"s that could be the information security one",
			ErrUnclearRows, cols.text, len(titles))
	}
	for _, b := range blocks {
		if len(b.security) == 0 {
			return nil, nil, true, fmt.Errorf("%w: in the transcript under the header %q, %q has no row for the information security "+what,
				ErrUnclearRows, cols.text, b.person)
		}
	}
	return cols, blocks, true, nil
}

// unboxed is rows without the sides of a box drawn round each block, as
// OCR reads a printed transcript's: a bar or a speck ("|", "'", "‚") alone
// in the first or last cell of a line, or before the first word or after
// the last ("| Ana Lima", "' Ana Lima", "Behaald op |"). No name, course,
// status or date is a mark of two characters with no letter or digit.
func unboxed(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, row := range rows {
		row = slices.Clone(row)
		for len(row) > 0 && speck(row[0]) && strings.TrimSpace(row[0]) != "" {
			row = row[1:]
		}
		for len(row) > 0 && speck(row[len(row)-1]) {
			row = row[:len(row)-1]
		}
		if n := len(row); n > 0 {
			words := strings.Fields(row[0])
			for len(words) > 1 && speck(words[0]) {
				words = words[1:]
			}
			row[0] = strings.Join(words, " ")
			words = strings.Fields(row[n-1])
			for len(words) > 1 && speck(words[len(words)-1]) {
				words = words[:len(words)-1]
			}
			row[n-1] = strings.Join(words, " ")
		}
		out[i] = row
	}
	return out
}

// speck reports whether s is a mark of one or two characters besides
// spaces ("|", "| |"), none a letter or a digit, or nothing.
func speck(s string) bool {
	s = strings.Join(strings.Fields(s), "")
	return utf8.RuneCountInString(s) <= 2 && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// idNumber is a number that tells a person apart in a block's opening
// line: an employee or learner number of three digits or more ("Ana Lima
// (1001)"), never a page's number.
var idNumber = regexp.MustCompile(`\d{3,}`)

// key tells the block's person apart: their name, and the numbers of
// their opening line, so that two people of one name with numbers of
// their own are two.
func (b *transcriptBlock) key() string {
	return personKey(b.person) + " " + strings.Join(idNumber.FindAllString(b.line, -1), " ")
}

// sameBlock reports whether block b, right after block prev, is prev
// going on over a page break: its opening line names the same person and
// no other number of theirs ("Learner: Ana Lima (1001)" again, or "Ana
// Lima (continued)").
func sameBlock(prev, b *transcriptBlock) bool {
	if personKey(prev.person) != personKey(b.person) {
		return false
	}
	a, c := idNumber.FindAllString(prev.line, -1), idNumber.FindAllString(b.line, -1)
	return len(a) == 0 || len(c) == 0 || strings.Join(a, " ") == strings.Join(c, " ")
}

// transcriptHeader reads the header of a transcript's block: a cell naming
// the course of each row (subjectHeader), one naming its completion date,
// status or both ("Completed"), and none naming a person.
func transcriptHeader(row []string) (transcriptCols, bool) {
	c := transcriptCols{subject: -1, date: -1, status: -1, done: -1, text: rowText(row)}
	for j, h := range row {
		if len(h) > maxHeaderCell {
			return c, false
		}
		if c.subject < 0 && subjectHeader.MatchString(normalizeHeader(h)) {
			c.subject = j
			continue
		}
		switch headerRole(h) {
		case roleName, roleFirst, roleLast, roleEmail:
			return c, false
		case roleDate:
			c.date = first(c.date, j)
		case roleStatus:
			c.status = first(c.status, j)
		case roleDone:
			c.done = first(c.done, j)
		}
	}
	return c, c.subject >= 0 && (c.date >= 0 || c.status >= 0 || c.done >= 0)
}

// first is j when i is no column yet, else i.
func first(i, j int) int {
	if i < 0 {
		return j
	}
	return i
}

// dateCol is the column a block's completion dates are read from.
func (c transcriptCols) dateCol() int { return first(c.date, c.done) }

// completion reads a course row's completion date.
func (c transcriptCols) completion(row []string, order DateOrder) (DateMatch, bool) {
	return cellDate(cell(row, c.dateCol()), order)
}

// statusOf is a course row's status: its status column, or a "Completed"
// column's cell when that is no date.
func (c transcriptCols) statusOf(row []string) string {
	if s := cell(row, c.status); s != "" || c.done < 0 {
		return s
	}
	if s := cell(row, c.done); !attemptFree(s) {
		return s
	}
	return ""
}

// transcriptPerson reads the line opening a person's block: a label of a
// person or a transcript followed by the name ("Learner: Ana Lima",
// "Employee | Ana Lima | Department | Sales", "Transcript for Ana Lima
// (1001)"), or a name alone in its row right over a block's header. rest
// are the rows after it.
func transcriptPerson(row []string, rest [][]string) (string, bool) {
	var filled []string
	for _, c := range row {
		if c = strings.TrimSpace(c); c != "" {
			filled = append(filled, c)
		}
	}
	if len(filled) == 0 || len(filled) > 6 {
		return "", false
	}
	if label, value, ok := strings.Cut(filled[0], ":"); ok && strings.TrimSpace(value) != "" {
		if personLabel(label) {
			return nameOf(value)
		}
		return "", false
	}
	if len(filled) >= 2 && personLabel(filled[0]) {
		return nameOf(filled[1])
	}
	if len(filled) == 1 {
		if m := transcriptTitle.FindString(normalizeHeader(filled[0])); m != "" {
			// "Transcript for Ana Lima": the name follows the title's words.
			words := strings.Fields(filled[0])
			if n := len(strings.Fields(m)); n < len(words) {
				return nameOf(strings.Join(words[n:], " "))
			}
		}
		if name, ok := nameOf(filled[0]); ok && nextIsHeader(rest) {
			return name, true
		}
		// A name OCR read with its first letter small ("jurgen Janga"),
		// alone over a person's details and the block's header: the
		// layout says it is the person's line.
		if r, n := utf8.DecodeRuneInString(filled[0]); unicode.IsLower(r) && nextIsHeader(rest) && detailNext(rest) {
			if name, ok := nameOf(string(unicode.ToUpper(r)) + filled[0][n:]); ok {
				return name, true
			}
		}
	}
	return "", false
}

// personLabel reports whether a cell is a label of the person a block is
// about: a person column's words, or a transcript's title.
func personLabel(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ":")
	r := headerRole(s)
	return r == roleName || r == roleEmail || transcriptTitle.MatchString(normalizeHeader(s))
}

// nameOf is the person's name in what follows a label: the text before a
// bracket or a dash bringing in their number or department, when it is a
// name.
func nameOf(s string) (string, bool) {
	for _, sep := range []string{" (", " – ", " — ", " - ", "  ", "\t", " | ", " / "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	return s, personLike(s)
}

// nextIsHeader reports whether the first non-empty row of rows is a
// transcript block's header, or the row after at most maxDetailLines
// lines of the person's details ("Personeelsnummer: 17795 · Team: Staf",
// "Matricola: 17676 · Area: Amministrazione"), which a block prints
// between the name and its header.
func nextIsHeader(rows [][]string) bool {
	details := 0
	for _, row := range rows {
		if cells(row) == 0 {
			continue
		}
		if _, ok := transcriptHeader(row); ok {
			return true
		}
		if !detailLine(row) || details == maxDetailLines {
			return false
		}
		details++
	}
	return false
}

// detailNext reports whether the first non-empty row of rows is a line of
// a person's details.
func detailNext(rows [][]string) bool {
	for _, row := range rows {
		if cells(row) > 0 {
			return detailLine(row)
		}
	}
	return false
}

// maxDetailLines is how many lines of a person's details may stand
// between their name and their block's header.
const maxDetailLines = 2

// detailLabel is a label of a person's detail: one to three words and a
// colon, then a value.
var detailLabel = regexp.MustCompile(`^(?:[·•:*+\-–]\s*)?[\p{L}.º°#]+(?:\s+[\p{L}.º°#]+){0,2}\s*:\s*\S`)

// detailLine reports whether every filled cell of a row begins with a
// label and its value, as a person's details do; a row of a course, a
// name or a date does not.
func detailLine(row []string) bool {
	n := 0
	for _, c := range row {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if !detailLabel.MatchString(c) {
			return false
		}
		n++
	}
	return n > 0
}

// ackTranscript reads an acknowledgement log printed as a transcript per
// person: a block for each, the information security policy's row beside
// other policies' rows. A person's latest row for it counts, signed when
// it has a date and its status says nothing against signing.
func ackTranscript(doc Document, rows [][]string) (evidence.AcknowledgementLog, bool, error) {
	var a evidence.AcknowledgementLog
	cols, blocks, date, why, ok, err := datedTranscript(doc, rows, "policy")
	if !ok || err != nil {
		return a, ok, err
	}
	people := map[string]bool{}
	s := newSignings()
	for _, b := range blocks {
		key := b.key()
		people[key] = true
		row := b.security[0]
		for _, r := range b.security[1:] {
			if later(r, row, date) {
				row = r
			}
		}
		st := cols.statusOf(row)
		if d, ok := date(row); ok && ackSign(st) >= 0 && !exempt(st) {
			s.add(key, d, b.line+" / "+rowText(row), why)
		}
	}
	a.People, a.Rows = known(len(people), cols.text), known(len(blocks), cols.text)
	s.fill(&a, cols.text, why)
	return a, true, nil
}

// ackTranscriptShape reads the document's tables as a transcript per
// person, and a PDF's text when its drawn grid holds none.
func ackTranscriptShape(doc Document) (evidence.AcknowledgementLog, bool, error) {
	for _, rows := range tables(doc) {
		if a, ok, err := ackTranscript(doc, rows); ok || err != nil {
			return a, ok, err
		}
	}
	if doc.Kind == "pdf" && len(doc.Tables) > 0 {
		return ackTranscript(doc, textTable(doc.Text))
	}
	return evidence.AcknowledgementLog{}, false, nil
}
