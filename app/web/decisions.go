package web

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/findings"
	"assay/app/store"
	"assay/app/validate"
)

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

func decisionOut(d store.VendorDecision) decisionJSON {
	out := decisionJSON{ID: d.ID, VendorID: d.VendorID, Decision: d.Decision, Conditions: d.Conditions, Notes: d.Notes,
		DecidedBy: d.DecidedBy, DecidedAt: d.CreatedAt, AssessmentID: d.AssessmentID, Score: d.Score, Rating: d.Rating,
		OpenFindings: d.OpenFindings}
	if out.Conditions == nil {
		out.Conditions = []string{}
	}
	return out
}

// decisionForm is the data of the decision form when it comes back with messages.
type decisionForm struct {
	Vendor     store.Vendor
	Input      findings.DecideInput
	Conditions string
	Decisions  []string
	Errors     map[string]string
}

// decideVendor records an analyst's decision about a vendor. The form sends conditions one per
// line; the API sends a list.
func (s *Server) decideVendor(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	var in findings.DecideInput
	raw := ""
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		raw = c.FormValue("conditions")
		in = findings.DecideInput{Decision: c.FormValue("decision"), Notes: c.FormValue("notes"),
			Conditions: strings.Split(strings.ReplaceAll(raw, "\r", ""), "\n")}
	}
	d, err := s.Findings.Decide(ctx, id, in, principal(c).Actor(c.RealIP()))
	if err != nil {
		ve, ok := validate.As(err)
		if !ok || wantsJSON(c) {
			return err
		}
		v, verr := s.Store.Vendor(ctx, id)
		if verr != nil {
			return verr
		}
		return s.renderPage(c, http.StatusUnprocessableEntity, "decision.html", page{Title: "Decision on " + v.Name, Nav: "vendors",
			Errors: ve.Fields, Flash: "Some fields need attention; the decision was not recorded.",
			Data: decisionForm{Vendor: v, Input: in, Conditions: raw, Decisions: findings.Decisions, Errors: ve.Fields}})
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusCreated, decisionOut(d))
	}
	return s.redirectFlash(c, fmt.Sprintf("/vendors/%d#decision", id), "decision-recorded")
}

// vendorDecisions is what the vendor page shows of decisions: the current one with who, when
// and the conditions, the history, and the form for analysts.
type vendorDecisions struct {
	Current *store.VendorDecision
	History []store.VendorDecision
	Form    decisionForm
	// OpenFindings counts the vendor's unresolved findings, which a decision should weigh.
	OpenFindings int64
}

func (s *Server) vendorDecisions(c echo.Context, vendorID uint) (vendorDecisions, error) {
	ds, err := s.Store.VendorDecisions(c.Request().Context(), vendorID)
	if err != nil {
		return vendorDecisions{}, err
	}
	open, err := s.Store.OpenFindingCount(c.Request().Context(), vendorID)
	if err != nil {
		return vendorDecisions{}, err
	}
	out := vendorDecisions{History: ds, Form: decisionForm{Decisions: findings.Decisions}, OpenFindings: open}
	if len(ds) > 0 {
		out.Current = &ds[0]
	}
	return out, nil
}
