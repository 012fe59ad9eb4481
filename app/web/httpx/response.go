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

// RespondToFinding takes a vendor's response as a streamed multipart body: _csrf (cookie
// sessions, unless the X-CSRF-Token header carries it), text, then up to five files. The token
// is checked before anything else is read, and the text before any file is stored; the files go
// through the same sniffing, size limit and hashing as evidence. Once the parts are being read,
// a refusal discards the files already stored and comes as a *RefusedResponse.
func RespondToFinding(c echo.Context, f FindingResponder, maxUpload int64) (model.FindingMessage, error) {
	p := Principal(c)
	r := c.Request()
	csrfOK := p.Session == nil || ValidCSRF(r.Header.Get("X-CSRF-Token"), p.Session.CSRFToken)
	limit := maxResponseFiles*maxUpload + 1<<20
	if r.ContentLength > limit {
		return model.FindingMessage{}, echo.NewHTTPError(http.StatusRequestEntityTooLarge, "The response is larger than the limit.")
	}
	StreamBody(c, limit, 64<<10)
	mr, err := r.MultipartReader()
	if err != nil {
		if !csrfOK {
			return model.FindingMessage{}, ErrFormExpired
		}
		return model.FindingMessage{}, &validate.Error{Fields: map[string]string{"text": "Send the response as multipart/form-data with a text field."}}
	}
	var text string
	var files []model.FindingFile
	fail := func(err error) (model.FindingMessage, error) {
		f.Discard(files)
		return model.FindingMessage{}, &RefusedResponse{Text: text, Err: err}
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
		case "text":
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
				return fail(&validate.Error{Fields: map[string]string{"text": "Write your response before attaching files."}})
			}
			if len(files) == maxResponseFiles {
				return fail(&validate.Error{Fields: map[string]string{"file": fmt.Sprintf("Attach at most %d files to one response.", maxResponseFiles)}})
			}
			id, err := ID(c, "finding")
			if err != nil {
				return fail(err)
			}
			ff, err := f.ReceiveFile(r.Context(), p.AssessmentID, id, filename, part, Actor(c))
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
	id, err := ID(c, "finding")
	if err != nil {
		return fail(err)
	}
	m, err := f.Respond(r.Context(), p.AssessmentID, id, findings.RespondInput{Text: text}, files, Actor(c))
	if err != nil {
		// Respond has removed the files already.
		files = nil
		return fail(err)
	}
	return m, nil
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
