package facts

import (
	"slices"
	"strings"
	"testing"

	"assay/app/evidence"
)

// scopeCase is a certificate's text as pdftotext prints it and the scope
// an analyst reads from it ("" when the text states none).
type scopeCase struct {
	name  string
	lines []string
	want  string
}

// checkScopes reads each case as a certificate and compares its scope.
func checkScopes(t *testing.T, cases []scopeCase) {
	t.Helper()
	for _, c := range cases {
		f, _ := flat(Certificate(text(c.lines...)))
		got, _ := f[evidence.KeyScope].(string)
		if got != c.want {
			t.Errorf("%s: scope = %q, want %q", c.name, got, c.want)
		}
	}
}

// sitesCase is the text of a certificate after its scope and the sites an
// analyst reads from it (nil when it lists none).
type sitesCase struct {
	name  string
	lines []string
	want  []string
}

// checkSites reads each case as a certificate and compares its sites.
func checkSites(t *testing.T, cases []sitesCase) {
	t.Helper()
	for _, c := range cases {
		f, _ := flat(Certificate(text(slices.Concat([]string{"ISO/IEC 27001:2022", "Scope: Storage.", ""}, c.lines)...)))
		got, _ := f[evidence.KeySites].([]string)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: sites = %q, want %q", c.name, strings.Join(got, "; "), strings.Join(c.want, "; "))
		}
	}
}

