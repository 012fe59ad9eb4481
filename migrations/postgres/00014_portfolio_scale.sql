-- +goose Up
-- The portfolio at 100,000 vendors: every page of the vendor list, the dashboard and the first
-- page of an export reads about as many rows as at 1,000.

-- The dashboard's overdue and expiring-certificate figures depend on today, so they cannot be
-- kept as one number: the vendors are counted by due date (current assessment still waiting for
-- the vendor, as portfolio.OpenStatuses) and by certificate expiry date, and the dashboard adds
-- up the dates before today or within its window. store.RefreshVendorSummary keeps them.
INSERT INTO portfolio_counts (kind, key, n)
    SELECT 'open_due', assessment_due_on, count(*) FROM vendors
    WHERE assessment_status IN ('sent', 'in_progress', 'returned') AND assessment_due_on <> '' GROUP BY assessment_due_on;
INSERT INTO portfolio_counts (kind, key, n)
    SELECT 'certificate_expiry', certificate_expires_on, count(*) FROM vendors
    WHERE certificate_expires_on <> '' GROUP BY certificate_expires_on;

-- A filter with its sort in one index, so the page is read in order and stops when full,
-- instead of sorting every matching vendor: the tier by score, the decision by due date.
CREATE INDEX vendors_tier_score_idx ON vendors (tier, score, id);
CREATE INDEX vendors_decision_due_idx ON vendors (decision, assessment_due_on, id);
DROP INDEX vendors_decision_idx;
-- Your work's submissions to review, longest waiting first.
CREATE INDEX vendors_awaiting_since_idx ON vendors (last_submitted_at, id) WHERE awaiting_review;
-- The dashboard's expiring certificates, soonest first, ties by id.
CREATE INDEX vendors_expiry_order_idx ON vendors (certificate_expires_on, id);
DROP INDEX vendors_certificate_expiry_idx;

-- +goose Down
CREATE INDEX vendors_certificate_expiry_idx ON vendors (certificate_expires_on);
DROP INDEX vendors_expiry_order_idx;
DROP INDEX vendors_awaiting_since_idx;
CREATE INDEX vendors_decision_idx ON vendors (decision);
DROP INDEX vendors_decision_due_idx;
DROP INDEX vendors_tier_score_idx;
DELETE FROM portfolio_counts WHERE kind IN ('open_due', 'certificate_expiry');
