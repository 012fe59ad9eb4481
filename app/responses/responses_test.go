package responses_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"assay/app/apptest"
	"assay/app/assay"
	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/responses"
)

// contacts are two people of one vendor answering the same assessment from two browsers.
var contacts = [2]audit.Actor{
	{Type: audit.ActorInvitation, ID: 1, Label: "ann@vendor.example", IP: "192.0.2.1"},
	{Type: audit.ActorInvitation, ID: 2, Label: "bob@vendor.example", IP: "192.0.2.2"},
}

// sent starts Assay on dialect and sends the questionnaire to a new vendor named name.
func sent(t *testing.T, dialect, name string) (*assay.App, model.Assessment) {
	srv := apptest.NewServer(t, apptest.Options{Dialect: dialect})
	a, _ := srv.Send(t, srv.Vendor(t, name))
	return srv.App, a
}

func save(question string, value any, version int) responses.SaveInput {
	b, _ := json.Marshal(value)
	return responses.SaveInput{Answers: map[string]json.RawMessage{question: b}, Versions: map[string]int{question: version}}
}

// TestConcurrentSavesFromOneVersionKeepOne has two contacts save the same answer at the same
// moment from the version both loaded, round after round: each round exactly one save is
// stored and audited, the other is told of the conflict, and the audit chain still verifies.
func TestConcurrentSavesFromOneVersionKeepOne(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			app, a := sent(t, d, "Kilo Couriers")
			ctx := apptest.Ctx()
			const q, rounds = "iso27001_scope", 15
			for round := range rounds {
				loaded, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				from := loaded.Answers[q].Version
				if from != round {
					t.Fatalf("round %d starts from version %d, want %d (one save stored per round)", round, from, round)
				}
				var wg sync.WaitGroup
				errs := [2]error{}
				for i, c := range contacts {
					wg.Add(1)
					go func() {
						defer wg.Done()
						_, errs[i] = app.Responses.SaveAnswers(ctx, a.ID, save(q, fmt.Sprintf("scope by %s, round %d", c.Label, round), from), c)
					}()
				}
				wg.Wait()
				winner := -1
				for i, err := range errs {
					var ce *responses.ConflictError
					switch {
					case err == nil:
						if winner >= 0 {
							t.Fatalf("round %d: both saves from version %d were stored", round, from)
						}
						winner = i
					case errors.As(err, &ce):
						if got := ce.Current[q].Version; got != from+1 {
							t.Errorf("round %d: the conflict reports version %d, want the winner's %d", round, got, from+1)
						}
					default:
						t.Fatalf("round %d, %s: %v", round, contacts[i].Label, err)
					}
				}
				if winner < 0 {
					t.Fatalf("round %d: neither save from version %d was stored", round, from)
				}
				st, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				want := fmt.Sprintf("scope by %s, round %d", contacts[winner].Label, round)
				if got := st.Answers[q]; got.Value != want || got.Version != from+1 || got.UpdatedBy != contacts[winner].Label {
					t.Fatalf("round %d: stored %+v, want %q by %s at version %d", round, got, want, contacts[winner].Label, from+1)
				}
			}
			apptest.AssertSavesAudited(t, app, a.ID, rounds)
		})
	}
}

