package httpx

import (
	"context"

	"assay/app/audit"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/vendors"
)

// FindingLister lists findings by a filter, for the findings page and the API alike.
type FindingLister interface {
	List(ctx context.Context, f model.FindingFilter) ([]model.Finding, int64, error)
}

// FindingActions are what staff do to a finding, the same from its page's forms and the API.
type FindingActions interface {
	Update(ctx context.Context, id uint, in findings.UpdateInput, actor audit.Actor) (model.Finding, error)
	Close(ctx context.Context, id uint, in findings.CloseInput, actor audit.Actor) (model.Finding, error)
	AcceptRisk(ctx context.Context, id uint, in findings.AcceptInput, actor audit.Actor) (model.Finding, error)
	Reopen(ctx context.Context, id uint, in findings.ReopenInput, actor audit.Actor) (model.Finding, error)
	Share(ctx context.Context, id uint, in findings.ShareInput, actor audit.Actor) ([]invitations.SentInvitation, error)
}

// VendorEditor registers and edits vendors, the same from the vendor form and the API.
type VendorEditor interface {
	Create(ctx context.Context, in vendors.Input, actor audit.Actor) (model.Vendor, error)
	Update(ctx context.Context, id uint, in vendors.Input, actor audit.Actor) (model.Vendor, error)
}

// VendorReader lists vendors and reads one vendor's page, the same for the pages and the API.
type VendorReader interface {
	List(ctx context.Context, f model.VendorFilter) (model.VendorPage, error)
	Page(ctx context.Context, id uint) (vendors.Page, error)
}

// Decider records decisions about vendors, from the vendor page's form and the API.
type Decider interface {
	Decide(ctx context.Context, vendorID uint, in findings.DecideInput, actor audit.Actor) (model.VendorDecision, error)
}
