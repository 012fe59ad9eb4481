package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/portfolio"
	"assay/app/questionnaire"
	"assay/app/scoring"
	"assay/app/store"
)

// summaryOf reads a vendor's summary and open red flags as the vendor list shows them.
func summaryOf(t *testing.T, st *store.Store, vendorID uint) (model.Summary, []string) {
	t.Helper()
	v, err := st.Vendor(context.Background(), vendorID)
	if err != nil {
		t.Fatal(err)
	}
	var flags []string
	if err := st.DB().Model(&model.VendorRedFlag{}).Where("vendor_id = ?", vendorID).Order("flag_id").Pluck("flag_id", &flags).Error; err != nil {
		t.Fatal(err)
	}
	return v.Summary, flags
}

// TestVendorSummaryFollowsAssessments walks one vendor through send, answering, submission,
// scoring and a reassessment, each change refreshed in its transaction as a service does, and
// checks the summary the list and dashboard read at each step.
func TestVendorSummaryFollowsAssessments(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		s, flags := summaryOf(t, st, a.VendorID)
		if s.LatestAssessmentID == nil || *s.LatestAssessmentID != a.ID || s.AssessmentStatus != model.StatusSent ||
			s.AssessmentDueOn != a.DueOn.UTC().Format("2006-01-02") || s.Scored() || s.Score != -1 || len(flags) != 0 {
			t.Fatalf("after send: %+v %v", s, flags)
		}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.SetAssessmentStatus(ctx, a.ID, model.StatusInProgress, model.StatusSent)
		}); err != nil {
			t.Fatal(err)
		}
		if s, _ = summaryOf(t, st, a.VendorID); s.AssessmentStatus != model.StatusInProgress {
			t.Fatalf("after the first answer: status %q", s.AssessmentStatus)
		}
		at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.MarkSubmitted(ctx, a.ID, "vendor@example.com", at)
		}); err != nil {
			t.Fatal(err)
		}
		if s, _ = summaryOf(t, st, a.VendorID); s.AssessmentStatus != model.StatusSubmitted || s.LastSubmittedAt == nil || !s.LastSubmittedAt.Equal(at) {
			t.Fatalf("after submission: %+v", s)
		}
		r := &model.Result{AssessmentID: a.ID, Score: 42, Rating: scoring.RatingHigh, ComputedAt: at.Add(time.Minute),
			RedFlags:    []scoring.RedFlag{{ID: "no_training", Severity: "high", Title: "No training"}, {ID: "no_owner", Severity: "critical", Title: "No owner"}},
			Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: scoring.CertificateExpiring, ExpiresOn: "2026-04-30"}}}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error { return tx.CreateResult(ctx, r) }); err != nil {
			t.Fatal(err)
		}
		s, flags = summaryOf(t, st, a.VendorID)
		if s.AssessmentStatus != model.StatusScored || !s.Scored() || *s.ResultAssessmentID != a.ID || s.Score != 42 || s.Rating != "high" ||
			s.RatingRank != 3 || s.CertificateStatus != "expiring" || s.CertificateExpiresOn != "2026-04-30" || s.OpenRedFlags != 2 ||
			!reflect.DeepEqual(flags, []string{"no_owner", "no_training"}) {
			t.Fatalf("after scoring: %+v %v", s, flags)
		}

		// A reassessment in progress shows its own status and due date and keeps the last
		// result in force until it is scored.
		next := &model.Assessment{VendorID: a.VendorID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h",
			Status: model.StatusSent, DueOn: at.AddDate(1, 0, 0), SentByID: a.SentByID}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error { return tx.CreateAssessment(ctx, next, nil) }); err != nil {
			t.Fatal(err)
		}
		s, flags = summaryOf(t, st, a.VendorID)
		if *s.LatestAssessmentID != next.ID || s.AssessmentStatus != model.StatusSent || s.AssessmentDueOn != "2027-03-02" ||
			*s.ResultAssessmentID != a.ID || s.Score != 42 || len(flags) != 2 {
			t.Fatalf("after a reassessment was sent: %+v %v", s, flags)
		}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.MarkSubmitted(ctx, next.ID, "vendor@example.com", at.AddDate(1, 0, 0))
		}); err != nil {
			t.Fatal(err)
		}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.CreateResult(ctx, &model.Result{AssessmentID: next.ID, Score: 91, Rating: scoring.RatingLow, ComputedAt: at.AddDate(1, 0, 0), RedFlags: []scoring.RedFlag{},
				Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: scoring.CertificateValid, ExpiresOn: "2028-01-01"}}})
		}); err != nil {
			t.Fatal(err)
		}
		s, flags = summaryOf(t, st, a.VendorID)
		if *s.ResultAssessmentID != next.ID || s.Score != 91 || s.Rating != "low" || s.OpenRedFlags != 0 || len(flags) != 0 {
			t.Fatalf("after the reassessment was scored: %+v %v", s, flags)
		}

		// Saving the vendor's own fields leaves the summary alone.
		v, err := st.Vendor(ctx, a.VendorID)
		if err != nil {
			t.Fatal(err)
		}
		v.Name = "Acme Renamed"
		if err := st.UpdateVendor(ctx, &v); err != nil {
			t.Fatal(err)
		}
		if after, _ := summaryOf(t, st, a.VendorID); !reflect.DeepEqual(after, s) {
			t.Fatalf("vendor update changed the summary: %+v, was %+v", after, s)
		}
		checkCounts(t, st, "after the reassessment")
		v.Tier = "low"
		if err := st.UpdateVendor(ctx, &v); err != nil {
			t.Fatal(err)
		}
		checkCounts(t, st, "after a change of tier")
	})
}

