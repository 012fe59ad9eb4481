package facts

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"assay/app/evidence"
	"assay/app/reading/ocr"
)

// OCRConfidence is the confidence, from 0 to 100, under which a word read
// by OCR is not trusted: a fact quoted from it is doubtful until an analyst
// confirms it against the scan. Across the 43 scans under testdata, of the
// words OCR misread (642, against the PDFs they were scanned from) 56 %
// were read under 85, and of those it read right (7,894) 2.1 %. A higher
// bar buys little for what it costs (under 90: 66 % and 5.1 %; under 93:
// 87 % and 24 %), since Tesseract gives most of its misreads (a lost or
// changed accent) the confidence of the words it reads right; a foreign
// letter gives many of those away instead (ocr.Word.Foreign).
const OCRConfidence = 85

// questionOCR marks the facts of f that were read from OCR words of low
// confidence, or with a letter foreign to their page's language, as
// doubtful, saying why.
func questionOCR(f *evidence.Facts, t *ocr.Text) {
	values := f.Values()
	for key, quote := range f.Quotes() {
		conf, misread, ok := quoteConfidence(quote, valueWords(values[key]), t)
		switch {
		case ok && misread != "":
			f.Question(key, fmt.Sprintf("read by OCR as %q, with a letter its language does not write: check it against the scan", misread))
		case ok && conf < OCRConfidence:
			f.Question(key, fmt.Sprintf("read by OCR at %.0f %% confidence: check it against the scan", conf))
		}
	}
}

// valueWords are the words of a fact's value as its text is written (a
// name, a scope, sites), none for a value read into another form (a date,
// a number, a yes or no).
func valueWords(v any) map[string]bool {
	words := map[string]bool{}
	var texts []string
	switch v := v.(type) {
	case string:
		texts = []string{v}
	case []string:
		texts = v
	}
	for _, s := range texts {
		for _, w := range strings.Fields(s) {
			words[w] = true
		}
	}
	return words
}

// quoteConfidence is the lowest confidence of the OCR words a quote was
// taken from, and the first of them with a foreign letter that is a word
// of the value (a misread letter in a label the value was found by leaves
// the value as it is); ok is false when the quote comes from no OCR line
// (a page with a text layer). Of a line the quote is part of, only the
// words the quote has count; of a written value, the lines of the quote
// with none of its words do not.
func quoteConfidence(quote string, value map[string]bool, t *ocr.Text) (conf float64, misread string, ok bool) {
	q := strings.TrimSuffix(quote, "…")
	q = strings.Join(strings.Fields(q), " ")
	quoted := map[string]bool{}
	for _, w := range strings.Fields(q) {
		// The bar quotes put between cells is no word of the quote: an OCR
		// line's bar is the side of a box or a rule, read at any
		// confidence.
		if strings.Trim(w, "|") != "" {
			quoted[w] = true
		}
	}
	conf = 100
	// The lines the quote is read from, whether each is inside the quote,
	// and whether it is a part of a longer quote.
	var from []ocr.Line
	var at []int // the index of each line of from in t.Lines
	var in, part []bool
	written := false // some line of the quote has a word of the value
	for i, l := range t.Lines {
		// The line as docLines gives it to the extractors, and quotes show it.
		line := strings.Join(strings.Fields(rowText(strings.Split(l.Text, "\t"))), " ")
		// A line inside a longer quote (a scope over several lines) must be
		// long enough not to match by chance, as a lone "of" would.
		inQuote := len(line) >= min(len(q), 12) && strings.Contains(q, line)
		if line == "" || !inQuote && !strings.Contains(line, q) {
			continue
		}
		ok = true
		from, at = append(from, l), append(at, i)
		in, part = append(in, inQuote), append(part, inQuote && line != q)
		written = written || hasValueWord(l, value)
	}
	for i, l := range from {
		if written && part[i] && !hasValueWord(l, value) {
			// A line of a longer quote that has no word of the written
			// value is its context (the body's address under its name),
			// not the value: a misread word there says nothing of it.
			continue
		}
		if len(l.Words) == 0 {
			conf = min(conf, l.Confidence)
			continue
		}
		for _, w := range l.Words {
			if !in[i] && !quoted[w.Text] || strings.Trim(w.Text, "|") == "" {
				continue
			}
			conf = min(conf, w.Confidence)
			if w.Foreign && value[w.Text] && misread == "" {
				misread = w.Text
			}
		}
	}
	if ok {
		conf = unquotedValueWords(from, at, value, t, conf)
	}
	return conf, misread, ok
}

