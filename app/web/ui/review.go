package ui

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/invitations"
	"assay/app/review"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// reviewPages are the forms on the assessment page. Each goes back to the page, or shows it
// again with the form's messages (422) and what was typed.
type reviewPages struct {
	pages       *pages
	assessment  *assessmentPages
	invitations *invitations.Service
	review      *review.Service
}

// reviewForm is what an analyst typed into one of the review forms, kept when it is refused.
type reviewForm struct {
	Question      string
	Message       string
	DueDate       string
	Rating        string
	Justification string
	Reason        string
	// CancelReason is a refused cancellation's reason.
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

// done answers a review form: back to the page at anchor with a flash, or the page again with
// the refused form's messages (422).
func (h *reviewPages) done(c echo.Context, id uint, err error, form reviewForm, flash, anchor string) error {
	if err != nil {
		ve, ok := validate.As(err)
		if !ok {
			return err
		}
		return h.assessment.render(c, http.StatusUnprocessableEntity, id, &assessmentForm{Form: form, Errors: reviewErrors(ve, form.Question)})
	}
	return h.pages.redirect(c, fmt.Sprintf("/assessments/%d%s", id, anchor), flash)
}

// reviewQuestion accepts a question's answer or asks the vendor to clarify it.
func (h *reviewPages) reviewQuestion(c echo.Context, id uint) error {
	qid := c.Param("qid")
	in := review.ReviewInput{Decision: c.FormValue("decision"), Message: c.FormValue("message")}
	err := h.review.ReviewQuestion(c.Request().Context(), id, qid, in, httpx.Actor(c))
	flash := "review-accepted"
	if in.Decision == review.DecisionClarify {
		flash = "review-clarify"
	}
	return h.done(c, id, err, reviewForm{Question: qid, Message: in.Message}, flash, "#review-"+qid)
}

// acceptQuestions accepts the ticked questions at once.
func (h *reviewPages) acceptQuestions(c echo.Context, id uint) error {
	form, err := c.FormParams()
	if err != nil {
		return err
	}
	err = h.review.AcceptMany(c.Request().Context(), id, review.AcceptInput{QuestionIDs: form["questions"]}, httpx.Actor(c))
	return h.done(c, id, err, reviewForm{}, "review-accepted-many", "#review")
}

// returnAssessment sends the assessment back to the vendor for the questions under clarification.
func (h *reviewPages) returnAssessment(c echo.Context, id uint) error {
	in := review.ReturnInput{DueDate: c.FormValue("due_date")}
	_, err := h.review.Return(c.Request().Context(), id, in, httpx.Actor(c))
	return h.done(c, id, err, reviewForm{DueDate: in.DueDate}, "returned", "")
}

// setOverride records the analyst's rating beside the computed one.
func (h *reviewPages) setOverride(c echo.Context, id uint) error {
	in := review.OverrideInput{Rating: c.FormValue("rating"), Justification: c.FormValue("justification")}
	err := h.review.SetOverride(c.Request().Context(), id, in, httpx.Actor(c))
	return h.done(c, id, err, reviewForm{Rating: in.Rating, Justification: in.Justification}, "override-set", "#result")
}

// clearOverride removes the analyst's rating, with a reason kept in the history.
func (h *reviewPages) clearOverride(c echo.Context, id uint) error {
	in := review.ClearOverrideInput{Reason: c.FormValue("reason")}
	err := h.review.ClearOverride(c.Request().Context(), id, in, httpx.Actor(c))
	return h.done(c, id, err, reviewForm{Reason: in.Reason}, "override-cleared", "#result")
}

// cancelAssessment withdraws an open questionnaire with a reason kept in the history.
func (h *reviewPages) cancelAssessment(c echo.Context, id uint) error {
	in := invitations.CancelInput{Reason: c.FormValue("cancel_reason")}
	err := h.invitations.Cancel(c.Request().Context(), id, in, httpx.Actor(c))
	return h.done(c, id, err, reviewForm{CancelReason: in.Reason}, "cancelled", "")
}

// correctFact records an analyst's correction of one extracted fact; the result is recomputed.
// The form sits beside the file, so a refusal goes back there with a flash.
func (h *reviewPages) correctFact(c echo.Context, aid, eid uint) error {
	in := review.CorrectionInput{Fact: c.FormValue("fact"), Value: c.FormValue("value"), Reason: c.FormValue("reason")}
	flash := "corrected"
	if err := h.review.CorrectFact(c.Request().Context(), aid, eid, in, httpx.Actor(c)); err != nil {
		if _, ok := validate.As(err); !ok {
			return err
		}
		flash = "correction-invalid"
	}
	return h.pages.redirect(c, fmt.Sprintf("/assessments/%d#evidence-%d", aid, eid), flash)
}
