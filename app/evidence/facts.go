// Package evidence holds what an evidence file says, as typed values: one
// struct per kind of evidence (a certificate, a training report, review
// minutes, an acknowledgement log), each fact beside the source text it was
// read from, in a container that also holds what every file has (pages,
// words). It does no I/O: package reading/facts fills these values from a
// document, and the rest of Assay reads them.
//
// Stored, exported and handed to red-flag rules, facts keep the flat shape
// they have always had: one key per fact ("expires_on", "completion_rate"),
// numbers as JSON numbers, dates as "YYYY-MM-DD" and a "quotes" object with
// the source text by fact key. MarshalJSON, UnmarshalJSON and Values convert
// between the two, so stored rows and exported bundles need no migration.
//
// A fact that could not be read is not Known, never zero: rules treat an
// absent fact as unknown, while a zero would read as a finding. A fact the
// file states in a way that could mean more than one thing (a date written
// 03/04/2027 in a document that never says which comes first) is doubtful:
// not Known either, but kept with its quote, the reason for the doubt and
// the values it could mean, stored under "doubts" by fact key, until an
// analyst's correction settles it.
package evidence

import (
	"maps"
	"time"
)

// Fact is one fact of a file: its value, whether the file states it at
// all, and the line or row it was read from. A doubtful fact (Doubt set) is
// never Known: Doubt says in an analyst's words why the reader could not
// settle it, and Readings holds the values the quote could mean when there
// are several.
type Fact[T any] struct {
	Value    T
	Known    bool
	Quote    string
	Doubt    string
	Readings []T
}

// FactOf is a known fact with the source text it was read from.
func FactOf[T any](v T, quote string) Fact[T] {
	return Fact[T]{Value: v, Known: true, Quote: quote}
}

// DoubtOf is a fact the quote states without settling it: unknown to rules
// and scoring, kept with why (doubt) and what the quote could mean.
func DoubtOf[T any](quote, doubt string, readings ...T) Fact[T] {
	return Fact[T]{Quote: quote, Doubt: doubt, Readings: readings}
}

// Doubtful reports whether the file states the fact without settling it.
func (f Fact[T]) Doubtful() bool { return f.Doubt != "" }

// Doubt is why a fact could not be settled and the values its quote could
// mean, as Values shows values, for an analyst to choose from.
type Doubt struct {
	Reason   string `json:"reason"`
	Readings []any  `json:"readings"`
}

// Date is a calendar day as facts carry it, "YYYY-MM-DD". A value decoded
// from elsewhere may hold other text; Time then reports false.
type Date string

// DateOf is the day of t, as facts write it.
func DateOf(t time.Time) Date { return Date(t.Format(time.DateOnly)) }

// Time reads the date, also accepting an RFC 3339 timestamp as questionnaire
// answers may carry one; ok is false for anything else.
func (d Date) Time() (t time.Time, ok bool) {
	if t, err := time.Parse(time.DateOnly, string(d)); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.RFC3339, string(d)); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// Facts are what one evidence file says: the fields every file has and the
// facts of at most one kind of evidence, chosen by the question the file
// was uploaded for (see For). The zero value is a file with no facts.
type Facts struct {
	Pages Fact[int]
	Words Fact[int]

	Certificate      *Certificate
	Training         *TrainingReport
	Minutes          *Minutes
	Acknowledgements *AcknowledgementLog

	// other keeps values that fit no typed field (an unknown key, a value of
	// the wrong type) exactly as they were decoded, so nothing read back is
	// lost when it is written again.
	other map[string]any
	// otherQuotes keeps quotes that belong to no fact of the file.
	otherQuotes map[string]string
	// otherDoubts keeps doubts that belong to no fact of the file, or do
	// not fit it, exactly as they were decoded.
	otherDoubts map[string]any
}

// Certificate is what an ISO/IEC 27001 certificate says.
type Certificate struct {
	Number            Fact[string]
	CertificationBody Fact[string]
	AccreditationBody Fact[string]
	Edition           Fact[string] // "2013" or "2022" as read; corrections may hold other text
	IssuedOn          Fact[Date]
	ExpiresOn         Fact[Date]
	Scope             Fact[string]
	Sites             Fact[[]string]
	// Coverage holds analysts' confirmations of whether the scope covers a
	// service, by service name: scope.Covered or scope.Uncovered. They come
	// from corrections keyed KeyCoverage + the service name.
	Coverage map[string]string
}

