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
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from schemas.models import Direction, EnrichedTouchpoint, Kind, SentimentLabel
from streams.customer.compact import unpack
from streams.text.lexicon import states_a_lack

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
#: Said-so texts remembered (digests, see :func:`_says_it_anew`).
MAX_SAID = 6
_HANDLE = re.compile(r"@\w+")
#: Recent inbound contacts remembered whatever their topic (a follow-up that refers
#: back, "RE: my complaint", joins the last of them: :func:`_last_contact`).
MAX_RECENT_CONTACTS = 6
#: A reply prefix opening a subject or a message ("RE:", "RES:", "AW:", "R:", "SV:",
#: "RV:", "TR:", "WG:", "FW:"): the customer answers a thread, a repeat contact.
REPLY_PREFIX = re.compile(r"^\s*(?:re|res|aw|r|rv|sv|tr|wg|fw|fwd)\s*:", re.IGNORECASE)
#: Topics about how we answer, not what went wrong ("still no reply, nothing done"):
#: a follow-up naming only these names no problem of its own, it refers back.
ABOUT_OUR_ANSWER = frozenset({"support_responsiveness"})
#: Asking whether one may still do something ("can I still change the frame colour if
#: it has shipped?"): no problem still there, no repeat (en, fr, de, es, it, pt).
MAY_STILL = (
    "can i still", "could i still", "can we still", "is it still possible", "je peux encore",
    "puis-je encore", "peut-on encore", "on peut encore", "est-il encore possible",
    "est-ce encore possible", "kann ich noch", "konnen wir noch", "kann man noch",
    "ist es noch moglich", "puedo todavia", "todavia puedo", "aun puedo", "puedo aun",
    "se puede todavia", "todavia se puede", "posso ancora", "si puo ancora",
    "e ancora possibile", "ainda posso", "posso ainda", "ainda da para", "ainda e possivel",
)  # fmt: skip
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
#: Words that negate what a contact says is solved ("still not fixed", "nada resolvido").
NEGATION = re.compile(
    r"\b(?:not|never|no|nothing|pas|jamais|rien|nicht|kein|keine|nie|noch|nunca|nada|sin|"
    r"todavia|aun|non|mai|niente|ancora|nao|nem|sem|ainda)\b|n't\b"
)
#: "Again" or a count said of what happened ("PT didn't turn up. Again.", "schon
#: wieder nicht erschienen", "logged me out three times"): the thing recurs, which is
#: no sign the customer writes about an earlier contact (en, fr, de, es, it, pt; see
#: :func:`refers_back`).
AGAIN_WORDS = (
    "again", "encore", "a nouveau", "de nouveau", "encore une fois", "wieder", "schon wieder",
    "erneut", "nochmals", "noch einmal", "otra vez", "de nuevo", "una vez mas", "di nuovo",
    "ancora una volta", "un'altra volta", "outra vez", "de novo", "novamente", "mais uma vez",
    "three times", "several times", "many times", "trois fois", "plusieurs fois",
    "dreimal", "mehrmals", "tres veces", "varias veces", "tre volte", "piu volte",
    "tres vezes", "varias vezes",
)  # fmt: skip
MAX_SCORES = 5  # survey answers kept for the rolling means
#: Attributes that describe one event, not the customer (kept out of ``context``).
EVENT_ATTRIBUTES = frozenset(
    {"order_value", "order_id", "currency", "page", "duration_s", "rating", "reason"}
)
#: Kinds that are not a conversation with the customer.
NOT_CONTACT = frozenset({Kind.page_view, Kind.purchase})
#: Journey stages, in priority order.
STAGES = ("churned", "at_risk", "advocate", "onboarding", "active")


