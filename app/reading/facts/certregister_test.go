package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestRegisterHeaderBody reads the certification body from the header
// bar of a page printed from its online register, the body's name beside
// the directory's title, in the seven languages; the rows give the number
// and scope, and the print date and address are no fact. Near misses: a
// title without a name, a holder's name beside a title far down, a name
// that is no organisation's.
func TestRegisterHeaderBody(t *testing.T) {
	page := func(header, printed string, rows ...string) []string {
		return append([]string{header, printed}, rows...)
	}
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", page("Brenner Certification Ltd. | Online certificate directory", "Printed on: 03.03.2026 · https://reg.brenner.example/BC-77",
			"Certificate No. | BC-2041", "Scope of certification | Hosting of payroll software for municipalities."),
			values{evidence.KeyCertificationBody: "Brenner Certification Ltd.", evidence.KeyCertificateNumber: "BC-2041", evidence.KeyIssuedOn: absent}},
		{"de", page("Donau Zertifizierung GmbH | Online-Zertifikatsverzeichnis", "Gedruckt am: 03.03.2026",
			"Zertifikat-Nr. | DZ-2041"),
			values{evidence.KeyCertificationBody: "Donau Zertifizierung GmbH", evidence.KeyCertificateNumber: "DZ-2041", evidence.KeyIssuedOn: absent}},
		{"fr", page("Loire Certification SAS | Annuaire des certificats en ligne", "Imprimé le : 03/03/2026", "Certificat n° | LC-2041"),
			values{evidence.KeyCertificationBody: "Loire Certification SAS", evidence.KeyCertificateNumber: "LC-2041"}},
		{"es one line", page("Certificadora Andina de Sistemas S.A. Directorio en línea de certificados", "Impreso el: 03/03/2026", "Registro N.º | CA-2041"),
			values{evidence.KeyCertificationBody: "Certificadora Andina de Sistemas S.A.", evidence.KeyCertificateNumber: "CA-2041"}},
		{"it", page("Tevere Certificazioni s.r.l. | Banca dati online dei certificati", "Stampato il: 03.03.2026", "Certificato n. | TC-2041"),
			values{evidence.KeyCertificationBody: "Tevere Certificazioni s.r.l.", evidence.KeyCertificateNumber: "TC-2041"}},
		{"nl", page("Schelde Certificatie B.V. | Online certificatenregister", "Afgedrukt op: 03-03-2026", "Certificaatnummer | SC-2041"),
			values{evidence.KeyCertificationBody: "Schelde Certificatie B.V.", evidence.KeyCertificateNumber: "SC-2041"}},
		{"pt", page("Certificadora do Douro, Lda. | Diretório de certificados online", "Impresso em: 03/03/2026", "Certificado n.º | CD-2041"),
			values{evidence.KeyCertificationBody: "Certificadora do Douro, Lda.", evidence.KeyCertificateNumber: "CD-2041"}},
		// Near misses.
		{"en near miss: title alone", []string{"Online certificate directory", "Certificate No. | BC-2041"},
			values{evidence.KeyCertificationBody: absent}},
		{"en near miss: holder far down", []string{"Register extract", "Printed 03.03.2026", "Certificate No. | BC-2041", "Hosting Services Ltd. | Online certificate directory"},
			values{evidence.KeyCertificationBody: absent}},
		{"de near miss: no organisation", []string{"Bitte beachten Sie | Online-Zertifikatsverzeichnis", "Zertifikat-Nr. | DZ-2041"},
			values{evidence.KeyCertificationBody: absent}},
		{"it near miss: other title", []string{"Tevere Certificazioni s.r.l. | Elenco dei clienti", "Certificato n. | TC-2041"},
			values{evidence.KeyCertificationBody: absent}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), c.want)
		})
	}
}
