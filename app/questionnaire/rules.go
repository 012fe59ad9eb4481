package questionnaire

import (
	"assay/app/evidence"
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"
	"time"
)

// EvidenceState summarises the files uploaded for one evidence question as
// red-flag rules and the score see them.
type EvidenceState struct {
	Usable int            // files stored or read: the vendor backed the claim
	Failed int            // files that could not be read
	Facts  map[string]any // facts extracted from the files, merged
}

// CertificateState is the certificate verdict as rules and explanation
// templates see it (certificate.status, certificate.uncovered_services, …).
// scoring.Certificate embeds it, so its JSON names are the stored result's.
type CertificateState struct {
	Status            string   `json:"status" expr:"status"`
	ExpiresOn         string   `json:"expires_on,omitempty" expr:"expires_on"`
	Scope             string   `json:"scope,omitempty" expr:"scope"`
	CoveredServices   []string `json:"covered_services" expr:"covered_services"`
	UncoveredServices []string `json:"uncovered_services" expr:"uncovered_services"`
}

// RuleInput is everything red-flag rules can see.
type RuleInput struct {
	Answers     Answers
	Evidence    map[string]EvidenceState // by evidence question id; absent means no files
	Services    []string                 // names of the services bought from the vendor
	Certificate CertificateState
	Now         time.Time // what days_since counts from
}

// FiredFlag is a red-flag rule whose condition held, with its explanation
// and quote rendered from the file's templates.
type FiredFlag struct {
	ID          string
	Severity    string
	Title       string
	Explanation string
	Quote       string
	QuestionIDs []string
}

// rule is one compiled red-flag rule.
type rule struct {
	id          string
	severity    string
	title       string
	questionIDs []string
	when        *condition
	explanation *template.Template
	quote       *template.Template // nil when the rule quotes nothing
}

// FlagTitle is the title of the red flag with this id, "" when the definition has none.
func (d *Definition) FlagTitle(id string) string {
	for _, r := range d.rules {
		if r.id == id {
			return r.title
		}
	}
	return ""
}

// EvaluateRules runs every red-flag rule of the definition and returns those
// that fire, in file order. Hidden questions read as unanswered and the
// files of hidden evidence questions are ignored. An error means a rule
// could not be evaluated; it names the rule and its line.
func (d *Definition) EvaluateRules(in RuleInput) ([]FiredFlag, error) {
	env, visible := d.resolve(in.Answers)
	files := map[string]EvidenceState{}
	for id, st := range in.Evidence {
		if visible[id] {
			files[id] = st
		}
	}
	d.addRuleVars(env, files, in.Services, in.Certificate, in.Now)
	var fired []FiredFlag
	for _, r := range d.rules {
		ok, err := run(r.when, env)
		if err != nil {
			return nil, fmt.Errorf("questionnaire: %s:%d: %s: %w", d.file, r.when.src.Line, r.when.what, err)
		}
		if !ok {
			continue
		}
		f := FiredFlag{ID: r.id, Severity: r.severity, Title: r.title, QuestionIDs: slices.Clone(r.questionIDs)}
		if f.Explanation, err = render(r.explanation, env, in.Now); err != nil {
			return nil, fmt.Errorf("questionnaire: %s: red flag %s: explanation: %w", d.file, r.id, err)
		}
		if r.quote != nil {
			if f.Quote, err = render(r.quote, env, in.Now); err != nil {
				return nil, fmt.Errorf("questionnaire: %s: red flag %s: quote: %w", d.file, r.id, err)
			}
		}
		fired = append(fired, f)
	}
	return fired, nil
}

