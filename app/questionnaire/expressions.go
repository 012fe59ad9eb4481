package questionnaire

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/builtin"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/vm"
)

// scope says which names an expression may use.
type scope int

const (
	// conditionScope is for show_if and required_if: they decide what the
	// vendor is asked, so they see answers only, never files or the clock.
	conditionScope scope = iota
	// ruleScope is for red-flag rules, which also see evidence, extracted
	// facts, the services bought, the certificate verdict and days_since.
	ruleScope
)

// Names every expression may use besides question ids.
var conditionFuncs = []string{"answered", "includes"}

// Names only red-flag rules may use.
var ruleNames = []string{"has_evidence", "days_since", "evidence", "facts", "services", "certificate"}

// reservedNames cannot be question ids: they would shadow our functions and
// variables, expr's builtins, or its keywords.
var reservedNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range slices.Concat(conditionFuncs, ruleNames, builtin.Names,
		[]string{"in", "not", "and", "or", "let", "if", "else", "true", "false", "nil", "matches", "contains", "startsWith", "endsWith"}) {
		m[n] = true
	}
	return m
}()

// forbiddenBuiltins read the wall clock or the local time zone, which would
// make a result depend on when and where it was computed.
var forbiddenBuiltins = []string{"now", "date", "timezone"}

// exprOptions are shared by the checking and the running compile.
func exprOptions() []expr.Option {
	opts := []expr.Option{expr.AsBool()}
	for _, name := range forbiddenBuiltins {
		opts = append(opts, expr.DisableBuiltin(name))
	}
	return opts
}

// condition is one compiled expression with what it refers to.
type condition struct {
	src     str
	what    string      // "show_if of question x", for messages
	program *vm.Program // compiled without types: see compile
	refs    []string    // question ids named, evidence questions included
}

// evidenceView is the declared shape of evidence.<question id> in rules.
type evidenceView struct {
	Count  int `expr:"count"`
	Usable int `expr:"usable"`
	Failed int `expr:"failed"`
}

// checkEnv declares the type of every name an expression in scope sc may
// use, for expr's type checker. Unanswered questions are nil at run time,
// but the checker needs the answered type to catch comparisons such as a
// yes/no question against a number.
func (l *loader) checkEnv(sc scope) map[string]any {
	if l.envs[sc] != nil {
		return l.envs[sc]
	}
	env := map[string]any{
		"answered": func(string) bool { return false },
		"includes": func([]string, string) bool { return false },
	}
	for _, q := range l.def.questions {
		switch q.Type {
		case TypeYesNo:
			env[q.ID] = false
		case TypeSingle, TypeDate, TypeText:
			env[q.ID] = ""
		case TypeMulti:
			env[q.ID] = []string{}
		case TypeNumber:
			env[q.ID] = 0.0
		}
	}
	if sc == ruleScope {
		env["has_evidence"] = func(string) bool { return false }
		env["days_since"] = func(string) int { return 0 }
		env["evidence"] = map[string]evidenceView{}
		env["facts"] = map[string]map[string]any{}
		env["services"] = []string{}
		env["certificate"] = CertificateState{}
	}
	l.envs[sc] = env
	return env
}

// compile checks one expression and compiles it. It returns nil after
// reporting when the expression is unusable.
//
// It compiles twice. The first compile, against checkEnv, exists only for
// its type errors. The program we keep is compiled without an environment,
// because expr specialises operators for declared types (a string == string
// comparison assumes both sides are strings) and would then fail on the nil
// that stands for an unanswered question.
func (l *loader) compile(src str, what string, sc scope) *condition {
	tree, err := parser.Parse(src.Value)
	if err != nil {
		l.exprErr(src, what, err)
		return nil
	}
	c := &exprCheck{l: l, src: src, what: what, sc: sc, lets: map[string]bool{}, callees: map[*ast.IdentifierNode]bool{}}
	ast.Walk(&tree.Node, visitFunc(c.collect))
	before := len(l.errs)
	ast.Walk(&tree.Node, c)
	if len(l.errs) > before {
		return nil
	}
	if _, err := expr.Compile(src.Value, append(exprOptions(), expr.Env(l.checkEnv(sc)))...); err != nil {
		l.exprErr(src, what, err)
		return nil
	}
	program, err := expr.Compile(src.Value, exprOptions()...)
	if err != nil {
		l.exprErr(src, what, err)
		return nil
	}
	return &condition{src: src, what: what, program: program, refs: c.refs}
}