// TestScopeIntroductionsInSevenLanguages reads the scope after the common
// ways certificates introduce it, in the seven languages: a label with the
// statement beside it, a heading alone over wrapped lines, a sentence
// saying what the organisation is certified for or what the certificate
// covers, and "for the following activities".
func TestScopeIntroductionsInSevenLanguages(t *testing.T) {
	checkScopes(t, []scopeCase{
		// A label and the statement on its line.
		{"en scope label", []string{"ISO/IEC 27001:2022", "Scope: Design and hosting of payroll software for schools.", "Certificate No.: AB-1"},
			"Design and hosting of payroll software for schools."},
		{"de Geltungsbereich label", []string{"ISO/IEC 27001:2022", "Geltungsbereich: Entwicklung und Betrieb von Lohnsoftware für Schulen.", "Zertifikat-Nr.: AB-1"},
			"Entwicklung und Betrieb von Lohnsoftware für Schulen."},
		{"de Anwendungsbereich label", []string{"ISO/IEC 27001:2022", "Anwendungsbereich: Betrieb eines Rechenzentrums für Kliniken.", "Gültig bis: 01.02.2027"},
			"Betrieb eines Rechenzentrums für Kliniken."},
		{"fr domaine d'application", []string{"ISO/IEC 27001:2022", "Domaine d'application : Hébergement de données de santé.", "Certificat n° : AB-1"},
			"Hébergement de données de santé."},
		{"fr périmètre", []string{"ISO/IEC 27001:2022", "Périmètre : Infogérance des postes de travail des collectivités.", "Date d'émission : 3 mars 2025"},
			"Infogérance des postes de travail des collectivités."},
		{"es alcance", []string{"ISO/IEC 27001:2022", "Alcance: Gestión de nóminas para ayuntamientos.", "Fecha de emisión: 3 de marzo de 2025"},
			"Gestión de nóminas para ayuntamientos."},
		{"it campo di applicazione", []string{"ISO/IEC 27001:2022", "Campo di applicazione: Elaborazione delle paghe per i comuni.", "Data di emissione: 3 marzo 2025"},
			"Elaborazione delle paghe per i comuni."},
		{"nl toepassingsgebied", []string{"ISO/IEC 27001:2022", "Toepassingsgebied: Salarisverwerking voor gemeenten.", "Datum van afgifte: 3 maart 2025"},
			"Salarisverwerking voor gemeenten."},
		{"nl reikwijdte", []string{"ISO/IEC 27001:2022", "Reikwijdte: Beheer van ICT-diensten voor scholen.", "Certificaatnummer: AB-1"},
			"Beheer van ICT-diensten voor scholen."},
		{"pt âmbito", []string{"ISO/IEC 27001:2022", "Âmbito: Processamento salarial para autarquias.", "Data de emissão: 3 de março de 2025"},
			"Processamento salarial para autarquias."},
		{"pt escopo", []string{"ISO/IEC 27001:2022", "Escopo: Desenvolvimento de software de gestão hospitalar.", "Data de emissão: 3 de março de 2025"},
			"Desenvolvimento de software de gestão hospitalar."},

		// A heading alone over the statement, wrapped and hyphenated.
		{"en heading alone", []string{"ISO/IEC 27001:2022", "Scope of certification", "The provision of managed security services and a 24/7 security", "operations centre for financial institutions.", "Certificate number: AB-1"},
			"The provision of managed security services and a 24/7 security operations centre for financial institutions."},
		{"de heading alone hyphenated", []string{"ISO/IEC 27001:2022", "Geltungsbereich", "Entwicklung, Betrieb und Wartung von Cloud-", "Infrastruktur für mittelständische Unter-", "nehmen.", "Zertifikat-Nr.: AB-1"},
			"Entwicklung, Betrieb und Wartung von Cloud-Infrastruktur für mittelständische Unternehmen."},
		{"fr heading alone", []string{"NF EN ISO/IEC 27001:2023", "Périmètre de certification", "Conception et exploitation d'une plateforme de", "téléconsultation pour les centres hospitaliers.", "Date de délivrance : 12/03/2025"},
			"Conception et exploitation d'une plateforme de téléconsultation pour les centres hospitaliers."},
		{"es heading alone", []string{"UNE-EN ISO/IEC 27001:2023", "Alcance de la certificación", "Servicios de centro de datos y copias de seguridad", "para entidades financieras.", "Fecha de emisión: 12/03/2025"},
			"Servicios de centro de datos y copias de seguridad para entidades financieras."},
		{"it heading alone", []string{"UNI CEI EN ISO/IEC 27001:2024", "Campo di applicazione", "Progettazione e gestione di servizi di posta", "elettronica certificata.", "Data di emissione: 12/03/2025"},
			"Progettazione e gestione di servizi di posta elettronica certificata."},
		{"nl heading alone", []string{"NEN-EN-ISO/IEC 27001:2023", "Toepassingsgebied", "Het ontwikkelen en beheren van software voor", "zorginstellingen.", "Datum van uitgifte: 12-03-2025"},
			"Het ontwikkelen en beheren van software voor zorginstellingen."},
		{"pt heading alone", []string{"NP EN ISO/IEC 27001:2023", "Âmbito da certificação", "Prestação de serviços de alojamento e cópias de", "segurança para clientes empresariais.", "Data de emissão: 12/03/2025"},
			"Prestação de serviços de alojamento e cópias de segurança para clientes empresariais."},

		// What the organisation is certified for, or what the certificate covers.
		{"en certified for the following activities", []string{"This is to certify that", "Harbour Data Ltd", "has been assessed and found to conform to ISO/IEC 27001:2022", "for the following activities:", "Provision of cloud backup services to law firms.", "Certificate No.: AB-1"},
			"Provision of cloud backup services to law firms."},
		{"en certificate covers", []string{"ISO/IEC 27001:2022", "This certificate covers: Provision of cloud backup services to law firms.", "Issue date: 3 March 2025"},
			"Provision of cloud backup services to law firms."},
		{"en applies to", []string{"ISO/IEC 27001:2022", "This certificate applies to:", "Provision of cloud backup services to law firms.", "Issue date: 3 March 2025"},
			"Provision of cloud backup services to law firms."},
		{"en in respect of", []string{"ISO/IEC 27001:2022", "In respect of: Provision of cloud backup services to law firms.", "Issue date: 3 March 2025"},
			"Provision of cloud backup services to law firms."},
		{"de für folgende Tätigkeiten", []string{"Hiermit wird bescheinigt, dass", "Rheinhafen Daten GmbH", "ein ISMS nach ISO/IEC 27001:2022 anwendet", "für die folgenden Tätigkeiten:", "Betrieb von Datensicherungsdiensten für Kanzleien.", "Zertifikat-Nr.: AB-1"},
			"Betrieb von Datensicherungsdiensten für Kanzleien."},
		{"de Zertifikat gilt für", []string{"ISO/IEC 27001:2022", "Das Zertifikat gilt für:", "Betrieb von Datensicherungsdiensten für Kanzleien.", "Ausstellungsdatum: 03.03.2025"},
			"Betrieb von Datensicherungsdiensten für Kanzleien."},
		{"fr pour les activités suivantes", []string{"Nous certifions que", "Données du Port SAS", "applique un SMSI conforme à ISO/IEC 27001:2022", "pour les activités suivantes :", "Sauvegarde externalisée pour les cabinets d'avocats.", "Certificat n° : AB-1"},
			"Sauvegarde externalisée pour les cabinets d'avocats."},
		{"fr certificat s'applique à", []string{"ISO/IEC 27001:2022", "Le présent certificat s'applique à :", "Sauvegarde externalisée pour les cabinets d'avocats.", "Date d'émission : 03/03/2025"},
			"Sauvegarde externalisée pour les cabinets d'avocats."},
		{"es para las siguientes actividades", []string{"Se certifica que", "Datos del Puerto, S.L.", "aplica un SGSI conforme a ISO/IEC 27001:2022", "para las siguientes actividades:", "Copias de seguridad en la nube para despachos de abogados.", "Certificado nº: AB-1"},
			"Copias de seguridad en la nube para despachos de abogados."},
		{"es el certificado cubre", []string{"ISO/IEC 27001:2022", "Este certificado cubre:", "Copias de seguridad en la nube para despachos de abogados.", "Fecha de emisión: 03/03/2025"},
			"Copias de seguridad en la nube para despachos de abogados."},
		{"it per le seguenti attività", []string{"Si certifica che", "Dati del Porto S.r.l.", "applica un SGSI conforme alla ISO/IEC 27001:2022", "per le seguenti attività:", "Backup in cloud per studi legali.", "Certificato n.: AB-1"},
			"Backup in cloud per studi legali."},
		{"it il certificato è valido per", []string{"ISO/IEC 27001:2022", "Il presente certificato è valido per:", "Backup in cloud per studi legali.", "Data di emissione: 03/03/2025"},
			"Backup in cloud per studi legali."},
		{"nl voor de volgende activiteiten", []string{"Hierbij wordt verklaard dat", "Havendata B.V.", "een ISMS volgens ISO/IEC 27001:2022 toepast", "voor de volgende activiteiten:", "Back-updiensten in de cloud voor advocatenkantoren.", "Certificaatnummer: AB-1"},
			"Back-updiensten in de cloud voor advocatenkantoren."},
		{"nl certificaat geldt voor", []string{"ISO/IEC 27001:2022", "Dit certificaat geldt voor:", "Back-updiensten in de cloud voor advocatenkantoren.", "Datum van afgifte: 03-03-2025"},
			"Back-updiensten in de cloud voor advocatenkantoren."},
		{"pt para as seguintes atividades", []string{"Certifica-se que", "Dados do Porto, Lda.", "aplica um SGSI conforme a ISO/IEC 27001:2022", "para as seguintes atividades:", "Cópias de segurança na nuvem para sociedades de advogados.", "Certificado n.º: AB-1"},
			"Cópias de segurança na nuvem para sociedades de advogados."},
		{"pt certificado aplica-se a", []string{"ISO/IEC 27001:2022", "O presente certificado aplica-se a:", "Cópias de segurança na nuvem para sociedades de advogados.", "Data de emissão: 03/03/2025"},
			"Cópias de segurança na nuvem para sociedades de advogados."},
	})
}

