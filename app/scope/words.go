package scope

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of a scope or service name.
type token struct {
	raw     string   // as written
	lower   string   // lower case, accents kept
	word    string   // lower case, without accents, hyphens and apostrophes
	parts   []string // the parts of a hyphenated word, as word is written
	attrib  bool     // a hyphenated attribute ("cloud-based"): its parts are not matched
	capital bool     // starts with a capital letter
	upper   bool     // written in capitals, as acronyms are
	camel   bool     // a capital after the first letter of a part, as product names have ("PayDE")
	initial bool     // first of its clause or list ("Sites: Reading"), capitalised as a matter of course
	elided  bool     // an article or preposition joined to the next word ("all'" of "all'uso")
	sep     rune     // the punctuation right after the word: ',', ':', '/', '(', ')' or 0
	depth   int      // how many brackets are open around it
	hanging bool     // it ends in a hyphen and shares the last part of a compound after a conjunction ("Lohn-")
}

// elided are the articles and prepositions French and Italian join to the
// next word with an apostrophe ("l'hébergement", "dell'erogazione").
var elided = toSet(`l d qu s n c j m t dell all dall nell sull un quell`)

// tokenize splits text into words, keeping hyphenated words together,
// splitting elided articles off and noting the punctuation after each word.
func tokenize(text string) []token {
	var toks []token
	depth := 0
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) ||
				strings.ContainsRune("-‐'’", rs[j]) && j+1 < len(rs) && (unicode.IsLetter(rs[j+1]) || unicode.IsDigit(rs[j+1]))) {
				j++
			}
			// A word hyphenated at a line end ("snow-\nclearing",
			// "manage- ment") goes on after the break, unless a
			// conjunction follows ("Hosting- und Backup-Dienste").
			for {
				k := lineBreakAfter(rs, j)
				if k < 0 {
					break
				}
				e := k
				for e < len(rs) && (unicode.IsLetter(rs[e]) || unicode.IsDigit(rs[e])) {
					e++
				}
				if conjunctions[fold(string(rs[k:e]))] {
					break
				}
				rs = append(rs[:j+1:j+1], rs[k:]...)
				j++
				for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) ||
					strings.ContainsRune("-‐'’", rs[j]) && j+1 < len(rs) && (unicode.IsLetter(rs[j+1]) || unicode.IsDigit(rs[j+1]))) {
					j++
				}
			}
			raw := string(rs[i:j])
			initial := len(toks) == 0 || toks[len(toks)-1].sep == ':' || toks[len(toks)-1].sep == '/'
			if k := strings.IndexAny(raw, "'’"); k > 0 && elided[fold(strings.ToLower(raw[:k]))] {
				a := newToken(raw[:k], depth)
				a.initial, a.elided = initial, true
				toks = append(toks, a)
				_, size := utf8.DecodeRuneInString(raw[k:])
				raw = raw[k+size:]
			}
			t := newToken(raw, depth)
			t.initial = initial || len(toks) > 0 && toks[len(toks)-1].initial && elided[toks[len(toks)-1].word]
			t.hanging = j < len(rs) && strings.ContainsRune("-‐", rs[j]) && (j+1 == len(rs) || unicode.IsSpace(rs[j+1]))
			toks = append(toks, t)
			i = j
			continue
		case r == '(' || r == '[':
			depth++
			if n := len(toks); n > 0 && toks[n-1].sep == 0 {
				toks[n-1].sep = '('
			}
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
			if n := len(toks); n > 0 {
				toks[n-1].sep = ')'
			}
		case r == ',' || r == ':' || r == '/':
			if n := len(toks); n > 0 && toks[n-1].sep == 0 {
				toks[n-1].sep = r
			}
		case r == '&' || r == '+':
			toks = append(toks, token{raw: "and", lower: "and", word: "and", depth: depth})
		}
		i++
	}
	return completeHanging(toks)
}

// completeHanging writes out a word that ends in a hyphen with the head
// of the closed compound after the conjunction that follows it, as a
// reader does: "Lohn- und Gehaltsverrechnung" is "Lohn-verrechnung und
// Gehaltsverrechnung". A hyphenated compound after it ("Hosting- und
// Backup-Dienste") is read as before. The word keeps its spelling as
// written.
func completeHanging(toks []token) []token {
	for i, t := range toks {
		if !t.hanging || i+2 >= len(toks) || !conjunctions[toks[i+1].word] || t.sep != 0 {
			continue
		}
		next := toks[i+2]
		if len(next.parts) > 1 {
			continue
		}
		tail := ""
		for _, l := range []lang{german, dutch} {
			if _, h, ok := splitCompound(next.word, l); ok {
				tail = h
				break
			}
		}
		if tail == "" {
			continue
		}
		w := newToken(t.raw+"-"+tail, t.depth)
		w.raw, w.initial, w.sep, w.hanging = t.raw+"-", t.initial, t.sep, true
		toks[i] = w
	}
	return toks
}

