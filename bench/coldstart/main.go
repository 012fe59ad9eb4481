// Command coldstart measures how long a built Assay takes from exec to its first 200 from
// /healthz on a fresh, empty data folder (SQLite, local evidence): migrations, the first admin
// account and the listener all fall inside the time.
//
//	coldstart -assay BIN [-runs 5]
//
// Per-run times go to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"assay/bench/internal/assayproc"
)

// goal is the cold-start target the issue sets.
const goal = 2 * time.Second

func main() {
	bin := flag.String("assay", "", "built assay binary (go build -o BIN ./cmd/assay)")
	runs := flag.Int("runs", 5, "cold starts to time")
	flag.Parse()
	if *bin == "" || *runs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	var times []time.Duration
	for i := 1; i <= *runs; i++ {
		d, ready, err := coldStart(*bin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "coldstart:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "run %d  exec to first 200 from /healthz: %4d ms  (server says: ready in %s)\n", i, d.Milliseconds(), ready)
		times = append(times, d)
	}
	slices.Sort(times)
	med := times[len(times)/2]
	if len(times)%2 == 0 {
		med = (times[len(times)/2-1] + med) / 2
	}
	worst := times[len(times)-1]
	row(fmt.Sprintf("cold start to /healthz 200, median of %d", *runs), med, med < goal)
	row(fmt.Sprintf("cold start to /healthz 200, max of %d", *runs), worst, worst < goal)
}

// coldStart runs bin once on an empty data folder and returns the time from exec to the first
// 200 from /healthz, with the start-up time the server itself reports.
func coldStart(bin string) (time.Duration, string, error) {
	dir, err := os.MkdirTemp("", "assay-bench-coldstart-")
	if err != nil {
		return 0, "", err
	}
	defer os.RemoveAll(dir)
	addr, err := assayproc.FreeAddr()
	if err != nil {
		return 0, "", err
	}

	cmd := exec.Command(bin, "serve")
	cmd.Env = append(assayproc.CleanEnv(os.Environ()), "ASSAY_DATA_DIR="+filepath.Join(dir, "data"), "ASSAY_ADDR="+addr,
		"ASSAY_BASE_URL=http://"+addr, "ASSAY_LOG_LEVEL=warn")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return 0, "", err
	}
	var logs strings.Builder
	cmd.Stderr = &logs
	// The server prints its own start-up time; keep it to show next to ours.
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		said := ""
		for sc.Scan() {
			if _, after, ok := strings.Cut(sc.Text(), "ready in "); ok {
				said = strings.TrimSuffix(after, ")")
			}
		}
		ready <- said
	}()

	client := &http.Client{Timeout: time.Second}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, "", err
	}
	var took time.Duration
	for {
		res, err := client.Get("http://" + addr + "/healthz")
		if err == nil {
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				took = time.Since(start)
				break
			}
		}
		if time.Since(start) > 30*time.Second {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			return 0, "", errors.New("no 200 from /healthz within 30s\n" + logs.String())
		}
		time.Sleep(2 * time.Millisecond)
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	said := <-ready
	if err := cmd.Wait(); err != nil {
		return 0, "", fmt.Errorf("assay exited with %v after SIGTERM\n%s", err, logs.String())
	}
	return took, said, nil
}

// row prints one line of the result table bench/run.sh shows.
func row(what string, d time.Duration, met bool) {
	status := map[bool]string{true: "met", false: "MISSED"}[met]
	fmt.Printf("%-52s %14s %10s  %s\n", what, fmt.Sprintf("%d ms", d.Milliseconds()), fmt.Sprintf("< %s", goal), status)
}
