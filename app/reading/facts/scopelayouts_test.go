package facts

import (
	"slices"
	"testing"
)

// TestScopeUnderStackedLabels reads certificates printed in each national
// language in turn: the scope's label in every language, parted by
// slashes and wrapped over two lines, then the statement in each language.
// The first statement is the scope; the labels never are.
func TestScopeUnderStackedLabels(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"it over de and fr, label wrapped", []string{
			"ISO/IEC 27001:2022",
			"La certificazione si estende a: / Die Zertifizierung erstreckt sich auf: / La certification",
			"s'étend à :",
			"Gestione dei magazzini frigoriferi e",
			"della distribuzione di farmaci.",
			"Betrieb der Kühllager und",
			"der Verteilung von Arzneimitteln.",
			"Exploitation des entrepôts frigorifiques et",
			"de la distribution de médicaments.",
			"Codice / Zertifikat-Nr.: | KX-19",
		}, "Gestione dei magazzini frigoriferi e della distribuzione di farmaci."},
		{"de over fr", []string{
			"Die Zertifizierung umfasst: / La certification couvre :",
			"Entwicklung und Betrieb einer Plattform für Versicherungsmakler.",
			"Développement et exploitation d'une plateforme pour courtiers.",
			"Zertifikat-Nr. / N° : | DE-44",
		}, "Entwicklung und Betrieb einer Plattform für Versicherungsmakler."},
		{"fr over nl, nl label wrapped", []string{
			"Le certificat couvre : / Het certificaat",
			"omvat:",
			"Hébergement et sauvegarde des archives numériques de notaires.",
			"Hosting en back-up van de digitale archieven van notarissen.",
		}, "Hébergement et sauvegarde des archives numériques de notaires."},
		{"es over pt", []string{
			"La certificación comprende: / A certificação abrange:",
			"Gestión de nóminas para empresas agrícolas",
			"de la región.",
			"Gestão de salários para empresas agrícolas da região.",
			"Válido hasta / Válido até: | 30/06/2027",
		}, "Gestión de nóminas para empresas agrícolas de la región."},
		{"pt over es", []string{
			"A certificação abrange: / La certificación comprende:",
			"Transporte rodoviário de valores e custódia de numerário.",
			"Transporte por carretera de valores y custodia de efectivo.",
		}, "Transporte rodoviário de valores e custódia de numerário."},
		{"nl over fr", []string{
			"De certificatie omvat: / La certification comprend :",
			"Beheer van de loonadministratie voor gemeenten.",
			"Gestion de l'administration salariale des communes.",
		}, "Beheer van de loonadministratie voor gemeenten."},
		{"en over de", []string{
			"This certificate covers: / Dieses Zertifikat umfasst:",
			"Operation of a data centre for regional banks.",
			"Betrieb eines Rechenzentrums für Regionalbanken.",
		}, "Operation of a data centre for regional banks."},
		// Near miss: the wrapped line goes on with the statement and no
		// line ends the labels: where the statement starts cannot be told.
		{"labels never end", []string{
			"La certificazione si estende a: / Die Zertifizierung erstreckt sich",
			"auf den Betrieb von Rechenzentren.",
			"Gestione dei centri di calcolo.",
		}, ""},
	})
}

// TestScopeStopsBeforeSentenceOnSupplement reads a scope followed by a
// sentence about a supplement or appendix, or the sites listed there: the
// sentence is about something else, and the scope ends before it.
func TestScopeStopsBeforeSentenceOnSupplement(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en", []string{"Scope of certification:", "Repair of railway signalling equipment.", "Further details are given in the supplement.", "Certificate No.: | RS-1"},
			"Repair of railway signalling equipment."},
		{"fr implantations", []string{"La certification s'étend à :", "Nettoyage industriel de sites nucléaires.", "Les implantations couvertes figurent dans le supplément."},
			"Nettoyage industriel de sites nucléaires."},
		{"de", []string{"Geltungsbereich:", "Wartung von Aufzugsanlagen.", "Einzelheiten enthält der Nachtrag zum Zertifikat."},
			"Wartung von Aufzugsanlagen."},
		{"es", []string{"Alcance:", "Mantenimiento de redes de riego.", "Los detalles figuran en el suplemento."},
			"Mantenimiento de redes de riego."},
		{"it", []string{"Campo di applicazione:", "Manutenzione di impianti antincendio.", "I dettagli sono riportati nel supplemento."},
			"Manutenzione di impianti antincendio."},
		{"nl", []string{"Toepassingsgebied:", "Onderhoud van sluizen en stuwen.", "De details staan in het aanhangsel."},
			"Onderhoud van sluizen en stuwen."},
		{"pt", []string{"Âmbito:", "Manutenção de elevadores.", "Os pormenores constam do suplemento."},
			"Manutenção de elevadores."},
		// Near miss: the word inside the statement, before its sentence
		// ends, is the statement's own.
		{"supplement inside the statement", []string{"Scope:", "Manufacture and packaging of food", "supplement capsules for pharmacies.", "Certificate No.: | FS-2"},
			"Manufacture and packaging of food supplement capsules for pharmacies."},
	})
}

