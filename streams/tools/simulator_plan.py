"""The simulator's plan: its vocabulary (flags, channels, kinds, personas, pages),
time constants, the customer record and the seeded random source.

Shared by the planner (:mod:`streams.tools.simulator`), the renderer
(:mod:`streams.tools.simulator_render`) and the expectation signals
(:mod:`streams.tools.simulator_expectations`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from random import Random
from typing import TYPE_CHECKING, TypeVar

from streams.tools import simulator_texts as tx

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

_T = TypeVar("_T")

# A plan entry: (ts, seq, customer index, action, channel, level, topic, flags, value).
Plan = tuple[float, int, int, str, str, int, str, int, int]

# Plan flags (bit set).
REPEAT = 1  # says it is a repeat contact about the same problem
COMPETITOR = 2  # names a competitor
CHURN = 4  # states a cancellation intent
SIGNATURE = 8  # email signature carries the phone (links phone <-> customer_id)
RESOLVED = 16  # "all sorted now, thanks"
SPIKE = 32  # part of the planted topic spike (social mentions stay handle-only)

CHANNELS = ("email", "phone", "web", "community", "social", "chat", "survey", "in_person")
KINDS = (
    "message",
    "call",
    "chat",
    "ticket",
    "page_view",
    "purchase",
    "cancellation",
    "survey_response",
    "post",
    "mention",
    "review",
)
PERSONAS = (
    "happy",
    "happy_one_bad_day",
    "detractor",
    "churner",
    "high_value_at_risk",
    "b2b_happy",
    "b2b_unhappy",
)
PAGES = ("/", "/pricing", "/products/hub", "/products/cam", "/help", "/account", "/blog")
CHURN_PAGES = ("/account/cancel", "/help/cancel-subscription", "/pricing")
# Waking-hours profile for background activity (customers rarely write at 4 am).
_HOURS = (
    [7, 8, 8]
    + [9] * 4
    + [10] * 5
    + [11] * 5
    + [12] * 4
    + [13] * 4
    + [14] * 5
    + [15] * 5
    + [16] * 4
    + [17] * 4
    + [18] * 4
    + [19] * 3
    + [20] * 3
    + [21] * 3
    + [22] * 2
    + [23]
)
_TOPIC_INDEX = {topic: i + 1 for i, topic in enumerate(tx.TOPICS)}
_DAY = 86_400.0
_HOUR = 3_600.0
#: Days without a word from a once-active customer that make them quiet whatever
#: the plan (a churner not planned silent who stops writing: silence may fire).
QUIET_DAYS = 10.0


@dataclass(slots=True)
class _Customer:
    idx: int
    cid: str
    lang: str
    first: str
    last: str
    email: str
    phone: str  # normalised "+33612345678"
    handle: str | None
    account: str | None
    role: str | None
    segment: str
    plan: str
    persona: str = "happy"
    attrs: dict[str, str] = field(default_factory=dict)


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class _Rng(Random):
    """random.Random with cheaper choice/randint (one C-level random() call each).

    The stdlib versions go through _randbelow (several Python calls); at a million
    events they dominated the profile. Still seeded, still deterministic.
    """

    def choice(self, seq: SupportsLenAndGetItem[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))
