package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// minutesWords are how minutes of a management review read in one language.
type minutesWords struct {
	title, dateLabel, attendees, chair, location string
	previous                                     string // %s: the previous review's date
	training                                     string // %d: percent completed
	incidents, violations, audit                 string
	actions                                      string
	actionCols                                   [3]string
	actionItems                                  [3]string
	next                                         string // %s: the next review's date
	noActions                                    string
	auditPlanned                                 string // %s: a date of a planned audit
}

var minutesWordsOf = map[string]minutesWords{
	"en": {"Minutes of the ISMS Management Review", "Date of meeting", "Attendees", "Chair", "Location: Board room, 2nd floor",
		"The minutes of the previous management review held on %s were approved without changes.",
		"Security awareness training: %d%% of staff have completed the annual course; reminders go to the rest this week.",
		"Security incidents: two minor incidents were reported this quarter (a misdirected e-mail and a lost badge); both are closed.",
		"Policy violations: one breach of the clear-desk policy was recorded and handled through the disciplinary process.",
		"Internal audit findings: the internal audit raised three minor nonconformities, all with corrective actions in progress.",
		"Action items", [3]string{"Action", "Owner", "Due"},
		[3]string{"Refresh the supplier risk register", "Renew the penetration test contract", "Update the access review procedure"},
		"Next review: %s", "No new actions were agreed.", "The external surveillance audit is scheduled for %s."},
	"de": {"Protokoll der Managementbewertung ISMS", "Datum der Sitzung", "Teilnehmende", "Vorsitz", "Ort: Besprechungsraum 3",
		"Das Protokoll der letzten Managementbewertung vom %s wurde ohne Änderungen genehmigt.",
		"Schulungen: %d %% der Beschäftigten haben die jährliche Sicherheitsschulung abgeschlossen.",
		"Sicherheitsvorfälle: Im Quartal wurden zwei geringfügige Vorfälle gemeldet; beide sind abgeschlossen.",
		"Richtlinienverstöße: Ein Verstoß gegen die Clean-Desk-Richtlinie wurde festgestellt und bearbeitet.",
		"Ergebnisse des internen Audits: drei geringfügige Abweichungen, Korrekturmaßnahmen laufen.",
		"Maßnahmen", [3]string{"Maßnahme", "Verantwortlich", "Termin"},
		[3]string{"Lieferantenrisiken neu bewerten", "Vertrag für Penetrationstests verlängern", "Verfahren zur Berechtigungsprüfung aktualisieren"},
		"Nächste Managementbewertung: %s", "Es wurden keine neuen Maßnahmen beschlossen.", "Das Überwachungsaudit ist für den %s geplant."},
	"fr": {"Compte rendu de la revue de direction SMSI", "Date de la réunion", "Participants", "Présidence", "Lieu : salle du conseil",
		"Le compte rendu de la revue de direction précédente du %s a été approuvé sans modification.",
		"Formation et sensibilisation : %d %% du personnel a suivi la formation annuelle.",
		"Incidents de sécurité : deux incidents mineurs ont été signalés ce trimestre ; ils sont clos.",
		"Violations de la politique : un manquement à la politique du bureau propre a été constaté et traité.",
		"Constats de l'audit interne : trois non-conformités mineures, actions correctives en cours.",
		"Plan d'actions", [3]string{"Action", "Responsable", "Échéance"},
		[3]string{"Mettre à jour le registre des risques fournisseurs", "Renouveler le contrat de test d'intrusion", "Réviser la procédure de revue des accès"},
		"Prochaine revue : %s", "Aucune nouvelle action n'a été décidée.", "L'audit de surveillance est prévu le %s."},
	"es": {"Acta de la revisión por la dirección del SGSI", "Fecha de la reunión", "Asistentes", "Preside", "Lugar: sala de juntas",
		"Se aprueba sin cambios el acta de la revisión anterior celebrada el %s.",
		"Formación: el %d %% de la plantilla ha completado el curso anual de concienciación.",
		"Incidentes de seguridad: se notificaron dos incidentes menores en el trimestre; ambos están cerrados.",
		"Incumplimientos de la política: se registró un incumplimiento de la política de mesas limpias.",
		"Hallazgos de la auditoría interna: tres no conformidades menores con acciones correctivas en curso.",
		"Acciones", [3]string{"Acción", "Responsable", "Plazo"},
		[3]string{"Actualizar el registro de riesgos de proveedores", "Renovar el contrato de pruebas de penetración", "Revisar el procedimiento de revisión de accesos"},
		"Próxima revisión: %s", "No se acordaron nuevas acciones.", "La auditoría de seguimiento está prevista para el %s."},
	"it": {"Verbale del riesame della direzione SGSI", "Data della riunione", "Partecipanti", "Presiede", "Luogo: sala riunioni",
		"Il verbale del precedente riesame del %s è approvato senza modifiche.",
		"Formazione: il %d %% del personale ha completato il corso annuale di sensibilizzazione.",
		"Incidenti di sicurezza: nel trimestre sono stati segnalati due incidenti minori, entrambi chiusi.",
		"Violazioni delle policy: è stata rilevata una violazione della policy sulla scrivania pulita.",
		"Rilievi dell'audit interno: tre non conformità minori, azioni correttive in corso.",
		"Azioni", [3]string{"Azione", "Responsabile", "Scadenza"},
		[3]string{"Aggiornare il registro dei rischi dei fornitori", "Rinnovare il contratto per i penetration test", "Rivedere la procedura di riesame degli accessi"},
		"Prossimo riesame: %s", "Non sono state decise nuove azioni.", "L'audit di sorveglianza è previsto per il %s."},
	"nl": {"Notulen directiebeoordeling ISMS", "Datum vergadering", "Aanwezig", "Voorzitter", "Locatie: vergaderzaal 1",
		"De notulen van de vorige directiebeoordeling van %s zijn ongewijzigd vastgesteld.",
		"Training: %d%% van de medewerkers heeft de jaarlijkse bewustwordingstraining afgerond.",
		"Beveiligingsincidenten: dit kwartaal zijn twee kleine incidenten gemeld; beide zijn afgesloten.",
		"Beleidsschendingen: één overtreding van het clean-desk-beleid is vastgelegd en afgehandeld.",
		"Bevindingen interne audit: drie kleine tekortkomingen, corrigerende maatregelen lopen.",
		"Actiepunten", [3]string{"Actie", "Eigenaar", "Deadline"},
		[3]string{"Leveranciersrisico's opnieuw beoordelen", "Contract voor penetratietesten verlengen", "Procedure toegangsreview bijwerken"},
		"Volgende beoordeling: %s", "Er zijn geen nieuwe acties afgesproken.", "De surveillance-audit staat gepland op %s."},
	"pt": {"Ata da revisão pela gestão do SGSI", "Data da reunião", "Presentes", "Presidente", "Local: sala de reuniões",
		"A ata da revisão anterior, realizada em %s, foi aprovada sem alterações.",
		"Formação: %d%% dos colaboradores concluíram a formação anual de sensibilização.",
		"Incidentes de segurança: foram comunicados dois incidentes menores no trimestre; ambos estão encerrados.",
		"Violações da política: foi registada uma violação da política de secretária limpa.",
		"Constatações da auditoria interna: três não conformidades menores, com ações corretivas em curso.",
		"Ações", [3]string{"Ação", "Responsável", "Prazo"},
		[3]string{"Atualizar o registo de riscos de fornecedores", "Renovar o contrato de testes de intrusão", "Rever o procedimento de revisão de acessos"},
		"Próxima revisão: %s", "Não foram acordadas novas ações.", "A auditoria de acompanhamento está prevista para %s."},
}