// TestSaveAnswersAnswersWithTheStoredState checks that what a save answers with, worked out
// without reading the assessment again, is what reading it afterwards shows: the values as
// stored, their versions, the questions a changed answer shows or hides, what is missing and
// the progress, and the assessment moved to in progress by the first save.
func TestSaveAnswersAnswersWithTheStoredState(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			app, a := sent(t, d, "Lima Logistics")
			ctx := apptest.Ctx()
			steps := []struct {
				name string
				in   responses.SaveInput
			}{
				{"first answer", save("training_program", "annual", 0)},
				{"a number, with no version", responses.SaveInput{Answers: map[string]json.RawMessage{"training_completion_rate": json.RawMessage("97")}}},
				{"an answer that hides three questions", save("training_program", "none", 1)},
				{"two answers at once", responses.SaveInput{
					Answers:  map[string]json.RawMessage{"training_program": json.RawMessage(`"continuous"`), "security_ownership": json.RawMessage(`"it_team"`)},
					Versions: map[string]int{"training_program": 2, "security_ownership": 0}}},
			}
			visible := map[int]int{}
			for i, step := range steps {
				got, err := app.Responses.SaveAnswers(ctx, a.ID, step.in, contacts[i%2])
				if err != nil {
					t.Fatalf("%s: %v", step.name, err)
				}
				want, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got.Assessment.Status != model.StatusInProgress || want.Assessment.Status != model.StatusInProgress {
					t.Errorf("%s: status answered %q, stored %q, want in progress", step.name, got.Assessment.Status, want.Assessment.Status)
				}
				for id, w := range want.Answers {
					g := got.Answers[id]
					if !reflect.DeepEqual(g.Value, w.Value) || g.Version != w.Version || g.UpdatedBy != w.UpdatedBy || !g.UpdatedAt.Equal(w.UpdatedAt) {
						t.Errorf("%s: answered %s = %+v, stored %+v", step.name, id, g, w)
					}
				}
				if len(got.Answers) != len(want.Answers) {
					t.Errorf("%s: answered %d answers, stored %d", step.name, len(got.Answers), len(want.Answers))
				}
				if !reflect.DeepEqual(got.Visible, want.Visible) || !reflect.DeepEqual(got.Missing, want.Missing) ||
					got.Answered != want.Answered || got.Total != want.Total {
					t.Errorf("%s: answered visible %v missing %v %d/%d, stored visible %v missing %v %d/%d", step.name,
						got.Visible, got.Missing, got.Answered, got.Total, want.Visible, want.Missing, want.Answered, want.Total)
				}
				visible[i] = len(got.Visible)
			}
			if visible[2] != visible[1]-3 || visible[3] != visible[1] {
				t.Errorf("visible questions after each save %v: want three hidden by no training and shown again", visible)
			}
		})
	}
}

// TestSaveRacingSubmitLandsBeforeOrIsRefused has one contact change an answer while the other
// submits, at the same moment, on fresh assessments: the save is either part of the submission
// (audited before it, checked by it) or refused because the questionnaire is closed, never
// written over submitted answers. A save that clears a required answer and a submit can
// therefore never both succeed.
func TestSaveRacingSubmitLandsBeforeOrIsRefused(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			app, ctx := srv.App, apptest.Ctx()
			const rounds = 6
			for round := range rounds {
				a, _ := srv.Send(t, srv.Vendor(t, fmt.Sprintf("Mike Freight %d", round)))
				if _, err := app.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: complete()}, contacts[0]); err != nil {
					t.Fatal(err)
				}
				// Even rounds change a required answer to another valid one; odd rounds clear it.
				q, value := "reporting_channel", any(false)
				if round%2 == 1 {
					value = nil
				}
				var saveErr, submitErr error
				var wg sync.WaitGroup
				wg.Add(2)
				go func() {
					defer wg.Done()
					_, saveErr = app.Responses.SaveAnswers(ctx, a.ID, save(q, value, 1), contacts[1])
				}()
				go func() {
					defer wg.Done()
					_, submitErr = app.Responses.Submit(ctx, a.ID, contacts[0])
				}()
				wg.Wait()
				var missing *responses.MissingError
				switch {
				case saveErr == nil && submitErr == nil:
					if value == nil {
						t.Fatalf("round %d: the save cleared %s and the submit still went through", round, q)
					}
				case saveErr == nil && errors.As(submitErr, &missing):
					if value != nil || !slices.Contains(missing.Questions, q) {
						t.Fatalf("round %d: submit refused for %v after a save of %v", round, missing.Questions, value)
					}
				case errors.Is(saveErr, assessments.ErrClosed) && submitErr == nil:
				default:
					t.Fatalf("round %d: save: %v; submit: %v", round, saveErr, submitErr)
				}
				st, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				wantValue, wantVersion := any(true), 1
				if saveErr == nil {
					wantValue, wantVersion = value, 2
				}
				if got := st.Answers[q]; got.Value != wantValue || got.Version != wantVersion {
					t.Fatalf("round %d (save: %v): stored %s = %v at version %d, want %v at %d",
						round, saveErr, q, got.Value, got.Version, wantValue, wantVersion)
				}
				if submitErr == nil {
					assertSavedBeforeSubmit(t, app, a.ID)
				}
			}
		})
	}
}