// TestPortfolioBackfillMatchesRefresh loads assessments and results under the schema before the
// reassessment cycles and the summary, migrates up, and checks that the migrations' SQL
// backfills give every vendor the summary RefreshVendorSummary computes and the cycle the
// triggers keep.
func TestPortfolioBackfillMatchesRefresh(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedGenerated(t, st, 24, 3)
		checkCounts(t, st, "after the backfill")
		var ids []uint
		if err := st.DB().Model(&model.Vendor{}).Order("id").Pluck("id", &ids).Error; err != nil || len(ids) != 24 {
			t.Fatalf("seeded vendors: %d %v", len(ids), err)
		}
		scored := 0
		for _, id := range ids {
			backfilled, bflags := summaryOf(t, st, id)
			if err := st.RefreshVendorSummary(ctx, id); err != nil {
				t.Fatal(err)
			}
			refreshed, rflags := summaryOf(t, st, id)
			// Timestamps come back from the two paths in different precision or zone.
			if !sameTime(backfilled.LastSubmittedAt, refreshed.LastSubmittedAt) || !sameTime(backfilled.ScoredAt, refreshed.ScoredAt) {
				t.Errorf("vendor %d: times %v %v, refreshed %v %v", id, backfilled.LastSubmittedAt, backfilled.ScoredAt, refreshed.LastSubmittedAt, refreshed.ScoredAt)
			}
			backfilled.LastSubmittedAt, backfilled.ScoredAt, refreshed.LastSubmittedAt, refreshed.ScoredAt = nil, nil, nil, nil
			if !reflect.DeepEqual(backfilled, refreshed) || !reflect.DeepEqual(bflags, rflags) {
				t.Errorf("vendor %d:\n backfill %+v %v\n refresh  %+v %v", id, backfilled, bflags, refreshed, rflags)
			}
			if refreshed.Scored() {
				scored++
			}
		}
		checkCounts(t, st, "after refreshing every vendor")
		if scored != len(ids) {
			t.Errorf("%d of %d vendors scored; every seeded vendor has an older scored assessment", scored, len(ids))
		}
		backfilled := cyclesOf(t, st)
		if len(backfilled) != len(ids) {
			t.Fatalf("%d vendor cycles for %d vendors", len(backfilled), len(ids))
		}
		// A change of status fires the cycle triggers, which recompute each vendor's cycle.
		if err := st.DB().Exec("UPDATE assessments SET status = status").Error; err != nil {
			t.Fatal(err)
		}
		if kept := cyclesOf(t, st); !reflect.DeepEqual(backfilled, kept) {
			t.Errorf("vendor cycles:\n backfill %v\n triggers %v", backfilled, kept)
		}
	})
}

