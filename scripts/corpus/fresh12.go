package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// The twelfth fresh batch (-fresh12): an ordinary analyst's inbox like
// the ninth to eleventh, from eight bodies in countries no batch had
// (Trinidad and Tobago and Botswana writing English, Namibia writing
// German, Mauritius writing French, Guatemala, Bosnia and Herzegovina
// writing Italian, Indonesia writing Dutch and Guinea-Bissau), on its own
// fixed day (data/fresh12-batch.json). Two thirds of its certificates are
// in layouts earlier batches had, and three layouts real bodies print
// that no batch had: the certificate number among the body's other
// reference numbers (client number, audit report number) with the
// certification decision's date beside the issue date; an official form
// whose numbered boxes each hold one detail; and a photocopy certified as
// a true copy of the original, whose stamp carries its own place and
// date. Its exports are the ninth to eleventh batches' shapes and one no
// batch had: a report printed in sections by status, each headed by the
// status and its count, with no status column.

// The twelfth batch's layouts.
const (
	layoutReferenceNumbers = "reference-numbers" // the number among a client and an audit report number; the decision date beside the issue date
	layoutNumberedFields   = "numbered-fields"   // an official form: each detail in its own numbered box, the label above the value
	layoutCertifiedCopy    = "certified-copy"    // a photocopy stamped as a true copy of the original, the stamp dated
)

// fresh12CSS styles the reference block, the numbered form and the
// copy's stamp and watermark.
const fresh12CSS = `<style>
table.refs { border-collapse: collapse; margin: 6mm 10mm; font-size: 10pt; }
table.refs td { padding: 1.2mm 3mm; border-bottom: 1px dotted #999; }
table.refs td.k { color: #333; padding-right: 8mm; }
.formno { display: flex; justify-content: space-between; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #444; margin: -10mm 0 4mm 0; }
table.form { border-collapse: collapse; width: 100%; font-size: 10pt; margin-top: 4mm; }
table.form td { border: 1px solid #222; padding: 1.5mm 2.5mm 2.5mm 2.5mm; vertical-align: top; }
table.form .fl { display: block; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #333; margin-bottom: 1mm; }
table.form .fv { font-size: 11pt; }
.copyof { position: relative; }
.wm { position: absolute; top: 95mm; left: 20mm; font-family: "DejaVu Sans", sans-serif; font-size: 90pt; color: rgba(120,120,120,0.16); transform: rotate(-30deg); letter-spacing: 8mm; }
.stamp { position: absolute; top: 212mm; right: 14mm; width: 62mm; border: 2.5px double #8a1c1c; color: #8a1c1c; padding: 2mm 3mm; transform: rotate(-7deg); font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; text-align: center; background: rgba(255,255,255,0.55); }
.stamp b { display: block; font-size: 10pt; letter-spacing: 0.5px; margin-bottom: 1mm; }
.stamp .sl { display: inline-block; width: 40mm; border-bottom: 1px solid #8a1c1c; margin: 5mm 0 1mm 0; }
</style>
`

// clientNo and reportNo are the body's other references a
// reference-numbers certificate prints beside the certificate's number.
func (c *cert) clientNo() string {
	return fmt.Sprintf("%05d", 10417+713*c.variant+int(c.initial.Month())*37)
}
func (c *cert) reportNo() string {
	return fmt.Sprintf("%d-%04d", c.auditDay().Year(), 311+97*c.variant+c.auditDay().YearDay())
}

// decided is the day of the certification decision, some days before
// the certificate was issued.
func (c *cert) decided() time.Time { return c.issued.AddDate(0, 0, -4-c.variant) }

// copied is the day the copy was certified: some weeks before today,
// while the certificate held.
func (c *cert) copied() time.Time {
	t := today.AddDate(0, 0, -23-9*c.variant)
	if c.expires.Before(t) {
		t = c.expires.AddDate(0, 0, -40)
	}
	return t
}

