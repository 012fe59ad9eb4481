// Package scope decides whether the scope statement printed on an ISO/IEC
// 27001 certificate covers a service the organisation buys from the vendor.
// It is pure: text in, a verdict out, with no I/O.
//
// The algorithm is small and deterministic, so that an analyst can follow
// every verdict from its Reason:
//
//  1. The scope is cut into clauses at sentence ends, semicolons, bullets
//     and blank lines. Each clause is judged on its own: words from two
//     unrelated sentences never add up to a match, and the clause that
//     decides is quoted as the Sentence.
//  2. Words are lower-cased, hyphens are dropped ("e-mail" reads "email";
//     "cloud-hosting" reads both "cloudhosting" and "cloud", "hosting"),
//     British spellings are folded into American ones (centre, -isation)
//     and each word is stemmed by stripping one English suffix (-ing,
//     -ion(s), -ment(s), -er(s), -es, -ed, -s, -ies to -y), with a tiny map
//     of irregular forms. "the processing of payroll" and "payroll
//     processes" both reduce to {payroll, process}, so word order and
//     inflection do not matter. Adjacent words are also read joined
//     ("web site" matches "website").
//  3. Stop words (the, of, provision, certificate, company suffixes...) are
//     dropped. Generic words (services, solutions, management, systems,
//     processing, data, platform...) are kept apart: they may match, but a
//     match resting on them alone is never taken as cover.
//  4. Exclusions are found before matching: after "excluding", "except
//     (for)", "with the exception of", "other than", "does not include",
//     "not covered:" and similar, or before "... is excluded / is not
//     covered / is out of scope", up to the end of the clause or the closing
//     bracket. Excluded words do not count towards cover, and an excluded
//     item naming the service (and nothing narrower) makes it uncovered.
//  5. Limitations ("limited to", "restricted to", "only", "solely") that
//     name a site or product (a capitalised name such as "Dublin" or "HR
//     Cloud") are remembered: a service matched outside such a limitation is
//     uncertain, and a service matching only in part is uncovered.
//  6. A service is covered when one clause holds every specific word of its
//     name, or of one of the analyst's keywords for it. When only some of
//     them appear, or only generic words, the verdict is uncertain (or
//     uncovered when nothing specific matches), so that an analyst decides
//     rather than the matcher guessing. A clause that covers everything it
//     describes ("all activities at the London office") makes a service it
//     does not name uncertain rather than uncovered.
package scope

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Coverage verdicts for one service.
const (
	Covered   = "covered"
	Uncovered = "uncovered"
	Uncertain = "uncertain"
)

// Coverage is the verdict on one service against the certificate scope:
// covered, uncovered or uncertain, with the scope sentence that covers or
// excludes it and a reason in words an analyst can check.
type Coverage struct {
	Service  string `json:"service"`
	Verdict  string `json:"verdict"`
	Sentence string `json:"sentence,omitempty"`
	Reason   string `json:"reason"`
}

// Cover decides whether the scope statement covers the service, by its
// name or any of the analyst's keywords for it: covered, uncovered, or
// uncertain where the text leaves it open. The package documentation sets
// out how.
func Cover(statement, service string, keywords []string) Coverage {
	c := Coverage{Service: service}
	if strings.TrimSpace(statement) == "" {
		c.Verdict, c.Reason = Uncovered, "the certificate states no scope"
		return c
	}
	ix := indexScope(statement)
	var alts []altVerdict
	for i, text := range append([]string{service}, keywords...) {
		q := newQuery(text)
		if len(q.terms()) == 0 {
			continue
		}
		v := ix.judge(q)
		v.keyword = i > 0
		alts = append(alts, v)
	}
	if len(alts) == 0 {
		c.Verdict, c.Reason = Uncovered, "the service has no name or keywords to look for"
		return c
	}
	v := combine(alts)
	c.Verdict, c.Sentence, c.Reason = v.verdict, v.sentence, v.reason
	return c
}

