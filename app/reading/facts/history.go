package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// A certificate that lists its own issues in a table ("Amendment history",
// then "Issue | Date | Description of change" over one row per issue) has
// no label on the date of the issue in hand: it is the latest row's, the
// first row being the first certification. amendmentHistory reads it so.

// historyHeading is the title of a certificate's table of its issues in the
// seven languages, with the usual variants ("Revision history",
// "Revisionsstand", "Suivi des révisions", "Control de cambios", "Storico
// delle revisioni", "Revisieoverzicht", "Registo de alterações").
var historyHeading = regexp.MustCompile(`(?i)^\s*(?:` +
	`(?:amendment|revision|issue|change|modification|version|certificate)s?\s+(?:history|record|log|status|overview)|` +
	`(?:history|record|log|schedule|list|register|index)\s+of\s+(?:amendments|revisions|issues|changes|modifications|versions)|` +
	`(?:änderungs|revisions|ausgabe|ausgaben|versions)(?:verlauf|historie|stand|nachweis|übersicht|geschichte|verzeichnis|liste)|` +
	`(?:verlauf|historie|übersicht|verzeichnis|liste)\s+der\s+(?:änderungen|revisionen|ausgaben|versionen)|` +
	`(?:historique|suivi|état|liste|registre|relevé)\s+des\s+(?:modifications|révisions|éditions|amendements|versions|émissions)|` +
	`(?:historial|historia|control|registro|relación|lista|índice)\s+de\s+(?:modificaciones|revisiones|ediciones|cambios|versiones|enmiendas|emisiones)|` +
	`(?:cronologia|storico|storia|registro|stato|elenco)\s+(?:delle\s+|di\s+)?(?:modifiche|revisioni|emissioni|edizioni|versioni|revisione)|` +
	`(?:wijzigings|revisie|versie|uitgave|uitgifte)(?:historie|geschiedenis|overzicht|register|lijst)|` +
	`(?:overzicht|lijst|register)\s+van\s+(?:de\s+)?(?:wijzigingen|revisies|uitgaven|versies)|` +
	`(?:histórico|historico|registo|registro|controle|controlo|lista|índice)\s+de\s+(?:alterações|alteracoes|revisões|revisoes|edições|edicoes|emissões|emissoes|modificações|versões)` +
	`)\s*:?\s*$`)

// issueHead heads the column of the issues' numbers ("Issue", "Rev. no.",
// "Ausgabe", "Édition", "Emisión", "Revisione", "Uitgave", "Revisão").
var issueHead = regexp.MustCompile(`(?i)^\s*(?:(?:no\.?|nr\.?|n\.?\s?[°º]|#)\s*)?(?:` +
	`issue|edition|revision|rev\.?|amendment|version|` +
	`ausgabe|revision|version|änderung|stand|` +
	`édition|révision|version|indice|modification|amendement|` +
	`edición|revisión|versión|emisión|enmienda|modificación|` +
	`edizione|revisione|versione|emissione|modifica|` +
	`uitgave|revisie|versie|editie|uitgifte|wijziging|` +
	`edição|revisão|versão|emissão|alteração` +
	`)(?:\s*(?:no\.?|nr\.?|n\.?\s?[°º]|#|number|nummer|numéro|número|numero))?\s*$`)

// numberHead heads a column of bare numbers ("No.", "Nr.", "N°", "Nº",
// "N.º", "#"): under a title of a table of issues, those are the issues'.
var numberHead = regexp.MustCompile(`(?i)^\s*(?:no\.?|nr\.?|n\.?\s?[°º]|n\.|núm\.?|num\.?|#)\s*$`)

