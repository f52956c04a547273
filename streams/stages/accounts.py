"""Stage 4b: the B2B account roll-up and its ``account_risk`` warning.

Several contacts of one account (``customer.account_id``) write to us; the
account is at risk when several of them are unhappy at once, or when the
combined health falls low. Buyers (``attributes["role"] == "buyer"``) weigh more
than users, in the health and in the count of unhappy contacts.

``AccountState`` is a plain dataclass stored as JSON in a Faust table keyed by
account id. :func:`apply_to_account` is pure and idempotent per event id; it is
called after the contact's ``CustomerState`` was updated with the same event.
:func:`evaluate_account` runs in stream time (the event's ``occurred_at``):
complaints expire after a window, the alert latches on (hysteresis) and is not
raised again within the cooldown.

A contact is *unhappy* when any of these holds (stream time):
- an open complaint, within ``complaint_window_days``, not yet followed by a
  message that thanks or praises: an inbound message that says it is one (the
  ``complaint`` intent, unless it reads positive, or is a question that does
  not read negative), or a negative one (at or
  below ``complaint_max_sentiment``, and read as negative or saying something
  is missing or wrong: a negator, "SEM luz", "zeigt keine Bestellungen"; not a
  routine note scored low and read as neutral, "Hi, attached are October's new
  starters" -0.26) that is not a calm question or suggestion, a routine request
  (:func:`routine_request`: "Necesito el informe de progreso del trimestre para
  RRHH" -0.38, read as negative), a problem played down with the
  rest fine or called minor (:func:`mild_remark`: "grince un peu, sinon ça va" -0.28,
  "Kleinigkeit: die USt-ID ist falsch formatiert", "Pequena nota: ..."), a thanks
  without complaint ("★★★★☆ Merci à Tom du support", -0.49), praise the
  score misread (enrichment's ``praise_cue``: "Tres satisfaite de Zampa", -0.49;
  with a complaint too when no upset but a reservation's disappointment is beside it)
  nor a survey comment (as the customer model reads complaints; the sentiment label alone
  missed "the last three deliveries were late, this is hurting our business");
- a detractor NPS (``<= detractor_max_nps``) within the same window;
- churn risk ``>= unhappy_churn_risk`` (when the customer model has one).

Its row in ``voc.accounts`` also counts buyers and users (and unhappy buyers),
adds up the contacts' value (:func:`streams.customer.segments.customer_value`)
and puts a churn risk of ``100 - health`` on it: value at risk is
``churn_risk / 100 x value``.

One person is one contact, and "several" means several people
(:func:`_people`): a touchpoint naming two identifiers (or merging them) folds
the entry of the one into the other, complaints and answer kept; before that
link, two unhappy contacts never seen under a common kind of identifier (a
detractor answer under a customer id with no e-mail on record, a complaint
under an e-mail alone) may be one person and count once, while two customer
ids, or two e-mails, are two people.

A low sentiment trend (``<= unhappy_trend``) lowers the contact's health and is
quoted as context, but never makes a contact unhappy on its own: with a handful
of messages per contact, two misread questions would move it that far.
A contact with no reason to be unhappy weighs in the combined health at no less
than ``content_health_floor``: content colleagues whose routine requests were
misread must not turn one upset person into an account at risk, even the
angriest user among three contacts (a buyer that angry still pages).
"""

from __future__ import annotations

import json
import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from schemas.models import Alert, Direction, EnrichedTouchpoint, Kind, SentimentLabel, Severity
from streams.alerts.alerting import new_alert
from streams.alerts.rules import config_section
from streams.customer.segments import customer_value, default_segments, value_at_risk
from streams.customer.state import NOT_CONTACT, CustomerState
from streams.customer.wording import (
    is_calm_question,
    is_calm_suggestion,
    names_something,
    thanks_without_complaint,
)
from streams.stages.identity import canonical_of
from streams.stages.records import ALERTS, ROWS, Out
from streams.text.lexicon import normalize, phrase_alternatives, states_a_lack

