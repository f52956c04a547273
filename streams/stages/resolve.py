"""Stage 2b: route each touchpoint, in event-time order, to its customer's partition.

Runs right after the :mod:`sequencer <streams.stages.sequence>`, on its single
partition, and owns the state that spans customers:

- **identity** (:class:`IdentityGraph`): the touchpoint gets its canonical
  customer key (a new handle naming the case our reply gave a customer is that
  customer's). A merge sends an ``absorb`` record to the absorbed key's
  partition, which hands that customer's state to the survivor through Kafka
  (a ``transfer`` record keyed by the survivor): no stage ever reads another
  partition's state;
- **accounts**: a touchpoint of a B2B contact gets the next number of its
  account, so the account stage applies its contacts' updates in this order
  although they reach it from many customer partitions;
- **stream time**: when a touchpoint crosses a tick boundary, a ``tick`` goes
  to every customer partition first (``silence`` and other timers run on it),
  so time moves alike on every partition and in every run;
- **population**: the ``topic_spike`` detector sees every touchpoint here,
  its one owner, and so does the expectations detector (``emerging_theme``,
  ``expectation_shift``, :mod:`streams.stages.expectations`), which the
  runners call apart (:meth:`ResolveStep.expectations_of`) to time it apart;
- **erasure**: an ``erase`` request removes the person from the graph and goes
  to each of their keys' partitions (:mod:`streams.stages.erasure`).

Everything it emits follows from the order of the touchpoints alone, so one
worker and N workers produce the same records.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any

from schemas.models import Direction, EnrichedTouchpoint
from streams.customer.wording import references
from streams.stages import pieces
from streams.stages.erasure import (
    ERASE,
    ErasureRequest,
    erased_before,
    prune_markers,
    subject_hash,
)
from streams.stages.expectations import ExpectationsDetector, ShiftConfig, ThemeConfig
from streams.stages.identity import CLUSTER_PREFIX, IdentityGraph, canonical_of
from streams.stages.records import ABSORB, ALERTS, CUSTOMERS, TICK, Out
from streams.stages.spike import SpikeConfig, TopicSpikeDetector

#: Stream time between two ticks.
TICK_MINUTES = 60
#: Keys of this stage's own entries in its table (identity entries have a typed prefix).
ACCOUNT_SEQ_PREFIX = "account-seq:"
CLOCK_KEY = "clock:last-tick"
SPIKES_KEY = "population:topic_spike"
EXPECTATIONS_KEY = "population:expectations"
#: Hashed identifiers of erased people -> cut-off (see streams.stages.erasure).
ERASED_KEY = "erased:markers"
#: Erasure requests applied (request id -> requested at, epoch s). A request can
#: be read again (a restart or a rebalance re-reads what was not committed yet);
#: applied twice, it would erase whoever uses the identifier since: a new customer.
APPLIED_KEY = "erased:requests"
#: Event ids whose account number is remembered, per account.
ACCOUNT_SEQ_MEMORY = 512


def tick_floor(moment: datetime, minutes: int = TICK_MINUTES) -> datetime:
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    step = timedelta(minutes=minutes)
    return epoch + ((moment - epoch) // step) * step


class ResolveStep:
    def __init__(
        self,
        store: MutableMapping[str, Any],
        spike_config: SpikeConfig,
        partitions: int,
        tick_minutes: int = TICK_MINUTES,
        expectations: tuple[ThemeConfig, ShiftConfig] | None = None,
    ) -> None:
        self.store = store
        self.graph = IdentityGraph(store=store, track_changes=False)  # the table's changelog
        self.partitions = partitions
        self.tick_minutes = tick_minutes
        saved = pieces.get(store, SPIKES_KEY)
        self.spikes = (
            TopicSpikeDetector.from_json(saved, spike_config)
            if saved
            else TopicSpikeDetector(spike_config)
        )
        themes, shift = expectations or (ThemeConfig(), ShiftConfig())
        saved = store.get(EXPECTATIONS_KEY)
        self._expectation_chunks = int((saved or {}).get("chunks", 0))
        self.expectations = (
            ExpectationsDetector.from_chunks(
                [
                    pieces.get(store, f"{EXPECTATIONS_KEY}:{i}")
                    for i in range(self._expectation_chunks)
                ],
                themes,
                shift,
            )
            if self._expectation_chunks
            else ExpectationsDetector(themes, shift)
        )

    def save_population(self) -> None:
        """Keep the population detectors' state in the table (now and then, not per event)."""
        pieces.put(self.store, SPIKES_KEY, self.spikes.to_json())
        # In pieces, each a record well under the broker's message size; the
        # count last, so a restart reads pieces that were all written.
        chunks = self.expectations.to_chunks()
        for i, chunk in enumerate(chunks):
            pieces.put(self.store, f"{EXPECTATIONS_KEY}:{i}", chunk)
        for i in range(len(chunks), self._expectation_chunks):
            pieces.drop(self.store, f"{EXPECTATIONS_KEY}:{i}")
        self.store[EXPECTATIONS_KEY] = {"chunks": len(chunks)}
        self._expectation_chunks = len(chunks)

    def route(
        self, item: EnrichedTouchpoint, now: datetime, published: float | None = None
    ) -> list[Out]:
        """``published``: when the touchpoint was published (epoch s), for erasures."""
        out = self._ticks(item.occurred_at)
        markers = self.store.get(ERASED_KEY)
        if markers:
            moment = item.ingested_at.timestamp() if published is None else published
            if erased_before(markers, item.customer.identifiers(), moment):
                return out  # published before its person's erasure: erased with them
        resolution = self.graph.resolve(
            item.customer,
            item.event_id,
            item.occurred_at,
            cases=references(item),
            ours=item.direction is Direction.outbound,
        )
        for merge in resolution.merges:
            value = {"into": merge.into, "event_id": merge.event_id}
            out.append(Out(CUSTOMERS, merge.from_key, value, kind=ABSORB))
        item.customer_key = resolution.customer_key
        item.merged_keys = [merge.from_key for merge in resolution.merges]
        meta: dict[str, Any] = {}
        account_id = item.customer.account_id
        if account_id:
            meta["account_seq"] = self._account_seq(account_id, item.event_id)
        out.append(Out(CUSTOMERS, item.customer_key, item, meta=meta))
        out.extend(Out(ALERTS, a.dedup_key, a) for a in self.spikes.observe(item, now))
        return out

    def expectations_of(self, item: EnrichedTouchpoint, now: datetime) -> list[Out]:
        """The expectations detector's alerts and ``voc.themes`` rows for a routed touchpoint.

        Called by every runner right after :meth:`route` (the customer key is
        then canonical), apart so that its CPU time shows apart ("themes").
        """
        return self.expectations.observe(item, now)

    def erase(self, request: ErasureRequest, now: datetime) -> list[Out]:
        """Forget a person: their identifiers and keys leave the graph, and an
        ``erase`` record goes to every key their state may live under (the
        survivor's and each absorbed one's), the survivor's first."""
        applied = prune_markers(dict(self.store.get(APPLIED_KEY) or {}), now)
        if request.request_id in applied:
            return []  # read again: applied already
        applied[request.request_id] = request.requested_at.timestamp()
        self.store[APPLIED_KEY] = applied
        graph = self.graph
        key = graph.key_of(request.subject)
        survivor = graph.survivor(key) if key else canonical_of(request.subject)
        cluster = self.store.get(CLUSTER_PREFIX + survivor) or {}
        identifiers = list(dict.fromkeys([request.subject, *cluster.get("members", [])]))
        keys = [survivor]
        for merge in cluster.get("merges", []):
            if merge["from_key"] not in keys:
                keys.append(str(merge["from_key"]))
        cases = list(cluster.get("cases", []))  # the case references we gave them
        graph.forget([*identifiers, *cases, *(CLUSTER_PREFIX + k for k in keys)])
        markers = prune_markers(dict(self.store.get(ERASED_KEY) or {}), now)
        cutoff = request.requested_at.timestamp()
        for identifier in identifiers:
            hashed = subject_hash(identifier)
            markers[hashed] = max(cutoff, markers.get(hashed, 0.0))
        self.store[ERASED_KEY] = markers
        self.spikes.forget(set(keys))
        self.expectations.forget(set(keys))
        value = {
            **request.to_json(),
            "survivor": survivor,
            "keys": keys,
            "identifiers": identifiers,
        }
        return [Out(CUSTOMERS, k, value, kind=ERASE) for k in keys]

    def _account_seq(self, account_id: str, event_id: str) -> int:
        """The touchpoint's number in its account, the same when it is released again.

        After a crash the sequencer can release a touchpoint a second time; if its
        first number were lost with the record that carried it, the account
        stage would wait for that number for ever. So numbers are remembered per
        event (the last ``ACCOUNT_SEQ_MEMORY`` of each account).
        """
        key = ACCOUNT_SEQ_PREFIX + account_id
        saved = self.store.get(key)
        numbering: dict[str, Any] = saved if isinstance(saved, dict) else {"last": saved or 0}
        events: dict[str, int] = dict(numbering.get("events") or {})
        if event_id in events:
            return events[event_id]
        seq = int(numbering.get("last") or 0) + 1
        events[event_id] = seq
        if len(events) > ACCOUNT_SEQ_MEMORY:
            for old in sorted(events, key=events.__getitem__)[: len(events) - ACCOUNT_SEQ_MEMORY]:
                del events[old]
        self.store[key] = {"last": seq, "events": events}
        return seq

    def _ticks(self, occurred_at: datetime) -> list[Out]:
        boundary = tick_floor(occurred_at, self.tick_minutes)
        last = self.store.get(CLOCK_KEY)
        if last is not None and boundary.isoformat() <= last:
            return []
        self.store[CLOCK_KEY] = boundary.isoformat()
        if last is None:
            return []  # the first touchpoint starts the clock
        value = {"at": boundary.isoformat()}
        return [Out(CUSTOMERS, None, value, kind=TICK, partition=p) for p in range(self.partitions)]


PartitionOf = Callable[[str], int]
