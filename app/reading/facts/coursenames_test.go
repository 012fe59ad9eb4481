package facts

import (
	"errors"
	"testing"
)

// TestSecurityCourseNames: the names of the information security course,
// however a learning system words it (with a year, a code, "module",
// "e-learning", words of awareness), in the seven languages, against
// courses that are not it: safety (fire, health, work, road), data
// protection alone, anti-bribery, and security of no named kind.
func TestSecurityCourseNames(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		// English.
		{"Security Awareness 2026", true}, {"ISA-101 Information Security Awareness", true}, {"Cyber awareness e-learning", true},
		{"Cybersecurity module 3", true}, {"IT security basics", true},
		{"Fire safety", false}, {"Health and safety awareness", false}, {"Physical security awareness", false},
		{"Data protection (GDPR)", false}, {"Anti-bribery awareness", false}, {"Security 2026", false}, {"Fraud awareness", false},
		// German.
		{"Sensibilisierung Informationssicherheit 2026", true}, {"Security-Awareness-Schulung", true}, {"Awareness-Training Cybersicherheit", true},
		{"E-Learning IT-Sicherheit", true}, {"Sensibilisierung Sicherheit", true},
		{"Brandschutzunterweisung", false}, {"Sensibilisierung Arbeitssicherheit", false}, {"Datenschutz (DSGVO)", false},
		{"Antikorruption", false}, {"Gesundheit und Sicherheit: Sensibilisierung", false},
		// French.
		{"Sensibilisation à la sécurité de l'information 2026", true}, {"Sensibilisation à la sécurité", true}, {"Module sécurité informatique", true},
		{"Sensibilisation cyber", true}, {"Cybersécurité – e-learning", true},
		{"Sécurité incendie", false}, {"Sensibilisation à la sécurité incendie", false}, {"Protection des données personnelles", false},
		{"Lutte anticorruption", false}, {"Santé et sécurité au travail", false}, {"Sensibilisation à la sécurité routière", false},
		// Spanish.
		{"Concienciación en seguridad de la información", true}, {"Concientización en ciberseguridad 2026", true}, {"Sensibilización en seguridad", true},
		{"Curso de seguridad TI", true},
		{"Seguridad y salud en el trabajo", false}, {"Concienciación sobre seguridad contra incendios", false}, {"Protección de datos personales", false},
		{"Prevención de riesgos laborales", false}, {"Antisoborno", false},
		// Italian.
		{"Sensibilizzazione alla sicurezza delle informazioni", true}, {"Consapevolezza sulla sicurezza", true}, {"Modulo sicurezza informatica", true},
		{"Sicurezza sul lavoro", false}, {"Sensibilizzazione sicurezza antincendio", false}, {"Protezione dei dati personali", false},
		{"Anticorruzione", false}, {"Salute e sicurezza", false},
		// Dutch.
		{"Bewustwording informatiebeveiliging 2026", true}, {"Security awareness training", true}, {"Bewustwording beveiliging", true},
		{"E-learning IT-beveiliging", true},
		{"Brandveiligheid", false}, {"Bewustwording veiligheid op de werkvloer", false}, {"AVG gegevensbescherming", false},
		{"Anti-omkoping", false}, {"BHV herhaling", false},
		// Portuguese.
		{"Consciencialização para a segurança da informação", true}, {"Conscientização em segurança", true}, {"Sensibilização cibersegurança", true},
		{"Segurança de TI", true},
		{"Segurança no trabalho", false}, {"Sensibilização para a segurança contra incêndios", false}, {"Proteção de dados (LGPD)", false},
		{"Anticorrupção", false}, {"Saúde e segurança", false},
	} {
		if got := securityCourseName(normalizeHeader(c.name)); got != c.want {
			t.Errorf("securityCourseName(%q) = %v, want %v", c.name, got, c.want)
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
		{"es", "Empleado", "Área", "Seguridad contra incendios", "Concienciación en seguridad 2026", "Protección de datos", "Ciberseguridad básica",
			"En curso", "No iniciado", "Fallido", "Fecha límite superada"},
		{"it", "Dipendente", "Reparto", "Sicurezza antincendio", "Sensibilizzazione alla sicurezza 2026", "Protezione dei dati personali", "Sicurezza informatica di base",
			"In corso", "Non iniziato", "Non superato", "Scadenza superata"},
		{"nl", "Medewerker", "Afdeling", "Brandveiligheid", "Bewustwording informatiebeveiliging 2026", "Gegevensbescherming (AVG)", "Security awareness e-learning",
			"Bezig", "Niet gestart", "Gezakt", "Deadline verstreken"},
		{"pt", "Colaborador", "Departamento", "Segurança contra incêndios", "Consciencialização para a segurança 2026", "Proteção de dados", "Cibersegurança essencial",
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
