package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// bag is a multiset of normalised words: each word with how often it occurs.
type bag map[string]int

// words splits text into a bag of normalised words: NFKC (so a ligature
// glyph and its letters compare equal), case-folded, and with every
// punctuation and invisible formatting character (zero-width space, bidi
// marks) removed, so that "Don’t," and "dont" are one word. Tokens left
// empty, such as a lone dash, are not words, and neither is a token with a
// control character: that is what pdftotext prints for the codes of a font
// that does not say which characters it draws, and no reader can match it.
func words(text string) bag {
	fold := cases.Fold()
	out := bag{}
	for _, tok := range strings.FieldsFunc(norm.NFKC.String(text), unicode.IsSpace) {
		if strings.ContainsFunc(tok, unicode.IsControl) {
			continue
		}
		w := strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) || unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, fold.String(tok))
		if w != "" {
			out[w]++
		}
	}
	return out
}

// total is the number of words in b, repeats counted.
func (b bag) total() int {
	n := 0
	for _, c := range b {
		n += c
	}
	return n
}

// found is how many of ref's words, repeats counted, also occur in got: a
// word ref holds three times and got once counts once.
func found(ref, got bag) int {
	n := 0
	for w, c := range ref {
		n += min(c, got[w])
	}
	return n
}

// recall is the share of ref's words that got holds, and NaN when ref has
// no words (there is nothing to find).
func recall(ref, got bag) float64 {
	t := ref.total()
	if t == 0 {
		return nan
	}
	return float64(found(ref, got)) / float64(t)
}