RULE = "account_risk"
#: Event ids an account remembers to drop replays.
RECENT_EVENTS = 128
#: Open complaints kept per contact (the evidence of an alert).
MAX_COMPLAINTS = 5
MAX_EVIDENCE = 20
#: Emotions that make a negative message a complaint even without the intent.
COMPLAINT_EMOTIONS = frozenset({"anger", "frustration", "disappointment"})
#: Emotions beyond a reservation's disappointment: beside praise, they still complain.
UPSET_EMOTIONS = COMPLAINT_EMOTIONS - {"disappointment"}
#: Typed identifiers (``CustomerRef.identifiers``); a customer id is keyed bare.
IDENTIFIER_KINDS = frozenset({"email", "phone", "handle"})


@dataclass(frozen=True)
class AccountRulesConfig:
    enabled: bool = True
    #: Unhappy contacts, weighted by role, that put the account at risk.
    min_unhappy_weight: float = 2.0
    #: Below this weight (and with health back above threshold + margin) the latch releases.
    release_unhappy_weight: float = 1.0
    buyer_weight: float = 1.5
    user_weight: float = 1.0
    #: Combined health (0-100) below this, with at least one unhappy contact among
    #: at least ``min_contacts`` known contacts, is a risk.
    health_threshold: float = 35.0
    min_contacts: int = 3
    health_margin: float = 10.0
    critical_health: float = 25.0
    #: A contact with no reason to be unhappy weighs in the combined health at no less
    #: than this: routine requests the model misreads lower its trend, not the account.
    #: Above 52.5, one user at 0 among two content colleagues stays above the threshold
    #: (a buyer, weighing 1.5, does not).
    content_health_floor: float = 55.0
    complaint_window_days: float = 10.0
    complaint_max_sentiment: float = -0.2
    detractor_max_nps: int = 6
    unhappy_churn_risk: float = 60.0
    unhappy_trend: float = -0.5
    cooldown_hours: float = 72.0
    #: A remark that plays its problem down ("a bit", "un peu", "etwas") ...
    hedge_phrases: tuple[str, ...] = (
        "a bit", "a little", "slightly", "un peu", "legerement", "etwas", "ein bisschen",
        "ein wenig", "un poco", "un pelin", "un po", "leggermente", "um pouco", "um bocado",
    )  # fmt: skip
    #: ... and says that otherwise all is well ("sinon", "ansonsten", "de resto"), in the
    #: hedge's clause or the next one: a mild remark (:func:`mild_remark`).
    otherwise_phrases: tuple[str, ...] = (
        "otherwise", "apart from that", "other than that", "sinon", "a part ca", "pour le reste",
        "ansonsten", "sonst", "por lo demas", "aparte de eso", "del resto", "per il resto",
        "a parte questo", "de resto", "no resto", "tirando isso",
    )  # fmt: skip
    #: A remark that opens by calling itself minor ("Small thing: ...", "Kleinigkeit:
    #: ..."), only as the opening label ("this is no small thing" is not one): a mild
    #: remark. The small notes ("Small note: ...", "Pequena nota: ...") among them.
    minor_label_phrases: tuple[str, ...] = (
        "small thing", "minor thing", "minor point", "minor issue", "small detail", "minor detail",
        "petit detail", "petite chose", "detail", "kleinigkeit", "kleine sache", "detalle",
        "pequeno detalle", "una cosita", "dettaglio", "piccolo dettaglio", "piccola cosa",
        "pequena cosa", "pequena coisa", "pormenor", "pequeno detalhe", "detalhe", "small note",
        "quick note", "petite remarque", "petite note", "kleiner hinweis", "kleine anmerkung",
        "pequena nota", "pequena observacao", "piccola nota", "piccola osservazione",
    )  # fmt: skip
    #: A clause saying it is not urgent ("Nada urgente.", "rien d'urgent"): a mild remark.
    not_urgent_phrases: tuple[str, ...] = (
        "not urgent", "nothing urgent", "no rush", "pas urgent", "rien d urgent", "nicht dringend",
        "nichts dringendes", "nada urgente", "no es urgente", "sin prisa", "niente di urgente",
        "non e urgente", "nessuna fretta", "nao e urgente", "sem pressa",
    )  # fmt: skip
    #: A request opening by what the writer needs ("Need the quarterly progress report
    #: for HR", "Brauche den Quartalsbericht", "Mi serve il report"), after an optional
    #: greeting: a routine request (:func:`routine_request`), not a complaint.
    need_phrases: tuple[str, ...] = (
        "need", "i need", "we need", "we d need", "il me faut", "il nous faut", "j ai besoin",
        "nous avons besoin", "necesito", "necesitamos", "brauche", "ich brauche", "wir brauchen",
        "mi serve", "ci serve", "ho bisogno", "abbiamo bisogno", "preciso", "precisamos",
    )  # fmt: skip
    #: Greetings a routine request may open with, no comma after ("Hola necesito ...").
    greeting_phrases: tuple[str, ...] = (
        "hi", "hello", "hola", "hallo", "ciao", "ola", "bonjour",
    )  # fmt: skip


