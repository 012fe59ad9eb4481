package httpx

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/findings"
	"assay/app/model"
	"assay/app/review"
	"assay/app/validate"
)

// maxResponseFiles caps the files one vendor response may carry.
const maxResponseFiles = 5

// FindingResponder keeps a vendor's response to a shared finding and the files it carries.
type FindingResponder interface {
	ReceiveFile(ctx context.Context, assessmentID, findingID uint, filename string, r io.Reader, actor audit.Actor) (model.FindingFile, error)
	Respond(ctx context.Context, assessmentID, findingID uint, in findings.RespondInput, files []model.FindingFile, actor audit.Actor) (model.FindingMessage, error)
	Discard(files []model.FindingFile)
}

// RespondToFinding takes a vendor's response as a streamed multipart body (ReadReply: _csrf,
// text, then up to five files stored like evidence) and records it.
func RespondToFinding(c echo.Context, f FindingResponder, maxUpload int64) (model.FindingMessage, error) {
	p := Principal(c)
	ctx := c.Request().Context()
	// The id is read only once the CSRF token has been checked: a forged request learns nothing.
	text, files, err := ReadReply(c, maxUpload, ReplyForm{Text: "text", Required: "Write your response before attaching files.",
		Shape: "Send the response as multipart/form-data with a text field."},
		func(name string, r io.Reader) (model.FindingFile, error) {
			id, err := ID(c, "finding")
			if err != nil {
				return model.FindingFile{}, err
			}
			return f.ReceiveFile(ctx, p.AssessmentID, id, name, r, Actor(c))
		}, f.Discard)
	if err != nil {
		return model.FindingMessage{}, err
	}
	id, err := ID(c, "finding")
	if err != nil {
		f.Discard(files)
		return model.FindingMessage{}, &RefusedResponse{Text: text, Err: err}
	}
	m, err := f.Respond(ctx, p.AssessmentID, id, findings.RespondInput{Text: text}, files, Actor(c))
	if err != nil {
		// Respond has removed the files already.
		return model.FindingMessage{}, &RefusedResponse{Text: text, Err: err}
	}
	return m, nil
}

// ReplyForm names a streamed reply's text field and the messages about it.
type ReplyForm struct {
	// Text is the name of the text part; Required is said when files come before any text,
	// Shape when the body is not multipart.
	Text, Required, Shape string
}

// ReadReply reads a vendor's reply as a streamed multipart body: _csrf (cookie sessions,
// unless the X-CSRF-Token header carries it), the text, then up to five files, each handed to
// receive as it arrives (which stores it, sniffed, size-capped and hashed like evidence). The
// token is checked before anything else is read, and the text before any file is stored. Once
// the parts are being read, a refusal discards the files already stored and comes as a
// *RefusedResponse with the text read so far.
func ReadReply[F any](c echo.Context, maxUpload int64, form ReplyForm, receive func(filename string, r io.Reader) (F, error), discard func([]F)) (string, []F, error) {
	p := Principal(c)
	r := c.Request()
	csrfOK := p.Session == nil || ValidCSRF(r.Header.Get("X-CSRF-Token"), p.Session.CSRFToken)
	limit := maxResponseFiles*maxUpload + 1<<20
	if r.ContentLength > limit {
		return "", nil, echo.NewHTTPError(http.StatusRequestEntityTooLarge, "The reply is larger than the limit.")
	}
	StreamBody(c, limit, 64<<10)
	mr, err := r.MultipartReader()
	if err != nil {
		if !csrfOK {
			return "", nil, ErrFormExpired
		}
		return "", nil, &validate.Error{Fields: map[string]string{form.Text: form.Shape}}
	}
	var text string
	var files []F
	fail := func(err error) (string, []F, error) {
		discard(files)
		return "", nil, &RefusedResponse{Text: text, Err: err}
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(err)
		}
		name := part.FormName()
		if !csrfOK && name != "_csrf" {
			return fail(ErrFormExpired)
		}
		switch name {
		case "_csrf":
			b, err := io.ReadAll(io.LimitReader(part, 200))
			if err != nil {
				return fail(err)
			}
			csrfOK = csrfOK || ValidCSRF(strings.TrimSpace(string(b)), p.Session.CSRFToken)
		case form.Text:
			b, err := io.ReadAll(io.LimitReader(part, 8<<10))
			if err != nil {
				return fail(err)
			}
			text = string(b)
		case "file":
			filename := PartFilename(part.Header.Get("Content-Disposition"))
			if filename == "" {
				// A file input left empty still sends a part without a name.
				continue
			}
			if strings.TrimSpace(text) == "" {
				return fail(&validate.Error{Fields: map[string]string{form.Text: form.Required}})
			}
			if len(files) == maxResponseFiles {
				return fail(&validate.Error{Fields: map[string]string{"file": fmt.Sprintf("Attach at most %d files to one reply.", maxResponseFiles)}})
			}
			ff, err := receive(filename, part)
			if err != nil {
				return fail(err)
			}
			files = append(files, ff)
		}
		part.Close()
	}
	if !csrfOK {
		return fail(ErrFormExpired)
	}
	return text, files, nil
}

