package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// minutesWords are how minutes of a management review read in one language.
type minutesWords struct {
	Title, DateLabel, Attendees, Chair, Location string
	Previous                                     string // %s: the previous review's date
	Training                                     string // %d: percent completed
	Incidents, Violations, Audit                 string
	Actions                                      string
	ActionCols                                   [3]string
	ActionItems                                  [3]string
	Next                                         string // %s: the next review's date
	NoActions                                    string
	AuditPlanned                                 string // %s: a date of a planned audit
	// The seventh batch's attendance table (fresh7.go): its heading,
	// columns (name, role, attendance), roles and attendance words.
	Attendance         string    `json:",omitempty"`
	AttendanceCols     [3]string `json:",omitempty"`
	Roles              []string  `json:",omitempty"`
	Present, Apologies string    `json:",omitempty"`
	// The eighth batch's minutes (fresh8.go): the agenda table's columns
	// (subject, discussion, decision, owner, due), its subjects (the
	// previous minutes, training, incidents, policy departures, audit,
	// actions) and the decision "noted"; the letter's sender, town,
	// subject, salutation, opening (%[1]s the meeting's date, %[2]s who
	// attended), the word joining the last attendee, the actions' lead-in
	// and lines (%[1]s the action, %[2]s its owner, %[3]s or %[2]s its due
	// date) and closing.
	AgendaCols                                        [5]string `json:",omitempty"`
	AgendaSubjects                                    [6]string `json:",omitempty"`
	Noted                                             string    `json:",omitempty"`
	LetterFrom, LetterTown, LetterSubject, Salutation string    `json:",omitempty"`
	LetterOpening, And, ActionsAgreed                 string    `json:",omitempty"`
	ActionWithOwner, ActionNoOwner, LetterClosing     string    `json:",omitempty"`
	// The ninth batch's minutes (fresh9.go): the decision's label on each
	// agenda item, the heading of those who sent apologies, the action
	// register's status column and an open action's status, and the title
	// of short minutes and their label of who was present.
	Decision, Absent, State, Open, ShortTitle, ShortPresent string `json:",omitempty"`
}

// minutesTags are the languages of the minutes, in turn.
var minutesTags = []string{"en-gb", "de", "fr", "es", "it", "nl", "pt", "en-us"}

// minutesFormats are the ways minutes reach us: a Word file, or printed to PDF.
var minutesFormats = []struct{ format, producer string }{
	{"docx", producerWriterDOCX}, {"pdf", producerChromium}, {"pdf", producerWriterPDF},
}

// minutes are the management review minutes of the corpus.
func minutes() []*doc {
	var docs []*doc
	tags := minutesTags
	for i := 0; i < minutesCount; i++ {
		r := rand.New(rand.NewPCG(300+seed, uint64(i)))
		tag := tags[i%len(tags)]
		mf := minutesFormats[i%len(minutesFormats)]
		switch {
		case fresh:
			mf = minutesFormats[1] // printed by Chromium: LibreOffice is not needed for the fresh batch
		case mf.producer == producerWriterPDF:
			mf.producer = writerPDF()
		case mf.producer == producerWriterDOCX && !haveWriter():
			mf.producer = producerDOCX
		}
		w := minutesWordsOf[lang(tag)]
		style := []string{styleLong, words(tag).Style, styleLong}[i%3]
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
		fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(w.Title))
		fmt.Fprintf(&b, "<p><b>%s:</b> %s</p>\n<p>%s</p>\n", esc(w.DateLabel), esc(date(meeting)), esc(w.Location))
		if seventhExports {
			var table string
			table, attendees = attendance(w, names)
			b.WriteString(table)
		} else {
			fmt.Fprintf(&b, "<p><b>%s:</b> %s (%s)</p>\n", esc(w.Attendees), esc(strings.Join(attendees, ", ")), esc(w.Chair))
		}
		fmt.Fprintf(&b, "<ol>\n<li>%s</li>\n", esc(fmt.Sprintf(w.Previous, date(previous))))
		if topics["training_metrics"] {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(fmt.Sprintf(w.Training, 78+r.IntN(21))))
		}
		if topics["incidents"] {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(w.Incidents))
		}
		if topics["policy_violations"] {
			fmt.Fprintf(&b, "<li>%s</li>\n", esc(w.Violations))
		}
		if topics["audit_findings"] {
			fmt.Fprintf(&b, "<li>%s %s</li>\n", esc(w.Audit), esc(fmt.Sprintf(w.AuditPlanned, date(meeting.AddDate(0, 2, 3)))))
		}
		b.WriteString("</ol>\n")
		if topics["action_items"] {
			fmt.Fprintf(&b, "<h2>%s</h2>\n<table class=\"report\"><thead><tr><th>#</th><th>%s</th>", esc(w.Actions), esc(w.ActionCols[0]))
			if owners {
				fmt.Fprintf(&b, "<th>%s</th>", esc(w.ActionCols[1]))
			}
			fmt.Fprintf(&b, "<th>%s</th></tr></thead><tbody>\n", esc(w.ActionCols[2]))
			for j, a := range w.ActionItems {
				fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td>", j+1, esc(a))
				if owners {
					fmt.Fprintf(&b, "<td>%s</td>", esc(attendees[j%len(attendees)]))
				}
				fmt.Fprintf(&b, "<td>%s</td></tr>\n", esc(date(meeting.AddDate(0, 1+j, 0))))
			}
			b.WriteString("</tbody></table>\n")
		} else {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(w.NoActions))
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(fmt.Sprintf(w.Next, date(next))))
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
			name: fmt.Sprintf("minutes/%02d-%s-%s", i, lang(tag), map[string]string{producerWriterDOCX: "writer", producerWriterPDF: "writer", producerChromium: "chromium", producerDOCX: "export"}[mf.producer]), question: questionMinutes, lang: tag,
			producer: mf.producer, format: mf.format, facts: facts,
			html:  `<!DOCTYPE html><html lang="` + lang(tag) + `"><head><meta charset="utf-8"><style>` + reportCSS + "</style></head><body>\n" + b.String() + "</body></html>\n",
			about: fmt.Sprintf("management review minutes (%s), %s dates; also mention the previous review, a planned audit, action due dates and the next review", tag, style),
		}
		if seventhExports {
			d.about += "; an attendance table in which one person sends apologies"
		}
		docs = append(docs, d)
	}
	return docs
}
