package facts

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A policy platform may export an acknowledgement log with a row per
// person and version of the policy sent: a person who acknowledged the
// previous version a year ago and the current one last month stands on
// two rows. Only the current version counts: the one the lines above the
// header name ("Current version: 5.1", "Version en vigueur : 5.1"), or
// else the highest of that policy's versions in the log. The rows of
// other versions are no signatures. Someone who stands only on older
// versions is still a person of the log, one who has not signed the
// current version: a colleague the new version has not reached yet is as
// likely as one who left, and dropping them would raise the share signed
// on a guess. Only a row that says they left ("Left", "Inactif",
// "Ausgeschieden": see leftWord) lets them out.
//
// Versions are compared within one policy only: a log whose policy column
// names two policies ("Acceptable Use Policy 2.0", "Information Security
// Policy 3.1") holds no history of either when nobody stands on two
// versions of the same one.

// versionHeader names a column of the policy's version, in the seven
// languages, normalised: "Version", "Policy version", "Richtlinienversion",
// "Version de la politique", "Versión", "Versione", "Versie",
// "Beleidsversie", "Versão", "Vers.". A version's date ("Version date",
// "Date de version") is no version, nor the version of a program
// ("Browser version", "App-Version").
var versionHeader = regexp.MustCompile(`^(?:[a-z]+\s+){0,3}(?:(?:richtlinien|leitlinien|dokument|dokumenten|beleids|document|documenten)?(?:version|versie)|versione|versao|vers)` +
	`(?:\s+(?:de|of|der|des|du|la|da|do|del|della|dell|di|van|het|policy|politique|politica|richtlinie|leitlinie|beleid|documento|document|dokument)){0,3}$`)

// versionNotPolicy marks a version header that is not the policy's: a
// date of the version, or the version of a program or device.
var versionNotPolicy = regexp.MustCompile(`(?:^| )(?:date|datum|fecha|data|gultig\w*|valid\w*|browser|app|client|software|os|system|systeme|sistema|systeem|agent|device|gerat|appareil|dispositivo|apparaat|firmware)(?: |$)`)

// versionCell is a policy version as written: "5.1", "v2", "V 3.0.1",
// "Version 5.1", "5.1 (current)".
var versionCell = regexp.MustCompile(`(?i)^(?:(?:version|versión|versão|versao|versione|versie|ver\.|rev\.?|v\.?)\s*)?(\d{1,3}(?:\.\d{1,3}){0,3})(?:\s*\([^()]*\))?$`)

// currentVersionLabel is a line above a log's header naming the version
// in force, followed by it, folded: "Current version: 5.1", "Version in
// force: 5.1", "Aktuelle Version: 5.1", "Gültige Fassung 5.1", "Version en
// vigueur : 5.1", "Versión vigente: 5.1", "Versione in vigore: 5.1",
// "Huidige versie: 5.1", "Versão em vigor: 5.1". A previous, next or draft
// version has no word of the present.
var currentVersionLabel = regexp.MustCompile(`(?:^|[^\p{L}])(?:` +
	`(?:current|present|active|effective|latest|valid)\s+(?:policy\s+)?version|version\s+(?:in\s+force|currently\s+in\s+force|in\s+effect)|` +
	`(?:aktuelle|gultige|geltende|neueste|derzeitige)\s+(?:(?:richtlinien|dokument)?version|fassung)|(?:version|fassung)\s+in\s+kraft|` +
	`version\s+(?:en\s+vigueur|actuelle|courante|applicable)|` +
	`version\s+(?:vigente|actual|en\s+vigor)|` +
	`versione\s+(?:in\s+vigore|vigente|corrente|attuale)|` +
	`(?:huidige|geldende|actuele|laatste)\s+(?:beleids)?versie|versie\s+van\s+kracht|` +
	`versao\s+(?:em\s+vigor|atual|vigente|corrente)` +
	`)\s*[:|;,=\-–]?\s*[v]?\s?(\d{1,3}(?:\.\d{1,3}){0,3})(?:[^\d.]|\.?$)`)

