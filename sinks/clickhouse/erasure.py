"""Erasure in the store: delete a person's rows from every table, and write the audit.

The store writer runs :func:`erase_rows` when an erasure marker reaches it on
the rows topic (``streams.stages.erasure`` says how the request gets there);
``voc forget`` runs it straight on a store no worker holds. A person is given
by their customer keys (the survivor's and every key merged into it) and their
identifiers (``email:…``, ``phone:…``, ``id:…``, ``handle:…``):

- ``touchpoints``, ``customers``: ``customer_id`` is one of the keys (the
  merged keys' alias rows too);
- ``alerts``: about one of the keys, or whose evidence is one of their
  touchpoints, or whose explanation or details name a key or identifier (an
  ``account_risk`` alert naming the contact goes whole);
- ``alert_deliveries``, ``alert_feedback``: of those alerts;
- ``dead_letters``: whose preview or detail holds a key or identifier value;
- ``accounts``: every version that lists one of the keys as a contact (the
  account stage writes a new version without them).

``touchpoints_per_minute`` keeps its counts (``uniqExact`` states of event
ids: no text, no identifier). Deletes are mutations waited for
(``mutations_sync = 2``), so when the audit row is written the rows are gone.

:class:`ErasureFilter` covers what was already on its way to the writer when
the marker arrived (an alert on the alerts topic, a row from another
partition): for a while after an erasure, such rows produced before it are
dropped.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from clickhouse_connect.driver.binding import format_query_value

#: The rows-topic "table" that carries an erasure marker (streams.stages.erasure.ERASE_MARKER).
ERASE_MARKER = "$erase"
DATABASE = "voc"
#: Seconds the writer keeps dropping rows of an erased person produced before the erasure.
FILTER_SECONDS = 900.0
AUDIT_COLUMNS = (
    "request_id", "subject_hash", "requested_at", "erased_at", "keys", "identifiers", "rows",
)  # fmt: skip
#: Values shorter than this are not searched for in free text (dead-letter previews).
MIN_SEARCH_CHARS = 4
_TYPED = ("id:", "email:", "phone:", "handle:")


class Store(Protocol):
    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]: ...

    def command(self, sql: str) -> Any: ...

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None: ...


def q(value: Any) -> str:
    """A literal for ClickHouse SQL (strings escaped, lists as arrays of String)."""
    if isinstance(value, list) and not value:
        return "CAST([] AS Array(String))"
    return str(format_query_value(value))


def raw_values(keys: Iterable[str], identifiers: Iterable[str]) -> list[str]:
    """What a text may hold of the person: keys and identifier values without their type."""
    found: set[str] = set()
    for item in [*keys, *identifiers]:
        for prefix in _TYPED:
            if item.startswith(prefix):
                item = item[len(prefix) :]
                break
        if item:
            found.add(item)
    return sorted(found)


def names_any(text: str, values: Iterable[str]) -> bool:
    """True when ``text`` holds one of ``values`` as a whole token (``c-1`` is not in ``c-10``)."""
    for value in values:
        pattern = r"(?<![A-Za-z0-9_@.+-])" + re.escape(value) + r"(?![A-Za-z0-9_@+-])"
        if re.search(pattern, text):
            return True
    return False


def _count(store: Store, table: str, where: str) -> int:
    _, rows = store.query(f"SELECT count() FROM {DATABASE}.{table} WHERE {where}")
    return int(rows[0][0])


def _delete(store: Store, table: str, where: str) -> int:
    found = _count(store, table, where)
    if found:
        store.command(
            f"ALTER TABLE {DATABASE}.{table} DELETE WHERE {where} SETTINGS mutations_sync = 2"
        )
    return found


def erase_rows(store: Store, keys: Sequence[str], identifiers: Sequence[str]) -> dict[str, int]:
    """Delete the person's rows from every table; rows deleted per table (idempotent)."""
    keys = sorted({k for k in keys if k})
    values = raw_values(keys, identifiers)
    searchable = [v for v in values if len(v) >= MIN_SEARCH_CHARS]
    counts: dict[str, int] = {}
    _, rows = store.query(
        f"SELECT DISTINCT event_id FROM {DATABASE}.touchpoints WHERE customer_id IN {q(keys)}"
    )
    events = sorted(str(r[0]) for r in rows)
    _, candidates = store.query(
        f"SELECT DISTINCT alert_id, customer_id, explanation, evidence, details "
        f"FROM {DATABASE}.alerts WHERE customer_id IN {q(keys)} "
        f"OR hasAny(evidence, {q(events)}) "
        f"OR multiSearchAny(explanation, {q(searchable)}) "
        f"OR multiSearchAny(arrayStringConcat(mapValues(details), ' '), {q(searchable)})"
    )
    alerts = sorted(
        {
            str(alert_id)
            for alert_id, customer_id, explanation, evidence, details in candidates
            if customer_id in keys
            or set(evidence) & set(events)
            or names_any(f"{explanation} {' '.join(dict(details).values())}", values)
        }
    )
    counts["alert_feedback"] = _delete(store, "alert_feedback", f"alert_id IN {q(alerts)}")
    counts["alert_deliveries"] = _delete(store, "alert_deliveries", f"alert_id IN {q(alerts)}")
    counts["alerts"] = _delete(store, "alerts", f"alert_id IN {q(alerts)}")
    counts["touchpoints"] = _delete(store, "touchpoints", f"customer_id IN {q(keys)}")
    counts["customers"] = _delete(
        store, "customers", f"customer_id IN {q(keys)} OR merged_into IN {q(keys)}"
    )
    _, letters = store.query(
        f"SELECT source_topic, source_partition, source_offset, payload_preview, detail "
        f"FROM {DATABASE}.dead_letters WHERE multiSearchAny(payload_preview, {q(searchable)}) "
        f"OR multiSearchAny(detail, {q(searchable)})"
    )
    tied = [
        f"(source_topic = {q(str(t))} AND source_partition = {int(p)} AND source_offset = {int(o)})"
        for t, p, o, preview, detail in letters
        if names_any(f"{preview} {detail}", values)
    ]
    counts["dead_letters"] = _delete(store, "dead_letters", " OR ".join(tied)) if tied else 0
    quoted = [json.dumps(k, ensure_ascii=False) + ":" for k in keys]
    counts["accounts"] = _delete(
        store,
        "accounts",
        f"hasAny(unhappy, {q(keys)}) OR multiSearchAny(contact_state, {q(quoted)})",
    )
    return counts


