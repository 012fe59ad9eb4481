package scope

import "testing"

// A list the scope says is open ("including but not limited to", "among
// others", "insbesondere, aber nicht ausschließlich", "entre autres",
// "entre otros", "tra gli altri", "onder andere", "entre outros") may hold
// a service it does not name: uncertain, not uncovered. Near misses: the
// same scope without the open marker leaves an unnamed, unrelated service
// uncovered, and an exclusion in an open scope still uncovers what it
// names.
var openListTable = []scopeCase{
	{"en", "Managed IT services for schools, including but not limited to network support and device management.", "Cloud backup", []string{"backup"}, Uncertain, true},
	{"en", "Managed IT services for schools, including network support and device management.", "Payroll", []string{"payroll"}, Uncovered, true},
	{"en", "Managed IT services for schools, among others network support and device management; payroll is excluded.", "Payroll", []string{"payroll"}, Uncovered, true},
	{"de", "IT-Dienstleistungen für Schulen, unter anderem Netzwerkbetreuung und Geräteverwaltung.", "Datensicherung", []string{"Datensicherung"}, Uncertain, true},
	{"de", "Digitalisierung von Dokumenten für Versicherungen, insbesondere, aber nicht ausschließlich, Antragsunterlagen.", "Archivierung", []string{"Archivierung"}, Uncertain, true},
	{"de", "Digitalisierung von Dokumenten für Versicherungen, insbesondere Antragsunterlagen.", "Lohnabrechnung", []string{"Lohnabrechnung"}, Uncovered, true},
	{"fr", "Services informatiques pour les écoles, entre autres le support réseau et la gestion des terminaux.", "Sauvegarde", []string{"sauvegarde"}, Uncertain, true},
	{"fr", "Services informatiques pour les écoles, notamment le support réseau ; la paie est exclue.", "Paie", []string{"paie"}, Uncovered, false},
	{"es", "Desarrollo de software para aseguradoras, incluyendo, entre otros, la migración de datos.", "Consultoría", []string{"consultoría"}, Uncertain, true},
	{"es", "Desarrollo de software para aseguradoras, incluyendo la migración de datos.", "Nóminas", []string{"nóminas"}, Uncovered, true},
	{"it", "Servizi informatici per le scuole, tra gli altri assistenza di rete e gestione dei dispositivi.", "Backup", []string{"backup"}, Uncertain, true},
	{"nl", "IT-diensten voor scholen, onder andere netwerkbeheer en apparaatbeheer.", "Back-up", []string{"back-up"}, Uncertain, true},
	{"nl", "IT-diensten voor scholen, waaronder maar niet beperkt tot netwerkbeheer.", "Back-up", []string{"back-up"}, Uncertain, true},
	{"pt", "Serviços informáticos para escolas, entre outros o suporte de rede e a gestão de equipamentos.", "Cópias de segurança", []string{"cópias de segurança"}, Uncertain, true},
	{"pt", "Serviços informáticos para escolas, incluindo o suporte de rede.", "Processamento salarial", []string{"processamento salarial"}, Uncovered, true},
}

func TestOpenList(t *testing.T) {
	for i, c := range openListTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
