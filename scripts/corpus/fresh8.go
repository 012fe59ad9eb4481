package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// The eighth fresh batch (-fresh8): ten bodies and organisations no batch
// has, from countries no batch had (Sweden and Malta writing English, a
// Bermuda registrar whose numeric dates nothing settles on two
// certificates, the Czech Republic writing German, Morocco, Chile, Peru,
// Slovenia writing Italian, Curaçao and Mozambique), other wordings again,
// four layouts real bodies print that no batch had (a decorative front
// whose particulars are a two-column key/value list on the back page; a
// large seal in the middle with the details split left and right of it;
// the scope as a bulleted list under a heading in a box; the certificate
// number printed only vertically in the left margin), exports of other
// learning and HR systems (a matrix with one column per course or policy
// and one row per person, a pivot of departments against statuses, a
// fixed-width text report printed to PDF, a workbook whose header cells
// are merged over two rows, an event log with one row per event), minutes
// as a table of agenda items with decisions and minutes as a letter, scans
// and another seed. Its settings, the certificates planned and the scans
// are data/fresh8-batch.json; this file has the code of its layouts and
// export shapes.

// eighthExports switches the reports, logs and minutes to the eighth
// batch's shapes; the earlier batches leave it off and keep theirs.
var eighthExports bool

// The eighth batch's layouts.
const (
	layoutBackPage     = "back-page"     // a decorative front; the particulars as a two-column key/value list on the back page
	layoutSealCentre   = "seal-centre"   // a large seal in the middle, number and first certification left of it, issue and expiry right
	layoutScopeBox     = "scope-box"     // the scope as a bulleted list under a heading in a box
	layoutMarginNumber = "margin-number" // the number only printed vertically in the left margin
)

// fresh8CSS styles the back page, the seal, the scope box and the margin number.
const fresh8CSS = `<style>
.deco { border: 3mm double #6b4f1d; padding: 10mm 8mm; min-height: 200mm; text-align: center; }
.deco h1 { font-size: 27pt; margin: 6mm 0 10mm 0; color: #6b4f1d; }
.deco .foot { text-align: left; }
.overleaf { font-style: italic; font-size: 9.5pt; margin-top: 12mm; }
.back .bn { font-size: 11pt; }
.back h2 { border-bottom: 1px solid #6b4f1d; padding-bottom: 1mm; }
.kv2 { display: flex; gap: 10mm; margin: 6mm 0; }
.kv2 table { flex: 1; border-collapse: collapse; font-size: 10pt; }
.kv2 td { padding: 1.6mm 2mm; border-bottom: 1px dotted #999; vertical-align: top; }
.kv2 td.k { color: #555; width: 42%; }
.sealrow { display: flex; align-items: center; justify-content: space-between; margin: 8mm 0; }
.sealrow .half { width: 58mm; font-size: 10pt; }
.sealrow .half.l { text-align: right; }
.sealrow .lab { color: #555; font-size: 8.5pt; margin-top: 3mm; }
.sealrow .val { font-weight: bold; font-size: 11.5pt; }
.seal { width: 52mm; height: 52mm; border-radius: 50%; border: 3px double #8a1c1c; color: #8a1c1c; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; font-family: "DejaVu Sans", sans-serif; }
.seal .s1 { font-size: 20pt; font-weight: bold; letter-spacing: 2px; }
.seal .s2 { font-size: 7.5pt; letter-spacing: 1px; margin-top: 2mm; }
.scopebox { border: 1.5px solid #2f5d50; margin: 6mm 8mm; padding: 2mm 5mm 3mm 5mm; }
.scopebox h3 { margin: 1mm 0 2mm 0; font-size: 11pt; color: #2f5d50; text-transform: uppercase; letter-spacing: 0.5px; }
.scopebox ul { margin: 0; padding-left: 6mm; }
.scopebox li { margin-bottom: 1.2mm; }
.vnum { position: absolute; left: 9mm; top: 240mm; transform: rotate(-90deg); transform-origin: left top; white-space: nowrap; font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; letter-spacing: 1px; color: #333; }
</style>
`

// keyValues are a two-column list's rows, each a key and its value.
func keyValues(rows [][2]string) string {
	var b strings.Builder
	b.WriteString("<table>")
	for _, kv := range rows {
		if kv[1] == "" {
			continue
		}
		fmt.Fprintf(&b, "<tr><td class=\"k\">%s</td><td>%s</td></tr>", esc(strings.TrimSuffix(kv[0], ":")), esc(kv[1]))
	}
	return b.String() + "</table>"
}

