// Package facts reads the facts that scoring needs out of the text and
// tables of an evidence file: the dates, counts and statements that red-flag
// rules test (facts.training_report.completion_rate and the like). It is
// pure: it sees a Document, never a database, the network or the clock, so
// the same file always gives the same facts and a test can pin each one.
//
// Every extractor is deterministic and explains itself: next to each fact
// it records, under the "quotes" key, the line or table row the fact was
// read from, so that a red flag can show the vendor's own words. Dates are
// always chosen by the label written next to them ("Expiry date", "held
// on"), never by where they sit in the file; a date with no recognisable
// label is left out rather than guessed.
//
// Fact keys, by evidence question (numbers are float64, dates "YYYY-MM-DD"):
//
//	every file            pages, words
//	iso27001_certificate  certificate_number, certification_body,
//	                      accreditation_body, edition ("2013" or "2022"),
//	                      issued_on, expires_on, scope, sites ([]string)
//	training_report       people, completed, completion_rate (0-100, one
//	                      decimal), newest_completion, oldest_completion,
//	                      contractors_included (bool; absent when the report
//	                      cannot tell), rows
//	review_minutes        meeting_date, topics (map of training_metrics,
//	                      policy_violations, incidents, audit_findings,
//	                      action_items to bool), action_items_have_owners,
//	                      attendees ([]string)
//	acknowledgement_log   people, signatures, newest_signature,
//	                      oldest_signature, signature_dates ([]string: each
//	                      signer's latest date), contractors_included, rows;
//	                      signed_last_365_days_share is added by the caller
//	                      with AcknowledgementShare, because it depends on
//	                      the day it is computed
//
// A fact that could not be read is absent, never zero: rules treat an
// absent fact as unknown, while a zero would read as a finding.
package facts

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Facts are what one evidence file says, ready to be stored as JSON. Keys
// are listed in the package documentation; KeyQuotes holds the source text
// of each fact.
type Facts map[string]any

// Fact keys shared by several kinds of evidence.
const (
	KeyPages               = "pages"
	KeyWords               = "words"
	KeyQuotes              = "quotes"
	KeyPeople              = "people"
	KeyRows                = "rows"
	KeyContractorsIncluded = "contractors_included"
)

// Fact keys of an ISO/IEC 27001 certificate.
const (
	KeyCertificateNumber = "certificate_number"
	KeyCertificationBody = "certification_body"
	KeyAccreditationBody = "accreditation_body"
	KeyEdition           = "edition"
	KeyIssuedOn          = "issued_on"
	KeyExpiresOn         = "expires_on"
	KeyScope             = "scope"
	KeySites             = "sites"
)

// Fact keys of a training completion report.
const (
	KeyCompleted        = "completed"
	KeyCompletionRate   = "completion_rate"
	KeyNewestCompletion = "newest_completion"
	KeyOldestCompletion = "oldest_completion"
)

// Fact keys of management review minutes, and the topics they may cover.
const (
	KeyMeetingDate           = "meeting_date"
	KeyTopics                = "topics"
	KeyActionItemsHaveOwners = "action_items_have_owners"
	KeyAttendees             = "attendees"

	TopicTrainingMetrics  = "training_metrics"
	TopicPolicyViolations = "policy_violations"
	TopicIncidents        = "incidents"
	TopicAuditFindings    = "audit_findings"
	TopicActionItems      = "action_items"
)

// Fact keys of a policy acknowledgement log.
const (
	KeySignatures             = "signatures"
	KeyNewestSignature        = "newest_signature"
	KeyOldestSignature        = "oldest_signature"
	KeySignatureDates         = "signature_dates"
	KeySignedLast365DaysShare = "signed_last_365_days_share"
)

// Evidence question ids whose files have an extractor of their own.
const (
	QuestionCertificate      = "iso27001_certificate"
	QuestionTrainingReport   = "training_report"
	QuestionReviewMinutes    = "review_minutes"
	QuestionAcknowledgements = "acknowledgement_log"
)

// ErrNoText means the document has neither text nor tables, as with a
// scanned PDF without a text layer: there is nothing to read facts from.
var ErrNoText = errors.New("facts: the document has no text to read")

// ErrNoHeader means no table in a report has a header row naming the
// columns the extractor needs; the wrapping error lists what it looked for.
var ErrNoHeader = errors.New("facts: no recognisable header row")

// For reads the facts of a file uploaded for the evidence question
// questionID. Certificates, training reports, review minutes and
// acknowledgement logs get their own facts; files for any other question
// get only the generic ones (pages and words). An error means the file
// could not be read as the evidence it is meant to be; the message says why
// in words an analyst can act on.
func For(questionID string, doc Document) (Facts, error) {
	var (
		f   Facts
		err error
	)
	switch questionID {
	case QuestionCertificate:
		f, err = Certificate(doc)
	case QuestionTrainingReport:
		f, err = Training(doc)
	case QuestionReviewMinutes:
		f, err = Minutes(doc)
	case QuestionAcknowledgements:
		f, err = Acknowledgements(doc)
	default:
		f = Facts{}
	}
	if err != nil {
		return nil, err
	}
	addGeneric(f, doc)
	return f, nil
}

// addGeneric records the size of the document, which tells an analyst at a
// glance whether a file is the one-page summary or the full report.
func addGeneric(f Facts, doc Document) {
	if doc.Pages > 0 {
		f[KeyPages] = float64(doc.Pages)
	}
	words := countWords(doc.Text)
	for _, t := range doc.Tables {
		for _, row := range t.Rows {
			for _, cell := range row {
				words += countWords(cell)
			}
		}
	}
	f[KeyWords] = float64(words)
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

// quote records the source text of a fact, trimmed to a readable length.
func (f Facts) quote(key, text string) {
	q, _ := f[KeyQuotes].(map[string]string)
	if q == nil {
		q = map[string]string{}
		f[KeyQuotes] = q
	}
	q[key] = clip(strings.Join(strings.Fields(text), " "), maxQuote)
}

// Quotes returns the source text recorded for each fact, by fact key. It
// reads both the map extractors build and the map JSON decoding gives back.
func (f Facts) Quotes() map[string]string {
	switch q := f[KeyQuotes].(type) {
	case map[string]string:
		return q
	case map[string]any:
		out := make(map[string]string, len(q))
		for k, v := range q {
			out[k] = fmt.Sprint(v)
		}
		return out
	}
	return map[string]string{}
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
