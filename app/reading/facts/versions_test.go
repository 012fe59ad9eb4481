package facts

import (
	"strings"
	"testing"
)

// versionLang is how one language words a log with a row per person and
// policy version.
type versionLang struct {
	lang, person, policy, version, status, date string
	signed, pending                             string
	securityPolicy, otherPolicy                 string
	current, previous                           string // a line naming the current version, and one naming the previous, before the number
	versionDate                                 string // a header of the version's date, not its number
}

var versionLangs = []versionLang{
	{"en", "Employee", "Policy", "Policy version", "Status", "Acknowledged on", "Acknowledged", "Pending",
		"Information Security Policy", "Acceptable Use Policy", "Current version:", "Previous version:", "Version date"},
	{"de", "Mitarbeiter", "Richtlinie", "Version", "Status", "Bestätigt am", "Bestätigt", "Ausstehend",
		"Informationssicherheitsrichtlinie", "IT-Nutzungsordnung", "Aktuelle Version:", "Vorherige Version:", "Versionsdatum"},
	{"fr", "Collaborateur", "Politique", "Version", "Statut de lecture", "Date de validation", "Validé", "Non validé",
		"Politique de sécurité de l'information", "Charte informatique", "Version en vigueur :", "Version précédente :", "Date de version"},
	{"es", "Empleado", "Política", "Versión", "Estado", "Fecha de aceptación", "Aceptado", "Pendiente",
		"Política de seguridad de la información", "Normativa de uso aceptable", "Versión vigente:", "Versión anterior:", "Fecha de versión"},
	{"it", "Dipendente", "Politica", "Versione", "Stato", "Data di accettazione", "Accettato", "In attesa",
		"Politica per la sicurezza delle informazioni", "Regolamento posta elettronica", "Versione in vigore:", "Versione precedente:", "Data versione"},
	{"nl", "Medewerker", "Beleid", "Beleidsversie", "Status", "Bevestigd op", "Bevestigd", "Openstaand",
		"Informatiebeveiligingsbeleid", "Gedragscode ICT", "Huidige versie:", "Vorige versie:", "Versiedatum"},
	{"pt", "Colaborador", "Política", "Versão", "Estado", "Data de aceitação", "Aceite", "Pendente",
		"Política de segurança da informação", "Política de uso aceitável", "Versão em vigor:", "Versão anterior:", "Data da versão"},
}

// TestAckPolicyVersions: a log with a row per person and version of the
// policy sent counts only the rows of the current version, the one named
// above the header or else the highest of that policy, in the seven
// languages; older versions' rows are neither signatures nor people. Near
// misses are logs whose version column is no history of one policy's
// versions (two policies, each person once, words, a version's date, a
// previous version named above), read row by row as before, and histories
// that cannot be read surely, which give nothing.
func TestAckPolicyVersions(t *testing.T) {
	for _, l := range versionLangs {
		head := strings.Join([]string{l.person, l.policy, l.version, l.status, l.date}, ";")
		row := func(who, policy, v, day string) string {
			status := l.signed
			if day == "" {
				status = l.pending
			}
			return strings.Join([]string{who, policy, v, status, day}, ";")
		}
		sec := l.securityPolicy
		history := []string{
			row("Ilse Varga", sec, "2.4", "2024-03-02"), row("Ilse Varga", sec, "3.0", "2025-04-11"),
			row("Jorun Matei", sec, "2.4", "2024-03-05"), row("Jorun Matei", sec, "3.0", ""),
			row("Kasimir Oduya", sec, "3.0", "2025-04-20"),
			row("Milo Brancusi", sec, "2.4", "2024-03-09"), row("Milo Brancusi", sec, "3.0", "2025-05-02"),
		}
		// Four people on 3.0, three of whom signed it; the 2.4 rows count
		// for nothing.
		want := ackWant{4, 3, "2025-05-02", "2025-04-11"}
		named := append([]string{"Log", l.current + " 3.0", head}, history...)
		checkAck(t, l.lang+" versions, current named", csvDoc(named...), want)
		checkAck(t, l.lang+" versions, highest", csvDoc(append([]string{head}, history...)...), want)
		reordered := []string{head, history[1], history[0], history[3], history[2], history[4], history[6], history[5]}
		checkAck(t, l.lang+" versions, newest first", csvDoc(reordered...), want)
		var cells [][]string
		for _, line := range named {
			cells = append(cells, strings.Split(line, ";"))
		}
		checkAck(t, l.lang+" versions, sheet", sheet("x", cells...), want)

		// Someone who only ever had the previous version is no person of
		// the current one.
		gone := append([]string{head}, append(history, row("Lavinia Ortsch", sec, "2.4", "2024-02-27"))...)
		checkAck(t, l.lang+" versions, one only on the previous", csvDoc(gone...), want)

		// The current version named above is not the highest: a draft
		// 3.1 sent to one person does not count.
		draft := append([]string{l.current + " 3.0", head}, append(history, row("Kasimir Oduya", sec, "3.1", "2025-06-01"))...)
		checkAck(t, l.lang+" versions, a draft above the current", csvDoc(draft...), want)

		// Near miss: the previous version named above is no current one:
		// the highest counts.
		prev := append([]string{l.previous + " 2.4", head}, history...)
		checkAck(t, l.lang+" versions, previous named", csvDoc(prev...), want)

		// Near miss: two policies, each person once on each: no history
		// of versions, every signature counts.
		two := []string{head,
			row("Ilse Varga", sec, "3.1", "2026-01-15"), row("Jorun Matei", sec, "3.1", "2026-01-16"),
			row("Kasimir Oduya", sec, "3.1", ""), row("Ilse Varga", l.otherPolicy, "2.0", "2025-02-01"),
		}
		checkAck(t, l.lang+" two policies", csvDoc(two...), ackWant{3, 3, "2026-01-16", "2025-02-01"})

		// Near miss: each person once, some on the older version.
		once := []string{head, row("Ilse Varga", sec, "2.4", "2024-03-02"), row("Jorun Matei", sec, "3.0", "2025-04-12"), row("Kasimir Oduya", sec, "3.0", "2025-04-20")}
		checkAck(t, l.lang+" one row each", csvDoc(once...), ackWant{3, 3, "2025-04-20", "2024-03-02"})

		// Near miss: the "version" cells are words, not numbers.
		words := []string{head, row("Ilse Varga", sec, "Web", "2024-03-02"), row("Ilse Varga", sec, "Mobile", "2025-04-11"), row("Jorun Matei", sec, "Web", "2025-04-12")}
		checkAck(t, l.lang+" version words", csvDoc(words...), ackWant{2, 3, "2025-04-12", "2024-03-02"})

		// Near miss: the column is the version's date, not its number.
		dated := strings.Join([]string{l.person, l.policy, l.versionDate, l.status, l.date}, ";")
		vd := []string{dated, row("Ilse Varga", sec, "2024-01-01", "2024-03-02"), row("Ilse Varga", sec, "2025-01-01", "2025-04-11"), row("Jorun Matei", sec, "2025-01-01", "2025-04-12")}
		checkAck(t, l.lang+" version date", csvDoc(vd...), ackWant{2, 3, "2025-04-12", "2024-03-02"})

		// Refused: the version named above is none of the log's.
		none := append([]string{l.current + " 4.0", head}, history...)
		checkAck(t, l.lang+" versions, named version absent", csvDoc(none...), ackWant{})

		// Refused: an older version signed after the current one.
		late := []string{head, row("Ilse Varga", sec, "3.0", "2024-03-02"), row("Ilse Varga", sec, "2.4", "2025-04-11"),
			row("Jorun Matei", sec, "2.4", "2024-03-05"), row("Jorun Matei", sec, "3.0", "2025-04-12")}
		checkAck(t, l.lang+" versions out of order", csvDoc(late...), ackWant{})

		// Refused: most people stand only on the previous version.
		few := []string{head, row("Ilse Varga", sec, "2.4", "2024-03-02"), row("Ilse Varga", sec, "3.0", "2025-04-11"),
			row("Jorun Matei", sec, "2.4", "2024-03-05"), row("Kasimir Oduya", sec, "2.4", "2024-03-06"), row("Milo Brancusi", sec, "2.4", "2024-03-07")}
		checkAck(t, l.lang+" versions, most on the previous", csvDoc(few...), ackWant{})
	}
}

