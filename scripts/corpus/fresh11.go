package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The eleventh fresh batch (-fresh11): an ordinary analyst's inbox like
// the ninth and tenth, from ten bodies in countries no batch had (Nigeria,
// Jamaica and Malaysia writing English, Slovakia writing German, Senegal,
// the Dominican Republic, Panama, Montenegro writing Italian, Bonaire and
// Timor-Leste), on its own fixed day (data/fresh11-batch.json). Two
// thirds of its certificates are in layouts earlier batches had, and
// three layouts real bodies print that no batch had: a site's
// sub-certificate to a multi-site main certificate, which names both
// numbers and the one site; a certificate issued as an electronically
// signed PDF, whose signature panel carries the signing time stamp; and
// a certificate with the record of its surveillance audits on a second
// page. Its exports are the ninth and tenth batches' shapes and two no
// batch had: learner or policy transcripts printed one block per person
// (the course or policy asked about beside another one), and a workbook
// split into one sheet per department with no sheet of totals.

// The eleventh batch's layouts.
const (
	layoutSubCertificate     = "sub-certificate"     // a site's sub-certificate to the main certificate of a multi-site organisation
	layoutESignature         = "e-signature"         // issued as a signed PDF: a signature panel with the signer, time stamp and document ID
	layoutSurveillanceRecord = "surveillance-record" // the certificate, then a page recording the surveillance audits of the cycle
)

// fresh11CSS styles the sub-certificate's numbers, the signature panel
// and the surveillance record.
const fresh11CSS = `<style>
.subnos { display: flex; justify-content: space-between; border: 1px solid #1d3c6e; padding: 2mm 4mm; margin: -6mm 0 6mm 0; font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
.subnos b { font-size: 11pt; }
.site { border-left: 3px solid #1d3c6e; padding: 1mm 4mm; margin: 4mm 10mm; }
.esig { display: flex; gap: 4mm; align-items: stretch; border: 1px solid #6b7d94; background: #f4f7fb; padding: 2mm 3mm; margin-top: 12mm; width: 105mm; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.esig .tick { font-size: 20pt; color: #2a7a3b; }
.esig .sig-t { font-weight: bold; font-size: 9pt; }
.econ { font-size: 8pt; color: #444; margin-top: 6mm; }
table.surv { border-collapse: collapse; width: 100%; margin: 6mm 0; font-size: 10pt; }
table.surv th, table.surv td { border: 1px solid #777; padding: 2mm; text-align: left; }
</style>
`

// subNumber is the sub-certificate's own number: the main certificate's
// with the site's running number.
func (c *cert) subNumber() string { return fmt.Sprintf("%s-%02d", c.number, 2+c.variant%2) }

// subSite is the site a sub-certificate names.
func (c *cert) subSite() site { return c.p.Sites[(1+c.variant)%len(c.p.Sites)] }

// subCertificate is a site's sub-certificate to a multi-site main
// certificate: the letterhead, a title, both numbers side by side, the
// organisation, the standard, the site with its address and activities,
// the main certificate's scope, the dates and a note that it is valid
// only with the main certificate.
func (c *cert) subCertificate(l certLabels) string {
	v, s := c.variant, c.subSite()
	var b strings.Builder
	b.WriteString(fresh11CSS + c.header())
	fmt.Fprintf(&b, "<div class=\"subnos\"><div>%s<br><b>%s</b></div><div>%s<br><b>%s</b></div></div>\n",
		esc(l.SubNumber), esc(c.subNumber()), esc(l.MainNumber), esc(c.number))
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n",
		esc(l.SubTitle), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard))
	fmt.Fprintf(&b, "<p>%s</p>\n<div class=\"site\"><b>%s</b><br>%s<br>%s</div>\n", esc(l.SubSite), esc(s.Name), esc(s.Addr), esc(s.Activity))
	fmt.Fprintf(&b, "<p>%s</p>\n<p class=\"scope\">%s</p>\n", esc(l.SubScope), esc(c.p.Scope))
	b.WriteString("<table class=\"facts\">\n")
	b.WriteString(row2(pick(l.Initial, v), c.date(c.initial)))
	b.WriteString(row2(c.issueLine(l)))
	b.WriteString(row2(pick(l.Expiry, v), c.date(c.expires)))
	b.WriteString("</table>\n")
	fmt.Fprintf(&b, "<p class=\"small\">%s</p>\n", esc(fmt.Sprintf(l.SubNote, c.number)))
	return b.String() + c.footer(l)
}

