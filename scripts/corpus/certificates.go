package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"time"
)

// Certificate layouts.
const (
	layoutLetterhead = "letterhead"
	layoutTwoColumn  = "two-column"
	layoutCombined   = "combined"
	layoutAppendix   = "appendix"
	layoutBilingual  = "bilingual"
	layoutTable      = "table" // every detail in one bordered table of labels and values (fresh batch only)
	// The second fresh batch's layouts (fresh2.go).
	layoutScopeAnnex = "scope-annex"  // the scope only on an annex page, above the site table
	layoutSideBySide = "side-by-side" // two columns, the language's and English, each with every detail
	layoutSignature  = "signature"    // the body's full name only in the signature block, a logo above
	// The third fresh batch's layouts (fresh3.go).
	layoutLandscapeBox = "landscape-box" // a landscape page, number and dates in one bordered box
	layoutFooterLine   = "footer-line"   // issue number, issue date and expiry only in a line at the foot of the page
	layoutAttestation  = "attestation"   // a dated letter confirming the certificate, its dates in the prose
	layoutQRVerify     = "qr-verify"     // a QR code and the online register's address beside the details
	// The fourth fresh batch's layouts (fresh4.go).
	layoutCycle         = "cycle"          // the certification cycle's dates, the expiry in a sentence below them
	layoutValidityRange = "validity-range" // issue and expiry only in one sentence: valid from … until …
	// The fifth fresh batch's layouts (fresh5.go).
	layoutDateBand = "date-band" // number and dates only in a band at the foot of the page, small-capital labels above values
	layoutSchedule = "schedule"  // a certificate of registration continued on a schedule of numbered activities and sites
	// The sixth fresh batch's layouts (fresh6.go).
	layoutHeaderStrip = "header-strip"       // number and dates only in a dark strip across the top of the page
	layoutAmendments  = "amendments"         // an amendment history of issues, the current issue its last row
	layoutIntegrated  = "integrated"         // one number and expiry for an integrated system to several standards
	layoutNational    = "national-languages" // every label and the scope in each of the country's national languages
	// The seventh fresh batch's layouts (fresh7.go).
	layoutQRSidebar       = "qr-sidebar"        // number and dates in a narrow sidebar under a QR code, labels above values
	layoutTwoPageAnnex    = "two-page-annex"    // a short statement, the scope numbered on an annex with each site's part
	layoutSiteMatrix      = "multi-site-matrix" // a grid of sites against the scope's numbered activities
	layoutLandscapeRibbon = "landscape-ribbon"  // a landscape page, number and dates in a ribbon down the left edge
)

// Verdicts, as package scoring names them.
const (
	verdictValid    = "valid"
	verdictExpiring = "expiring"
	verdictExpired  = "expired"
	verdictOutdated = "outdated_edition"
)

// cert is one certificate to print.
type cert struct {
	p                        profile
	variant                  int
	layout, producer, style  string
	standard, edition        string
	number                   string
	initial, issued, expires time.Time
	placeDate                bool // the issue date is written as "Place and date: Town, date"
	// other is the expiry of the other standard on a combined certificate.
	other time.Time
	// letter is the date of an attestation letter, between the issue and today.
	letter time.Time
}

// certificates are every certificate of the corpus: six per profile, in
// the layouts, states and producers the variant chooses.
func certificates() []*doc {
	var docs []*doc
	for pi, p := range profiles {
		for v := 0; v < variants; v++ {
			c, r := newCert(pi, p, v)
			state := verdictValid
			switch v {
			case 0:
				c.layout = layoutLetterhead
				if fresh {
					c.layout = layoutTable
				}
			case 1:
				c.layout, state = layoutTwoColumn, verdictExpiring
			case 2:
				c.layout, state = layoutCombined, verdictExpired
			case 3:
				c.layout, state = layoutAppendix, verdictOutdated
				c.standard, c.edition = p.Std2013[0], "2013"
			case 4:
				c.layout = layoutBilingual
				if p.ScopeEN == "" {
					c.layout, c.placeDate = layoutLetterhead, p.Town != ""
				}
			case 5:
				c.layout, c.producer, state = layoutLetterhead, writerPDF(), verdictExpired
				c.standard, c.edition = p.Std2013[len(p.Std2013)-1], "2013"
				c.placeDate = p.Town != ""
			}
			c.dates(r, state)
			docs = append(docs, c.doc())
		}
	}
	return docs
}

