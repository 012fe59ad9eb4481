package main

import (
	"fmt"
	"strings"
	"time"
)

// The sixth fresh batch (-fresh6): ten bodies and organisations no batch
// has, from countries no batch had (Austria, Switzerland writing Italian
// with German and French, Belgium writing Dutch or French with the other,
// Ireland, Mexico, Brazil, Poland writing English, India, and the
// Philippines, where both numeric orders are in use and nothing settles
// two certificates' dates), other wordings again, four layouts real bodies
// print that no batch had (the number and dates only in a dark strip
// across the top of the page; an amendment history whose last row is the
// current issue; one number for an integrated management system to
// several standards; every label and the scope in each of the country's
// national languages), reports, logs, minutes, scans and another seed. Its
// settings, the certificates planned and the scans are
// data/fresh6-batch.json; this file has the code of its layouts.

// alsoIn is the scope in another national language, which the
// national-languages layout prints under the scope in the profile's own.
type alsoIn struct{ Tag, Scope string }

// fresh6CSS styles the header strip, the amendment history and the list
// of standards of an integrated certificate.
const fresh6CSS = `<style>
.strip { background: #1d3c6e; color: #fff; padding: 2.5mm 4mm; margin: -8mm 0 8mm 0; font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.strip span { display: inline-block; white-space: nowrap; padding: 0.6mm 3mm; }
.strip span + span { border-left: 1px solid #9fb0c4; }
.strip b { font-weight: bold; }
table.hist { border-collapse: collapse; width: 100%; margin: 4mm 0; font-size: 9.5pt; }
table.hist th { background: #eef1f5; text-align: left; border-bottom: 1px solid #333; padding: 1.5mm 2mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.hist td { border-bottom: 1px solid #bbb; padding: 1.5mm 2mm; vertical-align: top; }
ul.stds { list-style: none; text-align: center; padding: 0; margin: 3mm 0; }
ul.stds li { font-size: 13pt; font-weight: bold; margin: 1mm 0; }
.nat i { color: #333; }
.nat h1 { font-size: 16pt; margin: 4mm 0; }
.nat table.facts { margin: 5mm 6mm; }
.nat table.facts td + td { white-space: nowrap; }
</style>
`

// headerStrip prints the number, first certification, issue and expiry
// only in a dark strip across the top of the page, under the letterhead,
// each label and value on one line, the items parted by rules and
// wrapping onto a second line where they do not fit.
func (c *cert) headerStrip(l certLabels) string {
	var b strings.Builder
	b.WriteString(fresh6CSS + c.header() + "<div class=\"strip\">")
	for _, kv := range c.detailCells(l) {
		fmt.Fprintf(&b, "<span>%s: <b>%s</b></span>", esc(strings.TrimSuffix(kv[0], ":")), esc(kv[1]))
	}
	b.WriteString("</div>\n" + c.front(l) + c.scopeBlock(l) + c.footer(l))
	return b.String()
}

// amendment is one row of a certificate's amendment history.
type amendment struct {
	on     time.Time
	change string
}

// history is the certificate's amendment history: the first
// certification, a change of scope a year and some weeks later, the
// recertification three years after the first where the cycle has run
// twice, and the current issue last.
func (c *cert) history(l certLabels) []amendment {
	h := []amendment{{c.initial, l.Changes[0]}, {c.initial.AddDate(1, 1, 9), l.Changes[1]}}
	if recert := c.initial.AddDate(3, 0, 2); recert.AddDate(1, 0, 0).Before(c.issued) {
		h = append(h, amendment{recert, l.Changes[2]})
	}
	return append(h, amendment{c.issued, l.Changes[3]})
}

