package facts

import (
	"slices"
	"strings"
	"testing"

	"assay/app/evidence"
	"assay/app/reading/ocr"
)

// scanDoc is a one-page scan whose lines OCR read at the confidences
// given, a line's words all at its own unless the line says otherwise.
func scanDoc(lines ...ocr.Line) Document {
	var text []string
	for _, l := range lines {
		text = append(text, l.Text)
	}
	return Document{Kind: "png", Text: strings.Join(text, "\n"), OCR: &ocr.Text{Lines: lines, Confidence: 90, Pages: []int{1}}}
}

// TestMisreadLabelWords reads a scanned certificate whose expiry label OCR
// misread by a letter or two, in each of the seven languages: the label
// word is mended to the label's own when Tesseract was unsure of it, so the
// expiry is read, and doubted for the analyst when the label was read
// under the bar of trust. A word Tesseract was sure of, a text layer, and a
// word as near two label words as one stay as they are, and the expiry
// unknown.
func TestMisreadLabelWords(t *testing.T) {
	head := []ocr.Line{ocrLine("CERTIFICATE", 96), ocrLine("ISO/IEC 27001:2022", 95), ocrLine("Certificate No.: QX-2291", 95)}
	for _, c := range []struct {
		name, label, date string
		conf              float64 // of the label's words
		want              evidence.Date
		doubtful          bool
	}{
		{"en", "Explry date:", "30 June 2027", 88, "2027-06-30", false},
		{"en all caps", "EXPLRY DATE:", "30 June 2027", 88, "2027-06-30", false},
		{"de", "Gültlg bis:", "30. Juni 2027", 90, "2027-06-30", false},
		{"fr", "Date d'explration :", "30 juin 2027", 87, "2027-06-30", false},
		{"es", "Fecha de caducldad:", "30 de junio de 2027", 89, "2027-06-30", false},
		{"es Capuca", "Capuca el", "30 de junio de 2027", 86, "2027-06-30", false},
		{"it", "Data di scadenxa:", "30 giugno 2027", 91, "2027-06-30", false},
		{"nl", "Vervaldatnm:", "30 juni 2027", 88, "2027-06-30", false},
		{"pt", "Data de valldade:", "30 de junho de 2027", 90, "2027-06-30", false},
		{"pt under the bar", "Data de valldade:", "30 de junho de 2027", 62, "2027-06-30", true},
		// An accent read the other way on a label's letter.
		{"fr accent", "Date d'expiratiôn :", "30 juin 2027", 88, "2027-06-30", false},
		{"es accent", "Fecha de expiraciòn:", "30 de junio de 2027", 88, "2027-06-30", false},
		{"pt accent", "Data de expiraçào:", "30 de junho de 2027", 89, "2027-06-30", false},
		{"de accent", "Gúltig bis:", "30. Juni 2027", 88, "2027-06-30", false},
		{"en accent", "Expíry date:", "30 June 2027", 88, "2027-06-30", false},
		{"it accent", "Data di scadènza:", "30 giugno 2027", 88, "2027-06-30", false},
		{"nl accent", "Vervaldatúm:", "30 juni 2027", 88, "2027-06-30", false},
		// Near misses.
		{"a word Tesseract was sure of", "Explry date:", "30 June 2027", 96, "", false},
		{"as near expires as expire", "Expired:", "30 June 2027", 70, "", false},
		{"as near vencimento as vencimiento", "Vencimlento:", "30 de junio de 2027", 70, "", false},
		{"an accent read the other way, Tesseract sure of it", "Data de expiraçào:", "30 de junho de 2027", 96, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			confs := []float64{}
			for range strings.Fields(c.label) {
				confs = append(confs, c.conf)
			}
			for range strings.Fields(c.date) {
				confs = append(confs, 95)
			}
			doc := scanDoc(append(head, ocrLine(c.label+"\t"+c.date, confs...))...)
			f, err := For(evidence.QuestionCertificate, doc)
			if err != nil {
				t.Fatal(err)
			}
			e := f.Certificate.ExpiresOn
			switch {
			case c.want == "" && (e.Known || e.Doubtful()):
				t.Errorf("expiry = %+v, want unknown", e)
			case c.want != "" && c.doubtful && (!e.Doubtful() || e.Readings[0] != c.want):
				t.Errorf("expiry = %+v, want %s doubted", e, c.want)
			case c.want != "" && !c.doubtful && (!e.Known || e.Value != c.want || e.Doubtful()):
				t.Errorf("expiry = %+v, want %s", e, c.want)
			}
			if c.want != "" && !strings.Contains(e.Quote, c.date) {
				t.Errorf("quote %q does not show the date %q", e.Quote, c.date)
			}
		})
	}
	// A text layer says what it says: the same misspelt label in a PDF
	// with text is no label.
	doc := scanDoc(append(head, ocrLine("Explry date:\t30 June 2027", 88))...)
	doc.Kind, doc.OCR = "pdf", nil
	f, err := For(evidence.QuestionCertificate, doc)
	if err != nil {
		t.Fatal(err)
	}
	if e := f.Certificate.ExpiresOn; e.Known || e.Doubtful() {
		t.Errorf("text layer: expiry = %+v, want unknown", e)
	}
}

// TestMisreadLabelWordsLeaveNames leaves a word a letter or two from a
// label word as it is where it makes no label (an accreditation body's
// name two letters from "accrédité") or is another form of it (a body's
// name with "Certificazioni", "Managementsysteme").
func TestMisreadLabelWordsLeaveNames(t *testing.T) {
	for _, line := range []string{
		"Certificazioni Tirreniche S.p.A.",
		"Lausitzer Zertifizierungsdienst für Managementsysteme GmbH",
		"Certificação Atlântica, Lda.",
	} {
		doc := scanDoc(ocrLine(line, 80), ocrLine("ISO/IEC 27001:2022", 95), ocrLine("Valid until:\t30 June 2027", 95))
		if got := mendLabels(doc); got.Text != doc.Text || got.OCR.Lines[0].Text != line {
			t.Errorf("%q mended into %q", line, got.OCR.Lines[0].Text)
		}
	}
	// Another form of a label word is no misreading of it.
	for _, w := range []string{"Certificazioni", "Managementsysteme", "Zertifizierungen"} {
		if m := nearestLabelWord(w); m != "" {
			t.Errorf("%q taken for the label word %q", w, m)
		}
	}
	doc := scanDoc(
		ocrLine("CERTIFICATO", 96), ocrLine("ISO/IEC 27001:2022", 95), ocrLine("Certificato n.: IT-7781", 95),
		ocrLine("Valido fino al:\t30 giugno 2027", 95),
		ocrLine("Accreditato da ACCREDIA", 95, 95, 70),
	)
	f, err := For(evidence.QuestionCertificate, doc)
	if err != nil {
		t.Fatal(err)
	}
	if a := f.Certificate.AccreditationBody; a.Value != "ACCREDIA" && !slices.Contains(a.Readings, "ACCREDIA") {
		t.Errorf("accreditation body = %+v, want ACCREDIA", a)
	}
	if e := f.Certificate.ExpiresOn; !e.Known || e.Value != "2027-06-30" {
		t.Errorf("expiry = %+v", e)
	}
}
