package scope

import "testing"

// purposeTable checks, in the seven languages, the work a product is made
// for: "software for freight forwarding" is its users' work, which the
// organisation making or running the software need not do, so a service
// naming that work alone is uncertain, never covered. Near misses: a
// service naming the product too ("Freight forwarding software") is
// covered, and so is the work written as an activity of its own.
var purposeTable = []scopeCase{
	{"en", "Development and operation of software for freight forwarding.", "Freight forwarding", nil, Uncertain, false},
	{"de", "Entwicklung und Betrieb von Software für die internationale Spedition.", "Spedition", nil, Uncertain, false},
	{"fr", "Développement et hébergement de logiciels pour la gestion de la paie.", "Gestion de la paie", nil, Uncertain, false},
	{"es", "Desarrollo y mantenimiento de software para la logística.", "Logística", nil, Uncertain, false},
	{"it", "Sviluppo e gestione di software per la contabilità.", "Contabilità", nil, Uncertain, false},
	{"nl", "Ontwikkeling en hosting van software voor de salarisadministratie.", "Salarisadministratie", nil, Uncertain, false},
	{"pt", "Desenvolvimento e alojamento de software para a gestão de frotas.", "Gestão de frotas", nil, Uncertain, false},
	// Near misses.
	{"en", "Development and operation of software for freight forwarding.", "Freight forwarding software", nil, Covered, true},
	{"de", "Entwicklung und Betrieb von Software für die internationale Spedition.", "Speditionssoftware", nil, Covered, true},
	{"fr", "Développement et hébergement de logiciels pour la gestion de la paie.", "Logiciels de paie", nil, Covered, true},
	{"en", "Payroll processing and development of software for accounting firms.", "Payroll processing", nil, Covered, true},
	{"es", "Transporte de mercancías y desarrollo de software.", "Transporte", nil, Covered, true},
	{"it", "Sviluppo e gestione di software per la contabilità.", "Sviluppo software", nil, Covered, true},
}

func TestPurpose(t *testing.T) {
	runStrictTable(t, purposeTable)
}
