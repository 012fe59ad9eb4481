package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/store"
	"assay/app/vendors"
)

// dueWindows are the look-ahead choices of the reassessments page, in days.
var dueWindows = []int{0, 30, 60, 90, 180}

const defaultDueWindow = 30

// maxDueShown caps the rows of the reassessments page; the count above the table is exact.
const maxDueShown = 500

// reassessmentsPage is the data of the reassessments-due page.
type reassessmentsPage struct {
	Rows    []assessments.DueVendor
	Total   int
	Within  int
	Windows []int
	Tier    string
	Tiers   []string
	Cadence map[string]int
	CanEdit bool
	Now     time.Time
}

// dueFilter reads ?within= (days, from dueWindows) and ?tier= (a known tier); anything else
// falls back to the defaults rather than reaching the query.
func (s *Server) dueFilter(c echo.Context) (assessments.DueFilter, int) {
	within := defaultDueWindow
	if n, err := strconv.Atoi(c.QueryParam("within")); err == nil {
		for _, w := range dueWindows {
			if w == n {
				within = n
			}
		}
	}
	tier := c.QueryParam("tier")
	if !contains(vendors.Tiers, tier) {
		tier = ""
	}
	return assessments.DueFilter{Now: s.Now(), Within: time.Duration(within) * 24 * time.Hour, Tier: tier}, within
}

// listReassessments shows the vendors due for their next assessment within the chosen window
// or already overdue; analysts pick some and go on to the bulk send.
func (s *Server) listReassessments(c echo.Context) error {
	f, within := s.dueFilter(c)
	rows, err := s.Assessments.ReassessmentsDue(c.Request().Context(), f)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		if rows == nil {
			rows = []assessments.DueVendor{}
		}
		return c.JSON(http.StatusOK, map[string]any{"within_days": within, "tier": f.Tier, "total": len(rows), "vendors": rows})
	}
	d := reassessmentsPage{Total: len(rows), Within: within, Windows: dueWindows, Tier: f.Tier, Tiers: vendors.Tiers,
		Cadence: s.Assessments.CadenceMonths(), CanEdit: hasRole(principal(c).User, store.RoleAdmin, store.RoleAnalyst), Now: f.Now}
	if len(rows) > maxDueShown {
		rows = rows[:maxDueShown]
	}
	d.Rows = rows
	return s.renderPage(c, http.StatusOK, "reassessments.html", page{Title: "Reassessments due", Nav: "reassessments", Data: d})
}

// bulkForm is the data of the bulk-send page.
type bulkForm struct {
	Vendors []bulkVendorRow
	// Dropped counts the chosen vendors beyond the most one bulk send may reach.
	Dropped        int
	Questionnaires []questionnaireOption
	Questionnaire  string
	DueDate        string
	MinDue         string
}

// bulkVendorRow is one chosen vendor with the contacts ticked for it.
type bulkVendorRow struct {
	Vendor store.Vendor
	Chosen []string
}

func (s *Server) bulkFormData(rows []bulkVendorRow, questionnaire, due string) bulkForm {
	d := bulkForm{Vendors: rows, Questionnaire: questionnaire, DueDate: due, MinDue: s.Now().AddDate(0, 0, 1).Format("2006-01-02")}
	for _, q := range s.Assessments.Questionnaires() {
		d.Questionnaires = append(d.Questionnaires, questionnaireOption{ID: q.ID, Title: q.Title, Version: q.Version})
	}
	return d
}

// idValues reads repeated id values (vendor=, a=) in their order, once each; anything that is
// not an id is ignored, as a stale link may carry it.
func idValues(values []string) []uint {
	var ids []uint
	seen := map[uint]bool{}
	for _, v := range values {
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil || n == 0 || seen[uint(n)] {
			continue
		}
		seen[uint(n)] = true
		ids = append(ids, uint(n))
	}
	return ids
}

// bulkRows loads the chosen vendors in the order given, each with the emails chosen(v) ticks.
func (s *Server) bulkRows(c echo.Context, ids []uint, chosen func(store.Vendor) []string) ([]bulkVendorRow, error) {
	if len(ids) > assessments.MaxBulkVendors {
		ids = ids[:assessments.MaxBulkVendors]
	}
	vs, err := s.Store.VendorsByID(c.Request().Context(), ids)
	if err != nil {
		return nil, err
	}
	var rows []bulkVendorRow
	for _, id := range ids {
		if v, ok := vs[id]; ok {
			rows = append(rows, bulkVendorRow{Vendor: v, Chosen: chosen(v)})
		}
	}
	return rows, nil
}

