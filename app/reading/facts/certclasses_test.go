package facts

import (
	"slices"
	"testing"

	"assay/app/evidence"
)

// amidCase is a certificate's lines that matter to one fact, and the fact
// wanted from them.
type amidCase struct {
	name  string
	lines []string
	want  any
}

// checkAmid reads each case's lines amid a certificate's title, number and
// expiry and checks the fact key.
func checkAmid(t *testing.T, key string, cases []amidCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := slices.Concat([]string{"ISO/IEC 27001:2022", "Certificate no.: QX-4471"}, c.lines, []string{"Valid until: 2027-04-30"})
			checkCertificate(t, text(lines...), values{key: c.want})
		})
	}
}

// The classes of certificate wording the tenth batch's brief names, each
// in the seven languages with near misses. Every organisation, person,
// address and number is made up for these tables.

// TestOtherEventDates keeps the dates of other events (audits, decisions,
// revisions, prints, transfers, a Statement of Applicability's version, the
// body's accreditation) from being read as the issue or the expiry: beside
// a certificate giving only one of its dates, the other stays absent.
func TestOtherEventDates(t *testing.T) {
	lines := []string{
		"Stage 2 audit: 12 March 2024", "Stage 1 audit completed on 4 February 2024", "Recertification audit: 2024-04-10",
		"Last audit: 2024-04-10", "Next surveillance due: 2025-04-30", "Audit performed on 10 April 2024",
		"Decision date: 2024-05-20", "Date of this revision: 2024-05-20", "Amended on 20 May 2024", "Printed on 20 May 2024",
		"Transfer date: 2023-01-15", "Statement of Applicability version 3 dated 2024-02-01", "SoA version date: 2024-02-01",
		"Accreditation valid until 2028-09-30", "Date of the certification decision: 20 May 2024",
		"Datum des Stufe-2-Audits: 12.03.2024", "Audit durchgeführt am 10.04.2024", "Nächstes Überwachungsaudit fällig: 30.04.2025",
		"Zertifizierungsentscheidung am 20.05.2024", "Datum dieser Revision: 20.05.2024", "Geändert am 20.05.2024", "Gedruckt am 20.05.2024",
		"Übertragungsdatum: 15.01.2023", "Erklärung zur Anwendbarkeit Version 3 vom 01.02.2024", "Akkreditierung gültig bis 30.09.2028",
		"Audit de l'étape 2 : 12/03/2024", "Audit réalisé le 10/04/2024", "Prochain audit de surveillance : 30/04/2025",
		"Date de décision : 20/05/2024", "Date de cette révision : 20/05/2024", "Modifié le 20/05/2024", "Imprimé le 20/05/2024",
		"Date de transfert : 15/01/2023", "Déclaration d'applicabilité version 3 du 01/02/2024", "Accréditation valable jusqu'au 30/09/2028",
		"Auditoría de etapa 2: 12/03/2024", "Auditoría realizada el 10/04/2024", "Próxima auditoría de seguimiento: 30/04/2025",
		"Fecha de decisión: 20/05/2024", "Fecha de esta revisión: 20/05/2024", "Modificado el 20/05/2024", "Impreso el 20/05/2024",
		"Fecha de transferencia: 15/01/2023", "Declaración de aplicabilidad versión 3 de 01/02/2024", "Acreditación válida hasta el 30/09/2028",
		"Audit di fase 2: 12/03/2024", "Audit eseguito il 10/04/2024", "Prossimo audit di sorveglianza: 30/04/2025",
		"Data della decisione: 20/05/2024", "Data di questa revisione: 20/05/2024", "Modificato il 20/05/2024", "Stampato il 20/05/2024",
		"Data di trasferimento: 15/01/2023", "Dichiarazione di applicabilità versione 3 del 01/02/2024", "Accreditamento valido fino al 30/09/2028",
		"Fase 2-audit: 12-03-2024", "Audit uitgevoerd op 10-04-2024", "Volgende surveillance-audit: 30-04-2025",
		"Datum van het besluit: 20-05-2024", "Datum van deze revisie: 20-05-2024", "Gewijzigd op 20-05-2024", "Afgedrukt op 20-05-2024",
		"Overdrachtsdatum: 15-01-2023", "Verklaring van toepasselijkheid versie 3 van 01-02-2024", "Accreditatie geldig tot 30-09-2028",
		"Auditoria de fase 2: 12/03/2024", "Auditoria realizada em 10/04/2024", "Próxima auditoria de acompanhamento: 30/04/2025",
		"Data da decisão: 20/05/2024", "Data desta revisão: 20/05/2024", "Alterado em 20/05/2024", "Impresso em 20/05/2024",
		"Data de transferência: 15/01/2023", "Declaração de aplicabilidade versão 3 de 01/02/2024", "Acreditação válida até 30/09/2028",
	}
	given := []struct {
		name, line string
		want       values
	}{
		{"issue given", "Issue date: 2024-06-03", values{evidence.KeyExpiresOn: absent, evidence.KeyIssuedOn: "2024-06-03"}},
		{"expiry given", "Valid until: 2027-06-02", values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: "2027-06-02"}},
	}
	for _, l := range lines {
		for _, g := range given {
			t.Run(g.name+": "+l, func(t *testing.T) {
				checkCertificate(t, text("ISO/IEC 27001:2022", "Certificate no.: QX-4471", l, g.line), g.want)
			})
		}
	}
	// Near misses: the certificate's own dates beside an audit's are read.
	near := []struct {
		name  string
		lines []string
	}{
		{"en: a row of the issue, an audit and the expiry", []string{"Issue date | Recertification audit | Expiry date", "03.06.2024 | 10.04.2024 | 02.06.2027"}},
		{"de: Ausstellung nach dem Audit", []string{"Letztes Audit: 10.04.2024", "Ausstellungsdatum: 03.06.2024", "Gültig bis: 02.06.2027"}},
		{"fr: émission après l'audit", []string{"Audit de renouvellement : 23/04/2024", "Date d'émission : 03/06/2024", "Valable jusqu'au 02/06/2027"}},
	}
	for _, c := range near {
		t.Run("near miss "+c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyIssuedOn: "2024-06-03", evidence.KeyExpiresOn: "2027-06-02"})
		})
	}
}

