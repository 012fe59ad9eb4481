package facts

import "testing"

// TestScopeStopsAtGridsAndSiteTables reads certificates whose scope is
// followed by a grid of sites against numbered activities, or by a site
// table: a grid's header is never the scope, and the scope ends where a
// table's header row begins, its cells parted or run together.
func TestScopeStopsAtGridsAndSiteTables(t *testing.T) {
	checkScopes(t, []scopeCase{
		{"en grid under the label", []string{
			"Scope of certification:", "Sites covered 1 2 3", "Leeds ✓ ✓ –", "York – ✓ ✓",
		}, ""},
		{"de grid in cells", []string{
			"Geltungsbereich:", "Erfasster Standort | 1 | 2", "Graz | ✓ | –",
		}, ""},
		{"fr grid", []string{
			"Périmètre de certification :", "Établissement couvert 1 2 3", "Namur ✓ – ✓",
		}, ""},
		{"es grid", []string{
			"Alcance:", "Sede cubierta 1 2", "Quito ✓ ✓",
		}, ""},
		{"it grid", []string{
			"Campo di applicazione:", "Sede certificata 1 2 3", "Lucca – ✓ ✓",
		}, ""},
		{"nl grid", []string{
			"Toepassingsgebied:", "Gecertificeerde locatie 1 2", "Breda ✓ –",
		}, ""},
		{"pt grid", []string{
			"Âmbito:", "Estabelecimento abrangido 1 2 3", "Évora ✓ ✓ –",
		}, ""},
		{"en statement over a grid", []string{
			"Scope:", "Payroll processing for hospitals and clinics", "Sites covered 1 2", "Leeds ✓ –",
		}, "Payroll processing for hospitals and clinics"},
		{"es statement over a header run together", []string{
			"Alcance:", "Custodia de expedientes clínicos; digitalización de historias.",
			"Sede Dirección de la sede Parte del alcance ejercida allí",
			"Quito | Av. Amazonas 10, Quito | Archivo central",
		}, "Custodia de expedientes clínicos; digitalización de historias."},
		{"pt statement over a header run together", []string{
			"Âmbito:", "Gestão de arquivos hospitalares.",
			"Instalação Morada da instalação Parte do âmbito exercida na instalação",
			"Évora | Rua Nova 3, Évora | Arquivo",
		}, "Gestão de arquivos hospitalares."},
		{"de statement over a header run together", []string{
			"Geltungsbereich:", "Betrieb eines Rechenzentrums.",
			"Standort Anschrift Teil des Geltungsbereichs am Standort",
			"Graz | Hauptplatz 1, Graz | Rechenzentrum",
		}, "Betrieb eines Rechenzentrums."},
		// Near misses: numbers and site words inside a statement go on it.
		{"en numbered releases are no grid", []string{
			"Scope:", "Support of the ledger software releases 1 2", "for savings banks.",
		}, "Support of the ledger software releases 1 2 for savings banks."},
		{"nl sites named in a sentence", []string{
			"Toepassingsgebied:", "Opslag van archieven", "vestiging Breda en vestiging Tilburg.",
		}, "Opslag van archieven vestiging Breda en vestiging Tilburg."},
	})
}

