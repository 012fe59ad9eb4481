package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// An acknowledgement log may have a row per person and version of the
// policy sent: a person who acknowledged the previous version a year ago
// and the current one last month stands on two rows. Only the current
// version counts: of each person the row of the latest version is kept,
// and a person whose latest row is of an older version than the newest in
// the log has not acknowledged the current one.

// versionHeader names a column of the policy's version, in the seven
// languages, normalised: "Version", "Policy version", "Richtlinienversion",
// "Versión", "Versione", "Versie", "Beleidsversie", "Versão", "Vers.";
// a version's date ("Version date", "Date de version") is no version.
var versionHeader = regexp.MustCompile(`^(?:[a-z]+\s+)*(?:[a-z]*version|[a-z]*versie|versione|versao|vers)(?:\s+(?:de|of|der|des|du|la|da|del|della|di|van|het|policy|politique|politica|richtlinie|beleid|documento|document)){0,3}$`)

// versionDate marks a header of a version's date, not its number.
var versionDate = regexp.MustCompile(`\b(?:date|datum|fecha|data|gultig|valid)`)

// versionCell is a policy version as written: "5.1", "v2", "V 3.0.1".
var versionCell = regexp.MustCompile(`^[vV]?\s?(\d{1,3}(?:\.\d{1,3}){0,3})$`)

// currentVersion keeps, of the rows under head, each person's row of the
// latest version, when a version column holds a version on every row and
// someone stands on rows of two versions; outdated holds the people
// (keyed by personKey) whose latest row is of an older version than the
// log's newest. Otherwise rows are kept as they are.
func currentVersion(head []string, rows [][]string, person func([]string) string, date func([]string) (DateMatch, bool)) (kept [][]string, outdated map[string]bool) {
	col := -1
	for j, c := range head {
		h := normalizeHeader(c)
		if len(c) <= maxHeaderCell && versionHeader.MatchString(h) && !versionDate.MatchString(h) {
			col = j
			break
		}
	}
	if col < 0 {
		return rows, nil
	}
	var newest []int
	first := map[string]string{} // person → the version of their first row
	several := false             // someone stands on rows of two versions
	for _, row := range rows {
		if person(row) == "" {
			continue
		}
		v, ok := parseVersion(cell(row, col))
		if !ok {
			return rows, nil
		}
		if newerVersion(v, newest) {
			newest = v
		}
		k, c := personKey(person(row)), strings.TrimSpace(cell(row, col))
		if f, seen := first[k]; !seen {
			first[k] = c
		} else if f != c {
			several = true
		}
	}
	if !several {
		return rows, nil
	}
	kept, _, _ = latestOfEach(rows, person, func(row, earlier []string) bool {
		a, _ := parseVersion(cell(row, col))
		b, _ := parseVersion(cell(earlier, col))
		if newerVersion(a, b) || newerVersion(b, a) {
			return newerVersion(a, b)
		}
		return later(row, earlier, date)
	}, nil)
	outdated = map[string]bool{}
	for _, row := range kept {
		if person(row) == "" {
			continue
		}
		if v, _ := parseVersion(cell(row, col)); newerVersion(newest, v) {
			outdated[personKey(person(row))] = true
		}
	}
	return kept, outdated
}

// parseVersion reads a version cell into its numbers.
func parseVersion(c string) ([]int, bool) {
	m := versionCell.FindStringSubmatch(strings.TrimSpace(c))
	if m == nil {
		return nil, false
	}
	var v []int
	for _, p := range strings.Split(m[1], ".") {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil, false
		}
		v = append(v, n)
	}
	return v, true
}

// newerVersion reports whether version a is newer than b (nil is the
// oldest): "5.1" after "4.2", "1.10" after "1.9".
func newerVersion(a, b []int) bool {
	for i := 0; i < max(len(a), len(b)); i++ {
		x, y := -1, -1
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return x > y
		}
	}
	return false
}
