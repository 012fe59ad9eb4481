package questionnaire

import "slices"

// PublicDefinition is the part of a definition a vendor may see, ready for
// JSON. It deliberately leaves out points, conditions and red-flag rules:
// a vendor who could read them could tune answers to the scoring, and
// visibility is decided on the server, which the page asks after each save.
type PublicDefinition struct {
	ID       string           `json:"id"`
	Version  string           `json:"version"`
	Title    string           `json:"title"`
	Summary  string           `json:"summary"`
	Control  string           `json:"control"`
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

// PublicQuestion is a question as the vendor sees it. Required is the
// unconditional flag only; whether a required_if question is currently
// required comes from Missing or IsRequired.
type PublicQuestion struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Text      string   `json:"text"`
	Help      string   `json:"help"`
	Options   []Option `json:"options,omitempty"`
	Min       *float64 `json:"min,omitempty"`
	Max       *float64 `json:"max,omitempty"`
	MaxLength int      `json:"max_length,omitempty"`
	Accept    []string `json:"accept,omitempty"`
	Required  bool     `json:"required"`
}

// Public returns a copy of the definition that is safe to send to a vendor.
func (d *Definition) Public() PublicDefinition {
	p := PublicDefinition{
		ID:       d.ID,
		Version:  d.Version,
		Title:    d.Title,
		Summary:  d.Summary,
		Control:  d.Control,
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
			ps.Questions = append(ps.Questions, PublicQuestion{
				ID:        q.ID,
				Type:      q.Type,
				Text:      q.Text,
				Help:      q.Help,
				Options:   slices.Clone(q.Options),
				Min:       clonePtr(q.Min),
				Max:       clonePtr(q.Max),
				MaxLength: q.MaxLength,
				Accept:    slices.Clone(q.Accept),
				Required:  q.Required,
			})
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
