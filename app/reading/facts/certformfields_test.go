package facts

import (
	"testing"
)

// A certificate printed as an official form, each detail in a numbered
// box, label above value: the box's number is never a value, and a value
// ends where the next box's label begins. Every sentence, name and number
// is written for this table, none copied from a corpus file.

// formRows is a form's rows from box 4, the scope, to box 7: the scope's
// label over its lines, then a row of numbered labels over their values.
func formRows(scopeLabel string, scope []string, row, values string) []string {
	return append(append([]string{"Form XC-F-02 | Revision 2", "3. ISO/IEC 27001:2022", scopeLabel}, scope...), row, values)
}

// TestFormFieldNumber reads the certificate number under its numbered
// label, never the next box's number beside it.
func TestFormFieldNumber(t *testing.T) {
	sc := []string{"Operation of a payroll service."}
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"en", formRows("4. Scope", sc, "5. Certificate No. | 6. Initial certification | 7. Date of issue", "XC-ISMS-0441 | 02/03/2019 | 04/05/2025"), "XC-ISMS-0441"},
		{"de", formRows("4. Geltungsbereich", sc, "5. Zertifikat-Nr. | 6. Erstzertifizierung | 7. Ausstellungsdatum", "XC-ISMS-0441 | 02.03.2019 | 04.05.2025"), "XC-ISMS-0441"},
		{"de Feld", formRows("Feld 4 Geltungsbereich", sc, "Feld 5 Zertifikat-Nr. | Feld 6 Erstzertifizierung | Feld 7 Ausstellungsdatum", "XC-ISMS-0441 | 02.03.2019 | 04.05.2025"), "XC-ISMS-0441"},
		{"fr", formRows("4) Périmètre", sc, "5) Certificat n° | 6) Certification initiale | 7) Date d'émission", "XC-ISMS-0441 | 02/03/2019 | 04/05/2025"), "XC-ISMS-0441"},
		{"es", formRows("4. Alcance", sc, "5. Certificado N.º | 6. Fecha de certificación inicial | 7. Fecha de emisión", "XC-ISMS-0441 | 02/03/2019 | 04/05/2025"), "XC-ISMS-0441"},
		{"it", formRows("4. Campo applicativo", sc, "5. Certificato n. | 6. Prima certificazione | 7. Data di emissione", "XC-ISMS-0441 | 02/03/2019 | 04/05/2025"), "XC-ISMS-0441"},
		{"nl", formRows("4. Toepassingsgebied", sc, "5. Certificaatnummer | 6. Eerste certificatie | 7. Datum van uitgifte", "XC-ISMS-0441 | 02-03-2019 | 04-05-2025"), "XC-ISMS-0441"},
		{"pt", formRows("4. Âmbito", sc, "5. Certificado n.º | 6. Data da certificação inicial | 7. Data de emissão", "XC-ISMS-0441 | 02/03/2019 | 04/05/2025"), "XC-ISMS-0441"},
		// Near misses: a real number of digits only under the numbered
		// label, and "No. 6" on a certificate without numbered boxes.
		{"en near miss: digits only", formRows("4. Scope", sc, "5. Certificate No. | 6. Initial certification | 7. Date of issue", "804417 | 02/03/2019 | 04/05/2025"), "804417"},
		{"en near miss: no boxes, short number", []string{"Certificate No. 6", "Scope: Operation of a payroll service."}, "6"},
		{"en near miss: no boxes, value beside", []string{"Certificate No. | XC-ISMS-0441", "Date of issue | 04/05/2025"}, "XC-ISMS-0441"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Certificate(text(c.lines...))
			if err != nil {
				t.Fatal(err)
			}
			if got.Number.Value != c.want || !got.Number.Known {
				t.Errorf("number = %q (known %v), want %q", got.Number.Value, got.Number.Known, c.want)
			}
		})
	}
}

// TestFormFieldScope reads the scope of a numbered box, its label after
// the box's number, and ends it where the next box's label begins, on a
// line of its own or after the scope's last sentence; a numbered list of
// activities in the scope stays whole (its marks dropped, as the scope
// readers drop any list's).
func TestFormFieldScope(t *testing.T) {
	scope := "Operation of a payroll service for employers, including payslip printing."
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"en", []string{"4. Scope of certification", "Operation of a payroll service for employers,", "including payslip printing.", "5. Certificate No.", "XC-ISMS-0441"}, scope},
		{"en same line", []string{"4. Scope of certification", "Operation of a payroll service for employers,", "including payslip printing. 5. Certificate No.", "XC-ISMS-0441"}, scope},
		{"de", []string{"Feld 4 Geltungsbereich", "Betrieb eines Lohnabrechnungsdienstes.", "Feld 5 Zertifikatsnummer", "XC-ISMS-0441"}, "Betrieb eines Lohnabrechnungsdienstes."},
		{"de dot", []string{"4. Geltungsbereich der Zertifizierung", "Betrieb eines Lohnabrechnungsdienstes.", "5. Zertifikat-Nr.", "XC-ISMS-0441"}, "Betrieb eines Lohnabrechnungsdienstes."},
		{"fr", []string{"4) Périmètre de certification", "Exploitation d'un service de paie.", "5) Certificat n°", "XC-ISMS-0441"}, "Exploitation d'un service de paie."},
		{"es", []string{"4. Alcance de la certificación", "Operación de un servicio de nómina.", "5. Certificado N.º", "XC-ISMS-0441"}, "Operación de un servicio de nómina."},
		{"it", []string{"4. Campo applicativo", "Gestione di un servizio paghe.", "5. Certificato n.", "XC-ISMS-0441"}, "Gestione di un servizio paghe."},
		{"nl", []string{"4. Toepassingsgebied", "Exploitatie van een salarisdienst.", "5. Certificaatnummer", "XC-ISMS-0441"}, "Exploitatie van een salarisdienst."},
		{"pt", []string{"4. Âmbito da certificação", "Exploração de um serviço de processamento salarial.", "5. Certificado n.º", "XC-ISMS-0441"}, "Exploração de um serviço de processamento salarial."},
		{"pt, value beside its numbered label", []string{"4. Âmbito: Exploração de um serviço de processamento salarial. 5. Certificado n.º XC-ISMS-0441"}, "Exploração de um serviço de processamento salarial."},
		// Near misses: a numbered list of activities under the numbered
		// label stays whole, its items counting from 1.
		{"de near miss: numbered list", []string{"4. Geltungsbereich", "1. Hosting von Lohndaten;", "2. Betreuung der Anwender.", "5. Zertifikatsnummer", "XC-ISMS-0441"}, "Hosting von Lohndaten; Betreuung der Anwender."},
		{"en near miss: no boxes, numbered list", []string{"Scope of certification:", "1. hosting of payroll data;", "2. support of payroll users.", "Certificate No. XC-ISMS-0441"}, "hosting of payroll data; support of payroll users."},
		{"en near miss: numbered list", []string{"4. Scope of certification", "1. hosting of payroll data;", "2. support of payroll users.", "5. Certificate No.", "XC-ISMS-0441"}, "hosting of payroll data; support of payroll users."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Certificate(text(c.lines...))
			if err != nil {
				t.Fatal(err)
			}
			if got.Scope.Value != c.want || !got.Scope.Known {
				t.Errorf("scope = %q (known %v), want %q", got.Scope.Value, got.Scope.Known, c.want)
			}
		})
	}
}
