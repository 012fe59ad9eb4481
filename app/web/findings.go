package web

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/findings"
	"assay/app/store"
	"assay/app/validate"
)

const findingsPerPage = 50

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

func findingOut(f store.Finding, now time.Time) findingJSON {
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
func threadOut(ms []store.FindingMessage, withNames bool) []messageJSON {
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

func overdue(f store.Finding, now time.Time) bool {
	return (f.Status == store.FindingOpen || f.Status == store.FindingVendorResponded) && f.DueOn.Before(dayOf(now))
}

func dayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// findingList is the data of the portfolio-wide findings page.
type findingList struct {
	Rows     []store.Finding
	Status   string
	Severity string
	OwnerID  uint
	Overdue  bool
	// AssessmentID and VendorID narrow the list to one assessment or vendor, from their pages.
	AssessmentID uint
	VendorID     uint
	Owners       []store.User
	Statuses     []string
	Severities   []string
	Total        int64
	Page         int
	PrevURL      string
	NextURL      string
	Today        time.Time
}

func (s *Server) listFindings(c echo.Context) error {
	ctx := c.Request().Context()
	now := s.Now()
	d := findingList{Statuses: findings.Statuses, Severities: findings.Severities, Today: dayOf(now)}
	// Filters come from allow-lists; anything else is ignored rather than passed on.
	if st := c.QueryParam("status"); contains(findings.Statuses, st) {
		d.Status = st
	}
	if sv := c.QueryParam("severity"); contains(findings.Severities, sv) {
		d.Severity = sv
	}
	if n, err := strconv.ParseUint(c.QueryParam("owner"), 10, 32); err == nil {
		d.OwnerID = uint(n)
	}
	d.Overdue = c.QueryParam("overdue") == "1" || c.QueryParam("overdue") == "true"
	d.Page, _ = strconv.Atoi(c.QueryParam("page"))
	if d.Page < 1 {
		d.Page = 1
	}
	f := store.FindingFilter{Status: d.Status, Severity: d.Severity, OwnerID: d.OwnerID, Limit: findingsPerPage,
		Offset: (d.Page - 1) * findingsPerPage}
	if n, err := strconv.ParseUint(c.QueryParam("assessment_id"), 10, 32); err == nil {
		f.AssessmentID, d.AssessmentID = uint(n), uint(n)
	}
	if n, err := strconv.ParseUint(c.QueryParam("vendor_id"), 10, 32); err == nil {
		f.VendorID, d.VendorID = uint(n), uint(n)
	}
	if d.Overdue {
		today := dayOf(now)
		f.OverdueAt = &today
	}
	rows, total, err := s.Store.Findings(ctx, f)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		out := make([]findingJSON, len(rows))
		for i, r := range rows {
			out[i] = findingOut(r, now)
		}
		return c.JSON(http.StatusOK, map[string]any{"findings": out, "total": total, "page": d.Page, "per_page": findingsPerPage})
	}
	d.Rows, d.Total = rows, total
	if d.Owners, err = s.staffOwners(c); err != nil {
		return err
	}
	link := func(p int) string {
		ov := ""
		if d.Overdue {
			ov = "1"
		}
		return fmt.Sprintf("/findings?status=%s&severity=%s&owner=%d&overdue=%s&assessment_id=%d&vendor_id=%d&page=%d",
			urlQuery(d.Status), urlQuery(d.Severity), d.OwnerID, ov, d.AssessmentID, d.VendorID, p)
	}
	if d.Page > 1 {
		d.PrevURL = link(d.Page - 1)
	}
	if int64(d.Page*findingsPerPage) < total {
		d.NextURL = link(d.Page + 1)
	}
	return s.renderPage(c, http.StatusOK, "findings.html", page{Title: "Findings", Nav: "findings", Data: d})
}

// staffOwners lists the active analysts and admins who can own findings or approve risks.
func (s *Server) staffOwners(c echo.Context) ([]store.User, error) {
	us, err := s.Store.Users(c.Request().Context())
	if err != nil {
		return nil, err
	}
	var out []store.User
	for _, u := range us {
		if !u.Disabled && (u.Role == store.RoleAdmin || u.Role == store.RoleAnalyst) {
			out = append(out, u)
		}
	}
	return out, nil
}

// findingPage is the data of one finding's page. Form names the form a 422 came from, so its
// messages and typed values show there and nowhere else.
type findingPage struct {
	findings.Detail
	Owners  []store.User
	CanEdit bool
	Now     time.Time
	Form    string
	Update  findings.UpdateInput
	Accept  findings.AcceptInput
	Close   findings.CloseInput
	Reopen  findings.ReopenInput
	Share   findings.ShareInput
}

func (s *Server) showFinding(c echo.Context) error {
	id, err := idParam(c, "finding")
	if err != nil {
		return err
	}
	return s.renderFinding(c, http.StatusOK, id, findingPage{}, nil)
}

func (s *Server) renderFinding(c echo.Context, status int, id uint, d findingPage, errs map[string]string) error {
	det, err := s.Findings.Get(c.Request().Context(), id)
	if err != nil {
		return err
	}
	full := hasRole(principal(c).User, store.RoleAdmin, store.RoleAnalyst)
	if wantsJSON(c) {
		out := findingOut(det.Finding, s.Now())
		out.Thread = threadOut(det.Thread, full)
		return c.JSON(status, out)
	}
	d.Detail, d.CanEdit, d.Now = det, full, s.Now()
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
		if d.Owners, err = s.staffOwners(c); err != nil {
			return err
		}
	}
	p := page{Title: det.Finding.Title, Nav: "findings", Data: d, Errors: errs}
	if errs != nil {
		p.Flash = "Some fields need attention; nothing was saved."
	}
	return s.renderPage(c, status, "finding.html", p)
}

