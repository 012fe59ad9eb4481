package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm/schema"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/store"
)

// TestModelsMatchSchema proves every GORM field has a column of the migrated schema and every
// column has a field, on both databases, so AutoMigrate is never needed.
func TestModelsMatchSchema(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		db := st.DB()
		for _, m := range model.Models() {
			stmt, err := schema.Parse(m, &sync.Map{}, db.NamingStrategy)
			if err != nil {
				t.Fatal(err)
			}
			cols, err := db.Migrator().ColumnTypes(m)
			if err != nil {
				t.Fatalf("%s: %v", stmt.Table, err)
			}
			var inDB []string
			for _, c := range cols {
				inDB = append(inDB, c.Name())
			}
			var inModel []string
			for _, f := range stmt.Fields {
				if f.DBName != "" {
					inModel = append(inModel, f.DBName)
				}
			}
			sort.Strings(inDB)
			sort.Strings(inModel)
			if strings.Join(inDB, ",") != strings.Join(inModel, ",") {
				t.Errorf("table %s:\n  schema: %v\n  model:  %v", stmt.Table, inDB, inModel)
			}
		}
		pending, err := st.Pending(context.Background())
		if err != nil || pending {
			t.Fatalf("pending after migrate: %v %v", pending, err)
		}
	})
}

func TestAnswerVersionConflict(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		now := time.Now().UTC()
		first := &model.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: "true", UpdatedBy: "a", UpdatedAt: now}
		if err := st.SaveAnswer(ctx, first, 0); err != nil {
			t.Fatal(err)
		}
		// Two tabs both loaded version 1; the first save wins, the second is refused.
		tab1 := &model.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: "false", UpdatedBy: "tab1", UpdatedAt: now}
		if err := st.SaveAnswer(ctx, tab1, 1); err != nil {
			t.Fatal(err)
		}
		tab2 := &model.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: "true", UpdatedBy: "tab2", UpdatedAt: now}
		if err := st.SaveAnswer(ctx, tab2, 1); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("stale save: got %v, want ErrConflict", err)
		}
		got, _ := st.Answers(ctx, a.ID)
		if got["security_kpis"].Value != "false" || got["security_kpis"].Version != 2 {
			t.Fatalf("stored %+v", got["security_kpis"])
		}
	})
}

func TestScopedLookupsRefuseOtherAssessments(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		b := seedAssessment(t, st)
		e := &model.Evidence{AssessmentID: a.ID, QuestionID: "training_report", StoredFile: model.StoredFile{ObjectKey: "k1", Filename: "r.csv", Size: 3, Kind: "csv", ContentType: "text/csv", SHA256: "x"}, Status: model.EvidenceStored, CreatedAt: time.Now()}
		if err := st.CreateEvidence(ctx, e); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Evidence(ctx, b.ID, e.ID); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("other assessment's evidence: %v", err)
		}
		if _, err := st.Evidence(ctx, 0, e.ID); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("zero assessment id: %v", err)
		}
		if err := st.DeleteEvidence(ctx, b.ID, e.ID); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("delete through other assessment: %v", err)
		}
	})
}

func TestAuditChainDetectsTampering(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		key := []byte("a key of the test, kept outside the database")
		st.SetAuditKey(key)
		for i, action := range []string{"vendor.create", "assessment.send", "answer.save"} {
			e := &model.AuditEvent{Chain: "assessment:1", ActorType: "user", ActorID: 1, Action: action, ObjectType: "assessment", ObjectID: uint(i)}
			if err := st.AppendAudit(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		es, err := st.AuditChain(ctx, "assessment:1")
		if err != nil || len(es) != 3 {
			t.Fatalf("chain: %v %d", err, len(es))
		}
		if err := model.VerifyAuditChain(es, key, 0); err != nil {
			t.Fatal(err)
		}
		if err := st.DB().Exec("UPDATE audit_events SET action = 'nothing' WHERE seq = 2").Error; err == nil {
			t.Fatal("the database let an audit event be edited")
		}
		if err := st.DB().Exec("DELETE FROM audit_events WHERE seq = 3").Error; err == nil {
			t.Fatal("the database let an audit event be deleted")
		}
		// A writer who can remove the guard edits a row and reseals it the only way it can.
		dropAuditGuard(t, st)
		st.DB().Exec("UPDATE audit_events SET action = 'nothing' WHERE seq = 2")
		var e model.AuditEvent
		st.DB().Where("chain = ? AND seq = 2", "assessment:1").First(&e)
		st.DB().Exec("UPDATE audit_events SET hash = ? WHERE id = ?", model.AuditHash(&e), e.ID)
		es, _ = st.AuditChain(ctx, "assessment:1")
		var broken *model.BrokenChainError
		if err := model.VerifyAuditChain(es, key, 0); !errors.As(err, &broken) || broken.Seq != 2 {
			t.Fatalf("edited and resealed event: %v, want the chain broken at event 2", err)
		}
	})
}

