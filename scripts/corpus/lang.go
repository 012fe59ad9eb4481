package main

import (
	"fmt"
	"strings"
	"time"
)

// months are the month names of each language the corpus is written in.
var months = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	"nl": {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	"pt": {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
}

// Date styles: how a document writes its dates.
const (
	styleISO     = "iso"       // 2027-03-14
	styleLong    = "long"      // the language's long form: 14 March 2027, 14. März 2027, 14 de marzo de 2027
	styleUSLong  = "us-long"   // March 14, 2027
	styleShort   = "short"     // 14 Mar 2027
	styleDMY     = "dmy"       // 14/03/2027
	styleMDY     = "mdy"       // 03/14/2027
	styleDotted  = "dotted"    // 14.03.2027
	styleDashed  = "dashed"    // 14-03-2027
	styleDMYDash = "d-m-y"     // 14-Mar-2027
	styleOrdinal = "ordinal"   // 14th March 2027 in English, the long form elsewhere
	styleSpaced  = "cz-dotted" // 14. 3. 2027: day and month without leading zeros, a space after each dot, as Czech writes
)

// lang lowers a language tag with a region ("en-us") to its language ("en").
func lang(tag string) string {
	l, _, _ := strings.Cut(tag, "-")
	return l
}

// formatDate writes t the way a document in language tag with date style writes it.
func formatDate(t time.Time, tag, style string) string {
	l := lang(tag)
	m := months[l][t.Month()-1]
	d, y := t.Day(), t.Year()
	switch style {
	case styleISO:
		return t.Format("2006-01-02")
	case styleUSLong:
		return fmt.Sprintf("%s %d, %d", m, d, y)
	case styleShort:
		return fmt.Sprintf("%d %s %d", d, shortMonth(m), y)
	case styleDMY:
		return t.Format("02/01/2006")
	case styleMDY:
		return t.Format("01/02/2006")
	case styleDotted:
		return t.Format("02.01.2006")
	case styleDashed:
		return t.Format("02-01-2006")
	case styleDMYDash:
		return fmt.Sprintf("%02d-%s-%d", d, shortMonth(m), y)
	case styleSpaced:
		return fmt.Sprintf("%d. %d. %d", d, int(t.Month()), y)
	case styleOrdinal:
		if l == "en" {
			return fmt.Sprintf("%d%s %s %d", d, ordinal(d), m, y)
		}
	}
	switch l {
	case "de":
		return fmt.Sprintf("%d. %s %d", d, m, y)
	case "es", "pt":
		return fmt.Sprintf("%d de %s de %d", d, m, y)
	}
	return fmt.Sprintf("%d %s %d", d, m, y)
}

// ordinal is the English suffix of a day of the month: st, nd, rd or th.
func ordinal(d int) string {
	switch {
	case d/10 == 1:
		return "th"
	case d%10 == 1:
		return "st"
	case d%10 == 2:
		return "nd"
	case d%10 == 3:
		return "rd"
	}
	return "th"
}

// shortMonth is the three-letter form of a month name ("Mar", "mär").
func shortMonth(m string) string {
	r := []rune(m)
	if len(r) <= 4 {
		return m
	}
	return string(r[:3])
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func iso(t time.Time) string { return t.Format("2006-01-02") }

// settled reports whether a careful reader can tell the day/month order of
// a document's dates: the language does it except in English, where a day
// above 12 in one of them does.
func settled(tag, style string, dates ...time.Time) bool {
	if lang(tag) != "en" || (style != styleDMY && style != styleMDY) {
		return true
	}
	for _, t := range dates {
		if t.Day() > 12 {
			return true
		}
	}
	return false
}

// readDate is what a careful reader makes of t in a document whose order
// is settled or not.
func readDate(t time.Time, settled bool) any {
	if settled || t.Day() > 12 || t.Day() == int(t.Month()) {
		return iso(t)
	}
	return uncertainValue(iso(t), iso(swapDayMonth(t)))
}