// backPage is a decorative front page, framed, with the title, the
// organisation and the standard, that sends the reader overleaf; the back
// page lists the particulars in two columns of keys and values (number,
// body and accreditation on the left; first certification, issue and
// expiry on the right), the scope under them.
func (c *cert) backPage(l certLabels) string {
	v, bd := c.variant, c.p.Body
	var b strings.Builder
	fmt.Fprintf(&b, "%s<div class=\"deco\">%s<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n<p class=\"overleaf\">%s</p>\n%s</div>\n",
		fresh8CSS, c.header(), esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard), esc(l.Overleaf), c.footer(l))
	accred := ""
	if bd.Accred != "" {
		accred = bd.Accred + " (" + bd.AccredNo + ")"
	}
	issueK, issueV := c.issueLine(l)
	fmt.Fprintf(&b, "<div class=\"pb\"></div><div class=\"back\"><h2>%s</h2>\n<div class=\"kv2\">%s%s</div>\n",
		esc(l.Particulars),
		keyValues([][2]string{{pick(l.Number, v), c.number}, {l.BodyKey, bd.Name}, {l.AccredKey, accred}}),
		keyValues([][2]string{{pick(l.Initial, v), c.date(c.initial)}, {issueK, issueV}, {pick(l.Expiry, v), c.date(c.expires)}}))
	b.WriteString(c.scopeBlock(l) + "</div>\n")
	return b.String()
}

// sealCentre prints the certifying text, then a large round seal in the
// middle of the page with the number and first certification on its left
// and the issue and expiry on its right, each label above its value, and
// the scope under them.
func (c *cert) sealCentre(l certLabels) string {
	cells := c.detailCells(l)
	half := func(side string, kvs [][2]string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "<div class=\"half %s\">", side)
		for _, kv := range kvs {
			fmt.Fprintf(&b, "<div class=\"lab\">%s</div><div class=\"val\">%s</div>", esc(strings.TrimSuffix(kv[0], ":")), esc(kv[1]))
		}
		return b.String() + "</div>"
	}
	seal := fmt.Sprintf("<div class=\"seal\"><div class=\"s1\">%s</div><div class=\"s2\">%s</div></div>", esc(c.p.Body.Short), esc(l.Seal))
	return fresh8CSS + c.header() + c.front(l) + "<div class=\"sealrow\">" + half("l", cells[:2]) + seal + half("r", cells[2:]) + "</div>\n" +
		c.scopeBlock(l) + c.footer(l)
}

// scopeBox prints the scope as a bulleted list of its activities under a
// heading in a box, then the number and dates.
func (c *cert) scopeBox(l certLabels) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s%s<div class=\"scopebox\"><h3>%s</h3><ul>\n", fresh8CSS, c.header(), c.front(l), esc(strings.TrimSuffix(pick(l.ScopeIntro, c.variant), ":")))
	for _, a := range c.activities() {
		fmt.Fprintf(&b, "<li>%s</li>\n", esc(strings.TrimSuffix(strings.TrimSpace(a), ";")))
	}
	b.WriteString("</ul></div>\n" + c.details(l, c.p.Tag) + c.footer(l))
	return b.String()
}

// marginNumber prints the number only vertically in the left margin,
// reading upwards, and the dates in a table under the scope.
func (c *cert) marginNumber(l certLabels) string {
	v := c.variant
	issueK, issueV := c.issueLine(l)
	var b strings.Builder
	fmt.Fprintf(&b, "%s<style>@page { margin: 0; } body { position: relative; margin: 0; padding: 18mm 18mm 10mm 28mm; }</style><div class=\"vnum\">%s %s</div>\n",
		fresh8CSS, esc(strings.TrimSuffix(pick(l.Number, v), ":")), esc(c.number))
	b.WriteString(c.header() + c.front(l) + c.scopeBlock(l))
	fmt.Fprintf(&b, "<table class=\"facts\">%s%s%s</table>\n", row2(pick(l.Initial, v), c.date(c.initial)), row2(issueK, issueV), row2(pick(l.Expiry, v), c.date(c.expires)))
	return b.String() + c.footer(l)
}

// Export shapes of the eighth batch's reports and logs.
const (
	shapeMatrix   = "matrix"        // one row per person, one column per course or policy
	shapePivot    = "pivot"         // departments against statuses, counts only
	shapeFixed    = "fixed-width"   // a fixed-width text report printed to PDF
	shapeMerged   = "merged-header" // a workbook whose header cells are merged over two rows
	shapeEventLog = "event-log"     // one row per event: sent, opened, reminded, acknowledged
)

