"""``voc forget SUBJECT``: erase a person on request (README, Privacy and security).

Two ways, chosen by what is running:

- a worker holds the embedded store (or a ClickHouse server is used): the
  request goes to the erasure topic, the topology carries it out in order with
  the touchpoints (state, identity, accounts, then every table), and this
  command waits for its audit row in ``voc.erasures`` and prints it;
- nobody holds the embedded store (workers stopped): this command takes the
  store's lock and erases the rows itself (the person's keys come from
  ``voc.customers``: the rows whose identifiers hold the subject, and the keys
  merged into them), writes the audit row, and, when a broker is configured,
  also publishes the request so the worker's state (Kafka changelogs) forgets
  them at its next start.

Either way it prints the rows erased table by table, and never the identifier
anywhere but the line the user typed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sinks.clickhouse.erasure import Store, erase_rows, q, write_audit
from streams.errors import UserError
from streams.settings import Settings
from streams.stages.erasure import (
    ErasureRequest,
    InvalidRequest,
    subject_hash,
)
from streams.stages.identity import canonical_of

#: Tables in the order ``voc forget`` prints them.
TABLES = (
    "touchpoints", "customers", "alerts", "alert_deliveries", "alert_feedback",
    "dead_letters", "accounts",
)  # fmt: skip


def new_request(subject: str) -> ErasureRequest:
    try:
        return ErasureRequest.new(subject)
    except InvalidRequest as exc:
        message = f"{exc}; give a customer id, email:…, phone:… or handle:…"
        raise UserError(message) from None


def person_in_store(store: Store, subject: str) -> tuple[list[str], list[str]]:
    """(customer keys, identifiers) of the person ``subject`` names, from ``voc.customers``."""
    key = canonical_of(subject)
    _, rows = store.query(
        "SELECT customer_id, merged_into, identifiers FROM voc.customers FINAL "
        f"WHERE customer_id = {q(key)} OR has(identifiers, {q(subject)})"
    )
    keys = {key}
    identifiers = {subject}
    for customer_id, merged_into, found in rows:
        keys.add(str(merged_into or customer_id))
        identifiers.update(str(i) for i in found)
    for _ in range(8):  # keys merged into them (and into those)
        _, aliases = store.query(
            "SELECT customer_id, identifiers FROM voc.customers FINAL "
            f"WHERE merged_into IN {q(sorted(keys))}"
        )
        before = len(keys)
        for customer_id, found in aliases:
            keys.add(str(customer_id))
            identifiers.update(str(i) for i in found)
        if len(keys) == before:
            break
    return sorted(keys), sorted(identifiers)


def forget_in_store(store: Store, request: ErasureRequest) -> dict[str, int]:
    """Erase the rows of the person ``request`` names straight on the store; audit it."""
    keys, identifiers = person_in_store(store, request.subject)
    counts = erase_rows(store, keys, identifiers)
    marker: dict[str, Any] = {
        **request.to_json(),
        "keys": keys,
        "identifiers": identifiers,
        "erased_at": datetime.now(UTC).isoformat(),
    }
    write_audit(store, marker, subject_hash(request.subject), counts)
    return counts


def audit_rows(run_query: Callable[[str], Any], request_id: str) -> dict[str, int] | None:
    """Rows erased per table by ``request_id`` (summed over its audit rows), or None.

    ``run_query`` answers rows (``voc sql``'s read-only paths, or a store's query).
    """
    rows = run_query(
        "SELECT table, toUInt64(sum(deleted)) FROM voc.erasures "
        "ARRAY JOIN mapKeys(rows) AS table, mapValues(rows) AS deleted "
        f"WHERE request_id = {q(request_id)} GROUP BY table"
    )
    if not rows:
        return None
    return {str(table): int(deleted) for table, deleted in rows}


def publish_request(bootstrap: str, settings: Settings, request: ErasureRequest) -> None:
    from kafka import KafkaProducer

    from streams.topics import ensure_topics

    ensure_topics(bootstrap, settings)
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        producer.send(settings.erasure_topic, value=request.encode()).get(timeout=30)
    finally:
        producer.close()


def wait_for_audit(
    run_query: Callable[[str], Any], request_id: str, timeout: float
) -> dict[str, int] | None:
    deadline = time.monotonic() + timeout
    while True:
        found = audit_rows(run_query, request_id)
        if found is not None or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


def report(request: ErasureRequest, counts: dict[str, int], where: str) -> str:
    lines = [f"erased ({where}); request {request.request_id}, rows deleted per table:"]
    for table in (*TABLES, *sorted(set(counts) - set(TABLES))):
        lines.append(f"  {table:<17} {counts.get(table, 0)}")
    lines.append(f"  {'total':<17} {sum(counts.values())}")
    lines.append(
        f"audit: voc.erasures, request_id {request.request_id}, "
        f"subject sha256 {subject_hash(request.subject)}"
    )
    lines.append("kept: counts in voc.touchpoints_per_minute; topic records until their retention")
    return "\n".join(lines)
