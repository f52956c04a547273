"""Stage 5: early-warning rules, pure functions of (customer state, touchpoint).

Each rule returns the alerts it raises for one touchpoint that was just folded
into the state (see streams/alerts/alerting.py for ids and dedup keys). Rules that
people trust:

- windows and cooldowns run in stream time (``occurred_at``), never the wall
  clock, so a replay raises the same alerts as the live run did;
- a cooldown per rule and customer keeps one problem from paging twice, and
  score-threshold rules latch (hysteresis: fire above ``enter``, re-arm only
  below ``exit``) so a score hovering at the threshold does not flap;
- the alert memory lives in ``CustomerState.alerts``, so :func:`evaluate_rules`
  and :func:`check_silence` update the state: persist it after calling them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from schemas.models import Alert, Direction, EnrichedTouchpoint, Kind, Severity
from streams.alerts.alerting import new_alert
from streams.customer.config import (
    REPEAT_PHRASES,
    RULES_FILE,
    ModelConfig,
    RiskConfig,
    read_false_friends,
    read_rules_file,
)
from streams.customer.phrases import phrase_pattern
from streams.customer.segments import profile
from streams.customer.state import NOT_CONTACT, CustomerState, refresh_churn_risk
from streams.customer.threads import named_again, named_case, problem_of
from streams.customer.timeline import days_between, parse_time
from streams.customer.wording import (
    UPSET,
    is_complaint,
    is_negative,
    is_positive,
    said_text,
)
from streams.text.marks import REPLY_PREFIX

DEFAULT_RULES_FILE = RULES_FILE
#: Sections of the rules file read by other modules (streams/stages/accounts.py, topics).
OTHER_SECTIONS = frozenset({"account_risk", "topic_spike", "emerging_theme", "expectation_shift"})


@dataclass(frozen=True)
class DetractorConfig:
    enabled: bool = True
    max_nps: int = 6
    critical_nps: int = 3
    cooldown_days: float = 7.0


@dataclass(frozen=True)
class SentimentDropConfig:
    enabled: bool = True
    window_days: float = 10.0
    baseline_days: float = 60.0
    min_baseline: int = 2
    #: A usual of fewer messages than this holds only with one plainly good message
    #: among them (thanks, praise, or at satisfied_sentiment or above): two grumbles
    #: the model reads mildly positive are no usual to fall from.
    trusted_baseline: int = 3
    min_drop: float = 0.5
    max_level: float = -0.2
    #: A recent mean this far below the usual needs only to be below zero, not at or below
    #: max_level: a customer who praised every visit and now writes "Silicone smeared over
    #: the new frame this time" (-0.14) and "60 € ... De verdad, Vidralo?" (-0.09) has
    #: fallen, however mildly the model reads the words.
    deep_drop: float = 0.8
    min_negative: int = 3
    min_span_hours: float = 18.0
    many_negative: int = 5
    critical_level: float = -0.6
    cooldown_days: float = 14.0
    #: A detractor NPS answer (0-6) counts as a message of this sentiment (its comment,
    #: "bof", is often too short to score), and as a complaint right after a thanks.
    detractor_sentiment: float = -0.5
    #: A satisfied answer (NPS promoter 9-10, CSAT 4-5) counts as a message of this
    #: sentiment (its comment's own score when scored): part of the customer's usual.
    satisfied_sentiment: float = 0.5
    #: A recent message below zero and this far below the customer's usual counts as a
    #: negative one ("Otra factura confusa, lo de siempre" -0.18 from a usual of +0.44):
    #: negative for this customer, whatever the model's fixed threshold.
    below_usual: float = 0.5
    #: A question the model reads at or below this ("Il se passe quoi ?" -0.50), calm in
    #: the customer's mood, says right around a thanks that nothing was sorted (not one
    #: it reads mildly: "Quick q: does the pass cover e-bikes?" -0.21).
    question_negative: float = -0.4


@dataclass(frozen=True)
class RepeatContactConfig:
    enabled: bool = True
    window_days: float = 7.0
    min_contacts: int = 3
    min_contacts_when_said: int = 2
    critical_contacts: int = 4
    phrases: tuple[str, ...] = REPEAT_PHRASES
    reply_subject_is_repeat: bool = True
    cooldown_days: float = 14.0


@dataclass(frozen=True)
class ChurnIntentConfig:
    enabled: bool = True
    cooldown_days: float = 30.0


@dataclass(frozen=True)
class CompetitorMentionConfig:
    enabled: bool = True
    max_sentiment: float = -0.2
    cooldown_days: float = 14.0


@dataclass(frozen=True)
class HighValueConfig:
    enabled: bool = True
    min_order_value: float = 2000.0
    plans: tuple[str, ...] = ("enterprise",)
    enter_risk: int = 45
    exit_risk: int = 30
    cooldown_days: float = 14.0
    #: Customers whose purchases reach this also alert on their first negative
    #: complaint, whatever the churn risk (losing them costs too much to wait).
    complaint_order_value: float = 5000.0


@dataclass(frozen=True)
class SilenceConfig:
    enabled: bool = True
    min_contacts: int = 6
    gap_multiplier: float = 4.0
    min_days: float = 10.0
    min_churn_risk: int = 20


@dataclass(frozen=True)
class RulesConfig:
    model: ModelConfig = field(default_factory=ModelConfig)
    risk: RiskConfig = field(default_factory=RiskConfig)
    detractor: DetractorConfig = DetractorConfig()
    sentiment_drop: SentimentDropConfig = SentimentDropConfig()
    repeat_contact: RepeatContactConfig = RepeatContactConfig()
    churn_intent: ChurnIntentConfig = ChurnIntentConfig()
    competitor_mention: CompetitorMentionConfig = CompetitorMentionConfig()
    high_value_at_risk: HighValueConfig = HighValueConfig()
    silence: SilenceConfig = SilenceConfig()
    #: Raw sections owned by other modules (``[account_risk]``, ``[topic_spike]``).
    others: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)


def config_section(cls: type[Any], values: Any, where: str) -> Any:
    """One ``[where]`` table of the rules file as the dataclass ``cls``; typos are errors."""
    if not isinstance(values, dict):
        raise ValueError(f"[{where}] must be a table")
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ValueError(f"[{where}]: unknown key(s) {', '.join(unknown)}")
    for key, value in values.items():
        if known[key].type in ("tuple[str, ...]", tuple[str, ...]) and not (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        ):
            raise ValueError(f"[{where}] {key} must be a list of strings")
    converted = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    if cls is ModelConfig and "false_friends" in values:
        converted["false_friends"] = read_false_friends(
            values["false_friends"], f"{where}.false_friends"
        )
    return cls(**converted)


def load_rules_config(path: Path | None = None) -> RulesConfig:
    """Read thresholds from the TOML file; unknown keys are an error, not a silent typo."""
    source = path or DEFAULT_RULES_FILE
    data = read_rules_file(source)
    mine = {f.name: f for f in fields(RulesConfig) if f.name != "others"}
    try:
        unknown = sorted(set(data) - set(mine) - OTHER_SECTIONS)
        if unknown:
            raise ValueError(f"unknown section(s) {', '.join(unknown)}")
        sections = {
            name: config_section(type(getattr(RulesConfig(), name)), data[name], name)
            for name in mine
            if name in data
        }
        others = {name: dict(data[name]) for name in OTHER_SECTIONS if name in data}
        if "repeat_phrases" in data.get("model", {}):
            raise ValueError("[model]: repeat_phrases are [repeat_contact] phrases")
        if "repeat_contact" in sections:  # the model reads the same phrases as the rule
            phrases = sections["repeat_contact"].phrases
            sections["model"] = replace(
                sections.get("model", ModelConfig()), repeat_phrases=phrases
            )
        return RulesConfig(**sections, others=others)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{source}: {exc}") from exc


# ------------------------------------------------------------------ helpers --


def _at(event: EnrichedTouchpoint) -> str:
    return event.occurred_at.isoformat()


def _cooling(state: CustomerState, rule: str, at: str, days: float) -> bool:
    """True while the rule's last alert for this customer is within ``days`` (stream time)."""
    last = state.alerts.get(rule, {}).get("last_at")
    return last is not None and abs(days_between(last, at)) < days