// changeHead heads the column that says what each issue changed
// ("Description of change", "Art der Änderung", "Nature de la
// modification", "Descripción del cambio", "Descrizione della modifica",
// "Omschrijving van de wijziging", "Descrição da alteração").
var changeHead = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:changes?|amendments?|modifications?|änderung(?:en)?|modificación|modificaciones|cambios?|modifica|modifiche|wijziging(?:en)?|alteração|alterações|alteracao|mudança)(?:[^\p{L}]|$)`)

// dateHead heads the column of the issues' dates: a word of date alone,
// or a label of the issue's date ("Date of issue", "Ausgabedatum").
var dateHead = regexp.MustCompile(`(?i)^\s*(?:date|datum|fecha|data)\s*$`)

// historyTable is one table of a certificate's issues: the line of its
// header, the columns of the issues' numbers and dates, and its rows' lines.
type historyTable struct {
	header, issueCol, dateCol int
	rows                      []int
}

// amendmentHistory gives the date of the latest row of each table of the
// certificate's issues the issue date's label, and the other rows' dates
// none: they are earlier issues'. When the rows' numbers and dates do not
// rise (or fall) together, or a date could be read two ways, no row is
// taken, as the current issue cannot be told.
func amendmentHistory(lines []string, ds []dated) []dated {
	var byLine map[int][]int // the indices in ds of each line's dates
	for i := range lines {
		t, ok := readHistoryTable(lines, i)
		if !ok {
			continue
		}
		if byLine == nil {
			byLine = map[int][]int{}
			for k, d := range ds {
				byLine[d.line] = append(byLine[d.line], k)
			}
		}
		var rowDates []int // per row, the index in ds of its date
		for _, r := range t.rows {
			k := historyDate(lines, ds, byLine[r], r, t.dateCol)
			if k < 0 {
				rowDates = nil
				break
			}
			rowDates = append(rowDates, k)
		}
		if rowDates == nil {
			continue
		}
		latest := latestHistoryRow(lines, ds, t, rowDates)
		for n, k := range rowDates {
			ds[k].kind, ds[k].prio = dateOther, 0
			if n == latest {
				// Less sure than a label: a date labelled as the issue's
				// elsewhere on the page is taken before it.
				ds[k].kind, ds[k].prio = dateIssued, 2
				ds[k].text = lines[t.header] + " " + lines[t.rows[n]]
			}
		}
	}
	return ds
}

// readHistoryTable reads the table of issues whose header is line i: a
// row of cells without digits, one heading the issues' numbers and one
// their dates, under a title of such a table or with a column of what
// each issue changed; then the rows of as many cells, each numbered.
func readHistoryTable(lines []string, i int) (historyTable, bool) {
	heads := strings.Split(lines[i], " | ")
	t := historyTable{header: i, issueCol: -1, dateCol: -1}
	if len(heads) < 2 || len(heads) > 6 || len(lines[i]) > maxLabelRow || strings.ContainsAny(lines[i], "0123456789") {
		return t, false
	}
	changes, bare := false, -1
	for c, h := range heads {
		switch {
		case issueHead.MatchString(h) && t.issueCol < 0:
			t.issueCol = c
		case numberHead.MatchString(h) && bare < 0:
			bare = c
		case dateHead.MatchString(h) || onlyIssueLabel(h):
			if t.dateCol >= 0 {
				return t, false // two columns of dates: not this table
			}
			t.dateCol = c
		case changeHead.MatchString(h):
			changes = true
		}
	}
	p := prevLine(lines, i)
	titled := p >= 0 && historyHeading.MatchString(lines[p])
	if t.issueCol < 0 && titled {
		// Only the title says the numbered rows are issues.
		t.issueCol = bare
	}
	if t.issueCol < 0 || t.dateCol < 0 || !titled && !changes {
		return t, false
	}
	for j := i + 1; j < len(lines); j++ {
		cells := strings.Split(lines[j], " | ")
		if len(cells) != len(heads) || issueOrdinal(cells[t.issueCol]) < 0 {
			break
		}
		t.rows = append(t.rows, j)
	}
	return t, len(t.rows) > 0
}

// onlyIssueLabel reports whether a header cell is a label of the issue's
// date and nothing else ("Date of issue", "Ausgabedatum").
func onlyIssueLabel(h string) bool {
	lb, ok := onlyLabel(h, certificateDateLabels)
	return ok && lb.kind == dateIssued
}

// historyDate is the index in ds of the one date that fills column col of
// line l, of those on it (onLine), or -1 when the cell holds anything else.
func historyDate(lines []string, ds []dated, onLine []int, l, col int) int {
	cells := strings.Split(lines[l], " | ")
	if col >= len(cells) || !onlyDates(cells[col]) || len(FindDates(cells[col])) != 1 {
		return -1
	}
	for _, k := range onLine {
		if strings.Count(lines[l][:ds[k].Start], " | ") == col {
			return k
		}
	}
	return -1
}

// issueNumber is an issue's number as a history table writes it: "3",
// "03", "2.1", or a letter ("B").
var issueNumber = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{1,2})?|[A-Z])$`)

