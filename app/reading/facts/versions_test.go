package facts

import (
	"strings"
	"testing"
)

// TestAckPolicyVersions: a log with a row per person and version of the
// policy sent counts only each person's row of the current version, in
// the seven languages; near misses are logs whose version column is no
// history of versions (everyone on one row, a column of words, a version's
// date), read row by row as before.
func TestAckPolicyVersions(t *testing.T) {
	langs := []struct {
		lang, name, version, date, signed string
	}{
		{"en", "Employee", "Policy version", "Acknowledged on", "Acknowledged"},
		{"de", "Mitarbeiter", "Richtlinienversion", "Bestätigt am", "Bestätigt"},
		{"fr", "Collaborateur", "Version de la politique", "Date de validation", "Validé"},
		{"es", "Empleado", "Versión", "Fecha de aceptación", "Aceptado"},
		{"it", "Dipendente", "Versione", "Data di accettazione", "Accettato"},
		{"nl", "Medewerker", "Beleidsversie", "Bevestigd op", "Bevestigd"},
		{"pt", "Colaborador", "Versão", "Data de aceitação", "Aceite"},
	}
	for _, l := range langs {
		head := strings.Join([]string{l.name, l.version, "Status", l.date}, ";")
		row := func(who, v, day string) string {
			status := l.signed
			if day == "" {
				status = ""
			}
			return strings.Join([]string{who, v, status, day}, ";")
		}
		history := []string{head,
			row("Ilse Varga", "2.4", "2024-03-02"), row("Ilse Varga", "3.0", "2025-04-11"),
			row("Jorun Matei", "2.4", "2024-03-05"), row("Jorun Matei", "3.0", ""),
			row("Kasimir Oduya", "3.0", "2025-04-20"),
			row("Lavinia Ortsch", "2.4", "2024-02-27"),
			row("Milo Brancusi", "2.4", "2024-03-09"), row("Milo Brancusi", "3.0", "2025-05-02"),
		}
		// Five people; three signed 3.0; Lavinia only ever had 2.4 and
		// Jorun has not signed 3.0 yet: neither counts.
		checkAck(t, l.lang+" versions", csvDoc(history...), ackWant{5, 3, "2025-05-02", "2025-04-11"})

		// Near miss: the rows in another order, the current version first.
		reordered := []string{head, history[2], history[1], history[4], history[3], history[5], history[6], history[8], history[7]}
		checkAck(t, l.lang+" versions, newest first", csvDoc(reordered...), ackWant{5, 3, "2025-05-02", "2025-04-11"})

		// Near miss: each person once, some on the older version: no
		// history of versions, every signature counts.
		once := []string{head, row("Ilse Varga", "2.4", "2024-03-02"), row("Jorun Matei", "3.0", "2025-04-12"), row("Kasimir Oduya", "3.0", "2025-04-20")}
		checkAck(t, l.lang+" one row each", csvDoc(once...), ackWant{3, 3, "2025-04-20", "2024-03-02"})

		// Near miss: the "version" cells are words, not numbers.
		words := []string{head, row("Ilse Varga", "Web", "2024-03-02"), row("Ilse Varga", "Mobile", "2025-04-11"), row("Jorun Matei", "Web", "2025-04-12")}
		checkAck(t, l.lang+" version words", csvDoc(words...), ackWant{2, 3, "2025-04-12", "2024-03-02"})
	}
}
