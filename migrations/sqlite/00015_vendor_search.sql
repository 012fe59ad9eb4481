-- +goose Up
-- Vendor search finds a piece of a name or web address anywhere in it, which no B-tree index can
-- serve: at 100,000 vendors every search read them all. A full-text index of the vendors' names
-- and addresses in three-letter pieces (FTS5's trigram tokenizer, which folds case) finds the
-- candidates instead; triggers keep it in step with the table it indexes.
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

-- +goose Down
DROP TRIGGER vendors_search_update;
DROP TRIGGER vendors_search_delete;
DROP TRIGGER vendors_search_insert;
DROP TABLE vendors_search;
