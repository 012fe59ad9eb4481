package httpx

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/labstack/echo/v4"
)

// formPart is what a reader made of one part: its field name, file name and content.
type formPart struct {
	name, filename, content string
}

// readForm reads every part of body with a FormReader, through a buffer of size bytes, the
// body arriving in slices as wrap makes them.
func readForm(t *testing.T, body []byte, boundary string, size int, wrap func(io.Reader) io.Reader) ([]formPart, error) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/", wrap(bytes.NewReader(body)))
	req.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
	fr, err := NewFormReader(echo.New().NewContext(req, httptest.NewRecorder()), 1<<30, size)
	if err != nil {
		return nil, err
	}
	return readParts(func() (string, string, io.Reader, error) {
		p, err := fr.NextPart()
		if err != nil {
			return "", "", nil, err
		}
		return p.FormName(), PartFilename(p.Header.Get("Content-Disposition")), p, nil
	})
}

// readStdForm reads body with mime/multipart, the reference.
func readStdForm(body []byte, boundary string) ([]formPart, error) {
	mr := multipart.NewReader(bytes.NewReader(body), boundary)
	return readParts(func() (string, string, io.Reader, error) {
		p, err := mr.NextPart()
		if err != nil {
			return "", "", nil, err
		}
		return p.FormName(), p.FileName(), p, nil
	})
}

// readParts reads the parts next returns until io.EOF.
func readParts(next func() (name, filename string, content io.Reader, err error)) ([]formPart, error) {
	var parts []formPart
	for {
		name, filename, r, err := next()
		if err == io.EOF {
			return parts, nil
		}
		if err != nil {
			return parts, err
		}
		b, err := io.ReadAll(r)
		if err != nil {
			return parts, err
		}
		parts = append(parts, formPart{name, filename, string(b)})
	}
}

// tricky is content that comes close to the boundary without being one.
func tricky(boundary string) []string {
	return []string{
		"",
		"plain",
		"ends with a line end\r\n",
		"\r\n--" + boundary + "X is not a boundary",
		"\r\n--" + boundary + "- neither",
		"\r\n--" + boundar(boundary) + " cut short",
		"\r\n-\r\n--\r\n--" + boundar(boundary),
		"x--" + boundary + " inside a line",
	}
}

func boundar(b string) string { return b[:len(b)-1] }

// TestFormReaderReadsWhatMultipartReads compares parts with mime/multipart's, for bodies a
// browser sends, with content close to the boundary, at any buffer size and however the body
// arrives.
func TestFormReaderReadsWhatMultipartReads(t *testing.T) {
	random := make([]byte, 300<<10)
	for i := range random {
		random[i] = byte(rand.IntN(256))
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("question_id", "security_policy")
	for i, c := range append(tricky(w.Boundary()), string(random)) {
		f, _ := w.CreateFormFile("file", fmt.Sprintf("f%d.pdf", i))
		_, _ = io.WriteString(f, c)
	}
	_ = w.Close()
	body := append([]byte("a preamble line\r\n"), buf.Bytes()...)
	want, err := readStdForm(body, w.Boundary())
	if err != nil || len(want) != 10 {
		t.Fatalf("mime/multipart read %d parts, %v", len(want), err)
	}
	arrivals := map[string]func(io.Reader) io.Reader{
		"whole":        func(r io.Reader) io.Reader { return r },
		"byte by byte": iotest.OneByteReader,
		"in halves":    iotest.HalfReader,
	}
	for name, wrap := range arrivals {
		for _, size := range []int{4 << 10, 256 << 10} {
			got, err := readForm(t, body, w.Boundary(), size, wrap)
			if err != nil {
				t.Fatalf("%s, buffer %d: %v", name, size, err)
			}
			if len(got) != len(want) {
				t.Fatalf("%s, buffer %d: %d parts; want %d", name, size, len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s, buffer %d, part %d: %q %q, %d bytes; want %q %q, %d bytes", name, size, i,
						got[i].name, got[i].filename, len(got[i].content), want[i].name, want[i].filename, len(want[i].content))
				}
			}
		}
	}
}