def load_account_config(data: dict[str, Any]) -> AccountRulesConfig:
    """Thresholds from the optional ``[account_risk]`` section of the rules TOML."""
    config: AccountRulesConfig = config_section(AccountRulesConfig, data.get(RULE, {}), RULE)
    return config


@dataclass
class AccountState:
    account_id: str
    #: customer_id -> role, sentiment_trend, last_sentiment, churn_risk, nps, nps_at,
    #: last_seen, contact_count, open_complaints [[event_id, iso]], health, unhappy.
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    health: float = 100.0
    unhappy_contacts: int = 0
    unhappy_weight: float = 0.0
    at_risk: bool = False
    last_alert_at: str | None = None
    last_seen: str | None = None
    recent_event_ids: list[str] = field(default_factory=list)
    #: The next contact update to apply (numbered by the resolver, in event-time
    #: order) and the ones that came early, by number.
    next_seq: int = 1
    waiting: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Shallow, like :meth:`CustomerState.to_json` (the table serialises at once)."""
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountState:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


def _contact(account: AccountState, customer_id: str) -> dict[str, Any]:
    return account.contacts.setdefault(
        customer_id,
        {
            "role": "unknown",
            "sentiment_trend": None,
            "last_sentiment": None,
            "churn_risk": None,
            "nps": None,
            "nps_at": None,
            "last_seen": None,
            "contact_count": 0,
            "open_complaints": [],
            "health": 75.0,
            "unhappy": False,
            "reasons": [],
        },
    )


def apply_to_account(
    account: AccountState,
    customer: CustomerState,
    event: EnrichedTouchpoint,
    config: AccountRulesConfig | None = None,
) -> bool:
    """Fold a contact's freshly updated state and event in; False on a replay."""
    config = config or AccountRulesConfig()
    if event.event_id in account.recent_event_ids:
        return False
    account.recent_event_ids.append(event.event_id)
    del account.recent_event_ids[:-RECENT_EVENTS]
    contact = _contact(account, customer.customer_id)
    _link(account, customer.customer_id, contact, event)
    role = event.attributes.get("role", "").strip().lower()
    if role in ("buyer", "user"):
        contact["role"] = role
    contact["sentiment_trend"] = customer.sentiment_trend
    contact["last_sentiment"] = customer.last_sentiment
    risk = getattr(customer, "churn_risk", None)
    contact["churn_risk"] = float(risk) if isinstance(risk, int | float) else None
    contact["contact_count"] = customer.contact_count
    contact["value"] = customer_value(customer, default_segments().value)
    occurred = event.occurred_at.isoformat()
    contact["last_seen"] = max(contact["last_seen"] or occurred, occurred)
    account.last_seen = max(account.last_seen or occurred, occurred)
    if event.scores.nps is not None:
        contact["nps"], contact["nps_at"] = event.scores.nps, occurred
    if event.direction == Direction.inbound and event.scored and _complains(event, config):
        complaints = [*contact["open_complaints"], [event.event_id, occurred]]
        contact["open_complaints"] = complaints[-MAX_COMPLAINTS:]
    elif event.direction == Direction.inbound and thanks_without_complaint(event):
        # "all sorted now, thanks", whatever the model reads: "Tutto risolto per la
        # fattura cumulativa. Grazie mille per l'aiuto!" -0.07, "Ja esta resolvido...
        # Muito obrigado pela ajuda!" unscored.
        contact["open_complaints"] = []
    return True