// amendments names the number and the standard at the head of the page,
// the expiry under the scope, and the issues of the certificate only in an
// amendment history table, the current issue its last row.
func (c *cert) amendments(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(fresh6CSS + c.header() + c.front(l) + c.scopeBlock(l))
	fmt.Fprintf(&b, "<table class=\"facts\">%s%s</table>\n", row2(pick(l.Number, v), c.number), row2(pick(l.Expiry, v), c.date(c.expires)))
	fmt.Fprintf(&b, "<h2>%s</h2>\n<table class=\"hist\"><tr><th>%s</th><th>%s</th><th>%s</th></tr>\n", esc(l.History), esc(l.HistoryCols[0]), esc(l.HistoryCols[1]), esc(l.HistoryCols[2]))
	for i, a := range c.history(l) {
		fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td></tr>\n", i+1, esc(c.date(a.on)), esc(a.change))
	}
	b.WriteString("</table>\n" + c.footer(l))
	return b.String()
}

// integratedWith are the standards an integrated certificate names beside
// ISO/IEC 27001, by variant.
var integratedWith = [][]string{{"ISO 9001:2015"}, {"ISO 9001:2015", "ISO/IEC 27701:2019"}, {"ISO 22301:2019"}, {"ISO 9001:2015", "ISO 14001:2015"}}

// integrated is one certificate, under one number and one expiry, for an
// integrated management system meeting several standards, ISO/IEC 27001
// among them in the order a body lists them.
func (c *cert) integrated(l certLabels) string {
	v := c.variant
	with := integratedWith[v%len(integratedWith)]
	stds := append([]string{with[0], c.standard}, with[1:]...)
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<ul class=\"stds\">", fresh6CSS, c.header(), esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock(), esc(l.Integrated))
	for _, s := range stds {
		fmt.Fprintf(&b, "<li>%s</li>", esc(s))
	}
	b.WriteString("</ul>\n" + c.scopeBlock(l) + c.details(l, c.p.Tag) + c.footer(l))
	return b.String()
}

// integratedStandards are the other standards an integrated certificate names.
func (c *cert) integratedStandards() string {
	return strings.Join(integratedWith[c.variant%len(integratedWith)], " and ")
}

// national prints every label in each of the country's national languages,
// the profile's first, parted by slashes, the scope in the profile's
// language and under it in each other one, and the dates once.
func (c *cert) national(l certLabels) string {
	v := c.variant
	ls := []certLabels{l}
	for _, a := range c.p.Also {
		ls = append(ls, labels[lang(a.Tag)])
	}
	all := func(words func(certLabels) []string) string {
		parts := make([]string, len(ls))
		for i, x := range ls {
			parts[i] = esc(pick(words(x), v))
			if i > 0 {
				parts[i] = "<i>" + parts[i] + "</i>"
			}
		}
		return strings.Join(parts, " / ")
	}
	var b strings.Builder
	b.WriteString(fresh6CSS + c.header() + "<div class=\"nat\">")
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n",
		all(func(x certLabels) []string { return x.Title }), all(func(x certLabels) []string { return x.Certify }), c.orgBlock(),
		all(func(x certLabels) []string { return x.Conforms }), esc(c.standard))
	fmt.Fprintf(&b, "<p>%s</p>\n<p class=\"scope\">%s</p>\n", all(func(x certLabels) []string { return x.ScopeIntro }), esc(c.p.Scope))
	for _, a := range c.p.Also {
		fmt.Fprintf(&b, "<p class=\"scope\" lang=\"%s\"><i>%s</i></p>\n", lang(a.Tag), esc(a.Scope))
	}
	b.WriteString("<table class=\"facts\">\n")
	for _, kv := range [][2]string{
		{all(func(x certLabels) []string { return x.Number }), esc(c.number)},
		{all(func(x certLabels) []string { return x.Initial }), esc(c.date(c.initial))},
		{all(func(x certLabels) []string { return x.Issue }), esc(c.date(c.issued))},
		{all(func(x certLabels) []string { return x.Expiry }), esc(c.date(c.expires))},
	} {
		fmt.Fprintf(&b, "<tr><td class=\"k\">%s:</td><td>%s</td></tr>\n", kv[0], kv[1])
	}
	b.WriteString("</table>\n</div>\n" + c.footer(l))
	return b.String()
}
