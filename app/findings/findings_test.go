package findings_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"assay/app/apptest"
	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/notify"
	"assay/app/pipeline"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/validate"
	"assay/questionnaires"
)

// clock is a controllable time source for both services.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// noJobs drops background jobs: these tests score by calling Score themselves.
type noJobs struct{}

func (noJobs) EnqueueTx(context.Context, *store.Store, river.JobArgs) error { return nil }

type fixture struct {
	st       *store.Store
	clock    *clock
	inv      *invitations.Service
	pipeline *pipeline.Service
	scoring  pipeline.Deps // what pipeline was built from
	fs       *findings.Service
	analyst  model.User
	approver model.User
	buyer    model.User
	vendor   model.Vendor
	a        model.Assessment
	actor    audit.Actor
}

func newFixture(t *testing.T, st *store.Store) *fixture {
	t.Helper()
	ctx := context.Background()
	clk := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	f := &fixture{st: st, clock: clk}
	reg, err := questionnaire.Load(questionnaires.FS, assessments.Archive(st))
	if err != nil {
		t.Fatal(err)
	}
	f.inv = invitations.New(invitations.Deps{Store: st, Questionnaires: reg, Mailer: notify.New(notify.Deps{Store: st, Now: clk.now, Log: log}),
		Log: log, Now: clk.now, BaseURL: "https://assay.example", Grace: 14 * 24 * time.Hour, MaxAge: 60 * 24 * time.Hour})
	f.fs = findings.New(findings.Deps{Store: st, Invitations: f.inv, Evidence: files, Log: log, Now: clk.now, MaxUploadBytes: 1 << 20})
	reader := assessments.New(assessments.Deps{Store: st, Questionnaires: reg,
		Reassess: reassess.New(reassess.Deps{Store: st, Questionnaires: reg})})
	f.scoring = pipeline.Deps{Store: st, Evidence: files, Jobs: noJobs{}, Assessments: reader, Findings: f.fs, Log: log, Now: clk.now}
	f.pipeline = pipeline.New(f.scoring)
	a := auth.NewAccounts(auth.Deps{Store: st, Now: clk.now, Hasher: auth.NewHasher(1)})
	user := func(email, role string) model.User {
		u, _, err := a.CreateUser(ctx, auth.NewUser{Email: email, Name: strings.Split(email, "@")[0], Role: role, Password: "correct-horse-battery-staple"}, audit.System)
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	f.analyst, f.approver, f.buyer = user("ana@example.com", model.RoleAnalyst), user("cro@example.com", model.RoleAdmin), user("buyer@example.com", model.RoleProcurement)
	f.actor = audit.Actor{Type: audit.ActorUser, ID: f.analyst.ID, Label: f.analyst.Email}
	f.vendor = model.Vendor{Name: "Delta Payroll", Tier: "high", Decision: model.DecisionPending, CreatedAt: clk.t, UpdatedAt: clk.t,
		Contacts: []model.Contact{{Name: "Dee", Email: "dee@delta.example"}}}
	if err := st.CreateVendor(ctx, &f.vendor); err != nil {
		t.Fatal(err)
	}
	f.a, _, err = f.inv.Send(ctx, f.vendor.ID, invitations.SendInput{DueDate: clk.t.AddDate(0, 0, 20).Format(time.DateOnly),
		Recipients: []string{"dee@delta.example"}}, f.actor)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// answer stores answers as the vendor would, bypassing the closed-for-changes rule so a test
// can change what a rescore sees.
func (f *fixture) answer(t *testing.T, values map[string]any) {
	t.Helper()
	for id, v := range values {
		b, _ := json.Marshal(v)
		if err := f.st.SaveAnswer(context.Background(), &model.Answer{AssessmentID: f.a.ID, QuestionID: id, Value: string(b),
			UpdatedBy: "dee@delta.example", UpdatedAt: f.clock.t}, -1); err != nil {
			t.Fatal(err)
		}
	}
}

func (f *fixture) score(t *testing.T) model.Result {
	t.Helper()
	r, err := f.pipeline.Score(context.Background(), f.a.ID)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (f *fixture) findings(t *testing.T) map[string]model.Finding {
	t.Helper()
	fs, err := f.st.AssessmentFindings(context.Background(), f.a.ID)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]model.Finding{}
	for _, x := range fs {
		m[x.FlagID] = x
	}
	return m
}

func (f *fixture) submit(t *testing.T) {
	t.Helper()
	f.answer(t, map[string]any{"security_ownership": "line_management", "training_program": "none", "management_review_cadence": "none",
		"disciplinary_process": false, "iso27001_certified": false})
	if err := f.st.MarkSubmitted(context.Background(), f.a.ID, "dee@delta.example", f.clock.t); err != nil {
		t.Fatal(err)
	}
}

func thread(t *testing.T, st *store.Store, id uint) []model.FindingMessage {
	t.Helper()
	th, err := st.FindingThread(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func TestFindingsFollowScoring(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st)
		f.submit(t)
		r := f.score(t)
		got := f.findings(t)
		if len(got) != len(r.RedFlags) || len(got) == 0 {
			t.Fatalf("%d findings for %d red flags", len(got), len(r.RedFlags))
		}
		for _, flag := range r.RedFlags {
			fd, ok := got[flag.ID]
			if !ok {
				t.Fatalf("no finding for %s", flag.ID)
			}
			wantDue := map[string]int{"high": 30, "medium": 60, "low": 90}[flag.Severity]
			if fd.Status != model.FindingOpen || fd.Title != flag.Title || fd.Explanation != flag.Explanation || fd.Severity != flag.Severity ||
				fd.OwnerID == nil || *fd.OwnerID != f.analyst.ID || !fd.DueOn.Equal(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC).AddDate(0, 0, wantDue)) {
				t.Errorf("finding %s: %+v (owner %v), want open, the flag's words, owned by the sender, due in %d days", flag.ID, fd, fd.OwnerID, wantDue)
			}
		}
		training := got["no-formal-training"]
		if training.ID == 0 {
			t.Fatalf("no-formal-training did not fire: %v", got)
		}

		// A rescore the next day with the same flags changes nothing.
		f.clock.advance(24 * time.Hour)
		if r2 := f.score(t); r2.ID == r.ID {
			t.Fatal("the rescore did not store a new result")
		}
		again := f.findings(t)
		if len(again) != len(got) {
			t.Fatalf("rescore changed the number of findings: %d -> %d", len(got), len(again))
		}
		for id, fd := range again {
			if fd.ID != got[id].ID || !fd.DueOn.Equal(got[id].DueOn) || fd.Status != model.FindingOpen {
				t.Errorf("rescore changed finding %s: %+v", id, fd)
			}
		}

		// The vendor's training answer changes: that flag stops firing and its finding closes.
		f.answer(t, map[string]any{"training_program": "continuous", "training_includes_contractors": true, "training_completion_rate": 99})
		f.clock.advance(time.Hour)
		f.score(t)
		after := f.findings(t)
		closed := after["no-formal-training"]
		if closed.Status != model.FindingClosed || closed.ClosedBy != model.ClosedBySystem || closed.ClosedAt == nil {
			t.Fatalf("finding of a flag that no longer fires: %+v", closed)
		}
		th := thread(t, st, closed.ID)
		if len(th) == 0 || th[len(th)-1].Kind != model.MessageSystem || !strings.Contains(th[len(th)-1].Body, "no longer fires") {
			t.Errorf("auto-close note: %+v", th)
		}
		if after["no-management-review"].Status != model.FindingOpen {
			t.Errorf("a flag that still fires lost its open finding: %+v", after["no-management-review"])
		}

		// The flag returns: the same finding opens again rather than a second one.
		f.answer(t, map[string]any{"training_program": "none"})
		f.clock.advance(time.Hour)
		f.score(t)
		back := f.findings(t)["no-formal-training"]
		if back.ID != closed.ID || back.Status != model.FindingOpen || back.ClosedAt != nil {
			t.Errorf("returning flag: %+v, want finding %d open again", back, closed.ID)
		}
		var n int64
		st.DB().Model(&model.AuditEvent{}).Where("action = ? AND object_id = ?", "finding.auto_close", closed.ID).Count(&n)
		if n != 1 {
			t.Errorf("auto-close audited %d times, want 1", n)
		}
	})
}

