package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// letterOf is minutes written as a letter to the board: the sender, the
// letter's "Place, date" line, a salutation, the body and a closing.
func letterOf(place, salutation, closing string, body ...string) Document {
	lines := append([]string{"Sender Ltd – 1 Harbour Road", place, "Subject: ISMS management review", salutation}, body...)
	lines = append(lines, closing, "Ana Lima", "Chair")
	return Document{Kind: "pdf", Text: strings.Join(lines, "\n")}
}

// minutesLetter is one language's letter: its place line (dated after the
// meeting), salutation and closing, the opening sentence with the
// meeting's date, a sentence introducing the actions, an action with its
// owner told in prose, and an event told without any topic's word.
type minutesLetter struct {
	lang, place, salutation, closing, opening, actions, action, untold string
	meeting                                                            string
}

var minutesLetters = []minutesLetter{
	{"en", "Leeds, 29 December 2025", "Dear members of the board,", "Kind regards,",
		"We report on the management review of our ISMS, carried out on 26 December 2025, with Ana Lima and Rui Dias present.",
		"The following actions were agreed:", "Check the mailing of files – to be carried out by Rui Dias, by 30 January 2026",
		"A courier handed a parcel of files to the wrong office; it was brought back unopened.", "2025-12-26"},
	{"de", "Brünn, 29. Dezember 2025", "Sehr geehrte Mitglieder des Aufsichtsrats,", "Mit freundlichen Grüßen",
		"Wir berichten über die Managementbewertung unseres ISMS, durchgeführt am 26. Dezember 2025, anwesend waren Ana Lima und Rui Dias.",
		"Folgende Maßnahmen wurden beschlossen:", "Versand der Akten prüfen – durchzuführen von Rui Dias, bis 30. Januar 2026",
		"Ein Kurier hat ein Paket mit Akten an das falsche Büro gebracht; es wurde ungeöffnet zurückgeholt.", "2025-12-26"},
	{"fr", "Rabat, le 29 décembre 2025", "Mesdames et Messieurs les administrateurs,", "Veuillez agréer nos salutations distinguées.",
		"Nous rendons compte de la revue de direction de notre SMSI, réalisée le 26 décembre 2025, en présence de Ana Lima et Rui Dias.",
		"Les actions suivantes ont été décidées :", "Vérifier l'envoi des dossiers – à la charge de Rui Dias, avant le 30 janvier 2026",
		"Un coursier a remis un colis de dossiers au mauvais bureau ; il a été récupéré sans avoir été ouvert.", "2025-12-26"},
	{"es", "Lima, 29 de diciembre de 2025", "Señores miembros del Directorio:", "Saludan atentamente a ustedes,",
		"Informamos sobre la revisión por la dirección de nuestro SGSI, efectuada el 26 de diciembre de 2025, a la que asistieron Ana Lima y Rui Dias.",
		"Se acordaron las siguientes acciones:", "Revisar el envío de expedientes – a cargo de Rui Dias, hasta el 30 de enero de 2026",
		"Un mensajero entregó un paquete de expedientes en la oficina equivocada; fue recuperado sin abrir.", "2025-12-26"},
	{"it", "Trieste, 29 dicembre 2025", "Egregi membri del consiglio di amministrazione,", "Cordiali saluti",
		"Vi riferiamo sul riesame della direzione del nostro SGSI, effettuato il 26 dicembre 2025, presenti Ana Lima e Rui Dias.",
		"Sono state decise le seguenti azioni:", "Verificare l'invio dei fascicoli – a carico di Rui Dias, entro il 30 gennaio 2026",
		"Un corriere ha consegnato un pacco di fascicoli all'ufficio sbagliato; è stato recuperato ancora chiuso.", "2025-12-26"},
	{"nl", "Willemstad, 29 december 2025", "Geachte leden van de raad van commissarissen,", "Met vriendelijke groet,",
		"Hierbij brengen wij verslag uit van de directiebeoordeling van ons ISMS, gehouden op 26 december 2025. Aanwezig waren Ana Lima en Rui Dias.",
		"De volgende acties zijn afgesproken:", "Verzending van dossiers controleren – uit te voeren door Rui Dias, uiterlijk 30 januari 2026",
		"Een koerier bracht een pakket dossiers naar het verkeerde kantoor; het is ongeopend teruggehaald.", "2025-12-26"},
	{"pt", "Maputo, 29/12/2025", "Exmos. Senhores Administradores,", "Com os melhores cumprimentos,",
		"Vimos relatar a revisão pela gestão do nosso SGSI, realizada a 26/12/2025, com a presença de Ana Lima e Rui Dias.",
		"Ficaram decididas as seguintes ações:", "Rever o envio de processos – a cargo de Rui Dias, até 30/01/2026",
		"Um estafeta entregou um pacote de processos no escritório errado; foi recuperado por abrir.", "2025-12-26"},
}