#: Words by which a customer says this contact is a repeat ("second time", "déjà
#: signalé"): ``[repeat_contact] phrases`` of streams/alerts/rules.toml, read by the
#: rule and by the model (:attr:`ModelConfig.repeat_phrases`).
REPEAT_PHRASES = (
    "again", "encore", "second time", "third time", "2nd time", "3rd time", "4th time",
    "5th time", "three times", "several times", "many times", "already contacted",
    "already called", "already wrote", "already asked", "following up", "follow up",
    "following my", "still no", "still not", "still waiting", "toujours pas",
    "toujours aucune", "toujours rien", "toujours pas de", "deuxieme fois", "troisieme fois",
    "quatrieme fois", "cinquieme fois", "trois fois", "plusieurs fois", "deja contacte",
    "deja appele", "deja ecrit", "deja signale", "je relance", "suite a mon",
    "chasing", "schon wieder", "zum zweiten mal", "zum dritten mal", "immer noch nicht",
    "immer noch kein", "noch immer nicht", "otra vez", "de nuevo", "segunda vez", "tercera vez",
    "sigo sin", "sigo esperando", "ya he escrito", "ya llame", "ya escribi",
    "sigue sin", "vuelvo a", "aun no", "todavia no", "varias veces", "ya he llamado",
    "erneut", "nochmals", "noch einmal", "a nouveau", "de nouveau", "je reviens vers vous",
    "di nuovo", "ancora una volta", "un'altra volta", "seconda volta", "terza volta",
    "piu volte", "gia contattato", "gia chiamato", "gia scritto", "gia segnalato",
    "vi ricontatto", "vi riscrivo", "sollecito", "ancora niente", "ancora nessun",
    "ancora nessuna", "ancora non", "outra vez", "de novo", "novamente", "terceira vez",
    "varias vezes", "ja contactei", "ja liguei", "ja escrevi", "ja reclamei", "ainda nao",
    "ainda sem", "continuo sem", "continua sem", "volto a",
    # writing again (fr, de, it; the others say it with "vuelvo a", "volto a", "again")
    "je reecris", "je vous reecris", "nochmal", "riscrivo",
    # referring back to an earlier message (en, fr, de, es, it, pt)
    "my last message", "my previous message", "my complaint", "my ticket", "since last time",
    "mon dernier message", "mon precedent message", "ma reclamation", "mon ticket",
    "depuis la derniere fois", "meine letzte nachricht", "meiner letzten nachricht",
    "meine beschwerde", "mein ticket", "seit dem letzten mal", "mi ultimo mensaje",
    "mi mensaje anterior", "mi reclamacion", "mi ticket", "desde la ultima vez",
    "mio ultimo messaggio", "mio messaggio precedente", "mio reclamo", "mio ticket",
    "dall'ultima volta", "minha ultima mensagem", "minha mensagem anterior",
    "minha reclamacao", "meu ticket", "desde a ultima vez",
)  # fmt: skip


@dataclass(frozen=True)
class ModelConfig:
    """How the model reads touchpoints (``[model]`` in streams/alerts/rules.toml)."""

    trend_half_life_days: float = 7.0
    negative_sentiment: float = -0.2
    positive_sentiment: float = 0.2
    onboarding_days: float = 14.0
    episode_hours: float = 6.0
    repeat_window_days: float = 7.0
    at_risk_score: int = 50
    peak_memory_days: float = 14.0
    #: Words by which a customer says something is still so: about the topic of an
    #: open problem thread, the problem raised again, even asked as a question.
    persists_phrases: tuple[str, ...] = (
        "still", "toujours", "any news", "des nouvelles", "again", "chasing", "following up",
        "follow up", "je relance", "immer noch", "noch immer", "noch nicht", "neuigkeiten",
        "wieder", "sigo", "sigue", "todavia", "novedad", "novedades", "otra vez", "de nuevo",
        "e ancora", "sono ancora", "novita", "aggiornamenti", "di nuovo", "ainda esta",
        "ainda estou", "novidade", "novidades", "outra vez", "de novo", "ancora aperto",
        "ancora aperta", "ainda aberto", "ainda aberta", "ainda sem",
        # still not, still nothing in Italian (bare "ancora" may mean "more")
        "ancora non", "ancora niente", "ancora nulla",
        # it goes on (en, fr, de, es, it, pt)
        "persists", "continue de", "persiste", "weiterhin", "noch offen", "continua", "continuo",
        "ainda",
        # we are still so (es, it, pt; "still", "toujours", "immer noch" say it already)
        "seguimos igual", "seguimos sin", "seguimos esperando", "siamo ancora", "stiamo ancora",
        "continuamos sem", "continuamos igual", "continuamos a espera",
    )  # fmt: skip
    #: Words by which a customer says the problem is solved ("working again", "resolvido",
    #: "läuft"): such a contact closes their problems (negated, "still not fixed", not).
    resolved_phrases: tuple[str, ...] = (
        "resolved", "solved", "sorted", "fixed", "working again", "works again", "works now",
        "working now", "all good now", "resolu", "resolue", "regle", "reglee", "ca marche",
        "ca fonctionne", "fonctionne a nouveau", "ca remarche", "gelost", "behoben", "erledigt",
        "lauft", "lauft wieder", "funktioniert wieder", "klappt wieder", "resuelto",
        "resuelta", "solucionado", "solucionada", "arreglado", "arreglada", "ya funciona",
        "funciona de nuevo", "risolto", "risolta", "sistemato", "sistemata", "funziona di nuovo",
        "ora funziona", "tutto a posto", "resolvido", "resolvida", "ja funciona",
        "funciona de novo",
    )  # fmt: skip
    #: Words by which a customer says the contact is a repeat: not a [model] key, the
    #: rules file's ``[repeat_contact] phrases`` (streams.alerts.rules.load_rules_config).
    repeat_phrases: tuple[str, ...] = REPEAT_PHRASES


