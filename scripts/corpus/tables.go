package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// tableLangs are the languages and regions the table exports are written in.
var tableLangs = []string{"en-gb", "de", "fr", "es", "it", "nl", "pt", "en-us"}

// tableWords are a language's words for a training or acknowledgement export.
type tableWords struct {
	Name, Email, Dept, Kind, Assigned, Due, Completed, Status string
	Done, NotStarted, InProgress, Overdue, Failed             string
	Employee, Contractor                                      string
	Course, TrainingTitle                                     string
	Summary, People, Total, Rate                              string
	EmployeeID, Policy, Version, AckStatus, AckOn             string
	Acked, Pending, AckTitle, Generated                       string
	Depts                                                     []string
	Style                                                     string
	// The seventh batch's exports (fresh7.go): the filter line above a
	// workbook's header, the percent-complete column and the time zone
	// of the system's date-times.
	Filter, Percent, Zone string `json:",omitempty"`
	// The eighth batch's exports (fresh8.go): the titles of a course or
	// policy matrix, of a pivot and of an event log, the other courses and
	// policies beside the one asked about, the pivot's total row, the
	// event log's columns and events (sent, opened, reminded) and the
	// group headings merged over a workbook's columns.
	MatrixTitle, PolicyMatrixTitle, PivotTitle, EventTitle string    `json:",omitempty"`
	OtherCourses, OtherPolicies                            [2]string `json:",omitempty"`
	GrandTotal, When, Event                                string    `json:",omitempty"`
	Events                                                 [3]string `json:",omitempty"`
	GroupPerson, GroupAssign, GroupResult, GroupPolicy     string    `json:",omitempty"`
	// The ninth batch's exports (fresh9.go): a report grouped by
	// department with a subtotal line under each (%[1]d done of %[2]d
	// people) and a grand total, and a learning or policy history with one
	// row per person and course or policy.
	SubtotalDone, SubtotalAcked, Subtotal, AllDepts string `json:",omitempty"`
	HistoryTitle, PolicyHistoryTitle                string `json:",omitempty"`
	// The tenth batch's exports (fresh10.go): an attempt export's title,
	// columns, result word for a pass and its pass mark line; a version
	// export's title and its line naming the current version; a wide
	// people-system export's titles, its other columns and the job titles
	// and locations it lists.
	AttemptTitle, Attempt, Score, Result, Passed, AttemptOn, PassMark string   `json:",omitempty"`
	VersionTitle, CurrentVersion                                      string   `json:",omitempty"`
	WideTitle, PolicyWideTitle                                        string   `json:",omitempty"`
	JobTitle, Manager, Location, CostCentre, HireDate, LastLogin      string   `json:",omitempty"`
	JobTitles, Locations                                              []string `json:",omitempty"`
	// The eleventh batch's exports (fresh11.go): the titles of a bulk
	// print of learner and policy transcripts and its closing count (%d
	// transcripts), and the count line under a department's sheet (%d
	// people).
	TranscriptTitle, PolicyTranscriptTitle, TranscriptCount string `json:",omitempty"`
	SheetCount                                              string `json:",omitempty"`
	// The twelfth batch's export (fresh12.go): the titles of a report
	// and a log printed in sections by status.
	StatusTitle, PolicyStatusTitle string `json:",omitempty"`
}

// words is the table vocabulary of a language tag, with US date order for en-us.
// exportReport is a report as an LMS or HR system exports it in the language of tag: its title,
// the tag's date style, a semicolon between cells outside English, and a preamble saying it was
// generated daysAgo days before today, then the extra lines.
func exportReport(tag, title string, w tableWords, daysAgo int, extra ...string) report {
	return report{tag: tag, title: title, style: w.Style, sep: map[bool]string{true: ";", false: ","}[lang(tag) != "en"],
		preamble: append([]string{w.Generated + ": " + formatDate(today.AddDate(0, 0, -daysAgo), tag, w.Style)}, extra...)}
}

func words(tag string) tableWords {
	w := tableWordsOf[lang(tag)]
	if tag == "en-us" {
		w.Style = styleMDY
	}
	return w
}

// person is one row of an export: someone with a training assignment or a
// policy to acknowledge.
type person struct {
	name, email, dept   string
	contractor          bool
	assigned, due, done time.Time // done is zero when not completed or not signed
	status              string    // the status word as the system writes it
	completed           bool
	id                  string
}