// TestSitesOfTablesWithScopeParts reads site tables whose last column
// gives each site its part of the scope: the sites are the first column's
// names, and a header cut over lines names no site.
func TestSitesOfTablesWithScopeParts(t *testing.T) {
	checkSites(t, []sitesCase{
		{"en", []string{"Premises covered | Street address | Part of the scope carried out here",
			"Leeds | 1 Park Row, Leeds | Head office", "York | 2 Stonegate, York | Data centre"}, []string{"Leeds", "York"}},
		{"de", []string{"Erfasster Standort | Anschrift | Teil des Geltungsbereichs am Standort",
			"Graz | Hauptplatz 1, Graz | Rechenzentrum"}, []string{"Graz"}},
		{"fr", []string{"Établissement couvert | Adresse de l'établissement | Partie du périmètre exercée sur place",
			"Namur | 3, rue de Fer, Namur | Siège", "Liège | 9, quai de Rome, Liège | Archives"}, []string{"Namur", "Liège"}},
		{"es", []string{"Establecimiento | Domicilio del establecimiento | Parte del alcance realizada allí",
			"Quito | Av. Amazonas 10, Quito | Archivo central"}, []string{"Quito"}},
		{"it", []string{"Sede | Indirizzo | Parte del campo svolta presso la sede",
			"Lucca | Via Roma 4, Lucca | Assistenza"}, []string{"Lucca"}},
		{"nl", []string{"Vestiging | Adres | Deel van het toepassingsgebied ter plaatse",
			"Breda | Markt 1, Breda | Opslag"}, []string{"Breda"}},
		{"pt", []string{"Instalação abrangida | Morada da instalação | Parte do âmbito exercida na instalação",
			"Évora | Rua Nova 3, Évora | Arquivo"}, []string{"Évora"}},
		// Near miss: the header's first line, cut from the rest, is no site.
		{"fr header cut over lines", []string{"Établissement | Partie du périmètre exercée",
			"Adresse de l'établissement", "couvert | sur place"}, nil},
		{"pt header cut over lines", []string{"Instalação | Parte do âmbito exercida na",
			"abrangida | instalação"}, nil},
	})
}

// TestSitesOfGrids reads a grid of sites (rows) against the scope's
// numbered activities (columns of marks), its cells parted or run
// together: the sites are the first column's names, the header row is
// none. A row that does not give each numbered column a mark, or a header
// whose numbers do not run 1, 2, 3, names no sites.
func TestSitesOfGrids(t *testing.T) {
	checkSites(t, []sitesCase{
		{"en cells", []string{"Approved activities:", "Premises covered | 1 | 2 | 3",
			"Kisumu | ✓ | ✓ | –", "Eldoret | – | ✓ | ✓"}, []string{"Kisumu", "Eldoret"}},
		{"en run together", []string{"Sites covered 1 2", "Leeds ✓ ✓", "Market Harborough – ✓"},
			[]string{"Leeds", "Market Harborough"}},
		{"de", []string{"Beteiligte Standorte | 1 | 2", "Feldkirch | ✓ | ✓", "Dornbirn | ✓ | –"},
			[]string{"Feldkirch", "Dornbirn"}},
		{"fr", []string{"Établissement couvert 1 2 3", "Namur | ✓ ✓ ✓", "La Louvière | – ✓ –"},
			[]string{"Namur", "La Louvière"}},
		{"es", []string{"Establecimiento | 1 | 2", "Cúcuta | ✔ | ✔", "Pamplona | ✗ | ✔"},
			[]string{"Cúcuta", "Pamplona"}},
		{"it", []string{"Sedi coinvolte | 1 | 2 | 3", "Rimini | ✓ | – | ✓", "Riccione | ✘ | ✓ | ✓"},
			[]string{"Rimini", "Riccione"}},
		{"nl", []string{"Betrokken vestiging 1 2", "Den Helder | ✓ ✓", "Alkmaar-Noord | – ✓"},
			[]string{"Den Helder", "Alkmaar-Noord"}},
		{"pt", []string{"Instalação abrangida | 1 | 2", "Huambo | ✓ | –", "Lubango | ✓ | ✓"},
			[]string{"Huambo", "Lubango"}},
		// Near misses.
		{"en a row missing a mark", []string{"Premises covered | 1 | 2 | 3",
			"Kisumu | ✓ | ✓ | –", "Eldoret | ✓ | ✓"}, nil},
		{"de a site with its address", []string{"Erfasster Standort | 1 | 2",
			"Feldkirch, Bahnhofstraße 4 | ✓ | ✓"}, nil},
		{"fr columns not numbered in turn", []string{"Établissement couvert 1 3",
			"Namur ✓ ✓"}, nil},
		{"es activities against sites", []string{"Actividad | 1 | 2",
			"Facturación | ✓ | –"}, nil},
		{"it a letter for a mark", []string{"Sedi coinvolte | 1 | 2", "Rimini | x | ✓"}, nil},
		{"nl a count, not a grid", []string{"Aantal vestigingen 2", "Breda"}, nil},
	})
}
