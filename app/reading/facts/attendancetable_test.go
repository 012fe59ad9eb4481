package facts

import (
	"slices"
	"strings"
	"testing"
)

// minutesWithTable is minutes of a review whose attendance is a table, as a
// DOCX or a PDF that draws its grid gives it: its rows are both in Tables
// and, cells joined by tabs, in the text.
func minutesWithTable(heading string, rows ...[]string) Document {
	lines := []string{"Management review", "Date: 12 May 2025", heading}
	for _, r := range rows {
		lines = append(lines, strings.Join(r, "\t"))
	}
	lines = append(lines, "1. Incidents: none.")
	return Document{Kind: "docx", Text: strings.Join(lines, "\n"), Tables: []Table{{Rows: rows}}}
}

// TestAttendanceTables: a table naming each person and whether they
// attended, in one column read by its words ("Presente", "Ausente con
// aviso", "ja", "afgemeld") or in columns of present and excused marked
// with a cross, gives the attendees: the rows marked present, without
// those excused or absent. A table that does not say clearly who attended
// gives none.
func TestAttendanceTables(t *testing.T) {
	cases := []struct {
		lang, heading string
		rows          [][]string
		want          []string
	}{
		{"en", "Attendance", [][]string{{"Attendee", "Role", "Attendance"},
			{"Ruth Okafor", "CEO (chair)", "Present"}, {"Liam Hart", "CISO", "Apologies"}, {"Maya Lund", "CTO", "Attended remotely"}},
			[]string{"Ruth Okafor", "Maya Lund"}},
		{"de", "Anwesenheit", [][]string{{"Teilnehmer", "Funktion", "Anwesend", "Entschuldigt"},
			{"Jonas Brandt", "Geschäftsführer", "x", ""}, {"Lea Voss", "ISB", "", "x"}, {"Timo Keller", "IT-Leiter", "x", ""}},
			[]string{"Jonas Brandt", "Timo Keller"}},
		{"fr", "Présences", [][]string{{"Participant", "Fonction", "Présence"},
			{"Claire Dumas", "Directrice", "Présent(e)"}, {"Hugo Lemaire", "RSSI", "Excusé(e)"}, {"Inès Moreau", "DSI", "Présente"}},
			[]string{"Claire Dumas", "Inès Moreau"}},
		{"es", "Asistencia", [][]string{{"Asistente", "Cargo", "Asistencia"},
			{"Lucía Herrera", "Gerente", "Presente"}, {"Diego Navarro", "CISO", "Ausente con aviso"}, {"Sofía Medina", "Legal", "Presente"}},
			[]string{"Lucía Herrera", "Sofía Medina"}},
		{"it", "Presenze", [][]string{{"Partecipante", "Ruolo", "Presente", "Assente"},
			{"Giulia Conti", "AD", "sì", ""}, {"Marco Fabbri", "CISO", "", "giustificato"}, {"Elena Greco", "IT", "sì", ""}},
			[]string{"Giulia Conti", "Elena Greco"}},
		{"it-allievo", "Registro presenze", [][]string{{"Allievo", "Presenza"},
			{"Sara Rinaldi", "presente"}, {"Paolo Ferri", "assente"}},
			[]string{"Sara Rinaldi"}},
		{"nl", "Presentielijst", [][]string{{"Deelnemer", "Functie", "Aanwezig"},
			{"Daan de Vries", "Directeur", "ja"}, {"Sanne Bakker", "CISO", "afgemeld"}, {"Bram Visser", "IT", "ja"}},
			[]string{"Daan de Vries", "Bram Visser"}},
		{"pt", "Presenças", [][]string{{"Participante", "Cargo", "Presença"},
			{"Rita Almeida", "Presidente", "Presente"}, {"Nuno Sousa", "CISO", "Ausência justificada"}, {"Inês Lopes", "TI", "Presente"}},
			[]string{"Rita Almeida", "Inês Lopes"}},
		{"en-absent-only", "Attendance", [][]string{{"Name", "Role", "Apologies"},
			{"Ruth Okafor", "CEO", ""}, {"Liam Hart", "CISO", "x"}, {"Maya Lund", "CTO", "no"}},
			[]string{"Ruth Okafor", "Maya Lund"}},
		// First and last names in columns of their own, and a title row
		// above the header.
		{"de-vorname", "Anwesenheit", [][]string{{"Anwesenheitsliste der Sitzung"}, {"Vorname", "Name", "Anwesend", "Entschuldigt"},
			{"Jonas", "Brandt", "x", ""}, {"Lea", "Voss", "", "x"}},
			[]string{"Jonas Brandt"}},
		{"it-cognome", "Presenze", [][]string{{"Nome", "Cognome", "Presenza"},
			{"Giulia", "Conti", "presente"}, {"Marco", "Fabbri", "assente"}, {"Elena", "Greco", "presente"}},
			[]string{"Giulia Conti", "Elena Greco"}},
		// Near misses, which give no attendees: a person whose mark is
		// missing or unclear, a row marked both present and excused, an
		// actions table with an owner and a status, a table of roles alone,
		// a status of something else, nobody present.
		{"en-unmarked", "", [][]string{{"Name", "Role", "Attendance"}, {"Ruth Okafor", "CEO", "Present"}, {"Liam Hart", "CISO", ""}}, nil},
		{"de-unclear", "", [][]string{{"Teilnehmer", "Anwesenheit"}, {"Jonas Brandt", "anwesend"}, {"Lea Voss", "teilweise"}}, nil},
		{"fr-both", "", [][]string{{"Nom", "Présent", "Excusé"}, {"Claire Dumas", "x", "x"}, {"Hugo Lemaire", "x", ""}}, nil},
		{"es-actions", "", [][]string{{"Acción", "Responsable", "Estado"}, {"Revisar accesos", "Lucía Herrera", "Abierta"}}, nil},
		{"it-roles", "", [][]string{{"Nominativo", "Ruolo"}, {"Giulia Conti", "AD"}, {"Marco Fabbri", "CISO"}}, nil},
		{"nl-status", "", [][]string{{"Deelnemer", "Status"}, {"Daan de Vries", "Afgerond"}, {"Sanne Bakker", "Open"}}, nil},
		{"pt-none-present", "", [][]string{{"Nome", "Presença"}, {"Rita Almeida", "Ausente"}, {"Nuno Sousa", "Falta justificada"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			// A PDF whose grid is not drawn gives the same table as lines of tabbed cells.
			text := minutesWithTable(c.heading, c.rows...)
			text.Kind, text.Tables = "pdf", nil
			for _, doc := range []Document{minutesWithTable(c.heading, c.rows...), text} {
				a, ok := attendanceTable(doc)
				if ok != (c.want != nil) || !slices.Equal(a.Value, c.want) {
					t.Errorf("%s: attendees %+v, want %q", doc.Kind, a, c.want)
				}
			}
			if c.want == nil {
				return
			}
			if m, err := Minutes(minutesWithTable(c.heading, c.rows...)); err != nil || !slices.Equal(m.Attendees.Value, c.want) {
				t.Errorf("minutes' attendees %+v (%v), want %q", m.Attendees, err, c.want)
			}
		})
	}
}
