"""How the customer model reads touchpoints (``[model]``) and weighs churn risk
(``[risk]``): the settings of streams/alerts/rules.toml that the model, the
wording predicates and the rules share, with their defaults. The phrase lists'
defaults are read from that file, the one place they are written."""

from __future__ import annotations

import copy
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The rules file shipped with the package (streams.alerts.rules reads it too).
RULES_FILE = Path(__file__).resolve().parents[1] / "alerts" / "rules.toml"

#: The ``[model]`` word lists of :class:`ModelConfig` whose defaults the rules file
#: writes (every one must be there; ``repeat_phrases`` is ``[repeat_contact] phrases``).
MODEL_PHRASE_LISTS = (
    "persists_phrases",
    "resolved_phrases",
    "unresolved_phrases",
    "waiting_phrases",
    "unchanged_phrases",
    "may_still_phrases",
    "never_again_phrases",
    "thanks_again_phrases",
    "idiom_phrases",
    "again_phrases",
    "writes_again_phrases",
    "contrast_colon_phrases",
    "holding_phrases",
    "apology_phrases",
    "own_words_phrases",
    "colleague_phrases",
    "apart_phrases",
)


@functools.cache
def _parsed_rules_file() -> dict[str, Any]:
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))


def read_rules_file(path: Path | None = None) -> dict[str, Any]:
    """The rules file parsed: the shipped one (``path`` None or :data:`RULES_FILE`) is
    parsed once per process, each caller getting its own copy to change as it likes;
    any other path is read afresh on each call."""
    if path is None or path == RULES_FILE:
        return copy.deepcopy(_parsed_rules_file())
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _phrase_list(path: Path, data: dict[str, Any], section: str, key: str) -> tuple[str, ...]:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise ValueError(f"{path}: [{section}] must be a table")
    if key not in table:
        raise ValueError(f"{path}: [{section}] has no {key!r} list")
    value = table[key]
    if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
        raise ValueError(f"{path}: [{section}] {key} must be a list of strings")
    return tuple(value)


def read_phrase_lists(path: Path = RULES_FILE) -> dict[str, tuple[str, ...]]:
    """The ``[model]`` phrase lists of the rules file (:data:`MODEL_PHRASE_LISTS`), and
    ``[repeat_contact] phrases`` as ``repeat_phrases``: the defaults of
    :class:`ModelConfig`. A list missing, or not a list of strings, is a ValueError
    naming the file, the section and the key."""
    data = read_rules_file(path)
    lists = {key: _phrase_list(path, data, "model", key) for key in MODEL_PHRASE_LISTS}
    lists["repeat_phrases"] = _phrase_list(path, data, "repeat_contact", "phrases")
    return lists


_PHRASES = read_phrase_lists()


