package facts

import (
	"errors"
	"fmt"
	"testing"
)

// carryLang is one language's training report: its header, a department,
// a course, and words for done and not done.
type carryLang struct {
	lang, garbled string
	header        []string
	dept, course  string
	done, notDone string
	first, last   []string
}

var carryLangs = []carryLang{
	{"en", "Emp|oyee ~~ Dept", []string{"Employee", "Department", "Course", "Completed on", "Status"}, "Finance", "Security awareness", "Completed", "Not started",
		[]string{"Ruth", "Liam", "Maya", "Owen", "Grace"}, []string{"Okafor", "Hart", "Lund", "Price", "Fenwick"}},
	{"de", "Mitarb~iter Abt", []string{"Mitarbeiter", "Abteilung", "Kurs", "Abgeschlossen am", "Status"}, "Vertrieb", "Datenschutz", "Abgeschlossen", "Offen",
		[]string{"Jonas", "Lea", "Timo", "Anke", "Felix"}, []string{"Brandt", "Voss", "Keller", "Wolff", "von Arx"}},
	{"fr", "N0m Serv1ce", []string{"Nom", "Service", "Formation", "Date de réalisation", "Statut"}, "Comptabilité", "Sensibilisation", "Terminé", "Non commencé",
		[]string{"Claire", "Hugo", "Inès", "Paul", "Léa"}, []string{"Dumas", "Lemaire", "Moreau", "Girard", "du Pont"}},
	{"es", "Emp1eado Depto", []string{"Empleado", "Departamento", "Curso", "Fecha de finalización", "Estado"}, "Ventas", "Concienciación", "Completado", "Pendiente",
		[]string{"Lucía", "Diego", "Sofía", "Pablo", "Marta"}, []string{"Herrera", "Navarro", "Medina", "de la Cruz", "Ibáñez"}},
	{"it", "Dipend~nte Rep", []string{"Dipendente", "Reparto", "Corso", "Data completamento", "Stato"}, "Acquisti", "Sicurezza", "Completato", "Non iniziato",
		[]string{"Giulia", "Marco", "Elena", "Paolo", "Sara"}, []string{"Conti", "Fabbri", "Greco", "Ferri", "Rinaldi"}},
	{"nl", "Medew~rker Afd", []string{"Medewerker", "Afdeling", "Cursus", "Datum afgerond", "Status"}, "Inkoop", "Bewustwording", "Afgerond", "Niet gestart",
		[]string{"Daan", "Sanne", "Bram", "Femke", "Joost"}, []string{"de Vries", "Bakker", "Visser", "van Dijk", "Smit"}},
	{"pt", "Co1aborador Dep", []string{"Colaborador", "Departamento", "Curso", "Data de conclusão", "Estado"}, "Compras", "Sensibilização", "Concluído", "Pendente",
		[]string{"Rita", "Nuno", "Inês", "João", "Ana"}, []string{"Almeida", "Sousa", "Lopes", "dos Santos", "Costa"}},
}

// people gives n rows of the language's report, from the k-th name on, each
// done on a day of March 2025 but every fourth not started.
func (l carryLang) people(k, n int) [][]string {
	var rows [][]string
	for i := k; i < k+n; i++ {
		name := l.first[i%5] + " " + l.last[(i/5)%5]
		row := []string{name, l.dept, l.course, fmt.Sprintf("%02d/03/2025", 1+i%28), l.done}
		if i%4 == 3 {
			row[3], row[4] = "", l.notDone
		}
		rows = append(rows, row)
	}
	return rows
}

func withHeader(h []string, rows [][]string) [][]string { return append([][]string{h}, rows...) }

