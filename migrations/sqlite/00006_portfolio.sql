-- +goose Up
-- The portfolio summary: each vendor carries its latest assessment and latest result, so the
-- vendor list and the dashboard filter, sort and count on indexed columns of one table and
-- never scan assessments or results. store.RefreshVendorSummary keeps them current.
ALTER TABLE vendors ADD COLUMN latest_assessment_id INTEGER;
ALTER TABLE vendors ADD COLUMN assessment_status TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN assessment_due_on TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN last_submitted_at DATETIME;
ALTER TABLE vendors ADD COLUMN result_assessment_id INTEGER;
ALTER TABLE vendors ADD COLUMN score INTEGER NOT NULL DEFAULT -1;
ALTER TABLE vendors ADD COLUMN rating TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN rating_rank INTEGER NOT NULL DEFAULT 0;
-- rating is the analyst's override when one is set; rating_overridden says so.
ALTER TABLE vendors ADD COLUMN rating_overridden BOOLEAN NOT NULL DEFAULT 0;
-- computed_rating is the engine's, shown beside an override; override_stale marks an override
-- set before the latest rescore.
ALTER TABLE vendors ADD COLUMN computed_rating TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN override_stale BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE vendors ADD COLUMN certificate_status TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN certificate_expires_on TEXT NOT NULL DEFAULT '';
ALTER TABLE vendors ADD COLUMN open_red_flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE vendors ADD COLUMN scored_at DATETIME;
-- awaiting_review: the current assessment is submitted or scored and no decision was recorded
-- after its submission (store.awaitingReview).
ALTER TABLE vendors ADD COLUMN awaiting_review BOOLEAN NOT NULL DEFAULT 0;

CREATE TABLE vendor_red_flags (
    vendor_id INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    flag_id   TEXT NOT NULL,
    severity  TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (vendor_id, flag_id)
);
CREATE INDEX vendor_red_flags_flag_idx ON vendor_red_flags (flag_id, vendor_id);

-- The dashboard's portfolio-wide counts (vendors by tier and rating, by assessment status, by
-- red flag), kept current with the summary so the dashboard reads rows, not every vendor.
CREATE TABLE portfolio_counts (
    kind     TEXT NOT NULL,
    key      TEXT NOT NULL,
    n        INTEGER NOT NULL DEFAULT 0,
    title    TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
);

-- One (sort key, id) index per sortable column, for keyset pages in both directions.
CREATE INDEX vendors_sort_name_idx ON vendors (lower(name), id);
CREATE INDEX vendors_sort_tier_idx ON vendors ((CASE tier WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END), id);
CREATE INDEX vendors_sort_score_idx ON vendors (score, id);
CREATE INDEX vendors_sort_rating_idx ON vendors (rating_rank, id);
CREATE INDEX vendors_sort_status_idx ON vendors (assessment_status, id);
CREATE INDEX vendors_sort_due_idx ON vendors (assessment_due_on, id);
CREATE INDEX vendors_sort_updated_idx ON vendors (updated_at, id);
-- Filters and dashboard counts.
CREATE INDEX vendors_tier_rating_idx ON vendors (tier, rating);
CREATE INDEX vendors_status_due_idx ON vendors (assessment_status, assessment_due_on);
CREATE INDEX vendors_awaiting_review_idx ON vendors (awaiting_review) WHERE awaiting_review;
CREATE INDEX vendors_status_decision_idx ON vendors (assessment_status, decision);
CREATE INDEX vendors_certificate_idx ON vendors (certificate_status, certificate_expires_on);
CREATE INDEX vendors_certificate_expiry_idx ON vendors (certificate_expires_on);
CREATE INDEX vendors_decision_idx ON vendors (decision);

-- Backfill from what is already stored, set-based: each statement reads its tables once.
CREATE TEMP TABLE portfolio_latest_results (vendor_id INTEGER PRIMARY KEY, result_id INTEGER NOT NULL);
INSERT INTO portfolio_latest_results
    SELECT a.vendor_id, max(r.id) FROM results r JOIN assessments a ON a.id = r.assessment_id GROUP BY a.vendor_id;
UPDATE vendors SET latest_assessment_id = (SELECT max(a.id) FROM assessments a WHERE a.vendor_id = vendors.id),
    last_submitted_at = (SELECT max(a.submitted_at) FROM assessments a WHERE a.vendor_id = vendors.id);
UPDATE vendors SET (assessment_status, assessment_due_on) =
    (SELECT a.status, substr(a.due_on, 1, 10) FROM assessments a WHERE a.id = vendors.latest_assessment_id)
    WHERE latest_assessment_id IS NOT NULL;
