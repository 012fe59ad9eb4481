package api

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/reassess"
	"assay/app/web/httpx"
)

// vendorAPI lists, shows, registers and edits vendors and records decisions about them.
type vendorAPI struct {
	vendors  vendorService
	findings httpx.Decider
	now      func() time.Time
}

// vendorService lists, shows, registers and edits vendors.
type vendorService interface {
	httpx.VendorReader
	httpx.VendorEditor
}

// vendorJSON is a vendor in API responses.
type vendorJSON struct {
	ID         uint             `json:"id"`
	Name       string           `json:"name"`
	Website    string           `json:"website"`
	Tier       string           `json:"tier"`
	Decision   string           `json:"decision"`
	Services   []serviceJSON    `json:"services"`
	Contacts   []contactJSON    `json:"contacts"`
	CreatedAt  time.Time        `json:"created_at"`
	Assessment *assessmentBrief `json:"latest_assessment,omitempty"`
	Result     *resultBriefJSON `json:"result,omitempty"`

	// NextAssessment is when the next assessment falls due (vendor detail only).
	NextAssessment *reassess.NextAssessment `json:"next_assessment,omitempty"`
	// DecisionRecord is the current decision with who, when and its conditions (vendor detail only).
	DecisionRecord *decisionJSON `json:"decision_record,omitempty"`
	// LastSubmittedAt is set in vendor list items, from the vendor's summary.
	LastSubmittedAt *time.Time `json:"last_submitted_at,omitempty"`
}

type serviceJSON struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords"`
}

type contactJSON struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

type assessmentBrief struct {
	ID     uint   `json:"id"`
	Status string `json:"status"`
	DueOn  string `json:"due_on"`
}

type resultBriefJSON struct {
	Score        int      `json:"score"`
	Rating       string   `json:"rating"`
	OpenRedFlags []string `json:"open_red_flags"`
	// The fields below are set in vendor list items, from the vendor's summary.
	AssessmentID         uint   `json:"assessment_id,omitempty"`
	CertificateStatus    string `json:"certificate_status,omitempty"`
	CertificateExpiresOn string `json:"certificate_expires_on,omitempty"`
	// OverrideRating is the analyst's rating set over the computed Rating; list filters,
	// sorting and the dashboard use it when set.
	OverrideRating string `json:"override_rating,omitempty"`
}

// vendorOut is the API view of a vendor; findings are the statuses of the findings of r's
// assessment by red flag id, which say which red flags are still open.
func vendorOut(v model.Vendor, a *model.Assessment, r *model.Result, findings map[string]string) vendorJSON {
	out := vendorJSON{ID: v.ID, Name: v.Name, Website: v.Website, Tier: v.Tier, Decision: v.Decision, CreatedAt: v.CreatedAt,
		Services: []serviceJSON{}, Contacts: []contactJSON{}}
	for _, s := range v.Services {
		out.Services = append(out.Services, serviceJSON{Name: s.Name, Keywords: s.Keywords})
	}
	for _, c := range v.Contacts {
		out.Contacts = append(out.Contacts, contactJSON{Name: c.Name, Email: c.Email})
	}
	if a != nil {
		out.Assessment = &assessmentBrief{ID: a.ID, Status: a.Status, DueOn: a.DueOn.Format("2006-01-02")}
	}
	if r != nil {
		out.Result = &resultBriefJSON{Score: r.Score, Rating: r.Rating, OpenRedFlags: []string{}}
		for _, f := range portfolio.OpenFlags(r.RedFlags, findings) {
			out.Result.OpenRedFlags = append(out.Result.OpenRedFlags, f.ID)
		}
	}
	return out
}

// vendorListJSON is the API's page of the vendor list.
type vendorListJSON struct {
	Items       []vendorJSON `json:"items"`
	NextCursor  string       `json:"next_cursor,omitempty"`
	PrevCursor  string       `json:"prev_cursor,omitempty"`
	Total       int64        `json:"total"`
	TotalCapped bool         `json:"total_capped"`
}

