package ocr

import (
	"fmt"
	"slices"
	"testing"
)

// TestOneTable joins the grids of a report printed over pages into one
// table, its header once, in the seven languages, OCR misreading a letter
// or two of the header on a later page; near misses are read plain: a
// page whose header names other columns, a page with a column more or
// less, a page without a grid, and a row of values left outside a page's
// grid.
func TestOneTable(t *testing.T) {
	headers := map[string][2][]string{
		"en": {{"Employee", "Course", "Completed on", "Status"}, {"Ernployee", "Course", "Completed on", "status"}},
		"de": {{"Mitarbeiter", "Schulung", "Abgeschlossen am", "Status"}, {"Mitarbeiter", "Schulung", "Abgeschlossen arn", "Status"}},
		"fr": {{"Collaborateur", "Formation", "Terminée le", "Statut"}, {"Collaborateur", "Formation", "Terminee le", "Statut"}},
		"es": {{"Empleado", "Curso", "Fecha de finalización", "Estado"}, {"Empleado", "Curso", "Fecha de finalizaciön", "Estado"}},
		"it": {{"Dipendente", "Corso", "Completato il", "Stato"}, {"Dipendente", "Corso", "Cornpletato il", "Stato"}},
		"nl": {{"Medewerker", "Cursus", "Afgerond op", "Status"}, {"Medewerker", "Cursus", "Afgerond op", "Status"}},
		"pt": {{"Colaborador", "Ação de formação", "Concluído em", "Estado"}, {"Colaborador", "Acáo de formagäo", "Concluido em", "Estado"}},
	}
	cols := []int{150, 700, 1300, 1800}
	page := func(header []string, from, n int, seed uint64) pageText {
		rows := [][]string{header}
		for i := range n {
			rows = append(rows, []string{fmt.Sprintf("Person%02d Name", from+i), "Security", fmt.Sprintf("%02d/03/2025", 1+(from+i)%28), "Done"})
		}
		return layoutPage(t, cols, rows, 60, 0, seed)
	}
	for lang, h := range headers {
		t.Run(lang, func(t *testing.T) {
			pages := []pageText{page(h[0], 0, 5, 1), page(h[1], 5, 4, 2), page(h[0], 9, 3, 3)}
			if !oneTable(pages) {
				t.Fatalf("a table over three pages is not one table: %q / %q", pageLines(pages[0]), pageLines(pages[1]))
			}
			var tables []Table
			for i, p := range pages {
				tables = append(tables, tablesOf(i+1, p.lines, p.grid, p.grids)...)
			}
			joined := joinTables(tables)
			if len(joined) != 1 || len(joined[0].Rows) != 13 || !slices.Equal(joined[0].Rows[0], h[0]) {
				t.Fatalf("joined %+v", joined)
			}
			for i, row := range joined[0].Rows[1:] {
				if want := fmt.Sprintf("Person%02d Name", i); row[0] != want {
					t.Errorf("row %d = %q, want %s first", i+1, row, want)
				}
			}
		})
	}
	en := headers["en"][0]
	other := []string{"Employee", "Department", "Assigned on", "Due"}
	wide := []pageText{page(en, 0, 5, 1), layoutPage(t, []int{150, 700, 1100, 1500, 1900}, [][]string{
		{"Employee", "Course", "Completed on", "Status", "Score"},
		{"Person05 Name", "Security", "01/04/2025", "Done", "90"},
		{"Person06 Name", "Security", "02/04/2025", "Done", "95"},
	}, 60, 0, 2)}
	stray := page(en, 5, 4, 2)
	stray.lines = append(stray.lines, Line{Text: "Person09 Name\tSecurity\t03/04/2025"})
	stray.grid = append(stray.grid, gridRow{grid: -1})
	prose := layoutPage(t, []int{150}, [][]string{{"Signed by the training officer"}, {"on behalf of the company"}}, 60, 0, 4)
	for name, pages := range map[string][]pageText{
		"another header":       {page(en, 0, 5, 1), page(other, 5, 4, 2)},
		"a column more":        wide,
		"a page without grid":  {page(en, 0, 5, 1), prose, page(en, 5, 4, 3)},
		"a row outside a grid": {page(en, 0, 5, 1), stray},
		"one page":             {page(en, 0, 5, 1)},
	} {
		if oneTable(pages) {
			t.Errorf("%s: read as one table", name)
		}
	}
}

// TestHeaderCellsAlike takes a header cell read again with a letter or
// two misread for the same cell, and another column's name for another.
func TestHeaderCellsAlike(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Ação de formação", "Acáo de formagäo", true},
		{"Completed on", "Cornpleted on", true},
		{"Status", "status", true},
		{"Data de conclusão", "Data de conclusáo", true},
		{"Datum", "Datum:", true},
		{"Status", "Stand", false},
		{"Completed on", "Assigned on", false},
		{"Date", "Due", false},
		{"Nome", "", false},
	} {
		if got := headerCellsAlike(c.a, c.b); got != c.want {
			t.Errorf("headerCellsAlike(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSameHeader takes a later page's first row as the header again only
// when every named cell is the header's, as OCR may read it again: a page
// whose date column is another's (due, assigned) heads another table, in
// the seven languages.
func TestSameHeader(t *testing.T) {
	for _, c := range []struct {
		header, row []string
		want        bool
	}{
		{[]string{"Employee", "Course", "Completed on", "Status"}, []string{"Ernployee", "Course", "Completed on", "Status"}, true},
		{[]string{"Employee", "Course", "Completed on", "Status"}, []string{"Employee", "Course", "Due on", "Status"}, false},
		{[]string{"Employee", "Course", "Completed on", "Status"}, []string{"Employee", "Course", "Assigned on", "Status"}, false},
		{[]string{"Mitarbeiter", "Kurs", "Abgeschlossen am", "Status"}, []string{"Mitarbeiter", "Kurs", "Fällig am", "Status"}, false},
		{[]string{"Collaborateur", "Formation", "Terminé le", "Statut"}, []string{"Collaborateur", "Formation", "Échéance", "Statut"}, false},
		{[]string{"Empleado", "Curso", "Completado el", "Estado"}, []string{"Empleado", "Curso", "Vence el", "Estado"}, false},
		{[]string{"Dipendente", "Corso", "Completato il", "Stato"}, []string{"Dipendente", "Corso", "Scadenza", "Stato"}, false},
		{[]string{"Medewerker", "Cursus", "Afgerond op", "Status"}, []string{"Medewerker", "Cursus", "Uiterlijk op", "Status"}, false},
		{[]string{"Colaborador", "Curso", "Concluído em", "Estado"}, []string{"Colaborador", "Curso", "Concluido em", "Estado"}, true},
		{[]string{"Colaborador", "Curso", "Concluído em", "Estado"}, []string{"Colaborador", "Curso", "Prazo", "Estado"}, false},
	} {
		if got := sameHeader(c.header, c.row); got != c.want {
			t.Errorf("sameHeader(%q, %q) = %v, want %v", c.header, c.row, got, c.want)
		}
	}
}
