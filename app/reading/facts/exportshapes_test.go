package facts

import (
	"errors"
	"testing"
)

// exportLang is the wording of a learning system's export in one language:
// its person, course, attempt, score, result and completion date headers,
// a pass, a fail, a not-started and an exemption, the security course and
// another, a label opening a person's transcript, and a note an export
// writes under its rows.
type exportLang struct {
	lang                                              string
	person, course, attempt, score, result, completed string
	passed, failed, notStarted, exempt, asked         string
	security, other, learner, generated, filter       string
}

var exportLangs = []exportLang{
	{"en", "Learner", "Course", "Attempt", "Score", "Result", "Completion date",
		"Passed", "Failed", "Not started", "Waived", "Exemption requested",
		"Information security awareness 2026", "Fire safety", "Learner", "Generated on 10/03/2026 10:22 by Learning Hub", "Filter: all departments"},
	{"de", "Mitarbeiter", "Kurs", "Versuch", "Punktzahl", "Ergebnis", "Abschlussdatum",
		"Bestanden", "Nicht bestanden", "Nicht begonnen", "Befreit", "Befreiung beantragt",
		"Pflichtschulung Informationssicherheit 2026", "Arbeitsschutz", "Teilnehmer", "Erstellt am 10.03.2026 um 10:22 von Lernportal", "Filter: alle Abteilungen"},
	{"fr", "Apprenant", "Cours", "Tentative", "Score", "Résultat", "Date d'achèvement",
		"Réussi", "Échoué", "Non commencé", "Dispensé", "Dispense demandée",
		"Sensibilisation à la sécurité de l'information", "Gestes et postures", "Collaborateur", "Généré le 10/03/2026 à 10:22 par Campus", "Filtre : tous les services"},
	{"es", "Empleado", "Curso", "Intento", "Puntuación", "Resultado", "Fecha de finalización",
		"Aprobado", "Suspenso", "No iniciado", "Exento", "Exención solicitada",
		"Curso anual de seguridad de la información", "Atención al cliente", "Colaborador", "Generado el 10/03/2026 a las 10:22 por Aula", "Filtro: todas las áreas"},
	{"it", "Dipendente", "Corso", "Tentativo", "Punteggio", "Esito", "Data di completamento",
		"Superato", "Non superato", "Non iniziato", "Esonerato", "Esonero richiesto",
		"Formazione sulla sicurezza delle informazioni", "Sicurezza sul lavoro", "Partecipante", "Generato il 10/03/2026 alle 10:22 da Academy", "Filtro: tutti i reparti"},
	{"nl", "Medewerker", "Cursus", "Poging", "Score", "Resultaat", "Datum afgerond",
		"Geslaagd", "Niet geslaagd", "Niet gestart", "Vrijgesteld", "Vrijstelling aangevraagd",
		"Training informatiebeveiliging 2026", "Bedrijfshulpverlening", "Deelnemer", "Gegenereerd op 10-03-2026 om 10:22 door Leerplein", "Filter: alle afdelingen"},
	{"pt", "Colaborador", "Curso", "Tentativa", "Pontuação", "Resultado", "Data de conclusão",
		"Aprovado", "Reprovado", "Não iniciado", "Isento", "Isenção solicitada",
		"Formação anual em segurança da informação 2026", "Atendimento ao cliente", "Formando", "Gerado em 10/03/2026 às 10:22 por Academia", "Filtro: todas as direções"},
}

