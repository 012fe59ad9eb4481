package ui

import (
	"html/template"
	"strconv"
	"time"

	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/report"
)

// The vendor list's rows are written here in Go rather than by templates/vendors.html: there
// every field, function and comparison of a row is a reflective call through html/template's
// escapers, some 330 allocations a row, and a page of many rows cost many times a page of one.
// The markup is the one the template made, byte for byte; every value from the database goes
// through escapeHTML, which escapes as html/template does in text and in quoted attribute
// values, the only places values stand here (vendorrows_test.go compares both on hostile
// input).

// shownFlags is how many red flags a row names; the rest are counted.
const shownFlags = 3

// listRowsHTML writes the rows of a page of the vendor list, each "\n<tr>…</tr>\n" as the
// template's range over them did. today decides which are overdue; an editor gets each row's
// box for the bulk send.
func listRowsHTML(rows []model.VendorRow, today string, canEdit bool) template.HTML {
	w := rowWriter{b: make([]byte, 0, 1280*len(rows)), words: map[string]string{}, risks: map[string]string{}}
	for _, r := range rows {
		w.row(r, today, canEdit)
	}
	return template.HTML(w.b)
}

// rowWriter appends rows of the vendor list to b, naming each status, tier, verdict and rating
// once per page (words, risks).
type rowWriter struct {
	b            []byte
	words, risks map[string]string
}

func (w *rowWriter) row(r model.VendorRow, today string, canEdit bool) {
	v, s := r.Vendor, r.Vendor.Summary
	w.raw("\n<tr data-vendor=\"")
	w.text(v.Name)
	w.raw("\">\n  <td>")
	if canEdit {
		w.raw(`<input type="checkbox" name="vendor" value="`)
		w.b = strconv.AppendUint(w.b, uint64(v.ID), 10)
		w.raw(`" form="bulk-select" aria-label="Choose `)
		w.text(v.Name)
		w.raw(` for a bulk send" class="pick"> `)
	}
	w.raw(`<a href="/vendors/`)
	w.b = strconv.AppendUint(w.b, uint64(v.ID), 10)
	w.raw(`">`)
	w.text(v.Name)
	w.raw("</a></td>\n  <td><span class=\"tier tier-")
	w.text(v.Tier)
	w.raw(`">`)
	w.text(w.title(v.Tier))
	w.raw("</span></td>\n  <td data-status=\"")
	w.text(s.AssessmentStatus)
	w.raw(`">`)
	if s.LatestAssessmentID != nil && *s.LatestAssessmentID != 0 {
		w.raw(`<a href="/assessments/`)
		w.b = strconv.AppendUint(w.b, uint64(*s.LatestAssessmentID), 10)
		w.raw(`">`)
		w.text(w.title(s.AssessmentStatus))
		w.raw(`</a>`)
	} else {
		w.raw(`<span class="muted">Not assessed</span>`)
	}
	w.raw("</td>\n  <td>")
	if s.AssessmentDueOn != "" {
		w.day(s.AssessmentDueOn)
		if portfolio.Overdue(s.AssessmentStatus, s.AssessmentDueOn, today) {
			w.raw(` <span class="overdue">overdue</span>`)
		}
	} else {
		w.raw("–")
	}
	w.raw("</td>\n  <td class=\"num\" data-score>")
	if s.Scored() {
		w.b = strconv.AppendInt(w.b, int64(s.Score), 10)
	} else {
		w.raw("–")
	}
	w.raw("</td>\n  <td>")
	if s.Scored() {
		w.raw(`<span class="rating rating-`)
		w.text(s.ComputedRating)
		w.raw(`" data-rating>`)
		w.text(w.risk(s.ComputedRating))
		w.raw(`</span>`)
		if s.RatingOverridden {
			w.raw(`<br><small class="override-mark" data-override-rating title="Set by an analyst, with a justification; filters and the dashboard use it">analyst: `)
			w.text(w.risk(s.Rating))
			if s.OverrideStale {
				w.raw(` (before the latest rescore)`)
			}
			w.raw(`</small>`)
		}
	} else {
		w.raw("–")
	}
	w.raw("</td>\n  <td>")
	if s.CertificateStatus != "" {
		w.text(w.title(s.CertificateStatus))
		if s.CertificateExpiresOn != "" {
			w.raw(`<br><small>expires `)
			w.day(s.CertificateExpiresOn)
			w.raw(`</small>`)
		}
	} else {
		w.raw("–")
	}
	w.raw("</td>\n  <td data-flags>")
	if s.Scored() {
		w.flags(r.RedFlags)
	} else {
		w.raw("–")
	}
	w.raw("</td>\n  <td>")
	w.b = appendDecision(w.b, v.Decision, w.title(v.Decision))
	w.raw("</td>\n  <td>")
	if !v.UpdatedAt.IsZero() {
		// A formatted day holds digits, letters, spaces and a minus sign: nothing to escape.
		w.b = v.UpdatedAt.UTC().AppendFormat(w.b, dayLayout)
	}
	w.raw("</td>\n</tr>\n")
}

