-- Issue 18: the voice of the customer per journey stage, engagement segments
-- and value tiers, the money at risk, and account health in ClickHouse.

-- 1. The minute rollup. avg_sentiment counted unscored rows (page views,
-- purchases: sentiment 0) in its average; from now on it averages the scored
-- rows only (avgStateIf keeps the column's type, AggregateFunction(avg, Float32)).
-- CSAT and CES get their own aggregates. Counts are uniqExact states of event
-- ids (exact under replays); the averages are over inserted rows, like
-- avg_sentiment (exact numbers: read voc.touchpoints FINAL).
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS scored_events AggregateFunction(uniqExactIf, String, UInt8);
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS csat_responses AggregateFunction(uniqExactIf, String, UInt8);
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS csat_satisfied AggregateFunction(uniqExactIf, String, UInt8) COMMENT 'CSAT 4 or 5';
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS avg_csat AggregateFunction(avg, Float32);
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS ces_responses AggregateFunction(uniqExactIf, String, UInt8);
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS ces_high_effort AggregateFunction(uniqExactIf, String, UInt8) COMMENT 'CES 5 to 7';
ALTER TABLE voc.touchpoints_per_minute ADD COLUMN IF NOT EXISTS avg_ces AggregateFunction(avg, Float32);

DROP VIEW IF EXISTS voc.touchpoints_per_minute_mv;

CREATE MATERIALIZED VIEW IF NOT EXISTS voc.touchpoints_per_minute_mv
TO voc.touchpoints_per_minute AS
SELECT
    toStartOfMinute(occurred_at)                          AS minute,
    channel,
    language,
    uniqExactState(event_id)                              AS events,
    avgStateIf(sentiment, scored)                         AS avg_sentiment,
    uniqExactIfState(event_id, toUInt8(sentiment_label = 'negative')) AS negatives,
    uniqExactIfState(event_id, toUInt8(isNotNull(nps)))   AS nps_responses,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 0) >= 9 AND isNotNull(nps))) AS promoters,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 0) BETWEEN 7 AND 8 AND isNotNull(nps))) AS passives,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 10) <= 6 AND isNotNull(nps))) AS detractors,
    uniqExactIfState(event_id, toUInt8(scored))           AS scored_events,
    uniqExactIfState(event_id, toUInt8(isNotNull(csat)))  AS csat_responses,
    uniqExactIfState(event_id, toUInt8(ifNull(csat, 0) >= 4)) AS csat_satisfied,
    avgStateIf(toFloat32(ifNull(csat, 0)), isNotNull(csat)) AS avg_csat,
    uniqExactIfState(event_id, toUInt8(isNotNull(ces)))   AS ces_responses,
    uniqExactIfState(event_id, toUInt8(ifNull(ces, 0) >= 5)) AS ces_high_effort,
    avgStateIf(toFloat32(ifNull(ces, 0)), isNotNull(ces)) AS avg_ces
FROM voc.touchpoints
GROUP BY minute, channel, language;

-- Minutes rolled up before this migration keep their old average (unscored
-- rows counted as 0) and have no CSAT or CES states: every statement here must
-- be safe to run twice (sinks/clickhouse/schema_check.py), which a rebuild of
-- the rollup is not. Exact figures for any period: voc.touchpoints FINAL.

-- 2. The journey stage of each touchpoint (streams/stages/journey.toml):
-- awareness, consideration, purchase, onboarding, usage, support, renewal, exit.
ALTER TABLE voc.touchpoints ADD COLUMN IF NOT EXISTS journey_stage LowCardinality(String) DEFAULT '';

-- 4. Engagement segment and value tier on the customer (streams/customer/segments.py).
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS engagement_segment LowCardinality(String) DEFAULT '' COMMENT 'advocate, satisfied, indifferent, frustrated, at_risk';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS value_tier LowCardinality(String) DEFAULT '' COMMENT 'high, medium, low, none';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS customer_value Float64 DEFAULT 0 COMMENT 'orders plus a year of recurring revenue';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS value_at_risk Float64 DEFAULT 0 COMMENT 'churn_risk / 100 x customer_value';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS last_touchpoint_stage LowCardinality(String) DEFAULT '' COMMENT 'journey stage of the last inbound touchpoint';
ALTER TABLE voc.customers ADD COLUMN IF NOT EXISTS role LowCardinality(String) DEFAULT '' COMMENT 'buyer or user (B2B contacts)';