func TestRiskAcceptanceExpiresAndReopens(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newFixture(t, st)
		f.submit(t)
		f.score(t)
		fd := f.findings(t)["no-management-review"]

		for _, c := range []struct {
			name  string
			in    findings.AcceptInput
			field string
		}{
			{"no approver", findings.AcceptInput{Reason: "Board accepts", Expires: "2026-06-01"}, "approver_id"},
			{"procurement approver", findings.AcceptInput{ApproverID: f.buyer.ID, Reason: "Board accepts", Expires: "2026-06-01"}, "approver_id"},
			{"no reason", findings.AcceptInput{ApproverID: f.approver.ID, Reason: "  ", Expires: "2026-06-01"}, "reason"},
			{"expiry today", findings.AcceptInput{ApproverID: f.approver.ID, Reason: "Board accepts", Expires: "2026-03-02"}, "expires_on"},
			{"expiry past", findings.AcceptInput{ApproverID: f.approver.ID, Reason: "Board accepts", Expires: "2025-12-31"}, "expires_on"},
			{"expiry not a date", findings.AcceptInput{ApproverID: f.approver.ID, Reason: "Board accepts", Expires: "next spring"}, "expires_on"},
		} {
			_, err := f.fs.AcceptRisk(ctx, fd.ID, c.in, f.actor)
			ve, ok := validate.As(err)
			if !ok || ve.Fields[c.field] == "" {
				t.Errorf("%s: %v, want a message for %s", c.name, err, c.field)
			}
		}
		if f.findings(t)["no-management-review"].Status != model.FindingOpen {
			t.Fatal("a refused acceptance changed the finding")
		}

		acc, err := f.fs.AcceptRisk(ctx, fd.ID, findings.AcceptInput{ApproverID: f.approver.ID, Reason: "Board review moves to the parent company",
			Expires: "2026-04-15"}, f.actor)
		if err != nil {
			t.Fatal(err)
		}
		if acc.Status != model.FindingRiskAccepted || acc.ApproverID == nil || *acc.ApproverID != f.approver.ID || acc.AcceptedUntil == nil ||
			acc.AcceptedUntil.Format(time.DateOnly) != "2026-04-15" {
			t.Fatalf("accepted: %+v", acc)
		}
		if _, err := f.fs.AcceptRisk(ctx, fd.ID, findings.AcceptInput{ApproverID: f.approver.ID, Reason: "again", Expires: "2026-05-01"}, f.actor); !errors.Is(err, findings.ErrTransition) {
			t.Errorf("accepting an accepted risk: %v, want ErrTransition", err)
		}

		// Before the expiry the sweep leaves it; from the expiry on it reopens, once.
		if err := f.fs.Sweep(ctx, time.Date(2026, 4, 14, 23, 59, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		if got := f.findings(t)["no-management-review"]; got.Status != model.FindingRiskAccepted {
			t.Fatalf("swept before expiry: %s", got.Status)
		}
		expired := time.Date(2026, 4, 15, 0, 0, 0, 0, time.UTC)
		for i := 0; i < 2; i++ {
			if err := f.fs.Sweep(ctx, expired); err != nil {
				t.Fatal(err)
			}
		}
		got := f.findings(t)["no-management-review"]
		if got.Status != model.FindingOpen || got.AcceptedUntil != nil || got.ApproverID != nil {
			t.Fatalf("after the expiry: %+v", got)
		}
		var evs []model.AuditEvent
		st.DB().Where("action = ? AND object_id = ?", "finding.reopen", fd.ID).Find(&evs)
		if len(evs) != 1 || evs[0].ActorType != audit.ActorSystem || !evs[0].At.Equal(expired) || !strings.Contains(evs[0].Detail, "expired") {
			t.Errorf("reopening audited as %+v, want one system event at the expiry", evs)
		}
		th := thread(t, st, fd.ID)
		if !strings.Contains(th[len(th)-1].Body, "expired on 15 April 2026") {
			t.Errorf("thread after reopening: %q", th[len(th)-1].Body)
		}

		// Closing needs a note; reopening works from closed.
		if _, err := f.fs.Close(ctx, fd.ID, findings.CloseInput{}, f.actor); err == nil {
			t.Error("closed without a note")
		}
		if c, err := f.fs.Close(ctx, fd.ID, findings.CloseInput{Note: "Minutes received"}, f.actor); err != nil || c.Status != model.FindingClosed || c.ClosedBy != f.analyst.Email {
			t.Fatalf("close: %+v %v", c, err)
		}
		if r, err := f.fs.Reopen(ctx, fd.ID, findings.ReopenInput{Note: "Minutes were a draft"}, f.actor); err != nil || r.Status != model.FindingOpen {
			t.Fatalf("reopen: %+v %v", r, err)
		}
		// Owner and due date: only staff who may act, only dates from today.
		_, err = f.fs.Update(ctx, fd.ID, findings.UpdateInput{OwnerID: f.buyer.ID, DueDate: "2026-03-01"}, f.actor)
		if ve, ok := validate.As(err); !ok || ve.Fields["owner_id"] == "" || ve.Fields["due_date"] == "" {
			t.Errorf("update with procurement owner and a past date: %v", err)
		}
		if u, err := f.fs.Update(ctx, fd.ID, findings.UpdateInput{OwnerID: f.approver.ID, DueDate: "2026-05-01"}, f.actor); err != nil ||
			*u.OwnerID != f.approver.ID || u.DueOn.Format(time.DateOnly) != "2026-05-01" {
			t.Errorf("update: %+v %v", u, err)
		}
	})
}

