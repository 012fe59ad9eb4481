package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// The ninth fresh batch (-fresh9): an ordinary analyst's inbox rather than
// an adversarial one. Ten bodies and organisations no batch has, from
// countries no batch had (Norway, Singapore and the Bahamas writing
// English, Romania writing German, Tunisia, Costa Rica, Uruguay, Croatia
// writing Italian, Aruba and Cape Verde), most certificates in the layouts
// real bodies commonly print (letterhead, two columns, a table of
// details, a site appendix, a landscape box, a QR code, the certification
// cycle, a header strip, a validity sentence, a combined and a bilingual
// certificate) with new wordings, and four layouts real bodies print that
// no batch had: the number, first certification and the validity period
// as one "from – to" value in a block above the title, with the place and
// date of issue at the foot; a certification network's certificate issued
// with its partner body, both logos at the head and no accreditation mark;
// the certificate followed by a page with its English translation; and a
// covering letter from the body on the first page, the certificate on the
// second. Exports as learning and HR systems commonly produce them (a
// list per person as CSV, XLSX and PDF, a course matrix, a workbook with
// merged header cells) and two shapes no batch had (a report grouped by
// department with a subtotal line under each, and a history with one row
// per person and course or policy), minutes formal and short, scans and
// another seed. Its settings, the certificates planned and the scans are
// data/fresh9-batch.json; this file has the code of its layouts and
// export shapes.

// The ninth batch's layouts.
const (
	layoutPeriodRow       = "period-row"       // number, first certification and the validity "from – to" in a block above the title; place and date at the foot
	layoutNetworkPartner  = "network-partner"  // a certification network's certificate issued with its partner body; no accreditation mark
	layoutTranslationPage = "translation-page" // the certificate in its language, then a page with its English translation
	layoutCoverLetter     = "cover-letter"     // the body's covering letter on page 1, the certificate on page 2
)

// network is the certification network whose certificates the ninth
// batch's partner bodies issue beside their own.
var network = struct{ Name, Short, President, Web string }{
	"Quorum Certification Network", "QCN", "Henrike Solvang-Mourad", "partners.quorum-network.example",
}

// fresh9CSS styles the period block, the network's certificate, the
// translation note and the covering letter.
const fresh9CSS = `<style>
.prow { display: flex; justify-content: space-between; gap: 6mm; font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #333; border-top: 1px solid #1d3c6e; border-bottom: 1px solid #1d3c6e; padding: 2mm 0; margin: -8mm 0 6mm 0; }
.prow b { display: block; font-size: 10.5pt; color: #111; margin-top: 0.8mm; }
.placedate { margin: 8mm 10mm 0 10mm; }
.netlogos { display: flex; justify-content: space-between; align-items: center; margin-bottom: 10mm; font-family: "DejaVu Sans", sans-serif; }
.netlogos .net { font-size: 22pt; font-weight: bold; color: #0b4f6c; border: 3px solid #0b4f6c; border-radius: 50%; padding: 5mm 6mm; }
.netlogos .partner { font-size: 16pt; font-weight: bold; color: #7a1f1f; border: 2px solid #7a1f1f; padding: 1mm 4mm; }
.netsig { display: flex; justify-content: space-between; margin-top: 14mm; font-size: 9.5pt; }
.netsig div { width: 75mm; }
.netnote { font-size: 8pt; color: #555; margin-top: 10mm; }
.transl { font-style: italic; border: 1px solid #999; padding: 2mm 3mm; font-size: 9pt; margin: -6mm 0 6mm 0; }
.cover p { line-height: 1.45; text-align: justify; }
.cover .ldate { text-align: right; margin: 4mm 0 10mm 0; }
</style>
`

// placeAndDate is the line at the foot of a certificate that gives where
// and when the body signed it, the issue date.
func (c *cert) placeAndDate(l certLabels) string {
	if lang(c.p.Tag) == "fr" {
		return "Fait à " + c.p.Body.Town + ", le " + c.date(c.issued)
	}
	return l.PlaceDate + ": " + c.p.Body.Town + ", " + c.date(c.issued)
}

