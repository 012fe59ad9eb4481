// Command portfolio measures the vendor list, the dashboard and the first page of the vendor
// exports at several portfolio sizes in the same run (by default 1,000 vendors and 10,000
// assessments against 100,000 vendors and 1,000,000 assessments), and counts the queries each
// page sends.
//
//	portfolio [-postgres-url URL] [-sqlite=true] [-runs 200] [-sizes 1000,100000] [-per-vendor 10] [-cpuprofile FILE] [-memprofile FILE]
//
// For each database (a fresh PostgreSQL database created on -postgres-url and dropped at the
// end; a SQLite file in TMPDIR) and each size it opens Assay in this process, bulk-loads the
// portfolio with apptest.SeedPortfolio (set-based SQL, then the summary migration's backfill),
// updates the planner's statistics, signs an analyst in, and then alternates the sizes request
// by request, runs times per page. The time is the handler's, from ServeHTTP called with the
// request to its return with the page rendered into memory: middleware (session lookup, CSRF),
// store queries and template; for an export, to its first bytes reaching the client (the
// writer's first flush, within the first page of vendors), after which the download is cut.
// Every size is compared with the first: the goal is a p95 at most 1.5 times the first size's.
// Queries are counted with a GORM callback on one request per page, and heap allocations per
// request averaged over 20 untimed ones (runtime.MemStats); the CPU time the process spends
// per timed request is averaged too, a figure a busy machine does not inflate; each query of
// the largest portfolio is EXPLAINed and the table scans and indexes it uses are listed.
//
// With -cpuprofile the timed requests (not the seeding) are profiled into FILE, for go tool pprof;
// with -memprofile their heap allocations (go tool pprof -sample_index=alloc_objects).
//
// Progress goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"gorm.io/gorm"

	"assay/app/apptest"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/store"
	"assay/bench/internal/benchdb"
	"assay/bench/internal/inapp"
)

func logf(format string, a ...any) { fmt.Fprintf(os.Stderr, "    "+format+"\n", a...) }

// row prints one line of the table bench/run.sh shows.
func row(what, value, goal, status string) {
	fmt.Printf("%-52s %14s %10s  %s\n", what, value, goal, status)
}

// maxRatio is the goal: a page's p95 at any size at most this many times its p95 at the first.
const maxRatio = 1.5

// page is one request measured on every portfolio size; deep pages start from a cursor in the
// middle of their list, computed before timing; export pages are timed to their first bytes.
type page struct {
	name, path string
	deep       bool
	export     bool
}

var pages = []page{
	{name: "dashboard", path: "/"},
	{name: "list, default (name)", path: "/vendors"},
	{name: "list, tier=critical by score desc", path: "/vendors?tier=critical&sort=score&dir=desc"},
	{name: "list, status=overdue by due", path: "/vendors?status=overdue&sort=due"},
	{name: "list, flag=flag_3 by updated desc", path: "/vendors?flag=flag_3&sort=updated&dir=desc"},
	{name: "list, rating=high by rating", path: "/vendors?rating=high&sort=rating"},
	{name: "list, search \"vendor 12\"", path: "/vendors?q=vendor+12"},
	{name: "list, search \"vendor 777\" (a name looked up)", path: "/vendors?q=vendor+777"},
	{name: "list, deep page (name)", path: "/vendors", deep: true},
	{name: "list, deep page tier=critical by score desc", path: "/vendors?tier=critical&sort=score&dir=desc", deep: true},
	{name: "API list, decision=approved by due", path: "/api/v1/vendors?decision=approved&sort=due"},
	{name: "API dashboard", path: "/api/v1/dashboard"},
	{name: "CSV export, first page", path: "/vendors/export.csv", export: true},
	{name: "XLSX export, first page, status=overdue", path: "/vendors/export.xlsx?status=overdue", export: true},
}

// portfolio is one running Assay over one seeded database.
type portfolio struct {
	vendors int
	app     *inapp.App
	handler http.Handler
	cookie  string
	paths   map[string]string // page name -> path with its cursor

	// lastRows is how many vendors the last list page showed, so a figure is never taken on an
	// empty page by mistake.
	lastRows int
	// body receives every page.
	body bytes.Buffer

	mu      sync.Mutex
	count   int
	capture bool
	stmts   []string
}

// cpuProfile and memProfile are the files -cpuprofile and -memprofile name; empty profiles nothing.
var cpuProfile, memProfile string

