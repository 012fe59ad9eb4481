// Package store keeps Assay's data in SQLite or PostgreSQL through GORM.
//
// It knows GORM and SQL and nothing of HTTP. Every lookup of an object that belongs to an
// assessment or vendor takes the owner's id explicitly, because GORM silently drops zero-valued
// struct conditions and would otherwise return every vendor's rows.
package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"github.com/pressly/goose/v3"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"assay/app/model"
	"assay/migrations"
)

// Dialects.
const (
	DialectSQLite   = "sqlite"
	DialectPostgres = "postgres"
)

// Store is the database handle shared by the services.
type Store struct {
	db      *gorm.DB
	dialect string
	// now is the app's clock, for the times a store method stamps itself.
	now func() time.Time
	// auditKey seals audit events (see SetAuditKey).
	auditKey []byte
	// locked are the chains this transaction holds the lock of (lockChain); nil outside one.
	locked map[string]bool
	// heads are the last events of chains this transaction read or appended to under their
	// lock, so that AppendAudit need not read them again; nil outside a transaction.
	heads map[string]ChainHead
}

// Open connects to PostgreSQL when databaseURL is set, else to the SQLite file at sqlitePath;
// now is the clock of the app, which tests may run ahead.
func Open(ctx context.Context, databaseURL, sqlitePath string, now func() time.Time) (*Store, error) {
	// GORM stamps created_at and updated_at left unset from NowFunc, so they follow the clock too.
	cfg := &gorm.Config{Logger: logger.Discard, TranslateError: true, NowFunc: func() time.Time { return now().UTC() }}
	if databaseURL != "" {
		db, err := gorm.Open(postgres.Open(databaseURL), cfg)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		sqlDB, _ := db.DB()
		sqlDB.SetMaxOpenConns(20)
		// database/sql keeps 2 idle connections unless told: under 16 saving vendors every
		// other request closed one and opened another, a new PostgreSQL backend each time,
		// which halved the autosave rate.
		sqlDB.SetMaxIdleConns(20)
		if err := sqlDB.PingContext(ctx); err != nil {
			return nil, fmt.Errorf("store: ping postgres: %w", err)
		}
		return &Store{db: db, dialect: DialectPostgres, now: now}, nil
	}
	if err := os.MkdirAll(filepath.Dir(sqlitePath), 0o700); err != nil {
		return nil, fmt.Errorf("store: create data folder: %w", err)
	}
	// SQLite allows one writer at a time; a single connection with WAL and a busy timeout
	// serialises writes instead of failing them with "database is locked".
	dsn := sqlitePath + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := gorm.Open(sqlite.Open(dsn), cfg)
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	sqlDB, _ := db.DB()
	sqlDB.SetMaxOpenConns(1)
	return &Store{db: db, dialect: DialectSQLite, now: now}, nil
}

// SetAuditKey gives the store the secret that seals audit events with HMAC-SHA256. The app
// sets it once, right after Open and before any event is written; kept outside the database,
// it makes an edited event impossible to reseal for anyone who can only write the database.
func (s *Store) SetAuditKey(key []byte) { s.auditKey = key }

// AuditKey is the key audit events are sealed with; nil when none was set.
func (s *Store) AuditKey() []byte { return s.auditKey }

// Dialect names the database in use.
func (s *Store) Dialect() string { return s.dialect }

// DB exposes the GORM handle to tests that inspect the schema.
func (s *Store) DB() *gorm.DB { return s.db }

// Close releases the connections.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err == nil {
		err = sqlDB.Close()
	}
	return wrap(err, "close")
}

// Ping checks that the database answers, for /readyz.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err == nil {
		err = sqlDB.PingContext(ctx)
	}
	return wrap(err, "ping")
}

// provider reads the migrations of the store's dialect.
func (s *Store) provider() (*goose.Provider, error) {
	sqlDB, err := s.db.DB()
	if err != nil {
		return nil, wrap(err, "migrations")
	}
	sub, err := fs.Sub(migrations.FS, s.dialect)
	if err != nil {
		return nil, wrap(err, "migrations")
	}
	d := goose.DialectSQLite3
	if s.dialect == DialectPostgres {
		d = goose.DialectPostgres
	}
	p, err := goose.NewProvider(d, sqlDB, sub)
	return p, wrap(err, "migrations")
}

// Migrate applies every pending migration.
func (s *Store) Migrate(ctx context.Context) error {
	p, err := s.provider()
	if err != nil {
		return err
	}
	_, err = p.Up(ctx)
	return wrap(err, "migrate")
}

// Pending reports whether migrations remain to be applied, so serve can refuse to run behind.
func (s *Store) Pending(ctx context.Context) (bool, error) {
	p, err := s.provider()
	if err != nil {
		return false, err
	}
	pending, err := p.HasPending(ctx)
	return pending, wrap(err, "pending migrations")
}

// Tx runs fn in one transaction; fn's error rolls it back.
func (s *Store) Tx(ctx context.Context, fn func(tx *Store) error) error {
	// A nested transaction may append and still be rolled back to its savepoint, or commit
	// events this one has not seen: either way this one's heads no longer hold.
	clear(s.heads)
	err := s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		return fn(&Store{db: db, dialect: s.dialect, now: s.now, auditKey: s.auditKey, locked: map[string]bool{},
			heads: map[string]ChainHead{}})
	})
	// Beginning or committing can fail on a lost connection, outside any one query.
	return txErr(err)
}

func (s *Store) q(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// wrap names the operation that failed in err ("store: <op>: …") and turns GORM's not-found
// error into ErrNotFound, which is returned as it is so that callers can compare with it.
func wrap(err error, op string) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.ErrNotFound
	}
	if unavailable(err) {
		return fmt.Errorf("store: %s: %w: %w", op, model.ErrUnavailable, err)
	}
	return fmt.Errorf("store: %s: %w", op, err)
}

// likePattern escapes a user's search text for a LIKE pattern.
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + strings.ToLower(r.Replace(s)) + "%"
}

// IsDuplicate reports whether err is a unique-constraint violation.
func IsDuplicate(err error) bool {
	return errors.Is(err, gorm.ErrDuplicatedKey)
}
