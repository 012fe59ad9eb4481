package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// A learning system's attempts export has a row per attempt at a course's
// test: a person who failed and tried again stands on a row for each try,
// with its score and result. The latest attempt is the person's result, so
// a pass after a fail is a completion, and the person counts once.
// latestAttempts keeps that row of each person.

// attemptHeader names the column of an attempt's number, in the seven
// languages, normalised: "Attempt", "Attempt no.", "Try", "Versuch",
// "Tentative", "N° d'essai", "Intento", "Tentativo", "Poging",
// "Tentativa".
var attemptHeader = regexp.MustCompile(`^(?:(?:n|no|nr|num|numero|nummer|number|n[º°o])\s+(?:(?:de|of|da|do|del|di|van|d)\s+)?)?` +
	`(?:attempt|try|versuch|tentative|essai|intento|tentativo|poging|tentativa)` +
	`(?:\s+(?:n|no|nr|number|nummer|numero|n[º°o]))?$`)

// latestAttempts keeps, of the rows under header h (head as written), the
// latest of each person's rows when they are attempts at one test: the
// header names an attempt column or a score column, and the rows of each
// person agree in every column that is not the attempt's own (its number,
// date, status, score or percentage), save where one is empty, a number or
// a date. The latest is the highest attempt number, else the latest date,
// else the last in the file. Rows of people who stand once, and rows that
// differ in anything else (the modules of a programme), are kept as they
// are.
func latestAttempts(h header, head []string, rows [][]string, person func([]string) string, date func([]string) (DateMatch, bool)) [][]string {
	attempt := -1
	for j, c := range head {
		if len(c) <= maxHeaderCell && attemptHeader.MatchString(normalizeHeader(c)) {
			attempt = j
			break
		}
	}
	_, scored := h.cols[roleScore]
	if attempt < 0 && !scored {
		return rows
	}
	own := map[int]bool{attempt: true}
	for _, role := range []string{roleDate, roleStatus, roleScore, rolePercent, roleOther} {
		if j, ok := h.cols[role]; ok {
			own[j] = true
		}
	}
	for j, c := range head {
		if len(c) <= maxHeaderCell && attemptMeasure.MatchString(normalizeHeader(c)) {
			own[j] = true
		}
	}
	kept, repeated, ok := latestOfEach(rows, person,
		func(row, earlier []string) bool { return laterAttempt(row, earlier, attempt, date) },
		func(row, earlier []string) bool { return sameTest(row, earlier, own) })
	if !ok || !repeated {
		return rows
	}
	return kept
}

// attemptMeasure names a column that measures one attempt, in the seven
// languages, normalised: its duration, time spent, questions answered or
// right ("Duration", "Zeitaufwand", "Durée", "Tiempo", "Durata", "Duur",
// "Duração", "Correct answers").
var attemptMeasure = regexp.MustCompile(`\b(?:duration|time\s+spent|minutes|dauer|zeit(?:aufwand)?|duree|temps|duracion|tiempo|durata|tempo|duur|tijd|duracao|correct|richtig|correcte?s|correct[ao]s|corrett[ei]|juist|questions?|fragen|preguntas|domande|vragen|perguntas)\b`)

// sameTest reports whether two rows of one person are attempts at the same
// test: in every column but the attempt's own, their cells are equal, or
// one is empty or a date. Numbers elsewhere must agree: two people of one
// name have different employee numbers, and are two people.
func sameTest(a, b []string, own map[int]bool) bool {
	for j := 0; j < max(len(a), len(b)); j++ {
		if own[j] {
			continue
		}
		x, y := cell(a, j), cell(b, j)
		if x == y || attemptFree(x) || attemptFree(y) {
			continue
		}
		return false
	}
	return true
}

// attemptFree reports whether a cell may differ between two attempts at a
// test: empty or a date.
func attemptFree(c string) bool {
	if c == "" {
		return true
	}
	_, ok := cellDate(c, OrderUnknown)
	return ok
}

// laterAttempt reports whether row is a later attempt than earlier: by
// their attempt numbers when both have one and they differ, else by
// their dates (see later).
func laterAttempt(row, earlier []string, attempt int, date func([]string) (DateMatch, bool)) bool {
	if attempt >= 0 {
		a, errA := strconv.Atoi(strings.TrimSpace(cell(row, attempt)))
		b, errB := strconv.Atoi(strings.TrimSpace(cell(earlier, attempt)))
		if errA == nil && errB == nil && a != b {
			return a > b
		}
	}
	return later(row, earlier, date)
}