// people makes n distinct people of a language, deterministic in r.
func people(r *rand.Rand, tag string, n int, contractors bool) []person {
	l := lang(tag)
	fs, ls := names.First[l], names.Last[l]
	used := map[string]bool{}
	var ps []person
	for len(ps) < n {
		f, s := fs[r.IntN(len(fs))], ls[r.IntN(len(ls))]
		name := f + " " + s
		if used[name] {
			continue
		}
		used[name] = true
		mail := strings.ToLower(asciiFold(f) + "." + strings.ReplaceAll(asciiFold(s), " ", ""))
		ps = append(ps, person{name: name, email: mail + "@example.com", dept: words(tag).Depts[r.IntN(5)],
			contractor: contractors && r.IntN(5) == 0, id: fmt.Sprintf("%d", 10400+r.IntN(9000))})
	}
	return ps
}

var folds = strings.NewReplacer("á", "a", "à", "a", "ã", "a", "â", "a", "ä", "ae", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ï", "i", "ó", "o", "ô", "o", "õ", "o", "ö", "oe", "ú", "u", "ü", "ue", "ç", "c", "ñ", "n", "ß", "ss",
	"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "Ç", "C", "Ñ", "N")

func asciiFold(s string) string { return folds.Replace(s) }

// cell is one spreadsheet cell: text, or a date Calc stores as a date.
type cell struct {
	text string
	date time.Time
}

func txt(s string) cell         { return cell{text: s} }
func dateCell(t time.Time) cell { return cell{date: t} }

// sheet is one sheet of a workbook.
type sheet struct {
	name string
	rows [][]cell
}

// report is one training report or acknowledgement log as its system
// exports it: a preamble, a header and the rows, in the format chosen.
type report struct {
	tag      string
	title    string
	preamble []string
	header   []string
	rows     [][]cell
	style    string // how dates are written where the format writes text
	sep      string // CSV separator
}

// text writes a cell as an export writes it into text.
func (rp report) text(c cell) string {
	if !c.date.IsZero() {
		return formatDate(c.date, rp.tag, rp.style)
	}
	return c.text
}

func (rp report) csvText() string {
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteString(rp.sep)
			}
			if strings.ContainsAny(c, rp.sep+"\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	line(rp.header)
	for _, r := range rp.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = rp.text(c)
		}
		line(cells)
	}
	return b.String()
}

