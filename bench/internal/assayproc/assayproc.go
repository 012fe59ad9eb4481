// Package assayproc runs the built assay binary as its own process for the benchmarks, so
// what they measure (memory, CPU, latency) is the server's alone.
package assayproc

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Server is an assay serve process under measurement.
type Server struct {
	cmd     *exec.Cmd
	log     string
	stopped bool
}

// Instance is a server set up for a benchmark: its own data folder and loopback port, and an
// analyst whose API token the benchmark calls the staff API with.
type Instance struct {
	*Server
	Base  string // http://ADDR, where the server listens
	Token string // the analyst's API token
}

// MetricsToken opens /metrics of the servers Launch starts, for the memory figures.
const MetricsToken = "bench-metrics-token"

// Launch creates an analyst with an API token named tokenName through the CLI and starts
// `bin serve` on a free loopback port, with its data folder and log under dir. env holds the
// benchmark's own settings (storage, database); Launch adds the address, base URL, data folder
// and log level.
func Launch(env []string, bin, dir, tokenName string) (*Instance, error) {
	addr, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	base := "http://" + addr
	env = append(env,
		"ASSAY_DATA_DIR="+filepath.Join(dir, "data"), "ASSAY_ADDR="+addr, "ASSAY_BASE_URL="+base, "ASSAY_LOG_LEVEL=warn",
		"ASSAY_METRICS_TOKEN="+MetricsToken)
	const email = "bench@assay.local"
	if _, err := Command(env, bin, "user", "create", "--email", email, "--role", "analyst"); err != nil {
		return nil, err
	}
	token, err := Command(env, bin, "token", "create", "--email", email, "--name", tokenName)
	if err != nil {
		return nil, err
	}
	srv, err := Start(env, bin, base, filepath.Join(dir, "server.log"))
	if err != nil {
		return nil, err
	}
	return &Instance{Server: srv, Base: base, Token: strings.TrimSpace(token)}, nil
}

// FreeAddr is a loopback address whose port nothing listens on at the moment, for a server to
// take.
func FreeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// Start runs `bin serve` with env, logging to logPath, and waits until base/readyz answers 200.
func Start(env []string, bin, base, logPath string) (*Server, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cmd := exec.Command(bin, "serve")
	cmd.Env, cmd.Stdout, cmd.Stderr = env, f, f
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &Server{cmd: cmd, log: logPath}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if res, err := http.Get(base + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if time.Now().After(deadline) {
			s.Stop()
			return nil, fmt.Errorf("assay did not become ready at %s/readyz\n%s", base, s.LogTail())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// PID is the server's process id.
func (s *Server) PID() int { return s.cmd.Process.Pid }

// Stop ends the server with SIGTERM, as an operator would, and may be called again.
func (s *Server) Stop() {
	if s.stopped {
		return
	}
	s.stopped = true
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
	}
}

// LogTail is the end of the server's log, for error messages.
func (s *Server) LogTail() string {
	b, _ := os.ReadFile(s.log)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return "server log:\n" + string(b)
}

// Command runs an assay admin command and returns what it printed.
func Command(env []string, bin string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("assay %s: %w\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String(), nil
}

// CPUSeconds is the CPU time (user and system) process pid has used, from /proc/PID/stat; 0
// when it cannot be read.
func CPUSeconds(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name may hold spaces; the fields after it are fixed: utime and stime are the
	// 14th and 15th of the whole line, in clock ticks of 1/100 s on Linux.
	fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(fields) < 13 {
		return 0
	}
	user, _ := strconv.ParseFloat(fields[11], 64)
	sys, _ := strconv.ParseFloat(fields[12], 64)
	return (user + sys) / 100
}

// ProcStatus returns a "kB" field of /proc/PID/status, such as VmRSS or VmHWM, in bytes.
func ProcStatus(pid int, field string) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}
