package main

// body is a certification body: who issues the certificate, and the
// accreditation body whose mark it prints.
type body struct {
	name, short, town, addr string
	accred, accredNo        string // accreditation body and the body's accreditation (not certificate) number
}

// site is one row of a certificate's site table.
type site struct{ name, addr, activity string }

// profile is a certified organisation as its certification body describes
// it, in the certificate's language.
type profile struct {
	id      string
	tag     string // language with region, "en-gb"
	body    body
	org     string
	orgAddr string // empty: the certificate prints no address
	town    string
	scope   string
	scopeEN string // the scope in English, printed beside it on bilingual certificates
	// services are what we buy from the organisation, with what a careful
	// reader of the scope answers about each.
	services []service
	sites    []site
	numberFn func(i int) string
	// standards are how the certificate names the 2022 and 2013 editions.
	std2022, std2013 []string
	styles           []string // the date styles this body writes
	ambiguous        bool     // numeric dates, English, and nothing in the document tells the day/month order
}

// service is a service bought from the vendor and the coverage a careful
// reader of the scope would answer for it.
type service struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords,omitempty"`
	Expected string   `json:"expected"`
}

func svc(name, expected string, keywords ...string) service {
	return service{Name: name, Keywords: keywords, Expected: expected}
}

const (
	covered   = "covered"
	uncovered = "uncovered"
	uncertain = "uncertain"
)

