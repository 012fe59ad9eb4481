package main

import (
	"fmt"
	"strings"
	"time"
)

// The fourth fresh batch (-fresh4): ten bodies and organisations no batch
// has, from the eight languages and two other regions writing English
// (South Africa, and an Indian registry with no national accreditation
// whose numeric dates nothing settles on two certificates), other wordings
// again, two layouts real bodies print that no batch had (the dates of the
// certification cycle, and the validity as one sentence from a date to a
// date), reports, logs, minutes, scans and another seed.
var fresh4 = blind{
	name: "fresh4", minutesTags: []string{"it", "en-gb", "de", "es", "nl", "fr"},
	tableLangs: []string{"es", "it", "nl", "en-us", "pt", "de", "en-gb", "fr"},
	seed:       4000, minutes: 6, training: 6, acknowledgements: 6, plans: fresh4Plans,
	scans: map[string]scan{
		"certificates/wealden-0-cycle-en":          {dpi: 200, noise: "0.5", blur: "0x0.5", rotate: "0.7", format: "jpg"},
		"certificates/tirreno-0-validity-range-it": {dpi: 150, noise: "0.6", blur: "0x0.5", rotate: "-1.1", format: "png"},
		"certificates/lausitz-2-footer-line-de":    {dpi: 200, noise: "0.4", blur: "0x0.4", rotate: "1.4", format: "pdf"},
		"certificates/acores-1-table-pt":           {dpi: 150, noise: "0.7", blur: "0x0.6", rotate: "-0.6", format: "jpg"},
		"acknowledgements/05-es-print":             {dpi: 200, noise: "0.5", blur: "0x0.4", rotate: "0.5", format: "pdf"},
		"minutes/04-nl-chromium":                   {dpi: 150, noise: "0.6", blur: "0x0.5", rotate: "-1.3", format: "png"},
	},
}

// fresh4Plans are the certificates of each profile of the fourth batch, in turn.
var fresh4Plans = map[string][]certPlan{
	"wealden": {{layout: layoutCycle, state: verdictValid}, {layout: layoutLetterhead, state: verdictExpired, writer: true, placeDate: true},
		{layout: layoutScopeAnnex, state: verdictExpiring}, {layout: layoutCombined, state: verdictValid}},
	"deschutes": {{layout: layoutValidityRange, state: verdictValid}, {layout: layoutSignature, state: verdictExpired},
		{layout: layoutQRVerify, state: verdictExpiring}, {layout: layoutTable, state: verdictOutdated}},
	"lausitz": {{layout: layoutSideBySide, state: verdictValid}, {layout: layoutCycle, state: verdictExpired},
		{layout: layoutFooterLine, state: verdictValid}, {layout: layoutAppendix, state: verdictOutdated}},
	"auvergne": {{layout: layoutValidityRange, state: verdictExpiring}, {layout: layoutAttestation, state: verdictValid},
		{layout: layoutTwoColumn, state: verdictExpired}, {layout: layoutLetterhead, state: verdictValid, writer: true, placeDate: true}},
	"jaen": {{layout: layoutCycle, state: verdictOutdated}, {layout: layoutSideBySide, state: verdictExpired},
		{layout: layoutLandscapeBox, state: verdictValid}, {layout: layoutQRVerify, state: verdictValid}},
	"tirreno": {{layout: layoutValidityRange, state: verdictValid}, {layout: layoutSideBySide, state: verdictExpiring},
		{layout: layoutSignature, state: verdictValid}, {layout: layoutCombined, state: verdictExpired}},
	"kempen": {{layout: layoutCycle, state: verdictValid}, {layout: layoutTwoColumn, state: verdictValid},
		{layout: layoutAttestation, state: verdictExpired}, {layout: layoutScopeAnnex, state: verdictOutdated}},
	"acores": {{layout: layoutValidityRange, state: verdictExpired}, {layout: layoutTable, state: verdictValid},
		{layout: layoutFooterLine, state: verdictExpiring}, {layout: layoutSignature, state: verdictOutdated}},
	"karoo": {{layout: layoutCycle, state: verdictExpiring}, {layout: layoutValidityRange, state: verdictValid},
		{layout: layoutAppendix, state: verdictExpired}},
	// Numeric day-first dates in English from a registry with no country's
	// accreditation. Every day of the first two is 12 or less: the first's
	// expiry is 5 June 2026 (valid) or 6 May 2026 (expiring), the second's
	// 1 March 2026 (expiring) or 3 January 2026 (expired). The third's
	// issue on the 20th settles its order.
	"deccan": {{layout: layoutQRVerify, state: verdictValid, dates: "2020-02-10 2023-06-07 2026-06-05"},
		{layout: layoutLetterhead, state: verdictExpiring, dates: "2017-04-11 2023-03-02 2026-03-01"},
		{layout: layoutScopeAnnex, state: verdictValid, dates: "2021-11-08 2025-01-20 2028-01-19"}},
}

// scopeBlock is the scope's introduction and the scope.
func (c *cert) scopeBlock(l certLabels) string {
	return fmt.Sprintf("<p>%s</p>\n<p class=\"scope\">%s</p>\n", esc(pick(l.ScopeIntro, c.variant)), esc(c.p.Scope))
}

// numberAndInitial is the table of the certificate's number and first
// certification, for layouts that write its other dates elsewhere.
func (c *cert) numberAndInitial(l certLabels) string {
	v := c.variant
	return "<table class=\"facts\">" + row2(pick(l.Number, v), c.number) + row2(pick(l.Initial, v), c.date(c.initial)) + "</table>\n"
}

// validityRange names the number and the first certification in a table,
// and the issue and expiry in one sentence under it: "This certificate is
// valid from 12 March 2025 until 11 March 2028."
func (c *cert) validityRange(l certLabels) string {
	validity := fmt.Sprintf(l.Validity, c.date(c.issued), c.date(c.expires))
	return c.header() + c.front(l) + c.scopeBlock(l) + c.numberAndInitial(l) + "<p class=\"std\">" + esc(validity) + "</p>\n" + c.footer(l)
}

// auditDay is the day of the recertification audit before the current
// cycle of a certificate, some weeks before its issue.
func (c *cert) auditDay() time.Time { return c.issued.AddDate(0, 0, -27-6*c.variant) }

// cycle writes the dates of the certification cycle as many bodies do:
// the original cycle's start, the end of the previous cycle, the
// recertification audit, the current cycle's start, then the expiry in a
// sentence of its own and the version's revision date at the foot.
func (c *cert) cycle(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header() + c.front(l) + c.scopeBlock(l))
	b.WriteString("<table class=\"facts\">\n" + row2(pick(l.Number, v), c.number))
	for _, kv := range [][2]string{{l.CycleStart, c.date(c.initial)}, {l.PreviousExpiry, c.date(c.issued.AddDate(0, 0, -1))},
		{l.AuditDate, c.date(c.auditDay())}, {l.CycleRenewed, c.date(c.issued)}} {
		b.WriteString(row2(kv[0], kv[1]))
	}
	fmt.Fprintf(&b, "</table>\n<p>%s: <b>%s</b></p>\n", esc(l.ExpiresSubject), esc(c.date(c.expires)))
	b.WriteString(c.footer(l))
	fmt.Fprintf(&b, "<p class=\"small\">%s %d &nbsp; %s: %s</p>\n", esc(l.IssueNo), 1+v, esc(l.Revision), esc(c.date(c.issued)))
	return b.String()
}