// unquotedValueWords lowers conf for the words of a written value that
// none of the quote's lines from (at their indices at in t) has: a value
// gathered over several lines (a site's name or address wrapped in a cell
// of a table of sites) may quote the last of them only, and a word garbled
// on another ("aqua" at 25 %) must doubt it as it would in the quote. Such
// a word counts at the confidence it was read at where it stands nearest
// the quote, the lines a wrapped value was gathered from: the same
// spelling read surely farther off (another row, the letterhead) says
// nothing of the occurrence the value was read from, and taking the best
// of all would let a garbled one pass. Of two occurrences as near, the
// lower counts. A word OCR read nowhere as such (a value joined or mended
// from its text) says nothing. A foreign letter in such a word is a lost
// accent of a name found by its quote elsewhere (a body's name in the
// letterhead, named in the signature), which folds to the same name: only
// a garbled word doubts it.
func unquotedValueWords(from []ocr.Line, at []int, value map[string]bool, t *ocr.Text, conf float64) float64 {
	inQuote := map[string]bool{}
	for _, l := range from {
		for _, w := range l.Words {
			inQuote[trimWord(w.Text)] = true
		}
	}
	for _, v := range slices.Sorted(maps.Keys(value)) {
		v = trimWord(v)
		if v == "" || inQuote[v] {
			continue
		}
		nearest, dist := 0.0, -1
		for i, l := range t.Lines {
			d := lineDistance(i, at)
			if dist >= 0 && d > dist {
				continue
			}
			for _, w := range l.Words {
				if trimWord(w.Text) != v {
					continue
				}
				if dist < 0 || d < dist {
					nearest, dist = w.Confidence, d
				}
				nearest = min(nearest, w.Confidence)
			}
		}
		if dist >= 0 {
			conf = min(conf, nearest)
		}
	}
	return conf
}

// lineDistance is how many lines line i is from the nearest of lines at.
func lineDistance(i int, at []int) int {
	d := -1
	for _, a := range at {
		n := i - a
		if n < 0 {
			n = -n
		}
		if d < 0 || n < d {
			d = n
		}
	}
	return d
}

