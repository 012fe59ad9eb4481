package facts

import (
	"strings"
	"testing"
)

// TestJoinLabels: labels printed letter-spaced or in small capitals are
// joined for the reader that asks for them, in seven languages, and only
// as far as its labels need; letters that are words, or spell no label of
// that reader, stay as printed.
func TestJoinLabels(t *testing.T) {
	cases := []struct {
		name   string
		reader labelReader
		line   string
		want   string
	}{
		{"en: letter-spaced expiry, words apart by wider gaps", dateLabels, "V A L I D  U N T I L :  14 June 2027", "VALID UNTIL:  14 June 2027"},
		{"en: small caps number label", numberOrDateLabels, "C ertificate number: QX-5521", "Certificate number: QX-5521"},
		{"en: small caps in capitals", numberOrDateLabels, "C ERTIFICATE N O. QX-5521", "CERTIFICATE NO. QX-5521"},
		{"de: letter-spaced expiry", dateLabels, "G Ü L T I G  B I S  30.09.2028", "GÜLTIG BIS  30.09.2028"},
		{"fr: apostrophe inside the label", dateLabels, "D A T E  D ' É M I S S I O N :  2 mars 2025", "DATE D'ÉMISSION:  2 mars 2025"},
		{"fr: number label", numberOrDateLabels, "N U M É R O  D E  C E R T I F I C A T :  BX-0071", "NUMÉRO DE CERTIFICAT:  BX-0071"},
		{"es: one space between all letters, parted into its words", dateLabels, "F E C H A D E E M I S I Ó N 7 de julio de 2025", "FECHA DE EMISIÓN 7 de julio de 2025"},
		{"it: one word", dateLabels, "S C A D E N Z A :  11/04/2027", "SCADENZA:  11/04/2027"},
		{"nl: expiry", dateLabels, "G E L D I G  T O T  1 april 2027", "GELDIG TOT  1 april 2027"},
		{"pt: expiry", dateLabels, "V Á L I D O  A T É  9 de maio de 2028", "VÁLIDO ATÉ  9 de maio de 2028"},
		{"en: scope heading", scopeLabelLines, "S C O P E :", "SCOPE:"},
		{"de: scope heading", scopeLabelLines, "G E L T U N G S B E R E I C H :", "GELTUNGSBEREICH:"},
		{"en: scope heading in small caps", scopeLabelLines, "S cope: payroll services", "Scope: payroll services"},

		// Near misses.
		{"only the label is joined, not the letters beside it", dateLabels, "V A L I D  U N T I L  3 May 2027   A B C", "VALID UNTIL  3 May 2027   A B C"},
		{"letters that spell no date label", dateLabels, "Q U A R T Z  L O G I S T I C S  B V", "Q U A R T Z  L O G I S T I C S  B V"},
		{"a capital that is a word stays", scopeLabelLines, "A aprovação abrange: logística", "A aprovação abrange: logística"},
		{"es: one-letter words of prose", dateLabels, "Servicios de TI y a clientes", "Servicios de TI y a clientes"},
		{"a scope heading is no date label", dateLabels, "S C O P E :", "S C O P E :"},
		{"a date label is no scope heading", scopeLabelLines, "V A L I D  U N T I L", "V A L I D  U N T I L"},
		{"no label is made by joining a name in small caps", numberOrDateLabels, "M eridian Holdings", "M eridian Holdings"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, printed := joinLabels([]string{"Certificate", c.line}, c.reader)
			if got[1] != c.want {
				t.Errorf("joined %q, want %q", got[1], c.want)
			}
			if got[0] != "Certificate" {
				t.Errorf("another line changed: %q", got[0])
			}
			switch {
			case got[1] != c.line && printed[1] != c.line:
				t.Errorf("the line as printed is %q, want %q", printed[1], c.line)
			case got[1] == c.line && printed != nil:
				t.Errorf("a line as printed is kept for an unchanged line: %v", printed)
			}
		})
	}
}

// TestJoinLabelsQuotesPrinted: a date read from a letter-spaced label is
// quoted as printed, its letters spaced.
func TestJoinLabelsQuotesPrinted(t *testing.T) {
	lines := []string{"Cert. holder: Quartz Logistics BV", "G E L D I G  T O T :  1 april 2027"}
	_, expires := certificateDates(lines, lines[0]+"\n"+lines[1])
	if got := string(expires.Value); got != "2027-04-01" {
		t.Fatalf("expires %q, want 2027-04-01", got)
	}
	// Quotes are written with single spaces.
	if printed := strings.Join(strings.Fields(lines[1]), " "); expires.Quote != printed {
		t.Errorf("quote %q, want the line as printed %q", expires.Quote, printed)
	}
}