// altVerdict is the verdict on one way of naming the service.
type altVerdict struct {
	verdict  string
	sentence string
	reason   string
	excluded bool // uncovered because an exclusion names it
	keyword  bool
	text     string
}

// combine merges the verdicts on a service's name and keywords. An
// explicit exclusion of one name while another is covered is a
// contradiction an analyst must settle.
func combine(alts []altVerdict) altVerdict {
	first := func(pred func(altVerdict) bool) (altVerdict, bool) {
		i := slices.IndexFunc(alts, pred)
		if i < 0 {
			return altVerdict{}, false
		}
		return alts[i], true
	}
	covered, hasCovered := first(func(a altVerdict) bool { return a.verdict == Covered })
	excluded, hasExcluded := first(func(a altVerdict) bool { return a.excluded })
	switch {
	case hasCovered && hasExcluded:
		return altVerdict{verdict: Uncertain, sentence: excluded.sentence,
			reason: fmt.Sprintf("%s; yet %s", covered.reason, excluded.reason)}
	case hasCovered:
		if covered.keyword {
			covered.reason += fmt.Sprintf(" (by the keyword %q)", covered.text)
		}
		return covered
	case hasExcluded:
		return excluded
	}
	if u, ok := first(func(a altVerdict) bool { return a.verdict == Uncertain }); ok {
		return u
	}
	return alts[0]
}

// query is a service name or keyword reduced to stems.
type query struct {
	text     string
	specific []string          // stems that identify the service
	generic  []string          // stems of generic words such as "services"
	written  map[string]string // stem → the word as the analyst wrote it
}

func newQuery(text string) query {
	q := query{text: strings.TrimSpace(text), written: map[string]string{}}
	for _, t := range tokenize(text) {
		if t.stop() {
			continue
		}
		s := stem(t.word)
		if _, dup := q.written[s]; dup {
			continue
		}
		q.written[s] = t.raw
		if genericStems[s] {
			q.generic = append(q.generic, s)
		} else {
			q.specific = append(q.specific, s)
		}
	}
	return q
}

// terms are the stems that must all appear for the query to match: the
// specific ones, or the generic ones for a name made only of generic
// words ("Managed services").
func (q query) terms() []string {
	if len(q.specific) > 0 {
		return q.specific
	}
	return q.generic
}

// words lists stems as the analyst wrote them, for a reason.
func (q query) words(stems []string) string {
	out := make([]string, len(stems))
	for i, s := range stems {
		out[i] = fmt.Sprintf("%q", q.written[s])
	}
	return joinAnd(out)
}

func (q query) has(s string) bool {
	_, ok := q.written[s]
	return ok
}

// scopeIndex is a scope statement cut into clauses, with its exclusions
// and limitations found.
type scopeIndex struct {
	clauses []*scopeClause
}

type scopeClause struct {
	text       string
	positive   map[string]bool // stems outside exclusions
	specific   int             // lower-case words outside exclusions that are neither stop words nor generic
	blanket    bool            // "all activities", "the entire organisation": everything, with no names
	exclusions []exclusion
	limits     []limitation
}

type exclusion struct {
	items []termSet  // the things excluded, one per list item
	words [][]string // the stems of each item's own words, without joined pairs
	texts []string   // each item as written
}

type limitation struct {
	terms termSet
	names []string // stems of capitalised names in it
	text  string
	// global is set when the limitation is a sentence of its own ("The
	// scope is limited to the Frankfurt site"), which limits the whole
	// scope; otherwise it limits only its own clause ("Managed hosting,
	// limited to the Dublin data centre").
	global     bool
	start, end int // its words within the clause
}

type termSet map[string]bool

func (ts termSet) hasAll(stems []string) bool {
	for _, s := range stems {
		if !ts[s] {
			return false
		}
	}
	return len(stems) > 0
}

func (ts termSet) count(stems []string) (in, out []string) {
	for _, s := range stems {
		if ts[s] {
			in = append(in, s)
		} else {
			out = append(out, s)
		}
	}
	return in, out
}

