package web

import (
	"bufio"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/evidence"
	"assay/app/questionnaire"
	"assay/app/validate"
)

// openInvitation swaps the token in the link for a vendor session and redirects to a URL
// without it, so the token leaves the address bar, the history and any referrer.
func (s *Server) openInvitation(c echo.Context) error {
	token, sess, err := s.Assessments.Open(c.Request().Context(), c.Param("token"), c.RealIP(), s.Auth)
	if err != nil {
		return err
	}
	s.Log.Debug("vendor session opened", "assessment_id", sess.AssessmentID)
	s.setCookie(c, vendorCookie, token, vendorPath, time.Time{})
	return c.Redirect(http.StatusSeeOther, vendorPath)
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
	// Review is set while the assessment is returned for clarification (review.go).
	Review *vendorReviewJSON `json:"review,omitempty"`
	// Reassessment carries, per question, last time's answer and how today's relates to it.
	Reassessment *assessments.Reassessment `json:"reassessment,omitempty"`
}

func responseOut(st assessments.State, withDefinition bool) responseJSON {
	out := responseJSON{AssessmentID: st.Assessment.ID, Status: st.Assessment.Status, DueOn: st.Assessment.DueOn.Format("2006-01-02"),
		Editable: st.Editable(), Answers: st.Answers, Evidence: st.Evidence, Visible: st.Visible, Missing: st.Missing,
		Progress: map[string]int{"answered": st.Answered, "total": st.Total}}
	out.Reassessment = st.Reassessment
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

// responsePage is the data of the vendor's questionnaire page.
type responsePage struct {
	State     assessments.State
	Files     map[string][]assessments.EvidenceView
	Visible   map[string]bool
	Missing   map[string]bool
	Values    map[string]any
	MaxUpload int64
	Problems  map[string]string
	// Review limits a returned assessment to the questions under clarification (review.go).
	Review *vendorReview
}

func (s *Server) showResponse(c echo.Context) error {
	st, err := s.Assessments.State(c.Request().Context(), principal(c).AssessmentID)
	if err != nil {
		return err
	}
	return s.renderResponse(c, http.StatusOK, st, nil, "")
}

func (s *Server) renderResponse(c echo.Context, status int, st assessments.State, problems map[string]string, flash string) error {
	d := responsePage{State: st, Files: map[string][]assessments.EvidenceView{}, Visible: map[string]bool{}, Missing: map[string]bool{},
		Values: map[string]any{}, MaxUpload: s.Config.MaxUploadBytes, Problems: problems}
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
	if d.Review, err = s.loadVendorReview(c, st); err != nil {
		return err
	}
	return s.renderPage(c, status, name, page{Title: "Security questionnaire", Flash: flash, Data: d})
}

func (s *Server) responseState(c echo.Context) error {
	st, err := s.Assessments.State(c.Request().Context(), principal(c).AssessmentID)
	if err != nil {
		return err
	}
	out := responseOut(st, true)
	if err := s.addVendorReview(c, &out, st); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Server) saveAnswers(c echo.Context) error {
	var in assessments.SaveInput
	if err := c.Bind(&in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badJSON()
	}
	p := principal(c)
	st, err := s.Assessments.SaveAnswers(c.Request().Context(), p.AssessmentID, in, p.Actor(c.RealIP()))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, responseOut(st, false))
}

// uploadEvidence streams one file from a multipart body straight into the evidence store.
// The question comes as ?question_id= or as a form field before the file part; the body is
// never parsed as a whole, so memory does not grow with the file.
func (s *Server) uploadEvidence(c echo.Context) error {
	r := c.Request()
	limit := s.Config.MaxUploadBytes + 1<<20
	if r.ContentLength > limit {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge,
			"The file is larger than the limit of "+sizeText(s.Config.MaxUploadBytes)+".")
	}
	// The multipart reader reads the socket 4 KiB at a time; a larger buffer cuts the read
	// calls of a 500 MiB upload from ~128,000 to ~2,300 and server CPU by a fifth (bench/run.sh).
	r.Body = struct {
		io.Reader
		io.Closer
	}{bufio.NewReaderSize(http.MaxBytesReader(c.Response(), r.Body, limit), 256<<10), r.Body}
	mr, err := r.MultipartReader()
	if err != nil {
		return &validate.Error{Fields: map[string]string{"file": "Send the file as multipart/form-data in a part named file."}}
	}
	questionID := c.QueryParam("question_id")
	p := principal(c)
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
			ev, err := s.Assessments.Upload(r.Context(), p.AssessmentID, questionID, partFilename(part.Header.Get("Content-Disposition")), part, p.Actor(c.RealIP()))
			if errors.Is(err, evidence.ErrTooLarge) {
				msg := "The file is larger than the limit of " + sizeText(s.Config.MaxUploadBytes) + "."
				return c.JSON(http.StatusRequestEntityTooLarge, map[string]apiError{"error": {Code: "too_large", Message: msg,
					Fields: map[string]string{"file": msg}}})
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

// partFilename reads the filename of a part without Go's path cleaning, so SafeFilename sees
// what the client sent and decides itself.
func partFilename(cd string) string {
	_, params, err := mime.ParseMediaType(cd)
	if err != nil {
		return ""
	}
	return params["filename"]
}

func (s *Server) removeEvidence(c echo.Context) error {
	eid, err := idParam(c, "eid")
	if err != nil {
		return err
	}
	p := principal(c)
	if err := s.Assessments.RemoveEvidence(c.Request().Context(), p.AssessmentID, eid, p.Actor(c.RealIP())); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Server) submitResponse(c echo.Context) error {
	p := principal(c)
	st, err := s.Assessments.Submit(c.Request().Context(), p.AssessmentID, p.Actor(c.RealIP()))
	if wantsJSON(c) {
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, responseOut(st, false))
	}
	var me *assessments.MissingError
	if errors.As(err, &me) {
		problems := map[string]string{}
		for _, id := range me.Questions {
			problems[id] = "This question needs an answer before you can submit."
		}
		return s.renderResponse(c, http.StatusUnprocessableEntity, st, problems,
			"Some required questions are still unanswered; they are marked below.")
	}
	if err != nil {
		return err
	}
	return s.redirectFlash(c, vendorPath, "submitted")
}

func sizeText(n int64) string {
	return funcs["size"].(func(int64) string)(n)
}
