"""The summary sections of issue 18 (``voc demo`` prints them after its own):
the voice of the customer per journey stage, where unhappy customers drop out,
and the money at risk. The README's "For analysts" shows the same queries."""

from __future__ import annotations

VOICE_AND_VALUE_QUERIES: dict[str, str] = {
    "Voice per stage": """
        SELECT journey_stage AS stage, events, avg_sentiment AS sentiment,
               negative_pct AS neg_pct, nps, csat_pct, avg_ces AS ces
        FROM voc.v_voice_per_stage""",
    "Top irritants per stage": """
        SELECT journey_stage AS stage, arrayStringConcat(top_irritants, ', ') AS top_irritants
        FROM voc.v_voice_per_stage WHERE notEmpty(top_irritants)""",
    "Where unhappy customers drop out": """
        SELECT journey_stage AS last_stage, unhappy_customers, value_at_risk
        FROM voc.v_stage_dropout""",
    "Value at risk by segment": """
        SELECT engagement_segment AS segment, customers, value, value_at_risk
        FROM voc.v_value_at_risk_by_segment""",
    "Value at risk by plan and journey stage": """
        SELECT plan, journey_stage, sum(customers) AS customers,
               sum(at_risk_customers) AS at_risk, round(sum(value_at_risk), 2) AS value_at_risk
        FROM voc.v_value_at_risk GROUP BY plan, journey_stage
        HAVING value_at_risk > 0 ORDER BY value_at_risk DESC LIMIT 8""",
    "Value at risk by account": """
        SELECT account_id, health, contacts, buyers, unhappy_contacts, value, value_at_risk
        FROM voc.v_value_at_risk_by_account LIMIT 6""",
}