// dropOnSignal closes the Assays opened so far, dropping their databases, when the run is
// interrupted, as bench/run.sh's cleanup stops the program with SIGTERM.
var dropOnSignal struct {
	sync.Mutex
	drops []func()
}

func main() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-sig
		dropOnSignal.Lock()
		for _, d := range dropOnSignal.drops {
			d()
		}
		os.Exit(130)
	}()
	var (
		postgresURL     string
		useSQLite       bool
		runs, perVendor int
		sizeList        string
		only            string
	)
	flag.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the timed requests to this file")
	flag.StringVar(&memProfile, "memprofile", "", "write a profile of the timed requests' heap allocations to this file")
	flag.StringVar(&postgresURL, "postgres-url", "", "PostgreSQL server to create fresh databases on; empty skips PostgreSQL")
	flag.BoolVar(&useSQLite, "sqlite", true, "measure on SQLite too")
	flag.IntVar(&runs, "runs", 200, "requests per page and size")
	flag.StringVar(&sizeList, "sizes", "1000,100000", "vendors in each portfolio, comma separated; the first is the one the others are compared with")
	flag.IntVar(&perVendor, "per-vendor", 10, "assessments per vendor")
	flag.StringVar(&only, "only", "", "measure only the pages whose name matches this regular expression")
	flag.Parse()
	sizes, err := parseSizes(sizeList)
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: -sizes %q: %v\n", sizeList, err)
		os.Exit(2)
	}
	if only != "" {
		re, err := regexp.Compile(only)
		if err != nil {
			fmt.Fprintf(os.Stderr, "FAIL: -only %q: %v\n", only, err)
			os.Exit(2)
		}
		pages = slices.DeleteFunc(pages, func(p page) bool { return !re.MatchString(p.name) })
	}
	var dialects []string
	if postgresURL != "" {
		dialects = append(dialects, store.DialectPostgres)
	}
	if useSQLite {
		dialects = append(dialects, store.DialectSQLite)
	}
	for _, d := range dialects {
		if err := measure(d, postgresURL, runs, sizes, perVendor); err != nil {
			fmt.Fprintf(os.Stderr, "FAIL: portfolio on %s: %v\n", d, err)
			os.Exit(1)
		}
	}
}

// parseSizes reads -sizes: at least two vendor counts, each above zero.
func parseSizes(list string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a number of vendors", f)
		}
		sizes = append(sizes, n)
	}
	if len(sizes) < 2 {
		return nil, fmt.Errorf("two sizes or more are needed to compare")
	}
	return sizes, nil
}