// TestScopeLayouts reads a scope in a table's cell, a box, a side column
// and an annex page, and numbered or bulleted activities, in the seven
// languages.
func TestScopeLayouts(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en table cell", []string{"Standard | ISO/IEC 27001:2022", "Scope | Managed print services for hospitals.", "Certificate number | AB-1"},
			"Managed print services for hospitals."},
		{"de table cell", []string{"Norm | ISO/IEC 27001:2022", "Geltungsbereich | Druckdienstleistungen für Krankenhäuser.", "Zertifikatsnummer | AB-1"},
			"Druckdienstleistungen für Krankenhäuser."},
		{"fr table cell", []string{"Norme | ISO/IEC 27001:2022", "Périmètre | Services d'impression pour les hôpitaux.", "Numéro de certificat | AB-1"},
			"Services d'impression pour les hôpitaux."},
		{"es table cell", []string{"Norma | ISO/IEC 27001:2022", "Alcance | Servicios de impresión para hospitales.", "Número de certificado | AB-1"},
			"Servicios de impresión para hospitales."},
		{"it table cell", []string{"Norma | ISO/IEC 27001:2022", "Campo di applicazione | Servizi di stampa per ospedali.", "Numero di certificato | AB-1"},
			"Servizi di stampa per ospedali."},
		{"nl table cell", []string{"Norm | ISO/IEC 27001:2022", "Toepassingsgebied | Printdiensten voor ziekenhuizen.", "Certificaatnummer | AB-1"},
			"Printdiensten voor ziekenhuizen."},
		{"pt table cell", []string{"Norma | ISO/IEC 27001:2022", "Âmbito | Serviços de impressão para hospitais.", "Número do certificado | AB-1"},
			"Serviços de impressão para hospitais."},

		// A label cell wrapped over two or three rows beside its value.
		{"pt label over three rows", []string{"Norma de | ISO/IEC 27001:2022", "O sistema | Gestão da plataforma de reservas para",
			"certificado | operadores de transporte marítimo,", "aplica-se a | incluindo os pagamentos com cartão.", "Ref.ª | ACC-1"},
			"Gestão da plataforma de reservas para operadores de transporte marítimo, incluindo os pagamentos com cartão."},
		{"en label over two rows", []string{"Standard | ISO/IEC 27001:2022", "Scope of | Design and hosting of the", "certification | payroll platform.", "Certificate number | AB-1"},
			"Design and hosting of the payroll platform."},
		{"de label over two rows", []string{"Norm | ISO/IEC 27001:2022", "Geltungsbereich der | Entwicklung und Betrieb der", "Zertifizierung | Lohnplattform.", "Zertifikatsnummer | AB-1"},
			"Entwicklung und Betrieb der Lohnplattform."},

		// Numbered and bulleted activities.
		{"en bulleted", []string{"ISO/IEC 27001:2022", "Scope of certification:", "• Software development for insurers;", "• operation of the claims portal;", "• second-line support.", "Certificate No.: AB-1"},
			"Software development for insurers; operation of the claims portal; second-line support."},
		{"de numbered", []string{"ISO/IEC 27001:2022", "Geltungsbereich:", "1. Softwareentwicklung für Versicherer;", "2. Betrieb des Schadenportals;", "3. Anwenderbetreuung.", "Zertifikat-Nr.: AB-1"},
			"Softwareentwicklung für Versicherer; Betrieb des Schadenportals; Anwenderbetreuung."},
		{"fr dashes", []string{"ISO/IEC 27001:2022", "Périmètre de certification :", "– développement de logiciels pour les assureurs ;", "– exploitation du portail de sinistres.", "Certificat n° : AB-1"},
			"développement de logiciels pour les assureurs ; exploitation du portail de sinistres."},
		{"es lettered", []string{"ISO/IEC 27001:2022", "Alcance:", "a) desarrollo de software para aseguradoras;", "b) explotación del portal de siniestros.", "Certificado nº: AB-1"},
			"desarrollo de software para aseguradoras; explotación del portal de siniestros."},
		{"it numbered", []string{"ISO/IEC 27001:2022", "Campo di applicazione:", "1) sviluppo di software per assicurazioni;", "2) gestione del portale sinistri.", "Certificato n.: AB-1"},
			"sviluppo di software per assicurazioni; gestione del portale sinistri."},
		{"nl bulleted", []string{"ISO/IEC 27001:2022", "Toepassingsgebied:", "• softwareontwikkeling voor verzekeraars;", "• beheer van het schadeportaal.", "Certificaatnummer: AB-1"},
			"softwareontwikkeling voor verzekeraars; beheer van het schadeportaal."},
		{"pt numbered", []string{"ISO/IEC 27001:2022", "Âmbito:", "1. desenvolvimento de software para seguradoras;", "2. gestão do portal de sinistros.", "Certificado n.º: AB-1"},
			"desenvolvimento de software para seguradoras; gestão do portal de sinistros."},

		// The scope on an annex page, the certificate pointing to it.
		{"en annex", []string{"This is to certify that", "Harbour Data Ltd", "operates an ISMS which complies with ISO/IEC 27001:2022", "for the activities set out in the annex to this certificate.", "Certificate No.: AB-1", "Page 1 of 2",
			"Annex to certificate AB-1", "Scope of certification:", "Managed backup services for law firms.", "Page 2 of 2"},
			"Managed backup services for law firms."},
		{"it allegato", []string{"Si certifica che", "Dati del Porto S.r.l.", "applica un SGSI conforme alla ISO/IEC 27001:2022", "per le attività indicate nell'allegato al presente certificato.", "Certificato n.: AB-1", "Pagina 1 di 2",
			"Allegato al certificato AB-1", "Campo di applicazione:", "Backup gestito per studi legali.", "Pagina 2 di 2"},
			"Backup gestito per studi legali."},
	})
}

