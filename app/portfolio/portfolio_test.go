package portfolio

import (
	"reflect"
	"testing"
	"time"

	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/scoring"
)

var (
	monday    = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tuesday   = monday.AddDate(0, 0, 1)
	wednesday = monday.AddDate(0, 0, 2)
)

func TestOverdue(t *testing.T) {
	for _, c := range []struct {
		name                 string
		status, dueOn, today string
		want                 bool
	}{
		{"sent, due yesterday", model.StatusSent, "2026-03-01", "2026-03-02", true},
		{"in progress, due last month", model.StatusInProgress, "2026-02-01", "2026-03-02", true},
		{"returned with a new date that has passed", model.StatusReturned, "2026-03-01", "2026-03-02", true},
		{"sent, due today", model.StatusSent, "2026-03-02", "2026-03-02", false},
		{"sent, due tomorrow", model.StatusSent, "2026-03-03", "2026-03-02", false},
		{"submitted after its due date", model.StatusSubmitted, "2026-03-01", "2026-03-02", false},
		{"scored after its due date", model.StatusScored, "2026-03-01", "2026-03-02", false},
		{"cancelled", model.StatusCancelled, "2026-03-01", "2026-03-02", false},
		{"expired", model.StatusExpired, "2026-03-01", "2026-03-02", false},
		{"never assessed", "", "", "2026-03-02", false},
	} {
		if got := Overdue(c.status, c.dueOn, c.today); got != c.want {
			t.Errorf("%s: Overdue(%q, %q, %q) = %v, want %v", c.name, c.status, c.dueOn, c.today, got, c.want)
		}
	}
}