// newBulkSend shows the chosen vendors with every contact ticked, a questionnaire and a due date.
func (s *Server) newBulkSend(c echo.Context) error {
	ids := idValues(c.QueryParams()["vendor"])
	rows, err := s.bulkRows(c, ids, func(v store.Vendor) []string {
		var all []string
		for _, ct := range v.Contacts {
			all = append(all, ct.Email)
		}
		return all
	})
	if err != nil {
		return err
	}
	d := s.bulkFormData(rows, "", s.Now().AddDate(0, 0, 30).Format("2006-01-02"))
	d.Dropped = max(0, len(ids)-assessments.MaxBulkVendors)
	return s.renderPage(c, http.StatusOK, "bulk_send.html", page{Title: "Send a questionnaire to several vendors", Nav: "reassessments", Data: d})
}

// recipientsField is the form name of a vendor's contact checkboxes on the bulk-send page.
func recipientsField(vendorID uint) string { return fmt.Sprintf("recipients_%d", vendorID) }

// sendBulk sends one questionnaire to every chosen vendor, or re-renders the form with each
// problem beside its vendor or field, keeping every choice.
func (s *Server) sendBulk(c echo.Context) error {
	var in assessments.BulkSendInput
	var form url.Values
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		var err error
		if form, err = c.FormParams(); err != nil {
			return err
		}
		in.Questionnaire, in.DueDate = form.Get("questionnaire"), form.Get("due_date")
		for _, id := range idValues(form["vendor"]) {
			in.Vendors = append(in.Vendors, assessments.BulkVendor{VendorID: id, Recipients: form[recipientsField(id)]})
		}
	}
	sent, err := s.Assessments.SendBulk(c.Request().Context(), in, principal(c).Actor(c.RealIP()))
	if err != nil {
		ve, ok := validateAs(err)
		if !ok || wantsJSON(c) {
			return err
		}
		ids := make([]uint, len(in.Vendors))
		for i, bv := range in.Vendors {
			ids[i] = bv.VendorID
		}
		rows, rerr := s.bulkRows(c, ids, func(v store.Vendor) []string { return form[recipientsField(v.ID)] })
		if rerr != nil {
			return rerr
		}
		return s.renderPage(c, http.StatusUnprocessableEntity, "bulk_send.html", page{Title: "Send a questionnaire to several vendors",
			Nav: "reassessments", Errors: ve.Fields, Flash: "Some choices need attention; nothing was sent.",
			Data: s.bulkFormData(rows, in.Questionnaire, in.DueDate)})
	}
	if wantsJSON(c) {
		out := make([]map[string]any, len(sent))
		for i, b := range sent {
			a := b.Assessment
			out[i] = map[string]any{"vendor_id": b.Vendor.ID, "id": a.ID, "status": a.Status, "questionnaire": a.QuestionnaireID,
				"questionnaire_version": a.QuestionnaireVersion, "due_on": a.DueOn.Format("2006-01-02"), "invitations": b.Invitations}
		}
		return c.JSON(http.StatusCreated, map[string]any{"assessments": out})
	}
	q := url.Values{}
	for _, b := range sent {
		q.Add("a", strconv.FormatUint(uint64(b.Assessment.ID), 10))
	}
	return s.redirectFlash(c, "/assessments/bulk/sent?"+q.Encode(), "bulk-sent")
}

// bulkSentPage is the data of the page listing what a bulk send sent.
type bulkSentPage struct {
	Assessments []store.Assessment
	Invitations map[uint][]store.Invitation
}

// showBulkSent lists the assessments a bulk send created, with who was invited to each.
func (s *Server) showBulkSent(c echo.Context) error {
	as, invs, err := s.Store.AssessmentsWithInvitations(c.Request().Context(), idValues(c.QueryParams()["a"]))
	if err != nil {
		return err
	}
	return s.renderPage(c, http.StatusOK, "bulk_sent.html", page{Title: "Questionnaires sent", Nav: "reassessments",
		Data: bulkSentPage{Assessments: as, Invitations: invs}})
}