// htmlText is the report as an HR or learning system prints it: a title,
// the preamble and a table whose header repeats on every page.
func (rp report) htmlText(css string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(rp.title))
	for _, p := range rp.preamble {
		fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n", esc(p))
	}
	b.WriteString("<table class=\"report\"><thead><tr>")
	for _, h := range rp.header {
		fmt.Fprintf(&b, "<th>%s</th>", esc(h))
	}
	b.WriteString("</tr></thead><tbody>\n")
	for _, r := range rp.rows {
		b.WriteString("<tr>")
		for _, c := range r {
			fmt.Fprintf(&b, "<td>%s</td>", esc(rp.text(c)))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
	return `<!DOCTYPE html><html lang="` + lang(rp.tag) + `"><head><meta charset="utf-8"><style>` + css + "</style></head><body>\n" + b.String() + "</body></html>\n"
}

// tableCSS is the print style of HR and learning system reports.
const tableCSS = `
table.report { border-collapse: collapse; width: 100%; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; }
table.report th { background: #dde3ea; text-align: left; border-bottom: 1px solid #333; padding: 1.5mm; }
table.report td { border-bottom: 1px solid #ccc; padding: 1.2mm 1.5mm; }
table.report thead { display: table-header-group; }
p.meta { font-family: "Liberation Sans", sans-serif; font-size: 9pt; margin: 1mm 0; color: #333; }
`

// reportCSS is tableCSS on an A4 page with the report's title style.
const reportCSS = `@page { size: A4; margin: 14mm 12mm; }
body { font-family: "Liberation Sans", sans-serif; }
h1 { font-size: 15pt; color: #22313f; }
` + tableCSS

// fodsText is a flat OpenDocument spreadsheet of the sheets, its dates real
// date cells shown in the language's order, for Calc to save as XLSX or print.
func fodsText(tag string, sheets []sheet, style string) string {
	pattern := map[string]string{styleDMY: `<number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>`,
		styleMDY:    `<number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year number:style="long"/>`,
		styleDotted: `<number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/>`,
		styleDashed: `<number:day number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/>`,
		styleISO:    `<number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>`,
	}[style]
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><number:date-style style:name="N1">` + pattern + `</number:date-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="ce2" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.4in"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet>
`)
	for _, s := range sheets {
		fmt.Fprintf(&b, "<table:table table:name=\"%s\"><table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"%d\"/>\n", esc(s.name), width(s.rows))
		for _, r := range s.rows {
			b.WriteString("<table:table-row>")
			for _, c := range r {
				switch {
				case !c.date.IsZero():
					fmt.Fprintf(&b, `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="%s"><text:p>%s</text:p></table:table-cell>`, iso(c.date), formatDate(c.date, tag, style))
				case c.text == "":
					b.WriteString("<table:table-cell/>")
				case isNumber(c.text):
					fmt.Fprintf(&b, `<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>`, c.text, c.text)
				default:
					fmt.Fprintf(&b, `<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>`, esc(c.text))
				}
			}
			b.WriteString("</table:table-row>\n")
		}
		b.WriteString("</table:table>\n")
	}
	b.WriteString("</office:spreadsheet></office:body></office:document>\n")
	return b.String()
}

func width(rows [][]cell) int {
	n := 1
	for _, r := range rows {
		n = max(n, len(r))
	}
	return n
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

func rate(done, n int) float64 { return math.Round(1000*float64(done)/float64(n)) / 10 }

// span is the newest and oldest of some dates.
type span struct{ newest, oldest time.Time }

func (s *span) add(t time.Time) {
	if s.newest.IsZero() || t.After(s.newest) {
		s.newest = t
	}
	if s.oldest.IsZero() || t.Before(s.oldest) {
		s.oldest = t
	}
}

// Export formats of a report.
const (
	fmtCSV       = "csv"
	fmtXLSX      = "xlsx"
	fmtWorkbook  = "workbook" // several sheets: a summary and the people
	fmtPrint     = "print"    // printed from the system to PDF by Chromium
	fmtCalcPrint = "calc-pdf" // a spreadsheet printed to PDF by Calc
)

var reportFormats = []string{fmtCSV, fmtXLSX, fmtWorkbook, fmtPrint, fmtCalcPrint}

// finish turns a report into the doc of its format.
func finish(d *doc, rp report, format string, sheets []sheet) *doc {
	switch format {
	case fmtCSV:
		d.format, d.producer, d.csv = "csv", producerExport, rp.csvText()
		if seventhExports {
			d.csv = byteOrderMark + d.csv
		}
	case fmtXLSX, fmtWorkbook:
		d.format, d.producer, d.fods = "xlsx", producerCalcXLSX, fodsText(rp.tag, sheets, rp.style)
	case fmtPrint:
		d.format, d.producer, d.html = "pdf", producerChromium, rp.htmlText(reportCSS)
	case fmtCalcPrint:
		d.format, d.producer, d.fods = "pdf", producerCalcPDF, fodsText(rp.tag, sheets, rp.style)
	}
	return d
}

// sheetOf is the report as one sheet: its title and preamble over the table.
func sheetOf(name string, rp report, withPreamble bool) sheet {
	var rows [][]cell
	if withPreamble {
		rows = append(rows, []cell{txt(rp.title)})
		for _, p := range rp.preamble {
			rows = append(rows, []cell{txt(p)})
		}
		rows = append(rows, nil)
	}
	h := make([]cell, len(rp.header))
	for i, s := range rp.header {
		h[i] = txt(s)
	}
	rows = append(rows, h)
	return sheet{name: name, rows: append(rows, rp.rows...)}
}

// trainingReports are the training completion reports of the corpus.
func trainingReports() []*doc {
	var docs []*doc
	for i := 0; i < trainingCount; i++ {
		r := rand.New(rand.NewPCG(100+seed, uint64(i)))
		tag := tableLangs[i%len(tableLangs)]
		format := reportFormats[i%len(reportFormats)]
		w := words(tag)
		n := 8 + r.IntN(22)
		if format == fmtPrint {
			n = 45 + r.IntN(25) // a printed report runs over two or three pages
		}
		withType, withMail := i%3 != 0, i%2 == 0
		ps := people(r, tag, n, withType && i%4 != 1)
		assigned := today.AddDate(0, -2-r.IntN(8), -r.IntN(20))
		done, contractors := 0, false
		var dates span
		statuses := []string{w.Done, w.Done, w.Done, w.Done, w.Done, w.Done, w.NotStarted, w.InProgress, w.Overdue, w.Failed}
		for j := range ps {
			p := &ps[j]
			p.assigned = assigned.AddDate(0, 0, r.IntN(3))
			p.due = p.assigned.AddDate(0, 0, 30)
			p.status = statuses[r.IntN(len(statuses))]
			if p.status == w.Done {
				p.completed = true
				p.done = p.assigned.AddDate(0, 0, 1+r.IntN(45))
				done++
				dates.add(p.done)
			}
			contractors = contractors || p.contractor
		}
		header := []string{w.Name}
		if withMail {
			header = append(header, w.Email)
		}
		header = append(header, w.Dept)
		if withType {
			header = append(header, w.Kind)
		}
		header = append(header, w.Course, w.Assigned, w.Due, w.Completed, w.Status)
		if seventhExports {
			header = append(header, w.Percent)
		}
		// Exports of the seventh batch that write text write the completion as a zoned date-time.
		stamps := seventhExports && (format == fmtCSV || format == fmtPrint)
		var rows [][]cell
		for _, p := range ps {
			row := []cell{txt(p.name)}
			if withMail {
				row = append(row, txt(p.email))
			}
			row = append(row, txt(p.dept))
			if withType {
				row = append(row, txt(map[bool]string{false: w.Employee, true: w.Contractor}[p.contractor]))
			}
			var completedOn cell
			switch {
			case p.completed && stamps:
				completedOn = txt(zoned(p.done, len(rows)*97+len(p.name)*13, w.Zone))
			case p.completed:
				completedOn = dateCell(p.done)
			}
			row = append(row, txt(w.TrainingTitle), dateCell(p.assigned), dateCell(p.due), completedOn, txt(p.status))
			if seventhExports {
				row = append(row, txt(percentDone(w, p.status, len(p.name)*7+len(rows)*11)))
			}
			rows = append(rows, row)
		}
		style := w.Style
		if format == fmtCSV && i%2 == 1 {
			style = styleISO
		}
		rp := report{tag: tag, title: w.TrainingTitle, header: header, rows: rows, style: style, sep: map[bool]string{true: ";", false: ","}[lang(tag) != "en"],
			preamble: []string{w.Generated + ": " + formatDate(today.AddDate(0, 0, -3), tag, w.Style), w.Course + ": " + w.TrainingTitle}}
		if seventhExports {
			// The workbook's header sits on row 4, under the title and one filter line.
			rp.preamble = []string{w.Filter + ": " + w.TrainingTitle + " · " + formatDate(assigned, tag, w.Style) + " – " + formatDate(today.AddDate(0, 0, -3), tag, w.Style)}
		}
		sure := stamps || format == fmtXLSX || format == fmtWorkbook || settled(tag, style, written(rows)...)
		facts := map[string]any{"people": n, "completed": done, "completion_rate": rate(done, n),
			"newest_completion": readDate(dates.newest, sure), "oldest_completion": readDate(dates.oldest, sure)}
		if withType {
			facts["contractors_included"] = contractors
		}
		about := fmt.Sprintf("training report (%s) as %s, %d people, %s dates; assignment and due dates beside the completion date", tag, format, n, style)
		if seventhExports {
			about += "; a percent-complete column (a failed course reads 100 %)"
			if stamps {
				about += "; completions as ISO date-times with the time zone " + w.Zone
			}
			if format == fmtCSV {
				about += "; UTF-8 with a byte order mark"
			}
		}
		sheets := []sheet{sheetOf(w.Course, rp, i%2 == 1 || seventhExports)}
		if format == fmtWorkbook {
			summaryDone := done
			if i == 7 {
				summaryDone = done + 2 // the summary was not refreshed after two completions were revoked
				about += "; the summary sheet disagrees with the per-person rows (the rows are the truth)"
			}
			summary := sheet{name: w.Summary, rows: [][]cell{
				{txt(w.Course), txt(w.Total), txt(w.Done), txt(w.Rate)},
				{txt(w.TrainingTitle), txt(fmt.Sprint(n)), txt(fmt.Sprint(summaryDone)), txt(fmt.Sprintf("%.1f%%", rate(summaryDone, n)))},
			}}
			sheets = []sheet{summary, sheets[0]}
			about += "; a summary sheet comes first"
		}
		d := &doc{name: fmt.Sprintf("training/%02d-%s-%s", i, lang(tag), format), question: questionTraining, lang: tag, facts: facts, about: about}
		docs = append(docs, finish(d, rp, format, sheets))
	}
	return docs
}

// acknowledgementLogs are the policy acknowledgement logs of the corpus.
func acknowledgementLogs() []*doc {
	var docs []*doc
	for i := 0; i < acknowledgementCount; i++ {
		r := rand.New(rand.NewPCG(200+seed, uint64(i)))
		tag := tableLangs[(i+3)%len(tableLangs)]
		format := reportFormats[(i+3)%len(reportFormats)]
		if format == fmtWorkbook {
			format = fmtXLSX
		}
		w := words(tag)
		n := 10 + r.IntN(30)
		if format == fmtPrint {
			n = 40 + r.IntN(30)
		}
		withType := i%3 == 1
		ps := people(r, tag, n, withType)
		sent := today.AddDate(0, -1-r.IntN(14), -r.IntN(25))
		signed, contractors := 0, false
		var dates span
		for j := range ps {
			p := &ps[j]
			contractors = contractors || p.contractor
			if r.IntN(6) == 0 {
				p.status = w.Pending
				continue
			}
			p.status, p.completed = w.Acked, true
			p.done = sent.AddDate(0, 0, r.IntN(40))
			signed++
			dates.add(p.done)
		}
		header := []string{w.Name, w.EmployeeID, w.Dept}
		if withType {
			header = append(header, w.Kind)
		}
		header = append(header, w.Policy, w.Version, w.AckStatus, w.AckOn)
		version := fmt.Sprintf("%d.%d", 3+r.IntN(3), r.IntN(4))
		withTime := i%2 == 0
		var rows [][]cell
		for _, p := range ps {
			row := []cell{txt(p.name), txt(p.id), txt(p.dept)}
			if withType {
				row = append(row, txt(map[bool]string{false: w.Employee, true: w.Contractor}[p.contractor]))
			}
			row = append(row, txt(policyName(tag)), txt(version), txt(p.status))
			switch {
			case !p.completed:
				row = append(row, txt(""))
			case seventhExports && format != fmtXLSX && format != fmtCalcPrint:
				row = append(row, txt(zoned(p.done, len(rows)*89+len(p.id)*31, w.Zone)))
			case withTime && format != fmtXLSX && format != fmtCalcPrint:
				row = append(row, txt(formatDate(p.done, tag, w.Style)+fmt.Sprintf(" %02d:%02d", 8+r.IntN(9), r.IntN(60))))
			default:
				row = append(row, dateCell(p.done))
			}
			rows = append(rows, row)
		}
		rp := report{tag: tag, title: w.AckTitle, header: header, rows: rows, style: w.Style, sep: map[bool]string{true: ";", false: ","}[lang(tag) == "de" || lang(tag) == "nl"],
			preamble: []string{"PeopleDesk HR", w.Generated + ": " + formatDate(today.AddDate(0, 0, -1), tag, w.Style), w.Policy + ": " + policyName(tag) + " v" + version}}
		var signedOn []time.Time
		for _, p := range ps {
			if p.completed {
				signedOn = append(signedOn, p.done)
			}
		}
		sure := format == fmtXLSX || settled(tag, w.Style, signedOn...) || (seventhExports && format != fmtCalcPrint)
		facts := map[string]any{"people": n, "signatures": signed, "newest_signature": readDate(dates.newest, sure), "oldest_signature": readDate(dates.oldest, sure)}
		if withType {
			facts["contractors_included"] = contractors
		}
		about := fmt.Sprintf("acknowledgement log (%s) as %s from an HR system, %d people, %s dates", tag, format, n, w.Style)
		if seventhExports && format != fmtXLSX && format != fmtCalcPrint {
			about += "; sign-offs as ISO date-times with the time zone " + w.Zone
		}
		d := &doc{name: fmt.Sprintf("acknowledgements/%02d-%s-%s", i, lang(tag), format), question: questionAcknowledgements, lang: tag, facts: facts, about: about}
		docs = append(docs, finish(d, rp, format, []sheet{sheetOf(w.AckTitle, rp, true)}))
	}
	return docs
}

func policyName(tag string) string {
	return map[string]string{"en": "Information Security Policy", "de": "Informationssicherheitsleitlinie", "fr": "Politique de sécurité de l'information",
		"es": "Política de seguridad de la información", "it": "Politica per la sicurezza delle informazioni", "nl": "Informatiebeveiligingsbeleid",
		"pt": "Política de segurança da informação"}[lang(tag)]
}

// written are the dates of rows that the export writes as date cells.
func written(rows [][]cell) []time.Time {
	var ts []time.Time
	for _, r := range rows {
		for _, c := range r {
			if !c.date.IsZero() {
				ts = append(ts, c.date)
			}
		}
	}
	return ts
}
