package securitytest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"assay/app/apptest"
)

// assayBin is the assay command built once for the tests that run it as a child process.
var assayBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "assay-securitytest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	assayBin = filepath.Join(dir, "assay")
	build := exec.Command("go", "build", "-o", assayBin, "./cmd/assay")
	build.Dir = apptest.Root()
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build assay: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
