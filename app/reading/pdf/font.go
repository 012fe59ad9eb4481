package pdf

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"assay/app/reading/internal/unreadable"
)

// pdfFont turns the bytes of a shown string into characters and widths.
type pdfFont struct {
	// codeLen is the code length in bytes for simple (1) and most
	// composite (2) fonts; ranges holds the codespace when it varies.
	codeLen int
	ranges  []codespace
	toUni   *cmap           // from /ToUnicode, most reliable when present
	simple  *[256]string    // from /Encoding and /Differences, simple fonts
	ucs2    bool            // composite font whose codes are Unicode
	byCode  map[uint32]rune // composite font: from its embedded TrueType cmap
	// widths in text space units per 1000 of font size.
	widths      map[uint32]float64
	wranges     []widthRange
	defWidth    float64
	widthScale  float64 // 0.001, or from a Type 3 /FontMatrix
	estimated   bool    // no widths in the file: positions are guesses
	unmappable  bool    // composite font without ToUnicode: codes are glyph ids
	spaceIsCode bool    // code 32 is a single-byte space (word spacing applies)
	seen        map[uint32]string
}

// codespace is one range of codes of a given length.
type codespace struct {
	n      int
	lo, hi uint32
}

// widthRange gives width w to codes lo..hi (from a CID font's /W).
type widthRange struct {
	lo, hi uint32
	w      float64
}

// maxCMapEntries bounds the mappings kept from one CMap.
const maxCMapEntries = 1 << 17

// maxCodespaces bounds the codespace ranges kept from one CMap, which are
// tried for every code shown; real CMaps have a handful.
const maxCodespaces = 64

// cmap maps character codes to Unicode text.
type cmap struct {
	space  []codespace
	chars  map[uint32]string
	ranges []cmapRange // sorted by lo
}

// cmapRange maps lo..hi to dst with its last character incremented, or
// to the strings of list.
type cmapRange struct {
	lo, hi uint32
	dst    []rune
	list   []string
}

func (c *cmap) lookup(code uint32) (string, bool) {
	if s, ok := c.chars[code]; ok {
		return s, true
	}
	i, _ := slices.BinarySearchFunc(c.ranges, code, func(r cmapRange, code uint32) int {
		switch {
		case r.hi < code:
			return -1
		case r.lo > code:
			return 1
		}
		return 0
	})
	// BinarySearch may land beside an overlapping range; look at the
	// neighbours too.
	for _, j := range []int{i, i - 1, i + 1} {
		if j < 0 || j >= len(c.ranges) {
			continue
		}
		r := c.ranges[j]
		if code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.list != nil {
			if int(off) < len(r.list) {
				return r.list[off], true
			}
			return "", false
		}
		if len(r.dst) == 0 {
			return "", false
		}
		dst := slices.Clone(r.dst)
		dst[len(dst)-1] += rune(off)
		return string(dst), true
	}
	return "", false
}