// referenceNumbers is a letterhead certificate whose details are a block
// of the body's references (the certificate's registration number, the
// client number, the audit report number) and of its dates (first
// certification, the certification decision, the issue and the expiry).
func (c *cert) referenceNumbers(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(fresh12CSS + c.header() + c.front(l) + c.scopeBlock(l))
	b.WriteString("<table class=\"refs\">\n")
	b.WriteString(row2(l.RefClient, c.clientNo()))
	b.WriteString(row2(pick(l.Number, v), c.number))
	b.WriteString(row2(l.RefReport, c.reportNo()))
	b.WriteString(row2(pick(l.Initial, v), c.date(c.initial)))
	b.WriteString(row2(l.RefDecision, c.date(c.decided())))
	b.WriteString(row2(c.issueLine(l)))
	b.WriteString(row2(pick(l.Expiry, v), c.date(c.expires)))
	b.WriteString("</table>\n")
	return b.String() + c.footer(l)
}

// numberedFields is a certificate printed as an official form: the form's
// number and revision over the title, a sentence certifying the
// organisation to the standard, then a grid of numbered boxes,
// each with its label above its value (holder, address, standard, scope,
// number, first certification, issue, expiry, issuing body).
func (c *cert) numberedFields(l certLabels) string {
	v, bd := c.variant, c.p.Body
	var b strings.Builder
	b.WriteString(fresh12CSS + c.header())
	fmt.Fprintf(&b, "<div class=\"formno\"><span>%s</span><span>%s</span></div>\n", esc(fmt.Sprintf(l.FormNo, bd.Short)), esc(l.FormRev))
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s %s %s %s.</p>\n", esc(pick(l.Title, v)), esc(pick(l.Certify, v)), esc(c.p.Org), esc(pick(l.Conforms, v)), esc(c.standard))
	box := func(n int, label, value string, span int) string {
		return fmt.Sprintf("<td colspan=\"%d\"><span class=\"fl\">%d. %s</span><span class=\"fv\">%s</span></td>", span, n, esc(label), esc(value))
	}
	addr := c.p.OrgAddr
	if addr == "" {
		addr = c.p.Town
	}
	b.WriteString("<table class=\"form\"><colgroup><col style=\"width: 36%\"><col style=\"width: 32%\"><col style=\"width: 32%\"></colgroup>\n")
	fmt.Fprintf(&b, "<tr>%s</tr>\n", box(1, l.Fields[0], c.p.Org, 3))
	fmt.Fprintf(&b, "<tr>%s</tr>\n", box(2, l.Fields[1], addr, 3))
	fmt.Fprintf(&b, "<tr>%s</tr>\n", box(3, l.Fields[2], c.standard, 3))
	fmt.Fprintf(&b, "<tr>%s</tr>\n", box(4, l.Fields[3], c.p.Scope, 3))
	fmt.Fprintf(&b, "<tr>%s%s%s</tr>\n", box(5, pick(l.Number, v), c.number, 1), box(6, pick(l.Initial, v), c.date(c.initial), 1), box(7, pick(l.Issue, v), c.date(c.issued), 1))
	fmt.Fprintf(&b, "<tr>%s%s</tr>\n", box(8, pick(l.Expiry, v), c.date(c.expires), 1), box(9, l.Fields[4], bd.Name+", "+bd.Addr, 2))
	b.WriteString("</table>\n")
	return b.String() + c.footer(l)
}

// certifiedCopy is a letterhead certificate as a photocopy a vendor had
// certified as a true copy of the original for a tender: a faint "COPY"
// across the page and, in the free space under the signature, a stamp
// with its heading, the place and day it was certified, a signature line
// and who certified it.
func (c *cert) certifiedCopy(l certLabels) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s<div class=\"copyof\"><div class=\"wm\">%s</div>\n", fresh12CSS, esc(l.CopyMark))
	b.WriteString(c.letterhead(l))
	fmt.Fprintf(&b, "<div class=\"stamp\"><b>%s</b>%s<br>%s, %s<br><span class=\"sl\"></span><br>%s</div></div>\n",
		esc(l.CopyStamp), esc(l.CopySeen), esc(c.p.Town), esc(c.date(c.copied())), esc(l.CopyBy))
	return b.String()
}

