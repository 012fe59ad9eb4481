package facts

import (
	"testing"
)

// TestReissueMarkOwnClause: on a line listing several issues one after
// another, a word of the current issue marks the issue whose clause it
// stands in, never the next one: in "re-issued 2024-05-14 (current),
// re-issued 2021-05-11" the word comes after 2024-05-14 and is not the
// 2021 issue's, so the run of re-issues marks neither (reissueRuns leaves
// every one of them no issue date), in the seven languages. Near misses:
// the current issue marked in its own clause is the issue date, on one
// line or on lines of their own.
func TestReissueMarkOwnClause(t *testing.T) {
	for _, c := range []struct {
		name, want string // want: the date reissueRuns leaves the issue's, "" for none
		lines      []string
	}{
		{"en", "", []string{"History: re-issued 2024-05-14 (current), re-issued 2021-05-11"}},
		{"en, no comma", "", []string{"History: re-issued 2024-05-14 (current) re-issued 2021-05-11"}},
		{"de", "", []string{"Neu ausgestellt am 14.05.2024 (aktuelle Fassung); neu ausgestellt am 11.05.2021"}},
		{"fr", "", []string{"Réémis le 14/05/2024 (en vigueur) ; réémis le 11/05/2021"}},
		{"es", "", []string{"Reexpedido el 14/05/2024, vigente; reexpedido el 11/05/2021"}},
		{"it", "", []string{"Riemesso il 14/05/2024 (in vigore) - riemesso il 11/05/2021"}},
		{"nl", "", []string{"Heruitgegeven op 14-05-2024 (huidige), heruitgegeven op 11-05-2021"}},
		{"pt", "", []string{"Reemitido em 14/05/2024 (em vigor); reemitido em 11/05/2021"}},
		// Near misses: the mark in the current issue's own clause.
		{"en near miss: marked in its clause", "2024-05-14", []string{"Re-issued 2021-05-11; current certificate re-issued 2024-05-14"}},
		{"de near miss: marked in its clause", "2024-05-14", []string{"Neu ausgestellt am 11.05.2021, aktuelle Fassung neu ausgestellt am 14.05.2024"}},
		{"fr near miss: marked first", "2024-05-14", []string{"Version en vigueur réémise le 14/05/2024 ; réémis le 11/05/2021"}},
		{"es near miss: lines of their own", "2024-05-14", []string{"Reexpedido el 11/05/2021", "Vigente: reexpedido el 14/05/2024"}},
		{"it near miss: marked after a dash", "2024-05-14", []string{"Riemesso il 11/05/2021 - versione vigente riemessa il 14/05/2024"}},
		{"nl near miss: marked after a full stop", "2024-05-14", []string{"Heruitgegeven op 11-05-2021. Huidige versie heruitgegeven op 14-05-2024"}},
		{"pt near miss: marked first on its line", "2024-05-14", []string{"Versão em vigor reemitida em 14/05/2024; reemitido em 11/05/2021"}},
	} {
		ds := reissueRuns(c.lines, labelledDatesIn(c.lines, certificateDateLabels, DayFirst))
		var issued []string
		for _, d := range ds {
			if d.kind == dateIssued {
				issued = append(issued, d.Date.Format("2006-01-02"))
			}
		}
		switch {
		case c.want == "" && len(issued) > 0, c.want != "" && (len(issued) != 1 || issued[0] != c.want):
			t.Errorf("%s: issue dates %v, want %q", c.name, issued, c.want)
		}
	}
}
