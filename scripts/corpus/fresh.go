package main

import (
	"fmt"
	"maps"
	"os/exec"
	"strings"
)

// The fresh batch (-fresh) is written after the readers, to measure them on
// documents nobody tuned them on: other certification bodies, organisations
// and scopes, other wordings of every label, a layout the world corpus does
// not have (every detail in one bordered table) and another seed.
var (
	fresh        bool
	seed         uint64 // added to every generator's seed
	variants     = 6    // certificates per profile
	minutesCount = 22
)

// useFresh switches the generators to the fresh batch.
func useFresh() {
	profiles, labels, minutesWordsOf = freshProfiles, freshLabels, freshMinutesWords
	minutesTags = []string{"en-gb", "de", "fr", "es", "en-us", "de"}
	seed, variants, minutesCount = 1000, 4, 6
}

// writerPDF is LibreOffice Writer's PDF export, or Chromium's print when
// LibreOffice is not installed (the fresh batch is made without it).
func writerPDF() string {
	if _, err := exec.LookPath("soffice"); err != nil {
		return producerChromium
	}
	return producerWriterPDF
}

// convertProgram is ImageMagick's convert, by the name Debian also gives it
// so that a stand-in earlier on PATH is not taken for it.
func convertProgram() string {
	if p, err := exec.LookPath("convert-im6.q16"); err == nil {
		return p
	}
	return "convert"
}

// freshScans are scans of a few fresh certificates and minutes.
func freshScans(docs []*doc) []*doc {
	var out []*doc
	picks := map[string]scan{
		"certificates/thames-1-two-column-en": {dpi: 200, noise: "0.5", blur: "0x0.5", rotate: "-0.9"},
		"certificates/wien-0-table-de":        {dpi: 150, noise: "0.7", blur: "0x0.6", rotate: "1.1"},
		"certificates/andes-2-combined-es":    {dpi: 200, noise: "0.4", blur: "0x0.4", rotate: "0.6"},
		"minutes/02-fr-chromium":              {dpi: 150, noise: "0.6", blur: "0x0.5", rotate: "-1.4"},
	}
	formats := map[string]string{"certificates/thames-1-two-column-en": "jpg", "certificates/wien-0-table-de": "png",
		"certificates/andes-2-combined-es": "pdf", "minutes/02-fr-chromium": "jpg"}
	for _, src := range docs {
		sc, ok := picks[src.name]
		if !ok {
			continue
		}
		sc.from = src
		format := formats[src.name]
		out = append(out, &doc{
			name: "scans/" + strings.ReplaceAll(src.name, "/", "-") + "-scan", question: src.question, lang: src.lang,
			producer: producerScan, format: format, facts: maps.Clone(src.facts), alts: src.alts, verdict: src.verdict, services: src.services,
			about: fmt.Sprintf("scan of %s.pdf at %d dpi, grey, noise %s, blur %s, rotated %s°; needs OCR", src.name, sc.dpi, sc.noise, sc.blur, sc.rotate),
			scan:  &sc,
		})
	}
	if len(out) != len(picks) {
		panic("freshScans: a picked document is missing")
	}
	return out
}

// table is the fresh layout: the letterhead, then every detail in one
// bordered table, label on the left, value on the right.
func (c *cert) table(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n", esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock())
	b.WriteString("<table class=\"grid\">\n")
	issueK, issueV := c.issueLine(l)
	for _, kv := range [][2]string{
		{l.Standard, c.standard}, {pick(l.ScopeIntro, v+1), c.p.Scope}, {pick(l.Number, v+1), c.number},
		{pick(l.Initial, v+1), c.date(c.initial)}, {issueK, issueV}, {pick(l.Expiry, v+1), c.date(c.expires)},
	} {
		fmt.Fprintf(&b, "<tr><th>%s</th><td>%s</td></tr>\n", esc(strings.TrimSuffix(strings.TrimSpace(kv[0]), ":")), esc(kv[1]))
	}
	b.WriteString("</table>\n")
	b.WriteString(c.footer(l))
	return b.String()
}

