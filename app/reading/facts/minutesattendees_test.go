package facts

import (
	"slices"
	"testing"
)

// TestLetterAttendees: minutes written as a letter name who attended in a
// sentence, after words of attending, in the seven languages; the names
// run to the sentence's end, split on commas and the last "and".
func TestLetterAttendees(t *testing.T) {
	want := []string{"Ana Lima", "Rui Dias", "Eva van der Berg"}
	cases := map[string]string{
		"en": "We report on the management review of our ISMS, held on 26 December 2025 and attended by Ana Lima, Rui Dias and Eva van der Berg.",
		"de": "Wir berichten über die Managementbewertung vom 26. Dezember 2025. Anwesend waren Ana Lima, Rui Dias und Eva van der Berg.",
		"fr": "Nous rendons compte de la revue de direction tenue le 26 décembre 2025, en présence de Ana Lima, Rui Dias et Eva van der Berg.",
		"es": "Informamos sobre la revisión por la dirección efectuada el 26 de diciembre de 2025, a la que asistieron Ana Lima, Rui Dias y Eva van der Berg.",
		"it": "Riferiamo sul riesame della direzione tenuto il 26 dicembre 2025 alla presenza di Ana Lima, Rui Dias e Eva van der Berg.",
		"nl": "Hierbij brengen wij verslag uit van de directiebeoordeling, gehouden op 26 december 2025. Aanwezig waren Ana Lima, Rui Dias en Eva van der Berg.",
		"pt": "Vimos relatar a revisão pela gestão realizada a 26/12/2025, com a presença de Ana Lima, Rui Dias e Eva van der Berg.",
	}
	for lang, opening := range cases {
		m, err := Minutes(letterOf("Town, 29 December 2025", "Dear members of the board,", "Kind regards,", opening, "The next review is on 28 March 2026."))
		if err != nil {
			t.Fatal(err)
		}
		if !m.Attendees.Known || !slices.Equal(m.Attendees.Value, want) {
			t.Errorf("%s: attendees %+v, want %v", lang, m.Attendees, want)
		}
	}
	// Near misses: a list holding someone who is no named person, and
	// words of attending with nobody named after them.
	for _, opening := range []string{
		"The review was held on 26 December 2025 in the presence of the auditors, Ana Lima and Rui Dias.",
		"La revisión fue efectuada el 26 de diciembre de 2025, a la que asistieron todos los miembros del comité.",
		"Der Bericht wurde in Anwesenheit von Vertretern der Geschäftsleitung besprochen.",
	} {
		m, _ := Minutes(letterOf("Town, 29 December 2025", "Dear members of the board,", "Kind regards,", opening))
		if m.Attendees.Known {
			t.Errorf("%q: attendees %+v, want unknown", opening, m.Attendees)
		}
	}
}

// TestAttendeesVerbFirst: a heading of who attended worded with the verb
// first ("Anwesend waren:", "Hanno partecipato:") brings in the list, in
// the seven languages; a heading of something else does not.
func TestAttendeesVerbFirst(t *testing.T) {
	for _, head := range []string{"Were present", "Took part", "Anwesend waren", "Ont participé", "Asistieron", "Hanno partecipato", "Aanwezig waren", "Participaram"} {
		m, err := Minutes(minutesOf("Management review – 12 May 2025", head+": Ana Lima; Rui Dias; Eva Berg", "Agenda"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(m.Attendees.Value, []string{"Ana Lima", "Rui Dias", "Eva Berg"}) {
			t.Errorf("%s: attendees %+v", head, m.Attendees)
		}
	}
	m, _ := Minutes(minutesOf("Management review – 12 May 2025", "Were informed: Ana Lima; Rui Dias", "Agenda"))
	if m.Attendees.Known {
		t.Errorf("near miss: attendees %+v, want unknown", m.Attendees)
	}
}