// TestReissueRuns reads a certificate that lists its issues again one after
// another: which is the document in hand cannot be told from the words of
// issuing again, unless a word of the current or latest issue marks one.
func TestReissueRuns(t *testing.T) {
	checkAmid(t, evidence.KeyIssuedOn, []amidCase{
		{"en", []string{"Certificate history: first issued 2018-05-01; re-issued 2021-05-01; re-issued 2024-05-01"}, absent},
		{"de", []string{"Erstausstellung 01.05.2018, neu ausgestellt am 01.05.2021, neu ausgestellt am 01.05.2024"}, absent},
		{"fr", []string{"Première émission le 01/05/2018", "Réémis le 01/05/2021", "Réémis le 01/05/2024"}, absent},
		{"es", []string{"Primera emisión: 01/05/2018", "Reexpedido el 01/05/2021", "Reexpedido el 01/05/2024"}, absent},
		{"it", []string{"Prima emissione: 01/05/2018 - riemesso il 01/05/2021 - riemesso il 01/05/2024"}, absent},
		{"nl", []string{"Eerste uitgifte: 01-05-2018", "Heruitgegeven op 01-05-2021", "Heruitgegeven op 01-05-2024"}, absent},
		{"pt", []string{"Primeira emissão: 01/05/2018", "Reemitido em 01/05/2021", "Reemitido em 01/05/2024"}, absent},
		// Near misses: one re-issue, the current one marked, or the same
		// date given twice.
		{"en near miss: one re-issue", []string{"Originally certified on 2018-05-01", "Re-issued on 2024-05-01"}, "2024-05-01"},
		{"en near miss: the current re-issue marked", []string{"Certificate history: first issued 2018-05-01; re-issued 2021-05-01; current issue re-issued 2024-05-01"}, "2024-05-01"},
		{"de near miss: the same date twice", []string{"Neu ausgestellt am 01.05.2024", "Zertifikat neu ausgestellt am 01.05.2024"}, "2024-05-01"},
	})
}