// eighthPlan is the shape and format of each report and log, in turn.
var (
	eighthTrainingShapes = [][2]string{{shapeMatrix, fmtCSV}, {shapePivot, fmtXLSX}, {shapeFixed, fmtPrint}, {shapeMerged, fmtXLSX}, {shapeMatrix, fmtXLSX}, {shapeMerged, fmtCalcPrint}}
	eighthAckShapes      = [][2]string{{shapeEventLog, fmtCSV}, {shapeMatrix, fmtXLSX}, {shapeFixed, fmtPrint}, {shapeMerged, fmtXLSX}, {shapePivot, fmtCalcPrint}, {shapeMatrix, fmtCSV}}
)

// roster is the people of a report or log, their outcome on the course
// or policy the question is about, and the facts an analyst counts.
type roster struct {
	ps          []person
	done        int
	dates       span
	contractors bool
}

// trainingRoster draws n people and their outcome on the security course.
func trainingRoster(r *rand.Rand, tag string, n int, withType bool, assigned time.Time) roster {
	w := words(tag)
	ro := roster{ps: people(r, tag, n, withType)}
	statuses := []string{w.Done, w.Done, w.Done, w.Done, w.Done, w.Done, w.NotStarted, w.InProgress, w.Overdue, w.Failed}
	for j := range ro.ps {
		p := &ro.ps[j]
		p.assigned = assigned.AddDate(0, 0, r.IntN(3))
		p.due = p.assigned.AddDate(0, 0, 30)
		p.status = statuses[r.IntN(len(statuses))]
		if p.status == w.Done {
			p.completed, p.done = true, p.assigned.AddDate(0, 0, 1+r.IntN(45))
			ro.done++
			ro.dates.add(p.done)
		}
		ro.contractors = ro.contractors || p.contractor
	}
	return ro
}

// ackRoster draws n people and whether and when each signed the policy.
func ackRoster(r *rand.Rand, tag string, n int, withType bool, sent time.Time) roster {
	w := words(tag)
	ro := roster{ps: people(r, tag, n, withType)}
	for j := range ro.ps {
		p := &ro.ps[j]
		ro.contractors = ro.contractors || p.contractor
		p.assigned = sent
		if r.IntN(6) == 0 {
			p.status = w.Pending
			continue
		}
		p.status, p.completed, p.done = w.Acked, true, sent.AddDate(0, 0, r.IntN(40))
		ro.done++
		ro.dates.add(p.done)
	}
	return ro
}

// rowFacts adds to a report's or log's doc the facts an analyst reads
// from its rows beyond the counts: the newest and oldest date of a
// completion or signature (what) where the shape lists people, read
// with the order the export's dates settle, and whether contractors are
// among them where it has an employment type column.
func (ro roster) rowFacts(d *doc, rp report, shape, format string, withType bool, what string) {
	if shape != shapePivot {
		var dates []time.Time
		for _, p := range ro.ps {
			if p.completed {
				dates = append(dates, p.done)
			}
		}
		sure := format == fmtXLSX || settled(rp.tag, rp.style, append(written(rp.rows), dates...)...)
		d.facts["newest_"+what], d.facts["oldest_"+what] = readDate(ro.dates.newest, sure), readDate(ro.dates.oldest, sure)
		d.about += fmt.Sprintf(", %s dates", rp.style)
	}
	if withType {
		d.facts["contractors_included"] = ro.contractors
	}
}

// kindWord is the employment type column's word for a person.
func kindWord(w tableWords, p person) string {
	if p.contractor {
		return w.Contractor
	}
	return w.Employee
}

// otherOutcome is a person's cell in a column of another course or
// policy: a date for most, a status word for some.
func otherOutcome(r *rand.Rand, w tableWords, from time.Time, ack bool) cell {
	switch r.IntN(5) {
	case 0:
		if ack {
			return txt(w.Pending)
		}
		return txt(w.NotStarted)
	case 1:
		if !ack {
			return txt(w.InProgress)
		}
	}
	return dateCell(from.AddDate(0, 0, -r.IntN(200)))
}

// matrixRows are one row per person with a column per course or policy,
// the one asked about in the middle: a date where it was done, else the
// status word.
func matrixRows(r *rand.Rand, w tableWords, ro roster, others [2]string, subject string, ack bool) ([]string, [][]cell) {
	header := []string{w.Name, w.Dept, others[0], subject, others[1]}
	var rows [][]cell
	for _, p := range ro.ps {
		own := txt(p.status)
		if p.completed {
			own = dateCell(p.done)
		}
		rows = append(rows, []cell{txt(p.name), txt(p.dept), otherOutcome(r, w, p.assigned, ack), own, otherOutcome(r, w, p.assigned, ack)})
	}
	return header, rows
}