def _remember(state: CustomerState, rule: str, at: str, **extra: Any) -> None:
    memory = state.alerts.setdefault(rule, {})
    memory["last_at"] = max(memory.get("last_at") or at, at)
    memory["count"] = memory.get("count", 0) + 1
    memory.update(extra)


def _inbound(event: EnrichedTouchpoint) -> bool:
    return event.direction is Direction.inbound


def _quote(event: EnrichedTouchpoint) -> str:
    text = " ".join((event.text or "").split())  # one line, for Slack and ClickHouse
    return f' They wrote: "{text[:160]}"' if text else ""


def says_repeat(
    event: EnrichedTouchpoint, config: RepeatContactConfig, model: ModelConfig
) -> str | None:
    """The words by which the customer says this is a repeat contact, if any: a reply
    prefix opening the subject or the message ("RE:", "RES:", "AW:", "R:") too."""
    if config.reply_subject_is_repeat:
        for part in (event.subject or "", event.text or ""):
            prefix = REPLY_PREFIX.match(part)
            if prefix:
                return prefix.group(0).strip().upper()
    pattern = phrase_pattern(config.phrases)
    if pattern is None:
        return None
    said = said_text(f"{event.subject or ''} {event.text or ''}", model, event.language)
    found = pattern.search(said)
    return found.group(0) if found else None


