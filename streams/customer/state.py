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
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from schemas.models import Direction, EnrichedTouchpoint, Kind
from streams.customer.compact import unpack
from streams.customer.config import (
    DEFAULT_MODEL,
    DEFAULT_RISK,
    ModelConfig,
    RiskConfig,
)
from streams.customer.wording import (
    ABOUT_OUR_ANSWER,
    UPSET,
    apologises,
    asks_if_still,
    asks_only,
    holds,
    is_calm_question,
    is_complaint,
    is_negative,
    is_positive,
    is_problem,
    mood_of,
    normalise_text,
    only_still,
    references,
    refers_back,
    replies,
    resolves_problems,
    said_text,
    says_it_is_still_wrong,
    says_it_persists,
    says_it_repeats,
    says_thanks,
    spoken_numbers,
    thanks_for_it,
    thanks_for_what_lasts,
    thanks_without_complaint,
    writes_again,
)
from streams.text.codes import quoted_codes
from streams.text.lexicon import states_a_lack

#: Marks a question that raised no problem among ``recent_contacts``: our answer
#: after it answers it (:func:`_fold_answer`).
ASKED = "asked"

#: How many recent event ids a state remembers to drop replays. Replays after a
#: crash re-deliver at most what was processed since the last commit, which is
#: far below this per customer.
RECENT_EVENTS = 256
#: Bounds that keep a state small whatever the customer's history.
MAX_KEYS = 24  # topics, intents, criteria, competitors, irritants, context keys
MAX_SCORED = 24  # recent scored messages (time, sentiment, event id)
MAX_PER_TOPIC = 6  # recent contact episodes remembered per topic
MAX_SIGNALS = 5  # event ids kept as evidence per risk signal
MAX_OPEN_ISSUES = 8
MAX_PROBLEMS = 6  # problem threads remembered (repeat_contact)
MAX_THREAD_TOPICS = 6
MAX_THREAD_REFS = 6  # references named in a thread's contacts ("VT406905")
#: Said-so texts remembered (digests, see :func:`_says_it_anew`).
MAX_SAID = 6
_HANDLE = re.compile(r"@\w+")
#: Recent inbound contacts remembered whatever their topic (a follow-up that refers
#: back, "RE: my complaint", joins the last of them: :func:`_last_contact`).
MAX_RECENT_CONTACTS = 6
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


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def days_between(earlier: str, later: str) -> float:
    return (parse_time(later) - parse_time(earlier)).total_seconds() / 86_400.0


def _bump(counts: dict[str, int], key: str) -> None:
    """Count ``key``; past MAX_KEYS the rarest key makes room (state stays bounded)."""
    counts[key] = counts.get(key, 0) + 1
    if len(counts) > MAX_KEYS:
        rarest = min((k for k in counts if k != key), key=lambda k: counts[k])
        del counts[rarest]


def _push(items: list[Any], item: Any, limit: int) -> None:
    items.append(item)
    del items[:-limit]


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
    #: again} (see :func:`_fold_problem`); since
    #: merges reveal repeats, also "said" ([[at, event id]] of contacts saying it is a
    #: repeat or still so) and "joined" (true once a merge joined two keys' threads).
    problems: list[dict[str, Any]] = field(default_factory=list)
    #: recent contacts that said they are a repeat or still so: [occurred_at, digest
    #: of their words] (a copy says nothing new: :func:`_says_it_anew`)
    said_recent: list[list[str]] = field(default_factory=list)
    #: contacts that said they are a repeat or still so and found no problem of this
    #: key's to join: [occurred_at, event_id, channel, [topics]] (a merge may place
    #: them in the other key's open problem: streams.customer.merge)
    said_unplaced: list[list[Any]] = field(default_factory=list)
    #: recent inbound contacts since the last thanks, whatever their topic:
    #: [occurred_at, event_id, channel] (a follow-up referring back joins the last)
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