// TestExemptWords: an exemption, a waiver or "not applicable" is neither
// done nor not done in any language; an exemption asked for, refused or
// run out is none, and a plain not done stays not done.
func TestExemptWords(t *testing.T) {
	yes := []string{"Exempt", "Waived", "Not applicable", "N/A", "Befreit", "Nicht zutreffend", "Freigestellt",
		"Dispensé", "Non concerné", "Exento", "No aplica", "Esonerato", "Non applicabile", "Vrijgesteld",
		"Niet van toepassing", "n.v.t.", "Isento", "Não aplicável", "Dispensado"}
	no := []string{"Exemption requested", "Befreiung beantragt", "Dispense demandée", "Exención solicitada",
		"Esonero richiesto", "Vrijstelling aangevraagd", "Isenção solicitada", "Exemption rejected", "Waiver expired",
		"Exemption denied", "Befreiung abgelehnt", "Dispense refusée", "Exención denegada", "Esonero negato",
		"Esonero respinto", "Vrijstelling afgewezen", "Isenção indeferida",
		"Not completed", "Nicht bestanden", "Non commencé", "No iniciado", "Non superato", "Niet gestart", "Não iniciado", "Passed"}
	for _, s := range yes {
		if !exempt(s) || status(s) != 0 || ackSign(s) != 0 {
			t.Errorf("%q: exempt %v, status %d, ackSign %d; want an exemption, neither done nor not", s, exempt(s), status(s), ackSign(s))
		}
	}
	for _, s := range no {
		if exempt(s) {
			t.Errorf("%q reads as an exemption", s)
		}
	}
	for _, l := range exportLangs {
		if status(l.passed) != 1 || status(l.failed) != -1 || status(l.notStarted) != -1 {
			t.Errorf("%s: status(%q, %q, %q) = %d, %d, %d; want 1, -1, -1", l.lang, l.passed, l.failed, l.notStarted,
				status(l.passed), status(l.failed), status(l.notStarted))
		}
	}
}

// TestTrainingExemptRows: a person exempt from the course is listed, never
// completed (not even with the date the exemption was granted), and left
// out of the rate; an exemption only asked for counts against it.
func TestTrainingExemptRows(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			doc := sheet("Report",
				row(l.person, l.result, l.completed),
				row("Ana Lima", l.passed, "2026-02-03"),
				row("Rui Dias", l.notStarted, ""),
				row("Eva Berg", l.passed, "2026-02-05"),
				row("Ole Sand", l.exempt, "2026-01-10"),
				row("Ida Holm", l.exempt, ""),
			)
			checkTrainingRead(t, doc, 5, 2, 66.7, "2026-02-05", "2026-02-03")
			asked := sheet("Report",
				row(l.person, l.result, l.completed),
				row("Ana Lima", l.passed, "2026-02-03"),
				row("Rui Dias", l.notStarted, ""),
				row("Eva Berg", l.passed, "2026-02-05"),
				row("Ole Sand", l.asked, ""),
			)
			checkTrainingRead(t, asked, 4, 2, 50, "2026-02-05", "2026-02-03")
		})
	}
}

// TestTrainingMatrixExempt: in a matrix of people against courses, an
// exemption in the security course's column leaves the person out of the
// rate.
func TestTrainingMatrixExempt(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			doc := sheet("Matrix",
				row(l.person, l.other, l.security),
				row("Ana Lima", "2025-03-12", "2025-10-14"),
				row("Rui Dias", l.notStarted, l.notStarted),
				row("Eva Berg", "2025-03-15", l.exempt),
			)
			checkTrainingRead(t, doc, 3, 1, 50, "2025-10-14", "2025-10-14")
		})
	}
}

// TestTrainingAttempts: an export with a row per attempt at the course's
// test counts each person once, by their latest attempt, so a pass after a
// fail is a completion and a fail after nothing else is not; with or
// without an attempt number, the latest by number, else by date.
func TestTrainingAttempts(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			numbered := sheet("Attempts",
				row(l.person, l.course, l.attempt, l.score, l.result, l.completed),
				row("Ana Lima", l.security, "1", "55", l.failed, "2026-02-03"),
				row("Ana Lima", l.security, "2", "85", l.passed, "2026-02-05"),
				row("Rui Dias", l.security, "1", "90", l.passed, "2026-02-04"),
				row("Eva Berg", l.security, "1", "40", l.failed, "2026-02-06"),
				row("Ole Sand", l.security, "2", "35", l.failed, "2026-02-09"),
				row("Ole Sand", l.security, "1", "80", l.passed, "2026-02-01"),
			)
			checkTrainingRead(t, numbered, 4, 2, 50, "2026-02-05", "2026-02-04")
			dated := sheet("Attempts",
				row(l.person, l.score, l.result, l.completed),
				row("Ana Lima", "85", l.passed, "2026-02-05"),
				row("Ana Lima", "55", l.failed, "2026-02-03"),
				row("Rui Dias", "90", l.passed, "2026-02-04"),
				row("Eva Berg", "40", l.failed, "2026-02-06"),
			)
			checkTrainingRead(t, dated, 3, 2, 66.7, "2026-02-05", "2026-02-04")
		})
	}
}

