package reassess

import (
	"context"
	"slices"
	"sort"
	"time"

	"assay/app/model"
	"assay/app/portfolio"
)

// DueVendor is a vendor due for reassessment.
type DueVendor struct {
	VendorID uint   `json:"vendor_id"`
	Name     string `json:"name"`
	Tier     string `json:"tier"`
	// LastAssessmentID is the last submitted assessment; 0 when the vendor was never assessed.
	LastAssessmentID uint       `json:"last_assessment_id,omitempty"`
	LastSubmittedAt  *time.Time `json:"last_submitted_at"`
	// DueAt is when the next assessment falls due; nil when the vendor was never assessed,
	// which makes it due now.
	DueAt       *time.Time `json:"due_at"`
	DaysOverdue int        `json:"days_overdue"`
}

// NeverAssessed reports whether the vendor has no submitted assessment.
func (d DueVendor) NeverAssessed() bool { return d.LastAssessmentID == 0 }

// DefaultDueWindow is the reassessments list's look-ahead in days unless the reader chooses
// another; the dashboard counts the vendors falling due within it.
const DefaultDueWindow = 30

// DueFilter chooses which due reassessments to list.
type DueFilter struct {
	Now time.Time
	// Within widens the list to vendors falling due up to this long after Now.
	Within time.Duration
	// Tier keeps one tier; empty keeps all.
	Tier string
	// CountLimit caps ReassessmentsDueCount when above zero.
	CountLimit int
}

// CadenceMonths returns the months between assessments by tier.
func (s *Service) CadenceMonths() map[string]int { return s.cadence }

// dueQuery turns a filter into the store's query: a vendor is due by the horizon when its last
// submission is at or before the horizon less its tier's cadence.
func (s *Service) dueQuery(f DueFilter) model.DueQuery {
	horizon := f.Now.Add(f.Within).UTC()
	q := model.DueQuery{Cutoffs: map[string]time.Time{}, Tier: f.Tier, CountLimit: f.CountLimit}
	for tier, months := range s.CadenceMonths() {
		q.Cutoffs[tier] = addMonthsClamped(horizon, -months)
	}
	return q
}

// ReassessmentsDue lists the vendors due for their next assessment by f.Now + f.Within,
// never-assessed vendors first, then the longest overdue. A vendor with an assessment open
// (sent, in progress or returned) is not due.
func (s *Service) ReassessmentsDue(ctx context.Context, f DueFilter) ([]DueVendor, error) {
	rows, err := s.store.ReassessmentsDue(ctx, s.dueQuery(f))
	if err != nil {
		return nil, err
	}
	cad := s.CadenceMonths()
	out := make([]DueVendor, len(rows))
	for i, r := range rows {
		d := DueVendor{VendorID: r.VendorID, Name: r.VendorName, Tier: r.Tier, LastSubmittedAt: r.LastSubmittedAt}
		if r.LastAssessmentID != nil {
			d.LastAssessmentID = *r.LastAssessmentID
		}
		if r.LastSubmittedAt != nil {
			due := DueDate(*r.LastSubmittedAt, cad[r.Tier])
			d.DueAt = &due
			if late := f.Now.Sub(due); late > 0 {
				d.DaysOverdue = int(late / (24 * time.Hour))
			}
		}
		out[i] = d
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.DueAt == nil) != (b.DueAt == nil) {
			return a.DueAt == nil
		}
		if a.DueAt != nil && !a.DueAt.Equal(*b.DueAt) {
			return a.DueAt.Before(*b.DueAt)
		}
		return a.Name < b.Name
	})
	return out, nil
}

// ReassessmentsDueCount counts the vendors ReassessmentsDue would list, in one query: the
// figure for the dashboard.
func (s *Service) ReassessmentsDueCount(ctx context.Context, f DueFilter) (int64, error) {
	return s.store.CountReassessmentsDue(ctx, s.dueQuery(f))
}

// DueDate is when an assessment submitted at last falls due again after months: the first
// day on which last lies months back, counting a month from the 31st to the end of a shorter
// month as whole. It agrees with the cutoffs of ReassessmentsDue, so a vendor is listed
// exactly when its due date has come.
func DueDate(last time.Time, months int) time.Time {
	d := last.AddDate(0, months, 0)
	for i := 0; i < 4; i++ {
		prev := d.AddDate(0, 0, -1)
		if addMonthsClamped(prev, -months).Before(last) {
			break
		}
		d = prev
	}
	return d
}

// addMonthsClamped moves t by months, keeping the day of the month unless the target month is
// shorter, in which case it lands on that month's last day (31 March less a month is
// 28 February, never 3 March).
func addMonthsClamped(t time.Time, months int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(months), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return first.AddDate(0, 0, d-1)
}

// NextAssessment is when a vendor's next assessment falls due, as the reassessments page
// counts it.
type NextAssessment struct {
	// Open is set while an assessment is sent, in progress or returned: nothing falls due then.
	Open bool `json:"open"`
	// DueAt is cadence after the last submission; nil with Open unset means never assessed,
	// so due now.
	DueAt *time.Time `json:"due_at"`
	// Months is the vendor's tier's cadence.
	Months int `json:"cadence_months"`
}

// NextAssessmentOf works out a vendor's next due date from its assessments, with the same
// rules as the vendor_cycles triggers behind ReassessmentsDue.
func (s *Service) NextAssessmentOf(v model.Vendor, as []model.Assessment) NextAssessment {
	n := NextAssessment{Months: s.CadenceMonths()[v.Tier]}
	var last *time.Time
	for _, a := range as {
		if slices.Contains(portfolio.OpenStatuses, a.Status) {
			n.Open = true
		}
		if slices.Contains(portfolio.CompletedStatuses, a.Status) && a.SubmittedAt != nil && (last == nil || a.SubmittedAt.After(*last)) {
			last = a.SubmittedAt
		}
	}
	if !n.Open && last != nil {
		due := DueDate(*last, n.Months)
		n.DueAt = &due
	}
	return n
}
