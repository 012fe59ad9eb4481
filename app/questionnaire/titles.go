package questionnaire

import (
	"cmp"
	"slices"

	"assay/app/evidence"
)

// Named is an id with its title, as a select offers it.
type Named struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// RedFlags lists the definition's red-flag rules by id and title, in file order.
func (d *Definition) RedFlags() []Named {
	out := make([]Named, len(d.rules))
	for i, r := range d.rules {
		out[i] = Named{ID: r.id, Title: r.title}
	}
	return out
}

// Titles names questions and red flags for people, across questionnaires and their versions:
// pages, exports and reports show titles, and ids only where an analyst needs them. An id
// no installed questionnaire knows reads as its words, never as the id itself.
type Titles struct {
	questionnaires, questions, flags map[string]string
	flagList                         []Named
}

// NewTitles gathers the titles of defs; a later definition's title wins, so passing the
// registry's All (oldest version first) names everything as the newest version does.
func NewTitles(defs ...*Definition) Titles {
	t := Titles{questionnaires: map[string]string{}, questions: map[string]string{}, flags: map[string]string{}}
	for _, d := range defs {
		t.questionnaires[d.ID] = d.Title
		for _, q := range d.questions {
			t.questions[q.ID] = q.Text
		}
		for _, f := range d.RedFlags() {
			t.flags[f.ID] = f.Title
		}
	}
	for id, title := range t.flags {
		t.flagList = append(t.flagList, Named{ID: id, Title: title})
	}
	slices.SortFunc(t.flagList, func(a, b Named) int { return cmp.Or(cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID)) })
	return t
}

// Questionnaire is the title of questionnaire id.
func (t Titles) Questionnaire(id string) string {
	if s, ok := t.questionnaires[id]; ok {
		return s
	}
	return evidence.Words(id)
}

// Question is the text of question id.
func (t Titles) Question(id string) string {
	if s, ok := t.questions[id]; ok {
		return s
	}
	return evidence.Words(id)
}

// Flag is the title of red flag id.
func (t Titles) Flag(id string) string {
	if s, ok := t.flags[id]; ok {
		return s
	}
	return evidence.Words(id)
}

// Flags lists every red flag by title, for a filter to choose from.
func (t Titles) Flags() []Named { return slices.Clone(t.flagList) }
