// Command savequeries counts the SQL statements one vendor autosave sends, and lists them, on
// SQLite and (with -postgres-url) PostgreSQL.
//
//	savequeries [-postgres-url URL] [-list] [-cpuprofile FILE [-saves 4000] [-clients 16]]
//
// It builds Assay in this process on a fresh database (as bench/portfolio does), serves it on
// a loopback port, sends a questionnaire through the API, saves one answer as the vendor (the
// first save also starts the assessment), and then counts, with a GORM callback, the
// statements of the next saves (the fewest of five): PATCH /api/v1/respond/answers with one
// answer and its version, as the questionnaire page's script sends it. On SQLite it counts,
// with a GORM callback, the statements GORM sends (BEGIN and COMMIT are not among them); on
// PostgreSQL Assay reaches the server through a proxy that counts on the wire the statements
// it runs (BEGIN and COMMIT too, and those sent together in a pipeline) and the round trips.
//
// With -cpuprofile it then has -clients vendors, each on an assessment of its own, send -saves
// saves in all, one after the other each, and writes the CPU profile of those saves (server
// and clients share the process: `go tool pprof -focus` on the server's functions separates
// them) to FILE, with the database's name appended, for `go tool pprof`.
//
// Progress goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"

	"assay/app/store"
	"assay/bench/internal/assayproc"
	"assay/bench/internal/benchdb"
	"assay/bench/internal/inapp"
)

func main() {
	postgresURL := flag.String("postgres-url", "", "PostgreSQL server to create a fresh database on; empty runs SQLite only")
	list := flag.Bool("list", false, "print each statement to stderr")
	var prof profile
	flag.StringVar(&prof.file, "cpuprofile", "", "write a CPU profile of -saves saves to this file (database name appended)")
	flag.IntVar(&prof.saves, "saves", 4000, "with -cpuprofile: saves in all")
	flag.IntVar(&prof.clients, "clients", 16, "with -cpuprofile: vendors saving at once, each on its own assessment")
	flag.Parse()
	databases := []string{store.DialectSQLite}
	if *postgresURL != "" {
		databases = append(databases, store.DialectPostgres)
	}
	for _, db := range databases {
		c, err := count(db, *postgresURL, prof)
		if err != nil {
			fmt.Fprintf(os.Stderr, "savequeries: %s: %v\n", db, err)
			os.Exit(1)
		}
		if *list {
			fmt.Fprintf(os.Stderr, "%s: the GORM statements of one autosave:\n  %s\n", db, strings.Join(c.gorm, "\n  "))
		}
		fmt.Printf("%-52s %14s\n", "autosave "+db+": statements / response bytes", fmt.Sprintf("%d / %d", c.statements, c.size))
		if db == store.DialectPostgres {
			fmt.Printf("%-52s %14d\n", "autosave "+db+": round trips", c.waits)
		}
	}
}

// counted is what one autosave sent: its statements (on PostgreSQL counted on the wire, with
// BEGIN, COMMIT and those sent in a pipeline; on SQLite those GORM sent), the round trips to
// PostgreSQL, the statements GORM sent, and the size of the response.
type counted struct {
	statements, waits int64
	gorm              []string
	size              int
}

// count counts one autosave on dialect, and profiles saves as prof asks.
func count(dialect, postgresURL string, prof profile) (counted, error) {
	ctx := context.Background()
	var w *wire
	if dialect == store.DialectPostgres {
		var err error
		if w, postgresURL, err = listenWire(postgresURL); err != nil {
			return counted{}, err
		}
		defer w.Close()
	}
	a, err := inapp.Open(ctx, dialect, postgresURL, "savequeries")
	if err != nil {
		return counted{}, err
	}
	defer a.Close()
	srv := httptest.NewServer(a.Web.Handler())
	defer srv.Close()
	client := &http.Client{Timeout: time.Minute}
	vendor, _, err := assayproc.Invite(client, srv.URL, a.Token, "savequeries")
	if err != nil {
		return counted{}, err
	}
	save := func(version int) (int, error) { return saveAnswer(client, srv.URL, vendor, version) }
	if _, err := save(0); err != nil {
		return counted{}, err
	}
	var (
		mu       sync.Mutex
		stmts    []string
		counting bool
	)
	hook := func(tx *gorm.DB) {
		mu.Lock()
		if counting {
			stmts = append(stmts, tx.Statement.SQL.String())
		}
		mu.Unlock()
	}
	benchdb.OnStatement(a.Store.DB(), hook)
	// The fewest of a few saves: River's own queries on PostgreSQL may come during one.
	var c counted
	for version := 1; version <= 5; version++ {
		mu.Lock()
		stmts, counting = nil, true
		mu.Unlock()
		if w != nil {
			w.statements.Store(0)
			w.waits.Store(0)
			w.counting.Store(true)
		}
		size, err := save(version)
		if w != nil {
			w.counting.Store(false)
		}
		mu.Lock()
		counting = false
		mu.Unlock()
		if err != nil {
			return counted{}, err
		}
		n, waits := int64(len(stmts)), int64(0)
		if w != nil {
			n, waits = w.statements.Load(), w.waits.Load()
		}
		// The round trips too are the fewest: a connection's first save over a stored answer
		// prepares its write, one round trip more that later saves on it do not make.
		if version == 1 || n < c.statements || n == c.statements && waits < c.waits {
			c = counted{statements: n, waits: waits, gorm: stmts, size: size}
		}
	}
	if prof.file != "" {
		err = prof.run(dialect, srv.URL, a.Token)
	}
	return c, err
}

// saveAnswer sends one autosave as the vendor with token, over version, and returns the size
// of the answer.
func saveAnswer(client *http.Client, base, vendor string, version int) (int, error) {
	req, _ := http.NewRequest(http.MethodPatch, base+"/api/v1/respond/answers", assayproc.JSON(map[string]any{
		"answers":  map[string]string{"iso27001_scope": fmt.Sprintf("Payroll processing, revision %d", version)},
		"versions": map[string]int{"iso27001_scope": version}}))
	req.Header.Set("Authorization", "Bearer "+vendor)
	req.Header.Set("Content-Type", "application/json")
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err == nil && res.StatusCode != http.StatusOK {
		err = fmt.Errorf("save: status %d: %.300s", res.StatusCode, b)
	}
	return len(b), err
}

// profile is how many saves to profile, from how many vendors, into which file.
type profile struct {
	file           string
	saves, clients int
}

// run invites the vendors, then profiles their saves on the server at base.
func (p profile) run(dialect, base, token string) error {
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: p.clients}}
	vendors := make([]string, p.clients)
	for i := range vendors {
		v, _, err := assayproc.Invite(client, base, token, fmt.Sprintf("savequeries %d", i))
		if err != nil {
			return err
		}
		vendors[i] = v
	}
	f, err := os.Create(p.file + "." + dialect)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	start := time.Now()
	errs := make(chan error, len(vendors))
	for i, v := range vendors {
		go func() {
			var err error
			for n := i; n < p.saves && err == nil; n += len(vendors) {
				_, err = saveAnswer(client, base, v, n/len(vendors))
			}
			errs <- err
		}()
	}
	for range vendors {
		if e := <-errs; e != nil && err == nil {
			err = e
		}
	}
	pprof.StopCPUProfile()
	took := time.Since(start)
	fmt.Fprintf(os.Stderr, "%s: %d saves by %d vendors in %s (%.0f/s), profile in %s\n", dialect, p.saves, p.clients,
		took.Round(time.Millisecond), float64(p.saves)/took.Seconds(), f.Name())
	return err
}
