// Package reading turns evidence files (PDF, DOCX, XLSX, CSV, TXT, and
// scans as PNG, JPEG or image-only PDF) into plain text and tables that
// the fact extractors read.
//
// Read dispatches on the kind sniffed at upload: DOCX, XLSX, CSV and text
// are read here, PDFs by package pdf, and pictures of text (images, PDF
// pages without a text layer) by package ocr when Limits.OCR is set. Every
// reader but OCR is pure Go and deterministic, and every one is written for
// hostile input: the file size, the bytes produced by decompression, zip
// entry counts and sizes, pages, rows and time are all bounded by Limits
// (OCR's programs by package ocr as well), and a panic anywhere below Read
// becomes an UnreadableError instead of a crashed worker.
package reading

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"assay/app/reading/internal/unreadable"
	"assay/app/reading/ocr"
	"assay/app/reading/pdf"
)

// Document is what a file says, in a form the fact extractors read.
type Document struct {
	// Kind is the evidence kind the file was read as: "pdf", "docx",
	// "xlsx", "csv", "txt", "png" or "jpeg".
	Kind string
	// Text is the plain text in reading order, one line per text line,
	// paragraph or table row; the cells of a row are joined by tabs (a
	// cell's own line breaks become spaces). In a PDF a wide gap between
	// two runs on a line (a table column) is a tab as well; the sheets of
	// an XLSX are separated by an empty line.
	Text string
	// Tables holds the file's tables: one for a CSV, one per sheet of an
	// XLSX (date-formatted numbers become ISO dates), the tables of a
	// DOCX in document order, those of a PDF that draws their grid or
	// prints a sheet over pages side by side, and those whose columns the
	// words of a scan line up in (their text is in Text too).
	Tables []Table
	// Pages is the number of pages of a PDF and 0 for every other kind.
	Pages int
	// OCR is set when some of Text was read by OCR from a picture of text:
	// its lines with the confidence each was read at, and the pages read
	// so. A fact read from a line of low confidence is not to be trusted
	// without an analyst looking at the scan.
	OCR *ocr.Text
}

// Table is a named grid of cell strings; rows may differ in length.
type Table struct {
	// Name is the sheet name for XLSX, and empty for CSV and DOCX.
	Name string
	// Rows holds the cells, row by row, as the file shows them; an XLSX
	// leaves out rows with no text and trailing empty cells, which Excel
	// writes by the thousand for formatting alone.
	Rows [][]string
}

// Limits bounds the work one file may cause, so that a hostile or broken
// file costs at most a known amount of memory and time. A zero field means
// its default, so setting one bound never lifts the others.
type Limits struct {
	// MaxPages is the most PDF pages read.
	MaxPages int
	// MaxBytes bounds the file size.
	MaxBytes int64
	// MaxMemory is the memory budget of one reading: the total number of
	// bytes decompression may produce (PDF streams, zip entries), which is
	// what a reader holds beside the file itself. A file that expands
	// further is unreadable.
	MaxMemory int64
	// MaxZipEntries is the most entries a DOCX or XLSX may hold.
	MaxZipEntries int
	// MaxEntryBytes is the most bytes one zip entry may expand to.
	MaxEntryBytes int64
	// MaxRows is the most table rows (CSV, XLSX, DOCX) read in total; an
	// XLSX may also hold at most 50 cells per allowed row, counting the
	// empty cells that pad out sparse rows.
	MaxRows int
	// Timeout bounds the time spent on one file, OCR aside.
	Timeout time.Duration
	// OCRPageTimeout is the time OCR may take per scanned page, given on
	// top of Timeout: a scan of several pages takes several times as long
	// as one, and a busy machine reads a page in tens of seconds.
	OCRPageTimeout time.Duration
	// MaxOCRPages is the most scanned pages read by OCR; a file with more
	// is unreadable rather than read in part, since a count or a table
	// read from some of its pages would be wrong.
	MaxOCRPages int
	// OCR reads pictures of text; nil leaves them unread, and the reason
	// says that OCR is not set up.
	OCR *ocr.Engine
}

