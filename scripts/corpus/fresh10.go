package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// The tenth fresh batch (-fresh10): an ordinary analyst's inbox like the
// ninth, from ten bodies in countries no batch had (Iceland, Ghana and
// Belize writing English, Hungary writing German, Côte d'Ivoire,
// Paraguay, Ecuador, Albania writing Italian, Sint Maarten and Macau),
// two thirds of its certificates in layouts earlier batches had and three
// layouts real bodies print that no batch had: a certificate that names
// its Statement of Applicability and the audit that led to it; a
// certificate issued after a transfer from another body, which names
// that body and its certificate; and a print of the body's online
// register. Its exports are the ninth batch's shapes (fresh9.go) and two
// no batch had: an attempt-by-attempt export (one row per attempt at the
// course, or per version of the policy sent, the latest one counting) and
// a wide people-system export with many columns nobody asked about. Its
// settings, certificates, scans and export shapes are
// data/fresh10-batch.json.

// The tenth batch's layouts.
const (
	layoutSoAAudit        = "soa-audit"        // the Statement of Applicability's version and the audit's days among the details
	layoutTransfer        = "transfer"         // issued after a transfer: a note names the former body and its certificate
	layoutRegisterExtract = "register-extract" // a print of the body's online register: status, details and the print date
)

// transfer is where a certificate came from when the organisation moved
// to this body during the certification cycle.
type transfer struct {
	Body   string // the former certification body
	Number string // its certificate's number
}

// fresh10CSS styles the transfer note and the register print.
const fresh10CSS = `<style>
.xfer { border-left: 4px solid #1d3c6e; background: #f1f4f8; padding: 2mm 4mm; font-size: 9.5pt; margin: -6mm 0 6mm 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.xfer b { display: block; margin-bottom: 1mm; }
.reg { font-family: "DejaVu Sans", sans-serif; }
.reg .bar { display: flex; justify-content: space-between; align-items: baseline; background: #1d3c6e; color: #fff; padding: 2mm 4mm; font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.reg .bar b { font-size: 13pt; }
.reg h1 { font-size: 16pt; text-align: left; margin: 6mm 0 2mm 0; }
.reg .printed { font-size: 8.5pt; color: #555; margin-bottom: 5mm; }
.reg table.kv { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
.reg table.kv td { border-bottom: 1px solid #ccd; padding: 2mm; vertical-align: top; }
.reg table.kv td.k { width: 38%; color: #444; }
.reg .status { font-weight: bold; color: #1b6e2a; }
.reg .status.off { color: #8a1c1c; }
.reg .note { font-size: 8pt; color: #555; margin-top: 8mm; }
</style>
`

// soaDate and the audit's first day are the other dates a soa-audit
// certificate prints: the Statement of Applicability's date some weeks
// before the audit, the audit over four days ending on auditDay, and the
// next surveillance audit's due date within a year of the issue.
func (c *cert) soaDate() time.Time          { return c.auditDay().AddDate(0, 0, -41) }
func (c *cert) auditStart() time.Time       { return c.auditDay().AddDate(0, 0, -3) }
func (c *cert) nextSurveillance() time.Time { return c.issued.AddDate(1, 0, -30) }

// transferReview is the day the body finished the transfer review, some
// days before it issued its own certificate.
func (c *cert) transferReview() time.Time { return c.issued.AddDate(0, 0, -9) }

// printed is the day the register page was printed, a few days before today.
func (c *cert) printed() time.Time { return today.AddDate(0, 0, -3-c.variant) }

// tenthDates are the dates the tenth batch's layouts print beyond the
// number's and the cycle's.
func (c *cert) tenthDates() []time.Time {
	switch c.layout {
	case layoutSoAAudit:
		return []time.Time{c.soaDate(), c.auditStart(), c.auditDay(), c.nextSurveillance()}
	case layoutTransfer:
		return []time.Time{c.transferReview()}
	case layoutRegisterExtract:
		return []time.Time{c.printed()}
	}
	return nil
}

