"""Batched language identification on top of py3langid's bundled model.

py3langid ships a 142-class naive Bayes model over byte n-grams, matched with
a DFA; its own ``classify`` walks that DFA one byte at a time in Python
(~60 us per tweet). Here the same DFA is walked for a whole batch at once:
texts are packed into a byte matrix and each step advances every text's state
with one numpy gather, so the per-text cost drops to a few microseconds and
the output stays identical in spirit (log1p counts, length-tempered softmax).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

#: Languages the sentiment model scores (ISO 639-1).
SUPPORTED: frozenset[str] = frozenset({"ar", "en", "fr", "de", "hi", "it", "pt", "es"})

UNDETERMINED = "und"

#: py3langid labels folded into an ISO 639-1 code (regional varieties and
#: scripts whose parent language has a 639-1 code); "zxx" means no language.
_ALIASES = {
    "arz": "ar",
    "ary": "ar",
    "uzs": "uz",
    "wuu": "zh",
    "yue": "zh",
    "gug": "gn",
    "zxx": UNDETERMINED,
}

#: py3langid labels considered. Restricting the 142 classes to widely used
#: languages avoids confusions with rare close relatives (Spanish tweets as
#: Aragonese or Extremaduran, German as Luxembourgish) and makes scoring
#: cheaper. Everything else in the model is ignored.
CANDIDATES = frozenset(
    """
    af am ar arz ary az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga
    gl gu he hi hr hu hy id is it ja ka kk km ko lt lv mk ml mn mr ms my ne nl no
    pa pl ps pt ro ru si sk sl so sq sr sv sw ta te th tl tr uk ur uz vi zh zxx
    """.split()
)

#: Bytes of each text that are looked at; the language of a message is
#: settled long before that, and it bounds the cost of pathological inputs.
MAX_BYTES = 100
#: Texts with fewer letters than this are "und": too short to tell.
MIN_LETTERS = 3
#: Texts with fewer letters than this are "und" too: a word or two ("CSAT",
#: "Merci !", "ok") says nothing reliable about a language, and a guess there
#: (py3langid calls "CSAT" Hungarian) would send the text to the wrong model.
SHORT_LETTERS = 8
#: Below this confidence the language is "und": the model hesitates.
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class _Model:
    """py3langid's parameters as numpy arrays ready for batched use."""

    ptc: npt.NDArray[np.float32]  # (features, classes) log P(feature | class)
    pc: npt.NDArray[np.float32]  # (classes,) log prior
    nextmove: npt.NDArray[np.int32]  # flattened DFA transition rows
    rowbase: npt.NDArray[np.int64]  # state -> offset of its 256-entry row
    output: npt.NDArray[np.int64]  # state -> feature id emitted, or -1
    aliases: tuple[tuple[int, int], ...]  # (column, column of its first label)
    label_columns: npt.NDArray[np.int64]  # column holding each output label
    labels: tuple[str, ...]


