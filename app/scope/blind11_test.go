package scope

import "testing"

// Scopes written for this table before reading the matcher or its tests, in
// the seven languages, from sectors invented for it (logistics, health,
// energy, telecoms, finance, public sector, manufacturing, software, BPO):
// lists, exclusions ("except", "excluding", "not including", "is outside",
// "valt buiten", "ne fait pas partie"), open lists ("including but not
// limited to", "entre otros", "nicht ausschließlich"), sites, customers
// named by their trade, and the organisation's own internal operations
// against services it sells. The verdicts are a careful analyst's, from the
// scope alone: covered only when the scope plainly names the activity done
// for others; uncovered only when it plainly excludes it or plainly
// concerns something else; uncertain otherwise.
//
// First run, on the matcher of ffa682e unchanged: 219 cases (100 near
// misses), 138 right, 57 uncertain where the analyst is sure, 24 wrong
// (8 covered where the analyst says uncovered, 6 covered where uncertain,
// 10 uncovered where uncertain).
const (
	b11enFreight   = "Provision of freight forwarding, customs clearance and bonded warehousing services to importers and exporters, from the Felixstowe and Southampton sites. Road haulage is subcontracted and is outside the scope."
	b11enBackup    = "Managed backup and restore services for customer servers and Microsoft 365 tenants, delivered from the company's data centres in Leeds and Slough."
	b11enOwnHost   = "Hosting and administration of the organisation's own customer-facing web applications and internal business systems."
	b11enWorkplace = "The information security management system covering the management of the company's office workstations, laptops and mobile devices used by its staff in Glasgow."
	b11enClaims    = "Third-party administration of motor and property insurance claims on behalf of insurers, including first notification of loss, claims validation and supplier management, but excluding loss adjusting."
	b11enPayments  = "Development and operation of a payment gateway and card tokenisation services for online merchants, including but not limited to fraud screening and chargeback management."
	b11enSOC       = "Security operations centre services for NHS trusts: 24/7 monitoring and alerting of customer networks. The organisation's internal IT helpdesk is outside the scope."
	b11enMeter     = "Meter reading, meter data management and billing services for electricity and gas suppliers in Great Britain."
	b11enAll       = "All activities of Harbour Digital Ltd at its London office."
	b11enPrint     = "Secure printing and mailing of statements and letters for utilities and local authorities, not including the design of documents."

	b11deLager   = "Lagerlogistik, Kommissionierung und Versand für Online-Händler sowie Retourenabwicklung am Standort Erfurt; der Transport wird durch Partnerunternehmen erbracht und ist nicht Gegenstand des Zertifikats."
	b11deKlinik  = "Betrieb des Krankenhausinformationssystems und der medizinischen Geräte der Klinikum Nordstadt gGmbH für die eigenen Fachabteilungen."
	b11deLeit    = "Fernwirk- und Leittechnik für Verteilnetzbetreiber: Planung, Errichtung und Betrieb von Netzleitstellen, einschließlich Rufbereitschaft. Ausgenommen ist die Lieferung von Hardware."
	b11deTK      = "Bereitstellung von Sprach- und Datendiensten (Festnetz, Mobilfunk, Internetzugang) für Geschäftskunden. Der Geltungsbereich umfasst nicht den Vertrieb von Endgeräten."
	b11deSparkas = "Das ISMS gilt für die Kreditvergabe, die Kontoführung und den Zahlungsverkehr der Sparkasse Talheim sowie die unterstützenden IT-Prozesse."
	b11dePraxis  = "Entwicklung, Wartung und Support der Software PraxisPlan für Arztpraxen; das Hosting erfolgt bei einem externen Dienstleister und ist ausgeschlossen."
	b11dePost    = "Posteingangsbearbeitung, Digitalisierung und Klassifizierung von Dokumenten im Auftrag von Versicherungen, insbesondere, aber nicht ausschließlich, Schadensmeldungen und Antragsunterlagen."
	b11deAlle    = "Alle Tätigkeiten der Weber IT GmbH am Standort Kassel."

	b11frFroid   = "Transport routier frigorifique de denrées alimentaires et gestion d'entrepôts sous température dirigée pour le compte de la grande distribution, au départ des plateformes de Rungis et Lyon-Corbas."
	b11frHDS     = "Hébergement de données de santé (HDS) pour les établissements de santé et éditeurs de logiciels, à l'exclusion de l'infogérance des postes de travail."
	b11frInterne = "Le SMSI couvre la gestion des ressources humaines, la paie et la comptabilité de la société Marchand SAS pour ses propres salariés."
	b11frFibre   = "Conception, déploiement et maintenance de réseaux de fibre optique pour les opérateurs de télécommunications et les collectivités territoriales ; l'exploitation commerciale des réseaux est exclue."
	b11frTitres  = "Traitement des opérations de back-office titres (règlement-livraison, conservation, opérations sur titres) pour des banques privées et sociétés de gestion, à l'exception de la gestion de portefeuille."
	b11frSubv    = "Instruction des demandes de subventions et gestion des dossiers des usagers pour le compte des collectivités, ainsi que les services support associés (informatique, achats)."
	b11frUsinage = "Usinage et assemblage de pièces mécaniques pour l'aéronautique ; le traitement de surface est sous-traité et ne fait pas partie du périmètre."

	b11esEolico = "Operación y mantenimiento de parques eólicos y plantas fotovoltaicas propiedad de terceros, incluido el telecontrol desde el centro de control de Zaragoza; se excluye la comercialización de energía."
	b11esHosp   = "Gestión de la historia clínica y del sistema de citas del Hospital San Rafael para sus propios pacientes y profesionales."
	b11esBPO    = "Servicios de externalización de procesos financieros: contabilidad, cuentas a pagar y conciliaciones bancarias para clientes corporativos en España, México y Colombia. Se excluyen la auditoría y el asesoramiento fiscal."
	b11esCPD    = "Prestación de servicios de centro de datos (housing y hosting) y conectividad a clientes empresariales, salvo los servicios de ciberseguridad gestionada."
	b11esSeguro = "Desarrollo de software para el sector asegurador, incluyendo, entre otros, la migración de datos y las pruebas de software."
	b11esTribut = "Gestión recaudatoria de tributos locales por delegación de los ayuntamientos de la provincia, excepto la recaudación en vía ejecutiva."
	b11esAtenc  = "Servicios de atención al cliente multicanal para entidades financieras, salvo la venta telefónica y la gestión de cobros."

	b11itFarma  = "Servizi di logistica integrata per l'industria farmaceutica: stoccaggio a temperatura controllata, gestione degli ordini e distribuzione alle farmacie; è escluso il trasporto internazionale."
	b11itBanca  = "Il SGSI si applica ai processi di sviluppo e gestione dei sistemi informativi interni della Banca Popolare del Tirreno a supporto dei servizi bancari."
	b11itCUP    = "Erogazione del servizio di prenotazione delle prestazioni sanitarie (CUP) e del servizio di refertazione online per conto delle Aziende Sanitarie Locali."
	b11itGas    = "Gestione dei contatori e lettura dei consumi per conto dei distributori di gas naturale, compresa la telelettura; sono escluse la vendita di gas e la manutenzione della rete."
	b11itApp    = "Progettazione e sviluppo di applicazioni web e mobile per clienti del settore retail, ad eccezione dei servizi di hosting e manutenzione post-rilascio."
	b11itProt   = "Servizi di protocollo informatico e gestione documentale in modalità SaaS per enti pubblici, inclusa la formazione del personale dei clienti."
	b11itStampi = "Produzione di componenti in plastica stampata per il settore automobilistico, con esclusione della progettazione degli stampi."

	b11nlVenlo  = "Opslag, orderverwerking en distributie van onderdelen voor fabrikanten van landbouwmachines, vanuit het distributiecentrum in Venlo. Douaneafhandeling valt buiten de scope."
	b11nlZorg   = "Het ISMS van Zorggroep De Linde omvat de verpleeghuiszorg en thuiszorg aan cliënten in de regio Twente, inclusief de ondersteunende ICT-afdeling."
	b11nlHypo   = "Verwerking van hypotheekaanvragen en beheer van hypotheekportefeuilles namens banken en verzekeraars, met uitzondering van het hypotheekadvies aan consumenten."
	b11nlWerkpl = "Levering en beheer van werkplekken (hardware, software en servicedesk) voor onderwijsinstellingen, niet zijnde de ontwikkeling van maatwerksoftware."
	b11nlGemeen = "Gemeente Westerdal: de processen burgerzaken, vergunningverlening en belastingen, alsmede de interne bedrijfsvoering."
	b11nlEigen  = "Ontwikkeling, hosting en beheer van het klantportaal en de mobiele app van de organisatie zelf."
	b11nlLaad   = "Installatie en onderhoud van laadpalen voor elektrische voertuigen bij bedrijven en gemeenten, alsook het beheer van het laadplatform, waaronder maar niet beperkt tot facturatie van laadsessies."
	b11nlKlant  = "Klantcontact namens energieleveranciers via telefoon en e-mail; incasso maakt geen deel uit van de scope."

	b11ptRodo    = "Serviços de transporte rodoviário de mercadorias e armazenagem para clientes industriais, a partir dos armazéns da Azambuja e da Maia; excluindo o transporte de mercadorias perigosas."
	b11ptTele    = "Prestação de serviços de teleconsulta e triagem clínica telefónica para seguradoras de saúde e respetivos beneficiários."
	b11ptBanco   = "Sistema de gestão de segurança da informação que suporta os serviços de banca online e de pagamentos móveis prestados aos clientes particulares do Banco Atlântico."
	b11ptTI      = "Serviços geridos de TI, incluindo suporte aos utilizadores, gestão de servidores e cópias de segurança, para PME na região Norte; excluem-se os serviços de desenvolvimento de software."
	b11ptLoja    = "Gestão do atendimento ao cidadão nas lojas do cidadão e na linha telefónica de apoio, por conta da Agência para a Modernização Administrativa, com exceção da emissão de documentos de identificação."
	b11ptQuadros = "Fabrico de quadros elétricos e postos de transformação para empresas de distribuição de energia; a instalação em obra e a manutenção estão excluídas."
	b11ptSede    = "O âmbito abrange as atividades de contabilidade, recursos humanos e sistemas de informação internos da sede da Construtora Lusa, em Braga."
)

