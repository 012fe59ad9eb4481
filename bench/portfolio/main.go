// Command portfolio measures the vendor list and the dashboard with 10,000 vendors and 100,000
// assessments against 1,000 vendors and 10,000 assessments, in the same run, and counts the
// queries each page sends.
//
//	portfolio [-postgres-url URL] [-sqlite=true] [-runs 200] [-small 1000] [-large 10000] [-per-vendor 10]
//
// For each database (a fresh PostgreSQL database created on -postgres-url and dropped at the
// end; a SQLite file in TMPDIR) and each size it opens Assay in this process, bulk-loads the
// portfolio with apptest.SeedPortfolio (set-based SQL, then the summary migration's backfill),
// updates the planner's statistics, signs an analyst in, and then alternates the two sizes
// request by request, runs times per page. The time is the handler's, from ServeHTTP called
// with the request to its return with the page rendered into memory: middleware (session
// lookup, CSRF), store queries and template. Queries are counted with a GORM callback on one
// request per page; on PostgreSQL each query of the large portfolio is EXPLAINed and the
// table scans and indexes it uses are listed.
//
// Progress goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"gorm.io/gorm"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/model"
	"assay/app/store"
	"assay/bench/internal/benchdb"
)

func logf(format string, a ...any) { fmt.Fprintf(os.Stderr, "    "+format+"\n", a...) }

func row(what, value string) { fmt.Printf("%-52s %14s\n", what, value) }

// page is one request measured on both portfolio sizes; deep pages start from a cursor in the
// middle of their list, computed before timing.
type page struct {
	name, path string
	deep       bool
}

var pages = []page{
	{name: "dashboard", path: "/"},
	{name: "list, default (name)", path: "/vendors"},
	{name: "list, tier=critical by score desc", path: "/vendors?tier=critical&sort=score&dir=desc"},
	{name: "list, status=overdue by due", path: "/vendors?status=overdue&sort=due"},
	{name: "list, flag=flag_3 by updated desc", path: "/vendors?flag=flag_3&sort=updated&dir=desc"},
	{name: "list, rating=high by rating", path: "/vendors?rating=high&sort=rating"},
	{name: "list, search \"vendor 12\"", path: "/vendors?q=vendor+12"},
	{name: "list, deep page (name)", path: "/vendors", deep: true},
	{name: "list, deep page tier=critical by score desc", path: "/vendors?tier=critical&sort=score&dir=desc", deep: true},
	{name: "API list, decision=approved by due", path: "/api/v1/vendors?decision=approved&sort=due"},
	{name: "API dashboard", path: "/api/v1/dashboard"},
}

// portfolio is one running Assay over one seeded database.
type portfolio struct {
	vendors int
	app     *assay.App
	handler http.Handler
	cookie  string
	token   string
	cancel  func()
	drop    func()
	paths   map[string]string // page name -> path with its cursor

	// lastRows is how many vendors the last list page showed, so a figure is never taken on an
	// empty page by mistake.
	lastRows int

	mu      sync.Mutex
	count   int
	capture bool
	stmts   []string
}

// dropOnSignal drops the databases made so far when the run is interrupted, as bench/run.sh's
// cleanup stops the program with SIGTERM.
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
		postgresURL        string
		useSQLite          bool
		runs, small, large int
		perVendor          int
	)
	flag.StringVar(&postgresURL, "postgres-url", "", "PostgreSQL server to create fresh databases on; empty skips PostgreSQL")
	flag.BoolVar(&useSQLite, "sqlite", true, "measure on SQLite too")
	flag.IntVar(&runs, "runs", 200, "requests per page and size")
	flag.IntVar(&small, "small", 1000, "vendors in the small portfolio")
	flag.IntVar(&large, "large", 10000, "vendors in the large portfolio")
	flag.IntVar(&perVendor, "per-vendor", 10, "assessments per vendor")
	flag.Parse()
	var dialects []string
	if postgresURL != "" {
		dialects = append(dialects, store.DialectPostgres)
	}
	if useSQLite {
		dialects = append(dialects, store.DialectSQLite)
	}
	for _, d := range dialects {
		if err := measure(d, postgresURL, runs, small, large, perVendor); err != nil {
			fmt.Fprintf(os.Stderr, "FAIL: portfolio on %s: %v\n", d, err)
			os.Exit(1)
		}
	}
}