// flags writes the count of a vendor's open red flags and names the first shownFlags of them.
func (w *rowWriter) flags(fs []model.VendorRedFlag) {
	w.raw(`<span data-flag-count>`)
	w.b = strconv.AppendInt(w.b, int64(len(fs)), 10)
	w.raw(`</span>`)
	if len(fs) == 0 {
		return
	}
	w.raw(`<ul class="flag-titles">`)
	for _, f := range fs[:min(len(fs), shownFlags)] {
		w.raw(`<li class="sev-`)
		w.text(f.Severity)
		w.raw(`" data-flag="`)
		w.text(f.FlagID)
		w.raw(`">`)
		w.text(f.Title)
		w.raw(`</li>`)
	}
	if more := len(fs) - shownFlags; more > 0 {
		w.raw(`<li class="muted">and `)
		w.b = strconv.AppendInt(w.b, int64(more), 10)
		w.raw(` more</li>`)
	}
	w.raw(`</ul>`)
}

// day writes a YYYY-MM-DD date as pages show a day, as evidence.FormatFact does; anything else
// as it is.
func (w *rowWriter) day(s string) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		w.b = t.AppendFormat(w.b, dayLayout)
		return
	}
	w.text(s)
}

func (w *rowWriter) raw(s string)  { w.b = append(w.b, s...) }
func (w *rowWriter) text(s string) { w.b = escapeHTML(w.b, s) }

// title is title(s), worked out once per page.
func (w *rowWriter) title(s string) string {
	t, ok := w.words[s]
	if !ok {
		t = title(s)
		w.words[s] = t
	}
	return t
}

// risk is report.Risk(rating), worked out once per page.
func (w *rowWriter) risk(rating string) string {
	t, ok := w.risks[rating]
	if !ok {
		t = report.Risk(rating)
		w.risks[rating] = t
	}
	return t
}

// appendDecision appends a vendor's decision as its badge, titled in words.
func appendDecision(b []byte, decision, words string) []byte {
	b = append(b, `<span class="decision-badge decision-`...)
	b = escapeHTML(b, decision)
	b = append(b, `">`...)
	b = escapeHTML(b, words)
	return append(b, `</span>`...)
}

// decisionBadge is a vendor's decision as its badge, for templates.
func decisionBadge(decision string) template.HTML {
	return template.HTML(appendDecision(nil, decision, title(decision)))
}

// escapeHTML appends s escaped as html/template escapes a value in text and in a quoted
// attribute: NUL becomes U+FFFD, and " & ' + < > character references. Every other byte,
// invalid UTF-8 included, is kept, as there.
func escapeHTML(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var ref string
		switch s[i] {
		case 0:
			ref = "\uFFFD"
		case '"':
			ref = "&#34;"
		case '&':
			ref = "&amp;"
		case '\'':
			ref = "&#39;"
		case '+':
			ref = "&#43;"
		case '<':
			ref = "&lt;"
		case '>':
			ref = "&gt;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, ref...)
		last = i + 1
	}
	return append(b, s[last:]...)
}
