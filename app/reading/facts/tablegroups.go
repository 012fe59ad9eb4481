package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A report grouped by department, site or team prints a heading row above
// each group ("Department: Operations", "Abteilung: Vertrieb", "Afdeling:
// Servicedesk") and a subtotal line under it ("Subtotal Operations: 6 of 11
// completed", "Zwischensumme Vertrieb: 5 von 7", "Subtotaal Verkoop: 5 van
// 7 akkoord"), with a total of all groups at the end ("All departments: 30
// of 48 completed"). Neither is a person. groupLine tells them, and the
// counts the subtotal lines state cross-check the rows read.

// groupHeading is a heading row's one cell, folded: the word of a group of
// people, a colon or a dash, and the group's name. The colon form is also
// read with any label of one to three words ("Business line: Retail"),
// since a person's name never holds a colon.
var groupHeading = regexp.MustCompile(`^(?:(?:department|dept|division|business unit|unit|team|site|location|office|cost cent(?:re|er)|` +
	`abteilung|bereich|standort|gruppe|kostenstelle|niederlassung|` +
	`departement|service|direction|equipe|agence|etablissement|` +
	`departamento|area|sede|unidad|equipo|oficina|sucursal|` +
	`reparto|dipartimento|ufficio|funzione|filiale|` +
	`afdeling|afd|vestiging|locatie|dienst|` +
	`setor|sector|unidade|equipa|direcao|delegacao)\s*[:\-–]\s*\S.*|[\p{L}.]+(?: [\p{L}.]+){0,2}\s*:\s*\S.*)$`)

// subtotalWord begins a line that sums a group, in the seven languages.
var subtotalWord = regexp.MustCompile(`^(?:sub ?-?totals?|zwischensumme|teilsumme|zwischenergebnis|sous ?-?totale?|` +
	`subtotale|totale parziale|tussentotaal|subtotaal|subtotais)\b`)

// groupCount is a subtotal or total line's count, "6 of 11", "5 von 7",
// "4 sur 9", "3 de 8", "2 di 6", "5 van 7": how many of the group's
// people are done, and how many it has.
var groupCount = regexp.MustCompile(`(?:^|[^\d.,/])(\d{1,6}) (?:of|von|sur|de|di|van|out of|su|auf)\s+(\d{1,6})(?:$|[^\d.,/])`)

// groupTotals are the counts a report's subtotal lines state, in order.
type groupTotals struct {
	counts [][2]int // done, of
	quote  string   // the last count line, as written
}

// groupLine reports whether a row of a report is a group's heading or its
// subtotal (or the total of all groups) rather than a person: a row whose
// one filled cell is a heading, a subtotal line or a line counting "N of
// M" and naming no date. The counts of count lines are kept in g.
func groupLine(row []string, g *groupTotals) bool {
	if cells(row) != 1 {
		return false
	}
	text := strings.TrimSpace(rowText(row))
	f := strings.Join(strings.Fields(fold(text)), " ")
	if len(DatesIn(text, OrderUnknown)) > 0 {
		return false
	}
	if m := groupCount.FindStringSubmatch(f); m != nil {
		done, _ := strconv.Atoi(m[1])
		of, _ := strconv.Atoi(m[2])
		if done <= of {
			g.counts = append(g.counts, [2]int{done, of})
			g.quote = text
			return true
		}
	}
	return subtotalWord.MatchString(f) || headcountLine.MatchString(f) || groupHeading.MatchString(f) && !personLike(text)
}

// headcountLine is a line that states how many people a group or sheet
// has, folded: a number and a word for people ("10 people in this
// department", "3 Personen in dieser Abteilung", "8 pessoas neste
// departamento"). A name never begins with a number.
var headcountLine = regexp.MustCompile(`^\d{1,6} (?:people|persons|employees|learners|users|staff|members|` +
	`personen|mitarbeiter\w*|beschaftigte|teilnehmer\w*|personnes|salaries|collaborateurs|employes|apprenants|` +
	`personas|empleados|colaboradores|participantes|persone|dipendenti|collaboratori|partecipanti|` +
	`medewerkers|werknemers|deelnemers|pessoas|funcionarios)\b`)

// check compares the people a report's count lines state with the rows
// read: the last line counts all groups when its people are the sum of
// the lines above it. A report whose total says otherwise was not read
// whole, or read rows that are no person.
func (g *groupTotals) check(listed int, header string) error {
	if len(g.counts) < 2 {
		return nil
	}
	last := g.counts[len(g.counts)-1]
	sum := 0
	for _, c := range g.counts[:len(g.counts)-1] {
		sum += c[1]
	}
	if sum != last[1] || last[1] == listed {
		return nil
	}
	return fmt.Errorf("%w: under the header %q, the total line %q counts %d people, and %d rows name one",
		ErrUnclearRows, header, g.quote, last[1], listed)
}
