"""Deterministic stratified split of BANKING77's train.csv into train/test CSVs.

BANKING77's official test split is kept apart for independent checking, so the
accuracy figure the project reports comes from holding out part of train.csv.
Fixing the seed and the stratification makes that figure reproducible by
anyone: same input file, same two output files, byte for byte.

Usage:
    python training/split_banking77.py INPUT_CSV OUTPUT_DIR [--test-fraction 0.2] [--seed 7]

Writes OUTPUT_DIR/train.csv and OUTPUT_DIR/test.csv (columns text,category).
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path

FIELDS = ("text", "category")


def read_rows(path: Path) -> list[tuple[str, str]]:
    """Read (text, category) rows, failing loudly on a missing column."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [f for f in FIELDS if f not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {', '.join(missing)}")
        return [(row["text"], row["category"]) for row in reader]


def stratified_split(
    rows: list[tuple[str, str]], test_fraction: float, seed: int
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Hold out the same fraction of every class, so rare intents stay scored.

    Classes are visited in sorted order and each is shuffled by one seeded
    generator, which keeps the result independent of dict ordering.
    """
    by_class: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        by_class[row[1]].append(row)
    rng = random.Random(seed)
    train: list[tuple[str, str]] = []
    test: list[tuple[str, str]] = []
    for category in sorted(by_class):
        members = by_class[category]
        rng.shuffle(members)
        n_test = max(1, round(len(members) * test_fraction))
        test.extend(members[:n_test])
        train.extend(members[n_test:])
    return train, test


def write_rows(path: Path, rows: list[tuple[str, str]]) -> None:
    """Write rows with a header, quoting only where CSV needs it."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="BANKING77 train.csv (text,category)")
    parser.add_argument("output_dir", type=Path, help="where train.csv and test.csv go")
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not 0.0 < args.test_fraction < 1.0:
        parser.error("--test-fraction must be between 0 and 1")
    train, test = stratified_split(read_rows(args.input), args.test_fraction, args.seed)
    args.output_dir.mkdir(parents=True, exist_ok=True)
    write_rows(args.output_dir / "train.csv", train)
    write_rows(args.output_dir / "test.csv", test)
    print(f"train={len(train)} test={len(test)} -> {args.output_dir}")


if __name__ == "__main__":
    main()
