package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/findings"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/report"
	"assay/app/responses"
	"assay/app/review"
	"assay/app/storage"
	"assay/app/validate"
	"assay/app/web/httpx"
)

// respondAPI is the vendor's client: its own, with the invitation token, or the
// questionnaire page's script, with the vendor session.
type respondAPI struct {
	assessments *assessments.Reader
	responses   *responses.Service
	review      *review.Service
	findings    *findings.Service
	maxUpload   int64
	now         func() time.Time
}

// responseJSON is what the vendor's client receives: the questionnaire without weights or
// rules, the saved answers with their versions, files, and what is visible and missing.
type responseJSON struct {
	AssessmentID  uint                               `json:"assessment_id"`
	Vendor        string                             `json:"vendor"`
	Status        string                             `json:"status"`
	DueOn         string                             `json:"due_on"`
	Editable      bool                               `json:"editable"`
	Questionnaire *questionnaire.PublicDefinition    `json:"questionnaire,omitempty"`
	Answers       map[string]assessments.AnswerState `json:"answers"`
	Evidence      []assessments.EvidenceView         `json:"evidence"`
	Visible       []string                           `json:"visible"`
	Missing       []string                           `json:"missing"`
	Progress      map[string]int                     `json:"progress"`
	// Review is set while the assessment is returned for clarification.
	Review *vendorReviewJSON `json:"review,omitempty"`
	// Reassessment carries, per question, last time's answer and how today's relates to it.
	Reassessment *reassess.Reassessment `json:"reassessment,omitempty"`
	// Notes are the vendor's comments and "not applicable" marks, by question id.
	Notes map[string]assessments.Note `json:"notes"`
}

// vendorReviewJSON tells the vendor's client which questions are open and their threads.
type vendorReviewJSON struct {
	Open    []string                 `json:"open"`
	Threads map[string]review.Thread `json:"threads"`
}

func responseOut(st assessments.State, withDefinition bool) responseJSON {
	out := responseJSON{AssessmentID: st.Assessment.ID, Status: st.Assessment.Status, DueOn: st.Assessment.DueOn.Format("2006-01-02"),
		Editable: st.Editable(), Answers: st.Answers, Evidence: st.Evidence, Visible: st.Visible, Missing: st.Missing,
		Progress: map[string]int{"answered": st.Answered, "total": st.Total}}
	out.Reassessment, out.Notes = st.Reassessment, st.Notes
	if out.Notes == nil {
		out.Notes = map[string]assessments.Note{}
	}
	if st.Assessment.Vendor != nil {
		out.Vendor = st.Assessment.Vendor.Name
	}
	if out.Evidence == nil {
		out.Evidence = []assessments.EvidenceView{}
	}
	if out.Missing == nil {
		out.Missing = []string{}
	}
	if withDefinition {
		pub := st.Definition.Public()
		out.Questionnaire = &pub
	}
	return out
}

// withReview adds the clarification threads and open questions to a returned assessment's
// vendor view.
func (h *respondAPI) withReview(ctx context.Context, out *responseJSON, st assessments.State) error {
	open, err := h.responses.VendorOpen(ctx, st)
	if err != nil || open == nil {
		return err
	}
	r, err := h.review.Review(ctx, st.Assessment.ID)
	if err != nil {
		return err
	}
	rj := &vendorReviewJSON{Open: []string{}, Threads: map[string]review.Thread{}}
	for id := range open {
		rj.Open = append(rj.Open, id)
		rj.Threads[id] = r.Thread(id)
	}
	sort.Strings(rj.Open)
	out.Review = rj
	return nil
}

