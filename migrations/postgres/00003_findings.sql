-- +goose Up
-- A finding is one red flag of one assessment that an analyst tracks to closure with the vendor.
-- The flag's severity, title and explanation are copied when the finding is made, so later
-- rescoring or questionnaire changes do not rewrite what the vendor was asked to address.
CREATE TABLE findings (
    id             BIGSERIAL PRIMARY KEY,
    assessment_id  BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    vendor_id      BIGINT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    flag_id        TEXT NOT NULL,
    severity       TEXT NOT NULL,
    title          TEXT NOT NULL,
    explanation    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('open', 'vendor_responded', 'closed', 'risk_accepted')),
    owner_id       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    due_on         TIMESTAMPTZ NOT NULL,
    shared_at      TIMESTAMPTZ,
    approver_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    accept_reason  TEXT NOT NULL DEFAULT '',
    accepted_until TIMESTAMPTZ,
    closed_at      TIMESTAMPTZ,
    closed_by      TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX findings_assessment_flag_key ON findings (assessment_id, flag_id);
CREATE INDEX findings_status_due_idx ON findings (status, due_on);
CREATE INDEX findings_vendor_id_idx ON findings (vendor_id);
CREATE INDEX findings_accepted_until_idx ON findings (accepted_until) WHERE status = 'risk_accepted';

-- The thread of a finding: analysts' notes and requests, the vendor's responses, system notes.
CREATE TABLE finding_messages (
    id          BIGSERIAL PRIMARY KEY,
    finding_id  BIGINT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('note', 'request', 'response', 'system')),
    author_type TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX finding_messages_finding_id_idx ON finding_messages (finding_id, id);

-- Files the vendor sends with a response; kept apart from evidences so scoring never reads them.
CREATE TABLE finding_files (
    id           BIGSERIAL PRIMARY KEY,
    finding_id   BIGINT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    message_id   BIGINT NOT NULL REFERENCES finding_messages (id) ON DELETE CASCADE,
    object_key   TEXT NOT NULL UNIQUE,
    filename     TEXT NOT NULL,
    size         BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    uploaded_by  TEXT NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX finding_files_finding_id_idx ON finding_files (finding_id);

-- Every decision about a vendor, newest last; vendors.decision holds the current one.
CREATE TABLE vendor_decisions (
    id            BIGSERIAL PRIMARY KEY,
    vendor_id     BIGINT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    decision      TEXT NOT NULL CHECK (decision IN ('approved', 'approved_with_conditions', 'rejected', 'pending')),
    conditions    TEXT NOT NULL DEFAULT '[]',
    notes         TEXT NOT NULL DEFAULT '',
    decided_by_id BIGINT NOT NULL REFERENCES users (id),
    decided_by    TEXT NOT NULL,
    assessment_id BIGINT REFERENCES assessments (id) ON DELETE SET NULL,
    score         INTEGER,
    rating        TEXT NOT NULL DEFAULT '',
    open_findings INTEGER NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX vendor_decisions_vendor_id_idx ON vendor_decisions (vendor_id, id);

-- +goose Down
DROP TABLE vendor_decisions;
DROP TABLE finding_files;
DROP TABLE finding_messages;
DROP TABLE findings;
