package facts

import (
	"slices"
	"strings"
	"testing"
)

// TestAttendeesBeforeBulletedPoints: a list of attendees given in full on
// its label's line, followed at once by the minutes' points as bullets,
// ends at its line, in the seven languages; near misses are bullets that
// go on with attendees ("• Name, role"), which the list keeps.
func TestAttendeesBeforeBulletedPoints(t *testing.T) {
	want := []string{"Ana Lima", "Rui Dias", "Eva van der Berg"}
	cases := []struct{ lang, label, point1, point2 string }{
		{"en", "Present", "The minutes of the review of 07/04/2025 were approved without changes.", "Security training: 88 % of staff completed this year's course."},
		{"de", "Anwesend", "Das Protokoll der Bewertung vom 07.04.2025 wurde ohne Änderungen genehmigt.", "Schulung: 88 % der Beschäftigten haben die Schulung abgeschlossen."},
		{"fr", "Présents", "Le compte rendu de la revue du 07/04/2025 est approuvé sans modification.", "Formation : 88 % des collaborateurs ont suivi la formation de l'année."},
		{"es", "Asistentes", "El acta de la revisión del 07/04/2025 se aprobó sin cambios.", "Formación: el 88 % de la plantilla completó el curso de este año."},
		{"it", "Presenti", "Il verbale del riesame del 07/04/2025 è approvato senza modifiche.", "Formazione: l'88 % del personale ha completato il corso."},
		{"nl", "Aanwezig", "Het verslag van de beoordeling van 07-04-2025 is zonder wijzigingen goedgekeurd.", "Training: 88 % van de medewerkers heeft de training afgerond."},
		{"pt", "Presentes", "A ata da revisão anterior de 07/04/2025 foi aprovada sem alterações.", "Formação: 88 % dos colaboradores concluíram a formação deste ano."},
	}
	for _, c := range cases {
		text := strings.Join([]string{"12/11/2025", "", c.label + ": Ana Lima, Rui Dias, Eva van der Berg", "• " + c.point1, "• " + c.point2}, "\n")
		m, err := Minutes(Document{Kind: "pdf", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if !m.Attendees.Known || !slices.Equal(m.Attendees.Value, want) {
			t.Errorf("%s: attendees %+v, want %v", c.lang, m.Attendees, want)
		}

		// Near miss: the bullets under the list go on with attendees.
		text = strings.Join([]string{"12/11/2025", c.label + ": Ana Lima, Rui Dias", "• Eva van der Berg, CISO", "", "• " + c.point1}, "\n")
		m, err = Minutes(Document{Kind: "pdf", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if !m.Attendees.Known || len(m.Attendees.Value) != 3 || m.Attendees.Value[0] != "Ana Lima" || !strings.HasPrefix(m.Attendees.Value[2], "Eva van der Berg") {
			t.Errorf("%s, bulleted attendee: attendees %+v, want Ana Lima, Rui Dias, Eva van der Berg", c.lang, m.Attendees)
		}
	}
}
