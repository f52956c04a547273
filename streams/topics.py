"""Create the contract's topics (the worker, ``voc publish`` and ``voc ingest`` need them).

Each topic is created with a retention (``retention.ms``): the raw channel
topics, the dead-letter topic and the erasure topic hold unredacted text or
identifiers and keep them ``VOC_RAW_TOPIC_RETENTION_HOURS`` (72 h by default);
the others ``VOC_TOPIC_RETENTION_HOURS`` (7 days). Topics that exist already
are left as they are (a cluster's operators may have set their own).
"""

from __future__ import annotations

import contextlib

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.settings import Settings

HOUR_MS = 3_600_000


def topic_specs(settings: Settings) -> dict[str, tuple[int, dict[str, str]]]:
    """Topic -> (partitions, configs) for every topic voc-stream creates."""
    raw = {
        "retention.ms": str(int(settings.raw_topic_retention_hours * HOUR_MS)),
        "cleanup.policy": "delete",
    }
    kept = {
        "retention.ms": str(int(settings.topic_retention_hours * HOUR_MS)),
        "cleanup.policy": "delete",
    }
    specs = {name: (settings.partitions, raw) for name in settings.touchpoint_topics}
    specs[settings.dlq_topic] = (settings.partitions, raw)
    specs[settings.erasure_topic] = (1, raw)  # one partition: requests in the order sent
    for name in (settings.enriched_topic, settings.alerts_topic, settings.accounts_topic):
        specs[name] = (settings.partitions, kept)
    specs[settings.rows_topic] = (settings.partitions, kept)
    # The sequencer's topic has one partition: one owner puts every touchpoint in order.
    specs[settings.sequencer_topic] = (1, kept)
    return specs


def ensure_topics(bootstrap: str, settings: Settings) -> None:
    """Create the contract's topics if missing (the worker subscribes to all of them)."""
    specs = topic_specs(settings)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="voc-admin")
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=count, replication_factor=1, topic_configs=configs)
            for name, (count, configs) in specs.items()
            if name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):  # another process won the race
                admin.create_topics(missing)
    finally:
        admin.close()