// twelfthDates are the dates the twelfth batch's layouts print beyond
// the number's and the cycle's.
func (c *cert) twelfthDates() []time.Time {
	switch c.layout {
	case layoutReferenceNumbers:
		return []time.Time{c.decided()}
	case layoutCertifiedCopy:
		return []time.Time{c.copied()}
	}
	return nil
}

// twelfthAbout says in a certificate's description what the twelfth
// batch's layouts print beside the facts.
func (c *cert) twelfthAbout() string {
	switch c.layout {
	case layoutReferenceNumbers:
		return fmt.Sprintf("; the certificate number among the client number %s and the audit report number %s, the certification decision of %s beside the issue",
			c.clientNo(), c.reportNo(), iso(c.decided()))
	case layoutNumberedFields:
		return fmt.Sprintf("; an official form (%q) with each detail in a numbered box, the label above the value, the issuing body in box 9",
			fmt.Sprintf(labels[lang(c.p.Tag)].FormNo, c.p.Body.Short))
	case layoutCertifiedCopy:
		return fmt.Sprintf("; a photocopy with a faint watermark and a stamp certifying it a true copy of the original, in %s on %s (not the issue)",
			c.p.Town, iso(c.copied()))
	}
	return ""
}

// Export shape of the twelfth batch, beside the ninth's to eleventh's.
const shapeByStatus = "by-status" // printed in sections by status, each headed by the status and its count; no status column

// byStatusPrint is a learning or policy system's report printed in
// sections by status: under the title and preamble one table whose header
// repeats on every page, a heading row for each status that has people
// ("Completed (23)"), its people's rows without the status column, and a
// closing line with the number of people. statuses are the order of the
// sections; col is the status column of rp's rows.
func byStatusPrint(rp report, w tableWords, ro roster, statuses []string, col int) string {
	header := slices.Delete(slices.Clone(rp.header), col, col+1)
	cols := len(header)
	var b strings.Builder
	fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(rp.title))
	for _, p := range rp.preamble {
		fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n", esc(p))
	}
	b.WriteString("<style>tr.st td { background: #e8ecf2; font-weight: bold; border-top: 1.5px solid #333; padding-top: 2mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; } p.tot { font-weight: bold; margin-top: 4mm; }</style>\n")
	b.WriteString("<table class=\"report\"><thead><tr>")
	for _, h := range header {
		fmt.Fprintf(&b, "<th>%s</th>", esc(h))
	}
	b.WriteString("</tr></thead><tbody>\n")
	for _, s := range statuses {
		var mine [][]cell
		for i, p := range ro.ps {
			if p.status == s {
				mine = append(mine, slices.Delete(slices.Clone(rp.rows[i]), col, col+1))
			}
		}
		if len(mine) == 0 {
			continue
		}
		fmt.Fprintf(&b, "<tr class=\"st\"><td colspan=\"%d\">%s (%d)</td></tr>\n", cols, esc(s), len(mine))
		for _, row := range mine {
			b.WriteString("<tr>")
			for _, c := range row {
				fmt.Fprintf(&b, "<td>%s</td>", esc(rp.text(c)))
			}
			b.WriteString("</tr>\n")
		}
	}
	fmt.Fprintf(&b, "</tbody></table>\n<p class=\"tot\">%s: %d</p>\n", esc(w.Total), len(ro.ps))
	return `<!DOCTYPE html><html lang="` + lang(rp.tag) + `"><head><meta charset="utf-8"><style>` + reportCSS + "</style></head><body>\n" + b.String() + "</body></html>\n"
}

// printByStatus makes d the by-status print of a list's rows.
func printByStatus(d *doc, rp report, w tableWords, ro roster, statuses []string, col int) string {
	d.format, d.producer, d.html = "pdf", producerChromium, byStatusPrint(rp, w, ro, statuses, col)
	var heads []string
	for _, s := range statuses {
		heads = append(heads, fmt.Sprintf("%q", s))
	}
	return "; printed in sections by status (" + strings.Join(heads, ", ") + " where any), each headed by the status and its count, no status column; a total line at the end"
}
