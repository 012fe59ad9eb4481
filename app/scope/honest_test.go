package scope

import "testing"

// honestTable holds the classes of evidence a sure verdict needs, whatever
// rule reached it. Each class in the seven languages, with near misses
// where the evidence is there and the verdict stands.
var honestTable = []scopeCase{
	// A negation or passive exclusion, in a wording the exclusion reader
	// may not parse, touches the service's words: not covered for sure.
	{"en", "Tax advisory services for SMEs; bookkeeping is not offered under this certificate.", "Bookkeeping", []string{"bookkeeping"}, Uncertain, false},
	{"de", "Steuerberatung für kleine Unternehmen; die Buchhaltung wird nicht erbracht.", "Bookkeeping", []string{"Buchhaltung"}, Uncertain, false},
	{"fr", "Conseil fiscal aux PME ; la tenue de comptabilité n'est pas assurée.", "Bookkeeping", []string{"tenue de comptabilité"}, Uncertain, false},
	{"es", "Asesoría fiscal para pymes; queda excluida la contabilidad externa.", "Bookkeeping", []string{"contabilidad externa"}, Uncertain, false},
	{"it", "Consulenza fiscale per PMI; la tenuta della contabilità non rientra nel campo di applicazione.", "Bookkeeping", []string{"tenuta della contabilità"}, Uncertain, false},
	{"nl", "Fiscaal advies voor het mkb; boekhouding wordt niet aangeboden.", "Bookkeeping", []string{"boekhouding"}, Uncertain, false},
	{"pt", "Consultoria fiscal para PME; a contabilidade organizada não está incluída.", "Bookkeeping", []string{"contabilidade organizada"}, Uncertain, false},
	// Near misses: the negation touches another activity, or only limits
	// nothing ("not limited to").
	{"en", "Tax advisory services for SMEs; bookkeeping is not offered under this certificate.", "Tax advice", []string{"tax advisory"}, Covered, true},
	{"de", "Steuerberatung für kleine Unternehmen; die Buchhaltung wird nicht erbracht.", "Tax advice", []string{"Steuerberatung"}, Covered, true},
	{"fr", "Conseil fiscal aux PME ; la tenue de comptabilité n'est pas assurée.", "Tax advice", []string{"conseil fiscal"}, Covered, true},
	{"nl", "Fiscaal advies voor het mkb; boekhouding wordt niet aangeboden.", "Tax advice", []string{"fiscaal advies"}, Covered, true},
	{"fr", "Infogérance, y compris mais sans s'y limiter, la sauvegarde des serveurs.", "Server backup", []string{"sauvegarde des serveurs"}, Covered, true},

	// An activity the scope says serves the organisation itself.
	{"en", "Operation of the in-house data centre used by the group's subsidiaries.", "Data centre services", []string{"data centre"}, Uncertain, false},
	{"de", "Betrieb der internen Personalabrechnung am Standort Köln.", "Payroll", []string{"Personalabrechnung"}, Uncertain, false},
	{"fr", "Gestion de la paie interne du groupe Martin.", "Payroll", []string{"paie"}, Uncertain, false},
	{"es", "Gestión de la nómina interna del grupo.", "Payroll", []string{"nómina"}, Uncertain, false},
	{"it", "Gestione dei servizi informatici interni della società.", "IT services", []string{"servizi informatici"}, Uncertain, false},
	{"nl", "Beheer van de interne ICT-voorzieningen van de gemeente.", "ICT management", []string{"ICT-voorzieningen"}, Uncertain, false},
	{"pt", "Gestão da infraestrutura informática interna da empresa.", "IT infrastructure management", []string{"infraestrutura informática"}, Uncertain, false},
	// Near misses: the service itself is named "internal", or the own-use
	// word stands in another part of the clause.
	{"en", "Provision of internal audit services to credit unions.", "Internal audit", nil, Covered, true},
	{"de", "Lohnabrechnung für Mandanten, interne Verwaltung in Köln.", "Payroll", []string{"Lohnabrechnung"}, Covered, true},
	{"it", "Revisione interna in outsourcing per le banche.", "Internal audit", []string{"revisione interna"}, Covered, true},
	{"es", "Auditoría interna externalizada para cooperativas de crédito.", "Internal audit", []string{"auditoría interna"}, Covered, true},

	// The organisation's IT systems support an activity the scope does not
	// say it provides to others: its own business.
	{"en", "The information systems supporting the underwriting of marine policies.", "Marine insurance underwriting", []string{"underwriting"}, Uncertain, false},
	{"de", "Die IT-Systeme zur Unterstützung der Schadenbearbeitung der Versicherung.", "Claims handling", []string{"Schadenbearbeitung"}, Uncertain, false},
	{"es", "Los sistemas que soportan la gestión de expedientes sanitarios del hospital.", "Medical records management", []string{"gestión de expedientes"}, Uncertain, false},
	{"it", "I sistemi informativi a supporto della logistica del gruppo.", "Logistics", []string{"logistica"}, Uncertain, false},
	{"nl", "De ICT ter ondersteuning van de woningtoewijzing van de corporatie.", "Housing allocation", []string{"woningtoewijzing"}, Uncertain, false},
	{"pt", "A área de tecnologias de informação que suporta a faturação da empresa.", "Invoicing", []string{"faturação"}, Uncertain, false},
	{"fr", "Les systèmes d'information supportant la gestion des sinistres de la mutuelle.", "Claims handling", []string{"gestion des sinistres"}, Uncertain, false},
	// Near misses: the management system supports it, or the scope says
	// it is a service to customers.
	{"en", "The information security management system supporting the underwriting of marine policies for brokers.", "Marine insurance underwriting", []string{"underwriting"}, Covered, true},
	{"es", "Los sistemas que soportan la prestación de servicios de nómina a clientes.", "Payroll", []string{"nómina"}, Covered, true},
	{"pt", "O sistema de gestão que suporta a faturação para clientes do setor da saúde.", "Invoicing", []string{"faturação"}, Covered, true},
	{"it", "Il sistema di gestione a supporto della logistica per i clienti della grande distribuzione.", "Logistics", []string{"logistica"}, Covered, true},

	// A keyword the analyst gave, written as what the organisation does,
	// is no ground to say the service is not covered.
	{"en", "Warehousing and last-mile delivery for online shops.", "Parcel delivery", []string{"delivery"}, Uncertain, false},
	// Near misses: the keyword is written only as the customers, or not at all.
	{"en", "Warehousing for parcel delivery companies.", "Parcel delivery", []string{"parcel delivery"}, Uncovered, true},
	{"en", "Warehousing and pick-and-pack fulfilment for online shops.", "Parcel delivery", []string{"parcels"}, Uncovered, true},
}