var freshProfiles = []profile{
	{
		ID: "thames", Tag: "en-gb",
		Body: body{"Thameside Certification Services Ltd", "Thameside Certification", "London", "40 Eastcheap, London EC3M 1HD, United Kingdom", "UKAS", "UKAS Management Systems 1123"},
		Org:  "Kestrel Cloud Payroll Ltd", OrgAddr: "2 Whitehall Quay, Leeds LS1 4HR, United Kingdom", Town: "Leeds",
		Scope:    "Provision of cloud-hosted payroll and pensions administration software to employers, including customer support.",
		Services: []service{svc("Payroll software", covered, "payroll"), svc("Penetration testing", uncovered)},
		Sites:    []site{{"Leeds", "2 Whitehall Quay, Leeds LS1 4HR", "Development, operations"}, {"York", "9 Piccadilly, York YO1 9NU", "Customer support"}},
		Numbers:  []string{"TCS-ISM-40017", "TCS-ISM-40018", "TCS-ISM-41102", "TCS-ISM-41550"},
		Std2022:  []string{"ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleShort, styleLong, styleDMY},
	},
	{
		ID: "wien", Tag: "de",
		Body: body{"Donau Cert GmbH", "Donau Cert", "Wien", "Praterstraße 31, 1020 Wien, Österreich", "Akkreditierung Austria", "Akkreditierung Austria Nr. 0943"},
		Org:  "Alpenwerk IT Services GmbH", OrgAddr: "Wiener Straße 12, 4020 Linz, Österreich", Town: "Linz",
		Scope:    "Betrieb und Wartung von Cloud-Infrastruktur sowie Managed Backup für Unternehmenskunden.",
		ScopeEN:  "Operation and maintenance of cloud infrastructure and managed backup for business customers.",
		Services: []service{svc("Managed backup", covered, "Backup", "managed backup"), svc("Payroll", uncovered, "Lohnverrechnung")},
		Sites:    []site{{"Linz", "Wiener Straße 12, 4020 Linz", "Betrieb"}, {"Graz", "Annenstraße 20, 8020 Graz", "Backup"}},
		Numbers:  []string{"DC-27-0551", "DC-27-0552", "DC-27-0610", "DC-27-0688"},
		Std2022:  []string{"ÖNORM EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleDotted, styleLong},
	},
	{
		ID: "brussels", Tag: "fr",
		Body: body{"Belcert SA", "Belcert", "Bruxelles", "Avenue Louise 250, 1050 Bruxelles, Belgique", "BELAC", "BELAC 112-MS"},
		Org:  "Logistique Meuse SRL", OrgAddr: "Quai de la Boverie 4, 4020 Liège, Belgique", Town: "Liège",
		Scope:    "Conception, développement et exploitation d'une plateforme de suivi logistique pour le transport routier.",
		ScopeEN:  "Design, development and operation of a logistics tracking platform for road transport.",
		Services: []service{svc("Logistics tracking platform", covered, "suivi logistique", "logistics tracking"), svc("Payroll", uncovered, "paie")},
		Sites:    []site{{"Liège", "Quai de la Boverie 4, 4020 Liège", "Développement, exploitation"}, {"Namur", "Rue de Fer 12, 5000 Namur", "Support"}},
		Numbers:  []string{"BC/ISMS/2281", "BC/ISMS/2282", "BC/ISMS/2340", "BC/ISMS/2417"},
		Std2022:  []string{"NBN EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleLong, styleDMY},
	},
	{
		ID: "andes", Tag: "es",
		Body: body{"Certifica Levante S.A.", "Certifica Levante", "Valencia", "Calle Colón 60, 46004 Valencia, España", "ENAC", "ENAC Nº 102/C-SG330"},
		Org:  "Datos Mediterráneo S.A.", OrgAddr: "Avenida de Francia 15, 46023 Valencia", Town: "Valencia",
		Scope:    "Prestación de servicios de centro de datos y alojamiento gestionado de aplicaciones para clientes corporativos.",
		ScopeEN:  "Provision of data centre services and managed application hosting for corporate customers.",
		Services: []service{svc("Data centre hosting", covered, "alojamiento", "hosting"), svc("Software development", uncovered, "desarrollo de software")},
		Sites:    []site{{"Valencia", "Avenida de Francia 15, 46023 Valencia", "Centro de datos"}, {"Alicante", "Calle Pintor Sorolla 3, 03001 Alicante", "Soporte"}},
		Numbers:  []string{"CL-SGSI-0731", "CL-SGSI-0732", "CL-SGSI-0790", "CL-SGSI-0815"},
		Std2022:  []string{"UNE-EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleDMY, styleLong},
	},
	{
		ID: "lombarda", Tag: "it",
		Body: body{"Qualitas Certificazioni S.r.l.", "Qualitas Certificazioni", "Bergamo", "Via XX Settembre 18, 24122 Bergamo", "ACCREDIA", "ACCREDIA SGQ N° 241A"},
		Org:  "Orobica Software S.p.A.", OrgAddr: "Via Roma 5, 25121 Brescia", Town: "Brescia",
		Scope:    "Sviluppo, manutenzione e assistenza di software gestionale per la contabilità delle piccole imprese.",
		ScopeEN:  "Development, maintenance and support of accounting software for small businesses.",
		Services: []service{svc("Accounting software", covered, "software gestionale", "accounting software"), svc("Data centre", uncovered, "data center")},
		Sites:    []site{{"Brescia", "Via Roma 5, 25121 Brescia", "Sviluppo"}, {"Cremona", "Corso Garibaldi 7, 26100 Cremona", "Assistenza"}},
		Numbers:  []string{"QC-27K-5120", "QC-27K-5121", "QC-27K-5208", "QC-27K-5266"},
		Std2022:  []string{"UNI CEI EN ISO/IEC 27001:2024", "ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleDMY, styleLong},
	},
	{
		ID: "zeeland", Tag: "nl",
		Body: body{"Delta Keurmerk B.V.", "Delta Keurmerk", "Rotterdam", "Wilhelminakade 91, 3072 AP Rotterdam", "RvA", "RvA C 618"},
		Org:  "Havenlijn Software B.V.", OrgAddr: "Blaak 16, 3011 TA Rotterdam", Town: "Rotterdam",
		Scope:    "Ontwikkeling en beheer van software voor havenlogistiek en de bijbehorende klantenservice.",
		ScopeEN:  "Development and management of port logistics software and the associated customer service.",
		Services: []service{svc("Port logistics software", covered, "havenlogistiek", "port logistics"), svc("Payroll", uncovered, "salarisadministratie")},
		Sites:    []site{{"Rotterdam", "Blaak 16, 3011 TA Rotterdam", "Ontwikkeling"}, {"Vlissingen", "Nieuwendijk 5, 4381 BV Vlissingen", "Klantenservice"}},
		Numbers:  []string{"DK-2024-3310", "DK-2024-3311", "DK-2023-2980", "DK-2022-2701"},
		Std2022:  []string{"NEN-EN-ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleDashed, styleLong},
	},
	{
		ID: "tejo", Tag: "pt",
		Body: body{"Certitejo – Certificação e Auditoria, Lda.", "Certitejo", "Lisboa", "Rua Castilho 39, 1250-068 Lisboa", "IPAC", "IPAC C0121"},
		Org:  "Nortenet Serviços Informáticos, S.A.", OrgAddr: "Avenida da Boavista 1200, 4100-130 Porto", Town: "Porto",
		Scope:    "Gestão de infraestruturas de rede e serviços de cibersegurança geridos para clientes empresariais.",
		ScopeEN:  "Management of network infrastructure and managed cybersecurity services for business customers.",
		Services: []service{svc("Managed security services", covered, "cibersegurança", "managed security"), svc("Payroll", uncovered, "processamento salarial")},
		Sites:    []site{{"Porto", "Avenida da Boavista 1200, 4100-130 Porto", "Operações"}, {"Aveiro", "Rua de Viseu 20, 3800-283 Aveiro", "Centro de operações de segurança"}},
		Numbers:  []string{"CT-SGSI-0455", "CT-SGSI-0456", "CT-SGSI-0471", "CT-SGSI-0502"},
		Std2022:  []string{"NP EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleLong, styleDMY},
	},
	{
		ID: "prairie", Tag: "en-us",
		Body: body{"Prairie Registrar Services LLC", "Prairie Registrar", "Kansas City", "2345 Grand Boulevard, Kansas City, MO 64108, USA", "ANAB", "ANAB accredited certification body, ID 1204"},
		Org:  "Heartland Claims Processing Inc.", OrgAddr: "101 Locust Street, Des Moines, IA 50309, USA", Town: "Des Moines",
		Scope:    "Insurance claims processing and related document management services for health insurers.",
		Services: []service{svc("Claims processing", covered, "claims processing"), svc("Mobile application", uncovered, "mobile application")},
		Sites:    []site{{"Des Moines", "101 Locust Street, Des Moines, IA 50309", "Claims processing"}, {"Omaha", "1620 Dodge Street, Omaha, NE 68102", "Document management"}},
		Numbers:  []string{"PRS-27K-8810", "PRS-27K-8811", "PRS-27K-8920", "PRS-27K-9034"},
		Std2022:  []string{"ISO/IEC 27001:2022"}, Std2013: []string{"ISO/IEC 27001:2013"},
		Styles: []string{styleMDY, styleUSLong},
	},
}

// freshLabels are other wordings of each label, as other bodies write them.
var freshLabels = map[string]certLabels{
	"en": {
		Title:        []string{"Certificate of Approval", "ISMS Certificate", "Certificate of Registration"},
		Certify:      []string{"This is to certify that", "It is hereby certified that", "The certification body confirms that"},
		Conforms:     []string{"operates an information security management system that has been audited and found to comply with", "has implemented and maintains an ISMS meeting the requirements of"},
		ScopeIntro:   []string{"Scope of registration:", "for the scope:", "Certified activities:"},
		Number:       []string{"Certificate No.", "Registration number", "Certificate number"},
		Initial:      []string{"Original certification date", "Initial registration", "Certified since"},
		Issue:        []string{"Date of issue", "Current issue date", "Issue date"},
		Expiry:       []string{"Expiry date", "Certificate expiry", "Valid until"},
		PlaceDate:    "Place and date",
		SitesHeader:  [3]string{"Location", "Address", "Activities"},
		Appendix:     "Schedule to certificate no.",
		AppendixNote: "This certificate is only valid together with the attached schedule of locations.",
		OnBehalf:     "Signed on behalf of",
		Signer:       "Head of Certification",
		Accredited:   "Accredited by",
		Standard:     "Standard",
		Page:         "Page",
	},
	"de": {
		Title:        []string{"Zertifikat", "ZERTIFIKAT", "Zertifikat ISMS"},
		Certify:      []string{"Hiermit bestätigen wir, dass", "Die Zertifizierungsstelle bestätigt, dass"},
		Conforms:     []string{"ein Informationssicherheits-Managementsystem betreibt, das den Anforderungen entspricht von", "die Anforderungen erfüllt von"},
		ScopeIntro:   []string{"Geltungsbereich:", "Anwendungsbereich:", "Zertifizierter Bereich:"},
		Number:       []string{"Zertifikatsnummer", "Registriernummer", "Zertifikat-Nr."},
		Initial:      []string{"Erstzertifizierung", "Erstmalige Zertifizierung"},
		Issue:        []string{"Ausgestellt am", "Ausstellungsdatum", "Datum der Ausstellung"},
		Expiry:       []string{"Gültig bis", "Ablaufdatum", "Gültigkeitsdauer bis"},
		PlaceDate:    "Ort, Datum",
		SitesHeader:  [3]string{"Standort", "Adresse", "Tätigkeiten"},
		Appendix:     "Beilage zum Zertifikat Nr.",
		AppendixNote: "Dieses Zertifikat gilt nur in Verbindung mit der Beilage der Standorte.",
		OnBehalf:     "Für die Zertifizierungsstelle",
		Signer:       "Leitung Zertifizierung",
		Accredited:   "Akkreditiert durch",
		Standard:     "Norm",
		Page:         "Seite",
	},
	"fr": {
		Title:        []string{"Certificat", "CERTIFICAT D'ENREGISTREMENT", "Certificat SMSI"},
		Certify:      []string{"Il est certifié que", "Belcert certifie que"},
		Conforms:     []string{"a mis en œuvre un système de management de la sécurité de l'information conforme à", "satisfait aux exigences de la norme"},
		ScopeIntro:   []string{"Domaine d'application :", "Périmètre :", "Activités certifiées :"},
		Number:       []string{"Numéro de certificat", "N° d'enregistrement", "Certificat n°"},
		Initial:      []string{"Première certification", "Date de certification initiale"},
		Issue:        []string{"Date d'émission", "Émis le", "Date de délivrance"},
		Expiry:       []string{"Date d'expiration", "Valable jusqu'au", "Expire le"},
		PlaceDate:    "Lieu et date",
		SitesHeader:  [3]string{"Site", "Adresse", "Activités"},
		Appendix:     "Annexe au certificat n°",
		AppendixNote: "Ce certificat n'est valable qu'avec son annexe des sites.",
		OnBehalf:     "Pour Belcert",
		Signer:       "Responsable de la certification",
		Accredited:   "Accréditation",
		Standard:     "Norme",
		Page:         "Page",
	},
	"es": {
		Title:        []string{"Certificado", "CERTIFICADO DE CONFORMIDAD", "Certificado SGSI"},
		Certify:      []string{"Se certifica que", "Certifica Levante certifica que"},
		Conforms:     []string{"tiene implantado un sistema de gestión de seguridad de la información conforme a", "cumple los requisitos de"},
		ScopeIntro:   []string{"Alcance:", "Alcance de la certificación:", "Actividades certificadas:"},
		Number:       []string{"Número de certificado", "Nº de registro", "Certificado nº"},
		Initial:      []string{"Fecha de certificación inicial", "Primera certificación"},
		Issue:        []string{"Fecha de emisión", "Emitido el", "Fecha de expedición"},
		Expiry:       []string{"Fecha de caducidad", "Válido hasta", "Vence el"},
		PlaceDate:    "Lugar y fecha",
		SitesHeader:  [3]string{"Emplazamiento", "Dirección", "Actividades"},
		Appendix:     "Anexo al certificado nº",
		AppendixNote: "Este certificado sólo es válido con su anexo de emplazamientos.",
		OnBehalf:     "Por Certifica Levante",
		Signer:       "Director de Certificación",
		Accredited:   "Acreditado por",
		Standard:     "Norma",
		Page:         "Página",
	},
	"it": {
		Title:        []string{"Certificato", "CERTIFICATO DI REGISTRAZIONE", "Certificato SGSI"},
		Certify:      []string{"Si certifica che", "Qualitas Certificazioni attesta che"},
		Conforms:     []string{"ha adottato un sistema di gestione per la sicurezza delle informazioni conforme alla norma", "soddisfa i requisiti di"},
		ScopeIntro:   []string{"Campo di applicazione:", "Scopo:", "Attività certificate:"},
		Number:       []string{"Numero certificato", "N° registrazione", "Certificato n."},
		Initial:      []string{"Data prima emissione", "Prima certificazione"},
		Issue:        []string{"Data di emissione", "Emesso il", "Data emissione corrente"},
		Expiry:       []string{"Data di scadenza", "Valido fino al", "Scade il"},
		PlaceDate:    "Luogo e data",
		SitesHeader:  [3]string{"Sito", "Indirizzo", "Attività"},
		Appendix:     "Allegato al certificato n.",
		AppendixNote: "Il presente certificato è valido solo con l'allegato dei siti.",
		OnBehalf:     "Per Qualitas Certificazioni",
		Signer:       "Direttore tecnico",
		Accredited:   "Accreditato da",
		Standard:     "Norma",
		Page:         "Pagina",
	},
	"nl": {
		Title:        []string{"Certificaat", "CERTIFICAAT VAN GOEDKEURING", "ISMS-certificaat"},
		Certify:      []string{"Hierbij wordt verklaard dat", "Delta Keurmerk verklaart dat"},
		Conforms:     []string{"een managementsysteem voor informatiebeveiliging heeft ingevoerd dat voldoet aan", "voldoet aan de eisen van"},
		ScopeIntro:   []string{"Toepassingsgebied:", "Reikwijdte:", "Gecertificeerde activiteiten:"},
		Number:       []string{"Certificaatnummer", "Registratienummer", "Certificaat nr."},
		Initial:      []string{"Datum eerste certificering", "Eerste certificering"},
		Issue:        []string{"Datum van uitgifte", "Uitgegeven op", "Uitgiftedatum"},
		Expiry:       []string{"Vervaldatum", "Geldig tot", "Verloopt op"},
		PlaceDate:    "Plaats en datum",
		SitesHeader:  [3]string{"Vestiging", "Adres", "Activiteiten"},
		Appendix:     "Bijlage bij certificaat nr.",
		AppendixNote: "Dit certificaat is alleen geldig met de bijlage van vestigingen.",
		OnBehalf:     "Namens Delta Keurmerk",
		Signer:       "Manager certificatie",
		Accredited:   "Geaccrediteerd door",
		Standard:     "Norm",
		Page:         "Pagina",
	},
	"pt": {
		Title:        []string{"Certificado", "CERTIFICADO DE REGISTO", "Certificado SGSI"},
		Certify:      []string{"Certifica-se que", "A Certitejo certifica que"},
		Conforms:     []string{"implementou um sistema de gestão de segurança da informação conforme com", "cumpre os requisitos de"},
		ScopeIntro:   []string{"Âmbito:", "Âmbito da certificação:", "Atividades certificadas:"},
		Number:       []string{"Número do certificado", "N.º de registo", "Certificado n.º"},
		Initial:      []string{"Data da certificação inicial", "Primeira certificação"},
		Issue:        []string{"Data de emissão", "Emitido em", "Data de emissão atual"},
		Expiry:       []string{"Data de validade", "Válido até", "Expira em"},
		PlaceDate:    "Local e data",
		SitesHeader:  [3]string{"Local", "Morada", "Atividades"},
		Appendix:     "Anexo ao certificado n.º",
		AppendixNote: "Este certificado só é válido com o anexo dos locais.",
		OnBehalf:     "Pela Certitejo",
		Signer:       "Diretor de Certificação",
		Accredited:   "Acreditado por",
		Standard:     "Norma",
		Page:         "Página",
	},
}

// freshMinutesWords are minutes worded otherwise than the world corpus's.
var freshMinutesWords = map[string]minutesWords{
	"en": {"ISMS Management Review – Minutes", "Meeting date", "Present", "Chair", "Venue: Meeting room 4",
		"Minutes of the last review meeting on %s were accepted as a true record.",
		"Awareness training: completion stands at %d%% for the annual module.",
		"Incidents: three low-severity security incidents were logged and resolved.",
		"Policy breaches: two breaches of the acceptable use policy led to warnings.",
		"Audit: the internal ISMS audit produced two minor nonconformities and one observation.",
		"Actions", [3]string{"Action", "Owner", "Due"},
		[3]string{"Review supplier contracts", "Test the backup restore", "Update the risk register"},
		"Next meeting: %s", "No actions were raised.", "Certification body surveillance visit booked for %s."},
	"de": {"Managementbewertung ISMS – Protokoll", "Sitzungsdatum", "Anwesend", "Leitung", "Ort: Sitzungssaal",
		"Das Protokoll der vorigen Sitzung vom %s wurde bestätigt.",
		"Awareness-Schulung: %d %% der Mitarbeitenden haben das Jahresmodul abgeschlossen.",
		"Sicherheitsvorfälle: drei Vorfälle mit geringer Schwere wurden erfasst und behoben.",
		"Richtlinienverstöße: zwei Verstöße gegen die Nutzungsrichtlinie führten zu Ermahnungen.",
		"Internes Audit: zwei geringfügige Abweichungen und eine Beobachtung.",
		"Maßnahmen", [3]string{"Maßnahme", "Verantwortlich", "Termin"},
		[3]string{"Lieferantenverträge prüfen", "Wiederherstellung testen", "Risikoregister aktualisieren"},
		"Nächste Sitzung: %s", "Es wurden keine Maßnahmen festgelegt.", "Das Überwachungsaudit findet am %s statt."},
	"fr": {"Revue de direction du SMSI – procès-verbal", "Date de la réunion", "Présents", "Président", "Lieu : salle 4",
		"Le procès-verbal de la revue précédente du %s est approuvé.",
		"Sensibilisation : %d %% du personnel a terminé le module annuel.",
		"Incidents de sécurité : trois incidents de faible gravité ont été enregistrés et résolus.",
		"Manquements à la politique : deux manquements à la charte informatique ont donné lieu à des avertissements.",
		"Audit interne : deux non-conformités mineures et une observation.",
		"Actions", [3]string{"Action", "Responsable", "Échéance"},
		[3]string{"Revoir les contrats fournisseurs", "Tester la restauration des sauvegardes", "Mettre à jour le registre des risques"},
		"Prochaine réunion : %s", "Aucune action n'a été décidée.", "L'audit de surveillance aura lieu le %s."},
	"es": {"Revisión por la dirección del SGSI – acta", "Fecha de la reunión", "Asistentes", "Preside", "Lugar: sala 4",
		"Se aprueba el acta de la reunión anterior del %s.",
		"Concienciación: el %d %% del personal ha finalizado el módulo anual.",
		"Incidentes de seguridad: se registraron y resolvieron tres incidentes leves.",
		"Incumplimientos de la política: dos incumplimientos de la política de uso aceptable con amonestación.",
		"Auditoría interna: dos no conformidades menores y una observación.",
		"Acciones", [3]string{"Acción", "Responsable", "Plazo"},
		[3]string{"Revisar los contratos con proveedores", "Probar la restauración de copias", "Actualizar el registro de riesgos"},
		"Próxima reunión: %s", "No se acordaron acciones.", "La auditoría de seguimiento será el %s."},
}

// Coverage a careful reader of the scope answers.
const (
	covered   = "covered"
	uncovered = "uncovered"
)

func svc(name, expected string, keywords ...string) service {
	return service{Name: name, Keywords: keywords, Expected: expected}
}
