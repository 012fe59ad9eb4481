package facts

import (
	"errors"
	"strings"
	"testing"
)

// groupLang is a grouped report's wording in one language: the headers of
// the person, status and completion date, a done and a not-done status,
// two group headings, a subtotal line's word and count, and the total of
// all groups.
type groupLang struct {
	lang, person, status, date, done, open string
	headA, headB, sub, of, all             string
}

var groupLangs = []groupLang{
	{"en", "Employee name", "Status", "Completion date", "Completed", "Not started", "Department: Operations", "Department: Finance", "Subtotal", "of", "All departments"},
	{"de", "Name", "Status", "Abschlussdatum", "Abgeschlossen", "Nicht begonnen", "Abteilung: Vertrieb", "Abteilung: Einkauf", "Zwischensumme", "von", "Alle Abteilungen"},
	{"fr", "Nom", "Statut", "Date d'achèvement", "Terminé", "Non commencé", "Service : Comptabilité", "Service : Exploitation", "Sous-total", "sur", "Tous les services"},
	{"es", "Nombre", "Estado", "Fecha de finalización", "Completado", "No iniciado", "Departamento: Ventas", "Departamento: Compras", "Subtotal", "de", "Todos los departamentos"},
	{"it", "Nome", "Stato", "Data di completamento", "Completato", "Non iniziato", "Reparto: Vendite", "Reparto: Acquisti", "Subtotale", "di", "Tutti i reparti"},
	{"nl", "Naam", "Status", "Datum voltooid", "Voltooid", "Niet gestart", "Afdeling: Verkoop", "Afdeling: Inkoop", "Subtotaal", "van", "Alle afdelingen"},
	{"pt", "Nome", "Estado", "Concluído em", "Concluído", "Não iniciado", "Departamento: Vendas", "Departamento: Compras", "Subtotal", "de", "Todos os departamentos"},
}

// groupedRows is a report grouped by department: a heading row over each
// group, a subtotal line under it in the date column, and the total of
// all groups; first and total are the people the first subtotal and the
// total line state.
func groupedRows(l groupLang, first, total string) [][]string {
	return [][]string{
		{l.person, l.status, l.date},
		{l.headA, "", ""},
		{"Ana Lima", l.done, "14/10/2025"},
		{"Rui Dias", l.open, ""},
		{"Eva Berg", l.done, "23/11/2025"},
		{"", "", l.sub + " " + strings.TrimSpace(l.headA[strings.Index(l.headA, ":")+1:]) + ": 2 " + l.of + " " + first},
		{l.headB, "", ""},
		{"Ole Sand", l.done, "02/12/2025"},
		{"Ida Moss", "", ""},
		{"", "", l.sub + ": 1 " + l.of + " 2"},
		{"", "", l.all + ": 3 " + l.of + " " + total},
	}
}

// TestGroupedReport: the headings and subtotal lines of a report grouped
// by department are no people, whether read from a table or from the
// tab-separated lines of a scan; a person row with no status and no date
// is one; a total of all groups that disagrees with the rows gives no
// count.
func TestGroupedReport(t *testing.T) {
	for _, l := range groupLangs {
		t.Run(l.lang, func(t *testing.T) {
			rows := groupedRows(l, "3", "5")
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
			for name, doc := range map[string]Document{
				"table": sheet("Report", rows...),
				"scan":  {Kind: "pdf", Text: strings.Join(lines, "\n")},
			} {
				tr, err := Training(doc)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if tr.People.Value != 5 || tr.Completed.Value != 3 || tr.CompletionRate.Value != 60 {
					t.Errorf("%s: people %+v completed %+v rate %+v, want 5, 3, 60", name, tr.People, tr.Completed, tr.CompletionRate)
				}
			}
			// Near miss: the subtotals and the total say six people, five
			// rows name one.
			if tr, err := Training(sheet("Report", groupedRows(l, "4", "6")...)); !errors.Is(err, ErrUnclearRows) {
				t.Errorf("a total that disagrees: people %+v, err %v; want ErrUnclearRows", tr.People, err)
			}
		})
	}
}

// TestGroupLineNearMisses: a person's name alone, a name with a date, and
// a line with a date are no group heading nor subtotal.
func TestGroupLineNearMisses(t *testing.T) {
	for _, c := range [][]string{
		{"Eva Berg", "", ""},
		{"Jan de Vries", "", ""},
		{"", "", "Abgeschlossen am 3.4.2025"},
		{"Service Desk Team", "Completed", "01/02/2025"},
		{"", "", "2 of 3 on 14/10/2025"},
	} {
		var g groupTotals
		if groupLine(c, &g) {
			t.Errorf("%q read as a group heading or subtotal", c)
		}
	}
}
