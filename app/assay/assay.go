// Package assay wires the configured parts into a running application: database, evidence
// store, mail, services and the web server. The command and the tests both start Assay here.
package assay

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/riverqueue/river"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/dashboard"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/jobs"
	"assay/app/mail"
	"assay/app/metrics"
	"assay/app/notify"
	"assay/app/pipeline"
	"assay/app/questionnaire"
	"assay/app/reading"
	"assay/app/reading/ocr"
	"assay/app/reassess"
	"assay/app/reminders"
	"assay/app/responses"
	"assay/app/review"
	"assay/app/sso"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/vendors"
	"assay/app/web"
	"assay/app/webhooks"
	"assay/questionnaires"
)

// App is a configured Assay. The services the pages and the API call are the web layer's
// Deps, embedded so that a.Auth, a.Review and the rest name the very values the handlers use.
type App struct {
	web.Deps
	Store     *store.Store
	Web       *web.Server
	Jobs      *jobs.Queue
	Reminders *reminders.Service
	// Sweeps are the periodic checks run by the sweep job; a feature adds its own to the list in Open.
	Sweeps *jobs.Sweeps
}

// Option changes how Open builds the app.
type Option func(*options)

type options struct {
	now            func() time.Time
	questionnaires fs.FS
}

// WithClock makes every service read the time from now, so tests can run days ahead.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithQuestionnaires installs the questionnaire files of fsys instead of the shipped ones.
func WithQuestionnaires(fsys fs.FS) Option { return func(o *options) { o.questionnaires = fsys } }