-- 3. Voice per stage and day. Counts are exact under replays (uniqExact of
-- event ids); averages are over inserted rows (exact: voc.touchpoints FINAL).
CREATE TABLE IF NOT EXISTS voc.touchpoints_per_stage_day
(
    day              Date,
    journey_stage    LowCardinality(String),
    events           AggregateFunction(uniqExact, String),
    customers        AggregateFunction(uniqExact, String),
    scored_events    AggregateFunction(uniqExactIf, String, UInt8),
    avg_sentiment    AggregateFunction(avg, Float32),
    negatives        AggregateFunction(uniqExactIf, String, UInt8),
    nps_responses    AggregateFunction(uniqExactIf, String, UInt8),
    promoters        AggregateFunction(uniqExactIf, String, UInt8),
    detractors       AggregateFunction(uniqExactIf, String, UInt8),
    csat_responses   AggregateFunction(uniqExactIf, String, UInt8),
    csat_satisfied   AggregateFunction(uniqExactIf, String, UInt8),
    avg_csat         AggregateFunction(avg, Float32),
    ces_responses    AggregateFunction(uniqExactIf, String, UInt8),
    avg_ces          AggregateFunction(avg, Float32)
)
ENGINE = AggregatingMergeTree
ORDER BY (day, journey_stage);

CREATE MATERIALIZED VIEW IF NOT EXISTS voc.touchpoints_per_stage_day_mv
TO voc.touchpoints_per_stage_day AS
SELECT
    toDate(occurred_at)                                   AS day,
    journey_stage,
    uniqExactState(event_id)                              AS events,
    uniqExactState(customer_id)                           AS customers,
    uniqExactIfState(event_id, toUInt8(scored))           AS scored_events,
    avgStateIf(sentiment, scored)                         AS avg_sentiment,
    uniqExactIfState(event_id, toUInt8(sentiment_label = 'negative')) AS negatives,
    uniqExactIfState(event_id, toUInt8(isNotNull(nps)))   AS nps_responses,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 0) >= 9 AND isNotNull(nps))) AS promoters,
    uniqExactIfState(event_id, toUInt8(ifNull(nps, 10) <= 6 AND isNotNull(nps))) AS detractors,
    uniqExactIfState(event_id, toUInt8(isNotNull(csat)))  AS csat_responses,
    uniqExactIfState(event_id, toUInt8(ifNull(csat, 0) >= 4)) AS csat_satisfied,
    avgStateIf(toFloat32(ifNull(csat, 0)), isNotNull(csat)) AS avg_csat,
    uniqExactIfState(event_id, toUInt8(isNotNull(ces)))   AS ces_responses,
    avgStateIf(toFloat32(ifNull(ces, 0)), isNotNull(ces)) AS avg_ces
FROM voc.touchpoints
WHERE journey_stage != ''
GROUP BY day, journey_stage;

-- Per stage and day: volume, customers, sentiment over scored rows, NPS, CSAT
-- (share of 4-5 answers) and CES (mean effort, 1 easy .. 7 hard).
CREATE VIEW IF NOT EXISTS voc.v_voice_per_stage_daily AS
SELECT
    day,
    journey_stage,
    uniqExactMerge(events)                                    AS events,
    uniqExactMerge(customers)                                 AS customers,
    uniqExactIfMerge(scored_events)                           AS scored,
    round(avgMerge(avg_sentiment), 3)                         AS avg_sentiment,
    uniqExactIfMerge(negatives)                               AS negative,
    uniqExactIfMerge(nps_responses)                           AS nps_responses,
    if(nps_responses = 0, NULL,
       round(100 * (uniqExactIfMerge(promoters) - uniqExactIfMerge(detractors)) / nps_responses, 1)) AS nps,
    uniqExactIfMerge(csat_responses)                          AS csat_responses,
    if(csat_responses = 0, NULL, round(100 * uniqExactIfMerge(csat_satisfied) / csat_responses, 1)) AS csat_pct,
    if(csat_responses = 0, NULL, round(avgMerge(avg_csat), 2)) AS avg_csat,
    uniqExactIfMerge(ces_responses)                           AS ces_responses,
    if(ces_responses = 0, NULL, round(avgMerge(avg_ces), 2))  AS avg_ces
FROM voc.touchpoints_per_stage_day
GROUP BY day, journey_stage
ORDER BY day, journey_stage;