// newCert is certificate v of the pi-th profile as Chromium prints it, to
// the 2022 edition, with the random source its dates are drawn from.
func newCert(pi int, p profile, v int) (cert, *rand.Rand) {
	r := rand.New(rand.NewPCG(uint64(pi)+seed, uint64(v)))
	c := cert{p: p, variant: v, number: p.Numbers[v], style: p.Styles[v%len(p.Styles)], producer: producerChromium}
	c.standard, c.edition = p.Std2022[v%len(p.Std2022)], "2022"
	return c, r
}

// dates sets the certificate's dates for the state it is to be in on today.
func (c *cert) dates(r *rand.Rand, state string) {
	switch state {
	case verdictValid:
		c.expires = today.AddDate(0, 0, 400+r.IntN(500))
	case verdictExpiring:
		c.expires = today.AddDate(0, 0, 20+r.IntN(55))
	case verdictExpired:
		c.expires = today.AddDate(0, 0, -30-r.IntN(300))
	case verdictOutdated:
		c.expires = today.AddDate(0, 0, 120+r.IntN(200))
	}
	c.issued = c.expires.AddDate(-3, 0, 1+r.IntN(20))
	c.initial = c.issued.AddDate(-3*(1+r.IntN(2)), 0, -r.IntN(60))
	c.other = c.expires.AddDate(1, 2, 9)
	if c.p.Ambiguous {
		c.ambiguousDates()
	}
	if c.p.Tag == "en-us" && c.variant == 4 {
		// A US certificate whose every day is 12 or less: only its country tells the order.
		c.issued, c.expires, c.initial = day("2025-05-06"), day("2028-05-05"), day("2019-03-11")
	}
}

// ambiguousDates are dates whose day and month could trade places: the
// certificates of the ambiguous profile write them with numbers only,
// except where their style spells the month.
func (c *cert) ambiguousDates() {
	set := [][3]string{ // initial, issued, expires
		{"2018-03-02", "2024-04-05", "2027-04-05"}, // valid either way
		{"2020-01-09", "2023-06-03", "2026-06-02"}, // 2 June 2026 valid, 6 February 2026 expired
		{"2019-07-08", "2022-10-09", "2025-10-08"}, // expired either way
		{"2017-02-03", "2023-11-06", "2026-11-05"}, // 2013 edition: outdated either way
		{"2021-05-04", "2024-09-10", "2027-09-09"},
		{"2016-08-07", "2023-12-02", "2026-12-01"}, // 1 December 2026 outdated, 12 January 2026 expired
	}[c.variant]
	c.initial, c.issued, c.expires = day(set[0]), day(set[1]), day(set[2])
	if c.variant == 2 || c.variant == 4 {
		c.style = styleLong
	}
}

// numericAmbiguous reports whether a careful reader cannot tell the
// certificate's day/month order: numeric dates of the ambiguous profile,
// none of them with a day above 12.
func (c *cert) numericAmbiguous() bool {
	return c.p.Ambiguous && !settled(c.p.Tag, c.style, c.written()...)
}

// written are the dates the certificate prints.
func (c *cert) written() []time.Time {
	ts := []time.Time{c.initial, c.issued, c.expires}
	if c.layout == layoutCombined {
		ts = append(ts, c.other)
	}
	if c.layout == layoutAttestation {
		ts = append(ts, c.letter)
	}
	if c.layout == layoutCycle {
		ts = append(ts, c.issued.AddDate(0, 0, -1), c.auditDay())
	}
	if c.layout == layoutCoverLetter {
		ts = append(ts, c.letter, c.auditDay())
	}
	ts = append(ts, c.tenthDates()...)
	ts = append(ts, c.eleventhDates()...)
	ts = append(ts, c.twelfthDates()...)
	if c.layout == layoutAmendments {
		for _, a := range c.history(labels[lang(c.p.Tag)]) {
			ts = append(ts, a.on)
		}
	}
	return ts
}