// seedGenerated bulk-loads vendors with perVendor assessments each, as of 1 June 2026, through
// the migrations' backfills (apptest.SeedPortfolio).
func seedGenerated(t *testing.T, st *store.Store, vendors, perVendor int) {
	t.Helper()
	ctx := context.Background()
	u := &model.User{Email: "seed@example.com", Role: model.RoleAnalyst}
	if err := st.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	seed := apptest.PortfolioSeed{Vendors: vendors, PerVendor: perVendor, Today: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), SenderID: u.ID}
	if err := apptest.SeedPortfolio(ctx, st, seed); err != nil {
		t.Fatal(err)
	}
}

// checkCounts compares the dashboard's kept counts with the same counts aggregated afresh.
func checkCounts(t *testing.T, st *store.Store, when string) {
	t.Helper()
	var kept []model.PortfolioCount
	if err := st.DB().Where("n <> 0").Order("kind, key").Find(&kept).Error; err != nil {
		t.Fatal(err)
	}
	var fresh []model.PortfolioCount
	for _, q := range []string{
		"SELECT 'awaiting_review' AS kind, '' AS key, count(*) AS n FROM vendors WHERE awaiting_review HAVING count(*) > 0",
		"SELECT 'certificate_expiry' AS kind, certificate_expires_on AS key, count(*) AS n FROM vendors " +
			"WHERE certificate_expires_on <> '' GROUP BY certificate_expires_on",
		"SELECT 'flag' AS kind, flag_id AS key, count(*) AS n FROM vendor_red_flags GROUP BY flag_id",
		"SELECT 'open_due' AS kind, assessment_due_on AS key, count(*) AS n FROM vendors " +
			"WHERE assessment_status IN ('" + strings.Join(portfolio.OpenStatuses, "', '") + "') AND assessment_due_on <> '' GROUP BY assessment_due_on",
		"SELECT 'status' AS kind, assessment_status AS key, count(*) AS n FROM vendors GROUP BY assessment_status",
		"SELECT 'tier_rating' AS kind, tier || '/' || rating AS key, count(*) AS n FROM vendors GROUP BY tier, rating",
	} {
		var part []model.PortfolioCount
		if err := st.DB().Raw(q + " ORDER BY key").Scan(&part).Error; err != nil {
			t.Fatal(err)
		}
		fresh = append(fresh, part...)
	}
	strip := func(cs []model.PortfolioCount) []string {
		var out []string
		for _, c := range cs {
			out = append(out, fmt.Sprintf("%s %s=%d", c.Kind, c.Key, c.N))
		}
		return out
	}
	if got, want := strip(kept), strip(fresh); !reflect.DeepEqual(got, want) {
		t.Errorf("%s: kept counts\n %v\nwant\n %v", when, got, want)
	}
}

// cyclesOf reads every vendor's reassessment cycle, one line per vendor in vendor order.
func cyclesOf(t *testing.T, st *store.Store) []string {
	t.Helper()
	var cs []model.VendorCycle
	if err := st.DB().Order("vendor_id").Find(&cs).Error; err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		last, at := "none", "never"
		if c.LastAssessmentID != nil {
			last = fmt.Sprint(*c.LastAssessmentID)
		}
		if c.LastSubmittedAt != nil {
			at = c.LastSubmittedAt.UTC().Format(time.RFC3339Nano)
		}
		out[i] = fmt.Sprintf("vendor %d %s open=%d last=%s at %s", c.VendorID, c.Tier, c.OpenAssessments, last, at)
	}
	return out
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

