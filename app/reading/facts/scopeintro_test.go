package facts

import (
	"slices"
	"strings"
	"testing"

	"assay/app/evidence"
)

// TestScopeLabelWrappedOverItsValue reads a table's scope whose label cell
// wraps over two lines, with the value's lines between them: the label's
// first line is not part of the statement.
func TestScopeLabelWrappedOverItsValue(t *testing.T) {
	doc := text(
		"Normdocument | NEN-EN-ISO/IEC 27001:2023",
		"Het onderhouden van",
		"Gecertificeerd",
		"sluizen en bruggen in",
		"toepassingsgebied",
		"het havengebied.",
		"Certificaatcode | ZK-1",
	)
	f, _ := flat(Certificate(doc))
	if got, want := f[evidence.KeyScope], "Het onderhouden van sluizen en bruggen in het havengebied."; got != want {
		t.Errorf("scope = %q, want %q", got, want)
	}
}

// TestSiteTableHeaders reads tables of sites headed by other words for a
// site ("Premises", "Betriebsstätte", "Estabelecimento") and an address
// ("Site address", "Postanschrift"); a header is never read as a site.
func TestSiteTableHeaders(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"premises", []string{"Premises | Site address | Activities performed", "Hull | 2 Dock Street, Hull HU1 1AA | Storage", "Goole | 5 Quay Road, Goole DN14 5AA | Loading"},
			[]string{"Hull, 2 Dock Street, Hull HU1 1AA", "Goole, 5 Quay Road, Goole DN14 5AA"}},
		{"Betriebsstätte", []string{"Betriebsstätte | Postanschrift | Tätigkeiten vor Ort", "Kiel | Hafenweg 3, 24103 Kiel | Lager"},
			[]string{"Kiel, Hafenweg 3, 24103 Kiel"}},
		{"Estabelecimento", []string{"Estabelecimento | Endereço | Atividades desenvolvidas", "Braga | Rua Nova 8, 4700-001 Braga | Armazém"},
			[]string{"Braga, Rua Nova 8, 4700-001 Braga"}},
		// Near miss: the header's words run together in one cell, so
		// which column is which cannot be told, and no header is a site.
		{"header cells run together", []string{"Premises Site address | Activities performed", "Hull | Storage"}, nil},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(text(slices.Concat([]string{"Scope: Storage.", ""}, c.lines)...)))
		got, _ := f[evidence.KeySites].([]string)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: sites = %q, want %q", c.name, strings.Join(got, "; "), strings.Join(c.want, "; "))
		}
	}
}
