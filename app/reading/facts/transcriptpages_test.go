package facts

import (
	"strings"
	"testing"
)

// TestTranscriptBlockOverPages: a person's transcript block that goes on
// over a page break, its opening line printed again on the next page
// (with their number, without it, or with a word of continuing), is one
// block: the person and their row count once, in the seven languages, in
// a spreadsheet and in a printed report's text. Near miss: two people of
// one name, each with a number of their own, one block after the other,
// are two.
func TestTranscriptBlockOverPages(t *testing.T) {
	cont := map[string]string{"en": "continued", "de": "Fortsetzung", "fr": "suite", "es": "continuación", "it": "segue", "nl": "vervolg", "pt": "continuação"}
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			head := row(l.course, l.result, l.completed)
			for name, again := range map[string]string{
				"number again":  l.learner + ": Ana Lima (1001)",
				"name only":     l.learner + ": Ana Lima",
				"word of going": l.learner + ": Ana Lima (" + cont[l.lang] + ")",
			} {
				rows := [][]string{
					row(l.learner + ": Ana Lima (1001)"), head,
					row(l.other, l.passed, "2026-01-04"),
					row("Page 1 / 2"),
					row(again), head,
					row(l.security, l.passed, "2026-02-03"),
					row(l.learner + ": Rui Dias (1002)"), head,
					row(l.security, l.notStarted, ""),
					row(l.learner + ": Eva Berg (1003)"), head,
					row(l.security, l.passed, "2026-02-07"),
				}
				checkTrainingRead(t, sheet("Transcript", rows...), 3, 2, 66.7, "2026-02-07", "2026-02-03")
				var lines []string
				for _, r := range rows {
					lines = append(lines, strings.Join(r, "    "))
				}
				tr, err := Training(text(lines...))
				if err != nil || tr.Rows.Value != 3 || tr.Completed.Value != 2 {
					t.Errorf("%s, printed: rows %+v, completed %+v, %v; want 3 rows, 2 completed", name, tr.Rows, tr.Completed, err)
				}
			}
			// The security course on both pages: a failed attempt before
			// the break, the pass after it, counted once.
			attempts := sheet("Transcript",
				row(l.learner+": Ana Lima (1001)"), head, row(l.security, l.failed, "2026-01-20"),
				row("Page 1 / 2"),
				row(l.learner+": Ana Lima (1001)"), head, row(l.security, l.passed, "2026-02-03"),
				row(l.learner+": Rui Dias (1002)"), head, row(l.security, l.notStarted, ""),
				row(l.learner+": Eva Berg (1003)"), head, row(l.security, l.passed, "2026-02-07"),
			)
			checkTrainingRead(t, attempts, 3, 2, 66.7, "2026-02-07", "2026-02-03")
			if tr, _ := Training(attempts); tr.Rows.Value != 3 {
				t.Errorf("attempts over the break: rows %+v, want 3", tr.Rows)
			}
			namesakes := sheet("Transcript",
				row(l.learner+": Ana Lima (1001)"), head, row(l.security, l.passed, "2026-02-03"),
				row(l.learner+": Ana Lima (1044)"), head, row(l.security, l.notStarted, ""),
				row(l.learner+": Eva Berg (1003)"), head, row(l.security, l.passed, "2026-02-07"),
			)
			checkTrainingRead(t, namesakes, 3, 2, 66.7, "2026-02-07", "2026-02-03")
		})
	}
}