// currentVersionRows keeps, of the rows of an acknowledgement log under
// header row head, the rows of each policy's current version, when the log
// is a history of versions: each row of a policy names its version (in a
// version column, or after the policy's name: "Information Security
// Policy v5.1"), and someone stands on rows of two versions of one policy
// (the policy column's value without its version, or the one policy of a
// log without such a column). above are the rows over the header, where
// the current version may be named; date, when given, reads a row's
// signature date. Rows of a log that is no such history are kept as they
// are. When the history cannot be read surely (the version named above is
// none of the log's, someone signed an older version after the current
// one, most people stand only on older versions), the error says so.
func currentVersionRows(above [][]string, head []string, rows [][]string, person func([]string) string, date func([]string) (DateMatch, bool)) ([][]string, error) {
	col, subject := versionColumn(head), -1
	for j, h := range head {
		if len(h) <= maxHeaderCell && subjectHeader.MatchString(normalizeHeader(h)) {
			subject = j
			break
		}
	}
	if col < 0 && subject < 0 {
		return rows, nil
	}
	// versionOf reads a row's policy and version.
	versionOf := func(row []string) (string, []int, bool) {
		name := strings.Join(strings.Fields(cell(row, subject)), " ")
		if col >= 0 {
			// The policy's name may repeat the version: the name
			// without it is the policy.
			if base, _, ok := splitVersion(name); ok {
				name = base
			}
			v, ok := parseVersion(cell(row, col))
			return name, v, ok
		}
		return splitVersion(name)
	}
	type policy struct {
		versions  map[string][]int           // each version, read
		people    map[string]map[string]bool // person → their versions
		unversion bool                       // a row names no version
	}
	policies := map[string]*policy{}
	var order []string
	for _, row := range rows {
		p := person(row)
		if p == "" {
			continue
		}
		name, v, ok := versionOf(row)
		pol := policies[name]
		if pol == nil {
			pol = &policy{versions: map[string][]int{}, people: map[string]map[string]bool{}}
			policies[name] = pol
			order = append(order, name)
		}
		if !ok {
			pol.unversion = true // a row without a version: no history of versions
			continue
		}
		pol.versions[versionKey(v)] = v
		k := personKey(p)
		if pol.people[k] == nil {
			pol.people[k] = map[string]bool{}
		}
		pol.people[k][versionKey(v)] = true
	}
	named, err := namedVersion(above)
	if err != nil {
		return nil, err
	}
	current := map[string]string{} // policy → its current version's key
	for _, name := range order {
		pol := policies[name]
		history := false
		for _, vs := range pol.people {
			history = history || len(vs) > 1
		}
		if !history || pol.unversion {
			continue
		}
		if named != nil && len(policies) > 1 {
			return nil, fmt.Errorf("%w: under the header %q, the log holds versions of %d policies, and which one's current version %s is cannot be told",
				ErrUnclearRows, rowText(head), len(policies), versionKey(named))
		}
		cur := named
		if cur == nil {
			for _, v := range pol.versions {
				if cur == nil || newerVersion(v, cur) {
					cur = v
				}
			}
		}
		if _, ok := pol.versions[versionKey(cur)]; !ok {
			return nil, fmt.Errorf("%w: under the header %q, the current version %s named above the log is none of the versions its rows were sent",
				ErrUnclearRows, rowText(head), versionKey(cur))
		}
		onCurrent := 0
		for _, vs := range pol.people {
			if vs[versionKey(cur)] {
				onCurrent++
			}
		}
		if onCurrent*2 < len(pol.people) {
			return nil, fmt.Errorf("%w: under the header %q, most people stand only on versions other than the current one (%s): which rows are the current version's cannot be told surely",
				ErrUnclearRows, rowText(head), versionKey(cur))
		}
		current[name] = versionKey(cur)
	}
	if len(current) == 0 {
		return rows, nil
	}
	// outdated reads a row of a history: its policy and person's key, and
	// whether it is of another version than the current.
	outdated := func(row []string) (key string, v []int, old, history bool) {
		name, v, _ := versionOf(row)
		cur, history := current[name]
		return name + "\x00" + personKey(person(row)), v, history && versionKey(v) != cur, history
	}
	// Of those who stand only on older versions, the last row stands for
	// them, as a row of the current version not signed, unless a row of
	// theirs says they left.
	onCurrent, gone, last := map[string]bool{}, map[string]bool{}, map[string]int{}
	for i, row := range rows {
		key, _, old, history := outdated(row)
		if !history || person(row) == "" {
			continue
		}
		if !old {
			onCurrent[key] = true
		}
		last[key] = i
		gone[key] = gone[key] || slices.ContainsFunc(row, hasLeft)
	}
	var kept [][]string
	signedOn := map[string]DateMatch{} // policy and person → the current version's date
	for i, row := range rows {
		key, _, old, history := outdated(row)
		if old && person(row) != "" {
			if !onCurrent[key] && !gone[key] && last[key] == i {
				kept = append(kept, unsigned(row))
			}
			continue
		}
		kept = append(kept, row)
		if history && date != nil {
			if d, ok := date(row); ok {
				signedOn[key] = d
			}
		}
	}
	if date == nil {
		return kept, nil
	}
	// An older version signed after the current one: the versions are no
	// history of one policy, or not in the order their numbers say.
	for _, row := range rows {
		key, v, old, _ := outdated(row)
		if !old || person(row) == "" {
			continue
		}
		d, ok := date(row)
		now, okNow := signedOn[key]
		name, _, _ := versionOf(row)
		if ok && okNow && d.Date.After(now.Date) && newerVersion(mustVersion(current[name]), v) {
			return nil, fmt.Errorf("%w: under the header %q, %q signed version %s after the current version %s",
				ErrUnclearRows, rowText(head), person(row), versionKey(v), current[name])
		}
	}
	return kept, nil
}

