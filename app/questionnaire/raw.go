package questionnaire

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// The raw* types mirror the YAML file one to one. Each records the line it
// started on, and each rejects keys it does not know: yaml.v3's KnownFields
// does not reach into types with their own UnmarshalYAML, and a misspelt
// "showif" silently ignored would show a question that should be hidden.

// str is a scalar with the position it came from, so checks made after
// decoding (duplicate ids, expressions) can still name a line.
type str struct {
	Value string
	Line  int
	Style yaml.Style
}

// UnmarshalYAML keeps the scalar's text and position.
func (s *str) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return typeErr(n.Line, "expected a single value, not a list or mapping")
	}
	*s = str{Value: n.Value, Line: n.Line, Style: n.Style}
	return nil
}

// lineOf maps a line inside a multi-line expression to a line of the file.
// Only literal blocks (|) keep their line breaks; folded and plain scalars
// are joined into one line, so for them the scalar's own line is the best
// answer.
func (s str) lineOf(exprLine int) int {
	if s.Style&yaml.LiteralStyle != 0 && exprLine > 0 {
		return s.Line + exprLine
	}
	return s.Line
}

type rawDefinition struct {
	ID       str          `yaml:"id"`
	Version  str          `yaml:"version"`
	Title    str          `yaml:"title"`
	Summary  string       `yaml:"summary"`
	Control  str          `yaml:"control"`
	Related  []rawRelated `yaml:"related"`
	Mappings []rawMapping `yaml:"mappings"`
	Sections []rawSection `yaml:"sections"`
	RedFlags []rawRedFlag `yaml:"red_flags"`
	line     int
}

type rawRelated struct {
	ID   str    `yaml:"id"`
	Name string `yaml:"name"`
	Why  string `yaml:"why"`
	line int
}

type rawMapping struct {
	Framework str      `yaml:"framework"`
	Controls  []string `yaml:"controls"`
	Coverage  str      `yaml:"coverage"`
	line      int
}

type rawSection struct {
	ID        str           `yaml:"id"`
	Title     str           `yaml:"title"`
	Intro     string        `yaml:"intro"`
	Questions []rawQuestion `yaml:"questions"`
	line      int
}

type rawQuestion struct {
	ID         str         `yaml:"id"`
	Type       str         `yaml:"type"`
	Text       str         `yaml:"text"`
	Help       str         `yaml:"help"`
	Options    []rawOption `yaml:"options"`
	Min        *float64    `yaml:"min"`
	Max        *float64    `yaml:"max"`
	MaxLength  *int        `yaml:"max_length"`
	Accept     []str       `yaml:"accept"`
	Required   bool        `yaml:"required"`
	RequiredIf str         `yaml:"required_if"`
	ShowIf     str         `yaml:"show_if"`
	Points     *rawPoints  `yaml:"points"`
	line       int
}

type rawOption struct {
	ID     str     `yaml:"id"`
	Label  str     `yaml:"label"`
	Points float64 `yaml:"points"`
	line   int
}

type rawPoints struct {
	Yes        *float64  `yaml:"yes"`
	No         *float64  `yaml:"no"`
	Present    *float64  `yaml:"present"`
	Unreadable *float64  `yaml:"unreadable"`
	Bands      []rawBand `yaml:"bands"`
	line       int
}

type rawBand struct {
	Min    *float64 `yaml:"min"`
	Points float64  `yaml:"points"`
	line   int
}

type rawRedFlag struct {
	ID          str   `yaml:"id"`
	Severity    str   `yaml:"severity"`
	Title       str   `yaml:"title"`
	Explanation str   `yaml:"explanation"`
	Quote       str   `yaml:"quote"`
	When        str   `yaml:"when"`
	QuestionIDs []str `yaml:"question_ids"`
	line        int
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawDefinition) UnmarshalYAML(n *yaml.Node) error {
	type plain rawDefinition
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawRelated) UnmarshalYAML(n *yaml.Node) error {
	type plain rawRelated
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawMapping) UnmarshalYAML(n *yaml.Node) error {
	type plain rawMapping
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawSection) UnmarshalYAML(n *yaml.Node) error {
	type plain rawSection
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawQuestion) UnmarshalYAML(n *yaml.Node) error {
	type plain rawQuestion
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawOption) UnmarshalYAML(n *yaml.Node) error {
	type plain rawOption
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawPoints) UnmarshalYAML(n *yaml.Node) error {
	type plain rawPoints
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawBand) UnmarshalYAML(n *yaml.Node) error {
	type plain rawBand
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// UnmarshalYAML decodes strictly and records the line.
func (r *rawRedFlag) UnmarshalYAML(n *yaml.Node) error {
	type plain rawRedFlag
	r.line = n.Line
	return decodeStrict(n, (*plain)(r))
}

// decodeStrict decodes mapping n into out after checking every key against
// out's yaml tags. Problems come back as a *yaml.TypeError so that yaml.v3
// keeps decoding and reports them all together rather than stopping at the
// first.
func decodeStrict(n *yaml.Node, out any) error {
	if n.Kind != yaml.MappingNode {
		return typeErr(n.Line, "expected a mapping of keys to values")
	}
	known := yamlKeys(reflect.TypeOf(out).Elem())
	var problems []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !known[k.Value] {
			problems = append(problems, fmt.Sprintf("line %d: unknown key %q (known keys: %s)", k.Line, k.Value, strings.Join(sortedKeys(known), ", ")))
		}
	}
	if err := n.Decode(out); err != nil {
		te, ok := err.(*yaml.TypeError)
		if !ok {
			return err
		}
		problems = append(problems, te.Errors...)
	}
	if len(problems) > 0 {
		return &yaml.TypeError{Errors: problems}
	}
	return nil
}

// yamlKeys lists the keys a struct accepts, from its yaml tags.
func yamlKeys(t reflect.Type) map[string]bool {
	keys := map[string]bool{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			keys[name] = true
		}
	}
	return keys
}

func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}

func typeErr(line int, msg string) error {
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %s", line, msg)}}
}
