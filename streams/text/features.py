"""Text features of the sentiment model, for a whole batch at once.

Normalisation (escapes, entities, URLs, user names, emoji modifiers), then
hashed word uni/bigrams with negation marking and word-bounded character 3-5
grams, each as (text, feature id, count) occurrences. The batch is joined by
a separator so the regex engine and numpy run once per batch instead of once
per text. Used by the sentiment model (``streams.text.sentiment``), the word
vectors and the training scripts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
U64Array = npt.NDArray[np.uint64]

# --------------------------------------------------------------------------
# Text normalisation: applied to the whole batch joined by a separator, so the
# regex engine and numpy run once per batch instead of once per text.
# --------------------------------------------------------------------------
_SEP = "\x00"
_ESCAPES = re.compile(r"\\u([0-9a-fA-F]{4})")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_ENTITY_RE = re.compile("|".join(map(re.escape, _ENTITIES)))
_URL_RE = re.compile(r"(?:http|www\.)[^\s\x00]*")
_USER_RE = re.compile(r"@\w+")

#: Punctuation that ends a negation scope.
_SCOPE_END = ".,!?;:"
#: Characters that become tokens of their own (punctuation, symbols, emoji).
_SPLIT_ASCII = '!"$%&()*+,./:;<=>?[\\]^`{|}~'
#: Invisible emoji modifiers dropped so "❤️" and "❤" are the same feature.
_DROP = (0xFE0E, 0xFE0F, 0x200D, 0x200B, *range(0x1F3FB, 0x1F400))

#: Negation cues for the supported languages (plus romanised Hindi). A cue
#: negates following tokens until the next punctuation mark.
NEGATION_CUES = frozenset(
    """
    not no never nothing nobody none nor cannot can't don't doesn't didn't isn't
    wasn't aren't weren't won't wouldn't shouldn't couldn't ain't dont doesnt didnt
    isnt cant wont ne n' pas jamais rien aucun aucune guère
    nicht kein keine keinen keiner keinem nie niemals nichts weder
    nunca nada ni tampoco ningún ninguno ninguna jamás
    non mai niente nulla nessuno nessuna né
    não nao nem nenhum nenhuma
    nahi nahin nhi mat
    لا ما مش مو لم لن ليس ليست غير
    """.split()
)

_SPACE = 0
_KEEP = 1
_SPLIT = 2
_DROPPED = 3


@lru_cache(maxsize=1)
def _char_classes() -> npt.NDArray[np.uint8]:
    """Lookup table codepoint -> class (space / keep / own token / drop)."""
    table = np.full(0x110000, _KEEP, dtype=np.uint8)
    for c in " \t\n\r\x0b\x0c\x85\xa0\u2028\u2029\u3000":
        table[ord(c)] = _SPACE
    table[:0x20] = _SPACE
    for c in _SPLIT_ASCII + "…«»“”„¡¿":
        table[ord(c)] = _SPLIT
    table[0x2190:0x2C00] = _SPLIT  # arrows, symbols, dingbats (❤, ☺, ✨ ...)
    table[0x1F000:0x1FB00] = _SPLIT  # emoji blocks
    table[list(_DROP)] = _DROPPED
    table[0] = _SPLIT  # the batch separator is a token of its own
    return table


def normalise_batch(texts: Sequence[str]) -> str:
    """Lower-case and canonicalise a batch; returns the joined text.

    URLs and @mentions are replaced by placeholders (frequent, no sentiment),
    and literal ``\\uXXXX`` escapes and HTML entities found in scraped
    tweets are decoded. Texts are joined with NUL separators.
    """
    joined = _SEP.join(t.replace(_SEP, " ") for t in texts)
    if "\\u" in joined:
        joined = _ESCAPES.sub(lambda m: chr(int(m.group(1), 16)), joined)
    if "&" in joined:
        joined = _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], joined)
    joined = _URL_RE.sub(" http ", joined)
    joined = _USER_RE.sub("@user", joined)
    return joined.lower().replace("\u2019", "'")


def codepoints(joined: str) -> npt.NDArray[np.uint64]:
    """Codepoints with every token separated by exactly one space.

    Punctuation and emoji become tokens of their own, each text is framed as
    `` text \\x00 text2 `` so tokens and n-grams never straddle two texts.
    """
    raw = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    cls = _char_classes()[raw]
    keep = cls != _DROPPED
    raw, cls = raw[keep], cls[keep]
    raw = np.where(cls == _SPACE, 32, raw)
    # cap character floods at two ("soooo" -> "soo", "!!!!!" -> "!!", "😡😡😡" -> "😡😡")
    flood = np.zeros(len(raw), dtype=bool)
    flood[2:] = (raw[2:] == raw[1:-1]) & (raw[2:] == raw[:-2])
    raw, cls = raw[~flood], cls[~flood]
    split = cls == _SPLIT
    counts = 1 + 2 * split.astype(np.int64)
    out = np.repeat(raw, counts)
    first = np.cumsum(counts) - counts
    out[first[split]] = 32
    out[first[split] + 2] = 32
    framed: npt.NDArray[np.uint64] = np.concatenate(([32], out, [32])).astype(np.uint64)
    is_space = framed == 32
    dup = is_space[1:] & is_space[:-1]
    return framed[np.concatenate(([True], ~dup))]


# --------------------------------------------------------------------------
# Featurisation
# --------------------------------------------------------------------------
_BASE = np.uint64(0x100000001B3)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_NEG_SALT = np.uint64(0x5BD1E9955BD1E995)
_PAIR = np.uint64(0xC2B2AE3D27D4EB4F)


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """Hashing parameters; stored in the JSON config next to the weights."""

    char_bits: int = 19
    word_bits: int = 18
    char_min: int = 3
    char_max: int = 5
    negation: bool = True
    #: at inference, character n-grams of negated words vote for the opposite
    #: polarity ("pas mal" is not "mal"); not used when fitting.
    flip_negated_chars: bool = True

    @property
    def n_char(self) -> int:
        return 1 << self.char_bits

    @property
    def n_features(self) -> int:
        return (1 << self.char_bits) + (1 << self.word_bits)


@dataclass(frozen=True, slots=True)
class Occurrences:
    """Feature occurrences of a batch: parallel arrays (doc index, feature id).

    Kept as a flat list rather than a sparse matrix: scoring only needs a
    gather and a bincount, and building a CSR would force a costly sort.
    """

    docs: IntArray
    features: IntArray
    n_docs: int
    #: occurrence is a character n-gram of a negated word (see ``logits``)
    flipped: npt.NDArray[np.bool_]
    #: every word token: its text index and its full 64-bit hash (not negation-salted)
    word_docs: IntArray
    word_hashes: U64Array
    word_negated: npt.NDArray[np.bool_]


class _Hasher:
    """Position-independent substring hashes from one prefix sum.

    hash(a, b) = (C[b] - C[a]) * BASE^-a  with C[i] = sum_{j<i} c_j BASE^j,
    all modulo 2^64 (numpy's wrapping uint64 arithmetic), so every n-gram and
    word of the batch is hashed with a handful of vectorised operations.
    """

    def __init__(self, cps: npt.NDArray[np.uint64]) -> None:
        n = len(cps)
        with np.errstate(over="ignore"):
            powers = _powers(n)
            self.prefix = np.concatenate(([np.uint64(0)], np.cumsum(cps * powers[0][:n])))
        self.inverse = powers[1]

    def __call__(self, a: IntArray, b: IntArray) -> npt.NDArray[np.uint64]:
        with np.errstate(over="ignore"):
            h: npt.NDArray[np.uint64] = (self.prefix[b] - self.prefix[a]) * self.inverse[a]
            h *= _GOLDEN
        return h


_POWERS: list[npt.NDArray[np.uint64]] = []


def _powers(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """BASE^i and BASE^-i (mod 2^64) for i < n, cached and grown on demand."""
    if not _POWERS or len(_POWERS[0]) < n + 1:
        size = max(n + 1, 1 << 16)
        inv = pow(int(_BASE), -1, 1 << 64)
        with np.errstate(over="ignore"):
            fwd = np.empty(size, dtype=np.uint64)
            fwd[0] = 1
            fwd[1:] = np.cumprod(np.full(size - 1, _BASE, dtype=np.uint64))
            back = np.empty(size, dtype=np.uint64)
            back[0] = 1
            back[1:] = np.cumprod(np.full(size - 1, np.uint64(inv), dtype=np.uint64))
        _POWERS[:] = [fwd, back]
    return _POWERS[0], _POWERS[1]


@lru_cache(maxsize=1)
def _cue_hashes() -> npt.NDArray[np.uint64]:
    """Hashes of the negation cues, computed with the batch hasher itself."""
    cps = codepoints(normalise_batch([" ".join(sorted(NEGATION_CUES))]))
    spaces = np.flatnonzero(cps == 32)
    return np.unique(_Hasher(cps)(spaces[:-1] + 1, spaces[1:]))


def _word_features(
    cps: npt.NDArray[np.uint64], hasher: _Hasher, spec: FeatureSpec
) -> tuple[
    IntArray, IntArray, npt.NDArray[np.bool_], tuple[IntArray, U64Array, npt.NDArray[np.bool_]]
]:
    """Hashed word unigrams and bigrams, with negation scope marking.

    A token is negated when a cue occurs earlier in its text with no
    scope-ending punctuation in between ("je ne suis pas content" marks
    "suis", "pas", "content"); negated tokens get a salted hash. Also returns
    every word's (text index, unsalted full 64-bit hash, negated), for the word vectors.
    """
    spaces = np.flatnonzero(cps == 32)
    start, end = spaces[:-1] + 1, spaces[1:]
    tok = hasher(start, end)
    first = cps[start]
    single = (end - start) == 1
    is_sep = single & (first == 0)
    is_end = is_sep | (single & np.isin(first, _END_CODES))
    raw = tok
    k = np.arange(len(tok))
    negated = np.zeros(len(tok), dtype=bool)
    if spec.negation:
        is_cue = np.isin(tok, _cue_hashes())
        last_cue = np.maximum.accumulate(np.where(is_cue, k, -1))
        last_end = np.maximum.accumulate(np.where(is_end, k, -1))
        # negated: the latest cue *before* the token comes after the latest end
        prev_cue = np.concatenate(([-1], last_cue[:-1]))
        prev_end = np.concatenate(([-1], last_end[:-1]))
        negated = (prev_cue > prev_end) & ~is_cue & ~is_end
        with np.errstate(over="ignore"):
            tok = tok ^ (negated.astype(np.uint64) * _NEG_SALT)
    doc = np.cumsum(is_sep)
    keep = ~is_sep
    words = (doc[keep].astype(np.int64), raw[keep], negated[keep])
    prev = np.concatenate(([np.uint64(0)], tok[:-1]))
    prev[np.concatenate(([True], is_sep[:-1]))] = np.uint64(1)  # text start marker
    with np.errstate(over="ignore"):
        bigram = (prev * _PAIR + tok) * _GOLDEN
    shift = np.uint64(64 - spec.word_bits)
    offset = spec.n_char
    uni_f = (tok[keep] >> shift).astype(np.int64) + offset
    bi_f = (bigram[keep] >> shift).astype(np.int64) + offset
    d = words[0]
    return np.concatenate((d, d)), np.concatenate((uni_f, bi_f)), negated, words


_END_CODES = np.array([ord(c) for c in _SCOPE_END], dtype=np.uint64)


def _char_features(
    cps: npt.NDArray[np.uint64],
    hasher: _Hasher,
    spec: FeatureSpec,
    negated_tokens: npt.NDArray[np.bool_],
) -> tuple[IntArray, IntArray, npt.NDArray[np.bool_]]:
    """Word-bounded character n-grams (like sklearn's ``char_wb``).

    An n-gram is kept when no space is strictly inside it, it is not two
    bare spaces around nothing, and it does not touch a text separator.
    Also returns, per n-gram, whether its word is in a negation scope.
    """
    n_pos = len(cps)
    is_space = cps == 32
    is_sep = cps == 0
    doc_of_pos = np.cumsum(is_sep)
    # token k lies between the k-th and (k+1)-th space; an n-gram starting on
    # a space belongs to the token after it, which gives the same formula
    token_of_pos = np.cumsum(is_space) - 1
    shift = np.uint64(64 - spec.char_bits)
    clean = np.ones(n_pos, dtype=bool)  # no space strictly inside
    docs: list[IntArray] = []
    feats: list[IntArray] = []
    flips: list[npt.NDArray[np.bool_]] = []
    for n in range(2, spec.char_max + 1):
        m = n_pos - n + 1
        if m <= 0:
            break
        if n >= 3:
            clean = clean[:m] & ~is_space[n - 2 : n - 2 + m]
        if n < spec.char_min:
            continue
        ok = clean[:m] & ~(is_space[:m] & is_space[n - 1 : n - 1 + m])
        ok &= ~is_sep[:m] & ~is_sep[n - 1 : n - 1 + m]
        idx = np.flatnonzero(ok)
        docs.append(doc_of_pos[idx])
        feats.append((hasher(idx, idx + n) >> shift).astype(np.int64))
        flips.append(negated_tokens[token_of_pos[idx]])
    if not docs:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=bool)
    return np.concatenate(docs).astype(np.int64), np.concatenate(feats), np.concatenate(flips)


def extract(texts: Sequence[str], spec: FeatureSpec) -> Occurrences:
    """All feature occurrences of a batch of raw texts."""
    cps = codepoints(normalise_batch(texts))
    hasher = _Hasher(cps)
    wd, wf, negated, (word_docs, word_hashes, word_negated) = _word_features(cps, hasher, spec)
    cd, cf, cflip = _char_features(cps, hasher, spec, negated)
    flipped = np.concatenate((np.zeros(len(wd), dtype=bool), cflip))
    return Occurrences(
        docs=np.concatenate((wd, cd)),
        features=np.concatenate((wf, cf)),
        n_docs=len(texts),
        flipped=flipped,
        word_docs=word_docs,
        word_hashes=word_hashes,
        word_negated=word_negated,
    )


def occurrence_scale(
    occ: Occurrences, idf_sq: npt.NDArray[np.floating[Any]], n_char: int
) -> FloatArray:
    """Per-occurrence factor 1 / L2 norm of its block (words or characters).

    Words and character n-grams are normalised separately (as two TF-IDF
    blocks) so the few word features are not drowned by the many n-grams.
    Each occurrence counts as its own entry (no de-duplication); for short
    texts this equals the usual TF-IDF norm and it needs no sort.
    """
    is_word = occ.features >= n_char
    key = occ.docs * 2 + is_word
    sq = np.bincount(key, weights=idf_sq, minlength=2 * occ.n_docs)
    inv = 1.0 / np.sqrt(np.maximum(sq, 1e-12))
    return inv[key].astype(np.float32)
