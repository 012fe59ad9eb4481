package facts

import (
	"fmt"
	"slices"
	"strings"
	"time"
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
func Acknowledgements(doc Document) (Facts, error) {
	if empty(doc) {
		return nil, ErrNoText
	}
	rows, h, ok := reportTable(doc, []string{roleDate})
	if !ok {
		return nil, fmt.Errorf("%w in the acknowledgement log: looked for a person column (name, employee, full name, user, signatory or e-mail) "+
			"and a signature date column (date, signed on, date signed, acknowledged on, accepted on or timestamp) in the first %d rows",
			ErrNoHeader, headerSearch)
	}
	monthFirst := columnMonthFirst(rows[h.row+1:], h.cols[roleDate])

	f := Facts{}
	latest := map[string]time.Time{}
	people := map[string]bool{}
	var (
		n, signatures  int
		newest, oldest time.Time
		newRow, oldRow string
	)
	contractors := contractorColumn(h)
	for _, row := range rows[h.row+1:] {
		name := h.person(row)
		if name == "" || totalRow.MatchString(name) || isRepeatedHeader(h, row) {
			continue
		}
		n++
		key := strings.ToLower(name)
		people[key] = true
		contractors.check(h, row)
		date, dated := cellDate(h.cell(row, roleDate), monthFirst)
		if !dated || status(h.cell(row, roleStatus)) < 0 {
			continue
		}
		signatures++
		if date.After(latest[key]) {
			latest[key] = date
		}
		if newest.IsZero() || date.After(newest) {
			newest, newRow = date, rowText(row)
		}
		if oldest.IsZero() || date.Before(oldest) {
			oldest, oldRow = date, rowText(row)
		}
	}
	f[KeyRows] = float64(n)
	f[KeyPeople] = float64(len(people))
	f[KeySignatures] = float64(signatures)
	for _, k := range []string{KeyRows, KeyPeople, KeySignatures} {
		f.quote(k, h.text)
	}
	if !newest.IsZero() {
		f[KeyNewestSignature] = isoDay(newest)
		f.quote(KeyNewestSignature, newRow)
		f[KeyOldestSignature] = isoDay(oldest)
		f.quote(KeyOldestSignature, oldRow)
	}
	dates := make([]string, 0, len(latest))
	for _, d := range latest {
		dates = append(dates, isoDay(d))
	}
	slices.Sort(dates)
	f[KeySignatureDates] = dates
	contractors.record(f)
	return f, nil
}

// AcknowledgementShare is the percentage (0-100, one decimal) of the people
// in an acknowledgement log whose latest signature is at most 365 days
// before now. People who never signed count against it; a signature dated
// after now is not counted, since a log cannot record the future. It reads
// facts as Acknowledgements returns them or as they come back from JSON,
// and reports false when the facts hold no people or no signature dates.
// Callers that store facts put the result under
// KeySignedLast365DaysShare, with the day it was computed for.
func AcknowledgementShare(f Facts, now time.Time) (float64, bool) {
	people, ok := f[KeyPeople].(float64)
	if !ok {
		if n, isInt := f[KeyPeople].(int); isInt {
			people, ok = float64(n), true
		}
	}
	if !ok || people <= 0 {
		return 0, false
	}
	var dates []string
	switch v := f[KeySignatureDates].(type) {
	case []string:
		dates = v
	case []any:
		for _, d := range v {
			if s, ok := d.(string); ok {
				dates = append(dates, s)
			}
		}
	default:
		return 0, false
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	recent := 0
	for _, d := range dates {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			continue
		}
		if days := int(today.Sub(t).Hours() / 24); days >= 0 && days <= 365 {
			recent++
		}
	}
	return min(100, round1(100*float64(recent)/people)), true
}
