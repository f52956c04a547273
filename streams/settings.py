"""All configuration, read once from the environment (or a ``.env`` file).

Only this module reads the environment; everything else receives a
:class:`Settings` instance.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_APP_ID = "voc-stream"
CHANNELS = ("email", "phone", "web", "community", "social", "chat", "survey", "in_person")


def mask_password(url: str) -> str:
    """``url`` with the password of its user part replaced by ``***`` (for display)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def hash_write_key(key: str) -> str:
    """How an ingest write key is kept in memory and compared: ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(key.strip().encode("utf-8")).hexdigest()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="VOC_", env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    #: Kafka bootstrap servers ("host:port[,host:port]"); unset: start the embedded broker.
    kafka_broker: str | None = None
    #: ClickHouse DSN ("http://user:pass@host:8123/"); unset: chDB under data_dir.
    clickhouse_url: str | None = None
    data_dir: Path = Path(".voc")
    slack_webhook_url: SecretStr | None = None
    #: Comma-separated webhook URLs.
    alert_webhook_urls: str = ""
    webhook_secret: SecretStr | None = None

    #: Faust table store: "memory://" (state rebuilt from changelogs at start)
    #: or "rocksdb://" in production (needs the rocksdict package).
    store: str = "memory://"
    #: Alert delivery (sinks/delivery): routing file, give-up time, named
    #: destination URLs ("retention=https://hooks.slack.com/...,product=..."),
    #: where /feedback is reachable, and a link to the customer view.
    delivery_routing_file: Path | None = None
    delivery_give_up_seconds: float = Field(default=900.0, gt=0)
    #: The longest wait between two attempts at a failing destination (must be
    #: shorter than the give-up time).
    delivery_backoff_max_seconds: float = Field(default=30.0, gt=0, validate_default=True)
    delivery_urls: SecretStr | None = None
    delivery_public_url: str = ""
    delivery_customer_url: str = ""
    #: Faust application id (consumer group and internal topic prefix).
    app_id: str = DEFAULT_APP_ID
    topic_prefix: str = "voc"
    #: Partitions for the topics voc-stream creates.
    partitions: int = Field(default=4, ge=1)
    #: Local port of the worker's HTTP endpoint (``voc sql`` goes through it
    #: when the worker holds the embedded store); 0: no endpoint.
    web_port: int = Field(default=6066, ge=0, le=65535)
    #: Interface of that endpoint: loopback by default; 0.0.0.0 in a container
    #: so probes can reach it.
    web_bind: str = "127.0.0.1"
    #: ClickHouse writer batching: flush at this many rows or after this many seconds.
    sink_batch_rows: int = Field(default=5_000, ge=1)
    #: The store writer gathers what arrives within this long of a batch's first
    #: record (up to sink_batch_rows) into one insert per table. Each insert
    #: costs 10-30 ms of CPU in ClickHouse whatever its size, so a longer window
    #: gives throughput, a shorter one publish-to-ClickHouse latency.
    sink_batch_seconds: float = Field(default=0.25, gt=0)
    #: Longest a consumer fetch waits for data (Faust would use 1.5 s). The
    #: embedded broker holds an empty fetch this long, so each hop of a
    #: touchpoint waits about half of it.
    fetch_max_wait_ms: int = Field(default=20, ge=1)
    #: Longest an agent waits for a batch to fill (a backlog fills it at once).
    batch_wait_ms: int = Field(default=10, ge=1)
    #: Stream batch size for decode and enrichment.
    stream_batch: int = Field(default=500, ge=1)
    #: A topic classifier trained with ``voc train topics`` (adds its label to
    #: the rule-based topics when confident enough); unset: rules only.
    topic_model_dir: Path | None = None
    topic_model_min_confidence: float = Field(default=0.6, ge=0, le=1)
    #: Sentiment model: "fast" (linear, 10,000+ texts/s per core) or "accurate"
    #: (plus the multilingual-e5 encoder, tens of texts/s per core, in a thread
    #: of its own; needs the ``accurate`` extra).
    sentiment: str = Field(default="fast", pattern=r"^(fast|accurate)$")
    log_level: str = Field(default="WARNING", pattern=r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$")
    #: ``voc run`` exits (code 1) when the Kafka broker has not answered for this
    #: many seconds; 0: it keeps trying for ever (streams/worker/brokerwatch.py).
    broker_lost_exit_seconds: float = Field(default=120.0, ge=0)

    # -- HTTP ingest gateway (``voc ingest``, streams/ingest) --------------------------
    #: Write keys for ``POST /v1/touchpoints``, comma-separated. Only their SHA-256
    #: digests are kept; an entry may be given already hashed as ``sha256:<hex>``.
    ingest_keys: Annotated[frozenset[str], NoDecode] = frozenset()
    #: Webhook secrets per source: ``zendesk=...,intercom=...,twilio=...``; a source
    #: without a secret is refused.
    hook_secrets: SecretStr | None = None
    ingest_bind: str = "127.0.0.1"
    #: The gateway's public base URL (``https://voc.example.com``) when it runs behind
    #: a proxy: Twilio signs the URL it called, not the one the gateway sees.
    ingest_public_url: str = ""
    ingest_max_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    ingest_max_event_bytes: int = Field(default=256 * 1024, ge=256)
    ingest_max_events: int = Field(default=1_000, ge=1)
    #: Events sent and not yet acknowledged by the broker; above it, 429.
    ingest_max_pending: int = Field(default=20_000, ge=1)
    #: Longest a request waits for the broker's acknowledgement; then 503.
    ingest_ack_timeout_seconds: float = Field(default=10.0, gt=0)
    #: A Confluent-compatible schema registry (``http://registry:8081``; ``mock://x``
    #: in tests): producers then write the Confluent wire format (``00`` + schema
    #: id); decoders accept it besides single-object Avro and JSON. Unset: no registry.
    schema_registry_url: str | None = None

    # -- the worker's HTTP surface and analysts' SQL (streams/worker/web.py) ----------
    #: Bearer token for the worker's pages that need one (``POST /sql``,
    #: ``POST /metrics/reset``); unset: the worker makes one at its first start
    #: and keeps it in ``<data_dir>/web_token`` (mode 0600), where ``voc sql`` reads it.
    web_token: SecretStr | None = None
    #: Host names, besides 127.0.0.1, localhost, ::1 and ``web_bind``, that the
    #: worker answers to (``Host`` and ``Origin``), comma-separated: e.g. the name
    #: a proxy or a probe uses. Everything else is refused (DNS rebinding).
    web_allowed_hosts: str = ""
    #: A read-only ClickHouse user for analysts' SQL on a server
    #: (``deploy/clickhouse/analyst.sql``); unset: ``clickhouse_url`` with the
    #: session set read-only and limited. Ignored with embedded chDB.
    clickhouse_analyst_url: SecretStr | None = None
    #: Limits of one analyst query (``voc sql``, ``/sql``).
    sql_max_seconds: float = Field(default=30.0, gt=0)
    sql_max_rows_to_read: int = Field(default=2_000_000_000, ge=1)
    sql_max_result_rows: int = Field(default=100_000, ge=1)
    sql_max_memory_bytes: int = Field(default=1_000_000_000, ge=1_000_000)

    # -- privacy: retention and erasure (README, Privacy and security) ----------------
    #: Days the raw ClickHouse tables keep a row after it entered (0: for ever).
    retention_touchpoints_days: int = Field(default=365, ge=0)
    retention_alerts_days: int = Field(default=365, ge=0)
    retention_dead_letters_days: int = Field(default=30, ge=0)
    #: Hours the topics voc-stream creates keep records: the raw channel topics,
    #: the dead-letter and erasure topics (unredacted text, identifiers) ...
    raw_topic_retention_hours: float = Field(default=72.0, gt=0)
    #: ... and the others (enriched, topology, alerts).
    topic_retention_hours: float = Field(default=168.0, gt=0)

    @field_validator("delivery_backoff_max_seconds")
    @classmethod
    def _backoff_within_give_up(cls, value: float, info: ValidationInfo) -> float:
        give_up = info.data.get("delivery_give_up_seconds")
        if give_up is not None and value >= give_up:
            raise ValueError(
                f"must be shorter than VOC_DELIVERY_GIVE_UP_SECONDS ({give_up:g}), "
                "or alerts queued during a backoff are dead-lettered untried"
            )
        return value

    @field_validator("ingest_keys", mode="before")
    @classmethod
    def _hash_ingest_keys(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list | tuple | set | frozenset):
            return frozenset(
                key.strip() if key.strip().startswith("sha256:") else hash_write_key(key)
                for key in value
                if isinstance(key, str) and key.strip()
            )
        return value

    @property
    def hook_secret_map(self) -> dict[str, str]:
        """``hook_secrets`` as ``{source: secret}``."""
        raw = self.hook_secrets.get_secret_value() if self.hook_secrets else ""
        pairs = (item.split("=", 1) for item in raw.split(",") if "=" in item)
        return {name.strip().lower(): secret.strip() for name, secret in pairs if secret.strip()}

    # -- topic names (the contract in README.md, Contracts) --------------------------------
    def touchpoint_topic(self, channel: str) -> str:
        return f"{self.topic_prefix}.touchpoints.{channel}"

    @property
    def touchpoint_topics(self) -> list[str]:
        return [self.touchpoint_topic(channel) for channel in CHANNELS]

    @property
    def dlq_topic(self) -> str:
        return f"{self.topic_prefix}.touchpoints.dlq"

    @property
    def erasure_topic(self) -> str:
        """Erasure requests (``voc forget``, upstream systems): JSON ``{"subject": ...}``."""
        return f"{self.topic_prefix}.erasure.requests"

    @property
    def retention_days(self) -> dict[str, int]:
        """ClickHouse table -> TTL days (sinks/clickhouse/retention.py)."""
        alerts = self.retention_alerts_days
        return {
            "touchpoints": self.retention_touchpoints_days,
            "dead_letters": self.retention_dead_letters_days,
            "alerts": alerts,
            "alert_deliveries": alerts,
            "alert_feedback": alerts,
        }

    # -- topics of the topology (streams/topology.py), one set per application ------
    # A second application id (a replay, a reprocessing run) gets its own, so it
    # never reads the first one's records; the default keeps the plain names.
    def _scoped(self, name: str) -> str:
        scope = "" if self.app_id == DEFAULT_APP_ID else f"{self.app_id}."
        return f"{self.topic_prefix}.{scope}{name}"

    @property
    def enriched_topic(self) -> str:
        return self._scoped("touchpoints.enriched")

    @property
    def alerts_topic(self) -> str:
        return f"{self.topic_prefix}.alerts"

    @property
    def sequencer_topic(self) -> str:
        return self._scoped("touchpoints.sequencer")

    @property
    def accounts_topic(self) -> str:
        return self._scoped("accounts.contacts")

    @property
    def rows_topic(self) -> str:
        return self._scoped("store.rows")

    @property
    def source_partitions(self) -> list[str]:
        """Every ``topic:partition`` the sequencer waits for."""
        return [f"{t}:{p}" for t in self.touchpoint_topics for p in range(self.partitions)]

    @property
    def webhook_urls(self) -> list[str]:
        return [url.strip() for url in self.alert_webhook_urls.split(",") if url.strip()]

    @property
    def clickhouse_dsn(self) -> str:
        """The DSN handed to clickhouse-connect: the configured URL or embedded chDB."""
        if self.clickhouse_url:
            return self.clickhouse_url
        return f"chdb://{(self.data_dir / 'clickhouse').resolve()}"

    @property
    def embedded_clickhouse(self) -> bool:
        return self.clickhouse_dsn.startswith("chdb://")

    @property
    def clickhouse_dsn_masked(self) -> str:
        """:attr:`clickhouse_dsn` fit for logs and messages: the password is ``***``."""
        return mask_password(self.clickhouse_dsn)

    @property
    def web_allowed_host_names(self) -> frozenset[str]:
        """Host names the worker's pages answer to (lower case, no port)."""
        names = {"127.0.0.1", "localhost", "::1", self.web_bind.strip().lower()}
        names.update(h.strip().lower() for h in self.web_allowed_hosts.split(",") if h.strip())
        if self.delivery_public_url:
            names.add((urlsplit(self.delivery_public_url).hostname or "").lower())
        return frozenset(n for n in names if n and n not in {"0.0.0.0", "::"})
