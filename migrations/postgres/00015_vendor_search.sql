-- +goose Up
-- Vendor search finds a piece of a name or web address anywhere in it (LIKE '%...%'), which no
-- B-tree index can serve: at 100,000 vendors every search read them all. Trigram indexes
-- (pg_trgm) find the candidates instead. pg_trgm ships with PostgreSQL and is trusted, so a role
-- that may create in the database may add it; where it cannot be added, search works as before
-- and only reads more rows.
-- +goose StatementBegin
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
    RAISE NOTICE 'pg_trgm could not be added (%): vendor search reads every vendor', SQLERRM;
END $$;
-- +goose StatementEnd
-- +goose StatementBegin
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS vendors_name_trgm_idx ON vendors USING gin (lower(name) gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS vendors_website_trgm_idx ON vendors USING gin (lower(website) gin_trgm_ops);
    END IF;
END $$;
-- +goose StatementEnd

-- +goose Down
DROP INDEX IF EXISTS vendors_website_trgm_idx;
DROP INDEX IF EXISTS vendors_name_trgm_idx;
