-- +goose Up
-- Vendor search as an ordered list of candidates. The trigram full-text index of 00015 found a
-- search's matches, but a page must then sort all of them, and the trigrams every vendor shares
-- (a word such as "vendor", "gmbh" or "https") made each search read an entry per vendor: the
-- first page cost more the more vendors there were. vendor_grams keeps, for each
-- three-character piece of a vendor's name or web address in folded case, the vendor under its
-- name sort key (lower(name), id). A search walks the entries of its rarest piece in the list's
-- name order, keeps those that hold its second rarest too, and checks each for the whole term,
-- stopping when the page is full; vendor_gram_counts says which pieces are rare.
-- The pieces and the folded case come from functions Assay registers on its SQLite connections
-- (assay_search_grams, assay_search_fold; app/store/search.go), which fold case as the
-- full-text index did: the triggers that keep the tables in step with the vendors need them, so
-- vendors are written through Assay, not through another SQLite client.
CREATE TABLE vendor_grams (
    gram      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    vendor_id INTEGER NOT NULL,
    PRIMARY KEY (gram, name_key, vendor_id)
) WITHOUT ROWID;
CREATE TABLE vendor_gram_counts (
    gram TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO vendor_grams (gram, name_key, vendor_id)
SELECT g.value, lower(v.name), v.id FROM vendors v, json_each(assay_search_grams(v.name, v.website)) g;
INSERT INTO vendor_gram_counts (gram, n) SELECT gram, count(*) FROM vendor_grams GROUP BY gram;

-- +goose StatementBegin
CREATE TRIGGER vendor_grams_insert AFTER INSERT ON vendors BEGIN
    INSERT INTO vendor_grams (gram, name_key, vendor_id)
    SELECT value, lower(new.name), new.id FROM json_each(assay_search_grams(new.name, new.website));
    INSERT INTO vendor_gram_counts (gram, n)
    SELECT value, 1 FROM json_each(assay_search_grams(new.name, new.website)) WHERE true
    ON CONFLICT (gram) DO UPDATE SET n = n + 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER vendor_grams_delete AFTER DELETE ON vendors BEGIN
    DELETE FROM vendor_grams WHERE vendor_id = old.id AND name_key = lower(old.name)
        AND gram IN (SELECT value FROM json_each(assay_search_grams(old.name, old.website)));
    UPDATE vendor_gram_counts SET n = n - 1 WHERE gram IN (SELECT value FROM json_each(assay_search_grams(old.name, old.website)));
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER vendor_grams_update AFTER UPDATE OF name, website ON vendors BEGIN
    DELETE FROM vendor_grams WHERE vendor_id = old.id AND name_key = lower(old.name)
        AND gram IN (SELECT value FROM json_each(assay_search_grams(old.name, old.website)));
    UPDATE vendor_gram_counts SET n = n - 1 WHERE gram IN (SELECT value FROM json_each(assay_search_grams(old.name, old.website)));
    INSERT INTO vendor_grams (gram, name_key, vendor_id)
    SELECT value, lower(new.name), new.id FROM json_each(assay_search_grams(new.name, new.website));
    INSERT INTO vendor_gram_counts (gram, n)
    SELECT value, 1 FROM json_each(assay_search_grams(new.name, new.website)) WHERE true
    ON CONFLICT (gram) DO UPDATE SET n = n + 1;
END;
-- +goose StatementEnd

-- The full-text index no longer serves any query; every write to a vendor kept it.
DROP TRIGGER vendors_search_update;
DROP TRIGGER vendors_search_delete;
DROP TRIGGER vendors_search_insert;
DROP TABLE vendors_search;

-- +goose Down
CREATE VIRTUAL TABLE vendors_search USING fts5 (name, website, content = 'vendors', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO vendors_search (vendors_search) VALUES ('rebuild');
-- +goose StatementBegin
CREATE TRIGGER vendors_search_insert AFTER INSERT ON vendors BEGIN
    INSERT INTO vendors_search (rowid, name, website) VALUES (new.id, new.name, new.website);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER vendors_search_delete AFTER DELETE ON vendors BEGIN
    INSERT INTO vendors_search (vendors_search, rowid, name, website) VALUES ('delete', old.id, old.name, old.website);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER vendors_search_update AFTER UPDATE OF name, website ON vendors BEGIN
    INSERT INTO vendors_search (vendors_search, rowid, name, website) VALUES ('delete', old.id, old.name, old.website);
    INSERT INTO vendors_search (rowid, name, website) VALUES (new.id, new.name, new.website);
END;
-- +goose StatementEnd
DROP TRIGGER vendor_grams_update;
DROP TRIGGER vendor_grams_delete;
DROP TRIGGER vendor_grams_insert;
DROP TABLE vendor_gram_counts;
DROP TABLE vendor_grams;
