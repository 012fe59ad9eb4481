package store

import (
	"io/fs"
	"strings"
	"testing"

	"assay/migrations"
)

// The tier sort is served by an index on rankSQL("tier") only while the migrations created
// the index on that very expression.
func TestTierSortMatchesItsIndex(t *testing.T) {
	want := "CREATE INDEX vendors_sort_tier_idx ON vendors (" + rankSQL("tier") + ", id);"
	for _, d := range []string{DialectSQLite, DialectPostgres} {
		b, err := fs.ReadFile(migrations.FS, d+"/00006_portfolio.sql")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: the migration has no %q", d, want)
		}
	}
}