-- The same over the whole history, exact (FINAL), with each stage's top three
-- irritants (topics of its negative touchpoints).
CREATE VIEW IF NOT EXISTS voc.v_voice_per_stage AS
SELECT
    s.journey_stage                                           AS journey_stage,
    s.events                                                  AS events,
    s.customers                                               AS customers,
    s.avg_sentiment                                           AS avg_sentiment,
    s.negative_pct                                            AS negative_pct,
    s.nps                                                     AS nps,
    s.csat_pct                                                AS csat_pct,
    s.avg_ces                                                 AS avg_ces,
    i.top_irritants                                           AS top_irritants
FROM
(
    SELECT
        journey_stage,
        count()                                               AS events,
        uniqExact(customer_id)                                AS customers,
        if(countIf(scored) = 0, NULL, round(avgIf(sentiment, scored), 3)) AS avg_sentiment,
        round(100 * countIf(scored AND sentiment_label = 'negative') / greatest(countIf(scored), 1), 1) AS negative_pct,
        if(countIf(isNotNull(nps)) = 0, NULL,
           round(100 * (countIf(nps >= 9) - countIf(nps <= 6)) / countIf(isNotNull(nps)), 1)) AS nps,
        if(countIf(isNotNull(csat)) = 0, NULL,
           round(100 * countIf(csat >= 4) / countIf(isNotNull(csat)), 1)) AS csat_pct,
        if(countIf(isNotNull(ces)) = 0, NULL, round(avgIf(ces, isNotNull(ces)), 2)) AS avg_ces
    FROM voc.touchpoints FINAL
    WHERE journey_stage != ''
    GROUP BY journey_stage
) AS s
LEFT JOIN
(
    SELECT journey_stage, arraySlice(groupArray(topic), 1, 3) AS top_irritants
    FROM
    (
        SELECT journey_stage, topic, count() AS n
        FROM voc.touchpoints FINAL
        ARRAY JOIN topics AS topic
        WHERE journey_stage != '' AND scored AND sentiment_label = 'negative'
        GROUP BY journey_stage, topic
        ORDER BY journey_stage, n DESC, topic
    )
    GROUP BY journey_stage
) AS i ON i.journey_stage = s.journey_stage
ORDER BY indexOf(['awareness', 'consideration', 'purchase', 'onboarding', 'usage', 'support',
                  'renewal', 'exit'], s.journey_stage), s.journey_stage;

-- Irritants per stage: topics of negative touchpoints, with the customers behind them.
CREATE VIEW IF NOT EXISTS voc.v_stage_irritants AS
SELECT
    journey_stage,
    topic,
    count()                                                   AS negative,
    uniqExact(customer_id)                                    AS unhappy_customers
FROM voc.touchpoints FINAL
ARRAY JOIN topics AS topic
WHERE journey_stage != '' AND scored AND sentiment_label = 'negative'
GROUP BY journey_stage, topic
ORDER BY journey_stage, negative DESC, topic;

-- The same per day: what each stage's unhappy customers talked about that day.
CREATE VIEW IF NOT EXISTS voc.v_stage_irritants_daily AS
SELECT
    toDate(occurred_at)                                       AS day,
    journey_stage,
    topic,
    count()                                                   AS negative,
    uniqExact(customer_id)                                    AS unhappy_customers
FROM voc.touchpoints FINAL
ARRAY JOIN topics AS topic
WHERE journey_stage != '' AND scored AND sentiment_label = 'negative'
GROUP BY day, journey_stage, topic
ORDER BY day, journey_stage, negative DESC, topic;

