package reading

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"assay/app/reading/internal/unreadable"
)

// csvDelimiters are the separators spreadsheet programs write: comma,
// semicolon (locales with a decimal comma) and tab ("Unicode text").
var csvDelimiters = []rune{',', ';', '\t'}

// readCSV reads a delimited text file into one table.
func readCSV(b *budget, r io.ReaderAt, size int64, doc *Document) error {
	data, err := readAll(r, size)
	if err != nil {
		return err
	}
	text := validText(string(data))
	delim, directed := sepDirective(text)
	if directed {
		// The line is Excel's instruction, not a row of the export.
		_, text, _ = strings.Cut(text, "\n")
	} else {
		delim = detectDelimiter(text)
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = delim
	// Exports are often sloppy: rows of different lengths and stray quotes
	// inside fields must not make the whole file unreadable.
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return unreadable.Errorf(err, "not a valid CSV file")
		}
		if err := b.row(); err != nil {
			return err
		}
		if err := b.Tick(); err != nil {
			return err
		}
		rows = append(rows, rec)
	}
	var sb strings.Builder
	tableText(&sb, rows)
	doc.Text = sb.String()
	doc.Tables = []Table{{Rows: rows}}
	return b.Check()
}

// sepDirective reads the "sep=;" first line with which an export tells
// Excel its separator.
func sepDirective(text string) (rune, bool) {
	line, _, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	if len(line) != 5 || !strings.EqualFold(line[:4], "sep=") {
		return 0, false
	}
	d := rune(line[4])
	return d, d != '"' && d != '\r' && d != '\n'
}

// detectDelimiter picks the separator that splits the first lines into the
// same number of fields most consistently, preferring more fields; a file
// with no separator at all is read with commas (one column).
func detectDelimiter(text string) rune {
	lines := sampleLines(text, 20)
	best, bestScore := ',', 0
	for _, d := range csvDelimiters {
		counts := map[int]int{}
		for _, l := range lines {
			if n := countOutsideQuotes(l, byte(d)); n > 0 {
				counts[n]++
			}
		}
		// The score favours the field count most lines agree on; ties go to
		// the earlier delimiter in csvDelimiters.
		for n, c := range counts {
			if score := c*1000 + n; score > bestScore {
				best, bestScore = d, score
			}
		}
	}
	return best
}

// sampleLines returns up to n non-empty physical lines from the start of
// text; a quoted field spanning lines only makes its lines disagree, which
// the majority vote in detectDelimiter absorbs.
func sampleLines(text string, n int) []string {
	var lines []string
	for len(text) > 0 && len(lines) < n {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line = strings.TrimRight(line, "\r"); line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// countOutsideQuotes counts d in line, skipping double-quoted sections.
func countOutsideQuotes(line string, d byte) int {
	n, quoted := 0, false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"':
			quoted = !quoted
		case c == d && !quoted:
			n++
		}
	}
	return n
}
