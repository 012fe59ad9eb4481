-- +goose Up
-- A reassessment remembers the earlier submitted assessment its answers were carried over
-- from, so the vendor and the analyst can see what changed since then.
CREATE TABLE reassessments (
    assessment_id          BIGINT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    previous_assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    carried_answers        INTEGER NOT NULL DEFAULT 0,
    dropped_answers        INTEGER NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX reassessments_previous_idx ON reassessments (previous_assessment_id);

-- The reassessments-due query looks up, per vendor, its newest assessment in a set of
-- statuses (the last submitted one, and whether one is open): one index seek per vendor.
CREATE INDEX assessments_vendor_status_idx ON assessments (vendor_id, status, id);

-- +goose Down
DROP INDEX assessments_vendor_status_idx;
DROP TABLE reassessments;
