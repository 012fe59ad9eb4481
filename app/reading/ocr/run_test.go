package ocr

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"assay/app/reading/internal/unreadable"
)

// TestRunBounds runs a shell in place of Tesseract (tests only: Assay runs
// no shell) to see the bounds a child gets: its address space and file
// sizes are capped, what it prints past the limit ends it, and the
// deadline kills it and what it started.
func TestRunBounds(t *testing.T) {
	e := &Engine{sem: make(chan struct{}, 1)}
	ctx := context.Background()
	dir := t.TempDir()

	// The limits apply once the child has started; a command forked after
	// that inherits them.
	out, err := e.run(ctx, dir, "/bin/sh", "-c", "sleep 0.5; cat /proc/self/limits")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Max address space         1073741824           1073741824", "Max file size             268435456            268435456"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("limits lack %q:\n%s", want, out)
		}
	}

	_, err = e.run(ctx, dir, "/bin/sh", "-c", "while :; do echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa; done")
	var ue *unreadable.Error
	if !errors.As(err, &ue) || ue.Reason != "OCR produced more than 16 MiB of text" {
		t.Errorf("endless output: %v", err)
	}

	tctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = e.run(tctx, dir, "/bin/sh", "-c", "sleep 30 & sleep 30")
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Errorf("deadline: %v after %s", err, time.Since(start))
	}

	_, err = e.run(ctx, dir, "/bin/sh", "-c", "sleep 0.5; kill -ABRT $$")
	if !errors.As(err, &ue) || !strings.HasPrefix(ue.Reason, "OCR could not read the file within its limits") {
		t.Errorf("crash: %v", err)
	}
}
