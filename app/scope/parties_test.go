package scope

import "testing"

// partiesTable checks, in the seven languages, the other organisations a
// scope names besides the certified one, found in the eighth batch: a
// service whose words the scope writes only there is not provided, and
// near misses that must stay covered or open:
//   - kinds of customers written after "for": agents, agencies,
//     manufacturers, reinsurers and retailers ("para agentes de aduana y
//     navieras", "für Glas- und Schmuckhersteller");
//   - those an activity deals with, a customer noun after "with" ("data
//     exchange with energy retailers"), but not an activity after it
//     ("assistance with payroll");
//   - those whose thing an activity acts on, a plural customer noun after
//     "of" a thing ("i sistemi informativi di agenzie marittime"), but
//     not a singular that names the kind of thing ("sistema de comunidad
//     portuaria"), nor one after an action ("management of agencies");
//   - third parties an activity is done through ("via third-party
//     acquirers"), but not the certified one acting as a third party
//     ("third-party administration"), nor a way of paying ("tiers
//     payant").
var partiesTable = []scopeCase{
	// Kinds of customers.
	{"es", "Operación del sistema de comunidad portuaria para agentes de aduana y navieras; digitalización de manifiestos de carga.", "Customs brokerage", []string{"agentes de aduana"}, Uncovered, true},
	{"es", "Operación del sistema de comunidad portuaria para agentes de aduana y navieras; digitalización de manifiestos de carga.", "Port community system", []string{"comunidad portuaria"}, Covered, false},
	{"de", "Entwicklung und Betrieb von Lagerverwaltungssoftware für Glas- und Schmuckhersteller; Rechenzentrumsbetrieb.", "Jewellery wholesale", []string{"Schmuck"}, Uncovered, true},
	{"de", "Entwicklung und Betrieb von Lagerverwaltungssoftware für Glas- und Schmuckhersteller; Rechenzentrumsbetrieb.", "Warehouse management software", []string{"Lagerverwaltung"}, Covered, false},
	{"en", "Claims bordereaux processing for property reinsurers.", "Reinsurance", []string{"reinsurers"}, Uncovered, true},
	{"fr", "Gestion des contrats pour les réassureurs et les courtiers.", "Réassurance", []string{"réassureurs"}, Uncovered, true},
	{"it", "Gestione della piattaforma di ricarica per agenti e dettaglianti.", "Vendita al dettaglio", []string{"dettaglianti"}, Uncovered, true},
	{"pt", "Operação da plataforma de pagamentos para agências de viagens.", "Travel agency", []string{"agências de viagens"}, Uncovered, true},
	{"nl", "Onderhoud van software voor fabrikanten van meubels.", "Furniture manufacturing", []string{"meubels"}, Uncovered, true},
	{"nl", "Onderhoud van software voor fabrikanten van meubels.", "Software maintenance", []string{"onderhoud van software"}, Covered, false},
	// Those an activity deals with.
	{"en", "Operation of metering data platforms; billing data exchange with energy retailers.", "Electricity retail", []string{"energy retailers"}, Uncovered, true},
	{"en", "Operation of metering data platforms; billing data exchange with energy retailers.", "Billing data exchange", nil, Covered, false},
	{"de", "Abstimmung der Zahlungsdateien mit Banken.", "Banking", []string{"Banken"}, Uncovered, true},
	{"fr", "Échange de données de facturation avec les fournisseurs d'énergie.", "Fourniture d'énergie", []string{"énergie"}, Uncovered, true},
	{"es", "Conciliación de pagos con los bancos.", "Banca", []string{"bancos"}, Uncovered, true},
	{"it", "Riconciliazione dei pagamenti con le banche.", "Servizi bancari", []string{"banche"}, Uncovered, true},
	{"nl", "Uitwisseling van factuurgegevens met energieleveranciers.", "Energy supply", []string{"energieleveranciers"}, Uncovered, true},
	{"pt", "Conciliação de pagamentos com os bancos.", "Banking", []string{"bancos"}, Uncovered, true},
	{"en", "Assistance with payroll queries; hosting of HR systems.", "Hosting", nil, Covered, false},
	{"en", "Payroll processing and support with year-end filings.", "Payroll processing", nil, Covered, false},
	// Those whose thing an activity acts on.
	{"it", "Gestione in outsourcing dei sistemi informativi di agenzie marittime.", "Shipping agency", []string{"agenzie marittime"}, Uncovered, true},
	{"en", "Hosting of the information systems of shipping agencies.", "Shipping agency", []string{"shipping agencies"}, Uncovered, true},
	{"fr", "Hébergement des systèmes d'information des agences de voyages.", "Agence de voyages", []string{"agences de voyages"}, Uncovered, true},
	{"es", "Operación del sistema de comunidad portuaria.", "Port community system", []string{"comunidad portuaria"}, Covered, false},
	{"en", "Management of agencies for the regional government.", "Agency management", nil, Covered, false},
	// Third parties.
	{"en", "Provision of remote gaming platform services, including payment processing via third-party acquirers.", "Card acquiring", []string{"acquirers"}, Uncovered, true},
	{"en", "Provision of remote gaming platform services, including payment processing via third-party acquirers.", "Payment processing", nil, Covered, false},
	{"en", "Provision of remote gaming platform services, including payment processing via third- party acquirers.", "Card acquiring", []string{"acquirers"}, Uncovered, true},
	{"en", "Third-party administration of pension schemes.", "Pension administration", nil, Covered, false},
	{"fr", "Traitement des paiements via des acquéreurs tiers.", "Acquisition de cartes", []string{"acquéreurs"}, Uncovered, true},
	{"fr", "Gestion du tiers payant pour les pharmacies.", "Tiers payant", []string{"tiers payant"}, Covered, false},
	{"es", "Procesamiento de pagos mediante adquirentes terceros.", "Adquirencia", []string{"adquirentes"}, Uncovered, true},
	{"it", "Elaborazione dei pagamenti tramite acquirer terzi.", "Acquiring", []string{"acquirer"}, Uncovered, true},
	{"pt", "Processamento de pagamentos por meio de adquirentes terceiros.", "Adquirência", []string{"adquirentes"}, Uncovered, true},
	{"de", "Zahlungsabwicklung durch Drittanbieter.", "Payment service provider", []string{"Drittanbieter"}, Uncovered, true},
	{"es", "Gestión de cobranzas por cuenta de terceros mediante plataformas de pago electrónico.", "Payment processing", []string{"pago electrónico"}, Uncertain, true},
}

func TestScopeParties(t *testing.T) {
	runStrictTable(t, partiesTable)
}
