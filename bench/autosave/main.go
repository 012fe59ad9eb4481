// Command autosave measures how fast vendors' autosaves go through a running Assay
// (PATCH /api/v1/respond/answers, one answer each), driven by vegeta's attacker, and holds the
// rate against what the same PostgreSQL commits on its own.
//
//	autosave -assay BIN [-mode rate|load] [-duration 15s] [-clients 16] [-postgres-url URL]
//	         [-vendors 500] [-every 5s]
//
// Each database in -databases gets a fresh Assay process (local evidence store, its own data
// folder; PostgreSQL on a fresh database created on -postgres-url and dropped at the end) with
// one vendor and invitation per client. Every client has an attacker of its own on its own
// invitation, so two requests never race for one answer, and sends the version of the answer
// it last saw, as the questionnaire page's script does: a lost update would be a 409.
//
//   - rate: the clients save as fast as the server answers, one request at a time each, for
//     -duration. On PostgreSQL, pgbench first runs a single-row UPDATE of a random row of
//     pgbench_accounts (scale 1, 100,000 rows) with as many clients for as long, in a database
//     of its own on the same server, and the ratio of the two rates is printed.
//   - load: -vendors vendors each save once every -every (open loop: a slow answer does not
//     slow the next request down) for -duration.
//
// After each run it checks that nothing was lost (each answer's stored version and value are
// those of the last save answered 200), stops the server and runs `assay audit verify` on its
// database, so every save was audited on an intact chain.
//
// Progress goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"assay/app/store"
	"assay/bench/internal/assayproc"
	"assay/bench/internal/benchdb"
)

// question is the answer every save changes: the certificate's scope, a text a vendor types.
const question = "iso27001_scope"

const (
	modeRate = "rate"
	modeLoad = "load"
)

type settings struct {
	bin, postgresURL, mode, databases string
	clients, vendors                  int
	duration, every                   time.Duration
}

func main() {
	var s settings
	flag.StringVar(&s.bin, "assay", "", "built assay binary (go build -o BIN ./cmd/assay)")
	flag.StringVar(&s.mode, "mode", modeRate, "rate: clients save as fast as answered; load: vendors save every -every")
	flag.StringVar(&s.postgresURL, "postgres-url", "", "PostgreSQL server to create fresh databases on; empty runs SQLite only")
	flag.StringVar(&s.databases, "databases", "postgres,sqlite", "databases to measure, in order")
	flag.IntVar(&s.clients, "clients", 16, "rate: clients, each on its own invitation (pgbench gets as many)")
	flag.IntVar(&s.vendors, "vendors", 500, "load: vendors, each on its own invitation")
	flag.DurationVar(&s.duration, "duration", 15*time.Second, "how long each database is driven")
	flag.DurationVar(&s.every, "every", 5*time.Second, "load: time between two saves of one vendor")
	flag.Parse()
	if s.bin == "" || (s.mode != modeRate && s.mode != modeLoad) || s.clients < 1 || s.vendors < 1 || s.duration <= 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(s); err != nil {
		fmt.Fprintln(os.Stderr, "autosave:", err)
		os.Exit(1)
	}
}

func run(s settings) error {
	for _, db := range strings.Split(s.databases, ",") {
		switch db {
		case store.DialectPostgres:
			if s.postgresURL == "" {
				logf("postgres: no -postgres-url, skipped")
				continue
			}
		case store.DialectSQLite:
		default:
			return fmt.Errorf("-databases: unknown database %q", db)
		}
		if err := measure(s, db); err != nil {
			return fmt.Errorf("%s: %w", db, err)
		}
	}
	return nil
}