// issueOrdinal is the rank of an issue's number, or -1 when the cell
// holds no such number.
func issueOrdinal(cell string) float64 {
	cell = strings.TrimSpace(cell)
	if !issueNumber.MatchString(cell) {
		return -1
	}
	if cell[0] >= 'A' && cell[0] <= 'Z' {
		return float64(cell[0] - 'A' + 1)
	}
	n, err := strconv.ParseFloat(cell, 64)
	if err != nil {
		return -1
	}
	return n
}

// latestHistoryRow is which row of a table of issues is the current
// issue: the latest by date (latestRow), when the issues' numbers rise or
// fall as their dates do, else -1.
func latestHistoryRow(lines []string, ds []dated, t historyTable, rowDates []int) int {
	rows := make([][]int, len(rowDates))
	for n, k := range rowDates {
		rows[n] = []int{k}
	}
	latest := latestRow(ds, rows)
	for n := 1; n < len(t.rows) && latest >= 0; n++ {
		before := issueOrdinal(strings.Split(lines[t.rows[n-1]], " | ")[t.issueCol])
		after := issueOrdinal(strings.Split(lines[t.rows[n]], " | ")[t.issueCol])
		if latest == 0 && len(t.rows) > 1 && before <= after || latest > 0 && before >= after {
			return -1
		}
	}
	return latest
}

// reissuedBefore ends the words before a date that say the certificate was
// issued again on it ("re-issued", "neu ausgestellt am", "réémis le",
// "reexpedido el", "riemesso il", "heruitgegeven op", "reemitido em").
var reissuedBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + famReissued + famOn + `\s*[:|]?\s*$`)

// nowBefore is a word saying the issue it qualifies is the one in force or
// the latest: "current", "latest", "aktuelle", "en vigueur", "vigente".
var nowBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + famNowBefore + `|` + famNowAfter + `|latest|last|most\s+recent|letzte|neueste|dernière|última|ultima|laatste)(?:[^\p{L}]|$)`)

// reissueRuns reads the dates a certificate gives as its issues again, one
// after another ("first issued 2018-05-01; re-issued 2021-05-01;
// re-issued 2024-05-01"): which of them is this document's cannot be told
// from the words of issuing again alone, so none is the issue date unless
// a word of the current or the latest issue marks one, which then is.
func reissueRuns(lines []string, ds []dated) []dated {
	var runs, marked []int
	for i, d := range ds {
		if d.kind != dateIssued {
			continue
		}
		from, follows := 0, false
		if i > 0 && ds[i-1].line == d.line {
			from, follows = ds[i-1].End, true
		}
		words := lines[d.line][from:d.Start]
		if !reissuedBefore.MatchString(words) {
			continue
		}
		runs = append(runs, i)
		if own, ok := ownClause(words, follows); ok && nowBefore.MatchString(own) {
			marked = append(marked, i)
		}
	}
	if len(runs) < 2 || !differentDates(ds, runs) {
		return ds
	}
	for _, i := range runs {
		if len(marked) != 1 || marked[0] != i {
			ds[i].kind = dateOther
		}
	}
	return ds
}

// clauseBreak ends a clause of a line listing several issues: a
// semicolon, a comma, a bar, a full stop or a dash between spaces.
var clauseBreak = regexp.MustCompile(`[;,|.]|\s[-–—]\s`)

// ownClause is the clause of a date's words before it that is the date's
// own: the words after the last clause break. When the words follow
// another date on the line, a word of now before any break may be that
// date's ("re-issued 2024-05-01 (current) re-issued 2021-05-01"), so with
// no break there is no clause of the date's own: ok is false.
func ownClause(words string, follows bool) (string, bool) {
	breaks := clauseBreak.FindAllStringIndex(words, -1)
	if len(breaks) == 0 {
		return words, !follows
	}
	return words[breaks[len(breaks)-1][1]:], true
}

// differentDates reports whether the dates at idx are not all one date.
func differentDates(ds []dated, idx []int) bool {
	for _, i := range idx[1:] {
		if ds[i].Text != ds[idx[0]].Text && !ds[i].Date.Equal(ds[idx[0]].Date) {
			return true
		}
	}
	return false
}