// state answers with the vendor's view of the assessment; withDefinition adds the questionnaire.
func (h *respondAPI) state(c echo.Context, withDefinition bool) error {
	ctx := c.Request().Context()
	st, err := h.assessments.State(ctx, httpx.Principal(c).AssessmentID)
	if err != nil {
		return err
	}
	out := responseOut(st, withDefinition)
	if err := h.withReview(ctx, &out, st); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (h *respondAPI) responseState(c echo.Context) error { return h.state(c, true) }

// saveAnswers is the autosave. It first tries the quick way, which checks the invitation token
// or the vendor session in the statement that saves (responses.QuickSave); a first save, or
// any the quick way does not take, goes the whole way once the guard resolved the caller.
func (h *respondAPI) saveAnswers(c echo.Context) error {
	in, err := saveInput(c)
	ctx := c.Request().Context()
	if cred, ok := httpx.Deferred(c); ok {
		// A body that does not decode is answered once the caller is known.
		if err != nil {
			return httpx.ErrResolveFirst
		}
		st, saved := h.responses.QuickSave(ctx, responses.Credential(cred), c.RealIP(), in)
		if !saved {
			return httpx.ErrResolveFirst
		}
		return c.JSON(http.StatusOK, responseOut(st, false))
	}
	if err != nil {
		return err
	}
	p := httpx.Principal(c)
	var st assessments.State
	switch {
	case p.Invitation != nil && p.Session != nil:
		cred := responses.Credential{SessionHash: p.Session.ID, CSRF: p.Session.CSRFToken}
		st, err = h.responses.SaveAnswersByLink(ctx, *p.Invitation, cred, in, httpx.Actor(c))
	case p.Invitation != nil:
		st, err = h.responses.SaveAnswersByLink(ctx, *p.Invitation, responses.Credential{TokenHash: p.Invitation.TokenHash}, in, httpx.Actor(c))
	default:
		st, err = h.responses.SaveAnswers(ctx, p.AssessmentID, in, httpx.Actor(c))
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, responseOut(st, false))
}

const saveInputKey = "assay.saveInput"

// decodedSave is the autosave's body as decoded, or why it could not be.
type decodedSave struct {
	in  responses.SaveInput
	err error
}

// saveInput decodes the autosave's body once: a second run of the handler, after the guard
// resolved the token (httpx.ErrResolveFirst), reads what the first decoded.
func saveInput(c echo.Context) (responses.SaveInput, error) {
	if d, ok := c.Get(saveInputKey).(decodedSave); ok {
		return d.in, d.err
	}
	var d decodedSave
	if err := c.Bind(&d.in); err != nil {
		var mbe *http.MaxBytesError
		if d.err = httpx.BadJSON(); errors.As(err, &mbe) {
			d.err = err
		}
	}
	c.Set(saveInputKey, d)
	return d.in, d.err
}

// downloadAnswers sends the vendor a PDF copy of the answers as submitted.
func (h *respondAPI) downloadAnswers(c echo.Context) error {
	cp, err := h.responses.AnswersCopy(c.Request().Context(), httpx.Principal(c).AssessmentID, h.now())
	if err != nil {
		return err
	}
	b, err := report.AnswersPDF(cp)
	if err != nil {
		return err
	}
	name := fmt.Sprintf("answers-assessment-%d.pdf", cp.AssessmentID)
	return sendFile(c, bytes.NewReader(b), "attachment", name, report.PDFContentType, int64(len(b)), "default-src 'none'; sandbox")
}

// saveNote keeps the vendor's comment on a question, or its "not applicable" mark with the
// reason, and answers with the vendor's view.
func (h *respondAPI) saveNote(c echo.Context) error {
	var in responses.NoteInput
	if err := bind(c, &in); err != nil {
		return err
	}
	st, err := h.responses.SaveNote(c.Request().Context(), httpx.Principal(c).AssessmentID, c.Param("qid"), in, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, responseOut(st, false))
}

// uploadEvidence streams one file from a multipart body straight into the evidence store.
// The question comes as ?question_id= or as a form field before the file part; the body is
// never parsed as a whole, so memory does not grow with the file.
func (h *respondAPI) uploadEvidence(c echo.Context) error {
	r := c.Request()
	limit := h.maxUpload + 1<<20
	tooLarge := "The file is larger than the limit of " + report.FormatSize(h.maxUpload) + "."
	if r.ContentLength > limit {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge, tooLarge)
	}
	// The multipart reader reads the socket 4 KiB at a time; a larger buffer cuts the read
	// calls of a 500 MiB upload from ~128,000 to ~2,300 and server CPU by a fifth (bench/run.sh).
	httpx.StreamBody(c, limit, 256<<10)
	mr, err := r.MultipartReader()
	if err != nil {
		return &validate.Error{Fields: map[string]string{"file": "Send the file as multipart/form-data in a part named file."}}
	}
	questionID := c.QueryParam("question_id")
	p := httpx.Principal(c)
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch part.FormName() {
		case "question_id":
			b, err := io.ReadAll(io.LimitReader(part, 200))
			if err != nil {
				return err
			}
			questionID = strings.TrimSpace(string(b))
		case "file":
			if questionID == "" {
				return &validate.Error{Fields: map[string]string{"question_id": "Name the evidence question before the file."}}
			}
			ev, err := h.responses.Upload(r.Context(), p.AssessmentID, questionID, httpx.PartFilename(part.Header.Get("Content-Disposition")), part, httpx.Actor(c))
			if errors.Is(err, storage.ErrTooLarge) {
				return c.JSON(http.StatusRequestEntityTooLarge, map[string]httpx.Problem{"error": {Code: "too_large", Message: tooLarge,
					Fields: map[string]string{"file": tooLarge}}})
			}
			if err != nil {
				return err
			}
			return c.JSON(http.StatusCreated, ev)
		}
		part.Close()
	}
	return &validate.Error{Fields: map[string]string{"file": "Choose a file to upload."}}
}