func measure(dialect, postgresURL string, runs, small, large, perVendor int) error {
	var ps []*portfolio
	defer func() {
		for _, p := range ps {
			p.close()
		}
	}()
	for _, n := range []int{small, large} {
		p, err := open(dialect, postgresURL, n, perVendor)
		if err != nil {
			return err
		}
		ps = append(ps, p)
	}
	short := map[string]string{store.DialectPostgres: "pg", store.DialectSQLite: "sqlite"}[dialect]
	for _, pg := range pages {
		// Queries per request, and on PostgreSQL the plans of the large portfolio's queries.
		counts, rows := make([]int, len(ps)), make([]int, len(ps))
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
			counts[i], rows[i], p.capture = p.count, p.lastRows, false
			p.mu.Unlock()
		}
		times := make([][]time.Duration, len(ps))
		for r := 0; r < runs; r++ {
			for i, p := range ps {
				d, err := p.do(pg)
				if err != nil {
					return err
				}
				times[i] = append(times[i], d)
			}
		}
		p50s := make([]time.Duration, len(ps))
		for i, p := range ps {
			slices.Sort(times[i])
			p50s[i] = times[i][len(times[i])/2]
			row(fmt.Sprintf("%s %s, %s", short, pg.name, size(p.vendors)),
				fmt.Sprintf("%s/%s ms", ms(p50s[i]), ms(times[i][len(times[i])*95/100])))
		}
		row(fmt.Sprintf("%s %s, ratio p50 %s/%s", short, pg.name, size(large), size(small)),
			fmt.Sprintf("%.2f", float64(p50s[1])/float64(p50s[0])))
		row(fmt.Sprintf("%s %s, queries %s / %s", short, pg.name, size(small), size(large)), fmt.Sprintf("%d / %d", counts[0], counts[1]))
		if !strings.Contains(pg.name, "dashboard") {
			row(fmt.Sprintf("%s %s, rows shown %s / %s", short, pg.name, size(small), size(large)), fmt.Sprintf("%d / %d", rows[0], rows[1]))
		}
		if dialect == store.DialectPostgres {
			plan, err := ps[1].explain()
			if err != nil {
				return err
			}
			row(fmt.Sprintf("%s %s, plan %s", short, pg.name, size(large)), plan)
		}
	}
	return nil
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
	p := &portfolio{vendors: n, drop: func() {}, cancel: func() {}, paths: map[string]string{}}
	dir, err := os.MkdirTemp("", "assay-portfolio-")
	if err != nil {
		return nil, err
	}
	env := map[string]string{"ASSAY_DATA_DIR": dir, "ASSAY_LOG_LEVEL": "error", "ASSAY_BASE_URL": "http://127.0.0.1"}
	if dialect == store.DialectPostgres {
		u, drop, err := benchdb.Create(postgresURL)
		if err != nil {
			return nil, err
		}
		env["ASSAY_DATABASE_URL"], p.drop = u, drop
		dropOnSignal.Lock()
		dropOnSignal.drops = append(dropOnSignal.drops, drop)
		dropOnSignal.Unlock()
	}
	cfg, err := config.Load(nil, func(k string) string { return env[k] })
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	a, err := assay.Open(ctx, cfg, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})), true)
	if err != nil {
		p.drop()
		return nil, err
	}
	p.app, p.handler = a, a.Web.Handler()
	const email, password = "bench@analysts.example", "portfolio-bench-password"
	u, _, err := a.Auth.CreateUser(ctx, auth.NewUser{Email: email, Role: model.RoleAnalyst, Name: "Bench", Password: password}, audit.System)
	if err != nil {
		return p, err
	}
	logf("%s: seeding %d vendors, %d assessments each", dialect, n, perVendor)
	start := time.Now()
	if err := apptest.SeedPortfolio(ctx, a.Store, apptest.PortfolioSeed{Vendors: n, PerVendor: perVendor, Today: time.Now(), SenderID: u.ID}); err != nil {
		return p, err
	}
	analyze := "ANALYZE"
	if dialect == store.DialectPostgres {
		analyze = "VACUUM ANALYZE"
	}
	if err := a.Store.DB().Exec(analyze).Error; err != nil {
		return p, err
	}
	var counts struct{ Vendors, Assessments, Results int64 }
	db := a.Store.DB()
	db.Table("vendors").Count(&counts.Vendors)
	db.Table("assessments").Count(&counts.Assessments)
	db.Table("results").Count(&counts.Results)
	logf("%s: %d vendors, %d assessments, %d results loaded and summarised in %s", dialect, counts.Vendors, counts.Assessments,
		counts.Results, time.Since(start).Round(time.Millisecond))
	if in, err := a.Auth.Login(ctx, auth.Attempt{Email: email, Password: password, IP: "127.0.0.1"}); err != nil {
		return p, err
	} else {
		p.cookie = in.Token
	}
	if p.token, err = a.Auth.CreateAPIToken(ctx, email, "bench", audit.System); err != nil {
		return p, err
	}
	if err := p.cursors(); err != nil {
		return p, err
	}
	p.countQueries(db)
	return p, nil
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