def _iso(moment: datetime) -> str:
    return moment.isoformat()


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
            _fold_contact(state, event, occurred, model)
        if event.kind is Kind.cancellation:
            state.cancelled_at = max(state.cancelled_at or occurred, occurred)
            state.add_signal("cancellation", occurred, event.event_id)
    if event.scored and event.text:
        _fold_sentiment(state, event, occurred, model, inbound)
    elif inbound and event.text and "complaint" in event.intents:
        # Said so in words the sentiment model does not score ("Estou farto: faturas
        # erradas", read as Galician): a negative message all the same (sentiment_drop).
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
    it says it writes again (see :func:`_referred`)."""
    state.recent_contacts = [
        c for c in state.recent_contacts if not (c[3:] == [ASKED] and c[0] <= occurred)
    ]


def _fold_case(state: CustomerState, event: EnrichedTouchpoint, occurred: str) -> None:
    """The references our answer names ("Re: Missed engineer appointment [SLV-588868]",
    "We've opened case SLV-588868"), given to the customer's last contact before it: a
    later contact naming one ("Me again about SLV-588868") is that matter again."""
    refs = references(event)
    before = [c for c in state.recent_contacts if c[0] <= occurred]
    if not refs or not before:
        return
    contact = max(before)
    for ref in sorted(refs):
        _push(state.case_refs, [occurred, ref, contact[0], contact[1], contact[2]], MAX_CASE_REFS)
    state.case_refs.sort()


def _fold_contact(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> None:
    """An inbound conversation: contact rhythm, and episodes per topic (effort)."""
    state.inbound_contacts += 1
    if state.first_contact_at is None or occurred < state.first_contact_at:
        state.first_contact_at = occurred
    previous = state.last_contact_at
    if previous is None or occurred >= previous:
        state.last_contact_at = occurred
        state.last_contact_event_id = event.event_id
        if previous is None or days_between(previous, occurred) * 24 >= model.episode_hours:
            state.contact_episodes += 1  # a burst of messages is one contact
    if state.contact_episodes >= 2 and state.first_contact_at and state.last_contact_at:
        span = days_between(state.first_contact_at, state.last_contact_at)
        state.contact_gap_days = round(span / (state.contact_episodes - 1), 4)
    _fold_problem(state, event, occurred, model)
    if resolves_problems(event, model):
        state.recent_contacts = [c for c in state.recent_contacts if c[0] > occurred]
    elif event.text and event.kind is not Kind.survey_response:
        contact = [occurred, event.event_id, event.channel.value]
        if asks_only(event, model):
            contact.append(ASKED)  # our answer answers it (_fold_answer)
        _push(state.recent_contacts, contact, MAX_RECENT_CONTACTS)
        state.recent_contacts.sort()
    if resolves_problems(event, model):
        # Thanks and praise are not a problem coming back; a question the model reads
        # as positive ("où est mon colis ? livraison échouée" +0.20) is a contact on
        # its topic, which a later "second message about it" refers back to.
        return
    window = model.repeat_window_days
    for topic in event.topics:
        episodes = state.topic_contacts.setdefault(topic, [])
        if episodes and abs(days_between(episodes[-1][0], occurred)) * 24 < model.episode_hours:
            continue  # same episode as the last contact on this topic
        if episodes and 0 <= days_between(episodes[-1][0], occurred) <= window:
            state.repeat_contacts += 1
        _push(episodes, [occurred, event.event_id, event.channel.value], MAX_PER_TOPIC)
        episodes.sort()
    if len(state.topic_contacts) > MAX_KEYS:
        oldest = min(state.topic_contacts, key=lambda k: state.topic_contacts[k][-1][0])
        del state.topic_contacts[oldest]


def _fold_problem(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> None:
    """Thread the contact into the customer's unresolved problems (repeat_contact).

    A contact that thanks or praises (:func:`resolves_problems`) resolves every
    problem raised before it. A problem contact (:func:`is_problem`) joins the most
    recent open thread of the last ``repeat_window_days`` that shares a topic
    with it, or, when it has no topic ("still not fixed"), the most recent open
    problem thread; otherwise it opens a new thread. Any other contact that is
    not a calm question ("Calling about the double payment on my card") is a
    follow-up: it joins the open thread that shares a topic with it, or opens
    one. A thread counts for repeat_contact only once a problem contact is in
    it (``"problem"``), so a problem said neutrally first, then with a
    complaint, is one thread. A contact that says the thread's topic is still
    so ("the double charge is still on my account, what is happening?") is a
    problem contact of that thread, even asked as a question; said about
    another topic or none, it joins the problem it refers to (see the code).
    Within a thread,
    a contact on another channel, or ``episode_hours`` after the last one, is a
    new contact episode (a chat in three messages is one).
    """
    if resolves_problems(event, model):
        for resolved in state.problems:
            if resolved["open"] and resolved["last_at"] <= occurred:
                resolved["open"] = False
        return
    if event.kind is Kind.survey_response:
        return  # an answer to our survey rates a contact ("encore 20 min d'attente"): not one
    if thanks_for_what_lasts(event, model):
        return  # "still steaming, cheers": the good thing lasts, no problem does
    problem = is_problem(event, model)
    topics = set(event.topics)
    refs = references(event)
    since = _since(occurred, model.repeat_window_days)
    live = [t for t in state.problems if t["open"] and since <= t["last_at"]]
    thread: dict[str, Any] | None = next(
        (t for t in reversed(live) if topics & set(t["topics"])), None
    )
    if thread is None and refs:
        # Naming the reference an open thread's contacts named ("RE: Étiquettes
        # erronées (LK-189210)" after "... (dossier LK-189210)"): the same matter,
        # whatever topic words each uses.
        thread = next((t for t in reversed(live) if refs & set(t.get("refs", []))), None)
    codes = frozenset(quoted_codes(event.subject, event.text))
    if thread is None and codes:
        # Quoting the error code an open thread's contacts quoted ("Sempre l'errore
        # AD-734" after "errore AD-734 indirizzo non trovato"): the same fault.
        thread = next((t for t in reversed(live) if codes & set(t.get("codes", []))), None)
    # The numbers a call spells, read once for the lookups below (empty off the phone).
    heard = spoken_numbers(event)
    spoken = heard if thread is None and not refs else frozenset()
    if spoken:
        # A call naming, as speech-to-text spells it, the reference an open thread's
        # contacts named ("dossier av 809938" after "... au dossier AV-809938"): that matter.
        thread = next(
            (t for t in reversed(live) if _spoken_reference(t.get("refs", []), spoken)), None
        )
    cased = None
    if thread is None and not thanks_for_it(event, model):
        asked = refs or _spoken_cases(state, heard)
        cased = _case_thread(state, asked, occurred, model) if asked else None
    if cased is not None:
        # Naming the case our answer gave ("Vorgang SLV-743573: Niemand hat sich
        # gemeldet"): the contact it answered raised the matter; not a thanks, this one
        # says it raises it again, whatever its topic words.
        thread = cased
        problem = problem or not is_positive(event, model)
    # Said so: "still", "any news" (it persists), or "second message", "déjà signalé"
    # (a repeat): the customer says a problem raised before is still there.
    persists = says_it_persists(event, model)
    repeats = (says_it_repeats(event, model) or replies(event)) and not thanks_without_complaint(
        event
    )
    repeats = repeats or cased is not None  # naming our case says it is that matter again
    again = _names_its_reference(thread, refs, codes, heard)
    # Topics about our answer only ("still no reply") name no problem of their own.
    named = topics - ABOUT_OUR_ANSWER
    if thread is None and (persists or repeats):
        # A complaint, a contact naming no topic ("tried again, still declined") or one
        # saying in words of its own that the thing is still wrong ("ainda sem acesso,
        # alguma info?", asked calmly, topic account_access after "erro AUTH-502",
        # bugs; not a bare "still": "no front brake and I was still charged") joins
        # the open problem raised in the last episode_hours whatever topic words it
        # uses now; else the earlier contact on its topic it refers back to.
        recent = _since(occurred, model.episode_hours / 24.0)
        still_wrong = says_it_is_still_wrong(event, model) and writes_again(event, model)
        problems = [
            t
            for t in live
            if t.get("problem", True)
            and (problem or not named or still_wrong)
            and recent <= t["last_at"]
        ]
        # Referring back takes a complaint or a question ("any news?") said so, not a
        # remark the model reads as negative ("toujours impeccable 👍" scores -0.27).
        said = {"complaint", "question"} & set(event.intents)
        # A polite follow-up ("any news? still pending. Thanks") asks however positive
        # the model reads its thanks.
        asks = (
            persists
            and bool(said)
            and (asks_if_still(event, model) or not is_positive(event, model))
        )
        referred = None
        if asks and not problems:
            referred = _referred(state, event, occurred, model, model.repeat_window_days)
            if referred is None and problem:
                # A complaint saying it is still so ("toujours pareil, même erreur",
                # bugs) after a contact of the last episode_hours that named no topic
                # ("l'appli n'affiche pas le QR du billet", on another channel): no
                # topic there says it was another matter, it is that contact's problem.
                within = model.episode_hours / 24.0
                referred = _last_contact(state, event, within, untopical=True)
        elif (
            repeats
            and not problems
            and (
                "complaint" in event.intents
                or problem
                or (writes_again(event, model) and not replies(event))
            )
        ):
            # Saying it is a repeat, with a complaint however the model scores it ("me
            # again, second message about my parcel" reads +0.23) or a negative message
            # ("déjà signalé : toujours en échec"), refers to the customer's contact on
            # its topic of the last episode_hours, or naming no topic ("tried again,
            # still declined") to their last contact then (a question days ago on the
            # same topic may have been about something else: "VAT number wrong again").
            within = model.episode_hours / 24.0
            referred = _referred(state, event, occurred, model, within, any_topic=not named)
        thread = problems[-1] if problems else referred
        # A thanks saying the problem goes on ("Warte immer noch, danke" +1.00) too.
        wrong = says_it_is_still_wrong(event, model)
        if thread is None and not named and (asks or wrong or not is_positive(event, model)):
            # Naming no topic ("any news?", "vuelvo a llamar, sigue sin resolverse"), it
            # refers to the customer's open problem of the window, whenever raised; or,
            # with none, when it says the thing is still so (not a count that may be
            # the product's: "logged me out three times"), to their open thread (a help
            # request the model read as calm: "deposit still blocked, please fix").
            open_threads = [t for t in live if t.get("problem", True)]
            if not open_threads and persists:
                open_threads = live
            thread = open_threads[-1] if open_threads else None
        if thread is None:
            # Referring back and naming no problem of its own ("RE: my complaint - is
            # anyone looking at this?", "Vuelvo a escribir porque sigue igual", "Ich warte
            # immer noch auf eine Antwort": :func:`refers_back`, not "again" alone, which
            # may say the thing recurs), not read as positive, it joins the customer's
            # last contact of the window since their last thanks, whatever its topic or
            # none: the problem stated without a complaint the models see ("il tecnico NON
            # si e' presentato" +0.33) or asked as a question ("Offer said NO joining fee
            # and you've charged me 49. Seriously?").
            # A question counts when it says it is a repeat ("SIGO SIN nada. Ya os
            # escribi, alguien lo esta mirando?"), not when it only says "still" ("do
            # you still offer the student discount?").
            back = refers_back(event, model)
            calm = is_calm_question(event) and back != "repeat"
            # Saying only that something is still so ("3am and still listening") refers
            # back to no contact: the customer's last one may have been praise.
            if (
                not named
                and back
                and not calm
                and not is_positive(event, model)
                and not only_still(event, model)
            ):
                thread = _last_contact(state, event, model.repeat_window_days)
            elif named and problem and writes_again(event, model):
                # A complaint saying it is a repeat ("E' la terza volta che vi contatto
                # per lo stesso motivo", topic delivery) joins the open problem raised
                # with no topic ("Novita'? ... nessuno mi ha risposto"): no topic there
                # says it is another problem. Not a bare "still", which may be
                # "nevertheless" ("no front brake and I was still charged for it").
                untold = [t for t in live if t.get("problem", True) and not t["topics"]]
                if not untold and replies(event):
                    # A reply ("R: Problema ordine - ancora niente", delivery) answers
                    # a conversation held before, whatever topic words it uses now: it
                    # joins the customer's open problem of the window ("il codice
                    # PRIMAVERA15 non funziona mai", product_quality).
                    untold = [t for t in live if t.get("problem", True)]
                thread = untold[-1] if untold else None
                if thread is None and replies(event) and persists:
                    # With no open problem, a reply saying it is still so answers the
                    # customer's last contact of the window since their last thanks
                    # ("RE: Überweisung nicht angekommen - still waiting", delivery,
                    # after "Meine Überweisung ist seit 5 Werktagen in Bearbeitung", no
                    # topic); a reply prefix alone may answer our own message ("Re: your
                    # order | duplicate payment" after praise of the coffee).
                    thread = _last_contact(state, event, model.repeat_window_days)
        if (
            thread is None
            and problem
            and persists
            and writes_again(event, model)
            and states_a_lack(said_text(event.text or "", model), event.language)
        ):
            # A complaint saying in words of its own that the thing is still not so
            # ("toujours pas réglé. même commande qu'avant", "still not fixed"; not a bare
            # "still": "no front brake and I was still charged") says the thanks or praise
            # that closed the customer's last problem of the window did not end it
            # ("nickel comme d'hab, juste les couverts oubliés": praise of another
            # order): it reopens that problem, when it was raised with no topic (one
            # with a topic of its own, "péages facturés deux fois", is another matter
            # than "ma caution n'est toujours pas remboursée").
            closed = [
                t
                for t in state.problems
                if not t["open"]
                and t.get("problem", True)
                and not t["topics"]
                and since <= t["last_at"]
                and not other_matter(t, refs)
            ]
            thread = closed[-1] if closed else None
            if thread is not None:
                thread["open"] = True
        if (
            thread is None
            and not named
            and writes_again(event, model)
            and states_a_lack(said_text(event.text or "", model), event.language)
            and not is_positive(event, model)
        ):
            # Writing again, naming no topic, because nothing has happened ("Schreibe
            # nochmal, weil sich nichts getan hat", "Writing again because nothing has
            # happened"), after a thanks for another matter (a question answered in
            # between): the customer's last thread of the window that thanks closed goes
            # on, whatever it was about.
            closed = [
                t
                for t in state.problems
                if not t["open"] and since <= t["last_at"] and not other_matter(t, refs)
            ]
            thread = closed[-1] if closed else None
            if thread is not None:
                thread["open"] = True
    if thread is not None and other_matter(thread, refs) and not replies(event):
        # Naming only other references than the thread's contacts did ("return
        # VT-629921, still NO refund" after "washer VT-406905 postponed", thanked as
        # sorted): another matter, however it says "still" (a reply answers the thread).
        thread = None
    if thread is not None and (persists or repeats):
        problem = True
    channel = event.channel.value
    if not problem and (is_calm_question(event) or (thread is None and not topics)):
        if thread is None and (persists or repeats):
            # Said so, and nothing of this key's to refer to: the problem may have
            # been raised under another identifier, which a merge will tell.
            entry = [occurred, event.event_id, channel, sorted(named)]
            state.said_unplaced = sorted([*state.said_unplaced, entry])[-MAX_SAID:]
        return  # a calm question, or a follow-up on nothing in particular
    if problem and thread is None and live and not topics:
        loose = [t for t in live if t.get("problem", True) and not other_matter(t, refs)]
        thread = loose[-1] if loose else None
    if thread is None:
        thread = {"topics": [], "episodes": [], "last_at": occurred, "last_channel": ""}
        thread["open"], thread["problem"] = True, False
        state.problems.append(thread)
        del state.problems[:-MAX_PROBLEMS]
    # (threads saved before "problem" existed held problem contacts only)
    thread["problem"] = thread.get("problem", True) or problem
    gap_h = abs(days_between(thread["last_at"], occurred)) * 24
    if thread["episodes"] and channel == thread["last_channel"] and gap_h < model.episode_hours:
        pass  # the same contact going on
    else:
        _push(thread["episodes"], [occurred, event.event_id, channel], MAX_PER_TOPIC)
        thread["episodes"].sort()
    thread["topics"] = sorted({*thread["topics"], *topics})[:MAX_THREAD_TOPICS]
    if refs:
        thread["refs"] = sorted({*thread.get("refs", []), *refs})[-MAX_THREAD_REFS:]
    if codes:
        thread["codes"] = sorted({*thread.get("codes", []), *codes})[-MAX_THREAD_REFS:]
    copied = (persists or repeats) and not _says_it_anew(state, event, occurred, model)
    if again is not None and not copied:
        # The thread's own reference named again by this customer ("calling about case
        # em en 57 09 14 ... nothing's fixed" after "... (case MN-570914)"): it says it
        # is that matter again (repeat_contact), as naming the case our answer gave does.
        thread["named_again"] = [event.event_id, again]
    thread["said_copy"] = copied
    if (persists or repeats) and not copied:
        # Remembered for a merge (streams.customer.merge): contacts of this thread
        # that said it is a repeat or still so, in words of their own, [at, event id].
        saying = [*thread.get("said", []), [occurred, event.event_id]]
        thread["said"] = sorted(saying)[-MAX_PER_TOPIC:]
    if occurred >= thread["last_at"]:
        thread["last_at"], thread["last_channel"] = occurred, channel
    thread["last_event_id"] = event.event_id


def _names_its_reference(
    thread: dict[str, Any] | None,
    refs: frozenset[str],
    codes: frozenset[str],
    spoken: frozenset[str],
) -> str | None:
    """The reference an earlier contact of ``thread`` named that the contact names too, in
    writing (``refs``) or as speech-to-text spells it (``spoken``: "em en 57 09 14"), or
    the error code one quoted that it quotes again (``codes``: "toujours l'erreur
    AD-734"), if any; only
    once the thread holds a problem, or a contact saying it is a repeat or still so
    ("RE: Processo MN-184668 - sem resposta ... Continua igual. Quem está a tratar
    disto?"): a calm question naming an order ("how do I add a user?" under "Order
    #409576"), then "My order #409576 never came", is one problem raised once."""
    if thread is None or not thread["episodes"]:
        return None
    if not thread.get("problem", True) and not thread.get("said"):
        return None
    named = thread.get("refs", [])
    written = sorted(refs.intersection(named))
    if written:
        return str(written[0])
    quoted = sorted(codes.intersection(thread.get("codes", [])))
    if quoted:
        return str(quoted[0])
    return _spoken_reference(named, spoken)


def _spoken_reference(named: list[str], spoken: frozenset[str]) -> str | None:
    """The reference of ``named`` whose digits a call spells (:func:`spoken_numbers`:
    "processo a v 26 85 39" for AV-268539), if any."""
    return next((ref for ref in named for digits in spoken if ref.endswith(digits)), None)


def named_again(thread: dict[str, Any], event: EnrichedTouchpoint) -> str | None:
    """The thread's reference ``event`` named again (:func:`_names_its_reference`), if any."""
    mark = thread.get("named_again")
    return str(mark[1]) if mark and mark[0] == event.event_id else None


def other_matter(thread: dict[str, Any], refs: frozenset[str]) -> bool:
    """The contact names references (:func:`references`), the thread's contacts named
    some, and none is the same: an order, case or booking other than the problem's."""
    return bool(refs) and bool(thread.get("refs")) and not refs & set(thread["refs"])


def _says_it_anew(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> bool:
    """A contact saying it is a repeat or still so ("Factura correcta otra vez") says it
    in words of its own: not a copy of a message that said so before within
    ``repeat_window_days`` (the same words posted again, on another channel or @-handle,
    do not say the first one is a repeat). Remembers its words (a digest)."""
    text = normalise_text(" ".join(_HANDLE.sub(" ", event.text or "").split()))
    words = hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
    since = _since(occurred, model.repeat_window_days)
    said = [s for s in state.said_recent if since <= s[0]]
    anew = all(s[1] != words for s in said if s[0] <= occurred)
    _push(said, [occurred, words], MAX_SAID)
    state.said_recent = said
    return anew


def _referred(
    state: CustomerState,
    event: EnrichedTouchpoint,
    occurred: str,
    model: ModelConfig,
    within_days: float,
    any_topic: bool = True,
) -> dict[str, Any] | None:
    """A thread opened on the customer's last contact on this contact's topics (within
    ``within_days``), which a contact saying "still" or "again" refers back to; with
    ``any_topic``, a complaint naming other topic words refers to the customer's last
    contact of the last ``episode_hours``. Only a contact since the customer's last
    thanks (``recent_contacts``: "Listo, gracias" says the question before it was
    answered), unless this one says in words of its own that it writes again
    (:func:`writes_again`: "Already wrote earlier about the 423 EUR bill... Still
    there!"), not "again" of what happened ("otra vez consumo estimado"). None without
    such a contact."""
    since = _since(occurred, within_days)
    crosses = writes_again(event, model)
    unthanked = {c[1] for c in state.recent_contacts}

    def referable(e: list[str]) -> bool:
        return (
            since <= e[0] <= occurred and e[1] != event.event_id and (crosses or e[1] in unthanked)
        )

    earlier = [
        e for topic in event.topics for e in state.topic_contacts.get(topic, []) if referable(e)
    ]
    if not earlier and any_topic and is_problem(event, model):
        # A complaint ("réessayé, toujours refusé") names other topic words than the
        # question it follows: the last contact of the last episode_hours, any topic.
        recent = _since(occurred, model.episode_hours / 24.0)
        earlier = [
            e for contacts in state.topic_contacts.values() for e in contacts if referable(e)
        ]
        earlier = [e for e in earlier if recent <= e[0]]
    if not earlier:
        return None
    first = max(earlier)
    channel = first[2] if len(first) > 2 else ""
    thread: dict[str, Any] = {"topics": [], "episodes": [[first[0], first[1], channel]]}
    thread.update(last_at=first[0], last_channel=channel, open=True, problem=False)
    state.problems.append(thread)
    del state.problems[:-MAX_PROBLEMS]
    return thread


def _last_contact(
    state: CustomerState, event: EnrichedTouchpoint, within_days: float, untopical: bool = False
) -> dict[str, Any] | None:
    """The thread of the customer's last inbound contact of the last ``within_days``
    since their last thanks (``recent_contacts``), which a follow-up referring back
    joins: the open thread that contact is in ("tampoco puedo añadir..., error al
    guardar", then "Seguimos igual, sin respuesta"), else one opened on it; None
    without one. ``untopical``: only when that contact named no topic (it is in no
    ``topic_contacts``), None otherwise."""
    occurred = _iso(event.occurred_at)
    since = _since(occurred, within_days)
    earlier = [
        c for c in state.recent_contacts if since <= c[0] <= occurred and c[1] != event.event_id
    ]
    if not earlier:
        return None
    first = max(earlier)
    if untopical and any(
        e[1] == first[1] for contacts in state.topic_contacts.values() for e in contacts
    ):
        return None
    return _thread_of(state, first[0], first[1], first[2])


def _thread_of(state: CustomerState, at: str, event_id: str, channel: str) -> dict[str, Any]:
    """The open thread the contact ``event_id`` is in, else a thread opened on it."""
    held: dict[str, Any]
    for held in reversed(state.problems):
        if held["open"] and (
            held.get("last_event_id") == event_id or any(e[1] == event_id for e in held["episodes"])
        ):
            return held
    thread: dict[str, Any] = {"topics": [], "episodes": [[at, event_id, channel]]}
    thread.update(last_at=at, last_channel=channel, open=True, problem=False)
    state.problems.append(thread)
    del state.problems[:-MAX_PROBLEMS]
    return thread


def _cases_named(
    state: CustomerState, refs: frozenset[str], occurred: str, model: ModelConfig
) -> list[list[str]]:
    """``case_refs`` entries of ``refs`` given to a contact of the last
    ``repeat_window_days`` before ``occurred``."""
    since = _since(occurred, model.repeat_window_days)
    return [c for c in state.case_refs if c[1] in refs and since <= c[2] <= occurred]


def _case_thread(
    state: CustomerState, refs: frozenset[str], occurred: str, model: ModelConfig
) -> dict[str, Any] | None:
    """The thread of the contact our answer gave one of ``refs`` to (``case_refs``)
    within ``repeat_window_days``, None without one."""
    given = _cases_named(state, refs, occurred, model)
    if not given:
        return None
    _, _, at, event_id, channel = max(given)
    return _thread_of(state, at, event_id, channel)


def named_case(state: CustomerState, event: EnrichedTouchpoint, model: ModelConfig) -> str | None:
    """The reference our answer gave to an earlier contact that ``event`` names
    ("Me again about SLV-588868"), None when it names none or thanks ("Confirmo, ficou
    tudo resolvido no SLV-840624. Obrigado!")."""
    if thanks_for_it(event, model):
        return None
    asked = references(event) or _spoken_cases(state, spoken_numbers(event))
    given = _cases_named(state, asked, _iso(event.occurred_at), model)
    return max(given)[1] if given else None


def _spoken_cases(state: CustomerState, spoken: frozenset[str]) -> frozenset[str]:
    """The case our answer gave that a call spells (``spoken``: "chiamo per la pratica
    emme vu 42 10 39" after "Pratica MV-421039"): :func:`_spoken_reference` over
    ``case_refs``."""
    given = _spoken_reference([c[1] for c in state.case_refs], spoken) if spoken else None
    return frozenset({given}) if given else frozenset()


def problem_of(state: CustomerState, event_id: str) -> dict[str, Any] | None:
    """The problem thread the touchpoint ``event_id`` was last folded into, if any."""
    for thread in reversed(state.problems):
        if thread.get("last_event_id") == event_id:
            found: dict[str, Any] = thread
            return found
    return None


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
    mood = mood_of(event)
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


def _since(as_of: str, days: float) -> str:
    return _iso(parse_time(as_of) - timedelta(days=days))


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