// TestMinutesLetterMeetingDate: minutes written as a letter to the board
// are dated by the day the text says the review was held, not by the
// letter's own "Place, date" line written days later.
func TestMinutesLetterMeetingDate(t *testing.T) {
	for _, c := range minutesLetters {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(letterOf(c.place, c.salutation, c.closing, c.opening, c.actions, c.action))
			if err != nil {
				t.Fatal(err)
			}
			if got := m.MeetingDate; !got.Known || string(got.Value) != c.meeting {
				t.Errorf("meeting date %+v, want %s", got, c.meeting)
			}
		})
	}
}

// TestMinutesLetterUndatedMeeting: a near miss, a letter that never says
// when the review was held has no meeting date: its own "Place, date" line
// is not one.
func TestMinutesLetterUndatedMeeting(t *testing.T) {
	for _, c := range minutesLetters {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(letterOf(c.place, c.salutation, c.closing, "Ana Lima, Rui Dias.", c.actions, c.action))
			if err != nil {
				t.Fatal(err)
			}
			if m.MeetingDate.Known {
				t.Errorf("meeting date %+v, want none", m.MeetingDate)
			}
		})
	}
}

// TestMinutesLetterActionsInProse: the actions a letter lists after a
// sentence introducing them, each with its owner told in prose ("to be
// carried out by", "a cargo de", "uit te voeren door"), are action items
// with owners; the same list with a date and no person named has none.
func TestMinutesLetterActionsInProse(t *testing.T) {
	for _, c := range minutesLetters {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(letterOf(c.place, c.salutation, c.closing, c.opening, c.actions, c.action))
			if err != nil {
				t.Fatal(err)
			}
			if a := m.Topics[evidence.TopicActionItems]; !a.Known || !a.Value {
				t.Errorf("action items %+v, want present", a)
			}
			if o := m.ActionItemsHaveOwners; !o.Known || !o.Value {
				t.Errorf("owners %+v, want true", o)
			}
			// Near miss: the same action with no one named after the words.
			task, _, _ := strings.Cut(c.action, " – ")
			m, err = Minutes(letterOf(c.place, c.salutation, c.closing, c.opening, c.actions, task+" – 30/01/2026"))
			if err != nil {
				t.Fatal(err)
			}
			if o := m.ActionItemsHaveOwners; o.Value {
				t.Errorf("without owner: owners %+v, want false", o)
			}
		})
	}
}

// TestMinutesLetterUntoldTopics: a letter with a sentence the reader cannot
// place (an event told without any topic's word) does not say the topics
// it found no word for are absent: they are left unknown. The same letter
// without that sentence tells them absent, and a letter saying no actions
// were agreed keeps the actions absent.
func TestMinutesLetterUntoldTopics(t *testing.T) {
	for _, c := range minutesLetters {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(letterOf(c.place, c.salutation, c.closing, c.opening, c.untold, c.actions, c.action))
			if err != nil {
				t.Fatal(err)
			}
			for _, topic := range []string{evidence.TopicIncidents, evidence.TopicPolicyViolations, evidence.TopicTrainingMetrics} {
				if f := m.Topics[topic]; f.Known {
					t.Errorf("%s %+v, want unknown", topic, f)
				}
			}
			// Near miss: every sentence placed, so a topic absent is told.
			m, err = Minutes(letterOf(c.place, c.salutation, c.closing, c.opening, c.actions, c.action))
			if err != nil {
				t.Fatal(err)
			}
			if f := m.Topics[evidence.TopicIncidents]; !f.Known || f.Value {
				t.Errorf("all placed: incidents %+v, want absent", f)
			}
		})
	}
}

