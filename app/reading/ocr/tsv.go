package ocr

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
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
}

// box is a rectangle on the page, in pixels, top-left origin.
type box struct{ left, top, right, bottom int }

func (b box) height() int { return b.bottom - b.top }

func (b box) union(o box) box {
	return box{min(b.left, o.left), min(b.top, o.top), max(b.right, o.right), max(b.bottom, o.bottom)}
}

// word is one word of Tesseract's output.
type word struct {
	text string
	conf float64
	box
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
// the text reads like that of a PDF with the same layout.
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
	var p pageText
	for _, row := range joinRows(segs) {
		l, boxes, sum, n := rowLine(row)
		if n == 0 {
			continue
		}
		p.lines = append(p.lines, l)
		p.boxes = append(p.boxes, boxes)
		p.confSum += sum
		p.words += n
	}
	markForeign(p.lines)
	return p, nil
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

// rowLine writes a row's words left to right, a tab where the gap between
// two words is wider than the text is high (a column), one hyphen where a
// word ending in one is followed by a word starting with one, and returns the
// line, whose confidence is its least sure word's, with the sum of its
// words' confidences and how many were counted.
func rowLine(row []*segment) (l Line, boxes []box, sum float64, n int) {
	var words []word
	for _, s := range slices.SortedFunc(slices.Values(row), func(a, b *segment) int { return cmp.Compare(a.left, b.left) }) {
		words = append(words, s.words...)
	}
	heights := make([]int, len(words))
	for i, w := range words {
		heights[i] = w.height()
	}
	slices.Sort(heights)
	gap := heights[len(heights)/2]
	var sb strings.Builder
	l.Confidence = 100
	for i, w := range words {
		sum += w.conf
		n++
		l.Confidence = min(l.Confidence, w.conf)
		switch {
		case i == 0:
		case w.left-words[i-1].right > gap:
			sb.WriteByte('\t')
		case strings.HasSuffix(words[i-1].text, "-") && strings.HasPrefix(w.text, "-") && len(w.text) > 1:
			// "Cloud- -Infrastruktur": the hyphen of a compound read twice,
			// once with each half; no text writes a word so.
			sb.WriteString(w.text[1:])
			last := &l.Words[len(l.Words)-1]
			last.Text, last.Confidence = last.Text+w.text[1:], min(last.Confidence, w.conf)
			boxes[len(boxes)-1] = boxes[len(boxes)-1].union(w.box)
			continue
		default:
			sb.WriteByte(' ')
		}
		sb.WriteString(w.text)
		l.Words = append(l.Words, Word{Text: w.text, Confidence: w.conf})
		boxes = append(boxes, w.box)
	}
	l.Text = sb.String()
	return l, boxes, sum, n
}