// parseCMap reads the parts of a CMap that matter for text: codespace
// ranges and bfchar/bfrange (ToUnicode) or cidchar/cidrange (only their
// presence, for code lengths). PostScript around them is skipped. Past the
// deadline it stops, and the caller's next check reports it.
func parseCMap(b *unreadable.Budget, data []byte) *cmap {
	c := &cmap{chars: map[uint32]string{}}
	l := &lexer{b: data, budget: b}
	var stack []any
	entries := 0
	for !l.eof() {
		if b.Tick() != nil {
			break
		}
		obj, err := l.object()
		if err != nil {
			break
		}
		kw, ok := obj.(pdfKeyword)
		if !ok {
			if len(stack) < 3*maxCMapEntries {
				stack = append(stack, obj)
			}
			continue
		}
		switch kw {
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				lo, ok1 := stack[i].(pdfString)
				hi, ok2 := stack[i+1].(pdfString)
				if ok1 && ok2 && len(lo) > 0 && len(lo) <= 4 && len(lo) == len(hi) && len(c.space) < maxCodespaces {
					c.space = append(c.space, codespace{n: len(lo), lo: codeOf(lo), hi: codeOf(hi)})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack) && entries < maxCMapEntries; i += 2 {
				src, ok1 := stack[i].(pdfString)
				dst, ok2 := stack[i+1].(pdfString)
				if ok1 && ok2 && len(src) <= 4 {
					c.chars[codeOf(src)] = utf16BE(dst)
					entries++
				} else if n, ok := stack[i+1].(pdfName); ok1 && ok && len(src) <= 4 {
					c.chars[codeOf(src)] = glyphText(string(n))
					entries++
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack) && entries < maxCMapEntries; i += 3 {
				lo, ok1 := stack[i].(pdfString)
				hi, ok2 := stack[i+1].(pdfString)
				if !ok1 || !ok2 || len(lo) > 4 || len(hi) > 4 {
					continue
				}
				r := cmapRange{lo: codeOf(lo), hi: codeOf(hi)}
				if r.hi < r.lo {
					continue
				}
				switch dst := stack[i+2].(type) {
				case pdfString:
					r.dst = []rune(utf16BE(dst))
				case pdfArray:
					for _, d := range dst {
						s, _ := d.(pdfString)
						r.list = append(r.list, utf16BE(s))
						if len(r.list) > maxCMapEntries {
							break
						}
					}
				}
				c.ranges = append(c.ranges, r)
				entries++
			}
		}
		if strings.HasPrefix(string(kw), "begin") || strings.HasPrefix(string(kw), "end") || kw == "def" {
			stack = stack[:0]
		}
	}
	slices.SortStableFunc(c.ranges, func(a, b cmapRange) int { return cmp.Compare(a.lo, b.lo) })
	return c
}

// codeOf reads a big-endian code of up to four bytes.
func codeOf(s pdfString) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// utf16BE decodes a ToUnicode destination, which is UTF-16BE; a lone byte
// (some writers emit them) is taken as Latin-1.
func utf16BE(s pdfString) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// loadFont builds a pdfFont from a font dictionary; nothing in it is
// required, so a broken font still yields what can be read.
func (f *pdfFile) loadFont(fd pdfDict) *pdfFont {
	ft := &pdfFont{codeLen: 1, widthScale: 0.001, defWidth: 0}
	subtype := fd.name("Subtype")
	if tu, ok := f.resolve(fd["ToUnicode"]).(*pdfStream); ok {
		// A map that maps nothing (such as a compressed stream that does
		// not name its filter) says nothing either: the font's other
		// sources of characters are used as if it were absent.
		if data, err := f.decode(tu); err == nil {
			if c := parseCMap(f.b, data); len(c.chars) > 0 || len(c.ranges) > 0 {
				ft.toUni = c
			}
		}
	}
	if subtype == "Type0" {
		f.loadComposite(ft, fd)
		return ft
	}
	ft.spaceIsCode = true
	if subtype == "Type3" {
		if m, ok := f.resolve(fd["FontMatrix"]).(pdfArray); ok && len(m) == 6 {
			if a, ok := toFloat(f.resolve(m[0])); ok && a != 0 {
				ft.widthScale = a
			}
		}
	}
	ft.simple = f.simpleEncoding(fd)
	first, _ := toInt(f.resolve(fd["FirstChar"]))
	if ws, ok := f.resolve(fd["Widths"]).(pdfArray); ok && len(ws) > 0 && first >= 0 && first < 256 {
		ft.widths = make(map[uint32]float64, len(ws))
		for i, w := range ws {
			if v, ok := toFloat(f.resolve(w)); ok && int(first)+i < 256 {
				ft.widths[uint32(int(first)+i)] = v
			}
		}
		if fdesc := f.dict(fd["FontDescriptor"]); fdesc != nil {
			ft.defWidth, _ = toFloat(f.resolve(fdesc["MissingWidth"]))
		}
		return ft
	}
	// The standard 14 fonts may come without widths; their metrics are
	// known, and are those of the fonts standing in for them (Arial,
	// Times New Roman). Any other font without widths gets Helvetica's as
	// a guess.
	metrics, known := standardMetrics(string(fd.name("BaseFont")))
	ft.estimated = !known
	ft.widths = map[uint32]float64{}
	ft.defWidth = 600
	if metrics == nil {
		return ft // Courier
	}
	ft.defWidth = 556
	for code, text := range ft.simple {
		r, n := utf8.DecodeRuneInString(text)
		if n != len(text) {
			continue // a ligature: the default is near enough
		}
		if b, ok := charmap.Windows1252.EncodeRune(r); ok && b >= 32 {
			ft.widths[uint32(code)] = float64(metrics[b-32])
		}
	}
	return ft
}

// standardMetrics returns the widths of the standard font that base names
// or stands in for, nil for Courier (600 throughout), and whether they are
// that font's own rather than a guess.
func standardMetrics(base string) (widths *[224]int16, known bool) {
	name := strings.ToLower(base)
	if i := strings.IndexByte(name, '+'); i >= 0 {
		name = name[i+1:] // the subset prefix, "ABCDEF+"
	}
	bold := strings.Contains(name, "bold")
	italic := strings.Contains(name, "italic") || strings.Contains(name, "oblique")
	switch {
	case strings.Contains(name, "courier"):
		return nil, true
	case strings.Contains(name, "times"):
		style := "Times-Roman"
		switch {
		case bold && italic:
			style = "Times-BoldItalic"
		case bold:
			style = "Times-Bold"
		case italic:
			style = "Times-Italic"
		}
		return standardWidths[style], true
	case strings.Contains(name, "narrow"):
		// Arial Narrow and the like are narrower than any standard font.
	case strings.HasPrefix(name, "helvetica"), strings.HasPrefix(name, "arial"):
		if bold {
			return standardWidths["Helvetica-Bold"], true
		}
		return standardWidths["Helvetica"], true
	}
	return standardWidths["Helvetica"], false
}

// loadComposite fills in a Type0 font: code lengths from its encoding CMap
// and widths from its descendant CIDFont.
func (f *pdfFile) loadComposite(ft *pdfFont, fd pdfDict) {
	ft.codeLen = 2
	ft.defWidth = 1000
	switch enc := f.resolve(fd["Encoding"]).(type) {
	case *pdfStream:
		if data, err := f.decode(enc); err == nil {
			ft.ranges = parseCMap(f.b, data).space
		}
	case pdfName:
		// Identity-H/V and the UCS-2 CMaps are two bytes; for the rare
		// variable-length predefined CMaps two bytes is the common case.
		// The UCS-2 ones say which characters they draw: their codes are
		// Unicode.
		ft.ucs2 = strings.HasPrefix(string(enc), "Uni") && strings.Contains(string(enc), "-UCS2-")
	}
	kids, _ := f.resolve(fd["DescendantFonts"]).(pdfArray)
	var cid pdfDict
	if len(kids) > 0 {
		cid = f.dict(kids[0])
	}
	if ft.toUni == nil && !ft.ucs2 {
		ft.byCode = f.embeddedChars(cid)
	}
	if ft.toUni == nil && !ft.ucs2 && ft.byCode == nil {
		// Without ToUnicode or an embedded font's cmap the codes are glyph
		// ids, which do not say which characters they draw; guessing would
		// put wrong text in front of an analyst.
		ft.unmappable = true
	}
	if cid == nil {
		return
	}
	if dw, ok := toFloat(f.resolve(cid["DW"])); ok {
		ft.defWidth = dw
	}
	w, _ := f.resolve(cid["W"]).(pdfArray)
	ft.widths = map[uint32]float64{}
	for i := 0; i < len(w); {
		c1, ok := toInt(f.resolve(w[i]))
		if !ok || i+1 >= len(w) {
			break
		}
		switch next := f.resolve(w[i+1]).(type) {
		case pdfArray:
			for k, x := range next {
				if v, ok := toFloat(f.resolve(x)); ok && len(ft.widths) < maxCMapEntries {
					ft.widths[uint32(c1)+uint32(k)] = v
				}
			}
			i += 2
		default:
			c2, ok1 := toInt(next)
			if i+2 >= len(w) || !ok1 {
				i = len(w)
				break
			}
			if v, ok := toFloat(f.resolve(w[i+2])); ok && c2 >= c1 && len(ft.wranges) < maxCMapEntries {
				ft.wranges = append(ft.wranges, widthRange{lo: uint32(c1), hi: uint32(c2), w: v})
			}
			i += 3
		}
	}
	// width searches them for every code shown.
	slices.SortStableFunc(ft.wranges, func(a, b widthRange) int { return cmp.Compare(a.lo, b.lo) })
}

// embeddedChars maps the CIDs of a CIDFont to characters through the cmap
// of its embedded TrueType program and its /CIDToGIDMap, or returns nil.
func (f *pdfFile) embeddedChars(cid pdfDict) map[uint32]rune {
	file, ok := f.resolve(f.dict(cid["FontDescriptor"])["FontFile2"]).(*pdfStream)
	if !ok {
		return nil
	}
	prog, err := f.decode(file)
	if err != nil {
		return nil
	}
	byGlyph := trueTypeChars(prog)
	if len(byGlyph) == 0 {
		return nil
	}
	m, ok := f.resolve(cid["CIDToGIDMap"]).(*pdfStream)
	if !ok {
		return byGlyph // Identity: CIDs are glyph ids
	}
	gids, err := f.decode(m)
	if err != nil {
		return nil
	}
	byCID := map[uint32]rune{}
	for c := 0; c+1 < len(gids) && c/2 < maxCMapEntries; c += 2 {
		if r, ok := byGlyph[uint32(gids[c])<<8|uint32(gids[c+1])]; ok {
			byCID[uint32(c/2)] = r
		}
	}
	return byCID
}

// simpleEncoding builds the code-to-text table of a simple font from its
// base encoding and /Differences.
func (f *pdfFile) simpleEncoding(fd pdfDict) *[256]string {
	var table [256]string
	base := pdfName("WinAnsiEncoding")
	named := false
	var diffs pdfArray
	switch enc := f.resolve(fd["Encoding"]).(type) {
	case pdfName:
		base, named = enc, true
	case pdfDict:
		if b := enc.name("BaseEncoding"); b != "" {
			base, named = b, true
		}
		diffs, _ = f.resolve(enc["Differences"]).(pdfArray)
	}
	builtin := builtinEncoding(string(fd.name("BaseFont")))
	switch {
	case builtin != nil && !named:
		table = *builtin
	case base == "StandardEncoding":
		for i := 0x20; i < 0x7F; i++ {
			table[i] = string(rune(i))
		}
		table[0x27], table[0x60] = "’", "‘"
		for i := 0xA1; i < len(standardHigh); i++ {
			table[i] = glyphText(standardHigh[i])
		}
	default:
		// WinAnsi, also for fonts that name none: viewers do the same, as
		// writers rarely rely on a font's built-in encoding (but for
		// Symbol and ZapfDingbats, whose built-in encodings are known).
		cm := charmap.Windows1252
		if base == "MacRomanEncoding" {
			cm = charmap.Macintosh
		}
		for i := 0; i < 256; i++ {
			r := cm.DecodeByte(byte(i))
			if r >= 0x20 && r != 0x7f && r != 0xFFFD {
				table[i] = string(r)
			}
		}
	}
	code := 0
	for _, d := range diffs {
		switch v := f.resolve(d).(type) {
		case int64:
			code = int(v)
		case pdfName:
			if code >= 0 && code < 256 {
				table[code] = glyphText(string(v))
			}
			code++
		}
	}
	return &table
}

// decodeCodes splits a shown string into codes, stopping at fn's first
// error.
func (ft *pdfFont) decodeCodes(s pdfString, fn func(code uint32, n int) error) error {
	for i := 0; i < len(s); {
		n := ft.codeLen
		if len(ft.ranges) > 0 {
			n = ft.codeLength(s[i:])
		}
		if i+n > len(s) {
			n = len(s) - i
		}
		if err := fn(codeOf(s[i:i+n]), n); err != nil {
			return err
		}
		i += n
	}
	return nil
}

// codeLength finds the length of the code at the start of s from the
// codespace ranges.
func (ft *pdfFont) codeLength(s pdfString) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		code := codeOf(s[:n])
		for _, r := range ft.ranges {
			if r.n == n && code >= r.lo && code <= r.hi {
				return n
			}
		}
	}
	return ft.codeLen
}

