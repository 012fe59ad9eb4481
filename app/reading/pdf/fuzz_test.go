package pdf

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"

	"assay/app/reading/internal/unreadable"
	"assay/app/reading/pdf/pdftest"
)

// fuzzLimits are small enough that one input never takes long, yet above
// what the seeds need.
var fuzzLimits = limits{pages: 50, bytes: 256 << 10, timeout: 5 * time.Second}

// FuzzRead checks the contract on any input: an unreadable.Error with a
// reason, or text of valid UTF-8, without a panic and in time.
func FuzzRead(f *testing.F) {
	names, err := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range names {
		f.Add(fixture(f, filepath.Base(name)))
	}
	f.Add(pdftest.Text([][]string{{"one", "two words"}, {"page two"}}, false))
	f.Add(pdftest.Text([][]string{{"object streams"}}, true))
	// The bombs only need to pass the fuzz limit; smaller ones keep the
	// setup, which every worker repeats under instrumentation, quick.
	for _, data := range hostilePDFs(f, 2<<20) {
		if len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// A hang would only show as a stalled fuzzer; crash with every
		// stack instead, so the input and the loop are reported.
		watchdog := time.AfterFunc(3*fuzzLimits.timeout, func() {
			buf := make([]byte, 1<<20)
			panic(fmt.Sprintf("read hung:\n%s", buf[:runtime.Stack(buf, true)]))
		})
		defer watchdog.Stop()
		start := time.Now()
		doc, err := read(t, data, fuzzLimits)
		if d := time.Since(start); d > 2*fuzzLimits.timeout {
			t.Fatalf("took %s, over twice the timeout", d)
		}
		var ue *unreadable.Error
		switch {
		case err != nil && !errors.As(err, &ue):
			t.Fatalf("err = %v (%T), want *unreadable.Error", err, err)
		case err != nil && ue.Reason == "":
			t.Fatal("unreadable.Error without a reason")
		case err == nil && !utf8.ValidString(doc.Text):
			t.Fatalf("Text is not valid UTF-8: %q", doc.Text)
		}
	})
}
