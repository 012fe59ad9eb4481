package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The PDF uses the standard Helvetica and Courier fonts, which every PDF reader has, so no
// font file is embedded; their encoding is Windows-1252. That covers Western European
// names; anything else is brought as close as it can be: accents outside the code page are
// dropped ("Dvořák" becomes "Dvorak"), a few look-alikes are spelt out, and the rest become
// "?", never a silently wrong letter.

// lookAlikes are characters outside Windows-1252 with a readable stand-in.
var lookAlikes = map[rune]string{
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ı': "i", 'ħ': "h", 'Ħ': "H", 'ŀ': "l", 'Ŀ': "L",
	'ŋ': "ng", 'Ŋ': "NG", 'ĸ': "k", 'ſ': "s",
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2015': "-", '\u2212': "-",
	'\u2009': " ", '\u200a': " ", '\u2002': " ", '\u2003': " ", '\u202f': " ", '\u2007': " ",
	'\u2264': "<=", '\u2265': ">=", '\u2260': "!=", '\u2192': "->", '\u2190': "<-", '\u2194': "<->",
	'\u2713': "v", '\u2714': "v", '\u2717': "x", '\u2718': "x", '\u2032': "'", '\u2033': "\"",
	'\u2044': "/", '\u2215': "/", '\u00a0': " ",
}

// pdfText converts UTF-8 text to the Windows-1252 bytes the PDF's fonts draw.
func pdfText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	enc := func(r rune) bool {
		if r < 0x80 {
			b.WriteByte(byte(r))
			return true
		}
		if c, ok := charmap.Windows1252.EncodeRune(r); ok {
			b.WriteByte(c)
			return true
		}
		return false
	}
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteByte('\n')
			continue
		case unicode.IsControl(r):
			b.WriteByte(' ')
			continue
		case unicode.Is(unicode.Cf, r):
			// Zero-width and direction marks take no room and have no glyph.
			continue
		}
		if sub, ok := lookAlikes[r]; ok {
			b.WriteString(sub)
			continue
		}
		if enc(r) {
			continue
		}
		// Decompose and keep what the code page has, without the accents it lacks.
		kept := false
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			if d != r && enc(d) {
				kept = true
			}
		}
		if !kept {
			b.WriteByte('?')
		}
	}
	return b.String()
}
