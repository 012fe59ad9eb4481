package scoring

import (
	"math"
	"testing"

	"assay/app/questionnaire"
)

// TestBreakdownAddsUpToTheScore explains results of very different answers and checks that
// questions add up to their section, sections to the whole, the whole to the result's score,
// and the rating to the result's rating, with the flags that raised it among the result's.
func TestBreakdownAddsUpToTheScore(t *testing.T) {
	noMinutes := strong()
	noMinutes["management_review_cadence"] = "none"
	cases := []struct {
		name     string
		answers  questionnaire.Answers
		evidence []Evidence
		// score and rating are what Score gives; the breakdown must say the same.
		wantRaised bool
	}{
		{"strong answers, every file read", strong(), files(nil), false},
		{"strong answers, no file", strong(), nil, true},
		{"weak answers", weak(), nil, false},
		{"no management review", noMinutes, files(nil), true},
		{"nothing answered", questionnaire.Answers{}, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := Input{Definition: load54(t), Answers: c.answers, Evidence: c.evidence, Services: services, Now: now}
			r, err := Score(in)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Explain(in)
			if err != nil {
				t.Fatal(err)
			}
			var earned, available, points float64
			for _, s := range b.Sections {
				var se, sa float64
				for _, q := range s.Questions {
					if q.Earned < 0 || q.Earned > q.Available {
						t.Errorf("%s earns %v of %v", q.ID, q.Earned, q.Available)
					}
					se, sa = se+q.Earned, sa+q.Available
				}
				if !near(se, s.Earned) || !near(sa, s.Available) {
					t.Errorf("section %s: questions add up to %v of %v, section says %v of %v", s.ID, se, sa, s.Earned, s.Available)
				}
				earned, available, points = earned+s.Earned, available+s.Available, points+s.ScorePoints
			}
			if !near(earned, b.Earned) || !near(available, b.Available) {
				t.Errorf("sections add up to %v of %v, breakdown says %v of %v", earned, available, b.Earned, b.Available)
			}
			if b.Score != r.Score || int(math.Round(points)) != r.Score {
				t.Errorf("breakdown score %d, its score points add up to %.2f, result score %d", b.Score, points, r.Score)
			}
			if available > 0 && int(math.Round(100*earned/available)) != r.Score {
				t.Errorf("%v of %v points is not the score %d", earned, available, r.Score)
			}
			if b.Rating.Rating != r.Rating {
				t.Errorf("breakdown rating %s, result rating %s", b.Rating.Rating, r.Rating)
			}
			if got := len(b.Rating.RaisedBy) > 0; got != c.wantRaised {
				t.Errorf("raised by %v (score alone: %s, rating %s), want raised: %v", b.Rating.RaisedBy, b.Rating.ScoreRating, r.Rating, c.wantRaised)
			}
			for _, id := range b.Rating.RaisedBy {
				found := false
				for _, f := range r.RedFlags {
					found = found || f.ID == id && f.Severity == r.Rating
				}
				if !found {
					t.Errorf("raised by %s, which is not a %s red flag of the result %v", id, r.Rating, flagIDs(r))
				}
			}
		})
	}
}

// TestBreakdownLeavesOutHiddenQuestions: a question that does not apply counts for nothing
// either way, so the breakdown does not list it.
func TestBreakdownLeavesOutHiddenQuestions(t *testing.T) {
	a := strong()
	a["training_program"] = "none"
	b, err := Explain(Input{Definition: load54(t), Answers: a, Services: services, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Sections {
		for _, q := range s.Questions {
			if q.ID == "training_report" || q.ID == "training_completion_rate" {
				t.Errorf("hidden question %s is in the breakdown", q.ID)
			}
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
