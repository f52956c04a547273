"""Write the eighth hand-written alert set (report only, blind): ``python make_heldout8.py``.

Deterministic and standard library only: two runs give the same bytes. See README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from families_people import happy_writers, one_bad_day, repeat_contacts, slow_churners  # noqa: E402
from families_streams import b2b_accounts, bilingual, quiet_hours, topic_spike  # noqa: E402

SEED = 20260910
BUILDERS = (
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
    for build in BUILDERS:
        fam = build(SEED)
        counts = fam.write(HERE)
        print(fam.name, counts)


if __name__ == "__main__":
    main()
