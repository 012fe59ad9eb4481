package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A certificate laid out side by side states its scope twice, in its own
// language on one half of the page and in English on the other. Text
// extraction writes the lines of both halves in the order they stand on
// the page: the two statements interleave, a line of each joined by " | "
// where they stand level. The statement in the certificate's language is
// told apart from the English one by its function words, by the half a
// joined line's cell stands on, and, for a line with neither, by the
// halves alternating line by line while both statements run.

// scopeLabelCell reports whether a cell is the label of a scope statement
// and returns the text after the label, if any.
func scopeLabelCell(c string) (rest string, ok bool) {
	c = strings.TrimSpace(c)
	for _, re := range scopeLabels {
		if m := re.FindStringSubmatch(c); m != nil {
			return strings.TrimSpace(m[len(m)-1]), true
		}
	}
	return "", false
}

// scopeLabels are the scope starts that are a label heading the
// statement, rather than words found inside a sentence.
var scopeLabels = []*regexp.Regexp{scopeStarts[0], scopeStarts[1], scopeLabel, scopeApplies, subjectLabel, approvalCovers, approvedFor, scopeSentence, qualifiedActivities, followingScope, systemApplies, inRespectOf}

// twinLabel reports whether a line holds a scope label alone in a cell
// other than skip (-1 for none): a second statement of the scope beside
// the one being read. A label with its statement after it on the line
// ("Scope: Software development") heads a statement of its own.
func twinLabel(l string, skip int) bool {
	for k, c := range strings.Split(l, " | ") {
		if k == skip {
			continue
		}
		if rest, ok := scopeLabelCell(c); ok && rest == "" {
			return true
		}
	}
	return false
}

// functionWords are words of each language that say which language a
// line is in; words shared with English ("in", "a", "an", "as") are left
// out. A word two of the languages share stands in both lists ("per" is
// German, Italian and Dutch: "per Hotline", "per telefoon"), so that a
// line holding it is not taken for a third language's.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "for", "to", "with", "by", "from", "on", "at", "or", "its", "their", "including", "excluding", "between"},
	"de": {"von", "und", "für", "der", "die", "das", "den", "dem", "des", "sowie", "im", "zur", "zum", "mit", "bei", "auf", "einschließlich", "ausgenommen", "per", "über", "zu", "aus", "nach"},
	"fr": {"de", "des", "du", "la", "le", "les", "et", "pour", "aux", "au", "à", "en", "dans", "avec", "sur", "par", "entre"},
	"es": {"de", "y", "para", "con", "los", "las", "el", "del", "la", "en", "al", "por", "entre"},
	"it": {"di", "della", "delle", "dei", "degli", "ed", "e", "il", "per", "la", "le", "con", "nel", "nella", "al", "alla", "del", "da", "dal", "tra"},
	"nl": {"van", "het", "voor", "en", "een", "de", "op", "met", "bij", "per", "aan", "tot", "uit", "te", "naar"},
	"pt": {"de", "da", "do", "dos", "das", "em", "com", "na", "no", "nas", "nos", "para", "e", "o", "os", "ao", "à", "pela", "pelo", "por", "entre"},
}

// fragmentLanguages returns the languages whose function words a piece of
// text holds, other than English, and whether it holds English ones.
// Acronyms ("DIN EN ISO") are no words of a language.
func fragmentLanguages(s string) (langs []string, english bool) {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:()«»\"")
		if w == "" || utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w {
			continue
		}
		w = strings.ToLower(w)
		for lang, words := range functionWords {
			if slices.Contains(words, w) {
				if lang == "en" {
					english = true
				} else if !slices.Contains(langs, lang) {
					langs = append(langs, lang)
				}
			}
		}
	}
	return langs, english
}

// The statement a line or cell of two interleaved statements belongs to.
const (
	neither = iota
	ownStatement
	englishStatement
)

