-- Alert delivery (issue 5): the delivery log, people's feedback on alerts,
-- and each rule's precision as judged by people.

-- One row per attempt to deliver one alert to one destination, and one per
-- dead-lettering. The key includes attempted_at: a re-inserted batch (the
-- writer retries at least once) collapses into its twin at merge time, while
-- real new attempts after a crash or a `voc alerts replay` stay visible as
-- the separate HTTP requests they were. Read with FINAL for exact counts.
CREATE TABLE IF NOT EXISTS voc.alert_deliveries
(
    alert_id      String,
    destination   LowCardinality(String),
    kind          LowCardinality(String),
    attempt       UInt32,
    status        LowCardinality(String) COMMENT 'delivered, failed, rate_limited, rejected, dead_lettered',
    http_status   Nullable(UInt16),
    latency_ms    Float32,
    error         String,
    attempted_at  DateTime64(3, 'UTC'),
    digest_size   UInt16 DEFAULT 1 COMMENT 'alerts in the Slack message (1: not a digest)'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(attempted_at)
ORDER BY (alert_id, destination, attempted_at, attempt, status);

-- A judgement: one per alert and person (the latest wins).
CREATE TABLE IF NOT EXISTS voc.alert_feedback
(
    alert_id  String,
    useful    Bool,
    by        String,
    comment   String,
    at        DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(at)
ORDER BY (alert_id, by);

-- Precision per rule as people judge it: how thresholds get tuned.
CREATE VIEW IF NOT EXISTS voc.rule_precision AS
SELECT
    rule,
    count()                          AS judged,
    countIf(judged_useful)           AS useful,
    round(countIf(judged_useful) / count(), 3) AS precision
FROM
(
    SELECT a.rule AS rule, f.useful AS judged_useful
    FROM (SELECT alert_id, useful FROM voc.alert_feedback FINAL) AS f
    INNER JOIN (SELECT alert_id, rule FROM voc.alerts FINAL) AS a ON a.alert_id = f.alert_id
)
GROUP BY rule
ORDER BY rule;