// soaAudit is a letterhead certificate that says which version of the
// Statement of Applicability it rests on and lists, among the number and
// the dates, the days of the recertification audit and the due date of
// the next surveillance audit.
func (c *cert) soaAudit(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header() + c.front(l) + c.scopeBlock(l))
	fmt.Fprintf(&b, "<p>%s</p>\n", esc(fmt.Sprintf(l.SoA, fmt.Sprintf("%d.%d", 2+v, v%3), c.date(c.soaDate()))))
	b.WriteString("<table class=\"facts\">\n")
	b.WriteString(row2(pick(l.Number, v), c.number))
	b.WriteString(row2(pick(l.Initial, v), c.date(c.initial)))
	b.WriteString(row2(l.AuditDays, c.date(c.auditStart())+" – "+c.date(c.auditDay())))
	b.WriteString(row2(c.issueLine(l)))
	b.WriteString(row2(pick(l.Expiry, v), c.date(c.expires)))
	b.WriteString(row2(l.NextAudit, c.date(c.nextSurveillance())))
	b.WriteString("</table>\n")
	return b.String() + c.footer(l)
}

// transferred is a letterhead certificate issued after the organisation
// moved its certification to this body in the middle of a cycle: a note
// under the letterhead names the former body, its certificate and the
// day the transfer review ended; the first certification is the former
// body's, the number and the issue this body's.
func (c *cert) transferred(l certLabels) string {
	t := c.p.Transfer
	note := fmt.Sprintf("<div class=\"xfer\"><b>%s</b>%s</div>\n", esc(l.TransferHead),
		esc(fmt.Sprintf(l.TransferNote, c.p.Body.Name, t.Body, t.Number, c.date(c.transferReview()))))
	head := c.header()
	return fresh10CSS + strings.Replace(c.letterhead(l), head, head+note, 1)
}

// registerExtract is a page of the body's online register as a browser
// prints it: the register's bar, the heading, the day printed, the
// certificate's status on that day and its details as a list of keys and
// values, the accreditation and a note that the printed certificate is
// the reference.
func (c *cert) registerExtract(l certLabels) string {
	v, bd := c.variant, c.p.Body
	status, class := l.StatusValid, "status"
	if c.expires.Before(c.printed()) {
		status, class = l.StatusExpired, "status off"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s<div class=\"reg\"><div class=\"bar\"><b>%s</b><span>%s</span></div>\n", fresh10CSS, esc(bd.Name), esc(l.Register))
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"printed\">%s: %s · https://%s/%s</p>\n", esc(l.Extract), esc(l.Printed), esc(c.date(c.printed())), esc(bd.Web), esc(c.number))
	b.WriteString("<table class=\"kv\">\n")
	kv := func(k, val, class string) {
		if class != "" {
			val = fmt.Sprintf("<span class=\"%s\">%s</span>", class, esc(val))
		} else {
			val = esc(val)
		}
		fmt.Fprintf(&b, "<tr><td class=\"k\">%s</td><td>%s</td></tr>\n", esc(k), val)
	}
	kv(l.StatusLabel, status, class)
	kv(pick(l.Number, v), c.number, "")
	holder := c.p.Org
	if c.p.OrgAddr != "" {
		holder += ", " + c.p.OrgAddr
	}
	kv(l.Holder, holder, "")
	kv(l.Standard, c.standard, "")
	kv(pick(l.ScopeIntro, v), c.p.Scope, "")
	kv(pick(l.Initial, v), c.date(c.initial), "")
	kv(pick(l.Issue, v), c.date(c.issued), "")
	kv(pick(l.Expiry, v), c.date(c.expires), "")
	if bd.Accred != "" {
		kv(l.Accredited, bd.Accred+" ("+bd.AccredNo+")", "")
	}
	fmt.Fprintf(&b, "</table>\n<p class=\"note\">%s</p></div>\n", esc(l.RegisterNote))
	return b.String()
}

// Export shapes of the tenth batch, beside the ninth's.
const (
	shapeAttempts = "attempts" // one row per attempt at the course, or per version of the policy sent; the latest counts
	shapeWide     = "wide"     // a people-system export with many columns beside the ones asked about
)

// byName are a roster's people in the order of their names, as exports
// sorted by person list them.
func byName(ro roster) []person {
	ps := slices.Clone(ro.ps)
	slices.SortFunc(ps, func(a, b person) int { return strings.Compare(a.name, b.name) })
	return ps
}

