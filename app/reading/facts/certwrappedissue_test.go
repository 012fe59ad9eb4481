package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestHeadingOverWrappedIssueLabel reads the issue date of a table of
// details under a heading whose label cell wraps onto a second line
// ("Issue" beside the date and "date" under it, or the date between the
// label's two lines), in the seven languages: the heading is no first
// line of the cell, and the cell's second line may start with a capital
// (a label in title case, in capitals, or a German noun) or end a word the
// first line hyphenated ("Ausstellungs-" over "datum"), as long as
// neither line is a label alone. Near misses: a heading naming the first
// certification over the same cell may qualify it (the first
// certificate's issue date), which the lines do not decide, so no issue
// date; a label alone under a date is a row of its own, never the end of
// the label beside the date.
func TestHeadingOverWrappedIssueLabel(t *testing.T) {
	cases := []struct {
		lang, heading, first, second, expiry string
	}{
		{"en", "Certificate details", "Issue", "date", "Expiry date | 20/05/2027"},
		{"en title case", "Certificate Details", "Issue", "Date", "Expiry Date | 20/05/2027"},
		{"en capitals", "CERTIFICATE DETAILS", "ISSUE", "DATE", "EXPIRY DATE | 20/05/2027"},
		{"en of", "Certificate details", "Date of", "Issue", "Date of Expiry | 20/05/2027"},
		{"de", "Angaben zum Zertifikat", "Datum der", "Ausstellung", "Gültig bis | 20/05/2027"},
		{"de hyphenated", "Angaben zum Zertifikat", "Ausstellungs-", "datum", "Ablaufdatum | 20/05/2027"},
		{"fr", "Détails du certificat", "Date", "d'émission", "Date d'expiration | 20/05/2027"},
		{"fr title case", "Détails du certificat", "Date de", "Délivrance", "Date d'expiration | 20/05/2027"},
		{"es", "Datos del certificado", "Fecha de", "emisión", "Fecha de vencimiento | 20/05/2027"},
		{"es title case", "Datos del Certificado", "Fecha de", "Emisión", "Fecha de Vencimiento | 20/05/2027"},
		{"it", "Dati del certificato", "Data di", "emissione", "Data di scadenza | 20/05/2027"},
		{"it title case", "Dati del Certificato", "Data di", "Emissione", "Data di Scadenza | 20/05/2027"},
		{"nl", "Gegevens certificaat", "Datum van", "uitgifte", "Vervaldatum | 20/05/2027"},
		{"nl title case", "Gegevens Certificaat", "Datum van", "Uitgifte", "Vervaldatum | 20/05/2027"},
		{"pt", "Dados do certificado", "Data de", "emissão", "Data de validade | 20/05/2027"},
		{"pt title case", "Dados do Certificado", "Data de", "Emissão", "Data de Validade | 20/05/2027"},
	}
	for _, c := range cases {
		t.Run(c.lang+": beside the label's first line", func(t *testing.T) {
			doc := text(c.heading, c.first+" | 21/05/2024", c.second, c.expiry)
			checkCertificate(t, doc, values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"})
		})
		t.Run(c.lang+": between the label's lines", func(t *testing.T) {
			doc := text(c.heading, c.first, "21/05/2024", c.second, c.expiry)
			checkCertificate(t, doc, values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"})
		})
		t.Run(c.lang+": after the expiry", func(t *testing.T) {
			doc := text(c.heading, c.expiry, c.first+" | 21/05/2024", c.second)
			checkCertificate(t, doc, values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"})
		})
	}
	nearMisses := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en: a heading of the first certification", []string{"Initial certification", "Issue", "21/05/2018", "date", "Expiry date | 20/05/2027"},
			values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-05-20"}},
		{"de: a heading of the first certification", []string{"Erstzertifizierung", "Datum der", "21/05/2018", "Ausstellung", "Gültig bis | 20/05/2027"},
			values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-05-20"}},
		{"en: a label alone under the date", []string{"Certificate details", "Certificate | 21/05/2024", "Expiry date", "20/05/2027"},
			values{evidence.KeyExpiresOn: "2027-05-20"}},
		{"de: a label alone under the date", []string{"Angaben zum Zertifikat", "Ausgestellt am | 21.05.2024", "Gültig bis", "20.05.2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
		{"en: a row label in capitals under the date", []string{"Certificate details", "Issued | 21/05/2024", "Status", "Expiry date | 20/05/2027"},
			values{evidence.KeyIssuedOn: "2024-05-21", evidence.KeyExpiresOn: "2027-05-20"}},
	}
	for _, c := range nearMisses {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), c.want)
		})
	}
}
