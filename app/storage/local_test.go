package storage

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func newLocal(t *testing.T) (*Local, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "evidence")
	l, err := NewLocal(dir)
	if err != nil {
		t.Fatalf("NewLocal: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l, dir
}

func TestLocal(t *testing.T) {
	l, dir := newLocal(t)
	testStorage(t, l, "test")

	// Failed and replaced writes must not leave temporary files behind.
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			t.Errorf("leftover file %s", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLocalLayout(t *testing.T) {
	l, dir := newLocal(t)
	ctx := context.Background()
	if err := l.Put(ctx, "assessments/12/3f9a", bytes.NewReader([]byte("x")), ""); err != nil {
		t.Fatalf("Put: %v", err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "assessments", "12", "3f9a"))
	if err != nil || string(got) != "x" {
		t.Fatalf("file under dir = %q, %v; want %q", got, err, "x")
	}
	// A key naming a directory is a prefix of other keys, not an object.
	if _, err := l.Open(ctx, "assessments/12"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Open(directory) = %v; want ErrNotFound", err)
	}
	if _, err := l.Size(ctx, "assessments/12"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Size(directory) = %v; want ErrNotFound", err)
	}
}

// A symlink planted inside the store must not let a key reach outside it.
func TestLocalSymlinkEscape(t *testing.T) {
	l, dir := newLocal(t)
	outside := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	err := l.Put(context.Background(), "link/evil", bytes.NewReader([]byte("x")), "")
	if err == nil {
		t.Fatal("Put through a symlink to outside the store succeeded")
	}
	if _, err := os.Stat(filepath.Join(outside, "evil")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("file written outside the store: %v", err)
	}
}

func TestLocalPutCancelled(t *testing.T) {
	l, _ := newLocal(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Put(ctx, "a/b", bytes.NewReader([]byte("x")), ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put with a cancelled context = %v; want context.Canceled", err)
	}
	assertAbsent(t, l, "a/b")
}
