package facts

import (
	"errors"
	"testing"
)

// matrixLang is a training matrix's wording in one language: the person
// and department headers, the security course and two other courses, and
// a started and a not-started status.
type matrixLang struct {
	lang, person, dept, security, other1, other2, started, notStarted string
}

var matrixLangs = []matrixLang{
	{"en", "Employee", "Department", "Information security awareness 2026", "Anti-bribery", "Fire safety", "In progress", "Not started"},
	{"de", "Mitarbeitende Person", "Organisationseinheit", "Pflichtschulung Informationssicherheit 2026", "Arbeitsschutz", "Compliance und Korruptionsprävention", "Angefangen", "Nicht angefangen"},
	{"fr", "Collaborateur", "Service", "Sensibilisation à la sécurité de l'information", "Lutte anti-blanchiment", "Gestes et postures", "En cours", "Non commencé"},
	{"es", "Colaborador", "Área", "Curso anual de seguridad de la información", "Prevención de lavado de activos", "Atención al cliente", "En desarrollo", "No empezado"},
	{"it", "Dipendente", "Reparto", "Formazione sulla sicurezza delle informazioni", "Antiriciclaggio", "Sicurezza sul lavoro", "In lavorazione", "Mai avviato"},
	{"nl", "Medewerker", "Afdeling", "Training informatiebeveiliging 2026", "Integriteit", "Bedrijfshulpverlening", "In behandeling", "Niet gestart"},
	{"pt", "Nome do formando", "Direção", "Formação anual em segurança da informação 2026", "Prevenção do branqueamento de capitais", "Atendimento ao cliente", "Iniciada", "Ainda não iniciada"},
}

// TestTrainingMatrix: a matrix with a row per person and a column per
// course, a date where the course was done and a status where not, is
// read from the security course's column only, whatever its place.
func TestTrainingMatrix(t *testing.T) {
	for _, l := range matrixLangs {
		t.Run(l.lang, func(t *testing.T) {
			doc := sheet("Matrix",
				row("Training matrix"),
				row(l.person, l.dept, l.other1, l.security, l.other2),
				row("Ana Lima", "Sales", "12/03/2025", "14/10/2025", l.started),
				row("Rui Dias", "Sales", l.notStarted, l.started, "13/03/2025"),
				row("Eva Berg", "Finance", "15/03/2025", "23/11/2025", "16/03/2025"),
				row("Ole Sand", "Finance", l.started, l.notStarted, "17/03/2025"),
			)
			checkTrainingRead(t, doc, 4, 2, 50, "2025-11-23", "2025-10-14")
		})
	}
}

// TestTrainingMatrixNearMisses: a matrix none of whose courses, or two of
// whose courses, could be the security course is read as nothing; a
// column holding words that are no status is no course; a plain list with
// a due date beside the completion date stays the report reader's.
func TestTrainingMatrixNearMisses(t *testing.T) {
	for _, l := range matrixLangs {
		t.Run(l.lang, func(t *testing.T) {
			none := sheet("Matrix",
				row(l.person, l.dept, l.other1, l.other2),
				row("Ana Lima", "Sales", "12/03/2025", l.started),
				row("Rui Dias", "Sales", l.notStarted, "13/03/2025"),
			)
			if tr, err := Training(none); err == nil || tr.Completed.Known {
				t.Errorf("no security course: %+v, %v; want an error", tr.Completed, err)
			}
			two := sheet("Matrix",
				row(l.person, l.security, l.security+" (2)"),
				row("Ana Lima", "12/03/2025", l.started),
				row("Rui Dias", l.notStarted, "13/03/2025"),
			)
			if tr, err := Training(two); !errors.Is(err, ErrUnclearRows) || tr.Completed.Known {
				t.Errorf("two security courses: %+v, %v; want unclear rows", tr.Completed, err)
			}
			words := sheet("Matrix",
				row(l.person, l.dept, l.security, l.other1),
				row("Ana Lima", "Sales", "12/03/2025", "Lisbon"),
				row("Rui Dias", "Sales", "Porto", "13/03/2025"),
			)
			if tr, err := Training(words); err == nil || tr.Completed.Known {
				t.Errorf("a column of places: %+v, %v; want an error", tr.Completed, err)
			}
		})
	}
	list := sheet("List",
		row("Employee", "Course", "Due date", "Completed on"),
		row("Ana Lima", "Information security", "01/12/2025", "14/10/2025"),
		row("Rui Dias", "Information security", "01/12/2025", ""),
	)
	tr, err := Training(list)
	if err != nil || tr.Completed.Value != 1 || tr.NewestCompletion.Value != "2025-10-14" {
		t.Errorf("a list: %+v newest %+v, %v; want 1 completed on 2025-10-14", tr.Completed, tr.NewestCompletion, err)
	}
}

