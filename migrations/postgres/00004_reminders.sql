-- +goose Up
-- When an open assessment passed its due date; kept after submission as a record of lateness.
ALTER TABLE assessments ADD COLUMN overdue_at TIMESTAMPTZ;

-- The sweep looks for open assessments near their due date and for links that ran out.
CREATE INDEX assessments_status_due_on_idx ON assessments (status, due_on);
CREATE INDEX invitations_expires_at_idx ON invitations (expires_at);

-- One row per reminder threshold of an assessment, sent or skipped. The unique key is what
-- makes a reminder go out once even when several replicas sweep at the same moment.
CREATE TABLE reminder_stamps (
    id            BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    threshold     TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('sent', 'skipped')),
    recipients    INTEGER NOT NULL DEFAULT 0,
    at            TIMESTAMPTZ NOT NULL,
    UNIQUE (assessment_id, threshold)
);

-- One row per notice about evidence falling out of date, sent or skipped.
CREATE TABLE evidence_notices (
    id            BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    evidence_id   BIGINT NOT NULL REFERENCES evidences (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    threshold     TEXT NOT NULL,
    lapses_on     TIMESTAMPTZ NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('sent', 'skipped')),
    recipient     TEXT NOT NULL DEFAULT '',
    at            TIMESTAMPTZ NOT NULL,
    UNIQUE (evidence_id, kind, threshold)
);
CREATE INDEX evidence_notices_assessment_id_idx ON evidence_notices (assessment_id, id);

-- +goose Down
DROP TABLE evidence_notices;
DROP TABLE reminder_stamps;
DROP INDEX invitations_expires_at_idx;
DROP INDEX assessments_status_due_on_idx;
ALTER TABLE assessments DROP COLUMN overdue_at;
