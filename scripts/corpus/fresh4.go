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
// date), reports, logs, minutes, scans and another seed. Its settings, the
// certificates planned and the scans are data/fresh4-batch.json; this file
// has the code of its layouts.

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
