"""Create the contract's topics (the worker, ``voc publish`` and ``voc ingest`` need them)."""

from __future__ import annotations

import contextlib

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.settings import Settings


def ensure_topics(bootstrap: str, settings: Settings) -> None:
    """Create the contract's topics if missing (the worker subscribes to all of them)."""
    names = [*settings.touchpoint_topics, settings.dlq_topic, settings.enriched_topic]
    names += [settings.alerts_topic, settings.accounts_topic, settings.rows_topic]
    # The sequencer's topic has one partition: one owner puts every touchpoint in order.
    partitions = dict.fromkeys(names, settings.partitions) | {settings.sequencer_topic: 1}
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="voc-admin")
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=count, replication_factor=1)
            for name, count in partitions.items()
            if name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):  # another process won the race
                admin.create_topics(missing)
    finally:
        admin.close()
