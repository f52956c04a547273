"""The affect rules' cue automaton: every phrase of :mod:`streams.text.affect` in one
Aho-Corasick automaton over normalised text.

Each key (a normalised phrase, :func:`streams.text.lexicon.pattern_key`) holds the
entries it stands for: its kind (a cue, a negator, an exception, ...), the cue
section it belongs to, its length, and whether a cue holds a negator (then it is
taken as a whole, rule 2 of :mod:`streams.text.affect`). Typed-message typos of
the cues are keys too (:func:`add_typos`). Built once per analyzer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick

from streams.text.lexicon import pattern_key

# Kinds of automaton entries.
CUE, NEGATOR, EXCEPT, OPENER, RECURRING, GOING, STAYING = 0, 1, 2, 3, 4, 5, 6
# A streak's words (``[streak]``): its count, a good outcome, a bad one.
COUNT, WELL, BADLY = 7, 8, 9
# The opener of a defect that never came (rule 2c: "ni un", "not one").
ABSENT = 10
# A fault of a fault that stopped (rule 2d: "leak*", "bourr*"): the rule's pattern is
# only tried on a text that names one.
FAULT = 11

# An automaton value entry: (kind, section index, key length, cue immune to negation).
Entry = tuple[int, int, int, bool]
# A match in the normalised text: (start, end inclusive, section index).
Match = tuple[int, int, int]


def add_entry(entries: dict[str, set[Entry]], phrase: str, kind: int, section: int) -> None:
    key = pattern_key(phrase)
    if key is not None:
        # The immune flag is set in build_automaton, once all negators are known.
        entries.setdefault(key, set()).add((kind, section, len(key), False))


def transpositions(word: str) -> list[str]:
    """``word`` with two neighbouring letters swapped, its first letter kept: the
    commonest typo of a typed message ("perfcet", "garcias")."""
    return [
        f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    ]


def one_word_typos(phrase: str, min_letters: int) -> Iterator[tuple[str, str]]:
    """``phrase`` typed with one of its words of ``min_letters`` letters or more as one of
    its :func:`transpositions`: (the typo, the phrase with it), for each such typo."""
    parts = phrase.split()
    for i, word in enumerate(parts):
        if len(word) < min_letters:
            continue
        for typo in transpositions(word):
            yield typo, " ".join([*parts[:i], typo, *parts[i + 1 :]])


def add_typos(
    entries: dict[str, set[Entry]],
    min_letters: int,
    sections: set[int],
    real_words: frozenset[str] = frozenset(),
) -> None:
    """Each cue and exception of ``sections`` (not a stem nor an ending: "factur*",
    "*fleck ist weg") also matches with one of its words of ``min_letters`` letters or
    more as one of its :func:`transpositions` ("perfcet"; "toujours aussi effciaces";
    "grzaie eh"), unless the typo spells a word of any phrase configured (a cue,
    negator, exception or opener) or one of ``real_words`` (a word of its own: "gerat",
    German "Gerät", is no typo of "great")."""
    if min_letters <= 0:
        return
    words = {word for key in entries for word in key.split()}
    typos: dict[str, set[Entry]] = {}
    for key, values in entries.items():
        if not (key.startswith(" ") and key.endswith(" ")):
            continue
        # An exception of such a section too ("grazie eh", sarcasm): its typo ("grzaie eh")
        # cancels the typo of the cue it holds, as the exception cancels the cue.
        cues = [v for v in values if v[0] in (CUE, EXCEPT) and v[1] in sections]
        if not cues:
            continue
        for typo, phrase in one_word_typos(key, min_letters):
            if typo in words or typo in real_words:
                continue
            typo_key = f" {phrase} "
            for kind, section, _, _ in cues:
                typos.setdefault(typo_key, set()).add((kind, section, len(typo_key), False))
    # A typo key holds a word no configured phrase has, so it is no key of ``entries``.
    entries.update(typos)


def build_automaton(entries: dict[str, set[Entry]]) -> ahocorasick.Automaton:
    """One automaton for all kinds; flags cues that contain a negator word as immune."""
    negator_keys = [key for key, values in entries.items() if any(v[0] == NEGATOR for v in values)]
    # One pattern of them all: testing each negator against each of the ~28,000 keys
    # (typos included) took half of the analyzer's start-up.
    holds_negator = re.compile("|".join(map(re.escape, negator_keys))).search
    negators = frozenset(negator_keys)
    automaton = ahocorasick.Automaton()
    for key, values in entries.items():
        # " pas mal " holds " pas ", " doesn t work " holds " doesn t ".
        immune = bool(negator_keys) and (
            any(neg != key and neg in key for neg in negator_keys)
            if key in negators
            else holds_negator(key) is not None
        )
        marked = {(kind, sec, length, immune and kind == CUE) for kind, sec, length, _ in values}
        automaton.add_word(key, tuple(sorted(marked)))
    if entries:
        automaton.make_automaton()
    return automaton