// periodRow prints the number, the first certification and the validity
// period, its first and last day as one value, in a ruled block between
// the letterhead and the title, each label above its value; the place and
// date of issue stand at the foot above the signature.
func (c *cert) periodRow(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(fresh9CSS + c.header())
	fmt.Fprintf(&b, "<div class=\"prow\"><div>%s<b>%s</b></div><div>%s<b>%s</b></div><div>%s<b>%s – %s</b></div></div>\n",
		esc(pick(l.Number, v)), esc(c.number), esc(pick(l.Initial, v)), esc(c.date(c.initial)), esc(l.Period), esc(c.date(c.issued)), esc(c.date(c.expires)))
	fmt.Fprintf(&b, "%s%s<p class=\"placedate\">%s</p>\n", c.front(l), c.scopeBlock(l), esc(c.placeAndDate(l)))
	return b.String() + c.footer(l)
}

// networkPartner is the certificate a certification network issues with
// its partner body: the network's logo and the partner's at the head, the
// network's wording, issue and validity dates and the registration
// number, the network's president and the partner body signing, and a
// note on the list of partners. It carries no accreditation mark and no
// first certification date.
func (c *cert) networkPartner(l certLabels) string {
	bd := c.p.Body
	var b strings.Builder
	fmt.Fprintf(&b, "%s<div class=\"netlogos\"><span class=\"net\">%s</span><span class=\"partner\">%s</span></div>\n", fresh9CSS, esc(network.Short), esc(strings.ToUpper(bd.Short)))
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"scope\">%s</p>\n<p>%s</p>\n<p class=\"std\">%s</p>\n",
		esc(l.NetTitle), esc(fmt.Sprintf(l.NetCertify, network.Name)), c.orgBlock(), esc(l.NetSystem), esc(c.p.Scope), esc(l.NetFulfils), esc(c.standard))
	fmt.Fprintf(&b, "<table class=\"facts\">%s%s%s</table>\n", row2(l.NetIssued, c.date(c.issued)), row2(l.NetValid, c.date(c.expires)), row2(l.NetNumber, c.number))
	fmt.Fprintf(&b, "<div class=\"netsig\"><div><span class=\"line\"></span><br>%s<br>%s, %s</div><div>%s*: <b>%s</b><br>%s<br><br><span class=\"line\"></span><br>%s</div></div>\n",
		esc(network.President), esc(l.NetPresident), esc(network.Name), esc(l.NetPartner), esc(bd.Name), esc(bd.Addr), esc(l.Signer))
	fmt.Fprintf(&b, "<p class=\"netnote\">* %s</p>\n", esc(fmt.Sprintf(l.NetNote, network.Web)))
	return b.String()
}

// translationPage is the certificate in its language on page 1 and, on
// page 2, its English translation under a note that the original
// prevails, every detail again with the dates written in English.
func (c *cert) translationPage(l, en certLabels) string {
	v := c.variant
	date := func(t time.Time) string { return formatDate(t, "en", styleLong) }
	var b strings.Builder
	b.WriteString(fresh9CSS + c.letterhead(l))
	fmt.Fprintf(&b, "<div class=\"pb\"></div>%s<p class=\"transl\">%s</p>\n", c.header(), esc(en.Translation))
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n<p>%s</p>\n<p class=\"scope\">%s</p>\n",
		esc(pick(en.Title, v)), esc(pick(en.Certify, v)), c.orgBlock(), esc(pick(en.Conforms, v)), esc(c.standard), esc(pick(en.ScopeIntro, v)), esc(c.p.ScopeEN))
	fmt.Fprintf(&b, "<table class=\"facts\">\n%s%s%s%s</table>\n", row2(pick(en.Number, v), c.number), row2(pick(en.Initial, v), date(c.initial)),
		row2(pick(en.Issue, v), date(c.issued)), row2(pick(en.Expiry, v), date(c.expires)))
	return b.String() + c.footer(en)
}

