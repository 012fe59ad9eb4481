package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestNumberUncommonLabels reads the certificate number under labels
// bodies print less often, in the seven languages: the holder's file in
// the body's register, a letter's reference, an identifier, the
// abbreviation "núm.". An identifier or reference of a tax number, a
// client or the accreditation is never taken for it.
func TestNumberUncommonLabels(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		{"en File reference", []string{"File reference: KR/ISMS/0719"}, "KR/ISMS/0719"},
		{"en File ref. in a cell", []string{"File ref. | KR-5520"}, "KR-5520"},
		{"en Identifier", []string{"Identifier: QL-2281"}, "QL-2281"},
		{"de Aktenzeichen", []string{"Aktenzeichen: AZ-IS 5510"}, "AZ-IS 5510"},
		{"de Registerzeichen in a cell", []string{"Registerzeichen | RZ-0442"}, "RZ-0442"},
		{"fr Identifiant", []string{"Identifiant : FR-ISMS-118"}, "FR-ISMS-118"},
		{"fr Cote d'enregistrement", []string{"Cote d'enregistrement : CE-2207"}, "CE-2207"},
		{"fr the second of two languages", []string{"Certificaat-ID / Identifiant: | BX-ISMS-0419"}, "BX-ISMS-0419"},
		{"es Certificado núm.", []string{"Certificado núm. MX-SGSI-0311"}, "MX-SGSI-0311"},
		{"es Identificador del certificado", []string{"Identificador del certificado: ES-7781"}, "ES-7781"},
		{"es Nuestra referencia", []string{"Nuestra referencia: NR-3310"}, "NR-3310"},
		{"it Identificativo del certificato", []string{"Identificativo del certificato: IT-9921"}, "IT-9921"},
		{"it Nostro riferimento", []string{"Nostro riferimento: RIF-4471"}, "RIF-4471"},
		{"nl Onze referentie", []string{"Onze referentie: OR-1187"}, "OR-1187"},
		{"nl Identificatie", []string{"Identificatie: NL-3301"}, "NL-3301"},
		{"pt Identificação do certificado", []string{"Identificação do certificado: BR-SGSI 4410"}, "BR-SGSI 4410"},
		{"pt Nossa referência", []string{"Nossa referência: NR-5512"}, "NR-5512"},

		// Near misses.
		{"fr a VAT identifier", []string{"Identifiant TVA: BE0123456789"}, absent},
		{"en a tax identifier", []string{"Tax identifier: 12-3456789"}, absent},
		{"es a tax identifier", []string{"Identificador fiscal: B12345678"}, absent},
		{"en the client's file reference", []string{"Client file reference: CF-2201"}, absent},
		{"en the accreditation's identifier", []string{"Accreditation identifier: BELAC 611-CERT"}, absent},
		{"de a date under the file's label", []string{"Aktenzeichen", "30.06.2025"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, numberCertificate(c.lines...), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// datesCertificate is a certificate page around the lines under test,
// with nothing else that could be read as a date.
func datesCertificate(lines ...string) Document {
	return text(append([]string{"CERTIFICATE", "Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022.", "Certificate No.: EH-4410"}, lines...)...)
}

// TestDatesUncommonLabels reads the expiry and the issue under labels
// bodies print less often, in the seven languages: the certificate in
// force until a date, the verbs of lapsing, the edition in course. The
// date the holder entered the body's register, or has held the
// certification since, is the first certification's, never the issue's,
// and what else lapses (the accreditation) never gives the expiry.
func TestDatesUncommonLabels(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en In force until", []string{"In force until: 14 March 2028"}, values{evidence.KeyExpiresOn: "2028-03-14"}},
		{"en Lapses on", []string{"Issued: 15 March 2025", "Lapses on 14 March 2028"}, values{evidence.KeyIssuedOn: "2025-03-15", evidence.KeyExpiresOn: "2028-03-14"}},
		{"de In Kraft bis", []string{"In Kraft bis: 30.09.2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"de Erlischt am", []string{"Erlischt am 30.09.2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"de Laufende Ausgabe", []string{"Laufende Ausgabe vom 02.10.2025", "Erlischt am 30.09.2028"}, values{evidence.KeyIssuedOn: "2025-10-02", evidence.KeyExpiresOn: "2028-09-30"}},
		{"fr En vigueur jusqu'au", []string{"En vigueur jusqu'au 30 septembre 2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"fr Échoit le", []string{"Échoit le 30 septembre 2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"fr Arrive à échéance le", []string{"Arrive à échéance le 30 septembre 2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"fr Date de l'édition en cours", []string{"Date de l'édition en cours : 2 mai 2025", "Échoit le 30 avril 2028"}, values{evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-04-30"}},
		{"es En vigor hasta el", []string{"En vigor hasta el 30 de septiembre de 2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"es Emisión en curso", []string{"Emisión en curso: 2 de mayo de 2025", "En vigor hasta el 30 de abril de 2028"}, values{evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-04-30"}},
		{"it Decade il", []string{"Decade il 30/09/2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"it Data dell'emissione in corso", []string{"Data dell'emissione in corso: 2 maggio 2025", "Decade il 30 aprile 2028"}, values{evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-04-30"}},
		{"nl Van kracht tot", []string{"Van kracht tot 30 september 2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"nl Loopt af op", []string{"Loopt af op 30 september 2028"}, values{evidence.KeyExpiresOn: "2028-09-30"}},
		{"nl Lopende uitgave", []string{"Lopende uitgave opgemaakt op 2 mei 2025", "Verstrijkt op 30 april 2028"}, values{evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-04-30"}},
		{"pt Emissão em curso", []string{"Emissão em curso: 2 de maio de 2025", "Vigente até 30 de abril de 2028"}, values{evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-04-30"}},

		// Near misses: the first certification is no issue.
		{"en On our register since", []string{"On our register since 4 April 2019", "Lapses on 3 April 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"en Holder of certification since", []string{"Holder of certification since 4 April 2019", "Lapses on 3 April 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"de Im Register geführt seit", []string{"Im Register geführt seit 04.04.2019", "Erlischt am 03.04.2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"fr Inscrit à notre registre depuis le", []string{"Inscrit à notre registre depuis le 4 avril 2019", "Échoit le 3 avril 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"es Titular de la certificación desde el", []string{"Titular de la certificación desde el 4 de abril de 2019", "En vigor hasta el 3 de abril de 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"it Titolare della certificazione dal", []string{"Titolare della certificazione dal 4 aprile 2019", "Decade il 3 aprile 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"nl Houder van de certificatie sinds", []string{"Houder van de certificatie sinds 4 april 2019", "Loopt af op 3 april 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		{"pt Em nosso cadastro desde", []string{"Em nosso cadastro desde 4 de abril de 2019", "Vigente até 3 de abril de 2028"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-04-03"}},
		// Near misses: what else lapses or is in force.
		{"en the accreditation lapses", []string{"The accreditation of the body lapses on 1 May 2029"}, values{evidence.KeyExpiresOn: absent}},
		{"de a standard in force until", []string{"ISO 9001:2015 in Kraft bis 31.12.2029"}, values{evidence.KeyExpiresOn: absent}},
		{"en a decade is no date's label", []string{"A decade of service 2015 - 2025"}, values{evidence.KeyExpiresOn: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, datesCertificate(c.lines...), c.want)
		})
	}
}

// TestWrappedValiditySentence reads the expiry of a sentence giving the
// validity that wraps between the expiry's label and its date, in the
// seven languages. A label that ends the line above after the first date
// but names no expiry (an audit, the first certification) labels nothing.
func TestWrappedValiditySentence(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  values
	}{
		{"en", []string{"This certificate is valid from 13 June 2025 and expires on", "12 June 2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},
		{"de", []string{"Dieses Zertifikat ist gültig ab 13.06.2025 und erlischt am", "12.06.2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},
		{"fr", []string{"Le présent certificat est valable à partir du 13 juin 2025 et expire le", "12 juin 2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},
		{"es", []string{"Este certificado es válido desde el 13 de junio de 2025 y vence el", "12 de junio de 2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},
		{"it", []string{"Il presente certificato è valido dal 13 giugno 2025 e scade il", "12 giugno 2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},
		{"nl", []string{"Dit certificaat is geldig vanaf 13 juni 2025 en vervalt op", "12 juni 2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},
		{"pt", []string{"Este certificado é válido desde 13 de junho de 2025 e expira em", "12 de junho de 2028."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: "2028-06-12"}},

		// Near misses.
		{"an audit's date after the wrap", []string{"Issued on 13 June 2025; next surveillance audit on", "12 June 2026."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: absent}},
		{"the first certification after the wrap", []string{"Expiry date: 12 June 2028, first certified on", "4 April 2019."}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2028-06-12"}},
		{"more than the date on its line", []string{"This certificate is valid from 13 June 2025 and expires on", "12 June 2028 for ISO 9001 and 30 May 2029 for ISO/IEC 27001."}, values{evidence.KeyIssuedOn: "2025-06-13", evidence.KeyExpiresOn: absent}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, datesCertificate(c.lines...), c.want)
		})
	}
}
