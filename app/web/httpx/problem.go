package httpx

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/auth"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/responses"
	"assay/app/review"
	"assay/app/storage"
	"assay/app/validate"
)

// Problem is the public shape of an error: the API's JSON error body, and what the error page
// shows.
type Problem struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
	// Missing lists unanswered required questions on a refused submission.
	Missing []string `json:"missing,omitempty"`
	// Current holds what is stored now for answers that someone else changed.
	Current map[string]assessments.AnswerState `json:"current,omitempty"`
}

// UnavailableMessage is what a person is told while the database or the file store cannot be
// reached.
const UnavailableMessage = "Assay cannot reach its database or file storage just now. Nothing you saved is lost: try again in a minute."

// RetryAfterSeconds is the Retry-After sent with every 503, a guess short enough to be useful.
const RetryAfterSeconds = "30"

// sentinels are the errors whose public answer is always the same, checked in this order after
// an outage and the errors that carry fields.
var sentinels = []struct {
	err     error
	status  int
	code    string
	message string
}{
	{model.ErrNotFound, http.StatusNotFound, "not_found", "Not found."},
	{invitations.ErrInvalidLink, http.StatusNotFound, "invalid_link", "This link is not valid."},
	{auth.ErrLinkExpired, http.StatusGone, "link_expired", "This questionnaire link has expired, so nothing more can be saved with it. Ask your contact for a new link; everything saved before is kept."},
	{assessments.ErrClosed, http.StatusConflict, "closed", "This questionnaire has been submitted or closed and can no longer be changed."},
	{findings.ErrTransition, http.StatusConflict, "conflict", "The finding's status does not allow this. Reload the page to see its current state."},
	{responses.ErrNotSubmitted, http.StatusConflict, "not_submitted", "The answers have not been submitted yet; the copy is made once they are."},
	{invitations.ErrLinkStopped, http.StatusConflict, "link_stopped", "This link was revoked or has expired, so there is none to copy. Send a new link instead."},
	{invitations.ErrNoRecipients, http.StatusConflict, "no_recipients", "Every link of this assessment was revoked, so nobody can be asked. Send a new link from the assessment first."},
	{auth.ErrRateLimited, http.StatusTooManyRequests, "rate_limited", "Too many attempts. Wait a few minutes and try again."},
	{auth.ErrNotYours, http.StatusForbidden, "forbidden", "Only an admin may see or change another user's tokens."},
	{auth.ErrBusy, http.StatusServiceUnavailable, "busy", "Too many people are signing in at this moment. Try again in a few seconds."},
	{review.ErrNotReviewable, http.StatusConflict, "not_reviewable", "Only a submitted or scored assessment can be reviewed or returned."},
	{review.ErrNothingToReturn, http.StatusConflict, "nothing_to_return", "No question awaits clarification: request clarification on at least one question first."},
	{review.ErrNoResult, http.StatusConflict, "no_result", "The assessment has no computed rating yet, so there is nothing to override."},
	{review.ErrNoOverride, http.StatusConflict, "no_override", "The rating is not overridden."},
	{review.ErrNotReturned, http.StatusConflict, "not_returned", "This questionnaire is not waiting for clarification."},
}

// Classify maps an error to its status and public shape; anything unknown is a 500 whose
// details stay in the log.
func Classify(err error) (int, Problem) {
	var he *echo.HTTPError
	var ve *validate.Error
	var me *responses.MissingError
	var ce *responses.ConflictError
	var mbe *http.MaxBytesError
	var fe *assessments.FrozenError
	switch {
	case errors.Is(err, model.ErrUnavailable):
		// Checked first: an outage met while looking a token up must never read as "not valid".
		return http.StatusServiceUnavailable, Problem{Code: "unavailable", Message: UnavailableMessage}
	case errors.As(err, &ve):
		return http.StatusUnprocessableEntity, Problem{Code: "invalid", Message: "Some fields need attention.", Fields: ve.Fields}
	case errors.As(err, &me):
		return http.StatusUnprocessableEntity, Problem{Code: "incomplete", Message: "Answer every required question before submitting.", Missing: me.Questions}
	case errors.As(err, &ce):
		return http.StatusConflict, Problem{Code: "conflict", Message: "Someone else changed this answer since you loaded the page. Their version is shown; check it and save again if needed.", Current: ce.Current}
	case errors.As(err, &fe):
		fields := map[string]string{}
		for _, q := range fe.Questions {
			fields[q] = "This question is not open for changes: only the questions the analyst asked about can be changed now."
		}
		return http.StatusConflict, Problem{Code: "frozen", Fields: fields,
			Message: "Only the questions the analyst asked about can be changed now; the other answers stay as submitted."}
	}
	for _, s := range sentinels {
		if errors.Is(err, s.err) {
			return s.status, Problem{Code: s.code, Message: s.message}
		}
	}
	switch {
	case errors.Is(err, storage.ErrTooLarge), errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, Problem{Code: "too_large", Message: "The file is larger than the limit.",
			Fields: map[string]string{"file": "The file is larger than the limit."}}
	case errors.Is(err, storage.ErrTypeNotAllowed):
		msg := "This file type is not accepted."
		var te *storage.TypeNotAllowedError
		if errors.As(err, &te) {
			msg = "This file type is not accepted. Upload one of: " + kinds(te.Allowed) + "."
		}
		return http.StatusUnsupportedMediaType, Problem{Code: "unsupported_type", Message: msg, Fields: map[string]string{"file": msg}}
	case errors.Is(err, storage.ErrEmpty):
		return http.StatusUnprocessableEntity, Problem{Code: "empty", Message: "The file is empty.", Fields: map[string]string{"file": "The file is empty."}}
	case errors.As(err, &he):
		msg, _ := he.Message.(string)
		if msg == "" || he.Internal != nil && he.Code >= 500 {
			msg = http.StatusText(he.Code)
		}
		return he.Code, Problem{Code: codeName(he.Code), Message: msg}
	}
	return http.StatusInternalServerError, Problem{Code: "internal", Message: "Something went wrong on our side. It has been logged."}
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
	case http.StatusServiceUnavailable:
		return "unavailable"
	}
	return "error"
}

func kinds(ks []storage.Kind) string {
	names := make([]string, len(ks))
	for i, k := range ks {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