-- Where unhappy customers drop out: for each customer at risk or churned
-- (churn risk >= 50, the model's at_risk_score) the stage of their last
-- inbound touchpoint, counted per stage, with the value at stake.
CREATE VIEW IF NOT EXISTS voc.v_stage_dropout AS
SELECT
    l.stage                                                   AS journey_stage,
    count()                                                   AS unhappy_customers,
    round(sum(c.value_at_risk), 2)                            AS value_at_risk
FROM
(
    SELECT customer_id, argMax(journey_stage, occurred_at) AS stage
    FROM voc.touchpoints FINAL
    WHERE direction = 'inbound' AND journey_stage != ''
    GROUP BY customer_id
) AS l
INNER JOIN
(
    SELECT customer_id, value_at_risk
    FROM voc.customers FINAL
    WHERE merged_into = '' AND churn_risk >= 50
) AS c ON c.customer_id = l.customer_id
GROUP BY journey_stage
ORDER BY unhappy_customers DESC, journey_stage;

-- The same by the day they last spoke.
CREATE VIEW IF NOT EXISTS voc.v_stage_dropout_daily AS
SELECT
    toDate(l.last_at)                                         AS day,
    l.stage                                                   AS journey_stage,
    count()                                                   AS unhappy_customers,
    round(sum(c.value_at_risk), 2)                            AS value_at_risk
FROM
(
    SELECT customer_id, argMax(journey_stage, occurred_at) AS stage, max(occurred_at) AS last_at
    FROM voc.touchpoints FINAL
    WHERE direction = 'inbound' AND journey_stage != ''
    GROUP BY customer_id
) AS l
INNER JOIN
(
    SELECT customer_id, value_at_risk
    FROM voc.customers FINAL
    WHERE merged_into = '' AND churn_risk >= 50
) AS c ON c.customer_id = l.customer_id
GROUP BY day, journey_stage
ORDER BY day, unhappy_customers DESC, journey_stage;

-- 5. Value at risk by segment, plan, account and stage (current customers only).
CREATE VIEW IF NOT EXISTS voc.v_value_at_risk AS
SELECT
    engagement_segment,
    value_tier,
    if(plan = '', '(none)', plan)                             AS plan,
    if(account_id = '', '(b2c)', account_id)                  AS account_id,
    if(last_touchpoint_stage = '', '(none)', last_touchpoint_stage) AS journey_stage,
    count()                                                   AS customers,
    countIf(churn_risk >= 50)                                 AS at_risk_customers,
    round(sum(customer_value), 2)                             AS value,
    round(sum(value_at_risk), 2)                              AS value_at_risk
FROM voc.customers FINAL
WHERE merged_into = ''
GROUP BY engagement_segment, value_tier, plan, account_id, journey_stage
ORDER BY value_at_risk DESC, engagement_segment, plan, account_id, journey_stage;

CREATE VIEW IF NOT EXISTS voc.v_value_at_risk_by_segment AS
SELECT engagement_segment, count() AS customers, round(sum(customer_value), 2) AS value,
       round(sum(value_at_risk), 2) AS value_at_risk
FROM voc.customers FINAL
WHERE merged_into = ''
GROUP BY engagement_segment
ORDER BY value_at_risk DESC, engagement_segment;

CREATE VIEW IF NOT EXISTS voc.v_value_at_risk_by_plan AS
SELECT if(plan = '', '(none)', plan) AS plan, count() AS customers,
       round(sum(customer_value), 2) AS value, round(sum(value_at_risk), 2) AS value_at_risk
FROM voc.customers FINAL
WHERE merged_into = ''
GROUP BY plan
ORDER BY value_at_risk DESC, plan;

CREATE VIEW IF NOT EXISTS voc.v_value_at_risk_by_stage AS
SELECT if(last_touchpoint_stage = '', '(none)', last_touchpoint_stage) AS journey_stage,
       count() AS customers, round(sum(customer_value), 2) AS value,
       round(sum(value_at_risk), 2) AS value_at_risk
FROM voc.customers FINAL
WHERE merged_into = ''
GROUP BY journey_stage
ORDER BY value_at_risk DESC, journey_stage;

-- 6. Accounts: contacts by role, value and risk (the account stage's rows, 005).
ALTER TABLE voc.accounts ADD COLUMN IF NOT EXISTS buyers UInt32 DEFAULT 0;
ALTER TABLE voc.accounts ADD COLUMN IF NOT EXISTS users UInt32 DEFAULT 0;
ALTER TABLE voc.accounts ADD COLUMN IF NOT EXISTS unhappy_buyers UInt32 DEFAULT 0;
ALTER TABLE voc.accounts ADD COLUMN IF NOT EXISTS value Float64 DEFAULT 0 COMMENT 'sum of the contacts customer_value';
ALTER TABLE voc.accounts ADD COLUMN IF NOT EXISTS churn_risk UInt8 DEFAULT 0 COMMENT '100 - health, 0-100';
ALTER TABLE voc.accounts ADD COLUMN IF NOT EXISTS value_at_risk Float64 DEFAULT 0 COMMENT 'churn_risk / 100 x value';

CREATE VIEW IF NOT EXISTS voc.v_value_at_risk_by_account AS
SELECT account_id, round(toFloat64(health), 1) AS health, contacts, buyers, users,
       unhappy_contacts, unhappy_buyers, at_risk, churn_risk, round(value, 2) AS value,
       round(value_at_risk, 2) AS value_at_risk
FROM voc.accounts FINAL
ORDER BY value_at_risk DESC, account_id;