// coverLetter is the body's covering letter to the organisation, dated
// some days after the issue and naming the last day of the audit, on
// page 1, and the certificate on its letterhead on page 2.
func (c *cert) coverLetter(l certLabels) string {
	bd := c.p.Body
	dated := bd.Town + ", " + c.date(c.letter)
	if lang(c.p.Tag) == "fr" {
		dated = bd.Town + ", le " + c.date(c.letter)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s<div class=\"cover\"><p class=\"ldate\">%s</p>\n<p>%s<br>%s</p>\n<p><b>%s</b></p>\n<p>%s</p>\n<p>%s</p>\n<p>%s</p>\n<p>%s</p>\n<p><br><span class=\"line\"></span><br>%s<br>%s</p>\n<p class=\"small\">%s</p></div>\n",
		fresh9CSS, c.header(), esc(dated), esc(c.p.Org), esc(c.p.OrgAddr), esc(fmt.Sprintf(l.CoverSubject, c.standard, c.number)), esc(l.CoverSalutation),
		esc(fmt.Sprintf(l.CoverBody, c.date(c.auditDay()))), esc(l.CoverNext), esc(l.CoverClose), esc(l.Signer), esc(bd.Name), esc(l.CoverEnclosure))
	return b.String() + "<div class=\"pb\"></div>" + c.letterhead(l)
}

// Export shapes of the ninth batch, beside the eighth's matrix and merged
// header.
const (
	shapeList    = "list"    // one row per person, as most systems export
	shapeGrouped = "grouped" // printed grouped by department, a subtotal line under each and a grand total
	shapeHistory = "history" // one row per person and course or policy, the one asked about among others
)

// ninthPlan is the shape and format of each report and log, in turn.
var (
	ninthTrainingShapes = [][2]string{{shapeList, fmtCSV}, {shapeGrouped, fmtPrint}, {shapeList, fmtXLSX}, {shapeHistory, fmtCSV}, {shapeMatrix, fmtXLSX}, {shapeList, fmtPrint}}
	ninthAckShapes      = [][2]string{{shapeList, fmtCSV}, {shapeHistory, fmtXLSX}, {shapeGrouped, fmtPrint}, {shapeList, fmtXLSX}, {shapeMerged, fmtXLSX}, {shapeList, fmtPrint}}
)

// groupedPrint is a report as a learning or HR system prints it grouped
// by department: under the title and preamble one table whose header
// repeats on every page, a heading row for each department, its people,
// a subtotal line (summary is its wording of done of n people) and, last,
// the total of all departments. rows and depts are the people's rows,
// without the department, and their departments.
func groupedPrint(rp report, w tableWords, depts []string, done []bool, summary string) string {
	cols := len(rp.header)
	var b strings.Builder
	fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(rp.title))
	for _, p := range rp.preamble {
		fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n", esc(p))
	}
	b.WriteString("<style>tr.grp td { background: #eef1f5; font-weight: bold; border-top: 1px solid #333; -webkit-print-color-adjust: exact; print-color-adjust: exact; } tr.sub td { font-style: italic; text-align: right; border-bottom: 1px solid #333; } tr.tot td { font-weight: bold; text-align: right; border-top: 2px solid #333; }</style>\n")
	b.WriteString("<table class=\"report\"><thead><tr>")
	for _, h := range rp.header {
		fmt.Fprintf(&b, "<th>%s</th>", esc(h))
	}
	b.WriteString("</tr></thead><tbody>\n")
	all, allDone := 0, 0
	for _, dept := range w.Depts {
		n, k := 0, 0
		for i, d := range depts {
			if d != dept {
				continue
			}
			if n == 0 {
				fmt.Fprintf(&b, "<tr class=\"grp\"><td colspan=\"%d\">%s: %s</td></tr>\n", cols, esc(w.Dept), esc(dept))
			}
			b.WriteString("<tr>")
			for _, c := range rp.rows[i] {
				fmt.Fprintf(&b, "<td>%s</td>", esc(rp.text(c)))
			}
			b.WriteString("</tr>\n")
			n++
			if done[i] {
				k++
			}
		}
		if n > 0 {
			fmt.Fprintf(&b, "<tr class=\"sub\"><td colspan=\"%d\">%s %s: %s</td></tr>\n", cols, esc(w.Subtotal), esc(dept), esc(fmt.Sprintf(summary, k, n)))
		}
		all, allDone = all+n, allDone+k
	}
	fmt.Fprintf(&b, "<tr class=\"tot\"><td colspan=\"%d\">%s: %s</td></tr>\n</tbody></table>\n", cols, esc(w.AllDepts), esc(fmt.Sprintf(summary, allDone, all)))
	return `<!DOCTYPE html><html lang="` + lang(rp.tag) + `"><head><meta charset="utf-8"><style>` + reportCSS + "</style></head><body>\n" + b.String() + "</body></html>\n"
}