func (c *cert) date(t time.Time) string { return formatDate(t, c.p.Tag, c.style) }

// expectedDate is what a careful analyst reads: the date, or "uncertain"
// with both readings where the document cannot tell day from month.
func (c *cert) expectedDate(t time.Time) any {
	if c.numericAmbiguous() && t.Day() <= 12 && t.Day() != int(t.Month()) {
		return uncertainValue(iso(t), iso(swapDayMonth(t)))
	}
	return iso(t)
}

func swapDayMonth(t time.Time) time.Time {
	return time.Date(t.Year(), time.Month(t.Day()), int(t.Month()), 0, 0, 0, 0, time.UTC)
}

// verdictOn is package scoring's verdict for a certificate expiring on
// expires to edition, on today.
func verdictOn(expires time.Time, edition string) string {
	switch {
	case expires.Before(today):
		return verdictExpired
	case edition == "2013" && today.After(edition2013End):
		return verdictOutdated
	case !expires.After(today.AddDate(0, 0, 90)):
		return verdictExpiring
	}
	return verdictValid
}

// expectedVerdict is the verdict, or "uncertain" when the two readings of
// an ambiguous expiry date lead to different verdicts.
func (c *cert) expectedVerdict() string {
	v := verdictOn(c.expires, c.edition)
	if c.numericAmbiguous() && verdictOn(swapDayMonth(c.expires), c.edition) != v {
		return uncertain
	}
	return v
}

