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
	"assay/app/findings"
	"assay/app/model"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// findingPages are the portfolio's findings and one finding's page with its forms:
// procurement reads, analysts act.
type findingPages struct {
	pages    *pages
	findings findingService
	now      func() time.Time
}

// findingService lists findings, shows one with its thread and acts on it.
type findingService interface {
	httpx.FindingLister
	Owners(ctx context.Context) ([]model.User, error)
	Get(ctx context.Context, id uint) (findings.Detail, error)
	httpx.FindingActions
}

// findingList is the data of the portfolio-wide findings page.
type findingList struct {
	httpx.FindingQuery
	Rows       []model.Finding
	Owners     []model.User
	Statuses   []string
	Severities []string
	Total      int64
	PrevURL    string
	NextURL    string
	Today      time.Time
}

func (h *findingPages) listFindings(c echo.Context) error {
	now := h.now()
	q, rows, total, err := httpx.FindingsOf(c, h.findings, now)
	if err != nil {
		return err
	}
	d := findingList{FindingQuery: q, Rows: rows, Total: total, Statuses: findings.Statuses, Severities: findings.Severities,
		Today: httpx.Day(now)}
	if d.Owners, err = h.findings.Owners(c.Request().Context()); err != nil {
		return err
	}
	link := func(p int) string {
		ov := ""
		if q.Overdue {
			ov = "1"
		}
		return fmt.Sprintf("/findings?status=%s&severity=%s&owner=%d&overdue=%s&assessment_id=%d&vendor_id=%d&page=%d",
			url.QueryEscape(q.Status), url.QueryEscape(q.Severity), q.OwnerID, ov, q.AssessmentID, q.VendorID, p)
	}
	if q.Page > 1 {
		d.PrevURL = link(q.Page - 1)
	}
	if int64(q.Page*httpx.FindingsPerPage) < total {
		d.NextURL = link(q.Page + 1)
	}
	return h.pages.render(c, http.StatusOK, "findings.html", page{Title: "Findings", Nav: "findings", Data: d})
}

// findingPage is the data of one finding's page. Form names the form a 422 came from, so its
// messages and typed values show there and nowhere else.
type findingPage struct {
	findings.Detail
	Owners  []model.User
	CanEdit bool
	Now     time.Time
	Form    string
	Update  findings.UpdateInput
	Accept  findings.AcceptInput
	Close   findings.CloseInput
	Reopen  findings.ReopenInput
	Share   findings.ShareInput
}

func (h *findingPages) showFinding(c echo.Context, id uint) error {
	return h.render(c, http.StatusOK, id, findingPage{}, nil)
}

func (h *findingPages) render(c echo.Context, status int, id uint, d findingPage, errs map[string]string) error {
	det, err := h.findings.Get(c.Request().Context(), id)
	if err != nil {
		return err
	}
	full := httpx.IsEditor(c)
	d.Detail, d.CanEdit, d.Now = det, full, h.now()
	if d.Form == "" {
		d.Update = findings.UpdateInput{DueDate: det.Finding.DueOn.Format(time.DateOnly)}
		if det.Finding.OwnerID != nil {
			d.Update.OwnerID = *det.Finding.OwnerID
		}
	}
	if !full {
		// Procurement reads the thread but not the names of the vendor's files.
		for i := range d.Thread {
			for j := range d.Thread[i].Files {
				d.Thread[i].Files[j].Filename = ""
			}
		}
	}
	if full {
		if d.Owners, err = h.findings.Owners(c.Request().Context()); err != nil {
			return err
		}
	}
	p := page{Title: det.Finding.Title, Nav: "findings", Data: d, Errors: errs}
	if errs != nil {
		p.Flash = "Some fields need attention; nothing was saved."
	}
	return h.pages.render(c, status, "finding.html", p)
}

// act runs one of the finding's forms: a 303 to its page, or its page again with the messages
// (422) and everything typed, in refused.
func act[In, Out any](h *findingPages, c echo.Context, id uint, in In, do func(context.Context, uint, In, audit.Actor) (Out, error),
	refused findingPage, flash string) error {
	if _, err := do(c.Request().Context(), id, in, httpx.Actor(c)); err != nil {
		ve, ok := validate.As(err)
		if !ok {
			return err
		}
		return h.render(c, http.StatusUnprocessableEntity, id, refused, ve.Fields)
	}
	return h.pages.redirect(c, fmt.Sprintf("/findings/%d", id), flash)
}

func formUint(c echo.Context, name string) uint {
	n, _ := strconv.ParseUint(c.FormValue(name), 10, 32)
	return uint(n)
}

func (h *findingPages) updateFinding(c echo.Context, id uint) error {
	in := findings.UpdateInput{OwnerID: formUint(c, "owner_id"), DueDate: c.FormValue("due_date")}
	return act(h, c, id, in, h.findings.Update, findingPage{Form: "update", Update: in}, "finding-updated")
}

func (h *findingPages) closeFinding(c echo.Context, id uint) error {
	in := findings.CloseInput{Note: c.FormValue("note")}
	return act(h, c, id, in, h.findings.Close, findingPage{Form: "close", Close: in}, "finding-closed")
}

func (h *findingPages) acceptFindingRisk(c echo.Context, id uint) error {
	in := findings.AcceptInput{ApproverID: formUint(c, "approver_id"), Reason: c.FormValue("reason"), Expires: c.FormValue("expires_on")}
	return act(h, c, id, in, h.findings.AcceptRisk, findingPage{Form: "accept", Accept: in}, "finding-risk-accepted")
}

func (h *findingPages) reopenFinding(c echo.Context, id uint) error {
	in := findings.ReopenInput{Note: c.FormValue("note")}
	return act(h, c, id, in, h.findings.Reopen, findingPage{Form: "reopen", Reopen: in}, "finding-reopened")
}

func (h *findingPages) shareFinding(c echo.Context, id uint) error {
	in := findings.ShareInput{Message: c.FormValue("message")}
	return act(h, c, id, in, h.findings.Share, findingPage{Form: "share", Share: in}, "finding-shared")
}
