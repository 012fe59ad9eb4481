-- +goose Up
-- The analyst's review of a submitted assessment: one state per question, the thread of
-- messages between analyst and vendor, and an override of the computed rating kept beside it.
CREATE TABLE question_reviews (
    id            BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('accepted', 'clarification_requested', 'vendor_answered')),
    open_to_vendor BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by    TEXT NOT NULL DEFAULT '',
    updated_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (assessment_id, question_id)
);

CREATE TABLE review_messages (
    id            BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    author_type   TEXT NOT NULL CHECK (author_type IN ('analyst', 'vendor')),
    author        TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_messages_assessment_idx ON review_messages (assessment_id, question_id, id);

ALTER TABLE assessments ADD COLUMN override_rating TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN override_justification TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN override_by TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN override_at TIMESTAMPTZ;

-- +goose Down
ALTER TABLE assessments DROP COLUMN override_at;
ALTER TABLE assessments DROP COLUMN override_by;
ALTER TABLE assessments DROP COLUMN override_justification;
ALTER TABLE assessments DROP COLUMN override_rating;
DROP TABLE review_messages;
DROP TABLE question_reviews;
