package questionnaire

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// The raw* types mirror the YAML file one to one. decodeStrict walks the
// parsed document into them: each records the line it started on (its
// embedded pos) and rejects keys it does not know, since a misspelt "showif"
// silently ignored would show a question that should be hidden.

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
	pos
}

type rawRelated struct {
	ID   str    `yaml:"id"`
	Name string `yaml:"name"`
	Why  string `yaml:"why"`
	pos
}

type rawMapping struct {
	Framework str      `yaml:"framework"`
	Controls  []string `yaml:"controls"`
	Coverage  str      `yaml:"coverage"`
	pos
}

type rawSection struct {
	ID        str           `yaml:"id"`
	Title     str           `yaml:"title"`
	Intro     string        `yaml:"intro"`
	Questions []rawQuestion `yaml:"questions"`
	pos
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
	AllowNA    bool        `yaml:"allow_not_applicable"`
	RequiredIf str         `yaml:"required_if"`
	ShowIf     str         `yaml:"show_if"`
	Points     *rawPoints  `yaml:"points"`
	pos
}

type rawOption struct {
	ID     str     `yaml:"id"`
	Label  str     `yaml:"label"`
	Points float64 `yaml:"points"`
	pos
}

type rawPoints struct {
	Yes        *float64  `yaml:"yes"`
	No         *float64  `yaml:"no"`
	Present    *float64  `yaml:"present"`
	Unreadable *float64  `yaml:"unreadable"`
	Bands      []rawBand `yaml:"bands"`
	pos
}

type rawBand struct {
	Min    *float64 `yaml:"min"`
	Points float64  `yaml:"points"`
	pos
}

type rawRedFlag struct {
	ID          str   `yaml:"id"`
	Severity    str   `yaml:"severity"`
	Title       str   `yaml:"title"`
	Explanation str   `yaml:"explanation"`
	Quote       str   `yaml:"quote"`
	When        str   `yaml:"when"`
	QuestionIDs []str `yaml:"question_ids"`
	pos
}

// pos is the line a raw mapping started on; decodeStrict fills it in.
type pos struct{ Line int }

var posType = reflect.TypeFor[pos]()

// isRaw reports whether t is one of the raw* mapping types, which decodeStrict checks key by key.
func isRaw(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	f, ok := t.FieldByName("pos")
	return ok && f.Anonymous && f.Type == posType
}

// decodeStrict decodes n into v. A raw* mapping rejects keys its yaml tags do not name, and
// duplicate keys, and records its line; slices and pointers of raw types are walked the same
// way; every other value is decoded by yaml.v3. Problems are collected in document order, so a
// file's mistakes are reported together rather than one per run.
func decodeStrict(n *yaml.Node, v reflect.Value) []string {
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == 0 || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Pointer && isRaw(t.Elem()):
		p := reflect.New(t.Elem())
		problems := decodeStrict(n, p.Elem())
		v.Set(p)
		return problems
	case t.Kind() == reflect.Slice && isRaw(t.Elem()) && n.Kind == yaml.SequenceNode:
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		var problems []string
		for i, item := range n.Content {
			problems = append(problems, decodeStrict(item, s.Index(i))...)
		}
		v.Set(s)
		return problems
	case isRaw(t):
		return decodeMapping(n, v)
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return te.Errors
		}
		return []string{err.Error()}
	}
	return nil
}

// decodeMapping decodes mapping n into the raw struct v field by field.
func decodeMapping(n *yaml.Node, v reflect.Value) []string {
	if n.Kind != yaml.MappingNode {
		return []string{fmt.Sprintf("line %d: expected a mapping of keys to values", n.Line)}
	}
	v.FieldByName("Line").SetInt(int64(n.Line))
	fields := yamlFields(v.Type())
	var problems []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if _, ok := fields[k.Value]; !ok {
			problems = append(problems, fmt.Sprintf("line %d: unknown key %q (known keys: %s)", k.Line, k.Value, strings.Join(slices.Sorted(maps.Keys(fields)), ", ")))
		}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if first, dup := seen[k.Value]; dup {
			problems = append(problems, fmt.Sprintf("line %d: mapping key %q already defined at line %d", k.Line, k.Value, first))
		} else {
			seen[k.Value] = k.Line
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if f, ok := fields[n.Content[i].Value]; ok {
			problems = append(problems, decodeStrict(n.Content[i+1], v.Field(f))...)
		}
	}
	return problems
}

// yamlFields maps the keys a struct accepts, from its yaml tags, to their field index.
func yamlFields(t reflect.Type) map[string]int {
	keys := map[string]int{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			keys[name] = i
		}
	}
	return keys
}

func typeErr(line int, msg string) error {
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %s", line, msg)}}
}
