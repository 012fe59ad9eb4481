package main

import (
	"fmt"
	"strings"
)

// The fifth fresh batch (-fresh5): ten bodies and organisations no batch
// has, from the eight languages and two other regions writing English (New
// Zealand, whose accreditation settles a day-first numeric date, and
// Canada, where both orders are in use and nothing settles two
// certificates' dates), other wordings again, two layouts real bodies print
// that no batch had (the number and dates only in a band at the foot of
// the page, each label in small capitals above its value; a certificate of
// registration continued on a second page, a schedule that numbers the
// registered activities), reports, logs, minutes, scans and another seed.
// Its settings, the certificates planned and the scans are
// data/fresh5-batch.json; this file has the code of its layouts.

// fresh5CSS styles the band at the foot of the page and the schedule.
const fresh5CSS = `<style>
.band { position: fixed; bottom: 0; left: 0; right: 0; background: #e8edf3; border-top: 3px solid #1d3c6e; padding: 2.5mm 3mm; }
.band table { width: 100%; border-collapse: collapse; }
.band td { vertical-align: top; padding: 0 3mm; border-left: 1px solid #9fb0c4; }
.band td:first-child { border-left: none; }
.band .cap { font-variant: small-caps; letter-spacing: 0.5px; font-size: 8.5pt; color: #40526a; }
.band .val { font-size: 10.5pt; font-weight: bold; margin-top: 0.8mm; white-space: nowrap; }
ol.acts { margin: 4mm 10mm; }
ol.acts li { margin-bottom: 2mm; }
.cont { text-align: right; font-size: 8.5pt; color: #555; margin-top: 6mm; }
</style>
`

// dateBand prints the certificate without a table of details: the number,
// first certification, issue and expiry stand only in a shaded band at the
// foot of the page, each label in small capitals above its value.
func (c *cert) dateBand(l certLabels) string {
	var b strings.Builder
	b.WriteString(fresh5CSS + c.header() + c.front(l) + c.scopeBlock(l) + c.footer(l))
	b.WriteString("<div class=\"band\"><table><tr>")
	for _, kv := range c.detailCells(l) {
		fmt.Fprintf(&b, "<td><div class=\"cap\">%s</div><div class=\"val\">%s</div></td>", esc(strings.TrimSuffix(kv[0], ":")), esc(kv[1]))
	}
	b.WriteString("</tr></table></div>\n")
	return b.String()
}

// activities are the scope's activities as a schedule numbers them, each
// with the semicolon that ends it in the scope.
func (c *cert) activities() []string { return strings.SplitAfter(c.p.Scope, "; ") }

// schedule is a certificate of registration whose first page refers to
// the schedule for its scope and is continued on a second page: the
// schedule, which numbers the registered activities above the site table.
func (c *cert) schedule(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(fresh5CSS + c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n<p>%s</p>\n",
		esc(l.Registration), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard), esc(l.ScheduleRef))
	b.WriteString(c.details(l, c.p.Tag) + c.footer(l))
	fmt.Fprintf(&b, "<p class=\"cont\">%s</p>\n", esc(l.Continued))
	fmt.Fprintf(&b, "<div class=\"pb\"></div>%s<h2>%s %s</h2>\n%s\n<p><b>%s</b></p>\n<ol class=\"acts\">\n", c.header(), esc(l.Schedule), esc(c.number), c.orgBlock(), esc(l.Activities))
	for _, a := range c.activities() {
		fmt.Fprintf(&b, "<li>%s</li>\n", esc(strings.TrimSpace(a)))
	}
	fmt.Fprintf(&b, "</ol>\n%s<p class=\"small\">%s</p>\n", c.siteTable(l), esc(l.LastPage))
	return b.String()
}
