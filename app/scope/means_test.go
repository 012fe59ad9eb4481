package scope

import "testing"

// meansTable holds scopes that say by what an activity is supported, as a
// passive participle and its agent, in the seven languages: the
// participle is no support service, and the means is no activity the
// scope names, while the activities themselves stay covered.
var meansTable = []scopeCase{
	{"en", "The administration of occupational pension schemes on behalf of trustees, comprising member record keeping, benefit calculation and the payment of pensions, supported by the in-house administration platform; excluding investment management and actuarial valuation services.",
		"IT support desk", []string{"support"}, Uncertain, true},
	{"en", "The administration of occupational pension schemes on behalf of trustees, comprising member record keeping, benefit calculation and the payment of pensions, supported by the in-house administration platform; excluding investment management and actuarial valuation services.",
		"Pension payments", []string{"payment of pensions"}, Covered, false},
	{"en", "Processing of insurance claims, powered by the ClaimsOne platform hosted in Dublin, for motor insurers.", "Platform hosting", []string{"hosting"}, Uncertain, true},
	{"en", "Processing of insurance claims, powered by the ClaimsOne platform hosted in Dublin, for motor insurers.", "Claims processing", nil, Covered, false},
	{"de", "Abrechnung von Heizkosten für Wohnungsunternehmen, unterstützt durch das hauseigene Abrechnungsportal.", "Heizkostenabrechnung", []string{"Abrechnung von Heizkosten"}, Covered, false},
	{"de", "Abrechnung von Heizkosten für Wohnungsunternehmen, unterstützt durch das hauseigene Abrechnungsportal.", "Portalbetrieb", []string{"Portal"}, Uncertain, true},
	{"fr", "Gestion de la paie des collectivités, soutenue par la plateforme de support interne.", "Support informatique", []string{"support"}, Uncertain, true},
	{"fr", "Gestion de la paie des collectivités, supportée par un centre de services partagé.", "Centre de services", []string{"centre de services"}, Uncertain, true},
	{"es", "Gestión de cobros recurrentes, soportada por la plataforma de atención al cliente.", "Atención al cliente", []string{"atención al cliente"}, Uncertain, true},
	{"es", "Gestión de cobros recurrentes, soportada por la plataforma de atención al cliente.", "Gestión de cobros", nil, Covered, false},
	{"it", "Conservazione digitale di documenti sanitari, supportata dalla piattaforma di assistenza tecnica.", "Assistenza tecnica", []string{"assistenza tecnica"}, Uncertain, true},
	{"nl", "Het verzamelen van meetgegevens voor netbeheerders, ondersteund door het eigen klantportaal.", "Klantportaal", []string{"klantportaal"}, Uncertain, true},
	{"nl", "Het verzamelen van meetgegevens voor netbeheerders, ondersteund door het eigen klantportaal.", "Meetgegevens verzamelen", []string{"verzamelen van meetgegevens"}, Covered, false},
	{"pt", "Arquivo eletrónico de processos clínicos, suportado pela plataforma de apoio ao cliente.", "Apoio ao cliente", []string{"apoio ao cliente"}, Uncertain, true},
}

func TestScopeMeans(t *testing.T) {
	for i, c := range meansTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