func (c *cert) doc() *doc {
	p, l := c.p, labels[lang(c.p.Tag)]
	name := fmt.Sprintf("certificates/%s-%d-%s-%s", p.ID, c.variant, c.layout, lang(p.Tag))
	facts := map[string]any{
		"certificate_number": c.number,
		"certification_body": p.Body.Name,
		"edition":            c.edition,
		"issued_on":          c.expectedDate(c.issued),
		"expires_on":         c.expectedDate(c.expires),
		"scope":              p.Scope,
	}
	alts := map[string][]any{"certification_body": {p.Body.Short}}
	if p.Body.Accred != "" {
		facts["accreditation_body"] = p.Body.Accred
	}
	if c.layout == layoutAppendix || c.layout == layoutScopeAnnex || c.layout == layoutSchedule || c.layout == layoutTwoPageAnnex || c.layout == layoutSiteMatrix {
		names := make([]string, len(p.Sites))
		for i, s := range p.Sites {
			names[i] = s.Name
		}
		facts["sites"] = names
	}
	if c.layout == layoutNetworkPartner {
		// A network's certificate carries no accreditation mark.
		delete(facts, "accreditation_body")
	}
	if c.layout == layoutBilingual || c.layout == layoutSideBySide || c.layout == layoutTranslationPage {
		alts["scope"] = []any{p.ScopeEN}
	}
	if c.layout == layoutNational {
		for _, a := range p.Also {
			alts["scope"] = append(alts["scope"], a.Scope)
		}
	}
	about := fmt.Sprintf("%s certificate (%s), %s edition as %q, dates written %s, %s on %s",
		c.layout, p.Tag, c.edition, c.standard, c.style, verdictOn(c.expires, c.edition), iso(today))
	if c.layout == layoutCombined {
		about += "; ISO 9001 listed beside it with its own number and a later expiry"
	}
	if c.layout == layoutIntegrated {
		about += "; " + c.integratedStandards() + " under the same number and expiry"
	}
	if c.numericAmbiguous() {
		about += "; day and month cannot be told apart"
	}
	about += c.tenthAbout()
	about += c.eleventhAbout()
	about += c.twelfthAbout()
	c.eleventhFacts(facts, alts)
	var body string
	switch c.layout {
	case layoutTwoColumn:
		body = c.twoColumn(l)
	case layoutCombined:
		body = c.combined(l)
	case layoutAppendix:
		body = c.letterhead(l) + c.appendix(l)
	case layoutBilingual:
		body = c.bilingual(l, labels["en"])
	case layoutTable:
		body = c.table(l)
	case layoutScopeAnnex:
		body = c.scopeAnnex(l)
	case layoutSideBySide:
		body = c.sideBySide(l, labels["en"])
	case layoutSignature:
		body = c.signature(l)
	case layoutLandscapeBox:
		body = c.landscapeBox(l)
	case layoutFooterLine:
		body = c.footerLine(l)
	case layoutAttestation:
		body = c.attestation(l)
	case layoutQRVerify:
		body = c.qrVerify(l)
	case layoutCycle:
		body = c.cycle(l)
	case layoutValidityRange:
		body = c.validityRange(l)
	case layoutDateBand:
		body = c.dateBand(l)
	case layoutSchedule:
		body = c.schedule(l)
	case layoutHeaderStrip:
		body = c.headerStrip(l)
	case layoutAmendments:
		body = c.amendments(l)
	case layoutIntegrated:
		body = c.integrated(l)
	case layoutNational:
		body = c.national(l)
	case layoutQRSidebar:
		body = c.qrSidebar(l)
	case layoutTwoPageAnnex:
		body = c.twoPageAnnex(l)
	case layoutSiteMatrix:
		body = c.siteMatrix(l)
	case layoutLandscapeRibbon:
		body = c.landscapeRibbon(l)
	case layoutBackPage:
		body = c.backPage(l)
	case layoutSealCentre:
		body = c.sealCentre(l)
	case layoutScopeBox:
		body = c.scopeBox(l)
	case layoutMarginNumber:
		body = c.marginNumber(l)
	case layoutPeriodRow:
		body = c.periodRow(l)
	case layoutNetworkPartner:
		body = c.networkPartner(l)
	case layoutTranslationPage:
		body = c.translationPage(l, labels["en"])
	case layoutCoverLetter:
		body = c.coverLetter(l)
	case layoutSoAAudit:
		body = c.soaAudit(l)
	case layoutTransfer:
		body = c.transferred(l)
	case layoutRegisterExtract:
		body = c.registerExtract(l)
	case layoutSubCertificate:
		body = c.subCertificate(l)
	case layoutESignature:
		body = c.eSignature(l)
	case layoutSurveillanceRecord:
		body = c.surveillanceRecord(l)
	case layoutReferenceNumbers:
		body = c.referenceNumbers(l)
	case layoutNumberedFields:
		body = c.numberedFields(l)
	case layoutCertifiedCopy:
		body = c.certifiedCopy(l)
	default:
		body = c.letterhead(l)
	}
	return &doc{
		name: name, question: questionCertificate, lang: p.Tag, producer: c.producer, format: "pdf",
		html: page(p.Tag, body), facts: facts, alts: alts,
		verdict: c.expectedVerdict(), services: p.Services, about: about,
	}
}

func esc(s string) string { return html.EscapeString(s) }

// issueLine is the issue date as the certificate writes it.
func (c *cert) issueLine(l certLabels) (label, value string) {
	if c.placeDate {
		if lang(c.p.Tag) == "fr" {
			return "Fait à " + c.p.Town, "le " + c.date(c.issued)
		}
		return l.PlaceDate, c.p.Town + ", " + c.date(c.issued)
	}
	return pick(l.Issue, c.variant), c.date(c.issued)
}

func (c *cert) header() string {
	b := c.p.Body
	return fmt.Sprintf(`<div class="lh"><div class="bn">%s</div><div class="ba">%s</div></div>`, esc(b.Name), esc(b.Addr))
}

func (c *cert) orgBlock() string {
	s := `<p class="org">` + esc(c.p.Org)
	if c.p.OrgAddr != "" {
		s += "<br><span class=\"addr\">" + esc(c.p.OrgAddr) + "</span>"
	}
	return s + "</p>"
}

func (c *cert) footer(l certLabels) string {
	b := c.p.Body
	s := fmt.Sprintf(`<div class="foot"><div class="sig">%s %s<br><br><span class="line"></span><br>%s</div>`, esc(l.OnBehalf), esc(b.Short), esc(l.Signer))
	if b.Accred != "" {
		s += fmt.Sprintf(`<div class="mark"><b>%s</b><br>%s %s<br><small>%s</small></div>`, esc(b.Accred), esc(l.Accredited), esc(b.Accred), esc(b.AccredNo))
	}
	return s + "</div>"
}

