-- +goose Up
-- An invitation keeps its token sealed (AES-256-GCM under a key derived from the audit key, which
-- the database does not hold) beside its SHA-256, so a finding, a reminder or a clarification can
-- mail the recipient the link they already have instead of a new one that kills it. Rows from
-- before have none; their next notice rotates the link once.
ALTER TABLE invitations ADD COLUMN token_sealed TEXT NOT NULL DEFAULT '';

-- Files a vendor attaches to a reply on a question under clarification.
CREATE TABLE review_files (
    id            BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    message_id    BIGINT NOT NULL REFERENCES review_messages (id) ON DELETE CASCADE,
    object_key    TEXT NOT NULL UNIQUE,
    filename      TEXT NOT NULL,
    size          BIGINT NOT NULL,
    kind          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    uploaded_by   TEXT NOT NULL DEFAULT '',
    version_id    TEXT NOT NULL DEFAULT '',
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_files_assessment_id_idx ON review_files (assessment_id);

-- The vendor's comment on a question, and "not applicable" with its reason where the
-- questionnaire allows it; one row per question.
CREATE TABLE answer_notes (
    id             BIGSERIAL PRIMARY KEY,
    assessment_id  BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    comment        TEXT NOT NULL DEFAULT '',
    not_applicable BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by     TEXT NOT NULL DEFAULT '',
    updated_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (assessment_id, question_id)
);

-- +goose Down
DROP TABLE answer_notes;
DROP TABLE review_files;
ALTER TABLE invitations DROP COLUMN token_sealed;