// TestPortfolioCountsUnderConcurrentChanges sends and scores assessments of two vendors from
// many goroutines at once and checks that the kept counts still match the vendors.
func TestPortfolioCountsUnderConcurrentChanges(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		first := seedAssessment(t, st)
		other := &model.Vendor{Name: "Globex", Tier: "critical", Decision: "pending"}
		if err := st.CreateVendor(ctx, other); err != nil {
			t.Fatal(err)
		}
		errs := make(chan error, 12)
		for i := 0; i < 12; i++ {
			go func() {
				vendorID := first.VendorID
				if i%2 == 1 {
					vendorID = other.ID
				}
				a := &model.Assessment{VendorID: vendorID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h",
					Status: model.StatusSent, DueOn: time.Now().AddDate(0, 0, i), SentByID: first.SentByID}
				if err := apptest.Change(ctx, st, vendorID, func(tx *store.Store) error { return tx.CreateAssessment(ctx, a, nil) }); err != nil {
					errs <- err
					return
				}
				if err := apptest.Change(ctx, st, vendorID, func(tx *store.Store) error { return tx.MarkSubmitted(ctx, a.ID, "v", time.Now()) }); err != nil {
					errs <- err
					return
				}
				rating := []string{"low", "medium", "high", "critical"}[i%4]
				errs <- apptest.Change(ctx, st, vendorID, func(tx *store.Store) error {
					return tx.CreateResult(ctx, &model.Result{AssessmentID: a.ID, Score: 10 * i, Rating: rating, ComputedAt: time.Now(),
						RedFlags: []scoring.RedFlag{{ID: fmt.Sprintf("flag_%d", i%3), Severity: "high", Title: "Flag"}}})
				})
			}()
		}
		for i := 0; i < 12; i++ {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		checkCounts(t, st, "after concurrent changes")
	})
}

// TestAwaitingReviewAndOverrideInSummary checks the two summary rules that follow from other
// features: a decision answers a submission only when recorded after it, and the analyst's
// rating override is the rating the list filters on, with the computed one kept beside it.
func TestAwaitingReviewAndOverrideInSummary(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		awaiting := func(when string, want int64) {
			t.Helper()
			p, err := st.PortfolioFigures(ctx, "2026-03-03", 90, 10, 10)
			if err != nil {
				t.Fatal(err)
			}
			if p.AwaitingReview != want {
				t.Errorf("%s: %d awaiting review, want %d", when, p.AwaitingReview, want)
			}
			checkCounts(t, st, when)
		}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.MarkSubmitted(ctx, a.ID, "vendor@example.com", at)
		}); err != nil {
			t.Fatal(err)
		}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.CreateResult(ctx, &model.Result{AssessmentID: a.ID, Score: 42, Rating: scoring.RatingHigh, ComputedAt: at.Add(time.Minute),
				RedFlags: []scoring.RedFlag{}})
		}); err != nil {
			t.Fatal(err)
		}
		awaiting("scored, no decision", 1)
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.RecordDecision(ctx, &model.VendorDecision{VendorID: a.VendorID, Decision: "approved", DecidedByID: a.SentByID,
				DecidedBy: "ana", CreatedAt: at.Add(time.Hour)})
		}); err != nil {
			t.Fatal(err)
		}
		awaiting("approved after the submission", 0)

		set := at.Add(2 * time.Hour)
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.SetRatingOverride(ctx, a.ID, model.RatingOverride{OverrideRating: scoring.RatingMedium,
				OverrideJustification: "compensating controls seen on site", OverrideBy: "ana", OverrideAt: &set})
		}); err != nil {
			t.Fatal(err)
		}
		s, _ := summaryOf(t, st, a.VendorID)
		if s.Rating != "medium" || s.ComputedRating != "high" || !s.RatingOverridden || s.OverrideStale || s.RatingRank != 2 {
			t.Fatalf("after the override: %+v", s)
		}
		checkCounts(t, st, "after the override")

		// A reassessment submitted after the decision is awaiting review again.
		next := &model.Assessment{VendorID: a.VendorID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h",
			Status: model.StatusSent, DueOn: at.AddDate(1, 0, 0), SentByID: a.SentByID}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error { return tx.CreateAssessment(ctx, next, nil) }); err != nil {
			t.Fatal(err)
		}
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.MarkSubmitted(ctx, next.ID, "vendor@example.com", at.AddDate(0, 0, 1))
		}); err != nil {
			t.Fatal(err)
		}
		awaiting("a reassessment submitted after the decision", 1)

		// Rescoring the overridden assessment keeps the override, marked as older.
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.CreateResult(ctx, &model.Result{AssessmentID: a.ID, Score: 40, Rating: scoring.RatingHigh, ComputedAt: set.Add(time.Hour),
				RedFlags: []scoring.RedFlag{}})
		}); err != nil {
			t.Fatal(err)
		}
		if s, _ = summaryOf(t, st, a.VendorID); s.Rating != "medium" || !s.OverrideStale {
			t.Fatalf("after a rescore: %+v", s)
		}
	})
}