// TestTrainingAttemptsNearMisses: rows of one person that differ in what
// they are about (the modules of a programme, under a header the reader
// does not know as the course's) are no attempts and are counted whole,
// and so are rows repeating a person in a report without an attempt or
// score column.
func TestTrainingAttemptsNearMisses(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			modules := sheet("Modules",
				row(l.person, "Unit", l.score, l.result, l.completed),
				row("Ana Lima", "Phishing", "55", l.failed, "2026-02-03"),
				row("Ana Lima", "Passwords", "85", l.passed, "2026-02-05"),
				row("Rui Dias", "Phishing", "90", l.passed, "2026-02-04"),
				row("Rui Dias", "Passwords", "90", l.passed, "2026-02-04"),
			)
			tr, err := Training(modules)
			if err != nil || tr.Rows.Value != 4 || tr.People.Value != 2 || tr.CompletionRate.Value != 75 {
				t.Errorf("modules: rows %+v people %+v rate %+v, %v; want 4 rows of 2 people at 75", tr.Rows, tr.People, tr.CompletionRate, err)
			}
			// Two people of one name, told apart by their employee numbers,
			// in an export with a score column: two people, not two attempts.
			namesakes := sheet("Attempts",
				row("ID", l.person, l.score, l.result, l.completed),
				row("1001", "Ana Lima", "90", l.passed, "2026-02-04"),
				row("1002", "Ana Lima", "", l.notStarted, ""),
				row("1003", "Rui Dias", "80", l.passed, "2026-02-03"),
				row("1004", "Eva Berg", "", l.notStarted, ""),
			)
			tr, err = Training(namesakes)
			if err != nil || tr.Rows.Value != 4 || tr.CompletionRate.Value != 50 {
				t.Errorf("namesakes: rows %+v rate %+v, %v; want 4 rows at 50", tr.Rows, tr.CompletionRate, err)
			}
			plain := sheet("Report",
				row(l.person, l.result, l.completed),
				row("Ana Lima", l.failed, ""),
				row("Ana Lima", l.passed, "2026-02-05"),
				row("Rui Dias", l.passed, "2026-02-04"),
			)
			tr, err = Training(plain)
			if err != nil || tr.Rows.Value != 3 || tr.CompletionRate.Value != 66.7 {
				t.Errorf("plain list: rows %+v rate %+v, %v; want 3 rows at 66.7", tr.Rows, tr.CompletionRate, err)
			}
		})
	}
}

// TestTrainingTranscript: a transcript with a block per person (a line
// naming them, a header, a row per course) counts each person's latest
// row for the security course, with the header repeated per block or
// written once, the name after a label or alone over the header.
func TestTrainingTranscript(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			head := row(l.course, l.result, l.completed)
			labelled := sheet("Transcript",
				row(l.learner+": Ana Lima (1001)"),
				head,
				row(l.security, l.passed, "2026-02-03"),
				row(l.other, l.notStarted, ""),
				row(l.learner+": Rui Dias"),
				head,
				row(l.other, l.passed, "2026-01-04"),
				row(l.security, l.notStarted, ""),
				row(l.learner, "Eva Berg", "Sales"),
				head,
				row(l.security, l.failed, ""),
				row(l.security, l.passed, "2026-02-07"),
				row(l.learner+": Ole Sand"),
				head,
				row(l.security, l.exempt, ""),
			)
			checkTrainingRead(t, labelled, 4, 2, 66.7, "2026-02-07", "2026-02-03")
			bare := sheet("Transcript",
				row("Ana Lima"),
				head,
				row(l.security, l.passed, "2026-02-03"),
				row("Rui Dias"),
				head,
				row(l.security, l.notStarted, ""),
				row(l.other, l.passed, "2026-01-04"),
			)
			checkTrainingRead(t, bare, 2, 1, 50, "2026-02-03", "2026-02-03")
		})
	}
}

