package questionnaire

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

var (
	definitionIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	versionPattern      = regexp.MustCompile(`^\d+\.\d+\.\d+$`)
	// Question and option ids must be expression identifiers, because
	// conditions name questions directly (training_program == "none").
	identPattern     = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	sectionIDPattern = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
	ruleIDPattern    = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
)

var (
	questionTypes = []string{TypeYesNo, TypeSingle, TypeMulti, TypeNumber, TypeDate, TypeText, TypeEvidence}
	acceptTypes   = []string{"pdf", "png", "jpeg", "docx", "xlsx", "csv", "txt"}
	severities    = []string{"critical", "high", "medium", "low"}
	coverages     = []string{"full", "partial"}
)

// AcceptTypes lists the file types an evidence question may accept, so the
// evidence store can map them to sniffed content types.
func AcceptTypes() []string { return slices.Clone(acceptTypes) }

// Severities lists red-flag severities from most to least severe.
func Severities() []string { return slices.Clone(severities) }

// loader collects every problem in a file instead of stopping at the first,
// so an author fixes a file in one pass.
type loader struct {
	file string
	errs []error
	def  *Definition
	// lines of each question's id, for duplicate and cycle messages
	qline map[string]int
	// type-checking environments, built once all questions are known
	envs [ruleScope + 1]map[string]any
}