func row2(label, value string) string {
	return fmt.Sprintf("<tr><td class=\"k\">%s:</td><td>%s</td></tr>\n", esc(label), esc(value))
}

func (c *cert) letterhead(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n", esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard))
	fmt.Fprintf(&b, "<p>%s</p>\n<p class=\"scope\">%s</p>\n", esc(pick(l.ScopeIntro, v)), esc(c.p.Scope))
	if c.layout == layoutAppendix {
		fmt.Fprintf(&b, "<p><i>%s</i></p>\n", esc(l.AppendixNote))
	}
	b.WriteString("<table class=\"facts\">\n")
	b.WriteString(row2(pick(l.Number, v), c.number))
	b.WriteString(row2(pick(l.Initial, v), c.date(c.initial)))
	if !c.placeDate {
		b.WriteString(row2(c.issueLine(l)))
	}
	b.WriteString(row2(pick(l.Expiry, v), c.date(c.expires)))
	b.WriteString("</table>\n")
	if c.placeDate {
		k, val := c.issueLine(l)
		if lang(c.p.Tag) == "fr" {
			fmt.Fprintf(&b, "<p>%s, %s</p>\n", esc(k), esc(val))
		} else {
			fmt.Fprintf(&b, "<p>%s: %s</p>\n", esc(k), esc(val))
		}
	}
	b.WriteString(c.footer(l))
	return b.String()
}

func (c *cert) twoColumn(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<table class=\"two\"><tr><td class=\"left\">", esc(pick(l.Title, v)))
	fmt.Fprintf(&b, "<p>%s</p>%s<p>%s</p><p class=\"std\">%s</p><p>%s</p><p class=\"scope\">%s</p>",
		esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard), esc(pick(l.ScopeIntro, v)), esc(c.p.Scope))
	b.WriteString("</td><td class=\"right\">")
	for _, kv := range c.detailCells(l) {
		fmt.Fprintf(&b, "<div class=\"k\">%s</div><div class=\"v\">%s</div>", esc(kv[0]), esc(kv[1]))
	}
	b.WriteString("</td></tr></table>\n")
	b.WriteString(c.footer(l))
	return b.String()
}

func (c *cert) combined(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n", esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)))
	fmt.Fprintf(&b, "<table class=\"grid\"><tr><th>%s</th><th>%s</th><th>%s</th></tr>\n", esc(l.Standard), esc(pick(l.Number, v)), esc(pick(l.Expiry, v)))
	other := "Q-" + strings.TrimLeft(strings.Map(keepDigits, c.number), "0") + "-9"
	fmt.Fprintf(&b, "<tr><td>ISO 9001:2015</td><td>%s</td><td>%s</td></tr>\n", esc(other), esc(c.date(c.other)))
	fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n</table>\n", esc(c.standard), esc(c.number), esc(c.date(c.expires)))
	fmt.Fprintf(&b, "<p>%s</p>\n<p class=\"scope\">%s</p>\n", esc(pick(l.ScopeIntro, v)), esc(c.p.Scope))
	k, val := c.issueLine(l)
	fmt.Fprintf(&b, "<table class=\"facts\">%s%s</table>\n", row2(pick(l.Initial, v), c.date(c.initial)), row2(k, val))
	b.WriteString(c.footer(l))
	return b.String()
}

func keepDigits(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

func (c *cert) appendix(l certLabels) string { return c.appendixWith(l, "") }

// appendixWith is the appendix page with more text (HTML) above its site table.
func (c *cert) appendixWith(l certLabels, above string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<div class=\"pb\"></div>%s<h2>%s %s</h2>\n", c.header(), esc(l.Appendix), esc(c.number))
	fmt.Fprintf(&b, "%s\n%s%s<p class=\"small\">%s 2 / 2</p>\n", c.orgBlock(), above, c.siteTable(l), esc(l.Page))
	return b.String()
}

