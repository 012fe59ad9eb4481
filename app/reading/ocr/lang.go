package ocr

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// english is the pack every page is read with: certificates in other
// languages quote the standard, the scope or the body's name in English.
const english = "eng"

// stopWords are short words frequent in running text of each language and
// rare in the others'. The lists leave out the words two of the languages
// share ("la", "en", "una", "da"), so that a word counts for one only.
var stopWords = map[string][]string{
	"eng": {"the", "and", "of", "to", "for", "is", "this", "that", "with", "has", "been", "are", "by", "was", "were", "which", "from", "its", "have", "not"},
	"deu": {"der", "die", "das", "und", "ist", "mit", "von", "für", "den", "dem", "nicht", "wird", "wurde", "auf", "eine", "einer", "zur", "zum", "im", "bis", "durch", "sich", "werden", "gültig", "gemäß"},
	"fra": {"le", "les", "et", "du", "une", "pour", "est", "sur", "dans", "par", "aux", "au", "ce", "cette", "sont", "été", "qui", "avec", "selon", "jusqu"},
	"spa": {"el", "los", "las", "del", "y", "por", "hasta", "según", "fecha", "desde", "sus", "lo", "emitido", "vigencia"},
	"ita": {"il", "gli", "della", "delle", "dello", "degli", "nel", "nella", "sono", "per", "di", "ed", "che", "alla", "dei", "stato", "fino", "viene"},
	"nld": {"het", "van", "een", "voor", "op", "zijn", "met", "niet", "wordt", "worden", "bij", "dit", "tot", "deze", "naar", "geldig"},
	"por": {"os", "dos", "das", "em", "ao", "pela", "pelo", "não", "foi", "uma", "com", "seu", "sua", "até", "são", "pelos"},
}

// minStopWords is how many different stop words of a language a page must
// show to count as written in it: a stray "die" or "el" in an English
// certificate's address does not.
const minStopWords = 4

// letters are the letters of each language other than those the English
// pack reads (a to z and é): a name or an address with some that the
// page's own languages lack keeps the packs that have them.
var letters = map[string]string{
	"deu": "äöüß",
	"fra": "àâçèêëîïôùûÿœæ",
	"spa": "ñáíóúü",
	"ita": "àèìíòóù",
	"nld": "ëïèöüáó",
	"por": "ãõçáâêôóíúà",
}

// packsFor chooses the packs to read a file's other pages with from what
// its first page read with every pack: English and each installed
// language the page is written in or has letters of, or every pack when
// the page has too few words to tell. Tesseract tries the other packs on
// each word it is unsure of, so fewer packs read a page in less time.
func (e *Engine) packsFor(p pageText) string {
	text, seen := pageWords(p.lines)
	langs := writtenIn(seen, e.packs, minStopWords)
	if len(langs) == 0 {
		return e.langs
	}
	// Letters none of the page's languages has call for the fewest packs
	// that have them, the first of the languages on a tie.
	var rest []rune
	for _, r := range text {
		if !slices.Contains(rest, r) && foreignLetter(r, langs) {
			rest = append(rest, r)
		}
	}
	for len(rest) > 0 {
		best, most := "", 0
		for _, lang := range e.packs {
			if n := countIn(rest, letters[lang]); n > most {
				best, most = lang, n
			}
		}
		if best == "" {
			break // a letter of none of the languages: a misread speck
		}
		langs = append(langs, best)
		rest = slices.DeleteFunc(rest, func(r rune) bool { return strings.ContainsRune(letters[best], r) })
	}
	packs := []string{english}
	for _, lang := range e.packs {
		if lang != english && slices.Contains(langs, lang) {
			packs = append(packs, lang)
		}
	}
	return strings.Join(packs, "+")
}

// pageWords is the text of lines in lower case, and the set of its words.
func pageWords(lines []Line) (string, map[string]bool) {
	var sb strings.Builder
	for _, l := range lines {
		sb.WriteString(strings.ToLower(l.Text))
		sb.WriteByte('\n')
	}
	text := sb.String()
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		seen[w] = true
	}
	return text, seen
}

// writtenIn is the languages of langs of which the words seen show at
// least min different stop words.
func writtenIn(seen map[string]bool, langs []string, min int) []string {
	var in []string
	for _, lang := range langs {
		n := 0
		for _, w := range stopWords[lang] {
			if seen[w] {
				n++
			}
		}
		if n >= min {
			in = append(in, lang)
		}
	}
	return in
}

// foreignLetter reports whether a lower-case letter is one none of langs
// writes (English writes a to z and é). The ordinal indicators of "Nº" and
// "1.ª" are letters to Unicode and written in every Romance language.
func foreignLetter(r rune, langs []string) bool {
	return r >= 0x80 && r != 'é' && r != 'º' && r != 'ª' && unicode.IsLetter(r) &&
		!slices.ContainsFunc(langs, func(l string) bool { return strings.ContainsRune(letters[l], r) })
}

// minForeignStopWords is how many different stop words of a language a
// page must show for markForeign to take it as one of the page's
// languages. It is fewer than packsFor asks, because a certificate has
// little running text ("em", "com" on a Portuguese one) and because here a
// language too many only leaves a misread unmarked, where in packsFor a
// language too few would misread a page. In the scans under the facts'
// testdata, a word with a letter foreign to the languages so found was a
// misread every time (87 words, none read right), 83 of them read at 85 %
// confidence or more.
const minForeignStopWords = 2

