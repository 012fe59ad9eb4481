package store

import (
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The scanners below read one column straight into a field of a record, for the queries of
// many rows that are scanned by hand instead of by GORM, whose reflection and per-column
// allocations cost more than the query. Each holds one pointer, so passing it to Rows.Scan
// allocates nothing.

// scanAll reads every row of q into a T, scanning its columns into the places targets names
// in a T (one T reused, so the targets are made once).
func scanAll[T any](q *gorm.DB, targets func(*T) []any) ([]T, error) {
	rows, err := q.Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	var row T
	dest := targets(&row)
	for rows.Next() {
		var zero T
		row = zero
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// uintCol reads an integer column into a uint.
type uintCol struct{ p *uint }

func (c uintCol) Scan(v any) error {
	n, ok := v.(int64)
	if !ok || n < 0 {
		return fmt.Errorf("store: %T %v is not an id", v, v)
	}
	*c.p = uint(n)
	return nil
}

// nullUintCol reads a nullable integer column into a *uint.
type nullUintCol struct{ p **uint }

func (c nullUintCol) Scan(v any) error {
	if v == nil {
		*c.p = nil
		return nil
	}
	var n uint
	if err := (uintCol{&n}).Scan(v); err != nil {
		return err
	}
	*c.p = &n
	return nil
}

// intCol reads an integer column into an int.
type intCol struct{ p *int }

func (c intCol) Scan(v any) error {
	n, ok := v.(int64)
	if !ok {
		return fmt.Errorf("store: %T %v is not an integer", v, v)
	}
	*c.p = int(n)
	return nil
}

// timeCol reads a time column into a time.Time: the driver's time on PostgreSQL, and on SQLite
// the column's text, which the query selects as text (timeText) so that the driver does not try
// its layouts one by one, each failure an error made and dropped.
type timeCol struct{ p *time.Time }

func (c timeCol) Scan(v any) error {
	switch x := v.(type) {
	case time.Time:
		*c.p = x
		return nil
	case string:
		t, err := parseSQLiteTime(x)
		*c.p = t
		return err
	}
	return fmt.Errorf("store: %T %v is not a time", v, v)
}

// nullTimeCol reads a nullable time column into a *time.Time.
type nullTimeCol struct{ p **time.Time }

func (c nullTimeCol) Scan(v any) error {
	if v == nil {
		*c.p = nil
		return nil
	}
	var t time.Time
	if err := (timeCol{&t}).Scan(v); err != nil {
		return err
	}
	*c.p = &t
	return nil
}

// timeText is column as a query scanned by hand selects a time: on SQLite as its text, which
// timeCol parses, as the column's own name.
func (s *Store) timeText(column string) string {
	if s.dialect != DialectSQLite {
		return column
	}
	return "CAST(" + column + " AS TEXT) AS " + column[strings.LastIndex(column, ".")+1:]
}

// sqliteTimeLayouts are the layouts the SQLite driver reads a DATETIME's text with, in UTC
// after a final "Z" is cut (glebarez/go-sqlite's parseTimeFormats): the first is the one it
// writes, SQL's datetime() the fifth. Its one other layout, t.String()'s, it never writes.
var sqliteTimeLayouts = []string{
	"2006-01-02 15:04:05.999999999-07:00",
	"2006-01-02T15:04:05.999999999-07:00",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04",
	"2006-01-02T15:04",
	"2006-01-02",
}

// parseSQLiteTime reads a time as SQLite keeps it, as its driver does. Every layout that
// accepts a text reads the same time from it, so the one its shape calls for is tried first:
// each layout that fails makes an error.
func parseSQLiteTime(s string) (time.Time, error) {
	ts := strings.TrimSuffix(s, "Z")
	if t, err := time.ParseInLocation(sqliteTimeLayouts[sqliteLayoutOf(ts)], ts, time.UTC); err == nil {
		return t, nil
	}
	for _, l := range sqliteTimeLayouts {
		if t, err := time.ParseInLocation(l, ts, time.UTC); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("store: %q is not a time", s)
}

// sqliteLayoutOf is the index of the layout of sqliteTimeLayouts that a text of this shape
// should fit: by its length, its date and time separator and its zone offset.
func sqliteLayoutOf(s string) int {
	n := len(s)
	if n <= 10 {
		return 8
	}
	t := 0
	if s[10] == 'T' {
		t = 1
	}
	switch {
	case n >= 25 && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':':
		return t
	case n == 16:
		return 6 + t
	case n == 19:
		return 4 + t
	}
	return 2 + t
}
