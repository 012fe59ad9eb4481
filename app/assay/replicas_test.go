package assay_test

import (
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/responses"
)

// TestTwoReplicasShareOnePostgres runs two Assay instances on one database: a vendor session
// opened through one replica works on the other, and a submission is scored exactly once.
func TestTwoReplicasShareOnePostgres(t *testing.T) {
	dbURL := apptest.NewPostgresDB(t)
	// Replicas share the database and the audit key, as in production.
	env := map[string]string{"ASSAY_DATABASE_URL": dbURL, "ASSAY_AUDIT_KEY_FILE": filepath.Join(t.TempDir(), "audit.key")}
	a := apptest.NewServer(t, apptest.Options{Env: env})
	b := apptest.NewServer(t, apptest.Options{Env: env})

	v := a.Vendor(t, "Replica Payroll")
	as, token := a.Send(t, v)

	c := a.VendorSession(t, token) // cookie made by replica A
	res, err := c.Get(b.URL + "/respond")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("vendor session from A on B: %d", res.StatusCode)
	}

	ctx := apptest.Ctx()
	inv, _ := a.App.Store.Invitations(ctx, as.ID)
	actor := audit.Actor{Type: audit.ActorInvitation, ID: inv[0].ID, Label: inv[0].Email}
	if _, err := b.App.Responses.SaveAnswers(ctx, as.ID, responses.SaveInput{Answers: fullAnswers(t)}, actor); err != nil {
		t.Fatal(err)
	}
	if _, err := b.App.Responses.Submit(ctx, as.ID, actor); err != nil {
		t.Fatal(err)
	}
	a.WaitResult(t, as.ID)
	// Both replicas poll the same queue; give the slower one time to (wrongly) score again.
	time.Sleep(1500 * time.Millisecond)
	var n int64
	a.App.Store.DB().Model(&model.Result{}).Where("assessment_id = ?", as.ID).Count(&n)
	if n != 1 {
		t.Fatalf("%d results for one submission, want exactly 1", n)
	}
	events, _ := a.App.Store.AuditChain(ctx, model.AssessmentChain(as.ID))
	scored := 0
	for _, e := range events {
		if e.Action == "assessment.score" {
			scored++
		}
	}
	if scored != 1 {
		t.Fatalf("%d score events, want 1", scored)
	}
	for _, r := range []*apptest.Server{a, b} {
		if trail, err := audit.AssessmentTrail(ctx, r.App.Store, as.ID); err != nil || !trail.Intact() {
			t.Fatalf("audit trail as replica %s checks it: %v %v", r.URL, err, trail.Problem)
		}
	}
}
