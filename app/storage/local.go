package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
)

// Local is a Storage on a local directory, the zero-setup default. Objects
// are plain files, so an operator can back them up with ordinary tools.
type Local struct {
	// root confines every file operation to the directory even when a key
	// check were to miss something or someone plants a symlink inside it.
	root *os.Root
}

// NewLocal opens (creating when needed) dir as an evidence store.
func NewLocal(dir string) (*Local, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("storage: create local store: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("storage: open local store: %w", err)
	}
	return &Local{root: root}, nil
}

// Close releases the directory handle.
func (l *Local) Close() error {
	return l.root.Close()
}

// Put writes r to a temporary file beside the target and renames it into
// place after fsync, so readers never see a half-written object and a crash
// leaves either the old object or the new one. contentType is not kept: the
// database records the sniffed type.
func (l *Local) Put(ctx context.Context, key string, r io.Reader, contentType string) (err error) {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("storage: put object: %w", err)
	}
	dir := path.Dir(key)
	if err := l.root.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("storage: put object: %w", err)
	}
	tmp := path.Join(dir, ".tmp-"+randomHex(8))
	f, err := l.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		return fmt.Errorf("storage: put object: %w", err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = l.root.Remove(tmp)
		}
	}()
	if _, err := io.Copy(f, ctxReader{ctx: ctx, r: r}); err != nil {
		return fmt.Errorf("storage: put object: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("storage: put object: sync: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("storage: put object: %w", err)
	}
	if err := l.root.Rename(tmp, key); err != nil {
		return fmt.Errorf("storage: put object: %w", err)
	}
	// The rename is only durable once the directory entry is on disk.
	if err := l.syncDir(dir); err != nil {
		return fmt.Errorf("storage: put object: sync dir: %w", err)
	}
	return nil
}

// Open returns the object's file; the caller closes it.
func (l *Local) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	f, err := l.root.Open(key)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("storage: open object: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("storage: open object: %w", err)
	}
	// A key that names a directory (a prefix of other keys) is no object.
	if !st.Mode().IsRegular() {
		_ = f.Close()
		return nil, ErrNotFound
	}
	return f, nil
}

// Delete removes the object; an absent object is not an error.
func (l *Local) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := l.root.Remove(key); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("storage: delete object: %w", err)
	}
	return nil
}

// Size returns the object's length in bytes.
func (l *Local) Size(ctx context.Context, key string) (int64, error) {
	if err := checkKey(key); err != nil {
		return 0, err
	}
	st, err := l.root.Stat(key)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("storage: stat object: %w", err)
	}
	if !st.Mode().IsRegular() {
		return 0, ErrNotFound
	}
	return st.Size(), nil
}

// Ping creates and removes a probe file, because a directory that exists
// but has gone read-only (full disk, remounted volume) cannot take uploads.
func (l *Local) Ping(ctx context.Context) error {
	name := ".ping-" + randomHex(8)
	f, err := l.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		return fmt.Errorf("storage: ping local store: %w", err)
	}
	_ = f.Close()
	if err := l.root.Remove(name); err != nil {
		return fmt.Errorf("storage: ping local store: %w", err)
	}
	return nil
}

func (l *Local) syncDir(dir string) error {
	d, err := l.root.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// ctxReader stops a long copy when the request that feeds it is abandoned.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails since Go 1.24
	return hex.EncodeToString(b)
}
