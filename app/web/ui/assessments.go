package ui

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/evidence"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/review"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// assessmentPages show an assessment: to analysts with the answers, files, review and
// history; to procurement the outcome only.
type assessmentPages struct {
	pages  *pages
	review assessmentPageService
	now    func() time.Time
}

// assessmentPageService loads the assessment page as the viewer may see it.
type assessmentPageService interface {
	AssessmentPage(ctx context.Context, id uint, viewer string) (review.AssessmentPage, error)
}

// assessmentPage is the data of the assessment page: the service's page, the files by
// question, and a refused review form (review.go).
type assessmentPage struct {
	review.AssessmentPage
	Now   time.Time
	Files map[string][]assessments.EvidenceView
	// CertificateFile is the certificate upload that analysts' coverage confirmations attach to.
	CertificateFile uint
	Form            reviewForm
	// Story is the history told as sentences, of the kind chosen (HistoryKind, "" for all).
	Story        []review.HistoryEntry
	HistoryKind  string
	HistoryKinds []review.HistoryKind
}

// assessmentForm is a refused review form with its per-field messages.
type assessmentForm struct {
	Form   reviewForm
	Errors map[string]string
}

func (h *assessmentPages) showAssessment(c echo.Context, id uint) error {
	return h.render(c, http.StatusOK, id, nil)
}

// render shows the assessment page; form carries a refused review form back to it (review.go).
func (h *assessmentPages) render(c echo.Context, status int, id uint, form *assessmentForm) error {
	ap, err := h.review.AssessmentPage(c.Request().Context(), id, httpx.Viewer(c))
	if err != nil {
		return err
	}
	d := assessmentPage{AssessmentPage: ap, Now: h.now(), Files: map[string][]assessments.EvidenceView{},
		HistoryKind: c.QueryParam("history"), HistoryKinds: review.HistoryKinds}
	if ap.Full {
		allowEvidenceFrames(c)
		d.Story = review.History(ap.History, ap.State.Definition, d.HistoryKind)
	}
	for _, e := range ap.State.Evidence {
		d.Files[e.QuestionID] = append(d.Files[e.QuestionID], e)
		if e.QuestionID == evidence.QuestionCertificate {
			d.CertificateFile = e.ID
		}
	}
	p := page{Title: "Assessment of " + ap.Vendor.Name, Nav: "vendors", Data: d}
	if form != nil {
		d.Form, p.Errors, p.Flash = form.Form, form.Errors, "Some fields need attention; nothing was saved."
		p.Data = d
	}
	return h.pages.render(c, status, "assessment.html", p)
}

// allowEvidenceFrames lets the review page frame Assay's own PDF previews; every other page
// keeps the global policy, which frames nothing.
func allowEvidenceFrames(c echo.Context) {
	h := c.Response().Header()
	h.Set("Content-Security-Policy", h.Get("Content-Security-Policy")+"; frame-src 'self'")
}

// sendPages send a questionnaire to a vendor and resend or revoke its links.
type sendPages struct {
	pages          *pages
	vendors        vendorByID
	invitations    *invitations.Service
	questionnaires *questionnaire.Registry
	now            func() time.Time
}

// sendForm is the data of the send-questionnaire page.
type sendForm struct {
	Vendor         model.Vendor
	Questionnaires []questionnaireOption
	Input          invitations.SendInput
	Extra          string
	MinDue         string
}

type questionnaireOption struct{ ID, Title, Version string }

// questionnaireOptions are the questionnaires a send form offers.
func questionnaireOptions(qs []*questionnaire.Definition) []questionnaireOption {
	var out []questionnaireOption
	for _, q := range qs {
		out = append(out, questionnaireOption{ID: q.ID, Title: q.Title, Version: q.Version})
	}
	return out
}

// daysFrom is the date n days after now, as a form's date field takes it.
func daysFrom(now time.Time, n int) string { return now.AddDate(0, 0, n).Format("2006-01-02") }

