-- +goose Up
-- The outbox no longer keeps working invitation links: the stored copy of a message has its link
-- withheld, and an analyst makes a fresh link when one is needed. This scrubs the links kept
-- before. Tokens are 43 URL-safe base64 characters after "/r/"; every message carries at most
-- one distinct link, and replace() removes each of its occurrences.
UPDATE mails
SET text = replace(text, substr(text, instr(text, '/r/'), 46), '/r/[link withheld: an analyst can make a fresh one on the assessment page]')
WHERE instr(text, '/r/') > 0 AND substr(text, instr(text, '/r/') + 3, 1) <> '[';

-- +goose Down
SELECT 1;
