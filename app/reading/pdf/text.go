package pdf

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"assay/app/reading/internal/unreadable"
)

// maxFormDepth bounds forms drawn inside forms.
const maxFormDepth = 12

// pdfPage is a page dictionary with the resources it inherits.
type pdfPage struct {
	dict pdfDict
	res  pdfDict
}

// pages walks the page tree, failing past maxPages. Kids are followed once
// each, so a tree that loops or repeats a node cannot multiply pages, and
// /Count is ignored: a file may claim any number of pages, only the ones
// it has are counted.
func (f *pdfFile) pages(maxPages int) ([]pdfPage, error) {
	var out []pdfPage
	visited := map[pdfRef]bool{}
	var walk func(node any, inherited pdfDict, depth int) error
	walk = func(node any, inherited pdfDict, depth int) error {
		if depth > maxNesting {
			return unreadable.Errorf(nil, "not a valid PDF file: its page tree is nested too deeply")
		}
		if ref, ok := node.(pdfRef); ok {
			if visited[ref] {
				return nil
			}
			visited[ref] = true
		}
		if err := f.b.Tick(); err != nil {
			return err
		}
		d := f.dict(node)
		if d == nil {
			return nil
		}
		res := inherited
		if r := f.dict(d["Resources"]); r != nil {
			res = r
		}
		if kids, ok := f.resolve(d["Kids"]).(pdfArray); ok && d.name("Type") != "Page" {
			for _, k := range kids {
				if err := walk(k, res, depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		if d.name("Type") == "Pages" {
			return nil
		}
		if len(out) >= maxPages {
			return unreadable.Errorf(nil, "exceeds the limit of %d pages", maxPages)
		}
		out = append(out, pdfPage{dict: d, res: res})
		return nil
	}
	cat := f.catalog()
	if err := walk(cat["Pages"], nil, 0); err != nil {
		return nil, err
	}
	return out, nil
}

// mat is a PDF transformation matrix [a b c d e f]; points are row
// vectors, so m.mul(n) applies m first, then n.
type mat [6]float64

var identity = mat{1, 0, 0, 1, 0, 0}

func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// apply maps the point (x, y) by m.
func (m mat) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// matrix reads a transformation matrix, the identity when v is none.
func (f *pdfFile) matrix(v any) mat {
	a, ok := f.resolve(v).(pdfArray)
	if !ok || len(a) != 6 {
		return identity
	}
	var m mat
	for i := range m {
		m[i], _ = toFloat(f.resolve(a[i]))
	}
	return m
}

// gstate is the part of the graphics state that places text.
type gstate struct {
	ctm                   mat
	font                  *pdfFont
	fs, tc, tw, th, tl, r float64
}

// setText sets the text state parameter that operator op names: character
// and word spacing, horizontal scaling (given in percent), leading or rise.
func (gs *gstate) setText(op pdfKeyword, v float64) {
	switch op {
	case "Tc":
		gs.tc = v
	case "Tw":
		gs.tw = v
	case "Tz":
		gs.th = v / 100
	case "TL":
		gs.tl = v
	case "Ts":
		gs.r = v
	}
}

// span is a run of glyphs drawn next to each other on one baseline, in
// device space.
type span struct {
	x0, x1, y, size float64
	text            strings.Builder
	est             bool
	pieces          []piece // where text placed anew (a new text object or position) starts, after the first
}

// piece is where, in a span's text, a run placed by its own text object
// or position starts: a spreadsheet's cells touch, and only their
// positioning tells one from the next.
type piece struct {
	at int // byte offset in the span's text
	x  float64
}

// maxPieces bounds the pieces kept per span, and pieceCost is what one
// costs in memory, charged to the budget.
const (
	maxPieces = 1024
	pieceCost = 16
)

// textExtractor reads the pages of one file, sharing fonts between them.
type textExtractor struct {
	f      *pdfFile
	fonts  map[pdfRef]*pdfFont
	spans  []*span
	rects  []rect // the page's painted rectangles in device space, for its ruled tables
	path   []rect // the rectangles of the path being built
	tables []ruledTable
	sheets []sheetPage // each page's lines, for a sheet printed over pages side by side
	placed bool        // the next glyph starts a run placed anew (BT, Td, Tm, T*)
	shown  int         // glyphs drawn
	mapped int         // glyphs whose characters are known and not white space
	images int
}

// fallbackFont stands in when text is shown before any font is set.
var fallbackFont = func() *pdfFont {
	f := &pdfFile{}
	ft := f.loadFont(pdfDict{"BaseFont": pdfName("Helvetica")})
	return ft
}()

// page returns the lines of text on one page, and adds its ruled tables
// to ex.tables.
func (ex *textExtractor) page(p pdfPage) ([]string, error) {
	ex.spans, ex.rects, ex.path = ex.spans[:0], ex.rects[:0], ex.path[:0]
	content, err := ex.contents(p.dict["Contents"])
	if err != nil {
		return nil, err
	}
	gs := gstate{ctm: identity, th: 1}
	if err := ex.run(content, p.res, gs, 0, nil); err != nil {
		return nil, err
	}
	if err := ex.annotations(p); err != nil {
		return nil, err
	}
	ruled := ruledTables(ex.spans, ex.rects)
	ex.tables = appendTables(ex.tables, ruled)
	ex.sheets = append(ex.sheets, sheetPage{rows: rowsOf(ex.spans), ruled: len(ruled) > 0})
	return layout(ex.spans), nil
}

// contents concatenates a page's content streams; one that cannot be
// decoded is skipped, so the rest of the page still reads.
func (ex *textExtractor) contents(v any) ([]byte, error) {
	var streams []*pdfStream
	switch c := ex.f.resolve(v).(type) {
	case *pdfStream:
		streams = append(streams, c)
	case pdfArray:
		for _, x := range c {
			if s, ok := ex.f.resolve(x).(*pdfStream); ok {
				streams = append(streams, s)
			}
		}
	}
	var out []byte
	for _, s := range streams {
		data, err := ex.f.decode(s)
		if err != nil {
			if isUnreadable(err) {
				return nil, err
			}
			continue
		}
		if len(streams) == 1 {
			return data, nil // no copy: it may be most of the file
		}
		// The copy is memory too.
		if err := ex.f.b.Inflate(int64(len(data))); err != nil {
			return nil, err
		}
		out = append(out, data...)
		out = append(out, '\n')
	}
	return out, nil
}

// run interprets a content stream for its text operators.
func (ex *textExtractor) run(content []byte, res pdfDict, gs gstate, depth int, active []*pdfStream) error {
	f := ex.f
	l := &lexer{b: content, budget: f.b}
	var ops []any
	var saved []gstate
	tm, tlm := identity, identity
	num := func(i int) float64 {
		if i < len(ops) {
			v, _ := toFloat(ops[i])
			return v
		}
		return 0
	}
	// Operands are taken from the end of the operand list, as a viewer
	// does, so stray values before them do not shift the arguments.
	args := func(n int) bool {
		if len(ops) < n {
			return false
		}
		ops = ops[len(ops)-n:]
		return true
	}
	for !l.eof() {
		if err := f.b.Tick(); err != nil {
			return err
		}
		obj, err := l.object()
		if isUnreadable(err) {
			return err
		}
		if err != nil {
			return nil // the rest of a damaged stream is lost, the page is not
		}
		kw, ok := obj.(pdfKeyword)
		if !ok {
			if len(ops) < 64 {
				ops = append(ops, obj)
			}
			continue
		}
		switch kw {
		case "q":
			if len(saved) < 256 {
				saved = append(saved, gs)
			}
		case "Q":
			if n := len(saved); n > 0 {
				gs = saved[n-1]
				saved = saved[:n-1]
			}
		case "cm":
			if args(6) {
				gs.ctm = mat{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(gs.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
			ex.placed = true
		case "Tf":
			if args(2) {
				name, _ := ops[0].(pdfName)
				gs.font = ex.font(res, name)
				gs.fs = num(1)
			}
		case "Tc", "Tw", "Tz", "TL", "Ts":
			if args(1) {
				gs.setText(kw, num(0))
			}
		case "Td", "TD":
			if args(2) {
				if kw == "TD" {
					gs.tl = -num(1)
				}
				tlm = mat{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
				tm = tlm
				ex.placed = true
			}
		case "Tm":
			if args(6) {
				tlm = mat{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
				ex.placed = true
			}
		case "T*":
			tlm = mat{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if kw == "\"" && args(3) {
				gs.tw, gs.tc = num(0), num(1)
			}
			if kw != "Tj" {
				tlm = mat{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
				tm = tlm
			}
			if len(ops) > 0 {
				if s, ok := ops[len(ops)-1].(pdfString); ok {
					if err := ex.show(s, &gs, &tm); err != nil {
						return err
					}
				}
			}
		case "TJ":
			if len(ops) > 0 {
				arr, _ := ops[len(ops)-1].(pdfArray)
				for _, el := range arr {
					switch v := el.(type) {
					case pdfString:
						if err := ex.show(v, &gs, &tm); err != nil {
							return err
						}
					case int64, float64:
						adj, _ := toFloat(v)
						tm = mat{1, 0, 0, 1, -adj / 1000 * gs.fs * gs.th, 0}.mul(tm)
					}
				}
			}
		case "Do":
			if args(1) {
				name, _ := ops[0].(pdfName)
				if err := ex.xobject(res, name, gs, depth, active); err != nil {
					return err
				}
			}
		case "re":
			if args(4) {
				ex.rect(gs.ctm, num(0), num(1), num(2), num(3))
			}
		case "f", "F", "f*", "S", "s", "B", "B*", "b", "b*":
			if err := ex.paint(); err != nil {
				return err
			}
		case "n":
			ex.path = ex.path[:0]
		case "BI":
			skipInlineImage(l)
			ex.images++
		}
		ops = ops[:0]
	}
	return nil
}

// rect adds a rectangle to the path being built, in device space.
func (ex *textExtractor) rect(ctm mat, x, y, w, h float64) {
	if len(ex.path) >= maxRects {
		return
	}
	x0, y0 := ctm.apply(x, y)
	x1, y1 := ctm.apply(x+w, y+h)
	ex.path = append(ex.path, rect{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)})
}

// paint keeps the rectangles of the path just painted, which may be the
// grid of a table.
func (ex *textExtractor) paint() error {
	n := min(len(ex.path), maxRects-len(ex.rects))
	ex.rects = append(ex.rects, ex.path[:n]...)
	ex.path = ex.path[:0]
	return ex.f.b.Inflate(int64(n) * rectCost)
}

// xobject draws a form (recursively, bounded) or counts an image.
func (ex *textExtractor) xobject(res pdfDict, name pdfName, gs gstate, depth int, active []*pdfStream) error {
	f := ex.f
	xobjs := f.dict(res["XObject"])
	s, ok := f.resolve(xobjs[name]).(*pdfStream)
	if !ok {
		return nil
	}
	switch s.dict.name("Subtype") {
	case "Image":
		ex.images++
		return nil
	case "Form":
		return ex.form(s, res, gs, depth, active)
	}
	return nil
}

// form draws a form XObject or an annotation's appearance, placed by its
// /Matrix, recursively and bounded.
func (ex *textExtractor) form(s *pdfStream, res pdfDict, gs gstate, depth int, active []*pdfStream) error {
	f := ex.f
	if depth >= maxFormDepth || slices.Contains(active, s) {
		return nil // a form drawing itself, directly or not
	}
	data, err := f.decode(s)
	if err != nil {
		if isUnreadable(err) {
			return err
		}
		return nil
	}
	gs.ctm = f.matrix(s.dict["Matrix"]).mul(gs.ctm)
	formRes := res
	if r := f.dict(s.dict["Resources"]); r != nil {
		formRes = r
	}
	return ex.run(data, formRes, gs, depth+1, append(active, s))
}

// skipInlineImage moves past the data of an inline image (BI ... ID data
// EI), which is binary and must not be read as operators.
func skipInlineImage(l *lexer) {
	for n := 0; n < 256 && !l.eof(); n++ {
		obj, err := l.object()
		if err != nil {
			return
		}
		if obj == pdfKeyword("ID") {
			break
		}
	}
	l.pos++ // the single white-space byte after ID
	for l.pos < len(l.b) {
		i := bytes.Index(l.b[l.pos:], []byte("EI"))
		if i < 0 {
			l.pos = len(l.b)
			return
		}
		at := l.pos + i
		l.pos = at + 2
		before := at == 0 || isSpace(l.b[at-1])
		after := l.pos >= len(l.b) || isSpace(l.b[l.pos]) || isDelim(l.b[l.pos])
		if before && after {
			return
		}
	}
}

// font returns the font a resource name selects, loading it once per file.
func (ex *textExtractor) font(res pdfDict, name pdfName) *pdfFont {
	fonts := ex.f.dict(res["Font"])
	v := fonts[name]
	ref, isRef := v.(pdfRef)
	if isRef {
		if ft, ok := ex.fonts[ref]; ok {
			return ft
		}
	}
	fd := ex.f.dict(v)
	if fd == nil {
		return nil
	}
	ft := ex.f.loadFont(fd)
	if isRef {
		ex.fonts[ref] = ft
	}
	return ft
}

// show places the glyphs of one string and advances the text matrix.
func (ex *textExtractor) show(s pdfString, gs *gstate, tm *mat) error {
	ft := gs.font
	if ft == nil {
		ft = fallbackFont
	}
	// Text may run in any of the four directions (landscape pages drawn
	// rotated, vertical labels); positions are taken in a frame turned so
	// that the run reads left to right, and lines are built in that frame.
	dir := tm.mul(gs.ctm)
	quadrant := 0
	switch {
	case math.Abs(dir[1]) > math.Abs(dir[0]) && dir[1] > 0:
		quadrant = 1
	case math.Abs(dir[1]) > math.Abs(dir[0]):
		quadrant = 3
	case dir[0] < 0:
		quadrant = 2
	}
	return ft.decodeCodes(s, func(code uint32, n int) error {
		if err := ex.f.b.Tick(); err != nil {
			return err
		}
		ex.shown++
		text, ok := ft.text(code)
		switch {
		case ok && strings.TrimSpace(text) != "":
			// A known space alone says nothing of what the page reads:
			// a page of unknown glyphs between spaces has no text layer.
			ex.mapped++
		case !ok && ft.unmappable:
			text = ""
		}
		trm := mat{gs.fs * gs.th, 0, 0, gs.fs, 0, gs.r}.mul(*tm).mul(gs.ctm)
		w := ft.width(code)
		tx := w*gs.fs + gs.tc
		if n == 1 && code == 32 && ft.spaceIsCode {
			tx += gs.tw
		}
		tx *= gs.th
		*tm = mat{1, 0, 0, 1, tx, 0}.mul(*tm)
		end := mat{1, 0, 0, 1, 0, gs.r}.mul(*tm).mul(gs.ctm)
		full := tm.mul(gs.ctm)
		size := math.Abs(gs.fs) * math.Hypot(full[2], full[3])
		x0, y := turn(trm[4], trm[5], quadrant)
		x1, _ := turn(end[4], end[5], quadrant)
		if r, _ := utf8.DecodeRuneInString(text); w == 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			// A glyph without a width, such as a ligature left out of
			// /Widths, still covers its letters, and the writer places
			// the rest of the word after them: that is no word gap.
			ext := mat{1, 0, 0, 1, letterWidth * float64(utf8.RuneCountInString(text)), 0}.mul(trm)
			xe, _ := turn(ext[4], ext[5], quadrant)
			x1 = math.Max(x1, xe)
		}
		return ex.glyph(x0, x1, y, size, text, ft.estimated)
	})
}

// turn maps a device-space point into the frame of text running in the
// given quadrant (0 left to right, 1 upwards, 2 right to left, 3
// downwards), where the run goes along +x and later lines lie at lower y.
func turn(x, y float64, quadrant int) (float64, float64) {
	switch quadrant {
	case 1:
		return y, -x
	case 2:
		return -x, -y
	case 3:
		return -y, x
	}
	return x, y
}

// letterWidth is about the widest a letter is, in ems, for glyphs drawn
// without a width.
const letterWidth = 0.6

// spanCost is what a span costs in memory besides its text, charged to
// the budget with the text so that a page of glyphs scattered one by one
// is bounded like one of long runs.
const spanCost = 64

// glyph adds one glyph to the span it continues, or starts a new span.
// Its text is charged to the budget: a ToUnicode map may turn one code
// into many characters.
func (ex *textExtractor) glyph(x0, x1, y, size float64, text string, est bool) error {
	if size <= 0 || math.IsNaN(size) || math.IsInf(size, 0) {
		size = 1
	}
	if n := len(ex.spans); n > 0 {
		sp := ex.spans[n-1]
		tol := 0.15 * math.Max(size, sp.size)
		if math.Abs(y-sp.y) < tol && x0 >= sp.x1-3*tol && x0 <= sp.x1+tol {
			cost := int64(len(text))
			if ex.placed && len(sp.pieces) < maxPieces {
				sp.pieces = append(sp.pieces, piece{sp.text.Len(), x0})
				cost += pieceCost
			}
			ex.placed = false
			sp.text.WriteString(text)
			sp.x1 = math.Max(sp.x1, x1)
			sp.est = sp.est || est
			return ex.f.b.Inflate(cost)
		}
	}
	if len(ex.spans) >= 1<<20 {
		return nil // a page with a million separate runs is not evidence
	}
	ex.placed = false
	sp := &span{x0: x0, x1: x1, y: y, size: size, est: est}
	sp.text.WriteString(text)
	ex.spans = append(ex.spans, sp)
	return ex.f.b.Inflate(int64(len(text)) + spanCost)
}

// layout groups spans into lines by baseline, top to bottom, and joins the
// spans of a line left to right with a space for a word gap and a tab for
// a column gap. Columns of prose are read one after the other.
func layout(spans []*span) []string {
	rows := rowsOf(spans)
	var lines []string
	add := func(rows ...[]*span) {
		for _, row := range rows {
			if s := joinLine(row); s != "" {
				lines = append(lines, s)
			}
		}
	}
	for i := 0; i < len(rows); {
		left, right, n, prose := columns(rows[i:])
		if prose {
			add(left...)
			add(right...)
		} else {
			// Rows that share a gutter but are no prose are not tried
			// again one by one, which would take quadratic time.
			add(rows[i : i+n]...)
		}
		i += n
	}
	return lines
}

// minColumnRows and minColumnWords say when text beside text is columns
// of prose rather than a table: at least 3 rows with text on both sides,
// averaging 4 words or more a side. Tables keep their rows, which matter
// more to an analyst than their columns.
const (
	minColumnRows  = 3
	minColumnWords = 4
)

// columns looks for two columns of prose starting at rows[0]: a gutter,
// a column gap in the first row, that no later row crosses. It returns the
// rows split at the gutter, how many rows share it (at least 1), and
// whether they are prose.
func columns(rows [][]*span) (left, right [][]*span, n int, prose bool) {
	first := rows[0]
	most := 1
	for k := 1; k < len(first); k++ {
		lo, hi := first[k-1].x1, first[k].x0
		if hi-lo <= 2*math.Max(first[k].size, first[k-1].size) {
			continue
		}
		left, right = left[:0], right[:0]
		both, words := 0, 0
		for n = 0; n < len(rows); n++ {
			mid := (lo + hi) / 2
			var l, r []*span
			for _, sp := range rows[n] {
				switch {
				case sp.x1 <= mid:
					l = append(l, sp)
					lo = math.Max(lo, sp.x1)
				case sp.x0 >= mid:
					r = append(r, sp)
					hi = math.Min(hi, sp.x0)
				}
			}
			if len(l)+len(r) < len(rows[n]) || hi-lo < first[k].size {
				break // a row across the gutter, or no gutter left
			}
			if n > 0 && rows[n-1][0].y-rows[n][0].y > 3*rows[n][0].size {
				break // more than a blank line: something else starts
			}
			left, right = append(left, l), append(right, r)
			if len(l) > 0 && len(r) > 0 {
				both++
				words += len(strings.Fields(joinLine(l))) + len(strings.Fields(joinLine(r)))
			}
		}
		if both >= minColumnRows && words >= 2*minColumnWords*both {
			return left, right, n, true
		}
		most = max(most, n)
	}
	return nil, nil, most, false
}

// joinLine joins the spans of one line, dropping a span drawn twice at the
// same place (fake bold, shadows).
func joinLine(line []*span) string {
	var buf []byte
	var prev *span
	prevText := ""
	for _, sp := range line {
		text := cleanPDFText(sp.text.String())
		if text == "" {
			continue
		}
		if prev != nil {
			if text == prevText && math.Abs(sp.x0-prev.x0) < 0.3*sp.size {
				continue
			}
			gap := sp.x0 - prev.x1
			em := math.Max(sp.size, prev.size)
			endsSpace := len(buf) > 0 && (buf[len(buf)-1] == ' ' || buf[len(buf)-1] == '\t')
			switch {
			case gap > 2*em:
				for len(buf) > 0 && (buf[len(buf)-1] == ' ' || buf[len(buf)-1] == '\t') {
					buf = buf[:len(buf)-1]
				}
				buf = append(buf, '\t')
				text = strings.TrimLeft(text, " ")
			case endsSpace || strings.HasPrefix(text, " "):
			case gap > 0.15*em, (sp.est || prev.est) && gap > -em:
				// Without real widths (standard fonts) the gap is a guess, so
				// separate runs are taken to be separate words.
				buf = append(buf, ' ')
			}
		}
		buf = append(buf, text...)
		prev, prevText = sp, text
	}
	s := strings.TrimSpace(string(buf))
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ")
	}
	return s
}

// pdfTextReplacer normalises characters that only matter to typesetting:
// ligatures become letters, no-break spaces become spaces, soft hyphens
// and control characters go.
var pdfTextReplacer = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl", "\uFB05", "st", "\uFB06", "st",
	"\u00A0", " ", "\u00AD", "", "\t", " ", "\r", " ", "\n", " ", "\x00", "",
)

func cleanPDFText(s string) string {
	// As in every reader's text: valid UTF-8, no byte order mark.
	s = strings.ToValidUTF8(strings.TrimPrefix(s, "\uFEFF"), "\uFFFD")
	s = pdfTextReplacer.Replace(s)
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}
