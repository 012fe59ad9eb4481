package scope

import "testing"

// A name that shows its language only by "between" ("tussen",
// "zwischen") or by Portuguese's own plurals ("internacionais",
// "móveis", "operações") is read in it: a keyword naming a broader
// activity the scope writes ("internet services", "mobile payments")
// leaves open a service whose own words the scope does not write.
func TestNameLanguageSigns(t *testing.T) {
	for _, c := range []struct {
		lang, scope, service string
		keywords             []string
		want                 string
	}{
		{"nl", "Levering van vaste internetdiensten aan zakelijke klanten; klantenservice.", "VPN-verbindingen tussen kantoren", []string{"internetdiensten"}, Uncertain},
		{"de", "Bereitstellung von Internetdiensten für Geschäftskunden; Kundenservice.", "VPN-Verbindungen zwischen Standorten", []string{"Internetdiensten"}, Uncertain},
		{"en", "Provision of internet services to business customers; customer service.", "VPN links between offices", []string{"internet services"}, Uncertain},
		{"pt", "Operação da plataforma de pagamentos móveis para clientes; gestão de contas.", "Envios internacionais", []string{"pagamentos móveis"}, Uncertain},
		{"pt", "Gestão de contas de poupança; concessão de crédito pessoal.", "Seguros imóveis residenciais", []string{"crédito pessoal"}, Uncertain},

		// Near misses: the scope writes the service, or the name is in
		// another language than the keyword that finds it.
		{"nl", "Levering van internetdiensten en VPN-verbindingen tussen kantoren aan zakelijke klanten.", "VPN-verbindingen tussen kantoren", []string{"internetdiensten"}, Covered},
		{"pt", "Operação de transferências internacionais e pagamentos móveis para clientes.", "Transferências internacionais", []string{"pagamentos móveis"}, Covered},
		{"pt", "Operação da plataforma de pagamentos móveis para clientes.", "Mobile payments", []string{"pagamentos móveis"}, Covered},
		{"nl", "Levering van vaste internetdiensten aan zakelijke klanten.", "Internet access", []string{"internetdiensten"}, Covered},
		{"es", "Gestión de cobros y pagos internacionales para empresas.", "Pagos internacionales", nil, Covered},
	} {
		got := Cover(c.scope, c.service, c.keywords)
		if got.Verdict != c.want {
			t.Errorf("%s: Cover(%q, %q, %q) = %s (%s), want %s", c.lang, c.scope, c.service, c.keywords, got.Verdict, got.Reason, c.want)
		}
	}
}
