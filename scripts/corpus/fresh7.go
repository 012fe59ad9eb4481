package main

import (
	"fmt"
	"strings"
	"time"
)

// The seventh fresh batch (-fresh7): ten bodies and organisations no batch
// has, from countries no batch had (Denmark and Kenya writing English,
// Luxembourg writing French with German, Liechtenstein, Argentina,
// Colombia, San Marino, Suriname, Angola, and a registrar in the Cayman
// Islands, where both numeric orders are in use and nothing settles two
// certificates' dates), other wordings again, four layouts real bodies
// print that no batch had (the details in a narrow sidebar under a QR
// code; a short statement continued on an annex that numbers the scope
// and gives each site its part of it; a grid of sites against the scope's
// activities; a landscape page whose details stand in a coloured ribbon
// down its left edge), exports of other learning and HR systems (a CSV
// with a byte order mark, a percent-complete column, sign-offs as ISO
// date-times with a time zone, a workbook whose header sits on row 4 under
// its title and a filter line), minutes with an attendance table, scans and
// another seed. Its settings, the certificates planned and the scans are
// data/fresh7-batch.json; this file has the code of its layouts and
// export shapes.

// seventhExports switches the reports, logs and minutes to the seventh
// batch's shapes; the earlier batches leave it off and keep theirs.
var seventhExports bool

// fresh7CSS styles the sidebar, the annex, the site grid and the ribbon.
const fresh7CSS = `<style>
.sbwrap { display: flex; gap: 6mm; align-items: flex-start; }
.sbmain { flex: 1; }
.sbmain h1 { font-size: 19pt; }
.side { width: 46mm; border-left: 1.5px solid #1d3c6e; padding-left: 4mm; font-family: "DejaVu Sans", sans-serif; }
.side .qr { border: 1px solid #999; padding: 2mm; text-align: center; margin-bottom: 4mm; }
.side .lab { font-size: 7.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.4px; margin-top: 3mm; }
.side .val { font-size: 10pt; font-weight: bold; }
.side .url { font-size: 7pt; word-break: break-all; margin-top: 4mm; color: #333; }
ol.annex { margin: 3mm 8mm; }
ol.annex li { margin-bottom: 1.5mm; }
table.matrix { border-collapse: collapse; margin: 4mm 0; font-size: 9pt; }
table.matrix th, table.matrix td { border: 1px solid #777; padding: 1.2mm 2.5mm; text-align: center; }
table.matrix td.site { text-align: left; }
ol.legend { font-size: 8.5pt; margin: 2mm 6mm; }
.ribwrap { display: flex; gap: 8mm; }
.ribbon { width: 58mm; background: #7a1f3d; color: #fff; padding: 6mm 4mm; font-family: "DejaVu Sans", sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.ribbon .short { font-size: 17pt; font-weight: bold; letter-spacing: 2px; margin-bottom: 8mm; }
.ribbon .lab { font-size: 8pt; color: #f1d9e0; margin-top: 4mm; }
.ribbon .val { font-size: 11pt; font-weight: bold; }
.ribmain { flex: 1; }
</style>
`

// registerURL is the address of the certificate in the body's online register.
func (c *cert) registerURL() string {
	return "https://" + c.p.Body.Web + "/c/" + strings.NewReplacer("/", "-", " ", "-", ".", "-").Replace(c.number)
}

// stacked is each detail's label above its value, as a sidebar or ribbon prints them.
func (c *cert) stacked(l certLabels) string {
	var b strings.Builder
	for _, kv := range c.detailCells(l) {
		fmt.Fprintf(&b, "<div class=\"lab\">%s</div><div class=\"val\">%s</div>\n", esc(strings.TrimSuffix(kv[0], ":")), esc(kv[1]))
	}
	return b.String()
}

// qrSidebar prints the certifying text in a wide column and, in a narrow
// sidebar on its right, a QR code box, the number and dates each label
// above its value, and the register's address.
func (c *cert) qrSidebar(l certLabels) string {
	url := c.registerURL()
	var b strings.Builder
	b.WriteString(fresh7CSS + c.header() + "<div class=\"sbwrap\"><div class=\"sbmain\">" + c.front(l) + c.scopeBlock(l) + "</div>\n")
	fmt.Fprintf(&b, "<div class=\"side\"><div class=\"qr\">%s<br><small>%s</small></div>\n%s<div class=\"url\">%s</div></div></div>\n",
		qrCode(url), esc(l.Verify), c.stacked(l), esc(url))
	return b.String() + c.footer(l)
}

// scopeParts are the scope's activities and, apart, its last part: every
// scope of this batch ends with what it excludes, which a list of
// activities or a grid of sites does not number.
func (c *cert) scopeParts() (acts []string, exclusion string) {
	all := c.activities()
	for _, a := range all[:len(all)-1] {
		acts = append(acts, strings.TrimSuffix(strings.TrimSpace(a), ";"))
	}
	return acts, strings.TrimSpace(all[len(all)-1])
}

