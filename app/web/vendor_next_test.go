package web_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
)

// TestVendorPageShowsNextAssessment follows the "next assessment" line of the vendor page and
// API through a vendor's cycle: never assessed, an assessment under way, then due a tier's
// cadence after the submission.
func TestVendorPageShowsNextAssessment(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: dialect})
			reader := srv.SignIn(t, "reader@example.com", model.RoleProcurement)
			token := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
			v := srv.Vendor(t, "Cadence Works") // tier high: every 12 months by default
			path := "/vendors/" + itoa(v.ID)
			check := func(when, wantText string, wantOpen bool, wantDue string) {
				t.Helper()
				res, page := do(t, reader, "GET", srv.URL+path, "", "")
				if res.StatusCode != http.StatusOK || !strings.Contains(page, wantText) {
					t.Errorf("%s: vendor page (%d) lacks %q", when, res.StatusCode, wantText)
				}
				var out struct {
					Next *struct {
						Open   bool       `json:"open"`
						DueAt  *time.Time `json:"due_at"`
						Months int        `json:"cadence_months"`
					} `json:"next_assessment"`
				}
				if st := api(t, "GET", srv.URL+"/api/v1"+path, token, nil, &out); st != http.StatusOK || out.Next == nil {
					t.Fatalf("%s: GET /api/v1%s: %d, next_assessment %+v", when, path, st, out.Next)
				}
				due := ""
				if out.Next.DueAt != nil {
					due = out.Next.DueAt.UTC().Format("2006-01-02")
				}
				if out.Next.Open != wantOpen || due != wantDue || out.Next.Months != 12 {
					t.Errorf("%s: next_assessment %+v (due %q), want open %v, due %q, 12 months", when, *out.Next, due, wantOpen, wantDue)
				}
			}
			check("never assessed", "Due now: never assessed", false, "")
			a, _ := srv.Send(t, v)
			check("sent", "An assessment is under way", true, "")
			submitted := time.Date(2026, 3, 31, 15, 0, 0, 0, time.UTC)
			if err := srv.App.Store.MarkSubmitted(apptest.Ctx(), a.ID, "vendor@example.com", submitted); err != nil {
				t.Fatal(err)
			}
			// A year after 31 March 2026 is 31 March 2027.
			check("submitted", "Due 31 Mar 2027", false, "2027-03-31")
		})
	}
}
