"""Build the eighth blind alert set (heldout7): Fitora, a gym chain, and Fitora Corporate.

Standard library only and deterministic: two runs write the same bytes.
Run from anywhere: ``python tests/scenarios/heldout7/make_heldout7.py``.
Writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from families import FAMILIES  # noqa: E402

SEED = 20261006
WRITTEN = "2026-11-30, by a helper session, blind (see README.md)"


def main() -> None:
    for n, build in enumerate(FAMILIES):
        family = build(SEED + n)
        lines, truth = family.finish({"written": WRITTEN})
        (HERE / f"{family.name}.jsonl").write_text(lines, "utf-8")
        (HERE / f"{family.name}.truth.json").write_text(truth, "utf-8")
        print(f"{family.name}: {len(family.people)} customers, {len(family.events)} touchpoints")


if __name__ == "__main__":
    main()
