package securitytest

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
)

// TestExpiredLinkStopsOpenSession keeps a vendor session open while its invitation link passes
// its expiry (sessions here outlive the link on purpose) and before any sweep has marked the
// assessment expired: the next save is refused with the expired page or its JSON, and nothing
// is saved.
func TestExpiredLinkStopsOpenSession(t *testing.T) {
	clock := &apptest.Clock{}
	srv := apptest.NewServer(t, apptest.Options{Now: clock.Now, Env: map[string]string{
		"ASSAY_SESSION_IDLE": "10000h", "ASSAY_SESSION_ABSOLUTE": "20000h", "ASSAY_SWEEP_INTERVAL": "1000h"}})
	a, token := srv.Send(t, srv.Vendor(t, "Expiring Vendor"))
	session := srv.VendorSession(t, token)
	csrf := csrfOf(t, srv, session)
	save := func(value string) reply {
		return do(t, session, http.MethodPatch, srv.URL+"/respond/answers", strings.NewReader(`{"answers":{"security_ownership":"`+value+`"}}`),
			map[string]string{"Content-Type": "application/json", "X-CSRF-Token": csrf})
	}
	if r := save("it_team"); r.Status != http.StatusOK {
		t.Fatalf("save while the link is valid: %d %s", r.Status, r.Body)
	}
	invs, err := srv.App.Store.Invitations(apptest.Ctx(), a.ID)
	if err != nil || len(invs) != 1 {
		t.Fatal(err, len(invs))
	}
	clock.Set(invs[0].ExpiresAt.Add(time.Minute))

	r := save("ciso_only")
	var problem struct {
		Error struct{ Code string } `json:"error"`
	}
	r.JSON(t, &problem)
	if r.Status != http.StatusGone || problem.Error.Code != "link_expired" {
		t.Errorf("save after the link expired: %d %s; want 410 link_expired", r.Status, r.Body)
	}
	page := do(t, session, http.MethodGet, srv.URL+"/respond", nil, nil)
	if page.Status != http.StatusGone || !strings.Contains(page.Body, "This link has expired") {
		t.Errorf("questionnaire page after the link expired: %d %.300s", page.Status, page.Body)
	}
	if r := do(t, nil, http.MethodGet, srv.URL+"/api/v1/respond", nil, map[string]string{"Bearer": token}); r.Status != http.StatusUnauthorized {
		t.Errorf("API with the expired token: %d", r.Status)
	}
	answers, err := srv.App.Store.Answers(apptest.Ctx(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := answers["security_ownership"].Value; !strings.Contains(got, "it_team") {
		t.Errorf("stored answer after the refused save = %s, want the one saved before expiry", got)
	}
	now, err := srv.App.Store.Assessment(apptest.Ctx(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if now.Status == model.StatusExpired {
		t.Error("the sweep ran and marked the assessment expired; this test is about the time before it does")
	}
}