// pivotRows count the people of each department by status, with a total
// row and column: the analyst can count people and completions, but no
// dates.
func pivotRows(w tableWords, ro roster, statuses []string, total string) ([]string, [][]cell) {
	header := append(append([]string{w.Dept}, statuses...), total)
	count := map[string]map[string]int{}
	for _, p := range ro.ps {
		if count[p.dept] == nil {
			count[p.dept] = map[string]int{}
		}
		count[p.dept][p.status]++
	}
	var rows [][]cell
	totals := make([]int, len(statuses)+1)
	for _, d := range w.Depts {
		if count[d] == nil {
			continue
		}
		row, sum := []cell{txt(d)}, 0
		for i, s := range statuses {
			row = append(row, txt(fmt.Sprint(count[d][s])))
			sum += count[d][s]
			totals[i] += count[d][s]
		}
		totals[len(statuses)] += sum
		rows = append(rows, append(row, txt(fmt.Sprint(sum))))
	}
	last := []cell{txt(w.GrandTotal)}
	for _, t := range totals {
		last = append(last, txt(fmt.Sprint(t)))
	}
	return header, append(rows, last)
}

// fixedWidth is a report as a mainframe or an old HR system prints it:
// monospace columns padded with spaces, a ruler under the header and a
// page header line, printed to PDF.
func fixedWidth(rp report, reportID string) string {
	widths := make([]int, len(rp.header))
	texts := make([][]string, len(rp.rows))
	for i, h := range rp.header {
		widths[i] = len([]rune(h))
	}
	for ri, row := range rp.rows {
		for i, c := range row {
			s := rp.text(c)
			texts[ri] = append(texts[ri], s)
			widths[i] = max(widths[i], len([]rune(s)))
		}
	}
	line := func(cells []string) string {
		var b strings.Builder
		for i, s := range cells {
			b.WriteString(s + strings.Repeat(" ", widths[i]-len([]rune(s))+2))
		}
		return strings.TrimRight(b.String(), " ") + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s   %s\n", reportID, strings.ToUpper(rp.title))
	for _, p := range rp.preamble {
		b.WriteString(p + "\n")
	}
	b.WriteString("\n" + line(rp.header))
	ruler := make([]string, len(widths))
	for i, n := range widths {
		ruler[i] = strings.Repeat("-", n)
	}
	b.WriteString(line(ruler))
	for _, t := range texts {
		b.WriteString(line(t))
	}
	fmt.Fprintf(&b, "\n*** %d ***\n", len(rp.rows))
	return `<!DOCTYPE html><html lang="` + lang(rp.tag) + `"><head><meta charset="utf-8"><style>@page { size: A4 landscape; margin: 10mm; } ` +
		`pre { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt; line-height: 1.25; }</style></head><body><pre>` + esc(b.String()) + "</pre></body></html>\n"
}

// headerGroup is a group heading of a two-row header and how many
// columns it is merged over.
type headerGroup struct {
	title string
	span  int
}

// mergedAbout says in a doc's description how a merged header reads.
func mergedAbout(shape string, groups []headerGroup) string {
	if shape != shapeMerged {
		return ""
	}
	titles := make([]string, len(groups))
	for i, g := range groups {
		titles[i] = fmt.Sprintf("%q", g.title)
	}
	return "; the header is two rows, " + strings.Join(titles[:len(titles)-1], ", ") + " and " + titles[len(titles)-1] + " merged over the columns"
}

// mergedFods is a workbook whose header is two rows: group headings
// spanning their columns over the column headings, as a spreadsheet with
// merged cells saves them.
func mergedFods(tag, style, name string, groups []headerGroup, rp report) string {
	// The flat spreadsheet writer knows no merged cells: write it, then
	// replace the group row, which it wrote as one cell per group, with
	// cells that span their columns.
	top := make([]cell, len(groups))
	for i, g := range groups {
		top[i] = txt(g.title)
	}
	rows := [][]cell{{txt(rp.title)}, {txt(rp.preamble[0])}, nil, top}
	h := make([]cell, len(rp.header))
	for i, s := range rp.header {
		h[i] = txt(s)
	}
	rows = append(append(rows, h), rp.rows...)
	f := fodsText(tag, []sheet{{name: name, rows: rows}}, style)
	var merged strings.Builder
	merged.WriteString("<table:table-row>")
	for _, g := range groups {
		fmt.Fprintf(&merged, `<table:table-cell table:style-name="ce2" table:number-columns-spanned="%d" office:value-type="string"><text:p>%s</text:p></table:table-cell>`, g.span, esc(g.title))
		if g.span > 1 {
			fmt.Fprintf(&merged, `<table:covered-table-cell table:number-columns-repeated="%d"/>`, g.span-1)
		}
	}
	merged.WriteString("</table:table-row>\n")
	var plain strings.Builder
	plain.WriteString("<table:table-row>")
	for _, g := range groups {
		fmt.Fprintf(&plain, `<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>`, esc(g.title))
	}
	plain.WriteString("</table:table-row>\n")
	if !strings.Contains(f, plain.String()) {
		panic("mergedFods: the group row is not where it was written")
	}
	// Its columns are widened to the longest heading, as whoever saved it did.
	f = strings.Replace(f, `style:column-width="1.4in"`, `style:column-width="2in"`, 1)
	return strings.Replace(f, plain.String(), merged.String(), 1)
}

// eighthFinish turns a report of the eighth batch into the doc of its
// format: CSV and Chromium's print as the earlier batches write them, a
// fixed-width report printed to PDF, workbooks with the preamble above.
func eighthFinish(d *doc, rp report, shape, format string, groups []headerGroup) *doc {
	switch {
	case shape == shapeFixed:
		id := map[string]string{questionTraining: "LMS-RPT-0411", questionAcknowledgements: "HRP-ACK-0207"}[d.question]
		d.format, d.producer, d.html = "pdf", producerChromium, fixedWidth(rp, id)
		return d
	case shape == shapeMerged && format != fmtCSV && format != fmtPrint:
		d.fods = mergedFods(rp.tag, rp.style, rp.title, groups, rp)
		d.format, d.producer = "xlsx", producerCalcXLSX
		if format == fmtCalcPrint {
			d.format, d.producer = "pdf", producerCalcPDF
		}
		return d
	}
	return finish(d, rp, format, []sheet{sheetOf(rp.title, rp, true)})
}

// drawExport draws the i-th report or log of the eighth batch from its
// random stream: its language (the batch's table languages from shift
// on), its shape and format, how many people (from size[0], size[1] more
// at most; a fixed-width report from size[2], 20 more at most) and
// whether it has an employment type column.
func drawExport(i int, stream uint64, shift int, shapes [][2]string, size [3]int) (r *rand.Rand, tag, shape, format string, n int, withType bool) {
	r = rand.New(rand.NewPCG(stream+seed, uint64(i)))
	tag = tableLangs[(i+shift)%len(tableLangs)]
	shape, format = shapes[i%len(shapes)][0], shapes[i%len(shapes)][1]
	n = size[0] + r.IntN(size[1])
	if shape == shapeFixed {
		n = size[2] + r.IntN(20)
	}
	return r, tag, shape, format, n, shape == shapeFixed || shape == shapeMerged
}

// eighthTraining are the training reports of the eighth batch, each in
// one of its export shapes.
func eighthTraining() []*doc {
	var docs []*doc
	for i := 0; i < trainingCount; i++ {
		r, tag, shape, format, n, withType := drawExport(i, 100, 0, eighthTrainingShapes, [3]int{12, 20, 48})
		w := words(tag)
		assigned := today.AddDate(0, -2-r.IntN(7), -r.IntN(20))
		ro := trainingRoster(r, tag, n, withType, assigned)
		rp := exportReport(tag, w.TrainingTitle, w, 2)
		facts := map[string]any{"people": n, "completed": ro.done, "completion_rate": rate(ro.done, n)}
		about := fmt.Sprintf("training report (%s) as %s, %s, %d people", tag, shape, format, n)
		var groups []headerGroup
		switch shape {
		case shapeMatrix:
			rp.title = w.MatrixTitle
			rp.header, rp.rows = matrixRows(r, w, ro, w.OtherCourses, w.TrainingTitle, false)
			about += fmt.Sprintf("; one column per course, the security course %q between two others, a date where done and the status word where not", w.TrainingTitle)
		case shapePivot:
			rp.title = w.PivotTitle
			rp.header, rp.rows = pivotRows(w, ro, []string{w.Done, w.InProgress, w.NotStarted, w.Overdue, w.Failed}, w.Total)
			rp.preamble = append(rp.preamble, w.Course+": "+w.TrainingTitle)
			about += "; departments against statuses with totals, no names and no dates"
		default:
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Kind, w.Assigned, w.Due, w.Completed, w.Status}
			for _, p := range ro.ps {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				rp.rows = append(rp.rows, []cell{txt(p.name), txt(p.id), txt(p.dept), txt(kindWord(w, p)), dateCell(p.assigned), dateCell(p.due), on, txt(p.status)})
			}
			rp.preamble = append(rp.preamble, w.Course+": "+w.TrainingTitle)
			groups = []headerGroup{{w.GroupPerson, 4}, {w.GroupAssign, 2}, {w.GroupResult, 2}}
			about += "; assignment and due dates beside the completion date, an employment type column" + mergedAbout(shape, groups)
		}
		d := &doc{name: fmt.Sprintf("training/%02d-%s-%s", i, lang(tag), shape), question: questionTraining, lang: tag, facts: facts, about: about}
		ro.rowFacts(d, rp, shape, format, withType, "completion")
		docs = append(docs, eighthFinish(d, rp, shape, format, groups))
	}
	return docs
}

