package scope

import "testing"

// readingsTable checks, in the seven languages, four ways the eighth
// batch's scopes name a service, or plainly leave it out, each with near
// misses:
//   - words written before the head of another activity qualify what it
//     acts on ("reinsurance treaty administration" underwrites nothing),
//     unless the service only manages what it names ("Claims handling"
//     against "claims bordereaux processing") or is found by a keyword
//     made of some of its name's words; the complement of a thing says
//     which thing it is in the languages that put the head first
//     ("administración de tratados de reaseguro");
//   - physical work (transport, delivery, repair) written only to say
//     whose paperwork another kind of work acts on ("conservazione dei
//     documenti di trasporto"); keeping the records of work on
//     information ("storage of payroll records") may be part of it, and
//     managing the paperwork may be too;
//   - the acronym IT written out in the scope's language ("sistemi
//     informativi", "informática", "Informatik");
//   - a keyword naming what the service's head acts on, read with the
//     head in the keyword's language, here transactions ("transacciones
//     de cuentas de ahorro" for "Savings transaction processing").
var readingsTable = []scopeCase{
	// Words before the head of another activity.
	{"en", "Catastrophe modelling, reinsurance treaty administration and claims bordereaux processing for property reinsurers.", "Reinsurance underwriting", nil, Uncovered, true},
	{"en", "Catastrophe modelling, reinsurance treaty administration and claims bordereaux processing for property reinsurers.", "Claims handling", []string{"claims"}, Uncertain, true},
	{"en", "Catastrophe modelling, reinsurance treaty administration and claims bordereaux processing for property reinsurers.", "Treaty administration", nil, Covered, false},
	{"en", "Freight invoice auditing for shippers.", "Freight forwarding", nil, Uncovered, true},
	{"en", "Freight invoice auditing for shippers.", "Freight audit", []string{"freight invoice auditing"}, Covered, false},
	{"en", "Rail freight scheduling.", "Rail car maintenance", []string{"rail"}, Uncertain, true},
	{"es", "Administración de tratados de reaseguro para aseguradoras.", "Suscripción de reaseguro", nil, Uncovered, true},
	{"pt", "Administração de tratados de resseguro para seguradoras.", "Subscrição de resseguro", nil, Uncovered, true},
	{"it", "Amministrazione dei trattati di riassicurazione.", "Riassicurazione", nil, Uncertain, true},
	// The paperwork of physical work.
	{"it", "Conservazione sostitutiva dei documenti di trasporto; assistenza tecnica.", "Freight transport", []string{"trasporto"}, Uncovered, true},
	{"it", "Conservazione sostitutiva dei documenti di trasporto; assistenza tecnica.", "Digital preservation of documents", []string{"conservazione sostitutiva"}, Covered, false},
	{"it", "Gestione dei documenti di trasporto.", "Freight transport", []string{"trasporto"}, Uncertain, true},
	{"en", "Archiving of transport documents for hauliers.", "Road haulage", []string{"transport"}, Uncovered, true},
	{"en", "Storage of payroll records for employers.", "Payroll", nil, Uncertain, true},
	{"fr", "Numérisation des documents de transport.", "Road haulage", []string{"transport"}, Uncovered, true},
	{"es", "Archivo de los documentos de transporte.", "Freight transport", []string{"transporte"}, Uncovered, true},
	{"pt", "Digitalização dos documentos de transporte.", "Road transport", []string{"transporte"}, Uncovered, true},
	{"de", "Digitalisierung von Transportdokumenten.", "Freight transport", []string{"Transport"}, Uncertain, true},
	{"nl", "Archivering van reparatierapporten.", "Repair", []string{"reparatie"}, Uncertain, true},
	// IT written out.
	{"it", "Gestione in outsourcing dei sistemi informativi di agenzie marittime.", "IT outsourcing", []string{"outsourcing"}, Covered, false},
	{"it", "Outsourcing della contabilità per agenzie marittime.", "IT outsourcing", []string{"outsourcing"}, Uncertain, true},
	{"es", "Outsourcing informático para bancos.", "IT outsourcing", nil, Covered, false},
	{"de", "Outsourcing der Informatik für Kliniken.", "IT outsourcing", nil, Covered, false},
	{"nl", "Beheer van informatiesystemen voor ziekenhuizen.", "IT outsourcing", nil, Uncertain, true},
	// Transactions of the thing a keyword names.
	{"es", "Procesamiento de transacciones de cuentas de ahorro y pagos móviles para socios.", "Savings transaction processing", []string{"cuentas de ahorro"}, Covered, false},
	{"es", "Apertura de cuentas de ahorro para socios.", "Savings transaction processing", []string{"cuentas de ahorro"}, Uncertain, true},
	{"es", "Auditoría de transacciones de cuentas de ahorro.", "Savings transaction processing", []string{"cuentas de ahorro"}, Uncertain, true},
	{"it", "Elaborazione delle transazioni dei conti di risparmio.", "Savings transaction processing", []string{"conti di risparmio"}, Covered, false},
	{"fr", "Traitement des transactions des comptes d'épargne.", "Savings transaction processing", []string{"comptes d'épargne"}, Covered, false},
	{"pt", "Processamento de transações de contas poupança.", "Savings transaction processing", []string{"contas poupança"}, Covered, false},
}

func TestScopeReadings(t *testing.T) {
	runStrictTable(t, readingsTable)
}
