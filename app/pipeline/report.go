package pipeline

import (
	"context"
	"errors"
	"sort"
	"strconv"

	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/model"
	"assay/app/oscal"
	"assay/app/portfolio"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/report"
)

// Report gathers what an assessment's exports and PDF report show, as staff of role viewer
// may see it: the export bundle, the vendor record with its current decision, and the history.
// Procurement (model.SeesMaterial) get it without answers, file names, facts or event details.
func (s *Service) Report(ctx context.Context, assessmentID uint, viewer string) (report.Assessment, error) {
	a, _, err := s.report(ctx, assessmentID, viewer)
	return a, err
}

// OSCAL is the assessment as an OSCAL assessment-results document, from the same data as
// Report for the same viewer, with the control mappings of the questionnaire it was sent with.
func (s *Service) OSCAL(ctx context.Context, assessmentID uint, viewer string) (oscal.Document, error) {
	a, def, err := s.report(ctx, assessmentID, viewer)
	if err != nil {
		return oscal.Document{}, err
	}
	q := oscal.Questionnaire{About: def.About, Mappings: def.Mappings, Questions: map[string]string{}}
	for _, sec := range def.Sections {
		for _, qu := range sec.Questions {
			q.Questions[qu.ID] = qu.Text
		}
	}
	return oscal.Build(a, q), nil
}

// report is Report with the questionnaire definition the assessment was sent with.
func (s *Service) report(ctx context.Context, assessmentID uint, viewer string) (report.Assessment, *questionnaire.Definition, error) {
	b, st, err := s.export(ctx, assessmentID)
	if err != nil {
		return report.Assessment{}, nil, err
	}
	v, err := s.store.Vendor(ctx, b.Assessment.VendorID)
	if err != nil {
		return report.Assessment{}, nil, err
	}
	restricted := !model.SeesMaterial(viewer)
	a := report.Assessment{ID: b.Assessment.ID, Questionnaire: b.Questionnaire.ID, QuestionnaireVersion: b.Questionnaire.Version,
		QuestionnaireHash: b.Questionnaire.Hash, Status: b.Assessment.Status, DueOn: b.Assessment.DueOn,
		SubmittedBy: b.Assessment.SubmittedBy, GeneratedAt: b.ExportedAt, Restricted: restricted,
		Vendor:   report.Vendor{ID: v.ID, Name: v.Name, Website: v.Website, Tier: v.Tier, Decision: v.Decision},
		Override: reportOverride(st.Assessment)}
	if b.Assessment.SubmittedAt != nil {
		a.SubmittedAt = *b.Assessment.SubmittedAt
	}
	if d, err := s.store.LatestDecision(ctx, v.ID); err == nil {
		a.Vendor.DecisionConditions, a.Vendor.DecidedBy, a.Vendor.DecidedAt = d.Conditions, d.DecidedBy, d.CreatedAt
	} else if !errors.Is(err, model.ErrNotFound) {
		return report.Assessment{}, nil, err
	}
	for _, sv := range v.Services {
		a.Vendor.Services = append(a.Vendor.Services, report.Service{Name: sv.Name, Keywords: sv.Keywords})
	}
	a.QuestionnaireTitle, a.Questions = st.Definition.Title, map[string]string{}
	for _, q := range st.Definition.Questions() {
		a.Questions[q.ID] = q.Text
	}
	if r := b.Result; r != nil {
		if a.Result, err = s.reportResult(ctx, st.Definition, *r); err != nil {
			return report.Assessment{}, nil, err
		}
	}
	if !restricted {
		a.Answers = answerRows(st.Definition, b.Inputs.Answers)
	}
	for _, e := range b.Evidence {
		ev := report.Evidence{ID: e.ID, QuestionID: e.QuestionID, Kind: e.Kind, Size: e.Size, SHA256: e.SHA256, Status: e.Status}
		if !restricted {
			ev.Filename, ev.ExtractError, ev.Facts = e.Filename, e.ExtractError, factRows(e)
		}
		a.Evidence = append(a.Evidence, ev)
	}
	trail, err := audit.AssessmentTrail(ctx, s.store, assessmentID)
	if err != nil {
		return report.Assessment{}, nil, err
	}
	a.ChainIntact = trail.Intact()
	if !a.ChainIntact {
		a.ChainProblem = trail.Problem.Error()
	}
	for _, e := range trail.Events {
		ev := report.Event{Seq: e.Seq, At: e.At, Actor: e.ActorLabel, ActorType: e.ActorType, Action: e.Action, Hash: e.Hash}
		if e.ObjectType != "" {
			ev.Object = e.ObjectType + " #" + strconv.FormatUint(uint64(e.ObjectID), 10)
		}
		if !restricted {
			ev.Detail, ev.IP = e.Detail, e.IP
		}
		a.History = append(a.History, ev)
	}
	return a, st.Definition, nil
}