def _link(
    account: AccountState, key: str, contact: dict[str, Any], event: EnrichedTouchpoint
) -> None:
    """One person is one contact: fold into ``contact`` the entries of the identifiers
    this touchpoint names or merged (an answer under the customer id, a complaint under
    the e-mail, linked days later), and remember every identifier the contact was seen
    under (``identifiers``, :func:`_people` reads their kinds)."""
    named = {canonical_of(i) for i in event.customer.identifiers()} | set(event.merged_keys)
    known = set(contact.get("identifiers") or [key]) | named
    for other_key in sorted(named - {key}):
        other = account.contacts.pop(other_key, None)
        if other is None:
            continue
        known |= set(other.get("identifiers") or [other_key])
        complaints = {c[0]: c for c in [*other["open_complaints"], *contact["open_complaints"]]}
        contact["open_complaints"] = sorted(complaints.values(), key=lambda c: c[1])[
            -MAX_COMPLAINTS:
        ]
        if other.get("nps_at") and (not contact["nps_at"] or other["nps_at"] > contact["nps_at"]):
            contact["nps"], contact["nps_at"] = other["nps"], other["nps_at"]
        if contact["role"] == "unknown":
            contact["role"] = other.get("role", "unknown")
    contact["identifiers"] = sorted(known)


def _kinds(key: str, contact: dict[str, Any]) -> frozenset[str]:
    """The kinds of identifier a contact was seen under ("id", "email", "phone", "handle")."""
    kinds = set()
    for identifier in contact.get("identifiers") or [key]:
        kind, _, _ = identifier.partition(":")
        kinds.add(kind if kind in IDENTIFIER_KINDS else "id")
    return frozenset(kinds)


def _people(
    config: AccountRulesConfig, unhappy: list[tuple[str, dict[str, Any]]]
) -> tuple[int, float]:
    """Unhappy contacts that are surely different people, and their weight.

    Two contacts seen under different values of one kind of identifier (two
    customer ids, two e-mails) are two people. Two that share no kind (a
    detractor answer under a customer id with no e-mail on record, a complaint
    under an e-mail alone) may be one person whose identifiers are not linked
    yet: they count once, with the larger weight, until they are told apart.
    """
    groups: list[tuple[set[str], float]] = []
    ranked = sorted(unhappy, key=lambda item: (-len(_kinds(*item)), item[0]))
    for key, contact in ranked:
        kinds, weight = _kinds(key, contact), _weight(config, contact["role"])
        for index, (seen, heaviest) in enumerate(groups):
            if not seen & kinds:
                groups[index] = (seen | kinds, max(heaviest, weight))
                break
        else:
            groups.append((set(kinds), weight))
    return len(groups), sum(weight for _, weight in groups)


def _complains(event: EnrichedTouchpoint, config: AccountRulesConfig) -> bool:
    if event.sentiment_label == SentimentLabel.positive:
        return False
    if event.kind in NOT_CONTACT:
        # A purchase or a page view is no conversation ("Contratto manutenzione Pro 12
        # mesi", the subject of a purchase, reads as negative): nobody complains in it.
        return False
    if (
        mild_remark(event.text or "", config)
        and not COMPLAINT_EMOTIONS.intersection(event.emotions)
        and "cancellation" not in event.intents  # "etwas schneller, sonst kündigen wir"
    ):
        return False  # "Le délai de livraison est un peu long, sinon rien à signaler" -0.33
    if thanks_without_complaint(event):
        return False  # "★★★★☆ Merci à Tom du support, réponse rapide" reads -0.49
    if event.praise_cue and not UPSET_EMOTIONS.intersection(event.emotions):
        # Praise the score misread ("Tres satisfaite de Zampa" -0.49), or with one
        # reservation, disappointed at most: "Très bon accord, juste dommage que le créneau
        # du samedi soit toujours complet" reads -1.00 with a complaint, from the
        # reservation's disappointment; a pleased contact's remark.
        return False
    negative = event.sentiment_label == SentimentLabel.negative
    if "complaint" in event.intents:
        # "Quick question: the app shows duplicate notifications, is that expected?"
        return negative or "question" not in event.intents
    if COMPLAINT_EMOTIONS.intersection(event.emotions):
        return negative
    # Said nothing of a complaint: the model reads it as negative words that name
    # something (a topic, an intent, an emotion, a reference: it misreads praise naming
    # none, "As drives partilhadas facilitaram imenso o trabalho" -0.41), or scores it
    # low and it says something is missing or wrong (a negator: "SEM luz", "zeigt
    # keine Bestellungen"), not a routine note it scores low and reads as neutral
    # ("Hi, attached are October's new starters" -0.26).
    return (
        ((negative and names_something(event)) or states_a_lack(event.text or "", event.language))
        and event.sentiment <= config.complaint_max_sentiment
        and event.kind is not Kind.survey_response
        and not is_calm_question(event)
        and not is_calm_suggestion(event)  # "Suggerimento: sarebbe utile ..." -0.56
        and not routine_request(event.text or "", config)
    )


