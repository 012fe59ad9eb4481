// Package scoring turns a vendor's answers and evidence into a result: a
// score from 0 to 100, the red flags that fire, a verdict on the ISO/IEC
// 27001 certificate and a rating procurement can act on. It is pure: the
// questionnaire definition, the evidence and the time all come in through
// Input, so the same input always gives the same result.
//
// The rules and weights live in the questionnaire file; this package only
// applies them, computes what cannot be written as a rule (the certificate
// verdict and, through package scope, which services its scope covers) and
// combines the outcome.
package scoring

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"assay/app/evidence"
	"assay/app/questionnaire"
)

// EngineVersion identifies this scoring logic; a result records it so a
// result can be told apart from one computed by different code.
const EngineVersion = "1.0.0"

// Evidence file statuses that scoring understands. Files in any other status
// (an upload still pending) are not counted yet.
const (
	StatusStored    = "stored"
	StatusExtracted = "extracted"
	StatusFailed    = "failed"
)

// Ratings, from worst to best. Red-flag severities and vendor tiers run on the same scale: the
// worst flag sets a floor under the rating.
const (
	RatingCritical = "critical"
	RatingHigh     = "high"
	RatingMedium   = "medium"
	RatingLow      = "low"
)

// ratings is the one rating scale of the app, worst first.
var ratings = []string{RatingCritical, RatingHigh, RatingMedium, RatingLow}

// Ratings lists the rating scale from the most to the least risky.
func Ratings() []string { return slices.Clone(ratings) }

// RatingRank places a rating (or a severity or tier, which share its scale) on the scale so
// that riskier ranks higher: 1 for low up to 4 for critical, and 0 for none or an unknown one.
func RatingRank(rating string) int {
	i := slices.Index(ratings, rating)
	if i < 0 {
		return 0
	}
	return len(ratings) - i
}

// Evidence is one uploaded file as scoring sees it.
type Evidence struct {
	ID         uint           `json:"id"`
	QuestionID string         `json:"question_id"`
	Filename   string         `json:"filename"`
	Status     string         `json:"status"` // StatusStored, StatusExtracted or StatusFailed
	Facts      evidence.Facts `json:"facts"`  // filled in by extractors; empty until they run
}

// Service is something the organisation buys from the vendor; the
// certificate scope is checked against it.
type Service struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords"`
}

// Input is everything a score depends on.
type Input struct {
	Definition *questionnaire.Definition
	Answers    questionnaire.Answers
	Evidence   []Evidence
	Services   []Service
	Now        time.Time
}

// RedFlag is a fired red-flag rule, tied to the questions and files behind it.
type RedFlag struct {
	ID          string   `json:"id"`
	Severity    string   `json:"severity"`
	Title       string   `json:"title"`
	Explanation string   `json:"explanation"`
	QuestionIDs []string `json:"question_ids"`
	EvidenceIDs []uint   `json:"evidence_ids"`
	Quote       string   `json:"quote,omitempty"`
}

// Result is the outcome of scoring one assessment.
type Result struct {
	Score                int         `json:"score"`
	Rating               string      `json:"rating"`
	RedFlags             []RedFlag   `json:"red_flags"`
	Certificate          Certificate `json:"certificate"`
	EngineVersion        string      `json:"engine_version"`
	QuestionnaireID      string      `json:"questionnaire_id"`
	QuestionnaireVersion string      `json:"questionnaire_version"`
	QuestionnaireHash    string      `json:"questionnaire_hash"`
}

// Score computes the result for one assessment. It fails only when the
// input is unusable or a rule in the questionnaire cannot be evaluated.
func Score(in Input) (Result, error) {
	r, _, err := compute(in)
	return r, err
}

// Explain computes the breakdown of the result Score gives for in, from the same computation:
// the breakdown's score and rating are the result's.
func Explain(in Input) (Breakdown, error) {
	_, b, err := compute(in)
	return b, err
}

