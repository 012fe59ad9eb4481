package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
)

// TestSaveAnswersAuditedIsWholeOrNothing checks the autosave's write (on PostgreSQL one
// statement sent with the COMMIT): answers written together are stored with their audit events
// in sequence on an intact chain, and when one of them moved since it was read the whole
// transaction is rolled back, the other answers and every event with it, as a conflict naming
// nothing stored.
func TestSaveAnswersAuditedIsWholeOrNothing(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		key := []byte("a key of the test, kept outside the database")
		st.SetAuditKey(key)
		a := seedAssessment(t, st)
		now := time.Now().UTC().Truncate(time.Microsecond)
		for _, q := range []string{"security_kpis", "security_ownership"} {
			if err := st.SaveAnswer(ctx, &model.Answer{AssessmentID: a.ID, QuestionID: q, Value: `"first"`, UpdatedBy: "a", UpdatedAt: now}, 0); err != nil {
				t.Fatal(err)
			}
		}
		// save writes value over both answers at the versions stored, in LockedTx as an
		// autosave does; meddle runs in the transaction before the write.
		save := func(value string, meddle func(tx *store.Store, stored map[string]model.Answer) error) error {
			return st.LockedTx(ctx, a.ID, func(tx *store.Store) error {
				stored, err := tx.Answers(ctx, a.ID)
				if err != nil {
					return err
				}
				if err := meddle(tx, stored); err != nil {
					return err
				}
				var ws []store.AnswerWrite
				for _, q := range []string{"security_kpis", "security_ownership"} {
					ev, err := audit.NewEvent(audit.Actor{Type: audit.ActorInvitation, Label: "b"}, audit.Event{Action: "answer.save",
						ObjectType: "answer", Assessment: a.ID, Detail: map[string]any{"question_id": q, "value": value}}, now)
					if err != nil {
						return err
					}
					ws = append(ws, store.AnswerWrite{From: stored[q].Version, Event: &ev, Answer: &model.Answer{ID: stored[q].ID,
						AssessmentID: a.ID, QuestionID: q, Value: value, UpdatedBy: "b", UpdatedAt: now}})
				}
				return tx.SaveAnswersAudited(ctx, ws, true)
			})
		}
		untouched := func(*store.Store, map[string]model.Answer) error { return nil }
		if err := save(`"second"`, untouched); err != nil {
			t.Fatalf("save over the versions read: %v", err)
		}
		chain := model.AssessmentChain(a.ID)
		events, err := st.AuditEventsByAction(ctx, chain, "answer.save")
		if err != nil {
			t.Fatal(err)
		}
		stored, _ := st.Answers(ctx, a.ID)
		if len(events) != 2 || events[0].Seq+1 != events[1].Seq {
			t.Fatalf("answer.save events %+v, want two in sequence", events)
		}
		for _, e := range events {
			if e.ObjectID != stored["security_kpis"].ID && e.ObjectID != stored["security_ownership"].ID {
				t.Errorf("event %d records answer %d, none of those saved", e.Seq, e.ObjectID)
			}
		}
		for q, ans := range stored {
			if ans.Value != `"second"` || ans.Version != 2 || ans.UpdatedBy != "b" {
				t.Errorf("%s stored %+v, want \"second\" at version 2 by b", q, ans)
			}
		}

		// One answer moves inside the transaction, before the write (a writer that skips the
		// assessment's lock).
		moved := func(tx *store.Store, stored map[string]model.Answer) error {
			return tx.SaveAnswer(ctx, &model.Answer{AssessmentID: a.ID, QuestionID: "security_ownership", Value: `"moved"`,
				UpdatedBy: "c", UpdatedAt: now}, stored["security_ownership"].Version)
		}
		err = save(`"third"`, moved)
		var conflict *store.AnswerConflictError
		if !errors.As(err, &conflict) || !errors.Is(err, model.ErrConflict) {
			t.Fatalf("save over a moved answer: %v, want an answer conflict", err)
		}
		if st.Dialect() == store.DialectPostgres {
			// The same from another connection, which the write's own check catches.
			err = save(`"third"`, func(_ *store.Store, stored map[string]model.Answer) error {
				return st.SaveAnswer(ctx, &model.Answer{AssessmentID: a.ID, QuestionID: "security_kpis", Value: `"outside"`,
					UpdatedBy: "d", UpdatedAt: now}, stored["security_kpis"].Version)
			})
			if !errors.As(err, &conflict) {
				t.Fatalf("save over an answer moved outside: %v, want an answer conflict", err)
			}
		}
		after, _ := st.Answers(ctx, a.ID)
		for q, ans := range after {
			want, version := `"second"`, 2
			if q == "security_kpis" && st.Dialect() == store.DialectPostgres {
				want, version = `"outside"`, 3
			}
			if ans.Value != want || ans.Version != version {
				t.Errorf("%s after the refused saves: %+v, want %s at version %d", q, ans, want, version)
			}
		}
		if events, _ := st.AuditEventsByAction(ctx, chain, "answer.save"); len(events) != 2 {
			t.Errorf("%d answer.save events after the refused saves, want the 2 stored before", len(events))
		}
		es, err := st.AuditChain(ctx, chain)
		if err != nil {
			t.Fatal(err)
		}
		if err := model.VerifyAuditChain(es, key, 0); err != nil {
			t.Errorf("audit trail after the refused saves: %v", err)
		}
	})
}
