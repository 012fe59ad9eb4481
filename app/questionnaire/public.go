package questionnaire

import "slices"

// PublicDefinition is the part of a definition a vendor may see, ready for
// JSON. It deliberately leaves out points, conditions and red-flag rules:
// a vendor who could read them could tune answers to the scoring, and
// visibility is decided on the server, which the page asks after each save.
type PublicDefinition struct {
	About
	Sections []PublicSection  `json:"sections"`
	Related  []RelatedControl `json:"related"`
	Mappings []Mapping        `json:"mappings"`
}

// PublicSection is a section as the vendor sees it.
type PublicSection struct {
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Intro     string           `json:"intro,omitempty"`
	Questions []PublicQuestion `json:"questions"`
}

// PublicQuestion is a question as the vendor sees it.
type PublicQuestion = Prompt

// Public returns a copy of the definition that is safe to send to a vendor.
func (d *Definition) Public() PublicDefinition {
	p := PublicDefinition{
		About:    d.About,
		Sections: make([]PublicSection, 0, len(d.Sections)),
		Related:  slices.Clone(d.Related),
		Mappings: make([]Mapping, 0, len(d.Mappings)),
	}
	for _, m := range d.Mappings {
		m.Controls = slices.Clone(m.Controls)
		p.Mappings = append(p.Mappings, m)
	}
	for _, s := range d.Sections {
		ps := PublicSection{ID: s.ID, Title: s.Title, Intro: s.Intro, Questions: make([]PublicQuestion, 0, len(s.Questions))}
		for _, q := range s.Questions {
			ps.Questions = append(ps.Questions, q.Prompt.clone())
		}
		p.Sections = append(p.Sections, ps)
	}
	return p
}

func clonePtr(f *float64) *float64 {
	if f == nil {
		return nil
	}
	v := *f
	return &v
}
