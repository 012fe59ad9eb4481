package api

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/findings"
	"assay/app/model"
	"assay/app/web/httpx"
)

// findingAPI lists findings, shows one, and acts on it: procurement reads, analysts act.
type findingAPI struct {
	findings findingService
	now      func() time.Time
}

// findingService lists findings, shows one with its thread and acts on it.
type findingService interface {
	httpx.FindingLister
	Get(ctx context.Context, id uint) (findings.Detail, error)
	httpx.FindingActions
}

// findingJSON is a finding in API responses. Owner, approver and internal notes are staff
// matters; the vendor's view (vendorFindingJSON) leaves them out.
type findingJSON struct {
	ID            uint          `json:"id"`
	AssessmentID  uint          `json:"assessment_id"`
	VendorID      uint          `json:"vendor_id"`
	Vendor        string        `json:"vendor,omitempty"`
	FlagID        string        `json:"flag_id"`
	Severity      string        `json:"severity"`
	Title         string        `json:"title"`
	Explanation   string        `json:"explanation"`
	Status        string        `json:"status"`
	OwnerID       *uint         `json:"owner_id"`
	Owner         string        `json:"owner,omitempty"`
	DueOn         string        `json:"due_on"`
	Overdue       bool          `json:"overdue"`
	SharedAt      *time.Time    `json:"shared_at"`
	ApproverID    *uint         `json:"approver_id"`
	Approver      string        `json:"approver,omitempty"`
	AcceptReason  string        `json:"accept_reason,omitempty"`
	AcceptedUntil *string       `json:"accepted_until"`
	ClosedAt      *time.Time    `json:"closed_at"`
	CreatedAt     time.Time     `json:"created_at"`
	UpdatedAt     time.Time     `json:"updated_at"`
	Thread        []messageJSON `json:"thread,omitempty"`
}

type messageJSON struct {
	ID        uint       `json:"id"`
	Kind      string     `json:"kind"`
	Author    string     `json:"author"`
	Body      string     `json:"body"`
	CreatedAt time.Time  `json:"created_at"`
	Files     []fileJSON `json:"files"`
}

type fileJSON struct {
	ID       uint   `json:"id"`
	Filename string `json:"filename,omitempty"`
	Size     int64  `json:"size"`
	Kind     string `json:"type"`
	SHA256   string `json:"sha256"`
}

func findingOut(f model.Finding, now time.Time) findingJSON {
	out := findingJSON{ID: f.ID, AssessmentID: f.AssessmentID, VendorID: f.VendorID, FlagID: f.FlagID, Severity: f.Severity,
		Title: f.Title, Explanation: f.Explanation, Status: f.Status, OwnerID: f.OwnerID, DueOn: f.DueOn.Format(time.DateOnly),
		Overdue: overdue(f, now), SharedAt: f.SharedAt, ApproverID: f.ApproverID, AcceptReason: f.AcceptReason, ClosedAt: f.ClosedAt,
		CreatedAt: f.CreatedAt, UpdatedAt: f.UpdatedAt}
	if f.Vendor != nil {
		out.Vendor = f.Vendor.Name
	}
	if f.Owner != nil {
		out.Owner = f.Owner.Email
	}
	if f.Approver != nil {
		out.Approver = f.Approver.Email
	}
	if f.AcceptedUntil != nil {
		d := f.AcceptedUntil.Format(time.DateOnly)
		out.AcceptedUntil = &d
	}
	return out
}

// threadOut renders messages; withNames false leaves file names out, for readers who may not
// see the vendor's material.
func threadOut(ms []model.FindingMessage, withNames bool) []messageJSON {
	out := make([]messageJSON, len(ms))
	for i, m := range ms {
		out[i] = messageJSON{ID: m.ID, Kind: m.Kind, Author: m.Author, Body: m.Body, CreatedAt: m.CreatedAt, Files: []fileJSON{}}
		for _, f := range m.Files {
			fj := fileJSON{ID: f.ID, Size: f.Size, Kind: f.Kind, SHA256: f.SHA256}
			if withNames {
				fj.Filename = f.Filename
			}
			out[i].Files = append(out[i].Files, fj)
		}
	}
	return out
}

func overdue(f model.Finding, now time.Time) bool {
	return (f.Status == model.FindingOpen || f.Status == model.FindingVendorResponded) && f.DueOn.Before(httpx.Day(now))
}

func (h *findingAPI) listFindings(c echo.Context) error {
	now := h.now()
	q, rows, total, err := httpx.FindingsOf(c, h.findings, now)
	if err != nil {
		return err
	}
	out := mapped(rows, func(r model.Finding) findingJSON { return findingOut(r, now) })
	return c.JSON(http.StatusOK, map[string]any{"findings": out, "total": total, "page": q.Page, "per_page": httpx.FindingsPerPage})
}

// showFinding gives the finding with its thread; procurement get the thread without the names
// of the vendor's files.
func (h *findingAPI) showFinding(c echo.Context, id uint) error {
	det, err := h.findings.Get(c.Request().Context(), id)
	if err != nil {
		return err
	}
	out := findingOut(det.Finding, h.now())
	out.Thread = threadOut(det.Thread, httpx.IsEditor(c))
	return c.JSON(http.StatusOK, out)
}

// actOnFinding runs one action on a finding with the body as its input and answers with the
// finding as it now stands.
func actOnFinding[In, Out any](h *findingAPI, c echo.Context, id uint, do func(context.Context, uint, In, audit.Actor) (Out, error)) error {
	if _, err := callOn(c, id, do); err != nil {
		return err
	}
	return h.showFinding(c, id)
}

func (h *findingAPI) updateFinding(c echo.Context, id uint) error {
	return actOnFinding(h, c, id, h.findings.Update)
}
func (h *findingAPI) closeFinding(c echo.Context, id uint) error {
	return actOnFinding(h, c, id, h.findings.Close)
}
func (h *findingAPI) reopenFinding(c echo.Context, id uint) error {
	return actOnFinding(h, c, id, h.findings.Reopen)
}
func (h *findingAPI) shareFinding(c echo.Context, id uint) error {
	return actOnFinding(h, c, id, h.findings.Share)
}
func (h *findingAPI) acceptFindingRisk(c echo.Context, id uint) error {
	return actOnFinding(h, c, id, h.findings.AcceptRisk)
}