// signedAt is when the body's signer signed the certificate's PDF: some
// days after the issue, in the working day's morning.
func (c *cert) signedAt() time.Time {
	return c.issued.AddDate(0, 0, 2+c.variant).Add(time.Duration(9*60+17+13*c.variant) * time.Minute).Add(time.Duration(7+11*c.variant) * time.Second)
}

// signStamp is the signing time as a PDF signature panel writes it,
// "2025.03.04 10:22:11 +01'00'", in the body's time zone.
func (c *cert) signStamp() string {
	return c.signedAt().Format("2006.01.02 15:04:05") + " " + c.p.Body.Zone
}

// docID is the signed PDF's document identifier.
func (c *cert) docID() string {
	h := uint32(2166136261)
	for _, r := range c.number {
		h = (h ^ uint32(r)) * 16777619
	}
	return fmt.Sprintf("%08X-%04X-%04X", h, (h>>7)&0xffff, uint32(c.variant*4111+c.issued.YearDay())&0xffff)
}

// eSignature is a certificate issued as an electronically signed PDF:
// the letterhead's title, text and details as usual, and instead of a
// handwritten signature a signature panel (signer, time stamp, reason)
// with a line saying how to check the signature and the document ID.
func (c *cert) eSignature(l certLabels) string {
	v, bd := c.variant, c.p.Body
	var b strings.Builder
	b.WriteString(fresh11CSS + c.header() + c.front(l) + c.scopeBlock(l))
	b.WriteString("<table class=\"facts\">\n")
	b.WriteString(row2(pick(l.Number, v), c.number))
	b.WriteString(row2(pick(l.Initial, v), c.date(c.initial)))
	b.WriteString(row2(c.issueLine(l)))
	b.WriteString(row2(pick(l.Expiry, v), c.date(c.expires)))
	b.WriteString("</table>\n")
	fmt.Fprintf(&b, "<div class=\"foot\"><div class=\"esig\"><div class=\"tick\">&#10004;</div><div><div class=\"sig-t\">%s</div>%s: %s<br>%s: %s<br>%s: %s</div></div>",
		esc(l.ESigHead), esc(l.ESigBy), esc(bd.Signatory+", "+bd.Short), esc(l.ESigDate), esc(c.signStamp()), esc(l.ESigReason), esc(l.ESigReasonText))
	if bd.Accred != "" {
		fmt.Fprintf(&b, "<div class=\"mark\"><b>%s</b><br>%s %s<br><small>%s</small></div>", esc(bd.Accred), esc(l.Accredited), esc(bd.Accred), esc(bd.AccredNo))
	}
	b.WriteString("</div>\n")
	fmt.Fprintf(&b, "<p class=\"econ\">%s<br>%s: %s</p>\n", esc(fmt.Sprintf(l.ESigNote, bd.Web)), esc(l.DocID), esc(c.docID()))
	return b.String()
}

// surveillance is one row of a surveillance record: the audit, its day,
// the outcome and the auditor's initials; planned has no outcome yet.
type surveillance struct {
	kind, outcome, auditor string
	on                     time.Time
	planned                bool
}

// surveillances are the surveillance audits of the current cycle: the
// first some eleven months after the issue, the second a year later,
// those before today done with the certification maintained, the next
// one planned.
func (c *cert) surveillances(l certLabels) []surveillance {
	var out []surveillance
	initials := []string{"M.A.", "K.O.", "R.S.", "T.B."}
	for k := range 2 {
		on := c.issued.AddDate(1+k, -1, 3+4*c.variant)
		if on.After(c.expires) {
			break
		}
		s := surveillance{kind: l.SurvKinds[k], on: on, auditor: initials[(k+c.variant)%len(initials)]}
		if on.Before(today) {
			s.outcome = l.SurvMaintained
		} else {
			s.outcome, s.planned = l.SurvPlanned, true
			out = append(out, s)
			break
		}
		out = append(out, s)
	}
	return out
}

