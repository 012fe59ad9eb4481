package web

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/report"
	"assay/app/store"
	"assay/app/validate"
)

// The review of a submitted assessment: inline evidence previews, per-question decisions and
// threads, returning the assessment to the vendor, the vendor's replies, and the rating override.

func init() {
	for k, v := range map[string]string{
		"review-accepted":  "Answer accepted.",
		"review-clarify":   "Clarification requested. Return the assessment to the vendor once every question is reviewed.",
		"returned":         "The assessment was returned to the vendor with a fresh link; the previous links no longer work.",
		"override-set":     "Rating override saved beside the computed rating.",
		"override-cleared": "Rating override removed; the computed rating stands alone.",
		"reply-sent":       "Your reply was added to the conversation.",
	} {
		flashes[k] = v
	}
}

// previewTypes are the only content types shown inline, with the policy each is served with;
// the bytes were sniffed on upload, so the type is what the file is, not what the vendor's
// browser claimed. Images are sandboxed; PDFs are not, because browsers' built-in PDF viewers
// refuse to run in sandboxed documents, and the PDF's own scripts run inside the viewer.
var previewTypes = map[string]string{
	"application/pdf": "default-src 'none'; frame-ancestors 'self'",
	"image/png":       "default-src 'none'; frame-ancestors 'self'; sandbox",
	"image/jpeg":      "default-src 'none'; frame-ancestors 'self'; sandbox",
}

// previewEvidence shows a PDF or image inline, framable only by Assay's own pages; any other
// type is sent to the download, which is always an attachment.
func (s *Server) previewEvidence(c echo.Context) error { return s.sendEvidence(c, true) }

// allowEvidenceFrames lets the review page frame Assay's own PDF previews; every other page
// keeps the global policy, which frames nothing.
func allowEvidenceFrames(c echo.Context) {
	h := c.Response().Header()
	h.Set("Content-Security-Policy", h.Get("Content-Security-Policy")+"; frame-src 'self'")
}

// reviewForm is what an analyst typed into one of the review forms, kept when it is refused.
type reviewForm struct {
	Question      string
	Message       string
	DueDate       string
	Rating        string
	Justification string
	Reason        string
	// CancelReason is a refused cancellation's reason (cancel.go).
	CancelReason string
}

// reviewErrors prefixes the message error with the question, so it shows beside its form.
func reviewErrors(ve *validate.Error, question string) map[string]string {
	out := map[string]string{}
	for k, v := range ve.Fields {
		if k == "message" || k == "decision" {
			k = k + ":" + question
		}
		out[k] = v
	}
	return out
}

// reviewDone answers a review action: the JSON client gets the assessment's review, the
// browser goes back to the page; a refused form is shown again with its messages (422).
func (s *Server) reviewDone(c echo.Context, id uint, err error, form reviewForm, flash, anchor string) error {
	if err != nil {
		ve, ok := validate.As(err)
		if !ok || wantsJSON(c) {
			return err
		}
		return s.assessmentView(c, http.StatusUnprocessableEntity, &assessmentForm{Form: form, Errors: reviewErrors(ve, form.Question)})
	}
	if wantsJSON(c) {
		return s.reviewJSON(c, id)
	}
	return s.redirectFlash(c, fmt.Sprintf("/assessments/%d%s", id, anchor), flash)
}

// reviewOut is the API view of an assessment's review.
type reviewOut struct {
	Status   string                        `json:"status"`
	Awaiting int                           `json:"awaiting_clarification"`
	Threads  map[string]assessments.Thread `json:"threads"`
	Override *overrideJSON                 `json:"override"`
}

// overrideJSON is the analyst's rating beside the computed one.
type overrideJSON struct {
	Rating        string    `json:"rating"`
	Justification string    `json:"justification"`
	By            string    `json:"by"`
	At            time.Time `json:"at"`
	// BeforeLatestResult is true when the result was recomputed after the override was set.
	BeforeLatestResult bool `json:"set_before_latest_result"`
}

func overrideOf(a store.Assessment) *overrideJSON {
	if a.OverrideRating == "" || a.OverrideAt == nil {
		return nil
	}
	return &overrideJSON{Rating: a.OverrideRating, Justification: a.OverrideJustification, By: a.OverrideBy, At: *a.OverrideAt,
		BeforeLatestResult: a.OverrideIsStale()}
}