// blind11Table holds the cases; near marks a near miss: the service's words
// appear in the scope in another role (the customer, the object, a site, the
// organisation's own use, a support function), or the scope names a broader
// or narrower activity, or excludes part of it, or lists it openly.
var blind11Table = []scopeCase{
	{"en", b11enFreight, "Freight forwarding", []string{"freight forwarding"}, Covered, false},
	{"en", b11enFreight, "Customs brokerage", []string{"customs clearance", "customs"}, Covered, false},
	{"en", b11enFreight, "Bonded storage", []string{"bonded warehousing"}, Covered, false},
	{"en", b11enFreight, "Road transport", []string{"road haulage", "trucking"}, Uncovered, false},
	{"en", b11enFreight, "Import and export trading", []string{"importers", "exporters"}, Uncovered, true},
	{"en", b11enFreight, "Port terminal operations", []string{"port", "Felixstowe"}, Uncovered, true},

	{"en", b11enBackup, "Backup as a service", []string{"backup"}, Covered, false},
	{"en", b11enBackup, "Disaster recovery as a service", []string{"DRaaS", "disaster recovery"}, Uncertain, true},
	{"en", b11enBackup, "Microsoft 365 licensing", []string{"Microsoft 365", "licences"}, Uncovered, true},
	{"en", b11enBackup, "Data centre colocation", []string{"colocation", "data centre"}, Uncovered, true},

	{"en", b11enOwnHost, "Application hosting for clients", []string{"application hosting", "hosting"}, Uncovered, true},
	{"en", b11enOwnHost, "Managed web hosting", []string{"web hosting", "web applications"}, Uncovered, true},

	{"en", b11enWorkplace, "Managed workplace services", []string{"workplace management", "workstations"}, Uncovered, true},
	{"en", b11enWorkplace, "Mobile device management", []string{"MDM", "mobile devices"}, Uncovered, true},

	{"en", b11enClaims, "Claims handling", []string{"claims administration", "claims"}, Covered, false},
	{"en", b11enClaims, "FNOL call handling", []string{"first notification of loss", "FNOL"}, Covered, false},
	{"en", b11enClaims, "Loss adjusting", []string{"loss adjusting"}, Uncovered, false},
	{"en", b11enClaims, "Motor insurance", []string{"motor insurance"}, Uncovered, true},
	{"en", b11enClaims, "Repair network management", []string{"supplier management", "repair network"}, Uncertain, true},

	{"en", b11enPayments, "Payment gateway", []string{"payment gateway"}, Covered, false},
	{"en", b11enPayments, "Card tokenisation", []string{"tokenisation", "tokenization"}, Covered, false},
	{"en", b11enPayments, "Merchant acquiring", []string{"acquiring", "merchant"}, Uncertain, true},
	{"en", b11enPayments, "Online shop development", []string{"online", "e-commerce website"}, Uncertain, true},

	{"en", b11enSOC, "SOC monitoring", []string{"SOC", "security operations centre"}, Covered, false},
	{"en", b11enSOC, "IT helpdesk for our staff", []string{"helpdesk", "service desk"}, Uncertain, true},
	{"en", b11enSOC, "Healthcare services", []string{"NHS", "health"}, Uncovered, true},
	{"en", b11enSOC, "Network performance monitoring", []string{"network monitoring"}, Uncertain, true},

	{"en", b11enMeter, "Meter data management", []string{"meter data", "MDM"}, Covered, false},
	{"en", b11enMeter, "Billing outsourcing", []string{"billing"}, Covered, false},
	{"en", b11enMeter, "Energy supply", []string{"electricity supply", "gas"}, Uncovered, true},
	{"en", b11enMeter, "Smart meter installation", []string{"meter installation", "meter"}, Uncovered, true},

	{"en", b11enAll, "Web development", []string{"web development"}, Uncertain, true},

	{"en", b11enPrint, "Print and mail", []string{"printing", "mailing"}, Covered, false},
	{"en", b11enPrint, "Document design", []string{"design"}, Uncovered, false},
	{"en", b11enPrint, "Utility services", []string{"utilities"}, Uncovered, true},
	{"en", b11enPrint, "Council tax collection", []string{"local authorities", "council tax"}, Uncovered, true},

	{"de", b11deLager, "Warehousing", []string{"Lagerlogistik", "warehousing"}, Covered, false},
	{"de", b11deLager, "Returns handling", []string{"Retourenabwicklung", "returns"}, Covered, false},
	{"de", b11deLager, "Pick and pack", []string{"Kommissionierung"}, Covered, false},
	{"de", b11deLager, "Transport", []string{"Transport"}, Uncovered, false},
	{"de", b11deLager, "Online shop operation", []string{"Online-Händler", "Onlineshop"}, Uncovered, true},

	{"de", b11deKlinik, "Hospital information system hosting", []string{"Krankenhausinformationssystem", "hospital information system"}, Uncovered, true},
	{"de", b11deKlinik, "Medical device maintenance", []string{"medizinische Geräte"}, Uncovered, true},

	{"de", b11deLeit, "Control room operation", []string{"Netzleitstelle", "control centre"}, Covered, false},
	{"de", b11deLeit, "On-call service", []string{"Rufbereitschaft"}, Covered, false},
	{"de", b11deLeit, "Telecontrol systems", []string{"Fernwirktechnik"}, Covered, false},
	{"de", b11deLeit, "Hardware supply", []string{"Hardware", "Lieferung"}, Uncovered, false},
	{"de", b11deLeit, "Grid operation", []string{"Verteilnetzbetrieb", "Netzbetreiber"}, Uncovered, true},

	{"de", b11deTK, "Business internet", []string{"Internetzugang"}, Covered, false},
	{"de", b11deTK, "Mobile contracts", []string{"Mobilfunk"}, Covered, false},
	{"de", b11deTK, "Handset sales", []string{"Endgeräte"}, Uncovered, false},
	{"de", b11deTK, "Hosted PBX", []string{"Cloud-Telefonanlage", "hosted PBX"}, Uncertain, true},
	{"de", b11deTK, "Data centre services", []string{"Rechenzentrum", "Daten"}, Uncertain, true},

	{"de", b11deSparkas, "Business account", []string{"Kontoführung"}, Covered, false},
	{"de", b11deSparkas, "IT services", []string{"IT-Prozesse", "IT-Dienstleistungen"}, Uncovered, true},
	{"de", b11deSparkas, "Loan brokerage", []string{"Kreditvermittlung", "Kredit"}, Uncertain, true},

	{"de", b11dePraxis, "Practice management software", []string{"PraxisPlan", "Praxissoftware"}, Covered, false},
	{"de", b11dePraxis, "Software support", []string{"Support"}, Covered, false},
	{"de", b11dePraxis, "Hosting", []string{"Hosting"}, Uncovered, false},
	{"de", b11dePraxis, "Medical care", []string{"Arztpraxen", "ärztliche Versorgung"}, Uncovered, true},

	{"de", b11dePost, "Mailroom services", []string{"Posteingang"}, Covered, false},
	{"de", b11dePost, "Document scanning", []string{"Digitalisierung", "scanning"}, Covered, false},
	{"de", b11dePost, "Claims processing", []string{"Schadensbearbeitung", "Schadensmeldungen"}, Uncertain, true},
	{"de", b11dePost, "Insurance brokerage", []string{"Versicherungen"}, Uncovered, true},
	{"de", b11dePost, "Archiving", []string{"Archivierung"}, Uncertain, true},

	{"de", b11deAlle, "IT support", []string{"IT-Support"}, Uncertain, true},

	{"fr", b11frFroid, "Refrigerated transport", []string{"transport frigorifique", "transport routier"}, Covered, false},
	{"fr", b11frFroid, "Cold storage", []string{"entrepôts sous température dirigée", "cold storage"}, Covered, false},
	{"fr", b11frFroid, "Retail", []string{"grande distribution"}, Uncovered, true},
	{"fr", b11frFroid, "General warehousing", []string{"entreposage", "warehousing"}, Uncertain, true},
	{"fr", b11frFroid, "Food production", []string{"denrées alimentaires"}, Uncovered, true},

	{"fr", b11frHDS, "Health data hosting", []string{"HDS", "hébergement de données de santé"}, Covered, false},
	{"fr", b11frHDS, "Workstation management", []string{"infogérance", "postes de travail"}, Uncovered, false},
	{"fr", b11frHDS, "Software publishing", []string{"éditeurs de logiciels", "software"}, Uncovered, true},
	{"fr", b11frHDS, "General cloud hosting", []string{"hébergement cloud", "cloud hosting"}, Uncertain, true},

	{"fr", b11frInterne, "Payroll outsourcing", []string{"paie", "payroll"}, Uncovered, true},
	{"fr", b11frInterne, "Accounting services", []string{"comptabilité"}, Uncovered, true},
	{"fr", b11frInterne, "HR consulting", []string{"ressources humaines"}, Uncovered, true},

	{"fr", b11frFibre, "Fibre deployment", []string{"fibre optique", "déploiement"}, Covered, false},
	{"fr", b11frFibre, "Network maintenance", []string{"maintenance de réseaux"}, Covered, false},
	{"fr", b11frFibre, "Network design", []string{"conception de réseaux"}, Covered, false},
	{"fr", b11frFibre, "Business internet access", []string{"accès internet"}, Uncovered, true},
	{"fr", b11frFibre, "Telecom operator services", []string{"opérateurs de télécommunications"}, Uncovered, true},

	{"fr", b11frTitres, "Securities settlement", []string{"règlement-livraison"}, Covered, false},
	{"fr", b11frTitres, "Custody", []string{"conservation", "custody"}, Covered, false},
	{"fr", b11frTitres, "Corporate actions", []string{"opérations sur titres"}, Covered, false},
	{"fr", b11frTitres, "Portfolio management", []string{"gestion de portefeuille"}, Uncovered, false},
	{"fr", b11frTitres, "Private banking", []string{"banques privées"}, Uncovered, true},

	{"fr", b11frSubv, "Grant processing", []string{"subventions"}, Covered, false},
	{"fr", b11frSubv, "IT support services", []string{"informatique", "support informatique"}, Uncertain, true},
	{"fr", b11frSubv, "Procurement outsourcing", []string{"achats"}, Uncertain, true},
	{"fr", b11frSubv, "Local government services", []string{"collectivités"}, Uncovered, true},

	{"fr", b11frUsinage, "Precision machining", []string{"usinage"}, Covered, false},
	{"fr", b11frUsinage, "Mechanical assembly", []string{"assemblage"}, Covered, false},
	{"fr", b11frUsinage, "Surface treatment", []string{"traitement de surface"}, Uncovered, false},
	{"fr", b11frUsinage, "Aircraft maintenance", []string{"aéronautique", "maintenance aéronautique"}, Uncovered, true},

	{"es", b11esEolico, "Wind farm O&M", []string{"parques eólicos", "O&M"}, Covered, false},
	{"es", b11esEolico, "Remote control", []string{"telecontrol"}, Covered, false},
	{"es", b11esEolico, "Energy trading", []string{"comercialización de energía"}, Uncovered, false},
	{"es", b11esEolico, "Solar plant construction", []string{"construcción de plantas fotovoltaicas", "fotovoltaicas"}, Uncovered, true},
	{"es", b11esEolico, "Electricity generation", []string{"generación eléctrica"}, Uncertain, true},

	{"es", b11esHosp, "Electronic health record platform", []string{"historia clínica"}, Uncovered, true},
	{"es", b11esHosp, "Appointment booking service", []string{"citas"}, Uncovered, true},

	{"es", b11esBPO, "Bookkeeping", []string{"contabilidad"}, Covered, false},
	{"es", b11esBPO, "Accounts payable", []string{"cuentas a pagar"}, Covered, false},
	{"es", b11esBPO, "Audit", []string{"auditoría"}, Uncovered, false},
	{"es", b11esBPO, "Tax advisory", []string{"asesoramiento fiscal"}, Uncovered, false},
	{"es", b11esBPO, "Accounts receivable", []string{"cuentas a cobrar"}, Uncertain, true},
	{"es", b11esBPO, "Corporate banking", []string{"bancarias", "banca corporativa"}, Uncovered, true},

	{"es", b11esCPD, "Colocation", []string{"housing", "colocation"}, Covered, false},
	{"es", b11esCPD, "Hosting", []string{"hosting"}, Covered, false},
	{"es", b11esCPD, "Connectivity", []string{"conectividad"}, Covered, false},
	{"es", b11esCPD, "Managed security", []string{"ciberseguridad gestionada", "MSSP"}, Uncovered, false},
	{"es", b11esCPD, "Firewall management", []string{"firewall"}, Uncertain, true},

	{"es", b11esSeguro, "Custom software development", []string{"desarrollo de software"}, Covered, false},
	{"es", b11esSeguro, "Data migration", []string{"migración de datos"}, Covered, false},
	{"es", b11esSeguro, "Software testing", []string{"pruebas de software"}, Covered, false},
	{"es", b11esSeguro, "Insurance", []string{"seguros", "asegurador"}, Uncovered, true},
	{"es", b11esSeguro, "IT consulting", []string{"consultoría"}, Uncertain, true},

	{"es", b11esTribut, "Local tax collection management", []string{"gestión recaudatoria"}, Covered, false},
	{"es", b11esTribut, "Tax collection", []string{"recaudación"}, Uncertain, true},
	{"es", b11esTribut, "Enforced collection", []string{"vía ejecutiva", "embargo"}, Uncovered, false},
	{"es", b11esTribut, "Municipal services", []string{"ayuntamientos"}, Uncovered, true},

	{"es", b11esAtenc, "Customer service", []string{"atención al cliente"}, Covered, false},
	{"es", b11esAtenc, "Telesales", []string{"venta telefónica"}, Uncovered, false},
	{"es", b11esAtenc, "Debt collection", []string{"gestión de cobros", "cobranza"}, Uncovered, false},
	{"es", b11esAtenc, "Banking", []string{"entidades financieras"}, Uncovered, true},

	{"it", b11itFarma, "Pharma warehousing", []string{"stoccaggio"}, Covered, false},
	{"it", b11itFarma, "Order management", []string{"gestione degli ordini"}, Covered, false},
	{"it", b11itFarma, "Distribution", []string{"distribuzione"}, Covered, false},
	{"it", b11itFarma, "International freight", []string{"trasporto internazionale"}, Uncovered, false},
	{"it", b11itFarma, "Pharmacy retail", []string{"farmacie"}, Uncovered, true},
	{"it", b11itFarma, "Drug manufacturing", []string{"industria farmaceutica", "produzione farmaci"}, Uncovered, true},

	{"it", b11itBanca, "IT outsourcing for banks", []string{"gestione dei sistemi informativi", "IT outsourcing"}, Uncovered, true},
	{"it", b11itBanca, "Banking services", []string{"servizi bancari"}, Uncertain, true},
	{"it", b11itBanca, "Software development", []string{"sviluppo"}, Uncovered, true},

	{"it", b11itCUP, "Booking centre", []string{"CUP", "prenotazione"}, Covered, false},
	{"it", b11itCUP, "Online medical reports", []string{"refertazione online"}, Covered, false},
	{"it", b11itCUP, "Healthcare provision", []string{"prestazioni sanitarie"}, Uncovered, true},
	{"it", b11itCUP, "Call centre", []string{"call center"}, Uncertain, true},

	{"it", b11itGas, "Meter reading", []string{"lettura dei consumi", "meter reading"}, Covered, false},
	{"it", b11itGas, "Remote reading", []string{"telelettura"}, Covered, false},
	{"it", b11itGas, "Gas sales", []string{"vendita di gas"}, Uncovered, false},
	{"it", b11itGas, "Network maintenance", []string{"manutenzione della rete"}, Uncovered, false},
	{"it", b11itGas, "Gas distribution", []string{"distributori di gas", "distribuzione gas"}, Uncovered, true},

	{"it", b11itApp, "Web application development", []string{"applicazioni web"}, Covered, false},
	{"it", b11itApp, "Mobile app development", []string{"mobile"}, Covered, false},
	{"it", b11itApp, "Hosting", []string{"hosting"}, Uncovered, false},
	{"it", b11itApp, "Application maintenance", []string{"manutenzione"}, Uncovered, false},
	{"it", b11itApp, "Retail store operations", []string{"retail"}, Uncovered, true},

	{"it", b11itProt, "Document management SaaS", []string{"gestione documentale"}, Covered, false},
	{"it", b11itProt, "Electronic registry", []string{"protocollo informatico"}, Covered, false},
	{"it", b11itProt, "User training", []string{"formazione"}, Covered, false},
	{"it", b11itProt, "Digital preservation", []string{"conservazione digitale"}, Uncertain, true},
	{"it", b11itProt, "Public administration services", []string{"enti pubblici"}, Uncovered, true},

	{"it", b11itStampi, "Plastic injection moulding", []string{"componenti in plastica", "stampaggio"}, Covered, false},
	{"it", b11itStampi, "Mould design", []string{"progettazione degli stampi"}, Uncovered, false},
	{"it", b11itStampi, "Car sales", []string{"automobilistico", "vendita auto"}, Uncovered, true},

	{"nl", b11nlVenlo, "Spare parts warehousing", []string{"opslag"}, Covered, false},
	{"nl", b11nlVenlo, "Order processing", []string{"orderverwerking"}, Covered, false},
	{"nl", b11nlVenlo, "Distribution", []string{"distributie"}, Covered, false},
	{"nl", b11nlVenlo, "Customs", []string{"douane", "douaneafhandeling"}, Uncovered, false},
	{"nl", b11nlVenlo, "Agricultural machinery manufacturing", []string{"landbouwmachines"}, Uncovered, true},

	{"nl", b11nlZorg, "Home care", []string{"thuiszorg"}, Covered, false},
	{"nl", b11nlZorg, "Nursing home care", []string{"verpleeghuiszorg"}, Covered, false},
	{"nl", b11nlZorg, "IT services", []string{"ICT", "IT-dienstverlening"}, Uncovered, true},
	{"nl", b11nlZorg, "Hospital care", []string{"ziekenhuiszorg"}, Uncovered, true},

	{"nl", b11nlHypo, "Mortgage servicing", []string{"hypotheekportefeuilles"}, Covered, false},
	{"nl", b11nlHypo, "Mortgage application processing", []string{"hypotheekaanvragen"}, Covered, false},
	{"nl", b11nlHypo, "Mortgage advice", []string{"hypotheekadvies"}, Uncovered, false},
	{"nl", b11nlHypo, "Insurance", []string{"verzekeraars", "verzekering"}, Uncovered, true},
	{"nl", b11nlHypo, "Investment portfolio management", []string{"vermogensbeheer", "portefeuillebeheer"}, Uncovered, true},

	{"nl", b11nlWerkpl, "Managed workplace", []string{"werkplekbeheer", "werkplekken"}, Covered, false},
	{"nl", b11nlWerkpl, "Service desk", []string{"servicedesk"}, Covered, false},
	{"nl", b11nlWerkpl, "Custom software", []string{"maatwerksoftware"}, Uncovered, false},
	{"nl", b11nlWerkpl, "Education", []string{"onderwijs"}, Uncovered, true},
	{"nl", b11nlWerkpl, "Software licences", []string{"software"}, Uncertain, true},

	{"nl", b11nlGemeen, "Permit processing", []string{"vergunningverlening"}, Covered, false},
	{"nl", b11nlGemeen, "Tax consulting", []string{"belastingadvies", "belastingen"}, Uncovered, true},
	{"nl", b11nlGemeen, "Business operations outsourcing", []string{"bedrijfsvoering"}, Uncovered, true},

	{"nl", b11nlEigen, "Customer portal development", []string{"klantportaal", "portal"}, Uncovered, true},
	{"nl", b11nlEigen, "App hosting", []string{"hosting"}, Uncovered, true},

	{"nl", b11nlLaad, "EV charger installation", []string{"laadpalen", "EV charging"}, Covered, false},
	{"nl", b11nlLaad, "Charge point management", []string{"laadplatform"}, Covered, false},
	{"nl", b11nlLaad, "Charging session billing", []string{"facturatie"}, Covered, false},
	{"nl", b11nlLaad, "Electricity supply", []string{"stroomlevering"}, Uncertain, true},
	{"nl", b11nlLaad, "Vehicle leasing", []string{"elektrische voertuigen", "lease"}, Uncovered, true},

	{"nl", b11nlKlant, "Customer contact centre", []string{"klantcontact"}, Covered, false},
	{"nl", b11nlKlant, "Debt collection", []string{"incasso"}, Uncovered, false},
	{"nl", b11nlKlant, "Energy supply", []string{"energieleveranciers"}, Uncovered, true},

	{"pt", b11ptRodo, "Road freight transport", []string{"transporte rodoviário"}, Uncertain, true},
	{"pt", b11ptRodo, "Dangerous goods transport", []string{"mercadorias perigosas", "ADR"}, Uncovered, false},
	{"pt", b11ptRodo, "Warehousing", []string{"armazenagem"}, Covered, false},
	{"pt", b11ptRodo, "Industrial manufacturing", []string{"industriais"}, Uncovered, true},

	{"pt", b11ptTele, "Teleconsultation", []string{"teleconsulta", "telemedicine"}, Covered, false},
	{"pt", b11ptTele, "Telephone triage", []string{"triagem"}, Covered, false},
	{"pt", b11ptTele, "Health insurance", []string{"seguradoras de saúde"}, Uncovered, true},
	{"pt", b11ptTele, "Call centre", []string{"call center"}, Uncertain, true},

	{"pt", b11ptBanco, "Online banking", []string{"banca online"}, Covered, false},
	{"pt", b11ptBanco, "Mobile payments", []string{"pagamentos móveis"}, Covered, false},
	{"pt", b11ptBanco, "Corporate banking", []string{"banca empresas", "corporate banking"}, Uncovered, true},
	{"pt", b11ptBanco, "Merchant payment processing", []string{"processamento de pagamentos", "acquiring"}, Uncertain, true},

	{"pt", b11ptTI, "Managed IT services", []string{"serviços geridos", "managed IT"}, Covered, false},
	{"pt", b11ptTI, "User support", []string{"suporte"}, Covered, false},
	{"pt", b11ptTI, "Backup", []string{"cópias de segurança", "backup"}, Covered, false},
	{"pt", b11ptTI, "Software development", []string{"desenvolvimento de software"}, Uncovered, false},
	{"pt", b11ptTI, "Disaster recovery", []string{"recuperação de desastres", "DR"}, Uncertain, true},
	{"pt", b11ptTI, "Server hosting", []string{"alojamento de servidores", "servidores"}, Uncertain, true},

	{"pt", b11ptLoja, "Citizen contact centre", []string{"linha telefónica", "atendimento"}, Covered, false},
	{"pt", b11ptLoja, "ID card issuance", []string{"documentos de identificação", "cartão de cidadão"}, Uncovered, false},
	{"pt", b11ptLoja, "Retail stores", []string{"lojas"}, Uncovered, true},
	{"pt", b11ptLoja, "Modernisation consulting", []string{"modernização"}, Uncovered, true},

	{"pt", b11ptQuadros, "Switchboard manufacturing", []string{"quadros elétricos"}, Covered, false},
	{"pt", b11ptQuadros, "Transformer substations", []string{"postos de transformação"}, Covered, false},
	{"pt", b11ptQuadros, "On-site installation", []string{"instalação"}, Uncovered, false},
	{"pt", b11ptQuadros, "Maintenance", []string{"manutenção"}, Uncovered, false},
	{"pt", b11ptQuadros, "Energy distribution", []string{"distribuição de energia"}, Uncovered, true},

	{"pt", b11ptSede, "Accounting services", []string{"contabilidade"}, Uncovered, true},
	{"pt", b11ptSede, "Construction", []string{"construção", "Construtora"}, Uncovered, true},
}