// TestScopeEnds reads where a scope statement stops: before the next
// label, the sites, a date, the signature, "on behalf of" and the
// accreditation; an exclusion is part of the scope.
func TestScopeEnds(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en exclusion kept, sites stop", []string{"ISO/IEC 27001:2022", "Scope: Operation of payment terminals for retailers,", "excluding the manufacture of the terminals.", "Sites: 1 Bank Street, London E14 5AB", "Certificate No.: AB-1"},
			"Operation of payment terminals for retailers, excluding the manufacture of the terminals."},
		{"de exclusion kept, Standorte stop", []string{"ISO/IEC 27001:2022", "Geltungsbereich: Betrieb von Zahlungsterminals für den Handel,", "ausgenommen die Herstellung der Terminals.", "Standorte: Hafenweg 3, 24103 Kiel", "Zertifikat-Nr.: AB-1"},
			"Betrieb von Zahlungsterminals für den Handel, ausgenommen die Herstellung der Terminals."},
		{"fr exclusion kept, accreditation stops", []string{"ISO/IEC 27001:2022", "Périmètre : Exploitation de terminaux de paiement pour le commerce,", "à l'exclusion de la fabrication des terminaux.", "Accréditation COFRAC n° 4-1132, portée disponible sur www.cofrac.fr"},
			"Exploitation de terminaux de paiement pour le commerce, à l'exclusion de la fabrication des terminaux."},
		{"es exclusion kept, on behalf stops", []string{"ISO/IEC 27001:2022", "Alcance: Explotación de terminales de pago para comercios,", "excepto la fabricación de los terminales.", "En nombre de Certificadora Levante", "Directora de certificación"},
			"Explotación de terminales de pago para comercios, excepto la fabricación de los terminales."},
		{"it exclusion kept, dates stop", []string{"ISO/IEC 27001:2022", "Campo di applicazione: Gestione di terminali di pagamento per il commercio,", "con esclusione della produzione dei terminali.", "Prima emissione: 03/03/2019", "Scadenza: 02/03/2028"},
			"Gestione di terminali di pagamento per il commercio, con esclusione della produzione dei terminali."},
		{"nl exclusion kept, signature stops", []string{"ISO/IEC 27001:2022", "Toepassingsgebied: Beheer van betaalterminals voor winkeliers,", "met uitzondering van de productie van de terminals.", "Amersfoort, 3 maart 2025", "J. de Vries", "Directeur"},
			"Beheer van betaalterminals voor winkeliers, met uitzondering van de productie van de terminals."},
		{"pt exclusion kept, locais stop", []string{"ISO/IEC 27001:2022", "Âmbito: Gestão de terminais de pagamento para o comércio,", "excluindo o fabrico dos terminais.", "Locais: Rua Nova 8, 4700-001 Braga", "Certificado n.º: AB-1"},
			"Gestão de terminais de pagamento para o comércio, excluindo o fabrico dos terminais."},
		{"en verify line stops", []string{"ISO/IEC 27001:2022", "Scope: Operation of payment terminals for retailers.", "Verify this certificate at https://verify.example.org/AB-1"},
			"Operation of payment terminals for retailers."},
	})
}