func TestVendorDecisions(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newFixture(t, st)

		// Before any score: the snapshot says so.
		d, err := f.fs.Decide(ctx, f.vendor.ID, findings.DecideInput{Decision: model.DecisionPending}, f.actor)
		if err != nil || d.Score != nil || d.AssessmentID != nil || d.OpenFindings != 0 {
			t.Fatalf("decision before scoring: %+v %v", d, err)
		}
		f.submit(t)
		r := f.score(t)
		for _, c := range []struct {
			in    findings.DecideInput
			field string
		}{
			{findings.DecideInput{Decision: "maybe"}, "decision"},
			{findings.DecideInput{Decision: model.DecisionApprovedWithConditions, Conditions: []string{" ", ""}}, "conditions"},
		} {
			if _, err := f.fs.Decide(ctx, f.vendor.ID, c.in, f.actor); err == nil {
				t.Errorf("%+v accepted", c.in)
			} else if ve, ok := validate.As(err); !ok || ve.Fields[c.field] == "" {
				t.Errorf("%+v: %v, want a message for %s", c.in, err, c.field)
			}
		}
		fd := f.findings(t)["no-management-review"]
		if _, err := f.fs.Close(ctx, fd.ID, findings.CloseInput{Note: "Fixed"}, f.actor); err != nil {
			t.Fatal(err)
		}
		f.clock.advance(time.Hour)
		d, err = f.fs.Decide(ctx, f.vendor.ID, findings.DecideInput{Decision: model.DecisionApprovedWithConditions,
			Conditions: []string{"Quarterly review minutes by June", " "}}, f.actor)
		if err != nil {
			t.Fatal(err)
		}
		if d.Score == nil || *d.Score != r.Score || d.Rating != r.Rating || d.AssessmentID == nil || *d.AssessmentID != f.a.ID ||
			d.OpenFindings != len(r.RedFlags)-1 || len(d.Conditions) != 1 || d.DecidedByID != f.analyst.ID || !d.CreatedAt.Equal(f.clock.t) {
			t.Fatalf("decision snapshot: %+v, want score %d rating %s open %d", d, r.Score, r.Rating, len(r.RedFlags)-1)
		}
		v, _ := st.Vendor(ctx, f.vendor.ID)
		hist, _ := st.VendorDecisions(ctx, f.vendor.ID)
		if v.Decision != model.DecisionApprovedWithConditions || len(hist) != 2 || hist[0].ID != d.ID {
			t.Errorf("vendor decision %q, history %d", v.Decision, len(hist))
		}
		// Conditions belong to a conditional approval only.
		d, err = f.fs.Decide(ctx, f.vendor.ID, findings.DecideInput{Decision: model.DecisionRejected, Conditions: []string{"ignored"}}, f.actor)
		if err != nil || len(d.Conditions) != 0 {
			t.Errorf("rejection kept conditions: %+v %v", d, err)
		}
	})
}

