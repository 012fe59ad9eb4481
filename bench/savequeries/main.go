// Command savequeries counts the SQL statements one vendor autosave sends, and lists them, on
// SQLite and (with -postgres-url) PostgreSQL.
//
//	savequeries [-postgres-url URL] [-list] [-cpuprofile FILE [-saves 4000] [-clients 16]]
//
// It builds Assay in this process on a fresh database (as bench/portfolio does), serves it on
// a loopback port, sends a questionnaire through the API, saves one answer as the vendor (the
// first save also starts the assessment), and then counts, with a GORM callback, the
// statements of the next saves (the fewest of five): PATCH /api/v1/respond/answers with one
// answer and its version, with the link's token. It then opens the link as a browser does and
// counts the same for the questionnaire page's script (PATCH /respond/answers with the vendor
// session and the page's CSRF token), after a first save of its own. On SQLite it counts,
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
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"regexp"
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
		api, page, err := count(db, *postgresURL, prof)
		if err != nil {
			fmt.Fprintf(os.Stderr, "savequeries: %s: %v\n", db, err)
			os.Exit(1)
		}
		for _, r := range []struct {
			route string
			c     counted
		}{{"", api}, {" (page)", page}} {
			c := r.c
			if *list {
				fmt.Fprintf(os.Stderr, "%s%s: the GORM statements of one autosave:\n  %s\n", db, r.route, strings.Join(c.gorm, "\n  "))
			}
			fmt.Printf("%-52s %14s\n", "autosave "+db+r.route+": statements / response bytes", fmt.Sprintf("%d / %d", c.statements, c.size))
			if db == store.DialectPostgres {
				fmt.Printf("%-52s %14d\n", "autosave "+db+r.route+": round trips", c.waits)
			}
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

// count counts one autosave on dialect through the API, with the link's token, and one of the
// questionnaire page's script, with the vendor session, and profiles saves as prof asks.
func count(dialect, postgresURL string, prof profile) (api, page counted, err error) {
	ctx := context.Background()
	var w *wire
	if dialect == store.DialectPostgres {
		if w, postgresURL, err = listenWire(postgresURL); err != nil {
			return api, page, err
		}
		defer w.Close()
	}
	a, err := inapp.Open(ctx, dialect, postgresURL, "savequeries")
	if err != nil {
		return api, page, err
	}
	defer a.Close()
	srv := httptest.NewServer(a.Web.Handler())
	defer srv.Close()
	client := &http.Client{Timeout: time.Minute}
	vendor, _, err := assayproc.Invite(client, srv.URL, a.Token, "savequeries")
	if err != nil {
		return api, page, err
	}
	save := func(version int) (int, error) { return saveAnswer(client, srv.URL, vendor, version) }
	if _, err := save(0); err != nil {
		return api, page, err
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
	fewest := func(save func(version int) (int, error), from int) (counted, error) {
		var c counted
		for version := from; version < from+5; version++ {
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
			if version == from || n < c.statements || n == c.statements && waits < c.waits {
				c = counted{statements: n, waits: waits, gorm: stmts, size: size}
			}
		}
		return c, nil
	}
	api, err = fewest(save, 1)
	if err != nil {
		return api, counted{}, err
	}
	// The page: its first save, with the session, goes the whole way; the next ones are counted.
	pageSave, err := openPage(srv.URL, vendor)
	if err != nil {
		return api, counted{}, err
	}
	if _, err := pageSave(6); err != nil {
		return api, counted{}, err
	}
	page, err = fewest(pageSave, 7)
	if err != nil {
		return api, page, err
	}
	if prof.file != "" {
		err = prof.run(dialect, srv.URL, a.Token)
	}
	return api, page, err
}

// saveAnswer sends one autosave as the vendor with token, over version, and returns the size
// of the answer.
func saveAnswer(client *http.Client, base, vendor string, version int) (int, error) {
	return patchAnswer(client, base+"/api/v1/respond/answers", http.Header{"Authorization": {"Bearer " + vendor}}, version)
}

// openPage opens the vendor's link as a browser does and returns the autosave of the
// questionnaire page's script, with the session cookie and the page's CSRF token.
func openPage(base, vendor string) (func(version int) (int, error), error) {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Timeout: time.Minute, Jar: jar}
	res, err := client.Get(base + "/r/" + vendor)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(res.Body)
	res.Body.Close()
	m := csrfAttr.FindSubmatch(b)
	if err != nil || m == nil {
		return nil, fmt.Errorf("open the link: status %d, no CSRF token on the page (%v)", res.StatusCode, err)
	}
	hdr := http.Header{"X-Csrf-Token": {string(m[1])}}
	return func(version int) (int, error) { return patchAnswer(client, base+"/respond/answers", hdr, version) }, nil
}

var csrfAttr = regexp.MustCompile(`data-csrf="([^"]+)"`)

// patchAnswer sends one autosave to url with hdr, over version, and returns the size of the
// answer.
func patchAnswer(client *http.Client, url string, hdr http.Header, version int) (int, error) {
	req, _ := http.NewRequest(http.MethodPatch, url, assayproc.JSON(map[string]any{
		"answers":  map[string]string{"iso27001_scope": fmt.Sprintf("Payroll processing, revision %d", version)},
		"versions": map[string]int{"iso27001_scope": version}}))
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
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
