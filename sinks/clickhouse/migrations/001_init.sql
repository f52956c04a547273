-- voc-stream analytics schema, version 1.
-- Every table is a ReplacingMergeTree keyed on its natural id, because the
-- pipeline delivers at least once: a replayed row replaces its twin at merge
-- time, and reads that must be exact use FINAL.

CREATE TABLE IF NOT EXISTS voc.touchpoints
(
    event_id             String,
    occurred_at          DateTime64(3, 'UTC'),
    ingested_at          DateTime64(3, 'UTC'),
    stored_at            DateTime64(3, 'UTC') DEFAULT now64(3),
    customer_id          String,
    account_id           String,
    channel              LowCardinality(String),
    kind                 LowCardinality(String),
    direction            LowCardinality(String),
    source               LowCardinality(String),
    language             LowCardinality(String),
    language_confidence  Float32,
    scored               Bool,
    sentiment            Float32,
    sentiment_label      LowCardinality(String),
    sentiment_confidence Float32,
    emotions             Array(LowCardinality(String)),
    intents              Array(LowCardinality(String)),
    topics               Array(LowCardinality(String)),
    competitors          Array(LowCardinality(String)),
    criteria             Array(LowCardinality(String)),
    pii_kinds            Array(LowCardinality(String)),
    subject              String,
    text                 String,
    nps                  Nullable(UInt8),
    csat                 Nullable(UInt8),
    ces                  Nullable(UInt8),
    attributes           Map(String, String),
    model_version        LowCardinality(String)
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(occurred_at)
ORDER BY event_id;

CREATE TABLE IF NOT EXISTS voc.customers
(
    customer_id      String,
    account_id       String,
    updated_at       DateTime64(3, 'UTC'),
    version          UInt64,
    contact_count    UInt32,
    identifiers      Array(String),
    channels         Map(String, UInt32),
    first_seen       Nullable(DateTime64(3, 'UTC')),
    last_seen        Nullable(DateTime64(3, 'UTC')),
    last_sentiment   Nullable(Float32),
    sentiment_trend  Nullable(Float32),
    nps_last         Nullable(UInt8),
    csat_last        Nullable(UInt8),
    ces_last         Nullable(UInt8),
    churn_risk       UInt8,
    churn_reasons    Array(String),
    state            String COMMENT 'the full customer model as JSON'
)
ENGINE = ReplacingMergeTree(version)
ORDER BY customer_id;

CREATE TABLE IF NOT EXISTS voc.alerts
(
    alert_id     String,
    rule         LowCardinality(String),
    severity     LowCardinality(String),
    customer_id  String,
    account_id   String,
    created_at   DateTime64(3, 'UTC'),
    emitted_at   DateTime64(3, 'UTC'),
    explanation  String,
    evidence     Array(String),
    dedup_key    String,
    details      Map(String, String)
)
ENGINE = ReplacingMergeTree(emitted_at)
ORDER BY alert_id;

CREATE TABLE IF NOT EXISTS voc.dead_letters
(
    source_topic     LowCardinality(String),
    source_partition Int32,
    source_offset    Int64,
    reason           LowCardinality(String),
    detail           String,
    failed_at        DateTime64(3, 'UTC'),
    payload_size     UInt32,
    payload_preview  String
)
ENGINE = ReplacingMergeTree(failed_at)
ORDER BY (source_topic, source_partition, source_offset);

-- Per minute, channel and language. Counts use uniqExact(event_id) so that a
-- replayed touchpoint is not counted twice; avg_sentiment is an average over
-- inserted rows (a replay can weigh an event twice until you read FINAL rows).
CREATE TABLE IF NOT EXISTS voc.touchpoints_per_minute
(
    minute          DateTime('UTC'),
    channel         LowCardinality(String),
    language        LowCardinality(String),
    events          AggregateFunction(uniqExact, String),
    avg_sentiment   AggregateFunction(avg, Float32),
    negatives       AggregateFunction(uniqExactIf, String, UInt8),
    nps_responses   AggregateFunction(uniqExactIf, String, UInt8),
    promoters       AggregateFunction(uniqExactIf, String, UInt8),
    passives        AggregateFunction(uniqExactIf, String, UInt8),
    detractors      AggregateFunction(uniqExactIf, String, UInt8)
)
ENGINE = AggregatingMergeTree
ORDER BY (minute, channel, language);

CREATE MATERIALIZED VIEW IF NOT EXISTS voc.touchpoints_per_minute_mv
TO voc.touchpoints_per_minute AS
SELECT
    toStartOfMinute(occurred_at)                          AS minute,
    channel,
    language,
    uniqExactState(event_id)                              AS events,
    avgState(sentiment)                                   AS avg_sentiment,
    uniqExactIfState(event_id, toUInt8(sentiment_label = 'negative')) AS negatives,
    uniqExactIfState(event_id, toUInt8(isNotNull(nps)))   AS nps_responses,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 0) >= 9 AND isNotNull(nps))) AS promoters,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 0) BETWEEN 7 AND 8 AND isNotNull(nps))) AS passives,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 10) <= 6 AND isNotNull(nps))) AS detractors
FROM voc.touchpoints
GROUP BY minute, channel, language;