// reportResult is result r as the reports show it: with its breakdown, recomputed from its
// inputs when it was scored with the definition def, and the state of each red flag's finding.
func (s *Service) reportResult(ctx context.Context, def *questionnaire.Definition, r model.Result) (*report.Result, error) {
	out := &report.Result{Score: r.Score, Rating: r.Rating, RedFlags: r.RedFlags, Certificate: r.Certificate,
		EngineVersion: r.EngineVersion, ComputedAt: r.ComputedAt, Findings: map[string]report.FlagFinding{}}
	if def.Hash == r.QuestionnaireHash {
		b, err := Explain(def, r.Inputs)
		if err != nil {
			return nil, err
		}
		out.Breakdown = &b
	}
	fs, err := s.store.AssessmentFindings(ctx, r.AssessmentID)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		out.Findings[f.FlagID] = report.FlagFinding{Open: portfolio.FlagOpen(f.Status), State: report.FindingState(f.Status, f.AcceptedUntil)}
	}
	return out, nil
}

// reportOverride is the assessment's rating override; nil when the computed rating stands alone.
func reportOverride(a model.Assessment) *report.Override {
	if a.OverrideRating == "" || a.OverrideAt == nil {
		return nil
	}
	return &report.Override{Rating: a.OverrideRating, Justification: a.OverrideJustification, By: a.OverrideBy, At: *a.OverrideAt,
		Stale: portfolio.OverrideStale(a)}
}

// answerRows lists the questions the vendor sees, in questionnaire order, with the answers
// that count (hidden or invalid ones left out, as scoring does).
func answerRows(def *questionnaire.Definition, raw map[string]any) []report.Answer {
	answers := def.Effective(questionnaire.Answers(raw))
	var out []report.Answer
	for _, id := range def.Visible(answers) {
		q, ok := def.Question(id)
		if !ok || q.Type == questionnaire.TypeEvidence {
			continue
		}
		v := answers[id]
		if list, ok := v.([]string); ok {
			items := make([]any, len(list))
			for i, x := range list {
				items[i] = x
			}
			v = items
		}
		out = append(out, report.Answer{QuestionID: id, Question: q.Text, Value: reassess.AnswerText(q, v)})
	}
	return out
}

// factRows lists a file's facts by name with analysts' corrections and the quoted source text.
func factRows(e BundleEvidence) []report.Fact {
	facts, quotes := e.Facts.Values(), e.Facts.Quotes()
	names := map[string]bool{}
	for k := range facts {
		if k != evidence.KeyQuotes && k != evidence.KeyDoubts {
			names[k] = true
		}
	}
	for k := range e.Corrections {
		names[k] = true
	}
	sorted := make([]string, 0, len(names))
	for k := range names {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	out := make([]report.Fact, 0, len(sorted))
	for _, k := range sorted {
		f := report.Fact{Name: k, Extracted: evidence.FormatFact(k, facts[k]), Quote: quotes[k]}
		f.Value = f.Extracted
		if c, ok := e.Corrections[k]; ok {
			f.Value, f.Corrected, f.CorrectedBy, f.CorrectedAt, f.Reason = evidence.FormatFact(k, c.Value), true, c.By, c.At, c.Reason
		}
		out = append(out, f)
	}
	return out
}