// unsigned is a row of an older version standing for a person who has no
// row of the current version: the cells that say it was signed or not (its
// dates, its words of signing and of status) emptied, the rest (the
// person, their number, department, employment type, the policy) kept.
func unsigned(row []string) []string {
	out := slices.Clone(row)
	for j, c := range out {
		_, dated := cellDate(c, OrderUnknown)
		if dated && !pivotNumber.MatchString(strings.TrimSpace(c)) || ackSign(c) != 0 || status(c) != 0 || exempt(c) {
			out[j] = ""
		}
	}
	return out
}

// namedVersionAfter is a policy's name followed by its version, marked as
// one ("Information Security Policy v5.1", "Politique SSI (version 5.1)",
// "Richtlinie – Version 2", "Política de segurança, versão 1.2"); and
// dottedVersionAfter one followed by a bare version of two numbers or more
// ("Informatiebeveiligingsbeleid 5.1"). A bare whole number ("Annex 2",
// "Part 3") or a year is no version.
var (
	namedVersionAfter  = regexp.MustCompile(`(?i)^(.*?\S)\s*[-–—,:]?\s*(?:\(\s*|\s)(?:version|versión|versão|versao|versione|versie|fassung|vers\.|ver\.|rev\.?|v\.?)\s*(\d{1,3}(?:\.\d{1,3}){0,3})\s*\)?$`)
	dottedVersionAfter = regexp.MustCompile(`^(.*?\S)\s*[-–—,:]?\s+\(?(\d{1,3}(?:\.\d{1,3}){1,3})\)?$`)
)

// splitVersion splits a policy's name as written in a row into the name
// and the version after it (see namedVersionAfter); ok is false when it
// names none.
func splitVersion(s string) (string, []int, bool) {
	for _, re := range []*regexp.Regexp{namedVersionAfter, dottedVersionAfter} {
		if m := re.FindStringSubmatch(s); m != nil {
			v, ok := parseVersion(m[2])
			return strings.TrimSpace(m[1]), v, ok
		}
	}
	return s, nil, false
}

// versionColumn is the column of head naming the policy's version, or -1
// when none or two do.
func versionColumn(head []string) int {
	col := -1
	for j, c := range head {
		h := normalizeHeader(c)
		if len(c) > maxHeaderCell || !versionHeader.MatchString(h) || versionNotPolicy.MatchString(h) {
			continue
		}
		if col >= 0 {
			return -1
		}
		col = j
	}
	return col
}

// namedVersion is the current version the rows above a log's header name,
// or nil; naming two is an error.
func namedVersion(above [][]string) ([]int, error) {
	var named []int
	for _, row := range above {
		var filled []string
		for _, c := range row {
			if c = strings.TrimSpace(c); c != "" {
				filled = append(filled, c)
			}
		}
		m := currentVersionLabel.FindStringSubmatch(fold(strings.Join(filled, " ")))
		if m == nil {
			continue
		}
		v, ok := parseVersion(m[1])
		if !ok {
			continue
		}
		if named != nil && !slices.Equal(named, v) {
			return nil, fmt.Errorf("%w: the lines above the log name two current versions, %s and %s",
				ErrUnclearRows, versionKey(named), versionKey(v))
		}
		named = v
	}
	return named, nil
}

// parseVersion reads a version cell into its numbers, trailing zeros
// dropped, so "5", "5.0" and "v5.0.0" are one version.
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
	for len(v) > 1 && v[len(v)-1] == 0 {
		v = v[:len(v)-1]
	}
	return v, true
}

// mustVersion reads a version key made by versionKey.
func mustVersion(key string) []int {
	v, _ := parseVersion(key)
	return v
}

// versionKey writes a version's numbers back as "5.1".
func versionKey(v []int) string {
	parts := make([]string, len(v))
	for i, n := range v {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ".")
}

// newerVersion reports whether version a is newer than b: "5.1" after
// "4.2", "1.10" after "1.9", "2.1" after "2".
func newerVersion(a, b []int) bool {
	for i := 0; i < max(len(a), len(b)); i++ {
		x, y := 0, 0
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

// currentVersionColumn is, of the columns cols of a matrix's header head
// that name the policy, the current version's, when they name one policy
// in different versions ("Information Security Policy v4.2 | Information
// Security Policy v5.1"): the version named above the header, or else the
// highest. It is -1 when they are no versions of one policy, or the
// current one cannot be told.
func currentVersionColumn(above [][]string, head []string, cols []int) int {
	base := ""
	versions := map[string]int{} // version → column
	var highest []int
	for _, j := range cols {
		name, v, ok := splitVersion(strings.TrimSpace(head[j]))
		if !ok || base != "" && normalizeHeader(name) != base {
			return -1
		}
		base = normalizeHeader(name)
		if _, dup := versions[versionKey(v)]; dup {
			return -1
		}
		versions[versionKey(v)] = j
		if highest == nil || newerVersion(v, highest) {
			highest = v
		}
	}
	cur := highest
	if named, err := namedVersion(above); err != nil {
		return -1
	} else if named != nil {
		cur = named
	}
	if j, ok := versions[versionKey(cur)]; ok {
		return j
	}
	return -1
}
