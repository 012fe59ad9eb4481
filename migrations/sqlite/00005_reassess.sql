-- +goose Up
-- A reassessment remembers the earlier submitted assessment its answers were carried over
-- from, so the vendor and the analyst can see what changed since then.
CREATE TABLE reassessments (
    assessment_id          INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    previous_assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    carried_answers        INTEGER NOT NULL DEFAULT 0,
    dropped_answers        INTEGER NOT NULL DEFAULT 0,
    created_at             DATETIME NOT NULL
);
CREATE INDEX reassessments_previous_idx ON reassessments (previous_assessment_id);

-- The triggers below look up, per vendor, its newest assessment in a set of statuses.
CREATE INDEX assessments_vendor_status_idx ON assessments (vendor_id, status, id);

-- vendor_cycles keeps, per vendor, what its next due date follows from: its tier, how many
-- assessments are open, and its last submitted assessment. Triggers keep it current whatever
-- code changes a vendor or an assessment, so the due list and the dashboard count read one
-- indexed table instead of every vendor's history.
CREATE TABLE vendor_cycles (
    vendor_id          INTEGER PRIMARY KEY REFERENCES vendors (id) ON DELETE CASCADE,
    tier               TEXT NOT NULL,
    open_assessments   INTEGER NOT NULL DEFAULT 0,
    last_assessment_id INTEGER,
    last_submitted_at  DATETIME
);
CREATE INDEX vendor_cycles_due_idx ON vendor_cycles (open_assessments, tier, last_submitted_at);

INSERT INTO vendor_cycles (vendor_id, tier) SELECT id, tier FROM vendors;

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_vendor_insert AFTER INSERT ON vendors
BEGIN
    INSERT INTO vendor_cycles (vendor_id, tier) VALUES (NEW.id, NEW.tier);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_vendor_tier AFTER UPDATE OF tier ON vendors
BEGIN
    UPDATE vendor_cycles SET tier = NEW.tier WHERE vendor_id = NEW.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_assessment_insert AFTER INSERT ON assessments
BEGIN
    UPDATE vendor_cycles SET
        open_assessments = (SELECT COUNT(*) FROM assessments WHERE vendor_id = NEW.vendor_id
            AND status IN ('sent', 'in_progress', 'returned')),
        last_assessment_id = (SELECT MAX(id) FROM assessments WHERE vendor_id = NEW.vendor_id
            AND status IN ('submitted', 'scored')),
        last_submitted_at = (SELECT submitted_at FROM assessments WHERE id = (SELECT MAX(id) FROM assessments
            WHERE vendor_id = NEW.vendor_id AND status IN ('submitted', 'scored')))
    WHERE vendor_id = NEW.vendor_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_assessment_update AFTER UPDATE OF status, submitted_at, vendor_id ON assessments
BEGIN
    UPDATE vendor_cycles SET
        open_assessments = (SELECT COUNT(*) FROM assessments WHERE vendor_id = vendor_cycles.vendor_id
            AND status IN ('sent', 'in_progress', 'returned')),
        last_assessment_id = (SELECT MAX(id) FROM assessments WHERE vendor_id = vendor_cycles.vendor_id
            AND status IN ('submitted', 'scored')),
        last_submitted_at = (SELECT submitted_at FROM assessments WHERE id = (SELECT MAX(id) FROM assessments
            WHERE vendor_id = vendor_cycles.vendor_id AND status IN ('submitted', 'scored')))
    WHERE vendor_id IN (OLD.vendor_id, NEW.vendor_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_assessment_delete AFTER DELETE ON assessments
BEGIN
    UPDATE vendor_cycles SET
        open_assessments = (SELECT COUNT(*) FROM assessments WHERE vendor_id = OLD.vendor_id
            AND status IN ('sent', 'in_progress', 'returned')),
        last_assessment_id = (SELECT MAX(id) FROM assessments WHERE vendor_id = OLD.vendor_id
            AND status IN ('submitted', 'scored')),
        last_submitted_at = (SELECT submitted_at FROM assessments WHERE id = (SELECT MAX(id) FROM assessments
            WHERE vendor_id = OLD.vendor_id AND status IN ('submitted', 'scored')))
    WHERE vendor_id = OLD.vendor_id;
END;
-- +goose StatementEnd

UPDATE vendor_cycles SET
    open_assessments = (SELECT COUNT(*) FROM assessments WHERE vendor_id = vendor_cycles.vendor_id
        AND status IN ('sent', 'in_progress', 'returned')),
    last_assessment_id = (SELECT MAX(id) FROM assessments WHERE vendor_id = vendor_cycles.vendor_id
        AND status IN ('submitted', 'scored')),
    last_submitted_at = (SELECT submitted_at FROM assessments WHERE id = (SELECT MAX(id) FROM assessments
        WHERE vendor_id = vendor_cycles.vendor_id AND status IN ('submitted', 'scored')));

-- +goose Down
DROP TRIGGER vendor_cycles_assessment_delete;
DROP TRIGGER vendor_cycles_assessment_update;
DROP TRIGGER vendor_cycles_assessment_insert;
DROP TRIGGER vendor_cycles_vendor_tier;
DROP TRIGGER vendor_cycles_vendor_insert;
DROP TABLE vendor_cycles;
DROP INDEX assessments_vendor_status_idx;
DROP TABLE reassessments;
