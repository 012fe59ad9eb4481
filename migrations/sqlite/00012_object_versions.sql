-- +goose Up
-- The version of the object a stored file was written as, when the bucket keeps versions (S3
-- with versioning on); empty for the local folder and unversioned buckets.
ALTER TABLE evidences ADD COLUMN version_id TEXT NOT NULL DEFAULT '';
ALTER TABLE finding_files ADD COLUMN version_id TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE finding_files DROP COLUMN version_id;
ALTER TABLE evidences DROP COLUMN version_id;
