package securitytest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/model"
)

// Item 3: a hundred people signing in at the same moment, each to their own account from their
// own address (so no limit of item 1 stops them), cost the server under 200 MiB: the hashes run
// a few at a time, the next ones wait in a bounded queue and the rest are told to come back.
// The server runs as a child process so its memory is its own.
func TestSimultaneousSignInsKeepMemoryBounded(t *testing.T) {
	const people, password = 100, "the same long password for everyone"
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	seedAccounts(t, data, people, password)
	bin := buildAssay(t, dir)

	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data-dir", data, "--base-url", "http://127.0.0.1",
		"--trusted-proxies", "127.0.0.1/32", "--log-level", "warn")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	base := "http://" + listeningOn(t, out)

	page := &signInPage{srv: &apptest.Server{URL: base}, c: (&apptest.Server{}).Browser(t)}
	page.csrf = (&apptest.Server{URL: base}).CSRF(t, page.c, "/login")
	page.c.Transport = &http.Transport{MaxIdleConnsPerHost: people}
	// One sign-in first, so what is measured is the burst and not the first request's set-up.
	if res := page.submit(t, "person0@example.com", password, "10.9.0.1"); res == nil || res.StatusCode != http.StatusSeeOther {
		t.Fatalf("warm-up sign-in failed")
	}
	time.Sleep(500 * time.Millisecond)
	pid := cmd.Process.Pid
	// Writing 5 to clear_refs resets the peak (VmHWM) to the present size, so the peak read
	// after the burst is the burst's.
	if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0); err != nil {
		t.Fatalf("reset the peak memory of the server: %v", err)
	}
	before := procStatusKiB(t, pid, "VmRSS")

	start := time.Now()
	o := burst(people, func(i int) *http.Response {
		return page.submit(t, fmt.Sprintf("person%d@example.com", i), password, fmt.Sprintf("10.8.%d.%d", i/250, i%250+1))
	})
	took := time.Since(start)
	peak := procStatusKiB(t, pid, "VmHWM")
	growth := float64(peak-before) / 1024
	t.Logf("%d simultaneous sign-ins in %s: %v; server memory %.0f MiB before, peak %.0f MiB, growth %.0f MiB",
		people, took.Round(time.Millisecond), o.status, float64(before)/1024, float64(peak)/1024, growth)
	if growth >= 200 {
		t.Errorf("memory grew by %.0f MiB, want under 200 MiB", growth)
	}
	if o.status[http.StatusSeeOther] == 0 || o.status[http.StatusSeeOther]+o.status[http.StatusServiceUnavailable] != people {
		t.Errorf("want sign-ins (303) and, beyond the queue, 503s only: %v", o.status)
	}
	if o.refusedWithoutRetry > 0 {
		t.Errorf("%d refusals without Retry-After", o.refusedWithoutRetry)
	}
}

// seedAccounts makes n accounts with one password in a fresh SQLite data folder.
func seedAccounts(t *testing.T, data string, n int, password string) {
	t.Helper()
	cfg, err := config.Load([]string{"--data-dir", data}, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a, err := assay.Open(ctx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), true)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		u := model.User{Email: fmt.Sprintf("person%d@example.com", i), Role: model.RoleAnalyst, PasswordHash: hash,
			CreatedAt: a.Now(), UpdatedAt: a.Now()}
		if err := a.Store.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
	}
}

// buildAssay builds the assay command into dir.
func buildAssay(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "assay")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	build := exec.Command(goTool, "build", "-o", bin, "assay/cmd/assay")
	build.Dir = apptest.Root()
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

var listening = regexp.MustCompile(`listening on ([0-9.:]+)`)

// listeningOn reads the server's start-up lines until it says where it listens.
func listeningOn(t *testing.T, out io.Reader) string {
	t.Helper()
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case addr := <-found:
		return addr
	case <-time.After(60 * time.Second):
		t.Fatal("the server did not say where it listens within 60s")
	}
	return ""
}

// procStatusKiB reads a size field (VmRSS, VmHWM) of a process from /proc, in KiB.
func procStatusKiB(t *testing.T, pid int, field string) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}
