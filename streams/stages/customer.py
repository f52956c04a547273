"""Stages 4 and 5 for one enriched touchpoint: state, rules, account, population.

:class:`CustomerStep` is what the ``customer_model`` agent calls for each
touchpoint. It works on plain mappings (Faust tables in the worker, dicts in
tests) and has no I/O of its own, so the whole step runs in memory in tests.

Order per touchpoint: fold any identity merge announced by the touchpoint into
the survivor's state, apply the touchpoint (idempotent per event id), run the
customer rules, update the account roll-up and its rule, feed the topic-spike
detector, then save the state (the rules keep their cooldowns in it).
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas.models import Alert, EnrichedTouchpoint
from streams.alerts.rules import RulesConfig, evaluate_rules, silence_due_at
from streams.alerts.timers import StreamClock
from streams.customer.merge import merge_states
from streams.customer.state import CustomerState, apply_touchpoint, refresh_churn_risk
from streams.stages.accounts import (
    AccountState,
    apply_to_account,
    evaluate_account,
    load_account_config,
)
from streams.stages.spike import TopicSpikeDetector, load_spike_config

log = logging.getLogger(__name__)

#: Key of the topic-spike detector's saved state in the population table.
SPIKE_STATE_KEY = "topic_spike"


@dataclass
class StepOutcome:
    state: CustomerState | None  # None: a replay, nothing changed
    #: The state's JSON document (``CustomerState.to_document``), as saved.
    document: bytes = b""
    alerts: list[Alert] = field(default_factory=list)
    #: (customer key, its last state version) folded into this customer by a merge.
    absorbed: list[tuple[str, int]] = field(default_factory=list)


class CustomerStep:
    def __init__(
        self,
        rules: RulesConfig,
        customers: MutableMapping[str, Any],
        accounts: MutableMapping[str, Any],
        clock: StreamClock,
    ) -> None:
        self.rules = rules
        self.account_config = load_account_config(rules.others)
        self.spikes = TopicSpikeDetector(load_spike_config(rules.others))
        self.customers = customers
        self.accounts = accounts
        self.clock = clock

    def load_state(self, key: str) -> CustomerState:
        """The key's state; a new one when there is none, or when the key was merged away."""
        stored = self.customers.get(key)
        state = CustomerState.from_document(stored) if stored else None
        return CustomerState(key) if state is None or state.merged_into else state

    def save_state(self, key: str, state: CustomerState) -> bytes:
        document = state.to_document()
        self.customers[key] = document
        return document

    def process(self, item: EnrichedTouchpoint, now: datetime) -> StepOutcome:
        key = item.customer_key
        state = self.load_state(key)
        absorbed = self._absorb_merged(state, item)
        if not apply_touchpoint(state, item, self.rules.model, self.rules.risk):
            return StepOutcome(state=None)  # a replay: already counted, alerts already raised
        self.clock.advance(item.occurred_at)
        alerts = evaluate_rules(self.rules, state, item, now)
        self.clock.watch_silence(key, silence_due_at(self.rules, state))
        if state.account_id:
            alerts.extend(self._account(state, item, now))
        alerts.extend(self.spikes.observe(item, now))
        document = self.save_state(key, state)
        return StepOutcome(state=state, document=document, alerts=alerts, absorbed=absorbed)

    def _absorb_merged(
        self, state: CustomerState, item: EnrichedTouchpoint
    ) -> list[tuple[str, int]]:
        """Identity found that other customer keys are this customer: fold them in.

        The absorbed key keeps its state as a tombstone (``merged_into`` set)
        instead of being deleted, and the survivor lists it in
        ``absorbed_keys``. The two changelog records land on different
        partitions, so a crash can keep one and lose the other; when the merge
        event is replayed, the tombstone is folded in again if the survivor
        lost it, and never twice.
        """
        absorbed = []
        for old_key in item.merged_keys:
            if old_key == item.customer_key:
                continue
            stored = self.customers.get(old_key)
            if not stored:
                continue
            old = CustomerState.from_document(stored)
            if old_key in state.absorbed_keys:  # a replay: folded in already
                if old.merged_into is None:  # its tombstone was lost: write it again
                    old.merged_into = state.customer_id
                    self.save_state(old_key, old)
                continue
            if old.merged_into not in (None, state.customer_id):
                continue  # folded into another customer
            before = state.absorbed_keys
            merged = merge_states(state, old)
            refresh_churn_risk(
                merged, item.occurred_at.isoformat(), self.rules.model, self.rules.risk
            )
            state.__dict__.update(merged.__dict__)
            state.merged_into = None
            state.absorbed_keys = list(dict.fromkeys([*before, *old.absorbed_keys, old_key]))
            old.merged_into = state.customer_id
            self.save_state(old_key, old)
            absorbed.append((old_key, old.version))
            log.info(
                "merged customer %s into %s (event %s)", old_key, state.customer_id, item.event_id
            )
        return absorbed

    def _account(
        self, state: CustomerState, item: EnrichedTouchpoint, now: datetime
    ) -> list[Alert]:
        account_id = state.account_id or ""
        stored = self.accounts.get(account_id)
        account = AccountState.from_json(stored) if stored else AccountState(account_id)
        if not apply_to_account(account, state, item):
            return []
        alerts = evaluate_account(self.account_config, account, item, now)
        self.accounts[account_id] = account.to_json()
        return alerts

    def save_spikes(self, population: MutableMapping[str, Any]) -> None:
        population[SPIKE_STATE_KEY] = self.spikes.to_json()

    def restore_spikes(self, population: MutableMapping[str, Any]) -> None:
        saved = population.get(SPIKE_STATE_KEY)
        if saved:
            self.spikes = TopicSpikeDetector.from_json(saved, self.spikes.config)
