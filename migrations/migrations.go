// Package migrations holds the versioned schema, one folder per SQL dialect.
package migrations

import "embed"

// FS holds postgres/*.sql and sqlite/*.sql, applied in order by goose.
//
//go:embed postgres/*.sql sqlite/*.sql
var FS embed.FS