// eighthAcknowledgements are the policy acknowledgement logs of the
// eighth batch, each in one of its export shapes.
func eighthAcknowledgements() []*doc {
	var docs []*doc
	for i := 0; i < acknowledgementCount; i++ {
		r, tag, shape, format, n, withType := drawExport(i, 200, 3, eighthAckShapes, [3]int{14, 24, 44})
		w := words(tag)
		sent := today.AddDate(0, -1-r.IntN(10), -r.IntN(25))
		ro := ackRoster(r, tag, n, withType, sent)
		version := fmt.Sprintf("%d.%d", 2+r.IntN(4), r.IntN(5))
		policy := policyName(tag)
		rp := exportReport(tag, w.AckTitle, w, 1, w.Policy+": "+policy+" "+w.Version+" "+version)
		facts := map[string]any{"people": n, "signatures": ro.done}
		about := fmt.Sprintf("acknowledgement log (%s) as %s, %s, %d people", tag, shape, format, n)
		var groups []headerGroup
		switch shape {
		case shapeMatrix:
			rp.title = w.PolicyMatrixTitle
			rp.header, rp.rows = matrixRows(r, w, ro, w.OtherPolicies, policy+" "+version, true)
			about += fmt.Sprintf("; one column per policy, %q between two others, the date signed or the pending word", policy)
		case shapePivot:
			rp.title = w.PivotTitle
			rp.header, rp.rows = pivotRows(w, ro, []string{w.Acked, w.Pending}, w.GrandTotal)
			about += "; departments against acknowledged and pending with totals, no names and no dates"
		case shapeEventLog:
			rp.title = w.EventTitle
			rp.header = []string{w.When, w.Name, w.EmployeeID, w.Event, w.Policy}
			type event struct {
				at  time.Time
				row []cell
			}
			var events []event
			for k, p := range ro.ps {
				add := func(t time.Time, word string, m int) {
					at := t.Add(time.Duration(8*60+(k*37+m*151)%(10*60)) * time.Minute)
					stamp := formatDate(at, tag, w.Style) + at.Format(" 15:04")
					events = append(events, event{at, []cell{txt(stamp), txt(p.name), txt(p.id), txt(word), txt(policy)}})
				}
				add(p.assigned, w.Events[0], 0)
				if p.completed {
					if p.done.After(p.assigned) {
						add(p.assigned.AddDate(0, 0, (int(p.done.Sub(p.assigned).Hours())/24)/2), w.Events[1], 1)
					}
					add(p.done, w.Acked, 2)
				} else {
					add(p.assigned.AddDate(0, 0, 14), w.Events[2], 3)
				}
			}
			// An event log lists the events in the order they happened.
			slices.SortStableFunc(events, func(a, b event) int { return a.at.Compare(b.at) })
			for _, e := range events {
				rp.rows = append(rp.rows, e.row)
			}
			about += fmt.Sprintf("; one row per event (%s, %s, %s, %s) with its date and time, oldest first: a person is a signature once an %q event is logged", w.Events[0], w.Events[1], w.Events[2], w.Acked, w.Acked)
		default:
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Kind, w.Version, w.AckStatus, w.AckOn}
			for _, p := range ro.ps {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				rp.rows = append(rp.rows, []cell{txt(p.name), txt(p.id), txt(p.dept), txt(kindWord(w, p)), txt(version), txt(p.status), on})
			}
			groups = []headerGroup{{w.GroupPerson, 4}, {w.GroupPolicy, 3}}
			about += "; an employment type column" + mergedAbout(shape, groups)
		}
		d := &doc{name: fmt.Sprintf("acknowledgements/%02d-%s-%s", i, lang(tag), shape), question: questionAcknowledgements, lang: tag, facts: facts, about: about}
		ro.rowFacts(d, rp, shape, format, withType, "signature")
		docs = append(docs, eighthFinish(d, rp, shape, format, groups))
	}
	return docs
}

