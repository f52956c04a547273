"""All configuration, read once from the environment (or a ``.env`` file).

Only this module reads the environment; everything else receives a
:class:`Settings` instance.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

CHANNELS = ("email", "phone", "web", "community", "social", "chat", "survey", "in_person")


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
    delivery_urls: SecretStr | None = None
    delivery_public_url: str = ""
    delivery_customer_url: str = ""
    #: Faust application id (consumer group and internal topic prefix).
    app_id: str = "voc-stream"
    topic_prefix: str = "voc"
    #: Partitions for the topics voc-stream creates.
    partitions: int = Field(default=4, ge=1)
    #: Local port of the worker's HTTP endpoint (``voc sql`` goes through it
    #: when the worker holds the embedded store).
    web_port: int = 6066
    #: Interface of that endpoint: loopback by default; 0.0.0.0 in a container
    #: so probes can reach it.
    web_bind: str = "127.0.0.1"
    #: ClickHouse writer batching: flush at this many rows or after this many seconds.
    sink_batch_rows: int = Field(default=5_000, ge=1)
    sink_batch_seconds: float = Field(default=0.5, gt=0)
    #: Longest a consumer fetch waits for data (Faust would use 1.5 s).
    fetch_max_wait_ms: int = Field(default=50, ge=1)
    #: Stream batch size for decode and enrichment.
    stream_batch: int = Field(default=500, ge=1)
    #: A topic classifier trained with ``voc train topics`` (adds its label to
    #: the rule-based topics when confident enough); unset: rules only.
    topic_model_dir: Path | None = None
    topic_model_min_confidence: float = Field(default=0.6, ge=0, le=1)
    #: How often (wall clock) the worker looks for customers who went silent.
    silence_check_seconds: float = Field(default=2.0, gt=0)
    log_level: str = "WARNING"

    # -- topic names (the contract in ARCHITECTURE.md) --------------------------------
    def touchpoint_topic(self, channel: str) -> str:
        return f"{self.topic_prefix}.touchpoints.{channel}"

    @property
    def touchpoint_topics(self) -> list[str]:
        return [self.touchpoint_topic(channel) for channel in CHANNELS]

    @property
    def dlq_topic(self) -> str:
        return f"{self.topic_prefix}.touchpoints.dlq"

    @property
    def enriched_topic(self) -> str:
        return f"{self.topic_prefix}.touchpoints.enriched"

    @property
    def alerts_topic(self) -> str:
        return f"{self.topic_prefix}.alerts"

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
