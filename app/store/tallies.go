package store

import (
	"context"
	"fmt"

	"assay/app/model"
)

// Tally is one row of the operational counts: a family, the label value and the job kind
// (where the family has them), and the count.
type Tally struct {
	Family string
	Label  string
	Kind   string
	N      int64
}

// Tally families.
const (
	TallyAssessments       = "assessments"
	TallyReadingsFailed    = "readings_failed"
	TallyJobs              = "jobs"
	TallyWebhookDeliveries = "webhook_deliveries"
)

// jobStatesCounted are River's states a metric shows: waiting (available, pending, scheduled,
// retryable), running, and given up (discarded after the last attempt, or cancelled by the
// worker as hopeless; River keeps those a week and a day).
var jobStatesCounted = []string{"available", "pending", "scheduled", "retryable", "running", "discarded", "cancelled"}

// talliesSQL names each family as a literal: PostgreSQL cannot type a parameter that is only
// selected.
var talliesSQL = fmt.Sprintf(`SELECT '%s' AS family, status AS label, '' AS kind, COUNT(*) AS n FROM assessments GROUP BY status
UNION ALL SELECT '%s', '', '', COUNT(*) FROM evidences WHERE status = ?
UNION ALL SELECT '%s', CAST(state AS TEXT), kind, COUNT(*) FROM river_job WHERE CAST(state AS TEXT) IN ? GROUP BY state, kind
UNION ALL SELECT '%s', status, '', COUNT(*) FROM webhook_deliveries GROUP BY status`,
	TallyAssessments, TallyReadingsFailed, TallyJobs, TallyWebhookDeliveries)

// Tallies counts, in one grouped query, what the metrics show of the data: assessments by
// status, evidence files that could not be read, River's jobs by state and kind, and webhook
// deliveries by status.
func (s *Store) Tallies(ctx context.Context) ([]Tally, error) {
	var ts []Tally
	err := s.q(ctx).Raw(talliesSQL, model.EvidenceFailed, jobStatesCounted).Scan(&ts).Error
	return ts, wrap(err, "tallies")
}
