"""Write the ninth blind alert set (tests/scenarios/heldout9/): Ondalto, a phone company.

Standard library only, deterministic (two runs give the same bytes)::

    python tests/scenarios/heldout9/make_heldout9.py

Each family is ``<family>.jsonl`` (touchpoints in time order) and ``<family>.truth.json``
(the format of ``streams.tools.simulator.GroundTruth``). Never tune on these files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import families_people as fp  # noqa: E402
import families_streams as fs  # noqa: E402

SEED = 20260310
FAMILIES = (
    fp.happy_writers,
    fp.one_bad_day,
    fp.repeat_contacts,
    fp.slow_churners,
    fs.quiet_hours,
    fs.b2b_accounts,
    fs.bilingual,
    fs.topic_spike,
)


def main() -> None:
    for n, build in enumerate(FAMILIES):
        story, about = build(SEED + n)
        (HERE / f"{story.family}.jsonl").write_text(story.lines(), encoding="utf-8")
        truth = story.truth(about)
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{story.family}.truth.json").write_text(text, encoding="utf-8")
        print(
            f"{story.family}: {len(story.people)} customers, {len(story.touchpoints)} touchpoints, "
            f"expected {truth['config']['expected']}"
        )


if __name__ == "__main__":
    main()
