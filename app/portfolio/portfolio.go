// Package portfolio holds the rules of a vendor's standing in the portfolio: which assessments
// are open and which completed, when a vendor is overdue or awaiting review, and the summary
// the vendor list and the dashboard read. It is pure: the store loads what a rule reads, calls
// it and keeps the outcome, and SQL that must agree with a rule takes its values from here.
package portfolio

import (
	"slices"
	"time"

	"assay/app/model"
	"assay/app/scoring"
)

// OpenStatuses are the statuses of an assessment still waiting for the vendor. The
// vendor_cycles triggers of migration 00005 list the same statuses.
var OpenStatuses = []string{model.StatusSent, model.StatusInProgress, model.StatusReturned}

// CompletedStatuses are the statuses of an assessment the vendor has submitted. The
// vendor_cycles triggers of migration 00005 list the same statuses.
var CompletedStatuses = []string{model.StatusSubmitted, model.StatusScored}

// dateLayout is how due dates and certificate expiries are kept in a summary, so that they
// compare as text in the same order as in time.
const dateLayout = "2006-01-02"

// Overdue reports whether an assessment in status, due on dueOn, is overdue on today: it is
// still waiting for the vendor after its due date. Dates are YYYY-MM-DD; an assessment without
// a due date is never overdue.
func Overdue(status, dueOn, today string) bool {
	return slices.Contains(OpenStatuses, status) && dueOn != "" && dueOn < today
}

// AwaitingReview reports whether a vendor whose current assessment is in status waits for an
// analyst's decision: the assessment is in, and either the vendor was never decided on or the
// latest decision (at decidedAt) came before the last submission (at submittedAt). A vendor
// approved last year whose reassessment just came in is awaiting review again.
func AwaitingReview(status, decision string, decidedAt, submittedAt *time.Time) bool {
	if !slices.Contains(CompletedStatuses, status) {
		return false
	}
	return decision == model.DecisionPending || decidedAt != nil && submittedAt != nil && decidedAt.Before(*submittedAt)
}

// Override is an analyst's rating set beside the computed one; an empty Rating means none.
type Override struct {
	Rating string
	At     *time.Time // when it was set
}

// InForce is the rating to act on: the override when there is one, else the computed rating.
func (o Override) InForce(computed string) string {
	if o.Rating != "" {
		return o.Rating
	}
	return computed
}

// OverrideOf is the rating override recorded on an assessment.
func OverrideOf(a model.Assessment) Override {
	return Override{Rating: a.OverrideRating, At: a.OverrideAt}
}

// OverrideStale reports whether the assessment was scored again after its override was set.
func OverrideStale(a model.Assessment) bool {
	return a.ScoredAt != nil && OverrideOf(a).StaleAt(*a.ScoredAt)
}

// StaleAt reports whether a result computed at computedAt came after the override was set, so
// that the override was decided on an earlier result.
func (o Override) StaleAt(computedAt time.Time) bool {
	return o.Rating != "" && o.At != nil && computedAt.After(*o.At)
}

// Assessment is what a summary reads of a vendor's newest assessment.
type Assessment struct {
	ID     uint
	Status string
	DueOn  time.Time
}

// Result is what a summary reads of a vendor's newest result.
type Result struct {
	AssessmentID uint
	Score        int
	Rating       string // as computed, before any override
	Certificate  scoring.Certificate
	RedFlags     []scoring.RedFlag
	ComputedAt   time.Time
	// Findings holds the status of the finding made from each red flag, by flag id.
	Findings map[string]string
}

// Record is everything a vendor's summary is computed from.
type Record struct {
	Latest          *Assessment // the newest assessment; nil when none was ever sent
	LastSubmittedAt *time.Time  // the newest submission of any of the vendor's assessments
	// Result is the newest result of any of the vendor's assessments, nil when none was scored:
	// a reassessment in progress leaves the previous result in force.
	Result *Result
	// Override is the analyst's rating on the assessment of Result.
	Override  Override
	Decision  string     // the vendor's current decision
	DecidedAt *time.Time // when the latest decision was recorded; nil when none was
}

// Standing is a vendor's summary with the red flags open on its current result, one per flag.
type Standing struct {
	Summary  model.Summary
	RedFlags []scoring.RedFlag
}

// Summarise computes a vendor's standing from its record.
func Summarise(r Record) Standing {
	s := model.Summary{Score: -1, LastSubmittedAt: r.LastSubmittedAt}
	if a := r.Latest; a != nil {
		s.LatestAssessmentID = ptr(a.ID)
		s.AssessmentStatus, s.AssessmentDueOn = a.Status, a.DueOn.UTC().Format(dateLayout)
	}
	var flags []scoring.RedFlag
	if res := r.Result; res != nil {
		flags = OpenFlags(distinctFlags(res.RedFlags), res.Findings)
		s.ResultAssessmentID, s.ScoredAt = ptr(res.AssessmentID), ptr(res.ComputedAt)
		s.Score, s.ComputedRating = res.Score, res.Rating
		s.Rating = r.Override.InForce(res.Rating)
		s.RatingOverridden, s.OverrideStale = r.Override.Rating != "", r.Override.StaleAt(res.ComputedAt)
		s.RatingRank = scoring.RatingRank(s.Rating)
		s.CertificateStatus, s.CertificateExpiresOn = res.Certificate.Status, res.Certificate.ExpiresOn
		s.OpenRedFlags = len(flags)
	}
	s.AwaitingReview = AwaitingReview(s.AssessmentStatus, r.Decision, r.DecidedAt, r.LastSubmittedAt)
	return Standing{Summary: s, RedFlags: flags}
}

// FlagOpen reports whether a red flag counts as open given the status of its finding: until
// its finding is closed or its risk accepted, including before a finding is made. Every count
// of open red flags (vendor list, dashboard, vendor and assessment pages, exports) and the
// count of open findings follow this one rule, so they agree.
func FlagOpen(findingStatus string) bool {
	return findingStatus != model.FindingClosed && findingStatus != model.FindingRiskAccepted
}

// OpenFlags keeps the flags that are open given their findings' statuses, by flag id.
func OpenFlags(flags []scoring.RedFlag, findings map[string]string) []scoring.RedFlag {
	var out []scoring.RedFlag
	for _, f := range flags {
		if FlagOpen(findings[f.ID]) {
			out = append(out, f)
		}
	}
	return out
}

// distinctFlags keeps the first of the flags with each id.
func distinctFlags(fs []scoring.RedFlag) []scoring.RedFlag {
	var out []scoring.RedFlag
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.ID] {
			seen[f.ID] = true
			out = append(out, f)
		}
	}
	return out
}

// ptr returns a pointer to a copy of v, so a summary shares nothing with the record it came from.
func ptr[T any](v T) *T { return &v }