// TestSweepGivesFindingsToResultsScoredBefore covers an upgrade: results stored before findings
// existed get their findings from the periodic sweep, once.
func TestSweepGivesFindingsToResultsScoredBefore(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newFixture(t, st)
		before := f.scoring
		before.Findings = nil // scoring as it was before findings
		f.pipeline = pipeline.New(before)
		f.submit(t)
		r := f.score(t)
		if len(r.RedFlags) == 0 || len(f.findings(t)) != 0 {
			t.Fatalf("before the sweep: %d flags, %d findings; want flags and no findings", len(r.RedFlags), len(f.findings(t)))
		}
		for i := 0; i < 2; i++ {
			if err := f.fs.Sweep(ctx, f.clock.now()); err != nil {
				t.Fatal(err)
			}
			got := f.findings(t)
			if len(got) != len(r.RedFlags) {
				t.Fatalf("sweep %d: %d findings for %d flags", i+1, len(got), len(r.RedFlags))
			}
			for _, flag := range r.RedFlags {
				if fd, ok := got[flag.ID]; !ok || fd.Status != model.FindingOpen || fd.Severity != flag.Severity {
					t.Errorf("sweep %d: flag %s has finding %+v, want an open one of severity %s", i+1, flag.ID, fd, flag.Severity)
				}
			}
		}
	})
}

