package facts

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"assay/app/evidence"
)

// langSample is a certificate of the multilingual set: its language, the
// text as the readers give it, and the facts it must yield. A doubt is
// written "?" + the readings joined by " | ".
type langSample struct {
	lang, name string
	doc        Document
	want       values
}

// certificatesByLanguage are certificates in the seven languages and the
// layouts certification bodies use: national labels, combined
// certificates, scopes after an introduction, site tables, bilingual
// pages and numeric dates that the document may or may not settle.
var certificatesByLanguage = []langSample{
	{"German", "tüv style, Zertifikat-Nr., DAkkS registration number", text(
		"ZERTIFIKAT",
		"Die Zertifizierungsstelle der TÜV SÜD Management Service GmbH",
		"bescheinigt, dass das Unternehmen",
		"Muster Software GmbH",
		"Hauptstraße 5, 80331 München, Deutschland",
		"für den Geltungsbereich",
		"Entwicklung und Betrieb von Cloud-Lösungen für die Lohnabrechnung",
		"ein Informationssicherheits-Managementsystem eingeführt hat und anwendet.",
		"Durch ein Audit wurde der Nachweis erbracht, dass die Forderungen der",
		"DIN EN ISO/IEC 27001:2017",
		"erfüllt sind. Dieses Zertifikat ist gültig bis: 14.03.2027",
		"Zertifikat-Nr.: 12 310 54321 TMS",
		"Ausstellungsdatum: 15.03.2024",
		"DAkkS Akkreditierungs-Nr. D-ZM-14137-01-00",
	), values{
		evidence.KeyCertificateNumber: "12 310 54321 TMS", evidence.KeyCertificationBody: "TÜV SÜD", evidence.KeyAccreditationBody: "DAkkS",
		evidence.KeyEdition: "2013", evidence.KeyIssuedOn: "2024-03-15", evidence.KeyExpiresOn: "2027-03-14",
		evidence.KeyScope: "Entwicklung und Betrieb von Cloud-Lösungen für die Lohnabrechnung",
	}},
	{"German", "Erstzertifizierung, month names, site table", text(
		"Zertifikat",
		"Zertifikatsnummer: ISMS-DE-2024-118",
		"Hiermit wird bescheinigt, dass die Beispiel Daten AG",
		"ein Managementsystem für Informationssicherheit nach ISO/IEC 27001:2022 betreibt.",
		"Geltungsbereich: Rechenzentrumsbetrieb und Managed Hosting",
		"Erstzertifizierung: 3. Juni 2019",
		"Gültig ab: 3. Juni 2025",
		"Gültig bis: 2. Juni 2028",
		"Zertifizierungsstelle: Kiwa GmbH",
		"Standort | Adresse | Tätigkeiten",
		"Zentrale | Am Markt 1, 10115 Berlin | Verwaltung",
		"Rechenzentrum | Industriestraße 9, 60311 Frankfurt am Main | Hosting",
	), values{
		evidence.KeyCertificateNumber: "ISMS-DE-2024-118", evidence.KeyCertificationBody: "Kiwa", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-06-03", evidence.KeyExpiresOn: "2028-06-02",
		evidence.KeyScope: "Rechenzentrumsbetrieb und Managed Hosting",
		evidence.KeySites: []string{"Zentrale, Am Markt 1, 10115 Berlin", "Rechenzentrum, Industriestraße 9, 60311 Frankfurt am Main"},
	}},
	{"French", "afnor style, valable jusqu'au, certification initiale", text(
		"CERTIFICAT",
		"Certificat n° : 2024/112233.1",
		"AFNOR Certification certifie que le système de management de la sécurité de l'information de",
		"Exemple Paie SAS",
		"12 rue de la Paix, 75002 Paris, France",
		"est conforme aux exigences de la norme NF EN ISO/IEC 27001:2023",
		"pour les activités suivantes :",
		"Conception, hébergement et maintenance d'une solution de paie en ligne.",
		"Date de certification initiale : 1er février 2021",
		"Date d'émission : 1er février 2024",
		"Valable jusqu'au : 31 janvier 2027",
		"Accréditation COFRAC n° 4-0001",
	), values{
		evidence.KeyCertificateNumber: "2024/112233.1", evidence.KeyCertificationBody: "AFNOR", evidence.KeyAccreditationBody: "COFRAC",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2024-02-01", evidence.KeyExpiresOn: "2027-01-31",
		evidence.KeyScope: "Conception, hébergement et maintenance d'une solution de paie en ligne.",
	}},
	{"French", "numeric dates, domaine d'application, délivré par", text(
		"Certificat de conformité",
		"Numéro de certificat : FR-ISMS-0457",
		"Délivré par : Bureau Veritas Certification France",
		"Société : Nuage Services SARL, 3 avenue Foch, 69006 Lyon",
		"Norme : ISO/IEC 27001:2022",
		"Domaine d'application : Hébergement et infogérance de serveurs pour les clients du secteur public.",
		"Date d'émission : 05/03/2025",
		"Date d'expiration : 04/03/2028",
	), values{
		evidence.KeyCertificateNumber: "FR-ISMS-0457", evidence.KeyCertificationBody: "Bureau Veritas", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-03-05", evidence.KeyExpiresOn: "2028-03-04",
		evidence.KeyScope: "Hébergement et infogérance de serveurs pour les clients du secteur public.",
	}},
	{"Spanish", "aenor style, válido hasta, de marzo de", text(
		"CERTIFICADO DEL SISTEMA DE GESTIÓN DE SEGURIDAD DE LA INFORMACIÓN",
		"Número de certificado: SI-0123/2024",
		"AENOR certifica que la organización",
		"NÓMINAS EJEMPLO, S.L.",
		"dispone de un sistema de gestión conforme con la norma UNE-EN ISO/IEC 27001:2023",
		"para el alcance:",
		"Los sistemas de información que soportan la prestación de servicios de gestión de nóminas.",
		"Fecha de primera emisión: 12 de marzo de 2018",
		"Fecha de emisión: 12 de marzo de 2024",
		"Válido hasta: 11 de marzo de 2027",
		"Acreditación ENAC n.º 02/C-SC024",
	), values{
		evidence.KeyCertificateNumber: "SI-0123/2024", evidence.KeyCertificationBody: "AENOR", evidence.KeyAccreditationBody: "ENAC",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2024-03-12", evidence.KeyExpiresOn: "2027-03-11",
		evidence.KeyScope: "Los sistemas de información que soportan la prestación de servicios de gestión de nóminas.",
	}},
	{"Spanish", "numeric dates, emitido por, sedes", text(
		"Certificado",
		"Certificado nº: ES-27K-5521",
		"Emitido por: SGS ICS Ibérica, S.A.",
		"Se certifica que el sistema de gestión de Datos Ejemplo S.A.",
		"cumple con los requisitos de ISO/IEC 27001:2022",
		"Alcance: Desarrollo de software y soporte de plataformas de recursos humanos.",
		"Sedes:",
		"Calle Mayor 10, 28013 Madrid",
		"Avenida Diagonal 200, 08018 Barcelona",
		"Fecha de emisión: 02/04/2025",
		"Fecha de caducidad: 01/04/2028",
	), values{
		evidence.KeyCertificateNumber: "ES-27K-5521", evidence.KeyCertificationBody: "SGS", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-04-02", evidence.KeyExpiresOn: "2028-04-01",
		evidence.KeyScope: "Desarrollo de software y soporte de plataformas de recursos humanos.",
		evidence.KeySites: []string{"Calle Mayor 10, 28013 Madrid", "Avenida Diagonal 200, 08018 Barcelona"},
	}},
	{"Italian", "imq style, valido fino al, prima emissione", text(
		"CERTIFICATO N. 9191.ESMP",
		"Si certifica che il sistema di gestione per la sicurezza delle informazioni di",
		"Esempio Paghe S.r.l.",
		"Via Roma 1, 20121 Milano, Italia",
		"è conforme alla norma UNI CEI EN ISO/IEC 27001:2017",
		"per il seguente campo di applicazione:",
		"Erogazione di servizi di elaborazione delle buste paga in modalità cloud.",
		"Data di prima emissione: 10 luglio 2020",
		"Data di emissione: 10 luglio 2023",
		"Valido fino al: 9 luglio 2026",
		"Rilasciato da: IMQ S.p.A.",
		"ACCREDIA Certificato di accreditamento n. 007A",
	), values{
		evidence.KeyCertificateNumber: "9191.ESMP", evidence.KeyCertificationBody: "IMQ", evidence.KeyAccreditationBody: "ACCREDIA",
		evidence.KeyEdition: "2013", evidence.KeyIssuedOn: "2023-07-10", evidence.KeyExpiresOn: "2026-07-09",
		evidence.KeyScope: "Erogazione di servizi di elaborazione delle buste paga in modalità cloud.",
	}},
	{"Italian", "data di scadenza, numeric dates", text(
		"Certificato",
		"Numero certificato: IT-ISMS-3344",
		"Organismo di certificazione: DNV Business Assurance Italy S.r.l.",
		"Organizzazione: Servizi Nuvola S.p.A.",
		"Norma di riferimento: ISO/IEC 27001:2022",
		"Campo di applicazione: Progettazione e gestione di servizi di hosting e backup.",
		"Data di emissione: 07/02/2025",
		"Data di scadenza: 06/02/2028",
	), values{
		evidence.KeyCertificateNumber: "IT-ISMS-3344", evidence.KeyCertificationBody: "DNV", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-02-07", evidence.KeyExpiresOn: "2028-02-06",
		evidence.KeyScope: "Progettazione e gestione di servizi di hosting e backup.",
	}},
	{"Dutch", "geldig tot, toepassingsgebied, RvA", text(
		"CERTIFICAAT",
		"Certificaatnummer: NL-27001-778",
		"Hierbij wordt verklaard dat het managementsysteem voor informatiebeveiliging van",
		"Voorbeeld Salaris B.V.",
		"Keizersgracht 1, 1015 CJ Amsterdam, Nederland",
		"voldoet aan de eisen van NEN-EN-ISO/IEC 27001:2023",
		"Toepassingsgebied: Het ontwikkelen en beheren van software voor salarisverwerking.",
		"Datum eerste certificering: 14 maart 2019",
		"Datum van uitgifte: 14 maart 2025",
		"Geldig tot: 13 maart 2028",
		"Afgegeven door: Kiwa Nederland B.V.",
		"RvA C 021",
	), values{
		evidence.KeyCertificateNumber: "NL-27001-778", evidence.KeyCertificationBody: "Kiwa", evidence.KeyAccreditationBody: "RvA",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2025-03-14", evidence.KeyExpiresOn: "2028-03-13",
		evidence.KeyScope: "Het ontwikkelen en beheren van software voor salarisverwerking.",
	}},
	{"Dutch", "numeric dates, vervaldatum, vestigingen", text(
		"Certificaat",
		"Certificaat nr.: 2025-0456",
		"Certificatie-instelling: BSI Group The Netherlands B.V.",
		"Organisatie: Wolk Diensten B.V.",
		"ISO/IEC 27001:2022",
		"Toepassingsgebied: Beheer van cloudinfrastructuur en servicedesk.",
		"Vestigingen:",
		"Stationsplein 1, 3511 ED Utrecht",
		"Datum van uitgifte: 03/02/2025",
		"Vervaldatum: 02/02/2028",
	), values{
		evidence.KeyCertificateNumber: "2025-0456", evidence.KeyCertificationBody: "BSI", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-02-03", evidence.KeyExpiresOn: "2028-02-02",
		evidence.KeyScope: "Beheer van cloudinfrastructuur en servicedesk.",
		evidence.KeySites: []string{"Stationsplein 1, 3511 ED Utrecht"},
	}},
	{"Portuguese", "válido até, âmbito, de março de", text(
		"CERTIFICADO",
		"Certificado n.º: PT-2024/0099",
		"Certifica-se que o sistema de gestão da segurança da informação da empresa",
		"Exemplo Salários, Lda.",
		"Rua Augusta 100, 1100-053 Lisboa, Portugal",
		"está em conformidade com a norma NP EN ISO/IEC 27001:2023",
		"Âmbito: Prestação de serviços de processamento salarial e gestão de recursos humanos.",
		"Data de certificação inicial: 5 de maio de 2020",
		"Data de emissão: 5 de maio de 2023",
		"Válido até: 4 de maio de 2026",
		"Emitido por: APCER",
		"IPAC",
	), values{
		evidence.KeyCertificateNumber: "PT-2024/0099", evidence.KeyCertificationBody: "APCER", evidence.KeyAccreditationBody: "IPAC",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2023-05-05", evidence.KeyExpiresOn: "2026-05-04",
		evidence.KeyScope: "Prestação de serviços de processamento salarial e gestão de recursos humanos.",
	}},
	{"Portuguese", "escopo, numeric dates, data de validade", text(
		"Certificado",
		"Número do certificado: BR-SI-7788",
		"Organismo de certificação: Bureau Veritas Certification Brasil",
		"Empresa: Nuvem Exemplo Ltda.",
		"Norma: ISO/IEC 27001:2022",
		"Escopo: Desenvolvimento e operação de plataforma de folha de pagamento.",
		"Data de emissão: 08/01/2025",
		"Data de validade: 07/01/2028",
	), values{
		evidence.KeyCertificateNumber: "BR-SI-7788", evidence.KeyCertificationBody: "Bureau Veritas", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-01-08", evidence.KeyExpiresOn: "2028-01-07",
		evidence.KeyScope: "Desenvolvimento e operação de plataforma de folha de pagamento.",
	}},
	{"English", "US certificate, MM/DD/YYYY, valid through, ANAB", text(
		"CERTIFICATE OF REGISTRATION",
		"Perry Johnson Registrars, Inc.",
		"Certificate Number: C2024-01234",
		"This is to certify that Example Payroll, Inc., 500 Main Street, Austin, TX 78701",
		"has been assessed and found to conform to ISO/IEC 27001:2022",
		"for the scope: Payroll processing software development and hosting.",
		"Issue Date: 04/01/2024",
		"Valid through: 03/31/2027",
		"ANAB accredited",
	), values{
		evidence.KeyCertificateNumber: "C2024-01234", evidence.KeyCertificationBody: "Perry Johnson Registrars", evidence.KeyAccreditationBody: "ANAB",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2024-04-01", evidence.KeyExpiresOn: "2027-03-31",
		evidence.KeyScope: "Payroll processing software development and hosting.",
	}},
	{"English", "US certificate, only ambiguous dates, settled by its signs", text(
		"Certificate of Registration",
		"Certificate No.: A-2025-778",
		"Example Cloud LLC, 1 Market Street, San Francisco, CA 94105, USA",
		"ISO/IEC 27001:2022",
		"Scope: Managed cloud hosting.",
		"Issue Date: 02/03/2025",
		"Expiration Date: 02/02/2028",
		"Accredited by ANAB",
	), values{
		evidence.KeyCertificateNumber: "A-2025-778", evidence.KeyAccreditationBody: "ANAB", evidence.KeyEdition: "2022",
		evidence.KeyIssuedOn: "2025-02-03", evidence.KeyExpiresOn: "2028-02-02", evidence.KeyScope: "Managed cloud hosting.",
	}},
	{"English", "nothing settles the order: doubtful dates", text(
		"Certificate",
		"Certificate No.: X-4411",
		"Example Hosting",
		"ISO/IEC 27001:2022",
		"Scope: Hosting.",
		"Issue Date: 05/06/2025",
		"Expiry Date: 04/06/2028",
	), values{
		evidence.KeyCertificateNumber: "X-4411", evidence.KeyEdition: "2022", evidence.KeyScope: "Hosting.",
		evidence.KeyIssuedOn: "?2025-06-05 | 2025-05-06", evidence.KeyExpiresOn: "?2028-06-04 | 2028-04-06",
	}},
	{"English", "combined 9001 + 27001 + 14001, each with its own dates", text(
		"CERTIFICATE",
		"Issued by Alpha Certification Ltd, 1 King Street, Manchester M2 4LQ, United Kingdom",
		"Example Group Ltd",
		"ISO 9001:2015",
		"Certificate number: QMS-1001",
		"Scope: Design and sale of office furniture.",
		"Issue date: 1 January 2024   Expiry date: 31 December 2026",
		"ISO/IEC 27001:2022",
		"Certificate number: ISMS-2002",
		"Scope: Operation of the customer data platform.",
		"Issue date: 1 June 2025   Expiry date: 31 May 2028",
		"ISO 14001:2015",
		"Certificate number: EMS-3003",
		"Scope: Manufacture of office furniture.",
		"Issue date: 1 March 2023   Expiry date: 28 February 2026",
		"UKAS Management Systems 0123",
	), values{
		evidence.KeyCertificateNumber: "ISMS-2002", evidence.KeyCertificationBody: "Alpha Certification Ltd", evidence.KeyAccreditationBody: "UKAS",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2025-06-01", evidence.KeyExpiresOn: "2028-05-31",
		evidence.KeyScope: "Operation of the customer data platform.",
	}},
	{"English", "accreditation number before the certificate number, appendix site table", text(
		"Certificate of Approval",
		"UKAS Accreditation No. 0012",
		"Certificate Reference: IS 778899",
		"This is to certify that the Information Security Management System of Example Services Ltd",
		"has been approved to ISO/IEC 27001:2022/Amd 1:2024 for the following activities:",
		"Provision of managed payroll services.",
		"Place and date: London, 12 May 2025",
		"Expiry date: 11 May 2028",
		"Appendix",
		"Site | Address | Activities",
		"Head office | 1 Bank Street, London E14 5AB | Management",
		"Operations | 20 Quay Road, Leeds LS1 4AB | Payroll",
		"For and on behalf of LRQA Limited",
	), values{
		evidence.KeyCertificateNumber: "IS 778899", evidence.KeyCertificationBody: "LRQA", evidence.KeyAccreditationBody: "UKAS",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2025-05-12", evidence.KeyExpiresOn: "2028-05-11",
		evidence.KeyScope: "Provision of managed payroll services.",
		evidence.KeySites: []string{"Head office, 1 Bank Street, London E14 5AB", "Operations, 20 Quay Road, Leeds LS1 4AB"},
	}},
	{"German", "bilingual German/English, read once", text(
		"ZERTIFIKAT / CERTIFICATE",
		"Zertifikat-Nr. / Certificate No.: 44 121 250011",
		"TÜV NORD CERT GmbH",
		"Geltungsbereich: Softwareentwicklung und Hosting",
		"Scope: Software development and hosting",
		"Standorte / Sites:",
		"Am Hafen 2, 20457 Hamburg",
		"Gültig von / Valid from: 01.09.2025 bis / until 31.08.2028",
		"ISO/IEC 27001:2022",
		"DAkkS",
	), values{
		evidence.KeyCertificateNumber: "44 121 250011", evidence.KeyCertificationBody: "TÜV NORD", evidence.KeyAccreditationBody: "DAkkS",
		evidence.KeyEdition: "2022", evidence.KeyIssuedOn: "2025-09-01", evidence.KeyExpiresOn: "2028-08-31",
		evidence.KeyScope: "Software development and hosting",
		evidence.KeySites: []string{"Am Hafen 2, 20457 Hamburg"},
	}},
}

