package facts

import (
	"strings"
	"testing"
)

// personDetails is, per language of exportLangs, the line a transcript
// prints under a person's name: their number and department.
var personDetails = map[string]string{
	"en": "Employee no.: %s · Department: Finance", "de": "Personalnummer: %s · Abteilung: Vertrieb",
	"fr": "Matricule: %s · Service: Comptabilité", "es": "N.º de empleado: %s · Departamento: Ventas",
	"it": "Matricola: %s · Area: Acquisti", "nl": "Personeelsnummer: %s · Team: Inkoop",
	"pt": "N.º mecanográfico: %s · Departamento: Compras",
}

// TestTranscriptNameOverDetails: a transcript block whose person's name
// stands alone over a line of their details (number, department) and then
// the block's header is read, printed as text and from a PDF whose drawn
// grid joins the blocks' lines into cells (its text is read), in the
// seven languages. Near misses: a name over a line that is no detail (a
// sentence, a course row) opens no block, and neither do details more
// than two lines long.
func TestTranscriptNameOverDetails(t *testing.T) {
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			head := strings.Join(row(l.course, l.result, l.completed), "    ")
			detail := func(id string) string { return strings.Replace(personDetails[l.lang], "%s", id, 1) }
			lines := []string{
				"Ana Lima", detail("1001"), head,
				l.security + "    " + l.passed + "    2026-02-03", l.other + "    " + l.notStarted,
				"Rui Dias", detail("1002"), head,
				l.security + "    " + l.notStarted, l.other + "    " + l.passed + "    2025-05-01",
				"Eva Berg", detail("1003"), head,
				l.security + "    " + l.passed + "    2026-02-07",
			}
			checkTrainingRead(t, text(lines...), 3, 2, 66.7, "2026-02-07", "2026-02-03")
			gridded := text(lines...)
			gridded.Tables = []Table{{Rows: [][]string{{strings.Join(lines[3:6], " "), l.passed + " " + l.notStarted, "2026-02-03"}, {l.course, l.result, l.completed}}}}
			checkTrainingRead(t, gridded, 3, 2, 66.7, "2026-02-07", "2026-02-03")

			for name, between := range map[string][]string{
				"a sentence":         {"This record was printed for the audit"},
				"three detail lines": {detail("1001"), detail("1001"), detail("1001")},
			} {
				var near []string
				for _, p := range []string{"Ana Lima", "Rui Dias", "Eva Berg"} {
					near = append(near, p)
					near = append(near, between...)
					near = append(near, head, l.security+"    "+l.passed+"    2026-02-03")
				}
				if tr, err := Training(text(near...)); err == nil && tr.People.Known {
					t.Errorf("%s between name and header: read %d people, want none", name, tr.People.Value)
				}
			}
		})
	}
}
