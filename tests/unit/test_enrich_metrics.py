"""The enrichment busy ratio: how an operator sees the accurate sentiment mode fall behind."""

from __future__ import annotations

import pytest

from streams.worker.metrics import ENRICH_WINDOW, Metrics


def test_busy_ratio_is_the_share_of_the_last_minute() -> None:
    metrics = Metrics()
    assert metrics.enrich_busy_ratio(now=1000.0) == 0.0
    metrics.enrich_done(500, 15.0, now=1000.0)
    metrics.enrich_done(500, 15.0, now=1030.0)
    assert metrics.enrich_texts == 1000
    assert metrics.enrich_seconds == pytest.approx(30.0)
    assert metrics.enrich_busy_ratio(now=1030.0) == pytest.approx(30.0 / ENRICH_WINDOW)
    # a minute later the first batch has left the window
    assert metrics.enrich_busy_ratio(now=1000.0 + ENRICH_WINDOW + 1) == pytest.approx(
        15.0 / ENRICH_WINDOW
    )


def test_busy_ratio_saturates_when_behind() -> None:
    metrics = Metrics()
    for i in range(10):
        metrics.enrich_done(500, 14.0, now=1000.0 + 14.0 * i)
    assert metrics.enrich_busy_ratio(now=1000.0 + 14.0 * 9) == 1.0
