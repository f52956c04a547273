-- ClickHouse's Kafka table engine in place of voc-stream's store writer.
-- NOT RUN by the tests (no ClickHouse server on CI machines): a starting point.
--
-- The store writer (sinks/clickhouse/consumer.py) is one consumer group reading
-- four topics; ClickHouse can read them itself. Run the migrations first
-- (`voc run` applies them), then this file, then start the workers with the
-- store writer off (give them a ClickHouse URL whose user cannot INSERT, or
-- stop the "<app id>-store" group).
--
-- voc.store.rows carries JSON {"table", "columns", "row"}: one Kafka table reads
-- it as strings and one materialized view per target table picks its rows.
-- The Avro topics (touchpoints, alerts, dead letters) need the Confluent wire
-- format for the Kafka engine's AvroConfluent format: set
-- VOC_SCHEMA_REGISTRY_URL on the producers and the registry URL below.

CREATE TABLE IF NOT EXISTS voc.kafka_rows (raw String)
ENGINE = Kafka
SETTINGS kafka_broker_list = 'kafka:9092',
         kafka_topic_list = 'voc.store.rows',
         kafka_group_name = 'voc-stream-store-ch',
         kafka_format = 'JSONAsString',
         kafka_num_consumers = 1;

-- customers: the row is an array in the order of its "columns"; the column
-- names of sinks/clickhouse/tables.py are stable.
CREATE MATERIALIZED VIEW IF NOT EXISTS voc.kafka_rows_customers TO voc.customers AS
WITH JSONExtract(raw, 'columns', 'Array(String)') AS c,
     JSONExtractArrayRaw(raw, 'row') AS r
SELECT
    JSONExtractString(r[indexOf(c, 'customer_id')]) AS customer_id,
    JSONExtractString(r[indexOf(c, 'account_id')]) AS account_id,
    parseDateTime64BestEffort(JSONExtractString(r[indexOf(c, 'updated_at')], '$dt'), 3) AS updated_at,
    JSONExtractUInt(r[indexOf(c, 'version')]) AS version,
    JSONExtractUInt(r[indexOf(c, 'contact_count')]) AS contact_count,
    JSONExtract(r[indexOf(c, 'identifiers')], 'Array(String)') AS identifiers,
    JSONExtractFloat(r[indexOf(c, 'churn_risk')]) AS churn_risk,
    JSONExtractString(r[indexOf(c, 'state')]) AS state,
    JSONExtractString(r[indexOf(c, 'merged_into')]) AS merged_into
FROM voc.kafka_rows
WHERE JSONExtractString(raw, 'table') = 'customers';

CREATE MATERIALIZED VIEW IF NOT EXISTS voc.kafka_rows_accounts TO voc.accounts AS
WITH JSONExtract(raw, 'columns', 'Array(String)') AS c,
     JSONExtractArrayRaw(raw, 'row') AS r
SELECT
    JSONExtractString(r[indexOf(c, 'account_id')]) AS account_id,
    parseDateTime64BestEffort(JSONExtractString(r[indexOf(c, 'updated_at')], '$dt'), 3) AS updated_at,
    JSONExtractUInt(r[indexOf(c, 'version')]) AS version,
    JSONExtractFloat(r[indexOf(c, 'health')]) AS health,
    JSONExtractUInt(r[indexOf(c, 'contacts')]) AS contacts,
    JSONExtractUInt(r[indexOf(c, 'unhappy_contacts')]) AS unhappy_contacts,
    JSONExtractFloat(r[indexOf(c, 'unhappy_weight')]) AS unhappy_weight,
    JSONExtractBool(r[indexOf(c, 'at_risk')]) AS at_risk,
    JSONExtract(r[indexOf(c, 'unhappy')], 'Array(String)') AS unhappy,
    JSONExtractString(r[indexOf(c, 'contact_state')]) AS contact_state
FROM voc.kafka_rows
WHERE JSONExtractString(raw, 'table') = 'accounts';

-- Alerts, with the producers in the Confluent wire format (VOC_SCHEMA_REGISTRY_URL).
CREATE TABLE IF NOT EXISTS voc.kafka_alerts
(
    alert_id String, rule String, severity String, customer_id Nullable(String),
    account_id Nullable(String), created_at DateTime64(3, 'UTC'), explanation String,
    evidence Array(String), dedup_key String, details Map(String, String),
    emitted_at DateTime64(3, 'UTC')
)
ENGINE = Kafka
SETTINGS kafka_broker_list = 'kafka:9092',
         kafka_topic_list = 'voc.alerts',
         kafka_group_name = 'voc-stream-store-ch',
         kafka_format = 'AvroConfluent',
         format_avro_schema_registry_url = 'http://schema-registry:8081';

CREATE MATERIALIZED VIEW IF NOT EXISTS voc.kafka_alerts_mv TO voc.alerts AS
SELECT alert_id, rule, severity, ifNull(customer_id, '') AS customer_id,
       ifNull(account_id, '') AS account_id, created_at, emitted_at, explanation,
       evidence, dedup_key, details
FROM voc.kafka_alerts;
