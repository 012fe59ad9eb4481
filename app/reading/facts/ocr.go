package facts

import (
	"fmt"
	"strings"

	"assay/app/evidence"
	"assay/app/reading/ocr"
)

// OCRConfidence is the confidence, from 0 to 100, under which a word read
// by OCR is not trusted: a fact quoted from it is doubtful until an analyst
// confirms it against the scan. Across the 43 scans under testdata, of the
// words OCR misread (642, against the PDFs they were scanned from) 56 %
// were read under 85, and of those it read right (7,894) 2.1 %. A higher
// bar buys little for what it costs (under 90: 66 % and 5.1 %; under 93:
// 87 % and 24 %), since Tesseract gives most of its misreads (a lost or
// changed accent) the confidence of the words it reads right; a foreign
// letter gives many of those away instead (ocr.Word.Foreign).
const OCRConfidence = 85

// questionOCR marks the facts of f that were read from OCR words of low
// confidence, or with a letter foreign to their page's language, as
// doubtful, saying why.
func questionOCR(f *evidence.Facts, t *ocr.Text) {
	values := f.Values()
	for key, quote := range f.Quotes() {
		conf, misread, ok := quoteConfidence(quote, valueWords(values[key]), t)
		switch {
		case ok && misread != "":
			f.Question(key, fmt.Sprintf("read by OCR as %q, with a letter its language does not write: check it against the scan", misread))
		case ok && conf < OCRConfidence:
			f.Question(key, fmt.Sprintf("read by OCR at %.0f %% confidence: check it against the scan", conf))
		}
	}
}

// valueWords are the words of a fact's value as its text is written (a
// name, a scope, sites), none for a value read into another form (a date,
// a number, a yes or no).
func valueWords(v any) map[string]bool {
	words := map[string]bool{}
	var texts []string
	switch v := v.(type) {
	case string:
		texts = []string{v}
	case []string:
		texts = v
	}
	for _, s := range texts {
		for _, w := range strings.Fields(s) {
			words[w] = true
		}
	}
	return words
}

// quoteConfidence is the lowest confidence of the OCR words a quote was
// taken from, and the first of them with a foreign letter that is a word
// of the value (a misread letter in a label the value was found by leaves
// the value as it is); ok is false when the quote comes from no OCR line
// (a page with a text layer). Of a line the quote is part of, only the
// words the quote has count.
func quoteConfidence(quote string, value map[string]bool, t *ocr.Text) (conf float64, misread string, ok bool) {
	q := strings.TrimSuffix(quote, "…")
	q = strings.Join(strings.Fields(q), " ")
	quoted := map[string]bool{}
	for _, w := range strings.Fields(q) {
		quoted[w] = true
	}
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
		ok = true
		if len(l.Words) == 0 {
			conf = min(conf, l.Confidence)
			continue
		}
		for _, w := range l.Words {
			if !inQuote && !quoted[w.Text] {
				continue
			}
			conf = min(conf, w.Confidence)
			if w.Foreign && value[w.Text] && misread == "" {
				misread = w.Text
			}
		}
	}
	return conf, misread, ok
}