// judge gives the verdict for one query, following steps 4 to 6 of the
// algorithm.
func (ix *scopeIndex) judge(q query) altVerdict {
	v := altVerdict{text: q.text}
	terms := q.terms()

	// Exclusions naming the service.
	var narrow *scopeClause
	narrowText := ""
	for _, c := range ix.clauses {
		for _, e := range c.exclusions {
			for i, item := range e.items {
				in, out := item.count(terms)
				if len(in) == 0 {
					continue
				}
				extra := false
				for _, s := range e.words[i] {
					if !genericStems[s] && !q.has(s) && !joinedFrom(s, q) {
						extra = true
						break
					}
				}
				if !extra {
					v.verdict, v.excluded, v.sentence = Uncovered, true, c.text
					v.reason = fmt.Sprintf("the scope excludes %q", e.texts[i])
					return v
				}
				// "Email services, excluding email archiving" carves a part
				// out of "Email"; "Cloud hosting, excluding email hosting"
				// excludes another kind of hosting and leaves the service be.
				if narrow == nil && len(out) == 0 {
					narrow, narrowText = c, e.texts[i]
				}
			}
		}
	}

	// The clause that holds the most of the service's words.
	var best *scopeClause
	var bestIn, bestOut []string
	for _, c := range ix.clauses {
		in, out := termSet(c.positive).count(terms)
		if len(in) > len(bestIn) {
			best, bestIn, bestOut = c, in, out
		}
	}
	full := best != nil && len(bestOut) == 0

	switch {
	case narrow != nil && full:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s in the scope, but it excludes %q", q.words(terms), appear(terms), narrowText)
		return v
	case narrow != nil:
		v.verdict, v.excluded, v.sentence = Uncovered, true, narrow.text
		v.reason = fmt.Sprintf("the service is named only where the scope excludes %q", narrowText)
		return v
	}

	limit := ix.namedLimit(q, terms, best)
	switch {
	case full && len(q.specific) == 0:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("only generic words (%s) match", q.words(terms))
	case full && limit != nil:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s, but the scope is limited to %q", q.words(terms), appear(terms), limit.text)
	case full:
		v.verdict, v.sentence = Covered, best.text
		v.reason = fmt.Sprintf("%s %s in this sentence", q.words(terms), appear(terms))
	case best != nil && limit != nil:
		v.verdict, v.sentence = Uncovered, best.text
		v.reason = fmt.Sprintf("the scope is limited to %q and does not mention %s", limit.text, q.words(bestOut))
	case best != nil:
		v.verdict, v.sentence = Uncertain, best.text
		v.reason = fmt.Sprintf("%s %s, but not %s", q.words(bestIn), appear(bestIn), q.words(bestOut))
	case ix.blanket() != nil:
		// "All activities at the London office" covers everything done
		// there, named or not; only an analyst knows where the service is.
		v.verdict, v.sentence = Uncertain, ix.blanket().text
		v.reason = fmt.Sprintf("the scope does not name %s but covers everything it describes", q.words(terms))
	default:
		v.verdict = Uncovered
		v.reason = fmt.Sprintf("the scope does not mention %s", q.words(terms))
		if c, g := ix.genericOnly(q); c != nil && c.specific == 0 {
			// "All IT services and solutions": a scope written in general
			// terms may well include the service, but does not say so.
			v.verdict, v.sentence = Uncertain, c.text
			v.reason = fmt.Sprintf("the scope speaks only in general terms (%s) and does not mention %s", q.words(g), q.words(terms))
		} else if c != nil {
			v.reason = fmt.Sprintf("only generic words (%s) appear; %s %s not", q.words(g), q.words(terms), map[bool]string{true: "does", false: "do"}[len(terms) == 1])
		}
	}
	return v
}

// joinedFrom reports whether stem s is two of the query's words written
// together ("cloudhost" from "cloud hosting"), which is no extra word.
func joinedFrom(s string, q query) bool {
	for a := range q.written {
		if rest, ok := strings.CutPrefix(s, a); ok && rest != "" && q.has(rest) {
			return true
		}
	}
	return false
}

