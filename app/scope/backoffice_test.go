package scope

import "testing"

// The organisation's support functions ("die unterstützenden IT-Prozesse",
// "les services support (informatique, achats)", "the supporting IT
// processes", "los procesos de soporte", "i processi di supporto", "de
// ondersteunende ICT-processen", "os processos de apoio") run its own
// business: a service the scope names only there is uncertain. So is one
// named in brackets that spell out "related" or "associated" items ("les
// services support associés (informatique, achats)"). Near misses keep
// their cover: support done for customers ("servicios de soporte
// informático a clientes", "ondersteunende IT-diensten voor de
// havenautoriteit"), a supporting activity ("the supporting call centre")
// and "supporting" followed by whom it serves.
var backOfficeTable = []scopeCase{
	{"en", "Retail lending and deposit accounts of Harbour Bank, and the supporting IT processes.", "IT services", []string{"IT processes"}, Uncertain, true},
	{"en", "Claims administration for insurers, together with the supporting call centre.", "Call centre", []string{"call centre"}, Covered, true},
	{"en", "Hosting of route planning software; onboarding services supporting fleet managers.", "Onboarding services", []string{"onboarding"}, Covered, true},
	{"de", "Kreditvergabe und Kontoführung der Sparkasse sowie die unterstützenden IT-Prozesse.", "IT-Dienstleistungen", []string{"IT-Prozesse"}, Uncertain, true},
	{"fr", "Instruction des dossiers pour le compte des collectivités, ainsi que les services support (informatique, achats).", "Achats", []string{"achats"}, Uncertain, true},
	{"fr", "Instruction des dossiers pour le compte des collectivités, ainsi que les services associés (informatique, achats).", "Procurement outsourcing", []string{"achats"}, Uncertain, true},
	{"fr", "Activités de support informatique et d'infogérance pour les clients du secteur public.", "IT support", []string{"support informatique"}, Covered, true},
	{"es", "Gestión de siniestros para aseguradoras y los procesos de soporte de la compañía.", "Procesos de soporte", []string{"procesos de soporte"}, Uncertain, true},
	{"es", "Prestación de servicios de soporte informático a clientes en España.", "IT support", []string{"soporte"}, Covered, true},
	{"it", "Gestione dei sinistri per le compagnie assicurative e i processi di supporto amministrativo.", "Supporto amministrativo", []string{"supporto amministrativo"}, Uncertain, true},
	{"nl", "Zorgverlening aan cliënten en de ondersteunende ICT-processen.", "ICT-diensten", []string{"ICT-processen"}, Uncertain, true},
	{"nl", "Ondersteunende IT-diensten voor de havenautoriteit.", "IT services", []string{"IT-diensten"}, Covered, true},
	{"pt", "Gestão de sinistros para seguradoras e os processos de apoio informático.", "Apoio informático", []string{"apoio informático"}, Uncertain, true},
}

func TestBackOffice(t *testing.T) {
	for i, c := range backOfficeTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
