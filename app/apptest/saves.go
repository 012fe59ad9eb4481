package apptest

import (
	"encoding/json"
	"testing"

	"assay/app/assay"
	"assay/app/audit"
	"assay/app/model"
)

// AssertSavesAudited checks that the assessment's audit chain records saves answer saves, in
// order, each with the version it stored (1, 2, …), and that the whole trail verifies.
func AssertSavesAudited(t testing.TB, app *assay.App, assessmentID uint, saves int) {
	t.Helper()
	ctx := Ctx()
	events, err := app.Store.AuditEventsByAction(ctx, model.AssessmentChain(assessmentID), "answer.save")
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != saves {
		t.Errorf("%d answer.save events, want one per stored save (%d)", len(events), saves)
	}
	for i, e := range events {
		var detail struct {
			Version int `json:"version"`
		}
		if err := json.Unmarshal([]byte(e.Detail), &detail); err != nil || detail.Version != i+1 {
			t.Errorf("event %d records version %d (%v), want %d", i, detail.Version, err, i+1)
		}
	}
	if _, err := audit.VerifyAll(ctx, app.Store); err != nil {
		t.Errorf("audit trail after the saves: %v", err)
	}
}