// Open connects to the database and evidence store, applies migrations when migrate is set
// (refusing to run on a schema that is behind otherwise) and builds the services.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger, migrate bool, opts ...Option) (*App, error) {
	o := options{now: func() time.Time { return time.Now().UTC() }, questionnaires: questionnaires.FS}
	for _, opt := range opts {
		opt(&o)
	}
	now := o.now
	st, err := store.Open(ctx, cfg.DatabaseURL, cfg.SQLitePath(), now)
	if err != nil {
		return nil, err
	}
	a := &App{Deps: web.Deps{Config: cfg, Log: log, Now: now, Database: st}, Store: st}
	key, err := audit.LoadKey(cfg.AuditKeyPath())
	if err != nil {
		st.Close()
		return nil, err
	}
	st.SetAuditKey(key)
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
	if err := audit.EnsureKeyed(ctx, st, now()); err != nil {
		st.Close()
		return nil, err
	}
	if cfg.S3Bucket != "" {
		a.Evidence, err = storage.NewS3(ctx, storage.S3Config{Bucket: cfg.S3Bucket, Endpoint: cfg.S3Endpoint, Region: cfg.S3Region,
			PathStyle: cfg.S3PathStyle, SSE: cfg.S3SSE, SSEKMSKeyID: cfg.S3SSEKMSKeyID, Checksum: cfg.S3Checksum})
	} else {
		a.Evidence, err = storage.NewLocal(cfg.EvidenceDir())
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	// A local folder belongs to this process alone, so every temporary file in it at start was
	// left by a crash; in a bucket other replicas may be uploading, so only old uploads go.
	cutoff := time.Now().Add(-storage.StaleAge)
	if cfg.S3Bucket == "" {
		cutoff = time.Now()
	}
	if tidier, ok := a.Evidence.(storage.Tidier); ok {
		if n, err := tidier.RemoveStale(ctx, cutoff); err != nil {
			log.Warn("could not remove leftovers of interrupted uploads", "error", err)
		} else if n > 0 {
			log.Info("removed leftovers of interrupted uploads", "count", n)
		}
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
	if a.Questionnaires, err = questionnaire.Load(o.questionnaires, assessments.Archive(st)); err != nil {
		st.Close()
		return nil, err
	}
	// Services enqueue through the inserter; the queue that works their jobs is made last, from
	// workers that need those services.
	inserter, err := jobs.NewInserter(st, log)
	if err != nil {
		st.Close()
		return nil, err
	}
	a.Audit = &audit.Recorder{Store: st, Now: now}
	if a.Webhooks, err = webhooks.New(webhooks.Deps{Store: st, Jobs: inserter, Log: log, Now: now, Key: key,
		AllowPrivate: cfg.WebhookAllowPrivate, Timeout: cfg.WebhookTimeout, RetryBase: cfg.WebhookRetry}); err != nil {
		st.Close()
		return nil, err
	}
	deviceKey, err := auth.LoadDeviceKey(cfg.DeviceKey, cfg.DeviceKeyPath())
	if err != nil {
		st.Close()
		return nil, err
	}
	hashSlots := cfg.HashConcurrency
	if hashSlots == 0 {
		hashSlots = auth.DefaultHashSlots()
	}
	authDeps := auth.Deps{Store: st, Now: now, Idle: cfg.SessionIdle, Absolute: cfg.SessionAbsolute,
		Hasher: auth.NewHasher(hashSlots), DeviceKey: deviceKey, TokenGuessLimit: cfg.TokenGuessLimit,
		PasswordsOff: !cfg.LocalPasswords, BreakGlass: cfg.BreakGlassAdmins}
	a.Auth, a.Accounts = auth.New(authDeps), auth.NewAccounts(authDeps)
	a.SSO = sso.New(ctx, sso.Deps{Config: cfg.SSO, Store: st, Accounts: a.Auth, Now: now, Log: log})
	a.Mailer = notify.New(notify.Deps{Store: st, Sender: sender, Now: now, Log: log})
	a.Reassess = reassess.New(reassess.Deps{Store: st, Questionnaires: a.Questionnaires, Cadence: cfg.ReassessCadence})
	a.Vendors = vendors.New(vendors.Deps{Store: st, Now: now, Reassess: a.Reassess})
	a.Dashboard = dashboard.New(dashboard.Deps{Store: st, Reassess: a.Reassess, Now: now})
	a.Assessments = assessments.New(assessments.Deps{Store: st, Questionnaires: a.Questionnaires, Reassess: a.Reassess})
	a.Invitations = invitations.New(invitations.Deps{Store: st, Questionnaires: a.Questionnaires, Mailer: a.Mailer, Log: log,
		Now: now, BaseURL: cfg.BaseURL, Grace: cfg.InvitationGrace, MaxAge: cfg.InvitationMaxAge, Webhooks: a.Webhooks,
		LinkKey: invitations.DeriveLinkKey(key), OrgName: cfg.OrgName})
	a.Findings = findings.New(findings.Deps{Store: st, Invitations: a.Invitations, Evidence: a.Evidence, Log: log, Now: now,
		MaxUploadBytes: cfg.MaxUploadBytes, DueDays: cfg.FindingDueDays, Webhooks: a.Webhooks})
	limits := ReadingLimits(ctx, cfg)
	log.Info(limits.OCR.Describe())
	a.Pipeline = pipeline.New(pipeline.Deps{Store: st, Evidence: a.Evidence, Jobs: inserter, Assessments: a.Assessments,
		Findings: a.Findings, Reading: limits, Readings: cfg.ReadingConcurrency, Log: log, Now: now, Webhooks: a.Webhooks})
	a.Responses = responses.New(responses.Deps{Store: st, Evidence: a.Evidence, MaxUploadBytes: cfg.MaxUploadBytes, Log: log,
		MaxFiles: responses.FileLimits{PerQuestion: cfg.MaxFilesPerQuestion, PerAssessment: cfg.MaxFilesPerAssessment},
		Now:      now, Questionnaires: a.Questionnaires, Assessments: a.Assessments, Pipeline: a.Pipeline,
		Webhooks: a.Webhooks})
	a.Review = review.New(review.Deps{Store: st, Now: now, Questionnaires: a.Questionnaires, Invitations: a.Invitations,
		Pipeline: a.Pipeline, Assessments: a.Assessments, Evidence: a.Evidence, MaxUploadBytes: cfg.MaxUploadBytes, Log: log})
	a.Reminders = reminders.New(reminders.Deps{Store: st, Assessments: a.Assessments, Invitations: a.Invitations, Mailer: a.Mailer,
		Log: log, Schedule: reminders.Schedule{Before: cfg.ReminderDaysBefore, OverdueEvery: cfg.ReminderOverdueEvery},
		BaseURL: cfg.BaseURL, Webhooks: a.Webhooks})
	sweepers := []jobs.Named{{Name: "reminders", Sweeper: a.Reminders}, {Name: "findings", Sweeper: a.Findings}}
	if tidier, ok := a.Evidence.(storage.Tidier); ok {
		sweepers = append(sweepers, jobs.Named{Name: "upload leftovers", Sweeper: storage.Sweeper{Store: tidier, Log: log}})
	}
	a.Sweeps = jobs.NewSweeps(now, log, sweepers...)
	workers := river.NewWorkers()
	a.Pipeline.AddWorkers(workers)
	a.Webhooks.AddWorkers(workers)
	river.AddWorker(workers, &jobs.SweepWorker{Sweeps: a.Sweeps})
	if a.Jobs, err = jobs.New(ctx, st, cfg.DatabaseURL, workers, log); err != nil {
		st.Close()
		return nil, err
	}
	a.Jobs.Every(cfg.SweepInterval, jobs.SweepArgs{})
	a.Metrics = metrics.New(st, log)
	a.Web, err = web.New(a.Deps)
	if err != nil {
		st.Close()
		return nil, err
	}
	return a, nil
}

// ReadingLimits are the limits evidence files are read within, with the OCR engine the settings
// ask for; `serve` and `assay score --files` read files with the same.
func ReadingLimits(ctx context.Context, cfg config.Config) reading.Limits {
	lim := reading.DefaultLimits()
	lim.OCR = ocr.New(ctx, ocr.Options{Tesseract: cfg.OCR, Pdftoppm: cfg.OCRPdftoppm, Concurrency: cfg.OCRConcurrency,
		Readings: cfg.ReadingConcurrency})
	lim.MaxOCRPages = cfg.OCRMaxPages
	lim.MaxMemory = cfg.ReadingMemoryBytes
	return lim
}

// Sweep runs every registered sweeper once, now, as the periodic sweep job does.
func (a *App) Sweep(ctx context.Context) error { return a.Sweeps.Run(ctx) }

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
	if a.Config.MetricsAddr != "" {
		if err := a.serveMetrics(ctx); err != nil {
			return err
		}
	}
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

// serveMetrics serves /metrics alone on the metrics address until ctx ends.
func (a *App) serveMetrics(ctx context.Context) error {
	ln, err := net.Listen("tcp", a.Config.MetricsAddr)
	if err != nil {
		return fmt.Errorf("assay: listen for metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", web.MetricsHandler(a.Config.MetricsToken, a.Metrics))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: time.Minute}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.Log.Error("metrics listener stopped", "error", err)
		}
	}()
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	return nil
}

// background tidies expired sessions, attempt counters whose window is long over and sign-ins
// that never came back from the OpenID provider.
func (a *App) background(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if err := a.Store.DeleteExpiredSessions(ctx, a.Now()); err != nil && ctx.Err() == nil {
			a.Log.Warn("delete expired sessions", "error", err)
		}
		if err := a.Store.DeleteStaleAttempts(ctx, a.Now().Add(-auth.LoginWindow)); err != nil && ctx.Err() == nil {
			a.Log.Warn("delete stale attempt counters", "error", err)
		}
		if err := a.Store.DeleteExpiredSSOLogins(ctx, a.Now()); err != nil && ctx.Err() == nil {
			a.Log.Warn("delete expired single sign-on attempts", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