@lru_cache(maxsize=1)
def _model() -> _Model:
    """Load py3langid's bundled model once (about half a second, LZMA)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, all_classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    columns = [i for i, c in enumerate(all_classes) if c in CANDIDATES]
    names = [_ALIASES.get(all_classes[i], all_classes[i]) for i in columns]
    labels = tuple(dict.fromkeys(names))
    first = {name: names.index(name) for name in labels}
    aliases = tuple((i, first[n]) for i, n in enumerate(names) if first[n] != i)
    return _Model(
        ptc=np.ascontiguousarray(ptc[:, columns], dtype=np.float32),
        pc=np.asarray(pc, dtype=np.float32)[columns],
        # int32: its states fit (about 105,000), and int64 took 75 MiB of every worker
        nextmove=np.frombuffer(nextmove, dtype=_dtype(nextmove)).astype(np.int32),
        rowbase=np.frombuffer(row, dtype=_dtype(row)).astype(np.int64) << 8,
        output=np.asarray(output, dtype=np.int64),
        aliases=aliases,
        label_columns=np.array([first[name] for name in labels], dtype=np.int64),
        labels=labels,
    )


def _dtype(arr: object) -> type[np.unsignedinteger[npt.NBitBase]]:
    """numpy dtype matching a stdlib ``array.array`` of unsigned ints."""
    itemsize = getattr(arr, "itemsize", 4)
    return {2: np.uint16, 4: np.uint32, 8: np.uint64}[itemsize]  # type: ignore[return-value]


#: A word of two letters or more in capitals: shouted ("INCREÍBLE", "LA PROPIA MONITORA")
#: or an acronym.
_SHOUTED = re.compile(r"\b[^\W\d_a-z]{2,}\b")


def _lowered_if_shouted(word: re.Match[str]) -> str:
    return word.group().lower() if word.group().isupper() else word.group()


def _encode(text: str) -> bytes:
    """Nearly py3langid's canonical form: NFC, UTF-8, and lower-cased where it is all
    caps. py3langid lowers a text only when all of it is in capitals; here every word in
    capitals is lowered. The model learnt its n-grams from ordinary case, so a shouted
    word or two in a sentence ("INCREÍBLE: me cobran 40 € ... LA PROPIA MONITORA") left
    the best language below ``MIN_CONFIDENCE``."""
    # Only the first MAX_BYTES bytes are looked at; as many characters hold at least that.
    text = _SHOUTED.sub(_lowered_if_shouted, text[:MAX_BYTES])
    raw = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
    return raw[:MAX_BYTES]


_THREE_LETTERS = re.compile(rf"[^\W\d_](?:.*?[^\W\d_]){{{MIN_LETTERS - 1}}}", re.S)
_ENOUGH_LETTERS = re.compile(rf"[^\W\d_](?:.*?[^\W\d_]){{{SHORT_LETTERS - 1}}}", re.S)


def _has_letters(text: str) -> bool:
    """At least MIN_LETTERS letters; the regex stops at the third one."""
    return _THREE_LETTERS.search(text) is not None


def has_letters(text: str) -> bool:
    """True when ``text`` has letters at all (an emoji or a number has none)."""
    return _has_letters(text)


def _feature_counts(encoded: list[bytes], model: _Model) -> sp.csr_matrix:
    """Walk the DFA over all texts in lock-step; returns (texts, features) counts.

    Texts are sorted by length so the still-active ones are always a prefix
    of the batch; the byte matrix is stored step-major so each step reads one
    contiguous row, and emitted features are collected once at the end.
    """
    n = len(encoded)
    lengths = np.fromiter((len(b) for b in encoded), dtype=np.int64, count=n)
    order = np.argsort(-lengths, kind="stable")
    sorted_lengths = lengths[order]
    width = int(sorted_lengths[0]) if n else 0
    n_features = model.ptc.shape[0]
    if width == 0:
        return sp.csr_matrix((n, n_features), dtype=np.float32)
    flat = np.frombuffer(b"".join(encoded[i] for i in order.tolist()), dtype=np.uint8)
    starts = np.cumsum(sorted_lengths) - sorted_lengths
    text_of_byte = np.repeat(np.arange(n), sorted_lengths)
    step_of_byte = np.arange(len(flat)) - starts[text_of_byte]
    steps = np.zeros((width, n), dtype=np.int64)
    steps[step_of_byte, text_of_byte] = flat
    emitted = np.full((width, n), -1, dtype=np.int64)
    # number of texts still active at step j (lengths sorted descending)
    active = n - np.searchsorted(sorted_lengths[::-1], np.arange(width), side="right")
    state = np.zeros(n, dtype=np.int64)
    nextmove, rowbase, output = model.nextmove, model.rowbase, model.output
    for j in range(width):
        a = int(active[j])
        s = nextmove[rowbase[state[:a]] + steps[j, :a]]
        state[:a] = s
        emitted[j, :a] = output[s]
    step_idx, text_idx = np.nonzero(emitted >= 0)
    data = np.ones(len(text_idx), dtype=np.float32)
    rows = order[text_idx]
    return sp.csr_matrix((data, (rows, emitted[step_idx, text_idx])), shape=(n, n_features))


def language_probabilities(texts: Sequence[str]) -> tuple[tuple[str, ...], npt.NDArray[np.float32]]:
    """Label names and a (texts, labels) probability matrix."""
    model = _model()
    encoded = [_encode(t) for t in texts]
    counts = _feature_counts(encoded, model)
    counts.data = np.log1p(counts.data)
    scores = np.asarray(counts @ model.ptc, dtype=np.float32) + model.pc
    lengths = np.fromiter((max(len(b), 1) for b in encoded), dtype=np.float32, count=len(texts))
    scores /= np.sqrt(lengths)[:, None]  # py3langid's temperature: sqrt(bytes)
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    for src, dst in model.aliases:
        scores[:, dst] += scores[:, src]
    return model.labels, scores[:, model.label_columns]


def detect_languages(texts: Sequence[str]) -> list[tuple[str, float]]:
    """(ISO 639-1 code or "und", confidence 0..1) for each text, batched.

    Texts with fewer than three letters (emoji-only, numbers) are "und" with
    zero confidence: any guess there would be noise. Short texts (fewer than
    ``SHORT_LETTERS`` letters) and texts whose best language scores below
    ``MIN_CONFIDENCE`` are "und" too, with the confidence that was reached:
    callers mark them unscored. Codes outside ``SUPPORTED`` are returned too
    so callers can mark them unscored.
    """
    if not texts:
        return []
    results: list[tuple[str, float]] = [(UNDETERMINED, 0.0)] * len(texts)
    todo = [i for i, t in enumerate(texts) if _has_letters(t)]
    if not todo:
        return results
    labels, probs = language_probabilities([texts[i] for i in todo])
    _fold_galician(labels, probs)
    best = probs.argmax(axis=1)
    conf = probs[np.arange(len(todo)), best]
    for i, k, c in zip(todo, best.tolist(), conf.tolist(), strict=True):
        sure = c >= MIN_CONFIDENCE and _ENOUGH_LETTERS.search(texts[i]) is not None
        results[i] = (labels[k] if sure else UNDETERMINED, round(float(c), 4))
    return results


def _fold_galician(labels: tuple[str, ...], probs: npt.NDArray[np.float32]) -> None:
    """A text read as Galician is read as the closer of Portuguese and Spanish, in place.

    Portuguese and Spanish written without accents ("a apicultora deixou o portao aberto
    e o cao saiu", "El ultimo pedido llego dos dias tarde") are read as Galician, a close
    relative of both that no sentiment model scores, so the text would go unscored.
    Where Galician comes first, its probability goes to whichever of the two scores
    higher; elsewhere nothing moves, so a short text the three share ("No está mal.")
    stays too unsure to tell.
    """
    if not {"gl", "pt", "es"} <= set(labels):
        return
    gl, pt, es = (labels.index(code) for code in ("gl", "pt", "es"))
    rows = np.flatnonzero(probs.argmax(axis=1) == gl)
    closer = np.where(probs[rows, pt] >= probs[rows, es], pt, es)
    probs[rows, closer] += probs[rows, gl]
    probs[rows, gl] = 0.0


def warm_up() -> None:
    """Load the model now (e.g. at worker start) instead of on first batch."""
    _model()
