-- +goose Up
-- A reassessment remembers the earlier submitted assessment its answers were carried over
-- from, so the vendor and the analyst can see what changed since then.
CREATE TABLE reassessments (
    assessment_id          BIGINT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    previous_assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    carried_answers        INTEGER NOT NULL DEFAULT 0,
    dropped_answers        INTEGER NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX reassessments_previous_idx ON reassessments (previous_assessment_id);

-- The triggers below look up, per vendor, its newest assessment in a set of statuses.
CREATE INDEX assessments_vendor_status_idx ON assessments (vendor_id, status, id);

-- vendor_cycles keeps, per vendor, what its next due date follows from: its tier, how many
-- assessments are open, and its last submitted assessment. Triggers keep it current whatever
-- code changes a vendor or an assessment, so the due list and the dashboard count read one
-- indexed table instead of every vendor's history.
CREATE TABLE vendor_cycles (
    vendor_id          BIGINT PRIMARY KEY REFERENCES vendors (id) ON DELETE CASCADE,
    tier               TEXT NOT NULL,
    open_assessments   INTEGER NOT NULL DEFAULT 0,
    last_assessment_id BIGINT,
    last_submitted_at  TIMESTAMPTZ
);
CREATE INDEX vendor_cycles_due_idx ON vendor_cycles (open_assessments, tier, last_submitted_at);

-- +goose StatementBegin
CREATE FUNCTION vendor_cycles_refresh(vid BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    last_id BIGINT;
    last_at TIMESTAMPTZ;
BEGIN
    -- Lock the row first: the statements below then take their snapshot after any concurrent
    -- change to the same vendor has committed, so neither transaction's change is lost.
    PERFORM 1 FROM vendor_cycles WHERE vendor_id = vid FOR UPDATE;
    SELECT a.id, a.submitted_at INTO last_id, last_at FROM assessments a
    WHERE a.vendor_id = vid AND a.status IN ('submitted', 'scored') ORDER BY a.id DESC LIMIT 1;
    UPDATE vendor_cycles SET
        open_assessments = (SELECT COUNT(*) FROM assessments a WHERE a.vendor_id = vid
            AND a.status IN ('sent', 'in_progress', 'returned')),
        last_assessment_id = last_id,
        last_submitted_at = last_at
    WHERE vendor_id = vid;
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION vendor_cycles_vendor_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO vendor_cycles (vendor_id, tier) VALUES (NEW.id, NEW.tier);
    ELSIF NEW.tier IS DISTINCT FROM OLD.tier THEN
        UPDATE vendor_cycles SET tier = NEW.tier WHERE vendor_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION vendor_cycles_assessment_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM vendor_cycles_refresh(OLD.vendor_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.vendor_id IS DISTINCT FROM OLD.vendor_id) THEN
        PERFORM vendor_cycles_refresh(NEW.vendor_id);
    END IF;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER vendor_cycles_vendor AFTER INSERT OR UPDATE OF tier ON vendors
    FOR EACH ROW EXECUTE FUNCTION vendor_cycles_vendor_change();
CREATE TRIGGER vendor_cycles_assessment AFTER INSERT OR DELETE OR UPDATE OF status, submitted_at, vendor_id ON assessments
    FOR EACH ROW EXECUTE FUNCTION vendor_cycles_assessment_change();

INSERT INTO vendor_cycles (vendor_id, tier) SELECT id, tier FROM vendors;
SELECT vendor_cycles_refresh(id) FROM vendors;

-- +goose Down
DROP TRIGGER vendor_cycles_assessment ON assessments;
DROP TRIGGER vendor_cycles_vendor ON vendors;
DROP FUNCTION vendor_cycles_assessment_change();
DROP FUNCTION vendor_cycles_vendor_change();
DROP FUNCTION vendor_cycles_refresh(BIGINT);
DROP TABLE vendor_cycles;
DROP INDEX assessments_vendor_status_idx;
DROP TABLE reassessments;
