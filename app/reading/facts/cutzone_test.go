package facts

import (
	"fmt"
	"testing"
)

// TestCutZoneKeepsTheDay: a printed report's date-time cell whose time
// zone went to a line lost at a page break still gives the day written;
// a cell cut before its time is whole, or holding other text, gives none.
func TestCutZoneKeepsTheDay(t *testing.T) {
	cases := []struct {
		cell, want string
	}{
		{"2025-03-14T08:05:44-", "2025-03-14"},
		{"2025-03-14T08:05:44+", "2025-03-14"},
		{"2025-03-14T08:05+01", "2025-03-14"},
		{"2025-03-14T23:59:59.120-05:", "2025-03-14"},
		// Near misses: no time, a date cut in its middle, or words after.
		{"2025-03-", ""}, {"2025-03-14T", ""}, {"2025-03-14T08:05:44-ab", ""}, {"14T08:05:44-", ""},
	}
	for _, c := range cases {
		d, ok := cellDate(c.cell, OrderUnknown)
		got := ""
		if ok {
			got = d.Date.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("cellDate(%q) = %q, want %q", c.cell, got, c.want)
		}
	}
}

// TestCutZoneSignatureCounts: in a log of any of the seven languages, a
// signature whose date-time lost its zone counts, and a "not yet" status
// ("Nog geen akkoord", "Todavía no firmado") without a date does not.
func TestCutZoneSignatureCounts(t *testing.T) {
	cases := []struct {
		lang, name, date, status, notYet string
	}{
		{"en", "Employee", "Signed at", "Status", "Not yet signed"},
		{"de", "Mitarbeiter", "Unterschrieben am", "Status", "Noch nicht unterschrieben"},
		{"fr", "Collaborateur", "Signé le", "Statut", "Pas encore signé"},
		{"es", "Empleado", "Firmado el", "Estado", "Todavía no firmado"},
		{"it", "Dipendente", "Firmato il", "Stato", "Non ancora firmato"},
		{"nl", "Medewerker", "Akkoord gegeven op", "Status", "Nog geen akkoord"},
		{"pt", "Colaborador", "Assinado em", "Estado", "Ainda não assinado"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			doc := sheet("log", []string{c.name, c.status, c.date},
				[]string{"Ana Lopes", "✓", "2025-06-02T10:11:12-03:00"},
				[]string{"Ben Kaya", "✓", "2025-06-03T14:00:01-"},
				[]string{"Cor Smit", c.notYet, ""})
			a, err := Acknowledgements(doc)
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(a.Signatures.Value, a.Signatures.Known); got != "2 true" {
				t.Errorf("signatures %s, want 2 true", got)
			}
			if s := status(c.notYet); s >= 0 {
				t.Errorf("status(%q) = %d, want not done", c.notYet, s)
			}
		})
	}
}