// blind11Open are the cases the matcher still answers surely against the
// analyst's verdict, by class; each is a wrong answer, not an accepted one,
// left for the next round of work on the matcher.
var blind11Open = map[int]string{
	// A keyword that leaves out a qualifier of the name keeps its cover
	// ("Financial accounting" by "accounting" is held covered by earlier
	// tables): "Network performance monitoring" by "network monitoring"
	// against a SOC's "monitoring and alerting of customer networks", and
	// "Merchant payment processing" by "processamento de pagamentos"
	// against "pagamentos móveis" for private customers. An analyst sees
	// another kind of the activity; the matcher sees the same words.
	26: "qualifier", 201: "qualifier",
	// Customers listed on after "et" in a phrase with a complement of its
	// own ("pour les établissements de santé et éditeurs de logiciels")
	// read as an activity: "Software publishing" covered.
	73: "customers",
	// A word made from the same root as the scope's ("entreposage" and
	// "entrepôts", "recaudación" and "recaudatoria") is not read as the
	// same activity, and the service is uncovered; a root match in
	// general would uncover nothing but unsettles customer words
	// ("Transportbetriebe", "verzekeringsmaatschappijen"), which earlier
	// tables hold uncovered.
	69: "root", 120: "root",
	// A broad activity that may hold the service leaves it uncovered
	// ("operación de parques eólicos" for "Electricity generation",
	// "gestione documentale" for "Digital preservation"), as in
	// blind10Open's umbrella class.
	100: "umbrella", 153: "umbrella",
}

// TestBlind11 holds the matcher to the careful analyst's verdicts: uncertain
// is never wrong, covered or uncovered against the analyst's verdict is.
func TestBlind11(t *testing.T) { checkBlindTable(t, "blind11", blind11Table, blind11Open) }