// text returns the characters a code draws, and whether it is known.
func (ft *pdfFont) text(code uint32) (string, bool) {
	if ft.toUni != nil {
		if s, ok := ft.seen[code]; ok {
			return s, true
		}
		if s, ok := ft.toUni.lookup(code); ok {
			// Range lookups build a string each time; a page repeats the
			// same few dozen codes thousands of times.
			if ft.seen == nil {
				ft.seen = map[uint32]string{}
			}
			if len(ft.seen) < 1<<16 {
				ft.seen[code] = s
			}
			return s, true
		}
	}
	if ft.simple != nil && code < 256 {
		s := ft.simple[code]
		return s, s != ""
	}
	if ft.ucs2 && (code < 0xD800 || code >= 0xE000 && code <= 0xFFFF) {
		return string(rune(code)), true
	}
	if r, ok := ft.byCode[code]; ok {
		return string(r), true
	}
	return "", false
}

// width returns the advance of a code in text space per unit font size.
func (ft *pdfFont) width(code uint32) float64 {
	if w, ok := ft.widths[code]; ok {
		return w * ft.widthScale
	}
	// The range starting last at or before code; ranges rarely overlap,
	// and where they do a viewer's choice is no better.
	i, found := slices.BinarySearchFunc(ft.wranges, code, func(r widthRange, code uint32) int { return cmp.Compare(r.lo, code) })
	if !found {
		i--
	}
	if i >= 0 && code <= ft.wranges[i].hi {
		return ft.wranges[i].w * ft.widthScale
	}
	return ft.defWidth * ft.widthScale
}