var profiles = []profile{
	{
		id: "albion", tag: "en-gb",
		body: body{"Albion Assurance Ltd", "Albion Assurance", "Bristol", "7 Quay Street, Bristol BS1 4DJ, United Kingdom", "UKAS", "UKAS Management Systems 0217"},
		org:  "Fernhill Payroll Ltd", orgAddr: "Unit 4, Kirkstall Works, Leeds LS5 3BT, United Kingdom", town: "Leeds",
		scope:    "The provision of payroll processing and HR administration services for employers in the United Kingdom.",
		services: []service{svc("Payroll processing", covered), svc("Penetration testing", uncovered)},
		sites:    []site{{"Leeds", "Unit 4, Kirkstall Works, Leeds LS5 3BT", "Payroll processing, HR administration"}, {"Sheffield", "22 Campo Lane, Sheffield S1 2EF", "Service desk"}},
		numberFn: func(i int) string {
			return []string{"IS 712045", "IS 712046", "IS 730118", "IS 745501", "IS 760932", "IS 771204"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022", "ISO/IEC 27001:2022/Amd 1:2024"}, std2013: []string{"ISO/IEC 27001:2013"},
		styles: []string{styleLong, styleDMY, styleShort},
	},
	{
		id: "harbour", tag: "en-ie",
		body: body{"Harbour Quality Services Ltd", "Harbour Quality Services", "Cork", "Penrose Wharf, Cork T23 XN53, Ireland", "INAB", "INAB Reg. No. 4MS"},
		org:  "Corrib Data Centres Ltd", orgAddr: "Parkmore Business Park West, Galway H91 R2TK, Ireland", town: "Galway",
		scope:    "Colocation, managed hosting and backup services delivered from the Galway and Athlone data centres.",
		services: []service{svc("Data centre colocation", covered, "colocation"), svc("Payroll processing", uncovered)},
		sites:    []site{{"Galway DC1", "Parkmore Business Park West, Galway", "Colocation and managed hosting"}, {"Athlone DC2", "Garrycastle Road, Athlone", "Backup services"}, {"Dublin office", "Hanover Quay, Dublin 2", "Sales and customer support"}},
		numberFn: func(i int) string {
			return []string{"HQS-27K-0441", "HQS-27K-0442", "HQS-27K-0587", "HQS-27K-0601", "HQS-27K-0655", "HQS-27K-0701"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022", "EN ISO/IEC 27001:2023"}, std2013: []string{"ISO/IEC 27001:2013", "EN ISO/IEC 27001:2017"},
		styles: []string{styleLong, styleDMY, styleDotted},
	},
	{
		id: "keystone", tag: "en-us",
		body: body{"Keystone Registrar Inc.", "Keystone Registrar", "Pittsburgh", "600 Grant Street, Pittsburgh, PA 15219, USA", "ANAB", "ANAB accredited certification body, ID 0981"},
		org:  "Brightwater Analytics Inc.", orgAddr: "1100 Congress Avenue, Austin, TX 78701, USA", town: "Austin",
		scope:    "The information security management system supporting the development, hosting and support of the Brightwater customer analytics SaaS platform.",
		services: []service{svc("Customer analytics platform", covered, "customer analytics"), svc("Payroll processing", uncovered)},
		sites:    []site{{"Austin HQ", "1100 Congress Avenue, Austin, TX 78701", "Development and operations"}, {"Denver", "1600 Stout Street, Denver, CO 80202", "Customer support"}},
		numberFn: func(i int) string {
			return []string{"KR-ISMS-20931", "KR-ISMS-20932", "KR-ISMS-21877", "KR-ISMS-22040", "KR-ISMS-22415", "KR-ISMS-23002"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022"}, std2013: []string{"ISO/IEC 27001:2013"},
		styles: []string{styleUSLong, styleMDY},
	},
	{
		id: "lakeshore", tag: "en-us",
		body: body{"Lakeshore Certification LLC", "Lakeshore Certification", "Chicago", "233 South Wacker Drive, Chicago, IL 60606, USA", "ANAB", "ANAB Certificate of Accreditation MS-1422"},
		org:  "Pinecrest Benefits Corp.", orgAddr: "80 South Eighth Street, Minneapolis, MN 55402, USA", town: "Minneapolis",
		scope:    "Administration of employee benefits and payroll services for US employers, excluding the Pinecrest mobile application.",
		services: []service{svc("Payroll services", covered, "payroll"), svc("Mobile application", uncovered, "mobile application")},
		sites:    []site{{"Minneapolis", "80 South Eighth Street, Minneapolis, MN 55402", "Benefits and payroll administration"}, {"Omaha", "1200 Landmark Center, Omaha, NE 68102", "Client service"}},
		numberFn: func(i int) string {
			return []string{"LC-27001-5510", "LC-27001-5511", "LC-27001-5832", "LC-27001-6004", "LC-27001-6190", "LC-27001-6342"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022", "ISO/IEC 27001:2022/Amd 1:2024"}, std2013: []string{"ISO/IEC 27001:2013"},
		styles: []string{styleMDY, styleUSLong},
	},
	{
		id: "certaxis", tag: "en", ambiguous: true,
		body: body{"Certaxis International", "Certaxis", "", "", "", ""},
		org:  "Orbital Freight Systems Ltd", town: "",
		scope:    "Development and operation of freight tracking software and the associated customer portal.",
		services: []service{svc("Freight tracking software", covered, "freight tracking"), svc("Payroll processing", uncovered)},
		sites:    []site{{"Head office", "Building 3, Logistics Park", "Development and operations"}, {"Operations centre", "Terminal Road 12", "Customer portal support"}},
		numberFn: func(i int) string {
			return []string{"CX-0291-ISMS", "CX-0292-ISMS", "CX-0305-ISMS", "CX-0317-ISMS", "CX-0322-ISMS", "CX-0340-ISMS"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022"}, std2013: []string{"ISO/IEC 27001:2013"},
		styles: []string{styleDMY},
	},
	{
		id: "nordlicht", tag: "de",
		body: body{"Nordlicht Zertifizierung GmbH", "Nordlicht Zertifizierung", "Hannover", "Am Maschpark 3, 30169 Hannover, Deutschland", "DAkkS", "D-ZM-16078-01-00"},
		org:  "Kastanie Software GmbH", orgAddr: "Leopoldstraße 120, 80802 München", town: "München",
		scope:    "Entwicklung, Betrieb und Support der Lohnabrechnungssoftware LohnPilot für mittelständische Unternehmen.",
		scopeEN:  "Development, operation and support of the LohnPilot payroll software for medium-sized companies.",
		services: []service{svc("Payroll software", covered, "Lohnabrechnungssoftware", "payroll software"), svc("Penetration testing", uncovered, "Penetrationstests")},
		sites:    []site{{"München", "Leopoldstraße 120, 80802 München", "Entwicklung und Betrieb"}, {"Augsburg", "Maximilianstraße 21, 86150 Augsburg", "Support"}},
		numberFn: func(i int) string {
			return []string{"NZ-27001-1187", "NZ-27001-1188", "NZ-27001-1254", "NZ-27001-1302", "NZ-27001-1367", "NZ-27001-1410"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022", "DIN EN ISO/IEC 27001:2024"}, std2013: []string{"DIN EN ISO/IEC 27001:2017", "ISO/IEC 27001:2013"},
		styles: []string{styleDotted, styleLong},
	},
	{
		id: "elbe", tag: "de",
		body: body{"Hanse Prüf- und Zertifizierungs AG", "Hanse Prüf- und Zertifizierungs AG", "Bremen", "Schlachte 15, 28195 Bremen", "DAkkS", "D-ZM-11204-02-00"},
		org:  "Elbe Rechenzentrum GmbH", orgAddr: "Hammerbrookstraße 90, 20097 Hamburg", town: "Hamburg",
		scope:    "Betrieb von Rechenzentren sowie Housing- und Hosting-Dienstleistungen an den Standorten Hamburg und Kiel.",
		scopeEN:  "Operation of data centres and housing and hosting services at the Hamburg and Kiel sites.",
		services: []service{svc("Data centre operation", covered, "Betrieb von Rechenzentren", "data centre operation"), svc("Software development", uncovered, "Softwareentwicklung")},
		sites:    []site{{"Hamburg", "Hammerbrookstraße 90, 20097 Hamburg", "Rechenzentrumsbetrieb, Housing, Hosting"}, {"Kiel", "Wissenschaftspark, Fraunhoferstraße 13, 24118 Kiel", "Rechenzentrumsbetrieb"}},
		numberFn: func(i int) string {
			return []string{"HPZ 4410 27001", "HPZ 4411 27001", "HPZ 4522 27001", "HPZ 4603 27001", "HPZ 4688 27001", "HPZ 4712 27001"}[i]
		},
		std2022: []string{"DIN EN ISO/IEC 27001:2024", "ISO/IEC 27001:2022"}, std2013: []string{"ISO/IEC 27001:2013", "DIN EN ISO/IEC 27001:2017"},
		styles: []string{styleLong, styleDotted},
	},
	{
		id: "certivia", tag: "fr",
		body: body{"Certivia SAS", "Certivia", "Paris", "18 rue de la Victoire, 75009 Paris, France", "COFRAC", "Accréditation COFRAC n° 4-0611, portée disponible sur www.cofrac.fr"},
		org:  "Lumière Hébergement SA", orgAddr: "42 quai Perrache, 69002 Lyon", town: "Lyon",
		scope:    "Hébergement et infogérance des applications métiers de ses clients dans les centres de données de Lyon et de Grenoble.",
		scopeEN:  "Hosting and managed services for its customers' business applications in the Lyon and Grenoble data centres.",
		services: []service{svc("Application hosting", covered, "hébergement", "hosting"), svc("Payroll", uncovered, "paie")},
		sites:    []site{{"Lyon", "42 quai Perrache, 69002 Lyon", "Hébergement, infogérance"}, {"Grenoble", "5 avenue du Grand Sablon, 38700 La Tronche", "Hébergement"}},
		numberFn: func(i int) string {
			return []string{"CV-SMSI-2210", "CV-SMSI-2211", "CV-SMSI-2302", "CV-SMSI-2388", "CV-SMSI-2415", "CV-SMSI-2470"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022", "NF EN ISO/IEC 27001:2023"}, std2013: []string{"ISO/IEC 27001:2013", "NF EN ISO/IEC 27001:2017"},
		styles: []string{styleLong, styleDMY},
	},
	{
		id: "alpin", tag: "fr",
		body: body{"Bureau Alpin de Certification", "Bureau Alpin de Certification", "Annecy", "3 avenue de Chevêne, 74000 Annecy", "COFRAC", "COFRAC Certification de Systèmes de Management, accréditation n° 4-0702"},
		org:  "Paie Conseil Services SARL", orgAddr: "11 boulevard Gambetta, 38000 Grenoble", town: "Grenoble",
		scope:    "Traitement de la paie et administration du personnel pour le compte de clients, à l'exclusion du développement logiciel.",
		scopeEN:  "Payroll processing and personnel administration on behalf of clients, excluding software development.",
		services: []service{svc("Payroll", covered, "paie", "payroll"), svc("Software development", uncovered, "développement logiciel", "software development")},
		sites:    []site{{"Grenoble", "11 boulevard Gambetta, 38000 Grenoble", "Paie, administration du personnel"}, {"Chambéry", "9 rue de Boigne, 73000 Chambéry", "Administration du personnel"}},
		numberFn: func(i int) string {
			return []string{"BAC/27001/0091", "BAC/27001/0092", "BAC/27001/0114", "BAC/27001/0130", "BAC/27001/0152", "BAC/27001/0171"}[i]
		},
		std2022: []string{"NF EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, std2013: []string{"ISO/IEC 27001:2013"},
		styles: []string{styleDMY, styleLong},
	},
	{
		id: "iberica", tag: "es",
		body: body{"Ibérica Certificación S.L.", "Ibérica Certificación", "Madrid", "Calle de Alcalá 144, 28009 Madrid", "ENAC", "ENAC Acreditación Nº 88/C-SG211"},
		org:  "Nube Andaluza S.L.", orgAddr: "Avenida de la Constitución 20, 41004 Sevilla", town: "Sevilla",
		scope:    "Desarrollo y mantenimiento de software de gestión de nóminas y prestación de servicios de nómina externalizada.",
		scopeEN:  "Development and maintenance of payroll management software and provision of outsourced payroll services.",
		services: []service{svc("Payroll", covered, "nómina", "payroll"), svc("Data centre hosting", uncovered, "alojamiento")},
		sites:    []site{{"Sevilla", "Avenida de la Constitución 20, 41004 Sevilla", "Desarrollo y servicios de nómina"}, {"Málaga", "Calle Larios 8, 29005 Málaga", "Soporte"}},
		numberFn: func(i int) string {
			return []string{"SI-0417/2024", "SI-0418/2024", "SI-0502/2023", "SI-0533/2022", "SI-0581/2024", "SI-0612/2025"}[i]
		},
		std2022: []string{"UNE-EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, std2013: []string{"UNE-EN ISO/IEC 27001:2017", "ISO/IEC 27001:2013"},
		styles: []string{styleLong, styleDMY},
	},
	{
		id: "certitalia", tag: "it",
		body: body{"Certitalia S.r.l.", "Certitalia", "Milano", "Via Torino 61, 20123 Milano", "ACCREDIA", "ACCREDIA SGQ N° 188A, SSI N° 042C"},
		org:  "Vigna Dati S.p.A.", orgAddr: "Corso Vittorio Emanuele II 74, 10121 Torino", town: "Torino",
		scope:    "Progettazione, sviluppo ed erogazione in modalità SaaS della piattaforma di fatturazione elettronica VignaFatture.",
		scopeEN:  "Design, development and SaaS delivery of the VignaFatture electronic invoicing platform.",
		services: []service{svc("E-invoicing platform", covered, "fatturazione elettronica", "electronic invoicing"), svc("Call centre", uncovered, "call center")},
		sites:    []site{{"Torino", "Corso Vittorio Emanuele II 74, 10121 Torino", "Progettazione e sviluppo"}, {"Bologna", "Via dell'Indipendenza 12, 40121 Bologna", "Erogazione del servizio"}},
		numberFn: func(i int) string {
			return []string{"IT-ISMS-3381", "IT-ISMS-3382", "IT-ISMS-3410", "IT-ISMS-3455", "IT-ISMS-3509", "IT-ISMS-3546"}[i]
		},
		std2022: []string{"ISO/IEC 27001:2022", "UNI CEI EN ISO/IEC 27001:2024"}, std2013: []string{"UNI CEI EN ISO/IEC 27001:2017", "ISO/IEC 27001:2013"},
		styles: []string{styleLong, styleDMY},
	},
	{
		id: "polder", tag: "nl",
		body: body{"Polder Certificering B.V.", "Polder Certificering", "Amersfoort", "Stationsplein 50, 3818 LE Amersfoort", "RvA", "RvA C 512"},
		org:  "Tulpstroom Hosting B.V.", orgAddr: "Papendorpseweg 100, 3528 BJ Utrecht", town: "Utrecht",
		scope:    "Het leveren van beheerde hosting en back-up van bedrijfsapplicaties vanuit de datacenters in Utrecht en Almere.",
		scopeEN:  "Providing managed hosting and backup of business applications from the data centres in Utrecht and Almere.",
		services: []service{svc("Managed hosting", covered, "beheerde hosting", "managed hosting"), svc("Payroll", uncovered, "salarisadministratie")},
		sites:    []site{{"Utrecht", "Papendorpseweg 100, 3528 BJ Utrecht", "Hosting en beheer"}, {"Almere", "Rondebeltweg 62, 1329 BG Almere", "Back-up"}},
		numberFn: func(i int) string {
			return []string{"PC-ISMS-0918", "PC-ISMS-0919", "PC-ISMS-1002", "PC-ISMS-1047", "PC-ISMS-1100", "PC-ISMS-1133"}[i]
		},
		std2022: []string{"NEN-EN-ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, std2013: []string{"NEN-EN-ISO/IEC 27001:2017", "ISO/IEC 27001:2013"},
		styles: []string{styleDashed, styleLong},
	},
	{
		id: "lusocert", tag: "pt",
		body: body{"Lusocert – Certificação, Lda.", "Lusocert", "Lisboa", "Avenida da Liberdade 110, 1250-146 Lisboa", "IPAC", "IPAC C0093"},
		org:  "Atlântico Sistemas, S.A.", orgAddr: "Rua de Santa Catarina 300, 4000-442 Porto", town: "Porto",
		scope:    "Prestação de serviços de centro de contacto e processamento de faturação para clientes do setor energético.",
		scopeEN:  "Provision of contact centre services and billing processing for customers in the energy sector.",
		services: []service{svc("Contact centre", covered, "centro de contacto", "contact centre"), svc("Software development", uncovered, "desenvolvimento de software")},
		sites:    []site{{"Porto", "Rua de Santa Catarina 300, 4000-442 Porto", "Centro de contacto"}, {"Braga", "Avenida da Liberdade 50, 4710-251 Braga", "Processamento de faturação"}},
		numberFn: func(i int) string {
			return []string{"2024/SGSI.0412", "2024/SGSI.0413", "2023/SGSI.0388", "2022/SGSI.0301", "2024/SGSI.0450", "2025/SGSI.0477"}[i]
		},
		std2022: []string{"NP EN ISO/IEC 27001:2023", "ISO/IEC 27001:2022"}, std2013: []string{"ISO/IEC 27001:2013", "NP EN ISO/IEC 27001:2017"},
		styles: []string{styleLong, styleDMY},
	},
}
