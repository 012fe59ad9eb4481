package scope

import (
	"slices"
	"strings"
)

// forOthersWords are the qualifiers that say a service is done for
// others, customers or third parties, in the seven languages, folded to
// lower case without accents.
var forOthersWords = []string{
	"for third parties", "for customers", "for clients", "for others", "on behalf of third parties", "on behalf of customers", "on behalf of clients",
	"fur dritte", "fur kunden", "fur mandanten", "im auftrag von kunden", "im auftrag dritter",
	"pour des tiers", "pour le compte de tiers", "pour les clients", "pour des clients", "pour le compte de clients", "de tiers",
	"para terceros", "de terceros", "por cuenta de terceros", "para clientes", "para los clientes",
	"per conto terzi", "per conto di terzi", "di terzi", "per terzi", "per i clienti", "per clienti",
	"voor derden", "van derden", "voor klanten", "voor de klanten",
	"para terceiros", "de terceiros", "por conta de terceiros", "para clientes", "para os clientes",
}

// othersWords are the words a clause names those it works for by, when
// it does not name them after "for" or its like: "customer-owned",
// "clients", "third parties", "on behalf of".
var othersWords = []string{
	"customer", "client", "third part", "behalf",
	"kunde", "mandant", "dritte", "auftrag",
	"tiers", "pour le compte",
	"tercero", "cuenta de",
	"terzi", "conto di", "committent",
	"klant", "derden", "opdrachtgever",
	"terceiro", "conta de",
}

// forOthers returns the qualifier of a service's name that says it is
// done for others ("Alojamento de aplicações de terceiros", "Werkplekbeheer
// voor klanten", "Payroll for clients"), if any.
func forOthers(service string) (string, bool) {
	n := " " + strings.Join(strings.Fields(fold(strings.ToLower(strings.ReplaceAll(service, "-", " ")))), " ") + " "
	at := slices.IndexFunc(forOthersWords, func(w string) bool { return strings.Contains(n, " "+w+" ") })
	if at < 0 {
		return "", false
	}
	return forOthersWords[at], true
}

// servesOthers reports whether the clause a service is covered in says
// whom its activity is done for: customers it names after "for" or its
// like ("for financial institutions"), or a word for customers, clients,
// third parties or their behalf. "IT management of the office
// workstations" and "hosting of the applications in its own data centre"
// say no one: the organisation may do them for itself.
func (ix *scopeIndex) servesOthers(sentence string) bool {
	c := ix.clauseOf(sentence)
	if c == nil {
		return true
	}
	if len(c.customers) > 0 {
		return true
	}
	if slices.ContainsFunc(c.segments, func(g *segment) bool {
		return slices.ContainsFunc(g.phrases, func(p phrase) bool { return p.customer })
	}) {
		return true
	}
	text := fold(strings.ToLower(c.text))
	return slices.ContainsFunc(othersWords, func(w string) bool { return strings.Contains(text, w) })
}
