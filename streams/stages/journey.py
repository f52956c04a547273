"""Where in the customer journey a touchpoint sits.

Stages: awareness, consideration, purchase, onboarding, usage, support,
renewal, exit. A publisher that knows the stage sends it as
``attributes.journey_stage``; otherwise ordered rules from
``streams/stages/journey.toml`` read the touchpoint's kind, direction, the
intents and topics the enrichment found, the page and the scores it carries.
Pure: the enrichment stage calls :meth:`JourneyRules.stage_of` once per
touchpoint, after its text analytics.

This is the stage of one *touchpoint*. The customer's lifecycle status
(``voc.customers.journey_stage``: onboarding, active, at_risk, advocate,
churned) is a different thing, kept by the customer model.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_JOURNEY_FILE = Path(__file__).with_name("journey.toml")
STAGES = (
    "awareness",
    "consideration",
    "purchase",
    "onboarding",
    "usage",
    "support",
    "renewal",
    "exit",
)
#: The attribute a publisher may set to give the stage itself.
EXPLICIT = "journey_stage"
_CONDITIONS = (
    "kinds",
    "directions",
    "intents",
    "topics",
    "pages",
    "scores",
    "attributes",
    "phrases",
)
_SCORES = frozenset({"nps", "csat", "ces"})


@dataclass(frozen=True)
class Rule:
    stage: str
    kinds: frozenset[str] | None = None
    directions: frozenset[str] | None = None
    intents: frozenset[str] | None = None
    topics: frozenset[str] | None = None
    pages: tuple[str, ...] | None = None
    scores: frozenset[str] | None = None
    attributes: frozenset[str] | None = None
    #: lowercased; matched anywhere in the lowercased subject and text
    phrases: tuple[str, ...] | None = None

    def matches(
        self,
        kind: str,
        direction: str,
        intents: Sequence[str],
        topics: Sequence[str],
        attributes: dict[str, str],
        scores: dict[str, Any],
        text: str = "",
    ) -> bool:
        if self.kinds is not None and kind not in self.kinds:
            return False
        if self.directions is not None and direction not in self.directions:
            return False
        if self.intents is not None and self.intents.isdisjoint(intents):
            return False
        if self.topics is not None and self.topics.isdisjoint(topics):
            return False
        if self.pages is not None:
            page = attributes.get("page", "")
            if not page or not page.startswith(self.pages):
                return False
        if self.scores is not None and not any(scores.get(s) is not None for s in self.scores):
            return False
        if self.phrases is not None and not any(p in text for p in self.phrases):
            return False
        return self.attributes is None or not self.attributes.isdisjoint(attributes)


@dataclass(frozen=True)
class JourneyRules:
    rules: tuple[Rule, ...]
    default: str = "usage"
    stages: tuple[str, ...] = STAGES
    #: a short hash of the rules file: part of the enrichment's model_version
    version: str = ""

    def stage_of(
        self,
        kind: str,
        direction: str,
        intents: Sequence[str],
        topics: Sequence[str],
        attributes: dict[str, str],
        scores: dict[str, Any],
        text: str = "",
    ) -> str:
        """The stage of one touchpoint: the publisher's (when it is a known stage), else the
        first matching rule's, else ``default``. ``text``: subject and text, for ``phrases``."""
        given = attributes.get(EXPLICIT, "").strip().lower()
        if given in self.stages:
            return given
        lowered = text.lower()
        for rule in self.rules:
            if rule.matches(kind, direction, intents, topics, attributes, scores, lowered):
                return rule.stage
        return self.default


def _rule(entry: Any, stages: tuple[str, ...], number: int) -> Rule:
    where = f"[[rule]] #{number}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where} must be a table")
    unknown = sorted(set(entry) - {"stage", *_CONDITIONS})
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")
    stage = entry.get("stage")
    if stage not in stages:
        raise ValueError(f"{where}: stage {stage!r} is not one of {', '.join(stages)}")
    if not any(name in entry for name in _CONDITIONS):
        raise ValueError(f"{where}: needs at least one of {', '.join(_CONDITIONS)}")
    values: dict[str, Any] = {"stage": stage}
    for name in _CONDITIONS:
        if name not in entry:
            continue
        items = entry[name]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"{where}: {name} must be a list of strings")
        if name == "scores" and not _SCORES.issuperset(items):
            raise ValueError(f"{where}: scores are nps, csat or ces")
        if name == "phrases":
            values[name] = tuple(i.lower() for i in items)
        else:
            values[name] = tuple(items) if name == "pages" else frozenset(items)
    return Rule(**values)


def load_journey_rules(path: Path | None = None) -> JourneyRules:
    """Read and check the rules file; a typo is an error that names the rule."""
    source = path or DEFAULT_JOURNEY_FILE
    raw = source.read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    try:
        unknown = sorted(set(data) - {"stages", "default", "rule"})
        if unknown:
            raise ValueError(f"unknown key(s) {', '.join(unknown)}")
        stages = tuple(data.get("stages", STAGES))
        default = data.get("default", "usage")
        if default not in stages:
            raise ValueError(f"default {default!r} is not one of the stages")
        rules = tuple(_rule(e, stages, n) for n, e in enumerate(data.get("rule", []), start=1))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{source}: {exc}") from exc
    version = hashlib.blake2b(raw, digest_size=4).hexdigest()
    return JourneyRules(rules=rules, default=default, stages=stages, version=version)
