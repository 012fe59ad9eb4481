package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"assay/app/reading/internal/unreadable"
)

// Bounds of one child process. The address-space limit is well above what
// Tesseract with all seven language packs and a 300 dpi A4 page needs
// (measured in the package benchmark), and well below what a decompression
// bomb of an image would take.
const (
	maxAddressSpace = 1 << 30
	maxFileBytes    = 256 << 20
	maxStdout       = 16 << 20
	maxStderr       = 8 << 10
)

// errLimit is returned when a child printed more than it may.
var errLimit = errors.New("ocr: output over the limit")

// run runs one program in dir, bounded as the package comment says, and
// returns what it printed on stdout. Only one runs per Engine slot.
func (e *Engine) run(ctx context.Context, dir, path string, args ...string) ([]byte, error) {
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("ocr: waiting for a free slot: %w", ctx.Err())
	}
	defer func() { <-e.sem }()

	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, args...)
	out := &limitedBuffer{buf: &stdout, max: maxStdout, over: func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }}
	cmd.Dir = dir
	cmd.Env = childEnv()
	cmd.Stdin = nil
	cmd.Stdout = out
	cmd.Stderr = &tailBuffer{max: maxStderr, buf: &stderr}
	// Its own process group, so that the deadline kills whatever it started.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("ocr: start %s: %w", path, err)
	}
	// The limits apply from here on: what the program maps while it starts
	// is not counted, everything a page or an image makes it allocate is.
	if err := bound(cmd.Process.Pid); err != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		return nil, err
	}
	err := cmd.Wait()
	if out.exceeded {
		return nil, unreadable.Errorf(errLimit, "OCR produced more than %s of text", unreadable.FormatBytes(maxStdout))
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("ocr: %s: %w", path, ctx.Err())
	}
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if st, ok := ee.Sys().(syscall.WaitStatus); ok && st.Signaled() {
				return nil, unreadable.Errorf(fmt.Errorf("ocr: %s killed by %s: %s", path, st.Signal(), stderr.String()),
					"OCR could not read the file within its limits of %s of memory and %s of output", unreadable.FormatBytes(maxAddressSpace), unreadable.FormatBytes(maxFileBytes))
			}
		}
		return nil, fmt.Errorf("ocr: %s: %w: %s", path, err, stderr.String())
	}
	return stdout.Bytes(), nil
}

// bound caps the address space and the size of any file written by the
// process pid. A process that has already exited needs no limits.
func bound(pid int) error {
	for _, l := range []struct {
		res int
		max uint64
	}{{unix.RLIMIT_AS, maxAddressSpace}, {unix.RLIMIT_FSIZE, maxFileBytes}, {unix.RLIMIT_CORE, 0}} {
		err := unix.Prlimit(pid, l.res, &unix.Rlimit{Cur: l.max, Max: l.max}, nil)
		if errors.Is(err, unix.ESRCH) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("ocr: limit the resources of process %d: %w", pid, err)
		}
	}
	return nil
}

// childEnv is the environment of the programs: nothing of the server's but
// where Tesseract's data lives, if the operator moved it, and one thread
// per run, since the Engine decides how many runs share the cores.
func childEnv() []string {
	env := []string{"OMP_THREAD_LIMIT=1", "LC_ALL=C"}
	if p, ok := os.LookupEnv("TESSDATA_PREFIX"); ok {
		env = append(env, "TESSDATA_PREFIX="+p)
	}
	return env
}

// limitedBuffer fails writes past max and calls over, which ends the
// child: left alone, it would block on a pipe nobody reads.
type limitedBuffer struct {
	buf  *bytes.Buffer
	max  int
	over func()
	// exceeded records that the child was stopped for printing too much.
	exceeded bool
}

func (w *limitedBuffer) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.max {
		if !w.exceeded {
			w.exceeded = true
			w.over()
		}
		return 0, errLimit
	}
	return w.buf.Write(p)
}

// tailBuffer keeps the last max bytes written, for the logs.
type tailBuffer struct {
	buf *bytes.Buffer
	max int
}

func (w *tailBuffer) Write(p []byte) (int, error) {
	n := len(p)
	if len(p) > w.max {
		p = p[len(p)-w.max:]
	}
	if over := w.buf.Len() + len(p) - w.max; over > 0 {
		w.buf.Next(over)
	}
	w.buf.Write(p)
	return n, nil
}