// TestFormReaderLineFeeds reads a body whose lines end in LF alone, as mime/multipart does.
func TestFormReaderLineFeeds(t *testing.T) {
	body := []byte("--b\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\n\nline one\nline two\n--b--\n")
	want, err := readStdForm(body, "b")
	if err != nil {
		t.Fatal(err)
	}
	got, err := readForm(t, body, "b", 4<<10, func(r io.Reader) io.Reader { return r })
	if err != nil || len(got) != 1 || got[0] != want[0] {
		t.Fatalf("read %+v, %v; want %+v", got, err, want)
	}
}

// TestFormReaderRefusesBadBodies fails on a body cut off before its closing boundary, part
// headers past the limit, and a body that is not multipart/form-data.
func TestFormReaderRefusesBadBodies(t *testing.T) {
	whole := func(r io.Reader) io.Reader { return r }
	cut := "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 and then nothing"
	if _, err := readForm(t, []byte(cut), "b", 4<<10, whole); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("truncated body: %v; want io.ErrUnexpectedEOF", err)
	}
	long := "--b\r\nContent-Disposition: form-data; name=\"file\"\r\nX-Padding: " + strings.Repeat("a", 20<<10) + "\r\n\r\nx\r\n--b--\r\n"
	if _, err := readForm(t, []byte(long), "b", 64<<10, whole); !errors.Is(err, ErrBadForm) {
		t.Errorf("20 KiB header: %v; want ErrBadForm", err)
	}
	many := "--b\r\n" + strings.Repeat("X-A: a\r\n", 100) + "\r\nx\r\n--b--\r\n"
	if _, err := readForm(t, []byte(many), "b", 64<<10, whole); !errors.Is(err, ErrBadForm) {
		t.Errorf("100 header lines: %v; want ErrBadForm", err)
	}
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader("a=b"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if _, err := NewFormReader(echo.New().NewContext(req, httptest.NewRecorder()), 1<<20, 4<<10); !errors.Is(err, http.ErrNotMultipart) {
		t.Errorf("urlencoded body: %v; want http.ErrNotMultipart", err)
	}
}

// BenchmarkFormFile reads a 64 MiB file part into 5 MiB buffers, as an evidence upload to S3
// is read, with FormReader and with mime/multipart over the same 256 KiB buffered body.
func BenchmarkFormFile(b *testing.B) {
	const size = 64 << 20
	block := make([]byte, 1<<20)
	for i := range block {
		block[i] = byte(rand.IntN(256))
	}
	var head bytes.Buffer
	w := multipart.NewWriter(&head)
	_, _ = w.CreateFormFile("file", "policy.pdf")
	tail := "\r\n--" + w.Boundary() + "--\r\n"
	body := func() io.Reader {
		blocks := make([]io.Reader, size/len(block))
		for i := range blocks {
			blocks[i] = bytes.NewReader(block)
		}
		return io.MultiReader(append(append([]io.Reader{bytes.NewReader(head.Bytes())}, blocks...), strings.NewReader(tail))...)
	}
	part := make([]byte, 5<<20)
	drain := func(b *testing.B, r io.Reader) {
		for {
			if _, err := io.ReadFull(r, part); err != nil {
				if err != io.EOF && err != io.ErrUnexpectedEOF {
					b.Fatal(err)
				}
				return
			}
		}
	}
	b.Run("FormReader", func(b *testing.B) {
		b.SetBytes(size)
		for range b.N {
			req := httptest.NewRequest(http.MethodPost, "/", body())
			req.Header.Set("Content-Type", w.FormDataContentType())
			fr, err := NewFormReader(echo.New().NewContext(req, httptest.NewRecorder()), 1<<30, 256<<10)
			if err != nil {
				b.Fatal(err)
			}
			p, err := fr.NextPart()
			if err != nil {
				b.Fatal(err)
			}
			drain(b, p)
		}
	})
	b.Run("mime-multipart", func(b *testing.B) {
		b.SetBytes(size)
		for range b.N {
			mr := multipart.NewReader(bufio.NewReaderSize(body(), 256<<10), w.Boundary())
			p, err := mr.NextPart()
			if err != nil {
				b.Fatal(err)
			}
			drain(b, p)
		}
	})
}
