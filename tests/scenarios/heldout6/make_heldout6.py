"""Regenerate the seventh hand-written, blind alert scenario set (Tandemo car subscriptions).

Run ``python tests/scenarios/heldout6/make_heldout6.py``; standard library only,
deterministic (seed :data:`SEED`). See README.md; never tune on these files.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from families_people import (  # noqa: E402
    bilingual,
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
)
from families_streams import b2b_accounts, quiet_hours, topic_spike  # noqa: E402
from story import Story  # noqa: E402

SEED = 20270517

PLAN = (
    ("happy_writers", "HW", (2026, 5, 4), 10, happy_writers, "happy customers only"),
    ("one_bad_day", "OB", (2026, 5, 11), 14, one_bad_day, "happy customers with one bad day"),
    ("repeat_contacts", "RC", (2026, 5, 6), 10, repeat_contacts, "one open problem raised again"),
    ("slow_churners", "SC", (2026, 4, 27), 35, slow_churners, "slow slides from a happy start"),
    ("quiet_hours", "QH", (2026, 5, 22), 3, quiet_hours, "calm low-volume weekend, night bursts"),
    ("b2b_accounts", "BA", (2026, 5, 4), 14, b2b_accounts, "fleet accounts"),
    ("bilingual", "BL", (2026, 5, 5), 12, bilingual, "customers who write in two languages"),
    ("topic_spike", "TS", (2026, 5, 14), 7, topic_spike, "calm stream, one digital-key spike"),
)


def main() -> None:
    for family, code, (y, m, d), days, build, about in PLAN:
        story = Story(family, code, SEED, datetime(y, m, d, tzinfo=UTC), days, about)
        build(story)
        print(family, story.write(HERE))


if __name__ == "__main__":
    main()
