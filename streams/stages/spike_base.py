"""What ``topic_spike``'s two detectors share: the rule's names and its tail tests.

The topic keys (:mod:`streams.stages.spike`) and the term bursts
(:mod:`streams.stages.term_bursts`) both ask how unlikely a count is: under a
Poisson rate (a key's usual mentions per window) or a binomial share (a key's
usual share of the window's customers), the share raised to its Wilson upper
bound when it was seen on few texts.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

RULE = "topic_spike"
ALL_CHANNELS = "all"
MAX_EVIDENCE = 25


def poisson_tail(count: int, rate: float) -> float:
    """P(N >= count) for N ~ Poisson(rate)."""
    if count <= 0:
        return 1.0
    if count <= rate:
        return 1.0 - poisson_tail_complement(count, rate)
    term = math.exp(-rate + count * math.log(rate) - math.lgamma(count + 1))
    total, i = term, count
    while term > total * 1e-12:
        i += 1
        term *= rate / i
        total += term
    return min(total, 1.0)


def poisson_tail_complement(count: int, rate: float) -> float:
    """P(N < count), summed directly (used when count is below the rate)."""
    term = total = math.exp(-rate)
    for i in range(1, count):
        term *= rate / i
        total += term
    return min(total, 1.0)


def binomial_tail(count: int, trials: int, share: float) -> float:
    """P(X >= count) for X ~ Binomial(trials, share)."""
    if count <= 0:
        return 1.0
    if count > trials or share <= 0.0:
        return 0.0
    if share >= 1.0:
        return 1.0
    log_p, log_q = math.log(share), math.log1p(-share)
    total = 0.0
    for i in range(count, trials + 1):
        term = math.exp(
            math.lgamma(trials + 1)
            - math.lgamma(i + 1)
            - math.lgamma(trials - i + 1)
            + i * log_p
            + (trials - i) * log_q
        )
        total += term
        if i > trials * share and term <= total * 1e-12:
            break  # past the mode the terms only shrink: the rest is negligible
    return min(total, 1.0)


def share_upper(hits: float, trials: float, z: float) -> float:
    """Wilson score upper bound of a share seen as ``hits`` of ``trials``.

    A share seen on few texts is a guess: with no trials at all it is 1 (anything
    is possible), so a channel with no history never makes a topic look unusual.
    """
    if trials <= 0.0:
        return 1.0
    share = min(max(hits / trials, 0.0), 1.0)
    z2 = z * z
    centre = share + z2 / (2.0 * trials)
    spread = z * math.sqrt(share * (1.0 - share) / trials + z2 / (4.0 * trials * trials))
    return min((centre + spread) / (1.0 + z2 / trials), 1.0)


def iso_minute(minute: int) -> str:
    return datetime.fromtimestamp(minute * 60, tz=UTC).isoformat()