// TestScopeOfWorkUnderCertification reads a scope under a label naming the
// work the certification takes in, whose statement holds a clause that a
// scope start would begin ("…, covering"): the clause belongs to the
// statement begun above it.
func TestScopeOfWorkUnderCertification(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en", []string{"Operations within the certification:", "Handling of marine insurance", "claims for underwriters, covering", "surveys and salvage accounting.", "Holder of certification since", "4th May 2020"},
			"Handling of marine insurance claims for underwriters, covering surveys and salvage accounting."},
		{"de", []string{"Tätigkeiten im Rahmen der Zertifizierung:", "Abrechnung von Pflegeleistungen für Pflegedienste.", "Zertifikat-Nr.: | PF-8"},
			"Abrechnung von Pflegeleistungen für Pflegedienste."},
		{"fr", []string{"Activités couvertes par la certification :", "Gestion des sinistres pour assureurs, couvrant", "l'expertise et le recours.", "Certificat n° : | SX-4"},
			"Gestion des sinistres pour assureurs, couvrant l'expertise et le recours."},
		{"es", []string{"Actividades comprendidas en la certificación:", "Custodia de historias clínicas digitales.", "Certificado n.º: | HC-3"},
			"Custodia de historias clínicas digitales."},
		{"it", []string{"Attività nell'ambito della certificazione:", "Gestione delle pratiche di rimborso sanitario.", "Certificato n.: | RS-5"},
			"Gestione delle pratiche di rimborso sanitario."},
		{"nl", []string{"Werkzaamheden binnen de certificering:", "Afhandeling van schadeclaims voor verzekeraars.", "Certificaatnummer: | NL-7"},
			"Afhandeling van schadeclaims voor verzekeraars."},
		{"pt", []string{"Operações abrangidas pela certificação:", "Processamento de sinistros de saúde para seguradoras.", "Certificado n.º: | PT-6"},
			"Processamento de sinistros de saúde para seguradoras."},
		// Near misses: the certification body's services are no scope, and
		// a clause of a sentence begun above starts none either.
		{"the body's services", []string{"Services within the certification body: audits and training."}, ""},
		{"clause of a sentence above", []string{"Management of claims for insurers,", "covering hospital networks and call centres."}, ""},
		// Near miss of the clause rule: a start at a line's start after a
		// subject that does not run on is a start.
		{"start after its subject", []string{"The certified management system", "applies to the hosting of payroll software."},
			"the hosting of payroll software."},
	})
}

// TestScopeBesideWrappedLabelColumn reads a two-column table whose label
// cells wrap beside the scope's lines ("Extent of" … "certification"),
// followed by the table written whole: the whole row is read, never the
// wrapped lines with the other column's label words in them.
func TestScopeBesideWrappedLabelColumn(t *testing.T) {
	wrapped := []string{
		"Standard | ISO/IEC 27001:2022",
		"Printing and mailing of utility bills for",
		"Extent of",
		"covering municipal customers, together with",
		"certification",
		"the returns desk.",
		"Registration",
		"AB/21/77",
		"reference",
	}
	whole := []string{
		"",
		"Standard | ISO/IEC 27001:2022",
		"Extent of certification | Printing and mailing of utility bills for municipal customers, together with the returns desk.",
		"Registration reference | AB/21/77",
	}
	checkScopes(t, []scopeCase{
		{"wrapped then whole", slices.Concat(wrapped, whole),
			"Printing and mailing of utility bills for municipal customers, together with the returns desk."},
		// Near miss: the wrapped lines alone, the label's words between the
		// statement's, stay unread rather than read with them.
		{"wrapped alone", wrapped, ""},
	})
}

