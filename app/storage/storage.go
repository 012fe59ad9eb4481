// Package storage stores the files vendors upload as evidence and decides,
// from their content, whether Assay accepts them. Reading what the files
// say is package reading's work.
//
// Two stores implement Storage: Local (a directory, the zero-setup default)
// and S3 (any S3-compatible bucket). Receive is the one way a file gets in:
// it sniffs the type, enforces the size limit and hashes the content while
// streaming, so no upload is ever held whole in memory.
package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"assay/app/model"
)

// Storage is where evidence objects live. Keys are server-made (see NewKey)
// slash-separated paths; implementations reject keys that could escape their
// namespace.
type Storage interface {
	// Put streams r into the object at key, replacing any object there. It
	// never buffers the whole body, and a failed Put leaves no object behind.
	Put(ctx context.Context, key string, r io.Reader, contentType string) error
	// Open returns the object's content; ErrNotFound when there is none.
	Open(ctx context.Context, key string) (io.ReadCloser, error)
	// Delete removes the object; deleting an absent object is not an error.
	Delete(ctx context.Context, key string) error
	// Size returns the object's length in bytes; ErrNotFound when absent.
	Size(ctx context.Context, key string) (int64, error)
	// Ping reports whether the store can be used right now, for /readyz.
	Ping(ctx context.Context) error
}

// Versioner is a Storage that keeps versions of an object (S3 with
// versioning on): PutVersion is its Put, returning the id of the version
// written, or "" when the store keeps none; OpenVersion is its Open of that
// version.
type Versioner interface {
	PutVersion(ctx context.Context, key string, r io.Reader, contentType string) (string, error)
	OpenVersion(ctx context.Context, key, versionID string) (io.ReadCloser, error)
}

// OpenRecorded returns an object's content as it was received: the version
// recorded at upload when the store keeps versions, so that a later write to
// the same key (a mistake, or someone with access to the bucket) never
// changes what Assay serves and reads as that file; the object at key
// otherwise.
func OpenRecorded(ctx context.Context, st Storage, key, versionID string) (io.ReadCloser, error) {
	if v, ok := st.(Versioner); ok && versionID != "" {
		return v.OpenVersion(ctx, key, versionID)
	}
	return st.Open(ctx, key)
}

// OpenFound returns a record found by a lookup together with the content of the file it
// keeps, as recorded (OpenRecorded) and checked against the record's SHA-256 and size as it
// is read (Verified); err is the lookup's error, returned with nothing opened.
// Each kind of record a download names is looked up by its own query, which checks it belongs
// to what the path names; opening the file it keeps is the same for all.
func OpenFound[R interface{ File() model.StoredFile }](ctx context.Context, st Storage, rec R, err error) (R, io.ReadCloser, error) {
	if err != nil {
		return rec, nil, err
	}
	f := rec.File()
	rc, err := OpenRecorded(ctx, st, f.ObjectKey, f.VersionID)
	if err != nil {
		return rec, nil, err
	}
	return rec, Verified(rc, f.SHA256, f.Size), nil
}

// ErrNotFound is returned by Open and Size when no object has the key.
var ErrNotFound = errors.New("storage: object not found")

// ErrInvalidKey is returned when a key is empty, absolute, contains
// backslashes, control characters, or a segment that is empty or starts
// with a dot (which covers "." and "..").
var ErrInvalidKey = errors.New("storage: invalid object key")

// maxKeyLen matches S3's limit so a key valid for Local is valid for S3 too.
const maxKeyLen = 1024

// checkKey enforces one key grammar for every store, so evidence can move
// between Local and S3 without renaming. Segments starting with a dot are
// refused because Local reserves them for its temporary files.
func checkKey(key string) error {
	if key == "" || len(key) > maxKeyLen || !utf8.ValidString(key) {
		return fmt.Errorf("%w: %q", ErrInvalidKey, key)
	}
	for _, r := range key {
		if r == '\\' || r < 0x20 || r == 0x7f {
			return fmt.Errorf("%w: %q", ErrInvalidKey, key)
		}
	}
	for seg := range strings.SplitSeq(key, "/") {
		if seg == "" || seg[0] == '.' {
			return fmt.Errorf("%w: %q", ErrInvalidKey, key)
		}
	}
	return nil
}
