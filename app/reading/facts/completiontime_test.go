package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// TestCompletionTimeHeaders: a column headed by the moment of completion
// ("Abschlusszeitpunkt", "Marca de finalización", "Tijdstip afronding")
// holds completion dates, and one headed by the outcome ("Uitkomst",
// "Desfecho") the status, in the seven languages; the days assigned and
// due beside them never count.
func TestCompletionTimeHeaders(t *testing.T) {
	cases := []struct {
		lang, header string
	}{
		{"en", "Learner;Assigned on;Complete by;Completion timestamp;Outcome"},
		{"de", "Teilnehmer/in;Zugewiesen am;Zu erledigen bis;Abschlusszeitpunkt;Ergebnis"},
		{"fr", "Apprenant;Attribué le;À compléter avant le;Horodatage d'achèvement;Résultat"},
		{"es", "Participante;Asignado el;Completar antes del;Marca de finalización;Resultado"},
		{"it", "Partecipante;Assegnato il;Da completare entro;Data e ora di completamento;Esito"},
		{"nl", "Deelnemer;Toegewezen op;Afronden vóór;Tijdstip afronding;Uitkomst"},
		{"pt", "Formando;Atribuído em;Concluir até;Data e hora de conclusão;Desfecho"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			doc := csvDoc(c.header,
				"Ana Reis;01.09.2025;30.09.2025;2025-09-12T10:15:00+01:00;Passed",
				"Bo Lind;02.09.2025;01.10.2025;2025-09-20T08:05:00-03:00;Passed",
				"Cem Arslan;03.09.2025;02.10.2025;;Not passed")
			tr, err := Training(doc)
			if err != nil {
				t.Fatal(err)
			}
			if !tr.Completed.Known || tr.Completed.Value != 2 {
				t.Errorf("completed %+v, want 2", tr.Completed)
			}
			if want := evidence.Date("2025-09-20"); !tr.NewestCompletion.Known || tr.NewestCompletion.Value != want {
				t.Errorf("newest %+v, want %s", tr.NewestCompletion, want)
			}
			if want := evidence.Date("2025-09-12"); !tr.OldestCompletion.Known || tr.OldestCompletion.Value != want {
				t.Errorf("oldest %+v, want %s", tr.OldestCompletion, want)
			}
		})
	}
}

// TestCompletionTimeNearMisses: the moment something else happened
// (assigned, last accessed, due) is no completion, however it is worded,
// and neither is a percentage of progress.
func TestCompletionTimeNearMisses(t *testing.T) {
	for _, h := range []string{"Tijdstip toewijzing", "Zeitpunkt der Zuweisung", "Fecha límite de finalización",
		"Afronden vóór", "Completar antes del", "Zu erledigen bis", "% gereed", "Fortschritt in %", "% avance"} {
		if r := headerRole(h); r == roleDate || r == roleStatus {
			t.Errorf("headerRole(%q) = %q, want no completion", h, r)
		}
	}
}

