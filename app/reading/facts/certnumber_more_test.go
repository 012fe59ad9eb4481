package facts

import (
	"slices"
	"testing"

	"assay/app/evidence"
)

// numberCertificate is a certificate page around the lines under test,
// with nothing else that could be read as its number or its issuer.
func numberCertificate(lines ...string) Document {
	return text(slices.Concat([]string{
		"CERTIFICATE",
		"Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022.",
	}, lines, []string{
		"Valid until: 30 June 2028",
	})...)
}

// TestCertificateNumberEveryWording reads the certificate number under
// the labels bodies print in the seven languages, wherever the label
// stands (before the value, after it, above it, below it, in the next
// cell), set in small capitals or letter-spaced as text extraction parts
// them, with values holding spaces, slashes, dots and hyphens, and wrapped
// over two lines. The numbers of the accreditation, of the company's
// registration, of a tax id, of a customer, of a page, a date and a
// standard's number are never taken for it.
func TestCertificateNumberEveryWording(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  any
	}{
		// English.
		{"en Certificate No.", []string{"Certificate No.: GB-ISMS 4410"}, "GB-ISMS 4410"},
		{"en Cert. no", []string{"Cert. no 77120-IS"}, "77120-IS"},
		{"en Registration number", []string{"Registration number: RN/27K/0931"}, "RN/27K/0931"},
		{"en Certificate ID", []string{"Certificate ID: CID-5521-A"}, "CID-5521-A"},
		{"en Certificate Number in capitals", []string{"CERTIFICATE NUMBER: IS 781204"}, "IS 781204"},
		{"en Cert #", []string{"Cert #: 2024-ISMS-0082"}, "2024-ISMS-0082"},
		{"en Certificate reg. no.", []string{"Certificate Reg. No. 0123.ISMS.2025"}, "0123.ISMS.2025"},
		{"en label above its value", []string{"Certificate number", "ISC-88-1102"}, "ISC-88-1102"},
		{"en label in the cell before", []string{"Certificate No. | GB21/876543 | Issue 2"}, "GB21/876543"},
		{"en label under its value", []string{"KRX-ISMS-20931", "Certificate number"}, "KRX-ISMS-20931"},
		{"en label after its value in brackets", []string{"KRX-ISMS-20932 (certificate number)"}, "KRX-ISMS-20932"},
		{"en small capitals parted", []string{"C ERTIFICATE N O .: SC-1120-IS"}, "SC-1120-IS"},
		{"en small capitals parted in lower case", []string{"C ertificate N umber: SC-1121-IS"}, "SC-1121-IS"},
		{"en letter-spaced", []string{"C E R T I F I C A T E   N U M B E R :   LS-4471-27"}, "LS-4471-27"},
		{"en letter-spaced without a word gap", []string{"C E R T I F I C A T E N O . LS-4472-27"}, "LS-4472-27"},
		{"en wrapped at a hyphen", []string{"Certificate No.: IS-2024-", "0588"}, "IS-2024-0588"},
		{"en wrapped at a slash", []string{"Certificate No.: IT-27001/", "2024-018"}, "IT-27001/2024-018"},
		// German.
		{"de Zertifikat-Nr.", []string{"Zertifikat-Nr.: DE 123 456"}, "DE 123 456"},
		{"de Zertifikatsnummer", []string{"Zertifikatsnummer: 12 310 54321 TMS"}, "12 310 54321 TMS"},
		{"de Registriernummer", []string{"Registriernummer: Z-ISMS-2291"}, "Z-ISMS-2291"},
		{"de Zertifikat Nr. without colon", []string{"Zertifikat Nr. 44 210 7781"}, "44 210 7781"},
		{"de Urkunden-Nr.", []string{"Urkunden-Nr.: U-27-0412"}, "U-27-0412"},
		{"de Zertifikatnummer in a cell", []string{"Zertifikatnummer | 0453-ISMS-2025"}, "0453-ISMS-2025"},
		{"de label over its value", []string{"Zertifikat-Registrier-Nr.", "ZR-4410-IS"}, "ZR-4410-IS"},
		{"de small capitals", []string{"Z ERTIFIKATSNUMMER: SK-7721"}, "SK-7721"},
		// French.
		{"fr N° de certificat", []string{"N° de certificat : FR-SMSI-2024-031"}, "FR-SMSI-2024-031"},
		{"fr Certificat n°", []string{"Certificat n° 2024/SMSI/118"}, "2024/SMSI/118"},
		{"fr Numéro de certificat", []string{"Numéro de certificat : AFC 44.210"}, "AFC 44.210"},
		{"fr N° d'enregistrement", []string{"N° d’enregistrement : ENR-5521"}, "ENR-5521"},
		{"fr Certificat N° in a cell", []string{"Certificat N° | 33021-SI"}, "33021-SI"},
		{"fr letter-spaced", []string{"N U M É R O   D E   C E R T I F I C A T : FR-LS-2291"}, "FR-LS-2291"},
		// Spanish.
		{"es Número de certificado", []string{"Número de certificado: ES-SI-2046/23"}, "ES-SI-2046/23"},
		{"es Nº de registro", []string{"Nº de registro: SI-0417/2024"}, "SI-0417/2024"},
		{"es Certificado n.º", []string{"Certificado n.º SGSI-771"}, "SGSI-771"},
		{"es Certificado Nº in capitals", []string{"CERTIFICADO Nº: ES-0934-SGSI"}, "ES-0934-SGSI"},
		{"es label over its value", []string{"Número de registro", "SI-2291/2025"}, "SI-2291/2025"},
		// Italian.
		{"it Certificato n.", []string{"Certificato n. IT-27001/2024-018"}, "IT-27001/2024-018"},
		{"it Numero di registrazione", []string{"Numero di registrazione: 44120-SGSI"}, "44120-SGSI"},
		{"it Certificato N°", []string{"Certificato N° 5521/A"}, "5521/A"},
		{"it N. certificato", []string{"N. certificato: CT-27-0958"}, "CT-27-0958"},
		{"it Numero certificato in a cell", []string{"Numero certificato | IT-SGSI-330"}, "IT-SGSI-330"},
		// Dutch.
		{"nl Certificaatnummer", []string{"Certificaatnummer: NL-ISMS-2207"}, "NL-ISMS-2207"},
		{"nl Certificaatnr.", []string{"Certificaatnr.: 27K.2024.0071"}, "27K.2024.0071"},
		{"nl Registratienummer", []string{"Registratienummer: RG-NL-5501"}, "RG-NL-5501"},
		{"nl bare Nummer before a code", []string{"Nummer: | NL-IB-6604"}, "NL-IB-6604"},
		{"nl Certificaat nummer over its value", []string{"Certificaat nummer", "CN-4410-NL"}, "CN-4410-NL"},
		// Portuguese.
		{"pt Número do certificado", []string{"Número do certificado: PT-SGSI-0411"}, "PT-SGSI-0411"},
		{"pt Certificado n.º", []string{"Certificado n.º 2024/CEP.7211"}, "2024/CEP.7211"},
		{"pt N.º do certificado", []string{"N.º do certificado: SGSI 0733"}, "SGSI 0733"},
		{"pt Registo n.º", []string{"Registo n.º: PT-0527"}, "PT-0527"},

		// Identifiers and registers named as the certificate's.
		{"de Zertifikats-ID", []string{"Zertifikats-ID: ZID-2024-0071"}, "ZID-2024-0071"},
		{"fr ID du certificat", []string{"ID du certificat : FR-ID-5521"}, "FR-ID-5521"},
		{"es ID del certificado", []string{"ID del certificado: ES-ID-7781"}, "ES-ID-7781"},
		{"it ID certificato", []string{"ID certificato: IT-ID-3120"}, "IT-ID-3120"},
		{"nl Certificaat-ID", []string{"Certificaat-ID: NL-ID-2205"}, "NL-ID-2205"},
		{"pt ID do certificado", []string{"ID do certificado: PT-ID-0912"}, "PT-ID-0912"},
		{"es Número de registro del certificado over its value", []string{"Número de registro", "del certificado:", "ES/SGSI/0441"}, "ES/SGSI/0441"},
		{"pt Número de registo", []string{"Número de registo: 2024/SGSI.118"}, "2024/SGSI.118"},
		{"it N. registrazione", []string{"N. registrazione: 0412/SGSI/24"}, "0412/SGSI/24"},
		{"nl Registratienr.", []string{"Registratienr.: NL 4410 27K"}, "NL 4410 27K"},
		{"en CERT. NO.", []string{"CERT. NO. | 27K-7781-UK"}, "27K-7781-UK"},
		{"en a row of labels over a row of values", []string{"Certificate number | Date of issue", "IS 654321 | 1 May 2025"}, "IS 654321"},

		// OCR's layout: an empty line between the label and its value, and
		// a row of labels not parted into cells over its row of values.
		{"de an empty line under the label", []string{"Zertifikatsnr.", "", "HZM-27001-8957"}, "HZM-27001-8957"},
		{"fr an empty line under the label", []string{"Numéro de certificat", "", "FR-SMSI-0412"}, "FR-SMSI-0412"},
		{"en a row of labels over a row of values, uncut", []string{"APPROVAL NUMBER ORIGINAL APPROVAL DATE CURRENT CERTIFICATE EXPIRY DATE", "FMC-ISMS 51820 20th March 2018 14th May 2024 25th April 2027"}, "FMC-ISMS 51820"},
		{"es a row of labels over a row of values, uncut", []string{"NÚMERO DE CERTIFICADO FECHA DE EMISIÓN FECHA DE CADUCIDAD", "ES-SI-0934 15/05/2024 14/05/2027"}, "ES-SI-0934"},
		{"en a row of labels over a row that starts with a date", []string{"CERTIFICATE NUMBER DATE OF ISSUE", "15 May 2024 ES-SI-0935"}, absent},

		// Near misses: numbers that are not the certificate's.
		{"de a table numbering its sites", []string{"Nummer | Standort", "ST-001 | Berlin"}, absent},
		{"en accreditation number alone", []string{"UKAS Management Systems 0001"}, absent},
		{"en accreditation registration number", []string{"Accreditation registration number: 0217"}, absent},
		{"de DAkkS number", []string{"DAkkS D-ZM-16030-01-00"}, absent},
		{"de Akkreditierungsnummer", []string{"Akkreditierungs-Nr.: D-ZM-12007-01-00"}, absent},
		{"fr COFRAC accreditation", []string{"Accréditation COFRAC n° 4-0608", "Portée disponible sur www.cofrac.fr"}, absent},
		{"es ENAC accreditation", []string{"ENAC nº 123/C-SC 456"}, absent},
		{"it ACCREDIA accreditation", []string{"Certificato di accreditamento ACCREDIA n. 057B"}, absent},
		{"nl RvA registration", []string{"RvA C 123"}, absent},
		{"en company registration number", []string{"Registered in England, company registration number 01234567"}, absent},
		{"de Handelsregister", []string{"Amtsgericht München HRB 123456"}, absent},
		{"de USt-IdNr.", []string{"USt-IdNr.: DE123456789"}, absent},
		{"fr N° TVA", []string{"N° TVA intracommunautaire : FR12345678901"}, absent},
		{"fr SIRET", []string{"N° SIRET : 123 456 789 00012"}, absent},
		{"es NIF", []string{"NIF: B12345678"}, absent},
		{"it Partita IVA", []string{"Partita IVA n. 01234567890"}, absent},
		{"nl KvK-nummer", []string{"KvK-nummer: 12345678"}, absent},
		{"nl BTW-nummer", []string{"BTW-nummer: NL123456789B01"}, absent},
		{"pt NIPC", []string{"NIPC n.º 501234567"}, absent},
		{"de Kundennummer", []string{"Kundennummer: 204411"}, absent},
		{"fr N° client", []string{"N° client : CL-4410"}, absent},
		{"es Número de cliente", []string{"Número de cliente: 88120"}, absent},
		{"it Codice cliente", []string{"Codice cliente: 4410"}, absent},
		{"nl Klantnummer", []string{"Klantnummer: 77120"}, absent},
		{"pt Número de cliente", []string{"Número de cliente: 5521"}, absent},
		{"en page number", []string{"Page 1 of 2"}, absent},
		{"de page number", []string{"Seite 1 von 2"}, absent},
		{"en the page after the number in capitals", []string{"CERTIFICATE NO. AB-4410 PAGE 1/2"}, "AB-4410"},
		{"de the page after the number in capitals", []string{"ZERTIFIKAT-NR. Z-4410 SEITE 1 VON 2"}, "Z-4410"},
		{"fr the page after the number in capitals", []string{"CERTIFICAT N° FR-4410 PAGE 1 SUR 2"}, "FR-4410"},
		{"es the page after the number in capitals", []string{"CERTIFICADO Nº ES-4410 PÁGINA 1 DE 2"}, "ES-4410"},
		{"it the page after the number in capitals", []string{"CERTIFICATO N. IT-4410 PAGINA 1 DI 2"}, "IT-4410"},
		{"nl the page after the number in capitals", []string{"CERTIFICAATNUMMER NL-4410 PAGINA 1 VAN 2"}, "NL-4410"},
		{"pt the page after the number in capitals", []string{"CERTIFICADO N.º PT-4410 PÁG. 1/2"}, "PT-4410"},
		{"en the revision after the number in capitals", []string{"CERTIFICATE NO. AB-4411 REV 2"}, "AB-4411"},
		{"en standard's number", []string{"Certificate ISO/IEC 27001:2022"}, absent},
		{"en a date under the number's label", []string{"Certificate number", "30 June 2025"}, absent},
		{"de a year after a bare Nummer", []string{"Nummer: 2024"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, numberCertificate(c.lines...), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// TestCertificationBodyEveryPlace reads the certifying organisation from
// where bodies print it: the letterhead, "issued by" and "on behalf of"
// in the seven languages, the signature block, the name beside the
// accreditation mark and the footer's address line, with the legal forms
// of each country. The certified organisation and the accreditation body
// are never taken for it.
func TestCertificationBodyEveryPlace(t *testing.T) {
	for _, c := range []struct {
		name       string
		head, foot []string
		want       any
	}{
		// Letterheads.
		{"en letterhead", []string{"Northgate Certification Services Ltd", "4 Mill Street, Bristol BS1 4AB"}, nil, "Northgate Certification Services Ltd"},
		{"de letterhead", []string{"Allgäuer Zertifizierungsgesellschaft mbH", "Bahnhofstraße 9, 87435 Kempten"}, nil, "Allgäuer Zertifizierungsgesellschaft mbH"},
		{"fr letterhead", []string{"Certilor SAS", "12 rue Stanislas, 54000 Nancy"}, nil, "Certilor SAS"},
		{"nl letterhead with the address beside it", []string{"Keurmerk Certificatie B.V. | Stationsplein 3, 3511 ED Utrecht"}, nil, "Keurmerk Certificatie B.V."},
		{"es letterhead under the logo's letters", []string{"CCG", "Certificadora Cantábrica de Gestión, S.L.", "Calle Castelar 23, 39004 Santander"}, nil, "Certificadora Cantábrica de Gestión, S.L."},
		{"it letterhead over its web address", []string{"Certificazioni Alpine S.r.l.", "www.certalpine.example"}, nil, "Certificazioni Alpine S.r.l."},
		{"pt letterhead over its e-mail", []string{"Lusocert – Certificação, Lda.", "info@lusocert.example"}, nil, "Lusocert – Certificação, Lda."},
		{"letters over a name they do not spell", []string{"KRX", "Certification Services Ltd", "4 Mill Street, Bristol BS1 4AB"}, nil, absent},
		{"a client over its web address", []string{"Example Hosting Ltd", "www.example-hosting.example"}, nil, absent},
		// Issued by, in each language.
		{"en issued by", nil, []string{"Issued by: Meridian Certification Ltd"}, "Meridian Certification Ltd"},
		{"de ausgestellt von", nil, []string{"Ausgestellt von: Orion Audit GmbH"}, "Orion Audit GmbH"},
		{"fr délivré par", nil, []string{"Délivré par : Certilor SAS"}, "Certilor SAS"},
		{"es emitido por", nil, []string{"Emitido por: Certificadora Levante, S.L."}, "Certificadora Levante, S.L."},
		{"it rilasciato da", nil, []string{"Rilasciato da: Certificazioni Alpine S.r.l."}, "Certificazioni Alpine S.r.l."},
		{"nl afgegeven door", nil, []string{"Afgegeven door: Keurmerk Certificatie B.V."}, "Keurmerk Certificatie B.V."},
		{"pt emitido por", nil, []string{"Emitido por: Lusocert – Certificação, Lda."}, "Lusocert – Certificação, Lda"},
		// On behalf of, with the name on the same line or the next.
		{"en for and on behalf of", nil, []string{"For and on behalf of Meridian Certification Ltd", "Jane Marsh, Managing Director"}, "Meridian Certification Ltd"},
		{"de im Auftrag der", nil, []string{"Im Auftrag der", "Orion Audit GmbH | DAkkS"}, "Orion Audit GmbH"},
		{"fr pour le compte de", nil, []string{"Pour le compte de", "Certilor SAS | COFRAC"}, "Certilor SAS"},
		{"es en nombre de", nil, []string{"En nombre de", "Certificadora Levante, S.L. | ENAC"}, "Certificadora Levante, S.L."},
		{"it per conto di", nil, []string{"Per conto di", "Certificazioni Alpine S.r.l. | ACCREDIA"}, "Certificazioni Alpine S.r.l."},
		{"nl namens", nil, []string{"Namens", "Keurmerk Certificatie B.V. | RvA"}, "Keurmerk Certificatie B.V."},
		{"pt em nome de", nil, []string{"Em nome de", "Lusocert – Certificação, Lda. | IPAC"}, "Lusocert – Certificação, Lda."},
		// A verb of signing before "on behalf of", the name beside the mark.
		{"de unterzeichnet im Auftrag der", nil, []string{"Unterzeichnet im Auftrag der", "Orion Audit GmbH | DAkkS"}, "Orion Audit GmbH"},
		{"fr signé pour le compte de", nil, []string{"Signé pour le compte de", "Bureau Lorrain de Certification SAS | COFRAC"}, "Bureau Lorrain de Certification SAS"},
		{"es firmado en nombre de", nil, []string{"Firmado en nombre de", "Certificadora Cantábrica de Gestión, S.L. | ENAC", "Acreditada por ENAC"}, "Certificadora Cantábrica de Gestión, S.L."},
		{"it firmato per conto di", nil, []string{"Firmato per conto di", "Certificazioni Alpine S.r.l. | ACCREDIA"}, "Certificazioni Alpine S.r.l."},
		{"nl getekend namens", nil, []string{"Getekend namens", "Keurmerk Certificatie B.V. | RvA"}, "Keurmerk Certificatie B.V."},
		{"pt assinado em nome de", nil, []string{"Assinado em nome de", "Lusocert – Certificação, Lda. | IPAC"}, "Lusocert – Certificação, Lda."},
		{"es firmado en nombre del cliente", nil, []string{"Firmado en nombre de", "Pasiega Soluciones de Cobro, S.A."}, absent},
		// The footer's address line.
		{"en footer", nil, []string{"Northgate Certification Services Ltd · 4 Mill Street, Bristol BS1 4AB · www.northgate-cert.example"}, "Northgate Certification Services Ltd"},
		{"de footer", nil, []string{"Allgäuer Zertifizierungsgesellschaft mbH, Bahnhofstraße 9, 87435 Kempten"}, "Allgäuer Zertifizierungsgesellschaft mbH"},
		{"es footer", nil, []string{"Certificadora Levante, S.L. – Calle Colón 12, 46004 Valencia – España"}, "Certificadora Levante, S.L."},
		{"it footer", nil, []string{"Certificazioni Alpine S.r.l. - Via Roma 1, 39100 Bolzano"}, "Certificazioni Alpine S.r.l."},
		{"nl footer", nil, []string{"Keurmerk Certificatie B.V., Stationsplein 3, 3511 ED Utrecht"}, "Keurmerk Certificatie B.V."},
		{"pt footer", nil, []string{"Lusocert – Certificação, Lda. | Rua Augusta 100, 1100-053 Lisboa"}, "Lusocert – Certificação, Lda."},
		{"fr footer", nil, []string{"Bureau Lorrain de Certification SAS – 12 rue Stanislas – 54000 Nancy – France"}, "Bureau Lorrain de Certification SAS"},
		// Beside the accreditation mark.
		{"de beside DAkkS", nil, []string{"Orion Audit GmbH | DAkkS D-ZM-16030-01-00"}, "Orion Audit GmbH"},
		{"en beside UKAS", nil, []string{"UKAS MANAGEMENT SYSTEMS 0217 | Meridian Certification Ltd"}, "Meridian Certification Ltd"},

		// Labels with an article or a clause around the name.
		{"de Zertifizierungsstelle der", nil, []string{"Zertifizierungsstelle: der Orion Audit GmbH"}, "Orion Audit GmbH"},
		{"fr délivré par, organisme accrédité", nil, []string{"Délivré par Certilor SAS, organisme accrédité par le COFRAC"}, "Certilor SAS"},
		{"es organismo de certificación", nil, []string{"Organismo de certificación: Certificadora Levante, S.L., entidad acreditada por ENAC"}, "Certificadora Levante, S.L."},
		{"it organismo di certificazione", nil, []string{"Organismo di certificazione: Certificazioni Alpine S.r.l., accreditata ACCREDIA"}, "Certificazioni Alpine S.r.l."},
		{"nl certificerende instelling", nil, []string{"Certificerende instelling: Keurmerk Certificatie B.V., geaccrediteerd door de RvA"}, "Keurmerk Certificatie B.V."},
		{"pt entidade certificadora", nil, []string{"Entidade certificadora: Lusocert – Certificação, Lda., acreditada pelo IPAC"}, "Lusocert – Certificação, Lda"},
		{"en issued by in a sentence", nil, []string{"This certificate was issued by Meridian Certification Ltd on 3 May 2025."}, "Meridian Certification Ltd"},

		// The body as the subject of the sentence that certifies.
		{"en certifies that", nil, []string{"Meridian Certification Ltd hereby certifies that the organisation above was audited."}, "Meridian Certification Ltd"},
		{"de bescheinigt", nil, []string{"Die Orion Audit GmbH bescheinigt hiermit, dass das Unternehmen geprüft wurde."}, "Orion Audit GmbH"},
		{"fr certifie que", nil, []string{"Bureau Lorrain de Certification SAS certifie que l'organisme ci-dessus a été audité."}, "Bureau Lorrain de Certification SAS"},
		{"es certifica que", nil, []string{"Certificadora Levante, S.L. certifica que la organización ha sido auditada."}, "Certificadora Levante, S.L."},
		{"it certifica che", nil, []string{"Certificazioni Alpine S.r.l. certifica che l'organizzazione è stata verificata."}, "Certificazioni Alpine S.r.l."},
		{"nl verklaart dat", nil, []string{"Keurmerk Certificatie B.V. verklaart dat de organisatie is beoordeeld."}, "Keurmerk Certificatie B.V."},
		{"pt certifica que", nil, []string{"A Lusocert – Certificação, Lda. certifica que a organização foi auditada."}, "Lusocert – Certificação, Lda."},
		{"es a name that starts with La", nil, []string{"Emitido por: La Certificadora Norteña, S.A."}, "La Certificadora Norteña, S.A."},
		{"this is to certify", nil, []string{"This is to certify that the organisation was audited."}, absent},
		{"the certification body certifies", nil, []string{"The certification body certifies that the organisation was audited."}, absent},

		// Never the client nor the accreditation body.
		{"the client's footer", nil, []string{"Example Hosting Ltd, 1 Harbour Road, Leeds LS1 4AB"}, absent},
		{"an accreditation body after issued by", nil, []string{"Accredited by: UKAS"}, absent},
		{"on behalf of the client", nil, []string{"On behalf of", "Example Hosting Ltd"}, absent},
		{"de im Auftrag des Kunden", nil, []string{"Im Auftrag der", "Beispiel Logistik GmbH"}, absent},
		{"an accreditation body beside nothing", nil, []string{"DAkkS | D-ZM-16030-01-00"}, absent},
		{"fr the client's address", nil, []string{"Exemple Paie SAS – 3 avenue Foch – 75016 Paris"}, absent},
		{"a client whose name holds a word of auditing", []string{"This is to certify that", "Harbour Audit Partners Ltd", "1 Harbour Road, Leeds LS1 4AB"}, []string{"Harbour Audit Partners Ltd, 1 Harbour Road, Leeds LS1 4AB"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := slices.Concat(c.head, []string{
				"CERTIFICATE",
				"Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022.",
				"Certificate No.: EX-27-0001",
				"Valid until: 30 June 2028",
			}, c.foot)
			checkCertificate(t, text(lines...), values{evidence.KeyCertificationBody: c.want})
		})
	}
}

// TestCertificateNumberSignUnderTitle reads the number that follows its
// sign alone ("N°", "Nr.", "No.") on the line under the title naming the
// certificate, in the seven languages; a count or a year there is no
// number.
func TestCertificateNumberSignUnderTitle(t *testing.T) {
	for _, c := range []struct {
		name, title, sign string
		want              any
	}{
		{"en No.", "CERTIFICATE", "No. GB-ISMS-4410", "GB-ISMS-4410"},
		{"de Nr.", "ZERTIFIKAT", "Nr. 12 310 54321 TMS", "12 310 54321 TMS"},
		{"fr N°", "CERTIFICAT", "N° 2024/SMSI/118", "2024/SMSI/118"},
		{"es Nº", "CERTIFICADO", "Nº ES-SI-2046/23", "ES-SI-2046/23"},
		{"it n.", "CERTIFICATO", "n. 4410/SGSI/24", "4410/SGSI/24"},
		{"nl nr.", "CERTIFICAAT", "nr. NL-ISMS-2207", "NL-ISMS-2207"},
		{"pt N.º", "CERTIFICADO", "N.º PT-SGSI-2024-0071", "PT-SGSI-2024-0071"},
		{"a year", "CERTIFICATE", "No. 2024", absent},
		{"a count", "ZERTIFIKAT", "Nr. 3", absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.title, c.sign,
				"Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022.",
				"Valid until: 30 June 2028",
			), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}
