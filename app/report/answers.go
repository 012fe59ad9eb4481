package report

import (
	"bytes"
	"fmt"
	"time"
)

// AnswersCopy is a vendor's copy of the answers they submitted: each visible question with its
// answer or files, and their comment or "not applicable" reason.
type AnswersCopy struct {
	AssessmentID         uint
	Title                string
	Vendor               string
	Questionnaire        string
	QuestionnaireVersion string
	SubmittedAt          time.Time
	SubmittedBy          string
	GeneratedAt          time.Time
	Sections             []AnswerSection
}

// AnswerSection is one section of the questionnaire in a vendor's copy.
type AnswerSection struct {
	Title string
	Items []AnswerItem
}

// AnswerItem is one question as answered: Answer is the answer in words, or the files' names
// and hashes; Note the vendor's comment or reason.
type AnswerItem struct {
	Question string
	Answer   string
	Note     string
}

// AnswersPDF renders a vendor's copy of their submitted answers.
func AnswersPDF(c AnswersCopy) ([]byte, error) {
	p := newPDF(c.GeneratedAt, fmt.Sprintf("Answers of %s to %s", c.Vendor, c.Title),
		fmt.Sprintf("Assay \u00b7 answers of %s \u00b7 assessment #%d", c.Vendor, c.AssessmentID))
	f := p.f
	p.font("B", 16, 0)
	p.para(8, c.Title)
	p.font("B", 12, 0)
	p.para(6, "Answers of "+c.Vendor)
	p.font("", 9, 90)
	sub := "Not submitted yet"
	if !c.SubmittedAt.IsZero() {
		sub = "Submitted " + utc(c.SubmittedAt) + " UTC by " + c.SubmittedBy
	}
	p.para(lineHeight, fmt.Sprintf("%s \u00b7 questionnaire %s version %s \u00b7 assessment #%d", sub, c.Questionnaire,
		c.QuestionnaireVersion, c.AssessmentID))
	for _, s := range c.Sections {
		p.heading(s.Title)
		for _, it := range s.Items {
			p.font("B", 9.5, 0)
			p.para(lineHeight, it.Question)
			p.body(orDash(it.Answer))
			if it.Note != "" {
				p.font("I", 9, 60)
				p.para(lineHeight, it.Note)
			}
			f.Ln(2)
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("report: answers PDF: %w", err)
	}
	return buf.Bytes(), nil
}