func measure(dialect, postgresURL string, runs int, sizes []int, perVendor int) error {
	var ps []*portfolio
	defer func() {
		for _, p := range ps {
			p.close()
		}
	}()
	for _, n := range sizes {
		p, err := open(dialect, postgresURL, n, perVendor)
		if err != nil {
			return err
		}
		ps = append(ps, p)
	}
	short := map[string]string{store.DialectPostgres: "pg", store.DialectSQLite: "sqlite"}[dialect]
	stop, err := startProfile(short)
	if err != nil {
		return err
	}
	defer stop()
	largest := ps[len(ps)-1]
	for _, pg := range pages {
		// Queries and allocations per request, and the plans of the largest portfolio's queries.
		counts, rows, allocs := make([]string, len(ps)), make([]string, len(ps)), make([]string, len(ps))
		for i, p := range ps {
			if _, err := p.do(pg); err != nil { // warm: caches, the token's first-use stamp
				return err
			}
			p.mu.Lock()
			p.count, p.capture, p.stmts = 0, true, nil
			p.mu.Unlock()
			if _, err := p.do(pg); err != nil {
				return err
			}
			p.mu.Lock()
			counts[i], rows[i], p.capture = fmt.Sprint(p.count), fmt.Sprint(p.lastRows), false
			p.mu.Unlock()
			n, err := p.allocs(pg)
			if err != nil {
				return err
			}
			allocs[i] = fmt.Sprint(n)
		}
		times, cpu := make([][]time.Duration, len(ps)), make([]time.Duration, len(ps))
		for r := 0; r < runs; r++ {
			for i, p := range ps {
				c := processCPU()
				d, err := p.do(pg)
				if err != nil {
					return err
				}
				times[i], cpu[i] = append(times[i], d), cpu[i]+processCPU()-c
			}
		}
		p95s := make([]time.Duration, len(ps))
		for i, p := range ps {
			slices.Sort(times[i])
			p95s[i] = times[i][len(times[i])*95/100]
			row(fmt.Sprintf("%s %s, %s", short, pg.name, size(p.vendors)),
				fmt.Sprintf("%s/%s ms", ms(times[i][len(times[i])/2]), ms(p95s[i])), "", "")
		}
		for i, p := range ps[1:] {
			ratio := float64(p95s[i+1]) / float64(p95s[0])
			status := "met"
			if ratio > maxRatio {
				status = "NOT MET"
			}
			row(fmt.Sprintf("%s %s, ratio p95 %s/%s", short, pg.name, size(p.vendors), size(sizes[0])),
				fmt.Sprintf("%.2f", ratio), fmt.Sprintf("<= %.1f", maxRatio), status)
		}
		sizeNames, cpus := make([]string, len(ps)), make([]string, len(ps))
		for i, p := range ps {
			sizeNames[i], cpus[i] = size(p.vendors), ms(cpu[i]/time.Duration(runs))
		}
		// The wall times of a busy machine wait for a core; the CPU this process spends per
		// request (the database server's too, for SQLite) does not.
		row(fmt.Sprintf("%s %s, CPU ms/request %s", short, pg.name, strings.Join(sizeNames, " / ")), strings.Join(cpus, " / "), "", "")
		row(fmt.Sprintf("%s %s, queries %s", short, pg.name, strings.Join(sizeNames, " / ")), strings.Join(counts, " / "), "", "")
		row(fmt.Sprintf("%s %s, allocs %s", short, pg.name, strings.Join(sizeNames, " / ")), strings.Join(allocs, " / "), "", "")
		if !strings.Contains(pg.name, "dashboard") && !pg.export {
			row(fmt.Sprintf("%s %s, rows shown %s", short, pg.name, strings.Join(sizeNames, " / ")), strings.Join(rows, " / "), "", "")
		}
		plan, err := largest.explain()
		if err != nil {
			return err
		}
		row(fmt.Sprintf("%s %s, plan %s", short, pg.name, size(largest.vendors)), plan, "", "")
	}
	return nil
}

// startProfile starts the profiles -cpuprofile and -memprofile ask for, in files of their own per
// database; the returned function stops them and writes the allocations made since the start.
func startProfile(database string) (stop func(), err error) {
	var stops []func()
	stop = func() {
		for _, s := range slices.Backward(stops) {
			s()
		}
	}
	if memProfile != "" {
		f, err := os.Create(memProfile + "." + database)
		if err != nil {
			return nil, err
		}
		// Allocations are counted from here: the seeding's are dropped by comparing with a
		// profile taken now.
		runtime.MemProfileRate = 4096
		runtime.GC()
		before := pprof.Lookup("allocs")
		var base strings.Builder
		if err := before.WriteTo(&base, 0); err != nil {
			f.Close()
			return nil, err
		}
		baseFile := memProfile + "." + database + ".base"
		if err := os.WriteFile(baseFile, []byte(base.String()), 0o644); err != nil {
			f.Close()
			return nil, err
		}
		stops = append(stops, func() {
			runtime.GC()
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
			logf("allocations: go tool pprof -sample_index=alloc_objects -base %s BINARY %s", baseFile, f.Name())
		})
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile + "." + database)
		if err != nil {
			stop()
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			stop()
			return nil, err
		}
		stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
	}
	return stop, nil
}