// sideBySideScope reads the statement in the certificate's own language
// out of two statements that interleave, from the lines from start on. It
// returns the statement and the lines it was read from, or ok false when a
// line cannot be told to belong to one or the other.
func sideBySideScope(lines []string, start int) (scope, quote string, ok bool) {
	end := min(len(lines), start+maxSideBySide)
	ownSide := ownHalf(lines[start:end])
	var (
		parts, quoted []string
		langs         []string // the languages every line of the statement may be in
		englishLabel  bool
		englishState  = neither // begun (ownStatement as "open") or ended (englishStatement)
		prev          = neither // the statement of the line above, when it stood alone
	)
	for j := start; j < end; j++ {
		l := lines[j]
		if l == "" || signatureLine(l) || placeDateLine(l) || bodyLabelAt(l) {
			return "", "", false
		}
		cells := strings.Split(l, " | ")
		last := len(cells) - 1
		line := neither
		for k, c := range cells {
			c = strings.TrimSpace(c)
			if rest, isLabel := scopeLabelCell(c); isLabel {
				if rest != "" {
					return "", "", false
				}
				line = cellLanguage(c)
				switch {
				case line == englishStatement:
					englishLabel = true
				case line == neither && englishLabel:
					line = ownStatement
				}
				continue
			}
			if otherColumn(c) || strings.Contains(c, "27001") {
				continue
			}
			kind := cellLanguage(c)
			if kind == neither {
				switch {
				case last > 0 && ownSide >= 0 && (k == 0 || k == last):
					kind = englishStatement
					if min(k, 1) == ownSide {
						kind = ownStatement
					}
				case last > 0:
					return "", "", false
				case englishState == englishStatement:
					kind = ownStatement
				case prev != neither:
					// Both statements run: their lines alternate.
					kind = ownStatement + englishStatement - prev
				default:
					return "", "", false
				}
			}
			line = kind
			if kind == englishStatement {
				englishState = ownStatement
				if sentenceEnds(c) {
					englishState = englishStatement
				}
				continue
			}
			ls, _ := fragmentLanguages(c)
			if len(ls) > 0 {
				if langs != nil {
					ls = slices.DeleteFunc(ls, func(x string) bool { return !slices.Contains(langs, x) })
					if len(ls) == 0 {
						return "", "", false // lines of two other languages: not one statement
					}
				}
				langs = ls
			}
			parts = append(parts, c)
			if len(quoted) == 0 || quoted[len(quoted)-1] != l {
				quoted = append(quoted, l)
			}
			if sentenceEnds(c) {
				return joinWrapped(parts), strings.Join(quoted, " "), true
			}
		}
		prev = neither
		if last == 0 {
			prev = line
		}
	}
	return "", "", false
}

// ownHalf returns the half of the page the statement in the certificate's
// own language stands on, 0 for the left and 1 for the right, from the
// joined lines with an English cell at one end: the other end is the own
// language's half. It is -1 when no line says or two lines disagree.
func ownHalf(lines []string) int {
	side := -1
	for _, l := range lines {
		cells := strings.Split(l, " | ")
		last := len(cells) - 1
		if last == 0 {
			continue
		}
		left, right := statementCell(cells[0]), statementCell(cells[last])
		s := -1
		switch {
		case left == englishStatement && right != englishStatement:
			s = 1
		case right == englishStatement && left != englishStatement:
			s = 0
		}
		if s >= 0 {
			if side >= 0 && side != s {
				return -1
			}
			side = s
		}
	}
	return side
}

// statementCell says which statement a cell belongs to by its words, if it
// is a scope label or a line of a statement: the other cells beside them
// (labels, dates, numbers, the standard) belong to neither.
func statementCell(c string) int {
	if _, ok := scopeLabelCell(c); !ok && (otherColumn(c) || strings.Contains(c, "27001")) {
		return neither
	}
	return cellLanguage(c)
}

// maxSideBySide bounds how many lines two interleaved statements take.
const maxSideBySide = 24

// cellLanguage says whether a cell is in English, in another language, or
// cannot be told (none). A label is English when it holds an English
// function word or a word of an English label.
func cellLanguage(c string) int {
	langs, english := fragmentLanguages(c)
	switch {
	case english && len(langs) == 0:
		return englishStatement
	case len(langs) > 0 && !english:
		return ownStatement
	case !english && len(langs) == 0 && englishLabelWord.MatchString(c):
		if _, ok := scopeLabelCell(c); ok {
			return englishStatement
		}
	}
	return neither
}

// englishLabelWord is a word only an English scope label holds.
var englishLabelWord = regexp.MustCompile(`(?i)\b(?:registered|registration|activities|approval|applies|certified)\b`)

// bodyLabelAt reports whether a line starts with the certification body's
// label, as the signature block under the statements does.
func bodyLabelAt(l string) bool {
	loc := bodyLabel.FindStringIndex(l)
	return loc != nil && loc[0] <= 40
}
