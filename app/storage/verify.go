package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
)

// ErrChanged is returned by a Verified reader at the end of a file whose bytes are not those
// Assay received: the store holds other content than the upload's recorded SHA-256 and size,
// changed at rest or on the way back.
var ErrChanged = errors.New("storage: the stored file differs from the one received (SHA-256 or size)")

// Verified reads rc and checks what it reads against the SHA-256 (hex) and size recorded when
// the file was received, so a copy of the file (a reading's spool, a download) fails rather
// than pass on other content as the vendor's: the Read that reaches the recorded size returns
// none of its bytes and ErrChanged when the hash differs (a download with its length set is
// then cut short, never complete), and a file that ends early or goes on past that size gives
// ErrChanged too. A record without a SHA-256 (none is made without one) is read unchecked.
// Close closes rc.
func Verified(rc io.ReadCloser, sha256Hex string, size int64) io.ReadCloser {
	if sha256Hex == "" {
		return rc
	}
	return &verified{rc: rc, want: sha256Hex, size: size, h: sha256.New()}
}

type verified struct {
	rc   io.ReadCloser
	want string
	size int64
	h    hash.Hash
	n    int64
	over bool // rc gave more than the recorded size
}

func (v *verified) Read(p []byte) (int, error) {
	if v.over {
		return 0, fmt.Errorf("%w: more than the %d bytes recorded", ErrChanged, v.size)
	}
	n, err := v.rc.Read(p)
	if left := v.size - v.n; int64(n) > left {
		n, err, v.over = int(left), nil, true
	}
	v.h.Write(p[:n])
	v.n += int64(n)
	switch {
	case v.n == v.size && n > 0:
		if got := hex.EncodeToString(v.h.Sum(nil)); got != v.want {
			return 0, fmt.Errorf("%w: SHA-256 %s, %s recorded", ErrChanged, got, v.want)
		}
	case errors.Is(err, io.EOF) && v.n < v.size:
		return n, fmt.Errorf("%w: %d bytes, %d recorded", ErrChanged, v.n, v.size)
	}
	return n, err
}

func (v *verified) Close() error { return v.rc.Close() }