func (h *vendorAPI) listVendors(c echo.Context) error {
	f, err := httpx.VendorQueryOf(c).Filter(h.now())
	if err != nil {
		return err
	}
	// A search's page stops when full, but counting its matches would read up to the count's
	// limit of them whatever the page: a search is not counted.
	f.Count = f.Search == ""
	pg, err := h.vendors.List(c.Request().Context(), f)
	if err != nil {
		return err
	}
	out := vendorListJSON{Items: make([]vendorJSON, len(pg.Rows)), Total: pg.Total, TotalCapped: pg.TotalCapped}
	for i, r := range pg.Rows {
		out.Items[i] = vendorRowOut(r)
	}
	if pg.Next != nil {
		out.NextCursor = pg.Next.Encode()
	}
	if pg.Prev != nil {
		out.PrevCursor = pg.Prev.Encode()
	}
	return c.JSON(http.StatusOK, out)
}

// vendorRowOut is a vendor list row in API responses: the vendor with its summary.
func vendorRowOut(r model.VendorRow) vendorJSON {
	v, sm := r.Vendor, r.Vendor.Summary
	out := vendorOut(v, nil, nil, nil)
	if sm.LatestAssessmentID != nil {
		out.Assessment = &assessmentBrief{ID: *sm.LatestAssessmentID, Status: sm.AssessmentStatus, DueOn: sm.AssessmentDueOn}
	}
	if sm.Scored() {
		out.Result = &resultBriefJSON{Score: sm.Score, Rating: sm.ComputedRating, OpenRedFlags: []string{}, AssessmentID: *sm.ResultAssessmentID,
			CertificateStatus: sm.CertificateStatus, CertificateExpiresOn: sm.CertificateExpiresOn}
		if sm.RatingOverridden {
			out.Result.OverrideRating = sm.Rating
		}
		for _, fl := range r.RedFlags {
			out.Result.OpenRedFlags = append(out.Result.OpenRedFlags, fl.FlagID)
		}
	}
	out.LastSubmittedAt = sm.LastSubmittedAt
	return out
}

// showVendor gives the vendor with its latest assessment, the latest result of any assessment
// (which the vendor's summary points at), when the next one falls due and the current decision.
func (h *vendorAPI) showVendor(c echo.Context, id uint) error {
	p, err := h.vendors.Page(c.Request().Context(), id)
	if err != nil {
		return err
	}
	var latest *model.Assessment
	if len(p.Assessments) > 0 {
		latest = &p.Assessments[0]
	}
	out := vendorOut(p.Vendor, latest, p.Result, p.FindingStatuses())
	out.NextAssessment = &p.Next
	if len(p.Decisions) > 0 {
		dj := decisionOut(p.Decisions[0])
		out.DecisionRecord = &dj
	}
	return c.JSON(http.StatusOK, out)
}

func (h *vendorAPI) createVendor(c echo.Context) error {
	return act(c, h.vendors.Create, http.StatusCreated, vendorAlone)
}

func (h *vendorAPI) updateVendor(c echo.Context, id uint) error {
	return actOn(c, id, h.vendors.Update, http.StatusOK, vendorAlone)
}

// vendorAlone is a vendor as a change answers it, without contacts or assessments.
func vendorAlone(v model.Vendor) vendorJSON { return vendorOut(v, nil, nil, nil) }

// decisionJSON is a recorded vendor decision with what it was based on.
type decisionJSON struct {
	ID           uint      `json:"id"`
	VendorID     uint      `json:"vendor_id"`
	Decision     string    `json:"decision"`
	Conditions   []string  `json:"conditions"`
	Notes        string    `json:"notes,omitempty"`
	DecidedBy    string    `json:"decided_by"`
	DecidedAt    time.Time `json:"decided_at"`
	AssessmentID *uint     `json:"assessment_id"`
	Score        *int      `json:"score"`
	Rating       string    `json:"rating,omitempty"`
	OpenFindings int       `json:"open_findings"`
}

func decisionOut(d model.VendorDecision) decisionJSON {
	out := decisionJSON{ID: d.ID, VendorID: d.VendorID, Decision: d.Decision, Conditions: d.Conditions, Notes: d.Notes,
		DecidedBy: d.DecidedBy, DecidedAt: d.CreatedAt, AssessmentID: d.AssessmentID, Score: d.Score, Rating: d.Rating,
		OpenFindings: d.OpenFindings}
	if out.Conditions == nil {
		out.Conditions = []string{}
	}
	return out
}

// decideVendor records an analyst's decision about a vendor, with its conditions as a list.
func (h *vendorAPI) decideVendor(c echo.Context, id uint) error {
	return actOn(c, id, h.findings.Decide, http.StatusCreated, decisionOut)
}
