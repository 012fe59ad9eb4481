package ocr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// layoutPage is Tesseract's tsv of a page laid out as rows of cells: each
// cell's words stand from its column's left edge (cols, in pixels), 36
// pixels high and 22 wide a letter, the rows pitch pixels apart, and each
// cell is a segment of its own (Tesseract's layout analysis splits a table
// row so), the segments in a shuffled order. The page is scanned at a
// slope (pixels down per pixel across), as a page fed in a little turned.
func layoutPage(t *testing.T, cols []int, rows [][]string, pitch int, slope float64, seed uint64) pageText {
	return layoutTitled(t, "", cols, rows, pitch, slope, seed)
}

// layoutTitled is layoutPage with a title line above the rows.
func layoutTitled(t *testing.T, title string, cols []int, rows [][]string, pitch int, slope float64, seed uint64) pageText {
	t.Helper()
	return layoutPlaced(t, title, cols, rows, pitch, seed, func(x, top, width int) (int, int) {
		return x, top + int(slope*float64(x+width/2))
	})
}

// layoutTurned is layoutTitled on a page fed in turned by degrees, as a
// scanner turns it: the lines slope and the columns lean as much, a
// word's box moving sideways the further down the page it stands.
func layoutTurned(t *testing.T, title string, cols []int, rows [][]string, pitch int, degrees float64, seed uint64) pageText {
	t.Helper()
	sin, cos := math.Sincos(degrees * math.Pi / 180)
	return layoutPlaced(t, title, cols, rows, pitch, seed, func(x, top, width int) (int, int) {
		cx, cy := float64(x+width/2), float64(top+18)
		nx, ny := cx*cos-cy*sin, cx*sin+cy*cos
		return int(nx) - width/2, int(ny) - 18
	})
}