@lru_cache(maxsize=16)
def _phrases_re(template: str, *phrase_lists: tuple[str, ...]) -> re.Pattern[str] | None:
    """``template`` with each ``{}`` the alternatives of one phrase list (None when a list
    is empty); one compiled pattern per template and phrase lists."""
    if not all(phrase_lists):
        return None
    return re.compile(template.format(*(phrase_alternatives(phrases) for phrases in phrase_lists)))


#: The hedge, then "otherwise" in its clause or the next one ("|" is a comma or a stop).
_MILD = r" (?:{}) (?:[^|]* )?(?:\| )?(?:{}) "
#: The minor label opening the remark, then a colon or a stop.
_MINOR_LABEL = r"^ (?:{}) \|"
_NOT_URGENT = r" (?:{}) "


def mild_remark(text: str, config: AccountRulesConfig) -> bool:
    """A problem played down: the rest fine ("grince un peu, sinon ça va", "a bit slow,
    otherwise all good", "um pouco lento, de resto tudo bem"), or the remark calls itself
    minor or not urgent ("Kleinigkeit: die USt-ID ist falsch formatiert", "Detalle: ...
    Nada urgente."): a remark, not a complaint. The words are the config's
    ``hedge_phrases`` and ``otherwise_phrases``, ``minor_label_phrases``,
    ``not_urgent_phrases`` (``[account_risk]``)."""
    words = normalize(text)
    patterns = (
        _phrases_re(_MILD, config.hedge_phrases, config.otherwise_phrases),
        _phrases_re(_MINOR_LABEL, config.minor_label_phrases),
        _phrases_re(_NOT_URGENT, config.not_urgent_phrases),
    )
    return any(pattern is not None and pattern.search(words) for pattern in patterns)


#: A need opening the request, after an optional greeting ("hola necesito ...").
_NEEDS = r"^ (?:(?:{}) )?(?:{}) "
_NEEDS_UNGREETED = r"^ (?:{}) "


def routine_request(text: str, config: AccountRulesConfig) -> bool:
    """One sentence asking for what the writer needs, naming no fault: "Necesito el
    informe de progreso del trimestre para RRHH" (-0.38, read as negative), "Mi serve
    il report di avanzamento del trimestre per le HR" (-0.69). Admin asking for
    something, not a complaint; "I need access, the portal shows nothing" negates
    (:func:`states_a_lack`) and "need it today. | still nothing" is two sentences. The
    words are the config's ``need_phrases``, after one of its ``greeting_phrases``."""
    words = normalize(text)
    body = words.rstrip(" |")
    if config.greeting_phrases:
        needs = _phrases_re(_NEEDS, config.greeting_phrases, config.need_phrases)
    else:
        needs = _phrases_re(_NEEDS_UNGREETED, config.need_phrases)
    found = needs is not None and bool(needs.search(words))
    return found and " | " not in body and not states_a_lack(text)


def _weight(config: AccountRulesConfig, role: str) -> float:
    return config.buyer_weight if role == "buyer" else config.user_weight