// otherRecord is a person's record of another course or policy in a
// history export: done on a date some months back, or a status word.
func otherRecord(r *rand.Rand, w tableWords, from time.Time, ack bool) (status string, on cell) {
	switch r.IntN(4) {
	case 0:
		if ack {
			return w.Pending, cell{}
		}
		return w.NotStarted, cell{}
	case 1:
		if !ack {
			return w.InProgress, cell{}
		}
	}
	if ack {
		return w.Acked, dateCell(from.AddDate(0, 0, -20-r.IntN(300)))
	}
	return w.Done, dateCell(from.AddDate(0, 0, -20-r.IntN(300)))
}

// historyRows are a history export's rows: for each person, in the order
// of their names, one row per course or policy sorted by its name, the one
// asked about (subject, with its status and date) among the others.
func historyRows(r *rand.Rand, w tableWords, ro roster, subject string, others [2]string, ack bool, row func(p person, item, status string, on cell) []cell) [][]cell {
	ps := slices.Clone(ro.ps)
	slices.SortFunc(ps, func(a, b person) int { return strings.Compare(a.name, b.name) })
	var rows [][]cell
	for _, p := range ps {
		items := []string{subject, others[0], others[1]}
		slices.Sort(items)
		for _, item := range items {
			if item == subject {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				rows = append(rows, row(p, item, p.status, on))
				continue
			}
			status, on := otherRecord(r, w, p.assigned, ack)
			rows = append(rows, row(p, item, status, on))
		}
	}
	return rows
}

// ninthDraw draws the i-th report or log of the ninth batch: its random
// stream, language, shape, format, how many people, and whether it has an
// employment type column (grouped prints, merged headers, wide exports and
// every other list have one).
func ninthDraw(i int, stream uint64, shift int, shapes [][2]string) (r *rand.Rand, tag, shape, format string, n int, withType bool) {
	r = rand.New(rand.NewPCG(stream+seed, uint64(i)))
	tag = tableLangs[(i+shift)%len(tableLangs)]
	shape, format = shapes[i%len(shapes)][0], shapes[i%len(shapes)][1]
	n = 14 + r.IntN(22)
	if shape == shapeGrouped {
		n = 36 + r.IntN(20) // a printed report runs over two pages
	}
	return r, tag, shape, format, n, shape == shapeGrouped || shape == shapeMerged || shape == shapeWide || (shape == shapeList && i%2 == 0)
}