// glyphText maps a glyph name to text: the Adobe names of Latin letters
// and punctuation, uniXXXX and uXXXX[XX] forms, and ligatures. Unknown
// names (subset fonts' "g123") give "".
func glyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i] // "a.sc", "one.oldstyle"
	}
	if s, ok := glyphNames[name]; ok {
		return s
	}
	if len(name) == 1 && (name[0] >= 'A' && name[0] <= 'Z' || name[0] >= 'a' && name[0] <= 'z') {
		return name
	}
	if i := slices.Index(greekNames[:], strings.ToLower(name)); i >= 0 && name != "mu" {
		r := rune(0x3B1 + i)
		if name[0] < 'a' {
			r = rune(0x391 + i)
			if i >= 17 {
				r-- // capitals have no final sigma
			}
		}
		return string(r)
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(name, "afii")); err == nil && name[0] == 'a' {
		return cyrillic(n)
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var sb strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			sb.WriteRune(rune(v))
		}
		return sb.String()
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= 0x10FFFF {
			return string(rune(v))
		}
	}
	if i := strings.IndexByte(name, '_'); i > 0 {
		// Ligature names join their parts: "f_f_i".
		var sb strings.Builder
		for _, part := range strings.Split(name, "_") {
			sb.WriteString(glyphText(part))
		}
		return sb.String()
	}
	return ""
}

// cyrillic maps the Adobe names afii10017 to afii10097, the Russian
// alphabet, to their letters.
func cyrillic(n int) string {
	switch {
	case n == 10023:
		return "Ё"
	case n == 10071:
		return "ё"
	case n >= 10017 && n <= 10022:
		return string(rune(0x410 + n - 10017))
	case n >= 10024 && n <= 10049:
		return string(rune(0x416 + n - 10024))
	case n >= 10065 && n <= 10070:
		return string(rune(0x430 + n - 10065))
	case n >= 10072 && n <= 10097:
		return string(rune(0x436 + n - 10072))
	}
	return ""
}