// layoutPlaced lays the rows out as layoutTitled does, place giving where
// a word whose box starts at x and top, width wide, stands on the page.
func layoutPlaced(t *testing.T, title string, cols []int, rows [][]string, pitch int, seed uint64, place func(x, top, width int) (int, int)) pageText {
	t.Helper()
	type seg struct{ words []string }
	var sb strings.Builder
	sb.WriteString(tsvColumns + "\n")
	var lines []string
	if title != "" {
		var head [][]string
		for _, l := range strings.Split(title, "\n") {
			head = append(head, []string{l})
		}
		rows = append(head, rows...)
	}
	y := 200
	for _, row := range rows {
		// A cell's lines are "\n"-separated, 44 pixels apart, and centred
		// on the row, as a browser prints a table.
		most := 1
		for _, cell := range row {
			most = max(most, len(strings.Split(cell, "\n")))
		}
		for c, cell := range row {
			if cell == "" {
				continue
			}
			cellLines := strings.Split(cell, "\n")
			for k, cl := range cellLines {
				x := cols[c]
				var ws []string
				for _, w := range strings.Fields(cl) {
					width := 22 * len([]rune(w))
					px, top := place(x, y+(most-len(cellLines))*22+44*k, width)
					ws = append(ws, fmt.Sprintf("%d\t%d\t%d\t36\t%f\t%s", px, top, width, 93.0, w))
					x += width + 14
				}
				lines = append(lines, strings.Join(ws, "\n"))
			}
		}
		y += 44*(most-1) + pitch
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	for b, l := range lines {
		for i, w := range strings.Split(l, "\n") {
			fmt.Fprintf(&sb, "5\t1\t%d\t1\t1\t%d\t%s\n", b+1, i+1, w)
		}
	}
	p, err := parseTSV([]byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func pageLines(p pageText) []string {
	var out []string
	for _, l := range p.lines {
		out = append(out, l.Text)
	}
	return out
}

// TestScannedTables rebuilds tables from word positions: a training
// report, an acknowledgement log, minutes' actions and a certificate's
// labels beside their values, in each of the seven languages, split by
// Tesseract into a segment per cell, shuffled, on a page scanned up to two
// degrees off level. Each row comes out as one line of tab-joined cells,
// and the grid as a table whose rows are as wide as its header, an empty
// cell empty and a wide gap inside a cell no column.
func TestScannedTables(t *testing.T) {
	cases := []struct {
		name, title string
		cols        []int
		rows        [][]string
	}{
		{"en training", "Training completion report as of 3 April 2025", []int{150, 900, 1700, 2300}, [][]string{
			{"Employee", "Course", "Completed", "Status"},
			{"Maria Jensen", "Security awareness", "12/03/2025", "Passed"},
			{"Tom Okafor", "Security awareness", "", "Not started"},
			{"Lena Fischer", "Phishing basics", "02/04/2025", "Passed"},
		}},
		{"de acknowledgements", "Bestätigungen der Richtlinie zur Informationssicherheit", []int{150, 1000, 1800}, [][]string{
			{"Mitarbeiter", "Richtlinie", "Bestätigt am"},
			{"Jonas Weber", "Informationssicherheit", "03.02.2025"},
			{"Eva Schröder", "Informationssicherheit", "04.02.2025"},
			{"Paul Braun", "Informationssicherheit", ""},
		}},
		{"fr actions", "Compte rendu de la revue de direction", []int{150, 1400, 2000}, [][]string{
			{"Action", "Responsable", "Échéance"},
			{"Revoir la politique d'accès", "C. Martin", "30/06/2025"},
			{"Tester la reprise", "", "15/07/2025"},
			{"Former les nouveaux arrivants", "L. Petit", "01/09/2025"},
		}},
		{"nl training", "Overzicht van de gevolgde opleidingen", []int{150, 900, 1600}, [][]string{
			{"Naam", "Afgerond op", "Status"},
			{"Sanne de Vries", "14-01-2025", "Voltooid"},
			{"Pieter Bakker", "", "Niet gestart"},
			{"Noor Jansen", "20-01-2025", "Voltooid"},
		}},
		{"pt acknowledgements", "Registo de aceitação da política de segurança", []int{150, 1100, 1700}, [][]string{
			{"Colaborador", "Data de aceitação", "Estado"},
			{"Ana Costa", "05/02/2025", "Aceite"},
			{"Rui Lopes", "06/02/2025", "Aceite"},
			{"Inês Pires", "", "Pendente"},
		}},
	}
	for _, c := range cases {
		for _, slope := range []float64{0, 0.035, -0.03} {
			t.Run(fmt.Sprintf("%s slope %v", c.name, slope), func(t *testing.T) {
				p := layoutTitled(t, c.title, c.cols, c.rows, 90, slope, uint64(len(c.name)))
				want := strings.Split(c.title, "\n")
				for _, row := range c.rows {
					want = append(want, strings.Join(slices.DeleteFunc(slices.Clone(row), func(s string) bool { return s == "" }), "\t"))
				}
				if got := pageLines(p); !slices.Equal(got, want) {
					t.Errorf("lines\n%q\nwant\n%q", got, want)
				}
				tables := tablesOf(1, p.lines, p.grid, p.grids)
				if len(tables) != 1 || !slices.EqualFunc(tables[0].Rows, c.rows, slices.Equal) {
					t.Errorf("tables %+v, want one of\n%q", tables, c.rows)
				}
			})
		}
	}
}

// TestScannedWrappedRows reads a table whose cells wrap over two, three
// or four lines, the other cells of the row centred on them, as a browser
// prints a report: each row is one line of its cells, a wrapped cell's
// lines joined by spaces (a compound broken after its hyphen joined as
// one word), in each of the seven languages.
func TestScannedWrappedRows(t *testing.T) {
	cases := []struct {
		name string
		rows [][]string
		want [][]string
	}{
		{"en", [][]string{
			{"Name", "Course", "Completion\ndate", "Status"},
			{"Isla\nShaw", "Information\nSecurity\nAwareness\n2025", "17/12/2025", "Completed"},
			{"Leo\nDoyle", "Information\nSecurity\nAwareness\n2025", "", "Failed"},
			{"Ava Walsh", "Information\nSecurity\nAwareness\n2025", "", "In\nprogress"},
		}, nil},
		{"es", [][]string{
			{"Participante", "Normativa", "Estado de la\nfirma"},
			{"Remedios Moreno-\nLastra", "Política de seguridad de la\ninformación", "Firmado"},
			{"Curro Quesada", "Política de seguridad de la\ninformación", "Sin firmar"},
			{"Triana Carmona", "Política de seguridad de la\ninformación", "Firmado"},
		}, [][]string{
			{"Participante", "Normativa", "Estado de la firma"},
			{"Remedios Moreno-Lastra", "Política de seguridad de la información", "Firmado"},
			{"Curro Quesada", "Política de seguridad de la información", "Sin firmar"},
			{"Triana Carmona", "Política de seguridad de la información", "Firmado"},
		}},
		{"de", [][]string{
			{"Standort", "Anschrift", "Tätigkeiten"},
			{"Linz", "Wiener Straße 12,\n4020 Linz", "Rechenzentrum und\nBetrieb"},
			{"Graz", "Annenstraße 3, 8020 Graz", "Kundendienst"},
			{"Wels", "Ring 7, 4600 Wels", "Cloud-\nInfrastruktur"},
		}, [][]string{
			{"Standort", "Anschrift", "Tätigkeiten"},
			{"Linz", "Wiener Straße 12, 4020 Linz", "Rechenzentrum und Betrieb"},
			{"Graz", "Annenstraße 3, 8020 Graz", "Kundendienst"},
			{"Wels", "Ring 7, 4600 Wels", "Cloud-Infrastruktur"},
		}},
		{"fr", [][]string{
			{"Action", "Responsable", "Échéance"},
			{"Revoir la politique\nd'accès", "C. Martin", "30/06/2025"},
			{"Tester la reprise\naprès sinistre", "L. Petit", "15/07/2025"},
			{"Former les arrivants", "", "01/09/2025"},
		}, nil},
		{"it", [][]string{
			{"Dipendente", "Corso", "Stato"},
			{"Giulia Romano", "Sicurezza delle\ninformazioni", "Completato"},
			{"Marco Bianchi", "Sicurezza delle\ninformazioni", "Non iniziato"},
			{"Sara Greco", "Sicurezza delle\ninformazioni", "Completato"},
		}, nil},
		{"nl", [][]string{
			{"Naam", "Afgerond\nop", "Status"},
			{"Sanne de\nVries", "14-01-2025", "Voltooid"},
			{"Pieter Bakker", "", "Niet\ngestart"},
			{"Noor Jansen", "20-01-2025", "Voltooid"},
		}, nil},
		{"pt", [][]string{
			{"Colaborador", "Data de\naceitação", "Estado"},
			{"Ana Costa", "05/02/2025", "Aceite"},
			{"Rui Lopes", "06/02/2025", "Aceite"},
			{"Inês Pires", "", "Pendente"},
		}, nil},
	}
	for _, c := range cases {
		for _, slope := range []float64{0, 0.03} {
			t.Run(fmt.Sprintf("%s slope %v", c.name, slope), func(t *testing.T) {
				cols := []int{150, 900, 1700, 2300}[:len(c.rows[0])]
				p := layoutTitled(t, "Informe — Bericht — Report — Rapport — Relatório\nGenerated on 12/02/2026 by the learning platform\nExported for the annual review of the vendor", cols, c.rows, 80, slope, 11)
				want := c.want
				if want == nil {
					for _, row := range c.rows {
						var w []string
						for _, cell := range row {
							w = append(w, strings.ReplaceAll(cell, "\n", " "))
						}
						want = append(want, w)
					}
				}
				tables := tablesOf(1, p.lines, p.grid, p.grids)
				if len(tables) != 1 || !slices.EqualFunc(tables[0].Rows, want, slices.Equal) {
					t.Errorf("tables %+v, want one of\n%q\nlines %q", tables, want, pageLines(p))
				}
				if len(p.lines) != len(want)+3 {
					t.Errorf("lines %q", pageLines(p))
				}
			})
		}
	}
}

// TestScannedNoTables leaves as lines what is no grid: a page set in two
// columns of running text (each line of the two halves joined by a tab,
// as a PDF with the same layout gives them, but no table), two labelled
// details only, and a heading over a label and its value.
func TestScannedNoTables(t *testing.T) {
	cases := []struct {
		name string
		cols []int
		rows [][]string
	}{
		{"two columns of prose", []int{150, 1400}, [][]string{
			{"Die Zertifizierungsstelle bestätigt hiermit, dass", "The certification body hereby confirms that"},
			{"das Managementsystem der Organisation die", "the management system of the organisation meets"},
			{"Anforderungen der Norm erfüllt und für die", "the requirements of the standard and applies to"},
			{"folgenden Tätigkeiten angewendet wird:", "the following activities at its sites:"},
		}},
		// Labels beside their values (two columns) stay lines, a label and
		// its value parted by a tab: a page set in two columns looks the
		// same, and the readers take the pairs from the lines.
		{"es labels", []int{150, 1000}, [][]string{
			{"Certificado n.º:", "QX-2291"},
			{"Fecha de emisión:", "21 de noviembre de 2024"},
			{"Válido hasta:", "20 de noviembre de 2027"},
		}},
		{"it labels", []int{150, 1000}, [][]string{
			{"Certificato n.:", "IT-7781"},
			{"Prima emissione:", "3 marzo 2021"},
			{"Data di scadenza:", "2 marzo 2027"},
			{"Ente:", "Certificazioni Tirreniche S.p.A."},
		}},
		{"two labelled details", []int{150, 1000}, [][]string{
			{"Número do certificado:", "PT-0042"},
			{"Válido até:", "30 de junho de 2027"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := layoutPage(t, c.cols, c.rows, 60, 0.02, 3)
			if tables := tablesOf(1, p.lines, p.grid, p.grids); len(tables) != 0 {
				t.Errorf("tables %+v from %q", tables, pageLines(p))
			}
			var want []string
			for _, row := range c.rows {
				want = append(want, strings.Join(row, "\t"))
			}
			if got := pageLines(p); !slices.Equal(got, want) {
				t.Errorf("lines %q, want %q", got, want)
			}
		})
	}
	// A paragraph across both columns splits the labels above it from
	// those below; neither part is three rows.
	p := layoutPage(t, []int{150, 1000}, [][]string{
		{"Zertifikat-Nr.:", "Z-4471-22"},
		{"Gültig bis:", "30. Juni 2027"},
		{"Die Zertifizierung gilt für die Entwicklung und den Betrieb von Rechenzentren", ""},
		{"Erstzertifizierung:", "1. Juli 2021"},
		{"Ausgestellt am:", "1. Juli 2024"},
	}, 70, 0, 5)
	if tables := tablesOf(1, p.lines, p.grid, p.grids); len(tables) != 0 {
		t.Errorf("tables %+v from %q", tables, pageLines(p))
	}
	// Rows of one line each, the header and a group of rows set apart by
	// wider gaps: every line stays a row, none is joined to the next.
	rows := [][]string{{"Nome", "Data", "Stato"}}
	for i := range 6 {
		rows = append(rows, []string{fmt.Sprintf("Persona %d", i+1), fmt.Sprintf("0%d/03/2025", i+1), "Firmato"})
	}
	p = layoutPage(t, []int{150, 900, 1600}, rows, 50, 0, 9)
	var want []string
	for _, r := range rows {
		want = append(want, strings.Join(r, "\t"))
	}
	if got := pageLines(p); !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestPlainTables keeps the tables of a scan rebuilt on one page only: a
// table on two pages (a report printed over pages) leaves every page as
// Tesseract's lines give it, while a document with a table on one of its
// pages keeps it.
func TestPlainTables(t *testing.T) {
	rows := [][]string{
		{"Employee", "Course", "Completed"},
		{"Maria Jensen", "Security awareness", "12/03/2025"},
		{"Tom Okafor", "Security awareness", "13/03/2025"},
	}
	table := func() pageText { return layoutPage(t, []int{150, 900, 1700}, rows, 90, 0, 1) }
	prose := func() pageText {
		return layoutPage(t, []int{150}, [][]string{{"The certification body hereby confirms that"}, {"the management system meets the standard"}}, 60, 0, 2)
	}
	if p := table(); p.plain == nil || len(p.grids) != 1 {
		t.Fatalf("a table page read as %q, no plain reading", pageLines(p))
	}
	one := []pageText{prose(), table()}
	plainTables(one)
	if len(one[1].grids) != 1 {
		t.Errorf("the one table of a document was left: %q", pageLines(one[1]))
	}
	two := []pageText{table(), table()}
	plainTables(two)
	for i, p := range two {
		if len(p.grids) != 0 || p.plain != nil {
			t.Errorf("page %d of a table over two pages kept its table", i+1)
		}
	}
}

// TestScannedTurnedTable reads a long report scanned a degree or so
// turned, in each of the seven languages: its lines slope and its columns
// lean, a column's words drifting sideways from the first row to the last
// by more than the gap between two columns of dates. Turned back level and
// upright, the columns share their gaps again and the table comes out
// whole, a wrapped cell's lines one cell and an empty cell empty (the
// status beside it not moved into it). Near misses: columns closer than
// the text is high are no columns that can be told apart, turned or not,
// and give no table rather than a value in the wrong column; two columns
// of running text turned are no table.
func TestScannedTurnedTable(t *testing.T) {
	type lang struct {
		name   string
		header []string
		course string
		done   string
		open   string
	}
	langs := []lang{
		{"en", []string{"Name", "Course", "Assigned\non", "Due date", "Completion\ndate", "Status"}, "Information\nSecurity\nAwareness\n2025", "Completed", "In\nprogress"},
		{"de", []string{"Name", "Schulung", "Zugewiesen", "Fällig am", "Erledigt\nam", "Status"}, "Informations-\nsicherheit\nGrundlagen\n2025", "Bestanden", "Nicht\nbegonnen"},
		{"fr", []string{"Nom", "Formation", "Assignée le", "Échéance", "Terminée le", "Statut"}, "Sécurité de\nl'information\n2025", "Terminé", "En cours"},
		{"es", []string{"Nombre", "Curso", "Asignado", "Fecha\nlímite", "Finalizado", "Estado"}, "Seguridad de\nla\ninformación\n2025", "Completado", "Pendiente"},
		{"it", []string{"Nome", "Corso", "Assegnato", "Scadenza", "Completato\nil", "Stato"}, "Sicurezza\ndelle\ninformazioni\n2025", "Completato", "Non\niniziato"},
		{"nl", []string{"Naam", "Training", "Toegewezen", "Uiterlijk", "Afgerond\nop", "Status"}, "Informatie-\nbeveiliging\n2025", "Voltooid", "Niet\ngestart"},
		{"pt", []string{"Nome", "Curso", "Atribuído", "Prazo", "Concluído\nem", "Situação"}, "Segurança\nda\ninformação\n2025", "Concluído", "Pendente"},
	}
	names := []string{"Isla\nShaw", "Leo Doyle", "Ava\nWalsh", "Chloe\nFletcher", "Ethan Clarke", "Ruby\nDoyle", "Leo\nHughes", "Grace\nLloyd", "Oliver Lloyd", "Amelia\nReid", "Leo\nMorgan", "Owen\nFletcher", "Jack\nBennett", "Maya Shaw", "Noah\nLloyd", "Freya\nReid", "Harry\nMorgan", "Sara\nPatel"}
	table := func(l lang) [][]string {
		rows := [][]string{l.header}
		for i, n := range names {
			day := fmt.Sprintf("%02d/11/2025", 10+i)
			row := []string{n, l.course, day, fmt.Sprintf("%02d/12/2025", 10+i), "", l.open}
			if i%3 != 1 {
				row[4], row[5] = fmt.Sprintf("%02d/12/2025", 1+i), l.done
			}
			rows = append(rows, row)
		}
		return rows
	}
	joined := func(rows [][]string) [][]string {
		var out [][]string
		for _, row := range rows {
			var w []string
			for _, c := range row {
				c = strings.ReplaceAll(c, "-\n", "-")
				w = append(w, strings.ReplaceAll(c, "\n", " "))
			}
			out = append(out, w)
		}
		return out
	}
	// Columns of dates 50 pixels apart, the text 36 high; the
	// course column's widest word ends 50 pixels short of the next.
	cols := []int{150, 700, 1350, 1620, 1890, 2160}
	const title = "Training report — Schulungsbericht — Rapport de formation\nGenerated on 12/02/2026 by the learning platform"
	for _, l := range langs {
		for _, degrees := range []float64{-1.3, -0.6, 0.7, 1.3} {
			t.Run(fmt.Sprintf("%s %v°", l.name, degrees), func(t *testing.T) {
				rows := table(l)
				p := layoutTurned(t, title, cols, rows, 70, degrees, uint64(len(l.name)))
				tables := tablesOf(1, p.lines, p.grid, p.grids)
				want := joined(rows)
				if len(tables) != 1 || !slices.EqualFunc(tables[0].Rows, want, slices.Equal) {
					t.Errorf("tables %+v, want one of\n%q\nlines %q", tables, want, pageLines(p))
				}
			})
		}
	}
	t.Run("columns closer than the text is high", func(t *testing.T) {
		rows := table(langs[0])
		close := []int{150, 700, 1350, 1590, 1830, 2100} // dates 20 pixels apart
		for _, degrees := range []float64{0, -1.3} {
			p := layoutTurned(t, title, close, rows, 70, degrees, 3)
			for _, tb := range tablesOf(1, p.lines, p.grid, p.grids) {
				for _, r := range tb.Rows[1:] {
					if len(r) == len(rows[0]) {
						t.Errorf("%v°: a row read as %q: the dates cannot be told apart", degrees, r)
					}
				}
			}
		}
	})
	t.Run("two columns of prose", func(t *testing.T) {
		var rows [][]string
		for range 30 {
			rows = append(rows, []string{"Die Zertifizierungsstelle bestätigt hiermit, dass", "The certification body hereby confirms that"})
		}
		p := layoutTurned(t, "", []int{150, 1400}, rows, 60, 1.3, 5)
		if len(p.grids) != 0 {
			t.Errorf("grids %v in two columns of running text", p.grids)
		}
	})
}
