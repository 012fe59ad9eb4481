package scope

import "testing"

// The organisation's own people or departments as those an activity
// serves ("for its own staff", "für die eigenen Fachabteilungen", "pour ses
// propres salariés", "para sus propios pacientes", "per i propri reparti",
// "voor de eigen afdelingen", "para os seus próprios colaboradores", "van
// de organisatie zelf", "used by its staff"): no service to others, so a
// service the scope names there is uncertain. Near misses: a means or a
// site the organisation owns ("ondersteund door het eigen klantportaal",
// "from its own data centres") while serving customers stays covered, and
// so does work for its own customers or clients ("for its own customers",
// "für die eigenen Kunden", "pour ses propres clients", "para sus propios
// clientes", "per i propri clienti", "voor de eigen klanten", "para os
// seus próprios clientes"), who are those it sells to. Its own people
// named after customers ("its own customer service staff", "die eigenen
// Kundenberater", "ses propres clients internes") stay its own.
var beneficiaryTable = []scopeCase{
	{"en", "Payroll processing and benefits administration for its own employees at the Leeds office.", "Payroll services", []string{"payroll"}, Uncertain, true},
	{"en", "Management of laptops and mobile devices used by its staff at the Leeds office.", "Mobile device management", []string{"mobile devices"}, Uncertain, true},
	{"en", "Payroll processing for client companies, delivered from its own data centres in Leeds.", "Payroll services", []string{"payroll processing"}, Covered, true},
	{"de", "Lohnabrechnung und Personalverwaltung für die eigenen Niederlassungen der Gruppe.", "Payroll services", []string{"Lohnabrechnung"}, Uncertain, true},
	{"de", "Lohnabrechnung für mittelständische Kunden.", "Payroll services", []string{"Lohnabrechnung"}, Covered, false},
	{"fr", "Gestion de la paie et de la comptabilité pour ses propres filiales.", "Payroll outsourcing", []string{"paie"}, Uncertain, true},
	{"fr", "Gestion de la paie pour le compte de clients PME.", "Payroll outsourcing", []string{"paie"}, Covered, false},
	{"es", "Gestión de nóminas para sus propias delegaciones en España.", "Payroll", []string{"nóminas"}, Uncertain, true},
	{"es", "Gestión de nóminas para clientes corporativos.", "Payroll", []string{"nóminas"}, Covered, false},
	{"it", "Elaborazione delle buste paga per i propri reparti e sedi.", "Payroll", []string{"buste paga"}, Uncertain, true},
	{"it", "Elaborazione delle buste paga per le aziende clienti.", "Payroll", []string{"buste paga"}, Covered, false},
	{"nl", "Salarisadministratie voor de eigen afdelingen van de groep.", "Payroll", []string{"salarisadministratie"}, Uncertain, true},
	{"nl", "Ontwikkeling en beheer van het klantportaal van de organisatie zelf.", "Portal development", []string{"klantportaal"}, Uncertain, true},
	{"nl", "Het verzamelen van meetgegevens voor netbeheerders, ondersteund door het eigen klantportaal.", "Meetgegevens verzamelen", []string{"verzamelen van meetgegevens"}, Covered, true},
	{"pt", "Processamento salarial para os seus próprios colaboradores.", "Payroll", []string{"processamento salarial"}, Uncertain, true},
	{"pt", "Processamento salarial para empresas clientes.", "Payroll", []string{"processamento salarial"}, Covered, false},

	{"en", "Payroll processing for its own customers in the United Kingdom.", "Payroll services", []string{"payroll processing"}, Covered, true},
	{"en", "Payroll processing for its own customer service staff.", "Payroll services", []string{"payroll processing"}, Uncertain, false},
	{"de", "Lohnabrechnung für die eigenen Kunden in Deutschland.", "Payroll services", []string{"Lohnabrechnung"}, Covered, true},
	{"de", "Lohnabrechnung für die eigenen Geschäftskunden.", "Payroll services", []string{"Lohnabrechnung"}, Covered, true},
	{"de", "Lohnabrechnung für die eigenen Kundenberater.", "Payroll services", []string{"Lohnabrechnung"}, Uncertain, false},
	{"fr", "Gestion de la paie pour ses propres clients.", "Payroll outsourcing", []string{"paie"}, Covered, true},
	{"fr", "Gestion de la paie pour ses propres clients internes.", "Payroll outsourcing", []string{"paie"}, Uncertain, false},
	{"es", "Gestión de nóminas para sus propios clientes en España.", "Payroll", []string{"nóminas"}, Covered, true},
	{"it", "Elaborazione delle buste paga per i propri clienti.", "Payroll", []string{"buste paga"}, Covered, true},
	{"nl", "Salarisadministratie voor de eigen klanten van de groep.", "Payroll", []string{"salarisadministratie"}, Covered, true},
	{"nl", "Salarisadministratie voor de eigen klantenservicemedewerkers.", "Payroll", []string{"salarisadministratie"}, Uncertain, false},
	{"pt", "Processamento salarial para os seus próprios clientes.", "Payroll", []string{"processamento salarial"}, Covered, true},
}

func TestBeneficiaries(t *testing.T) {
	for i, c := range beneficiaryTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
