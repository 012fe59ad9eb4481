package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// TestScopeLineStartingWithALabelWord reads a scope statement whose list
// of activities goes on (the line above ends on a semicolon or a comma)
// with a line starting with a word that is also a date label ("issuance of
// …", "émission de …", "emisión de …", "emissione di …", "uitgifte van …",
// "emissão de …"; German's "Ausstellung von …" is no label), in the seven
// languages: the line is the statement's, not the other column's label.
// Near misses: a label alone or with its date or number on the line below
// a statement's list, which stays out of the statement.
func TestScopeLineStartingWithALabelWord(t *testing.T) {
	head := []string{"Certificate", "Example Holding", "ISO/IEC 27001:2022", "Scope of certification"}
	tail := []string{"", "Certificate No.: EX-ISMS-0101"}
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"en issuance", []string{"Operation of a payment switch for banks;", "issuance of virtual prepaid cards; settlement reporting; the operation of", "agent outlets is excluded."},
			"Operation of a payment switch for banks; issuance of virtual prepaid cards; settlement reporting; the operation of agent outlets is excluded."},
		{"en issuance after a comma", []string{"Operation of a payment switch for banks,", "issuance of prepaid cards and settlement reporting for", "member institutions."},
			"Operation of a payment switch for banks, issuance of prepaid cards and settlement reporting for member institutions."},
		{"de Ausstellung", []string{"Betrieb einer Zahlungsplattform für Banken;", "Ausstellung von virtuellen Prepaid-Karten; Abrechnung der", "Zahlungen."},
			"Betrieb einer Zahlungsplattform für Banken; Ausstellung von virtuellen Prepaid-Karten; Abrechnung der Zahlungen."},
		{"fr émission", []string{"Exploitation d'une plateforme de paiement pour les banques ;", "émission de cartes prépayées virtuelles ; rapports de", "règlement."},
			"Exploitation d'une plateforme de paiement pour les banques ; émission de cartes prépayées virtuelles ; rapports de règlement."},
		{"es emisión", []string{"Operación de una plataforma de pagos para bancos;", "emisión de tarjetas prepago virtuales; informes de", "liquidación."},
			"Operación de una plataforma de pagos para bancos; emisión de tarjetas prepago virtuales; informes de liquidación."},
		{"it emissione", []string{"Gestione di una piattaforma di pagamento per banche;", "emissione di carte prepagate virtuali; rendicontazione dei", "regolamenti."},
			"Gestione di una piattaforma di pagamento per banche; emissione di carte prepagate virtuali; rendicontazione dei regolamenti."},
		{"nl uitgifte", []string{"Exploitatie van een betaalplatform voor banken;", "uitgifte van virtuele prepaidkaarten; rapportage van de", "afwikkeling."},
			"Exploitatie van een betaalplatform voor banken; uitgifte van virtuele prepaidkaarten; rapportage van de afwikkeling."},
		{"pt emissão", []string{"Operação de uma plataforma de pagamentos para bancos;", "emissão de cartões pré-pagos virtuais; relatórios de", "liquidação."},
			"Operação de uma plataforma de pagamentos para bancos; emissão de cartões pré-pagos virtuais; relatórios de liquidação."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := append(append(append([]string{}, head...), c.lines...), tail...)
			checkCertificate(t, text(lines...), values{evidence.KeyScope: c.want})
		})
	}
	// Near misses: the label alone, or with its value, stays out.
	for _, c := range []struct{ name, label string }{
		{"en label alone", "Issuance"},
		{"en label with date", "Issued 12 May 2024"},
		{"fr label with date", "émission 12 mai 2024"},
		{"es label and colon", "emisión: 12/05/2024"},
		{"it two words only", "emissione corrente"},
		{"nl label with number", "uitgifte EX-ISMS-0101"},
		{"pt label then capital", "emissão Lisboa Sede Principal"},
	} {
		t.Run("near miss: "+c.name, func(t *testing.T) {
			lines := append(append(append([]string{}, head...), "Operation of a payment switch for banks;", c.label, "settlement reporting."), tail...)
			cert, err := Certificate(text(lines...))
			if err != nil {
				t.Fatal(err)
			}
			if first := strings.Fields(c.label)[0]; strings.Contains(cert.Scope.Value, first) {
				t.Errorf("scope %q holds the label %q", cert.Scope.Value, c.label)
			}
		})
	}
}