func (h *respondAPI) removeEvidence(c echo.Context, eid uint) error {
	if err := h.responses.RemoveEvidence(c.Request().Context(), httpx.Principal(c).AssessmentID, eid, httpx.Actor(c)); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *respondAPI) submitResponse(c echo.Context) error {
	st, err := h.responses.Submit(c.Request().Context(), httpx.Principal(c).AssessmentID, httpx.Actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, responseOut(st, false))
}

// replyToReview adds the vendor's message, with any files, to a question's thread
// (httpx.ReplyToReview) and answers with the vendor's view, threads included.
func (h *respondAPI) replyToReview(c echo.Context) error {
	if err := httpx.ReplyToReview(c, h.review, h.maxUpload); err != nil {
		return err
	}
	return h.state(c, false)
}

// vendorFindingJSON is a shared finding as its vendor sees it: the request and the replies,
// never the analysts' internal notes, owner or approver.
type vendorFindingJSON struct {
	ID          uint          `json:"id"`
	Severity    string        `json:"severity"`
	Title       string        `json:"title"`
	Explanation string        `json:"explanation"`
	Status      string        `json:"status"`
	DueOn       string        `json:"due_on"`
	Thread      []messageJSON `json:"thread"`
}

func (h *respondAPI) showVendorFindings(c echo.Context) error {
	ds, err := h.findings.VendorFindings(c.Request().Context(), httpx.Principal(c).AssessmentID)
	if err != nil {
		return err
	}
	out := make([]vendorFindingJSON, len(ds))
	for i, d := range ds {
		f := d.Finding
		out[i] = vendorFindingJSON{ID: f.ID, Severity: f.Severity, Title: f.Title, Explanation: f.Explanation, Status: f.Status,
			DueOn: f.DueOn.Format(time.DateOnly), Thread: threadOut(httpx.VendorThread(d.Thread), true)}
	}
	return c.JSON(http.StatusOK, map[string]any{"findings": out})
}

// respondToFinding takes the vendor's response to a shared finding (httpx.RespondToFinding)
// and answers with the message it added.
func (h *respondAPI) respondToFinding(c echo.Context) error {
	m, err := httpx.RespondToFinding(c, h.findings, h.maxUpload)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, threadOut([]model.FindingMessage{m}, true)[0])
}
