package store_test

import (
	"context"
	"io/fs"
	"sync"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/store"
	"assay/migrations"
)

// TestVendorCyclesBackfill upgrades a database holding vendors and assessments from before
// migration 00005 and checks that every vendor's cycle is filled from its history, then that
// the triggers follow later changes.
func TestVendorCyclesBackfill(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			st := openUnmigrated(t, d, time.Now)
			sub, err := fs.Sub(migrations.FS, d)
			if err != nil {
				t.Fatal(err)
			}
			dialect := goose.DialectSQLite3
			if d == store.DialectPostgres {
				dialect = goose.DialectPostgres
			}
			sqlDB, err := st.DB().DB()
			if err != nil {
				t.Fatal(err)
			}
			p, err := goose.NewProvider(dialect, sqlDB, sub)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.UpTo(ctx, 4); err != nil {
				t.Fatal(err)
			}

			now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
			// Rows are written with the columns of 00001 only, as an older release wrote them,
			// so later migrations adding columns do not break the seeding.
			db := st.DB().WithContext(ctx)
			insert := func(sql string, args ...any) uint {
				var id uint
				if err := db.Raw(sql+" RETURNING id", args...).Scan(&id).Error; err != nil || id == 0 {
					t.Fatalf("%s: %v", sql, err)
				}
				return id
			}
			userID := insert("INSERT INTO users (email, role, created_at, updated_at) VALUES (?, ?, ?, ?)", "a@example.com", model.RoleAnalyst, now, now)
			vendor := func(name, tier string) model.Vendor {
				return model.Vendor{ID: insert("INSERT INTO vendors (name, tier, created_at, updated_at) VALUES (?, ?, ?, ?)", name, tier, now, now)}
			}
			assessment := func(v model.Vendor, status string, submitted *time.Time) model.Assessment {
				return model.Assessment{ID: insert(`INSERT INTO assessments (vendor_id, questionnaire_id, questionnaire_version, questionnaire_hash,
status, due_on, sent_by_id, submitted_at, created_at, updated_at) VALUES (?, 'q', '1', 'h', ?, ?, ?, ?, ?, ?)`,
					v.ID, status, now, userID, submitted, now, now)}
			}
			older, newer := now.AddDate(-2, 0, 0), now.AddDate(-1, 0, 0)
			never := vendor("Never", "low")
			done := vendor("Done", "high")
			assessment(done, model.StatusScored, &older)
			last := assessment(done, model.StatusSubmitted, &newer)
			assessment(done, model.StatusCancelled, nil)
			busy := vendor("Busy", "critical")
			assessment(busy, model.StatusScored, &older)
			open := assessment(busy, model.StatusInProgress, nil)

			if _, err := p.Up(ctx); err != nil {
				t.Fatal(err)
			}
			cycles := func() map[uint]model.VendorCycle {
				var cs []model.VendorCycle
				if err := db.Find(&cs).Error; err != nil {
					t.Fatal(err)
				}
				m := map[uint]model.VendorCycle{}
				for _, c := range cs {
					m[c.VendorID] = c
				}
				return m
			}
			got := cycles()
			if c := got[never.ID]; c.Tier != "low" || c.OpenAssessments != 0 || c.LastAssessmentID != nil || c.LastSubmittedAt != nil {
				t.Errorf("never assessed: %+v", c)
			}
			if c := got[done.ID]; c.Tier != "high" || c.OpenAssessments != 0 || c.LastAssessmentID == nil || *c.LastAssessmentID != last.ID ||
				c.LastSubmittedAt == nil || !c.LastSubmittedAt.Equal(newer) {
				t.Errorf("assessed twice: %+v", c)
			}
			if c := got[busy.ID]; c.OpenAssessments != 1 || c.LastSubmittedAt == nil || !c.LastSubmittedAt.Equal(older) {
				t.Errorf("with an open assessment: %+v", c)
			}

			at := now.Add(-time.Hour)
			if err := st.MarkSubmitted(ctx, open.ID, "v@example.com", at); err != nil {
				t.Fatal(err)
			}
			if err := db.Where("id = ?", last.ID).Delete(&model.Assessment{}).Error; err != nil {
				t.Fatal(err)
			}
			if err := db.Model(&model.Vendor{}).Where("id = ?", never.ID).Update("tier", "critical").Error; err != nil {
				t.Fatal(err)
			}
			got = cycles()
			if c := got[busy.ID]; c.OpenAssessments != 0 || c.LastAssessmentID == nil || *c.LastAssessmentID != open.ID || !c.LastSubmittedAt.Equal(at) {
				t.Errorf("after submitting: %+v", c)
			}
			if c := got[done.ID]; c.LastSubmittedAt == nil || !c.LastSubmittedAt.Equal(older) {
				t.Errorf("after deleting the newest submission: %+v", c)
			}
			if c := got[never.ID]; c.Tier != "critical" {
				t.Errorf("after a tier change: %+v", c)
			}
		})
	}
}

// TestVendorCyclesUnderConcurrentWrites sends many questionnaires to one vendor from parallel
// transactions and checks the vendor's cycle counts every one of them.
func TestVendorCyclesUnderConcurrentWrites(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		now := time.Now().UTC()
		u := model.User{Email: "a@example.com", Role: model.RoleAnalyst, CreatedAt: now, UpdatedAt: now}
		if err := st.DB().Create(&u).Error; err != nil {
			t.Fatal(err)
		}
		v := model.Vendor{Name: "Busy Vendor", Tier: "high", Decision: "pending", CreatedAt: now, UpdatedAt: now}
		if err := st.CreateVendor(ctx, &v); err != nil {
			t.Fatal(err)
		}
		const writers, each = 4, 10
		var wg sync.WaitGroup
		errs := make(chan error, writers*each)
		for w := 0; w < writers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < each; i++ {
					a := model.Assessment{VendorID: v.ID, QuestionnaireID: "q", QuestionnaireVersion: "1", QuestionnaireHash: "h",
						Status: model.StatusSent, DueOn: now, SentByID: u.ID, CreatedAt: now, UpdatedAt: now}
					errs <- st.CreateAssessment(ctx, &a, nil)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		var c model.VendorCycle
		if err := st.DB().Where("vendor_id = ?", v.ID).First(&c).Error; err != nil {
			t.Fatal(err)
		}
		if c.OpenAssessments != writers*each {
			t.Fatalf("open assessments %d, want %d", c.OpenAssessments, writers*each)
		}
	})
}
