-- +goose Up
-- Attempt counters for sign-in and token throttling: one row per key (an account, an address,
-- an account at an address, a device cookie), counted in fixed windows. An attempt is taken by
-- one conditional upsert, so parallel requests and several replicas share one count.
CREATE TABLE throttles (
    key          TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    count        INTEGER NOT NULL
);
DROP TABLE login_failures;

-- +goose Down
CREATE TABLE login_failures (
    id  BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL,
    at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_key_at_idx ON login_failures (key, at);
DROP TABLE throttles;
