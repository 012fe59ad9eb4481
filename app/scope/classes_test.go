package scope

import "testing"

// classTable checks, in the seven languages, classes of wording the
// matcher reads as an analyst does, each with near misses that must not
// give the fact: whom an activity serves written after "for" with no
// known customer noun; a service's name read in the scope's language by
// the families of words; German and Dutch compounds; scopes that number
// their activities; and "applications" that are requests, not software.
var classTable = []scopeCase{
	// What follows "for" an activity says whom it serves, known customer noun or not.
	{"en", "Fund administration, investor onboarding and AML screening for hedge funds.", "Hedge fund management", []string{"hedge fund"}, Uncertain, true},
	{"en", "Fund administration, investor onboarding and AML screening for hedge funds.", "Fund administration", nil, Covered, false},
	{"de", "Verwaltung von Wertpapierdepots für Family Offices.", "Family office", []string{"Family Office"}, Uncertain, true},
	{"fr", "Gestion administrative des contrats pour les mutuelles santé.", "Health insurance", []string{"mutuelles santé"}, Uncovered, true},
	{"es", "Administración de fondos para gestoras de inversión.", "Investment management", []string{"gestoras de inversión"}, Uncertain, true},
	{"it", "Amministrazione del personale per studi professionali.", "Professional services", []string{"studi professionali"}, Uncovered, true},
	{"nl", "Beheer van huurcontracten voor woningstichtingen.", "Housing", []string{"woningstichtingen"}, Uncertain, true},
	{"pt", "Gestão de carteiras para fundos de pensão.", "Pension funds", []string{"fundos de pensão"}, Uncertain, true},
}

func TestScopeClasses(t *testing.T) {
	runStrictTable(t, classTable)
}