// trimWord is a word without the punctuation around it, as a value's
// list and the line it was read from may part it differently ("Taipa,").
func trimWord(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// hasValueWord reports whether a line has a word of a written value.
func hasValueWord(l ocr.Line, value map[string]bool) bool {
	return slices.ContainsFunc(l.Words, func(w ocr.Word) bool { return value[w.Text] })
}

// ocrLabelConfidence is the confidence under which an OCR word that is
// one or two letters away from a word of the labels is taken for that
// word ("Capuca" for "caduca", "Vencimlento" for "vencimiento"): a word
// Tesseract was sure of is what it says, however close to a label.
const ocrLabelConfidence = 93

// labelSources are the expressions whose words make up the label
// vocabulary that OCR misreads are mended to.
func labelSources() []*regexp.Regexp {
	var res []*regexp.Regexp
	for _, set := range [][]label{certificateDateLabels, minutesDateLabels} {
		for _, l := range set {
			res = append(res, l.re)
		}
	}
	res = append(res, numberLabel, bareNumberLabel, bodyLabel, accreditationLabel, siteStart)
	return append(res, scopeLabels...)
}

var (
	// A character class of a letter and its plain and misread forms, as
	// accentFold writes it ("[áaä]"), and a group of its spellings
	// ("(?:ä|ae|a)"): the letter the label is written with comes first.
	foldedClass = regexp.MustCompile(`\[(\p{L})\p{L}*\]`)
	foldedGroup = regexp.MustCompile(`\(\?:(\p{L})(?:\|\p{L}{1,2})+\)`)
	// An escape (\s, \b, \p{L}) is no letter of a word.
	reEscape  = regexp.MustCompile(`\\(?:p\{[^}]*\}|.)`)
	labelWord = regexp.MustCompile(`\p{L}{5,}`)
)

// ocrLabelWords are the words of five letters or more the labels are
// written with, folded (fold), each with the way it is written.
var ocrLabelWords = sync.OnceValue(func() map[string]string {
	words := map[string]string{}
	for _, re := range ocrLabelSources() {
		src := foldedGroup.ReplaceAllString(foldedClass.ReplaceAllString(re.String(), "$1"), "$1")
		src = reEscape.ReplaceAllString(src, " ")
		for _, w := range labelWord.FindAllString(src, -1) {
			w = strings.ToLower(w)
			if _, ok := words[fold(w)]; !ok {
				words[fold(w)] = w
			}
		}
	}
	return words
})

// nearestLabelWord is the label word w is a misreading of: the one word
// of the vocabulary within one edit of it (two for a word of eight
// letters or more) that starts and ends as it does, written in w's case;
// or the label word w is with another accent on a letter ("emissào",
// "Validitè", "expediciòn": OCR reads an accent's stroke the other way,
// which the labels' own spellings do not allow); "" when w is a label
// word as the labels write it, is near none or near two.
func nearestLabelWord(w string) string {
	f := fold(w)
	vocab := ocrLabelWords()
	if v, ok := vocab[f]; ok {
		if lw := strings.ToLower(w); lw != v && lw != f {
			return sameCase(v, w)
		}
		return ""
	}
	if utf8.RuneCountInString(f) < 5 {
		return ""
	}
	limit := 1
	if utf8.RuneCountInString(f) >= 8 {
		limit = 2
	}
	best, bestDist, ties := "", limit+1, 0
	for k, v := range vocab {
		if !sameEnds(f, k) {
			continue
		}
		d := ocr.EditDistance(f, k, limit)
		switch {
		case d < bestDist:
			best, bestDist, ties = v, d, 0
		case d == bestDist:
			ties++
		}
	}
	if best == "" || ties > 0 {
		return ""
	}
	return sameCase(best, w)
}

// sameEnds reports whether a and b start with the same letter and end
// with the same letter: a word that differs from a label word at its end
// is most likely another form of it ("Certificazioni", "Managementsysteme"
// in a body's name), not a misreading.
func sameEnds(a, b string) bool {
	fa, _ := utf8.DecodeRuneInString(a)
	fb, _ := utf8.DecodeRuneInString(b)
	la, _ := utf8.DecodeLastRuneInString(a)
	lb, _ := utf8.DecodeLastRuneInString(b)
	return fa == fb && la == lb
}

// sameCase writes word in the case of like: capitals, a capital first, or
// small letters.
func sameCase(word, like string) string {
	switch r, _ := utf8.DecodeRuneInString(like); {
	case strings.ToUpper(like) == like:
		return strings.ToUpper(word)
	case unicode.IsUpper(r):
		first, n := utf8.DecodeRuneInString(word)
		return string(unicode.ToUpper(first)) + word[n:]
	}
	return word
}

// labelHits counts the labels in s.
func labelHits(s string) int {
	n := 0
	for _, re := range ocrLabelSources() {
		n += len(re.FindAllStringIndex(s, -1))
	}
	return n
}

// ocrLabelSources are labelSources, made once.
var ocrLabelSources = sync.OnceValue(labelSources)

// mendLabels is doc with the label words OCR misread written as the labels
// write them, in its text and in its OCR lines, so that "Capuca a:" reads
// as the label it is. Only words Tesseract was unsure of (under
// ocrLabelConfidence) or that have a letter foreign to their page are
// mended, and only in the lines OCR read: a text layer says what it says.
func mendLabels(doc Document) Document {
	if doc.OCR == nil {
		return doc
	}
	t := *doc.OCR
	t.Lines = slices.Clone(t.Lines)
	mended := map[string]string{}
	for i, l := range t.Lines {
		nl, ok := mendLine(l)
		if !ok {
			continue
		}
		mended[l.Text] = nl.Text
		t.Lines[i] = nl
	}
	if len(mended) == 0 {
		return doc
	}
	lines := strings.Split(doc.Text, "\n")
	for i, l := range lines {
		if m, ok := mended[l]; ok {
			lines[i] = m
		}
	}
	doc.Text = strings.Join(lines, "\n")
	doc.OCR = &t
	return doc
}

// mendLine mends the misread label words of one OCR line; ok is false
// when none was.
func mendLine(l ocr.Line) (ocr.Line, bool) {
	// The words of the text, which are those of Words, in order.
	var tokens []string
	var seps []byte
	start := 0
	for i := 0; i <= len(l.Text); i++ {
		if i == len(l.Text) || l.Text[i] == ' ' || l.Text[i] == '\t' {
			tokens = append(tokens, l.Text[start:i])
			if i < len(l.Text) {
				seps = append(seps, l.Text[i])
			}
			start = i + 1
		}
	}
	if len(tokens) != len(l.Words) {
		return l, false
	}
	words := slices.Clone(l.Words)
	changed := false
	for i, w := range words {
		if w.Text != tokens[i] || w.Confidence >= ocrLabelConfidence && !w.Foreign {
			continue
		}
		// The word without the punctuation around it ("Capuca:").
		core := strings.TrimFunc(w.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if i := strings.LastIndexAny(core, "'’"); i >= 0 {
			core = core[i+len(string([]rune(core[i:])[0])):] // "d'explration"
		}
		if core == "" || strings.ContainsFunc(core, func(r rune) bool { return !unicode.IsLetter(r) }) {
			continue
		}
		m := nearestLabelWord(core)
		if m == "" {
			continue
		}
		// The word is mended only where it makes a label: a name a letter
		// or two from a label word ("ACCREDIA", "accrédité") stays a name.
		before := labelHits(strings.Join(tokens, " "))
		was := tokens[i]
		tokens[i] = strings.Replace(w.Text, core, m, 1)
		if labelHits(strings.Join(tokens, " ")) <= before {
			tokens[i] = was
			continue
		}
		words[i].Text = tokens[i]
		words[i].Foreign = false
		changed = true
	}
	if !changed {
		return l, false
	}
	var sb strings.Builder
	for i, tok := range tokens {
		if i > 0 {
			sb.WriteByte(seps[i-1])
		}
		sb.WriteString(tok)
	}
	l.Text, l.Words = sb.String(), words
	return l, true
}