// markForeign marks the words of a page's lines that have a letter none of
// the page's languages writes. A page whose language cannot be told marks
// none.
func markForeign(lines []Line) {
	_, seen := pageWords(lines)
	langs := writtenIn(seen, languages, minForeignStopWords)
	if len(langs) == 0 {
		return
	}
	for _, l := range lines {
		for i, w := range l.Words {
			l.Words[i].Foreign = strings.ContainsFunc(strings.ToLower(w.Text), func(r rune) bool { return foreignLetter(r, langs) })
		}
	}
}

// countIn counts the runes of rs that are in s.
func countIn(rs []rune, s string) int {
	n := 0
	for _, r := range rs {
		if strings.ContainsRune(s, r) {
			n++
		}
	}
	return n
}

// poorPage is the mean confidence under which a page read with more packs
// than its languages call for is read again with only theirs: Tesseract,
// trying every pack on what it is unsure of, can lose whole cells of a
// small-print table ("Sensibilização para a cibersegurança" read as "fi
// coe"), which the page's own packs read.
const poorPage = 85

// rereadPacks are the packs to read a page again with when it was read
// with packs and has words with a letter foreign to its languages
// (Word.Foreign) or was read poorly (poorPage): English and the languages
// the page is written in, or "" when it has no such word and was read
// well, or those are the packs it was read with.
func (e *Engine) rereadPacks(p pageText, packs string) string {
	if p.mean() >= poorPage && !slices.ContainsFunc(p.lines, func(l Line) bool { return slices.ContainsFunc(l.Words, func(w Word) bool { return w.Foreign }) }) {
		return ""
	}
	_, seen := pageWords(p.lines)
	langs := writtenIn(seen, e.packs, minForeignStopWords)
	again := []string{english}
	for _, lang := range langs {
		if lang != english {
			again = append(again, lang)
		}
	}
	if s := strings.Join(again, "+"); len(langs) > 0 && s != packs {
		return s
	}
	return ""
}

// betterBy is how much surer of its words, on average, a page read again
// with its own languages' packs must be than the reading with every pack
// to be taken whole rather than for its foreign words only.
const betterBy = 3

// reread is the better of two readings of a page: q, read with the packs
// of its languages, when it is surer of its words by betterBy, else p,
// read with every pack, with its foreign words spelled as q spells them.
func reread(p, q pageText) pageText {
	if q.words > 0 && q.mean() >= p.mean()+betterBy {
		return q
	}
	r := respellForeign(p, q)
	if p.plain != nil {
		plain := respellForeign(*p.plain, q)
		r.plain = &plain
	}
	return r
}

// mean is the mean confidence of the page's words, 0 without words.
func (p pageText) mean() float64 {
	if p.words == 0 {
		return 0
	}
	return p.confSum / float64(p.words)
}

// respellForeign is p with each word that has a letter foreign to its
// page's languages spelled as q, the same page read with only those
// languages, spells the word at the same place, when the two differ only
// in their accents ("informaciön" and "información"): Tesseract given
// every pack tries the others' letters on an accent it is unsure of, and
// given the page's own it cannot. Every other word stays as p read it, so
// a name in another language keeps its letters, and the "nº" that the
// packs of Spanish alone misread as "n2" keeps p's reading.
func respellForeign(p, q pageText) pageText {
	lines := slices.Clone(p.lines)
	for i, l := range lines {
		words := slices.Clone(l.Words)
		changed := false
		for j, w := range words {
			if !w.Foreign || i >= len(p.boxes) || j >= len(p.boxes[i]) {
				continue
			}
			if r, ok := sameWordAt(q, p.boxes[i][j], w.Text); ok {
				p.confSum += r.Confidence - w.Confidence
				words[j], changed = r, true
			}
		}
		if !changed {
			continue
		}
		if nl, ok := l.Respell(words); ok {
			lines[i] = nl
		}
	}
	p.lines = lines
	return p
}

// sameWordAt is the word of q that covers most of b, if it is text but
// for its accents and has no foreign letter.
func sameWordAt(q pageText, b box, text string) (Word, bool) {
	for i, l := range q.lines {
		for j, w := range l.Words {
			if i >= len(q.boxes) || j >= len(q.boxes[i]) || w.Foreign {
				continue
			}
			o := q.boxes[i][j]
			ov := (min(o.right, b.right) - max(o.left, b.left)) * (min(o.bottom, b.bottom) - max(o.top, b.top))
			if min(o.right, b.right) <= max(o.left, b.left) || 2*ov < area(b) || 2*ov < area(o) {
				continue
			}
			// Each foreign letter is another accent of the page's, not
			// the plain letter ("Köln" read as "Koln" is a name of
			// another language, not a misread "ó").
			if w.Text != text && unaccented(w.Text) == unaccented(text) && accents(w.Text) >= accents(text) {
				return w, true
			}
		}
	}
	return Word{}, false
}

// accents counts the letters of s that are not plain ASCII.
func accents(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func area(b box) int { return (b.right - b.left) * (b.bottom - b.top) }

// unaccented is s in lower case without its accents.
func unaccented(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}
