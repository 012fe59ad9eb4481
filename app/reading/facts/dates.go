package facts

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DateMatch is one date found in a text: where it is, as written, and the
// calendar day it names (midnight UTC).
type DateMatch struct {
	Start int    // byte offset of the first character
	End   int    // byte offset just after the last character
	Text  string // the date as written
	Date  time.Time
}

// Years outside this range are taken for misread numbers, not dates: no
// evidence file talks about the nineteenth century or the twenty-third.
const (
	minYear = 1900
	maxYear = 2199
)

// maxDateInput bounds what ParseDate looks at; a cell or label value longer
// than this is prose, not a date.
const maxDateInput = 200

const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

// The date shapes evidence files use. Boundaries are checked in code rather
// than with \b so that "2026-01-15T10:22" still yields its date.
var (
	isoDate     = regexp.MustCompile(`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})`)
	numericDate = regexp.MustCompile(`(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4})`)
	dayMonth    = regexp.MustCompile(`(?i)(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-./]*` + monthPattern + `\.?(?:[\s,\-./]+)(\d{4})`)
	monthDay    = regexp.MustCompile(`(?i)` + monthPattern + `\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+|[\-/.]\s*)(\d{4})`)
)

var (
	weekdayPrefix = regexp.MustCompile(`(?i)^[\s,.]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?)?[\s,]*$`)
	timeSuffix    = regexp.MustCompile(`(?i)^(?:[\s,]*(?:at\s+)?T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?)?[\s.,]*$`)
)

var monthNumbers = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// ParseDate reads s as a single calendar date in any of the forms evidence
// files use: "14 March 2027", "14th Mar 2027", "March 14, 2027",
// "2027-03-14", "14.03.2027", "14/03/2027", "14-03-2027", optionally after a
// weekday ("Friday, 14 March 2027") and before a time of day. Numeric dates
// are read day first, as most certificates outside the US write them, unless
// only the month-first reading is possible (03/14/2027). Impossible dates
// (31 April) and two-digit years are rejected rather than guessed.
func ParseDate(s string) (time.Time, bool) {
	return parseDate(s, false)
}

// parseDate is ParseDate with the reading of ambiguous numeric dates
// chosen by the caller, who may know that its document writes months first.
func parseDate(s string, monthFirst bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxDateInput {
		return time.Time{}, false
	}
	ms := findDates(s, monthFirst)
	if len(ms) != 1 {
		return time.Time{}, false
	}
	m := ms[0]
	if !weekdayPrefix.MatchString(s[:m.Start]) || !timeSuffix.MatchString(s[m.End:]) {
		return time.Time{}, false
	}
	return m.Date, true
}

// FindDates returns every date in text, in order of position, reading
// ambiguous numeric dates day first as ParseDate does. Callers use the
// positions to find the label written before each date.
func FindDates(text string) []DateMatch {
	return findDates(text, false)
}

// findDates is FindDates with the reading of ambiguous numeric dates chosen
// by the caller.
func findDates(text string, monthFirst bool) []DateMatch {
	if !hasYear(text) {
		return nil // every date shape has a four-digit year; most lines of prose have none
	}
	var found []DateMatch
	add := func(start, end int, d time.Time, ok bool) {
		if !ok || !boundaryBefore(text, start) || !boundaryAfter(text, end) {
			return
		}
		found = append(found, DateMatch{Start: start, End: end, Text: text[start:end], Date: d})
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		if g[2] != g[4] {
			continue
		}
		d, ok := civil(atoi(g[1]), atoi(g[3]), atoi(g[5]))
		add(m[0], m[1], d, ok)
	}
	for _, m := range numericDate.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		if g[2] != g[4] {
			continue
		}
		d, ok := numericDMY(atoi(g[1]), atoi(g[3]), atoi(g[5]), monthFirst)
		add(m[0], m[1], d, ok)
	}
	for _, m := range dayMonth.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		d, ok := civil(atoi(g[3]), int(monthNumbers[strings.ToLower(g[2][:3])]), atoi(g[1]))
		add(m[0], m[1], d, ok)
	}
	for _, m := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		d, ok := civil(atoi(g[3]), int(monthNumbers[strings.ToLower(g[1][:3])]), atoi(g[2]))
		add(m[0], m[1], d, ok)
	}
	// Where shapes overlap, the longer reading wins: "14 March 2027" rather
	// than a fragment of it.
	slices.SortFunc(found, func(a, b DateMatch) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	out := found[:0]
	end := -1
	for _, m := range found {
		if m.Start >= end {
			out = append(out, m)
			end = m.End
		}
	}
	return out
}

// groups returns the submatches of one regexp match as strings.
func groups(text string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = text[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// numericDMY reads a numeric date as day-month-year, or month-day-year
// when that is the only possible reading or the caller asks for it.
func numericDMY(a, b, year int, monthFirst bool) (time.Time, bool) {
	switch {
	case a > 12 && b <= 12:
		return civil(year, b, a)
	case b > 12 && a <= 12:
		return civil(year, a, b)
	case monthFirst:
		return civil(year, a, b)
	}
	return civil(year, b, a)
}

// civil builds a date, refusing days the calendar does not have.
func civil(year, month, day int) (time.Time, bool) {
	if year < minYear || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// boundaryBefore reports whether a date may start at i: not in the middle
// of a word or a longer number.
func boundaryBefore(text string, i int) bool {
	return i == 0 || !isWordByte(text[i-1])
}

// boundaryAfter reports whether a date may end at i. A "T" and a digit
// after it start the time of an ISO 8601 timestamp, which is allowed.
func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	if (text[i] == 'T' || text[i] == 't') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
		return true
	}
	return !isWordByte(text[i])
}

// isWordByte reports whether b is an ASCII letter or digit, or part of a
// multi-byte letter (which is enough to refuse a boundary next to it).
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// monthFirstText reports whether the numeric dates in text are written
// month first: at least one can only be read that way and none can only
// be read day first. A US certificate's "04/01/2024" is then 1 April.
func monthFirstText(text string) bool {
	var mdy, dmy int
	for _, m := range numericDate.FindAllStringSubmatch(text, -1) {
		if m[2] != m[4] {
			continue
		}
		a, b := atoi(m[1]), atoi(m[3])
		switch {
		case a > 12 && b <= 12:
			dmy++
		case b > 12 && a <= 12:
			mdy++
		}
	}
	return mdy > 0 && dmy == 0
}

// hasYear reports whether text holds a run of four digits.
func hasYear(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