// processCPU is the CPU time this process has spent, user and system, garbage collection
// included.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// size names a portfolio size as the rows show it: 1000 is 1k.
func size(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

// open creates a database, seeds n vendors and starts Assay on it.
func open(dialect, postgresURL string, n, perVendor int) (*portfolio, error) {
	ctx := context.Background()
	a, err := inapp.Open(ctx, dialect, postgresURL, "portfolio")
	if err != nil {
		return nil, err
	}
	dropOnSignal.Lock()
	dropOnSignal.drops = append(dropOnSignal.drops, a.Close)
	dropOnSignal.Unlock()
	p := &portfolio{vendors: n, app: a, handler: a.Web.Handler(), paths: map[string]string{}}
	if err := p.seed(ctx, dialect, perVendor); err != nil {
		a.Close()
		return nil, err
	}
	return p, nil
}

// seed fills the portfolio's database, signs the analyst in and prepares the pages.
func (p *portfolio) seed(ctx context.Context, dialect string, perVendor int) error {
	a, n := p.app, p.vendors
	logf("%s: seeding %d vendors, %d assessments each", dialect, n, perVendor)
	start := time.Now()
	if err := apptest.SeedPortfolio(ctx, a.Store, apptest.PortfolioSeed{Vendors: n, PerVendor: perVendor, Today: time.Now(), SenderID: a.UserID}); err != nil {
		return err
	}
	analyze := "ANALYZE"
	if dialect == store.DialectPostgres {
		analyze = "VACUUM ANALYZE"
	}
	if err := a.Store.DB().Exec(analyze).Error; err != nil {
		return err
	}
	var counts struct{ Vendors, Assessments, Results int64 }
	db := a.Store.DB()
	db.Table("vendors").Count(&counts.Vendors)
	db.Table("assessments").Count(&counts.Assessments)
	db.Table("results").Count(&counts.Results)
	logf("%s: %d vendors, %d assessments, %d results loaded and summarised in %s", dialect, counts.Vendors, counts.Assessments,
		counts.Results, time.Since(start).Round(time.Millisecond))
	in, err := a.Auth.Login(ctx, auth.Attempt{Email: inapp.Email, Password: inapp.Password, IP: "127.0.0.1"})
	if err != nil {
		return err
	}
	p.cookie = in.Token
	if err := p.cursors(); err != nil {
		return err
	}
	p.countQueries(db)
	return nil
}

// cursors finds, for each deep page, the cursor of the vendor in the middle of its list.
func (p *portfolio) cursors() error {
	for _, pg := range pages {
		if !pg.deep {
			continue
		}
		u, _ := url.Parse(pg.path)
		q := u.Query()
		key, order, where := "lower(name)", "lower(name), id", "1 = 1"
		c := model.Cursor{Sort: "name"}
		if q.Get("sort") == "score" {
			key, order, where, c = "score", "score DESC, id DESC", "tier = 'critical'", model.Cursor{Sort: "score", Desc: true}
		}
		var total int64
		p.app.Store.DB().Table("vendors").Where(where).Count(&total)
		var r struct {
			K  string
			ID uint
		}
		err := p.app.Store.DB().Raw(fmt.Sprintf("SELECT CAST(%s AS TEXT) AS k, id FROM vendors WHERE %s ORDER BY %s LIMIT 1 OFFSET %d", key, where, order, total/2)).Scan(&r).Error
		if err != nil {
			return err
		}
		c.Key, c.ID = r.K, r.ID
		q.Set("cursor", c.Encode())
		p.paths[pg.name] = u.Path + "?" + q.Encode()
	}
	return nil
}

// countQueries counts every statement and, while capturing, keeps it with its values for EXPLAIN.
func (p *portfolio) countQueries(db *gorm.DB) {
	hook := func(tx *gorm.DB) {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.count++
		if p.capture {
			p.stmts = append(p.stmts, tx.Dialector.Explain(tx.Statement.SQL.String(), tx.Statement.Vars...))
		}
	}
	benchdb.OnStatement(db, hook)
}

var (
	pgPlanNode     = regexp.MustCompile(`(Seq Scan on \w+|Index Only Scan(?: Backward)? using \w+|Index Scan(?: Backward)? using \w+|Bitmap Index Scan on \w+)`)
	pgPlanWords    = strings.NewReplacer("Index Only Scan", "ios", "Index Scan", "is", "Bitmap Index Scan on", "bitmap", "Seq Scan on", "SEQ", " using", "")
	sqlitePlanNode = regexp.MustCompile(`^(SCAN \w+(?: USING (?:COVERING )?INDEX \w+)?|SEARCH \w+ USING (?:(?:COVERING )?INDEX \w+|(?:INTEGER )?PRIMARY KEY)|USE TEMP B-TREE FOR [A-Z ]+)`)
	// A SCAN without an index reads the whole table (SEQ); with one it walks that index in order
	// (scan), which a LIMIT may stop early; SEARCH looks a range up (is, ios when covering).
	sqlitePlanWords = strings.NewReplacer("SEARCH ", "", "SCAN ", "scan ", "USING COVERING INDEX", "ios", "USING INDEX", "is",
		"USING INTEGER PRIMARY KEY", "pk", "USING PRIMARY KEY", "pk", "USE TEMP B-TREE FOR", "SORT")
)

// explain lists the scans of the captured statements that read the portfolio tables.
func (p *portfolio) explain() (string, error) {
	p.mu.Lock()
	stmts := slices.Clone(p.stmts)
	p.mu.Unlock()
	seen := map[string]bool{}
	db := p.app.Store.DB()
	for _, s := range stmts {
		if !strings.Contains(s, "vendor") || !strings.HasPrefix(strings.TrimSpace(s), "SELECT") {
			continue
		}
		if p.app.Store.Dialect() == store.DialectPostgres {
			var lines []string
			if err := db.Raw("EXPLAIN " + s).Scan(&lines).Error; err != nil {
				return "", fmt.Errorf("explain %s: %w", s, err)
			}
			for _, l := range lines {
				for _, m := range pgPlanNode.FindAllString(l, -1) {
					seen[pgPlanWords.Replace(m)] = true
				}
			}
			continue
		}
		var steps []struct{ Detail string }
		if err := db.Raw("EXPLAIN QUERY PLAN " + s).Scan(&steps).Error; err != nil {
			return "", fmt.Errorf("explain %s: %w", s, err)
		}
		for _, st := range steps {
			m := sqlitePlanNode.FindString(st.Detail)
			if m == "" {
				continue
			}
			w := sqlitePlanWords.Replace(m)
			if strings.HasPrefix(w, "scan ") && !strings.Contains(w, " is ") && !strings.Contains(w, " ios ") {
				w = "SEQ " + strings.TrimPrefix(w, "scan ")
			}
			seen[w] = true
		}
	}
	out := slices.Sorted(maps.Keys(seen))
	return strings.Join(out, ", "), nil
}

// firstBytes is a response writer that keeps nothing and stops the handler at its first body
// write: the figure is how long the client waits for the download to start, and the rest of a
// large portfolio is not read.
type firstBytes struct {
	header http.Header
	code   int
}

func (w *firstBytes) Header() http.Header { return w.header }
func (w *firstBytes) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
}
func (w *firstBytes) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	// The handler's own abort: Echo's recovery passes http.ErrAbortHandler on, unlogged.
	panic(http.ErrAbortHandler)
}

