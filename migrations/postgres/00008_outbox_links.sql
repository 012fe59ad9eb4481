-- +goose Up
-- The outbox no longer keeps working invitation links: the stored copy of a message has its link
-- withheld, and an analyst makes a fresh link when one is needed. This scrubs the links kept
-- before (tokens are 43 URL-safe base64 characters after "/r/").
UPDATE mails
SET text = regexp_replace(text, '/r/[A-Za-z0-9_-]{43}', '/r/[link withheld: an analyst can make a fresh one on the assessment page]', 'g')
WHERE text ~ '/r/[A-Za-z0-9_-]{43}';

-- +goose Down
SELECT 1;
