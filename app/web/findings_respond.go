package web

import (
	"bufio"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/findings"
	"assay/app/store"
	"assay/app/validate"
)

// maxResponseFiles caps the files one vendor response may carry.
const maxResponseFiles = 5

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

// vendorFindingThread keeps the messages a vendor may read: the analysts' requests and the responses.
func vendorFindingThread(ms []store.FindingMessage) []store.FindingMessage {
	var out []store.FindingMessage
	for _, m := range ms {
		if m.Kind == store.MessageRequest || m.Kind == store.MessageResponse {
			out = append(out, m)
		}
	}
	return out
}

// vendorFindingsPage is the data of the vendor's findings page. Failed names the finding whose
// response was refused, with what was typed.
type vendorFindingsPage struct {
	Findings  []findings.Detail
	MaxUpload int64
	Failed    uint
	Text      string
}

func (s *Server) showVendorFindings(c echo.Context) error {
	return s.renderVendorFindings(c, http.StatusOK, vendorFindingsPage{}, nil)
}

func (s *Server) renderVendorFindings(c echo.Context, status int, d vendorFindingsPage, errs map[string]string) error {
	ds, err := s.Findings.VendorFindings(c.Request().Context(), principal(c).AssessmentID)
	if err != nil {
		return err
	}
	for i := range ds {
		ds[i].Thread = vendorFindingThread(ds[i].Thread)
	}
	if wantsJSON(c) {
		out := make([]vendorFindingJSON, len(ds))
		for i, d := range ds {
			f := d.Finding
			out[i] = vendorFindingJSON{ID: f.ID, Severity: f.Severity, Title: f.Title, Explanation: f.Explanation, Status: f.Status,
				DueOn: f.DueOn.Format(time.DateOnly), Thread: threadOut(d.Thread, true)}
		}
		return c.JSON(status, map[string]any{"findings": out})
	}
	d.Findings, d.MaxUpload = ds, s.Config.MaxUploadBytes
	p := page{Title: "Findings to address", Data: d, Errors: errs}
	if errs != nil {
		p.Flash = "Your response was not sent; see the message below."
	}
	return s.renderPage(c, status, "respond_findings.html", p)
}

// respondToFinding takes a vendor's response as a streamed multipart body: _csrf (cookie
// sessions, unless the X-CSRF-Token header carries it), text, then up to five files. The token
// is checked before anything else is read, and the text before any file is stored; the files go
// through the same sniffing, size limit and hashing as evidence.
func (s *Server) respondToFinding(c echo.Context) error {
	p := principal(c)
	r := c.Request()
	csrfOK := p.Session == nil || validCSRF(r.Header.Get("X-CSRF-Token"), p.Session.CSRFToken)
	limit := maxResponseFiles*s.Config.MaxUploadBytes + 1<<20
	if r.ContentLength > limit {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "The response is larger than the limit.")
	}
	r.Body = struct {
		io.Reader
		io.Closer
	}{bufio.NewReaderSize(http.MaxBytesReader(c.Response(), r.Body, limit), 64<<10), r.Body}
	mr, err := r.MultipartReader()
	if err != nil {
		if !csrfOK {
			return errFormExpired
		}
		return &validate.Error{Fields: map[string]string{"text": "Send the response as multipart/form-data with a text field."}}
	}
	var text string
	var files []store.FindingFile
	fail := func(err error) error {
		s.Findings.Discard(files)
		return s.findingResponseError(c, text, err)
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
			return fail(errFormExpired)
		}
		switch name {
		case "_csrf":
			b, err := io.ReadAll(io.LimitReader(part, 200))
			if err != nil {
				return fail(err)
			}
			csrfOK = csrfOK || validCSRF(strings.TrimSpace(string(b)), p.Session.CSRFToken)
		case "text":
			b, err := io.ReadAll(io.LimitReader(part, 8<<10))
			if err != nil {
				return fail(err)
			}
			text = string(b)
		case "file":
			filename := partFilename(part.Header.Get("Content-Disposition"))
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
			id, err := idParam(c, "finding")
			if err != nil {
				return fail(err)
			}
			ff, err := s.Findings.ReceiveFile(r.Context(), p.AssessmentID, id, filename, part, p.Actor(c.RealIP()))
			if err != nil {
				return fail(err)
			}
			files = append(files, ff)
		}
		part.Close()
	}
	if !csrfOK {
		return fail(errFormExpired)
	}
	id, err := idParam(c, "finding")
	if err != nil {
		return fail(err)
	}
	m, err := s.Findings.Respond(r.Context(), p.AssessmentID, id, findings.RespondInput{Text: text}, files, p.Actor(c.RealIP()))
	if err != nil {
		// Respond has removed the files already.
		files = nil
		return fail(err)
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusCreated, threadOut([]store.FindingMessage{m}, true)[0])
	}
	return s.redirectFlash(c, fmt.Sprintf("%s/findings#finding-%d", vendorPath, id), "finding-responded")
}

var errFormExpired = echo.NewHTTPError(http.StatusForbidden, "This form has expired. Reload the page and try again.")

func validCSRF(got, want string) bool {
	return got != "" && want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// findingResponseError shows a refused response on the findings page with what was typed, or
// passes the error on for the API and for refusals that are not about the input.
func (s *Server) findingResponseError(c echo.Context, text string, err error) error {
	if wantsJSON(c) {
		return err
	}
	status, body := classify(err)
	if status != http.StatusUnprocessableEntity && status != http.StatusUnsupportedMediaType && status != http.StatusRequestEntityTooLarge {
		return err
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		// The rest of the body was never read; the page cannot be sent on this connection reliably.
		return err
	}
	id, _ := idParam(c, "finding")
	errs := body.Fields
	if len(errs) == 0 {
		errs = map[string]string{"text": body.Message}
	}
	return s.renderVendorFindings(c, status, vendorFindingsPage{Failed: id, Text: text}, errs)
}
