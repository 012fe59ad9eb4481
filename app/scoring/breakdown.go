package scoring

import (
	"math"
	"slices"

	"assay/app/questionnaire"
)

// Breakdown explains a result: the points each section and question earned against what it
// could earn, and what set the rating. Score is round(100 × Earned / Available), the result's
// score, so the parts always add up to it.
type Breakdown struct {
	Earned    float64            `json:"earned"`
	Available float64            `json:"available"`
	Score     int                `json:"score"`
	Sections  []SectionBreakdown `json:"sections"`
	Rating    RatingBreakdown    `json:"rating"`
}

// SectionBreakdown is one section's share of the score.
type SectionBreakdown struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Earned    float64 `json:"earned"`
	Available float64 `json:"available"`
	// ScorePoints is what the section adds to the score out of 100 (before rounding).
	ScorePoints float64             `json:"score_points"`
	Questions   []QuestionBreakdown `json:"questions,omitempty"`
}

// QuestionBreakdown is one visible question that carries points: what the answer earned and
// what the question is worth (its weight). Hidden questions and questions worth nothing are
// left out, as scoring leaves them out.
type QuestionBreakdown struct {
	ID          string  `json:"id"`
	Text        string  `json:"text"`
	Earned      float64 `json:"earned"`
	Available   float64 `json:"available"`
	ScorePoints float64 `json:"score_points"`
	// Weight is the share of the whole score the question can move, as a percentage.
	Weight float64 `json:"weight"`
}

// RatingBreakdown says how the rating was reached: the rating the score alone gives, and the
// red flags whose severity raised it above that.
type RatingBreakdown struct {
	Rating      string `json:"rating"`
	ScoreRating string `json:"score_rating"`
	// RaisedBy lists the ids of the red flags of the rating's severity when they, not the
	// score, set it; empty when the score alone gives the rating.
	RaisedBy []string `json:"raised_by"`
}

// breakdown applies the file's weights: earned over available across the visible questions
// that carry points, by section and question.
func breakdown(d *questionnaire.Definition, visible map[string]bool, answers questionnaire.Answers, files map[string]questionnaire.EvidenceState) Breakdown {
	b := Breakdown{Sections: []SectionBreakdown{}}
	for _, s := range d.Sections {
		sec := SectionBreakdown{ID: s.ID, Title: s.Title, Questions: []QuestionBreakdown{}}
		for _, q := range s.Questions {
			m := q.MaxPoints()
			if !visible[q.ID] || m == 0 {
				continue
			}
			p := q.Points(answers[q.ID], files[q.ID])
			sec.Questions = append(sec.Questions, QuestionBreakdown{ID: q.ID, Text: q.Text, Earned: p, Available: m})
			sec.Earned += p
			sec.Available += m
		}
		b.Earned += sec.Earned
		b.Available += sec.Available
		b.Sections = append(b.Sections, sec)
	}
	if b.Available == 0 {
		return b
	}
	share := func(p float64) float64 { return 100 * p / b.Available }
	for i := range b.Sections {
		s := &b.Sections[i]
		s.ScorePoints = share(s.Earned)
		for j := range s.Questions {
			q := &s.Questions[j]
			q.ScorePoints, q.Weight = share(q.Earned), share(q.Available)
		}
	}
	b.Score = int(math.Round(share(b.Earned)))
	return b
}

// rating applies the rating rule and says why: the worst flag sets a floor, and a low score
// alone is enough for high or medium.
func rating(score int, flags []RedFlag) RatingBreakdown {
	byScore := RatingLow
	switch {
	case score < 50:
		byScore = RatingHigh
	case score < 75:
		byScore = RatingMedium
	}
	out := RatingBreakdown{Rating: byScore, ScoreRating: byScore, RaisedBy: []string{}}
	for _, f := range flags {
		if RatingRank(f.Severity) > RatingRank(out.Rating) {
			out.Rating, out.RaisedBy = f.Severity, out.RaisedBy[:0]
		}
		if f.Severity == out.Rating && RatingRank(f.Severity) > RatingRank(byScore) && !slices.Contains(out.RaisedBy, f.ID) {
			out.RaisedBy = append(out.RaisedBy, f.ID)
		}
	}
	// A low-severity flag cannot raise anything: low is the best rating.
	if out.Rating == RatingLow {
		out.RaisedBy = []string{}
	}
	return out
}
