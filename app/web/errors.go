package web

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/auth"
	"assay/app/evidence"
	"assay/app/findings"
	"assay/app/store"
	"assay/app/validate"
)

// apiError is the JSON error shape of the API contract.
type apiError struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
	// Missing lists unanswered required questions on a refused submission.
	Missing []string `json:"missing,omitempty"`
	// Current holds what is stored now for answers that someone else changed.
	Current map[string]assessments.AnswerState `json:"current,omitempty"`
}

// classify maps an error to its status and public shape; anything unknown is a 500 whose
// details stay in the log.
func classify(err error) (int, apiError) {
	var he *echo.HTTPError
	var ve *validate.Error
	var me *assessments.MissingError
	var ce *assessments.ConflictError
	var mbe *http.MaxBytesError
	if status, body, ok := classifyReview(err); ok {
		return status, body
	}
	switch {
	case errors.As(err, &ve):
		return http.StatusUnprocessableEntity, apiError{Code: "invalid", Message: "Some fields need attention.", Fields: ve.Fields}
	case errors.As(err, &me):
		return http.StatusUnprocessableEntity, apiError{Code: "incomplete", Message: "Answer every required question before submitting.", Missing: me.Questions}
	case errors.As(err, &ce):
		return http.StatusConflict, apiError{Code: "conflict", Message: "Someone else changed this answer since you loaded the page. Their version is shown; check it and save again if needed.", Current: ce.Current}
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, apiError{Code: "not_found", Message: "Not found."}
	case errors.Is(err, assessments.ErrInvalidLink):
		return http.StatusNotFound, apiError{Code: "invalid_link", Message: "This link is not valid."}
	case errors.Is(err, assessments.ErrClosed):
		return http.StatusConflict, apiError{Code: "closed", Message: "This questionnaire has been submitted or closed and can no longer be changed."}
	case errors.Is(err, findings.ErrTransition):
		return http.StatusConflict, apiError{Code: "conflict", Message: "The finding's status does not allow this. Reload the page to see its current state."}
	case errors.Is(err, assessments.ErrNoRecipients):
		return http.StatusConflict, apiError{Code: "no_recipients", Message: "Every link of this assessment was revoked, so nobody can be asked. Send a new link from the assessment first."}
	case errors.Is(err, evidence.ErrTooLarge), errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, apiError{Code: "too_large", Message: "The file is larger than the limit.",
			Fields: map[string]string{"file": "The file is larger than the limit."}}
	case errors.Is(err, evidence.ErrTypeNotAllowed):
		msg := "This file type is not accepted."
		var te *evidence.TypeNotAllowedError
		if errors.As(err, &te) {
			msg = "This file type is not accepted. Upload one of: " + kinds(te.Allowed) + "."
		}
		return http.StatusUnsupportedMediaType, apiError{Code: "unsupported_type", Message: msg, Fields: map[string]string{"file": msg}}
	case errors.Is(err, evidence.ErrEmpty):
		return http.StatusUnprocessableEntity, apiError{Code: "empty", Message: "The file is empty.", Fields: map[string]string{"file": "The file is empty."}}
	case errors.Is(err, auth.ErrRateLimited):
		return http.StatusTooManyRequests, apiError{Code: "rate_limited", Message: "Too many attempts. Wait a few minutes and try again."}
	case errors.As(err, &he):
		msg, _ := he.Message.(string)
		if msg == "" || he.Internal != nil && he.Code >= 500 {
			msg = http.StatusText(he.Code)
		}
		return he.Code, apiError{Code: codeName(he.Code), Message: msg}
	}
	return http.StatusInternalServerError, apiError{Code: "internal", Message: "Something went wrong on our side. It has been logged."}
}

func codeName(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "bad_request"
	case http.StatusUnauthorized:
		return "unauthorized"
	case http.StatusForbidden:
		return "forbidden"
	case http.StatusNotFound:
		return "not_found"
	case http.StatusMethodNotAllowed:
		return "method_not_allowed"
	case http.StatusConflict:
		return "conflict"
	case http.StatusRequestEntityTooLarge:
		return "too_large"
	case http.StatusUnsupportedMediaType:
		return "unsupported_type"
	case http.StatusUnprocessableEntity:
		return "invalid"
	case http.StatusTooManyRequests:
		return "rate_limited"
	}
	return "error"
}

func kinds(ks []evidence.Kind) string {
	s := ""
	for i, k := range ks {
		if i > 0 {
			s += ", "
		}
		s += string(k)
	}
	return s
}

// handleError is the one place errors become responses.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, body := classify(err)
	if status >= 500 {
		s.Log.Error("request failed", "method", c.Request().Method, "path", redactPath(c.Request().URL.Path), "error", err)
	}
	if c.Request().Method == http.MethodHead {
		c.NoContent(status)
		return
	}
	if wantsJSON(c) {
		c.JSON(status, map[string]apiError{"error": body})
		return
	}
	if body.Code == "invalid_link" {
		s.renderPage(c, status, "link_invalid.html", page{Title: "Link not valid"})
		return
	}
	s.renderPage(c, status, "error.html", page{Title: http.StatusText(status), Data: body})
}
