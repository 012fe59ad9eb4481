-- +goose Up
-- Single sign-on: an account made or signed in by an OpenID provider keeps the provider's
-- issuer and subject, which name the person for good even when their email changes; and a
-- sign-in started at the provider waits in sso_logins until it comes back, once.
ALTER TABLE users ADD COLUMN sso_issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN sso_subject TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX users_sso_key ON users (sso_issuer, sso_subject) WHERE sso_subject <> '';
CREATE TABLE sso_logins (
    id         TEXT PRIMARY KEY,
    browser    TEXT NOT NULL,
    nonce      TEXT NOT NULL,
    verifier   TEXT NOT NULL,
    next       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sso_logins_expires_at_idx ON sso_logins (expires_at);

-- +goose Down
DROP TABLE sso_logins;
DROP INDEX users_sso_key;
ALTER TABLE users DROP COLUMN sso_subject;
ALTER TABLE users DROP COLUMN sso_issuer;
