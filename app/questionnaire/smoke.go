package questionnaire

import (
	"fmt"
	"maps"
	"time"
)

// smoke runs every expression and template against made-up answer sets at
// load time. Unanswered questions are nil, and expr refuses nil in an
// ordering comparison (nil < 90), so a rule that forgets a guard would
// otherwise only fail when a real vendor leaves that question blank. The
// sets: nothing answered; everything answered two different ways; and each
// of those with one referenced question left blank in turn. Facts are never
// filled in, because their types are the extractors' business: every fact a
// rule reads must be guarded.
func (l *loader) smoke() {
	// Any fixed day will do: only errors matter here, not results.
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	type profile struct {
		when  string
		vals  map[string]any
		files map[string]EvidenceState
	}
	filled := []profile{{vals: map[string]any{}, files: map[string]EvidenceState{}}, {vals: map[string]any{}, files: map[string]EvidenceState{}}}
	for _, q := range l.def.questions {
		a, b := sampleAnswers(q)
		if q.Type == TypeEvidence {
			filled[0].files[q.ID] = EvidenceState{Usable: 1}
			filled[1].files[q.ID] = EvidenceState{Failed: 1}
			continue
		}
		filled[0].vals[q.ID], filled[1].vals[q.ID] = a, b
	}
	profilesFor := func(refs []string) []profile {
		ps := []profile{{when: "no question is answered"}}
		for i, f := range filled {
			ps = append(ps, profile{when: fmt.Sprintf("every question is answered (sample %d)", i+1), vals: f.vals, files: f.files})
			for _, id := range refs {
				p := profile{when: id + " is unanswered", vals: maps.Clone(f.vals), files: maps.Clone(f.files)}
				delete(p.vals, id)
				delete(p.files, id)
				ps = append(ps, p)
			}
		}
		return ps
	}
	check := func(c *condition, r *rule) {
		for _, p := range profilesFor(c.refs) {
			env := newEnv()
			maps.Copy(env, p.vals)
			if r != nil {
				cert := CertificateState{Status: "valid", CoveredServices: []string{"Payroll"}, UncoveredServices: []string{"Hosting"}}
				l.def.addRuleVars(env, p.files, []string{"Payroll", "Hosting"}, cert, now)
			}
			fired, err := run(c, env)
			if err != nil {
				l.errf(c.src.Line, "%s fails when %s: %v. Guard values that may be missing with answered(\"id\"), has_evidence(\"id\"), != nil or ??", c.what, p.when, err)
				return
			}
			// Explanations are only rendered for rules that fire, so they
			// may assume what the condition established.
			if r == nil || !fired {
				continue
			}
			if _, err := render(r.explanation, env, now); err != nil {
				l.errf(c.src.Line, "red flag %s: explanation fails when %s: %v", r.id, p.when, err)
				return
			}
			if r.quote != nil {
				if _, err := render(r.quote, env, now); err != nil {
					l.errf(c.src.Line, "red flag %s: quote fails when %s: %v", r.id, p.when, err)
					return
				}
			}
		}
	}
	for _, q := range l.def.questions {
		for _, c := range []*condition{q.showIf, q.requiredIf} {
			if c != nil {
				check(c, nil)
			}
		}
	}
	for _, r := range l.def.rules {
		check(r.when, r)
	}
}

// sampleAnswers returns two different valid answers for a question.
func sampleAnswers(q *Question) (a, b any) {
	switch q.Type {
	case TypeYesNo:
		return true, false
	case TypeSingle:
		return q.Options[0].ID, q.Options[len(q.Options)-1].ID
	case TypeMulti:
		return q.optionIDs(), []string{q.Options[len(q.Options)-1].ID}
	case TypeNumber:
		lo, hi := 0.0, 100.0
		if q.Min != nil {
			lo = *q.Min
			hi = lo + 100
		}
		if q.Max != nil {
			hi = *q.Max
		}
		return lo, hi
	case TypeDate:
		return "2000-01-01", "2100-12-31"
	case TypeText:
		return "sample", "another sample"
	}
	return nil, nil
}