// TestReportGoesOnAboveItsHeader: a scanned report whose table goes on
// over pages, the header of the first page unreadable (bold on grey) and
// that of the next read, counts the rows of both pages under the header
// it read, when they hold what its rows hold column by column. A table of
// another shape above it (a summary by department) is not counted with
// it; rows of people and dates above it that do not fit its columns leave
// the report unread rather than counted in part; a table above with a
// header of its own is a report of its own.
func TestReportGoesOnAboveItsHeader(t *testing.T) {
	for _, l := range carryLangs {
		page1 := append([][]string{{l.garbled, "", "~~", "", "St"}}, l.people(0, 9)...)
		page2 := withHeader(l.header, l.people(9, 7))
		summary := [][]string{{l.dept, "9", "7", "77,8 %", "2025"}, {l.course, "16", "12", "75 %", "2025"}}
		swapped := l.people(0, 4)
		for _, row := range swapped {
			row[1], row[3] = row[3], row[1]
		}
		split := l.people(0, 9)
		for i, row := range split {
			split[i] = append([]string{row[0], ""}, row[1:]...) // a column OCR split in two
		}
		cases := []struct {
			name   string
			tables [][][]string
			people int // -1: unread
		}{
			{"continued", [][][]string{page1, page2}, 16},
			{"continued-same-table", [][][]string{append(append([][]string{}, page1...), page2...)}, 16},
			{"summary-above", [][][]string{summary, page2}, 7},
			{"summary-then-continued", [][][]string{summary, page1, page2}, 16},
			{"swapped-columns-above", [][][]string{swapped, page2}, -1},
			{"split-columns-above", [][][]string{split, page2}, -1},
			{"own-header-above", [][][]string{withHeader(l.header, l.people(20, 3)), page2}, 7},
		}
		for _, c := range cases {
			t.Run(l.lang+"/"+c.name, func(t *testing.T) {
				doc := Document{Kind: "pdf", Text: "x"}
				for _, rows := range c.tables {
					doc.Tables = append(doc.Tables, Table{Rows: rows})
				}
				got, err := Training(doc)
				if c.people < 0 {
					if !errors.Is(err, ErrUnclearRows) {
						t.Fatalf("read %v people, err %v; want the rows unclear", got.People, err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if got.People.Value != c.people {
					t.Errorf("people = %d, want %d", got.People.Value, c.people)
				}
			})
		}
	}
}

// TestLogGoesOnAboveItsHeader: an acknowledgement log read from a scan
// whose first page's header OCR could not read counts the signatures of
// both pages; a first page whose dates stand in another column leaves the
// log unread, not counted in part.
func TestLogGoesOnAboveItsHeader(t *testing.T) {
	signed := map[string]string{"en": "Signed on", "de": "Unterzeichnet am", "fr": "Date de signature",
		"es": "Fecha de firma", "it": "Data firma", "nl": "Ondertekend op", "pt": "Data de assinatura"}
	for _, l := range carryLangs {
		h := []string{l.header[0], l.header[1], l.header[2], signed[l.lang], l.header[4]}
		page1 := append([][]string{{l.garbled, "", "", "~", ""}}, l.people(0, 8)...)
		page2 := withHeader(h, l.people(8, 8))
		swapped := l.people(0, 8)
		for _, row := range swapped {
			row[2], row[3] = row[3], row[2]
		}
		t.Run(l.lang, func(t *testing.T) {
			got, err := Acknowledgements(Document{Kind: "pdf", Text: "x", Tables: []Table{{Rows: page1}, {Rows: page2}}})
			if err != nil {
				t.Fatal(err)
			}
			// Every fourth row of people has no date: 12 of 16 signed.
			if got.People.Value != 16 || got.Signatures.Value != 12 {
				t.Errorf("people %d, signatures %d; want 16 and 12", got.People.Value, got.Signatures.Value)
			}
			_, err = Acknowledgements(Document{Kind: "pdf", Text: "x", Tables: []Table{{Rows: swapped}, {Rows: page2}}})
			if !errors.Is(err, ErrUnclearRows) {
				t.Errorf("a first page with its dates in another column: err %v, want the rows unclear", err)
			}
		})
	}
}