func (l *loader) errf(line int, format string, args ...any) {
	l.errs = append(l.errs, &ParseError{File: l.file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// at returns the line of s, or fallback when the key was absent.
func at(s str, fallback int) int {
	if s.Line > 0 {
		return s.Line
	}
	return fallback
}

// Parse reads one questionnaire file and checks it completely: structure,
// ids, types, options, weights, expressions and templates. Every error names
// filename:line; all problems found are returned together.
func Parse(filename string, data []byte) (*Definition, error) {
	l := &loader{file: filename, qline: map[string]int{}}
	var raw rawDefinition
	var doc yaml.Node
	var problems []string
	if err := yaml.Unmarshal(data, &doc); err != nil {
		problems = append(problems, err.Error())
	} else {
		problems = decodeStrict(&doc, reflect.ValueOf(&raw).Elem())
	}
	if len(problems) > 0 {
		for _, msg := range problems {
			l.errs = append(l.errs, fromYAML(filename, msg))
		}
		return nil, errors.Join(l.errs...)
	}
	sum := sha256.Sum256(data)
	d := &Definition{
		About: About{
			ID:      raw.ID.Value,
			Version: raw.Version.Value,
			Title:   raw.Title.Value,
			Summary: strings.TrimSpace(raw.Summary),
			Control: raw.Control.Value,
		},
		Hash:        hex.EncodeToString(sum[:]),
		file:        filename,
		source:      string(data),
		versionLine: raw.Version.Line,
		byID:        map[string]*Question{},
	}
	l.def = d
	l.header(raw)
	l.related(raw.Related)
	l.mappings(raw.Mappings)
	l.sections(raw)
	l.conditions(raw)
	l.rules(raw.RedFlags)
	// Ordering and the smoke run need every expression compiled.
	if len(l.errs) == 0 {
		l.order()
	}
	if len(l.errs) == 0 {
		l.smoke()
	}
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return d, nil
}

func (l *loader) header(raw rawDefinition) {
	line := max(raw.Line, 1)
	switch {
	case raw.ID.Value == "":
		l.errf(line, "id is required")
	case !definitionIDPattern.MatchString(raw.ID.Value):
		l.errf(raw.ID.Line, "id %q must be lowercase letters, digits, dots and dashes", raw.ID.Value)
	}
	switch {
	case raw.Version.Value == "":
		l.errf(line, "version is required")
	case !versionPattern.MatchString(raw.Version.Value):
		l.errf(raw.Version.Line, "version %q must look like 1.0.0", raw.Version.Value)
	}
	if raw.Title.Value == "" {
		l.errf(line, "title is required")
	}
	if raw.Control.Value == "" {
		l.errf(line, "control is required")
	}
}

func (l *loader) related(rs []rawRelated) {
	for _, r := range rs {
		if r.ID.Value == "" || strings.TrimSpace(r.Name) == "" || strings.TrimSpace(r.Why) == "" {
			l.errf(r.Line, "a related control needs id, name and why")
			continue
		}
		l.def.Related = append(l.def.Related, RelatedControl{ID: r.ID.Value, Name: strings.TrimSpace(r.Name), Why: strings.TrimSpace(r.Why)})
	}
}

func (l *loader) mappings(ms []rawMapping) {
	for _, m := range ms {
		switch {
		case m.Framework.Value == "":
			l.errf(m.Line, "a mapping needs a framework")
		case len(m.Controls) == 0:
			l.errf(m.Line, "mapping to %s lists no controls", m.Framework.Value)
		case !slices.Contains(coverages, m.Coverage.Value):
			l.errf(at(m.Coverage, m.Line), "coverage %q must be one of: %s", m.Coverage.Value, strings.Join(coverages, ", "))
		default:
			l.def.Mappings = append(l.def.Mappings, Mapping{Framework: m.Framework.Value, Controls: m.Controls, Coverage: m.Coverage.Value})
		}
	}
}

func (l *loader) sections(raw rawDefinition) {
	if len(raw.Sections) == 0 {
		l.errf(max(raw.Line, 1), "a questionnaire needs at least one section")
	}
	seen := map[string]int{}
	for _, rs := range raw.Sections {
		s := &Section{ID: rs.ID.Value, Title: rs.Title.Value, Intro: strings.TrimSpace(rs.Intro)}
		switch {
		case s.ID == "":
			l.errf(rs.Line, "section id is required")
		case !sectionIDPattern.MatchString(s.ID):
			l.errf(rs.ID.Line, "section id %q must be lowercase letters, digits, _ and -", s.ID)
		case seen[s.ID] > 0:
			l.errf(rs.ID.Line, "duplicate section id %q (first defined on line %d)", s.ID, seen[s.ID])
		default:
			seen[s.ID] = rs.ID.Line
		}
		if s.Title == "" {
			l.errf(at(rs.ID, rs.Line), "section %s needs a title", s.ID)
		}
		if len(rs.Questions) == 0 {
			l.errf(at(rs.ID, rs.Line), "section %s has no questions", s.ID)
		}
		for _, rq := range rs.Questions {
			if q := l.question(rq); q != nil {
				s.Questions = append(s.Questions, q)
			}
		}
		l.def.Sections = append(l.def.Sections, s)
	}
	weighted := false
	for _, q := range l.def.questions {
		weighted = weighted || q.MaxPoints() > 0
	}
	if len(l.def.questions) > 0 && !weighted {
		l.errf(max(raw.Line, 1), "no question carries points, so every score would be 0")
	}
}

// question checks one question and registers it; it returns nil when the
// id is unusable, so nothing else refers to a broken question.
func (l *loader) question(r rawQuestion) *Question {
	q := &Question{
		Prompt: Prompt{
			ID:       r.ID.Value,
			Type:     r.Type.Value,
			Text:     strings.TrimSpace(r.Text.Value),
			Help:     strings.TrimSpace(r.Help.Value),
			Required: r.Required,
			AllowNA:  r.AllowNA,
		},
		RequiredIf: strings.TrimSpace(r.RequiredIf.Value),
		ShowIf:     strings.TrimSpace(r.ShowIf.Value),
		line:       at(r.ID, r.Line),
	}
	switch {
	case q.ID == "":
		l.errf(r.Line, "question id is required")
		return nil
	case !identPattern.MatchString(q.ID):
		l.errf(q.line, "question id %q must start with a letter and use only lowercase letters, digits and _ (it is used as a name in conditions)", q.ID)
		return nil
	case reservedNames[q.ID]:
		l.errf(q.line, "question id %q is reserved in expressions; choose another", q.ID)
		return nil
	case l.qline[q.ID] > 0:
		l.errf(q.line, "duplicate question id %q (first defined on line %d)", q.ID, l.qline[q.ID])
		return nil
	}
	l.qline[q.ID] = q.line
	l.def.byID[q.ID] = q
	l.def.questions = append(l.def.questions, q)

	if !slices.Contains(questionTypes, q.Type) {
		l.errf(at(r.Type, q.line), "question %s: type %q must be one of: %s", q.ID, q.Type, strings.Join(questionTypes, ", "))
	}
	if q.Text == "" {
		l.errf(q.line, "question %s needs text", q.ID)
	}
	if q.Help == "" {
		l.errf(q.line, "question %s needs help text saying what a good answer or good evidence looks like", q.ID)
	}
	if q.Required && q.RequiredIf != "" {
		l.errf(at(r.RequiredIf, q.line), "question %s: set either required or required_if, not both", q.ID)
	}
	l.options(q, r)
	l.limits(q, r)
	l.weights(q, r)
	return q
}

// options checks choices, which only single and multi questions have.
func (l *loader) options(q *Question, r rawQuestion) {
	choice := q.Type == TypeSingle || q.Type == TypeMulti
	if !choice {
		if len(r.Options) > 0 {
			l.errf(r.Options[0].Line, "question %s: options only apply to single and multi questions", q.ID)
		}
		return
	}
	if len(r.Options) < 2 {
		l.errf(q.line, "question %s: a %s question needs at least two options", q.ID, q.Type)
	}
	q.weights.Options = map[string]float64{}
	seen := map[string]int{}
	for _, o := range r.Options {
		id := o.ID.Value
		switch {
		case !identPattern.MatchString(id):
			l.errf(at(o.ID, o.Line), "question %s: option id %q must start with a letter and use only lowercase letters, digits and _", q.ID, id)
			continue
		case seen[id] > 0:
			l.errf(o.ID.Line, "question %s: duplicate option id %q (first defined on line %d)", q.ID, id, seen[id])
			continue
		}
		seen[id] = o.ID.Line
		if strings.TrimSpace(o.Label.Value) == "" {
			l.errf(o.ID.Line, "question %s: option %s needs a label", q.ID, id)
		}
		if o.Points < 0 {
			l.errf(o.ID.Line, "question %s: option %s: points cannot be negative", q.ID, id)
		}
		q.Options = append(q.Options, Option{ID: id, Label: strings.TrimSpace(o.Label.Value)})
		q.weights.Options[id] = o.Points
	}
}

// limits checks the per-type bounds: number range, text length, file types.
func (l *loader) limits(q *Question, r rawQuestion) {
	if q.Type == TypeNumber {
		q.Min, q.Max = r.Min, r.Max
		if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
			l.errf(q.line, "question %s: min %g is greater than max %g", q.ID, *q.Min, *q.Max)
		}
	} else if r.Min != nil || r.Max != nil {
		l.errf(q.line, "question %s: min and max only apply to number questions", q.ID)
	}

	if q.Type == TypeText {
		q.MaxLength = DefaultMaxLength
		if r.MaxLength != nil {
			q.MaxLength = *r.MaxLength
		}
		if q.MaxLength <= 0 {
			l.errf(q.line, "question %s: max_length must be positive", q.ID)
		}
	} else if r.MaxLength != nil {
		l.errf(q.line, "question %s: max_length only applies to text questions", q.ID)
	}

	if q.Type != TypeEvidence {
		if len(r.Accept) > 0 {
			l.errf(r.Accept[0].Line, "question %s: accept only applies to evidence questions", q.ID)
		}
		return
	}
	if len(r.Accept) == 0 {
		l.errf(q.line, "question %s: an evidence question must list the file types it accepts (%s)", q.ID, strings.Join(acceptTypes, ", "))
	}
	for _, a := range r.Accept {
		switch {
		case !slices.Contains(acceptTypes, a.Value):
			l.errf(a.Line, "question %s: unknown file type %q in accept (use: %s)", q.ID, a.Value, strings.Join(acceptTypes, ", "))
		case slices.Contains(q.Accept, a.Value):
			l.errf(a.Line, "question %s: file type %q is listed twice", q.ID, a.Value)
		default:
			q.Accept = append(q.Accept, a.Value)
		}
	}
}

// weights checks the points block: each type takes only the keys that
// mean something for it, so a misplaced weight is an error, not a silent 0.
func (l *loader) weights(q *Question, r rawQuestion) {
	p := r.Points
	if p == nil {
		return
	}
	allowed := map[string][]string{
		TypeYesNo:    {"yes", "no"},
		TypeEvidence: {"present", "unreadable"},
		TypeNumber:   {"bands"},
	}[q.Type]
	used := map[string]bool{"yes": p.Yes != nil, "no": p.No != nil, "present": p.Present != nil, "unreadable": p.Unreadable != nil, "bands": len(p.Bands) > 0}
	for _, k := range []string{"yes", "no", "present", "unreadable", "bands"} {
		if used[k] && !slices.Contains(allowed, k) {
			if q.Type == TypeSingle || q.Type == TypeMulti {
				l.errf(p.Line, "question %s: put points on each option of a %s question", q.ID, q.Type)
				return
			}
			l.errf(p.Line, "question %s: points.%s does not apply to a %s question", q.ID, k, q.Type)
		}
	}
	val := func(f *float64, name string) float64 {
		if f == nil {
			return 0
		}
		if *f < 0 {
			l.errf(p.Line, "question %s: points.%s cannot be negative", q.ID, name)
		}
		return *f
	}
	switch q.Type {
	case TypeYesNo:
		q.weights.Yes, q.weights.No = val(p.Yes, "yes"), val(p.No, "no")
	case TypeEvidence:
		q.weights.Present, q.weights.Unreadable = val(p.Present, "present"), val(p.Unreadable, "unreadable")
		if q.weights.Unreadable > q.weights.Present {
			l.errf(p.Line, "question %s: an unreadable file cannot earn more than a readable one", q.ID)
		}
	case TypeNumber:
		for _, b := range p.Bands {
			if b.Min == nil {
				l.errf(b.Line, "question %s: every band needs a min", q.ID)
				continue
			}
			if b.Points < 0 {
				l.errf(b.Line, "question %s: band points cannot be negative", q.ID)
			}
			q.weights.Bands = append(q.weights.Bands, Band{Min: *b.Min, Points: b.Points})
		}
		// Highest threshold first, so the first band an answer reaches is the best it earns.
		slices.SortStableFunc(q.weights.Bands, func(a, b Band) int { return cmp.Compare(b.Min, a.Min) })
	}
}