// surveillanceRecord is a letterhead certificate followed by a second
// page, headed by the number, that records the surveillance audits of
// the cycle: audit, date, result and auditor, the next one planned.
func (c *cert) surveillanceRecord(l certLabels) string {
	var b strings.Builder
	b.WriteString(fresh11CSS + c.letterhead(l))
	fmt.Fprintf(&b, "<div class=\"pb\"></div>%s<h2>%s – %s %s</h2>\n%s\n", c.header(), esc(l.SurvHead), esc(pick(l.Number, c.variant)), esc(c.number), c.orgBlock())
	fmt.Fprintf(&b, "<table class=\"surv\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n", esc(l.SurvCols[0]), esc(l.SurvCols[1]), esc(l.SurvCols[2]), esc(l.SurvCols[3]))
	for _, s := range c.surveillances(l) {
		auditor := s.auditor
		if s.planned {
			auditor = "–"
		}
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(s.kind), esc(c.date(s.on)), esc(s.outcome), esc(auditor))
	}
	fmt.Fprintf(&b, "</table>\n<p class=\"small\">%s</p>\n<p class=\"small\">%s 2 / 2</p>\n", esc(l.SurvNote), esc(l.Page))
	return b.String()
}

// eleventhDates are the dates the eleventh batch's layouts print beyond
// the number's and the cycle's, in the certificate's date style (the
// signing stamp is written year first and settles nothing).
func (c *cert) eleventhDates() []time.Time {
	if c.layout != layoutSurveillanceRecord {
		return nil
	}
	var ts []time.Time
	for _, s := range c.surveillances(labels[lang(c.p.Tag)]) {
		ts = append(ts, s.on)
	}
	return ts
}

// eleventhFacts sets what the eleventh batch's layouts change in the
// facts: a sub-certificate's number is its own, the main certificate's
// accepted beside it, and its one site is its sites.
func (c *cert) eleventhFacts(facts map[string]any, alts map[string][]any) {
	if c.layout == layoutSubCertificate {
		facts["certificate_number"] = c.subNumber()
		alts["certificate_number"] = []any{c.number}
		facts["sites"] = []string{c.subSite().Name}
	}
}

// eleventhAbout says in a certificate's description what the eleventh
// batch's layouts print beside the facts.
func (c *cert) eleventhAbout() string {
	switch c.layout {
	case layoutSubCertificate:
		return fmt.Sprintf("; a sub-certificate %s for the site %q to the main certificate %s (accepted as the number too), the main certificate's scope and dates",
			c.subNumber(), c.subSite().Name, c.number)
	case layoutESignature:
		return fmt.Sprintf("; an electronically signed PDF: a signature panel signed %s (not the issue) and a document ID, no handwritten signature", c.signStamp())
	case layoutSurveillanceRecord:
		var parts []string
		for _, s := range c.surveillances(labels[lang(c.p.Tag)]) {
			parts = append(parts, fmt.Sprintf("%s %s (%s)", s.kind, iso(s.on), s.outcome))
		}
		return "; a second page records the surveillance audits of the cycle: " + strings.Join(parts, ", ")
	}
	return ""
}

// Export shapes of the eleventh batch, beside the ninth's and tenth's.
const (
	shapeTranscripts  = "transcripts"    // printed one block per person: the person's details over their courses or policies
	shapeSheetPerDept = "sheet-per-dept" // a workbook with one sheet per department and no sheet of totals
)

