"""Cross-validate distilling the accurate mode's encoder into the fast head (an experiment).

Usage (from the repo root; needs the ``train`` and ``accurate`` extras)::

    python training/cv_sentiment_distillation.py DATA_DIR --cache DIR
        [--extra-csv BANKING77/train.csv] [--extra-n 3000]

Knowledge distillation, scored by 3-fold CV on the UMSAB train split only
(the folds of ``train_sentiment.py``'s head; val is not read). The student
is a pooled multinomial logistic regression over the fast model's own
TF-IDF features (all languages but Hindi, as the pooled LR), fitted on soft
targets ``alpha * gold + (1 - alpha) * teacher``; its logits join the fast
head's inputs (out-of-fold linear logits, polarity lexicon features), and
the head is fitted and chosen per language as ``train_sentiment.py`` does.
The teacher is the accurate mode's e5 regression (pooled LR over the
``query:`` embedding, C = 1). For each outer fold the teacher's soft labels
on the student's training rows are themselves out-of-fold (3 inner folds of
those rows), so no label of the held-out fold reaches the student; texts of
``--extra-csv`` (unlabelled: only its ``text`` column is read) get soft
labels from the teacher fitted on the outer fold's training rows.

Each variant is compared with the shipped head (no student) by a paired
bootstrap over the texts (1,000 draws) of the average macro-F1, both for
the head on every language ("all") and with the per-language choice that
ships ("chosen": a language keeps its linear logits where the head does not
beat them in CV). Figures and the decision: SENTIMENT_MODEL.md.

Cost: the e5 embeddings of train come from ``--cache`` (as
``train_sentiment_accurate.py`` leaves them; else about 7 minutes of a free
core), the out-of-fold linear logits too (``linear_oof.npz``); encoding the
extra texts runs at about 25 texts/s per core (2 minutes for 3,000). Each
student fit takes 25-70 s; the whole run about 15 minutes on the shared
2-core machine. It prints how long it took.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import train_sentiment as ts  # noqa: E402
from train_sentiment_accurate import POOLED_EXCLUDE, embeddings  # noqa: E402

from streams.text.features import FeatureSpec  # noqa: E402
from streams.text.polarity import LEXICON_FILE, PolarityLexicon  # noqa: E402
from streams.tools.eval_sentiment import FOLDER_LANGUAGES, macro_f1, read_split  # noqa: E402

#: (name, alpha: weight of the gold labels in the targets, use the extra texts, student C)
VARIANTS = (
    ("gold only (control)", 1.0, False, 1.0),
    ("a=0.5 +extra C=1", 0.5, True, 1.0),
    ("a=0 +extra C=1", 0.0, True, 1.0),
    ("a=0 +extra C=3", 0.0, True, 3.0),
    ("a=0 +extra C=10", 0.0, True, 10.0),
)
TEACHER_C = 1.0
INNER_FOLDS = 3
HEAD_C = 0.03  # the shipped head's C
BOOTSTRAP = 1000


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_soft_lr(
    x: sp.csr_matrix, q: np.ndarray, c: float, maxiter: int = 500
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial LR on soft targets ``q``: sum CE(q, softmax(xW + b)) + |W|^2 / 2c."""
    d = x.shape[1]
    xt = x.T.tocsr()

    def loss(p: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = p[: d * 3].reshape(d, 3), p[d * 3 :]
        s = x @ w + b
        s = s - s.max(axis=1, keepdims=True)
        logp = s - np.log(np.exp(s).sum(axis=1))[:, None]
        g = np.exp(logp) - q
        value = -(q * logp).sum() + 0.5 / c * (w**2).sum()
        return float(value), np.concatenate([(xt @ g + w / c).ravel(), g.sum(axis=0)])

    options = {"maxiter": maxiter}
    result = minimize(loss, np.zeros(d * 3 + 3), jac=True, method="L-BFGS-B", options=options)
    return result.x[: d * 3].reshape(d, 3), result.x[d * 3 :]


def head_predictions(
    inputs: list[np.ndarray], labels: list[np.ndarray], folds: list[np.ndarray], logits: list
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Out-of-fold head predictions per language, on every language and as chosen."""
    every, chosen = [], []
    for x, y, f, z in zip(inputs, labels, folds, logits, strict=True):
        pred = np.zeros(len(y), dtype=int)
        for k in range(ts.HEAD_FOLDS):
            w, b = ts.fit_standardised_lr(x[f != k], y[f != k], HEAD_C)
            pred[f == k] = (x[f == k] @ w + b).argmax(axis=1)
        every.append(pred)
        alone = z.argmax(axis=1)
        chosen.append(pred if macro_f1(y, pred) > macro_f1(y, alone) else alone)
    return every, chosen


def paired_bootstrap(
    labels: list[np.ndarray], base: list[np.ndarray], new: list[np.ndarray]
) -> tuple[float, float, float]:
    """Mean and 95% interval of the average macro-F1 gain, texts resampled per language."""
    rng = np.random.default_rng(1)
    gains = np.zeros(BOOTSTRAP)
    for y, a, b in zip(labels, base, new, strict=True):
        for r in range(BOOTSTRAP):
            i = rng.integers(0, len(y), len(y))
            gains[r] += (macro_f1(y[i], b[i]) - macro_f1(y[i], a[i])) / len(labels)
    low, high = np.percentile(gains, [2.5, 97.5])
    return float(gains.mean()), float(low), float(high)


def read_extra(path: Path, n: int) -> list[str]:
    """``n`` distinct texts of a ``text,...`` CSV, drawn with a fixed seed (labels unread)."""
    with path.open(newline="", encoding="utf-8") as handle:
        texts = sorted({row["text"].strip() for row in csv.DictReader(handle)})
    pick = np.random.default_rng(0).choice(len(texts), min(n, len(texts)), replace=False)
    return [texts[i] for i in sorted(pick)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="UMSAB: <language>/train_{text,labels}.txt")
    parser.add_argument("--cache", type=Path, required=True, help="embeddings, oof logits")
    parser.add_argument("--extra-csv", type=Path, help="unlabelled texts (a 'text' column)")
    parser.add_argument("--extra-n", type=int, default=3000)
    parser.add_argument("--models", type=Path, default=REPO / "streams/text/models")
    args = parser.parse_args(argv)
    started = time.time()
    spec = FeatureSpec()
    lexicon = PolarityLexicon.load(args.models / LEXICON_FILE)

    langs, labels, counts, vectors, features = [], [], [], [], []
    for folder, code in FOLDER_LANGUAGES.items():
        loaded = read_split(args.data_dir / folder, "train")
        if loaded is None:
            continue
        texts, y = loaded
        langs.append(code)
        labels.append(np.asarray(y))
        counts.append(ts.raw_matrix(texts, spec))
        vectors.append(embeddings(texts, args.cache, f"train_{folder}"))
        features.append(ts.lexicon_features(lexicon, texts))
    all_counts = sp.vstack(counts).tocsr()
    df = np.bincount(all_counts.indices, minlength=spec.n_features)
    idf = np.where(df >= ts.MIN_DF, np.log((1 + all_counts.shape[0]) / (1 + df)) + 1.0, 0.0)
    kept = np.flatnonzero(idf > 0)
    xs = [ts.tfidf(c, idf, spec.n_char)[:, kept].tocsr() for c in counts]
    logits, folds = ts.cached_oof_logits(args.cache, langs, xs, labels)
    pooled = [i for i, code in enumerate(langs) if code not in POOLED_EXCLUDE]
    extra_x, extra_v = None, None
    if args.extra_csv is not None:
        extra = read_extra(args.extra_csv, args.extra_n)
        extra_v = embeddings(extra, args.cache, f"extra{len(extra)}_{args.extra_csv.parent.name}")
        extra_x = ts.tfidf(ts.raw_matrix(extra, spec), idf, spec.n_char)[:, kept].tocsr()
    print(f"data read ({time.time() - started:.0f}s)", flush=True)

    # the teacher, per outer fold: soft labels of the outer training rows (inner out-of-fold)
    teacher = []
    for k in range(ts.HEAD_FOLDS):
        rows = {i: np.flatnonzero(folds[i] != k) for i in pooled}
        soft = {i: np.zeros((len(r), 3)) for i, r in rows.items()}
        rng = np.random.default_rng(100 + k)
        inner = {i: rng.permutation(len(r)) % INNER_FOLDS for i, r in rows.items()}
        for j in range(INNER_FOLDS):
            model = LogisticRegression(C=TEACHER_C, max_iter=3000).fit(
                np.vstack([vectors[i][rows[i][inner[i] != j]] for i in pooled]),
                np.concatenate([labels[i][rows[i][inner[i] != j]] for i in pooled]),
            )
            for i in pooled:
                soft[i][inner[i] == j] = softmax(
                    model.decision_function(vectors[i][rows[i][inner[i] == j]])
                )
        model = LogisticRegression(C=TEACHER_C, max_iter=3000).fit(
            np.vstack([vectors[i][rows[i]] for i in pooled]),
            np.concatenate([labels[i][rows[i]] for i in pooled]),
        )
        extra_soft = softmax(model.decision_function(extra_v)) if extra_v is not None else None
        teacher.append((rows, soft, extra_soft))
        score = np.mean([macro_f1(labels[i][rows[i]], soft[i].argmax(axis=1)) for i in pooled])
        print(f"teacher, outer fold {k + 1}: inner out-of-fold macro-F1 {score:.1f} (no Hindi)")

    def row(name: str, every: list[np.ndarray], chosen: list[np.ndarray]) -> str:
        per = " ".join(f"{macro_f1(y, p):5.1f}" for y, p in zip(labels, chosen, strict=True))
        avg_every = np.mean([macro_f1(y, p) for y, p in zip(labels, every, strict=True)])
        avg = np.mean([macro_f1(y, p) for y, p in zip(labels, chosen, strict=True)])
        return f"{name:<22} {per}  {avg:5.2f}  {avg_every:5.2f}"

    print(f"{'3-fold CV, chosen':<22} " + " ".join(f"{c:>5}" for c in langs) + "    avg    all")
    base_every, base_chosen = head_predictions(
        [np.hstack([z, f]) for z, f in zip(logits, features, strict=True)], labels, folds, logits
    )
    print(row("shipped head", base_every, base_chosen), flush=True)
    for name, alpha, use_extra, student_c in VARIANTS:
        if use_extra and extra_x is None:
            continue
        student = [np.zeros((len(y), 3)) for y in labels]
        for k, (rows, soft, extra_soft) in enumerate(teacher):
            x = [xs[i][rows[i]] for i in pooled]
            q = [alpha * np.eye(3)[labels[i][rows[i]]] + (1 - alpha) * soft[i] for i in pooled]
            if use_extra and extra_x is not None and extra_soft is not None:
                x.append(extra_x)
                q.append(extra_soft)
            w, b = fit_soft_lr(sp.vstack(x).tocsr(), np.vstack(q), student_c)
            for i, xi in enumerate(xs):
                student[i][folds[i] == k] = xi[folds[i] == k] @ w + b
        inputs = [np.hstack([z, s, f]) for z, s, f in zip(logits, student, features, strict=True)]
        every, chosen = head_predictions(inputs, labels, folds, logits)
        gain_every = paired_bootstrap(labels, base_every, every)
        gain = paired_bootstrap(labels, base_chosen, chosen)
        print(row(f"+ {name}", every, chosen), flush=True)
        print(
            f"{'':<22} gain, chosen {gain[0]:+.2f} [{gain[1]:+.2f}, {gain[2]:+.2f}];"
            f" all {gain_every[0]:+.2f} [{gain_every[1]:+.2f}, {gain_every[2]:+.2f}]"
            f" ({time.time() - started:.0f}s)",
            flush=True,
        )
    print(f"done in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
