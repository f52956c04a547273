"""Rule-based extractors: topics (irritants), competitors and choice criteria.

Everything a business analyst may want to tune lives in ``taxonomy.toml``; this
module loads and validates it (a typo must fail loudly at start-up, naming the
file and the key, rather than silently never matching), then compiles every
phrase of every language into ONE Aho-Corasick automaton. Matching a text is a
single linear scan whatever the number of phrases, which is what keeps the
enrichment stage at tens of thousands of texts per second on one core.

Texts and phrases go through the same :func:`normalize`: case-folded, accents
stripped, punctuation turned into spaces and sentence punctuation into a ``|``
token. Phrases are then matched as ``" phrase "`` on a space-padded text, so a
match always covers whole words ("price" never matches "priceless" or
"caprice"). A phrase ending in ``*`` matches word prefixes instead
("factur*" = facture, factures, facturé, facturation), and one starting with ``*``
word endings (German compounds: "*rechnung" = Rechnung, Oktoberrechnung).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import ahocorasick

DEFAULT_TAXONOMY_FILE = Path(__file__).with_name("taxonomy.toml")

LANGUAGES = ("fr", "en", "es", "de", "it", "pt")
# "any" holds language-neutral phrases: brand names, product codes.
PHRASE_KEYS = (*LANGUAGES, "any")
SENTIMENTS = ("negative", "neutral", "positive")

# The token that sentence punctuation becomes: negation scopes and
# "sentence-initial" question openers stop / start there.
BREAK = "|"

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_BREAK_CHARS = b'.!?;:,()[]{}"\n\r'
# One byte-level table does lowercasing and punctuation in a single C pass:
# letters and digits are kept (A-Z lowered), sentence punctuation becomes the
# break token, everything else a space.
_BYTE_TABLE = bytes(
    code + 32 if 65 <= code <= 90
    else code if chr(code).isalnum() and code < 128
    else BREAK.encode()[0] if code in _BREAK_CHARS
    else 32
    for code in range(256)
)  # fmt: skip
# Characters NFKD leaves non-ASCII but that carry a letter or separate words
# ("sœur", "Straße", "l’appli", "prix—qualité"). Replaced one by one only when
# present: str.replace is far faster than translate() on non-ASCII text.
_SPECIALS = (
    ("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("ø", "o"), ("Ø", "o"),
    ("ł", "l"), ("Ł", "l"), ("’", "'"), ("‘", "'"), ("«", '"'), ("»", '"'), ("“", '"'),
    ("”", '"'), ("—", "-"), ("–", "-"), ("•", "."),
)  # fmt: skip
_SPECIALS_RE = re.compile("|".join(special for special, _ in _SPECIALS))
_BREAK_BYTES = BREAK.encode()
_SPACED_BREAK = f" {BREAK} ".encode()


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Fold ``text`` into the matching alphabet: ``" ma facture | merci "``.

    Lowercase ASCII words separated by single spaces, a ``|`` token for each
    sentence punctuation mark, one leading and one trailing space. Only C
    calls on the common path (~2-4 us for 150 characters): NFKD splits "é"
    into "e" + accent, the ASCII encoding drops accents, emojis and non-Latin
    letters, one byte table lowercases and maps punctuation.

    Cached (bounded): the lexicon and the affect analyzer normalise the same
    batch of texts one after the other, the second pass gets them for free.
    """
    if text.isascii():
        raw = text.encode("ascii")
    else:
        if _SPECIALS_RE.search(text):
            for special, replacement in _SPECIALS:
                if special in text:
                    text = text.replace(special, replacement)
        raw = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    raw = raw.translate(_BYTE_TABLE)
    if _BREAK_BYTES in raw:
        raw = raw.replace(_BREAK_BYTES, _SPACED_BREAK)
    return f" {b' '.join(raw.split()).decode('ascii')} "


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """``phrases`` as regular-expression alternatives, in their order, as :func:`normalize`
    writes them ("j'ai besoin" -> "j ai besoin"), for a pattern over normalised text."""
    literals = (re.escape(normalize(phrase).strip()) for phrase in phrases)
    return "|".join(literal.replace("\\ ", " ") for literal in literals)