def write_audit(
    store: Store,
    marker: dict[str, Any],
    subject_hash: str,
    counts: dict[str, int],
) -> None:
    """One row in ``voc.erasures``: the request, the hash of its subject, rows per table."""
    row = (
        str(marker.get("request_id", "")),
        subject_hash,
        _time(marker.get("requested_at")),
        _time(marker.get("erased_at")),
        len(marker.get("keys") or []),
        len(marker.get("identifiers") or []),
        {table: int(n) for table, n in counts.items()},
    )
    store.insert("erasures", AUDIT_COLUMNS, [row])


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value)
    return datetime.now(UTC)


@dataclass
class _Erased:
    keys: frozenset[str]
    quoted: tuple[str, ...]
    erased_at: datetime
    until: float
    #: Touchpoints count from the request (the resolver drops older ones on their way).
    requested_at: datetime | None = None
    #: Keys and identifier values, as a dead letter's preview may hold them.
    values: tuple[str, ...] = ()


@dataclass
class ErasureFilter:
    """Rows of an erased person produced before the erasure, still on their way.

    The erasure marker follows the person's touchpoints and customer rows on
    their own partitions, but alerts (keyed by rule), rows of absorbed keys and
    account versions travel on other partitions and may reach the writer after
    it. For ``FILTER_SECONDS`` after an erasure, such rows made before it are
    dropped; rows made after it (a new customer) are kept.
    """

    seconds: float = FILTER_SECONDS
    _erased: list[_Erased] = field(default_factory=list)
    dropped: int = 0

    def add(
        self,
        keys: Iterable[str],
        erased_at: datetime,
        requested_at: datetime | None = None,
        now: float | None = None,
        identifiers: Iterable[str] = (),
    ) -> None:
        moment = time.monotonic() if now is None else now
        names = frozenset(keys)
        quoted = tuple(json.dumps(k, ensure_ascii=False) + ":" for k in names)
        until = moment + self.seconds
        values = tuple(raw_values(names, identifiers))
        self._erased.append(_Erased(names, quoted, erased_at, until, requested_at, values))

    def active(self, now: float | None = None) -> bool:
        if not self._erased:
            return False
        moment = time.monotonic() if now is None else now
        self._erased = [e for e in self._erased if e.until > moment]
        return bool(self._erased)

    def drops(
        self,
        table: str,
        columns: Sequence[str],
        row: Sequence[Any],
        published: float | None = None,
    ) -> bool:
        """True when this row belongs to an erased person and predates the erasure.

        ``published``: a touchpoint's Kafka timestamp (epoch s): it counts from
        the request, as the resolver counts (streams.stages.erasure).
        """
        if not self._erased:
            return False
        values = dict(zip(columns, row, strict=False))
        if published is not None:
            values["$published"] = datetime.fromtimestamp(published, UTC)
        for erased in self._erased:
            if _belongs(table, values, erased):
                self.dropped += 1
                return True
        return False


_WHEN = {
    "dead_letters": "failed_at",
    "touchpoints": "ingested_at",
    "customers": "updated_at",
    "alerts": "emitted_at",
    "accounts": "updated_at",
}


def _belongs(table: str, values: dict[str, Any], erased: _Erased) -> bool:
    if table == "dead_letters":
        text = f"{values.get('payload_preview') or ''} {values.get('detail') or ''}"
        named = names_any(text, erased.values)
    elif table == "accounts":
        state = str(values.get("contact_state") or "")
        named = any(k in state for k in erased.quoted) or bool(
            erased.keys.intersection(values.get("unhappy") or [])
        )
    elif table in _WHEN:
        named = str(values.get("customer_id") or "") in erased.keys
    else:
        return False
    if not named:
        return False
    moment = values.get("$published") or values.get(_WHEN[table])
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if not isinstance(moment, datetime):
        return True
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if table == "touchpoints" and erased.requested_at is not None:
        return moment <= erased.requested_at
    return moment <= erased.erased_at
