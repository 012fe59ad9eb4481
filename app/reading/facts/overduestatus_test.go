package facts

import "testing"

// TestPastDeadlineStatusIsNotDone: a status saying the course ran past its
// deadline ("Fuori termine", "Buiten termijn") or was never opened is not a
// completion, though "termine" also spells the French "terminé"; the
// statuses of a completion stay done and a bare word stays unknown.
func TestPastDeadlineStatusIsNotDone(t *testing.T) {
	cases := []struct {
		cell string
		want int
	}{
		{"Never opened", -1}, {"Nie geöffnet", -1}, {"Jamais ouvert", -1}, {"Hors terme", -1},
		{"Fuera de término", -1}, {"Nunca abierto", -1}, {"Fuori termine", -1}, {"Mai aperto", -1},
		{"Buiten termijn", -1}, {"Nooit geopend", -1}, {"Fora de prazo", -1}, {"Nunca aberto", -1},
		// Near misses: a completion, and words that say nothing.
		{"Terminé", 1}, {"Terminato", 1}, {"Terminado", 1}, {"Superato", 1}, {"Afgerond", 1},
		{"Termine", 1}, {"Mai", 0}, {"Aperto", 0}, {"Termijn", 0},
	}
	for _, c := range cases {
		if got := status(c.cell); got != c.want {
			t.Errorf("status(%q) = %d, want %d", c.cell, got, c.want)
		}
	}
}

// TestPastDeadlineRowsAreNotCompleted: in an export with a result column
// and a percent-complete column, rows past their deadline or failed at
// 100 % are not completions.
func TestPastDeadlineRowsAreNotCompleted(t *testing.T) {
	doc := csvDoc("Discente;Tipo di rapporto;Data di completamento;Esito;% completamento",
		"Anna Rossi;Dipendente;2026-02-03T09:15:00+01:00;Superato;100 %",
		"Luca Bianchi;Dipendente;;Non superato;100 %",
		"Marta Neri;Dipendente;;Fuori termine;0 %",
		"Paolo Verdi;Dipendente;;Mai aperto;0 %")
	tr, err := Training(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !tr.Completed.Known || tr.Completed.Value != 1 {
		t.Errorf("completed %+v, want 1", tr.Completed)
	}
}
