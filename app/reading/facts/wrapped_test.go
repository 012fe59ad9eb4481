package facts

import (
	"errors"
	"strings"
	"testing"
)

// wrapWords are the words of a printed training report in one language:
// its header, a department and a course title that wrap, statuses, and
// what a near miss adds below the rows.
type wrapWords struct {
	lang                    string
	header                  string // tab-separated: name, department, course, completion date, status
	deptTop, deptEnd        string // a department wrapped over two lines
	courseTop, courseEnd    string // a course title wrapped over two lines
	done, notStarted        string
	note, footer, otherHead string
}

var wrapLanguages = []wrapWords{
	{"en", "Full name\tDepartment\tCourse\tCompletion date\tStatus", "Customer", "service",
		"Information security", "awareness 2026 (annual refresher)", "Completed", "Not started",
		"Note: staff on parental leave are not listed.", "Page 1 of 1", "Course\tAssigned\tCompleted\tCompletion rate"},
	{"de", "Name\tAbteilung\tKurs\tAbschlussdatum\tStatus", "Kunden-", "betreuung",
		"Informationssicherheit", "Grundlagen 2026 (jährlich)", "Abgeschlossen", "Nicht begonnen",
		"Hinweis: Beschäftigte in Elternzeit sind nicht aufgeführt.", "Seite 1 von 1", "Kurs\tZugewiesen\tAbgeschlossen\tAbschlussquote"},
	{"fr", "Collaborateur\tService\tFormation\tDate d'achèvement\tStatut", "Relation", "clientèle",
		"Sensibilisation à la", "sécurité de l'information 2026", "Terminé", "Non commencé",
		"Remarque : les personnes en congé parental ne figurent pas.", "Page 1 sur 1", "Formation\tAssignés\tTerminés\tTaux d'achèvement"},
	{"es", "Nombre\tDepartamento\tCurso\tFecha de finalización\tEstado", "Atención al", "cliente",
		"Concienciación en seguridad", "de la información 2026", "Completado", "No iniciado",
		"Nota: no figuran las personas de baja parental.", "Página 1 de 1", "Curso\tAsignados\tCompletados\tTasa de finalización"},
	{"it", "Nome\tReparto\tCorso\tData di completamento\tStato", "Assistenza", "clienti",
		"Sensibilizzazione alla sicurezza", "delle informazioni 2026", "Completato", "Non iniziato",
		"Nota: il personale in congedo parentale non è elencato.", "Pagina 1 di 1", "Corso\tAssegnati\tCompletati\tTasso di completamento"},
	{"nl", "Naam\tAfdeling\tCursus\tVoltooiingsdatum\tStatus", "Klanten-", "service",
		"Bewustwording informatie-", "beveiliging 2026 (jaarlijks)", "Voltooid", "Niet gestart",
		"Opmerking: medewerkers met ouderschapsverlof staan er niet in.", "Pagina 1 van 1", "Cursus\tToegewezen\tVoltooid\tVoltooiingspercentage"},
	{"pt", "Nome completo\tDireção\tAção de formação\tData de conclusão\tSituação", "Apoio ao", "cliente",
		"Sensibilização para a", "segurança da informação 2026", "Concluído", "Não iniciado",
		"Nota: os colaboradores em licença parental não constam.", "Página 1 de 1", "Curso\tInscritos\tConcluídos\tTaxa de conclusão"},
}

// wrappedRows are five rows of a printed report whose cells wrap: a
// course title below its row, a name over two lines, a row whose one-line
// cells sit between the two lines of its name and course (a scan centres
// them), a row on one line, and a row not started with its date empty.
// Three are completed, the newest on 2026-03-14 and the oldest on
// 2026-03-02.
func wrappedRows(w wrapWords) []string {
	return []string{
		"Harriet Okonkwo\tFinance\t" + w.courseTop + "\t14/03/2026\t" + w.done,
		w.courseEnd,
		"Marguerite\t" + w.deptTop + "\t" + w.courseTop + "\t02/03/2026\t" + w.done,
		"Fairweather\t" + w.deptEnd + "\t" + w.courseEnd,
		"Tobiah\t" + w.courseTop,
		"Lindqvist\tLegal\t" + w.courseEnd + "\t" + w.notStarted,
		"Odile Ferrante\tLegal\t" + w.courseTop + " " + w.courseEnd + "\t09/03/2026\t" + w.done,
		"Casimir Nwosu\t" + w.deptTop + "\t" + w.courseTop + "\t" + w.notStarted,
		w.deptEnd + "\t" + w.courseEnd,
	}
}

