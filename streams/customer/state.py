"""Stage 4: the living model of one customer, updated by each touchpoint.

``CustomerState`` is a plain dataclass stored as JSON in a Faust table keyed by
the customer key. :func:`apply_touchpoint` is pure: ``(state, event) -> applied``.
It is idempotent per ``event_id`` (the last ``RECENT_EVENTS`` ids are kept), so
a replay after a crash never counts a touchpoint twice.

All time arithmetic uses stream time (``occurred_at``), never the wall clock,
so a replay of last month behaves exactly like last month did. Every list and
map in the state is bounded: a customer with 10k touchpoints keeps a state of
a few kilobytes.

The model (issue 4):
- situation: context attributes, problems (intent and topic counts),
  alternatives (competitors), choice criteria, irritants, open issues;
- relationship: sentiment now and a time-decayed trend, survey scores latest
  and rolling, NPS category, contact rhythm and channel mix, effort (repeat
  contacts on one topic), journey stage and value;
- churn risk 0-100: a sum of named factors, each with its points, a reason in
  plain words and the event ids behind it (see :func:`refresh_churn_risk`).

The problem threads of repeat_contact (``problems``) are folded in
streams/customer/threads.py (:func:`~streams.customer.threads.fold_contact`); the stream
time helpers and bounds both modules use are in streams/customer/timeline.py.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from schemas.models import Direction, EnrichedTouchpoint, Kind
from streams.customer.compact import unpack
from streams.customer.config import (
    DEFAULT_MODEL,
    DEFAULT_RISK,
    ModelConfig,
    RiskConfig,
)
from streams.customer.phrases import normalise_text
from streams.customer.threads import ASKED, NAMED, fold_contact
from streams.customer.timeline import _HANDLE, MAX_KEYS, _iso, _push, _since, days_between
from streams.customer.wording import (
    UPSET,
    apologises,
    holds,
    is_calm_question,
    is_complaint,
    is_negative,
    is_positive,
    mood_of,
    references,
    says_thanks,
    thanks_without_complaint,
)

#: How many recent event ids a state remembers to drop replays. Replays after a
#: crash re-deliver at most what was processed since the last commit, which is
#: far below this per customer.
RECENT_EVENTS = 256
#: Bounds that keep a state small whatever the customer's history.
MAX_SCORED = 24  # recent scored messages (time, sentiment, event id)
MAX_SIGNALS = 5  # event ids kept as evidence per risk signal
MAX_OPEN_ISSUES = 8
#: References our answers gave (``case_refs``).
MAX_CASE_REFS = 6
MAX_SCORES = 5  # survey answers kept for the rolling means
#: Attributes that describe one event, not the customer (kept out of ``context``).
EVENT_ATTRIBUTES = frozenset(
    {"order_value", "order_id", "currency", "page", "duration_s", "rating", "reason"}
)
#: Kinds that are not a conversation with the customer.
NOT_CONTACT = frozenset({Kind.page_view, Kind.purchase})
#: Journey stages, in priority order.
STAGES = ("churned", "at_risk", "advocate", "onboarding", "active")


def _bump(counts: dict[str, int], key: str) -> None:
    """Count ``key``; past MAX_KEYS the rarest key makes room (state stays bounded)."""
    counts[key] = counts.get(key, 0) + 1
    if len(counts) > MAX_KEYS:
        rarest = min((k for k in counts if k != key), key=lambda k: counts[k])
        del counts[rarest]


@dataclass
class CustomerState:
    # Who. These first fields are read by the ClickHouse rows: keep them.
    customer_id: str
    account_id: str | None = None
    identifiers: list[str] = field(default_factory=list)
    version: int = 0
    contact_count: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None
    last_event_id: str | None = None
    last_sentiment: float | None = None
    sentiment_trend: float | None = None
    nps_last: int | None = None
    csat_last: int | None = None
    ces_last: int | None = None
    recent_event_ids: list[str] = field(default_factory=list)
    # Churn risk and its explanation (largest factor first).
    churn_risk: int = 0
    churn_reasons: list[str] = field(default_factory=list)
    #: factor -> {"points": int, "reason": str, "evidence": [event ids]}
    churn_factors: dict[str, dict[str, Any]] = field(default_factory=dict)
    journey_stage: str = "onboarding"
    # Situation.
    language: str | None = None
    plan: str | None = None
    segment: str | None = None
    context: dict[str, str] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    intents: dict[str, int] = field(default_factory=dict)
    criteria: dict[str, int] = field(default_factory=dict)
    #: competitor -> {"count", "negative", "last_seen", "last_event_id"}
    competitors: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: topic -> {"count", "last_seen", "last_event_id"} (negative contacts only)
    irritants: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: complaints not yet followed by a positive contact: {"event_id", "at", "topics"}
    open_issues: list[dict[str, Any]] = field(default_factory=list)
    # Relationship.
    trend_sum: float = 0.0
    trend_weight: float = 0.0
    trend_at: str | None = None
    trend_peak: float | None = None
    trend_peak_at: str | None = None
    #: recent scored inbound messages, oldest first: [occurred_at, sentiment, event_id,
    #: sentiment_trend after it, thanks (says_thanks), complains (intent or upset),
    #: praises (the words praise whatever the score: enrichment's praise_cue), a digest
    #: of its words (:func:`_words`), a calm question's own score (the model's, which
    #: the mood reads as neutral; None for anything else)]
    scored_recent: list[list[Any]] = field(default_factory=list)
    nps_recent: list[int] = field(default_factory=list)
    csat_recent: list[int] = field(default_factory=list)
    ces_recent: list[int] = field(default_factory=list)
    nps_rolling: float | None = None
    csat_rolling: float | None = None
    ces_rolling: float | None = None
    nps_category: str | None = None
    inbound_contacts: int = 0
    first_contact_at: str | None = None
    last_contact_at: str | None = None
    last_contact_event_id: str | None = None
    #: inbound contact episodes (contacts closer than episode_hours are one episode)
    contact_episodes: int = 0
    #: typical gap in days between inbound contact episodes (mean over the history)
    contact_gap_days: float | None = None
    #: topic -> recent contact episodes on it, oldest first: [occurred_at, event_id]
    topic_contacts: dict[str, list[list[str]]] = field(default_factory=dict)
    #: Problem threads, oldest first: one unresolved problem and the contact episodes
    #: that raised it, {"topics", "episodes": [[occurred_at, event_id, channel]],
    #: "last_at", "last_channel", "open", "problem", "refs": the references its
    #: contacts named, "codes": the error codes they quoted ("AD-734"), "named_again":
    #: [event id, reference or code] of the last contact that named one of them
    #: again, "said_copy": the last contact's repeat words say nothing of this
    #: customer's, a copy of an earlier message or a colleague's matter, "settled": once
    #: closed, the closing contact said it is solved in words, not only thanks} (see
    #: :func:`streams.customer.threads._fold_problem`); since
    #: merges reveal repeats, also "said" ([[at, event id]] of contacts saying it is a
    #: repeat or still so) and "joined" (true once a merge joined two keys' threads).
    problems: list[dict[str, Any]] = field(default_factory=list)
    #: recent contacts that said they are a repeat or still so: [occurred_at, digest
    #: of their words] (a copy says nothing new:
    #: :func:`streams.customer.threads._says_it_anew`)
    said_recent: list[list[str]] = field(default_factory=list)
    #: contacts that said they are a repeat or still so and found no problem of this
    #: key's to join: [occurred_at, event_id, channel, [topics]] (a merge may place
    #: them in the other key's open problem: streams.customer.merge)
    said_unplaced: list[list[Any]] = field(default_factory=list)
    #: recent inbound contacts since the last thanks, whatever their topic:
    #: [occurred_at, event_id, channel, marks...] (a follow-up referring back joins the
    #: last; marks: ASKED for a question that raised no problem, "ref:" and each
    #: reference it named, see streams.customer.threads)
    recent_contacts: list[list[str]] = field(default_factory=list)
    #: references our answers gave the customer's last contact before them ("We've
    #: opened case SLV-588868"): [answered_at, reference, contact_at, contact event id,
    #: channel] (a later contact naming one raises that contact's matter again)
    case_refs: list[list[str]] = field(default_factory=list)
    repeat_contacts: int = 0
    order_value_total: float = 0.0
    #: money attribute -> its sum over purchases (``[value] summed`` of
    #: streams/customer/segments.toml, folded by streams/customer/segments.py)
    value_sums: dict[str, float] = field(default_factory=dict)
    #: when the customer last said something: a scored inbound message or a survey answer
    last_voice_at: str | None = None
    #: journey stage of the latest inbound touchpoint (streams/stages/journey.py)
    last_touchpoint_stage: str | None = None
    #: occurred_at of that touchpoint
    last_touchpoint_stage_at: str | None = None
    purchases: int = 0
    last_purchase_at: str | None = None
    cancelled_at: str | None = None
    #: risk signal -> recent [occurred_at, event_id] (cancellation_intent, competitor, ...)
    signals: dict[str, list[list[str]]] = field(default_factory=dict)
    # Alert memory (rules): rule -> {"last_at": iso, "armed": bool, ...}.
    alerts: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: last_contact_at of the silence episode already alerted (re-armed by a contact)
    silence_alerted_for: str | None = None
    # Identity merges. Customer keys folded into this one, so a replayed merge
    # is not folded twice; and, on an absorbed key's kept state (a tombstone),
    # the customer it went into.
    absorbed_keys: list[str] = field(default_factory=list)
    merged_into: str | None = None
    #: Customer keys whose state is on its way (a merge moves it through Kafka),
    #: and the records that wait for it, in arrival order: [kind, payload].
    awaiting: list[str] = field(default_factory=list)
    pending: list[list[Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The state as a JSON document, shallow: nested lists and dicts are shared.

        Every field already holds JSON types, and a Faust table serialises the
        value as it is set, so no copy is needed. ``dataclasses.asdict`` deep
        copies instead and cost two thirds of the worker's per-event CPU.
        """
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CustomerState:
        """Tolerant: unknown keys (newer writers) are dropped, missing keys take defaults."""
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known and v is not None})

    def to_document(self) -> bytes:
        """The JSON document as stored in ClickHouse and, compressed, in the customers table.

        The table holds bytes rather than parsed dicts (five times less memory
        per customer; compressed, five times less again: streams/customer/
        compact.py), and one serialisation per event serves both the changelog
        and the ClickHouse row.
        """
        return json.dumps(self.to_json(), ensure_ascii=False, default=str).encode()

    @classmethod
    def from_document(cls, document: bytes) -> CustomerState:
        """From the JSON document, or its compact form in the customers table
        (:mod:`streams.customer.compact`)."""
        return cls.from_json(json.loads(unpack(document)))

    def has_seen(self, event_id: str) -> bool:
        return event_id in self.recent_event_ids

    def channel_mix(self) -> dict[str, float]:
        """Share of touchpoints per channel."""
        total = sum(self.channels.values()) or 1
        return {channel: count / total for channel, count in self.channels.items()}

    def signal_ids(self, name: str, since: str | None = None) -> list[str]:
        return [eid for at, eid in self.signals.get(name, []) if since is None or at >= since]

    def add_signal(self, name: str, at: str, event_id: str) -> None:
        items = self.signals.setdefault(name, [])
        _push(items, [at, event_id], MAX_SIGNALS)
        items.sort()


