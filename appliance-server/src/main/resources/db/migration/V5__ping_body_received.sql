-- How many body bytes a ping sent, before the ping body limit kept only the first part: the
-- admin app says "first 10,000 of 10,240 bytes stored". NULL (older rows, and imports from
-- exports made before this column) means the body was stored whole, so it equals length(body);
-- filling it in here would rewrite every ping row of a large database at upgrade.
ALTER TABLE ping ADD COLUMN body_received INTEGER;