// TestOverdueQueriesFollowTheRule checks that the vendor list's overdue filter and the
// dashboard's overdue count select exactly the vendors portfolio.Overdue calls overdue.
func TestOverdueQueriesFollowTheRule(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		const today = "2026-03-02"
		sender := &model.User{Email: "sender@example.com", Role: model.RoleAnalyst}
		if err := st.CreateUser(ctx, sender); err != nil {
			t.Fatal(err)
		}
		var want []uint
		for i, status := range []string{"", model.StatusSent, model.StatusInProgress, model.StatusSubmitted, model.StatusScored,
			model.StatusReturned, model.StatusCancelled, model.StatusExpired} {
			for _, due := range []string{"", "2026-03-01", today, "2026-03-03"} {
				v := &model.Vendor{Name: fmt.Sprintf("Vendor %d %s", i, due), Tier: "low", Decision: "pending"}
				if err := st.CreateVendor(ctx, v); err != nil {
					t.Fatal(err)
				}
				if status != "" && due != "" {
					// An assessment in this state, summarised as the services do, so the
					// dashboard's counts follow it too.
					dueOn, _ := time.Parse("2006-01-02", due)
					a := &model.Assessment{VendorID: v.ID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h",
						Status: status, DueOn: dueOn, SentByID: sender.ID}
					if err := apptest.Change(ctx, st, v.ID, func(tx *store.Store) error { return tx.CreateAssessment(ctx, a, nil) }); err != nil {
						t.Fatal(err)
					}
				} else if err := st.DB().Table("vendors").Where("id = ?", v.ID).
					// States no assessment leaves in the summary, written as they are.
					Updates(map[string]any{"assessment_status": status, "assessment_due_on": due}).Error; err != nil {
					t.Fatal(err)
				}
				if portfolio.Overdue(status, due, today) {
					want = append(want, v.ID)
				}
			}
		}
		page, err := st.Vendors(ctx, model.VendorFilter{Status: model.StatusOverdue, Today: today, Sort: "updated", Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		var got []uint
		for _, r := range page.Rows {
			got = append(got, r.Vendor.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("overdue filter: vendors %v, want %v", got, want)
		}
		p, err := st.PortfolioFigures(ctx, today, 90, 10, 10)
		if err != nil {
			t.Fatal(err)
		}
		if p.Overdue != int64(len(want)) {
			t.Errorf("dashboard: %d overdue, want %d", p.Overdue, len(want))
		}
	})
}

// TestRefreshVendorSummaryJoinsTheTransaction refreshes a summary inside Tx, as a service does:
// the refresh sees the transaction's own change and goes when the transaction rolls back.
func TestRefreshVendorSummaryJoinsTheTransaction(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		if err := apptest.Change(ctx, st, a.VendorID, func(tx *store.Store) error {
			return tx.MarkSubmitted(ctx, a.ID, "vendor@example.com", time.Now())
		}); err != nil {
			t.Fatal(err)
		}
		if s, _ := summaryOf(t, st, a.VendorID); !s.AwaitingReview {
			t.Fatalf("submitted, never decided: %+v", s)
		}
		rollback := errors.New("roll back")
		err := st.Tx(ctx, func(tx *store.Store) error {
			if err := tx.DB().Exec("UPDATE vendors SET decision = 'approved' WHERE id = ?", a.VendorID).Error; err != nil {
				return err
			}
			if err := tx.RefreshVendorSummary(ctx, a.VendorID); err != nil {
				return err
			}
			if s, _ := summaryOf(t, tx, a.VendorID); s.AwaitingReview {
				t.Errorf("inside the transaction, after the decision: %+v", s)
			}
			return rollback
		})
		if !errors.Is(err, rollback) {
			t.Fatal(err)
		}
		if s, _ := summaryOf(t, st, a.VendorID); !s.AwaitingReview {
			t.Errorf("after the rollback: %+v", s)
		}
		checkCounts(t, st, "after the rollback")
	})
}