// namedLimit returns a limitation naming a site or product that the query
// does not name and was not matched within, if one applies to the clause
// the query matched best: a limitation of that clause, or one that limits
// the whole scope.
func (ix *scopeIndex) namedLimit(q query, terms []string, best *scopeClause) *limitation {
	for _, c := range ix.clauses {
		for i, l := range c.limits {
			if len(l.names) == 0 || l.terms.hasAll(terms) || !l.global && c != best {
				continue
			}
			for _, n := range l.names {
				if !q.has(n) {
					return &c.limits[i]
				}
			}
		}
	}
	return nil
}

// blanket returns the first clause that covers everything it describes.
func (ix *scopeIndex) blanket() *scopeClause {
	for _, c := range ix.clauses {
		if c.blanket {
			return c
		}
	}
	return nil
}

// genericOnly finds a clause matching only the query's generic stems, when
// the query has specific ones: a match on "services" alone. Of several it
// prefers one written in general terms only.
func (ix *scopeIndex) genericOnly(q query) (*scopeClause, []string) {
	if len(q.specific) == 0 {
		return nil, nil
	}
	var first *scopeClause
	var firstIn []string
	for _, c := range ix.clauses {
		if in, _ := termSet(c.positive).count(q.generic); len(in) > 0 {
			if c.specific == 0 {
				return c, in
			}
			if first == nil {
				first, firstIn = c, in
			}
		}
	}
	return first, firstIn
}

// Markers of exclusion and limitation, as sequences of lower-case words.
var (
	// forwardExclusions exclude what follows them.
	forwardExclusions = [][]string{
		{"excluding"}, {"excludes"}, {"exclude"}, {"exclusion", "of"}, {"exclusions"}, {"excl"},
		{"with", "the", "exception", "of"}, {"except", "for"}, {"except"}, {"other", "than"},
		{"apart", "from"}, {"save", "for"}, {"does", "not", "include"}, {"do", "not", "include"},
		{"doesnt", "include"}, {"not", "including"}, {"but", "not"}, {"does", "not", "cover"},
		{"do", "not", "cover"}, {"doesnt", "cover"}, {"does", "not", "extend", "to"}, {"not", "extending", "to"},
	}
	// passiveExclusions exclude what precedes them ("payroll is excluded"),
	// or what follows when nothing precedes or a colon follows ("Not
	// covered: payroll").
	passiveExclusions = [][]string{
		{"excluded"}, {"not", "covered"}, {"not", "included"}, {"not", "in", "scope"}, {"out", "of", "scope"},
		{"outside", "the", "scope"}, {"outside", "of", "the", "scope"}, {"outside", "scope"},
		{"not", "within", "the", "scope"}, {"not", "part", "of", "the", "scope"}, {"not", "certified"},
	}
	limitWords      = map[string]bool{"limited": true, "restricted": true, "confined": true, "only": true, "solely": true, "exclusively": true, "applies": true, "apply": true}
	blanketWords    = map[string]bool{"all": true, "entire": true, "whole": true, "every": true}
	limitMarkers    = [][]string{{"limited", "to"}, {"restricted", "to"}, {"confined", "to"}}
	onlyMarkers     = [][]string{{"only"}, {"solely"}, {"exclusively"}}
	regionStops     = map[string]bool{"but": true, "however": true, "although": true, "whereas": true, "while": true, "including": true}
	limitPrepositon = map[string]bool{"for": true, "at": true, "in": true, "on": true, "within": true, "from": true, "to": true}
	copulas         = map[string]bool{"is": true, "are": true, "be": true, "been": true, "being": true, "was": true, "were": true, "remain": true, "remains": true}
)