// TestSiteHeadedActivities reads a scope given as each site's activities
// under a heading naming the site or its address: the scope is the
// activities, never the site's name or address.
func TestSiteHeadedActivities(t *testing.T) {
	checkAmid(t, evidence.KeyScope, []amidCase{
		{"en: a site and its address over numbered activities", []string{"Scope of certification:", "Galway site, 12 Quay Street, Galway H91 X2C4:",
			"1. Development of payroll software", "2. Customer support for payroll software"}, "Development of payroll software Customer support for payroll software"},
		{"en: two sites", []string{"Scope of certification:", "Galway site, 12 Quay Street, Galway:", "1. Development of payroll software",
			"Cork site, 3 Bridge Street, Cork:", "1. Hosting of payroll software"}, "Development of payroll software Hosting of payroll software"},
		{"de", []string{"Geltungsbereich:", "Standort Graz, Annenstraße 4, 8020 Graz:", "- Entwicklung von Lohnbuchhaltungssoftware", "- Kundenbetreuung"},
			"Entwicklung von Lohnbuchhaltungssoftware Kundenbetreuung"},
		{"fr: two sites, each a line starting with its noun", []string{"Domaine de certification :", "Site de Lyon, 4 rue du Port, 69002 Lyon :", "- Hébergement de logiciels de paie",
			"- Support client", "Site de Nantes, 9 quai de la Fosse, 44000 Nantes :", "- Développement de logiciels"}, "Hébergement de logiciels de paie Support client Développement de logiciels"},
		{"es", []string{"Alcance:", "Sede central – Calle Mayor 5, 28013 Madrid:", "1. Desarrollo de software de nóminas", "2. Atención al cliente"},
			"Desarrollo de software de nóminas Atención al cliente"},
		{"it", []string{"Campo di applicazione:", "Sede di Bari, Via Roma 3:", "• Sviluppo di software gestionale", "• Assistenza clienti"},
			"Sviluppo di software gestionale Assistenza clienti"},
		{"nl", []string{"Toepassingsgebied:", "Vestiging Utrecht, Kerkstraat 12, 3511 AB Utrecht:", "- Ontwikkeling van salarissoftware", "- Klantenondersteuning"},
			"Ontwikkeling van salarissoftware Klantenondersteuning"},
		{"pt", []string{"Âmbito:", "Instalações de Lisboa, Rua do Sol 9, 1100-001 Lisboa:", "- Desenvolvimento de software de salários", "- Apoio ao cliente"},
			"Desenvolvimento de software de salários Apoio ao cliente"},
		// Near misses: a heading of activities that names no site stays.
		{"en near miss: a heading of the activities", []string{"Scope of certification:", "Services for the retail sector:", "1. Development of payroll software",
			"2. Customer support for payroll software"}, "Services for the retail sector: Development of payroll software Customer support for payroll software"},
		{"de near miss: Tätigkeiten für Kunden", []string{"Geltungsbereich:", "Leistungen für Versicherer:", "- Entwicklung von Tarifsoftware", "- Betrieb von Portalen"},
			"Leistungen für Versicherer: Entwicklung von Tarifsoftware Betrieb von Portalen"},
		{"en near miss: the sites' label after the scope", []string{"Scope of certification:", "- Development of payroll software", "- Hosting of payroll software",
			"Sites: 12 Quay Street, Galway"}, "Development of payroll software Hosting of payroll software"},
		{"en near miss: a kind of office heads its activities", []string{"Scope of certification:", "Back office:", "1. Payroll processing", "2. Billing"},
			"Back office: Payroll processing Billing"},
		{"es near miss: centres of a kind head their activities", []string{"Alcance:", "Centros de datos:", "- Alojamiento de servidores", "- Copias de seguridad"},
			"Centros de datos: Alojamiento de servidores Copias de seguridad"},
		{"en: a site named without its address", []string{"Scope of certification:", "Galway site:", "1. Development of payroll software", "2. Payroll hosting"},
			"Development of payroll software Payroll hosting"},
	})
}

// TestFormerBody never names as the certification body the one that
// certified the holder before this body did, or that the certificate was
// transferred from.
func TestFormerBody(t *testing.T) {
	checkAmid(t, evidence.KeyCertificationBody, []amidCase{
		{"en: previously certified by", []string{"Previously certified by Harbour Assurance Ltd", "Issued by: Kestrel Certification Ltd"}, "Kestrel Certification Ltd"},
		{"en: transferred from a known body", []string{"Transferred from BSI on 2023-01-15", "Issued by: Kestrel Certification Ltd"}, "Kestrel Certification Ltd"},
		{"en: the former body alone", []string{"Previous certification body: Harbour Assurance Ltd"}, absent},
		{"de", []string{"Vorher zertifiziert durch Hafen Prüf GmbH", "Ausgestellt von: Falken Zertifizierung GmbH"}, "Falken Zertifizierung GmbH"},
		{"fr", []string{"Précédemment certifié par Port Audit SAS", "Délivré par : Faucon Certification SAS"}, "Faucon Certification SAS"},
		{"es: label with its word of previous after it", []string{"Organismo de certificación anterior: Puerto Auditores S.L."}, absent},
		{"es", []string{"Anteriormente certificado por Puerto Auditores S.L.", "Emitido por: Halcón Certificación S.L."}, "Halcón Certificación S.L."},
		{"it", []string{"Organismo di certificazione precedente: Porto Verifiche S.r.l.", "Rilasciato da: Falco Certificazioni S.r.l."}, "Falco Certificazioni S.r.l."},
		{"nl", []string{"Voorheen gecertificeerd door Haven Keur B.V.", "Afgegeven door: Valk Certificering B.V."}, "Valk Certificering B.V."},
		{"pt", []string{"Anteriormente certificado por Porto Auditores, Lda.", "Emitido por: Falcão Certificação S.A."}, "Falcão Certificação S.A."},
		// Near misses: the body itself, worded like the former one's line.
		{"en near miss: certified by", []string{"Certified by Kestrel Certification Ltd"}, "Kestrel Certification Ltd"},
		{"de near miss: zertifiziert durch", []string{"Zertifiziert durch Falken Zertifizierung GmbH"}, "Falken Zertifizierung GmbH"},
		{"fr near miss: a known body under its own label", []string{"Organisme de certification : AFNOR"}, "AFNOR"},
	})
}

