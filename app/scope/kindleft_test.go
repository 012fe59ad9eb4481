package scope

import "testing"

// kindLeftOutTable holds the ninth blind batch's class of a service of
// one particular kind covered by a keyword that names only the general
// activity: the word of the name that says which kind (its head, a word
// saying the work is made to order, or any word when the keyword shares
// none with the name) is written nowhere in the scope, so an analyst must
// judge. Near misses: the scope writes that word, or the keyword leaves
// out only a qualifier of the head, and the keyword's cover stands.
var kindLeftOutTable = []scopeCase{
	{"en", "Fund administration for investment funds; operation of the associated data centre in Leeds.", "Data centre colocation", []string{"data centre"}, Uncertain, false},
	{"en", "Storage and analysis of meteorological data for farmers.", "Cloud data hosting", []string{"storage"}, Uncertain, false},
	{"en", "Design and hosting of port community software for freight forwarders.", "Customs declaration software", []string{"port community software"}, Uncertain, false},
	{"en", "Development and maintenance of warehouse management software sold as a licensed product.", "Custom software development", []string{"software development"}, Uncertain, false},
	{"de", "Entwicklung und Pflege von Steuerungssoftware für Verpackungsmaschinen.", "Individuelle Softwareentwicklung", []string{"Entwicklung"}, Uncertain, false},
	{"fr", "Administration de fonds d'investissement ; exploitation du centre de données associé.", "Colocation en centre de données", []string{"centre de données"}, Uncertain, false},
	{"es", "Gestión de historias clínicas electrónicas; operación del centro de datos propio.", "Alojamiento de datos", []string{"centro de datos"}, Uncertain, false},
	{"it", "Servizi di biglietteria elettronica per traghetti e assistenza clienti.", "Pagamenti online", []string{"biglietteria"}, Uncertain, false},
	{"nl", "Ontwikkeling en beheer van reserveringssystemen; begeleiding van excursies.", "Excursieverkoop", []string{"excursies"}, Uncertain, false},
	{"pt", "Prestação de serviços de internet e de alojamento de servidores para empresas.", "Cloud pública (IaaS)", []string{"alojamento"}, Uncertain, false},
	// Near misses: the scope writes the word that says the kind.
	{"en", "Data centre colocation and operation of the associated data centre in Leeds.", "Data centre colocation", []string{"data centre"}, Covered, true},
	{"en", "Storage and analysis of meteorological data for farmers.", "Data storage", []string{"storage"}, Covered, true},
	{"en", "Custom software development and maintenance for retailers.", "Custom software development", []string{"software development"}, Covered, true},
	{"de", "Entwicklung und Pflege von Steuerungssoftware für Verpackungsmaschinen.", "Softwareentwicklung", []string{"Entwicklung"}, Covered, true},
	{"fr", "Colocation et exploitation du centre de données associé.", "Colocation en centre de données", []string{"centre de données"}, Covered, true},
	{"es", "Alojamiento de datos y operación del centro de datos propio.", "Alojamiento de datos", []string{"centro de datos"}, Covered, true},
	{"it", "Servizi di biglietteria elettronica e pagamenti online per traghetti.", "Pagamenti online", []string{"biglietteria"}, Covered, true},
	{"nl", "Verkoop van excursies en ontwikkeling van reserveringssystemen.", "Excursieverkoop", []string{"excursies"}, Covered, true},
	{"nl", "Ontwikkeling van reserveringssystemen; verwerking van creditcardbetalingen.", "Betalingsverwerking", []string{"creditcardbetalingen"}, Covered, true},
	{"pt", "Prestação de serviços de cloud pública (IaaS) e de alojamento de servidores para empresas.", "Cloud pública (IaaS)", []string{"alojamento"}, Covered, true},
	// Near misses: the keyword leaves out a qualifier of the head only,
	// is the name's initials, or says the service in words of its own.
	{"en", "Provision of lease administration and accounting services to aircraft lessors.", "Financial accounting", []string{"accounting"}, Covered, true},
	{"en", "Managed SOC services for the financial sector.", "Security operations centre", []string{"SOC"}, Covered, true},
	{"en", "Provision of mortgage loans to first-time buyers.", "Mortgage lending", []string{"mortgage loans"}, Covered, true},
	{"en", "The provision of managed payroll and HR information services to housing associations.", "Payroll bureau", []string{"payroll"}, Covered, true},
	{"en", "Development and hosting of electronic prescribing software for community pharmacies.", "E-prescribing software", []string{"prescribing software"}, Covered, true},
	{"de", "Lohnabrechnung für Handwerksbetriebe.", "Lohnbüro", []string{"Lohnabrechnung"}, Covered, true},
}

