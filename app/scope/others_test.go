package scope

import "testing"

// othersTable holds services whose name says they are done for others
// ("for customers", "for third parties") against scopes whose activity
// of the same words says no one it is done for: the organisation may run
// it for itself (its own workstations, its own applications). Each is
// for an analyst to judge: uncertain. The near misses name whom the
// scope's activity serves, or write the service's own words, and stay
// covered.
var othersTable = []scopeCase{
	{"en", "Development of the PortLine booking software; IT management of the office workstations; visitor registration.", "Workplace management for customers", []string{"IT management"}, Uncertain, false},
	{"de", "Entwicklung der Kassensoftware Tresa; IT-Betreuung der Büroarbeitsplätze; Empfang von Besuchern.", "Arbeitsplatzbetreuung für Kunden", []string{"IT-Betreuung"}, Uncertain, false},
	{"fr", "Édition du logiciel Carla ; hébergement des applications dans le centre de données de la société ; accueil.", "Hébergement d'applications pour des tiers", []string{"hébergement"}, Uncertain, false},
	{"es", "Desarrollo de la plataforma Rumbo; alojamiento de las aplicaciones en el centro de datos propio; recepción.", "Alojamiento de aplicaciones de terceros", []string{"alojamiento"}, Uncertain, false},
	{"it", "Sviluppo del gestionale Orvieto; gestione delle postazioni di lavoro degli uffici; reception.", "Gestione postazioni per i clienti", []string{"gestione delle postazioni"}, Uncertain, false},
	{"nl", "Ontwikkeling van het planningssysteem Dijkwacht; IT-beheer van de kantoorwerkplekken; receptie.", "Werkplekbeheer voor klanten", []string{"IT-beheer"}, Uncertain, false},
	{"pt", "Desenvolvimento da plataforma Rota Azul; alojamento das aplicações em centro de dados próprio; receção.", "Alojamento de aplicações de terceiros", []string{"alojamento"}, Uncertain, false},
	// Near misses: the scope's activity names whom it is done for.
	{"en", "Workplace management for customers in the logistics sector.", "Workplace management for customers", []string{"workplace management"}, Covered, true},
	{"de", "IT-Betreuung von Arbeitsplätzen für Kunden aus dem Mittelstand.", "Arbeitsplatzbetreuung für Kunden", []string{"IT-Betreuung"}, Covered, true},
	{"fr", "Hébergement d'applications pour le compte de clients du secteur bancaire.", "Hébergement d'applications pour des tiers", []string{"hébergement"}, Covered, true},
	{"es", "Alojamiento de aplicaciones de clientes en el centro de datos de Valencia.", "Alojamiento de aplicaciones de terceros", []string{"alojamiento"}, Covered, true},
	{"nl", "IT-beheer van werkplekken voor zorginstellingen.", "Werkplekbeheer voor klanten", []string{"IT-beheer"}, Covered, true},
	{"pt", "Alojamento de aplicações de clientes em centro de dados próprio em Lisboa.", "Alojamento de aplicações de terceiros", []string{"alojamento"}, Covered, true},

	// A keyword naming an activity related to the service but other
	// than it ("backup" for disaster recovery), in a scope that writes
	// no word of the service's name: "as a" is English, not Portuguese.
	{"en", "Managed backup services for insurers; remote hands support.", "Disaster recovery as a service", []string{"backup"}, Uncertain, false},
	// Near misses: the scope writes the service's own words.
	{"en", "Managed backup and disaster recovery services for insurers.", "Disaster recovery as a service", []string{"backup"}, Covered, true},
	{"en", "Provision of backup as a service to law firms.", "Backup as a service", []string{"backup"}, Covered, true},
}

func TestScopeForOthers(t *testing.T) {
	runStrictTable(t, othersTable)
}
