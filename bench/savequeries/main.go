// Command savequeries counts the SQL statements one vendor autosave sends, and lists them, on
// SQLite and (with -postgres-url) PostgreSQL.
//
//	savequeries [-postgres-url URL] [-list]
//
// It builds Assay in this process on a fresh database (as bench/portfolio does), serves it on
// a loopback port, sends a questionnaire through the API, saves one answer as the vendor (the
// first save also starts the assessment), and then counts, with a GORM callback, the
// statements of the next save: PATCH /api/v1/respond/answers with one answer and its version,
// as the questionnaire page's script sends it. BEGIN and COMMIT are not GORM statements and
// are not counted.
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
	"os"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"

	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/model"
	"assay/app/store"
	"assay/bench/internal/assayproc"
	"assay/bench/internal/benchdb"
)

func main() {
	postgresURL := flag.String("postgres-url", "", "PostgreSQL server to create a fresh database on; empty runs SQLite only")
	list := flag.Bool("list", false, "print each statement to stderr")
	flag.Parse()
	databases := []string{store.DialectSQLite}
	if *postgresURL != "" {
		databases = append(databases, store.DialectPostgres)
	}
	for _, db := range databases {
		stmts, size, err := count(db, *postgresURL)
		if err != nil {
			fmt.Fprintf(os.Stderr, "savequeries: %s: %v\n", db, err)
			os.Exit(1)
		}
		if *list {
			fmt.Fprintf(os.Stderr, "%s: the statements of one autosave:\n  %s\n", db, strings.Join(stmts, "\n  "))
		}
		fmt.Printf("%-52s %14s\n", "autosave "+db+": statements / response bytes", fmt.Sprintf("%d / %d", len(stmts), size))
	}
}

// count returns the statements of one autosave on dialect and the size of its response.
func count(dialect, postgresURL string) ([]string, int, error) {
	dir, err := os.MkdirTemp("", "assay-savequeries-")
	if err != nil {
		return nil, 0, err
	}
	defer os.RemoveAll(dir)
	env := map[string]string{"ASSAY_DATA_DIR": dir, "ASSAY_LOG_LEVEL": "error", "ASSAY_BASE_URL": "http://127.0.0.1"}
	if dialect == store.DialectPostgres {
		u, drop, err := benchdb.Create(postgresURL)
		if err != nil {
			return nil, 0, err
		}
		defer drop()
		env["ASSAY_DATABASE_URL"] = u
	}
	cfg, err := config.Load(nil, func(k string) string { return env[k] })
	if err != nil {
		return nil, 0, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a, err := assay.Open(ctx, cfg, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})), true)
	if err != nil {
		return nil, 0, err
	}
	defer a.Close()
	srv := httptest.NewServer(a.Web.Handler())
	defer srv.Close()
	const email = "bench@analysts.example"
	if _, _, err := a.Auth.CreateUser(ctx, auth.NewUser{Email: email, Role: model.RoleAnalyst, Name: "Bench",
		Password: "savequeries-bench-password"}, audit.System); err != nil {
		return nil, 0, err
	}
	token, err := a.Auth.CreateAPIToken(ctx, email, "bench", audit.System)
	if err != nil {
		return nil, 0, err
	}
	client := &http.Client{Timeout: time.Minute}
	vendor, _, err := assayproc.Invite(client, srv.URL, token, "savequeries")
	if err != nil {
		return nil, 0, err
	}
	save := func(version int) (int, error) {
		req, _ := http.NewRequest(http.MethodPatch, srv.URL+"/api/v1/respond/answers", assayproc.JSON(map[string]any{
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
	if _, err := save(0); err != nil {
		return nil, 0, err
	}
	var (
		mu    sync.Mutex
		stmts []string
	)
	hook := func(tx *gorm.DB) {
		mu.Lock()
		stmts = append(stmts, tx.Statement.SQL.String())
		mu.Unlock()
	}
	benchdb.OnStatement(a.Store.DB(), hook)
	size, err := save(1)
	mu.Lock()
	defer mu.Unlock()
	return stmts, size, err
}