// TestWrappedPrintedRows reads printed training reports whose cells wrap
// over several lines, in the seven languages, and near misses that must
// be refused rather than counted wrong, or counted right whatever sits
// under the rows.
func TestWrappedPrintedRows(t *testing.T) {
	type want struct {
		refused             bool
		rows, completed     float64
		newest, oldest      string
		peopleKnown         bool
		contractorsReported bool
	}
	read := want{rows: 5, completed: 3, newest: "2026-03-14", oldest: "2026-03-02"}
	type variant struct {
		name  string
		build func(w wrapWords) []string
		want  want
	}
	title := func(w wrapWords) []string { return []string{w.courseTop + " " + w.courseEnd, w.header} }
	variants := []variant{
		{"rows whose cells wrap", func(w wrapWords) []string {
			return append(title(w), wrappedRows(w)...)
		}, read},
		{"a page footer under the rows", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), w.footer)
		}, read},
		{"a note paragraph under the rows", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), w.note)
		}, read},
		// Near misses.
		{"a second table under the rows", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), w.otherHead, w.courseTop+"\t5\t3\t60 %")
		}, want{refused: true}},
		{"a row with nothing filled in but the name and department", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), "Ingrid Achterberg\tFinance")
		}, want{refused: true}},
		{"a row split with its dates on a line of few cells", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), "Wendelin", "Finance\t11/03/2026\t"+w.done, "Quist\t"+w.courseEnd)
		}, want{refused: true}},
		{"a count of rows that disagrees", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), "Total\t7")
		}, want{refused: true}},
		{"a count of rows that agrees", func(w wrapWords) []string {
			return append(append(title(w), wrappedRows(w)...), "Total\t5")
		}, read},
	}
	for _, w := range wrapLanguages {
		for _, v := range variants {
			t.Run(w.lang+"/"+v.name, func(t *testing.T) {
				doc := text(v.build(w)...)
				f, err := flat(Training(doc))
				if v.want.refused {
					if !errors.Is(err, ErrUnclearRows) {
						t.Errorf("err = %v, facts %v; want the rows refused as unclear", err, f)
					}
					return
				}
				if err != nil {
					t.Fatalf("%v\n%s", err, strings.ReplaceAll(doc.Text, "\t", " | "))
				}
				got := want{rows: num(f["rows"]), completed: num(f["completed"]), newest: str(f["newest_completion"]), oldest: str(f["oldest_completion"])}
				_, got.peopleKnown = f["people"]
				if got != v.want {
					t.Errorf("got %+v, want %+v", got, v.want)
				}
			})
		}
	}
}

func num(v any) float64 {
	f, _ := v.(float64)
	return f
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// TestWrappedAcknowledgementRows reads printed acknowledgement logs whose
// policy title and names wrap, in the seven languages, and a near miss
// each: a status cut over two lines, which must be refused rather than
// read as a row and a wrapped line.
func TestWrappedAcknowledgementRows(t *testing.T) {
	cases := []struct {
		lang, header, top, end, signed, pending, cutTop, cutEnd string
	}{
		{"en", "Employee\tDepartment\tPolicy\tSigned on\tStatus", "Information security", "policy v4.1", "Signed", "Pending", "Not", "signed"},
		{"de", "Mitarbeiter\tAbteilung\tRichtlinie\tUnterschrieben am\tStatus", "Informationssicherheits-", "richtlinie v4.1", "Unterschrieben", "Ausstehend", "Nicht", "unterschrieben"},
		{"fr", "Collaborateur\tService\tPolitique\tSigné le\tStatut", "Politique de sécurité de", "l'information v4.1", "Signé", "En attente", "Non", "signé"},
		{"es", "Empleado\tDepartamento\tPolítica\tFirmado el\tEstado", "Política de seguridad de la", "información v4.1", "Firmado", "Pendiente", "No", "firmado"},
		{"it", "Dipendente\tReparto\tPolicy\tFirmato il\tStato", "Politica di sicurezza", "delle informazioni v4.1", "Firmato", "In attesa", "Non", "firmato"},
		{"nl", "Medewerker\tAfdeling\tBeleid\tOndertekend op\tStatus", "Informatiebeveiligings-", "beleid v4.1", "Ondertekend", "Openstaand", "Niet", "ondertekend"},
		{"pt", "Colaborador\tDepartamento\tPolítica\tAssinado em\tSituação", "Política de segurança da", "informação v4.1", "Assinado", "Pendente", "Não", "assinado"},
	}
	for _, c := range cases {
		rows := []string{
			c.header,
			"Priscilla Vandermeer\tFinance\t" + c.top + "\t21/01/2026\t" + c.signed,
			c.end,
			"Evander\tLegal\t" + c.top + "\t" + c.pending,
			"Szczepański\t" + c.end,
			"Ottoline Baptiste\tFinance\t" + c.top + "\t03/01/2026\t" + c.signed,
			c.end,
			"Leocadia Rowntree\tLegal\t" + c.top + "\t17/01/2026\t" + c.signed,
			c.end,
		}
		t.Run(c.lang, func(t *testing.T) {
			f, err := flat(Acknowledgements(text(rows...)))
			if err != nil {
				t.Fatal(err)
			}
			_, people := f["people"]
			if f["rows"] != 4.0 || f["signatures"] != 3.0 || f["newest_signature"] != "2026-01-21" || f["oldest_signature"] != "2026-01-03" || people {
				t.Errorf("facts %v, want 4 rows, 3 signatures from 2026-01-03 to 2026-01-21, no count of people", f)
			}
		})
		t.Run(c.lang+"/a status cut over two lines", func(t *testing.T) {
			cut := append(rows, "Quirijn Halvorsen\tFinance\t"+c.top+"\t"+c.cutTop, c.end+"\t"+c.cutEnd)
			if _, err := Acknowledgements(text(cut...)); !errors.Is(err, ErrUnclearRows) {
				t.Errorf("err = %v, want the rows refused as unclear", err)
			}
		})
	}
}
