"""Stages 4 and 5 on a customer's partition: state, rules, merges, timers.

:class:`CustomerStep` handles every record of the customers topic, keyed by
canonical customer (see :mod:`streams.stages.resolve`), and owns the state of
the keys of its partition. It has no I/O: it reads and writes a mapping (a
Faust table in the worker, a dict in :mod:`streams.local`) and returns
:class:`Out` records.

- ``touchpoint``: apply it (idempotent per event id), run the customer rules,
  send the contact's update to its account (when the resolver numbered it); one
  that linked identifiers (``merged_keys``) also raises the repeat_contact the
  merge revealed (:func:`streams.alerts.rules.merge_repeat_contact`);
- ``absorb`` (on the absorbed key): identity found this key is another
  customer; keep a tombstone and send the whole state to the survivor as a
  ``transfer`` record, keyed by the survivor;
- ``transfer`` (on the survivor): fold the absorbed state in, once;
- ``tick`` (to every partition): stream time moved; run ``silence`` for the
  customers of this partition who are due, and queue the tick for those who
  wait for a merge (below);
- ``erase`` (:mod:`streams.stages.erasure`): delete the state (queued behind a
  merge in flight, so a late transfer cannot bring it back), tell the account
  to drop the contact; on the survivor's key, the store writer's marker.

A touchpoint that announces a merge waits, with everything after it for that
customer, until the absorbed state has arrived: the survivor applies its
history first and the touchpoint after, as one worker reading one log would,
whichever partition got there first. The ticks that pass meanwhile wait in the
same queue: a transfer that arrives hours of stream time late (one partition's
backlog read before another's) still sees each tick between the touchpoints it
came between, so ``silence`` fires as it would have with the transfer on time.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas.models import EnrichedTouchpoint
from streams.alerts.rules import (
    RulesConfig,
    check_silence,
    evaluate_rules,
    merge_candidates,
    merge_repeat_contact,
    silence_due_at,
)
from streams.customer.compact import pack
from streams.customer.merge import merge_states
from streams.customer.rows import customer_row, merged_customer_row
from streams.customer.segments import SegmentsConfig, default_segments, fold_value
from streams.customer.state import CustomerState, apply_touchpoint, refresh_churn_risk
from streams.stages.erasure import ERASE, ERASE_MARKER
from streams.stages.records import (
    ABSORB,
    ACCOUNTS,
    ALERTS,
    CUSTOMERS,
    ROWS,
    TICK,
    TOUCHPOINT,
    TRANSFER,
    Out,
)

log = logging.getLogger(__name__)

PartitionOf = Callable[[str], int]

#: Customer states kept decoded between their records (the most recently saved).
#: A decoded state takes about 4.5 KB against 0.35 KB stored: 20,000 of them
#: were 89 MiB of the worker at 100,000 customers, 5,000 take 22. A miss costs
#: a decode (about 40 us): with 2,000, a stream of 5,000 active customers
#: (stagebench's) cost 60-80 us more per event in the customer step.
STATE_CACHE_SIZE = 5_000


@dataclass
class Timers:
    """One partition's timers, rebuilt from the stored states at its first tick."""

    #: Heap of (silence due time, customer key).
    due: list[tuple[datetime, str]] = field(default_factory=list)
    #: Customers waiting for a merge: each tick goes into their queue.
    waiting: set[str] = field(default_factory=set)


