package facts

import "testing"

// TestPersonColumnByValues: a report whose person column is headed by a
// word no header list knows ("Titular", "Betrokkene", "Intestatario") is
// read by that column's values, distinct people's names, in the seven
// languages, when its header names a completion column besides.
func TestPersonColumnByValues(t *testing.T) {
	cases := []struct{ lang, who, done, status, ok, no string }{
		{"en", "Holder", "Completed on", "Status", "Passed", "Not started"},
		{"de", "Inhaberin", "Abgeschlossen am", "Status", "Bestanden", "Nicht begonnen"},
		{"fr", "Titulaire", "Terminé le", "Statut", "Réussi", "Non commencé"},
		{"es", "Titular", "Completado el", "Estado", "Aprobado", "No iniciado"},
		{"it", "Intestatario", "Completato il", "Stato", "Superato", "Non iniziato"},
		{"nl", "Betrokkene", "Afgerond op", "Status", "Geslaagd", "Niet gestart"},
		{"pt", "Titular", "Concluído em", "Situação", "Aprovado", "Não iniciado"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			tr, err := Training(sheet("Report",
				row(c.who, "Unit", c.done, c.status),
				row("Ana Lima", "Sales", "12/03/2025", c.ok),
				row("Rui Dias", "Sales", "", c.no),
				row("Eva van der Berg", "Finance", "14/03/2025", c.ok),
				row("Ole Sand", "Finance", "15/03/2025", c.ok),
			))
			if err != nil {
				t.Fatal(err)
			}
			if tr.People.Value != 4 || tr.Completed.Value != 3 {
				t.Errorf("people %+v completed %+v, want 3 of 4", tr.People, tr.Completed)
			}
		})
	}
}

// TestPersonColumnByValuesNearMisses: a column of departments (which
// repeat), two columns of names, and a first row of data taken for a
// header give no person column.
func TestPersonColumnByValuesNearMisses(t *testing.T) {
	for name, doc := range map[string]Document{
		"departments": sheet("Report",
			row("Unit", "Completed on", "Status"),
			row("Player Support", "12/03/2025", "Passed"),
			row("Player Support", "", "Not started"),
			row("Platform Operations", "14/03/2025", "Passed"),
			row("Platform Operations", "15/03/2025", "Passed")),
		"two name columns": sheet("Report",
			row("Holder", "Deputy", "Completed on", "Status"),
			row("Ana Lima", "Eva Berg", "12/03/2025", "Passed"),
			row("Rui Dias", "Ole Sand", "", "Not started"),
			row("Ines Sa", "Tom Hale", "14/03/2025", "Passed")),
		"no header": sheet("Report",
			row("Ana Lima", "Sales", "Completed", "Assigned"),
			row("Rui Dias", "Sales", "Completed", "Assigned"),
			row("Eva Berg", "Finance", "Not started", "Assigned"),
			row("Ole Sand", "Finance", "Completed", "Assigned")),
	} {
		if tr, err := Training(doc); err == nil || tr.Completed.Known {
			t.Errorf("%s: completed %+v, %v; want no header", name, tr.Completed, err)
		}
	}
}