// agendaItems are a review's agenda items, each its subject and what was
// said: the previous minutes, then the topics discussed, the share trained
// from+r.IntN(span) percent and the audit with the date it is planned for.
func agendaItems(r *rand.Rand, w minutesWords, topics map[string]bool, date func(time.Time) string, previous, audit time.Time, from, span int) [][2]string {
	items := [][2]string{{w.AgendaSubjects[0], fmt.Sprintf(w.Previous, date(previous))}}
	if topics["training_metrics"] {
		items = append(items, [2]string{w.AgendaSubjects[1], fmt.Sprintf(w.Training, from+r.IntN(span))})
	}
	if topics["incidents"] {
		items = append(items, [2]string{w.AgendaSubjects[2], w.Incidents})
	}
	if topics["policy_violations"] {
		items = append(items, [2]string{w.AgendaSubjects[3], w.Violations})
	}
	if topics["audit_findings"] {
		items = append(items, [2]string{w.AgendaSubjects[4], w.Audit + " " + fmt.Sprintf(w.AuditPlanned, date(audit))})
	}
	return items
}

// reviewDates are the dates minutes write: the meeting, the previous and
// next reviews, the planned audit and each action's due date where the
// minutes have them.
func reviewDates(w minutesWords, topics map[string]bool, due func(int) time.Time, meeting, previous, next, audit time.Time) []time.Time {
	written := []time.Time{meeting, previous, next}
	if topics["audit_findings"] {
		written = append(written, audit)
	}
	if topics["action_items"] {
		for j := range w.ActionItems {
			written = append(written, due(j))
		}
	}
	return written
}