// do sends one request to the handler and returns how long it took to serve.
func (p *portfolio) do(pg page) (time.Duration, error) {
	path := pg.path
	if c, ok := p.paths[pg.name]; ok {
		path = c
	}
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if strings.HasPrefix(path, "/api/") {
		req.Header.Set("Authorization", "Bearer "+p.app.Token)
	} else {
		req.AddCookie(&http.Cookie{Name: "assay_session", Value: p.cookie})
	}
	if pg.export {
		return p.firstBytes(req)
	}
	// The page goes into the same buffer every time and is read where it lies: as a socket
	// takes a response, the measurement leaves no garbage of its own for the collector, which
	// would otherwise weigh on a large page more than on a small one.
	rec := httptest.NewRecorder()
	p.body.Reset()
	rec.Body = &p.body
	start := time.Now()
	p.handler.ServeHTTP(rec, req)
	d := time.Since(start)
	if rec.Code != http.StatusOK {
		body, _ := io.ReadAll(rec.Body)
		return d, fmt.Errorf("GET %s: %d %.300s", path, rec.Code, body)
	}
	b := p.body.Bytes()
	p.lastRows = bytes.Count(b, []byte(`<tr data-vendor=`)) + bytes.Count(b, []byte(`"website":`))
	return d, nil
}

// allocsRuns is how many untimed requests allocs averages over.
const allocsRuns = 20

// allocs is the number of heap allocations one request of pg makes, on average over allocsRuns
// untimed requests: the whole process's, so the test request and recorder count too, alike at
// every size.
func (p *portfolio) allocs(pg page) (uint64, error) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range allocsRuns {
		if _, err := p.do(pg); err != nil {
			return 0, err
		}
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / allocsRuns, nil
}

// firstBytes times an export to its first body write.
func (p *portfolio) firstBytes(req *http.Request) (d time.Duration, err error) {
	w := &firstBytes{header: http.Header{}}
	start := time.Now()
	defer func() {
		d = time.Since(start)
		if r := recover(); r != nil && r != http.ErrAbortHandler {
			panic(r)
		}
		if w.code != http.StatusOK {
			err = fmt.Errorf("GET %s: %d before any bytes", req.URL, w.code)
		}
	}()
	p.handler.ServeHTTP(w, req)
	return 0, fmt.Errorf("GET %s: returned without writing", req.URL)
}

func (p *portfolio) close() {
	p.app.Close()
}