// openLists say their list of activities is open ("including, but not
// limited to"): a negation of a limit leaves nothing out, so none of them
// may make the service uncovered.
var openLists = []scopeCase{
	{"en", "Managed services including, but not limited to, payroll processing and pension administration.", "Payroll processing", []string{"payroll"}, Covered, true},
	{"de", "Managed Services, einschließlich, aber nicht beschränkt auf, Lohnabrechnung.", "Payroll", []string{"Lohnabrechnung"}, Covered, true},
	{"fr", "Infogérance, y compris mais sans s'y limiter, la sauvegarde des serveurs.", "Server backup", []string{"sauvegarde des serveurs"}, Covered, true},
	{"es", "Servicios gestionados, incluidos pero no limitados a, el procesamiento de nóminas.", "Payroll", []string{"nóminas"}, Covered, true},
	{"it", "Servizi gestiti, inclusi ma non limitati a, l'elaborazione delle paghe.", "Payroll processing", []string{"elaborazione delle paghe"}, Covered, true},
	{"nl", "Beheerde diensten, waaronder maar niet beperkt tot salarisverwerking.", "Payroll", []string{"salarisverwerking"}, Covered, true},
	{"pt", "Serviços geridos, incluindo mas não limitado a, processamento salarial.", "Payroll", []string{"processamento salarial"}, Covered, true},
	// A word that only begins like "only" or "exhaustive" ("nursing",
	// "exhaust gas") is no "not limited to": the exclusion stands.
	{"en", "Care home services without nursing care.", "Nursing care", []string{"nursing care"}, Uncertain, false},
	{"en", "Vehicle inspection services without exhaust gas testing.", "Exhaust gas testing", []string{"exhaust gas testing"}, Uncertain, false},
}

func TestScopeHonest(t *testing.T) {
	runStrictTable(t, honestTable)
	runScopeTable(t, openLists, true)
}