// actionLines are the minutes' actions as list items, each with its due
// date and, with owners, the person after the j-th of people as its owner.
func actionLines(w minutesWords, people []string, owners bool, due func(int) time.Time, date func(time.Time) string) string {
	var b strings.Builder
	for j, a := range w.ActionItems {
		if owners {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(fmt.Sprintf(w.ActionWithOwner, a, people[(j+1)%len(people)], date(due(j)))))
		} else {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(fmt.Sprintf(w.ActionNoOwner, a, date(due(j)))))
		}
	}
	return b.String()
}

// minutesDoc is the i-th minutes of a batch, its body HTML, in the format
// of its turn (Writer's DOCX, Chromium's print, Writer's PDF), with the
// facts an analyst reads: the meeting's date, who attended, the topics
// and, where there are actions, whether they have owners.
func minutesDoc(i int, tag, shape, about, body string, meeting any, attendees []string, topics map[string]bool, owners bool) *doc {
	facts := map[string]any{"meeting_date": meeting, "attendees": attendees, "topics": topics}
	if topics["action_items"] {
		facts["action_items_have_owners"] = owners
	}
	mf := minutesFormats[i%len(minutesFormats)]
	switch {
	case mf.producer == producerWriterPDF:
		mf.producer = writerPDF()
	case mf.producer == producerWriterDOCX && !haveWriter():
		mf.producer = producerDOCX
	}
	return &doc{
		name:     fmt.Sprintf("minutes/%02d-%s-%s", i, lang(tag), shape),
		question: questionMinutes, lang: tag, producer: mf.producer, format: mf.format, facts: facts, about: about,
		html: `<!DOCTYPE html><html lang="` + lang(tag) + `"><head><meta charset="utf-8"><style>` + reportCSS + "</style></head><body>\n" + body + "</body></html>\n",
	}
}