// TestScopeNearMisses never takes for the scope a company's description,
// an accreditation statement or a line inviting to verify the certificate
// online, in the seven languages.
func TestScopeNearMisses(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en company description", []string{"Harbour Data Ltd is a leading provider of cloud services to law firms.", "ISO/IEC 27001:2022", "Certificate No.: AB-1"}, ""},
		{"en accreditation statement", []string{"ISO/IEC 27001:2022", "Accredited for the scope of ISO/IEC 17021-1 by UKAS, accreditation No. 1234.", "Certificate No.: AB-1"}, ""},
		{"en verify at", []string{"ISO/IEC 27001:2022", "Scan the QR code to verify the validity of this certificate:", "https://verify.example.org/AB-1"}, ""},
		{"de Firmenbeschreibung", []string{"Die Rheinhafen Daten GmbH ist ein führender Anbieter von Cloud-Diensten für Kanzleien.", "ISO/IEC 27001:2022", "Zertifikat-Nr.: AB-1"}, ""},
		{"de Akkreditierung", []string{"ISO/IEC 27001:2022", "Die Zertifizierungsstelle ist von der DAkkS nach DIN EN ISO/IEC 17021-1 akkreditiert.", "Zertifikat-Nr.: AB-1"}, ""},
		{"de QR-Code", []string{"ISO/IEC 27001:2022", "Die Gültigkeit dieses Zertifikats kann unter folgender Adresse geprüft werden:", "https://pruefung.example.de/AB-1"}, ""},
		{"fr description", []string{"Données du Port SAS est un prestataire de services d'hébergement pour les avocats.", "ISO/IEC 27001:2022", "Certificat n° : AB-1"}, ""},
		{"fr vérifier", []string{"ISO/IEC 27001:2022", "Vérifiez la validité de ce certificat sur :", "https://verif.example.fr/AB-1"}, ""},
		{"es acreditación", []string{"ISO/IEC 27001:2022", "Entidad acreditada por ENAC con acreditación nº 21/C-SG057 para la certificación de sistemas.", "Certificado nº: AB-1"}, ""},
		{"es verificar", []string{"ISO/IEC 27001:2022", "Compruebe la validez de este certificado en:", "https://verificar.example.es/AB-1"}, ""},
		{"it verificare", []string{"ISO/IEC 27001:2022", "Per verificare la validità del certificato consultare:", "https://verifica.example.it/AB-1"}, ""},
		{"nl verifiëren", []string{"ISO/IEC 27001:2022", "Controleer de geldigheid van dit certificaat op:", "https://controle.example.nl/AB-1"}, ""},
		{"pt verificar", []string{"ISO/IEC 27001:2022", "Verifique a validade deste certificado em:", "https://verificar.example.pt/AB-1"}, ""},
		{"en covering a number", []string{"ISO/IEC 27001:2022", "Harbour Data Ltd runs offices covering 12 countries in Europe.", "Certificate No.: AB-1"}, ""},
		{"en applies to the organisation above", []string{"ISO/IEC 27001:2022", "This certificate applies to the organisation named above.", "Certificate No.: AB-1"}, ""},
		{"de gilt für die oben genannte Organisation", []string{"ISO/IEC 27001:2022", "Das Zertifikat gilt für die oben genannte Organisation.", "Zertifikat-Nr.: AB-1"}, ""},
		{"fr s'applique à l'organisme ci-dessus", []string{"ISO/IEC 27001:2022", "Le présent certificat s'applique à l'organisme ci-dessus.", "Certificat n° : AB-1"}, ""},
		{"en scope of accreditation online", []string{"ISO/IEC 27001:2022", "For the scope of accreditation see www.ukas.com", "Certificate No.: AB-1"}, ""},
		// A scope of the accreditation, not of the certificate.
		{"en accreditation scope", []string{"ISO/IEC 27001:2022", "Accreditation scope: management system certification bodies.", "Certificate No.: AB-1"}, ""},
	})
}