// findingAction runs one analyst action on a finding: parse the JSON body or the form, call the
// service, then answer with the finding (API), a 303 to its page, or its page again with the
// messages (422) and everything typed.
func (s *Server) findingAction(c echo.Context, form string, in any, fill func(d *findingPage), call func(id uint) error, flash string) error {
	id, err := idParam(c, "finding")
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		if err := c.Bind(in); err != nil {
			return badJSON()
		}
	}
	if err := call(id); err != nil {
		ve, ok := validate.As(err)
		if !ok || wantsJSON(c) {
			return err
		}
		d := findingPage{Form: form}
		fill(&d)
		return s.renderFinding(c, http.StatusUnprocessableEntity, id, d, ve.Fields)
	}
	if wantsJSON(c) {
		return s.renderFinding(c, http.StatusOK, id, findingPage{}, nil)
	}
	return s.redirectFlash(c, fmt.Sprintf("/findings/%d", id), flash)
}

func formUint(c echo.Context, name string) uint {
	n, _ := strconv.ParseUint(c.FormValue(name), 10, 32)
	return uint(n)
}

func (s *Server) updateFinding(c echo.Context) error {
	var in findings.UpdateInput
	if !wantsJSON(c) {
		in = findings.UpdateInput{OwnerID: formUint(c, "owner_id"), DueDate: c.FormValue("due_date")}
	}
	return s.findingAction(c, "update", &in, func(d *findingPage) { d.Update = in }, func(id uint) error {
		_, err := s.Findings.Update(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
		return err
	}, "finding-updated")
}

func (s *Server) closeFinding(c echo.Context) error {
	var in findings.CloseInput
	if !wantsJSON(c) {
		in.Note = c.FormValue("note")
	}
	return s.findingAction(c, "close", &in, func(d *findingPage) { d.Close = in }, func(id uint) error {
		_, err := s.Findings.Close(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
		return err
	}, "finding-closed")
}

func (s *Server) acceptFindingRisk(c echo.Context) error {
	var in findings.AcceptInput
	if !wantsJSON(c) {
		in = findings.AcceptInput{ApproverID: formUint(c, "approver_id"), Reason: c.FormValue("reason"), Expires: c.FormValue("expires_on")}
	}
	return s.findingAction(c, "accept", &in, func(d *findingPage) { d.Accept = in }, func(id uint) error {
		_, err := s.Findings.AcceptRisk(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
		return err
	}, "finding-risk-accepted")
}

func (s *Server) reopenFinding(c echo.Context) error {
	var in findings.ReopenInput
	if !wantsJSON(c) {
		in.Note = c.FormValue("note")
	}
	return s.findingAction(c, "reopen", &in, func(d *findingPage) { d.Reopen = in }, func(id uint) error {
		_, err := s.Findings.Reopen(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
		return err
	}, "finding-reopened")
}

func (s *Server) shareFinding(c echo.Context) error {
	var in findings.ShareInput
	if !wantsJSON(c) {
		in.Message = c.FormValue("message")
	}
	return s.findingAction(c, "share", &in, func(d *findingPage) { d.Share = in }, func(id uint) error {
		_, err := s.Findings.Share(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
		return err
	}, "finding-shared")
}

// downloadFindingFile streams a vendor's response file to an analyst, always as an attachment.
func (s *Server) downloadFindingFile(c echo.Context) error {
	fid, err := idParam(c, "finding")
	if err != nil {
		return err
	}
	id, err := idParam(c, "file")
	if err != nil {
		return err
	}
	ff, rc, err := s.Findings.OpenFile(c.Request().Context(), fid, id)
	if err != nil {
		return err
	}
	defer rc.Close()
	h := c.Response().Header()
	h.Set(echo.HeaderContentDisposition, mime.FormatMediaType("attachment", map[string]string{"filename": ff.Filename}))
	h.Set(echo.HeaderContentType, ff.ContentType)
	h.Set("Content-Length", strconv.FormatInt(ff.Size, 10))
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	c.Response().WriteHeader(http.StatusOK)
	_, err = io.Copy(c.Response(), rc)
	return err
}