func seedAssessment(t *testing.T, st *store.Store) model.Assessment {
	t.Helper()
	ctx := context.Background()
	u := &model.User{Email: "analyst" + time.Now().Format("150405.000000000") + "@example.com", Role: model.RoleAnalyst}
	if err := st.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	v := &model.Vendor{Name: "Acme", Tier: "high", Decision: "pending"}
	if err := st.CreateVendor(ctx, v); err != nil {
		t.Fatal(err)
	}
	a := &model.Assessment{VendorID: v.ID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h", Status: model.StatusSent, DueOn: time.Now().AddDate(0, 0, 14), SentByID: u.ID}
	if err := apptest.Change(ctx, st, v.ID, func(tx *store.Store) error { return tx.CreateAssessment(ctx, a, nil) }); err != nil {
		t.Fatal(err)
	}
	return *a
}

func TestQuestionnaireVersionSavedOnceUnderConcurrency(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		errs := make(chan error, 8)
		for i := 0; i < 8; i++ {
			go func() {
				errs <- st.SaveQuestionnaireVersion(ctx, &model.QuestionnaireVersion{Hash: "abc", QuestionnaireID: "q", Version: "1", Source: "x", CreatedAt: time.Now()})
			}()
		}
		for i := 0; i < 8; i++ {
			if err := <-errs; err != nil {
				t.Fatalf("concurrent first save: %v", err)
			}
		}
		v, err := st.QuestionnaireSource(ctx, "abc")
		if err != nil || v.Source != "x" {
			t.Fatalf("%v %+v", err, v)
		}
	})
}

// openUnmigrated opens a fresh, empty database of the dialect on the clock now.
func openUnmigrated(t *testing.T, dialect string, now func() time.Time) *store.Store {
	t.Helper()
	var st *store.Store
	var err error
	if dialect == store.DialectPostgres {
		st, err = store.Open(context.Background(), apptest.NewPostgresDB(t), "", now)
	} else {
		st, err = store.Open(context.Background(), "", filepath.Join(t.TempDir(), "assay.db"), now)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestStampsTakeTheAppClock runs the store a year ahead, as tests run the app days ahead, and
// checks that the times it stamps itself come from that clock.
func TestStampsTakeTheAppClock(t *testing.T) {
	ahead := time.Date(2031, 5, 6, 7, 8, 9, 0, time.UTC)
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			st := openUnmigrated(t, d, func() time.Time { return ahead })
			if err := st.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			a := seedAssessment(t, st)
			if err := st.SetAssessmentStatus(ctx, a.ID, model.StatusInProgress); err != nil {
				t.Fatal(err)
			}
			v, err := st.Vendor(ctx, a.VendorID)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.UpdateVendor(ctx, &v); err != nil {
				t.Fatal(err)
			}
			u := &model.User{Email: "clock@example.com", Role: model.RoleAdmin}
			if err := st.CreateUser(ctx, u); err != nil {
				t.Fatal(err)
			}
			if err := st.SetPassword(ctx, u.ID, "hash"); err != nil {
				t.Fatal(err)
			}
			e := &model.AuditEvent{ActorType: "user", Action: "clock.check"}
			if err := st.AppendAudit(ctx, e); err != nil {
				t.Fatal(err)
			}
			a, _ = st.Assessment(ctx, a.ID)
			v, _ = st.Vendor(ctx, a.VendorID)
			*u, _ = st.User(ctx, u.ID)
			for what, at := range map[string]time.Time{"assessment status": a.UpdatedAt, "vendor update": v.UpdatedAt,
				"password": u.UpdatedAt, "user created": u.CreatedAt, "audit event": e.At} {
				if !at.Equal(ahead) {
					t.Errorf("%s stamped %v, want %v", what, at, ahead)
				}
			}
		})
	}
}