// TestScopeUnderExtentAndCoveredWorkLabels reads a scope under a label
// naming how far the certification reaches ("Reichweite der
// Zertifizierung") or the work it takes in ("Erfasste Tätigkeiten",
// "Opérations visées par la certification", "Actividades dentro del alcance
// certificado"), in the seven languages.
func TestScopeUnderExtentAndCoveredWorkLabels(t *testing.T) {
	tail := []string{"Registration reference: | XY-12"}
	cases := []scopeCase{
		{"en extension", []string{"Extension of the certification:", "Calibration of weighing instruments for ports."}, "Calibration of weighing instruments for ports."},
		{"de reichweite", []string{"Reichweite der Zertifizierung:", "Betrieb von Ladestationen für", "Elektrofahrzeuge."}, "Betrieb von Ladestationen für Elektrofahrzeuge."},
		{"de erfasste", []string{"Erfasste Tätigkeiten:", "Prüfung von Druckbehältern."}, "Prüfung von Druckbehältern."},
		{"fr portée", []string{"Portée de la présente certification :", "Gestion de parkings publics."}, "Gestion de parkings publics."},
		{"fr visées", []string{"Opérations visées par la certification :", "Collecte de déchets hospitaliers."}, "Collecte de déchets hospitaliers."},
		{"es extensión", []string{"Extensión de la certificación:", "Operación de terminales de autobuses."}, "Operación de terminales de autobuses."},
		{"es dentro del alcance", []string{"Actividades dentro del alcance certificado:", "1. Gestión de flotas de taxis;", "2. reservas en línea."},
			"Gestión de flotas de taxis; reservas en línea."},
		{"it estensione", []string{"Estensione della certificazione:", "Gestione di archivi sanitari."}, "Gestione di archivi sanitari."},
		{"nl omvang", []string{"Omvang van het certificaat:", "Beheer van laadpalen voor gemeenten."}, "Beheer van laadpalen voor gemeenten."},
		{"pt abrangência", []string{"Abrangência da certificação:", "Gestão de armazéns de grãos, emissão de certificados de", "depósito e pesagem."},
			"Gestão de armazéns de grãos, emissão de certificados de depósito e pesagem."},
		// Near misses: the accreditation's reach and the body's coverage
		// are not the certificate's scope.
		{"fr accreditation", []string{"Portée de l'accréditation :", "Certification de systèmes de management."}, ""},
		{"en body", []string{"Coverage of the certification body:", "Europe and Africa."}, ""},
	}
	for i := range cases {
		cases[i].lines = slices.Concat([]string{"ISO/IEC 27001:2022"}, cases[i].lines, tail)
	}
	checkScopes(t, cases)
}

// TestSiteTablesWithSingularHeaders reads tables of sites headed by a site
// word and an activity in the singular ("Implantation | Adresse | Activité
// certifiée sur l'implantation"), in the seven languages: the site's name
// and address are read, never the header or the activity.
func TestSiteTablesWithSingularHeaders(t *testing.T) {
	checkSites(t, []sitesCase{
		{"fr", []string{"Implantation | Adresse | Activité certifiée sur l'implantation", "Namur | Rue Haute 4, 5000 Namur | Siège"},
			[]string{"Namur, Rue Haute 4, 5000 Namur"}},
		{"en", []string{"Site | Address | Activity at the site", "Cork | 3 Quay St, Cork | Head office"},
			[]string{"Cork, 3 Quay St, Cork"}},
		{"de", []string{"Standort | Anschrift | Tätigkeit am Standort", "Linz | Hauptplatz 1, 4020 Linz | Zentrale"},
			[]string{"Linz, Hauptplatz 1, 4020 Linz"}},
		{"es", []string{"Ubicación | Domicilio | Actividad certificada", "León | Calle Real 2, León | Oficinas"},
			[]string{"León"}},
		{"it", []string{"Sede | Indirizzo | Attività svolta nella sede", "Como | Via Roma 5, Como | Uffici"},
			[]string{"Como, Via Roma 5, Como"}},
		{"nl", []string{"Vestiging | Adres | Activiteit op de vestiging", "Gent | Kouter 9, Gent | Hoofdkantoor"},
			[]string{"Gent, Kouter 9, Gent"}},
		{"pt", []string{"Local | Endereço | Atividade certificada no local", "Porto | Rua Nova 1, Porto | Sede"},
			[]string{"Porto, Rua Nova 1, Porto"}},
		// Near miss: a sentence naming the implantations is no list of
		// them.
		{"sentence on the implantations", []string{"Les implantations couvertes figurent dans le supplément."}, nil},
	})
}