// indexScope cuts the scope into clauses and finds their exclusions and
// limitations.
func indexScope(scope string) *scopeIndex {
	ix := &scopeIndex{}
	shouting := mostlyUpper(scope)
	for _, cl := range splitClauses(scope) {
		toks := tokenize(cl)
		if len(toks) == 0 {
			continue
		}
		c := &scopeClause{text: collapse(cl), positive: map[string]bool{}}
		excluded := make([]bool, len(toks))
		for i := 0; i < len(toks); i++ {
			if n := matchAt(toks, i, forwardExclusions); n > 0 {
				from, to := i+n, regionEnd(toks, i+n, toks[i].depth)
				c.exclusions = append(c.exclusions, newExclusion(toks[from:to]))
				markRange(excluded, i, to)
				i = to - 1
				continue
			}
			if n := matchAt(toks, i, passiveExclusions); n > 0 {
				start := regionStart(toks, i)
				if toks[i+n-1].sep == ':' || !hasContent(toks[start:i]) {
					// "Not covered: payroll", "Excluded from the scope are ..."
					from, to := i+n, regionEnd(toks, i+n, toks[i].depth)
					c.exclusions = append(c.exclusions, newExclusion(toks[from:to]))
					markRange(excluded, i, to)
					i = to - 1
				} else {
					end := i
					for end > start && copulas[toks[end-1].word] {
						end--
					}
					c.exclusions = append(c.exclusions, newExclusion(toks[start:end]))
					markRange(excluded, start, i+n)
					i += n - 1
				}
				continue
			}
			if n := matchAt(toks, i, limitMarkers); n > 0 {
				to := limitEnd(toks, i+n, toks[i].depth)
				c.limits = append(c.limits, newLimitation(toks, i+n, to, shouting))
				continue
			}
			if n := matchAt(toks, i, onlyMarkers); n > 0 {
				if to := limitEnd(toks, i+n, toks[i].depth); i+n < len(toks) && toks[i+n-1].sep != ',' && hasContent(toks[i+n:to]) {
					c.limits = append(c.limits, newLimitation(toks, i+n, to, shouting))
				} else {
					j := i
					for j > 0 && toks[j-1].depth == toks[i].depth && toks[j-1].sep != ',' && toks[j-1].sep != '(' &&
						toks[j-1].sep != ':' && !limitPrepositon[toks[j-1].word] {
						j--
					}
					c.limits = append(c.limits, newLimitation(toks, j, i, shouting))
				}
			}
		}
		var kept []token
		for i, t := range toks {
			if !excluded[i] {
				kept = append(kept, t)
			}
		}
		for s := range termsOf(kept) {
			c.positive[s] = true
		}
		for i, t := range kept {
			if blanketWords[t.word] {
				for _, u := range kept[i+1 : min(i+4, len(kept))] {
					if genericStems[stem(u.word)] {
						c.blanket = true
					}
				}
			}
			// Capitalised words are mostly names (of the vendor, a
			// product): they do not make a sentence about anything in
			// particular. Acronyms (HR, ERP) do.
			if !t.stop() && !genericStems[stem(t.word)] && (shouting || !t.capital || t.upper) {
				c.specific++
			}
		}
		ix.clauses = append(ix.clauses, c)
	}
	return ix
}