// dropAuditGuard removes the triggers that refuse changes to the audit table, as a database
// owner could.
func dropAuditGuard(t *testing.T, st *store.Store) {
	t.Helper()
	stmts := []string{"DROP TRIGGER audit_events_no_update", "DROP TRIGGER audit_events_no_delete"}
	if st.Dialect() == store.DialectPostgres {
		stmts = []string{"DROP TRIGGER audit_events_append_only ON audit_events"}
	}
	for _, q := range stmts {
		if err := st.DB().Exec(q).Error; err != nil {
			t.Fatal(err)
		}
	}
}

// TestSaveQuestionReviewReplacesTheOneBefore saves a question's review twice and checks that
// the question keeps one review, as last saved, under the id the first save gave it: the id
// the audit trail names for both decisions.
func TestSaveQuestionReviewReplacesTheOneBefore(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a := seedAssessment(t, st)
		at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		first := model.QuestionReview{AssessmentID: a.ID, QuestionID: "q1", State: model.ReviewClarification, OpenToVendor: true,
			UpdatedBy: "analyst", UpdatedAt: at}
		if err := st.SaveQuestionReview(ctx, &first); err != nil || first.ID == 0 {
			t.Fatalf("first save: id %d, %v", first.ID, err)
		}
		second := model.QuestionReview{AssessmentID: a.ID, QuestionID: "q1", State: model.ReviewAccepted, UpdatedBy: "lead",
			UpdatedAt: at.Add(time.Hour)}
		if err := st.SaveQuestionReview(ctx, &second); err != nil || second.ID != first.ID {
			t.Fatalf("second save: id %d, want %d, %v", second.ID, first.ID, err)
		}
		rs, err := st.QuestionReviews(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := rs["q1"]
		if len(rs) != 1 || got.ID != first.ID || got.State != model.ReviewAccepted || got.OpenToVendor || got.UpdatedBy != "lead" ||
			!got.UpdatedAt.Equal(at.Add(time.Hour)) {
			t.Fatalf("reviews after two saves: %+v", rs)
		}
		if err := st.SaveQuestionReview(ctx, &model.QuestionReview{AssessmentID: a.ID, State: model.ReviewAccepted, UpdatedAt: at}); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("a review of no question: %v, want not found", err)
		}
	})
}

// TestAssessmentHoldings proves the one read of an assessment says which rows it has besides
// its answers, each of them independently, so that readers skip only queries that find nothing.
func TestAssessmentHoldings(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a, other := seedAssessment(t, st), seedAssessment(t, st)
		check := func(want store.Holdings) {
			t.Helper()
			got, h, err := st.AssessmentHoldings(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != a.ID || got.Vendor == nil || got.Vendor.Name != "Acme" || got.Status != model.StatusSent {
				t.Fatalf("assessment read: %+v (vendor %+v)", got, got.Vendor)
			}
			if h != want {
				t.Fatalf("holdings %+v, want %+v", h, want)
			}
		}
		check(store.Holdings{})
		// Another assessment's rows are not this one's.
		if err := st.CreateEvidence(ctx, &model.Evidence{AssessmentID: other.ID, QuestionID: "q1", StoredFile: model.StoredFile{ObjectKey: "k1"}, Status: "pending"}); err != nil {
			t.Fatal(err)
		}
		check(store.Holdings{})
		if err := st.SaveAnswerNote(ctx, &model.AnswerNote{AssessmentID: a.ID, QuestionID: "q1", NotApplicable: true, Comment: "No staff."}); err != nil {
			t.Fatal(err)
		}
		check(store.Holdings{Notes: true})
		if err := st.CreateEvidence(ctx, &model.Evidence{AssessmentID: a.ID, QuestionID: "q2", StoredFile: model.StoredFile{ObjectKey: "k2"}, Status: "pending"}); err != nil {
			t.Fatal(err)
		}
		check(store.Holdings{Files: true, Notes: true})
		if err := st.CreateReassessment(ctx, &model.Reassessment{AssessmentID: a.ID, PreviousAssessmentID: other.ID}, nil); err != nil {
			t.Fatal(err)
		}
		check(store.Holdings{Files: true, Notes: true, Reassessment: true})
		if _, _, err := st.AssessmentHoldings(ctx, a.ID+other.ID+100); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("unknown assessment: %v, want ErrNotFound", err)
		}
	})
}