// Roster is what every exported table of people says, be it a training
// report or an acknowledgement log.
type Roster struct {
	People Fact[int]
	Rows   Fact[int]
	// ContractorsIncluded is unknown when the table cannot tell: without a
	// type column, finding no contractor proves nothing.
	ContractorsIncluded Fact[bool]
}

// TrainingReport is what a training completion report says.
type TrainingReport struct {
	Roster
	Completed        Fact[int]
	CompletionRate   Fact[float64] // 0-100, one decimal
	NewestCompletion Fact[Date]
	OldestCompletion Fact[Date]
}

// Minutes is what the minutes of a management review say.
type Minutes struct {
	MeetingDate Fact[Date]
	// Topics says, for each of the Topic* topics, whether the minutes cover
	// it; the quote is the line that does.
	Topics                map[string]Fact[bool]
	ActionItemsHaveOwners Fact[bool]
	Attendees             Fact[[]string]
}

// AcknowledgementLog is what a signed policy acknowledgement log says.
type AcknowledgementLog struct {
	Roster
	Signatures      Fact[int]
	NewestSignature Fact[Date]
	OldestSignature Fact[Date]
	// SignatureDates holds each signer's latest signature date, sorted.
	SignatureDates Fact[[]Date]
	// SignedLast365DaysShare depends on the day it is computed for, so the
	// reader leaves it out and whoever stores the facts adds it.
	SignedLast365DaysShare Fact[float64]
}

// For returns a copy of f as a file uploaded for the evidence question
// questionID holds it: with the struct of that question's kind in place, so
// that a correction can set a fact the file did not state.
func (f Facts) For(questionID string) Facts {
	g := f.clone()
	switch questionID {
	case QuestionCertificate:
		g.ensure(kindCertificate)
	case QuestionTrainingReport:
		g.ensure(kindTraining)
	case QuestionReviewMinutes:
		g.ensure(kindMinutes)
	case QuestionAcknowledgements:
		g.ensure(kindAcknowledgements)
	}
	return g
}

// clone copies f deeply enough that changing the copy's facts leaves f alone.
func (f Facts) clone() Facts {
	g := f
	g.Certificate = clonePtr(f.Certificate)
	if g.Certificate != nil {
		g.Certificate.Coverage = maps.Clone(g.Certificate.Coverage)
	}
	g.Training = clonePtr(f.Training)
	g.Minutes = clonePtr(f.Minutes)
	if g.Minutes != nil {
		g.Minutes.Topics = maps.Clone(g.Minutes.Topics)
	}
	g.Acknowledgements = clonePtr(f.Acknowledgements)
	g.other, g.otherQuotes, g.otherDoubts = maps.Clone(f.other), maps.Clone(f.otherQuotes), maps.Clone(f.otherDoubts)
	return g
}

// clonePtr is a pointer to a copy of *p, or nil.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

// kind is which struct of Facts holds a fact.
type kind int

const (
	kindCommon kind = iota // every file: pages, words
	kindRoster             // training reports and acknowledgement logs alike
	kindCertificate
	kindTraining
	kindMinutes
	kindAcknowledgements
)

// ensure puts the struct of kind k in place when f has no kind yet.
func (f *Facts) ensure(k kind) {
	if f.Certificate != nil || f.Training != nil || f.Minutes != nil || f.Acknowledgements != nil {
		return
	}
	switch k {
	case kindCertificate:
		f.Certificate = &Certificate{}
	case kindTraining:
		f.Training = &TrainingReport{}
	case kindMinutes:
		f.Minutes = &Minutes{}
	case kindAcknowledgements:
		f.Acknowledgements = &AcknowledgementLog{}
	}
}

// roster is the table-of-people part of a training report or acknowledgement log, or nil.
func (f *Facts) roster() *Roster {
	switch {
	case f.Training != nil:
		return &f.Training.Roster
	case f.Acknowledgements != nil:
		return &f.Acknowledgements.Roster
	}
	return nil
}