def apply_touchpoint(
    state: CustomerState,
    event: EnrichedTouchpoint,
    model: ModelConfig = DEFAULT_MODEL,
    risk: RiskConfig = DEFAULT_RISK,
) -> bool:
    """Fold one touchpoint into ``state`` in place; False when it was already applied."""
    if state.has_seen(event.event_id):
        return False
    _push(state.recent_event_ids, event.event_id, RECENT_EVENTS)
    state.version += 1
    state.contact_count += 1
    state.channels[event.channel.value] = state.channels.get(event.channel.value, 0) + 1
    for identifier in event.customer.identifiers():
        if identifier not in state.identifiers:
            state.identifiers.append(identifier)
    if event.customer.account_id:
        state.account_id = event.customer.account_id
    occurred = _iso(event.occurred_at)
    if state.first_seen is None or occurred < state.first_seen:
        state.first_seen = occurred
    if state.last_seen is None or occurred >= state.last_seen:
        state.last_seen = occurred
        state.last_event_id = event.event_id
    _fold_context(state, event)
    _fold_scores(state, event, occurred)
    inbound = event.direction is Direction.inbound
    if inbound:
        _fold_situation(state, event, occurred, model)
        if event.kind is Kind.purchase:
            _fold_purchase(state, event, occurred)
        elif event.kind is not Kind.page_view:
            fold_contact(state, event, occurred, model)
        if event.kind is Kind.cancellation:
            state.cancelled_at = max(state.cancelled_at or occurred, occurred)
            state.add_signal("cancellation", occurred, event.event_id)
    if event.scored and event.text:
        _fold_sentiment(state, event, occurred, model, inbound)
    elif inbound and event.text and "complaint" in event.intents:
        # Said so in words the sentiment model does not score ("Estic fart: factures
        # errònies", Catalan): a negative message all the same (sentiment_drop).
        state.add_signal("unscored_complaint", occurred, event.event_id)
    elif inbound and event.text and not _rated(event):
        # Praise or a calm question in words the model could not score ("obg, perfeito",
        # "Os pneus de inverno estao incluidos?", read as no language): how the customer
        # usually is, as plainly as a scored message (sentiment_drop's baseline).
        if event.praise_cue or thanks_without_complaint(event):
            state.add_signal("unscored_praise", occurred, event.event_id)
        elif is_calm_question(event):
            state.add_signal("unscored_calm", occurred, event.event_id)
    if inbound:
        _fold_voice(state, event, occurred)
    elif event.text:
        _fold_case(state, event, occurred)
        if not holds(event, model):
            _fold_answer(state, occurred)
    refresh_churn_risk(state, state.last_seen or occurred, model, risk)
    return True


