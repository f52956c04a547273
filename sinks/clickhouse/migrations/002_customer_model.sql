-- The customer model of issue 4 as columns analysts can filter on; the whole
-- model stays in `state` (JSON).
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS journey_stage LowCardinality(String) DEFAULT '';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS nps_category LowCardinality(String) DEFAULT '';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS churn_factors String DEFAULT '{}' COMMENT 'factor -> points, reason, evidence event ids (JSON)';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS top_topics Array(LowCardinality(String)) DEFAULT [];
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS irritants Array(LowCardinality(String)) DEFAULT [];
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS competitors Array(LowCardinality(String)) DEFAULT [];
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS open_issues UInt16 DEFAULT 0;
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS repeat_contacts UInt32 DEFAULT 0;
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS order_value_total Float64 DEFAULT 0;
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS plan LowCardinality(String) DEFAULT '';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS language LowCardinality(String) DEFAULT '';
