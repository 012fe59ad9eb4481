package facts

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"

	"assay/app/evidence"
)

// docLines lays a document out as lines: its text line by line, then each
// table row with its cells joined by " | ", so that a label in one cell and
// its value in the next read like "Expiry date | 13 March 2027".
func docLines(doc Document) []string {
	text := strings.ReplaceAll(doc.Text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var lines []string
	if text != "" {
		lines = strings.Split(text, "\n")
	}
	for _, t := range doc.Tables {
		lines = append(lines, "")
		for _, row := range t.Rows {
			lines = append(lines, rowText(row))
		}
	}
	// reading.Read separates table cells, and the columns of a PDF laid
	// out as a table, with tabs: they become the same " | " as table rows.
	for i, l := range lines {
		if strings.Contains(l, "\t") {
			l = rowText(strings.Split(l, "\t"))
		}
		lines[i] = strings.TrimSpace(l)
	}
	return lines
}

// maxProse is how much of a document the extractors of prose
// (certificates, minutes) read. A certificate is a page or two and minutes
// rarely reach a hundred pages; a file with more text than this is read
// only this far, so that a hostile file costs bounded time.
const maxProse = 512 << 10

// proseLines is docLines for certificates and minutes: the document's
// lines up to maxProse bytes.
func proseLines(doc Document) []string {
	lines := docLines(doc)
	n := 0
	for i, l := range lines {
		if n += len(l) + 1; n > maxProse {
			return lines[:i]
		}
	}
	return lines
}

// rowText writes a table row as one line, its non-empty cells joined by
// " | ", which is also how quotes show a row.
func rowText(row []string) string {
	cells := make([]string, 0, len(row))
	for _, c := range row {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, " | ")
}

// label is one way of writing a label, with the kind of value it
// introduces and a priority among labels of that kind (1 is best).
type label struct {
	re   *regexp.Regexp
	kind string
	prio int
}

// labels compiles phrases into labels of one kind. A space in a phrase
// matches any run of spaces, an accented letter also its plain form (and
// ä, ö, ü also ae, oe, ue), and phrases match whole words only.
func labels(kind string, prio int, phrases ...string) []label {
	out := make([]label, len(phrases))
	for i, p := range phrases {
		out[i] = label{re: phraseRe(p), kind: kind, prio: prio}
	}
	return out
}

// phraseRe compiles a phrase as labels do. Go's \b knows only ASCII
// letters, so the boundaries are written out, the one before the phrase
// as a group that findPhrases leaves out of the match.
func phraseRe(p string) *regexp.Regexp {
	p = strings.ReplaceAll(p, " ", `\s+`)
	p = accentFold.Replace(p)
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(` + p + `)(?:[^\p{L}\p{N}]|$)`)
}

// accentFold lets a phrase match text written with or without accents,
// and accented letters as OCR often misreads them (ä, ö, g: "Data de
// expiracäo", "certificagao", "Fecha de emisiön").
var accentFold = strings.NewReplacer(
	"á", "[áaä]", "à", "[àa]", "â", "[âa]", "ã", "[ãaä]", "é", "[ée]", "è", "[èe]", "ê", "[êe]",
	"í", "[íi]", "ì", "[ìi]", "î", "[îi]", "ó", "[óoö]", "ò", "[òo]", "ô", "[ôo]", "õ", "[õoö]",
	"ú", "[úuü]", "ù", "[ùu]", "û", "[ûu]", "ç", "[çcg]", "ñ", "[ñn]",
	"ä", "(?:ä|ae|a)", "ö", "(?:ö|oe|o)", "ü", "(?:ü|ue|u)", "ß", "(?:ß|ss)")

// anyLabels holds, for each set of labels, one expression matching any
// of them, so that text holding none (most lines) is read once rather
// than once per label.
var anyLabels sync.Map // *label (the set's first) → *regexp.Regexp

// hasLabel reports whether s holds any label of set.
func hasLabel(s string, set []label) bool {
	if len(set) == 0 {
		return false
	}
	re, ok := anyLabels.Load(&set[0])
	if !ok {
		alts := make([]string, len(set))
		for i, l := range set {
			alts[i] = `(?:` + l.re.String() + `)`
		}
		re, _ = anyLabels.LoadOrStore(&set[0], regexp.MustCompile(strings.Join(alts, "|")))
	}
	return re.(*regexp.Regexp).MatchString(s)
}

// findPhrases returns where a phrase compiled by phraseRe stands in s,
// without the characters around it that bound it.
func findPhrases(re *regexp.Regexp, s string) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		m := re.FindStringSubmatchIndex(s[from:])
		if m == nil {
			break
		}
		out = append(out, []int{from + m[2], from + m[3]})
		// The character that ends one match may start the next.
		from += m[3]
	}
	return out
}

// maxLabelGap is how far, in characters other than spaces and
// punctuation, a label may stand before its value ("Expiry date of this
// certificate: …" still counts; a label two sentences back does not).
const maxLabelGap = 30

// lastLabel finds the label that ends closest to the end of seg, the text
// written just before a value. Of labels ending at the same place the
// longest wins, so "original certification date" beats "certification
// date".
func lastLabel(seg string, set []label) (label, bool) {
	best, bestStart, bestEnd := label{}, 0, -1
	if !hasLabel(seg, set) {
		return label{}, false
	}
	for _, l := range set {
		for _, m := range findPhrases(l.re, seg) {
			if m[1] > bestEnd || m[1] == bestEnd && m[0] < bestStart {
				best, bestStart, bestEnd = l, m[0], m[1]
			}
		}
	}
	if bestEnd < 0 || gap(seg[bestEnd:]) > maxLabelGap {
		return label{}, false
	}
	return best, true
}

// allLabels returns every label in s, in order of position, skipping
// labels nested inside a longer one.
func allLabels(s string, set []label) []label {
	type hit struct {
		l          label
		start, end int
	}
	var hits []hit
	if !hasLabel(s, set) {
		return nil
	}
	for _, l := range set {
		for _, m := range findPhrases(l.re, s) {
			hits = append(hits, hit{l, m[0], m[1]})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	var out []label
	end := -1
	for _, h := range hits {
		if h.start >= end {
			out = append(out, h.l)
			end = h.end
		}
	}
	return out
}

// gap counts the characters in s that are neither spaces nor punctuation.
func gap(s string) int {
	n := 0
	for _, r := range s {
		if !strings.ContainsRune(" \t:|-–—,.;()[]=>*#", r) {
			n++
		}
	}
	return n
}

// dated is a date found in the document with the label that introduces it.
type dated struct {
	DateMatch
	line  int    // index into the document's lines
	text  string // the whole line, for quoting
	kind  string // the label's kind; "" when the date has no label
	prio  int
	title bool // the date sits in the document's first lines
}

// titleLines is how many non-empty lines at the top of a document count as
// its title block.
const titleLines = 3

// labelledDates finds every date in lines and the label written before it:
// on the same line (since the previous date), or, when the date stands
// alone, on the line above ("Expiry date" over "13 March 2027", or a row of
// column headers over a row of dates).
func labelledDates(lines []string, set []label, monthFirst bool) []dated {
	return labelledDatesIn(lines, set, orderOf(monthFirst))
}

// labelledDatesIn is labelledDates reading numeric dates in the given
// order; under OrderUnknown an ambiguous date keeps both readings.
func labelledDatesIn(lines []string, set []label, order DateOrder) []dated {
	var out []dated
	prev := -1 // the last non-empty line
	var prevDates []DateMatch
	nonEmpty := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		nonEmpty++
		ms := DatesIn(l, order)
		var above []label
		aboveRead := false
		from := 0
		for j, m := range ms {
			d := dated{DateMatch: m, line: i, text: l, title: nonEmpty <= titleLines}
			seg := l[from:m.Start]
			if len(seg) > maxLabelSpan {
				// A label is a few words right before its value; looking
				// further back only costs time on hostile input.
				seg = seg[len(seg)-maxLabelSpan:]
			}
			if lb, ok := lastLabel(seg, set); ok {
				d.kind, d.prio = lb.kind, lb.prio
			} else if gap(seg) == 0 && prev >= 0 && len(prevDates) == 0 && len(lines[prev]) <= maxLabelRow {
				if !aboveRead {
					above, aboveRead = allLabels(lines[prev], set), true
				}
				switch {
				case len(above) == len(ms):
					d.kind, d.prio = above[j].kind, above[j].prio
				case len(above) == 1 && len(ms) == 1:
					d.kind, d.prio = above[0].kind, above[0].prio
				}
				if d.kind != "" {
					d.text = lines[prev] + " " + l
				}
			} else if lb, ok := labelAboveCell(l, m, lines, prev, prevDates, set); ok {
				d.kind, d.prio = lb.kind, lb.prio
				d.text = lines[prev] + " " + l
			}
			out = append(out, d)
			from = m.End
		}
		prev, prevDates = i, ms
	}
	return out
}

// labelAboveCell reads the label of a date that fills the last cell of its
// line while the line above ends in a cell holding only a label: a column
// of labels and values beside a column of prose ("… conforme ai requisiti
// di | 28/03/2023" under "Data emissione corrente").
func labelAboveCell(l string, m DateMatch, lines []string, prev int, prevDates []DateMatch, set []label) (label, bool) {
	if prev < 0 || len(prevDates) > 0 || len(lines[prev]) > maxLabelRow {
		return label{}, false
	}
	start := strings.LastIndex(l[:m.Start], " | ")
	if start < 0 || gap(l[start:m.Start]) > 0 || gap(l[m.End:]) > 0 {
		return label{}, false
	}
	// Only a label alone on its line: under a row of column headers the
	// date's column may head the dates of another standard's row.
	cell := lines[prev]
	if strings.Contains(cell, " | ") || len(cell) > maxLabelCell {
		return label{}, false
	}
	ls := allLabels(cell, set)
	if len(ls) != 1 {
		return label{}, false
	}
	for _, p := range findPhrases(ls[0].re, cell) {
		if gap(cell[p[1]:]) == 0 {
			return ls[0], true
		}
	}
	return label{}, false
}

// maxLabelCell is how long a cell holding only a label may be.
const maxLabelCell = 60

// maxLabelSpan is how far back before a date a label is looked for, and
// maxLabelRow how long a line of labels over a line of dates may be.
const (
	maxLabelSpan = 200
	maxLabelRow  = 300
)

// dateFact is a date read as a fact, quoting its line: doubtful, with both
// readings, when the document does not say how to read it (why says what
// the document shows of its order).
func dateFact(d dated, why string) evidence.Fact[evidence.Date] {
	if d.Ambiguous() {
		readings := make([]evidence.Date, len(d.Readings))
		for i, r := range d.Readings {
			readings[i] = evidence.DateOf(r)
		}
		return doubtful(d.text, AmbiguousDate(d.DateMatch, why), readings...)
	}
	return known(evidence.DateOf(d.Date), d.text)
}

// pick returns the date of the given kind with the best priority, the
// first one on ties.
func pick(ds []dated, kind string) (dated, bool) {
	var best dated
	found := false
	for _, d := range ds {
		if d.kind == kind && (!found || d.prio < best.prio) {
			best, found = d, true
		}
	}
	return best, found
}

// labelLine matches a line that starts a new labelled block ("Sites:",
// "Certificate number | …"), which ends the block before it.
var labelLine = regexp.MustCompile(`^[\p{L}][\p{L}\p{N} /()'’&.#\-]{0,40}\s*(?::|\|)`)
