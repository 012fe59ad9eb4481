package storage

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assay/app/model"
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

// TestOpenFound opens the file of a record its lookup found, and passes a failed lookup on
// without opening anything, so a download of a file that belongs elsewhere is refused as the
// lookup said.
func TestOpenFound(t *testing.T) {
	l, _ := newLocal(t)
	ctx := context.Background()
	body := []byte("reply file body")
	if err := l.Put(ctx, "replies/1/abc", bytes.NewReader(body), "text/plain"); err != nil {
		t.Fatalf("Put: %v", err)
	}
	rec := model.ReviewFile{ID: 7, StoredFile: model.StoredFile{ObjectKey: "replies/1/abc", Filename: "a.txt"}}

	got, rc, err := OpenFound(ctx, l, rec, nil)
	if err != nil {
		t.Fatalf("OpenFound: %v", err)
	}
	content, err := io.ReadAll(rc)
	rc.Close()
	if err != nil || !bytes.Equal(content, body) || got.ID != 7 {
		t.Fatalf("OpenFound = record %d, %q, %v; want record 7 with %q", got.ID, content, err, body)
	}

	_, rc, err = OpenFound(ctx, l, model.ReviewFile{}, model.ErrNotFound)
	if !errors.Is(err, model.ErrNotFound) || rc != nil {
		t.Fatalf("OpenFound after a failed lookup = %v, %v; want the lookup's error and nothing open", rc, err)
	}
}
