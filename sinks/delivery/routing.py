"""Routing: which destinations an alert goes to, from ``routing.toml``.

Loading validates the whole file once at start (unknown keys, rule ids or
destination names raise ``ValueError`` naming the file); routing an alert is
then a pure function of the alert.
"""

from __future__ import annotations

import operator
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemas.models import Alert

RULE_IDS = frozenset(
    {
        "detractor", "sentiment_drop", "repeat_contact", "churn_intent", "competitor_mention",
        "high_value_at_risk", "silence", "account_risk", "topic_spike",
    }
)  # fmt: skip
SEVERITIES = frozenset({"info", "warning", "critical"})
KINDS = frozenset({"slack", "webhook"})
_COMPARISON = re.compile(r"^\s*(>=|<=|!=|==|>|<)\s*(.+?)\s*$")
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt,
    "==": operator.eq, "!=": operator.ne,
}  # fmt: skip


@dataclass(frozen=True)
class Destination:
    """A place alerts go. ``url`` is a credential for Slack: never logged."""

    name: str
    kind: str
    url: str = field(repr=False)


@dataclass(frozen=True)
class DestinationSpec:
    name: str
    kind: str
    fallback: str | None = None


@dataclass(frozen=True)
class Route:
    to: tuple[str, ...]
    rules: frozenset[str] | None = None
    severities: frozenset[str] | None = None
    accounts: frozenset[str] | None = None
    details: tuple[tuple[str, Any], ...] = ()

    def matches(self, alert: Alert) -> bool:
        severity = str(getattr(alert.severity, "value", alert.severity))
        if self.rules is not None and alert.rule not in self.rules:
            return False
        if self.severities is not None and severity not in self.severities:
            return False
        if self.accounts is not None and (alert.account_id or "") not in self.accounts:
            return False
        return all(condition_holds(alert.details.get(k), c) for k, c in self.details)


@dataclass(frozen=True)
class Routing:
    destinations: Mapping[str, DestinationSpec]
    routes: tuple[Route, ...]

    def route(self, alert: Alert) -> list[str]:
        """Names of the destinations (as declared) of every route the alert matches."""
        names: dict[str, None] = {}
        for route in self.routes:
            if route.matches(alert):
                names.update(dict.fromkeys(route.to))
        return list(names)


def condition_holds(value: str | None, condition: Any) -> bool:
    """A ``details`` condition: equal, any of a list, or a comparison like ``">= 2000"``."""
    if value is None:
        return False
    if isinstance(condition, list):
        return value in condition
    text = str(condition)
    match = _COMPARISON.match(text)
    if not match:
        return value == text
    op, expected = _OPERATORS[match.group(1)], match.group(2)
    try:
        return op(float(value), float(expected))
    except ValueError:
        return op(value, expected)


def load_routing(path: Path) -> Routing:
    """Parse and validate the routing file; raises ``ValueError`` naming it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return parse_routing(data)
    except (TypeError, ValueError, KeyError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


def parse_routing(data: Mapping[str, Any]) -> Routing:
    _no_unknown(data, {"destinations", "routes"}, "top level")
    destinations: dict[str, DestinationSpec] = {}
    for name, spec in dict(data.get("destinations", {})).items():
        _no_unknown(spec, {"kind", "fallback"}, f"destination {name}")
        if spec.get("kind") not in KINDS:
            raise ValueError(f"destination {name}: kind must be one of {sorted(KINDS)}")
        destinations[name] = DestinationSpec(name, spec["kind"], spec.get("fallback"))
    for spec in destinations.values():
        if spec.fallback is not None and spec.fallback not in destinations:
            raise ValueError(f"destination {spec.name}: unknown fallback {spec.fallback!r}")
    routes = tuple(_route(i, raw, destinations) for i, raw in enumerate(data.get("routes", [])))
    return Routing(destinations, routes)


def _route(index: int, raw: Mapping[str, Any], destinations: Mapping[str, Any]) -> Route:
    where = f"route {index + 1}"
    _no_unknown(raw, {"to", "rules", "severities", "accounts", "details"}, where)
    to = tuple(raw.get("to", ()))
    if not to:
        raise ValueError(f"{where}: `to` names no destination")
    unknown = [name for name in to if name not in destinations]
    if unknown:
        raise ValueError(f"{where}: unknown destination(s) {', '.join(unknown)}")
    rules = _set(raw.get("rules"))
    if rules is not None and "*" in rules:
        rules = None
    elif rules is not None and rules - RULE_IDS:
        raise ValueError(f"{where}: unknown rule id(s) {', '.join(sorted(rules - RULE_IDS))}")
    severities = _set(raw.get("severities"))
    if severities is not None and severities - SEVERITIES:
        raise ValueError(
            f"{where}: unknown severities {', '.join(sorted(severities - SEVERITIES))}"
        )
    details = dict(raw.get("details", {}))
    for key, condition in details.items():
        if not isinstance(condition, (str, list)):
            raise ValueError(f"{where}: details.{key} must be a string or a list of strings")
    return Route(to, rules, severities, _set(raw.get("accounts")), tuple(sorted(details.items())))


def _set(values: Sequence[str] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(map(str, values))


def _no_unknown(table: Mapping[str, Any], known: set[str], where: str) -> None:
    if not isinstance(table, Mapping):
        raise ValueError(f"{where}: expected a table")
    unknown = sorted(set(table) - known)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")


def resolve_destinations(
    routing: Routing,
    slack_url: str | None,
    webhook_urls: Sequence[str],
    named_urls: Mapping[str, str],
) -> tuple[dict[str, Destination], dict[str, list[str]]]:
    """Concrete destinations, and what each declared name delivers to.

    ``webhooks`` expands to one destination per URL (``webhooks[1]``, ...);
    a name without a URL delivers to its fallback's destinations, or nowhere.
    """
    concrete: dict[str, Destination] = {}
    direct: dict[str, list[str]] = {}
    for name, spec in routing.destinations.items():
        if name == "webhooks":
            urls = list(webhook_urls)
        elif name == "slack":
            urls = [slack_url] if slack_url else []
        else:
            urls = [named_urls[name]] if named_urls.get(name) else []
        if len(urls) == 1 and name != "webhooks":
            labels = [name]
        else:
            labels = [f"{name}[{i}]" for i in range(1, len(urls) + 1)]
        for label, url in zip(labels, urls, strict=True):
            concrete[label] = Destination(label, spec.kind, url)
        direct[name] = labels
    targets: dict[str, list[str]] = {}
    for name in routing.destinations:
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current not in seen and not direct[current]:
            seen.add(current)
            current = routing.destinations[current].fallback
        targets[name] = list(direct[current]) if current is not None and current not in seen else []
    return concrete, targets


def targets_for(alert: Alert, routing: Routing, targets: Mapping[str, list[str]]) -> list[str]:
    """The concrete destinations of one alert (fallbacks applied, no duplicates)."""
    out: dict[str, None] = {}
    for name in routing.route(alert):
        out.update(dict.fromkeys(targets.get(name, [])))
    return list(out)