// TestScopeSideBySide reads a scope printed twice, in the certificate's
// own language and in English side by side, once: the own language's
// statement, whichever half it stands on and whatever function words the
// two languages share ("per Hotline").
func TestScopeSideBySide(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"de left", []string{"ISO/IEC 27001:2022 | ISO/IEC 27001:2022", "Die Zertifizierung umfasst: | Approval covers:",
			"Entwicklung und Betrieb von | Development and operation of", "Lagerverwaltungssoftware für | warehouse management", "Weinkellereien; | software for wineries; data",
			"Rechenzentrumsbetrieb für die | centre operation for shipment", "Sendungsverfolgung; | tracking; user support by", "Anwenderbetreuung per Hotline. | hotline.",
			"Zertifikat-Reg.-Nr.: | HZM-1 | Certificate Ref.: | HZM-1"},
			"Entwicklung und Betrieb von Lagerverwaltungssoftware für Weinkellereien; Rechenzentrumsbetrieb für die Sendungsverfolgung; Anwenderbetreuung per Hotline."},
		{"nl left, per", []string{"ISO/IEC 27001:2022 | ISO/IEC 27001:2022", "Toepassingsgebied: | Scope:",
			"Beheer van | Management of", "klantgegevens; ondersteuning | customer data; support", "per telefoon. | by telephone.",
			"Certificaatnummer: | AB-1 | Certificate number: | AB-1"},
			"Beheer van klantgegevens; ondersteuning per telefoon."},
		{"fr right", []string{"ISO/IEC 27001:2022 | ISO/IEC 27001:2022", "Scope of certification: | Périmètre de certification :",
			"Hosting of health data for | Hébergement de données de santé", "hospitals. | pour les hôpitaux.", "Certificate No.: | AB-1 | Certificat n° : | AB-1"},
			"Hébergement de données de santé pour les hôpitaux."},
	})
}

// TestSitesInSevenLanguages reads the sites of a certificate from a list
// after a label, a table of sites with its header row in any of the
// languages (never taken as a site), and a table of sites on an annex
// page; a table whose rows wrapped so that which line is which site cannot
// be told yields no sites.
func TestSitesInSevenLanguages(t *testing.T) {
	cases := []sitesCase{
		{"en sites label", []string{"Sites: 1 Bank Street, London E14 5AB; 22 Princes Street, Edinburgh EH2 2AN"},
			[]string{"1 Bank Street, London E14 5AB", "22 Princes Street, Edinburgh EH2 2AN"}},
		{"de Standorte list", []string{"Standorte:", "• Hafenweg 3, 24103 Kiel", "• Marktplatz 1, 23552 Lübeck", "Zertifikat-Nr.: AB-1"},
			[]string{"Hafenweg 3, 24103 Kiel", "Marktplatz 1, 23552 Lübeck"}},
		{"fr sites couverts", []string{"Sites couverts : 8 quai de Dogneville, 88000 Épinal ; 4 place de l'Abbaye, 88200 Remiremont"},
			[]string{"8 quai de Dogneville, 88000 Épinal", "4 place de l'Abbaye, 88200 Remiremont"}},
		{"es emplazamientos", []string{"Emplazamientos: Calle Castelar 23, 39004 Santander; Calle Julián Ceballos 14, 39300 Torrelavega"},
			[]string{"Calle Castelar 23, 39004 Santander", "Calle Julián Ceballos 14, 39300 Torrelavega"}},
		{"it siti", []string{"Siti: Via Roma 1, 39100 Bolzano; Via Verdi 5, 38122 Trento"},
			[]string{"Via Roma 1, 39100 Bolzano", "Via Verdi 5, 38122 Trento"}},
		{"nl locaties", []string{"Locaties: Markt 4, 4811 WB Breda; Stationsplein 2, 5611 AC Eindhoven"},
			[]string{"Markt 4, 4811 WB Breda", "Stationsplein 2, 5611 AC Eindhoven"}},
		{"pt locais", []string{"Locais: Rua Nova 8, 4700-001 Braga; Avenida da Liberdade 10, 1250-001 Lisboa"},
			[]string{"Rua Nova 8, 4700-001 Braga", "Avenida da Liberdade 10, 1250-001 Lisboa"}},

		// Tables of sites whose first header names a registered site.
		{"en registered premises table", []string{"Registered premises | Address | Activities", "Hull | 2 Dock Street, Hull HU1 1AA | Storage", "Goole | 5 Quay Road, Goole DN14 5AA | Loading"},
			[]string{"Hull, 2 Dock Street, Hull HU1 1AA", "Goole, 5 Quay Road, Goole DN14 5AA"}},
		{"de registrierte Betriebsstätte", []string{"Registrierte Betriebsstätte | Adresse der Betriebsstätte | Registrierte Tätigkeiten",
			"Bernkastel-Kues | Hafenstraße 12, 54470 Bernkastel-Kues | Hauptsitz, Softwareentwicklung", "Wittlich | Industriepark Süd 7, 54516 Wittlich | Rechenzentrum, Hotline"},
			[]string{"Bernkastel-Kues, Hafenstraße 12, 54470 Bernkastel-Kues", "Wittlich, Industriepark Süd 7, 54516 Wittlich"}},
		{"fr établissement enregistré", []string{"Établissement enregistré | Adresse de l'établissement | Activités enregistrées",
			"Saint-Dié-des-Vosges | 17 rue de la Préfecture, 88100 Saint-Dié-des-Vosges | Siège", "Remiremont | 4 place de l'Abbaye, 88200 Remiremont | Centre de relation"},
			[]string{"Saint-Dié-des-Vosges, 17 rue de la Préfecture, 88100 Saint-Dié-des-Vosges", "Remiremont, 4 place de l'Abbaye, 88200 Remiremont"}},
		{"es instalación", []string{"Instalación | Domicilio de la instalación | Actividades registradas",
			"Santander | Avenida de los Infantes 6, 39005 Santander | Sede central", "Torrelavega | Calle Julián Ceballos 14, 39300 Torrelavega | Centro de atención telefónica"},
			[]string{"Santander, Avenida de los Infantes 6, 39005 Santander", "Torrelavega, Calle Julián Ceballos 14, 39300 Torrelavega"}},
		{"it sede certificata", []string{"Sede certificata | Indirizzo | Attività", "Bolzano | Via Roma 1, 39100 Bolzano | Sviluppo", "Trento | Via Verdi 5, 38122 Trento | Assistenza"},
			[]string{"Bolzano, Via Roma 1, 39100 Bolzano", "Trento, Via Verdi 5, 38122 Trento"}},
		{"nl geregistreerde locatie", []string{"Geregistreerde locatie | Adres van de locatie | Geregistreerde activiteiten",
			"Emmen | Boermarkeweg 48, 7824 AA Emmen | Hoofdkantoor", "Hoogeveen | Schutstraat 60, 7901 EE Hoogeveen | Klantenservice"},
			[]string{"Emmen, Boermarkeweg 48, 7824 AA Emmen", "Hoogeveen, Schutstraat 60, 7901 EE Hoogeveen"}},
		{"pt local certificado", []string{"Local certificado | Morada | Atividades", "Braga | Rua Nova 8, 4700-001 Braga | Desenvolvimento", "Lisboa | Avenida da Liberdade 10, 1250-001 Lisboa | Suporte"},
			[]string{"Braga, Rua Nova 8, 4700-001 Braga", "Lisboa, Avenida da Liberdade 10, 1250-001 Lisboa"}},

		// The table's rows wrapped, then the same table written whole.
		{"wrapped then whole", []string{"Instalación Domicilio de la instalación | Actividades registradas",
			"Santander | Avenida de los Infantes 6, 39005 Santander Sede central",
			"Torrelavega Calle Julián Ceballos 14, 39300 Torrelavega Centro de atención telefónica",
			"Página 2 de 2 – este anexo forma parte del certificado", "",
			"Instalación | Domicilio de la instalación | Actividades registradas",
			"Santander | Avenida de los Infantes 6, 39005 Santander | Sede central",
			"Torrelavega | Calle Julián Ceballos 14, 39300 Torrelavega | Centro de atención telefónica"},
			[]string{"Santander, Avenida de los Infantes 6, 39005 Santander", "Torrelavega, Calle Julián Ceballos 14, 39300 Torrelavega"}},
		// Near misses: a wrapped table alone, and a sentence naming the
		// sites without listing them.
		{"wrapped alone", []string{"Instalación Domicilio de la instalación | Actividades registradas",
			"Santander | Avenida de los Infantes 6, 39005 Santander Sede central",
			"Torrelavega Calle Julián Ceballos 14, 39300 Torrelavega Centro de atención telefónica",
			"Página 2 de 2 – este anexo forma parte del certificado"},
			nil},
		{"sites sentence", []string{"Les établissements inclus dans la certification sont énumérés dans la feuille annexe."}, nil},
	}
	checkSites(t, cases)
}

