package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/validate"
	"assay/app/vendors"
	"assay/app/web/httpx"
)

// maxDueShown caps the rows of the reassessments page; the count above the table is exact.
const maxDueShown = 500

// bulkSender sends one questionnaire to many vendors: the vendors chosen, the sending and
// what it sent.
type bulkSender interface {
	Chosen(ctx context.Context, ids []uint) ([]model.Vendor, error)
	SendBulk(ctx context.Context, in invitations.BulkSendInput, actor audit.Actor) ([]invitations.BulkSent, error)
	Sent(ctx context.Context, ids []uint) ([]model.Assessment, map[uint][]model.Invitation, error)
}

// reassessPages are the vendors due again by their tier's cadence, and one questionnaire sent
// to many vendors at once.
type reassessPages struct {
	pages          *pages
	invitations    bulkSender
	reassess       *reassess.Service
	questionnaires *questionnaire.Registry
	now            func() time.Time
}

// reassessmentsPage is the data of the reassessments-due page.
type reassessmentsPage struct {
	Rows    []reassess.DueVendor
	Total   int
	Within  int
	Windows []int
	Tier    string
	Tiers   []string
	Cadence map[string]int
	CanEdit bool
	Now     time.Time
}

// listReassessments shows the vendors due for their next assessment within the chosen window
// or already overdue; analysts pick some and go on to the bulk send.
func (h *reassessPages) listReassessments(c echo.Context) error {
	f, within := httpx.DueFilterOf(c, h.now())
	rows, err := h.reassess.ReassessmentsDue(c.Request().Context(), f)
	if err != nil {
		return err
	}
	d := reassessmentsPage{Total: len(rows), Within: within, Windows: httpx.DueWindows, Tier: f.Tier, Tiers: vendors.Tiers,
		Cadence: h.reassess.CadenceMonths(), CanEdit: httpx.IsEditor(c), Now: f.Now}
	if len(rows) > maxDueShown {
		rows = rows[:maxDueShown]
	}
	d.Rows = rows
	return h.pages.render(c, http.StatusOK, "reassessments.html", page{Title: "Reassessments due", Nav: "reassessments", Data: d})
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
	Vendor model.Vendor
	Chosen []string
}

func (h *reassessPages) bulkFormData(rows []bulkVendorRow, questionnaire, due string) bulkForm {
	return bulkForm{Vendors: rows, Questionnaire: questionnaire, DueDate: due, MinDue: daysFrom(h.now(), 1),
		Questionnaires: questionnaireOptions(h.questionnaires.Latest())}
}

// bulkRows loads the chosen vendors in the order given, each with the emails chosen(v) ticks.
func (h *reassessPages) bulkRows(ctx context.Context, ids []uint, chosen func(model.Vendor) []string) ([]bulkVendorRow, error) {
	vs, err := h.invitations.Chosen(ctx, ids)
	if err != nil {
		return nil, err
	}
	var rows []bulkVendorRow
	for _, v := range vs {
		rows = append(rows, bulkVendorRow{Vendor: v, Chosen: chosen(v)})
	}
	return rows, nil
}

// newBulkSend shows the chosen vendors with every contact ticked, a questionnaire and a due date.
func (h *reassessPages) newBulkSend(c echo.Context) error {
	ids := httpx.IDValues(c.QueryParams()["vendor"])
	rows, err := h.bulkRows(c.Request().Context(), ids, func(v model.Vendor) []string {
		var all []string
		for _, ct := range v.Contacts {
			all = append(all, ct.Email)
		}
		return all
	})
	if err != nil {
		return err
	}
	d := h.bulkFormData(rows, "", daysFrom(h.now(), 30))
	d.Dropped = max(0, len(ids)-invitations.MaxBulkVendors)
	return h.pages.render(c, http.StatusOK, "bulk_send.html", page{Title: "Send a questionnaire to several vendors", Nav: "reassessments", Data: d})
}

// recipientsField is the form name of a vendor's contact checkboxes on the bulk-send page.
func recipientsField(vendorID uint) string { return fmt.Sprintf("recipients_%d", vendorID) }

// sendBulk sends one questionnaire to every chosen vendor, or re-renders the form with each
// problem beside its vendor or field, keeping every choice.
func (h *reassessPages) sendBulk(c echo.Context) error {
	form, err := c.FormParams()
	if err != nil {
		return err
	}
	in := invitations.BulkSendInput{Questionnaire: form.Get("questionnaire"), DueDate: form.Get("due_date")}
	for _, id := range httpx.IDValues(form["vendor"]) {
		in.Vendors = append(in.Vendors, invitations.BulkVendor{VendorID: id, Recipients: form[recipientsField(id)]})
	}
	sent, err := h.invitations.SendBulk(c.Request().Context(), in, httpx.Actor(c))
	if err != nil {
		ve, ok := validate.As(err)
		if !ok {
			return err
		}
		ids := make([]uint, len(in.Vendors))
		for i, bv := range in.Vendors {
			ids[i] = bv.VendorID
		}
		rows, rerr := h.bulkRows(c.Request().Context(), ids, func(v model.Vendor) []string { return form[recipientsField(v.ID)] })
		if rerr != nil {
			return rerr
		}
		return h.pages.render(c, http.StatusUnprocessableEntity, "bulk_send.html", page{Title: "Send a questionnaire to several vendors",
			Nav: "reassessments", Errors: ve.Fields, Flash: "Some choices need attention; nothing was sent.",
			Data: h.bulkFormData(rows, in.Questionnaire, in.DueDate)})
	}
	q := url.Values{}
	for _, b := range sent {
		q.Add("a", strconv.FormatUint(uint64(b.Assessment.ID), 10))
	}
	return h.pages.redirect(c, "/assessments/bulk/sent?"+q.Encode(), "bulk-sent")
}

// bulkSentPage is the data of the page listing what a bulk send sent.
type bulkSentPage struct {
	Assessments []model.Assessment
	Invitations map[uint][]model.Invitation
}

// showBulkSent lists the assessments a bulk send created, with who was invited to each.
func (h *reassessPages) showBulkSent(c echo.Context) error {
	as, invs, err := h.invitations.Sent(c.Request().Context(), httpx.IDValues(c.QueryParams()["a"]))
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "bulk_sent.html", page{Title: "Questionnaires sent", Nav: "reassessments",
		Data: bulkSentPage{Assessments: as, Invitations: invs}})
}
