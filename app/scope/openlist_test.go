package scope

import "testing"

// A list the scope says is open ("including but not limited to", "among
// others", "insbesondere, aber nicht ausschließlich", "entre autres",
// "entre otros", "tra gli altri", "onder andere", "entre outros") may hold
// a service it does not name: uncertain, not uncovered. Near misses: the
// same scope without the open marker leaves an unnamed, unrelated service
// uncovered, and an exclusion in an open scope still uncovers what it
// names. An open marker inside an exclusion ("excluding, among others,
// hosting", "ausgenommen unter anderem", "à l'exclusion, entre autres,
// de") opens only the list of what is left out: the activities stay as
// listed, and an unnamed, unrelated service stays uncovered.
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

	{"en", "Software development for banks, excluding, among others, hosting and training.", "Office cleaning", []string{"cleaning"}, Uncovered, true},
	{"en", "Software development for banks. Hosting, training etc. are excluded.", "Office cleaning", []string{"cleaning"}, Uncovered, true},
	{"en", "Software development for banks, among others hosting and training.", "Office cleaning", []string{"cleaning"}, Uncertain, false},
	{"de", "Softwareentwicklung für Banken, ausgenommen unter anderem Hosting und Schulungen.", "Gebäudereinigung", []string{"Reinigung"}, Uncovered, true},
	{"de", "Softwareentwicklung für Banken, unter anderem Hosting und Schulungen.", "Gebäudereinigung", []string{"Reinigung"}, Uncertain, false},
	{"fr", "Développement de logiciels pour les banques, à l'exclusion, entre autres, de l'hébergement et de la formation.", "Nettoyage des bureaux", []string{"nettoyage"}, Uncovered, true},
	{"fr", "Développement de logiciels pour les banques, entre autres l'hébergement et la formation.", "Nettoyage des bureaux", []string{"nettoyage"}, Uncertain, false},
	{"es", "Desarrollo de software para bancos, excluyendo, entre otros, el alojamiento y la formación.", "Limpieza de oficinas", []string{"limpieza"}, Uncovered, true},
	{"es", "Desarrollo de software para bancos, entre otros el alojamiento y la formación.", "Limpieza de oficinas", []string{"limpieza"}, Uncertain, false},
	{"it", "Sviluppo software per le banche, ad esclusione, tra l'altro, dell'hosting e della formazione.", "Pulizia degli uffici", []string{"pulizia"}, Uncovered, true},
	{"it", "Sviluppo di software per le banche, tra gli altri l'hosting e la formazione degli utenti.", "Pulizia degli uffici", []string{"pulizia"}, Uncertain, false},
	{"nl", "Softwareontwikkeling voor banken, met uitzondering van onder andere hosting en opleidingen.", "Schoonmaak van kantoren", []string{"schoonmaak"}, Uncovered, true},
	{"nl", "Softwareontwikkeling voor banken, onder andere hosting en opleidingen.", "Schoonmaak van kantoren", []string{"schoonmaak"}, Uncertain, false},
	{"pt", "Desenvolvimento de software para bancos, excluindo, entre outros, o alojamento e a formação.", "Limpeza de escritórios", []string{"limpeza"}, Uncovered, true},
	{"pt", "Desenvolvimento de software para bancos, entre outros o alojamento e a formação.", "Limpeza de escritórios", []string{"limpeza"}, Uncertain, false},
}

func TestOpenList(t *testing.T) {
	for i, c := range openListTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
