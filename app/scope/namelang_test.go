package scope

import "testing"

// nameLanguageTable checks services an analyst names in a language other
// than the certificate's: a name that shows it is not English (an accent,
// a function word of Spanish, Italian or Portuguese) but not which of
// those languages it is, against an English scope that does not mention
// it, is uncertain, never uncovered; the scope may well name the same
// activity in English. Near misses: names that are English, or a scope in
// the name's own language, keep their answers.
var nameLanguageTable = []scopeCase{
	{"en", "Operation of the payroll service for retail clients.", "Gestión de almacenes", nil, Uncertain, false},
	{"en", "Warehouse management and order fulfilment.", "Logística de almacenes", nil, Uncertain, false},
	{"en", "Road haulage of general cargo within the EU.", "Trasporto su strada", nil, Uncertain, false},
	{"en", "Stevedoring and ship loading at the port.", "Carga de buques", nil, Uncertain, false},
	{"en", "Development and hosting of payroll software.", "Armazenagem de cargas", nil, Uncertain, false},
	{"en", "Development and hosting of payroll software.", "Gestión de nóminas", nil, Uncertain, false},
	{"en", "Development and hosting of payroll software.", "Contabilità dei fornitori", nil, Uncertain, false},
	{"en", "Cloud hosting of accounting software.", "Déménagement de bureaux", nil, Uncertain, false},
	{"en", "Cloud hosting of accounting software.", "Umzugsdienstleistungen für Büros", nil, Uncertain, false},
	{"en", "Cloud hosting of accounting software.", "Verhuizing van kantoren", nil, Uncertain, false},
	// German and Dutch compounds: their spelling and joints ("ij",
	// "-systeem", "-verkoop", "tz", "-ings-", "-ingen") or a first part
	// of those languages ("Kunden-", "klanten-") show they are not
	// English, and a keyword showing no language is read in the name's.
	{"en", "Development and management of booking systems for hotels and excursions.", "Reserveringssysteem", []string{"reserveringssystemen"}, Uncertain, false},
	{"en", "Processing of credit card payments through external payment service providers.", "Betalingsverwerking", []string{"creditcardbetalingen"}, Uncertain, false},
	{"en", "Development and management of booking systems for hotels and excursions.", "Excursieverkoop", []string{"excursies"}, Uncertain, false},
	{"en", "Customer portal for spare part orders and remote maintenance.", "Ersatzteilportal", []string{"Kundenportal"}, Uncertain, false},
	{"en", "Operation of the payroll service for retail clients.", "Klantenportaal", nil, Uncertain, false},
	{"en", "Operation of the payroll service for retail clients.", "Bijstandsuitkering", nil, Uncertain, false},
	{"fr", "Hébergement de logiciels de paie.", "Ersatzteilportal", nil, Uncertain, false},
	// Near misses: English compounds and words of those shapes.
	{"en", "Operation of the payroll service for retail clients.", "Timesheet management", nil, Uncovered, true},
	{"en", "Operation of the payroll service for retail clients.", "Showroom rental", nil, Uncovered, true},
	{"en", "Operation of the payroll service for retail clients.", "Handbook printing", nil, Uncovered, true},
	{"en", "Operation of the payroll service for retail clients.", "Bookkeeping", nil, Uncovered, true},
	{"nl", "Ontwikkeling van reserveringssystemen voor hotels.", "Excursieverkoop", []string{"excursies"}, Uncovered, true},
	{"de", "Kundenportal für Ersatzteilbestellungen und Fernwartung.", "Ersatzteilportal", []string{"Kundenportal"}, Covered, true},
	// Near misses: English names stay answered.
	{"en", "Operation of the payroll service for retail clients.", "Studio rental", nil, Uncovered, true},
	{"en", "Operation of the payroll service for retail clients.", "Data centre", nil, Uncovered, true},
	{"en", "Operation of the payroll service for retail clients.", "Payroll", nil, Covered, true},
	{"en", "Operation of the payroll service for retail clients.", "Cargo insurance", nil, Uncovered, true},
	// Near misses: a scope in the name's own language answers it.
	{"es", "Gestión de almacenes y distribución de mercancías.", "Gestión de almacenes", nil, Covered, true},
	{"pt", "Desenvolvimento de software de folha de pagamento.", "Armazenagem de cargas", nil, Uncovered, true},
	{"it", "Trasporto su strada di merci per conto terzi.", "Trasporto su strada", nil, Covered, true},
	{"de", "Entwicklung und Betrieb von Lohnabrechnungssoftware.", "Gestión de almacenes", nil, Uncertain, false},
	{"fr", "Hébergement de logiciels de paie.", "Logística de almacenes", nil, Uncertain, false},
	{"nl", "Ontwikkeling en hosting van salarissoftware.", "Trasporto su strada", nil, Uncertain, false},
	{"de", "Lagerverwaltung und Kommissionierung für den Versandhandel.", "Lagerverwaltung", nil, Covered, true},
	{"fr", "Gestion de la paie pour les entreprises de transport.", "Gestion de la paie", nil, Covered, true},
	{"nl", "Opslag en distributie van goederen.", "Opslag van goederen", nil, Covered, true},
}

func TestNameLanguage(t *testing.T) {
	runStrictTable(t, nameLanguageTable)
}
