package facts

import (
	"regexp"
	"slices"
	"strings"
)

// Labels printed letter-spaced or in small capitals, which text extraction
// parts into letters standing alone ("V A L I D  U N T I L", "N U M É R O
// D E  C E R T I F I C A T :") or into a capital standing before the rest
// of its word ("A pproval number", "C ERTIFICATE N O."). Every reader mends
// them one way: a line is rewritten only where the rewriting makes more of
// that reader's labels, and only as far as those labels need, so a letter
// that is a word ("A aprovação abrange:", "y", "à") stays as printed.

// labelReader says what a reader takes for its labels: count gives how
// many a line holds; words, when not nil, the words they are made of, by
// which a run of letters printed without wider gaps between its words
// ("E X P I R Y D A T E") is parted into them.
type labelReader struct {
	count func(string) int
	words func() map[string]bool
}

// spacedRun is a run of characters each standing alone: letters, and the
// stops, colons, apostrophes and ordinal signs labels are written with.
// One space parts its letters, two or three its words; wider gaps are a
// table's columns and end it.
var spacedRun = regexp.MustCompile(`(?:^|[^\p{L}\p{N}'’])([\p{L}.:'’°º](?: {1,3}[\p{L}.:'’°º])+)(?:[^\p{L}\p{N}'’]|$)`)

// smallCap is a capital standing alone before the rest of its word, in
// lower case or in the smaller capitals of small caps ("C ertificate",
// "C ERTIFICATE N O.").
var smallCap = regexp.MustCompile(`(?:^|[\s(/])((\p{Lu}) (\p{Ll}{2,}|\p{Lu}+\b))`)

// joinSmallCaps joins each capital parted from the rest of its word.
func joinSmallCaps(s string) string {
	return smallCap.ReplaceAllStringFunc(s, func(m string) string {
		sm := smallCap.FindStringSubmatchIndex(m)
		return m[:sm[2]] + m[sm[4]:sm[5]] + m[sm[6]:]
	})
}

// joinLabels gives lines with the label words text extraction parted
// joined, where joining makes more of r's labels, and for each line it
// changed the line as printed, for quotes.
func joinLabels(lines []string, r labelReader) ([]string, map[int]string) {
	var printed map[int]string
	out := lines
	for i, l := range lines {
		j := joinLabelWords(l, r)
		if j == l {
			continue
		}
		if printed == nil {
			out, printed = slices.Clone(lines), map[int]string{}
		}
		out[i], printed[i] = j, l
	}
	return out, printed
}

// joinedLabels is joinLabels for a reader that quotes nothing.
func joinedLabels(lines []string, r labelReader) []string {
	out, _ := joinLabels(lines, r)
	return out
}

// join is one rewriting of a line: the text from start to end written as
// with.
type join struct {
	start, end int
	with       string
}

// joinLabelWords gives l with its parted words joined where that makes more of
// r's labels, or l. Every join is made; then each the labels do not need
// is undone, so text beside a label stays as printed.
func joinLabelWords(l string, r labelReader) string {
	if !strings.Contains(l, " ") || !spacedRun.MatchString(l) && !smallCap.MatchString(l) {
		return l
	}
	before := -1
	for _, segmented := range []bool{true, false} {
		js := joins(l, r, segmented)
		if len(js) == 0 || len(js) > maxJoins {
			continue
		}
		if before < 0 {
			before = r.count(l)
		}
		if r.count(apply(l, js, nil)) <= before {
			continue
		}
		skip := make([]bool, len(js))
		for k := range js {
			skip[k] = true
			if r.count(apply(l, js, skip)) <= before {
				skip[k] = false
			}
		}
		return apply(l, js, skip)
	}
	return l
}

// maxSpacedRun is the longest run of letters standing alone that may be
// a label; maxJoins the most joins a line of labels needs. Text beyond
// either is no label's, and its lines are long: bounding them keeps the
// reading of such text linear.
const (
	maxSpacedRun = 160
	maxJoins     = 12
)

// joins lists, in order, the ways l's parted words can be joined: each run
// of letters standing alone, its words told apart by wider gaps or, when
// segmented and r knows its words, parted into them; then each capital
// standing before the rest of its word outside those runs.
func joins(l string, r labelReader, segmented bool) []join {
	var js []join
	for _, m := range spacedRun.FindAllStringSubmatchIndex(l, -1) {
		if m[3]-m[2] > maxSpacedRun {
			continue
		}
		js = append(js, join{m[2], m[3], joinSpaced(l[m[2]:m[3]], r, segmented)})
	}
	for _, m := range smallCap.FindAllStringSubmatchIndex(l, -1) {
		if !slices.ContainsFunc(js, func(j join) bool { return m[2] < j.end && j.start < m[3] }) {
			js = append(js, join{m[2], m[3], l[m[4]:m[5]] + l[m[6]:m[7]]})
		}
	}
	slices.SortFunc(js, func(a, b join) int { return a.start - b.start })
	return js
}

// apply writes l with the joins not skipped.
func apply(l string, js []join, skip []bool) string {
	var b strings.Builder
	from := 0
	for k, j := range js {
		if skip != nil && skip[k] {
			continue
		}
		b.WriteString(l[from:j.start])
		b.WriteString(j.with)
		from = j.end
	}
	b.WriteString(l[from:])
	return b.String()
}

// wordGap parts the words of a letter-spaced run.
var wordGap = regexp.MustCompile(` {2,}`)

// joinSpaced writes a run of spaced letters as words: words are apart by
// two spaces or more when the run has such gaps; else, when segmented,
// each stretch of letters is parted into the fewest of r's words, and is
// one word when they cannot make it.
func joinSpaced(run string, r labelReader, segmented bool) string {
	if wordGap.MatchString(run) {
		var words []string
		for _, w := range wordGap.Split(run, -1) {
			words = append(words, strings.ReplaceAll(w, " ", ""))
		}
		return strings.Join(words, " ")
	}
	closed := strings.ReplaceAll(run, " ", "")
	if !segmented || r.words == nil {
		return closed
	}
	// Stops, colons and apostrophes stay where they are ("d'émission").
	return letters.ReplaceAllStringFunc(closed, func(w string) string {
		if ws, ok := segment(w, r.words()); ok {
			return strings.Join(ws, " ")
		}
		return w
	})
}

// letters is a stretch of letters.
var letters = regexp.MustCompile(`\p{L}+`)

// segment parts a word run together into the fewest of words that make
// it, or fails.
func segment(s string, words map[string]bool) ([]string, bool) {
	rs := []rune(s)
	lower := []rune(strings.ToLower(s))
	if len(rs) == 0 || len(lower) != len(rs) || len(rs) > 60 {
		return nil, false
	}
	// best[i] is the fewest words that make rs[:i], from[i] where the
	// last of them starts.
	best, from := make([]int, len(rs)+1), make([]int, len(rs)+1)
	for i := 1; i <= len(rs); i++ {
		best[i] = -1
		for j := 0; j < i; j++ {
			if best[j] < 0 || !words[string(lower[j:i])] {
				continue
			}
			if best[i] < 0 || best[j]+1 < best[i] {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	if best[len(rs)] < 0 {
		return nil, false
	}
	var out []string
	for i := len(rs); i > 0; i = from[i] {
		out = append(out, string(rs[from[i]:i]))
	}
	slices.Reverse(out)
	return out, true
}
