package facts

import (
	"errors"
	"slices"
	"time"

	"assay/app/evidence"
)

// Acknowledgements reads a signed policy acknowledgement log: who is
// listed, which rows carry a signature date or timestamp (and no status
// saying the policy was not signed), the newest and oldest signature, each
// signer's latest signature date, and whether contractors appear.
//
// The share of people who signed within the last year depends on the day
// it is asked, so it is not a fact of the file: AcknowledgementShare
// computes it from these facts for a given day. Keeping For free of the
// clock means a file's facts never change unless the file or this code
// does, and a result can be recomputed for any day from stored facts.
func Acknowledgements(doc Document) (evidence.AcknowledgementLog, error) {
	var a evidence.AcknowledgementLog
	shaped, shape := ackShape(doc)
	if shape != 0 && shape != shapeList {
		return shaped, nil
	}
	r, err := findReport(doc, []string{roleDate}, "acknowledgement log",
		"a person column (name, employee, full name, user, signatory or e-mail) "+
			"and a signature date column (date, signed on, date signed, acknowledged on, accepted on or timestamp)")
	if err != nil {
		if shape == shapeList && errors.Is(err, ErrNoHeader) {
			return shaped, nil
		}
		if errors.Is(err, ErrNoHeader) {
			// No header names a person: a transcript per person, each
			// block naming its person above its rows, is read by blocks.
			if t, ok, terr := ackTranscriptShape(doc); ok {
				return t, terr
			}
		}
		return a, err
	}
	if !r.printed && r.header.row >= 0 && r.header.row < len(r.table) {
		// A row per person and version of the policy: only the current
		// version's rows count.
		rows, err := currentVersionRows(r.table[:r.header.row], r.table[r.header.row], r.rows, r.person, r.date)
		if err != nil {
			return a, err
		}
		r.rows = rows
	}
	if err := r.onSubject(); err != nil {
		return a, err
	}
	s := newSignings()
	err = r.eachPerson(func(row []string, key string) {
		date, dated := r.date(row)
		if !dated || r.status(row) < 0 || exempt(r.cell(row, roleStatus)) {
			// No date, not signed, or let off signing: the date of an
			// exemption is no signature.
			return
		}
		s.add(key, date, r.quote(row), r.why)
	})
	if err != nil {
		return a, err
	}
	a.Roster = r.roster()
	s.fill(&a, r.text, r.why)
	return a, nil
}

// signedDays are the days of signers' latest signatures, in order.
func signedDays(latest map[string]time.Time) []evidence.Date {
	signed := make([]evidence.Date, 0, len(latest))
	for _, d := range latest {
		signed = append(signed, evidence.DateOf(d))
	}
	slices.Sort(signed)
	return signed
}

// AcknowledgementShare is the percentage (0-100, one decimal) of the people
// in an acknowledgement log whose latest signature is at most 365 days
// before now. People who never signed count against it; a signature dated
// after now is not counted, since a log cannot record the future. It
// reports false when the log states no people or no signature dates.
// Callers that store facts keep the result as the log's
// SignedLast365DaysShare, with the day it was computed for.
func AcknowledgementShare(log evidence.AcknowledgementLog, now time.Time) (float64, bool) {
	people := log.People
	if !people.Known || people.Value <= 0 || !log.SignatureDates.Known {
		return 0, false
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	recent := 0
	for _, d := range log.SignatureDates.Value {
		t, err := time.Parse(time.DateOnly, string(d))
		if err != nil {
			continue
		}
		if days := int(today.Sub(t).Hours() / 24); days >= 0 && days <= 365 {
			recent++
		}
	}
	return min(100, round1(100*float64(recent)/float64(people.Value))), true
}
