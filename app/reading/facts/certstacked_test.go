package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestStackedLabelCell reads a date's label wrapped on three lines of a
// table's cell whole: its first words alone on the line above, more
// beside the date, its last below. The first certification's date so
// wrapped is never the issue date, in the seven languages; near misses
// show a heading above a label wrapped on two lines, which still labels
// its date.
func TestStackedLabelCell(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Initial", "certification | 09/24/2018", "date", "This certificate", "02/10/2025", "issued on", "Expiry date | 02/09/2028"},
			values{evidence.KeyIssuedOn: "2025-02-10", evidence.KeyExpiresOn: "2028-02-09"}},
		{"en alone", []string{"Initial", "certification | 19/06/2018", "date", "Expiry date | 18/06/2027"},
			values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-06-18"}},
		{"en first", []string{"First", "certification | 19/06/2018", "date", "Expiry date | 18/06/2027"},
			values{evidence.KeyIssuedOn: absent}},
		{"de", []string{"Erstmalige", "Zertifizierung | 19.06.2018", "am", "Ausstellungsdatum | 21.05.2024", "Gültig bis | 20.05.2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		{"fr", []string{"Première", "certification | 19/06/2018", "le", "Date d'émission | 21/05/2024", "Date d'expiration | 20/05/2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		{"es", []string{"Primera", "certificación | 19/06/2018", "el", "Fecha de emisión | 21/05/2024", "Fecha de vencimiento | 20/05/2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		{"it", []string{"Prima", "certificazione | 19/06/2018", "il", "Data di emissione | 21/05/2024", "Data di scadenza | 20/05/2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		{"nl", []string{"Eerste", "certificatie | 19-06-2018", "op", "Datum van uitgifte | 21-05-2024", "Geldig tot | 20-05-2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		{"pt", []string{"Primeira", "certificação | 19/06/2018", "em", "Data de emissão | 21/05/2024", "Data de validade | 20/05/2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		// Near misses: a heading or a sentence above a label wrapped on
		// two lines is no part of it.
		{"en near miss: heading above", []string{"Validity", "Date of | 21/05/2024", "issue", "Expiry date | 20/05/2027"},
			values{evidence.KeyIssuedOn: "2024-05-21"}},
		{"it near miss: sentence above", []string{"Il certificato è valido.", "Data della presente | 21/05/2024", "emissione"},
			values{evidence.KeyIssuedOn: "2024-05-21"}},
		{"fr near miss: number above", []string{"Certificat n° XC-1120", "Date de | 21/05/2024", "délivrance"},
			values{evidence.KeyIssuedOn: "2024-05-21"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), c.want)
		})
	}
}
