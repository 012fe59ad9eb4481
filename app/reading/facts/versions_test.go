package facts

import (
	"strings"
	"testing"
	"time"
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

		// Someone who only ever had the previous version is still a
		// person of the log, one who has not signed the current version:
		// the log does not say they left, and a colleague the new version
		// has not reached yet is as likely (see TestAckOlderVersionOnly).
		gone := append([]string{head}, append(history, row("Lavinia Ortsch", sec, "2.4", "2024-02-27"))...)
		checkAck(t, l.lang+" versions, one only on the previous", csvDoc(gone...), ackWant{5, 3, "2025-05-02", "2025-04-11"})

		// The current version named above is not the highest: a draft
		// 3.1 sent to one person does not count.
		draft := append([]string{l.current + " 3.0", head}, append(history, row("Kasimir Oduya", sec, "3.1", "2025-06-01"))...)
		checkAck(t, l.lang+" versions, a draft above the current", csvDoc(draft...), want)

		// The policy's name repeats the version of the version column.
		both := []string{head,
			row("Ilse Varga", sec+" 2.4", "2.4", "2024-03-02"), row("Ilse Varga", sec+" 3.0", "3.0", "2025-04-11"),
			row("Jorun Matei", sec+" 2.4", "2.4", "2024-03-05"), row("Jorun Matei", sec+" 3.0", "3.0", ""),
			row("Kasimir Oduya", sec+" 3.0", "3.0", "2025-04-20"),
			row("Milo Brancusi", sec+" 2.4", "2.4", "2024-03-09"), row("Milo Brancusi", sec+" 3.0", "3.0", "2025-05-02"),
		}
		checkAck(t, l.lang+" versions, repeated in the name", csvDoc(both...), want)

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

// TestAckOlderVersionOnly: in a log with a row per person and version of
// the policy, someone who signed only an older version counts as a person
// who has not signed the current one (Alice and Bob on 2.4 and 3.0, Carol
// on 2.4 only: three people, two signatures, not two of two), in the seven
// languages, whether the log is a text export or a sheet; only a column
// that says they left (an employment status of "Left", "Ausgeschieden",
// "Sortie"…) lets them out. Near miss: a status of the present staff
// ("Active", "Aktiv"…) is no leaving.
func TestAckOlderVersionOnly(t *testing.T) {
	words := map[string]struct{ employment, active, left string }{
		"en": {"Employment status", "Active", "Left"}, "de": {"Beschäftigungsstatus", "Aktiv", "Ausgeschieden"},
		"fr": {"Situation", "Actif", "Sortie"}, "es": {"Situación laboral", "Activo", "Dado de baja"},
		"it": {"Situazione", "Attivo", "Cessato"}, "nl": {"Dienstverband", "Actief", "Uit dienst"},
		"pt": {"Situação laboral", "Ativo", "Desligado"},
	}
	now := time.Date(2026, 2, 14, 0, 0, 0, 0, time.UTC)
	for _, l := range versionLangs {
		w := words[l.lang]
		head := strings.Join([]string{l.person, w.employment, l.policy, l.version, l.status, l.date}, ";")
		row := func(who, employment, v, day string) string {
			status := l.signed
			if day == "" {
				status = l.pending
			}
			return strings.Join([]string{who, employment, l.securityPolicy, v, status, day}, ";")
		}
		log := func(carol string) []string {
			return []string{head,
				row("Alice Brandt", w.active, "2.4", "2024-05-02"), row("Alice Brandt", w.active, "3.0", "2025-06-10"),
				row("Bob Okafor", w.active, "2.4", "2024-05-03"), row("Bob Okafor", w.active, "3.0", "2025-06-12"),
				row("Carol Dunne", carol, "2.4", "2024-05-04"),
			}
		}
		want := ackWant{3, 2, "2025-06-12", "2025-06-10"}
		checkAck(t, l.lang+" only on the previous, still here", csvDoc(log(w.active)...), want)
		checkAck(t, l.lang+" only on the previous, no word of leaving", csvDoc(log("")...), want)
		var cells [][]string
		for _, line := range log(w.active) {
			cells = append(cells, strings.Split(line, ";"))
		}
		checkAck(t, l.lang+" only on the previous, sheet", sheet("x", cells...), want)
		if a, err := Acknowledgements(csvDoc(log(w.active)...)); err == nil {
			if share, ok := AcknowledgementShare(a, now); !ok || share != 66.7 {
				t.Errorf("%s only on the previous: share %v, %v; want 66.7", l.lang, share, ok)
			}
		}
		// Carol left: the log says so, and she is no person of it.
		checkAck(t, l.lang+" only on the previous, left", csvDoc(log(w.left)...), ackWant{2, 2, "2025-06-12", "2025-06-10"})
	}
}

// TestLeftWords: the words that say, as a whole cell, that a person has
// left, in the seven languages, against words of the present staff and
// cells that say more.
func TestLeftWords(t *testing.T) {
	for _, c := range []struct {
		cell string
		want bool
	}{
		{"Left", true}, {"Leaver", true}, {"Inactive", true}, {"Terminated", true}, {"Left 2025-03-31", true},
		{"Ausgeschieden", true}, {"Ausgetreten", true}, {"Inaktiv", true}, {"Ausgeschieden 31.03.2025", true},
		{"Inactif", true}, {"Sortie", true}, {"Ancien collaborateur", true},
		{"Inactivo", true}, {"Dado de baja", true}, {"Baja", true},
		{"Cessato", true}, {"Inattivo", true}, {"Uit dienst", true}, {"Inactief", true},
		{"Desligado", true}, {"Inativo", true}, {"Ex-colaborador", true},
		// Near misses.
		{"Active", false}, {"Aktiv", false}, {"Actif", false}, {"Activo", false}, {"Attivo", false}, {"Actief", false}, {"Ativo", false},
		{"Left-handed desk", false}, {"Partie 2", false}, {"In dienst", false}, {"Baja California", false}, {"Sortie de secours", false},
		{"Alice Brandt", false}, {"", false},
	} {
		if got := hasLeft(c.cell); got != c.want {
			t.Errorf("hasLeft(%q) = %v, want %v", c.cell, got, c.want)
		}
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

// TestAckVersionInPolicyName: the version written after the policy's name,
// in a policy column ("Information Security Policy v3.0") or in a matrix's
// column headers, is a history of versions as a version column is: only
// the current version counts, in the seven languages. Near misses: parts
// or years after a name are no versions, and two policies of one name
// with no version are not read as versions.
func TestAckVersionInPolicyName(t *testing.T) {
	marks := map[string]string{"en": "v", "de": "Version ", "fr": "version ", "es": "versión ", "it": "versione ", "nl": "versie ", "pt": "versão "}
	for _, l := range versionLangs {
		head := strings.Join([]string{l.person, l.policy, l.status, l.date}, ";")
		row := func(who, policy, day string) string {
			status := l.signed
			if day == "" {
				status = l.pending
			}
			return strings.Join([]string{who, policy, status, day}, ";")
		}
		for _, form := range []string{"%s " + marks[l.lang] + "%s", "%s (%s)", "%s %s"} {
			old := fmtPolicy(form, l.securityPolicy, "2.4")
			cur := fmtPolicy(form, l.securityPolicy, "3.0")
			history := []string{head,
				row("Ilse Varga", old, "2024-03-02"), row("Ilse Varga", cur, "2025-04-11"),
				row("Jorun Matei", old, "2024-03-05"), row("Jorun Matei", cur, ""),
				row("Kasimir Oduya", cur, "2025-04-20"),
				row("Milo Brancusi", old, "2024-03-09"), row("Milo Brancusi", cur, "2025-05-02"),
				row("Ilse Varga", l.otherPolicy, "2024-03-02"), row("Jorun Matei", l.otherPolicy, "2024-03-05"),
			}
			checkAck(t, l.lang+" version in the name "+cur, csvDoc(history...), ackWant{4, 3, "2025-05-02", "2025-04-11"})
		}

		// A matrix with a column per version of the policy: the current
		// version's column counts, named above or the highest.
		matrix := [][]string{
			{l.person, l.securityPolicy + " " + marks[l.lang] + "2.4", l.securityPolicy + " " + marks[l.lang] + "3.0", l.otherPolicy},
			{"Ilse Varga", "2024-03-02", "2025-04-11", "2024-03-02"},
			{"Jorun Matei", "2024-03-05", l.pending, "2024-03-05"},
			{"Kasimir Oduya", l.pending, "2025-04-20", "2024-03-06"},
			{"Milo Brancusi", "2024-03-09", "2025-05-02", l.pending},
		}
		checkAck(t, l.lang+" matrix of versions", sheet("x", matrix...), ackWant{4, 3, "2025-05-02", "2025-04-11"})
		checkAck(t, l.lang+" matrix of versions, current named", sheet("x", append([][]string{{l.current + " 3.0"}}, matrix...)...), ackWant{4, 3, "2025-05-02", "2025-04-11"})
		checkAck(t, l.lang+" matrix of versions, older named", sheet("x", append([][]string{{l.current + " 2.4"}}, matrix...)...), ackWant{4, 3, "2024-03-09", "2024-03-02"})

		// Near miss: parts of the policy, not versions: two columns name
		// it, and which is asked is unclear.
		parts := [][]string{
			{l.person, l.securityPolicy + " 1", l.securityPolicy + " 2", l.otherPolicy},
			{"Ilse Varga", "2024-03-02", "2025-04-11", "2024-03-02"},
			{"Jorun Matei", "2024-03-05", l.pending, "2024-03-05"},
		}
		checkAck(t, l.lang+" matrix of parts", sheet("x", parts...), ackWant{})
		// Near miss: years after the name are no versions.
		years := []string{head,
			row("Ilse Varga", l.securityPolicy+" 2024", "2024-03-02"), row("Ilse Varga", l.securityPolicy+" 2025", "2025-04-11"),
			row("Jorun Matei", l.securityPolicy+" 2024", "2024-03-05"), row("Jorun Matei", l.securityPolicy+" 2025", "2025-04-12"),
		}
		checkAck(t, l.lang+" years in the name", csvDoc(years...), ackWant{})
	}
}

// fmtPolicy writes a policy's name and version in a form of two %s.
func fmtPolicy(form, name, version string) string {
	return strings.Replace(strings.Replace(form, "%s", name, 1), "%s", version, 1)
}

// TestSplitVersion: a policy's name and the version after it.
func TestSplitVersion(t *testing.T) {
	for _, c := range []struct{ in, name, version string }{
		{"Information Security Policy v5.1", "Information Security Policy", "5.1"},
		{"Politique SSI (version 5.1)", "Politique SSI", "5.1"},
		{"Informationssicherheitsleitlinie – Version 2", "Informationssicherheitsleitlinie", "2"},
		{"Política de segurança da informação, versão 1.2", "Política de segurança da informação", "1.2"},
		{"Informatiebeveiligingsbeleid 5.1", "Informatiebeveiligingsbeleid", "5.1"},
		{"Politica di sicurezza (5.1)", "Politica di sicurezza", "5.1"},
		{"Política de seguridad Rev. 3", "Política de seguridad", "3"},
		{"Information Security Policy 2025", "", ""}, {"Annex 2", "", ""}, {"Part 3", "", ""},
		{"Privacy", "", ""}, {"Policy v", "", ""}, {"ISO 27001", "", ""},
	} {
		name, v, ok := splitVersion(c.in)
		if c.version == "" {
			if ok {
				t.Errorf("splitVersion(%q) = %q, %s; want no version", c.in, name, versionKey(v))
			}
			continue
		}
		if !ok || name != c.name || versionKey(v) != c.version {
			t.Errorf("splitVersion(%q) = %q, %s, %v; want %q, %s", c.in, name, versionKey(v), ok, c.name, c.version)
		}
	}
}