// DefaultLimits returns limits generous enough for any genuine piece of
// evidence and tight enough that a hostile file cannot exhaust a worker.
func DefaultLimits() Limits {
	return Limits{
		MaxPages:       500,
		MaxBytes:       200 << 20,
		MaxMemory:      32 << 20,
		MaxZipEntries:  2000,
		MaxEntryBytes:  100 << 20,
		MaxRows:        200_000,
		Timeout:        60 * time.Second,
		OCRPageTimeout: 30 * time.Second,
		MaxOCRPages:    10,
	}
}

// MaxDuration is the longest one reading may take: Timeout, and the OCR of
// as many pages as it may read. A caller bounding a reading from outside
// (a job's timeout) allows at least this.
func (l Limits) MaxDuration() time.Duration {
	l = l.withDefaults()
	return l.Timeout + time.Duration(l.MaxOCRPages)*l.OCRPageTimeout
}

// UnreadableError says why a file could not be read, in words an analyst
// understands: its Reason is shown as is, its Err is the cause for logs
// and errors.Is. The file itself is fine to keep, its content is not usable.
// The PDF reader returns the same type, so its reasons reach callers as
// they were written.
type UnreadableError = unreadable.Error

// ErrNoTextLayer is wrapped by the UnreadableError returned for image-only
// PDFs and for PNG and JPEG files that could not be read by OCR (it is off,
// or found no text): the content is a picture of text, and Assay does not
// guess at it.
var ErrNoTextLayer = unreadable.ErrNoTextLayer

// Read extracts the text and tables of a file of the given kind (one of the
// evidence kinds: "pdf", "docx", "xlsx", "csv", "txt", "png", "jpeg").
//
// A file that cannot be read, is over a limit or has no text returns an
// *UnreadableError. If ctx itself is cancelled the context's error is
// returned wrapped instead, since the file may well be readable on a retry.
func Read(ctx context.Context, r io.ReaderAt, size int64, kind string, lim Limits) (doc Document, err error) {
	lim = lim.withDefaults()
	tctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			// A reader bug must not take the worker down; the stack goes
			// into the cause for whoever reads the logs.
			doc = Document{Kind: kind}
			err = unreadable.Errorf(fmt.Errorf("panic: %v\n%s", p, debug.Stack()),
				"the file is damaged and could not be read")
		}
	}()
	doc, err = read(withOCRContext(tctx, ctx), r, size, kind, lim)
	if err == nil {
		return doc, nil
	}
	var ue *UnreadableError
	switch {
	case ctx.Err() != nil:
		return Document{Kind: kind}, fmt.Errorf("reading: read %s: %w", kind, ctx.Err())
	case errors.As(err, &ue):
		return doc, err
	case errors.Is(err, context.DeadlineExceeded):
		return Document{Kind: kind}, unreadable.Errorf(err, "took longer than %s", lim.Timeout)
	default:
		return Document{Kind: kind}, unreadable.Errorf(err, "the file is damaged and could not be read")
	}
}

// ocrContextKey holds, in the context of a reading, the caller's own
// context, which OCR's deadline is set from.
type ocrContextKey struct{}

func withOCRContext(ctx, caller context.Context) context.Context {
	return context.WithValue(ctx, ocrContextKey{}, caller)
}

// ocrContext is the context OCR of pages runs in: the caller's, with a
// deadline of OCRPageTimeout per page from now rather than what is left of
// Timeout, so that a multi-page scan is not cut short by the file's own
// deadline. Reading without Read's context (the fuzz tests) uses ctx.
func ocrContext(ctx context.Context, lim Limits, pages int) (context.Context, context.CancelFunc) {
	caller, ok := ctx.Value(ocrContextKey{}).(context.Context)
	if !ok {
		caller = ctx
	}
	return context.WithTimeout(caller, time.Duration(max(pages, 1))*lim.OCRPageTimeout)
}

