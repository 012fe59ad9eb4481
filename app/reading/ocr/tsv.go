package ocr

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pageText is what Tesseract read on one page.
type pageText struct {
	lines   []Line
	confSum float64 // the sum of the confidences of the words counted
	words   int
	// boxes are where each word of each line is on the page, by line and
	// word as lines has them, so that two readings of a page can be
	// matched word by word (reread).
	boxes [][]box
	// grid says where each line stands in the page's grids (its tables).
	grid  []gridRow
	grids []grid
	// plain is the page without its tables rebuilt, when it has any:
	// Tesseract's lines joined side by side only, as read takes it for a
	// scan of several pages.
	plain *pageText
}

// box is a rectangle on the page, in pixels, top-left origin.
type box struct{ left, top, right, bottom int }

func (b box) height() int { return b.bottom - b.top }

func (b box) union(o box) box {
	return box{min(b.left, o.left), min(b.top, o.top), max(b.right, o.right), max(b.bottom, o.bottom)}
}

// word is one word of Tesseract's output: its box is where it stands once
// the page is upright and level (level), at where it stands on the
// upright page, as another reading of the page has it (reread).
type word struct {
	text string
	conf float64
	box
	at box
}

// segment is one line as Tesseract's layout analysis found it; a row of a
// table often comes out as several, one per column.
type segment struct {
	words []word
	box
}

// tsvColumns is the header Tesseract writes in its tsv output.
const tsvColumns = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

