// Package inapp opens Assay inside the benchmark's own process, for the benchmarks that watch
// its statements from within (through the store's GORM handle), where assayproc's child
// process would hide them.
package inapp

import (
	"context"
	"log/slog"
	"os"

	"assay/app/assay"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/model"
	"assay/app/store"
	"assay/bench/internal/benchdb"
)

// The analyst Open creates, who signs in with this password and calls the API with Token.
const (
	Email    = "bench@analysts.example"
	Password = "inapp-bench-password"
)

// App is Assay opened on a fresh data folder and, on PostgreSQL, a fresh database, with an
// analyst and the analyst's API token.
type App struct {
	*assay.App
	UserID uint
	Token  string
	undo   []func()
}

// Open opens Assay for dialect, on a new temporary folder named after name and, for
// PostgreSQL, a new database on postgresURL; it migrates, logs errors only, and creates the
// analyst. Close undoes all of it.
func Open(ctx context.Context, dialect, postgresURL, name string) (*App, error) {
	dir, err := os.MkdirTemp("", "assay-"+name+"-")
	if err != nil {
		return nil, err
	}
	a := &App{undo: []func(){func() { os.RemoveAll(dir) }}}
	env := map[string]string{"ASSAY_DATA_DIR": dir, "ASSAY_LOG_LEVEL": "error", "ASSAY_BASE_URL": "http://127.0.0.1"}
	if dialect == store.DialectPostgres {
		u, drop, err := benchdb.Create(postgresURL)
		if err != nil {
			a.Close()
			return nil, err
		}
		env["ASSAY_DATABASE_URL"], a.undo = u, append(a.undo, drop)
	}
	if err := a.open(ctx, env); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

func (a *App) open(ctx context.Context, env map[string]string) error {
	cfg, err := config.Load(nil, func(k string) string { return env[k] })
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	a.undo = append(a.undo, cancel)
	app, err := assay.Open(ctx, cfg, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})), true)
	if err != nil {
		return err
	}
	a.App, a.undo = app, append(a.undo, func() { app.Close() })
	u, _, err := app.Accounts.CreateUser(ctx, auth.NewUser{Email: Email, Role: model.RoleAnalyst, Name: "Bench", Password: Password}, audit.System)
	if err != nil {
		return err
	}
	a.UserID = u.ID
	a.Token, err = app.Accounts.CreateAPIToken(ctx, Email, "bench", audit.System)
	return err
}

// Close stops Assay, drops the database and removes the folder; it may be called again.
func (a *App) Close() {
	for i := len(a.undo) - 1; i >= 0; i-- {
		a.undo[i]()
	}
	a.undo = nil
}