var planNode = regexp.MustCompile(`(Seq Scan on \w+|Index Only Scan(?: Backward)? using \w+|Index Scan(?: Backward)? using \w+|Bitmap Index Scan on \w+)`)

// explain lists the scans of the captured statements that read the portfolio tables.
func (p *portfolio) explain() (string, error) {
	p.mu.Lock()
	stmts := slices.Clone(p.stmts)
	p.mu.Unlock()
	seen := map[string]bool{}
	for _, s := range stmts {
		if !strings.Contains(s, "vendor") || !strings.HasPrefix(strings.TrimSpace(s), "SELECT") {
			continue
		}
		var lines []string
		if err := p.app.Store.DB().Raw("EXPLAIN " + s).Scan(&lines).Error; err != nil {
			return "", fmt.Errorf("explain %s: %w", s, err)
		}
		for _, l := range lines {
			for _, m := range planNode.FindAllString(l, -1) {
				m = strings.NewReplacer("Index Only Scan", "ios", "Index Scan", "is", "Bitmap Index Scan on", "bitmap", "Seq Scan on", "SEQ", " using", "").Replace(m)
				seen[m] = true
			}
		}
	}
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", "), nil
}

// do sends one request to the handler and returns how long it took to serve.
func (p *portfolio) do(pg page) (time.Duration, error) {
	path := pg.path
	if c, ok := p.paths[pg.name]; ok {
		path = c
	}
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if strings.HasPrefix(path, "/api/") {
		req.Header.Set("Authorization", "Bearer "+p.token)
	} else {
		req.AddCookie(&http.Cookie{Name: "assay_session", Value: p.cookie})
	}
	rec := httptest.NewRecorder()
	start := time.Now()
	p.handler.ServeHTTP(rec, req)
	d := time.Since(start)
	if rec.Code != http.StatusOK {
		body, _ := io.ReadAll(rec.Body)
		return d, fmt.Errorf("GET %s: %d %.300s", path, rec.Code, body)
	}
	p.lastRows = strings.Count(rec.Body.String(), `<tr data-vendor=`) + strings.Count(rec.Body.String(), `"website":`)
	return d, nil
}

func (p *portfolio) close() {
	p.cancel()
	if p.app != nil {
		p.app.Close()
	}
	p.drop()
}