func TestAwaitingReview(t *testing.T) {
	for _, c := range []struct {
		name                   string
		status, decision       string
		decidedAt, submittedAt *time.Time
		want                   bool
	}{
		{"submitted, never decided", model.StatusSubmitted, model.DecisionPending, nil, &monday, true},
		{"scored, never decided", model.StatusScored, model.DecisionPending, nil, &monday, true},
		{"approved after the submission", model.StatusScored, model.DecisionApproved, &tuesday, &monday, false},
		{"rejected after the submission", model.StatusScored, model.DecisionRejected, &tuesday, &monday, false},
		{"approved last year, reassessment just in", model.StatusSubmitted, model.DecisionApproved, &monday, &wednesday, true},
		{"approved with conditions, then resubmitted", model.StatusScored, model.DecisionApprovedWithConditions, &monday, &tuesday, true},
		{"set back to pending after a decision", model.StatusScored, model.DecisionPending, &tuesday, &monday, true},
		{"still with the vendor", model.StatusInProgress, model.DecisionPending, nil, nil, false},
		{"reassessment sent after an approval", model.StatusSent, model.DecisionApproved, &tuesday, &monday, false},
		{"returned for clarification", model.StatusReturned, model.DecisionPending, nil, &monday, false},
		{"never assessed", "", model.DecisionPending, nil, nil, false},
	} {
		if got := AwaitingReview(c.status, c.decision, c.decidedAt, c.submittedAt); got != c.want {
			t.Errorf("%s: AwaitingReview = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestOverride(t *testing.T) {
	for _, c := range []struct {
		name       string
		o          Override
		computed   string
		computedAt time.Time
		inForce    string
		stale      bool
	}{
		{"none", Override{}, scoring.RatingHigh, tuesday, scoring.RatingHigh, false},
		{"set after the result", Override{scoring.RatingMedium, &tuesday}, scoring.RatingHigh, monday, scoring.RatingMedium, false},
		{"set when the result came", Override{scoring.RatingMedium, &monday}, scoring.RatingHigh, monday, scoring.RatingMedium, false},
		{"rescored since", Override{scoring.RatingMedium, &monday}, scoring.RatingHigh, tuesday, scoring.RatingMedium, true},
		{"set before scoring, no time kept", Override{scoring.RatingLow, nil}, scoring.RatingCritical, tuesday, scoring.RatingLow, false},
		{"not scored yet", Override{scoring.RatingLow, &monday}, "", time.Time{}, scoring.RatingLow, false},
	} {
		if got := c.o.InForce(c.computed); got != c.inForce {
			t.Errorf("%s: InForce = %q, want %q", c.name, got, c.inForce)
		}
		if got := c.o.StaleAt(c.computedAt); got != c.stale {
			t.Errorf("%s: StaleAt = %v, want %v", c.name, got, c.stale)
		}
	}
}

func TestSummarise(t *testing.T) {
	sent := &Assessment{ID: 7, Status: model.StatusSent, DueOn: time.Date(2026, 3, 17, 0, 30, 0, 0, time.FixedZone("CET", 3600))}
	scored := &Assessment{ID: 7, Status: model.StatusScored, DueOn: time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)}
	flags := []scoring.RedFlag{{ID: "no_owner", Severity: "critical", Title: "No owner"}, {ID: "no_training", Severity: "high", Title: "No training"},
		{ID: "no_owner", Severity: "critical", Title: "No owner, again"}}
	result := &Result{AssessmentID: 7, Score: 42, Rating: scoring.RatingHigh, RedFlags: flags, ComputedAt: tuesday,
		Certificate: scoring.Certificate{CertificateState: questionnaire.CertificateState{Status: scoring.CertificateExpiring, ExpiresOn: "2026-04-30"}}}
	scoredSummary := model.Summary{LatestAssessmentID: ptr(uint(7)), AssessmentStatus: model.StatusScored, AssessmentDueOn: "2026-03-16",
		LastSubmittedAt: &monday, ResultAssessmentID: ptr(uint(7)), Score: 42, Rating: "high", ComputedRating: "high",
		AwaitingReview: true, RatingRank: 3, CertificateStatus: "expiring", CertificateExpiresOn: "2026-04-30", OpenRedFlags: 2, ScoredAt: &tuesday}
	distinct := flags[:2]

	for _, c := range []struct {
		name  string
		in    Record
		want  model.Summary
		flags []scoring.RedFlag
	}{
		{"never assessed", Record{Decision: model.DecisionPending}, model.Summary{Score: -1}, nil},
		{"sent, due date kept as the UTC day",
			Record{Latest: sent, Decision: model.DecisionPending},
			model.Summary{LatestAssessmentID: ptr(uint(7)), AssessmentStatus: model.StatusSent, AssessmentDueOn: "2026-03-16", Score: -1}, nil},
		{"scored, never decided, flags once each",
			Record{Latest: scored, LastSubmittedAt: &monday, Result: result, Decision: model.DecisionPending},
			scoredSummary, distinct},
		{"scored and approved since",
			Record{Latest: scored, LastSubmittedAt: &monday, Result: result, Decision: model.DecisionApproved, DecidedAt: &wednesday},
			with(scoredSummary, func(s *model.Summary) { s.AwaitingReview = false }), distinct},
		{"analyst's rating in force",
			Record{Latest: scored, LastSubmittedAt: &monday, Result: result, Override: Override{scoring.RatingLow, &wednesday}, Decision: model.DecisionPending},
			with(scoredSummary, func(s *model.Summary) { s.Rating, s.RatingOverridden, s.RatingRank = "low", true, 1 }), distinct},
		{"analyst's rating older than the rescore",
			Record{Latest: scored, LastSubmittedAt: &monday, Result: result, Override: Override{scoring.RatingLow, &monday}, Decision: model.DecisionPending},
			with(scoredSummary, func(s *model.Summary) {
				s.Rating, s.RatingOverridden, s.OverrideStale, s.RatingRank = "low", true, true, 1
			}), distinct},
		{"reassessment sent, last result still in force",
			Record{Latest: &Assessment{ID: 9, Status: model.StatusSent, DueOn: time.Date(2027, 3, 2, 0, 0, 0, 0, time.UTC)}, LastSubmittedAt: &monday,
				Result: result, Decision: model.DecisionApproved, DecidedAt: &tuesday},
			with(scoredSummary, func(s *model.Summary) {
				s.LatestAssessmentID, s.AssessmentStatus, s.AssessmentDueOn, s.AwaitingReview = ptr(uint(9)), model.StatusSent, "2027-03-02", false
			}), distinct},
		{"scored without flags",
			Record{Latest: scored, LastSubmittedAt: &monday, Result: &Result{AssessmentID: 7, Score: 91, Rating: scoring.RatingLow, ComputedAt: tuesday},
				Decision: model.DecisionApproved, DecidedAt: &wednesday},
			model.Summary{LatestAssessmentID: ptr(uint(7)), AssessmentStatus: model.StatusScored, AssessmentDueOn: "2026-03-16", LastSubmittedAt: &monday,
				ResultAssessmentID: ptr(uint(7)), Score: 91, Rating: "low", ComputedRating: "low", RatingRank: 1, ScoredAt: &tuesday}, nil},
	} {
		got := Summarise(c.in)
		if !reflect.DeepEqual(got.Summary, c.want) {
			t.Errorf("%s:\n got  %+v\n want %+v", c.name, got.Summary, c.want)
		}
		if !reflect.DeepEqual(got.RedFlags, c.flags) {
			t.Errorf("%s: red flags %+v, want %+v", c.name, got.RedFlags, c.flags)
		}
		if got.Summary.Scored() != (c.in.Result != nil) {
			t.Errorf("%s: Scored() = %v", c.name, got.Summary.Scored())
		}
	}
}

// with returns a copy of s changed by fn.
func with(s model.Summary, fn func(*model.Summary)) model.Summary {
	fn(&s)
	return s
}

// TestRedFlagsFollowTheirFindings: a red flag counts as open until its finding is closed or
// its risk accepted, so the open red flags and the open findings say the same.
func TestRedFlagsFollowTheirFindings(t *testing.T) {
	flags := []scoring.RedFlag{{ID: "a", Severity: "high"}, {ID: "b", Severity: "high"}, {ID: "c", Severity: "medium"},
		{ID: "d", Severity: "medium"}, {ID: "e", Severity: "low"}}
	findings := map[string]string{"a": model.FindingOpen, "b": model.FindingVendorResponded, "c": model.FindingClosed,
		"d": model.FindingRiskAccepted}
	st := Summarise(Record{Result: &Result{AssessmentID: 1, Score: 60, Rating: scoring.RatingHigh, RedFlags: flags, Findings: findings}})
	var ids []string
	for _, f := range st.RedFlags {
		ids = append(ids, f.ID)
	}
	// e has no finding yet: it is open until one says otherwise.
	if want := []string{"a", "b", "e"}; !reflect.DeepEqual(ids, want) || st.Summary.OpenRedFlags != 3 {
		t.Errorf("open red flags %v (count %d), want %v", ids, st.Summary.OpenRedFlags, want)
	}
	open := 0
	for _, s := range findings {
		if FlagOpen(s) {
			open++
		}
	}
	if open != 2 {
		t.Errorf("%d findings count as open, want 2 (open and vendor responded)", open)
	}
}
