package scope

import "testing"

// classTable checks, in the seven languages, classes of wording the
// matcher reads as an analyst does, each with near misses that must not
// give the fact: whom an activity serves written after "for" with no
// known customer noun; a scope in another language than any of the
// service's words, which an analyst reads; German and Dutch compounds; scopes that number
// their activities; and "applications" that are requests, not software,
// which, hosted, still do not lend.
var classTable = []scopeCase{
	// What follows "for" an activity says whom it serves, known customer noun or not.
	{"en", "Fund administration, investor onboarding and AML screening for hedge funds.", "Hedge fund management", []string{"hedge fund"}, Uncertain, true},
	{"en", "Fund administration, investor onboarding and AML screening for hedge funds.", "Fund administration", nil, Covered, false},
	{"de", "Verwaltung von Wertpapierdepots für Family Offices.", "Family office", []string{"Family Office"}, Uncertain, true},
	{"fr", "Gestion administrative des contrats pour les mutuelles santé.", "Health insurance", []string{"mutuelles santé"}, Uncovered, true},
	{"es", "Administración de fondos para gestoras de inversión.", "Investment management", []string{"gestoras de inversión"}, Uncertain, true},
	{"it", "Amministrazione del personale per studi professionali.", "Professional services", []string{"studi professionali"}, Uncovered, true},
	{"nl", "Beheer van huurcontracten voor woningstichtingen.", "Housing", []string{"woningstichtingen"}, Uncertain, true},
	{"pt", "Gestão de carteiras para fundos de pensão.", "Pension funds", []string{"fundos de pensão"}, Uncertain, true},
	// A service named in English with no keyword in the scope's language is left to the analyst;
	// a keyword in it names the service in its word families.
	{"it", "Elaborazione delle paghe per aziende clienti.", "Payroll", []string{"paghe"}, Covered, false},
	{"it", "Elaborazione delle paghe per aziende clienti.", "Payroll", nil, Uncertain, false},
	{"es", "Servicios de nómina para empresas.", "Payroll", []string{"nómina"}, Covered, false},
	{"fr", "Traitement de la paie pour les PME.", "Payroll", []string{"paie"}, Covered, false},
	{"fr", "Conseil en matière de paie.", "Payroll", []string{"paie"}, Uncertain, true},
	{"fr", "Édition du logiciel de paie.", "Payroll", []string{"paie"}, Uncertain, true},
	{"de", "Lohnabrechnung für mittelständische Unternehmen.", "Payroll", []string{"Lohnabrechnung"}, Covered, false},
	{"nl", "Salarisadministratie voor werkgevers.", "Payroll", []string{"salarisadministratie"}, Covered, false},
	{"pt", "Hospedagem de dados.", "Data hosting", nil, Uncertain, false},
	{"pt", "Hospedagem de dados.", "Data hosting", []string{"hospedagem de dados"}, Covered, false},
	{"fr", "Hébergement d'applications pour les clients.", "Application hosting", []string{"hébergement"}, Covered, false},
	{"it", "Archiviazione dei documenti.", "Document archiving", []string{"archiving"}, Uncertain, false},
	{"it", "Archiviazione dei documenti.", "Document archiving", []string{"archiviazione dei documenti"}, Covered, false},
	{"it", "Archiviazione dei documenti contabili.", "Document archiving", []string{"archiving"}, Uncertain, true},
	{"nl", "Archivering van personeelsdocumenten.", "Document archiving", nil, Uncertain, true},
	{"de", "Wartung von Software.", "Software maintenance", []string{"Wartung"}, Covered, false},
	{"es", "Mantenimiento de software y consultoría.", "Software maintenance", []string{"mantenimiento de software"}, Covered, false},
	// Activities numbered in the scope ("1. ", "2) ", "(a) ", "3° ") are items of their own.
	{"en", "The scope covers: (a) payroll processing (b) hosting of HR applications (c) IT support", "Payroll processing", nil, Covered, false},
	{"en", "The scope covers: i) payroll processing ii) hosting of HR applications iii) IT support", "Payroll processing", nil, Covered, false},
	{"en", "1. Payroll processing 2. Pension administration 3. HR consultancy", "Pension administration", nil, Covered, false},
	{"en", "1. Payroll processing 2. Pension administration 3. HR consultancy", "Recruitment", nil, Uncovered, false},
	{"en", "Hosting of payroll software, version 2. Support of the HR portal.", "Payroll processing", []string{"payroll"}, Uncertain, true},
	{"en", "Payroll processing (release 2) and hosting of HR applications.", "Hosting", nil, Covered, false},
	{"de", "1. Lohnabrechnung 2. Hosting 3. Support", "Payroll", []string{"Lohnabrechnung"}, Covered, false},
	{"de", "Geltungsbereich: 1) Lohnabrechnung, 2) Hosting von Anwendungen, 3) IT-Support", "Application hosting", []string{"Hosting von Anwendungen"}, Covered, false},
	{"de", "Betrieb von 3 Rechenzentren (a) in Köln und Bonn.", "Payroll", []string{"Lohnabrechnung"}, Uncovered, true},
	{"fr", "Périmètre : 1° traitement de la paie ; 2° hébergement des applications ; 3° support informatique", "Payroll", []string{"paie"}, Covered, false},
	{"fr", "1. Traitement de la paie 2. Conseil en recrutement", "Recruitment", []string{"recrutement"}, Uncertain, true},
	{"es", "Alcance: 1. Procesamiento de nóminas 2. Alojamiento de aplicaciones", "Payroll", []string{"nómina"}, Covered, false},
	{"es", "1) Desarrollo de software 2) Consultoría de nóminas", "Payroll", []string{"nómina"}, Uncertain, true},
	{"it", "Campo di applicazione: 1) elaborazione paghe 2) hosting applicativo", "Payroll", []string{"paghe"}, Covered, false},
	{"it", "(1) sviluppo software (2) consulenza sulle paghe", "Payroll", []string{"paghe"}, Uncertain, true},
	{"nl", "Toepassingsgebied: 1. salarisverwerking 2. hosting van applicaties", "Payroll", []string{"salarisverwerking"}, Covered, false},
	{"nl", "1. ontwikkeling van software 2. advies over salarisverwerking", "Payroll", []string{"salarisverwerking"}, Uncertain, true},
	{"pt", "Âmbito: 1. processamento de folha de pagamento 2. hospedagem de aplicações", "Payroll", []string{"folha de pagamento"}, Covered, false},
	{"pt", "a) desenvolvimento de software b) consultoria de folha de pagamento", "Payroll processing", []string{"folha de pagamento"}, Uncertain, true},
	// German and Dutch compounds: one ending in an activity or in "services" is read as its parts.
	{"de", "Betrieb der Mandantenbuchhaltung und der Steuererklärungssoftware für Treuhandgesellschaften.", "Bookkeeping platform", []string{"Buchhaltung", "bookkeeping"}, Covered, false},
	{"de", "Betrieb der Mandantenbuchhaltung und der Steuererklärungssoftware für Treuhandgesellschaften.", "Fiduciary services", []string{"Treuhand"}, Uncovered, true},
	{"de", "Fernwartung der Arbeitsplatzsysteme der Mandanten.", "Maintenance", []string{"Wartung"}, Covered, false},
	{"de", "Entwicklung von Software für Arztpraxen mit Ausnahme der Fernwartung.", "Maintenance", []string{"Wartung"}, Uncertain, true},
	{"de", "Lohnabrechnungssoftware für Handwerksbetriebe.", "Payroll", []string{"Lohnabrechnung"}, Uncertain, true},
	{"de", "Vertrieb von Buchhaltungssoftware.", "Bookkeeping", []string{"Buchhaltung"}, Uncertain, true},
	{"de", "Lohnabrechnungen für mittelständische Unternehmen.", "Payroll", []string{"Lohnabrechnung"}, Covered, false},
	{"de", "Steuerberatung für Mittelständler.", "IT consulting", []string{"IT-Beratung"}, Uncovered, true},
	{"nl", "Salarisverwerkingsdiensten voor werkgevers.", "Payroll", []string{"salarisverwerking"}, Covered, false},
	{"nl", "Debiteurenboekhouding voor woningcorporaties.", "Bookkeeping", []string{"boekhouding"}, Covered, false},
	{"nl", "Beheer van het containerterminalsysteem en van de douaneaangiften voor rederijen.", "Terminal operating system", []string{"containerterminal"}, Covered, false},
	{"nl", "Beheer van het containerterminalsysteem en van de douaneaangiften voor rederijen.", "Shipping line", []string{"rederij"}, Uncovered, true},
	{"nl", "Onderhoud van software voor verzekeringsmaatschappijen.", "Insurance", []string{"verzekering"}, Uncovered, true},
	// Shipping companies are customers in every language.
	{"fr", "Gestion des escales pour les armateurs.", "Shipping", []string{"armateurs"}, Uncovered, true},
	{"pt", "Gestão de escalas para armadores.", "Shipowner services", []string{"armadores"}, Uncovered, true},
	{"es", "Gestión de escalas para navieras.", "Port agency", []string{"escalas"}, Covered, false},
	{"it", "Gestione documentale per armatori.", "Ship management", []string{"armatori"}, Uncovered, true},
	{"de", "Gehaltsabrechnungsdienste für Kunden.", "Payroll", []string{"Gehaltsabrechnung"}, Covered, false},
	{"de", "Gehaltsabrechnungssoftware für Kunden.", "Payroll", []string{"Gehaltsabrechnung"}, Uncertain, true},
	// "Applications" after what they are for are requests, unless the clause says software.
	{"en", "Processing of mortgage loan applications for banks.", "Mortgage lending", []string{"mortgage loans"}, Uncertain, true},
	{"en", "Processing of mortgage loan applications for banks.", "Mortgage lending", []string{"mortgage"}, Uncertain, true},
	{"en", "Underwriting of mortgage loan applications.", "Mortgage lending", []string{"mortgage"}, Uncertain, true},
	{"en", "Processing of visa applications on behalf of consulates.", "Visa processing", []string{"visa applications"}, Uncertain, true},
	{"en", "Development and hosting of mortgage loan applications.", "Mortgage lending", []string{"mortgage loan"}, Uncertain, true},
	{"en", "Hosting and support of mortgage loan applications for building societies.", "Mortgage lending", nil, Uncovered, true},
	{"en", "Hosting and support of mortgage loan applications for building societies.", "Mortgage software", []string{"mortgage applications"}, Covered, false},
	{"en", "Provision of mortgage loans to first-time buyers.", "Mortgage lending", []string{"mortgage loans"}, Covered, false},
	{"en", "Development of HR applications.", "HR software", []string{"HR applications"}, Covered, false},
	{"en", "Hosting of fleet telematics applications for haulage firms.", "Fleet telematics", []string{"telematics"}, Covered, false},
	// An acronym joined to a word ("IT-diensten") is no product's name: the word heads its phrase.
	{"nl", "Ondersteunende IT-diensten voor de havenautoriteit.", "IT services", []string{"IT-diensten"}, Covered, false},
	{"nl", "Ondersteunende diensten voor de salarisverwerking van klanten.", "Payroll", []string{"salarisverwerking"}, Uncertain, true},
	{"de", "Begleitende IT-Beratung für Kliniken.", "IT consulting", []string{"IT-Beratung"}, Covered, false},
	{"de", "Unterstützende Dienstleistungen für die Buchhaltung von Kliniken.", "Bookkeeping", []string{"Buchhaltung"}, Uncertain, true},
	// Common activities named in every language: calculation, sales, testing, repair.
	{"fr", "Administration centrale de fonds d'investissement; calcul de la valeur nette d'inventaire.", "NAV calculation", []string{"valeur nette d'inventaire"}, Covered, false},
	{"fr", "Contrôle de la valeur nette d'inventaire.", "NAV calculation", []string{"valeur nette d'inventaire"}, Uncertain, true},
	{"de", "Berechnung von Prämien für Versicherer.", "Premium calculation", []string{"Prämien"}, Covered, false},
	{"de", "Prüfung der Prämien für Versicherer.", "Premium calculation", []string{"Prämien"}, Uncertain, true},
	{"es", "Cálculo de nóminas para empresas.", "Payroll calculation", []string{"nóminas"}, Covered, false},
	{"es", "Pruebas de software para bancos.", "Software testing", []string{"pruebas"}, Covered, false},
	{"es", "Diseño de software para bancos.", "Software testing", []string{"pruebas"}, Uncovered, true},
	{"it", "Verifica dei premi assicurativi.", "Premium calculation", []string{"premi"}, Uncertain, true},
	{"it", "Sviluppo di software per la vendita al dettaglio.", "Software sales", []string{"vendita"}, Uncertain, true},
	{"nl", "Ontwikkeling en verkoop van software.", "Software sales", []string{"verkoop"}, Covered, false},
	{"fr", "Conception et vente de logiciels.", "Software sales", []string{"vente"}, Covered, false},
	{"pt", "Reparação de impressoras para escritórios.", "Printer repair", []string{"impressoras"}, Covered, false},
	{"pt", "Venda de impressoras para escritórios.", "Printer repair", []string{"impressoras"}, Uncertain, true},
	// English stops "companies" as a word of the vendor's name, yet "for haulage companies" names customers.
	{"en", "Operation of route planning software for haulage companies.", "Road haulage", nil, Uncovered, true},
	{"en", "Payroll services for insurance companies.", "Insurance", []string{"insurance"}, Uncovered, true},
	{"en", "Road haulage for construction companies.", "Road haulage", nil, Covered, false},
	{"en", "Haulage of building materials for construction companies.", "Road haulage", nil, Uncertain, true},
	// Making a thing provides it, though its keyword ends as an action does ("dichiarazioni").
	{"it", "Tenuta della contabilità e allestimento delle dichiarazioni fiscali per conto di piccole e medie imprese.", "Tax returns", []string{"dichiarazioni fiscali"}, Covered, false},
	{"it", "Verifica delle dichiarazioni fiscali per conto di piccole e medie imprese.", "Tax returns", []string{"dichiarazioni fiscali"}, Uncertain, true},
	{"en", "Preparation of tax returns for individuals.", "Tax returns", nil, Covered, false},
	{"en", "Audit of tax returns for individuals.", "Tax returns", nil, Uncertain, true},
	{"de", "Erstellung von Steuererklärungen für Privatpersonen.", "Tax returns", []string{"Steuererklärungen"}, Covered, false},
	{"de", "Prüfung von Steuererklärungen für Privatpersonen.", "Tax returns", []string{"Steuererklärungen"}, Uncertain, true},
	{"fr", "Établissement des déclarations fiscales des particuliers.", "Tax returns", []string{"déclarations fiscales"}, Covered, false},
	{"fr", "Archivage des déclarations fiscales des particuliers.", "Tax returns", []string{"déclarations fiscales"}, Uncertain, true},
	{"es", "Confección de declaraciones de impuestos para particulares.", "Tax returns", []string{"declaraciones de impuestos"}, Covered, false},
	{"nl", "Opstellen van belastingaangiften voor particulieren.", "Tax returns", []string{"belastingaangiften"}, Covered, false},
	{"pt", "Elaboração de declarações fiscais para particulares.", "Tax returns", []string{"declarações fiscais"}, Covered, false},
	{"pt", "Elaboração de certificados de conformidade para exportadores.", "Digital certificates (PKI)", []string{"certificados"}, Uncertain, true},
	{"it", "Redazione dei bilanci delle imprese clienti.", "Financial statements", []string{"bilanci"}, Covered, false},
}

func TestScopeClasses(t *testing.T) {
	runStrictTable(t, classTable)
}