// siteTable is the table of the certified sites: name, address and activity.
func (c *cert) siteTable(l certLabels) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<table class=\"grid\"><tr><th>%s</th><th>%s</th><th>%s</th></tr>\n", esc(l.SitesHeader[0]), esc(l.SitesHeader[1]), esc(l.SitesHeader[2]))
	for _, s := range c.p.Sites {
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(s.Name), esc(s.Addr), esc(s.Activity))
	}
	return b.String() + "</table>\n"
}

func (c *cert) bilingual(l, en certLabels) string {
	v := c.variant
	two := func(a, b string) string { return esc(a) + " / <i>" + esc(b) + "</i>" }
	var b strings.Builder
	b.WriteString(c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n",
		two(pick(l.Title, v), pick(en.Title, v)), two(pick(l.Certify, v), pick(en.Certify, 0)), c.orgBlock(), two(pick(l.Conforms, v), pick(en.Conforms, 0)), esc(c.standard))
	fmt.Fprintf(&b, "<p>%s</p>\n<p class=\"scope\">%s</p>\n<p class=\"scope\"><i>%s</i></p>\n", two(pick(l.ScopeIntro, 0), pick(en.ScopeIntro, 0)), esc(c.p.Scope), esc(c.p.ScopeEN))
	row := func(k, ke, val string) string {
		return fmt.Sprintf("<tr><td class=\"k\">%s:</td><td>%s</td></tr>\n", two(k, ke), esc(val))
	}
	fmt.Fprintf(&b, "<table class=\"facts\">%s%s%s%s</table>\n",
		row(pick(l.Number, 0), pick(en.Number, 0), c.number), row(pick(l.Initial, 0), pick(en.Initial, 1), c.date(c.initial)),
		row(pick(l.Issue, 0), pick(en.Issue, 0), c.date(c.issued)), row(pick(l.Expiry, 0), pick(en.Expiry, 1), c.date(c.expires)))
	b.WriteString(c.footer(l))
	return b.String()
}

// certCSS is the print style of the certificates: A4, a letterhead, a
// signature block and the accreditation mark.
const certCSS = `@page { size: A4; margin: 18mm; }
body { font-family: "DejaVu Serif", serif; font-size: 11pt; color: #111; }
.lh { border-bottom: 2px solid #1d3c6e; margin-bottom: 14mm; }
.bn { font-family: "DejaVu Sans", sans-serif; font-size: 16pt; font-weight: bold; color: #1d3c6e; }
.ba { font-size: 9pt; color: #444; }
h1 { text-align: center; font-size: 22pt; letter-spacing: 1px; margin: 8mm 0; }
h2 { font-size: 14pt; }
.org { text-align: center; font-size: 15pt; font-weight: bold; }
.addr { font-size: 10pt; font-weight: normal; }
.std { text-align: center; font-size: 14pt; font-weight: bold; }
.scope { margin: 0 10mm; font-style: normal; }
table.facts { margin: 8mm 10mm; }
table.facts td.k { padding-right: 6mm; }
table.two { width: 100%; border-collapse: collapse; }
td.left { width: 62%; vertical-align: top; padding-right: 6mm; }
td.right { vertical-align: top; border-left: 1px solid #999; padding-left: 5mm; font-size: 10pt; }
td.right .k { color: #555; margin-top: 4mm; }
td.right .v { font-weight: bold; }
table.grid { border-collapse: collapse; margin: 6mm 0; width: 100%; }
table.grid th, table.grid td { border: 1px solid #777; padding: 2mm; text-align: left; font-size: 10pt; }
.foot { margin-top: 16mm; display: flex; justify-content: space-between; }
.sig { font-size: 10pt; }
.line { display: inline-block; width: 50mm; border-bottom: 1px solid #000; }
.mark { border: 2px solid #1d3c6e; padding: 3mm; font-size: 9pt; width: 55mm; text-align: center; }
.pb { page-break-before: always; }
.small { font-size: 8pt; color: #666; }
`

func page(tag, body string) string {
	return `<!DOCTYPE html><html lang="` + lang(tag) + `"><head><meta charset="utf-8"><style>` + certCSS + tableCSS +
		"</style></head><body>\n" + body + "\n</body></html>\n"
}
