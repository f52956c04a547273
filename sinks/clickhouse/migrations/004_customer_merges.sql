-- Identity merges: when two customer keys turn out to be one person, the
-- absorbed key gets a final row (a higher version) with merged_into set to the
-- survivor and no counts. Its earlier touchpoints keep the old key: count a
-- person's touchpoints through voc.customer_aliases.
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS merged_into String DEFAULT '';

-- (ClickHouse aliases are visible in the whole SELECT, so the survivor column
-- must not be called customer_id here.)
CREATE VIEW IF NOT EXISTS voc.customer_aliases AS
SELECT customer_id AS alias, merged_into AS survivor
FROM voc.customers FINAL
WHERE merged_into != '';