// TestMinutesLetterNoActionsAgreed: "El comité no acordó acciones" keeps
// the action items absent even beside a sentence the reader cannot place.
func TestMinutesLetterNoActionsAgreed(t *testing.T) {
	none := map[string]string{"en": "The committee did not agree any actions.", "de": "Es wurden keine Maßnahmen beschlossen.",
		"fr": "Aucune action n'a été décidée.", "es": "El comité no acordó acciones.", "it": "Il comitato non ha deciso azioni.",
		"nl": "Er zijn geen acties afgesproken.", "pt": "A comissão não decidiu ações."}
	for _, c := range minutesLetters {
		t.Run(c.lang, func(t *testing.T) {
			m, err := Minutes(letterOf(c.place, c.salutation, c.closing, c.opening, c.untold, none[c.lang]))
			if err != nil {
				t.Fatal(err)
			}
			if a := m.Topics[evidence.TopicActionItems]; !a.Known || a.Value {
				t.Errorf("action items %+v, want absent", a)
			}
		})
	}
}

// TestMinutesLetterCourseCompleted: the share of staff who finished a
// course is a training metric; a course "under way" is not.
func TestMinutesLetterCourseCompleted(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"89 % of staff completed the annual course.", true},
		{"89 % der Beschäftigten haben den Jahreskurs abgeschlossen.", true},
		{"El 89 % del personal culminó el curso anual.", true},
		{"L'89 % del personale ha completato il corso annuale.", true},
		{"89 % van de medewerkers rondde de cursus af.", true},
		{"89 % dos colaboradores concluíram o curso anual.", true},
		// Near misses: under way, or of course.
		{"El 50 % de las acciones están en curso.", false},
		{"Il 50 % delle azioni è in corso.", false},
		{"Of course 50 % of the budget was spent.", false},
	}
	for _, c := range cases {
		m, err := Minutes(minutesOf(c.line))
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Topics[evidence.TopicTrainingMetrics]; got.Value != c.want {
			t.Errorf("%q: training metrics %+v, want %v", c.line, got, c.want)
		}
	}
}

// TestAgendaTableEntrustedOwner: an agenda table whose actions are given to
// someone in an "entrusted to" column ("Affidata a", "Zugewiesen an",
// "Confiée à", "Encomendada a", "Toegekend aan", "Confiada a") has action
// items with owners; the column left empty has none.
func TestAgendaTableEntrustedOwner(t *testing.T) {
	heads := map[string][2]string{"en": {"Entrusted to", "To be done by"}, "de": {"Zugewiesen an", "Zu erledigen bis"},
		"fr": {"Confiée à", "À réaliser avant le"}, "es": {"Encomendada a", "A completar antes de"},
		"it": {"Affidata a", "Da completare entro"}, "nl": {"Toegekend aan", "Af te ronden voor"}, "pt": {"Confiada a", "A concluir até"}}
	for lang, h := range heads {
		t.Run(lang, func(t *testing.T) {
			for _, owner := range []string{"Rui Dias", ""} {
				doc := Document{Kind: "docx", Text: "Management review\nDate: 12 May 2025", Tables: []Table{{Rows: [][]string{
					{"#", "Item", "Discussion", "Decision", h[0], h[1]},
					{"1", "Audit", "One minor nonconformity from the internal audit.", "Noted", "", ""},
					{"2", "Agreed", "", "Test the backup restore", owner, "30 June 2025"},
				}}}}
				m, err := Minutes(doc)
				if err != nil {
					t.Fatal(err)
				}
				if got := m.ActionItemsHaveOwners.Value; got != (owner != "") {
					t.Errorf("owner %q: owners %+v", owner, m.ActionItemsHaveOwners)
				}
			}
		})
	}
}

// TestWrappedAgendaItem: an agenda item's name broken over a printed
// table row's lines ("Policy" … "breaches") is read whole; two lone words
// that make no topic together are not one.
func TestWrappedAgendaItem(t *testing.T) {
	cases := []struct {
		first, second string
		want          bool
	}{
		{"Policy", "breaches", true}, {"Richtlinien-", "verstöße", true}, {"Violazioni", "regole", true},
		{"Policy", "review", false}, {"Budget", "breaches", false},
	}
	for _, c := range cases {
		m, err := Minutes(minutesOf("A developer shared platform credentials in a", c.first,
			"3 | group chat; the credentials were rotated and the | Noted", c.second, "developer spoken to."))
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Topics[evidence.TopicPolicyViolations]; got.Value != c.want {
			t.Errorf("%s/%s: policy violations %+v, want %v", c.first, c.second, got, c.want)
		}
	}
}