def _rated(event: EnrichedTouchpoint) -> bool:
    """A survey answer with a score: its comment rates the score (detractor, satisfied)."""
    scores = event.scores
    return any(v is not None for v in (scores.nps, scores.csat, scores.ces))


def _fold_voice(state: CustomerState, event: EnrichedTouchpoint, occurred: str) -> None:
    """Recency of the customer's voice, and the journey stage they were last at."""
    spoke = event.scored or _rated(event)
    if spoke and (state.last_voice_at is None or occurred >= state.last_voice_at):
        state.last_voice_at = occurred
    stage_at = state.last_touchpoint_stage_at
    if event.journey_stage and (stage_at is None or occurred >= stage_at):
        state.last_touchpoint_stage = event.journey_stage
        state.last_touchpoint_stage_at = occurred


def _fold_context(state: CustomerState, event: EnrichedTouchpoint) -> None:
    if event.language and event.language != "und":
        state.language = event.language
    for key, value in event.attributes.items():
        if key in EVENT_ATTRIBUTES:
            continue
        if key not in state.context and len(state.context) >= MAX_KEYS:
            continue
        state.context[key] = value[:64]
    state.plan = state.context.get("plan", state.plan)
    state.segment = state.context.get("segment", state.segment)


def _fold_scores(state: CustomerState, event: EnrichedTouchpoint, occurred: str) -> None:
    scores = event.scores
    if scores.nps is not None:
        state.nps_last = scores.nps
        _push(state.nps_recent, scores.nps, MAX_SCORES)
        state.nps_rolling = sum(state.nps_recent) / len(state.nps_recent)
        state.nps_category = (
            "promoter" if scores.nps >= 9 else "passive" if scores.nps >= 7 else "detractor"
        )
        if scores.nps <= 6:
            state.add_signal("detractor", occurred, event.event_id)
    # A promoter, or a satisfied CSAT (4-5): how the customer usually feels, as plainly
    # as a message (sentiment_drop's baseline).
    if (scores.nps or 0) >= 9 or (scores.csat or 0) >= 4:
        state.add_signal("satisfied", occurred, event.event_id)
    if scores.csat is not None:
        state.csat_last = scores.csat
        _push(state.csat_recent, scores.csat, MAX_SCORES)
        state.csat_rolling = sum(state.csat_recent) / len(state.csat_recent)
    if scores.ces is not None:
        state.ces_last = scores.ces
        _push(state.ces_recent, scores.ces, MAX_SCORES)
        state.ces_rolling = sum(state.ces_recent) / len(state.ces_recent)
    if (scores.csat is not None and scores.csat <= 2) or (
        scores.ces is not None and scores.ces >= 5
    ):
        state.add_signal("poor_survey", occurred, event.event_id)


