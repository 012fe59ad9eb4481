package web

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/store"
	"assay/app/vendors"
)

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
	NextAssessment *assessments.NextAssessment `json:"next_assessment,omitempty"`
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

func vendorOut(v store.Vendor, a *store.Assessment, r *store.Result) vendorJSON {
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
		for _, f := range r.RedFlags {
			out.Result.OpenRedFlags = append(out.Result.OpenRedFlags, f.ID)
		}
	}
	return out
}

// vendorPage is the data of a vendor's detail page.
type vendorPage struct {
	Vendor      store.Vendor
	Assessments []store.Assessment
	Latest      *store.Assessment
	Result      *store.Result
	CanEdit     bool
	// Decisions are the current decision, its history and the form's choices (partials_findings.html).
	Decisions vendorDecisions
	// Next is when the vendor's next assessment falls due by its tier's cadence.
	Next assessments.NextAssessment
}

func (s *Server) showVendor(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	v, err := s.Store.Vendor(ctx, id)
	if err != nil {
		return err
	}
	as, err := s.Store.VendorAssessments(ctx, v.ID)
	if err != nil {
		return err
	}
	d := vendorPage{Vendor: v, Assessments: as, CanEdit: hasRole(principal(c).User, store.RoleAdmin, store.RoleAnalyst),
		Next: s.Assessments.NextAssessmentOf(v, as)}
	// The latest result of any assessment is what procurement acts on; the vendor's summary
	// knows which assessment holds it.
	if scored := v.Summary.ResultAssessmentID; scored != nil {
		for i := range as {
			if as[i].ID != *scored {
				continue
			}
			r, err := s.Store.LatestResult(ctx, as[i].ID)
			if err != nil {
				return err
			}
			d.Latest, d.Result = &as[i], &r
		}
	}
	if d.Decisions, err = s.vendorDecisions(c, v.ID); err != nil {
		return err
	}
	if wantsJSON(c) {
		var a *store.Assessment
		if len(as) > 0 {
			a = &as[0]
		}
		out := vendorOut(v, a, d.Result)
		out.NextAssessment = &d.Next
		if cur := d.Decisions.Current; cur != nil {
			dj := decisionOut(*cur)
			out.DecisionRecord = &dj
		}
		return c.JSON(http.StatusOK, out)
	}
	return s.renderPage(c, http.StatusOK, "vendor.html", page{Title: v.Name, Nav: "vendors", Data: d})
}

// vendorFormData is the data of the vendor form, new or edit.
type vendorFormData struct {
	ID    uint
	Input vendors.Input
	Tiers []string
}

// withBlankRows adds empty rows so the form always offers room for another service and contact.
func withBlankRows(in vendors.Input) vendors.Input {
	for len(in.Services) < 1 || in.Services[len(in.Services)-1].Name != "" {
		in.Services = append(in.Services, vendors.ServiceInput{})
	}
	for len(in.Contacts) < 1 || in.Contacts[len(in.Contacts)-1].Email != "" || in.Contacts[len(in.Contacts)-1].Name != "" {
		in.Contacts = append(in.Contacts, vendors.ContactInput{})
	}
	return in
}

func (s *Server) newVendor(c echo.Context) error {
	return s.renderPage(c, http.StatusOK, "vendor_form.html", page{Title: "New vendor", Nav: "vendors",
		Data: vendorFormData{Input: withBlankRows(vendors.Input{Tier: "medium"}), Tiers: vendors.Tiers}})
}

func (s *Server) editVendor(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	v, err := s.Store.Vendor(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return s.renderPage(c, http.StatusOK, "vendor_form.html", page{Title: "Edit " + v.Name, Nav: "vendors",
		Data: vendorFormData{ID: v.ID, Input: withBlankRows(vendors.InputOf(v)), Tiers: vendors.Tiers}})
}

// vendorInput reads the vendor from a JSON body or from the form.
func vendorInput(c echo.Context) (vendors.Input, error) {
	var in vendors.Input
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return in, badJSON()
		}
		return in, nil
	}
	in.Name, in.Website, in.Tier = c.FormValue("name"), c.FormValue("website"), c.FormValue("tier")
	for i := 0; i < 50; i++ {
		p := fmt.Sprintf("services[%d].", i)
		name, kws := c.FormValue(p+"name"), c.FormValue(p+"keywords")
		if name == "" && kws == "" && !formHas(c, p+"name") {
			break
		}
		var keywords []string
		for _, k := range strings.Split(kws, ",") {
			if k = strings.TrimSpace(k); k != "" {
				keywords = append(keywords, k)
			}
		}
		in.Services = append(in.Services, vendors.ServiceInput{Name: name, Keywords: keywords})
	}
	for i := 0; i < 50; i++ {
		p := fmt.Sprintf("contacts[%d].", i)
		name, email := c.FormValue(p+"name"), c.FormValue(p+"email")
		if name == "" && email == "" && !formHas(c, p+"email") {
			break
		}
		in.Contacts = append(in.Contacts, vendors.ContactInput{Name: name, Email: email})
	}
	return in, nil
}

func (s *Server) createVendor(c echo.Context) error {
	in, err := vendorInput(c)
	if err != nil {
		return err
	}
	v, err := s.Vendors.Create(c.Request().Context(), in, principal(c).Actor(c.RealIP()))
	if err != nil {
		return s.vendorFormError(c, 0, in, err)
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusCreated, vendorOut(v, nil, nil))
	}
	return s.redirectFlash(c, fmt.Sprintf("/vendors/%d", v.ID), "vendor-created")
}

func (s *Server) updateVendor(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	in, err := vendorInput(c)
	if err != nil {
		return err
	}
	v, err := s.Vendors.Update(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
	if err != nil {
		return s.vendorFormError(c, id, in, err)
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, vendorOut(v, nil, nil))
	}
	return s.redirectFlash(c, fmt.Sprintf("/vendors/%d", v.ID), "vendor-updated")
}

// vendorFormError re-renders the form with everything typed and a message per field.
func (s *Server) vendorFormError(c echo.Context, id uint, in vendors.Input, err error) error {
	ve, ok := validateAs(err)
	if !ok || wantsJSON(c) {
		return err
	}
	title := "New vendor"
	if id != 0 {
		title = "Edit vendor"
	}
	return s.renderPage(c, http.StatusUnprocessableEntity, "vendor_form.html", page{Title: title, Nav: "vendors", Errors: ve.Fields,
		Flash: "Some fields need attention; nothing was saved yet.",
		Data:  vendorFormData{ID: id, Input: withBlankRows(in), Tiers: vendors.Tiers}})
}