func TestScopeKindLeftOut(t *testing.T) {
	runStrictTable(t, kindLeftOutTable)
}

// servedChainTable holds the class of a list item that goes on, after
// "and", from what follows "for" an activity: "sistemi di prenotazione
// per marina e porti turistici" likely names whom the systems serve, both
// of them, and names no activity of its own. Near misses: the same words
// as what an activity acts on are covered.
var servedChainTable = []scopeCase{
	{"en", "Development of booking systems for marinas and tourist ports.", "Port management", []string{"tourist ports"}, Uncertain, false},
	{"de", "Zimmerbuchung und Abrechnung für Hotels und Pensionen.", "Pensionsbetrieb", []string{"Pensionen"}, Uncertain, false},
	{"fr", "Services de facturation pour hôtels et auberges.", "Exploitation d'auberges", []string{"auberges"}, Uncertain, false},
	{"es", "Servicios de facturación para hoteles y albergues.", "Gestión de albergues", []string{"albergues"}, Uncertain, false},
	{"it", "Progettazione e gestione di sistemi di prenotazione per marina e porti turistici.", "Gestione portuale", []string{"porti turistici"}, Uncertain, false},
	{"nl", "Ontwikkeling van reserveringssystemen voor hotels en campings.", "Campingbeheer", []string{"campings"}, Uncertain, false},
	{"pt", "Serviços de faturação para hotéis e pousadas.", "Gestão de pousadas", []string{"pousadas"}, Uncertain, false},
	// Near misses: what an activity acts on.
	{"en", "Development of booking systems and management of tourist ports.", "Port management", []string{"tourist ports"}, Covered, true},
	{"de", "Zimmerbuchung, Abrechnung und Betrieb von Pensionen.", "Pensionsbetrieb", []string{"Pensionen"}, Covered, true},
	{"fr", "Services de facturation et exploitation d'auberges.", "Exploitation d'auberges", []string{"auberges"}, Covered, true},
	{"es", "Servicios de facturación y gestión de albergues.", "Gestión de albergues", []string{"albergues"}, Covered, true},
	{"it", "Progettazione di sistemi di prenotazione e gestione di porti turistici.", "Gestione portuale", []string{"porti turistici"}, Covered, true},
	{"nl", "Ontwikkeling van reserveringssystemen en beheer van campings.", "Campingbeheer", []string{"campings"}, Covered, true},
	{"pt", "Serviços de faturação e gestão de pousadas.", "Gestão de pousadas", []string{"pousadas"}, Covered, true},
}

func TestScopeServedChain(t *testing.T) {
	runStrictTable(t, servedChainTable)
}