def pattern_key(phrase: str) -> str | None:
    """The automaton key of a configured phrase, or None if nothing is left of it.

    ``"Facturé"`` -> ``" facture "`` (whole words); ``"factur*"`` -> ``" factur"``
    (any word starting with it); ``"*rechnung"`` -> ``"rechnung "`` (any word ending
    with it: the last part of a German compound, "Oktoberrechnung").
    """
    phrase = phrase.strip()
    core = normalize(phrase.strip("*")).strip()
    if not any(char.isalnum() for char in core):
        return None
    before = "" if phrase.startswith("*") else " "
    after = "" if phrase.endswith("*") else " "
    return f"{before}{core}{after}"


class TaxonomyError(ValueError):
    """A bad taxonomy file; the message names the file and the offending key."""


@dataclass(frozen=True)
class Category:
    """One topic, competitor or criterion: an id, a label and its phrases per language."""

    id: str
    label: str
    phrases: Mapping[str, tuple[str, ...]]
    # Competitors only: reported only when no other competitor matched
    # ("passer chez Zentrio" is zentrio, not also "unnamed_alternative").
    fallback: bool = False
    # Phrases that cancel the phrases they contain ("switched to monthly" is no
    # "switched to" another brand): ``[X.except]``.
    exceptions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def all_phrases(self) -> tuple[str, ...]:
        return tuple(p for phrases in self.phrases.values() for p in phrases)


@dataclass(frozen=True)
class CueSection:
    """One emotion or intent (or the expectations list) for :mod:`streams.text.affect`."""

    id: str
    label: str
    phrases: Mapping[str, tuple[str, ...]]
    emojis: tuple[str, ...] = ()
    # Labels (emotion or intent ids) a negated cue turns into; empty = dropped.
    negated: tuple[str, ...] = ()
    # Sentiment labels under which the cues count; empty = always.
    gate: tuple[str, ...] = ()
    # Phrases that cancel the cues they contain ("merci de me rappeler").
    exceptions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Question only: cues that count at the start of a sentence only.
    openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Cues that say something happens again ("third time", "di nuovo"): said in a
    # sentence that praises, the good thing recurs and they do not count.
    recurring: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Cues that say the customer goes somewhere ("I'm moving to", "vou mudar para"):
    # leaving us, or a move or a trip. In a text with a ``staying`` phrase, asking
    # whether our service goes on there ("does the pass work down there as well"),
    # they do not count.
    going: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    staying: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Streak:
    """The words of a streak, per language (``[streak]`` of taxonomy.toml).

    A streak says a count twice in one sentence, in the same words or others ("third
    lesson this week and third time my instructor's been outside five minutes early",
    "Tercera vez este año ... y otra vez todo impecable"): ``counts`` are those
    words ("third", "zum dritten Mal", "otra vez"). It has no polarity of its own ("third
    time I call and third time I get the voicemail"): the words after the counts decide,
    a ``good`` outcome ("early", "à l'heure pile", "reibungslos", "de 10") or a ``bad``
    one ("voicemail", "late", "nobody").
    """

    counts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    good: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bad: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Absence:
    """No trouble said as a defect that never came (``[absence]`` of taxonomy.toml):
    "still not one wet bag", "ni un saco mojado", "not a speck of dust", "kein einziger
    Kratzer". An ``opener`` ("not one", "ni un", "kein einziger"), at most ``gap`` words
    (none of them a ``stop`` word: "not one call *about* the delay" is a complaint), then
    a ``defect`` ("wet", "mojad*", "Kratzer"): praise, however the model reads the
    negation (see :func:`absence_pattern`). A fault that stopped is one too: a ``mended``
    template ("stopped {fault}", "ne {fault} plus", "{fault} nicht mehr") around one of
    the ``faults`` ("chew*", "bourr*", "tropf*"; see :func:`mended_pattern`)."""

    openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    defects: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    stops: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    gap: int = 2
    mended: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    faults: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def absence_pattern(absence: Absence) -> re.Pattern[str] | None:
    """The pattern of :class:`Absence` over normalised text, or None when the taxonomy
    names no opener or no defect. A match spans the spaces around it, as a cue does."""
    # Longest first, then alphabetical: the same pattern in every process.
    openers = sorted({w for ws in absence.openers.values() for w in ws}, key=_longest_first)
    defects = _stems(absence.defects)
    if not openers or not defects:
        return None
    stops = phrase_alternatives(w for ws in absence.stops.values() for w in ws)
    stop = f"(?!(?:{stops}) )" if stops else ""
    return re.compile(
        rf" (?:{phrase_alternatives(openers)})(?: {stop}[a-z0-9]+){{0,{absence.gap}}}"
        rf" (?:{'|'.join(defects)})(?= )"
    )


