package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// An official form prints each detail in a numbered box, its label above
// or before its value: "5. Certificate No.", "6) Issue date", "Feld 7
// Zertifikatsnummer", "Champ 4 Périmètre", "Casilla 5", "Campo 5", "Veld 5",
// "Quadro 5". A box's number is no part of any value: a value ends where
// the next box's label begins, and a box whose label is followed on its
// line by the next box's has its value elsewhere (under it, in its column).
const fieldWord = `(?:feld|field|box|champ|case|rubrique|casilla|recuadro|campo|casella|riquadro|veld|vak|rubriek|quadro)`

var (
	// fieldIndexBefore is the box's number alone before its label, in the
	// label's cell: "5. ", "6) ", "Feld 7 ".
	fieldIndexBefore = regexp.MustCompile(`(?i)^\s*(?:` + fieldWord + `\s+(\d{1,2})[.):]?|(\d{1,2})[.)])\s*$`)
	// fieldIndexStart is a box's number starting a cell or a line, before
	// the words of its label: "| 6. Data da certificação inicial".
	fieldIndexStart = regexp.MustCompile(`(?i)^\s*(?:\|\s*)?(?:` + fieldWord + `\s+(\d{1,2})[.):]?|(\d{1,2})[.)])\s+\p{L}`)
	// fieldIndexInside is a box's number after a sentence's end on the
	// same line, before its label: "… is excluded. 5. Certificate No.".
	fieldIndexInside = regexp.MustCompile(`(?i)[.;]\s+(?:` + fieldWord + `\s+(\d{1,2})[.):]?|(\d{1,2})[.)])\s+\p{Lu}`)
)

// fieldIndex reads the box's number of a match of one of the patterns
// above, whichever group holds it.
func fieldIndex(m []string) int {
	for _, g := range m[1:] {
		if g != "" {
			n, _ := strconv.Atoi(g)
			return n
		}
	}
	return 0
}

// labelField is the number of the box whose label starts at at in l, if
// the label is numbered: the text of its cell before it is a box's number
// alone.
func labelField(l string, at int) (int, bool) {
	before := l[:at]
	if i := strings.LastIndex(before, " | "); i >= 0 {
		before = before[i+3:]
	}
	m := fieldIndexBefore.FindStringSubmatch(before)
	if m == nil {
		return 0, false
	}
	return fieldIndex(m), true
}

// nextField reports whether s starts with the label of a box numbered
// after the box n: a later box of the same form, not an item of a list
// the value holds ("1. hosting; 2. support" under box 4 starts at 1).
func nextField(s string, n int) bool {
	m := fieldIndexStart.FindStringSubmatch(s)
	return m != nil && fieldIndex(m) > n
}

// beforeNextField cuts s where the label of a box numbered after the box n
// begins after a sentence's end on the same line, and reports whether it
// did.
func beforeNextField(s string, n int) (string, bool) {
	for _, loc := range fieldIndexInside.FindAllStringSubmatchIndex(s, -1) {
		m := make([]string, 0, 3)
		for g := 0; g < len(loc); g += 2 {
			if loc[g] < 0 {
				m = append(m, "")
				continue
			}
			m = append(m, s[loc[g]:loc[g+1]])
		}
		if fieldIndex(m) > n {
			return strings.TrimSpace(s[:loc[0]+1]), true
		}
	}
	return s, false
}

// boxListItem is the number of the item a line of a numbered list starts
// with ("2. support of …"), if it does.
func boxListItem(s string) (int, bool) {
	m := fieldIndexStart.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	return fieldIndex(m), true
}

// endsAtField reports whether next, read on after the parts of the value
// of the box n, starts the label of a later box. When the value is itself
// a numbered list ("1. hosting;" over "2. support."), a line numbering its
// next item is the list's, not a box's: such a line ends the value only
// when its number does not go on the list's count.
func endsAtField(next string, n int, parts []string) bool {
	if !nextField(next, n) {
		return false
	}
	k, _ := boxListItem(next)
	for i := len(parts) - 1; i >= 0; i-- {
		if last, ok := boxListItem(parts[i]); ok {
			return k != last+1
		}
	}
	return true
}

// boxNumber is a box's number starting a line, before its label: "4. ",
// "4) ", "Feld 4 ".
var boxNumber = regexp.MustCompile(`(?i)^\s*(?:` + fieldWord + `\s+(\d{1,2})[.):]?|(\d{1,2})[.)])\s+`)

// boxNumberStart is the number of the box whose label l starts with, after
// its number, and where the label's words begin.
func boxNumberStart(l string) (n, at int, ok bool) {
	loc := boxNumber.FindStringSubmatchIndex(l)
	if loc == nil {
		return 0, 0, false
	}
	m := []string{l[loc[0]:loc[1]], "", ""}
	for g := 1; g <= 2; g++ {
		if loc[2*g] >= 0 {
			m[g] = l[loc[2*g]:loc[2*g+1]]
		}
	}
	return fieldIndex(m), loc[1], true
}
