package pdf

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"assay/app/reading/pdf/pdftest"
)

// ruledPage draws a table as a browser prints one: each header cell on a
// grey background, a rule under each cell of every row, and cells whose
// lines are centred in their row. rules are the heights of the rules, top
// to bottom, below a header from 720 to 700; cells are the texts to draw
// as x, y, text.
func ruledPage(rules []int, cells ...string) string {
	edges := []int{50, 200, 350, 450}
	var b strings.Builder
	b.WriteString("0.9 g\n")
	for k := 0; k+1 < len(edges); k++ {
		fmt.Fprintf(&b, "%d 700 %d 20 re f\n", edges[k], edges[k+1]-edges[k])
	}
	b.WriteString("0.2 g\n")
	for _, y := range rules {
		for k := 0; k+1 < len(edges); k++ {
			fmt.Fprintf(&b, "%d %d %d 0.75 re f\n", edges[k], y, edges[k+1]-edges[k])
		}
	}
	b.WriteString("0 g\n")
	for i := 0; i+2 < len(cells); i += 3 {
		fmt.Fprintf(&b, "BT /F1 10 Tf %s %s Td %s Tj ET\n", cells[i], cells[i+1], pdftest.HexUTF16(cells[i+2]))
	}
	return b.String()
}

// TestReadRuledTable checks that a table a browser prints with its grid
// comes back row by row with each cell whole: cells wrapped over two
// lines (interleaved with the single lines of the row, as centring draws
// them), a date broken after its hyphen, and a row that a page break cut
// in two, whose end is on the next page under the repeated header.
func TestReadRuledTable(t *testing.T) {
	header := []string{"55", "706", "Name", "205", "706", "Date", "355", "706", "Status"}
	page1 := ruledPage([]int{700, 660}, append(header,
		"55", "686", "Ann", "55", "674", "Ford", "205", "686", "01-02-", "205", "674", "2026", "355", "680", "Completed",
		"55", "645", "Li Wei", "205", "645", "Security", "355", "645", "Failed")...)
	page2 := ruledPage([]int{700, 680, 640}, append(header,
		"205", "688", "Awareness",
		"55", "655", "Bo Chen", "205", "655", "15-02-2026", "355", "655", "Completed",
		"55", "625", "Printed by PeopleDesk")...) // a note under the table is no row
	doc, err := read(t, pdftest.Content(page1, page2), defaults)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	want := []Table{{
		{"Name", "Date", "Status"},
		{"Ann Ford", "01-02-2026", "Completed"},
		{"Li Wei", "Security Awareness", "Failed"},
		{"Name", "Date", "Status"},
		{"Bo Chen", "15-02-2026", "Completed"},
	}}
	if !reflect.DeepEqual(doc.Tables, want) {
		t.Errorf("Tables = %q, want %q", doc.Tables, want)
	}
	if !hasLine(doc.Text, "Ann\t01-02-") {
		t.Errorf("the text should still be read line by line, got %q", doc.Text)
	}
}

// TestReadUnruledTextHasNoTables checks that text without a grid, however
// table-like, is no table: tables are only read where the page draws them.
func TestReadUnruledTextHasNoTables(t *testing.T) {
	h := pdftest.HexUTF16
	doc, err := read(t, pdftest.Content("BT /F1 10 Tf 72 700 Td "+h("Action")+" Tj 0 -12 Td "+h("Review access")+" Tj ET BT /F1 10 Tf 320 700 Td "+h("Owner")+" Tj 0 -12 Td "+h("Li Wei")+" Tj ET "+
		"0 0 612 792 re f"), defaults)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(doc.Tables) != 0 {
		t.Errorf("Tables = %q, want none", doc.Tables)
	}
}

// sheetPart draws lines of cells as LibreOffice Calc prints a sheet: each
// cell its own text object, cells touching (a clipped e-mail runs into the
// next cell), a number right-aligned in its column, a title above and a
// page number far below.
func sheetPart(title, footer string, rows [][]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 10 Tf 57 770 Td %s Tj ET\n", pdftest.HexUTF16(title))
	for i, row := range rows {
		y := 700 - 13*i
		for j, cell := range row {
			x := 57 + 100*j
			if cell != "" && strings.Trim(cell, "0123456789") == "" {
				x += 95 - 5*len(cell) // numbers end at the column's right edge
			}
			fmt.Fprintf(&b, "BT %d %d Td /F1 10 Tf %s Tj ET\n", x, y, pdftest.HexUTF16(cell))
		}
	}
	// The page number in two runs, as Calc draws its fields.
	word, number, _ := strings.Cut(footer, " ")
	fmt.Fprintf(&b, "BT /F1 10 Tf 280 60 Td %s Tj ET BT /F1 10 Tf 310 60 Td %s Tj ET\n", pdftest.HexUTF16(word), pdftest.HexUTF16(number))
	return b.String()
}

// TestReadSheetOverPages checks that a sheet printed in parts, the first
// columns on one page and the next columns of the same rows on the next
// (the last part a single column), comes back as one table with each row
// whole.
func TestReadSheetOverPages(t *testing.T) {
	long := strings.Repeat("x", 20) // as wide as its column: the next cell touches it
	left := sheetPart("Policy report", "Page 1", [][]string{
		{"Name", "E-mail", "Team", "Number"},
		{"Ann Ford", long, "Sales", "10866"},
		{"Li Wei", "li@example.com", "Ops", "7"},
	})
	right := sheetPart("Policy report", "Page 2", [][]string{
		{"Status", "Signed on"},
		{"Signed", "16.08.2025"},
		{"Pending", ""},
	})
	last := sheetPart("Policy report", "Page 3", [][]string{{"Method"}, {"Portal"}, {"E-mail"}}) // one column a page
	doc, err := read(t, pdftest.Content(left, right, last), defaults)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	want := []Table{{
		{"Name", "E-mail", "Team", "Number", "Status", "Signed on", "Method"},
		{"Ann Ford", long, "Sales", "10866", "Signed", "16.08.2025", "Portal"},
		{"Li Wei", "li@example.com", "Ops", "7", "Pending", "", "E-mail"},
	}}
	if !reflect.DeepEqual(doc.Tables, want) {
		t.Errorf("Tables = %q, want %q", doc.Tables, want)
	}
	// Pages whose lines stand at other heights are no parts of one sheet.
	other := sheetPart("Policy report", "Page 2", [][]string{{"Status", "Signed on"}, {"Signed", "16.08.2025"}})
	if doc, err := read(t, pdftest.Content(left, other), defaults); err != nil || len(doc.Tables) != 0 {
		t.Errorf("pages of different rows: Tables = %q (err %v), want none", doc.Tables, err)
	}
}

// TestReadProsePagesHaveNoSheet checks that two pages of prose, whose lines
// stand at the same heights as a page layout sets them, are not taken for
// the parts of a sheet.
func TestReadProsePagesHaveNoSheet(t *testing.T) {
	page := func(words string) string {
		var lines [][]string
		lines = append(lines, []string{"Minutes", "Chair"}) // one line of two runs
		for range 6 {
			lines = append(lines, []string{words})
		}
		return sheetPart("Management review", "Page", lines)
	}
	doc, err := read(t, pdftest.Content(page("The review covered incidents and training."), page("Actions were agreed with their owners.")), defaults)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(doc.Tables) != 0 {
		t.Errorf("Tables = %q, want none", doc.Tables)
	}
}