// TestScopeMoreForms reads scopes under headings in capitals or
// letter-spaced, under a label in two languages, and after "valid for" in
// the seven languages; a validity's length or a web address after the
// statement is never part of it.
func TestScopeMoreForms(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en capitals heading", []string{"ISO/IEC 27001:2022", "SCOPE OF CERTIFICATION", "Provision of payroll services to local authorities.", "CERTIFICATE NUMBER: AB-1"},
			"Provision of payroll services to local authorities."},
		{"fr capitals heading", []string{"ISO/IEC 27001:2022", "CHAMP D'APPLICATION", "Gestion de la paie des collectivités.", "CERTIFICAT N° : AB-1"},
			"Gestion de la paie des collectivités."},
		{"en letter-spaced heading", []string{"ISO/IEC 27001:2022", "S C O P E", "Provision of payroll services to local authorities.", "Certificate No.: AB-1"},
			"Provision of payroll services to local authorities."},
		{"de letter-spaced label", []string{"ISO/IEC 27001:2022", "G E L T U N G S B E R E I C H :", "Lohnabrechnung für Kommunen.", "Zertifikat-Nr.: AB-1"},
			"Lohnabrechnung für Kommunen."},
		{"de bilingual label", []string{"ISO/IEC 27001:2022", "Geltungsbereich / Scope:", "Lohnabrechnung für Kommunen.", "Payroll services for municipalities.", "Zertifikat-Nr. / Certificate No.: AB-1"},
			"Lohnabrechnung für Kommunen."},
		{"en valid for", []string{"ISO/IEC 27001:2022", "Valid for: Provision of payroll services to local authorities.", "Certificate No.: AB-1"},
			"Provision of payroll services to local authorities."},
		{"de gültig für", []string{"ISO/IEC 27001:2022", "Gültig für: Lohnabrechnung für Kommunen.", "Zertifikat-Nr.: AB-1"},
			"Lohnabrechnung für Kommunen."},
		{"fr valable pour", []string{"ISO/IEC 27001:2022", "Valable pour : Gestion de la paie des collectivités.", "Certificat n° : AB-1"},
			"Gestion de la paie des collectivités."},
		{"es válido para", []string{"ISO/IEC 27001:2022", "Válido para: Gestión de nóminas para ayuntamientos.", "Certificado nº: AB-1"},
			"Gestión de nóminas para ayuntamientos."},
		{"it valido per", []string{"ISO/IEC 27001:2022", "Valido per: Elaborazione delle paghe per i comuni.", "Certificato n.: AB-1"},
			"Elaborazione delle paghe per i comuni."},
		{"nl geldig voor", []string{"ISO/IEC 27001:2022", "Geldig voor: Salarisverwerking voor gemeenten.", "Certificaatnummer: AB-1"},
			"Salarisverwerking voor gemeenten."},
		{"pt válido para", []string{"ISO/IEC 27001:2022", "Válido para: Processamento salarial para autarquias.", "Certificado n.º: AB-1"},
			"Processamento salarial para autarquias."},
		// Near misses: "valid for" a length of time or the sites.
		{"en valid for years", []string{"ISO/IEC 27001:2022", "Valid for: 3 years from the date of issue", "Certificate No.: AB-1"}, ""},
		{"de gültig für Standorte", []string{"ISO/IEC 27001:2022", "Gültig für: alle Standorte der Organisation", "Zertifikat-Nr.: AB-1"}, ""},
		{"web address after", []string{"ISO/IEC 27001:2022", "Scope: Provision of payroll services to local authorities.", "www.example-certification.org/verify"},
			"Provision of payroll services to local authorities."},
		{"nl web address after heading", []string{"ISO/IEC 27001:2022", "Toepassingsgebied:", "Salarisverwerking voor gemeenten.", "Controleer dit certificaat op www.voorbeeld.nl/controle"},
			"Salarisverwerking voor gemeenten."},
	})
}

