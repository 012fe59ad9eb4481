package scoring

import (
	"slices"
	"testing"

	"assay/app/questionnaire"
)

func TestRatingRank(t *testing.T) {
	for _, c := range []struct {
		rating string
		want   int
	}{
		{RatingLow, 1},
		{RatingMedium, 2},
		{RatingHigh, 3},
		{RatingCritical, 4},
		{"", 0},         // not rated yet
		{"severe", 0},   // not on the scale
		{"Critical", 0}, // ratings are stored lower case
	} {
		if got := RatingRank(c.rating); got != c.want {
			t.Errorf("RatingRank(%q) = %d, want %d", c.rating, got, c.want)
		}
	}
}

func TestRatingsRunWorstFirst(t *testing.T) {
	rs := Ratings()
	for i := 1; i < len(rs); i++ {
		if RatingRank(rs[i-1]) <= RatingRank(rs[i]) {
			t.Errorf("Ratings() = %v: %s before %s", rs, rs[i-1], rs[i])
		}
	}
}

// The worst flag sets the rating's floor, so the severities a questionnaire may give its flags
// must be the rating scale itself.
func TestSeveritiesAreTheRatingScale(t *testing.T) {
	if got := questionnaire.Severities(); !slices.Equal(got, Ratings()) {
		t.Errorf("questionnaire severities %v, rating scale %v", got, Ratings())
	}
}
