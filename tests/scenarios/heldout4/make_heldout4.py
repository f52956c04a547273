"""Writes the fifth hand-written, blind alert scenario set (Lumeo Energia) into this directory.

Run from anywhere: ``python tests/scenarios/heldout4/make_heldout4.py``. Standard
library only, deterministic (its own seed). The outputs are committed; see README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import families_b2c  # noqa: E402
import families_calm  # noqa: E402
import families_mixed  # noqa: E402

SEED = 20_260_413

FAMILIES = (
    families_b2c.happy_writers,
    families_b2c.one_bad_day,
    families_b2c.repeat_contacts,
    families_b2c.slow_churners,
    families_calm.quiet_hours,
    families_calm.topic_spike,
    families_mixed.b2b_accounts,
    families_mixed.bilingual,
)


def main() -> None:
    for build in FAMILIES:
        summary = build(SEED).write(HERE)
        expected = ", ".join(f"{rule} x{n}" for rule, n in sorted(summary["expected"].items()))
        print(
            f"{summary['family']:16} customers={summary['customers']:4} "
            f"touchpoints={summary['touchpoints']:5} days={summary['days']:2} "
            f"expected: {expected or 'none'}"
        )


if __name__ == "__main__":
    main()