@dataclass(frozen=True)
class RiskConfig:
    """Points of each churn-risk factor (``[risk]`` in streams/alerts/rules.toml)."""

    window_days: float = 30.0
    negative_trend: int = 25
    detractor: int = 20
    poor_survey: int = 10
    repeat_contact_each: int = 8
    repeat_contact_max: int = 24
    open_issue_each: int = 5
    open_issue_max: int = 15
    competitor: int = 15
    cancellation_intent: int = 35
    cancellation: int = 50
    silence: int = 15


DEFAULT_MODEL = ModelConfig()
DEFAULT_RISK = RiskConfig()


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
    #: "last_at", "last_channel", "open", "problem"} (see :func:`_fold_problem`).
    problems: list[dict[str, Any]] = field(default_factory=list)
    #: recent contacts that said they are a repeat or still so: [occurred_at, digest
    #: of their words] (a copy says nothing new: :func:`_says_it_anew`)
    said_recent: list[list[str]] = field(default_factory=list)
    #: recent inbound contacts since the last thanks, whatever their topic:
    #: [occurred_at, event_id, channel] (a follow-up referring back joins the last)
    recent_contacts: list[list[str]] = field(default_factory=list)
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
    refresh_churn_risk(state, state.last_seen or occurred, model, risk)
    return True


def _rated(event: EnrichedTouchpoint) -> bool:
    """A survey answer with a score: its comment rates the score (detractor, satisfied)."""
    scores = event.scores
    return any(v is not None for v in (scores.nps, scores.csat, scores.ces))


def _fold_voice(state: CustomerState, event: EnrichedTouchpoint, occurred: str) -> None:
    """Recency of the customer's voice, and the journey stage they were last at."""
    scores = event.scores
    spoke = event.scored or any(v is not None for v in (scores.nps, scores.csat, scores.ces))
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


#: Emotions that make a question a complaint ("why is it STILL not here?!").
UPSET = frozenset({"anger", "frustration", "disappointment", "anxiety"})
#: Emotions of thanks: a positive contact that carries one says a problem is over.
THANKS = frozenset({"gratitude", "joy", "relief"})


def is_calm_question(event: EnrichedTouchpoint) -> bool:
    """A question without complaint or upset: the tweet-trained sentiment model often
    reads these as negative ("Can I get my invoice as a PDF?" scores -0.30). It must be
    asked (a question mark): the intent model also tags remarks ("Took three days to
    get a reply last time. Used to be quicker.", -0.36). Asked indignantly ("140 EUR??",
    "900 euro per questo??": :func:`asks_indignantly`) it is no calm question."""
    return (
        "question" in event.intents
        and "complaint" not in event.intents
        and not UPSET.intersection(event.emotions)
        and "?" in (event.text or "?")
        and not asks_indignantly(event)
    )


