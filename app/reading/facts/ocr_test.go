package facts

import (
	"strings"
	"testing"

	"assay/app/reading/ocr"
)

// TestQuoteConfidence takes a quote's confidence from the OCR words it was
// read from: a smudged label beside a clean value does not doubt it, a
// low word in the value or in any line of a longer quote does, and so does
// a word with a letter foreign to its page's language, however sure
// Tesseract was of it.
func TestQuoteConfidence(t *testing.T) {
	line := func(text string, confs ...float64) ocr.Line {
		l := ocr.Line{Text: text, Confidence: 100}
		for i, w := range strings.Fields(text) {
			l.Words = append(l.Words, ocr.Word{Text: w, Confidence: confs[i], Foreign: strings.ContainsAny(w, "äö")})
			l.Confidence = min(l.Confidence, confs[i])
		}
		return l
	}
	text := &ocr.Text{Lines: []ocr.Line{
		line("Zertifikat-Nr.:\tZ-4471-22", 61, 95),
		line("Gültig bis:\t3O. Juni 2027", 93, 90, 70, 96, 97),
		line("Acorcert - Certificagäo de Sistemas", 92, 93, 92, 96, 96),
		line("Entwicklung und Betrieb von", 95, 96, 94, 96),
		line("Rechenzentren in Bremen", 95, 72, 96),
		line("Certificadora del Plata S.A.", 92, 93, 91, 96),
		line("Av. Costanera 1450, $2000 Rosario", 92, 91, 95, 43, 96),
		line("Organisme: Certilac SAS", 95, 90, 94),
		line("12 rue des Lilas, 69OO2 Lyon", 95, 93, 94, 96, 51, 95),
		line("Holder: Valtellina Dati S.r.l.", 94, 93, 71, 95),
		line("Via Roma 8, 23100 Sondrio", 95, 94, 95, 96, 95),
		// A table of sites whose cells wrap: the value gathers the
		// lines, the quote names the last.
		line("Taina\tEstrada do Istmo,", 40, 92, 93, 91),
		line("Porto\tRua do Campo 77", 91, 92, 93, 90, 95),
		line("Lisboa\tRua Augusta 12", 93, 92, 93, 90),
		line("Rua Augusta 5", 70, 92, 93),
		line("Lisboa\tRua Nova 3", 93, 92, 93, 94),
		line("Pelo organismo Acorcert", 95, 95, 96),
		// Another table of sites, under a letterhead line that spells
		// two of its words as well: "Braga" surely there, garbled in the
		// row the value was read from; "Augusta" the other way round.
		line("Sede: Rua Augusta 1, Braga", 95, 95, 40, 95, 95),
		line("Braga\tLargo do Paço 1", 48, 94, 94, 94, 94),
		line("Viseu\tRua Direita 5", 93, 94, 95, 96),
		// A block's header in a box, its sides read as bars.
		line("|\tCourse\tResult\tCompletion date\t|", 30, 95, 96, 95, 94, 41),
		line("|\tKurs\tErgebnis\tAbschlussdatum\t|", 95, 95, 62, 95, 95),
	}}
	cases := []struct {
		quote   string
		value   any
		conf    float64
		misread string
		ok      bool
	}{
		{"Z-4471-22", "Z-4471-22", 95, "", true},
		{"Zertifikat-Nr.: | Z-4471-22", "Z-4471-22", 61, "", true},
		{"Gültig bis: | 3O. Juni 2027", "2027-06-30", 70, "", true},
		{"Acorcert - Certificagäo de Sistemas", "Acorcert - Certificagäo de Sistemas", 92, "Certificagäo", true},
		{"Acorcert - Certificagäo de Sistemas", []string{"Acorcert - Certificagäo de Sistemas"}, 92, "Certificagäo", true},
		// The misread word names the value (its label) but is no part of it.
		{"Acorcert - Certificagäo de Sistemas", "Sistemas", 92, "", true},
		{"Entwicklung und Betrieb von Rechenzentren in Bremen", "Entwicklung und Betrieb von Rechenzentren in Bremen", 72, "", true},
		{"ISO/IEC 27001:2022", "2022", 100, "", false},
		// The address under a body's name is the quote's context, not the
		// value: a misread postcode there does not doubt the name.
		{"Certificadora del Plata S.A. Av. Costanera 1450, $2000 Rosario", "Certificadora del Plata S.A.", 91, "", true},
		{"Organisme: Certilac SAS 12 rue des Lilas, 69OO2 Lyon", "Certilac SAS", 90, "", true},
		// Near misses: the low word is in the value's own line, or the
		// value is a date, whose words are not written in its value.
		{"Holder: Valtellina Dati S.r.l. Via Roma 8, 23100 Sondrio", "Valtellina Dati S.r.l.", 71, "", true},
		{"Certificadora del Plata S.A. Av. Costanera 1450, $2000 Rosario", "Certificadora del Plata S.A. Av. Costanera", 43, "", true},
		{"Certificadora del Plata S.A. Av. Costanera 1450, $2000 Rosario", "2027-06-30", 43, "", true},
		// A value's word from a line other than its quote's counts at the
		// best confidence it was read at: "Taina" only at 40, "Lisboa" and
		// "Rua" surely elsewhere, a word read nowhere (a joined value) not.
		{"Porto | Rua do Campo 77", []string{"Taina, Estrada do Istmo", "Porto, Rua do Campo 77"}, 40, "", true},
		{"Porto | Rua do Campo 77", []string{"Lisboa, Rua Augusta 12", "Porto, Rua do Campo 77"}, 90, "", true},
		{"Porto | Rua do Campo 77", []string{"Porto-Lisboa", "Porto, Rua do Campo 77"}, 90, "", true},
		// A word read several times counts where it stands nearest the
		// quote, the row the value was gathered from: "Braga" garbled
		// next to it doubts the value however surely the letterhead
		// spells it; "Augusta" garbled in the letterhead does not doubt a
		// value read from a clean row beside its quote.
		{"Viseu | Rua Direita 5", []string{"Braga, Largo do Paço 1", "Viseu, Rua Direita 5"}, 48, "", true},
		{"Porto | Rua do Campo 77", []string{"Lisboa, Rua Augusta 12", "Porto, Rua do Campo 77"}, 90, "", true},
		// A count quoted from a header: the box's bars are no word of it,
		// however poorly read, the header's own words are.
		{"Course | Result | Completion date", 23, 94, "", true},
		{"Kurs | Ergebnis | Abschlussdatum", 23, 62, "", true},
		// A lost accent outside the quote folds to the same name: no doubt.
		{"Pelo organismo Acorcert", "Acorcert - Certificagäo de Sistemas", 92, "", true},
	}
	for _, c := range cases {
		conf, misread, ok := quoteConfidence(c.quote, valueWords(c.value), text)
		if conf != c.conf || misread != c.misread || ok != c.ok {
			t.Errorf("quoteConfidence(%q) = %v, %q, %v; want %v, %q, %v", c.quote, conf, misread, ok, c.conf, c.misread, c.ok)
		}
	}
}
