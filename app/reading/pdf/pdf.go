// Package pdf reads the text of a PDF in reading order, for package
// reading, and the tables whose rows the text alone cannot give back:
// those that draw their grid, and a sheet printed over pages side by side.
// It is pure Go and written for hostile input: a lexer and object parser
// that never panic on broken syntax, cross-reference tables and
// streams with incremental updates and object streams (and a rebuild by
// scanning when they are wrong), Flate, LZW and the other text filters,
// simple and composite fonts with their encodings and ToUnicode maps (or,
// without one, glyph names, Unicode CMaps and embedded TrueType cmaps),
// form field values and annotations, and the standard security handler
// for files protected only against editing.
//
// Every byte decoded and every step taken is charged to the caller's
// unreadable.Budget, and every way a file can fail ends in an
// *unreadable.Error whose reason an analyst can read.
package pdf

import (
	"errors"
	"strings"

	"assay/app/reading/internal/unreadable"
)

// Document is what a PDF says.
type Document struct {
	// Text is the text in reading order, one line per text line; a wide
	// gap between two runs on a line (a table column) is a tab.
	Text string
	// Pages is the number of pages.
	Pages int
	// Scanned lists the pages (numbered from 1) that draw images but no
	// text: scans, whose text only OCR can read.
	Scanned []int
	// Tables holds the tables whose grid the pages draw, row by row, each
	// cell's lines joined; a table printed over several pages is one.
	Tables []Table
	// Starts holds, for each page, the offset in Text where its lines
	// begin, so that text read from a scanned page can be put in its place.
	Starts []int
}

// Read extracts the text of every page in reading order: glyphs are
// placed where the page draws them and read top to bottom, left to right,
// which is how browsers and office suites lay out certificates and minutes.
// A file that is damaged, over maxPages or the budget, or has no text
// returns an *unreadable.Error; one without text wraps ErrNoTextLayer and
// comes with its page count.
func Read(b *unreadable.Budget, data []byte, maxPages int) (doc Document, err error) {
	defer func() {
		// The parser reads a broken object as null and carries on, and an
		// object over the budget is one; the file is still unreadable.
		if spent := b.Spent(); spent != nil {
			doc, err = Document{}, spent
		}
	}()
	f, err := openPDF(b, data)
	if err != nil {
		return Document{}, pdfErr(err)
	}
	pages, err := f.pages(maxPages)
	if err != nil {
		return Document{}, pdfErr(err)
	}
	if len(pages) == 0 {
		return Document{}, unreadable.Errorf(nil, "the PDF has no pages")
	}
	ex := &textExtractor{f: f, fonts: map[pdfRef]*pdfFont{}}
	var sb strings.Builder
	doc = Document{Pages: len(pages), Starts: make([]int, 0, len(pages))}
	for i, p := range pages {
		// The deadline is checked per page as well as inside the content
		// loop, so a huge page cannot outlive it either.
		if err := b.Check(); err != nil {
			return Document{}, err
		}
		doc.Starts = append(doc.Starts, sb.Len())
		shown, images := ex.shown, ex.images
		lines, err := ex.page(p)
		if err != nil {
			return Document{}, pdfErr(err)
		}
		if ex.shown == shown && ex.images > images {
			doc.Scanned = append(doc.Scanned, i+1)
		}
		for _, line := range lines {
			sb.WriteString(line)
			sb.WriteByte('\n')
		}
	}
	// Without a text layer the page count is still returned, so that the
	// caller can have the pages read by OCR.
	noText := Document{Pages: len(pages)}
	switch {
	case ex.shown == 0 && ex.images > 0:
		return noText, unreadable.Errorf(unreadable.ErrNoTextLayer, "no text layer: the PDF holds only scanned images")
	case ex.shown == 0:
		return noText, unreadable.Errorf(unreadable.ErrNoTextLayer, "no text layer: the PDF's pages hold no text")
	case ex.mapped == 0:
		return noText, unreadable.Errorf(unreadable.ErrNoTextLayer, "no text layer: the PDF's fonts do not say which characters they draw")
	}
	if err := b.Check(); err != nil {
		return Document{}, err
	}
	doc.Text = sb.String()
	for i := range ex.tables {
		ex.tables[i].close()
		doc.Tables = append(doc.Tables, ex.tables[i].rows)
	}
	doc.Tables = append(doc.Tables, sheetTables(ex.sheets)...)
	return doc, nil
}

// isUnreadable reports whether err is a limit, the deadline or another
// *unreadable.Error, which ends the reading of the whole file rather than
// of the object or stream that caused it.
func isUnreadable(err error) bool {
	var ue *unreadable.Error
	return errors.As(err, &ue)
}

// pdfErr turns a parser error into an *unreadable.Error, keeping limit and
// deadline errors as they are.
func pdfErr(err error) error {
	var ue *unreadable.Error
	switch {
	case errors.As(err, &ue):
		return err
	case errors.Is(err, errNotPDF):
		return unreadable.Errorf(err, "not a valid PDF file")
	case errors.Is(err, errSyntax):
		return unreadable.Errorf(err, "not a valid PDF file: its structure is damaged")
	}
	return err
}