// TestChangesLeaveTheSummaryToTheServices makes every kind of change the summary is computed
// from through the store alone and checks that the vendor's summary, red flags and counts stay
// as they were: the services refresh them, in the transaction of the change, and nothing else
// does. The refresh at the end shows the changes were there to be seen.
func TestChangesLeaveTheSummaryToTheServices(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		sent, sentFlags := summaryOf(t, st, a.VendorID)
		at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		next := &model.Assessment{VendorID: a.VendorID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h",
			Status: model.StatusSent, DueOn: at.AddDate(1, 0, 0), SentByID: a.SentByID}
		expire := func() error {
			if done, err := st.ExpireAssessment(ctx, next.ID, portfolio.OpenStatuses, at); err != nil || !done {
				return fmt.Errorf("expired %v: %v", done, err)
			}
			return nil
		}
		for _, c := range []struct {
			change string
			fn     func() error
		}{
			{"first answer", func() error { return st.SetAssessmentStatus(ctx, a.ID, model.StatusInProgress, model.StatusSent) }},
			{"submission", func() error { return st.MarkSubmitted(ctx, a.ID, "vendor@example.com", at) }},
			{"score", func() error {
				return st.CreateResult(ctx, &model.Result{AssessmentID: a.ID, Score: 42, Rating: scoring.RatingHigh, ComputedAt: at,
					RedFlags: []scoring.RedFlag{{ID: "no_owner", Severity: "critical", Title: "No owner"}}})
			}},
			{"override", func() error {
				return st.SetRatingOverride(ctx, a.ID, model.RatingOverride{OverrideRating: scoring.RatingMedium,
					OverrideJustification: "compensating controls seen on site", OverrideBy: "ana", OverrideAt: &at})
			}},
			{"decision", func() error {
				return st.RecordDecision(ctx, &model.VendorDecision{VendorID: a.VendorID, Decision: model.DecisionApproved,
					DecidedByID: a.SentByID, DecidedBy: "ana", CreatedAt: at})
			}},
			{"return", func() error { return st.ReturnAssessment(ctx, a.ID, at.AddDate(0, 0, 14), at) }},
			{"send", func() error { return st.CreateAssessment(ctx, next, nil) }},
			{"expiry", expire},
		} {
			if err := c.fn(); err != nil {
				t.Fatalf("%s: %v", c.change, err)
			}
			if s, flags := summaryOf(t, st, a.VendorID); !reflect.DeepEqual(s, sent) || !reflect.DeepEqual(flags, sentFlags) {
				t.Fatalf("the store refreshed the summary on a %s: %+v %v, was %+v %v", c.change, s, flags, sent, sentFlags)
			}
			checkCounts(t, st, "after a "+c.change)
		}
		if err := st.RefreshVendorSummary(ctx, a.VendorID); err != nil {
			t.Fatal(err)
		}
		s, flags := summaryOf(t, st, a.VendorID)
		if *s.LatestAssessmentID != next.ID || s.AssessmentStatus != model.StatusExpired || *s.ResultAssessmentID != a.ID ||
			s.Rating != "medium" || !s.RatingOverridden || !reflect.DeepEqual(flags, []string{"no_owner"}) {
			t.Fatalf("after the refresh: %+v %v", s, flags)
		}
		checkCounts(t, st, "after the refresh")
	})
}

