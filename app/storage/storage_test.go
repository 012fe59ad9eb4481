package storage

import (
	"bytes"
	"context"
	"errors"
	"io"
	"testing"
)

// errReader yields some bytes, then fails, like a client that disconnects.
type errReader struct {
	data []byte
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// testStorage is the behaviour every Storage must share, run against each
// implementation so Local and S3 stay interchangeable.
func testStorage(t *testing.T, s Storage, prefix string) {
	ctx := context.Background()
	key := prefix + "/assessments/12/" + randomHex(16)
	t.Cleanup(func() { _ = s.Delete(context.Background(), key) })

	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}

	t.Run("round trip", func(t *testing.T) {
		body := []byte("%PDF-1.7 evidence body\n")
		if err := s.Put(ctx, key, bytes.NewReader(body), "application/pdf"); err != nil {
			t.Fatalf("Put: %v", err)
		}
		assertObject(t, s, key, body)

		replaced := []byte("second version, longer than the first")
		if err := s.Put(ctx, key, bytes.NewReader(replaced), "text/plain"); err != nil {
			t.Fatalf("Put again: %v", err)
		}
		assertObject(t, s, key, replaced)

		if err := s.Delete(ctx, key); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		assertAbsent(t, s, key)
		if err := s.Delete(ctx, key); err != nil {
			t.Fatalf("Delete of an absent object = %v; want nil", err)
		}
	})

	t.Run("absent", func(t *testing.T) {
		assertAbsent(t, s, prefix+"/never/written")
	})

	t.Run("failed put leaves nothing", func(t *testing.T) {
		k := prefix + "/failed/" + randomHex(16)
		boom := errors.New("client went away")
		err := s.Put(ctx, k, &errReader{data: []byte("partial"), err: boom}, "text/plain")
		if !errors.Is(err, boom) {
			t.Fatalf("Put = %v; want it to wrap %v", err, boom)
		}
		assertAbsent(t, s, k)
	})

	t.Run("invalid keys", func(t *testing.T) {
		for _, bad := range []string{
			"", "/etc/passwd", "../outside", "a/../../b", "a/./b", `a\b`, `..\..\win.ini`,
			"a//b", "a/", ".hidden", "a/.tmp-x", "nul\x00byte", "line\nbreak", "bad\xffutf8",
		} {
			if err := s.Put(ctx, bad, bytes.NewReader([]byte("x")), ""); !errors.Is(err, ErrInvalidKey) {
				t.Errorf("Put(%q) = %v; want ErrInvalidKey", bad, err)
			}
			if _, err := s.Open(ctx, bad); !errors.Is(err, ErrInvalidKey) {
				t.Errorf("Open(%q) = %v; want ErrInvalidKey", bad, err)
			}
			if _, err := s.Size(ctx, bad); !errors.Is(err, ErrInvalidKey) {
				t.Errorf("Size(%q) = %v; want ErrInvalidKey", bad, err)
			}
			if err := s.Delete(ctx, bad); !errors.Is(err, ErrInvalidKey) {
				t.Errorf("Delete(%q) = %v; want ErrInvalidKey", bad, err)
			}
		}
	})
}

func assertObject(t *testing.T, s Storage, key string, want []byte) {
	t.Helper()
	ctx := context.Background()
	size, err := s.Size(ctx, key)
	if err != nil || size != int64(len(want)) {
		t.Fatalf("Size = %d, %v; want %d", size, err, len(want))
	}
	rc, err := s.Open(ctx, key)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer rc.Close()
	got, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("content = %q; want %q", got, want)
	}
}

func assertAbsent(t *testing.T, s Storage, key string) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.Size(ctx, key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Size(%q) = %v; want ErrNotFound", key, err)
	}
	if rc, err := s.Open(ctx, key); !errors.Is(err, ErrNotFound) {
		if err == nil {
			rc.Close()
		}
		t.Fatalf("Open(%q) = %v; want ErrNotFound", key, err)
	}
}
