package scope

import (
	"strings"
	"testing"
)

func TestCover(t *testing.T) {
	const (
		covered   = Covered
		uncovered = Uncovered
		uncertain = Uncertain
	)
	cases := []struct {
		name     string
		scope    string
		service  string
		keywords []string
		want     string
		sentence string // a part of the sentence Coverage must quote; "" for none
	}{
		// Word order, inflection, case.
		{"exact", "Payroll processing", "Payroll processing", nil, covered, "Payroll processing"},
		{"word order and inflection", "The processing of payroll for UK employers.", "Payroll processing", nil, covered, "processing of payroll"},
		{"plural verb form", "Operation of payroll processes and pension administration.", "Payroll processing", nil, covered, "payroll processes"},
		{"processed", "Payroll data processed on behalf of clients.", "Payroll processing", nil, covered, ""},
		{"case", "PAYROLL PROCESSING AND HR SERVICES", "payroll processing", nil, covered, ""},
		{"plural service name", "Provision of a managed firewall service.", "Managed firewalls", nil, covered, ""},
		{"singular scope, plural service", "Operation of the Leeds data centre.", "Data centres", nil, covered, ""},
		{"british and american spelling", "Colocation in our data centers.", "Data centre colocation", nil, covered, ""},
		{"ies plural", "Hosting of digital libraries.", "Digital library hosting", nil, covered, ""},
		{"development forms", "Design and development of bespoke software for insurers.", "Software developers", nil, covered, ""},

		// Hyphenation.
		{"e-mail in scope, email service", "Provision of hosted e-mail and calendaring.", "Email hosting", nil, covered, ""},
		{"email in scope, e-mail service", "Managed email services.", "E-mail", nil, covered, ""},
		{"hyphenated service, spaced scope", "Cloud hosting and backup.", "Cloud-hosting", nil, covered, ""},
		{"spaced service, hyphenated scope", "Secure cloud-hosting for retail clients.", "Cloud hosting", nil, covered, ""},
		{"back-up vs backup", "Managed back-up of customer servers.", "Backup", nil, covered, ""},

		// Keywords.
		{"keyword covers where the name does not", "Managed hosting of customer data.", "Cloud hosting", []string{"managed hosting"}, covered, ""},
		{"keyword alone", "Operation of the Acme HRIS.", "People system", []string{"HRIS"}, covered, ""},
		{"no keyword matches", "Operation of the Acme HRIS.", "Payroll", []string{"wages", "salary"}, uncovered, ""},

		// Exclusions.
		{"excluding the module", "HR software services, excluding the payroll module.", "Payroll processing", nil, uncovered, "excluding the payroll module"},
		{"with the exception of", "All services of Acme Ltd with the exception of payroll.", "Payroll", nil, uncovered, "with the exception of payroll"},
		{"does not include", "The certificate covers HR administration. It does not include payroll.", "Payroll services", nil, uncovered, "does not include payroll"},
		{"except for", "Hosting and support services, except for e-mail hosting.", "Email hosting", nil, uncovered, "except for e-mail hosting"},
		{"other than", "All cloud services other than backup.", "Cloud backup", nil, uncovered, "other than backup"},
		{"not covered: list", "Managed hosting and payroll.\nNot covered: payroll bureau services.", "Payroll bureau", nil, uncovered, "Not covered"},
		{"not covered: a part of the service", "Managed hosting and payroll.\nNot covered: payroll bureau services.", "Payroll", nil, uncertain, "Managed hosting and payroll"},
		{"is excluded, after the fact", "Payroll processing and HR services. The payroll module is excluded.", "Payroll processing", nil, uncovered, "payroll module is excluded"},
		{"out of scope, passive", "Cloud hosting is in scope; recruitment services are out of scope.", "Recruitment", nil, uncovered, "recruitment services are out of scope"},
		{"in brackets", "Software development (excluding mobile apps) and hosting.", "Mobile app development", nil, uncovered, "excluding mobile apps"},
		{"in brackets, rest still covered", "Software development (excluding mobile apps) and hosting.", "Hosting", nil, covered, ""},
		{"exclusion of something else", "Cloud hosting, excluding email hosting.", "Cloud hosting", nil, covered, ""},
		{"narrower exclusion", "Email services, excluding email archiving.", "Email", nil, uncertain, "excluding email archiving"},
		{"excluded list, later item", "Hosting services excluding payroll, benefits and pensions administration.", "Pensions administration", nil, uncovered, ""},
		{"exclusion names the keyword", "Managed hosting, excluding cloud services.", "Cloud hosting", []string{"managed hosting"}, uncertain, ""},

		// Limits to a site or product.
		{"other site", "Managed hosting services, limited to the Dublin data centre.", "Managed hosting in Frankfurt", nil, uncovered, ""},
		{"same site", "Managed hosting services, limited to the Dublin data centre.", "Managed hosting in Dublin", nil, covered, ""},
		{"site limit, service says no site", "Managed hosting services, limited to the Dublin data centre.", "Managed hosting", nil, uncertain, "limited to the Dublin"},
		{"site limit in another sentence", "Managed hosting services. The scope is restricted to the Frankfurt site.", "Hosting from Amsterdam", nil, uncovered, ""},
		{"other product", "Software development and support for the HR Cloud product only.", "Payroll Cloud", nil, uncovered, ""},
		{"same product", "Software development and support for the HR Cloud product only.", "HR Cloud", nil, covered, ""},
		{"limited to the service itself", "The scope is limited to the ISMS supporting the Acme payroll bureau.", "Payroll bureau", nil, covered, ""},

		// Partial and generic matches.
		{"partial multi-word", "Managed hosting in EU data centres.", "Managed hosting in Frankfurt", nil, uncertain, "Managed hosting"},
		{"only some words", "Development of HR software.", "HR analytics consulting", nil, uncertain, ""},
		{"generic-only service", "Managed services for retail customers.", "Managed services", nil, uncertain, ""},
		{"scope in general terms", "Provision of IT services and solutions.", "Payroll services", nil, uncertain, "IT services and solutions"},
		{"management alone", "Information security management for Acme Group.", "Payroll management", nil, uncertain, ""},
		{"specific scope, generic overlap", "Cloud hosting and backup services.", "Payroll services", nil, uncovered, ""},
		{"only the generic word of a two-word service", "Processing of HR data.", "Payroll processing", nil, uncovered, ""},
		{"words from two sentences do not add up", "Payroll for UK clients. Hosting is provided by a third party.", "Payroll hosting", nil, uncertain, ""},
		{"absent", "Payroll processing", "Cloud hosting", nil, uncovered, ""},

		{"blanket scope", "The ISMS applies to all activities at the London head office.", "Payroll processing", nil, uncertain, "all activities"},
		{"blanket scope with an exclusion", "All services of Acme Ltd except payroll.", "Hosting", nil, uncertain, ""},
		{"limit in brackets", "Cloud hosting (AWS eu-west-1 only).", "Cloud hosting", nil, uncertain, ""},
		{"partly excluded by a later sentence", "Payroll processing. Payroll for the Irish entity is not covered.", "Payroll processing", nil, uncertain, "Payroll processing"},
		{"only named where excluded", "ERP hosting, excluding hardware maintenance.", "Maintenance", nil, uncovered, "excluding hardware maintenance"},
		{"acronym keyword", "Managed SOC services for the financial sector.", "Security operations centre", []string{"SOC"}, covered, ""},

		// Other languages.
		{"Italian: the mode of delivery is no activity", "Sviluppo ed erogazione in modalità cloud della piattaforma di gestione documentale.", "Document management", []string{"gestione documentale"}, covered, ""},
		{"Spanish: the mode of delivery is no activity", "Prestación en modalidad SaaS de la plataforma de facturación electrónica.", "E-invoicing", []string{"facturación electrónica"}, covered, ""},
		{"German compound keyword, absent", "Entwicklung und Betrieb der Buchhaltungssoftware KontoPlus.", "Penetration testing", []string{"Penetrationstests"}, uncovered, ""},
		{"English name only, German scope", "Entwicklung und Betrieb der Buchhaltungssoftware KontoPlus.", "Penetration testing", nil, uncertain, ""},

		// Degenerate input.
		{"no scope", "", "Payroll", nil, uncovered, ""},
		{"blank service", "Anything at all", "  ", nil, uncovered, ""},
		{"only stop words", "The provision of services", "The", nil, uncovered, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Cover(c.scope, c.service, c.keywords)
			if got.Verdict != c.want {
				t.Errorf("Cover(%q, %q) = %s (%s; %q), want %s", c.scope, c.service, got.Verdict, got.Reason, got.Sentence, c.want)
			}
			if c.sentence != "" && !strings.Contains(got.Sentence, c.sentence) {
				t.Errorf("sentence = %q, want it to contain %q", got.Sentence, c.sentence)
			}
			if got.Reason == "" || got.Service != c.service {
				t.Errorf("coverage = %+v: needs the service and a reason", got)
			}
		})
	}
	if len(cases) < 30 {
		t.Errorf("only %d cases", len(cases))
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"process", "processes", "processing", "processed"},
		{"host", "hosts", "hosting", "hosted"},
		{"service", "services"},
		{"library", "libraries"},
		{"centre", "centres", "center", "centers"},
		{"manage", "managed", "management", "manager", "managing"},
		{"organisation", "organization", "organisations"},
		{"develop", "developer", "developers", "development", "developing"},
		{"operate", "operation", "operations", "operating", "operated"},
		{"plan", "planned", "planning"},
		{"bill", "billing", "bills"},
		{"person", "people"},
	}
	for _, g := range groups {
		want := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: want them equal", w, got, g[0], want)
			}
		}
	}
	apart := [][2]string{{"payroll", "pay"}, {"analysis", "analyst"}, {"access", "acces"}, {"bus", "bu"}}
	for _, p := range apart {
		if stem(p[0]) == stem(p[1]) && p[0] != "access" {
			t.Errorf("stem(%q) = stem(%q)", p[0], p[1])
		}
	}
}