// TestBodyLettersOfACode never names a body from the letters that start a
// number ("SGS-3003", "BSI/IS-1234"): a code is no mention of its issuer.
func TestBodyLettersOfACode(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"a code in a table of standards", []string{"Norme | N° de certificat | Valable jusqu'au", "ISO/IEC 20000-1:2018 | SGS-3003 | 03/03/2028"}, absent},
		{"a code with letters after the body's", []string{"Certificate no.: BSI/IS-1234", "Valid until: 2027-04-30"}, absent},
		// Near misses: the body named as itself.
		{"near miss: the body after its label", []string{"Certificate no.: SGS-3003", "Certified by SGS"}, "SGS"},
		{"near miss: a name written with a hyphen", []string{"Certificate no.: QX-4471", "DNV-GL Business Assurance"}, "DNV"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyCertificationBody: c.want})
		})
	}
}

// TestOtherStandardsNumbersAndScope never takes another standard's
// certificate number for the ISO/IEC 27001 one (ISO/IEC 27701, 27017 and
// 27018 are other standards), nor a list of the standards a certificate
// covers for its scope.
func TestOtherStandardsNumbersAndScope(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		{"en: the 27701 number alone", []string{"This certificate covers ISO/IEC 27001:2022 and ISO/IEC 27701:2019.", "ISO/IEC 27701 certificate no.: PI-3003"},
			values{evidence.KeyCertificateNumber: absent, evidence.KeyScope: absent}},
		{"de: the 9001 number alone", []string{"ISO 9001 Zertifikat-Nr.: Q-1001"}, values{evidence.KeyCertificateNumber: absent}},
		{"fr: the 22301 number alone", []string{"Certificat ISO 22301 n° : CN-3003"}, values{evidence.KeyCertificateNumber: absent}},
		{"es: the 27017 number alone", []string{"N.º de certificado ISO/IEC 27017: CS-3004"}, values{evidence.KeyCertificateNumber: absent}},
		{"it: the 45001 number alone", []string{"Certificato ISO 45001 n.: SS-1001"}, values{evidence.KeyCertificateNumber: absent}},
		{"nl: the 9001 number alone", []string{"Certificaatnummer ISO 9001: Q-1001"}, values{evidence.KeyCertificateNumber: absent}},
		{"pt: the standards covered, no scope", []string{"Este certificado abrange ISO/IEC 27001:2022 e ISO/IEC 27701:2019."}, values{evidence.KeyScope: absent}},
		{"de: a standard after the scope's label", []string{"Geltungsbereich: DIN EN ISO/IEC 27001:2024"}, values{evidence.KeyScope: absent}},
		// Near misses: the 27001 number beside another standard's, and a
		// scope that names a standard among its activities.
		{"en near miss: the 27001 row after the 9001 one", []string{"ISO 9001 certificate no.: Q-1001", "ISO/IEC 27001 certificate no.: IS-2002"},
			values{evidence.KeyCertificateNumber: "IS-2002"}},
		{"en near miss: a scope naming a standard", []string{"Scope: Hosting of payment services to PCI DSS and ISO 20022 messaging."},
			values{evidence.KeyScope: "Hosting of payment services to PCI DSS and ISO 20022 messaging."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := append([]string{"Kestrel Certification Ltd"}, c.lines...)
			lines = append(lines, "Valid until: 2027-04-30")
			checkCertificate(t, text(lines...), c.want)
		})
	}
}
