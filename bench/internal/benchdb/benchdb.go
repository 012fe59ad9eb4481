// Package benchdb gives each benchmark a database of its own on a PostgreSQL server.
package benchdb

import (
	crand "crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver to create and drop the database
	"gorm.io/gorm"
)

// Create makes an empty database on the PostgreSQL server at base and returns its URL
// and a function that drops it.
func Create(base string) (string, func(), error) {
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return "", nil, err
	}
	defer admin.Close()
	b := make([]byte, 6)
	_, _ = crand.Read(b)
	name := "assay_bench_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		return "", nil, fmt.Errorf("create database: %w", err)
	}
	drop := func() {
		a, err := sql.Open("pgx", base)
		if err != nil {
			fmt.Fprintf(os.Stderr, "drop database %s: %v\n", name, err)
			return
		}
		defer a.Close()
		if _, err := a.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			fmt.Fprintf(os.Stderr, "drop database %s: %v\n", name, err)
		}
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}

// OnStatement calls fn after every statement GORM sends through db (queries, rows, raw SQL,
// creates, updates and deletes), for the benchmarks that count or capture them.
func OnStatement(db *gorm.DB, fn func(tx *gorm.DB)) {
	cb := db.Callback()
	cb.Query().After("gorm:query").Register("bench:statement", fn)
	cb.Row().After("gorm:row").Register("bench:statement", fn)
	cb.Raw().After("gorm:raw").Register("bench:statement", fn)
	cb.Create().After("gorm:create").Register("bench:statement", fn)
	cb.Update().After("gorm:update").Register("bench:statement", fn)
	cb.Delete().After("gorm:delete").Register("bench:statement", fn)
}