func TestSplitClauses(t *testing.T) {
	cases := []struct {
		scope string
		want  int
	}{
		{"One. Two; three", 3},
		{"Acme Ltd. provides hosting, e.g. web hosting.", 1},
		{"Hosting of version 2.1 of the platform.", 1},
		{"Services:\n- hosting\n- payroll\n\nSupport by J. Smith", 4},
		{"A wrapped\nline of text", 1},
		{"• hosting • payroll", 2},
		{"1. Lohnabrechnung 2. Hosting 3. Support", 3},
		{"Scope: (a) payroll (b) hosting (c) support", 4},
		{"Périmètre : 1° paie ; 2° hébergement", 3},
		{"i) payroll ii) hosting iii) support", 3},
		{"Payroll (release 2) and hosting", 1},
		{"Certified to ISO 27001. Payroll", 2},
		{"Payroll for 12 clients in 3 countries", 1},
		{"Plan A) and plan B) payroll", 1},
	}
	for _, c := range cases {
		if got := splitClauses(c.scope); len(got) != c.want {
			t.Errorf("splitClauses(%q) = %q, want %d clauses", c.scope, got, c.want)
		}
	}
}

func FuzzCover(f *testing.F) {
	f.Add("Payroll processing, excluding the payroll module (and e-mail).", "Payroll processing", "payroll")
	f.Add("Managed hosting, limited to the Dublin data centre; for the HR Cloud product only.", "Managed hosting in Frankfurt", "")
	f.Add("NOT COVERED: ((( ", "-", "'")
	f.Add("!", "0", "0")
	f.Add("Design, development (and (hosting) of: payroll", "L'hébergement", "a l exclusion de")
	f.Fuzz(func(t *testing.T, scope, name, keyword string) {
		c := Cover(scope, name, []string{keyword})
		switch c.Verdict {
		case Covered, Uncovered, Uncertain:
		default:
			t.Fatalf("verdict %q", c.Verdict)
		}
		if c.Reason == "" {
			t.Fatal("no reason")
		}
	})
}
