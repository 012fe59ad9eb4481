-- +goose Up
-- The vendor list filtered on a red flag and sorted by last update walked every vendor in update
-- order, probing each for the flag, until a page of holders was found: where the flag's holders
-- were not updated lately that is most of the portfolio. Each red flag row now carries its
-- vendor's updated_at, so the page reads the flag's holders in that order from one index and
-- stops when full. Triggers keep the copy equal to the vendor's, as stored, whoever writes
-- either row (SQLite cannot set a new row's column before the insert, so it is set just after).
ALTER TABLE vendor_red_flags ADD COLUMN vendor_updated_at DATETIME;
UPDATE vendor_red_flags SET vendor_updated_at = (SELECT v.updated_at FROM vendors v WHERE v.id = vendor_red_flags.vendor_id);
CREATE INDEX vendor_red_flags_updated_idx ON vendor_red_flags (flag_id, vendor_updated_at, vendor_id);

-- +goose StatementBegin
CREATE TRIGGER vendor_red_flags_stamp AFTER INSERT ON vendor_red_flags BEGIN
    UPDATE vendor_red_flags SET vendor_updated_at = (SELECT v.updated_at FROM vendors v WHERE v.id = new.vendor_id)
        WHERE vendor_id = new.vendor_id AND flag_id = new.flag_id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER vendor_red_flags_restamp AFTER UPDATE OF vendor_id, vendor_updated_at ON vendor_red_flags
    WHEN new.vendor_updated_at IS NOT (SELECT v.updated_at FROM vendors v WHERE v.id = new.vendor_id) BEGIN
    UPDATE vendor_red_flags SET vendor_updated_at = (SELECT v.updated_at FROM vendors v WHERE v.id = new.vendor_id)
        WHERE vendor_id = new.vendor_id AND flag_id = new.flag_id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER vendor_red_flags_follow_vendor AFTER UPDATE OF updated_at ON vendors
    WHEN new.updated_at IS NOT old.updated_at BEGIN
    UPDATE vendor_red_flags SET vendor_updated_at = new.updated_at WHERE vendor_id = new.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER vendor_red_flags_follow_vendor;
DROP TRIGGER vendor_red_flags_restamp;
DROP TRIGGER vendor_red_flags_stamp;
DROP INDEX vendor_red_flags_updated_idx;
ALTER TABLE vendor_red_flags DROP COLUMN vendor_updated_at;