func measure(s settings, db string) error {
	dir, err := os.MkdirTemp("", "assay-bench-autosave-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	env := assayproc.CleanEnv(os.Environ())
	databaseURL := ""
	if db == store.DialectPostgres {
		u, drop, err := benchdb.Create(s.postgresURL)
		if err != nil {
			return err
		}
		defer drop()
		env = append(env, "ASSAY_DATABASE_URL="+u)
		databaseURL = u
	}

	var pgbench float64
	var pgbenchCPU cpuBudget
	if s.mode == modeRate && db == store.DialectPostgres {
		load := loadavg()
		if pgbench, pgbenchCPU, err = runPgbench(s.postgresURL, s.clients, s.duration); err != nil {
			return fmt.Errorf("pgbench: %w", err)
		}
		row(fmt.Sprintf("pgbench single-row UPDATE, %d clients (tx/s)", s.clients), fmt.Sprintf("%.0f", pgbench), "", "")
		row("  load average during pgbench (1/5/15 min)", load, "", "")
	}

	srv, err := assayproc.Launch(env, s.bin, dir, "bench-autosave")
	if err != nil {
		return err
	}
	defer srv.Stop()
	n := s.clients
	if s.mode == modeLoad {
		n = s.vendors
	}
	logf("%s: assay pid %d at %s; inviting %d vendors", db, srv.PID(), srv.Base, n)
	vendors, err := invite(srv.Base, srv.Token, n)
	if err != nil {
		return fmt.Errorf("%w\n%s", err, srv.LogTail())
	}

	load := loadavg()
	logf("%s: %s for %s (load %s)", db, s.mode, s.duration, load)
	var backends *backendCPU
	if databaseURL != "" {
		backends = followBackends(databaseURL)
	}
	cpu, own := assayproc.CPUSeconds(srv.PID()), assayproc.CPUSeconds(os.Getpid())
	m, err := attack(s, srv.Base, vendors)
	cpu, own = assayproc.CPUSeconds(srv.PID())-cpu, assayproc.CPUSeconds(os.Getpid())-own
	saveCPU := cpuBudget{client: own, app: cpu}
	if backends != nil {
		saveCPU.server = backends.Stop()
	}
	if err != nil {
		return fmt.Errorf("%w\n%s", err, srv.LogTail())
	}
	lost, err := check(srv.Base, vendors)
	if err != nil {
		return fmt.Errorf("check: %w\n%s", err, srv.LogTail())
	}
	srv.Stop()
	verified := "verified"
	if _, err := assayproc.Command(append(env, "ASSAY_DATA_DIR="+filepath.Join(dir, "data")), s.bin, "audit", "verify"); err != nil {
		verified = "BROKEN"
		logf("%s: audit verify: %v", db, err)
	}

	errs := len(m.Errors)
	p95 := ms(m.Latencies.P95)
	switch s.mode {
	case modeRate:
		label := fmt.Sprintf("autosave %s, %d clients (saves/s)", db, s.clients)
		if db == store.DialectPostgres {
			ratio := m.Throughput / pgbench
			row(label, fmt.Sprintf("%.0f", m.Throughput), "", "")
			row("  ratio to pgbench", fmt.Sprintf("%.3f", ratio), "≥ 0.5", status(ratio >= 0.5))
			n := float64(max(m.Requests, 1))
			budgetRows(pgbenchCPU, cpuBudget{client: saveCPU.client / n, app: saveCPU.app / n, server: saveCPU.server / n})
		} else {
			row(label, fmt.Sprintf("%.0f", m.Throughput), "≥ 1000", status(m.Throughput >= 1000))
		}
		row("  p50 / p95 (ms)", fmt.Sprintf("%.1f / %.1f", ms(m.Latencies.P50), p95), "p95 < 50", status(p95 < 50))
	case modeLoad:
		row(fmt.Sprintf("load %s, %d vendors every %s, %s (saves/s)", db, s.vendors, s.every, s.duration),
			fmt.Sprintf("%.1f", m.Throughput), "", "")
		row("  p50 / p95 / max (ms)", fmt.Sprintf("%.1f / %.1f / %.0f", ms(m.Latencies.P50), p95, ms(m.Latencies.Max)),
			"p95 < 100", status(p95 < 100))
	}
	row("  Assay process CPU per save (ms)", fmt.Sprintf("%.2f", cpu*1000/float64(max(m.Requests, 1))), "", "")
	row("  requests / errors / lost saves", fmt.Sprintf("%d / %d / %d", m.Requests, errs, lost), "0 / 0",
		status(errs == 0 && lost == 0))
	row("  audit verify after the run", verified, "verified", status(verified == "verified"))
	row("  load average during the run (1/5/15 min)", load, "", "")
	for _, e := range m.Errors {
		logf("%s: error: %s", db, e)
	}
	return nil
}

// vendor is one client's invitation and what it saved.
type vendor struct {
	token string
	// start is the answer's version once warmed up; sent counts the saves sent since.
	start int
	mu    sync.Mutex
	sent  int
	// ok is the number of saves answered 200, last the newest of them (the value it sent).
	ok   int
	last string
}

// invite creates n vendors with an assessment each, and saves each one's answer once, so the
// measured saves all change an answer of an assessment in progress.
func invite(base, token string, n int) ([]*vendor, error) {
	client := &http.Client{Timeout: time.Minute}
	vs := make([]*vendor, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := range vs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t, _, err := assayproc.Invite(client, base, token, fmt.Sprintf("autosave %d", i))
			if err != nil {
				errs <- err
				return
			}
			v := &vendor{token: t}
			var out stateJSON
			err = assayproc.Do(client, http.MethodPatch, base+"/api/v1/respond/answers", t, "application/json",
				bytes.NewReader(v.body("warm-up", 0)), http.StatusOK, &out)
			if err != nil {
				errs <- err
				return
			}
			v.start = out.Answers[question].Version
			vs[i] = v
		}()
	}
	wg.Wait()
	close(errs)
	return vs, <-errs
}

