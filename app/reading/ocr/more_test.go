package ocr

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tsvWord is a word as Tesseract's tsv reports it.
type tsvWord struct {
	line        int
	text        string
	conf        float64
	left, width int
}

// tsvPage is Tesseract's tsv of words, each line its own block, the
// lines 60 pixels apart and their words 30 high.
func tsvPage(t *testing.T, words ...tsvWord) pageText {
	t.Helper()
	var sb strings.Builder
	sb.WriteString(tsvColumns + "\n")
	for i, w := range words {
		fmt.Fprintf(&sb, "5\t1\t%d\t1\t1\t%d\t%d\t%d\t%d\t30\t%f\t%s\n", w.line, i, w.left, 100+60*w.line, w.width, w.conf, w.text)
	}
	p, err := parseTSV([]byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// spanishPage is a Spanish certificate's lines as Tesseract reads them
// with the packs given: with every pack, "ó" comes out as "ö".
func spanishPage(t *testing.T, all bool) pageText {
	ó, conf := "ó", 91.0
	if all {
		ó, conf = "ö", 93
	}
	return tsvPage(t,
		tsvWord{1, "Certificado", 96, 100, 300}, tsvWord{1, "del", 95, 420, 80}, tsvWord{1, "sistema", 95, 520, 200},
		tsvWord{1, "de", 95, 740, 60}, tsvWord{1, "gestión", 94, 820, 200},
		tsvWord{2, "Fecha", 95, 100, 150}, tsvWord{2, "de", 95, 270, 60}, tsvWord{2, "emisi" + ó + "n:", conf, 350, 200},
		tsvWord{2, "21", 96, 800, 60}, tsvWord{2, "de", 95, 880, 60}, tsvWord{2, "noviembre", 96, 960, 250}, tsvWord{2, "de", 95, 1230, 60}, tsvWord{2, "2024", 96, 1310, 120},
		tsvWord{3, "Válido", 92, 100, 180}, tsvWord{3, "hasta", 95, 300, 150}, tsvWord{3, "el", 95, 470, 50}, tsvWord{3, "9/11/2027", 96, 540, 260},
		tsvWord{4, "Por", 95, 100, 100}, tsvWord{4, "los", 95, 220, 80}, tsvWord{4, "servicios", 95, 320, 240}, tsvWord{4, "según", 94, 580, 150},
		tsvWord{4, "la", 95, 750, 50}, tsvWord{4, "norma", 95, 820, 150},
	)
}

// TestRespellForeign spells the words a page read with every pack has
// with a letter foreign to its language as the page read again with its
// own packs spells them at the same place, and only those: a word the
// second reading misreads where the first did not ("N2" for "Nº"), a
// word the second reads as another word, and a word elsewhere on the page
// keep the first reading.
func TestRespellForeign(t *testing.T) {
	p := spanishPage(t, true)
	if got := p.lines[1]; got.Text != "Fecha de emisiön:\t21 de noviembre de 2024" || !got.Words[2].Foreign {
		t.Fatalf("first reading: %+v", got)
	}
	q := spanishPage(t, false)
	r := respellForeign(p, q)
	if got := r.lines[1]; got.Text != "Fecha de emisión:\t21 de noviembre de 2024" || got.Words[2] != (Word{Text: "emisión:", Confidence: 91}) || got.Confidence != 91 {
		t.Errorf("respelt line %+v", got)
	}
	if r.confSum != p.confSum-2 {
		t.Errorf("sum of confidences %v, want %v", r.confSum, p.confSum-2)
	}
	for i := range r.lines {
		if i != 1 && r.lines[i].Text != p.lines[i].Text {
			t.Errorf("line %d respelt as %q", i, r.lines[i].Text)
		}
	}
	// The second reading elsewhere, or another word: nothing changes.
	for name, q := range map[string]pageText{
		"another word": tsvPage(t, tsvWord{2, "edición:", 91, 350, 200}),
		"elsewhere":    tsvPage(t, tsvWord{3, "emisión:", 91, 350, 200}),
		"misread too":  tsvPage(t, tsvWord{2, "emisiön:", 91, 350, 200}),
		"another one":  tsvPage(t, tsvWord{2, "emisiones", 91, 350, 200}),
		"no accent":    tsvPage(t, tsvWord{2, "emision:", 91, 350, 200}),
	} {
		if got := respellForeign(p, q).lines[1]; got.Text != p.lines[1].Text || !got.Words[2].Foreign {
			t.Errorf("%s: respelt as %+v", name, got)
		}
	}
}

// TestRereadPacks reads a page again with English and the languages it is
// written in when it has a word with a letter none of them writes, and
// not when it has none, when its language cannot be told, or when those
// are the packs it was read with.
func TestRereadPacks(t *testing.T) {
	e := &Engine{packs: languages, langs: strings.Join(languages, "+"), detect: true}
	german := tsvPage(t, tsvWord{1, "Gültig", 95, 100, 200}, tsvWord{1, "für", 95, 320, 80}, tsvWord{1, "die", 95, 420, 80},
		tsvWord{1, "und", 95, 520, 80}, tsvWord{1, "der", 95, 620, 80}, tsvWord{1, "Müller", 95, 720, 200})
	tooFew := tsvPage(t, tsvWord{1, "Certificagäo", 95, 100, 300}, tsvWord{1, "27001", 95, 420, 150})
	for _, c := range []struct {
		name  string
		p     pageText
		packs string
		want  string
	}{
		{"Spanish with every pack", spanishPage(t, true), e.langs, "eng+spa"},
		{"Spanish already with its own", spanishPage(t, true), "eng+spa", ""},
		{"Spanish without a foreign letter", spanishPage(t, false), e.langs, ""},
		{"German umlauts", german, e.langs, ""},
		{"language not told", tooFew, e.langs, ""},
	} {
		if got := e.rereadPacks(c.p, c.packs); got != c.want {
			t.Errorf("%s: packs %q, want %q", c.name, got, c.want)
		}
	}
}

// TestRespell writes a line with other spellings of its words, keeping its
// gaps, and refuses words that are not the line's.
func TestRespell(t *testing.T) {
	l := Line{Text: "Fecha de emisiön:\t21", Words: []Word{{Text: "Fecha", Confidence: 95}, {Text: "de", Confidence: 95}, {Text: "emisiön:", Confidence: 93}, {Text: "21", Confidence: 96}}}
	words := []Word{{Text: "Fecha", Confidence: 95}, {Text: "de", Confidence: 95}, {Text: "emisión:", Confidence: 80}, {Text: "21", Confidence: 96}}
	got, ok := l.Respell(words)
	if !ok || got.Text != "Fecha de emisión:\t21" || got.Confidence != 80 || got.Words[2].Text != "emisión:" {
		t.Errorf("Respell = %+v, %v", got, ok)
	}
	if l.Words[2].Text != "emisiön:" {
		t.Error("Respell changed the line it was called on")
	}
	if _, ok := l.Respell(words[:3]); ok {
		t.Error("Respell took fewer words than the line has")
	}
	other := l
	other.Text = "Fecha de emisiön: 21 de"
	if _, ok := other.Respell(words); ok {
		t.Error("Respell took words that are not the line's text")
	}
}

// portugueseRows are the rows of a training report printed from an LMS,
// as Tesseract reads them at the confidence given to the course column.
func portugueseRows(t *testing.T, course string, conf float64) pageText {
	return tsvPage(t,
		tsvWord{1, "Nome", 95, 100, 120}, tsvWord{1, "completo", 95, 240, 200}, tsvWord{1, "Ação", 94, 600, 120}, tsvWord{1, "de", 95, 740, 60},
		tsvWord{1, "formação", 93, 820, 200}, tsvWord{1, "Situação", 94, 1200, 200},
		tsvWord{2, "Leonor", 95, 100, 150}, tsvWord{2, "Meireles", 95, 270, 200}, tsvWord{2, course, conf, 600, 300},
		tsvWord{2, "Aprovado", 95, 1200, 200},
		tsvWord{3, "Nota:", 95, 100, 120}, tsvWord{3, "os", 95, 240, 50}, tsvWord{3, "dados", 95, 310, 120}, tsvWord{3, "são", 95, 450, 80},
		tsvWord{3, "exportados", 95, 550, 250}, tsvWord{3, "pelo", 95, 820, 100}, tsvWord{3, "sistema", 95, 940, 180},
		tsvWord{3, "em", 95, 1140, 50}, tsvWord{3, "uma", 95, 1210, 80}, tsvWord{3, "folha", 95, 1310, 120},
	)
}

// TestRereadPoorPage reads a page that every pack read poorly again with
// its own language's packs, and takes that reading whole when it is
// clearly surer of its words; a reading no surer leaves the first.
func TestRereadPoorPage(t *testing.T) {
	e := &Engine{packs: languages, langs: strings.Join(languages, "+"), detect: true}
	poor := tsvPage(t, tsvWord{1, "Nome", 95, 100, 120}, tsvWord{1, "fi", 12, 300, 40}, tsvWord{1, "coe", 9, 360, 80},
		tsvWord{2, "Nota:", 95, 100, 120}, tsvWord{2, "os", 95, 240, 50}, tsvWord{2, "dados", 95, 310, 120}, tsvWord{2, "são", 95, 450, 80},
		tsvWord{2, "pelo", 60, 820, 100}, tsvWord{2, "em", 95, 1140, 50}, tsvWord{2, "uma", 30, 1210, 80})
	if got := e.rereadPacks(poor, e.langs); got != "eng+por" {
		t.Fatalf("a poor page is read again with %q, want eng+por", got)
	}
	good := portugueseRows(t, "Sensibilização", 93)
	if got := e.rereadPacks(good, e.langs); got != "" {
		t.Errorf("a page read well is read again with %q", got)
	}
	if got := reread(poor, good); got.lines[1].Text != good.lines[1].Text {
		t.Errorf("the surer reading was not taken: %q", got.lines[1].Text)
	}
	// No surer: the first reading stays.
	worse := portugueseRows(t, "Sensibillzagao", 40)
	if got := reread(good, worse); got.lines[1].Text != good.lines[1].Text {
		t.Errorf("a reading no surer was taken: %q", got.lines[1].Text)
	}
}

// BenchmarkScannedSpanishCertificate reads a scanned Spanish certificate
// (a JPEG), which every pack misreads accents of, so that it is read a
// second time with English and Spanish: the wall time, the CPU time of the
// programs and the peak resident memory of the largest of them, per file:
//
//	go test -run '^$' -bench ScannedSpanishCertificate -benchtime 1x ./app/reading/ocr/
func BenchmarkScannedSpanishCertificate(b *testing.B) {
	e := needTesseract(b)
	data, err := os.ReadFile("../facts/testdata/world/scans/certificates-iberica-0-letterhead-es-scan.jpg")
	if err != nil {
		b.Fatal(err)
	}
	var before, after syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &before); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		t, err := e.Image(context.Background(), bytes.NewReader(data), "jpeg")
		if err != nil {
			b.Fatal(err)
		}
		if !strings.Contains(t.String(), "emisión") {
			b.Fatalf("the accents are misread:\n%s", t)
		}
	}
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &after); err != nil {
		b.Fatal(err)
	}
	cpu := time.Duration(after.Utime.Nano()+after.Stime.Nano()-before.Utime.Nano()-before.Stime.Nano()) * time.Nanosecond
	b.ReportMetric(cpu.Seconds()/float64(b.N), "child-cpu-s/op")
	b.ReportMetric(float64(after.Maxrss)/1024, "child-peak-MiB")
}

// TestScannedSpanishAccents reads a scanned Spanish certificate, which
// Tesseract given every pack reads with German umlauts for its accents
// ("emisiön", "Välido"): the words come out with the accents Spanish
// writes, and none is left with a letter Spanish does not.
func TestScannedSpanishAccents(t *testing.T) {
	e := needTesseract(t)
	data, err := os.ReadFile("../facts/testdata/world/scans/certificates-iberica-0-letterhead-es-scan.jpg")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	text, err := e.Image(ctx, bytes.NewReader(data), "jpeg")
	if err != nil {
		t.Fatal(err)
	}
	s := text.String()
	for _, want := range []string{"Fecha de emisión", "Válido hasta", "certificación inicial"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q not read in:\n%s", want, s)
		}
	}
	for _, l := range text.Lines {
		for _, w := range l.Words {
			if w.Foreign {
				t.Errorf("%q is left with a letter Spanish does not write", w.Text)
			}
		}
	}
}
