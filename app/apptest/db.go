// Package apptest opens real databases and services for tests: a fresh SQLite file and, where
// ASSAY_TEST_POSTGRES_URL is set, a fresh PostgreSQL database per test.
package apptest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver to create and drop test databases

	"assay/app/store"
	"assay/app/testenv"
)

// Need returns the environment variable's value, or skips the test (fails it in CI).
func Need(t testing.TB, name string) string {
	t.Helper()
	testenv.Need(t, name)
	return os.Getenv(name)
}

// Dialects lists the databases the store tests run on.
func Dialects() []string { return []string{store.DialectSQLite, store.DialectPostgres} }

// EachDB runs fn as a subtest on a fresh, migrated database of every dialect.
func EachDB(t *testing.T, fn func(t *testing.T, st *store.Store)) {
	for _, d := range Dialects() {
		t.Run(d, func(t *testing.T) { fn(t, NewDB(t, d)) })
	}
}

// Change runs fn and refreshes the vendor's summary in one transaction, as a service does
// around a change it makes through the store: for tests that seed through store methods.
func Change(ctx context.Context, st *store.Store, vendorID uint, fn func(tx *store.Store) error) error {
	return st.Tx(ctx, func(tx *store.Store) error {
		if err := fn(tx); err != nil {
			return err
		}
		return tx.RefreshVendorSummary(ctx, vendorID)
	})
}

// NewDB opens a fresh, migrated database of the dialect and removes it when the test ends.
func NewDB(t testing.TB, dialect string) *store.Store {
	t.Helper()
	ctx := context.Background()
	var st *store.Store
	var err error
	switch dialect {
	case store.DialectSQLite:
		st, err = store.Open(ctx, "", filepath.Join(t.TempDir(), "assay.db"), time.Now)
	case store.DialectPostgres:
		st, err = store.Open(ctx, NewPostgresDB(t), "", time.Now)
	default:
		t.Fatalf("unknown dialect %q", dialect)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

// NewPostgresDB creates an empty database on the test server and returns its URL; the
// database is dropped when the test ends.
func NewPostgresDB(t testing.TB) string {
	t.Helper()
	base := Need(t, "ASSAY_TEST_POSTGRES_URL")
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "assay_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer a.Close()
		a.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
