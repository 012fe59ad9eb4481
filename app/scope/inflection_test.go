package scope

import "testing"

// inflectionTable checks, in the seven languages, two classes of
// wording, each with near misses that must not give the fact:
//   - plurals and inflected forms meet the singular a keyword writes:
//     the German dative plural ("Versicherern", "Drittanbietern"), French
//     "-aux" and "-eaux" ("journaux", "réseaux", "bureaux"), Spanish
//     "-ciones", Italian "-io"/"-i" and "-ca"/"-che" ("archivi",
//     "banche"), Dutch plurals that double, voice or shorten what is
//     before them ("problemen", "huizen"), Portuguese "-ais" ("canais");
//     the same words for another activity, or for those served, stay open
//     or uncovered;
//   - a short service name with no sign of its language of its own
//     ("Transport routier") is read in the language of the clause that
//     writes it word for word, with its head where that language puts
//     it; written elsewhere, or for another activity, it is not
//     provided.
var inflectionTable = []scopeCase{
	// Plurals and inflected forms.
	{"de", "Abrechnung von Leistungen mit Krankenkassen und Versicherern.", "Billing", []string{"Abrechnung"}, Covered, false},
	{"de", "Abrechnung von Leistungen mit Krankenkassen und Versicherern.", "Health insurance", []string{"Versicherer"}, Uncertain, true},
	{"de", "Zahlungsabwicklung durch Drittanbietern.", "Payment service provider", []string{"Drittanbieter"}, Uncovered, true},
	{"fr", "Numérisation des journaux de bord pour les armateurs.", "Logbook digitisation", []string{"numérisation du journal de bord"}, Covered, false},
	{"fr", "Impression des journaux de bord pour les armateurs.", "Logbook digitisation", []string{"numérisation du journal de bord"}, Uncertain, true},
	{"fr", "Supervision des réseaux de télécommunication.", "Network monitoring", []string{"supervision du réseau"}, Covered, false},
	{"fr", "Location de bureaux équipés pour les entreprises.", "Office rental", []string{"location de bureau"}, Covered, false},
	{"es", "Gestión de operaciones portuarias para navieras.", "Port operations", []string{"operación portuaria"}, Covered, false},
	{"es", "Consultoría sobre operaciones portuarias.", "Port operations", []string{"operación portuaria"}, Uncertain, true},
	{"it", "Gestione degli archivi cartacei per le banche.", "Archive management", []string{"gestione dell'archivio"}, Covered, false},
	{"it", "Gestione degli archivi cartacei per le banche.", "Banking", []string{"banca"}, Uncovered, true},
	{"it", "Gestione delle pratiche assicurative.", "Claims handling", []string{"gestione della pratica"}, Covered, false},
	{"nl", "Beheer van problemen en wijzigingen voor klanten.", "Problem management", []string{"beheer van probleem"}, Covered, false},
	{"nl", "Verhuur van huizen en appartementen.", "House rental", []string{"verhuur van huis"}, Covered, false},
	{"nl", "Onderhoud van huizen en appartementen.", "House rental", []string{"verhuur van huis"}, Uncertain, true},
	{"nl", "Boekhouding voor bedrijven in de bouw.", "Construction", []string{"bedrijf in de bouw"}, Uncovered, true},
	{"pt", "Operação dos canais de atendimento ao cliente.", "Customer service channel", []string{"canal de atendimento"}, Covered, false},
	{"pt", "Consultoria sobre canais de atendimento ao cliente.", "Customer service channel", []string{"canal de atendimento"}, Uncertain, true},
	// A short name in the language of the clause that writes it.
	{"fr", "Transport routier de marchandises pour les chargeurs.", "Transport routier", nil, Covered, false},
	{"fr", "Développement de logiciels pour le transport routier et la gestion des entrepôts.", "Transport routier", nil, Uncertain, true},
	{"fr", "Gestion des entrepôts pour les chargeurs.", "Transport routier", nil, Uncertain, true},
	{"en", "Road transport of goods for shippers.", "Transport routier", nil, Uncertain, true},
	{"it", "Trasporto stradale di merci per conto terzi.", "Trasporto stradale", nil, Covered, false},
	{"it", "Manutenzione dei veicoli per il trasporto stradale.", "Trasporto stradale", nil, Uncertain, true},
	{"es", "Transporte terrestre de mercancías para los cargadores.", "Transporte terrestre", nil, Covered, false},
	{"es", "Alquiler de camiones para el transporte terrestre.", "Transporte terrestre", nil, Uncertain, true},
	{"pt", "Transporte rodoviário de mercadorias para os clientes.", "Transporte rodoviário", nil, Covered, false},
	{"pt", "Seguros para o transporte rodoviário de mercadorias.", "Transporte rodoviário", nil, Uncertain, true},
	{"nl", "Gekoeld transport van levensmiddelen voor supermarkten.", "Gekoeld transport", nil, Covered, false},
	{"nl", "Verhuur van koelcellen voor gekoeld transport.", "Gekoeld transport", nil, Uncertain, true},
	{"de", "Internationale Spedition von Stückgut für Händler.", "Internationale Spedition", nil, Covered, false},
}