// TestSitesListsAndAnnexNotes reads a list of sites under a heading alone
// in the seven languages; a note that the sites are in an annex, or the
// head office in the certificate holder's address, is no site.
func TestSitesListsAndAnnexNotes(t *testing.T) {
	cases := []sitesCase{
		{"de heading over list", []string{"Zertifizierte Standorte", "Hafenweg 3, 24103 Kiel", "Marktplatz 1, 23552 Lübeck", "", "Zertifikat-Nr.: AB-1"},
			[]string{"Hafenweg 3, 24103 Kiel", "Marktplatz 1, 23552 Lübeck"}},
		{"it sedi operative", []string{"Sedi operative:", "- Via Roma 1, 39100 Bolzano", "- Via Verdi 5, 38122 Trento", "Certificato n.: AB-1"},
			[]string{"Via Roma 1, 39100 Bolzano", "Via Verdi 5, 38122 Trento"}},
		{"pt locais abrangidos", []string{"Locais abrangidos:", "• Rua Nova 8, 4700-001 Braga", "• Avenida da Liberdade 10, 1250-001 Lisboa", "Certificado n.º: AB-1"},
			[]string{"Rua Nova 8, 4700-001 Braga", "Avenida da Liberdade 10, 1250-001 Lisboa"}},
		{"nl gecertificeerde locaties", []string{"Gecertificeerde locaties:", "Markt 4, 4811 WB Breda", "Stationsplein 2, 5611 AC Eindhoven", "", "Certificaatnummer: AB-1"},
			[]string{"Markt 4, 4811 WB Breda", "Stationsplein 2, 5611 AC Eindhoven"}},
		{"es emplazamientos incluidos", []string{"Emplazamientos incluidos:", "1. Calle Castelar 23, 39004 Santander", "2. Calle Julián Ceballos 14, 39300 Torrelavega", "Certificado nº: AB-1"},
			[]string{"Calle Castelar 23, 39004 Santander", "Calle Julián Ceballos 14, 39300 Torrelavega"}},
		// Near misses: the sites are listed elsewhere.
		{"en see annex", []string{"Sites: see annex"}, nil},
		{"de siehe Anlage", []string{"Standorte: siehe Anlage zum Zertifikat"}, nil},
		{"fr voir annexe", []string{"Sites : voir l'annexe au certificat"}, nil},
		{"es ver anexo", []string{"Emplazamientos: ver anexo"}, nil},
		{"it vedi allegato", []string{"Siti: vedi allegato"}, nil},
		{"nl zie bijlage", []string{"Locaties: zie bijlage"}, nil},
		{"pt ver anexo", []string{"Locais: ver anexo ao certificado"}, nil},
		{"en as listed overleaf", []string{"Sites: as listed on the schedule overleaf"}, nil},
	}
	checkSites(t, cases)
}
