"""Static word vectors distilled from the multilingual-e5-small encoder.

The encoder reads a tweet in about 28 ms on one core; a stream needs 0.1 ms.
In the manner of model2vec (MinishLab), the encoder's knowledge is moved into
a lookup table once, offline: every word of the training vocabulary is
encoded on its own (``query: <word>``, ``training/train_word_vectors.py``),
the vectors are centred and reduced with PCA, and each is multiplied by a
smooth-inverse-frequency weight (a / (a + p(word))) so frequent function words
count less. At run time a text's vector is the mean of its tokens' rows
(unknown tokens count as zero), which costs one ``searchsorted`` and one ``reduceat`` per batch.

Words are the sentiment model's own tokens (lower-cased, punctuation and emoji
split off, see ``streams.text.features.codepoints``), looked up by the same
64-bit hash the model computes anyway, so the table needs no tokenizer at run
time and its file holds no text. A word missing from the table contributes
nothing here; its character n-grams still reach the linear model.

The shipped fast model does not use a table (``SENTIMENT_MODEL.md``: +0.6
macro-F1 on val, but short support texts read as positive); the sentiment
model loads one when its config names it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from streams.text.features import FeatureSpec, codepoints, extract, normalise_batch

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
U64Array = npt.NDArray[np.uint64]

WORDS_FILE = "sentiment_words.npz"


class WordVectors:
    """Sorted word hashes and their vectors; ``pool`` turns a batch into text vectors."""

    def __init__(self, hashes: U64Array, vectors: FloatArray) -> None:
        if len(hashes) != len(vectors):
            raise ValueError(f"{len(hashes)} word hashes but {len(vectors)} vectors")
        order = np.argsort(hashes)
        self.hashes = np.ascontiguousarray(hashes[order])
        self.vectors = np.ascontiguousarray(vectors[order], dtype=np.float32)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def __len__(self) -> int:
        return len(self.hashes)

    @classmethod
    def load(cls, path: Path) -> WordVectors:
        """Read a table saved by :meth:`save` (int8 rows and one scale per dimension)."""
        with np.load(path, allow_pickle=False) as data:
            hashes = data["hashes"].astype(np.uint64)
            vectors = data["values"].astype(np.float32) * data["scale"].astype(np.float32)
        return cls(hashes, vectors)

    def save(self, path: Path) -> None:
        """Quantise to int8 with one scale per dimension (a quarter of float32's size)."""
        scale = np.abs(self.vectors).max(axis=0) / 127.0
        scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
        values = np.clip(np.rint(self.vectors / scale), -127, 127).astype(np.int8)
        np.savez_compressed(path, hashes=self.hashes, values=values, scale=scale)

    def pool(
        self,
        docs: IntArray,
        hashes: U64Array,
        n_docs: int,
        skipped: npt.NDArray[np.bool_] | None = None,
    ) -> FloatArray:
        """Mean over each text's tokens of the vectors of its known words.

        ``docs`` (non-decreasing text indices) and ``hashes`` are parallel, as
        ``Occurrences.word_docs`` / ``word_hashes``; words marked in
        ``skipped`` (negated ones) are left out. A text with no known word
        gets the zero vector.
        """
        out = np.zeros((n_docs, self.dim), dtype=np.float32)
        if len(hashes) == 0 or len(self.hashes) == 0:
            return out
        idx = np.searchsorted(self.hashes, hashes)
        idx[idx == len(self.hashes)] = 0
        found = self.hashes[idx] == hashes
        if skipped is not None:
            found &= ~skipped
        rows, row_docs = idx[found], docs[found]
        if len(rows) == 0:
            return out
        starts = np.flatnonzero(np.concatenate(([True], row_docs[1:] != row_docs[:-1])))
        out[row_docs[starts]] = np.add.reduceat(self.vectors[rows], starts, axis=0)
        # the mean over all the text's tokens, known or not: normalising the sum
        # to unit length let one known word speak for a whole short text
        # ("support client nul" read as positive from "support" alone)
        out /= np.maximum(np.bincount(docs, minlength=n_docs), 1)[:, None].astype(np.float32)
        return out


def word_hashes(words: Sequence[str]) -> U64Array:
    """The hash ``extract`` gives each word (offline: to key the table).

    Each word must be one token of the model's tokenizer (as the words found
    by ``vocabulary`` are); a word that splits raises ``ValueError``.
    """
    occ = extract(list(words), FeatureSpec())
    counts = np.bincount(occ.word_docs, minlength=len(words))
    if len(occ.word_docs) != len(words) or np.any(counts != 1):
        bad = [w for w, c in zip(words, counts.tolist(), strict=True) if c != 1][:5]
        raise ValueError(f"not single tokens: {bad}")
    return occ.word_hashes


def vocabulary(texts: Sequence[str]) -> dict[str, int]:
    """Word -> count over ``texts``, with the model's normalisation and tokens."""
    counts: Counter[str] = Counter()
    for start in range(0, len(texts), 1000):
        cps = codepoints(normalise_batch(texts[start : start + 1000]))
        joined = "".join(map(chr, cps.astype(np.int64).tolist()))
        counts.update(joined.split(" "))
    for drop in ("", "\x00"):
        counts.pop(drop, None)
    return dict(counts)
