package report

import (
	"bytes"
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"

	"assay/app/evidence"
)

// PDFContentType is the media type of the PDF report.
const PDFContentType = "application/pdf"

// Page geometry in millimetres (A4).
const (
	margin     = 15.0
	labelWidth = 48.0
	lineHeight = 5.0
)

// AssessmentPDF renders the assessment report for procurement and auditors: the vendor and
// the services bought, the score and rating, every red flag with its explanation, the
// certificate verdict, the evidence files with their SHA-256, the decision as recorded, and
// the audit history with the outcome of checking its hash chain.
func AssessmentPDF(a Assessment) ([]byte, error) {
	p := newPDF(a.GeneratedAt, fmt.Sprintf("Assessment #%d of %s", a.ID, a.Vendor.Name),
		fmt.Sprintf("Assay \u00b7 assessment #%d \u00b7 %s \u00b7 generated %s UTC", a.ID, a.Vendor.Name, utc(a.GeneratedAt)))
	f := p.f
	f.SetSubject("Vendor assessment report", true)

	p.font("B", 18, 0)
	p.line(9, "Vendor assessment report")
	p.font("B", 14, 0)
	p.para(7, a.Vendor.Name)
	p.font("", 9, 90)
	p.para(lineHeight, fmt.Sprintf("Assessment #%d \u00b7 %s, version %s \u00b7 generated %s UTC",
		a.ID, orDash(cmp.Or(a.QuestionnaireTitle, a.Questionnaire)), a.QuestionnaireVersion, utc(a.GeneratedAt)))
	if a.Restricted {
		p.font("I", 9, 90)
		p.para(lineHeight, "Prepared for a reader without access to the vendor's material: evidence file names "+
			"and the details of history events are shown to analysts only.")
	}

	p.heading("Summary")
	p.kv("Vendor", a.Vendor.Name)
	p.kv("Tier", human(a.Vendor.Tier))
	p.kv("Website", a.Vendor.Website)
	p.kv("Decision (as recorded)", orDash(human(a.Vendor.Decision)))
	if a.Vendor.DecidedBy != "" {
		p.kv("Decided", "by "+a.Vendor.DecidedBy+" on "+utc(a.Vendor.DecidedAt)+" UTC")
		for i, c := range a.Vendor.DecisionConditions {
			p.kv(fmt.Sprintf("Condition %d", i+1), c)
		}
	}
	p.kv("Assessment status", human(a.Status))
	p.kv("Due on", a.DueOn)
	if !a.SubmittedAt.IsZero() {
		p.kv("Submitted", strings.TrimSpace(utc(a.SubmittedAt)+" UTC by "+a.SubmittedBy))
	}
	p.kvMono("Questionnaire SHA-256", a.QuestionnaireHash)
	if r := a.Result; r != nil {
		p.kv("Score", fmt.Sprintf("%d / 100", r.Score))
		p.kv("Rating", Risk(r.Rating))
		if o := a.Override; o != nil {
			p.kv("Analyst's rating", Risk(o.Rating)+" (override, beside the computed rating)")
			p.kv("Justification", o.Justification)
			p.kv("Override set by", o.By+", "+utc(o.At)+" UTC")
			if o.Stale {
				p.kv("Override note", "Set before the latest rescore: the result was recomputed since.")
			}
		}
		p.kv("Open red flags", fmt.Sprintf("%d of %d", r.OpenRedFlags(), len(r.RedFlags)))
		p.kv("Scored", fmt.Sprintf("%s UTC by engine %s", utc(r.ComputedAt), r.EngineVersion))
	} else {
		p.kv("Score", "not scored yet")
	}

	p.heading("Services bought")
	if len(a.Vendor.Services) == 0 {
		p.body("No services recorded.")
	}
	for _, s := range a.Vendor.Services {
		line := "\u2022 " + s.Name
		if len(s.Keywords) > 0 {
			line += " (keywords: " + strings.Join(s.Keywords, ", ") + ")"
		}
		p.body(line)
	}

	if r := a.Result; r != nil {
		p.breakdown(r)
		p.heading(fmt.Sprintf("Red flags (%d open of %d)", r.OpenRedFlags(), len(r.RedFlags)))
		if len(r.RedFlags) == 0 {
			p.body("No red flags.")
		}
		for _, fl := range r.RedFlags {
			p.f.Ln(1)
			p.font("B", 10, 0)
			state := "Open"
			if ff, ok := r.Findings[fl.ID]; ok {
				state = ff.State
			}
			p.para(lineHeight, fmt.Sprintf("%s \u00b7 %s severity \u00b7 %s", fl.Title, human(fl.Severity), state))
			p.font("", 8, 110)
			if len(fl.QuestionIDs) > 0 {
				asked := make([]string, len(fl.QuestionIDs))
				for i, q := range fl.QuestionIDs {
					asked[i] = a.question(q)
				}
				p.para(4, "From: "+strings.Join(asked, "; "))
			}
			p.font("", 7, 130)
			p.para(3.5, "id "+fl.ID)
			p.body(fl.Explanation)
			if fl.Quote != "" {
				p.font("I", 9, 60)
				p.para(lineHeight, "\u201c"+fl.Quote+"\u201d")
			}
		}

		c := r.Certificate
		p.heading("ISO/IEC 27001 certificate")
		p.kv("Status", human(c.Status))
		p.kv("Expires", orDash(evidence.FormatFact(evidence.KeyExpiresOn, c.ExpiresOn)))
		p.kv("Scope", orDash(c.Scope))
		p.kv("Covered services", orDash(strings.Join(c.CoveredServices, "; ")))
		p.kv("Not covered", orDash(strings.Join(c.UncoveredServices, "; ")))
		p.kv("Uncertain", orDash(strings.Join(c.UncertainServices, "; ")))
		for _, cv := range c.Coverage {
			line := "\u2022 " + cv.Service + ": " + evidence.FormatFact(evidence.KeyCoverage+cv.Service, cv.Verdict)
			if d := coverageDetail(cv); d != "" {
				line += " \u2013 " + d
			}
			p.body(line)
		}
	} else {
		p.heading("Red flags and certificate")
		p.body("Not scored yet: red flags and the certificate verdict appear once the vendor has submitted and the answers are scored.")
	}

	p.heading(fmt.Sprintf("Evidence (%s)", plural(len(a.Evidence), "file")))
	if len(a.Evidence) == 0 {
		p.body("No files were uploaded.")
	}
	for _, e := range a.Evidence {
		p.f.Ln(1)
		p.font("B", 9.5, 0)
		name := e.Filename
		if a.Restricted || name == "" {
			name = "file #" + strconv.FormatUint(uint64(e.ID), 10)
		}
		p.para(lineHeight, name)
		p.font("", 8.5, 70)
		p.para(4, fmt.Sprintf("#%d \u00b7 for: %s \u00b7 %s \u00b7 %s \u00b7 %s", e.ID, a.question(e.QuestionID), e.Kind, FormatSize(e.Size), human(e.readStatus())))
		p.fontFamily("Courier", "", 8.5, 0)
		p.para(4, "SHA-256 "+e.SHA256)
	}

	p.heading("Audit history")
	if a.ChainIntact {
		p.font("B", 9.5, 0)
		p.f.SetTextColor(0, 110, 40)
		p.para(lineHeight, fmt.Sprintf("Hash chain verified: %s, intact and in order; each is sealed with an HMAC-SHA256 over it and the one before, under a key kept outside the database.", plural(len(a.History), "event")))
	} else {
		p.font("B", 9.5, 0)
		p.f.SetTextColor(170, 0, 0)
		p.para(lineHeight, "Hash chain BROKEN: an event was changed, removed or reordered after it was recorded. "+a.ChainProblem)
	}
	if n := len(a.History); n > 0 {
		p.font("", 8.5, 70)
		p.para(4, "Hash of the last event:")
		p.fontFamily("Courier", "", 8.5, 0)
		p.para(4, a.History[n-1].Hash)
	}
	p.f.Ln(2)
	for _, ev := range a.History {
		p.event(ev, a.Restricted)
	}

	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("report: pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("report: pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// breakdown writes how the score and rating were reached: the points of each section and
// question against their weight, and the red flags that raised the rating.
func (p *pdfDoc) breakdown(r *Result) {
	b := r.Breakdown
	if b == nil {
		return
	}
	p.heading("How the score was reached")
	p.body(fmt.Sprintf("%s of %s points earned, so the score is %d out of 100. Questions that do not apply count for nothing either way.",
		Points(b.Earned), Points(b.Available), b.Score))
	titles := map[string]string{}
	for _, f := range r.RedFlags {
		titles[f.ID] = f.Title
	}
	if raised := b.Rating.RaisedBy; len(raised) > 0 {
		names := make([]string, len(raised))
		for i, id := range raised {
			names[i] = cmp.Or(titles[id], Words(id))
		}
		p.body(fmt.Sprintf("The score alone gives %s; %s-severity red flags raise it to %s: %s.",
			Risk(b.Rating.ScoreRating), b.Rating.Rating, Risk(b.Rating.Rating), strings.Join(names, "; ")))
	} else {
		p.body(fmt.Sprintf("The score gives %s; no red flag raises it.", Risk(b.Rating.Rating)))
	}
	for _, sec := range b.Sections {
		if sec.Available == 0 {
			continue
		}
		p.f.Ln(1)
		p.font("B", 9.5, 0)
		p.para(lineHeight, fmt.Sprintf("%s: %s of %s points, adds %.1f to the score", sec.Title, Points(sec.Earned), Points(sec.Available), sec.ScorePoints))
		p.font("", 8.5, 60)
		for _, q := range sec.Questions {
			p.para(4, fmt.Sprintf("\u2022 %s \u2013 %s of %s points (weight %.1f%%)", q.Text, Points(q.Earned), Points(q.Available), q.Weight))
		}
	}
}

// pdfDoc holds the small layout helpers of the report.
type pdfDoc struct{ f *fpdf.Fpdf }

func (p *pdfDoc) font(style string, size float64, gray int) {
	p.fontFamily("Helvetica", style, size, gray)
}

func (p *pdfDoc) fontFamily(family, style string, size float64, gray int) {
	p.f.SetFont(family, style, size)
	p.f.SetTextColor(gray, gray, gray)
}

// line writes one line of text that fits the width.
func (p *pdfDoc) line(h float64, s string) {
	p.f.CellFormat(0, h, pdfText(s), "", 1, "L", false, 0, "")
}

// para writes text wrapped to the width.
func (p *pdfDoc) para(h float64, s string) {
	p.f.MultiCell(0, h, pdfText(s), "", "L", false)
}

func (p *pdfDoc) body(s string) {
	p.font("", 9.5, 0)
	p.para(lineHeight, s)
}

func (p *pdfDoc) heading(s string) {
	p.f.Ln(4)
	// A heading never sits alone at the foot of a page.
	if _, h := p.f.GetPageSize(); p.f.GetY() > h-margin-30 {
		p.f.AddPage()
	}
	p.font("B", 12, 0)
	p.line(7, s)
	x, y := p.f.GetXY()
	w, _ := p.f.GetPageSize()
	p.f.SetDrawColor(180, 180, 180)
	p.f.Line(x, y, w-margin, y)
	p.f.Ln(1.5)
}

// kv writes a label and its value, the value wrapping beside the label.
func (p *pdfDoc) kv(label, value string) {
	p.font("B", 9.5, 60)
	p.f.CellFormat(labelWidth, lineHeight, pdfText(p.fit(label, labelWidth-2)), "", 0, "L", false, 0, "")
	p.font("", 9.5, 0)
	p.para(lineHeight, value)
}

// kvMono is kv for a hash, in a fixed-width font small enough to keep it on one line.
func (p *pdfDoc) kvMono(label, value string) {
	p.font("B", 9.5, 60)
	p.f.CellFormat(labelWidth, lineHeight, pdfText(label), "", 0, "L", false, 0, "")
	p.fontFamily("Courier", "", 8.5, 0)
	p.para(lineHeight, value)
}

// event writes one audit event: sequence, time, actor and action on a line, the detail and
// the address below for readers allowed to see them.
func (p *pdfDoc) event(ev Event, restricted bool) {
	p.font("", 8, 0)
	p.f.CellFormat(10, 4, strconv.FormatInt(ev.Seq, 10), "", 0, "R", false, 0, "")
	p.f.CellFormat(34, 4, pdfText(utc(ev.At)), "", 0, "L", false, 0, "")
	who := ev.Actor
	if ev.ActorType != "" {
		who += " (" + ev.ActorType + ")"
	}
	p.f.CellFormat(62, 4, pdfText(p.fit(who, 60)), "", 0, "L", false, 0, "")
	what := ev.Action
	if ev.Object != "" {
		what += " " + ev.Object
	}
	p.font("B", 8, 0)
	p.f.MultiCell(0, 4, pdfText(what), "", "L", false)
	if restricted {
		return
	}
	var extra []string
	if ev.Detail != "" {
		extra = append(extra, ev.Detail)
	}
	if ev.IP != "" {
		extra = append(extra, "from "+ev.IP)
	}
	if len(extra) > 0 {
		p.font("", 7.5, 100)
		p.f.SetX(margin + 44)
		p.f.MultiCell(0, 3.6, pdfText(strings.Join(extra, " \u00b7 ")), "", "L", false)
	}
}

// fit shortens s with an ellipsis until it fits w millimetres in the current font.
func (p *pdfDoc) fit(s string, w float64) string {
	if p.f.GetStringWidth(pdfText(s)) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && p.f.GetStringWidth(pdfText(string(r)+"\u2026")) > w {
		r = r[:len(r)-1]
	}
	return string(r) + "\u2026"
}

// human turns an id such as "in_progress" into "In progress".
func human(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u2013"
	}
	return s
}

// FormatSize writes a byte count the way people read it, in powers of 1,024: bytes, KiB or MiB.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// newPDF starts an A4 document with Assay's margins, its title and a footer of footer and the
// page number, on its first page. Fixed dates and sorted resources make the same data give the
// same bytes.
func newPDF(generated time.Time, title, footer string) *pdfDoc {
	f := fpdf.New("P", "mm", "A4", "")
	p := &pdfDoc{f: f}
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(true, margin+5)
	f.SetCompression(true)
	f.AliasNbPages("")
	f.SetCatalogSort(true)
	f.SetCreationDate(generated)
	f.SetModificationDate(generated)
	f.SetTitle(title, true)
	f.SetCreator("Assay", true)
	f.SetFooterFunc(func() {
		f.SetY(-margin)
		p.font("", 7.5, 110)
		w, _ := f.GetPageSize()
		f.CellFormat(w-2*margin-25, 4, pdfText(p.fit(footer, w-2*margin-27)), "", 0, "L", false, 0, "")
		f.CellFormat(25, 4, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "", 0, "R", false, 0, "")
	})
	f.AddPage()
	return p
}
