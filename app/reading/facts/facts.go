// Package facts reads the facts that scoring needs out of the text and
// tables of an evidence file: the dates, counts and statements that red-flag
// rules test (facts.training_report.completion_rate and the like). It is
// pure: it sees a Document, never a database, the network or the clock, so
// the same file always gives the same facts and a test can pin each one.
//
// Every extractor is deterministic and explains itself: next to each fact
// it records, as the fact's Quote, the line or table row the fact was read
// from, so that a red flag can show the vendor's own words. Dates are
// always chosen by the label written next to them ("Expiry date", "held
// on"), never by where they sit in the file; a date with no recognisable
// label is left out rather than guessed.
//
// The facts are the typed values of package evidence, one struct per kind
// of evidence. A fact that could not be read is not Known, never zero:
// rules treat an absent fact as unknown, while a zero would read as a
// finding. The share of an acknowledgement log signed in the last year is
// left to the caller (AcknowledgementShare), because it depends on the day
// it is computed.
package facts

import (
	"errors"
	"strings"
	"unicode"

	"assay/app/evidence"
)

// ErrNoText means the document has neither text nor tables, as with a
// scanned PDF without a text layer: there is nothing to read facts from.
var ErrNoText = errors.New("facts: the document has no text to read")

// ErrNoHeader means no table in a report has a header row naming the
// columns the extractor needs; the wrapping error lists what it looked for.
var ErrNoHeader = errors.New("facts: no recognisable header row")

// ErrUnclearRows means a report printed to PDF was found but its rows
// cannot be told apart from its text, as when cells wrap over several
// lines; counting them would give wrong figures.
var ErrUnclearRows = errors.New("facts: the rows of the printed table cannot be told apart")

// For reads the facts of a file uploaded for the evidence question
// questionID. Certificates, training reports, review minutes and
// acknowledgement logs get their own facts; files for any other question
// get only the generic ones (pages and words). An error means the file
// could not be read as the evidence it is meant to be; the message says why
// in words an analyst can act on.
func For(questionID string, doc Document) (evidence.Facts, error) {
	var (
		f   evidence.Facts
		err error
	)
	doc = mendLabels(doc)
	switch questionID {
	case evidence.QuestionCertificate:
		f.Certificate, err = kind(Certificate(doc))
	case evidence.QuestionTrainingReport:
		f.Training, err = kind(Training(doc))
	case evidence.QuestionReviewMinutes:
		f.Minutes, err = kind(Minutes(doc))
	case evidence.QuestionAcknowledgements:
		f.Acknowledgements, err = kind(Acknowledgements(doc))
	}
	if err != nil {
		return evidence.Facts{}, err
	}
	if doc.Pages > 0 {
		f.Pages = evidence.Fact[int]{Value: doc.Pages, Known: true}
	}
	f.Words = evidence.Fact[int]{Value: words(doc), Known: true}
	if doc.OCR != nil {
		questionOCR(&f, doc.OCR)
	}
	return f, nil
}

func kind[K any](k K, err error) (*K, error) {
	if err != nil {
		return nil, err
	}
	return &k, nil
}

// words counts the words of a document, which tells an analyst at a glance
// whether a file is the one-page summary or the full report. A PDF's
// tables are read from the same glyphs as its text, and a scan's from the
// same words, so they are not counted again.
func words(doc Document) int {
	n := countWords(doc.Text)
	if doc.Kind == "pdf" || doc.OCR != nil {
		return n
	}
	for _, t := range doc.Tables {
		for _, row := range t.Rows {
			for _, cell := range row {
				n += countWords(cell)
			}
		}
	}
	return n
}

func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// empty reports whether a document has nothing to read.
func empty(doc Document) bool {
	if strings.TrimSpace(doc.Text) != "" {
		return false
	}
	for _, t := range doc.Tables {
		for _, row := range t.Rows {
			for _, cell := range row {
				if strings.TrimSpace(cell) != "" {
					return false
				}
			}
		}
	}
	return true
}

// known is a fact read from the source text src, its quote trimmed to a
// readable length.
func known[T any](v T, src string) evidence.Fact[T] {
	return evidence.FactOf(v, clip(strings.Join(strings.Fields(src), " "), maxQuote))
}

// doubtful is a fact read from src that could be any of readings, for the
// reason why.
func doubtful[T any](src, why string, readings ...T) evidence.Fact[T] {
	return evidence.DoubtOf(clip(strings.Join(strings.Fields(src), " "), maxQuote), why, readings...)
}

// maxListItems bounds lists read from a file (sites, attendees): a real
// certificate or set of minutes names far fewer.
const maxListItems = 100

// maxQuote keeps quotes to a sentence or two: enough to recognise the
// passage, short enough for a red-flag explanation.
const maxQuote = 300

// clip shortens s to at most n bytes without splitting a character.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return strings.TrimSpace(s[:n]) + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// round1 rounds a percentage to one decimal, as facts report them.
func round1(x float64) float64 {
	return float64(int64(x*10+0.5)) / 10
}
