package facts

import (
	"regexp"
	"slices"
	"strings"
)

// The header rows of tables printed after a scope: a grid of sites
// against the scope's numbered activities, and a table of sites whose
// last column gives each site its part of the scope. Neither is a scope,
// and the second names its sites only in its first column.

// scopePart heads the column of a site table giving each site its part of
// the scope, in the seven languages: "Part of the scope carried out here",
// "Teil des Geltungsbereichs", "Partie du périmètre exercée", "Parte del
// alcance realizada allí", "Parte del campo svolta", "Deel van het
// toepassingsgebied", "Parte do âmbito exercida".
var scopePart = regexp.MustCompile(`(?i)(?:^|\s)(?:part|partie|parte|teil|anteil|deel)\s+` +
	`(?:of\s+the|du|de\s+la|de\s+l['’]|del|dello|della|des|der|am|do|da|van\s+het|van\s+de)\s+` +
	`(?:` + scopeNouns + `|campo|perimetro|werkterrein|t(?:ä|ae|a)tigkeitsbereich)`)

// gridMark is a cell of a grid of sites against activities: a column's
// number in its header, or a tick, cross or dash in its rows.
var gridMark = regexp.MustCompile(`^(?:\d{1,2}|[✓✔✗✘×–—-])$`)

// gridLine reports whether a line is a row of a grid of sites against
// numbered activities: a few words of label then two marks or more, the
// header's marks numbering the columns 1, 2, 3 in turn ("Premises covered
// 1 2 3", "Betrokken vestiging | 1 | 2"), a row's being ticks and dashes
// ("Nakuru ✓ – ✓"). A scope never reads so.
func gridLine(l string) bool {
	label, marks := gridCells(l)
	if len(marks) < 2 || len(label) == 0 || len(label) > 4 || strings.ContainsAny(strings.Join(label, " "), "0123456789.,;:") {
		return false
	}
	if !startsDigit(marks[0]) {
		// Ticks and dashes only: a row of the grid.
		for _, m := range marks {
			if startsDigit(m) {
				return false
			}
		}
		return true
	}
	// Column numbers: 1, 2, 3 in turn, as a header numbers them, after a
	// word for the sites ("Premises covered", "Erfasste Betriebsstätte"):
	// "Support for releases 1 2" is a scope's line.
	if !slices.ContainsFunc(label, func(w string) bool { return siteNoun.MatchString(w) || siteHead.MatchString(w) }) {
		return false
	}
	for k, m := range marks {
		if m != string(rune('1'+k)) {
			return false
		}
	}
	return true
}

// gridCells splits a line into the words of its label and the marks after
// them, its cells' bars left out.
func gridCells(l string) (label, marks []string) {
	words := strings.Fields(strings.ReplaceAll(l, "|", " "))
	n := len(words)
	for n > 0 && gridMark.MatchString(words[n-1]) {
		n--
	}
	return words[:n], words[n:]
}

// siteGrid reads the sites of a grid of sites against the scope's
// numbered activities: the first column names the sites, one a row, the
// header row ("Premises covered | 1 | 2 | 3") never does. ok says the first
// line is such a header; sites is nil when a row under it does not read as
// a row of the grid with a mark for each numbered column (a name with an
// address, a cell left out), as which words name the site cannot be told.
// row is the last site's row.
func siteGrid(lines []string) (sites []string, row string, ok bool) {
	label, cols := gridCells(lines[0])
	if !gridLine(lines[0]) || !startsDigit(cols[0]) || !siteHeading(strings.Join(label, " ")) {
		return nil, "", false
	}
	for _, l := range lines[1:] {
		name, marks := gridCells(l)
		if len(marks) == 0 {
			break
		}
		if len(marks) != len(cols) || !gridLine(l) || startsDigit(marks[0]) {
			return nil, "", true
		}
		if s := strings.Join(name, " "); !slices.Contains(sites, s) && len(sites) < maxListItems {
			sites = append(sites, s)
			row = l
		}
	}
	return sites, row, true
}

// runTogetherHeader reports whether a line is a site table's header row
// whose cells the text extraction ran together ("Establecimiento Domicilio
// del establecimiento Parte del alcance realizada allí"): a site heading
// first, then two more column headings, an address or a part of the
// scope, and no sentence's punctuation.
func runTogetherHeader(l string) bool {
	words := strings.Fields(l)
	if len(words) < 3 || strings.ContainsAny(l, ".,;:|") || !siteHeading(words[0]) {
		return false
	}
	more := 0
	if scopePart.MatchString(l) {
		more++
	}
	for _, w := range words[1:] {
		if siteColumns.MatchString(w) && !siteActivity.MatchString(w) {
			more++
		}
	}
	return more >= 2
}

// tableHeaderLine reports whether a line heads a table of sites, its cells
// parted or run together: a scope stops there.
func tableHeaderLine(l string) bool {
	_, _, ok := siteHeaderRow(l)
	return ok || runTogetherHeader(l)
}
