package api

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/reassess"
	"assay/app/review"
	"assay/app/scoring"
	"assay/app/web/httpx"
)

// assessmentAPI shows assessments and acts on them.
type assessmentAPI struct {
	assessments assessmentReader
	invitations *invitations.Service
	review      *review.Service
}

// assessmentReader loads an assessment's record, which an action answers with.
type assessmentReader interface {
	Assessment(ctx context.Context, id uint) (model.Assessment, error)
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
	Reassessment *reassess.Reassessment `json:"reassessment,omitempty"`
	// Notes are the vendor's comments and "not applicable" marks (analysts only).
	Notes map[string]assessments.Note `json:"notes,omitempty"`
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
	Breakdown            *scoring.Breakdown  `json:"breakdown,omitempty"`
}

// reviewOut is the API view of an assessment's review.
type reviewOut struct {
	Status   string                   `json:"status"`
	Awaiting int                      `json:"awaiting_clarification"`
	Threads  map[string]review.Thread `json:"threads"`
	Override *overrideJSON            `json:"override"`
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

func overrideOf(a model.Assessment) *overrideJSON {
	if a.OverrideRating == "" || a.OverrideAt == nil {
		return nil
	}
	return &overrideJSON{Rating: a.OverrideRating, Justification: a.OverrideJustification, By: a.OverrideBy, At: *a.OverrideAt,
		BeforeLatestResult: portfolio.OverrideStale(a)}
}

func (h *assessmentAPI) showAssessment(c echo.Context, id uint) error {
	v, err := h.review.Assessment(c.Request().Context(), id, httpx.Viewer(c))
	if err != nil {
		return err
	}
	st, a := v.State, v.State.Assessment
	out := assessmentJSON{ID: a.ID, VendorID: a.VendorID, Status: a.Status, Questionnaire: a.QuestionnaireID,
		QuestionnaireVersion: a.QuestionnaireVersion, QuestionnaireHash: a.QuestionnaireHash, DueOn: a.DueOn.Format("2006-01-02"),
		SubmittedAt: a.SubmittedAt, SubmittedBy: a.SubmittedBy, OverdueAt: a.OverdueAt,
		Progress: map[string]int{"answered": st.Answered, "total": st.Total}, Override: overrideOf(a)}
	if v.Result != nil {
		out.Result = resultOut(*v.Result, v.Breakdown)
	}
	if !v.Full {
		return c.JSON(http.StatusOK, out)
	}
	out.Answers, out.Evidence, out.Reassessment, out.Notes = st.Answers, st.Evidence, st.Reassessment, st.Notes
	if out.Evidence == nil {
		out.Evidence = []assessments.EvidenceView{}
	}
	out.Review = &reviewOut{Status: a.Status, Awaiting: v.Review.Awaiting, Threads: v.Review.Threads, Override: out.Override}
	for _, inv := range v.Invitations {
		out.Invitations = append(out.Invitations, invitationJSON{ID: inv.ID, Email: inv.Email, ExpiresAt: inv.ExpiresAt,
			RevokedAt: inv.RevokedAt, LastUsedAt: inv.LastUsedAt})
	}
	return c.JSON(http.StatusOK, out)
}

func resultOut(r model.Result, b *scoring.Breakdown) *resultJSON {
	return &resultJSON{Score: r.Score, Rating: r.Rating, RedFlags: r.RedFlags, Certificate: r.Certificate,
		EngineVersion: r.EngineVersion, QuestionnaireVersion: r.QuestionnaireVersion, ComputedAt: r.ComputedAt, Breakdown: b}
}

// sentJSON is an assessment just sent, with the links mailed for it.
func sentJSON(a model.Assessment, sent []invitations.SentInvitation) map[string]any {
	return map[string]any{"id": a.ID, "status": a.Status, "questionnaire": a.QuestionnaireID,
		"questionnaire_version": a.QuestionnaireVersion, "due_on": a.DueOn.Format("2006-01-02"), "invitations": sent}
}

func (h *assessmentAPI) sendAssessment(c echo.Context, vendorID uint) error {
	var in invitations.SendInput
	if err := bind(c, &in); err != nil {
		return err
	}
	a, sent, err := h.invitations.Send(c.Request().Context(), vendorID, in, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, sentJSON(a, sent))
}

func (h *assessmentAPI) resendInvitation(c echo.Context, aid, iid uint) error {
	sent, err := h.invitations.Resend(c.Request().Context(), aid, iid, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sent)
}

// showLink answers with a recipient's working link for an analyst to hand over (audited).
func (h *assessmentAPI) showLink(c echo.Context, aid, iid uint) error {
	shown, err := h.invitations.ShowLink(c.Request().Context(), aid, iid, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, shown)
}

func (h *assessmentAPI) revokeInvitation(c echo.Context, aid, iid uint) error {
	if err := h.invitations.Revoke(c.Request().Context(), aid, iid, httpx.Actor(c)); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// correctFact records an analyst's correction of one extracted fact; the result is recomputed.
func (h *assessmentAPI) correctFact(c echo.Context, aid, eid uint) error {
	var in review.CorrectionInput
	if err := bind(c, &in); err != nil {
		return err
	}
	if err := h.review.CorrectFact(c.Request().Context(), aid, eid, in, httpx.Actor(c)); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// actOnReview runs one review action on the assessment with the body as its input and answers
// with the assessment's review as it now stands.
func actOnReview[In any](h *assessmentAPI, c echo.Context, id uint, do func(context.Context, uint, In, audit.Actor) error) error {
	_, err := callOn(c, id, func(ctx context.Context, id uint, in In, actor audit.Actor) (struct{}, error) {
		return struct{}{}, do(ctx, id, in, actor)
	})
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	a, err := h.assessments.Assessment(ctx, id)
	if err != nil {
		return err
	}
	r, err := h.review.Review(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, reviewOut{Status: a.Status, Awaiting: r.Awaiting, Threads: r.Threads, Override: overrideOf(a)})
}

// reviewQuestion accepts a question's answer or asks the vendor to clarify it.
func (h *assessmentAPI) reviewQuestion(c echo.Context, id uint) error {
	return actOnReview(h, c, id, func(ctx context.Context, id uint, in review.ReviewInput, actor audit.Actor) error {
		return h.review.ReviewQuestion(ctx, id, c.Param("qid"), in, actor)
	})
}

// acceptQuestions accepts several questions' answers at once.
func (h *assessmentAPI) acceptQuestions(c echo.Context, id uint) error {
	return actOnReview(h, c, id, h.review.AcceptMany)
}

// returnAssessment sends the assessment back to the vendor for the questions under
// clarification and answers with the fresh links.
func (h *assessmentAPI) returnAssessment(c echo.Context, id uint) error {
	var in review.ReturnInput
	// The body is optional: no body keeps or extends the due date.
	if c.Request().ContentLength != 0 {
		if err := bind(c, &in); err != nil {
			return err
		}
	}
	ctx := c.Request().Context()
	sent, err := h.review.Return(ctx, id, in, httpx.Actor(c))
	if err != nil {
		return err
	}
	a, err := h.assessments.Assessment(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"id": id, "status": a.Status, "due_on": a.DueOn.Format("2006-01-02"), "invitations": sent})
}

// setOverride records the analyst's rating beside the computed one.
func (h *assessmentAPI) setOverride(c echo.Context, id uint) error {
	return actOnReview(h, c, id, h.review.SetOverride)
}

// clearOverride removes the analyst's rating, with a reason kept in the history.
func (h *assessmentAPI) clearOverride(c echo.Context, id uint) error {
	return actOnReview(h, c, id, h.review.ClearOverride)
}

// cancelAssessment withdraws an open questionnaire with a reason kept in the history.
func (h *assessmentAPI) cancelAssessment(c echo.Context, id uint) error {
	return actOnReview(h, c, id, h.invitations.Cancel)
}
