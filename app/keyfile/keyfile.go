// Package keyfile keeps a secret key in a file of its own, outside the database: read when the
// file exists, made from fresh random bytes on first use. The file is readable by its owner
// only, and is written aside and linked into place, so that two processes starting on one
// folder at once both end up with the first key, never a half-written one.
package keyfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Encoding is how a key is written in its file: base64.StdEncoding or Hex.
type Encoding interface {
	EncodeToString(src []byte) string
	DecodeString(s string) ([]byte, error)
}

// Hex writes a key as lower-case hex digits.
var Hex Encoding = hexEncoding{}

type hexEncoding struct{}

func (hexEncoding) EncodeToString(src []byte) string      { return hex.EncodeToString(src) }
func (hexEncoding) DecodeString(s string) ([]byte, error) { return hex.DecodeString(s) }

// Load returns the key in the file at path, which must hold at least min bytes, or makes the
// file with size fresh random bytes when it does not exist yet.
func Load(path string, size, min int, enc Encoding) ([]byte, error) {
	key, err := read(path, min, enc)
	if !errors.Is(err, fs.ErrNotExist) {
		return key, err
	}
	key = make([]byte, size)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("make key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("key folder: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return nil, fmt.Errorf("write key: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.WriteString(enc.EncodeToString(key) + "\n")
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Link(tmp.Name(), path)
	}
	switch {
	case err == nil:
		return key, nil
	case errors.Is(err, fs.ErrExist):
		// Another process made the key first: use that one.
		return read(path, min, enc)
	default:
		return nil, fmt.Errorf("write key %s: %w", path, err)
	}
}

func read(path string, min int, enc Encoding) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key %s: %w", path, err)
	}
	key, err := enc.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(key) < min {
		return nil, fmt.Errorf("key file %s must hold a key of at least %d bytes", path, min)
	}
	return key, nil
}
