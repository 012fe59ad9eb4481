package scope

import "testing"

// rolesTable holds scopes whose words for a service play another role, in
// the seven languages: a table header that names no activity, customers
// after "for" or a linker, and the means an activity is done by. None of
// them may cover the service; none but the customers may leave it out.
// Near misses write the same words as an activity, which stays covered.
var rolesTable = []scopeCase{
	// A header taken for a scope names no activity: it leaves out nothing.
	{"en", "Premises covered 1 2 3", "Customer care", []string{"customer care"}, Uncertain, false},
	{"en", "Locations in scope: 1, 2", "Payroll", nil, Uncertain, false},
	{"de", "Einbezogene Niederlassungen 1 2", "Lohnabrechnung", nil, Uncertain, false},
	{"fr", "Sites concernés 1 2 3", "Gestion de la paie", nil, Uncertain, false},
	{"es", "Ubicaciones incluidas 1 2 3", "Gestión de nóminas", nil, Uncertain, false},
	{"it", "Sedi coperte 1 2 3", "Elaborazione paghe", nil, Uncertain, false},
	{"nl", "Betrokken vestigingen 1 2 3", "Salarisadministratie", nil, Uncertain, false},
	{"pt", "Localizações abrangidas 1 2", "Processamento salarial", nil, Uncertain, false},
	{"en", "Cloud hosting of payroll software", "Customer care", []string{"customer care"}, Uncovered, true},
	{"nl", "Beheer van vestigingen en salarisadministratie", "Schoonmaak van kantoren", []string{"schoonmaak"}, Uncovered, true},

	// Customers after "for" or its like are served, not provided.
	{"en", "Operation of card payment terminals for merchants; issuing of prepaid cards.", "Retail shops", []string{"merchants"}, Uncovered, false},
	// German capitalised nouns read as activities only by their endings,
	// so this scope stays open; what matters is that it never covers.
	{"de", "Bereitstellung von Kartenterminals für Händler; Ausgabe von Prepaidkarten.", "Einzelhandel", []string{"Händler"}, Uncertain, false},
	{"fr", "Exploitation de terminaux de paiement pour les commerçants; émission de cartes prépayées.", "Commerce de détail", []string{"commerçants"}, Uncovered, false},
	{"es", "Operación de terminales de pago para comerciantes; emisión de tarjetas prepago.", "Comercio minorista", []string{"comerciantes"}, Uncovered, false},
	{"it", "Gestione di terminali di pagamento per esercenti; assistenza agli esercenti aderenti.", "Negozi al dettaglio", []string{"esercenti"}, Uncovered, false},
	{"nl", "Beheer van betaalterminals voor winkeliers; uitgifte van prepaidkaarten.", "Detailhandel", []string{"winkeliers"}, Uncovered, false},
	{"pt", "Gestão de terminais de pagamento para lojistas; emissão de cartões pré-pagos.", "Comércio a retalho", []string{"lojistas"}, Uncovered, false},
	{"it", "Gestione di terminali di pagamento per esercenti; assistenza agli esercenti aderenti.", "Terminali di pagamento", []string{"terminali di pagamento"}, Covered, true},

	// People after a linker are served: "fleet managers" are no fleet management.
	{"en", "Hosting of route planning software; onboarding services supporting fleet managers.", "Fleet management", []string{"fleet managers", "fleet management"}, Uncovered, false},
	{"en", "Hosting of route planning software; training serving warehouse managers.", "Warehouse management", []string{"warehouse managers"}, Uncovered, false},
	{"en", "Hosting of route planning software; onboarding services supporting fleet managers.", "Onboarding services", []string{"onboarding"}, Covered, true},
	{"en", "Hosting of route planning software; fleet management for haulage companies.", "Fleet management", []string{"fleet management"}, Covered, true},

	// The means an activity is done by is related to the service: open.
	{"en", "Collection of rents by means of electronic payment platforms; issuing of invoices.", "Payment processing", []string{"electronic payment"}, Uncertain, false},
	{"de", "Inkasso von Forderungen mittels elektronischer Zahlungsplattformen; Ausstellung von Rechnungen.", "Zahlungsabwicklung", []string{"elektronischer Zahlung"}, Uncertain, false},
	{"fr", "Recouvrement de créances au moyen de plateformes de paiement électronique; émission de factures.", "Traitement des paiements", []string{"paiement électronique"}, Uncertain, false},
	{"es", "Gestión de cobranzas por cuenta de terceros mediante plataformas de pago electrónico; emisión de facturas electrónicas.", "Payment processing", []string{"pago electrónico"}, Uncertain, false},
	{"it", "Recupero crediti tramite piattaforme di pagamento elettronico; emissione di fatture.", "Elaborazione pagamenti", []string{"pagamento elettronico"}, Uncertain, false},
	{"nl", "Incasso van vorderingen door middel van elektronische betaalplatforms; uitgifte van facturen.", "Betalingsverwerking", []string{"elektronische betaal"}, Uncertain, false},
	{"pt", "Cobrança de dívidas por meio de plataformas de pagamento eletrónico; emissão de faturas.", "Processamento de pagamentos", []string{"pagamento eletrónico"}, Uncertain, false},
	{"es", "Gestión de cobranzas mediante plataformas de pago electrónico; emisión de facturas.", "Gestión de cobranzas", nil, Covered, true},
	{"es", "Gestión de cobranzas mediante plataformas de pago electrónico; se excluye el otorgamiento de créditos.", "Otorgamiento de créditos", []string{"otorgamiento de créditos"}, Uncovered, true},
}

func TestScopeRoles(t *testing.T) {
	for i, c := range rolesTable {
		got := Cover(c.scope, c.service, c.keywords)
		if got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
