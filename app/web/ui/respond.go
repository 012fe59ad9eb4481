package ui

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/auth"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/responses"
	"assay/app/review"
	"assay/app/web/httpx"
)

// respondPages are the vendor's pages: the questionnaire, its receipt, the replies to a review
// and the findings shared with the vendor. The page's script calls are the API's (app/web/api).
type respondPages struct {
	pages       *pages
	assessments *assessments.Reader
	responses   *responses.Service
	invitations *invitations.Service
	review      *review.Service
	auth        *auth.Service
	findings    *findings.Service
	maxUpload   int64
	log         *slog.Logger
}

// openInvitation swaps the token in the link for a vendor session and redirects to a URL
// without it, so the token leaves the address bar, the history and any referrer. The link's
// next names the vendor page it opens on (a finding, the questions to clarify); anything but
// one of those pages opens the questionnaire.
func (h *respondPages) openInvitation(c echo.Context) error {
	token, sess, err := h.invitations.Open(c.Request().Context(), c.Param("token"), c.RealIP(), h.auth)
	if err != nil {
		return err
	}
	h.log.Debug("vendor session opened", "assessment_id", sess.AssessmentID)
	h.pages.cookies.Set(c, h.pages.cookies.Vendor, token, h.pages.cookies.VendorPath, 0)
	next := invitations.VendorNext(c.QueryParam("next"))
	if next == "" {
		next = httpx.VendorPath
	}
	return c.Redirect(http.StatusSeeOther, next)
}

// responsePage is the data of the vendor's questionnaire page.
type responsePage struct {
	State     assessments.State
	Files     map[string][]assessments.EvidenceView
	Visible   map[string]bool
	Missing   map[string]bool
	Values    map[string]any
	MaxUpload int64
	Problems  map[string]string
	// Review limits a returned assessment to the questions under clarification.
	Review *vendorReview
	// Unanswered lists the required questions still missing, in the questionnaire's order, for
	// the list a refused submit shows (Incomplete).
	Unanswered []missingQuestion
	Incomplete bool
}

// missingQuestion is a required question without an answer, named for a link to it.
type missingQuestion struct {
	ID, Text, Section string
}

// unanswered names st's missing questions in the questionnaire's order.
func unanswered(st assessments.State) []missingQuestion {
	missing := map[string]bool{}
	for _, id := range st.Missing {
		missing[id] = true
	}
	var out []missingQuestion
	for _, sec := range st.Definition.Sections {
		for _, q := range sec.Questions {
			if missing[q.ID] {
				out = append(out, missingQuestion{ID: q.ID, Text: q.Text, Section: sec.Title})
			}
		}
	}
	return out
}

func (h *respondPages) showResponse(c echo.Context) error {
	st, err := h.assessments.State(c.Request().Context(), httpx.Principal(c).AssessmentID)
	if err != nil {
		return err
	}
	// A refused submit lands here (Post/Redirect/Get): the questions still missing are marked
	// and listed, as they stand now, so a reload shows the same page.
	var problems map[string]string
	if c.QueryParam("incomplete") != "" && len(st.Missing) > 0 {
		problems = map[string]string{}
		for _, id := range st.Missing {
			problems[id] = "This question needs an answer before you can submit."
		}
	}
	return h.renderResponse(c, http.StatusOK, st, problems, "")
}

func (h *respondPages) renderResponse(c echo.Context, status int, st assessments.State, problems map[string]string, flash string) error {
	d := responsePage{State: st, Files: map[string][]assessments.EvidenceView{}, Visible: map[string]bool{}, Missing: map[string]bool{},
		Values: map[string]any{}, MaxUpload: h.maxUpload, Problems: problems, Unanswered: unanswered(st)}
	d.Incomplete = problems != nil && len(d.Unanswered) > 0
	for _, e := range st.Evidence {
		d.Files[e.QuestionID] = append(d.Files[e.QuestionID], e)
	}
	for _, id := range st.Visible {
		d.Visible[id] = true
	}
	for _, id := range st.Missing {
		d.Missing[id] = true
	}
	for id, a := range st.Answers {
		d.Values[id] = a.Value
	}
	name := "respond.html"
	if !st.Editable() {
		name = "receipt.html"
	}
	var err error
	if d.Review, err = h.loadVendorReview(c, st); err != nil {
		return err
	}
	return h.pages.render(c, status, name, page{Title: "Security questionnaire", Flash: flash, Data: d})
}

// IncompletePath is where a refused submit sends the vendor: the questionnaire with the list of
// questions still missing, each linked.
const IncompletePath = httpx.VendorPath + "?incomplete=1#missing"

// submitResponse submits the answers from the form under the questionnaire; with required
// questions unanswered it redirects to the questionnaire listing them (Post/Redirect/Get, so
// the address left behind reloads).
func (h *respondPages) submitResponse(c echo.Context) error {
	p := httpx.Principal(c)
	_, err := h.responses.Submit(c.Request().Context(), p.AssessmentID, httpx.Actor(c))
	var me *responses.MissingError
	if errors.As(err, &me) {
		return h.pages.redirect(c, IncompletePath, "submit-incomplete")
	}
	if err != nil {
		return err
	}
	return h.pages.redirect(c, httpx.VendorPath, "submitted")
}