def _fold_situation(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> None:
    for topic in event.topics:
        _bump(state.topics, topic)
    for intent in event.intents:
        _bump(state.intents, intent)
    for criterion in event.criteria:
        _bump(state.criteria, criterion)
    negative = is_negative(event, model)
    for name in event.competitors:
        seen = state.competitors.get(name) or {"count": 0, "negative": 0}
        seen["count"] += 1
        seen["negative"] += int(negative)
        seen["last_seen"], seen["last_event_id"] = occurred, event.event_id
        state.competitors[name] = seen
        if len(state.competitors) > MAX_KEYS:
            oldest = min(state.competitors, key=lambda k: state.competitors[k]["last_seen"])
            del state.competitors[oldest]
    if event.competitors and (is_complaint(event, model) or "cancellation" in event.intents):
        state.add_signal("competitor", occurred, event.event_id)
    if "cancellation" in event.intents:
        state.add_signal("cancellation_intent", occurred, event.event_id)
    if "praise" in event.intents and not negative:
        state.add_signal("praise", occurred, event.event_id)
    if negative:
        for topic in event.topics or ["unspecified"]:
            irritant = state.irritants.get(topic) or {"count": 0}
            irritant["count"] += 1
            irritant["last_seen"], irritant["last_event_id"] = occurred, event.event_id
            state.irritants[topic] = irritant
            if len(state.irritants) > MAX_KEYS:
                oldest = min(state.irritants, key=lambda k: state.irritants[k]["last_seen"])
                del state.irritants[oldest]
    if event.kind in NOT_CONTACT:
        return
    if is_complaint(event, model):
        issue = {"event_id": event.event_id, "at": occurred, "topics": list(event.topics)}
        _push(state.open_issues, issue, MAX_OPEN_ISSUES)
    elif is_positive(event, model):
        # A positive contact closes the issues raised before it.
        state.open_issues = [i for i in state.open_issues if i["at"] > occurred]


def _fold_purchase(state: CustomerState, event: EnrichedTouchpoint, occurred: str) -> None:
    state.purchases += 1
    state.last_purchase_at = max(state.last_purchase_at or occurred, occurred)
    try:
        value = float(event.attributes.get("order_value", "0").replace(",", "."))
    except ValueError:
        value = 0.0
    if value > 0:
        state.order_value_total = round(state.order_value_total + value, 2)


def _fold_answer(state: CustomerState, occurred: str) -> None:
    """Our answer to the customer, neither apologising nor passing the matter on
    (:func:`holds`): the questions before it that raised no problem (:func:`asks_only`)
    are answered ("wie trage ich sie im HR-Portal ein?", then "AW: HR-Portal >
    Hinzufügen"), a later complaint saying "still" does not refer back to them, unless
    it says it writes again (see :func:`streams.customer.threads._referred`)."""
    state.recent_contacts = [
        c for c in state.recent_contacts if not (ASKED in c[3:] and c[0] <= occurred)
    ]


def _fold_case(state: CustomerState, event: EnrichedTouchpoint, occurred: str) -> None:
    """The references our answer names ("Re: Missed engineer appointment [SLV-588868]",
    "We've opened case SLV-588868"), given to the customer's last contact before it: a
    later contact naming one ("Me again about SLV-588868") is that matter again. Not one
    that contact named itself, which our answer only names back ("passt die 603 XL in
    einen XP-3100?", then "Ja, 603 und 603 XL passen in den XP-3100"): a printer's model
    asked about twice is no case given."""
    refs = references(event)
    before = [c for c in state.recent_contacts if c[0] <= occurred]
    if not refs or not before:
        return
    contact = max(before)
    own = {mark[len(NAMED) :] for mark in contact[3:] if mark.startswith(NAMED)}
    for ref in sorted(refs - own):
        _push(state.case_refs, [occurred, ref, contact[0], contact[1], contact[2]], MAX_CASE_REFS)
    state.case_refs.sort()


def _fold_sentiment(
    state: CustomerState,
    event: EnrichedTouchpoint,
    occurred: str,
    model: ModelConfig,
    inbound: bool,
) -> None:
    """Sentiment now and a time-decayed trend (a weighted mean, half-life in stream time)."""
    if not inbound:
        return  # our own replies say nothing about how the customer feels
    mood = mood_of(event, model)
    state.last_sentiment = event.sentiment
    half_life = model.trend_half_life_days
    if state.trend_at is None or occurred >= state.trend_at:
        if state.trend_at is not None:
            decay = 0.5 ** (days_between(state.trend_at, occurred) / half_life)
            state.trend_sum *= decay
            state.trend_weight *= decay
        state.trend_sum += mood
        state.trend_weight += 1.0
        state.trend_at = occurred
    else:  # late event: weigh it by its age instead
        weight = 0.5 ** (days_between(occurred, state.trend_at) / half_life)
        state.trend_sum += weight * mood
        state.trend_weight += weight
    state.sentiment_trend = round(state.trend_sum / state.trend_weight, 4)
    thanks = says_thanks(event, model) or apologises(event, model)
    complains = "complaint" in event.intents or bool(UPSET.intersection(event.emotions))
    entry = [occurred, round(mood, 3), event.event_id, state.sentiment_trend, thanks, complains]
    asked = round(event.sentiment, 3) if is_calm_question(event) else None
    entry += [event.praise_cue, _words(event.text), asked]
    _push(state.scored_recent, entry, MAX_SCORED)
    state.scored_recent.sort()
    # The recent peak the trend may fall from: the highest trend of the last
    # peak_memory_days (each scored message remembers the trend after it).
    newest = state.scored_recent[-1][0]
    since = _since(newest, model.peak_memory_days)
    peaks = [(e[3], e[0]) for e in state.scored_recent if len(e) > 3 and e[0] >= since]
    if peaks:
        state.trend_peak, state.trend_peak_at = max(peaks)


def _words(text: str | None) -> str:
    """A digest of a message's words (@-handles, case, accents and spacing aside): the
    same words posted again on another channel have the same."""
    words = normalise_text(" ".join(_HANDLE.sub(" ", text or "").split()))
    return hashlib.blake2b(words.encode(), digest_size=6).hexdigest()


def refresh_churn_risk(
    state: CustomerState,
    as_of: str,
    model: ModelConfig = DEFAULT_MODEL,
    risk: RiskConfig = DEFAULT_RISK,
) -> None:
    """Recompute churn risk 0-100 from its factors, as of ``as_of`` (stream time)."""
    since = _since(as_of, risk.window_days)
    factors: dict[str, dict[str, Any]] = {}

    def add(name: str, points: float, reason: str, evidence: list[str]) -> None:
        if points > 0:
            factors[name] = {
                "points": round(points),
                "reason": reason,
                "evidence": evidence[-MAX_SIGNALS:],
            }

    if state.cancelled_at and state.cancelled_at >= since:
        add("cancellation", risk.cancellation, "cancelled", state.signal_ids("cancellation", since))
    intents = state.signal_ids("cancellation_intent", since)
    if intents:
        add("cancellation_intent", risk.cancellation_intent, "said they want to cancel", intents)
    trend = state.sentiment_trend
    if trend is not None and trend < 0 and state.trend_at and state.trend_at >= since:
        negatives = [s for s in state.scored_recent if s[1] <= model.negative_sentiment]
        add(
            "negative_trend",
            min(risk.negative_trend, -trend * 2 * risk.negative_trend),
            f"sentiment trend {trend:+.2f}",
            [s[2] for s in negatives],
        )
    detractor = state.signal_ids("detractor", since)
    if detractor and state.nps_category == "detractor":
        add("detractor", risk.detractor, f"NPS {state.nps_last}/10 (detractor)", detractor)
    poor = state.signal_ids("poor_survey", since)
    if poor:
        add("poor_survey", risk.poor_survey, _survey_reason(state), poor)
    worst_topic, episodes = _most_repeated(state, as_of, model.repeat_window_days * 2)
    if len(episodes) >= 2:
        add(
            "repeat_contact",
            min(risk.repeat_contact_max, (len(episodes) - 1) * risk.repeat_contact_each),
            f"{len(episodes)} contacts about {worst_topic}",
            [e[1] for e in episodes],
        )
    issues = [i for i in state.open_issues if i["at"] >= since]
    if issues:
        add(
            "open_issues",
            min(risk.open_issue_max, len(issues) * risk.open_issue_each),
            f"{len(issues)} complaint(s) not yet resolved",
            [i["event_id"] for i in issues],
        )
    competitor = state.signal_ids("competitor", since)
    if competitor:
        names = sorted(
            (k for k, v in state.competitors.items() if v.get("last_seen", "") >= since),
            key=lambda k: -state.competitors[k]["count"],
        )
        add(
            "competitor",
            risk.competitor,
            f"mentioned {', '.join(names[:3]) or 'a competitor'} while unhappy",
            competitor,
        )
    if state.silence_alerted_for and state.silence_alerted_for == state.last_contact_at:
        add(
            "silence",
            risk.silence,
            "usually active, now silent",
            [state.last_contact_event_id or ""],
        )
    ordered = sorted(factors.items(), key=lambda kv: (-kv[1]["points"], kv[0]))
    state.churn_factors = dict(ordered)
    state.churn_risk = min(100, sum(f["points"] for _, f in ordered))
    state.churn_reasons = [f"{f['reason']} (+{f['points']})" for _, f in ordered]
    state.journey_stage = _journey_stage(state, as_of, model)


def _survey_reason(state: CustomerState) -> str:
    parts = []
    if state.csat_last is not None and state.csat_last <= 2:
        parts.append(f"CSAT {state.csat_last}/5")
    if state.ces_last is not None and state.ces_last >= 5:
        parts.append(f"effort score {state.ces_last}/7")
    return "poor survey answer: " + (", ".join(parts) or "low score")


def _most_repeated(
    state: CustomerState, as_of: str, window_days: float
) -> tuple[str, list[list[str]]]:
    since = _since(as_of, window_days)
    best: tuple[str, list[list[str]]] = ("", [])
    for topic, episodes in state.topic_contacts.items():
        recent = [e for e in episodes if since <= e[0] <= as_of]
        if len(recent) > len(best[1]):
            best = (topic, recent)
    return best


def recent_episodes(
    state: CustomerState, topic: str, as_of: str, window_days: float
) -> list[list[str]]:
    since = _since(as_of, window_days)
    return [e for e in state.topic_contacts.get(topic, []) if since <= e[0] <= as_of]


def _journey_stage(state: CustomerState, as_of: str, model: ModelConfig) -> str:
    purchased_after = (
        state.cancelled_at is not None
        and state.last_purchase_at is not None
        and state.last_purchase_at > state.cancelled_at
    )
    silent = state.silence_alerted_for is not None and (
        state.silence_alerted_for == state.last_contact_at
    )
    if (state.cancelled_at and not purchased_after) or (
        silent and state.signal_ids("cancellation_intent")
    ):
        return "churned"
    if state.churn_risk >= model.at_risk_score:
        return "at_risk"
    if state.nps_category == "promoter" and state.signal_ids("praise"):
        return "advocate"
    if state.first_seen and days_between(state.first_seen, as_of) < model.onboarding_days:
        return "onboarding"
    return "active"
