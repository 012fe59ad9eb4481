package web

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/scoring"
	"assay/app/store"
	"assay/app/validate"
)

// sendForm is the data of the send-questionnaire page.
type sendForm struct {
	Vendor         store.Vendor
	Questionnaires []questionnaireOption
	Input          assessments.SendInput
	Extra          string
	MinDue         string
}

type questionnaireOption struct{ ID, Title, Version string }

func (s *Server) sendFormData(v store.Vendor, in assessments.SendInput, extra string) sendForm {
	d := sendForm{Vendor: v, Input: in, Extra: extra, MinDue: s.Now().AddDate(0, 0, 1).Format("2006-01-02")}
	for _, q := range s.Assessments.Questionnaires() {
		d.Questionnaires = append(d.Questionnaires, questionnaireOption{ID: q.ID, Title: q.Title, Version: q.Version})
	}
	return d
}

func (s *Server) newAssessment(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	v, err := s.Store.Vendor(c.Request().Context(), id)
	if err != nil {
		return err
	}
	in := assessments.SendInput{DueDate: s.Now().AddDate(0, 0, 30).Format("2006-01-02")}
	for _, ct := range v.Contacts {
		in.Recipients = append(in.Recipients, ct.Email)
	}
	return s.renderPage(c, http.StatusOK, "send.html", page{Title: "Send questionnaire to " + v.Name, Nav: "vendors",
		Data: s.sendFormData(v, in, "")})
}

func (s *Server) sendAssessment(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	var in assessments.SendInput
	extra := ""
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		form, err := c.FormParams()
		if err != nil {
			return err
		}
		in.Questionnaire, in.DueDate = form.Get("questionnaire"), form.Get("due_date")
		in.Recipients = form["recipients"]
		extra = form.Get("extra_recipients")
		for _, e := range strings.FieldsFunc(extra, func(r rune) bool { return r == ',' || r == ';' || r == '\n' || r == ' ' || r == '\r' }) {
			in.Recipients = append(in.Recipients, e)
		}
	}
	a, sent, err := s.Assessments.Send(ctx, id, in, principal(c).Actor(c.RealIP()))
	if err != nil {
		ve, ok := validate.As(err)
		if !ok || wantsJSON(c) {
			return err
		}
		v, verr := s.Store.Vendor(ctx, id)
		if verr != nil {
			return verr
		}
		return s.renderPage(c, http.StatusUnprocessableEntity, "send.html", page{Title: "Send questionnaire to " + v.Name, Nav: "vendors",
			Errors: ve.Fields, Flash: "Some fields need attention; nothing was sent.", Data: s.sendFormData(v, in, extra)})
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusCreated, map[string]any{"id": a.ID, "status": a.Status, "questionnaire": a.QuestionnaireID,
			"questionnaire_version": a.QuestionnaireVersion, "due_on": a.DueOn.Format("2006-01-02"), "invitations": sent})
	}
	return s.redirectFlash(c, fmt.Sprintf("/assessments/%d", a.ID), "sent")
}

// assessmentJSON is the API view of an assessment. Answers and evidence are left out for
// procurement, who see the outcome but not the vendor's material.
type assessmentJSON struct {
	ID                   uint                               `json:"id"`
	VendorID             uint                               `json:"vendor_id"`
	Status               string                             `json:"status"`
	Questionnaire        string                             `json:"questionnaire"`
	QuestionnaireVersion string                             `json:"questionnaire_version"`
	QuestionnaireHash    string                             `json:"questionnaire_hash"`
	DueOn                string                             `json:"due_on"`
	SubmittedAt          *time.Time                         `json:"submitted_at"`
	SubmittedBy          string                             `json:"submitted_by,omitempty"`
	OverdueAt            *time.Time                         `json:"overdue_at,omitempty"`
	Answers              map[string]assessments.AnswerState `json:"answers,omitempty"`
	Evidence             []assessments.EvidenceView         `json:"evidence,omitempty"`
	Invitations          []invitationJSON                   `json:"invitations,omitempty"`
	Result               *resultJSON                        `json:"result"`
	Progress             map[string]int                     `json:"progress"`
	Override             *overrideJSON                      `json:"override"`
	Review               *reviewOut                         `json:"review,omitempty"`
	// Reassessment relates the answers to the previous assessment's (analysts only).
	Reassessment *assessments.Reassessment `json:"reassessment,omitempty"`
}

