package storage

import (
	"assay/app/model"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	// ErrTooLarge means the upload is longer than the limit; nothing is kept.
	ErrTooLarge = errors.New("storage: file is too large")
	// ErrEmpty means the upload has no content.
	ErrEmpty = errors.New("storage: file is empty")
	// ErrTypeNotAllowed means the content is not one of the accepted kinds.
	// Its message names every kind Assay accepts; the error Receive returns
	// is a *TypeNotAllowedError naming the kinds that call allowed.
	ErrTypeNotAllowed = fmt.Errorf("storage: file type not allowed; allowed types: %s", kindList(AllKinds))
)

// TypeNotAllowedError is returned by Receive for content outside the allowed
// kinds. It matches ErrTypeNotAllowed with errors.Is.
type TypeNotAllowedError struct {
	// Allowed are the kinds the caller would have accepted.
	Allowed []Kind
}

// Error names the allowed kinds so the message can be shown as is.
func (e *TypeNotAllowedError) Error() string {
	return "storage: file type not allowed; allowed types: " + kindList(e.Allowed)
}

// Is makes errors.Is(err, ErrTypeNotAllowed) hold.
func (e *TypeNotAllowedError) Is(target error) bool {
	return target == ErrTypeNotAllowed
}

func kindList(kinds []Kind) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = strings.ToUpper(string(k))
	}
	return strings.Join(names, ", ")
}

// Received describes an object Receive stored.
type Received struct {
	// Size is the length in bytes.
	Size int64
	// SHA256 is the hex digest of the content.
	SHA256 string
	// Kind is the sniffed type.
	Kind Kind
	// ContentType is the media type stored with the object, from Kind.
	ContentType string
	// VersionID is the version of the object the store wrote, when it keeps
	// versions.
	VersionID string
}

// File is what was received as a record keeps it: under key, with the sender's name made safe.
func (r Received) File(key, filename string) model.StoredFile {
	return model.StoredFile{ObjectKey: key, Filename: SafeFilename(filename), Size: r.Size, Kind: string(r.Kind),
		ContentType: r.ContentType, SHA256: r.SHA256, VersionID: r.VersionID}
}

// Receive reads an upload from r (a multipart part or a request body) and
// stores it under key. It sniffs the type from the first bytes and refuses
// content outside allowed before anything is stored, then streams the rest
// while hashing and counting, failing with ErrTooLarge past maxBytes. When a
// failure comes after the store was called, the object is deleted so no
// orphan remains. Memory use is bounded by SniffLen plus what the store
// buffers, whatever the upload's size.
func Receive(ctx context.Context, store Storage, key string, r io.Reader, maxBytes int64, allowed []Kind) (Received, error) {
	if maxBytes <= 0 {
		return Received{}, errors.New("storage: receive: maxBytes must be positive")
	}
	// Reading one byte past the limit tells a small upload that is too large
	// apart from one that fits exactly, without calling the store.
	headLen := int64(SniffLen)
	if maxBytes < headLen {
		headLen = maxBytes + 1
	}
	head := make([]byte, headLen)
	n, err := io.ReadFull(r, head)
	complete := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	if err != nil && !complete {
		return Received{}, fmt.Errorf("storage: receive: read: %w", err)
	}
	head = head[:n]
	switch {
	case n == 0:
		return Received{}, ErrEmpty
	case int64(n) > maxBytes:
		return Received{}, ErrTooLarge
	}
	kind, ok := Sniff(head, complete)
	if !ok || !containsKind(allowed, kind) {
		return Received{}, &TypeNotAllowedError{Allowed: allowed}
	}

	var rest io.Reader = eofReader{}
	if !complete {
		rest = r
	}
	body := &meteredReader{
		r:     io.MultiReader(&byteReader{b: head}, rest),
		limit: maxBytes,
		hash:  sha256.New(),
	}
	got := Received{Kind: kind, ContentType: kind.ContentType()}
	var putErr error
	if v, ok := store.(Versioner); ok {
		got.VersionID, putErr = v.PutVersion(ctx, key, body, got.ContentType)
	} else {
		putErr = store.Put(ctx, key, body, got.ContentType)
	}
	switch {
	case body.err != nil:
		// The body's own failure (too large, client gone) is the cause;
		// the store's error only reports that it saw it.
		err = body.err
	case putErr != nil:
		err = putErr
	case !body.eof:
		// A store that returns before the end would leave a truncated
		// object with a digest that does not describe it.
		err = errors.New("storage: receive: store did not read the whole upload")
	default:
		got.Size = body.n
		got.SHA256 = hex.EncodeToString(body.hash.Sum(nil))
		return got, nil
	}
	// The request's context is often what ended the upload, and the
	// cleanup must still happen.
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	if delErr := store.Delete(dctx, key); delErr != nil {
		err = errors.Join(err, delErr)
	}
	if errors.Is(err, ErrTooLarge) {
		return Received{}, err
	}
	return Received{}, fmt.Errorf("storage: receive: %w", err)
}

func containsKind(kinds []Kind, k Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// meteredReader hashes and counts what the store reads and fails the read
// that crosses the limit, so the store never receives more than limit bytes.
type meteredReader struct {
	r     io.Reader
	limit int64
	hash  hash.Hash
	n     int64
	eof   bool
	err   error // first non-EOF error, kept because stores may wrap or swallow it
}

func (m *meteredReader) Read(p []byte) (int, error) {
	if m.err != nil {
		return 0, m.err
	}
	// Asking for one byte beyond the limit is how an overflow is noticed
	// without a second read.
	if room := m.limit - m.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := m.r.Read(p)
	if m.n+int64(n) > m.limit {
		m.err = ErrTooLarge
		return 0, m.err
	}
	m.n += int64(n)
	m.hash.Write(p[:n])
	switch {
	case errors.Is(err, io.EOF):
		m.eof = true
	case err != nil:
		m.err = err
	}
	return n, err
}

// byteReader is bytes.Reader without Seek and ReadAt, so that nothing
// that probes a body for those (the S3 SDK's upload manager does) takes
// the combined body for a seekable one.
type byteReader struct{ b []byte }

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// NewKey returns a fresh object key under folder, such as "evidence/2026/11/<32 hex>" for
// a file received at now. Keys are random so they reveal nothing and cannot be guessed, and
// never derive from the vendor's file name; the month prefix keeps listings and lifecycle
// rules manageable.
func NewKey(folder string, now time.Time) string {
	return path.Join(folder, now.UTC().Format("2006/01"), randomHex(16))
}

// maxFilenameBytes keeps names well inside common file system limits (255)
// and header sizes once percent-encoded for Content-Disposition.
const maxFilenameBytes = 200

// SafeFilename cleans an uploaded file's original name for display and for
// Content-Disposition: it keeps only the last path component (splitting on
// both / and \), drops control and bidirectional-override characters (which
// can disguise "exe.pdf" as "fdp.exe"), and limits the length while keeping
// the extension. It never returns an empty name. The result is metadata
// only and never becomes a storage path.
func SafeFilename(name string) string {
	name = strings.ToValidUTF8(name, "")
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\uFEFF' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	// Leading dots hide files on Unix; trailing dots and spaces are
	// silently dropped by Windows, changing the name the user sees.
	name = strings.TrimLeft(name, ".")
	name = strings.TrimRight(name, ". ")
	if len(name) > maxFilenameBytes {
		ext := path.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		stem := truncateUTF8(strings.TrimSuffix(name, ext), maxFilenameBytes-len(ext))
		name = stem + ext
	}
	if name == "" {
		return "file"
	}
	return name
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
