package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestDocumentDatedLabel reads the issue date under a label saying the
// certificate, or this edition of it, is dated so, in the seven
// languages ("Certificate dated", "This edition dated", "Zertifikat vom",
// "Certificat daté du", "Certificado de fecha", "Certificato datato",
// "Certificaat gedateerd", "Certificado datado de"), also with the label
// wrapped around its value. Near misses: the previous certificate dated,
// a certificate replaced that was dated, and a report dated are no issue.
func TestDocumentDatedLabel(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Certificate dated: 7th June 2024", "Valid until: 20th May 2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"en edition", []string{"This edition dated: 07/06/2024", "In force until: 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"en wrapped", []string{"Certificate No. | EX-1", "Certificate", "07/06/2024", "dated", "Expiry date | 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"de", []string{"Zertifikat vom: 07.06.2024", "Gültig bis: 20.05.2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"de edition", []string{"Diese Ausgabe vom: 07.06.2024", "Gültig bis: 20.05.2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"fr", []string{"Certificat daté du : 07/06/2024", "Date d'expiration : 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"es", []string{"Certificado de fecha: 07/06/2024", "Fecha de vencimiento: 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"it", []string{"Certificato datato: 07/06/2024", "Data di scadenza: 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"nl", []string{"Certificaat gedateerd: 07-06-2024", "Vervaldatum: 20-05-2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"pt", []string{"Certificado datado de: 07/06/2024", "Data de validade: 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		{"pt edition", []string{"Esta edição datada de: 07/06/2024", "Data de validade: 20/05/2027"}, values{evidence.KeyIssuedOn: "2024-06-07"}},
		// Near misses.
		{"en previous", []string{"Previous certificate dated: 01/05/2020", "Expiry date: 20/05/2027"}, values{evidence.KeyIssuedOn: absent}},
		{"de previous", []string{"Vorheriges Zertifikat vom: 01.05.2020", "Gültig bis: 20.05.2027"}, values{evidence.KeyIssuedOn: absent}},
		{"en replaced", []string{"This certificate replaces the certificate dated 1 May 2020.", "Expiry date: 20/05/2027"}, values{evidence.KeyIssuedOn: absent}},
		{"de replaced", []string{"Dieses Zertifikat ersetzt das Zertifikat vom 01.05.2020.", "Gültig bis: 20.05.2027"}, values{evidence.KeyIssuedOn: absent}},
		{"fr replaced", []string{"Ce certificat remplace le certificat daté du 01/05/2020.", "Date d'expiration : 20/05/2027"}, values{evidence.KeyIssuedOn: absent}},
		{"nl replaced", []string{"Dit certificaat vervangt het certificaat gedateerd 01-05-2020.", "Vervaldatum: 20-05-2027"}, values{evidence.KeyIssuedOn: absent}},
		{"en report", []string{"Audit report dated: 03/03/2024", "Expiry date: 20/05/2027"}, values{evidence.KeyIssuedOn: absent}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.want[evidence.KeyExpiresOn] = "2027-05-20"
			checkCertificate(t, text(c.lines...), c.want)
		})
	}
}

// TestEndOfValidityLabel reads the expiry under a label naming the end
// of the validity in the seven languages ("End of validity", "Ende der
// Gültigkeit", "Fin de validité", "Término de validez", "Termine di
// validità", "Einde geldigheid", "Termo de validade"); near misses: the
// end of the previous certificate's validity is another's, and the first
// issue beside it is no expiry.
func TestEndOfValidityLabel(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"Date of issue: 07/12/2024", "End of validity: 21/11/2027"}, values{evidence.KeyExpiresOn: "2027-11-21"}},
		{"de", []string{"Ausstellungsdatum: 07.12.2024", "Ende der Gültigkeit: 21.11.2027"}, values{evidence.KeyExpiresOn: "2027-11-21"}},
		{"fr", []string{"Date d'émission : 07/12/2024", "Fin de validité : 21/11/2027"}, values{evidence.KeyExpiresOn: "2027-11-21"}},
		{"es", []string{"Fecha de emisión: 07/12/2024", "Término de validez: 21/11/2027"}, values{evidence.KeyExpiresOn: "2027-11-21"}},
		{"it", []string{"Data di emissione: 07/12/2024", "Termine di validità: 21/11/2027"}, values{evidence.KeyExpiresOn: "2027-11-21"}},
		{"nl", []string{"Datum van uitgifte: 07-12-2024", "Einde geldigheid: 21-11-2027"}, values{evidence.KeyExpiresOn: "2027-11-21"}},
		{"pt", []string{"Primeira emissão: 10/11/2021", "Data do presente certificado: 07/12/2024", "Termo de validade: 21/11/2027"}, values{evidence.KeyExpiresOn: "2027-11-21", evidence.KeyIssuedOn: "2024-12-07"}},
		// Near misses.
		{"en previous", []string{"Date of issue: 07/12/2024", "End of validity of the previous certificate: 21/11/2024"}, values{evidence.KeyExpiresOn: absent}},
		{"pt previous", []string{"Data do presente certificado: 07/12/2024", "Termo de validade do certificado anterior: 21/11/2024"}, values{evidence.KeyExpiresOn: absent}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), c.want)
		})
	}
}