def says_still(event: EnrichedTouchpoint, model: ModelConfig) -> str | None:
    """The words by which the customer says the problem is still there (``[model]
    persists_phrases``: "still", "any news", "immer noch"), if any."""
    pattern = phrase_pattern(model.persists_phrases)
    if pattern is None:
        return None
    found = pattern.search(said_text(event.text or "", model, event.language))
    return found.group(0) if found else None


def customer_alert(
    rule: str,
    severity: Severity,
    state: CustomerState,
    trigger_id: str,
    event_time: datetime,
    explanation: str,
    evidence: list[str],
    details: dict[str, str],
    now: datetime,
) -> Alert:
    """An alert about one customer; ``trigger_id`` makes its id stable across replays."""
    # Routing (sinks/delivery/routing.toml) can send by value or plan.
    details = {
        "churn_risk": str(state.churn_risk),
        "order_value_total": f"{state.order_value_total:.2f}",
        "plan": state.plan or "",
        **details,
    }
    return new_alert(
        rule,
        severity,
        subject=state.customer_id,
        trigger_event_id=trigger_id,
        event_time=event_time,
        explanation=explanation,
        evidence=list(dict.fromkeys(evidence)),
        now=now,
        customer_id=state.customer_id,
        account_id=state.account_id,
        details=details,
    )


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
    return customer_alert(
        rule,
        severity,
        state,
        event.event_id,
        event.occurred_at,
        explanation,
        evidence,
        details,
        now,
    )


# -------------------------------------------------------------------- rules --


