package web_test

import (
	"math"
	"net/http"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/scoring"
)

// TestAPIExplainsTheScore reads a scored assessment through the API: the breakdown adds up to
// the score and gives the rating, analysts see each question's points, and procurement the
// sections only.
func TestAPIExplainsTheScore(t *testing.T) {
	for _, d := range apptest.Dialects() {
		t.Run(d, func(t *testing.T) {
			srv := apptest.NewServer(t, apptest.Options{Dialect: d})
			a, _, res := submitScored(t, srv, srv.Vendor(t, "Juliet Payroll"))
			type view struct {
				Result struct {
					Score     int                `json:"score"`
					Rating    string             `json:"rating"`
					Breakdown *scoring.Breakdown `json:"breakdown"`
				} `json:"result"`
			}
			for _, c := range []struct {
				role      string
				questions bool
			}{{model.RoleAnalyst, true}, {model.RoleProcurement, false}} {
				var v view
				tok := srv.APIToken(t, c.role+"@example.com", c.role)
				if code := api(t, "GET", srv.URL+"/api/v1/assessments/"+itoa(a.ID), tok, nil, &v); code != http.StatusOK {
					t.Fatalf("%s: GET assessment: %d", c.role, code)
				}
				b := v.Result.Breakdown
				if b == nil {
					t.Fatalf("%s: the result has no breakdown", c.role)
				}
				var earned, available float64
				questions := 0
				for _, s := range b.Sections {
					earned, available = earned+s.Earned, available+s.Available
					questions += len(s.Questions)
				}
				if got := int(math.Round(100 * earned / available)); got != res.Score || b.Score != res.Score || v.Result.Score != res.Score {
					t.Errorf("%s: sections earn %v of %v points (%d/100), breakdown score %d, result score %d, stored %d",
						c.role, earned, available, got, b.Score, v.Result.Score, res.Score)
				}
				if b.Rating.Rating != res.Rating {
					t.Errorf("%s: breakdown rating %s, stored rating %s", c.role, b.Rating.Rating, res.Rating)
				}
				if (questions > 0) != c.questions {
					t.Errorf("%s: the breakdown lists %d questions", c.role, questions)
				}
			}
		})
	}
}
