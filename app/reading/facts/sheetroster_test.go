package facts

import (
	"fmt"
	"testing"
)

// headcountWords is, per language of carryLangs, a line an export prints
// under a sheet's rows to say how many people the sheet has.
var headcountWords = map[string]string{
	"en": "%d people in this department", "de": "%d Personen in dieser Abteilung", "fr": "%d personnes dans ce service",
	"es": "%d personas en este departamento", "it": "%d persone in questo reparto", "nl": "%d medewerkers in deze afdeling",
	"pt": "%d pessoas neste departamento",
}

// sheet is one department's sheet of a workbook: a title, the
// department, the header, its people and the line counting them.
func (l carryLang) sheet(name string, rows [][]string) Table {
	out := [][]string{{l.course}, {l.dept + ": " + name}, l.header}
	out = append(out, rows...)
	out = append(out, []string{fmt.Sprintf(headcountWords[l.lang], len(rows))})
	return Table{Name: name, Rows: out}
}

// TestSheetPerDepartment: a workbook with a sheet per department, each
// with the same header and other people, is one roster: every sheet's
// people are counted, and a sheet's headcount line is no person. Sheets
// that share people (a sheet per year) are no split roster, and the
// largest is read alone; a sheet with another header stays apart.
func TestSheetPerDepartment(t *testing.T) {
	for _, l := range carryLangs {
		t.Run(l.lang, func(t *testing.T) {
			// people 0..14; every fourth (3, 7, 11) not done.
			split := Document{Kind: "xlsx", Tables: []Table{l.sheet("A", l.people(0, 6)), l.sheet("B", l.people(6, 5)), l.sheet("C", l.people(11, 4))}}
			got, err := Training(split)
			if err != nil {
				t.Fatal(err)
			}
			if got.People.Value != 15 || got.Completed.Value != 12 {
				t.Errorf("split roster: people %v completed %v, want 15 and 12", got.People.Value, got.Completed.Value)
			}

			// The same people on two sheets (two years): the larger sheet alone.
			years := Document{Kind: "xlsx", Tables: []Table{l.sheet("2024", l.people(0, 6)), l.sheet("2025", l.people(0, 8))}}
			got, err = Training(years)
			if err != nil {
				t.Fatal(err)
			}
			if got.People.Value != 8 {
				t.Errorf("sheets sharing people: people %v, want 8 (the larger sheet)", got.People.Value)
			}

			// A sheet whose header differs (a column more) is other content.
			other := l.sheet("B", l.people(6, 5))
			other.Rows[2] = append(append([]string(nil), l.header...), "ID")
			mixed := Document{Kind: "xlsx", Tables: []Table{l.sheet("A", l.people(0, 6)), other}}
			got, err = Training(mixed)
			if err != nil {
				t.Fatal(err)
			}
			if got.People.Value != 6 {
				t.Errorf("sheet with another header: people %v, want 6", got.People.Value)
			}
		})
	}
}
