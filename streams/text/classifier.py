"""Trainable topic/intent classifier, fast enough to sit in the enrichment stream.

Users label a few hundred to a few thousand example texts (``text,category``)
and get a model that assigns one of their categories, with a confidence, to
every touchpoint.  The design is driven by three constraints:

* **Throughput.**  The whole enrichment chain must score >= 10,000 texts/s on
  one core, so this stage targets well over 20,000.  scikit-learn's
  ``TfidfVectorizer`` builds character n-grams one Python string at a time
  (about 12,000 texts/s for these features), so here a whole batch is
  featurised at once with numpy: it is joined into one array of code points
  and every n-gram is hashed with a polynomial rolling hash computed from
  prefix sums (see :mod:`streams.text.ngrams`).  Prediction is then one sparse x
  dense matrix product.
* **Accuracy.**  TF-IDF over word 1-3-grams plus word-bounded character
  2-5-grams (robust to typos and inflection, and language-agnostic), each
  family L2-normalised separately, with a Crammer-Singer linear SVM.  On a
  held-out fifth of BANKING77's training set this scores 92.0 % (see
  ``training/split_banking77.py`` to reproduce); BERT-class models reach
  93-94 % on the official test set, far too slowly for a stream.
* **Portability.**  A saved model is plain arrays (``.npz``) plus a small
  ``.json`` header: no pickles, so it loads across library and Python
  versions, and loading is just reading arrays.  Features are identified by a
  64-bit hash of the n-gram itself, computed with fixed constants, so the same
  text maps to the same features in every process (unlike ``hash()``).

Confidence is a temperature-scaled softmax over the SVM scores; the
temperature is fitted on a held-out fifth of the training data so that, e.g.,
a 0.9 confidence is right about nine times in ten on data like the training
set.  Callers use it to drop low-confidence labels.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from streams.text.ngrams import FeatureSpec, Vocabulary

I64 = npt.NDArray[np.int64]
F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

FORMAT = "voc-text-classifier"
FORMAT_VERSION = 1
ARRAYS_FILE = "classifier.npz"
HEADER_FILE = "classifier.json"

PREDICT_BATCH = 500  # the stream's batch size, used when measuring throughput
_MAX_CHUNK = 4096  # bounds the memory of one featurisation pass
_TEMPERATURES = np.geomspace(0.5, 50.0, 41)
# Softmax sharpness used when there is too little data to fit one: about what
# BANKING77 fits (8.9); an SVM margin of 1 over another label then means odds of
# e**8 (~3000) to 1 against it.
DEFAULT_INVERSE_TEMPERATURE = 8.0
MIN_CALIBRATION_TEXTS = 50


def _softmax_confidence(scores: F64, inverse_temperature: float) -> F64:
    """Probability of the top class under a softmax with the given sharpness."""
    scaled = scores * inverse_temperature
    scaled -= scaled.max(axis=1, keepdims=True)
    weights = np.exp(scaled)
    result: F64 = weights.max(axis=1) / weights.sum(axis=1)
    return result


def _fit_inverse_temperature(scores: F64, truth: I64) -> float:
    """Softmax sharpness minimising log-loss of held-out scores (grid search).

    One scalar is all a linear SVM's margins need to read as probabilities,
    and a grid is robust where an optimiser could wander on tiny data sets.
    """
    best, best_loss = 1.0, np.inf
    rows = np.arange(len(truth))
    for beta in _TEMPERATURES:
        scaled = scores * beta
        scaled -= scaled.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scaled).sum(axis=1))
        loss = float(np.mean(log_norm - scaled[rows, truth]))
        if loss < best_loss:
            best, best_loss = float(beta), loss
    return best


@dataclass(frozen=True)
class _LinearModel:
    """Vocabulary plus one weight column per label: all a prediction needs."""

    spec: FeatureSpec
    vocabulary: Vocabulary
    labels: tuple[str, ...]
    coef: F32  # (n_features, n_labels), rounded to float16 precision
    intercept: F32

    def scores(self, texts: Sequence[str]) -> F64:
        features = self.vocabulary.transform(self.spec, texts)
        product = np.asarray(features @ self.coef, dtype=np.float64)
        result: F64 = product + self.intercept
        return result


def _fit_linear(
    spec: FeatureSpec, texts: Sequence[str], labels: Sequence[str], c: float
) -> _LinearModel:
    """Fit the vocabulary and a Crammer-Singer multi-class linear SVM on it.

    Crammer-Singer optimises one joint margin over all classes rather than
    one-vs-rest margins; on BANKING77 cross-validation it was 0.2-0.5 points
    better than one-vs-rest for about twice the fitting time, and tol=1e-3
    halves that time again with identical predictions.  The weights are
    rounded to float16 here, not only when saving, so that a saved and
    reloaded model predicts exactly what the trained one did.
    """
    from sklearn.svm import LinearSVC  # training-only dependency, kept off the load path

    if len(set(labels)) < 2:
        raise ValueError("need examples of at least two categories to train a classifier")
    vocabulary = Vocabulary.fit(spec, texts)
    features = vocabulary.transform(spec, texts)
    svm = LinearSVC(C=c, multi_class="crammer_singer", tol=1e-3, random_state=0)
    svm.fit(features, list(labels))
    coef = np.asarray(svm.coef_, dtype=np.float64)
    intercept = np.asarray(svm.intercept_, dtype=np.float64).reshape(-1)
    if coef.shape[0] == 1:  # binary one-row form: score the negative class too
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    return _LinearModel(
        spec,
        vocabulary,
        tuple(str(label) for label in svm.classes_),
        np.ascontiguousarray(coef.T).astype(np.float16).astype(np.float32),
        intercept.astype(np.float16).astype(np.float32),
    )


class TextClassifier:
    """Assigns one of the user's categories, with a calibrated confidence, to each text."""

    DEFAULT_SPEC = FeatureSpec()
    DEFAULT_C = 0.5

    def __init__(self, model: _LinearModel, inverse_temperature: float) -> None:
        self._model = model
        self._beta = inverse_temperature

    @property
    def labels(self) -> tuple[str, ...]:
        return self._model.labels

    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[str]) -> TextClassifier:
        """Train on labelled examples; calibrate confidence on a held-out fifth.

        Calibration needs scores on texts the model has not seen, so a
        stratified fifth is held out for it, then the final model is refitted
        on everything.  Too small a held-out set would fit the temperature to
        noise (all correct -> infinitely sharp), so small training sets keep
        the default.
        """
        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        texts, labels = list(texts), [str(label) for label in labels]
        model = _fit_linear(cls.DEFAULT_SPEC, texts, labels, cls.DEFAULT_C)
        return cls(model, cls._calibrate(texts, labels))

    @classmethod
    def _calibrate(cls, texts: list[str], labels: list[str]) -> float:
        counts = Counter(labels)
        held_out = len(texts) // 5
        if held_out < MIN_CALIBRATION_TEXTS or held_out < len(counts) or min(counts.values()) < 2:
            return DEFAULT_INVERSE_TEMPERATURE
        from sklearn.model_selection import train_test_split

        fit_x, held_x, fit_y, held_y = train_test_split(
            texts, labels, test_size=held_out, stratify=labels, random_state=0
        )
        model = _fit_linear(cls.DEFAULT_SPEC, fit_x, fit_y, cls.DEFAULT_C)
        position = {label: i for i, label in enumerate(model.labels)}
        known = [i for i, label in enumerate(held_y) if label in position]
        scores = model.scores([held_x[i] for i in known])
        truth = np.array([position[held_y[i]] for i in known], dtype=np.int64)
        return _fit_inverse_temperature(scores, truth)

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(label, confidence in 0..1) per text, in input order."""
        result: list[tuple[str, float]] = []
        for start in range(0, len(texts), _MAX_CHUNK):
            scores = self._model.scores(texts[start : start + _MAX_CHUNK])
            best = scores.argmax(axis=1)
            confidence = _softmax_confidence(scores, self._beta)
            labels = self._model.labels
            result.extend(
                (labels[i], float(p))
                for i, p in zip(best.tolist(), confidence.tolist(), strict=True)
            )
        return result

    def save(self, directory: Path) -> None:
        """Write ``classifier.json`` (settings, labels) and ``classifier.npz`` (arrays)."""
        directory.mkdir(parents=True, exist_ok=True)
        model = self._model
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "labels": list(model.labels),
            "inverse_temperature": self._beta,
            "spec": asdict(model.spec),
        }
        np.savez_compressed(
            directory / ARRAYS_FILE,
            hashes=model.vocabulary.hashes,
            idf=model.vocabulary.idf,
            family=model.vocabulary.family,
            coef=model.coef.astype(np.float16),
            intercept=model.intercept.astype(np.float16),
        )
        text = json.dumps(header, indent=2, ensure_ascii=False) + "\n"
        (directory / HEADER_FILE).write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> TextClassifier:
        """Rebuild a saved model from plain arrays; refuses unknown formats."""
        header_path = directory / HEADER_FILE
        header = json.loads(header_path.read_text(encoding="utf-8"))
        if header.get("format") != FORMAT or header.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{header_path}: not a {FORMAT} v{FORMAT_VERSION} model")
        spec = _spec_from_json(header["spec"])
        with np.load(directory / ARRAYS_FILE, allow_pickle=False) as arrays:
            vocabulary = Vocabulary(arrays["hashes"], arrays["idf"], arrays["family"])
            coef = arrays["coef"].astype(np.float32)
            intercept = arrays["intercept"].astype(np.float32)
        labels = tuple(str(label) for label in header["labels"])
        if coef.shape != (len(vocabulary), len(labels)):
            raise ValueError(f"{directory}: weights do not match vocabulary and labels")
        model = _LinearModel(spec, vocabulary, labels, coef, intercept)
        return cls(model, float(header["inverse_temperature"]))


def _spec_from_json(fields: dict[str, object]) -> FeatureSpec:
    """Inverse of the ``spec`` block written by :meth:`TextClassifier.save`."""
    spec = FeatureSpec()
    values = {}
    for name, default in spec.__dict__.items():
        value = fields.get(name, default)
        values[name] = tuple(value) if isinstance(value, list) else value
    return FeatureSpec(**values)  # type: ignore[arg-type]


# --- CSV input and evaluation ----------------------------------------------

REQUIRED_COLUMNS = ("text", "category")


def read_labelled_csv(path: Path) -> tuple[list[str], list[str]]:
    """Read ``text,category`` rows (header first; extra columns are ignored).

    Errors name the file and line so a user can fix a hand-made CSV.
    """
    texts: list[str] = []
    labels: list[str] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        try:
            header = [name.strip().lower() for name in next(reader)]
        except StopIteration:
            raise ValueError(f"{path}: empty file, expected a header row text,category") from None
        except csv.Error as error:
            raise ValueError(f"{path}, line {reader.line_num}: {error}") from None
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise ValueError(
                f"{path}, line 1: missing column(s) {', '.join(missing)} (header is {header})"
            )
        text_at, label_at = header.index("text"), header.index("category")
        try:
            for row in reader:
                if not row or all(not cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    raise ValueError(
                        f"{path}, line {reader.line_num}: "
                        f"expected {len(header)} fields, found {len(row)}"
                    )
                text, label = row[text_at].strip(), row[label_at].strip()
                if not text or not label:
                    raise ValueError(f"{path}, line {reader.line_num}: empty text or category")
                texts.append(text)
                labels.append(label)
        except csv.Error as error:
            raise ValueError(f"{path}, line {reader.line_num}: {error}") from None
    if not texts:
        raise ValueError(f"{path}: no labelled rows after the header")
    return texts, labels


def _f1_by_label(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """Per-category F1 over the categories present in the test set."""
    pairs = Counter(zip(truth, predicted, strict=True))
    true_count = Counter(truth)
    predicted_count = Counter(predicted)
    scores = {}
    for label in true_count:
        hits = pairs[(label, label)]
        scores[label] = 2.0 * hits / (true_count[label] + predicted_count[label])
    return scores


def evaluate_classifier(
    train_csv: Path, test_csv: Path, emit: Callable[[str], None] = print
) -> float:
    """Train on one CSV, score on another; the last line emitted is ``accuracy=NN.N``.

    Also reports what matters for running it in the stream: training time and
    prediction throughput in stream-sized batches (one core as measured).
    """
    train_texts, train_labels = read_labelled_csv(train_csv)
    categories = len(set(train_labels))
    emit(f"read {len(train_texts)} training rows, {categories} categories from {train_csv}")
    test_texts, test_labels = read_labelled_csv(test_csv)
    emit(f"read {len(test_texts)} test rows from {test_csv}")
    unseen = sorted(set(test_labels) - set(train_labels))
    if unseen:
        names = ", ".join(unseen[:5])
        emit(f"warning: {len(unseen)} test categories never seen in training: {names}")
    started = time.perf_counter()
    model = TextClassifier.train(train_texts, train_labels)
    emit(f"trained in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    predicted: list[str] = []
    for start in range(0, len(test_texts), PREDICT_BATCH):
        predicted.extend(
            label for label, _ in model.predict(test_texts[start : start + PREDICT_BATCH])
        )
    elapsed = max(time.perf_counter() - started, 1e-9)
    rate = len(test_texts) / elapsed
    emit(f"predicted {len(test_texts)} texts at {rate:,.0f} texts/s (batches of {PREDICT_BATCH})")
    f1 = _f1_by_label(test_labels, predicted)
    worst = sorted(f1.items(), key=lambda item: (item[1], item[0]))[:5]
    emit("worst F1: " + ", ".join(f"{label}={score:.2f}" for label, score in worst))
    emit(f"macro-F1={100.0 * sum(f1.values()) / len(f1):.1f}")
    accuracy = (
        100.0 * sum(p == t for p, t in zip(predicted, test_labels, strict=True)) / len(test_labels)
    )
    emit(f"accuracy={accuracy:.1f}")
    return accuracy


if __name__ == "__main__":  # python -m streams.text.classifier TRAIN_CSV TEST_CSV
    import sys

    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m streams.text.classifier TRAIN_CSV TEST_CSV")
    evaluate_classifier(Path(sys.argv[1]), Path(sys.argv[2]))