// TestTrainingTranscriptNearMisses: a transcript where one person has no
// row for the security course, or where two courses could be it, is not
// read (the error says why), nor one whose status column says neither done
// nor not done for most people; blocks per course, not per person, are no
// transcript; a course title alone on its row is no person's name.
func TestTrainingTranscriptNearMisses(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			head := row(l.course, l.result, l.completed)
			missing := sheet("Transcript",
				row(l.learner+": Ana Lima"), head, row(l.security, l.passed, "2026-02-03"),
				row(l.learner+": Rui Dias"), head, row(l.other, l.passed, "2026-01-04"),
			)
			if tr, err := Training(missing); !errors.Is(err, ErrUnclearRows) || tr.CompletionRate.Known {
				t.Errorf("a person without the course: %+v, %v; want unclear rows", tr.CompletionRate, err)
			}
			two := sheet("Transcript",
				row(l.learner+": Ana Lima"), head, row(l.security, l.passed, "2026-02-03"),
				row(l.learner+": Rui Dias"), head, row(l.security+" (refresher)", l.passed, "2026-01-04"),
			)
			if tr, err := Training(two); !errors.Is(err, ErrUnclearRows) || tr.CompletionRate.Known {
				t.Errorf("two security courses: %+v, %v; want unclear rows", tr.CompletionRate, err)
			}
			perCourse := sheet("By course",
				row(l.course+": "+l.security), head, row(l.security, l.passed, "2026-02-03"),
				row(l.course+": "+l.other), head, row(l.other, l.passed, "2026-01-04"),
			)
			if tr, err := Training(perCourse); err == nil || tr.CompletionRate.Known {
				t.Errorf("blocks per course: %+v, %v; want no report read", tr.CompletionRate, err)
			}
			unclear := sheet("Transcript",
				row(l.learner+": Ana Lima"), head, row(l.security, "Room 4", ""),
				row(l.learner+": Rui Dias"), head, row(l.security, "Room 2", ""),
				row(l.learner+": Eva Berg"), head, row(l.security, l.passed, "2026-02-03"),
			)
			if tr, err := Training(unclear); !errors.Is(err, ErrUnclearRows) || tr.CompletionRate.Known {
				t.Errorf("a column of rooms, no statuses: %+v, %v; want unclear rows", tr.CompletionRate, err)
			}
			titled := sheet("Transcript",
				head,
				row("Fire Safety"),
				row(l.security, l.passed, "2026-02-03"),
				row("Fire Safety"),
				row(l.security, l.notStarted, ""),
			)
			if tr, err := Training(titled); err == nil || tr.CompletionRate.Known {
				t.Errorf("course titles alone on their rows: %+v, %v; want no report read", tr.CompletionRate, err)
			}
		})
	}
}

// TestExportNotes: the notes an export writes above and under its rows (a
// filter, when and by whom it was generated, a page number) are no
// people; a person's name alone on a row, or their login, still is.
func TestExportNotes(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			doc := sheet("Report",
				row(l.filter),
				row(l.person, l.result, l.completed),
				row("Ana Lima", l.passed, "2026-02-03"),
				row("Rui Dias", l.notStarted, ""),
				row("Eva Berg", l.passed, "2026-02-05"),
				row("Ida Holm"),
				row("oskar.sand"),
				row(l.generated),
				row("Page 1 of 1"),
				row(l.generated[:len(l.generated)/3]+":", "10/03/2026"),
			)
			checkTrainingRead(t, doc, 5, 2, 40, "2026-02-05", "2026-02-03")
			csv := csvDoc(
				"sep=;",
				l.filter,
				"",
				l.person+";"+l.result+";"+l.completed,
				"Ana Lima;"+l.passed+";2026-02-03",
				"Rui Dias;"+l.notStarted+";",
				"",
				l.generated,
			)
			checkTrainingRead(t, csv, 2, 1, 50, "2026-02-03", "2026-02-03")
			// Near misses: a lone cell that does not look like a name is still
			// a person assigned the course and nothing more, never a note.
			lone := sheet("Report",
				row(l.person, l.result, l.completed),
				row("Ana Lima", l.passed, "2026-02-03"),
				row("O'Brien, Seán"),
				row("García López, María del Carmen"),
				row("Rui Dias (Contractor)"),
				row(l.generated),
			)
			checkTrainingRead(t, lone, 4, 1, 25, "2026-02-03", "2026-02-03")
		})
	}
}

