package questionnaire

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/expr-lang/expr"
)

// ValidateAnswer checks v as the answer to question id and returns it
// normalized: bool, option id string, []string in option order without
// duplicates, float64, "YYYY-MM-DD" string or text. A nil v clears the
// answer and is always valid; so is an empty list or blank text, which
// normalize to nil. Errors are *AnswerError with a message for the vendor.
func (d *Definition) ValidateAnswer(id string, v any) (any, error) {
	q, ok := d.byID[id]
	if !ok {
		return nil, &AnswerError{QuestionID: id, Message: fmt.Sprintf("%q is not a question of this questionnaire", id)}
	}
	n, msg := q.normalize(v)
	if msg != "" {
		return nil, &AnswerError{QuestionID: id, Message: msg}
	}
	return n, nil
}

// normalize returns the canonical form of v, or a message for the vendor.
func (q *Question) normalize(v any) (any, string) {
	if v == nil {
		return nil, ""
	}
	switch q.Type {
	case TypeEvidence:
		return nil, "This question takes a file upload, not a typed answer"
	case TypeYesNo:
		if b, ok := v.(bool); ok {
			return b, ""
		}
		return nil, "Answer yes or no"
	case TypeSingle:
		if s, ok := v.(string); ok && q.hasOption(s) {
			return s, ""
		}
		return nil, "Choose one of: " + strings.Join(q.optionIDs(), ", ")
	case TypeMulti:
		return q.normalizeMulti(v)
	case TypeNumber:
		return q.normalizeNumber(v)
	case TypeDate:
		if s, ok := v.(string); ok && len(s) == len(time.DateOnly) {
			if _, err := time.Parse(time.DateOnly, s); err == nil {
				return s, ""
			}
		}
		return nil, "Enter a date as YYYY-MM-DD"
	case TypeText:
		s, ok := v.(string)
		if !ok {
			return nil, "Enter text"
		}
		if strings.TrimSpace(s) == "" {
			return nil, ""
		}
		if utf8.RuneCountInString(s) > q.MaxLength {
			return nil, fmt.Sprintf("Keep this under %d characters", q.MaxLength)
		}
		return s, ""
	}
	return nil, "This question cannot be answered"
}

func (q *Question) normalizeMulti(v any) (any, string) {
	choose := "Choose any of: " + strings.Join(q.optionIDs(), ", ")
	var picked []string
	switch l := v.(type) {
	case []string:
		picked = l
	case []any:
		for _, e := range l {
			s, ok := e.(string)
			if !ok {
				return nil, choose
			}
			picked = append(picked, s)
		}
	default:
		return nil, choose
	}
	for _, s := range picked {
		if !q.hasOption(s) {
			return nil, fmt.Sprintf("%q is not an option here. %s", s, choose)
		}
	}
	// Option order, not click order, so equal selections compare equal.
	var out []string
	for _, o := range q.Options {
		if slices.Contains(picked, o.ID) {
			out = append(out, o.ID)
		}
	}
	if len(out) == 0 {
		return nil, ""
	}
	return out, ""
}

