package ocr_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"assay/app/evidence"
	"assay/app/reading/facts"
	"assay/app/reading/pdf/pdftest"
)

// cell is text drawn at a place on a page, in points from the top left.
type cell struct {
	x, y float64
	text string
}

// tablePDF is an A4 page in Helvetica 10 pt drawing each cell's text.
func tablePDF(t *testing.T, cells []cell) []byte {
	t.Helper()
	w := pdftest.NewWriter()
	font := w.Add("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
	var content strings.Builder
	for _, c := range cells {
		latin, err := charmap.Windows1252.NewEncoder().String(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var esc strings.Builder
		for _, b := range []byte(latin) {
			if b == '(' || b == ')' || b == '\\' || b >= 0x80 {
				fmt.Fprintf(&esc, "\\%03o", b)
			} else {
				esc.WriteByte(b)
			}
		}
		fmt.Fprintf(&content, "BT /F1 10 Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj ET\n", c.x, 842-c.y, esc.String())
	}
	page := w.Stream("", []byte(content.String()), true)
	w.Finish(fmt.Sprintf("/MediaBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R>>>>", font), page)
	return w.Bytes()
}

// scanPNG prints a PDF page at 200 dpi in grey with poppler, turns it a
// little on white and adds the noise of a scanner, as a PNG.
func scanPNG(t *testing.T, pdf []byte, degrees float64) []byte {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in.pdf"), pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", filepath.Join(dir, "in.pdf"), filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "p.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	src, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := src.Bounds()
	out := image.NewGray(b)
	sin, cos := math.Sincos(degrees * math.Pi / 180)
	cx, cy := float64(b.Dx())/2, float64(b.Dy())/2
	rng := rand.New(rand.NewPCG(1, 2))
	for y := range b.Dy() {
		for x := range b.Dx() {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx, sy := int(dx*cos+dy*sin+cx), int(-dx*sin+dy*cos+cy)
			v := 255.0
			if sx >= 0 && sy >= 0 && sx < b.Dx() && sy < b.Dy() {
				r, _, _, _ := src.At(b.Min.X+sx, b.Min.Y+sy).RGBA()
				v = float64(r >> 8)
			}
			v += rng.NormFloat64() * 6
			out.Pix[y*out.Stride+x] = uint8(max(0, min(255, v)))
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestScannedReportTable scans a printed acknowledgement log, turned a
// degree and a half with noise: a title, a paragraph, then a table whose
// policy cells wrap onto a second line (the other cells centred on the
// two) and one of whose rows has no date. Its rows come out as one line
// each, its grid as a table with an empty cell where the date is missing,
// and the log's figures are read from it; the paragraph above is no row.
func TestScannedReportTable(t *testing.T) {
	e := needOCR(t)
	cells := []cell{
		{60, 70, "Registro de firmas de la normativa de seguridad"},
		{60, 95, "Generado el 14/02/2026 por el sistema de personal de la empresa."},
		{60, 108, "Cada fila es una persona y la fecha en que firmó la política."},
		{60, 150, "Nombre"}, {200, 150, "Normativa"}, {370, 150, "Estado"}, {460, 150, "Fecha de firma"},
	}
	people := []struct{ name, state, date string }{
		{"Soledad Orellana", "Firmado", "04/08/2025"},
		{"Triana Aguilera", "Sin firmar", ""},
		{"Curro Lozano", "Firmado", "29/08/2025"},
		{"Jacinto Villalba", "Firmado", "02/08/2025"},
		{"Amparo Montoro", "Firmado", "31/07/2025"},
	}
	for i, p := range people {
		y := 185 + 40*float64(i)
		cells = append(cells, cell{60, y, p.name}, cell{200, y - 6, "Política de seguridad"}, cell{200, y + 6, "de la información"}, cell{370, y, p.state})
		if p.date != "" {
			cells = append(cells, cell{460, y, p.date})
		}
	}
	img := scanPNG(t, tablePDF(t, cells), 1.5)
	doc, err := readBytes(e, img, "png")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tables) != 1 {
		t.Fatalf("tables %q\ntext:\n%s", doc.Tables, doc.Text)
	}
	rows := doc.Tables[0].Rows
	if len(rows) != len(people)+1 || len(rows[0]) != 4 {
		t.Fatalf("rows %q\ntext:\n%s", rows, doc.Text)
	}
	// Noise may be read as a speck of a mark before a word (";",
	// "à"), which leaves the cell's text after it as it is.
	for i, p := range people {
		got := rows[i+1]
		if !strings.HasSuffix(got[0], p.name) || !strings.HasSuffix(got[2], p.state) || got[3] != p.date || !strings.Contains(got[1], "seguridad") || !strings.HasSuffix(got[1], "de la información") && !strings.HasSuffix(got[1], "de la informacion") {
			t.Errorf("row %d = %q, want %s, the policy, %s, %q", i+1, got, p.name, p.state, p.date)
		}
	}
	lines := strings.Split(doc.Text, "\n")
	if !slices.ContainsFunc(lines, func(l string) bool {
		c := strings.Split(l, "\t")
		return len(c) == 4 && c[0] == "Soledad Orellana" && strings.HasSuffix(c[2], "Firmado") && c[3] == "04/08/2025"
	}) {
		t.Errorf("no line of the first row's four cells:\n%s", doc.Text)
	}
	f, err := facts.For(evidence.QuestionAcknowledgements, doc)
	if err != nil {
		t.Fatalf("%v\n%s", err, doc.Text)
	}
	a := f.Acknowledgements
	// A date read from a word OCR was unsure of is doubted, not dropped.
	date := func(d evidence.Fact[evidence.Date], want evidence.Date) bool {
		return d.Value == want || !d.Known && slices.Contains(d.Readings, want)
	}
	if a.People.Value != len(people) || a.Signatures.Value != 4 || !date(a.NewestSignature, "2025-08-29") || !date(a.OldestSignature, "2025-07-31") {
		t.Errorf("people %+v, signatures %+v, newest %+v, oldest %+v", a.People, a.Signatures, a.NewestSignature, a.OldestSignature)
	}
}

// TestScannedNoTable scans a certificate set in two columns of text, with
// its labels beside their values below: neither is a table, and each
// label stays on the line of its value, parted by a tab.
func TestScannedNoTable(t *testing.T) {
	e := needOCR(t)
	cells := []cell{
		{60, 70, "Zertifikat"}, {320, 70, "Certificate"},
		{60, 100, "Die Zertifizierungsstelle bestätigt hiermit,"}, {320, 100, "The certification body hereby confirms"},
		{60, 113, "dass das Managementsystem der Firma"}, {320, 113, "that the management system of the firm"},
		{60, 126, "die Anforderungen der Norm erfüllt"}, {320, 126, "meets the requirements of the standard"},
		{60, 139, "und für den Betrieb angewendet wird."}, {320, 139, "and is applied to its operations."},
		{60, 190, "Zertifikat-Nr.:"}, {220, 190, "Z-4471-22"},
		{60, 210, "Erstzertifizierung:"}, {220, 210, "01.07.2021"},
		{60, 230, "Ausgestellt am:"}, {220, 230, "01.07.2024"},
		{60, 250, "Gültig bis:"}, {220, 250, "30.06.2027"},
	}
	img := scanPNG(t, tablePDF(t, cells), -1)
	doc, err := readBytes(e, img, "png")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tables) != 0 {
		t.Errorf("tables %q\ntext:\n%s", doc.Tables, doc.Text)
	}
	if !slices.Contains(strings.Split(doc.Text, "\n"), "Gültig bis:\t30.06.2027") {
		t.Errorf("the expiry's label is not beside its value:\n%s", doc.Text)
	}
}
