package store_test

import (
	"context"
	"errors"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm/schema"

	"assay/app/apptest"
	"assay/app/store"
)

// TestModelsMatchSchema proves every GORM field has a column of the migrated schema and every
// column has a field, on both databases, so AutoMigrate is never needed.
func TestModelsMatchSchema(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		db := st.DB()
		for _, m := range store.Models() {
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
		first := &store.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: "true", UpdatedBy: "a", UpdatedAt: now}
		if err := st.SaveAnswer(ctx, first, 0); err != nil {
			t.Fatal(err)
		}
		// Two tabs both loaded version 1; the first save wins, the second is refused.
		tab1 := &store.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: "false", UpdatedBy: "tab1", UpdatedAt: now}
		if err := st.SaveAnswer(ctx, tab1, 1); err != nil {
			t.Fatal(err)
		}
		tab2 := &store.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: "true", UpdatedBy: "tab2", UpdatedAt: now}
		if err := st.SaveAnswer(ctx, tab2, 1); !errors.Is(err, store.ErrConflict) {
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
		e := &store.Evidence{AssessmentID: a.ID, QuestionID: "training_report", ObjectKey: "k1", Filename: "r.csv", Size: 3, Kind: "csv", ContentType: "text/csv", SHA256: "x", Status: store.EvidenceStored, CreatedAt: time.Now()}
		if err := st.CreateEvidence(ctx, e); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Evidence(ctx, b.ID, e.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("other assessment's evidence: %v", err)
		}
		if _, err := st.Evidence(ctx, 0, e.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("zero assessment id: %v", err)
		}
		if err := st.DeleteEvidence(ctx, b.ID, e.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("delete through other assessment: %v", err)
		}
	})
}

func TestAuditChainDetectsTampering(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		for i, action := range []string{"vendor.create", "assessment.send", "answer.save"} {
			e := &store.AuditEvent{Chain: "assessment:1", ActorType: "user", ActorID: 1, Action: action, ObjectType: "assessment", ObjectID: uint(i)}
			if err := st.AppendAudit(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		es, err := st.AuditChain(ctx, "assessment:1")
		if err != nil || len(es) != 3 {
			t.Fatalf("chain: %v %d", err, len(es))
		}
		if err := store.VerifyAuditChain(es); err != nil {
			t.Fatal(err)
		}
		st.DB().Exec("UPDATE audit_events SET action = 'nothing' WHERE seq = 2")
		es, _ = st.AuditChain(ctx, "assessment:1")
		if err := store.VerifyAuditChain(es); err == nil {
			t.Fatal("edited event not detected")
		}
	})
}

func seedAssessment(t *testing.T, st *store.Store) store.Assessment {
	t.Helper()
	ctx := context.Background()
	u := &store.User{Email: "analyst" + time.Now().Format("150405.000000000") + "@example.com", Role: store.RoleAnalyst}
	if err := st.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	v := &store.Vendor{Name: "Acme", Tier: "high", Decision: "pending"}
	if err := st.CreateVendor(ctx, v); err != nil {
		t.Fatal(err)
	}
	a := &store.Assessment{VendorID: v.ID, QuestionnaireID: "iso27001-a5.4", QuestionnaireVersion: "1", QuestionnaireHash: "h", Status: store.StatusSent, DueOn: time.Now().AddDate(0, 0, 14), SentByID: u.ID}
	if err := st.CreateAssessment(ctx, a, nil); err != nil {
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
				errs <- st.SaveQuestionnaireVersion(ctx, &store.QuestionnaireVersion{Hash: "abc", QuestionnaireID: "q", Version: "1", Source: "x", CreatedAt: time.Now()})
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