// conjunctions join list items in the seven languages: after a word
// ending in a hyphen they say it shares its last part with the next
// ("Hosting- und Backup-Dienste").
var conjunctions = toSet(`and or und oder sowie bzw et ou y e o u ed en of`)

// lineBreakAfter returns where the next word starts when rs[j] is a hyphen
// followed by spaces and a line break or by one space, and then a word in
// lower case: the hyphen of a word cut at a line end. -1 otherwise.
func lineBreakAfter(rs []rune, j int) int {
	if j >= len(rs) || !strings.ContainsRune("-‐", rs[j]) {
		return -1
	}
	k := j + 1
	for k < len(rs) && (rs[k] == ' ' || rs[k] == '\t' || rs[k] == '\n' || rs[k] == '\r') {
		k++
	}
	if k == j+1 || k >= len(rs) || !unicode.IsLower(rs[k]) {
		return -1
	}
	return k
}

func newToken(raw string, depth int) token {
	t := token{raw: raw, depth: depth}
	lower := strings.ToLower(raw)
	lower = strings.NewReplacer("’", "'", "‐", "-").Replace(lower)
	lower = strings.TrimSuffix(lower, "'s")
	t.lower = lower
	folded := fold(lower)
	if strings.Contains(folded, "-") {
		var parts []string
		for _, p := range strings.Split(folded, "-") {
			p = strings.ReplaceAll(p, "'", "")
			switch {
			case p == "":
			case len(parts) > 0 && len(parts[len(parts)-1]) == 1:
				// "e-mail" is one word, "email".
				parts[len(parts)-1] += p
			default:
				parts = append(parts, p)
			}
		}
		if len(parts) > 1 && attributeEndings[parts[len(parts)-1]] {
			t.attrib = true
		}
		if len(parts) > 1 {
			t.parts = parts
		}
	}
	t.word = strings.NewReplacer("-", "", "'", "").Replace(folded)
	if t.parts == nil {
		t.parts = productCompound(t.word)
	}
	first, _ := utf8.DecodeRuneInString(raw)
	t.capital = unicode.IsUpper(first)
	t.upper = raw != lower && strings.ToUpper(raw) == raw
	t.camel = !t.upper && camelCase(raw)
	return t
}

// camelCase reports whether a part of a word has a capital after its first
// letter ("PayDE"). A capital after a hyphen starts a part: German writes
// every part of a hyphenated compound with one ("Backup-Rechenzentrum").
func camelCase(raw string) bool {
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '-' || r == '‐' }) {
		if strings.ToUpper(part) == part {
			// An acronym joined to a word ("IT-diensten", "ERP-Systeme")
			// is no product's name.
			continue
		}
		_, size := utf8.DecodeRuneInString(part)
		if strings.IndexFunc(part[size:], unicode.IsUpper) >= 0 {
			return true
		}
	}
	return false
}

// compoundProducts end the compounds German and Dutch write in one word
// for a product by what it does ("Lagerverwaltungssoftware",
// "planningssoftware").
var compoundProducts = []string{"software", "plattform", "platform", "anwendung", "anwendungen", "applicatie", "applicaties", "portal", "portaal", "systeem", "systemen", "system", "systeme"}

// compoundJoints end the first part of such a compound before a joining
// "s" ("Lagerverwaltung|s|software", "planning|s|software").
var compoundJoints = []string{"ung", "heit", "keit", "schaft", "ion", "tat", "ing"}

// productCompound splits a word written as one that ends in a product
// word into the thing the product does and the product ("planning",
// "software"); nil for any other word.
func productCompound(w string) []string {
	for _, p := range compoundProducts {
		rest, ok := strings.CutSuffix(w, p)
		if !ok || len(rest) < 5 {
			continue
		}
		if base, ok := strings.CutSuffix(rest, "s"); ok && slices.ContainsFunc(compoundJoints, func(j string) bool { return strings.HasSuffix(base, j) }) {
			rest = base
		}
		return []string{rest, p}
	}
	return nil
}