def read_false_friends(
    data: dict[str, Any], where: str = "model.false_friends"
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``[model.false_friends]`` as (language, words) pairs, in the file's order (a
    hashable value, as the model's settings are cache keys). Not a table of lists of
    strings: a ValueError naming the table."""
    if not isinstance(data, dict):
        raise ValueError(f"[{where}] must be a table")
    for language, words in data.items():
        if not (isinstance(words, list) and all(isinstance(w, str) for w in words)):
            raise ValueError(f"[{where}] {language} must be a list of strings")
    return tuple((language, tuple(words)) for language, words in data.items())


_FALSE_FRIENDS = read_false_friends(read_rules_file().get("model", {}).get("false_friends", {}))

#: Words by which a customer says this contact is a repeat ("second time", "déjà
#: signalé"): ``[repeat_contact] phrases`` of streams/alerts/rules.toml, read by the
#: rule and by the model (:attr:`ModelConfig.repeat_phrases`).
REPEAT_PHRASES: tuple[str, ...] = _PHRASES["repeat_phrases"]


@dataclass(frozen=True)
class ModelConfig:
    """How the model reads touchpoints (``[model]`` in streams/alerts/rules.toml)."""

    trend_half_life_days: float = 7.0
    negative_sentiment: float = -0.2
    positive_sentiment: float = 0.2
    onboarding_days: float = 14.0
    episode_hours: float = 6.0
    #: A contact on the same channel within episode_hours that says, in words of its own,
    #: that the problem is still there or a repeat, quoting its error code or reference
    #: again, is a new episode this long after the last one: the customer came back
    #: ("Still T°12/RX, water's at 17 now" 40 minutes on).
    said_again_minutes: float = 15.0
    repeat_window_days: float = 7.0
    at_risk_score: int = 50
    peak_memory_days: float = 14.0
    #: How satisfied praise the model misread as negative reads in the customer's mood
    #: (enrichment's ``praise_cue`` with a negative score), as ``[sentiment_drop]
    #: satisfied_sentiment`` reads a satisfied answer.
    misread_praise_mood: float = 0.5
    #: Words by which a customer says something is still so: about the topic of an
    #: open problem thread, the problem raised again, even asked as a question.
    persists_phrases: tuple[str, ...] = _PHRASES["persists_phrases"]
    #: Words by which a customer says the problem is solved ("working again", "resolvido",
    #: "läuft"): such a contact closes their problems (negated, "still not fixed", not).
    resolved_phrases: tuple[str, ...] = _PHRASES["resolved_phrases"]
    #: One word saying the problem is not solved ("ancora irrisolto", "still unresolved"):
    #: as a solved word negated ("non è ancora risolta").
    unresolved_phrases: tuple[str, ...] = _PHRASES["unresolved_phrases"]
    #: Waiting, or something pending: said with a persists phrase ("Warte immer noch,
    #: danke", "toujours en attente", "sigo esperando"), the problem goes on.
    waiting_phrases: tuple[str, ...] = _PHRASES["waiting_phrases"]
    #: Nothing has changed ("the same", "pareil", "sigue igual", "dasselbe"): said with a
    #: persists phrase ("Still the same.", "Toujours pareil"), the problem goes on.
    unchanged_phrases: tuple[str, ...] = _PHRASES["unchanged_phrases"]
    #: Asking whether one may still do something ("can I still change the frame colour if
    #: it has shipped?"), or saying an order has not left yet: blanked before reading, no
    #: problem still there, no repeat.
    may_still_phrases: tuple[str, ...] = _PHRASES["may_still_phrases"]
    #: Never again ("Nie wieder Bügeln am Sonntagabend. Danke"), no longer ("no vuelvo a
    #: cargar sacos"): blanked before reading,
    #: it says nothing recurs nor is still so.
    never_again_phrases: tuple[str, ...] = _PHRASES["never_again_phrases"]
    #: Thanking once more ("thanks again", "gracias de nuevo"): blanked before reading, the
    #: "again" is the thanks', it says nothing is still so.
    thanks_again_phrases: tuple[str, ...] = _PHRASES["thanks_again_phrases"]
    #: Set phrases whose "still", "always" or count says nothing is still so nor recurs:
    #: "not even" ("Kaffee war noch nicht mal leer"), in instalments ("payer en plusieurs
    #: fois"), just this week ("Ainda esta semana recomendei"), have always found ("j'ai
    #: toujours trouvé votre service simple"), even more ("ainda mais bonitas do que na
    #: foto"), and on top ("e ainda me cobram a taxa"), right on arrival ("se abre sola
    #: nada más llegar"), just as good ("Cada semana igual de bien"), what is left ("Still
    #: have a few pairs left", "Ne ho ancora qualche paio"). Blanked before reading.
    idiom_phrases: tuple[str, ...] = _PHRASES["idiom_phrases"]
    #: "Again" or a count said of what happened ("PT didn't turn up. Again.", "logged me
    #: out three times"): the thing recurs, no sign the customer writes about an earlier
    #: contact; blanked before the repeat phrases are read for that.
    again_phrases: tuple[str, ...] = _PHRASES["again_phrases"]
    #: Writing or calling again: "again" said of the contact itself, not of what happened
    #: (:attr:`again_phrases`), so it refers back.
    writes_again_phrases: tuple[str, ...] = _PHRASES["writes_again_phrases"]
    #: A contrast word that, opening a line or a sentence and followed by a colon ("However:
    #: why was I charged...", "Pero:"), opens what the customer writes about after praise.
    contrast_colon_phrases: tuple[str, ...] = _PHRASES["contrast_colon_phrases"]
    #: Our answer that apologises or passes the matter on ("sorry about XRUMVG, we've
    #: passed this to the team", "lamentamos", "ci dispiace"): it answers no question,
    #: the matter is open.
    holding_phrases: tuple[str, ...] = _PHRASES["holding_phrases"]
    #: "Sorry" ("entschuldig*": any ending) ...
    apology_phrases: tuple[str, ...] = _PHRASES["apology_phrases"]
    #: ... for the customer's own earlier words (yesterday, their tone, their message): an
    #: apology that ends the bad moment.
    own_words_phrases: tuple[str, ...] = _PHRASES["own_words_phrases"]
    #: A colleague who raised the matter before ("mi compañero Andrés ya os escribió",
    #: "wie mein Kollege gemeldet hat"): the repeat is the colleague's, not this
    #: customer's (their account's, account_risk).
    colleague_phrases: tuple[str, ...] = _PHRASES["colleague_phrases"]
    #: Words that set a reference apart ("nothing to do with case PV-171900", "diversa
    #: dalla pratica PV-233211"): the contact names it as another matter than its own.
    apart_phrases: tuple[str, ...] = _PHRASES["apart_phrases"]
    #: Per language of a text (``[model.false_friends]``), the words of the phrase lists
    #: that are another word or a name in it (French "encore" in a Portuguese text's
    #: "plano Encore"): blanked before reading such a text.
    false_friends: tuple[tuple[str, tuple[str, ...]], ...] = _FALSE_FRIENDS
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
