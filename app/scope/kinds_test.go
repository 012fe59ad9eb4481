package scope

import "testing"

// kindTable holds the classes of the sixth blind batch's wrong coverage
// answers, each with the reading that stays right beside it:
//   - a head word the scope qualifies with words of its own names another
//     kind of it ("month-end close support" is no "IT support");
//   - a word after "and" that ends a qualified object shares its head
//     ("alarmes intrusion et incendie" are fire alarms, not fire fighting);
//   - what follows "for" names customers when the item "and" joins to it
//     is a customer noun ("voor sociale secretariaten en verzekeraars");
//   - a compound start with a hanging hyphen takes the last part of the
//     compound after "and" ("Lohn- und Gehaltsverrechnung"), and Austrian
//     "Verrechnung" is "Abrechnung".
var kindTable = []scopeCase{
	// Another kind of the head word.
	{"en", "Outsourced accounts payable processing, bank reconciliation and month-end close support for offshore clients.", "IT support", []string{"support"}, Uncertain, true},
	{"en", "Provision of lease administration and maintenance reserve accounting services to aircraft lessors.", "Financial accounting", []string{"accounting"}, Uncertain, true},
	{"en", "Provision of lease administration and financial accounting services to aircraft lessors.", "Financial accounting", []string{"accounting"}, Covered, false},
	{"en", "Operation of the service desk and IT support for offshore clients.", "IT support", []string{"support"}, Covered, false},
	{"en", "Provision of lease administration and accounting services to aircraft lessors.", "Financial accounting", []string{"accounting"}, Covered, false},
	{"en", "Security operations centre (SOC) services and penetration testing for financial institutions.", "Security testing", []string{"testing"}, Covered, false},
	{"en", "Cool-store inventory management for export fruit growers.", "Cold-store inventory", []string{"inventory"}, Covered, false},
	{"en", "Spare parts inventory management for export fruit growers.", "Cold-store inventory", []string{"inventory"}, Uncertain, true},
	{"es", "Prestación de servicios de soporte informático a clientes en España.", "IT support", []string{"soporte"}, Covered, false},

	// A word that shares the head of the object before "and".
	{"fr", "Exploitation d'un centre de télésurveillance des alarmes intrusion et incendie, gestion des interventions de gardiennage mobile.", "Fire extinguisher servicing", []string{"incendie"}, Uncovered, true},
	{"fr", "Télésurveillance des alarmes intrusion et incendie, gardiennage mobile.", "Alarm monitoring", []string{"télésurveillance des alarmes"}, Covered, false},
	{"fr", "Télésurveillance des alarmes intrusion et incendie, gardiennage mobile.", "Fire alarm monitoring", []string{"télésurveillance des alarmes incendie"}, Covered, false},
	{"it", "Gestione dei sistemi antincendio e manutenzione degli estintori.", "Fire extinguisher servicing", []string{"manutenzione degli estintori"}, Covered, false},
	{"pt", "Monitorização de alarmes intrusão e incêndio, e gestão de vigilância móvel.", "Fire fighting", []string{"incêndio"}, Uncovered, true},
	{"fr", "Maintenance des extincteurs et désenfumage pour les immeubles de bureaux.", "Smoke extraction", []string{"désenfumage"}, Covered, false},

	// Customers joined by "and" to what follows "for".
	{"nl", "Digitalisering, indexering en bewaring van personeels- en klantendossiers voor sociale secretariaten en verzekeraars.", "Insurance brokerage", []string{"verzekeraars"}, Uncovered, true},
	{"nl", "Digitalisering, indexering en bewaring van personeels- en klantendossiers voor sociale secretariaten en verzekeraars.", "Document indexing", []string{"indexering"}, Covered, false},
	{"nl", "Bemiddeling voor verzekeringen en hypotheken voor particulieren.", "Insurance brokerage", []string{"bemiddeling voor verzekeringen"}, Covered, false},

	// A hanging compound start, and the Austrian word for billing.
	{"de", "Lohn- und Gehaltsverrechnung für Klein- und Mittelbetriebe, Betrieb des Mitarbeiterportals; ausgenommen die arbeitsrechtliche Beratung.", "Payroll processing", []string{"Lohnverrechnung"}, Covered, false},
	{"de", "Lohn- und Gehaltsverrechnung für Klein- und Mittelbetriebe, Betrieb des Mitarbeiterportals; ausgenommen die arbeitsrechtliche Beratung.", "Employment law advice", []string{"arbeitsrechtliche Beratung"}, Uncovered, true},
	{"de", "Betriebskostenverrechnung für Hausverwaltungen.", "Payroll processing", []string{"Lohnverrechnung"}, Uncertain, true},
	{"de", "Hosting- und Backup-Dienste für Kanzleien.", "Hosting", []string{"Hostingdienste"}, Covered, false},
}

func TestScopeKinds(t *testing.T) {
	runStrictTable(t, kindTable)
}
