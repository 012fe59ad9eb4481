-- +goose Up
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'procurement')),
    password_hash TEXT NOT NULL DEFAULT '',
    disabled      BOOLEAN NOT NULL DEFAULT 0,
    must_change_password BOOLEAN NOT NULL DEFAULT 0,
    created_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    user_id       INTEGER REFERENCES users (id) ON DELETE CASCADE,
    invitation_id INTEGER,
    assessment_id INTEGER,
    csrf_token    TEXT NOT NULL,
    ip            TEXT NOT NULL DEFAULT '',
    created_at    DATETIME NOT NULL,
    last_seen_at  DATETIME NOT NULL,
    expires_at    DATETIME NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT NOT NULL DEFAULT '',
    hash         TEXT NOT NULL UNIQUE,
    created_at   DATETIME NOT NULL,
    last_used_at DATETIME,
    revoked_at   DATETIME
);

CREATE TABLE login_failures (
    id  INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    at  DATETIME NOT NULL
);
CREATE INDEX login_failures_key_at_idx ON login_failures (key, at);

CREATE TABLE vendors (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    website    TEXT NOT NULL DEFAULT '',
    tier       TEXT NOT NULL CHECK (tier IN ('critical', 'high', 'medium', 'low')),
    owner_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decision   TEXT NOT NULL DEFAULT 'pending',
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE INDEX vendors_name_idx ON vendors (lower(name));

CREATE TABLE services (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    keywords  TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX services_vendor_id_idx ON services (vendor_id);

CREATE TABLE contacts (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    email     TEXT NOT NULL
);
CREATE INDEX contacts_vendor_id_idx ON contacts (vendor_id);

CREATE TABLE assessments (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    vendor_id             INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    questionnaire_hash    TEXT NOT NULL,
    status                TEXT NOT NULL,
    due_on                DATETIME NOT NULL,
    sent_by_id            INTEGER NOT NULL REFERENCES users (id),
    submitted_at          DATETIME,
    submitted_by          TEXT NOT NULL DEFAULT '',
    scored_at             DATETIME,
    created_at            DATETIME NOT NULL,
    updated_at            DATETIME NOT NULL
);
CREATE INDEX assessments_vendor_id_idx ON assessments (vendor_id, id);

CREATE TABLE invitations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    email         TEXT NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    token_hash    TEXT NOT NULL UNIQUE,
    expires_at    DATETIME NOT NULL,
    revoked_at    DATETIME,
    last_used_at  DATETIME,
    created_at    DATETIME NOT NULL
);
CREATE INDEX invitations_assessment_id_idx ON invitations (assessment_id);

CREATE TABLE answers (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    value         TEXT NOT NULL,
    version       INTEGER NOT NULL,
    updated_by    TEXT NOT NULL DEFAULT '',
    updated_at    DATETIME NOT NULL,
    UNIQUE (assessment_id, question_id)
);

CREATE TABLE evidences (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    object_key    TEXT NOT NULL UNIQUE,
    filename      TEXT NOT NULL,
    size          INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    status        TEXT NOT NULL,
    facts         TEXT NOT NULL DEFAULT '{}',
    extract_error TEXT NOT NULL DEFAULT '',
    corrections   TEXT NOT NULL DEFAULT '{}',
    extracted_at  DATETIME,
    uploaded_by   TEXT NOT NULL DEFAULT '',
    created_at    DATETIME NOT NULL
);
CREATE INDEX evidences_assessment_id_idx ON evidences (assessment_id);

CREATE TABLE results (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id         INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    score                 INTEGER NOT NULL,
    rating                TEXT NOT NULL,
    red_flags             TEXT NOT NULL,
    certificate           TEXT NOT NULL,
    engine_version        TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    questionnaire_hash    TEXT NOT NULL,
    inputs                TEXT NOT NULL DEFAULT '{}',
    computed_at           DATETIME NOT NULL
);
CREATE INDEX results_assessment_id_idx ON results (assessment_id, id);

CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chain       TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    actor_type  TEXT NOT NULL,
    actor_id    INTEGER NOT NULL DEFAULT 0,
    actor_label TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   INTEGER NOT NULL DEFAULT 0,
    detail      TEXT NOT NULL DEFAULT '',
    ip          TEXT NOT NULL DEFAULT '',
    at          DATETIME NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (chain, seq)
);

CREATE TABLE mails (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    text       TEXT NOT NULL,
    status     TEXT NOT NULL,
    error      TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    sent_at    DATETIME
);

CREATE TABLE questionnaire_versions (
    hash             TEXT PRIMARY KEY,
    questionnaire_id TEXT NOT NULL,
    version          TEXT NOT NULL,
    source           TEXT NOT NULL,
    created_at       DATETIME NOT NULL
);

-- +goose Down
DROP TABLE questionnaire_versions;
DROP TABLE mails;
DROP TABLE audit_events;
DROP TABLE results;
DROP TABLE evidences;
DROP TABLE answers;
DROP TABLE invitations;
DROP TABLE assessments;
DROP TABLE contacts;
DROP TABLE services;
DROP TABLE vendors;
DROP TABLE login_failures;
DROP TABLE api_tokens;
DROP TABLE sessions;
DROP TABLE users;
