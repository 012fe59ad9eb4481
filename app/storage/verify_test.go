package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"testing"
	"testing/iotest"
)

// TestVerifiedPassesOnlyTheFileReceived copies a stored file as a download or a reading does,
// through Verified with the SHA-256 and size recorded at upload: the file as received comes
// through whole; one changed in place, cut short, grown, or replaced by another of the same
// size fails, and a copy of a changed file of the recorded size never holds all its bytes (a
// download with its length set is cut short rather than complete).
func TestVerifiedPassesOnlyTheFileReceived(t *testing.T) {
	received, _ := io.ReadAll(randomPDF(300<<10, 3))
	sum := sha256.Sum256(received)
	recorded := hex.EncodeToString(sum[:])
	flipped := bytes.Clone(received)
	flipped[len(flipped)-1] ^= 1
	other, _ := io.ReadAll(randomPDF(300<<10, 4))
	for _, tc := range []struct {
		name   string
		stored []byte
		ok     bool
	}{
		{"as received", received, true},
		{"last byte changed", flipped, false},
		{"another file of the same size", other, false},
		{"cut short", received[:len(received)-10], false},
		{"grown", append(bytes.Clone(received), "%%EOF\n"...), false},
	} {
		for _, chunked := range []bool{false, true} {
			var src io.Reader = bytes.NewReader(tc.stored)
			if chunked {
				src = iotest.HalfReader(src) // a store that answers in small pieces
			}
			var copied bytes.Buffer
			_, err := io.Copy(&copied, Verified(io.NopCloser(src), recorded, int64(len(received))))
			switch {
			case tc.ok && (err != nil || !bytes.Equal(copied.Bytes(), received)):
				t.Errorf("%s (chunked %v): copied %d bytes, %v; want the file whole", tc.name, chunked, copied.Len(), err)
			case !tc.ok && !errors.Is(err, ErrChanged):
				t.Errorf("%s (chunked %v): copied %d bytes, %v; want ErrChanged", tc.name, chunked, copied.Len(), err)
			case !tc.ok && len(tc.stored) == len(received) && copied.Len() >= len(received):
				t.Errorf("%s (chunked %v): all %d bytes passed on before the change was told", tc.name, chunked, copied.Len())
			}
		}
	}
	// A record made before SHA-256s were kept is read as it is.
	var copied bytes.Buffer
	if _, err := io.Copy(&copied, Verified(io.NopCloser(bytes.NewReader(other)), "", int64(len(received)))); err != nil || copied.Len() != len(other) {
		t.Errorf("unrecorded hash: copied %d bytes, %v; want the file as stored", copied.Len(), err)
	}
}
