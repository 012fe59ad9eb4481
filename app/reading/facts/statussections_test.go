package facts

import (
	"errors"
	"strings"
	"testing"
)

// bySectionRows is a report printed in sections by status, in one
// language: a heading with its count over each status's rows, no status
// column, the second done row without a date, and a total line; doneCount
// is the count the first heading states.
func bySectionRows(l groupLang, doneCount string) [][]string {
	return [][]string{
		{l.person, "Team", l.date},
		{l.done + " (" + doneCount + ")", "", ""},
		{"Ana Lima", "Sales", "14/10/2025"},
		{"Eva Berg", "Sales", ""},
		{l.open + " (1)", "", ""},
		{"Rui Dias", "Finance", ""},
		{"Total: 3", "", ""},
	}
}

// tabLines is the text of a PDF a table's rows give: its filled cells
// separated by tabs.
func tabLines(rows [][]string) string {
	var lines []string
	for _, r := range rows {
		var kept []string
		for _, c := range r {
			if c != "" {
				kept = append(kept, c)
			}
		}
		lines = append(lines, strings.Join(kept, "\t"))
	}
	return strings.Join(lines, "\n")
}

// TestStatusSections: in a report printed in sections by status, the
// headings are no people and each row takes its section's status (a row
// under the done heading without a date is done), in the seven languages,
// read from a sheet and from a PDF's text; a heading whose count
// disagrees with its rows leaves the report unread.
func TestStatusSections(t *testing.T) {
	for _, l := range groupLangs {
		t.Run(l.lang, func(t *testing.T) {
			rows := bySectionRows(l, "2")
			for name, doc := range map[string]Document{
				"table": sheet("Report", rows...),
				"text":  {Kind: "pdf", Text: "Report by status\n" + tabLines(rows)},
			} {
				tr, err := Training(doc)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if tr.People.Value != 3 || tr.Completed.Value != 2 || tr.CompletionRate.Value != 66.7 {
					t.Errorf("%s: people %+v completed %+v rate %+v, want 3, 2, 66.7", name, tr.People, tr.Completed, tr.CompletionRate)
				}
			}
			// Near miss: the heading says three people are done, two
			// rows are under it.
			for name, doc := range map[string]Document{
				"table": sheet("Report", bySectionRows(l, "3")...),
				"text":  {Kind: "pdf", Text: "Report by status\n" + tabLines(bySectionRows(l, "3"))},
			} {
				if tr, err := Training(doc); !errors.Is(err, ErrUnclearRows) {
					t.Errorf("%s: a heading's count that disagrees: people %+v, err %v; want ErrUnclearRows", name, tr.People, err)
				}
			}
		})
	}
}

// TestStatusSectionsAcknowledgements: a policy system's log printed by
// status ("Acknowledged (2)", "Pending (1)") counts its rows as people, not
// its headings.
func TestStatusSectionsAcknowledgements(t *testing.T) {
	for _, c := range []struct{ signed, pending string }{
		{"Acknowledged", "Pending"}, {"Bestätigt", "Ausstehend"}, {"Accepté", "En attente"}, {"Aceptado", "Pendiente"},
		{"Accettato", "In attesa"}, {"Akkoord", "Openstaand"}, {"Aceite", "Aceitação pendente"},
	} {
		rows := [][]string{
			{"Employee name", "Department", "Acknowledged on"},
			{c.signed + " (2)", "", ""},
			{"Ana Lima", "Sales", "14/10/2025"},
			{"Eva Berg", "Sales", "15/10/2025"},
			{c.pending + " (1)", "", ""},
			{"Rui Dias", "Finance", ""},
			{"Total: 3", "", ""},
		}
		a, err := Acknowledgements(Document{Kind: "pdf", Text: "Acknowledgements by status\n" + tabLines(rows)})
		if err != nil {
			t.Fatalf("%s: %v", c.signed, err)
		}
		if a.People.Value != 3 {
			t.Errorf("%s: people %+v, want 3", c.signed, a.People)
		}
	}
}

// TestStatusSectionNearMisses: a heading naming no status (a department,
// a team, a person), a status without a count in brackets, and a count
// without a status are no status section; a report grouped by department
// with counted headings gives its rows no status.
func TestStatusSectionNearMisses(t *testing.T) {
	for _, s := range []string{
		"Finance (5)", "Afdeling Verkoop (2)", "Team Hosting (4)", "Vertrieb (3)", "Comptabilité (2)", "Ventas (4)",
		"Acquisti (2)", "Apoio ao cliente (5)", "Ana Lima (2)", "Completed", "Voltooid 14", "(14)",
		"Completed (14) Ana Lima", "Ana Lima (Contractor)",
	} {
		if w, n, ok := statusSection(s); ok {
			t.Errorf("%q read as the status section %q of %d", s, w, n)
		}
	}
	for _, l := range groupLangs {
		rows := [][]string{
			{l.person, "Team", l.date},
			{"Sales (2)", "", ""},
			{"Ana Lima", "Sales", "14/10/2025"},
			{"Eva Berg", "Sales", ""},
		}
		tr, err := Training(sheet("Report", rows...))
		if err != nil {
			t.Fatalf("%s: %v", l.lang, err)
		}
		if tr.Completed.Value != 1 {
			t.Errorf("%s: completed %+v, want 1: a department heading gives no status", l.lang, tr.Completed)
		}
	}
}