// TestVersionWords: which headers name a policy's version, which lines
// name the current one, and how versions compare.
func TestVersionWords(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"Version", true}, {"Policy version", true}, {"Richtlinienversion", true}, {"Version de la politique", true},
		{"Versión", true}, {"Versione", true}, {"Versie", true}, {"Beleidsversie", true}, {"Versão", true}, {"Vers.", true},
		{"Version date", false}, {"Date de version", false}, {"Browser version", false}, {"App-Version", false},
		{"Conversion", false}, {"Versand", false}, {"Diversity", false},
	} {
		if got := versionColumn([]string{"Name", c.head}) == 1; got != c.want {
			t.Errorf("versionColumn(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	for _, c := range []struct {
		line, want string
	}{
		{"Current version: 5.1", "5.1"}, {"Version in force 5.1", "5.1"}, {"Aktuelle Version: 5.1", "5.1"},
		{"Gültige Fassung: V5.1", "5.1"}, {"Version en vigueur : 5.1", "5.1"}, {"Versión vigente: 5.1", "5.1"},
		{"Versione in vigore: 5.1", "5.1"}, {"Huidige versie: 5.1", "5.1"}, {"Versão em vigor: 5.1", "5.1"},
		{"Version en vigueur : 5.1 (publiée le 01/06/2025)", "5.1"},
		{"Previous version: 4.2", ""}, {"Version précédente : 4.2", ""}, {"Vorherige Version: 4.2", ""},
		{"Versión anterior: 4.2", ""}, {"Versione precedente: 4.2", ""}, {"Vorige versie: 4.2", ""}, {"Versão anterior: 4.2", ""},
		{"Current version published 01.06.2025", ""}, {"Extraction du: 13/02/2026", ""},
	} {
		v, err := namedVersion([][]string{{c.line}})
		if got := versionKey(v); err != nil || got != c.want {
			t.Errorf("namedVersion(%q) = %q, %v; want %q", c.line, got, err, c.want)
		}
	}
	if _, err := namedVersion([][]string{{"Current version: 5.1"}, {"Version en vigueur", "5.2"}}); err == nil {
		t.Error("two current versions named: want an error")
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{{"5.1", "4.2", true}, {"1.10", "1.9", true}, {"2.1", "2", true}, {"2.0", "2", false}, {"v3", "2.9.9", true}, {"4.2", "5.1", false}} {
		a, _ := parseVersion(c.a)
		b, _ := parseVersion(c.b)
		if got := newerVersion(a, b); got != c.want {
			t.Errorf("newerVersion(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