// body is the PATCH body that changes the answer to text, expecting version.
func (v *vendor) body(text string, version int) []byte {
	b, _ := json.Marshal(map[string]any{"answers": map[string]string{question: text}, "versions": map[string]int{question: version}})
	return b
}

// targeter makes each request of the vendor's attacker: the next text, and the version the
// previous save left if it succeeded (requests of one vendor are 5 s apart in the load mode
// and one after the other in the rate mode, so each sees the one before answered).
func (v *vendor) targeter(base string) vegeta.Targeter {
	hdr := http.Header{"Authorization": {"Bearer " + v.token}, "Content-Type": {"application/json"}, "Accept": {"application/json"}}
	return func(t *vegeta.Target) error {
		v.mu.Lock()
		n := v.sent
		v.sent++
		v.mu.Unlock()
		*t = vegeta.Target{Method: http.MethodPatch, URL: base + "/api/v1/respond/answers", Header: hdr,
			Body: v.body(text(n), v.start+n)}
		return nil
	}
}

// text is the n-th value a vendor types: a scope statement growing by a word, as while typing.
func text(n int) string {
	return fmt.Sprintf("The provision of payroll processing services, revision %d", n)
}

func attack(s settings, base string, vendors []*vendor) (*vegeta.Metrics, error) {
	var (
		m  vegeta.Metrics
		mu sync.Mutex
		wg sync.WaitGroup
	)
	var pacer vegeta.Pacer = vegeta.Rate{Freq: 0}
	opts := []func(*vegeta.Attacker){vegeta.Workers(1), vegeta.MaxWorkers(1), vegeta.KeepAlive(true), vegeta.Timeout(30 * time.Second),
		vegeta.MaxBody(64 << 10)}
	if s.mode == modeLoad {
		pacer = vegeta.Rate{Freq: 1, Per: s.every}
		opts = []func(*vegeta.Attacker){vegeta.Workers(1), vegeta.KeepAlive(true), vegeta.Timeout(30 * time.Second), vegeta.MaxBody(64 << 10)}
	}
	for i, v := range vendors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if s.mode == modeLoad {
				// Spread the vendors' first saves over one period, as people do not start typing
				// in step.
				time.Sleep(time.Duration(i) * s.every / time.Duration(len(vendors)))
			}
			a := vegeta.NewAttacker(opts...)
			for res := range a.Attack(v.targeter(base), pacer, s.duration, fmt.Sprint(i)) {
				if res.Code == http.StatusOK {
					var out stateJSON
					if err := json.Unmarshal(res.Body, &out); err == nil {
						v.mu.Lock()
						if a := out.Answers[question]; a.Version-v.start > v.ok {
							v.ok, v.last = a.Version-v.start, a.Value
						}
						v.mu.Unlock()
					}
				}
				res.Body = nil
				mu.Lock()
				m.Add(res)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	m.Close()
	if m.Requests == 0 {
		return nil, errors.New("no request was sent")
	}
	return &m, nil
}

type stateJSON struct {
	Answers map[string]struct {
		Value   string `json:"value"`
		Version int    `json:"version"`
	} `json:"answers"`
}

// check reads every vendor's answer back and counts the saves answered 200 that it does not
// show: a stored version behind the saves acknowledged, or a value other than the last one.
func check(base string, vendors []*vendor) (int, error) {
	client := &http.Client{Timeout: time.Minute}
	lost := 0
	for _, v := range vendors {
		var out stateJSON
		if err := assayproc.Do(client, http.MethodGet, base+"/api/v1/respond", v.token, "", nil, http.StatusOK, &out); err != nil {
			return 0, err
		}
		a := out.Answers[question]
		if got := a.Version - v.start; got != v.ok || (v.ok > 0 && a.Value != v.last) {
			logf("vendor %s…: %d saves acknowledged, version shows %d, value %q (last acknowledged %q)",
				v.token[:6], v.ok, got, a.Value, v.last)
			lost += max(v.ok-got, 1)
		}
	}
	return lost, nil
}

var (
	tpsLine = regexp.MustCompile(`(?m)^tps = ([0-9.]+)`)
	txLine  = regexp.MustCompile(`(?m)^number of transactions actually processed: ([0-9]+)`)
)

// runPgbench creates a database of its own on the server at base, fills pgbench's tables at
// scale 1 and runs a single-row UPDATE of a random account with clients clients for d.
func runPgbench(base string, clients int, d time.Duration) (float64, cpuBudget, error) {
	u, drop, err := benchdb.Create(base)
	if err != nil {
		return 0, cpuBudget{}, err
	}
	defer drop()
	script := filepath.Join(os.TempDir(), fmt.Sprintf("autosave-pgbench-%d.sql", os.Getpid()))
	if err := os.WriteFile(script, []byte("\\set aid random(1, 100000 * :scale)\n"+
		"UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;\n"), 0o600); err != nil {
		return 0, cpuBudget{}, err
	}
	defer os.Remove(script)
	if out, err := exec.Command("pgbench", "-i", "-q", "-s", "1", u).CombinedOutput(); err != nil {
		return 0, cpuBudget{}, fmt.Errorf("pgbench -i: %w\n%s", err, out)
	}
	logf("postgres: pgbench, %d clients for %s", clients, d)
	cmd := exec.Command("pgbench", "-n", "-c", strconv.Itoa(clients), "-j", strconv.Itoa(min(clients, 2)),
		"-T", strconv.Itoa(int(d.Seconds())), "-f", script, u)
	backends := followBackends(u)
	out, err := cmd.CombinedOutput()
	server := backends.Stop()
	if err != nil {
		return 0, cpuBudget{}, fmt.Errorf("%w\n%s", err, out)
	}
	mt := tpsLine.FindSubmatch(out)
	txs := txLine.FindSubmatch(out)
	if mt == nil || txs == nil {
		return 0, cpuBudget{}, fmt.Errorf("no tps or transactions in pgbench's output:\n%s", out)
	}
	tps, _ := strconv.ParseFloat(string(mt[1]), 64)
	n, _ := strconv.ParseFloat(string(txs[1]), 64)
	n = max(n, 1)
	client := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	return tps, cpuBudget{client: client / n, server: server / n}, nil
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func status(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT MET"
}

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// row prints one line of the table bench/run.sh shows.
func row(what, value, goal, status string) {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%-52s %14s %10s  %s\n", what, value, goal, status)
	w.Flush()
}
