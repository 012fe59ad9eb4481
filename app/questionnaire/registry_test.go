package questionnaire_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"assay/app/questionnaire"
)

// archive is a map of kept sources by hash that counts its reads.
type archive struct {
	sources map[string]string
	reads   int
}

var errNotKept = errors.New("not kept")

func (a *archive) ArchivedSource(_ context.Context, hash string) (string, []byte, error) {
	a.reads++
	src, ok := a.sources[hash]
	if !ok {
		return "", nil, errNotKept
	}
	return "test", []byte(src), nil
}

// TestPinned reads an assessment's version from the files while they hold it and from the
// archive once they moved on, parsing an archived version once.
func TestPinned(t *testing.T) {
	ctx := context.Background()
	v2 := strings.Replace(base, `version: "1.0.0"`, `version: "2.0.0"`, 1)
	old, err := questionnaire.Parse("test.yaml", []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	arch := &archive{sources: map[string]string{old.Hash: base}}
	r, err := questionnaire.Load(fstest.MapFS{"test.yaml": {Data: []byte(v2)}}, arch)
	if err != nil {
		t.Fatal(err)
	}
	installed, _ := r.Get("test")
	if d, err := r.Pinned(ctx, installed.Hash); err != nil || d != installed || arch.reads != 0 {
		t.Errorf("installed version: %v, %v, %d archive reads", d, err, arch.reads)
	}
	for range 2 {
		d, err := r.Pinned(ctx, old.Hash)
		if err != nil || d.Version != "1.0.0" || d.Source() != base {
			t.Fatalf("archived version: %v, %v", d, err)
		}
	}
	if arch.reads != 1 {
		t.Errorf("archive read %d times, want once", arch.reads)
	}
	if _, err := r.Pinned(ctx, "unknown"); !errors.Is(err, errNotKept) {
		t.Errorf("unknown version: %v, want the archive's error", err)
	}
	if latest := r.Latest(); len(latest) != 1 || latest[0] != installed {
		t.Errorf("Latest = %v", latest)
	}
}