// TestFlagFilterPagesMatchBruteForce pages through the vendor list filtered on each red flag,
// by last update both ways, alone and with a status, forwards and back, and checks the pages
// and the total against the same vendors selected and sorted directly: after the seed's
// backfill, after vendors are given the same update time (ties broken by id), and after a
// vendor is edited and summaries are refreshed (the flag rows rewritten).
func TestFlagFilterPagesMatchBruteForce(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedGenerated(t, st, 96, 2)
		check := func(when string) {
			t.Helper()
			var flags []string
			if err := st.DB().Model(&model.VendorRedFlag{}).Distinct("flag_id").Order("flag_id").Pluck("flag_id", &flags).Error; err != nil || len(flags) < 12 {
				t.Fatalf("%s: flags %v %v", when, flags, err)
			}
			for _, flag := range flags {
				for _, status := range []string{"", model.StatusScored} {
					for _, desc := range []bool{true, false} {
						f := model.VendorFilter{RedFlag: flag, Status: status, Sort: "updated", Desc: desc, Today: "2026-06-01"}
						got, first := walkVendorPages(t, st, f)
						want := flagHoldersByUpdate(t, st, flag, status, desc)
						if total := first.Total; !slices.Equal(got, want) || total != int64(len(want)) {
							t.Errorf("%s: flag %s status %q desc %v: vendors %v (total %d), want %v", when, flag, status, desc, got, total, want)
						}
					}
				}
			}
		}
		check("after the backfill")

		// A third of the vendors updated at the same instant: their order is by id.
		tie := time.Date(2026, 5, 20, 9, 30, 0, 0, time.UTC)
		if err := st.DB().Exec("UPDATE vendors SET updated_at = ? WHERE id % 3 = 0", tie).Error; err != nil {
			t.Fatal(err)
		}
		check("after ties in update time")

		// An edit makes a flag holder the latest updated; refreshes rewrite flag rows.
		var holder model.VendorRedFlag
		if err := st.DB().Where("flag_id = ?", "flag_3").Order("vendor_id").First(&holder).Error; err != nil {
			t.Fatal(err)
		}
		v, err := st.Vendor(ctx, holder.VendorID)
		if err != nil {
			t.Fatal(err)
		}
		v.Name += " Renamed"
		if err := st.UpdateVendor(ctx, &v); err != nil {
			t.Fatal(err)
		}
		for _, id := range []uint{holder.VendorID, holder.VendorID + 12, 3, 6, 9} {
			if err := st.RefreshVendorSummary(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		check("after an edit and refreshes")
		first, err := st.Vendors(ctx, model.VendorFilter{RedFlag: "flag_3", Sort: "updated", Desc: true, Limit: 3})
		if err != nil || len(first.Rows) == 0 || first.Rows[0].Vendor.ID != holder.VendorID {
			t.Errorf("flag_3 by latest update: the vendor just edited (%d) is not first: %+v %v", holder.VendorID, first.Rows, err)
		}
	})
}