// TestTrainingPivot: a pivot of departments against statuses with a total
// column and a total row is read when its rows add up, in the seven
// languages; one that does not add up, or has a column that is neither a
// status nor the total, is not.
func TestTrainingPivot(t *testing.T) {
	cases := []struct{ lang, group, done, started, never, late, failed, total, totalRow string }{
		{"en", "Department", "Completed with pass", "In progress", "Never started", "Past target", "Assessment not passed", "Assigned", "Grand total"},
		{"de", "Abteilung", "Absolviert", "Angefangen", "Nie begonnen", "Frist versäumt", "Nicht erfolgreich", "Zugewiesen", "Gesamtergebnis"},
		{"fr", "Service", "Achevé", "En cours", "Jamais commencé", "Délai dépassé", "Évaluation non réussie", "Inscrits", "Total général"},
		{"es", "Área", "Culminado", "En desarrollo", "No empezado", "Plazo vencido", "No aprobó", "Inscritos", "Total general"},
		{"it", "Reparto", "Completato con esito positivo", "Iniziato", "Mai avviato", "Oltre il termine", "Esito negativo", "Iscritti", "Totale complessivo"},
		{"nl", "Afdeling", "Met succes afgerond", "In behandeling", "Nooit gestart", "Termijn verstreken", "Onvoldoende resultaat", "Ingeschreven", "Totaal"},
		{"pt", "Direção", "Concluída com aproveitamento", "Em execução", "Ainda não iniciada", "Prazo expirado", "Não aprovado", "Inscritos", "Total geral"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			head := row(c.group, c.done, c.started, c.never, c.late, c.failed, c.total)
			tr, err := Training(sheet("Pivot", row("Status by department"), head,
				row("Sales", "1", "0", "1", "1", "0", "3"),
				row("Finance", "2", "1", "2", "0", "0", "5"),
				row("Support", "3", "0", "0", "0", "1", "4"),
				row(c.totalRow, "6", "1", "3", "1", "1", "12"),
			))
			if err != nil {
				t.Fatal(err)
			}
			if tr.People.Value != 12 || tr.Completed.Value != 6 || tr.CompletionRate.Value != 50 || tr.NewestCompletion.Known {
				t.Errorf("people %+v completed %+v rate %+v newest %+v, want 12, 6, 50 and no date", tr.People, tr.Completed, tr.CompletionRate, tr.NewestCompletion)
			}
			// Near misses: a total row the groups do not add up to; a row
			// whose total is not its sum.
			for name, rows := range map[string][][]string{
				"total row": {head, row("Sales", "1", "0", "1", "1", "0", "3"), row("Finance", "2", "1", "2", "0", "0", "5"), row(c.totalRow, "4", "1", "3", "1", "0", "9")},
				"row total": {head, row("Sales", "1", "0", "1", "1", "0", "4"), row("Finance", "2", "1", "2", "0", "0", "5"), row(c.totalRow, "3", "1", "3", "1", "0", "9")},
			} {
				if tr, err := Training(sheet("Pivot", rows...)); err == nil || tr.Completed.Known {
					t.Errorf("%s: completed %+v, %v; want none", name, tr.Completed, err)
				}
			}
		})
	}
	// A column that is neither a status nor the total: a count of
	// something else.
	tr, err := Training(sheet("Pivot",
		row("Department", "Completed", "Not started", "Managers"),
		row("Sales", "2", "1", "1"),
		row("Finance", "1", "1", "1"),
		row("Total", "3", "2", "2"),
	))
	if err == nil || tr.Completed.Known {
		t.Errorf("a column of managers: completed %+v, %v; want none", tr.Completed, err)
	}
}

// TestFullNameHeader: a header naming the surname and the given names
// ("Apellidos y nombres", "Cognome e nomi") is one full-name column, the
// person of the report; a surname alone, or a given name alone, is not.
func TestFullNameHeader(t *testing.T) {
	checkHeaderRoles(t, map[string]string{
		"Apellidos y nombres": roleName, "Surname and first names": roleName, "Nachname, Vornamen": roleName,
		"Nom et prénoms": roleName, "Cognome e nomi": roleName, "Achternaam en voornamen": roleName,
		"Apelidos e nomes": roleName,
		"Apellidos":        roleLast, "Surname": roleLast, "Vorname": roleFirst, "Nombre de pila": roleFirst,
	})
	tr, err := Training(sheet("Detail",
		row("Colaborador", "", "", "Resultado"),
		row("Apellidos y nombres", "Unidad", "Culminado el", "Situación del curso"),
		row("Yesenia Bustamante", "Ventas", "2025-06-27", "Culminado"),
		row("Rocío Llosa", "Ventas", "", "No aprobó"),
		row("Matías Valdivia", "Ventas", "", "En desarrollo"),
	))
	if err != nil || tr.People.Value != 3 || tr.Completed.Value != 1 {
		t.Errorf("people %+v completed %+v, %v; want 1 of 3", tr.People, tr.Completed, err)
	}
}

// TestStatusClasses: the kinds of wording a status takes beyond done and
// not done, in the seven languages: begun and under way, a deadline
// missed, a negative or a positive result, brought to its end.
func TestStatusClasses(t *testing.T) {
	cases := map[string]int{
		"Underway": -1, "Angefangen": -1, "En traitement": -1, "En desarrollo": -1, "En ejecución": -1, "In lavorazione": -1, "In behandeling": -1, "Em execução": -1,
		"Past target": -1, "Missed the deadline": -1, "Frist versäumt": -1, "Délai dépassé": -1, "Plazo excedido": -1, "Oltre il termine": -1, "Termijn verstreken": -1, "Prazo expirado": -1,
		"Negative result": -1, "Negatives Ergebnis": -1, "Résultat négatif": -1, "Resultado negativo": -1, "Esito negativo": -1, "Negatief resultaat": -1,
		"Culminado": 1, "Culminated": 1, "Positive result": 1, "Positives Ergebnis": 1, "Résultat positif": 1, "Esito positivo": 1, "Positief resultaat": 1, "Resultado positivo": 1,
		// Near misses: a deadline is no status, nor is an
		// appointment's term.
		"Past due": 0, "Entwicklung": 0, "Desarrollo": 0, "Target": 0,
	}
	for in, want := range cases {
		if got := status(in); got != want {
			t.Errorf("status(%q) = %d, want %d", in, got, want)
		}
	}
}