func (h *sendPages) sendFormData(v model.Vendor, in invitations.SendInput, extra string) sendForm {
	return sendForm{Vendor: v, Input: in, Extra: extra, MinDue: daysFrom(h.now(), 1),
		Questionnaires: questionnaireOptions(h.questionnaires.Latest())}
}

func (h *sendPages) newAssessment(c echo.Context, v model.Vendor) error {
	in := invitations.SendInput{DueDate: daysFrom(h.now(), 30)}
	for _, ct := range v.Contacts {
		in.Recipients = append(in.Recipients, ct.Email)
	}
	return h.pages.render(c, http.StatusOK, "send.html", page{Title: "Send questionnaire to " + v.Name, Nav: "vendors",
		Data: h.sendFormData(v, in, "")})
}

func (h *sendPages) sendAssessment(c echo.Context, id uint) error {
	ctx := c.Request().Context()
	form, err := c.FormParams()
	if err != nil {
		return err
	}
	in := invitations.SendInput{Questionnaire: form.Get("questionnaire"), DueDate: form.Get("due_date"), Recipients: form["recipients"]}
	extra := form.Get("extra_recipients")
	for _, e := range strings.FieldsFunc(extra, func(r rune) bool { return r == ',' || r == ';' || r == '\n' || r == ' ' || r == '\r' }) {
		in.Recipients = append(in.Recipients, e)
	}
	a, _, err := h.invitations.Send(ctx, id, in, httpx.Actor(c))
	if err != nil {
		return refusedVendorForm(ctx, h.vendors, id, err, func(v model.Vendor, ve *validate.Error) error {
			return h.pages.render(c, http.StatusUnprocessableEntity, "send.html", page{Title: "Send questionnaire to " + v.Name, Nav: "vendors",
				Errors: ve.Fields, Flash: "Some fields need attention; nothing was sent.", Data: h.sendFormData(v, in, extra)})
		})
	}
	return h.pages.redirect(c, fmt.Sprintf("/assessments/%d", a.ID), "sent")
}

// resendInvitation rotates a link and mails it; without mail it shows the fresh link once,
// since neither the outbox nor anything else keeps a working link.
func (h *sendPages) resendInvitation(c echo.Context, aid, iid uint) error {
	sent, err := h.invitations.Resend(c.Request().Context(), aid, iid, httpx.Actor(c))
	if err != nil {
		return err
	}
	if !sent.Mailed {
		return h.pages.render(c, http.StatusOK, "fresh_link.html", page{Title: "A fresh link", Nav: "vendors",
			Data: freshLink{SentInvitation: sent, AssessmentID: aid}})
	}
	return h.pages.redirect(c, fmt.Sprintf("/assessments/%d", aid), "resent")
}

// freshLink is a link to show once, with the assessment to go back to: a rotated one (Resend)
// or the recipient's current one (Shown).
type freshLink struct {
	invitations.SentInvitation
	AssessmentID uint
	Shown        bool
	Rotated      bool
}

// showLink shows a recipient's working link for the analyst to copy (audited); it stops nothing
// unless the link could not be recovered, which the page says.
func (h *sendPages) showLink(c echo.Context, aid, iid uint) error {
	shown, err := h.invitations.ShowLink(c.Request().Context(), aid, iid, httpx.Actor(c))
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "fresh_link.html", page{Title: "Link for " + shown.Email, Nav: "vendors",
		Data: freshLink{SentInvitation: shown.SentInvitation, AssessmentID: aid, Shown: true, Rotated: shown.Rotated}})
}

func (h *sendPages) revokeInvitation(c echo.Context, aid, iid uint) error {
	if err := h.invitations.Revoke(c.Request().Context(), aid, iid, httpx.Actor(c)); err != nil {
		return err
	}
	return h.pages.redirect(c, fmt.Sprintf("/assessments/%d", aid), "revoked")
}