// exprErr reports an error from expr at the file line it points to.
func (l *loader) exprErr(src str, what string, err error) {
	var fe *file.Error
	if errors.As(err, &fe) {
		l.errf(src.lineOf(fe.Line), "%s: %s", what, fe.Message)
		return
	}
	l.errf(src.Line, "%s: %v", what, err)
}

// visitFunc adapts a function to ast.Visitor.
type visitFunc func(*ast.Node)

// Visit calls f.
func (f visitFunc) Visit(n *ast.Node) { f(n) }

// exprCheck walks an expression's syntax tree for the mistakes expr's own
// checker cannot see, because they depend on the questionnaire: unknown
// question and option ids, reading an evidence question as a value, names
// used outside their scope.
type exprCheck struct {
	l       *loader
	src     str
	what    string
	sc      scope
	lets    map[string]bool              // names bound with let
	callees map[*ast.IdentifierNode]bool // identifiers used as the function of a call
	refs    []string
}

// collect is a first pass: ast.Walk visits children before parents, so let
// bindings and call targets must be known before identifiers are judged.
func (c *exprCheck) collect(n *ast.Node) {
	switch n := (*n).(type) {
	case *ast.VariableDeclaratorNode:
		c.lets[n.Name] = true
	case *ast.CallNode:
		if id, ok := n.Callee.(*ast.IdentifierNode); ok {
			c.callees[id] = true
		}
	}
}

func (c *exprCheck) fail(n ast.Node, format string, args ...any) {
	line := 1 + strings.Count(string([]rune(c.src.Value)[:min(n.Location().From, len([]rune(c.src.Value)))]), "\n")
	c.l.errf(c.src.lineOf(line), "%s: %s", c.what, fmt.Sprintf(format, args...))
}

func (c *exprCheck) ref(id string) {
	if !slices.Contains(c.refs, id) {
		c.refs = append(c.refs, id)
	}
}

// Visit judges one node.
func (c *exprCheck) Visit(np *ast.Node) {
	switch n := (*np).(type) {
	case *ast.IdentifierNode:
		c.identifier(n)
	case *ast.CallNode:
		c.call(n)
	case *ast.BinaryNode:
		c.binary(n)
	case *ast.MemberNode:
		c.member(n)
	case *ast.BuiltinNode:
		if slices.Contains(forbiddenBuiltins, n.Name) {
			c.fail(n, "%s() is not available: results must not depend on the clock or time zone of the machine (use days_since in red-flag rules)", n.Name)
		}
	}
}

func (c *exprCheck) identifier(n *ast.IdentifierNode) {
	name := n.Value
	switch {
	case c.callees[n]:
		switch {
		case slices.Contains(conditionFuncs, name):
		case slices.Contains(ruleNames, name):
			if c.sc == conditionScope {
				c.fail(n, "%s() is only available in red-flag rules; show_if and required_if see answers only", name)
			}
		default:
			c.fail(n, "unknown function %s() (available: answered, includes, and in red-flag rules has_evidence, days_since)", name)
		}
	case c.lets[name]:
	case c.l.def.byID[name] != nil:
		if c.l.def.byID[name].Type == TypeEvidence {
			if c.sc == conditionScope {
				c.fail(n, "%s is an evidence question: it takes files, not a value, and conditions cannot depend on it", name)
			} else {
				c.fail(n, "%s is an evidence question and has no value: use has_evidence(%q), evidence.%s.count or facts.%s.<fact>", name, name, name, name)
			}
			return
		}
		c.ref(name)
	case slices.Contains(ruleNames, name):
		if c.sc == conditionScope {
			c.fail(n, "%s is only available in red-flag rules; show_if and required_if see answers only", name)
		}
	default:
		c.fail(n, "unknown question id %q", name)
	}
}