// ninthTraining are the training reports of the ninth batch, or of a
// later one in its shapes, in turn.
func ninthTraining(shapes [][2]string) []*doc {
	var docs []*doc
	for i := 0; i < trainingCount; i++ {
		r, tag, shape, format, n, withType := ninthDraw(i, 100, 0, shapes)
		w := words(tag)
		assigned := today.AddDate(0, -2-r.IntN(6), -r.IntN(20))
		ro := trainingRoster(r, tag, n, withType, assigned)
		rp := exportReport(tag, w.TrainingTitle, w, 4, w.Course+": "+w.TrainingTitle)
		facts := map[string]any{"people": n, "completed": ro.done, "completion_rate": rate(ro.done, n)}
		about := fmt.Sprintf("training report (%s) as %s, %s, %d people", tag, shape, format, n)
		d := &doc{name: fmt.Sprintf("training/%02d-%s-%s", i, lang(tag), shape), question: questionTraining, lang: tag, facts: facts}
		switch shape {
		case shapeMatrix:
			rp.title = w.MatrixTitle
			rp.preamble = rp.preamble[:1]
			rp.header, rp.rows = matrixRows(r, w, ro, w.OtherCourses, w.TrainingTitle, false)
			about += fmt.Sprintf("; one column per course, the security course %q between two others, a date where done and the status word where not", w.TrainingTitle)
		case shapeHistory:
			rp.title = w.HistoryTitle
			rp.preamble = rp.preamble[:1]
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Course, w.Status, w.Completed}
			rp.rows = historyRows(r, w, ro, w.TrainingTitle, w.OtherCourses, false, func(p person, item, status string, on cell) []cell {
				return []cell{txt(p.name), txt(p.id), txt(p.dept), txt(item), txt(status), on}
			})
			about += fmt.Sprintf("; one row per person and course, %q among two other courses, sorted by name and course", w.TrainingTitle)
		case shapeAttempts:
			rp.title = w.AttemptTitle
			rp.preamble = append(rp.preamble, w.PassMark)
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Course, w.Attempt, w.Score, w.Result, w.AttemptOn}
			rp.rows = attemptRows(r, w, ro)
			about += "; one row per attempt with score and result, sorted by name and attempt, the latest attempt counts; people without an attempt have one row without a number"
		case shapeWide:
			rp.title = w.WideTitle
			rp.header = wideHeader(w, w.Course, w.Assigned, w.Due, w.Completed, w.Status, w.Score)
			rp.rows = wideRows(r, w, ro, func(p person) []cell {
				var on cell
				score := ""
				switch {
				case p.completed:
					on, score = dateCell(p.done), fmt.Sprintf("%d %%", 80+r.IntN(21))
				case p.status == w.Failed:
					score = fmt.Sprintf("%d %%", 35+r.IntN(40))
				}
				return []cell{txt(w.TrainingTitle), dateCell(p.assigned), dateCell(p.due), on, txt(p.status), txt(score)}
			})
			about += "; a wide export: staff number, e-mail, job title, manager, location, cost centre and hire date before the course's columns, the last login after them"
		case shapeByStatus:
			rp.title = w.StatusTitle
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Assigned, w.Due, w.Completed, w.Status}
			rp.rows = listRows(ro, w, shape, false, func(_ int, p person) []cell {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				return []cell{dateCell(p.assigned), dateCell(p.due), on, txt(p.status)}
			})
			about += printByStatus(d, rp, w, ro, []string{w.Done, w.InProgress, w.NotStarted, w.Overdue, w.Failed}, 6)
		case shapeTranscripts, shapeSheetPerDept:
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Assigned, w.Due, w.Completed, w.Status}
			rp.rows = listRows(ro, w, shape, false, func(_ int, p person) []cell {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				return []cell{dateCell(p.assigned), dateCell(p.due), on, txt(p.status)}
			})
			if shape == shapeTranscripts {
				rp.title = w.TranscriptTitle
				about += printTranscripts(d, rp, w, ro, w.TrainingTitle, w.OtherCourses, false, r)
			} else {
				about += splitByDept(d, &rp, w, ro)
			}
		default:
			rp.header = []string{w.Name, w.EmployeeID, w.Dept}
			if withType {
				rp.header = append(rp.header, w.Kind)
			}
			rp.header = append(rp.header, w.Assigned, w.Due, w.Completed, w.Status)
			rp.rows = listRows(ro, w, shape, withType, func(_ int, p person) []cell {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				return []cell{dateCell(p.assigned), dateCell(p.due), on, txt(p.status)}
			})
			if shape == shapeGrouped {
				about += printGrouped(d, &rp, w, ro, w.SubtotalDone)
			}
			about += "; assignment and due dates beside the completion date"
		}
		d.about = about
		docs = append(docs, ninthFinish(d, rp, ro, shape, format, withType, "completion", nil))
	}
	return docs
}

