package review

import (
	"context"
	"errors"
	"fmt"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/scoring"
)

// Assessment is an assessment as a staff viewer may see it. Procurement get the outcome: the
// state without answers, files or the comparison with the last assessment, and neither the
// review nor the invitations.
type Assessment struct {
	State assessments.State
	// Result is the latest result; nil before the first.
	Result *model.Result
	// Breakdown explains the result's score and rating; procurement get the sections only.
	Breakdown *scoring.Breakdown
	// Full is set for the roles that see the vendor's material (model.SeesMaterial).
	Full        bool
	Review      Review
	Invitations []model.Invitation
}

// Assessment loads assessment id as staff of role viewer see it.
func (s *Service) Assessment(ctx context.Context, id uint, viewer string) (Assessment, error) {
	st, err := s.assessments.State(ctx, id)
	if err != nil {
		return Assessment{}, err
	}
	out := Assessment{State: st, Full: model.SeesMaterial(viewer)}
	if r, err := s.store.LatestResult(ctx, id); err == nil {
		out.Result = &r
		if out.Breakdown, err = breakdown(st, r); err != nil {
			return Assessment{}, err
		}
	} else if !errors.Is(err, model.ErrNotFound) {
		return Assessment{}, err
	}
	if !out.Full {
		if out.Breakdown != nil {
			for i := range out.Breakdown.Sections {
				out.Breakdown.Sections[i].Questions = nil
			}
		}
		out.State.Answers, out.State.Evidence, out.State.Visible, out.State.Missing, out.State.Reassessment = nil, nil, nil, nil, nil
		out.State.Notes = nil
		return out, nil
	}
	if out.Review, err = s.Review(ctx, id); err != nil {
		return Assessment{}, err
	}
	if out.Invitations, err = s.store.Invitations(ctx, id); err != nil {
		return Assessment{}, err
	}
	return out, nil
}

// breakdown explains result r of the assessment in st, from the inputs it was computed from.
func breakdown(st assessments.State, r model.Result) (*scoring.Breakdown, error) {
	if st.Definition == nil || st.Definition.Hash != r.QuestionnaireHash {
		// A result computed against another version of the questionnaire is not explained with
		// this one's weights.
		return nil, nil
	}
	b, err := pipeline.Explain(st.Definition, r.Inputs)
	if err != nil {
		return nil, fmt.Errorf("review: explain result %d: %w", r.ID, err)
	}
	return &b, nil
}

// AssessmentPage is what the assessment page shows: the assessment, its vendor and findings,
// and for the roles that see the vendor's material its history and evidence notices.
type AssessmentPage struct {
	Assessment
	Vendor   model.Vendor
	Findings []model.Finding
	History  audit.Trail
	// Notices are the analyst's notices of evidence going out of date (app/reminders).
	Notices []model.EvidenceNotice
}

// AssessmentPage loads the page of assessment id as staff of role viewer see it.
func (s *Service) AssessmentPage(ctx context.Context, id uint, viewer string) (AssessmentPage, error) {
	a, err := s.Assessment(ctx, id, viewer)
	if err != nil {
		return AssessmentPage{}, err
	}
	p := AssessmentPage{Assessment: a}
	if p.Vendor, err = s.store.Vendor(ctx, a.State.Assessment.VendorID); err != nil {
		return AssessmentPage{}, err
	}
	if p.Findings, err = s.store.AssessmentFindings(ctx, id); err != nil {
		return AssessmentPage{}, err
	}
	if !a.Full {
		return p, nil
	}
	if p.History, err = audit.AssessmentTrail(ctx, s.store, id); err != nil {
		return AssessmentPage{}, err
	}
	if p.Notices, err = s.store.EvidenceNotices(ctx, id); err != nil {
		return AssessmentPage{}, err
	}
	return p, nil
}