// addRuleVars adds the names only rules see to an environment that already
// holds the answers. Every evidence question gets an entry, so
// facts.x.some_fact is nil rather than an error when nothing was uploaded.
func (d *Definition) addRuleVars(env map[string]any, files map[string]EvidenceState, services []string, cert CertificateState, now time.Time) {
	evidence := map[string]any{}
	facts := map[string]any{}
	for _, q := range d.questions {
		if q.Type != TypeEvidence {
			continue
		}
		st := files[q.ID]
		evidence[q.ID] = map[string]any{"count": st.Usable + st.Failed, "usable": st.Usable, "failed": st.Failed}
		f := maps.Clone(st.Facts)
		if f == nil {
			f = map[string]any{}
		}
		facts[q.ID] = f
	}
	env["evidence"] = evidence
	env["facts"] = facts
	env["services"] = nonNil(services)
	env["certificate"] = map[string]any{
		"status":             cert.Status,
		"expires_on":         cert.ExpiresOn,
		"scope":              cert.Scope,
		"covered_services":   nonNil(cert.CoveredServices),
		"uncovered_services": nonNil(cert.UncoveredServices),
	}
	env["has_evidence"] = func(id string) bool { return files[id].Usable > 0 }
	env["days_since"] = func(v any) any { return daysSince(v, now) }
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// daysSince backs days_since in rules and templates. It gives nil for a
// value that is absent or is not a date, so one guard (`!= nil`) covers both
// a file that has not been read and an extractor that misread a date; the
// certificate verdict treats the two alike too.
func daysSince(v any, now time.Time) any {
	if n, ok := DaysSince(v, now); ok {
		return n
	}
	return nil
}

// DaysSince counts whole calendar days (UTC) from date to now: positive for
// a past date, negative for a future one. date is anything ParseDate
// accepts; ok is false for anything else.
func DaysSince(date any, now time.Time) (days int, ok bool) {
	t, ok := ParseDate(date)
	if !ok {
		return 0, false
	}
	day := func(t time.Time) time.Time {
		t = t.UTC()
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return int(day(now).Sub(day(t)).Hours() / 24), true
}

// ParseDate reads a date as answers and extracted facts carry it: a
// "YYYY-MM-DD" string, an RFC 3339 timestamp or a time.Time.
func ParseDate(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, !v.IsZero()
	case string:
		return evidence.Date(v).Time()
	}
	return time.Time{}, false
}

// templateFuncs are the functions explanation templates may call.
func templateFuncs(now time.Time) template.FuncMap {
	return template.FuncMap{
		"join":       joinList,
		"days_since": func(v any) any { return daysSince(v, now) },
	}
}

// joinList joins a list of strings for prose, whether it arrives as
// []string or as []any.
func joinList(list any, sep string) string {
	return strings.Join(asStrings(list), sep)
}

// render executes a template against the rule environment. Templates are
// parsed once at load; the clone only rebinds days_since to this run's time.
func render(t *template.Template, env map[string]any, now time.Time) (string, error) {
	c, err := t.Clone()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := c.Funcs(templateFuncs(now)).Execute(&b, env); err != nil {
		return "", err
	}
	return strings.TrimSpace(b.String()), nil
}

// rules checks and compiles the red_flags list.
func (l *loader) rules(rs []rawRedFlag) {
	seen := map[string]int{}
	for _, rr := range rs {
		r := &rule{id: rr.ID.Value, severity: rr.Severity.Value, title: strings.TrimSpace(rr.Title.Value)}
		line := at(rr.ID, rr.Line)
		switch {
		case r.id == "":
			l.errf(rr.Line, "red flag id is required")
			continue
		case !ruleIDPattern.MatchString(r.id):
			l.errf(line, "red flag id %q must be lowercase letters, digits and -", r.id)
		case seen[r.id] > 0:
			l.errf(line, "duplicate red flag id %q (first defined on line %d)", r.id, seen[r.id])
		default:
			seen[r.id] = line
		}
		if !slices.Contains(severities, r.severity) {
			l.errf(at(rr.Severity, line), "red flag %s: severity %q must be one of: %s", r.id, r.severity, strings.Join(severities, ", "))
		}
		if r.title == "" {
			l.errf(line, "red flag %s needs a title", r.id)
		}
		if len(rr.QuestionIDs) == 0 {
			l.errf(line, "red flag %s: question_ids must name the questions that cause it", r.id)
		}
		for _, q := range rr.QuestionIDs {
			switch {
			case l.def.byID[q.Value] == nil:
				l.errf(q.Line, "red flag %s: unknown question id %q in question_ids", r.id, q.Value)
			case slices.Contains(r.questionIDs, q.Value):
				l.errf(q.Line, "red flag %s: %s is listed twice in question_ids", r.id, q.Value)
			default:
				r.questionIDs = append(r.questionIDs, q.Value)
			}
		}
		if strings.TrimSpace(rr.When.Value) == "" {
			l.errf(line, "red flag %s needs a when condition", r.id)
		} else {
			r.when = l.compile(rr.When, "red flag "+r.id+": when", ruleScope)
		}
		if strings.TrimSpace(rr.Explanation.Value) == "" {
			l.errf(line, "red flag %s needs an explanation", r.id)
		} else {
			r.explanation = l.template(rr.Explanation, "red flag "+r.id+": explanation")
		}
		if strings.TrimSpace(rr.Quote.Value) != "" {
			r.quote = l.template(rr.Quote, "red flag "+r.id+": quote")
		}
		l.def.rules = append(l.def.rules, r)
	}
}

// template parses an explanation or quote and checks the names it reads
// from the rule environment.
func (l *loader) template(src str, what string) *template.Template {
	t, err := template.New(what).Funcs(templateFuncs(time.Time{})).Parse(src.Value)
	if err != nil {
		l.errf(src.Line, "%s: %v", what, err)
		return nil
	}
	tc := &templateCheck{l: l, src: src, what: what}
	tc.list(t.Tree.Root, true)
	return t
}

// templateCheck walks a template for names that do not exist in the rule
// environment. Inside with and range the dot moves, so only fields read
// from the top-level dot (or from $) are checked.
type templateCheck struct {
	l    *loader
	src  str
	what string
}

func (c *templateCheck) list(n *parse.ListNode, top bool) {
	if n == nil {
		return
	}
	for _, node := range n.Nodes {
		c.node(node, top)
	}
}

func (c *templateCheck) node(n parse.Node, top bool) {
	switch n := n.(type) {
	case *parse.ActionNode:
		c.pipe(n.Pipe, top)
	case *parse.IfNode:
		c.branch(&n.BranchNode, top, false)
	case *parse.WithNode:
		c.branch(&n.BranchNode, top, true)
	case *parse.RangeNode:
		c.branch(&n.BranchNode, top, true)
	case *parse.PipeNode:
		c.pipe(n, top)
	case *parse.FieldNode:
		if top {
			c.path(n, n.Ident)
		}
	case *parse.VariableNode:
		if len(n.Ident) > 1 && n.Ident[0] == "$" {
			c.path(n, n.Ident[1:])
		}
	}
}

// branch checks an if, with or range. With and range move the dot inside their body, but
// not in their else, which runs when there was nothing to move it to.
func (c *templateCheck) branch(b *parse.BranchNode, top, dotMoves bool) {
	c.pipe(b.Pipe, top)
	c.list(b.List, top && !dotMoves)
	c.list(b.ElseList, top)
}

func (c *templateCheck) pipe(p *parse.PipeNode, top bool) {
	if p == nil {
		return
	}
	for _, cmd := range p.Cmds {
		for _, arg := range cmd.Args {
			c.node(arg, top)
		}
	}
}

// path checks a field path such as .facts.training_report.completion_rate.
func (c *templateCheck) path(n parse.Node, path []string) {
	name := path[0]
	q := c.l.def.byID[name]
	switch {
	case q != nil && q.Type == TypeEvidence:
		c.fail(n, "%s is an evidence question and has no value: use .evidence.%s or .facts.%s", name, name, name)
	case q != nil:
	case name == "evidence" || name == "facts":
		if len(path) > 1 {
			if e := c.l.def.byID[path[1]]; e == nil || e.Type != TypeEvidence {
				c.fail(n, ".%s.%s: %s is not an evidence question", name, path[1], path[1])
			}
		}
	case name == "services" || name == "certificate":
	default:
		c.fail(n, "unknown name .%s (templates see question ids, .evidence, .facts, .services and .certificate)", name)
	}
}

func (c *templateCheck) fail(n parse.Node, format string, args ...any) {
	line := 1 + strings.Count(c.src.Value[:min(int(n.Position()), len(c.src.Value))], "\n")
	c.l.errf(c.src.lineOf(line), "%s: %s", c.what, fmt.Sprintf(format, args...))
}