// ninthAcknowledgements are the policy acknowledgement logs of the ninth
// batch, or of a later one in its shapes, in turn.
func ninthAcknowledgements(shapes [][2]string) []*doc {
	var docs []*doc
	for i := 0; i < acknowledgementCount; i++ {
		r, tag, shape, format, n, withType := ninthDraw(i, 200, 3, shapes)
		w := words(tag)
		sent := today.AddDate(0, -1-r.IntN(8), -r.IntN(25))
		ro := ackRoster(r, tag, n, withType, sent)
		major, minor := 2+r.IntN(5), r.IntN(4)
		version := fmt.Sprintf("%d.%d", major, minor)
		policy := policyName(tag)
		rp := exportReport(tag, w.AckTitle, w, 2, w.Policy+": "+policy+" "+w.Version+" "+version)
		facts := map[string]any{"people": n, "signatures": ro.done}
		about := fmt.Sprintf("acknowledgement log (%s) as %s, %s, %d people", tag, shape, format, n)
		d := &doc{name: fmt.Sprintf("acknowledgements/%02d-%s-%s", i, lang(tag), shape), question: questionAcknowledgements, lang: tag, facts: facts}
		var groups []headerGroup
		switch shape {
		case shapeHistory:
			rp.title = w.PolicyHistoryTitle
			rp.preamble = rp.preamble[:1]
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Policy, w.AckStatus, w.AckOn}
			rp.rows = historyRows(r, w, ro, policy, w.OtherPolicies, true, func(p person, item, status string, on cell) []cell {
				return []cell{txt(p.name), txt(p.id), txt(p.dept), txt(item), txt(status), on}
			})
			about += fmt.Sprintf("; one row per person and policy, %q among two other policies, sorted by name and policy", policy)
		case shapeAttempts:
			previous := fmt.Sprintf("%d.%d", major-1, 2)
			rp.title = w.VersionTitle
			rp.preamble = []string{rp.preamble[0], w.Policy + ": " + policy, w.CurrentVersion + ": " + version}
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Policy, w.Version, w.AckStatus, w.AckOn}
			rp.rows = versionRows(r, w, ro, policy, previous, version)
			about += fmt.Sprintf("; one row per person and version sent, sorted by name and version: the previous version %s (most acknowledged it a year before) and the current %s, which counts", previous, version)
		case shapeWide:
			rp.title = w.PolicyWideTitle
			rp.header = wideHeader(w, w.Policy, w.Version, w.AckStatus, w.AckOn)
			rp.rows = wideRows(r, w, ro, func(p person) []cell {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				return []cell{txt(policy), txt(version), txt(p.status), on}
			})
			about += "; a wide export: staff number, e-mail, job title, manager, location, cost centre and hire date before the policy's columns, the last login after them"
		case shapeByStatus:
			rp.title = w.PolicyStatusTitle
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Version, w.AckStatus, w.AckOn}
			rp.rows = listRows(ro, w, shape, false, func(_ int, p person) []cell {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				return []cell{txt(version), txt(p.status), on}
			})
			about += printByStatus(d, rp, w, ro, []string{w.Acked, w.Pending}, 4)
		case shapeTranscripts, shapeSheetPerDept:
			rp.header = []string{w.Name, w.EmployeeID, w.Dept, w.Version, w.AckStatus, w.AckOn}
			rp.rows = listRows(ro, w, shape, false, func(_ int, p person) []cell {
				var on cell
				if p.completed {
					on = dateCell(p.done)
				}
				return []cell{txt(version), txt(p.status), on}
			})
			if shape == shapeTranscripts {
				rp.title = w.PolicyTranscriptTitle
				about += printTranscripts(d, rp, w, ro, policy+" "+w.Version+" "+version, w.OtherPolicies, true, r)
			} else {
				about += splitByDept(d, &rp, w, ro)
			}
		default:
			rp.header = []string{w.Name, w.EmployeeID, w.Dept}
			if withType {
				rp.header = append(rp.header, w.Kind)
			}
			rp.header = append(rp.header, w.Version, w.AckStatus, w.AckOn)
			withTime := format == fmtCSV
			rp.rows = listRows(ro, w, shape, withType, func(k int, p person) []cell {
				var on cell
				switch {
				case p.completed && withTime:
					on = txt(formatDate(p.done, tag, w.Style) + fmt.Sprintf(" %02d:%02d", 8+(k*7)%10, (k*23)%60))
				case p.completed:
					on = dateCell(p.done)
				}
				return []cell{txt(version), txt(p.status), on}
			})
			switch {
			case shape == shapeGrouped:
				about += printGrouped(d, &rp, w, ro, w.SubtotalAcked)
			case shape == shapeMerged:
				groups = []headerGroup{{w.GroupPerson, 4}, {w.GroupPolicy, 3}}
				about += mergedAbout(shape, groups)
			case withTime:
				about += "; sign-offs with the time of day"
			}
		}
		d.about = about
		docs = append(docs, ninthFinish(d, rp, ro, shape, format, withType, "signature", groups))
	}
	return docs
}

