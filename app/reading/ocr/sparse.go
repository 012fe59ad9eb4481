package ocr

import "context"

// A table whose cells wrap over two lines at other heights than their
// neighbours' ("Inscrito em" over two lines beside a one-line "Setor", a
// course's name wrapped in every row) defeats Tesseract's layout analysis:
// it takes the lines of several cells for one line and reads that as
// nonsense ("pia RE de", "mermar"), at a low confidence. Read in sparse
// mode, where every cluster of words is a line of its own, the same page
// comes out word for word, and joinRows and the grid put the cells back
// in their rows. Sparse mode reads running text worse (a line broken at a
// wide gap loses its order), so a page is read so only when its first
// reading garbled some of it, and the sparse reading is taken only when it
// is clearly surer of its words.

// garbledConfidence is the confidence under which a word is most likely
// nonsense read from several lines at once rather than a misread letter:
// across the scans under the facts' testdata, the pages read right have
// at most one such word in twenty, the garbled tables one in six to one in
// twelve.
const garbledConfidence = 60

// garbledShare is the share of a page's words read under
// garbledConfidence from which the page is read again in sparse mode:
// above the one in twenty of pages read right (a stamp, a signature), so
// that those are not read twice, and under the one in twelve of the
// garbled tables.
const garbledShare = 0.07

// garbled reports whether a reading of a page has as many nonsense words
// as a table Tesseract's layout analysis garbles.
func (p pageText) garbled() bool {
	n, low := 0, 0
	for _, l := range p.lines {
		for _, w := range l.Words {
			n++
			if w.Confidence < garbledConfidence {
				low++
			}
		}
	}
	return n > 0 && float64(low) >= garbledShare*float64(n)
}

// sparse is the better of a page's reading p, when it is garbled, and a
// reading in sparse mode with packs: the sparse one when its words are surer by
// betterBy, as reread takes a reading.
func (e *Engine) sparse(ctx context.Context, dir, image string, dpi int, packs string, p pageText) (pageText, error) {
	if !p.garbled() {
		return p, nil
	}
	psm := "11" // sparse text
	if e.osd {
		psm = "12" // the same, after finding which way up the page is
	}
	q, err := e.pageMode(ctx, dir, image, dpi, packs, psm)
	if err != nil {
		return pageText{}, err
	}
	if q.words > 0 && q.mean() >= p.mean()+betterBy {
		return q, nil
	}
	return p, nil
}