// fold removes accents: "hébergement" reads "hebergement", "ß" reads "ss".
func fold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// splitClauses cuts a scope statement at sentence ends, semicolons,
// bullets and blank lines. A full stop ends a sentence only before a space
// and not after a common abbreviation or an initial.
func splitClauses(scope string) []string {
	scope = strings.ReplaceAll(scope, "\r", "\n")
	var out []string
	start := 0
	cut := func(end, next int) {
		if s := strings.TrimSpace(scope[start:end]); s != "" {
			out = append(out, s)
		}
		start = next
	}
	for i := 0; i < len(scope); {
		r, size := utf8.DecodeRuneInString(scope[i:])
		// "(version 2) and hosting" closes a bracket: no number of a list.
		open := strings.Count(scope[start:i], "(") > strings.Count(scope[start:i], ")")
		if n := enumerator(scope[i:]); n > 0 && (i == 0 || scope[i-1] == ' ' || scope[i-1] == '\t' || scope[i-1] == ':') &&
			!(open && scope[i] != '(' && strings.Contains(scope[i:i+n], ")")) {
			// "1. Lohnabrechnung 2. Hosting", "(a) payroll (b) hosting":
			// each numbered activity is an item of its own.
			cut(i, i+n)
			i += n
			continue
		}
		switch {
		case r == ';' || r == '!' || r == '?' || r == '•' || r == '·':
			cut(i, i+size)
		case r == '.' && (i+1 == len(scope) || scope[i+1] == ' ' || scope[i+1] == '\n') && !abbreviationBefore(scope[:i]):
			cut(i, i+size)
		case r == '\n':
			rest := strings.TrimLeft(scope[i+1:], " \t")
			if strings.HasPrefix(rest, "\n") || bulletStart(rest) {
				cut(i, i+size)
			}
		}
		i += size
	}
	cut(len(scope), len(scope))
	return out
}

// enumerator returns the length of the number or letter, with its
// punctuation and the space after it, that a scope writes before each of
// its activities ("1. ", "2) ", "(3) ", "4° ", "(a) ", "b) ", "iii) "); 0
// when s does not start with one. Numbers have one or two digits, so
// that "ISO 27001. " numbers nothing; letters and Roman numerals need a
// bracket, so that "a. " or "i. " initials and the Romance "a" before a
// bracket do not.
func enumerator(s string) int {
	open := strings.HasPrefix(s, "(")
	body := strings.TrimPrefix(s, "(")
	n := 0
	for n < len(body) && n < 3 && body[n] >= '0' && body[n] <= '9' {
		n++
	}
	digits := n > 0 && n <= 2
	if !digits {
		for n < len(body) && n < 4 && strings.IndexByte("abcdefghivx", body[n]) >= 0 {
			n++
		}
		roman := strings.Trim(body[:n], "ivx") == ""
		if n == 0 || n > 1 && !roman {
			return 0
		}
	}
	rest := body[n:]
	var mark string
	switch {
	case open && strings.HasPrefix(rest, ")"):
		mark = ")"
	case open:
		return 0
	case strings.HasPrefix(rest, ")"):
		mark = ")"
	case digits && strings.HasPrefix(rest, "."):
		mark = "."
	case digits && strings.HasPrefix(rest, "°"):
		mark = "°"
	case digits && strings.HasPrefix(rest, "º"):
		mark = "º"
	default:
		return 0
	}
	end := len(s) - len(rest) + len(mark)
	if end >= len(s) || s[end] != ' ' {
		return 0
	}
	return end + 1
}

var abbreviations = map[string]bool{"e.g": true, "i.e": true, "eg": true, "ie": true, "etc": true, "ltd": true,
	"inc": true, "co": true, "corp": true, "no": true, "nos": true, "st": true, "incl": true, "excl": true,
	"approx": true, "vs": true, "dept": true, "ref": true, "vol": true, "fig": true, "plc": true, "llc": true,
	"z.b": true, "bzw": true, "ggf": true, "inkl": true, "exkl": true, "p.ex": true, "ex": true}

// abbreviationBefore reports whether the text before a full stop ends in
// an abbreviation or a single-letter initial.
func abbreviationBefore(s string) bool {
	i := strings.LastIndexAny(s, " \n\t(")
	w := strings.ToLower(s[i+1:])
	return abbreviations[w] || utf8.RuneCountInString(w) == 1 && w != "" && unicode.IsLetter([]rune(w)[0])
}

func bulletStart(s string) bool {
	for _, b := range []string{"- ", "* ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	for i, r := range s {
		if unicode.IsDigit(r) {
			continue
		}
		return i > 0 && (r == '.' || r == ')') && i+1 < len(s) && s[i+1] == ' '
	}
	return false
}

// mostlyUpper reports whether a scope is written in capitals, where
// capitals say nothing about which words are names.
func mostlyUpper(s string) bool {
	var up, low int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up > 2*low
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func joinRaw(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.raw)
		if t.sep != 0 && t.sep != '(' && i < len(toks)-1 {
			b.WriteRune(t.sep)
		}
	}
	return b.String()
}

// appear agrees the verb with a list of words.
func appear(words []string) string {
	if len(words) == 1 {
		return "appears"
	}
	return "appear"
}

func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// matchAt returns the length of the marker starting at toks[i], or 0.
func matchAt(toks []token, i int, markers [][]string) int {
	for _, m := range markers {
		if i+len(m) > len(toks) {
			continue
		}
		ok := true
		for j, w := range m {
			if toks[i+j].word != w || j < len(m)-1 && toks[i+j].sep != 0 {
				ok = false
				break
			}
		}
		if ok {
			return len(m)
		}
	}
	return 0
}
