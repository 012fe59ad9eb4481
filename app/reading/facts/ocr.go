package facts

import (
	"fmt"
	"strings"

	"assay/app/evidence"
	"assay/app/reading/ocr"
)

// OCRConfidence is the confidence, from 0 to 100, under which a line read
// by OCR is not trusted: a fact quoted from it is doubtful until an analyst
// confirms it against the scan. In the scans of printed certificates under
// testdata, every line of the clean ones reads at 87 or more, while the
// poor one has lines that came out wrong ("7 Quay Rond", "BS! 404") at 64
// to 76 and facts read from lines at 64 and 76.
const OCRConfidence = 85

// questionOCR marks the facts of f that were read from low-confidence
// lines of OCR text as doubtful, saying at what confidence they were read.
func questionOCR(f *evidence.Facts, t *ocr.Text) {
	for key, quote := range f.Quotes() {
		conf, ok := quoteConfidence(quote, t)
		if ok && conf < OCRConfidence {
			f.Question(key, fmt.Sprintf("read by OCR at %.0f %% confidence: check it against the scan", conf))
		}
	}
}

// quoteConfidence is the lowest confidence of the OCR lines a quote was
// taken from; ok is false when the quote comes from none (a page with a
// text layer).
func quoteConfidence(quote string, t *ocr.Text) (conf float64, ok bool) {
	q := strings.TrimSuffix(quote, "…")
	q = strings.Join(strings.Fields(q), " ")
	conf = 100
	for _, l := range t.Lines {
		// The line as docLines gives it to the extractors, and quotes show it.
		line := strings.Join(strings.Fields(rowText(strings.Split(l.Text, "\t"))), " ")
		// A line inside a longer quote (a scope over several lines) must be
		// long enough not to match by chance, as a lone "of" would.
		inQuote := len(line) >= min(len(q), 12) && strings.Contains(q, line)
		if line == "" || !inQuote && !strings.Contains(line, q) {
			continue
		}
		conf, ok = min(conf, l.Confidence), true
	}
	return conf, ok
}