// TestCertificatesByLanguage reads the multilingual set and reports facts
// right over facts expected per language (go test -v shows the figures);
// every miss is listed, and every fact read must quote a line of the
// certificate that holds it. It fails below 97 % in any language.
func TestCertificatesByLanguage(t *testing.T) {
	type tally struct{ right, expected int }
	byLang := map[string]*tally{}
	for _, s := range certificatesByLanguage {
		tl := byLang[s.lang]
		if tl == nil {
			tl = &tally{}
			byLang[s.lang] = tl
		}
		c, err := Certificate(s.doc)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		f := evidence.Facts{Certificate: &c}
		got, quotes, doubts := f.Values(), f.Quotes(), f.Doubts()
		all := strings.Join(strings.Fields(s.doc.Text), " ")
		for _, k := range []string{evidence.KeyCertificateNumber, evidence.KeyCertificationBody, evidence.KeyAccreditationBody,
			evidence.KeyEdition, evidence.KeyIssuedOn, evidence.KeyExpiresOn, evidence.KeyScope, evidence.KeySites} {
			want, expected := s.want[k]
			if !expected {
				want = absent
			}
			tl.expected++
			ok := sameFact(got, k, want)
			if w, isDoubt := want.(string); isDoubt && strings.HasPrefix(w, "?") {
				d, has := doubts[k]
				ok = has && fmt.Sprint(d.Readings) == fmt.Sprint(strings.Split(w[1:], " | ")) && sameFact(got, k, absent)
				if ok && (!strings.Contains(d.Reason, "could be") || quotes[k] == "") {
					t.Errorf("%s: %s doubt without its reason or quote: %+v %q", s.name, k, d, quotes[k])
				}
			}
			if ok {
				tl.right++
			} else {
				t.Logf("miss: %s %s: %s = %#v (doubt %v), want %#v", s.lang, s.name, k, got[k], doubts[k], want)
			}
			if _, read := got[k]; read {
				q := strings.TrimSuffix(quotes[k], "…")
				if q == "" || !strings.Contains(all, q) {
					t.Errorf("%s: quote of %s is not a line of the certificate: %q", s.name, k, q)
				}
				if v, text := got[k].(string); text && k != evidence.KeyCertificationBody && k != evidence.KeyAccreditationBody && k != evidence.KeyEdition &&
					k != evidence.KeyIssuedOn && k != evidence.KeyExpiresOn && !strings.Contains(q, v) && !strings.HasSuffix(quotes[k], "…") {
					t.Errorf("%s: quote of %s does not hold %q: %q", s.name, k, v, q)
				}
			}
		}
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	var right, expected int
	for _, l := range langs {
		tl := byLang[l]
		right, expected = right+tl.right, expected+tl.expected
		pct := 100 * float64(tl.right) / float64(tl.expected)
		t.Logf("certificates %-10s %3d/%3d facts right (%.1f%%)", l, tl.right, tl.expected, pct)
		if pct < 97 {
			t.Errorf("%s: %.1f%% of facts right, below 97%%", l, pct)
		}
	}
	t.Logf("certificates %-10s %3d/%3d facts right (%.1f%%)", "all", right, expected, 100*float64(right)/float64(expected))
}

// certificateLayouts are layouts a reader once got wrong or missed, each
// with the facts it must yield exactly (absent where the page does not
// settle them).
var certificateLayouts = []struct {
	name string
	doc  Document
	want values
}{
	{"two columns: a label, a line of the left column, then its date", text(
		"Example Assurance Ltd",
		"1 Quay Street, Bristol BS1 4DJ",
		"This certifies that | Certificate No.",
		"IS 100200",
		"Acme Payroll Ltd | Date of initial certification",
		"12 March 2019",
		"operates an information security management",
		"Issue date",
		"system which complies with",
		"3 May 2023",
		"ISO/IEC 27001:2022 | Valid until",
		"30 April 2026",
	), values{evidence.KeyIssuedOn: "2023-05-03", evidence.KeyExpiresOn: "2026-04-30", evidence.KeyCertificateNumber: "IS 100200"}},
	{"two columns: a label ending a row, its date ending the next", text(
		"El organismo de certificación declara que | Número de certificado",
		"SI-0418/2024",
		"ha sido evaluado y es conforme con los requisitos | Fecha de expedición",
		"de | 31 de marzo de 2023",
		"Fecha de caducidad",
		"ISO/IEC 27001:2022",
		"25 de marzo de 2026",
	), values{evidence.KeyIssuedOn: "2023-03-31", evidence.KeyExpiresOn: "2026-03-25", evidence.KeyEdition: "2022"}},
	{"two columns: a label wrapped over two lines is read whole", text(
		"Tulpstroom Hosting B.V. | Oorspronkelijke",
		"certificeringsdatum",
		"Papendorpseweg 100, 3528 BJ Utrecht",
		"22 maart 2017",
		"Vervaldatum",
		"ISO/IEC 27001:2022",
		"28 april 2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2026-04-28"}},
	{"combined: the number under a header of other words, in the row of 27001", text(
		"has been registered as meeting the requirements of",
		"Standard | Certificate Registration No. | Expiration date",
		"ISO 9001:2015 | Q-1234-9 | 16 Sep 2026",
		"ISO/IEC 27001:2022 | IS 1234 | 7 July 2025",
	), values{evidence.KeyCertificateNumber: "IS 1234", evidence.KeyExpiresOn: "2025-07-07"}},
	{"combined, Dutch: nummer certificaat", text(
		"Norm | Nummer certificaat | Geldig tot en met",
		"ISO 9001:2015 | Q-77-9 | 05-09-2026",
		"NEN-EN-ISO/IEC 27001:2023 | NL-ISMS-77 | 27-06-2025",
	), values{evidence.KeyCertificateNumber: "NL-ISMS-77", evidence.KeyExpiresOn: "2025-06-27", evidence.KeyEdition: "2022"}},
	{"combined: a table of standards is no part of its own, its dates a column", text(
		"Norma | Nº de certificado",
		"ISO 9001:2015 | Q-1-9",
		"UNE-EN ISO/IEC 27001:2023 | SI-0001/2023",
		"Fecha de vencimiento",
		"28 de octubre de 2026",
		"19 de agosto de 2025",
		"Válido desde: | 23 de agosto de 2022",
	), values{evidence.KeyCertificateNumber: "SI-0001/2023", evidence.KeyExpiresOn: "2025-08-19", evidence.KeyIssuedOn: "2022-08-23"}},
	{"Italian: scopo di certificazione", text(
		"Scopo di certificazione:",
		"Erogazione in modalità SaaS della piattaforma di contabilità.",
		"Certificato N°: | IT-1",
	), values{evidence.KeyScope: "Erogazione in modalità SaaS della piattaforma di contabilità.", evidence.KeyCertificateNumber: "IT-1"}},
	{"a national adoption published in 2024 is the 2022 edition", text(
		"die Anforderungen der folgenden Norm erfüllt:",
		"DIN EN ISO/IEC 27001:2024",
	), values{evidence.KeyEdition: "2022"}},
	{"signature block and an accreditation body the list does not know", text(
		"Certificado",
		"Data de validade: | 27/10/2027",
		"Pelo organismo de certificação Tejocert",
		"Diretor-Geral",
		"Acreditado por NACQ",
		"NACQ C0093",
	), values{evidence.KeyCertificationBody: "Tejocert", evidence.KeyAccreditationBody: "NACQ"}},
	{"an ID left at the end of a line is no body's name", text(
		"Issue date: 1 May 2025",
		"ANAB accredited certification body, ID",
		"Managing Director",
		"0981",
	), values{evidence.KeyCertificationBody: absent, evidence.KeyAccreditationBody: "ANAB"}},
	{"a row of labels over a row of values: the place before the issue date", text(
		"Ort und Datum | Gültig bis",
		"Berlin, 03.04.2025 | 02.04.2028",
	), values{evidence.KeyIssuedOn: "2025-04-03", evidence.KeyExpiresOn: "2028-04-02"}},
	{"a row of labels over a row of values: a place left of a date under another label is no date of it", text(
		"Expiry date | Issued",
		"London, 30 April 2028 | 1 May 2025",
	), values{evidence.KeyExpiresOn: absent, evidence.KeyIssuedOn: "2025-05-01"}},
	{"the certification body named on the line under its label", text(
		"Scope: Payroll processing.",
		"Signed on behalf of the certification body",
		"Meridian Audit Services Ltd",
		"Managing Director",
	), values{evidence.KeyCertificationBody: "Meridian Audit Services Ltd"}},
	{"a certified organisation under a sentence of the body is no body", text(
		"L'organisme de certification atteste que",
		"Exemple Paie SAS",
		"12 rue de la Paix, 75002 Paris",
	), values{evidence.KeyCertificationBody: absent}},
	{"table layout: a scope wrapped around its label cell", text(
		"Organisation | Widget Payroll Ltd",
		"Design, development and hosting of the",
		"Scope | WidgetPay payroll platform for",
		"insurers and banks.",
		"Certificate number | AC-1234",
		"For and on behalf of Acme Certification Ltd",
	), values{evidence.KeyScope: "Design, development and hosting of the WidgetPay payroll platform for insurers and banks.",
		evidence.KeyCertificateNumber: "AC-1234", evidence.KeyCertificationBody: "Acme Certification Ltd"}},
	{"German: the scope stops at the signature block, its place, date and signer", text(
		"Geltungsbereich: Betrieb der Plattform LohnX.",
		"Hamburg, 03.04.2025",
		"Dr. Hans Meier",
		"Geschäftsführer",
	), values{evidence.KeyScope: "Betrieb der Plattform LohnX."}},
	{"Spanish: the scope stops at the signer's name and role", text(
		"Alcance: Desarrollo de software de nóminas",
		"Juan Pérez",
		"Director General",
	), values{evidence.KeyScope: "Desarrollo de software de nóminas"}},
	{"a scope running on into a name keeps it", text(
		"Scope: Payroll services for employers in the",
		"United Kingdom",
		"Managing Director",
	), values{evidence.KeyScope: "Payroll services for employers in the United Kingdom"}},
	{"a company's registration number is not the certificate's", text(
		"Acme Ltd, Company Reg. No. 0123456",
		"Certificate of Registration",
		"Registration No: IS 5566",
	), values{evidence.KeyCertificateNumber: "IS 5566"}},
	{"a site table whose first two header cells ran together", text(
		"Local Morada | Atividades",
		"Porto | Rua Augusta 3, 4000-442 Porto | Centro de contacto",
		"Braga | Avenida Central 50, 4710-251 Braga | Faturação",
		"Página 2 / 2",
	), values{evidence.KeySites: []string{"Porto, Rua Augusta 3, 4000-442 Porto", "Braga, Avenida Central 50, 4710-251 Braga"}}},
	{"a site table headed in phrases is read by its rows, never its header", text(
		"Location | Postal address | Activities at this location",
		"Shrewsbury | 17 Castle Street, Shrewsbury SY1 2BQ | Software development",
		"Newport | Celtic Springs, Newport NP10 8BE | Hosting operations",
	), values{evidence.KeySites: []string{"Shrewsbury", "Newport"}}},
	{"a site table headed in phrases with wrapped rows is not guessed at, nor its header taken", text(
		"Vestiging | Adres | Activiteiten op de vestiging",
		"Zwolle | Stationsweg 4, 8011 CZ | Ontwikkeling,",
		"Zwolle",
		"Kampen | Oudestraat 9 | Beheer",
	), values{evidence.KeySites: absent}},
	{"Italian site table", text(
		"Sito | Indirizzo | Attività",
		"Torino | Corso Francia 4, 10121 Torino | Sviluppo",
	), values{evidence.KeySites: []string{"Torino, Corso Francia 4, 10121 Torino"}}},
	{"a site table with rows wrapped over lines of one cell is not guessed at", text(
		"Standort | Anschrift | Tätigkeiten",
		"Hammerbrookstraße 90, 20097 | Rechenzentrumsbetrieb, Housing,",
		"Hamburg",
		"Hamburg | Hosting",
		"Kiel | Rechenzentrumsbetrieb",
	), values{evidence.KeySites: absent}},
	{"place and date over the place and the date", text(
		"Place and date",
		"London, 1 May 2025",
		"Expiry date",
		"30 April 2028",
	), values{evidence.KeyIssuedOn: "2025-05-01", evidence.KeyExpiresOn: "2028-04-30"}},
	{"two columns: place and date, a line of the left column, then the place and date", text(
		"Lieu et date",
		"a été évalué et jugé conforme",
		"Paris, 1 mai 2025",
	), values{evidence.KeyIssuedOn: "2025-05-01"}},
	{"a row of labels over a row of values: the number", text(
		"Certificate No. | Effective date | Valid until",
		"AB-1 | 1 May 2025 | 30 April 2028",
	), values{evidence.KeyCertificateNumber: "AB-1", evidence.KeyIssuedOn: "2025-05-01", evidence.KeyExpiresOn: "2028-04-30"}},
	{"a label at the top of the page is no letterhead", text(
		"Date de certification",
		"1 mai 2025",
	), values{evidence.KeyCertificationBody: absent, evidence.KeyIssuedOn: "2025-05-01"}},
	{"a letterhead whose name holds a label word, its address beside it", text(
		"Norteaudit – Certificação e Auditoria, Lda. | Rua Nova 5, 4000-100 Porto",
		"Certificado",
	), values{evidence.KeyCertificationBody: "Norteaudit – Certificação e Auditoria, Lda."}},
	{"issued by a body on a date", text(
		"Issued by Meridian Certification Ltd on 1 May 2025",
	), values{evidence.KeyCertificationBody: "Meridian Certification Ltd", evidence.KeyIssuedOn: "2025-05-01"}},
	{"Dutch: datum van certificering", text(
		"Datum van certificering: 14-05-2025",
	), values{evidence.KeyIssuedOn: "2025-05-14"}},
	{"a registrar named before its registration number", text(
		"Registrar: Meridian Certification Ltd., Reg. No. 12345",
	), values{evidence.KeyCertificationBody: "Meridian Certification Ltd"}},
	{"two columns: the scope runs down its column beside the other's labels and dates", text(
		"This certifies that | Certificate No.",
		"Acme Ltd | AB-1",
		"for the following scope: | Issue date",
		"Development and operation of the | 1 May 2025",
		"payroll platform for insurers. | Valid until",
		"30 April 2028",
		"For and on behalf of Acme Certification Ltd",
	), values{evidence.KeyScope: "Development and operation of the payroll platform for insurers.", evidence.KeyIssuedOn: "2025-05-01",
		evidence.KeyExpiresOn: "2028-04-30", evidence.KeyCertificateNumber: "AB-1"}},
	{"table layout: a label cell wrapped onto the next row", text(
		"Organisation | Acme Payroll Ltd",
		"Scope of | Design, development and hosting of the",
		"certification | WidgetPay payroll platform.",
		"Standard | ISO/IEC 27001:2022",
	), values{evidence.KeyScope: "Design, development and hosting of the WidgetPay payroll platform.", evidence.KeyEdition: "2022"}},
	{"table layout: the next row's label on a line of its own ends the scope", text(
		"Scope | Design and development of payroll",
		"software for insurers.",
		"Standard",
		"ISO/IEC 27001:2022",
	), values{evidence.KeyScope: "Design and development of payroll software for insurers."}},
	{"table layout: the scope's last line beside the label cells of the next rows", text(
		"Anwendungsbereich | Betrieb und Wartung von Cloud-Infrastruktur sowie",
		"Backup für Unternehmenskunden. | Registriernummer | Erstmalige | Zertifizierung",
		"AB-1 | 12.03.2019",
		"Ausstellungsdatum | 17.02.2025",
	), values{evidence.KeyScope: "Betrieb und Wartung von Cloud-Infrastruktur sowie Backup für Unternehmenskunden.", evidence.KeyIssuedOn: "2025-02-17"}},
	{"two columns: the other column's label and date interleave with the scope's lines", text(
		"for the following scope:",
		"Development and operation of the",
		"Valid until",
		"payroll platform for insurers.",
		"30 April 2028",
		"For and on behalf of Acme Certification Ltd",
	), values{evidence.KeyScope: "Development and operation of the payroll platform for insurers.", evidence.KeyExpiresOn: "2028-04-30"}},
	{"two columns: the other column's number after the scope's end is left out", text(
		"Geltungsbereich:",
		"Entwicklung und Betrieb der",
		"Zertifikat-Nr.",
		"Lohnabrechnungssoftware LohnPilot.",
		"HPZ 4410",
	), values{evidence.KeyScope: "Entwicklung und Betrieb der Lohnabrechnungssoftware LohnPilot."}},
	{"cells of another column run into the scope: its end cannot be told", text(
		"Scope: Design of software",
		"for banks and insurers in the United Kingdom | as listed | in the annex.",
	), values{evidence.KeyScope: absent}},
	{"a label naming the certificate wins over a registration number", text(
		"Registration number: 4-0611",
		"Accréditation COFRAC",
		"Certificat n° CV-1",
	), values{evidence.KeyCertificateNumber: "CV-1"}},
	{"a registration number followed by the accreditation body's name is its", text(
		"Registration No. 0217 (UKAS)",
		"Reg. No.: ES-77",
	), values{evidence.KeyCertificateNumber: "ES-77"}},
	{"French: numéro d'enregistrement", text(
		"Numéro d'enregistrement : CV-1",
	), values{evidence.KeyCertificateNumber: "CV-1"}},
	{"OCR: a table's rules read as bars, with empty cells", text(
		"| Standard | Certificate Registration No. | Expiration date |",
		"| ISO 9001:2015 | | Q-1-9 | 16 Sep 2026 |",
		"| ISO/IEC 27001:2022 | | KR-ISMS-1 | November 20, 2025 |",
	), values{evidence.KeyCertificateNumber: "KR-ISMS-1", evidence.KeyExpiresOn: "2025-11-20"}},
	{"OCR: ã and ç misread in a Portuguese date label", text(
		"Norma | Certificado N.° | Data de expiracäo",
		"ISO 9001:2015 | Q-1-9 | 18 de janeiro de 2027",
		"NP EN ISO/IEC 27001:2023 | 2023/SGSI.1 | 9 de novembro de 2025",
	), values{evidence.KeyExpiresOn: "2025-11-09"}},
	{"scope labels: the activities an English certificate registers", text(
		"Registered activities:",
		"Hosting of the Quillpay invoicing portal for dental surgeries.",
		"Certificate No.: QX-1",
	), values{evidence.KeyScope: "Hosting of the Quillpay invoicing portal for dental surgeries."}},
	{"scope labels: Spanish certified activities", text(
		"Actividades certificadas:",
		"Desarrollo de aplicaciones de reservas para clínicas veterinarias.",
		"Nº de registro del certificado: | VX-7",
	), values{evidence.KeyScope: "Desarrollo de aplicaciones de reservas para clínicas veterinarias."}},
	{"scope labels: a qualified Dutch scope noun", text(
		"Gecertificeerde reikwijdte:",
		"Beheer van kassasystemen voor bakkerijen.",
	), values{evidence.KeyScope: "Beheer van kassasystemen voor bakkerijen."}},
	{"scope labels: French field of the certification", text(
		"Champ de la certification :",
		"Maintenance de bornes de recharge pour flottes d'entreprise.",
	), values{evidence.KeyScope: "Maintenance de bornes de recharge pour flottes d'entreprise."}},
	{"scope labels: what the German certificate applies to", text(
		"Das Zertifikat gilt für:",
		"Wartung von Kassensystemen für Bäckereien.",
		"Zertifikat-Nr.: KX-1",
	), values{evidence.KeyScope: "Wartung von Kassensystemen für Bäckereien."}},
	{"scope labels: what the Italian certificate applies to", text(
		"Il certificato si applica a:",
		"Gestione di parcheggi automatizzati per ospedali.",
	), values{evidence.KeyScope: "Gestione di parcheggi automatizzati per ospedali."}},
	{"scope labels: a German certified area", text(
		"Zertifizierter Bereich:",
		"Vermietung von Lastenrädern an Gemeinden.",
		"Erstzertifizierung: | 01.02.2020",
	), values{evidence.KeyScope: "Vermietung von Lastenrädern an Gemeinden."}},
	{"scope labels: what a certificate applies to may be its sites, no scope", text(
		"Das Zertifikat gilt für die folgenden Standorte:",
		"Bonn, Markt 1",
		"Köln, Domplatz 2",
	), values{evidence.KeyScope: absent}},
	{"scope labels: a label naming the sites too introduces no scope", text(
		"Geltungsbereich und Standorte: siehe Anlage",
	), values{evidence.KeyScope: absent}},
	{"a note that the scope is in an annex ends the statement", text(
		"Campo de aplicação:",
		"Gestão de frotas de bicicletas partilhadas.",
		"O âmbito completo consta do anexo a este certificado.",
	), values{evidence.KeyScope: "Gestão de frotas de bicicletas partilhadas."}},
	{"a site table's header wrapped over lines ends the statement", text(
		"Geltungsbereich:",
		"Wartung von Kassensystemen für Bäckereien.",
		"Tätigkeiten am",
		"Standort | Anschrift",
		"Bonn | Markt 1, 53111 Bonn | Wartung",
	), values{evidence.KeyScope: "Wartung von Kassensystemen für Bäckereien."}},
	{"a line with a reference number after the statement's sentence ends it", text(
		"Reikwijdte:",
		"Verhuur van bakfietsen aan gemeenten.",
		"Registratienummer RX-2024-77",
	), values{evidence.KeyScope: "Verhuur van bakfietsen aan gemeenten."}},
	{"table layout: a German value wrapped around its label under a table row", text(
		"Norm | ISO/IEC 27001:2022",
		"Wartung und Betrieb von Kassensystemen sowie",
		"Geltungsbereich",
		"Hosting für Bäckereien.",
		"Registriernummer | KX-1",
	), values{evidence.KeyScope: "Wartung und Betrieb von Kassensystemen sowie Hosting für Bäckereien."}},
	{"a word broken at its hyphen is joined again", text(
		"Scope:",
		"Operation of the e-",
		"commerce platform Shopkite.",
	), values{evidence.KeyScope: "Operation of the e-commerce platform Shopkite."}},
	{"side by side: the own language's statement out of two that interleave", text(
		"The registration applies to:",
		"El certificado abarca: | Design of booking software",
		"for veterinary clinics and",
		"Diseño de software de reservas",
		"pet groomers.",
		"para clínicas veterinarias y",
		"Registration ref.: | VX-1",
		"peluquerías caninas.",
		"Por la entidad de certificación",
	), values{evidence.KeyScope: "Diseño de software de reservas para clínicas veterinarias y peluquerías caninas."}},
	{"side by side: the English half's lines beside the own half's on joined lines", text(
		"Zertifizierter Geltungsbereich: | This certifies that",
		"Wartung von Kassensystemen | the management system of",
		"für Bäckereien. | Registered activities:",
		"Registrier-Nr.: | KX-1 | Maintenance of tills",
		"for bakeries.",
	), values{evidence.KeyScope: "Wartung von Kassensystemen für Bäckereien."}},
	{"side by side: a line neither half can be told to hold leaves the scope unread", text(
		"Scope:",
		"Geltungsbereich: | Operation of till",
		"Betrieb von Kassen und | systems and",
		"Kassensystemen",
		"für Bäckereien. | bakeries.",
	), values{evidence.KeyScope: absent}},
	{"side by side: two statements in two languages other than English are not one", text(
		"Geltungsbereich:",
		"Champ d'application :",
		"Betrieb von Kassen",
		"Exploitation de caisses",
		"für Bäckereien.",
		"pour boulangeries.",
	), values{evidence.KeyScope: absent}},
	{"two columns: the line signing for the body by its name ends the statement", text(
		"Alcance de la certificación:",
		"Alquiler de patinetes eléctricos",
		"para ayuntamientos.",
		"Por Certimar Iberia",
		"Acreditado por ENAC",
	), values{evidence.KeyScope: "Alquiler de patinetes eléctricos para ayuntamientos."}},
	{"two columns: who accredits the body after the statement is left out", text(
		"Reikwijdte:",
		"Verhuur van bakfietsen aan gemeenten.",
		"Geaccrediteerd door RvA",
	), values{evidence.KeyScope: "Verhuur van bakfietsen aan gemeenten."}},
	{"OCR: a value wrapped around its label under a row read with its table's rules", text(
		"| Norm | ISO/IEC 27001:2022",
		"| | Wartung und Betrieb von Kassensystemen sowie",
		"Geltungsbereich | Hosting für Bäckereien.",
		"| Registriernummer | KX-1",
	), values{evidence.KeyScope: "Wartung und Betrieb von Kassensystemen sowie Hosting für Bäckereien."}},
	{"a Portuguese site table headed by installation", text(
		"Instalação | Morada | Atividades",
		"Aveiro | Rua Direita 4, 3800-100 Aveiro | Logística",
	), values{evidence.KeySites: []string{"Aveiro, Rua Direita 4, 3800-100 Aveiro"}}},
}

// TestCertificateLayouts reads each layout and checks every fact it names.
func TestCertificateLayouts(t *testing.T) {
	for _, c := range certificateLayouts {
		t.Run(c.name, func(t *testing.T) { checkCertificate(t, c.doc, c.want) })
	}
}

// checkCertificate reads a certificate and checks every fact want names;
// a doubt is written "?" + the readings joined by " | ".
func checkCertificate(t *testing.T, doc Document, want values) {
	t.Helper()
	cert, err := Certificate(doc)
	if err != nil {
		t.Fatal(err)
	}
	f := evidence.Facts{Certificate: &cert}
	got, doubts := f.Values(), f.Doubts()
	for k, w := range want {
		if s, ok := w.(string); ok && strings.HasPrefix(s, "?") {
			d, has := doubts[k]
			if !has || fmt.Sprint(d.Readings) != fmt.Sprint(strings.Split(s[1:], " | ")) || !sameFact(got, k, absent) {
				t.Errorf("%s = %#v (doubt %+v), want the doubt %s", k, got[k], d, s)
			}
			continue
		}
		if !sameFact(got, k, w) {
			t.Errorf("%s = %#v (doubt %+v), want %#v", k, got[k], doubts[k], w)
		}
	}
}

// certificateFields are the number, issuer and dates of certificates
// worded and laid out as no corpus file is, in the seven languages: the
// rules hold for wordings built from the same words, not for one
// certificate's strings. A doubt is written "?" + the readings joined by
// " | ".
var certificateFields = []struct {
	name string
	doc  Document
	want values
}{
	// The first certification's date is never the issue date.
	{"English: initial registration date beside the issue", text(
		"Initial registration date: 14 May 2018",
		"Certificate issued: 2 June 2024",
		"Registration expires: 1 June 2027",
	), values{evidence.KeyIssuedOn: "2024-06-02", evidence.KeyExpiresOn: "2027-06-01"}},
	{"English: only the original date, the issue unknown", text(
		"Originally certified on: 3 March 2017",
		"Expiry date: 2 March 2026",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2026-03-02"}},
	{"English: side by side, first issue and this issue on one row", text(
		"Date of first issue: | 19/10/2016 | Date of this issue: | 21/11/2024",
		"Certificate valid until: | 20/11/2027",
	), values{evidence.KeyIssuedOn: "2024-11-21", evidence.KeyExpiresOn: "2027-11-20"}},
	{"English: an issue date said to be the original one", text(
		"Issue date (original): 1 May 2019",
		"Issue date: 3 May 2025",
	), values{evidence.KeyIssuedOn: "2025-05-03"}},
	{"the previous certificate's expiry is not this one's", text(
		"Expiry date of the prior certificate: 30 June 2025",
		"Fecha de caducidad del certificado anterior: 30/06/2025",
		"Valid until: 29 June 2028",
	), values{evidence.KeyExpiresOn: "2028-06-29"}},
	{"English: the place and date of signing", text(
		"Certificate expiry: 6 Nov 2027",
		"Signed at: Leeds, 7 Nov 2024",
	), values{evidence.KeyIssuedOn: "2024-11-07", evidence.KeyExpiresOn: "2027-11-06"}},
	{"English: first certified, and the issue's day and month cannot be told", text(
		"First certified on: 04/05/2019",
		"Issued: 06/07/2024",
	), values{evidence.KeyIssuedOn: "?2024-07-06 | 2024-06-07"}},
	// A certificate that lists its whole cycle: the start of the current
	// cycle is the issue, the original cycle's start and the previous
	// cycle's expiry are not this certificate's dates.
	{"English: a certification cycle listed in full", text(
		"Initial cycle start: 2 February 2018",
		"Expiry date of previous cycle: 9 May 2024",
		"Recertification audit date: 11 April 2024",
		"Start of the current cycle: 10 May 2024",
		"This certificate is valid until 9 May 2027.",
	), values{evidence.KeyIssuedOn: "2024-05-10", evidence.KeyExpiresOn: "2027-05-09"}},
	{"Spanish: un ciclo de certificación completo", text(
		"Fecha de inicio del ciclo inicial: 3 de marzo de 2016",
		"Fecha de caducidad del ciclo anterior: 14 de octubre de 2024",
		"Fecha de inicio del ciclo actual: 15 de octubre de 2024",
		"Válido hasta: 14 de octubre de 2027",
	), values{evidence.KeyIssuedOn: "2024-10-15", evidence.KeyExpiresOn: "2027-10-14"}},
	{"English: issue effective, valid up to", text(
		"Certificate no.: QX-5521",
		"Issue effective: 18 August 2025",
		"Valid up to: 17 August 2028",
	), values{evidence.KeyIssuedOn: "2025-08-18", evidence.KeyExpiresOn: "2028-08-17"}},
	{"English: a registrar's reference numbers the certificate", text(
		"Our ref.: NRX/ISMS/0093",
		"Expiry date: 2 July 2027",
	), values{evidence.KeyCertificateNumber: "NRX/ISMS/0093"}},
	{"German: Zert.-Nr.", text(
		"Zert.-Nr. 4410-IS-77",
		"Gültig bis: 30.06.2027",
	), values{evidence.KeyCertificateNumber: "4410-IS-77"}},
	{"Dutch: ons kenmerk", text(
		"Ons kenmerk: WZ/27K/3310",
		"Geldig tot: 01-02-2028",
	), values{evidence.KeyCertificateNumber: "WZ/27K/3310"}},
	{"Portuguese: Ref.ª", text(
		"Ref.ª PT-SGSI-118",
		"Válido até: 4 de junho de 2027",
	), values{evidence.KeyCertificateNumber: "PT-SGSI-118"}},
	{"German: erstmals zertifiziert, Ausgabedatum, Gültigkeit endet", text(
		"Erstmals zertifiziert am: 04.05.2015",
		"Ausgabedatum: 12.06.2024",
		"Gültigkeit endet am: 11.06.2027",
	), values{evidence.KeyIssuedOn: "2024-06-12", evidence.KeyExpiresOn: "2027-06-11"}},
	{"German: two columns, Erstausstellung and this Ausgabe", text(
		"Wir bestätigen hiermit, dass | Datum der Erstausstellung",
		"17.02.2014",
		"Beispiel Logistik GmbH",
		"Datum dieser Ausgabe",
		"ein ISMS betreibt | 05.03.2023",
		"nach | Laufzeit bis",
		"04.03.2026",
	), values{evidence.KeyIssuedOn: "2023-03-05", evidence.KeyExpiresOn: "2026-03-04"}},
	{"French: certifiée depuis, émission actuelle, fin de validité", text(
		"Certifiée depuis le : 12/01/2016",
		"Émission actuelle : 14/02/2025",
		"Fin de validité : 13/02/2028",
	), values{evidence.KeyIssuedOn: "2025-02-14", evidence.KeyExpiresOn: "2028-02-13"}},
	{"French: a label wrapped around its date says initiale last", text(
		"Date de délivrance",
		"12 mars 2016",
		"initiale",
		"Date de délivrance | 14 mars 2025",
	), values{evidence.KeyIssuedOn: "2025-03-14"}},
	{"Spanish: certificado desde, esta edición, vigente hasta", text(
		"Certificado desde: 5 de mayo de 2014",
		"Fecha de esta edición: 20 de junio de 2024",
		"Vigente hasta: 19 de junio de 2027",
	), values{evidence.KeyIssuedOn: "2024-06-20", evidence.KeyExpiresOn: "2027-06-19"}},
	{"Italian: registrato dal, emissione corrente, valida sino al", text(
		"Registrato dal: 01/02/2013",
		"Emissione corrente: 15/03/2025",
		"Valida sino al: 14/03/2028",
	), values{evidence.KeyIssuedOn: "2025-03-15", evidence.KeyExpiresOn: "2028-03-14"}},
	{"Italian: labels wrapped around their dates in a table", text(
		"Data della prima",
		"02/02/2017",
		"certificazione",
		"Data della presente",
		"04/04/2024",
		"emissione",
		"Data di scadenza | 03/04/2027",
	), values{evidence.KeyIssuedOn: "2024-04-04", evidence.KeyExpiresOn: "2027-04-03"}},
	{"Spanish: labels wrapped onto the line below their dates", text(
		"Fecha de la primera | 23/09/2015",
		"emisión:",
		"Fecha de la presente | 24/09/2024",
		"emisión:",
	), values{evidence.KeyIssuedOn: "2024-09-24"}},
	{"Dutch: geregistreerd sinds, deze uitgave, einde geldigheid", text(
		"Geregistreerd sinds: 3 juli 2012",
		"Deze uitgave: 8 augustus 2024",
		"Einde geldigheid: 7 augustus 2027",
	), values{evidence.KeyIssuedOn: "2024-08-08", evidence.KeyExpiresOn: "2027-08-07"}},
	{"Portuguese: registado desde, desta edição, validade até", text(
		"Registado desde: 2 de maio de 2011",
		"Data desta edição: 9 de setembro de 2024",
		"Validade até: 8 de setembro de 2027",
	), values{evidence.KeyIssuedOn: "2024-09-09", evidence.KeyExpiresOn: "2027-09-08"}},
	{"Portuguese: primeira emissão alone leaves the issue unknown", text(
		"Primeira emissão: 30 de janeiro de 2015",
		"Válida até: 29 de janeiro de 2027",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-01-29"}},

	// The certificate's number under labels built from the same words.
	{"Portuguese: n.º de registo do certificado", text(
		"N.º de registo do certificado: PT-SI-771",
	), values{evidence.KeyCertificateNumber: "PT-SI-771"}},
	{"Spanish: referencia del certificado", text(
		"Referencia del certificado: | ES-SI-11/25",
	), values{evidence.KeyCertificateNumber: "ES-SI-11/25"}},
	{"Dutch: registratienummer certificaat", text(
		"Registratienummer certificaat: NL-ISMS-5521",
	), values{evidence.KeyCertificateNumber: "NL-ISMS-5521"}},
	{"Dutch: certificaatkenmerk", text(
		"Certificaatkenmerk: | KC-1010",
	), values{evidence.KeyCertificateNumber: "KC-1010"}},
	{"German: Zertifikatskennung", text(
		"Zertifikatskennung: HZ-ISMS-221",
	), values{evidence.KeyCertificateNumber: "HZ-ISMS-221"}},
	{"German: Zertifikat-Registriernummer", text(
		"Zertifikat-Registriernummer: ZR-4410-77",
	), values{evidence.KeyCertificateNumber: "ZR-4410-77"}},
	{"German: two columns, Urkunden-Nr. ending a row, its value below", text(
		"Hiermit wird bestätigt, dass | Urkunden-Nr.",
		"UR-2231-9",
		"Beispiel AG",
	), values{evidence.KeyCertificateNumber: "UR-2231-9"}},
	{"Italian: riferimento certificato", text(
		"Riferimento certificato: IT-77-ISMS",
	), values{evidence.KeyCertificateNumber: "IT-77-ISMS"}},
	{"French: référence du certificat", text(
		"Référence du certificat : FR/SMSI/2025/31",
	), values{evidence.KeyCertificateNumber: "FR/SMSI/2025/31"}},
	{"Italian: two columns, a number label wrapped around its value", text(
		"N. di registrazione del | delivery of managed services.",
		"IT-ISMS-4410",
		"certificato:",
	), values{evidence.KeyCertificateNumber: "IT-ISMS-4410"}},
	{"a date under a number label is no number", text(
		"Wij verklaren dat | Registratienummer",
		"05-05-2025",
	), values{evidence.KeyCertificateNumber: absent}},

	// Combined certificates: the standards listed, then one row each.
	{"combined: the standards listed, then a row of values for each", text(
		"ISO 9001:2015",
		"NP EN ISO/IEC 27001:2023",
		"Registo n.º | Válido até",
		"Q-55-1 | 3 de março de 2027",
		"PT-SI-55 | 4 de abril de 2026",
	), values{evidence.KeyCertificateNumber: "PT-SI-55", evidence.KeyExpiresOn: "2026-04-04"}},
	{"combined: 27001 the middle of three standards", text(
		"ISO 9001:2015",
		"ISO/IEC 27001:2022",
		"ISO 14001:2015",
		"Certificate No. | Expiry date",
		"Q-1001 | 1 May 2027",
		"IS-2002 | 2 June 2026",
		"E-3003 | 3 July 2028",
	), values{evidence.KeyCertificateNumber: "IS-2002", evidence.KeyExpiresOn: "2026-06-02"}},
	{"combined: each column of dates read in 27001's row", text(
		"ISO 9001:2015",
		"ISO/IEC 27001:2022",
		"ISO 14001:2015",
		"Certificate No. | Issue date | Expiry date",
		"Q-1001 | 1 May 2024 | 1 May 2027",
		"IS-2002 | 2 June 2023 | 2 June 2026",
		"E-3003 | 3 July 2025 | 3 July 2028",
	), values{evidence.KeyCertificateNumber: "IS-2002", evidence.KeyIssuedOn: "2023-06-02", evidence.KeyExpiresOn: "2026-06-02"}},
	{"combined: more rows than standards listed, so no row is known", text(
		"ISO 9001:2015",
		"ISO/IEC 27001:2022",
		"Zertifikat-Nr. | Gültig bis",
		"Q-1001 | 01.05.2027",
		"IS-2002 | 02.06.2026",
		"E-3003 | 03.07.2028",
	), values{evidence.KeyCertificateNumber: absent, evidence.KeyExpiresOn: absent}},
	{"combined: a table headed by the reference standard", text(
		"Norma di riferimento | Certificato N° | Valido fino al",
		"ISO 9001:2015 | Q-8-1 | 10/10/2026",
		"UNI CEI EN ISO/IEC 27001:2024 | IT-8-2 | 11/11/2025",
	), values{evidence.KeyCertificateNumber: "IT-8-2", evidence.KeyExpiresOn: "2025-11-11"}},

	// Other layouts and wordings.
	{"bilingual: a column of labels, then the column of their values", text(
		"Número de certificado / Certificate number:",
		"Fecha de la primera emisión / Date of first",
		"issue:",
		"Fecha de emisión / Date of issue:",
		"Válido hasta / Valid until:",
		"ES/SI-0099",
		"11 de mayo de",
		"2018",
		"12 de mayo de 2024",
		"11 de mayo de 2027",
	), values{evidence.KeyCertificateNumber: "ES/SI-0099", evidence.KeyIssuedOn: "2024-05-12", evidence.KeyExpiresOn: "2027-05-11"}},
	{"bilingual: dates wrapped around the labels beside them", text(
		"Data di emissione / Date of issue:",
		"19 ottobre",
		"Data di scadenza / Expiry date:",
		"2027",
	), values{evidence.KeyExpiresOn: "2027-10-19", evidence.KeyIssuedOn: absent}},
	{"a column of labels whose values do not pair with them is left", text(
		"Certificate number:",
		"Date of issue:",
		"Valid until:",
		"12 May 2024",
		"11 May 2027",
	), values{evidence.KeyCertificateNumber: absent, evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
	{"French: the due date of a follow-up audit is no expiry", text(
		"Échéance de l'audit de suivi : 14/09/2025",
		"Date d'échéance : 13/09/2027",
	), values{evidence.KeyExpiresOn: "2027-09-13"}},
	{"Spanish: emitido en a place and date", text(
		"Emitido en Sevilla, 2 de febrero de 2025",
		"Fecha de vencimiento: 1 de febrero de 2028",
	), values{evidence.KeyIssuedOn: "2025-02-02", evidence.KeyExpiresOn: "2028-02-01"}},
	{"German: Reg.-Nr. and Gültigkeitsdauer bis", text(
		"Reg.-Nr.: RG-7710",
		"Gültigkeitsdauer bis: 30.06.2026",
	), values{evidence.KeyCertificateNumber: "RG-7710", evidence.KeyExpiresOn: "2026-06-30"}},

	{"German: ursprüngliches Zertifizierungsdatum, Gültigkeitsbeginn and -ende", text(
		"Ursprüngliches Zertifizierungsdatum: 21.04.2013",
		"Gültigkeitsbeginn: 22.04.2025",
		"Gültigkeitsende: 21.04.2028",
	), values{evidence.KeyIssuedOn: "2025-04-22", evidence.KeyExpiresOn: "2028-04-21"}},
	{"French: date d'enregistrement initial, date d'effet, certificat numéro", text(
		"Certificat numéro : FR-ENR-5",
		"Date d'enregistrement initial : 15/06/2012",
		"Date d'effet : 16/06/2024",
	), values{evidence.KeyCertificateNumber: "FR-ENR-5", evidence.KeyIssuedOn: "2024-06-16"}},
	{"Dutch: initiële certificatiedatum, ingangsdatum, einddatum, referentie", text(
		"Referentie certificaat: NL-R-31",
		"Initiële certificatiedatum: 13-03-2014",
		"Ingangsdatum: 14-03-2023",
		"Einddatum: 13-03-2026",
	), values{evidence.KeyCertificateNumber: "NL-R-31", evidence.KeyIssuedOn: "2023-03-14", evidence.KeyExpiresOn: "2026-03-13"}},
	{"English: continuous certification since, and no issue date", text(
		"Continuous certification since: 17 January 2011",
		"Certificate ID: EN-CC-2",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyCertificateNumber: "EN-CC-2"}},

	{"OCR: a code parted after a hyphen is read whole", text(
		"Registriernummer | AT-31- 0772",
	), values{evidence.KeyCertificateNumber: "AT-31-0772"}},

	{"OCR: ó misread as ö in the labels", text(
		"Fecha de la certificaciön inicial: | 3 de mayo de 2016",
		"Fecha de expediciön: | 4 de mayo de 2025",
	), values{evidence.KeyIssuedOn: "2025-05-04"}},
	{"French and Portuguese: a period of validity until its end", text(
		"Période de validité jusqu'au : 30/09/2027",
		"Período de validade até: 29/09/2027",
	), values{evidence.KeyExpiresOn: "2027-09-30"}},
	{"an annex names the certificate it belongs to", text(
		"Bijlage bij certificaat NL-AX-0903",
		"Vestiging | Adres",
	), values{evidence.KeyCertificateNumber: "NL-AX-0903"}},
	{"a standard's name after the word certificate is no number", text(
		"Zertifikat ISO 27001",
		"Certificato UNI CEI EN ISO/IEC 27001:2024",
	), values{evidence.KeyCertificateNumber: absent}},

	// A footer line: the number, the number, its date and the expiry.
	{"footer line: the date after the issue's number is the issue date", text(
		"Accredited by UKAS",
		"KV-IS-4410 | Issue 4 | 03/05/2023 | valid to 02/05/2026",
	), values{evidence.KeyIssuedOn: "2023-05-03", evidence.KeyExpiresOn: "2026-05-02"}},
	{"footer line in German: Ausgabe and its date", text(
		"Akkreditiert durch DAkkS",
		"RZ-11-204 | Ausgabe 2 vom 14.02.2024 | gültig bis 13.02.2027",
	), values{evidence.KeyIssuedOn: "2024-02-14", evidence.KeyExpiresOn: "2027-02-13"}},
	{"footer line whose numeric dates the page does not settle", text(
		"HK-IS-0007 | Edition 3 | 04/06/2024 | valid to 03/06/2027",
	), values{evidence.KeyIssuedOn: "?2024-06-04 | 2024-04-06", evidence.KeyExpiresOn: "?2027-06-03 | 2027-03-06"}},
	{"a table of the certificate's issues: the latest is this one", text(
		"Accredited by UKAS",
		"Issue | Date | Change",
		"Issue 1 | 01/05/2020 | First issue",
		"Issue 3 | 03/05/2023 | Recertification",
		"Issue 2 | 12/06/2021 | Scope extended",
	), values{evidence.KeyIssuedOn: "2023-05-03"}},
	{"a table of issues whose dates the page does not settle gives none", text(
		"Issue 1 | 01/05/2020 | First issue",
		"Issue 2 | 03/05/2023 | Recertification",
	), values{evidence.KeyIssuedOn: absent}},
	{"an edition of the standard is no issue number", text(
		"Conforms to ISO/IEC 27001:2022, edition 3 2022",
		"Valid until 30.06.2027",
	), values{evidence.KeyIssuedOn: absent, evidence.KeyEdition: "2022"}},

	// The date of this certificate, told from the first certification's.
	{"French: date du présent certificat", text(
		"Date de la première certification: 26/05/2018",
		"Date du présent certificat: 07/07/2024",
	), values{evidence.KeyIssuedOn: "2024-07-07"}},
	{"Spanish: fecha de este certificado", text(
		"Fecha de la certificación inicial: 26 de marzo de 2017",
		"Fecha de este certificado: 20 de mayo de 2023",
	), values{evidence.KeyIssuedOn: "2023-05-20"}},
	{"German: Datum dieses Zertifikats", text(
		"Erstzertifizierung am: 22. Juni 2020",
		"Datum dieses Zertifikats: 8. Juli 2023",
	), values{evidence.KeyIssuedOn: "2023-07-08"}},
	{"Dutch and Italian, in a box of labels over values", text(
		"Registratiekenmerk | Voor het eerst gecertificeerd op | Datum van dit certificaat | Einddatum geldigheid",
		"ZK.IS.11 | 21-06-2019 | 21-06-2022 | 07-06-2025",
	), values{evidence.KeyIssuedOn: "2022-06-21", evidence.KeyExpiresOn: "2025-06-07", evidence.KeyCertificateNumber: "ZK.IS.11"}},
	{"Italian: certified for the first time, the present certificate, expiry in data", text(
		"Numero di registrazione | Certificato per la prima volta il | Data del presente certificato | Scade in data",
		"EM-1 | 04/07/2016 | 20/08/2022 | 01/08/2025",
	), values{evidence.KeyIssuedOn: "2022-08-20", evidence.KeyExpiresOn: "2025-08-01"}},
	{"French: certifié pour la première fois le, in a landscape box", text(
		"Référence d'enregistrement | Certifié pour la première fois le | Délivré le | Certificat valable jusqu'au",
		"AR-SM-1 | 18/03/2019 | 02/05/2025 | 30/04/2028",
	), values{evidence.KeyIssuedOn: "2025-05-02", evidence.KeyExpiresOn: "2028-04-30"}},
	{"Portuguese: data de caducidade", text(
		"Data da primeira emissão | Data de edição | Data de caducidade",
		"26 de outubro de 2018 | 15 de novembro de 2024 | 28 de outubro de 2027",
	), values{evidence.KeyIssuedOn: "2024-11-15", evidence.KeyExpiresOn: "2027-10-28"}},
	{"German and Italian: the end of the validity in other words", text(
		"Datum dieses Zertifikats: 01.03.2025 | Ablauf der Gültigkeit: 28.02.2028",
		"Scadenza della validità: 28/02/2028",
	), values{evidence.KeyIssuedOn: "2025-03-01", evidence.KeyExpiresOn: "2028-02-28"}},
	{"Spanish: alta inicial is the first certification", text(
		"Alta inicial: 11-07-2018",
		"Fin de la vigencia: 24-08-2027",
		"Expedido en: A Coruña, 26-08-2024",
	), values{evidence.KeyIssuedOn: "2024-08-26", evidence.KeyExpiresOn: "2027-08-24"}},
	{"English: given at a place and date", text(
		"Certificate valid until: 13 June 2025",
		"Given at: Plymouth, 29 June 2022",
	), values{evidence.KeyIssuedOn: "2022-06-29"}},
	{"English: the current certificate issued, over a line of the other column", text(
		"Tsing Yi Ltd | Initial certification date",
		"05/10/2020",
		"has been audited and found to meet the",
		"Current certificate issued",
		"requirements of",
		"17/06/2024",
	), values{evidence.KeyIssuedOn: "2024-06-17"}},

	// Letters confirming a certificate in running prose, wrapped wherever a line is full.
	{"letter: a label ending the line above its date", text(
		"Lisboa, 30/10/2024",
		"o certificado em vigor foi emitido em 18/08/2023 e é válido até",
		"07/08/2026, sujeito às auditorias de acompanhamento.",
	), values{evidence.KeyIssuedOn: "2023-08-18", evidence.KeyExpiresOn: "2026-08-07"}},
	{"letter: a label wrapped over two lines", text(
		"5 mars 2017 ; le certificat en vigueur a été émis le 2 mai 2023 et reste valable",
		"jusqu'au 22 avril 2026, sous réserve des audits de surveillance.",
	), values{evidence.KeyIssuedOn: "2023-05-02", evidence.KeyExpiresOn: "2026-04-22"}},
	{"letter in German: the verb after the date says what it is", text(
		"Kempten, 15.01.2026",
		"Inhaberin des Zertifikats Nr. AZ-1 ist. Die Erstzertifizierung erfolgte am",
		"30.04.2022; das aktuelle Zertifikat wurde am 17.05.2025 ausgestellt und ist bis zum",
		"12.05.2028 gültig, vorbehaltlich erfolgreicher Überwachungsaudits.",
	), values{evidence.KeyIssuedOn: "2025-05-17", evidence.KeyExpiresOn: "2028-05-12"}},
	{"letter in Dutch: tot en met a date, then geldig", text(
		"Wij bevestigen dat het certificaat op 29-06-2024 is afgegeven en tot en met 26-06-2027 geldig blijft.",
	), values{evidence.KeyIssuedOn: "2024-06-29", evidence.KeyExpiresOn: "2027-06-26"}},
	{"letter in German: the participles as adjectives", text(
		"Wir bestätigen, dass das am 03.02.2025 ausgestellte und bis zum 02.02.2028 gültige Zertifikat besteht.",
	), values{evidence.KeyIssuedOn: "2025-02-03", evidence.KeyExpiresOn: "2028-02-02"}},
	{"letter in German: first issued on a date is no issue date", text(
		"Das Zertifikat wurde erstmals am 03.04.2019 erteilt.",
	), values{evidence.KeyIssuedOn: absent}},
	{"letter: a label of the sentence's earlier clause is too far from the date", text(
		"Nach dem Audit vom 12.01.2024 wurde es ausgestellt und danach erneut geprüft am",
		"01.02.2024 in Kempten.",
	), values{evidence.KeyIssuedOn: absent}},
	{"a row of dates under labels that do not pair with them is no prose", text(
		"Membership since Date of this issue Expiry date",
		"01/01/2019 05/05/2024 04/05/2027",
	), values{evidence.KeyExpiresOn: absent}},
	{"the letter's own date is no issue date", text(
		"Évora, 30/10/2024",
		"Declaração de certificação",
	), values{evidence.KeyIssuedOn: absent}},

	// Numbers that identify the certificate.
	{"English: certificate identification number over its value", text(
		"The undersigned certification body declares that | Certificate identification number",
		"PD-IS-61027",
	), values{evidence.KeyCertificateNumber: "PD-IS-61027"}},
	{"French: N° d'identification du certificat", text(
		"N° d'identification du certificat: AR-SMSI-7158",
	), values{evidence.KeyCertificateNumber: "AR-SMSI-7158"}},
	{"Spanish: Nº de identificación", text(
		"Certificado de aprobación",
		"Nº de identificación: CG/SGSI/0886",
	), values{evidence.KeyCertificateNumber: "CG/SGSI/0886"}},
	{"a register's web address is no number", text(
		"Scan de QR-code of ga naar",
		"https://certificaten.keur.example/c/ZK-ISMS-5631",
	), values{evidence.KeyCertificateNumber: absent}},
	{"a register's address without its scheme is no number", text(
		"Verify this certificate: verify.keur.example/certificate/ZK-5631",
	), values{evidence.KeyCertificateNumber: absent}},
	{"a code with dots and a slash is still a number", text(
		"Certificate No.: ZCK.ISMS.5631/2",
	), values{evidence.KeyCertificateNumber: "ZCK.ISMS.5631/2"}},
	{"a number broken over two lines at a hyphen", text(
		"We hereby confirm that Example Claims, Inc. holds certificate no. PS-ISMS-22-",
		"0588 for an information security management system.",
	), values{evidence.KeyCertificateNumber: "PS-ISMS-22-0588"}},
	{"combined: a table headed by the standard audited", text(
		"Norme d'audit | Certificat numéro | Date de fin de validité",
		"ISO 9001:2015 | Q-80-9 | 07/09/2028",
		"NF EN ISO/IEC 27001:2023 | AR-80 | 29/06/2027",
	), values{evidence.KeyCertificateNumber: "AR-80", evidence.KeyExpiresOn: "2027-06-29"}},
	{"combined: a table of standards under a header of any word", text(
		"Regelwerk | Zertifikat-Nr. | Gültig bis",
		"ISO 9001:2015 | Q-77-9 | 07.09.2028",
		"DIN EN ISO/IEC 27001:2024 | IS-77 | 29.06.2027",
	), values{evidence.KeyCertificateNumber: "IS-77", evidence.KeyExpiresOn: "2027-06-29"}},
	{"combined: another standard's row is never the number", text(
		"Programme | Certificate number",
		"ISO 9001:2015 | Q-78-9",
	), values{evidence.KeyCertificateNumber: absent}},
	{"a national adoption of the 2013 text", text(
		"è stata verificata e trovata conforme a",
		"UNI CEI ISO/IEC 27001:2014",
	), values{evidence.KeyEdition: "2013"}},

	// The issuer under the labels of a signature block.
	{"French: pour l'organisme certificateur", text(
		"Pour l'organisme certificateur Certinord",
		"Directeur technique",
	), values{evidence.KeyCertificationBody: "Certinord"}},
	{"a body's name that holds the words of a label is no label", text(
		"ENTIDAD CERTIFICADORA DEL NORTE",
		"Calle Mayor 1, 48001 Bilbao",
		"En nombre de la entidad certificadora",
		"Entidad Certificadora del Norte, S.L. | ENAC",
	), values{evidence.KeyCertificationBody: "Entidad Certificadora del Norte, S.L."}},
	{"Dutch: namens de certificerende instelling", text(
		"Namens de certificerende instelling",
		"Polder Keur B.V. | RvA",
	), values{evidence.KeyCertificationBody: "Polder Keur B.V."}},
	{"Spanish: por el organismo certificador", text(
		"Por el organismo certificador Certimar",
	), values{evidence.KeyCertificationBody: "Certimar"}},
	{"Italian: per conto di over the body's full name", text(
		"EMILCERT",
		"Via Roma 1, 40100 Bologna, Italia",
		"Per conto di",
		"Emilcert Organismo di Certificazione S.r.l. | ACCREDIA",
	), values{evidence.KeyCertificationBody: "Emilcert Organismo di Certificazione S.r.l."}},
	{"a short name after en nombre de is left", text(
		"CERTIFICADO",
		"En nombre de Certatlántica",
		"ENAC",
	), values{evidence.KeyCertificationBody: absent}},
	{"English: a registry named under its signature label", text(
		"Signed for and on behalf of",
		"Harbour Standards Registry",
		"Head of Certification",
	), values{evidence.KeyCertificationBody: "Harbour Standards Registry"}},
}

// TestCertificateFields reads each certificate and checks every fact it
// names, doubts with their readings.
func TestCertificateFields(t *testing.T) {
	for _, c := range certificateFields {
		t.Run(c.name, func(t *testing.T) { checkCertificate(t, c.doc, c.want) })
	}
}

// TestDateLabelsFold checks that no label's accented letter was folded
// inside a class of letters, which breaks the class ("[íi]" would become
// "[[íi]i]"): such a label never matches.
func TestDateLabelsFold(t *testing.T) {
	for _, l := range certificateDateLabels {
		if strings.Contains(l.re.String(), "[[") {
			t.Errorf("label %s folds an accent inside a class of letters", l.re)
		}
	}
}

// TestBodyNameTakesItsWrappedLegalForm reads certification bodies whose letterhead wraps the
// legal form onto a line of its own, named in full only there and shortly in the signature.
func TestBodyNameTakesItsWrappedLegalForm(t *testing.T) {
	for _, c := range []struct {
		name string
		doc  Document
		want string
	}{
		{"German mbH", text(
			"Rhöntal Zert Prüf- und Zertifizierungsgesellschaft",
			"mbH",
			"Am Kreuzberg 4, 97653 Bischofsheim, Deutschland",
			"ZERTIFIKAT",
			"Zertifikat-Nr.: RPZ-ISMS-0042",
			"Die Firma Beispiel Logistik AG betreibt ein ISMS nach ISO/IEC 27001:2022.",
			"Gültig bis: 30.06.2028",
			"Im Auftrag der Zertifizierungsstelle Rhöntal Zert",
		), "Rhöntal Zert Prüf- und Zertifizierungsgesellschaft mbH"},
		{"Dutch B.V.", text(
			"Waddenkust Certificatie en Keuring",
			"B.V.",
			"Havenweg 12, 8861 Harlingen, Nederland",
			"CERTIFICAAT",
			"Certificaatnummer: WCK-27001-311",
			"Voorbeeld Zorg Diensten B.V. voldoet aan ISO/IEC 27001:2022.",
			"Geldig tot: 15-09-2027",
			"Namens de certificerende instelling Waddenkust Certificatie",
		), "Waddenkust Certificatie en Keuring B.V."},
		{"a line after the name that is more than a legal form", text(
			"Fjord Audit Registrar",
			"Ltd. company registered in Scotland",
			"CERTIFICATE",
			"Certificate number: FAR-IS-1202",
			"Example Shipping Ltd operates an ISMS to ISO/IEC 27001:2022.",
			"Valid until: 31 May 2028",
			"Im Auftrag der Zertifizierungsstelle Fjord Audit",
		), "Fjord Audit Registrar"},
	} {
		cert, err := Certificate(c.doc)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := cert.CertificationBody; !got.Known || got.Value != c.want {
			t.Errorf("%s: certification body %+v, want %q", c.name, got, c.want)
		}
	}
}

// TestCertificateNumberLabels reads the number after the labels bodies
// print, in the seven languages, each on a certificate of a few lines, and
// leaves it unknown where the label numbers something else.
func TestCertificateNumberLabels(t *testing.T) {
	for _, c := range []struct {
		label, line string
		want        any
	}{
		{"English record", "Registration record no.: | WX-27K-4410", "WX-27K-4410"},
		{"English entry", "Certificate entry number: CE-88-2031", "CE-88-2031"},
		{"English bare registration", "Registration: | RG-ISMS-7781", "RG-ISMS-7781"},
		{"English reference no.", "Reference No.: REF/IS/2291", "REF/IS/2291"},
		{"English ref. certificate", "Ref. certificate: IS-5520-A", "IS-5520-A"},
		{"German Registrierungsnummer", "Registrierungsnummer: | HZ-ISMS-3301-12", "HZ-ISMS-3301-12"},
		{"German Zertifizierungs-Nr.", "Zertifizierungs-Nr.: ZS-27-0456", "ZS-27-0456"},
		{"German Reg.-Nr.", "Reg.-Nr.: RG-27-0457", "RG-27-0457"},
		{"German Referenz-Nr.", "Referenz-Nr. RFZ-2024-118", "RFZ-2024-118"},
		{"German bare Registrierung", "Registrierung: DE-IS-4471", "DE-IS-4471"},
		{"French numéro d'ordre", "Certificat numéro d'ordre: | ABC/SMSI/25/0614", "ABC/SMSI/25/0614"},
		{"French N° d'ordre du certificat", "N° d'ordre du certificat : FR-SI-2231", "FR-SI-2231"},
		{"French numéro de série", "Numéro de série du certificat : SER-4410-FR", "SER-4410-FR"},
		{"French bare Référence", "Référence : CRT/2023/118", "CRT/2023/118"},
		{"Spanish Referencia nº", "Referencia nº: CB-SI-2046/23", "CB-SI-2046/23"},
		{"Spanish número de orden", "Certificado número de orden: ES-0934-SGSI", "ES-0934-SGSI"},
		{"Spanish bare Registro", "Registro: | ER-SI-0417", "ER-SI-0417"},
		{"Italian Rif. certificato", "Rif. certificato: | CT-27-1012", "CT-27-1012"},
		{"Italian numero d'ordine", "Certificato numero d'ordine: IT-SGSI-330", "IT-SGSI-330"},
		{"Italian bare Registrazione", "Registrazione: | CT-27-0958", "CT-27-0958"},
		{"Italian Riferimento n.", "Riferimento n. RIF-77-2025", "RIF-77-2025"},
		{"Dutch bare Kenmerk", "Kenmerk: NL-IB-6604", "NL-IB-6604"},
		{"Dutch Referentienummer", "Referentienummer: REF-NL-2207", "REF-NL-2207"},
		{"Dutch bare Registratie", "Registratie | RG-NL-5501", "RG-NL-5501"},
		{"Portuguese Referência n.º", "Referência n.º: PT-SI-0411", "PT-SI-0411"},
		{"Portuguese número de ordem", "Certificado número de ordem: AC-SI-0389", "AC-SI-0389"},
		{"Portuguese bare Registo", "Registo: ACC-SI-0527", "ACC-SI-0527"},
		// The approval a body grants, numbered, in each language.
		{"English approval number", "Approval number: | KX-ISMS 70213", "KX-ISMS 70213"},
		{"German Zulassungsnummer", "Zulassungsnummer: ZL-27-3390", "ZL-27-3390"},
		{"French numéro d'approbation", "Numéro d'approbation : AP/SI/2024/031", "AP/SI/2024/031"},
		{"Spanish número de aprobación", "Número de aprobación: | AP-SI-00871", "AP-SI-00871"},
		{"Italian numero di approvazione", "Numero di approvazione: AP-SGSI-4410", "AP-SGSI-4410"},
		{"Dutch Goedkeuringsnummer", "Goedkeuringsnummer: | GK-IB-2205", "GK-IB-2205"},
		{"Portuguese número de aprovação", "Número de aprovação: AP/SGSI/0912", "AP/SGSI/0912"},
		// The serial number a body gives its certificate.
		{"English cert. serial no.", "Cert. serial no.: | SR-27K-5521", "SR-27K-5521"},
		{"English serial number", "Serial number: SN-ISMS-0093", "SN-ISMS-0093"},
		{"German Seriennummer", "Seriennummer: SN-27-4471", "SN-27-4471"},
		{"French N° de série", "N° de série | SER/SMSI/2024/211", "SER/SMSI/2024/211"},
		{"Spanish Nº de serie", "Nº de serie: | NS-SI-04412", "NS-SI-04412"},
		{"Italian N. di serie", "N. di serie: NS-SGSI-3120", "NS-SGSI-3120"},
		{"Dutch Serienr.", "Serienr.: | SR-IB-1180", "SR-IB-1180"},
		{"Portuguese N.º de série", "N.º de série: NS/SGSI/0733", "NS/SGSI/0733"},
		// The number's sign again after the noun, and "réf." abbreviated.
		{"Italian Rif. certificato n.", "Rif. certificato n.: | CT-27-2231", "CT-27-2231"},
		{"French Réf. du certificat", "Réf. du certificat: | FR/SMSI/2024/097", "FR/SMSI/2024/097"},
		{"English certificate ref. with a lettered prefix", "Certificate Ref.: | FMX-ISMS 40312", "FMX-ISMS 40312"},
		// A code run into the date beside it ends where the date starts.
		{"a code run into its date", "Certificate No.: VX/ISMS/2025/118 31 mars 2017", "VX/ISMS/2025/118"},
		// Not the certificate's.
		{"a label over a date", "Current certificate: | 14th May 2024", absent},
		{"a customer's reference", "Customer reference no.: CU-4471-22", absent},
		{"an order's reference", "Referencia del pedido: PD-2291-ES", absent},
		{"a bare label before a standard", "Référence : ISO 27001", absent},
		{"a bare label before a count", "Registrazione: 2024", absent},
		{"a bare label before the register of companies", "Registration: HRB 12345", absent},
		{"a number label before the register of companies", "Registrierungsnummer: HRB 98765", absent},
		{"a bare label inside a sentence", "The registration: see annex 1", absent},
	} {
		t.Run(c.label, func(t *testing.T) {
			checkCertificate(t, text(
				"CERTIFICATE",
				"Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022.",
				c.line,
				"Valid until: 30 June 2028",
			), values{evidence.KeyCertificateNumber: c.want})
		})
	}
}

// TestCertificateNumberUnderBareHeads reads the number from a table whose
// column of numbers is headed by a noun alone ("Registrazione",
// "Référence"), in the row of ISO/IEC 27001 or under a two-cell header
// whose value went onto the next line.
func TestCertificateNumberUnderBareHeads(t *testing.T) {
	for _, c := range []struct {
		name string
		doc  Document
		want any
	}{
		{"Italian combined table", text(
			"Certificato di Sistema di Gestione",
			"Norma di riferimento | Registrazione | Valido fino al",
			"ISO 9001:2015 | Q-331-9 | 17/10/2026",
			"ISO/IEC 27001:2022 | SI-27-0711 | 08/08/2027",
		), "SI-27-0711"},
		{"German two rows", text(
			"Zertifikat",
			"Norm | Registrierung | Gültig bis",
			"ISO/IEC 27001:2022 | DE-ISMS-0042 | 31.12.2027",
		), "DE-ISMS-0042"},
		{"French header over its value", text(
			"Certificat attribué à | Référence",
			"CRT/SMSI/24/0533",
			"Exemple Santé SAS",
			"ISO/IEC 27001:2022",
		), "CRT/SMSI/24/0533"},
		{"a bare head over a standard", text(
			"Certificate",
			"Organisation | Reference | Valid until",
			"Example Ltd | ISO 27001 | 31 May 2028",
		), absent},
	} {
		t.Run(c.name, func(t *testing.T) { checkCertificate(t, c.doc, values{evidence.KeyCertificateNumber: c.want}) })
	}
}

// TestCertificationBodyWordings reads the certification body from the
// places bodies print their name, in the seven languages and with the legal
// forms of their countries: a letterhead wrapped over two lines, and a
// signature block that approves or signs for the body over its name
// beside the accreditation mark. The certified organisation, an
// accreditation body and a sentence are never taken for it.
func TestCertificationBodyWordings(t *testing.T) {
	certificate := func(head, foot []string) Document {
		return text(slices.Concat(head, []string{
			"CERTIFICATE",
			"Example Hosting Ltd operates an information security management system to ISO/IEC 27001:2022.",
			"Certificate No.: EX-27-0001",
			"Valid until: 30 June 2028",
		}, foot)...)
	}
	for _, c := range []struct {
		name       string
		head, foot []string
		want       any
	}{
		{"German letterhead wrapped after für", []string{"Sächsischer Prüfdienst für", "Informationssysteme GmbH", "Prager Straße 2, 01069 Dresden"}, nil,
			"Sächsischer Prüfdienst für Informationssysteme GmbH"},
		{"English letterhead wrapped before Pvt. Ltd.", []string{"Konkan Registrar of Quality Systems", "Private Limited", "12 MG Road, Pune 411001, India"}, nil,
			"Konkan Registrar of Quality Systems Private Limited"},
		{"English (Pty) Ltd wrapped", []string{"Highveld Systems Certification", "(Pty) Ltd", "14 Rivonia Road, Sandton 2196"}, nil,
			"Highveld Systems Certification (Pty) Ltd"},
		{"French S.A.S. wrapped after de", []string{"Bureau Normand de", "Certification S.A.S.", "3 quai de la Seine, 76000 Rouen"}, nil,
			"Bureau Normand de Certification S.A.S."},
		{"Spanish S.L.U. wrapped", []string{"Certificadora del Cantábrico", "Auditores S.L.U.", "Calle Mayor 4, 39001 Santander"}, nil,
			"Certificadora del Cantábrico Auditores S.L.U."},
		{"Dutch B.V. wrapped after voor", []string{"Brabants Keurinstituut voor", "Informatiebeveiliging B.V.", "Markt 3, 5211 JV 's-Hertogenbosch"}, nil,
			"Brabants Keurinstituut voor Informatiebeveiliging B.V."},
		{"English approved for", []string{"KRX"}, []string{"Approved for", "Klamath Registrar, Inc. | ANAB", "Director of Assurance"},
			"Klamath Registrar, Inc."},
		{"German freigegeben durch", []string{"HZD"}, []string{"Freigegeben durch", "Harzer Zertifizierungsdienst e.V. | DAkkS", "Leiter der Zertifizierungsstelle"},
			"Harzer Zertifizierungsdienst e.V."},
		{"French validé par", []string{"BNC"}, []string{"Validé par", "Bureau Normand de Certification SAS | COFRAC", "Président"},
			"Bureau Normand de Certification SAS"},
		{"Spanish aprobado por", []string{"CMS"}, []string{"Aprobado por", "Certificadora Meseta de Sistemas, S.L. | ENAC", "Responsable de Certificación"},
			"Certificadora Meseta de Sistemas, S.L."},
		{"Italian approvato da", []string{"CERTIR"}, []string{"Approvato da", "Certificazioni Ioniche S.p.A. | ACCREDIA", "Responsabile Certificazioni"},
			"Certificazioni Ioniche S.p.A."},
		{"Dutch goedgekeurd door", []string{"ZCI"}, []string{"Goedgekeurd door", "Zeeuwse Certificatie Instelling N.V. | RvA", "Directeur"},
			"Zeeuwse Certificatie Instelling N.V."},
		{"Portuguese aprovado por", []string{"MINHOCERT"}, []string{"Aprovado por", "Minhocert – Certificação de Sistemas, Unipessoal Lda. | IPAC", "Responsável de Certificação"},
			"Minhocert – Certificação de Sistemas, Unipessoal Lda."},
		{"German DQS in the footer", nil, []string{"DQS GmbH, August-Schanz-Straße 21, 60433 Frankfurt am Main"}, "DQS"},
		{"Spanish AENOR issued by", nil, []string{"Emitido por AENOR INTERNACIONAL, S.A.U."}, "AENOR"},
		{"Portuguese APCER", nil, []string{"APCER – Associação Portuguesa de Certificação"}, "APCER"},
		{"Italian RINA", nil, []string{"RINA Services S.p.A., Via Corsica 12, 16128 Genova"}, "RINA"},
		{"Italian Certiquality", nil, []string{"Certiquality S.r.l. | ACCREDIA"}, "Certiquality"},
		{"French LNE", nil, []string{"LNE, 1 rue Gaston Boissier, 75724 Paris"}, "LNE"},
		// Not the body.
		{"the network's mark beside the accreditation body's", []string{"KRX"}, []string{"IQNet | ENAC"}, absent},
		{"a sentence over the certified organisation", []string{"Wir bestätigen hiermit für", "Beispiel Logistik GmbH", "Hafenstraße 1, 20457 Hamburg"}, nil, absent},
		{"a person under approved by", []string{"KRX"}, []string{"Approved by", "Jane Marsh", "Director of Assurance"}, absent},
		{"a company under approved for", []string{"KRX"}, []string{"Approved for:", "Example Logistics Ltd", "Director"}, absent},
		{"an accreditation body under approved for", []string{"KRX"}, []string{"Approved for", "ANAB", "Director of Assurance"}, absent},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, certificate(c.head, c.foot), values{evidence.KeyCertificationBody: c.want})
		})
	}
}
