package scope

import "testing"

// Backup, restore, disaster recovery, business continuity and replication
// keep data recoverable: a scope naming one may hold another, so the
// service is uncertain, not uncovered. Near misses: an exclusion of the
// service still uncovers it, the same word is read by the rules that know
// it (a backup limited to another site), and an unrelated service stays
// uncovered.
var recoveryTable = []scopeCase{
	{"en", "Managed backup and restore services for customer servers, from data centres in Leeds.", "Disaster recovery as a service", []string{"DRaaS", "disaster recovery"}, Uncertain, true},
	{"en", "Managed backup and restore services for customer servers, excluding disaster recovery.", "Disaster recovery as a service", []string{"disaster recovery"}, Uncovered, false},
	{"en", "Managed backup and restore services for customer servers, from data centres in Leeds.", "Payroll", []string{"payroll"}, Uncovered, false},
	{"de", "Datensicherung und Wiederherstellung für Kundenserver in Frankfurt.", "Business continuity", []string{"business continuity"}, Uncertain, true},
	{"de", "Datensicherung für Kundenserver in Frankfurt.", "Lohnabrechnung", []string{"Lohnabrechnung"}, Uncovered, false},
	{"fr", "Sauvegarde externalisée des serveurs des clients depuis Lyon.", "Plan de reprise d'activité", []string{"reprise d'activité", "restauration"}, Uncertain, true},
	{"es", "Servicios de copias de seguridad gestionadas para clientes empresariales.", "Recuperación ante desastres", []string{"recuperación ante desastres"}, Uncertain, true},
	{"es", "Servicios de copias de seguridad gestionadas para clientes empresariales, excepto la recuperación ante desastres.", "Recuperación ante desastres", []string{"recuperación ante desastres"}, Uncovered, false},
	{"it", "Servizi di backup gestito per i clienti aziendali.", "Disaster recovery", []string{"ripristino"}, Uncertain, true},
	{"nl", "Beheerde back-updiensten en herstel van klantservers.", "Replicatie", []string{"replicatie"}, Uncertain, true},
	{"pt", "Serviços geridos de TI, incluindo gestão de servidores e cópias de segurança, para PME.", "Disaster recovery", []string{"recuperação de desastres", "DR"}, Uncertain, true},
}

func TestRecoveryWork(t *testing.T) {
	for i, c := range recoveryTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