// wideHeaders are the headers of a wide HR export in each language:
// employee number, person, cost centre, manager, location, hire date,
// assigned date, due date, completion date, score and certificate number.
var wideHeaders = map[string][]string{
	"en": {"Employee ID", "Employee", "Cost centre", "Manager", "Location", "Hire date", "Assigned date", "Due date", "Completion date", "Score", "Certificate ID"},
	"de": {"Personalnummer", "Mitarbeiter", "Kostenstelle", "Vorgesetzter", "Standort", "Eintrittsdatum", "Zugewiesen am", "Fällig am", "Abgeschlossen am", "Punktzahl", "Zertifikatsnummer"},
	"fr": {"Matricule", "Collaborateur", "Centre de coûts", "Responsable", "Site", "Date d'embauche", "Date d'affectation", "Date d'échéance", "Date d'achèvement", "Score", "N° de certificat"},
	"es": {"Número de empleado", "Empleado", "Centro de costes", "Responsable", "Ubicación", "Fecha de alta", "Fecha de asignación", "Fecha límite", "Fecha de finalización", "Puntuación", "ID de certificado"},
	"it": {"Matricola", "Dipendente", "Centro di costo", "Responsabile", "Sede", "Data di assunzione", "Data di assegnazione", "Data di scadenza", "Data di completamento", "Punteggio", "ID certificato"},
	"nl": {"Personeelsnummer", "Medewerker", "Kostenplaats", "Leidinggevende", "Locatie", "Datum in dienst", "Datum toegewezen", "Vervaldatum", "Datum afgerond", "Score", "Certificaatnummer"},
	"pt": {"Número de funcionário", "Colaborador", "Centro de custo", "Gestor", "Localização", "Data de admissão", "Data de atribuição", "Data limite", "Data de conclusão", "Pontuação", "N.º do certificado"},
}

// TestWideExport: an export with many columns besides the person and the
// completion date (hire, assignment and due dates, a manager's name, a
// score, a certificate number) is read from its completion date alone.
func TestWideExport(t *testing.T) {
	for lang, h := range wideHeaders {
		t.Run(lang, func(t *testing.T) {
			doc := sheet("Export",
				h,
				row("1001", "Ana Lima", "CC10", "Rui Dias", "Lisboa", "2019-02-01", "2026-01-02", "2026-01-31", "2026-01-15", "90", "C-77"),
				row("1002", "Eva Berg", "CC10", "Rui Dias", "Lisboa", "2020-02-01", "2026-01-02", "2026-01-31", "", "", ""),
				row("1003", "Ole Sand", "CC11", "Rui Dias", "Porto", "2021-03-01", "2026-01-02", "2026-01-31", "2026-01-20", "80", "C-78"),
				row("1004", "Ida Holm", "CC11", "Rui Dias", "Porto", "2022-04-01", "2026-01-05", "2026-02-28", "", "", ""),
			)
			checkTrainingRead(t, doc, 4, 2, 50, "2026-01-20", "2026-01-15")
		})
	}
}

// TestAcknowledgementExempt: in an acknowledgement log, a person exempt
// from signing is listed, and the date beside the exemption is no
// signature; a signed row beside it still is.
func TestAcknowledgementExempt(t *testing.T) {
	signed := map[string]string{"en": "Signed", "de": "Unterschrieben", "fr": "Signé", "es": "Firmado", "it": "Firmato", "nl": "Ondertekend", "pt": "Assinado"}
	for _, l := range exportLangs {
		doc := sheet("Log",
			row(l.person, "Status", "Date"),
			row("Ana Lima", signed[l.lang], "2026-02-03"),
			row("Rui Dias", l.exempt, "2026-01-10"),
			row("Eva Berg", signed[l.lang], "2026-02-05"),
		)
		checkAck(t, l.lang, doc, ackWant{people: 3, signatures: 2, newest: "2026-02-05", oldest: "2026-02-03"})
	}
}
