-- Views that answer analysts' common questions (issue 14). The dashboard at
-- /dashboard and the Grafana overview (deploy/grafana/) read these same views
-- through the panel queries of streams/dashboard/panels.py. Each view reads
-- its ReplacingMergeTree tables with FINAL, so it is exact under replays.
-- Windows ("last 7 days") are relative to the newest touchpoint, not the wall
-- clock, so a replay of last month reads like last month did.

-- NPS per day of the touchpoint (occurred_at, UTC), from the per-minute rollup
-- (uniqExact over event ids: a replayed survey answer is not counted twice).
CREATE VIEW IF NOT EXISTS voc.v_nps_daily AS
SELECT
    toDate(minute)                                            AS day,
    uniqExactIfMerge(nps_responses)                           AS responses,
    uniqExactIfMerge(promoters)                               AS promoters,
    uniqExactIfMerge(passives)                                AS passives,
    uniqExactIfMerge(detractors)                              AS detractors,
    round(100 * (promoters - detractors) / greatest(responses, 1), 1) AS nps
FROM voc.touchpoints_per_minute
GROUP BY day
HAVING responses > 0
ORDER BY day;

-- Sentiment of the touchpoints that carry text (scored), by channel and language.
CREATE VIEW IF NOT EXISTS voc.v_sentiment AS
SELECT
    channel,
    language,
    count()                                                   AS events,
    round(avg(sentiment), 3)                                  AS avg_sentiment,
    countIf(sentiment_label = 'negative')                     AS negative,
    round(100 * negative / events, 1)                         AS negative_pct
FROM voc.touchpoints FINAL
WHERE scored
GROUP BY channel, language
ORDER BY channel, language;

-- Topics customers complain about: mentions, negative share, customers, and the
-- trend (negative mentions in the last 7 days of data minus the 7 before).
CREATE VIEW IF NOT EXISTS voc.v_irritants AS
WITH (SELECT max(occurred_at) FROM voc.touchpoints) AS latest
SELECT
    topic,
    count()                                                   AS mentions,
    countIf(sentiment_label = 'negative')                     AS negative,
    round(100 * negative / mentions, 1)                       AS negative_pct,
    uniqExactIf(customer_id, sentiment_label = 'negative')    AS unhappy_customers,
    countIf(sentiment_label = 'negative' AND occurred_at > latest - INTERVAL 7 DAY) AS negative_last_7d,
    countIf(sentiment_label = 'negative' AND occurred_at <= latest - INTERVAL 7 DAY
            AND occurred_at > latest - INTERVAL 14 DAY)       AS negative_prev_7d,
    toInt64(negative_last_7d) - toInt64(negative_prev_7d)     AS trend
FROM voc.touchpoints FINAL
ARRAY JOIN topics AS topic
GROUP BY topic
ORDER BY negative DESC, topic;

-- Customers whose churn risk reached the model's at-risk score (50, see
-- [model] at_risk_score in streams/alerts/rules.toml), with their reasons and
-- the value at risk (the total of their orders). Merged-away keys are left out.
CREATE VIEW IF NOT EXISTS voc.v_at_risk AS
SELECT
    customer_id,
    account_id,
    churn_risk,
    churn_reasons,
    journey_stage,
    plan,
    round(order_value_total, 2)                               AS value_at_risk,
    last_seen
FROM voc.customers FINAL
WHERE merged_into = '' AND churn_risk >= 50
ORDER BY churn_risk DESC, value_at_risk DESC, customer_id;

-- B2B accounts the account stage marks at risk, with their unhappy contacts
-- and the order value of all their contacts.
CREATE VIEW IF NOT EXISTS voc.v_accounts_at_risk AS
SELECT
    a.account_id                                              AS account_id,
    round(toFloat64(a.health), 1)                             AS health,
    a.contacts                                                AS contacts,
    a.unhappy_contacts                                        AS unhappy_contacts,
    a.unhappy                                                 AS unhappy,
    round(v.value, 2)                                         AS value_at_risk
FROM (SELECT * FROM voc.accounts FINAL WHERE at_risk) AS a
LEFT JOIN
(
    SELECT account_id, sum(order_value_total) AS value
    FROM voc.customers FINAL
    WHERE merged_into = '' AND account_id != ''
    GROUP BY account_id
) AS v ON v.account_id = a.account_id
ORDER BY health ASC, account_id;

-- Every touchpoint under the customer it belongs to now: a key an identity
-- merge folded into another customer reads as its survivor (customer_key keeps
-- the key the touchpoint was stored under).
CREATE VIEW IF NOT EXISTS voc.v_customer_timeline AS
SELECT
    if(m.survivor != '', m.survivor, t.customer_id)           AS customer_id,
    t.customer_id                                             AS customer_key,
    t.occurred_at                                             AS occurred_at,
    t.event_id                                                AS event_id,
    t.channel                                                 AS channel,
    t.kind                                                    AS kind,
    t.direction                                               AS direction,
    t.language                                                AS language,
    t.sentiment                                               AS sentiment,
    t.sentiment_label                                         AS sentiment_label,
    t.emotions                                                AS emotions,
    t.intents                                                 AS intents,
    t.topics                                                  AS topics,
    t.competitors                                             AS competitors,
    t.criteria                                                AS criteria,
    t.nps                                                     AS nps,
    t.csat                                                    AS csat,
    t.ces                                                     AS ces,
    t.subject                                                 AS subject,
    t.text                                                    AS text
FROM voc.touchpoints AS t FINAL
LEFT JOIN
(
    SELECT customer_id AS alias, merged_into AS survivor
    FROM voc.customers FINAL
    WHERE merged_into != ''
) AS m ON m.alias = t.customer_id;