class CustomerStep:
    def __init__(
        self,
        rules: RulesConfig,
        customers: MutableMapping[str, Any],
        partition_of: PartitionOf,
        segments: SegmentsConfig | None = None,
    ) -> None:
        self.rules = rules
        self.customers = customers
        self.partition_of = partition_of
        self.segments = segments or default_segments()
        #: partition -> its timers; built at its first tick.
        self._timers: dict[int, Timers] = {}
        #: key -> (document saved, the state it was made from); see load_state.
        self._states: dict[str, tuple[Any, CustomerState]] = {}
        #: Set when a queued erasure ran while folding a transfer.
        self._erased = False

    # ------------------------------------------------------------------ state --
    def load_state(self, key: str) -> CustomerState:
        stored = self.customers.get(key)
        # The state object saved last, if its document is still the one stored
        # (same object): parsing the JSON again would give the same state. The
        # entry leaves the cache here and comes back only when saved, so a
        # state changed and then not saved is never handed out again.
        cached = self._states.pop(key, None)
        if not stored:
            return CustomerState(key)
        if cached is not None and cached[0] is stored:
            return cached[1]
        return CustomerState.from_document(stored)

    def save_state(self, key: str, state: CustomerState) -> bytes:
        """Store the state (compressed, :mod:`streams.customer.compact`); returns its JSON."""
        document = state.to_document()
        stored = pack(document)
        self.customers[key] = stored
        self._states[key] = (stored, state)
        if len(self._states) > STATE_CACHE_SIZE:
            del self._states[next(iter(self._states))]  # the least recently saved
        return document

    def forget_partition(self, partition: int) -> None:
        """After a rebalance: timers of that partition are rebuilt at its next tick."""
        self._timers.pop(partition, None)

    # --------------------------------------------------------------- records --
    def handle(
        self,
        kind: str,
        key: str | None,
        value: Any,
        now: datetime,
        meta: dict[str, Any] | None = None,
        partition: int | None = None,
    ) -> list[Out]:
        if kind == TICK:
            moment = datetime.fromisoformat(value["at"])
            return self._tick(partition if partition is not None else 0, moment, now)
        if key is None:
            return []
        state = self.load_state(key)
        out: list[Out] = []
        if kind == TRANSFER:
            self._erased = False
            self._fold_transfer(state, value, now, out)
            if self._erased and _blank(state):
                # erased behind the merge, nothing after it: stays a tombstone
                if key in self.customers:
                    del self.customers[key]
                return out
        elif kind == ERASE and not state.awaiting:
            self._erase(state, value, now, out)
            return out
        elif state.merged_into:
            # Resolution sends nothing more to an absorbed key: this is a re-read
            # copy. An absorb is answered again (the survivor folds once); a
            # late transfer goes on to the survivor.
            if kind == ABSORB:
                self._absorb(state, value, now, out, again=True)
            return out
        elif state.awaiting:
            state.pending.append([kind, _to_json(kind, value), meta or {}])
        elif kind == TOUCHPOINT:
            if not self._touchpoint(state, value, meta or {}, now, out):
                return out  # a replay: nothing changed, nothing to save
        elif kind == ABSORB:
            self._absorb(state, value, now, out)
        self._save(state, now, out)
        return out

    def _save(self, state: CustomerState, now: datetime, out: list[Out]) -> None:
        document = self.save_state(state.customer_id, state)
        timers = self._timers.get(self.partition_of(state.customer_id))
        if timers is not None and state.awaiting:
            timers.waiting.add(state.customer_id)
        elif timers is not None and state.customer_id in timers.waiting:
            timers.waiting.discard(state.customer_id)  # the merge arrived
            self._watch(state)  # its due time, if no queued touchpoint set one
        if state.merged_into is None and state.contact_count:
            row = customer_row(state, now, document, self.segments)
            out.append(Out(ROWS, state.customer_id, ("customers", row)))

    def _touchpoint(
        self,
        state: CustomerState,
        item: EnrichedTouchpoint,
        meta: dict[str, Any],
        now: datetime,
        out: list[Out],
    ) -> bool:
        """Apply one touchpoint; False when it changed nothing (a replay)."""
        waiting = [
            k for k in item.merged_keys if k not in state.absorbed_keys and k != item.customer_key
        ]
        if waiting:
            state.awaiting = list(dict.fromkeys([*state.awaiting, *waiting]))
            state.pending.append([TOUCHPOINT, _to_json(TOUCHPOINT, item), meta])
            return True
        # The identifiers this touchpoint links may reveal a repeat contact: the
        # threads a merge joined, as they were before it (a thanks in it closes them).
        joined = merge_candidates(state) if item.merged_keys else []
        changed = apply_touchpoint(state, item, self.rules.model, self.rules.risk)
        if changed:
            fold_value(state, item, self.segments.value)
            alerts = evaluate_rules(self.rules, state, item, now)
            alerts += merge_repeat_contact(self.rules, state, item, joined, now)
            out.extend(Out(ALERTS, alert.dedup_key, alert) for alert in alerts)
            self._watch(state)
        seq = meta.get("account_seq")
        if seq is not None and item.customer.account_id:
            # Sent for a replayed touchpoint too: the account stage waits for every number.
            update = {"seq": seq, "contact": _contact(state), "event": item}
            out.append(Out(ACCOUNTS, item.customer.account_id, update))
        return changed

    def _absorb(
        self,
        state: CustomerState,
        value: dict[str, Any],
        now: datetime,
        out: list[Out],
        again: bool = False,
    ) -> None:
        into = str(value["into"])
        if state.customer_id == into or (again and state.merged_into != into):
            return
        state.merged_into = into
        payload = {"from": state.customer_id, "into": into, "state": state.to_json()}
        out.append(Out(CUSTOMERS, into, payload, kind=TRANSFER))
        survivor = CustomerState(into, account_id=state.account_id)
        row = merged_customer_row(state.customer_id, state.version + 1, survivor, now)
        out.append(Out(ROWS, state.customer_id, ("customers", row)))
        log.info(
            "customer %s absorbed into %s (event %s)",
            state.customer_id,
            into,
            value.get("event_id"),
        )

    def _fold_transfer(
        self, state: CustomerState, value: dict[str, Any], now: datetime, out: list[Out]
    ) -> None:
        old_key = str(value["from"])
        if old_key in state.absorbed_keys:
            return  # a copy: folded in already
        if state.merged_into:  # this key was absorbed meanwhile: the survivor takes it
            out.append(Out(CUSTOMERS, state.merged_into, value, kind=TRANSFER))
            return
        old = CustomerState.from_json(value.get("state") or {"customer_id": old_key})
        awaiting, pending = state.awaiting, state.pending
        before = state.absorbed_keys
        if old.contact_count or old.version:
            merged = merge_states(state, old, self.rules.model)
            if merged.last_seen:
                refresh_churn_risk(merged, merged.last_seen, self.rules.model, self.rules.risk)
            state.__dict__.update(merged.__dict__)
        state.merged_into = None
        state.absorbed_keys = list(dict.fromkeys([*before, *old.absorbed_keys, old_key]))
        state.awaiting = [k for k in awaiting if k not in state.absorbed_keys]
        state.pending = pending
        if state.awaiting:
            return
        queued, state.pending = state.pending, []
        for kind, payload, meta in queued:
            if state.awaiting:  # a queued touchpoint announced another merge
                state.pending.append([kind, payload, meta])
            elif kind == TOUCHPOINT:
                item = EnrichedTouchpoint.model_validate(payload)
                self._touchpoint(state, item, meta, now, out)
            elif kind == ABSORB:
                self._absorb(state, payload, now, out)
            elif kind == TRANSFER:
                self._fold_transfer(state, payload, now, out)
            elif kind == TICK:
                moment = datetime.fromisoformat(payload["at"])
                fired = check_silence(self.rules, state, moment, now)
                out.extend(Out(ALERTS, alert.dedup_key, alert) for alert in fired)
            elif kind == ERASE:  # the rest of the queue starts a new customer
                self._erase(state, payload, now, out)
                state.__dict__.update(CustomerState(state.customer_id).__dict__)

    def _erase(
        self, state: CustomerState, value: dict[str, Any], now: datetime, out: list[Out]
    ) -> None:
        """Delete this key's state (a tombstone in the changelog) and pass the erasure on."""
        key = state.customer_id
        if key in self.customers:
            del self.customers[key]
        self._erased = True
        notice = {k: value.get(k) for k in ("request_id", "keys", "requested_at")}
        if state.account_id:
            out.append(Out(ACCOUNTS, state.account_id, {"erase": notice}, kind=ERASE))
        if key == value.get("survivor"):
            marker = {**value, "erased_at": now.isoformat()}
            out.append(Out(ROWS, key, (ERASE_MARKER, (marker,))))
        log.info("customer erased (request %s)", value.get("request_id"))

    # ---------------------------------------------------------------- timers --
    def _watch(self, state: CustomerState) -> None:
        due = silence_due_at(self.rules, state)
        timers = self._timers.get(self.partition_of(state.customer_id))
        if due is not None and timers is not None:
            heapq.heappush(timers.due, (due, state.customer_id))

    def _tick(self, partition: int, moment: datetime, now: datetime) -> list[Out]:
        timers = self._timers.get(partition)
        if timers is None:
            timers = self._timers[partition] = self._rebuild(partition)
        for key in sorted(timers.waiting):  # checked in turn, once the merge has arrived
            state = self.load_state(key)
            if state.awaiting:
                state.pending.append([TICK, {"at": moment.isoformat()}, {}])
                self.save_state(key, state)
            else:  # erased behind the merge: deleted, never saved again
                timers.waiting.discard(key)
        heap = timers.due
        out: list[Out] = []
        while heap and heap[0][0] <= moment:
            due, key = heapq.heappop(heap)
            state = self.load_state(key)
            if state.merged_into or state.awaiting or silence_due_at(self.rules, state) != due:
                continue  # absorbed, waiting (queued above), or due at another time since
            fired = check_silence(self.rules, state, moment, now)
            if fired:
                out.extend(Out(ALERTS, alert.dedup_key, alert) for alert in fired)
                self._save(state, now, out)
        return out

    def _rebuild(self, partition: int) -> Timers:
        timers = Timers()
        for key, stored in self.customers.items():
            if not stored or self.partition_of(key) != partition:
                continue
            state = CustomerState.from_document(stored)
            due = None if state.merged_into else silence_due_at(self.rules, state)
            if due is not None:
                timers.due.append((due, key))
            if state.awaiting:
                timers.waiting.add(key)
        heapq.heapify(timers.due)
        return timers


def _blank(state: CustomerState) -> bool:
    return state.to_document() == CustomerState(state.customer_id).to_document()


def _contact(state: CustomerState) -> dict[str, Any]:
    """What the account roll-up needs of a contact (see streams.stages.accounts)."""
    return {
        "customer_id": state.customer_id,
        "sentiment_trend": state.sentiment_trend,
        "last_sentiment": state.last_sentiment,
        "churn_risk": state.churn_risk,
        "contact_count": state.contact_count,
        # what the account needs to add up its value (streams.customer.segments)
        "order_value_total": state.order_value_total,
        "value_sums": state.value_sums,
        "context": {k: v for k, v in state.context.items() if k in _recurring_keys()},
    }


def _recurring_keys() -> frozenset[str]:
    """The attributes that hold a monthly or yearly value (the rest of the context stays home)."""
    value = default_segments().value
    return frozenset((*value.monthly, *value.annual))


def _to_json(kind: str, value: Any) -> Any:
    if kind == TOUCHPOINT:
        return value.model_dump(mode="json")
    return value