// workday is t, or the first working day after it where t falls on a
// weekend or on New Year's Day: the day a review meets.
func workday(t time.Time) time.Time {
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday || (t.Month() == time.January && t.Day() == 1) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// listRows are a list export's rows, one per person: name, number,
// department (not in a grouped print, whose headings name it) and
// employment type where it has one, then the cells tail gives for the
// k-th person.
func listRows(ro roster, w tableWords, shape string, withType bool, tail func(k int, p person) []cell) [][]cell {
	var rows [][]cell
	for k, p := range ro.ps {
		row := []cell{txt(p.name), txt(p.id)}
		if shape != shapeGrouped {
			row = append(row, txt(p.dept))
		}
		if withType {
			row = append(row, txt(kindWord(w, p)))
		}
		rows = append(rows, append(row, tail(k, p)...))
	}
	return rows
}

// printGrouped makes d the grouped print of a list's rows, its
// department column taken out of the header, and says so for d's
// description.
func printGrouped(d *doc, rp *report, w tableWords, ro roster, summary string) string {
	var depts []string
	var done []bool
	for _, p := range ro.ps {
		depts, done = append(depts, p.dept), append(done, p.completed)
	}
	rp.header = slices.Delete(rp.header, 2, 3)
	d.format, d.producer, d.html = "pdf", producerChromium, groupedPrint(*rp, w, depts, done, summary)
	return "; grouped by department, a subtotal line under each and a total of all departments"
}

// ninthFinish adds to a report or log of the ninth batch the facts of its
// rows (dates of what was done, contractors) and turns it into the doc of
// its format, unless it is printed already: a workbook the system writes
// itself (its header under group headings where groups are given), a CSV
// or Chromium's print as the earlier batches write them.
func ninthFinish(d *doc, rp report, ro roster, shape, format string, withType bool, what string, groups []headerGroup) *doc {
	ro.rowFacts(d, rp, shape, format, withType, what)
	if withType {
		d.about += "; an employment type column"
	}
	switch {
	case d.format != "":
		return d
	case format == fmtXLSX:
		d.format, d.producer, d.book = "xlsx", producerXLSX, exportBook(rp, groups)
		return d
	}
	return finish(d, rp, format, []sheet{sheetOf(rp.title, rp, true)})
}

// ninthMinutes are the management review minutes of the ninth batch:
// formal minutes (the meeting's date and place, who attended with their
// roles and who sent apologies, each agenda item with what was said and
// the decision, an action register with owners, due dates and status)
// and short ones (a line with the date, who was present, the points in a
// list and the actions under them, with or without an owner).
func ninthMinutes() []*doc {
	var docs []*doc
	for i := 0; i < minutesCount; i++ {
		r := rand.New(rand.NewPCG(300+seed, uint64(i)))
		tag := minutesTags[i%len(minutesTags)]
		w := minutesWordsOf[lang(tag)]
		short := i%2 == 1
		style := []string{styleLong, words(tag).Style, words(tag).Style, styleLong}[i%4]
		meeting := workday(today.AddDate(0, -1-r.IntN(9), -r.IntN(25)))
		previous := workday(meeting.AddDate(0, -6-r.IntN(4), r.IntN(10)))
		next := workday(meeting.AddDate(0, 6, r.IntN(10)))
		audit := meeting.AddDate(0, 2, 12)
		date := func(t time.Time) string { return formatDate(t, tag, style) }
		topics := map[string]bool{
			"training_metrics": i != 3, "incidents": i != 5, "policy_violations": i%2 == 0,
			"audit_findings": i != 1, "action_items": i != 3,
		}
		owners := topics["action_items"] && i != 5
		ps := people(r, tag, 4+r.IntN(3), false)
		names := make([]string, len(ps))
		for j, p := range ps {
			names[j] = p.name
		}
		attendees := names
		items := agendaItems(r, w, topics, date, previous, audit, 71, 27)
		due := func(j int) time.Time { return meeting.AddDate(0, 1+j, 7*j) }
		written := reviewDates(w, topics, due, meeting, previous, next, audit)
		var b strings.Builder
		if short {
			fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s &nbsp;·&nbsp; %s</p>\n<p><b>%s:</b> %s</p>\n<ul>\n", esc(w.ShortTitle), esc(date(meeting)), esc(w.Location), esc(w.ShortPresent), esc(strings.Join(names, ", ")))
			for _, it := range items {
				fmt.Fprintf(&b, "<li>%s</li>\n", esc(it[1]))
			}
			b.WriteString("</ul>\n")
			if topics["action_items"] {
				fmt.Fprintf(&b, "<p><b>%s:</b></p>\n<ul>\n%s</ul>\n", esc(w.Actions), actionLines(w, names, owners, due, date))
			} else {
				fmt.Fprintf(&b, "<p>%s</p>\n", esc(w.NoActions))
			}
		} else {
			// The second person named sent apologies: listed, but no attendee.
			absent := names[1]
			attendees = slices.Delete(slices.Clone(names), 1, 2)
			fmt.Fprintf(&b, "<h1>%s</h1>\n<p><b>%s:</b> %s<br>%s</p>\n<h2>%s</h2>\n<ul>\n", esc(w.Title), esc(w.DateLabel), esc(date(meeting)), esc(w.Location), esc(w.Attendees))
			for j, a := range attendees {
				role := w.Roles[j%len(w.Roles)]
				if j == 0 {
					role = w.Chair
				}
				fmt.Fprintf(&b, "<li>%s – %s</li>\n", esc(a), esc(role))
			}
			fmt.Fprintf(&b, "</ul>\n<p><b>%s:</b> %s</p>\n", esc(w.Absent), esc(absent))
			for j, it := range items {
				fmt.Fprintf(&b, "<h2>%d. %s</h2>\n<p>%s</p>\n<p><b>%s:</b> %s</p>\n", j+1, esc(it[0]), esc(it[1]), esc(w.Decision), esc(w.Noted))
			}
			if topics["action_items"] {
				fmt.Fprintf(&b, "<h2>%d. %s</h2>\n<table class=\"report\"><thead><tr><th>#</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
					len(items)+1, esc(w.Actions), esc(w.ActionCols[0]), esc(w.ActionCols[1]), esc(w.ActionCols[2]), esc(w.State))
				for j, a := range w.ActionItems {
					fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", j+1, esc(a), esc(attendees[(j+1)%len(attendees)]), esc(date(due(j))), esc(w.Open))
				}
				b.WriteString("</tbody></table>\n")
			} else {
				fmt.Fprintf(&b, "<p>%s</p>\n", esc(w.NoActions))
			}
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(fmt.Sprintf(w.Next, date(next))))
		shape := map[bool]string{false: "formal", true: "short"}[short]
		about := fmt.Sprintf("formal management review minutes (%s), %s dates: date and place, attendees with their roles and one apology, numbered agenda items each with a decision, an action register with owner, due date and status", tag, style)
		if short {
			about = fmt.Sprintf("short management review minutes (%s), %s dates: a line with the date and place, who was present, the points as a list and the actions under them", tag, style)
			if topics["action_items"] && !owners {
				about += " without owners"
			}
		}
		about += "; also mention the previous review, a planned audit, action due dates and the next review"
		docs = append(docs, minutesDoc(i, tag, shape, about, b.String(), readDate(meeting, settled(tag, style, written...)), attendees, topics, owners))
	}
	return docs
}