// ocrErr names the OCR deadline when it is the one that passed.
func ocrErr(octx context.Context, err error, lim Limits, pages int) error {
	if err != nil && errors.Is(octx.Err(), context.DeadlineExceeded) && !errors.As(err, new(*UnreadableError)) {
		return unreadable.Errorf(err, "OCR took longer than %s for %d scanned page(s)", time.Duration(max(pages, 1))*lim.OCRPageTimeout, max(pages, 1))
	}
	return err
}

// withDefaults fills in zero fields, so Limits{} means "the defaults" and a
// caller setting one field does not lift every other bound.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	orDefault(&l.MaxPages, d.MaxPages)
	orDefault(&l.MaxBytes, d.MaxBytes)
	orDefault(&l.MaxMemory, d.MaxMemory)
	orDefault(&l.MaxZipEntries, d.MaxZipEntries)
	orDefault(&l.MaxEntryBytes, d.MaxEntryBytes)
	orDefault(&l.MaxRows, d.MaxRows)
	orDefault(&l.Timeout, d.Timeout)
	orDefault(&l.OCRPageTimeout, d.OCRPageTimeout)
	orDefault(&l.MaxOCRPages, d.MaxOCRPages)
	return l
}

// orDefault sets a bound that is not positive to its default.
func orDefault[T int | int64 | time.Duration](bound *T, def T) {
	if *bound <= 0 {
		*bound = def
	}
}

// read dispatches on kind without the panic guard, so that fuzz tests see
// a reader's panics instead of an UnreadableError hiding them.
func read(ctx context.Context, r io.ReaderAt, size int64, kind string, lim Limits) (Document, error) {
	doc := Document{Kind: kind}
	if size < 0 {
		return doc, unreadable.Errorf(nil, "the file size is unknown")
	}
	if size > lim.MaxBytes {
		return doc, unreadable.Errorf(nil, "the file is larger than the limit of %s", unreadable.FormatBytes(lim.MaxBytes))
	}
	b := newBudget(ctx, lim)
	var err error
	switch kind {
	case "pdf":
		err = readPDF(ctx, b, r, size, &doc)
	case "docx":
		err = readDOCX(b, r, size, &doc)
	case "xlsx":
		err = readXLSX(b, r, size, &doc)
	case "csv":
		err = readCSV(b, r, size, &doc)
	case "txt":
		err = readTXT(b, r, size, &doc)
	case "png", "jpeg":
		err = readImage(ctx, b, r, size, kind, &doc)
	default:
		err = unreadable.Errorf(nil, "files of kind %q are not read", kind)
	}
	if err != nil {
		return Document{Kind: kind}, err
	}
	return doc, nil
}

// budget carries the limits and what has been spent against them while one
// file is read: the shared budget of bytes and time, and the rows of tables.
type budget struct {
	*unreadable.Budget
	lim  Limits
	rows int
}

func newBudget(ctx context.Context, lim Limits) *budget {
	return &budget{Budget: unreadable.NewBudget(ctx, lim.MaxMemory, lim.Timeout), lim: lim}
}

// row charges one table row against MaxRows.
func (b *budget) row() error {
	b.rows++
	if b.rows > b.lim.MaxRows {
		return unreadable.Errorf(nil, "exceeds the limit of %d rows", b.lim.MaxRows)
	}
	return nil
}