// StreamBody caps the request's body at limit and reads it through a buffer of size bytes, for
// multipart bodies read part by part as they arrive.
func StreamBody(c echo.Context, limit int64, size int) {
	r := c.Request()
	r.Body = struct {
		io.Reader
		io.Closer
	}{bufio.NewReaderSize(http.MaxBytesReader(c.Response(), r.Body, limit), size), r.Body}
}

// RefusedResponse is a vendor's response refused while its parts were read, with the text it
// carried so far.
type RefusedResponse struct {
	Text string
	Err  error
}

func (e *RefusedResponse) Error() string { return e.Err.Error() }
func (e *RefusedResponse) Unwrap() error { return e.Err }

// VendorThread keeps the messages of a finding's thread a vendor may read: the analysts'
// requests and the responses, never their internal notes.
func VendorThread(ms []model.FindingMessage) []model.FindingMessage {
	var out []model.FindingMessage
	for _, m := range ms {
		if m.Kind == model.MessageRequest || m.Kind == model.MessageResponse {
			out = append(out, m)
		}
	}
	return out
}

// ReviewReplier keeps a vendor's reply on a question under clarification and its files.
type ReviewReplier interface {
	ReceiveReplyFile(ctx context.Context, assessmentID uint, questionID, filename string, r io.Reader, actor audit.Actor) (model.ReviewFile, error)
	Reply(ctx context.Context, assessmentID uint, questionID string, in review.ReplyInput, files []model.ReviewFile, actor audit.Actor) error
	DiscardReplyFiles(files []model.ReviewFile)
}

// ReplyToReview records a vendor's reply on question qid: a streamed multipart body (ReadReply:
// _csrf, message, then up to five files), or from API clients a JSON body {message} under the
// form limit. A refusal of a multipart reply comes as a *RefusedResponse with the text.
func ReplyToReview(c echo.Context, rr ReviewReplier, maxUpload int64) error {
	p := Principal(c)
	ctx := c.Request().Context()
	qid := c.Param("qid")
	// A reply without files: JSON from API clients (bearer tokens, no CSRF), or a plain form
	// from a page, whose token is checked here; multipart replies check theirs in ReadReply.
	if ctype := c.Request().Header.Get(echo.HeaderContentType); !strings.HasPrefix(ctype, "multipart/") {
		r := c.Request()
		if r.ContentLength > FormBodyLimit {
			return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "The request is too large.")
		}
		r.Body = http.MaxBytesReader(c.Response(), r.Body, FormBodyLimit)
		var in review.ReplyInput
		if p.Session != nil {
			if !ValidCSRF(r.Header.Get("X-CSRF-Token"), p.Session.CSRFToken) && !ValidCSRF(c.FormValue("_csrf"), p.Session.CSRFToken) {
				return ErrFormExpired
			}
			in.Message = c.FormValue("message")
		} else if err := c.Bind(&in); err != nil {
			return BadJSON()
		}
		if err := rr.Reply(ctx, p.AssessmentID, qid, in, nil, Actor(c)); err != nil {
			return &RefusedResponse{Text: in.Message, Err: err}
		}
		return nil
	}
	text, files, err := ReadReply(c, maxUpload, ReplyForm{Text: "message", Required: "Write your reply before attaching files.",
		Shape: "Send the reply as multipart/form-data with a message field."},
		func(name string, r io.Reader) (model.ReviewFile, error) {
			return rr.ReceiveReplyFile(ctx, p.AssessmentID, qid, name, r, Actor(c))
		}, rr.DiscardReplyFiles)
	if err != nil {
		return err
	}
	if err := rr.Reply(ctx, p.AssessmentID, qid, review.ReplyInput{Message: text}, files, Actor(c)); err != nil {
		return &RefusedResponse{Text: text, Err: err}
	}
	return nil
}