// TestOpenRedFlagsFollowFindings: accepting a finding's risk or closing it takes its red flag
// out of every count of open red flags (the vendor's summary, the red-flag filter, the
// dashboard's most frequent flags) in the same transaction, so they always equal the open
// findings; the acceptance's expiry puts it back.
func TestOpenRedFlagsFollowFindings(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newFixture(t, st)
		f.submit(t)
		r := f.score(t)
		if len(r.RedFlags) < 3 {
			t.Fatalf("%d red flags, want at least 3", len(r.RedFlags))
		}
		expect := func(when string, open int, gone ...string) {
			t.Helper()
			v, err := st.Vendor(ctx, f.vendor.ID)
			if err != nil {
				t.Fatal(err)
			}
			findingsOpen, err := st.OpenFindingCount(ctx, f.vendor.ID)
			if err != nil {
				t.Fatal(err)
			}
			if v.Summary.OpenRedFlags != open || int(findingsOpen) != open {
				t.Errorf("%s: %d open red flags and %d open findings, want %d of each", when, v.Summary.OpenRedFlags, findingsOpen, open)
			}
			fig, err := st.PortfolioFigures(ctx, "2026-03-02", 90, 10, 50)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range gone {
				page, err := st.Vendors(ctx, model.VendorFilter{RedFlag: id, Today: "2026-03-02", Limit: 10})
				if err != nil {
					t.Fatal(err)
				}
				if len(page.Rows) != 0 {
					t.Errorf("%s: the vendor list filtered by %s still lists the vendor", when, id)
				}
				for _, c := range fig.TopRedFlags {
					if c.FlagID == id && c.Vendors != 0 {
						t.Errorf("%s: the dashboard counts %s on %d vendors", when, id, c.Vendors)
					}
				}
			}
		}
		all := len(r.RedFlags)
		expect("after scoring", all)
		fs := f.findings(t)
		accepted, closed := fs[r.RedFlags[0].ID], fs[r.RedFlags[1].ID]
		if _, err := f.fs.AcceptRisk(ctx, accepted.ID, findings.AcceptInput{ApproverID: f.approver.ID, Reason: "Compensating control",
			Expires: "2026-04-15"}, f.actor); err != nil {
			t.Fatal(err)
		}
		expect("after accepting a risk", all-1, accepted.FlagID)
		if _, err := f.fs.Close(ctx, closed.ID, findings.CloseInput{Note: "Fixed"}, f.actor); err != nil {
			t.Fatal(err)
		}
		expect("after closing a finding", all-2, accepted.FlagID, closed.FlagID)
		f.clock.advance(time.Hour)
		f.score(t)
		expect("after a rescore", all-2, accepted.FlagID, closed.FlagID)
		if err := f.fs.Sweep(ctx, time.Date(2026, 4, 15, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		expect("after the acceptance expired", all-1, closed.FlagID)
	})
}
