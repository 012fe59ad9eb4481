package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/gorm"

	"assay/app/model"
)

// LockedTx runs fn in one transaction that holds assessment id's lock (LockAssessment) from
// its start, as Tx followed by LockAssessment does; fn's error rolls it back.
//
// It is the transaction of a vendor's autosave, which comes with every few keystrokes: on
// PostgreSQL the BEGIN and the lock travel to the server together, in one round trip, and
// a write queued with commitWith travels with the COMMIT. (On SQLite, GORM's prepared
// statements would not help: prepared in one transaction, they are prepared again in the next.)
func (s *Store) LockedTx(ctx context.Context, id uint, fn func(tx *Store) error) error {
	if s.dialect != DialectPostgres || s.locked != nil {
		return s.Tx(ctx, func(tx *Store) error {
			if err := tx.LockAssessment(ctx, id); err != nil {
				return err
			}
			return fn(tx)
		})
	}
	return s.pinnedTx(ctx, model.AssessmentChain(id), fn)
}

// prepared is s's handle for a statement of every vendor request made outside a transaction:
// on SQLite it is prepared once and kept rather than parsed again each time; on PostgreSQL pgx
// keeps it prepared already.
func (s *Store) prepared() *gorm.DB {
	if s.dialect == DialectPostgres || s.locked != nil {
		return s.db
	}
	return s.db.Session(&gorm.Session{PrepareStmt: true})
}

// pinnedTx is LockedTx on PostgreSQL: a transaction begun and ended on a connection of its
// own by statements sent in batches through pgx, and run in between through GORM on that
// connection, which sees it as a transaction already begun (pinnedConn).
func (s *Store) pinnedTx(ctx context.Context, chain string, fn func(tx *Store) error) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return wrap(err, "transaction")
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return txErr(err)
	}
	defer conn.Close()
	begun := false
	defer func() {
		if begun {
			// fn failed or panicked before the end: nothing of it may stay.
			rollback(conn)
		}
	}()
	if err := batch(ctx, conn, func(b *pgx.Batch) {
		b.Queue("BEGIN")
		begun = true
		b.Queue("SELECT pg_advisory_xact_lock(hashtext($1))", chain)
	}); err != nil {
		return txErr(err)
	}
	db := s.db.Session(&gorm.Session{Context: ctx, NewDB: true})
	pinned := &pinnedConn{conn: conn, top: db}
	db.Statement.ConnPool = pinned
	tx := &Store{db: db, dialect: s.dialect, now: s.now, auditKey: s.auditKey, locked: map[string]bool{chain: true},
		heads: map[string]ChainHead{}}
	if err := fn(tx); err != nil {
		return err
	}
	final := pinned.final
	err = batch(ctx, conn, func(b *pgx.Batch) {
		if final != nil {
			b.Queue(final.sql, final.args...)
		}
		b.Queue("COMMIT")
	})
	// An error of the server's ends the transaction all the same: a statement's error aborts
	// it, and the COMMIT of an aborted transaction rolls it back. Any other (a cancelled
	// request, a lost connection) leaves it to the deferred ROLLBACK.
	var pgErr *pgconn.PgError
	begun = err != nil && !errors.As(err, &pgErr)
	if final != nil && pgErr != nil && pgErr.Code == divisionByZero {
		return final.conflict
	}
	return txErr(err)
}

// commitWith queues one write to travel with the COMMIT of the transaction LockedTx runs on
// PostgreSQL; the caller checks pinned first. The write must come last, since the
// transaction reads it nowhere, and must fail with a division by zero where it cannot be made
// whole, which rolls the whole transaction back and makes conflict its error.
func (s *Store) commitWith(sql string, args []any, conflict error) {
	s.pinned().final = &finalWrite{sql: sql, args: args, conflict: conflict}
}

// pinned is the connection of the transaction LockedTx runs on PostgreSQL when s is that
// transaction (not one nested in it) and no write is queued with its COMMIT yet; nil
// otherwise, and then the caller writes itself.
func (s *Store) pinned() *pinnedConn {
	p, ok := s.db.Statement.ConnPool.(*pinnedConn)
	if !ok || p.top != s.db || p.final != nil {
		return nil
	}
	return p
}

// finalWrite is a write queued with commitWith.
type finalWrite struct {
	sql      string
	args     []any
	conflict error
}

// batch sends the statements queue adds to conn's server in one round trip (pgx's pipeline),
// each run in order as if sent alone, and returns the first error.
func batch(ctx context.Context, conn *sql.Conn, queue func(*pgx.Batch)) error {
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("store: batch on a %T", dc)
		}
		b := &pgx.Batch{}
		queue(b)
		return c.Conn().SendBatch(ctx, b).Close()
	})
}

// rollback ends conn's transaction without committing, or has the pool drop the connection
// when even that fails (a cancelled request, a lost server), so that no transaction half
// done is ever reused.
func rollback(conn *sql.Conn) {
	ctx := context.Background()
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
}

// txErr marks an error of beginning or ending a transaction as ErrUnavailable when a lost
// connection caused it, outside any one query; it returns other errors as they are.
func txErr(err error) error {
	if err != nil && !errors.Is(err, model.ErrUnavailable) && unavailable(err) {
		return fmt.Errorf("store: transaction: %w: %w", model.ErrUnavailable, err)
	}
	return err
}

// pinnedConn is the connection of a transaction pinnedTx began, as GORM's connection pool:
// being a transaction already (it commits and rolls back), a nested Transaction on it takes a
// savepoint rather than beginning anew, and pinnedTx alone ends it. It has no BeginTx, so
// that GORM runs a single write in it rather than in a transaction of its own, whose COMMIT
// would end this one.
type pinnedConn struct {
	conn *sql.Conn
	// top is the transaction's own handle, which commitWith is called on, and not a nested one.
	top *gorm.DB
	// final is the write queued with commitWith.
	final *finalWrite
}

func (p *pinnedConn) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return p.conn.PrepareContext(ctx, query)
}

func (p *pinnedConn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return p.conn.ExecContext(ctx, query, args...)
}

func (p *pinnedConn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return p.conn.QueryContext(ctx, query, args...)
}

func (p *pinnedConn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return p.conn.QueryRowContext(ctx, query, args...)
}

// divisionByZero is PostgreSQL's SQLSTATE for a division by zero, the failure a write queued
// with commitWith raises on purpose.
const divisionByZero = "22012"

// errPinned is what ending a pinned transaction from inside it returns: pinnedTx ends it.
var errPinned = errors.New("store: the transaction is ended by LockedTx")

func (*pinnedConn) Commit() error   { return errPinned }
func (*pinnedConn) Rollback() error { return errPinned }