// compoundTable checks, in the seven languages, German and Dutch
// compounds read as their parts, joined by "-s-", "-es-", "-n-" or
// "-en-", where the first is a word the matcher knows: one ending in a
// word of running a thing ("Rechenzentrumsbetrieb", "Lagerbetrieb") runs
// it, one ending in a centre ("klantenservicecentrum") does its work, and
// one ending in papers ("Transportdokumente") names papers of that work,
// as the other languages write them in phrases. Near misses: customers
// named by such a compound ("für Transportbetriebe"), papers of physical
// work, things done in a centre and software for one.
var compoundTable = []scopeCase{
	{"de", "Rechenzentrumsbetrieb am Standort Köln; Anwenderschulungen für Kunden.", "Data centre operation", []string{"Rechenzentrum"}, Covered, false},
	{"de", "Betrieb von Rechenzentren für Banken.", "Data centre operation", []string{"Rechenzentrum"}, Covered, false},
	{"de", "Lagerbetrieb und Kommissionierung für Händler.", "Warehousing", []string{"Lager"}, Covered, false},
	{"de", "Archivierung der Transportdokumente für Speditionen.", "Document archiving", []string{"Archivierung von Dokumenten"}, Covered, false},
	{"de", "Beratung für Transportbetriebe.", "Road haulage", []string{"Transport"}, Uncovered, true},
	{"de", "Wartung von Software für Lagerbetriebe.", "Warehousing", []string{"Lager"}, Uncovered, true},
	{"de", "Archivierung der Transportdokumente für Speditionen.", "Road haulage", []string{"Transport"}, Uncertain, true},
	{"nl", "Beheer van het klantenservicecentrum voor verzekeraars.", "Customer service", []string{"klantenservice"}, Covered, false},
	{"nl", "Archivering van transportdocumenten voor expediteurs.", "Document archiving", []string{"archivering van documenten"}, Covered, false},
	{"nl", "Bewaring van dossiers in het klantenservicecentrum.", "Customer service", []string{"klantenservice"}, Uncertain, true},
	{"nl", "Archivering van transportdocumenten voor expediteurs.", "Road haulage", []string{"transport"}, Uncertain, true},
	{"fr", "Exploitation du centre de données de Lyon.", "Data centre operation", []string{"centre de données"}, Covered, false},
	{"fr", "Développement de logiciels pour centres de données.", "Data centre operation", []string{"centre de données"}, Uncertain, true},
	{"es", "Gestión del centro de atención al cliente para aseguradoras.", "Customer service", []string{"atención al cliente"}, Covered, false},
	{"es", "Desarrollo de software para centros de datos.", "Data centre operation", []string{"centro de datos"}, Uncertain, true},
	{"it", "Gestione del centro di assistenza clienti per le assicurazioni.", "Customer service", []string{"assistenza clienti"}, Covered, false},
	{"it", "Archiviazione dei documenti di trasporto per gli spedizionieri.", "Document archiving", []string{"archiviazione dei documenti"}, Covered, false},
	{"pt", "Operação do centro de dados de Lisboa.", "Data centre operation", []string{"centro de dados"}, Covered, false},
	{"pt", "Venda de equipamentos para centros de dados.", "Data centre operation", []string{"centro de dados"}, Uncertain, true},
	{"en", "Leasing of office space in the customer service centre.", "Customer service", nil, Uncertain, true},
}

func TestScopeCompounds(t *testing.T) {
	runStrictTable(t, compoundTable)
}

func TestScopeInflection(t *testing.T) {
	runStrictTable(t, inflectionTable)
}

// TestStemPlurals checks that the stemmer of each language gives a
// plural and its singular one stem.
func TestStemPlurals(t *testing.T) {
	for _, p := range []struct {
		l    lang
		a, b string
	}{
		{german, "drittanbieter", "drittanbietern"}, {german, "dokument", "dokumenten"}, {german, "kind", "kindern"},
		{german, "rechenzentrum", "rechenzentren"}, {german, "rechenzentrum", "rechenzentrums"},
		{french, "journal", "journaux"}, {french, "reseau", "reseaux"}, {french, "bureau", "bureaux"}, {french, "routier", "routieres"},
		{spanish, "operacion", "operaciones"}, {spanish, "almacen", "almacenes"},
		{italian, "servizio", "servizi"}, {italian, "banca", "banche"}, {italian, "catalogo", "cataloghi"},
		{dutch, "proces", "processen"}, {dutch, "bedrijf", "bedrijven"}, {dutch, "huis", "huizen"}, {dutch, "probleem", "problemen"},
		{dutch, "gegeven", "gegevens"}, {dutch, "dossier", "dossiers"}, {dutch, "bureau", "bureaus"}, {dutch, "niveau", "niveaus"},
		{dutch, "studie", "studies"}, {dutch, "organisatie", "organisaties"}, {dutch, "status", "statussen"},
		{portuguese, "operacao", "operacoes"}, {portuguese, "canal", "canais"}, {portuguese, "papel", "papeis"}, {portuguese, "viagem", "viagens"},
		{english, "company", "companies"},
	} {
		if a, b := stemIn(p.l, p.a), stemIn(p.l, p.b); a != b {
			t.Errorf("%s: %q stems to %q, %q to %q", langNames[p.l], p.a, a, p.b, b)
		}
	}
}
