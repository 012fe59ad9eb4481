package store_test

import (
	"context"
	"fmt"
	"math/rand"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/store"
)

// seedPortfolio fills st with vendors across the tiers and ten assessments each on average,
// mostly submitted over the last four years, some open or cancelled.
func seedPortfolio(b *testing.B, st *store.Store, vendors, assessments int, now time.Time) {
	b.Helper()
	ctx := context.Background()
	u := model.User{Email: "seed@example.com", Role: model.RoleAnalyst, CreatedAt: now, UpdatedAt: now}
	if err := st.DB().WithContext(ctx).Create(&u).Error; err != nil {
		b.Fatal(err)
	}
	tiers := []string{"critical", "high", "medium", "low"}
	vs := make([]model.Vendor, vendors)
	for i := range vs {
		vs[i] = model.Vendor{Name: fmt.Sprintf("Vendor %05d", i), Tier: tiers[i%4], Decision: "pending", CreatedAt: now, UpdatedAt: now}
	}
	if err := st.DB().WithContext(ctx).CreateInBatches(&vs, 500).Error; err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	as := make([]model.Assessment, assessments)
	for i := range as {
		at := now.Add(-time.Duration(r.Int63n(int64(4 * 365 * 24 * time.Hour))))
		a := model.Assessment{VendorID: vs[r.Intn(len(vs))].ID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1.0.0",
			QuestionnaireHash: "h", Status: model.StatusScored, DueOn: at, SentByID: u.ID, SubmittedAt: &at, CreatedAt: at, UpdatedAt: at}
		switch r.Intn(20) {
		case 0:
			a.Status, a.SubmittedAt = model.StatusInProgress, nil
		case 1:
			a.Status, a.SubmittedAt = model.StatusCancelled, nil
		}
		as[i] = a
	}
	if err := st.DB().WithContext(ctx).CreateInBatches(&as, 1000).Error; err != nil {
		b.Fatal(err)
	}
	if st.Dialect() == store.DialectPostgres {
		st.DB().Exec("ANALYZE")
	}
}

// BenchmarkReassessmentsDue times the due list and its count with 1,000 and 10,000 vendors
// holding ten times as many assessments; the time per vendor should stay flat.
func BenchmarkReassessmentsDue(b *testing.B) {
	now := time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)
	q := model.DueQuery{Cutoffs: map[string]time.Time{"critical": now.AddDate(-1, 0, 0), "high": now.AddDate(-1, 0, 0),
		"medium": now.AddDate(-2, 0, 0), "low": now.AddDate(-3, 0, 0)}}
	for _, d := range apptest.Dialects() {
		for _, n := range []int{1000, 10000} {
			st := apptest.NewDB(b, d)
			seedPortfolio(b, st, n, n*10, now)
			b.Run(fmt.Sprintf("%s/%d-vendors/list", d, n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := st.ReassessmentsDue(context.Background(), q); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/%d-vendors/count", d, n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := st.CountReassessmentsDue(context.Background(), q); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