func markRange(b []bool, from, to int) {
	for i := from; i < to && i < len(b); i++ {
		b[i] = true
	}
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

// regionEnd is where an exclusion that starts at from stops: the end of
// the clause, the bracket it was opened in closing, or a word that turns
// the sentence ("but", "including").
func regionEnd(toks []token, from, depth int) int {
	for i := from; i < len(toks); i++ {
		if toks[i].depth < depth || regionStops[toks[i].word] && i > from {
			return i
		}
	}
	return len(toks)
}

// limitEnd is where a limitation that starts at from stops: as regionEnd,
// and also at a comma.
func limitEnd(toks []token, from, depth int) int {
	end := regionEnd(toks, from, depth)
	for i := from; i < end; i++ {
		if toks[i].sep == ',' || toks[i].sep == ':' {
			return i + 1
		}
	}
	return end
}

// regionStart is where a passive exclusion's subject starts: after the
// last comma or colon before the marker, or at the start of the clause.
func regionStart(toks []token, marker int) int {
	for i := marker - 1; i >= 0; i-- {
		if toks[i].sep == ',' || toks[i].sep == ':' || toks[i].sep == '(' {
			return i + 1
		}
	}
	return 0
}

// hasContent reports whether toks hold a word other than stop words,
// copulas and the words that introduce a list ("the following").
func hasContent(toks []token) bool {
	for _, t := range toks {
		if !t.stop() && !copulas[t.word] {
			return true
		}
	}
	return false
}

// newExclusion splits an excluded region into its list items.
func newExclusion(toks []token) exclusion {
	var e exclusion
	flush := func(item []token) {
		ts := termsOf(item)
		for s := range ts {
			if stopStems[s] {
				delete(ts, s)
			}
		}
		if len(ts) > 0 {
			var words []string
			for _, t := range item {
				if !t.stop() {
					words = append(words, stem(t.word))
				}
			}
			e.items = append(e.items, ts)
			e.words = append(e.words, words)
			e.texts = append(e.texts, joinRaw(item))
		}
	}
	var item []token
	for _, t := range toks {
		if t.word == "and" || t.word == "or" || t.word == "nor" {
			flush(item)
			item = nil
			continue
		}
		item = append(item, t)
		if t.sep == ',' || t.sep == '/' {
			flush(item)
			item = nil
		}
	}
	flush(item)
	return e
}

func newLimitation(clause []token, from, to int, shouting bool) limitation {
	toks := clause[from:to]
	l := limitation{terms: termsOf(toks), text: joinRaw(toks), start: from, end: to, global: true}
	for i, t := range clause {
		if (i < from || i >= to) && !t.stop() && !copulas[t.word] && !limitWords[t.word] && !genericStems[stem(t.word)] {
			l.global = false
			break
		}
	}
	if shouting {
		return l
	}
	for _, t := range toks {
		s := stem(t.word)
		if (t.capital || t.upper) && !t.stop() && !genericStems[s] && !slices.Contains(l.names, s) {
			l.names = append(l.names, s)
		}
	}
	return l
}

// termsOf returns the stems a run of tokens offers for matching: each
// word, the parts of hyphenated words, and each pair of neighbouring words
// written together.
func termsOf(toks []token) termSet {
	ts := termSet{}
	for i, t := range toks {
		if !t.stop() {
			ts[stem(t.word)] = true
		}
		for _, p := range t.parts {
			if !stopWords[p] {
				ts[stem(p)] = true
			}
		}
		if i+1 < len(toks) && t.sep == 0 && !t.stop() && !toks[i+1].stop() {
			ts[stem(t.word+toks[i+1].word)] = true
		}
	}
	return ts
}

// token is one word of a scope or service name.
type token struct {
	raw     string   // as written
	word    string   // lower case, without hyphens and apostrophes
	parts   []string // the lower-case parts of a hyphenated word
	capital bool     // starts with a capital letter
	upper   bool     // written in capitals, as acronyms are
	sep     rune     // the punctuation right after the word: ',', ':', '/', ')' or 0
	depth   int      // how many brackets are open around it
}

// stop reports whether the token carries no meaning for matching. Words
// written in capitals are acronyms and never stop words: "IT" is not "it".
func (t token) stop() bool {
	if t.upper && utf8.RuneCountInString(t.raw) >= 2 {
		return false
	}
	return stopWords[t.word]
}

// tokenize splits text into words, keeping hyphenated words and
// apostrophes together and noting the punctuation after each word.
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
			toks = append(toks, newToken(string(rs[i:j]), depth))
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
			toks = append(toks, token{raw: "and", word: "and", depth: depth})
		}
		i++
	}
	return toks
}