def refresh(config: AccountRulesConfig, account: AccountState, stream_now: datetime) -> None:
    """Recompute each contact's health and unhappiness, and the account's, at stream time."""
    since = (stream_now - timedelta(days=config.complaint_window_days)).isoformat()
    total = weights = 0.0
    unhappy: list[tuple[str, dict[str, Any]]] = []
    for key, contact in account.contacts.items():
        complaints = [c for c in contact["open_complaints"] if c[1] >= since]
        contact["open_complaints"] = complaints
        trend = contact["sentiment_trend"]
        health = 75.0 if trend is None else 50.0 + 50.0 * float(trend)
        health -= 20.0 * min(len(complaints), 2)
        reasons: list[str] = []
        if complaints:
            reasons.append(f"{len(complaints)} open complaint{'s' if len(complaints) > 1 else ''}")
        nps, nps_at = contact["nps"], contact["nps_at"]
        if nps is not None and nps <= config.detractor_max_nps and nps_at and nps_at >= since:
            health = min(health, 30.0)
            reasons.append(f"NPS {nps}/10")
        risk = contact["churn_risk"]
        if risk is not None:
            health = min(health, 100.0 - risk)
            if risk >= config.unhappy_churn_risk:
                reasons.append(f"churn risk {risk:.0f}")
        if reasons and trend is not None and trend <= config.unhappy_trend:
            reasons.append(f"sentiment trend {trend:+.2f}")
        if not reasons:
            health = max(health, config.content_health_floor)
        contact["health"] = round(max(0.0, min(100.0, health)), 1)
        contact["reasons"] = reasons
        contact["unhappy"] = bool(reasons)
        weight = _weight(config, contact["role"])
        total += weight * contact["health"]
        weights += weight
        if reasons:
            unhappy.append((key, contact))
    account.health = round(total / weights, 1) if weights else 100.0
    account.unhappy_contacts, account.unhappy_weight = _people(config, unhappy)


def evaluate_account(
    config: AccountRulesConfig, account: AccountState, event: EnrichedTouchpoint, now: datetime
) -> list[Alert]:
    """``account_risk`` for one freshly applied event (stream time = its occurred_at)."""
    if not config.enabled:
        return []
    stream_now = event.occurred_at
    refresh(config, account, stream_now)
    risky = account.unhappy_weight >= config.min_unhappy_weight or (
        account.health < config.health_threshold
        and account.unhappy_contacts > 0
        and len(account.contacts) >= config.min_contacts
    )
    if account.at_risk:
        calm = account.unhappy_weight < config.release_unhappy_weight and account.health >= (
            config.health_threshold + config.health_margin
        )
        if calm:
            account.at_risk = False
        return []
    if not risky:
        return []
    account.at_risk = True
    if account.last_alert_at is not None:
        cooldown_ends = datetime.fromisoformat(account.last_alert_at) + timedelta(
            hours=config.cooldown_hours
        )
        if stream_now < cooldown_ends:
            return []
    account.last_alert_at = stream_now.isoformat()
    return [_alert(config, account, event, now)]


def _alert(
    config: AccountRulesConfig, account: AccountState, event: EnrichedTouchpoint, now: datetime
) -> Alert:
    unhappy = sorted(
        ((cid, c) for cid, c in account.contacts.items() if c["unhappy"]),
        key=lambda item: (item[1]["role"] != "buyer", item[0]),
    )
    buyer_unhappy = any(c["role"] == "buyer" for _, c in unhappy)
    critical = buyer_unhappy or account.health < config.critical_health
    who = "; ".join(f"{cid} ({c['role']}): {', '.join(c['reasons'])}" for cid, c in unhappy)
    explanation = (
        f"Account {account.account_id}: {len(unhappy)} of {len(account.contacts)} contacts "
        f"unhappy ({who}). Combined health {account.health:.0f}/100 "
        f"(at risk below {config.health_threshold:.0f}, or from {config.min_unhappy_weight:g} "
        f"unhappy contacts, a buyer counting {config.buyer_weight:g})."
    )
    evidence = [event.event_id]
    for _, contact in unhappy:
        evidence.extend(e for e, _ in contact["open_complaints"] if e not in evidence)
    return new_alert(
        RULE,
        Severity.critical if critical else Severity.warning,
        subject=f"account:{account.account_id}",
        trigger_event_id=event.event_id,
        event_time=event.occurred_at,
        explanation=explanation,
        evidence=evidence[:MAX_EVIDENCE],
        now=now,
        account_id=account.account_id,
        details={
            "health": f"{account.health:.1f}",
            "unhappy_contacts": str(len(unhappy)),
            "contacts": str(len(account.contacts)),
            "unhappy": ",".join(cid for cid, _ in unhappy),
            "buyer_unhappy": str(buyer_unhappy).lower(),
        },
    )


