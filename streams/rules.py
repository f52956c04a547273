"""Stage 5: early-warning rules, pure functions of (customer state, touchpoint).

Each rule returns the alerts it raises for one touchpoint that was just folded
into the state (see streams/alerting.py for ids and dedup keys).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemas.models import Alert, EnrichedTouchpoint, Severity
from streams.alerting import new_alert
from streams.state import CustomerState

DEFAULT_RULES_FILE = Path(__file__).with_name("rules.toml")


@dataclass(frozen=True)
class DetractorConfig:
    enabled: bool = True
    max_nps: int = 6
    critical_nps: int = 3


@dataclass(frozen=True)
class RulesConfig:
    detractor: DetractorConfig = DetractorConfig()


def load_rules_config(path: Path | None = None) -> RulesConfig:
    """Read thresholds from the TOML file; unknown keys are an error, not a silent typo."""
    source = path or DEFAULT_RULES_FILE
    data: dict[str, Any] = tomllib.loads(source.read_text(encoding="utf-8"))
    try:
        return RulesConfig(detractor=DetractorConfig(**data.get("detractor", {})))
    except TypeError as exc:
        raise ValueError(f"{source}: {exc}") from exc


def make_alert(
    rule: str,
    severity: Severity,
    state: CustomerState,
    event: EnrichedTouchpoint,
    explanation: str,
    evidence: list[str],
    details: dict[str, str],
    now: datetime,
) -> Alert:
    """An alert about one customer, triggered by ``event``."""
    return new_alert(
        rule,
        severity,
        subject=state.customer_id,
        trigger_event_id=event.event_id,
        event_time=event.occurred_at,
        explanation=explanation,
        evidence=evidence,
        now=now,
        customer_id=state.customer_id,
        account_id=state.account_id,
        details=details,
    )


def detractor(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """An NPS answer of 0-6: the customer says they would not recommend us."""
    rule = config.detractor
    nps = event.scores.nps
    if not rule.enabled or nps is None or nps > rule.max_nps:
        return []
    severity = Severity.critical if nps <= rule.critical_nps else Severity.warning
    comment = f' They wrote: "{event.text[:160]}"' if event.text else ""
    explanation = (
        f"Customer {state.customer_id} answered NPS {nps}/10 on {event.channel.value} "
        f"(detractor, threshold {rule.max_nps}).{comment}"
    )
    return [
        make_alert(
            "detractor",
            severity,
            state,
            event,
            explanation,
            [event.event_id],
            {"nps": str(nps), "sentiment": f"{event.sentiment:.2f}"},
            now,
        )
    ]


Rule = Callable[[RulesConfig, CustomerState, EnrichedTouchpoint, datetime], list[Alert]]
CUSTOMER_RULES: tuple[Rule, ...] = (detractor,)


def evaluate_rules(
    config: RulesConfig,
    state: CustomerState,
    event: EnrichedTouchpoint,
    now: datetime | None = None,
) -> list[Alert]:
    """All alerts raised by one freshly applied touchpoint."""
    moment = now or datetime.now(UTC)
    return [alert for rule in CUSTOMER_RULES for alert in rule(config, state, event, moment)]
