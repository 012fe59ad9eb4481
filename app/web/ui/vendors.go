package ui

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/findings"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/validate"
	"assay/app/vendors"
	"assay/app/web/httpx"
)

// vendorService lists, shows, registers and edits vendors.
type vendorService interface {
	Vendor(ctx context.Context, id uint) (model.Vendor, error)
	httpx.VendorReader
	httpx.VendorEditor
}

// vendorByID loads one vendor, for a form shown again.
type vendorByID interface {
	Vendor(ctx context.Context, id uint) (model.Vendor, error)
}

// refusedVendorForm shows a form about vendor id again through show when err refuses what was
// typed (422); any other error passes on.
func refusedVendorForm(ctx context.Context, vendors vendorByID, id uint, err error, show func(model.Vendor, *validate.Error) error) error {
	ve, ok := validate.As(err)
	if !ok {
		return err
	}
	v, err := vendors.Vendor(ctx, id)
	if err != nil {
		return err
	}
	return show(v, ve)
}

// vendorPages are the vendor list, a vendor's page, the vendor form and the decision form.
type vendorPages struct {
	pages    *pages
	vendors  vendorService
	findings httpx.Decider
	now      func() time.Time
}

// vendorList is the data of the vendor list page.
type vendorList struct {
	// RowsHTML are the table's rows (listRowsHTML), empty when no vendor is listed.
	RowsHTML                                   template.HTML
	P                                          httpx.VendorQuery
	Tiers, Ratings, Statuses, Certs, Decisions []string
	// Flags are the red flags the filter offers, by title.
	Flags                                           []questionnaire.Named
	Total                                           int64
	TotalCapped                                     bool
	PrevURL, NextURL, CSVURL, XLSXURL, FirstPageURL string
	SortURLs                                        map[string]string
	CanEdit                                         bool
	Today                                           string
}

func (h *vendorPages) listVendors(c echo.Context) error {
	p := httpx.VendorQueryOf(c)
	f, err := p.Filter(h.now())
	d := vendorList{P: p, Tiers: vendors.Tiers, Ratings: httpx.VendorRatings, Statuses: httpx.VendorStatuses, Certs: httpx.VendorCerts,
		Decisions: httpx.VendorDecisions, CanEdit: httpx.IsEditor(c), Today: f.Today, Flags: h.pages.titles.Flags()}
	if p.Flag != "" && !slices.ContainsFunc(d.Flags, func(n questionnaire.Named) bool { return n.ID == p.Flag }) {
		// A link may name a flag no installed questionnaire raises any more; keep it chosen.
		d.Flags = append(d.Flags, questionnaire.Named{ID: p.Flag, Title: h.pages.titles.Flag(p.Flag)})
	}
	if ve, ok := validate.As(err); ok {
		d.FirstPageURL = "/vendors"
		return h.pages.render(c, http.StatusUnprocessableEntity, "vendors.html", page{Title: "Vendors", Nav: "vendors", Data: d,
			Errors: ve.Fields, Flash: "Some filters are not valid; nothing is listed until they are corrected."})
	}
	// A search's page stops when full, but counting its matches would read up to the count's
	// limit of them whatever the page: a search is not counted.
	f.Count = f.Search == ""
	// The page shows less of each vendor than the API and the exports: it reads no more.
	f.Brief = true
	pg, err := h.vendors.List(c.Request().Context(), f)
	if err != nil {
		return err
	}
	d.RowsHTML, d.Total, d.TotalCapped = listRowsHTML(pg.Rows, f.Today, d.CanEdit), pg.Total, pg.TotalCapped
	if pg.Next != nil {
		d.NextURL = p.Link("/vendors", pg.Next.Encode())
	}
	if pg.Prev != nil {
		d.PrevURL = p.Link("/vendors", pg.Prev.Encode())
	}
	d.CSVURL, d.XLSXURL, d.FirstPageURL = p.Link("/vendors/export.csv", ""), p.Link("/vendors/export.xlsx", ""), p.Link("/vendors", "")
	d.SortURLs = map[string]string{}
	for _, col := range model.VendorSorts {
		q := p
		q.Sort, q.Dir = col, "asc"
		if (p.Sort == col || p.Sort == "" && col == "name") && p.Dir != "desc" {
			q.Dir = "desc"
		}
		d.SortURLs[col] = q.Link("/vendors", "")
	}
	return h.pages.render(c, http.StatusOK, "vendors.html", page{Title: "Vendors", Nav: "vendors", Data: d})
}

// vendorPage is the data of a vendor's detail page.
type vendorPage struct {
	Vendor      model.Vendor
	Assessments []model.Assessment
	Latest      *model.Assessment
	Result      *model.Result
	// Findings are the findings of Latest, which say each red flag's state.
	Findings []model.Finding
	CanEdit  bool
	// Decisions are the current decision, its history and the form's choices (partials_findings.html).
	Decisions vendorDecisions
	// Next is when the vendor's next assessment falls due by its tier's cadence.
	Next reassess.NextAssessment
}

