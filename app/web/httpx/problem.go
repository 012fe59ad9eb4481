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

// Classify maps an error to its status and public shape; anything unknown is a 500 whose
// details stay in the log.
func Classify(err error) (int, Problem) {
	var he *echo.HTTPError
	var ve *validate.Error
	var me *responses.MissingError
	var ce *responses.ConflictError
	var mbe *http.MaxBytesError
	if status, body, ok := classifyReview(err); ok {
		return status, body
	}
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
	case errors.Is(err, model.ErrNotFound):
		return http.StatusNotFound, Problem{Code: "not_found", Message: "Not found."}
	case errors.Is(err, invitations.ErrInvalidLink):
		return http.StatusNotFound, Problem{Code: "invalid_link", Message: "This link is not valid."}
	case errors.Is(err, auth.ErrLinkExpired):
		return http.StatusGone, Problem{Code: "link_expired", Message: "This questionnaire link has expired, so nothing more can be saved with it. Ask your contact for a new link; everything saved before is kept."}
	case errors.Is(err, assessments.ErrClosed):
		return http.StatusConflict, Problem{Code: "closed", Message: "This questionnaire has been submitted or closed and can no longer be changed."}
	case errors.Is(err, findings.ErrTransition):
		return http.StatusConflict, Problem{Code: "conflict", Message: "The finding's status does not allow this. Reload the page to see its current state."}
	case errors.Is(err, responses.ErrNotSubmitted):
		return http.StatusConflict, Problem{Code: "not_submitted", Message: "The answers have not been submitted yet; the copy is made once they are."}
	case errors.Is(err, invitations.ErrLinkStopped):
		return http.StatusConflict, Problem{Code: "link_stopped", Message: "This link was revoked or has expired, so there is none to copy. Send a new link instead."}
	case errors.Is(err, invitations.ErrNoRecipients):
		return http.StatusConflict, Problem{Code: "no_recipients", Message: "Every link of this assessment was revoked, so nobody can be asked. Send a new link from the assessment first."}
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
	case errors.Is(err, auth.ErrRateLimited):
		return http.StatusTooManyRequests, Problem{Code: "rate_limited", Message: "Too many attempts. Wait a few minutes and try again."}
	case errors.Is(err, auth.ErrNotYours):
		return http.StatusForbidden, Problem{Code: "forbidden", Message: "Only an admin may see or change another user's tokens."}
	case errors.Is(err, auth.ErrBusy):
		return http.StatusServiceUnavailable, Problem{Code: "busy", Message: "Too many people are signing in at this moment. Try again in a few seconds."}
	case errors.As(err, &he):
		msg, _ := he.Message.(string)
		if msg == "" || he.Internal != nil && he.Code >= 500 {
			msg = http.StatusText(he.Code)
		}
		return he.Code, Problem{Code: codeName(he.Code), Message: msg}
	}
	return http.StatusInternalServerError, Problem{Code: "internal", Message: "Something went wrong on our side. It has been logged."}
}

// classifyReview maps the review workflow's errors to statuses; ok is false for other errors.
func classifyReview(err error) (int, Problem, bool) {
	var fe *assessments.FrozenError
	switch {
	case errors.As(err, &fe):
		fields := map[string]string{}
		for _, q := range fe.Questions {
			fields[q] = "This question is not open for changes: only the questions the analyst asked about can be changed now."
		}
		return http.StatusConflict, Problem{Code: "frozen", Fields: fields,
			Message: "Only the questions the analyst asked about can be changed now; the other answers stay as submitted."}, true
	case errors.Is(err, review.ErrNotReviewable):
		return http.StatusConflict, Problem{Code: "not_reviewable", Message: "Only a submitted or scored assessment can be reviewed or returned."}, true
	case errors.Is(err, review.ErrNothingToReturn):
		return http.StatusConflict, Problem{Code: "nothing_to_return", Message: "No question awaits clarification: request clarification on at least one question first."}, true
	case errors.Is(err, review.ErrNoResult):
		return http.StatusConflict, Problem{Code: "no_result", Message: "The assessment has no computed rating yet, so there is nothing to override."}, true
	case errors.Is(err, review.ErrNoOverride):
		return http.StatusConflict, Problem{Code: "no_override", Message: "The rating is not overridden."}, true
	case errors.Is(err, review.ErrNotReturned):
		return http.StatusConflict, Problem{Code: "not_returned", Message: "This questionnaire is not waiting for clarification."}, true
	}
	return 0, Problem{}, false
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
