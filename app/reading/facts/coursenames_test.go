package facts

import (
	"errors"
	"testing"
)

// TestSecurityCourseNames: the names of the information security course,
// however a learning system words it (with a year, a code, "module",
// "e-learning", words of awareness), in the seven languages, against
// courses that are not surely it: safety (fire, health, work, road, a
// building site, patients, machines, forklifts), data protection alone,
// anti-bribery, and security of no named kind, with or without words of
// awareness: in six of the seven languages security's word is safety's
// too, so only a word of information, IT, cyber, data or the digital
// world, or the bare English "security awareness", makes the name sure.
func TestSecurityCourseNames(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		// English.
		{"Security Awareness 2026", true}, {"ISA-101 Information Security Awareness", true}, {"Cyber awareness e-learning", true},
		{"Cybersecurity module 3", true}, {"IT security basics", true}, {"IT security awareness", true}, {"Cyber awareness", true},
		{"Security awareness", true}, {"Annual security awareness training", true}, {"Security Awareness Essentials 2026", true},
		{"Data security awareness", true}, {"Digital security basics", true},
		{"Fire safety", false}, {"Health and safety awareness", false}, {"Physical security awareness", false},
		{"Data protection (GDPR)", false}, {"Anti-bribery awareness", false}, {"Security 2026", false}, {"Fraud awareness", false},
		{"Security awareness for forklift drivers", false}, {"Security awareness on site", false}, {"Site security awareness", false},
		{"Security awareness and first aid", false},
		// German.
		{"Sensibilisierung Informationssicherheit 2026", true}, {"Security-Awareness-Schulung", true}, {"Awareness-Training Cybersicherheit", true},
		{"E-Learning IT-Sicherheit", true}, {"Pflichtschulung Security Awareness", true}, {"Datensicherheit kompakt", true},
		{"Brandschutzunterweisung", false}, {"Sensibilisierung Arbeitssicherheit", false}, {"Datenschutz (DSGVO)", false},
		{"Antikorruption", false}, {"Gesundheit und Sicherheit: Sensibilisierung", false},
		{"Sensibilisierung Sicherheit", false}, {"Sicherheit Sensibilisierung Baustelle", false}, {"Sicherheitsbewusstsein", false},
		{"Sicherheitsunterweisung Maschinen", false},
		// French.
		{"Sensibilisation à la sécurité de l'information 2026", true}, {"Module sécurité informatique", true},
		{"Sensibilisation cyber", true}, {"Cybersécurité – e-learning", true}, {"Sensibilisation à la sécurité numérique", true},
		{"Sécurité des données – module 2", true}, {"Formation Security Awareness obligatoire", true},
		{"Sécurité incendie", false}, {"Sensibilisation à la sécurité incendie", false}, {"Protection des données personnelles", false},
		{"Lutte anticorruption", false}, {"Santé et sécurité au travail", false}, {"Sensibilisation à la sécurité routière", false},
		{"Sensibilisation à la sécurité", false}, {"Sensibilisation sécurité chantier", false}, {"Sensibilisation à la sécurité des patients", false},
		// Spanish.
		{"Concienciación en seguridad de la información", true}, {"Concientización en ciberseguridad 2026", true},
		{"Curso de seguridad TI", true}, {"Seguridad informática básica", true}, {"Curso de Security Awareness", true}, {"Seguridad de los datos", true},
		{"Seguridad y salud en el trabajo", false}, {"Concienciación sobre seguridad contra incendios", false}, {"Protección de datos personales", false},
		{"Prevención de riesgos laborales", false}, {"Antisoborno", false},
		{"Sensibilización en seguridad", false}, {"Concienciación sobre seguridad del paciente", false}, {"Concienciación en seguridad vial", false},
		// Italian.
		{"Sensibilizzazione alla sicurezza delle informazioni", true}, {"Modulo sicurezza informatica", true}, {"Sicurezza dei dati", true},
		{"Corso di Security Awareness", true}, {"Sensibilizzazione cyber 2026", true},
		{"Sicurezza sul lavoro", false}, {"Sensibilizzazione sicurezza antincendio", false}, {"Protezione dei dati personali", false},
		{"Anticorruzione", false}, {"Salute e sicurezza", false},
		{"Consapevolezza sulla sicurezza", false}, {"Sensibilizzazione sicurezza macchine", false}, {"Sensibilizzazione alla sicurezza alimentare", false},
		// Dutch.
		{"Bewustwording informatiebeveiliging 2026", true}, {"Security awareness training", true}, {"Security awareness basistraining 2026", true},
		{"E-learning IT-beveiliging", true}, {"Gegevensbeveiliging", true}, {"Digitale veiligheid", true},
		{"Brandveiligheid", false}, {"Bewustwording veiligheid op de werkvloer", false}, {"AVG gegevensbescherming", false},
		{"Anti-omkoping", false}, {"BHV herhaling", false},
		{"Bewustwording beveiliging", false}, {"Bewustwording beveiliging bouwplaats", false}, {"Security awareness voor heftruckchauffeurs", false},
		// Portuguese.
		{"Consciencialização para a segurança da informação", true}, {"Sensibilização cibersegurança", true},
		{"Segurança de TI", true}, {"Segurança dos dados", true}, {"Segurança digital – módulo 1", true},
		{"Segurança no trabalho", false}, {"Sensibilização para a segurança contra incêndios", false}, {"Proteção de dados (LGPD)", false},
		{"Anticorrupção", false}, {"Saúde e segurança", false},
		{"Conscientização em segurança", false}, {"Consciencialização para a segurança do doente", false}, {"Sensibilização para a segurança rodoviária", false},
	} {
		if got := securityCourseName(normalizeHeader(c.name)); got != c.want {
			t.Errorf("securityCourseName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestUnsureSecurityCourseNames: a course of awareness of security of no
// named kind, in the seven languages, is not surely the information
// security course but could be it (a table whose only such course it is
// is not read); a course surely the security course, a safety course
// with no word of awareness and a course of another subject are not
// unsure.
func TestUnsureSecurityCourseNames(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Security awareness for forklift drivers", true}, {"Physical security awareness", true},
		{"Sicherheit Sensibilisierung Baustelle", true}, {"Sensibilisierung Sicherheit", true}, {"Sicherheitsbewusstsein", true},
		{"Sensibilisation sécurité chantier", true}, {"Sensibilisation à la sécurité", true},
		{"Concienciación sobre seguridad del paciente", true}, {"Sensibilización en seguridad", true},
		{"Sensibilizzazione sicurezza macchine", true}, {"Consapevolezza sulla sicurezza", true},
		{"Bewustwording beveiliging bouwplaats", true}, {"Bewustwording beveiliging", true},
		{"Consciencialização para a segurança do doente", true}, {"Conscientização em segurança", true},
		// Near misses: sure, or no awareness of security at all.
		{"Security awareness 2026", false}, {"Sensibilisation à la sécurité de l'information", false}, {"Concienciación en ciberseguridad", false},
		{"Sicurezza sul lavoro", false}, {"Brandveiligheid", false}, {"Segurança no trabalho", false}, {"Anti-bribery awareness", false},
		{"Datenschutz-Sensibilisierung", false},
	} {
		if got := unsureSecurityCourseName(normalizeHeader(c.name)); got != c.want {
			t.Errorf("unsureSecurityCourseName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMatrixSecurityCourseWords: a matrix whose security course is named
// in words of awareness, between a safety course and a data protection
// course, is read on that column, in the seven languages; a matrix with
// two columns that could be it, or none, is not read.
func TestMatrixSecurityCourseWords(t *testing.T) {
	for _, c := range []struct {
		lang, person, dept, fire, security, privacy, other, started, notStarted, failed, late string
	}{
		{"en", "Employee", "Department", "Fire safety", "Security awareness 2026", "Data protection (GDPR)", "Cyber awareness e-learning",
			"In progress", "Not started", "Failed", "Deadline exceeded"},
		{"de", "Mitarbeiter", "Abteilung", "Brandschutz", "Sensibilisierung Informationssicherheit 2026", "Datenschutz", "Awareness-Training Cybersicherheit",
			"In Bearbeitung", "Nicht begonnen", "Nicht bestanden", "Frist abgelaufen"},
		{"fr", "Collaborateur", "Direction", "Sécurité incendie", "Sensibilisation à la sécurité de l'information 2026", "Protection des données personnelles", "Module cybersécurité",
			"En cours", "Non commencé", "Échec", "Échéance dépassée"},
		{"es", "Empleado", "Área", "Seguridad contra incendios", "Concienciación en seguridad de la información 2026", "Protección de datos", "Ciberseguridad básica",
			"En curso", "No iniciado", "Fallido", "Fecha límite superada"},
		{"it", "Dipendente", "Reparto", "Sicurezza antincendio", "Sensibilizzazione alla sicurezza delle informazioni 2026", "Protezione dei dati personali", "Sicurezza informatica di base",
			"In corso", "Non iniziato", "Non superato", "Scadenza superata"},
		{"nl", "Medewerker", "Afdeling", "Brandveiligheid", "Bewustwording informatiebeveiliging 2026", "Gegevensbescherming (AVG)", "Security awareness e-learning",
			"Bezig", "Niet gestart", "Gezakt", "Deadline verstreken"},
		{"pt", "Colaborador", "Departamento", "Segurança contra incêndios", "Consciencialização para a segurança da informação 2026", "Proteção de dados", "Cibersegurança essencial",
			"Em curso", "Não iniciado", "Falhado", "Prazo ultrapassado"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			matrix := sheet("Matrix",
				row(c.person, c.dept, c.fire, c.security, c.privacy),
				row("Ana Lima", "Ops", c.started, "2025-08-12", "2025-01-14"),
				row("Rui Dias", "Ops", "2024-12-23", c.failed, "2025-06-25"),
				row("Eva Horn", "Sales", c.notStarted, "2025-08-06", "2025-02-15"),
				row("Ida Berg", "Sales", "2025-06-21", c.late, c.notStarted),
				row("Tom Kahl", "IT", "2025-02-21", "2025-07-07", c.started),
			)
			checkTrainingRead(t, matrix, 5, 3, 60, "2025-08-12", "2025-07-07")

			two := sheet("Matrix",
				row(c.person, c.dept, c.fire, c.security, c.other),
				row("Ana Lima", "Ops", c.started, "2025-08-12", "2025-01-14"),
				row("Rui Dias", "Ops", "2024-12-23", c.failed, "2025-06-25"),
			)
			if tr, err := Training(two); !errors.Is(err, ErrUnclearRows) || tr.Completed.Known {
				t.Errorf("two columns could be the security course: %+v, %v; want unclear rows", tr.Completed, err)
			}
			none := sheet("Matrix",
				row(c.person, c.dept, c.fire, c.privacy),
				row("Ana Lima", "Ops", c.started, "2025-01-14"),
				row("Rui Dias", "Ops", "2024-12-23", c.late),
			)
			if tr, err := Training(none); err == nil || tr.Completed.Known {
				t.Errorf("no security course: %+v, %v; want an error", tr.Completed, err)
			}
		})
	}
}

// TestUnsureSecurityCourseRefused: where the only course of a matrix or
// of a learning history that could be the information security course is
// awareness of security of no named kind (a building site's, a patient's,
// a machine's: safety as much as security), nothing is read, in the seven
// languages; beside a course surely the security course, that course is
// read.
func TestUnsureSecurityCourseRefused(t *testing.T) {
	for _, c := range []struct {
		lang, person, fire, unsure, sure, privacy, done, open string
	}{
		{"en", "Employee", "Fire safety", "Security awareness for forklift drivers", "Information security awareness 2026", "Data protection (GDPR)", "Completed", "Not started"},
		{"de", "Mitarbeiter", "Brandschutz", "Sicherheit Sensibilisierung Baustelle", "Informationssicherheit 2026", "Datenschutz", "Abgeschlossen", "Nicht begonnen"},
		{"fr", "Collaborateur", "Sécurité incendie", "Sensibilisation sécurité chantier", "Sensibilisation à la sécurité de l'information 2026", "Protection des données", "Terminé", "Non commencé"},
		{"es", "Empleado", "Seguridad contra incendios", "Concienciación sobre seguridad del paciente", "Seguridad de la información 2026", "Protección de datos", "Completado", "No iniciado"},
		{"it", "Dipendente", "Sicurezza antincendio", "Sensibilizzazione sicurezza macchine", "Sicurezza delle informazioni 2026", "Protezione dei dati", "Completato", "Non iniziato"},
		{"nl", "Medewerker", "Brandveiligheid", "Bewustwording beveiliging bouwplaats", "Informatiebeveiliging 2026", "Gegevensbescherming", "Voltooid", "Niet gestart"},
		{"pt", "Colaborador", "Segurança contra incêndios", "Consciencialização para a segurança do doente", "Segurança da informação 2026", "Proteção de dados", "Concluído", "Não iniciado"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			matrix := func(course string) Document {
				return sheet("Matrix",
					row(c.person, c.fire, course, c.privacy),
					row("Ana Lima", c.open, "2025-08-12", "2025-01-14"),
					row("Rui Dias", "2024-12-23", c.open, "2025-06-25"),
					row("Eva Horn", "2025-03-02", "2025-07-07", c.open),
				)
			}
			if tr, err := Training(matrix(c.unsure)); !errors.Is(err, ErrUnclearRows) || tr.Completed.Known {
				t.Errorf("matrix, only %q: completed %+v, err %v; want unclear rows", c.unsure, tr.Completed, err)
			}
			both := sheet("Matrix",
				row(c.person, c.unsure, c.sure, c.privacy),
				row("Ana Lima", c.open, "2025-08-12", "2025-01-14"),
				row("Rui Dias", "2024-12-23", c.open, "2025-06-25"),
				row("Eva Horn", "2025-03-02", "2025-07-07", c.open),
			)
			checkTrainingRead(t, both, 3, 2, 66.7, "2025-08-12", "2025-07-07")

			course := subjectHeaders[c.lang][0]
			history := func(second string) Document {
				return sheet("History",
					row(c.person, course, "Status", "Date"),
					row("Ana Lima", c.fire, c.done, "2025-01-14"),
					row("Ana Lima", second, c.done, "2025-08-12"),
					row("Rui Dias", c.fire, c.done, "2024-12-23"),
					row("Rui Dias", second, c.open, ""),
					row("Eva Horn", c.fire, c.open, ""),
					row("Eva Horn", second, c.done, "2025-07-07"),
				)
			}
			if tr, err := Training(history(c.unsure)); !errors.Is(err, ErrUnclearRows) || tr.Completed.Known {
				t.Errorf("history, only %q: completed %+v, err %v; want unclear rows", c.unsure, tr.Completed, err)
			}
			checkTrainingRead(t, history(c.sure), 3, 2, 66.7, "2025-08-12", "2025-07-07")
		})
	}
}

// TestFailedAndLateStatuses: a course failed, or its deadline gone by,
// in the words learning systems write in the seven languages, is not done;
// a deadline met is no deadline passed, and a late signature is still a
// signature.
func TestFailedAndLateStatuses(t *testing.T) {
	for s, want := range map[string]int{
		"Échec": -1, "Échec à l'évaluation": -1, "Unsuccessful": -1, "Fallido": -1, "Falhado": -1, "Falhou": -1,
		"Past due": 0, "Deadline exceeded": -1, "Due date passed": -1,
		"Frist abgelaufen": -1, "Fälligkeit überschritten": -1, "Stichtag verpasst": -1,
		"Échéance dépassée": -1, "Date limite dépassée": -1, "Délai expiré": -1, "Date d'échéance dépassée": -1,
		"Plazo vencido": -1, "Fecha límite superada": -1, "Vencimiento expirado": -1,
		"Scadenza superata": -1, "Termine scaduto": -1, "Data limite oltrepassata": -1,
		"Deadline verstreken": -1, "Vervaldatum verlopen": -1, "Uiterste datum overschreden": -1,
		"Prazo ultrapassado": -1, "Data limite expirada": -1, "Vencimento passado": -1,
		// Near misses: done before the deadline.
		"Completed before the due date": 1, "Abgeschlossen vor Fristablauf": 1, "Terminé avant l'échéance": 1,
		"Completado antes del vencimiento": 1, "Completato entro la scadenza": 1, "Voltooid voor de deadline": 1, "Concluído dentro do prazo": 1,
	} {
		if got := status(s); got != want {
			t.Errorf("status(%q) = %d, want %d", s, got, want)
		}
	}
	for _, s := range []string{"Signé, échéance dépassée", "Signed, deadline exceeded", "Getekend, deadline overschreden"} {
		if got := ackSign(s); got != 1 {
			t.Errorf("ackSign(%q) = %d, want 1: a late signature is still one", s, got)
		}
	}
}
