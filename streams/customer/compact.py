"""The customers table's values: each state's JSON document, compressed.

The table holds one value per customer for as long as the worker runs: at
100,000 customers the JSON documents took 173 MiB (1.8 KB each, mostly the
names of the fields and their empty defaults). Compressed with LZ4 against a
fixed dictionary (a typical document followed by a blank one, so the field
names are found there) they take about a fifth of that, for about 5 us per
save and 2 us per read (``voc bench``'s memory phase, bench/README.md).

Stored form (the changelog's too): one version byte, then the LZ4 block (its
size first). A value that starts with ``{`` is a JSON document as written
before this form: it is read as it is, so a changelog written by an older
worker still restores. The dictionary of a version never changes (a test
pins it); a new dictionary is a new version byte, and the old ones stay
readable.

The ClickHouse row and the ``transfer`` records keep the JSON document.
"""

from __future__ import annotations

import lz4.block

#: Version 1: LZ4 block against :data:`DICTIONARY_V1`.
V1 = b"\x01"
#: A typical document, then a blank one: every field name, common nested keys.
DICTIONARY_V1 = (
    b'{"customer_id": "c-10001", "account_id": "acme", "identifiers": ["id:c-10001", '
    b'"email:anna.martin10001@example.com", "phone:+33612345678", "handle:anna"], "version": '
    b'2, "contact_count": 2, "channels": {"web": 1, "email": 1}, "first_seen": '
    b'"2026-10-24T07:18:47+00:00", "last_seen": "2026-10-24T07:43:42+00:00", "last_event_id": '
    b'"e-24872", "last_sentiment": -0.4225000023841858, "sentiment_trend": -0.4225, '
    b'"nps_last": null, "csat_last": null, "ces_last": null, "recent_event_ids": ["e-17488", '
    b'"e-24872"], "churn_risk": 26, "churn_reasons": ["sentiment trend -0.42 (+21)", "1 '
    b'complaint(s) not yet resolved (+5)"], "churn_factors": {"negative_trend": {"points": 21,'
    b' "reason": "sentiment trend -0.42", "evidence": ["e-24872"]}, "open_issues": {"points": '
    b'5, "reason": "1 complaint(s) not yet resolved", "evidence": ["e-24872"]}}, '
    b'"journey_stage": "onboarding", "language": "fr", "plan": "plus", "segment": "b2c", '
    b'"context": {"segment": "b2c", "plan": "plus"}, "topics": {"delivery": 1}, "intents": '
    b'{"complaint": 1}, "criteria": {}, "competitors": {}, "irritants": {"delivery": {"count":'
    b' 1, "last_seen": "2026-10-24T07:43:42+00:00", "last_event_id": "e-24872"}}, '
    b'"open_issues": [{"event_id": "e-24872", "at": "2026-10-24T07:43:42+00:00", "topics": '
    b'["delivery"]}], "trend_sum": -0.4225000023841858, "trend_weight": 1.0, "trend_at": '
    b'"2026-10-24T07:43:42+00:00", "trend_peak": -0.4225, "trend_peak_at": '
    b'"2026-10-24T07:43:42+00:00", "scored_recent": [["2026-10-24T07:43:42+00:00", -0.423, '
    b'"e-24872", -0.4225, false, true]], "nps_recent": [], "csat_recent": [], "ces_recent": '
    b'[], "nps_rolling": null, "csat_rolling": null, "ces_rolling": null, "nps_category": '
    b'null, "inbound_contacts": 1, "first_contact_at": "2026-10-24T07:43:42+00:00", '
    b'"last_contact_at": "2026-10-24T07:43:42+00:00", "last_contact_event_id": "e-24872", '
    b'"contact_episodes": 1, "contact_gap_days": null, "topic_contacts": {"delivery": '
    b'[["2026-10-24T07:43:42+00:00", "e-24872", "email"]]}, "problems": [{"topics": '
    b'["delivery"], "episodes": [["2026-10-24T07:43:42+00:00", "e-24872", "email"]], '
    b'"last_at": "2026-10-24T07:43:42+00:00", "last_channel": "email", "open": true, '
    b'"problem": true, "last_event_id": "e-24872"}], "repeat_contacts": 0, '
    b'"order_value_total": 95.12, "value_sums": {}, "last_voice_at": '
    b'"2026-10-24T07:43:42+00:00", "last_touchpoint_stage": "purchase", '
    b'"last_touchpoint_stage_at": "2026-10-24T07:43:42+00:00", "purchases": 1, '
    b'"last_purchase_at": "2026-10-24T07:18:47+00:00", "cancelled_at": null, "signals": {}, '
    b'"alerts": {}, "silence_alerted_for": null, "absorbed_keys": [], "merged_into": null, '
    b'"awaiting": [], "pending": []}{"customer_id": "c-1", "account_id": null, "identifiers": '
    b'[], "version": 0, "contact_count": 0, "channels": {}, "first_seen": null, "last_seen": '
    b'null, "last_event_id": null, "last_sentiment": null, "sentiment_trend": null, '
    b'"nps_last": null, "csat_last": null, "ces_last": null, "recent_event_ids": [], '
    b'"churn_risk": 0, "churn_reasons": [], "churn_factors": {}, "journey_stage": '
    b'"onboarding", "language": null, "plan": null, "segment": null, "context": {}, "topics": '
    b'{}, "intents": {}, "criteria": {}, "competitors": {}, "irritants": {}, "open_issues": '
    b'[], "trend_sum": 0.0, "trend_weight": 0.0, "trend_at": null, "trend_peak": null, '
    b'"trend_peak_at": null, "scored_recent": [], "nps_recent": [], "csat_recent": [], '
    b'"ces_recent": [], "nps_rolling": null, "csat_rolling": null, "ces_rolling": null, '
    b'"nps_category": null, "inbound_contacts": 0, "first_contact_at": null, '
    b'"last_contact_at": null, "last_contact_event_id": null, "contact_episodes": 0, '
    b'"contact_gap_days": null, "topic_contacts": {}, "problems": [], "repeat_contacts": 0, '
    b'"order_value_total": 0.0, "value_sums": {}, "last_voice_at": null, '
    b'"last_touchpoint_stage": null, "last_touchpoint_stage_at": null, "purchases": 0, '
    b'"last_purchase_at": null, "cancelled_at": null, "signals": {}, "alerts": {}, '
    b'"silence_alerted_for": null, "absorbed_keys": [], "merged_into": null, "awaiting": [], '
    b'"pending": []}'
)


class CompactError(ValueError):
    """A stored value that is neither a JSON document nor a known compact form."""


def pack(document: bytes) -> bytes:
    """The stored form of a JSON document (what the customers table holds)."""
    compressed: bytes = lz4.block.compress(document, dict=DICTIONARY_V1)
    return V1 + compressed


def unpack(stored: bytes) -> bytes:
    """The JSON document of a stored value: either form (see the module's docstring)."""
    head = stored[:1]
    if head == b"{":
        return stored
    if head == V1:
        try:
            document: bytes = lz4.block.decompress(stored[1:], dict=DICTIONARY_V1)
        except lz4.block.LZ4BlockError as error:
            raise CompactError(f"a corrupt compact customer state: {error}") from error
        return document
    raise CompactError(f"not a customer state (first byte {head!r})")
