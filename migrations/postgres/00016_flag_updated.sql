-- +goose Up
-- The vendor list filtered on a red flag and sorted by last update walked every vendor in update
-- order, probing each for the flag, until a page of holders was found: where the flag's holders
-- were not updated lately that is most of the portfolio. Each red flag row now carries its
-- vendor's updated_at, so the page reads the flag's holders in that order from one index and
-- stops when full. Triggers keep the copy equal to the vendor's, whoever writes either row.
ALTER TABLE vendor_red_flags ADD COLUMN vendor_updated_at TIMESTAMPTZ;
UPDATE vendor_red_flags f SET vendor_updated_at = v.updated_at FROM vendors v WHERE v.id = f.vendor_id;
ALTER TABLE vendor_red_flags ALTER COLUMN vendor_updated_at SET NOT NULL;
CREATE INDEX vendor_red_flags_updated_idx ON vendor_red_flags (flag_id, vendor_updated_at, vendor_id);

-- +goose StatementBegin
CREATE FUNCTION vendor_red_flags_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.vendor_updated_at := (SELECT updated_at FROM vendors WHERE id = NEW.vendor_id);
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION vendor_red_flags_follow_vendor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE vendor_red_flags SET vendor_updated_at = NEW.updated_at WHERE vendor_id = NEW.id;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER vendor_red_flags_stamp BEFORE INSERT OR UPDATE ON vendor_red_flags
    FOR EACH ROW EXECUTE FUNCTION vendor_red_flags_stamp();
CREATE TRIGGER vendor_red_flags_follow_vendor AFTER UPDATE OF updated_at ON vendors
    FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM OLD.updated_at) EXECUTE FUNCTION vendor_red_flags_follow_vendor();

-- +goose Down
DROP TRIGGER vendor_red_flags_follow_vendor ON vendors;
DROP TRIGGER vendor_red_flags_stamp ON vendor_red_flags;
DROP FUNCTION vendor_red_flags_follow_vendor();
DROP FUNCTION vendor_red_flags_stamp();
DROP INDEX vendor_red_flags_updated_idx;
ALTER TABLE vendor_red_flags DROP COLUMN vendor_updated_at;