// complete answers every required question of the 5.4 questionnaire, reporting_channel yes.
func complete() map[string]json.RawMessage {
	answers := map[string]json.RawMessage{}
	for k, v := range map[string]any{"security_ownership": "line_management", "responsibilities_documented": true,
		"communication_methods": []string{"periodic_updates"}, "training_program": "none", "employment_contract_clauses": true,
		"contractor_agreements": true, "acknowledgement_process": "none", "management_review_cadence": "none",
		"security_kpis": true, "disciplinary_process": false, "reporting_channel": true, "iso27001_certified": false} {
		answers[k], _ = json.Marshal(v)
	}
	return answers
}

// assertSavedBeforeSubmit checks that no answer was saved after the assessment's submission on
// its audit chain, and that the chain verifies.
func assertSavedBeforeSubmit(t *testing.T, app *assay.App, assessmentID uint) {
	t.Helper()
	assertChangedBeforeSubmit(t, app, assessmentID, "answer.save")
}

// TestFileAndNoteChangesRacingSubmitLandBeforeOrAreRefused has one contact leave a note, upload
// a file or remove one while the other submits, at the same moment, on fresh assessments: each
// change either lands before the submission on the audit trail and in what was submitted, or
// is refused because the questionnaire is closed. None is ever added to submitted answers.
func TestFileAndNoteChangesRacingSubmitLandBeforeOrAreRefused(t *testing.T) {
	changes := []struct {
		name   string
		action string
		change func(app *assay.App, a model.Assessment, old assessments.EvidenceView) error
		landed func(st assessments.State) bool
	}{
		{"note", "answer.note", func(app *assay.App, a model.Assessment, _ assessments.EvidenceView) error {
			_, err := app.Responses.SaveNote(apptest.Ctx(), a.ID, "security_ownership", responses.NoteInput{Comment: "Owned by the CISO."}, contacts[1])
			return err
		}, func(st assessments.State) bool { return st.Notes["security_ownership"].Comment == "Owned by the CISO." }},
		{"upload", "evidence.upload", func(app *assay.App, a model.Assessment, _ assessments.EvidenceView) error {
			_, err := app.Responses.Upload(apptest.Ctx(), a.ID, "security_policy", "policy-2026.txt",
				strings.NewReader("Information security policy, approved by the board in 2026.\n"), contacts[1])
			return err
		}, func(st assessments.State) bool { return len(st.Evidence) == 2 }},
		{"remove", "evidence.remove", func(app *assay.App, a model.Assessment, old assessments.EvidenceView) error {
			return app.Responses.RemoveEvidence(apptest.Ctx(), a.ID, old.ID, contacts[1])
		}, func(st assessments.State) bool { return len(st.Evidence) == 0 }},
	}
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			app, ctx := srv.App, apptest.Ctx()
			const rounds = 8
			for round := range rounds * len(changes) {
				c := changes[round%len(changes)]
				a, _ := srv.Send(t, srv.Vendor(t, fmt.Sprintf("Oscar Freight %d", round)))
				if _, err := app.Responses.SaveAnswers(ctx, a.ID, responses.SaveInput{Answers: complete()}, contacts[0]); err != nil {
					t.Fatal(err)
				}
				old, err := app.Responses.Upload(ctx, a.ID, "security_policy", "policy-2025.txt",
					strings.NewReader("Information security policy, approved by the board in 2025.\n"), contacts[0])
				if err != nil {
					t.Fatal(err)
				}
				var changeErr, submitErr error
				var wg sync.WaitGroup
				wg.Add(2)
				go func() {
					defer wg.Done()
					changeErr = c.change(app, a, old)
				}()
				go func() {
					defer wg.Done()
					_, submitErr = app.Responses.Submit(ctx, a.ID, contacts[0])
				}()
				wg.Wait()
				if submitErr != nil {
					t.Fatalf("round %d (%s): submit: %v", round, c.name, submitErr)
				}
				if changeErr != nil && !errors.Is(changeErr, assessments.ErrClosed) {
					t.Fatalf("round %d (%s): %v", round, c.name, changeErr)
				}
				st, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if landed := c.landed(st); landed != (changeErr == nil) {
					t.Fatalf("round %d (%s): change returned %v but its effect is stored: %v", round, c.name, changeErr, landed)
				}
				assertChangedBeforeSubmit(t, app, a.ID, c.action)
			}
		})
	}
}