func newToken(raw string, depth int) token {
	t := token{raw: raw, depth: depth}
	lower := strings.ToLower(raw)
	lower = strings.NewReplacer("’", "'", "‐", "-").Replace(lower)
	lower = strings.TrimSuffix(lower, "'s")
	if strings.Contains(lower, "-") {
		for _, p := range strings.Split(lower, "-") {
			if p != "" {
				t.parts = append(t.parts, strings.ReplaceAll(p, "'", ""))
			}
		}
	}
	t.word = strings.NewReplacer("-", "", "'", "").Replace(lower)
	first, _ := utf8.DecodeRuneInString(raw)
	t.capital = unicode.IsUpper(first)
	t.upper = raw != lower && strings.ToUpper(raw) == raw
	return t
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

var abbreviations = map[string]bool{"e.g": true, "i.e": true, "eg": true, "ie": true, "etc": true, "ltd": true,
	"inc": true, "co": true, "corp": true, "no": true, "nos": true, "st": true, "incl": true, "excl": true,
	"approx": true, "vs": true, "dept": true, "ref": true, "vol": true, "fig": true, "plc": true, "llc": true}

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

// stem reduces an English word to a crude stem by folding British
// spellings and stripping one suffix. Both sides of every comparison go
// through it, so what matters is that related forms meet, not that the
// stem is a word.
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		w = s
	}
	w = american(w)
	if len(w) <= 3 {
		return w
	}
	for _, suf := range suffixes {
		base, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
			break
		}
		if suf == "ies" {
			base += "y"
		}
		if len(base) < 3 {
			continue
		}
		w = base
		// "planned" → "plan", but "billing" keeps its double l.
		if n := len(w); n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeioulsfz", rune(w[n-1])) {
			w = w[:n-1]
		}
		break
	}
	if len(w) > 3 {
		w = strings.TrimSuffix(w, "e")
	}
	if n := len(w); n > 3 && w[n-1] == 'y' {
		w = w[:n-1] + "i"
	}
	return w
}

// suffixes are stripped longest first; only one is stripped per word.
var suffixes = []string{"ments", "ment", "ings", "ing", "ions", "ion", "ers", "ies", "er", "es", "ed", "s"}

// irregular maps forms that suffix stripping cannot relate.
var irregular = map[string]string{
	"data": "data", "people": "person", "persons": "person", "analyses": "analysis", "indices": "index",
	"criteria": "criterion", "media": "medium", "children": "child", "men": "man", "women": "woman",
	"premises": "premise", "businesses": "business",
}

// american folds the British spellings common in scope statements into
// the American ones, so "centre" meets "center" and "organisation"
// meets "organization".
func american(w string) string {
	for _, r := range []struct{ uk, us string }{
		{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
		{"tres", "ters"}, {"tre", "ter"}, {"ogues", "ogs"}, {"ogue", "og"}, {"mmes", "ms"}, {"mme", "m"},
		{"ences", "enses"}, {"ence", "ense"},
	} {
		if base, ok := strings.CutSuffix(w, r.uk); ok && len(base) >= 3 {
			return base + r.us
		}
	}
	return w
}

// stopWords say nothing about what a service is.
var stopWords = toSet(`a an the and or nor of for to in on at by with from into within across via per as
	its it their our his her they we you is are was were be been being this that these those which who whom
	whose all any each every such including include includes included both also well through throughout under
	over between where when using use used based following provision provide provides provided providing
	deliver delivers delivered delivering delivery scope certificate certification certified certify
	company companies ltd limited plc inc llc gmbh ag bv sa co group etc eg ie e s related relating associated
	other others various general its has have having`)

// stopStems are stop words reduced by stem, for sets of stems.
var stopStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range stopWords {
		m[stem(w)] = true
	}
	return m
}()

// genericWords describe almost any service; a match on them alone is not
// cover.
var genericWords = toSet(`service services solution solutions management manage managed managing system systems
	platform platforms process processes processing operation operations operate operating operational activity
	activities product products function functions information security data technology technologies module
	modules component components part parts element elements unit units offering offerings capability capabilities
	customer customers client clients user users internal isms infrastructure application applications
	software tool tools it ict business businesses organization organizations`)

var genericStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range genericWords {
		m[stem(w)] = true
	}
	return m
}()

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