func (q *Question) normalizeNumber(v any) (any, string) {
	var f float64
	if n, ok := v.(json.Number); ok {
		var err error
		if f, err = n.Float64(); err != nil {
			return nil, q.rangeMessage()
		}
	} else {
		// Any Go number will do: answers may come from JSON (float64) or
		// from Go code and tests (int).
		switch rv := reflect.ValueOf(v); rv.Kind() {
		case reflect.Float32, reflect.Float64:
			f = rv.Float()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			f = float64(rv.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			f = float64(rv.Uint())
		default:
			return nil, q.rangeMessage()
		}
	}
	if math.IsNaN(f) || math.IsInf(f, 0) ||
		(q.Min != nil && f < *q.Min) || (q.Max != nil && f > *q.Max) {
		return nil, q.rangeMessage()
	}
	return f, ""
}

func (q *Question) rangeMessage() string {
	g := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	switch {
	case q.Min != nil && q.Max != nil:
		return fmt.Sprintf("Enter a number from %s to %s", g(*q.Min), g(*q.Max))
	case q.Min != nil:
		return fmt.Sprintf("Enter a number of at least %s", g(*q.Min))
	case q.Max != nil:
		return fmt.Sprintf("Enter a number no greater than %s", g(*q.Max))
	}
	return "Enter a number"
}

// asStrings reads a multi answer in either of the shapes it arrives in.
func asStrings(v any) []string {
	switch l := v.(type) {
	case []string:
		return l
	case []any:
		out := make([]string, 0, len(l))
		for _, e := range l {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// includes backs includes(list, option): true when a multi answer holds the
// option, false when it does not or when the question is unanswered.
func includes(list any, option string) bool {
	return slices.Contains(asStrings(list), option)
}

// newEnv returns an expression environment with the condition functions.
// answered reads the same map, so it sees answers as they are added.
func newEnv() map[string]any {
	env := map[string]any{}
	env["answered"] = func(id string) bool { return env[id] != nil }
	env["includes"] = includes
	return env
}

// resolve decides which questions are visible and collects the answers that
// count: those of visible questions, normalized. A hidden question counts as
// unanswered everywhere, including in the show_if of questions after it, so
// stale answers left behind a changed choice never leak into a result. An
// answer that no longer validates is treated as unanswered for the same
// reason.
func (d *Definition) resolve(a Answers) (env map[string]any, visible map[string]bool) {
	env = newEnv()
	visible = make(map[string]bool, len(d.questions))
	for _, q := range d.visOrder {
		// A condition that cannot be evaluated shows the question: asking
		// one question too many is better than silently skipping one.
		if q.showIf != nil && !holds(q.showIf, env, true) {
			continue
		}
		visible[q.ID] = true
		if q.Type == TypeEvidence {
			continue
		}
		if v, msg := q.normalize(a[q.ID]); msg == "" && v != nil {
			env[q.ID] = v
		}
	}
	return env, visible
}

// run evaluates a compiled condition.
func run(c *condition, env map[string]any) (bool, error) {
	out, err := expr.Run(c.program, env)
	if err != nil {
		return false, err
	}
	b, ok := out.(bool)
	if !ok {
		return false, fmt.Errorf("expected true or false, got %v", out)
	}
	return b, nil
}

// holds evaluates c, falling back to onError when it cannot be evaluated.
func holds(c *condition, env map[string]any, onError bool) bool {
	ok, err := run(c, env)
	if err != nil {
		return onError
	}
	return ok
}

// Visible returns the ids of the questions the vendor sees for these
// answers, in file order, evidence questions included.
func (d *Definition) Visible(a Answers) []string {
	return d.Outline(a, nil).Visible
}

// Outline is what a set of answers makes of the questionnaire: Visible, Missing and Progress
// together.
type Outline struct {
	Visible, Missing []string
	Answered, Total  int
}

// Outline works out Visible, Missing and Progress from one evaluation of the conditions: the
// vendor's view needs all three after every autosave, and evaluating them three times was most
// of what recomputing it cost.
func (d *Definition) Outline(a Answers, settled map[string]bool) Outline {
	env, visible := d.resolve(a)
	var o Outline
	for _, q := range d.questions {
		if !visible[q.ID] {
			continue
		}
		o.Visible = append(o.Visible, q.ID)
		o.Total++
		done := answered(q, env, settled)
		if done {
			o.Answered++
		}
		if !done && q.required(env) {
			o.Missing = append(o.Missing, q.ID)
		}
	}
	return o
}

// IsVisible reports whether the vendor sees question id for these answers;
// false for an id the questionnaire does not have.
func (d *Definition) IsVisible(id string, a Answers) bool {
	_, visible := d.resolve(a)
	return visible[id]
}

// IsRequired reports whether question id must be answered (or, for an
// evidence question, given a file) before submitting, for these answers.
// Hidden questions are never required.
func (d *Definition) IsRequired(id string, a Answers) bool {
	env, visible := d.resolve(a)
	q, ok := d.byID[id]
	return ok && visible[id] && q.required(env)
}

// required evaluates the question's requirement; a required_if that cannot
// be evaluated counts as required for the same reason a failing show_if
// shows the question.
func (q *Question) required(env map[string]any) bool {
	return q.Required || (q.requiredIf != nil && holds(q.requiredIf, env, true))
}

// Effective returns the answers that count for these raw answers: only
// visible questions, only valid values, normalized. Scoring and exports
// should read these rather than the raw map.
func (d *Definition) Effective(a Answers) Answers {
	env, _ := d.resolve(a)
	out := Answers{}
	for _, q := range d.questions {
		if v, ok := env[q.ID]; ok && q.Type != TypeEvidence {
			out[q.ID] = v
		}
	}
	return out
}

// Missing lists the visible required questions without an answer, in file
// order; for an evidence question, without a file. settled holds the questions
// with a file and those marked not applicable (Settled).
func (d *Definition) Missing(a Answers, settled map[string]bool) []string {
	return d.Outline(a, settled).Missing
}

// Progress counts, over the visible questions, how many have an answer (or
// a file, or are marked not applicable) and how many there are.
func (d *Definition) Progress(a Answers, settled map[string]bool) (answeredCount, total int) {
	o := d.Outline(a, settled)
	return o.Answered, o.Total
}

// Settled is the set Missing and Progress take: the questions with a file, and those in
// notApplicable whose definition allows it.
func (d *Definition) Settled(withFiles, notApplicable []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range withFiles {
		m[id] = true
	}
	for _, id := range notApplicable {
		if q, ok := d.byID[id]; ok && q.AllowNA {
			m[id] = true
		}
	}
	return m
}

// answered reports whether q has an answer; settled holds the questions with a file and those
// the vendor marked not applicable (where the questionnaire allows it).
func answered(q *Question, env map[string]any, settled map[string]bool) bool {
	if settled[q.ID] {
		return true
	}
	return q.Type != TypeEvidence && env[q.ID] != nil
}
