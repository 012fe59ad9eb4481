// Package assay wires the configured parts into a running application: database, evidence
// store, mail, services and the web server. The command and the tests both start Assay here.
package assay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/riverqueue/river"

	"assay/app/assessments"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/evidence"
	"assay/app/jobs"
	"assay/app/mail"
	"assay/app/notify"
	"assay/app/store"
	"assay/app/vendors"
	"assay/app/web"
	"assay/questionnaires"
)

// App is a configured Assay.
type App struct {
	Config      config.Config
	Log         *slog.Logger
	Store       *store.Store
	Evidence    evidence.Storage
	Auth        *auth.Service
	Vendors     *vendors.Service
	Assessments *assessments.Service
	Web         *web.Server
	Jobs        *jobs.Queue
}

// Open connects to the database and evidence store, applies migrations when migrate is set
// (refusing to run on a schema that is behind otherwise) and builds the services.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger, migrate bool) (*App, error) {
	now := func() time.Time { return time.Now().UTC() }
	st, err := store.Open(ctx, cfg.DatabaseURL, cfg.SQLitePath())
	if err != nil {
		return nil, err
	}
	a := &App{Config: cfg, Log: log, Store: st}
	if migrate {
		if err := st.Migrate(ctx); err == nil {
			err = jobs.Migrate(ctx, st)
		}
		if err != nil {
			st.Close()
			return nil, err
		}
	} else if pending, err := st.Pending(ctx); err != nil || pending {
		st.Close()
		if err == nil {
			err = errors.New("assay: the database schema is behind; run `assay migrate` first")
		}
		return nil, err
	}
	if cfg.S3Bucket != "" {
		a.Evidence, err = evidence.NewS3(ctx, evidence.S3Config{Bucket: cfg.S3Bucket, Endpoint: cfg.S3Endpoint, Region: cfg.S3Region,
			PathStyle: cfg.S3PathStyle})
	} else {
		a.Evidence, err = evidence.NewLocal(cfg.EvidenceDir())
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	var sender mail.Sender
	if cfg.SMTPURL != "" {
		smtp, err := mail.NewSMTP(cfg.SMTPURL, cfg.MailFrom)
		if err != nil {
			st.Close()
			return nil, err
		}
		sender = smtp
	}
	a.Auth = &auth.Service{Store: st, Now: now, Idle: cfg.SessionIdle, Absolute: cfg.SessionAbsolute}
	a.Vendors = &vendors.Service{Store: st, Now: now}
	a.Assessments = &assessments.Service{Store: st, Evidence: a.Evidence, Log: log, Now: now, BaseURL: cfg.BaseURL,
		Grace: cfg.InvitationGrace, MaxAge: cfg.InvitationMaxAge, MaxUploadBytes: cfg.MaxUploadBytes,
		Mailer: &notify.Mailer{Store: st, Sender: sender, Now: now, Log: log}}
	a.Assessments.Cadence = cfg.ReassessCadence
	if err := a.Assessments.LoadQuestionnaires(questionnaires.FS); err != nil {
		st.Close()
		return nil, err
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &assessments.ScoreWorker{Service: a.Assessments})
	river.AddWorker(workers, &assessments.ExtractWorker{Service: a.Assessments})
	if a.Jobs, err = jobs.New(ctx, st, cfg.DatabaseURL, workers, log); err != nil {
		st.Close()
		return nil, err
	}
	a.Assessments.Jobs = a.Jobs
	a.Web, err = web.New(web.Deps{Config: cfg, Store: st, Auth: a.Auth, Vendors: a.Vendors, Assessments: a.Assessments,
		Evidence: a.Evidence, Log: log, Now: now})
	if err != nil {
		st.Close()
		return nil, err
	}
	return a, nil
}

// Close releases the database.
func (a *App) Close() error {
	a.Jobs.Close()
	return a.Store.Close()
}

// Serve listens on the configured address until ctx ends, then shuts down gracefully.
func (a *App) Serve(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", a.Config.Addr)
	if err != nil {
		return fmt.Errorf("assay: listen: %w", err)
	}
	return a.ServeListener(ctx, ln, ready)
}

// ServeListener serves on ln until ctx ends.
func (a *App) ServeListener(ctx context.Context, ln net.Listener, ready func(addr string)) error {
	// Timeouts live on the server, not in Echo's Timeout middleware, which races. Uploads of
	// large files need a long read timeout; slow-header clients are cut off quickly.
	srv := &http.Server{Handler: a.Web.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Minute,
		WriteTimeout: 30 * time.Minute, IdleTimeout: 2 * time.Minute}
	if err := a.Jobs.Start(ctx); err != nil {
		if ctx.Err() != nil {
			// Stopped before it began serving: not an error.
			return nil
		}
		return err
	}
	go a.background(ctx)
	var err error
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err = <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err = srv.Shutdown(shut)
	// Jobs still running get the rest of the grace period; unfinished ones run after a restart.
	if jerr := a.Jobs.Stop(shut); jerr != nil && err == nil && !errors.Is(jerr, context.DeadlineExceeded) {
		err = jerr
	}
	return err
}

// background tidies expired sessions.
func (a *App) background(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if err := a.Store.DeleteExpiredSessions(ctx, time.Now().UTC()); err != nil && ctx.Err() == nil {
			a.Log.Warn("delete expired sessions", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
