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
		{french, "journal", "journaux"}, {french, "reseau", "reseaux"}, {french, "bureau", "bureaux"}, {french, "routier", "routieres"},
		{spanish, "operacion", "operaciones"}, {spanish, "almacen", "almacenes"},
		{italian, "servizio", "servizi"}, {italian, "banca", "banche"}, {italian, "catalogo", "cataloghi"},
		{dutch, "proces", "processen"}, {dutch, "bedrijf", "bedrijven"}, {dutch, "huis", "huizen"}, {dutch, "probleem", "problemen"},
		{dutch, "gegeven", "gegevens"}, {dutch, "dossier", "dossiers"},
		{portuguese, "operacao", "operacoes"}, {portuguese, "canal", "canais"}, {portuguese, "papel", "papeis"}, {portuguese, "viagem", "viagens"},
		{english, "company", "companies"},
	} {
		if a, b := stemIn(p.l, p.a), stemIn(p.l, p.b); a != b {
			t.Errorf("%s: %q stems to %q, %q to %q", langNames[p.l], p.a, a, p.b, b)
		}
	}
}