// eighthMinutes are the management review minutes of the eighth batch:
// a table of agenda items with the discussion, the decision, its owner
// and due date, or a letter to the board that reports the review in
// prose and lists the actions agreed.
func eighthMinutes() []*doc {
	var docs []*doc
	for i := 0; i < minutesCount; i++ {
		r := rand.New(rand.NewPCG(300+seed, uint64(i)))
		tag := minutesTags[i%len(minutesTags)]
		w := minutesWordsOf[lang(tag)]
		letter := i%2 == 1
		style := []string{styleLong, words(tag).Style}[i/2%2]
		meeting := today.AddDate(0, -1-r.IntN(9), -r.IntN(25))
		previous := meeting.AddDate(0, -3-r.IntN(3), r.IntN(10))
		next := meeting.AddDate(0, 3, r.IntN(10))
		audit := meeting.AddDate(0, 2, 5)
		date := func(t time.Time) string { return formatDate(t, tag, style) }
		topics := map[string]bool{
			"training_metrics": i%4 != 2, "incidents": i%3 != 1, "policy_violations": i%2 == 0 || i == 3,
			"audit_findings": i != 4, "action_items": i != 5,
		}
		owners := topics["action_items"] && i != 2
		ps := people(r, tag, 3+r.IntN(3), false)
		attendees := make([]string, len(ps))
		for j, p := range ps {
			attendees[j] = p.name
		}
		items := agendaItems(r, w, topics, date, previous, audit, 74, 24)
		due := func(j int) time.Time { return meeting.AddDate(0, 1+j, 4) }
		written := reviewDates(w, topics, due, meeting, previous, next, audit)
		if letter {
			written = append(written, meeting.AddDate(0, 0, 3))
		}
		var b strings.Builder
		if letter {
			fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n<p style=\"text-align:right\">%s, %s</p>\n<h1>%s</h1>\n<p>%s</p>\n", esc(w.LetterFrom), esc(w.LetterTown), esc(date(meeting.AddDate(0, 0, 3))), esc(w.LetterSubject), esc(w.Salutation))
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(fmt.Sprintf(w.LetterOpening, date(meeting), strings.Join(attendees[:len(attendees)-1], ", ")+" "+w.And+" "+attendees[len(attendees)-1])))
			for _, it := range items {
				fmt.Fprintf(&b, "<p>%s</p>\n", esc(it[1]))
			}
			if topics["action_items"] {
				fmt.Fprintf(&b, "<p>%s</p>\n<ul>\n%s</ul>\n", esc(w.ActionsAgreed), actionLines(w, attendees, owners, due, date))
			} else {
				fmt.Fprintf(&b, "<p>%s</p>\n", esc(w.NoActions))
			}
			fmt.Fprintf(&b, "<p>%s</p>\n<p>%s</p>\n<p>%s<br>%s</p>\n", esc(fmt.Sprintf(w.Next, date(next))), esc(w.LetterClosing), esc(attendees[0]), esc(w.Chair))
		} else {
			fmt.Fprintf(&b, "<h1>%s</h1>\n<p><b>%s:</b> %s &nbsp; %s</p>\n<p><b>%s:</b> %s (%s)</p>\n", esc(w.Title), esc(w.DateLabel), esc(date(meeting)), esc(w.Location),
				esc(w.Attendees), esc(strings.Join(attendees, "; ")), esc(w.Chair))
			cols := w.AgendaCols[:3]
			if topics["action_items"] {
				cols = w.AgendaCols[:]
				if !owners {
					cols = []string{w.AgendaCols[0], w.AgendaCols[1], w.AgendaCols[2], w.AgendaCols[4]}
				}
			}
			b.WriteString("<style>table.report td:last-child { white-space: nowrap; }</style><table class=\"report\"><thead><tr><th>#</th>")
			for _, c := range cols {
				fmt.Fprintf(&b, "<th>%s</th>", esc(c))
			}
			b.WriteString("</tr></thead><tbody>\n")
			for j, it := range items {
				fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td>", j+1, esc(it[0]), esc(it[1]), esc(w.Noted))
				if len(cols) > 3 {
					b.WriteString(strings.Repeat("<td></td>", len(cols)-3))
				}
				b.WriteString("</tr>\n")
			}
			if topics["action_items"] {
				for j, a := range w.ActionItems {
					fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td></td><td>%s</td>", len(items)+j+1, esc(w.AgendaSubjects[5]), esc(a))
					if owners {
						fmt.Fprintf(&b, "<td>%s</td>", esc(attendees[(j+1)%len(attendees)]))
					}
					fmt.Fprintf(&b, "<td>%s</td></tr>\n", esc(date(due(j))))
				}
			}
			fmt.Fprintf(&b, "</tbody></table>\n<p>%s</p>\n", esc(fmt.Sprintf(w.Next, date(next))))
			if !topics["action_items"] {
				fmt.Fprintf(&b, "<p>%s</p>\n", esc(w.NoActions))
			}
		}
		shape := map[bool]string{false: "agenda-table", true: "letter"}[letter]
		about := fmt.Sprintf("management review minutes (%s) as %s, %s dates; also mention the previous review, a planned audit, action due dates and the next review", tag, shape, style)
		if letter {
			about = fmt.Sprintf("management review minutes (%s) as a letter to the board dated three days after the meeting, %s dates; the review's date and who attended in the opening sentence, the actions agreed as a list; also mention the previous review, a planned audit, action due dates and the next review", tag, style)
		} else {
			about += "; every agenda item a row with its discussion and decision, actions as rows with an owner and a due date"
		}
		docs = append(docs, minutesDoc(i, tag, shape, about, b.String(), readDate(meeting, settled(tag, style, written...)), attendees, topics, owners))
	}
	return docs
}