// twoPageAnnex is a short statement on page 1, with the number and dates,
// that sends the reader to the annex; page 2 numbers the scope's
// activities and gives each site its part of the scope.
func (c *cert) twoPageAnnex(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(fresh7CSS + c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n<p><i>%s</i></p>\n",
		esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard), esc(l.ScheduleRef))
	b.WriteString(c.details(l, c.p.Tag) + c.footer(l))
	fmt.Fprintf(&b, "<div class=\"pb\"></div>%s<h2>%s %s</h2>\n%s\n<p><b>%s</b></p>\n<ol class=\"annex\">\n", c.header(), esc(l.Appendix), esc(c.number), c.orgBlock(), esc(l.Activities))
	acts, exclusion := c.scopeParts()
	for _, a := range acts {
		fmt.Fprintf(&b, "<li>%s;</li>\n", esc(a))
	}
	fmt.Fprintf(&b, "</ol>\n<p>%s</p>\n%s<p class=\"small\">%s 2 / 2</p>\n", esc(exclusion), c.siteTable(l), esc(l.Page))
	return b.String()
}

// siteMatrix prints the certificate with its scope and details, then a
// grid of the sites against the scope's numbered activities, a tick where
// a site carries one out, and the activities as a legend under it.
func (c *cert) siteMatrix(l certLabels) string {
	acts, exclusion := c.scopeParts()
	var b strings.Builder
	b.WriteString(fresh7CSS + c.header() + c.front(l) + c.scopeBlock(l) + c.details(l, c.p.Tag))
	fmt.Fprintf(&b, "<p><b>%s</b></p>\n<table class=\"matrix\"><tr><th>%s</th>", esc(l.Activities), esc(l.SitesHeader[0]))
	for i := range acts {
		fmt.Fprintf(&b, "<th>%d</th>", i+1)
	}
	b.WriteString("</tr>\n")
	for si, s := range c.p.Sites {
		fmt.Fprintf(&b, "<tr><td class=\"site\">%s</td>", esc(s.Name))
		for ai := range acts {
			mark := "–"
			if si == 0 || (si+ai)%2 == 0 {
				mark = "✓"
			}
			fmt.Fprintf(&b, "<td>%s</td>", mark)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n<ol class=\"legend\">\n")
	for _, a := range acts {
		fmt.Fprintf(&b, "<li>%s</li>\n", esc(a))
	}
	fmt.Fprintf(&b, "</ol>\n<p class=\"small\">%s</p>\n", esc(exclusion))
	return b.String() + c.footer(l)
}

// landscapeRibbon is a landscape page with a coloured ribbon down its left
// edge that holds the body's short name and the number and dates, each
// label above its value; the certifying text stands beside it.
func (c *cert) landscapeRibbon(l certLabels) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s<div class=\"ribwrap\"><div class=\"ribbon\"><div class=\"short\">%s</div>\n%s</div>\n<div class=\"ribmain\">",
		fresh7CSS, landscapeCSS, esc(c.p.Body.Short), c.stacked(l))
	b.WriteString(c.header() + c.front(l) + c.scopeBlock(l) + c.footer(l) + "</div></div>\n")
	return b.String()
}

// listsScope reports whether a layout writes the scope only as a list of
// its activities, which the check of the written files looks for one by one.
func listsScope(layout string) bool {
	return layout == layoutSchedule || layout == layoutTwoPageAnnex || layout == layoutScopeBox
}

// zoned is a moment of day t as an export writes it: an ISO date-time with
// the time of day and the system's time zone, "2025-11-03T14:22:05+01:00".
func zoned(t time.Time, minutes int, zone string) string {
	return t.Add(time.Duration(8*60+minutes%(10*60))*time.Minute).Add(time.Duration(minutes%53)*time.Second).Format("2006-01-02T15:04:05") + zone
}

// percentDone is the percent-complete column of a training export: a
// course failed was worked through to its end.
func percentDone(w tableWords, status string, some int) string {
	switch status {
	case w.Done, w.Failed:
		return "100 %"
	case w.InProgress:
		return fmt.Sprintf("%d %%", 15+some%70)
	}
	return "0 %"
}

// byteOrderMark starts a CSV that a spreadsheet program is to read as UTF-8.
const byteOrderMark = "\ufeff"

// attendance is the minutes' attendance table: each person, a role, and
// whether they came; the second sends apologies and is no attendee.
func attendance(w minutesWords, ps []person) (html string, present []string) {
	var b strings.Builder
	fmt.Fprintf(&b, "<h2>%s</h2>\n<table class=\"report\"><thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
		esc(w.Attendance), esc(w.AttendanceCols[0]), esc(w.AttendanceCols[1]), esc(w.AttendanceCols[2]))
	for i, p := range ps {
		came := w.Present
		if i == 1 {
			came = w.Apologies
		} else {
			present = append(present, p.name)
		}
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(p.name), esc(w.Roles[i%len(w.Roles)]), esc(came))
	}
	b.WriteString("</tbody></table>\n")
	return b.String(), present
}
