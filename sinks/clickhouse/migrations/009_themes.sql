-- Signs that expectations change (issue 19), written by the sequencer's
-- expectations detector (streams/stages/expectations.py).
--
-- voc.themes: every candidate theme (a key phrase of texts no taxonomy topic
-- explains, per language: theme_id 'theme:en:battery drains') and every
-- candidate alternative (a name customers compare us with that the competitor
-- list does not know: 'alternative:blinko'), one row per day it was cited by
-- enough customers, with that day's counts. A row is rewritten while its day
-- is open (version grows with stream time): read it with FINAL.
-- Promoting a theme into the taxonomy is an edit of streams/text/taxonomy.toml
-- (README, "Emerging themes").
CREATE TABLE IF NOT EXISTS voc.themes
(
    theme_id    String,
    kind        LowCardinality(String),
    day         Date,
    language    LowCardinality(String),
    phrase      String,
    customers   UInt32,
    negative    UInt32,
    examples    Array(String),
    channels    Array(String),
    languages   Array(String),
    first_seen  DateTime64(3, 'UTC'),
    alerted_at  Nullable(DateTime64(3, 'UTC')),
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (theme_id, day);

-- Per segment and per ISO week: the share of customers (with an inbound text
-- that week) who cite each choice criterion or competitor. The segment is the
-- touchpoint's 'segment' attribute, else its 'plan', as the detector reads it;
-- 'all' is every customer. expectation_shift alerts say when one moves.
CREATE VIEW IF NOT EXISTS voc.v_choice_criteria_weekly AS
WITH active AS
(
    SELECT
        toMonday(occurred_at)                                    AS week,
        arrayJoin(['all', if(attributes['segment'] != '', attributes['segment'],
                             attributes['plan'])])               AS segment,
        uniqExact(customer_id)                                   AS active_customers
    FROM voc.touchpoints FINAL
    WHERE direction = 'inbound' AND text != ''
    GROUP BY week, segment
),
cited AS
(
    SELECT
        toMonday(occurred_at)                                    AS week,
        arrayJoin(['all', if(attributes['segment'] != '', attributes['segment'],
                             attributes['plan'])])               AS segment,
        arrayJoin(arrayConcat(arrayMap(c -> concat('criterion:', c), criteria),
                              arrayMap(c -> concat('competitor:', c), competitors))) AS item,
        uniqExact(customer_id)                                   AS customers
    FROM voc.touchpoints FINAL
    WHERE direction = 'inbound' AND text != ''
    GROUP BY week, segment, item
)
SELECT
    cited.week                                                   AS week,
    cited.segment                                                AS segment,
    cited.item                                                   AS item,
    cited.customers                                              AS customers,
    active.active_customers                                      AS active_customers,
    round(100 * cited.customers / active.active_customers, 1)    AS share_pct
FROM cited
INNER JOIN active ON cited.week = active.week AND cited.segment = active.segment
WHERE cited.segment != ''
ORDER BY week, segment, item;