// assertChangedBeforeSubmit checks that no event of action stands after the assessment's
// submission on its audit chain, and that the chain verifies.
func assertChangedBeforeSubmit(t *testing.T, app *assay.App, assessmentID uint, action string) {
	t.Helper()
	events, err := app.Store.AuditChain(apptest.Ctx(), model.AssessmentChain(assessmentID))
	if err != nil {
		t.Fatal(err)
	}
	submitted := false
	for _, e := range events {
		switch {
		case e.Action == "assessment.submit":
			submitted = true
		case e.Action == action && submitted:
			t.Fatalf("%s after the submission: %s", action, e.Detail)
		}
	}
	if !submitted {
		t.Fatal("no assessment.submit event")
	}
	if _, err := audit.VerifyAll(apptest.Ctx(), app.Store); err != nil {
		t.Fatalf("audit trail: %v", err)
	}
}

// TestWithdrawalRacingFirstSaveEndsOneWay has an analyst withdraw a questionnaire at the moment
// the vendor saves a first answer, round after round: either the save lands and the withdrawal
// follows it, or the withdrawal lands and the save is told the questionnaire is closed. Neither
// fails for any other reason (two transactions each waiting for the other's lock did, on
// PostgreSQL), and the audit trail verifies.
func TestWithdrawalRacingFirstSaveEndsOneWay(t *testing.T) {
	analyst := audit.Actor{Type: audit.ActorUser, ID: 1, Label: "analyst@assay.example", IP: "192.0.2.9"}
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			app, ctx := srv.App, apptest.Ctx()
			for round := range 12 {
				a, _ := srv.Send(t, srv.Vendor(t, fmt.Sprintf("Papa Freight %d", round)))
				var saveErr, cancelErr error
				var wg sync.WaitGroup
				wg.Add(2)
				go func() {
					defer wg.Done()
					_, saveErr = app.Responses.SaveAnswers(ctx, a.ID, save("reporting_channel", true, 0), contacts[0])
				}()
				go func() {
					defer wg.Done()
					cancelErr = app.Invitations.Cancel(ctx, a.ID, invitations.CancelInput{Reason: "Vendor contract ended."}, analyst)
				}()
				wg.Wait()
				if cancelErr != nil {
					t.Fatalf("round %d: withdraw: %v (save: %v)", round, cancelErr, saveErr)
				}
				if saveErr != nil && !errors.Is(saveErr, assessments.ErrClosed) {
					t.Fatalf("round %d: save: %v", round, saveErr)
				}
				st, err := app.Assessments.State(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if st.Assessment.Status != model.StatusCancelled {
					t.Fatalf("round %d: status %s, want cancelled", round, st.Assessment.Status)
				}
				if saved := st.Answers["reporting_channel"].Version == 1; saved != (saveErr == nil) {
					t.Fatalf("round %d: save returned %v, answer stored: %v", round, saveErr, saved)
				}
			}
			if _, err := audit.VerifyAll(ctx, app.Store); err != nil {
				t.Fatalf("audit trail: %v", err)
			}
		})
	}
}
