package scope

import "testing"

// An exclusion of the organisation's own or internal version of an
// activity ("The organisation's internal IT helpdesk is outside the
// scope", "ausgenommen der interne IT-Support", "à l'exclusion de
// l'assistance interne") says nothing of that activity done for
// customers: uncertain, not uncovered. Near misses: an exclusion with no
// such word, and a service that is itself the internal one, stay
// uncovered.
var ownExclTable = []scopeCase{
	{"en", "SOC services for hospitals. The organisation's internal IT helpdesk is outside the scope.", "IT helpdesk", []string{"helpdesk"}, Uncertain, true},
	{"en", "SOC services for hospitals. The IT helpdesk is outside the scope.", "IT helpdesk", []string{"helpdesk"}, Uncovered, false},
	{"en", "SOC services for hospitals. The organisation's internal IT helpdesk is outside the scope.", "Internal helpdesk", []string{"internal helpdesk"}, Uncovered, false},
	{"de", "SOC-Dienstleistungen für Kliniken, ausgenommen der interne Helpdesk.", "Helpdesk", []string{"Helpdesk"}, Uncertain, true},
	{"de", "SOC-Dienstleistungen für Kliniken, ausgenommen der Helpdesk.", "Helpdesk", []string{"Helpdesk"}, Uncovered, false},
	{"fr", "Services de SOC pour les hôpitaux, à l'exclusion de la paie interne.", "Paie", []string{"paie"}, Uncertain, true},
	{"es", "Servicios de SOC para hospitales, excepto la nómina interna.", "Nóminas", []string{"nómina"}, Uncertain, true},
	{"it", "Servizi SOC per ospedali, escluso l'helpdesk interno.", "Helpdesk", []string{"helpdesk"}, Uncertain, true},
	{"nl", "SOC-diensten voor ziekenhuizen, met uitzondering van de eigen helpdesk.", "Helpdesk", []string{"helpdesk"}, Uncertain, true},
	{"pt", "Serviços de SOC para hospitais, excluindo o helpdesk interno.", "Helpdesk", []string{"helpdesk"}, Uncertain, true},
	{"pt", "Serviços de SOC para hospitais, excluindo o helpdesk.", "Helpdesk", []string{"helpdesk"}, Uncovered, false},
}

func TestOwnExclusion(t *testing.T) {
	for i, c := range ownExclTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
