package facts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A letter confirming a certificate ("To whom it may concern", "Bestätigung
// der Zertifizierung") states its dates in running prose, which the
// program that printed it wraps wherever a line is full: a label may end
// one line and its date start the next ("… and remains valid until" over
// "04/06/2025, subject to …"), and German and Dutch put the verb that says
// what a date is after it ("das aktuelle Zertifikat wurde am 17.05.2025
// ausgestellt und ist bis zum 12.05.2028 gültig"). proseDates reads both.

// maxWrapGap is how far, in characters other than spaces and punctuation,
// a label ending the line above may stand from the date starting the
// next: a verb and a preposition at most ("Die Erstzertifizierung
// erfolgte am" over "30.04.2022"), so that a label of the sentence's
// previous clause is not taken.
const maxWrapGap = 16

// proseDates labels the dates of running prose that labelledDatesIn left
// without a label: by the verb after a date, or by a label that ends the
// line above the date's first words.
func proseDates(lines []string, ds []dated) []dated {
	// Each line is judged once: a hostile line holds thousands of dates.
	prose := map[int]bool{}
	isProse := func(i int) bool {
		v, ok := prose[i]
		if !ok {
			v = !strings.Contains(lines[i], " | ") && proseLine(lines[i])
			prose[i] = v
		}
		return v
	}
	for i, d := range ds {
		l := lines[d.line]
		if d.kind != "" || !isProse(d.line) {
			continue
		}
		from := 0
		if i > 0 && ds[i-1].line == d.line {
			from = ds[i-1].End
		}
		before, wrapped := l[from:d.Start], false
		if from == 0 {
			if p := prevLine(lines, d.line); p >= 0 && isProse(p) {
				before, wrapped = proseTail(lines[p])+" "+before, true
			}
		}
		before = lastBytes(before, maxLabelSpan)
		if kind := verbAfter(before, proseAfter(lines, ds, i)); kind != "" {
			ds[i].kind, ds[i].prio, ds[i].text = kind, 1, strings.TrimSpace(before)+" "+l[d.Start:]
			continue
		}
		if !wrapped {
			continue // the label before the date on its own line was looked for already
		}
		if lb, ok := lastLabel(before, certificateDateLabels); ok && wrapGap(before, lb) <= maxWrapGap {
			ds[i].kind, ds[i].prio, ds[i].text = lb.kind, lb.prio, strings.TrimSpace(before)+" "+l[d.Start:]
		}
	}
	return ds
}

// proseLine reports whether a line is a sentence's, not a row of dates
// under a row of labels: it holds words besides its dates.
func proseLine(l string) bool {
	n, from := 0, 0
	for _, m := range FindDates(l) {
		n += letterWords(l[from:m.Start])
		from = m.End
	}
	return n+letterWords(l[from:]) >= minProseWords
}

// letterWords counts the words of two letters or more in s.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 2 {
			n++
		}
	}
	return n
}

// lastBytes is the end of s, at most n bytes of it, starting at a whole
// character.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// minProseWords is how many words of two letters or more a line of prose
// holds besides its dates.
const minProseWords = 3

// proseTail is what ends a line of prose after its last date.
func proseTail(l string) string {
	if ms := FindDates(l); len(ms) > 0 {
		return l[ms[len(ms)-1].End:]
	}
	return l
}

// proseAfter is the text after date i up to the next date, on its line
// or, when the date ends its line, at the start of the next line.
func proseAfter(lines []string, ds []dated, i int) string {
	d := ds[i]
	l := lines[d.line]
	to := len(l)
	if i+1 < len(ds) && ds[i+1].line == d.line {
		to = ds[i+1].Start
	}
	after := l[d.End:to]
	if gap(after) > 0 || to < len(l) {
		return after
	}
	n := nextLine(lines, d.line)
	if n < 0 || strings.Contains(lines[n], " | ") {
		return after
	}
	next := lines[n]
	if ms := FindDates(next); len(ms) > 0 {
		next = next[:ms[0].Start]
	}
	return after + " " + next
}

// wrapGap is how far the last match of label lb in before stands from
// its end.
func wrapGap(before string, lb label) int {
	ms := findPhrases(lb.re, before)
	if len(ms) == 0 {
		return len(before)
	}
	return gap(before[ms[len(ms)-1][1]:])
}

// verbAfter is the kind of a date that the verb after it says, in the
// languages that put the verb last: "bis zum 12.05.2028 gültig", "tot en
// met 26-06-2027 geldig", "am 17.05.2025 ausgestellt", "op 29-06-2024
// afgegeven". The word before the date must fit the verb, or it is "".
func verbAfter(before, after string) string {
	switch {
	case untilWord.MatchString(before) && validWord.MatchString(after):
		return dateExpires
	case onWord.MatchString(before) && issuedWord.MatchString(after):
		if firstWord.MatchString(before[max(0, len(before)-maxLabelGap):]) {
			return dateInitial // "erstmals am 30.04.2019 erteilt"
		}
		return dateIssued
	}
	return ""
}

var (
	untilWord  = regexp.MustCompile(`(?i)(?:^|\s)(?:bis(?:\s+(?:zum|einschlie(?:ß|ss)lich))?|tot(?:\s+en\s+met)?|t/m)\s*$`)
	validWord  = regexp.MustCompile(`(?i)^[\s,]*(?:g(?:ü|ue|u)ltig|befristet|geldig)(?:e[mnrs]?)?(?:[^\p{L}]|$)`)
	onWord     = regexp.MustCompile(`(?i)(?:^|\s)(?:am|op)\s*$`)
	issuedWord = regexp.MustCompile(`(?i)^[\s,]*(?:(?:is|werd|wurde)\s+)?(?:(?:neu|erneut|opnieuw)\s+)?(?:ausgestellt|erteilt|ausgegeben|afgegeven|uitgegeven|verleend)(?:e[mnrs]?)?(?:[^\p{L}]|$)`)
)
