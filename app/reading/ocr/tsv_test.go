package ocr

import (
	"fmt"
	"strings"
	"testing"
)

// TestParseTSV lays out a label and value table the way Tesseract reports
// it, in separate segments per column, on a page the right way up and
// turned a quarter, a half and three quarters (Tesseract gives the boxes
// as the image has them): each comes out as the same lines, columns joined
// by a tab, specks dropped, and each line as sure as its least sure word.
func TestParseTSV(t *testing.T) {
	type w struct {
		block, line int
		text        string
		conf        float64
		left, top   int
	}
	words := []w{
		{1, 1, "Certificate", 96, 100, 100}, {1, 1, "of", 95, 230, 100}, {1, 1, "Registration", 94, 350, 100},
		{2, 1, "Valid", 91, 100, 200}, {2, 1, "until:", 62, 220, 200},
		{3, 1, "30", 95, 600, 205}, {3, 1, "June", 93, 720, 205}, {3, 1, "2027", 97, 840, 205},
		{3, 1, "|", 20, 960, 205},
	}
	const width, height, pageW, pageH = 100, 40, 1000, 1400
	for turn := range 4 {
		t.Run(fmt.Sprintf("turned %d°", turn*90), func(t *testing.T) {
			var sb strings.Builder
			sb.WriteString(tsvColumns + "\n")
			for i, x := range words {
				l, tp, wd, ht := x.left, x.top, width, height
				switch turn { // where the box lands in the turned image
				case 1:
					l, tp, wd, ht = pageH-x.top-height, x.left, height, width
				case 2:
					l, tp = pageW-x.left-width, pageH-x.top-height
				case 3:
					l, tp, wd, ht = x.top, pageW-x.left-width, height, width
				}
				fmt.Fprintf(&sb, "5\t1\t%d\t1\t%d\t%d\t%d\t%d\t%d\t%d\t%f\t%s\n", x.block, x.line, i, l, tp, wd, ht, x.conf, x.text)
			}
			p, err := parseTSV([]byte(sb.String()))
			if err != nil {
				t.Fatal(err)
			}
			want := []Line{{Text: "Certificate of Registration", Confidence: 94}, {Text: "Valid until:\t30 June 2027", Confidence: 62}}
			if len(p.lines) != len(want) || p.words != 8 {
				t.Fatalf("lines %+v, %d words", p.lines, p.words)
			}
			for i := range want {
				if p.lines[i] != want[i] {
					t.Errorf("line %d = %+v, want %+v", i, p.lines[i], want[i])
				}
			}
		})
	}
	if _, err := parseTSV([]byte("Tesseract Open Source OCR Engine\n")); err == nil {
		t.Error("output that is not tsv was accepted")
	}
}