// readAll reads the whole file, which read has already checked against
// MaxBytes.
func readAll(r io.ReaderAt, size int64) ([]byte, error) {
	buf := make([]byte, size)
	n, err := r.ReadAt(buf, 0)
	if int64(n) == size {
		return buf, nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return nil, fmt.Errorf("reading: read file: %w", err)
}

// validText makes s valid UTF-8, replacing bad bytes with U+FFFD, and
// drops a leading byte order mark.
func validText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// readPDF reads a PDF's text through package pdf, and its scanned pages
// through OCR.
func readPDF(ctx context.Context, b *budget, r io.ReaderAt, size int64, doc *Document) error {
	data, err := readAll(r, size)
	if err != nil {
		return err
	}
	got, err := pdf.Read(b.Budget, data, b.lim.MaxPages)
	var ue *UnreadableError
	switch {
	case errors.Is(err, ErrNoTextLayer) && errors.As(err, &ue) && got.Pages > 0:
		if reason := b.lim.OCR.PDFReason(); reason != "" {
			return unreadable.Errorf(ErrNoTextLayer, "%s, and %s", ue.Reason, reason)
		}
		got.Scanned, got.Starts = make([]int, got.Pages), make([]int, got.Pages)
		for i := range got.Scanned {
			got.Scanned[i] = i + 1
		}
	case err != nil:
		return err
	case len(got.Scanned) == 0 || b.lim.OCR.PDFReason() != "":
		// A scanned page among pages with text is left out when OCR is off.
		doc.Text, doc.Pages, doc.Tables = got.Text, got.Pages, pdfTables(got)
		return nil
	}
	if len(got.Scanned) > b.lim.MaxOCRPages {
		return unreadable.Errorf(nil, "has %d scanned pages, more than the %d read by OCR", len(got.Scanned), b.lim.MaxOCRPages)
	}
	octx, cancel := ocrContext(ctx, b.lim, len(got.Scanned))
	defer cancel()
	t, err := b.lim.OCR.PDF(octx, bytes.NewReader(data), got.Scanned)
	if err != nil {
		return ocrErr(octx, err, b.lim, len(got.Scanned))
	}
	doc.Text, doc.Pages, doc.Tables, doc.OCR = spliceOCR(got, t), got.Pages, append(pdfTables(got), ocrTables(t)...), &t
	return nil
}

// pdfTables are the tables whose grid a PDF draws.
func pdfTables(got pdf.Document) []Table {
	var out []Table
	for _, t := range got.Tables {
		out = append(out, Table{Rows: t})
	}
	return out
}

// ocrTables are the tables OCR found in the word positions of scanned
// pages, as the readers find a PDF's.
func ocrTables(t ocr.Text) []Table {
	var out []Table
	for _, tb := range t.Tables {
		out = append(out, Table{Rows: tb.Rows})
	}
	return out
}

// spliceOCR puts the lines OCR read from each scanned page where that page
// is in the text of the PDF.
func spliceOCR(got pdf.Document, t ocr.Text) string {
	var sb strings.Builder
	at := 0
	for _, page := range got.Scanned {
		start := got.Starts[page-1]
		sb.WriteString(got.Text[at:start])
		at = start
		for _, l := range t.Lines {
			if l.Page == page {
				sb.WriteString(l.Text)
				sb.WriteByte('\n')
			}
		}
	}
	sb.WriteString(got.Text[at:])
	return sb.String()
}

// readImage reads a PNG or JPEG through OCR.
func readImage(ctx context.Context, b *budget, r io.ReaderAt, size int64, kind string, doc *Document) error {
	if reason := b.lim.OCR.Reason(); reason != "" {
		return unreadable.Errorf(ErrNoTextLayer, "no text layer: the file is an image (%s), and %s", strings.ToUpper(kind), reason)
	}
	octx, cancel := ocrContext(ctx, b.lim, 1)
	defer cancel()
	t, err := b.lim.OCR.Image(octx, io.NewSectionReader(r, 0, size), kind)
	if err != nil {
		return ocrErr(octx, err, b.lim, 1)
	}
	doc.Text, doc.Tables, doc.OCR = t.String(), ocrTables(t), &t
	return nil
}

// readTXT returns the text as is, with line endings made "\n".
func readTXT(b *budget, r io.ReaderAt, size int64, doc *Document) error {
	data, err := readAll(r, size)
	if err != nil {
		return err
	}
	s := validText(string(data))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	doc.Text = s
	return b.Check()
}

// tableText renders rows as lines of tab-joined cells, the form Document.Text
// uses for tables.
func tableText(sb *strings.Builder, rows [][]string) {
	for _, row := range rows {
		for i, c := range row {
			if i > 0 {
				sb.WriteByte('\t')
			}
			sb.WriteString(oneLine(c))
		}
		sb.WriteByte('\n')
	}
}

// oneLine flattens a cell's inner line breaks and tabs into spaces so that
// a row stays one line of Text.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\r' || r == '\n' || r == '\t' }), " ")
}