type invitationJSON struct {
	ID         uint       `json:"id"`
	Email      string     `json:"email"`
	ExpiresAt  time.Time  `json:"expires_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
}

type resultJSON struct {
	Score                int                 `json:"score"`
	Rating               string              `json:"rating"`
	RedFlags             []scoring.RedFlag   `json:"red_flags"`
	Certificate          scoring.Certificate `json:"certificate"`
	EngineVersion        string              `json:"engine_version"`
	QuestionnaireVersion string              `json:"questionnaire_version"`
	ComputedAt           time.Time           `json:"computed_at"`
}

// assessmentPage is the data of the analyst's assessment page.
type assessmentPage struct {
	State       assessments.State
	Vendor      store.Vendor
	Invitations []store.Invitation
	Result      *store.Result
	History     []store.AuditEvent
	ChainOK     bool
	Full        bool
	Now         time.Time
	Files       map[string][]assessments.EvidenceView
	// CertificateFile is the certificate upload that analysts' coverage confirmations attach to.
	CertificateFile uint
	// Review holds the per-question review and threads; Form a refused review form (review.go).
	Review assessments.Review
	Form   reviewForm
	// Notices are the analyst's notices of evidence going out of date (app/reminders).
	Notices []store.EvidenceNotice
	// Findings are the red flags tracked as findings (templates/partials_findings.html).
	Findings []store.Finding
}

func (s *Server) showAssessment(c echo.Context) error {
	return s.assessmentView(c, http.StatusOK, nil)
}

// assessmentView shows the assessment as JSON or as the review page; form carries a refused
// review form back to the page (review.go).
func (s *Server) assessmentView(c echo.Context, status int, form *assessmentForm) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	st, err := s.Assessments.State(ctx, id)
	if err != nil {
		return err
	}
	full := hasRole(principal(c).User, store.RoleAdmin, store.RoleAnalyst)
	var res *store.Result
	if r, err := s.Store.LatestResult(ctx, id); err == nil {
		res = &r
	} else if err != store.ErrNotFound {
		return err
	}
	invs, err := s.Store.Invitations(ctx, id)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		out := assessmentJSON{ID: st.Assessment.ID, VendorID: st.Assessment.VendorID, Status: st.Assessment.Status,
			Questionnaire: st.Assessment.QuestionnaireID, QuestionnaireVersion: st.Assessment.QuestionnaireVersion,
			QuestionnaireHash: st.Assessment.QuestionnaireHash, DueOn: st.Assessment.DueOn.Format("2006-01-02"),
			SubmittedAt: st.Assessment.SubmittedAt, SubmittedBy: st.Assessment.SubmittedBy,
			Progress: map[string]int{"answered": st.Answered, "total": st.Total}, Override: overrideOf(st.Assessment)}
		out.OverdueAt = st.Assessment.OverdueAt
		if full {
			out.Answers, out.Evidence = st.Answers, st.Evidence
			out.Reassessment = st.Reassessment
			if out.Evidence == nil {
				out.Evidence = []assessments.EvidenceView{}
			}
			r, err := s.Assessments.Review(ctx, id)
			if err != nil {
				return err
			}
			out.Review = &reviewOut{Status: st.Assessment.Status, Awaiting: r.Awaiting, Threads: r.Threads, Override: out.Override}
			for _, inv := range invs {
				out.Invitations = append(out.Invitations, invitationJSON{ID: inv.ID, Email: inv.Email, ExpiresAt: inv.ExpiresAt,
					RevokedAt: inv.RevokedAt, LastUsedAt: inv.LastUsedAt})
			}
		}
		if res != nil {
			out.Result = &resultJSON{Score: res.Score, Rating: res.Rating, RedFlags: res.RedFlags, Certificate: res.Certificate,
				EngineVersion: res.EngineVersion, QuestionnaireVersion: res.QuestionnaireVersion, ComputedAt: res.ComputedAt}
		}
		return c.JSON(http.StatusOK, out)
	}
	v, err := s.Store.Vendor(ctx, st.Assessment.VendorID)
	if err != nil {
		return err
	}
	d := assessmentPage{State: st, Vendor: v, Result: res, Full: full, Now: s.Now(), Files: map[string][]assessments.EvidenceView{}}
	if d.Findings, err = s.Store.AssessmentFindings(ctx, id); err != nil {
		return err
	}
	if full {
		d.Invitations = invs
		d.History, err = s.Store.AuditChain(ctx, store.AssessmentChain(id))
		if err != nil {
			return err
		}
		d.ChainOK = store.VerifyAuditChain(d.History) == nil
		if d.Review, err = s.Assessments.Review(ctx, id); err != nil {
			return err
		}
		allowEvidenceFrames(c)
		if d.Notices, err = s.Store.EvidenceNotices(ctx, id); err != nil {
			return err
		}
		for _, e := range st.Evidence {
			d.Files[e.QuestionID] = append(d.Files[e.QuestionID], e)
			if e.QuestionID == "iso27001_certificate" {
				d.CertificateFile = e.ID
			}
		}
	}
	p := page{Title: "Assessment of " + v.Name, Nav: "vendors", Data: d}
	if form != nil {
		d.Form, p.Errors, p.Flash = form.Form, form.Errors, "Some fields need attention; nothing was saved."
		p.Data = d
	}
	return s.renderPage(c, status, "assessment.html", p)
}

func (s *Server) resendInvitation(c echo.Context) error {
	aid, err := idParam(c, "id")
	if err != nil {
		return err
	}
	iid, err := idParam(c, "inv")
	if err != nil {
		return err
	}
	sent, err := s.Assessments.Resend(c.Request().Context(), aid, iid, principal(c).Actor(c.RealIP()))
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, sent)
	}
	return s.redirectFlash(c, fmt.Sprintf("/assessments/%d", aid), "resent")
}

func (s *Server) revokeInvitation(c echo.Context) error {
	aid, err := idParam(c, "id")
	if err != nil {
		return err
	}
	iid, err := idParam(c, "inv")
	if err != nil {
		return err
	}
	if err := s.Assessments.Revoke(c.Request().Context(), aid, iid, principal(c).Actor(c.RealIP())); err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.NoContent(http.StatusNoContent)
	}
	return s.redirectFlash(c, fmt.Sprintf("/assessments/%d", aid), "revoked")
}

// downloadEvidence streams a file to an analyst, always as an attachment so the browser
// never renders vendor-supplied content on our origin.
func (s *Server) downloadEvidence(c echo.Context) error { return s.sendEvidence(c, false) }

// sendEvidence streams one file of the assessment in the path. Inline, it is a preview
// (review.go): only PDFs and images, framable by Assay's own pages alone; any other type goes
// to the download instead.
func (s *Server) sendEvidence(c echo.Context, inline bool) error {
	aid, err := idParam(c, "id")
	if err != nil {
		return err
	}
	eid, err := idParam(c, "eid")
	if err != nil {
		return err
	}
	e, rc, err := s.Assessments.OpenEvidence(c.Request().Context(), aid, eid)
	if err != nil {
		return err
	}
	defer rc.Close()
	h := c.Response().Header()
	disposition, csp := "attachment", "default-src 'none'; sandbox"
	if inline {
		var ok bool
		if csp, ok = previewTypes[e.ContentType]; !ok {
			return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/assessments/%d/evidence/%d", aid, eid))
		}
		disposition = "inline"
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	h.Set(echo.HeaderContentDisposition, mime.FormatMediaType(disposition, map[string]string{"filename": e.Filename}))
	h.Set(echo.HeaderContentType, e.ContentType)
	h.Set("Content-Length", fmt.Sprint(e.Size))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", csp)
	c.Response().WriteHeader(http.StatusOK)
	_, err = io.Copy(c.Response(), rc)
	return err
}

// exportAssessment serves the whole assessment as a JSON bundle, the file `assay score` reads.
func (s *Server) exportAssessment(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	b, err := s.Assessments.Export(c.Request().Context(), id)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderContentDisposition,
		mime.FormatMediaType("attachment", map[string]string{"filename": fmt.Sprintf("assessment-%d.json", id)}))
	return c.JSONPretty(http.StatusOK, b, "  ")
}

// correctFact records an analyst's correction of one extracted fact; the result is recomputed.
func (s *Server) correctFact(c echo.Context) error {
	aid, err := idParam(c, "id")
	if err != nil {
		return err
	}
	eid, err := idParam(c, "eid")
	if err != nil {
		return err
	}
	var in assessments.CorrectionInput
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		in = assessments.CorrectionInput{Fact: c.FormValue("fact"), Value: c.FormValue("value"), Reason: c.FormValue("reason")}
	}
	if err := s.Assessments.CorrectFact(c.Request().Context(), aid, eid, in, principal(c).Actor(c.RealIP())); err != nil {
		if _, ok := validate.As(err); ok && !wantsJSON(c) {
			return s.redirectFlash(c, fmt.Sprintf("/assessments/%d#evidence-%d", aid, eid), "correction-invalid")
		}
		return err
	}
	if wantsJSON(c) {
		return c.NoContent(http.StatusNoContent)
	}
	return s.redirectFlash(c, fmt.Sprintf("/assessments/%d#evidence-%d", aid, eid), "corrected")
}