func (s *Server) reviewJSON(c echo.Context, id uint) error {
	ctx := c.Request().Context()
	a, err := s.Store.Assessment(ctx, id)
	if err != nil {
		return err
	}
	r, err := s.Assessments.Review(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, reviewOut{Status: a.Status, Awaiting: r.Awaiting, Threads: r.Threads, Override: overrideOf(a)})
}

// reviewQuestion accepts a question's answer or asks the vendor to clarify it.
func (s *Server) reviewQuestion(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	qid := c.Param("qid")
	var in assessments.ReviewInput
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		in = assessments.ReviewInput{Decision: c.FormValue("decision"), Message: c.FormValue("message")}
	}
	err = s.Assessments.ReviewQuestion(c.Request().Context(), id, qid, in, principal(c).Actor(c.RealIP()))
	flash := "review-accepted"
	if in.Decision == assessments.DecisionClarify {
		flash = "review-clarify"
	}
	return s.reviewDone(c, id, err, reviewForm{Question: qid, Message: in.Message}, flash, "#review-"+qid)
}

// returnAssessment sends the assessment back to the vendor for the questions under clarification.
func (s *Server) returnAssessment(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	var in assessments.ReturnInput
	if wantsJSON(c) {
		// The body is optional: no body keeps or extends the due date.
		if c.Request().ContentLength != 0 {
			if err := c.Bind(&in); err != nil {
				return badJSON()
			}
		}
	} else {
		in.DueDate = c.FormValue("due_date")
	}
	sent, err := s.Assessments.Return(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
	if err == nil && wantsJSON(c) {
		a, err := s.Store.Assessment(c.Request().Context(), id)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]any{"id": id, "status": a.Status, "due_on": a.DueOn.Format("2006-01-02"), "invitations": sent})
	}
	return s.reviewDone(c, id, err, reviewForm{DueDate: in.DueDate}, "returned", "")
}

// setOverride records the analyst's rating beside the computed one.
func (s *Server) setOverride(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	var in assessments.OverrideInput
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		in = assessments.OverrideInput{Rating: c.FormValue("rating"), Justification: c.FormValue("justification")}
	}
	err = s.Assessments.SetOverride(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
	return s.reviewDone(c, id, err, reviewForm{Rating: in.Rating, Justification: in.Justification}, "override-set", "#result")
}

// clearOverride removes the analyst's rating, with a reason kept in the history.
func (s *Server) clearOverride(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	var in assessments.ClearOverrideInput
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		in.Reason = c.FormValue("reason")
	}
	err = s.Assessments.ClearOverride(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
	return s.reviewDone(c, id, err, reviewForm{Reason: in.Reason}, "override-cleared", "#result")
}

// replyToReview adds the vendor's message to a question's thread.
func (s *Server) replyToReview(c echo.Context) error {
	qid := c.Param("qid")
	var in assessments.ReplyInput
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		in.Message = c.FormValue("message")
	}
	p := principal(c)
	ctx := c.Request().Context()
	err := s.Assessments.Reply(ctx, p.AssessmentID, qid, in, p.Actor(c.RealIP()))
	if wantsJSON(c) {
		if err != nil {
			return err
		}
		st, err := s.Assessments.State(ctx, p.AssessmentID)
		if err != nil {
			return err
		}
		out := responseOut(st, false)
		if err := s.addVendorReview(c, &out, st); err != nil {
			return err
		}
		return c.JSON(http.StatusOK, out)
	}
	if ve, ok := validate.As(err); ok {
		st, serr := s.Assessments.State(ctx, p.AssessmentID)
		if serr != nil {
			return serr
		}
		return s.renderResponse(c, http.StatusUnprocessableEntity, st, map[string]string{qid: ve.Fields["message"]},
			"Your reply was not sent; see the message below.")
	}
	if err != nil {
		return err
	}
	return s.redirectFlash(c, vendorPath+"#q-"+qid, "reply-sent")
}

// vendorReview is what a vendor sees of the review while the assessment is returned: which
// questions are open, the sections holding them, and each thread.
type vendorReview struct {
	Open     map[string]bool
	Sections map[string]bool
	Review   assessments.Review
	CSRF     string
	Drafts   map[string]string
}

