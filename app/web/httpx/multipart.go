package httpx

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/textproto"

	"github.com/labstack/echo/v4"
)

// FormReader reads a multipart/form-data body part by part as it arrives, like
// mime/multipart's Reader, for uploads too large to hold. Where mime/multipart hands a part's
// content over in slices of at most 4 KiB, copied through a 4 KiB buffer of its own, a
// FormPart copies it once, straight from a buffer of the size asked for, in slices as large
// as what has arrived (BenchmarkFormFile: about twice as fast on a 64 MiB file part).
type FormReader struct {
	br *bufio.Reader
	// dashBoundary starts the first boundary line; nlDashBoundary ends every part. Both
	// follow the line ending of the first boundary line, as mime/multipart does.
	dashBoundary, nlDashBoundary []byte
	part                         *FormPart
	started, done                bool
}

// ErrBadForm is a multipart body that does not follow the format: its boundary lines, or
// part headers that are too long or too many.
var ErrBadForm = errors.New("httpx: malformed multipart body")

// Limits on one part's header lines, which are read whole before the content.
const (
	maxPartHeaderBytes = 16 << 10
	maxPartHeaders     = 32
)

// minFormBuffer holds a boundary line and a part's header lines whole.
const minFormBuffer = 4 << 10

// NewFormReader caps the request's body at limit and reads it as multipart/form-data through
// a buffer of size bytes (at least 4 KiB). It fails when the body is not multipart/form-data
// with a boundary.
func NewFormReader(c echo.Context, limit int64, size int) (*FormReader, error) {
	size = max(size, minFormBuffer)
	r := c.Request()
	media, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || media != "multipart/form-data" || params["boundary"] == "" {
		return nil, http.ErrNotMultipart
	}
	dash := []byte("--" + params["boundary"])
	return &FormReader{
		br:             bufio.NewReaderSize(http.MaxBytesReader(c.Response(), r.Body, limit), size),
		dashBoundary:   dash,
		nlDashBoundary: append([]byte("\r\n"), dash...),
	}, nil
}

// FormPart is one part of a form. Its content is read with Read until io.EOF.
type FormPart struct {
	Header textproto.MIMEHeader
	fr     *FormReader
	err    error // io.EOF once the boundary that ends the part is next
}

// FormName is the part's field name from its Content-Disposition, empty when it has none.
func (p *FormPart) FormName() string {
	d, params, err := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
	if err != nil || d != "form-data" {
		return ""
	}
	return params["name"]
}

// NextPart skips what is left of the current part and returns the next one; io.EOF after the
// last.
func (f *FormReader) NextPart() (*FormPart, error) {
	if f.done {
		return nil, io.EOF
	}
	if f.part != nil {
		if _, err := io.Copy(io.Discard, f.part); err != nil {
			return nil, err
		}
	}
	var err error
	if !f.started {
		err = f.skipPreamble()
		f.started = true
	} else {
		err = f.skipBoundary()
	}
	if err != nil {
		return nil, err
	}
	if f.done {
		return nil, io.EOF
	}
	header, err := f.readHeader()
	if err != nil {
		return nil, err
	}
	f.part = &FormPart{Header: header, fr: f}
	return f.part, nil
}

// skipPreamble reads the lines before the first boundary line and that line itself.
func (f *FormReader) skipPreamble() error {
	for {
		line, err := f.br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			continue // a long preamble line, never a boundary line
		}
		if err != nil {
			return unexpectedEOF(err)
		}
		rest, ok := bytes.CutPrefix(line, f.dashBoundary)
		if !ok {
			continue
		}
		if bytes.HasPrefix(rest, []byte("--")) {
			f.done = true
			return nil
		}
		if end := lineEnd(rest); end != nil {
			if len(end) == 1 {
				// Bare LF line endings, as mime/multipart also accepts.
				f.nlDashBoundary = f.nlDashBoundary[1:]
			}
			return nil
		}
	}
}

// skipBoundary reads the boundary that ended the last part and the rest of its line, noting
// when it is the closing one.
func (f *FormReader) skipBoundary() error {
	if _, err := f.br.Discard(len(f.nlDashBoundary)); err != nil {
		return unexpectedEOF(err)
	}
	line, err := f.br.ReadSlice('\n')
	if bytes.HasPrefix(line, []byte("--")) {
		f.done = true
		return nil
	}
	if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
		return unexpectedEOF(err)
	}
	if err != nil || lineEnd(line) == nil {
		return ErrBadForm
	}
	return nil
}

// readHeader reads a part's header lines up to the blank line after them, within the limits.
func (f *FormReader) readHeader() (textproto.MIMEHeader, error) {
	var raw []byte
	for lines := 0; ; lines++ {
		line, err := f.br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) || len(raw)+len(line) > maxPartHeaderBytes || lines > maxPartHeaders {
			return nil, ErrBadForm
		}
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		raw = append(raw, line...)
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			break
		}
	}
	header, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(raw))).ReadMIMEHeader()
	if err != nil {
		return nil, ErrBadForm
	}
	return header, nil
}

// Read copies the part's content, up to the boundary that ends it, straight from the reader's
// buffer.
func (p *FormPart) Read(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	br := p.fr.br
	for {
		buf, _ := br.Peek(br.Buffered())
		n, ended := p.fr.content(buf)
		if n > 0 {
			n = copy(b, buf[:n])
			_, _ = br.Discard(n)
			return n, nil
		}
		if ended {
			p.err = io.EOF
			return 0, io.EOF
		}
		// Too little has arrived to tell content from the boundary: wait for more.
		if _, err := br.Peek(len(buf) + 1); err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				err = ErrBadForm
			}
			p.err = unexpectedEOF(err)
			return 0, p.err
		}
	}
}

// content returns how many leading bytes of buf are certainly the part's content, and
// whether the boundary that ends the part follows them. A delimiter followed by neither "--"
// nor the end of its line is content, as in mime/multipart.
func (f *FormReader) content(buf []byte) (n int, ended bool) {
	delim := f.nlDashBoundary
	for from := 0; ; {
		i := bytes.Index(buf[from:], delim)
		if i < 0 {
			// The last bytes may be the start of a delimiter still arriving.
			return max(from, len(buf)-len(delim)+1), false
		}
		i += from
		switch boundaryAfter(buf[i+len(delim):]) {
		case yes:
			return i, true
		case unknown:
			return i, false
		}
		from = i + 1
	}
}

type tristate int

const (
	no tristate = iota
	yes
	unknown
)

// boundaryAfter tells from what follows a delimiter whether it is a boundary: "--" closes the
// body, optional spaces and tabs and a line end start another part.
func boundaryAfter(rest []byte) tristate {
	if len(rest) > 0 && rest[0] == '-' {
		switch {
		case len(rest) == 1:
			return unknown
		case rest[1] == '-':
			return yes
		}
		return no
	}
	rest = bytes.TrimLeft(rest, " \t")
	switch {
	case len(rest) == 0 || (rest[0] == '\r' && len(rest) == 1):
		return unknown
	case rest[0] == '\n' || (rest[0] == '\r' && rest[1] == '\n'):
		return yes
	}
	return no
}

// lineEnd returns the line end that rest is made of after optional spaces and tabs, or nil.
func lineEnd(rest []byte) []byte {
	rest = bytes.TrimLeft(rest, " \t")
	if bytes.Equal(rest, []byte("\r\n")) || bytes.Equal(rest, []byte("\n")) {
		return rest
	}
	return nil
}

// unexpectedEOF turns an end of the body before the closing boundary into io.ErrUnexpectedEOF.
func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
