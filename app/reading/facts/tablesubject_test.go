package facts

import (
	"errors"
	"testing"
)

// subjectHeaders are the header of the course and of the policy column of
// a history export, by language.
var subjectHeaders = map[string][2]string{
	"en": {"Course", "Policy"}, "de": {"Kurs", "Richtlinie"}, "fr": {"Formation", "Politique"},
	"es": {"Curso", "Política"}, "it": {"Corso", "Politica"}, "nl": {"Opleiding", "Beleid"}, "pt": {"Curso", "Política"},
}

// TestTrainingHistory: a learning history with a row per person and course
// is read from the security course's rows only, a person's latest row for
// it counting once; two courses that could both be the security course
// give nothing, and a list where only a few people have another course's
// row too is read whole.
func TestTrainingHistory(t *testing.T) {
	for _, g := range groupLangs {
		l := matrixLangFor(t, g.lang)
		course := subjectHeaders[g.lang][0]
		history := func(security2 string) Document {
			return sheet("History",
				row(g.person, l.dept, course, g.status, g.date),
				row("Ana Lima", "Sales", l.other1, g.done, "12/03/2024"),
				row("Ana Lima", "Sales", l.security, g.done, "14/10/2025"),
				row("Ana Lima", "Sales", l.other2, g.open, ""),
				row("Rui Dias", "Sales", l.other1, g.done, "13/03/2024"),
				row("Rui Dias", "Sales", security2, g.done, "02/02/2024"),
				row("Rui Dias", "Sales", l.security, g.open, ""),
				row("Eva Berg", "Finance", l.other1, g.open, ""),
				row("Eva Berg", "Finance", l.security, g.done, "23/11/2025"),
				row("Eva Berg", "Finance", l.other2, g.done, "16/03/2024"),
			)
		}
		t.Run(g.lang, func(t *testing.T) {
			// Rui Dias's earlier completion is followed by a row still open.
			checkTrainingRead(t, history(l.security), 3, 2, 66.7, "2025-11-23", "2025-10-14")
			// Near miss: two courses could be the security course.
			if tr, err := Training(history(l.security + " (refresher)")); !errors.Is(err, ErrUnclearRows) {
				t.Errorf("two security courses: completed %+v, err %v; want ErrUnclearRows", tr.Completed, err)
			}
			// Near miss: one person of three has another course's row.
			few := sheet("List",
				row(g.person, course, g.status, g.date),
				row("Ana Lima", l.security, g.done, "14/10/2025"),
				row("Rui Dias", l.security, g.open, ""),
				row("Eva Berg", l.security, g.done, "23/11/2025"),
				row("Eva Berg", l.other1, g.done, "16/03/2024"),
			)
			if tr, err := Training(few); err != nil || tr.Rows.Value != 4 || tr.Completed.Value != 3 {
				t.Errorf("a list with one other course's row: rows %+v completed %+v err %v; want 4, 3", tr.Rows, tr.Completed, err)
			}
		})
	}
}

// matrixLangFor is the matrix wording of a language.
func matrixLangFor(t *testing.T, lang string) matrixLang {
	t.Helper()
	for _, l := range matrixLangs {
		if l.lang == lang {
			return l
		}
	}
	t.Fatalf("no matrix wording for %s", lang)
	return matrixLang{}
}

// TestAckHistory: a log with a row per person and policy answers for the
// information security policy's rows only; two policies that could both
// be it give no facts.
func TestAckHistory(t *testing.T) {
	for _, l := range ackLangs {
		policy := subjectHeaders[l.lang][1]
		history := func(other string) [][]string {
			return [][]string{
				{l.person, l.dept, policy, l.signedOn},
				{"Ada Quist", "Ops", l.otherA, "2024-01-13"},
				{"Ada Quist", "Ops", l.policy, "2025-02-14"},
				{"Ada Quist", "Ops", other, "2024-01-22"},
				{"Bo Lindqvist", "Ops", l.otherA, "2024-01-15"},
				{"Bo Lindqvist", "Ops", l.policy, ""},
				{"Bo Lindqvist", "Ops", other, "2024-04-28"},
				{"Cyra Mendel", "Sales", l.otherA, ""},
				{"Cyra Mendel", "Sales", l.policy, "2025-03-18"},
				{"Cyra Mendel", "Sales", other, "2024-11-02"},
			}
		}
		checkAck(t, l.lang+" history", sheet("x", history(l.otherB)...), ackWant{3, 2, "2025-03-18", "2025-02-14"})
		checkAck(t, l.lang+" history of two security policies", sheet("x", history(l.policy+" (draft)")...), ackWant{})
	}
}

// checkTrainingRead reads doc as a training report and checks its people,
// completions, rate and newest and oldest completion.
func checkTrainingRead(t *testing.T, doc Document, people, completed int, rate float64, newest, oldest string) {
	t.Helper()
	tr, err := Training(doc)
	if err != nil {
		t.Fatal(err)
	}
	if tr.People.Value != people || tr.Completed.Value != completed || tr.CompletionRate.Value != rate {
		t.Errorf("people %+v completed %+v rate %+v, want %d, %d, %v", tr.People, tr.Completed, tr.CompletionRate, people, completed, rate)
	}
	if string(tr.NewestCompletion.Value) != newest || string(tr.OldestCompletion.Value) != oldest {
		t.Errorf("newest %+v oldest %+v, want %s and %s", tr.NewestCompletion, tr.OldestCompletion, newest, oldest)
	}
}
