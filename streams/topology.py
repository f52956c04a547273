"""The pipeline in one place: read this first.

Each stage consumes one topic, keyed by one thing, owns one piece of state,
and produces records for the next. Every piece of state is owned by the
partition of its key, so N workers give exactly the result of one:

- **ingest** consumes ``voc.touchpoints.<channel>`` (keyed by best identifier),
  owns nothing; decodes, validates and enriches; produces to
  ``voc.touchpoints.sequencer`` and ``voc.touchpoints.dlq``.
- **sequence** consumes ``voc.touchpoints.sequencer`` (one partition), owns the
  event-time order, the identity graph, the account numbering, the stream clock
  and the topic-spike baselines; produces ``voc.touchpoints.enriched`` (keyed by
  canonical customer: touchpoints, merges' ``absorb`` records, ``tick`` records
  to every partition) and ``topic_spike`` alerts to ``voc.alerts``; it also
  owns the candidate themes, choice-criteria shares and alternative names
  (:mod:`streams.stages.expectations`), produces ``emerging_theme`` and
  ``expectation_shift`` alerts, and ``voc.themes`` rows to ``voc.store.rows``.
- **customer** consumes ``voc.touchpoints.enriched`` (keyed by canonical
  customer), owns ``CustomerState``; produces merges' ``transfer`` records back
  to ``voc.touchpoints.enriched`` (keyed by the survivor), contact updates to
  ``voc.accounts.contacts`` (keyed by account id), alerts, and customer rows to
  ``voc.store.rows``.
- **account** consumes ``voc.accounts.contacts`` (keyed by account id), owns
  ``AccountState``; produces ``account_risk`` alerts and account rows.
- **deliver** consumes ``voc.alerts``; Slack and webhooks, delivery rows.
- **erasure** consumes ``voc.erasure.requests`` (JSON, one partition), owns
  nothing; forwards each request to the sequencer as an ``erase`` record. The
  sequencer removes the person from identity and sends ``erase`` to each of
  their keys' partitions; the customer stage deletes the state, tells the
  account stage, and sends the store its marker (:mod:`streams.stages.erasure`).
- **store** (its own consumer group ``<app id>-store``; in embedded mode the one
  process that holds chDB) consumes ``voc.touchpoints.enriched``, ``voc.alerts``,
  ``voc.touchpoints.dlq`` and ``voc.store.rows`` and writes the ``voc`` tables.

The pure steps live in :mod:`streams.stages`; :class:`Steps` builds them from
the rules file. Three runners drive the same steps: the Faust worker
(:mod:`streams.worker.app`), the in-memory runner used by ``voc eval alerts``
and the tests (:mod:`streams.local`), and the benchmark's plain loop.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kafka.partitioner.default import murmur2

from streams.alerts.rules import DEFAULT_RULES_FILE, RulesConfig, load_rules_config
from streams.customer.config import read_rules_file
from streams.stages.accounts import AccountStep, load_account_config
from streams.stages.customer import CustomerStep
from streams.stages.expectations import load_expectation_configs
from streams.stages.resolve import ResolveStep
from streams.stages.spike import load_spike_config


def partition_for(key: str, partitions: int) -> int:
    """The partition Kafka's default partitioner gives ``key`` (murmur2, as Java and aiokafka)."""
    return partition_of_bytes(key.encode(), partitions)


@lru_cache(maxsize=1 << 16)
def partition_of_bytes(key: bytes, partitions: int) -> int:
    """:func:`partition_for` of a serialized key.

    Cached: kafka-python's murmur2 is pure Python (about 6 us), and the same
    customer keys come back with every touchpoint.
    """
    return int(murmur2(key) & 0x7FFFFFFF) % partitions


@lru_cache(maxsize=1)
def known_competitor_names() -> tuple[str, ...]:
    """The taxonomy's named competitors, every spelling: never a *new* alternative."""
    from streams.text.lexicon import shipped_taxonomy

    names: list[str] = []
    for competitor in shipped_taxonomy().competitors:
        if not competitor.fallback:
            names += [competitor.id, competitor.label, *competitor.all_phrases()]
    return tuple(dict.fromkeys(n.lower() for n in names))


def partitioner(partitions: int) -> Callable[[str], int]:
    return lambda key: partition_for(key, partitions)


@dataclass
class Steps:
    """The stateful steps of one pipeline, over the mappings that hold their state."""

    resolve: ResolveStep
    customer: CustomerStep
    account: AccountStep
    rules: RulesConfig

    @classmethod
    def build(
        cls,
        partitions: int,
        sequencer_store: MutableMapping[str, Any],
        customers: MutableMapping[str, Any],
        accounts: MutableMapping[str, Any],
        rules_path: Path | None = None,
    ) -> Steps:
        source = rules_path or DEFAULT_RULES_FILE
        data = read_rules_file(source)
        rules = load_rules_config(source)
        return cls(
            resolve=ResolveStep(
                sequencer_store,
                load_spike_config(data),
                partitions,
                expectations=load_expectation_configs(data, known_competitor_names()),
            ),
            customer=CustomerStep(rules, customers, partitioner(partitions)),
            account=AccountStep(load_account_config(data), accounts),
            rules=rules,
        )
