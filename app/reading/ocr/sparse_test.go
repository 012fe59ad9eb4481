package ocr

import "testing"

// TestGarbled tells a reading that garbled part of a page (a table whose
// wrapped cells Tesseract read as one line of nonsense) from one that
// misread a few words (a smudged stamp, a signature read as letters),
// which is read again in sparse mode only in the first case.
func TestGarbled(t *testing.T) {
	// row is a line of words at the confidences given.
	row := func(line int, confs ...float64) []tsvWord {
		var ws []tsvWord
		for i, c := range confs {
			ws = append(ws, tsvWord{line, "word", c, 100 + 150*i, 120})
		}
		return ws
	}
	page := func(rows ...[]tsvWord) []tsvWord {
		var all []tsvWord
		for _, r := range rows {
			all = append(all, r...)
		}
		return all
	}
	clean := func(line int) []tsvWord { return row(line, 95, 93, 96, 91, 94) }
	cases := []struct {
		name  string
		words []tsvWord
		want  bool
	}{
		{"every word sure", page(clean(1), clean(2), clean(3), clean(4)), false},
		{"a table row read as nonsense", page(clean(1), row(2, 95, 31, 12, 44, 96), clean(3), clean(4)), true},
		{"one word in ten garbled", page(clean(1), row(2, 95, 31, 40, 91, 94), clean(3), clean(4)), true},
		// Near misses: a stamp or a signature read as a word or two on a
		// page of many words read right.
		{"a signature read as one word", page(clean(1), clean(2), clean(3), clean(4), clean(5), clean(6), row(7, 20)), false},
		{"one low word in twenty", page(clean(1), row(2, 95, 93, 40, 91, 94), clean(3), clean(4)), false},
		{"one low word in twenty-one", page(clean(1), clean(2), clean(3), clean(4), row(5, 40)), false},
		{"words doubted, not garbled", page(clean(1), row(2, 70, 65, 62, 80, 61), clean(3), clean(4)), false},
	}
	for _, c := range cases {
		if got := tsvPage(t, c.words...).garbled(); got != c.want {
			t.Errorf("%s: garbled = %v, want %v", c.name, got, c.want)
		}
	}
}