// ownAssetTable holds the class of a thing the scope says is the
// organisation's own ("operation of its own data centre",
// "operación del centro de datos propio"): running it for itself offers
// no service on it to others, so a service named by it is uncertain.
// Near misses: the same thing run as a service, or an activity done in
// the own thing that names the service's work.
var ownAssetTable = []scopeCase{
	{"en", "Fund administration for investment funds; operation of its own data centre in Leeds.", "Data centre services", nil, Uncertain, false},
	{"de", "Lohnabrechnung für Handwerksbetriebe; Betrieb des eigenen Rechenzentrums.", "Rechenzentrum", nil, Uncertain, false},
	{"fr", "Gestion de la paie ; exploitation de son propre centre de données.", "Centre de données", []string{"centre de données"}, Uncertain, false},
	{"es", "Gestión de historias clínicas; operación del centro de datos propio.", "Centro de datos", []string{"centro de datos"}, Uncertain, false},
	{"it", "Elaborazione delle paghe; gestione del proprio centro elaborazione dati.", "Centro elaborazione dati", nil, Uncertain, false},
	{"nl", "Salarisverwerking voor zorginstellingen; beheer van het eigen datacenter.", "Datacenter", nil, Uncertain, false},
	{"pt", "Processamento salarial; operação do centro de dados próprio.", "Centro de dados", []string{"centro de dados"}, Uncertain, false},
	// Near misses: the thing run as a service to customers.
	{"en", "Fund administration for investment funds; operation of a data centre for customers.", "Data centre services", nil, Covered, true},
	{"de", "Lohnabrechnung für Handwerksbetriebe; Betrieb eines Rechenzentrums für Kunden.", "Rechenzentrum", nil, Covered, true},
	{"es", "Gestión de historias clínicas; operación de centros de datos para clientes.", "Centro de datos", []string{"centro de datos"}, Covered, true},
	{"nl", "Salarisverwerking voor zorginstellingen; beheer van datacenters voor klanten.", "Datacenter", nil, Covered, true},
	{"pt", "Processamento salarial; operação de centros de dados para clientes.", "Centro de dados", []string{"centro de dados"}, Covered, true},
	// Near misses: what goes with the activity is no own thing.
	{"en", "Administration of medical scheme claims, and the associated call centre.", "Call centre", nil, Covered, true},
	{"de", "Fernüberwachung von Mittelspannungsnetzen sowie Betrieb der zugehörigen Leitstellensoftware.", "Leitstellensoftware", nil, Covered, true},
}

func TestScopeOwnAsset(t *testing.T) {
	runStrictTable(t, ownAssetTable)
}

// genitiveTable holds the German class of an action whose object follows
// as a genitive with no article ("Fernwartung installierter Anlagen"):
// the action heads its phrase, as before "der" or "von", and as the other
// languages write it with a preposition. Near misses: an adjective before
// the action's own noun, and the object named without its action.
var genitiveTable = []scopeCase{
	{"de", "Entwicklung von Steuerungssoftware; Fernwartung installierter Anlagen.", "Fernwartung", nil, Covered, false},
	{"de", "Verwaltung digitaler Dokumente für Steuerberater.", "Dokumentenverwaltung", []string{"Verwaltung"}, Covered, false},
	{"de", "Wartung medizinischer Geräte in Krankenhäusern.", "Wartung", nil, Covered, false},
	{"en", "Development of control software; remote maintenance of installed equipment.", "Remote maintenance", nil, Covered, false},
	{"fr", "Développement de logiciels ; télémaintenance des installations.", "Télémaintenance", nil, Covered, false},
	{"es", "Desarrollo de software; mantenimiento remoto de instalaciones.", "Mantenimiento remoto", nil, Covered, false},
	{"it", "Sviluppo di software; manutenzione remota degli impianti.", "Manutenzione remota", nil, Covered, false},
	{"nl", "Ontwikkeling van software; onderhoud op afstand van installaties.", "Onderhoud", nil, Covered, false},
	{"pt", "Desenvolvimento de software; manutenção remota de instalações.", "Manutenção remota", nil, Covered, false},
	// Near misses: the object alone is no activity.
	{"de", "Fernwartung installierter Anlagen für Verpackungsbetriebe.", "Anlagenfertigung", nil, Uncovered, true},
	{"de", "Entwicklung von Steuerungssoftware; Fernwartung installierter Anlagen.", "Lohnabrechnung", nil, Uncovered, true},
	{"de", "Externe Fernwartung für Anlagenbetreiber.", "Fernwartung", nil, Covered, true},
	{"de", "Lieferung und Fernwartung installierter Anlagen.", "Lieferung", nil, Covered, true},
	{"fr", "Télémaintenance des installations.", "Installation", nil, Uncertain, true},
	{"en", "Remote maintenance of installed equipment.", "Equipment installation", nil, Uncertain, true},
	{"nl", "Onderhoud op afstand van installaties.", "Installatie", nil, Uncertain, true},
}

func TestScopeGenitive(t *testing.T) {
	runStrictTable(t, genitiveTable)
}