// vendorThread is one question's thread with what its reply form needs.
type vendorThread struct {
	assessments.Thread
	CSRF  string
	Draft string
}

// For returns the thread of a question for the reply form.
func (v *vendorReview) For(questionID string) vendorThread {
	return vendorThread{Thread: v.Review.Thread(questionID), CSRF: v.CSRF, Draft: v.Drafts[questionID]}
}

// loadVendorReview returns the review a vendor sees, or nil unless the assessment is returned.
func (s *Server) loadVendorReview(c echo.Context, st assessments.State) (*vendorReview, error) {
	ctx := c.Request().Context()
	open, err := s.Assessments.VendorOpen(ctx, st)
	if err != nil || open == nil {
		return nil, err
	}
	r, err := s.Assessments.Review(ctx, st.Assessment.ID)
	if err != nil {
		return nil, err
	}
	v := &vendorReview{Open: open, Sections: map[string]bool{}, Review: r, Drafts: map[string]string{}}
	if p := principal(c); p.Session != nil {
		v.CSRF = p.Session.CSRFToken
	}
	if c.Request().Method == http.MethodPost {
		v.Drafts[c.Param("qid")] = c.FormValue("message")
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

// vendorReviewJSON tells the vendor's client which questions are open and their threads.
type vendorReviewJSON struct {
	Open    []string                      `json:"open"`
	Threads map[string]assessments.Thread `json:"threads"`
}

// addVendorReview adds the clarification threads and open questions to a returned assessment's
// vendor view.
func (s *Server) addVendorReview(c echo.Context, out *responseJSON, st assessments.State) error {
	v, err := s.loadVendorReview(c, st)
	if err != nil || v == nil {
		return err
	}
	rj := &vendorReviewJSON{Open: []string{}, Threads: map[string]assessments.Thread{}}
	for id := range v.Open {
		rj.Open = append(rj.Open, id)
		rj.Threads[id] = v.Review.Thread(id)
	}
	sort.Strings(rj.Open)
	out.Review = rj
	return nil
}

// classifyReview maps the review workflow's errors to statuses; ok is false for other errors.
func classifyReview(err error) (int, apiError, bool) {
	var fe *assessments.FrozenError
	switch {
	case errors.As(err, &fe):
		fields := map[string]string{}
		for _, q := range fe.Questions {
			fields[q] = "This question is not open for changes: only the questions the analyst asked about can be changed now."
		}
		return http.StatusConflict, apiError{Code: "frozen", Fields: fields,
			Message: "Only the questions the analyst asked about can be changed now; the other answers stay as submitted."}, true
	case errors.Is(err, assessments.ErrNotReviewable):
		return http.StatusConflict, apiError{Code: "not_reviewable", Message: "Only a submitted or scored assessment can be reviewed or returned."}, true
	case errors.Is(err, assessments.ErrNothingToReturn):
		return http.StatusConflict, apiError{Code: "nothing_to_return", Message: "No question awaits clarification: request clarification on at least one question first."}, true
	case errors.Is(err, assessments.ErrNoResult):
		return http.StatusConflict, apiError{Code: "no_result", Message: "The assessment has no computed rating yet, so there is nothing to override."}, true
	case errors.Is(err, assessments.ErrNoOverride):
		return http.StatusConflict, apiError{Code: "no_override", Message: "The rating is not overridden."}, true
	case errors.Is(err, assessments.ErrNotReturned):
		return http.StatusConflict, apiError{Code: "not_returned", Message: "This questionnaire is not waiting for clarification."}, true
	}
	return 0, apiError{}, false
}

// assessmentForm is a refused review form with its per-field messages.
type assessmentForm struct {
	Form   reviewForm
	Errors map[string]string
}

// reportOverride is the assessment's rating override for the exports and the PDF report; nil
// when the computed rating stands alone.
func reportOverride(a store.Assessment) *report.Override {
	o := overrideOf(a)
	if o == nil {
		return nil
	}
	return &report.Override{Rating: o.Rating, Justification: o.Justification, By: o.By, At: o.At, Stale: o.BeforeLatestResult}
}
