package scope

import "testing"

// A keyword that writes out the one a service was covered by in the
// scope's language ("alojamento de servidores" beside "servidores" for
// "Server hosting") says the kind of work the service is: where the scope
// writes that kind nowhere ("gestão de servidores"), the cover is
// uncertain. Near misses: the scope writing the kind too stays covered,
// and an acronym beside the keyword ("KYC") is no fuller name. Left open:
// a fuller keyword whose language the matcher does not tell ("hosting van
// servers" reads as English) says nothing in the clause's language.
var fullerKeyTable = []scopeCase{
	{"en", "Managed IT services for SMEs, including server management and user support.", "Server hosting", []string{"hosting of servers", "servers"}, Uncertain, true},
	{"en", "Managed IT services for SMEs, including server hosting and user support.", "Server hosting", []string{"hosting of servers", "servers"}, Covered, false},
	{"de", "IT-Dienstleistungen für KMU, einschließlich Verwaltung von Servern.", "Server hosting", []string{"Hosting von Servern", "Servern"}, Uncertain, true},
	{"fr", "Services informatiques pour les PME, dont la gestion de serveurs.", "Server hosting", []string{"hébergement de serveurs", "serveurs"}, Uncertain, true},
	{"es", "Servicios de TI gestionados para pymes, incluida la gestión de servidores.", "Server hosting", []string{"alojamiento de servidores", "servidores"}, Uncertain, true},
	{"it", "Servizi IT gestiti per PMI, inclusa la gestione dei server.", "Server hosting", []string{"hosting dei server", "server"}, Uncertain, true},
	{"nl", "Beheerde IT-diensten voor het mkb, waaronder beheer van servers.", "Server hosting", []string{"hosten van servers", "servers"}, Uncertain, true},
	{"pt", "Serviços geridos de TI, incluindo gestão de servidores e cópias de segurança, para PME.", "Server hosting", []string{"alojamento de servidores", "servidores"}, Uncertain, true},
	{"en", "Know-your-customer verification for banks.", "KYC verification", []string{"know-your-customer", "KYC"}, Covered, false},
}

func TestFullerKeyword(t *testing.T) {
	for i, c := range fullerKeyTable {
		if got := Cover(c.scope, c.service, c.keywords); got.Verdict != c.want {
			t.Errorf("%d %s: Cover(%q, %q, %q) = %s (%s), want %s", i, c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