UPDATE vendors SET (result_assessment_id, score, rating, rating_overridden, computed_rating, override_stale, rating_rank, certificate_status, certificate_expires_on, open_red_flags, scored_at) = (
    SELECT r.assessment_id, r.score, coalesce(nullif(ra.override_rating, ''), r.rating), ra.override_rating <> '', r.rating,
        ra.override_rating <> '' AND ra.override_at IS NOT NULL AND r.computed_at > ra.override_at,
        CASE coalesce(nullif(ra.override_rating, ''), r.rating) WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END,
        coalesce(json_extract(r.certificate, '$.status'), ''), coalesce(json_extract(r.certificate, '$.expires_on'), ''),
        0, r.computed_at
    FROM portfolio_latest_results l JOIN results r ON r.id = l.result_id JOIN assessments ra ON ra.id = r.assessment_id
    WHERE l.vendor_id = vendors.id)
    WHERE id IN (SELECT vendor_id FROM portfolio_latest_results);
INSERT OR IGNORE INTO vendor_red_flags (vendor_id, flag_id, severity, title)
    SELECT l.vendor_id, json_extract(f.value, '$.id'), coalesce(json_extract(f.value, '$.severity'), ''), coalesce(json_extract(f.value, '$.title'), '')
    FROM portfolio_latest_results l JOIN results r ON r.id = l.result_id, json_each(r.red_flags) f;
-- The open red flag count is the number of distinct flags, as RefreshVendorSummary counts them.
UPDATE vendors SET open_red_flags = (SELECT count(*) FROM vendor_red_flags f WHERE f.vendor_id = vendors.id)
    WHERE id IN (SELECT vendor_id FROM vendor_red_flags);
DROP TABLE portfolio_latest_results;

UPDATE vendors SET awaiting_review = coalesce(assessment_status IN ('submitted', 'scored') AND (decision = 'pending' OR
    (SELECT max(d.created_at) FROM vendor_decisions d WHERE d.vendor_id = vendors.id) < last_submitted_at), 0);

INSERT INTO portfolio_counts (kind, key, n) SELECT 'tier_rating', tier || '/' || rating, count(*) FROM vendors GROUP BY tier, rating;
INSERT INTO portfolio_counts (kind, key, n) SELECT 'status', assessment_status, count(*) FROM vendors GROUP BY assessment_status;
INSERT INTO portfolio_counts (kind, key, n) SELECT 'awaiting_review', '', count(*) FROM vendors WHERE awaiting_review;
INSERT INTO portfolio_counts (kind, key, n, title, severity)
    SELECT 'flag', flag_id, count(*), max(title), max(severity) FROM vendor_red_flags GROUP BY flag_id;

-- +goose Down
DROP TABLE portfolio_counts;
DROP TABLE vendor_red_flags;
DROP INDEX vendors_awaiting_review_idx;
DROP INDEX vendors_sort_name_idx;
DROP INDEX vendors_sort_tier_idx;
DROP INDEX vendors_sort_score_idx;
DROP INDEX vendors_sort_rating_idx;
DROP INDEX vendors_sort_status_idx;
DROP INDEX vendors_sort_due_idx;
DROP INDEX vendors_sort_updated_idx;
DROP INDEX vendors_tier_rating_idx;
DROP INDEX vendors_status_due_idx;
DROP INDEX vendors_status_decision_idx;
DROP INDEX vendors_certificate_idx;
DROP INDEX vendors_certificate_expiry_idx;
DROP INDEX vendors_decision_idx;
ALTER TABLE vendors DROP COLUMN latest_assessment_id;
ALTER TABLE vendors DROP COLUMN assessment_status;
ALTER TABLE vendors DROP COLUMN assessment_due_on;
ALTER TABLE vendors DROP COLUMN last_submitted_at;
ALTER TABLE vendors DROP COLUMN result_assessment_id;
ALTER TABLE vendors DROP COLUMN score;
ALTER TABLE vendors DROP COLUMN rating;
ALTER TABLE vendors DROP COLUMN rating_rank;
ALTER TABLE vendors DROP COLUMN rating_overridden;
ALTER TABLE vendors DROP COLUMN computed_rating;
ALTER TABLE vendors DROP COLUMN override_stale;
ALTER TABLE vendors DROP COLUMN awaiting_review;
ALTER TABLE vendors DROP COLUMN certificate_status;
ALTER TABLE vendors DROP COLUMN certificate_expires_on;
ALTER TABLE vendors DROP COLUMN open_red_flags;
ALTER TABLE vendors DROP COLUMN scored_at;