class AccountStep:
    """The account stage: contact updates keyed by account id, applied in resolver order.

    Updates come from many customer partitions, so they can arrive in any
    order; each carries the number the resolver gave it, and an update waits
    until every earlier one of its account has been applied. One worker or N,
    the account sees the same sequence.
    """

    def __init__(self, config: AccountRulesConfig, accounts: MutableMapping[str, Any]) -> None:
        self.config = config
        self.accounts = accounts

    def handle(self, account_id: str, update: dict[str, Any], now: datetime) -> list[Out]:
        stored = self.accounts.get(account_id)
        account = AccountState.from_json(stored) if stored else AccountState(account_id)
        if "erase" in update:
            return self._erase(account, update["erase"], now)
        seq = int(update["seq"])
        if seq < account.next_seq or str(seq) in account.waiting:
            return []  # a copy
        account.waiting[str(seq)] = _update_json(update)
        out: list[Out] = []
        while str(account.next_seq) in account.waiting:
            ready = account.waiting.pop(str(account.next_seq))
            account.next_seq += 1
            if ready.get("erased"):
                continue  # its contact was erased: the number is used, nothing applied
            contact = CustomerState(**ready["contact"])
            event = EnrichedTouchpoint.model_validate(ready["event"])
            if apply_to_account(account, contact, event, self.config):
                alerts = evaluate_account(self.config, account, event, now)
                out.extend(Out(ALERTS, alert.dedup_key, alert) for alert in alerts)
                out.append(Out(ROWS, account_id, ("accounts", account_row(account, now))))
        self.accounts[account_id] = account.to_json()
        return out

    def _erase(self, account: AccountState, notice: dict[str, Any], now: datetime) -> list[Out]:
        """Drop erased contacts (an erasure, :mod:`streams.stages.erasure`): their
        entries, and the updates of theirs still waiting for their number (the
        number stays, empty, so the account does not wait for it for ever)."""
        keys = set(notice.get("keys") or [])
        for seq, ready in list(account.waiting.items()):
            if not ready.get("erased") and ready["contact"].get("customer_id") in keys:
                account.waiting[seq] = {"seq": ready["seq"], "erased": True}
        # An entry also goes when it was seen under an erased identifier (``identifiers``).
        dropped = [
            k
            for k, contact in account.contacts.items()
            if k in keys or keys.intersection(contact.get("identifiers") or ())
        ]
        for key in dropped:
            del account.contacts[key]
        if account.last_seen:
            refresh(self.config, account, datetime.fromisoformat(account.last_seen))
        self.accounts[account.account_id] = account.to_json()
        if not dropped:
            return []
        return [Out(ROWS, account.account_id, ("accounts", account_row(account, now)))]


def _update_json(update: dict[str, Any]) -> dict[str, Any]:
    event = update["event"]
    if isinstance(event, EnrichedTouchpoint):
        event = event.model_dump(mode="json")
    return {"seq": update["seq"], "contact": dict(update["contact"]), "event": event}


def account_row(account: AccountState, updated_at: datetime) -> tuple[Any, ...]:
    """``voc.accounts`` (column order = ``sinks.clickhouse.tables.ACCOUNT_COLUMNS``)."""
    contacts = {
        cid: {
            k: c.get(k) for k in ("role", "health", "unhappy", "reasons", "contact_count", "value")
        }
        for cid, c in sorted(account.contacts.items())
    }
    roles = [c.get("role") for c in account.contacts.values()]
    value = round(sum(float(c.get("value") or 0.0) for c in account.contacts.values()), 2)
    churn_risk = round(max(0.0, min(100.0, 100.0 - account.health)))
    return (
        account.account_id,
        updated_at,
        account.next_seq - 1,
        account.health,
        len(account.contacts),
        account.unhappy_contacts,
        account.unhappy_weight,
        account.at_risk,
        sorted(cid for cid, c in account.contacts.items() if c.get("unhappy")),
        datetime.fromisoformat(account.last_seen) if account.last_seen else None,
        json.dumps(contacts, ensure_ascii=False, sort_keys=True),
        roles.count("buyer"),
        roles.count("user"),
        sum(1 for c in account.contacts.values() if c.get("unhappy") and c["role"] == "buyer"),
        value,
        churn_risk,
        value_at_risk(churn_risk, value),
    )
