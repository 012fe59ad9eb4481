// Package unreadable is what every evidence reader shares: the Error that
// says, in words an analyst understands, why a file cannot be read, and the
// Budget that bounds the work one file may cause. Package reading exports
// the Error as UnreadableError; package pdf returns it too, so a reason
// travels from the reader that found it to the analyst unchanged.
package unreadable

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Error says why a file could not be read; the file itself is fine to keep,
// its content is not usable.
type Error struct {
	// Reason is shown to the analyst as is, e.g. "exceeds the limit of 500
	// pages" or "no text layer: the PDF holds only scanned images".
	Reason string
	// Err is the underlying cause for logs and errors.Is (ErrNoTextLayer).
	Err error
}

// Error returns the reason, prefixed so that logs show where it came from.
func (e *Error) Error() string { return "reading: unreadable file: " + e.Reason }

// Unwrap returns the underlying cause, so errors.Is(err, ErrNoTextLayer)
// works through an Error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an Error; format and args make the Reason.
func Errorf(cause error, format string, args ...any) *Error {
	return &Error{Reason: fmt.Sprintf(format, args...), Err: cause}
}

// ErrNoTextLayer is wrapped by the Error returned for image-only PDFs and
// for PNG and JPEG files: the content is a picture of text, and Assay does
// not guess at it (no OCR).
var ErrNoTextLayer = errors.New("no text layer")

// Budget counts what reading one file has cost against the limits every
// reader shares: the bytes decompression produces and the time allowed.
// Its errors are Errors, except when the caller's context is cancelled:
// that is not the file's fault.
type Budget struct {
	ctx      context.Context
	maxBytes int64
	timeout  time.Duration
	inflated int64 // bytes produced by decompression so far
	ticks    int
}

// NewBudget starts a budget of maxBytes decompressed bytes. ctx carries the
// deadline, which the caller sets from timeout; timeout is only named in
// the reason when the deadline passes.
func NewBudget(ctx context.Context, maxBytes int64, timeout time.Duration) *Budget {
	return &Budget{ctx: ctx, maxBytes: maxBytes, timeout: timeout}
}

// Inflate charges n decompressed bytes and fails once the total is over
// the limit.
func (b *Budget) Inflate(n int64) error {
	b.inflated += n
	return b.Spent()
}

// Spent reports, once the limit has been passed, the same error Inflate
// did: for a reader that recovered from the failure of one part of a file
// (a damaged object reads as null) and must not go on to read the rest as
// if that part had never been there.
func (b *Budget) Spent() error {
	if b.inflated > b.maxBytes {
		return Errorf(nil, "its content expands beyond the limit of %s", FormatBytes(b.maxBytes))
	}
	return nil
}

// Remaining is how many decompressed bytes may still be produced.
func (b *Budget) Remaining() int64 { return b.maxBytes - b.inflated }

// Tick is called in inner loops; it checks the deadline only every so
// often because ctx.Err takes a lock.
func (b *Budget) Tick() error {
	b.ticks++
	if b.ticks&1023 != 0 {
		return nil
	}
	return b.Check()
}

// Check reports a cancelled or expired context as an error.
func (b *Budget) Check() error {
	if err := b.ctx.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Errorf(err, "took longer than %s", b.timeout)
		}
		return fmt.Errorf("reading: %w", err)
	}
	return nil
}

// FormatBytes writes a limit the way an analyst reads it ("100 MiB").
func FormatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
