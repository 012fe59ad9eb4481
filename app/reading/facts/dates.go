package facts

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// DateMatch is one date found in a text: where it is, as written, and the
// calendar day it names (midnight UTC). A numeric date read without knowing
// the document's order (OrderUnknown) that could name two days has a zero
// Date and both days in Readings, day-first reading first: the caller
// must keep it as uncertain rather than pick one.
type DateMatch struct {
	Start    int    // byte offset of the first character
	End      int    // byte offset just after the last character
	Text     string // the date as written
	Date     time.Time
	Readings []time.Time
}

// Ambiguous reports whether the date could name either of two days.
func (m DateMatch) Ambiguous() bool { return len(m.Readings) > 1 }

// DateOrder is the order in which a document writes the day and the month
// of its numeric dates.
type DateOrder int

// The orders of numeric dates: 14/03/2027 is day first, 03/14/2027 month
// first; OrderUnknown when nothing in the document shows which.
const (
	OrderUnknown DateOrder = iota
	DayFirst
	MonthFirst
)

// orderOf is the order of the callers that read ambiguous dates day first
// unless they know the document writes months first.
func orderOf(monthFirst bool) DateOrder {
	if monthFirst {
		return MonthFirst
	}
	return DayFirst
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

// MonthNames are the names of the months in the languages evidence files
// are written in (English, German, French, Spanish, Italian, Dutch,
// Portuguese), in lower case: full names, their usual abbreviations, and
// accented names also without their accents as plain-text exports write
// them.
var MonthNames = map[time.Month][]string{
	time.January:   {"january", "jan", "januar", "jänner", "jaenner", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"},
	time.February:  {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "febbraio", "februari", "fevereiro"},
	time.March:     {"march", "mar", "märz", "maerz", "marz", "mär", "mrz", "mars", "marzo", "maart", "mrt", "março", "marco"},
	time.April:     {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
	time.May:       {"may", "mai", "mayo", "maggio", "mag", "mei", "maio"},
	time.June:      {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
	time.July:      {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
	time.August:    {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
	time.September: {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"},
	time.October:   {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
	time.November:  {"november", "nov", "novembre", "noviembre", "novembro"},
	time.December:  {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "dic", "diciembre", "dicembre", "dezembro"},
}

// monthNumbers finds a month by any of its names.
var monthNumbers = func() map[string]time.Month {
	m := map[string]time.Month{}
	for month, names := range MonthNames {
		for _, n := range names {
			m[n] = month
		}
	}
	return m
}()

// monthPattern matches a word where a month name may stand; month then
// tells whether it is one. An alternation of every name in seven
// languages would make each date search many times slower.
const monthPattern = `(\p{L}{3,11})`

// month returns the month a word found by monthPattern names, or 0 (which
// civil refuses) when it names none.
func month(name string) int { return int(monthNumbers[strings.ToLower(name)]) }

// The date shapes evidence files use. Boundaries are checked in code rather
// than with \b so that "2026-01-15T10:22" still yields its date.
var (
	isoDate = regexp.MustCompile(`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})`)
	// "14.03.2027", "14/03/2027", "14-03-2027", and "14. 3. 2027" as
	// German and Dutch printers space a dotted date.
	numericDate = regexp.MustCompile(`(\d{1,2})([-/]|\.\s?)(\d{1,2})([-/]|\.\s?)(\d{4})`)
	// "14 March 2027", "14. März 2027", "1er janvier 2027", "14 de marzo
	// de 2027", "1° gennaio 2027".
	// "1.º de março de 2027", "1.° de marzo", "3rd day of March, 2027".
	dayMonth = regexp.MustCompile(`(?i)(\d{1,2})(?:st|nd|rd|th|er|\.?\s?[°ºª])?(?:\s+day)?(?:\s+(?:of|de|del)\s)?[\s\-./]*` + monthPattern + `\.?(?:\s+de(?:l)?)?(?:[\s,\-./]+)(\d{4})`)
	// A month in Roman numerals between the day and the year, as Italian,
	// German and Portuguese registrars write it: "28.II.2029", "1. III.
	// 2026", "28-II-2029", "1 III 2026". The month is in capitals only, so
	// that no word is taken for one.
	romanDate = regexp.MustCompile(`(\d{1,2})(\.\s?|\s|-|/)([IVX]{1,4})(\.\s?|\s|-|/)(\d{4})`)
	monthDay  = regexp.MustCompile(`(?i)` + monthPattern + `\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+|[\-/.]\s*)(\d{4})`)
)

// A timestamp's weekday before its date and time after it, as systems
// print them in the seven languages: "lun. 3 nov. 2025", "Mo, 03.11.2025",
// "03/11/2025 à 14h22", "03.11.2025 um 14:22 Uhr".
var (
	weekdayPrefix = regexp.MustCompile(`(?i)^[\s,.]*(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?` +
		`|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so` +
		`|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim` +
		`|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|gio|sab|dom` +
		`|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|wo|vr|za|zo` +
		`|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|seg|ter|qua|qui|sex|s[áa]b)\.?)?[\s,]*$`)
	timeSuffix = regexp.MustCompile(`(?i)^(?:[\s,\-–]*(?:(?:at|um|à|a|a\s+las|alle|om|às|as)\s+)?T?\d{1,2}(?::\d{2}|h\d{2}|h\b)(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm|uhr|h)?\s*(?:z|utc|gmt|cet|cest|mez|mesz|[+-]\d{2}:?\d{2})?)?[\s.,]*$`)
)

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
	m, ok := dateIn(s, orderOf(monthFirst))
	return m.Date, ok
}

// dateIn reads s as a single date as ParseDate does, numeric dates in the
// given order: under OrderUnknown, one that could name two days comes
// back ambiguous (see DateMatch).
func dateIn(s string, order DateOrder) (DateMatch, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxDateInput {
		return DateMatch{}, false
	}
	ms := DatesIn(s, order)
	if len(ms) != 1 {
		return DateMatch{}, false
	}
	m := ms[0]
	if !weekdayPrefix.MatchString(s[:m.Start]) || !timeSuffix.MatchString(s[m.End:]) {
		return DateMatch{}, false
	}
	return m, true
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
	return DatesIn(text, orderOf(monthFirst))
}

// DatesIn returns every date in text, in order of position, reading
// numeric dates in the given order. Under OrderUnknown, a numeric date that
// could name two days is returned with both (see DateMatch).
func DatesIn(text string, order DateOrder) []DateMatch {
	if !hasYear(text) {
		return nil // every date shape has a four-digit year; most lines of prose have none
	}
	var found []DateMatch
	add := func(start, end int, d time.Time, ok bool, readings ...time.Time) {
		if !ok || !boundaryBefore(text, start) || !boundaryAfter(text, end) {
			return
		}
		found = append(found, DateMatch{Start: start, End: end, Text: text[start:end], Date: d, Readings: readings})
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
		if strings.TrimSpace(g[2]) != strings.TrimSpace(g[4]) {
			continue
		}
		a, b, year := atoi(g[1]), atoi(g[3]), atoi(g[5])
		if order == OrderUnknown {
			dm, okDM := civil(year, b, a)
			md, okMD := civil(year, a, b)
			if okDM && okMD && a != b {
				add(m[0], m[1], time.Time{}, true, dm, md)
				continue
			}
		}
		d, ok := numericDMY(a, b, year, order == MonthFirst)
		add(m[0], m[1], d, ok)
	}
	for _, m := range dayMonth.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		d, ok := civil(atoi(g[3]), month(g[2]), atoi(g[1]))
		add(m[0], m[1], d, ok)
	}
	for _, m := range romanDate.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		if strings.TrimSpace(g[2]) != strings.TrimSpace(g[4]) {
			continue
		}
		d, ok := civil(atoi(g[5]), romanMonths[g[3]], atoi(g[1]))
		add(m[0], m[1], d, ok)
	}
	for _, m := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		g := groups(text, m)
		d, ok := civil(atoi(g[3]), month(g[1]), atoi(g[2]))
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

// romanMonths are the months in Roman numerals.
var romanMonths = map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}

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

// orderSign is something in a document that shows in which order it
// writes the day and the month, besides its numeric dates themselves.
type orderSign struct {
	re    *regexp.Regexp
	month int // for a date written in words, the group of its month name
	order DateOrder
	what  string // what it is, in an analyst's words
}

// in reports whether text shows the sign.
func (s orderSign) in(text string) bool {
	if s.month == 0 {
		return s.re.MatchString(text)
	}
	for _, m := range s.re.FindAllStringSubmatchIndex(text, -1) {
		if month(text[m[2*s.month]:m[2*s.month+1]]) != 0 && boundaryBefore(text, m[0]) && boundaryAfter(text, m[1]) {
			return true
		}
	}
	return false
}

// orderSigns are the signs a document's order of day and month can be
// told by: how its other dates are written and the country of its
// accreditation body. Only the United States writes months first among the
// countries certificates come from, so most signs point to day first.
// Addresses are no sign: they say where the certified company, its sites
// or its registrar are, not how the registrar writes dates, and a
// registrar without a national accreditation may follow any convention.
var orderSigns = []orderSign{
	{regexp.MustCompile(`\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b`), 0, DayFirst, "dates written with dots"},
	// The format of the dates, printed beside a label or in a footnote:
	// "DD/MM/YYYY", "TT.MM.JJJJ", "JJ/MM/AAAA", "GG/MM/AAAA",
	// "DD-MM-JJJJ"; "MM/DD/YYYY".
	{regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:dd|tt|jj|gg)[./\-](?:mm)[./\-](?:yyyy|jjjj|aaaa)(?:[^\p{L}]|$)`), 0, DayFirst, "a date format written day first"},
	{regexp.MustCompile(`(?i)(?:^|[^\p{L}])mm[./\-](?:dd)[./\-]yyyy(?:[^\p{L}]|$)`), 0, MonthFirst, "a date format written month first"},
	{dayMonth, 2, DayFirst, "dates written day first in words"},
	{monthDay, 1, MonthFirst, "dates written month first in words"},
	{regexp.MustCompile(`\b` + romanDate.String() + `\b`), 0, DayFirst, "dates written with the month in Roman numerals"},
	{regexp.MustCompile(`\b(?:UKAS|DAkkS|COFRAC|Cofrac|ACCREDIA|Accredia|ENAC|RvA|INAB|JAS-ANZ|SANAS|NABCB|DANAK|SWEDAC|FINAS|BELAC|HKAS|IPAC|EGAC|PCA)\b|(?i:\bAkkreditierung\s+Austria\b)`),
		0, DayFirst, "a European or Commonwealth accreditation body"},
	{regexp.MustCompile(`\b(?:ANAB|A2LA|IAS)\b`), 0, MonthFirst, "a US accreditation body"},
}

// languageWords are words common in certificates and reports of each
// language other than English and rare in the others (with the words of
// plain sentences, for reports and minutes as well as certificates);
// DocumentLanguages counts them.
var languageWords = map[string][]string{
	"German":     {"und", "der", "die", "das", "für", "gültig", "zertifikat", "bescheinigt", "geltungsbereich", "ausgestellt", "gemäß", "durch", "wird", "mit", "bis", "ist", "nach", "einer", "zertifizierung", "erstzertifizierung", "standorte", "standort", "ablaufdatum", "wurde", "wurden", "sind", "im", "von"},
	"French":     {"le", "les", "et", "pour", "certificat", "valable", "jusqu", "délivré", "domaine", "conformément", "selon", "aux", "société", "une", "du", "sur", "certification", "initiale", "émission", "des", "est", "ont", "été"},
	"Spanish":    {"el", "los", "las", "y", "hasta", "alcance", "según", "fecha", "emitido", "gestión", "vigencia", "caducidad", "certificación", "emisión", "válido", "sistema", "del", "por", "se", "sin", "con"},
	"Italian":    {"il", "gli", "per", "certificato", "fino", "della", "dello", "delle", "campo", "applicazione", "rilasciato", "emissione", "scadenza", "che", "gestione", "certificazione", "valido", "sono", "nel", "stato", "stata"},
	"Dutch":      {"het", "en", "van", "voor", "certificaat", "geldig", "tot", "toepassingsgebied", "afgegeven", "uitgifte", "vervaldatum", "wordt", "bij", "datum", "eerste", "certificering", "organisatie", "zijn", "een", "op", "dit", "heeft", "worden"},
	"Portuguese": {"os", "até", "âmbito", "escopo", "emissão", "validade", "não", "da", "do", "dos", "das", "gestão", "certificação", "em", "ao", "empresa", "válido", "foi", "foram", "pela", "pelo", "uma"},
}

// minLanguageWords is how many different words of a language a text must
// use to count as written in it, so that a stray "die" or "el" does not.
const minLanguageWords = 4

// DocumentLanguages lists the languages other than English that text is
// written in, in a fixed order; a bilingual certificate has two.
func DocumentLanguages(text string) []string {
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		seen[w] = true
	}
	var out []string
	for lang, words := range languageWords {
		n := 0
		for _, w := range words {
			if seen[w] {
				n++
			}
		}
		if n >= minLanguageWords {
			out = append(out, lang)
		}
	}
	slices.Sort(out)
	return out
}

// DocumentOrder decides how a document writes its numeric dates, and says
// why in words an analyst understands. A numeric date that can only be read
// one way (14/03/2027) settles it for the whole document; failing that, the
// language and the accreditation body do, when they agree. Anything else is OrderUnknown, and the reason says what is
// missing or in conflict.
func DocumentOrder(text string) (DateOrder, string) {
	var dmy, mdy string
	for _, m := range numericDate.FindAllStringSubmatch(text, -1) {
		if m[2] != m[4] {
			continue
		}
		switch a, b := atoi(m[1]), atoi(m[3]); {
		case a > 12 && a <= 31 && b <= 12 && dmy == "":
			dmy = m[0]
		case b > 12 && b <= 31 && a <= 12 && mdy == "":
			mdy = m[0]
		}
	}
	switch {
	case dmy != "" && mdy != "":
		return OrderUnknown, "the document writes dates both ways (" + dmy + ", " + mdy + ")"
	case dmy != "":
		return DayFirst, "the document writes " + dmy
	case mdy != "":
		return MonthFirst, "the document writes " + mdy
	}
	var day, month []string
	for _, lang := range DocumentLanguages(text) {
		day = append(day, lang+" text")
	}
	for _, s := range orderSigns {
		if s.in(text) {
			if s.order == DayFirst {
				day = append(day, s.what)
			} else {
				month = append(month, s.what)
			}
		}
	}
	switch {
	case len(day) > 0 && len(month) > 0:
		return OrderUnknown, "the document shows signs of both orders (" + strings.Join(day, ", ") + "; but " + strings.Join(month, ", ") + ")"
	case len(day) > 0:
		return DayFirst, strings.Join(day, ", ")
	case len(month) > 0:
		return MonthFirst, strings.Join(month, ", ")
	}
	return OrderUnknown, "nothing in the document shows whether it writes the day or the month first"
}

// AmbiguousDate says, for an analyst, which days an ambiguous numeric date
// could be and why the document does not settle it.
func AmbiguousDate(m DateMatch, why string) string {
	days := make([]string, len(m.Readings))
	for i, r := range m.Readings {
		days[i] = r.Format("2 January 2006")
	}
	return m.Text + " could be " + strings.Join(days, " or ") + ": " + why + "."
}