// minutesFormats are the ways minutes reach us: a Word file, or printed to PDF.
var minutesFormats = []struct{ format, producer string }{
	{"docx", producerWriterDOCX}, {"pdf", producerChromium}, {"pdf", producerWriterPDF},
}

// minutes are the management review minutes of the corpus.
func minutes() []*doc {
	var docs []*doc
	tags := []string{"en-gb", "de", "fr", "es", "it", "nl", "pt", "en-us"}
	for i := 0; i < 22; i++ {
		r := rand.New(rand.NewPCG(300, uint64(i)))
		tag := tags[i%len(tags)]
		mf := minutesFormats[i%len(minutesFormats)]
		w := minutesWordsOf[lang(tag)]
		style := []string{styleLong, words(tag).style, styleLong}[i%3]
		meeting := today.AddDate(0, -1-r.IntN(10), -r.IntN(25))
		previous := meeting.AddDate(0, -3-r.IntN(3), r.IntN(10))
		next := meeting.AddDate(0, 3, r.IntN(10))
		date := func(t time.Time) string { return formatDate(t, tag, style) }
		topics := map[string]bool{
			"training_metrics": i%4 != 3, "incidents": i%3 != 2, "policy_violations": i%2 == 0,
			"audit_findings": i%5 != 4, "action_items": i%6 != 5,
		}
		owners := topics["action_items"] && i%7 != 6
		names := people(r, tag, 3+r.IntN(3), false)
		attendees := make([]string, len(names))
		for j, p := range names {
			attendees[j] = p.name
		}
		var b strings.Builder
		fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(w.title))
		fmt.Fprintf(&b, "<p><b>%s:</b> %s</p>\n<p>%s</p>\n", esc(w.dateLabel), esc(date(meeting)), esc(w.location))
		fmt.Fprintf(&b, "<p><b>%s:</b> %s (%s)</p>\n", esc(w.attendees), esc(strings.Join(attendees, ", ")), esc(w.chair))
		fmt.Fprintf(&b, "<ol>\n<li>%s</li>\n", esc(fmt.Sprintf(w.previous, date(previous))))
		if topics["training_metrics"] {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(fmt.Sprintf(w.training, 78+r.IntN(21))))
		}
		if topics["incidents"] {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(w.incidents))
		}
		if topics["policy_violations"] {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(w.violations))
		}
		if topics["audit_findings"] {
			fmt.Fprintf(&b, "<li>%s %s</li>\n", esc(w.audit), esc(fmt.Sprintf(w.auditPlanned, date(meeting.AddDate(0, 2, 3)))))
		}
		b.WriteString("</ol>\n")
		if topics["action_items"] {
			fmt.Fprintf(&b, "<h2>%s</h2>\n<table class=\"report\"><thead><tr><th>#</th><th>%s</th>", esc(w.actions), esc(w.actionCols[0]))
			if owners {
				fmt.Fprintf(&b, "<th>%s</th>", esc(w.actionCols[1]))
			}
			fmt.Fprintf(&b, "<th>%s</th></tr></thead><tbody>\n", esc(w.actionCols[2]))
			for j, a := range w.actionItems {
				fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td>", j+1, esc(a))
				if owners {
					fmt.Fprintf(&b, "<td>%s</td>", esc(attendees[j%len(attendees)]))
				}
				fmt.Fprintf(&b, "<td>%s</td></tr>\n", esc(date(meeting.AddDate(0, 1+j, 0))))
			}
			b.WriteString("</tbody></table>\n")
		} else {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(w.noActions))
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(fmt.Sprintf(w.next, date(next))))
		written := []time.Time{meeting, previous, next}
		if topics["audit_findings"] {
			written = append(written, meeting.AddDate(0, 2, 3))
		}
		if topics["action_items"] {
			written = append(written, meeting.AddDate(0, 1, 0), meeting.AddDate(0, 2, 0), meeting.AddDate(0, 3, 0))
		}
		facts := map[string]any{"meeting_date": readDate(meeting, settled(tag, style, written...)), "attendees": attendees, "topics": topics}
		if topics["action_items"] {
			facts["action_items_have_owners"] = owners
		}
		d := &doc{
			name: fmt.Sprintf("minutes/%02d-%s-%s", i, lang(tag), map[string]string{producerWriterDOCX: "writer", producerWriterPDF: "writer", producerChromium: "chromium"}[mf.producer]), question: questionMinutes, lang: tag,
			producer: mf.producer, format: mf.format, facts: facts,
			html:  `<!DOCTYPE html><html lang="` + lang(tag) + `"><head><meta charset="utf-8"><style>` + reportCSS + "</style></head><body>\n" + b.String() + "</body></html>\n",
			about: fmt.Sprintf("management review minutes (%s), %s dates; also mention the previous review, a planned audit, action due dates and the next review", tag, style),
		}
		docs = append(docs, d)
	}
	return docs
}