// TestPercentCompleteColumns: a percent-complete column ("% complete",
// "Fortschritt in %", "% d'avancement", "% avance", "% completamento",
// "% gereed", "% concluído") is how far the course got: below 100 % it is
// not done, even with a date, and at 100 % it is done only when no status
// says otherwise, since a failed test reads 100 % as well.
func TestPercentCompleteColumns(t *testing.T) {
	cases := []struct{ lang, name, pct string }{
		{"en", "Employee", "% complete"}, {"de", "Mitarbeiter", "Fortschritt in %"}, {"fr", "Collaborateur", "% d'avancement"},
		{"es", "Empleado", "% avance"}, {"it", "Dipendente", "% completamento"}, {"nl", "Medewerker", "% gereed"},
		{"pt", "Colaborador", "% concluído"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			if r := headerRole(c.pct); r != rolePercent {
				t.Fatalf("headerRole(%q) = %q, want %q", c.pct, r, rolePercent)
			}
			// No status column: the percentage decides.
			tr, err := Training(csvDoc(strings.Join([]string{c.name, "Completion date", c.pct}, ";"),
				"Ana Reis;2025-09-12;100 %", "Bo Lind;2025-09-14;40 %", "Cem Arslan;;100", "Dan Ek;;0 %"))
			if err != nil {
				t.Fatal(err)
			}
			if !tr.Completed.Known || tr.Completed.Value != 2 {
				t.Errorf("completed %+v, want 2 (Ana Reis and Cem Arslan)", tr.Completed)
			}
			// A status says the 100 % was failed: not done.
			tr, err = Training(csvDoc(strings.Join([]string{c.name, "Status", c.pct}, ";"),
				"Ana Reis;Passed;100 %", "Bo Lind;Failed;100 %", "Cem Arslan;Desaprobado;100 %"))
			if err != nil {
				t.Fatal(err)
			}
			if !tr.Completed.Known || tr.Completed.Value != 1 {
				t.Errorf("with a status: completed %+v, want 1", tr.Completed)
			}
		})
	}
	// Near misses: a score in per cent is no progress, and a percentage
	// that is no number says nothing.
	for _, h := range []string{"Score %", "Punktzahl in %", "Note %"} {
		if r := headerRole(h); r == rolePercent {
			t.Errorf("headerRole(%q) = %q, want a score, not progress", h, r)
		}
	}
	for _, cell := range []string{"", "n/a", "150 %", "abc"} {
		if got := percentDone(cell); got != 0 {
			t.Errorf("percentDone(%q) = %d, want 0", cell, got)
		}
	}
}

// TestShiftedStatusColumn: when most rows' status cells say neither done
// nor not done and have no completion date, as when a scan's columns
// shifted under the header, the report is not read rather than counted;
// a status left blank, or words of status in any of the seven languages,
// read as before.
func TestShiftedStatusColumn(t *testing.T) {
	shifted := []string{"Deelnemer;Afdeling;Uitkomst",
		"Anna Smit;IT;15-08-2025 137115422", "Bart Jansen;Financiën;Ber SP", "Carla Wit;IT;16-07-2025 0934",
		"Dirk Bos;IT;Voltooid"}
	if tr, err := Training(csvDoc(shifted...)); err == nil {
		t.Errorf("shifted columns read as %+v, want an error", tr.Completed)
	}
	for _, header := range []string{"Name;Team;Status", "Mitarbeiter;Team;Ergebnis", "Collaborateur;Équipe;Statut",
		"Empleado;Equipo;Estado", "Dipendente;Team;Esito", "Medewerker;Team;Uitkomst", "Colaborador;Equipa;Situação"} {
		tr, err := Training(csvDoc(header, "Anna Smit;IT;Passed", "Bart Jansen;IT;", "Carla Wit;IT;", "Dirk Bos;IT;Failed"))
		if err != nil {
			t.Fatalf("%s: %v", header, err)
		}
		if tr.Completed.Value != 1 || tr.People.Value != 4 {
			t.Errorf("%s: completed %d of %d people, want 1 of 4", header, tr.Completed.Value, tr.People.Value)
		}
	}
}

// TestLearnerHeaders: the person column of a training report headed by the
// learner or participant named ("Allievo", "Participant name",
// "Teilnehmername", "Nombre del participante", "Naam deelnemer") is read;
// a column of whether someone attended ("Asistente", "Anwesend") is no
// person.
func TestLearnerHeaders(t *testing.T) {
	for _, h := range []string{"Allievo", "Participant name", "Teilnehmername", "Nom du participant", "Nombre del participante",
		"Nome del partecipante", "Naam deelnemer", "Nome do participante"} {
		tr, err := Training(csvDoc(h+";Data di completamento;Esito", "Sara Rinaldi;2025-09-12;Superato", "Paolo Ferri;;Non superato"))
		if err != nil {
			t.Fatalf("%s: %v", h, err)
		}
		if tr.People.Value != 2 || tr.Completed.Value != 1 {
			t.Errorf("%s: %d completed of %d people, want 1 of 2", h, tr.Completed.Value, tr.People.Value)
		}
	}
	for _, h := range []string{"Asistente", "Anwesend", "Présence"} {
		if r := headerRole(h); r == roleName {
			t.Errorf("headerRole(%q) = %q, want no person", h, r)
		}
	}
}
