package questionnaire

import "slices"

// Answers holds a vendor's answers keyed by question id, as decoded from
// JSON: yesno → bool, single → option id string, multi → []any or []string of
// option ids, number → float64 (int and json.Number are accepted too), date →
// "YYYY-MM-DD" string, text → string. Evidence questions never appear here;
// their files are tracked separately.
type Answers map[string]any

// The question types a questionnaire file may use.
const (
	TypeYesNo    = "yesno"
	TypeSingle   = "single"
	TypeMulti    = "multi"
	TypeNumber   = "number"
	TypeDate     = "date"
	TypeText     = "text"
	TypeEvidence = "evidence"
)

// DefaultMaxLength caps a text answer when the file sets no max_length, so
// no text question is unbounded.
const DefaultMaxLength = 2000

// Definition is one parsed, checked questionnaire version. Its exported
// fields are read-only after Parse; the compiled conditions, rules and
// weights stay unexported so callers go through the methods.
type Definition struct {
	About
	Hash     string // sha256 hex of the file bytes: what an assessment pins
	Sections []*Section
	Related  []RelatedControl
	Mappings []Mapping

	file        string
	source      string               // the file's bytes, kept with the assessments sent with it
	versionLine int                  // where version is set, for registry conflicts
	questions   []*Question          // file order
	byID        map[string]*Question // every question, evidence included
	visOrder    []*Question          // show_if dependencies before dependents
	rules       []*rule
}

// About names a questionnaire version and says what it is for: the header
// of its file, shown to vendors as it stands.
type About struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	Control string `json:"control"`
}

// Section groups questions under a heading the vendor sees.
type Section struct {
	ID        string
	Title     string
	Intro     string
	Questions []*Question
}

// RelatedControl is another control that the questionnaire's control leans
// on, with the reason, shown to analysts and vendors for context.
type RelatedControl struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Why  string `json:"why"`
}

// Mapping says which controls of another framework this questionnaire also
// evidences, and whether fully or partially.
type Mapping struct {
	Framework string   `json:"framework"`
	Controls  []string `json:"controls"`
	Coverage  string   `json:"coverage"` // "full" or "partial"
}

// Question is one question of a definition. RequiredIf and ShowIf keep the
// source text of their conditions for display; the compiled programs and the
// scoring weights are unexported.
type Question struct {
	Prompt
	RequiredIf string
	ShowIf     string

	line       int
	showIf     *condition
	requiredIf *condition
	weights    weights
}

// Prompt is a question as it is put to the vendor, all a vendor may see of it: Required is the
// unconditional flag only; whether a required_if question is currently required comes from
// Missing or IsRequired.
type Prompt struct {
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
	// AllowNA lets the vendor mark the question not applicable, with a reason, instead of
	// answering it; such a question then counts as answered and earns no points.
	AllowNA bool `json:"allow_not_applicable,omitempty"`
}

// clone copies the prompt, so that the copy shares nothing with the definition.
func (p Prompt) clone() Prompt {
	p.Options = slices.Clone(p.Options)
	p.Min, p.Max = clonePtr(p.Min), clonePtr(p.Max)
	p.Accept = slices.Clone(p.Accept)
	return p
}

// Option is one choice of a single or multi question.
type Option struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// weights is what each answer to a question is worth towards the score.
// Only the fields that fit the question's type are set.
type weights struct {
	Options    map[string]float64 // single and multi: points per option id
	Yes, No    float64            // yesno
	Present    float64            // evidence: at least one file that is stored or read
	Unreadable float64            // evidence: files uploaded, but every one failed to read
	Bands      []Band             // number: highest Min first; the first band reached counts
}

// Band awards Points to a number answer of at least Min.
type Band struct {
	Min    float64
	Points float64
}

// Source returns the file the definition was parsed from, byte for byte, so
// it can be kept with the assessments sent with it.
func (d *Definition) Source() string { return d.source }

// Questions returns every question in file order, evidence questions
// included.
func (d *Definition) Questions() []*Question {
	return slices.Clone(d.questions)
}

// Question returns the question with the given id.
func (d *Definition) Question(id string) (*Question, bool) {
	q, ok := d.byID[id]
	return q, ok
}

// MaxPoints is the most the question can earn. Questions worth nothing
// (text, date, or no points in the file) do not count towards the score.
func (q *Question) MaxPoints() float64 {
	w := q.weights
	switch q.Type {
	case TypeYesNo:
		return max(w.Yes, w.No)
	case TypeSingle:
		best := 0.0
		for _, p := range w.Options {
			best = max(best, p)
		}
		return best
	case TypeMulti:
		sum := 0.0
		for _, p := range w.Options {
			sum += p
		}
		return sum
	case TypeNumber:
		best := 0.0
		for _, b := range w.Bands {
			best = max(best, b.Points)
		}
		return best
	case TypeEvidence:
		return max(w.Present, w.Unreadable)
	}
	return 0
}

// Points is what an answer earns under the file's weights. value is a
// normalized answer (see Effective), nil when unanswered; files describes
// the uploads of an evidence question and is ignored for the other types.
// An unanswered question earns nothing; whether it counts towards the
// maximum is the caller's call (hidden questions should not).
func (q *Question) Points(value any, files EvidenceState) float64 {
	w := q.weights
	switch q.Type {
	case TypeYesNo:
		if b, ok := value.(bool); ok {
			if b {
				return w.Yes
			}
			return w.No
		}
	case TypeSingle:
		if s, ok := value.(string); ok {
			return w.Options[s]
		}
	case TypeMulti:
		sum := 0.0
		for _, s := range asStrings(value) {
			sum += w.Options[s]
		}
		return sum
	case TypeNumber:
		if f, ok := value.(float64); ok {
			for _, b := range w.Bands {
				if f >= b.Min {
					return b.Points
				}
			}
		}
	case TypeEvidence:
		switch {
		case files.Usable > 0:
			return w.Present
		case files.Failed > 0:
			return w.Unreadable
		}
	}
	return 0
}

// hasOption reports whether id is one of the question's option ids.
func (q *Question) hasOption(id string) bool {
	for _, o := range q.Options {
		if o.ID == id {
			return true
		}
	}
	return false
}

// optionIDs lists the question's option ids in file order, for messages.
func (q *Question) optionIDs() []string {
	ids := make([]string, len(q.Options))
	for i, o := range q.Options {
		ids[i] = o.ID
	}
	return ids
}