// attemptRows are a learning system's attempt export of the security
// course: for each person, in the order of their names, one row per
// attempt with its number, score, result and day, the last attempt the
// one that counts. Who completed passed their last attempt, after none,
// one or two failed ones; who failed failed each; who is in progress has
// a started attempt without a score, after a failed one or none; who has
// not started or is overdue has one row without an attempt.
func attemptRows(r *rand.Rand, w tableWords, ro roster) [][]cell {
	var rows [][]cell
	for _, p := range byName(ro) {
		row := func(attempt int, score, result string, on cell) {
			n := ""
			if attempt > 0 {
				n = fmt.Sprint(attempt)
			}
			rows = append(rows, []cell{txt(p.name), txt(p.id), txt(p.dept), txt(w.TrainingTitle), txt(n), txt(score), txt(result), on})
		}
		failed := func(k int, last time.Time) {
			for j := range k {
				row(j+1, fmt.Sprintf("%d %%", 35+r.IntN(40)), w.Failed, dateCell(last.AddDate(0, 0, -4*(k-1-j))))
			}
		}
		switch p.status {
		case w.Done:
			k := []int{0, 0, 0, 1, 1, 2}[r.IntN(6)]
			failed(k, p.done.AddDate(0, 0, -2))
			row(k+1, fmt.Sprintf("%d %%", 80+r.IntN(21)), w.Passed, dateCell(p.done))
		case w.Failed:
			failed(1+r.IntN(2), p.assigned.AddDate(0, 0, 8+r.IntN(20)))
		case w.InProgress:
			k := r.IntN(2)
			failed(k, p.assigned.AddDate(0, 0, 3+r.IntN(10)))
			row(k+1, "", w.InProgress, dateCell(p.assigned.AddDate(0, 0, 15+r.IntN(10))))
		default:
			row(0, "", p.status, cell{})
		}
	}
	return rows
}

// versionRows are a policy system's export of every version of the
// policy sent to each person, in the order of their names and then the
// version: the previous version, acknowledged a year or so earlier by
// most (who joined since never had it), and the current one with its
// status and date, the one that counts.
func versionRows(r *rand.Rand, w tableWords, ro roster, policy, previous, current string) [][]cell {
	var rows [][]cell
	for _, p := range byName(ro) {
		if r.IntN(5) != 0 {
			rows = append(rows, []cell{txt(p.name), txt(p.id), txt(p.dept), txt(policy), txt(previous), txt(w.Acked), dateCell(p.assigned.AddDate(0, 0, -330-r.IntN(60)))})
		}
		var on cell
		if p.completed {
			on = dateCell(p.done)
		}
		rows = append(rows, []cell{txt(p.name), txt(p.id), txt(p.dept), txt(policy), txt(current), txt(p.status), on})
	}
	return rows
}

// wideHeader and wideRows are a people system's export with the columns
// asked about among many others: staff number, name, e-mail, job title,
// manager, location, cost centre, hire date, department and worker type
// before them (tail's header), the last login after them.
func wideHeader(w tableWords, tail ...string) []string {
	return append(append([]string{w.EmployeeID, w.Name, w.Email, w.JobTitle, w.Manager, w.Location, w.CostCentre, w.HireDate, w.Dept, w.Kind}, tail...), w.LastLogin)
}

func wideRows(r *rand.Rand, w tableWords, ro roster, tail func(p person) []cell) [][]cell {
	var rows [][]cell
	for _, p := range ro.ps {
		manager := ro.ps[r.IntN(len(ro.ps))].name
		row := []cell{txt(p.id), txt(p.name), txt(p.email), txt(w.JobTitles[r.IntN(len(w.JobTitles))]), txt(manager),
			txt(w.Locations[r.IntN(len(w.Locations))]), txt(fmt.Sprintf("CC-%d", 4100+10*r.IntN(30))),
			dateCell(p.assigned.AddDate(-1-r.IntN(12), -r.IntN(12), -r.IntN(28))), txt(p.dept), txt(kindWord(w, p))}
		row = append(row, tail(p)...)
		rows = append(rows, append(row, dateCell(today.AddDate(0, 0, -1-r.IntN(20)))))
	}
	return rows
}

// tenthAbout says in a certificate's description what the tenth batch's
// layouts print beside the facts.
func (c *cert) tenthAbout() string {
	switch c.layout {
	case layoutSoAAudit:
		return fmt.Sprintf("; the Statement of Applicability dated %s, the recertification audit %s to %s and the next surveillance audit due by %s among the details",
			iso(c.soaDate()), iso(c.auditStart()), iso(c.auditDay()), iso(c.nextSurveillance()))
	case layoutTransfer:
		return fmt.Sprintf("; a note names the former body %q and its certificate %s and the transfer review of %s; the first certification is the former body's",
			c.p.Transfer.Body, c.p.Transfer.Number, iso(c.transferReview()))
	case layoutRegisterExtract:
		return fmt.Sprintf("; a print of the body's online register of %s, the status on that day above the details", iso(c.printed()))
	}
	return ""
}