// parseTSV reads Tesseract's tsv output: one row per page, block,
// paragraph, line and word, the words (level 5) with their box and
// confidence. Words are grouped into Tesseract's lines, and lines side by
// side (the label and value columns of a table) into one line of text, so
// the text reads like that of a PDF with the same layout. The rows of a
// table are rebuilt as well (pageRows), and the page without them kept as
// its plain reading.
func parseTSV(out []byte) (pageText, error) {
	rows := lines(out)
	if len(rows) == 0 || rows[0] != tsvColumns {
		return pageText{}, fmt.Errorf("ocr: unexpected tesseract output %.60q", out)
	}
	var segs []*segment
	byKey := map[string]*segment{}
	for _, row := range rows[1:] {
		f := strings.SplitN(row, "\t", 12)
		if len(f) != 12 || f[0] != "5" {
			continue
		}
		n := make([]int, 4)
		bad := false
		for i := range n {
			v, err := strconv.Atoi(f[6+i])
			n[i], bad = v, bad || err != nil
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		text := strings.TrimSpace(f[11])
		if bad || err != nil || conf < 0 || text == "" || noise(text, conf) {
			continue
		}
		w := word{text: text, conf: conf, box: box{n[0], n[1], n[0] + n[2], n[1] + n[3]}}
		key := f[2] + "." + f[3] + "." + f[4]
		s := byKey[key]
		if s == nil {
			s = &segment{box: w.box}
			byKey[key] = s
			segs = append(segs, s)
		}
		s.words = append(s.words, w)
		s.box = s.box.union(w.box)
	}
	upright(segs)
	for _, s := range segs {
		for i := range s.words {
			s.words[i].at = s.words[i].box
		}
	}
	level(segs)
	byRow := rowWords(joinRows(segs))
	p := render(pageRows(byRow, false))
	// A table's vertical rules, read as bars, are no text; where the
	// table is rebuilt they are its grid.
	var unbarred [][]word
	for _, r := range byRow {
		r = slices.DeleteFunc(slices.Clone(r), func(w word) bool { return strings.Trim(w.text, "|") == "" })
		if len(r) > 0 {
			unbarred = append(unbarred, r)
		}
	}
	if g := render(pageRows(unbarred, true)); len(g.grids) > 0 {
		plain := p
		g.plain = &plain
		p = g
	}
	return p, nil
}

// render is the page made of rows.
func render(rows []outRow) pageText {
	var p pageText
	for _, r := range rows {
		l, boxes, sum, n, cells := rowLine(r.words, r.cols)
		if n == 0 {
			continue
		}
		p.lines = append(p.lines, l)
		p.boxes = append(p.boxes, boxes)
		p.grid = append(p.grid, gridRow{grid: r.grid, cols: cells})
		p.confSum += sum
		p.words += n
		if r.grid >= 0 {
			p.grids = r.grids
		}
	}
	markForeign(p.lines)
	return p
}

// upright turns the boxes of a page Tesseract read sideways or upside
// down (it reports boxes as the image has them) so that they read left to
// right and top to bottom, the way the text does. Which way the text runs
// is what most lines of several words say.
func upright(segs []*segment) {
	var votes [4]int // by quarter turns: runs right, down, left, up
	for _, s := range segs {
		if len(s.words) < 2 {
			continue
		}
		a, b := s.words[0].box, s.words[len(s.words)-1].box
		dx, dy := (b.left+b.right)-(a.left+a.right), (b.top+b.bottom)-(a.top+a.bottom)
		switch {
		case abs(dx) >= abs(dy) && dx >= 0:
			votes[0]++
		case abs(dx) >= abs(dy):
			votes[2]++
		case dy > 0:
			votes[1]++
		default:
			votes[3]++
		}
	}
	turn := 0
	for i, v := range votes {
		if v > votes[turn] {
			turn = i
		}
	}
	if turn == 0 {
		return
	}
	rot := func(b box) box {
		switch turn {
		case 1: // runs down: the next line is to the left
			return box{left: b.top, right: b.bottom, top: -b.right, bottom: -b.left}
		case 2:
			return box{left: -b.right, right: -b.left, top: -b.bottom, bottom: -b.top}
		default: // runs up: the next line is to the right
			return box{left: -b.bottom, right: -b.top, top: b.left, bottom: b.right}
		}
	}
	for _, s := range segs {
		for i := range s.words {
			s.words[i].box = rot(s.words[i].box)
		}
		s.box = rot(s.box)
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// noise reports whether a word is a speck or a rule Tesseract read as a
// mark: no letter or digit, read at low confidence.
func noise(text string, conf float64) bool {
	return conf < 50 && !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// joinRows groups segments that sit side by side on the page into rows,
// top to bottom: a segment joins the row it overlaps most vertically (by
// at least half the lower height) if it overlaps none of the row's
// segments horizontally.
func joinRows(segs []*segment) [][]*segment {
	slices.SortStableFunc(segs, func(a, b *segment) int { return cmp.Compare(a.top+a.bottom, b.top+b.bottom) })
	var rows [][]*segment
	var boxes []box
	for _, s := range segs {
		best, bestOverlap := -1, 0
		for i := len(rows) - 1; i >= 0 && i >= len(rows)-4; i-- {
			ov := min(s.bottom, boxes[i].bottom) - max(s.top, boxes[i].top)
			if 2*ov < min(s.height(), boxes[i].height()) || ov <= bestOverlap || beside(rows[i], s) {
				continue
			}
			best, bestOverlap = i, ov
		}
		if best < 0 {
			rows = append(rows, []*segment{s})
			boxes = append(boxes, s.box)
			continue
		}
		rows[best] = append(rows[best], s)
		boxes[best] = boxes[best].union(s.box)
	}
	return rows
}

// beside reports whether s overlaps a segment of row horizontally, which
// means it is a line above or below, not a column of the same row.
func beside(row []*segment, s *segment) bool {
	for _, o := range row {
		if s.left < o.right && o.left < s.right {
			return true
		}
	}
	return false
}

// rowLine writes a row's words left to right, a tab between two cells,
// one hyphen where a word ending in one is followed by a word starting with
// one, and returns the line, whose confidence is its least sure word's,
// with the sum of its words' confidences and how many were counted. The
// cells are the columns cols gives each word, for a row of a grid, and
// otherwise cut where the gap between two words is wider than the text is
// high; cells are the columns of the line's cells (nil outside a grid).
func rowLine(words []word, cols []int) (l Line, boxes []box, sum float64, n int, cells []int) {
	if len(words) == 0 {
		return l, nil, 0, 0, nil
	}
	gap := medianHeight(words)
	var sb strings.Builder
	l.Confidence = 100
	for i, w := range words {
		sum += w.conf
		n++
		l.Confidence = min(l.Confidence, w.conf)
		// A wide gap between two words of one line parts two cells; in a
		// grid, so does a column boundary, and a cell's wrapped lines are
		// one cell.
		newCell := i > 0 && w.left-words[i-1].right > gap && w.top < words[i-1].bottom && words[i-1].top < w.bottom
		if cols != nil {
			newCell = newCell || i > 0 && cols[i] != cols[i-1]
		}
		switch {
		case i == 0:
			if cols != nil {
				cells = append(cells, cols[0])
			}
		case newCell:
			sb.WriteByte('\t')
			if cols != nil {
				cells = append(cells, cols[i])
			}
		case strings.HasSuffix(words[i-1].text, "-") && (strings.HasPrefix(w.text, "-") && len(w.text) > 1 || w.top >= words[i-1].bottom):
			// "Cloud- -Infrastruktur": the hyphen of a compound read twice,
			// once with each half; no text writes a word so. Or a compound
			// a cell wraps after its hyphen ("Moreno-" over "Lastra").
			rest := strings.TrimPrefix(w.text, "-")
			sb.WriteString(rest)
			last := &l.Words[len(l.Words)-1]
			last.Text, last.Confidence = last.Text+rest, min(last.Confidence, w.conf)
			boxes[len(boxes)-1] = boxes[len(boxes)-1].union(w.at)
			continue
		case splitInitial(words[i-1], w, gap):
			// "J acinto": Tesseract parted a name's first letter from the
			// rest; no text writes a lone capital before a lower-case word.
			sb.WriteString(w.text)
			last := &l.Words[len(l.Words)-1]
			last.Text, last.Confidence = last.Text+w.text, min(last.Confidence, w.conf)
			boxes[len(boxes)-1] = boxes[len(boxes)-1].union(w.at)
			continue
		default:
			sb.WriteByte(' ')
		}
		sb.WriteString(w.text)
		l.Words = append(l.Words, Word{Text: w.text, Confidence: w.conf})
		boxes = append(boxes, w.at)
	}
	l.Text = sb.String()
	return l, boxes, sum, n, cells
}

// oneLetterWords are the capitals that are words of their own in the
// languages Assay reads ("A", "E", "O", "Y", "I", "U", "À", "É", "Ó"), so
// that a line may start with one before a lower-case word.
var oneLetterWords = "AEOYIUÀÉÓ"

// splitInitial reports whether next goes on the word prev began: prev a
// lone capital that is no word of its own, next a lower-case word on the
// same line less than a line's height after it ("J acinto"). An initial
// before a name keeps its space ("J Smith", "J. Smith"), as does a capital
// that is a word ("A empresa", "E altri").
func splitInitial(prev, next word, gap int) bool {
	r, size := utf8.DecodeRuneInString(prev.text)
	if size != len(prev.text) || !unicode.IsUpper(r) || strings.ContainsRune(oneLetterWords, r) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsLower(first) && next.left-prev.right < gap && next.top < prev.bottom && prev.top < next.bottom
}

// wordColumns is the column of each word of a row, by the grid's cuts.
func wordColumns(row []word, cuts []int) []int {
	cols := make([]int, len(row))
	for i, w := range row {
		cols[i], _ = slices.BinarySearch(cuts, (w.left+w.right)/2)
	}
	return cols
}