// transcriptPrint is a learning or policy system's bulk print of
// transcripts: under the title and preamble, one block per person (name,
// staff number and department over a small table of the security course
// or policy and another one, each with its status and date), blocks kept
// whole on a page. others gives a person's other record.
func transcriptPrint(rp report, w tableWords, ro roster, subject string, ack bool, other func(p person) (string, string, cell)) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(rp.title))
	for _, p := range rp.preamble {
		fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n", esc(p))
	}
	b.WriteString("<style>.tr { break-inside: avoid; page-break-inside: avoid; border: 1px solid #99a; margin: 3mm 0; padding: 2mm 3mm; font-family: \"Liberation Sans\", sans-serif; font-size: 8.5pt; } .tr h3 { font-size: 10pt; margin: 0 0 1mm 0; } .tr .id { color: #444; margin-bottom: 1.5mm; } .tr table { width: 100%; border-collapse: collapse; } .tr th { text-align: left; border-bottom: 1px solid #333; background: #eef1f5; -webkit-print-color-adjust: exact; print-color-adjust: exact; } .tr td, .tr th { padding: 0.8mm 1.5mm; }</style>\n")
	itemCol, statusCol, dateCol := w.Course, w.Status, w.Completed
	if ack {
		itemCol, statusCol, dateCol = w.Policy, w.AckStatus, w.AckOn
	}
	for _, p := range ro.ps {
		fmt.Fprintf(&b, "<div class=\"tr\"><h3>%s</h3><div class=\"id\">%s: %s &nbsp;·&nbsp; %s: %s</div>\n", esc(p.name), esc(w.EmployeeID), esc(p.id), esc(w.Dept), esc(p.dept))
		fmt.Fprintf(&b, "<table><tr><th>%s</th><th>%s</th><th>%s</th></tr>\n", esc(itemCol), esc(statusCol), esc(dateCol))
		var on cell
		if p.completed {
			on = dateCell(p.done)
		}
		rows := [][3]string{{subject, p.status, rp.text(on)}}
		item, status, when := other(p)
		o := [3]string{item, status, rp.text(when)}
		if item < subject {
			rows = [][3]string{o, rows[0]}
		} else {
			rows = append(rows, o)
		}
		for _, r := range rows {
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(r[0]), esc(r[1]), esc(r[2]))
		}
		b.WriteString("</table></div>\n")
	}
	fmt.Fprintf(&b, "<p class=\"meta\">%s</p>\n", esc(fmt.Sprintf(w.TranscriptCount, len(ro.ps))))
	return `<!DOCTYPE html><html lang="` + lang(rp.tag) + `"><head><meta charset="utf-8"><style>` + reportCSS + "</style></head><body>\n" + b.String() + "</body></html>\n"
}

// transcriptOther is a person's record of another course or policy in a
// transcript: its name, status and date.
func transcriptOther(r *rand.Rand, w tableWords, others [2]string, ack bool) func(p person) (string, string, cell) {
	return func(p person) (string, string, cell) {
		item := others[r.IntN(2)]
		status, on := otherRecord(r, w, p.assigned, ack)
		return item, status, on
	}
}

// printTranscripts makes d the transcript print of a report or log.
func printTranscripts(d *doc, rp report, w tableWords, ro roster, subject string, others [2]string, ack bool, r *rand.Rand) string {
	d.format, d.producer, d.html = "pdf", producerChromium, transcriptPrint(rp, w, ro, subject, ack, transcriptOther(r, w, others, ack))
	return fmt.Sprintf("; printed transcripts, one block per person with %q and another %s, each with status and date; no table of all people, a count line at the end",
		subject, map[bool]string{false: "course", true: "policy"}[ack])
}

// deptBook is a workbook with one sheet per department, named after it,
// each with the title, the preamble, the department, the header and its
// people's rows, then a line counting them; there is no sheet of totals.
// rows are the people's rows in the order of ro.ps, the department
// column already left out.
func deptBook(rp report, w tableWords, ro roster) *workbook {
	wb := &workbook{style: rp.style}
	for _, dept := range w.Depts {
		var mine [][]cell
		for i, p := range ro.ps {
			if p.dept == dept {
				mine = append(mine, rp.rows[i])
			}
		}
		if len(mine) == 0 {
			continue
		}
		rows := [][]cell{{txt(rp.title)}}
		for _, p := range rp.preamble {
			rows = append(rows, []cell{txt(p)})
		}
		rows = append(rows, []cell{txt(w.Dept + ": " + dept)}, nil)
		sh := bookSheet{name: dept, bold: map[int]bool{0: true, len(rows): true}}
		h := make([]cell, len(rp.header))
		for i, s := range rp.header {
			h[i] = txt(s)
		}
		rows = append(append(rows, h), mine...)
		rows = append(rows, nil, []cell{txt(fmt.Sprintf(w.SheetCount, len(mine)))})
		sh.rows = rows
		if len([]rune(sh.name)) > 31 {
			sh.name = string([]rune(sh.name)[:31])
		}
		wb.sheets = append(wb.sheets, sh)
	}
	return wb
}

// splitByDept makes d the department workbook of a list's rows, its
// department column taken out (each sheet names its department).
func splitByDept(d *doc, rp *report, w tableWords, ro roster) string {
	rp.header = append(rp.header[:2:2], rp.header[3:]...)
	for i, row := range rp.rows {
		rp.rows[i] = append(row[:2:2], row[3:]...)
	}
	d.format, d.producer, d.book = "xlsx", producerXLSX, deptBook(*rp, w, ro)
	return "; a workbook with one sheet per department (named after it, a count line under its rows), no sheet of totals: the people are the sum of the sheets"
}
