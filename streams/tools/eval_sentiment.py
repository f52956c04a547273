"""``voc eval sentiment``: macro-F1 of the sentiment model on UMSAB-style folders.

One folder per language (``english/``, ``french/``...), each with
``<split>_text.txt`` and ``<split>_labels.txt`` (0 negative, 1 neutral, 2
positive). The training scripts read the same folders through
:func:`read_split`.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from streams.text.sentiment import SentimentModel, default_model

#: UMSAB folder names -> ISO 639-1 codes.
FOLDER_LANGUAGES: dict[str, str] = {
    "arabic": "ar",
    "english": "en",
    "french": "fr",
    "german": "de",
    "hindi": "hi",
    "italian": "it",
    "portuguese": "pt",
    "spanish": "es",
}


def macro_f1(y_true: Sequence[int], y_pred: Sequence[int], n_classes: int = 3) -> float:
    """Macro-averaged F1 in percent (no sklearn needed at run time)."""
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    scores = []
    for k in range(n_classes):
        tp = float(np.sum((t == k) & (p == k)))
        fp = float(np.sum((t != k) & (p == k)))
        fn = float(np.sum((t == k) & (p != k)))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return 100.0 * float(np.mean(scores))


def unaccented_text(text: str) -> str:
    """``text`` without its accents, as typed in a hurry: "Incrível, très" -> "Incrivel, tres"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def read_split(folder: Path, split: str) -> tuple[list[str], list[int]] | None:
    """Texts and labels of one UMSAB language folder, or None if missing."""
    text_file = folder / f"{split}_text.txt"
    label_file = folder / f"{split}_labels.txt"
    if not (text_file.is_file() and label_file.is_file()):
        return None
    labels = [int(v) for v in label_file.read_text(encoding="utf-8").split()]
    texts = text_file.read_text(encoding="utf-8").split("\n")[: len(labels)]
    if len(texts) != len(labels):
        raise ValueError(f"{folder}: {len(texts)} texts but {len(labels)} labels")
    return texts, labels


def evaluate_sentiment(
    data_dir: Path,
    emit: Callable[[str], None] = print,
    split: str = "test",
    model: SentimentModel | None = None,
    batch: int = 500,
    unaccented: bool = False,
) -> float:
    """Macro-F1 of a model (default: the bundled fast one) per language folder, then the average.

    The folder's language (not detection) is passed to the model, so the
    figure measures sentiment quality alone. Texts are scored in batches of
    ``batch``, as the stream does; each line gives the rate per core (texts
    per second of this process's CPU time, so other processes on a shared
    machine do not count; the encoder's threads do). The last line emitted
    is ``avg_macro_f1=NN.N``; the returned value is that average. ``unaccented``
    strips every accent from the texts first ("incrível" -> "incrivel"): the figure for
    customers who type none, as many do on a phone.
    """
    model = model or default_model()
    scores: list[float] = []
    total_texts, total_seconds = 0, 0.0
    for folder in sorted(p for p in Path(data_dir).iterdir() if p.is_dir()):
        lang = FOLDER_LANGUAGES.get(folder.name, folder.name)
        if lang not in model.slot:
            emit(f"{folder.name} skipped: language not supported by the model")
            continue
        loaded = read_split(folder, split)
        if loaded is None:
            emit(f"{folder.name} skipped: no {split}_text.txt/{split}_labels.txt")
            continue
        texts, labels = loaded
        if unaccented:
            texts = [unaccented_text(text) for text in texts]
        started = time.process_time()
        probs = np.concatenate(
            [
                model.predict_proba(texts[i : i + batch], [lang] * len(texts[i : i + batch]))
                for i in range(0, len(texts), batch)
            ]
        )
        seconds = time.process_time() - started
        total_texts, total_seconds = total_texts + len(texts), total_seconds + seconds
        f1 = macro_f1(labels, probs.argmax(axis=1).tolist())
        scores.append(f1)
        rate = len(texts) / max(seconds, 1e-9)
        emit(f"{folder.name} macro_f1={f1:.1f} n={len(texts)} texts_per_s={rate:,.0f}")
    avg = float(np.mean(scores)) if scores else 0.0
    rate = total_texts / max(total_seconds, 1e-9)
    if unaccented:
        emit("texts unaccented: every accent stripped before scoring")
    emit(f"mode={model.mode} texts_per_s={rate:,.0f} (per core: CPU time, batches of {batch})")
    emit(f"avg_macro_f1={avg:.1f}")
    return avg
