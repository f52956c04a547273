"""Phrase lists as patterns over a customer's words: the text lower case without accents
(:func:`normalise_text`), any phrase of a list as whole words (:func:`phrase_pattern`), a
template around a list (:func:`words_pattern`), and a list with its one-typo spellings
(:func:`with_typos`). The machinery the predicates of streams/customer/wording.py read
``[model]`` phrase lists with; each pattern compiled once per list."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from streams.text.cue_automaton import one_word_typos
from streams.text.lexicon import shipped_taxonomy


@lru_cache(maxsize=4096)
def normalise_text(text: str) -> str:
    """Lower case without accents: "Déjà contacté" -> "deja contacte". Cached: the
    customer model reads one touchpoint's text several times."""
    lowered = text.lower()
    if lowered.isascii():  # nothing to decompose
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=32)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words of :func:`normalise_text`'s text, longest
    first (None for no phrases); one compiled pattern per phrase list. A phrase may end
    on punctuation ("todavia?"): no word character may touch either end. A ``#`` stands
    for any one word ("still has # places": "still has two places", "still has 2 places")."""
    if not phrases:
        return None
    alternatives = "|".join(
        re.escape(normalise_text(p)).replace(r"\#", r"\w+") for p in sorted(phrases, key=len)[::-1]
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@lru_cache(maxsize=16)
def words_pattern(template: str, phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """``template`` with ``{words}`` any of ``phrases`` in their order, as
    :func:`normalise_text` writes them; a trailing ``*`` is any word ending
    ("entschuldig*"). None for no phrases; one compiled pattern per phrase list."""
    if not phrases:
        return None
    words = "|".join(_literal(p[:-1]) + r"\w*" if p.endswith("*") else _literal(p) for p in phrases)
    return re.compile(template.replace("{words}", words))


def _literal(phrase: str) -> str:
    """``phrase`` as :func:`normalise_text` writes it, as a regular expression."""
    return re.escape(normalise_text(phrase)).replace("\\ ", " ")


@lru_cache(maxsize=1)
def typo_min_letters() -> int:
    """Words this long or longer of a phrase list read with :func:`with_typos` also match
    with two neighbouring letters swapped: the taxonomy's ``[affect] typo_min_letters``,
    the length from which the enrichment reads its cues' typos too."""
    return shipped_taxonomy().affect.typo_min_letters


@lru_cache(maxsize=8)
def with_typos(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """``phrases`` and each of them with one word of :func:`typo_min_letters` letters or
    more typed with two neighbouring letters swapped (:func:`one_word_typos`), as a
    typed apology may be: "decsulpem o tom de ontem" (hand-tuning248/one_bad_day, read
    -1.00 as a complaint, a false repeat). A stem ("entschuldig*") keeps its spelling."""
    typed = (
        typo
        for phrase in phrases
        if not phrase.endswith("*")
        for _, typo in one_word_typos(phrase, typo_min_letters())
    )
    return tuple(dict.fromkeys([*phrases, *typed]))