// replyToReview adds the vendor's message, with any files, to a question's thread
// (httpx.ReplyToReview); a refusal shows the questionnaire again with what was typed.
func (h *respondPages) replyToReview(c echo.Context) error {
	qid := c.Param("qid")
	err := httpx.ReplyToReview(c, h.review, h.maxUpload)
	var refused *httpx.RefusedResponse
	if errors.As(err, &refused) {
		status, body := httpx.Classify(err)
		var mbe *http.MaxBytesError
		if status >= 500 || errors.As(err, &mbe) || (status != http.StatusUnprocessableEntity && status != http.StatusUnsupportedMediaType &&
			status != http.StatusRequestEntityTooLarge) {
			return err
		}
		msg := body.Message
		for _, m := range body.Fields {
			msg = m
		}
		st, serr := h.assessments.State(c.Request().Context(), httpx.Principal(c).AssessmentID)
		if serr != nil {
			return serr
		}
		c.Set(draftKey, refused.Text)
		return h.renderResponse(c, status, st, map[string]string{qid: msg}, "Your reply was not sent; see the message below.")
	}
	if err != nil {
		return err
	}
	return h.pages.redirect(c, httpx.VendorPath+"#q-"+qid, "reply-sent")
}

// draftKey carries a refused reply's text to the form shown again.
const draftKey = "reply_draft"

// vendorReview is what a vendor sees of the review while the assessment is returned: which
// questions are open, the sections holding them, and each thread.
type vendorReview struct {
	Open     map[string]bool
	Sections map[string]bool
	Review   review.Review
	CSRF     string
	Drafts   map[string]string
}

// vendorThread is one question's thread with what its reply form needs.
type vendorThread struct {
	review.Thread
	CSRF  string
	Draft string
}

// For returns the thread of a question for the reply form.
func (v *vendorReview) For(questionID string) vendorThread {
	return vendorThread{Thread: v.Review.Thread(questionID), CSRF: v.CSRF, Draft: v.Drafts[questionID]}
}

// loadVendorReview returns the review a vendor sees, or nil unless the assessment is returned.
func (h *respondPages) loadVendorReview(c echo.Context, st assessments.State) (*vendorReview, error) {
	ctx := c.Request().Context()
	open, err := h.responses.VendorOpen(ctx, st)
	if err != nil || open == nil {
		return nil, err
	}
	r, err := h.review.Review(ctx, st.Assessment.ID)
	if err != nil {
		return nil, err
	}
	v := &vendorReview{Open: open, Sections: map[string]bool{}, Review: r, Drafts: map[string]string{}}
	if p := httpx.Principal(c); p.Session != nil {
		v.CSRF = p.Session.CSRFToken
	}
	if draft, ok := c.Get(draftKey).(string); ok {
		v.Drafts[c.Param("qid")] = draft
	}
	for _, sec := range st.Definition.Sections {
		for _, q := range sec.Questions {
			if open[q.ID] {
				v.Sections[sec.ID] = true
			}
		}
	}
	return v, nil
}

// vendorFindingsPage is the data of the vendor's findings page. Failed names the finding whose
// response was refused, with what was typed.
type vendorFindingsPage struct {
	Findings  []findings.Detail
	MaxUpload int64
	Failed    uint
	Text      string
}

func (h *respondPages) showVendorFindings(c echo.Context) error {
	return h.renderVendorFindings(c, http.StatusOK, vendorFindingsPage{}, nil)
}

func (h *respondPages) renderVendorFindings(c echo.Context, status int, d vendorFindingsPage, errs map[string]string) error {
	ds, err := h.findings.VendorFindings(c.Request().Context(), httpx.Principal(c).AssessmentID)
	if err != nil {
		return err
	}
	for i := range ds {
		ds[i].Thread = httpx.VendorThread(ds[i].Thread)
	}
	d.Findings, d.MaxUpload = ds, h.maxUpload
	p := page{Title: "Findings to address", Data: d, Errors: errs}
	if errs != nil {
		p.Flash = "Your response was not sent; see the message below."
	}
	return h.pages.render(c, status, "respond_findings.html", p)
}

// respondToFinding takes the vendor's response from the findings page (httpx.RespondToFinding).
func (h *respondPages) respondToFinding(c echo.Context) error {
	if _, err := httpx.RespondToFinding(c, h.findings, h.maxUpload); err != nil {
		return h.findingResponseError(c, err)
	}
	id, _ := httpx.ID(c, "finding")
	return h.pages.redirect(c, fmt.Sprintf("%s/findings#finding-%d", httpx.VendorPath, id), "finding-responded")
}

// findingResponseError shows a refused response on the findings page with what was typed, or
// passes the error on for refusals that are not about the input.
func (h *respondPages) findingResponseError(c echo.Context, err error) error {
	var refused *httpx.RefusedResponse
	if !errors.As(err, &refused) {
		return err
	}
	status, body := httpx.Classify(err)
	if status != http.StatusUnprocessableEntity && status != http.StatusUnsupportedMediaType && status != http.StatusRequestEntityTooLarge {
		return err
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		// The rest of the body was never read; the page cannot be sent on this connection reliably.
		return err
	}
	id, _ := httpx.ID(c, "finding")
	errs := body.Fields
	if len(errs) == 0 {
		errs = map[string]string{"text": body.Message}
	}
	return h.renderVendorFindings(c, status, vendorFindingsPage{Failed: id, Text: refused.Text}, errs)
}
