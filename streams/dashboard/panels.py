"""The dashboard's queries, in one place: the page at ``/dashboard`` and the Grafana
overview (``deploy/grafana/dashboards/voc-overview.json``, written by
:mod:`streams.dashboard.grafana`) run exactly these statements.

They are fixed server-side queries: the browser names a panel, never SQL. They
read the analysts' views of ``sinks/clickhouse/migrations/007_analyst_views.sql``
and ``008_journey_segments_value.sql``,
so ``voc sql`` on the same statement gives the same numbers. No query depends on
the wall clock (the sample's touchpoints are from the past).

The customer page's queries take one parameter, ``{customer:String}``, bound by
ClickHouse (never formatted into the text).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Panel:
    """One panel: ``kind`` is ``stat`` (one row of numbers), ``timeseries`` (first
    column a time, the others series) or ``table``; ``customer_column`` holds a
    customer id that opens the customer page when clicked."""

    id: str
    title: str
    kind: str
    sql: str
    description: str
    customer_column: str | None = None
    #: Grafana grid position: x, y, width, height (24 columns).
    grid: tuple[int, int, int, int] = (0, 0, 12, 8)


PANELS: tuple[Panel, ...] = (
    Panel(
        "overview",
        "Overview",
        "stat",
        """SELECT
    (SELECT count() FROM voc.touchpoints FINAL) AS touchpoints,
    (SELECT count() FROM voc.customers FINAL WHERE merged_into = '') AS customers,
    (SELECT count() FROM voc.v_at_risk) AS at_risk_customers,
    (SELECT count() FROM voc.alerts FINAL) AS alerts,
    (SELECT round(100 * (sum(promoters) - sum(detractors)) / greatest(sum(responses), 1), 1)
     FROM voc.v_nps_daily) AS nps""",
        "Touchpoints, customers, customers at risk, alerts, and NPS over all survey answers.",
        grid=(0, 0, 24, 4),
    ),
    Panel(
        "nps_daily",
        "NPS over time",
        "timeseries",
        """SELECT toDateTime(day, 'UTC') AS time, promoters, passives, detractors, nps
FROM voc.v_nps_daily
ORDER BY time""",
        "Survey answers per day of the touchpoint: promoters (9-10), passives (7-8), "
        "detractors (0-6), and the day's NPS.",
        grid=(0, 4, 12, 9),
    ),
    Panel(
        "sentiment",
        "Sentiment by channel and language",
        "table",
        """SELECT channel, language, events, avg_sentiment, negative_pct
FROM voc.v_sentiment
ORDER BY channel, language""",
        "Average sentiment (-1 to 1) and share of negative touchpoints, text only.",
        grid=(12, 4, 12, 9),
    ),
    Panel(
        "irritants",
        "Top irritants",
        "table",
        """SELECT topic, negative, negative_pct, trend, unhappy_customers
FROM voc.v_irritants
ORDER BY negative DESC, topic
LIMIT 10""",
        "Topics of negative touchpoints; trend: negative mentions in the last 7 days "
        "of data minus the 7 days before.",
        grid=(0, 13, 12, 9),
    ),
    Panel(
        "accounts_at_risk",
        "At-risk accounts",
        "table",
        """SELECT account_id, health, contacts, unhappy_contacts, value_at_risk,
       arrayStringConcat(unhappy, ', ') AS unhappy_contacts_ids
FROM voc.v_accounts_at_risk
ORDER BY health, account_id""",
        "B2B accounts at risk: health (0-100), unhappy contacts, value of their orders.",
        grid=(12, 13, 12, 9),
    ),
    Panel(
        "at_risk",
        "At-risk customers",
        "table",
        """SELECT customer_id, account_id, churn_risk, value_at_risk, journey_stage,
       arrayStringConcat(churn_reasons, '; ') AS reasons
FROM voc.v_at_risk
ORDER BY churn_risk DESC, value_at_risk DESC, customer_id
LIMIT 15""",
        "Customers at churn risk 50 or more, with the reasons and the value of their orders.",
        customer_column="customer_id",
        grid=(0, 22, 24, 10),
    ),
    Panel(
        "alerts",
        "Latest alerts",
        "table",
        """SELECT created_at, rule, severity, customer_id, account_id, explanation
FROM voc.alerts FINAL
ORDER BY created_at DESC, alert_id
LIMIT 20""",
        "The 20 latest alerts (stream time) with their explanation.",
        customer_column="customer_id",
        grid=(0, 32, 24, 10),
    ),
    Panel(
        "voice_per_stage",
        "Voice per journey stage",
        "table",
        """SELECT journey_stage, events, customers, avg_sentiment, negative_pct, nps, csat_pct,
       avg_ces, arrayStringConcat(top_irritants, ', ') AS top_irritants
FROM voc.v_voice_per_stage""",
        "Per stage of the journey: touchpoints, customers, sentiment over scored rows, "
        "negative share, NPS, CSAT (share of 4-5), effort (CES 1-7) and the top irritants.",
        grid=(0, 42, 24, 9),
    ),
    Panel(
        "value_at_risk_by_segment",
        "Value at risk by engagement segment",
        "table",
        """SELECT engagement_segment, customers, value, value_at_risk
FROM voc.v_value_at_risk_by_segment""",
        "Customers, their value (orders plus a year of recurring revenue) and value at risk "
        "(churn risk x value) per engagement segment.",
        grid=(0, 51, 12, 8),
    ),
    Panel(
        "value_at_risk_by_stage",
        "Value at risk by journey stage",
        "table",
        """SELECT journey_stage, customers, value, value_at_risk
FROM voc.v_value_at_risk_by_stage""",
        "The same by the journey stage of each customer's latest inbound touchpoint.",
        grid=(12, 51, 12, 8),
    ),
)

PANELS_BY_ID = {panel.id: panel for panel in PANELS}

#: The customer page: (name, statement with ``{customer:String}``).
CUSTOMER_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "model",
        """SELECT customer_id, account_id, churn_risk, churn_reasons, churn_factors,
       journey_stage, plan, language, nps_last, csat_last, ces_last, sentiment_trend,
       contact_count, first_seen, last_seen, order_value_total, top_topics, irritants,
       competitors, open_issues, repeat_contacts, identifiers, merged_into, state,
       engagement_segment, value_tier, customer_value, value_at_risk, last_touchpoint_stage
FROM voc.customers FINAL
WHERE customer_id = {customer:String}""",
    ),
    (
        "timeline",
        """SELECT occurred_at, channel, kind, direction,
       round(toFloat64(sentiment), 2) AS sentiment, subject, text, topics, intents, emotions,
       competitors, criteria, nps, csat, ces, language, event_id, customer_key
FROM voc.v_customer_timeline
WHERE customer_id = {customer:String}
ORDER BY occurred_at DESC, event_id
LIMIT 200""",
    ),
    (
        "alerts",
        """SELECT created_at, rule, severity, explanation, evidence
FROM voc.alerts FINAL
WHERE customer_id = {customer:String}
ORDER BY created_at DESC, alert_id
LIMIT 50""",
    ),
    (
        "merges",
        """SELECT alias, survivor
FROM voc.customer_aliases
WHERE survivor = {customer:String} OR alias = {customer:String}
ORDER BY alias""",
    ),
)
