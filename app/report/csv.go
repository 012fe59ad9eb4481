package report

import (
	"bufio"
	"encoding/csv"
	"io"
)

// CSVContentType is the media type of the CSV files.
const CSVContentType = "text/csv; charset=utf-8"

// utf8BOM starts every CSV: without it Excel, the program most people open a CSV with, reads
// the file in the local ANSI code page and garbles names such as "Königstraße". Programs that
// parse CSV (Go's encoding/csv included) keep it in the first header cell; strip it there.
const utf8BOM = "\ufeff"

// CSVWriter streams rows as CSV: comma separated, quoted as needed, lines ended by LF. RFC 4180
// asks for CRLF, but Go's writer in CRLF mode drops a lone carriage return inside a value, and
// every spreadsheet program reads LF.
type CSVWriter struct {
	bw  *bufio.Writer
	cw  *csv.Writer
	err error
}

// NewCSV starts a CSV file on w.
func NewCSV(w io.Writer) *CSVWriter {
	bw := bufio.NewWriterSize(w, 32<<10)
	cw := csv.NewWriter(bw)
	_, err := bw.WriteString(utf8BOM)
	return &CSVWriter{bw: bw, cw: cw, err: err}
}

// Row writes one record, each text cell neutralised by Safe.
func (w *CSVWriter) Row(cells ...Cell) error {
	if w.err != nil {
		return w.err
	}
	rec := make([]string, len(cells))
	for i, c := range cells {
		rec[i] = c.String()
	}
	w.err = w.cw.Write(rec)
	return w.err
}

// Flush sends the rows written so far on to the underlying writer.
func (w *CSVWriter) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.cw.Flush()
	if w.err = w.cw.Error(); w.err != nil {
		return w.err
	}
	w.err = w.bw.Flush()
	return w.err
}

// Close flushes what is buffered.
func (w *CSVWriter) Close() error { return w.Flush() }