// walkVendorPages reads every page of f, three vendors a page unless f says, following Next
// from the first page and then Prev back from the last, which must give the same pages; it
// returns the vendors in order and the first page, with the total it counted.
func walkVendorPages(t *testing.T, st *store.Store, f model.VendorFilter) ([]uint, model.VendorPage) {
	t.Helper()
	ctx := context.Background()
	if f.Limit == 0 {
		f.Limit = 3
	}
	f.Count = true
	ids := func(p model.VendorPage) []uint {
		var out []uint
		for _, r := range p.Rows {
			out = append(out, r.Vendor.ID)
			if f.RedFlag != "" && !slices.ContainsFunc(r.RedFlags, func(fl model.VendorRedFlag) bool { return fl.FlagID == f.RedFlag }) {
				t.Errorf("vendor %d listed under %s shows flags %+v", r.Vendor.ID, f.RedFlag, r.RedFlags)
			}
		}
		return out
	}
	var pages []model.VendorPage
	for {
		p, err := st.Vendors(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
		if p.Next == nil || len(pages) > 400 {
			break
		}
		f.After = p.Next
	}
	var all []uint
	for _, p := range pages {
		all = append(all, ids(p)...)
	}
	f.After = pages[len(pages)-1].Prev
	for i := len(pages) - 2; i >= 0; i-- {
		if f.After == nil {
			t.Fatalf("page %d of %+v has no previous page", i+1, f)
		}
		p, err := st.Vendors(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ids(p), ids(pages[i]); !slices.Equal(got, want) {
			t.Errorf("%+v: page %d read back %v, read forwards %v", f, i, got, want)
		}
		f.After = p.Prev
	}
	if f.After != nil {
		t.Errorf("%+v: the first page read back has a previous page", f)
	}
	return all, pages[0]
}

// flagHoldersByUpdate selects the vendors with the open red flag (and the status, if one is
// given) straight from the vendors and sorts them by update time, ties by id.
func flagHoldersByUpdate(t *testing.T, st *store.Store, flag, status string, desc bool) []uint {
	t.Helper()
	q := st.DB().Table("vendors").Where("id IN (SELECT vendor_id FROM vendor_red_flags WHERE flag_id = ?)", flag)
	if status != "" {
		q = q.Where("assessment_status = ?", status)
	}
	order := "updated_at, id"
	if desc {
		order = "updated_at DESC, id DESC"
	}
	var ids []uint
	if err := q.Order(order).Pluck("id", &ids).Error; err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestVendorListReadsEveryColumn compares every vendor of the list, which scans its columns by
// hand, with the same vendor read by GORM from the model, on a vendor with every field set
// (times as Assay writes them and as SQL's datetime() does): a column added to the model and
// not to the list's query fails here.
func TestVendorListReadsEveryColumn(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedGenerated(t, st, 30, 2)
		var owner, full uint
		if err := st.DB().Raw("SELECT min(id) FROM users").Scan(&owner).Error; err != nil {
			t.Fatal(err)
		}
		if err := st.DB().Raw("SELECT max(id) FROM vendors WHERE result_assessment_id IS NOT NULL").Scan(&full).Error; err != nil {
			t.Fatal(err)
		}
		at := time.Date(2026, 5, 1, 10, 30, 15, 123456000, time.UTC)
		err := st.DB().Exec(`UPDATE vendors SET owner_id = ?, website = 'https://full.example', decision = 'approved', created_at = ?, updated_at = ?,
			assessment_status = 'scored', assessment_due_on = '2026-05-20', last_submitted_at = ?, score = 42, rating = 'high', rating_rank = 3,
			rating_overridden = ?, computed_rating = 'medium', override_stale = ?, awaiting_review = ?, certificate_status = 'valid',
			certificate_expires_on = '2027-01-31', open_red_flags = 2, scored_at = ? WHERE id = ?`,
			owner, at.AddDate(-1, 0, 0), at, at.Add(-time.Hour), true, true, true, at.Add(time.Minute), full).Error
		if err != nil {
			t.Fatal(err)
		}
		var want []model.Vendor
		if err := st.DB().Order("lower(name), id").Find(&want).Error; err != nil {
			t.Fatal(err)
		}
		// Every field of the full vendor is set, so none can be missed unseen.
		fv := reflect.ValueOf(want[slices.IndexFunc(want, func(v model.Vendor) bool { return v.ID == full })])
		for _, v := range []reflect.Value{fv, fv.FieldByName("Summary")} {
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.Name != "Summary" && f.Type.Kind() != reflect.Slice && v.Field(i).IsZero() {
					t.Errorf("the full vendor leaves %s unset: set it above", f.Name)
				}
			}
		}
		pg, err := st.Vendors(ctx, model.VendorFilter{Limit: 200, Today: "2026-06-01"})
		if err != nil {
			t.Fatal(err)
		}
		if len(pg.Rows) != len(want) {
			t.Fatalf("%d vendors listed, want %d", len(pg.Rows), len(want))
		}
		for i, r := range pg.Rows {
			if !reflect.DeepEqual(r.Vendor, want[i]) {
				t.Errorf("vendor %d listed as\n%+v\nread by GORM as\n%+v", want[i].ID, r.Vendor, want[i])
			}
		}

		// The brief list (the list page's) is the same list, each vendor as Vendor.Brief leaves
		// it, with the same red flags, cursors and count, whatever the plan its filter takes.
		var flag string
		if err := st.DB().Raw("SELECT min(flag_id) FROM vendor_red_flags").Scan(&flag).Error; err != nil || flag == "" {
			t.Fatalf("no red flag seeded: %v", err)
		}
		for _, f := range []model.VendorFilter{
			{Limit: 200},
			{Limit: 7, Sort: "score", Desc: true, Count: true},
			{Limit: 5, Search: "vendor 1", Count: true},
			{Limit: 5, Search: "vendor 1", Sort: "updated"},
			{Limit: 4, RedFlag: flag, Sort: "updated", Desc: true, Count: true},
			{Limit: 4, RedFlag: flag, Count: true},
			{Limit: 6, Status: model.StatusScored, Count: true},
		} {
			f.Today = "2026-06-01"
			for range 3 {
				full, err := st.Vendors(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				b := f
				b.Brief = true
				brief, err := st.Vendors(ctx, b)
				if err != nil {
					t.Fatal(err)
				}
				for i := range full.Rows {
					full.Rows[i].Vendor = full.Rows[i].Vendor.Brief()
				}
				if len(full.Rows) == 0 || !reflect.DeepEqual(brief, full) {
					t.Errorf("%+v: brief page\n%+v\nwant\n%+v", f, brief, full)
				}
				if full.Next == nil {
					break
				}
				f.After = full.Next
			}
		}
	})
}
