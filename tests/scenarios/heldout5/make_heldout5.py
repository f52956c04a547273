"""Write the sixth hand-written, blind alert scenario set (issue 16): Zampa pet insurance.

Run from anywhere: ``python tests/scenarios/heldout5/make_heldout5.py``. Standard
library only and deterministic (seed :data:`SEED`): it rewrites every
``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

from __future__ import annotations

import sys
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

SEED = 20270216
FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    b2b_accounts,
    bilingual,
    topic_spike,
)


def main() -> None:
    total_customers = total_events = 0
    for n, build in enumerate(FAMILIES):
        story = build(SEED + n)
        customers, events = story.write(HERE)
        total_customers += customers
        total_events += events
        print(f"{story.family:16} {customers:5} customers {events:6} touchpoints")
    print(f"{'total':16} {total_customers:5} customers {total_events:6} touchpoints")


if __name__ == "__main__":
    main()
