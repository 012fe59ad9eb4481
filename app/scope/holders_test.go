package scope

import "testing"

// holdersTable checks forwarding agents and licence holders named as the
// customers a scope serves, in the seven languages: a service whose words
// appear only among them is not covered ("software for freight
// forwarders" forwards nothing). Near misses: the same words written as
// the activity itself stay covered, and a name the matcher cannot place
// stays uncertain.
var holdersTable = []scopeCase{
	{"en", "Development of software for freight forwarders.", "Freight forwarding", nil, Uncovered, false},
	{"en", "Hosting of the portal for fishing licence holders.", "Fishing licence administration", nil, Uncovered, false},
	{"en", "Storage and analysis of environmental data for aquaculture licence holders.", "Aquaculture licence consultancy", nil, Uncovered, false},
	{"de", "Entwicklung von Software für Spediteure und Transportunternehmen.", "Spedition", nil, Uncovered, false},
	{"fr", "Développement de logiciels pour les transitaires et commissionnaires en douane.", "Transit de marchandises", nil, Uncovered, false},
	{"it", "Sviluppo di software per spedizionieri.", "Spedizioni internazionali", nil, Uncovered, false},
	{"pt", "Desenvolvimento de software para transitários e despachantes.", "Despacho aduaneiro", nil, Uncovered, false},
	// Near misses: the activity itself.
	{"en", "Freight forwarding and customs clearance for importers.", "Freight forwarding", nil, Covered, true},
	{"en", "Issuing and administration of fishing licences for licence holders.", "Fishing licence administration", nil, Covered, true},
	{"fr", "Transit de marchandises et dédouanement.", "Transit de marchandises", nil, Covered, true},
	{"it", "Sviluppo di software per spedizionieri.", "Sviluppo software", nil, Covered, true},
	{"pt", "Gestão de licenças para titulares de licenças de pesca.", "Gestão de licenças", nil, Covered, true},
	{"es", "Desarrollo de software para transitarios y agentes de carga.", "Transitario de carga", nil, Uncertain, true},
	{"nl", "Ontwikkeling van software voor expediteurs.", "Expeditie", nil, Uncertain, true},
}

func TestHolders(t *testing.T) {
	runStrictTable(t, holdersTable)
}