// call checks the arguments our functions take by name.
func (c *exprCheck) call(n *ast.CallNode) {
	callee, ok := n.Callee.(*ast.IdentifierNode)
	if !ok || c.lets[callee.Value] {
		return
	}
	switch callee.Value {
	case "answered", "has_evidence":
		if len(n.Arguments) != 1 {
			c.fail(n, "%s takes one question id in quotes", callee.Value)
			return
		}
		s, ok := n.Arguments[0].(*ast.StringNode)
		if !ok {
			c.fail(n, "%s takes a question id in quotes, such as %s(\"training_report\")", callee.Value, callee.Value)
			return
		}
		q := c.l.def.byID[s.Value]
		switch {
		case q == nil:
			c.fail(s, "unknown question id %q", s.Value)
		case callee.Value == "answered" && q.Type == TypeEvidence:
			c.fail(s, "%s is an evidence question: use has_evidence(%q) instead of answered", s.Value, s.Value)
		case callee.Value == "has_evidence" && q.Type != TypeEvidence:
			c.fail(s, "%s is not an evidence question: use answered(%q)", s.Value, s.Value)
		default:
			c.ref(s.Value)
		}
	case "includes":
		if len(n.Arguments) == 2 {
			c.option(n.Arguments[0], n.Arguments[1], TypeMulti)
		}
	}
}

// binary checks option ids compared with choice questions.
func (c *exprCheck) binary(n *ast.BinaryNode) {
	switch n.Operator {
	case "==", "!=":
		c.option(n.Left, n.Right, TypeSingle)
		c.option(n.Right, n.Left, TypeSingle)
	case "in":
		c.option(n.Right, n.Left, TypeMulti)
		if arr, ok := n.Right.(*ast.ArrayNode); ok {
			for _, el := range arr.Nodes {
				c.option(n.Left, el, TypeSingle)
			}
		}
	}
}

// option checks that value, when it is a string literal, is an option of
// the question named by subject, when subject names a question of type typ.
func (c *exprCheck) option(subject, value ast.Node, typ string) {
	id, ok := subject.(*ast.IdentifierNode)
	if !ok || c.lets[id.Value] {
		return
	}
	s, ok := value.(*ast.StringNode)
	if !ok {
		return
	}
	q := c.l.def.byID[id.Value]
	if q == nil || q.Type != typ || q.hasOption(s.Value) {
		return
	}
	c.fail(s, "%q is not an option of %s (options: %s)", s.Value, q.ID, strings.Join(q.optionIDs(), ", "))
}

// member checks evidence.<id> and facts.<id>, whose keys must be evidence
// questions.
func (c *exprCheck) member(n *ast.MemberNode) {
	base, ok := n.Node.(*ast.IdentifierNode)
	if !ok || c.lets[base.Value] || (base.Value != "evidence" && base.Value != "facts") {
		return
	}
	prop, ok := n.Property.(*ast.StringNode)
	if !ok {
		c.fail(n, "name the evidence question directly, as in %s.training_report", base.Value)
		return
	}
	q := c.l.def.byID[prop.Value]
	switch {
	case q == nil:
		c.fail(prop, "%s.%s: unknown question id %q", base.Value, prop.Value, prop.Value)
	case q.Type != TypeEvidence:
		c.fail(prop, "%s.%s: %s is not an evidence question", base.Value, prop.Value, prop.Value)
	default:
		c.ref(prop.Value)
	}
}

// conditions compiles every show_if and required_if.
func (l *loader) conditions(raw rawDefinition) {
	for _, rs := range raw.Sections {
		for _, rq := range rs.Questions {
			q := l.def.byID[rq.ID.Value]
			if q == nil {
				continue
			}
			if q.ShowIf != "" {
				q.showIf = l.compile(rq.ShowIf, "show_if of "+q.ID, conditionScope)
			}
			if q.RequiredIf != "" {
				q.requiredIf = l.compile(rq.RequiredIf, "required_if of "+q.ID, conditionScope)
			}
		}
	}
}

// order finds show_if cycles and sorts questions so that every question
// comes after the questions its show_if reads: visibility is then decided
// in one pass, and a hidden question reads as unanswered to those after it.
func (l *loader) order() {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(q *Question) bool
	visit = func(q *Question) bool {
		switch state[q.ID] {
		case done:
			return true
		case onPath:
			start := slices.Index(path, q.ID)
			cycle := append(slices.Clone(path[start:]), q.ID)
			first := l.def.byID[cycle[0]]
			l.errf(first.showIf.src.Line, "show_if conditions form a cycle: %s", strings.Join(cycle, " → "))
			return false
		}
		state[q.ID] = onPath
		path = append(path, q.ID)
		if q.showIf != nil {
			for _, id := range q.showIf.refs {
				if !visit(l.def.byID[id]) {
					return false
				}
			}
		}
		path = path[:len(path)-1]
		state[q.ID] = done
		l.def.visOrder = append(l.def.visOrder, q)
		return true
	}
	for _, q := range l.def.questions {
		if !visit(q) {
			return
		}
	}
}
