package apptest

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"assay/app/store"
)

// SeedBeforeMigration is the first migration whose backfill SeedPortfolio relies on: the
// reassessment cycles (5), then the vendor summary (6). The rows are loaded under the schema
// before it and migrated up, so cycles and summary are computed by the same set-based
// statements that migrated real databases. Loaded under the cycles migration, its trigger would
// instead run once per assessment, which at a million assessments outlasts the rest of the load.
const SeedBeforeMigration = 5

// PortfolioSeed describes a generated portfolio: Vendors vendors named "Seed vendor N", each
// with PerVendor assessments (the older ones scored, the newest in a state that depends on
// the vendor), one result per scored assessment with zero to two of twelve red flags and a
// certificate verdict, one service and one contact.
type PortfolioSeed struct {
	Vendors   int
	PerVendor int
	Today     time.Time
	// SenderID is an existing user recorded as the sender of every assessment.
	SenderID uint
}

// SeedPortfolio bulk-loads the portfolio with set-based SQL (one statement per table, in one
// transaction), so 10,000 vendors and 100,000 assessments load in seconds. The store must be
// idle: the cycles and summary migrations are undone and redone around the load.
func SeedPortfolio(ctx context.Context, st *store.Store, p PortfolioSeed) error {
	if p.Vendors <= 0 || p.PerVendor <= 0 || p.SenderID == 0 {
		return fmt.Errorf("apptest: seed: vendors, assessments per vendor and sender are required")
	}
	if err := st.MigrateDownTo(ctx, SeedBeforeMigration-1); err != nil {
		return err
	}
	pg := st.Dialect() == store.DialectPostgres
	today := p.Today.UTC().Truncate(24 * time.Hour)
	// days(n) is the timestamp n days after today; dayText(n) the same date as YYYY-MM-DD.
	days := func(n string) string {
		if pg {
			return fmt.Sprintf("(CAST(@today AS timestamptz) + (%s) * interval '1 day')", n)
		}
		return fmt.Sprintf("datetime(@today, (%s) || ' days')", n)
	}
	dayText := func(n string) string {
		if pg {
			return fmt.Sprintf("to_char(CAST(@today AS date) + CAST(%s AS integer), 'YYYY-MM-DD')", n)
		}
		return fmt.Sprintf("date(@today, (%s) || ' days')", n)
	}
	todayArg := today.Format("2006-01-02")
	series := func(name string, n int) string {
		return fmt.Sprintf("WITH RECURSIVE %s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM %s WHERE i < %d) ", name, name, n)
	}
	seeded := "v.name LIKE 'Seed vendor %'"
	stmts := []string{
		`INSERT INTO vendors (name, website, tier, decision, created_at, updated_at) ` + series("s", p.Vendors) +
			`SELECT 'Seed vendor ' || i, 'https://seed' || i || '.example', ` +
			`CASE i % 4 WHEN 0 THEN 'critical' WHEN 1 THEN 'high' WHEN 2 THEN 'medium' ELSE 'low' END, ` +
			`CASE i % 5 WHEN 0 THEN 'approved' WHEN 1 THEN 'rejected' ELSE 'pending' END, ` + days("-(i % 700)") + `, ` + days("-(i % 300)") + ` FROM s`,
		`INSERT INTO services (vendor_id, name, keywords) SELECT v.id, 'Payroll processing', '["payroll"]' FROM vendors v WHERE ` + seeded,
		`INSERT INTO contacts (vendor_id, name, email) SELECT v.id, 'Security desk', 'security@seed' || v.id || '.example' FROM vendors v WHERE ` + seeded,
		// The newest assessment (k = PerVendor) is sent, in progress, returned, submitted or
		// scored by vendor; its due date runs from 20 days ago to 40 days ahead.
		strings.ReplaceAll(`INSERT INTO assessments (vendor_id, questionnaire_id, questionnaire_version, questionnaire_hash, status, due_on, sent_by_id, `+
			`submitted_at, submitted_by, scored_at, created_at, updated_at) `+series("k", p.PerVendor)+
			`SELECT v.id, 'iso27001-a5.4', '1', 'seed', CASE WHEN k.i < {A} THEN 'scored' ELSE `+
			`CASE v.id % 6 WHEN 0 THEN 'sent' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'returned' WHEN 3 THEN 'submitted' ELSE 'scored' END END, `+
			days("(k.i - {A}) * 365 + v.id % 60 - 20")+`, @sender, `+
			`CASE WHEN k.i < {A} OR v.id % 6 >= 3 THEN `+days("(k.i - {A}) * 365 - 1")+` END, `+
			`CASE WHEN k.i < {A} OR v.id % 6 >= 3 THEN 'security@seed' || v.id || '.example' ELSE '' END, `+
			`CASE WHEN k.i < {A} OR v.id % 6 >= 4 THEN `+days("(k.i - {A}) * 365 - 1")+` END, `+
			days("(k.i - {A}) * 365 - 30")+`, `+days("(k.i - {A}) * 365 - 1")+
			` FROM vendors v, k WHERE `+seeded, "{A}", strconv.Itoa(p.PerVendor)),
		// Scores spread over 0-100; flag_N for N = vendor id % 12 (and low_N for N = id % 7 when the
		// score is low).
		`INSERT INTO results (assessment_id, score, rating, red_flags, certificate, engine_version, questionnaire_version, questionnaire_hash, inputs, computed_at) ` +
			`SELECT a.id, (a.id * 37) % 101, CASE WHEN (a.id * 37) % 101 >= 80 THEN 'low' WHEN (a.id * 37) % 101 >= 60 THEN 'medium' ` +
			`WHEN (a.id * 37) % 101 >= 40 THEN 'high' ELSE 'critical' END, ` +
			`CASE WHEN (a.id * 37) % 101 >= 80 THEN '[]' ` +
			`WHEN (a.id * 37) % 101 >= 40 THEN '[{"id":"flag_' || (a.vendor_id % 12) || '","severity":"medium","title":"Seeded flag ' || (a.vendor_id % 12) || '"}]' ` +
			`ELSE '[{"id":"flag_' || (a.vendor_id % 12) || '","severity":"high","title":"Seeded flag ' || (a.vendor_id % 12) || '"},` +
			`{"id":"low_' || (a.id % 7) || '","severity":"critical","title":"Seeded low-score flag ' || (a.id % 7) || '"}]' END, ` +
			`CASE a.id % 3 WHEN 0 THEN '{"status":"not_certified"}' ` +
			`ELSE '{"status":"valid","expires_on":"' || ` + dayText("a.id % 500 - 30") + ` || '"}' END, ` +
			`'1.0.0', '1', 'seed', '{}', a.scored_at FROM assessments a JOIN vendors v ON v.id = a.vendor_id WHERE a.status = 'scored' AND ` + seeded,
	}
	err := st.Tx(ctx, func(tx *store.Store) error {
		for _, s := range stmts {
			var args []any
			if strings.Contains(s, "@") {
				args = append(args, map[string]any{"today": todayArg, "sender": p.SenderID})
			}
			if err := tx.DB().Exec(s, args...).Error; err != nil {
				return fmt.Errorf("apptest: seed: %w\n%s", err, s)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return st.Migrate(ctx)
}