def _stems(words: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Every language's ``words`` as regular-expression alternatives over normalised text,
    longest first, then alphabetical (the same pattern in every process); a trailing
    ``*`` is any word ending ("leak*": "leaks", "leaking")."""
    return sorted(
        {
            phrase_alternatives([w.rstrip("*")]) + ("[a-z]*" if w.endswith("*") else "")
            for ws in words.values()
            for w in ws
        },
        key=_longest_first,
    )


def mended_pattern(absence: Absence) -> re.Pattern[str] | None:
    """The pattern of :class:`Absence`'s faults that stopped over normalised text: any
    ``mended`` template with ``{fault}`` any of the ``faults`` of its language ("ne {fault}
    plus" and "bourr*": "ne bourre plus"). None when the taxonomy names none. A match
    spans the spaces around it, as a cue does."""
    alternatives = []
    for language, templates in absence.mended.items():
        faults = "|".join(_stems({language: absence.faults.get(language, ())}))
        for template in templates:
            before, _, after = template.partition("{fault}")
            parts = (phrase_alternatives([before]), f"(?:{faults})", phrase_alternatives([after]))
            alternatives.append(" ".join(part for part in parts if part))
    if not alternatives or not any(absence.faults.values()):
        return None
    return re.compile(rf" (?:{'|'.join(sorted(alternatives, key=_longest_first))})(?= )")


@dataclass(frozen=True)
class AffectSettings:
    """Knobs of the affect rules; see the ``[affect]`` table of taxonomy.toml."""

    negation_window: int = 3
    postposed_negation_window: int = 2
    derived_complaint_sentiments: tuple[str, ...] = ("negative", "neutral")
    complaint_emotions: tuple[str, ...] = ("anger", "frustration", "disappointment")
    anger_min_exclamations: int = 2
    anger_min_caps_words: int = 2
    question_mark: bool = True
    #: A cue word of these sections, of ``typo_min_letters`` letters or more, also
    #: matches with two neighbouring letters swapped ("perfcet", "impceável",
    #: "garcias"); none unless the file names them, 0 letters disables it.
    typo_sections: tuple[str, ...] = ()
    typo_min_letters: int = 6
    #: Words of their own that such a swap may spell, never read as a typo (German
    #: "Gerät" is no "great", "Greta" a name).
    typo_real_words: tuple[str, ...] = ()
    #: Words after which a litotes does not speak for the whole text
    #: ("pas mal, mais ..."); see ``Affect.litotes``.
    litotes_contrasts: tuple[str, ...] = (
        "but", "however", "though", "mais", "cependant", "toutefois", "pourtant", "pero",
        "sin embargo", "aber", "jedoch", "allerdings", "ma", "però", "tuttavia", "mas", "porém",
        "contudo",
    )  # fmt: skip
    #: Emojis that say the words beside them are not meant ("Gracias, muy útil 😒"):
    #: praise, joy and thanks beside one are irony (``Affect.ironic``).
    irony_emojis: tuple[str, ...] = ()
    #: Words that say the same of the text they are in ("AUD_4417. Great timing"): as
    #: beside an irony emoji, its praise, joy and thanks are irony.
    irony_phrases: tuple[str, ...] = ()
    #: Words that open a consolation after what went wrong ("Ao menos a vizinha é
    #: simpática."): praise only there is taken back (``Affect.ironic``).
    consolation_openers: tuple[str, ...] = ()
    #: One word of praise said as a last sentence alone ("... without an answer. Great."):
    #: after a text whose own cues complain it is irony (``Affect.ironic``).
    sarcastic_closers: tuple[str, ...] = ()
    #: Words that open a case asked about ("if", "wenn", "si le"): a bad thing said only
    #: from one of them to the question mark ending its sentence is no complaint.
    hypothetical_openers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    """The whole validated taxonomy file. Immutable: build matchers from it once."""

    topics: tuple[Category, ...]
    competitors: tuple[Category, ...]
    criteria: tuple[Category, ...]
    emotions: tuple[CueSection, ...] = ()
    intents: tuple[CueSection, ...] = ()
    expectations: CueSection | None = None
    negators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Per language of a text, the negators and cues of other languages that are other
    #: words in it (Italian "ne" is "of it", "casse" crates, not French "cassé"): they
    #: count for nothing in a text of that language.
    false_friends: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Words opening a reservation after praise ("Seul bémol :", "Nur", "só"), per language.
    reservations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Phrases holding a negator that say nothing of ours is missing ("no puedo dormir",
    #: "sin gluten"): :func:`states_a_lack` reads no lack in them.
    not_a_lack: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: A streak ("zum dritten Mal ..., zum dritten Mal alles reibungslos"): see :class:`Streak`.
    streak: Streak = field(default_factory=Streak)
    #: No trouble said as a defect that never came ("ni un saco mojado"): see :class:`Absence`.
    absence: Absence = field(default_factory=Absence)
    affect: AffectSettings = AffectSettings()
    source: Path | None = None

    @property
    def topic_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.topics}

    @property
    def competitor_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.competitors}

    @property
    def criteria_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.criteria}

    @property
    def emotion_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.emotions}

    @property
    def intent_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.intents}


# ---------------------------------------------------------------- loading


class _Reader:
    """Typed accessors over the raw TOML that raise with ``file: [table] key`` context."""

    def __init__(self, source: Path) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> TaxonomyError:
        return TaxonomyError(f"{self.source}: [{where}] {message}")

    def table(self, data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(where, f"'{key}' must be a table")
        return value

    def check_keys(self, data: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise self.fail(where, f"unknown key(s) {unknown}; allowed: {sorted(allowed)}")

    def string(self, data: Mapping[str, Any], key: str, where: str, default: str) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"'{key}' must be a non-empty string")
        return value

    def strings(self, data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, f"'{key}' must be a list of strings")
        for item in value:
            if pattern_key(item) is None and key not in ("emojis", "irony_emojis"):
                raise self.fail(where, f"'{key}' has a phrase with no letters or digits: {item!r}")
        return tuple(value)

    def phrases(self, data: Mapping[str, Any], where: str) -> dict[str, tuple[str, ...]]:
        return {lang: self.strings(data, lang, where) for lang in PHRASE_KEYS if lang in data}

    def integer(self, data: Mapping[str, Any], key: str, where: str, default: int) -> int:
        value = data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(where, f"'{key}' must be a non-negative integer")
        return value

    def sentiments(self, data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        values = self.strings(data, key, where) if key in data else ()
        bad = [v for v in values if v not in SENTIMENTS]
        if bad:
            raise self.fail(where, f"'{key}' has unknown sentiment(s) {bad}; use {SENTIMENTS}")
        return values


def _check_id(reader: _Reader, group: str, ident: str) -> None:
    if not _ID_RE.match(ident):
        raise reader.fail(f"{group}.{ident}", "ids must be snake_case (a-z, 0-9, _)")


def _categories(reader: _Reader, data: Mapping[str, Any], group: str) -> tuple[Category, ...]:
    allowed = ("label", "fallback", "except", *PHRASE_KEYS)
    result = []
    for ident, raw in reader.table(data, group, group).items():
        where = f"{group}.{ident}"
        _check_id(reader, group, ident)
        if not isinstance(raw, dict):
            raise reader.fail(where, "must be a table")
        reader.check_keys(raw, allowed, where)
        fallback = raw.get("fallback", False)
        if not isinstance(fallback, bool):
            raise reader.fail(where, "'fallback' must be true or false")
        phrases = reader.phrases(raw, where)
        if not any(phrases.values()):
            raise reader.fail(where, f"no phrases: add at least one of {list(PHRASE_KEYS)}")
        label = reader.string(raw, "label", where, ident.replace("_", " ").capitalize())
        sub = reader.table(raw, "except", where)
        reader.check_keys(sub, PHRASE_KEYS, f"{where}.except")
        exceptions = reader.phrases(sub, f"{where}.except")
        result.append(Category(ident, label, phrases, fallback, exceptions))
    return tuple(result)


def _cue_section(reader: _Reader, ident: str, raw: Any, where: str) -> CueSection:
    subs = ("except", "openers", "recurring", "going", "staying")
    allowed = ("label", "emojis", "negated", "gate", *subs, *PHRASE_KEYS)
    if not isinstance(raw, dict):
        raise reader.fail(where, "must be a table")
    reader.check_keys(raw, allowed, where)
    sub_tables = {}
    for name in subs:
        sub = reader.table(raw, name, where)
        reader.check_keys(sub, PHRASE_KEYS, f"{where}.{name}")
        sub_tables[name] = reader.phrases(sub, f"{where}.{name}")
    phrases = reader.phrases(raw, where)
    for name in ("recurring", "going"):
        for lang, listed in sub_tables[name].items():
            unknown = sorted(set(listed) - set(phrases.get(lang, ())))
            if unknown:
                raise reader.fail(f"{where}.{name}.{lang}", f"not cues of {ident}: {unknown}")
    emojis = tuple(e.replace("\ufe0f", "") for e in reader.strings(raw, "emojis", where))
    return CueSection(
        id=ident,
        label=reader.string(raw, "label", where, ident.replace("_", " ").capitalize()),
        phrases=phrases,
        emojis=tuple(e for e in emojis if e),
        negated=reader.strings(raw, "negated", where) if "negated" in raw else (),
        gate=reader.sentiments(raw, "gate", where),
        exceptions=sub_tables["except"],
        openers=sub_tables["openers"],
        recurring=sub_tables["recurring"],
        going=sub_tables["going"],
        staying=sub_tables["staying"],
    )


def _cue_sections(reader: _Reader, data: Mapping[str, Any], group: str) -> tuple[CueSection, ...]:
    sections = []
    for ident, raw in reader.table(data, group, group).items():
        _check_id(reader, group, ident)
        sections.append(_cue_section(reader, ident, raw, f"{group}.{ident}"))
    return tuple(sections)


def _affect_settings(reader: _Reader, data: Mapping[str, Any]) -> AffectSettings:
    raw = reader.table(data, "affect", "affect")
    defaults = AffectSettings()
    reader.check_keys(raw, AffectSettings.__dataclass_fields__, "affect")
    question_mark = raw.get("question_mark", defaults.question_mark)
    if not isinstance(question_mark, bool):
        raise reader.fail("affect", "'question_mark' must be true or false")
    return AffectSettings(
        negation_window=reader.integer(raw, "negation_window", "affect", defaults.negation_window),
        postposed_negation_window=reader.integer(
            raw, "postposed_negation_window", "affect", defaults.postposed_negation_window
        ),
        derived_complaint_sentiments=reader.sentiments(
            raw, "derived_complaint_sentiments", "affect"
        )
        if "derived_complaint_sentiments" in raw
        else defaults.derived_complaint_sentiments,
        complaint_emotions=reader.strings(raw, "complaint_emotions", "affect")
        if "complaint_emotions" in raw
        else defaults.complaint_emotions,
        anger_min_exclamations=reader.integer(
            raw, "anger_min_exclamations", "affect", defaults.anger_min_exclamations
        ),
        anger_min_caps_words=reader.integer(
            raw, "anger_min_caps_words", "affect", defaults.anger_min_caps_words
        ),
        question_mark=question_mark,
        typo_sections=reader.strings(raw, "typo_sections", "affect")
        if "typo_sections" in raw
        else defaults.typo_sections,
        typo_min_letters=reader.integer(
            raw, "typo_min_letters", "affect", defaults.typo_min_letters
        ),
        typo_real_words=reader.strings(raw, "typo_real_words", "affect")
        if "typo_real_words" in raw
        else defaults.typo_real_words,
        litotes_contrasts=reader.strings(raw, "litotes_contrasts", "affect")
        if "litotes_contrasts" in raw
        else defaults.litotes_contrasts,
        irony_emojis=reader.strings(raw, "irony_emojis", "affect"),
        irony_phrases=reader.strings(raw, "irony_phrases", "affect"),
        consolation_openers=reader.strings(raw, "consolation_openers", "affect"),
        sarcastic_closers=reader.strings(raw, "sarcastic_closers", "affect"),
        hypothetical_openers=reader.strings(raw, "hypothetical_openers", "affect"),
    )


def _check_references(reader: _Reader, taxonomy: Taxonomy) -> None:
    """Every label named in ``negated`` / ``complaint_emotions`` / ``typo_sections`` must
    exist, exactly once."""
    emotions = {s.id for s in taxonomy.emotions}
    intents = {s.id for s in taxonomy.intents}
    clash = emotions & intents
    if clash:
        raise reader.fail("emotions", f"ids also used as intents: {sorted(clash)}")
    sections = [*taxonomy.emotions, *taxonomy.intents]
    if taxonomy.expectations is not None:
        sections.append(taxonomy.expectations)
    for section in sections:
        unknown = [label for label in section.negated if label not in emotions | intents]
        if unknown:
            raise reader.fail(section.id, f"'negated' names unknown emotion/intent {unknown}")
    unknown = [e for e in taxonomy.affect.complaint_emotions if e not in emotions]
    if unknown:
        raise reader.fail("affect", f"'complaint_emotions' names unknown emotion(s) {unknown}")
    unknown = [s for s in taxonomy.affect.typo_sections if s not in emotions | intents]
    if unknown:
        raise reader.fail("affect", f"'typo_sections' names unknown emotion/intent {unknown}")


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (default: the bundled ``taxonomy.toml``).

    Raises :class:`TaxonomyError` (a ``ValueError``) naming the file and the key
    on any structural problem: unknown keys, wrong types, empty phrase lists,
    non snake_case ids, dangling label references.
    """
    source = path or DEFAULT_TAXONOMY_FILE
    reader = _Reader(source)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{source}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise TaxonomyError(f"{source}: cannot read taxonomy: {exc}") from exc
    reader.check_keys(
        data,
        (
            "topics",
            "competitors",
            "criteria",
            "emotions",
            "intents",
            "expectations",
            "negators",
            "false_friends",
            "reservations",
            "not_a_lack",
            "streak",
            "absence",
            "affect",
        ),
        "top level",
    )
    negators = reader.table(data, "negators", "negators")
    reader.check_keys(negators, PHRASE_KEYS, "negators")
    false_friends = reader.table(data, "false_friends", "false_friends")
    reader.check_keys(false_friends, PHRASE_KEYS, "false_friends")
    reservations = reader.table(data, "reservations", "reservations")
    reader.check_keys(reservations, PHRASE_KEYS, "reservations")
    not_a_lack = reader.table(data, "not_a_lack", "not_a_lack")
    reader.check_keys(not_a_lack, PHRASE_KEYS, "not_a_lack")
    streak = reader.table(data, "streak", "streak")
    reader.check_keys(streak, ("counts", "good", "bad"), "streak")
    streak_words: dict[str, dict[str, tuple[str, ...]]] = {}
    for part in ("counts", "good", "bad"):
        words = reader.table(streak, part, f"streak.{part}")
        reader.check_keys(words, PHRASE_KEYS, f"streak.{part}")
        streak_words[part] = reader.phrases(words, f"streak.{part}")
    absence = reader.table(data, "absence", "absence")
    parts = ("openers", "defects", "stops", "mended", "faults")
    reader.check_keys(absence, (*parts, "gap"), "absence")
    absence_words: dict[str, dict[str, tuple[str, ...]]] = {}
    for part in parts:
        words = reader.table(absence, part, f"absence.{part}")
        reader.check_keys(words, PHRASE_KEYS, f"absence.{part}")
        absence_words[part] = reader.phrases(words, f"absence.{part}")
    for language, templates in absence_words["mended"].items():
        for template in templates:
            if template.count("{fault}") != 1:
                raise reader.fail(
                    f"absence.mended.{language}", f"'{template}' must hold {{fault}} once"
                )
    expectations = (
        _cue_section(reader, "expectations", data["expectations"], "expectations")
        if "expectations" in data
        else None
    )
    emotions = _cue_sections(reader, data, "emotions")
    affect = _affect_settings(reader, data)
    if "complaint_emotions" not in data.get("affect", {}):
        # The default list only names the emotions this file defines.
        defined = {s.id for s in emotions}
        kept = tuple(e for e in affect.complaint_emotions if e in defined)
        affect = dataclasses.replace(affect, complaint_emotions=kept)
    taxonomy = Taxonomy(
        topics=_categories(reader, data, "topics"),
        competitors=_categories(reader, data, "competitors"),
        criteria=_categories(reader, data, "criteria"),
        emotions=emotions,
        intents=_cue_sections(reader, data, "intents"),
        expectations=expectations,
        negators=reader.phrases(negators, "negators"),
        false_friends=reader.phrases(false_friends, "false_friends"),
        reservations=reader.phrases(reservations, "reservations"),
        not_a_lack=reader.phrases(not_a_lack, "not_a_lack"),
        streak=Streak(streak_words["counts"], streak_words["good"], streak_words["bad"]),
        absence=Absence(
            absence_words["openers"],
            absence_words["defects"],
            absence_words["stops"],
            reader.integer(absence, "gap", "absence", Absence.gap),
            absence_words["mended"],
            absence_words["faults"],
        ),
        affect=affect,
        source=source,
    )
    _check_references(reader, taxonomy)
    _check_false_friends(reader, taxonomy)
    return taxonomy


# ---------------------------------------------------------------- matching


class LexiconHits(NamedTuple):
    """Ids found in one text, each tuple sorted and without duplicates.

    A NamedTuple rather than a dataclass: built once per text at high rates.
    """

    topics: tuple[str, ...] = ()
    competitors: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()


_TOPIC, _COMPETITOR, _CRITERION = 0, 1, 2
#: An exception phrase of a category: it cancels that category's phrases inside it.
_EXCEPT = 3

#: Who an exception phrase belongs to: an affect section's index, a category's id.
Owner = TypeVar("Owner")


def excepted(
    start: int, end: int, owner: Owner, exceptions: Iterable[tuple[int, int, Owner]]
) -> bool:
    """Is the match ``start``-``end`` (of normalised text) inside an exception phrase of
    its own owner ("switched to monthly" holds unnamed_alternative's "switched to")?"""
    return any(
        whose == owner and except_start <= start and end <= except_end
        for except_start, except_end, whose in exceptions
    )


class LexiconMatcher:
    """Topics, competitors and criteria of a text in one Aho-Corasick pass.

    Built once per worker from a :class:`Taxonomy` (a few milliseconds for a
    few thousand phrases); ``match`` is then a normalisation plus one linear
    scan of the text, independent of the number of phrases.
    """

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or shipped_taxonomy()
        targets: dict[str, set[tuple[int, str]]] = {}
        groups = (
            (_TOPIC, self.taxonomy.topics),
            (_COMPETITOR, self.taxonomy.competitors),
            (_CRITERION, self.taxonomy.criteria),
        )
        for group, categories in groups:
            for category in categories:
                for phrase in category.all_phrases():
                    key = pattern_key(phrase)
                    if key is not None:
                        targets.setdefault(key, set()).add((group, category.id))
                for phrase in (p for ps in category.exceptions.values() for p in ps):
                    key = pattern_key(phrase)
                    if key is not None:
                        targets.setdefault(key, set()).add((_EXCEPT, category.id))
        #: The generic competitors ("another provider", "mudar para"): ``fallback = true``.
        self.fallbacks = frozenset(c.id for c in self.taxonomy.competitors if c.fallback)
        self._automaton = ahocorasick.Automaton()
        for key, values in targets.items():
            self._automaton.add_word(key, tuple(sorted((g, i, len(key)) for g, i in values)))
        self._empty = not targets
        if not self._empty:
            self._automaton.make_automaton()
        self._false_friends = false_friend_words(self.taxonomy)

    def match(self, text: str, language: str | None = None) -> LexiconHits:
        """The topics, competitors and criteria mentioned in ``text``. Given the text's
        ``language`` (enrichment's), a phrase of another language that is another word
        in it names nothing (``[false_friends]``: Italian "casse" are crates, not French
        "cassé")."""
        if self._empty or not text:
            return LexiconHits()
        found: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        hits: list[tuple[int, int, int, str]] = []  # start, end, group, id
        exceptions: list[tuple[int, int, str]] = []  # start, end, id
        normalized = normalize(text)
        false_friends = self._false_friends.get(language or "", frozenset())
        for end, values in self._automaton.iter(normalized):
            for group, ident, length in values:
                start = end - length + 1
                if group == _EXCEPT:
                    exceptions.append((start, end, ident))
                elif not false_friends or normalized[start : end + 1].strip() not in false_friends:
                    hits.append((start, end, group, ident))
        for start, end, group, ident in hits:
            if not (exceptions and excepted(start, end, ident, exceptions)):
                found[group].add(ident)
        topics, competitors, criteria = found
        if len(competitors) > 1 and competitors & self.fallbacks:
            named = competitors - self.fallbacks
            if named:
                competitors = named
        return LexiconHits(
            topics=tuple(sorted(topics)),
            competitors=tuple(sorted(competitors)),
            criteria=tuple(sorted(criteria)),
        )

    def match_many(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[LexiconHits]:
        """``match`` over a batch (the enrichment stage works per ``stream.take()`` batch),
        with each text's language when given."""
        match = self.match
        if languages is None:
            return [match(text) for text in texts]
        return [match(text, lang) for text, lang in zip(texts, languages, strict=True)]


def false_friend_words(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Per language of a text, its ``[false_friends]`` as matched text reads them
    (normalised): the words of other languages that count for nothing in it."""
    return {
        language: frozenset(normalize(word).strip() for word in words)
        for language, words in taxonomy.false_friends.items()
    }


def _check_false_friends(reader: _Reader, taxonomy: Taxonomy) -> None:
    """Every ``[false_friends]`` word must be one of the ``[negators]``, a litotes
    contrast, a cue of an emotion or intent, or a phrase of a topic, competitor or
    criterion, of any language."""
    known = {normalize(w) for words in taxonomy.negators.values() for w in words}
    known.update(normalize(w) for w in taxonomy.affect.litotes_contrasts)
    for section in (*taxonomy.emotions, *taxonomy.intents):
        known.update(normalize(w) for words in section.phrases.values() for w in words)
    for category in (*taxonomy.topics, *taxonomy.competitors, *taxonomy.criteria):
        known.update(normalize(w) for w in category.all_phrases())
    for language, words in taxonomy.false_friends.items():
        unknown = [w for w in words if normalize(w) not in known]
        if unknown:
            raise reader.fail(
                f"false_friends.{language}", f"not a negator, cue or phrase: {unknown}"
            )


@functools.cache
def shipped_taxonomy() -> Taxonomy:
    """The bundled taxonomy, read once per process (:func:`load_taxonomy` reads and
    validates the file afresh on each call, about 70 ms): the one the module-level
    patterns below, and the readers built without a taxonomy of their own, share."""
    return load_taxonomy()


@functools.lru_cache(maxsize=16)
def _negators(language: str | None = None) -> re.Pattern[str]:
    """The ``[negators]`` of ``language`` when the taxonomy lists it, else of every
    language: Portuguese "no" is "in the" ("alugar box no Boxelo"), not Spanish "no"."""
    lists = shipped_taxonomy().negators
    chosen = [lists[language]] if language is not None and language in lists else lists.values()
    words = {normalize(w).strip() for ws in chosen for w in ws}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return re.compile(rf" (?:{alternatives}) ")


@functools.lru_cache(maxsize=1)
def _no_lack_holding_a_negator() -> re.Pattern[str] | None:
    """The phrases that hold a negator but say no lack: the praise cues that do, a
    litotes or no trouble ("not bad", "sin un solo problema", "kein einziges Problem"),
    and ``[not_a_lack]`` ("can't sleep", "sans gluten")."""
    negator = _negators()
    taxonomy = shipped_taxonomy()
    cues = {
        normalize(phrase)
        for section in taxonomy.intents
        if section.id == "praise"
        for phrases in section.phrases.values()
        for phrase in phrases
    }
    cues.update(normalize(p) for phrases in taxonomy.not_a_lack.values() for p in phrases)
    held = sorted((cue for cue in cues if negator.search(cue)), key=len, reverse=True)
    return re.compile("|".join(re.escape(cue) for cue in held)) if held else None


@functools.lru_cache(maxsize=1)
def _absences() -> tuple[re.Pattern[str], ...]:
    """A defect that never came and a fault that stopped, as the taxonomy names them."""
    absence = shipped_taxonomy().absence
    patterns = (absence_pattern(absence), mended_pattern(absence))
    return tuple(pattern for pattern in patterns if pattern is not None)


#: A way to do something without a burden ("Still the easiest way to kill a day in a city
#: without dragging a case around", "il modo più comodo per girare Roma senza trolley"):
#: what the way spares, not something of ours that is missing. The "without" word at
#: most eight tokens after "way", in the normalised text (a comma's break among them:
#: "der bequemste Weg, Berlin ohne Koffer zu erkunden"). German "Weg" only after its
#: article, and a word at most between: "weg" alone is "gone" ("Rabatt einfach weg, ohne
#: Info").
_WAY_WITHOUT_RE = re.compile(
    r"(?<= )(?:way|ways|modo|moyen|facon|forma|manera|maneira|(?:der|den|dem|ein|einen|einem)"
    r"(?: [^ |]+)? weg)(?: [^ ]+){0,8}? "
    r"(?:without|senza|sans|sin|ohne|sem)(?= )"
)


def states_a_lack(text: str, language: str | None = None) -> bool:
    """The text negates something (taxonomy ``[negators]``): "no power since 9", "kein
    Zugriff", "SEM luz", "non funziona"; not inside praise ("not a single problem", "sem
    problemas": no trouble is no lack), nor in ``[not_a_lack]`` ("no puedo dormir"), nor
    in a defect that never came ("ni un saco mojado", :class:`Absence`) or a fault that
    stopped ("la canette ne bourre plus"). With the text's
    ``language`` (enrichment's), only that language's negators count when the taxonomy
    lists it; any language's otherwise ("und", or none given)."""
    normalized = normalize(text)
    negators = _negators(language)
    if not negators.search(normalized):  # the usual case: the praise scan is the costly part
        return False
    no_lack = _no_lack_holding_a_negator()
    if no_lack is not None:
        normalized = no_lack.sub(" ", normalized)
    for absence in _absences():
        normalized = absence.sub(" ", normalized)
    normalized = _WAY_WITHOUT_RE.sub(" ", normalized)
    return bool(negators.search(normalized))
