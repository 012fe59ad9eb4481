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
		{4, 1, "Cloud-", 92, 100, 300}, {4, 1, "-Infrastruktur", 88, 230, 300},
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
			want := []Line{{Text: "Certificate of Registration", Confidence: 94}, {Text: "Valid until:\t30 June 2027", Confidence: 62}, {Text: "Cloud-Infrastruktur", Confidence: 88}}
			if len(p.lines) != len(want) || p.words != 10 {
				t.Fatalf("lines %+v, %d words", p.lines, p.words)
			}
			for i := range want {
				if got := p.lines[i]; got.Text != want[i].Text || got.Confidence != want[i].Confidence {
					t.Errorf("line %d = %+v, want %+v", i, got, want[i])
				}
			}
			// Each word keeps its own confidence; the speck is no word.
			got := p.lines[1].Words
			if len(got) != 5 || got[1] != (Word{Text: "until:", Confidence: 62}) || got[4] != (Word{Text: "2027", Confidence: 97}) {
				t.Errorf("words of the second line = %+v", got)
			}
			if got := p.lines[2].Words; len(got) != 1 || got[0] != (Word{Text: "Cloud-Infrastruktur", Confidence: 88}) {
				t.Errorf("a hyphen read twice gives the words %+v", got)
			}
		})
	}
	if _, err := parseTSV([]byte("Tesseract Open Source OCR Engine\n")); err == nil {
		t.Error("output that is not tsv was accepted")
	}
}

// TestForeignWords marks the words of a page with a letter none of its
// languages writes, the way Tesseract misreads Portuguese and Spanish
// accents as German ones, and marks nothing on a page whose language it
// cannot tell or in a word its languages do write.
func TestForeignWords(t *testing.T) {
	page := func(text string) []Line {
		var ls []Line
		for _, l := range strings.Split(text, "\n") {
			line := Line{Text: l}
			for _, w := range strings.Fields(l) {
				line.Words = append(line.Words, Word{Text: w, Confidence: 92})
			}
			ls = append(ls, line)
		}
		return ls
	}
	cases := []struct {
		name, text string
		foreign    []string
	}{
		{"Portuguese", "Acorcert - Certificagäo de Sistemas de Gestão, Lda.\nO sistema aplica-se em Angra com os serviços", []string{"Certificagäo"}},
		{"Portuguese nasal as umlaut", "Prestagäo de serviços de faturação\npelo organismo em Lisboa com ÄMBITO", []string{"Prestagäo", "ÄMBITO"}},
		{"Spanish", "Política de seguridad de la informaciön\nFirmado por el empleado Nº 12 del área desde 2024", []string{"informaciön"}},
		{"German keeps its umlauts", "Gültig bis 2027 für die Geschäftsstelle der Müller GmbH und das Rechenzentrum", nil},
		{"French keeps its accents", "Le système de management est conforme pour les activités de la société", nil},
		{"too little to tell", "Certificagäo 27001 Gestão", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := page(c.text)
			markForeign(lines)
			var got []string
			for _, l := range lines {
				for _, w := range l.Words {
					if w.Foreign {
						got = append(got, w.Text)
					}
				}
			}
			if strings.Join(got, " ") != strings.Join(c.foreign, " ") {
				t.Errorf("foreign words %q, want %q", got, c.foreign)
			}
		})
	}
}

// TestSplitInitial joins a name's first letter Tesseract read apart from
// the rest of it, and nothing else: initials before a capitalised name,
// capitals that are words in the languages Assay reads, words on another
// line and words a cell apart keep their space.
func TestSplitInitial(t *testing.T) {
	at := func(text string, left, right int) word {
		return word{text: text, conf: 90, box: box{left: left, right: right, top: 100, bottom: 126}}
	}
	cases := []struct {
		words []word
		want  string
	}{
		{[]word{at("J", 174, 181), at("acinto", 191, 261), at("Villalba", 273, 358)}, "Jacinto Villalba"},
		{[]word{at("Ž", 174, 181), at("aneta", 190, 250)}, "Žaneta"},
		{[]word{at("J", 174, 181), at("Smith", 191, 261)}, "J Smith"},
		{[]word{at("J.", 174, 184), at("Smith", 194, 261)}, "J. Smith"},
		{[]word{at("A", 174, 184), at("empresa", 194, 280)}, "A empresa"},
		{[]word{at("E", 174, 184), at("altri", 194, 240)}, "E altri"},
		{[]word{at("O", 174, 184), at("acordo", 194, 260)}, "O acordo"},
		{[]word{at("Y", 174, 184), at("servicios", 194, 280)}, "Y servicios"},
		{[]word{at("À", 174, 184), at("compter", 194, 280)}, "À compter"},
		{[]word{at("B", 174, 184), at("passed", 260, 330)}, "B\tpassed"},
		{[]word{at("JA", 174, 194), at("acinto", 204, 261)}, "JA acinto"},
	}
	for _, c := range cases {
		l, _, _, _, _ := rowLine(c.words, nil)
		if l.Text != c.want {
			t.Errorf("rowLine(%v) = %q, want %q", c.words, l.Text, c.want)
		}
	}
	// A grid's column boundary parts them whatever the gap.
	l, _, _, _, _ := rowLine([]word{at("B", 174, 184), at("passed", 190, 240)}, []int{0, 1})
	if l.Text != "B\tpassed" {
		t.Errorf("across columns: %q", l.Text)
	}
}