#: "??", "?!", "!?": a question asked in indignation, not for an answer.
_INDIGNANT = re.compile(r"\?\s*[?!]|!\s*\?")


def asks_indignantly(event: EnrichedTouchpoint) -> bool:
    """The customer asks in indignation ("Paguei 900€ por isto??", "you charged me
    twice?!"): a complaint asked as a question, in any language."""
    return bool(_INDIGNANT.search(event.text or ""))


def mood_of(event: EnrichedTouchpoint) -> float:
    """The sentiment the customer model reads: a calm question, or a thanks without
    complaint ("merci, c'est réglé !" scores -0.27), is never negative."""
    calm = is_calm_question(event) or thanks_without_complaint(event)
    return max(event.sentiment, 0.0) if calm else event.sentiment


def is_negative(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    return event.scored and mood_of(event) <= model.negative_sentiment


def is_positive(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    return (event.scored and event.sentiment >= model.positive_sentiment) or (
        "praise" in event.intents and not is_negative(event, model)
    )


def is_complaint(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A complaint: said so (intent), or a negative message (a survey comment needs the intent)."""
    if "complaint" in event.intents:
        return not is_positive(event, model)
    return is_negative(event, model) and event.kind is not Kind.survey_response


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
        _push(
            state.recent_contacts,
            [occurred, event.event_id, event.channel.value],
            MAX_RECENT_CONTACTS,
        )
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


def is_problem(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A contact that raises a problem: a complaint or a negative message.

    A calm question (see :func:`is_calm_question`), a request for help said
    calmly and a compliment are not a problem coming back, nor praise the model
    reads as negative (enrichment's ``praise_cue``: "La borne recharge la voiture
    la nuit sans souci. Nickel" -0.35). A question asked in indignation is a problem
    whatever the model's score ("Paguei 900€ por isto??" -0.09: :func:`asks_indignantly`).
    """
    if is_positive(event, model) or event.praise_cue:
        return False
    if "complaint" in event.intents or asks_indignantly(event):
        return True
    # Negative by its score alone: the model reads it as negative, or it negates
    # something ("keine neuen Mitarbeitenden anlegen" -0.25) or says it is still so
    # ("toujours K-77, toujours bloqué dehors" -0.24); not a routine note it scores low
    # and reads as neutral ("Bestätige den Gesundheitstag am 15. für 30 Personen" -0.33).
    return is_negative(event, model) and (
        event.sentiment_label is SentimentLabel.negative
        or states_a_lack(event.text or "")
        or says_it_persists(event, model)
        or says_it_repeats(event, model)
    )


def says_thanks(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A positive contact that thanks or praises, without complaint or upset: it says
    the problems before it are over.

    A positive score alone is not enough: the model reads "I'm calling because my
    parcel says delivered and I never got it" as positive in French.
    """
    return is_positive(event, model) and thanks_without_complaint(event)


#: "sorry" (en fr de es it pt) ...
_APOLOGY = (
    r"sorry|apologies|apologise|apologize|desolee?|pardon|excusez|entschuldig\w*|"
    r"perdon|perdona|disculpa|disculpad|disculpen|lo siento|scusa|scusate|mi scuso|"
    r"desculpa|desculpe|desculpem"
)
#: ... for the customer's own earlier words: yesterday, their tone, their message.
_OWN_WORDS = (
    r"yesterday|earlier|my tone|the tone|my message|my last message|rant|harsh|hier|"
    r"le ton|mon ton|mon message|coup de gueule|gestern|den ton|meinen ton|meine nachricht|"
    r"ayer|el tono|mi tono|mi mensaje|el mensaje|ieri|il tono|il messaggio|ontem|o tom|"
    r"pelo tom|a mensagem|pela mensagem"
)
_APOLOGY_RE = re.compile(rf"\b(?:{_APOLOGY})\b")
_OWN_WORDS_RE = re.compile(rf"\b(?:{_OWN_WORDS})\b")
#: "Sorry, but yesterday's delivery never came" is a complaint, not an apology.
_CONTRAST_RE = re.compile(r"\b(?:but|mais|aber|pero|ma|mas)\b")


def apologises(event: EnrichedTouchpoint) -> bool:
    """The customer apologises for their own earlier words ("gestern war ich etwas zu
    harsch, sorry", "Desculpem a mensagem de ontem, estava irritada"): the bad moment
    is over, as a thanks says it, whatever the model reads of the apology."""
    text = normalise_text(event.text or "")
    return (
        bool(_APOLOGY_RE.search(text))
        and bool(_OWN_WORDS_RE.search(text))
        and not _CONTRAST_RE.search(text)
    )


def thanks_without_complaint(event: EnrichedTouchpoint) -> bool:
    """Praise or thanks (intent, emotion), and no complaint or upset alongside."""
    if "complaint" in event.intents or UPSET.intersection(event.emotions):
        return False
    return "praise" in event.intents or bool(THANKS.intersection(event.emotions))


def normalise_text(text: str) -> str:
    """Lower case without accents: "Déjà contacté" -> "deja contacte"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words of :func:`normalise_text`'s text, longest
    first (None for no phrases); one compiled pattern per phrase list."""
    if not phrases:
        return None
    alternatives = "|".join(re.escape(normalise_text(p)) for p in sorted(phrases, key=len)[::-1])
    return re.compile(rf"\b(?:{alternatives})\b")


def says_it_persists(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says something is still so (``[model] persists_phrases``): about the
    topic of an open problem, that is the problem raised again."""
    pattern = phrase_pattern(model.persists_phrases)
    return pattern is not None and bool(pattern.search(said_text(event.text or "")))


def said_text(text: str) -> str:
    """Lower case without accents, without asking whether one may still do something
    ("can I still change the frame colour?", "je peux encore", "ainda posso":
    :data:`MAY_STILL`), which says nothing is still wrong nor a repeat."""
    may_still = phrase_pattern(MAY_STILL)
    text = normalise_text(text)
    return may_still.sub(" ", text) if may_still is not None else text


def says_resolved(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says the problem is solved ("confirmed, working again", "confirmo,
    resolvido", "bestätigt, läuft": ``[model] resolved_phrases``), not negated ("still
    not fixed", "nada resolvido", "toujours pas résolu"), without complaint or anger
    (worry may linger) and asking nothing, nor saying something is still so in other
    words."""
    pattern = phrase_pattern(model.resolved_phrases)
    text = said_text(event.text or "")
    if pattern is None or not pattern.search(text) or NEGATION.search(text):
        return False
    # Worry may linger in the words ("RES: URGENTE corte de gas | Ja esta resolvido ...
    # Muito obrigado": anxiety), anger or a complaint may not.
    # A complaint read as positive is the reply's subject quoting the problem ("RE:
    # Factura estimada incorrecta | Ya esta resuelto ... Muchas gracias", +0.59).
    complains = "complaint" in event.intents and not is_positive(event, model)
    upset = complains or (UPSET - {"anxiety"}).intersection(event.emotions)
    still = phrase_pattern(model.persists_phrases)
    rest = pattern.sub(" ", text)  # "working again" says the "again" of the fix
    return not upset and "?" not in text and not (still is not None and still.search(rest))


def replies(event: EnrichedTouchpoint) -> bool:
    """The subject or the message opens with a reply prefix ("RE: my complaint",
    "RES: continua por resolver", "AW:"): the customer answers an earlier thread."""
    return bool(REPLY_PREFIX.match(event.subject or "") or REPLY_PREFIX.match(event.text or ""))


def refers_back(event: EnrichedTouchpoint, model: ModelConfig) -> str | None:
    """How the contact refers back to an earlier one: ``"repeat"`` for a reply prefix
    ("RE: my complaint"), a complaint about our answer ("still no reply":
    :data:`ABOUT_OUR_ANSWER`) or words saying it is a repeat ("vuelvo a escribir",
    "riscrivo", "vi ho gia' scritto"); ``"still"`` for words saying it is still so
    ("ich warte immer noch", "continua por resolver") only in a question ("do you
    still...?"; in a statement it is ``"repeat"``); None otherwise. "Again" alone
    does not count: it may say the thing recurs ("PT didn't turn up. Again.")."""
    if writes_again(event, model):
        return "repeat"
    text = _without_again(event)
    still = phrase_pattern(model.persists_phrases)
    if still is None or not still.search(text):
        return None
    # Still so in a statement ("Continua igual. Alguem le isto?") refers back like a
    # repeat; inside a question ("do you still offer it?") it may ask anything.
    statements = [s for s in _SENTENCE.findall(text) if not s.rstrip().endswith("?")]
    return "repeat" if any(still.search(s) for s in statements) else "still"


def writes_again(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says in words of its own that this contact follows an earlier one: a
    reply prefix, a complaint about our answer alone, or repeat words ("vuelvo a
    escribir", "E' la terza volta che vi contatto", "still waiting"), not "again" said of
    what happened ("PT didn't turn up. Again.") nor a bare "still" ("I was still
    charged")."""
    if replies(event) or ABOUT_OUR_ANSWER.intersection(event.topics):
        return True
    repeat = phrase_pattern(model.repeat_phrases)
    return repeat is not None and bool(repeat.search(_without_again(event)))


def _without_again(event: EnrichedTouchpoint) -> str:
    """The subject and text as :func:`said_text` reads them, "again" words
    (:data:`AGAIN_WORDS`) blanked."""
    again = phrase_pattern(AGAIN_WORDS)
    text = said_text(f"{event.subject or ''} {event.text or ''}")
    return again.sub(" ", text) if again is not None else text


def says_it_repeats(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says this contact is a repeat ("second message, again", "déjà
    signalé": :attr:`ModelConfig.repeat_phrases`, in the subject or the text; a reply
    prefix, :func:`replies`, is read apart: "RE: all sorted, thanks" still thanks)."""
    pattern = phrase_pattern(model.repeat_phrases)
    text = said_text(f"{event.subject or ''} {event.text or ''}")
    return pattern is not None and bool(pattern.search(text))


def asks_if_still(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer asks whether a problem is solved yet and says it is still so ("any
    news on the wallbox? Still pending. Thanks", "gibt es Neuigkeiten? Ist noch offen.
    Danke"): a follow-up on the problem however politely thanked (the model reads
    these +1.00), not a thanks that closes it."""
    return "?" in (event.text or "") and says_it_persists(event, model)


def resolves_problems(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A contact that says the customer's problems are over (repeat_contact threads).

    A thanks the model reads as positive (:func:`says_thanks`), unless it asks
    whether the problem is solved yet (:func:`asks_if_still`); or a thanks or
    praise without complaint or upset whatever its score ("Factura recibida,
    gracias" 0.00, "Ja esta resolvido, muito obrigado" -0.15, praise the model
    misreads: ``praise_cue``), unless it asks something ("where is my box?
    ... Cheers": a question signed off with thanks) or also says the thing is
    still so or a repeat ("thanks, but still nothing"). Praise says "again" or
    "still" of the good thing ("Fatura certinha outra vez... Assim dá gosto",
    "Rechnung wieder korrekt. So soll es sein": :func:`praises`): it closes them.
    """
    if says_thanks(event, model):
        return not asks_if_still(event, model)
    if says_resolved(event, model):
        return True
    if "?" in (event.text or ""):
        return False
    if praises(event):
        return True
    return (
        thanks_without_complaint(event)
        and not says_it_persists(event, model)
        and not says_it_repeats(event, model)
    )


def praises(event: EnrichedTouchpoint) -> bool:
    """The words praise, with no complaint or upset beside them: the praise intent, or
    praise the model reads as negative (enrichment's ``praise_cue``). "Again" or "still"
    in them says the good thing recurs ("Bill spot on again, as it should be", "toujours
    impeccable"), not a problem."""
    return event.praise_cue or ("praise" in event.intents and thanks_without_complaint(event))


def thanks_for_what_lasts(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A thanks that says "still" or "again" of something and names nothing wrong: no
    topic, no lack, no complaint or upset, nothing asked, no repeat words ("Pad thai
    arrived in 22 min and still steaming, cheers" 0.17, "Pizza chegou em 20 minutos e
    ainda quentinha, obrigado" -0.51). It says the good thing lasts, not that a problem
    does: it is no follow-up. It closes nothing either ("Sigue igual, gracias" reads
    the same to the models)."""
    text = event.text or ""
    return (
        thanks_without_complaint(event)
        and not event.topics
        and says_it_persists(event, model)
        and "?" not in text
        and not states_a_lack(text)
        and not says_it_repeats(event, model)
        and not replies(event)
    )


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
    since = _since(occurred, model.repeat_window_days)
    live = [t for t in state.problems if t["open"] and since <= t["last_at"]]
    thread: dict[str, Any] | None = next(
        (t for t in reversed(live) if topics & set(t["topics"])), None
    )
    # Said so: "still", "any news" (it persists), or "second message", "déjà signalé"
    # (a repeat): the customer says a problem raised before is still there.
    persists = says_it_persists(event, model)
    repeats = (says_it_repeats(event, model) or replies(event)) and not thanks_without_complaint(
        event
    )
    # Topics about our answer only ("still no reply") name no problem of their own.
    named = topics - ABOUT_OUR_ANSWER
    if thread is None and (persists or repeats):
        # A complaint, or a contact naming no topic ("tried again, still declined"),
        # joins the open problem raised in the last episode_hours whatever topic words
        # it uses now; else the earlier contact on its topic it refers back to.
        recent = _since(occurred, model.episode_hours / 24.0)
        problems = [
            t
            for t in live
            if t.get("problem", True) and (problem or not named) and recent <= t["last_at"]
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
        elif repeats and not problems and ("complaint" in event.intents or problem):
            # Saying it is a repeat, with a complaint however the model scores it ("me
            # again, second message about my parcel" reads +0.23) or a negative message
            # ("déjà signalé : toujours en échec"), refers to the customer's contact on
            # its topic of the last episode_hours, or naming no topic ("tried again,
            # still declined") to their last contact then (a question days ago on the
            # same topic may have been about something else: "VAT number wrong again").
            within = model.episode_hours / 24.0
            referred = _referred(state, event, occurred, model, within, any_topic=not named)
        thread = problems[-1] if problems else referred
        if thread is None and not named and (asks or not is_positive(event, model)):
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
            if not named and back and not calm and not is_positive(event, model):
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
        if (
            thread is None
            and problem
            and persists
            and writes_again(event, model)
            and states_a_lack(said_text(event.text or ""))
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
            ]
            thread = closed[-1] if closed else None
            if thread is not None:
                thread["open"] = True
    if thread is not None and (persists or repeats):
        problem = True
    if not problem and (is_calm_question(event) or (thread is None and not topics)):
        return  # a calm question, or a follow-up on nothing in particular
    if problem and thread is None and live and not topics:
        loose = [t for t in live if t.get("problem", True)]
        thread = loose[-1] if loose else None
    channel = event.channel.value
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
    copied = (persists or repeats) and not _says_it_anew(state, event, occurred, model)
    thread["said_copy"] = copied
    if occurred >= thread["last_at"]:
        thread["last_at"], thread["last_channel"] = occurred, channel
    thread["last_event_id"] = event.event_id


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
    state: CustomerState, event: EnrichedTouchpoint, within_days: float
) -> dict[str, Any] | None:
    """The thread of the customer's last inbound contact of the last ``within_days``
    since their last thanks (``recent_contacts``), which a follow-up referring back
    joins: the open thread that contact is in ("tampoco puedo añadir..., error al
    guardar", then "Seguimos igual, sin respuesta"), else one opened on it; None
    without one."""
    occurred = _iso(event.occurred_at)
    since = _since(occurred, within_days)
    earlier = [
        c for c in state.recent_contacts if since <= c[0] <= occurred and c[1] != event.event_id
    ]
    if not earlier:
        return None
    first = max(earlier)
    held: dict[str, Any]
    for held in reversed(state.problems):
        if held["open"] and (
            held.get("last_event_id") == first[1] or any(e[1] == first[1] for e in held["episodes"])
        ):
            return held
    thread: dict[str, Any] = {"topics": [], "episodes": [[first[0], first[1], first[2]]]}
    thread.update(last_at=first[0], last_channel=first[2], open=True, problem=False)
    state.problems.append(thread)
    del state.problems[:-MAX_PROBLEMS]
    return thread


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
    thanks = says_thanks(event, model) or apologises(event)
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
