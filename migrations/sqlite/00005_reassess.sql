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

-- vendor_cycle_facts computes a vendor's cycle from its assessments; the triggers copy one
-- vendor's row of it into vendor_cycles.
CREATE VIEW vendor_cycle_facts AS
SELECT v.id AS vendor_id,
    (SELECT COUNT(*) FROM assessments a WHERE a.vendor_id = v.id
        AND a.status IN ('sent', 'in_progress', 'returned')) AS open_assessments,
    (SELECT MAX(a.id) FROM assessments a WHERE a.vendor_id = v.id
        AND a.status IN ('submitted', 'scored')) AS last_assessment_id,
    (SELECT l.submitted_at FROM assessments l WHERE l.id = (SELECT MAX(a.id) FROM assessments a
        WHERE a.vendor_id = v.id AND a.status IN ('submitted', 'scored'))) AS last_submitted_at
FROM vendors v;

INSERT INTO vendor_cycles (vendor_id, tier, open_assessments, last_assessment_id, last_submitted_at)
SELECT f.vendor_id, v.tier, f.open_assessments, f.last_assessment_id, f.last_submitted_at
FROM vendor_cycle_facts f JOIN vendors v ON v.id = f.vendor_id;

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
    UPDATE vendor_cycles SET (open_assessments, last_assessment_id, last_submitted_at) =
        (SELECT open_assessments, last_assessment_id, last_submitted_at FROM vendor_cycle_facts f WHERE f.vendor_id = NEW.vendor_id)
    WHERE vendor_id = NEW.vendor_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_assessment_update AFTER UPDATE OF status, submitted_at, vendor_id ON assessments
BEGIN
    UPDATE vendor_cycles SET (open_assessments, last_assessment_id, last_submitted_at) =
        (SELECT open_assessments, last_assessment_id, last_submitted_at FROM vendor_cycle_facts f WHERE f.vendor_id = OLD.vendor_id)
    WHERE vendor_id = OLD.vendor_id;
    UPDATE vendor_cycles SET (open_assessments, last_assessment_id, last_submitted_at) =
        (SELECT open_assessments, last_assessment_id, last_submitted_at FROM vendor_cycle_facts f WHERE f.vendor_id = NEW.vendor_id)
    WHERE vendor_id = NEW.vendor_id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER vendor_cycles_assessment_delete AFTER DELETE ON assessments
BEGIN
    UPDATE vendor_cycles SET (open_assessments, last_assessment_id, last_submitted_at) =
        (SELECT open_assessments, last_assessment_id, last_submitted_at FROM vendor_cycle_facts f WHERE f.vendor_id = OLD.vendor_id)
    WHERE vendor_id = OLD.vendor_id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER vendor_cycles_assessment_delete;
DROP TRIGGER vendor_cycles_assessment_update;
DROP TRIGGER vendor_cycles_assessment_insert;
DROP TRIGGER vendor_cycles_vendor_tier;
DROP TRIGGER vendor_cycles_vendor_insert;
DROP VIEW vendor_cycle_facts;
DROP TABLE vendor_cycles;
DROP INDEX assessments_vendor_status_idx;
DROP TABLE reassessments;
