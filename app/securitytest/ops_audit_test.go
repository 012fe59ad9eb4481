package securitytest

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
)

// auditVerify runs `assay audit verify` on the database and key file and returns its output
// and whether it exited zero.
func auditVerify(t *testing.T, dbURL, keyFile string) (string, bool) {
	t.Helper()
	cmd := exec.Command(assayBin, "audit", "verify")
	cmd.Env = append(os.Environ(), "ASSAY_DATABASE_URL="+dbURL, "ASSAY_AUDIT_KEY_FILE="+keyFile, "ASSAY_DATA_DIR="+t.TempDir())
	out, err := cmd.CombinedOutput()
	return string(out), err == nil
}

// TestAuditTamperingDetected plays a database writer against the audit trail on PostgreSQL:
// the trigger refuses edits and deletes; with the trigger out of the way, an edited event
// resealed with plain SHA-256 (the old scheme, all a writer without the key can compute) and
// its successors relinked is caught by the assessment page and by `assay audit verify`, which
// names the row.
func TestAuditTamperingDetected(t *testing.T) {
	dbURL := apptest.NewPostgresDB(t)
	keyFile := filepath.Join(t.TempDir(), "audit.key")
	srv := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_DATABASE_URL": dbURL, "ASSAY_AUDIT_KEY_FILE": keyFile}})
	if fi, err := os.Stat(keyFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("audit key file: %v, mode %v; want created with 0600", err, fi)
	}
	a, token := srv.Send(t, srv.Vendor(t, "Audited Vendor"))
	srv.VendorSession(t, token)
	analyst := srv.SignIn(t, "analyst@example.com", model.RoleAnalyst)
	page := func() string {
		return do(t, analyst, http.MethodGet, fmt.Sprintf("%s/assessments/%d", srv.URL, a.ID), nil, nil).Body
	}
	if !strings.Contains(page(), "keyed chain is intact") {
		t.Fatal("the assessment page does not call the untouched trail intact")
	}
	if out, ok := auditVerify(t, dbURL, keyFile); !ok || !strings.Contains(out, "intact") {
		t.Fatalf("audit verify on the untouched trail: %s", out)
	}

	db := srv.App.Store.DB()
	chain := model.AssessmentChain(a.ID)
	if err := db.Exec("UPDATE audit_events SET actor_label = 'someone else' WHERE chain = ?", chain).Error; err == nil {
		t.Fatal("PostgreSQL let an audit event be updated")
	}
	if err := db.Exec("DELETE FROM audit_events WHERE chain = ?", chain).Error; err == nil {
		t.Fatal("PostgreSQL let an audit event be deleted")
	}

	// The writer switches the guard off and rewrites the chain from its first event on.
	var es []model.AuditEvent
	if err := db.Where("chain = ?", chain).Order("seq").Find(&es).Error; err != nil || len(es) < 2 {
		t.Fatalf("chain: %v %d", err, len(es))
	}
	if err := db.Exec("ALTER TABLE audit_events DISABLE TRIGGER USER").Error; err != nil {
		t.Fatal(err)
	}
	prev := ""
	for i := range es {
		e := &es[i]
		if i == 0 {
			e.ActorLabel = "someone else"
		}
		e.PrevHash = prev
		e.Hash = model.AuditHash(e)
		prev = e.Hash
		if err := db.Exec("UPDATE audit_events SET actor_label = ?, prev_hash = ?, hash = ? WHERE id = ?", e.ActorLabel, e.PrevHash, e.Hash, e.ID).Error; err != nil {
			t.Fatal(err)
		}
	}
	db.Exec("ALTER TABLE audit_events ENABLE TRIGGER USER")

	if p := page(); strings.Contains(p, "keyed chain is intact") || !strings.Contains(p, "cannot be verified") {
		t.Error("the assessment page still calls the rewritten trail intact")
	}
	out, ok := auditVerify(t, dbURL, keyFile)
	if ok || !strings.Contains(out, fmt.Sprintf("row %d", es[0].ID)) {
		t.Errorf("audit verify after tampering: exit zero %v, output %q; want non-zero naming row %d", ok, out, es[0].ID)
	}
}

// TestReadsAndRefusalsAudited: downloading evidence and exporting an assessment are on the
// assessment's trail with who did it; a refused request (403) is on the global trail.
func TestReadsAndRefusalsAudited(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	a, token := srv.Send(t, srv.Vendor(t, "Read Vendor"))
	analyst := srv.APIToken(t, "reader@example.com", model.RoleAnalyst)
	buyer := srv.APIToken(t, "buyer@example.com", model.RoleProcurement)
	ct, body := uploadBody("review_minutes", "minutes.pdf", []byte(minimalPDF))
	up := do(t, nil, http.MethodPost, srv.URL+"/api/v1/respond/evidence", body, map[string]string{"Bearer": token, "Content-Type": ct})
	var file struct{ ID uint }
	up.JSON(t, &file)
	base := fmt.Sprintf("%s/api/v1/assessments/%d", srv.URL, a.ID)
	if r := do(t, nil, http.MethodGet, fmt.Sprintf("%s/evidence/%d", base, file.ID), nil, map[string]string{"Bearer": analyst}); r.Status != http.StatusOK {
		t.Fatalf("evidence download: %d", r.Status)
	}
	if r := do(t, nil, http.MethodGet, base+"/export", nil, map[string]string{"Bearer": analyst}); r.Status != http.StatusOK {
		t.Fatalf("export: %d", r.Status)
	}
	if r := do(t, nil, http.MethodGet, base+"/export", nil, map[string]string{"Bearer": buyer}); r.Status != http.StatusForbidden {
		t.Fatalf("export by procurement: %d, want 403", r.Status)
	}
	has := func(chain, action, who string) bool {
		es, err := srv.App.Store.AuditChain(apptest.Ctx(), chain)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Action == action && e.ActorLabel == who {
				return true
			}
		}
		return false
	}
	if !has(model.AssessmentChain(a.ID), "evidence.download", "reader@example.com") {
		t.Error("the evidence download is not on the assessment's trail")
	}
	if !has(model.AssessmentChain(a.ID), "assessment.export", "reader@example.com") {
		t.Error("the export is not on the assessment's trail")
	}
	if !has(model.GlobalChain, "request.denied", "buyer@example.com") {
		t.Error("the refused export is not on the global trail")
	}
}
