package vendors

import (
	"context"

	"assay/app/model"
	"assay/app/reassess"
)

// Vendor returns one vendor with its services and contacts.
func (s *Service) Vendor(ctx context.Context, id uint) (model.Vendor, error) {
	return s.Store.Vendor(ctx, id)
}

// List returns one page of the vendor list, each vendor with its summary.
func (s *Service) List(ctx context.Context, f model.VendorFilter) (model.VendorPage, error) {
	return s.Store.Vendors(ctx, f)
}

// Page is what a vendor's page shows, to every staff role alike.
type Page struct {
	Vendor model.Vendor
	// Assessments are the vendor's assessments, newest first.
	Assessments []model.Assessment
	// Scored is the assessment holding the latest result of any, the one procurement act on;
	// Result is that result. Both are nil before any assessment is scored.
	Scored *model.Assessment
	Result *model.Result
	// Findings are the findings of the Scored assessment, one per red flag of its result.
	Findings []model.Finding
	// Decisions are the decisions about the vendor, the current one first.
	Decisions []model.VendorDecision
	// OpenFindings counts the vendor's unresolved findings, which a decision should weigh.
	OpenFindings int64
	// Next is when the vendor's next assessment falls due by its tier's cadence.
	Next reassess.NextAssessment
}

// FindingStatuses are the statuses of the scored assessment's findings by red flag id, which
// say whether each red flag still counts as open (portfolio.FlagOpen).
func (p Page) FindingStatuses() map[string]string {
	out := make(map[string]string, len(p.Findings))
	for _, f := range p.Findings {
		out[f.FlagID] = f.Status
	}
	return out
}

// Page loads vendor id's page.
func (s *Service) Page(ctx context.Context, id uint) (Page, error) {
	v, err := s.Store.Vendor(ctx, id)
	if err != nil {
		return Page{}, err
	}
	p := Page{Vendor: v}
	if p.Assessments, err = s.Store.VendorAssessments(ctx, id); err != nil {
		return Page{}, err
	}
	p.Next = s.Reassess.NextAssessmentOf(v, p.Assessments)
	// The vendor's summary knows which assessment holds the latest result.
	if scored := v.Summary.ResultAssessmentID; scored != nil {
		for i := range p.Assessments {
			if p.Assessments[i].ID != *scored {
				continue
			}
			r, err := s.Store.LatestResult(ctx, *scored)
			if err != nil {
				return Page{}, err
			}
			p.Scored, p.Result = &p.Assessments[i], &r
			if p.Findings, err = s.Store.AssessmentFindings(ctx, *scored); err != nil {
				return Page{}, err
			}
		}
	}
	if p.Decisions, err = s.Store.VendorDecisions(ctx, id); err != nil {
		return Page{}, err
	}
	if p.OpenFindings, err = s.Store.OpenFindingCount(ctx, id); err != nil {
		return Page{}, err
	}
	return p, nil
}