def detractor(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """An NPS answer of 0-6: the customer says they would not recommend us."""
    rule = config.detractor
    nps = event.scores.nps
    if not rule.enabled or nps is None or nps > rule.max_nps:
        return []
    if _cooling(state, "detractor", _at(event), rule.cooldown_days):
        return []
    _remember(state, "detractor", _at(event))
    severity = Severity.critical if nps <= rule.critical_nps else Severity.warning
    explanation = (
        f"Customer {state.customer_id} answered NPS {nps}/10 on {event.channel.value} "
        f"(detractor, threshold {rule.max_nps}).{_quote(event)}"
    )
    details = {"nps": str(nps), "sentiment": f"{event.sentiment:.2f}"}
    return [
        make_alert("detractor", severity, state, event, explanation, [event.event_id], details, now)
    ]


def _says_it_again(
    entry: list[Any], earlier: list[Any], answers: set[str], model: ModelConfig
) -> bool:
    """A negative message (``scored_recent`` entry) that says an ``earlier`` one again:
    its words copied within ``episode_hours`` (posted on another channel), or days later
    when they complain of nothing (no complaint, no upset: "Nachtschicht vorbei, schnell
    noch die Wartung gebucht" -0.42, three times in a week, is one note; the same
    complaint on three days is the problem going on), or a detractor survey answer
    (``answers``, the unscored ones) within ``episode_hours`` after a negative message."""
    soon = days_between(earlier[0], entry[0]) * 24 < model.episode_hours
    if len(entry) > 7 and len(earlier) > 7 and entry[7] == earlier[7]:
        return soon or not entry[5]
    return soon and entry[2] in answers and earlier[2] not in answers


def sentiment_drop(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """A sustained fall from the customer's own baseline, not one bad message or one bad day.

    *Recent*: the customer's scored messages from the first negative one of the
    last ``window_days`` (or the first of two or more mild ones ``deep_drop`` below
    the usual) that no thanks followed (a "thanks, sorted" ends a bad
    spell, see :func:`streams.customer.wording.says_thanks`; one misread
    compliment days before is not its start);
    *baseline*: their messages before it (``baseline_days`` back, at least
    ``min_baseline`` of them; fewer than ``trusted_baseline``, one of them plainly
    good: a thanks, praise, or at ``satisfied_sentiment``). Fires when the recent mean is
    ``min_drop`` below the baseline's mean and at or below ``max_level``, with
    at least ``min_negative`` recent negative messages spread over
    ``min_span_hours`` or more (one angry afternoon is not a trend), or
    ``many_negative`` of them, the triggering one negative. A detractor NPS answer
    is one of the customer's messages here, at ``detractor_sentiment`` (its comment's
    own score when scored), and a complaint right after a thanks.
    """
    rule, name = config.sentiment_drop, "sentiment_drop"
    model = config.model
    if not rule.enabled or not _inbound(event):
        return []
    # The triggering message is negative, or a complaint the model reads near neutral
    # ("Chloé est rentrée avec les épaules brûlées par le soleil ... mais il faut bien que
    # quelqu'un la mette aux enfants" -0.14): it is a negative message of the fall below.
    triggers = is_negative(event, model) or is_complaint(event, model)
    if event.scored and (not triggers or event.praise_cue):
        return []
    # Unscored, it counts only as a detractor answer or a complaint in words the model
    # could not score, negative messages here as in the history below: the slide's last
    # word is often the survey ("trop long", NPS 1) and may be what makes it sustained.
    if not event.scored and event.event_id not in {
        *state.signal_ids("detractor"),
        *state.signal_ids("unscored_complaint"),
    }:
        return []
    at = _at(event)
    since = (event.occurred_at - timedelta(days=rule.window_days)).isoformat()
    oldest = (event.occurred_at - timedelta(days=rule.baseline_days)).isoformat()
    # Praise the model misreads ("bin echt zufrieden mit dem Abo" -0.20, "Contentissima
    # della polizza" -0.31; enrichment's praise_cue) is no negative message: it says the
    # customer was satisfied, as a promoter's answer does (satisfied_sentiment).
    history = [
        [*s[:1], max(s[1], rule.satisfied_sentiment), *s[2:]] if len(s) > 6 and s[6] else s
        for s in state.scored_recent
        if oldest <= s[0] <= at
    ]
    # A detractor NPS answer says how the customer feels as plainly as a message: a
    # negative one (its comment, when scored, keeps its own score), and a complaint
    # right after a thanks (entries as scored_recent's).
    answers = [(w, e) for w, e in state.signals.get("detractor", []) if oldest <= w <= at]
    detractors = {eid for _, eid in answers}
    scored = {s[2] for s in history}
    history += [
        [when, rule.detractor_sentiment, eid, None, False, True]
        for when, eid in answers
        if eid not in scored
    ]
    # So does a complaint in words the model could not score (its language), once (a
    # detractor answer's comment, "bad", is that answer).
    history += [
        [when, rule.detractor_sentiment, eid, None, False, True]
        for when, eid in state.signals.get("unscored_complaint", [])
        if oldest <= when <= at and eid not in detractors
    ]
    # A promoter or satisfied CSAT answer is how the customer usually feels, as plainly;
    # so is praise in words the model could not score ("obg, perfeito"), and a calm
    # question so worded is a neutral message.
    usual = [("satisfied", rule.satisfied_sentiment), ("unscored_praise", rule.satisfied_sentiment)]
    usual += [("unscored_calm", 0.0)]
    history += [
        [when, sentiment, eid, None, False, False]
        for signal, sentiment in usual
        for when, eid in state.signals.get(signal, [])
        if oldest <= when <= at and eid not in scored
    ]
    history.sort(key=lambda s: s[0])
    # The fall starts at the first negative message of the window after the last thanks
    # that held (messages stored before the thanks flag existed: a positive one). A
    # thanks amid a bad spell, a negative message just before it and a complaint (intent
    # or upset, read as negative) just after, did not end it ("Génial, encore un « nous
    # regardons ». Merci hein." reads +1.0): it neither starts the fall anew nor counts
    # in its level.
    thanks = [bool(s[4]) if len(s) > 4 else s[1] >= model.positive_sentiment for s in history]
    low = model.negative_sentiment

    def asked_low(entry: list[Any]) -> bool:
        # A question the model reads as plainly negative ("Il se passe quoi ?", -0.50)
        # is calm in the customer's mood; right around a thanks it says nothing was sorted.
        return len(entry) > 8 and entry[8] is not None and entry[8] <= rule.question_negative

    def contradicted(i: int) -> bool:
        if i == 0 or i + 1 >= len(history):
            return False
        before, after = history[i - 1], history[i + 1]
        if before[1] > low and not asked_low(before):
            return False
        complains = (len(after) > 5 and bool(after[5])) or after[2] in detractors
        return (complains and after[1] <= low) or asked_low(after)

    held = (i for i, said in enumerate(thanks) if said and not contradicted(i))
    after = 1 + max(held, default=-1)

    def says_complaint(i: int) -> bool:
        # Said so (the complaint intent) or upset, neither a thanks nor praise, whatever
        # the model's score: "Agent: ... Client: Suite à mon appel ..." with frustration
        # reads +0.18; for this customer it is a negative message of the fall.
        s = history[i]
        return len(s) > 5 and bool(s[5]) and not thanks[i] and not (len(s) > 6 and s[6])

    def mildly_below(s: list[Any], usual: float) -> bool:
        # Below zero, above the model's negative threshold, and deep_drop or more under
        # the usual: a mild gripe of a customer who praised every visit.
        level = float(s[1])
        return model.negative_sentiment < level < 0.0 and usual - level >= rule.deep_drop

    def starts_mildly(i: int) -> bool:
        # A slide told in mild words starts at its first mild word, not at the first the
        # model reads as plainly negative, which left the mild ones in the usual and the
        # fall short of min_negative: "12 jours pour une pile cette fois au lieu de 7"
        # and "Bracelet revenu rayé et le fermoir accroche" (-0.06 each) after a week of
        # "Service au top" (+0.79). Only from a plainly happy usual (a routine note read
        # -0.04 after a usual of +0.51 starts nothing), and only when a second mild word
        # follows: one mild message is as often a misread compliment ("Copias nítidas y
        # colores fieles." -0.18) days before one bad day.
        # The usual (the mean of every message before) is summed only for a message in
        # the mild band, not for each message the search passes.
        if i < rule.min_baseline or not model.negative_sentiment < history[i][1] < 0.0:
            return False
        usual = sum(e[1] for e in history[:i]) / i
        return mildly_below(history[i], usual) and any(
            mildly_below(s, usual) for s in history[i + 1 :]
        )

    start = next(
        (
            i
            for i, s in enumerate(history)
            if i >= after
            and s[0] >= since
            and (s[1] <= model.negative_sentiment or says_complaint(i) or starts_mildly(i))
        ),
        len(history),
    )
    baseline = history[:start]
    recent = [s for i, s in enumerate(history) if i >= start and not thanks[i]]
    said = {history[i][2] for i in range(start, len(history)) if says_complaint(i)}
    if len(baseline) < rule.min_baseline:
        return []
    # A short usual must hold a plainly good message: a steadily grumpy customer's
    # "Chat only works office hours, aka when I'm at work too" (+0.35) and "Four hour
    # delivery window. Four hours. In 2026" (+0.20) are no good spell a fall starts from.
    if len(baseline) < rule.trusted_baseline and not any(
        thanks[i] or s[1] >= rule.satisfied_sentiment for i, s in enumerate(baseline)
    ):
        return []
    base = sum(s[1] for s in baseline) / len(baseline)
    # Negative for this customer: at or below the model's threshold, or below zero and
    # below_usual under their own usual (a model that reads a language's complaints
    # mildly, "lo de siempre" -0.18, still shows them below a usual of +0.44).
    negative = [
        s
        for s in recent
        if s[1] <= model.negative_sentiment
        or (s[1] < 0 and base - s[1] >= rule.below_usual)
        or s[2] in said
    ]
    # One bad moment is one negative message: the same words posted again (on another
    # channel; days later, a note that complains of nothing), or the detractor survey
    # answered within episode_hours of a negative message, say it once. One bad day and
    # the next day's "sorry for yesterday" are two negative messages, not three.
    negative = [
        s
        for i, s in enumerate(negative)
        if not any(_says_it_again(s, e, detractors - scored, model) for e in negative[:i])
    ]
    # The same words the customer's usual already held are their usual, not a fall: a
    # steadily grumpy customer posting "Le créneau de livraison change sans prévenir"
    # again ten days later.
    usual_words = {s[7] for s in baseline if len(s) > 7}
    negative = [s for s in negative if len(s) <= 7 or s[7] not in usual_words]
    if len(negative) < rule.min_negative:
        return []
    span_h = days_between(negative[0][0], negative[-1][0]) * 24
    level = sum(s[1] for s in recent) / len(recent)
    sustained = span_h >= rule.min_span_hours or len(negative) >= rule.many_negative
    # Fallen to max_level, or, deep_drop or more below the usual, only below zero.
    fallen = level <= rule.max_level or (base - level >= rule.deep_drop and level < 0.0)
    if (
        not sustained
        or not fallen
        or base - level < rule.min_drop
        or _cooling(state, name, at, rule.cooldown_days)
    ):
        return []
    _remember(state, name, at)
    explanation = (
        f"Customer {state.customer_id}: sentiment fell from {base:+.2f} (their usual, "
        f"{len(baseline)} messages) to {level:+.2f} since {recent[0][0][:10]}, "
        f"{len(negative)} of {len(recent)} messages negative across {span_h / 24:.1f} days."
    )
    severity = Severity.critical if level <= rule.critical_level else Severity.warning
    details = {
        "baseline": f"{base:.2f}",
        "level": f"{level:.2f}",
        "messages": str(len(recent)),
        "span_hours": f"{span_h:.1f}",
    }
    evidence = [s[2] for s in negative]
    return [make_alert(name, severity, state, event, explanation, evidence, details, now)]


def repeat_contact(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """The same unresolved problem raised again: several contact episodes of one thread.

    A thread (:func:`streams.customer.threads._fold_problem`) links contacts on the
    same topic, or about an open issue, on any channel, until a positive contact
    resolves it; contacts that only ask a question or say thanks are not in it.
    """
    rule, name = config.repeat_contact, "repeat_contact"
    if not rule.enabled or not _inbound(event) or event.kind in NOT_CONTACT:
        return []
    thread = problem_of(state, event.event_id)
    if thread is None or not thread["open"] or not thread.get("problem", True):
        return []  # no thread, resolved, or only neutral contacts on a topic so far
    at = _at(event)
    since = (event.occurred_at - timedelta(days=rule.window_days)).isoformat()
    episodes = [e for e in thread["episodes"] if since <= e[0] <= at]
    # Said: a repeat ("third time", "RE:") or still so ("still", "any news"): the
    # customer tells us the problem was raised before.
    said = says_repeat(event, rule, config.model) or says_still(event, config.model)
    # Naming the case our answer gave says so too ("Me again about SLV-588868").
    case = named_case(state, event, config.model)
    # So does naming again the reference an earlier contact of the thread named ("case
    # em en 57 09 14" after "... (case MN-570914)"), ours or not, or quoting again the
    # error code one quoted ("Sempre l'errore AD-734").
    again = None if case else named_again(thread, event)
    if thread.get("said_copy"):
        # A copy of a message that said so before says nothing new; a colleague's matter
        # ("As Chloe wrote yesterday: case FX-BB0003 ...") says nothing of this customer's.
        said = case = again = None
    needed = rule.min_contacts_when_said if said or case or again else rule.min_contacts
    if len(episodes) < needed or _cooling(state, name, at, rule.cooldown_days):
        return []
    said_part = f' and says so ("{said}")' if said else ""
    said_part = said_part or (f" and names the case we gave ({case})" if case else "")
    if again and not said_part:
        code = again in thread.get("codes", [])  # quoted as a code, not named as a case
        said_part = f" and {'quotes its error code' if code else 'names its case'} again ({again})"
    span = days_between(episodes[0][0], at)
    tail = f"{said_part}.{_quote(event)}"
    return [
        _repeat_alert(
            rule, state, event, thread, episodes, span, bool(said or case or again), tail, now
        )
    ]


def _repeat_alert(
    rule: RepeatContactConfig,
    state: CustomerState,
    event: EnrichedTouchpoint,
    thread: dict[str, Any],
    episodes: list[Any],
    span: float,
    said: bool,
    tail: str,
    now: datetime,
    **details: str,
) -> Alert:
    """The repeat_contact alert on ``event`` for a thread's ``episodes`` (remembered for
    the cooldown): its explanation ends with ``tail``; ``details`` add to the usual ones."""
    name = "repeat_contact"
    topic = ", ".join(thread["topics"]) or "one open issue"
    _remember(state, name, _at(event), topic=topic)
    channels = ", ".join(dict.fromkeys(e[2] for e in episodes))
    explanation = (
        f"Customer {state.customer_id} raised the same unresolved problem ({topic}) "
        f"{len(episodes)} times in {span:.1f} days, on {channels}{tail}"
    )
    severity = Severity.critical if len(episodes) >= rule.critical_contacts else Severity.warning
    details = {"topic": topic, "contacts": str(len(episodes)), "said_repeat": str(said), **details}
    evidence = [e[1] for e in episodes]
    return make_alert(name, severity, state, event, explanation, evidence, details, now)


def merge_candidates(state: CustomerState) -> list[dict[str, Any]]:
    """The open problem threads a merge joined across identifiers (copies), taken
    before the touchpoint that linked them is applied: a thanks in that very
    touchpoint closes them after :func:`merge_repeat_contact` has looked at them."""
    return [
        copy.deepcopy(t)
        for t in state.problems
        if t.get("joined") and t["open"] and t.get("problem", True)
    ]


def merge_repeat_contact(
    config: RulesConfig,
    state: CustomerState,
    event: EnrichedTouchpoint,
    threads: list[dict[str, Any]],
    now: datetime,
) -> list[Alert]:
    """repeat_contact revealed by an identity merge, raised on the touchpoint that
    linked the identifiers (``event``).

    The customer raised one open problem under identifiers linked only now (an
    e-mail, then a phone call): no key's thread was a repeat, the joined one is
    (:func:`streams.customer.merge._threads`). ``threads`` are
    :func:`merge_candidates`, taken before ``event`` was applied. It fires when
    the joined thread meets the rule as if every contact had come under one key:
    ``min_contacts`` episodes within ``window_days`` of ``event``, or
    ``min_contacts_when_said`` up to a contact that said it is a repeat or still
    so; not while the rule cools down for this customer (raised already, under
    either key). Call it after :func:`evaluate_rules` for the same touchpoint.
    """
    rule, name = config.repeat_contact, "repeat_contact"
    at = _at(event)
    if not rule.enabled or not threads or _cooling(state, name, at, rule.cooldown_days):
        return []
    since = (event.occurred_at - timedelta(days=rule.window_days)).isoformat()
    for thread in reversed(threads):
        episodes = [e for e in thread["episodes"] if since <= e[0] <= at]
        said = [
            s
            for s in thread.get("said", [])
            if since <= s[0] <= at
            and sum(e[0] <= s[0] for e in episodes) >= rule.min_contacts_when_said
        ]
        if len(episodes) < rule.min_contacts and not said:
            continue
        said_part = " and said it was a repeat" if said else ""
        span = days_between(episodes[0][0], episodes[-1][0])
        tail = f"{said_part}, under identifiers this contact has just linked."
        return [
            _repeat_alert(
                rule,
                state,
                event,
                thread,
                episodes,
                span,
                bool(said),
                tail,
                now,
                revealed_by="identity merge",
            )
        ]
    return []


def churn_intent(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """The customer says they want to cancel, or cancels."""
    rule, name = config.churn_intent, "churn_intent"
    if not rule.enabled or not _inbound(event):
        return []
    cancels = event.kind is Kind.cancellation
    if not cancels and "cancellation" not in event.intents:
        return []
    at = _at(event)
    if _cooling(state, name, at, rule.cooldown_days):
        return []
    _remember(state, name, at)
    what = "cancelled" if cancels else "said they want to cancel"
    explanation = (
        f"Customer {state.customer_id} {what} on {event.channel.value} "
        f"(churn risk {state.churn_risk}/100).{_quote(event)}"
    )
    evidence = [*state.signal_ids("cancellation_intent"), *state.signal_ids("cancellation")]
    details = {"kind": event.kind.value}
    return [make_alert(name, Severity.critical, state, event, explanation, evidence, details, now)]


def competitor_mention(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """A competitor named while unhappy, or together with a wish to cancel."""
    rule, name = config.competitor_mention, "competitor_mention"
    if not rule.enabled or not _inbound(event) or not event.competitors:
        return []
    cancelling = "cancellation" in event.intents
    # Unhappy: a negative message, or a complaint the sentiment model missed.
    unhappy = (event.scored and event.sentiment <= rule.max_sentiment) or (
        "complaint" in event.intents and not is_positive(event, config.model)
    )
    at = _at(event)
    if not (unhappy or cancelling) or _cooling(state, name, at, rule.cooldown_days):
        return []
    _remember(state, name, at)
    names = ", ".join(event.competitors)
    mood = "with a wish to cancel" if cancelling else f"with sentiment {event.sentiment:+.2f}"
    explanation = (
        f"Customer {state.customer_id} mentioned {names} {mood} "
        f"on {event.channel.value}.{_quote(event)}"
    )
    severity = Severity.critical if cancelling else Severity.warning
    details = {"competitors": names, "sentiment": f"{event.sentiment:.2f}"}
    return [make_alert(name, severity, state, event, explanation, [event.event_id], details, now)]


def high_value_at_risk(
    config: RulesConfig, state: CustomerState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """A valuable customer whose churn risk reached ``enter_risk`` (re-armed below exit_risk)."""
    rule, name = config.high_value_at_risk, "high_value_at_risk"
    if not rule.enabled:
        return []
    memory = state.alerts.get(name, {})
    if not memory.get("armed", True) and state.churn_risk < rule.exit_risk:
        memory["armed"] = True
    plan = (state.plan or "").lower()
    valuable = state.order_value_total >= rule.min_order_value or plan in rule.plans
    at = _at(event)
    # A complaint said so (intent) or upset, read as negative: not a remark the model
    # reads as negative ("Poupei 18€ este mes, obg pela dica", -0.24).
    said = "complaint" in event.intents or bool(UPSET.intersection(event.emotions))
    big_spender_complains = state.order_value_total >= rule.complaint_order_value and (
        _inbound(event) and said and is_negative(event, config.model)
    )
    risky = state.churn_risk >= rule.enter_risk or big_spender_complains
    if not valuable or not memory.get("armed", True) or not risky:
        return []
    if _cooling(state, name, at, rule.cooldown_days):
        return []
    _remember(state, name, at, armed=False)
    money = profile(state)
    value = f"{state.order_value_total:,.0f} in orders" + (f", plan {plan}" if plan else "")
    value += f"; {money.value_at_risk:,.0f} at risk of {money.value:,.0f} in value"
    reasons = "; ".join(state.churn_reasons[:3])
    why = (
        f"churn risk {state.churn_risk}/100 (threshold {rule.enter_risk})"
        if state.churn_risk >= rule.enter_risk
        else f"a complaint on {event.channel.value}, churn risk {state.churn_risk}/100"
    )
    explanation = f"High-value customer {state.customer_id} ({value}): {why}: {reasons}."
    evidence = [eid for f in state.churn_factors.values() for eid in f["evidence"]]
    details = {
        "order_value_total": f"{state.order_value_total:.2f}",
        "plan": plan,
        "customer_value": f"{money.value:.2f}",
        "value_at_risk": f"{money.value_at_risk:.2f}",
        "engagement_segment": money.segment,
    }
    return [make_alert(name, Severity.critical, state, event, explanation, evidence, details, now)]


def silence_due_at(config: RulesConfig, state: CustomerState) -> datetime | None:
    """When :func:`check_silence` will fire for this customer if nothing happens; None: never.

    Valid until the customer's next touchpoint, so a worker can keep a heap of
    due times instead of loading every state on every tick.
    """
    rule = config.silence
    last, gap = state.last_contact_at, state.contact_gap_days
    if not rule.enabled or last is None or gap is None or state.silence_alerted_for == last:
        return None
    if state.contact_episodes < rule.min_contacts or state.churn_risk < rule.min_churn_risk:
        return None
    return parse_time(last) + timedelta(days=max(rule.gap_multiplier * gap, rule.min_days))


def check_silence(
    config: RulesConfig, state: CustomerState, stream_now: datetime, now: datetime
) -> list[Alert]:
    """A usually active customer has gone quiet (run by a timer, O(1) per customer).

    Fires once per silence episode: the state remembers the last contact it was
    raised for, and a new inbound contact re-arms it. Mutates ``state`` only when
    it fires (persist the state then). ``stream_now`` is the newest occurred_at
    the worker has seen; ``now`` the wall clock (emission time).
    """
    became_silent = silence_due_at(config, state)
    if became_silent is None or stream_now < became_silent:
        return []
    last, gap = state.last_contact_at or "", state.contact_gap_days or 0.0
    threshold = max(config.silence.gap_multiplier * gap, config.silence.min_days)
    silent_days = (stream_now - parse_time(last)).total_seconds() / 86_400.0
    state.silence_alerted_for = last
    _remember(state, "silence", became_silent.isoformat())
    refresh_churn_risk(state, stream_now.isoformat(), config.model, config.risk)
    explanation = (
        f"Customer {state.customer_id} usually gets in touch every {gap:.1f} days "
        f"({state.contact_episodes} contacts) and has been silent for {silent_days:.0f} days "
        f"(threshold {threshold:.1f} days)."
    )
    details = {"typical_gap_days": f"{gap:.2f}", "silent_days": f"{silent_days:.1f}"}
    evidence = [state.last_contact_event_id] if state.last_contact_event_id else []
    trigger = f"{state.last_contact_event_id or last}#silence"
    return [
        customer_alert(
            "silence",
            Severity.warning,
            state,
            trigger,
            became_silent,
            explanation,
            evidence,
            details,
            now,
        )
    ]


Rule = Callable[[RulesConfig, CustomerState, EnrichedTouchpoint, datetime], list[Alert]]
CUSTOMER_RULES: tuple[Rule, ...] = (
    detractor,
    churn_intent,
    competitor_mention,
    repeat_contact,
    sentiment_drop,
    high_value_at_risk,
)


def evaluate_rules(
    config: RulesConfig,
    state: CustomerState,
    event: EnrichedTouchpoint,
    now: datetime | None = None,
) -> list[Alert]:
    """All alerts raised by one freshly applied touchpoint (updates the alert memory)."""
    moment = now or datetime.now(UTC)
    return [alert for rule in CUSTOMER_RULES for alert in rule(config, state, event, moment)]
