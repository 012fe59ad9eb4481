package store

import (
	"context"
	"database/sql"
	"strings"
)

// sqlitePool is SQLite's connection pool as GORM sees it: one writer connection, which every
// change and every transaction goes through (SQLite has one writer at a time), and a pool of
// readers for the statements read outside a transaction, which WAL lets run beside the writer
// and each other. Before it, reads queued behind writes on a single connection.
type sqlitePool struct {
	writer, readers *sql.DB
}

// readerConns is how many connections read at once; more than the cores buys nothing.
const readerConns = 4

// openSQLitePool opens the writer and the readers on the database file dsn names.
func openSQLitePool(driver, dsn string) (*sqlitePool, error) {
	writer, err := sql.Open(driver, dsn+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	writer.SetMaxOpenConns(1)
	// query_only: a statement routed here by mistake fails rather than racing the writer.
	readers, err := sql.Open(driver, dsn+"&_pragma=query_only(1)")
	if err != nil {
		writer.Close()
		return nil, err
	}
	readers.SetMaxOpenConns(readerConns)
	readers.SetMaxIdleConns(readerConns)
	return &sqlitePool{writer: writer, readers: readers}, nil
}

// reads reports whether query only reads, so a reader may run it: a SELECT (an INSERT or
// UPDATE with RETURNING also comes through QueryContext, and goes to the writer).
func reads(query string) bool {
	q := strings.TrimLeft(query, " \t\r\n(")
	return len(q) >= 6 && strings.EqualFold(q[:6], "SELECT")
}

func (p *sqlitePool) route(query string) *sql.DB {
	if reads(query) {
		return p.readers
	}
	return p.writer
}

func (p *sqlitePool) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return p.route(query).PrepareContext(ctx, query)
}

func (p *sqlitePool) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return p.writer.ExecContext(ctx, query, args...)
}

func (p *sqlitePool) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return p.route(query).QueryContext(ctx, query, args...)
}

func (p *sqlitePool) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return p.route(query).QueryRowContext(ctx, query, args...)
}

// BeginTx starts every transaction on the writer, so a transaction's reads see its writes.
func (p *sqlitePool) BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error) {
	return p.writer.BeginTx(ctx, opts)
}

// GetDBConn gives GORM's DB() the writer: migrations, the job queue and Close use it.
func (p *sqlitePool) GetDBConn() (*sql.DB, error) { return p.writer, nil }

// Close closes the readers and the writer.
func (p *sqlitePool) Close() error {
	rerr := p.readers.Close()
	if err := p.writer.Close(); err != nil {
		return err
	}
	return rerr
}