func (h *vendorPages) showVendor(c echo.Context, id uint) error {
	p, err := h.vendors.Page(c.Request().Context(), id)
	if err != nil {
		return err
	}
	// The latest result of any assessment is what procurement acts on.
	d := vendorPage{Vendor: p.Vendor, Assessments: p.Assessments, Latest: p.Scored, Result: p.Result, Findings: p.Findings, CanEdit: httpx.IsEditor(c),
		Next: p.Next, Decisions: vendorDecisions{History: p.Decisions, Form: decisionForm{Decisions: findings.Decisions},
			OpenFindings: p.OpenFindings}}
	if len(p.Decisions) > 0 {
		d.Decisions.Current = &p.Decisions[0]
	}
	return h.pages.render(c, http.StatusOK, "vendor.html", page{Title: p.Vendor.Name, Nav: "vendors", Data: d})
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

func (h *vendorPages) newVendor(c echo.Context) error {
	return h.pages.render(c, http.StatusOK, "vendor_form.html", page{Title: "New vendor", Nav: "vendors",
		Data: vendorFormData{Input: withBlankRows(vendors.Input{Tier: "medium"}), Tiers: vendors.Tiers}})
}

func (h *vendorPages) editVendor(c echo.Context, v model.Vendor) error {
	return h.pages.render(c, http.StatusOK, "vendor_form.html", page{Title: "Edit " + v.Name, Nav: "vendors",
		Data: vendorFormData{ID: v.ID, Input: withBlankRows(vendors.InputOf(v)), Tiers: vendors.Tiers}})
}

// vendorInput reads the vendor form: numbered rows of services and contacts, up to the first
// row that is missing from the form.
func vendorInput(c echo.Context) vendors.Input {
	var in vendors.Input
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
	return in
}

func formHas(c echo.Context, name string) bool {
	f, err := c.FormParams()
	if err != nil {
		return false
	}
	_, ok := f[name]
	return ok
}

func (h *vendorPages) createVendor(c echo.Context) error {
	in := vendorInput(c)
	v, err := h.vendors.Create(c.Request().Context(), in, httpx.Actor(c))
	if err != nil {
		return h.vendorFormError(c, 0, in, err)
	}
	return h.pages.redirect(c, fmt.Sprintf("/vendors/%d", v.ID), "vendor-created")
}

func (h *vendorPages) updateVendor(c echo.Context, id uint) error {
	in := vendorInput(c)
	v, err := h.vendors.Update(c.Request().Context(), id, in, httpx.Actor(c))
	if err != nil {
		return h.vendorFormError(c, id, in, err)
	}
	return h.pages.redirect(c, fmt.Sprintf("/vendors/%d", v.ID), "vendor-updated")
}

// vendorFormError re-renders the form with everything typed and a message per field.
func (h *vendorPages) vendorFormError(c echo.Context, id uint, in vendors.Input, err error) error {
	ve, ok := validate.As(err)
	if !ok {
		return err
	}
	title := "New vendor"
	if id != 0 {
		title = "Edit vendor"
	}
	return h.pages.render(c, http.StatusUnprocessableEntity, "vendor_form.html", page{Title: title, Nav: "vendors", Errors: ve.Fields,
		Flash: "Some fields need attention; nothing was saved yet.",
		Data:  vendorFormData{ID: id, Input: withBlankRows(in), Tiers: vendors.Tiers}})
}

// decisionForm is the data of the decision form when it comes back with messages.
type decisionForm struct {
	Vendor     model.Vendor
	Input      findings.DecideInput
	Conditions string
	Decisions  []string
	Errors     map[string]string
}

// decideVendor records an analyst's decision about a vendor; the form sends conditions one per line.
func (h *vendorPages) decideVendor(c echo.Context, id uint) error {
	ctx := c.Request().Context()
	raw := c.FormValue("conditions")
	in := findings.DecideInput{Decision: c.FormValue("decision"), Notes: c.FormValue("notes"),
		Conditions: strings.Split(strings.ReplaceAll(raw, "\r", ""), "\n")}
	if _, err := h.findings.Decide(ctx, id, in, httpx.Actor(c)); err != nil {
		return refusedVendorForm(ctx, h.vendors, id, err, func(v model.Vendor, ve *validate.Error) error {
			return h.pages.render(c, http.StatusUnprocessableEntity, "decision.html", page{Title: "Decision on " + v.Name, Nav: "vendors",
				Errors: ve.Fields, Flash: "Some fields need attention; the decision was not recorded.",
				Data: decisionForm{Vendor: v, Input: in, Conditions: raw, Decisions: findings.Decisions, Errors: ve.Fields}})
		})
	}
	return h.pages.redirect(c, fmt.Sprintf("/vendors/%d#decision", id), "decision-recorded")
}

// vendorDecisions is what the vendor page shows of decisions: the current one with who, when
// and the conditions, the history, and the form for analysts.
type vendorDecisions struct {
	Current *model.VendorDecision
	History []model.VendorDecision
	Form    decisionForm
	// OpenFindings counts the vendor's unresolved findings, which a decision should weigh.
	OpenFindings int64
}