// TestAuditChainHoldsWithSeveralWritersAndReplicas appends to one assessment's chain from
// many transactions at once through two stores on the same database, as two replicas would:
// saves that read the chain's head with the assessment under its lock, nested transactions
// that commit or roll back their own events, and appends outside any transaction. The chain
// must come out whole, numbered without gap or repeat, and verify under the key.
func TestAuditChainHoldsWithSeveralWritersAndReplicas(t *testing.T) {
	key := []byte("a key of the test, kept outside the database")
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			url, path := "", ""
			if d == store.DialectPostgres {
				url = apptest.NewPostgresDB(t)
			} else {
				path = filepath.Join(t.TempDir(), "assay.db")
			}
			var replicas [2]*store.Store
			for i := range replicas {
				st, err := store.Open(ctx, url, path, time.Now)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				if i == 0 {
					if err := st.Migrate(ctx); err != nil {
						t.Fatal(err)
					}
				}
				st.SetAuditKey(key)
				replicas[i] = st
			}
			a := seedAssessment(t, replicas[0])
			chain := model.AssessmentChain(a.ID)
			event := func(action string) *model.AuditEvent {
				return &model.AuditEvent{Chain: chain, ActorType: "invitation", ActorID: 1, Action: action, ObjectType: "assessment", ObjectID: a.ID}
			}
			errRolledBack := errors.New("rolled back")
			const writers = 24
			var wg sync.WaitGroup
			errs := make([]error, writers)
			kept := make([]int, writers)
			start := make(chan struct{})
			for w := range writers {
				st := replicas[w%2]
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					if w%4 == 3 {
						errs[w], kept[w] = st.AppendAudit(ctx, event("file.download")), 1
						return
					}
					errs[w] = st.Tx(ctx, func(tx *store.Store) error {
						if err := tx.LockAssessment(ctx, a.ID); err != nil {
							return err
						}
						if _, _, err := tx.AssessmentHoldings(ctx, a.ID); err != nil {
							return err
						}
						n := 0
						if err := tx.AppendAudit(ctx, event("answer.save")); err != nil {
							return err
						}
						n++
						if w%4 != 0 {
							err := tx.Tx(ctx, func(nested *store.Store) error {
								if err := nested.AppendAudit(ctx, event("answer.note")); err != nil {
									return err
								}
								if w%4 == 2 {
									return errRolledBack
								}
								return nil
							})
							switch {
							case err == nil:
								n++
							case !errors.Is(err, errRolledBack):
								return err
							}
						}
						if err := tx.AppendAudit(ctx, event("answer.save")); err != nil {
							return err
						}
						kept[w] = n + 1
						return nil
					})
				}()
			}
			close(start)
			wg.Wait()
			want := 0
			for w := range writers {
				if errs[w] != nil {
					t.Fatalf("writer %d: %v", w, errs[w])
				}
				want += kept[w]
			}
			es, err := replicas[1].AuditChain(ctx, chain)
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != want {
				t.Fatalf("%d events on the chain, want %d", len(es), want)
			}
			for i, e := range es {
				if e.Seq != int64(i+1) {
					t.Fatalf("event %d numbered %d", i+1, e.Seq)
				}
			}
			if err := model.VerifyAuditChain(es, key, 0); err != nil {
				t.Fatal(err)
			}
		})
	}
}
