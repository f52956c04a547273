"""Delivery settings: one frozen dataclass, read once from :class:`Settings`.

Only ``streams/settings.py`` reads the environment. The fields below are read
from the ``Settings`` attribute of the same name prefixed with ``delivery_``
(env ``VOC_DELIVERY_<NAME>``) when it exists, else the default here applies,
so this works before and after those settings are added.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

DEFAULT_ROUTING_FILE = Path(__file__).with_name("routing.toml")


@dataclass(frozen=True)
class DeliveryConfig:
    #: The routing file (which rules and severities go where).
    routing_file: Path = DEFAULT_ROUTING_FILE
    #: After this long without a successful delivery an alert goes to the
    #: delivery dead-letter topic (per destination, from when it was queued).
    give_up_seconds: float = 900.0
    #: Exponential backoff between failed attempts: first delay, cap, and the
    #: share of each delay that is random (jitter; 0.5 = "equal jitter").
    backoff_first_seconds: float = 0.5
    backoff_max_seconds: float = 30.0
    backoff_jitter: float = 0.5
    #: One HTTP request may take this long (connect + send + answer).
    request_timeout_seconds: float = 10.0
    #: Slack accepts about one message per second per incoming webhook.
    slack_min_interval_seconds: float = 1.0
    #: Retry-After larger than this is capped (a broken proxy cannot park us for a day).
    max_retry_after_seconds: float = 300.0
    #: A Slack destination with at least this many alerts waiting gets one
    #: digest message (up to digest_max alerts) instead of one message each.
    digest_threshold: int = 3
    digest_max: int = 20
    #: Webhook requests in flight per destination while it answers.
    webhook_parallel: int = 4
    #: Alerts accepted but not yet delivered or dead-lettered; above this the
    #: delivery agent stops reading (backpressure) instead of growing memory.
    max_pending: int = 10_000
    #: Where the worker's /feedback endpoint is reachable from people and
    #: receivers (e.g. "https://voc.example.com"); empty: no feedback links.
    public_url: str = ""
    #: Link to the customer view, "{customer_id}" and "{account_id}" are
    #: substituted (e.g. "https://crm.example.com/c/{customer_id}"); empty: no link.
    customer_url: str = ""
    #: "name=url,name=url": URLs of the named destinations of routing.toml
    #: other than "slack" (VOC_SLACK_WEBHOOK_URL) and "webhooks"
    #: (VOC_ALERT_WEBHOOK_URLS). Secret: Slack webhook URLs are credentials.
    urls: str = ""

    def __post_init__(self) -> None:
        if self.give_up_seconds <= self.backoff_max_seconds:
            raise ValueError(
                f"the delivery give-up time ({self.give_up_seconds:g}s) must be longer than "
                f"the longest backoff ({self.backoff_max_seconds:g}s): otherwise an alert "
                "queued while a destination backs off is dead-lettered without one try"
            )

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> DeliveryConfig:
        """Read ``settings.delivery_<field>`` where present; ``overrides`` win."""
        values: dict[str, Any] = {}
        for item in fields(cls):
            value = getattr(settings, f"delivery_{item.name}", None)
            if value is None:
                continue
            if hasattr(value, "get_secret_value"):
                value = value.get_secret_value()
            values[item.name] = Path(value) if item.name == "routing_file" else value
        values.update(overrides)
        return cls(**values)

    def named_urls(self) -> dict[str, str]:
        """``urls`` parsed: ``{"retention": "https://hooks.slack.com/..."}``."""
        out: dict[str, str] = {}
        for pair in self.urls.split(","):
            if not pair.strip():
                continue
            name, sep, url = pair.partition("=")
            if not sep or not name.strip() or not url.strip():
                raise ValueError("VOC_DELIVERY_URLS must be 'name=url[,name=url]'")
            out[name.strip()] = url.strip()
        return out
