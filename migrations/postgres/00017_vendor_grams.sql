-- +goose Up
-- Vendor search as an ordered list of candidates. The trigram indexes of 00015 found a search's
-- matches, but a page must then sort all of them, and the trigrams every vendor shares (a word
-- such as "vendor", "gmbh" or "https") made each search read an entry per vendor: the first page
-- cost more the more vendors there were. vendor_grams keeps, for each three-character piece of
-- a vendor's lowercased name or web address, the vendor under its name sort key
-- (lower(name), id). A search walks the entries of its rarest piece in the list's name order,
-- keeps those that hold its second rarest too, and checks each with the same LIKE as before,
-- stopping when the page is full; vendor_gram_counts says which pieces are rare. Triggers keep
-- both in step with the vendors.
-- +goose StatementBegin
CREATE FUNCTION vendor_search_grams(t text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT DISTINCT substr(t, i, 3) FROM generate_series(1, length(t) - 2) AS i $$;
-- +goose StatementEnd

CREATE TABLE vendor_grams (
    gram      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    vendor_id BIGINT NOT NULL,
    PRIMARY KEY (gram, name_key, vendor_id)
);
CREATE TABLE vendor_gram_counts (
    gram TEXT PRIMARY KEY,
    n    BIGINT NOT NULL
);

INSERT INTO vendor_grams (gram, name_key, vendor_id)
SELECT t.gram, lower(v.name), v.id
FROM vendors v
CROSS JOIN LATERAL (SELECT vendor_search_grams(lower(v.name)) UNION SELECT vendor_search_grams(lower(v.website))) AS t (gram);
INSERT INTO vendor_gram_counts (gram, n) SELECT gram, count(*) FROM vendor_grams GROUP BY gram;

-- +goose StatementBegin
CREATE FUNCTION vendor_grams_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_grams text[] := '{}';
    new_grams text[] := '{}';
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_grams := ARRAY(SELECT vendor_search_grams(lower(OLD.name)) UNION SELECT vendor_search_grams(lower(OLD.website)));
        DELETE FROM vendor_grams WHERE gram = ANY (old_grams) AND name_key = lower(OLD.name) AND vendor_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_grams := ARRAY(SELECT vendor_search_grams(lower(NEW.name)) UNION SELECT vendor_search_grams(lower(NEW.website)));
        INSERT INTO vendor_grams (gram, name_key, vendor_id) SELECT unnest(new_grams), lower(NEW.name), NEW.id;
    END IF;
    -- One statement in gram order, so that changes running at once lock the counts they share
    -- in the same order.
    INSERT INTO vendor_gram_counts (gram, n)
    SELECT c.gram, sum(c.d) FROM (SELECT unnest(old_grams) AS gram, -1 AS d UNION ALL SELECT unnest(new_grams), 1) AS c
    GROUP BY c.gram HAVING sum(c.d) <> 0 ORDER BY c.gram
    ON CONFLICT (gram) DO UPDATE SET n = vendor_gram_counts.n + excluded.n;
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER vendor_grams_sync AFTER INSERT OR DELETE OR UPDATE OF name, website ON vendors
    FOR EACH ROW EXECUTE FUNCTION vendor_grams_sync();

-- The trigram indexes no longer serve any query; every write to a vendor kept them.
DROP INDEX IF EXISTS vendors_website_trgm_idx;
DROP INDEX IF EXISTS vendors_name_trgm_idx;

-- +goose Down
-- +goose StatementBegin
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS vendors_name_trgm_idx ON vendors USING gin (lower(name) gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS vendors_website_trgm_idx ON vendors USING gin (lower(website) gin_trgm_ops);
    END IF;
END $$;
-- +goose StatementEnd
DROP TRIGGER vendor_grams_sync ON vendors;
DROP FUNCTION vendor_grams_sync();
DROP TABLE vendor_gram_counts;
DROP TABLE vendor_grams;
DROP FUNCTION vendor_search_grams(text);