func compute(in Input) (Result, Breakdown, error) {
	d := in.Definition
	if d == nil {
		return Result{}, Breakdown{}, errors.New("scoring: no questionnaire definition")
	}
	if in.Now.IsZero() {
		// A zero time would make every date look 2000 years in the future.
		return Result{}, Breakdown{}, errors.New("scoring: Now is not set")
	}
	visible := map[string]bool{}
	for _, id := range d.Visible(in.Answers) {
		visible[id] = true
	}
	answers := d.Effective(in.Answers)
	files, fileIDs := collectEvidence(d, visible, in.Evidence)

	names := make([]string, len(in.Services))
	for i, s := range in.Services {
		names[i] = s.Name
	}
	cert := certificateVerdict(answers[evidence.QuestionCertified] == true, files[evidence.QuestionCertificate], in.Services, in.Now)
	fired, err := d.EvaluateRules(questionnaire.RuleInput{
		Answers:     in.Answers,
		Evidence:    files,
		Services:    names,
		Certificate: cert.CertificateState,
		Now:         in.Now,
	})
	if err != nil {
		return Result{}, Breakdown{}, fmt.Errorf("scoring: %w", err)
	}

	flags := make([]RedFlag, 0, len(fired))
	for _, f := range fired {
		ids := []uint{}
		for _, q := range f.QuestionIDs {
			ids = append(ids, fileIDs[q]...)
		}
		slices.Sort(ids)
		flags = append(flags, RedFlag{
			ID:          f.ID,
			Severity:    f.Severity,
			Title:       f.Title,
			Explanation: f.Explanation,
			QuestionIDs: f.QuestionIDs,
			EvidenceIDs: slices.Compact(ids),
			Quote:       f.Quote,
		})
	}
	// Worst first; within a severity, the order of the file.
	slices.SortStableFunc(flags, func(a, b RedFlag) int {
		return cmp.Compare(severityRank(a.Severity), severityRank(b.Severity))
	})

	b := breakdown(d, visible, answers, files)
	b.Rating = rating(b.Score, flags)
	return Result{
		Score:                b.Score,
		Rating:               b.Rating.Rating,
		RedFlags:             flags,
		Certificate:          cert,
		EngineVersion:        EngineVersion,
		QuestionnaireID:      d.ID,
		QuestionnaireVersion: d.Version,
		QuestionnaireHash:    d.Hash,
	}, b, nil
}

// collectEvidence sums up the counted files of each visible evidence
// question and merges their facts, oldest upload first so a newer file's
// facts win. Files for hidden or unknown questions are left out, as hidden
// answers are: they describe a situation the vendor no longer claims.
func collectEvidence(d *questionnaire.Definition, visible map[string]bool, evidence []Evidence) (map[string]questionnaire.EvidenceState, map[string][]uint) {
	sorted := slices.Clone(evidence)
	slices.SortStableFunc(sorted, func(a, b Evidence) int { return cmp.Compare(a.ID, b.ID) })
	files := map[string]questionnaire.EvidenceState{}
	ids := map[string][]uint{}
	for _, e := range sorted {
		q, ok := d.Question(e.QuestionID)
		if !ok || q.Type != questionnaire.TypeEvidence || !visible[e.QuestionID] {
			continue
		}
		st := files[e.QuestionID]
		switch e.Status {
		case StatusStored, StatusExtracted:
			st.Usable++
			if v := e.Facts.Values(); len(v) > 0 {
				if st.Facts == nil {
					st.Facts = map[string]any{}
				}
				mergeFacts(st.Facts, v)
			}
		case StatusFailed:
			st.Failed++
		default:
			continue
		}
		files[e.QuestionID] = st
		ids[e.QuestionID] = append(ids[e.QuestionID], e.ID)
	}
	return files, ids
}

// mergeFacts lays a newer file's facts (Values) over the merged facts of
// older files: whatever the newer file states, settled or doubtful,
// replaces what an older file said of the same fact, so that an older
// certificate's expiry never stands in for a newer one's uncertain date.
func mergeFacts(dst, newer map[string]any) {
	older, _ := dst[evidence.KeyDoubts].(map[string]any)
	doubts := maps.Clone(older)
	for k := range newer {
		delete(doubts, k)
	}
	newDoubts, _ := newer[evidence.KeyDoubts].(map[string]any)
	for k := range newDoubts {
		delete(dst, k)
	}
	maps.Copy(dst, newer)
	if len(doubts) > 0 || len(newDoubts) > 0 {
		if doubts == nil {
			doubts = map[string]any{}
		}
		maps.Copy(doubts, newDoubts)
		dst[evidence.KeyDoubts] = doubts
	}
}

// severityRank orders severities worst first; unknown ones sort last.
func severityRank(sev string) int { return -RatingRank(sev) }
